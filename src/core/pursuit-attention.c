/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "pursuit-attention.h"
#include "pursuit-validation.h"

/* What needs the user now, and what to remind them of.
 *
 * Everything here is pure: the current time comes in as an argument, so the
 * rules can be tested at any moment and in any time zone. */

#define SECONDS_PER_DAY (24 * 60 * 60)

/* A reminder id kept longer than this has served its purpose. */
#define REMINDER_MEMORY_DAYS 30

G_DEFINE_FLAGS_TYPE (PursuitAttentionReason, pursuit_attention_reason,
  G_DEFINE_ENUM_VALUE (PURSUIT_ATTENTION_NONE, "none"),
  G_DEFINE_ENUM_VALUE (PURSUIT_ATTENTION_FOLLOW_UP_OVERDUE, "follow-up-overdue"),
  G_DEFINE_ENUM_VALUE (PURSUIT_ATTENTION_INTERVIEW_SOON, "interview-soon"),
  G_DEFINE_ENUM_VALUE (PURSUIT_ATTENTION_NO_RESPONSE, "no-response"))

/* Reads a "YYYY-MM-DD" that pursuit_job_validate accepted; FALSE when empty. */
static gboolean
parse_iso_date (const char *iso_date,
                GDate      *date)
{
  unsigned int year, month, day;

  g_date_clear (date, 1);
  if (iso_date == NULL || iso_date[0] == '\0' || !pursuit_is_valid_date (iso_date) ||
      sscanf (iso_date, "%4u-%2u-%2u", &year, &month, &day) != 3)
    return FALSE;

  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* The calendar day @time falls on, in @time's own time zone. */
static void
calendar_day (GDateTime *time,
              GDate     *date)
{
  int year, month, day;

  g_date_time_get_ymd (time, &year, &month, &day);
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* The day @unix_time falls on where @now is. */
static void
calendar_day_of_unix (gint64     unix_time,
                      GDateTime *now,
                      GDate     *date)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = NULL;

  g_date_clear (date, 1);
  if (utc == NULL)
    return;
  local = g_date_time_to_timezone (utc, g_date_time_get_timezone (now));
  calendar_day (local, date);
}

/* An archived job, or one whose pursuit has ended, asks nothing more. */
static gboolean
job_is_open (PursuitJob *job)
{
  PursuitStage *stage = pursuit_job_get_stage (job);

  if (pursuit_job_get_archived (job))
    return FALSE;
  return stage == NULL || !pursuit_stage_kind_is_closed (pursuit_stage_get_kind (stage));
}

static gboolean
interview_is_soon (gint64 starts_at,
                   gint64 now)
{
  return starts_at > 0 && starts_at >= now && starts_at - now <= PURSUIT_ATTENTION_INTERVIEW_WINDOW;
}

static gboolean
waits_for_answer (PursuitJob *job,
                  gint64      now,
                  int         stale_days)
{
  PursuitStage *stage = pursuit_job_get_stage (job);
  gint64 entered_at = pursuit_job_get_stage_entered_at (job);

  return stale_days > 0 && stage != NULL &&
         pursuit_stage_get_kind (stage) == PURSUIT_STAGE_KIND_APPLIED &&
         entered_at > 0 && now - entered_at > (gint64) stale_days * SECONDS_PER_DAY;
}

/**
 * pursuit_job_get_attention:
 * @now: the current time; its time zone decides when "today" starts
 * @stale_days: how many days an application may go without a stage change
 *   before it is pointed out; 0 or less turns that rule off
 *
 * Why @job needs the user now: its follow-up is overdue (due before today),
 * an interview starts within the next 48 hours, or it has sat in an
 * "applied" stage for more than @stale_days days. Archived jobs and jobs in
 * a closed stage never need attention.
 */
PursuitAttentionReason
pursuit_job_get_attention (PursuitJob *job,
                           GDateTime  *now,
                           int         stale_days)
{
  PursuitAttentionReason reasons = PURSUIT_ATTENTION_NONE;
  gint64 now_unix;
  GDate due;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), PURSUIT_ATTENTION_NONE);
  g_return_val_if_fail (now != NULL, PURSUIT_ATTENTION_NONE);

  if (!job_is_open (job))
    return PURSUIT_ATTENTION_NONE;

  now_unix = g_date_time_to_unix (now);

  if (parse_iso_date (pursuit_job_get_next_action_due (job), &due))
    {
      GDate today;

      calendar_day (now, &today);
      if (g_date_compare (&due, &today) < 0)
        reasons |= PURSUIT_ATTENTION_FOLLOW_UP_OVERDUE;
    }

  if (interview_is_soon (pursuit_job_get_next_interview_at (job), now_unix))
    reasons |= PURSUIT_ATTENTION_INTERVIEW_SOON;

  if (waits_for_answer (job, now_unix, stale_days))
    reasons |= PURSUIT_ATTENTION_NO_RESPONSE;

  return reasons;
}

