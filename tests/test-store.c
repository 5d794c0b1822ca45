/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-array-model.h"
#include "pursuit-error.h"
#include "pursuit-store-duplicates.h"
#include "pursuit-store-private.h"
#include "pursuit-test-utils.h"
#include "pursuit-validation.h"

/* PursuitStore: the asynchronous face of the database. It answers in the
 * main context it was made in; each test pushes one of its own, so the
 * answers to one test cannot arrive in another. */

typedef void     (*JobAsyncFunc)  (PursuitStore *, PursuitJob *, GCancellable *, GAsyncReadyCallback, gpointer);
typedef gboolean (*JobFinishFunc) (PursuitStore *, GAsyncResult *, GError **);

static gboolean
store_run_on_job (PursuitStore   *store,
                  PursuitJob     *job,
                  JobAsyncFunc    start,
                  JobFinishFunc   finish,
                  GError        **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  start (store, job, NULL, pursuit_test_keep_result, &result);
  return finish (store, pursuit_test_wait_result (&result), error);
}

#define store_trash(store, job, error) \
  store_run_on_job (store, job, pursuit_store_trash_job_async, pursuit_store_trash_job_finish, error)
#define store_restore(store, job, error) \
  store_run_on_job (store, job, pursuit_store_restore_job_async, pursuit_store_restore_job_finish, error)
#define store_delete(store, job, error) \
  store_run_on_job (store, job, pursuit_store_delete_job_async, pursuit_store_delete_job_finish, error)

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
count_notifies (GObject    *object,
                GParamSpec *pspec,
                gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_store_open (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = g_build_filename (tmp->path, "data", "pursuit.db", NULL);
  GMainContext *context = pursuit_test_push_context ();
  g_autoptr(PursuitStore) store = pursuit_store_new (path);
  g_autoptr(GError) error = NULL;
  PursuitStage *stage;

  g_assert_cmpstr (pursuit_store_get_path (store), ==, path);
  g_assert_false (pursuit_store_is_open (store));
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_stages (store)), ==, 0);
  g_assert_null (pursuit_store_get_default_stage (store));

  g_assert_true (pursuit_test_store_open (store, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_is_open (store));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  g_assert_true (g_list_model_get_item_type (pursuit_store_get_jobs (store)) == PURSUIT_TYPE_JOB);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 0);
  pursuit_test_assert_default_stages (pursuit_store_get_stages (store));

  stage = pursuit_store_get_default_stage (store);
  g_assert_nonnull (stage);
  g_assert_cmpint (pursuit_stage_get_kind (stage), ==, PURSUIT_STAGE_KIND_WISHLIST);
  g_assert_null (pursuit_store_find_job (store, 1));

  /* Closed, it says so, once: what waits for it to be open stops asking. */
  {
    guint n_notifies = 0;

    g_signal_connect (store, "notify::open", G_CALLBACK (count_notifies), &n_notifies);
    pursuit_store_close (store);
    g_assert_false (pursuit_store_is_open (store));
    g_assert_cmpuint (n_notifies, ==, 1);
    pursuit_store_close (store);
    g_assert_cmpuint (n_notifies, ==, 1);
  }

  g_clear_object (&store);
  pursuit_test_pop_context (context);
}

typedef struct
{
  PursuitStore *store;
  guint n_signals;
  guint n_jobs_then;
  gboolean open_then;
  guint n_open_notifies;
} FirstJobsProbe;

static void
on_first_jobs_loaded (PursuitStore   *store,
                      FirstJobsProbe *probe)
{
  probe->n_signals++;
  probe->n_jobs_then = g_list_model_get_n_items (pursuit_store_get_jobs (store));
  probe->open_then = pursuit_store_is_open (store);
  /* The stages came with the first jobs. */
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_stages (store)), ==, 9);
}

static void
on_open_notify (PursuitStore   *store,
                GParamSpec     *pspec,
                FirstJobsProbe *probe)
{
  probe->n_open_notifies++;
}

