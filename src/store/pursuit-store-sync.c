/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-repository-private.h"
#include "pursuit-store-private.h"

/* Other programs write to the same file: pursuit-cli in a terminal or a
 * script, a second Pursuit. Every few seconds (and when the window comes to
 * the front) the store asks SQLite whether anyone else committed; if so it
 * reads the jobs and stages again and brings its models and every live job
 * list up to date. Views then show the new values, except in the fields the
 * user is editing (the job page's rule). */

typedef struct
{
  GPtrArray *stages;
  /* Every job (a full read), or only those changed (with @live_ids). */
  GPtrArray *jobs;
  /* After a read of the changed jobs only: the stamps of every job not in
   * the trash, to find those deleted or trashed elsewhere. */
  PursuitJobStamps *live_ids;
  /* Jobs the models lacked, read alone: no other job leaves the models. */
  gboolean missing_only;
} Changes;

static void
changes_free (Changes *changes)
{
  g_clear_pointer (&changes->stages, g_ptr_array_unref);
  g_clear_pointer (&changes->jobs, g_ptr_array_unref);
  g_clear_pointer (&changes->live_ids, pursuit_job_stamps_unref);
  g_free (changes);
}

/* What the worker saw at its last read, kept on the repository (the worker
 * thread's alone): each job's stamps and when they were read. A job whose
 * stamps have not moved since is as the models hold it; the others are
 * read again. */
#define SEEN_KEY "pursuit-store-sync-seen"

typedef struct
{
  PursuitJobStamps *stamps;
  gint64 read_at;
  int schema_version;
} Seen;

static void
seen_free (Seen *seen)
{
  pursuit_job_stamps_unref (seen->stamps);
  g_free (seen);
}

/* The number of jobs a check read, for tests. */
static gint jobs_read;

guint
pursuit_store_sync_get_jobs_read (void)
{
  return (guint) g_atomic_int_get (&jobs_read);
}

/* Called when the models hold what the database holds (nothing changed
 * elsewhere, or everything was just read): remembers the stamps. */
static gboolean
remember_stamps (PursuitRepository  *repository,
                 PursuitJobStamps   *stamps,
                 GError            **error)
{
  Seen *seen = g_new0 (Seen, 1);

  seen->read_at = g_get_real_time () / G_USEC_PER_SEC;
  if (!pursuit_database_get_pragma_int (pursuit_repository_get_database (repository), "schema_version",
                                        &seen->schema_version, error))
    {
      g_free (seen);
      return FALSE;
    }
  /* updated_at counts seconds: a change made in the second of this read,
   * by this program and then by another, could leave the same stamp. Such
   * a job's stamp is unsure: it is read again next time, whatever its stamp
   * then (stamps given were read with the same rule). */
  seen->stamps = stamps != NULL ? pursuit_job_stamps_ref (stamps)
                                : pursuit_repository_list_job_stamps (repository, seen->read_at - 1, error);
  if (seen->stamps == NULL)
    {
      g_free (seen);
      return FALSE;
    }

  g_object_set_data_full (G_OBJECT (repository), SEEN_KEY, seen, (GDestroyNotify) seen_free);
  return TRUE;
}

static gboolean
stage_differs (PursuitStage *old,
               PursuitStage *fresh)
{
  return pursuit_stage_get_id (old) != pursuit_stage_get_id (fresh) ||
         pursuit_stage_get_kind (old) != pursuit_stage_get_kind (fresh) ||
         pursuit_stage_get_hidden (old) != pursuit_stage_get_hidden (fresh) ||
         g_strcmp0 (pursuit_stage_get_name (old), pursuit_stage_get_name (fresh)) != 0;
}

static gboolean
stage_arrays_differ (GPtrArray *old,
                     GPtrArray *fresh)
{
  if (old->len != fresh->len)
    return TRUE;
  for (guint i = 0; i < old->len; i++)
    if (stage_differs (g_ptr_array_index (old, i), g_ptr_array_index (fresh, i)))
      return TRUE;
  return FALSE;
}

/* Reads the jobs whose stamps moved since the last read, and the ids of
 * every listed job, in one state of the database. Returns FALSE without
 * @error when only a full read is sure to be right. */
