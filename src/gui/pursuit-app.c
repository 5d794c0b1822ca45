/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <time.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "pursuit-app.h"
#include "pursuit-data-actions.h"
#include "pursuit-document-file.h"
#include "pursuit-jobs-view.h"
#include "pursuit-preferences-window.h"
#include "pursuit-reminders.h"
#include "pursuit-window.h"

struct _PursuitApp
{
  AdwApplication parent_instance;

  PursuitContext *context;
  PursuitReminders *reminders;
};

G_DEFINE_FINAL_TYPE (PursuitApp, pursuit_app, ADW_TYPE_APPLICATION)

static void
apply_color_scheme (PursuitApp *self)
{
  GSettings *settings = pursuit_context_get_settings (self->context);
  g_autofree char *scheme = g_settings_get_string (settings, "color-scheme");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

static void
on_color_scheme_changed (GSettings  *settings,
                         const char *key,
                         PursuitApp *self)
{
  apply_color_scheme (self);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing the windows lets each save its state and settle pending deletions. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PursuitApp *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  PursuitPreferencesWindow *preferences = pursuit_preferences_window_new (self->context);

  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  PursuitApp *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "The Pursuit developers", NULL };

  adw_show_about_window (parent,
                         "application-name", _("Pursuit"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Pursuit developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Track every job you pursue, privately, on your own computer."),
                         "website", "https://github.com/pursuit/Pursuit",
                         "issue-url", "https://github.com/pursuit/Pursuit/issues",
                         "developers", developers,
                         "copyright", "© 2026 The Pursuit developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

/* A clicked notification: bring up the main window on that job. */
static void
open_job_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PursuitApp *self = user_data;
  GList *windows;

  g_application_activate (G_APPLICATION (self));

  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (PURSUIT_IS_WINDOW (l->data))
        {
          gtk_window_present (GTK_WINDOW (l->data));
          pursuit_window_show_job (PURSUIT_WINDOW (l->data), g_variant_get_int64 (parameter));
          return;
        }
    }
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
  { "open-job", open_job_activated, "x" },
};

static void
pursuit_app_startup (GApplication *application)
{
  PursuitApp *self = PURSUIT_APP (application);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  const char *database = g_getenv ("PURSUIT_DATABASE");
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "window.close", { "<Control>w", NULL } },
    /* GTK would set it for a gtk/help-overlay.ui, built with every window:
     * the window builds its own when first shown. */
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (pursuit_app_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);

  /* Another file than the user's, for a second set of jobs or a test. */
  store = pursuit_store_new (database != NULL && database[0] != '\0' ? database : NULL);
  settings = g_settings_new ("io.github.pursuit.Pursuit");
  /* The built-in content is read when a view first needs it. */
  self->context = pursuit_context_new (store, NULL, settings);
  self->reminders = pursuit_reminders_new (application, self->context);

  g_signal_connect_object (settings, "changed::color-scheme",
                           G_CALLBACK (on_color_scheme_changed), self, 0);
  apply_color_scheme (self);

  /* Copies of documents opened in other applications last time. */
  pursuit_document_clear_temporary ();
}

/* The session is ending: the process may be stopped before the windows
 * close, so save what waits to be saved (prep notes typed a moment ago)
 * and wait until it is on disk. */
static void
on_query_end (PursuitApp *self)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (PURSUIT_IS_WINDOW (l->data))
        pursuit_window_settle (PURSUIT_WINDOW (l->data));
    }

  if (self->context != NULL &&
      !pursuit_store_wait_for_writes (pursuit_context_get_store (self->context), 5000))
    g_message ("The session ends before every change was saved");
}

/* PURSUIT_REPORT_FIRST_FRAME=1: the benchmark's probe (tests/bench). Once
 * the first frame with the jobs view is painted, print how long that took
 * since the process started; once every job is loaded (with many jobs, the
 * first screen shows before), print that time too, then the peak memory,
 * and quit. */

/* Milliseconds since the kernel started this process; /proc counts in clock
 * ticks (10 ms), rounded down, so this errs on the long side. */
static double
ms_since_process_start (void)
{
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;
  struct timespec now;
  long ticks_per_second = sysconf (_SC_CLK_TCK);

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (after_name = strrchr (stat, ')')) == NULL ||
      clock_gettime (CLOCK_BOOTTIME, &now) != 0 || ticks_per_second <= 0)
    return -1;

  /* Field 22 is the start time; the 20th after the command name. */
  fields = g_strsplit (after_name + 2, " ", 21);
  if (g_strv_length (fields) < 21)
    return -1;

  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6 -
         g_ascii_strtod (fields[19], NULL) * 1000.0 / ticks_per_second;
}

