/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-error.h"
#include "pursuit-test-utils.h"

/* Full-text search (SQLite FTS5): the index follows every change, and a
 * query finds jobs by any word of theirs, as typed. */

static void
test_job_ids_contain (void)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  const gint64 values[] = { 2, 3, 5, 8, 13, 21, G_MAXINT64 };

  g_assert_false (pursuit_job_ids_contain (ids, 1));

  g_array_append_vals (ids, values, G_N_ELEMENTS (values));
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_assert_true (pursuit_job_ids_contain (ids, values[i]));
  g_assert_false (pursuit_job_ids_contain (ids, 1));
  g_assert_false (pursuit_job_ids_contain (ids, 4));
  g_assert_false (pursuit_job_ids_contain (ids, 14));
  g_assert_false (pursuit_job_ids_contain (ids, G_MAXINT64 - 1));
  g_assert_false (pursuit_job_ids_contain (ids, -1));
}

/* The full-text index follows every insert, update and delete. */
static void
test_follows_changes (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitJob) job = pursuit_test_make_job (repository, "Umbrella Corporation", "Support Agent", "applied");
  g_autoptr(PursuitJob) other = pursuit_test_make_job (repository, "Initech", "Team Lead", "applied");
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_job_set_posting_text (job, "Answer customers by phone and chat; Zendesk experience welcome.");
  pursuit_job_set_location (job, "Zürich");
  g_assert_true (pursuit_repository_insert_job (repository, job, 100, &error));
  g_assert_true (pursuit_repository_insert_job (repository, other, 100, &error));
  g_assert_no_error (error);
  id = pursuit_job_get_id (job);

  g_assert_true (pursuit_test_search_finds (repository, "umbrella", id));
  g_assert_true (pursuit_test_search_finds (repository, "zend", id));            /* prefix, as typed */
  g_assert_true (pursuit_test_search_finds (repository, "zurich", id));          /* diacritics folded */
  g_assert_true (pursuit_test_search_finds (repository, "support chat", id));    /* every word */
  g_assert_false (pursuit_test_search_finds (repository, "support initech", id));
  g_assert_false (pursuit_test_search_finds (repository, "\"unbalanced", id));   /* no FTS syntax error */

  pursuit_job_set_title (job, "Customer Success Manager");
  pursuit_job_set_notes (job, "Met Priya at the career fair");
  g_assert_true (pursuit_repository_update_job (repository, job, PURSUIT_JOB_ALL_FIELDS, 200, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_test_search_finds (repository, "agent", id));
  g_assert_true (pursuit_test_search_finds (repository, "success", id));
  g_assert_true (pursuit_test_search_finds (repository, "priya", id));

  /* A job read for the list has no long texts; saving it keeps them, in
   * the job and in the index, and a new company replaces the old one. */
  {
    g_autoptr(GPtrArray) listed = pursuit_repository_list_jobs (repository, &error);
    g_autoptr(PursuitJob) found = NULL;
    PursuitJob *from_list = NULL;

    g_assert_no_error (error);
    for (guint i = 0; i < listed->len; i++)
      if (pursuit_job_get_id (g_ptr_array_index (listed, i)) == id)
        from_list = g_ptr_array_index (listed, i);
    g_assert_nonnull (from_list);
    g_assert_cmpstr (pursuit_job_get_posting_text (from_list), ==, "");

    pursuit_job_set_company (from_list, "Umbrella Holdings");
    g_assert_true (pursuit_repository_update_job (repository, from_list, PURSUIT_JOB_ALL_FIELDS, 300, &error));
    g_assert_no_error (error);
    g_assert_true (pursuit_test_search_finds (repository, "holdings", id));
    g_assert_true (pursuit_test_search_finds (repository, "zendesk", id));
    g_assert_true (pursuit_test_search_finds (repository, "priya", id));

    found = pursuit_repository_find_job (repository, "1", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (pursuit_job_get_posting_text (found), ==,
                     "Answer customers by phone and chat; Zendesk experience welcome.");
    g_assert_cmpstr (pursuit_job_get_notes (found), ==, "Met Priya at the career fair");
  }

  /* A job written by other means still gets its texts row and an entry. */
  pursuit_test_sql_exec (path,
            "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at) "
            "VALUES ('0b0b6b1e-5a5e-4c1e-9a8e-00000000000f', 'Globex', 'Agent', 2, 1, 1)");
  g_assert_true (pursuit_test_search_finds (repository, "globex", 3));
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count(*) FROM job_texts WHERE job_id = 3"), ==, 1);

  g_assert_true (pursuit_repository_delete_job (repository, id, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_test_search_finds (repository, "umbrella", id));
  g_assert_false (pursuit_test_search_finds (repository, "zendesk", id));
  g_assert_true (pursuit_test_search_finds (repository, "initech", pursuit_job_get_id (other)));
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count(*) FROM job_texts"), ==, 2);

  /* Emptying the trash takes the entries with the jobs. */
  g_assert_true (pursuit_repository_trash_job (repository, pursuit_job_get_id (other), 400, &error));
  g_assert_true (pursuit_repository_purge_trash (repository, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_test_search_finds (repository, "initech", pursuit_job_get_id (other)));

  /* The index agrees with the jobs it was built from, word for word. */
  pursuit_test_sql_exec (path, "INSERT INTO jobs_fts (jobs_fts) VALUES ('integrity-check')");
}

/* The store searches on its worker, and a search the user has typed past
 * is dropped: its answer is "cancelled", never stale ids. */
static void
test_store_search (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  GMainContext *context = pursuit_test_push_context ();
  g_autoptr(PursuitStore) store = pursuit_test_open_store (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *globex;
  PursuitJob *acme;

  globex = pursuit_test_add_job (store, "Globex", "Support Agent");
  acme = pursuit_test_add_job (store, "Acme Ltd", "Support Engineer");

  pursuit_store_search_jobs_async (store, "supp", NULL, pursuit_test_keep_result, &result);
  ids = pursuit_store_search_jobs_finish (store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, pursuit_job_get_id (globex));
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, pursuit_job_get_id (acme));
  g_clear_pointer (&ids, g_array_unref);
  g_clear_object (&result);

  pursuit_store_search_jobs_async (store, "acme engi", NULL, pursuit_test_keep_result, &result);
  ids = pursuit_store_search_jobs_finish (store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_true (pursuit_job_ids_contain (ids, pursuit_job_get_id (acme)));
  g_clear_pointer (&ids, g_array_unref);
  g_clear_object (&result);

  pursuit_store_search_jobs_async (store, "globex", cancellable, pursuit_test_keep_result, &result);
  g_cancellable_cancel (cancellable);
  ids = pursuit_store_search_jobs_finish (store, pursuit_test_wait_result (&result), &error);
  g_assert_null (ids);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  g_clear_object (&store);
  pursuit_test_pop_context (context);
}

/* For a list of the first few hits: no job from the trash, jobs in play
 * before archived ones, the most recently updated first, and no more than
 * asked for. */
static void
test_ranked (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 job_ids[5];

  /* Acme 0 to 4, updated in that order; 1 archived, 3 in the trash. */
  for (guint i = 0; i < G_N_ELEMENTS (job_ids); i++)
    {
      g_autoptr(PursuitJob) job = pursuit_test_make_job (repository, "Acme Ltd", "Support Agent", "applied");

      pursuit_job_set_archived (job, i == 1);
      g_assert_true (pursuit_repository_insert_job (repository, job, 1000 + i, &error));
      g_assert_no_error (error);
      job_ids[i] = pursuit_job_get_id (job);
    }
  g_assert_true (pursuit_repository_trash_job (repository, job_ids[3], 2000, &error));
  g_assert_no_error (error);

  ids = pursuit_repository_search_jobs_ranked (repository, "acme", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 4);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, job_ids[4]);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, job_ids[2]);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, job_ids[0]);
  g_assert_cmpint (g_array_index (ids, gint64, 3), ==, job_ids[1]);
  g_clear_pointer (&ids, g_array_unref);

  ids = pursuit_repository_search_jobs_ranked (repository, "acme support", 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, job_ids[4]);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, job_ids[2]);
  g_clear_pointer (&ids, g_array_unref);

  /* Nothing to search for, and text that is not UTF-8. */
  ids = pursuit_repository_search_jobs_ranked (repository, "a", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);
  g_assert_null (pursuit_repository_search_jobs_ranked (repository, "acme \xff", 10, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/search/job-ids-contain", test_job_ids_contain);
  g_test_add_func ("/search/follows-changes", test_follows_changes);
  g_test_add_func ("/search/store", test_store_search);
  g_test_add_func ("/search/ranked", test_ranked);

  return g_test_run ();
}
