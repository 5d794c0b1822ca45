/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-guide-page.h"
#include "pursuit-guides-view.h"
#include "pursuit-job-row.h"
#include "pursuit-test-widgets.h"

/* Salary where the jobs are listed: each row's pay line and standing,
 * the list sorted by yearly pay and filtered to pay below its benchmark,
 * and a guide's "Compare With My Jobs" list, which opens a job.
 *
 * The figures are the app's own data: the Customer Service Specialist
 * median in the United States is $39,120 a year (Himalayas, 2025). At 40
 * hours a week an hour is 1/2,080 of a year. */

typedef PursuitTestWindowFixture Fixture;

typedef struct
{
  const char *company;
  const char *title;
  double min;
  double max;
  const char *currency;
  PursuitPayPeriod period;
} Listing;

/* In the order they are added, so the newest (last) comes first in the
 * list as it starts, sorted by recent updates. */
static const Listing listings[] = {
  /* 8.5 × 2,080 = 17,680: −55% */
  { "Acme Ltd", "Customer Service Representative", 8, 9, "USD", PURSUIT_PAY_PERIOD_HOUR },
  /* 20.5 × 2,080 = 42,640: +9% */
  { "Globex", "Customer Service Representative", 19, 22, "USD", PURSUIT_PAY_PERIOD_HOUR },
  /* −7.98%: under 95% of the median, so below, though it rounds to −8% */
  { "Initech", "Customer Service Representative", 36000, -1, "USD", PURSUIT_PAY_PERIOD_YEAR },
  /* −0.3%: at the median */
  { "Hooli", "Customer Service Representative", 39000, -1, "USD", PURSUIT_PAY_PERIOD_YEAR },
  /* No guide covers it: pay, and nothing to compare. 62,400 a year. */
  { "Umbrella", "Software Engineer", 30, -1, "USD", PURSUIT_PAY_PERIOD_HOUR },
  /* No pay at all. */
  { "Soylent", "Customer Service Representative", -1, -1, NULL, PURSUIT_PAY_PERIOD_UNKNOWN },
  /* US benchmarks are in dollars: pounds compare with nothing. */
  { "Vandelay", "Customer Service Representative", 30000, -1, "GBP", PURSUIT_PAY_PERIOD_YEAR },
};

static PursuitJob *jobs_added[G_N_ELEMENTS (listings)];

static void
add_listings (Fixture *fixture)
{
  /* The settings are in memory for the whole program: a test before may
   * have changed them. */
  g_settings_reset (pursuit_context_get_settings (fixture->context), "hours-per-week");
  g_settings_reset (pursuit_context_get_settings (fixture->context), "home-country");
  for (guint i = 0; i < G_N_ELEMENTS (listings); i++)
    {
      PursuitJob *job = pursuit_test_add_job (fixture->store, listings[i].company, listings[i].title);
      g_autoptr(PursuitJob) draft = pursuit_job_copy (job);
      g_autoptr(GError) error = NULL;

      pursuit_job_set_location (draft, "Denver, CO");
      pursuit_job_set_pay_min (draft, listings[i].min);
      pursuit_job_set_pay_max (draft, listings[i].max);
      pursuit_job_set_pay_currency (draft, listings[i].currency != NULL ? listings[i].currency : "");
      pursuit_job_set_pay_period (draft, listings[i].period);
      g_assert_true (pursuit_test_store_save (fixture->store, draft, PURSUIT_JOB_ALL_FIELDS, &error));
      g_assert_no_error (error);
      jobs_added[i] = job;
    }
}

typedef struct
{
  Fixture *fixture;
  const char *company;
} RowWanted;

static gboolean
is_row_of (GtkWidget *widget,
           gpointer   data)
{
  const char *company = data;
  GtkWidget *label;

  if (!PURSUIT_IS_JOB_ROW (widget))
    return FALSE;
  label = pursuit_test_find_label (widget, company);
  return label != NULL;
}

/* The pay line of a company's row as shown: "$19–22 an hour · +9% vs
 * median"; the parts hidden are left out. */
