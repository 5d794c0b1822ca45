/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-scheduler.h"

/* FSRS-6, the Free Spaced Repetition Scheduler, as published by
 * open-spaced-repetition: the "The Algorithm" page of the fsrs4anki wiki
 * (FSRS-6 section), with the 21 default weights of FSRS-6. The reference
 * implementation ts-fsrs 5.4.2 (long-term scheduler: no same-day learning
 * steps, no fuzz) produced tests/data/fsrs6-reference.json, which
 * tests/test-practice.c replays; where the wiki leaves a detail open, this
 * file does what that implementation does, and says so.
 *
 * G is the rating (Again 1, Hard 2, Good 3, Easy 4), t the whole days since
 * the last review, S the stability, D the difficulty, r the desired
 * retention, w0..w20 the weights.
 *
 *   decay    = -w20
 *   factor   = 0.9^(1/decay) - 1
 *   R(t, S)  = (1 + factor * t / S)^decay                  forgetting curve
 *   I(r, S)  = S / factor * (r^(1/decay) - 1)              interval
 *   S0(G)    = w[G-1]                                      first stability
 *   D0(G)    = w4 - e^(w5 * (G - 1)) + 1, within [1, 10]   first difficulty
 *   D'       = D - w6 * (G - 3) * (10 - D) / 9             linear damping
 *   D''      = w7 * D0(4) + (1 - w7) * D', within [1, 10]  mean reversion,
 *                                                          D0(4) not clamped
 *   S'r      = S * (1 + e^w8 * (11 - D) * S^-w9 * (e^(w10 * (1 - R)) - 1)
 *                   * (w15 if G = 2) * (w16 if G = 4))     recall, G >= 2
 *   S'f      = min (S, w11 * D^-w12 * ((S + 1)^w13 - 1)
 *                      * e^(w14 * (1 - R)))                lapse, G = 1
 *   S's      = S * SInc, SInc = e^(w17 * (G - 3 + w18)) * S^-w19,
 *              SInc at least 1 when G >= 2                 same day, t = 0
 *
 * Stability stays within [0.001, 36500] days. The interval is
 * round (I (r, S)), at least 1 day and at most maximum_interval; at r = 0.9
 * it is round (S).
 *
 * Details taken from ts-fsrs where the wiki is silent:
 * - the cap on S'f is S itself (ts-fsrs with short-term scheduling off; the
 *   wiki's S / e^(w17 * w18) belongs to same-day steps, which we do not use);
 * - the four possible intervals are kept in order: Again <= Hard, Hard at
 *   least Again + 1, Good at least Hard + 1, Easy at least Good + 1 (so the
 *   first Good is 3 days, not round (w2) = 2);
 * - every Again after the first answer counts as a lapse.
 *
 * Same-day reviews (t = 0, answered again on the day of the last answer) use
 * the short-term stability S's of FSRS-6, as fsrs-rs does for t = 0; the
 * reference file has none, so the tests check S's against the formula by
 * hand. The difficulty changes as on any other day. */

#define SECONDS_PER_DAY (24 * 60 * 60)

/* Which day of GDate's count (1 = 1 January of year 1) is 1970-01-01. */
#define JULIAN_DAY_OF_EPOCH 719163

#define STABILITY_MIN 0.001
#define STABILITY_MAX 36500.0
#define DIFFICULTY_MIN 1.0
#define DIFFICULTY_MAX 10.0

/* The FSRS-6 default weights w0..w20. */
static const double default_weights[PURSUIT_FSRS_WEIGHT_COUNT] = {
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
  1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
};

G_DEFINE_QUARK (pursuit-practice-error-quark, pursuit_practice_error)

G_DEFINE_ENUM_TYPE (PursuitRating, pursuit_rating,
  G_DEFINE_ENUM_VALUE (PURSUIT_RATING_AGAIN, "again"),
  G_DEFINE_ENUM_VALUE (PURSUIT_RATING_HARD, "hard"),
  G_DEFINE_ENUM_VALUE (PURSUIT_RATING_GOOD, "good"),
  G_DEFINE_ENUM_VALUE (PURSUIT_RATING_EASY, "easy"))

