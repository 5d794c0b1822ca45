/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-practice-session.h"

/* One sitting of practice, without any UI: it hands out the questions in the
 * order given, one at a time, takes each answer (rating, time, notes, the
 * checklist points ticked), reschedules the question and keeps the review
 * record for the caller to save. Ending early keeps what was answered. */

struct _PursuitPracticeSession
{
  GObject parent_instance;

  PursuitScheduler scheduler;
  GTimeZone *zone;
  GPtrArray *cards;          /* PursuitCard, updated as they are answered */
  GListModel *questions;     /* PursuitQuestion, nullable */
  GHashTable *question_ids;  /* id -> PursuitQuestion */
  GPtrArray *reviews;        /* PursuitReview, in order */
  guint position;
  guint n_skipped;
  gboolean finished;
};

G_DEFINE_FINAL_TYPE (PursuitPracticeSession, pursuit_practice_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_FINISHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
pursuit_session_summary_free (PursuitSessionSummary *summary)
{
  if (summary == NULL)
    return;
  g_clear_pointer (&summary->missed_points, g_ptr_array_unref);
  g_free (summary);
}

static void
pursuit_practice_session_finalize (GObject *object)
{
  PursuitPracticeSession *self = PURSUIT_PRACTICE_SESSION (object);

  g_clear_pointer (&self->zone, g_time_zone_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->question_ids, g_hash_table_unref);
  g_clear_object (&self->questions);
  g_clear_pointer (&self->reviews, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_practice_session_parent_class)->finalize (object);
}

static void
pursuit_practice_session_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  PursuitPracticeSession *self = PURSUIT_PRACTICE_SESSION (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_FINISHED:
      g_value_set_boolean (value, self->finished);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_practice_session_class_init (PursuitPracticeSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_practice_session_finalize;
  object_class->get_property = pursuit_practice_session_get_property;

  /**
   * PursuitPracticeSession:position:
   *
   * How many questions were answered or skipped; the index of the current one.
   */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PursuitPracticeSession:finished:
   *
   * Whether every question was dealt with or the session was ended early.
   */
  properties[PROP_FINISHED] =
    g_param_spec_boolean ("finished", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_practice_session_init (PursuitPracticeSession *self)
{
  self->reviews = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_review_free);
  self->question_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
}

/**
 * pursuit_practice_session_new:
 * @scheduler: the scheduler to rate with; copied
 * @cards: (element-type PursuitCard): the questions to ask, in order, such
 *   as pursuit_practice_queue_dup_cards(); copied
 * @questions: (element-type PursuitQuestion) (nullable): the known questions,
 *   for their checklists; a card whose question is not there has none
 * @zone: the user's time zone
 *
 * Returns: (transfer full): a session at its first question (finished at
 *   once when @cards is empty)
 */
PursuitPracticeSession *
pursuit_practice_session_new (const PursuitScheduler *scheduler,
                              GPtrArray              *cards,
                              GListModel             *questions,
                              GTimeZone              *zone)
{
  PursuitPracticeSession *self;

  g_return_val_if_fail (scheduler != NULL, NULL);
  g_return_val_if_fail (cards != NULL, NULL);
  g_return_val_if_fail (questions == NULL || G_IS_LIST_MODEL (questions), NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  self = g_object_new (PURSUIT_TYPE_PRACTICE_SESSION, NULL);
  self->scheduler = *scheduler;
  self->zone = g_time_zone_ref (zone);
  self->cards = g_ptr_array_new_full (cards->len, (GDestroyNotify) pursuit_card_free);
  for (guint i = 0; i < cards->len; i++)
    g_ptr_array_add (self->cards, pursuit_card_copy (g_ptr_array_index (cards, i)));
  self->finished = cards->len == 0;

  if (questions != NULL)
    {
      self->questions = g_object_ref (questions);
      for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
        {
          PursuitQuestion *question = g_list_model_get_item (questions, i);

          g_hash_table_insert (self->question_ids, (gpointer) pursuit_question_get_id (question),
                               question);
        }
    }

  return self;
}

guint
pursuit_practice_session_get_n_cards (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), 0);

  return self->cards->len;
}

guint
pursuit_practice_session_get_position (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), 0);

  return self->position;
}

