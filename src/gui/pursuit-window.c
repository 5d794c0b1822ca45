/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-data-actions.h"
#include "pursuit-history-dialog.h"
#include "pursuit-jobs-view.h"
#include "pursuit-practice-view.h"
#include "pursuit-view.h"
#include "pursuit-window.h"

struct _PursuitWindow
{
  AdwApplicationWindow parent_instance;

  PursuitContext *context;

  AdwToastOverlay *toast_overlay;
  GtkStack *main_stack;
  AdwStatusPage *error_page;
  AdwViewStack *view_stack;
  AdwViewSwitcherBar *switcher_bar;
  GtkMenuButton *error_menu_button;
  GMenuModel *error_menu;
  guint switcher_idle;
  guint logins_source;          /* the look for passwords of deleted logins, soon */
  GPtrArray *bins;              /* AdwBin per view of pursuit_views_get_all() */
  gint64 job_to_show;           /* asked for before the store was open */
  gboolean drawn;               /* the first frame is on screen */
  gboolean main_wanted;         /* the views wait for that frame */
};

G_DEFINE_FINAL_TYPE (PursuitWindow, pursuit_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void open_store (PursuitWindow *self);
static PursuitJobsView *show_jobs (PursuitWindow *self);
static void update_switcher_bar (PursuitWindow *self);
static void queue_update_switcher_bar (PursuitWindow *self);

/* Views are made when first shown, unless they are needed at start. */
static PursuitView *
ensure_view (PursuitWindow *self,
             guint          index)
{
  const PursuitViewInfo *views;
  guint n_views;
  AdwBin *bin = g_ptr_array_index (self->bins, index);
  GtkWidget *view;

  if (adw_bin_get_child (bin) != NULL)
    return PURSUIT_VIEW (adw_bin_get_child (bin));

  pursuit_data_actions_add (GTK_APPLICATION_WINDOW (self), self->context);

  /* The store reads the jobs on its worker thread while the views are
   * built: the results come back through the main loop, once the window
   * and its views are ready for them. */
  if (!pursuit_store_is_open (pursuit_context_get_store (self->context)))
    open_store (self);

  views = pursuit_views_get_all (&n_views);
  view = g_object_new (views[index].get_type (), "context", self->context, NULL);
  g_signal_connect_object (view, "notify::narrow", G_CALLBACK (queue_update_switcher_bar), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (bin, view);
  return PURSUIT_VIEW (view);
}

/* The view on screen, made if need be. */
static PursuitView *
get_visible_view (PursuitWindow *self)
{
  GtkWidget *visible = adw_view_stack_get_visible_child (self->view_stack);

  for (guint i = 0; i < self->bins->len; i++)
    {
      if (g_ptr_array_index (self->bins, i) == visible)
        return ensure_view (self, i);
    }
  return NULL;
}

/* Narrow: the view switcher does not fit in the view's header, so it shows
 * at the bottom instead. */
static void
update_switcher_bar (PursuitWindow *self)
{
  PursuitView *view = get_visible_view (self);

  adw_view_switcher_bar_set_reveal (self->switcher_bar, view != NULL && pursuit_view_get_narrow (view));
}

static gboolean
switcher_bar_idle (gpointer user_data)
{
  PursuitWindow *self = user_data;

  self->switcher_idle = 0;
  update_switcher_bar (self);
  return G_SOURCE_REMOVE;
}

/* A view learns it is narrow while the window lays it out (its header's
 * switcher did not fit): revealing the bar then, inside that layout, gives
 * the bar a bogus size, so it waits for the layout to end. */
static void
queue_update_switcher_bar (PursuitWindow *self)
{
  if (self->switcher_idle == 0)
    self->switcher_idle = g_idle_add (switcher_bar_idle, self);
}

static void
on_logins_forgotten (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  int cleared = pursuit_context_forget_unused_logins_finish (PURSUIT_CONTEXT (source), result, &error);

  /* Nothing to tell the user: the login section says what the keyring
   * lacks when a password is wanted. */
  if (cleared < 0)
    g_debug ("Could not look for passwords of deleted logins: %s", error->message);
  else if (cleared > 0)
    g_debug ("Cleared %d password(s) of deleted logins from the keyring", cleared);
}

#define FORGET_LOGINS_DELAY_S 5

static gboolean
forget_unused_logins (gpointer user_data)
{
  PursuitWindow *self = user_data;

  self->logins_source = 0;
  pursuit_context_forget_unused_logins_async (self->context, NULL, on_logins_forgotten, NULL);
  return G_SOURCE_REMOVE;
}

/* The views, once the window has drawn its first frame (its header bar),
 * even when the jobs came before the window was mapped: that frame then
 * laid out the list, its rows and the job page, and came later the more
 * jobs there were (28 ms later at 100,000 jobs with the GL renderer, 1.10
 * times Text Editor's first frame instead of 1.00). Then at once: a
 * crossfade from the loading page drew the list and the job page in a
 * dozen frames of blending, each one as dear as the first (200 ms of the
 * main thread for the first of them at 100,000 jobs with the cairo
 * renderer), and delayed the window's being complete. */
static void
show_main (PursuitWindow *self)
{
  if (!self->drawn)
    {
      self->main_wanted = TRUE;
      return;
    }
  gtk_stack_set_visible_child_full (self->main_stack, "main", GTK_STACK_TRANSITION_TYPE_NONE);
}

static void
on_first_frame_drawn (GdkFrameClock *clock,
                      PursuitWindow *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_drawn, self);
  self->drawn = TRUE;
  if (self->main_wanted)
    {
      self->main_wanted = FALSE;
      show_main (self);
    }
}

static void
on_store_opened (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PursuitWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_open_finish (PURSUIT_STORE (source), result, &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      g_message ("Could not open the database: %s", error->message);
      adw_status_page_set_description (self->error_page, escaped);
      self->main_wanted = FALSE;
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      return;
    }

  show_main (self);

  if (self->job_to_show > 0)
    pursuit_window_show_job (self, self->job_to_show);

  /* Passwords of logins deleted while the keyring was away (or by
   * pursuit-cli) go soon: not while the first frames are made, as asking
   * the keyring may start its daemon on a busy processor. */
  if (self->logins_source == 0)
    self->logins_source = g_timeout_add_seconds (FORGET_LOGINS_DELAY_S, forget_unused_logins, self);
}

/* The most recently updated jobs are in: the list can show its first
 * screen while the others load. Changes wait for the opening to complete. */
static void
on_first_jobs_loaded (PursuitWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "loading") == 0)
    show_main (self);
}

