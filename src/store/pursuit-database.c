/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pursuit-database.h"
#include "pursuit-error.h"

/* A thin SQLite connection: every failure becomes a GError, statements are
 * prepared once and reused. One connection is used by one thread at a time. */
struct _PursuitDatabase
{
  GObject parent_instance;

  sqlite3 *handle;
  char *path;
  GHashTable *statements; /* SQL text -> sqlite3_stmt */
};

G_DEFINE_FINAL_TYPE (PursuitDatabase, pursuit_database, G_TYPE_OBJECT)

static void
pursuit_database_finalize (GObject *object)
{
  PursuitDatabase *self = PURSUIT_DATABASE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (pursuit_database_parent_class)->finalize (object);
}

static void
pursuit_database_class_init (PursuitDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_database_finalize;

  /* Before SQLite's first use in the process (the first database made):
   * SQLite then counts no memory, which took a global mutex around each of
   * its allocations (4% of the instructions of an import); nothing reads
   * sqlite3_memory_used(). Where SQLite was used before, the setting is
   * refused and nothing changes. */
  sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
}

static void
finalize_statement (gpointer statement)
{
  sqlite3_finalize (statement);
}

static void
pursuit_database_init (PursuitDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
}

static PursuitStoreError
code_for_result (int result)
{
  switch (result & 0xff)
    {
    case SQLITE_FULL:
      return PURSUIT_STORE_ERROR_DISK_FULL;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
      return PURSUIT_STORE_ERROR_NOT_A_DATABASE;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
      return PURSUIT_STORE_ERROR_READ_ONLY;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return PURSUIT_STORE_ERROR_BUSY;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
      return PURSUIT_STORE_ERROR_INVALID;
    default:
      return PURSUIT_STORE_ERROR_FAILED;
    }
}

/* Whether the disk holding @path has no room left: SQLite tells a full
 * disk as an I/O error when its shared-memory file cannot grow. */
static gboolean
disk_is_full (const char *path)
{
  g_autofree char *folder = NULL;
  struct statvfs info;

  if (path == NULL || path[0] == '\0')
    return FALSE;

  folder = g_path_get_dirname (path);
  return statvfs (folder, &info) == 0 && info.f_bavail == 0;
}

/* Says what happened in words a user can act on; SQLite's own text is kept
 * at the end for bug reports. */
void
pursuit_database_set_error (PursuitDatabase  *self,
                            int               result,
                            GError          **error)
{
  PursuitStoreError code = code_for_result (result);

  if ((result & 0xff) == SQLITE_IOERR && disk_is_full (self != NULL ? self->path : NULL))
    code = PURSUIT_STORE_ERROR_DISK_FULL;

  const char *detail = self != NULL && self->handle != NULL ? sqlite3_errmsg (self->handle)
                                                            : sqlite3_errstr (result);
  const char *path = self != NULL ? self->path : "";
  const char *what;

  switch (code)
    {
    case PURSUIT_STORE_ERROR_DISK_FULL:
      what = _("The disk is full. Free some space and try again; nothing was changed.");
      break;
    case PURSUIT_STORE_ERROR_NOT_A_DATABASE:
      what = _("The file is damaged or is not a Pursuit database. It has been left as it is.");
      break;
    case PURSUIT_STORE_ERROR_READ_ONLY:
      what = _("The database cannot be written. Check that the file and its folder are writable.");
      break;
    case PURSUIT_STORE_ERROR_BUSY:
      what = _("Another program is using the database. Close it and try again.");
      break;
    case PURSUIT_STORE_ERROR_INVALID:
      what = _("The values cannot be saved.");
      break;
    case PURSUIT_STORE_ERROR_FAILED:
    case PURSUIT_STORE_ERROR_NEWER_VERSION:
    case PURSUIT_STORE_ERROR_NOT_FOUND:
    default:
      what = _("The database reported an error.");
      break;
    }

  g_set_error (error, PURSUIT_STORE_ERROR, code, "%s (%s: %s)", what, path, detail);
}

