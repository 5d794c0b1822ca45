/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-error.h"
#include "pursuit-test-utils.h"

/* The pipeline and the timeline through the store, as the app does it:
 * each change reaches the stages model, the jobs and their live timelines. */

typedef PursuitTestFixture Fixture;

/* Waits for the answer in @result and checks it is a success. */
#define FINISH_OK(finish, store, result)                                  \
  G_STMT_START {                                                         \
    g_autoptr(GError) finish_error = NULL;                               \
    g_assert_true (finish (store, pursuit_test_wait_result (&(result)), &finish_error)); \
    g_assert_no_error (finish_error);                                    \
    g_clear_object (&(result));                                          \
  } G_STMT_END
static void
test_store_stages (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitStage) added = NULL;
  GListModel *stages;
  GAsyncResult *result = NULL;
  guint stage_notified = 0;

  g_clear_object (&fixture->repository);
  store = pursuit_test_open_store (fixture->path);
  stages = pursuit_store_get_stages (store);
  job = g_object_ref (pursuit_test_add_job (store, "Initech", "Analyst"));
  g_signal_connect (job, "notify::stage", G_CALLBACK (pursuit_test_count_notify), &stage_notified);

  /* Renaming the job's own stage gives the job the new stage object. */
  pursuit_store_rename_stage_async (store, pursuit_job_get_stage (job), "Maybe", NULL, pursuit_test_keep_result, &result);
  FINISH_OK (pursuit_store_rename_stage_finish, store, result);
  g_assert_cmpstr (pursuit_stage_get_name (pursuit_test_stage_at (store, 0)), ==, "Maybe");
  g_assert_true (pursuit_job_get_stage (job) == pursuit_test_stage_at (store, 0));
  g_assert_cmpstr (pursuit_stage_get_name (pursuit_job_get_stage (job)), ==, "Maybe");
  g_assert_cmpuint (stage_notified, ==, 1);

  pursuit_store_set_stage_hidden_async (store, pursuit_test_stage_at (store, 2), TRUE, NULL, pursuit_test_keep_result, &result);
  FINISH_OK (pursuit_store_set_stage_hidden_finish, store, result);
  g_assert_true (pursuit_stage_get_hidden (pursuit_test_stage_at (store, 2)));

  pursuit_store_move_stage_async (store, pursuit_test_stage_at (store, 8), 0, NULL, pursuit_test_keep_result, &result);
  FINISH_OK (pursuit_store_move_stage_finish, store, result);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_test_stage_at (store, 0)), ==, 9);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_test_stage_at (store, 1)), ==, 1);
  g_assert_true (pursuit_job_get_stage (job) == pursuit_test_stage_at (store, 1));

  pursuit_store_add_stage_async (store, PURSUIT_STAGE_KIND_OFFER, "Verbal Offer", NULL, pursuit_test_keep_result, &result);
  added = pursuit_store_add_stage_finish (store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, 10);
  g_assert_true (added == pursuit_test_stage_at (store, 9));
  g_assert_cmpstr (pursuit_stage_get_name (added), ==, "Verbal Offer");

  /* A refusal reaches the caller and leaves the model alone. */
  pursuit_store_rename_stage_async (store, added, "Offer", NULL, pursuit_test_keep_result, &result);
  g_assert_false (pursuit_store_rename_stage_finish (store, pursuit_test_wait_result (&result), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&result);
  g_assert_cmpstr (pursuit_stage_get_name (pursuit_test_stage_at (store, 9)), ==, "Verbal Offer");
}

/* The job's timeline as the store's live list holds it once it has
 * @n entries, oldest first. */
static GPtrArray *
wait_for_timeline (PursuitStore *store,
                   PursuitJob   *job,
                   guint         n)
{
  g_autoptr(PursuitJobList) list = pursuit_store_get_job_timeline (store, pursuit_job_get_id (job));
  GPtrArray *changes = g_ptr_array_new_with_free_func (g_object_unref);

  pursuit_test_wait_for_list (list, n, "the timeline to have its entries");

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (changes, g_list_model_get_item (G_LIST_MODEL (list), i));
  return changes;
}

