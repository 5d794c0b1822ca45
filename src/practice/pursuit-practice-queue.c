/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-practice-queue.h"

/* Today's queue, in this order (src/practice/README.md says the same):
 *
 * 1. Interview-bound: what the active interview plans put on today or
 *    earlier, the soonest interview first; within one, by planned day, the
 *    questions already seen before the new ones, then in the set's order.
 * 2. Due: questions already seen whose own schedule makes them due today or
 *    earlier, the longest overdue first, then in the order given.
 * 3. New: questions never answered, in the order given.
 *
 * Limits: questions already seen (of 1 and 2) stop at the review cap, less
 * what today already used of it. New questions of 3 fill what is left of the
 * new limit after today's answers and the interview-bound new ones; those
 * interview-bound new ones are always in, as their plan already kept to the
 * limit unless the interview left too few days (see the plan's rule). A
 * question appears once, for its first reason. */

static void
queue_item_free (PursuitQueueItem *item)
{
  pursuit_card_free (item->card);
  g_free (item);
}

static gboolean
is_new (const PursuitCard *card)
{
  return card->memory.state == PURSUIT_CARD_STATE_NEW;
}

static void
add_item (PursuitPracticeQueue *queue,
          const PursuitCard    *card,
          PursuitQueueReason    reason,
          gint64                job_id)
{
  PursuitQueueItem *item = g_new0 (PursuitQueueItem, 1);

  item->card = pursuit_card_copy (card);
  item->reason = reason;
  item->job_id = job_id;
  if (!is_new (card))
    item->days_overdue = MAX (0, queue->today - card->memory.due_day);
  g_ptr_array_add (queue->items, item);
}

static int
compare_plans_by_start (gconstpointer a,
                        gconstpointer b)
{
  const PursuitInterviewPlan *plan_a = *(PursuitInterviewPlan * const *) a;
  const PursuitInterviewPlan *plan_b = *(PursuitInterviewPlan * const *) b;

  return (plan_a->starts_at > plan_b->starts_at) - (plan_a->starts_at < plan_b->starts_at);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const PursuitPlanEntry *entry_a = *(PursuitPlanEntry * const *) a;
  const PursuitPlanEntry *entry_b = *(PursuitPlanEntry * const *) b;

  if (entry_a->planned_day != entry_b->planned_day)
    return entry_a->planned_day < entry_b->planned_day ? -1 : 1;
  return is_new (entry_a->card) - is_new (entry_b->card);
}

static int
compare_by_due_day (gconstpointer a,
                    gconstpointer b)
{
  const PursuitCard *card_a = *(PursuitCard * const *) a;
  const PursuitCard *card_b = *(PursuitCard * const *) b;

  return (card_a->memory.due_day > card_b->memory.due_day) -
         (card_a->memory.due_day < card_b->memory.due_day);
}

/**
 * pursuit_practice_queue_new:
 * @cards: (element-type PursuitCard): every question the user practises
 *   (those of the chosen roles and their own), new ones in the order to start
 *   them
 * @plans: (element-type PursuitInterviewPlan) (nullable): the interview plans,
 *   made today; inactive ones are skipped
 * @limits: the daily limits and what today used of them
 * @today: the day to build the queue for
 *
 * Returns: (transfer full): today's queue, which holds copies of the cards
 */
