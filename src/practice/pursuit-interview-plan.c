/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-interview-plan.h"

/* The days before an interview, planned so that every question of the job's
 * set is seen before it and the last look falls on the day before at the
 * latest. The rule, in src/practice/README.md too:
 *
 * - The plan covers today up to the day before the interview (the eve).
 * - A question already answered is planned on its due day, brought forward
 *   to the eve when it would fall due later, and on today when it is
 *   overdue. One answered on the eve is done for this interview.
 * - Questions never answered are started as early as the daily limit for
 *   new questions allows, so each gets a second look on the eve; with the
 *   limit it may spill onto the eve itself. When even that leaves some
 *   unseen, the limit gives way: they are shared out evenly over the days
 *   left, the earlier days taking one more when they do not divide.
 * - Nothing is planned on the interview day or after it, and once the
 *   interview has started the plan is inactive: its questions follow their
 *   own FSRS schedule again. */

void
pursuit_practice_limits_init (PursuitPracticeLimits *limits)
{
  g_return_if_fail (limits != NULL);

  *limits = (PursuitPracticeLimits) {
    .new_per_day = PURSUIT_PRACTICE_DEFAULT_NEW_PER_DAY,
    .reviews_per_day = PURSUIT_PRACTICE_DEFAULT_REVIEWS_PER_DAY,
  };
}

static void
plan_entry_free (PursuitPlanEntry *entry)
{
  pursuit_card_free (entry->card);
  g_free (entry);
}

static gboolean
is_new (const PursuitCard *card)
{
  return card->memory.state == PURSUIT_CARD_STATE_NEW;
}

/* Starts the unseen questions of @unseen between @first_day and @last_day. */
static void
plan_unseen (GPtrArray                   *unseen,
             const PursuitPracticeLimits *limits,
             int                          first_day,
             int                          last_day)
{
  guint n_days = (guint) (last_day - first_day + 1);
  guint per_day = (guint) MAX (0, limits->new_per_day);
  guint room_today = (guint) MAX (0, limits->new_per_day - limits->new_done_today);
  guint capacity = room_today + (n_days - 1) * per_day;

  if (unseen->len <= capacity)
    {
      int day = first_day;
      guint room = room_today;

      for (guint i = 0; i < unseen->len; i++)
        {
          PursuitPlanEntry *entry = g_ptr_array_index (unseen, i);

          while (room == 0)
            {
              day++;
              room = per_day;
            }
          entry->planned_day = day;
          room--;
        }
      return;
    }

  for (guint i = 0, day = 0; day < n_days; day++)
    {
      guint share = unseen->len / n_days + (day < unseen->len % n_days ? 1 : 0);

      for (guint taken = 0; taken < share; taken++, i++)
        {
          PursuitPlanEntry *entry = g_ptr_array_index (unseen, i);

          entry->planned_day = first_day + (int) day;
        }
    }
}

/**
 * pursuit_interview_plan_new:
 * @job_id: the job the interview is for
 * @starts_at: when the interview starts (Unix time, seconds)
 * @set: (element-type PursuitCard): the job's practice set; a question listed
 *   twice counts once
 * @limits: the daily limits; the plan reads @new_per_day and @new_done_today
 * @now: the current time (Unix time, seconds)
 * @zone: the user's time zone, which decides the days
 *
 * Returns: (transfer full): the plan, which holds copies of the cards
 */
PursuitInterviewPlan *
pursuit_interview_plan_new (gint64                       job_id,
                            gint64                       starts_at,
                            GPtrArray                   *set,
                            const PursuitPracticeLimits *limits,
                            gint64                       now,
                            GTimeZone                   *zone)
{
  g_autoptr(PursuitInterviewPlan) plan = NULL;
  g_autoptr(GHashTable) seen_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) unseen = g_ptr_array_new ();
  int eve;
  gboolean days_left;

  g_return_val_if_fail (set != NULL, NULL);
  g_return_val_if_fail (limits != NULL, NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  plan = g_new0 (PursuitInterviewPlan, 1);
  plan->job_id = job_id;
  plan->starts_at = starts_at;
  plan->interview_day = pursuit_practice_day_from_unix (starts_at, zone);
  plan->today = pursuit_practice_day_from_unix (now, zone);
  plan->active = now < starts_at;
  plan->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) plan_entry_free);

  eve = plan->interview_day - 1;
  days_left = plan->active && eve >= plan->today;

  for (guint i = 0; i < set->len; i++)
    {
      const PursuitCard *card = g_ptr_array_index (set, i);
      PursuitPlanEntry *entry;

      if (!g_hash_table_add (seen_ids, card->question_id))
        continue;

      entry = g_new0 (PursuitPlanEntry, 1);
      entry->card = pursuit_card_copy (card);
      entry->planned_day = PURSUIT_PRACTICE_NO_DAY;
      g_ptr_array_add (plan->entries, entry);

      if (is_new (card))
        {
          if (days_left)
            g_ptr_array_add (unseen, entry);
          continue;
        }

      plan->n_reviewed++;
      if (days_left && card->memory.last_review_day < eve)
        {
          entry->planned_day = MAX (plan->today, MIN (card->memory.due_day, eve));
          plan->n_due_before++;
        }
    }

  plan->n_questions = plan->entries->len;
  if (unseen->len > 0)
    {
      plan_unseen (unseen, limits, plan->today, eve);
      plan->n_new_planned = unseen->len;
    }

  return g_steal_pointer (&plan);
}

