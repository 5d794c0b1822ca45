/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <time.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>

#include "pursuit-app.h"
#include "pursuit-background.h"
#include "pursuit-data-actions.h"
#include "pursuit-document-file.h"
#include "pursuit-jobs-view.h"
#include "pursuit-preferences-window.h"
#include "pursuit-reminders.h"
#include "pursuit-search-provider.h"
#include "pursuit-window.h"

struct _PursuitApp
{
  AdwApplication parent_instance;

  PursuitContext *context;
  PursuitReminders *reminders;
  PursuitSearchProvider *search_provider;

  gboolean start_in_background;  /* --background: at login, no window */
  gboolean quitting;             /* app.quit: nothing keeps it running */
  gboolean in_background;        /* held with no window, for reminders */
  guint background_source;
  GCancellable *portal_cancellable;
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

/* Running in the background: with the window closed, Pursuit stays up
 * while a follow-up or an interview is still to be notified, unless the
 * user turned that off; quitting from the menu always quits. The app holds
 * itself (g_application_hold) for as long as that lasts, looks every
 * minute whether anything is still to come, and lets go when nothing is.
 * In a Flatpak the Background portal is asked first; a refusal ends it. */

static void on_start_at_login_changed (PursuitApp *self);

static gboolean
should_run_in_background (PursuitApp *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (self->quitting || self->context == NULL || self->reminders == NULL ||
      !g_settings_get_boolean (pursuit_context_get_settings (self->context), "run-in-background"))
    return FALSE;

  now = g_date_time_new_now_local ();
  return pursuit_reminders_are_pending (self->reminders, now);
}

static void
leave_background (PursuitApp *self)
{
  if (!self->in_background)
    return;

  self->in_background = FALSE;
  g_clear_handle_id (&self->background_source, g_source_remove);
  g_cancellable_cancel (self->portal_cancellable);
  g_clear_object (&self->portal_cancellable);
  g_application_release (G_APPLICATION (self));
}

static gboolean
on_background_minute (gpointer user_data)
{
  PursuitApp *self = user_data;

  if (should_run_in_background (self))
    return G_SOURCE_CONTINUE;

  /* Releasing may end the process: the source goes first. */
  self->background_source = 0;
  leave_background (self);
  return G_SOURCE_REMOVE;
}

static void
on_background_answered (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(PursuitApp) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean autostart = FALSE;
  gboolean allowed = pursuit_background_request_finish (result, &autostart, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      /* No portal to ask: nothing stops the app from running. */
      g_debug ("The Background portal could not be asked: %s", error->message);
      return;
    }
  if (!allowed)
    {
      g_message ("Running in the background was refused: reminders arrive while Pursuit is open");
      leave_background (self);
    }
  /* Start at Login was refused: the switch says so, without asking the
   * portal again. */
  if (!autostart && self->context != NULL)
    {
      GSettings *settings = pursuit_context_get_settings (self->context);

      g_signal_handlers_block_by_func (settings, on_start_at_login_changed, self);
      g_settings_set_boolean (settings, "start-at-login", FALSE);
      g_signal_handlers_unblock_by_func (settings, on_start_at_login_changed, self);
    }
}

static void
request_background (PursuitApp *self)
{
  GDBusConnection *connection = g_application_get_dbus_connection (G_APPLICATION (self));
  GSettings *settings = pursuit_context_get_settings (self->context);

  if (connection == NULL || !pursuit_background_portal_expected ())
    return;

  g_cancellable_cancel (self->portal_cancellable);
  g_clear_object (&self->portal_cancellable);
  self->portal_cancellable = g_cancellable_new ();
  pursuit_background_request_async (connection,
                                     _("Pursuit sends reminders of follow-ups and interviews while its window is closed"),
                                     g_settings_get_boolean (settings, "start-at-login"),
                                     self->portal_cancellable, on_background_answered, g_object_ref (self));
}

static void
enter_background (PursuitApp *self)
{
  if (self->in_background)
    return;

  g_application_hold (G_APPLICATION (self));
  self->in_background = TRUE;
  self->background_source = g_timeout_add_seconds (60, on_background_minute, self);
  request_background (self);
}

/* Turned on or off in Preferences: the portal adds or removes the
 * autostart entry. */
static void
on_start_at_login_changed (PursuitApp *self)
{
  request_background (self);
}

/* Turned off with the window closed (by gsettings): quit now. */
static void
on_run_in_background_changed (PursuitApp *self)
{
  if (self->in_background && !should_run_in_background (self))
    leave_background (self);
}

/**
 * pursuit_app_get_in_background:
 *
 * Whether the app runs with its window closed, to send reminders.
 */
gboolean
pursuit_app_get_in_background (PursuitApp *self)
{
  g_return_val_if_fail (PURSUIT_IS_APP (self), FALSE);

  return self->in_background;
}

/* Before the window's own hold on the app goes: the app may take over. */
static void
pursuit_app_window_removed (GtkApplication *application,
                            GtkWindow      *window)
{
  PursuitApp *self = PURSUIT_APP (application);
  gboolean last_main_window = PURSUIT_IS_WINDOW (window);

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      if (l->data != window && PURSUIT_IS_WINDOW (l->data))
        last_main_window = FALSE;
    }

