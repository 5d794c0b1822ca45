/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-store-private.h"

/* Jobs for the app: adding, saving, the trash, search and a job's long
 * texts. Each operation is a PursuitStoreCall: its work runs on the
 * worker thread, its apply function keeps the jobs model current. */

typedef struct
{
  PursuitJob *job;     /* a copy, owned by the operation */
  gint64 job_id;
  PursuitJobFields fields;
} JobRequest;

static void
job_request_free (JobRequest *request)
{
  g_clear_object (&request->job);
  g_free (request);
}

static JobRequest *
job_request_new (PursuitJob *job,
                 gint64      job_id)
{
  JobRequest *request = g_new0 (JobRequest, 1);

  request->job = job;
  request->job_id = job_id;
  return request;
}

/* Adding */

static gboolean
add_work (PursuitRepository  *repository,
          gpointer            data,
          gpointer           *result,
          GError            **error)
{
  JobRequest *request = data;

  if (!pursuit_repository_insert_job (repository, request->job, pursuit_store_now (), error))
    return FALSE;

  *result = g_object_ref (request->job);
  return TRUE;
}

static void
add_apply (PursuitStore *store,
           gpointer      data,
           gpointer      result)
{
  pursuit_store_insert_job (store, result);
}

static const PursuitStoreCall add_call = { add_work, add_apply, g_object_unref };

/**
 * pursuit_store_add_job_async:
 * @draft: the new job's values; it is copied, so it may change afterwards
 */
void
pursuit_store_add_job_async (PursuitStore        *self,
                             PursuitJob          *draft,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (draft));

  pursuit_store_run_async (self, &add_call, job_request_new (pursuit_job_copy (draft), 0),
                           (GDestroyNotify) job_request_free, pursuit_store_add_job_async,
                           cancellable, callback, user_data);
}

/**
 * pursuit_store_add_job_finish:
 *
 * Returns: (transfer full): the saved job, as it now stands in the jobs model
 */
PursuitJob *
pursuit_store_add_job_finish (PursuitStore  *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_add_job_async, error);
}

/* Saving */

static gboolean
save_work (PursuitRepository  *repository,
           gpointer            data,
           gpointer           *result,
           GError            **error)
{
  JobRequest *request = data;
  g_autofree char *id = NULL;

  if (!pursuit_repository_update_job (repository, request->job, request->fields,
                                      pursuit_store_now (), error))
    return FALSE;

  /* What the database now holds, fields not saved here included: another
   * program may have changed those. */
  id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (request->job));
  *result = pursuit_repository_find_job (repository, id, error);
  return *result != NULL;
}

static void
save_apply (PursuitStore *store,
            gpointer      data,
            gpointer      result)
{
  pursuit_store_refresh_job (store, result);
}

static const PursuitStoreCall save_call = { save_work, save_apply, g_object_unref };

/**
 * pursuit_store_save_job_async:
 * @draft: a copy of a saved job with the new values
 * @fields: the fields to save, usually pursuit_job_diff() of the job as the
 *   editor found it and @draft; the others are left as the database has
 *   them, so nothing another program saved meanwhile is lost
 *
 * On success the canonical job holds what the database holds.
 */
void
pursuit_store_save_job_async (PursuitStore        *self,
                              PursuitJob          *draft,
                              PursuitJobFields     fields,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  JobRequest *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (draft));

  request = job_request_new (pursuit_job_copy (draft), pursuit_job_get_id (draft));
  request->fields = fields;
  pursuit_store_run_async (self, &save_call, request, (GDestroyNotify) job_request_free,
                           pursuit_store_save_job_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_save_job_finish (PursuitStore  *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_autoptr(PursuitJob) saved = pursuit_store_run_finish (self, result, pursuit_store_save_job_async, error);

  return saved != NULL;
}

/* The trash */

static gboolean
trash_work (PursuitRepository  *repository,
            gpointer            data,
            gpointer           *result,
            GError            **error)
{
  JobRequest *request = data;

  return pursuit_repository_trash_job (repository, request->job_id, pursuit_store_now (), error);
}

static gboolean
delete_work (PursuitRepository  *repository,
             gpointer            data,
             gpointer           *result,
             GError            **error)
{
  JobRequest *request = data;

  return pursuit_repository_delete_job (repository, request->job_id, error);
}

static void
remove_apply (PursuitStore *store,
              gpointer      data,
              gpointer      result)
{
  JobRequest *request = data;

  pursuit_store_remove_job (store, request->job_id);
}

static const PursuitStoreCall trash_call = { trash_work, remove_apply, NULL };
static const PursuitStoreCall delete_call = { delete_work, remove_apply, NULL };

/**
 * pursuit_store_trash_job_async:
 *
 * Takes the job out of the model; it stays in the database until
 * pursuit_store_purge_trash_async() or the next start, so
 * pursuit_store_restore_job_async() can bring it back.
 */
void
pursuit_store_trash_job_async (PursuitStore        *self,
                               PursuitJob          *job,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (job));

  pursuit_store_run_async (self, &trash_call, job_request_new (NULL, pursuit_job_get_id (job)),
                           (GDestroyNotify) job_request_free, pursuit_store_trash_job_async,
                           cancellable, callback, user_data);
}

