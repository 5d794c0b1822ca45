/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-practice-state.h"
#include "pursuit-repository-practice.h"
#include "pursuit-store-jobs.h"
#include "pursuit-store-people.h"
#include "pursuit-store-practice.h"
#include "pursuit-test-utils.h"

/* The practice state follows the jobs model change by change, without
 * matching every title again: after each change of a job (its stage, its
 * title, an interview, archived or back, a new job, one deleted), its deck
 * is the deck made from scratch from the same records and jobs. */

typedef struct
{
  PursuitTestDir *dir;
  char *path;
  PursuitStore *store;
  PursuitContent *content;
  GSettings *settings;
  PursuitPracticeState *state;
  guint changes;
} Fixture;

static void
on_changed (PursuitPracticeState *state,
            Fixture              *fixture)
{
  fixture->changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = pursuit_test_dir_new ();
  fixture->path = pursuit_test_dir_file (fixture->dir, "pursuit.db");
  fixture->store = pursuit_test_open_store (fixture->path);
  fixture->content = pursuit_content_new_from_resource (NULL, &error);
  g_assert_no_error (error);
  fixture->settings = g_settings_new ("io.github.pursuit.Pursuit");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->state);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->content);
  pursuit_store_close (fixture->store);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, pursuit_test_dir_free);
  g_clear_pointer (&fixture->path, g_free);
}

static gboolean
changed_since (gpointer data)
{
  Fixture *fixture = data;

  return fixture->changes > 0;
}

/* Until the state announces what a change did. */
static void
wait_for_change (Fixture *fixture)
{
  pursuit_test_wait_until (changed_since, fixture, "the practice state to change");
  fixture->changes = 0;
}

static GStrv
card_ids (GPtrArray *cards)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < cards->len; i++)
    g_strv_builder_add (builder, ((PursuitCard *) g_ptr_array_index (cards, i))->question_id);
  return g_strv_builder_end (builder);
}

static void
assert_same_cards (GPtrArray *cards,
                   GPtrArray *expected)
{
  g_auto(GStrv) ids = card_ids (cards);
  g_auto(GStrv) expected_ids = card_ids (expected);

  g_assert_cmpstrv (ids, expected_ids);
}

/* The state's deck against one made now from its records and the model. */
static void
assert_as_rebuilt (Fixture *fixture)
{
  GListModel *jobs = pursuit_store_get_jobs (fixture->store);
  PursuitPracticeDeck *deck = pursuit_practice_state_get_deck (fixture->state);
  g_auto(GStrv) roles = g_settings_get_strv (fixture->settings, "practice-roles");
  g_autoptr(PursuitPracticeDeck) rebuilt = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GPtrArray) expected_plans = NULL;
  PursuitPracticeLimits limits;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  g_assert_nonnull (deck);
  rebuilt = pursuit_practice_records_make_deck (pursuit_practice_state_get_records (fixture->state),
                                                fixture->content, jobs, (const char * const *) roles, now);

  g_assert_cmpuint (pursuit_practice_deck_get_n_jobs (deck), ==, g_list_model_get_n_items (jobs));
  g_assert_cmpuint (pursuit_practice_deck_get_n_jobs (deck), ==, pursuit_practice_deck_get_n_jobs (rebuilt));
  for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);
      gint64 id = pursuit_job_get_id (job);
      g_autoptr(GPtrArray) set = pursuit_practice_deck_dup_job_set (deck, id);
      g_autoptr(GPtrArray) expected_set = pursuit_practice_deck_dup_job_set (rebuilt, id);

      g_assert_cmpint (pursuit_practice_deck_get_job_id (deck, i), ==, id);
      g_assert_cmpstr (pursuit_practice_deck_get_job_role (deck, id), ==,
                       pursuit_practice_deck_get_job_role (rebuilt, id));
      assert_same_cards (set, expected_set);
    }

  cards = pursuit_practice_deck_dup_cards (deck);
  expected = pursuit_practice_deck_dup_cards (rebuilt);
  assert_same_cards (cards, expected);

  pursuit_practice_limits_init (&limits);
  plans = pursuit_practice_deck_make_plans (deck, &limits, now, utc);
  expected_plans = pursuit_practice_deck_make_plans (rebuilt, &limits, now, utc);
  g_assert_cmpuint (plans->len, ==, expected_plans->len);
}

static void
save (Fixture          *fixture,
      PursuitJob       *draft,
      PursuitJobFields  fields)
{
  g_autoptr(GError) error = NULL;

  fixture->changes = 0;
  g_assert_true (pursuit_test_store_save (fixture->store, draft, fields, &error));
  g_assert_no_error (error);
  wait_for_change (fixture);
  assert_as_rebuilt (fixture);
}

static void
pin (Fixture    *fixture,
     gint64      job_id,
     const char *question_id)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_store_pin_question_async (fixture->store, job_id, question_id, TRUE, NULL, pursuit_test_keep_result,
                                    &result);
  g_assert_true (pursuit_store_pin_question_finish (fixture->store, pursuit_test_wait_result (&result), &error));
  g_assert_no_error (error);
}

