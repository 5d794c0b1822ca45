/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-attention.h"
#include "pursuit-reminders-private.h"
#include "pursuit-test-widgets.h"

/* Desktop reminders: sent once, remembered across restarts. The time is
 * given to every check; the dates are far from the real clock so the
 * object's own minute timer finds nothing. */

typedef struct
{
  PursuitTestDir *dir;
  char *path;
  PursuitContext *context;
} Fixture;

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");

  g_settings_reset (settings, "notified-reminders");
  g_settings_reset (settings, "reminders-checked-at");
}

/* Jobs 1 ("Acme Ltd") has a follow-up due on 2030-03-10, job 2 ("Globex")
 * none; job 3 ("Initech") is archived with the same follow-up. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *companies[] = { "Acme Ltd", "Globex", "Initech" };

  reset_settings ();
  fixture->dir = pursuit_test_dir_new ();
  fixture->path = pursuit_test_dir_file (fixture->dir, "pursuit.db");

  {
    g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (fixture->path);

    for (guint i = 0; i < G_N_ELEMENTS (companies); i++)
      {
        g_autoptr(PursuitJob) job = pursuit_test_make_job (repository, companies[i], "Support Agent", "applied");
        g_autoptr(GError) error = NULL;

        if (i != 1)
          {
            pursuit_job_set_next_action (job, "Call the recruiter");
            pursuit_job_set_next_action_due (job, "2030-03-10");
          }
        pursuit_job_set_archived (job, i == 2);
        g_assert_true (pursuit_repository_insert_job (repository, job, 1700000000 + i, &error));
        g_assert_no_error (error);
      }
  }

  fixture->context = pursuit_test_open_context (fixture->path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  pursuit_store_close (pursuit_context_get_store (fixture->context));
  g_clear_object (&fixture->context);
  g_clear_pointer (&fixture->dir, pursuit_test_dir_free);
  g_clear_pointer (&fixture->path, g_free);
  reset_settings ();
}

static PursuitJob *
find_job (Fixture *fixture,
          gint64   id)
{
  PursuitJob *job = pursuit_store_find_job (pursuit_context_get_store (fixture->context), id);

  g_assert_nonnull (job);
  return job;
}

static GDateTime *
at (int day,
    int hour,
    int minute)
{
  return g_date_time_new_local (2030, 3, day, hour, minute, 0);
}

static char **
saved_ids (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");

  return g_settings_get_strv (settings, "notified-reminders");
}

/* What the notifications said, in the order sent. */
static void
on_sent (PursuitReminders *reminders,
         PursuitReminder  *reminder,
         GPtrArray        *notified)
{
  PursuitReminder *copy = g_new0 (PursuitReminder, 1);

  copy->kind = reminder->kind;
  copy->id = g_strdup (reminder->id);
  copy->job_id = reminder->job_id;
  copy->company = g_strdup (reminder->company);
  copy->title = g_strdup (reminder->title);
  copy->body = g_strdup (reminder->body);
  g_ptr_array_add (notified, copy);
}

static GPtrArray *
listen (PursuitReminders *reminders)
{
  GPtrArray *notified = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_reminder_free);

  g_signal_connect (reminders, "sent", G_CALLBACK (on_sent), notified);
  return notified;
}

