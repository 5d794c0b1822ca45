/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-jobs-view.h"
#include "pursuit-reminders.h"
#include "pursuit-repository.h"
#include "pursuit-test-utils.h"
#include "pursuit-window.h"

/* Desktop reminders: sent once, remembered across restarts, and a clicked
 * one opens its job. The time is given to every check; the dates are far
 * from the real clock so the object's own minute timer finds nothing. */

typedef struct
{
  char *dir;
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
  g_autoptr(GError) error = NULL;

  reset_settings ();
  fixture->dir = g_dir_make_tmp ("pursuit-reminders-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "pursuit.db", NULL);

  {
    g_autoptr(PursuitRepository) repository = pursuit_repository_open (fixture->path, &error);
    g_autoptr(GPtrArray) stages = NULL;

    g_assert_no_error (error);
    stages = pursuit_repository_list_stages (repository);
    for (guint i = 0; i < G_N_ELEMENTS (companies); i++)
      {
        g_autoptr(PursuitJob) job = pursuit_job_new ();

        pursuit_job_set_company (job, companies[i]);
        pursuit_job_set_title (job, "Support Agent");
        pursuit_job_set_stage (job, g_ptr_array_index (stages, 1));
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
  g_clear_object (&fixture->context);
  pursuit_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
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

static void
test_reminders_sent_once (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PursuitReminders) reminders = pursuit_reminders_new (NULL, fixture->context);
  g_autoptr(GDateTime) morning = at (10, 9, 0);
  g_autoptr(GDateTime) a_minute_later = at (10, 9, 1);
  g_autoptr(GDateTime) interview = at (11, 10, 0);
  g_autofree char *follow_up_id = NULL;
  g_autofree char *interview_id = NULL;
  g_auto(GStrv) sent = NULL;
  g_auto(GStrv) saved = NULL;
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");

  follow_up_id = g_strdup_printf ("follow-up:%s:2030-03-10", pursuit_job_get_uuid (find_job (fixture, 1)));
  interview_id = g_strdup_printf ("interview:2:%" G_GINT64_FORMAT, g_date_time_to_unix (interview));
  /* The store's list carries the next interview; set it there as the
   * interviews code would after a reload. */
  pursuit_job_set_next_interview_at (find_job (fixture, 2), g_date_time_to_unix (interview));

  sent = pursuit_reminders_check (reminders, morning);
  g_assert_cmpuint (g_strv_length (sent), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *) sent, follow_up_id));
  g_assert_true (g_strv_contains ((const char * const *) sent, interview_id));

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

static void
on_deleted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_store_delete_job_finish (PURSUIT_STORE (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* The ids of a deleted job are forgotten on the next day's check. */
static void
test_reminders_forget_deleted_jobs (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(PursuitReminders) reminders = pursuit_reminders_new (NULL, fixture->context);
  g_autoptr(GDateTime) morning = at (10, 9, 0);
  g_autoptr(GDateTime) next_day = at (11, 9, 0);
  g_autofree char *follow_up_id = NULL;
  g_auto(GStrv) sent = NULL;
  g_auto(GStrv) saved = NULL;
  gboolean deleted = FALSE;

  follow_up_id = g_strdup_printf ("follow-up:%s:2030-03-10", pursuit_job_get_uuid (find_job (fixture, 1)));
  sent = pursuit_reminders_check (reminders, morning);
  g_assert_cmpuint (g_strv_length (sent), ==, 1);
  g_assert_cmpstr (sent[0], ==, follow_up_id);

  pursuit_store_delete_job_async (pursuit_context_get_store (fixture->context), find_job (fixture, 1),
                                  NULL, on_deleted, &deleted);
  pursuit_test_wait_until (is_true, &deleted, "the job to be deleted");

  g_clear_pointer (&sent, g_strfreev);
  sent = pursuit_reminders_check (reminders, next_day);
  g_assert_cmpuint (g_strv_length (sent), ==, 0);
  saved = saved_ids ();
  g_assert_false (g_strv_contains ((const char * const *) saved, follow_up_id));
}

static gboolean
store_is_open (gpointer data)
{
  return pursuit_store_is_open (data);
}

static gboolean
job_is_selected (gpointer data)
{
  gpointer *args = data;

  return pursuit_jobs_view_get_selected (args[0]) == args[1];
}

/* What a clicked notification does: the Jobs view, on that job. */
static void
test_window_show_job (Fixture       *fixture,
                      gconstpointer  data)
{
  PursuitWindow *window = pursuit_window_new (NULL, fixture->context);
  PursuitJobsView *view;
  AdwViewStack *stack;
  PursuitJob *globex = find_job (fixture, 2);

  gtk_window_present (GTK_WINDOW (window));
  pursuit_test_wait_for_frame (GTK_WIDGET (window));
  view = PURSUIT_JOBS_VIEW (pursuit_test_find_by_type (GTK_WIDGET (window), PURSUIT_TYPE_JOBS_VIEW));
  stack = ADW_VIEW_STACK (pursuit_test_find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (view);
  g_assert_nonnull (stack);

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-view", g_variant_new_string ("guides"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "guides");

  pursuit_window_show_job (window, 2);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "jobs");
  {
    gpointer args[] = { view, globex };

    pursuit_test_wait_until (job_is_selected, args, "Globex to be selected");
  }

  /* A job that is gone changes nothing. */
  pursuit_window_show_job (window, 99);
  g_assert_true (pursuit_jobs_view_get_selected (view) == globex);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Clicked while the app is still starting: shown once the store is open. */
static void
test_window_show_job_before_open (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(PursuitStore) store = pursuit_store_new (fixture->path);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  g_autoptr(PursuitContent) content = pursuit_test_get_content ();
  g_autoptr(PursuitContext) context = pursuit_context_new (store, content, settings);
  PursuitWindow *window = pursuit_window_new (NULL, context);
  PursuitJobsView *view;

  g_assert_false (pursuit_store_is_open (store));
  pursuit_window_show_job (window, 2);
  gtk_window_present (GTK_WINDOW (window));
  pursuit_test_wait_until (store_is_open, store, "the store to open");

  view = PURSUIT_JOBS_VIEW (pursuit_test_find_by_type (GTK_WIDGET (window), PURSUIT_TYPE_JOBS_VIEW));
  {
    gpointer args[] = { view, pursuit_store_find_job (store, 2) };

    g_assert_nonnull (args[1]);
    pursuit_test_wait_until (job_is_selected, args, "Globex to be selected once open");
  }

  gtk_window_destroy (GTK_WINDOW (window));
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
  g_test_add ("/window/show-job", Fixture, NULL, fixture_set_up, test_window_show_job, fixture_tear_down);
  g_test_add ("/window/show-job-before-open", Fixture, NULL, fixture_set_up,
              test_window_show_job_before_open, fixture_tear_down);

  return g_test_run ();
}
