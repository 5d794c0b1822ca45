/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-error.h"
#include "pursuit-import.h"
#include "pursuit-repository-bulk.h"
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

/* A draft that cannot be saved: its lowest pay is above its highest. */
static PursuitJob *
bad_draft (void)
{
  PursuitJob *job = draft ("Hooli", "Lead");

  pursuit_job_set_pay_min (job, 30);
  pursuit_job_set_pay_max (job, 20);
  pursuit_job_set_pay_currency (job, "USD");
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
  GListModel *jobs;
  guint changes = 0;

  g_clear_object (&fixture->repository);
  store = pursuit_test_open_store (fixture->path);
  jobs = pursuit_store_get_jobs (store);
  pursuit_test_add_job (store, "Acme Ltd", "Support Agent");
  g_signal_connect (jobs, "items-changed", G_CALLBACK (on_items_changed), &changes);

  g_ptr_array_add (drafts, draft ("Initech", "Analyst"));
  add_kind (kinds, PURSUIT_STAGE_KIND_APPLIED);
  /* The third draft cannot be saved. */
  g_ptr_array_add (drafts, draft ("Globex", "Agent"));
  add_kind (kinds, PURSUIT_STAGE_KIND_WISHLIST);
  g_ptr_array_add (drafts, bad_draft ());
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

/* A file as Pursuit writes it, every field, quoted every way a
 * spreadsheet does: commas, doubled quotes and line breaks (CRLF and LF)
 * inside quotes, quoted empty cells, a formula guard, edge spaces, a byte
 * order mark. */
static const char every_field_csv[] =
  "\xef\xbb\xbf" "Company,Title,Stage,Stage kind,Location,Workplace,Employment type,Industry,Source,URL,"
  "Applied on,Deadline,Pay min,Pay max,Currency,Pay period,Excitement,Next action,Next action due,"
  "Archived,Notes,Posting text\r\n"
  "\"Acme, \"\"The\"\" Company\",Senior Agent,Phone screen,screening,\"Z\xc3\xbcrich; Gen\xc3\xa8ve\",on-site,"
  "full-time,Retail,'+ referral from Jo,\"https://acme.example/jobs/1?ref=a,b\",2026-03-05,2026-04-30,"
  "\"38,500\",48500.5,CHF,year,4,'@recruiter: send the form,2026-03-12,no,"
  "\"-5 for the commute\r\nSecond line, with \"\"quotes\"\"\r\n\r\n\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\","
  "\"About us\r\n\r\n\xe2\x80\xa2 Help customers\"\r\n"
  "Globex,Night Clerk,,,,,,,,,,,19.5,,USD,hour,,,,yes,,\r\n"
  "\"Initech\",\"  Analyst \",\"Wishlist\",\"\",\"Remote\",remote,\"\",,,\"www.initech.example/jobs/7\","
  ",,,,,,\"0\",,,\"\",\"Line one\nline two\",\"\"\"Quoted\"\" all the way\"\r\n";

/* What the preview shows is what is saved: each job read back from the
 * file has the fields of its draft, value for value, in the stage of the
 * draft's kind; importing the file again adds nothing. */
static void
test_import_saved_as_previewed (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(PursuitImportResult) preview = NULL;
  g_autoptr(GPtrArray) drafts = g_ptr_array_new ();
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (PursuitStageKind));
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GArray) skipped = NULL;
  g_autoptr(GError) error = NULL;

  preview = pursuit_import_map_csv (every_field_csv, sizeof every_field_csv - 1, PURSUIT_IMPORT_PRESET_GUESS,
                                    NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (preview->rows->len, ==, 3);
  g_assert_cmpuint (preview->n_problem_rows, ==, 0);
  for (guint i = 0; i < preview->rows->len; i++)
    {
      PursuitImportRow *row = g_ptr_array_index (preview->rows, i);

      g_assert_true (row->complete);
      g_ptr_array_add (drafts, row->job);
      g_array_append_val (kinds, row->stage_kind);
    }
  /* The quoting was read, not just passed along. */
  g_assert_cmpstr (pursuit_job_get_company (g_ptr_array_index (drafts, 0)), ==, "Acme, \"The\" Company");
  g_assert_cmpstr (pursuit_job_get_notes (g_ptr_array_index (drafts, 2)), ==, "Line one\nline two");
  g_assert_cmpstr (pursuit_job_get_posting_text (g_ptr_array_index (drafts, 2)), ==, "\"Quoted\" all the way");

  added = pursuit_repository_import_drafts (fixture->repository, drafts, kinds, TRUE, NULL, 1760000000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added->len, ==, 3);

  for (guint i = 0; i < added->len; i++)
    {
      PursuitJob *draft_job = g_ptr_array_index (drafts, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (g_ptr_array_index (added, i)));
      g_autoptr(PursuitJob) saved = pursuit_repository_find_job (fixture->repository, id, &error);
      g_autoptr(GPtrArray) timeline = NULL;

      g_assert_no_error (error);
      /* The draft became the job added, in its stage; every field is the same. */
      g_assert_true (g_ptr_array_index (added, i) == draft_job);
      g_assert_cmphex (pursuit_job_diff (saved, draft_job), ==, 0);
      g_assert_cmpint (pursuit_stage_get_kind (pursuit_job_get_stage (saved)), ==,
                       g_array_index (kinds, PursuitStageKind, i));
      g_assert_cmpint (pursuit_job_get_stage_entered_at (saved), ==, 1760000000);
      timeline = pursuit_repository_list_stage_changes (fixture->repository, pursuit_job_get_id (saved), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (timeline->len, ==, 1);
    }
  g_assert_true (pursuit_test_search_finds (fixture->repository, "commute",
                                            pursuit_job_get_id (g_ptr_array_index (added, 0))));

  again = pursuit_repository_import_drafts (fixture->repository, drafts, kinds, TRUE, &skipped, 1760000100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 0);
  g_assert_cmpuint (skipped->len, ==, 3);
  g_assert_cmpint (pursuit_test_count_rows (fixture->path, "jobs"), ==, 3);
}

/* The drafts added are the jobs saved, not copies of them; a failed
 * import leaves every draft as it came, its own stage or none. */
static void
test_import_drafts_adopted (Fixture       *fixture,
                            gconstpointer  data)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE];
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (PursuitStageKind));
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitStage) chosen = NULL;

  chosen = pursuit_stage_new (pursuit_stage_get_id (pursuit_repository_find_stage (fixture->repository, "offer")),
                              PURSUIT_STAGE_KIND_OFFER, NULL, 5, FALSE);
  g_ptr_array_add (drafts, draft ("Initech", "Analyst"));
  add_kind (kinds, PURSUIT_STAGE_KIND_APPLIED);
  g_ptr_array_add (drafts, draft ("Globex", "Agent"));
  pursuit_job_set_stage (g_ptr_array_index (drafts, 1), chosen);
  add_kind (kinds, PURSUIT_STAGE_KIND_WISHLIST);
  g_ptr_array_add (drafts, bad_draft ());
  add_kind (kinds, PURSUIT_STAGE_KIND_APPLIED);

  added = pursuit_repository_import_drafts (fixture->repository, drafts, kinds, TRUE, NULL, 1760000000, &error);
  g_assert_null (added);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (pursuit_job_get_stage (g_ptr_array_index (drafts, 0)));
  g_assert_true (pursuit_job_get_stage (g_ptr_array_index (drafts, 1)) == chosen);
  for (guint i = 0; i < drafts->len; i++)
    {
      g_assert_cmpint (pursuit_job_get_id (g_ptr_array_index (drafts, i)), ==, 0);
      g_assert_cmpstr (pursuit_job_get_uuid (g_ptr_array_index (drafts, i), uuid_a), ==, "");
    }

  g_ptr_array_remove_index (drafts, 2);
  g_array_remove_index (kinds, 2);
  added = pursuit_repository_import_drafts (fixture->repository, drafts, kinds, TRUE, NULL, 1760000000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (added->len, ==, 2);
  for (guint i = 0; i < added->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (added, i);

      g_assert_true (job == g_ptr_array_index (drafts, i));
      g_assert_cmpint (pursuit_job_get_id (job), >, 0);
      g_assert_true (g_uuid_string_is_valid (pursuit_job_get_uuid (job, uuid_a)));
    }
  g_assert_cmpint (pursuit_stage_get_kind (pursuit_job_get_stage (g_ptr_array_index (added, 0))), ==,
                   PURSUIT_STAGE_KIND_APPLIED);
  g_assert_cmpint (pursuit_stage_get_kind (pursuit_job_get_stage (g_ptr_array_index (added, 1))), ==,
                   PURSUIT_STAGE_KIND_OFFER);
  g_assert_cmpint (pursuit_test_count_rows (fixture->path, "jobs"), ==, 2);
}

