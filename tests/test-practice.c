/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "pursuit-practice.h"

/* Every test here gives the time explicitly; nothing reads the clock.
 *
 * Expected values come from two places only: tests/data/fsrs6-reference.json
 * (what ts-fsrs 5.4.2 schedules, copied from shared/reference) and numbers
 * worked out by hand from the formulas at the top of pursuit-scheduler.c,
 * with the working in the comments. */

#define DAY (24 * 60 * 60)
#define HOUR (60 * 60)

/* 2026-03-05, a Thursday: (2026-03-05 - 1970-01-01) in days. */
#define THURSDAY_2026_03_05 20517

static gint64
unix_time (const char *zone,
           int         year,
           int         month,
           int         day,
           int         hour,
           int         minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone);
  g_autoptr(GDateTime) time = NULL;

  g_assert_nonnull (tz);
  time = g_date_time_new (tz, year, month, day, hour, minute, 0);
  g_assert_nonnull (time);
  return g_date_time_to_unix (time);
}

static GTimeZone *
zone_new (const char *identifier)
{
  GTimeZone *zone = g_time_zone_new_identifier (identifier);

  g_assert_nonnull (zone);
  return zone;
}

static PursuitMemory
seen_memory (double stability,
             double difficulty,
             int    last_review_day,
             int    due_day)
{
  return (PursuitMemory) {
    .state = PURSUIT_CARD_STATE_REVIEW,
    .stability = stability,
    .difficulty = difficulty,
    .last_review_day = last_review_day,
    .due_day = due_day,
    .reps = 1,
  };
}

static GPtrArray *
card_array (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_card_free);
}

static void
add_new_card (GPtrArray  *cards,
              const char *question_id)
{
  g_ptr_array_add (cards, pursuit_card_new (question_id, NULL, NULL));
}

/* Adds new questions PREFIX0, PREFIX1, … */
static void
add_new_cards (GPtrArray  *cards,
               const char *prefix,
               guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s%u", prefix, i);

      add_new_card (cards, id);
    }
}

static void
add_seen_card (GPtrArray  *cards,
               const char *question_id,
               int         last_review_day,
               int         due_day)
{
  PursuitMemory memory = seen_memory (10.0, 5.0, last_review_day, due_day);

  g_ptr_array_add (cards, pursuit_card_new (question_id, NULL, &memory));
}

static void
assert_memory_equal (const PursuitMemory *a,
                     const PursuitMemory *b)
{
  g_assert_cmpint (a->state, ==, b->state);
  g_assert_cmpfloat (a->stability, ==, b->stability);
  g_assert_cmpfloat (a->difficulty, ==, b->difficulty);
  g_assert_cmpint (a->last_review_day, ==, b->last_review_day);
  g_assert_cmpint (a->due_day, ==, b->due_day);
  g_assert_cmpint (a->reps, ==, b->reps);
  g_assert_cmpint (a->lapses, ==, b->lapses);
}

/* Days */

static void
test_day_numbers (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) new_york = zone_new ("America/New_York");
  g_autoptr(GTimeZone) tokyo = zone_new ("Asia/Tokyo");
  g_autoptr(GTimeZone) berlin = zone_new ("Europe/Berlin");
  GDate date;

  g_assert_cmpint (pursuit_practice_day_from_unix (0, utc), ==, 0);
  g_assert_cmpint (pursuit_practice_day_from_unix (DAY - 1, utc), ==, 0);
  g_assert_cmpint (pursuit_practice_day_from_unix (DAY, utc), ==, 1);
  g_assert_cmpint (pursuit_practice_day_from_unix (-1, utc), ==, -1);
  g_assert_cmpint (pursuit_practice_day_from_unix (-DAY, utc), ==, -1);
  g_assert_cmpint (pursuit_practice_day_from_unix (-DAY - 1, utc), ==, -2);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, G_DATE_MARCH, 2026);
  g_assert_cmpint (pursuit_practice_day_from_date (&date), ==, THURSDAY_2026_03_05);
  pursuit_practice_day_to_date (THURSDAY_2026_03_05 + 1, &date);
  g_assert_cmpint (g_date_get_day (&date), ==, 6);
  g_assert_cmpint (g_date_get_month (&date), ==, G_DATE_MARCH);
  g_assert_cmpint (g_date_get_year (&date), ==, 2026);
  pursuit_practice_day_to_date (0, &date);
  g_assert_cmpint (g_date_get_year (&date), ==, 1970);
  g_assert_cmpint (g_date_get_day_of_year (&date), ==, 1);

  /* 23:30 in New York is already the next day in UTC; 08:00 in Tokyo is
   * still the day before there. */
  g_assert_cmpint (pursuit_practice_day_from_unix (unix_time ("America/New_York", 2026, 3, 5, 23, 30), new_york),
                   ==, THURSDAY_2026_03_05);
  g_assert_cmpint (pursuit_practice_day_from_unix (unix_time ("America/New_York", 2026, 3, 5, 23, 30), utc),
                   ==, THURSDAY_2026_03_05 + 1);
  g_assert_cmpint (pursuit_practice_day_from_unix (unix_time ("Asia/Tokyo", 2026, 3, 5, 8, 0), tokyo),
                   ==, THURSDAY_2026_03_05);
  g_assert_cmpint (pursuit_practice_day_from_unix (unix_time ("Asia/Tokyo", 2026, 3, 5, 8, 0), utc),
                   ==, THURSDAY_2026_03_05 - 1);

  /* Summer time starts in Berlin on 2026-03-29: both ends of that 23-hour
   * day belong to it. */
  g_assert_cmpint (pursuit_practice_day_from_unix (unix_time ("Europe/Berlin", 2026, 3, 29, 0, 0), berlin),
                   ==, THURSDAY_2026_03_05 + 24);
  g_assert_cmpint (pursuit_practice_day_from_unix (unix_time ("Europe/Berlin", 2026, 3, 29, 23, 59), berlin),
                   ==, THURSDAY_2026_03_05 + 24);
  g_assert_cmpint (pursuit_practice_day_from_unix (unix_time ("Europe/Berlin", 2026, 3, 30, 0, 0), berlin),
                   ==, THURSDAY_2026_03_05 + 25);
}

/* Scheduler */

/* The first answer, by hand, with the default weights:
 *   S0 = w[G-1]: 0.212, 1.2931, 2.3065, 8.2956
 *   D0 = w4 - e^(w5 (G-1)) + 1 = 6.4133 - e^(0.8334 (G-1)) + 1:
 *        Again 6.4133, Hard 6.4133 - 2.301129 + 1 = 5.112171,
 *        Good 6.4133 - 5.295196 + 1 = 2.118104, Easy 6.4133 - 12.185 + 1 < 1, so 1
 *   interval round (S) at 90 %: 0 -> 1, 1, 2, 8; kept in order:
 *        Again 1, Hard max (1, 1 + 1) = 2, Good max (2, 2 + 1) = 3, Easy 8. */
static void
test_first_ratings (void)
{
  const double stability[] = { 0.212, 1.2931, 2.3065, 8.2956 };
  const double difficulty[] = { 6.4133, 5.112171, 2.118104, 1.0 };
  const int interval[] = { 1, 2, 3, 8 };
  PursuitScheduler scheduler;
  PursuitMemory fresh;
  PursuitMemory outcomes[PURSUIT_RATING_COUNT];

  pursuit_scheduler_init (&scheduler, PURSUIT_PRACTICE_DEFAULT_RETENTION);
  pursuit_memory_init (&fresh);
  g_assert_cmpfloat (pursuit_scheduler_retrievability (&scheduler, &fresh, 100), ==, 0.0);

  pursuit_scheduler_preview (&scheduler, &fresh, 100, outcomes);
  for (PursuitRating rating = PURSUIT_RATING_AGAIN; rating <= PURSUIT_RATING_EASY; rating++)
    {
      PursuitMemory after;

      pursuit_scheduler_review (&scheduler, &fresh, rating, 100, &after);
      assert_memory_equal (&after, &outcomes[rating - 1]);
      g_assert_cmpfloat_with_epsilon (after.stability, stability[rating - 1], 1e-9);
      g_assert_cmpfloat_with_epsilon (after.difficulty, difficulty[rating - 1], 1e-6);
      g_assert_cmpint (after.due_day - 100, ==, interval[rating - 1]);
      g_assert_cmpint (after.last_review_day, ==, 100);
      g_assert_cmpint (after.reps, ==, 1);
      g_assert_cmpint (after.lapses, ==, 0);
      g_assert_cmpint (after.state, ==, rating == PURSUIT_RATING_AGAIN ? PURSUIT_CARD_STATE_RELEARNING
                                                                      : PURSUIT_CARD_STATE_REVIEW);
      /* Recall is certain on the day of the answer. */
      g_assert_cmpfloat (pursuit_scheduler_retrievability (&scheduler, &after, 100), ==, 1.0);
    }
}

static JsonObject *
load_reference (JsonParser *parser)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fsrs6-reference.json", NULL);
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static PursuitRating
rating_from_nick (const char *nick)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (PURSUIT_TYPE_RATING);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

  g_assert_nonnull (value);
  return value->value;
}

