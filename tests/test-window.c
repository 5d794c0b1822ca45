/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <signal.h>
#include <sys/resource.h>

#include "pursuit-guides-view.h"
#include "pursuit-job-page.h"
#include "pursuit-preferences-window.h"
#include "pursuit-test-widgets.h"

/* The main window as a user meets it: its views, its keys, what it does
 * when it closes and when the disk refuses a write. */

typedef PursuitTestWindowFixture Fixture;

static AdwViewStack *
get_view_stack (Fixture *fixture)
{
  return ADW_VIEW_STACK (pursuit_test_find_by_type (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK));
}

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_nonnull (pursuit_test_find_by_type (GTK_WIDGET (fixture->window), ADW_TYPE_STATUS_PAGE));
  pursuit_test_wait_for_label (GTK_WIDGET (fixture->window), "No Jobs Yet");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (get_view_stack (fixture)), ==, "jobs");
}

/* Another program's file at the database's place is refused with a message
 * and left alone; nothing can be added. */
/* The keyboard shortcuts are built when first asked for (showing them:
 * GTK 4.8's shortcuts window then warns of a label -3 pixels wide), not
 * with the window, for its first frame. */
static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/pursuit-shortcuts-window.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");

  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (fixture->window);
  GLogLevelFlags fatal;
  GtkShortcutsWindow *shown;

  g_assert_null (gtk_application_window_get_help_overlay (window));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));

  /* Shown, it warns; other warnings stay fatal elsewhere. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  shown = gtk_application_window_get_help_overlay (window);
  g_assert_nonnull (shown);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shown)));
  gtk_widget_set_visible (GTK_WIDGET (shown), FALSE);
  /* Built once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (gtk_application_window_get_help_overlay (window) == shown);
  gtk_widget_set_visible (GTK_WIDGET (shown), FALSE);
  g_log_set_always_fatal (fatal);
}

static void
test_error_page (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitContext) context = NULL;
  g_autofree char *after = NULL;
  PursuitWindow *window;
  GtkWidget *view;

  pursuit_test_write_file (path, "these are my notes, not a database\n", -1);
  store = pursuit_store_new (path);
  context = pursuit_test_new_context (store);
  window = pursuit_window_new (NULL, context);
  gtk_window_present (GTK_WINDOW (window));

  pursuit_test_wait_for_label (GTK_WIDGET (window), "Cannot Open Your Jobs");
  view = pursuit_test_find_by_type (GTK_WIDGET (window), PURSUIT_TYPE_JOBS_VIEW);
  g_assert_false (gtk_widget_get_mapped (view));

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "these are my notes, not a database\n");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_searching (gpointer data)
{
  return gtk_search_bar_get_search_mode (data);
}

static gboolean
is_search_bar_searching (GtkWidget *widget,
                         gpointer   data)
{
  return GTK_IS_SEARCH_BAR (widget) && gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (widget));
}

/* The list and the board have a search bar each: one of them opens. */
static gboolean
has_search_open (gpointer data)
{
  return pursuit_test_find_widget (data, is_search_bar_searching, NULL) != NULL;
}

/* The key of a view: Alt and its place in the list of views. */
static char *
view_key (const char *name)
{
  guint n_views;
  const PursuitViewInfo *views = pursuit_views_get_all (&n_views);

  for (guint i = 0; i < n_views; i++)
    {
      if (g_str_equal (views[i].name, name))
        return g_strdup_printf ("alt+%u", i + 1);
    }
  g_assert_not_reached ();
}

