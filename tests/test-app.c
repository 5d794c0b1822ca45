/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-app.h"
#include "pursuit-store-private.h"
#include "pursuit-test-portal.h"
#include "pursuit-test-widgets.h"

/* The app's life, as a user lives it: start it, add a job, type in a field
 * and close the window at once; start it again on the same file and find
 * everything there. Closing the window while reminders are to come leaves
 * the app running; the Shell's search provider, called over D-Bus, opens a
 * job. PURSUIT_DATABASE points the app at the test's file. */

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

/* As the window's close button, or Ctrl+W. */
static void
close_window (PursuitTestWindowFixture *fixture)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "window.close", NULL));
  pursuit_test_wait_until (window_is_gone, &fixture->window, "the window to close");
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
  /* Unless the session closed it itself. */
  if (run->fixture.window != NULL)
    close_window (&run->fixture);
  run->fixture.context = NULL;
  run->fixture.store = NULL;
}

static void
on_activate (GApplication *app,
             Run          *run)
{
  /* Once: a session may bring the window back. */
  g_signal_handlers_disconnect_by_func (app, on_activate, run);
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

  /* And on screen, where it was; a wide window selects the first job once
   * the list is laid out. */
  pursuit_test_wait_for_label (GTK_WIDGET (fixture->window), "Customer Service Specialist");
  pursuit_test_wait_for_selected (fixture, job);
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

/* Jobs for the sessions below: Acme Ltd, applied to, with a follow-up due
 * @due (NULL: none); Globex on the wishlist, with none (it never needs
 * attention). */
static void
write_jobs (const char *path,
            const char *due)
{
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  const char *companies[] = { "Acme Ltd", "Globex" };

  for (guint i = 0; i < G_N_ELEMENTS (companies); i++)
    {
      g_autoptr(PursuitJob) job = pursuit_test_make_job (repository, companies[i], "Support Agent",
                                                         i == 0 ? "applied" : "wishlist");
      g_autoptr(GError) error = NULL;

      if (i == 0 && due != NULL)
        {
          pursuit_job_set_next_action (job, "Call the recruiter");
          pursuit_job_set_next_action_due (job, due);
        }
      g_assert_true (pursuit_repository_insert_job (repository, job, 1700000000 + i, &error));
      g_assert_no_error (error);
    }
}

static PursuitApp *
get_app (void)
{
  return PURSUIT_APP (g_application_get_default ());
}

/* The window closes, and the app stays: then quit from the menu. */
static void
stays_for_reminders (PursuitTestWindowFixture *fixture)
{
  PursuitApp *app = get_app ();

  close_window (fixture);
  g_assert_true (pursuit_app_get_in_background (app));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Opening it again (the launcher, a notification) shows a window. */
  g_application_activate (G_APPLICATION (app));
  g_assert_false (pursuit_app_get_in_background (app));
  fixture->window = PURSUIT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (fixture->window);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));

  /* Closed again, it stays again; Quit quits (run_app returns). */
  close_window (fixture);
  g_assert_true (pursuit_app_get_in_background (app));
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_false (pursuit_app_get_in_background (app));
}

/* Turned off (gsettings) while the window is closed: the app quits. */
static void
stops_when_turned_off (PursuitTestWindowFixture *fixture)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");

  close_window (fixture);
  g_assert_true (pursuit_app_get_in_background (get_app ()));
  g_settings_set_boolean (settings, "run-in-background", FALSE);
  g_assert_false (pursuit_app_get_in_background (get_app ()));
}

/* Nothing to wait for: closing the window quits (run_app returns). */
static void
quits_when_closed (PursuitTestWindowFixture *fixture)
{
  close_window (fixture);
  g_assert_false (pursuit_app_get_in_background (get_app ()));
}

static void
test_background (gconstpointer data)
{
  const char *due = data;
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");

  write_jobs (path, due);
  g_setenv ("PURSUIT_DATABASE", path, TRUE);

  if (due != NULL && g_str_equal (due, "2099-01-01"))
    {
      run_app (stays_for_reminders);
      run_app (stops_when_turned_off);

      /* Turned off in Preferences: closing quits. */
      g_settings_set_boolean (settings, "run-in-background", FALSE);
      run_app (quits_when_closed);
      g_settings_reset (settings, "run-in-background");
    }
  else
    /* No follow-up, or one already past: nothing is to come. */
    run_app (quits_when_closed);

  g_unsetenv ("PURSUIT_DATABASE");
}

