/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-guides-view.h"
#include "pursuit-jobs-view.h"
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
  PursuitJobsView *jobs_view;
  PursuitGuidesView *guides_view;  /* NULL until Guides is first shown */
  AdwBin *guides_bin;
  gint64 job_to_show;           /* asked for before the store was open */
};

G_DEFINE_FINAL_TYPE (PursuitWindow, pursuit_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void open_store (PursuitWindow *self);

static void
set_jobs_actions_enabled (PursuitWindow *self,
                          gboolean       enabled)
{
  static const char * const names[] = {
    "add-job", "search", "delete-job", "undo-delete", "undo", "archive-job", "unarchive-job", "toggle-board"
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), names[i]);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
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
      g_message ("Could not open the database: %s", error->message);
      {
        g_autofree char *escaped = g_markup_escape_text (error->message, -1);

        adw_status_page_set_description (self->error_page, escaped);
      }
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      set_jobs_actions_enabled (self, FALSE);
      return;
    }

  gtk_stack_set_visible_child_name (self->main_stack, "main");
  set_jobs_actions_enabled (self, TRUE);

  if (self->job_to_show > 0)
    pursuit_window_show_job (self, self->job_to_show);
}

/* The most recently updated jobs are in: the list can show its first
 * screen while the others load. Changes wait for the opening to complete. */
static void
on_first_jobs_loaded (PursuitWindow *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "loading") == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "main");
}

static void
open_store (PursuitWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  pursuit_store_open_async (pursuit_context_get_store (self->context), NULL,
                            on_store_opened, g_object_ref (self));
}

static void
on_retry_clicked (PursuitWindow *self)
{
  open_store (self);
}

static void
add_job_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  PursuitWindow *self = user_data;

  pursuit_jobs_view_add_job (self->jobs_view);
}

static gboolean
showing_guides (PursuitWindow *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "guides") == 0;
}

/* Search searches what is on screen. */
static void
search_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  PursuitWindow *self = user_data;

  if (showing_guides (self) && self->guides_view != NULL)
    pursuit_guides_view_start_search (self->guides_view);
  else
    pursuit_jobs_view_start_search (self->jobs_view);
}

static void
show_view_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  PursuitWindow *self = user_data;

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
}

static void update_switcher_bar (PursuitWindow *self);

static void
ensure_guides_view (PursuitWindow *self)
{
  if (self->guides_view != NULL || !showing_guides (self))
    return;

  self->guides_view = pursuit_guides_view_new (self->context);
  pursuit_guides_view_set_view_stack (self->guides_view, self->view_stack);
  g_signal_connect_object (self->guides_view, "notify::narrow", G_CALLBACK (update_switcher_bar),
                           self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->guides_bin, GTK_WIDGET (self->guides_view));
}

static void
update_switcher_bar (PursuitWindow *self)
{
  ensure_guides_view (self);

  gboolean narrow = showing_guides (self) ? (self->guides_view != NULL &&
                                             pursuit_guides_view_get_narrow (self->guides_view))
                                          : pursuit_jobs_view_get_narrow (self->jobs_view);

  adw_view_switcher_bar_set_reveal (self->switcher_bar, narrow);
}

static void
delete_job_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  PursuitWindow *self = user_data;

  pursuit_jobs_view_delete_selected (self->jobs_view);
}

static void
undo_delete_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PursuitWindow *self = user_data;

  pursuit_jobs_view_undo_delete (self->jobs_view, g_variant_get_int64 (parameter));
}

static void
undo_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  PursuitWindow *self = user_data;

  pursuit_jobs_view_undo_last (self->jobs_view);
}

static void
archive_job_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PursuitWindow *self = user_data;

  pursuit_jobs_view_set_archived (self->jobs_view, pursuit_jobs_view_get_selected (self->jobs_view), TRUE);
}

static void
unarchive_job_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  PursuitWindow *self = user_data;
  PursuitJob *job = pursuit_store_find_job (pursuit_context_get_store (self->context),
                                            g_variant_get_int64 (parameter));

  pursuit_jobs_view_set_archived (self->jobs_view, job, FALSE);
}

