/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "pursuit-database.h"
#include "pursuit-error.h"
#include "pursuit-job-columns.h"
#include "pursuit-migrations.h"
#include "pursuit-repository-private.h"
#include "pursuit-repository-stages.h"
#include "pursuit-test-utils.h"

/* Migrations: a file is upgraded step by step, with a backup first, or
 * refused untouched when it is not Pursuit's or is newer than the app. */

static void
test_migrations_list (void)
{
  const PursuitMigration *migrations;
  guint n_migrations = 0;

  migrations = pursuit_migrations_get_all (&n_migrations);
  g_assert_cmpuint (n_migrations, >, 0);
  g_assert_cmpint (migrations[0].version, ==, 1);
  for (guint i = 1; i < n_migrations; i++)
    g_assert_cmpint (migrations[i].version, ==, migrations[i - 1].version + 1);
  g_assert_cmpint (pursuit_migrations_get_latest (), ==, migrations[n_migrations - 1].version);
}

static void
test_migrations_empty_file (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GListModel) stages = NULL;
  g_autoptr(PursuitJob) job = NULL;

  pursuit_test_write_file (path, "", 0);

  repository = pursuit_test_open_repository (path);
  stages = pursuit_test_list_stages (repository);
  pursuit_test_assert_default_stages (stages);
  job = pursuit_test_insert_job (repository, "Acme", "Engineer", 100);

  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA application_id"), ==, PURSUIT_DATABASE_APPLICATION_ID);
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 1);

  /* An empty file holds nothing worth a backup. */
  g_assert_cmpuint (pursuit_test_dir_count_suffix (tmp, ".backup"), ==, 0);
}

static void
test_migrations_foreign_table (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");

  pursuit_test_sql_exec (path,
            "CREATE TABLE recipes (name TEXT, steps TEXT);"
            "INSERT INTO recipes VALUES ('bread', 'knead, wait, bake');");
  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA user_version"), ==, 0);

  pursuit_test_assert_refused (path, PURSUIT_STORE_ERROR_NOT_A_DATABASE);

  g_assert_false (pursuit_test_sql_has_table (path, "jobs"));
  g_assert_cmpint (pursuit_test_count_rows (path, "recipes"), ==, 1);
  g_assert_cmpuint (pursuit_test_dir_count_suffix (tmp, ".backup"), ==, 0);
}

static void
test_migrations_foreign_application_id (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *empty_path = pursuit_test_dir_file (tmp, "other.db");
  g_autofree char *pursuit_like_path = pursuit_test_dir_file (tmp, "pursuit.db");

  /* No tables at all: only the header says it is someone else's. */
  pursuit_test_sql_exec (empty_path, "PRAGMA application_id = 1234");
  g_assert_cmpint (pursuit_test_sql_int (empty_path, "PRAGMA application_id"), ==, 1234);
  pursuit_test_assert_refused (empty_path, PURSUIT_STORE_ERROR_NOT_A_DATABASE);
  g_assert_cmpint (pursuit_test_sql_int (empty_path, "PRAGMA user_version"), ==, 0);

  /* Pursuit's schema and version, but another application id. */
  pursuit_test_create_database (pursuit_like_path);
  pursuit_test_sql_exec (pursuit_like_path, "PRAGMA application_id = 1179407688");
  pursuit_test_assert_refused (pursuit_like_path, PURSUIT_STORE_ERROR_NOT_A_DATABASE);

  g_assert_cmpuint (pursuit_test_dir_count_suffix (tmp, ".backup"), ==, 0);
}

/* Many programs number their schema in user_version but never set an
 * application_id: such a file must be refused untouched, like any other. */
