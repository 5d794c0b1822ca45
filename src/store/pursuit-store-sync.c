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
  GPtrArray *jobs;
} Changes;

static void
changes_free (Changes *changes)
{
  g_clear_pointer (&changes->stages, g_ptr_array_unref);
  g_clear_pointer (&changes->jobs, g_ptr_array_unref);
  g_free (changes);
}

static gboolean
check_work (PursuitRepository  *repository,
            gpointer            data,
            gpointer           *result,
            GError            **error)
{
  gboolean changed = FALSE;

  if (!pursuit_repository_changed_elsewhere (repository, &changed, error))
    return FALSE;

  if (!changed)
    {
      *result = g_new0 (Changes, 1);
      return TRUE;
    }

  *result = pursuit_store_read_everything (repository, error);
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
      PursuitStage *fresh = g_ptr_array_index (stages, i);

      if (pursuit_stage_get_id (old) != pursuit_stage_get_id (fresh) ||
          pursuit_stage_get_kind (old) != pursuit_stage_get_kind (fresh) ||
          pursuit_stage_get_hidden (old) != pursuit_stage_get_hidden (fresh) ||
          g_strcmp0 (pursuit_stage_get_name (old), pursuit_stage_get_name (fresh)) != 0)
        return TRUE;
    }
  return FALSE;
}

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

  if (stages_differ (self, changes->stages))
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

  /* Jobs deleted elsewhere leave the models. */
  gone = g_ptr_array_new ();
  n = g_list_model_get_n_items (jobs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);
      gint64 id = pursuit_job_get_id (job);

      if (!g_hash_table_contains (fresh_ids, &id))
        g_ptr_array_add (gone, GSIZE_TO_POINTER ((gsize) id));
    }
  for (guint i = 0; i < gone->len; i++)
    pursuit_store_remove_job (self, (gint64) GPOINTER_TO_SIZE (g_ptr_array_index (gone, i)));

  for (PursuitJobModelKind kind = 0; kind < PURSUIT_N_JOB_MODELS; kind++)
    pursuit_store_reload_job_models (self, kind, 0);
  pursuit_store_reload_practice (self);
  pursuit_store_reload_documents (self, 0);
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
