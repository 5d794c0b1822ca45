/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "pursuit-error.h"
#include "pursuit-repository.h"
#include "pursuit-repository-bulk.h"

/* The reads pursuit-cli uses to print only what it shows: the jobs of a
 * list of ids, and a search that refuses text it cannot measure. */

typedef struct
{
  char *folder;
  PursuitRepository *repository;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->folder = g_dir_make_tmp ("pursuit-repository-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->folder, "jobs.db", NULL);
  fixture->repository = pursuit_repository_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *suffixes[] = { "", "-wal", "-shm", ".lock" };

  g_clear_object (&fixture->repository);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (fixture->folder, "/jobs.db", suffixes[i], NULL);

      g_remove (path);
    }
  g_assert_no_errno (g_rmdir (fixture->folder));
  g_free (fixture->folder);
}

/* Adds jobs "Company 1" … "Company n" in one transaction, job i updated at
 * time 1000 + i, so the most recently updated is the last; job 2 is
 * archived. */
static void
add_jobs (Fixture *fixture,
          guint    n)
{
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) stages = pursuit_repository_list_stages (fixture->repository);
  g_autoptr(GError) error = NULL;

  for (guint i = 1; i <= n; i++)
    {
      PursuitJob *job = pursuit_job_new ();
      g_autofree char *company = g_strdup_printf ("Company %u", i);

      pursuit_job_set_company (job, company);
      pursuit_job_set_title (job, "Support Agent");
      pursuit_job_set_posting_text (job, "A long posting");
      pursuit_job_set_stage (job, g_ptr_array_index (stages, 0));
      pursuit_job_set_created_at (job, 1000 + i);
      pursuit_job_set_updated_at (job, 1000 + i);
      pursuit_job_set_archived (job, i == 2);
      g_ptr_array_add (jobs, job);
    }

  pursuit_repository_import_jobs (fixture->repository, jobs, NULL, 5000, &error);
  g_assert_no_error (error);
}

static GArray *
ids_of (const gint64 *values,
        guint         n)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_array_append_vals (ids, values, n);
  return ids;
}

/* The read of every listed column, or, with @brief, of those a table of
 * jobs prints. */
static GPtrArray *
find_jobs (Fixture       *fixture,
           gconstpointer  brief,
           GArray        *ids,
           GError       **error)
{
  if (brief != NULL)
    return pursuit_repository_find_jobs_brief (fixture->repository, ids, error);
  return pursuit_repository_find_jobs (fixture->repository, ids, error);
}

static void
test_find_jobs (Fixture       *fixture,
                gconstpointer  data)
{
  const gint64 wanted[] = { 2, 4, 2, 99, 5, -1 };
  g_autoptr(GArray) ids = ids_of (wanted, G_N_ELEMENTS (wanted));
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;

  add_jobs (fixture, 5);
  pursuit_repository_trash_job (fixture->repository, 5, 6000, &error);
  g_assert_no_error (error);

  jobs = find_jobs (fixture, data, ids, &error);
  g_assert_no_error (error);

  /* Each once, without the unknown and the trashed, the most recently
   * updated first; as lists read them, without the posting. */
  g_assert_cmpuint (jobs->len, ==, 2);
  g_assert_cmpint (pursuit_job_get_id (g_ptr_array_index (jobs, 0)), ==, 4);
  g_assert_cmpstr (pursuit_job_get_company (g_ptr_array_index (jobs, 0)), ==, "Company 4");
  g_assert_cmpint (pursuit_job_get_updated_at (g_ptr_array_index (jobs, 0)), ==, 1004);
  g_assert_cmpstr (pursuit_job_get_title (g_ptr_array_index (jobs, 0)), ==, "Support Agent");
  g_assert_false (pursuit_job_get_archived (g_ptr_array_index (jobs, 0)));
  g_assert_cmpint (pursuit_job_get_id (g_ptr_array_index (jobs, 1)), ==, 2);
  g_assert_true (pursuit_job_get_archived (g_ptr_array_index (jobs, 1)));
  g_assert_cmpstr (pursuit_job_get_company (g_ptr_array_index (jobs, 1)), ==, "Company 2");
  g_assert_false (pursuit_job_get_details_loaded (g_ptr_array_index (jobs, 1)));
  g_assert_cmpstr (pursuit_stage_get_name (pursuit_job_get_stage (g_ptr_array_index (jobs, 1))), ==, "Wishlist");
}