static char *
explain_interview (gint64 seconds)
{
  gint64 minutes = (seconds + 30) / 60;
  gint64 hours = (seconds + 30 * 60) / (60 * 60);

  if (minutes < 1)
    return g_strdup (_("Interview starting now"));
  if (minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Interview in %d minute", "Interview in %d minutes",
                                         (gulong) minutes),
                            (int) minutes);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Interview in %d hour", "Interview in %d hours",
                                       (gulong) hours),
                          (int) hours);
}

/**
 * pursuit_attention_explain:
 * @reasons: what pursuit_job_get_attention() returned for @job at @now
 *
 * Returns: (transfer full) (nullable): a short translated explanation, such
 *   as "Follow-up overdue by 3 days · Interview in 20 hours", or %NULL when
 *   there is nothing to explain
 */
char *
pursuit_attention_explain (PursuitJob             *job,
                           PursuitAttentionReason  reasons,
                           GDateTime              *now)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gint64 now_unix;
  GDate due;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  now_unix = g_date_time_to_unix (now);

  if ((reasons & PURSUIT_ATTENTION_FOLLOW_UP_OVERDUE) != 0 &&
      parse_iso_date (pursuit_job_get_next_action_due (job), &due))
    {
      GDate today;
      int days;

      calendar_day (now, &today);
      days = MAX (1, g_date_days_between (&due, &today));
      g_ptr_array_add (parts,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Follow-up overdue by %d day",
                                                     "Follow-up overdue by %d days", days),
                                        days));
    }

  if ((reasons & PURSUIT_ATTENTION_INTERVIEW_SOON) != 0 && pursuit_job_get_next_interview_at (job) > 0)
    g_ptr_array_add (parts, explain_interview (MAX (0, pursuit_job_get_next_interview_at (job) - now_unix)));

  if ((reasons & PURSUIT_ATTENTION_NO_RESPONSE) != 0 && pursuit_job_get_stage_entered_at (job) > 0)
    {
      int days = (int) ((now_unix - pursuit_job_get_stage_entered_at (job)) / SECONDS_PER_DAY);

      g_ptr_array_add (parts,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "No answer for %d day", "No answer for %d days", days),
                                        days));
    }

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  /* Translators: separates two reasons a job needs attention */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/* Folds @text for comparison: no case, no accents, no punctuation, one space
 * between words. Apostrophes and full stops join what they sit between
 * ("O’Brien", "A.C.M.E."), other punctuation separates words. */
/* The same for ASCII text, which needs no normalizing: lower case, and
 * the letters and digits are the ASCII ones. An import keys every job. */
static void
append_ascii_identity (GString    *key,
                       const char *text)
{
  gboolean word_ended = FALSE;
  gsize start = key->len;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '.')
        continue;

      if (!g_ascii_isalnum (*p))
        {
          word_ended = TRUE;
          continue;
        }

      if (word_ended && key->len > start)
        g_string_append_c (key, ' ');
      word_ended = FALSE;
      g_string_append_c (key, g_ascii_tolower (*p));
    }
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if ((guchar) *p >= 0x80)
        return FALSE;
    }
  return TRUE;
}