  if (last_main_window && should_run_in_background (self))
    enter_background (self);

  GTK_APPLICATION_CLASS (pursuit_app_parent_class)->window_removed (application, window);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows;

  PURSUIT_APP (app)->quitting = TRUE;
  leave_background (PURSUIT_APP (app));

  /* Closing the windows lets each save its state and settle pending deletions. */
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
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

/* The guides' facts and figures come from published documents: the About
 * window names each, with its year, as the content's own list gives them. */
static void
add_content_sources (AdwAboutWindow *about,
                     PursuitContent *content)
{
  GPtrArray *sources = pursuit_content_get_sources (content);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < sources->len; i++)
    {
      PursuitContentNode *source = g_ptr_array_index (sources, i);
      const char *year = pursuit_content_node_get_attribute (source, "year");
      const char *name = pursuit_content_node_get_child_text (source, "name");

      g_ptr_array_add (names, year != NULL ? g_strdup_printf ("%s (%s)", name, year) : g_strdup (name));
    }
  g_ptr_array_add (names, NULL);
  adw_about_window_add_acknowledgement_section (about, _("Content Sources"), (const char **) names->pdata);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  PursuitApp *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "The Pursuit developers", NULL };
  GtkWidget *about = adw_about_window_new ();

  g_object_set (about,
                "transient-for", parent,
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
  add_content_sources (ADW_ABOUT_WINDOW (about), pursuit_context_get_content (self->context));
  gtk_window_present (GTK_WINDOW (about));
}

/* The main window, made if need be, in front. */
static PursuitWindow *
present_main_window (PursuitApp *self)
{
  GList *windows;

  g_application_activate (G_APPLICATION (self));

  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (PURSUIT_IS_WINDOW (l->data))
        {
          gtk_window_present (GTK_WINDOW (l->data));
          return PURSUIT_WINDOW (l->data);
        }
    }
  return NULL;
}

/* A clicked notification or a result of the Shell's search: bring up the
 * main window on that job. */
static void
open_job_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PursuitWindow *window = present_main_window (user_data);

  if (window != NULL)
    pursuit_window_show_job (window, g_variant_get_int64 (parameter));
}

/* A search begun in the Shell, carried on in the Jobs view. */
static void
search_jobs_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PursuitWindow *window = present_main_window (user_data);

  if (window != NULL)
    pursuit_window_search_jobs (window, g_variant_get_string (parameter, NULL));
}

/* A notification of several follow-ups: the jobs that need attention. */
static void
show_attention_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  PursuitWindow *window = present_main_window (user_data);

  if (window != NULL)
    pursuit_window_show_attention (window);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
  { "open-job", open_job_activated, "x" },
  { "search-jobs", search_jobs_activated, "s" },
  { "show-attention", show_attention_activated },
};

/* The file the app reads: another than the user's for a second set of
 * jobs or a test (PURSUIT_DATABASE). */
static char *
database_path (void)
{
  const char *database = g_getenv ("PURSUIT_DATABASE");

  if (database != NULL && database[0] != '\0')
    return g_strdup (database);
  return pursuit_repository_get_default_path ();
}

/* Started at login (--background): the reminders need the jobs, which
 * the window would otherwise have loaded. With nothing to remind of, the
 * app quits once idle. */
static void
on_store_opened_in_background (GObject      *source,
                               GAsyncResult *result,
                               gpointer      user_data)
{
  g_autoptr(PursuitApp) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_open_finish (PURSUIT_STORE (source), result, &error))
    g_message ("Could not open the database for reminders: %s", error->message);
  else if (gtk_application_get_windows (GTK_APPLICATION (self)) == NULL && should_run_in_background (self))
    enter_background (self);

  g_application_release (G_APPLICATION (self));
}

