/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-error.h"
#include "pursuit-test-utils.h"

/* Importing many jobs through the store, as the Import dialog does: one
 * transaction, duplicates left out, stages by kind or as chosen, the model
 * told once, and the Undo that takes them back. */

typedef PursuitTestFixture Fixture;

static PursuitJob *
draft (const char *company,
       const char *title)
{
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_company (job, company);
  pursuit_job_set_title (job, title);
  return job;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static PursuitStoreImport *
import (PursuitStore  *store,
        GPtrArray     *drafts,
        GArray        *kinds,
        gboolean       skip,
        GError       **error)
{
  GAsyncResult *result = NULL;
  PursuitStoreImport *import;

  pursuit_store_import_jobs_async (store, drafts, kinds, skip, NULL, pursuit_test_keep_result, &result);
  import = pursuit_store_import_jobs_finish (store, pursuit_test_wait_result (&result), error);
  g_clear_object (&result);
  return import;
}

static void
add_kind (GArray           *kinds,
          PursuitStageKind  kind)
{
  g_array_append_val (kinds, kind);
}

static void
test_import_all_or_nothing (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (PursuitStageKind));
  g_autoptr(PursuitStoreImport) result = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *bad;
  GListModel *jobs;
  guint changes = 0;

  g_clear_object (&fixture->repository);
  store = pursuit_test_open_store (fixture->path);
  jobs = pursuit_store_get_jobs (store);
  pursuit_test_add_job (store, "Acme Ltd", "Support Agent");
  g_signal_connect (jobs, "items-changed", G_CALLBACK (on_items_changed), &changes);

  g_ptr_array_add (drafts, draft ("Initech", "Analyst"));
  add_kind (kinds, PURSUIT_STAGE_KIND_APPLIED);
  /* The third draft cannot be saved: its lowest pay is above its highest. */
  g_ptr_array_add (drafts, draft ("Globex", "Agent"));
  add_kind (kinds, PURSUIT_STAGE_KIND_WISHLIST);
  bad = draft ("Hooli", "Lead");
  pursuit_job_set_pay_min (bad, 30);
  pursuit_job_set_pay_max (bad, 20);
  pursuit_job_set_pay_currency (bad, "USD");
  g_ptr_array_add (drafts, bad);
  add_kind (kinds, PURSUIT_STAGE_KIND_APPLIED);

  result = import (store, drafts, kinds, TRUE, &error);
  g_assert_null (result);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Job 3 of the import"));
  g_assert_cmpint (pursuit_test_count_rows (fixture->path, "jobs"), ==, 1);
  g_assert_cmpint (pursuit_test_count_rows (fixture->path, "stage_history"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  g_assert_cmpuint (changes, ==, 0);
  g_clear_error (&error);

  /* Without it, both go in, and the model hears of them once. */
  g_ptr_array_remove_index (drafts, 2);
  g_array_remove_index (kinds, 2);
  result = import (store, drafts, kinds, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->jobs->len, ==, 2);
  g_assert_cmpuint (result->skipped->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 3);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (g_ptr_array_index (result->jobs, 0))) ==
                 g_ptr_array_index (result->jobs, 0));
  g_assert_cmpint (pursuit_test_count_rows (fixture->path, "jobs"), ==, 3);
}

static void
test_import_duplicates (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (PursuitStageKind));
  g_autoptr(PursuitStoreImport) result = NULL;
  g_autoptr(PursuitStoreImport) again = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *saved;

  g_clear_object (&fixture->repository);
  store = pursuit_test_open_store (fixture->path);
  saved = pursuit_test_add_job (store, "Acme Ltd.", "Support Agent");

  /* The add-job dialog's rule: case, accents, spacing and punctuation aside. */
  g_ptr_array_add (drafts, draft ("ACME  ltd", "support agent"));
  add_kind (kinds, PURSUIT_STAGE_KIND_APPLIED);
  g_ptr_array_add (drafts, draft ("Initech", "Analyst"));
  add_kind (kinds, PURSUIT_STAGE_KIND_APPLIED);
  g_assert_true (pursuit_store_find_duplicate (store, "ACME  ltd", "support agent", NULL) == saved);

  result = import (store, drafts, kinds, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (result->jobs->len, ==, 1);
  g_assert_cmpuint (result->skipped->len, ==, 1);
  g_assert_cmpuint (g_array_index (result->skipped, guint, 0), ==, 0);
  g_assert_cmpstr (pursuit_job_get_company (g_ptr_array_index (result->jobs, 0)), ==, "Initech");

  /* Asked to keep them, the user gets both again. */
  again = import (store, drafts, kinds, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->jobs->len, ==, 2);
  g_assert_cmpint (pursuit_test_count_rows (fixture->path, "jobs"), ==, 4);
}

static void
test_import_stages_and_undo (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (PursuitStageKind));
  g_autoptr(PursuitStoreImport) result = NULL;
  g_autoptr(GError) error = NULL;
  GAsyncResult *async = NULL;
  PursuitStage *chosen;
  PursuitJob *chosen_draft;
  GListModel *jobs;
  guint changes = 0;

  g_clear_object (&fixture->repository);
  store = pursuit_test_open_store (fixture->path);
  jobs = pursuit_store_get_jobs (store);
  pursuit_test_add_job (store, "Acme Ltd", "Support Agent");

  /* One by its kind, one to the very stage the user picked for its name. */
  g_ptr_array_add (drafts, draft ("Initech", "Analyst"));
  add_kind (kinds, PURSUIT_STAGE_KIND_SCREENING);
  chosen = pursuit_test_stage_at (store, 4);
  chosen_draft = draft ("Globex", "Agent");
  pursuit_job_set_stage (chosen_draft, chosen);
  g_ptr_array_add (drafts, chosen_draft);
  add_kind (kinds, PURSUIT_STAGE_KIND_WISHLIST);

  result = import (store, drafts, kinds, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_stage_get_kind (pursuit_job_get_stage (g_ptr_array_index (result->jobs, 0))), ==,
                   PURSUIT_STAGE_KIND_SCREENING);
  /* The jobs point at the model's own stages. */
  g_assert_true (pursuit_job_get_stage (g_ptr_array_index (result->jobs, 0)) ==
                 pursuit_test_stage_by_id (store, pursuit_stage_get_id (pursuit_job_get_stage (g_ptr_array_index (result->jobs, 0)))));
  g_assert_true (pursuit_job_get_stage (g_ptr_array_index (result->jobs, 1)) == chosen);
  g_assert_cmpint (pursuit_test_count_rows (fixture->path, "stage_history"), ==, 3);

  /* Undo: both go in one transaction, the model loses them at once. */
  g_signal_connect (jobs, "items-changed", G_CALLBACK (on_items_changed), &changes);
  pursuit_store_delete_jobs_async (store, result->jobs, NULL, pursuit_test_keep_result, &async);
  g_assert_true (pursuit_store_delete_jobs_finish (store, pursuit_test_wait_result (&async), &error));
  g_assert_no_error (error);
  g_clear_object (&async);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  g_assert_cmpint (pursuit_test_count_rows (fixture->path, "jobs"), ==, 1);
  g_assert_null (pursuit_store_find_job (store, pursuit_job_get_id (g_ptr_array_index (result->jobs, 0))));
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  PURSUIT_TEST_ADD ("/store/import/all-or-nothing", test_import_all_or_nothing);
  PURSUIT_TEST_ADD ("/store/import/duplicates", test_import_duplicates);
  PURSUIT_TEST_ADD ("/store/import/stages-and-undo", test_import_stages_and_undo);

  return g_test_run ();
}