static void
test_follows_jobs (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *titles[] = { "Customer Service Specialist", "Call Center Specialist", "Gardener",
                           "Customer Service Manager", "Beekeeper" };
  PursuitJob *jobs[G_N_ELEMENTS (titles)];
  g_autoptr(PursuitJob) draft = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(PursuitInterview) saved_interview = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) set = NULL;
  PursuitPracticeDeck *deck;
  PursuitJob *added;
  gint64 tomorrow = g_get_real_time () / G_USEC_PER_SEC + 24 * 60 * 60;
  g_autoptr(PursuitQuestion) first_question = NULL;
  const char *question_id;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    jobs[i] = pursuit_test_add_job (fixture->store, "Acme Ltd", titles[i]);

  /* A question pinned to the third job, which matches no guide. */
  first_question = g_list_model_get_item (pursuit_content_get_questions (fixture->content), 0);
  question_id = pursuit_question_get_id (first_question);
  pin (fixture, pursuit_job_get_id (jobs[2]), question_id);

  fixture->state = pursuit_practice_state_new (fixture->store, fixture->content, fixture->settings);
  g_signal_connect (fixture->state, "changed", G_CALLBACK (on_changed), fixture);
  wait_for_change (fixture);
  deck = pursuit_practice_state_get_deck (fixture->state);
  g_assert_nonnull (pursuit_practice_deck_get_job_role (deck, pursuit_job_get_id (jobs[0])));
  g_assert_null (pursuit_practice_deck_get_job_role (deck, pursuit_job_get_id (jobs[2])));
  g_assert_true (pursuit_practice_deck_is_pinned (deck, pursuit_job_get_id (jobs[2]), question_id));
  assert_as_rebuilt (fixture);

  /* A move to another stage: the job changes in its place. */
  draft = pursuit_job_copy (jobs[1]);
  pursuit_job_set_stage (draft, pursuit_test_stage_at (fixture->store, 3));
  save (fixture, draft, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_STAGE));
  g_clear_object (&draft);

  /* A title that names a guide now, and one that no longer does. */
  draft = pursuit_job_copy (jobs[2]);
  pursuit_job_set_title (draft, "Customer Service Manager");
  save (fixture, draft, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_TITLE));
  g_clear_object (&draft);
  deck = pursuit_practice_state_get_deck (fixture->state);
  g_assert_nonnull (pursuit_practice_deck_get_job_role (deck, pursuit_job_get_id (jobs[2])));
  /* Its pin stayed with it. */
  g_assert_true (pursuit_practice_deck_is_pinned (deck, pursuit_job_get_id (jobs[2]), question_id));
  draft = pursuit_job_copy (jobs[0]);
  pursuit_job_set_title (draft, "Lighthouse Keeper");
  save (fixture, draft, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_TITLE));
  g_clear_object (&draft);
  g_assert_null (pursuit_practice_deck_get_job_role (pursuit_practice_state_get_deck (fixture->state),
                                                     pursuit_job_get_id (jobs[0])));

  /* An interview ahead puts the job's set first. */
  interview = pursuit_test_make_interview (pursuit_job_get_id (jobs[3]), tomorrow);
  fixture->changes = 0;
  pursuit_store_add_interview_async (fixture->store, interview, NULL, pursuit_test_keep_result, &result);
  saved_interview = pursuit_store_save_interview_finish (fixture->store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_clear_object (&result);
  wait_for_change (fixture);
  assert_as_rebuilt (fixture);

  /* Archived, the job is practised for nothing, and its pin waits. */
  draft = pursuit_job_copy (jobs[2]);
  pursuit_job_set_archived (draft, TRUE);
  save (fixture, draft, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_ARCHIVED));
  deck = pursuit_practice_state_get_deck (fixture->state);
  set = pursuit_practice_deck_dup_job_set (deck, pursuit_job_get_id (jobs[2]));
  g_assert_cmpuint (set->len, ==, 0);
  g_assert_false (pursuit_practice_deck_is_pinned (deck, pursuit_job_get_id (jobs[2]), question_id));
  pursuit_job_set_archived (draft, FALSE);
  save (fixture, draft, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_ARCHIVED));
  g_clear_object (&draft);
  g_assert_true (pursuit_practice_deck_is_pinned (pursuit_practice_state_get_deck (fixture->state),
                                                  pursuit_job_get_id (jobs[2]), question_id));

  /* A new job comes first, as in the model. */
  fixture->changes = 0;
  added = pursuit_test_add_job (fixture->store, "Globex", "Call Center Specialist");
  wait_for_change (fixture);
  assert_as_rebuilt (fixture);
  g_assert_cmpint (pursuit_practice_deck_get_job_id (pursuit_practice_state_get_deck (fixture->state), 0), ==,
                   pursuit_job_get_id (added));

  /* A job deleted leaves, and the records (its pins) are read again. */
  fixture->changes = 0;
  pursuit_store_delete_job_async (fixture->store, jobs[2], NULL, pursuit_test_keep_result, &result);
  g_assert_true (pursuit_store_delete_job_finish (fixture->store, pursuit_test_wait_result (&result), &error));
  g_assert_no_error (error);
  wait_for_change (fixture);
  assert_as_rebuilt (fixture);
  g_assert_cmpuint (pursuit_practice_deck_get_n_jobs (pursuit_practice_state_get_deck (fixture->state)), ==,
                    G_N_ELEMENTS (titles));
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  PURSUIT_TEST_ADD_OWN ("/practice-state/follows-jobs", test_follows_jobs);

  return g_test_run ();
}
