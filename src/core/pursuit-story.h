/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_STORY (pursuit_story_get_type ())

G_DECLARE_FINAL_TYPE (PursuitStory, pursuit_story, PURSUIT, STORY, GObject)

PursuitStory       *pursuit_story_new                 (void);
PursuitStory       *pursuit_story_copy                (PursuitStory        *self);
gboolean            pursuit_story_validate            (PursuitStory        *self,
                                                       GError             **error);
gboolean            pursuit_story_has_competency      (PursuitStory        *self,
                                                       const char          *competency);
gboolean            pursuit_story_answers             (PursuitStory        *self,
                                                       const char          *question_id);

gint64              pursuit_story_get_id              (PursuitStory        *self);
void                pursuit_story_set_id              (PursuitStory        *self,
                                                       gint64               id);
const char         *pursuit_story_get_title           (PursuitStory        *self);
void                pursuit_story_set_title           (PursuitStory        *self,
                                                       const char          *title);
const char         *pursuit_story_get_situation       (PursuitStory        *self);
void                pursuit_story_set_situation       (PursuitStory        *self,
                                                       const char          *situation);
const char         *pursuit_story_get_task            (PursuitStory        *self);
void                pursuit_story_set_task            (PursuitStory        *self,
                                                       const char          *task);
const char         *pursuit_story_get_action          (PursuitStory        *self);
void                pursuit_story_set_action          (PursuitStory        *self,
                                                       const char          *action);
const char         *pursuit_story_get_result          (PursuitStory        *self);
void                pursuit_story_set_result          (PursuitStory        *self,
                                                       const char          *result);
const char * const *pursuit_story_get_competencies    (PursuitStory        *self);
void                pursuit_story_set_competencies    (PursuitStory        *self,
                                                       const char * const  *competencies);
const char * const *pursuit_story_get_question_ids    (PursuitStory        *self);
void                pursuit_story_set_question_ids    (PursuitStory        *self,
                                                       const char * const  *question_ids);
gint64              pursuit_story_get_created_at      (PursuitStory        *self);
void                pursuit_story_set_created_at      (PursuitStory        *self,
                                                       gint64               created_at);
gint64              pursuit_story_get_updated_at      (PursuitStory        *self);
void                pursuit_story_set_updated_at      (PursuitStory        *self,
                                                       gint64               updated_at);

G_END_DECLS
