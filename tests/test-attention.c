/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-attention.h"
#include "pursuit-test-utils.h"

#define DAY (24 * 60 * 60)
#define HOUR (60 * 60)

/* What needs the user's attention, and when a reminder is due. Every test
 * here gives the time explicitly; nothing reads the clock. */

static GDateTime *
make_time (const char *zone,
           int         year,
           int         month,
           int         day,
           int         hour,
           int         minute,
           double      seconds)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone);

  g_assert_nonnull (tz);
  return g_date_time_new (tz, year, month, day, hour, minute, seconds);
}

static PursuitStage *
make_stage (PursuitStageKind kind)
{
  return pursuit_stage_new (kind + 1, kind, NULL, kind, FALSE);
}

static PursuitJob *
make_job (gint64            id,
          const char       *company,
          const char       *title,
          PursuitStageKind  kind)
{
  g_autoptr(PursuitStage) stage = make_stage (kind);
  PursuitJob *job = pursuit_job_new ();
  g_autofree char *uuid = g_strdup_printf ("00000000-0000-4000-8000-%012" G_GINT64_FORMAT, id);

  pursuit_job_set_id (job, id);
  pursuit_job_set_uuid (job, uuid);
  pursuit_job_set_company (job, company);
  pursuit_job_set_title (job, title);
  pursuit_job_set_stage (job, stage);
  return job;
}

static void
assert_explanation (PursuitJob *job,
                    GDateTime  *now,
                    int         stale_days,
                    const char *expected)
{
  PursuitAttentionReason reasons = pursuit_job_get_attention (job, now, stale_days);
  g_autofree char *text = pursuit_attention_explain (job, reasons, now);

  g_assert_cmpstr (text, ==, expected);
}

/* Follow-ups: overdue from the day after their due date, not before. */
static void
test_attention_follow_up (void)
{
  g_autoptr(PursuitJob) job = make_job (1, "Acme Ltd", "Support Agent", PURSUIT_STAGE_KIND_SCREENING);
  g_autoptr(GDateTime) due_day = make_time ("UTC", 2026, 3, 10, 12, 0, 0);
  g_autoptr(GDateTime) last_second = make_time ("UTC", 2026, 3, 10, 23, 59, 59);
  g_autoptr(GDateTime) next_day = make_time ("UTC", 2026, 3, 11, 0, 0, 0);
  g_autoptr(GDateTime) three_days = make_time ("UTC", 2026, 3, 13, 9, 0, 0);

  g_assert_cmpint (pursuit_job_get_attention (job, three_days, 14), ==, PURSUIT_ATTENTION_NONE);
  g_assert_null (pursuit_attention_explain (job, PURSUIT_ATTENTION_NONE, three_days));

  pursuit_job_set_next_action_due (job, "2026-03-10");
  g_assert_cmpint (pursuit_job_get_attention (job, due_day, 14), ==, PURSUIT_ATTENTION_NONE);
  g_assert_cmpint (pursuit_job_get_attention (job, last_second, 14), ==, PURSUIT_ATTENTION_NONE);
  g_assert_cmpint (pursuit_job_get_attention (job, next_day, 14), ==, PURSUIT_ATTENTION_FOLLOW_UP_OVERDUE);
  assert_explanation (job, next_day, 14, "Follow-up overdue by 1 day");
  assert_explanation (job, three_days, 14, "Follow-up overdue by 3 days");
}