/* In a Flatpak (PURSUIT_USE_PORTAL=1 here), with a fake Background
 * portal on the test's bus. It comes once the app runs: GTK, finding a
 * portal at its start, would look for others the fake does not have. */
static PursuitTestPortal portal;

static gboolean
is_not_in_background (gpointer data)
{
  return !pursuit_app_get_in_background (get_app ());
}

static gboolean
start_at_login_is_off (gpointer data)
{
  return !g_settings_get_boolean (data, "start-at-login");
}

/* Allowed, but not at login: the app stays, the switch goes off. */
static void
portal_allows (PursuitTestWindowFixture *fixture)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");

  pursuit_test_portal_start (&portal, 0);
  portal.refuse_autostart = TRUE;
  close_window (fixture);
  g_assert_true (pursuit_app_get_in_background (get_app ()));
  pursuit_test_wait_until (start_at_login_is_off, settings, "Start at Login to be turned off");
  g_assert_true (pursuit_app_get_in_background (get_app ()));
  g_action_group_activate_action (G_ACTION_GROUP (get_app ()), "quit", NULL);
}

/* Refused: the app lets go, and quits. */
static void
portal_refuses (PursuitTestWindowFixture *fixture)
{
  pursuit_test_portal_start (&portal, 1);
  close_window (fixture);
  pursuit_test_wait_until (is_not_in_background, NULL, "the app to leave the background");
}

static void
test_background_portal (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");

  write_jobs (path, "2099-01-01");
  g_setenv ("PURSUIT_DATABASE", path, TRUE);
  g_setenv ("PURSUIT_USE_PORTAL", "1", TRUE);

  g_settings_set_boolean (settings, "start-at-login", TRUE);
  run_app (portal_allows);
  /* Asked once, when the window closed, for autostart too. */
  g_assert_cmpuint (portal.n_requests, ==, 1);
  g_assert_true (portal.autostart);
  g_assert_nonnull (strstr (portal.reason, "reminders"));
  g_assert_true (g_strv_contains ((const char * const *) portal.commandline, "--background"));
  pursuit_test_portal_stop (&portal);
  memset (&portal, 0, sizeof portal);

  run_app (portal_refuses);
  g_assert_cmpuint (portal.n_requests, ==, 1);
  g_assert_false (portal.autostart);
  pursuit_test_portal_stop (&portal);

  g_settings_reset (settings, "start-at-login");
  g_unsetenv ("PURSUIT_USE_PORTAL");
  g_unsetenv ("PURSUIT_DATABASE");
}

/* pursuit --background, as the portal's autostart runs it: no window;
 * with a reminder to come it stays until Quit, with none it quits. */
typedef struct
{
  gboolean was_in_background;
  gboolean had_window;
} BackgroundStart;

static gboolean
watch_background_start (gpointer data)
{
  BackgroundStart *start = data;
  PursuitApp *app = get_app ();

  start->had_window |= gtk_application_get_windows (GTK_APPLICATION (app)) != NULL;
  if (!pursuit_app_get_in_background (app))
    return G_SOURCE_CONTINUE;

  start->was_in_background = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
test_background_start (gconstpointer data)
{
  const char *due = data;
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitApp) app = NULL;
  char *argv[] = { (char *) "pursuit", (char *) "--background", NULL };
  BackgroundStart start = { FALSE, FALSE };
  guint watch;

  write_jobs (path, due);
  g_setenv ("PURSUIT_DATABASE", path, TRUE);

  app = pursuit_app_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  watch = g_timeout_add (20, watch_background_start, &start);
  /* It returns when the app quits: by Quit, or by itself. */
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
  if (!start.was_in_background)
    g_source_remove (watch);

  g_assert_false (start.had_window);
  g_assert_cmpint (start.was_in_background, ==, g_str_equal (due, "2099-01-01"));
  g_unsetenv ("PURSUIT_DATABASE");
}

/* The Shell's search provider, called as the Shell calls it: from another
 * connection, on the app's own. */
typedef struct
{
  GDBusConnection *shell;
  const char *app_name;
  char *provider_path;
} Shell;

static GVariant *
call_provider (Shell      *shell,
               const char *method,
               GVariant   *parameters)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  g_dbus_connection_call (shell->shell, shell->app_name, shell->provider_path, "org.gnome.Shell.SearchProvider2",
                          method, parameters, NULL, G_DBUS_CALL_FLAGS_NONE, 10000, NULL,
                          pursuit_test_keep_result, &result);
  reply = g_dbus_connection_call_finish (shell->shell, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  return reply;
}

