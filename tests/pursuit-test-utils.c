/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pursuit-error.h"
#include "pursuit-repository-bulk.h"
#include "pursuit-test-utils.h"

void
pursuit_test_init (int    *argc,
                   char ***argv)
{
  /* Nothing a test does may reach the real user's files. */
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
}

gint64
pursuit_test_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Folders
 *
 * Each test works in a folder of its own, removed with everything in it.
 * Declare it first in a test, so the databases in it are closed before it
 * goes. Most tests check what is written, not that it survives a power
 * cut: their folder is in memory (/dev/shm) where there is one, which makes
 * every commit's fsync free; a test of what must reach the disk asks for
 * pursuit_test_dir_new_on_disk(). */

static PursuitTestDir *
dir_new_in (const char *parent)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_build_filename (parent, "pursuit-test-XXXXXX", NULL);
  PursuitTestDir *self = g_new0 (PursuitTestDir, 1);

  self->path = g_mkdtemp (g_steal_pointer (&template));
  if (self->path == NULL)
    g_error ("Could not make a folder in %s: %s", parent, g_strerror (errno));
  return self;
}

PursuitTestDir *
pursuit_test_dir_new (void)
{
  const char *memory = "/dev/shm";

  if (g_file_test (memory, G_FILE_TEST_IS_DIR) && access (memory, W_OK) == 0)
    return dir_new_in (memory);
  return pursuit_test_dir_new_on_disk ();
}

PursuitTestDir *
pursuit_test_dir_new_on_disk (void)
{
  return dir_new_in (g_get_tmp_dir ());
}

void
pursuit_test_dir_free (PursuitTestDir *self)
{
  pursuit_test_remove_tree (self->path);
  g_free (self->path);
  g_free (self);
}

char *
pursuit_test_dir_file (PursuitTestDir *self,
                       const char     *name)
{
  return g_build_filename (self->path, name, NULL);
}

guint
pursuit_test_dir_count_suffix (PursuitTestDir *self,
                               const char     *suffix)
{
  g_autoptr(GDir) dir = g_dir_open (self->path, 0, NULL);
  const char *name;
  guint count = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, suffix))
        count++;
    }
  return count;
}

void
pursuit_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          pursuit_test_remove_tree (child);
        }
    }

  g_assert_no_errno (g_remove (path));
}

/* Files */

GBytes *
pursuit_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

void
pursuit_test_write_file (const char *path,
                         const char *text,
                         gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);
}

void
pursuit_test_assert_file_unchanged (const char *path,
                                    GBytes     *before)
{
  g_autoptr(GBytes) after = pursuit_test_read_file (path);

  g_assert_cmpuint (g_bytes_get_size (after), ==, g_bytes_get_size (before));
  g_assert_true (g_bytes_equal (after, before));
}

/* Plain SQLite */

static sqlite3 *
sql_open (const char *path)
{
  sqlite3 *handle = NULL;
  int result = sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  if (result != SQLITE_OK)
    g_error ("Could not open %s: %s", path, sqlite3_errstr (result));
  /* The store may be writing at the same moment. */
  sqlite3_busy_timeout (handle, PURSUIT_TEST_TIMEOUT_SECONDS * 1000);
  return handle;
}

void
pursuit_test_sql_exec (const char *path,
                       const char *sql)
{
  sqlite3 *handle = sql_open (path);
  char *message = NULL;

  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("“%s” failed on %s: %s", sql, path, message);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
}

static sqlite3_stmt *
sql_prepare (const char  *path,
             const char  *sql,
             sqlite3    **handle)
{
  sqlite3_stmt *statement = NULL;

  *handle = sql_open (path);
  if (sqlite3_prepare_v2 (*handle, sql, -1, &statement, NULL) != SQLITE_OK)
    g_error ("“%s” failed on %s: %s", sql, path, sqlite3_errmsg (*handle));
  return statement;
}

/* Steps @statement once and closes its connection. Returns the first column
 * of the first row as text, or NULL if there is no row or it is NULL. */
static char *
sql_finish (sqlite3      *handle,
            sqlite3_stmt *statement)
{
  char *text = NULL;

  switch (sqlite3_step (statement))
    {
    case SQLITE_ROW:
      text = g_strdup ((const char *) sqlite3_column_text (statement, 0));
      break;
    case SQLITE_DONE:
      break;
    default:
      g_error ("“%s” failed: %s", sqlite3_sql (statement), sqlite3_errmsg (handle));
    }

  sqlite3_finalize (statement);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
  return text;
}