/* "Today" is the day where the user is, not in UTC. */
static void
test_attention_follow_up_time_zone (void)
{
  g_autoptr(PursuitJob) job = make_job (1, "Acme Ltd", "Support Agent", PURSUIT_STAGE_KIND_APPLIED);
  /* The same instant: 04:30 on the 11th in UTC, 23:30 on the 10th in New York,
   * 18:30 on the 11th in Kiritimati. */
  g_autoptr(GDateTime) utc = make_time ("UTC", 2026, 3, 11, 4, 30, 0);
  g_autoptr(GDateTime) behind = make_time ("-05:00", 2026, 3, 10, 23, 30, 0);
  g_autoptr(GDateTime) ahead = make_time ("+14:00", 2026, 3, 11, 18, 30, 0);
  g_autoptr(GDateTime) far_ahead = make_time ("+14:00", 2026, 3, 10, 1, 0, 0);

  g_assert_cmpint (g_date_time_to_unix (utc), ==, g_date_time_to_unix (behind));
  g_assert_cmpint (g_date_time_to_unix (utc), ==, g_date_time_to_unix (ahead));

  pursuit_job_set_next_action_due (job, "2026-03-10");
  g_assert_cmpint (pursuit_job_get_attention (job, utc, 14), ==, PURSUIT_ATTENTION_FOLLOW_UP_OVERDUE);
  g_assert_cmpint (pursuit_job_get_attention (job, ahead, 14), ==, PURSUIT_ATTENTION_FOLLOW_UP_OVERDUE);
  g_assert_cmpint (pursuit_job_get_attention (job, behind, 14), ==, PURSUIT_ATTENTION_NONE);

  /* 1:00 on the 10th at +14:00 is still the 9th in UTC; in its own zone it
   * is the due day itself, so not overdue either way. */
  g_assert_cmpint (pursuit_job_get_attention (job, far_ahead, 14), ==, PURSUIT_ATTENTION_NONE);
  pursuit_job_set_next_action_due (job, "2026-03-09");
  g_assert_cmpint (pursuit_job_get_attention (job, far_ahead, 14), ==, PURSUIT_ATTENTION_FOLLOW_UP_OVERDUE);
}

/* Interviews: from now up to exactly 48 hours ahead. */
static void
test_attention_interview_soon (void)
{
  g_autoptr(PursuitJob) job = make_job (1, "Acme Ltd", "Support Agent", PURSUIT_STAGE_KIND_INTERVIEWING);
  g_autoptr(GDateTime) now = make_time ("Europe/Paris", 2026, 3, 10, 9, 0, 0);
  gint64 t = g_date_time_to_unix (now);

  pursuit_job_set_next_interview_at (job, t + 20 * HOUR);
  g_assert_cmpint (pursuit_job_get_attention (job, now, 14), ==, PURSUIT_ATTENTION_INTERVIEW_SOON);
  assert_explanation (job, now, 14, "Interview in 20 hours");

  pursuit_job_set_next_interview_at (job, t + 48 * HOUR);
  g_assert_cmpint (pursuit_job_get_attention (job, now, 14), ==, PURSUIT_ATTENTION_INTERVIEW_SOON);
  assert_explanation (job, now, 14, "Interview in 48 hours");

  pursuit_job_set_next_interview_at (job, t + 48 * HOUR + 1);
  g_assert_cmpint (pursuit_job_get_attention (job, now, 14), ==, PURSUIT_ATTENTION_NONE);

  pursuit_job_set_next_interview_at (job, t + 45 * 60);
  assert_explanation (job, now, 14, "Interview in 45 minutes");
  pursuit_job_set_next_interview_at (job, t + HOUR);
  assert_explanation (job, now, 14, "Interview in 1 hour");
  pursuit_job_set_next_interview_at (job, t);
  assert_explanation (job, now, 14, "Interview starting now");

  /* Already started: the job's next interview is out of date, not soon. */
  pursuit_job_set_next_interview_at (job, t - 1);
  g_assert_cmpint (pursuit_job_get_attention (job, now, 14), ==, PURSUIT_ATTENTION_NONE);
  pursuit_job_set_next_interview_at (job, 0);
  g_assert_cmpint (pursuit_job_get_attention (job, now, 14), ==, PURSUIT_ATTENTION_NONE);
}

