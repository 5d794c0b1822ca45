/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

/* Real key presses and wheel turns, sent to a test's window through the X
 * server with xdotool, as a person's would come: they go through GTK's
 * own event handling, shortcuts and controllers. Header-only: each test
 * program compiles with pursuit-test-utils.c alone. */

G_BEGIN_DECLS

/* Whether real input can be sent: an X display (Xvfb in build-aux/test)
 * and xdotool. */
static inline gboolean
pursuit_test_can_send_input (GtkWidget *widget)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return xdotool != NULL && GDK_IS_X11_DISPLAY (gtk_widget_get_display (widget));
#else
  return FALSE;
#endif
}

/* The X window of @widget's window, as xdotool reads it. */
static inline char *
pursuit_test_get_window_id (GtkWidget *widget)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));

  return g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
#else
  g_assert_not_reached ();
#endif
}

/* Runs "xdotool windowfocus --sync WINDOW @args…" on @widget's window. */
static inline void
pursuit_test_send_input (GtkWidget          *widget,
                         const char * const *args)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *window = pursuit_test_get_window_id (widget);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_strv_builder_add_many (builder, "xdotool", "windowfocus", "--sync", window, NULL);
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);
  g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
#else
  g_assert_not_reached ();
#endif
}

/* Presses @keys ("ctrl+Right", as xdotool names them) in turn on
 * @widget's window; each is pressed and released. */
static inline void
pursuit_test_press_keys (GtkWidget          *widget,
                         const char * const *keys)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) args = NULL;

  g_strv_builder_add_many (builder, "key", "--clearmodifiers", NULL);
  g_strv_builder_addv (builder, (const char **) keys);
  args = g_strv_builder_end (builder);
  pursuit_test_send_input (widget, (const char * const *) args);
}

/* Turns the mouse wheel @clicks notches (down when positive) with the
 * pointer over the middle of @widget. */
static inline void
pursuit_test_turn_wheel (GtkWidget *widget,
                         int        clicks)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t point;
  double offset_x, offset_y;
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;
  g_autofree char *repeat = g_strdup_printf ("%d", ABS (clicks));
  g_autofree char *window = pursuit_test_get_window_id (widget);

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                                 gtk_widget_get_height (widget) / 2.0),
                                           &point));
  gtk_native_get_surface_transform (native, &offset_x, &offset_y);
  x = g_strdup_printf ("%d", (int) (point.x + offset_x));
  y = g_strdup_printf ("%d", (int) (point.y + offset_y));
  {
    const char * const args[] = {
      "mousemove", "--window", window, x, y,
      "click", "--repeat", repeat, "--delay", "30", clicks > 0 ? "5" : "4",
      NULL
    };

    pursuit_test_send_input (widget, args);
  }
}

G_END_DECLS