static gint64
text_to_int (char *text)
{
  gint64 value;

  g_assert_nonnull (text);
  value = g_ascii_strtoll (text, NULL, 10);
  g_free (text);
  return value;
}

char *
pursuit_test_sql_text (const char *path,
                       const char *sql)
{
  sqlite3 *handle;
  sqlite3_stmt *statement = sql_prepare (path, sql, &handle);

  return sql_finish (handle, statement);
}

gint64
pursuit_test_sql_int (const char *path,
                      const char *sql)
{
  return text_to_int (pursuit_test_sql_text (path, sql));
}

/* Runs @sql with @id bound to its one parameter. */
gint64
pursuit_test_sql_int_for_id (const char *path,
                             const char *sql,
                             gint64      id)
{
  sqlite3 *handle;
  sqlite3_stmt *statement = sql_prepare (path, sql, &handle);

  sqlite3_bind_int64 (statement, 1, id);
  return text_to_int (sql_finish (handle, statement));
}

gboolean
pursuit_test_sql_has_table (const char *path,
                            const char *table)
{
  sqlite3 *handle;
  sqlite3_stmt *statement = sql_prepare (path,
                                         "SELECT count(*) FROM sqlite_master "
                                         "WHERE type = 'table' AND name = ?",
                                         &handle);

  sqlite3_bind_text (statement, 1, table, -1, SQLITE_TRANSIENT);
  return text_to_int (sql_finish (handle, statement)) == 1;
}

gint64
pursuit_test_count_rows (const char *path,
                         const char *table)
{
  /* A table name cannot be bound; these come from the tests' own literals. */
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\"", table);

  return pursuit_test_sql_int (path, sql);
}

/* Waiting */

static gboolean
on_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

void
pursuit_test_wait_until (PursuitTestCondition  condition,
                         gpointer              data,
                         const char           *what)
{
  g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();
  g_autoptr(GSource) timeout = g_timeout_source_new_seconds (PURSUIT_TEST_TIMEOUT_SECONDS);
  gboolean timed_out = FALSE;

  g_source_set_callback (timeout, on_timeout, &timed_out, NULL);
  g_source_attach (timeout, context);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (context, TRUE);

  g_source_destroy (timeout);
  if (timed_out)
    g_error ("Timed out after %d s waiting for %s", PURSUIT_TEST_TIMEOUT_SECONDS, what);
}

/**
 * pursuit_test_keep_result:
 * @slot: (out): a GAsyncResult pointer, %NULL until the answer comes
 *
 * A GAsyncReadyCallback: keeps a reference on the result in @slot, for
 * pursuit_test_wait_result().
 */