void
pursuit_interview_plan_free (PursuitInterviewPlan *plan)
{
  if (plan == NULL)
    return;
  g_clear_pointer (&plan->entries, g_ptr_array_unref);
  g_free (plan);
}

/**
 * pursuit_interview_plan_find:
 *
 * Returns: (nullable) (transfer none): the entry of @question_id, or %NULL
 *   when the set does not hold it
 */
const PursuitPlanEntry *
pursuit_interview_plan_find (const PursuitInterviewPlan *plan,
                             const char                 *question_id)
{
  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  for (guint i = 0; i < plan->entries->len; i++)
    {
      const PursuitPlanEntry *entry = g_ptr_array_index (plan->entries, i);

      if (g_str_equal (entry->card->question_id, question_id))
        return entry;
    }
  return NULL;
}

/**
 * pursuit_interview_plan_count_on_day:
 * @new_questions: %TRUE to count the questions never answered, %FALSE the others
 *
 * Returns: how many questions of either kind the plan puts on @day
 */
guint
pursuit_interview_plan_count_on_day (const PursuitInterviewPlan *plan,
                                     int                         day,
                                     gboolean                    new_questions)
{
  guint count = 0;

  g_return_val_if_fail (plan != NULL, 0);

  for (guint i = 0; i < plan->entries->len; i++)
    {
      const PursuitPlanEntry *entry = g_ptr_array_index (plan->entries, i);

      if (entry->planned_day == day && is_new (entry->card) == !!new_questions)
        count++;
    }
  return count;
}

/**
 * pursuit_interview_plan_format_readiness:
 * @zone: the user's time zone, for the interview's weekday
 *
 * Returns: (transfer full): a translated sentence such as "31 of 40
 *   questions reviewed, 6 due before Thursday"
 */
char *
pursuit_interview_plan_format_readiness (const PursuitInterviewPlan *plan,
                                         GTimeZone                  *zone)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *reviewed = NULL;
  g_autofree char *when = NULL;
  g_autofree char *due = NULL;

  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  reviewed = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u question reviewed",
                                           "%u of %u questions reviewed",
                                           plan->n_questions),
                              plan->n_reviewed, plan->n_questions);
  if (!plan->active)
    return g_steal_pointer (&reviewed);

  if (plan->interview_day <= plan->today)
    due = g_strdup (_("interview today"));
  else
    {
      utc = g_date_time_new_from_unix_utc (plan->starts_at);
      start = utc != NULL ? g_date_time_to_timezone (utc, zone) : NULL;
      if (start == NULL)
        return g_steal_pointer (&reviewed);

      /* A weekday alone is clear within the coming week; beyond it, the date. */
      if (plan->interview_day - plan->today < 7)
        /* TRANSLATORS: the interview's weekday, a g_date_time_format() format
         * xgettext:no-c-format */
        when = g_date_time_format (start, C_("interview weekday", "%A"));
      else
        /* TRANSLATORS: the interview's date ("Thursday 12 March"), a
         * g_date_time_format() format
         * xgettext:no-c-format */
        when = g_date_time_format (start, C_("interview date", "%A %-d %B"));
      if (plan->n_due_before == 0)
        due = g_strdup_printf (_("nothing due before %s"), when);
      else
        due = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u due before %s", "%u due before %s",
                                            plan->n_due_before),
                               plan->n_due_before, when);
    }

  /* TRANSLATORS: joins "31 of 40 questions reviewed" and "6 due before Thursday" */
  return g_strdup_printf (C_("interview readiness", "%s, %s"), reviewed, due);
}