gboolean
pursuit_store_trash_job_finish (PursuitStore  *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_trash_job_async, error);
}

static gboolean
restore_work (PursuitRepository  *repository,
              gpointer            data,
              gpointer           *result,
              GError            **error)
{
  JobRequest *request = data;

  return pursuit_repository_restore_job (repository, request->job_id, error);
}

static void
restore_apply (PursuitStore *store,
               gpointer      data,
               gpointer      result)
{
  JobRequest *request = data;

  pursuit_store_insert_job (store, request->job);
}

static const PursuitStoreCall restore_call = { restore_work, restore_apply, NULL };

/**
 * pursuit_store_restore_job_async:
 * @job: a job given to pursuit_store_trash_job_async()
 */
void
pursuit_store_restore_job_async (PursuitStore        *self,
                                 PursuitJob          *job,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (job));

  /* The same object comes back, so views that held it find it again. */
  pursuit_store_run_async (self, &restore_call,
                           job_request_new (g_object_ref (job), pursuit_job_get_id (job)),
                           (GDestroyNotify) job_request_free, pursuit_store_restore_job_async,
                           cancellable, callback, user_data);
}

gboolean
pursuit_store_restore_job_finish (PursuitStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_restore_job_async, error);
}

/**
 * pursuit_store_delete_job_async:
 *
 * Deletes the job for good, whether or not it is in the trash.
 */
void
pursuit_store_delete_job_async (PursuitStore        *self,
                                PursuitJob          *job,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (job));

  pursuit_store_run_async (self, &delete_call, job_request_new (NULL, pursuit_job_get_id (job)),
                           (GDestroyNotify) job_request_free, pursuit_store_delete_job_async,
                           cancellable, callback, user_data);
}

gboolean
pursuit_store_delete_job_finish (PursuitStore  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_delete_job_async, error);
}

static gboolean
purge_work (PursuitRepository  *repository,
            gpointer            data,
            gpointer           *result,
            GError            **error)
{
  return pursuit_repository_purge_trash (repository, error);
}

static const PursuitStoreCall purge_call = { purge_work, NULL, NULL };

void
pursuit_store_purge_trash_async (PursuitStore        *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));

  pursuit_store_run_async (self, &purge_call, NULL, NULL, pursuit_store_purge_trash_async,
                           cancellable, callback, user_data);
}

gboolean
pursuit_store_purge_trash_finish (PursuitStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_purge_trash_async, error);
}

/* Search */

static gboolean
search_work (PursuitRepository  *repository,
             gpointer            data,
             gpointer           *result,
             GError            **error)
{
  *result = pursuit_repository_search_jobs (repository, data, error);
  return *result != NULL;
}

static const PursuitStoreCall search_call = { search_work, NULL, (GDestroyNotify) g_array_unref };

/**
 * pursuit_store_search_jobs_async:
 * @query: words as typed; each may be the start of a word
 */
void
pursuit_store_search_jobs_async (PursuitStore        *self,
                                 const char          *query,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (query != NULL);

  pursuit_store_run_async (self, &search_call, g_strdup (query), g_free, pursuit_store_search_jobs_async,
                           cancellable, callback, user_data);
}

/**
 * pursuit_store_search_jobs_finish:
 *
 * Returns: (transfer full) (element-type gint64): the ids of the matching
 *   jobs, ascending, for pursuit_job_ids_contain()
 */
GArray *
pursuit_store_search_jobs_finish (PursuitStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_search_jobs_async, error);
}

/* Reads for GNOME Shell's search: on the reader (pursuit_store_read_async()),
 * so they answer while the worker reads every job, and with no window. */

typedef struct
{
  char *query;
  guint limit;
} RankedSearch;