static void
open_store (PursuitWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  pursuit_store_open_async (pursuit_context_get_store (self->context), NULL,
                            on_store_opened, g_object_ref (self));
}

/* Coming back to the window after using pursuit-cli shows its changes at
 * once, not at the store's next look. */
static void
on_active_changed (PursuitWindow *self)
{
  PursuitStore *store = pursuit_context_get_store (self->context);

  if (gtk_window_is_active (GTK_WINDOW (self)) && pursuit_store_is_open (store))
    pursuit_store_check_changes_async (store, NULL, NULL, NULL);
}

static void
on_retry_clicked (PursuitWindow *self)
{
  open_store (self);
}

/* The keyboard shortcuts, built the first time they are asked for: built
 * with the window, they cost its first frame a hundredth of a second. */
static void
show_help_overlay_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/pursuit-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

/* Search searches what is on screen. */
static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitView *view = get_visible_view (PURSUIT_WINDOW (widget));

  if (view != NULL)
    pursuit_view_start_search (view);
}

static void
show_view_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitWindow *self = PURSUIT_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
}

/* The Practice view, made and shown, for a session asked for elsewhere. */
static PursuitPracticeView *
show_practice (PursuitWindow *self)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "practice");
  return PURSUIT_PRACTICE_VIEW (get_visible_view (self));
}

static void
practise_job_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  pursuit_practice_view_practise_job (show_practice (PURSUIT_WINDOW (widget)), g_variant_get_int64 (parameter));
}