/* No answer: only in an "applied" stage, strictly more than N days. */
static void
test_attention_no_response (void)
{
  g_autoptr(PursuitJob) job = make_job (1, "Acme Ltd", "Support Agent", PURSUIT_STAGE_KIND_APPLIED);
  g_autoptr(PursuitStage) screening = make_stage (PURSUIT_STAGE_KIND_SCREENING);
  g_autoptr(GDateTime) now = make_time ("America/New_York", 2026, 3, 30, 9, 0, 0);
  gint64 t = g_date_time_to_unix (now);

  g_assert_cmpint (pursuit_job_get_attention (job, now, 14), ==, PURSUIT_ATTENTION_NONE);

  pursuit_job_set_stage_entered_at (job, t - 14 * DAY);
  g_assert_cmpint (pursuit_job_get_attention (job, now, 14), ==, PURSUIT_ATTENTION_NONE);

  pursuit_job_set_stage_entered_at (job, t - 14 * DAY - 1);
  g_assert_cmpint (pursuit_job_get_attention (job, now, 14), ==, PURSUIT_ATTENTION_NO_RESPONSE);
  assert_explanation (job, now, 14, "No answer for 14 days");

  pursuit_job_set_stage_entered_at (job, t - 21 * DAY);
  assert_explanation (job, now, 14, "No answer for 21 days");
  g_assert_cmpint (pursuit_job_get_attention (job, now, 21), ==, PURSUIT_ATTENTION_NONE);
  g_assert_cmpint (pursuit_job_get_attention (job, now, 20), ==, PURSUIT_ATTENTION_NO_RESPONSE);
  /* 0 turns the rule off rather than flagging every application. */
  g_assert_cmpint (pursuit_job_get_attention (job, now, 0), ==, PURSUIT_ATTENTION_NONE);

  /* An answer came: the job moved on. */
  pursuit_job_set_stage (job, screening);
  g_assert_cmpint (pursuit_job_get_attention (job, now, 14), ==, PURSUIT_ATTENTION_NONE);
}

/* Archived jobs and ended pursuits never need attention. */
static void
test_attention_closed_and_archived (void)
{
  g_autoptr(PursuitJob) job = make_job (1, "Acme Ltd", "Support Agent", PURSUIT_STAGE_KIND_APPLIED);
  g_autoptr(GDateTime) now = make_time ("UTC", 2026, 3, 30, 9, 0, 0);
  gint64 t = g_date_time_to_unix (now);
  const PursuitAttentionReason all = PURSUIT_ATTENTION_FOLLOW_UP_OVERDUE |
                                     PURSUIT_ATTENTION_INTERVIEW_SOON |
                                     PURSUIT_ATTENTION_NO_RESPONSE;

  pursuit_job_set_next_action_due (job, "2026-03-27");
  pursuit_job_set_next_interview_at (job, t + 20 * HOUR);
  pursuit_job_set_stage_entered_at (job, t - 30 * DAY);
  g_assert_cmpint (pursuit_job_get_attention (job, now, 14), ==, all);
  assert_explanation (job, now, 14,
                      "Follow-up overdue by 3 days · Interview in 20 hours · No answer for 30 days");

  pursuit_job_set_archived (job, TRUE);
  g_assert_cmpint (pursuit_job_get_attention (job, now, 14), ==, PURSUIT_ATTENTION_NONE);
  pursuit_job_set_archived (job, FALSE);

  for (PursuitStageKind kind = 0; kind <= PURSUIT_STAGE_KIND_LAST; kind++)
    {
      g_autoptr(PursuitStage) stage = make_stage (kind);
      PursuitAttentionReason reasons;

      pursuit_job_set_stage (job, stage);
      reasons = pursuit_job_get_attention (job, now, 14);
      if (pursuit_stage_kind_is_closed (kind))
        g_assert_cmpint (reasons, ==, PURSUIT_ATTENTION_NONE);
      else if (kind == PURSUIT_STAGE_KIND_APPLIED)
        g_assert_cmpint (reasons, ==, all);
      else
        g_assert_cmpint (reasons, ==, PURSUIT_ATTENTION_FOLLOW_UP_OVERDUE | PURSUIT_ATTENTION_INTERVIEW_SOON);
    }

  /* The flags have nicks, for JSON. */
  {
    g_autoptr(GFlagsClass) flags = g_type_class_ref (PURSUIT_TYPE_ATTENTION_REASON);

    g_assert_cmpstr (g_flags_get_first_value (flags, PURSUIT_ATTENTION_NO_RESPONSE)->value_nick, ==,
                     "no-response");
  }
}

