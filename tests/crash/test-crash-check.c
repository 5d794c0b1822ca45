/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pursuit-crash-check.h"
#include "pursuit-repository.h"

/* The crash test is only as good as its checks: each must pass a sound
 * database made by the real migrations and repository, and catch the harm
 * it looks for when that harm is planted by hand. */

typedef struct
{
  char *folder;
  char *path;
  gint64 ids[3];
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  static const char *const companies[] = { "Acme Ltd", "Société Générale", "Initech" };

  fixture->folder = g_dir_make_tmp ("pursuit-crash-check-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->folder, "pursuit.db", NULL);

  repository = pursuit_repository_open (fixture->path, &error);
  g_assert_no_error (error);
  stages = pursuit_repository_list_stages (repository);
  for (guint i = 0; i < G_N_ELEMENTS (companies); i++)
    {
      g_autoptr(PursuitJob) job = pursuit_job_new ();

      pursuit_job_set_company (job, companies[i]);
      pursuit_job_set_title (job, "Support Agent");
      pursuit_job_set_notes (job, "Call back on Monday");
      pursuit_job_set_stage (job, g_ptr_array_index (stages, i));
      pursuit_repository_insert_job (repository, job, 1764547200, &error);
      g_assert_no_error (error);
      fixture->ids[i] = pursuit_job_get_id (job);
    }
  /* A move, so the timeline of one job has two entries. */
  pursuit_repository_move_job (repository, fixture->ids[0], pursuit_stage_get_id (g_ptr_array_index (stages, 2)),
                               "Phone screen", 1764550000, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  pursuit_crash_remove_database (fixture->path);
  g_rmdir (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

/* Runs @sql on the database behind the app's back. */
static void
execute (Fixture    *fixture,
         const char *sql)
{
  sqlite3 *database = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &database), ==, SQLITE_OK);
  if (sqlite3_exec (database, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (database), ==, SQLITE_OK);
}

static void
test_sound (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_crash_check_database (fixture->path, &error));
  g_assert_no_error (error);
}

/* A job the search index does not know: written to jobs while the trigger
 * that indexes its texts is gone. */
static void
test_search_index_mismatch (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *database = NULL;
  int plain;

  execute (fixture,
           "DROP TRIGGER job_texts_fts_after_insert;"
           "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at)"
           "  VALUES ('0f8b0e0c-4f0a-4c52-9d51-5a3b0d1c2e3f', 'Unindexed Ltd', 'Agent', 1, 0, 0);");

  g_assert_false (pursuit_crash_check_database (fixture->path, &error));
  g_assert_error (error, PURSUIT_CRASH_ERROR, PURSUIT_CRASH_ERROR_SEARCH_INDEX);

  /* Why the strict form: the plain one only checks the index in itself. */
  g_assert_cmpint (sqlite3_open (fixture->path, &database), ==, SQLITE_OK);
  plain = sqlite3_exec (database, "INSERT INTO jobs_fts (jobs_fts) VALUES ('integrity-check')", NULL, NULL, NULL);
  g_test_message ("The plain integrity-check %s the planted mismatch",
                  plain == SQLITE_OK ? "misses" : "also catches");
  sqlite3_close (database);
}

/* An entry of the index for a job whose texts changed behind its back. */
static void
test_search_index_stale (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  execute (fixture,
           "DROP TRIGGER job_texts_fts_after_update;"
           "UPDATE job_texts SET notes = 'Rejected after the second interview' WHERE job_id = 2;");

  g_assert_false (pursuit_crash_check_database (fixture->path, &error));
  g_assert_error (error, PURSUIT_CRASH_ERROR, PURSUIT_CRASH_ERROR_SEARCH_INDEX);
}

/* A move written while the trigger that sums a job's moves up is gone. */
static void
test_moves_stale (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("DROP TRIGGER stage_history_moves_after_insert;"
                                          "INSERT INTO stage_history (job_id, stage_id, entered_at)"
                                          "  VALUES (%" G_GINT64_FORMAT ", 4, 1764560000);",
                                          fixture->ids[1]);

  execute (fixture, sql);
  g_assert_false (pursuit_crash_check_database (fixture->path, &error));
  g_assert_error (error, PURSUIT_CRASH_ERROR, PURSUIT_CRASH_ERROR_MOVES);
}

static void
test_foreign_key (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Foreign keys are off on a fresh connection, as in a program that
   * forgot them. */
  execute (fixture, "INSERT INTO stage_history (job_id, stage_id, entered_at) VALUES (999, 1, 0);");

  g_assert_false (pursuit_crash_check_database (fixture->path, &error));
  g_assert_error (error, PURSUIT_CRASH_ERROR, PURSUIT_CRASH_ERROR_FOREIGN_KEY);
  g_assert_nonnull (strstr (error->message, "stage_history"));
}

/* Bytes of the file overwritten, as a torn write to disk would leave it. */
static void
test_damaged_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char garbage[4096];
  GStatBuf info;
  int fd;

  /* Everything in the main file, not in the write-ahead log. */
  execute (fixture, "PRAGMA wal_checkpoint(TRUNCATE);");
  g_assert_cmpint (g_stat (fixture->path, &info), ==, 0);
  g_assert_cmpint (info.st_size, >=, 8 * 4096);

  memset (garbage, 0x5a, sizeof garbage);
  fd = g_open (fixture->path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  /* Pages 3 to 6: tables and indexes, past the header and the schema. */
  for (int page = 2; page < 6; page++)
    g_assert_cmpint (pwrite (fd, garbage, sizeof garbage, (off_t) page * 4096), ==, sizeof garbage);
  close (fd);

  g_assert_false (pursuit_crash_check_database (fixture->path, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == PURSUIT_CRASH_ERROR);
}

static PursuitCrashJob *
expected_job (gint64      id,
              const char *company,
              gint64      stage_id,
              gint64      n_changes)
{
  PursuitCrashJob *job = pursuit_crash_job_new ();

  job->id = id;
  g_free (job->company);
  job->company = g_strdup (company);
  g_free (job->title);
  job->title = g_strdup ("Support Agent");
  g_free (job->notes);
  job->notes = g_strdup ("Call back on Monday");
  job->stage_id = stage_id;
  job->n_changes = n_changes;
  return job;
}

static GHashTable *
expected_jobs (Fixture *fixture)
{
  GHashTable *jobs = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                            (GDestroyNotify) pursuit_crash_job_free);
  PursuitCrashJob *jobs_written[] = {
    expected_job (fixture->ids[0], "Acme Ltd", 3, 2),
    expected_job (fixture->ids[1], "Société Générale", 2, 1),
    expected_job (fixture->ids[2], "Initech", 3, 1),
  };

  for (guint i = 0; i < G_N_ELEMENTS (jobs_written); i++)
    g_hash_table_insert (jobs, &jobs_written[i]->id, jobs_written[i]);
  return jobs;
}

/* The jobs read back are the ones written, field by field. */
static void
test_read_jobs (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) found = pursuit_crash_read_jobs (fixture->path, &error);
  g_autoptr(GHashTable) expected = expected_jobs (fixture);

  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (found), ==, 3);
  g_assert_null (pursuit_crash_compare_jobs (expected, found));
}

