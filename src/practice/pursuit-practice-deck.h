/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-content.h"
#include "pursuit-custom-question.h"
#include "pursuit-practice-queue.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_PRACTICE_DECK (pursuit_practice_deck_get_type ())

G_DECLARE_FINAL_TYPE (PursuitPracticeDeck, pursuit_practice_deck, PURSUIT, PRACTICE_DECK, GObject)

/* A job as the deck takes it. */
typedef struct
{
  gint64 job_id;
  const char *title;      /* matched to a role guide */
  gint64 interview_at;    /* the start of its next interview (Unix time), or 0 */
  gboolean archived;
} PursuitPracticeDeckJob;

PursuitPracticeDeck  *pursuit_practice_deck_new                 (PursuitContent              *content);
void                  pursuit_practice_deck_add_custom_question (PursuitPracticeDeck         *self,
                                                                 PursuitCustomQuestion       *custom);
void                  pursuit_practice_deck_set_memory          (PursuitPracticeDeck         *self,
                                                                 const char                  *question_id,
                                                                 const PursuitMemory         *memory);
void                  pursuit_practice_deck_add_role            (PursuitPracticeDeck         *self,
                                                                 const char                  *role);
void                  pursuit_practice_deck_add_job             (PursuitPracticeDeck         *self,
                                                                 gint64                       job_id,
                                                                 const char                  *title,
                                                                 gint64                       interview_at);
void                  pursuit_practice_deck_insert_job          (PursuitPracticeDeck         *self,
                                                                 int                          position,
                                                                 gint64                       job_id,
                                                                 const char                  *title,
                                                                 gint64                       interview_at,
                                                                 gboolean                     archived);
void                  pursuit_practice_deck_splice_jobs         (PursuitPracticeDeck         *self,
                                                                 guint                        position,
                                                                 guint                        n_removed,
                                                                 const PursuitPracticeDeckJob *added,
                                                                 guint                        n_added);
void                  pursuit_practice_deck_remove_jobs         (PursuitPracticeDeck         *self,
                                                                 guint                        position,
                                                                 guint                        n_jobs);
guint                 pursuit_practice_deck_get_n_jobs          (PursuitPracticeDeck         *self);
gint64                pursuit_practice_deck_get_job_id          (PursuitPracticeDeck         *self,
                                                                 guint                        position);
void                  pursuit_practice_deck_copy_jobs           (PursuitPracticeDeck         *self,
                                                                 PursuitPracticeDeck         *source);
void                  pursuit_practice_deck_pin                 (PursuitPracticeDeck         *self,
                                                                 gint64                       job_id,
                                                                 const char                  *question_id);

GListModel           *pursuit_practice_deck_get_questions       (PursuitPracticeDeck         *self);
PursuitQuestion      *pursuit_practice_deck_find_question       (PursuitPracticeDeck         *self,
                                                                 const char                  *question_id);
const char           *pursuit_practice_deck_get_job_role        (PursuitPracticeDeck         *self,
                                                                 gint64                       job_id);
gboolean              pursuit_practice_deck_has_job_role        (PursuitPracticeDeck         *self,
                                                                 const char                  *role);
gboolean              pursuit_practice_deck_is_pinned           (PursuitPracticeDeck         *self,
                                                                 gint64                       job_id,
                                                                 const char                  *question_id);
PursuitCard          *pursuit_practice_deck_dup_card            (PursuitPracticeDeck         *self,
                                                                 const char                  *question_id);
GPtrArray            *pursuit_practice_deck_dup_job_set         (PursuitPracticeDeck         *self,
                                                                 gint64                       job_id);
GPtrArray            *pursuit_practice_deck_dup_cards           (PursuitPracticeDeck         *self);
GPtrArray            *pursuit_practice_deck_dup_matching        (PursuitPracticeDeck         *self,
                                                                 const char                  *role,
                                                                 const char                  *category);
PursuitInterviewPlan *pursuit_practice_deck_make_job_plan       (PursuitPracticeDeck         *self,
                                                                 gint64                       job_id,
                                                                 const PursuitPracticeLimits *limits,
                                                                 gint64                       now,
                                                                 GTimeZone                   *zone);
GPtrArray            *pursuit_practice_deck_make_plans          (PursuitPracticeDeck         *self,
                                                                 const PursuitPracticeLimits *limits,
                                                                 gint64                       now,
                                                                 GTimeZone                   *zone);
PursuitPracticeQueue *pursuit_practice_deck_make_queue          (PursuitPracticeDeck         *self,
                                                                 gint64                       job_id,
                                                                 const PursuitPracticeLimits *limits,
                                                                 gint64                       now,
                                                                 GTimeZone                   *zone);

G_END_DECLS
