/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-scheduler.h"

G_BEGIN_DECLS

#define PURSUIT_PRACTICE_DEFAULT_NEW_PER_DAY 10
#define PURSUIT_PRACTICE_DEFAULT_REVIEWS_PER_DAY 100

/**
 * PursuitPracticeLimits:
 * @new_per_day: how many questions never seen to start a day
 * @reviews_per_day: the most questions already seen to practise a day
 * @new_done_today: new questions already answered today
 * @reviews_done_today: questions already seen that were answered today
 *
 * The user's daily limits and what today has used of them (see
 * pursuit_practice_limits_count_done()).
 */
typedef struct
{
  int new_per_day;
  int reviews_per_day;
  int new_done_today;
  int reviews_done_today;
} PursuitPracticeLimits;

void pursuit_practice_limits_init (PursuitPracticeLimits *limits);

/**
 * PursuitPlanEntry:
 * @card: (not nullable): the question and its schedule
 * @planned_day: the day to practise it before the interview, or
 *   #PURSUIT_PRACTICE_NO_DAY when nothing more is planned before it
 */
typedef struct
{
  PursuitCard *card;
  int planned_day;
} PursuitPlanEntry;

/**
 * PursuitInterviewPlan:
 * @job_id: the job the interview is for
 * @starts_at: when the interview starts (Unix time, seconds)
 * @interview_day: the user's calendar day of @starts_at
 * @today: the day the plan was made on
 * @active: %TRUE while the interview is ahead; once it has started nothing
 *   is planned and the questions follow their own schedule again
 * @entries: (element-type PursuitPlanEntry): one per question of the set, in
 *   the set's order
 * @n_questions: how many questions the set has
 * @n_reviewed: how many of them were answered at least once
 * @n_due_before: how many answered ones are planned again before the interview
 * @n_new_planned: how many never answered are planned before the interview
 *
 * When to practise a job's questions so that each is seen before the
 * interview (the rule is in src/practice/README.md), and how ready the user
 * is ("31 of 40 questions reviewed, 6 due before Thursday").
 */
typedef struct
{
  gint64 job_id;
  gint64 starts_at;
  int interview_day;
  int today;
  gboolean active;
  GPtrArray *entries;
  guint n_questions;
  guint n_reviewed;
  guint n_due_before;
  guint n_new_planned;
} PursuitInterviewPlan;

PursuitInterviewPlan   *pursuit_interview_plan_new              (gint64                       job_id,
                                                                 gint64                       starts_at,
                                                                 GPtrArray                   *set,
                                                                 const PursuitPracticeLimits *limits,
                                                                 gint64                       now,
                                                                 GTimeZone                   *zone);
void                    pursuit_interview_plan_free             (PursuitInterviewPlan        *plan);
const PursuitPlanEntry *pursuit_interview_plan_find             (const PursuitInterviewPlan  *plan,
                                                                 const char                  *question_id);
guint                   pursuit_interview_plan_count_on_day     (const PursuitInterviewPlan  *plan,
                                                                 int                          day,
                                                                 gboolean                     new_questions);
char                   *pursuit_interview_plan_format_readiness (const PursuitInterviewPlan  *plan,
                                                                 GTimeZone                   *zone);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitInterviewPlan, pursuit_interview_plan_free)

G_END_DECLS
