/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-content.h"
#include "pursuit-practice-stats.h"

/* Statistics read from the review log and the cards. The definitions, also
 * in src/practice/README.md:
 *
 * - Reviews per day: answers whose time falls on each of the last 7 × N
 *   local days, today last.
 * - Streak: consecutive days with at least one answer, ending today when
 *   today has one, else ending yesterday (today may still come); 0 when
 *   neither has one.
 * - Mastery: per category, the share of its questions whose stability is
 *   above the threshold (21 days by default); questions never answered count
 *   and are not mastered.
 * - Next due: the earliest day a question already seen falls due (interview
 *   plans bring days forward), and how many fall due then; anything overdue
 *   counts as due today. */

void
pursuit_category_mastery_free (PursuitCategoryMastery *mastery)
{
  if (mastery == NULL)
    return;
  g_free (mastery->category);
  g_free (mastery);
}

void
pursuit_missed_point_free (PursuitMissedPoint *point)
{
  if (point == NULL)
    return;
  g_free (point->question_id);
  g_free (point->text);
  g_free (point);
}

static int
review_day (const PursuitReview *review,
            GTimeZone           *zone)
{
  return pursuit_practice_day_from_unix (review->reviewed_at, zone);
}

/**
 * pursuit_practice_reviews_per_day:
 * @reviews: (element-type PursuitReview): the review log, in any order
 * @zone: the user's time zone
 * @today: the last day to count
 * @n_weeks: how many weeks back to count
 *
 * Returns: (transfer full) (element-type guint): 7 × @n_weeks counts of
 *   answers, one per day, the oldest first and @today last
 */
GArray *
pursuit_practice_reviews_per_day (GPtrArray *reviews,
                                  GTimeZone *zone,
                                  int        today,
                                  guint      n_weeks)
{
  guint n_days = 7 * n_weeks;
  int first_day = today - (int) n_days + 1;
  GArray *counts;

  g_return_val_if_fail (reviews != NULL, NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  counts = g_array_sized_new (FALSE, TRUE, sizeof (guint), n_days);
  g_array_set_size (counts, n_days);
  for (guint i = 0; i < reviews->len; i++)
    {
      int day = review_day (g_ptr_array_index (reviews, i), zone);

      if (day >= first_day && day <= today)
        g_array_index (counts, guint, day - first_day)++;
    }
  return counts;
}

/**
 * pursuit_practice_streak:
 * @reviews: (element-type PursuitReview): the review log, in any order
 *
 * Returns: how many days in a row the user practised, up to @today; a day
 *   without practice yesterday or today ends it
 */
guint
pursuit_practice_streak (GPtrArray *reviews,
                         GTimeZone *zone,
                         int        today)
{
  g_autoptr(GHashTable) days = g_hash_table_new (g_direct_hash, g_direct_equal);
  int day = today;
  guint streak = 0;

  g_return_val_if_fail (reviews != NULL, 0);
  g_return_val_if_fail (zone != NULL, 0);

  for (guint i = 0; i < reviews->len; i++)
    g_hash_table_add (days, GINT_TO_POINTER (review_day (g_ptr_array_index (reviews, i), zone)));

  if (!g_hash_table_contains (days, GINT_TO_POINTER (day)))
    day--;
  while (g_hash_table_contains (days, GINT_TO_POINTER (day)))
    {
      streak++;
      day--;
    }
  return streak;
}

/**
 * pursuit_practice_mastery:
 * @cards: (element-type PursuitCard): the questions to weigh
 * @stability_threshold: the stability, in days, above which a question is
 *   mastered; #PURSUIT_PRACTICE_MASTERY_STABILITY unless the caller chose
 *
 * Returns: (transfer full) (element-type PursuitCategoryMastery): one entry
 *   per category, in the order the categories first appear in @cards
 */
GPtrArray *
pursuit_practice_mastery (GPtrArray *cards,
                          double     stability_threshold)
{
  g_autoptr(GHashTable) by_category = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *result;

  g_return_val_if_fail (cards != NULL, NULL);

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_category_mastery_free);
  for (guint i = 0; i < cards->len; i++)
    {
      const PursuitCard *card = g_ptr_array_index (cards, i);
      const char *category = card->category != NULL ? card->category : "";
      PursuitCategoryMastery *mastery = g_hash_table_lookup (by_category, category);

      if (mastery == NULL)
        {
          mastery = g_new0 (PursuitCategoryMastery, 1);
          mastery->category = g_strdup (category);
          g_hash_table_insert (by_category, mastery->category, mastery);
          g_ptr_array_add (result, mastery);
        }
      mastery->n_questions++;
      if (card->memory.state != PURSUIT_CARD_STATE_NEW &&
          card->memory.stability > stability_threshold)
        mastery->n_mastered++;
    }

  for (guint i = 0; i < result->len; i++)
    {
      PursuitCategoryMastery *mastery = g_ptr_array_index (result, i);

      mastery->share = (double) mastery->n_mastered / mastery->n_questions;
    }
  return result;
}

