/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#if HAVE_MALLOC_TRIM
#include <malloc.h>
#endif

#include "pursuit-array-model.h"
#include "pursuit-capacity.h"
#include "pursuit-error.h"
#include "pursuit-job-fields.h"
#include "pursuit-repository.h"
#include "pursuit-store-private.h"
#include "pursuit-store-documents.h"

/* The app's view of its data. All database work runs on one worker thread,
 * in the order it was asked for; results come back to the main context, where
 * the list models are updated before the caller's callback runs. Views never
 * see SQL: they call this API and listen to the models.
 *
 * Reads for someone outside the window (GNOME Shell's search) must not wait
 * behind a long job of the worker, such as the first reading of 100,000
 * jobs: they run on a second thread, the reader, with a connection of
 * their own, and change no model (pursuit_store_read_async()).
 *
 * This file holds the store's life and its models; the operations live by
 * subject in pursuit-store-jobs.c, -people.c, -stages.c, -self-checks.c and
 * -job-models.c, each made with pursuit_store_run_async(). */
struct _PursuitStore
{
  GObject parent_instance;

  char *path;
  GMainContext *main_context;
  GThreadPool *worker;
  PursuitRepository *repository; /* used only on the worker thread */
  GThreadPool *reader;           /* one read at a time, see pursuit_store_read_async() */
  PursuitRepository *read_repository; /* used only by the reader, opened on its first read */
  dev_t read_device;             /* the file it has open */
  ino_t read_inode;
  guint reads;                   /* reads run, for tests */

  PursuitArrayModel *jobs;
  GListStore *stages;
  PursuitJob **jobs_by_id; /* the canonical jobs, a reference each, by ascending id: see remember_jobs() */
  guint n_jobs_by_id;
  guint n_jobs_by_id_allocated;
  GListStore *documents;  /* PursuitDocument, read when first asked for */
  GHashTable *job_lists[PURSUIT_N_JOB_MODELS]; /* see pursuit-store-job-models.c */
  GListStore *practice_lists[PURSUIT_N_PRACTICE_LISTS]; /* see pursuit-store-practice.c */
  gboolean practice_lists_wanted;
  guint sync_timeout;     /* looks for other programs' changes */
  struct _Barrier *rest_gate; /* see send_first_jobs() */
  struct _FirstJobs *first_jobs; /* sent by the worker, not yet in the models */
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
  PRACTICE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What one queued operation carries from the worker back to the main thread. */
typedef struct
{
  const PursuitStoreCall *call;
  gpointer data;
  GDestroyNotify data_free;
  gpointer result;
} Operation;

static void
operation_free (Operation *operation)
{
  if (operation->result != NULL && operation->call->result_free != NULL)
    operation->call->result_free (operation->result);
  if (operation->data != NULL && operation->data_free != NULL)
    operation->data_free (operation->data);
  g_free (operation);
}

gint64
pursuit_store_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Runs in the main context. */
static gboolean
apply_result (gpointer data)
{
  GTask *task = data;
  PursuitStore *self = g_task_get_source_object (task);
  Operation *operation = g_task_get_task_data (task);
  GError *error = g_object_steal_data (G_OBJECT (task), "pursuit-error");

  if (error != NULL)
    g_task_return_error (task, error);
  else
    {
      if (operation->call->apply != NULL)
        operation->call->apply (self, operation->data, operation->result);

      if (operation->call->result_free == NULL)
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_pointer (task, g_steal_pointer (&operation->result), operation->call->result_free);
    }

  g_object_unref (task);
  return G_SOURCE_REMOVE;
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

static const PursuitStoreCall open_call;

/* Runs on the worker or the reader: hands @task, and @error if it failed,
 * to the main context. */
static void
send_result (PursuitStore *self,
             GTask        *task,
             GError       *error)
{
  GSource *source;

  if (error != NULL)
    g_object_set_data_full (G_OBJECT (task), "pursuit-error", error, (GDestroyNotify) g_error_free);

  /* Always through a source: g_main_context_invoke() would run the result
   * right here if the main thread did not hold its context at this moment. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, apply_result, task, NULL);
  g_source_attach (source, self->main_context);
  g_source_unref (source);
}

/* Runs on the worker thread. */
static void
run_operation (gpointer data,
               gpointer user_data)
{
  GTask *task = data;
  PursuitStore *self = user_data;
  Operation *operation = g_task_get_task_data (task);
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }

  /* Opening is the one operation that runs without an open repository:
   * it opens it. */
  if ((operation->call == &open_call || require_open (self, &error)) &&
      !operation->call->work (self->repository, operation->data, &operation->result, &error) &&
      error == NULL)
    g_set_error_literal (&error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_FAILED, "Unknown failure");

  send_result (self, task, error);
}

/* Runs on the reader. A file that does not exist yet has no jobs: reading
 * is no reason to create it. A file put in its place (Restore, pursuit-cli
 * restore) is opened anew: the old connection would go on reading the
 * file set aside. */
static PursuitRepository *
get_read_repository (PursuitStore  *self,
                     GError       **error)
{
  GStatBuf info;

  if (g_stat (self->path, &info) != 0)
    {
      g_clear_object (&self->read_repository);
      return NULL;
    }

  if (self->read_repository != NULL && (info.st_dev != self->read_device || info.st_ino != self->read_inode))
    g_clear_object (&self->read_repository);
  if (self->read_repository == NULL)
    {
      self->read_repository = pursuit_repository_open (self->path, error);
      self->read_device = info.st_dev;
      self->read_inode = info.st_ino;
    }

  return self->read_repository;
}

/* Runs on the reader. */
static void
run_read (gpointer data,
          gpointer user_data)
{
  GTask *task = data;
  PursuitStore *self = user_data;
  Operation *operation = g_task_get_task_data (task);
  GError *error = NULL;
  PursuitRepository *repository;

  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }

  repository = get_read_repository (self, &error);
  if (error == NULL &&
      !operation->call->work (repository, operation->data, &operation->result, &error) &&
      error == NULL)
    g_set_error_literal (&error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_FAILED, "Unknown failure");
  g_atomic_int_inc (&self->reads);

  send_result (self, task, error);
}

static void
queue (PursuitStore           *self,
       GThreadPool            *pool,
       const PursuitStoreCall *call,
       gpointer                data,
       GDestroyNotify          data_free,
       gpointer                source_tag,
       GCancellable           *cancellable,
       GAsyncReadyCallback     callback,
       gpointer                user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  Operation *operation = g_new0 (Operation, 1);

  operation->call = call;
  operation->data = data;
  operation->data_free = data_free;

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, operation, (GDestroyNotify) operation_free);