void
pursuit_test_keep_result (GObject      *source,
                          GAsyncResult *result,
                          gpointer      slot)
{
  GAsyncResult **kept = slot;

  g_assert_null (*kept);
  *kept = g_object_ref (result);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

/**
 * pursuit_test_wait_result:
 *
 * Returns: (transfer none): the result pursuit_test_keep_result() put in
 *   @slot, which still holds it: clear the slot before it is used again
 */
GAsyncResult *
pursuit_test_wait_result (GAsyncResult **slot)
{
  pursuit_test_wait_until (is_set, slot, "an asynchronous answer");
  return *slot;
}

typedef struct
{
  GListModel *model;
  guint count;
} CountWanted;

static gboolean
has_count (gpointer data)
{
  CountWanted *wanted = data;

  return g_list_model_get_n_items (wanted->model) == wanted->count;
}

void
pursuit_test_wait_for_count (GListModel *model,
                             guint       count,
                             const char *what)
{
  CountWanted wanted = { model, count };

  pursuit_test_wait_until (has_count, &wanted, what);
}

/* A "notify" handler that counts in the guint @count points at. */
void
pursuit_test_record_change (GListModel        *model,
                            guint              position,
                            guint              removed,
                            guint              added,
                            PursuitTestChange *change)
{
  *change = (PursuitTestChange) { position, removed, added, change->count + 1 };
}

void
pursuit_test_count_notify (GObject    *object,
                           GParamSpec *pspec,
                           gpointer    count)
{
  (*(guint *) count)++;
}

typedef struct
{
  PursuitTestText text;
  gpointer data;
  const char *expected;
} TextWanted;

static gboolean
has_text (gpointer data)
{
  TextWanted *wanted = data;
  g_autofree char *text = wanted->text (wanted->data);

  return g_strcmp0 (text, wanted->expected) == 0;
}

/* Until @text, given @data, makes @expected. */
void
pursuit_test_wait_for_text (PursuitTestText  text,
                            gpointer         data,
                            const char      *expected)
{
  TextWanted wanted = { text, data, expected };
  g_autofree char *what = g_strdup_printf ("“%s”", expected);

  pursuit_test_wait_until (has_text, &wanted, what);
}

/* A main context of the test's own, so the answers to one test cannot
 * arrive in another. */
GMainContext *
pursuit_test_push_context (void)
{
  GMainContext *context = g_main_context_new ();

  g_main_context_push_thread_default (context);
  return context;
}

void
pursuit_test_pop_context (GMainContext *context)
{
  /* Nothing a test started may still be on its way. */
  while (g_main_context_pending (context))
    g_main_context_iteration (context, FALSE);

  g_main_context_pop_thread_default (context);
  g_main_context_unref (context);
}

/* The repository */

PursuitRepository *
pursuit_test_open_repository (const char *path)
{
  g_autoptr(GError) error = NULL;
  PursuitRepository *repository = pursuit_repository_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (PURSUIT_IS_REPOSITORY (repository));
  return repository;
}

/* A current, empty Pursuit database, closed again. */
void
pursuit_test_create_database (const char *path)
{
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
}

/* @n jobs in Applied, job i made and updated at time 1000 + i, written in
 * one go. */
void
pursuit_test_fill_jobs (const char *path,
                        guint       n)
{
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *company = g_strdup_printf ("Company %u", i);
      PursuitJob *job = pursuit_test_make_job (repository, company, "Support Agent", "applied");

      pursuit_job_set_created_at (job, 1000 + i);
      pursuit_job_set_updated_at (job, 1000 + i);
      g_ptr_array_add (jobs, job);
    }

  g_assert_true (pursuit_repository_import_jobs (repository, jobs, NULL, 1000, &error));
  g_assert_no_error (error);
}

/* Opening @path fails with @code, names the file, and leaves it as it was. */
void
pursuit_test_assert_refused (const char *path,
                             int         code)
{
  g_autoptr(GBytes) before = pursuit_test_read_file (path);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GError) error = NULL;

  repository = pursuit_repository_open (path, &error);
  g_assert_null (repository);
  g_assert_error (error, PURSUIT_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));

  pursuit_test_assert_file_unchanged (path, before);
}

/**
 * pursuit_test_list_stages:
 *
 * Returns: (transfer full): the repository's stages, as a model like the
 *   store's
 */
GListModel *
pursuit_test_list_stages (PursuitRepository *repository)
{
  g_autoptr(GPtrArray) stages = pursuit_repository_list_stages (repository);
  GListStore *store = g_list_store_new (PURSUIT_TYPE_STAGE);

  g_list_store_splice (store, 0, 0, stages->pdata, stages->len);
  return G_LIST_MODEL (store);
}

/* A job with a few fields filled in, in @stage (an id, kind or name) when
 * there is a @repository to find it in. */
PursuitJob *
pursuit_test_make_job (PursuitRepository *repository,
                       const char        *company,
                       const char        *title,
                       const char        *stage)
{
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_company (job, company);
  pursuit_job_set_title (job, title);
  pursuit_job_set_location (job, "Berlin");
  pursuit_job_set_url (job, "https://example.com/jobs/1");
  pursuit_job_set_notes (job, "First contact at a meetup.");
  if (repository != NULL)
    pursuit_job_set_stage (job, pursuit_repository_find_stage (repository, stage));
  return job;
}

/* Saved in the first stage, as made at @now. */
PursuitJob *
pursuit_test_insert_job (PursuitRepository *repository,
                         const char        *company,
                         const char        *title,
                         gint64             now)
{
  g_autoptr(GError) error = NULL;
  PursuitJob *job = pursuit_test_make_job (repository, company, title, "wishlist");

  g_assert_true (pursuit_repository_insert_job (repository, job, now, &error));
  g_assert_no_error (error);
  return job;
}

PursuitJob *
pursuit_test_find_job (PursuitRepository  *repository,
                       gint64              id,
                       GError            **error)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  return pursuit_repository_find_job (repository, text, error);
}

/* As another program reads it; the test fails if it cannot. */
PursuitJob *
pursuit_test_read_job (PursuitRepository *repository,
                       gint64             id)
{
  g_autoptr(GError) error = NULL;
  PursuitJob *job = pursuit_test_find_job (repository, id, &error);

  g_assert_no_error (error);
  return job;
}