/* A store on @n jobs, opened with @probe watching. */
static PursuitStore *
open_probed_store (const char     *path,
                   guint           n,
                   FirstJobsProbe *probe)
{
  g_autoptr(GError) error = NULL;
  PursuitStore *store;

  pursuit_test_fill_jobs (path, n);
  store = pursuit_store_new (path);
  g_signal_connect (store, "first-jobs-loaded", G_CALLBACK (on_first_jobs_loaded), probe);
  g_signal_connect (store, "notify::open", G_CALLBACK (on_open_notify), probe);

  g_assert_true (pursuit_test_store_open (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (probe->n_open_notifies, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, n);
  return store;
}

/* With many jobs, the most recently updated reach the model first; the
 * opening completes with every job, in order, and each one found by id.
 * A few jobs come all at once. */
static void
test_store_first_jobs (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autofree char *small_path = pursuit_test_dir_file (tmp, "small.db");
  GMainContext *context = pursuit_test_push_context ();
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GError) error = NULL;
  FirstJobsProbe probe = { 0 };
  GListModel *jobs;
  const guint n = 250;

  store = open_probed_store (path, n, &probe);
  g_assert_cmpuint (probe.n_signals, ==, 1);
  g_assert_cmpuint (probe.n_jobs_then, >, 0);
  g_assert_cmpuint (probe.n_jobs_then, <, n);
  g_assert_false (probe.open_then);

  jobs = pursuit_store_get_jobs (store);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);

      g_assert_cmpint (pursuit_job_get_updated_at (job), ==, 1000 + n - 1 - i);
      g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (job)) == job);
    }

  /* Opening again replaces the jobs in one go. */
  g_assert_true (pursuit_test_store_open (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (probe.n_signals, ==, 1);
  g_assert_cmpuint (probe.n_open_notifies, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, n);
  g_clear_object (&store);

  memset (&probe, 0, sizeof probe);
  store = open_probed_store (small_path, 5, &probe);
  g_assert_cmpuint (probe.n_signals, ==, 0);

  g_clear_object (&store);
  pursuit_test_pop_context (context);
}

/* What a window does with the first jobs: draws them, at a priority above
 * the main loop's idle work. */
typedef struct
{
  PursuitStore *store;
  gboolean drawn;
  guint n_jobs_drawn;
  gboolean open_when_drawn;
} FirstScreen;

static gboolean
draw_first_screen (gpointer data)
{
  FirstScreen *screen = data;

  screen->drawn = TRUE;
  screen->n_jobs_drawn = g_list_model_get_n_items (pursuit_store_get_jobs (screen->store));
  screen->open_when_drawn = pursuit_store_is_open (screen->store);
  return G_SOURCE_REMOVE;
}

static void
on_first_jobs_to_draw (PursuitStore *store,
                       FirstScreen  *screen)
{
  GSource *source = g_idle_source_new ();

  /* Time enough for the worker to read every other job, had it gone on. */
  g_usleep (300 * G_TIME_SPAN_MILLISECOND);

  g_source_set_priority (source, G_PRIORITY_DEFAULT_IDLE);
  g_source_set_callback (source, draw_first_screen, screen, NULL);
  g_source_attach (source, g_main_context_get_thread_default ());
  g_source_unref (source);
}

/* The worker reads the jobs after the first ones only once the main loop
 * has shown those, so that it leaves the processor to the first frames:
 * what is drawn after the first jobs arrive shows them alone however long
 * the main thread took, and the opening then completes with every job. */
static void
test_store_rest_after_first_shown (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  GMainContext *context = pursuit_test_push_context ();
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GError) error = NULL;
  FirstScreen screen = { 0 };
  const guint n = 250;

  pursuit_test_fill_jobs (path, n);
  store = screen.store = pursuit_store_new (path);
  g_signal_connect (store, "first-jobs-loaded", G_CALLBACK (on_first_jobs_to_draw), &screen);

  g_assert_true (pursuit_test_store_open (store, &error));
  g_assert_no_error (error);
  g_assert_true (screen.drawn);
  g_assert_cmpuint (screen.n_jobs_drawn, >, 0);
  g_assert_cmpuint (screen.n_jobs_drawn, <, n);
  g_assert_false (screen.open_when_drawn);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, n);

  g_clear_object (&store);
  pursuit_test_pop_context (context);
}

/* A main loop held up longer than the worker waits for it: the opening's
 * result comes first, and still puts the first jobs in before the others,
 * once, with the signal. */