gboolean
pursuit_practice_session_get_finished (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), TRUE);

  return self->finished;
}

/**
 * pursuit_practice_session_get_current:
 *
 * Returns: (nullable) (transfer none): the question to ask now, or %NULL
 *   once the session is finished
 */
const PursuitCard *
pursuit_practice_session_get_current (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), NULL);

  if (self->finished)
    return NULL;
  return g_ptr_array_index (self->cards, self->position);
}

/**
 * pursuit_practice_session_get_current_question:
 *
 * Returns: (nullable) (transfer none): the current question's text,
 *   checklist, outline and follow-ups, or %NULL when it is not among the
 *   known questions or the session is finished
 */
PursuitQuestion *
pursuit_practice_session_get_current_question (PursuitPracticeSession *self)
{
  const PursuitCard *card = pursuit_practice_session_get_current (self);

  return card != NULL ? g_hash_table_lookup (self->question_ids, card->question_id) : NULL;
}

/**
 * pursuit_practice_session_get_current_n_points:
 *
 * Returns: how many points the current question's checklist has: the indices
 *   pursuit_practice_session_answer() accepts are below it
 */
guint
pursuit_practice_session_get_current_n_points (PursuitPracticeSession *self)
{
  PursuitQuestion *question = pursuit_practice_session_get_current_question (self);
  g_autoptr(GPtrArray) covers = NULL;

  if (question == NULL)
    return 0;
  covers = pursuit_question_get_covers (question);
  return MIN (covers->len, PURSUIT_PRACTICE_MAX_POINTS);
}

static void
advance (PursuitPracticeSession *self)
{
  self->position++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
  if (self->position >= self->cards->len)
    {
      self->finished = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
    }
}

/**
 * pursuit_practice_session_answer:
 * @rating: how well the user answered
 * @answered_at: when they rated it (Unix time, seconds)
 * @seconds_taken: how long the answer took
 * @notes: (nullable): what the user wrote down as their answer
 * @ticked: (array length=n_ticked) (nullable): the checklist points the
 *   answer covered, as indices into the question's "covers" list
 *
 * Records the answer to the current question, reschedules it and moves on.
 *
 * Returns: (transfer none): the review record, for the caller to save; it
 *   lives as long as the session
 */
const PursuitReview *
pursuit_practice_session_answer (PursuitPracticeSession *self,
                                 PursuitRating           rating,
                                 gint64                  answered_at,
                                 int                     seconds_taken,
                                 const char             *notes,
                                 const guint            *ticked,
                                 guint                   n_ticked)
{
  PursuitCard *card;
  PursuitReview *review;
  guint n_points;

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), NULL);
  g_return_val_if_fail (!self->finished, NULL);
  g_return_val_if_fail (pursuit_rating_is_valid (rating), NULL);
  g_return_val_if_fail (ticked != NULL || n_ticked == 0, NULL);

  n_points = pursuit_practice_session_get_current_n_points (self);
  for (guint i = 0; i < n_ticked; i++)
    g_return_val_if_fail (ticked[i] < n_points, NULL);

  card = g_ptr_array_index (self->cards, self->position);
  review = pursuit_scheduler_record (&self->scheduler, card->question_id, &card->memory, rating,
                                     answered_at, self->zone, seconds_taken);
  review->notes = notes != NULL && notes[0] != '\0' ? g_strdup (notes) : NULL;
  review->n_points = n_points;
  for (guint i = 0; i < n_ticked; i++)
    review->ticked |= G_GUINT64_CONSTANT (1) << ticked[i];
  card->memory = review->after;
  g_ptr_array_add (self->reviews, review);

  advance (self);
  return review;
}

/**
 * pursuit_practice_session_skip:
 *
 * Moves past the current question without an answer; its schedule stays.
 */
void
pursuit_practice_session_skip (PursuitPracticeSession *self)
{
  g_return_if_fail (PURSUIT_IS_PRACTICE_SESSION (self));
  g_return_if_fail (!self->finished);

  self->n_skipped++;
  advance (self);
}

