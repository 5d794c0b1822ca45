/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-repository.h"

G_BEGIN_DECLS

/* The user's pipeline: renaming, adding, reordering and hiding stages. Each
 * reloads the repository's stage list on success. */
gboolean pursuit_repository_rename_stage        (PursuitRepository         *self,
                                                 gint64                     stage_id,
                                                 const char                *custom_name,
                                                 GError                   **error);
gint64   pursuit_repository_add_stage           (PursuitRepository         *self,
                                                 PursuitStageKind           kind,
                                                 const char                *custom_name,
                                                 GError                   **error);
gboolean pursuit_repository_move_stage          (PursuitRepository         *self,
                                                 gint64                     stage_id,
                                                 guint                      position,
                                                 GError                   **error);
gboolean pursuit_repository_set_stage_hidden    (PursuitRepository         *self,
                                                 gint64                     stage_id,
                                                 gboolean                   hidden,
                                                 GError                   **error);

/* Corrections to a job's timeline. The job's current stage is that of its
 * last move, whatever the dates say. */
gboolean pursuit_repository_update_stage_change (PursuitRepository         *self,
                                                 gint64                     change_id,
                                                 gint64                     entered_at,
                                                 const char                *note,
                                                 gint64                     now,
                                                 GError                   **error);
gboolean pursuit_repository_delete_stage_change (PursuitRepository         *self,
                                                 gint64                     change_id,
                                                 gint64                     now,
                                                 GError                   **error);
gint64   pursuit_repository_insert_stage_change (PursuitRepository         *self,
                                                 const PursuitStageChange  *change,
                                                 gint64                     now,
                                                 GError                   **error);

G_END_DECLS