static gboolean
read_changed (PursuitRepository  *repository,
              Changes            *changes,
              GError            **error)
{
  PursuitDatabase *database = pursuit_repository_get_database (repository);
  Seen *seen = g_object_get_data (G_OBJECT (repository), SEEN_KEY);
  g_autoptr(GPtrArray) old_stages = NULL;
  g_autoptr(PursuitJobStamps) stamps = NULL;
  g_autoptr(GArray) ids = NULL;
  int schema_version;
  gboolean ok = FALSE;

  /* Never read, or the clock went back: the stamps say nothing sure. */
  if (seen == NULL || g_get_real_time () / G_USEC_PER_SEC < seen->read_at)
    return FALSE;

  /* Jobs point at the stages: when those changed, every job is read. */
  old_stages = pursuit_repository_list_stages (repository);
  if (!pursuit_repository_reload_stages (repository, error))
    return FALSE;
  changes->stages = pursuit_repository_list_stages (repository);
  if (stage_arrays_differ (old_stages, changes->stages))
    return FALSE;

  if (!pursuit_database_exec (database, "BEGIN DEFERRED", error))
    return FALSE;

  /* Tables or triggers changed (a newer version upgraded the file): the
   * stamps may no longer tell every change. */
  if (!pursuit_database_get_pragma_int (database, "schema_version", &schema_version, error) ||
      schema_version != seen->schema_version)
    goto done;

  /* Remembered below: those of the jobs changed in this second are unsure,
   * as remember_stamps() reads them. Compared, that mark is left out. */
  stamps = pursuit_repository_list_job_stamps (repository, g_get_real_time () / G_USEC_PER_SEC - 1, error);
  if (stamps == NULL)
    goto done;

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < stamps->len; i++)
    {
      gint64 id = pursuit_job_stamps_get_id (stamps, i);
      const guint64 *old = pursuit_job_stamps_find (seen->stamps, id);

      if (old == NULL || (*old & PURSUIT_JOB_STAMP_UNSURE) != 0 ||
          *old != (stamps->digests[i] & ~PURSUIT_JOB_STAMP_UNSURE))
        g_array_append_val (ids, id);
    }

  /* Past a quarter of the jobs, one scan reads them faster. */
  if (ids->len > 64 && ids->len > stamps->len / 4)
    goto done;

  changes->jobs = pursuit_repository_list_jobs_by_id (repository, ids, error);
  if (changes->jobs == NULL)
    goto done;
  changes->live_ids = pursuit_job_stamps_ref (stamps);
  ok = remember_stamps (repository, stamps, error);

done:
  pursuit_database_rollback (database);
  if (!ok)
    g_clear_pointer (&changes->stages, g_ptr_array_unref);
  return ok;
}

/* Every job, and their stamps, from one state of the database. */
static Changes *
read_all_and_stamps (PursuitRepository  *repository,
                     GError            **error)
{
  PursuitDatabase *database = pursuit_repository_get_database (repository);
  Changes *changes;

  if (!pursuit_database_exec (database, "BEGIN DEFERRED", error))
    return NULL;
  changes = pursuit_store_read_everything (repository, error);
  if (changes != NULL && !remember_stamps (repository, NULL, error))
    g_clear_pointer (&changes, changes_free);
  pursuit_database_rollback (database);
  if (changes != NULL)
    g_atomic_int_add (&jobs_read, (gint) changes->jobs->len);
  return changes;
}

/* Nothing changed elsewhere since the models were read: remembers the
 * stamps, unless another program wrote meanwhile (then, not knowing
 * whether the stamps hold that change, sets @changed). */
static gboolean
first_stamps (PursuitRepository  *repository,
              gboolean           *changed,
              GError            **error)
{
  PursuitDatabase *database = pursuit_repository_get_database (repository);
  gboolean ok;

  if (!pursuit_database_exec (database, "BEGIN DEFERRED", error))
    return FALSE;
  ok = remember_stamps (repository, NULL, error);
  pursuit_database_rollback (database);
  if (!ok || !pursuit_repository_changed_elsewhere (repository, changed, error))
    return FALSE;
  if (*changed)
    g_object_set_data (G_OBJECT (repository), SEEN_KEY, NULL);
  return TRUE;
}

static gboolean
check_work (PursuitRepository  *repository,
            gpointer            data,
            gpointer           *result,
            GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  Changes *changes;
  gboolean changed = FALSE;

  if (!pursuit_repository_changed_elsewhere (repository, &changed, error))
    return FALSE;

  /* From the first check on, a change elsewhere reads only the jobs it
   * touched. */
  if (!changed && g_object_get_data (G_OBJECT (repository), SEEN_KEY) == NULL &&
      !first_stamps (repository, &changed, error))
    return FALSE;

  if (!changed)
    {
      *result = g_new0 (Changes, 1);
      return TRUE;
    }

  changes = g_new0 (Changes, 1);
  if (read_changed (repository, changes, &local_error))
    {
      g_atomic_int_add (&jobs_read, (gint) changes->jobs->len);
      *result = changes;
      return TRUE;
    }
  changes_free (changes);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *result = read_all_and_stamps (repository, error);
  return *result != NULL;
}