/**
 * pursuit_practice_session_end:
 *
 * Ends the session early; the answers given so far stand.
 */
void
pursuit_practice_session_end (PursuitPracticeSession *self)
{
  g_return_if_fail (PURSUIT_IS_PRACTICE_SESSION (self));

  if (self->finished)
    return;
  self->finished = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
}

/**
 * pursuit_practice_session_get_reviews:
 *
 * Returns: (transfer none) (element-type PursuitReview): the answers so far,
 *   in order
 */
GPtrArray *
pursuit_practice_session_get_reviews (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), NULL);

  return self->reviews;
}

/**
 * pursuit_practice_session_get_cards:
 *
 * Returns: (transfer none) (element-type PursuitCard): the session's
 *   questions with their schedules as the answers left them
 */
GPtrArray *
pursuit_practice_session_get_cards (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), NULL);

  return self->cards;
}

/* @card as this session left it. */
static const PursuitCard *
updated_card (GHashTable        *in_session,
              const PursuitCard *card)
{
  const PursuitCard *updated = g_hash_table_lookup (in_session, card->question_id);

  return updated != NULL ? updated : card;
}

/* Interview plans made before the session, made again with its answers. */
static GPtrArray *
replan (PursuitPracticeSession *self,
        GHashTable             *in_session,
        GPtrArray              *plans,
        gint64                  now)
{
  GPtrArray *fresh = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_interview_plan_free);
  PursuitPracticeLimits limits;

  /* Only questions already answered count for what is due next, and their
   * planned days do not depend on the limits. */
  pursuit_practice_limits_init (&limits);
  for (guint i = 0; i < plans->len; i++)
    {
      const PursuitInterviewPlan *plan = g_ptr_array_index (plans, i);
      g_autoptr(GPtrArray) set = g_ptr_array_new ();

      for (guint j = 0; j < plan->entries->len; j++)
        {
          const PursuitPlanEntry *entry = g_ptr_array_index (plan->entries, j);

          g_ptr_array_add (set, (gpointer) updated_card (in_session, entry->card));
        }
      g_ptr_array_add (fresh, pursuit_interview_plan_new (plan->job_id, plan->starts_at, set,
                                                          &limits, now, self->zone));
    }
  return fresh;
}

/**
 * pursuit_practice_session_summarize:
 * @all_cards: (element-type PursuitCard) (nullable): every question the user
 *   practises, as they were before the session, for what is due next; %NULL
 *   to look at the session's questions only
 * @plans: (element-type PursuitInterviewPlan) (nullable): the interview
 *   plans made before the session; they are made again with its answers
 * @now: the current time (Unix time, seconds)
 *
 * Returns: (transfer full): what the session did and what is due next
 */
PursuitSessionSummary *
pursuit_practice_session_summarize (PursuitPracticeSession *self,
                                    GPtrArray              *all_cards,
                                    GPtrArray              *plans,
                                    gint64                  now)
{
  g_autoptr(GHashTable) in_session = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autoptr(GPtrArray) fresh_plans = NULL;
  PursuitSessionSummary *summary;

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), NULL);

  for (guint i = 0; i < self->cards->len; i++)
    {
      PursuitCard *card = g_ptr_array_index (self->cards, i);

      g_hash_table_insert (in_session, card->question_id, card);
    }

  for (guint i = 0; all_cards != NULL && i < all_cards->len; i++)
    g_ptr_array_add (cards, (gpointer) updated_card (in_session, g_ptr_array_index (all_cards, i)));
  g_ptr_array_extend (cards, self->cards, NULL, NULL);

  if (plans != NULL)
    fresh_plans = replan (self, in_session, plans, now);

  summary = g_new0 (PursuitSessionSummary, 1);
  pursuit_practice_totals (self->reviews, &summary->totals);
  summary->n_skipped = self->n_skipped;
  summary->n_left = self->cards->len - self->position;
  summary->missed_points = pursuit_practice_missed_points (self->reviews, self->questions);
  pursuit_practice_next_due (cards, fresh_plans, pursuit_practice_day_from_unix (now, self->zone),
                             &summary->next_due_day, &summary->n_next_due);
  return summary;
}