static void
test_store_timeline (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(PursuitStageChange) edited = NULL;
  GAsyncResult *result = NULL;
  guint entered_notified = 0;

  g_clear_object (&fixture->repository);
  store = pursuit_test_open_store (fixture->path);
  job = g_object_ref (pursuit_test_add_job (store, "Initech", "Analyst"));
  g_signal_connect (job, "notify::stage-entered-at", G_CALLBACK (pursuit_test_count_notify), &entered_notified);

  pursuit_store_move_job_async (store, job, pursuit_test_stage_by_id (store, 4), "Phone screen booked",
                                NULL, pursuit_test_keep_result, &result);
  FINISH_OK (pursuit_store_move_job_finish, store, result);
  g_assert_true (pursuit_job_get_stage (job) == pursuit_test_stage_by_id (store, 4));
  g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (job)) == job);

  changes = wait_for_timeline (store, job, 2);
  g_assert_cmpint (pursuit_test_change_at (changes, 1)->stage_id, ==, 4);
  g_assert_cmpstr (pursuit_test_change_at (changes, 1)->note, ==, "Phone screen booked");
  g_assert_cmpint (pursuit_job_get_stage_entered_at (job), ==, pursuit_test_change_at (changes, 1)->entered_at);

  /* Correcting the date moves the job's stage-entered-at with it. The job
   * was added and moved within the same second: date both back, in order. */
  edited = pursuit_stage_change_copy (pursuit_test_change_at (changes, 0));
  edited->entered_at -= 7200;
  pursuit_store_update_stage_change_async (store, edited, NULL, pursuit_test_keep_result, &result);
  FINISH_OK (pursuit_store_update_stage_change_finish, store, result);
  g_clear_pointer (&edited, pursuit_stage_change_free);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (job)), ==, 4);

  edited = pursuit_stage_change_copy (pursuit_test_change_at (changes, 1));
  edited->entered_at -= 3600;
  g_free (edited->note);
  edited->note = g_strdup ("Booked by phone");
  entered_notified = 0;
  pursuit_store_update_stage_change_async (store, edited, NULL, pursuit_test_keep_result, &result);
  FINISH_OK (pursuit_store_update_stage_change_finish, store, result);
  g_assert_cmpint (pursuit_job_get_stage_entered_at (job), ==, edited->entered_at);
  g_assert_cmpuint (entered_notified, ==, 1);

  /* Removing the move puts the job back in its first stage; undo restores. */
  pursuit_store_delete_stage_change_async (store, edited, NULL, pursuit_test_keep_result, &result);
  FINISH_OK (pursuit_store_delete_stage_change_finish, store, result);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (job)), ==, 1);

  pursuit_store_insert_stage_change_async (store, edited, NULL, pursuit_test_keep_result, &result);
  FINISH_OK (pursuit_store_insert_stage_change_finish, store, result);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (job)), ==, 4);
  g_assert_cmpint (pursuit_job_get_stage_entered_at (job), ==, edited->entered_at);

  /* The only entry left cannot go. */
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = wait_for_timeline (store, job, 2);
  pursuit_store_delete_stage_change_async (store, pursuit_test_change_at (changes, 1), NULL, pursuit_test_keep_result, &result);
  FINISH_OK (pursuit_store_delete_stage_change_finish, store, result);
  pursuit_store_delete_stage_change_async (store, pursuit_test_change_at (changes, 0), NULL, pursuit_test_keep_result, &result);
  g_assert_false (pursuit_store_delete_stage_change_finish (store, pursuit_test_wait_result (&result), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_object (&result);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  PURSUIT_TEST_ADD ("/store/stages", test_store_stages);
  PURSUIT_TEST_ADD ("/store/timeline", test_store_timeline);

  return g_test_run ();
}
