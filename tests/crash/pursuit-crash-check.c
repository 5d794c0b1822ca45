/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pursuit-crash-check.h"

#include <string.h>

#include <glib/gstdio.h>

#include <sqlite3.h>

/* What the crash test asks of a database after each kill, read with SQLite
 * alone so that the code under test does not check itself: the file is
 * sound, the search index agrees with the tables, no row points at a row
 * that is gone, and the jobs are exactly what the writers reported. */

G_DEFINE_QUARK (pursuit-crash-error-quark, pursuit_crash_error)

PursuitCrashJob *
pursuit_crash_job_new (void)
{
  PursuitCrashJob *job = g_new0 (PursuitCrashJob, 1);

  job->company = g_strdup ("");
  job->title = g_strdup ("");
  job->location = g_strdup ("");
  job->notes = g_strdup ("");
  job->posting_text = g_strdup ("");
  return job;
}

PursuitCrashJob *
pursuit_crash_job_copy (const PursuitCrashJob *job)
{
  PursuitCrashJob *copy = g_new0 (PursuitCrashJob, 1);

  copy->id = job->id;
  copy->company = g_strdup (job->company);
  copy->title = g_strdup (job->title);
  copy->location = g_strdup (job->location);
  copy->notes = g_strdup (job->notes);
  copy->posting_text = g_strdup (job->posting_text);
  copy->stage_id = job->stage_id;
  copy->n_changes = job->n_changes;
  return copy;
}

void
pursuit_crash_job_free (PursuitCrashJob *job)
{
  if (job == NULL)
    return;

  g_free (job->company);
  g_free (job->title);
  g_free (job->location);
  g_free (job->notes);
  g_free (job->posting_text);
  g_free (job);
}

static sqlite3 *
open_database (const char  *path,
               GError     **error)
{
  sqlite3 *database = NULL;
  int result = sqlite3_open_v2 (path, &database, SQLITE_OPEN_READWRITE, NULL);

  if (result != SQLITE_OK)
    {
      g_set_error (error, PURSUIT_CRASH_ERROR, PURSUIT_CRASH_ERROR_OPEN, "Cannot open %s: %s", path,
                   database != NULL ? sqlite3_errmsg (database) : sqlite3_errstr (result));
      sqlite3_close (database);
      return NULL;
    }
  sqlite3_busy_timeout (database, 5000);
  return database;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)

static gboolean
fail_with_sqlite (sqlite3            *database,
                  PursuitCrashError   code,
                  const char         *what,
                  GError            **error)
{
  g_set_error (error, PURSUIT_CRASH_ERROR, code, "%s: %s", what, sqlite3_errmsg (database));
  return FALSE;
}

