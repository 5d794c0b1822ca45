/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-repository-stages.h"
#include "pursuit-store-private.h"

/* The asynchronous face of pursuit-repository-stages.c: each operation runs
 * on the store's worker thread, in order with every other one, and updates
 * the models on the main thread before the caller hears back. */

/* Pipeline */

typedef enum
{
  STAGE_EDIT_RENAME,
  STAGE_EDIT_ADD,
  STAGE_EDIT_MOVE,
  STAGE_EDIT_HIDE,
} StageEditKind;

typedef struct
{
  StageEditKind kind;
  gint64 stage_id;
  char *name;
  PursuitStageKind stage_kind;
  guint position;
  gboolean hidden;
} StageEdit;

typedef struct
{
  GPtrArray *stages;
  gint64 new_stage_id;
} StageEditResult;

static void
stage_edit_free (gpointer data)
{
  StageEdit *edit = data;

  g_free (edit->name);
  g_free (edit);
}

static void
stage_edit_result_free (gpointer data)
{
  StageEditResult *result = data;

  g_clear_pointer (&result->stages, g_ptr_array_unref);
  g_free (result);
}

static gboolean
stage_edit_work (PursuitRepository  *repository,
                 gpointer            data,
                 gpointer           *result,
                 GError            **error)
{
  StageEdit *edit = data;
  StageEditResult *outcome;
  gint64 new_stage_id = 0;
  gboolean ok = FALSE;

  switch (edit->kind)
    {
    case STAGE_EDIT_RENAME:
      ok = pursuit_repository_rename_stage (repository, edit->stage_id, edit->name, error);
      break;
    case STAGE_EDIT_ADD:
      new_stage_id = pursuit_repository_add_stage (repository, edit->stage_kind, edit->name, error);
      ok = new_stage_id != 0;
      break;
    case STAGE_EDIT_MOVE:
      ok = pursuit_repository_move_stage (repository, edit->stage_id, edit->position, error);
      break;
    case STAGE_EDIT_HIDE:
      ok = pursuit_repository_set_stage_hidden (repository, edit->stage_id, edit->hidden, error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    return FALSE;

  /* Read here, on the worker thread, where the repository may be used. */
  outcome = g_new0 (StageEditResult, 1);
  outcome->stages = pursuit_repository_list_stages (repository);
  outcome->new_stage_id = new_stage_id;
  *result = outcome;
  return TRUE;
}

static void
stage_edit_apply (PursuitStore *store,
                  gpointer      data,
                  gpointer      result)
{
  StageEditResult *outcome = result;

  pursuit_store_set_stages (store, outcome->stages);
}

static const PursuitStoreCall stage_edit_call = { stage_edit_work, stage_edit_apply, stage_edit_result_free };

static void
run_stage_edit (PursuitStore        *self,
                StageEdit           *edit,
                gpointer             source_tag,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  pursuit_store_run_async (self, &stage_edit_call, edit, stage_edit_free, source_tag,
                           cancellable, callback, user_data);
}

static gboolean
finish_stage_edit (PursuitStore  *self,
                   GAsyncResult  *result,
                   gpointer       source_tag,
                   GError       **error)
{
  StageEditResult *outcome = pursuit_store_run_finish (self, result, source_tag, error);

  if (outcome == NULL)
    return FALSE;

  stage_edit_result_free (outcome);
  return TRUE;
}

/**
 * pursuit_store_rename_stage_async:
 * @custom_name: (nullable): the new name; %NULL or blank for the kind's name
 */
void
pursuit_store_rename_stage_async (PursuitStore        *self,
                                  PursuitStage        *stage,
                                  const char          *custom_name,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  StageEdit *edit;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_STAGE (stage));

  edit = g_new0 (StageEdit, 1);
  edit->kind = STAGE_EDIT_RENAME;
  edit->stage_id = pursuit_stage_get_id (stage);
  edit->name = g_strdup (custom_name);
  run_stage_edit (self, edit, pursuit_store_rename_stage_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_rename_stage_finish (PursuitStore  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return finish_stage_edit (self, result, pursuit_store_rename_stage_async, error);
}

/**
 * pursuit_store_add_stage_async:
 * @custom_name: (nullable): its name; %NULL or blank for the kind's name
 *
 * Adds a shown stage at the end of the pipeline.
 */
void
pursuit_store_add_stage_async (PursuitStore        *self,
                               PursuitStageKind     kind,
                               const char          *custom_name,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  StageEdit *edit;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  edit = g_new0 (StageEdit, 1);
  edit->kind = STAGE_EDIT_ADD;
  edit->stage_kind = kind;
  edit->name = g_strdup (custom_name);
  run_stage_edit (self, edit, pursuit_store_add_stage_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_add_stage_finish:
 *
 * Returns: (transfer full): the new stage, as it stands in the stages model
 */
PursuitStage *
pursuit_store_add_stage_finish (PursuitStore  *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  StageEditResult *outcome = pursuit_store_run_finish (self, result, pursuit_store_add_stage_async, error);
  PursuitStage *stage = NULL;

  if (outcome == NULL)
    return NULL;

  for (guint i = 0; i < outcome->stages->len; i++)
    {
      PursuitStage *item = g_ptr_array_index (outcome->stages, i);

      if (pursuit_stage_get_id (item) == outcome->new_stage_id)
        stage = g_object_ref (item);
    }

  stage_edit_result_free (outcome);
  return stage;
}

/**
 * pursuit_store_move_stage_async:
 * @position: the stage's new place, from 0; past the end means last
 */
void
pursuit_store_move_stage_async (PursuitStore        *self,
                                PursuitStage        *stage,
                                guint                position,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  StageEdit *edit;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_STAGE (stage));

  edit = g_new0 (StageEdit, 1);
  edit->kind = STAGE_EDIT_MOVE;
  edit->stage_id = pursuit_stage_get_id (stage);
  edit->position = position;
  run_stage_edit (self, edit, pursuit_store_move_stage_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_move_stage_finish (PursuitStore  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return finish_stage_edit (self, result, pursuit_store_move_stage_async, error);
}

void
pursuit_store_set_stage_hidden_async (PursuitStore        *self,
                                      PursuitStage        *stage,
                                      gboolean             hidden,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  StageEdit *edit;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_STAGE (stage));

  edit = g_new0 (StageEdit, 1);
  edit->kind = STAGE_EDIT_HIDE;
  edit->stage_id = pursuit_stage_get_id (stage);
  edit->hidden = hidden;
  run_stage_edit (self, edit, pursuit_store_set_stage_hidden_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_set_stage_hidden_finish (PursuitStore  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return finish_stage_edit (self, result, pursuit_store_set_stage_hidden_async, error);
}

/* Jobs' timelines */

typedef enum
{
  TIMELINE_EDIT_MOVE_JOB,
  TIMELINE_EDIT_UPDATE,
  TIMELINE_EDIT_DELETE,
  TIMELINE_EDIT_INSERT,
} TimelineEditKind;

typedef struct
{
  TimelineEditKind kind;
  gint64 job_id;
  gint64 stage_id;
  char *note;
  PursuitStageChange *change;
} TimelineEdit;

static void
timeline_edit_free (gpointer data)
{
  TimelineEdit *edit = data;

  g_free (edit->note);
  g_clear_pointer (&edit->change, pursuit_stage_change_free);
  g_free (edit);
}

static gboolean
timeline_edit_work (PursuitRepository  *repository,
                    gpointer            data,
                    gpointer           *result,
                    GError            **error)
{
  TimelineEdit *edit = data;
  g_autofree char *job_id = NULL;
  gint64 now = pursuit_store_now ();
  gboolean ok = FALSE;

  switch (edit->kind)
    {
    case TIMELINE_EDIT_MOVE_JOB:
      ok = pursuit_repository_move_job (repository, edit->job_id, edit->stage_id, edit->note, now, error);
      break;
    case TIMELINE_EDIT_UPDATE:
      ok = pursuit_repository_update_stage_change (repository, edit->change->id, edit->change->entered_at,
                                                   edit->change->note, now, error);
      break;
    case TIMELINE_EDIT_DELETE:
      ok = pursuit_repository_delete_stage_change (repository, edit->change->id, now, error);
      break;
    case TIMELINE_EDIT_INSERT:
      ok = pursuit_repository_insert_stage_change (repository, edit->change, now, error) != 0;
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    return FALSE;

  /* The job as it now stands, for its stage and stage-entered-at. */
  job_id = g_strdup_printf ("%" G_GINT64_FORMAT, edit->job_id);
  *result = pursuit_repository_find_job (repository, job_id, error);
  return *result != NULL;
}

static void
timeline_edit_apply (PursuitStore *store,
                     gpointer      data,
                     gpointer      result)
{
  TimelineEdit *edit = data;

  pursuit_store_refresh_job (store, result);
  pursuit_store_reload_job_models (store, PURSUIT_JOB_MODEL_TIMELINE, edit->job_id);
}

static const PursuitStoreCall timeline_edit_call = { timeline_edit_work, timeline_edit_apply, g_object_unref };

static void
run_timeline_edit (PursuitStore        *self,
                   TimelineEdit        *edit,
                   gpointer             source_tag,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  pursuit_store_run_async (self, &timeline_edit_call, edit, timeline_edit_free, source_tag,
                           cancellable, callback, user_data);
}

static gboolean
finish_timeline_edit (PursuitStore  *self,
                      GAsyncResult  *result,
                      gpointer       source_tag,
                      GError       **error)
{
  g_autoptr(PursuitJob) job = pursuit_store_run_finish (self, result, source_tag, error);

  return job != NULL;
}

static TimelineEdit *
timeline_edit_for_change (TimelineEditKind          kind,
                          const PursuitStageChange *change)
{
  TimelineEdit *edit = g_new0 (TimelineEdit, 1);

  edit->kind = kind;
  edit->job_id = change->job_id;
  edit->change = pursuit_stage_change_copy (change);
  return edit;
}

/**
 * pursuit_store_move_job_async:
 * @note: (nullable): why, or what happened; kept in the job's timeline
 *
 * Moves @job to @stage and records the move in its timeline.
 */
void
pursuit_store_move_job_async (PursuitStore        *self,
                              PursuitJob          *job,
                              PursuitStage        *stage,
                              const char          *note,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  TimelineEdit *edit;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_JOB (job));
  g_return_if_fail (PURSUIT_IS_STAGE (stage));

  edit = g_new0 (TimelineEdit, 1);
  edit->kind = TIMELINE_EDIT_MOVE_JOB;
  edit->job_id = pursuit_job_get_id (job);
  edit->stage_id = pursuit_stage_get_id (stage);
  edit->note = g_strdup (note);
  run_timeline_edit (self, edit, pursuit_store_move_job_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_move_job_finish (PursuitStore  *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return finish_timeline_edit (self, result, pursuit_store_move_job_async, error);
}

/**
 * pursuit_store_update_stage_change_async:
 * @change: the entry with its corrected time and note
 */
void
pursuit_store_update_stage_change_async (PursuitStore             *self,
                                         const PursuitStageChange *change,
                                         GCancellable             *cancellable,
                                         GAsyncReadyCallback       callback,
                                         gpointer                  user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (change != NULL);

  run_timeline_edit (self, timeline_edit_for_change (TIMELINE_EDIT_UPDATE, change),
                     pursuit_store_update_stage_change_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_update_stage_change_finish (PursuitStore  *self,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  return finish_timeline_edit (self, result, pursuit_store_update_stage_change_async, error);
}

void
pursuit_store_delete_stage_change_async (PursuitStore             *self,
                                         const PursuitStageChange *change,
                                         GCancellable             *cancellable,
                                         GAsyncReadyCallback       callback,
                                         gpointer                  user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (change != NULL);

  run_timeline_edit (self, timeline_edit_for_change (TIMELINE_EDIT_DELETE, change),
                     pursuit_store_delete_stage_change_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_delete_stage_change_finish (PursuitStore  *self,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  return finish_timeline_edit (self, result, pursuit_store_delete_stage_change_async, error);
}

/**
 * pursuit_store_insert_stage_change_async:
 *
 * Puts an entry back into a job's timeline, as when undoing its removal.
 */
void
pursuit_store_insert_stage_change_async (PursuitStore             *self,
                                         const PursuitStageChange *change,
                                         GCancellable             *cancellable,
                                         GAsyncReadyCallback       callback,
                                         gpointer                  user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (change != NULL);

  run_timeline_edit (self, timeline_edit_for_change (TIMELINE_EDIT_INSERT, change),
                     pursuit_store_insert_stage_change_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_insert_stage_change_finish (PursuitStore  *self,
                                          GAsyncResult  *result,
                                          GError       **error)
{
  return finish_timeline_edit (self, result, pursuit_store_insert_stage_change_async, error);
}
