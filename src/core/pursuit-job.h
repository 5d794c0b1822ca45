/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pursuit-stage.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB (pursuit_job_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJob, pursuit_job, PURSUIT, JOB, GObject)

PursuitJob   *pursuit_job_new            (void);
PursuitJob   *pursuit_job_copy           (PursuitJob   *self);
void          pursuit_job_assign         (PursuitJob   *self,
                                          PursuitJob   *other);
gboolean      pursuit_job_validate       (PursuitJob   *self,
                                          GError      **error);

gint64        pursuit_job_get_id         (PursuitJob   *self);
void          pursuit_job_set_id         (PursuitJob   *self,
                                          gint64        id);
const char   *pursuit_job_get_uuid       (PursuitJob   *self);
void          pursuit_job_set_uuid       (PursuitJob   *self,
                                          const char   *uuid);
const char   *pursuit_job_get_company    (PursuitJob   *self);
void          pursuit_job_set_company    (PursuitJob   *self,
                                          const char   *company);
const char   *pursuit_job_get_title      (PursuitJob   *self);
void          pursuit_job_set_title      (PursuitJob   *self,
                                          const char   *title);
const char   *pursuit_job_get_location   (PursuitJob   *self);
void          pursuit_job_set_location   (PursuitJob   *self,
                                          const char   *location);
const char   *pursuit_job_get_url        (PursuitJob   *self);
void          pursuit_job_set_url        (PursuitJob   *self,
                                          const char   *url);
const char   *pursuit_job_get_notes      (PursuitJob   *self);
void          pursuit_job_set_notes      (PursuitJob   *self,
                                          const char   *notes);
PursuitStage *pursuit_job_get_stage      (PursuitJob   *self);
void          pursuit_job_set_stage      (PursuitJob   *self,
                                          PursuitStage *stage);
gint64        pursuit_job_get_created_at (PursuitJob   *self);
void          pursuit_job_set_created_at (PursuitJob   *self,
                                          gint64        created_at);
gint64        pursuit_job_get_updated_at (PursuitJob   *self);
void          pursuit_job_set_updated_at (PursuitJob   *self,
                                          gint64        updated_at);

G_END_DECLS