static double
peak_memory_mb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL)
    return -1;

  return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) / 1024.0;
}

static GtkWidget *
find_jobs_view (GtkWidget *widget)
{
  if (PURSUIT_IS_JOBS_VIEW (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_jobs_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
quit_after_report (gpointer data)
{
  g_action_group_activate_action (G_ACTION_GROUP (data), "quit", NULL);
  g_object_unref (data);
}

static void
report_loaded (PursuitStore *store,
               GParamSpec   *pspec,
               PursuitApp   *self)
{
  if (!pursuit_store_is_open (store))
    return;

  g_signal_handlers_disconnect_by_func (store, report_loaded, self);
  g_print ("all jobs loaded after %.1f ms\n", ms_since_process_start ());
  g_print ("peak memory %.1f MB\n", peak_memory_mb ());
  fflush (stdout);
  g_idle_add_once (quit_after_report, g_object_ref (self));
}

static void
on_report_after_paint (GdkFrameClock *clock,
                       GtkWidget     *window)
{
  PursuitApp *self = PURSUIT_APP (gtk_window_get_application (GTK_WINDOW (window)));
  PursuitStore *store;
  GtkWidget *jobs_view;
  double elapsed;

  /* The window switches to the jobs view (the list or the empty state)
   * when the first jobs are loaded. */
  if (self == NULL || (jobs_view = find_jobs_view (window)) == NULL ||
      !gtk_widget_get_mapped (jobs_view))
    return;

  elapsed = ms_since_process_start ();
  g_signal_handlers_disconnect_by_func (clock, on_report_after_paint, window);
  g_print ("first frame after %.1f ms\n", elapsed);
  fflush (stdout);

  store = pursuit_context_get_store (self->context);
  g_signal_connect_object (store, "notify::open", G_CALLBACK (report_loaded), self, 0);
  report_loaded (store, NULL, self);
}

static void
report_first_frame_if_asked (GtkWindow *window)
{
  GdkFrameClock *clock;

  if (g_strcmp0 (g_getenv ("PURSUIT_REPORT_FIRST_FRAME"), "1") != 0)
    return;

  /* Presenting realised the window, so it has its frame clock. */
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_return_if_fail (clock != NULL);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_report_after_paint), window, 0);
}

static void
pursuit_app_activate (GApplication *application)
{
  PursuitApp *self = PURSUIT_APP (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  gboolean new_window = window == NULL;

  if (new_window)
    window = GTK_WINDOW (pursuit_window_new (self, self->context));

  gtk_window_present (window);

  if (new_window)
    report_first_frame_if_asked (window);
}

static void
pursuit_app_shutdown (GApplication *application)
{
  PursuitApp *self = PURSUIT_APP (application);

  /* The windows are gone and have queued their last saves and deletions:
   * let them reach the disk before the process ends. */
  if (self->context != NULL)
    {
      /* Queued last: the backup holds everything saved before. */
      pursuit_data_back_up_on_quit (self->context);
      pursuit_store_close (pursuit_context_get_store (self->context));
    }

  G_APPLICATION_CLASS (pursuit_app_parent_class)->shutdown (application);
}

static void
pursuit_app_dispose (GObject *object)
{
  PursuitApp *self = PURSUIT_APP (object);

  g_clear_object (&self->reminders);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_app_parent_class)->dispose (object);
}

static void
pursuit_app_class_init (PursuitAppClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = pursuit_app_dispose;
  app_class->startup = pursuit_app_startup;
  app_class->activate = pursuit_app_activate;
  app_class->shutdown = pursuit_app_shutdown;
}

static void
pursuit_app_init (PursuitApp *self)
{
  g_signal_connect (self, "query-end", G_CALLBACK (on_query_end), NULL);
}

PursuitApp *
pursuit_app_new (void)
{
  return g_object_new (PURSUIT_TYPE_APP,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       /* The same resources serve the stable and the development id. */
                       "resource-base-path", RESOURCE_BASE_PATH,
                       /* To hear when the session ends (::query-end). */
                       "register-session", TRUE,
                       NULL);
}

PursuitContext *
pursuit_app_get_context (PursuitApp *self)
{
  g_return_val_if_fail (PURSUIT_IS_APP (self), NULL);

  return self->context;
}
