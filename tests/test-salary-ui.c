/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-job-page.h"
#include "pursuit-pay-bar.h"
#include "pursuit-salary-section.h"
#include "pursuit-test-widgets.h"

/* The job page's Salary section as a user meets it: the job's title,
 * place and pay typed on the page give a benchmark, a verdict with the
 * source and year, and the bar; choosing another role, or other hours in
 * Preferences, changes what is shown; a title no guide covers says so and
 * opens the choice. */

typedef PursuitTestJobFixture Fixture;

static GtkWidget *
get_page (Fixture *fixture)
{
  return pursuit_test_get_by_type (GTK_WIDGET (fixture->window.window), PURSUIT_TYPE_JOB_PAGE);
}

static GtkWidget *
get_section (Fixture *fixture)
{
  return pursuit_test_get_by_type (get_page (fixture), PURSUIT_TYPE_SALARY_SECTION);
}

typedef struct
{
  GtkWidget *root;
  const char *text;
} Wanted;

static gboolean
shows_text (gpointer data)
{
  Wanted *wanted = data;
  GtkWidget *label = pursuit_test_find_label_containing (wanted->root, wanted->text);

  return label != NULL && gtk_widget_get_mapped (label);
}

static gboolean
row_titled (gpointer data)
{
  Wanted *wanted = data;

  return pursuit_test_find_row (wanted->root, wanted->text) != NULL;
}

/* Until a label under the section shows @text among its words. */
static void
wait_for_words (Fixture    *fixture,
                const char *text)
{
  Wanted wanted = { get_section (fixture), text };
  g_autofree char *what = g_strdup_printf ("the salary section to say “%s”", text);

  pursuit_test_wait_until (shows_text, &wanted, what);
}

/* Until the section's match row is titled @title. */
static void
wait_for_match (Fixture    *fixture,
                const char *title)
{
  Wanted wanted = { get_section (fixture), title };
  g_autofree char *what = g_strdup_printf ("the match “%s”", title);

  pursuit_test_wait_until (row_titled, &wanted, what);
}

static void
flush (Fixture *fixture)
{
  pursuit_view_settle (PURSUIT_VIEW (pursuit_test_get_jobs_view (&fixture->window)));
}

typedef struct
{
  PursuitJob *job;
  PursuitJobField field;
  const char *value;
} Saved;

static gboolean
is_saved (gpointer data)
{
  Saved *saved = data;

  return g_strcmp0 (pursuit_job_get_text (saved->job, saved->field), saved->value) == 0;
}

static void
wait_for_saved (Fixture        *fixture,
                PursuitJobField field,
                const char     *value)
{
  Saved saved = { fixture->job, field, value };
  g_autofree char *what = g_strdup_printf ("“%s” to be saved", value);

  pursuit_test_wait_until (is_saved, &saved, what);
}

/* Types the job a user would add: title and place on the page, the pay
 * pasted as the posting gives it and taken with Enter. */
static void
enter_job (Fixture    *fixture,
           const char *title,
           const char *location,
           const char *pay_line)
{
  GtkWidget *page = get_page (fixture);
  GtkWidget *pay_row;

  pursuit_test_set_row_text (page, "Job Title", title);
  pursuit_test_set_row_text (page, "Location", location);
  flush (fixture);
  wait_for_saved (fixture, PURSUIT_JOB_FIELD_TITLE, title);
  wait_for_saved (fixture, PURSUIT_JOB_FIELD_LOCATION, location);
  if (pay_line == NULL)
    return;

  pay_row = pursuit_test_reach_row (page, "Paste the Pay Line (“$19–22 an hour”)");
  g_assert_nonnull (pay_row);
  pursuit_test_type (pay_row, pay_line);
  if (!pursuit_test_send_keys (pay_row, "Return"))
    g_signal_emit_by_name (pay_row, "entry-activated");
  flush (fixture);
  wait_for_saved (fixture, PURSUIT_JOB_FIELD_PAY_CURRENCY, "USD");
}

static void
test_benchmark_for_typed_job (Fixture      *fixture,
                              gconstpointer data)
{
  GtkWidget *section;
  GtkWidget *page = get_page (fixture);

  enter_job (fixture, "Sr. Customer Support Rep", "Denver, CO", "$21 - $24 an hour");

  /* The pasted line filled the posted pay, as the page shows it. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_test_find_row (page, "Minimum"))), ==, "21");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_test_find_row (page, "Maximum"))), ==, "24");

  section = get_section (fixture);
  wait_for_match (fixture, "Senior Customer Service Specialist · United States");
  g_assert_nonnull (pursuit_test_find_label (section, "Close match"));
  /* The verdict: the pay a year at 40 hours, against a sourced figure. */
  wait_for_words (fixture, "$43.7k–49.9k a year");
  wait_for_words (fixture, "Himalayas, 2025");
  wait_for_words (fixture, "at 40 h/week");
  g_assert_cmpuint (pursuit_pay_bar_get_n_lanes (PURSUIT_PAY_BAR (pursuit_test_get_by_type (section, PURSUIT_TYPE_PAY_BAR))),
                    >, 0);
  g_assert_cmpuint (pursuit_test_check_icon_buttons (section), ==, 0);
}