/* Alt+number switches views; Ctrl+F searches the view on screen. */
static void
test_view_keys (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *guides_key = view_key ("guides");
  GtkWidget *view;
  GtkWidget *search_bar;

  if (!pursuit_test_send_keys (GTK_WIDGET (fixture->window), guides_key))
    {
      g_test_skip ("No X display to send keys to");
      return;
    }
  pursuit_test_wait_for_view (GTK_WIDGET (fixture->window), "guides", "Alt+number to show the guides");

  view = pursuit_test_find_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_GUIDES_VIEW);
  g_assert_nonnull (view);
  search_bar = pursuit_test_find_by_type (view, GTK_TYPE_SEARCH_BAR);
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  pursuit_test_send_keys (GTK_WIDGET (fixture->window), "ctrl+f");
  pursuit_test_wait_until (is_searching, search_bar, "Ctrl+F to open the guides' search");

  g_free (guides_key);
  guides_key = view_key ("jobs");
  g_assert_cmpstr (guides_key, ==, "alt+1");
  pursuit_test_send_keys (GTK_WIDGET (fixture->window), "alt+1");
  pursuit_test_wait_for_view (GTK_WIDGET (fixture->window), "jobs", "Alt+1 to show the jobs");
  view = GTK_WIDGET (pursuit_test_get_jobs_view (fixture));
  g_assert_false (has_search_open (view));
  pursuit_test_send_keys (GTK_WIDGET (fixture->window), "ctrl+f");
  pursuit_test_wait_until (has_search_open, view, "Ctrl+F to open the jobs' search");
}

static void
test_icon_buttons_have_labels (Fixture       *fixture,
                               gconstpointer  data)
{
  guint checked = 0;

  /* The empty state, then the list and job page. */
  checked += pursuit_test_check_icon_buttons (GTK_WIDGET (fixture->window));
  pursuit_test_add_job_through_ui (fixture, "Team Lead", "Umbrella");
  checked += pursuit_test_check_icon_buttons (GTK_WIDGET (fixture->window));

  /* Add, menu (in both states), search and delete, at the least. */
  g_assert_cmpuint (checked, >=, 5);
}

/* What a clicked notification does: the Jobs view, on that job. */
static void
test_show_job (Fixture       *fixture,
               gconstpointer  data)
{
  PursuitJob *globex = pursuit_test_add_job (fixture->store, "Globex", "Support Agent");
  AdwViewStack *stack = get_view_stack (fixture);

  pursuit_test_add_job (fixture->store, "Acme Ltd", "Support Agent");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "guides"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "guides");

  pursuit_window_show_job (fixture->window, pursuit_job_get_id (globex));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "jobs");
  pursuit_test_wait_for_selected (fixture, globex);

  /* A job that is gone changes nothing. */
  pursuit_window_show_job (fixture->window, 99);
  g_assert_true (pursuit_test_get_selected_job (fixture) == globex);
}

/* Clicked while the app is still starting: shown once the store is open. */
static void
test_show_job_before_open (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitContext) context = NULL;
  Fixture fixture = { NULL };
  PursuitJob *globex;

  {
    g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
    g_autoptr(PursuitJob) first = pursuit_test_insert_job (repository, "Acme Ltd", "Support Agent", 1000);
    g_autoptr(PursuitJob) second = pursuit_test_insert_job (repository, "Globex", "Support Agent", 900);
  }

  store = pursuit_store_new (path);
  context = pursuit_test_new_context (store);
  fixture.window = pursuit_window_new (NULL, context);
  g_assert_false (pursuit_store_is_open (store));
  pursuit_window_show_job (fixture.window, 2);
  gtk_window_present (GTK_WINDOW (fixture.window));
  pursuit_test_wait_for_open (store);

  globex = pursuit_store_find_job (store, 2);
  g_assert_cmpstr (pursuit_job_get_company (globex), ==, "Globex");
  pursuit_test_wait_for_selected (&fixture, globex);

  gtk_window_destroy (GTK_WINDOW (fixture.window));
  pursuit_store_close (store);
}

static gboolean
window_is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closes the window as its close button does, and waits until it is gone
 * and the store has written what it was asked to. */
static void
close_window (Fixture *fixture)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_close (GTK_WINDOW (fixture->window));
  pursuit_test_wait_until (window_is_gone, &fixture->window, "the window to close");
  pursuit_store_close (fixture->store);
}

/* Closing the window saves a field still waiting for the typing pause,
 * and deletes for good a job whose undo toast is still up. The undo toast
 * and the typing pause are far longer than this test. */
