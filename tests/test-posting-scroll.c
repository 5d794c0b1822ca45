/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-job-page.h"
#include "pursuit-test-widgets.h"

/* The posting box on a job's page: a wheel turned over it while it has
 * nothing to scroll moves the page, as it would anywhere else. Real wheel
 * clicks, sent through the X server. */

typedef PursuitTestWidgetFixture Fixture;

/* Turns the mouse wheel @clicks notches (down when positive) with the
 * pointer over the middle of @widget, through the X server as a mouse
 * would. Returns FALSE when that cannot be done here. */
static gboolean
turn_wheel (GtkWidget *widget,
            int        clicks)
{
  GtkNative *native = gtk_widget_get_native (widget);
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;
  g_autofree char *repeat = g_strdup_printf ("%d", ABS (clicks));
  graphene_point_t point;
  double offset_x, offset_y;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                                 gtk_widget_get_height (widget) / 2.0),
                                           &point));
  gtk_native_get_surface_transform (native, &offset_x, &offset_y);
  x = g_strdup_printf ("%d", (int) (point.x + offset_x));
  y = g_strdup_printf ("%d", (int) (point.y + offset_y));
  {
    /* Buttons 5 and 4 are the wheel turned down and up. */
    const char *args[] = {
      "mousemove", "--window", "WINDOW", x, y,
      "click", "--repeat", repeat, "--delay", "30", clicks > 0 ? "5" : "4",
      NULL
    };

    return pursuit_test_send_input (widget, args);
  }
}

static gboolean
is_posting_view (GtkWidget *widget,
                 gpointer   data)
{
  return GTK_IS_TEXT_VIEW (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW) != NULL &&
         gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) &&
         GTK_IS_SCROLLED_WINDOW (gtk_widget_get_parent (widget)) &&
         gtk_widget_get_parent (gtk_widget_get_parent (widget)) != NULL &&
         GTK_IS_FRAME (gtk_widget_get_parent (gtk_widget_get_parent (widget)));
}

static gboolean
value_above (gpointer data)
{
  gpointer *args = data;

  return gtk_adjustment_get_value (args[0]) > *(double *) args[1] + 1;
}

static gboolean
value_below (gpointer data)
{
  gpointer *args = data;

  return gtk_adjustment_get_value (args[0]) < *(double *) args[1] - 1;
}

static void
test_wheel_passes_to_page (Fixture       *fixture,
                           gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Acme Ltd", "Support Agent");
  PursuitJobPage *page = pursuit_job_page_new (fixture->context);
  GtkWidget *posting;
  GtkWidget *inner;
  GtkScrolledWindow *outer;
  GtkAdjustment *page_adjustment;
  graphene_point_t point;
  double before;

  gtk_widget_set_hexpand (GTK_WIDGET (page), TRUE);
  pursuit_test_show_widget (fixture, GTK_WIDGET (page));
  pursuit_job_page_set_job (page, job);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  posting = pursuit_test_reach (GTK_WIDGET (page), is_posting_view, NULL);
  g_assert_nonnull (posting);
  inner = gtk_widget_get_parent (posting);
  outer = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (gtk_widget_get_parent (inner), GTK_TYPE_SCROLLED_WINDOW));
  g_assert_nonnull (outer);
  page_adjustment = gtk_scrolled_window_get_vadjustment (outer);

  /* The empty posting box in the middle of the window, the page free to
   * scroll further down. */
  g_assert_true (gtk_widget_compute_point (inner, gtk_scrolled_window_get_child (outer),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (page_adjustment,
                            gtk_adjustment_get_value (page_adjustment) + point.y - 200);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  before = gtk_adjustment_get_value (page_adjustment);
  g_assert_cmpfloat (before, <, gtk_adjustment_get_upper (page_adjustment) -
                                gtk_adjustment_get_page_size (page_adjustment) - 50);
  g_assert_cmpfloat (gtk_adjustment_get_upper (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (inner))), <=,
                     gtk_adjustment_get_page_size (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (inner))));

  if (!turn_wheel (inner, 3))
    {
      g_test_skip ("No X display to turn the wheel on");
      return;
    }
  {
    gpointer args[] = { page_adjustment, &before };

    pursuit_test_wait_until (value_above, args, "the page to scroll down");
  }

  /* And back up. */
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  before = gtk_adjustment_get_value (page_adjustment);
  turn_wheel (inner, -2);
  {
    gpointer args[] = { page_adjustment, &before };

    pursuit_test_wait_until (value_below, args, "the page to scroll up");
  }
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_WIDGET ("/posting-scroll/wheel-passes-to-page", test_wheel_passes_to_page);

  return g_test_run ();
}