static char *
search_text (gpointer data)
{
  PursuitTestWindowFixture *fixture = data;
  GtkWidget *entry = pursuit_test_find_by_name (GTK_WIDGET (pursuit_test_get_jobs_view (fixture)),
                                                GTK_TYPE_SEARCH_ENTRY, "Search Jobs");

  return g_strdup (entry != NULL ? gtk_editable_get_text (GTK_EDITABLE (entry)) : "");
}

static void
searched_from_the_shell (PursuitTestWindowFixture *fixture)
{
  PursuitApp *app = get_app ();
  GDBusConnection *connection = g_application_get_dbus_connection (G_APPLICATION (app));
  g_autoptr(GError) error = NULL;
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  Shell shell = { NULL };
  g_autoptr(GVariant) results = NULL;
  g_autoptr(GVariant) nothing = NULL;
  g_autofree const char **ids = NULL;
  PursuitJob *globex;
  guint reads;

  g_assert_no_error (error);
  g_assert_nonnull (connection);
  shell.shell = g_dbus_connection_new_for_address_sync (address,
                                                        G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                        G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                        NULL, NULL, &error);
  g_assert_no_error (error);
  shell.app_name = g_dbus_connection_get_unique_name (connection);
  shell.provider_path = g_strconcat (g_application_get_dbus_object_path (G_APPLICATION (app)),
                                     "/SearchProvider", NULL);

  g_assert_true (pursuit_context_get_store (pursuit_app_get_context (app)) == fixture->store);
  reads = pursuit_store_get_reads_run (fixture->store);
  results = call_provider (&shell, "GetInitialResultSet", g_variant_new ("(^as)", (const char *[]) { "globex", NULL }));
  g_variant_get (results, "(^a&s)", &ids);
  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 1);
  /* The app's store answered, with a read beside its worker. */
  g_assert_cmpuint (pursuit_store_get_reads_run (fixture->store), ==, reads + 1);
  globex = pursuit_store_find_job (fixture->store, g_ascii_strtoll (ids[0], NULL, 10));
  g_assert_nonnull (globex);
  g_assert_cmpstr (pursuit_job_get_company (globex), ==, "Globex");

  /* A result activated: its job is shown, instead of the one shown before. */
  for (guint i = 0; i < g_list_model_get_n_items (pursuit_store_get_jobs (fixture->store)); i++)
    {
      g_autoptr(PursuitJob) other = g_list_model_get_item (pursuit_store_get_jobs (fixture->store), i);

      if (other != globex)
        pursuit_window_show_job (fixture->window, pursuit_job_get_id (other));
    }
  g_assert_true (pursuit_test_get_selected_job (fixture) != globex);
  nothing = call_provider (&shell, "ActivateResult",
                           g_variant_new ("(s^asu)", ids[0], (const char *[]) { "globex", NULL }, 0));
  pursuit_test_wait_for_selected (fixture, globex);

  /* "Search in Pursuit": the Jobs view searches the same words. */
  g_clear_pointer (&nothing, g_variant_unref);
  nothing = call_provider (&shell, "LaunchSearch", g_variant_new ("(^asu)", (const char *[]) { "acme", "ltd", NULL }, 0));
  pursuit_test_wait_for_text (search_text, fixture, "acme ltd");
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd");

  /* The grouped follow-ups' notification: the jobs that need attention
   * (Acme Ltd's follow-up is overdue), whatever was searched. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-attention", NULL);
  pursuit_test_wait_for_text (search_text, fixture, "");
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd");

  g_object_unref (shell.shell);
  g_free (shell.provider_path);
}

static void
test_search_provider (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");

  write_jobs (path, "2020-01-01");
  g_setenv ("PURSUIT_DATABASE", path, TRUE);
  run_app (searched_from_the_shell);
  g_unsetenv ("PURSUIT_DATABASE");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  g_test_add_func ("/app/life-cycle", test_life_cycle);
  g_test_add_data_func ("/app/background/reminder-to-come", "2099-01-01", test_background);
  g_test_add_data_func ("/app/background/reminder-past", "2020-01-01", test_background);
  g_test_add_data_func ("/app/background/no-reminder", NULL, test_background);
  g_test_add_func ("/app/background/portal", test_background_portal);
  g_test_add_data_func ("/app/background/start/reminder-to-come", "2099-01-01", test_background_start);
  g_test_add_data_func ("/app/background/start/no-reminder", "2020-01-01", test_background_start);
  g_test_add_func ("/app/search-provider", test_search_provider);

  return g_test_run ();
}