G_DEFINE_ENUM_TYPE (PursuitCardState, pursuit_card_state,
  G_DEFINE_ENUM_VALUE (PURSUIT_CARD_STATE_NEW, "new"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CARD_STATE_REVIEW, "review"),
  G_DEFINE_ENUM_VALUE (PURSUIT_CARD_STATE_RELEARNING, "relearning"))

G_DEFINE_BOXED_TYPE (PursuitCard, pursuit_card, pursuit_card_copy, pursuit_card_free)
G_DEFINE_BOXED_TYPE (PursuitReview, pursuit_review, pursuit_review_copy, pursuit_review_free)

gboolean
pursuit_rating_is_valid (int rating)
{
  return rating >= PURSUIT_RATING_AGAIN && rating <= PURSUIT_RATING_EASY;
}

/**
 * pursuit_rating_get_label:
 *
 * Returns: the translated name of @rating, as on its button
 */
const char *
pursuit_rating_get_label (PursuitRating rating)
{
  switch (rating)
    {
    case PURSUIT_RATING_AGAIN:
      return C_("practice rating", "Again");
    case PURSUIT_RATING_HARD:
      return C_("practice rating", "Hard");
    case PURSUIT_RATING_GOOD:
      return C_("practice rating", "Good");
    case PURSUIT_RATING_EASY:
      return C_("practice rating", "Easy");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * pursuit_practice_day_from_unix:
 * @zone: the user's time zone; its offset at @unix_time decides the day
 *
 * Returns: the local calendar day @unix_time falls on, counted from
 *   1970-01-01
 */
int
pursuit_practice_day_from_unix (gint64     unix_time,
                                GTimeZone *zone)
{
  int interval;
  gint64 local;

  g_return_val_if_fail (zone != NULL, 0);

  interval = g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, unix_time);
  local = unix_time + g_time_zone_get_offset (zone, interval);
  /* Rounds towards minus infinity, for times before 1970. */
  return (int) ((local - (local < 0 ? SECONDS_PER_DAY - 1 : 0)) / SECONDS_PER_DAY);
}

int
pursuit_practice_day_from_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  return (int) g_date_get_julian (date) - JULIAN_DAY_OF_EPOCH;
}

void
pursuit_practice_day_to_date (int    day,
                              GDate *date)
{
  g_return_if_fail (date != NULL);
  g_return_if_fail (day >= 1 - JULIAN_DAY_OF_EPOCH);

  g_date_clear (date, 1);
  g_date_set_julian (date, (guint32) (day + JULIAN_DAY_OF_EPOCH));
}

/**
 * pursuit_memory_init:
 *
 * Sets @memory to that of a question never answered.
 */
void
pursuit_memory_init (PursuitMemory *memory)
{
  g_return_if_fail (memory != NULL);

  *memory = (PursuitMemory) { .state = PURSUIT_CARD_STATE_NEW };
}

/**
 * pursuit_scheduler_init:
 * @desired_retention: the chance of recall to schedule at, in (0, 1);
 *   #PURSUIT_PRACTICE_DEFAULT_RETENTION unless the user chose otherwise
 *
 * Sets up @self with the FSRS-6 default weights.
 */
void
pursuit_scheduler_init (PursuitScheduler *self,
                        double            desired_retention)
{
  pursuit_scheduler_init_with_weights (self, default_weights, desired_retention);
}

/**
 * pursuit_scheduler_init_with_weights:
 * @weights: (array fixed-size=21): w0..w20, such as weights optimised on the
 *   user's own review log
 */
void
pursuit_scheduler_init_with_weights (PursuitScheduler *self,
                                     const double     *weights,
                                     double            desired_retention)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (weights != NULL);
  g_return_if_fail (weights[20] > 0.0);
  g_return_if_fail (desired_retention > 0.0 && desired_retention < 1.0);

  memcpy (self->weights, weights, sizeof self->weights);
  self->desired_retention = desired_retention;
  self->maximum_interval = PURSUIT_PRACTICE_MAXIMUM_INTERVAL;
  self->decay = -weights[20];
  self->factor = pow (0.9, 1.0 / self->decay) - 1.0;
  /* Rounded as ts-fsrs rounds it, so that at 90 % the interval is exactly
   * round (S) rather than a hair either side of it. */
  self->interval_modifier =
    round ((pow (desired_retention, 1.0 / self->decay) - 1.0) / self->factor * 1e8) / 1e8;
}

