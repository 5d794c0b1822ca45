/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-error.h"
#include "pursuit-repository.h"
#include "pursuit-store.h"

/* The app's view of its data. All database work runs on one worker thread,
 * in the order it was asked for; results come back to the main context, where
 * the list models are updated before the caller's callback runs. Views never
 * see SQL: they call this API and listen to the models. */
struct _PursuitStore
{
  GObject parent_instance;

  char *path;
  GMainContext *main_context;
  GThreadPool *worker;
  PursuitRepository *repository; /* used only on the worker thread */

  GListStore *jobs;
  GListStore *stages;
  GHashTable *jobs_by_id; /* gint64* -> PursuitJob, the canonical objects */
  gboolean open;
};

G_DEFINE_FINAL_TYPE (PursuitStore, pursuit_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_OPEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FIRST_JOBS_LOADED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* On a first opening with more jobs than this, the most recently updated
 * come first: enough for the first screen, whichever window size. */
#define FIRST_JOBS 100

typedef enum
{
  OPERATION_OPEN,
  OPERATION_ADD,
  OPERATION_SAVE,
  OPERATION_TRASH,
  OPERATION_RESTORE,
  OPERATION_DELETE,
  OPERATION_PURGE,
  OPERATION_SAVE_SELF_CHECK_RESULT,
  OPERATION_LIST_SELF_CHECK_RESULTS,
  OPERATION_CALL,
} OperationKind;

typedef struct
{
  OperationKind kind;
  PursuitJob *job;     /* owned by the worker until the result is applied */
  gint64 job_id;
  GPtrArray *stages;
  GPtrArray *jobs;
  gboolean in_two;     /* open: send the first jobs ahead of the rest */
  guint n_first;       /* open: how many jobs went ahead */
  PursuitSelfCheckResult *self_check_result;
  char *check_id;
  GPtrArray *self_check_results;
  PursuitStoreWorkFunc work;
  PursuitStoreApplyFunc apply;
  gpointer data;
  GDestroyNotify data_free;
  gpointer result;
  GDestroyNotify result_free;
  GError *error;
} Operation;

static void
operation_free (Operation *operation)
{
  g_clear_object (&operation->job);
  g_clear_pointer (&operation->stages, g_ptr_array_unref);
  g_clear_pointer (&operation->jobs, g_ptr_array_unref);
  g_clear_pointer (&operation->self_check_result, pursuit_self_check_result_free);
  g_clear_pointer (&operation->check_id, g_free);
  g_clear_pointer (&operation->self_check_results, g_ptr_array_unref);
  if (operation->result != NULL && operation->result_free != NULL)
    operation->result_free (operation->result);
  if (operation->data != NULL && operation->data_free != NULL)
    operation->data_free (operation->data);
  g_clear_error (&operation->error);
  g_free (operation);
}

static gint64
now_in_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Puts @jobs in the model after the first @n_kept, which stay. */
static void
fill_models (PursuitStore *self,
             GPtrArray    *stages,
             GPtrArray    *jobs,
             guint         n_kept)
{
  if (stages != NULL)
    g_list_store_splice (self->stages, 0, g_list_model_get_n_items (G_LIST_MODEL (self->stages)),
                         stages->pdata, stages->len);

  if (n_kept == 0)
    g_hash_table_remove_all (self->jobs_by_id);
  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      gint64 *key = g_new (gint64, 1);

      *key = pursuit_job_get_id (job);
      g_hash_table_insert (self->jobs_by_id, key, g_object_ref (job));
    }

  g_list_store_splice (self->jobs, n_kept, g_list_model_get_n_items (G_LIST_MODEL (self->jobs)) - n_kept,
                       jobs->pdata, jobs->len);
}

static void
apply_open (PursuitStore *self,
            Operation    *operation)
{
  /* When the first jobs went ahead, the stages came with them. */
  fill_models (self, operation->n_first > 0 ? NULL : operation->stages,
               operation->jobs, operation->n_first);
  if (!self->open)
    {
      self->open = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN]);
    }
}

typedef struct
{
  PursuitStore *store;
  GPtrArray *stages;
  GPtrArray *jobs;
} FirstJobs;