static void
append_identity (GString    *key,
                 const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  gboolean word_ended = FALSE;
  gsize start = key->len;

  if (is_ascii (text))
    {
      append_ascii_identity (key, text);
      return;
    }

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (decomposed == NULL)
    return;

  folded = g_utf8_casefold (decomposed, -1);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (g_unichar_type (c))
        {
        case G_UNICODE_NON_SPACING_MARK:
        case G_UNICODE_SPACING_MARK:
        case G_UNICODE_ENCLOSING_MARK:
          continue;
        default:
          break;
        }

      if (c == '\'' || c == '.' || c == 0x2019 /* ’ */)
        continue;

      if (!g_unichar_isalnum (c))
        {
          word_ended = TRUE;
          continue;
        }

      if (word_ended && key->len > start)
        g_string_append_c (key, ' ');
      word_ended = FALSE;
      g_string_append_unichar (key, c);
    }
}

/**
 * pursuit_job_identity_key:
 * @company: (nullable): the company as typed
 * @title: (nullable): the job title as typed
 *
 * Two jobs whose keys are equal are probably the same job entered twice:
 * "ACME Ltd." and " acme  ltd", "Café" and "cafe" give the same key.
 *
 * Returns: (transfer full): the key; its company part is empty when @company
 *   has no letter or digit, and likewise for the title
 */
char *
pursuit_job_identity_key (const char *company,
                          const char *title)
{
  GString *key = g_string_new (NULL);

  if (company != NULL && g_utf8_validate (company, -1, NULL))
    append_identity (key, company);
  /* Not a letter or digit, so it cannot come out of either part. */
  g_string_append_c (key, '|');
  if (title != NULL && g_utf8_validate (title, -1, NULL))
    append_identity (key, title);

  return g_string_free (key, FALSE);
}

void
pursuit_reminder_free (PursuitReminder *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->company);
  g_free (self->title);
  g_free (self->body);
  g_free (self);
}

static PursuitReminder *
reminder_new (PursuitReminderKind  kind,
              PursuitJob          *job,
              char                *id,
              char                *title,
              char                *body)
{
  PursuitReminder *reminder = g_new0 (PursuitReminder, 1);

  reminder->kind = kind;
  reminder->job_id = pursuit_job_get_id (job);
  reminder->company = g_strdup (pursuit_job_get_company (job));
  reminder->id = id;
  reminder->title = title;
  reminder->body = body;
  return reminder;
}

static PursuitReminder *
follow_up_reminder (PursuitJob *job,
                    GDate      *due,
                    GDate      *today)
{
  const char *next_action = pursuit_job_get_next_action (job);
  char iso_date[16];
  char uuid[PURSUIT_JOB_UUID_SIZE];
  g_autofree char *when = NULL;
  char *title;
  char *body;
  int late = g_date_days_between (due, today);

  g_date_strftime (iso_date, sizeof iso_date, "%Y-%m-%d", due);

  if (late == 0)
    /* Translators: %s is a job title */
    when = g_strdup_printf (_("%s: due today"), pursuit_job_get_title (job));
  else if (late == 1)
    /* Translators: %s is a job title */
    when = g_strdup_printf (_("%s: due yesterday"), pursuit_job_get_title (job));
  else
    /* Translators: %s is a job title, %d a number of days */
    when = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: due %d day ago", "%s: due %d days ago", late),
                            pursuit_job_get_title (job), late);

  /* Translators: the title of a notification; %s is a company */
  title = g_strdup_printf (_("Follow up with %s"), pursuit_job_get_company (job));
  body = next_action[0] != '\0' ? g_strdup_printf ("%s\n%s", next_action, when) : g_strdup (when);

  return reminder_new (PURSUIT_REMINDER_FOLLOW_UP, job,
                       g_strdup_printf ("follow-up:%s:%s", pursuit_job_get_uuid (job, uuid), iso_date),
                       title, body);
}