static void
test_store_first_jobs_late (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  GMainContext *context = pursuit_test_push_context ();
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  FirstJobsProbe probe = { 0 };
  GListModel *jobs;
  const guint n = 250;

  pursuit_test_fill_jobs (path, n);
  store = pursuit_store_new (path);
  g_signal_connect (store, "first-jobs-loaded", G_CALLBACK (on_first_jobs_loaded), &probe);

  pursuit_store_open_async (store, NULL, pursuit_test_keep_result, &result);
  g_usleep (2 * G_USEC_PER_SEC);
  g_assert_true (pursuit_store_open_finish (store, pursuit_test_wait_result (&result), &error));
  g_assert_no_error (error);

  g_assert_cmpuint (probe.n_signals, ==, 1);
  g_assert_false (probe.open_then);
  g_assert_cmpuint (probe.n_jobs_then, <, n);
  jobs = pursuit_store_get_jobs (store);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);

      g_assert_cmpint (pursuit_job_get_updated_at (job), ==, 1000 + n - 1 - i);
    }

  /* The first jobs' own turn in the main loop adds nothing. */
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (context, FALSE);
  g_assert_cmpuint (probe.n_signals, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, n);

  g_clear_object (&store);
  pursuit_test_pop_context (context);
}

typedef struct
{
  GArray *ids;       /* the search's answer */
  guint order;       /* 1 once the search answered, 2 once the opening did */
  guint search_done; /* the order of each */
  guint open_done;
} ReadProbe;

static void
on_ranked_search_done (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  ReadProbe *probe = user_data;
  g_autoptr(GError) error = NULL;

  probe->ids = pursuit_store_search_jobs_ranked_finish (PURSUIT_STORE (source), result, &error);
  g_assert_no_error (error);
  probe->search_done = ++probe->order;
}

static void
on_probe_opened (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ReadProbe *probe = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_store_open_finish (PURSUIT_STORE (source), result, &error));
  g_assert_no_error (error);
  probe->open_done = ++probe->order;
}

/* GNOME Shell's search goes through the store, on its reader: it answers
 * before the store has read every job of a big file, and with the store
 * not open at all; a file that does not exist is not made. */
static void
test_store_reads_beside_worker (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autofree char *missing = pursuit_test_dir_file (tmp, "missing.db");
  GMainContext *context = pursuit_test_push_context ();
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  ReadProbe probe = { 0 };
  const guint n = 20000;
  gint64 id;

  /* No file: no results, and still no file. */
  store = pursuit_store_new (missing);
  pursuit_store_search_jobs_ranked_async (store, "company", 5, NULL, pursuit_test_keep_result, &result);
  ids = pursuit_store_search_jobs_ranked_finish (store, pursuit_test_wait_result (&result), &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (pursuit_store_get_reads_run (store), ==, 1);
  g_clear_object (&store);
  g_clear_pointer (&ids, g_array_unref);

  pursuit_test_fill_jobs (path, n);
  store = pursuit_store_new (path);

  /* Not open: read all the same, and the models stay empty. */
  pursuit_store_search_jobs_ranked_async (store, "company", 3, NULL, pursuit_test_keep_result, &result);
  ids = pursuit_store_search_jobs_ranked_finish (store, pursuit_test_wait_result (&result), &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);
  /* Most recently updated first: job i was updated at 1000 + i. */
  g_assert_cmpint (g_array_index (ids, gint64, 0), >, g_array_index (ids, gint64, 1));
  g_assert_false (pursuit_store_is_open (store));
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 0);

  id = g_array_index (ids, gint64, 0);
  pursuit_store_read_jobs_async (store, ids, NULL, pursuit_test_keep_result, &result);
  jobs = pursuit_store_read_jobs_finish (store, pursuit_test_wait_result (&result), &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 3);
  g_assert_cmpint (pursuit_job_get_id (g_ptr_array_index (jobs, 0)), ==, id);
  g_assert_cmpstr (pursuit_job_get_company (g_ptr_array_index (jobs, 0)), ==, "Company 19999");
  g_assert_null (pursuit_store_find_job (store, id));

  /* Asked while the worker reads the 20,000 jobs: answered first. */
  pursuit_store_open_async (store, NULL, on_probe_opened, &probe);
  pursuit_store_search_jobs_ranked_async (store, "19998", 5, NULL, on_ranked_search_done, &probe);
  while (probe.open_done == 0)
    g_main_context_iteration (context, TRUE);
  g_assert_cmpuint (probe.search_done, ==, 1);
  g_assert_cmpuint (probe.open_done, ==, 2);
  g_assert_cmpuint (probe.ids->len, ==, 1);
  g_assert_cmpuint (pursuit_store_get_reads_run (store), ==, 3);
  g_clear_pointer (&probe.ids, g_array_unref);

  /* Closed: refused. */
  pursuit_store_close (store);
  pursuit_store_search_jobs_ranked_async (store, "company", 3, NULL, pursuit_test_keep_result, &result);
  g_assert_null (pursuit_store_search_jobs_ranked_finish (store, pursuit_test_wait_result (&result), &error));
  g_clear_object (&result);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_CLOSED);

  g_clear_object (&store);
  pursuit_test_pop_context (context);
}

