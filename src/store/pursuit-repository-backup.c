/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pursuit-error.h"
#include "pursuit-migrations.h"
#include "pursuit-repository-data.h"
#include "pursuit-repository-private.h"

/* Backups are whole databases, written and read back with SQLite's online
 * backup API while the app keeps its connection open. A file to restore is
 * never opened where it is: it is copied first, checked (integrity, that it
 * is Pursuit's, its version), upgraded if older, and only then poured into
 * the open database. */

/**
 * pursuit_repository_backup:
 *
 * Writes a copy of the whole database to @path.
 */
gboolean
pursuit_repository_backup (PursuitRepository  *self,
                           const char         *path,
                           GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return pursuit_database_copy_to (pursuit_repository_get_database (self), path, error);
}

static void
remove_with_companions (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal", ".lock" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* Copies @from to @to, made private; errno is set on failure. */
static gboolean
copy_file (const char *from,
           const char *to)
{
  char buffer[64 * 1024];
  gboolean ok = TRUE;
  ssize_t n;
  int in = g_open (from, O_RDONLY | O_CLOEXEC, 0);
  int out;
  int saved_errno;

  if (in < 0)
    return FALSE;
  out = g_open (to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (out < 0)
    {
      saved_errno = errno;
      close (in);
      errno = saved_errno;
      return FALSE;
    }

  while (ok && (n = read (in, buffer, sizeof buffer)) != 0)
    {
      if (n < 0)
        {
          ok = errno == EINTR;
          continue;
        }
      for (ssize_t done = 0; ok && done < n;)
        {
          ssize_t written = write (out, buffer + done, n - done);

          if (written < 0)
            ok = errno == EINTR;
          else
            done += written;
        }
    }

  saved_errno = errno;
  close (in);
  if (close (out) != 0 && ok)
    {
      saved_errno = errno;
      ok = FALSE;
    }
  errno = saved_errno;
  return ok;
}

/* A private copy of @path in a folder of its own, for checking. */
static char *
copy_aside (const char  *path,
            char       **folder,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *copy = NULL;

  *folder = g_dir_make_tmp ("pursuit-restore-XXXXXX", &local_error);
  if (*folder == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_READ_ONLY,
                   _("Could not make a temporary folder to check the backup: %s"), local_error->message);
      return NULL;
    }

  copy = g_build_filename (*folder, "backup.db", NULL);
  if (!copy_file (path, copy))
    {
      int saved_errno = errno;

      g_set_error (error, PURSUIT_STORE_ERROR,
                   saved_errno == ENOSPC ? PURSUIT_STORE_ERROR_DISK_FULL : PURSUIT_STORE_ERROR_NOT_FOUND,
                   saved_errno == ENOSPC
                     ? _("Could not check %s: the disk is full. Free some space and try again.")
                     : _("Could not read %s: %s. Choose a backup file you can read."),
                   path, g_strerror (saved_errno));
      g_unlink (copy);
      g_rmdir (*folder);
      return NULL;
    }
  return g_steal_pointer (&copy);
}

static void
not_a_backup (const char  *path,
              GError     **error)
{
  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_A_DATABASE,
               _("%s is not a Pursuit backup, or it is damaged. Nothing was changed."), path);
}

/* Checks the copy at @copy of the file @path; @version is its schema. */
static gboolean
check_copy (const char  *path,
            const char  *copy,
            int         *version,
            GError     **error)
{
  g_autoptr(PursuitDatabase) database = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *statement;
  int application_id = 0;
  int latest = pursuit_migrations_get_latest ();
  gboolean intact;

  database = pursuit_database_open (copy, &local_error);
  if (database == NULL)
    {
      not_a_backup (path, error);
      return FALSE;
    }

  statement = pursuit_database_prepare (database, "PRAGMA integrity_check", &local_error);
  if (statement == NULL || pursuit_database_step (database, statement, &local_error) != SQLITE_ROW)
    {
      not_a_backup (path, error);
      return FALSE;
    }
  intact = g_str_equal (pursuit_database_column_text (statement, 0), "ok");
  sqlite3_reset (statement);
  if (!intact)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_A_DATABASE,
                   _("%s is damaged: SQLite’s integrity check failed. Choose another backup. "
                     "Nothing was changed."), path);
      return FALSE;
    }

  if (!pursuit_database_get_pragma_int (database, "application_id", &application_id, &local_error) ||
      !pursuit_database_get_pragma_int (database, "user_version", version, &local_error) ||
      application_id != PURSUIT_DATABASE_APPLICATION_ID || *version <= 0)
    {
      not_a_backup (path, error);
      return FALSE;
    }

  if (*version > latest)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NEWER_VERSION,
                   _("%s was made by a newer Pursuit (data format %d; this version knows up to %d). "
                     "Update Pursuit to restore it. Nothing was changed."),
                   path, *version, latest);
      return FALSE;
    }
  return TRUE;
}

