/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pursuit-enums.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_STAGE (pursuit_stage_get_type ())

G_DECLARE_FINAL_TYPE (PursuitStage, pursuit_stage, PURSUIT, STAGE, GObject)

PursuitStage     *pursuit_stage_new             (gint64            id,
                                                 PursuitStageKind  kind,
                                                 const char       *custom_name,
                                                 int               position,
                                                 gboolean          hidden);
gint64            pursuit_stage_get_id          (PursuitStage     *self);
PursuitStageKind  pursuit_stage_get_kind        (PursuitStage     *self);
const char       *pursuit_stage_get_name        (PursuitStage     *self);
const char       *pursuit_stage_get_custom_name (PursuitStage     *self);
int               pursuit_stage_get_position    (PursuitStage     *self);
gboolean          pursuit_stage_get_hidden      (PursuitStage     *self);

G_END_DECLS