/* A job by its id, in the Jobs view: any view can show one. */
static void
show_job_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  pursuit_window_show_job (PURSUIT_WINDOW (widget), g_variant_get_int64 (parameter));
}

/* Questions of the bank, with what they are as the session's title. */
static void
practise_questions_activated (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  g_autofree const char **ids = NULL;
  const char *title = NULL;
  g_autoptr(GVariant) list = NULL;

  g_variant_get (parameter, "(&s@as)", &title, &list);
  ids = g_variant_get_strv (list, NULL);
  pursuit_practice_view_practise_questions (show_practice (PURSUIT_WINDOW (widget)), ids,
                                            title[0] != '\0' ? title : NULL);
}

static void
question_history_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PursuitWindow *self = PURSUIT_WINDOW (widget);
  PursuitPracticeDeck *deck = pursuit_practice_state_get_deck (pursuit_context_get_practice (self->context));
  PursuitQuestion *question = deck != NULL ? pursuit_practice_deck_find_question (deck, g_variant_get_string (parameter,
                                                                                                             NULL))
                                           : NULL;
  PursuitHistoryDialog *dialog;

  if (question == NULL)
    return;
  dialog = pursuit_history_dialog_new (self->context, question, NULL);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_window_state (PursuitWindow *self)
{
  GSettings *settings = pursuit_context_get_settings (self->context);
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
}

/**
 * pursuit_window_settle:
 *
 * Saves what waits to be saved in every view, and makes final what could
 * still be undone: the window is closing, or the session is ending.
 */
void
pursuit_window_settle (PursuitWindow *self)
{
  g_return_if_fail (PURSUIT_IS_WINDOW (self));

  for (guint i = 0; i < self->bins->len; i++)
    {
      GtkWidget *view = adw_bin_get_child (g_ptr_array_index (self->bins, i));

      if (view != NULL)
        pursuit_view_settle (PURSUIT_VIEW (view));
    }
}

static gboolean
pursuit_window_close_request (GtkWindow *window)
{
  PursuitWindow *self = PURSUIT_WINDOW (window);

  save_window_state (self);
  pursuit_window_settle (self);

  return GTK_WINDOW_CLASS (pursuit_window_parent_class)->close_request (window);
}

static void
pursuit_window_constructed (GObject *object)
{
  PursuitWindow *self = PURSUIT_WINDOW (object);
  GSettings *settings = pursuit_context_get_settings (self->context);
  const PursuitViewInfo *views;
  guint n_views;
  AdwViewStackPage *page;

  G_OBJECT_CLASS (pursuit_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  views = pursuit_views_get_all (&n_views);
  for (guint i = 0; i < n_views; i++)
    {
      AdwBin *bin = ADW_BIN (adw_bin_new ());

      g_ptr_array_add (self->bins, bin);
      page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (bin), views[i].name,
                                        g_dgettext (GETTEXT_PACKAGE, views[i].title));
      adw_view_stack_page_set_icon_name (page, views[i].icon_name);
      if (views[i].built_at_start)
        ensure_view (self, i);
    }
  g_signal_connect_object (self->view_stack, "notify::visible-child", G_CALLBACK (update_switcher_bar),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_changed), NULL);
  g_signal_connect_object (pursuit_context_get_store (self->context), "first-jobs-loaded",
                           G_CALLBACK (on_first_jobs_loaded), self, G_CONNECT_SWAPPED);
  if (pursuit_store_is_open (pursuit_context_get_store (self->context)))
    gtk_stack_set_visible_child_name (self->main_stack, "main");
}

static void
pursuit_window_map (GtkWidget *widget)
{
  PursuitWindow *self = PURSUIT_WINDOW (widget);
  GdkFrameClock *clock;

  GTK_WIDGET_CLASS (pursuit_window_parent_class)->map (widget);

  clock = gtk_widget_get_frame_clock (widget);
  if (!self->drawn && clock != NULL)
    {
      g_signal_handlers_disconnect_by_func (clock, on_first_frame_drawn, self);
      g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_frame_drawn), self, 0);
    }
}

