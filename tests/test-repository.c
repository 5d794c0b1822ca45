/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "pursuit-error.h"
#include "pursuit-migrations.h"
#include "pursuit-repository-people.h"
#include "pursuit-test-utils.h"
#include "pursuit-validation.h"

/* PursuitRepository: the synchronous face of the database, on a file of
 * its own per test, checked through a connection of the test's own. */

#define VALID_UUID "6ba7b810-9dad-11d1-80b4-00c04fd430c8"

static void
test_repository_open_fresh (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *folder = pursuit_test_dir_file (tmp, "missing");
  g_autofree char *path = g_build_filename (folder, "deeper", "pursuit.db", NULL);
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GListModel) stages = NULL;
  g_autofree char *journal_mode = NULL;

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  repository = pursuit_test_open_repository (path);
  g_assert_cmpstr (pursuit_repository_get_path (repository), ==, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  stages = pursuit_test_list_stages (repository);
  pursuit_test_assert_default_stages (stages);

  /* A write lands in the write-ahead log first. */
  job = pursuit_test_insert_job (repository, "Acme", "Engineer", 100);
  g_assert_true (g_file_test (wal_path, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA application_id"), ==, PURSUIT_DATABASE_APPLICATION_ID);
  journal_mode = pursuit_test_sql_text (path, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (pursuit_test_count_rows (path, "stages"), ==, 9);
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 1);
  g_assert_cmpint (pursuit_test_count_rows (path, "stage_history"), ==, 1);

  /* foreign_keys is per connection, so look at what it does: the history
   * only goes with the job when the repository's connection enforces it. */
  g_assert_true (pursuit_repository_delete_job (repository, pursuit_job_get_id (job), NULL));
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 0);
  g_assert_cmpint (pursuit_test_count_rows (path, "stage_history"), ==, 0);

  /* Opening it again changes nothing and needs no backup. */
  g_clear_object (&repository);
  repository = pursuit_test_open_repository (path);
  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
  g_assert_cmpint (pursuit_test_count_rows (path, "stages"), ==, 9);
  g_assert_cmpuint (pursuit_test_dir_count_suffix (tmp, ".backup"), ==, 0);
}

static void
test_repository_directory (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_no_errno (g_mkdir (path, 0700));

  repository = pursuit_repository_open (path, &error);
  g_assert_null (repository);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "not a file"));

  /* Left as it was: still an empty folder. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_assert_no_errno (g_rmdir (path));
}

static void
test_repository_parent_not_creatable (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *file = pursuit_test_dir_file (tmp, "file");
  g_autofree char *folder = g_build_filename (file, "sub", NULL);
  g_autofree char *path = g_build_filename (folder, "pursuit.db", NULL);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_test_write_file (file, "an ordinary file", -1);
  before = pursuit_test_read_file (file);

  repository = pursuit_repository_open (path, &error);
  g_assert_null (repository);
  g_assert_nonnull (error);
  g_assert_true (error->domain == PURSUIT_STORE_ERROR);
  g_test_message ("Error: %s", error->message);
  g_assert_nonnull (strstr (error->message, folder));

  pursuit_test_assert_file_unchanged (file, before);
}

static void
test_repository_find_stage (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  PursuitStage *stage;

  stage = pursuit_repository_find_stage (repository, "4");
  g_assert_nonnull (stage);
  g_assert_cmpint (pursuit_stage_get_kind (stage), ==, PURSUIT_STAGE_KIND_INTERVIEWING);

  stage = pursuit_repository_find_stage (repository, "applied");
  g_assert_nonnull (stage);
  g_assert_cmpint (pursuit_stage_get_kind (stage), ==, PURSUIT_STAGE_KIND_APPLIED);

  stage = pursuit_repository_find_stage (repository, "OFFER");
  g_assert_nonnull (stage);
  g_assert_cmpint (pursuit_stage_get_kind (stage), ==, PURSUIT_STAGE_KIND_OFFER);

  g_assert_null (pursuit_repository_find_stage (repository, "10"));
  g_assert_null (pursuit_repository_find_stage (repository, "0"));
  g_assert_null (pursuit_repository_find_stage (repository, "hired"));
}

/* CRUD */