static PursuitReminder *
interview_reminder (PursuitJob *job,
                    gint64      starts_at,
                    gboolean    today,
                    GDateTime  *now)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (starts_at);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, g_date_time_get_timezone (now));
  g_autofree char *time = g_date_time_format (local, "%H:%M");
  char *title;
  char *body;

  if (today)
    /* Translators: the title of a notification; %s is a time such as 14:30 */
    title = g_strdup_printf (_("Interview today at %s"), time);
  else
    /* Translators: the title of a notification; %s is a time such as 14:30 */
    title = g_strdup_printf (_("Interview tomorrow at %s"), time);

  /* Translators: a job title, then a company: "Support Lead at Acme Ltd" */
  body = g_strdup_printf (_("%s at %s"), pursuit_job_get_title (job), pursuit_job_get_company (job));

  return reminder_new (PURSUIT_REMINDER_INTERVIEW, job,
                       g_strdup_printf ("interview:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                        pursuit_job_get_id (job), starts_at),
                       title, body);
}

/**
 * pursuit_reminders_due:
 * @jobs: (element-type PursuitJob): the saved jobs
 * @last_check: (nullable): when this was last asked, or %NULL the very first time
 * @now: the current time; its time zone decides where days start
 *
 * What to notify now:
 * - a follow-up whose due date was reached since @last_check: its day came
 *   after the day of @last_check and is not after today (with no
 *   @last_check, only follow-ups due today, so a first start does not bring
 *   up every old one);
 * - an interview that starts later today or tomorrow.
 *
 * Archived jobs and jobs in a closed stage are left alone. An interview stays
 * in the answer until it starts: the caller remembers the ids it has sent
 * and skips them, which makes asking again harmless.
 *
 * Returns: (transfer full) (element-type PursuitReminder): the reminders
 */
GPtrArray *
pursuit_reminders_due (GListModel *jobs,
                       GDateTime  *last_check,
                       GDateTime  *now)
{
  g_autoptr(GPtrArray) reminders = NULL;
  GDate today;
  GDate last_day;
  GDate tomorrow;
  gint64 now_unix;
  guint n_jobs;

  g_return_val_if_fail (G_IS_LIST_MODEL (jobs), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  reminders = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_reminder_free);
  now_unix = g_date_time_to_unix (now);
  calendar_day (now, &today);
  tomorrow = today;
  g_date_add_days (&tomorrow, 1);
  if (last_check != NULL)
    calendar_day_of_unix (g_date_time_to_unix (last_check), now, &last_day);
  else
    {
      /* As if last asked yesterday: only what falls due today is new. */
      last_day = today;
      g_date_subtract_days (&last_day, 1);
    }

  n_jobs = g_list_model_get_n_items (jobs);
  for (guint i = 0; i < n_jobs; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);
      gint64 starts_at;
      GDate due;

      if (!job_is_open (job))
        continue;

      if (parse_iso_date (pursuit_job_get_next_action_due (job), &due) &&
          g_date_compare (&due, &today) <= 0 && g_date_compare (&due, &last_day) > 0)
        g_ptr_array_add (reminders, follow_up_reminder (job, &due, &today));

      starts_at = pursuit_job_get_next_interview_at (job);
      if (starts_at > 0 && starts_at >= now_unix)
        {
          GDate day;

          calendar_day_of_unix (starts_at, now, &day);
          if (g_date_valid (&day) && g_date_compare (&day, &tomorrow) <= 0)
            g_ptr_array_add (reminders,
                             interview_reminder (job, starts_at, g_date_compare (&day, &today) == 0, now));
        }
    }

  return g_steal_pointer (&reminders);
}

/* How many companies a grouped notification names before "and N more". */
#define GROUP_NAMED_COMPANIES 3

/**
 * pursuit_reminders_group:
 * @follow_ups: (element-type PursuitReminder): two or more reminders of
 *   %PURSUIT_REMINDER_FOLLOW_UP, sent at the same time
 *
 * One notification for follow-ups that fell due together, instead of a
 * banner each: "3 follow-ups due", with the first few companies, each
 * named once.
 *
 * Returns: (transfer full): a %PURSUIT_REMINDER_FOLLOW_UPS reminder whose
 *   id is "follow-ups"
 */
