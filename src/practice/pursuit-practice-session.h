/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-content.h"
#include "pursuit-practice-stats.h"

G_BEGIN_DECLS

/**
 * PursuitSessionSummary:
 * @totals: answers, questions, time taken and ratings
 * @n_skipped: questions passed over without an answer
 * @n_left: questions not reached, when the session ended early
 * @missed_points: (element-type PursuitMissedPoint): the checklist points left
 *   unticked, the most often missed first
 * @next_due_day: the next day something is due (today when something still
 *   is), or #PURSUIT_PRACTICE_NO_DAY
 * @n_next_due: how many questions are due on @next_due_day
 *
 * What a session did, for its closing page.
 */
typedef struct
{
  PursuitPracticeTotals totals;
  guint n_skipped;
  guint n_left;
  GPtrArray *missed_points;
  int next_due_day;
  guint n_next_due;
} PursuitSessionSummary;

void pursuit_session_summary_free (PursuitSessionSummary *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitSessionSummary, pursuit_session_summary_free)

#define PURSUIT_TYPE_PRACTICE_SESSION (pursuit_practice_session_get_type ())

G_DECLARE_FINAL_TYPE (PursuitPracticeSession, pursuit_practice_session, PURSUIT, PRACTICE_SESSION, GObject)

PursuitPracticeSession *pursuit_practice_session_new                  (const PursuitScheduler  *scheduler,
                                                                       GPtrArray               *cards,
                                                                       GListModel              *questions,
                                                                       GTimeZone               *zone);
guint                   pursuit_practice_session_get_n_cards          (PursuitPracticeSession  *self);
guint                   pursuit_practice_session_get_position         (PursuitPracticeSession  *self);
gboolean                pursuit_practice_session_get_finished         (PursuitPracticeSession  *self);
const PursuitCard      *pursuit_practice_session_get_current          (PursuitPracticeSession  *self);
PursuitQuestion        *pursuit_practice_session_get_current_question (PursuitPracticeSession  *self);
guint                   pursuit_practice_session_get_current_n_points (PursuitPracticeSession  *self);
const PursuitReview    *pursuit_practice_session_answer               (PursuitPracticeSession  *self,
                                                                       PursuitRating            rating,
                                                                       gint64                   answered_at,
                                                                       int                      seconds_taken,
                                                                       const char              *notes,
                                                                       const guint             *ticked,
                                                                       guint                    n_ticked);
void                    pursuit_practice_session_skip                 (PursuitPracticeSession  *self);
void                    pursuit_practice_session_end                  (PursuitPracticeSession  *self);
GPtrArray              *pursuit_practice_session_get_reviews          (PursuitPracticeSession  *self);
GPtrArray              *pursuit_practice_session_get_cards            (PursuitPracticeSession  *self);
PursuitSessionSummary  *pursuit_practice_session_summarize            (PursuitPracticeSession  *self,
                                                                       GPtrArray               *all_cards,
                                                                       GPtrArray               *plans,
                                                                       gint64                   now);

G_END_DECLS
