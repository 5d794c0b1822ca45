/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pursuit-enums.h"
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

int           pursuit_job_get_workplace (PursuitJob *self);
void          pursuit_job_set_workplace (PursuitJob *self,
                                        int value);
int           pursuit_job_get_employment_type (PursuitJob *self);
void          pursuit_job_set_employment_type (PursuitJob *self,
                                              int value);
const char *  pursuit_job_get_source (PursuitJob *self);
void          pursuit_job_set_source (PursuitJob *self,
                                     const char *value);
const char *  pursuit_job_get_industry (PursuitJob *self);
void          pursuit_job_set_industry (PursuitJob *self,
                                       const char *value);
const char *  pursuit_job_get_posting_text (PursuitJob *self);
void          pursuit_job_set_posting_text (PursuitJob *self,
                                           const char *value);
double        pursuit_job_get_pay_min (PursuitJob *self);
void          pursuit_job_set_pay_min (PursuitJob *self,
                                      double value);
double        pursuit_job_get_pay_max (PursuitJob *self);
void          pursuit_job_set_pay_max (PursuitJob *self,
                                      double value);
const char *  pursuit_job_get_pay_currency (PursuitJob *self);
void          pursuit_job_set_pay_currency (PursuitJob *self,
                                           const char *value);
int           pursuit_job_get_pay_period (PursuitJob *self);
void          pursuit_job_set_pay_period (PursuitJob *self,
                                         int value);
int           pursuit_job_get_excitement (PursuitJob *self);
void          pursuit_job_set_excitement (PursuitJob *self,
                                         int value);
const char *  pursuit_job_get_applied_on (PursuitJob *self);
void          pursuit_job_set_applied_on (PursuitJob *self,
                                         const char *value);
const char *  pursuit_job_get_deadline (PursuitJob *self);
void          pursuit_job_set_deadline (PursuitJob *self,
                                       const char *value);
const char *  pursuit_job_get_next_action (PursuitJob *self);
void          pursuit_job_set_next_action (PursuitJob *self,
                                          const char *value);
const char *  pursuit_job_get_next_action_due (PursuitJob *self);
void          pursuit_job_set_next_action_due (PursuitJob *self,
                                              const char *value);
gboolean      pursuit_job_get_archived (PursuitJob *self);
void          pursuit_job_set_archived (PursuitJob *self,
                                       gboolean value);
gint64        pursuit_job_get_stage_entered_at (PursuitJob *self);
void          pursuit_job_set_stage_entered_at (PursuitJob *self,
                                               gint64 value);
gint64        pursuit_job_get_next_interview_at (PursuitJob *self);
void          pursuit_job_set_next_interview_at (PursuitJob *self,
                                                gint64 value);

gboolean      pursuit_job_get_details_loaded (PursuitJob *self);
void          pursuit_job_set_details_loaded (PursuitJob *self,
                                              gboolean    loaded);
gboolean      pursuit_job_is_valid_date  (const char   *iso_date);

G_END_DECLS