static void
test_reminders_sent_once (Fixture       *fixture,
                          gconstpointer  data)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE];
  g_autoptr(PursuitReminders) reminders = pursuit_reminders_new (NULL, fixture->context);
  g_autoptr(GPtrArray) notified = listen (reminders);
  PursuitReminder *notification;
  g_autoptr(GDateTime) morning = at (10, 9, 0);
  g_autoptr(GDateTime) a_minute_later = at (10, 9, 1);
  g_autoptr(GDateTime) interview = at (11, 10, 0);
  g_autofree char *follow_up_id = NULL;
  g_autofree char *interview_id = NULL;
  g_auto(GStrv) sent = NULL;
  g_auto(GStrv) saved = NULL;
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");

  follow_up_id = g_strdup_printf ("follow-up:%s:2030-03-10", pursuit_job_get_uuid (find_job (fixture, 1), uuid_a));
  interview_id = g_strdup_printf ("interview:2:%" G_GINT64_FORMAT, g_date_time_to_unix (interview));
  /* The store's list carries the next interview; set it there as the
   * interviews code would after a reload. */
  pursuit_job_set_next_interview_at (find_job (fixture, 2), g_date_time_to_unix (interview));

  sent = pursuit_reminders_check (reminders, morning);
  g_assert_cmpuint (g_strv_length (sent), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) sent, follow_up_id));
  g_assert_true (g_strv_contains ((const char * const *) sent, interview_id));

  /* A single follow-up is a notification of its own, that opens its job. */
  g_assert_cmpuint (notified->len, ==, 2);
  notification = g_ptr_array_index (notified, 0);
  if (notification->kind != PURSUIT_REMINDER_FOLLOW_UP)
    notification = g_ptr_array_index (notified, 1);
  g_assert_cmpint (notification->kind, ==, PURSUIT_REMINDER_FOLLOW_UP);
  g_assert_cmpint (notification->job_id, ==, 1);
  g_assert_cmpstr (notification->title, ==, "Follow up with Acme Ltd");

  /* Remembered where a restart finds them. */
  saved = saved_ids ();
  g_assert_true (g_strv_contains ((const char * const *) saved, follow_up_id));
  g_assert_true (g_strv_contains ((const char * const *) saved, interview_id));
  g_assert_cmpint (g_settings_get_int64 (settings, "reminders-checked-at"), ==, g_date_time_to_unix (morning));

  /* A minute later: nothing again. */
  g_clear_pointer (&sent, g_strfreev);
  sent = pursuit_reminders_check (reminders, a_minute_later);
  g_assert_cmpuint (g_strv_length (sent), ==, 0);

  /* A restart: nothing again either. */
  g_clear_object (&reminders);
  reminders = pursuit_reminders_new (NULL, fixture->context);
  g_clear_pointer (&sent, g_strfreev);
  sent = pursuit_reminders_check (reminders, a_minute_later);
  g_assert_cmpuint (g_strv_length (sent), ==, 0);
}

/* The ids of a deleted job are forgotten on the next day's check. */
static void
test_reminders_forget_deleted_jobs (Fixture       *fixture,
                                    gconstpointer  data)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE];
  g_autoptr(PursuitReminders) reminders = pursuit_reminders_new (NULL, fixture->context);
  g_autoptr(GDateTime) morning = at (10, 9, 0);
  g_autoptr(GDateTime) next_day = at (11, 9, 0);
  g_autofree char *follow_up_id = NULL;
  g_auto(GStrv) sent = NULL;
  g_auto(GStrv) saved = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  follow_up_id = g_strdup_printf ("follow-up:%s:2030-03-10", pursuit_job_get_uuid (find_job (fixture, 1), uuid_a));
  sent = pursuit_reminders_check (reminders, morning);
  g_assert_cmpuint (g_strv_length (sent), ==, 1);
  g_assert_cmpstr (sent[0], ==, follow_up_id);

  pursuit_store_delete_job_async (pursuit_context_get_store (fixture->context), find_job (fixture, 1),
                                  NULL, pursuit_test_keep_result, &result);
  g_assert_true (pursuit_store_delete_job_finish (pursuit_context_get_store (fixture->context),
                                                  pursuit_test_wait_result (&result), &error));
  g_assert_no_error (error);

  g_clear_pointer (&sent, g_strfreev);
  sent = pursuit_reminders_check (reminders, next_day);
  g_assert_cmpuint (g_strv_length (sent), ==, 0);
  saved = saved_ids ();
  g_assert_false (g_strv_contains ((const char * const *) saved, follow_up_id));
}

/* Two follow-ups due the same morning, and an interview: one notification
 * for the follow-ups, that opens the jobs needing attention, and the
 * interview's own. Each follow-up counts as sent. */