static void
pursuit_window_dispose (GObject *object)
{
  PursuitWindow *self = PURSUIT_WINDOW (object);

  g_clear_handle_id (&self->switcher_idle, g_source_remove);
  g_clear_handle_id (&self->logins_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_WINDOW);
  g_clear_pointer (&self->bins, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_window_parent_class)->dispose (object);
}

static void
pursuit_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PursuitWindow *self = PURSUIT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PursuitWindow *self = PURSUIT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_window_class_init (PursuitWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = pursuit_window_constructed;
  object_class->dispose = pursuit_window_dispose;
  object_class->get_property = pursuit_window_get_property;
  object_class->set_property = pursuit_window_set_property;
  window_class->close_request = pursuit_window_close_request;
  widget_class->map = pursuit_window_map;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT,
                                                  G_PARAM_READWRITE |
                                                  G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, error_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitWindow, error_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_retry_clicked);

  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_activated);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_activated);
  gtk_widget_class_install_action (widget_class, "win.show-job", "x", show_job_activated);
  gtk_widget_class_install_action (widget_class, "win.practise-job", "x", practise_job_activated);
  gtk_widget_class_install_action (widget_class, "win.practise-questions", "(sas)", practise_questions_activated);
  gtk_widget_class_install_action (widget_class, "win.question-history", "s", question_history_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);

  /* Alt+1, Alt+2…: the views in their order. */
  {
    const PursuitViewInfo *views;
    guint n_views;

    views = pursuit_views_get_all (&n_views);
    for (guint i = 0; i < n_views && i < 9; i++)
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                           "win.show-view", "s", views[i].name);
  }
}

static void
pursuit_window_init (PursuitWindow *self)
{
  self->bins = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));
  pursuit_menu_button_set_menu_model (self->error_menu_button, self->error_menu);

  if (DEVELOPMENT_PROFILE)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/**
 * pursuit_window_new:
 * @app: (nullable): the application, or %NULL in tests
 */
PursuitWindow *
pursuit_window_new (PursuitApp     *app,
                    PursuitContext *context)
{
  return g_object_new (PURSUIT_TYPE_WINDOW,
                       "application", app,
                       "context", context,
                       NULL);
}

/**
 * pursuit_window_show_job:
 * @id: a saved job's id
 *
 * Shows the job in the Jobs view, as when a notification about it is
 * clicked. Asked while the store is still opening, it shows the job once it
 * is open; a job that no longer exists is not shown.
 */
void
pursuit_window_show_job (PursuitWindow *self,
                         gint64         id)
{
  PursuitStore *store;
  PursuitJob *job;

  g_return_if_fail (PURSUIT_IS_WINDOW (self));

  store = pursuit_context_get_store (self->context);
  if (!pursuit_store_is_open (store))
    {
      self->job_to_show = id;
      return;
    }

  self->job_to_show = 0;
  job = pursuit_store_find_job (store, id);
  if (job == NULL)
    return;

  pursuit_jobs_view_select_job (show_jobs (self), job);
}

/* The Jobs view, made and shown. */
static PursuitJobsView *
show_jobs (PursuitWindow *self)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "jobs");
  return PURSUIT_JOBS_VIEW (get_visible_view (self));
}

/**
 * pursuit_window_search_jobs:
 * @text: what to search for
 *
 * Shows the Jobs view searching for @text: a search begun in GNOME Shell.
 */
void
pursuit_window_search_jobs (PursuitWindow *self,
                            const char    *text)
{
  g_return_if_fail (PURSUIT_IS_WINDOW (self));

  pursuit_jobs_view_search (show_jobs (self), text);
}

/**
 * pursuit_window_show_attention:
 *
 * Shows the Jobs view with its Needs attention filter on.
 */
void
pursuit_window_show_attention (PursuitWindow *self)
{
  g_return_if_fail (PURSUIT_IS_WINDOW (self));

  pursuit_jobs_view_show_attention (show_jobs (self));
}
