/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pursuit-enums.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_INTERVIEW (pursuit_interview_get_type ())

G_DECLARE_FINAL_TYPE (PursuitInterview, pursuit_interview, PURSUIT, INTERVIEW, GObject)

/* Longest interview accepted: a whole assessment day and then some. */
#define PURSUIT_INTERVIEW_MAX_DURATION_MINUTES (24 * 60)

PursuitInterview  *pursuit_interview_new                     (void);
PursuitInterview  *pursuit_interview_copy                    (PursuitInterview  *self);
void               pursuit_interview_assign                  (PursuitInterview  *self,
                                                              PursuitInterview  *other);
gboolean           pursuit_interview_validate                (PursuitInterview  *self,
                                                              GError           **error);

gint64             pursuit_interview_get_id                  (PursuitInterview  *self);
void               pursuit_interview_set_id                  (PursuitInterview  *self,
                                                              gint64             id);
gint64             pursuit_interview_get_job_id              (PursuitInterview  *self);
void               pursuit_interview_set_job_id              (PursuitInterview  *self,
                                                              gint64             job_id);
gint64             pursuit_interview_get_starts_at           (PursuitInterview  *self);
void               pursuit_interview_set_starts_at           (PursuitInterview  *self,
                                                              gint64             starts_at);
const char        *pursuit_interview_get_time_zone           (PursuitInterview  *self);
void               pursuit_interview_set_time_zone           (PursuitInterview  *self,
                                                              const char        *time_zone);
int                pursuit_interview_get_duration_minutes    (PursuitInterview  *self);
void               pursuit_interview_set_duration_minutes    (PursuitInterview  *self,
                                                              int                minutes);
PursuitInterviewKind pursuit_interview_get_kind              (PursuitInterview  *self);
void               pursuit_interview_set_kind                (PursuitInterview  *self,
                                                              PursuitInterviewKind kind);
PursuitAssessmentKind pursuit_interview_get_assessment      (PursuitInterview  *self);
void               pursuit_interview_set_assessment          (PursuitInterview  *self,
                                                              PursuitAssessmentKind assessment);
double             pursuit_interview_get_score               (PursuitInterview  *self);
void               pursuit_interview_set_score               (PursuitInterview  *self,
                                                              double             score);
const char        *pursuit_interview_get_location            (PursuitInterview  *self);
void               pursuit_interview_set_location            (PursuitInterview  *self,
                                                              const char        *location);
const char        *pursuit_interview_get_notes               (PursuitInterview  *self);
void               pursuit_interview_set_notes               (PursuitInterview  *self,
                                                              const char        *notes);
const char        *pursuit_interview_get_outcome             (PursuitInterview  *self);
void               pursuit_interview_set_outcome             (PursuitInterview  *self,
                                                              const char        *outcome);
gint64             pursuit_interview_get_created_at          (PursuitInterview  *self);
void               pursuit_interview_set_created_at          (PursuitInterview  *self,
                                                              gint64             created_at);
gint64             pursuit_interview_get_updated_at          (PursuitInterview  *self);
void               pursuit_interview_set_updated_at          (PursuitInterview  *self,
                                                              gint64             updated_at);

const gint64      *pursuit_interview_get_interviewer_ids     (PursuitInterview  *self,
                                                              guint             *n_ids);
void               pursuit_interview_set_interviewer_ids     (PursuitInterview  *self,
                                                              const gint64      *ids,
                                                              guint              n_ids);
gboolean           pursuit_interview_has_interviewer         (PursuitInterview  *self,
                                                              gint64             contact_id);
const char * const *pursuit_interview_get_interviewer_names  (PursuitInterview  *self);
void               pursuit_interview_add_interviewer         (PursuitInterview  *self,
                                                              gint64             contact_id,
                                                              const char        *name);

GTimeZone         *pursuit_interview_dup_time_zone           (PursuitInterview  *self);
GDateTime         *pursuit_interview_dup_start               (PursuitInterview  *self);
gboolean           pursuit_interview_is_valid_time_zone      (const char        *identifier);
gboolean           pursuit_interview_parse_start             (const char        *date,
                                                              const char        *time,
                                                              const char        *time_zone,
                                                              gint64            *starts_at,
                                                              GError           **error);

G_END_DECLS
