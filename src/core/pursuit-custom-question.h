/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_CUSTOM_QUESTION (pursuit_custom_question_get_type ())

G_DECLARE_FINAL_TYPE (PursuitCustomQuestion, pursuit_custom_question, PURSUIT, CUSTOM_QUESTION, GObject)

/* A custom question's id in the practice log and the engine: "custom-12". */
#define PURSUIT_CUSTOM_QUESTION_PREFIX "custom-"

PursuitCustomQuestion *pursuit_custom_question_new              (void);
PursuitCustomQuestion *pursuit_custom_question_copy             (PursuitCustomQuestion  *self);
gboolean               pursuit_custom_question_validate         (PursuitCustomQuestion  *self,
                                                                 GError                **error);
char                  *pursuit_custom_question_dup_question_id  (PursuitCustomQuestion  *self);
gint64                 pursuit_custom_question_parse_question_id (const char            *question_id);
GStrv                  pursuit_custom_question_split_lines      (const char             *text);

gint64                 pursuit_custom_question_get_id           (PursuitCustomQuestion  *self);
void                   pursuit_custom_question_set_id           (PursuitCustomQuestion  *self,
                                                                 gint64                  id);
const char            *pursuit_custom_question_get_text         (PursuitCustomQuestion  *self);
void                   pursuit_custom_question_set_text         (PursuitCustomQuestion  *self,
                                                                 const char             *text);
const char            *pursuit_custom_question_get_category     (PursuitCustomQuestion  *self);
void                   pursuit_custom_question_set_category     (PursuitCustomQuestion  *self,
                                                                 const char             *category);
const char * const    *pursuit_custom_question_get_competencies (PursuitCustomQuestion  *self);
void                   pursuit_custom_question_set_competencies (PursuitCustomQuestion  *self,
                                                                 const char * const     *competencies);
const char            *pursuit_custom_question_get_why          (PursuitCustomQuestion  *self);
void                   pursuit_custom_question_set_why          (PursuitCustomQuestion  *self,
                                                                 const char             *why);
const char * const    *pursuit_custom_question_get_covers       (PursuitCustomQuestion  *self);
void                   pursuit_custom_question_set_covers       (PursuitCustomQuestion  *self,
                                                                 const char * const     *covers);
const char * const    *pursuit_custom_question_get_outline      (PursuitCustomQuestion  *self);
void                   pursuit_custom_question_set_outline      (PursuitCustomQuestion  *self,
                                                                 const char * const     *outline);
const char * const    *pursuit_custom_question_get_followups    (PursuitCustomQuestion  *self);
void                   pursuit_custom_question_set_followups    (PursuitCustomQuestion  *self,
                                                                 const char * const     *followups);
const char            *pursuit_custom_question_get_role         (PursuitCustomQuestion  *self);
void                   pursuit_custom_question_set_role         (PursuitCustomQuestion  *self,
                                                                 const char             *role);
gint64                 pursuit_custom_question_get_job_id       (PursuitCustomQuestion  *self);
void                   pursuit_custom_question_set_job_id       (PursuitCustomQuestion  *self,
                                                                 gint64                  job_id);
gint64                 pursuit_custom_question_get_created_at   (PursuitCustomQuestion  *self);
void                   pursuit_custom_question_set_created_at   (PursuitCustomQuestion  *self,
                                                                 gint64                  created_at);
gint64                 pursuit_custom_question_get_updated_at   (PursuitCustomQuestion  *self);
void                   pursuit_custom_question_set_updated_at   (PursuitCustomQuestion  *self,
                                                                 gint64                  updated_at);

G_END_DECLS
