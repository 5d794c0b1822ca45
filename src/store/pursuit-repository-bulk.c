/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pursuit-attention.h"
#include "pursuit-error.h"
#include "pursuit-repository-bulk.h"
#include "pursuit-repository-private.h"
#include "pursuit-stage-change.h"
#include "pursuit-uuid.h"

/* Adding many jobs at once (an import, the benchmark's generator): one
 * transaction for the whole batch, so a failure leaves nothing behind and
 * SQLite syncs the disk once instead of once per job. */

#define INSERT_STAGE_CHANGE_SQL \
  "INSERT INTO stage_history (job_id, stage_id, entered_at, note) VALUES (?, ?, ?, ?)"

/* What they are and why they are set aside: pursuit-repository-bulk.h. */
static const char * const batch_triggers[] = { PURSUIT_BULK_TRIGGERS };

/* The page cache for a batch's transaction, in KiB (a negative
 * cache_size): SQLite's default of 2 MB spills the batch's pages to the
 * WAL before the commit. */
#define BATCH_CACHE_KIB 65536

/* A UUID as text, with its NUL. */
typedef char UuidText[PURSUIT_UUID_SIZE];

static gboolean
invalid (GError     **error,
         guint        index,
         const char  *message)
{
  /* The position tells an importer which record to look at. */
  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
               _("Job %u of the import: %s"), index + 1, message);
  return FALSE;
}

static gboolean
stage_exists (GPtrArray *stages,
              gint64     id)
{
  for (guint i = 0; i < stages->len; i++)
    {
      if (pursuit_stage_get_id (g_ptr_array_index (stages, i)) == id)
        return TRUE;
    }
  return FALSE;
}

/* Everything is checked before the transaction starts: a bad record is
 * reported by its position and nothing is written. */
static gboolean
check_all (PursuitRepository  *self,
           GPtrArray          *jobs,
           GPtrArray          *timelines,
           GError            **error)
{
  g_autoptr(GPtrArray) stages = pursuit_repository_list_stages (self);

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      GPtrArray *timeline = timelines != NULL ? g_ptr_array_index (timelines, i) : NULL;
      char buffer[PURSUIT_JOB_UUID_SIZE];
      const char *uuid;
      gint64 stage_id;
      g_autoptr(GError) local_error = NULL;

      if (!PURSUIT_IS_JOB (job))
        return invalid (error, i, _("It is not a job"));

      if (!pursuit_job_validate (job, &local_error))
        return invalid (error, i, local_error->message);

      stage_id = pursuit_stage_get_id (pursuit_job_get_stage (job));
      if (!stage_exists (stages, stage_id))
        return invalid (error, i, _("The job’s stage does not exist"));

      uuid = pursuit_job_get_uuid (job, buffer);
      if (uuid[0] != '\0' && !g_uuid_string_is_valid (uuid))
        return invalid (error, i, _("The UUID is not valid"));

      if (timeline == NULL || timeline->len == 0)
        continue;

      for (guint j = 0; j < timeline->len; j++)
        {
          PursuitStageChange *change = g_ptr_array_index (timeline, j);

          if (!stage_exists (stages, change->stage_id))
            return invalid (error, i, _("A stage in the timeline does not exist"));
          if (change->note != NULL && !g_utf8_validate (change->note, -1, NULL))
            return invalid (error, i, _("The text is not valid UTF-8"));
          if (j > 0 && change->entered_at < ((PursuitStageChange *) g_ptr_array_index (timeline, j - 1))->entered_at)
            return invalid (error, i, _("The timeline is not in order"));
        }

      /* The list shows a job in the stage it entered last. */
      if (((PursuitStageChange *) g_ptr_array_index (timeline, timeline->len - 1))->stage_id != stage_id)
        return invalid (error, i, _("The timeline does not end in the job’s stage"));
    }

  return TRUE;
}

/* Within the caller's transaction: drops the search triggers and returns
 * their CREATE statements, to be run again by restore_batch_triggers().
 * A rollback brings them back by itself. */