static void
assert_same_job (const char *company_a,
                 const char *title_a,
                 const char *company_b,
                 const char *title_b)
{
  g_autofree char *a = pursuit_job_identity_key (company_a, title_a);
  g_autofree char *b = pursuit_job_identity_key (company_b, title_b);

  g_assert_cmpstr (a, ==, b);
}

static void
assert_other_job (const char *company_a,
                  const char *title_a,
                  const char *company_b,
                  const char *title_b)
{
  g_autofree char *a = pursuit_job_identity_key (company_a, title_a);
  g_autofree char *b = pursuit_job_identity_key (company_b, title_b);

  g_assert_cmpstr (a, !=, b);
}

static void
test_identity_key (void)
{
  g_autofree char *key = pursuit_job_identity_key ("  ACME   Ltd. ", "Customer-Service  Specialist!");

  g_assert_cmpstr (key, ==, "acme ltd|customer service specialist");

  assert_same_job ("ACME Ltd.", "Support Agent", " acme  ltd", "support agent");
  assert_same_job ("Café Noir", "Barista", "cafe noir", "BARISTA");
  assert_same_job ("Société Générale", "Analyste", "SOCIETE GENERALE", "analyste");
  assert_same_job ("Straße AG", "Fahrer", "STRASSE AG", "fahrer");
  assert_same_job ("Acme, Inc.", "Sr. Agent (Remote)", "Acme Inc", "Sr Agent - remote");
  assert_same_job ("O’Brien & Sons", "Clerk", "obrien sons", "Clerk");
  assert_same_job ("A.C.M.E.", "Agent", "acme", "agent");
  assert_same_job ("Ｆｕｌｌｗｉｄｔｈ", "Agent", "fullwidth", "agent"); /* compatibility forms */
  assert_same_job ("Acme\tLtd", "Agent\n", "Acme Ltd", "Agent");
  assert_same_job ("Zürich Jobs", "Agent's Desk", "zurich jobs", "AGENTS DESK"); /* one path each */

  /* The company and the title do not run into each other. */
  assert_other_job ("Acme", "Ltd Agent", "Acme Ltd", "Agent");
  assert_other_job ("Acme Ltd", "Support Agent", "Acme Ltd", "Support Lead");
  assert_other_job ("Acme Ltd", "Agent", "Acme Ltda", "Agent");

  g_clear_pointer (&key, g_free);
  key = pursuit_job_identity_key (" !! ", NULL);
  g_assert_cmpstr (key, ==, "|");
  g_clear_pointer (&key, g_free);
  key = pursuit_job_identity_key ("Bad \xff", "Title");
  g_assert_cmpstr (key, ==, "|title");
}

static GListStore *
make_job_list (void)
{
  return g_list_store_new (PURSUIT_TYPE_JOB);
}

static PursuitJob *
add_job (GListStore       *jobs,
         gint64            id,
         PursuitStageKind  kind,
         const char       *due)
{
  g_autofree char *company = g_strdup_printf ("Company %" G_GINT64_FORMAT, id);
  g_autoptr(PursuitJob) job = make_job (id, company, "Support Agent", kind);

  pursuit_job_set_next_action_due (job, due);
  g_list_store_append (jobs, job);
  return job;
}

static char **
reminder_ids (GPtrArray *reminders)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < reminders->len; i++)
    g_strv_builder_add (builder, ((PursuitReminder *) g_ptr_array_index (reminders, i))->id);
  return g_strv_builder_end (builder);
}