static char *
row_pay_line (gpointer data)
{
  RowWanted *wanted = data;
  GtkWidget *row = pursuit_test_find_widget (pursuit_test_find_jobs_list (wanted->fixture), is_row_of, (gpointer) wanted->company);
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *label;

  if (row == NULL)
    return g_strdup ("(no row)");

  /* The pay line is the row's only box of captions with a "·". */
  label = pursuit_test_find_label (row, " · ");
  if (label == NULL)
    return g_strdup ("(no pay line)");
  if (!gtk_widget_get_visible (gtk_widget_get_parent (label)))
    return g_strdup ("");
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_parent (label)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      g_string_append (text, gtk_label_get_text (GTK_LABEL (child)));
  return g_strdup (text->str);
}

static void
wait_for_pay_line (Fixture    *fixture,
                   const char *company,
                   const char *line)
{
  RowWanted wanted = { fixture, company };

  pursuit_test_wait_for_text (row_pay_line, &wanted, line);
}

static gboolean
has_class (GtkWidget  *label,
           const char *style)
{
  return gtk_widget_has_css_class (label, style);
}

static void
assert_description (GtkWidget  *widget,
                    const char *description)
{
  g_autofree char *mismatch = NULL;

  g_assert_nonnull (widget);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                 description);
  g_assert_cmpstr (mismatch, ==, NULL);
}

/* Each row shows the pay as posted and where it stands; the words come
 * from the engine's rating, and the colour from its standing. The hours
 * of a week in Preferences change them at once. */
static void
test_row_pay_line (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *list;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 1000);
  add_listings (fixture);
  pursuit_test_wait_for_jobs_list (fixture, "Vandelay Soylent Umbrella Hooli Initech Globex Acme Ltd");
  list = pursuit_test_find_jobs_list (fixture);

  wait_for_pay_line (fixture, "Globex", "$19–22 an hour · +9% vs median");
  wait_for_pay_line (fixture, "Acme Ltd", "$8–9 an hour · −55% vs median");
  wait_for_pay_line (fixture, "Initech", "$36k a year · −8% vs median");
  wait_for_pay_line (fixture, "Hooli", "$39k a year · at median");
  wait_for_pay_line (fixture, "Umbrella", "$30 an hour");
  wait_for_pay_line (fixture, "Soylent", "");
  wait_for_pay_line (fixture, "Vandelay", "£30k a year");

  /* A screen reader hears the pay and its standing as the row's description. */
  assert_description (pursuit_test_find_widget (list, is_row_of, (gpointer) "Globex"), "$19–22 an hour, +9% vs median");
  assert_description (pursuit_test_find_widget (list, is_row_of, (gpointer) "Umbrella"), "$30 an hour");

  g_assert_true (has_class (pursuit_test_find_label (list, "−55% vs median"), "warning"));
  g_assert_true (has_class (pursuit_test_find_label (list, "+9% vs median"), "success"));
  g_assert_false (has_class (pursuit_test_find_label (list, "at median"), "warning"));
  g_assert_false (has_class (pursuit_test_find_label (list, "at median"), "success"));

  /* 30 hours a week: 20.5 × 1,560 = 31,980, −18%. */
  g_settings_set_double (pursuit_context_get_settings (fixture->context), "hours-per-week", 30);
  wait_for_pay_line (fixture, "Globex", "$19–22 an hour · −18% vs median");
  g_assert_true (has_class (pursuit_test_find_label (list, "−18% vs median"), "warning"));

  /* A change to the job shows in its row. */
  {
    g_autoptr(PursuitJob) draft = pursuit_job_copy (jobs_added[3]);
    g_autoptr(GError) error = NULL;

    pursuit_job_set_pay_min (draft, 50000);
    g_assert_true (pursuit_test_store_save (fixture->store, draft, PURSUIT_JOB_ALL_FIELDS, &error));
    g_assert_no_error (error);
    wait_for_pay_line (fixture, "Hooli", "$50k a year · +28% vs median");
  }
}

/* Highest yearly pay first, whatever the period it was posted in; jobs
 * with no pay last. */