/* The files SQLite keeps beside a database. */
static const char * const companions[] = { "", "-wal", "-shm", "-journal" };

/**
 * pursuit_database_make_private:
 *
 * Makes @path, and the files SQLite keeps beside it, readable by their owner
 * only: the jobs and contacts in them are nobody else's business, whatever
 * the folder allows. A missing file is made, empty and private, so SQLite
 * gives its companions the same mode.
 */
gboolean
pursuit_database_make_private (const char  *path,
                               GError     **error)
{
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, PURSUIT_STORE_ERROR,
                   saved_errno == ENOSPC ? PURSUIT_STORE_ERROR_DISK_FULL : PURSUIT_STORE_ERROR_READ_ONLY,
                   _("Could not open %s: %s. Check that the file and its folder can be written."),
                   path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *file = g_strconcat (path, companions[i], NULL);
      GStatBuf info;

      if (g_stat (file, &info) == 0 && (info.st_mode & 077) != 0 && g_chmod (file, 0600) != 0)
        g_message ("Could not make %s private: %s", file, g_strerror (errno));
    }

  return TRUE;
}

/**
 * pursuit_database_open:
 *
 * Opens or creates the database at @path.
 */
PursuitDatabase *
pursuit_database_open (const char  *path,
                       GError     **error)
{
  return pursuit_database_open_full (path, FALSE, error);
}

/**
 * pursuit_database_open_full:
 * @alone: keep the file to this connection alone, which needs no
 *   shared-memory file: how a full disk can still be read
 */