/**
 * pursuit_test_list_changes:
 *
 * Returns: (transfer full) (element-type PursuitStageChange): the job's
 *   timeline, oldest first
 */
GPtrArray *
pursuit_test_list_changes (PursuitRepository *repository,
                           gint64             job_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *changes = pursuit_repository_list_stage_changes (repository, job_id, &error);

  g_assert_no_error (error);
  return changes;
}

PursuitStageChange *
pursuit_test_change_at (GPtrArray *changes,
                        guint      index)
{
  g_assert_cmpuint (index, <, changes->len);
  return g_ptr_array_index (changes, index);
}

/* Whether a full-text search for @query finds job @id; the ids found must
 * come in ascending order, as pursuit_job_ids_contain() needs. */
gboolean
pursuit_test_search_finds (PursuitRepository *repository,
                           const char        *query,
                           gint64             id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = pursuit_repository_search_jobs (repository, query, &error);

  g_assert_no_error (error);
  for (guint i = 1; i < ids->len; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i - 1), <, g_array_index (ids, gint64, i));
  return pursuit_job_ids_contain (ids, id);
}

/* The pipeline a new database starts with. */
void
pursuit_test_assert_default_stages (GListModel *stages)
{
  static const char * const names[] = {
    "Wishlist", "Applied", "Screening", "Interviewing", "Offer",
    "Accepted", "Rejected", "Withdrawn", "Ghosted",
  };

  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);

      g_assert_cmpint (pursuit_stage_get_kind (stage), ==, (PursuitStageKind) i);
      g_assert_cmpint (pursuit_stage_get_id (stage), ==, i + 1);
      g_assert_cmpint (pursuit_stage_get_position (stage), ==, i);
      g_assert_false (pursuit_stage_get_hidden (stage));
      g_assert_null (pursuit_stage_get_custom_name (stage));
      g_assert_cmpstr (pursuit_stage_get_name (stage), ==, names[i]);
    }
}

void
pursuit_test_fixture_set_up (PursuitTestFixture *fixture,
                             gconstpointer       data)
{
  fixture->dir = pursuit_test_dir_new ();
  fixture->path = pursuit_test_dir_file (fixture->dir, "pursuit.db");
  fixture->repository = pursuit_test_open_repository (fixture->path);
}

void
pursuit_test_fixture_tear_down (PursuitTestFixture *fixture,
                                gconstpointer       data)
{
  g_clear_object (&fixture->repository);
  g_clear_pointer (&fixture->dir, pursuit_test_dir_free);
  g_clear_pointer (&fixture->path, g_free);
}

/* A 45-minute video interview in London time. */
PursuitInterview *
pursuit_test_make_interview (gint64 job_id,
                             gint64 starts_at)
{
  PursuitInterview *interview = pursuit_interview_new ();

  pursuit_interview_set_job_id (interview, job_id);
  pursuit_interview_set_starts_at (interview, starts_at);
  pursuit_interview_set_time_zone (interview, "Europe/London");
  pursuit_interview_set_duration_minutes (interview, 45);
  pursuit_interview_set_kind (interview, PURSUIT_INTERVIEW_KIND_VIDEO);
  return interview;
}

/* The store */

gboolean
pursuit_test_store_open (PursuitStore  *store,
                         GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_store_open_async (store, NULL, pursuit_test_keep_result, &result);
  return pursuit_store_open_finish (store, pursuit_test_wait_result (&result), error);
}

/* A store on @path, open. */
PursuitStore *
pursuit_test_open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  PursuitStore *store = pursuit_store_new (path);

  g_assert_true (pursuit_test_store_open (store, &error));
  g_assert_no_error (error);
  return store;
}

static gboolean
is_open (gpointer data)
{
  return pursuit_store_is_open (data);
}

/* Until someone else's opening of @store (a window's) is done. */
void
pursuit_test_wait_for_open (PursuitStore *store)
{
  pursuit_test_wait_until (is_open, store, "the store to open");
}

/* A new job in the stage a new job starts in. */
PursuitJob *
pursuit_test_make_draft (PursuitStore *store,
                         const char   *company,
                         const char   *title)
{
  PursuitJob *draft = pursuit_job_new ();

  pursuit_job_set_company (draft, company);
  pursuit_job_set_title (draft, title);
  pursuit_job_set_stage (draft, pursuit_store_get_default_stage (store));
  return draft;
}