static void
test_sort_by_pay (Fixture       *fixture,
                  gconstpointer  data)
{
  add_listings (fixture);
  pursuit_test_wait_for_jobs_list (fixture, "Vandelay Soylent Umbrella Hooli Initech Globex Acme Ltd");

  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.sort", g_variant_new_string ("pay")));
  pursuit_test_wait_for_jobs_list (fixture, "Umbrella Globex Hooli Initech Vandelay Acme Ltd Soylent");

  /* At 20 hours a week the hourly jobs fall behind the yearly ones. */
  g_settings_set_double (pursuit_context_get_settings (fixture->context), "hours-per-week", 20);
  pursuit_test_wait_for_jobs_list (fixture, "Hooli Initech Umbrella Vandelay Globex Acme Ltd Soylent");
}

/* Below benchmark keeps the jobs whose pay the engine rates below: under
 * 95% of the median (Initech's −7.98% too), not those with no pay, no
 * match or another currency. Showing every job clears it. */
static void
test_below_benchmark_filter (Fixture       *fixture,
                             gconstpointer  data)
{
  add_listings (fixture);
  pursuit_test_wait_for_jobs_list (fixture, "Vandelay Soylent Umbrella Hooli Initech Globex Acme Ltd");

  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.below-benchmark", NULL));
  pursuit_test_wait_for_jobs_list (fixture, "Initech Acme Ltd");
  pursuit_test_wait_for_label (GTK_WIDGET (fixture->window), "5 jobs hidden by filters");

  /* Fewer hours a week: Globex's $19–22 an hour falls below too. */
  g_settings_set_double (pursuit_context_get_settings (fixture->context), "hours-per-week", 30);
  pursuit_test_wait_for_jobs_list (fixture, "Initech Globex Acme Ltd");

  /* A raise takes a job out. */
  {
    g_autoptr(PursuitJob) draft = pursuit_job_copy (jobs_added[0]);
    g_autoptr(GError) error = NULL;

    pursuit_job_set_pay_min (draft, 40);
    pursuit_job_set_pay_max (draft, 45);
    g_assert_true (pursuit_test_store_save (fixture->store, draft, PURSUIT_JOB_ALL_FIELDS, &error));
    g_assert_no_error (error);
  }
  pursuit_test_wait_for_jobs_list (fixture, "Initech Globex");

  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.show-all", NULL));
  pursuit_test_wait_for_count (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (pursuit_test_find_jobs_list (fixture)))),
                               G_N_ELEMENTS (listings), "every job to be listed again");
  {
    gboolean below = TRUE;

    g_object_get (pursuit_test_get_jobs_view (fixture), "below-benchmark", &below, NULL);
    g_assert_false (below);
  }
}

static gboolean
is_compare_button (GtkWidget *widget,
                   gpointer   data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_has_css_class (widget, "salary-compare") &&
         gtk_widget_get_mapped (widget);
}

static gboolean
popover_is_shown (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
is_on_screen (gpointer data)
{
  GtkWidget *widget = data;
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (widget));
  graphene_point_t point;

  return gtk_widget_compute_point (widget, window, &GRAPHENE_POINT_INIT (0, 0), &point) &&
         point.y >= 0 && point.y + gtk_widget_get_height (widget) <= gtk_widget_get_height (window);
}

/* As a user would: scrolls the guide to the button, then opens its
 * popover (one placed off the screen has no monitor). */
static GtkWidget *
open_compare_list (GtkWidget *window)
{
  GtkWidget *button;
  GtkWidget *popover;

  pursuit_test_wait_for_whole_guide (window);
  button = pursuit_test_find_widget (window, is_compare_button, NULL);

  g_assert_nonnull (button);
  pursuit_scroll_to_widget (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (button, GTK_TYPE_SCROLLED_WINDOW)),
                            button);
  pursuit_test_wait_until (is_on_screen, button, "the compare button to be on screen");
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_nonnull (popover);
  pursuit_test_wait_until (popover_is_shown, popover, "the compare list to show");
  return popover;
}

/* The guide's compare list: every tracked job matched to its role, with
 * its pay and standing; a row opens the job in the Jobs view. */
