/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <sqlite3.h>

#include "pursuit-database.h"
#include "pursuit-error.h"
#include "pursuit-test-utils.h"

/* PursuitDatabase: every SQLite failure becomes a GError a user can act
 * on; statements are prepared once; transactions hold or vanish whole. */

static void
test_corrupt_file (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(GString) text = g_string_new (NULL);

  while (text->len < 8 * 1024)
    g_string_append (text, "this is not a database ");
  g_string_truncate (text, 8 * 1024);
  pursuit_test_write_file (path, text->str, text->len);

  pursuit_test_assert_refused (path, PURSUIT_STORE_ERROR_NOT_A_DATABASE);
  g_assert_cmpuint (pursuit_test_dir_count_suffix (tmp, ".backup"), ==, 0);
}

static void
test_truncated_file (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(GBytes) whole = NULL;

  /* A real SQLite header with most of the file gone. */
  pursuit_test_create_database (path);
  whole = pursuit_test_read_file (path);
  g_assert_cmpuint (g_bytes_get_size (whole), >, 1024);
  pursuit_test_write_file (path, g_bytes_get_data (whole, NULL), 1000);

  pursuit_test_assert_refused (path, PURSUIT_STORE_ERROR_NOT_A_DATABASE);
}

static PursuitDatabase *
open_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  PursuitDatabase *database = pursuit_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (PURSUIT_IS_DATABASE (database));
  return database;
}

/* What SQLite says goes into the message, after words a user can act on,
 * with the file named. */
static void
test_errors (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "test.db");
  g_autoptr(PursuitDatabase) database = open_database (path);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *insert;

  g_assert_cmpstr (pursuit_database_get_path (database), ==, path);

  g_assert_false (pursuit_database_exec (database, "THIS IS NOT SQL", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_FAILED);
  g_assert_true (g_str_has_prefix (error->message, "The database reported an error."));
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "syntax error"));
  g_clear_error (&error);

  g_assert_null (pursuit_database_prepare (database, "SELECT * FROM missing", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "no such table: missing"));
  g_clear_error (&error);

  /* A value the schema refuses is the user's to fix, not a broken file. */
  g_assert_true (pursuit_database_exec (database, "CREATE TABLE t (x TEXT NOT NULL UNIQUE)", &error));
  g_assert_no_error (error);
  insert = pursuit_database_prepare (database, "INSERT INTO t (x) VALUES (?)", &error);
  g_assert_no_error (error);
  sqlite3_bind_null (insert, 1);
  g_assert_false (pursuit_database_run (database, insert, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "The values cannot be saved."));
  g_assert_nonnull (strstr (error->message, "NOT NULL"));
  g_clear_error (&error);

  /* The statement that failed is ready for the next use. */
  insert = pursuit_database_prepare (database, "INSERT INTO t (x) VALUES (?)", &error);
  sqlite3_bind_text (insert, 1, "one", -1, SQLITE_STATIC);
  g_assert_true (pursuit_database_run (database, insert, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_database_changes (database), ==, 1);
  g_assert_cmpint (pursuit_database_last_insert_id (database), ==, 1);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count(*) FROM t WHERE x = 'one'"), ==, 1);
}

/* A statement is prepared once per SQL text and comes back reset, with its
 * bindings cleared. */
static void
test_prepared_once (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "test.db");
  g_autoptr(PursuitDatabase) database = open_database (path);
  g_autoptr(GError) error = NULL;
  const char *sql = "SELECT ?1 IS NULL";
  sqlite3_stmt *first;
  sqlite3_stmt *again;

  first = pursuit_database_prepare (database, sql, &error);
  g_assert_no_error (error);
  sqlite3_bind_int (first, 1, 7);
  g_assert_cmpint (pursuit_database_step (database, first, &error), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (first, 0), ==, 0);

  /* Half-read, and asked for again. */
  again = pursuit_database_prepare (database, sql, &error);
  g_assert_no_error (error);
  g_assert_true (again == first);
  g_assert_cmpint (pursuit_database_step (database, again, &error), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (again, 0), ==, 1);
  g_assert_cmpint (pursuit_database_step (database, again, &error), ==, SQLITE_DONE);
  g_assert_no_error (error);
}

/* NULL reads as "" and text as itself, UTF-8 untouched. */
static void
test_column_text (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "test.db");
  g_autoptr(PursuitDatabase) database = open_database (path);
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *select = pursuit_database_prepare (database, "SELECT NULL, 'Zürich'", &error);

  g_assert_no_error (error);
  g_assert_cmpint (pursuit_database_step (database, select, &error), ==, SQLITE_ROW);
  g_assert_cmpstr (pursuit_database_column_text (select, 0), ==, "");
  g_assert_cmpstr (pursuit_database_column_text (select, 1), ==, "Z\xc3\xbcrich");
}