static void
test_lost_write (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GHashTable) found = NULL;
  g_autoptr(GHashTable) expected = expected_jobs (fixture);
  g_autofree char *missing = NULL;
  g_autofree char *torn = NULL;
  g_autofree char *extra = NULL;
  g_autofree char *wanted = NULL;

  execute (fixture, "PRAGMA foreign_keys = ON;"
                    "DELETE FROM jobs WHERE company = 'Initech';"
                    "UPDATE job_texts SET notes = 'Changed' WHERE job_id = 2;"
                    "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at)"
                    "  VALUES ('1f8b0e0c-4f0a-4c52-9d51-5a3b0d1c2e3f', 'Phantom Inc', 'Agent', 1, 0, 0);");
  found = pursuit_crash_read_jobs (fixture->path, NULL);
  g_assert_nonnull (found);

  missing = pursuit_crash_compare_jobs (expected, found);
  g_assert_nonnull (missing);

  /* With the deleted job gone from what is expected, the changed notes
   * show, then the job nobody wrote. */
  g_hash_table_remove (expected, &fixture->ids[2]);
  torn = pursuit_crash_compare_jobs (expected, found);
  wanted = g_strdup_printf ("job %" G_GINT64_FORMAT ", notes: “Changed” instead of “Call back on Monday”",
                            fixture->ids[1]);
  g_assert_cmpstr (torn, ==, wanted);

  g_free (((PursuitCrashJob *) g_hash_table_lookup (expected, &fixture->ids[1]))->notes);
  ((PursuitCrashJob *) g_hash_table_lookup (expected, &fixture->ids[1]))->notes = g_strdup ("Changed");
  extra = pursuit_crash_compare_jobs (expected, found);
  g_assert_nonnull (extra);
  g_assert_nonnull (strstr (extra, "Phantom Inc"));
}

/* A kill before the first upgrade finished leaves no tables or no file:
 * no jobs, and nothing to flag. */
static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) found = pursuit_crash_read_jobs ("/nonexistent/pursuit.db", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (found), ==, 0);
  g_assert_cmpint (pursuit_crash_count_rows ("/nonexistent/pursuit.db", "SELECT count(*) FROM jobs", NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, function) \
  g_test_add (path, Fixture, NULL, fixture_set_up, function, fixture_tear_down)

  ADD ("/crash-check/sound", test_sound);
  ADD ("/crash-check/search-index-mismatch", test_search_index_mismatch);
  ADD ("/crash-check/search-index-stale", test_search_index_stale);
  ADD ("/crash-check/moves-stale", test_moves_stale);
  ADD ("/crash-check/foreign-key", test_foreign_key);
  ADD ("/crash-check/damaged-file", test_damaged_file);
  ADD ("/crash-check/read-jobs", test_read_jobs);
  ADD ("/crash-check/lost-write", test_lost_write);
  g_test_add_func ("/crash-check/missing-file", test_missing_file);

#undef ADD

  return g_test_run ();
}