/* Every job of the model is found by its id, and nothing else is. */
static void
assert_found_by_id (PursuitStore *store,
                    guint         n_jobs)
{
  GListModel *jobs = pursuit_store_get_jobs (store);
  gint64 largest = 0;

  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, n_jobs);
  for (guint i = 0; i < n_jobs; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);

      g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (job)) == job);
      largest = MAX (largest, pursuit_job_get_id (job));
    }
  g_assert_null (pursuit_store_find_job (store, 0));
  g_assert_null (pursuit_store_find_job (store, largest + 1));
}

/* The store finds a job by its id whichever way it came and went: the
 * first read (the model by recent change, not by id), a job added, a batch
 * imported, a job trashed and restored among the others, the import
 * undone. */
static void
test_import_found_by_id (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (PursuitStageKind));
  g_autoptr(PursuitStoreImport) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) middle = NULL;
  GAsyncResult *async = NULL;
  gint64 middle_id;

  g_clear_object (&fixture->repository);
  pursuit_test_fill_jobs (fixture->path, 60);
  pursuit_test_sql_exec (fixture->path, "UPDATE jobs SET updated_at = 5000 + (id * 37) % 61");
  store = pursuit_test_open_store (fixture->path);
  assert_found_by_id (store, 60);

  pursuit_test_add_job (store, "Acme Ltd", "Support Agent");
  assert_found_by_id (store, 61);

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *company = g_strdup_printf ("Imported %u", i);

      g_ptr_array_add (drafts, draft (company, "Analyst"));
      add_kind (kinds, PURSUIT_STAGE_KIND_APPLIED);
    }
  result = import (store, drafts, kinds, TRUE, &error);
  g_assert_no_error (error);
  assert_found_by_id (store, 91);

  middle_id = pursuit_test_sql_int (fixture->path, "SELECT id FROM jobs WHERE company = 'Company 30'");
  middle = g_object_ref (pursuit_store_find_job (store, middle_id));
  pursuit_store_trash_job_async (store, middle, NULL, pursuit_test_keep_result, &async);
  g_assert_true (pursuit_store_trash_job_finish (store, pursuit_test_wait_result (&async), &error));
  g_assert_no_error (error);
  g_clear_object (&async);
  g_assert_null (pursuit_store_find_job (store, middle_id));
  assert_found_by_id (store, 90);
  pursuit_store_restore_job_async (store, middle, NULL, pursuit_test_keep_result, &async);
  g_assert_true (pursuit_store_restore_job_finish (store, pursuit_test_wait_result (&async), &error));
  g_assert_no_error (error);
  g_clear_object (&async);
  g_assert_true (pursuit_store_find_job (store, middle_id) == middle);
  assert_found_by_id (store, 91);

  pursuit_store_delete_jobs_async (store, result->jobs, NULL, pursuit_test_keep_result, &async);
  g_assert_true (pursuit_store_delete_jobs_finish (store, pursuit_test_wait_result (&async), &error));
  g_assert_no_error (error);
  g_clear_object (&async);
  assert_found_by_id (store, 61);
  for (guint i = 0; i < result->jobs->len; i++)
    g_assert_null (pursuit_store_find_job (store, pursuit_job_get_id (g_ptr_array_index (result->jobs, i))));
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  PURSUIT_TEST_ADD ("/store/import/all-or-nothing", test_import_all_or_nothing);
  PURSUIT_TEST_ADD ("/store/import/duplicates", test_import_duplicates);
  PURSUIT_TEST_ADD ("/store/import/stages-and-undo", test_import_stages_and_undo);
  PURSUIT_TEST_ADD ("/store/import/saved-as-previewed", test_import_saved_as_previewed);
  PURSUIT_TEST_ADD ("/store/import/drafts-adopted", test_import_drafts_adopted);
  PURSUIT_TEST_ADD ("/store/import/found-by-id", test_import_found_by_id);

  return g_test_run ();
}