static void
test_close_request (Fixture       *fixture,
                    gconstpointer  data)
{
  PursuitJob *kept = pursuit_test_add_job (fixture->store, "Acme Ltd", "Support Agent");
  PursuitJob *deleted = pursuit_test_add_job (fixture->store, "Globex", "Team Lead");
  gint64 kept_id = pursuit_job_get_id (kept);
  gint64 deleted_id = pursuit_job_get_id (deleted);
  PursuitJobsView *view = pursuit_test_get_jobs_view (fixture);
  g_autofree char *location = NULL;
  const char *job_sql = "SELECT count(*) FROM jobs WHERE id = ?";

  pursuit_jobs_view_select_job (view, deleted);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.delete", NULL));
  pursuit_test_wait_for_count (pursuit_store_get_jobs (fixture->store), 1, "the job to go to the trash");
  /* In the trash, waiting for the undo toast to go. */
  g_assert_cmpint (pursuit_test_sql_int_for_id (fixture->path, job_sql, deleted_id), ==, 1);

  pursuit_jobs_view_select_job (view, kept);
  pursuit_test_type (pursuit_test_find_row (GTK_WIDGET (fixture->window), "Location"), "Leeds");
  g_assert_cmpstr (pursuit_job_get_location (kept), ==, "");

  close_window (fixture);

  location = pursuit_test_sql_text (fixture->path, "SELECT location FROM jobs WHERE id = 1");
  g_assert_cmpint (kept_id, ==, 1);
  g_assert_cmpstr (location, ==, "Leeds");
  g_assert_cmpint (pursuit_test_sql_int_for_id (fixture->path, job_sql, deleted_id), ==, 0);
}

typedef struct
{
  Fixture *fixture;
  const char *text;
} ToastWanted;

static gboolean
has_toast (gpointer data)
{
  ToastWanted *wanted = data;
  GtkWidget *overlay = pursuit_test_find_by_type (GTK_WIDGET (wanted->fixture->window), ADW_TYPE_TOAST_OVERLAY);
  GtkWidget *label = pursuit_test_find_label_containing (overlay, wanted->text);

  return label != NULL && gtk_widget_get_mapped (label);
}

static gboolean
has_no_toast (gpointer data)
{
  return !has_toast (data);
}

static gboolean
location_is (gpointer data)
{
  gpointer *args = data;

  return g_strcmp0 (pursuit_job_get_location (args[0]), args[1]) == 0;
}

/* Makes every write to a file of this process fail (EFBIG), as a full or
 * read-only disk does, whoever the user is (root ignores permissions). */
static void
refuse_writes (gboolean refuse)
{
  static struct rlimit saved;
  struct rlimit limit;

  if (refuse)
    {
      g_assert_no_errno (getrlimit (RLIMIT_FSIZE, &saved));
      limit = saved;
      limit.rlim_cur = 1;
      /* The write fails instead of killing the process. */
      signal (SIGXFSZ, SIG_IGN);
      g_assert_no_errno (setrlimit (RLIMIT_FSIZE, &limit));
    }
  else
    {
      g_assert_no_errno (setrlimit (RLIMIT_FSIZE, &saved));
      signal (SIGXFSZ, SIG_DFL);
    }
}

/* A save the disk refuses is told in a toast with the reason; the field
 * keeps what was typed, the job and the file keep what was saved, and
 * the next save, once the disk takes writes again, saves both edits and
 * takes the toast away. */