static gboolean
has_table (sqlite3    *database,
           const char *name)
{
  sqlite3_stmt *statement = NULL;
  gboolean found;

  if (sqlite3_prepare_v2 (database, "SELECT 1 FROM sqlite_master WHERE name = ?", -1, &statement, NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (statement, 1, name, -1, SQLITE_STATIC);
  found = sqlite3_step (statement) == SQLITE_ROW;
  sqlite3_finalize (statement);
  return found;
}

static gboolean
check_integrity (sqlite3  *database,
                 GError  **error)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  sqlite3_stmt *statement = NULL;
  int step;

  if (sqlite3_prepare_v2 (database, "PRAGMA integrity_check", -1, &statement, NULL) != SQLITE_OK)
    return fail_with_sqlite (database, PURSUIT_CRASH_ERROR_DAMAGED, "integrity_check", error);

  while ((step = sqlite3_step (statement)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (statement, 0);

      g_string_append_printf (problems, "%s%s", problems->len > 0 ? "; " : "", line != NULL ? line : "?");
    }
  sqlite3_finalize (statement);

  if (step != SQLITE_DONE)
    return fail_with_sqlite (database, PURSUIT_CRASH_ERROR_DAMAGED, "integrity_check", error);
  if (!g_str_equal (problems->str, "ok"))
    {
      g_set_error (error, PURSUIT_CRASH_ERROR, PURSUIT_CRASH_ERROR_DAMAGED, "integrity_check: %s", problems->str);
      return FALSE;
    }
  return TRUE;
}

/* The strict form (rank 1) also compares the index with the rows it is
 * made from; without it, FTS5 checks only that the index is sound in
 * itself, and a job missing from it passes. */
static gboolean
check_search_index (sqlite3  *database,
                    GError  **error)
{
  if (!has_table (database, "jobs_fts"))
    return TRUE;

  if (sqlite3_exec (database, "INSERT INTO jobs_fts (jobs_fts, rank) VALUES ('integrity-check', 1)",
                    NULL, NULL, NULL) != SQLITE_OK)
    return fail_with_sqlite (database, PURSUIT_CRASH_ERROR_SEARCH_INDEX,
                             "The search index does not agree with the jobs", error);
  return TRUE;
}

/* job_moves (schema 9) must be what its view works out from the stage
 * history, row for row. */
static gboolean
check_moves (sqlite3  *database,
             GError  **error)
{
  sqlite3_stmt *statement = NULL;
  int step;

  if (!has_table (database, "job_moves"))
    return TRUE;

  if (sqlite3_prepare_v2 (database,
                          "SELECT job_id FROM (SELECT * FROM job_moves EXCEPT SELECT * FROM job_moves_of_history"
                          " UNION ALL SELECT * FROM job_moves_of_history EXCEPT SELECT * FROM job_moves) LIMIT 1",
                          -1, &statement, NULL) != SQLITE_OK)
    return fail_with_sqlite (database, PURSUIT_CRASH_ERROR_MOVES, "job_moves", error);

  step = sqlite3_step (statement);
  if (step == SQLITE_ROW)
    {
      g_set_error (error, PURSUIT_CRASH_ERROR, PURSUIT_CRASH_ERROR_MOVES,
                   "The summed-up moves of job %lld do not agree with its stage history",
                   (long long) sqlite3_column_int64 (statement, 0));
      sqlite3_finalize (statement);
      return FALSE;
    }
  sqlite3_finalize (statement);
  if (step != SQLITE_DONE)
    return fail_with_sqlite (database, PURSUIT_CRASH_ERROR_MOVES, "job_moves", error);
  return TRUE;
}

static gboolean
check_foreign_keys (sqlite3  *database,
                    GError  **error)
{
  sqlite3_stmt *statement = NULL;
  int step;

  if (sqlite3_prepare_v2 (database, "PRAGMA foreign_key_check", -1, &statement, NULL) != SQLITE_OK)
    return fail_with_sqlite (database, PURSUIT_CRASH_ERROR_FOREIGN_KEY, "foreign_key_check", error);

  step = sqlite3_step (statement);
  if (step == SQLITE_ROW)
    {
      g_set_error (error, PURSUIT_CRASH_ERROR, PURSUIT_CRASH_ERROR_FOREIGN_KEY,
                   "Row %lld of %s points at a missing row of %s",
                   (long long) sqlite3_column_int64 (statement, 1),
                   (const char *) sqlite3_column_text (statement, 0),
                   (const char *) sqlite3_column_text (statement, 2));
      sqlite3_finalize (statement);
      return FALSE;
    }
  sqlite3_finalize (statement);

  if (step != SQLITE_DONE)
    return fail_with_sqlite (database, PURSUIT_CRASH_ERROR_FOREIGN_KEY, "foreign_key_check", error);
  return TRUE;
}

/**
 * pursuit_crash_check_database:
 *
 * Whether the database at @path is sound: `PRAGMA integrity_check` says
 * "ok", the search index agrees with the tables, and `PRAGMA
 * foreign_key_check` finds nothing. A file a kill left half upgraded has
 * no search index yet; the other checks still apply. A kill before the
 * file was made leaves nothing to check (whether a write is missing is
 * pursuit_crash_compare_jobs()' question).
 */
gboolean
pursuit_crash_check_database (const char  *path,
                              GError     **error)
{
  g_autoptr(sqlite3) database = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  database = open_database (path, error);
  return database != NULL &&
         check_integrity (database, error) &&
         check_search_index (database, error) &&
         check_moves (database, error) &&
         check_foreign_keys (database, error);
}

static char *
column_text (sqlite3_stmt *statement,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (statement, column);

  return g_strdup (text != NULL ? text : "(null)");
}

/**
 * pursuit_crash_read_jobs:
 *
 * Returns: (transfer full) (element-type gint64 PursuitCrashJob): the jobs
 *   of the database at @path by id; none when the file or its tables are
 *   not there yet (a kill can come before the first upgrade ends)
 */
GHashTable *
pursuit_crash_read_jobs (const char  *path,
                         GError     **error)
{
  g_autoptr(GHashTable) jobs = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                      (GDestroyNotify) pursuit_crash_job_free);
  g_autoptr(sqlite3) database = NULL;
  sqlite3_stmt *statement = NULL;
  int step;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&jobs);

  database = open_database (path, error);
  if (database == NULL)
    return NULL;
  if (!has_table (database, "job_texts"))
    return g_steal_pointer (&jobs);

  if (sqlite3_prepare_v2 (database,
                          "SELECT id, company, title, location, notes, posting_text, stage_id,"
                          "  (SELECT count(*) FROM stage_history WHERE job_id = jobs.id)"
                          " FROM jobs LEFT JOIN job_texts ON job_texts.job_id = jobs.id",
                          -1, &statement, NULL) != SQLITE_OK)
    {
      fail_with_sqlite (database, PURSUIT_CRASH_ERROR_DAMAGED, "Reading the jobs", error);
      return NULL;
    }

  while ((step = sqlite3_step (statement)) == SQLITE_ROW)
    {
      PursuitCrashJob *job = g_new0 (PursuitCrashJob, 1);

      job->id = sqlite3_column_int64 (statement, 0);
      job->company = column_text (statement, 1);
      job->title = column_text (statement, 2);
      job->location = column_text (statement, 3);
      job->notes = column_text (statement, 4);
      job->posting_text = column_text (statement, 5);
      job->stage_id = sqlite3_column_int64 (statement, 6);
      job->n_changes = sqlite3_column_int64 (statement, 7);
      g_hash_table_insert (jobs, &job->id, job);
    }
  sqlite3_finalize (statement);

  if (step != SQLITE_DONE)
    {
      fail_with_sqlite (database, PURSUIT_CRASH_ERROR_DAMAGED, "Reading the jobs", error);
      return NULL;
    }
  return g_steal_pointer (&jobs);
}