static void
test_guide_compare_list (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *popover;
  GtkWidget *label;
  GtkWidget *row;
  GtkWidget *list;
  AdwViewStack *views;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 900);
  add_listings (fixture);
  pursuit_test_wait_for_jobs_list (fixture, "Vandelay Soylent Umbrella Hooli Initech Globex Acme Ltd");

  g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", "guides"));
  pursuit_test_wait_for_frame (window);
  g_assert_true (gtk_widget_activate_action (pursuit_test_get_by_type (window, PURSUIT_TYPE_GUIDES_VIEW),
                                             "guides.open-guide", "s", "customer-service-specialist"));
  pursuit_test_wait_for_frame (window);

  popover = open_compare_list (window);

  g_assert_nonnull (pursuit_test_find_label (popover, "Customer Service Specialist: 6 tracked jobs"));
  list = pursuit_test_get_by_type (popover, GTK_TYPE_LIST_BOX);
  g_assert_cmpuint (pursuit_test_count_type (list, GTK_TYPE_LIST_BOX_ROW), ==, 6);
  g_assert_null (pursuit_test_find_label (popover, "Umbrella"));
  for (guint i = 0; i < G_N_ELEMENTS (listings); i++)
    if (i != 4)
      g_assert_nonnull (pursuit_test_find_label (popover, listings[i].company));
  g_assert_nonnull (pursuit_test_find_label (popover, "$19–22 an hour"));
  g_assert_nonnull (pursuit_test_find_label (popover, "+9% vs median"));
  g_assert_nonnull (pursuit_test_find_label (popover, "−55% vs median"));
  g_assert_nonnull (pursuit_test_find_label (popover, "No pay given"));
  row = pursuit_test_find_by_name (popover, GTK_TYPE_LIST_BOX_ROW,
                                   "Customer Service Representative at Globex, $19–22 an hour, +9% vs median");
  g_assert_nonnull (row);

  /* Initech's row opens Initech in the Jobs view. */
  label = pursuit_test_find_label (popover, "Initech");
  row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
  g_assert_true (gtk_widget_activate (row));
  pursuit_test_wait_for_selected (fixture, jobs_added[2]);
  views = ADW_VIEW_STACK (pursuit_test_get_by_type (window, ADW_TYPE_VIEW_STACK));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (views), ==, "jobs");
  g_assert_false (gtk_widget_get_visible (popover));
}

/* A role no tracked job matches says so. */
static void
test_guide_compare_list_empty (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *popover;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 900);
  g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", "guides"));
  pursuit_test_wait_for_frame (window);
  g_assert_true (gtk_widget_activate_action (pursuit_test_get_by_type (window, PURSUIT_TYPE_GUIDES_VIEW),
                                             "guides.open-guide", "s", "call-center-specialist"));
  pursuit_test_wait_for_frame (window);

  popover = open_compare_list (window);
  g_assert_nonnull (pursuit_test_find_label_containing (popover, "No tracked job is matched to Call Center Specialist"));
  g_assert_null (pursuit_test_find_by_type (popover, GTK_TYPE_LIST_BOX_ROW));
}

/* win.show-job takes a job's id from anywhere. */
static void
test_show_job_action (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);

  add_listings (fixture);
  pursuit_test_wait_for_jobs_list (fixture, "Vandelay Soylent Umbrella Hooli Initech Globex Acme Ltd");
  g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", "guides"));
  g_assert_true (gtk_widget_activate_action (window, "win.show-job", "x", pursuit_job_get_id (jobs_added[1])));
  pursuit_test_wait_for_selected (fixture, jobs_added[1]);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_WINDOW ("/salary-list/row-pay-line", test_row_pay_line);
  PURSUIT_TEST_ADD_WINDOW ("/salary-list/sort-by-pay", test_sort_by_pay);
  PURSUIT_TEST_ADD_WINDOW ("/salary-list/below-benchmark", test_below_benchmark_filter);
  PURSUIT_TEST_ADD_WINDOW ("/salary-list/guide-compare", test_guide_compare_list);
  PURSUIT_TEST_ADD_WINDOW ("/salary-list/guide-compare-empty", test_guide_compare_list_empty);
  PURSUIT_TEST_ADD_WINDOW ("/salary-list/show-job", test_show_job_action);

  return g_test_run ();
}