  if (pool == NULL)
    {
      g_task_return_new_error (task, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_CLOSED,
                               _("The database is closed"));
      g_object_unref (task);
      return;
    }

  g_thread_pool_push (pool, task, NULL);
}

/**
 * pursuit_store_run_async:
 * @call: the kind of operation
 * @data: (transfer full): given to the work and apply functions; freed with
 *   @data_free when the operation is done
 * @source_tag: the public function starting it, checked when it finishes
 *
 * Queues an operation: @call's work function runs on the worker thread in
 * order with every other operation, its apply function on the main thread,
 * then @callback.
 */
void
pursuit_store_run_async (PursuitStore           *self,
                         const PursuitStoreCall *call,
                         gpointer                data,
                         GDestroyNotify          data_free,
                         gpointer                source_tag,
                         GCancellable           *cancellable,
                         GAsyncReadyCallback     callback,
                         gpointer                user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (call != NULL && call->work != NULL);

  queue (self, self->worker, call, data, data_free, source_tag, cancellable, callback, user_data);
}

/**
 * pursuit_store_read_async:
 * @call: the kind of read: its work function only reads, and it has no
 *   apply function
 * @data: (transfer full): given to the work function; freed with
 *   @data_free when the read is done
 * @source_tag: the public function starting it, checked when it finishes
 *   (with pursuit_store_run_finish())
 *
 * Queues a read for someone outside the window, GNOME Shell's search: it
 * runs on the reader, a second thread with a connection of its own to the
 * file, beside the worker, so it waits neither for the store to be open
 * nor behind the worker's operations (the first reading of every job);
 * reads run one at a time, in order. The work function is given %NULL for
 * a file that does not exist yet, which is not created: it answers as for
 * an empty database. A read may not see what operations queued on the
 * worker and not yet finished will write.
 */
void
pursuit_store_read_async (PursuitStore           *self,
                          const PursuitStoreCall *call,
                          gpointer                data,
                          GDestroyNotify          data_free,
                          gpointer                source_tag,
                          GCancellable           *cancellable,
                          GAsyncReadyCallback     callback,
                          gpointer                user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (call != NULL && call->work != NULL && call->apply == NULL);

  /* A closed store has neither. */
  queue (self, self->worker != NULL ? self->reader : NULL, call, data, data_free, source_tag,
         cancellable, callback, user_data);
}

/* How many reads ran, for tests. */
guint
pursuit_store_get_reads_run (PursuitStore *self)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);

  return g_atomic_int_get (&self->reads);
}

/**
 * pursuit_store_run_finish:
 *
 * Returns: (transfer full): the work function's result; %NULL with @error
 *   set on failure
 */