static void
first_jobs_free (FirstJobs *first)
{
  g_object_unref (first->store);
  g_ptr_array_unref (first->stages);
  g_ptr_array_unref (first->jobs);
  g_free (first);
}

/* Runs in the main context, before the opening's own result. */
static gboolean
apply_first_jobs (gpointer data)
{
  FirstJobs *first = data;

  fill_models (first->store, first->stages, first->jobs, 0);
  g_signal_emit (first->store, signals[FIRST_JOBS_LOADED], 0);
  return G_SOURCE_REMOVE;
}

/* Runs on the worker thread. */
static void
send_first_jobs (GPtrArray *jobs,
                 gpointer   user_data)
{
  GTask *task = user_data;
  PursuitStore *self = g_task_get_source_object (task);
  Operation *operation = g_task_get_task_data (task);
  FirstJobs *first = g_new0 (FirstJobs, 1);
  GSource *source = g_idle_source_new ();

  first->store = g_object_ref (self);
  first->stages = g_ptr_array_ref (operation->stages);
  first->jobs = g_ptr_array_ref (jobs);
  operation->n_first = jobs->len;

  /* The same priority as every result, and attached first: it is applied
   * before the opening's result. */
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, apply_first_jobs, first, (GDestroyNotify) first_jobs_free);
  g_source_attach (source, self->main_context);
  g_source_unref (source);
}

static void
remember_job (PursuitStore *self,
              PursuitJob   *job)
{
  gint64 *key = g_new (gint64, 1);

  *key = pursuit_job_get_id (job);
  g_hash_table_insert (self->jobs_by_id, key, g_object_ref (job));
}

static void
forget_job (PursuitStore *self,
            PursuitJob   *job)
{
  gint64 id = pursuit_job_get_id (job);
  guint position;

  if (g_list_store_find (self->jobs, job, &position))
    g_list_store_remove (self->jobs, position);
  g_hash_table_remove (self->jobs_by_id, &id);
}

/* Runs in the main context: bring the models up to date, then answer. */
static gboolean
apply_result (gpointer data)
{
  GTask *task = data;
  PursuitStore *self = g_task_get_source_object (task);
  Operation *operation = g_task_get_task_data (task);
  PursuitJob *canonical;

  if (operation->error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&operation->error));
      g_object_unref (task);
      return G_SOURCE_REMOVE;
    }

  switch (operation->kind)
    {
    case OPERATION_OPEN:
      apply_open (self, operation);
      g_task_return_boolean (task, TRUE);
      break;

    case OPERATION_ADD:
      remember_job (self, operation->job);
      g_list_store_insert (self->jobs, 0, operation->job);
      g_task_return_pointer (task, g_object_ref (operation->job), g_object_unref);
      break;

    case OPERATION_SAVE:
      pursuit_store_refresh_job (self, operation->job);
      g_task_return_boolean (task, TRUE);
      break;

    case OPERATION_TRASH:
      canonical = pursuit_store_find_job (self, operation->job_id);
      if (canonical != NULL)
        forget_job (self, canonical);
      g_task_return_boolean (task, TRUE);
      break;

    case OPERATION_RESTORE:
      remember_job (self, operation->job);
      g_list_store_insert (self->jobs, 0, operation->job);
      g_task_return_boolean (task, TRUE);
      break;

    case OPERATION_DELETE:
      canonical = pursuit_store_find_job (self, operation->job_id);
      if (canonical != NULL)
        forget_job (self, canonical);
      g_task_return_boolean (task, TRUE);
      break;

    case OPERATION_LIST_SELF_CHECK_RESULTS:
      g_task_return_pointer (task, g_steal_pointer (&operation->self_check_results),
                             (GDestroyNotify) g_ptr_array_unref);
      break;

    case OPERATION_CALL:
      if (operation->apply != NULL)
        operation->apply (self, operation->data, operation->result);
      g_task_return_pointer (task, g_steal_pointer (&operation->result), operation->result_free);
      break;

    case OPERATION_SAVE_SELF_CHECK_RESULT:
    case OPERATION_PURGE:
    default:
      g_task_return_boolean (task, TRUE);
      break;
    }

  g_object_unref (task);
  return G_SOURCE_REMOVE;
}

