/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_STAGE_CHANGE (pursuit_stage_change_get_type ())

G_DECLARE_FINAL_TYPE (PursuitStageChange, pursuit_stage_change, PURSUIT, STAGE_CHANGE, GObject)

/**
 * PursuitStageChange:
 *
 * One entry of a job's timeline: the job entered a stage at a time. An
 * object so a job's timeline can be a list model; its values are read from
 * the fields and never change after it is made (make another to edit).
 */
struct _PursuitStageChange
{
  GObject parent_instance;

  gint64 id;
  gint64 job_id;
  gint64 stage_id;
  gint64 entered_at;
  char *note;
};

PursuitStageChange *pursuit_stage_change_new      (gint64                    id,
                                                   gint64                    job_id,
                                                   gint64                    stage_id,
                                                   gint64                    entered_at,
                                                   const char               *note);
PursuitStageChange *pursuit_stage_change_copy     (const PursuitStageChange *self);
void                pursuit_stage_change_free     (PursuitStageChange       *self);

G_END_DECLS