gpointer
pursuit_store_run_finish (PursuitStore  *self,
                          GAsyncResult  *result,
                          gpointer       source_tag,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* For a call without @result_free: whether it succeeded. */
gboolean
pursuit_store_run_finish_boolean (PursuitStore  *self,
                                  GAsyncResult  *result,
                                  gpointer       source_tag,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* One thread waiting for another: the main thread for the writes, or the
 * worker for the main thread to show the first jobs. */

typedef struct _Barrier
{
  gint refs;
  GMutex mutex;
  GCond cond;
  gboolean done;
} Barrier;

static Barrier *
barrier_new (void)
{
  Barrier *barrier = g_new0 (Barrier, 1);

  barrier->refs = 1;
  g_mutex_init (&barrier->mutex);
  g_cond_init (&barrier->cond);
  return barrier;
}

static Barrier *
barrier_ref (Barrier *barrier)
{
  g_atomic_int_inc (&barrier->refs);
  return barrier;
}

static void
barrier_unref (Barrier *barrier)
{
  if (!g_atomic_int_dec_and_test (&barrier->refs))
    return;
  g_mutex_clear (&barrier->mutex);
  g_cond_clear (&barrier->cond);
  g_free (barrier);
}

static void
barrier_release (Barrier *barrier)
{
  g_mutex_lock (&barrier->mutex);
  barrier->done = TRUE;
  g_cond_signal (&barrier->cond);
  g_mutex_unlock (&barrier->mutex);
}

/* Returns: whether @barrier was released within @timeout_ms */
static gboolean
barrier_wait (Barrier *barrier,
              guint    timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * G_TIME_SPAN_MILLISECOND;
  gboolean done;

  g_mutex_lock (&barrier->mutex);
  while (!barrier->done)
    {
      if (!g_cond_wait_until (&barrier->cond, &barrier->mutex, deadline))
        break;
    }
  done = barrier->done;
  g_mutex_unlock (&barrier->mutex);
  return done;
}

/* Opening */

/* On a first opening with more jobs than this, the most recently updated
 * come first: enough for the first screen, whichever window size. */
#define FIRST_JOBS 100

/* The longest the worker waits for the main thread to show the first jobs
 * before it reads the others (see send_first_jobs()). */
#define FIRST_JOBS_SHOWN_TIMEOUT_MS 1000

typedef struct
{
  PursuitStore *store;   /* the worker only reads its path and main context */
  gboolean in_two;       /* send the first jobs ahead of the rest */
  guint n_first;         /* how many jobs went ahead */
  Barrier *rest_gate;    /* with in_two: released once the first jobs are shown */
} OpenRequest;

typedef struct
{
  GPtrArray *stages;
  GPtrArray *jobs;
} OpenResult;

static void
open_result_free (OpenResult *result)
{
  g_clear_pointer (&result->stages, g_ptr_array_unref);
  g_clear_pointer (&result->jobs, g_ptr_array_unref);
  g_free (result);
}

typedef struct _FirstJobs
{
  GPtrArray *stages;
  GPtrArray *jobs;
} FirstJobs;

static void
first_jobs_free (FirstJobs *first)
{
  g_ptr_array_unref (first->stages);
  g_ptr_array_unref (first->jobs);
  g_free (first);
}

/* Lets the worker read the rest of the jobs. */
static void
open_rest_gate (PursuitStore *self)
{
  if (self->rest_gate == NULL)
    return;
  barrier_release (self->rest_gate);
  g_clear_pointer (&self->rest_gate, barrier_unref);
}

static gboolean
on_first_jobs_shown (gpointer data)
{
  open_rest_gate (data);
  return G_SOURCE_REMOVE;
}

/* Runs in the main context: puts the first jobs the worker sent in the
 * models, unless they are in already. */
static void
apply_first_jobs (PursuitStore *self)
{
  FirstJobs *first = g_atomic_pointer_exchange (&self->first_jobs, NULL);
  GSource *source;

  if (first == NULL)
    return;

  pursuit_store_fill_models (self, first->stages, first->jobs, 0);
  first_jobs_free (first);
  g_signal_emit (self, signals[FIRST_JOBS_LOADED], 0);

  /* Below the priority of GTK's layout and drawing: the main loop comes
   * here once it has nothing more urgent to do with the first jobs, in a
   * window once it has drawn them. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_LOW);
  g_source_set_callback (source, on_first_jobs_shown, g_object_ref (self), g_object_unref);
  g_source_attach (source, self->main_context);
  g_source_unref (source);
}

static gboolean
on_first_jobs (gpointer data)
{
  apply_first_jobs (data);
  return G_SOURCE_REMOVE;
}

typedef struct
{
  OpenRequest *request;
  GPtrArray *stages;
} FirstJobsTarget;

/* Runs on the worker thread. */
static void
send_first_jobs (GPtrArray *jobs,
                 gpointer   user_data)
{
  FirstJobsTarget *target = user_data;
  PursuitStore *store = target->request->store;
  FirstJobs *first = g_new0 (FirstJobs, 1);
  GSource *source = g_idle_source_new ();

  first->stages = g_ptr_array_ref (target->stages);
  first->jobs = g_ptr_array_ref (jobs);
  target->request->n_first = jobs->len;
  g_atomic_pointer_set (&store->first_jobs, first);

  /* Below GTK's drawing (GDK_PRIORITY_REDRAW): a window presented
   * meanwhile draws its first frame before it lays out the jobs, so that
   * frame comes as soon with 100,000 jobs as with none. The opening's own
   * result cannot overtake them: open_apply() puts them in first if they
   * are still waiting. */
  g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_callback (source, on_first_jobs, g_object_ref (store), g_object_unref);
  g_source_attach (source, store->main_context);
  g_source_unref (source);

  /* Reading the other jobs at once (half a second of the worker at
   * 100,000 jobs) took one of the two processors of a small machine from
   * the main thread and the display server while they laid out and drew
   * the window's first frames: the worker waits until the main loop has
   * shown the first jobs, or a second at most (a main loop held up by
   * something else). */
  barrier_wait (target->request->rest_gate, FIRST_JOBS_SHOWN_TIMEOUT_MS);
}

/* Runs on the worker thread, the only one that uses the repository: it
 * may set the store's repository here. */
static gboolean
open_work (PursuitRepository  *repository,
           gpointer            data,
           gpointer           *result,
           GError            **error)
{
  OpenRequest *request = data;
  OpenResult *outcome;

  if (repository == NULL)
    {
      g_autoptr(PursuitRepository) opened = pursuit_repository_open (request->store->path, error);

      if (opened == NULL)
        return FALSE;

      /* Deletions still undoable when the app last stopped are final now. */
      if (!pursuit_repository_purge_trash (opened, error))
        return FALSE;

      repository = request->store->repository = g_steal_pointer (&opened);
    }

  outcome = g_new0 (OpenResult, 1);
  outcome->stages = pursuit_repository_list_stages (repository);
  if (request->in_two)
    {
      FirstJobsTarget target = { request, outcome->stages };

      outcome->jobs = pursuit_repository_list_jobs_in_two (repository, FIRST_JOBS,
                                                           send_first_jobs, &target, error);
    }
  else
    outcome->jobs = pursuit_repository_list_jobs (repository, error);

  if (outcome->jobs == NULL)
    {
      open_result_free (outcome);
      return FALSE;
    }

  *result = outcome;
  return TRUE;
}

#if HAVE_MALLOC_TRIM
static gboolean
trim_malloc (gpointer data)
{
  malloc_trim (0);
  return G_SOURCE_REMOVE;
}
#endif

static void
open_apply (PursuitStore *self,
            gpointer      data,
            gpointer      result)
{
  OpenRequest *request = data;
  OpenResult *outcome = result;

  /* Had the worker stopped waiting for the first jobs to be shown, they
   * may not be in yet. When they went ahead, the stages came with them. */
  apply_first_jobs (self);
  pursuit_store_fill_models (self, request->n_first > 0 ? NULL : outcome->stages,
                             outcome->jobs, request->n_first);
  /* Every job fitted in the first part, or the worker stopped waiting. */
  open_rest_gate (self);
  pursuit_store_set_open (self);
#if HAVE_MALLOC_TRIM
  /* Reading 100,000 jobs leaves tens of megabytes of freed temporaries in
   * the worker's malloc arena, which glibc keeps: once everything read is
   * in the models (and the result freed, after this), they go back. */
  g_idle_add_full (G_PRIORITY_LOW, trim_malloc, NULL, NULL);
#endif
}

static const PursuitStoreCall open_call = {
  open_work, open_apply, (GDestroyNotify) open_result_free,
};

static void
open_request_free (OpenRequest *request)
{
  g_clear_pointer (&request->rest_gate, barrier_unref);
  g_object_unref (request->store);
  g_free (request);
}

/**
 * pursuit_store_open_async:
 *
 * Opens the database (creating or upgrading it) and reads the stages and
 * jobs into the models; on a later call, reads them again.
 */
void
pursuit_store_open_async (PursuitStore        *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  OpenRequest *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = g_new0 (OpenRequest, 1);
  request->store = g_object_ref (self);
  /* A reopening replaces the jobs at once, without a short list between. */
  request->in_two = !self->open && g_list_model_get_n_items (G_LIST_MODEL (self->jobs)) == 0;
  if (request->in_two)
    {
      open_rest_gate (self);
      self->rest_gate = barrier_new ();
      request->rest_gate = barrier_ref (self->rest_gate);
    }

  pursuit_store_run_async (self, &open_call, request, (GDestroyNotify) open_request_free,
                           pursuit_store_open_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_open_finish (PursuitStore  *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  OpenResult *outcome = pursuit_store_run_finish (self, result, pursuit_store_open_async, &local_error);

  if (outcome == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  open_result_free (outcome);
  return TRUE;
}

/* Lets the reads already queued finish. */
static void
pursuit_store_free_pool (GThreadPool *pool)
{
  g_thread_pool_free (pool, FALSE, TRUE);
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

  g_clear_handle_id (&self->sync_timeout, g_source_remove);
  open_rest_gate (self);

  if (self->worker == NULL)
    return;

  g_thread_pool_free (self->worker, FALSE, TRUE);
  self->worker = NULL;
  g_clear_pointer (&self->reader, pursuit_store_free_pool);

  /* Nothing more is read or written: whoever waits for the store to be
   * open (Insights' tagging, practice's reload) stops asking. */
  if (self->open)
    {
      self->open = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN]);
    }
}

/* Waiting for the writes */

static gboolean
barrier_work (PursuitRepository  *repository,
              gpointer            data,
              gpointer           *result,
              GError            **error)
{
  barrier_release (data);
  return TRUE;
}

static const PursuitStoreCall barrier_call = { barrier_work, NULL, NULL };

/**
 * pursuit_store_wait_for_writes:
 * @timeout_ms: the longest to wait
 *
 * Blocks until every operation asked for so far has run on the worker
 * thread, its writes committed: for the session ending, when the process
 * may be stopped before the main loop turns again. The results still come
 * to the main loop as usual.
 *
 * Returns: whether they all ran in time
 */
gboolean
pursuit_store_wait_for_writes (PursuitStore *self,
                               guint         timeout_ms)
{
  Barrier *barrier;
  gboolean done;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);

  if (self->worker == NULL || !self->open)
    return TRUE;

  barrier = barrier_new ();
  pursuit_store_run_async (self, &barrier_call, barrier_ref (barrier), (GDestroyNotify) barrier_unref,
                           pursuit_store_wait_for_writes, NULL, NULL, NULL);
  done = barrier_wait (barrier, timeout_ms);
  barrier_unref (barrier);
  return done;
}

/* Models */

/* The place of the job @id in jobs_by_id, or where it would go. */
static gboolean
find_place (PursuitStore *self,
            gint64        id,
            guint        *place)
{
  guint low = 0;
  guint high = self->n_jobs_by_id;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      gint64 middle_id = pursuit_job_get_id (self->jobs_by_id[middle]);

      if (middle_id == id)
        {
          *place = middle;
          return TRUE;
        }
      if (middle_id < id)
        low = middle + 1;
      else
        high = middle;
    }
  *place = low;
  return FALSE;
}

static int
compare_job_ids (gconstpointer a,
                 gconstpointer b)
{
  gint64 id_a = pursuit_job_get_id (*(PursuitJob * const *) a);
  gint64 id_b = pursuit_job_get_id (*(PursuitJob * const *) b);

  return (id_a > id_b) - (id_a < id_b);
}

static void
forget_jobs_by_id (PursuitStore *self)
{
  for (guint i = 0; i < self->n_jobs_by_id; i++)
    g_object_unref (self->jobs_by_id[i]);
  self->n_jobs_by_id = 0;
}

/* Makes @jobs the canonical jobs of their ids; a job of the same id that
 * was there goes. The store looks jobs up by id in an array of them sorted
 * by id (8 bytes a job, 0.8 MB at 100,000 jobs, where a hash table of
 * their ids took 1.6 MB); the jobs model cannot serve, as it keeps the
 * jobs by recent change. One job is put in its place; many (the first
 * read, an import) are sorted and merged in, from the end, in one pass. */
static void
remember_jobs (PursuitStore *self,
               PursuitJob  **jobs,
               guint         n_jobs)
{
  g_autofree PursuitJob **sorted = NULL;
  guint n_old = self->n_jobs_by_id;
  guint to;
  guint old;
  guint added;

  if (n_jobs == 1)
    {
      guint place;

      if (find_place (self, pursuit_job_get_id (jobs[0]), &place))
        {
          g_object_ref (jobs[0]);
          g_object_unref (self->jobs_by_id[place]);
          self->jobs_by_id[place] = jobs[0];
          return;
        }
      if (self->n_jobs_by_id == self->n_jobs_by_id_allocated)
        {
          self->n_jobs_by_id_allocated = pursuit_capacity_for (self->n_jobs_by_id_allocated, self->n_jobs_by_id + 1);
          self->jobs_by_id = g_renew (PursuitJob *, self->jobs_by_id, self->n_jobs_by_id_allocated);
        }
      memmove (&self->jobs_by_id[place + 1], &self->jobs_by_id[place],
               (self->n_jobs_by_id - place) * sizeof (PursuitJob *));
      self->jobs_by_id[place] = g_object_ref (jobs[0]);
      self->n_jobs_by_id++;
      return;
    }
  if (n_jobs == 0)
    return;

  sorted = g_memdup2 (jobs, n_jobs * sizeof (PursuitJob *));
  qsort (sorted, n_jobs, sizeof (PursuitJob *), compare_job_ids);
  if (n_old + n_jobs > self->n_jobs_by_id_allocated)
    {
      self->n_jobs_by_id_allocated = pursuit_capacity_for (self->n_jobs_by_id_allocated, n_old + n_jobs);
      self->jobs_by_id = g_renew (PursuitJob *, self->jobs_by_id, self->n_jobs_by_id_allocated);
    }

  /* From the largest id down, into the room after the old ones: a job of
   * an id already there takes its place, and one given twice is kept once. */
  to = n_old + n_jobs;
  old = n_old;
  added = n_jobs;
  while (added > 0)
    {
      PursuitJob *job = sorted[added - 1];
      gint64 id = pursuit_job_get_id (job);

      if (to < n_old + n_jobs && pursuit_job_get_id (self->jobs_by_id[to]) == id)
        {
          added--;
          continue;
        }
      if (old > 0 && pursuit_job_get_id (self->jobs_by_id[old - 1]) > id)
        {
          self->jobs_by_id[--to] = self->jobs_by_id[--old];
          continue;
        }
      if (old > 0 && pursuit_job_get_id (self->jobs_by_id[old - 1]) == id)
        g_object_unref (self->jobs_by_id[--old]);
      self->jobs_by_id[--to] = g_object_ref (job);
      added--;
    }
  /* The old ones below every new id are in place, unless some were
   * dropped: then all move down to the start. */
  if (to > old)
    memmove (&self->jobs_by_id[old], &self->jobs_by_id[to], (n_old + n_jobs - to) * sizeof (PursuitJob *));
  self->n_jobs_by_id = old + (n_old + n_jobs - to);
}

static void
remember_job (PursuitStore *self,
              PursuitJob   *job)
{
  remember_jobs (self, &job, 1);
}

/* Takes the job @id out of jobs_by_id. */
static void
forget_job (PursuitStore *self,
            gint64        id)
{
  guint place;

  if (!find_place (self, id, &place))
    return;
  g_object_unref (self->jobs_by_id[place]);
  memmove (&self->jobs_by_id[place], &self->jobs_by_id[place + 1],
           (self->n_jobs_by_id - place - 1) * sizeof (PursuitJob *));
  self->n_jobs_by_id--;
}

/* Puts @jobs in the model after the first @n_kept, which stay. */
void
pursuit_store_fill_models (PursuitStore *self,
                           GPtrArray    *stages,
                           GPtrArray    *jobs,
                           guint         n_kept)
{
  if (stages != NULL)
    g_list_store_splice (self->stages, 0, g_list_model_get_n_items (G_LIST_MODEL (self->stages)),
                         stages->pdata, stages->len);

  if (n_kept == 0)
    forget_jobs_by_id (self);
  remember_jobs (self, (PursuitJob **) jobs->pdata, jobs->len);

  pursuit_array_model_splice (self->jobs, n_kept, g_list_model_get_n_items (G_LIST_MODEL (self->jobs)) - n_kept,
                              jobs->pdata, jobs->len);
}

/* How often, in seconds, the store looks for other programs' changes: the
 * look costs a few microseconds on the worker thread. */
#define SYNC_INTERVAL_S 2

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_check_changes_finish (PURSUIT_STORE (source), result, &error) && error != NULL &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("Could not look for changes made by other programs: %s", error->message);
}

static gboolean
on_sync_timeout (gpointer user_data)
{
  PursuitStore *self = user_data;

  if (self->worker != NULL)
    pursuit_store_check_changes_async (self, NULL, on_checked, NULL);
  return G_SOURCE_CONTINUE;
}

void
pursuit_store_set_open (PursuitStore *self)
{
  if (self->sync_timeout == 0)
    self->sync_timeout = g_timeout_add_seconds (SYNC_INTERVAL_S, on_sync_timeout, self);

  if (self->open)
    return;

  self->open = TRUE;
  pursuit_store_practice_opened (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN]);
}