static gboolean
run_open (PursuitStore  *self,
          GTask         *task,
          Operation     *operation,
          GError       **error)
{
  g_autoptr(PursuitRepository) repository = NULL;

  if (self->repository == NULL)
    {
      repository = pursuit_repository_open (self->path, error);
      if (repository == NULL)
        return FALSE;

      /* Deletions still undoable when the app last stopped are final now. */
      if (!pursuit_repository_purge_trash (repository, error))
        return FALSE;

      self->repository = g_steal_pointer (&repository);
    }

  operation->stages = pursuit_repository_list_stages (self->repository);
  if (operation->in_two)
    operation->jobs = pursuit_repository_list_jobs_in_two (self->repository, FIRST_JOBS,
                                                           send_first_jobs, task, error);
  else
    operation->jobs = pursuit_repository_list_jobs (self->repository, error);
  return operation->jobs != NULL;
}

static gboolean
require_open (PursuitStore  *self,
              GError       **error)
{
  if (self->repository != NULL)
    return TRUE;

  g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_FAILED,
                       _("The database is not open"));
  return FALSE;
}

/* Runs on the worker thread. */
static void
run_operation (gpointer data,
               gpointer user_data)
{
  GTask *task = data;
  PursuitStore *self = user_data;
  Operation *operation = g_task_get_task_data (task);
  GError **error = &operation->error;

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }

  switch (operation->kind)
    {
    case OPERATION_OPEN:
      run_open (self, task, operation, error);
      break;
    case OPERATION_ADD:
      if (require_open (self, error))
        pursuit_repository_insert_job (self->repository, operation->job, now_in_seconds (), error);
      break;
    case OPERATION_SAVE:
      if (require_open (self, error))
        pursuit_repository_update_job (self->repository, operation->job, PURSUIT_JOB_ALL_FIELDS, now_in_seconds (), error);
      break;
    case OPERATION_TRASH:
      if (require_open (self, error))
        pursuit_repository_trash_job (self->repository, operation->job_id, now_in_seconds (), error);
      break;
    case OPERATION_RESTORE:
      if (require_open (self, error))
        pursuit_repository_restore_job (self->repository, operation->job_id, error);
      break;
    case OPERATION_DELETE:
      if (require_open (self, error))
        pursuit_repository_delete_job (self->repository, operation->job_id, error);
      break;
    case OPERATION_PURGE:
      if (require_open (self, error))
        pursuit_repository_purge_trash (self->repository, error);
      break;
    case OPERATION_SAVE_SELF_CHECK_RESULT:
      if (require_open (self, error))
        pursuit_repository_insert_self_check_result (self->repository, operation->self_check_result, error);
      break;
    case OPERATION_LIST_SELF_CHECK_RESULTS:
      if (require_open (self, error))
        operation->self_check_results =
          pursuit_repository_list_self_check_results (self->repository, operation->check_id, error);
      break;
    case OPERATION_CALL:
      if (require_open (self, error) &&
          !operation->work (self->repository, operation->data, &operation->result, error) &&
          operation->error == NULL)
        g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_FAILED, "Unknown failure");
      break;
    default:
      g_assert_not_reached ();
    }

  /* Always through a source: g_main_context_invoke() would run the result
   * right here if the main thread did not hold its context at this moment. */
  {
    GSource *source = g_idle_source_new ();

    g_source_set_priority (source, G_PRIORITY_DEFAULT);
    g_source_set_callback (source, apply_result, task, NULL);
    g_source_attach (source, self->main_context);
    g_source_unref (source);
  }
}

static void
queue_operation (PursuitStore        *self,
                 Operation           *operation,
                 gpointer             source_tag,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, operation, (GDestroyNotify) operation_free);

  if (self->worker == NULL)
    {
      g_task_return_new_error (task, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_FAILED,
                               _("The database is closed"));
      g_object_unref (task);
      return;
    }

  g_thread_pool_push (self->worker, task, NULL);
}