static double
clamp_stability (double stability)
{
  return CLAMP (stability, STABILITY_MIN, STABILITY_MAX);
}

static double
forgetting_curve (const PursuitScheduler *self,
                  int                     elapsed_days,
                  double                  stability)
{
  return pow (1.0 + self->factor * elapsed_days / stability, self->decay);
}

static double
initial_difficulty (const PursuitScheduler *self,
                    PursuitRating           rating)
{
  return self->weights[4] - exp (self->weights[5] * ((int) rating - 1)) + 1.0;
}

static double
next_difficulty (const PursuitScheduler *self,
                 double                  difficulty,
                 PursuitRating           rating)
{
  const double *w = self->weights;
  double damped = difficulty - w[6] * ((int) rating - 3) * (10.0 - difficulty) / 9.0;
  double reverted = w[7] * initial_difficulty (self, PURSUIT_RATING_EASY) + (1.0 - w[7]) * damped;

  return CLAMP (reverted, DIFFICULTY_MIN, DIFFICULTY_MAX);
}

static double
recall_stability (const PursuitScheduler *self,
                  double                  difficulty,
                  double                  stability,
                  double                  retrievability,
                  PursuitRating           rating)
{
  const double *w = self->weights;
  double hard_penalty = rating == PURSUIT_RATING_HARD ? w[15] : 1.0;
  double easy_bonus = rating == PURSUIT_RATING_EASY ? w[16] : 1.0;

  return stability * (1.0 + exp (w[8]) * (11.0 - difficulty) * pow (stability, -w[9]) *
                             (exp (w[10] * (1.0 - retrievability)) - 1.0) *
                             hard_penalty * easy_bonus);
}

static double
lapse_stability (const PursuitScheduler *self,
                 double                  difficulty,
                 double                  stability,
                 double                  retrievability)
{
  const double *w = self->weights;
  double forgotten = w[11] * pow (difficulty, -w[12]) * (pow (stability + 1.0, w[13]) - 1.0) *
                     exp (w[14] * (1.0 - retrievability));

  return MIN (stability, forgotten);
}

static double
same_day_stability (const PursuitScheduler *self,
                    double                  stability,
                    PursuitRating           rating)
{
  const double *w = self->weights;
  double increase = exp (w[17] * ((int) rating - 3 + w[18])) * pow (stability, -w[19]);

  if (rating >= PURSUIT_RATING_HARD)
    increase = MAX (increase, 1.0);
  return stability * increase;
}

static int
interval_for (const PursuitScheduler *self,
              double                  stability)
{
  double days = round (stability * self->interval_modifier);

  return (int) CLAMP (days, 1.0, (double) self->maximum_interval);
}

/**
 * pursuit_scheduler_retrievability:
 * @day: the day to predict for
 *
 * Returns: the predicted chance of recalling the answer on @day: 1 on the day
 *   of the last review, 0 for a question never answered
 */
double
pursuit_scheduler_retrievability (const PursuitScheduler *self,
                                  const PursuitMemory    *memory,
                                  int                     day)
{
  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (memory != NULL, 0.0);

  if (memory->state == PURSUIT_CARD_STATE_NEW)
    return 0.0;
  return forgetting_curve (self, MAX (0, day - memory->last_review_day), memory->stability);
}

/**
 * pursuit_scheduler_preview:
 * @before: the question's schedule now
 * @day: the day of the answer
 * @outcomes: (out caller-allocates): the schedule after each rating, Again
 *   first (index rating - 1)
 *
 * What each rating would do, for buttons such as "Good · 3 days". A day
 * before @before's last review counts as the same day.
 */