PursuitDatabase *
pursuit_database_open_full (const char  *path,
                            gboolean     alone,
                            GError     **error)
{
  g_autoptr(PursuitDatabase) self = NULL;
  int result;

  g_return_val_if_fail (path != NULL, NULL);

  if (path[0] == '\0')
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_A_DATABASE,
                           _("No database file was given"));
      return NULL;
    }

  self = g_object_new (PURSUIT_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  if (!pursuit_database_make_private (path, error))
    return NULL;

  result = sqlite3_open_v2 (path, &self->handle,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                            NULL);
  if (result != SQLITE_OK)
    {
      pursuit_database_set_error (self, result, error);
      return NULL;
    }

  sqlite3_extended_result_codes (self->handle, TRUE);
  sqlite3_busy_timeout (self->handle, 5000);

  /* Before the first read, or SQLite makes the shared-memory file anyway. */
  if (alone && !pursuit_database_exec (self, "PRAGMA locking_mode = EXCLUSIVE", error))
    return NULL;

  /* Deleted notes and contacts must not linger in the file, whatever the
   * SQLite build's default (the Flatpak runtime's may differ). */
  if (!pursuit_database_exec (self, "PRAGMA secure_delete = ON", error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
pursuit_database_get_path (PursuitDatabase *self)
{
  g_return_val_if_fail (PURSUIT_IS_DATABASE (self), NULL);

  return self->path;
}

gboolean
pursuit_database_exec (PursuitDatabase  *self,
                       const char       *sql,
                       GError          **error)
{
  int result;

  g_return_val_if_fail (PURSUIT_IS_DATABASE (self), FALSE);

  result = sqlite3_exec (self->handle, sql, NULL, NULL, NULL);
  if (result != SQLITE_OK)
    {
      pursuit_database_set_error (self, result, error);
      return FALSE;
    }

  return TRUE;
}

/* The statement belongs to the connection: callers bind and step it but never
 * finalize it. It comes back reset, with no bindings. */
sqlite3_stmt *
pursuit_database_prepare (PursuitDatabase  *self,
                          const char       *sql,
                          GError          **error)
{
  sqlite3_stmt *statement;
  int result;

  g_return_val_if_fail (PURSUIT_IS_DATABASE (self), NULL);

  statement = g_hash_table_lookup (self->statements, sql);
  if (statement != NULL)
    {
      sqlite3_reset (statement);
      sqlite3_clear_bindings (statement);
      return statement;
    }

  result = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, NULL);
  if (result != SQLITE_OK)
    {
      pursuit_database_set_error (self, result, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), statement);
  return statement;
}

/* Returns SQLITE_ROW or SQLITE_DONE, or 0 with @error set. */
int
pursuit_database_step (PursuitDatabase  *self,
                       sqlite3_stmt     *statement,
                       GError          **error)
{
  int result = sqlite3_step (statement);

  if (result == SQLITE_ROW || result == SQLITE_DONE)
    return result;

  pursuit_database_set_error (self, result, error);
  sqlite3_reset (statement);
  return 0;
}

/* Steps a statement that returns no rows and resets it. */
gboolean
pursuit_database_run (PursuitDatabase  *self,
                      sqlite3_stmt     *statement,
                      GError          **error)
{
  int result = pursuit_database_step (self, statement, error);

  sqlite3_reset (statement);
  return result != 0;
}

gboolean
pursuit_database_begin (PursuitDatabase  *self,
                        GError          **error)
{
  /* IMMEDIATE takes the write lock now, so a busy database fails here and
   * not halfway through a change. */
  return pursuit_database_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
pursuit_database_commit (PursuitDatabase  *self,
                         GError          **error)
{
  if (!pursuit_database_exec (self, "COMMIT", error))
    {
      pursuit_database_rollback (self);
      return FALSE;
    }
  return TRUE;
}

void
pursuit_database_rollback (PursuitDatabase *self)
{
  if (!sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
}

gint64
pursuit_database_last_insert_id (PursuitDatabase *self)
{
  return sqlite3_last_insert_rowid (self->handle);
}

int
pursuit_database_changes (PursuitDatabase *self)
{
  return sqlite3_changes (self->handle);
}

static gboolean
is_known_pragma (const char *pragma)
{
  static const char * const known[] = { "user_version", "application_id", "foreign_keys", "data_version", "schema_version", "cache_size", "secure_delete", NULL };

  return g_strv_contains (known, pragma);
}

gboolean
pursuit_database_get_pragma_int (PursuitDatabase  *self,
                                 const char       *pragma,
                                 int              *value,
                                 GError          **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *statement;

  g_return_val_if_fail (is_known_pragma (pragma), FALSE);

  sql = g_strdup_printf ("PRAGMA %s", pragma);
  if (!(statement = pursuit_database_prepare (self, sql, error)))
    return FALSE;

  switch (pursuit_database_step (self, statement, error))
    {
    case SQLITE_ROW:
      *value = sqlite3_column_int (statement, 0);
      sqlite3_reset (statement);
      return TRUE;
    case SQLITE_DONE:
      *value = 0;
      sqlite3_reset (statement);
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
pursuit_database_set_pragma_int (PursuitDatabase  *self,
                                 const char       *pragma,
                                 int               value,
                                 GError          **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (is_known_pragma (pragma), FALSE);

  /* PRAGMA takes no bound parameters; the name comes from a fixed list and the
   * value is an integer, so nothing from outside reaches the SQL text. */
  sql = g_strdup_printf ("PRAGMA %s = %d", pragma, value);
  return pursuit_database_exec (self, sql, error);
}

gboolean
pursuit_database_backup_to (PursuitDatabase  *self,
                            const char       *path,
                            GError          **error)
{
  sqlite3 *target = NULL;
  sqlite3_backup *backup;
  int result;

  g_return_val_if_fail (PURSUIT_IS_DATABASE (self), FALSE);

  /* A copy of the user's data is as private as the data. */
  if (!pursuit_database_make_private (path, error))
    {
      g_prefix_error (error, _("Could not write a backup before upgrading the database. Nothing was changed. "));
      return FALSE;
    }

  result = sqlite3_open_v2 (path, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (result == SQLITE_OK)
    {
      backup = sqlite3_backup_init (target, "main", self->handle, "main");
      if (backup == NULL)
        result = sqlite3_errcode (target);
      else
        {
          sqlite3_backup_step (backup, -1);
          result = sqlite3_backup_finish (backup);
        }
    }

  if (result != SQLITE_OK)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, code_for_result (result),
                   _("Could not write a backup to %s before upgrading the database: %s. "
                     "Nothing was changed."),
                   path, target != NULL ? sqlite3_errmsg (target) : sqlite3_errstr (result));
      sqlite3_close_v2 (target);
      return FALSE;
    }

  sqlite3_close_v2 (target);
  return TRUE;
}

/* Copies every page of @from into @to, which then holds the same data. */
static int
copy_pages (sqlite3 *to,
            sqlite3 *from)
{
  sqlite3_backup *backup = sqlite3_backup_init (to, "main", from, "main");

  if (backup == NULL)
    return sqlite3_extended_errcode (to);

  sqlite3_backup_step (backup, -1);
  return sqlite3_backup_finish (backup);
}

/**
 * pursuit_database_copy_to:
 *
 * Writes a copy of the database to @path with SQLite's online backup, while
 * it stays open: the copy is first written beside @path and then takes its
 * place, so a failure leaves nothing half written there. The copy is one
 * file (no write-ahead log) readable by its owner only.
 */
gboolean
pursuit_database_copy_to (PursuitDatabase  *self,
                          const char       *path,
                          GError          **error)
{
  g_autofree char *part = NULL;
  sqlite3 *target = NULL;
  int result;

  g_return_val_if_fail (PURSUIT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  part = g_strconcat (path, ".part", NULL);
  g_unlink (part);
  if (!pursuit_database_make_private (part, error))
    return FALSE;

  result = sqlite3_open_v2 (part, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (result == SQLITE_OK)
    result = copy_pages (target, self->handle);
  if (result == SQLITE_OK)
    result = sqlite3_exec (target, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (result != SQLITE_OK)
    {
      PursuitStoreError code = code_for_result (result);

      if ((result & 0xff) == SQLITE_IOERR && disk_is_full (part))
        code = PURSUIT_STORE_ERROR_DISK_FULL;
      g_set_error (error, PURSUIT_STORE_ERROR, code,
                   code == PURSUIT_STORE_ERROR_DISK_FULL
                     ? _("Could not write %s: the disk is full. Free some space or choose another place.")
                     : _("Could not write %s: %s. Choose a folder you can write to."),
                   path, target != NULL ? sqlite3_errmsg (target) : sqlite3_errstr (result));
      sqlite3_close_v2 (target);
      g_unlink (part);
      return FALSE;
    }

  sqlite3_close_v2 (target);
  if (g_rename (part, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_READ_ONLY,
                   _("Could not write %s: %s. Choose a folder you can write to."),
                   path, g_strerror (saved_errno));
      g_unlink (part);
      return FALSE;
    }
  return TRUE;
}

/**
 * pursuit_database_copy_from:
 *
 * Replaces everything in the database with what @source holds, with
 * SQLite's online backup: in one step, for this connection and every other
 * one on the file, which stay open.
 */
gboolean
pursuit_database_copy_from (PursuitDatabase  *self,
                            PursuitDatabase  *source,
                            GError          **error)
{
  int result;

  g_return_val_if_fail (PURSUIT_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_DATABASE (source), FALSE);

  /* Statements left stepping would keep the file locked. */
  g_hash_table_remove_all (self->statements);

  result = copy_pages (self->handle, source->handle);
  if (result != SQLITE_OK)
    {
      pursuit_database_set_error (self, result, error);
      return FALSE;
    }
  return TRUE;
}

const char *
pursuit_database_column_text (sqlite3_stmt *statement,
                              int           column)
{
  const char *text = (const char *) sqlite3_column_text (statement, column);

  return text != NULL ? text : "";
}