/**
 * pursuit_store_close:
 *
 * Runs every operation already queued to the end and stops the worker: what
 * the user saved before quitting is on disk when this returns. Results not
 * yet delivered to the main loop are dropped; later operations fail.
 */
void
pursuit_store_close (PursuitStore *self)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));

  if (self->worker == NULL)
    return;

  g_thread_pool_free (self->worker, FALSE, TRUE);
  self->worker = NULL;
}

static void
pursuit_store_finalize (GObject *object)
{
  PursuitStore *self = PURSUIT_STORE (object);

  /* Every queued task holds a reference on the store, so the worker is idle. */
  if (self->worker != NULL)
    g_thread_pool_free (self->worker, FALSE, TRUE);
  g_clear_object (&self->repository);
  g_clear_object (&self->jobs);
  g_clear_object (&self->stages);
  g_clear_pointer (&self->jobs_by_id, g_hash_table_unref);
  g_clear_pointer (&self->main_context, g_main_context_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (pursuit_store_parent_class)->finalize (object);
}

static void
pursuit_store_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PursuitStore *self = PURSUIT_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_OPEN:
      g_value_set_boolean (value, self->open);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_store_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PursuitStore *self = PURSUIT_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_store_class_init (PursuitStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_store_finalize;
  object_class->get_property = pursuit_store_get_property;
  object_class->set_property = pursuit_store_set_property;

  properties[PROP_PATH] = g_param_spec_string ("path", NULL, NULL, NULL,
                                               G_PARAM_READWRITE |
                                               G_PARAM_CONSTRUCT_ONLY |
                                               G_PARAM_STATIC_STRINGS);

  /* Whether every job is loaded and the store takes changes. */
  properties[PROP_OPEN] = g_param_spec_boolean ("open", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitStore::first-jobs-loaded:
   *
   * On the first opening of a database with many jobs, the most recently
   * updated of them are in the jobs model (and the stages in theirs) while
   * the others are still being read; those are added at the end of the
   * model before the opening completes. A list sorted by recent updates can
   * show its first screen from here.
   */
  signals[FIRST_JOBS_LOADED] = g_signal_new ("first-jobs-loaded", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
}

static void
pursuit_store_init (PursuitStore *self)
{
  self->main_context = g_main_context_ref_thread_default ();
  self->jobs = g_list_store_new (PURSUIT_TYPE_JOB);
  self->stages = g_list_store_new (PURSUIT_TYPE_STAGE);
  self->jobs_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  /* One exclusive thread: database work is serialised and keeps its order. */
  self->worker = g_thread_pool_new (run_operation, self, 1, TRUE, NULL);
}

/**
 * pursuit_store_new:
 * @path: (nullable): the database file, or %NULL for the user's data folder
 */
PursuitStore *
pursuit_store_new (const char *path)
{
  g_autofree char *default_path = NULL;

  if (path == NULL)
    path = default_path = pursuit_repository_get_default_path ();

  return g_object_new (PURSUIT_TYPE_STORE, "path", path, NULL);
}

const char *
pursuit_store_get_path (PursuitStore *self)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return self->path;
}

gboolean
pursuit_store_is_open (PursuitStore *self)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);

  return self->open;
}

/**
 * pursuit_store_get_jobs:
 *
 * Returns: (transfer none): the saved jobs (not those in the trash), kept up to date
 */
GListModel *
pursuit_store_get_jobs (PursuitStore *self)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->jobs);
}

/**
 * pursuit_store_get_stages:
 *
 * Returns: (transfer none): every stage of the pipeline, in order
 */
GListModel *
pursuit_store_get_stages (PursuitStore *self)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->stages);
}

/**
 * pursuit_store_find_job:
 *
 * Returns: (transfer none) (nullable): the canonical job with @id
 */
PursuitJob *
pursuit_store_find_job (PursuitStore *self,
                        gint64        id)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return g_hash_table_lookup (self->jobs_by_id, &id);
}

/**
 * pursuit_store_get_default_stage:
 *
 * Returns: (transfer none) (nullable): the stage a new job starts in
 */