/* Puts a job that was just saved at the top of the model (the list is
 * sorted by recent changes). */
void
pursuit_store_insert_job (PursuitStore *self,
                          PursuitJob   *job)
{
  remember_job (self, job);
  pursuit_array_model_splice (self->jobs, 0, 0, (gpointer *) &job, 1);
}

void
pursuit_store_remove_job (PursuitStore *self,
                          gint64        job_id)
{
  PursuitJob *job = pursuit_store_find_job (self, job_id);
  guint position;

  if (job == NULL)
    return;

  if (pursuit_array_model_find (self->jobs, job, &position))
    pursuit_array_model_splice (self->jobs, position, 1, NULL, 0);
  forget_job (self, job_id);
}

/* Many jobs at once (an import): the models hear of them once. */
void
pursuit_store_insert_jobs (PursuitStore *self,
                           GPtrArray    *jobs)
{
  remember_jobs (self, (PursuitJob **) jobs->pdata, jobs->len);
  pursuit_array_model_splice (self->jobs, 0, 0, jobs->pdata, jobs->len);
}

/* Removes each run of neighbours with one change, from the end, so the
 * positions still to remove stay right. */
void
pursuit_store_remove_jobs (PursuitStore *self,
                           GArray       *job_ids)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->jobs));
  guint run_end = 0;
  guint run_length = 0;
  guint kept = 0;

  for (guint i = 0; i < job_ids->len; i++)
    g_hash_table_add (wanted, &g_array_index (job_ids, gint64, i));

  for (guint i = n_items; i > 0; i--)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (G_LIST_MODEL (self->jobs), i - 1);
      gint64 id = pursuit_job_get_id (job);

      if (g_hash_table_contains (wanted, &id))
        {
          if (run_length == 0)
            run_end = i;
          run_length++;
          continue;
        }
      if (run_length > 0)
        pursuit_array_model_splice (self->jobs, run_end - run_length, run_length, NULL, 0);
      run_length = 0;
    }
  if (run_length > 0)
    pursuit_array_model_splice (self->jobs, run_end - run_length, run_length, NULL, 0);

  /* One pass, not a move of the array for each (an import undone). */
  for (guint i = 0; i < self->n_jobs_by_id; i++)
    {
      PursuitJob *job = self->jobs_by_id[i];
      gint64 id = pursuit_job_get_id (job);

      if (g_hash_table_contains (wanted, &id))
        g_object_unref (job);
      else
        self->jobs_by_id[kept++] = job;
    }
  self->n_jobs_by_id = kept;
}