static void
ranked_search_free (RankedSearch *search)
{
  g_free (search->query);
  g_free (search);
}

static gboolean
search_ranked_work (PursuitRepository  *repository,
                    gpointer            data,
                    gpointer           *result,
                    GError            **error)
{
  RankedSearch *search = data;

  if (repository == NULL)
    *result = g_array_new (FALSE, FALSE, sizeof (gint64));
  else
    *result = pursuit_repository_search_jobs_ranked (repository, search->query, search->limit, error);
  return *result != NULL;
}

static const PursuitStoreCall search_ranked_call = { search_ranked_work, NULL, (GDestroyNotify) g_array_unref };

/**
 * pursuit_store_search_jobs_ranked_async:
 * @query: words as typed; each may be the start of a word
 * @limit: the most ids wanted, 1 or more
 *
 * The search of GNOME Shell's overview (pursuit_repository_search_jobs_ranked()),
 * read from the file beside the store's other work: it needs the store
 * neither open nor idle, and creates no file.
 */
void
pursuit_store_search_jobs_ranked_async (PursuitStore        *self,
                                        const char          *query,
                                        guint                limit,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  RankedSearch *search;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (query != NULL);
  g_return_if_fail (limit > 0);

  search = g_new0 (RankedSearch, 1);
  search->query = g_strdup (query);
  search->limit = limit;
  pursuit_store_read_async (self, &search_ranked_call, search, (GDestroyNotify) ranked_search_free,
                            pursuit_store_search_jobs_ranked_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_search_jobs_ranked_finish:
 *
 * Returns: (transfer full) (element-type gint64): at most the limit of
 *   ids, jobs in play first, archived ones after, none in the trash
 */
GArray *
pursuit_store_search_jobs_ranked_finish (PursuitStore  *self,
                                         GAsyncResult  *result,
                                         GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_search_jobs_ranked_async, error);
}

static gboolean
read_jobs_work (PursuitRepository  *repository,
                gpointer            data,
                gpointer           *result,
                GError            **error)
{
  if (repository == NULL)
    *result = g_ptr_array_new_with_free_func (g_object_unref);
  else
    *result = pursuit_repository_find_jobs (repository, data, error);
  return *result != NULL;
}

static const PursuitStoreCall read_jobs_call = { read_jobs_work, NULL, (GDestroyNotify) g_ptr_array_unref };

/**
 * pursuit_store_read_jobs_async:
 * @ids: (element-type gint64): job numbers; unknown ones are allowed
 *
 * Reads the jobs of @ids from the file as lists show them (without their
 * long texts), beside the store's other work, as
 * pursuit_store_search_jobs_ranked_async() does: for the Shell's results.
 */
void
pursuit_store_read_jobs_async (PursuitStore        *self,
                               GArray              *ids,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (ids != NULL);

  pursuit_store_read_async (self, &read_jobs_call, g_array_ref (ids), (GDestroyNotify) g_array_unref,
                            pursuit_store_read_jobs_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_read_jobs_finish:
 *
 * Returns: (transfer full) (element-type PursuitJob): new objects, not the
 *   store's, of the jobs that exist and are not in the trash, each once
 */
GPtrArray *
pursuit_store_read_jobs_finish (PursuitStore  *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_read_jobs_async, error);
}

/* A job's long texts */

static gboolean
load_details_work (PursuitRepository  *repository,
                   gpointer            data,
                   gpointer           *result,
                   GError            **error)
{
  JobRequest *request = data;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, request->job_id);

  *result = pursuit_repository_find_job (repository, id, error);
  return *result != NULL;
}

static const PursuitStoreCall load_details_call = { load_details_work, save_apply, g_object_unref };

/**
 * pursuit_store_load_job_details_async:
 *
 * Reads the job's long texts (posting text, notes), which the jobs model
 * leaves out, into the canonical job.
 */
void
pursuit_store_load_job_details_async (PursuitStore        *self,
                                      PursuitJob          *job,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (job));

  pursuit_store_run_async (self, &load_details_call, job_request_new (NULL, pursuit_job_get_id (job)),
                           (GDestroyNotify) job_request_free, pursuit_store_load_job_details_async,
                           cancellable, callback, user_data);
}

gboolean
pursuit_store_load_job_details_finish (PursuitStore  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  g_autoptr(PursuitJob) job = pursuit_store_run_finish (self, result, pursuit_store_load_job_details_async, error);

  return job != NULL;
}
