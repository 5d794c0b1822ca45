/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_PRACTICE_ERROR (pursuit_practice_error_quark ())

/**
 * PursuitPracticeError:
 * @PURSUIT_PRACTICE_ERROR_INVALID_LOG: a review log cannot be replayed: its
 *   reviews are out of time order or one has no valid rating
 */
typedef enum
{
  PURSUIT_PRACTICE_ERROR_INVALID_LOG,
} PursuitPracticeError;

GQuark pursuit_practice_error_quark (void);

/**
 * PursuitRating:
 *
 * How well the user answered, as FSRS numbers it. Stored as numbers.
 */
typedef enum
{
  PURSUIT_RATING_AGAIN = 1,
  PURSUIT_RATING_HARD = 2,
  PURSUIT_RATING_GOOD = 3,
  PURSUIT_RATING_EASY = 4,
} PursuitRating;

#define PURSUIT_RATING_COUNT 4

/**
 * PursuitCardState:
 * @PURSUIT_CARD_STATE_NEW: never answered
 * @PURSUIT_CARD_STATE_REVIEW: answered, last time with Hard, Good or Easy
 * @PURSUIT_CARD_STATE_RELEARNING: last answered with Again; it comes back on
 *   a later day (there are no same-day learning steps)
 *
 * Stored as numbers: append only.
 */
typedef enum
{
  PURSUIT_CARD_STATE_NEW = 0,
  PURSUIT_CARD_STATE_REVIEW = 1,
  PURSUIT_CARD_STATE_RELEARNING = 2,
} PursuitCardState;

#define PURSUIT_TYPE_RATING (pursuit_rating_get_type ())
#define PURSUIT_TYPE_CARD_STATE (pursuit_card_state_get_type ())

GType       pursuit_rating_get_type       (void) G_GNUC_CONST;
GType       pursuit_card_state_get_type   (void) G_GNUC_CONST;
const char *pursuit_rating_get_label      (PursuitRating rating);
gboolean    pursuit_rating_is_valid       (int           rating);

/* Days are local calendar days counted from 1970-01-01 (day 0), so that
 * "today", "due" and "the day before the interview" are plain integers. */
#define PURSUIT_PRACTICE_NO_DAY G_MAXINT

int         pursuit_practice_day_from_unix (gint64       unix_time,
                                            GTimeZone   *zone);
int         pursuit_practice_day_from_date (const GDate *date);
void        pursuit_practice_day_to_date   (int          day,
                                            GDate       *date);

/**
 * PursuitMemory:
 * @state: new, review or relearning
 * @stability: days until the chance of recall falls to 90 %; 0 while new
 * @difficulty: from 1 (easy) to 10 (hard); 0 while new
 * @last_review_day: the day of the last review; 0 while new
 * @due_day: the day the next review falls due; 0 while new
 * @reps: how many times the question was answered
 * @lapses: how many of those answers after the first were Again
 *
 * What the scheduler knows of one question: its FSRS memory state and when
 * it is due. A plain value: copy it with `=`.
 */
typedef struct
{
  PursuitCardState state;
  double stability;
  double difficulty;
  int last_review_day;
  int due_day;
  int reps;
  int lapses;
} PursuitMemory;

void pursuit_memory_init (PursuitMemory *memory);

#define PURSUIT_FSRS_WEIGHT_COUNT 21
#define PURSUIT_PRACTICE_DEFAULT_RETENTION 0.9
#define PURSUIT_PRACTICE_MAXIMUM_INTERVAL 36500

/**
 * PursuitScheduler:
 * @weights: the FSRS-6 weights w0 to w20
 * @desired_retention: the chance of recall a review is scheduled at, in (0, 1)
 * @maximum_interval: the longest interval, in days
 *
 * FSRS-6 with whole-day reviews and no fuzz. A plain value set up by
 * pursuit_scheduler_init(); the derived fields are private.
 */
