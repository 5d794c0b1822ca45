/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-store-data.h"
#include "pursuit-store-private.h"

/* Export, import, backup and restore through the store's worker thread.
 * An import or a restore may change any table: the models are then read
 * again whole, as after another program's change. */

/* Export */

static gboolean
export_work (PursuitRepository  *repository,
             gpointer            data,
             gpointer           *result,
             GError            **error)
{
  *result = pursuit_repository_export_data (repository, error);
  return *result != NULL;
}

static const PursuitStoreCall export_call = { export_work, NULL, (GDestroyNotify) g_variant_unref };

/**
 * pursuit_store_export_data_async:
 *
 * Reads everything the user owns (pursuit_repository_export_data()).
 */
void
pursuit_store_export_data_async (PursuitStore        *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));

  pursuit_store_run_async (self, &export_call, NULL, NULL, pursuit_store_export_data_async,
                           cancellable, callback, user_data);
}

/**
 * pursuit_store_export_data_finish:
 *
 * Returns: (transfer full): the data, of %PURSUIT_DATA_TYPE
 */
GVariant *
pursuit_store_export_data_finish (PursuitStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_export_data_async, error);
}

/* Import and restore: the work, then everything read again */

typedef struct
{
  PursuitDataImport outcome;
  char *kept_path;
  gpointer everything;
} Replaced;

static void
replaced_free (Replaced *replaced)
{
  g_free (replaced->kept_path);
  if (replaced->everything != NULL)
    pursuit_store_everything_free (replaced->everything);
  g_free (replaced);
}

static gboolean
read_again (PursuitRepository  *repository,
            Replaced           *replaced,
            gpointer           *result,
            GError            **error)
{
  replaced->everything = pursuit_store_read_everything (repository, error);
  if (replaced->everything == NULL)
    {
      replaced_free (replaced);
      return FALSE;
    }
  *result = replaced;
  return TRUE;
}

static void
replaced_apply (PursuitStore *self,
                gpointer      data,
                gpointer      result)
{
  Replaced *replaced = result;

  pursuit_store_apply_everything (self, replaced->everything);
}

static gboolean
import_work (PursuitRepository  *repository,
             gpointer            data,
             gpointer           *result,
             GError            **error)
{
  Replaced *replaced = g_new0 (Replaced, 1);

  if (!pursuit_repository_import_data (repository, data, &replaced->outcome, error))
    {
      replaced_free (replaced);
      return FALSE;
    }
  return read_again (repository, replaced, result, error);
}

static const PursuitStoreCall import_call = { import_work, replaced_apply, (GDestroyNotify) replaced_free };

/**
 * pursuit_store_import_data_async:
 * @data: what pursuit_data_json_read() read, of %PURSUIT_DATA_TYPE
 *
 * Adds what @data holds and the database does not, in one transaction
 * (pursuit_repository_import_data()), and reads the models again.
 */
