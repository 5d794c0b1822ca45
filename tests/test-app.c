/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-app.h"
#include "pursuit-test-widgets.h"

/* The app's life, as a user lives it: start it, add a job, type in a field
 * and close the window at once; start it again on the same file and find
 * everything there. PURSUIT_DATABASE points the app at the test's file. */

typedef void (*Session) (PursuitTestWindowFixture *fixture);

typedef struct
{
  Session session;
  PursuitTestWindowFixture fixture;
} Run;

static gboolean
window_is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Runs once the app's main loop does: the user's part, then the close. */
static void
live (gpointer data)
{
  Run *run = data;
  GtkApplication *app = GTK_APPLICATION (g_application_get_default ());
  g_autoptr(PursuitContext) context = NULL;

  run->fixture.window = PURSUIT_WINDOW (gtk_application_get_active_window (app));
  g_assert_nonnull (run->fixture.window);
  g_object_get (run->fixture.window, "context", &context, NULL);
  run->fixture.context = context;
  run->fixture.store = pursuit_context_get_store (context);
  pursuit_test_wait_for_open (run->fixture.store);
  pursuit_test_wait_for_frame (GTK_WIDGET (run->fixture.window));

  run->session (&run->fixture);

  /* As the window's close button, or Ctrl+W. */
  g_object_add_weak_pointer (G_OBJECT (run->fixture.window), (gpointer *) &run->fixture.window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (run->fixture.window), "window.close", NULL));
  pursuit_test_wait_until (window_is_gone, &run->fixture.window, "the window to close");
  run->fixture.context = NULL;
  run->fixture.store = NULL;
}

static void
on_activate (GApplication *app,
             Run          *run)
{
  g_idle_add_once (live, run);
}

/* Starts the app as its launcher does, and returns once it has quit. */
static void
run_app (Session session)
{
  g_autoptr(PursuitApp) app = pursuit_app_new ();
  Run run = { session, { NULL } };

  /* A test must not hand its work to a Pursuit the user has open. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_null (run.fixture.window);
}

static void
add_and_edit (PursuitTestWindowFixture *fixture)
{
  GtkWidget *location;

  pursuit_test_add_job_through_ui (fixture, "Customer Service Specialist", "Acme Ltd");
  location = pursuit_test_find_row (GTK_WIDGET (fixture->window), "Location");
  g_assert_nonnull (location);
  /* Closed within the typing pause: the window saves it on its way out. */
  pursuit_test_type (location, "Leeds");
}

static void
find_again (PursuitTestWindowFixture *fixture)
{
  GListModel *jobs = pursuit_store_get_jobs (fixture->store);
  g_autoptr(PursuitJob) job = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  job = g_list_model_get_item (jobs, 0);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Customer Service Specialist");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Acme Ltd");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Leeds");

  /* And on screen, where it was. */
  pursuit_test_wait_for_label (GTK_WIDGET (fixture->window), "Customer Service Specialist");
  g_assert_true (pursuit_test_get_selected_job (fixture) == job);
}

/* On disk, not in memory: what is tested is that the file keeps it. */
static void
test_life_cycle (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new_on_disk ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autofree char *location = NULL;

  g_setenv ("PURSUIT_DATABASE", path, TRUE);

  run_app (add_and_edit);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  location = pursuit_test_sql_text (path, "SELECT location FROM jobs");
  g_assert_cmpstr (location, ==, "Leeds");

  run_app (find_again);

  g_unsetenv ("PURSUIT_DATABASE");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  g_test_add_func ("/app/life-cycle", test_life_cycle);

  return g_test_run ();
}