void
pursuit_scheduler_preview (const PursuitScheduler *self,
                           const PursuitMemory    *before,
                           int                     day,
                           PursuitMemory           outcomes[PURSUIT_RATING_COUNT])
{
  gboolean first;
  int elapsed;
  double retrievability;
  int intervals[PURSUIT_RATING_COUNT];

  g_return_if_fail (self != NULL);
  g_return_if_fail (before != NULL);
  g_return_if_fail (outcomes != NULL);

  first = before->state == PURSUIT_CARD_STATE_NEW;
  elapsed = first ? 0 : MAX (0, day - before->last_review_day);
  retrievability = first ? 0.0 : forgetting_curve (self, elapsed, before->stability);

  for (PursuitRating rating = PURSUIT_RATING_AGAIN; rating <= PURSUIT_RATING_EASY; rating++)
    {
      PursuitMemory *after = &outcomes[rating - 1];

      *after = *before;
      if (first)
        {
          after->stability = clamp_stability (self->weights[rating - 1]);
          after->difficulty = CLAMP (initial_difficulty (self, rating), DIFFICULTY_MIN, DIFFICULTY_MAX);
        }
      else
        {
          if (elapsed == 0)
            after->stability = same_day_stability (self, before->stability, rating);
          else if (rating == PURSUIT_RATING_AGAIN)
            after->stability = lapse_stability (self, before->difficulty, before->stability, retrievability);
          else
            after->stability = recall_stability (self, before->difficulty, before->stability,
                                                 retrievability, rating);
          after->stability = clamp_stability (after->stability);
          after->difficulty = next_difficulty (self, before->difficulty, rating);
          if (rating == PURSUIT_RATING_AGAIN)
            after->lapses++;
        }
      after->state = rating == PURSUIT_RATING_AGAIN ? PURSUIT_CARD_STATE_RELEARNING
                                                    : PURSUIT_CARD_STATE_REVIEW;
      after->reps++;
      after->last_review_day = day;
      intervals[rating - 1] = interval_for (self, after->stability);
    }

  /* A better rating never brings the question back sooner. */
  intervals[0] = MIN (intervals[0], intervals[1]);
  for (guint i = 1; i < PURSUIT_RATING_COUNT; i++)
    intervals[i] = MAX (intervals[i], intervals[i - 1] + 1);

  for (guint i = 0; i < PURSUIT_RATING_COUNT; i++)
    outcomes[i].due_day = day + intervals[i];
}

/**
 * pursuit_scheduler_review:
 * @before: the question's schedule before the answer
 * @rating: the answer's rating
 * @day: the day of the answer
 * @after: (out caller-allocates): the schedule after it; may be @before
 */
void
pursuit_scheduler_review (const PursuitScheduler *self,
                          const PursuitMemory    *before,
                          PursuitRating           rating,
                          int                     day,
                          PursuitMemory          *after)
{
  PursuitMemory outcomes[PURSUIT_RATING_COUNT];

  g_return_if_fail (self != NULL);
  g_return_if_fail (before != NULL);
  g_return_if_fail (pursuit_rating_is_valid (rating));
  g_return_if_fail (after != NULL);

  pursuit_scheduler_preview (self, before, day, outcomes);
  *after = outcomes[rating - 1];
}

/**
 * pursuit_card_new:
 * @category: (nullable):
 * @memory: (nullable): the question's schedule; %NULL for a new question
 */
PursuitCard *
pursuit_card_new (const char          *question_id,
                  const char          *category,
                  const PursuitMemory *memory)
{
  PursuitCard *card;

  g_return_val_if_fail (question_id != NULL, NULL);

  card = g_new0 (PursuitCard, 1);
  card->question_id = g_strdup (question_id);
  card->category = g_strdup (category);
  if (memory != NULL)
    card->memory = *memory;
  else
    pursuit_memory_init (&card->memory);
  return card;
}

PursuitCard *
pursuit_card_copy (const PursuitCard *card)
{
  g_return_val_if_fail (card != NULL, NULL);

  return pursuit_card_new (card->question_id, card->category, &card->memory);
}

void
pursuit_card_free (PursuitCard *card)
{
  if (card == NULL)
    return;
  g_free (card->question_id);
  g_free (card->category);
  g_free (card);
}

PursuitReview *
pursuit_review_copy (const PursuitReview *review)
{
  PursuitReview *copy;

  g_return_val_if_fail (review != NULL, NULL);

  copy = g_memdup2 (review, sizeof *review);
  copy->question_id = g_strdup (review->question_id);
  copy->notes = g_strdup (review->notes);
  return copy;
}