static void
test_migrations_foreign_versioned (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *journal_mode = NULL;

  pursuit_test_sql_exec (path,
            "CREATE TABLE recipes (name TEXT);"
            "INSERT INTO recipes VALUES ('bread');"
            "PRAGMA user_version = 1;");
  before = pursuit_test_read_file (path);

  repository = pursuit_repository_open (path, &error);
  g_assert_null (repository);
  g_assert_nonnull (error);
  g_assert_true (error->domain == PURSUIT_STORE_ERROR);

  after = pursuit_test_read_file (path);
  journal_mode = pursuit_test_sql_text (path, "PRAGMA journal_mode");
  g_assert_true (g_bytes_equal (before, after));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_A_DATABASE);
  pursuit_test_assert_file_unchanged (path, before);
  g_assert_cmpstr (journal_mode, ==, "delete");
  g_assert_cmpint (pursuit_test_count_rows (path, "recipes"), ==, 1);
}

static void
test_migrations_newer_version (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d",
                                          pursuit_migrations_get_latest () + 1);
  g_autofree char *newer = g_strdup_printf ("%d", pursuit_migrations_get_latest () + 1);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  repository = pursuit_test_open_repository (path);
  job = pursuit_test_insert_job (repository, "Acme", "Engineer", 100);
  g_clear_object (&repository);

  pursuit_test_sql_exec (path, sql);
  before = pursuit_test_read_file (path);

  repository = pursuit_repository_open (path, &error);
  g_assert_null (repository);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NEWER_VERSION);
  g_assert_nonnull (strstr (error->message, "newer"));
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, newer));

  pursuit_test_assert_file_unchanged (path, before);
  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest () + 1);
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 1);
  g_assert_cmpuint (pursuit_test_dir_count_suffix (tmp, ".backup"), ==, 0);
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
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "test.db");
  g_autofree char *backup_path = pursuit_test_dir_file (tmp, "test.db.v1.backup");
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
  g_assert_true (pursuit_test_sql_has_table (path, "a"));
  g_assert_false (pursuit_test_sql_has_table (path, "b"));

  g_assert_true (pursuit_database_exec (database, "INSERT INTO a (x) VALUES ('kept')", &error));
  g_assert_no_error (error);

  g_assert_true (pursuit_migrations_apply (database, test_migrations, G_N_ELEMENTS (test_migrations),
                                           2, backup_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (database_version (database), ==, 2);
  g_assert_true (pursuit_test_sql_has_table (path, "b"));

  /* The backup is the database as it was before the upgrade. */
  g_assert_true (g_file_test (backup_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (pursuit_test_sql_int (backup_path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (pursuit_test_sql_int (backup_path, "PRAGMA application_id"), ==, PURSUIT_DATABASE_APPLICATION_ID);
  g_assert_cmpint (pursuit_test_sql_int (backup_path, "SELECT count(*) FROM a"), ==, 1);
  {
    g_autofree char *kept = pursuit_test_sql_text (backup_path, "SELECT x FROM a");

    g_assert_cmpstr (kept, ==, "kept");
  }
  g_assert_false (pursuit_test_sql_has_table (backup_path, "b"));

  /* Up to date: nothing to do, so no backup either. */
  g_assert_no_errno (g_remove (backup_path));
  g_assert_true (pursuit_migrations_apply (database, test_migrations, G_N_ELEMENTS (test_migrations),
                                           2, backup_path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (database_version (database), ==, 2);
  g_assert_false (g_file_test (backup_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count(*) FROM a"), ==, 1);
}

static void
test_migrations_rollback (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "test.db");
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
  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA user_version"), ==, 1);
  g_assert_true (pursuit_test_sql_has_table (path, "a"));
  g_assert_false (pursuit_test_sql_has_table (path, "b"));
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count(*) FROM a"), ==, 1);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT x FROM a"), ==, 1);

  /* And no transaction was left open on the connection. */
  g_assert_true (pursuit_database_begin (database, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_database_commit (database, &error));
  g_assert_no_error (error);
}

/* A file at @version, made by the real migrations up to it. */
static void
make_file_at (const char *path,
              int         version)
{
  g_autoptr(PursuitDatabase) database = NULL;
  g_autoptr(GError) error = NULL;
  const PursuitMigration *migrations;
  guint n_migrations = 0;

  migrations = pursuit_migrations_get_all (&n_migrations);
  database = pursuit_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (pursuit_migrations_apply (database, migrations, n_migrations, version, NULL, &error));
  g_assert_no_error (error);
}

/* Each real migration, from every older version to the latest: a database
 * made at version N (with a job in it once jobs exist) upgrades, keeps its
 * data, and leaves a backup of version N next to it. */
static void
test_migrations_every_version (void)
{
  for (int from = 0; from < pursuit_migrations_get_latest (); from++)
    {
      g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
      g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
      g_autofree char *backup = g_strdup_printf ("%s.v%d.backup", path, from);
      g_autoptr(PursuitRepository) repository = NULL;
      g_autoptr(GError) error = NULL;

      if (from > 0)
        {
          make_file_at (path, from);
          pursuit_test_sql_exec (path,
                    "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at) "
                    "VALUES ('0b0b6b1e-5a5e-4c1e-9a8e-000000000001', 'Old Co', 'Kept Job', 2, 1, 1)");
        }

      repository = pursuit_repository_open (path, &error);
      g_assert_no_error (error);
      g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
      g_assert_true (pursuit_test_sql_has_table (path, "self_check_results"));

      if (from > 0)
        {
          g_autoptr(GPtrArray) jobs = pursuit_repository_list_jobs (repository, &error);

          g_assert_no_error (error);
          g_assert_cmpuint (jobs->len, ==, 1);
          g_assert_cmpstr (pursuit_job_get_title (g_ptr_array_index (jobs, 0)), ==, "Kept Job");
          g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
          g_assert_cmpint (pursuit_test_sql_int (backup, "PRAGMA user_version"), ==, from);
          g_assert_cmpint (pursuit_test_count_rows (backup, "jobs"), ==, 1);
        }
      else
        g_assert_cmpuint (pursuit_test_dir_count_suffix (tmp, ".backup"), ==, 0);
    }
}

/* Version 4 moved the long texts out of the jobs row: an older file keeps
 * them, and its search index is rebuilt to match. */
static void
test_migrations_texts_move (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;

  make_file_at (path, 3);
  pursuit_test_sql_exec (path,
            "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at, "
            "posting_text, notes) VALUES "
            "('0b0b6b1e-5a5e-4c1e-9a8e-000000000001', 'Old Co', 'Kept Job', 2, 1, 1, "
            "'Night shifts on the billing queue', 'Ask about the training budget'), "
            "('0b0b6b1e-5a5e-4c1e-9a8e-000000000002', 'Plain Co', 'No Texts', 2, 2, 2, '', '')");

  repository = pursuit_test_open_repository (path);
  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count(*) FROM pragma_table_info ('jobs') "
                                        "WHERE name IN ('posting_text', 'notes')"), ==, 0);

  job = pursuit_repository_find_job (repository, "1", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_posting_text (job), ==, "Night shifts on the billing queue");
  g_assert_cmpstr (pursuit_job_get_notes (job), ==, "Ask about the training budget");

  listed = pursuit_repository_list_jobs (repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 2);

  g_assert_true (pursuit_test_search_finds (repository, "billing", 1));
  g_assert_true (pursuit_test_search_finds (repository, "training", 1));
  g_assert_true (pursuit_test_search_finds (repository, "plain", 2));
  g_assert_false (pursuit_test_search_finds (repository, "billing", 2));
  pursuit_test_sql_exec (path, "INSERT INTO jobs_fts (jobs_fts) VALUES ('integrity-check')");
}

/* job_moves (schema 9) is the view job_moves_of_history kept in a table:
 * any difference between the two, as text. */
#define MOVES_DIFFER_SQL \
  "SELECT count (*) FROM (SELECT * FROM job_moves EXCEPT SELECT * FROM job_moves_of_history" \
  " UNION ALL SELECT * FROM job_moves_of_history EXCEPT SELECT * FROM job_moves)"
#define MOVES_OF_SQL(id) \
  "SELECT furthest || ' ' || ifnull (first_progress, '-') || ' ' || ifnull (responded_at, '-') || ' ' ||" \
  " had_applied || ' ' || last_at FROM job_moves WHERE job_id = " id

/* Version 9 sums each job's moves up in job_moves: an older file's history
 * is summed up on the way in, and every later change of the history (a
 * move, a time corrected, a move deleted, a job deleted) is followed. */
static void
test_migrations_job_moves (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *moves = NULL;
  gint64 change_id;

  make_file_at (path, 8);
  /* Stages 1 Wishlist, 2 Applied, 3 Screening, 4 Interviewing, 7 Rejected
   * (kinds 0, 1, 2, 3, 6). Job 1 went wishlist, applied, screening,
   * rejected; job 2 applied only; job 3 never moved. */
  pursuit_test_sql_exec (path,
            "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at) VALUES "
            "('0b0b6b1e-5a5e-4c1e-9a8e-000000000001', 'Old Co', 'Agent', 7, 100, 100), "
            "('0b0b6b1e-5a5e-4c1e-9a8e-000000000002', 'Next Co', 'Lead', 2, 200, 200), "
            "('0b0b6b1e-5a5e-4c1e-9a8e-000000000003', 'Still Co', 'Clerk', 1, 300, 300);"
            "INSERT INTO stage_history (job_id, stage_id, entered_at) VALUES "
            "(1, 1, 100), (1, 2, 1000), (1, 3, 5000), (1, 7, 9000), (2, 2, 2000)");

  repository = pursuit_test_open_repository (path);
  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM job_moves"), ==, 2);
  moves = pursuit_test_sql_text (path, MOVES_OF_SQL ("1"));
  g_assert_cmpstr (moves, ==, "2 1000 5000 1 9000");
  g_clear_pointer (&moves, g_free);
  moves = pursuit_test_sql_text (path, MOVES_OF_SQL ("2"));
  g_assert_cmpstr (moves, ==, "1 2000 - 1 2000");
  g_clear_pointer (&moves, g_free);
  g_assert_cmpint (pursuit_test_sql_int (path, MOVES_DIFFER_SQL), ==, 0);

  /* A move: job 2 reaches interviewing. */
  g_assert_true (pursuit_repository_move_job (repository, 2, 4, NULL, 3000, &error));
  g_assert_no_error (error);
  moves = pursuit_test_sql_text (path, MOVES_OF_SQL ("2"));
  g_assert_cmpstr (moves, ==, "3 2000 3000 1 3000");
  g_clear_pointer (&moves, g_free);

  /* A time corrected: job 1's screening was earlier. */
  change_id = pursuit_test_sql_int (path, "SELECT id FROM stage_history WHERE job_id = 1 AND stage_id = 3");
  g_assert_true (pursuit_repository_update_stage_change (repository, change_id, 4000, "", 9500, &error));
  g_assert_no_error (error);
  moves = pursuit_test_sql_text (path, MOVES_OF_SQL ("1"));
  g_assert_cmpstr (moves, ==, "2 1000 4000 1 9000");
  g_clear_pointer (&moves, g_free);

  /* A move deleted: without screening, job 1 never heard back. */
  g_assert_true (pursuit_repository_delete_stage_change (repository, change_id, 9600, &error));
  g_assert_no_error (error);
  moves = pursuit_test_sql_text (path, MOVES_OF_SQL ("1"));
  g_assert_cmpstr (moves, ==, "1 1000 - 1 9000");
  g_clear_pointer (&moves, g_free);

  /* A job deleted takes its row along with its moves. */
  g_assert_true (pursuit_repository_delete_job (repository, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM job_moves WHERE job_id = 1"), ==, 0);

  /* A new job: its first move makes its row. */
  {
    g_autoptr(PursuitJob) job = pursuit_test_make_job (repository, "New Co", "Agent", "applied");

    g_assert_true (pursuit_repository_insert_job (repository, job, 10000, &error));
    g_assert_no_error (error);
    moves = pursuit_test_sql_text (path, "SELECT furthest || ' ' || last_at FROM job_moves ORDER BY job_id DESC LIMIT 1");
    g_assert_cmpstr (moves, ==, "1 10000");
    g_clear_pointer (&moves, g_free);
  }

  /* Another program changing a stage's kind is followed too. */
  pursuit_test_sql_exec (path, "UPDATE stages SET kind = 2 WHERE id = 2");
  g_assert_cmpint (pursuit_test_sql_int (path, MOVES_DIFFER_SQL), ==, 0);
  pursuit_test_sql_exec (path, "UPDATE stages SET kind = 1 WHERE id = 2");
  g_assert_cmpint (pursuit_test_sql_int (path, MOVES_DIFFER_SQL), ==, 0);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM job_moves"), ==, 2);
}

/* Version 10 keeps each job's Insights tags in the jobs row: an older
 * file's jobs all wait to be tagged (adding the columns writes nothing),
 * and a later change of what a tag is worked out from makes a job wait
 * again, whoever writes it. */
static void
test_migrations_insights_tags (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GError) error = NULL;
  const char *columns[] = { "title", "location", "industry", "salary_role", "salary_level", "salary_country",
                            "pay_min", "pay_max", "pay_currency", "pay_period" };
  const char *values[] = { "'Lead'", "'Berlin'", "'Banking'", "'x'", "'y'", "'DE'", "1", "2", "'EUR'", "2" };

  make_file_at (path, 9);
  pursuit_test_sql_exec (path,
            "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at, pay_min, pay_currency,"
            "                  pay_period) VALUES "
            "('0b0b6b1e-5a5e-4c1e-9a8e-000000000001', 'Old Co', 'Agent', 2, 100, 100, 20, 'USD', 1), "
            "('0b0b6b1e-5a5e-4c1e-9a8e-000000000002', 'Next Co', 'Lead', 2, 200, 200, NULL, '', 0)");

  repository = pursuit_test_open_repository (path);
  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM jobs WHERE insights_pay IS NULL"
                                               " AND insights_role IS NULL"), ==, 2);
  g_assert_cmpint (pursuit_test_count_rows (path, "insights_tags_basis"), ==, 0);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM jobs INDEXED BY jobs_untagged"
                                               " WHERE insights_pay IS NULL"), ==, 2);

  /* Each input on its own makes a tagged job wait again. */
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE jobs SET %s = %s WHERE id = 1", columns[i], values[i]);

      pursuit_test_sql_exec (path, "UPDATE jobs SET insights_pay = 3, insights_role = 'r'");
      pursuit_test_sql_exec (path, sql);
      g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM jobs WHERE insights_pay IS NULL"
                                                   " AND insights_role IS NULL AND id = 1"), ==, 1);
      g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM jobs WHERE insights_pay IS NULL"), ==, 1);
    }

  /* Nothing else does: other fields, the stage, the texts, a move. */
  pursuit_test_sql_exec (path, "UPDATE jobs SET insights_pay = 3, insights_role = 'r';"
                               "UPDATE jobs SET company = 'New', source = 'Mail', applied_on = '2026-01-02',"
                               "  updated_at = 300, stage_id = 3, title = title WHERE id = 1;"
                               "UPDATE job_texts SET notes = 'Call' WHERE job_id = 1");
  g_assert_true (pursuit_repository_move_job (repository, 1, 4, NULL, 3000, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM jobs WHERE insights_pay IS NULL"), ==, 0);
}

/* Version 11 adds the index Insights reads instead of the jobs table:
 * built from the jobs an older file holds and kept by every later write;
 * the other reads of every job still scan the table, as before. */
static void
test_migrations_insights_index (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GError) error = NULL;
  const char *indexed = "SELECT group_concat (id || ':' || source || ':' || stage_id || ':'"
                        "  || ifnull (applied_on, '-') || ':' || ifnull (insights_pay, '-'), ' ')"
                        " FROM (SELECT * FROM jobs INDEXED BY jobs_insights WHERE trashed_at IS NULL ORDER BY id)";

  make_file_at (path, 10);
  pursuit_test_sql_exec (path,
            "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at, source, applied_on,"
            "                  insights_pay, trashed_at) VALUES "
            "('0b0b6b1e-5a5e-4c1e-9a8e-000000000001', 'Old Co', 'Agent', 2, 100, 100, 'Indeed', '2026-01-02',"
            " 4, NULL), "
            "('0b0b6b1e-5a5e-4c1e-9a8e-000000000002', 'Next Co', 'Lead', 3, 200, 200, 'Mail', NULL, NULL, 300), "
            "('0b0b6b1e-5a5e-4c1e-9a8e-000000000003', 'Third Co', 'Agent', 1, 300, 300, '', NULL, NULL, NULL)");

  repository = pursuit_test_open_repository (path);
  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA user_version"), ==, 11);
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 3);
  {
    g_autofree char *rows = pursuit_test_sql_text (path, indexed);

    g_assert_cmpstr (rows, ==, "1:Indeed:2:2026-01-02:4 3::1:-:-");
  }

  /* Restored from the trash, changed, moved (which sets the date applied),
   * trashed: always the table's. */
  pursuit_test_sql_exec (path, "UPDATE jobs SET trashed_at = NULL WHERE id = 2;"
                               "UPDATE jobs SET source = 'Referral', applied_on = '2026-02-03' WHERE id = 3;"
                               "UPDATE jobs SET trashed_at = 400 WHERE id = 1");
  g_assert_true (pursuit_repository_move_job (repository, 2, 4, NULL, 3000, &error));
  g_assert_no_error (error);
  {
    g_autofree char *rows = pursuit_test_sql_text (path, indexed);

    g_assert_cmpstr (rows, ==, "2:Mail:4:1970-01-01:- 3:Referral:1:2026-02-03:-");
  }
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM pragma_integrity_check"
                                               " WHERE integrity_check != 'ok'"), ==, 0);

  /* A partial index (trashed_at IS NULL) was taken for these, each row
   * then looked up in the table. */
  {
    g_autofree char *list = g_strconcat (pursuit_job_columns_select (FALSE), " WHERE trashed_at IS NULL", NULL);
    const char *reads[] = { list, pursuit_job_columns_stamps_select (),
                            "SELECT id, company, title FROM jobs WHERE trashed_at IS NULL ORDER BY id" };

    for (guint i = 0; i < G_N_ELEMENTS (reads); i++)
      {
        g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", reads[i], NULL);
        PursuitDatabase *database = pursuit_repository_get_database (repository);
        sqlite3_stmt *statement = pursuit_database_prepare (database, sql, &error);
        g_autoptr(GString) plan = g_string_new (NULL);

        g_assert_no_error (error);
        while (pursuit_database_step (database, statement, &error) == SQLITE_ROW)
          g_string_append_printf (plan, "%s; ", pursuit_database_column_text (statement, 3));
        g_assert_no_error (error);
        sqlite3_reset (statement);
        g_assert_true (g_str_has_prefix (plan->str, "SCAN jobs; "));
        g_assert_null (strstr (plan->str, "jobs_insights"));
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

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
  g_test_add_func ("/migrations/job-moves", test_migrations_job_moves);
  g_test_add_func ("/migrations/insights-tags", test_migrations_insights_tags);
  g_test_add_func ("/migrations/insights-index", test_migrations_insights_index);

  return g_test_run ();
}