static void
test_repository_insert (void)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE], uuid_b[PURSUIT_JOB_UUID_SIZE];
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitJob) job = pursuit_test_make_job (repository, "Acme", "Engineer", "applied");
  g_autoptr(PursuitJob) other = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  PursuitStageChange *change;

  g_assert_cmpint (pursuit_job_get_id (job), ==, 0);
  g_assert_true (pursuit_repository_insert_job (repository, job, 1700000000, &error));
  g_assert_no_error (error);

  g_assert_cmpint (pursuit_job_get_id (job), >, 0);
  g_assert_true (g_uuid_string_is_valid (pursuit_job_get_uuid (job, uuid_a)));
  g_assert_cmpint (pursuit_job_get_created_at (job), ==, 1700000000);
  g_assert_cmpint (pursuit_job_get_updated_at (job), ==, 1700000000);

  /* The first entry of the timeline is written with the job. */
  changes = pursuit_repository_list_stage_changes (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->job_id, ==, pursuit_job_get_id (job));
  g_assert_cmpint (change->stage_id, ==, pursuit_stage_get_id (pursuit_job_get_stage (job)));
  g_assert_cmpint (change->entered_at, ==, 1700000000);
  g_assert_cmpstr (change->note, ==, "");

  /* Every job gets its own id and UUID. */
  other = pursuit_test_insert_job (repository, "Acme", "Engineer", 1700000000);
  g_assert_cmpint (pursuit_job_get_id (other), !=, pursuit_job_get_id (job));
  g_assert_cmpstr (pursuit_job_get_uuid (other, uuid_a), !=, pursuit_job_get_uuid (job, uuid_b));
  g_assert_true (g_uuid_string_is_valid (pursuit_job_get_uuid (other, uuid_a)));
}

static void
assert_saved_job_equal (PursuitJob *found,
                        PursuitJob *job)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE], uuid_b[PURSUIT_JOB_UUID_SIZE];

  g_assert_cmpint (pursuit_job_get_id (found), ==, pursuit_job_get_id (job));
  g_assert_cmpstr (pursuit_job_get_uuid (found, uuid_a), ==, pursuit_job_get_uuid (job, uuid_b));
  g_assert_cmpstr (pursuit_job_get_company (found), ==, pursuit_job_get_company (job));
  g_assert_cmpstr (pursuit_job_get_title (found), ==, pursuit_job_get_title (job));
  g_assert_cmpstr (pursuit_job_get_location (found), ==, pursuit_job_get_location (job));
  g_assert_cmpstr (pursuit_job_get_url (found), ==, pursuit_job_get_url (job));
  g_assert_cmpstr (pursuit_job_get_notes (found), ==, pursuit_job_get_notes (job));
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (found)), ==,
                   pursuit_stage_get_id (pursuit_job_get_stage (job)));
  g_assert_cmpint (pursuit_job_get_created_at (found), ==, pursuit_job_get_created_at (job));
  g_assert_cmpint (pursuit_job_get_updated_at (found), ==, pursuit_job_get_updated_at (job));
}

static void
test_repository_find (void)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE];
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (repository, "Acme", "Engineer", 500);
  g_autoptr(PursuitJob) by_id = NULL;
  g_autoptr(PursuitJob) by_uuid = NULL;
  g_autoptr(GError) error = NULL;

  by_id = pursuit_test_find_job (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_true (by_id != job);
  assert_saved_job_equal (by_id, job);

  by_uuid = pursuit_repository_find_job (repository, pursuit_job_get_uuid (job, uuid_a), &error);
  g_assert_no_error (error);
  assert_saved_job_equal (by_uuid, job);

  /* Found jobs share the repository's stage objects. */
  g_assert_true (pursuit_job_get_stage (by_id) == pursuit_job_get_stage (by_uuid));
  g_assert_true (pursuit_job_get_stage (by_id) == pursuit_repository_find_stage (repository, "wishlist"));
}