static void
assert_reminders (GListModel  *jobs,
                  GDateTime   *last_check,
                  GDateTime   *now,
                  const char  *expected)
{
  g_autoptr(GPtrArray) reminders = pursuit_reminders_due (jobs, last_check, now);
  g_auto(GStrv) ids = reminder_ids (reminders);
  g_autofree char *joined = g_strjoinv (" ", ids);

  g_assert_cmpstr (joined, ==, expected);
}

/* A follow-up is reminded once: when its due day is reached. */
static void
test_reminders_follow_up (void)
{
  g_autoptr(GListStore) jobs = make_job_list ();
  g_autoptr(GDateTime) before_midnight = make_time ("Europe/Berlin", 2026, 3, 9, 23, 59, 0);
  g_autoptr(GDateTime) after_midnight = make_time ("Europe/Berlin", 2026, 3, 10, 0, 0, 30);
  g_autoptr(GDateTime) a_minute_later = make_time ("Europe/Berlin", 2026, 3, 10, 0, 1, 30);
  g_autoptr(GDateTime) three_days_before = make_time ("Europe/Berlin", 2026, 3, 7, 18, 0, 0);
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GPtrArray) again = NULL;
  PursuitJob *job;
  PursuitReminder *reminder;

  add_job (jobs, 1, PURSUIT_STAGE_KIND_APPLIED, "2026-03-10");
  add_job (jobs, 2, PURSUIT_STAGE_KIND_APPLIED, "2026-03-09");
  add_job (jobs, 3, PURSUIT_STAGE_KIND_APPLIED, "2026-03-11");
  add_job (jobs, 4, PURSUIT_STAGE_KIND_APPLIED, "");
  add_job (jobs, 5, PURSUIT_STAGE_KIND_REJECTED, "2026-03-10");
  job = add_job (jobs, 6, PURSUIT_STAGE_KIND_OFFER, "2026-03-10");
  pursuit_job_set_archived (job, TRUE);
  add_job (jobs, 7, PURSUIT_STAGE_KIND_SCREENING, "2026-03-08");
  job = add_job (jobs, 8, PURSUIT_STAGE_KIND_OFFER, "2026-03-10");
  pursuit_job_set_next_action (job, "Send the signed contract");
  pursuit_job_set_title (job, "Team Lead");

  /* The due day of jobs 1 and 8 has just begun. */
  reminders = pursuit_reminders_due (G_LIST_MODEL (jobs), before_midnight, after_midnight);
  g_assert_cmpuint (reminders->len, ==, 2);
  reminder = g_ptr_array_index (reminders, 0);
  g_assert_cmpint (reminder->kind, ==, PURSUIT_REMINDER_FOLLOW_UP);
  g_assert_cmpstr (reminder->id, ==, "follow-up:00000000-0000-4000-8000-000000000001:2026-03-10");
  g_assert_cmpint (reminder->job_id, ==, 1);
  g_assert_cmpstr (reminder->title, ==, "Follow up with Company 1");
  g_assert_cmpstr (reminder->body, ==, "Support Agent: due today");
  reminder = g_ptr_array_index (reminders, 1);
  g_assert_cmpint (reminder->job_id, ==, 8);
  g_assert_cmpstr (reminder->body, ==, "Send the signed contract\nTeam Lead: due today");

  /* Asking again for the same moment gives the same ids... */
  again = pursuit_reminders_due (G_LIST_MODEL (jobs), before_midnight, after_midnight);
  {
    g_auto(GStrv) first = reminder_ids (reminders);
    g_auto(GStrv) second = reminder_ids (again);

    g_assert_true (g_strv_equal ((const char * const *) first, (const char * const *) second));
  }
  /* ...and a minute later, nothing new has fallen due. */
  assert_reminders (G_LIST_MODEL (jobs), after_midnight, a_minute_later, "");

  /* Back after three days away: everything that fell due meanwhile. */
  assert_reminders (G_LIST_MODEL (jobs), three_days_before, after_midnight,
                    "follow-up:00000000-0000-4000-8000-000000000001:2026-03-10 "
                    "follow-up:00000000-0000-4000-8000-000000000002:2026-03-09 "
                    "follow-up:00000000-0000-4000-8000-000000000007:2026-03-08 "
                    "follow-up:00000000-0000-4000-8000-000000000008:2026-03-10");
  {
    g_autoptr(GPtrArray) late = pursuit_reminders_due (G_LIST_MODEL (jobs), three_days_before, after_midnight);

    reminder = g_ptr_array_index (late, 1);
    g_assert_cmpstr (reminder->body, ==, "Support Agent: due yesterday");
    reminder = g_ptr_array_index (late, 2);
    g_assert_cmpstr (reminder->body, ==, "Support Agent: due 2 days ago");
  }

  /* The very first check: only today's, not every old follow-up. */
  assert_reminders (G_LIST_MODEL (jobs), NULL, a_minute_later,
                    "follow-up:00000000-0000-4000-8000-000000000001:2026-03-10 "
                    "follow-up:00000000-0000-4000-8000-000000000008:2026-03-10");

  /* A clock set back gives nothing rather than repeats. */
  assert_reminders (G_LIST_MODEL (jobs), a_minute_later, before_midnight, "");
}