PursuitReminder *
pursuit_reminders_group (GPtrArray *follow_ups)
{
  PursuitReminder *group;
  g_autoptr(GPtrArray) companies = g_ptr_array_new ();
  g_autofree char *named = NULL;
  guint n;

  g_return_val_if_fail (follow_ups != NULL && follow_ups->len > 0, NULL);

  n = follow_ups->len;
  for (guint i = 0; i < n; i++)
    {
      PursuitReminder *reminder = g_ptr_array_index (follow_ups, i);

      if (!g_ptr_array_find_with_equal_func (companies, reminder->company, g_str_equal, NULL))
        g_ptr_array_add (companies, reminder->company);
    }

  {
    g_autoptr(GPtrArray) first = g_ptr_array_new ();

    for (guint i = 0; i < companies->len && i < GROUP_NAMED_COMPANIES; i++)
      g_ptr_array_add (first, g_ptr_array_index (companies, i));
    g_ptr_array_add (first, NULL);
    /* Translators: what separates companies in a list: "Acme, Globex" */
    named = g_strjoinv (_(", "), (char **) first->pdata);
  }

  group = g_new0 (PursuitReminder, 1);
  group->kind = PURSUIT_REMINDER_FOLLOW_UPS;
  group->id = g_strdup ("follow-ups");
  /* Translators: the title of a notification for several follow-ups at once */
  group->title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u follow-up due", "%u follow-ups due", n), n);
  if (companies->len > GROUP_NAMED_COMPANIES)
    /* Translators: %s is a list of companies, %u how many other companies */
    group->body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u more", "%s and %u more",
                                                companies->len - GROUP_NAMED_COMPANIES),
                                   named, companies->len - GROUP_NAMED_COMPANIES);
  else
    group->body = g_steal_pointer (&named);
  group->company = g_strdup ("");
  return group;
}

/**
 * pursuit_reminders_pending:
 * @jobs: (element-type PursuitJob): the saved jobs
 * @now: the current time
 *
 * Whether a notification is still to come: a follow-up due after today or
 * an interview that has not started, of a job still in play. While one
 * is, closing the window leaves Pursuit running to send it.
 */
gboolean
pursuit_reminders_pending (GListModel *jobs,
                           GDateTime  *now)
{
  gint64 now_unix;
  guint n_jobs;
  GDate today;

  g_return_val_if_fail (G_IS_LIST_MODEL (jobs), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  now_unix = g_date_time_to_unix (now);
  calendar_day (now, &today);
  n_jobs = g_list_model_get_n_items (jobs);
  for (guint i = 0; i < n_jobs; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);
      GDate due;

      if (!job_is_open (job))
        continue;
      if (parse_iso_date (pursuit_job_get_next_action_due (job), &due) && g_date_compare (&due, &today) > 0)
        return TRUE;
      if (pursuit_job_get_next_interview_at (job) > now_unix)
        return TRUE;
    }
  return FALSE;
}

/* A sent id that reads well and is recent enough, waiting to learn whether
 * its job still exists. */
typedef struct
{
  const char *id;
  char       *uuid;      /* a follow-up's job, or NULL */
  gint64      job_id;    /* an interview's job */
  gboolean    job_found;
} SentReminder;

/* Reads a sent id into @sent; FALSE when it cannot be read or its event is
 * older than REMINDER_MEMORY_DAYS. */
static gboolean
read_reminder_id (const char   *id,
                  GDate        *oldest_day,
                  gint64        oldest_time,
                  SentReminder *sent)
{
  g_auto(GStrv) parts = g_strsplit (id, ":", 3);
  guint64 number;

  if (g_strv_length (parts) != 3)
    return FALSE;

  sent->id = id;
  sent->job_found = FALSE;

  if (g_str_equal (parts[0], "follow-up"))
    {
      GDate day;

      if (!parse_iso_date (parts[2], &day) || g_date_compare (&day, oldest_day) < 0)
        return FALSE;
      /* A copy: taken out of @parts, the NULL left would end its free
       * before parts[2]. */
      sent->uuid = g_strdup (parts[1]);
      sent->job_id = 0;
      return TRUE;
    }

  if (g_str_equal (parts[0], "interview"))
    {
      if (!g_ascii_string_to_unsigned (parts[1], 10, 1, G_MAXINT64, &number, NULL))
        return FALSE;
      sent->job_id = (gint64) number;
      if (!g_ascii_string_to_unsigned (parts[2], 10, 0, G_MAXINT64, &number, NULL))
        return FALSE;
      sent->uuid = NULL;
      return (gint64) number >= oldest_time;
    }

  return FALSE;
}