PursuitPracticeQueue *
pursuit_practice_queue_new (GPtrArray                   *cards,
                            GPtrArray                   *plans,
                            const PursuitPracticeLimits *limits,
                            int                          today)
{
  g_autoptr(PursuitPracticeQueue) queue = NULL;
  g_autoptr(GHashTable) handled = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) due_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) new_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) sorted_plans = g_ptr_array_new ();
  g_autoptr(GPtrArray) due = g_ptr_array_new ();
  int reviews_left;
  int new_left;

  g_return_val_if_fail (cards != NULL, NULL);
  g_return_val_if_fail (limits != NULL, NULL);

  queue = g_new0 (PursuitPracticeQueue, 1);
  queue->today = today;
  queue->items = g_ptr_array_new_with_free_func ((GDestroyNotify) queue_item_free);
  reviews_left = MAX (0, limits->reviews_per_day - limits->reviews_done_today);
  new_left = MAX (0, limits->new_per_day - limits->new_done_today);

  for (guint i = 0; plans != NULL && i < plans->len; i++)
    {
      PursuitInterviewPlan *plan = g_ptr_array_index (plans, i);

      if (plan->active)
        g_ptr_array_add (sorted_plans, plan);
    }
  g_ptr_array_sort (sorted_plans, compare_plans_by_start);

  for (guint i = 0; i < sorted_plans->len; i++)
    {
      const PursuitInterviewPlan *plan = g_ptr_array_index (sorted_plans, i);
      g_autoptr(GPtrArray) today_entries = g_ptr_array_new ();

      for (guint j = 0; j < plan->entries->len; j++)
        {
          PursuitPlanEntry *entry = g_ptr_array_index (plan->entries, j);

          if (is_new (entry->card))
            g_hash_table_add (new_ids, entry->card->question_id);
          if (entry->planned_day <= today)
            g_ptr_array_add (today_entries, entry);
        }
      g_ptr_array_sort (today_entries, compare_entries);

      for (guint j = 0; j < today_entries->len; j++)
        {
          const PursuitPlanEntry *entry = g_ptr_array_index (today_entries, j);

          if (!g_hash_table_add (handled, entry->card->question_id))
            continue;
          if (is_new (entry->card))
            {
              add_item (queue, entry->card, PURSUIT_QUEUE_REASON_INTERVIEW, plan->job_id);
              queue->n_interview++;
              new_left = MAX (0, new_left - 1);
              continue;
            }
          g_hash_table_add (due_ids, entry->card->question_id);
          if (reviews_left > 0)
            {
              add_item (queue, entry->card, PURSUIT_QUEUE_REASON_INTERVIEW, plan->job_id);
              queue->n_interview++;
              reviews_left--;
            }
        }
    }

  for (guint i = 0; i < cards->len; i++)
    {
      PursuitCard *card = g_ptr_array_index (cards, i);

      if (is_new (card))
        g_hash_table_add (new_ids, card->question_id);
      else if (card->memory.due_day <= today && !g_hash_table_contains (handled, card->question_id))
        g_ptr_array_add (due, card);
    }
  g_ptr_array_sort (due, compare_by_due_day);

  for (guint i = 0; i < due->len; i++)
    {
      const PursuitCard *card = g_ptr_array_index (due, i);

      if (!g_hash_table_add (handled, card->question_id))
        continue;
      g_hash_table_add (due_ids, card->question_id);
      if (reviews_left > 0)
        {
          add_item (queue, card, PURSUIT_QUEUE_REASON_DUE, 0);
          reviews_left--;
        }
    }

  for (guint i = 0; i < cards->len && new_left > 0; i++)
    {
      const PursuitCard *card = g_ptr_array_index (cards, i);

      if (!is_new (card) || !g_hash_table_add (handled, card->question_id))
        continue;
      add_item (queue, card, PURSUIT_QUEUE_REASON_NEW, 0);
      new_left--;
    }

  queue->n_due = g_hash_table_size (due_ids);
  queue->n_new_available = g_hash_table_size (new_ids);
  return g_steal_pointer (&queue);
}

void
pursuit_practice_queue_free (PursuitPracticeQueue *queue)
{
  if (queue == NULL)
    return;
  g_clear_pointer (&queue->items, g_ptr_array_unref);
  g_free (queue);
}

/**
 * pursuit_practice_queue_dup_cards:
 *
 * Returns: (transfer full) (element-type PursuitCard): copies of the queue's
 *   cards in order, to start a session with
 */
GPtrArray *
pursuit_practice_queue_dup_cards (const PursuitPracticeQueue *queue)
{
  GPtrArray *cards;

  g_return_val_if_fail (queue != NULL, NULL);

  cards = g_ptr_array_new_full (queue->items->len, (GDestroyNotify) pursuit_card_free);
  for (guint i = 0; i < queue->items->len; i++)
    {
      const PursuitQueueItem *item = g_ptr_array_index (queue->items, i);

      g_ptr_array_add (cards, pursuit_card_copy (item->card));
    }
  return cards;
}
