/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pursuit-database.h"
#include "pursuit-enums.h"
#include "pursuit-error.h"
#include "pursuit-validation.h"
#include "pursuit-job.h"
#include "pursuit-migrations.h"
#include "pursuit-repository.h"
#include "pursuit-repository-bulk.h"
#include "pursuit-stage-change.h"
#include "pursuit-stage.h"
#include "pursuit-store.h"

#define VALID_UUID "6ba7b810-9dad-11d1-80b4-00c04fd430c8"

/* Temporary folders
 *
 * Each test works in a folder of its own, removed with everything in it when
 * the test's TempDir goes out of scope. Declare it first in a test so that
 * the databases in it are closed before it goes. */

typedef struct
{
  char *path;
} TempDir;

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_assert_no_errno (g_remove (path));
}

static TempDir *
temp_dir_new (void)
{
  g_autoptr(GError) error = NULL;
  TempDir *self = g_new0 (TempDir, 1);

  self->path = g_dir_make_tmp ("pursuit-test-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_nonnull (self->path);
  return self;
}

static void
temp_dir_free (TempDir *self)
{
  remove_tree (self->path);
  g_free (self->path);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TempDir, temp_dir_free)

static char *
temp_dir_file (TempDir    *self,
               const char *name)
{
  return g_build_filename (self->path, name, NULL);
}

static guint
temp_dir_count_suffix (TempDir    *self,
                       const char *suffix)
{
  g_autoptr(GDir) dir = g_dir_open (self->path, 0, NULL);
  const char *name;
  guint count = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, suffix))
        count++;
    }
  return count;
}

/* Plain SQLite
 *
 * What the database holds is checked through a separate connection, so the
 * tests do not trust the code they test to read back what it wrote. */

static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *handle = NULL;
  int result = sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  if (result != SQLITE_OK)
    g_error ("Could not open %s: %s", path, sqlite3_errstr (result));
  return handle;
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *handle = raw_open (path);
  char *message = NULL;

  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("“%s” failed on %s: %s", sql, path, message);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
}

static sqlite3_stmt *
raw_prepare (const char  *path,
             const char  *sql,
             sqlite3    **handle)
{
  sqlite3_stmt *statement = NULL;

  *handle = raw_open (path);
  if (sqlite3_prepare_v2 (*handle, sql, -1, &statement, NULL) != SQLITE_OK)
    g_error ("“%s” failed on %s: %s", sql, path, sqlite3_errmsg (*handle));
  return statement;
}

/* Steps @statement once and closes its connection. Returns the first column
 * of the first row as text, or NULL if there is no row. */
static char *
raw_finish (sqlite3      *handle,
            sqlite3_stmt *statement)
{
  char *text = NULL;

  switch (sqlite3_step (statement))
    {
    case SQLITE_ROW:
      text = g_strdup ((const char *) sqlite3_column_text (statement, 0));
      break;
    case SQLITE_DONE:
      break;
    default:
      g_error ("“%s” failed: %s", sqlite3_sql (statement), sqlite3_errmsg (handle));
    }

  sqlite3_finalize (statement);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
  return text;
}

static gint64
text_to_int (char *text)
{
  gint64 value;

  g_assert_nonnull (text);
  value = g_ascii_strtoll (text, NULL, 10);
  g_free (text);
  return value;
}

static char *
raw_query_text (const char *path,
                const char *sql)
{
  sqlite3 *handle;
  sqlite3_stmt *statement = raw_prepare (path, sql, &handle);

  return raw_finish (handle, statement);
}

static gint64
raw_query_int (const char *path,
               const char *sql)
{
  return text_to_int (raw_query_text (path, sql));
}

/* Runs @sql with @id bound to its one parameter. */
static gint64
raw_query_int_for_id (const char *path,
                      const char *sql,
                      gint64      id)
{
  sqlite3 *handle;
  sqlite3_stmt *statement = raw_prepare (path, sql, &handle);

  sqlite3_bind_int64 (statement, 1, id);
  return text_to_int (raw_finish (handle, statement));
}

static gboolean
raw_has_table (const char *path,
               const char *table)
{
  sqlite3 *handle;
  sqlite3_stmt *statement = raw_prepare (path,
                                         "SELECT count(*) FROM sqlite_master "
                                         "WHERE type = 'table' AND name = ?",
                                         &handle);

  sqlite3_bind_text (statement, 1, table, -1, SQLITE_TRANSIENT);
  return text_to_int (raw_finish (handle, statement)) == 1;
}

static GBytes *
read_file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_file_unchanged (const char *path,
                       GBytes     *before)
{
  g_autoptr(GBytes) after = read_file_bytes (path);

  g_assert_cmpuint (g_bytes_get_size (after), ==, g_bytes_get_size (before));
  g_assert_true (g_bytes_equal (after, before));
}

static void
write_text_file (const char *path,
                 const char *text,
                 gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);
}

/* Jobs */

static PursuitJob *
make_job (PursuitRepository *repository,
          const char        *company,
          const char        *title,
          const char        *stage)
{
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_company (job, company);
  pursuit_job_set_title (job, title);
  pursuit_job_set_location (job, "Berlin");
  pursuit_job_set_url (job, "https://example.com/jobs/1");
  pursuit_job_set_notes (job, "First contact at a meetup.");
  if (repository != NULL)
    pursuit_job_set_stage (job, pursuit_repository_find_stage (repository, stage));
  return job;
}

static PursuitJob *
insert_job (PursuitRepository *repository,
            const char        *company,
            const char        *title,
            gint64             now)
{
  g_autoptr(GError) error = NULL;
  PursuitJob *job = make_job (repository, company, title, "wishlist");

  g_assert_true (pursuit_repository_insert_job (repository, job, now, &error));
  g_assert_no_error (error);
  return job;
}

static PursuitJob *
find_job_by_id (PursuitRepository  *repository,
                gint64              id,
                GError            **error)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  return pursuit_repository_find_job (repository, text, error);
}

static gint64
count_rows (const char *path,
            const char *table)
{
  /* A table name cannot be bound; these come from the tests' own literals. */
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);

  return raw_query_int (path, sql);
}

static PursuitRepository *
open_repository (const char *path)
{
  g_autoptr(GError) error = NULL;
  PursuitRepository *repository = pursuit_repository_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (PURSUIT_IS_REPOSITORY (repository));
  return repository;
}

/* A current, empty Pursuit database, closed again. */
static void
create_database (const char *path)
{
  g_autoptr(PursuitRepository) repository = open_repository (path);
}

static void
assert_default_stages (GListModel *stages)
{
  static const char * const names[] = {
    "Wishlist", "Applied", "Screening", "Interviewing", "Offer",
    "Accepted", "Rejected", "Withdrawn", "Ghosted",
  };

  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);

      g_assert_cmpint (pursuit_stage_get_kind (stage), ==, (PursuitStageKind) i);
      g_assert_cmpint (pursuit_stage_get_id (stage), ==, i + 1);
      g_assert_cmpint (pursuit_stage_get_position (stage), ==, i);
      g_assert_false (pursuit_stage_get_hidden (stage));
      g_assert_null (pursuit_stage_get_custom_name (stage));
      g_assert_cmpstr (pursuit_stage_get_name (stage), ==, names[i]);
    }
}

static GListModel *
stages_as_model (PursuitRepository *repository)
{
  g_autoptr(GPtrArray) stages = pursuit_repository_list_stages (repository);
  GListStore *store = g_list_store_new (PURSUIT_TYPE_STAGE);

  g_list_store_splice (store, 0, 0, stages->pdata, stages->len);
  return G_LIST_MODEL (store);
}

/* Opening */