/**
 * pursuit_reminders_prune:
 * @sent_ids: (nullable) (array zero-terminated=1): the ids of the reminders sent
 * @jobs: (element-type PursuitJob): all the saved jobs
 * @now: the current time
 *
 * Keeps the list of sent reminders short: forgets those of jobs that are gone,
 * those older than 30 days, duplicates and anything it cannot read.
 *
 * Returns: (transfer full): the ids worth remembering, in their order
 */
char **
pursuit_reminders_prune (const char * const *sent_ids,
                         GListModel         *jobs,
                         GDateTime          *now)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  /* The few jobs the sent ids name, each to the first SentReminder naming
   * it: the jobs are looked up in these, not the other way round, so a pass over
   * 100,000 jobs allocates nothing per job. */
  g_autoptr(GHashTable) by_uuid = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_job_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_autofree SentReminder *sent = NULL;
  guint n_sent = 0;
  guint n_wanted;
  GDate oldest_day;
  gint64 oldest_time;
  guint n_jobs;

  g_return_val_if_fail (G_IS_LIST_MODEL (jobs), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  calendar_day (now, &oldest_day);
  g_date_subtract_days (&oldest_day, REMINDER_MEMORY_DAYS);
  oldest_time = g_date_time_to_unix (now) - (gint64) REMINDER_MEMORY_DAYS * SECONDS_PER_DAY;

  /* Sized once, so the tables' keys pointing into it stay put. */
  sent = g_new0 (SentReminder, sent_ids != NULL ? g_strv_length ((char **) sent_ids) : 0);
  for (guint i = 0; sent_ids != NULL && sent_ids[i] != NULL; i++)
    {
      SentReminder *reminder = &sent[n_sent];

      if (g_hash_table_contains (seen, sent_ids[i]))
        continue;
      g_hash_table_add (seen, (gpointer) sent_ids[i]);

      if (!read_reminder_id (sent_ids[i], &oldest_day, oldest_time, reminder))
        continue;
      if (reminder->uuid != NULL && !g_hash_table_contains (by_uuid, reminder->uuid))
        g_hash_table_insert (by_uuid, reminder->uuid, reminder);
      else if (reminder->uuid == NULL && !g_hash_table_contains (by_job_id, &reminder->job_id))
        g_hash_table_insert (by_job_id, &reminder->job_id, reminder);
      n_sent++;
    }

  n_wanted = g_hash_table_size (by_uuid) + g_hash_table_size (by_job_id);
  n_jobs = n_wanted > 0 ? g_list_model_get_n_items (jobs) : 0;
  for (guint i = 0; i < n_jobs && n_wanted > 0; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);
      gint64 job_id = pursuit_job_get_id (job);
      char uuid[PURSUIT_JOB_UUID_SIZE];
      SentReminder *reminder;

      reminder = g_hash_table_lookup (by_uuid, pursuit_job_get_uuid (job, uuid));
      if (reminder != NULL && !reminder->job_found)
        {
          reminder->job_found = TRUE;
          n_wanted--;
        }
      reminder = g_hash_table_lookup (by_job_id, &job_id);
      if (reminder != NULL && !reminder->job_found)
        {
          reminder->job_found = TRUE;
          n_wanted--;
        }
    }

  for (guint i = 0; i < n_sent; i++)
    {
      /* Several ids may name one job: the first of them learnt its fate. */
      SentReminder *first = sent[i].uuid != NULL ? g_hash_table_lookup (by_uuid, sent[i].uuid)
                                                 : g_hash_table_lookup (by_job_id, &sent[i].job_id);

      if (first->job_found)
        g_strv_builder_add (kept, sent[i].id);
    }
  /* Apart, as the tables' keys are the first ones' uuids. */
  for (guint i = 0; i < n_sent; i++)
    g_free (sent[i].uuid);

  return g_strv_builder_end (kept);
}
