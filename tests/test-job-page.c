/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-job-page.h"
#include "pursuit-test-widgets.h"

/* Editing a job on its page: what is typed is saved, what is wrong is
 * flagged and never saved. */

typedef PursuitTestJobFixture Fixture;

static GtkWidget *
row (Fixture    *fixture,
     const char *title)
{
  GtkWidget *page = pursuit_test_find_by_type (GTK_WIDGET (fixture->window.window), PURSUIT_TYPE_JOB_PAGE);
  GtkWidget *found = pursuit_test_find_row (page, title);

  if (found == NULL)
    g_error ("No row “%s” on the job page", title);
  return found;
}

static gboolean
is_flagged (Fixture    *fixture,
            const char *title)
{
  return gtk_widget_has_css_class (row (fixture, title), "error");
}

static void
flush (Fixture *fixture)
{
  pursuit_view_settle (PURSUIT_VIEW (pursuit_test_get_jobs_view (&fixture->window)));
}

typedef struct
{
  PursuitJob *job;
  const char *property;
  const char *value;
} SavedWanted;

static gboolean
is_saved (gpointer data)
{
  SavedWanted *wanted = data;
  g_autofree char *value = NULL;

  g_object_get (wanted->job, wanted->property, &value, NULL);
  return g_strcmp0 (value, wanted->value) == 0;
}

/* Until the store's job holds @value: the save has landed. */
static void
wait_for_saved (PursuitJob *job,
                const char *property,
                const char *value)
{
  SavedWanted wanted = { job, property, value };
  g_autofree char *what = g_strdup_printf ("%s “%.40s” to be saved", property, value);

  pursuit_test_wait_until (is_saved, &wanted, what);
}

/* Saving keeps the job selected; wrong values are flagged and never saved;
 * what a restart reads back is what was typed. */
static void
test_edit_saves_and_persists (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(PursuitContext) reopened = NULL;
  g_autoptr(PursuitJob) saved = NULL;
  GListModel *jobs;

  pursuit_test_clear (row (fixture, "Job Title"));
  pursuit_test_type (row (fixture, "Job Title"), "Senior Call Center Agent");
  flush (fixture);
  wait_for_saved (fixture->job, "title", "Senior Call Center Agent");
  g_assert_true (pursuit_test_get_selected_job (&fixture->window) == fixture->job);

  pursuit_test_clear (row (fixture, "Company"));
  pursuit_test_type (row (fixture, "Company"), "   ");
  g_assert_true (is_flagged (fixture, "Company"));
  pursuit_test_type (row (fixture, "Posting URL"), "ftp://example.com/job");
  g_assert_true (is_flagged (fixture, "Posting URL"));
  flush (fixture);
  g_assert_cmpstr (pursuit_job_get_company (fixture->job), ==, "Acme Ltd");
  g_assert_cmpstr (pursuit_job_get_url (fixture->job), ==, "");

  pursuit_test_clear (row (fixture, "Company"));
  pursuit_test_type (row (fixture, "Company"), "Globex Corporation");
  pursuit_test_clear (row (fixture, "Posting URL"));
  pursuit_test_type (row (fixture, "Posting URL"), "https://jobs.example.com/42");
  g_assert_false (is_flagged (fixture, "Company"));
  g_assert_false (is_flagged (fixture, "Posting URL"));
  flush (fixture);
  wait_for_saved (fixture->job, "url", "https://jobs.example.com/42");

  /* What a restart would read back. */
  pursuit_store_close (fixture->window.store);
  reopened = pursuit_test_open_context (fixture->window.path);
  jobs = pursuit_store_get_jobs (pursuit_context_get_store (reopened));
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  saved = g_object_ref (pursuit_store_find_job (pursuit_context_get_store (reopened), pursuit_job_get_id (fixture->job)));
  g_assert_cmpstr (pursuit_job_get_title (saved), ==, "Senior Call Center Agent");
  g_assert_cmpstr (pursuit_job_get_company (saved), ==, "Globex Corporation");
  g_assert_cmpstr (pursuit_job_get_url (saved), ==, "https://jobs.example.com/42");
  pursuit_store_close (pursuit_context_get_store (reopened));
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_JOB ("/job-page/edit-saves-and-persists", test_edit_saves_and_persists);

  return g_test_run ();
}