void
pursuit_review_free (PursuitReview *review)
{
  if (review == NULL)
    return;
  g_free (review->question_id);
  g_free (review->notes);
  g_free (review);
}

gboolean
pursuit_review_is_point_ticked (const PursuitReview *review,
                                guint                index)
{
  g_return_val_if_fail (review != NULL, FALSE);

  return index < review->n_points && index < PURSUIT_PRACTICE_MAX_POINTS &&
         (review->ticked & (G_GUINT64_CONSTANT (1) << index)) != 0;
}

/**
 * pursuit_scheduler_record:
 * @before: the question's schedule before the answer
 * @reviewed_at: when the rating was given (Unix time, seconds)
 * @zone: the user's time zone, which decides the day of @reviewed_at
 *
 * Rates a question and returns the line of the review log that says so. Its
 * @after is the new schedule; notes and the checklist are left empty.
 *
 * Returns: (transfer full): the review
 */
PursuitReview *
pursuit_scheduler_record (const PursuitScheduler *self,
                          const char             *question_id,
                          const PursuitMemory    *before,
                          PursuitRating           rating,
                          gint64                  reviewed_at,
                          GTimeZone              *zone,
                          int                     seconds_taken)
{
  PursuitReview *review;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (question_id != NULL, NULL);
  g_return_val_if_fail (before != NULL, NULL);
  g_return_val_if_fail (pursuit_rating_is_valid (rating), NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  review = g_new0 (PursuitReview, 1);
  review->question_id = g_strdup (question_id);
  review->reviewed_at = reviewed_at;
  review->rating = rating;
  review->seconds_taken = MAX (0, seconds_taken);
  review->before = *before;
  pursuit_scheduler_review (self, before, rating,
                            pursuit_practice_day_from_unix (reviewed_at, zone), &review->after);
  return review;
}

/**
 * pursuit_scheduler_replay:
 * @reviews: (element-type PursuitReview): a review log in time order; it may
 *   hold other questions' reviews, which are skipped
 * @question_id: the question whose schedule to rebuild
 * @zone: the time zone the reviews were made in
 * @memory: (out caller-allocates): the schedule after the last review
 *
 * Rebuilds a question's schedule from nothing but the times and ratings of
 * its reviews, so a schedule can be recomputed (after a change of desired
 * retention, say) or checked. With the same scheduler and time zone the result
 * equals the live schedule exactly.
 *
 * Returns: %FALSE with @error set when the question's reviews are out of time
 *   order or one has an invalid rating
 */
gboolean
pursuit_scheduler_replay (const PursuitScheduler  *self,
                          GPtrArray               *reviews,
                          const char              *question_id,
                          GTimeZone               *zone,
                          PursuitMemory           *memory,
                          GError                 **error)
{
  PursuitMemory current;
  gint64 last_time = G_MININT64;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (reviews != NULL, FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);
  g_return_val_if_fail (zone != NULL, FALSE);
  g_return_val_if_fail (memory != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pursuit_memory_init (&current);
  for (guint i = 0; i < reviews->len; i++)
    {
      const PursuitReview *review = g_ptr_array_index (reviews, i);

      if (g_strcmp0 (review->question_id, question_id) != 0)
        continue;
      if (review->reviewed_at < last_time)
        {
          g_set_error (error, PURSUIT_PRACTICE_ERROR, PURSUIT_PRACTICE_ERROR_INVALID_LOG,
                       _("The reviews of “%s” are out of time order"), question_id);
          return FALSE;
        }
      if (!pursuit_rating_is_valid (review->rating))
        {
          g_set_error (error, PURSUIT_PRACTICE_ERROR, PURSUIT_PRACTICE_ERROR_INVALID_LOG,
                       _("A review of “%s” has no valid rating (%d)"), question_id, review->rating);
          return FALSE;
        }
      last_time = review->reviewed_at;
      pursuit_scheduler_review (self, &current, review->rating,
                                pursuit_practice_day_from_unix (review->reviewed_at, zone), &current);
    }

  *memory = current;
  return TRUE;
}