static void
test_store_not_open (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  GMainContext *context = pursuit_test_push_context ();
  g_autoptr(PursuitStore) store = pursuit_store_new (path);
  g_autoptr(PursuitStage) stage = pursuit_stage_new (1, PURSUIT_STAGE_KIND_WISHLIST, NULL, 0, FALSE);
  g_autoptr(PursuitJob) draft = pursuit_job_new ();
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_job_set_company (draft, "Acme");
  pursuit_job_set_title (draft, "Engineer");
  pursuit_job_set_stage (draft, stage);

  /* Asked before open_async: refused, and no file is made. */
  job = pursuit_test_store_add (store, draft, &error);
  g_assert_null (job);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_FAILED);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_clear_object (&store);
  pursuit_test_pop_context (context);
}

static void
test_store_add_and_save (void)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE];
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  GMainContext *context = pursuit_test_push_context ();
  g_autoptr(PursuitStore) store = pursuit_store_new (path);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) draft = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) edit = NULL;
  g_autoptr(PursuitJob) item = NULL;
  g_autoptr(PursuitJob) found = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *jobs;
  PursuitStage *applied;
  guint items_changed = 0;
  guint title_notified = 0;
  guint stage_notified = 0;
  guint company_notified = 0;

  g_assert_true (pursuit_test_store_open (store, &error));
  g_assert_no_error (error);
  jobs = pursuit_store_get_jobs (store);
  g_signal_connect (jobs, "items-changed", G_CALLBACK (count_items_changed), &items_changed);

  draft = pursuit_test_make_draft (store, "Acme", "Engineer");
  job = pursuit_test_store_add (store, draft, &error);
  g_assert_no_error (error);
  g_assert_true (PURSUIT_IS_JOB (job));

  /* The draft was copied; what comes back is the store's own object. */
  g_assert_true (job != draft);
  g_assert_cmpint (pursuit_job_get_id (draft), ==, 0);
  g_assert_cmpint (pursuit_job_get_id (job), >, 0);
  g_assert_true (g_uuid_string_is_valid (pursuit_job_get_uuid (job, uuid_a)));
  g_assert_cmpint (pursuit_job_get_created_at (job), >, 0);
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Acme");

  g_assert_cmpuint (items_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  item = g_list_model_get_item (jobs, 0);
  g_assert_true (item == job);
  g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (job)) == job);

  /* Views edit a copy and hand it back; the canonical object follows. */
  g_signal_connect (job, "notify::title", G_CALLBACK (pursuit_test_count_notify), &title_notified);
  g_signal_connect (job, "notify::stage", G_CALLBACK (pursuit_test_count_notify), &stage_notified);
  g_signal_connect (job, "notify::company", G_CALLBACK (pursuit_test_count_notify), &company_notified);

  applied = g_list_model_get_item (pursuit_store_get_stages (store), PURSUIT_STAGE_KIND_APPLIED);
  edit = pursuit_job_copy (job);
  pursuit_job_set_title (edit, "Senior Engineer");
  pursuit_job_set_stage (edit, applied);
  g_object_unref (applied);

  g_assert_true (pursuit_test_store_save (store, edit, PURSUIT_JOB_ALL_FIELDS, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Senior Engineer");
  g_assert_true (pursuit_job_get_stage (job) == applied);
  g_assert_cmpuint (title_notified, ==, 1);
  g_assert_cmpuint (stage_notified, ==, 1);
  g_assert_cmpuint (company_notified, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (job)) == job);

  /* WAL lets another connection read while the store holds the file. */
  repository = pursuit_test_open_repository (path);
  found = pursuit_test_find_job (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_title (found), ==, "Senior Engineer");
  g_assert_cmpint (pursuit_job_get_updated_at (found), ==, pursuit_job_get_updated_at (job));

  changes = pursuit_repository_list_stage_changes (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpint (((PursuitStageChange *) g_ptr_array_index (changes, 0))->stage_id, ==,
                   pursuit_stage_get_id (pursuit_store_get_default_stage (store)));
  g_assert_cmpint (((PursuitStageChange *) g_ptr_array_index (changes, 1))->stage_id, ==,
                   pursuit_stage_get_id (pursuit_job_get_stage (job)));

  g_clear_object (&repository);
  g_signal_handlers_disconnect_by_data (jobs, &items_changed);
  g_signal_handlers_disconnect_by_data (job, &title_notified);
  g_signal_handlers_disconnect_by_data (job, &stage_notified);
  g_signal_handlers_disconnect_by_data (job, &company_notified);
  g_clear_object (&store);
  pursuit_test_pop_context (context);
}

static PursuitJob *
make_held_job (gint64       id,
               PursuitJob **watch)
{
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_id (job, id);
  *watch = job;
  g_object_add_weak_pointer (G_OBJECT (job), (gpointer *) watch);
  return job;
}

/* The store holds each canonical job once, by its id: a job of the same id
 * takes the place of the one before, which the store lets go, and a job
 * given again is not held twice. */
static void
test_store_holds_jobs_once (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  PursuitStore *store = pursuit_store_new (path);
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  PursuitJob *first = NULL;
  PursuitJob *second = NULL;
  PursuitJob *again = NULL;
  PursuitJob *added = NULL;

  g_ptr_array_add (jobs, make_held_job (1, &first));
  g_ptr_array_add (jobs, make_held_job (2, &second));
  pursuit_store_fill_models (store, NULL, jobs, 0);
  g_assert_true (pursuit_store_find_job (store, 1) == first);
  g_assert_true (pursuit_store_find_job (store, 2) == second);
  g_assert_null (pursuit_store_find_job (store, 3));

  /* Read again: the same objects, then one new object for id 1. */
  pursuit_store_fill_models (store, NULL, jobs, 0);
  g_assert_true (pursuit_store_find_job (store, 1) == first);
  g_ptr_array_set_size (jobs, 0);
  g_ptr_array_add (jobs, make_held_job (1, &again));
  pursuit_store_fill_models (store, NULL, jobs, 0);
  g_assert_null (first);
  g_assert_null (second);
  g_assert_true (pursuit_store_find_job (store, 1) == again);

  pursuit_store_insert_job (store, make_held_job (5, &added));
  g_object_unref (added);
  g_assert_true (pursuit_store_find_job (store, 5) == added);
  pursuit_store_remove_job (store, 5);
  g_assert_null (added);
  g_assert_null (pursuit_store_find_job (store, 5));

  g_ptr_array_set_size (jobs, 0);
  g_object_unref (store);
  g_assert_null (again);
}

/* Jobs come into the store's lookup by id in batches as well as one by
 * one (the rest of the first read after its first screen, an import): a
 * batch merges in among the ids already there, its job of an id held
 * before taking that one's place, and a batch removed leaves the others. */
static void
test_store_merges_jobs_by_id (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  PursuitStore *store = pursuit_store_new (path);
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));
  PursuitJob *held[6] = { NULL };
  PursuitJob *again = NULL;
  const gint64 removed[] = { 5, 40 };

  /* The model's order, by recent change, is not the ids' order. */
  g_ptr_array_add (jobs, make_held_job (30, &held[0]));
  g_ptr_array_add (jobs, make_held_job (10, &held[1]));
  g_ptr_array_add (jobs, make_held_job (20, &held[2]));
  pursuit_store_fill_models (store, NULL, jobs, 0);

  /* The rest after the first screen: below, between and above those
   * kept, and one that replaces the job of id 20. */
  g_ptr_array_set_size (jobs, 0);
  g_ptr_array_add (jobs, make_held_job (40, &held[3]));
  g_ptr_array_add (jobs, make_held_job (20, &again));
  g_ptr_array_add (jobs, make_held_job (5, &held[4]));
  g_ptr_array_add (jobs, make_held_job (15, &held[5]));
  pursuit_store_fill_models (store, NULL, jobs, 2);
  g_ptr_array_set_size (jobs, 0);
  g_assert_null (held[2]);
  g_assert_true (pursuit_store_find_job (store, 20) == again);
  g_assert_true (pursuit_store_find_job (store, 30) == held[0]);
  g_assert_true (pursuit_store_find_job (store, 10) == held[1]);
  g_assert_true (pursuit_store_find_job (store, 40) == held[3]);
  g_assert_true (pursuit_store_find_job (store, 5) == held[4]);
  g_assert_true (pursuit_store_find_job (store, 15) == held[5]);
  g_assert_null (pursuit_store_find_job (store, 25));
  g_assert_null (pursuit_store_find_job (store, 41));

  g_array_append_vals (gone, removed, G_N_ELEMENTS (removed));
  pursuit_store_remove_jobs (store, gone);
  g_assert_null (held[3]);
  g_assert_null (held[4]);
  g_assert_null (pursuit_store_find_job (store, 5));
  g_assert_null (pursuit_store_find_job (store, 40));
  g_assert_true (pursuit_store_find_job (store, 15) == held[5]);
  g_assert_true (pursuit_store_find_job (store, 30) == held[0]);

  g_object_unref (store);
  g_assert_null (held[0]);
  g_assert_null (again);
}

