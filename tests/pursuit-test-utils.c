/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "pursuit-test-utils.h"

/* Returns FALSE (after printing a TAP skip plan) when there is no display. */
gboolean
pursuit_test_init_gui (int    *argc,
                       char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run through build-aux/test, which starts Xvfb)\n");
      return FALSE;
    }

  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  return TRUE;
}

/* Loaded once: every window in a test program shares it, as in the app. */
PursuitContent *
pursuit_test_get_content (void)
{
  static PursuitContent *content;

  if (content == NULL)
    {
      g_autoptr(GError) error = NULL;

      content = pursuit_content_new_from_resource (NULL, &error);
      g_assert_no_error (error);
    }
  return g_object_ref (content);
}

static gboolean
store_opened (gpointer data)
{
  return pursuit_store_is_open (data);
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  pursuit_store_open_finish (PURSUIT_STORE (source), result, &error);
  g_assert_no_error (error);
}

PursuitContext *
pursuit_test_open_context (const char *database_path)
{
  g_autoptr(PursuitStore) store = pursuit_store_new (database_path);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  g_autoptr(PursuitContent) content = pursuit_test_get_content ();

  pursuit_store_open_async (store, NULL, on_opened, NULL);
  pursuit_test_wait_until (store_opened, store, "the store to open");
  return pursuit_context_new (store, content, settings);
}

static gboolean
on_timeout (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

void
pursuit_test_wait_until (PursuitTestCondition  condition,
                         gpointer              data,
                         const char           *what)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (10, on_timeout, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    g_error ("Timed out waiting for %s", what);

  g_source_remove (timeout);
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* gtk_test_widget_wait_for_draw() returns before the first paint; this waits
 * for the paint itself. */
void
pursuit_test_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  gtk_widget_queue_draw (widget);
  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  pursuit_test_wait_until (is_true, &painted, "a painted frame");
  g_signal_handler_disconnect (clock, handler);
}

GtkWidget *
pursuit_test_find_widget (GtkWidget              *root,
                          PursuitTestWidgetMatch  match,
                          gpointer                data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pursuit_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_of_type (GtkWidget *widget,
            gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

GtkWidget *
pursuit_test_find_by_type (GtkWidget *root,
                           GType      type)
{
  return pursuit_test_find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
is_row_titled (GtkWidget *widget,
               gpointer   data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

GtkWidget *
pursuit_test_find_row (GtkWidget  *root,
                       const char *title)
{
  return pursuit_test_find_widget (root, is_row_titled, (gpointer) title);
}

static gboolean
is_label_with_text (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), data) == 0;
}

GtkWidget *
pursuit_test_find_label (GtkWidget  *root,
                         const char *text)
{
  return pursuit_test_find_widget (root, is_label_with_text, (gpointer) text);
}

GtkWindow *
pursuit_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

void
pursuit_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        pursuit_test_remove_tree (child);
      else
        g_unlink (child);
    }

  g_rmdir (path);
}
