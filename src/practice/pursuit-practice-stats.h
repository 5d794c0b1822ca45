/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-interview-plan.h"

G_BEGIN_DECLS

/* A question counts as mastered when its stability is above this many days:
 * three weeks without practice still leave a 90 % chance of recall. */
#define PURSUIT_PRACTICE_MASTERY_STABILITY 21.0

/**
 * PursuitCategoryMastery:
 * @category: the category; "" for questions without one
 * @n_questions: questions of the category, answered or not
 * @n_mastered: those whose stability is above the threshold
 * @share: @n_mastered / @n_questions
 */
typedef struct
{
  char *category;
  guint n_questions;
  guint n_mastered;
  double share;
} PursuitCategoryMastery;

/**
 * PursuitPracticeTotals:
 * @n_answers: answers given
 * @n_questions: different questions answered
 * @seconds: time taken, summed
 * @ratings: answers per rating, Again first (index rating - 1)
 */
typedef struct
{
  guint n_answers;
  guint n_questions;
  gint64 seconds;
  guint ratings[PURSUIT_RATING_COUNT];
} PursuitPracticeTotals;

/**
 * PursuitMissedPoint:
 * @question_id: the question
 * @index: the point's index in the question's checklist ("covers")
 * @text: (nullable): the point, when the question is known
 * @n_missed: how many answers left it unticked
 */
typedef struct
{
  char *question_id;
  guint index;
  char *text;
  guint n_missed;
} PursuitMissedPoint;

GArray    *pursuit_practice_reviews_per_day   (GPtrArray             *reviews,
                                               GTimeZone             *zone,
                                               int                    today,
                                               guint                  n_weeks);
guint      pursuit_practice_streak            (GPtrArray             *reviews,
                                               GTimeZone             *zone,
                                               int                    today);
GPtrArray *pursuit_practice_mastery           (GPtrArray             *cards,
                                               double                 stability_threshold);
void       pursuit_practice_totals            (GPtrArray             *reviews,
                                               PursuitPracticeTotals *totals);
GPtrArray *pursuit_practice_missed_points     (GPtrArray             *reviews,
                                               GListModel            *questions);
gboolean   pursuit_practice_next_due          (GPtrArray             *cards,
                                               GPtrArray             *plans,
                                               int                    today,
                                               int                   *day,
                                               guint                 *count);
void       pursuit_practice_limits_count_done (PursuitPracticeLimits *limits,
                                               GPtrArray             *reviews,
                                               GTimeZone             *zone,
                                               int                    today);

void       pursuit_category_mastery_free      (PursuitCategoryMastery *mastery);
void       pursuit_missed_point_free          (PursuitMissedPoint     *point);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitCategoryMastery, pursuit_category_mastery_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitMissedPoint, pursuit_missed_point_free)

G_END_DECLS
