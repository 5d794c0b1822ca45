/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-job-page.h"
#include "pursuit-test-input.h"
#include "pursuit-test-jobs.h"

/* The posting box on a job's page: a wheel turned over it while it has
 * nothing to scroll moves the page, as it would anywhere else. Real wheel
 * clicks, sent through the X server. */

typedef struct
{
  PursuitTestDatabase database;
  GtkWindow *window;
  PursuitJobPage *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  pursuit_test_database_open (&fixture->database, "pursuit-posting");
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 600);
  fixture->page = pursuit_job_page_new (fixture->database.context);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  pursuit_test_database_close (&fixture->database);
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
  PursuitJob *job = pursuit_test_add_simple_job (pursuit_context_get_store (fixture->database.context),
                                                 "Support Agent", "Acme Ltd");
  GtkWidget *posting;
  GtkWidget *inner;
  GtkScrolledWindow *outer;
  GtkAdjustment *page_adjustment;
  graphene_point_t point;
  double before;

  if (!pursuit_test_can_send_input (GTK_WIDGET (fixture->window)))
    {
      g_test_skip ("no X display or no xdotool");
      return;
    }

  pursuit_job_page_set_job (fixture->page, job);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  posting = pursuit_test_find_widget (GTK_WIDGET (fixture->page), is_posting_view, NULL);
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

  pursuit_test_turn_wheel (inner, 3);
  {
    gpointer args[] = { page_adjustment, &before };

    pursuit_test_wait_until (value_above, args, "the page to scroll down");
  }

  /* And back up. */
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  before = gtk_adjustment_get_value (page_adjustment);
  pursuit_test_turn_wheel (inner, -2);
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

  g_test_add ("/posting-scroll/wheel-passes-to-page", Fixture, NULL,
              fixture_set_up, test_wheel_passes_to_page, fixture_tear_down);

  return g_test_run ();
}