/* The 12 histories of the reference, day by day: retrievability before each
 * answer, stability and difficulty to 1e-4, interval, due day, state, lapses
 * and repetitions exactly. They are also answered at 09:00 UTC through
 * pursuit_scheduler_record(), and the log replayed gives the same state. */
static void
test_reference_histories (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  JsonObject *root = load_reference (parser);
  JsonObject *parameters = json_object_get_object_member (root, "parameters");
  JsonArray *weights = json_object_get_array_member (parameters, "w");
  JsonArray *cases = json_object_get_array_member (root, "cases");
  double reference_weights[PURSUIT_FSRS_WEIGHT_COUNT];
  PursuitScheduler scheduler;
  PursuitScheduler reference_scheduler;
  /* The reference's day 0 is 2026-01-01; its reviews are at 09:00 UTC. */
  gint64 day_zero = unix_time ("UTC", 2026, 1, 1, 9, 0);
  int first_day = pursuit_practice_day_from_unix (day_zero, utc);
  guint n_reviews = 0;

  /* The reference ran with the FSRS-6 defaults we ship. */
  g_assert_cmpuint (json_array_get_length (weights), ==, PURSUIT_FSRS_WEIGHT_COUNT);
  for (guint i = 0; i < PURSUIT_FSRS_WEIGHT_COUNT; i++)
    reference_weights[i] = json_array_get_double_element (weights, i);
  pursuit_scheduler_init (&scheduler, json_object_get_double_member (parameters, "request_retention"));
  pursuit_scheduler_init_with_weights (&reference_scheduler, reference_weights, 0.9);
  g_assert_cmpmem (scheduler.weights, sizeof scheduler.weights,
                   reference_scheduler.weights, sizeof reference_scheduler.weights);
  g_assert_cmpint (scheduler.maximum_interval, ==, json_object_get_int_member (parameters, "maximum_interval"));
  g_assert_false (json_object_get_boolean_member (parameters, "enable_fuzz"));
  g_assert_false (json_object_get_boolean_member (parameters, "enable_short_term"));

  g_assert_cmpuint (json_array_get_length (cases), ==, 12);
  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      JsonObject *history = json_array_get_object_element (cases, i);
      const char *name = json_object_get_string_member (history, "name");
      JsonArray *reviews = json_object_get_array_member (history, "reviews");
      g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_review_free);
      PursuitMemory memory;
      PursuitMemory replayed;
      g_autoptr(GError) error = NULL;

      g_test_message ("history %s", name);
      pursuit_memory_init (&memory);
      for (guint j = 0; j < json_array_get_length (reviews); j++)
        {
          JsonObject *expected = json_array_get_object_element (reviews, j);
          int day = (int) json_object_get_int_member (expected, "day");
          PursuitRating rating = rating_from_nick (json_object_get_string_member (expected, "rating"));
          PursuitReview *review;

          if (json_object_get_null_member (expected, "retrievability_before"))
            g_assert_cmpint (memory.state, ==, PURSUIT_CARD_STATE_NEW);
          else
            g_assert_cmpfloat_with_epsilon (pursuit_scheduler_retrievability (&scheduler, &memory, first_day + day),
                                            json_object_get_double_member (expected, "retrievability_before"),
                                            1e-5);

          review = pursuit_scheduler_record (&scheduler, "q-reference", &memory, rating,
                                             day_zero + (gint64) day * DAY, utc, 60);
          g_ptr_array_add (log, review);
          assert_memory_equal (&review->before, &memory);
          memory = review->after;

          g_assert_cmpfloat_with_epsilon (memory.stability,
                                          json_object_get_double_member (expected, "stability"), 1e-4);
          g_assert_cmpfloat_with_epsilon (memory.difficulty,
                                          json_object_get_double_member (expected, "difficulty"), 1e-4);
          g_assert_cmpint (memory.due_day - memory.last_review_day, ==,
                           json_object_get_int_member (expected, "scheduled_days"));
          g_assert_cmpint (memory.due_day - first_day, ==, json_object_get_int_member (expected, "due_day"));
          g_assert_cmpint (memory.lapses, ==, json_object_get_int_member (expected, "lapses"));
          g_assert_cmpint (memory.reps, ==, json_object_get_int_member (expected, "reps"));
          /* ts-fsrs calls every answered card "Review"; we tell apart the
           * ones whose last answer was Again. */
          g_assert_cmpstr (json_object_get_string_member (expected, "state"), ==, "Review");
          g_assert_cmpint (memory.state, ==, rating == PURSUIT_RATING_AGAIN ? PURSUIT_CARD_STATE_RELEARNING
                                                                            : PURSUIT_CARD_STATE_REVIEW);
          n_reviews++;
        }

      g_assert_true (pursuit_scheduler_replay (&scheduler, log, "q-reference", utc, &replayed, &error));
      g_assert_no_error (error);
      assert_memory_equal (&replayed, &memory);
    }
  g_assert_cmpuint (n_reviews, ==, 46);
}

/* A lapse, by hand (the reference's "lapse-after-three-goods" at day 74):
 *   S = 56.95671, D = 2.104331, t = 74 - 17 = 57
 *   factor = 0.9^(1 / -0.1542) - 1 = 0.980346
 *   R = (1 + 0.980346 * 57 / 56.95671)^-0.1542 = 0.899948
 *   S'f = 1.4835 * 2.104331^-0.0614 * (57.95671^0.2629 - 1) * e^(1.6483 * 0.100052)
 *       = 1.4835 * 0.955349 * 1.907528 * 1.179300 = 3.188125, below S so kept
 *   D' = 2.104331 + 3.0194 * 2 * (10 - 2.104331) / 9 = 7.402080
 *   D'' = 0.001 * -4.771631 + 0.999 * 7.402080 = 7.389976
 *   interval round (3.188125) = 3, due 77; a lapse; Again means relearning. */
static void
test_lapse (void)
{
  PursuitScheduler scheduler;
  PursuitMemory before = seen_memory (56.95671, 2.104331, 17, 74);
  PursuitMemory after;

  before.reps = 3;
  pursuit_scheduler_init (&scheduler, PURSUIT_PRACTICE_DEFAULT_RETENTION);

  g_assert_cmpfloat_with_epsilon (pursuit_scheduler_retrievability (&scheduler, &before, 74), 0.899948, 1e-6);
  pursuit_scheduler_review (&scheduler, &before, PURSUIT_RATING_AGAIN, 74, &after);
  g_assert_cmpfloat_with_epsilon (after.stability, 3.188125, 1e-6);
  g_assert_cmpfloat_with_epsilon (after.difficulty, 7.389976, 1e-6);
  g_assert_cmpint (after.due_day, ==, 77);
  g_assert_cmpint (after.state, ==, PURSUIT_CARD_STATE_RELEARNING);
  g_assert_cmpint (after.lapses, ==, 1);
  g_assert_cmpint (after.reps, ==, 4);

  /* A second Again the next day is a second lapse; the stability cannot
   * grow through a lapse (S'f is capped at S). */
  before = after;
  pursuit_scheduler_review (&scheduler, &before, PURSUIT_RATING_AGAIN, 78, &after);
  g_assert_cmpint (after.lapses, ==, 2);
  g_assert_cmpfloat (after.stability, <=, before.stability);
  g_assert_cmpint (after.due_day, ==, 79);

  /* Good after the lapse brings it back to review. */
  pursuit_scheduler_review (&scheduler, &after, PURSUIT_RATING_GOOD, 79, &after);
  g_assert_cmpint (after.state, ==, PURSUIT_CARD_STATE_REVIEW);
  g_assert_cmpint (after.lapses, ==, 2);

  /* Again long after a first Again, where S'f would exceed S = 0.212:
   *   t = 1000, R = (1 + 0.980346 * 1000 / 0.212)^-0.1542 = 0.272167
   *   S'f = 1.4835 * 6.4133^-0.0614 * (1.212^0.2629 - 1) * e^(1.6483 * 0.727833)
   *       = 1.4835 * 0.892165 * 0.051848 * 3.319077 = 0.227761, so S stays 0.212
   *   D'' = 0.001 * -4.771631 + 0.999 * (6.4133 + 3.0194 * 2 * 3.5867 / 9) = 8.806304 */
  pursuit_memory_init (&before);
  pursuit_scheduler_review (&scheduler, &before, PURSUIT_RATING_AGAIN, 0, &before);
  pursuit_scheduler_review (&scheduler, &before, PURSUIT_RATING_AGAIN, 1000, &after);
  g_assert_cmpfloat_with_epsilon (after.stability, 0.212, 1e-9);
  g_assert_cmpfloat_with_epsilon (after.difficulty, 8.806304, 1e-6);
  g_assert_cmpint (after.due_day, ==, 1001);
  g_assert_cmpint (after.lapses, ==, 1);
}

/* Answered again on the same day (t = 0): FSRS-6's short-term stability.
 * From S = 2.3065, D = 2.118104, by hand:
 *   SInc = e^(0.5425 (G - 3 + 0.0912)) * 2.3065^-0.0658, 2.3065^-0.0658 = 0.946508
 *   Again: e^(0.5425 * -1.9088) * 0.946508 = 0.336044 -> S 0.775084
 *   Good:  e^(0.5425 * 0.0912) * 0.946508 = 0.994519, at least 1 -> S 2.3065
 *   Easy:  e^(0.5425 * 1.0912) * 0.946508 = 1.710842 -> S 3.946054
 * The difficulty moves as on any day: Again 7.394503, Good 2.111214, Easy 1. */