/* Whether a list would see @fresh as it sees @canonical: the same values
 * but for the details (pursuit_job_field_is_detail()), which no list shows,
 * sorts or filters by. */
static gboolean
same_for_lists (PursuitJob *canonical,
                PursuitJob *fresh)
{
  PursuitJobFields differing = pursuit_job_diff (canonical, fresh);
  char canonical_uuid[PURSUIT_JOB_UUID_SIZE], fresh_uuid[PURSUIT_JOB_UUID_SIZE];

  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      if (pursuit_job_field_is_detail (field))
        differing &= ~PURSUIT_JOB_FIELD_BIT (field);
    }
  return differing == 0 &&
         g_strcmp0 (pursuit_job_get_uuid (canonical, canonical_uuid), pursuit_job_get_uuid (fresh, fresh_uuid)) == 0 &&
         pursuit_job_get_created_at (canonical) == pursuit_job_get_created_at (fresh) &&
         pursuit_job_get_updated_at (canonical) == pursuit_job_get_updated_at (fresh) &&
         pursuit_job_get_stage_entered_at (canonical) == pursuit_job_get_stage_entered_at (fresh) &&
         pursuit_job_get_next_interview_at (canonical) == pursuit_job_get_next_interview_at (fresh) &&
         pursuit_job_get_n_documents (canonical) == pursuit_job_get_n_documents (fresh);
}