/**
 * pursuit_practice_totals:
 * @reviews: (element-type PursuitReview): the answers to add up, such as a
 *   session's
 * @totals: (out caller-allocates): answers, questions, time and ratings
 */
void
pursuit_practice_totals (GPtrArray             *reviews,
                         PursuitPracticeTotals *totals)
{
  g_autoptr(GHashTable) questions = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_if_fail (reviews != NULL);
  g_return_if_fail (totals != NULL);

  *totals = (PursuitPracticeTotals) { 0 };
  for (guint i = 0; i < reviews->len; i++)
    {
      const PursuitReview *review = g_ptr_array_index (reviews, i);

      totals->n_answers++;
      totals->seconds += review->seconds_taken;
      if (pursuit_rating_is_valid (review->rating))
        totals->ratings[review->rating - 1]++;
      g_hash_table_add (questions, review->question_id);
    }
  totals->n_questions = g_hash_table_size (questions);
}

static char *
point_text (GHashTable *questions,
            const char *question_id,
            guint       index)
{
  PursuitQuestion *question = questions != NULL ? g_hash_table_lookup (questions, question_id) : NULL;
  g_autoptr(GPtrArray) covers = NULL;

  if (question == NULL)
    return NULL;
  covers = pursuit_question_get_covers (question);
  if (index >= covers->len)
    return NULL;
  return g_strdup (pursuit_content_node_get_text (g_ptr_array_index (covers, index)));
}

static int
compare_missed (gconstpointer a,
                gconstpointer b)
{
  const PursuitMissedPoint *point_a = *(PursuitMissedPoint * const *) a;
  const PursuitMissedPoint *point_b = *(PursuitMissedPoint * const *) b;

  return (point_a->n_missed < point_b->n_missed) - (point_a->n_missed > point_b->n_missed);
}

/**
 * pursuit_practice_missed_points:
 * @reviews: (element-type PursuitReview): the answers to look at
 * @questions: (element-type PursuitQuestion) (nullable): the known questions,
 *   for the points' text
 *
 * The checklist points left unticked, the most often missed first, then in
 * the order they were first missed.
 *
 * Returns: (transfer full) (element-type PursuitMissedPoint): the points
 */
GPtrArray *
pursuit_practice_missed_points (GPtrArray  *reviews,
                                GListModel *questions)
{
  g_autoptr(GHashTable) known = NULL;
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *points;

  g_return_val_if_fail (reviews != NULL, NULL);
  g_return_val_if_fail (questions == NULL || G_IS_LIST_MODEL (questions), NULL);

  if (questions != NULL)
    {
      known = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
        {
          PursuitQuestion *question = g_list_model_get_item (questions, i);

          g_hash_table_insert (known, (gpointer) pursuit_question_get_id (question), question);
        }
    }

  points = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_missed_point_free);
  for (guint i = 0; i < reviews->len; i++)
    {
      const PursuitReview *review = g_ptr_array_index (reviews, i);

      for (guint index = 0; index < MIN (review->n_points, PURSUIT_PRACTICE_MAX_POINTS); index++)
        {
          g_autofree char *key = NULL;
          PursuitMissedPoint *point;

          if (pursuit_review_is_point_ticked (review, index))
            continue;

          key = g_strdup_printf ("%u:%s", index, review->question_id);
          point = g_hash_table_lookup (by_key, key);
          if (point == NULL)
            {
              point = g_new0 (PursuitMissedPoint, 1);
              point->question_id = g_strdup (review->question_id);
              point->index = index;
              point->text = point_text (known, review->question_id, index);
              g_hash_table_insert (by_key, g_steal_pointer (&key), point);
              g_ptr_array_add (points, point);
            }
          point->n_missed++;
        }
    }

  g_ptr_array_sort (points, compare_missed);
  return points;
}