static void
test_same_day (void)
{
  PursuitScheduler scheduler;
  PursuitMemory before = seen_memory (2.3065, 2.118104, 40, 43);
  PursuitMemory outcomes[PURSUIT_RATING_COUNT];

  pursuit_scheduler_init (&scheduler, PURSUIT_PRACTICE_DEFAULT_RETENTION);
  pursuit_scheduler_preview (&scheduler, &before, 40, outcomes);

  g_assert_cmpfloat_with_epsilon (outcomes[0].stability, 0.775084, 1e-6);
  g_assert_cmpfloat_with_epsilon (outcomes[0].difficulty, 7.394503, 1e-6);
  g_assert_cmpint (outcomes[0].lapses, ==, 1);
  g_assert_cmpint (outcomes[0].due_day, ==, 41);
  g_assert_cmpfloat_with_epsilon (outcomes[2].stability, 2.3065, 1e-9);
  g_assert_cmpfloat_with_epsilon (outcomes[2].difficulty, 2.111214, 1e-6);
  g_assert_cmpfloat_with_epsilon (outcomes[3].stability, 3.946054, 1e-6);
  g_assert_cmpfloat (outcomes[3].difficulty, ==, 1.0);
  /* Intervals in order: Again 1, Hard 2 (round 2.3065 = 2), Good 3, Easy 4. */
  g_assert_cmpint (outcomes[1].due_day, ==, 42);
  g_assert_cmpint (outcomes[2].due_day, ==, 43);
  g_assert_cmpint (outcomes[3].due_day, ==, 44);

  /* A clock set back to a day before the last review counts as the same day. */
  pursuit_scheduler_preview (&scheduler, &before, 39, outcomes);
  g_assert_cmpfloat_with_epsilon (outcomes[3].stability, 3.946054, 1e-6);
}

/* The time zone decides what "the same day" is. Answers at 23:00 and 08:00
 * the next morning in Tokyo are a day apart there but on one UTC day. In
 * Tokyo the second Good is the reference's day-1 review ("early-reviews":
 * S 7.315301); in UTC it is a same-day review (S stays 2.3065). */
static void
test_time_zone_days (void)
{
  g_autoptr(GTimeZone) tokyo = zone_new ("Asia/Tokyo");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  gint64 evening = unix_time ("Asia/Tokyo", 2026, 3, 4, 23, 0);
  gint64 morning = unix_time ("Asia/Tokyo", 2026, 3, 5, 8, 0);
  PursuitScheduler scheduler;
  PursuitMemory fresh;
  g_autoptr(PursuitReview) first_tokyo = NULL;
  g_autoptr(PursuitReview) second_tokyo = NULL;
  g_autoptr(PursuitReview) first_utc = NULL;
  g_autoptr(PursuitReview) second_utc = NULL;

  pursuit_scheduler_init (&scheduler, PURSUIT_PRACTICE_DEFAULT_RETENTION);
  pursuit_memory_init (&fresh);

  first_tokyo = pursuit_scheduler_record (&scheduler, "q", &fresh, PURSUIT_RATING_GOOD, evening, tokyo, 30);
  second_tokyo = pursuit_scheduler_record (&scheduler, "q", &first_tokyo->after, PURSUIT_RATING_GOOD,
                                           morning, tokyo, 30);
  g_assert_cmpint (first_tokyo->after.last_review_day, ==, THURSDAY_2026_03_05 - 1);
  g_assert_cmpint (second_tokyo->after.last_review_day, ==, THURSDAY_2026_03_05);
  g_assert_cmpfloat_with_epsilon (second_tokyo->after.stability, 7.315301, 1e-5);
  g_assert_cmpint (second_tokyo->after.due_day, ==, THURSDAY_2026_03_05 + 7);

  first_utc = pursuit_scheduler_record (&scheduler, "q", &fresh, PURSUIT_RATING_GOOD, evening, utc, 30);
  second_utc = pursuit_scheduler_record (&scheduler, "q", &first_utc->after, PURSUIT_RATING_GOOD,
                                         morning, utc, 30);
  g_assert_cmpint (first_utc->after.last_review_day, ==, second_utc->after.last_review_day);
  g_assert_cmpfloat_with_epsilon (second_utc->after.stability, 2.3065, 1e-9);
}

/* Desired retention 0.8, by hand: I = S / factor * (0.8^(1/decay) - 1)
 * = S * 3.315960. First Good: 2.3065 * 3.315960 = 7.65 -> 8 days. Then the
 * sequence checked against ts-fsrs 5.4.2 run with request_retention 0.8:
 * Good day 3 (S 13.826903, 46 days), Again day 10 (S 1.614598, D 7.392238,
 * 5 days), Good day 30 (S 12.041309, 40 days). */
static void
test_desired_retention (void)
{
  const int days[] = { 0, 3, 10, 30 };
  const PursuitRating ratings[] = { PURSUIT_RATING_GOOD, PURSUIT_RATING_GOOD, PURSUIT_RATING_AGAIN,
                                    PURSUIT_RATING_GOOD };
  const double stability[] = { 2.3065, 13.826903, 1.614598, 12.041309 };
  const int intervals[] = { 8, 46, 5, 40 };
  PursuitScheduler scheduler;
  PursuitMemory memory;

  pursuit_scheduler_init (&scheduler, 0.8);
  pursuit_memory_init (&memory);
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      pursuit_scheduler_review (&scheduler, &memory, ratings[i], days[i], &memory);
      g_assert_cmpfloat_with_epsilon (memory.stability, stability[i], 1e-4);
      g_assert_cmpint (memory.due_day - days[i], ==, intervals[i]);
    }
  g_assert_cmpfloat_with_epsilon (memory.difficulty, 7.380074, 1e-4);
}

/* The log of two questions, interleaved, in a time zone with summer time and
 * with same-day answers, rebuilds each question's state exactly. */
static void
test_replay (void)
{
  g_autoptr(GTimeZone) berlin = zone_new ("Europe/Berlin");
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_review_free);
  const PursuitRating ratings[] = { PURSUIT_RATING_GOOD, PURSUIT_RATING_AGAIN, PURSUIT_RATING_HARD,
                                    PURSUIT_RATING_GOOD, PURSUIT_RATING_EASY, PURSUIT_RATING_AGAIN,
                                    PURSUIT_RATING_GOOD, PURSUIT_RATING_GOOD };
  /* Hours after the start: same evening, next morning, days and weeks later. */
  const int hours[] = { 0, 2, 14, 60, 61, 300, 700, 2000 };
  gint64 start = unix_time ("Europe/Berlin", 2026, 3, 20, 19, 0);
  PursuitScheduler scheduler;
  PursuitMemory live[2];
  PursuitMemory replayed;
  g_autoptr(GError) error = NULL;
  PursuitReview *first;
  PursuitReview *second;

  pursuit_scheduler_init (&scheduler, 0.85);
  pursuit_memory_init (&live[0]);
  pursuit_memory_init (&live[1]);
  for (guint i = 0; i < G_N_ELEMENTS (ratings); i++)
    {
      const char *ids[] = { "q-a", "custom-12" };

      for (guint q = 0; q < 2; q++)
        {
          PursuitRating rating = q == 0 ? ratings[i] : ratings[G_N_ELEMENTS (ratings) - 1 - i];
          PursuitReview *review = pursuit_scheduler_record (&scheduler, ids[q], &live[q], rating,
                                                            start + (gint64) hours[i] * HOUR + q * 60,
                                                            berlin, 20);

          live[q] = review->after;
          g_ptr_array_add (log, review);
        }
    }
  g_assert_cmpint (live[0].reps, ==, 8);
  g_assert_cmpint (live[0].lapses, ==, 2);

  g_assert_true (pursuit_scheduler_replay (&scheduler, log, "q-a", berlin, &replayed, &error));
  g_assert_no_error (error);
  assert_memory_equal (&replayed, &live[0]);
  g_assert_true (pursuit_scheduler_replay (&scheduler, log, "custom-12", berlin, &replayed, &error));
  assert_memory_equal (&replayed, &live[1]);

  /* A question without reviews replays to a new card. */
  g_assert_true (pursuit_scheduler_replay (&scheduler, log, "q-other", berlin, &replayed, &error));
  g_assert_cmpint (replayed.state, ==, PURSUIT_CARD_STATE_NEW);
  g_assert_cmpint (replayed.reps, ==, 0);

  /* Out of order: refused with an error. */
  first = g_ptr_array_index (log, 0);
  second = g_ptr_array_index (log, 2);
  g_assert_cmpstr (first->question_id, ==, second->question_id);
  first->reviewed_at = second->reviewed_at + 1;
  g_assert_false (pursuit_scheduler_replay (&scheduler, log, "q-a", berlin, &replayed, &error));
  g_assert_error (error, PURSUIT_PRACTICE_ERROR, PURSUIT_PRACTICE_ERROR_INVALID_LOG);
  g_clear_error (&error);
  first->reviewed_at = start;

  second->rating = 7;
  g_assert_false (pursuit_scheduler_replay (&scheduler, log, "q-a", berlin, &replayed, &error));
  g_assert_error (error, PURSUIT_PRACTICE_ERROR, PURSUIT_PRACTICE_ERROR_INVALID_LOG);
}

