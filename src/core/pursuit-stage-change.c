/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-stage-change.h"

G_DEFINE_FINAL_TYPE (PursuitStageChange, pursuit_stage_change, G_TYPE_OBJECT)

static void
pursuit_stage_change_finalize (GObject *object)
{
  PursuitStageChange *self = PURSUIT_STAGE_CHANGE (object);

  g_free (self->note);

  G_OBJECT_CLASS (pursuit_stage_change_parent_class)->finalize (object);
}

static void
pursuit_stage_change_class_init (PursuitStageChangeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_stage_change_finalize;
}

static void
pursuit_stage_change_init (PursuitStageChange *self)
{
}

PursuitStageChange *
pursuit_stage_change_new (gint64      id,
                          gint64      job_id,
                          gint64      stage_id,
                          gint64      entered_at,
                          const char *note)
{
  PursuitStageChange *self = g_object_new (PURSUIT_TYPE_STAGE_CHANGE, NULL);

  self->id = id;
  self->job_id = job_id;
  self->stage_id = stage_id;
  self->entered_at = entered_at;
  self->note = g_strdup (note != NULL ? note : "");
  return self;
}

/* A new entry with the same values, to change before handing it back. */
PursuitStageChange *
pursuit_stage_change_copy (const PursuitStageChange *self)
{
  g_return_val_if_fail (PURSUIT_IS_STAGE_CHANGE ((gpointer) self), NULL);

  return pursuit_stage_change_new (self->id, self->job_id, self->stage_id,
                                   self->entered_at, self->note);
}

/* Drops a reference; the name is kept for the arrays that free entries. */
void
pursuit_stage_change_free (PursuitStageChange *self)
{
  if (self != NULL)
    g_object_unref (self);
}
