/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-stage-change.h"

G_DEFINE_BOXED_TYPE (PursuitStageChange, pursuit_stage_change,
                     pursuit_stage_change_copy, pursuit_stage_change_free)

PursuitStageChange *
pursuit_stage_change_new (gint64      id,
                          gint64      job_id,
                          gint64      stage_id,
                          gint64      entered_at,
                          const char *note)
{
  PursuitStageChange *self = g_new0 (PursuitStageChange, 1);

  self->id = id;
  self->job_id = job_id;
  self->stage_id = stage_id;
  self->entered_at = entered_at;
  self->note = g_strdup (note != NULL ? note : "");
  return self;
}

PursuitStageChange *
pursuit_stage_change_copy (const PursuitStageChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return pursuit_stage_change_new (self->id, self->job_id, self->stage_id,
                                   self->entered_at, self->note);
}

void
pursuit_stage_change_free (PursuitStageChange *self)
{
  if (self == NULL)
    return;

  g_free (self->note);
  g_free (self);
}