/* What a transaction wrote is seen by others once committed, and never
 * when rolled back; a second BEGIN inside one is refused. */
static void
test_transactions (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "test.db");
  g_autoptr(PursuitDatabase) database = open_database (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_database_exec (database, "CREATE TABLE t (x INTEGER)", &error));
  g_assert_no_error (error);

  g_assert_true (pursuit_database_begin (database, &error));
  g_assert_true (pursuit_database_exec (database, "INSERT INTO t VALUES (1)", &error));
  g_assert_false (pursuit_database_begin (database, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_FAILED);
  g_clear_error (&error);
  pursuit_database_rollback (database);
  g_assert_cmpint (pursuit_test_count_rows (path, "t"), ==, 0);

  /* Nothing open after a rollback: a rollback more is harmless. */
  pursuit_database_rollback (database);

  g_assert_true (pursuit_database_begin (database, &error));
  g_assert_true (pursuit_database_exec (database, "INSERT INTO t VALUES (2)", &error));
  g_assert_true (pursuit_database_commit (database, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT x FROM t"), ==, 2);

  /* COMMIT without BEGIN fails, and leaves the connection usable. */
  g_assert_false (pursuit_database_commit (database, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (pursuit_database_exec (database, "INSERT INTO t VALUES (3)", &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_test_count_rows (path, "t"), ==, 2);
}

static void
test_pragmas (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "test.db");
  g_autoptr(PursuitDatabase) database = open_database (path);
  g_autoptr(GError) error = NULL;
  int value = -1;

  g_assert_true (pursuit_database_get_pragma_int (database, "user_version", &value, &error));
  g_assert_no_error (error);
  g_assert_cmpint (value, ==, 0);

  g_assert_true (pursuit_database_set_pragma_int (database, "user_version", 7, &error));
  g_assert_true (pursuit_database_set_pragma_int (database, "application_id", 0x50757273, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_database_get_pragma_int (database, "user_version", &value, &error));
  g_assert_cmpint (value, ==, 7);
  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA user_version"), ==, 7);
  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA application_id"), ==, 0x50757273);
}

/* The backup is a whole database of its own; one that cannot be written
 * says where it was to go. */
static void
test_backup (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "test.db");
  g_autofree char *backup = pursuit_test_dir_file (tmp, "test.db.backup");
  g_autofree char *blocker = pursuit_test_dir_file (tmp, "file");
  g_autofree char *impossible = g_build_filename (blocker, "test.db.backup", NULL);
  g_autoptr(PursuitDatabase) database = open_database (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  g_assert_true (pursuit_database_exec (database,
                                        "CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('kept');"
                                        "PRAGMA user_version = 3;", &error));
  g_assert_no_error (error);

  g_assert_true (pursuit_database_backup_to (database, backup, &error));
  g_assert_no_error (error);
  kept = pursuit_test_sql_text (backup, "SELECT x FROM t");
  g_assert_cmpstr (kept, ==, "kept");
  g_assert_cmpint (pursuit_test_sql_int (backup, "PRAGMA user_version"), ==, 3);

  pursuit_test_write_file (blocker, "a file where a folder should be", -1);
  g_assert_false (pursuit_database_backup_to (database, impossible, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, impossible));
  g_assert_nonnull (strstr (error->message, "Nothing was changed."));
}

/* SQLite counts no memory once a database was made: the count took a
 * global mutex around each of its allocations. */
static void
test_no_memory_count (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "test.db");
  g_autoptr(PursuitDatabase) database = open_database (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_database_exec (database, "CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('a')", &error));
  g_assert_no_error (error);
  g_assert_nonnull (pursuit_database_prepare (database, "SELECT x FROM t", &error));
  g_assert_cmpint (sqlite3_memory_used (), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/database/errors", test_errors);
  g_test_add_func ("/database/prepared-once", test_prepared_once);
  g_test_add_func ("/database/column-text", test_column_text);
  g_test_add_func ("/database/transactions", test_transactions);
  g_test_add_func ("/database/pragmas", test_pragmas);
  g_test_add_func ("/database/no-memory-count", test_no_memory_count);
  g_test_add_func ("/database/backup", test_backup);
  g_test_add_func ("/database/refused/corrupt-file", test_corrupt_file);
  g_test_add_func ("/database/refused/truncated-file", test_truncated_file);

  return g_test_run ();
}