static void
test_find_no_jobs (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;

  add_jobs (fixture, 3);
  jobs = find_jobs (fixture, data, ids, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 0);
}

/* More ids than one query takes: every one is found, whatever the batch. */
static void
test_find_many_jobs (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;

  add_jobs (fixture, 1203);
  /* Every odd job, from the last down: 602 ids. */
  for (gint64 id = 1203; id >= 1; id -= 2)
    g_array_append_val (ids, id);

  jobs = find_jobs (fixture, data, ids, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 602);
  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      g_autofree char *company = g_strdup_printf ("Company %u", 1203 - 2 * i);

      g_assert_cmpint (pursuit_job_get_id (job), ==, 1203 - 2 * i);
      g_assert_cmpstr (pursuit_job_get_company (job), ==, company);
    }
}

/* The table's read of every job gives what the whole read gives for the
 * columns a table prints, in the same order, without the trash. */
static void
test_list_jobs_brief (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) whole = NULL;
  g_autoptr(GPtrArray) brief = NULL;
  g_autoptr(GError) error = NULL;

  add_jobs (fixture, 6);
  pursuit_repository_trash_job (fixture->repository, 3, 6000, &error);
  g_assert_no_error (error);

  whole = pursuit_repository_list_jobs (fixture->repository, &error);
  g_assert_no_error (error);
  brief = pursuit_repository_list_jobs_brief (fixture->repository, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (brief->len, ==, 5);
  g_assert_cmpuint (brief->len, ==, whole->len);
  for (guint i = 0; i < brief->len; i++)
    {
      PursuitJob *a = g_ptr_array_index (whole, i), *b = g_ptr_array_index (brief, i);

      g_assert_cmpint (pursuit_job_get_id (b), ==, pursuit_job_get_id (a));
      g_assert_cmpstr (pursuit_job_get_company (b), ==, pursuit_job_get_company (a));
      g_assert_cmpstr (pursuit_job_get_title (b), ==, pursuit_job_get_title (a));
      g_assert_true (pursuit_job_get_stage (b) == pursuit_job_get_stage (a));
      g_assert_cmpint (pursuit_job_get_updated_at (b), ==, pursuit_job_get_updated_at (a));
      g_assert_cmpint (pursuit_job_get_archived (b), ==, pursuit_job_get_archived (a));
      g_assert_false (pursuit_job_get_details_loaded (b));
    }
  g_assert_cmpint (pursuit_job_get_id (g_ptr_array_index (brief, 0)), ==, 6);
}

/* "ab" and the first byte of a four-byte character: measuring the last
 * word read past the end of the text. */
static void
test_search_invalid_utf8 (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *query = g_strdup ("ab\xf0");
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  add_jobs (fixture, 2);
  ids = pursuit_repository_search_jobs (fixture->repository, query, &error);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_null (ids);

  g_clear_error (&error);
  ids = pursuit_repository_search_jobs (fixture->repository, "compan", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/repository/find-jobs/some", Fixture, NULL, fixture_set_up, test_find_jobs, fixture_tear_down);
  g_test_add ("/repository/find-jobs/none", Fixture, NULL, fixture_set_up, test_find_no_jobs, fixture_tear_down);
  g_test_add ("/repository/list-jobs-brief", Fixture, NULL, fixture_set_up, test_list_jobs_brief,
              fixture_tear_down);
  g_test_add ("/repository/find-jobs-brief/some", Fixture, "brief", fixture_set_up, test_find_jobs,
              fixture_tear_down);
  g_test_add ("/repository/find-jobs-brief/none", Fixture, "brief", fixture_set_up, test_find_no_jobs,
              fixture_tear_down);
  g_test_add ("/repository/find-jobs-brief/many", Fixture, "brief", fixture_set_up, test_find_many_jobs,
              fixture_tear_down);
  g_test_add ("/repository/find-jobs/many", Fixture, NULL, fixture_set_up, test_find_many_jobs,
              fixture_tear_down);
  g_test_add ("/repository/search/invalid-utf8", Fixture, NULL, fixture_set_up, test_search_invalid_utf8,
              fixture_tear_down);

  return g_test_run ();
}