/* A job's details read for its page are no change a list needs to hear
 * of (GTK's sort model would make its array of every job again); a value
 * a list shows is. */
static void
test_store_details_not_a_change (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  GMainContext *context = pursuit_test_push_context ();
  g_autoptr(PursuitStore) store = pursuit_test_open_store (path);
  g_autoptr(PursuitJob) draft = NULL;
  g_autoptr(PursuitJob) added = NULL;
  g_autoptr(PursuitJob) edit = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;
  guint items_changed = 0;

  draft = pursuit_test_make_draft (store, "Acme", "Engineer");
  pursuit_job_set_notes (draft, "Ask about the team");
  added = pursuit_test_store_add (store, draft, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  /* Opened again, the list holds the job without its details. */
  store = pursuit_test_open_store (path);
  job = pursuit_store_find_job (store, pursuit_job_get_id (added));
  g_assert_false (pursuit_job_get_details_loaded (job));
  g_signal_connect (pursuit_store_get_jobs (store), "items-changed", G_CALLBACK (count_items_changed),
                    &items_changed);

  g_assert_true (pursuit_test_store_load_details (store, job, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_job_get_details_loaded (job));
  g_assert_cmpstr (pursuit_job_get_notes (job), ==, "Ask about the team");
  g_assert_cmpuint (items_changed, ==, 0);

  edit = pursuit_job_copy (job);
  pursuit_job_set_title (edit, "Senior Engineer");
  g_assert_true (pursuit_test_store_save (store, edit, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_TITLE), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (items_changed, ==, 1);

  g_signal_handlers_disconnect_by_data (pursuit_store_get_jobs (store), &items_changed);
  g_clear_object (&store);
  pursuit_test_pop_context (context);
}

static void
test_store_invalid_draft (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  GMainContext *context = pursuit_test_push_context ();
  g_autoptr(PursuitStore) store = pursuit_store_new (path);
  g_autoptr(PursuitJob) draft = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) edit = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_test_store_open (store, &error));
  g_assert_no_error (error);

  draft = pursuit_test_make_draft (store, "Acme", " \t ");
  g_assert_null (pursuit_test_store_add (store, draft, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 0);

  pursuit_job_set_title (draft, "Engineer");
  job = pursuit_test_store_add (store, draft, &error);
  g_assert_no_error (error);

  /* A save that fails leaves the canonical job alone. */
  edit = pursuit_job_copy (job);
  pursuit_job_set_company (edit, "");
  g_assert_false (pursuit_test_store_save (store, edit, PURSUIT_JOB_ALL_FIELDS, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Acme");
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 1);

  g_clear_object (&store);
  pursuit_test_pop_context (context);
}

static void
test_store_trash_restore_delete (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  GMainContext *context = pursuit_test_push_context ();
  g_autoptr(PursuitStore) store = pursuit_store_new (path);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) draft = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) other = NULL;
  g_autoptr(PursuitJob) found = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *jobs;
  gint64 id;
  guint position = G_MAXUINT;

  g_assert_true (pursuit_test_store_open (store, &error));
  g_assert_no_error (error);
  jobs = pursuit_store_get_jobs (store);

  draft = pursuit_test_make_draft (store, "Initech", "Analyst");
  other = pursuit_test_store_add (store, draft, &error);
  g_assert_no_error (error);
  g_clear_object (&draft);
  draft = pursuit_test_make_draft (store, "Acme", "Engineer");
  job = pursuit_test_store_add (store, draft, &error);
  g_assert_no_error (error);
  id = pursuit_job_get_id (job);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 2);

  g_assert_true (store_trash (store, job, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  g_assert_false (pursuit_array_model_find (PURSUIT_ARRAY_MODEL (jobs), job, NULL));
  g_assert_null (pursuit_store_find_job (store, id));
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 2);

  g_assert_true (store_restore (store, job, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 2);
  g_assert_true (pursuit_array_model_find (PURSUIT_ARRAY_MODEL (jobs), job, &position));
  g_assert_true (pursuit_store_find_job (store, id) == job);

  repository = pursuit_test_open_repository (path);
  found = pursuit_test_find_job (repository, id, &error);
  g_assert_no_error (error);
  g_clear_object (&found);
  g_clear_object (&repository);

  g_assert_true (store_delete (store, job, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  g_assert_false (pursuit_array_model_find (PURSUIT_ARRAY_MODEL (jobs), job, NULL));
  g_assert_null (pursuit_store_find_job (store, id));
  g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (other)) == other);

  /* Gone for good: there is nothing left to restore. */
  g_assert_false (store_restore (store, job, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);

  g_clear_object (&store);
  pursuit_test_pop_context (context);

  repository = pursuit_test_open_repository (path);
  found = pursuit_test_find_job (repository, id, &error);
  g_assert_null (found);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_object (&repository);
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 1);
  g_assert_cmpint (pursuit_test_count_rows (path, "stage_history"), ==, 1);
}

static void
test_store_corrupt_file (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  GMainContext *context = pursuit_test_push_context ();
  g_autoptr(PursuitStore) store = pursuit_store_new (path);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GError) error = NULL;

  while (text->len < 8 * 1024)
    g_string_append (text, "this is not a database ");
  pursuit_test_write_file (path, text->str, text->len);
  before = pursuit_test_read_file (path);

  g_assert_false (pursuit_test_store_open (store, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_A_DATABASE);
  g_assert_false (pursuit_store_is_open (store));
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_stages (store)), ==, 0);

  g_clear_object (&store);
  pursuit_test_pop_context (context);

  pursuit_test_assert_file_unchanged (path, before);
}