PursuitStage *
pursuit_store_get_default_stage (PursuitStore *self)
{
  guint n;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->stages));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (G_LIST_MODEL (self->stages), i);

      if (!pursuit_stage_get_hidden (stage))
        return stage;
    }

  return NULL;
}

void
pursuit_store_open_async (PursuitStore        *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  Operation *operation = g_new0 (Operation, 1);

  g_return_if_fail (PURSUIT_IS_STORE (self));

  operation->kind = OPERATION_OPEN;
  /* A reopening replaces the jobs at once, without a short list between. */
  operation->in_two = !self->open && g_list_model_get_n_items (G_LIST_MODEL (self->jobs)) == 0;
  queue_operation (self, operation, pursuit_store_open_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_open_finish (PursuitStore  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

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
  Operation *operation = g_new0 (Operation, 1);

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (draft));

  operation->kind = OPERATION_ADD;
  operation->job = pursuit_job_copy (draft);
  queue_operation (self, operation, pursuit_store_add_job_async, cancellable, callback, user_data);
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
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * pursuit_store_save_job_async:
 * @draft: a copy of a saved job with the new values
 */
void
pursuit_store_save_job_async (PursuitStore        *self,
                              PursuitJob          *draft,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  Operation *operation = g_new0 (Operation, 1);

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (draft));

  operation->kind = OPERATION_SAVE;
  operation->job = pursuit_job_copy (draft);
  queue_operation (self, operation, pursuit_store_save_job_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_save_job_finish (PursuitStore  *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

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
  Operation *operation = g_new0 (Operation, 1);

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (job));

  operation->kind = OPERATION_TRASH;
  operation->job_id = pursuit_job_get_id (job);
  queue_operation (self, operation, pursuit_store_trash_job_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_trash_job_finish (PursuitStore  *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

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
  Operation *operation = g_new0 (Operation, 1);

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (job));

  operation->kind = OPERATION_RESTORE;
  operation->job = g_object_ref (job);
  operation->job_id = pursuit_job_get_id (job);
  queue_operation (self, operation, pursuit_store_restore_job_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_restore_job_finish (PursuitStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
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
  Operation *operation = g_new0 (Operation, 1);

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (job));

  operation->kind = OPERATION_DELETE;
  operation->job_id = pursuit_job_get_id (job);
  queue_operation (self, operation, pursuit_store_delete_job_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_delete_job_finish (PursuitStore  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
pursuit_store_purge_trash_async (PursuitStore        *self,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  Operation *operation = g_new0 (Operation, 1);

  g_return_if_fail (PURSUIT_IS_STORE (self));

  operation->kind = OPERATION_PURGE;
  queue_operation (self, operation, pursuit_store_purge_trash_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_purge_trash_finish (PursuitStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * pursuit_store_save_self_check_result_async:
 * @result: the answers and outcome; copied
 */
void
pursuit_store_save_self_check_result_async (PursuitStore           *self,
                                            PursuitSelfCheckResult *result,
                                            GCancellable           *cancellable,
                                            GAsyncReadyCallback     callback,
                                            gpointer                user_data)
{
  Operation *operation = g_new0 (Operation, 1);

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (result != NULL);

  operation->kind = OPERATION_SAVE_SELF_CHECK_RESULT;
  operation->self_check_result = pursuit_self_check_result_copy (result);
  queue_operation (self, operation, pursuit_store_save_self_check_result_async,
                   cancellable, callback, user_data);
}

gboolean
pursuit_store_save_self_check_result_finish (PursuitStore  *self,
                                             GAsyncResult  *result,
                                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
pursuit_store_list_self_check_results_async (PursuitStore        *self,
                                             const char          *check_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  Operation *operation = g_new0 (Operation, 1);

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (check_id != NULL);

  operation->kind = OPERATION_LIST_SELF_CHECK_RESULTS;
  operation->check_id = g_strdup (check_id);
  queue_operation (self, operation, pursuit_store_list_self_check_results_async,
                   cancellable, callback, user_data);
}

/**
 * pursuit_store_list_self_check_results_finish:
 *
 * Returns: (transfer full) (element-type PursuitSelfCheckResult): the results,
 *   latest first
 */
GPtrArray *
pursuit_store_list_self_check_results_finish (PursuitStore  *self,
                                              GAsyncResult  *result,
                                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * pursuit_store_run_async:
 * @work: what to do with the repository, on the worker thread
 * @apply: (nullable): what to do with the result on the main thread
 * @data: given to both; freed with @data_free when done
 * @result_free: frees the result if nobody takes it
 *
 * The way to add a database operation without growing this file: it runs in
 * order with every other operation of the store.
 */
void
pursuit_store_run_async (PursuitStore          *self,
                         PursuitStoreWorkFunc   work,
                         PursuitStoreApplyFunc  apply,
                         gpointer               data,
                         GDestroyNotify         data_free,
                         GDestroyNotify         result_free,
                         GCancellable          *cancellable,
                         GAsyncReadyCallback    callback,
                         gpointer               user_data)
{
  Operation *operation = g_new0 (Operation, 1);

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (work != NULL);

  operation->kind = OPERATION_CALL;
  operation->work = work;
  operation->apply = apply;
  operation->data = data;
  operation->data_free = data_free;
  operation->result_free = result_free;
  queue_operation (self, operation, pursuit_store_run_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_run_finish:
 *
 * Returns: (transfer full) (nullable): the work function's result; %NULL
 *   with @error set on failure
 */
gpointer
pursuit_store_run_finish (PursuitStore  *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Takes freshly read values into the canonical job, if it is in the model. */
void
pursuit_store_refresh_job (PursuitStore *self,
                           PursuitJob   *fresh)
{
  PursuitJob *canonical;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (fresh));

  canonical = pursuit_store_find_job (self, pursuit_job_get_id (fresh));
  if (canonical == NULL || canonical == fresh)
    return;

  pursuit_job_assign (canonical, fresh);

  /* Filters and sorters see items, not their properties: tell them this one
   * changed, so a job that was archived or moved leaves or joins a view. */
  {
    guint position;

    if (g_list_store_find (self->jobs, canonical, &position))
      g_list_model_items_changed (G_LIST_MODEL (self->jobs), position, 1, 1);
  }
}

static gboolean
search_work (PursuitRepository  *repository,
             gpointer            data,
             gpointer           *result,
             GError            **error)
{
  *result = pursuit_repository_search_jobs (repository, data, error);
  return *result != NULL;
}

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
  pursuit_store_run_async (self, search_work, NULL, g_strdup (query), g_free,
                           (GDestroyNotify) g_array_unref, cancellable, callback, user_data);
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
  return pursuit_store_run_finish (self, result, error);
}

static gboolean
load_details_work (PursuitRepository  *repository,
                   gpointer            data,
                   gpointer           *result,
                   GError            **error)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, *(gint64 *) data);

  *result = pursuit_repository_find_job (repository, id, error);
  return *result != NULL;
}

static void
load_details_apply (PursuitStore *self,
                    gpointer      data,
                    gpointer      result)
{
  pursuit_store_refresh_job (self, result);
}

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
  gint64 *id = g_new (gint64, 1);

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (job));

  *id = pursuit_job_get_id (job);
  pursuit_store_run_async (self, load_details_work, load_details_apply, id, g_free,
                           g_object_unref, cancellable, callback, user_data);
}

/**
 * pursuit_store_set_stages:
 * @stages: (element-type PursuitStage): the whole pipeline, in order, as
 *   just read from the repository
 *
 * Replaces the stages model and points every job at the new stage objects.
 */
void
pursuit_store_set_stages (PursuitStore *self,
                          GPtrArray    *stages)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  g_list_store_splice (self->stages, 0, g_list_model_get_n_items (G_LIST_MODEL (self->stages)),
                       stages->pdata, stages->len);

  g_hash_table_iter_init (&iter, self->jobs_by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      PursuitJob *job = value;
      gint64 stage_id = pursuit_stage_get_id (pursuit_job_get_stage (job));

      for (guint i = 0; i < stages->len; i++)
        {
          if (pursuit_stage_get_id (g_ptr_array_index (stages, i)) == stage_id)
            pursuit_job_set_stage (job, g_ptr_array_index (stages, i));
        }
    }
}