/**
 * pursuit_store_read_everything:
 *
 * On the worker thread: reads the stages and jobs again, after a change
 * that may touch any of them (another program's, an import, a restore).
 * pursuit_store_apply_everything() then brings the models up to date.
 *
 * Returns: (transfer full): what was read, for
 *   pursuit_store_apply_everything() and pursuit_store_everything_free(),
 *   or %NULL with @error set
 */
gpointer
pursuit_store_read_everything (PursuitRepository  *repository,
                               GError            **error)
{
  Changes *changes = g_new0 (Changes, 1);

  /* Whatever changed, the stamps seen are remembered again at the next
   * check. */
  g_object_set_data (G_OBJECT (repository), SEEN_KEY, NULL);

  /* The pipeline may have changed too: read it before the jobs that
   * point at it. */
  if (!pursuit_repository_reload_stages (repository, error))
    goto failed;
  changes->stages = pursuit_repository_list_stages (repository);
  changes->jobs = pursuit_repository_list_jobs (repository, error);
  if (changes->jobs == NULL)
    goto failed;

  return changes;

failed:
  changes_free (changes);
  return NULL;
}

void
pursuit_store_everything_free (gpointer everything)
{
  changes_free (everything);
}

static gboolean
stages_differ (PursuitStore *self,
               GPtrArray    *stages)
{
  GListModel *model = pursuit_store_get_stages (self);

  if (g_list_model_get_n_items (model) != stages->len)
    return TRUE;

  for (guint i = 0; i < stages->len; i++)
    {
      g_autoptr(PursuitStage) old = g_list_model_get_item (model, i);

      if (stage_differs (old, g_ptr_array_index (stages, i)))
        return TRUE;
    }
  return FALSE;
}

static void read_missing (PursuitStore *self,
                          Changes      *changes,
                          GHashTable   *fresh_ids);

static void
on_details_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_load_job_details_finish (PURSUIT_STORE (source), result, &error))
    g_message ("Could not read a job changed elsewhere: %s", error->message);
}

/* On the main thread: the models take what pursuit_store_read_everything()
 * read; every live list of a job, practice and the documents are read
 * again. */
void
pursuit_store_apply_everything (PursuitStore *self,
                                gpointer      everything)
{
  Changes *changes = everything;
  g_autoptr(GHashTable) fresh_ids = NULL;
  g_autoptr(GPtrArray) gone = NULL;
  GListModel *jobs = pursuit_store_get_jobs (self);
  guint n;

  if (changes->jobs == NULL)
    return;

  if (changes->stages != NULL && stages_differ (self, changes->stages))
    pursuit_store_set_stages (self, changes->stages);

  /* The fresh jobs point at the stages just read; the models' stages are
   * the objects views hold, so point them there. */
  fresh_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < changes->jobs->len; i++)
    {
      PursuitJob *fresh = g_ptr_array_index (changes->jobs, i);
      PursuitJob *canonical = pursuit_store_find_job (self, pursuit_job_get_id (fresh));
      PursuitStage *stage = pursuit_job_get_stage (fresh);
      GListModel *stages = pursuit_store_get_stages (self);
      gint64 *key = g_new (gint64, 1);

      *key = pursuit_job_get_id (fresh);
      g_hash_table_add (fresh_ids, key);

      for (guint j = 0; stage != NULL && j < g_list_model_get_n_items (stages); j++)
        {
          g_autoptr(PursuitStage) shown = g_list_model_get_item (stages, j);

          if (pursuit_stage_get_id (shown) == pursuit_stage_get_id (stage))
            pursuit_job_set_stage (fresh, shown);
        }

      if (canonical == NULL)
        {
          pursuit_store_insert_job (self, fresh);
          continue;
        }

      if (pursuit_job_get_updated_at (canonical) == pursuit_job_get_updated_at (fresh) &&
          pursuit_job_get_next_interview_at (canonical) == pursuit_job_get_next_interview_at (fresh) &&
          pursuit_job_get_stage_entered_at (canonical) == pursuit_job_get_stage_entered_at (fresh))
        continue;

      pursuit_store_refresh_job (self, fresh);

      /* A job open on a page has its long texts: read those again too. */
      if (pursuit_job_get_details_loaded (canonical))
        pursuit_store_load_job_details_async (self, canonical, NULL, on_details_read, NULL);
    }

  if (changes->missing_only)
    return;

  /* Jobs deleted elsewhere leave the models. */
  gone = g_ptr_array_new ();
  n = g_list_model_get_n_items (jobs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);
      gint64 id = pursuit_job_get_id (job);

      if (changes->live_ids != NULL ? pursuit_job_stamps_find (changes->live_ids, id) == NULL
                                    : !g_hash_table_contains (fresh_ids, &id))
        g_ptr_array_add (gone, GSIZE_TO_POINTER ((gsize) id));
    }
  for (guint i = 0; i < gone->len; i++)
    pursuit_store_remove_job (self, (gint64) GPOINTER_TO_SIZE (g_ptr_array_index (gone, i)));

  /* Every job left is listed: as many as listed means none is missing. */
  if (changes->live_ids != NULL && g_list_model_get_n_items (jobs) < changes->live_ids->len)
    read_missing (self, changes, fresh_ids);

  for (PursuitJobModelKind kind = 0; kind < PURSUIT_N_JOB_MODELS; kind++)
    pursuit_store_reload_job_models (self, kind, 0);
  pursuit_store_reload_practice (self);
  pursuit_store_reload_documents (self, 0);
}