static void
test_role_chosen (Fixture      *fixture,
                  gconstpointer data)
{
  GtkWidget *section;
  GtkWidget *role_row;
  GListModel *roles;
  guint wanted = G_MAXUINT;

  enter_job (fixture, "Sr. Customer Support Rep", "Denver, CO", NULL);
  wait_for_match (fixture, "Senior Customer Service Specialist · United States");
  section = get_section (fixture);

  role_row = pursuit_test_find_row (section, "_Role");
  g_assert_true (ADW_IS_COMBO_ROW (role_row));
  roles = adw_combo_row_get_model (ADW_COMBO_ROW (role_row));
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (roles), i);

      if (strstr (name, "Call Center") != NULL)
        wanted = i;
    }
  g_assert_cmpuint (wanted, !=, G_MAXUINT);
  adw_combo_row_set_selected (ADW_COMBO_ROW (role_row), wanted);

  /* Saved with the job, and the section follows it. */
  wait_for_saved (fixture, PURSUIT_JOB_FIELD_SALARY_ROLE, "call-center-specialist");
  wait_for_words (fixture, "Chosen by you");
  g_assert_null (pursuit_test_find_row (section, "Senior Customer Service Specialist · United States"));
}

/* The benchmark's choices are filled when they are shown: each is a list
 * GTK makes a row of per role or country, and most jobs are never given
 * one. */
static void
test_choices_filled_when_shown (Fixture      *fixture,
                                gconstpointer data)
{
  GtkWidget *section = get_section (fixture);
  GtkWidget *choose = pursuit_test_find_row (section, "Benchmark Used");
  GtkWidget *role_row = pursuit_test_find_row (section, "_Role");
  GListModel *before, *roles;

  /* Nothing matched "Support Agent": the choice is open, and filled. */
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (choose)));
  before = adw_combo_row_get_model (ADW_COMBO_ROW (role_row));
  g_assert_nonnull (before);

  /* Folded, it is not filled for the job's new title... */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (choose), FALSE);
  enter_job (fixture, "Sr. Customer Support Rep", "Denver, CO", NULL);
  wait_for_match (fixture, "Senior Customer Service Specialist · United States");
  g_assert_true (adw_combo_row_get_model (ADW_COMBO_ROW (role_row)) == before);

  /* ...until it is opened, with what was matched. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (choose), TRUE);
  roles = adw_combo_row_get_model (ADW_COMBO_ROW (role_row));
  g_assert_true (roles != before);
  g_assert_true (g_str_has_prefix (gtk_string_list_get_string (GTK_STRING_LIST (roles), 0), "As Matched ("));
  g_assert_cmpuint (g_list_model_get_n_items (roles), >, 1);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (role_row)), ==, 0);
}

static void
test_hours_per_week (Fixture      *fixture,
                     gconstpointer data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  enter_job (fixture, "Customer Service Representative", "Austin, TX", "$21 an hour");
  wait_for_words (fixture, "$43,680");

  /* Part-time hours from Preferences: the year is worked out again. */
  g_settings_set_double (settings, "hours-per-week", 30);
  wait_for_words (fixture, "$32,760");
  wait_for_words (fixture, "at 30 h/week");
  g_settings_reset (settings, "hours-per-week");
}

static void
test_no_match (Fixture      *fixture,
               gconstpointer data)
{
  GtkWidget *section;
  GtkWidget *choose;

  enter_job (fixture, "Field Service Engineer", "Denver, CO", NULL);
  wait_for_match (fixture, "No benchmark for this title");
  section = get_section (fixture);
  choose = pursuit_test_find_row (section, "Benchmark Used");
  g_assert_true (ADW_IS_EXPANDER_ROW (choose));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (choose)));
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 77;

  PURSUIT_TEST_ADD_JOB ("/salary-ui/benchmark-for-typed-job", test_benchmark_for_typed_job);
  PURSUIT_TEST_ADD_JOB ("/salary-ui/role-chosen", test_role_chosen);
  PURSUIT_TEST_ADD_JOB ("/salary-ui/choices-filled-when-shown", test_choices_filled_when_shown);
  PURSUIT_TEST_ADD_JOB ("/salary-ui/hours-per-week", test_hours_per_week);
  PURSUIT_TEST_ADD_JOB ("/salary-ui/no-match", test_no_match);

  return g_test_run ();
}