/**
 * pursuit_practice_next_due:
 * @cards: (element-type PursuitCard): every question the user practises
 * @plans: (element-type PursuitInterviewPlan) (nullable): the interview plans
 * @day: (out) (optional): the next day something is due; @today when
 *   something is due or overdue now
 * @count: (out) (optional): how many questions are due on @day
 *
 * What is due next, for "Next: 4 questions on Friday".
 *
 * Returns: %FALSE when no question was ever answered, so nothing is due
 */
gboolean
pursuit_practice_next_due (GPtrArray *cards,
                           GPtrArray *plans,
                           int        today,
                           int       *day,
                           guint     *count)
{
  g_autoptr(GHashTable) planned = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) counted = g_hash_table_new (g_str_hash, g_str_equal);
  int next = PURSUIT_PRACTICE_NO_DAY;
  guint n_next = 0;

  g_return_val_if_fail (cards != NULL, FALSE);

  for (guint i = 0; plans != NULL && i < plans->len; i++)
    {
      const PursuitInterviewPlan *plan = g_ptr_array_index (plans, i);

      for (guint j = 0; plan->active && j < plan->entries->len; j++)
        {
          const PursuitPlanEntry *entry = g_ptr_array_index (plan->entries, j);
          gpointer earlier = NULL;

          if (entry->planned_day == PURSUIT_PRACTICE_NO_DAY)
            continue;
          if (!g_hash_table_lookup_extended (planned, entry->card->question_id, NULL, &earlier) ||
              entry->planned_day < GPOINTER_TO_INT (earlier))
            g_hash_table_insert (planned, entry->card->question_id,
                                 GINT_TO_POINTER (entry->planned_day));
        }
    }

  for (guint i = 0; i < cards->len; i++)
    {
      const PursuitCard *card = g_ptr_array_index (cards, i);
      gpointer planned_day = NULL;
      int due;

      if (card->memory.state == PURSUIT_CARD_STATE_NEW ||
          !g_hash_table_add (counted, card->question_id))
        continue;

      due = card->memory.due_day;
      if (g_hash_table_lookup_extended (planned, card->question_id, NULL, &planned_day))
        due = MIN (due, GPOINTER_TO_INT (planned_day));
      due = MAX (due, today);

      if (due < next)
        {
          next = due;
          n_next = 0;
        }
      if (due == next)
        n_next++;
    }

  if (day != NULL)
    *day = next;
  if (count != NULL)
    *count = n_next;
  return n_next > 0;
}

/**
 * pursuit_practice_limits_count_done:
 * @limits: the limits whose @new_done_today and @reviews_done_today to set
 * @reviews: (element-type PursuitReview): the review log
 *
 * Counts what today already used of the daily limits: answers of questions
 * that were new at the time, and answers of the others.
 */
void
pursuit_practice_limits_count_done (PursuitPracticeLimits *limits,
                                    GPtrArray             *reviews,
                                    GTimeZone             *zone,
                                    int                    today)
{
  g_return_if_fail (limits != NULL);
  g_return_if_fail (reviews != NULL);
  g_return_if_fail (zone != NULL);

  limits->new_done_today = 0;
  limits->reviews_done_today = 0;
  for (guint i = 0; i < reviews->len; i++)
    {
      const PursuitReview *review = g_ptr_array_index (reviews, i);

      if (review_day (review, zone) != today)
        continue;
      if (review->before.state == PURSUIT_CARD_STATE_NEW)
        limits->new_done_today++;
      else
        limits->reviews_done_today++;
    }
}
