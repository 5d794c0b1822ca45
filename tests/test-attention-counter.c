/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

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

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/attention-counter/follows-changes", test_follows_changes);

  return g_test_run ();
}