/* Interview plans */

/* Today is Monday 2026-03-02; the interview is on Thursday at 14:00, so the
 * plan runs Monday to Wednesday (the eve). */
#define MONDAY (THURSDAY_2026_03_05 - 3)
#define WEDNESDAY (THURSDAY_2026_03_05 - 1)

static gint64
monday_morning (void)
{
  return unix_time ("Europe/Berlin", 2026, 3, 2, 9, 0);
}

static gint64
thursday_interview (void)
{
  return unix_time ("Europe/Berlin", 2026, 3, 5, 14, 0);
}

static int
planned_day (const PursuitInterviewPlan *plan,
             const char                 *question_id)
{
  const PursuitPlanEntry *entry = pursuit_interview_plan_find (plan, question_id);

  g_assert_nonnull (entry);
  return entry->planned_day;
}

static void
test_plan_interview_cap (void)
{
  g_autoptr(GTimeZone) berlin = zone_new ("Europe/Berlin");
  g_autoptr(GPtrArray) set = card_array ();
  g_autoptr(PursuitInterviewPlan) plan = NULL;
  PursuitPracticeLimits limits;

  pursuit_practice_limits_init (&limits);
  add_seen_card (set, "due-after", MONDAY - 5, MONDAY + 20);   /* pulled back to the eve */
  add_seen_card (set, "due-tuesday", MONDAY - 2, MONDAY + 1);  /* stays */
  add_seen_card (set, "overdue", MONDAY - 9, MONDAY - 2);      /* today */
  add_seen_card (set, "due-thursday", MONDAY - 1, THURSDAY_2026_03_05);  /* the eve */
  add_seen_card (set, "due-tuesday", MONDAY - 2, MONDAY + 30); /* listed twice: counts once */

  plan = pursuit_interview_plan_new (7, thursday_interview (), set, &limits, monday_morning (), berlin);
  g_assert_true (plan->active);
  g_assert_cmpint (plan->job_id, ==, 7);
  g_assert_cmpint (plan->today, ==, MONDAY);
  g_assert_cmpint (plan->interview_day, ==, THURSDAY_2026_03_05);
  g_assert_cmpuint (plan->n_questions, ==, 4);
  g_assert_cmpuint (plan->entries->len, ==, 4);

  g_assert_cmpint (planned_day (plan, "due-after"), ==, WEDNESDAY);
  g_assert_cmpint (planned_day (plan, "due-tuesday"), ==, MONDAY + 1);
  g_assert_cmpint (planned_day (plan, "overdue"), ==, MONDAY);
  g_assert_cmpint (planned_day (plan, "due-thursday"), ==, WEDNESDAY);
  g_assert_null (pursuit_interview_plan_find (plan, "not-in-set"));

  g_assert_cmpuint (plan->n_reviewed, ==, 4);
  g_assert_cmpuint (plan->n_due_before, ==, 4);
  g_assert_cmpuint (plan->n_new_planned, ==, 0);
  g_assert_cmpuint (pursuit_interview_plan_count_on_day (plan, WEDNESDAY, FALSE), ==, 2);
  g_assert_cmpuint (pursuit_interview_plan_count_on_day (plan, WEDNESDAY, TRUE), ==, 0);
}

/* The set is due, some of it long after the interview: every planned day
 * lies from today to the eve, and nothing on or after the interview day. On
 * the eve itself, a question answered that day is done for this interview. */
static void
test_plan_nothing_after_interview (void)
{
  g_autoptr(GTimeZone) berlin = zone_new ("Europe/Berlin");
  g_autoptr(GPtrArray) set = card_array ();
  g_autoptr(PursuitInterviewPlan) plan = NULL;
  g_autoptr(PursuitInterviewPlan) eve_plan = NULL;
  PursuitPracticeLimits limits;

  pursuit_practice_limits_init (&limits);
  for (int i = 0; i < 30; i++)
    {
      g_autofree char *id = g_strdup_printf ("q-%d", i);

      add_seen_card (set, id, MONDAY - 30 + i, MONDAY - 10 + 3 * i);
    }
  add_new_cards (set, "new-", 5);

  plan = pursuit_interview_plan_new (7, thursday_interview (), set, &limits, monday_morning (), berlin);
  for (guint i = 0; i < plan->entries->len; i++)
    {
      const PursuitPlanEntry *entry = g_ptr_array_index (plan->entries, i);

      g_assert_cmpint (entry->planned_day, >=, MONDAY);
      g_assert_cmpint (entry->planned_day, <=, WEDNESDAY);
    }
  g_assert_cmpuint (plan->n_due_before, ==, 30);
  g_assert_cmpuint (plan->n_new_planned, ==, 5);

  /* Wednesday evening: the questions answered that day are done; those
   * answered before are due that day. */
  for (guint i = 0; i < set->len; i++)
    {
      PursuitCard *card = g_ptr_array_index (set, i);

      if (i % 2 == 0 && card->memory.state != PURSUIT_CARD_STATE_NEW)
        {
          card->memory.last_review_day = WEDNESDAY;
          card->memory.due_day = WEDNESDAY + 3;
        }
    }
  eve_plan = pursuit_interview_plan_new (7, thursday_interview (), set, &limits,
                                         unix_time ("Europe/Berlin", 2026, 3, 4, 20, 0), berlin);
  g_assert_true (eve_plan->active);
  g_assert_cmpuint (eve_plan->n_due_before, ==, 15);
  for (guint i = 0; i < eve_plan->entries->len; i++)
    {
      const PursuitPlanEntry *entry = g_ptr_array_index (eve_plan->entries, i);

      if (entry->card->memory.last_review_day == WEDNESDAY)
        g_assert_cmpint (entry->planned_day, ==, PURSUIT_PRACTICE_NO_DAY);
      else
        g_assert_cmpint (entry->planned_day, ==, WEDNESDAY);
    }
}

static guint
count_new_planned_by (const PursuitInterviewPlan *plan,
                      int                         last_day)
{
  guint count = 0;

  for (int day = plan->today; day <= last_day; day++)
    count += pursuit_interview_plan_count_on_day (plan, day, TRUE);
  return count;
}

/* Questions never answered: started as early as the limit allows, all
 * before the eve when the limit allows it, else spread evenly. */
static void
test_plan_unseen (void)
{
  g_autoptr(GTimeZone) berlin = zone_new ("Europe/Berlin");
  gint64 next_monday = unix_time ("Europe/Berlin", 2026, 3, 9, 14, 0);  /* 7 days: eve is Sunday */
  PursuitPracticeLimits limits;
  struct {
    guint n_unseen;
    int new_done_today;
    gint64 starts_at;
    guint per_day[7];
  } cases[] = {
    /* 25 over Monday..Sunday at 10 a day: 10, 10, 5, all long before the eve. */
    { 25, 0, 0, { 10, 10, 5, 0, 0, 0, 0 } },
    /* 4 already started today: 6 more today, then 10, 9. */
    { 25, 4, 0, { 6, 10, 9, 0, 0, 0, 0 } },
    /* Thursday's interview, 30 fit Monday..Tuesday..Wednesday only with the
     * eve: 10, 10, 10. */
    { 30, 0, 1, { 10, 10, 10 } },
    /* 20 fit before the eve (Monday and Tuesday). */
    { 20, 0, 1, { 10, 10, 0 } },
    /* 45 do not fit three days of 10: 15 each. */
    { 45, 0, 1, { 15, 15, 15 } },
    /* 46: the earlier days take the one more. */
    { 46, 0, 1, { 16, 15, 15 } },
  };

  pursuit_practice_limits_init (&limits);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GPtrArray) set = card_array ();
      g_autoptr(PursuitInterviewPlan) plan = NULL;
      gint64 starts_at = cases[c].starts_at == 0 ? next_monday : thursday_interview ();
      int eve = pursuit_practice_day_from_unix (starts_at, berlin) - 1;

      add_new_cards (set, "new-", cases[c].n_unseen);
      limits.new_done_today = cases[c].new_done_today;

      plan = pursuit_interview_plan_new (3, starts_at, set, &limits, monday_morning (), berlin);
      g_assert_cmpuint (plan->n_new_planned, ==, cases[c].n_unseen);
      g_assert_cmpuint (plan->n_reviewed, ==, 0);
      g_assert_cmpuint (count_new_planned_by (plan, eve), ==, cases[c].n_unseen);
      for (int day = MONDAY; day <= eve; day++)
        g_assert_cmpuint (pursuit_interview_plan_count_on_day (plan, day, TRUE), ==,
                          cases[c].per_day[day - MONDAY]);
      /* In set order. */
      g_assert_cmpint (planned_day (plan, "new-0"), ==, MONDAY);
    }

  /* When the limits allow: every unseen question is planned before the eve. */
  for (guint n_unseen = 0; n_unseen <= 60; n_unseen += 5)
    {
      g_autoptr(GPtrArray) set = card_array ();
      g_autoptr(PursuitInterviewPlan) plan = NULL;

      add_new_cards (set, "new-", n_unseen);
      limits.new_done_today = 0;
      plan = pursuit_interview_plan_new (3, next_monday, set, &limits, monday_morning (), berlin);
      /* Monday..Saturday is 6 days of 10 before Sunday, the eve. */
      g_assert_cmpuint (count_new_planned_by (plan, MONDAY + 5), ==, n_unseen);
    }
}

