/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-practice.h"

/* The deck: which questions a job's practice set holds, what the user
 * practises, the user's own questions as the engine sees them, and the
 * week before an interview played day by day. Counts are taken from the
 * question bank itself (data/content/questions.xml), never from the deck. */

#define DAY (24 * 60 * 60)
/* 2026-03-02 is a Monday: day 20514. */
#define MONDAY 20514
#define AT(day, hour) ((gint64) (day) * DAY + (hour) * 60 * 60)

static const char *role_id = "customer-service-specialist";

static PursuitContent *
load_content (void)
{
  g_autoptr(GError) error = NULL;
  PursuitContent *content = pursuit_content_new_from_resource (NULL, &error);

  g_assert_no_error (error);
  return content;
}

/* How many questions of the bank are for @role and @category (NULL: any). */
static guint
bank_count (PursuitContent *content,
            const char     *role,
            const char     *category)
{
  GListModel *questions = pursuit_content_get_questions (content);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(PursuitQuestion) question = g_list_model_get_item (questions, i);

      if ((role == NULL || pursuit_question_has_role (question, role)) &&
          (category == NULL || g_strcmp0 (pursuit_question_get_category (question), category) == 0))
        count++;
    }
  return count;
}

static PursuitCustomQuestion *
custom_new (gint64      id,
            const char *category,
            const char *role,
            gint64      job_id)
{
  const char *covers[] = { "Names the queue", "Gives a number", NULL };
  const char *outline[] = { "Where", "Your part", "What you did", "How it ended", NULL };
  const char *followups[] = { "What would you change?", NULL };
  PursuitCustomQuestion *question = pursuit_custom_question_new ();

  pursuit_custom_question_set_id (question, id);
  pursuit_custom_question_set_text (question, "Tell me about the Zendesk migration.");
  pursuit_custom_question_set_category (question, category);
  pursuit_custom_question_set_covers (question, covers);
  pursuit_custom_question_set_outline (question, outline);
  pursuit_custom_question_set_followups (question, followups);
  pursuit_custom_question_set_role (question, role);
  pursuit_custom_question_set_job_id (question, job_id);
  return question;
}

static gboolean
has_card (GPtrArray  *cards,
          const char *question_id)
{
  for (guint i = 0; i < cards->len; i++)
    {
      if (g_str_equal (((PursuitCard *) g_ptr_array_index (cards, i))->question_id, question_id))
        return TRUE;
    }
  return FALSE;
}

static const char *
card_id (GPtrArray *cards,
         guint      index)
{
  return ((PursuitCard *) g_ptr_array_index (cards, index))->question_id;
}

/* A job's set: its own questions, then those pinned to it, then its role's,
 * warm-up questions first. The title is matched to the role's guide. */