static void
test_repository_not_found (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (repository, "Acme", "Engineer", 500);
  g_autoptr(PursuitJob) missing = pursuit_test_make_job (repository, "Nobody", "Nothing", "applied");
  const char *unknown[] = { "9999", "0", "-1", "", "not a job", "6ba7b811-9dad-11d1-80b4-00c04fd430c8" };

  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PursuitJob) found = pursuit_repository_find_job (repository, unknown[i], &error);

      g_assert_null (found);
      g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
    }

  {
    g_autoptr(GError) error = NULL;

    pursuit_job_set_id (missing, 9999);
    g_assert_false (pursuit_repository_update_job (repository, missing, PURSUIT_JOB_ALL_FIELDS, 600, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);

    g_assert_false (pursuit_repository_trash_job (repository, 9999, 600, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);

    g_assert_false (pursuit_repository_restore_job (repository, 9999, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);

    g_assert_false (pursuit_repository_delete_job (repository, 9999, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  }

  /* The failed update wrote nothing. */
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 1);
  g_assert_cmpint (pursuit_test_count_rows (path, "stage_history"), ==, 1);
}

static void
test_repository_update (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (repository, "Acme", "Engineer", 100);
  g_autoptr(PursuitJob) found = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  PursuitStage *wishlist = pursuit_repository_find_stage (repository, "wishlist");
  PursuitStage *applied = pursuit_repository_find_stage (repository, "applied");
  PursuitStage *interviewing = pursuit_repository_find_stage (repository, "interviewing");
  const struct
  {
    PursuitStage *stage;
    gint64 entered_at;
  } expected[] = {
    { wishlist, 100 },
    { applied, 300 },
    { interviewing, 400 },
  };

  /* Fields but not the stage: no new timeline entry. */
  pursuit_job_set_title (job, "Senior Engineer");
  pursuit_job_set_company (job, "Acme Europe");
  pursuit_job_set_location (job, "Lisbon");
  pursuit_job_set_url (job, "https://example.com/jobs/2");
  pursuit_job_set_notes (job, "Second round booked.");
  g_assert_true (pursuit_repository_update_job (repository, job, PURSUIT_JOB_ALL_FIELDS, 200, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_job_get_updated_at (job), ==, 200);
  g_assert_cmpint (pursuit_job_get_created_at (job), ==, 100);

  found = pursuit_test_find_job (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  assert_saved_job_equal (found, job);
  g_assert_cmpstr (pursuit_job_get_title (found), ==, "Senior Engineer");
  g_assert_cmpint (pursuit_job_get_updated_at (found), ==, 200);
  g_assert_cmpint (pursuit_job_get_created_at (found), ==, 100);
  g_clear_object (&found);

  changes = pursuit_repository_list_stage_changes (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Two stage changes, then a save in the same stage. */
  pursuit_job_set_stage (job, applied);
  g_assert_true (pursuit_repository_update_job (repository, job, PURSUIT_JOB_ALL_FIELDS, 300, &error));
  g_assert_no_error (error);
  pursuit_job_set_stage (job, interviewing);
  g_assert_true (pursuit_repository_update_job (repository, job, PURSUIT_JOB_ALL_FIELDS, 400, &error));
  g_assert_no_error (error);
  pursuit_job_set_notes (job, "Went well.");
  g_assert_true (pursuit_repository_update_job (repository, job, PURSUIT_JOB_ALL_FIELDS, 500, &error));
  g_assert_no_error (error);

  changes = pursuit_repository_list_stage_changes (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      PursuitStageChange *change = g_ptr_array_index (changes, i);

      g_assert_cmpint (change->job_id, ==, pursuit_job_get_id (job));
      g_assert_cmpint (change->stage_id, ==, pursuit_stage_get_id (expected[i].stage));
      g_assert_cmpint (change->entered_at, ==, expected[i].entered_at);
    }

  found = pursuit_test_find_job (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_true (pursuit_job_get_stage (found) == interviewing);
  g_assert_cmpstr (pursuit_job_get_notes (found), ==, "Went well.");
  g_assert_cmpint (pursuit_job_get_updated_at (found), ==, 500);
  g_assert_cmpint (pursuit_job_get_created_at (found), ==, 100);

  /* An update that cannot be saved leaves the row as it was. */
  pursuit_job_set_title (job, "  ");
  g_assert_false (pursuit_repository_update_job (repository, job, PURSUIT_JOB_ALL_FIELDS, 600, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
  g_clear_object (&found);
  found = pursuit_test_find_job (repository, pursuit_job_get_id (job), NULL);
  g_assert_cmpstr (pursuit_job_get_title (found), ==, "Senior Engineer");
  g_assert_cmpint (pursuit_job_get_updated_at (found), ==, 500);
}

static void
test_repository_delete (void)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE];
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (repository, "Acme", "Engineer", 100);
  g_autoptr(PursuitJob) kept = pursuit_test_insert_job (repository, "Initech", "Analyst", 100);
  g_autoptr(PursuitJob) found = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = pursuit_job_get_id (job);
  const char *history_sql = "SELECT count(*) FROM stage_history WHERE job_id = ?";

  pursuit_job_set_stage (job, pursuit_repository_find_stage (repository, "applied"));
  g_assert_true (pursuit_repository_update_job (repository, job, PURSUIT_JOB_ALL_FIELDS, 200, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_test_sql_int_for_id (path, history_sql, id), ==, 2);

  g_assert_true (pursuit_repository_delete_job (repository, id, &error));
  g_assert_no_error (error);

  found = pursuit_test_find_job (repository, id, &error);
  g_assert_null (found);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  found = pursuit_repository_find_job (repository, pursuit_job_get_uuid (job, uuid_a), &error);
  g_assert_null (found);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  changes = pursuit_repository_list_stage_changes (repository, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpint (pursuit_test_sql_int_for_id (path, history_sql, id), ==, 0);

  /* The other job and its timeline are untouched. */
  jobs = pursuit_repository_list_jobs (repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 1);
  g_assert_cmpint (pursuit_job_get_id (g_ptr_array_index (jobs, 0)), ==, pursuit_job_get_id (kept));
  g_assert_cmpint (pursuit_test_count_rows (path, "stage_history"), ==, 1);

  g_assert_false (pursuit_repository_delete_job (repository, id, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_repository_explicit_uuid (void)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE];
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitJob) job = pursuit_test_make_job (repository, "Acme", "Engineer", "applied");
  g_autoptr(PursuitJob) twin = pursuit_test_make_job (repository, "Acme", "Engineer", "applied");
  g_autoptr(PursuitJob) found = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_job_set_uuid (job, VALID_UUID);
  g_assert_true (pursuit_repository_insert_job (repository, job, 100, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_uuid (job, uuid_a), ==, VALID_UUID);

  found = pursuit_repository_find_job (repository, VALID_UUID, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_job_get_id (found), ==, pursuit_job_get_id (job));
  g_assert_cmpstr (pursuit_job_get_uuid (found, uuid_a), ==, VALID_UUID);

  /* A UUID names one job only. */
  pursuit_job_set_uuid (twin, VALID_UUID);
  g_assert_false (pursuit_repository_insert_job (repository, twin, 200, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_cmpint (pursuit_job_get_id (twin), ==, 0);
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 1);
  g_assert_cmpint (pursuit_test_count_rows (path, "stage_history"), ==, 1);
}

static void
test_repository_invalid_uuid (void)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE];
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  const char *invalid[] = {
    "not-a-uuid",
    "6ba7b810-9dad-11d1-80b4-00c04fd430c",    /* one digit short */
    "6ba7b8109dad11d180b400c04fd430c8",       /* no dashes */
    "{6ba7b810-9dad-11d1-80b4-00c04fd430c8}",
    " " VALID_UUID,
  };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(PursuitJob) job = pursuit_test_make_job (repository, "Acme", "Engineer", "applied");
      g_autoptr(GError) error = NULL;

      pursuit_job_set_uuid (job, invalid[i]);
      g_assert_false (pursuit_repository_insert_job (repository, job, 100, &error));
      g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);

      g_assert_cmpint (pursuit_job_get_id (job), ==, 0);
      g_assert_cmpint (pursuit_job_get_created_at (job), ==, 0);
      g_assert_cmpstr (pursuit_job_get_uuid (job, uuid_a), ==, invalid[i]);
    }

  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 0);
  g_assert_cmpint (pursuit_test_count_rows (path, "stage_history"), ==, 0);
}

/* What a file may hold comes back as it is: a uuid in upper case or no
 * uuid at all (another program's, an older export's), beside the canonical
 * one a job keeps as its 16 bytes, and times before 1970 or from 2106 on,
 * which a job keeps apart from the usual ones; through a read, a list, a
 * copy and a save. */
static void
test_repository_kept_as_stored (void)
{
  static const struct
  {
    const char *uuid;
    gint64 created_at, updated_at, entered_at, interview_at;
  } rows[] = {
    { "0190d2a4-7b1c-7e3f-9a2b-3c4d5e6f7a8b", 1700000000, 1700000500, 1700000100, 4000000000 },
    { "6BA7B810-9DAD-11D1-80B4-00C04FD430C8", -86400, G_MAXUINT32, (gint64) G_MAXUINT32 + 1, 32503680000 },
    { "job 42 of an older export, longer than any uuid", -1, 5000000000, G_MININT64, G_MAXUINT32 - 1 },
  };
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[G_N_ELEMENTS (rows)];
  char uuid[PURSUIT_JOB_UUID_SIZE];

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(PursuitJob) job = pursuit_test_insert_job (repository, "Acme", "Agent", 1700000000);
      g_autoptr(PursuitInterview) interview = NULL;
      g_autofree char *sql = NULL;

      ids[i] = pursuit_job_get_id (job);
      interview = pursuit_test_make_interview (ids[i], 4100000000);
      g_assert_true (pursuit_repository_insert_interview (repository, interview, 1700000000, &error));
      g_assert_no_error (error);
      sql = g_strdup_printf ("UPDATE jobs SET uuid = '%s', created_at = %" G_GINT64_FORMAT ", updated_at = %"
                             G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT ";"
                             "UPDATE stage_history SET entered_at = %" G_GINT64_FORMAT " WHERE job_id = %"
                             G_GINT64_FORMAT ";"
                             "UPDATE interviews SET starts_at = %" G_GINT64_FORMAT " WHERE job_id = %"
                             G_GINT64_FORMAT ";",
                             rows[i].uuid, rows[i].created_at, rows[i].updated_at, ids[i],
                             rows[i].entered_at, ids[i], rows[i].interview_at, ids[i]);
      pursuit_test_sql_exec (path, sql);
    }

  listed = pursuit_repository_list_jobs (repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, G_N_ELEMENTS (rows));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(PursuitJob) read = pursuit_test_read_job (repository, ids[i]);
      g_autoptr(PursuitJob) again = NULL;
      PursuitJob *jobs[3] = { read, NULL, NULL };

      for (guint j = 0; j < listed->len; j++)
        {
          if (pursuit_job_get_id (g_ptr_array_index (listed, j)) == ids[i])
            jobs[1] = g_ptr_array_index (listed, j);
        }
      g_assert_nonnull (jobs[1]);
      jobs[2] = pursuit_job_copy (read);
      for (guint j = 0; j < G_N_ELEMENTS (jobs); j++)
        {
          g_assert_cmpstr (pursuit_job_get_uuid (jobs[j], uuid), ==, rows[i].uuid);
          g_assert_cmpint (pursuit_job_get_created_at (jobs[j]), ==, rows[i].created_at);
          g_assert_cmpint (pursuit_job_get_updated_at (jobs[j]), ==, rows[i].updated_at);
          g_assert_cmpint (pursuit_job_get_stage_entered_at (jobs[j]), ==, rows[i].entered_at);
          g_assert_cmpint (pursuit_job_get_next_interview_at (jobs[j]), ==, rows[i].interview_at);
        }
      g_assert_cmpuint (pursuit_job_diff (jobs[2], read), ==, 0);

      /* Saved with a change, and read again: the same uuid and times but the last change. */
      pursuit_job_set_title (jobs[2], "Team Lead");
      g_assert_true (pursuit_repository_update_job (repository, jobs[2], PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_TITLE),
                                                    1800000000, &error));
      g_assert_no_error (error);
      g_object_unref (jobs[2]);
      again = pursuit_test_read_job (repository, ids[i]);
      g_assert_cmpstr (pursuit_job_get_title (again), ==, "Team Lead");
      g_assert_cmpstr (pursuit_job_get_uuid (again, uuid), ==, rows[i].uuid);
      g_assert_cmpint (pursuit_job_get_created_at (again), ==, rows[i].created_at);
      g_assert_cmpint (pursuit_job_get_updated_at (again), ==, 1800000000);
      g_assert_cmpint (pursuit_job_get_stage_entered_at (again), ==, rows[i].entered_at);
      g_assert_cmpint (pursuit_job_get_next_interview_at (again), ==, rows[i].interview_at);
    }
}

/* An id from 2^32 on (another program's rows, an old file's) is saved
 * and read back whole, though a job keeps four bytes of it. */
static void
test_repository_wide_id (void)
{
  const gint64 wide = (gint64) G_MAXUINT32 + 5;
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) read = NULL;
  g_autoptr(PursuitJob) again = NULL;
  g_autoptr(PursuitJob) copy = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;

  /* SQLite gives a new row the id after the highest. */
  sql = g_strdup_printf ("INSERT INTO jobs (id, uuid, company, title, stage_id, created_at, updated_at)"
                         " VALUES (%" G_GINT64_FORMAT ", 'placeholder', 'A', 'B', 1, 1, 1)", wide - 1);
  pursuit_test_sql_exec (path, sql);
  job = pursuit_test_insert_job (repository, "Acme", "Agent", 1700000000);
  g_assert_cmpint (pursuit_job_get_id (job), ==, wide);
  pursuit_test_sql_exec (path, "DELETE FROM jobs WHERE uuid = 'placeholder'");

  read = pursuit_test_read_job (repository, wide);
  g_assert_cmpint (pursuit_job_get_id (read), ==, wide);
  copy = pursuit_job_copy (read);
  g_assert_cmpint (pursuit_job_get_id (copy), ==, wide);
  listed = pursuit_repository_list_jobs (repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpint (pursuit_job_get_id (g_ptr_array_index (listed, 0)), ==, wide);

  /* Saved with a change, and read again. */
  pursuit_job_set_title (copy, "Team Lead");
  g_assert_true (pursuit_repository_update_job (repository, copy, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_TITLE),
                                                1800000000, &error));
  g_assert_no_error (error);
  again = pursuit_test_read_job (repository, wide);
  g_assert_cmpint (pursuit_job_get_id (again), ==, wide);
  g_assert_cmpstr (pursuit_job_get_title (again), ==, "Team Lead");
}

static void
test_repository_invalid_job (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitJob) blank = pursuit_test_make_job (repository, " ", "Engineer", "applied");
  g_autoptr(PursuitJob) no_stage = pursuit_test_make_job (NULL, "Acme", "Engineer", NULL);
  g_autoptr(PursuitJob) bad_text = pursuit_test_make_job (repository, "Acme", "Engineer", "applied");
  g_autoptr(PursuitStage) stranger = pursuit_stage_new (77, PURSUIT_STAGE_KIND_OFFER, NULL, 9, FALSE);
  g_autoptr(PursuitJob) foreign_stage = pursuit_test_make_job (NULL, "Acme", "Engineer", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (pursuit_repository_insert_job (repository, blank, 100, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_false (pursuit_repository_insert_job (repository, no_stage, 100, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
  g_clear_error (&error);

  pursuit_job_set_notes (bad_text, "\xff\xfe");
  g_assert_false (pursuit_repository_insert_job (repository, bad_text, 100, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_BAD_TEXT);
  g_clear_error (&error);

  /* A stage the database does not hold. */
  pursuit_job_set_stage (foreign_stage, stranger);
  g_assert_false (pursuit_repository_insert_job (repository, foreign_stage, 100, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);

  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 0);
  g_assert_cmpint (pursuit_test_count_rows (path, "stage_history"), ==, 0);
}

static void
assert_job_order (PursuitRepository *repository,
                  PursuitJob        *first,
                  ...)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *expected = first;
  va_list args;
  guint i = 0;

  jobs = pursuit_repository_list_jobs (repository, &error);
  g_assert_no_error (error);

  va_start (args, first);
  for (; expected != NULL; expected = va_arg (args, PursuitJob *), i++)
    {
      g_assert_cmpuint (i, <, jobs->len);
      g_assert_cmpint (pursuit_job_get_id (g_ptr_array_index (jobs, i)), ==,
                       pursuit_job_get_id (expected));
    }
  va_end (args);

  g_assert_cmpuint (jobs->len, ==, i);
}

static void
test_repository_order (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitJob) newest = pursuit_test_insert_job (repository, "Acme", "Newest", 300);
  g_autoptr(PursuitJob) oldest = pursuit_test_insert_job (repository, "Initech", "Oldest", 100);
  g_autoptr(PursuitJob) tied = pursuit_test_insert_job (repository, "Globex", "Tied", 300);

  g_assert_cmpint (pursuit_job_get_id (newest), <, pursuit_job_get_id (oldest));
  g_assert_cmpint (pursuit_job_get_id (oldest), <, pursuit_job_get_id (tied));

  /* Most recently updated first; between equal times, the higher id. */
  assert_job_order (repository, tied, newest, oldest, NULL);

  /* An update brings a job to the top. */
  g_assert_true (pursuit_repository_update_job (repository, oldest, PURSUIT_JOB_ALL_FIELDS, 400, NULL));
  assert_job_order (repository, oldest, tied, newest, NULL);
}

static void
test_repository_trash (void)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE];
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitJob) kept = pursuit_test_insert_job (repository, "Acme", "Kept", 100);
  g_autoptr(PursuitJob) restored = pursuit_test_insert_job (repository, "Initech", "Restored", 200);
  g_autoptr(PursuitJob) purged = pursuit_test_insert_job (repository, "Globex", "Purged", 300);
  g_autoptr(PursuitJob) found = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_repository_trash_job (repository, pursuit_job_get_id (restored), 1000, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_trash_job (repository, pursuit_job_get_id (purged), 1000, &error));
  g_assert_no_error (error);

  assert_job_order (repository, kept, NULL);

  found = pursuit_test_find_job (repository, pursuit_job_get_id (purged), &error);
  g_assert_null (found);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  found = pursuit_repository_find_job (repository, pursuit_job_get_uuid (restored, uuid_a), &error);
  g_assert_null (found);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Trashing twice finds nothing to trash. */
  g_assert_false (pursuit_repository_trash_job (repository, pursuit_job_get_id (purged), 1001, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Still in the file until purged. */
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 3);

  g_assert_true (pursuit_repository_restore_job (repository, pursuit_job_get_id (restored), &error));
  g_assert_no_error (error);
  assert_job_order (repository, restored, kept, NULL);
  found = pursuit_test_find_job (repository, pursuit_job_get_id (restored), &error);
  g_assert_no_error (error);
  assert_saved_job_equal (found, restored);
  g_clear_object (&found);

  /* Only a trashed job can be restored. */
  g_assert_false (pursuit_repository_restore_job (repository, pursuit_job_get_id (kept), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (pursuit_repository_purge_trash (repository, &error));
  g_assert_no_error (error);
  assert_job_order (repository, restored, kept, NULL);
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 2);
  g_assert_cmpint (pursuit_test_count_rows (path, "stage_history"), ==, 2);

  g_assert_false (pursuit_repository_restore_job (repository, pursuit_job_get_id (purged), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Purging an empty trash is fine. */
  g_assert_true (pursuit_repository_purge_trash (repository, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 2);
}

static void
test_repository_huge_text (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitJob) job = pursuit_test_make_job (repository, "Acme", "Engineer", "applied");
  g_autoptr(PursuitJob) found = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  guint line = 0;

  /* Mixed one- to four-byte characters, each line different: far more
   * than anyone types, still under the 1 MB limit. */
  while (notes->len < 1000 * 1000)
    g_string_append_printf (notes, "%u: Ünïcödé notes — 日本語のメモ ✓ 📎\n", line++);
  g_assert_true (g_utf8_validate (notes->str, notes->len, NULL));

  /* A runaway paste of 5 MB is refused with a message, and nothing is written. */
  {
    g_autoptr(GString) runaway = g_string_new (notes->str);

    while (runaway->len < 5 * 1024 * 1024)
      g_string_append (runaway, notes->str);
    pursuit_job_set_notes (job, runaway->str);
    g_assert_false (pursuit_repository_insert_job (repository, job, 100, &error));
    g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_TOO_LONG);
    g_assert_nonnull (strstr (error->message, "1048576"));
    g_clear_error (&error);
    g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 0);
  }

  pursuit_job_set_notes (job, notes->str);
  g_assert_true (pursuit_repository_insert_job (repository, job, 100, &error));
  g_assert_no_error (error);

  found = pursuit_test_find_job (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (pursuit_job_get_notes (found)), ==, notes->len);
  g_assert_true (strcmp (pursuit_job_get_notes (found), notes->str) == 0);

  /* Lists leave long texts out, and saving a listed job keeps them. */
  jobs = pursuit_repository_list_jobs (repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 1);
  g_assert_false (pursuit_job_get_details_loaded (g_ptr_array_index (jobs, 0)));
  g_assert_cmpstr (pursuit_job_get_notes (g_ptr_array_index (jobs, 0)), ==, "");
  {
    g_autoptr(PursuitJob) listed_copy = pursuit_job_copy (g_ptr_array_index (jobs, 0));
    g_autoptr(PursuitJob) reread = NULL;

    g_assert_false (pursuit_job_get_details_loaded (listed_copy));
    pursuit_job_set_title (listed_copy, "Senior Engineer");
    g_assert_true (pursuit_repository_update_job (repository, listed_copy, PURSUIT_JOB_ALL_FIELDS, 200, &error));
    g_assert_no_error (error);
    reread = pursuit_test_find_job (repository, pursuit_job_get_id (job), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (pursuit_job_get_title (reread), ==, "Senior Engineer");
    g_assert_true (strcmp (pursuit_job_get_notes (reread), notes->str) == 0);
  }
}

static void
collect_first_part (GPtrArray *jobs,
                    gpointer   user_data)
{
  GPtrArray **first = user_data;

  g_assert_null (*first);
  *first = g_ptr_array_ref (jobs);
}

static void
assert_recent_first (GPtrArray *jobs,
                     guint      newest)
{
  for (guint i = 0; i < jobs->len; i++)
    g_assert_cmpint (pursuit_job_get_updated_at (g_ptr_array_index (jobs, i)), ==, 1000 + newest - i);
}

/* The first part is the most recently updated jobs, the rest all the others. */
static void
test_repository_list_in_two (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) rest = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_test_fill_jobs (path, 8);
  repository = pursuit_test_open_repository (path);

  rest = pursuit_repository_list_jobs_in_two (repository, 3, collect_first_part, &first, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_cmpuint (first->len, ==, 3);
  assert_recent_first (first, 7);
  g_assert_cmpuint (rest->len, ==, 5);
  assert_recent_first (rest, 4);
  g_clear_pointer (&first, g_ptr_array_unref);
  g_clear_pointer (&rest, g_ptr_array_unref);

  /* Trashed jobs are in neither part. */
  g_assert_true (pursuit_repository_trash_job (repository, 8, 2000, &error));
  g_assert_no_error (error);
  rest = pursuit_repository_list_jobs_in_two (repository, 3, collect_first_part, &first, &error);
  g_assert_no_error (error);
  assert_recent_first (first, 6);
  g_assert_cmpuint (rest->len, ==, 4);
  assert_recent_first (rest, 3);
  g_clear_pointer (&first, g_ptr_array_unref);
  g_clear_pointer (&rest, g_ptr_array_unref);

  /* No more jobs than the first part holds: they all come back at once. */
  rest = pursuit_repository_list_jobs_in_two (repository, 7, collect_first_part, &first, &error);
  g_assert_no_error (error);
  g_assert_null (first);
  g_assert_cmpuint (rest->len, ==, 7);
  assert_recent_first (rest, 6);

  /* The read left no transaction open: writing works. */
  g_assert_true (pursuit_repository_restore_job (repository, 8, &error));
  g_assert_no_error (error);
}

static void
test_repository_self_check_results (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitSelfCheckResult) first = pursuit_self_check_result_new ("burnout", 1000, 20, "burnout-low");
  g_autoptr(PursuitSelfCheckResult) second = pursuit_self_check_result_new ("burnout", 2000, 60, "burnout-high");
  g_autoptr(PursuitSelfCheckResult) invalid = pursuit_self_check_result_new ("burnout", 3000, 140, "x");
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  PursuitSelfCheckResult *latest;

  pursuit_self_check_result_add_answer (first, "burnout-tired", 1);
  pursuit_self_check_result_add_answer (first, "burnout-sleep", 0);
  pursuit_self_check_result_add_answer (second, "burnout-tired", 1);
  pursuit_self_check_result_add_answer (second, "burnout-sleep", 1);

  g_assert_true (pursuit_repository_insert_self_check_result (repository, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (first->id, >, 0);
  g_assert_true (pursuit_repository_insert_self_check_result (repository, second, &error));
  g_assert_no_error (error);

  /* A score outside 0 to 100 is refused and nothing is half written. */
  pursuit_self_check_result_add_answer (invalid, "burnout-tired", 1);
  g_assert_false (pursuit_repository_insert_self_check_result (repository, invalid, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (pursuit_test_count_rows (path, "self_check_results"), ==, 2);
  g_assert_cmpint (pursuit_test_count_rows (path, "self_check_answers"), ==, 4);

  results = pursuit_repository_list_self_check_results (repository, "burnout", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 2);
  latest = g_ptr_array_index (results, 0);
  g_assert_cmpint (latest->taken_at, ==, 2000);
  g_assert_cmpfloat (latest->score, ==, 60);
  g_assert_cmpstr (latest->band_id, ==, "burnout-high");
  g_assert_cmpint (pursuit_self_check_result_get_answer (latest, "burnout-sleep", -1), ==, 1);
  g_assert_cmpint (pursuit_self_check_result_get_answer (g_ptr_array_index (results, 1), "burnout-sleep", -1), ==, 0);
  g_assert_cmpint (pursuit_self_check_result_get_answer (latest, "missing", -1), ==, -1);

  g_clear_pointer (&results, g_ptr_array_unref);
  results = pursuit_repository_list_self_check_results (repository, "fit", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/repository/open/fresh", test_repository_open_fresh);
  g_test_add_func ("/repository/open/directory", test_repository_directory);
  g_test_add_func ("/repository/open/parent-not-creatable", test_repository_parent_not_creatable);
  g_test_add_func ("/repository/stages/find", test_repository_find_stage);
  g_test_add_func ("/repository/jobs/insert", test_repository_insert);
  g_test_add_func ("/repository/jobs/find", test_repository_find);
  g_test_add_func ("/repository/jobs/not-found", test_repository_not_found);
  g_test_add_func ("/repository/jobs/update", test_repository_update);
  g_test_add_func ("/repository/jobs/delete", test_repository_delete);
  g_test_add_func ("/repository/jobs/explicit-uuid", test_repository_explicit_uuid);
  g_test_add_func ("/repository/jobs/invalid-uuid", test_repository_invalid_uuid);
  g_test_add_func ("/repository/jobs/kept-as-stored", test_repository_kept_as_stored);
  g_test_add_func ("/repository/jobs/wide-id", test_repository_wide_id);
  g_test_add_func ("/repository/jobs/invalid-job", test_repository_invalid_job);
  g_test_add_func ("/repository/jobs/order", test_repository_order);
  g_test_add_func ("/repository/jobs/trash", test_repository_trash);
  g_test_add_func ("/repository/jobs/huge-text", test_repository_huge_text);
  g_test_add_func ("/repository/jobs/list-in-two", test_repository_list_in_two);
  g_test_add_func ("/repository/self-check-results", test_repository_self_check_results);

  return g_test_run ();
}