/* Takes freshly read values into the canonical job, if it is in the model. */
void
pursuit_store_refresh_job (PursuitStore *self,
                           PursuitJob   *fresh)
{
  PursuitJob *canonical;
  gboolean documents_changed;
  gboolean lists_see_it;
  guint position;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (fresh));

  canonical = pursuit_store_find_job (self, pursuit_job_get_id (fresh));
  if (canonical == NULL || canonical == fresh)
    return;

  /* A job that moved on may have sent its documents, or got an answer. */
  documents_changed = pursuit_job_get_n_documents (canonical) != pursuit_job_get_n_documents (fresh) ||
                      pursuit_stage_get_id (pursuit_job_get_stage (canonical)) !=
                      pursuit_stage_get_id (pursuit_job_get_stage (fresh));
  lists_see_it = !same_for_lists (canonical, fresh);
  pursuit_job_assign (canonical, fresh);

  /* Filters and sorters see items, not their properties: tell them this one
   * changed, so a job that was archived or moved leaves or joins a view.
   * Not for its details alone (the page opening it, at every start): the
   * lists would take the job out and put it back at its place for
   * nothing. */
  if (lists_see_it && pursuit_array_model_find (self->jobs, canonical, &position))
    pursuit_array_model_items_changed (self->jobs, position, 1);

  if (documents_changed)
    pursuit_store_reload_documents (self, pursuit_job_get_id (canonical));
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
  g_return_if_fail (PURSUIT_IS_STORE (self));

  g_list_store_splice (self->stages, 0, g_list_model_get_n_items (G_LIST_MODEL (self->stages)),
                       stages->pdata, stages->len);

  for (guint j = 0; j < self->n_jobs_by_id; j++)
    {
      PursuitJob *job = self->jobs_by_id[j];
      gint64 stage_id = pursuit_stage_get_id (pursuit_job_get_stage (job));

      for (guint i = 0; i < stages->len; i++)
        {
          if (pursuit_stage_get_id (g_ptr_array_index (stages, i)) == stage_id)
            pursuit_job_set_stage (job, g_ptr_array_index (stages, i));
        }
    }
}