/* On the interview day nothing is planned; once it has started the plan is
 * inactive and the questions follow their own schedule. */
static void
test_plan_after_interview (void)
{
  g_autoptr(GTimeZone) berlin = zone_new ("Europe/Berlin");
  g_autoptr(GPtrArray) set = card_array ();
  g_autoptr(PursuitInterviewPlan) morning = NULL;
  g_autoptr(PursuitInterviewPlan) after = NULL;
  g_autoptr(PursuitPracticeQueue) queue = NULL;
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();
  PursuitPracticeLimits limits;
  g_autofree char *sentence = NULL;

  pursuit_practice_limits_init (&limits);
  add_seen_card (set, "due-later", MONDAY, THURSDAY_2026_03_05 + 10);
  add_seen_card (set, "due-today", MONDAY, THURSDAY_2026_03_05);
  add_new_card (set, "new");

  morning = pursuit_interview_plan_new (7, thursday_interview (), set, &limits,
                                        unix_time ("Europe/Berlin", 2026, 3, 5, 8, 0), berlin);
  g_assert_true (morning->active);
  g_assert_cmpuint (morning->n_due_before, ==, 0);
  g_assert_cmpuint (morning->n_new_planned, ==, 0);
  for (guint i = 0; i < morning->entries->len; i++)
    g_assert_cmpint (((PursuitPlanEntry *) g_ptr_array_index (morning->entries, i))->planned_day,
                     ==, PURSUIT_PRACTICE_NO_DAY);
  sentence = pursuit_interview_plan_format_readiness (morning, berlin);
  g_assert_cmpstr (sentence, ==, "2 of 3 questions reviewed, interview today");
  g_clear_pointer (&sentence, g_free);

  after = pursuit_interview_plan_new (7, thursday_interview (), set, &limits,
                                      thursday_interview () + HOUR, berlin);
  g_assert_false (after->active);
  g_assert_cmpuint (after->n_reviewed, ==, 2);
  sentence = pursuit_interview_plan_format_readiness (after, berlin);
  g_assert_cmpstr (sentence, ==, "2 of 3 questions reviewed");

  /* Normal scheduling: what is due today comes, what is due later does not. */
  g_ptr_array_add (plans, after);
  queue = pursuit_practice_queue_new (set, plans, &limits, THURSDAY_2026_03_05);
  g_assert_cmpuint (queue->items->len, ==, 2);
  g_assert_cmpstr (((PursuitQueueItem *) g_ptr_array_index (queue->items, 0))->card->question_id,
                   ==, "due-today");
  g_assert_cmpint (((PursuitQueueItem *) g_ptr_array_index (queue->items, 0))->reason,
                   ==, PURSUIT_QUEUE_REASON_DUE);
  g_assert_cmpuint (queue->n_interview, ==, 0);
}

/* The example of the issue, on the eve: 40 questions, 31 answered (25 of
 * them that day), 6 still due before Thursday. */
static void
test_plan_readiness (void)
{
  g_autoptr(GTimeZone) berlin = zone_new ("Europe/Berlin");
  g_autoptr(GPtrArray) set = card_array ();
  g_autoptr(PursuitInterviewPlan) plan = NULL;
  g_autoptr(PursuitInterviewPlan) early = NULL;
  g_autofree char *sentence = NULL;
  PursuitPracticeLimits limits;

  pursuit_practice_limits_init (&limits);
  for (int i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("q-%d", i);

      if (i < 25)
        add_seen_card (set, id, WEDNESDAY, WEDNESDAY + 5);
      else if (i < 31)
        add_seen_card (set, id, MONDAY - 4, MONDAY + 9);
      else
        add_new_card (set, id);
    }

  plan = pursuit_interview_plan_new (7, thursday_interview (), set, &limits,
                                     unix_time ("Europe/Berlin", 2026, 3, 4, 18, 0), berlin);
  g_assert_cmpuint (plan->n_questions, ==, 40);
  g_assert_cmpuint (plan->n_reviewed, ==, 31);
  g_assert_cmpuint (plan->n_due_before, ==, 6);
  g_assert_cmpuint (plan->n_new_planned, ==, 9);
  sentence = pursuit_interview_plan_format_readiness (plan, berlin);
  g_assert_cmpstr (sentence, ==, "31 of 40 questions reviewed, 6 due before Thursday");
  g_clear_pointer (&sentence, g_free);

  /* More than a week ahead the date is given as well. */
  early = pursuit_interview_plan_new (7, thursday_interview () + 7 * DAY, set, &limits,
                                      monday_morning (), berlin);
  sentence = pursuit_interview_plan_format_readiness (early, berlin);
  g_assert_cmpstr (sentence, ==, "31 of 40 questions reviewed, 31 due before Thursday 12 March");
}

/* Today's queue */

static const PursuitQueueItem *
queue_item (const PursuitPracticeQueue *queue,
            guint                       index)
{
  g_assert_cmpuint (index, <, queue->items->len);
  return g_ptr_array_index (queue->items, index);
}

static void
assert_queue_order (const PursuitPracticeQueue *queue,
                    const char * const         *expected)
{
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (n, queue->items->len); i++)
    g_assert_cmpstr (queue_item (queue, i)->card->question_id, ==, expected[i]);
  g_assert_cmpuint (queue->items->len, ==, n);
}

static void
test_queue_order_and_limits (void)
{
  g_autoptr(GTimeZone) berlin = zone_new ("Europe/Berlin");
  g_autoptr(GPtrArray) cards = card_array ();
  g_autoptr(GPtrArray) set = card_array ();
  g_autoptr(GPtrArray) later_set = card_array ();
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_interview_plan_free);
  g_autoptr(PursuitPracticeQueue) queue = NULL;
  PursuitPracticeLimits limits;
  const char * const order[] = {
    /* Tuesday's interview first, then Thursday's; seen before new. */
    "soon-seen", "soon-new", "thursday-seen",
    /* Then due, the longest overdue first, ties in the order given. */
    "overdue-5", "overdue-1a", "overdue-1b", "due-today",
    /* Then new, up to the limit of 10 less the 1 new for the interview. */
    "n-0", "n-1", "n-2", "n-3", "n-4", "n-5", "n-6", "n-7", "n-8",
    NULL
  };

  pursuit_practice_limits_init (&limits);
  add_seen_card (cards, "due-today", MONDAY - 3, MONDAY);
  add_seen_card (cards, "overdue-1a", MONDAY - 3, MONDAY - 1);
  add_seen_card (cards, "not-due", MONDAY - 1, MONDAY + 3);
  add_seen_card (cards, "overdue-5", MONDAY - 8, MONDAY - 5);
  add_seen_card (cards, "overdue-1b", MONDAY - 3, MONDAY - 1);
  add_new_cards (cards, "n-", 15);
  add_seen_card (cards, "soon-seen", MONDAY - 2, MONDAY + 10);
  add_new_card (cards, "soon-new");
  add_seen_card (cards, "thursday-seen", MONDAY - 2, MONDAY);

  /* Interview on Tuesday: the eve is today. */
  add_new_card (set, "soon-new");
  add_seen_card (set, "soon-seen", MONDAY - 2, MONDAY + 10);
  add_seen_card (later_set, "thursday-seen", MONDAY - 2, MONDAY);
  add_seen_card (later_set, "soon-seen", MONDAY - 2, MONDAY + 10);
  g_ptr_array_add (plans, pursuit_interview_plan_new (9, thursday_interview (), later_set, &limits,
                                                      monday_morning (), berlin));
  g_ptr_array_add (plans, pursuit_interview_plan_new (8, unix_time ("Europe/Berlin", 2026, 3, 3, 10, 0),
                                                      set, &limits, monday_morning (), berlin));

  queue = pursuit_practice_queue_new (cards, plans, &limits, MONDAY);
  assert_queue_order (queue, order);
  g_assert_cmpint (queue_item (queue, 0)->reason, ==, PURSUIT_QUEUE_REASON_INTERVIEW);
  g_assert_cmpint (queue_item (queue, 0)->job_id, ==, 8);
  g_assert_cmpint (queue_item (queue, 1)->reason, ==, PURSUIT_QUEUE_REASON_INTERVIEW);
  g_assert_cmpint (queue_item (queue, 2)->job_id, ==, 9);
  g_assert_cmpint (queue_item (queue, 3)->reason, ==, PURSUIT_QUEUE_REASON_DUE);
  g_assert_cmpint (queue_item (queue, 3)->days_overdue, ==, 5);
  g_assert_cmpint (queue_item (queue, 6)->days_overdue, ==, 0);
  g_assert_cmpint (queue_item (queue, 7)->reason, ==, PURSUIT_QUEUE_REASON_NEW);
  g_assert_cmpuint (queue->n_interview, ==, 3);
  /* soon-seen, thursday-seen, overdue-5, overdue-1a, overdue-1b, due-today */
  g_assert_cmpuint (queue->n_due, ==, 6);
  /* n-0..n-14 and soon-new */
  g_assert_cmpuint (queue->n_new_available, ==, 16);

  /* 8 new ones done today: 10 - 8 - 1 leaves room for one more. */
  limits.new_done_today = 8;
  g_clear_pointer (&queue, pursuit_practice_queue_free);
  queue = pursuit_practice_queue_new (cards, plans, &limits, MONDAY);
  g_assert_cmpuint (queue->items->len, ==, 8);
  g_assert_cmpstr (queue_item (queue, 7)->card->question_id, ==, "n-0");

  /* The interview's new question stays even with the limit used up. */
  limits.new_done_today = 10;
  g_clear_pointer (&queue, pursuit_practice_queue_free);
  queue = pursuit_practice_queue_new (cards, plans, &limits, MONDAY);
  g_assert_cmpuint (queue->items->len, ==, 7);
  g_assert_cmpstr (queue_item (queue, 1)->card->question_id, ==, "soon-new");
}

