/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-interview-plan.h"

G_BEGIN_DECLS

/**
 * PursuitQueueReason:
 * @PURSUIT_QUEUE_REASON_INTERVIEW: an interview's plan puts it on today
 * @PURSUIT_QUEUE_REASON_DUE: its schedule makes it due today or earlier
 * @PURSUIT_QUEUE_REASON_NEW: never answered, within today's new limit
 */
typedef enum
{
  PURSUIT_QUEUE_REASON_INTERVIEW,
  PURSUIT_QUEUE_REASON_DUE,
  PURSUIT_QUEUE_REASON_NEW,
} PursuitQueueReason;

/**
 * PursuitQueueItem:
 * @card: (not nullable): the question and its schedule
 * @reason: why it is in today's queue
 * @days_overdue: how many days ago it fell due; 0 when due today, brought
 *   forward for an interview, or new
 * @job_id: for @PURSUIT_QUEUE_REASON_INTERVIEW, the interview's job; else 0
 */
typedef struct
{
  PursuitCard *card;
  PursuitQueueReason reason;
  int days_overdue;
  gint64 job_id;
} PursuitQueueItem;

/**
 * PursuitPracticeQueue:
 * @today: the day the queue is for
 * @items: (element-type PursuitQueueItem): what to practise, in order
 * @n_due: questions already seen that are due today or earlier (interview
 *   plans included), before the daily cap
 * @n_new_available: questions never answered
 * @n_interview: items of @items there for an interview
 *
 * Today's practice: interview-bound questions first, then those due by how
 * long they have been due, then new ones (the rule is in
 * src/practice/README.md).
 */
typedef struct
{
  int today;
  GPtrArray *items;
  guint n_due;
  guint n_new_available;
  guint n_interview;
} PursuitPracticeQueue;

PursuitPracticeQueue *pursuit_practice_queue_new       (GPtrArray                   *cards,
                                                        GPtrArray                   *plans,
                                                        const PursuitPracticeLimits *limits,
                                                        int                          today);
void                  pursuit_practice_queue_free      (PursuitPracticeQueue        *queue);
GPtrArray            *pursuit_practice_queue_dup_cards (const PursuitPracticeQueue  *queue);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitPracticeQueue, pursuit_practice_queue_free)

G_END_DECLS