/**
 * pursuit_repository_check_backup:
 * @version: (out) (optional): the file's data format
 *
 * Whether @path is a backup this Pursuit can restore: an intact SQLite
 * file of Pursuit's, not from a newer version. @path is not changed.
 */
gboolean
pursuit_repository_check_backup (const char  *path,
                                 int         *version,
                                 GError     **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *copy = NULL;
  int found = 0;
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);

  copy = copy_aside (path, &folder, error);
  if (copy == NULL)
    return FALSE;

  ok = check_copy (path, copy, &found, error);
  remove_with_companions (copy);
  g_rmdir (folder);
  if (ok && version != NULL)
    *version = found;
  return ok;
}

/**
 * pursuit_repository_restore:
 * @keep_path: (nullable): where to keep a copy of the data being replaced;
 *   %NULL for "<database>.before-restore" beside it
 *
 * Replaces the whole database with the backup at @path, once it is checked
 * (pursuit_repository_check_backup()) and a copy of the current data is
 * kept. A backup from an older Pursuit is upgraded on the way. The
 * repository stays open on the restored data.
 *
 * Returns: (transfer full): where the previous data was kept, or %NULL with
 *   @error set and nothing changed
 */
char *
pursuit_repository_restore (PursuitRepository  *self,
                            const char         *path,
                            const char         *keep_path,
                            GError            **error)
{
  PursuitDatabase *database;
  g_autoptr(PursuitRepository) upgraded = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *kept = NULL;
  int version = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  database = pursuit_repository_get_database (self);
  kept = keep_path != NULL ? g_strdup (keep_path)
                           : g_strconcat (pursuit_database_get_path (database), ".before-restore", NULL);

  copy = copy_aside (path, &folder, error);
  if (copy == NULL)
    return NULL;

  if (!check_copy (path, copy, &version, error))
    goto out;

  /* Opening it brings an older backup up to this version's format. */
  upgraded = pursuit_repository_open (copy, error);
  if (upgraded == NULL)
    goto out;

  if (!pursuit_database_copy_to (database, kept, error))
    {
      g_prefix_error (error, _("The current data could not be kept aside, so nothing was restored. "));
      goto out;
    }

  if (!pursuit_database_copy_from (database, pursuit_repository_get_database (upgraded), error) ||
      !pursuit_repository_reload_stages (self, error))
    goto out;

  ok = TRUE;

out:
  g_clear_object (&upgraded);
  remove_with_companions (copy);
  g_rmdir (folder);
  return ok ? g_steal_pointer (&kept) : NULL;
}

static gboolean
is_dated_backup (const char *name)
{
  /* "pursuit-2026-03-05.db" */
  return strlen (name) == strlen ("pursuit-YYYY-MM-DD.db") && g_str_has_prefix (name, "pursuit-") &&
         g_str_has_suffix (name, ".db") && g_ascii_isdigit (name[8]) && name[12] == '-' && name[15] == '-';
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * pursuit_repository_backup_dated:
 * @folder: where the dated backups are kept; made if missing
 * @now: the day that names the backup
 * @keep: how many dated backups to keep, this one included (at least 1)
 *
 * Writes today's backup, "pursuit-YYYY-MM-DD.db" (a second one the same
 * day replaces the first), and deletes the oldest beyond @keep. Only files
 * of that name are counted or deleted.
 *
 * Returns: (transfer full): the backup's path, or %NULL with @error set
 */
char *
pursuit_repository_backup_dated (PursuitRepository  *self,
                                 const char         *folder,
                                 GDateTime          *now,
                                 guint               keep,
                                 GError            **error)
{
  g_autofree char *day = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (folder != NULL && now != NULL, NULL);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, PURSUIT_STORE_ERROR,
                   saved_errno == ENOSPC ? PURSUIT_STORE_ERROR_DISK_FULL : PURSUIT_STORE_ERROR_READ_ONLY,
                   _("Could not make the backups folder %s: %s."), folder, g_strerror (saved_errno));
      return NULL;
    }

  day = g_date_time_format (now, "%Y-%m-%d");
  name = g_strdup_printf ("pursuit-%s.db", day);
  path = g_build_filename (folder, name, NULL);
  if (!pursuit_repository_backup (self, path, error))
    return NULL;

  dir = g_dir_open (folder, 0, NULL);
  names = g_ptr_array_new_with_free_func (g_free);
  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    if (is_dated_backup (entry))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; names->len > MAX (keep, 1) && i < names->len - MAX (keep, 1); i++)
    {
      g_autofree char *old = g_build_filename (folder, g_ptr_array_index (names, i), NULL);

      g_unlink (old);
    }

  return g_steal_pointer (&path);
}
