/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-attention.h"
#include "pursuit-attention-counter.h"
#include "pursuit-test-utils.h"

/* The "Needs attention" count counts again only the jobs that changed:
 * after each change of the model, it is what a count of every job gives. */

static PursuitJob *
make_job (gint64      id,
          const char *due)
{
  g_autoptr(PursuitStage) stage = pursuit_stage_new (PURSUIT_STAGE_KIND_APPLIED + 1, PURSUIT_STAGE_KIND_APPLIED,
                                                     NULL, PURSUIT_STAGE_KIND_APPLIED, FALSE);
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_id (job, id);
  pursuit_job_set_company (job, "Acme Ltd");
  pursuit_job_set_title (job, "Support Agent");
  pursuit_job_set_stage (job, stage);
  /* A follow-up long past is due; one far ahead is not. */
  pursuit_job_set_next_action_due (job, due);
  return job;
}

static void
assert_counted_again (PursuitAttentionCounter *counter,
                      GListModel              *jobs,
                      GSettings               *settings)
{
  g_autoptr(PursuitAttentionCounter) fresh = pursuit_attention_counter_new (jobs, settings);

  g_assert_cmpuint (pursuit_attention_counter_get_count (counter), ==, pursuit_attention_counter_get_count (fresh));
}

static void
test_follows_changes (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  g_autoptr(GListStore) jobs = g_list_store_new (PURSUIT_TYPE_JOB);
  g_autoptr(PursuitAttentionCounter) counter = NULL;
  g_autoptr(PursuitJob) job = NULL;
  PursuitJob *added[3];

  for (gint64 id = 1; id <= 10; id++)
    {
      g_autoptr(PursuitJob) each = make_job (id, id % 3 == 0 ? "2020-01-01" : "2999-01-01");

      g_list_store_append (jobs, each);
    }
  counter = pursuit_attention_counter_new (G_LIST_MODEL (jobs), settings);
  g_assert_cmpuint (pursuit_attention_counter_get_count (counter), ==, 3);

  /* A job changed in place (the store's items-changed of a save). */
  job = g_list_model_get_item (G_LIST_MODEL (jobs), 4);
  pursuit_job_set_next_action_due (job, "2020-01-01");
  g_list_model_items_changed (G_LIST_MODEL (jobs), 4, 1, 1);
  g_assert_cmpuint (pursuit_attention_counter_get_count (counter), ==, 4);
  assert_counted_again (counter, G_LIST_MODEL (jobs), settings);

  pursuit_job_set_next_action_due (job, "2999-01-01");
  g_list_model_items_changed (G_LIST_MODEL (jobs), 4, 1, 1);
  g_assert_cmpuint (pursuit_attention_counter_get_count (counter), ==, 3);

  /* A job that needs attention leaves; new ones come first. */
  g_list_store_remove (jobs, 2);
  g_assert_cmpuint (pursuit_attention_counter_get_count (counter), ==, 2);
  assert_counted_again (counter, G_LIST_MODEL (jobs), settings);
  added[0] = make_job (11, "2020-01-01");
  added[1] = make_job (12, "2999-01-01");
  added[2] = make_job (13, "2020-01-02");
  g_list_store_splice (jobs, 0, 0, (gpointer *) added, G_N_ELEMENTS (added));
  for (guint i = 0; i < G_N_ELEMENTS (added); i++)
    g_object_unref (added[i]);
  g_assert_cmpuint (pursuit_attention_counter_get_count (counter), ==, 4);
  assert_counted_again (counter, G_LIST_MODEL (jobs), settings);

  /* The job that changed is still found at its new place. */
  pursuit_job_set_next_action_due (job, "2020-01-01");
  g_list_model_items_changed (G_LIST_MODEL (jobs), 6, 1, 1);
  g_assert_cmpuint (pursuit_attention_counter_get_count (counter), ==, 5);
  assert_counted_again (counter, G_LIST_MODEL (jobs), settings);

  /* Everything replaced at once is counted once, when idle. */
  g_list_store_remove_all (jobs);
  pursuit_test_wait_for_count (G_LIST_MODEL (jobs), 0, "the jobs to go");
  while (pursuit_attention_counter_get_count (counter) != 0)
    g_main_context_iteration (NULL, TRUE);
  assert_counted_again (counter, G_LIST_MODEL (jobs), settings);
}