static void
toggle_board_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  PursuitWindow *self = user_data;

  adw_view_stack_set_visible_child_name (self->view_stack, "jobs");
  pursuit_jobs_view_set_show_board (self->jobs_view, !pursuit_jobs_view_get_show_board (self->jobs_view));
}

static const GActionEntry window_actions[] = {
  { "toggle-board", toggle_board_activated },
  { "archive-job", archive_job_activated },
  { "unarchive-job", unarchive_job_activated, "x" },
  { "undo", undo_activated },
  { "add-job", add_job_activated },
  { "search", search_activated },
  { "delete-job", delete_job_activated },
  { "undo-delete", undo_delete_activated, "x" },
  { "show-view", show_view_activated, "s" },
};

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

static gboolean
pursuit_window_close_request (GtkWindow *window)
{
  PursuitWindow *self = PURSUIT_WINDOW (window);

  save_window_state (self);
  pursuit_jobs_view_settle (self->jobs_view);

  return GTK_WINDOW_CLASS (pursuit_window_parent_class)->close_request (window);
}

static void
pursuit_window_constructed (GObject *object)
{
  PursuitWindow *self = PURSUIT_WINDOW (object);
  GSettings *settings = pursuit_context_get_settings (self->context);
  AdwViewStackPage *page;

  G_OBJECT_CLASS (pursuit_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->jobs_view = pursuit_jobs_view_new (self->context);
  /* The guides are laid out when first shown: measuring all their text
   * would hold up the first frame. */
  self->guides_bin = ADW_BIN (adw_bin_new ());
  page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (self->jobs_view), "jobs", _("Jobs"));
  adw_view_stack_page_set_icon_name (page, "io.github.pursuit.Pursuit-symbolic");
  page = adw_view_stack_add_titled (self->view_stack, GTK_WIDGET (self->guides_bin), "guides", _("Guides"));
  adw_view_stack_page_set_icon_name (page, "accessories-dictionary-symbolic");
  pursuit_jobs_view_set_view_stack (self->jobs_view, self->view_stack);
  g_signal_connect_object (self->view_stack, "notify::visible-child", G_CALLBACK (update_switcher_bar),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->jobs_view, "notify::narrow", G_CALLBACK (update_switcher_bar),
                           self, G_CONNECT_SWAPPED);

  g_action_map_add_action_entries (G_ACTION_MAP (self), window_actions,
                                   G_N_ELEMENTS (window_actions), self);
  set_jobs_actions_enabled (self, FALSE);

  g_signal_connect_object (pursuit_context_get_store (self->context), "first-jobs-loaded",
                           G_CALLBACK (on_first_jobs_loaded), self, G_CONNECT_SWAPPED);
  if (pursuit_store_is_open (pursuit_context_get_store (self->context)))
    {
      gtk_stack_set_visible_child_name (self->main_stack, "main");
      set_jobs_actions_enabled (self, TRUE);
    }
  else
    open_store (self);
}

static void
pursuit_window_dispose (GObject *object)
{
  PursuitWindow *self = PURSUIT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_WINDOW);
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
  gtk_widget_class_bind_template_callback (widget_class, on_retry_clicked);
}

static void
pursuit_window_init (PursuitWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

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

void
pursuit_window_add_toast (PursuitWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (PURSUIT_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Write errors are rare (a full disk, a file made read-only) and transient,
 * so they are told in a toast rather than a dialog. */
void
pursuit_window_show_error_toast (PursuitWindow *self,
                                 const char    *what,
                                 const GError  *error)
{
  /* Translators: what failed, then why: "Could not save the job: The disk is full…" */
  g_autofree char *title = g_markup_printf_escaped (_("%s: %s"), what, error->message);
  AdwToast *toast = adw_toast_new (title);

  g_return_if_fail (PURSUIT_IS_WINDOW (self));

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
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

  adw_view_stack_set_visible_child_name (self->view_stack, "jobs");
  pursuit_jobs_view_select_job (self->jobs_view, job);
}