/* The day boundary of the last check is taken where the user is now. */
static void
test_reminders_follow_up_time_zone (void)
{
  g_autoptr(GListStore) jobs = make_job_list ();
  /* 23:30 on the 9th in New York is 04:30 on the 10th in UTC. */
  g_autoptr(GDateTime) last_check = make_time ("UTC", 2026, 3, 10, 4, 30, 0);
  g_autoptr(GDateTime) now = make_time ("-05:00", 2026, 3, 10, 0, 5, 0);

  add_job (jobs, 1, PURSUIT_STAGE_KIND_APPLIED, "2026-03-10");
  assert_reminders (G_LIST_MODEL (jobs), last_check, now,
                    "follow-up:00000000-0000-4000-8000-000000000001:2026-03-10");
}

/* Interviews: reminded later today or tomorrow, where the user is. */
static void
test_reminders_interview (void)
{
  g_autoptr(GListStore) jobs = make_job_list ();
  g_autoptr(GDateTime) now = make_time ("+01:00", 2026, 3, 10, 9, 0, 0);
  g_autoptr(GDateTime) tomorrow = make_time ("+01:00", 2026, 3, 11, 10, 0, 0);
  g_autoptr(GDateTime) today = make_time ("+01:00", 2026, 3, 10, 15, 30, 0);
  g_autoptr(GDateTime) day_after = make_time ("+01:00", 2026, 3, 12, 8, 0, 0);
  g_autoptr(GDateTime) late_tomorrow_utc = make_time ("UTC", 2026, 3, 11, 23, 30, 0);
  g_autoptr(GDateTime) last_check = make_time ("+01:00", 2026, 3, 10, 8, 59, 0);
  g_autoptr(GPtrArray) reminders = NULL;
  g_autofree char *expected = NULL;
  PursuitReminder *reminder;
  PursuitJob *job;

  job = add_job (jobs, 7, PURSUIT_STAGE_KIND_INTERVIEWING, "");
  pursuit_job_set_company (job, "Acme Ltd");
  pursuit_job_set_next_interview_at (job, g_date_time_to_unix (tomorrow));
  job = add_job (jobs, 8, PURSUIT_STAGE_KIND_INTERVIEWING, "");
  pursuit_job_set_next_interview_at (job, g_date_time_to_unix (today));
  /* 47 hours away, but the day after tomorrow: not yet. */
  job = add_job (jobs, 9, PURSUIT_STAGE_KIND_INTERVIEWING, "");
  pursuit_job_set_next_interview_at (job, g_date_time_to_unix (day_after));
  /* 23:30 UTC on the 11th is already the 12th at +01:00. */
  job = add_job (jobs, 10, PURSUIT_STAGE_KIND_INTERVIEWING, "");
  pursuit_job_set_next_interview_at (job, g_date_time_to_unix (late_tomorrow_utc));
  /* Over an hour ago. */
  job = add_job (jobs, 11, PURSUIT_STAGE_KIND_INTERVIEWING, "");
  pursuit_job_set_next_interview_at (job, g_date_time_to_unix (now) - HOUR);
  /* Withdrawn: no reminder. */
  job = add_job (jobs, 12, PURSUIT_STAGE_KIND_WITHDRAWN, "");
  pursuit_job_set_next_interview_at (job, g_date_time_to_unix (tomorrow));

  reminders = pursuit_reminders_due (G_LIST_MODEL (jobs), last_check, now);
  g_assert_cmpuint (reminders->len, ==, 2);
  reminder = g_ptr_array_index (reminders, 0);
  expected = g_strdup_printf ("interview:7:%" G_GINT64_FORMAT, g_date_time_to_unix (tomorrow));
  g_assert_cmpint (reminder->kind, ==, PURSUIT_REMINDER_INTERVIEW);
  g_assert_cmpstr (reminder->id, ==, expected);
  g_assert_cmpint (reminder->job_id, ==, 7);
  g_assert_cmpstr (reminder->title, ==, "Interview tomorrow at 10:00");
  g_assert_cmpstr (reminder->body, ==, "Support Agent at Acme Ltd");
  reminder = g_ptr_array_index (reminders, 1);
  g_assert_cmpstr (reminder->title, ==, "Interview today at 15:30");

  /* Idempotent: the same ids however often it is asked; the caller skips
   * the ids it has sent. */
  {
    g_autoptr(GPtrArray) again = pursuit_reminders_due (G_LIST_MODEL (jobs), now, now);
    g_auto(GStrv) first = reminder_ids (reminders);
    g_auto(GStrv) second = reminder_ids (again);

    g_assert_true (g_strv_equal ((const char * const *) first, (const char * const *) second));
  }
}