static void
test_queue_review_cap (void)
{
  g_autoptr(GTimeZone) berlin = zone_new ("Europe/Berlin");
  g_autoptr(GPtrArray) cards = card_array ();
  g_autoptr(GPtrArray) set = card_array ();
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_interview_plan_free);
  g_autoptr(PursuitPracticeQueue) queue = NULL;
  g_autoptr(GPtrArray) session_cards = NULL;
  PursuitPracticeLimits limits;

  pursuit_practice_limits_init (&limits);
  for (int i = 0; i < 150; i++)
    {
      g_autofree char *id = g_strdup_printf ("q-%03d", i);

      add_seen_card (cards, id, MONDAY - 200, MONDAY - 150 + i);
    }
  add_new_cards (cards, "n-", 5);
  add_seen_card (set, "q-149", MONDAY - 200, MONDAY - 1);

  queue = pursuit_practice_queue_new (cards, NULL, &limits, MONDAY);
  g_assert_cmpuint (queue->n_due, ==, 150);
  g_assert_cmpuint (queue->items->len, ==, 100 + 5);
  g_assert_cmpstr (queue_item (queue, 0)->card->question_id, ==, "q-000");
  g_assert_cmpint (queue_item (queue, 0)->days_overdue, ==, 150);
  g_assert_cmpstr (queue_item (queue, 99)->card->question_id, ==, "q-099");

  /* The cap counts what today already did, and the interview goes first. */
  limits.reviews_done_today = 97;
  g_ptr_array_add (plans, pursuit_interview_plan_new (1, thursday_interview (), set, &limits,
                                                      monday_morning (), berlin));
  g_clear_pointer (&queue, pursuit_practice_queue_free);
  queue = pursuit_practice_queue_new (cards, plans, &limits, MONDAY);
  g_assert_cmpuint (queue->n_due, ==, 150);
  assert_queue_order (queue, (const char * const[]) {
    "q-149", "q-000", "q-001", "n-0", "n-1", "n-2", "n-3", "n-4", NULL
  });

  session_cards = pursuit_practice_queue_dup_cards (queue);
  g_assert_cmpuint (session_cards->len, ==, 8);
  g_assert_cmpstr (((PursuitCard *) g_ptr_array_index (session_cards, 0))->question_id, ==, "q-149");

  /* A cap of zero leaves only the new ones. */
  limits.reviews_per_day = 0;
  g_clear_pointer (&queue, pursuit_practice_queue_free);
  queue = pursuit_practice_queue_new (cards, plans, &limits, MONDAY);
  g_assert_cmpuint (queue->items->len, ==, 5);
}

/* Statistics */

static PursuitReview *
hand_review (const char    *question_id,
             gint64         reviewed_at,
             PursuitRating  rating,
             int            seconds,
             gboolean       was_new)
{
  PursuitReview *review = g_new0 (PursuitReview, 1);

  review->question_id = g_strdup (question_id);
  review->reviewed_at = reviewed_at;
  review->rating = rating;
  review->seconds_taken = seconds;
  review->before.state = was_new ? PURSUIT_CARD_STATE_NEW : PURSUIT_CARD_STATE_REVIEW;
  return review;
}

/* A log built by hand in New York, "today" being Thursday 2026-03-05. */
static void
test_stats_log (void)
{
  g_autoptr(GTimeZone) new_york = zone_new ("America/New_York");
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_review_free);
  g_autoptr(GArray) per_day = NULL;
  PursuitPracticeLimits limits;
  PursuitPracticeTotals totals;
  const int today = THURSDAY_2026_03_05;

#define AT(day, hour, minute) unix_time ("America/New_York", 2026, 3, day, hour, minute)
  /* Out of order on purpose; the counts must not care. */
  g_ptr_array_add (log, hand_review ("q-a", AT (4, 23, 30), PURSUIT_RATING_GOOD, 40, FALSE)); /* 04:30 UTC on the 5th */
  g_ptr_array_add (log, hand_review ("q-a", AT (2, 9, 0), PURSUIT_RATING_AGAIN, 90, TRUE));
  g_ptr_array_add (log, hand_review ("q-b", AT (2, 9, 5), PURSUIT_RATING_HARD, 60, TRUE));
  g_ptr_array_add (log, hand_review ("q-c", AT (3, 0, 10), PURSUIT_RATING_GOOD, 30, TRUE));
  g_ptr_array_add (log, hand_review ("q-b", AT (3, 21, 0), PURSUIT_RATING_EASY, 20, FALSE));
  g_ptr_array_add (log, hand_review ("q-c", AT (3, 22, 0), PURSUIT_RATING_GOOD, 25, FALSE));
  g_ptr_array_add (log, hand_review ("q-d", AT (1, 12, 0) - 3 * DAY, PURSUIT_RATING_GOOD, 10, TRUE)); /* 26 Feb */
  g_ptr_array_add (log, hand_review ("q-d", AT (1, 12, 0) - 40 * DAY, PURSUIT_RATING_GOOD, 10, TRUE));   /* outside 2 weeks */
  g_ptr_array_add (log, hand_review ("q-e", AT (6, 1, 0), PURSUIT_RATING_GOOD, 10, TRUE));               /* tomorrow */
#undef AT

  /* Days with answers: 26 Feb, 2, 3 (3 answers), 4 March. */
  per_day = pursuit_practice_reviews_per_day (log, new_york, today, 2);
  g_assert_cmpuint (per_day->len, ==, 14);
  g_assert_cmpuint (g_array_index (per_day, guint, 13), ==, 0);  /* today, 5 March */
  g_assert_cmpuint (g_array_index (per_day, guint, 12), ==, 1);  /* 4 March, 23:30 */
  g_assert_cmpuint (g_array_index (per_day, guint, 11), ==, 3);  /* 3 March */
  g_assert_cmpuint (g_array_index (per_day, guint, 10), ==, 2);  /* 2 March */
  g_assert_cmpuint (g_array_index (per_day, guint, 9), ==, 0);   /* 1 March */
  g_assert_cmpuint (g_array_index (per_day, guint, 6), ==, 1);   /* 26 February */
  g_assert_cmpuint (g_array_index (per_day, guint, 0), ==, 0);   /* 20 February */

  /* Nothing today yet: yesterday keeps the streak (2, 3, 4 March). */
  g_assert_cmpuint (pursuit_practice_streak (log, new_york, today), ==, 3);
  /* Today's answer adds to it. */
  g_ptr_array_add (log, hand_review ("q-c", unix_time ("America/New_York", 2026, 3, 5, 7, 0),
                                     PURSUIT_RATING_AGAIN, 50, FALSE));
  g_assert_cmpuint (pursuit_practice_streak (log, new_york, today), ==, 4);
  /* Tomorrow has the 01:00 answer: five days. Two days without practice
   * end it. */
  g_assert_cmpuint (pursuit_practice_streak (log, new_york, today + 1), ==, 5);
  g_assert_cmpuint (pursuit_practice_streak (log, new_york, today + 2), ==, 5);
  g_assert_cmpuint (pursuit_practice_streak (log, new_york, today + 3), ==, 0);

  pursuit_practice_limits_init (&limits);
  pursuit_practice_limits_count_done (&limits, log, new_york, today);
  g_assert_cmpint (limits.new_done_today, ==, 0);
  g_assert_cmpint (limits.reviews_done_today, ==, 1);
  pursuit_practice_limits_count_done (&limits, log, new_york, today - 3);
  g_assert_cmpint (limits.new_done_today, ==, 2);
  g_assert_cmpint (limits.reviews_done_today, ==, 0);

  g_ptr_array_remove_range (log, 6, log->len - 6);
  pursuit_practice_totals (log, &totals);
  g_assert_cmpuint (totals.n_answers, ==, 6);
  g_assert_cmpuint (totals.n_questions, ==, 3);
  g_assert_cmpint (totals.seconds, ==, 40 + 90 + 60 + 30 + 20 + 25);
  g_assert_cmpuint (totals.ratings[PURSUIT_RATING_AGAIN - 1], ==, 1);
  g_assert_cmpuint (totals.ratings[PURSUIT_RATING_HARD - 1], ==, 1);
  g_assert_cmpuint (totals.ratings[PURSUIT_RATING_GOOD - 1], ==, 3);
  g_assert_cmpuint (totals.ratings[PURSUIT_RATING_EASY - 1], ==, 1);
}