/* Each job's answer, in the model's order, as the list's attention filter
 * reads it: made at once when a count was waiting, and worked out again
 * with a tick when the days setting changes. */
static void
assert_answers (PursuitAttentionCounter *counter,
                GListModel              *jobs,
                GSettings               *settings)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int days = g_settings_get_int (settings, "attention-days");
  guint n, count = 0;
  const guint8 *needs = pursuit_attention_counter_peek (counter, &n);

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (jobs));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);

      g_assert_cmpuint (needs[i], ==, pursuit_job_get_attention (job, now, days) != PURSUIT_ATTENTION_NONE);
      count += needs[i];
    }
  g_assert_cmpuint (pursuit_attention_counter_get_count (counter), ==, count);
}

static void
count_tick (guint *ticks)
{
  (*ticks)++;
}

static void
test_answers (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  g_autoptr(GListStore) jobs = g_list_store_new (PURSUIT_TYPE_JOB);
  g_autoptr(PursuitAttentionCounter) counter = NULL;
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint ticks = 0;

  /* Applied 20 days ago, with no answer; every third with a follow-up due. */
  for (gint64 id = 1; id <= 12; id++)
    {
      g_autoptr(PursuitJob) job = make_job (id, id % 3 == 0 ? "2020-01-01" : "2999-01-01");

      pursuit_job_set_stage_entered_at (job, now - 20 * 24 * 60 * 60);
      g_list_store_append (jobs, job);
    }
  g_settings_set_int (settings, "attention-days", 14);
  counter = pursuit_attention_counter_new (G_LIST_MODEL (jobs), settings);
  g_signal_connect_swapped (counter, "tick", G_CALLBACK (count_tick), &ticks);
  g_assert_cmpuint (pursuit_attention_counter_get_count (counter), ==, 12);
  assert_answers (counter, G_LIST_MODEL (jobs), settings);

  /* Every job replaced: counted when idle, or at once when asked. */
  for (gint64 id = 13; id <= 20; id++)
    g_ptr_array_add (others, make_job (id, id % 2 == 0 ? "2020-01-01" : "2999-01-01"));
  g_list_store_splice (jobs, 0, 12, others->pdata, others->len);
  assert_answers (counter, G_LIST_MODEL (jobs), settings);
  g_assert_cmpuint (pursuit_attention_counter_get_count (counter), ==, 4);
  g_assert_cmpuint (ticks, ==, 0);

  /* A month to wait: the jobs waiting for an answer no longer need
   * attention, and views filtering by it hear so. */
  g_list_store_splice (jobs, 0, 8, NULL, 0);
  for (gint64 id = 21; id <= 30; id++)
    {
      g_autoptr(PursuitJob) job = make_job (id, id % 5 == 0 ? "2020-01-01" : "2999-01-01");

      pursuit_job_set_stage_entered_at (job, now - 20 * 24 * 60 * 60);
      g_list_store_append (jobs, job);
    }
  assert_answers (counter, G_LIST_MODEL (jobs), settings);
  g_assert_cmpuint (pursuit_attention_counter_get_count (counter), ==, 10);
  g_settings_set_int (settings, "attention-days", 30);
  while (ticks == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (pursuit_attention_counter_get_count (counter), ==, 2);
  assert_answers (counter, G_LIST_MODEL (jobs), settings);
  g_settings_reset (settings, "attention-days");
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/attention-counter/follows-changes", test_follows_changes);
  g_test_add_func ("/attention-counter/answers", test_answers);

  return g_test_run ();
}