static void
test_job_set (void)
{
  g_autoptr(PursuitContent) content = load_content ();
  g_autoptr(PursuitPracticeDeck) deck = pursuit_practice_deck_new (content);
  g_autoptr(PursuitCustomQuestion) own = custom_new (3, "motivation", NULL, 7);
  g_autoptr(PursuitCustomQuestion) for_role = custom_new (4, "role-knowledge", role_id, 0);
  g_autoptr(PursuitCustomQuestion) other_job = custom_new (5, "motivation", NULL, 8);
  g_autoptr(GPtrArray) set = NULL;
  g_autoptr(GPtrArray) unmatched = NULL;
  guint n_role = bank_count (content, role_id, NULL);
  gboolean harder_seen = FALSE;

  pursuit_practice_deck_add_custom_question (deck, own);
  pursuit_practice_deck_add_custom_question (deck, for_role);
  pursuit_practice_deck_add_custom_question (deck, other_job);
  pursuit_practice_deck_add_job (deck, 7, "Customer Service Specialist", 0);
  pursuit_practice_deck_add_job (deck, 8, "Barista", 0);
  /* A manager's question, not the role's: it joins by its pin. */
  pursuit_practice_deck_pin (deck, 7, "q-coached-quality");
  pursuit_practice_deck_pin (deck, 8, "q-coached-quality");

  g_assert_cmpstr (pursuit_practice_deck_get_job_role (deck, 7), ==, role_id);
  g_assert_null (pursuit_practice_deck_get_job_role (deck, 8));
  g_assert_true (pursuit_practice_deck_is_pinned (deck, 7, "q-coached-quality"));
  g_assert_false (pursuit_practice_deck_is_pinned (deck, 7, "q-own-mistake"));

  set = pursuit_practice_deck_dup_job_set (deck, 7);
  g_assert_cmpuint (set->len, ==, 1 + 1 + n_role + 1);
  g_assert_cmpstr (card_id (set, 0), ==, "custom-3");
  g_assert_cmpstr (card_id (set, 1), ==, "q-coached-quality");
  g_assert_cmpstr (card_id (set, set->len - 1), ==, "custom-4");
  g_assert_false (has_card (set, "custom-5"));
  for (guint i = 2; i < set->len - 1; i++)
    {
      PursuitQuestion *question = pursuit_practice_deck_find_question (deck, card_id (set, i));
      int difficulty = pursuit_question_get_difficulty (question);

      g_assert_true (pursuit_question_has_role (question, role_id));
      /* Warm-ups (1) all come before the rest. */
      if (difficulty > 1)
        harder_seen = TRUE;
      else
        g_assert_false (harder_seen);
    }
  g_assert_cmpstr (((PursuitCard *) g_ptr_array_index (set, 0))->category, ==, "motivation");

  unmatched = pursuit_practice_deck_dup_job_set (deck, 8);
  g_assert_cmpuint (unmatched->len, ==, 2);
  g_assert_cmpstr (card_id (unmatched, 0), ==, "custom-5");
  g_assert_cmpstr (card_id (unmatched, 1), ==, "q-coached-quality");
}

/* The user's question reads like the bank's: text, checklist, a STAR
 * outline when behavioural, follow-ups. */
static void
test_custom_question (void)
{
  g_autoptr(PursuitContent) content = load_content ();
  g_autoptr(PursuitPracticeDeck) deck = pursuit_practice_deck_new (content);
  g_autoptr(PursuitCustomQuestion) behavioural = custom_new (1, "behavioural", NULL, 0);
  g_autoptr(PursuitCustomQuestion) situational = custom_new (2, "situational", NULL, 0);
  g_autoptr(GPtrArray) outline = NULL;
  g_autoptr(GPtrArray) covers = NULL;
  g_autoptr(GPtrArray) followups = NULL;
  g_autoptr(GPtrArray) plain = NULL;
  PursuitQuestion *question;

  pursuit_practice_deck_add_custom_question (deck, behavioural);
  pursuit_practice_deck_add_custom_question (deck, situational);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_practice_deck_get_questions (deck)), ==,
                    g_list_model_get_n_items (pursuit_content_get_questions (content)) + 2);

  question = pursuit_practice_deck_find_question (deck, "custom-1");
  g_assert_nonnull (question);
  g_assert_cmpstr (pursuit_question_get_text (question), ==, "Tell me about the Zendesk migration.");
  g_assert_cmpstr (pursuit_question_get_category (question), ==, "behavioural");
  covers = pursuit_question_get_covers (question);
  g_assert_cmpuint (covers->len, ==, 2);
  g_assert_cmpstr (pursuit_content_node_get_text (g_ptr_array_index (covers, 1)), ==, "Gives a number");
  outline = pursuit_question_get_outline (question);
  g_assert_cmpuint (outline->len, ==, 4);
  g_assert_cmpstr (pursuit_content_node_get_attribute (g_ptr_array_index (outline, 0), "label"), ==, "situation");
  g_assert_cmpstr (pursuit_content_node_get_attribute (g_ptr_array_index (outline, 3), "label"), ==, "result");
  followups = pursuit_question_get_followups (question);
  g_assert_cmpuint (followups->len, ==, 1);

  plain = pursuit_question_get_outline (pursuit_practice_deck_find_question (deck, "custom-2"));
  g_assert_cmpstr (pursuit_content_node_get_attribute (g_ptr_array_index (plain, 0), "label"), ==, "point");
}

