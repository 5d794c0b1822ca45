/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "pursuit-insights-view.h"
#include "pursuit-test-widgets.h"

/* The Insights view in the main window: its empty state, the figures once
 * jobs were applied to (written by another program, as pursuit-cli would,
 * and picked up through the store's signals), the charts' summaries and
 * the exports. */

typedef PursuitTestWindowFixture Fixture;

static PursuitInsightsView *
show_insights (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "insights"));
  return PURSUIT_INSIGHTS_VIEW (pursuit_test_get_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_INSIGHTS_VIEW));
}

typedef struct
{
  PursuitInsightsView *view;
  const char *page;
} PageWait;

static gboolean
is_on_page (gpointer data)
{
  PageWait *wait = data;

  return g_strcmp0 (pursuit_insights_view_get_page_name (wait->view), wait->page) == 0;
}

static void
wait_for_page (PursuitInsightsView *view,
               const char          *page)
{
  PageWait wait = { view, page };

  pursuit_test_wait_until (is_on_page, &wait, page);
}

/* Two applications: one answered in 4 days, one with no answer for long.
 * One transaction: the store may look for changes between two statements
 * and show the jobs without their history. */
static void
write_applications (Fixture *fixture)
{
  pursuit_test_sql_exec (fixture->path,
                         "BEGIN;"
                         "INSERT INTO jobs (id, uuid, company, title, stage_id, source, applied_on, created_at,"
                         "                  updated_at) VALUES"
                         "  (1, 'u1', 'Acme', 'Support Agent', 3, 'LinkedIn', '2026-01-05', 1767614400, 1767614400),"
                         "  (2, 'u2', 'Beta', 'Support Agent', 2, 'Indeed', '2026-01-07', 1767787200, 1767787200);"
                         "INSERT INTO stage_history (job_id, stage_id, entered_at) VALUES"
                         "  (1, 2, 1767614400), (1, 3, 1767960000), (2, 2, 1767787200);"
                         "COMMIT;");
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  pursuit_store_check_changes_finish (PURSUIT_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  PursuitInsightsView *view = show_insights (fixture);

  wait_for_page (view, "empty");
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (view), "No Applications Yet"));
  g_assert_cmpuint (pursuit_test_check_icon_buttons (GTK_WIDGET (view)), ==, 2);
}

static void
test_figures (Fixture       *fixture,
              gconstpointer  data)
{
  PursuitInsightsView *view = show_insights (fixture);
  PursuitInsightsChart *funnel = pursuit_insights_view_get_chart (view, "funnel");
  PursuitInsightsChart *weeks = pursuit_insights_view_get_chart (view, "weeks");
  guint computed;

  wait_for_page (view, "empty");
  computed = pursuit_insights_view_get_n_computed (view);

  /* Another program writes; the store notices, the view follows once. */
  write_applications (fixture);
  pursuit_store_check_changes_async (fixture->store, NULL, on_checked, NULL);
  wait_for_page (view, "figures");
  g_assert_cmpuint (pursuit_insights_view_get_n_computed (view), ==, computed + 1);

  g_assert_nonnull (pursuit_test_find_row (GTK_WIDGET (view), "Response Rate"));
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (view), "1 moved on to Screening or further"));
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (view), "50%"));
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (view), "4 days"));
  g_assert_nonnull (pursuit_test_find_row (GTK_WIDGET (view), "LinkedIn"));
  g_assert_nonnull (pursuit_test_find_label_containing (GTK_WIDGET (view), "1 applied · 100% answered"));

  g_assert_cmpstr (pursuit_insights_chart_get_summary (funnel), ==,
                   "Funnel: 2 applied, 1 reached Screening (50%), 0 reached Interviewing (0%), "
                   "0 reached Offer (0%), 0 reached Accepted (0%).");
  g_assert_cmpstr (pursuit_insights_chart_get_summary (weeks), ==,
                   "Applications per week over 1 week: 2 in all, most (2) in the week of 5 Jan 2026.");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (funnel), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       pursuit_insights_chart_get_summary (funnel));
}

static void
test_exports (Fixture       *fixture,
              gconstpointer  data)
{
  PursuitInsightsView *view = show_insights (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv_path = g_build_filename (fixture->dir->path, "figures.csv", NULL);
  g_autofree char *png_path = g_build_filename (fixture->dir->path, "funnel.png", NULL);
  g_autofree char *svg_path = g_build_filename (fixture->dir->path, "weeks.svg", NULL);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autofree char *text = NULL;
  g_autofree char *picture = NULL;
  gsize length;

  write_applications (fixture);
  pursuit_store_check_changes_async (fixture->store, NULL, on_checked, NULL);
  wait_for_page (view, "figures");
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));

  g_assert_true (pursuit_insights_view_export_csv (view, csv, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf" "breakdown,group,jobs,applied,screening,"));
  g_assert_nonnull (strstr (text, "\r\nall,,2,2,1,0,0,0,1,0.5,1,0.5,1,4,4,4\r\n"));
  g_assert_nonnull (strstr (text, "\r\nsource,LinkedIn,1,1,1,"));
  g_assert_nonnull (strstr (text, "\r\nweek,2026-01-05,,2\r\n"));

  g_assert_true (pursuit_insights_view_export_chart (view, "funnel", png, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (png_path, &picture, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (picture, 8, "\x89PNG\r\n\x1a\n", 8);
  g_clear_pointer (&picture, g_free);

  g_assert_true (pursuit_insights_view_export_chart (view, "weeks", svg, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg_path, &picture, NULL, NULL));
  g_assert_nonnull (strstr (picture, "<svg"));
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init_gui (&argc, &argv);

  PURSUIT_TEST_ADD_WINDOW ("/insights-view/empty", test_empty);
  PURSUIT_TEST_ADD_WINDOW ("/insights-view/figures", test_figures);
  PURSUIT_TEST_ADD_WINDOW ("/insights-view/exports", test_exports);

  return g_test_run ();
}