/**
 * pursuit_crash_jobs_copy:
 *
 * Returns: (transfer full): a copy of @jobs, each job copied
 */
GHashTable *
pursuit_crash_jobs_copy (GHashTable *jobs)
{
  GHashTable *copy = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                            (GDestroyNotify) pursuit_crash_job_free);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, jobs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      PursuitCrashJob *job = pursuit_crash_job_copy (value);

      g_hash_table_insert (copy, &job->id, job);
    }
  return copy;
}

/* @text quoted on one line, its start only when it is long. */
static char *
describe_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_autofree char *start = NULL;
  gsize length = strlen (text);

  g_strdelimit (valid, "\n\r\t", ' ');
  if (length <= 40)
    return g_strdup_printf ("“%s”", valid);

  start = g_utf8_substring (valid, 0, 30);
  return g_strdup_printf ("%" G_GSIZE_FORMAT " bytes starting “%s”", length, start);
}

static char *
compare_text (gint64      id,
              const char *field,
              const char *expected,
              const char *found)
{
  g_autofree char *expected_description = NULL;
  g_autofree char *found_description = NULL;

  if (g_str_equal (expected, found))
    return NULL;

  expected_description = describe_text (expected);
  found_description = describe_text (found);
  return g_strdup_printf ("job %" G_GINT64_FORMAT ", %s: %s instead of %s", id, field,
                          found_description, expected_description);
}

/**
 * pursuit_crash_compare_jobs:
 * @expected: (element-type gint64 PursuitCrashJob): what the writers reported
 * @found: (element-type gint64 PursuitCrashJob): what the database holds
 *
 * Returns: (nullable): %NULL when both hold the same jobs with the same
 *   values, or the first difference in words
 */
char *
pursuit_crash_compare_jobs (GHashTable *expected,
                            GHashTable *found)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const PursuitCrashJob *want = value;
      const PursuitCrashJob *have = g_hash_table_lookup (found, &want->id);
      char *difference;

      if (have == NULL)
        return g_strdup_printf ("job %" G_GINT64_FORMAT " (%s) is missing", want->id, want->company);

      if ((difference = compare_text (want->id, "company", want->company, have->company)) != NULL ||
          (difference = compare_text (want->id, "title", want->title, have->title)) != NULL ||
          (difference = compare_text (want->id, "location", want->location, have->location)) != NULL ||
          (difference = compare_text (want->id, "notes", want->notes, have->notes)) != NULL ||
          (difference = compare_text (want->id, "posting text", want->posting_text, have->posting_text)) != NULL)
        return difference;

      if (want->stage_id != have->stage_id)
        return g_strdup_printf ("job %" G_GINT64_FORMAT ": in stage %" G_GINT64_FORMAT ", not %" G_GINT64_FORMAT,
                                want->id, have->stage_id, want->stage_id);
      if (want->n_changes != have->n_changes)
        return g_strdup_printf ("job %" G_GINT64_FORMAT ": %" G_GINT64_FORMAT " timeline entries, not %" G_GINT64_FORMAT,
                                want->id, have->n_changes, want->n_changes);
    }

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const PursuitCrashJob *have = value;

      if (!g_hash_table_contains (expected, &have->id))
        return g_strdup_printf ("job %" G_GINT64_FORMAT " (%s) should not be there", have->id, have->company);
    }

  return NULL;
}

/**
 * pursuit_crash_count_rows:
 * @sql: a query giving one number
 *
 * Returns: the number, 0 when the file or the table is not there yet, or
 *   -1 with @error set
 */
gint64
pursuit_crash_count_rows (const char  *path,
                          const char  *sql,
                          GError     **error)
{
  g_autoptr(sqlite3) database = NULL;
  sqlite3_stmt *statement = NULL;
  gint64 count;

  g_return_val_if_fail (path != NULL && sql != NULL, -1);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return 0;

  database = open_database (path, error);
  if (database == NULL)
    return -1;
  if (!has_table (database, "job_texts"))
    return 0;

  if (sqlite3_prepare_v2 (database, sql, -1, &statement, NULL) != SQLITE_OK ||
      sqlite3_step (statement) != SQLITE_ROW)
    {
      sqlite3_finalize (statement);
      fail_with_sqlite (database, PURSUIT_CRASH_ERROR_DAMAGED, sql, error);
      return -1;
    }
  count = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  return count;
}

/* Deletes the database at @path with the files SQLite and Pursuit keep
 * beside it. */
void
pursuit_crash_remove_database (const char *path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal", ".lock" };

  g_return_if_fail (path != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}