/* What the user practises: their jobs' sets (soonest interview first), the
 * roles they chose, their general questions and anything answered before,
 * each once. */
static void
test_practised_cards (void)
{
  g_autoptr(PursuitContent) content = load_content ();
  g_autoptr(PursuitPracticeDeck) deck = pursuit_practice_deck_new (content);
  g_autoptr(PursuitCustomQuestion) general = custom_new (1, "motivation", NULL, 0);
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) matching = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  PursuitMemory answered = { PURSUIT_CARD_STATE_REVIEW, 5.0, 4.0, MONDAY - 2, MONDAY + 3, 1, 0 };
  guint n_union = 0;
  GListModel *bank = pursuit_content_get_questions (content);

  pursuit_practice_deck_add_custom_question (deck, general);
  pursuit_practice_deck_add_job (deck, 1, "Customer Service Manager", AT (MONDAY + 9, 10));
  pursuit_practice_deck_add_job (deck, 2, "Call Center Specialist", AT (MONDAY + 2, 10));
  pursuit_practice_deck_add_role (deck, "customer-service-manager");
  /* A question of no chosen role, answered from the Guides once. */
  pursuit_practice_deck_set_memory (deck, "q-coached-quality", &answered);

  cards = pursuit_practice_deck_dup_cards (deck);
  for (guint i = 0; i < cards->len; i++)
    g_assert_true (g_hash_table_add (seen, (gpointer) card_id (cards, i)));
  for (guint i = 0; i < g_list_model_get_n_items (bank); i++)
    {
      g_autoptr(PursuitQuestion) question = g_list_model_get_item (bank, i);

      if (pursuit_question_has_role (question, "customer-service-manager") ||
          pursuit_question_has_role (question, "call-center-specialist"))
        n_union++;
    }
  g_assert_cmpuint (cards->len, ==, n_union + 1);
  g_assert_true (has_card (cards, "custom-1"));
  g_assert_true (has_card (cards, "q-coached-quality"));
  g_assert_cmpint (((PursuitCard *) g_ptr_array_index (cards, 0))->memory.state, ==, PURSUIT_CARD_STATE_NEW);
  /* The sooner interview (job 2, a call center role) starts the list. */
  g_assert_true (pursuit_question_has_role (pursuit_practice_deck_find_question (deck, card_id (cards, 0)),
                                            "call-center-specialist"));

  matching = pursuit_practice_deck_dup_matching (deck, "contact-center-specialist", "behavioural");
  g_assert_cmpuint (matching->len, ==, bank_count (content, "contact-center-specialist", "behavioural"));
}

typedef struct
{
  PursuitPracticeDeck *deck;
  GPtrArray *log;          /* PursuitReview */
  PursuitScheduler scheduler;
  GTimeZone *zone;
} Week;

/* One sitting on @day at @hour: the job's queue, each question answered
 * Good. Returns how many were answered. */
static guint
sit (Week  *week,
     int    day,
     int    hour,
     gint64 job_id)
{
  PursuitPracticeLimits limits;
  g_autoptr(PursuitPracticeQueue) queue = NULL;
  gint64 now = AT (day, hour);

  pursuit_practice_limits_init (&limits);
  pursuit_practice_limits_count_done (&limits, week->log, week->zone, day);
  queue = pursuit_practice_deck_make_queue (week->deck, job_id, &limits, now, week->zone);
  for (guint i = 0; i < queue->items->len; i++)
    {
      PursuitQueueItem *item = g_ptr_array_index (queue->items, i);
      PursuitReview *review = pursuit_scheduler_record (&week->scheduler, item->card->question_id,
                                                        &item->card->memory, PURSUIT_RATING_GOOD,
                                                        now + i * 60, week->zone, 60);

      pursuit_practice_deck_set_memory (week->deck, review->question_id, &review->after);
      g_ptr_array_add (week->log, review);
    }
  return queue->items->len;
}

