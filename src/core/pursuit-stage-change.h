/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_STAGE_CHANGE (pursuit_stage_change_get_type ())

/**
 * PursuitStageChange:
 *
 * One entry of a job's timeline: the job entered a stage at a time.
 */
typedef struct
{
  gint64 id;
  gint64 job_id;
  gint64 stage_id;
  gint64 entered_at;
  char *note;
} PursuitStageChange;

GType               pursuit_stage_change_get_type (void) G_GNUC_CONST;
PursuitStageChange *pursuit_stage_change_new      (gint64                    id,
                                                   gint64                    job_id,
                                                   gint64                    stage_id,
                                                   gint64                    entered_at,
                                                   const char               *note);
PursuitStageChange *pursuit_stage_change_copy     (const PursuitStageChange *self);
void                pursuit_stage_change_free     (PursuitStageChange       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitStageChange, pursuit_stage_change_free)

G_END_DECLS