void
pursuit_store_import_data_async (PursuitStore        *self,
                                 GVariant            *data,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (data != NULL && g_variant_is_of_type (data, PURSUIT_DATA_TYPE));

  pursuit_store_run_async (self, &import_call, g_variant_ref_sink (data), (GDestroyNotify) g_variant_unref,
                           pursuit_store_import_data_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_import_data_finish (PursuitStore       *self,
                                  GAsyncResult       *result,
                                  PursuitDataImport  *outcome,
                                  GError            **error)
{
  Replaced *replaced = pursuit_store_run_finish (self, result, pursuit_store_import_data_async, error);

  if (replaced == NULL)
    return FALSE;
  if (outcome != NULL)
    *outcome = replaced->outcome;
  replaced_free (replaced);
  return TRUE;
}

static gboolean
restore_work (PursuitRepository  *repository,
              gpointer            data,
              gpointer           *result,
              GError            **error)
{
  Replaced *replaced = g_new0 (Replaced, 1);

  replaced->kept_path = pursuit_repository_restore (repository, data, NULL, error);
  if (replaced->kept_path == NULL)
    {
      replaced_free (replaced);
      return FALSE;
    }
  return read_again (repository, replaced, result, error);
}

static const PursuitStoreCall restore_call = { restore_work, replaced_apply, (GDestroyNotify) replaced_free };

/**
 * pursuit_store_restore_async:
 *
 * Replaces the whole database with the backup at @path once checked,
 * keeping the current data beside the database first
 * (pursuit_repository_restore()), and reads the models again.
 */
void
pursuit_store_restore_async (PursuitStore        *self,
                             const char          *path,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (path != NULL);

  pursuit_store_run_async (self, &restore_call, g_strdup (path), g_free,
                           pursuit_store_restore_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_restore_finish:
 *
 * Returns: (transfer full): where the data replaced was kept, or %NULL
 *   with @error set and nothing changed
 */
char *
pursuit_store_restore_finish (PursuitStore  *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  Replaced *replaced = pursuit_store_run_finish (self, result, pursuit_store_restore_async, error);
  char *kept;

  if (replaced == NULL)
    return NULL;
  kept = g_steal_pointer (&replaced->kept_path);
  replaced_free (replaced);
  return kept;
}

/* Backups */

static gboolean
backup_work (PursuitRepository  *repository,
             gpointer            data,
             gpointer           *result,
             GError            **error)
{
  return pursuit_repository_backup (repository, data, error);
}

static const PursuitStoreCall backup_call = { backup_work, NULL, NULL };

void
pursuit_store_backup_async (PursuitStore        *self,
                            const char          *path,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (path != NULL);

  pursuit_store_run_async (self, &backup_call, g_strdup (path), g_free,
                           pursuit_store_backup_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_backup_finish (PursuitStore  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_backup_async, error);
}

typedef struct
{
  char *folder;
  guint keep;
} Dated;

static void
dated_free (Dated *dated)
{
  g_free (dated->folder);
  g_free (dated);
}

static gboolean
dated_work (PursuitRepository  *repository,
            gpointer            data,
            gpointer           *result,
            GError            **error)
{
  Dated *dated = data;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  *result = pursuit_repository_backup_dated (repository, dated->folder, now, dated->keep, error);
  return *result != NULL;
}

static const PursuitStoreCall dated_call = { dated_work, NULL, g_free };

/**
 * pursuit_store_backup_dated_async:
 *
 * Writes today's backup in @folder and keeps the last @keep
 * (pursuit_repository_backup_dated()).
 */
void
pursuit_store_backup_dated_async (PursuitStore        *self,
                                  const char          *folder,
                                  guint                keep,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Dated *dated;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (folder != NULL);

  dated = g_new0 (Dated, 1);
  dated->folder = g_strdup (folder);
  dated->keep = keep;
  pursuit_store_run_async (self, &dated_call, dated, (GDestroyNotify) dated_free,
                           pursuit_store_backup_dated_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_backup_dated_finish:
 *
 * Returns: (transfer full): the backup's path, or %NULL with @error set
 */
char *
pursuit_store_backup_dated_finish (PursuitStore  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_backup_dated_async, error);
}

/* The jobs whole */

static gboolean
whole_jobs_work (PursuitRepository  *repository,
                 gpointer            data,
                 gpointer           *result,
                 GError            **error)
{
  *result = pursuit_repository_list_jobs_whole (repository, error);
  return *result != NULL;
}

static const PursuitStoreCall whole_jobs_call = { whole_jobs_work, NULL, (GDestroyNotify) g_ptr_array_unref };

/**
 * pursuit_store_list_jobs_whole_async:
 *
 * Reads every job with all its fields (pursuit_repository_list_jobs_whole()):
 * new objects, not the models' own.
 */
void
pursuit_store_list_jobs_whole_async (PursuitStore        *self,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));

  pursuit_store_run_async (self, &whole_jobs_call, NULL, NULL, pursuit_store_list_jobs_whole_async,
                           cancellable, callback, user_data);
}

/**
 * pursuit_store_list_jobs_whole_finish:
 *
 * Returns: (transfer full) (element-type PursuitJob): the jobs
 */
GPtrArray *
pursuit_store_list_jobs_whole_finish (PursuitStore  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_list_jobs_whole_async, error);
}