static void
add_card_with (GPtrArray  *cards,
               const char *question_id,
               const char *category,
               double      stability,
               int         due_day)
{
  PursuitMemory memory = seen_memory (stability, 5.0, due_day - 30, due_day);

  if (stability == 0.0)
    pursuit_memory_init (&memory);
  g_ptr_array_add (cards, pursuit_card_new (question_id, category, &memory));
}

static void
test_stats_mastery_and_next_due (void)
{
  g_autoptr(GTimeZone) berlin = zone_new ("Europe/Berlin");
  g_autoptr(GPtrArray) cards = card_array ();
  g_autoptr(GPtrArray) mastery = NULL;
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_interview_plan_free);
  g_autoptr(GPtrArray) set = card_array ();
  PursuitPracticeLimits limits;
  const PursuitCategoryMastery *entry;
  int day = 0;
  guint count = 0;

  add_card_with (cards, "b-1", "behavioural", 30.0, MONDAY + 20);
  add_card_with (cards, "t-1", "technical", 22.0, MONDAY + 5);
  add_card_with (cards, "b-2", "behavioural", 10.0, MONDAY + 5);
  add_card_with (cards, "b-3", "behavioural", 0.0, 0);
  add_card_with (cards, "t-2", "technical", 21.0, MONDAY + 9);
  add_card_with (cards, "custom-1", NULL, 50.0, MONDAY + 40);

  mastery = pursuit_practice_mastery (cards, PURSUIT_PRACTICE_MASTERY_STABILITY);
  g_assert_cmpuint (mastery->len, ==, 3);
  entry = g_ptr_array_index (mastery, 0);
  g_assert_cmpstr (entry->category, ==, "behavioural");
  g_assert_cmpuint (entry->n_questions, ==, 3);
  g_assert_cmpuint (entry->n_mastered, ==, 1);
  g_assert_cmpfloat_with_epsilon (entry->share, 1.0 / 3.0, 1e-12);
  entry = g_ptr_array_index (mastery, 1);
  g_assert_cmpstr (entry->category, ==, "technical");
  g_assert_cmpuint (entry->n_mastered, ==, 1);  /* 21 days is not above 21 */
  g_assert_cmpfloat (entry->share, ==, 0.5);
  entry = g_ptr_array_index (mastery, 2);
  g_assert_cmpstr (entry->category, ==, "");
  g_assert_cmpfloat (entry->share, ==, 1.0);

  /* Next due: Saturday, t-1 and b-2. */
  g_assert_true (pursuit_practice_next_due (cards, NULL, MONDAY, &day, &count));
  g_assert_cmpint (day, ==, MONDAY + 5);
  g_assert_cmpuint (count, ==, 2);
  /* From Sunday on they are overdue: due "today". */
  g_assert_true (pursuit_practice_next_due (cards, NULL, MONDAY + 7, &day, &count));
  g_assert_cmpint (day, ==, MONDAY + 7);
  g_assert_cmpuint (count, ==, 2);
  /* Thursday's interview brings b-1 forward to Wednesday. */
  pursuit_practice_limits_init (&limits);
  g_ptr_array_add (set, pursuit_card_copy (g_ptr_array_index (cards, 0)));
  g_ptr_array_add (plans, pursuit_interview_plan_new (1, thursday_interview (), set, &limits,
                                                      monday_morning (), berlin));
  g_assert_true (pursuit_practice_next_due (cards, plans, MONDAY, &day, &count));
  g_assert_cmpint (day, ==, WEDNESDAY);
  g_assert_cmpuint (count, ==, 1);

  /* Nothing answered, nothing due. */
  g_ptr_array_set_size (cards, 0);
  add_new_card (cards, "n");
  g_assert_false (pursuit_practice_next_due (cards, NULL, MONDAY, &day, &count));
  g_assert_cmpint (day, ==, PURSUIT_PRACTICE_NO_DAY);
  g_assert_cmpuint (count, ==, 0);
}

static PursuitReview *
checklist_review (const char *question_id,
                  guint       n_points,
                  guint64     ticked)
{
  PursuitReview *review = hand_review (question_id, 0, PURSUIT_RATING_GOOD, 10, FALSE);

  review->n_points = n_points;
  review->ticked = ticked;
  return review;
}

static void
test_stats_missed_points (void)
{
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_review_free);
  g_autoptr(GPtrArray) missed = NULL;
  const PursuitMissedPoint *point;

  g_ptr_array_add (log, checklist_review ("q-a", 3, 0x5));   /* misses 1 */
  g_ptr_array_add (log, checklist_review ("q-b", 2, 0x0));   /* misses 0, 1 */
  g_ptr_array_add (log, checklist_review ("q-b", 2, 0x1));   /* misses 1 */
  g_ptr_array_add (log, checklist_review ("q-c", 0, 0x0));   /* no checklist */
  g_ptr_array_add (log, checklist_review ("q-b", 2, 0x1));   /* misses 1 */

  missed = pursuit_practice_missed_points (log, NULL);
  g_assert_cmpuint (missed->len, ==, 3);
  point = g_ptr_array_index (missed, 0);
  g_assert_cmpstr (point->question_id, ==, "q-b");
  g_assert_cmpuint (point->index, ==, 1);
  g_assert_cmpuint (point->n_missed, ==, 3);
  g_assert_null (point->text);
  /* Ties keep the order they were first missed in. */
  point = g_ptr_array_index (missed, 1);
  g_assert_cmpstr (point->question_id, ==, "q-a");
  g_assert_cmpuint (point->n_missed, ==, 1);
  point = g_ptr_array_index (missed, 2);
  g_assert_cmpstr (point->question_id, ==, "q-b");
  g_assert_cmpuint (point->index, ==, 0);
}

/* Sessions */

static const char custom_questions[] =
  "<questions>"
  "<question id='custom-12' category='behavioural'>"
  "<text>Tell me about a hard call.</text>"
  "<covers><point>Listened first</point><point>Owned the problem</point>"
  "<point>Offered a fix</point></covers>"
  "</question>"
  "<question id='custom-13' category='technical'>"
  "<text>How do you log a ticket?</text>"
  "<covers><point>Category</point><point>Steps tried</point></covers>"
  "</question>"
  "</questions>";

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static GListModel *
question_model (PursuitContentNode *root)
{
  GListStore *store = g_list_store_new (PURSUIT_TYPE_QUESTION);

  for (PursuitContentNode *child = pursuit_content_node_get_first_child (root); child != NULL;
       child = pursuit_content_node_get_next_sibling (child))
    {
      g_autoptr(PursuitQuestion) question = pursuit_question_new (child);

      g_list_store_append (store, question);
    }
  return G_LIST_MODEL (store);
}

