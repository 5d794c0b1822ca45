/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-job-row.h"
#include "pursuit-test-widgets.h"

/* The jobs list's row is measured from its fonts' metrics: GTK 4.8's list
 * view binds up to 200 rows at each typed letter and measures them all, so
 * measuring one must lay out no text, and a row's height must depend on
 * which lines it shows and on the fonts, not on its words. Runs with
 * GOBJECT_DEBUG=instance-count (tests/meson.build) to count the layouts. */

typedef PursuitTestWindowFixture Fixture;

static int
row_height (GtkWidget *row)
{
  int height;

  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, 300, NULL, &height, NULL, NULL);
  return height;
}

/* The row's labels hold its texts for CSS, the tests and assistive
 * technologies; GTK never measures, allocates or draws them. */
static void
assert_labels_not_laid_out (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        {
          g_assert_false (gtk_widget_get_mapped (child));
          g_assert_cmpint (gtk_widget_get_width (child), ==, 0);
        }
      assert_labels_not_laid_out (child);
    }
}

static GtkWidget *
show_row (Fixture *fixture)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row = GTK_WIDGET (pursuit_job_row_new (fixture->context));

  gtk_window_set_default_size (GTK_WINDOW (window), 300, -1);
  gtk_window_set_child (GTK_WINDOW (window), row);
  gtk_window_present (GTK_WINDOW (window));
  pursuit_test_wait_for_frame (window);
  return row;
}

/* The row's attention icon, if it shows one. */
static GtkWidget *
attention_icon (GtkWidget *row)
{
  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_IMAGE (child) && gtk_widget_get_visible (child))
      return child;
  return NULL;
}

static void
test_measure_lays_out_nothing (Fixture       *fixture,
                               gconstpointer  data)
{
  PursuitJob *short_job = pursuit_test_add_job (fixture->store, "Acme", "Agent");
  PursuitJob *long_job = pursuit_test_add_job (fixture->store, "Globex Corporation International Holdings",
                                               "Senior Customer Support Escalations Team Lead, Night Shift");
  GtkWidget *row = show_row (fixture);
  guint layouts;
  int height;

  if (g_strrstr (g_getenv ("GOBJECT_DEBUG") ?: "", "instance-count") == NULL)
    {
      g_test_skip ("GObject counts instances only with GOBJECT_DEBUG=instance-count");
      return;
    }

  pursuit_job_row_set_job (PURSUIT_JOB_ROW (row), short_job);
  height = row_height (row);
  g_assert_cmpint (height, >, 0);

  /* Another job, other words, the same lines: no text laid out to measure
   * it, and the same height. */
  pursuit_job_row_set_job (PURSUIT_JOB_ROW (row), long_job);
  layouts = g_type_get_instance_count (PANGO_TYPE_LAYOUT);
  g_assert_cmpint (row_height (row), ==, height);
  g_assert_cmpuint (g_type_get_instance_count (PANGO_TYPE_LAYOUT), ==, layouts);

  /* Why a job needs attention shows as an icon on the title's line, no
   * taller than the title: a job with a next action due later, then one
   * whose next action is overdue, the same lines and height, still
   * measured without text. */
  pursuit_test_set_next_action_due (fixture->store, short_job, "2099-12-31");
  pursuit_test_set_next_action_due (fixture->store, long_job, "2001-01-01");
  pursuit_job_row_set_job (PURSUIT_JOB_ROW (row), short_job);
  height = row_height (row);
  g_assert_null (attention_icon (row));
  pursuit_job_row_set_job (PURSUIT_JOB_ROW (row), long_job);
  layouts = g_type_get_instance_count (PANGO_TYPE_LAYOUT);
  g_assert_cmpint (row_height (row), ==, height);
  g_assert_cmpuint (g_type_get_instance_count (PANGO_TYPE_LAYOUT), ==, layouts);
  g_assert_nonnull (attention_icon (row));

  /* Drawn, the row has still laid out none of its labels. */
  pursuit_test_wait_for_frame (row);
  g_assert_true (gtk_widget_get_mapped (row));
  assert_labels_not_laid_out (row);

  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (row)));
}

/* A next action adds a line, and the row grows by a line. */
static void
test_lines_set_height (Fixture       *fixture,
                       gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Acme", "Agent");
  g_autoptr(PursuitJob) draft = pursuit_job_copy (job);
  g_autoptr(GError) error = NULL;
  GtkWidget *row = show_row (fixture);
  int height;

  pursuit_job_row_set_job (PURSUIT_JOB_ROW (row), job);
  height = row_height (row);
  pursuit_job_set_next_action (draft, "Call the recruiter");
  g_assert_true (pursuit_test_store_save (fixture->store, draft, PURSUIT_JOB_ALL_FIELDS, &error));
  g_assert_no_error (error);
  g_assert_cmpint (row_height (row), >, height);

  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (row)));
}

/* Larger text (GNOME's text scale sets the resolution): taller rows. */
static void
test_text_scale_measures_again (Fixture       *fixture,
                                gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Acme", "Agent");
  GtkWidget *row = show_row (fixture);
  GtkSettings *settings = gtk_widget_get_settings (row);
  int dpi, height;

  pursuit_job_row_set_job (PURSUIT_JOB_ROW (row), job);
  height = row_height (row);
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 2 * 96 * 1024, NULL);
  pursuit_test_wait_for_frame (row);
  g_assert_cmpint (row_height (row), >, height + height / 2);
  if (dpi > 0)
    g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  else
    gtk_settings_reset_property (settings, "gtk-xft-dpi");
  pursuit_test_wait_for_frame (row);
  g_assert_cmpint (row_height (row), ==, height);

  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (row)));
}