static char *
readiness (Week   *week,
           gint64  job_id,
           gint64  now)
{
  PursuitPracticeLimits limits;
  g_autoptr(PursuitInterviewPlan) plan = NULL;

  pursuit_practice_limits_init (&limits);
  pursuit_practice_limits_count_done (&limits, week->log, week->zone, pursuit_practice_day_from_unix (now, week->zone));
  plan = pursuit_practice_deck_make_job_plan (week->deck, job_id, &limits, now, week->zone);
  g_assert_nonnull (plan);
  return pursuit_interview_plan_format_readiness (plan, week->zone);
}

/* An interview on Thursday at 14:00; the user practises for it on Monday,
 * Tuesday and Wednesday evening, answering what the app puts forward. By
 * Wednesday every question of the role was seen at least once, and the app
 * says so. */
static void
test_interview_week (void)
{
  g_autoptr(PursuitContent) content = load_content ();
  g_autoptr(GHashTable) answered = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *monday = NULL;
  g_autofree char *wednesday = NULL;
  g_autofree char *expected_monday = NULL;
  g_autofree char *expected_wednesday = NULL;
  gint64 interview = AT (MONDAY + 3, 14);
  guint n_role = bank_count (content, role_id, NULL);
  guint per_day[3];
  Week week;

  week.deck = pursuit_practice_deck_new (content);
  week.log = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_review_free);
  week.zone = g_time_zone_new_utc ();
  pursuit_scheduler_init (&week.scheduler, PURSUIT_PRACTICE_DEFAULT_RETENTION);
  pursuit_practice_deck_add_job (week.deck, 42, "Customer Service Specialist", interview);

  monday = readiness (&week, 42, AT (MONDAY, 8));
  expected_monday = g_strdup_printf ("0 of %u questions reviewed, nothing due before Thursday", n_role);
  g_assert_cmpstr (monday, ==, expected_monday);

  for (int day = 0; day < 3; day++)
    per_day[day] = sit (&week, MONDAY + day, 19, 42);

  for (guint i = 0; i < week.log->len; i++)
    g_hash_table_add (answered, ((PursuitReview *) g_ptr_array_index (week.log, i))->question_id);
  g_assert_cmpuint (g_hash_table_size (answered), ==, n_role);
  /* Too many for the limit of 10 new a day: they are shared over the three
   * days, the earlier ones taking one more when they do not divide. */
  g_assert_cmpuint (per_day[0], ==, (n_role + 2) / 3);
  g_assert_cmpuint (per_day[0] + per_day[1] + per_day[2], >=, n_role);

  /* Wednesday night: all seen; the questions first seen on Monday and
   * Tuesday had their second look on the eve (Wednesday) itself, so
   * nothing more is due before the interview. */
  wednesday = readiness (&week, 42, AT (MONDAY + 2, 22));
  expected_wednesday = g_strdup_printf ("%u of %u questions reviewed, nothing due before Thursday", n_role, n_role);
  g_assert_cmpstr (wednesday, ==, expected_wednesday);

  g_ptr_array_unref (week.log);
  g_time_zone_unref (week.zone);
  g_object_unref (week.deck);
}

/* The deck follows the jobs model change by change: a job changed in its
 * place, jobs added and removed in the middle, pins kept by a job that
 * stays and counting for nothing once it left. */