/* --background: no window; the app is a service until a window opens. */
static int
pursuit_app_handle_local_options (GApplication *application,
                                  GVariantDict *options)
{
  PursuitApp *self = PURSUIT_APP (application);

  if (g_variant_dict_contains (options, "background"))
    {
      self->start_in_background = TRUE;
      g_application_set_flags (application, g_application_get_flags (application) | G_APPLICATION_IS_SERVICE);
    }

  return -1;
}

/* The Shell's search provider lives on the app's own connection, at the
 * path its .ini file names. An app that cannot offer it still runs. */
static gboolean
pursuit_app_dbus_register (GApplication     *application,
                           GDBusConnection  *connection,
                           const char       *object_path,
                           GError          **error)
{
  PursuitApp *self = PURSUIT_APP (application);
  g_autofree char *path = g_strconcat (object_path, "/SearchProvider", NULL);
  g_autoptr(GError) local_error = NULL;

  if (!G_APPLICATION_CLASS (pursuit_app_parent_class)->dbus_register (application, connection, object_path, error))
    return FALSE;

  /* It answers through the store, made in startup, which comes next. */
  self->search_provider = pursuit_search_provider_new (application);
  if (!pursuit_search_provider_register (self->search_provider, connection, path, &local_error))
    {
      g_message ("No search in GNOME Shell: %s", local_error->message);
      g_clear_object (&self->search_provider);
    }
  else if (self->context != NULL)
    pursuit_search_provider_set_store (self->search_provider, pursuit_context_get_store (self->context));
  return TRUE;
}

static void
pursuit_app_dbus_unregister (GApplication    *application,
                             GDBusConnection *connection,
                             const char      *object_path)
{
  PursuitApp *self = PURSUIT_APP (application);

  if (self->search_provider != NULL)
    pursuit_search_provider_unregister (self->search_provider);
  g_clear_object (&self->search_provider);

  G_APPLICATION_CLASS (pursuit_app_parent_class)->dbus_unregister (application, connection, object_path);
}

static void
pursuit_app_startup (GApplication *application)
{
  PursuitApp *self = PURSUIT_APP (application);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *database = database_path ();
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

  store = pursuit_store_new (database);
  settings = g_settings_new ("io.github.pursuit.Pursuit");
  /* The built-in content is read when a view first needs it. */
  self->context = pursuit_context_new (store, NULL, settings);
  self->reminders = pursuit_reminders_new (application, self->context);
  if (self->search_provider != NULL)
    pursuit_search_provider_set_store (self->search_provider, store);

  g_signal_connect_object (settings, "changed::color-scheme",
                           G_CALLBACK (on_color_scheme_changed), self, 0);
  g_signal_connect_object (settings, "changed::start-at-login",
                           G_CALLBACK (on_start_at_login_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::run-in-background",
                           G_CALLBACK (on_run_in_background_changed), self, G_CONNECT_SWAPPED);
  apply_color_scheme (self);

  /* Copies of documents opened in other applications last time. */
  pursuit_document_clear_temporary ();

  /* Started by the Shell for a search, the app waits a little for the
   * next one before it quits. Started at login with nothing to remind
   * of, it quits at once. */
  if ((g_application_get_flags (application) & G_APPLICATION_IS_SERVICE) && !self->start_in_background)
    g_application_set_inactivity_timeout (application, 10000);
  if (self->start_in_background)
    {
      /* Held until the reminders know whether anything is to come. */
      g_application_hold (application);
      pursuit_store_open_async (store, NULL, on_store_opened_in_background, g_object_ref (self));
    }
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
  /* The window holds the app now; closing it decides again. */
  self->quitting = FALSE;
  leave_background (self);

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

  g_clear_handle_id (&self->background_source, g_source_remove);
  g_cancellable_cancel (self->portal_cancellable);
  g_clear_object (&self->portal_cancellable);
  g_clear_object (&self->search_provider);
  g_clear_object (&self->reminders);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_app_parent_class)->dispose (object);
}

static void
pursuit_app_class_init (PursuitAppClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = pursuit_app_dispose;
  app_class->handle_local_options = pursuit_app_handle_local_options;
  app_class->dbus_register = pursuit_app_dbus_register;
  app_class->dbus_unregister = pursuit_app_dbus_unregister;
  gtk_app_class->window_removed = pursuit_app_window_removed;
  app_class->startup = pursuit_app_startup;
  app_class->activate = pursuit_app_activate;
  app_class->shutdown = pursuit_app_shutdown;
}

static void
pursuit_app_init (PursuitApp *self)
{
  const GOptionEntry options[] = {
    { "background", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
      N_("Start without a window, to send reminders"), NULL },
    { NULL },
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
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