/* The practice lists, by kind; @wanted tells whether anyone asked for them
 * yet (they are read the first time someone does). */
GListStore *
pursuit_store_get_practice_list (PursuitStore        *self,
                                 PursuitPracticeList  list,
                                 gboolean           **wanted)
{
  g_return_val_if_fail (list < PURSUIT_N_PRACTICE_LISTS, NULL);

  if (wanted != NULL)
    *wanted = &self->practice_lists_wanted;
  return self->practice_lists[list];
}

void
pursuit_store_emit_practice_changed (PursuitStore *self)
{
  g_signal_emit (self, signals[PRACTICE_CHANGED], 0);
}

/* Closed: pursuit_store_close() ran, nothing more will be read. */
gboolean
pursuit_store_is_closed (PursuitStore *self)
{
  return self->worker == NULL;
}

GListStore *
pursuit_store_get_documents_store (PursuitStore *self)
{
  return self->documents;
}

GHashTable *
pursuit_store_get_job_lists (PursuitStore        *self,
                             PursuitJobModelKind  kind)
{
  g_return_val_if_fail (kind < PURSUIT_N_JOB_MODELS, NULL);

  return self->job_lists[kind];
}

/* GObject */

static void
pursuit_store_finalize (GObject *object)
{
  PursuitStore *self = PURSUIT_STORE (object);

  g_clear_handle_id (&self->sync_timeout, g_source_remove);

  /* Every queued task holds a reference on the store, so the worker is idle. */
  open_rest_gate (self);
  g_clear_pointer (&self->first_jobs, first_jobs_free);
  if (self->worker != NULL)
    g_thread_pool_free (self->worker, FALSE, TRUE);
  g_clear_pointer (&self->reader, pursuit_store_free_pool);
  g_clear_object (&self->repository);
  g_clear_object (&self->read_repository);
  pursuit_store_forget_job_models (self);
  for (guint i = 0; i < PURSUIT_N_JOB_MODELS; i++)
    g_clear_pointer (&self->job_lists[i], g_hash_table_unref);
  for (guint i = 0; i < PURSUIT_N_PRACTICE_LISTS; i++)
    g_clear_object (&self->practice_lists[i]);
  g_clear_object (&self->jobs);
  g_clear_object (&self->stages);
  g_clear_object (&self->documents);
  forget_jobs_by_id (self);
  g_clear_pointer (&self->jobs_by_id, g_free);
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
   * show its first screen from here: the worker reads the others once the
   * main loop has drawn what this changed and gone idle.
   */
  signals[FIRST_JOBS_LOADED] = g_signal_new ("first-jobs-loaded", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);

  /**
   * PursuitStore::practice-changed:
   *
   * Something of interview practice changed: an answer was logged, a
   * schedule rebuilt, a question pinned, a story, a question of the user's
   * or a recording saved or deleted, here or by another program. Views that
   * show practice read it again (pursuit_store_load_practice_async()).
   */
  signals[PRACTICE_CHANGED] = g_signal_new ("practice-changed", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 0);
}

static void
pursuit_store_init (PursuitStore *self)
{
  self->main_context = g_main_context_ref_thread_default ();
  self->jobs = pursuit_array_model_new (PURSUIT_TYPE_JOB);
  self->stages = g_list_store_new (PURSUIT_TYPE_STAGE);
  self->documents = g_list_store_new (PURSUIT_TYPE_DOCUMENT);
  self->practice_lists[PURSUIT_PRACTICE_LIST_STORIES] = g_list_store_new (PURSUIT_TYPE_STORY);
  self->practice_lists[PURSUIT_PRACTICE_LIST_CUSTOM_QUESTIONS] = g_list_store_new (PURSUIT_TYPE_CUSTOM_QUESTION);
  for (guint i = 0; i < PURSUIT_N_JOB_MODELS; i++)
    self->job_lists[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  /* One exclusive thread: database work is serialised and keeps its order. */
  self->worker = g_thread_pool_new (run_operation, self, 1, TRUE, NULL);
  /* Shared threads: a store that is never asked to read starts none. */
  self->reader = g_thread_pool_new (run_read, self, 1, FALSE, NULL);
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
  guint place;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return find_place (self, id, &place) ? self->jobs_by_id[place] : NULL;
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