/**
 * pursuit_test_store_add:
 *
 * Returns: (transfer full) (nullable): the store's job, or %NULL with
 *   @error set
 */
PursuitJob *
pursuit_test_store_add (PursuitStore  *store,
                        PursuitJob    *draft,
                        GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_store_add_job_async (store, draft, NULL, pursuit_test_keep_result, &result);
  return pursuit_store_add_job_finish (store, pursuit_test_wait_result (&result), error);
}

/**
 * pursuit_test_add_job:
 *
 * Returns: (transfer none): the job, added: the store keeps it
 */
PursuitJob *
pursuit_test_add_job (PursuitStore *store,
                      const char   *company,
                      const char   *title)
{
  g_autoptr(PursuitJob) draft = pursuit_test_make_draft (store, company, title);
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  job = pursuit_test_store_add (store, draft, &error);
  g_assert_no_error (error);
  g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (job)) == job);
  return job;
}

gboolean
pursuit_test_store_save (PursuitStore      *store,
                         PursuitJob        *draft,
                         PursuitJobFields   fields,
                         GError           **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_store_save_job_async (store, draft, fields, NULL, pursuit_test_keep_result, &result);
  return pursuit_store_save_job_finish (store, pursuit_test_wait_result (&result), error);
}

/* Gives the store's @job a next action due on @due (YYYY-MM-DD). */
void
pursuit_test_set_next_action_due (PursuitStore *store,
                                  PursuitJob   *job,
                                  const char   *due)
{
  g_autoptr(PursuitJob) draft = pursuit_job_copy (job);
  g_autoptr(GError) error = NULL;

  pursuit_job_set_next_action_due (draft, due);
  g_assert_true (pursuit_test_store_save (store, draft, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_NEXT_ACTION_DUE),
                                          &error));
  g_assert_no_error (error);
}

/* Reads the long texts of @job, the store's, into it, as the page does. */
gboolean
pursuit_test_store_load_details (PursuitStore  *store,
                                 PursuitJob    *job,
                                 GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_store_load_job_details_async (store, job, NULL, pursuit_test_keep_result, &result);
  return pursuit_store_load_job_details_finish (store, pursuit_test_wait_result (&result), error);
}

/**
 * pursuit_test_stage_at:
 *
 * Returns: (transfer none): the stage at @position of the store's model,
 *   which keeps it
 */
PursuitStage *
pursuit_test_stage_at (PursuitStore *store,
                       guint         position)
{
  g_autoptr(PursuitStage) stage = g_list_model_get_item (pursuit_store_get_stages (store), position);

  g_assert_nonnull (stage);
  return stage;
}

/**
 * pursuit_test_stage_by_id:
 *
 * Returns: (transfer none): the stage of the store's model with @id
 */
PursuitStage *
pursuit_test_stage_by_id (PursuitStore *store,
                          gint64        id)
{
  GListModel *stages = pursuit_store_get_stages (store);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      PursuitStage *stage = pursuit_test_stage_at (store, i);

      if (pursuit_stage_get_id (stage) == id)
        return stage;
    }
  g_error ("No stage %" G_GINT64_FORMAT " in the store", id);
}

typedef struct
{
  PursuitJobList *list;
  guint count;
} ListWanted;

static gboolean
list_has (gpointer data)
{
  ListWanted *wanted = data;

  return !pursuit_job_list_get_loading (wanted->list) &&
         g_list_model_get_n_items (G_LIST_MODEL (wanted->list)) == wanted->count;
}

/* Until the live list is read and holds @count items. */
void
pursuit_test_wait_for_list (PursuitJobList *list,
                            guint           count,
                            const char     *what)
{
  ListWanted wanted = { list, count };

  pursuit_test_wait_until (list_has, &wanted, what);
}

typedef struct
{
  PursuitJob *job;
  gint64 stage_id;
} StageWanted;

static gboolean
stage_is (gpointer data)
{
  StageWanted *wanted = data;

  return pursuit_stage_get_id (pursuit_job_get_stage (wanted->job)) == wanted->stage_id;
}

/* Until the job is in the stage with @stage_id: its move has landed. */
void
pursuit_test_wait_for_stage (PursuitJob *job,
                             gint64      stage_id)
{
  StageWanted wanted = { job, stage_id };
  g_autofree char *what = g_strdup_printf ("the job to be in stage %" G_GINT64_FORMAT, stage_id);

  pursuit_test_wait_until (stage_is, &wanted, what);
}