static void
test_splice_jobs (void)
{
  g_autoptr(PursuitContent) content = load_content ();
  g_autoptr(PursuitPracticeDeck) deck = pursuit_practice_deck_new (content);
  const PursuitPracticeDeckJob first[] = {
    { 1, "Barista", 0, FALSE },
    { 2, "Customer Service Specialist", 0, FALSE },
    { 3, "Gardener", 0, FALSE },
  };
  const PursuitPracticeDeckJob renamed = { 2, "Beekeeper", 0, FALSE };
  const PursuitPracticeDeckJob middle[] = {
    { 4, "Customer Service Specialist", 0, TRUE },
    { 5, "Barista", 0, FALSE },
  };
  const gint64 expected[] = { 1, 4, 5, 2, 3 };
  g_autoptr(GPtrArray) set = NULL;
  g_autoptr(PursuitPracticeDeck) copy = NULL;

  pursuit_practice_deck_splice_jobs (deck, 0, 0, first, G_N_ELEMENTS (first));
  pursuit_practice_deck_pin (deck, 2, "q-coached-quality");
  pursuit_practice_deck_pin (deck, 9, "q-coached-quality");
  g_assert_cmpstr (pursuit_practice_deck_get_job_role (deck, 2), ==, role_id);
  g_assert_true (pursuit_practice_deck_has_job_role (deck, role_id));
  g_assert_false (pursuit_practice_deck_is_pinned (deck, 9, "q-coached-quality"));

  /* Saved with a title of no guide, in its place: its pin stays. */
  pursuit_practice_deck_splice_jobs (deck, 1, 1, &renamed, 1);
  g_assert_null (pursuit_practice_deck_get_job_role (deck, 2));
  g_assert_false (pursuit_practice_deck_has_job_role (deck, role_id));
  g_assert_true (pursuit_practice_deck_is_pinned (deck, 2, "q-coached-quality"));

  /* An archived job of the role does not count for it. */
  pursuit_practice_deck_splice_jobs (deck, 1, 0, middle, G_N_ELEMENTS (middle));
  g_assert_cmpuint (pursuit_practice_deck_get_n_jobs (deck), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpint (pursuit_practice_deck_get_job_id (deck, i), ==, expected[i]);
  g_assert_false (pursuit_practice_deck_has_job_role (deck, role_id));
  g_assert_null (pursuit_practice_deck_get_job_role (deck, 4));

  /* Two jobs leave from the middle; the pinned one went with them. */
  pursuit_practice_deck_remove_jobs (deck, 2, 2);
  g_assert_cmpuint (pursuit_practice_deck_get_n_jobs (deck), ==, 3);
  g_assert_cmpint (pursuit_practice_deck_get_job_id (deck, 1), ==, 4);
  g_assert_cmpint (pursuit_practice_deck_get_job_id (deck, 2), ==, 3);
  g_assert_false (pursuit_practice_deck_is_pinned (deck, 2, "q-coached-quality"));
  set = pursuit_practice_deck_dup_job_set (deck, 2);
  g_assert_cmpuint (set->len, ==, 0);

  /* A copy (the practice records read again) reads the same roles, and
   * matches a title added to it the same way. */
  pursuit_practice_deck_splice_jobs (deck, 3, 0, &first[1], 1);
  copy = pursuit_practice_deck_new (content);
  pursuit_practice_deck_copy_jobs (copy, deck);
  g_assert_cmpuint (pursuit_practice_deck_get_n_jobs (copy), ==, 4);
  g_assert_cmpint (pursuit_practice_deck_get_job_id (copy, 3), ==, 2);
  g_assert_cmpstr (pursuit_practice_deck_get_job_role (copy, 2), ==, role_id);
  g_assert_null (pursuit_practice_deck_get_job_role (copy, 1));
  g_assert_true (pursuit_practice_deck_has_job_role (copy, role_id));
  pursuit_practice_deck_insert_job (copy, 0, 6, "Customer Service Specialist", 0, FALSE);
  g_assert_cmpint (pursuit_practice_deck_get_job_id (copy, 0), ==, 6);
  g_assert_cmpstr (pursuit_practice_deck_get_job_role (copy, 6), ==, role_id);
}

/* The few jobs with an interview ahead keep its time apart from the
 * others: it follows its job through the model's changes (jobs added
 * before it, the job saved with another interview or none, archived,
 * gone), and jobs whose interviews start together come in the model's
 * order. */
static void
test_interviews_follow_jobs (void)
{
  g_autoptr(PursuitContent) content = load_content ();
  g_autoptr(PursuitPracticeDeck) deck = pursuit_practice_deck_new (content);
  g_autoptr(PursuitPracticeDeck) copy = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  PursuitPracticeLimits limits;
  gint64 now = AT (MONDAY, 8);
  const PursuitPracticeDeckJob first[] = {
    { 1, "Barista", 0, FALSE },
    { 2, "Customer Service Manager", AT (MONDAY + 3, 10), FALSE },
    { 3, "Call Center Specialist", AT (MONDAY + 3, 10), FALSE },
  };
  const PursuitPracticeDeckJob before[] = {
    { 4, "Gardener", AT (MONDAY + 1, 9), FALSE },
    { 5, "Beekeeper", 0, FALSE },
  };
  const PursuitPracticeDeckJob later = { 2, "Customer Service Manager", AT (MONDAY + 5, 10), FALSE };
  const PursuitPracticeDeckJob none = { 2, "Customer Service Manager", 0, FALSE };
  const PursuitPracticeDeckJob archived = { 3, "Call Center Specialist", AT (MONDAY + 3, 10), TRUE };

  pursuit_practice_limits_init (&limits);
  pursuit_practice_deck_splice_jobs (deck, 0, 0, first, G_N_ELEMENTS (first));

  /* The same time: the model's order, job 2's manager questions first. */
  cards = pursuit_practice_deck_dup_cards (deck);
  g_assert_true (pursuit_question_has_role (pursuit_practice_deck_find_question (deck, card_id (cards, 0)),
                                            "customer-service-manager"));
  g_clear_pointer (&cards, g_ptr_array_unref);

  /* Jobs added before them move them on; each keeps its interview. */
  pursuit_practice_deck_splice_jobs (deck, 0, 0, before, G_N_ELEMENTS (before));
  plans = pursuit_practice_deck_make_plans (deck, &limits, now, utc);
  g_assert_cmpuint (plans->len, ==, 3);
  g_assert_cmpint (((PursuitInterviewPlan *) g_ptr_array_index (plans, 0))->job_id, ==, 4);
  g_assert_cmpint (((PursuitInterviewPlan *) g_ptr_array_index (plans, 0))->starts_at, ==, AT (MONDAY + 1, 9));
  g_assert_cmpint (((PursuitInterviewPlan *) g_ptr_array_index (plans, 1))->job_id, ==, 2);
  g_assert_cmpint (((PursuitInterviewPlan *) g_ptr_array_index (plans, 2))->job_id, ==, 3);
  g_clear_pointer (&plans, g_ptr_array_unref);

  /* Job 2 saved with a later interview, in its place: job 3's set comes
   * first now. */
  pursuit_practice_deck_splice_jobs (deck, 3, 1, &later, 1);
  cards = pursuit_practice_deck_dup_cards (deck);
  g_assert_true (pursuit_question_has_role (pursuit_practice_deck_find_question (deck, card_id (cards, 0)),
                                            "call-center-specialist"));
  g_clear_pointer (&cards, g_ptr_array_unref);
  plans = pursuit_practice_deck_make_plans (deck, &limits, now, utc);
  g_assert_cmpint (((PursuitInterviewPlan *) g_ptr_array_index (plans, 1))->job_id, ==, 2);
  g_assert_cmpint (((PursuitInterviewPlan *) g_ptr_array_index (plans, 1))->starts_at, ==, AT (MONDAY + 5, 10));
  g_clear_pointer (&plans, g_ptr_array_unref);

  /* Its interview cancelled, job 3 archived, job 4 gone: no plan left. */
  pursuit_practice_deck_splice_jobs (deck, 3, 1, &none, 1);
  pursuit_practice_deck_splice_jobs (deck, 4, 1, &archived, 1);
  pursuit_practice_deck_remove_jobs (deck, 0, 1);
  g_assert_null (pursuit_practice_deck_make_job_plan (deck, 2, &limits, now, utc));
  g_assert_null (pursuit_practice_deck_make_job_plan (deck, 3, &limits, now, utc));
  g_assert_null (pursuit_practice_deck_make_job_plan (deck, 4, &limits, now, utc));
  plans = pursuit_practice_deck_make_plans (deck, &limits, now, utc);
  g_assert_cmpuint (plans->len, ==, 0);
  g_clear_pointer (&plans, g_ptr_array_unref);

  /* Back from the archive, with its interview; a copy keeps it. */
  pursuit_practice_deck_splice_jobs (deck, 3, 1, &first[2], 1);
  copy = pursuit_practice_deck_new (content);
  pursuit_practice_deck_copy_jobs (copy, deck);
  plans = pursuit_practice_deck_make_plans (copy, &limits, now, utc);
  g_assert_cmpuint (plans->len, ==, 1);
  g_assert_cmpint (((PursuitInterviewPlan *) g_ptr_array_index (plans, 0))->job_id, ==, 3);
  g_assert_cmpint (((PursuitInterviewPlan *) g_ptr_array_index (plans, 0))->starts_at, ==, AT (MONDAY + 3, 10));
}

/* Ids are kept in 32 bits while they fit; one past that (a row written
 * into the file by hand) keeps every job right. */
static void
test_wide_ids (void)
{
  g_autoptr(PursuitContent) content = load_content ();
  g_autoptr(PursuitPracticeDeck) deck = pursuit_practice_deck_new (content);
  g_autoptr(PursuitPracticeDeck) copy = NULL;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(PursuitInterviewPlan) plan = NULL;
  PursuitPracticeLimits limits;
  const gint64 wide = G_GINT64_CONSTANT (1) << 40;
  const PursuitPracticeDeckJob jobs[] = {
    { 7, "Barista", 0, FALSE },
    { G_MAXUINT32, "Call Center Specialist", 0, FALSE },
  };
  const PursuitPracticeDeckJob added = { wide, "Customer Service Specialist", AT (MONDAY + 2, 10), FALSE };
  const gint64 expected[] = { 7, wide, G_MAXUINT32 };

  pursuit_practice_limits_init (&limits);
  pursuit_practice_deck_splice_jobs (deck, 0, 0, jobs, G_N_ELEMENTS (jobs));
  pursuit_practice_deck_splice_jobs (deck, 1, 0, &added, 1);
  pursuit_practice_deck_pin (deck, wide, "q-coached-quality");

  copy = pursuit_practice_deck_new (content);
  pursuit_practice_deck_copy_jobs (copy, deck);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpint (pursuit_practice_deck_get_job_id (deck, i), ==, expected[i]);
      g_assert_cmpint (pursuit_practice_deck_get_job_id (copy, i), ==, expected[i]);
    }
  g_assert_cmpstr (pursuit_practice_deck_get_job_role (deck, wide), ==, role_id);
  g_assert_cmpstr (pursuit_practice_deck_get_job_role (deck, G_MAXUINT32), ==, "call-center-specialist");
  /* Not mistaken for the job whose id is its lower 32 bits. */
  g_assert_null (pursuit_practice_deck_get_job_role (deck, 0));
  g_assert_true (pursuit_practice_deck_is_pinned (deck, wide, "q-coached-quality"));
  plan = pursuit_practice_deck_make_job_plan (copy, wide, &limits, AT (MONDAY, 8), utc);
  g_assert_nonnull (plan);
  g_assert_cmpint (plan->starts_at, ==, AT (MONDAY + 2, 10));

  pursuit_practice_deck_remove_jobs (deck, 0, 2);
  g_assert_cmpuint (pursuit_practice_deck_get_n_jobs (deck), ==, 1);
  g_assert_cmpint (pursuit_practice_deck_get_job_id (deck, 0), ==, G_MAXUINT32);
  g_assert_null (pursuit_practice_deck_get_job_role (deck, wide));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  g_test_add_func ("/practice-deck/job-set", test_job_set);
  g_test_add_func ("/practice-deck/splice-jobs", test_splice_jobs);
  g_test_add_func ("/practice-deck/interviews-follow-jobs", test_interviews_follow_jobs);
  g_test_add_func ("/practice-deck/wide-ids", test_wide_ids);
  g_test_add_func ("/practice-deck/custom-question", test_custom_question);
  g_test_add_func ("/practice-deck/practised-cards", test_practised_cards);
  g_test_add_func ("/practice-deck/interview-week", test_interview_week);

  return g_test_run ();
}
