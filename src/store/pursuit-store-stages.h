/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-store.h"
#include "pursuit-stage-change.h"

G_BEGIN_DECLS

/* Pipeline edits: on success the stages model is replaced and every job
 * points at the new stage objects. */
void          pursuit_store_rename_stage_async         (PursuitStore             *self,
                                                        PursuitStage             *stage,
                                                        const char               *custom_name,
                                                        GCancellable             *cancellable,
                                                        GAsyncReadyCallback       callback,
                                                        gpointer                  user_data);
gboolean      pursuit_store_rename_stage_finish        (PursuitStore             *self,
                                                        GAsyncResult             *result,
                                                        GError                  **error);
void          pursuit_store_add_stage_async            (PursuitStore             *self,
                                                        PursuitStageKind          kind,
                                                        const char               *custom_name,
                                                        GCancellable             *cancellable,
                                                        GAsyncReadyCallback       callback,
                                                        gpointer                  user_data);
PursuitStage *pursuit_store_add_stage_finish           (PursuitStore             *self,
                                                        GAsyncResult             *result,
                                                        GError                  **error);
void          pursuit_store_move_stage_async           (PursuitStore             *self,
                                                        PursuitStage             *stage,
                                                        guint                     position,
                                                        GCancellable             *cancellable,
                                                        GAsyncReadyCallback       callback,
                                                        gpointer                  user_data);
gboolean      pursuit_store_move_stage_finish          (PursuitStore             *self,
                                                        GAsyncResult             *result,
                                                        GError                  **error);
void          pursuit_store_set_stage_hidden_async     (PursuitStore             *self,
                                                        PursuitStage             *stage,
                                                        gboolean                  hidden,
                                                        GCancellable             *cancellable,
                                                        GAsyncReadyCallback       callback,
                                                        gpointer                  user_data);
gboolean      pursuit_store_set_stage_hidden_finish    (PursuitStore             *self,
                                                        GAsyncResult             *result,
                                                        GError                  **error);

/* Moving a job and correcting its timeline: on success the canonical job is
 * refreshed, so its stage and stage-entered-at follow. */
void          pursuit_store_move_job_async             (PursuitStore             *self,
                                                        PursuitJob               *job,
                                                        PursuitStage             *stage,
                                                        const char               *note,
                                                        GCancellable             *cancellable,
                                                        GAsyncReadyCallback       callback,
                                                        gpointer                  user_data);
gboolean      pursuit_store_move_job_finish            (PursuitStore             *self,
                                                        GAsyncResult             *result,
                                                        GError                  **error);
void          pursuit_store_update_stage_change_async  (PursuitStore             *self,
                                                        const PursuitStageChange *change,
                                                        GCancellable             *cancellable,
                                                        GAsyncReadyCallback       callback,
                                                        gpointer                  user_data);
gboolean      pursuit_store_update_stage_change_finish (PursuitStore             *self,
                                                        GAsyncResult             *result,
                                                        GError                  **error);
void          pursuit_store_delete_stage_change_async  (PursuitStore             *self,
                                                        const PursuitStageChange *change,
                                                        GCancellable             *cancellable,
                                                        GAsyncReadyCallback       callback,
                                                        gpointer                  user_data);
gboolean      pursuit_store_delete_stage_change_finish (PursuitStore             *self,
                                                        GAsyncResult             *result,
                                                        GError                  **error);
void          pursuit_store_insert_stage_change_async  (PursuitStore             *self,
                                                        const PursuitStageChange *change,
                                                        GCancellable             *cancellable,
                                                        GAsyncReadyCallback       callback,
                                                        gpointer                  user_data);
gboolean      pursuit_store_insert_stage_change_finish (PursuitStore             *self,
                                                        GAsyncResult             *result,
                                                        GError                  **error);

G_END_DECLS