static gboolean
missing_work (PursuitRepository  *repository,
              gpointer            data,
              gpointer           *result,
              GError            **error)
{
  Changes *changes = g_new0 (Changes, 1);

  changes->missing_only = TRUE;
  changes->jobs = pursuit_repository_list_jobs_by_id (repository, data, error);
  if (changes->jobs == NULL)
    {
      changes_free (changes);
      return FALSE;
    }
  g_atomic_int_add (&jobs_read, (gint) changes->jobs->len);
  *result = changes;
  return TRUE;
}

static void
missing_apply (PursuitStore *self,
               gpointer      data,
               gpointer      result)
{
  pursuit_store_apply_everything (self, result);
}

static const PursuitStoreCall missing_call = { missing_work, missing_apply, (GDestroyNotify) changes_free };

static void
on_missing_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  Changes *changes = pursuit_store_run_finish (PURSUIT_STORE (source), result, on_missing_read, &error);

  if (changes != NULL)
    changes_free (changes);
  else if (error != NULL)
    g_message ("Could not read jobs restored elsewhere: %s", error->message);
}

/* Listed jobs whose stamps had not moved, yet not in the models: put in
 * the trash here, then restored elsewhere (which leaves the stamps). */
static void
read_missing (PursuitStore *self,
              Changes      *changes,
              GHashTable   *fresh_ids)
{
  g_autoptr(GArray) missing = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < changes->live_ids->len; i++)
    {
      gint64 id = pursuit_job_stamps_get_id (changes->live_ids, i);

      if (!g_hash_table_contains (fresh_ids, &id) && pursuit_store_find_job (self, id) == NULL)
        g_array_append_val (missing, id);
    }

  if (missing->len > 0)
    pursuit_store_run_async (self, &missing_call, g_steal_pointer (&missing), (GDestroyNotify) g_array_unref,
                             on_missing_read, NULL, on_missing_read, NULL);
}

static void
check_apply (PursuitStore *self,
             gpointer      data,
             gpointer      result)
{
  pursuit_store_apply_everything (self, result);
}

static const PursuitStoreCall check_call = { check_work, check_apply, (GDestroyNotify) changes_free };

/**
 * pursuit_store_check_changes_async:
 *
 * Looks whether another program changed the database and, if so, brings
 * the models up to date. The store does it by itself every few seconds once
 * open; a window coming to the front asks at once.
 */
void
pursuit_store_check_changes_async (PursuitStore        *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));

  pursuit_store_run_async (self, &check_call, NULL, NULL, pursuit_store_check_changes_async,
                           cancellable, callback, user_data);
}

/* Whether anything changed elsewhere. */
gboolean
pursuit_store_check_changes_finish (PursuitStore  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  Changes *changes = pursuit_store_run_finish (self, result, pursuit_store_check_changes_async, error);
  gboolean changed;

  if (changes == NULL)
    return FALSE;

  changed = changes->jobs != NULL;
  changes_free (changes);
  return changed;
}