static void
test_reminders_grouped (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitReminders) reminders = NULL;
  g_autoptr(GPtrArray) notified = NULL;
  g_autoptr(GDateTime) before = at (8, 18, 0);
  g_autoptr(GDateTime) morning = at (10, 9, 0);
  g_autoptr(GDateTime) interview = at (11, 10, 0);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  g_auto(GStrv) sent = NULL;
  PursuitReminder *group = NULL;
  guint n_interviews = 0;
  PursuitJob *globex = find_job (fixture, 2);

  pursuit_job_set_next_action (globex, "Send the references");
  pursuit_job_set_next_action_due (globex, "2030-03-09");
  pursuit_job_set_next_interview_at (globex, g_date_time_to_unix (interview));

  /* Last checked on the 8th: both follow-ups fell due since. */
  g_settings_set_int64 (settings, "reminders-checked-at", g_date_time_to_unix (before));
  reminders = pursuit_reminders_new (NULL, fixture->context);
  notified = listen (reminders);

  sent = pursuit_reminders_check (reminders, morning);
  g_assert_cmpuint (g_strv_length (sent), ==, 3);

  for (guint i = 0; i < notified->len; i++)
    {
      PursuitReminder *notification = g_ptr_array_index (notified, i);

      g_assert_cmpint (notification->kind, !=, PURSUIT_REMINDER_FOLLOW_UP);
      if (notification->kind == PURSUIT_REMINDER_FOLLOW_UPS)
        group = notification;
      else
        n_interviews++;
    }
  g_assert_cmpuint (n_interviews, ==, 1);
  g_assert_nonnull (group);
  g_assert_cmpint (group->job_id, ==, 0);
  g_assert_cmpstr (group->title, ==, "2 follow-ups due");
  g_assert_true (g_str_equal (group->body, "Acme Ltd, Globex") || g_str_equal (group->body, "Globex, Acme Ltd"));

  /* Nothing again a minute later. */
  g_clear_pointer (&sent, g_strfreev);
  g_ptr_array_set_size (notified, 0);
  {
    g_autoptr(GDateTime) later = at (10, 9, 1);

    sent = pursuit_reminders_check (reminders, later);
  }
  g_assert_cmpuint (g_strv_length (sent), ==, 0);
  g_assert_cmpuint (notified->len, ==, 0);
}

/* Many at once: the first three companies, each once, then how many
 * more companies. */
static void
test_reminders_group_names_a_few (void)
{
  const char *companies[] = { "Acme Ltd", "Globex", "Acme Ltd", "Initech", "Umbrella", "Hooli" };
  g_autoptr(GPtrArray) follow_ups = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_reminder_free);
  g_autoptr(PursuitReminder) group = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (companies); i++)
    {
      PursuitReminder *reminder = g_new0 (PursuitReminder, 1);

      reminder->kind = PURSUIT_REMINDER_FOLLOW_UP;
      reminder->id = g_strdup_printf ("follow-up:%u:2030-03-10", i);
      reminder->job_id = i + 1;
      reminder->company = g_strdup (companies[i]);
      reminder->title = g_strdup ("");
      reminder->body = g_strdup ("");
      g_ptr_array_add (follow_ups, reminder);
    }

  group = pursuit_reminders_group (follow_ups);
  g_assert_cmpint (group->kind, ==, PURSUIT_REMINDER_FOLLOW_UPS);
  g_assert_cmpstr (group->title, ==, "6 follow-ups due");
  g_assert_cmpstr (group->body, ==, "Acme Ltd, Globex, Initech and 2 more");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  g_test_add ("/reminders/sent-once", Fixture, NULL, fixture_set_up, test_reminders_sent_once, fixture_tear_down);
  g_test_add ("/reminders/forget-deleted-jobs", Fixture, NULL, fixture_set_up,
              test_reminders_forget_deleted_jobs, fixture_tear_down);
  g_test_add ("/reminders/grouped", Fixture, NULL, fixture_set_up, test_reminders_grouped, fixture_tear_down);
  g_test_add_func ("/reminders/group-names-a-few", test_reminders_group_names_a_few);

  return g_test_run ();
}