static void
test_reminders_prune (void)
{
  g_autoptr(GListStore) jobs = make_job_list ();
  g_autoptr(GDateTime) now = make_time ("UTC", 2026, 4, 30, 12, 0, 0);
  gint64 t = g_date_time_to_unix (now);
  g_autofree char *recent_interview = g_strdup_printf ("interview:1:%" G_GINT64_FORMAT, t - 29 * DAY);
  g_autofree char *old_interview = g_strdup_printf ("interview:1:%" G_GINT64_FORMAT, t - 31 * DAY);
  g_autofree char *gone_interview = g_strdup_printf ("interview:99:%" G_GINT64_FORMAT, t);
  g_autofree char *next_interview = g_strdup_printf ("interview:1:%" G_GINT64_FORMAT, t + DAY);
  const char *sent[] = {
    "follow-up:00000000-0000-4000-8000-000000000001:2026-04-29",
    "follow-up:00000000-0000-4000-8000-000000000001:2026-03-31",
    "follow-up:00000000-0000-4000-8000-000000000001:2026-03-30",
    "follow-up:00000000-0000-4000-8000-000000000099:2026-04-29",
    recent_interview,
    old_interview,
    gone_interview,
    "follow-up:00000000-0000-4000-8000-000000000001:2026-04-29",
    "interview:x:y",
    "follow-up:00000000-0000-4000-8000-000000000001:2026-02-30",
    "something else",
    next_interview,
    "follow-up:00000000-0000-4000-8000-000000000002:2026-04-30",
    NULL
  };
  /* Several ids of one job, and jobs found after others: each id keeps its
   * place. */
  const char *expected[] = {
    "follow-up:00000000-0000-4000-8000-000000000001:2026-04-29",
    "follow-up:00000000-0000-4000-8000-000000000001:2026-03-31",
    recent_interview,
    next_interview,
    "follow-up:00000000-0000-4000-8000-000000000002:2026-04-30",
    NULL
  };
  g_auto(GStrv) kept = NULL;

  add_job (jobs, 1, PURSUIT_STAGE_KIND_APPLIED, "");
  add_job (jobs, 2, PURSUIT_STAGE_KIND_APPLIED, "");
  kept = pursuit_reminders_prune (sent, G_LIST_MODEL (jobs), now);
  g_assert_true (g_strv_equal ((const char * const *) kept, expected));

  g_clear_pointer (&kept, g_strfreev);
  kept = pursuit_reminders_prune (NULL, G_LIST_MODEL (jobs), now);
  g_assert_cmpuint (g_strv_length (kept), ==, 0);
}