static void
test_store_purges_on_open (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(PursuitJob) kept = pursuit_test_insert_job (repository, "Acme", "Kept", 100);
  g_autoptr(PursuitJob) trashed = pursuit_test_insert_job (repository, "Initech", "Trashed", 200);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitJob) item = NULL;
  g_autoptr(GError) error = NULL;
  const char *trashed_sql = "SELECT count(*) FROM jobs WHERE id = ?";
  GMainContext *context;
  GListModel *jobs;

  g_assert_true (pursuit_repository_trash_job (repository, pursuit_job_get_id (trashed), 300, &error));
  g_assert_no_error (error);
  g_clear_object (&repository);
  g_assert_cmpint (pursuit_test_sql_int_for_id (path, trashed_sql, pursuit_job_get_id (trashed)), ==, 1);

  context = pursuit_test_push_context ();
  store = pursuit_store_new (path);
  g_assert_true (pursuit_test_store_open (store, &error));
  g_assert_no_error (error);

  jobs = pursuit_store_get_jobs (store);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  item = g_list_model_get_item (jobs, 0);
  g_assert_cmpint (pursuit_job_get_id (item), ==, pursuit_job_get_id (kept));
  g_assert_cmpstr (pursuit_job_get_title (item), ==, "Kept");
  g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (kept)) == item);
  g_assert_null (pursuit_store_find_job (store, pursuit_job_get_id (trashed)));

  g_assert_cmpint (pursuit_test_sql_int_for_id (path, trashed_sql, pursuit_job_get_id (trashed)), ==, 0);
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 1);
  g_assert_cmpint (pursuit_test_count_rows (path, "stage_history"), ==, 1);

  g_clear_object (&store);
  pursuit_test_pop_context (context);
}

