/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-repository-bulk.h"
#include "pursuit-store-private.h"

/* Importing many jobs at once (another tracker's file) and taking them
 * back (its Undo): one transaction each, and the jobs model changes once. */

typedef struct
{
  GPtrArray *drafts;  /* PursuitJob, copies owned by the operation: the jobs saved */
  GArray *kinds;
  gboolean skip_duplicates;
  GArray *ids;        /* for deleting */
} ImportRequest;

static void
import_request_free (ImportRequest *request)
{
  g_clear_pointer (&request->drafts, g_ptr_array_unref);
  g_clear_pointer (&request->kinds, g_array_unref);
  g_clear_pointer (&request->ids, g_array_unref);
  g_free (request);
}

void
pursuit_store_import_free (PursuitStoreImport *import)
{
  if (import == NULL)
    return;
  g_clear_pointer (&import->jobs, g_ptr_array_unref);
  g_clear_pointer (&import->skipped, g_array_unref);
  g_free (import);
}

static gboolean
import_work (PursuitRepository  *repository,
             gpointer            data,
             gpointer           *result,
             GError            **error)
{
  ImportRequest *request = data;
  g_autoptr(GArray) skipped = NULL;
  GPtrArray *jobs;
  PursuitStoreImport *import;

  jobs = pursuit_repository_import_drafts (repository, request->drafts, request->kinds,
                                           request->skip_duplicates, &skipped,
                                           pursuit_store_now (), error);
  if (jobs == NULL)
    return FALSE;

  import = g_new0 (PursuitStoreImport, 1);
  import->jobs = jobs;
  import->skipped = g_steal_pointer (&skipped);
  *result = import;
  return TRUE;
}

static void
import_apply (PursuitStore *store,
              gpointer      data,
              gpointer      result)
{
  PursuitStoreImport *import = result;
  GListModel *stages = pursuit_store_get_stages (store);
  guint n_stages = g_list_model_get_n_items (stages);

  /* The jobs point at the worker's stages; the views compare the model's. */
  for (guint i = 0; i < import->jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (import->jobs, i);
      gint64 stage_id = pursuit_stage_get_id (pursuit_job_get_stage (job));

      for (guint j = 0; j < n_stages; j++)
        {
          g_autoptr(PursuitStage) shown = g_list_model_get_item (stages, j);

          if (pursuit_stage_get_id (shown) == stage_id)
            {
              pursuit_job_set_stage (job, shown);
              break;
            }
        }
    }

  pursuit_store_insert_jobs (store, import->jobs);
}

static const PursuitStoreCall import_call = {
  import_work, import_apply, (GDestroyNotify) pursuit_store_import_free
};

/**
 * pursuit_store_import_jobs_async:
 * @drafts: (element-type PursuitJob): the jobs to add: a draft with a stage
 *   goes to that stage, one without to the first stage of its kind; they
 *   are copied
 * @kinds: (element-type PursuitStageKind): each draft's kind of stage
 * @skip_duplicates: whether to leave out the drafts whose company and title
 *   are those of a saved job (the add-job dialog's duplicate warning)
 *
 * Adds every draft in one transaction: if one cannot be saved, none is,
 * and the error names its position. The jobs model gets them all at once.
 */
void
pursuit_store_import_jobs_async (PursuitStore        *self,
                                 GPtrArray           *drafts,
                                 GArray              *kinds,
                                 gboolean             skip_duplicates,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  ImportRequest *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (drafts != NULL);
  g_return_if_fail (kinds != NULL && kinds->len == drafts->len);

  request = g_new0 (ImportRequest, 1);
  request->drafts = g_ptr_array_new_full (drafts->len, g_object_unref);
  for (guint i = 0; i < drafts->len; i++)
    g_ptr_array_add (request->drafts, pursuit_job_copy (g_ptr_array_index (drafts, i)));
  request->kinds = g_array_copy (kinds);
  request->skip_duplicates = skip_duplicates;

  pursuit_store_run_async (self, &import_call, request, (GDestroyNotify) import_request_free,
                           pursuit_store_import_jobs_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_import_jobs_finish:
 *
 * Returns: (transfer full): what was added and what was left out, or %NULL
 *   with @error set
 */
PursuitStoreImport *
pursuit_store_import_jobs_finish (PursuitStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_import_jobs_async, error);
}

static gboolean
delete_work (PursuitRepository  *repository,
             gpointer            data,
             gpointer           *result,
             GError            **error)
{
  ImportRequest *request = data;

  return pursuit_repository_delete_jobs (repository, request->ids, error);
}

static void
delete_apply (PursuitStore *store,
              gpointer      data,
              gpointer      result)
{
  ImportRequest *request = data;

  pursuit_store_remove_jobs (store, request->ids);
}

static const PursuitStoreCall delete_call = { delete_work, delete_apply, NULL };

/**
 * pursuit_store_delete_jobs_async:
 * @jobs: (element-type PursuitJob): the jobs to delete for good, as an
 *   import's Undo does
 *
 * Deletes them in one transaction; the jobs model loses them at once.
 */
void
pursuit_store_delete_jobs_async (PursuitStore        *self,
                                 GPtrArray           *jobs,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  ImportRequest *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (jobs != NULL);

  request = g_new0 (ImportRequest, 1);
  request->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), jobs->len);
  for (guint i = 0; i < jobs->len; i++)
    {
      gint64 id = pursuit_job_get_id (g_ptr_array_index (jobs, i));

      g_array_append_val (request->ids, id);
    }

  pursuit_store_run_async (self, &delete_call, request, (GDestroyNotify) import_request_free,
                           pursuit_store_delete_jobs_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_delete_jobs_finish (PursuitStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_delete_jobs_async, error);
}