typedef struct
{
  double weights[PURSUIT_FSRS_WEIGHT_COUNT];
  double desired_retention;
  int maximum_interval;

  /*< private >*/
  double decay;
  double factor;
  double interval_modifier;
} PursuitScheduler;

void     pursuit_scheduler_init             (PursuitScheduler       *self,
                                             double                  desired_retention);
void     pursuit_scheduler_init_with_weights (PursuitScheduler      *self,
                                             const double           *weights,
                                             double                  desired_retention);
double   pursuit_scheduler_retrievability   (const PursuitScheduler *self,
                                             const PursuitMemory    *memory,
                                             int                     day);
void     pursuit_scheduler_preview          (const PursuitScheduler *self,
                                             const PursuitMemory    *before,
                                             int                     day,
                                             PursuitMemory           outcomes[PURSUIT_RATING_COUNT]);
void     pursuit_scheduler_review           (const PursuitScheduler *self,
                                             const PursuitMemory    *before,
                                             PursuitRating           rating,
                                             int                     day,
                                             PursuitMemory          *after);

#define PURSUIT_TYPE_CARD (pursuit_card_get_type ())

/**
 * PursuitCard:
 * @question_id: the question, built in ("q-angry-customer-refund") or the
 *   user's own ("custom-12"); it need not exist in the content
 * @category: (nullable): the question's category, for mastery by category
 * @memory: its schedule
 *
 * One question as the practice engine sees it.
 */
typedef struct
{
  char *question_id;
  char *category;
  PursuitMemory memory;
} PursuitCard;

GType        pursuit_card_get_type (void) G_GNUC_CONST;
PursuitCard *pursuit_card_new      (const char        *question_id,
                                    const char        *category,
                                    const PursuitMemory *memory);
PursuitCard *pursuit_card_copy     (const PursuitCard *card);
void         pursuit_card_free     (PursuitCard       *card);

/* The checklist of one answer is a bit set, so a question may have at most
 * this many points to tick. */
#define PURSUIT_PRACTICE_MAX_POINTS 64

#define PURSUIT_TYPE_REVIEW (pursuit_review_get_type ())

/**
 * PursuitReview:
 * @id: its line in the saved log, once saved; 0 before
 * @question_id: the question answered
 * @reviewed_at: when it was rated (Unix time, seconds)
 * @rating: the rating given
 * @seconds_taken: how long the answer took
 * @before: the question's schedule before the answer
 * @after: its schedule after the answer
 * @notes: (nullable): what the user wrote down as their answer
 * @n_points: how many points the question's checklist ("covers") had
 * @ticked: bit i is set when the user ticked point i
 *
 * One answer: a line of the review log. The schedule can always be rebuilt
 * from @question_id, @reviewed_at and @rating (see pursuit_scheduler_replay()).
 */
typedef struct
{
  gint64 id;
  char *question_id;
  gint64 reviewed_at;
  PursuitRating rating;
  int seconds_taken;
  PursuitMemory before;
  PursuitMemory after;
  char *notes;
  guint n_points;
  guint64 ticked;
} PursuitReview;

GType          pursuit_review_get_type       (void) G_GNUC_CONST;
PursuitReview *pursuit_review_copy           (const PursuitReview *review);
void           pursuit_review_free           (PursuitReview       *review);
gboolean       pursuit_review_is_point_ticked (const PursuitReview *review,
                                              guint                index);

PursuitReview *pursuit_scheduler_record     (const PursuitScheduler *self,
                                             const char             *question_id,
                                             const PursuitMemory    *before,
                                             PursuitRating           rating,
                                             gint64                  reviewed_at,
                                             GTimeZone              *zone,
                                             int                     seconds_taken);
gboolean       pursuit_scheduler_replay     (const PursuitScheduler *self,
                                             GPtrArray              *reviews,
                                             const char             *question_id,
                                             GTimeZone              *zone,
                                             PursuitMemory          *memory,
                                             GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitCard, pursuit_card_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitReview, pursuit_review_free)

G_END_DECLS