static void
test_write_failure (Fixture       *fixture,
                    gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Acme Ltd", "Support Agent");
  PursuitJobsView *view = pursuit_test_get_jobs_view (fixture);
  GtkWidget *location_row;
  GtkWidget *industry_row;
  ToastWanted toast = { fixture, "Could not save the job" };
  ToastWanted reason = { fixture, "disk I/O error" };
  gpointer saved[] = { job, (gpointer) "Leeds" };
  g_autofree char *location = NULL;
  g_autofree char *industry = NULL;

  pursuit_jobs_view_select_job (view, job);
  location_row = pursuit_test_find_row (GTK_WIDGET (fixture->window), "Location");
  industry_row = pursuit_test_find_row (GTK_WIDGET (fixture->window), "Industry");

  refuse_writes (TRUE);
  pursuit_test_type (location_row, "Leeds");
  pursuit_view_settle (PURSUIT_VIEW (view));
  pursuit_test_wait_until (has_toast, &toast, "the toast saying the save failed");
  refuse_writes (FALSE);

  g_assert_true (has_toast (&reason));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (location_row)), ==, "Leeds");
  g_assert_false (gtk_widget_has_css_class (location_row, "error"));
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "");
  location = pursuit_test_sql_text (fixture->path, "SELECT location FROM jobs");
  g_assert_cmpstr (location, ==, "");
  /* The window goes on. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->window)));
  g_assert_true (pursuit_test_get_selected_job (fixture) == job);

  pursuit_test_type (industry_row, "Retail");
  pursuit_view_settle (PURSUIT_VIEW (view));
  pursuit_test_wait_until (location_is, saved, "both edits to be saved");
  g_assert_cmpstr (pursuit_job_get_industry (job), ==, "Retail");
  pursuit_test_wait_until (has_no_toast, &toast, "the toast to go once a save succeeds");

  g_clear_pointer (&location, g_free);
  location = pursuit_test_sql_text (fixture->path, "SELECT location FROM jobs");
  industry = pursuit_test_sql_text (fixture->path, "SELECT industry FROM jobs");
  g_assert_cmpstr (location, ==, "Leeds");
  g_assert_cmpstr (industry, ==, "Retail");
}

/* Preferences: running in the background for reminders, on by default,
 * explained where no portal decides (outside a Flatpak, as here), where
 * starting at login is not offered. */
static void
test_preferences_background (Fixture       *fixture,
                             gconstpointer  data)
{
  PursuitPreferencesWindow *preferences = pursuit_preferences_window_new (fixture->context);
  GSettings *settings = pursuit_context_get_settings (fixture->context);
  GtkWidget *row;
  GtkWidget *login;
  GtkWidget *toggle;

  gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (preferences));
  pursuit_test_wait_for_frame (GTK_WIDGET (preferences));

  row = pursuit_test_find_row (GTK_WIDGET (preferences), "_Run in Background for Reminders");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "only while Pursuit runs"));
  login = pursuit_test_find_row (GTK_WIDGET (preferences), "_Start at Login");
  g_assert_nonnull (login);
  g_assert_false (gtk_widget_get_visible (login));

  toggle = pursuit_test_find_by_type (row, GTK_TYPE_SWITCH);
  g_assert_true (g_settings_get_boolean (settings, "run-in-background"));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (toggle)));
  g_assert_true (gtk_widget_activate (row));
  g_assert_false (g_settings_get_boolean (settings, "run-in-background"));

  g_settings_reset (settings, "run-in-background");
  gtk_window_destroy (GTK_WINDOW (preferences));
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_WINDOW ("/window/empty-state", test_empty_state);
  g_test_add_func ("/window/error-page", test_error_page);
  PURSUIT_TEST_ADD_WINDOW ("/window/view-keys", test_view_keys);
  PURSUIT_TEST_ADD_WINDOW ("/window/shortcuts-window", test_shortcuts_window);
  PURSUIT_TEST_ADD_WINDOW ("/window/show-job", test_show_job);
  g_test_add_func ("/window/show-job-before-open", test_show_job_before_open);
  PURSUIT_TEST_ADD_WINDOW ("/window/close-request", test_close_request);
  PURSUIT_TEST_ADD_WINDOW ("/window/write-failure", test_write_failure);
  PURSUIT_TEST_ADD_WINDOW ("/window/preferences-background", test_preferences_background);
  PURSUIT_TEST_ADD_WINDOW ("/a11y/icon-buttons-have-labels", test_icon_buttons_have_labels);

  return g_test_run ();
}