static GPtrArray *
suspend_batch_triggers (PursuitDatabase  *database,
                         GError          **error)
{
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (batch_triggers); i++)
    {
      sqlite3_stmt *statement;
      g_autofree char *drop = NULL;
      int step;

      statement = pursuit_database_prepare (database,
                                            "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?",
                                            error);
      if (statement == NULL)
        return NULL;
      sqlite3_bind_text (statement, 1, batch_triggers[i], -1, SQLITE_STATIC);
      step = pursuit_database_step (database, statement, error);
      if (step == 0)
        return NULL;
      if (step != SQLITE_ROW)
        {
          sqlite3_reset (statement);
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_A_DATABASE,
                       _("The database lacks its trigger %s"), batch_triggers[i]);
          return NULL;
        }
      g_ptr_array_add (saved, g_strdup (pursuit_database_column_text (statement, 0)));
      sqlite3_reset (statement);

      drop = g_strdup_printf ("DROP TRIGGER %s", batch_triggers[i]);
      if (!pursuit_database_exec (database, drop, error))
        return NULL;
    }
  return g_steal_pointer (&saved);
}

static gboolean
restore_batch_triggers (PursuitDatabase  *database,
                         GPtrArray        *saved,
                         GError          **error)
{
  for (guint i = 0; i < saved->len; i++)
    {
      if (!pursuit_database_exec (database, g_ptr_array_index (saved, i), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
complete_new_jobs (PursuitDatabase  *database,
                   gint64            first_id,
                   GError          **error)
{
  const struct {
    const char *sql;
    gint64 parameter;
  } steps[] = {
    { PURSUIT_BULK_START_NEW_TIMELINES_SQL, first_id },
    { PURSUIT_BULK_SET_FTS_HASH_SIZE_SQL, PURSUIT_BULK_FTS_HASH_BYTES },
    { PURSUIT_BULK_INDEX_NEW_JOBS_SQL, first_id },
    { PURSUIT_BULK_SET_FTS_HASH_SIZE_SQL, PURSUIT_BULK_DEFAULT_FTS_HASH_BYTES },
    { PURSUIT_BULK_SUM_UP_NEW_MOVES_SQL, first_id },
  };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      sqlite3_stmt *statement = pursuit_database_prepare (database, steps[i].sql, error);

      if (statement == NULL)
        return FALSE;
      sqlite3_bind_int64 (statement, 1, steps[i].parameter);
      if (!pursuit_database_run (database, statement, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_stage_change (PursuitDatabase  *database,
                     sqlite3_stmt     *statement,
                     gint64            job_id,
                     gint64            stage_id,
                     gint64            entered_at,
                     const char       *note,
                     GError          **error)
{
  sqlite3_clear_bindings (statement);
  sqlite3_bind_int64 (statement, 1, job_id);
  sqlite3_bind_int64 (statement, 2, stage_id);
  sqlite3_bind_int64 (statement, 3, entered_at);
  sqlite3_bind_text (statement, 4, note != NULL ? note : "", -1, SQLITE_STATIC);
  return pursuit_database_run (database, statement, error);
}

static gboolean
insert_one (PursuitDatabase          *database,
            PursuitNewJobStatements  *job_statements,
            sqlite3_stmt             *change_statement,
            PursuitJob               *job,
            GPtrArray        *timeline,
            const char       *uuid,
            gint64            now,
            gint64           *id,
            GError          **error)
{
  gint64 created_at = pursuit_job_get_created_at (job) > 0 ? pursuit_job_get_created_at (job) : now;
  gint64 updated_at = pursuit_job_get_updated_at (job) > 0 ? pursuit_job_get_updated_at (job) : created_at;

  if (!pursuit_repository_write_new_job_with (database, job_statements, job, uuid, created_at, updated_at, id, error))
    return FALSE;

  /* A job given no timeline gets its first entry with the others in
   * complete_new_jobs(). */
  for (guint j = 0; timeline != NULL && j < timeline->len; j++)
    {
      PursuitStageChange *change = g_ptr_array_index (timeline, j);

      if (!insert_stage_change (database, change_statement, *id, change->stage_id,
                                change->entered_at, change->note, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * pursuit_repository_import_jobs:
 * @jobs: (element-type PursuitJob): the jobs to add, each with its stage;
 *   a job keeps its own created and updated times (0: @now) and UUID (made
 *   here when empty)
 * @timelines: (nullable) (element-type GPtrArray): for each job, its timeline
 *   (#PursuitStageChange, oldest first, ending in the job's stage); a %NULL
 *   or empty entry means the job entered its stage when it was created
 * @now: the time for jobs without a creation time
 *
 * Adds all @jobs and their timelines in one transaction: every job is
 * validated first, and on any failure nothing is written. On success each
 * job carries its id and UUID.
 */
gboolean
pursuit_repository_import_jobs (PursuitRepository  *self,
                                GPtrArray          *jobs,
                                GPtrArray          *timelines,
                                gint64              now,
                                GError            **error)
{
  PursuitDatabase *database;
  g_autoptr(GArray) ids = NULL;
  g_autofree UuidText *uuids = NULL;
  g_autoptr(GPtrArray) triggers = NULL;
  sqlite3_stmt *change_statement;
  PursuitNewJobStatements job_statements;
  int cache_size = 0;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (jobs != NULL, FALSE);
  g_return_val_if_fail (timelines == NULL || timelines->len == jobs->len, FALSE);

  if (!check_all (self, jobs, timelines, error))
    return FALSE;

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), jobs->len);
  uuids = g_new (UuidText, MAX (jobs->len, 1));
  database = pursuit_repository_get_database (self);

  if (jobs->len == 0)
    return TRUE;

  if (!pursuit_database_get_pragma_int (database, "cache_size", &cache_size, error) ||
      !pursuit_database_set_pragma_int (database, "cache_size", -BATCH_CACHE_KIB, error))
    return FALSE;

  if (!pursuit_database_begin (database, error))
    goto failed;

  triggers = suspend_batch_triggers (database, error);
  if (triggers == NULL)
    goto failed;

  /* Each cached statement is reused for every row and never held mid-step
   * while another runs. */
  change_statement = pursuit_database_prepare (database, INSERT_STAGE_CHANGE_SQL, error);
  if (change_statement == NULL ||
      !pursuit_repository_prepare_new_job (database, TRUE, &job_statements, error))
    goto failed;

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      char buffer[PURSUIT_JOB_UUID_SIZE];
      const char *given_uuid = pursuit_job_get_uuid (job, buffer);
      gint64 id = 0;

      /* check_all() found a given UUID valid: 36 characters. */
      if (given_uuid[0] != '\0')
        g_strlcpy (uuids[i], given_uuid, sizeof (UuidText));
      else
        pursuit_uuid_write (uuids[i]);
      if (!insert_one (database, &job_statements, change_statement, job,
                       timelines != NULL ? g_ptr_array_index (timelines, i) : NULL,
                       uuids[i], now, &id, error))
        goto failed;
      g_array_append_val (ids, id);
    }

  sqlite3_clear_bindings (change_statement);
  sqlite3_clear_bindings (job_statements.job);
  sqlite3_clear_bindings (job_statements.texts);

  /* A new job's id is above every id there was (INTEGER PRIMARY KEY, and
   * the transaction holds the write lock), so the first one marks them. */
  if (!complete_new_jobs (database, g_array_index (ids, gint64, 0), error) ||
      !restore_batch_triggers (database, triggers, error) ||
      !pursuit_database_commit (database, error))
    goto failed;

  pursuit_database_set_pragma_int (database, "cache_size", cache_size, NULL);

  /* Only a committed import hands out ids. */
  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      GPtrArray *timeline = timelines != NULL ? g_ptr_array_index (timelines, i) : NULL;

      pursuit_job_set_id (job, g_array_index (ids, gint64, i));
      pursuit_job_set_uuid (job, uuids[i]);
      if (pursuit_job_get_created_at (job) <= 0)
        pursuit_job_set_created_at (job, now);
      if (pursuit_job_get_updated_at (job) <= 0)
        pursuit_job_set_updated_at (job, pursuit_job_get_created_at (job));
      pursuit_job_set_stage_entered_at (job,
                                        timeline != NULL && timeline->len > 0
                                          ? ((PursuitStageChange *) g_ptr_array_index (timeline, timeline->len - 1))->entered_at
                                          : pursuit_job_get_created_at (job));
    }

  return TRUE;

failed:
  pursuit_database_rollback (database);
  pursuit_database_set_pragma_int (database, "cache_size", cache_size, NULL);
  return FALSE;
}

/* Importing drafts: jobs read from another tracker's file or a posting,
 * which know the kind of stage they are in but not the user's stages. */

static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static PursuitStage *
stage_of_kind (GPtrArray        *stages,
               PursuitStageKind  kind)
{
  PursuitStage *hidden = NULL;

  /* The first stage of the kind in the user's order; a hidden one takes no
   * new jobs unless it is the only one. */
  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);

      if (pursuit_stage_get_kind (stage) != kind)
        continue;
      if (!pursuit_stage_get_hidden (stage))
        return stage;
      if (hidden == NULL)
        hidden = stage;
    }
  return hidden;
}

static PursuitStage *
stage_with_id (GPtrArray *stages,
               gint64     id)
{
  for (guint i = 0; i < stages->len; i++)
    {
      if (pursuit_stage_get_id (g_ptr_array_index (stages, i)) == id)
        return g_ptr_array_index (stages, i);
    }
  return NULL;
}

/**
 * pursuit_repository_list_identity_keys:
 *
 * The identity keys (pursuit_job_identity_key()) of every job not in the
 * trash, archived ones included, with the id of the first job of each: the
 * rule of the add-job dialog's duplicate warning, read from the database.
 *
 * Returns: (transfer full) (element-type utf8 gint64): key to a pointer to
 *   the job's id, or %NULL with @error set
 */
GHashTable *
pursuit_repository_list_identity_keys (PursuitRepository  *self,
                                       GError            **error)
{
  PursuitDatabase *database;
  g_autoptr(GHashTable) keys = NULL;
  sqlite3_stmt *statement;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "SELECT id, company, title FROM jobs WHERE trashed_at IS NULL ORDER BY id",
                                        error);
  if (statement == NULL)
    return NULL;

  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  while ((step = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    {
      char *key = pursuit_job_identity_key (pursuit_database_column_text (statement, 1),
                                            pursuit_database_column_text (statement, 2));
      gint64 *id;

      if (g_hash_table_contains (keys, key))
        {
          g_free (key);
          continue;
        }
      id = g_new (gint64, 1);
      *id = sqlite3_column_int64 (statement, 0);
      g_hash_table_insert (keys, key, id);
    }
  sqlite3_reset (statement);

  if (step != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&keys);
}

/**
 * pursuit_repository_import_drafts:
 * @drafts: (element-type PursuitJob): the jobs to add; a draft with a stage
 *   goes to that stage, one without goes to the first stage of its kind
 * @kinds: (element-type PursuitStageKind): for each draft, the kind of
 *   stage it is in (used when it has no stage)
 * @skip_duplicates: whether to leave out drafts with the company and title
 *   of a job already saved (pursuit_job_identity_key())
 * @skipped: (out) (optional) (transfer full) (element-type guint): the
 *   positions in @drafts of the drafts left out
 * @now: the time of the import
 *
 * Adds the drafts in one transaction, as pursuit_repository_import_jobs()
 * does: a draft that is not valid is reported by its position and nothing
 * is written. A draft added becomes the saved job, given its stage of the
 * repository's list, id, UUID and times, rather than copied (an import of
 * 100,000 rows made as many copies); so each is given once, and the caller
 * hands over drafts it no longer needs as they were (the store's own
 * copies, pursuit-cli's mapped rows). On failure, and for a draft left
 * out, the drafts are as they came.
 *
 * Returns: (transfer full) (element-type PursuitJob): the jobs added (the
 *   drafts themselves), in the order of @drafts, each with its id and a
 *   stage of the repository's list; %NULL with @error set on failure
 */
GPtrArray *
pursuit_repository_import_drafts (PursuitRepository  *self,
                                  GPtrArray          *drafts,
                                  GArray             *kinds,
                                  gboolean            skip_duplicates,
                                  GArray            **skipped,
                                  gint64              now,
                                  GError            **error)
{
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) job_stages = NULL;
  g_autoptr(GPtrArray) given_stages = NULL;
  g_autoptr(GArray) left_out = NULL;
  g_autoptr(GHashTable) keys = NULL;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (drafts != NULL, NULL);
  g_return_val_if_fail (kinds != NULL && kinds->len == drafts->len, NULL);

  if (skip_duplicates)
    {
      keys = pursuit_repository_list_identity_keys (self, error);
      if (keys == NULL)
        return NULL;
    }

  stages = pursuit_repository_list_stages (self);
  jobs = g_ptr_array_new_full (drafts->len, g_object_unref);
  job_stages = g_ptr_array_new_full (drafts->len, NULL);   /* @stages holds them */
  given_stages = g_ptr_array_new_full (drafts->len, (GDestroyNotify) unref_if_set);
  left_out = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < drafts->len; i++)
    {
      PursuitJob *draft = g_ptr_array_index (drafts, i);
      PursuitStage *given;
      PursuitStage *stage;

      if (!PURSUIT_IS_JOB (draft))
        {
          invalid (error, i, _("It is not a job"));
          return NULL;
        }

      /* Into an empty list of jobs, nothing is left out. */
      if (keys != NULL && g_hash_table_size (keys) > 0)
        {
          g_autofree char *key = pursuit_job_identity_key (pursuit_job_get_company (draft),
                                                           pursuit_job_get_title (draft));

          if (g_hash_table_contains (keys, key))
            {
              g_array_append_val (left_out, i);
              continue;
            }
        }

      given = pursuit_job_get_stage (draft);
      stage = given != NULL ? stage_with_id (stages, pursuit_stage_get_id (given))
                            : stage_of_kind (stages, g_array_index (kinds, PursuitStageKind, i));
      if (stage == NULL)
        {
          invalid (error, i, given != NULL ? _("The job’s stage does not exist")
                                           : _("No stage is of the job’s kind"));
          return NULL;
        }

      g_ptr_array_add (jobs, g_object_ref (draft));
      g_ptr_array_add (job_stages, stage);
    }

  /* Every draft is known good up to here: only now are they changed. */
  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      PursuitStage *given = pursuit_job_get_stage (job);

      g_ptr_array_add (given_stages, given != NULL ? g_object_ref (given) : NULL);
      pursuit_job_set_stage (job, g_ptr_array_index (job_stages, i));
    }

  if (!pursuit_repository_import_jobs (self, jobs, NULL, now, error))
    {
      for (guint i = 0; i < jobs->len; i++)
        pursuit_job_set_stage (g_ptr_array_index (jobs, i), g_ptr_array_index (given_stages, i));
      return NULL;
    }

  if (skipped != NULL)
    *skipped = g_steal_pointer (&left_out);
  return g_steal_pointer (&jobs);
}

/**
 * pursuit_repository_delete_jobs:
 * @ids: (element-type gint64): the jobs to delete
 *
 * Deletes the jobs for good, in one transaction (the Undo of an import).
 * Ids of jobs already gone are passed over.
 */
gboolean
pursuit_repository_delete_jobs (PursuitRepository  *self,
                                GArray             *ids,
                                GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  statement = pursuit_database_prepare (database, "DELETE FROM jobs WHERE id = ?", error);
  if (statement == NULL)
    goto failed;

  for (guint i = 0; i < ids->len; i++)
    {
      sqlite3_bind_int64 (statement, 1, g_array_index (ids, gint64, i));
      if (!pursuit_database_run (database, statement, error))
        goto failed;
    }

  if (!pursuit_database_commit (database, error))
    goto failed;
  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}