static GThread *main_thread;

static void
check_main_thread (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   gpointer    user_data)
{
  gboolean *off_main_thread = user_data;

  if (g_thread_self () != main_thread)
    *off_main_thread = TRUE;
}

/* Models feed GTK widgets, so they may change on the main thread only, even
 * when that thread is busy elsewhere while the worker finishes. This test
 * uses the global default context, as GTK and the GUI tests do. */
static void
test_store_answers_on_main_thread (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitJob) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  gboolean off_main_thread = FALSE;
  gint64 deadline = g_get_monotonic_time () + PURSUIT_TEST_TIMEOUT_SECONDS * G_USEC_PER_SEC;

  g_assert_null (g_main_context_get_thread_default ());
  main_thread = g_thread_self ();

  store = pursuit_store_new (path);
  g_assert_true (pursuit_test_store_open (store, &error));
  g_assert_no_error (error);
  g_signal_connect (pursuit_store_get_jobs (store), "items-changed",
                    G_CALLBACK (check_main_thread), &off_main_thread);

  draft = pursuit_test_make_draft (store, "Acme", "Engineer");
  pursuit_store_add_job_async (store, draft, NULL, pursuit_test_keep_result, &result);

  /* Busy, out of the main loop, until the worker has saved the job. */
  while (pursuit_test_count_rows (path, "jobs") == 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (10 * 1000);
    }
  g_usleep (200 * 1000);

  pursuit_test_wait_result (&result);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 1);

  g_signal_handlers_disconnect_by_data (pursuit_store_get_jobs (store), &off_main_thread);
  g_clear_object (&store);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  /* Results reach the models on the main thread, whoever iterates the context. */
  g_assert_false (off_main_thread);
}