/* The row's child drawn with the stage's CSS classes, or NULL. */
static GtkWidget *
find_pill (GtkWidget  *row,
           const char *style)
{
  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "stage-badge") &&
        gtk_widget_has_css_class (child, style) && gtk_widget_get_child_visible (child))
      return child;
  return NULL;
}

/* The stage's pill is a child GTK draws from ui/style.css's .stage-badge
 * rules (a closed stage's faint background among them), placed at the end
 * of the company's line; the row draws only the stage's name over it. */
static void
test_badge_drawn_from_css (Fixture       *fixture,
                           gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Acme", "Agent");
  g_autoptr(PursuitJob) draft = pursuit_job_copy (job);
  g_autoptr(GError) error = NULL;
  GtkWidget *row = show_row (fixture);
  GtkWidget *pill;
  graphene_rect_t bounds;

  pursuit_job_row_set_job (PURSUIT_JOB_ROW (row), job);
  pursuit_test_wait_for_frame (row);
  g_assert_nonnull (find_pill (row, "stage-idea"));
  g_assert_null (find_pill (row, "stage-closed"));

  pursuit_job_set_stage (draft, pursuit_test_stage_by_id (fixture->store, PURSUIT_STAGE_KIND_REJECTED + 1));
  g_assert_true (pursuit_test_store_save (fixture->store, draft, PURSUIT_JOB_ALL_FIELDS, &error));
  g_assert_no_error (error);
  pursuit_test_wait_for_frame (row);
  pill = find_pill (row, "stage-closed");
  g_assert_nonnull (pill);
  g_assert_null (find_pill (row, "stage-idea"));
  g_assert_true (gtk_widget_compute_bounds (pill, row, &bounds));
  /* Wider than its padding (16 px), at the row's end past its margin. */
  g_assert_cmpfloat (bounds.size.width, >, 16);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (row));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, >, gtk_widget_get_width (row) - 12);
  g_assert_cmpfloat (bounds.origin.y, >, 0);

  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (row)));
}

/* Whether @row holds its labels (made when it first comes near the
 * screen). */
static gboolean
has_labels (GtkWidget *row)
{
  return pursuit_test_count_type (row, GTK_TYPE_LABEL) > 0;
}

/* The jobs list's rows: how many hold labels, and whether every row on
 * screen does (and any is). */
static guint
rows_with_labels (GtkWidget *list,
                  gboolean  *on_screen_have)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint with = 0, shown = 0;

  *on_screen_have = TRUE;
  for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      graphene_rect_t bounds;

      if (row == NULL || !PURSUIT_IS_JOB_ROW (row))
        continue;
      with += has_labels (row);
      if (gtk_widget_compute_bounds (row, list, &bounds) && bounds.origin.y + bounds.size.height > 0 &&
          bounds.origin.y < gtk_widget_get_height (list))
        {
          shown++;
          *on_screen_have &= has_labels (row);
        }
    }
  *on_screen_have &= shown > 0;
  return with;
}

static gboolean
on_screen_have_labels (gpointer data)
{
  gboolean have;

  rows_with_labels (data, &have);
  return have;
}

/* GTK 4.8's list keeps up to 200 rows for the dozen on screen: a row
 * makes its labels (13 widgets, and as many accessible objects) only when
 * it comes near the screen, scrolled to or not. */
static void
test_labels_made_near_screen (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *list, *scrolled;
  GtkAdjustment *adjustment;
  gboolean have;
  guint before;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *company = g_strdup_printf ("Company %02u", i);

      pursuit_test_add_job (fixture->store, company, "Agent");
    }
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  list = pursuit_test_find_jobs_list (fixture);
  pursuit_test_wait_until (on_screen_have_labels, list, "the rows on screen to hold their labels");
  pursuit_test_wait_for_frame (list);
  before = rows_with_labels (list, &have);
  g_assert_true (have);
  g_assert_cmpuint (pursuit_test_count_type (list, PURSUIT_TYPE_JOB_ROW), ==, 60);
  g_assert_cmpuint (before, <, 30);

  /* Scrolled to the end: the rows there are drawn with their texts. */
  scrolled = gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  pursuit_test_wait_for_frame (list);
  pursuit_test_wait_until (on_screen_have_labels, list, "the rows scrolled to to hold their labels");
  /* The oldest job, last: shown with its texts, and no more rows made
   * than a screen's worth (GTK rebinds rows as it scrolls). */
  g_assert_nonnull (pursuit_test_find_label (list, "Company 00"));
  g_assert_cmpuint (rows_with_labels (list, &have), <, 30);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_WINDOW ("/job-row/measure-lays-out-nothing", test_measure_lays_out_nothing);
  PURSUIT_TEST_ADD_WINDOW ("/job-row/lines-set-height", test_lines_set_height);
  PURSUIT_TEST_ADD_WINDOW ("/job-row/text-scale", test_text_scale_measures_again);
  PURSUIT_TEST_ADD_WINDOW ("/job-row/badge-from-css", test_badge_drawn_from_css);
  PURSUIT_TEST_ADD_WINDOW ("/job-row/labels-made-near-screen", test_labels_made_near_screen);

  return g_test_run ();
}