/* What keeps the app running with its window closed: a follow-up due
 * after today or an interview not yet begun, of a job still in play. */
static void
test_reminders_pending (void)
{
  g_autoptr(GListStore) jobs = make_job_list ();
  g_autoptr(GDateTime) now = make_time ("+01:00", 2026, 3, 10, 9, 0, 0);
  g_autoptr(GDateTime) earlier = make_time ("+01:00", 2026, 3, 10, 8, 0, 0);
  g_autoptr(GDateTime) later = make_time ("+01:00", 2026, 3, 20, 8, 0, 0);
  PursuitJob *job;

  g_assert_false (pursuit_reminders_pending (G_LIST_MODEL (jobs), now));

  /* Due today (already notified at the check) or before: nothing to come. */
  add_job (jobs, 1, PURSUIT_STAGE_KIND_APPLIED, "2026-03-10");
  add_job (jobs, 2, PURSUIT_STAGE_KIND_APPLIED, "2026-03-01");
  job = add_job (jobs, 3, PURSUIT_STAGE_KIND_INTERVIEWING, "");
  pursuit_job_set_next_interview_at (job, g_date_time_to_unix (earlier));
  g_assert_false (pursuit_reminders_pending (G_LIST_MODEL (jobs), now));

  /* Closed, or archived: left alone. */
  add_job (jobs, 4, PURSUIT_STAGE_KIND_REJECTED, "2026-03-11");
  job = add_job (jobs, 5, PURSUIT_STAGE_KIND_APPLIED, "2026-03-11");
  pursuit_job_set_archived (job, TRUE);
  g_assert_false (pursuit_reminders_pending (G_LIST_MODEL (jobs), now));

  /* Tomorrow's follow-up. */
  add_job (jobs, 6, PURSUIT_STAGE_KIND_APPLIED, "2026-03-11");
  g_assert_true (pursuit_reminders_pending (G_LIST_MODEL (jobs), now));
  g_list_store_remove (jobs, g_list_model_get_n_items (G_LIST_MODEL (jobs)) - 1);

  /* An interview in ten days. */
  job = add_job (jobs, 7, PURSUIT_STAGE_KIND_INTERVIEWING, "");
  pursuit_job_set_next_interview_at (job, g_date_time_to_unix (later));
  g_assert_true (pursuit_reminders_pending (G_LIST_MODEL (jobs), now));
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/attention/follow-up", test_attention_follow_up);
  g_test_add_func ("/attention/follow-up/time-zone", test_attention_follow_up_time_zone);
  g_test_add_func ("/attention/interview-soon", test_attention_interview_soon);
  g_test_add_func ("/attention/no-response", test_attention_no_response);
  g_test_add_func ("/attention/closed-and-archived", test_attention_closed_and_archived);
  g_test_add_func ("/attention/identity-key", test_identity_key);
  g_test_add_func ("/reminders/follow-up", test_reminders_follow_up);
  g_test_add_func ("/reminders/follow-up/time-zone", test_reminders_follow_up_time_zone);
  g_test_add_func ("/reminders/interview", test_reminders_interview);
  g_test_add_func ("/reminders/prune", test_reminders_prune);
  g_test_add_func ("/reminders/pending", test_reminders_pending);

  return g_test_run ();
}