/* A job already tracked is found whatever its case, spacing or accents. */
static void
test_store_find_duplicate (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  GMainContext *context = pursuit_test_push_context ();
  g_autoptr(PursuitStore) store = NULL;
  PursuitJob *found;
  PursuitJob *acme;
  const char *jobs[][2] = {
    { "Acme Ltd.", "Customer Service Specialist" },
    { "Globex", "Support Agent" },
    { "Café Lumière", "Barista" },
  };

  {
    g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);

    for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
      {
        g_autoptr(PursuitJob) job = pursuit_test_make_job (repository, jobs[i][0], jobs[i][1], "wishlist");
        g_autoptr(GError) error = NULL;

        pursuit_job_set_archived (job, i == 2);
        g_assert_true (pursuit_repository_insert_job (repository, job, 1700000000 + i, &error));
        g_assert_no_error (error);
      }
  }

  store = pursuit_test_open_store (path);
  acme = pursuit_store_find_job (store, 1);
  g_assert_nonnull (acme);

  found = pursuit_store_find_duplicate (store, " ACME  ltd", "customer-service specialist", NULL);
  g_assert_true (found == acme);
  /* Archived jobs count: the user may want the old one back. */
  found = pursuit_store_find_duplicate (store, "cafe lumiere", "BARISTA", NULL);
  g_assert_nonnull (found);
  g_assert_cmpint (pursuit_job_get_id (found), ==, 3);

  /* Editing a job does not find the job itself, nor its copy. */
  g_assert_null (pursuit_store_find_duplicate (store, "Acme Ltd", "Customer Service Specialist", acme));
  {
    g_autoptr(PursuitJob) draft = pursuit_job_copy (acme);

    g_assert_null (pursuit_store_find_duplicate (store, "Acme Ltd", "Customer Service Specialist", draft));
  }

  g_assert_null (pursuit_store_find_duplicate (store, "Acme Ltd", "Support Agent", NULL));
  g_assert_null (pursuit_store_find_duplicate (store, "", "Support Agent", NULL));
  g_assert_null (pursuit_store_find_duplicate (store, "Globex", "  ", NULL));

  g_clear_object (&store);
  pursuit_test_pop_context (context);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/store/open", test_store_open);
  g_test_add_func ("/store/first-jobs", test_store_first_jobs);
  g_test_add_func ("/store/rest-after-first-shown", test_store_rest_after_first_shown);
  g_test_add_func ("/store/first-jobs-late", test_store_first_jobs_late);
  g_test_add_func ("/store/not-open", test_store_not_open);
  g_test_add_func ("/store/reads-beside-worker", test_store_reads_beside_worker);
  g_test_add_func ("/store/add-and-save", test_store_add_and_save);
  g_test_add_func ("/store/holds-jobs-once", test_store_holds_jobs_once);
  g_test_add_func ("/store/merges-jobs-by-id", test_store_merges_jobs_by_id);
  g_test_add_func ("/store/details-not-a-change", test_store_details_not_a_change);
  g_test_add_func ("/store/invalid-draft", test_store_invalid_draft);
  g_test_add_func ("/store/trash-restore-delete", test_store_trash_restore_delete);
  g_test_add_func ("/store/corrupt-file", test_store_corrupt_file);
  g_test_add_func ("/store/purges-on-open", test_store_purges_on_open);
  g_test_add_func ("/store/answers-on-main-thread", test_store_answers_on_main_thread);
  g_test_add_func ("/store/find-duplicate", test_store_find_duplicate);

  return g_test_run ();
}