static void
test_repository_open_fresh (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *folder = temp_dir_file (tmp, "missing");
  g_autofree char *path = g_build_filename (folder, "deeper", "pursuit.db", NULL);
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GListModel) stages = NULL;
  g_autofree char *journal_mode = NULL;

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));

  repository = open_repository (path);
  g_assert_cmpstr (pursuit_repository_get_path (repository), ==, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  stages = stages_as_model (repository);
  assert_default_stages (stages);

  /* A write lands in the write-ahead log first. */
  job = insert_job (repository, "Acme", "Engineer", 100);
  g_assert_true (g_file_test (wal_path, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (raw_query_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
  g_assert_cmpint (raw_query_int (path, "PRAGMA application_id"), ==, PURSUIT_DATABASE_APPLICATION_ID);
  journal_mode = raw_query_text (path, "PRAGMA journal_mode");
  g_assert_cmpstr (journal_mode, ==, "wal");
  g_assert_cmpint (count_rows (path, "stages"), ==, 9);
  g_assert_cmpint (count_rows (path, "jobs"), ==, 1);
  g_assert_cmpint (count_rows (path, "stage_history"), ==, 1);

  /* foreign_keys is per connection, so look at what it does: the history
   * only goes with the job when the repository's connection enforces it. */
  g_assert_true (pursuit_repository_delete_job (repository, pursuit_job_get_id (job), NULL));
  g_assert_cmpint (count_rows (path, "jobs"), ==, 0);
  g_assert_cmpint (count_rows (path, "stage_history"), ==, 0);

  /* Opening it again changes nothing and needs no backup. */
  g_clear_object (&repository);
  repository = open_repository (path);
  g_assert_cmpint (raw_query_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
  g_assert_cmpint (count_rows (path, "stages"), ==, 9);
  g_assert_cmpuint (temp_dir_count_suffix (tmp, ".backup"), ==, 0);
}

static void
test_repository_find_stage (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
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
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
  g_autoptr(PursuitJob) job = make_job (repository, "Acme", "Engineer", "applied");
  g_autoptr(PursuitJob) other = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  PursuitStageChange *change;

  g_assert_cmpint (pursuit_job_get_id (job), ==, 0);
  g_assert_true (pursuit_repository_insert_job (repository, job, 1700000000, &error));
  g_assert_no_error (error);

  g_assert_cmpint (pursuit_job_get_id (job), >, 0);
  g_assert_true (g_uuid_string_is_valid (pursuit_job_get_uuid (job)));
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
  other = insert_job (repository, "Acme", "Engineer", 1700000000);
  g_assert_cmpint (pursuit_job_get_id (other), !=, pursuit_job_get_id (job));
  g_assert_cmpstr (pursuit_job_get_uuid (other), !=, pursuit_job_get_uuid (job));
  g_assert_true (g_uuid_string_is_valid (pursuit_job_get_uuid (other)));
}

static void
assert_saved_job_equal (PursuitJob *found,
                        PursuitJob *job)
{
  g_assert_cmpint (pursuit_job_get_id (found), ==, pursuit_job_get_id (job));
  g_assert_cmpstr (pursuit_job_get_uuid (found), ==, pursuit_job_get_uuid (job));
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
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
  g_autoptr(PursuitJob) job = insert_job (repository, "Acme", "Engineer", 500);
  g_autoptr(PursuitJob) by_id = NULL;
  g_autoptr(PursuitJob) by_uuid = NULL;
  g_autoptr(GError) error = NULL;

  by_id = find_job_by_id (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_true (by_id != job);
  assert_saved_job_equal (by_id, job);

  by_uuid = pursuit_repository_find_job (repository, pursuit_job_get_uuid (job), &error);
  g_assert_no_error (error);
  assert_saved_job_equal (by_uuid, job);

  /* Found jobs share the repository's stage objects. */
  g_assert_true (pursuit_job_get_stage (by_id) == pursuit_job_get_stage (by_uuid));
  g_assert_true (pursuit_job_get_stage (by_id) == pursuit_repository_find_stage (repository, "wishlist"));
}

static void
test_repository_not_found (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
  g_autoptr(PursuitJob) job = insert_job (repository, "Acme", "Engineer", 500);
  g_autoptr(PursuitJob) missing = make_job (repository, "Nobody", "Nothing", "applied");
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
  g_assert_cmpint (count_rows (path, "jobs"), ==, 1);
  g_assert_cmpint (count_rows (path, "stage_history"), ==, 1);
}

static void
test_repository_update (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
  g_autoptr(PursuitJob) job = insert_job (repository, "Acme", "Engineer", 100);
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

  found = find_job_by_id (repository, pursuit_job_get_id (job), &error);
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

  found = find_job_by_id (repository, pursuit_job_get_id (job), &error);
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
  found = find_job_by_id (repository, pursuit_job_get_id (job), NULL);
  g_assert_cmpstr (pursuit_job_get_title (found), ==, "Senior Engineer");
  g_assert_cmpint (pursuit_job_get_updated_at (found), ==, 500);
}

static void
test_repository_delete (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
  g_autoptr(PursuitJob) job = insert_job (repository, "Acme", "Engineer", 100);
  g_autoptr(PursuitJob) kept = insert_job (repository, "Initech", "Analyst", 100);
  g_autoptr(PursuitJob) found = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = pursuit_job_get_id (job);
  const char *history_sql = "SELECT count(*) FROM stage_history WHERE job_id = ?";

  pursuit_job_set_stage (job, pursuit_repository_find_stage (repository, "applied"));
  g_assert_true (pursuit_repository_update_job (repository, job, PURSUIT_JOB_ALL_FIELDS, 200, &error));
  g_assert_no_error (error);
  g_assert_cmpint (raw_query_int_for_id (path, history_sql, id), ==, 2);

  g_assert_true (pursuit_repository_delete_job (repository, id, &error));
  g_assert_no_error (error);

  found = find_job_by_id (repository, id, &error);
  g_assert_null (found);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  found = pursuit_repository_find_job (repository, pursuit_job_get_uuid (job), &error);
  g_assert_null (found);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  changes = pursuit_repository_list_stage_changes (repository, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
  g_assert_cmpint (raw_query_int_for_id (path, history_sql, id), ==, 0);

  /* The other job and its timeline are untouched. */
  jobs = pursuit_repository_list_jobs (repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 1);
  g_assert_cmpint (pursuit_job_get_id (g_ptr_array_index (jobs, 0)), ==, pursuit_job_get_id (kept));
  g_assert_cmpint (count_rows (path, "stage_history"), ==, 1);

  g_assert_false (pursuit_repository_delete_job (repository, id, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_repository_explicit_uuid (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
  g_autoptr(PursuitJob) job = make_job (repository, "Acme", "Engineer", "applied");
  g_autoptr(PursuitJob) twin = make_job (repository, "Acme", "Engineer", "applied");
  g_autoptr(PursuitJob) found = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_job_set_uuid (job, VALID_UUID);
  g_assert_true (pursuit_repository_insert_job (repository, job, 100, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_uuid (job), ==, VALID_UUID);

  found = pursuit_repository_find_job (repository, VALID_UUID, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_job_get_id (found), ==, pursuit_job_get_id (job));
  g_assert_cmpstr (pursuit_job_get_uuid (found), ==, VALID_UUID);

  /* A UUID names one job only. */
  pursuit_job_set_uuid (twin, VALID_UUID);
  g_assert_false (pursuit_repository_insert_job (repository, twin, 200, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_cmpint (pursuit_job_get_id (twin), ==, 0);
  g_assert_cmpint (count_rows (path, "jobs"), ==, 1);
  g_assert_cmpint (count_rows (path, "stage_history"), ==, 1);
}

static void
test_repository_invalid_uuid (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
  const char *invalid[] = {
    "not-a-uuid",
    "6ba7b810-9dad-11d1-80b4-00c04fd430c",    /* one digit short */
    "6ba7b8109dad11d180b400c04fd430c8",       /* no dashes */
    "{6ba7b810-9dad-11d1-80b4-00c04fd430c8}",
    " " VALID_UUID,
  };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(PursuitJob) job = make_job (repository, "Acme", "Engineer", "applied");
      g_autoptr(GError) error = NULL;

      pursuit_job_set_uuid (job, invalid[i]);
      g_assert_false (pursuit_repository_insert_job (repository, job, 100, &error));
      g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);

      g_assert_cmpint (pursuit_job_get_id (job), ==, 0);
      g_assert_cmpint (pursuit_job_get_created_at (job), ==, 0);
      g_assert_cmpstr (pursuit_job_get_uuid (job), ==, invalid[i]);
    }

  g_assert_cmpint (count_rows (path, "jobs"), ==, 0);
  g_assert_cmpint (count_rows (path, "stage_history"), ==, 0);
}

static void
test_repository_invalid_job (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
  g_autoptr(PursuitJob) blank = make_job (repository, " ", "Engineer", "applied");
  g_autoptr(PursuitJob) no_stage = make_job (NULL, "Acme", "Engineer", NULL);
  g_autoptr(PursuitJob) bad_text = make_job (repository, "Acme", "Engineer", "applied");
  g_autoptr(PursuitStage) stranger = pursuit_stage_new (77, PURSUIT_STAGE_KIND_OFFER, NULL, 9, FALSE);
  g_autoptr(PursuitJob) foreign_stage = make_job (NULL, "Acme", "Engineer", NULL);
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

  g_assert_cmpint (count_rows (path, "jobs"), ==, 0);
  g_assert_cmpint (count_rows (path, "stage_history"), ==, 0);
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
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
  g_autoptr(PursuitJob) newest = insert_job (repository, "Acme", "Newest", 300);
  g_autoptr(PursuitJob) oldest = insert_job (repository, "Initech", "Oldest", 100);
  g_autoptr(PursuitJob) tied = insert_job (repository, "Globex", "Tied", 300);

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
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
  g_autoptr(PursuitJob) kept = insert_job (repository, "Acme", "Kept", 100);
  g_autoptr(PursuitJob) restored = insert_job (repository, "Initech", "Restored", 200);
  g_autoptr(PursuitJob) purged = insert_job (repository, "Globex", "Purged", 300);
  g_autoptr(PursuitJob) found = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_repository_trash_job (repository, pursuit_job_get_id (restored), 1000, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_trash_job (repository, pursuit_job_get_id (purged), 1000, &error));
  g_assert_no_error (error);

  assert_job_order (repository, kept, NULL);

  found = find_job_by_id (repository, pursuit_job_get_id (purged), &error);
  g_assert_null (found);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  found = pursuit_repository_find_job (repository, pursuit_job_get_uuid (restored), &error);
  g_assert_null (found);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Trashing twice finds nothing to trash. */
  g_assert_false (pursuit_repository_trash_job (repository, pursuit_job_get_id (purged), 1001, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Still in the file until purged. */
  g_assert_cmpint (count_rows (path, "jobs"), ==, 3);

  g_assert_true (pursuit_repository_restore_job (repository, pursuit_job_get_id (restored), &error));
  g_assert_no_error (error);
  assert_job_order (repository, restored, kept, NULL);
  found = find_job_by_id (repository, pursuit_job_get_id (restored), &error);
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
  g_assert_cmpint (count_rows (path, "jobs"), ==, 2);
  g_assert_cmpint (count_rows (path, "stage_history"), ==, 2);

  g_assert_false (pursuit_repository_restore_job (repository, pursuit_job_get_id (purged), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Purging an empty trash is fine. */
  g_assert_true (pursuit_repository_purge_trash (repository, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (path, "jobs"), ==, 2);
}

static void
test_repository_huge_text (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
  g_autoptr(PursuitJob) job = make_job (repository, "Acme", "Engineer", "applied");
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
    g_assert_cmpint (count_rows (path, "jobs"), ==, 0);
  }

  pursuit_job_set_notes (job, notes->str);
  g_assert_true (pursuit_repository_insert_job (repository, job, 100, &error));
  g_assert_no_error (error);

  found = find_job_by_id (repository, pursuit_job_get_id (job), &error);
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
    reread = find_job_by_id (repository, pursuit_job_get_id (job), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (pursuit_job_get_title (reread), ==, "Senior Engineer");
    g_assert_true (strcmp (pursuit_job_get_notes (reread), notes->str) == 0);
  }
}

/* Files that are not, or not yet, Pursuit's */

static void
test_migrations_list (void)
{
  const PursuitMigration *migrations;
  guint n_migrations = 0;

  migrations = pursuit_migrations_get_all (&n_migrations);
  g_assert_cmpuint (n_migrations, >, 0);
  g_assert_cmpint (migrations[0].version, ==, 1);
  /* Ascending: branches that each take a number are merged in any order,
   * so a number may be missing for a while. */
  for (guint i = 1; i < n_migrations; i++)
    g_assert_cmpint (migrations[i].version, >, migrations[i - 1].version);
  g_assert_cmpint (pursuit_migrations_get_latest (), ==, migrations[n_migrations - 1].version);
}

static void
test_migrations_empty_file (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(PursuitJob) job = NULL;

  write_text_file (path, "", 0);

  repository = open_repository (path);
  stages = stages_as_model (repository);
  assert_default_stages (stages);
  job = insert_job (repository, "Acme", "Engineer", 100);

  g_assert_cmpint (raw_query_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
  g_assert_cmpint (raw_query_int (path, "PRAGMA application_id"), ==, PURSUIT_DATABASE_APPLICATION_ID);
  g_assert_cmpint (count_rows (path, "jobs"), ==, 1);

  /* An empty file holds nothing worth a backup. */
  g_assert_cmpuint (temp_dir_count_suffix (tmp, ".backup"), ==, 0);
}

static void
assert_refused (const char *path,
                int         code)
{
  g_autoptr(GBytes) before = read_file_bytes (path);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GError) error = NULL;

  repository = pursuit_repository_open (path, &error);
  g_assert_null (repository);
  g_assert_error (error, PURSUIT_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));

  assert_file_unchanged (path, before);
}

static void
test_migrations_foreign_table (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");

  raw_exec (path,
            "CREATE TABLE recipes (name TEXT, steps TEXT);"
            "INSERT INTO recipes VALUES ('bread', 'knead, wait, bake');");
  g_assert_cmpint (raw_query_int (path, "PRAGMA user_version"), ==, 0);

  assert_refused (path, PURSUIT_STORE_ERROR_NOT_A_DATABASE);

  g_assert_false (raw_has_table (path, "jobs"));
  g_assert_cmpint (count_rows (path, "recipes"), ==, 1);
  g_assert_cmpuint (temp_dir_count_suffix (tmp, ".backup"), ==, 0);
}

static void
test_migrations_foreign_application_id (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *empty_path = temp_dir_file (tmp, "other.db");
  g_autofree char *pursuit_like_path = temp_dir_file (tmp, "pursuit.db");

  /* No tables at all: only the header says it is someone else's. */
  raw_exec (empty_path, "PRAGMA application_id = 1234");
  g_assert_cmpint (raw_query_int (empty_path, "PRAGMA application_id"), ==, 1234);
  assert_refused (empty_path, PURSUIT_STORE_ERROR_NOT_A_DATABASE);
  g_assert_cmpint (raw_query_int (empty_path, "PRAGMA user_version"), ==, 0);

  /* Pursuit's schema and version, but another application id. */
  create_database (pursuit_like_path);
  raw_exec (pursuit_like_path, "PRAGMA application_id = 1179407688");
  assert_refused (pursuit_like_path, PURSUIT_STORE_ERROR_NOT_A_DATABASE);

  g_assert_cmpuint (temp_dir_count_suffix (tmp, ".backup"), ==, 0);
}

/* Many programs number their schema in user_version but never set an
 * application_id: such a file must be refused untouched, like any other. */
static void
test_migrations_foreign_versioned (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journal_mode = NULL;

  raw_exec (path,
            "CREATE TABLE recipes (name TEXT);"
            "INSERT INTO recipes VALUES ('bread');"
            "PRAGMA user_version = 1;");
  before = read_file_bytes (path);

  repository = pursuit_repository_open (path, &error);
  g_assert_null (repository);
  g_assert_nonnull (error);
  g_assert_true (error->domain == PURSUIT_STORE_ERROR);

  after = read_file_bytes (path);
  journal_mode = raw_query_text (path, "PRAGMA journal_mode");
  g_assert_true (g_bytes_equal (before, after));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_A_DATABASE);
  assert_file_unchanged (path, before);
  g_assert_cmpstr (journal_mode, ==, "delete");
  g_assert_cmpint (count_rows (path, "recipes"), ==, 1);
}

static void
test_migrations_newer_version (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d",
                                          pursuit_migrations_get_latest () + 1);
  g_autofree char *newer = g_strdup_printf ("%d", pursuit_migrations_get_latest () + 1);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  repository = open_repository (path);
  job = insert_job (repository, "Acme", "Engineer", 100);
  g_clear_object (&repository);

  raw_exec (path, sql);
  before = read_file_bytes (path);

  repository = pursuit_repository_open (path, &error);
  g_assert_null (repository);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "newer"));
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, newer));

  assert_file_unchanged (path, before);
  g_assert_cmpint (raw_query_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest () + 1);
  g_assert_cmpint (count_rows (path, "jobs"), ==, 1);
  g_assert_cmpuint (temp_dir_count_suffix (tmp, ".backup"), ==, 0);
}

static const PursuitMigration test_migrations[] = {
  { 1, "CREATE TABLE a (x);" },
  { 2, "CREATE TABLE b (y);" },
};

static const PursuitMigration broken_migrations[] = {
  { 1, "CREATE TABLE a (x);" },
  { 2, "CREATE TABLE b (y); INSERT INTO a VALUES (2); THIS IS NOT SQL;" },
};

static int
database_version (PursuitDatabase *database)
{
  g_autoptr(GError) error = NULL;
  int version = -1;

  g_assert_true (pursuit_database_get_pragma_int (database, "user_version", &version, &error));
  g_assert_no_error (error);
  return version;
}

static void
test_migrations_backup (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "test.db");
  g_autofree char *backup_path = temp_dir_file (tmp, "test.db.v1.backup");
  g_autoptr(PursuitDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = pursuit_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (database_version (database), ==, 0);

  /* A fresh file has nothing to back up. */
  g_assert_true (pursuit_migrations_apply (database, test_migrations, G_N_ELEMENTS (test_migrations),
                                           1, backup_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (database_version (database), ==, 1);
  g_assert_false (g_file_test (backup_path, G_FILE_TEST_EXISTS));
  g_assert_true (raw_has_table (path, "a"));
  g_assert_false (raw_has_table (path, "b"));

  g_assert_true (pursuit_database_exec (database, "INSERT INTO a (x) VALUES ('kept')", &error));
  g_assert_no_error (error);

  g_assert_true (pursuit_migrations_apply (database, test_migrations, G_N_ELEMENTS (test_migrations),
                                           2, backup_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (database_version (database), ==, 2);
  g_assert_true (raw_has_table (path, "b"));

  /* The backup is the database as it was before the upgrade. */
  g_assert_true (g_file_test (backup_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (raw_query_int (backup_path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (raw_query_int (backup_path, "PRAGMA application_id"), ==, PURSUIT_DATABASE_APPLICATION_ID);
  g_assert_cmpint (raw_query_int (backup_path, "SELECT count(*) FROM a"), ==, 1);
  {
    g_autofree char *kept = raw_query_text (backup_path, "SELECT x FROM a");

    g_assert_cmpstr (kept, ==, "kept");
  }
  g_assert_false (raw_has_table (backup_path, "b"));

  /* Up to date: nothing to do, so no backup either. */
  g_assert_no_errno (g_remove (backup_path));
  g_assert_true (pursuit_migrations_apply (database, test_migrations, G_N_ELEMENTS (test_migrations),
                                           2, backup_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (database_version (database), ==, 2);
  g_assert_false (g_file_test (backup_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (raw_query_int (path, "SELECT count(*) FROM a"), ==, 1);
}

static void
test_migrations_rollback (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "test.db");
  g_autoptr(PursuitDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = pursuit_database_open (path, &error);
  g_assert_no_error (error);

  g_assert_true (pursuit_migrations_apply (database, broken_migrations, G_N_ELEMENTS (broken_migrations),
                                           1, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_database_exec (database, "INSERT INTO a (x) VALUES (1)", &error));
  g_assert_no_error (error);

  g_assert_false (pursuit_migrations_apply (database, broken_migrations, G_N_ELEMENTS (broken_migrations),
                                            2, NULL, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == PURSUIT_STORE_ERROR);
  g_clear_error (&error);

  /* Everything the broken step did is gone, what was there before is not. */
  g_assert_cmpint (database_version (database), ==, 1);
  g_assert_cmpint (raw_query_int (path, "PRAGMA user_version"), ==, 1);
  g_assert_true (raw_has_table (path, "a"));
  g_assert_false (raw_has_table (path, "b"));
  g_assert_cmpint (raw_query_int (path, "SELECT count(*) FROM a"), ==, 1);
  g_assert_cmpint (raw_query_int (path, "SELECT x FROM a"), ==, 1);

  /* And no transaction was left open on the connection. */
  g_assert_true (pursuit_database_begin (database, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_database_commit (database, &error));
  g_assert_no_error (error);
}

static void
test_repository_corrupt_file (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(GString) text = g_string_new (NULL);

  while (text->len < 8 * 1024)
    g_string_append (text, "this is not a database ");
  g_string_truncate (text, 8 * 1024);
  write_text_file (path, text->str, text->len);

  assert_refused (path, PURSUIT_STORE_ERROR_NOT_A_DATABASE);
  g_assert_cmpuint (temp_dir_count_suffix (tmp, ".backup"), ==, 0);
}

static void
test_repository_truncated_file (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(GBytes) whole = NULL;

  /* A real SQLite header with most of the file gone. */
  create_database (path);
  whole = read_file_bytes (path);
  g_assert_cmpuint (g_bytes_get_size (whole), >, 1024);
  write_text_file (path, g_bytes_get_data (whole, NULL), 1000);

  assert_refused (path, PURSUIT_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_repository_directory (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
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
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *file = temp_dir_file (tmp, "file");
  g_autofree char *folder = g_build_filename (file, "sub", NULL);
  g_autofree char *path = g_build_filename (folder, "pursuit.db", NULL);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  write_text_file (file, "an ordinary file", -1);
  before = read_file_bytes (file);

  repository = pursuit_repository_open (path, &error);
  g_assert_null (repository);
  g_assert_nonnull (error);
  g_assert_true (error->domain == PURSUIT_STORE_ERROR);
  g_test_message ("Error: %s", error->message);
  g_assert_nonnull (strstr (error->message, folder));

  assert_file_unchanged (file, before);
}

/* The asynchronous store
 *
 * The store answers in the main context it was made in. Each test makes one
 * of its own, so callbacks of one test cannot run in another. */

typedef struct
{
  GAsyncResult *result;
  gboolean done;
} AsyncWait;

static void
async_wait_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncWait *wait = user_data;

  g_assert_false (wait->done);
  wait->result = g_object_ref (result);
  wait->done = TRUE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the thread-default main context until @done is set; fails the
 * test after 10 s. */
static void
run_until (const gboolean *done)
{
  GMainContext *context = g_main_context_ref_thread_default ();
  g_autoptr(GSource) timeout = g_timeout_source_new_seconds (10);
  gboolean timed_out = FALSE;

  g_source_set_callback (timeout, timeout_cb, &timed_out, NULL);
  g_source_attach (timeout, context);

  while (!*done && !timed_out)
    g_main_context_iteration (context, TRUE);

  g_source_destroy (timeout);
  g_main_context_unref (context);

  if (!*done)
    g_error ("No answer from the store within 10 s");
}

static GMainContext *
push_test_context (void)
{
  GMainContext *context = g_main_context_new ();

  g_main_context_push_thread_default (context);
  return context;
}

static void
pop_test_context (GMainContext *context)
{
  /* Nothing a test started may still be on its way. */
  while (g_main_context_pending (context))
    g_main_context_iteration (context, FALSE);

  g_main_context_pop_thread_default (context);
  g_main_context_unref (context);
}

static gboolean
store_open (PursuitStore  *store,
            GError       **error)
{
  AsyncWait wait = { 0 };
  gboolean ok;

  pursuit_store_open_async (store, NULL, async_wait_cb, &wait);
  run_until (&wait.done);
  ok = pursuit_store_open_finish (store, wait.result, error);
  g_object_unref (wait.result);
  return ok;
}

static PursuitJob *
store_add (PursuitStore  *store,
           PursuitJob    *draft,
           GError       **error)
{
  AsyncWait wait = { 0 };
  PursuitJob *job;

  pursuit_store_add_job_async (store, draft, NULL, async_wait_cb, &wait);
  run_until (&wait.done);
  job = pursuit_store_add_job_finish (store, wait.result, error);
  g_object_unref (wait.result);
  return job;
}

typedef void     (*JobAsyncFunc)  (PursuitStore *, PursuitJob *, GCancellable *, GAsyncReadyCallback, gpointer);
typedef gboolean (*JobFinishFunc) (PursuitStore *, GAsyncResult *, GError **);

static gboolean
store_run_on_job (PursuitStore   *store,
                  PursuitJob     *job,
                  JobAsyncFunc    start,
                  JobFinishFunc   finish,
                  GError        **error)
{
  AsyncWait wait = { 0 };
  gboolean ok;

  start (store, job, NULL, async_wait_cb, &wait);
  run_until (&wait.done);
  ok = finish (store, wait.result, error);
  g_object_unref (wait.result);
  return ok;
}

/* Saves every field of @job, as a whole edited copy. */
static void
save_all_fields_async (PursuitStore        *store,
                       PursuitJob          *job,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  pursuit_store_save_job_async (store, job, PURSUIT_JOB_ALL_FIELDS, cancellable, callback, user_data);
}

#define store_save(store, job, error) \
  store_run_on_job (store, job, save_all_fields_async, pursuit_store_save_job_finish, error)
#define store_trash(store, job, error) \
  store_run_on_job (store, job, pursuit_store_trash_job_async, pursuit_store_trash_job_finish, error)
#define store_restore(store, job, error) \
  store_run_on_job (store, job, pursuit_store_restore_job_async, pursuit_store_restore_job_finish, error)
#define store_delete(store, job, error) \
  store_run_on_job (store, job, pursuit_store_delete_job_async, pursuit_store_delete_job_finish, error)

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static PursuitJob *
make_draft (PursuitStore *store,
            const char   *company,
            const char   *title)
{
  PursuitJob *draft = pursuit_job_new ();

  pursuit_job_set_company (draft, company);
  pursuit_job_set_title (draft, title);
  pursuit_job_set_stage (draft, pursuit_store_get_default_stage (store));
  return draft;
}

static void
test_store_open (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = g_build_filename (tmp->path, "data", "pursuit.db", NULL);
  GMainContext *context = push_test_context ();
  g_autoptr(PursuitStore) store = pursuit_store_new (path);
  g_autoptr(GError) error = NULL;
  PursuitStage *stage;

  g_assert_cmpstr (pursuit_store_get_path (store), ==, path);
  g_assert_false (pursuit_store_is_open (store));
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_stages (store)), ==, 0);
  g_assert_null (pursuit_store_get_default_stage (store));

  g_assert_true (store_open (store, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_is_open (store));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  g_assert_true (g_list_model_get_item_type (pursuit_store_get_jobs (store)) == PURSUIT_TYPE_JOB);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 0);
  assert_default_stages (pursuit_store_get_stages (store));

  stage = pursuit_store_get_default_stage (store);
  g_assert_nonnull (stage);
  g_assert_cmpint (pursuit_stage_get_kind (stage), ==, PURSUIT_STAGE_KIND_WISHLIST);
  g_assert_null (pursuit_store_find_job (store, 1));

  g_clear_object (&store);
  pop_test_context (context);
}

/* @n jobs, job i updated at time 1000 + i, written in one go. */
static void
fill_jobs (const char *path,
           guint       n)
{
  g_autoptr(PursuitRepository) repository = open_repository (path);
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *company = g_strdup_printf ("Company %u", i);
      PursuitJob *job = make_job (repository, company, "Support Agent", "applied");

      pursuit_job_set_created_at (job, 1000 + i);
      pursuit_job_set_updated_at (job, 1000 + i);
      g_ptr_array_add (jobs, job);
    }

  g_assert_true (pursuit_repository_import_jobs (repository, jobs, NULL, 1000, &error));
  g_assert_no_error (error);
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
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) rest = NULL;
  g_autoptr(GError) error = NULL;

  fill_jobs (path, 8);
  repository = open_repository (path);

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

typedef struct
{
  PursuitStore *store;
  guint n_signals;
  guint n_jobs_then;
  gboolean open_then;
  guint n_open_notifies;
} FirstJobsProbe;

static void
on_first_jobs_loaded (PursuitStore   *store,
                      FirstJobsProbe *probe)
{
  probe->n_signals++;
  probe->n_jobs_then = g_list_model_get_n_items (pursuit_store_get_jobs (store));
  probe->open_then = pursuit_store_is_open (store);
  /* The stages came with the first jobs. */
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_stages (store)), ==, 9);
}

static void
on_open_notify (PursuitStore   *store,
                GParamSpec     *pspec,
                FirstJobsProbe *probe)
{
  probe->n_open_notifies++;
}

/* A store on @n jobs, opened with @probe watching. */
static PursuitStore *
open_probed_store (const char     *path,
                   guint           n,
                   FirstJobsProbe *probe)
{
  g_autoptr(GError) error = NULL;
  PursuitStore *store;

  fill_jobs (path, n);
  store = pursuit_store_new (path);
  g_signal_connect (store, "first-jobs-loaded", G_CALLBACK (on_first_jobs_loaded), probe);
  g_signal_connect (store, "notify::open", G_CALLBACK (on_open_notify), probe);

  g_assert_true (store_open (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (probe->n_open_notifies, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, n);
  return store;
}

/* With many jobs, the most recently updated reach the model first; the
 * opening completes with every job, in order, and each one found by id.
 * A few jobs come all at once. */
static void
test_store_first_jobs (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autofree char *small_path = temp_dir_file (tmp, "small.db");
  GMainContext *context = push_test_context ();
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GError) error = NULL;
  FirstJobsProbe probe = { 0 };
  GListModel *jobs;
  const guint n = 250;

  store = open_probed_store (path, n, &probe);
  g_assert_cmpuint (probe.n_signals, ==, 1);
  g_assert_cmpuint (probe.n_jobs_then, >, 0);
  g_assert_cmpuint (probe.n_jobs_then, <, n);
  g_assert_false (probe.open_then);

  jobs = pursuit_store_get_jobs (store);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);

      g_assert_cmpint (pursuit_job_get_updated_at (job), ==, 1000 + n - 1 - i);
      g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (job)) == job);
    }

  /* Opening again replaces the jobs in one go. */
  g_assert_true (store_open (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (probe.n_signals, ==, 1);
  g_assert_cmpuint (probe.n_open_notifies, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, n);
  g_clear_object (&store);

  memset (&probe, 0, sizeof probe);
  store = open_probed_store (small_path, 5, &probe);
  g_assert_cmpuint (probe.n_signals, ==, 0);

  g_clear_object (&store);
  pop_test_context (context);
}

static void
test_store_not_open (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  GMainContext *context = push_test_context ();
  g_autoptr(PursuitStore) store = pursuit_store_new (path);
  g_autoptr(PursuitStage) stage = pursuit_stage_new (1, PURSUIT_STAGE_KIND_WISHLIST, NULL, 0, FALSE);
  g_autoptr(PursuitJob) draft = pursuit_job_new ();
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_job_set_company (draft, "Acme");
  pursuit_job_set_title (draft, "Engineer");
  pursuit_job_set_stage (draft, stage);

  /* Asked before open_async: refused, and no file is made. */
  job = store_add (store, draft, &error);
  g_assert_null (job);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_FAILED);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_clear_object (&store);
  pop_test_context (context);
}

static void
test_store_add_and_save (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  GMainContext *context = push_test_context ();
  g_autoptr(PursuitStore) store = pursuit_store_new (path);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) draft = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) edit = NULL;
  g_autoptr(PursuitJob) item = NULL;
  g_autoptr(PursuitJob) found = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *jobs;
  PursuitStage *applied;
  guint items_changed = 0;
  guint title_notified = 0;
  guint stage_notified = 0;
  guint company_notified = 0;

  g_assert_true (store_open (store, &error));
  g_assert_no_error (error);
  jobs = pursuit_store_get_jobs (store);
  g_signal_connect (jobs, "items-changed", G_CALLBACK (count_items_changed), &items_changed);

  draft = make_draft (store, "Acme", "Engineer");
  job = store_add (store, draft, &error);
  g_assert_no_error (error);
  g_assert_true (PURSUIT_IS_JOB (job));

  /* The draft was copied; what comes back is the store's own object. */
  g_assert_true (job != draft);
  g_assert_cmpint (pursuit_job_get_id (draft), ==, 0);
  g_assert_cmpint (pursuit_job_get_id (job), >, 0);
  g_assert_true (g_uuid_string_is_valid (pursuit_job_get_uuid (job)));
  g_assert_cmpint (pursuit_job_get_created_at (job), >, 0);
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Acme");

  g_assert_cmpuint (items_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  item = g_list_model_get_item (jobs, 0);
  g_assert_true (item == job);
  g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (job)) == job);

  /* Views edit a copy and hand it back; the canonical object follows. */
  g_signal_connect (job, "notify::title", G_CALLBACK (count_notify), &title_notified);
  g_signal_connect (job, "notify::stage", G_CALLBACK (count_notify), &stage_notified);
  g_signal_connect (job, "notify::company", G_CALLBACK (count_notify), &company_notified);

  applied = g_list_model_get_item (pursuit_store_get_stages (store), PURSUIT_STAGE_KIND_APPLIED);
  edit = pursuit_job_copy (job);
  pursuit_job_set_title (edit, "Senior Engineer");
  pursuit_job_set_stage (edit, applied);
  g_object_unref (applied);

  g_assert_true (store_save (store, edit, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Senior Engineer");
  g_assert_true (pursuit_job_get_stage (job) == applied);
  g_assert_cmpuint (title_notified, ==, 1);
  g_assert_cmpuint (stage_notified, ==, 1);
  g_assert_cmpuint (company_notified, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (job)) == job);

  /* WAL lets another connection read while the store holds the file. */
  repository = open_repository (path);
  found = find_job_by_id (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_title (found), ==, "Senior Engineer");
  g_assert_cmpint (pursuit_job_get_updated_at (found), ==, pursuit_job_get_updated_at (job));

  changes = pursuit_repository_list_stage_changes (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpint (((PursuitStageChange *) g_ptr_array_index (changes, 0))->stage_id, ==,
                   pursuit_stage_get_id (pursuit_store_get_default_stage (store)));
  g_assert_cmpint (((PursuitStageChange *) g_ptr_array_index (changes, 1))->stage_id, ==,
                   pursuit_stage_get_id (pursuit_job_get_stage (job)));

  g_clear_object (&repository);
  g_signal_handlers_disconnect_by_data (jobs, &items_changed);
  g_signal_handlers_disconnect_by_data (job, &title_notified);
  g_signal_handlers_disconnect_by_data (job, &stage_notified);
  g_signal_handlers_disconnect_by_data (job, &company_notified);
  g_clear_object (&store);
  pop_test_context (context);
}

static void
test_store_invalid_draft (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  GMainContext *context = push_test_context ();
  g_autoptr(PursuitStore) store = pursuit_store_new (path);
  g_autoptr(PursuitJob) draft = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) edit = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (store_open (store, &error));
  g_assert_no_error (error);

  draft = make_draft (store, "Acme", " \t ");
  g_assert_null (store_add (store, draft, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 0);

  pursuit_job_set_title (draft, "Engineer");
  job = store_add (store, draft, &error);
  g_assert_no_error (error);

  /* A save that fails leaves the canonical job alone. */
  edit = pursuit_job_copy (job);
  pursuit_job_set_company (edit, "");
  g_assert_false (store_save (store, edit, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Acme");
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 1);

  g_clear_object (&store);
  pop_test_context (context);
}

static void
test_store_trash_restore_delete (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  GMainContext *context = push_test_context ();
  g_autoptr(PursuitStore) store = pursuit_store_new (path);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) draft = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) other = NULL;
  g_autoptr(PursuitJob) found = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *jobs;
  gint64 id;
  guint position = G_MAXUINT;

  g_assert_true (store_open (store, &error));
  g_assert_no_error (error);
  jobs = pursuit_store_get_jobs (store);

  draft = make_draft (store, "Initech", "Analyst");
  other = store_add (store, draft, &error);
  g_assert_no_error (error);
  g_clear_object (&draft);
  draft = make_draft (store, "Acme", "Engineer");
  job = store_add (store, draft, &error);
  g_assert_no_error (error);
  id = pursuit_job_get_id (job);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 2);

  g_assert_true (store_trash (store, job, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  g_assert_false (g_list_store_find (G_LIST_STORE (jobs), job, NULL));
  g_assert_null (pursuit_store_find_job (store, id));
  g_assert_cmpint (count_rows (path, "jobs"), ==, 2);

  g_assert_true (store_restore (store, job, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 2);
  g_assert_true (g_list_store_find (G_LIST_STORE (jobs), job, &position));
  g_assert_true (pursuit_store_find_job (store, id) == job);

  repository = open_repository (path);
  found = find_job_by_id (repository, id, &error);
  g_assert_no_error (error);
  g_clear_object (&found);
  g_clear_object (&repository);

  g_assert_true (store_delete (store, job, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  g_assert_false (g_list_store_find (G_LIST_STORE (jobs), job, NULL));
  g_assert_null (pursuit_store_find_job (store, id));
  g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (other)) == other);

  /* Gone for good: there is nothing left to restore. */
  g_assert_false (store_restore (store, job, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);

  g_clear_object (&store);
  pop_test_context (context);

  repository = open_repository (path);
  found = find_job_by_id (repository, id, &error);
  g_assert_null (found);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_object (&repository);
  g_assert_cmpint (count_rows (path, "jobs"), ==, 1);
  g_assert_cmpint (count_rows (path, "stage_history"), ==, 1);
}

static void
test_store_corrupt_file (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  GMainContext *context = push_test_context ();
  g_autoptr(PursuitStore) store = pursuit_store_new (path);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  while (text->len < 8 * 1024)
    g_string_append (text, "this is not a database ");
  write_text_file (path, text->str, text->len);
  before = read_file_bytes (path);

  g_assert_false (store_open (store, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_A_DATABASE);
  g_assert_false (pursuit_store_is_open (store));
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_stages (store)), ==, 0);

  g_clear_object (&store);
  pop_test_context (context);

  assert_file_unchanged (path, before);
}

static void
test_store_purges_on_open (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
  g_autoptr(PursuitJob) kept = insert_job (repository, "Acme", "Kept", 100);
  g_autoptr(PursuitJob) trashed = insert_job (repository, "Initech", "Trashed", 200);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitJob) item = NULL;
  g_autoptr(GError) error = NULL;
  const char *trashed_sql = "SELECT count(*) FROM jobs WHERE id = ?";
  GMainContext *context;
  GListModel *jobs;

  g_assert_true (pursuit_repository_trash_job (repository, pursuit_job_get_id (trashed), 300, &error));
  g_assert_no_error (error);
  g_clear_object (&repository);
  g_assert_cmpint (raw_query_int_for_id (path, trashed_sql, pursuit_job_get_id (trashed)), ==, 1);

  context = push_test_context ();
  store = pursuit_store_new (path);
  g_assert_true (store_open (store, &error));
  g_assert_no_error (error);

  jobs = pursuit_store_get_jobs (store);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  item = g_list_model_get_item (jobs, 0);
  g_assert_cmpint (pursuit_job_get_id (item), ==, pursuit_job_get_id (kept));
  g_assert_cmpstr (pursuit_job_get_title (item), ==, "Kept");
  g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (kept)) == item);
  g_assert_null (pursuit_store_find_job (store, pursuit_job_get_id (trashed)));

  g_assert_cmpint (raw_query_int_for_id (path, trashed_sql, pursuit_job_get_id (trashed)), ==, 0);
  g_assert_cmpint (count_rows (path, "jobs"), ==, 1);
  g_assert_cmpint (count_rows (path, "stage_history"), ==, 1);

  g_clear_object (&store);
  pop_test_context (context);
}

static GThread *main_thread;

static void
check_main_thread (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   gpointer    user_data)
{
  gboolean *off_main_thread = user_data;

  if (g_thread_self () != main_thread)
    *off_main_thread = TRUE;
}

/* Models feed GTK widgets, so they may change on the main thread only, even
 * when that thread is busy elsewhere while the worker finishes. This test
 * uses the global default context, as GTK and the GUI tests do. */
static void
test_store_answers_on_main_thread (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitJob) draft = NULL;
  g_autoptr(GError) error = NULL;
  AsyncWait wait = { 0 };
  gboolean off_main_thread = FALSE;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_assert_null (g_main_context_get_thread_default ());
  main_thread = g_thread_self ();

  store = pursuit_store_new (path);
  g_assert_true (store_open (store, &error));
  g_assert_no_error (error);
  g_signal_connect (pursuit_store_get_jobs (store), "items-changed",
                    G_CALLBACK (check_main_thread), &off_main_thread);

  draft = make_draft (store, "Acme", "Engineer");
  pursuit_store_add_job_async (store, draft, NULL, async_wait_cb, &wait);

  /* Busy, out of the main loop, until the worker has saved the job. */
  while (count_rows (path, "jobs") == 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (10 * 1000);
    }
  g_usleep (200 * 1000);

  run_until (&wait.done);
  g_clear_object (&wait.result);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 1);

  g_signal_handlers_disconnect_by_data (pursuit_store_get_jobs (store), &off_main_thread);
  g_clear_object (&store);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  /* Results reach the models on the main thread, whoever iterates the context. */
  g_assert_false (off_main_thread);
}

/* Each real migration, from every older version to the latest: a database
 * made at version N (with a job in it once jobs exist) upgrades, keeps its
 * data, and leaves a backup of version N next to it. */
static void
test_migrations_every_version (void)
{
  const PursuitMigration *migrations;
  guint n_migrations = 0;

  migrations = pursuit_migrations_get_all (&n_migrations);
  for (guint index = 0; index < n_migrations; index++)
    {
      /* An empty file, then a file at each version the list knows. */
      int from = index == 0 ? 0 : migrations[index - 1].version;
      g_autoptr(TempDir) tmp = temp_dir_new ();
      g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
      g_autofree char *backup = g_strdup_printf ("%s.v%d.backup", path, from);
      g_autoptr(PursuitRepository) repository = NULL;
      g_autoptr(GError) error = NULL;

      if (from > 0)
        {
          g_autoptr(PursuitDatabase) database = pursuit_database_open (path, &error);

          g_assert_no_error (error);
          g_assert_true (pursuit_migrations_apply (database, migrations, n_migrations, from, NULL, &error));
          g_assert_no_error (error);
          g_clear_object (&database);
          raw_exec (path,
                    "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at) "
                    "VALUES ('0b0b6b1e-5a5e-4c1e-9a8e-000000000001', 'Old Co', 'Kept Job', 2, 1, 1)");
        }

      repository = pursuit_repository_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (raw_query_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
      g_assert_true (raw_has_table (path, "self_check_results"));

      if (from > 0)
        {
          g_autoptr(GPtrArray) jobs = pursuit_repository_list_jobs (repository, &error);

          g_assert_no_error (error);
          g_assert_cmpuint (jobs->len, ==, 1);
          g_assert_cmpstr (pursuit_job_get_title (g_ptr_array_index (jobs, 0)), ==, "Kept Job");
          g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
          g_assert_cmpint (raw_query_int (backup, "PRAGMA user_version"), ==, from);
          g_assert_cmpint (count_rows (backup, "jobs"), ==, 1);
        }
      else
        g_assert_cmpuint (temp_dir_count_suffix (tmp, ".backup"), ==, 0);
    }
}

static void
test_repository_self_check_results (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
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
  g_assert_cmpint (count_rows (path, "self_check_results"), ==, 2);
  g_assert_cmpint (count_rows (path, "self_check_answers"), ==, 4);

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

static gboolean
search_finds (PursuitRepository *repository,
              const char        *query,
              gint64             id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = pursuit_repository_search_jobs (repository, query, &error);

  g_assert_no_error (error);
  for (guint i = 1; i < ids->len; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i - 1), <, g_array_index (ids, gint64, i));
  return pursuit_job_ids_contain (ids, id);
}

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
test_repository_search_sync (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = open_repository (path);
  g_autoptr(PursuitJob) job = make_job (repository, "Umbrella Corporation", "Support Agent", "applied");
  g_autoptr(PursuitJob) other = make_job (repository, "Initech", "Team Lead", "applied");
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_job_set_posting_text (job, "Answer customers by phone and chat; Zendesk experience welcome.");
  pursuit_job_set_location (job, "Zürich");
  g_assert_true (pursuit_repository_insert_job (repository, job, 100, &error));
  g_assert_true (pursuit_repository_insert_job (repository, other, 100, &error));
  g_assert_no_error (error);
  id = pursuit_job_get_id (job);

  g_assert_true (search_finds (repository, "umbrella", id));
  g_assert_true (search_finds (repository, "zend", id));            /* prefix, as typed */
  g_assert_true (search_finds (repository, "zurich", id));          /* diacritics folded */
  g_assert_true (search_finds (repository, "support chat", id));    /* every word */
  g_assert_false (search_finds (repository, "support initech", id));
  g_assert_false (search_finds (repository, "\"unbalanced", id));   /* no FTS syntax error */

  pursuit_job_set_title (job, "Customer Success Manager");
  pursuit_job_set_notes (job, "Met Priya at the career fair");
  g_assert_true (pursuit_repository_update_job (repository, job, PURSUIT_JOB_ALL_FIELDS, 200, &error));
  g_assert_no_error (error);
  g_assert_false (search_finds (repository, "agent", id));
  g_assert_true (search_finds (repository, "success", id));
  g_assert_true (search_finds (repository, "priya", id));

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
    g_assert_true (search_finds (repository, "holdings", id));
    g_assert_true (search_finds (repository, "zendesk", id));
    g_assert_true (search_finds (repository, "priya", id));

    found = pursuit_repository_find_job (repository, "1", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (pursuit_job_get_posting_text (found), ==,
                     "Answer customers by phone and chat; Zendesk experience welcome.");
    g_assert_cmpstr (pursuit_job_get_notes (found), ==, "Met Priya at the career fair");
  }

  /* A job written by other means still gets its texts row and an entry. */
  raw_exec (path,
            "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at) "
            "VALUES ('0b0b6b1e-5a5e-4c1e-9a8e-00000000000f', 'Globex', 'Agent', 2, 1, 1)");
  g_assert_true (search_finds (repository, "globex", 3));
  g_assert_cmpint (raw_query_int (path, "SELECT count(*) FROM job_texts WHERE job_id = 3"), ==, 1);

  g_assert_true (pursuit_repository_delete_job (repository, id, &error));
  g_assert_no_error (error);
  g_assert_false (search_finds (repository, "umbrella", id));
  g_assert_false (search_finds (repository, "zendesk", id));
  g_assert_true (search_finds (repository, "initech", pursuit_job_get_id (other)));
  g_assert_cmpint (raw_query_int (path, "SELECT count(*) FROM job_texts"), ==, 2);

  /* Emptying the trash takes the entries with the jobs. */
  g_assert_true (pursuit_repository_trash_job (repository, pursuit_job_get_id (other), 400, &error));
  g_assert_true (pursuit_repository_purge_trash (repository, &error));
  g_assert_no_error (error);
  g_assert_false (search_finds (repository, "initech", pursuit_job_get_id (other)));

  /* The index agrees with the jobs it was built from, word for word. */
  raw_exec (path, "INSERT INTO jobs_fts (jobs_fts) VALUES ('integrity-check')");
}

/* Version 4 moved the long texts out of the jobs row: an older file keeps
 * them, and its search index is rebuilt to match. */
static void
test_migrations_texts_move (void)
{
  g_autoptr(TempDir) tmp = temp_dir_new ();
  g_autofree char *path = temp_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  const PursuitMigration *migrations;
  guint n_migrations = 0;

  migrations = pursuit_migrations_get_all (&n_migrations);
  {
    g_autoptr(PursuitDatabase) database = pursuit_database_open (path, &error);

    g_assert_no_error (error);
    g_assert_true (pursuit_migrations_apply (database, migrations, n_migrations, 3, NULL, &error));
    g_assert_no_error (error);
  }
  raw_exec (path,
            "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at, "
            "posting_text, notes) VALUES "
            "('0b0b6b1e-5a5e-4c1e-9a8e-000000000001', 'Old Co', 'Kept Job', 2, 1, 1, "
            "'Night shifts on the billing queue', 'Ask about the training budget'), "
            "('0b0b6b1e-5a5e-4c1e-9a8e-000000000002', 'Plain Co', 'No Texts', 2, 2, 2, '', '')");

  repository = open_repository (path);
  g_assert_cmpint (raw_query_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
  g_assert_cmpint (raw_query_int (path, "SELECT count(*) FROM pragma_table_info ('jobs') "
                                        "WHERE name IN ('posting_text', 'notes')"), ==, 0);

  job = pursuit_repository_find_job (repository, "1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_posting_text (job), ==, "Night shifts on the billing queue");
  g_assert_cmpstr (pursuit_job_get_notes (job), ==, "Ask about the training budget");

  listed = pursuit_repository_list_jobs (repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 2);

  g_assert_true (search_finds (repository, "billing", 1));
  g_assert_true (search_finds (repository, "training", 1));
  g_assert_true (search_finds (repository, "plain", 2));
  g_assert_false (search_finds (repository, "billing", 2));
  raw_exec (path, "INSERT INTO jobs_fts (jobs_fts) VALUES ('integrity-check')");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/repository/open/fresh", test_repository_open_fresh);
  g_test_add_func ("/repository/open/corrupt-file", test_repository_corrupt_file);
  g_test_add_func ("/repository/open/truncated-file", test_repository_truncated_file);
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
  g_test_add_func ("/repository/jobs/invalid-job", test_repository_invalid_job);
  g_test_add_func ("/repository/jobs/order", test_repository_order);
  g_test_add_func ("/repository/jobs/trash", test_repository_trash);
  g_test_add_func ("/repository/jobs/huge-text", test_repository_huge_text);
  g_test_add_func ("/migrations/list", test_migrations_list);
  g_test_add_func ("/migrations/empty-file", test_migrations_empty_file);
  g_test_add_func ("/migrations/foreign-table", test_migrations_foreign_table);
  g_test_add_func ("/migrations/foreign-application-id", test_migrations_foreign_application_id);
  g_test_add_func ("/migrations/foreign-versioned", test_migrations_foreign_versioned);
  g_test_add_func ("/migrations/newer-version", test_migrations_newer_version);
  g_test_add_func ("/migrations/backup", test_migrations_backup);
  g_test_add_func ("/migrations/rollback", test_migrations_rollback);
  g_test_add_func ("/migrations/every-version", test_migrations_every_version);
  g_test_add_func ("/migrations/texts-move", test_migrations_texts_move);
  g_test_add_func ("/repository/self-check-results", test_repository_self_check_results);
  g_test_add_func ("/repository/search-sync", test_repository_search_sync);
  g_test_add_func ("/repository/job-ids-contain", test_job_ids_contain);
  g_test_add_func ("/store/open", test_store_open);
  g_test_add_func ("/store/not-open", test_store_not_open);
  g_test_add_func ("/store/first-jobs", test_store_first_jobs);
  g_test_add_func ("/repository/jobs/list-in-two", test_repository_list_in_two);
  g_test_add_func ("/store/add-and-save", test_store_add_and_save);
  g_test_add_func ("/store/invalid-draft", test_store_invalid_draft);
  g_test_add_func ("/store/trash-restore-delete", test_store_trash_restore_delete);
  g_test_add_func ("/store/corrupt-file", test_store_corrupt_file);
  g_test_add_func ("/store/purges-on-open", test_store_purges_on_open);
  g_test_add_func ("/store/answers-on-main-thread", test_store_answers_on_main_thread);

  return g_test_run ();
}