static void
test_session (void)
{
  g_autoptr(GTimeZone) berlin = zone_new ("Europe/Berlin");
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitContentNode) root = pursuit_content_node_parse ("custom.xml", custom_questions, -1, &error);
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(GPtrArray) cards = card_array ();
  g_autoptr(GPtrArray) all_cards = card_array ();
  g_autoptr(PursuitPracticeSession) session = NULL;
  g_autoptr(PursuitSessionSummary) summary = NULL;
  g_autoptr(PursuitSessionSummary) summary_again = NULL;
  PursuitScheduler scheduler;
  PursuitMemory expected;
  const PursuitReview *review;
  const PursuitMissedPoint *point;
  gint64 start = unix_time ("Europe/Berlin", 2026, 3, 2, 20, 0);
  const guint ticked[] = { 0, 2 };
  guint n_finished_notifications = 0;
  PursuitMemory replayed;

  g_assert_no_error (error);
  questions = question_model (root);
  pursuit_scheduler_init (&scheduler, PURSUIT_PRACTICE_DEFAULT_RETENTION);

  add_new_card (cards, "custom-12");
  add_seen_card (cards, "custom-13", MONDAY - 10, MONDAY);
  add_new_card (cards, "custom-99");   /* not among the known questions */
  add_new_card (cards, "custom-100");
  for (guint i = 0; i < cards->len; i++)
    g_ptr_array_add (all_cards, pursuit_card_copy (g_ptr_array_index (cards, i)));
  add_seen_card (all_cards, "elsewhere", MONDAY - 4, MONDAY + 2);

  session = pursuit_practice_session_new (&scheduler, cards, questions, berlin);
  g_signal_connect (session, "notify::finished", G_CALLBACK (count_notify), &n_finished_notifications);
  g_assert_cmpuint (pursuit_practice_session_get_n_cards (session), ==, 4);
  g_assert_false (pursuit_practice_session_get_finished (session));

  /* First: custom-12, three points, Good with points 0 and 2 ticked. */
  g_assert_cmpstr (pursuit_practice_session_get_current (session)->question_id, ==, "custom-12");
  g_assert_cmpstr (pursuit_question_get_text (pursuit_practice_session_get_current_question (session)),
                   ==, "Tell me about a hard call.");
  g_assert_cmpuint (pursuit_practice_session_get_current_n_points (session), ==, 3);
  review = pursuit_practice_session_answer (session, PURSUIT_RATING_GOOD, start + 95, 95,
                                            "Started with the outage", ticked, G_N_ELEMENTS (ticked));
  g_assert_cmpstr (review->question_id, ==, "custom-12");
  g_assert_cmpint (review->reviewed_at, ==, start + 95);
  g_assert_cmpint (review->seconds_taken, ==, 95);
  g_assert_cmpstr (review->notes, ==, "Started with the outage");
  g_assert_cmpuint (review->n_points, ==, 3);
  g_assert_true (pursuit_review_is_point_ticked (review, 0));
  g_assert_false (pursuit_review_is_point_ticked (review, 1));
  g_assert_true (pursuit_review_is_point_ticked (review, 2));
  g_assert_false (pursuit_review_is_point_ticked (review, 3));
  g_assert_cmpint (review->before.state, ==, PURSUIT_CARD_STATE_NEW);
  /* A first Good: S = w2, due in 3 days (see test_first_ratings). */
  g_assert_cmpfloat (review->after.stability, ==, 2.3065);
  g_assert_cmpint (review->after.due_day, ==, MONDAY + 3);
  g_assert_cmpuint (pursuit_practice_session_get_position (session), ==, 1);

  /* Second: custom-13, Again, nothing ticked, no notes. */
  review = pursuit_practice_session_answer (session, PURSUIT_RATING_AGAIN, start + 200, 100, "", NULL, 0);
  g_assert_null (review->notes);
  g_assert_cmpuint (review->n_points, ==, 2);
  g_assert_cmpuint (review->ticked, ==, 0);
  pursuit_scheduler_review (&scheduler, &((PursuitCard *) g_ptr_array_index (cards, 1))->memory,
                            PURSUIT_RATING_AGAIN, MONDAY, &expected);
  assert_memory_equal (&review->after, &expected);
  g_assert_cmpint (review->after.due_day, ==, MONDAY + 1);

  /* Third: a question with no known checklist, skipped; then ended early. */
  g_assert_null (pursuit_practice_session_get_current_question (session));
  g_assert_cmpuint (pursuit_practice_session_get_current_n_points (session), ==, 0);
  pursuit_practice_session_skip (session);
  g_assert_cmpstr (pursuit_practice_session_get_current (session)->question_id, ==, "custom-100");
  pursuit_practice_session_end (session);
  pursuit_practice_session_end (session);
  g_assert_true (pursuit_practice_session_get_finished (session));
  g_assert_null (pursuit_practice_session_get_current (session));
  g_assert_cmpuint (n_finished_notifications, ==, 1);

  /* What was done stays: two reviews, the cards as they left them. */
  g_assert_cmpuint (pursuit_practice_session_get_reviews (session)->len, ==, 2);
  g_assert_cmpint (((PursuitCard *) g_ptr_array_index (pursuit_practice_session_get_cards (session), 0))->memory.reps,
                   ==, 1);
  g_assert_true (pursuit_scheduler_replay (&scheduler, pursuit_practice_session_get_reviews (session),
                                           "custom-12", berlin, &replayed, &error));
  assert_memory_equal (&replayed,
                       &((PursuitCard *) g_ptr_array_index (pursuit_practice_session_get_cards (session), 0))->memory);

  summary = pursuit_practice_session_summarize (session, all_cards, NULL, start + 300);
  g_assert_cmpuint (summary->totals.n_answers, ==, 2);
  g_assert_cmpint (summary->totals.seconds, ==, 195);
  g_assert_cmpuint (summary->totals.ratings[PURSUIT_RATING_AGAIN - 1], ==, 1);
  g_assert_cmpuint (summary->totals.ratings[PURSUIT_RATING_GOOD - 1], ==, 1);
  g_assert_cmpuint (summary->n_skipped, ==, 1);
  g_assert_cmpuint (summary->n_left, ==, 1);
  /* custom-12 missed point 1; custom-13 missed both. */
  g_assert_cmpuint (summary->missed_points->len, ==, 3);
  point = g_ptr_array_index (summary->missed_points, 0);
  g_assert_cmpstr (point->question_id, ==, "custom-12");
  g_assert_cmpuint (point->index, ==, 1);
  g_assert_cmpstr (point->text, ==, "Owned the problem");
  point = g_ptr_array_index (summary->missed_points, 2);
  g_assert_cmpstr (point->text, ==, "Steps tried");
  /* Next: custom-13 tomorrow (Again), not "elsewhere" on Wednesday. */
  g_assert_cmpint (summary->next_due_day, ==, MONDAY + 1);
  g_assert_cmpuint (summary->n_next_due, ==, 1);

  /* With Tuesday's interview, whose set holds "elsewhere": due today. */
  {
    g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_interview_plan_free);
    g_autoptr(GPtrArray) set = card_array ();
    PursuitPracticeLimits limits;

    pursuit_practice_limits_init (&limits);
    add_seen_card (set, "elsewhere", MONDAY - 4, MONDAY + 2);
    add_new_card (set, "custom-12");
    g_ptr_array_add (plans, pursuit_interview_plan_new (5, unix_time ("Europe/Berlin", 2026, 3, 3, 9, 0), set,
                                                        &limits, start - HOUR, berlin));
    summary_again = pursuit_practice_session_summarize (session, all_cards, plans, start + 300);
    /* "elsewhere" planned today; custom-12, answered today, is done. */
    g_assert_cmpint (summary_again->next_due_day, ==, MONDAY);
    g_assert_cmpuint (summary_again->n_next_due, ==, 1);
  }
}

/* The same inputs give the same queue, session and records, whatever the
 * wall clock says: time only comes in through the arguments. */
static void
test_determinism (void)
{
  g_autoptr(GTimeZone) berlin = zone_new ("Europe/Berlin");
  GPtrArray *runs[2] = { NULL, NULL };
  PursuitScheduler scheduler;

  pursuit_scheduler_init (&scheduler, PURSUIT_PRACTICE_DEFAULT_RETENTION);
  for (guint run = 0; run < 2; run++)
    {
      g_autoptr(GPtrArray) cards = card_array ();
      g_autoptr(PursuitPracticeQueue) queue = NULL;
      g_autoptr(GPtrArray) session_cards = NULL;
      g_autoptr(PursuitPracticeSession) session = NULL;
      PursuitPracticeLimits limits;
      gint64 clock = monday_morning ();

      pursuit_practice_limits_init (&limits);
      for (int i = 0; i < 20; i++)
        {
          g_autofree char *id = g_strdup_printf ("q-%d", i);

          if (i % 3 == 0)
            add_new_card (cards, id);
          else
            add_seen_card (cards, id, MONDAY - 20 + i, MONDAY - 5 + i);
        }
      queue = pursuit_practice_queue_new (cards, NULL, &limits, MONDAY);
      session_cards = pursuit_practice_queue_dup_cards (queue);
      session = pursuit_practice_session_new (&scheduler, session_cards, NULL, berlin);
      for (guint i = 0; !pursuit_practice_session_get_finished (session); i++)
        {
          clock += 45 + 7 * i;
          pursuit_practice_session_answer (session, 1 + i % 4, clock, 45, NULL, NULL, 0);
        }
      runs[run] = g_ptr_array_ref (pursuit_practice_session_get_reviews (session));
    }

  g_assert_cmpuint (runs[0]->len, ==, runs[1]->len);
  /* q-1, q-2, q-4 and q-5 are due, then the 7 new ones. */
  g_assert_cmpuint (runs[0]->len, ==, 11);
  for (guint i = 0; i < runs[0]->len; i++)
    {
      const PursuitReview *a = g_ptr_array_index (runs[0], i);
      const PursuitReview *b = g_ptr_array_index (runs[1], i);

      g_assert_cmpstr (a->question_id, ==, b->question_id);
      g_assert_cmpint (a->reviewed_at, ==, b->reviewed_at);
      assert_memory_equal (&a->before, &b->before);
      assert_memory_equal (&a->after, &b->after);
    }
  g_ptr_array_unref (runs[0]);
  g_ptr_array_unref (runs[1]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/practice/day/numbers", test_day_numbers);
  g_test_add_func ("/practice/scheduler/first-ratings", test_first_ratings);
  g_test_add_func ("/practice/scheduler/reference", test_reference_histories);
  g_test_add_func ("/practice/scheduler/lapse", test_lapse);
  g_test_add_func ("/practice/scheduler/same-day", test_same_day);
  g_test_add_func ("/practice/scheduler/time-zone", test_time_zone_days);
  g_test_add_func ("/practice/scheduler/desired-retention", test_desired_retention);
  g_test_add_func ("/practice/scheduler/replay", test_replay);
  g_test_add_func ("/practice/plan/interview-cap", test_plan_interview_cap);
  g_test_add_func ("/practice/plan/nothing-after-interview", test_plan_nothing_after_interview);
  g_test_add_func ("/practice/plan/unseen", test_plan_unseen);
  g_test_add_func ("/practice/plan/after-interview", test_plan_after_interview);
  g_test_add_func ("/practice/plan/readiness", test_plan_readiness);
  g_test_add_func ("/practice/queue/order-and-limits", test_queue_order_and_limits);
  g_test_add_func ("/practice/queue/review-cap", test_queue_review_cap);
  g_test_add_func ("/practice/stats/log", test_stats_log);
  g_test_add_func ("/practice/stats/mastery-and-next-due", test_stats_mastery_and_next_due);
  g_test_add_func ("/practice/stats/missed-points", test_stats_missed_points);
  g_test_add_func ("/practice/session", test_session);
  g_test_add_func ("/practice/determinism", test_determinism);

  return g_test_run ();
}
