/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-error.h"
#include "pursuit-repository-stages.h"
#include "pursuit-test-utils.h"

/* The pipeline (rename, add, reorder, hide stages) and the timeline (moves
 * with notes, corrections) in the repository. */

typedef PursuitTestFixture Fixture;
/* The stages as ids in order, e.g. "1 2 3", or with an H for hidden ones. */
static char *
describe_stages (PursuitRepository *repository)
{
  g_autoptr(GPtrArray) stages = pursuit_repository_list_stages (repository);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);

      g_assert_cmpint (pursuit_stage_get_position (stage), ==, (int) i);
      g_string_append_printf (text, "%s%" G_GINT64_FORMAT "%s", i > 0 ? " " : "",
                              pursuit_stage_get_id (stage),
                              pursuit_stage_get_hidden (stage) ? "H" : "");
    }
  return g_string_free (text, FALSE);
}

static PursuitStage *
stage_by_id (PursuitRepository *repository,
             gint64             id)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  return pursuit_repository_find_stage (repository, text);
}

static void
test_rename (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *long_name = NULL;
  PursuitStage *stage;

  g_assert_true (pursuit_repository_rename_stage (fixture->repository, 4, "  Interviews ", &error));
  g_assert_no_error (error);
  stage = stage_by_id (fixture->repository, 4);
  g_assert_cmpstr (pursuit_stage_get_custom_name (stage), ==, "Interviews");
  g_assert_cmpstr (pursuit_stage_get_name (stage), ==, "Interviews");
  g_assert_cmpint (pursuit_stage_get_kind (stage), ==, PURSUIT_STAGE_KIND_INTERVIEWING);
  g_assert_true (pursuit_repository_find_stage (fixture->repository, "interviews") == stage);
  raw = pursuit_test_sql_text (fixture->path, "SELECT custom_name FROM stages WHERE id = 4");
  g_assert_cmpstr (raw, ==, "Interviews");

  /* Empty gives the stage back its kind's name, stored as NULL so that it
   * stays translated; so does typing the default name itself. */
  g_assert_true (pursuit_repository_rename_stage (fixture->repository, 4, "", &error));
  g_assert_no_error (error);
  stage = stage_by_id (fixture->repository, 4);
  g_assert_null (pursuit_stage_get_custom_name (stage));
  g_assert_cmpstr (pursuit_stage_get_name (stage), ==, "Interviewing");
  g_clear_pointer (&raw, g_free);
  raw = pursuit_test_sql_text (fixture->path, "SELECT custom_name FROM stages WHERE id = 4");
  g_assert_null (raw);

  g_assert_true (pursuit_repository_rename_stage (fixture->repository, 2, "Sent", &error));
  g_assert_true (pursuit_repository_rename_stage (fixture->repository, 2, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (pursuit_stage_get_custom_name (stage_by_id (fixture->repository, 2)));
  g_assert_true (pursuit_repository_rename_stage (fixture->repository, 2, "Applied", &error));
  g_assert_no_error (error);
  g_assert_null (pursuit_stage_get_custom_name (stage_by_id (fixture->repository, 2)));

  /* Names stay unique whatever the case, and never look like a number. */
  g_assert_false (pursuit_repository_rename_stage (fixture->repository, 3, "offer", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_repository_rename_stage (fixture->repository, 3, "2024", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  long_name = g_strnfill (61, 'x');
  g_assert_false (pursuit_repository_rename_stage (fixture->repository, 3, long_name, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_repository_rename_stage (fixture->repository, 3, "\xff\xfe", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_repository_rename_stage (fixture->repository, 99, "Nowhere", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpstr (pursuit_stage_get_name (stage_by_id (fixture->repository, 3)), ==, "Screening");
}

static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  PursuitStage *stage;
  gint64 id;

  id = pursuit_repository_add_stage (fixture->repository, PURSUIT_STAGE_KIND_INTERVIEWING,
                                     "Final Round", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, 10);
  stage = stage_by_id (fixture->repository, id);
  g_assert_cmpstr (pursuit_stage_get_name (stage), ==, "Final Round");
  g_assert_cmpint (pursuit_stage_get_kind (stage), ==, PURSUIT_STAGE_KIND_INTERVIEWING);
  g_assert_false (pursuit_stage_get_hidden (stage));
  order = describe_stages (fixture->repository);
  g_assert_cmpstr (order, ==, "1 2 3 4 5 6 7 8 9 10");

  /* A second stage of a kind needs a name of its own. */
  g_assert_cmpint (pursuit_repository_add_stage (fixture->repository, PURSUIT_STAGE_KIND_OFFER,
                                                 NULL, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (pursuit_repository_add_stage (fixture->repository, PURSUIT_STAGE_KIND_LAST + 1,
                                                 "Odd", &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_clear_pointer (&order, g_free);
  order = describe_stages (fixture->repository);
  g_assert_cmpstr (order, ==, "1 2 3 4 5 6 7 8 9 10");

  /* What was added is in the file, for the next start. */
  g_clear_object (&fixture->repository);
  fixture->repository = pursuit_repository_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_stage_get_name (stage_by_id (fixture->repository, 10)), ==, "Final Round");
}

static void
test_reorder (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  char *order;

  g_assert_true (pursuit_repository_move_stage (fixture->repository, 9, 0, &error));
  g_assert_no_error (error);
  order = describe_stages (fixture->repository);
  g_assert_cmpstr (order, ==, "9 1 2 3 4 5 6 7 8");
  g_free (order);

  g_assert_true (pursuit_repository_move_stage (fixture->repository, 3, 1, &error));
  g_assert_no_error (error);
  order = describe_stages (fixture->repository);
  g_assert_cmpstr (order, ==, "9 3 1 2 4 5 6 7 8");
  g_free (order);

  /* Past the end means last. */
  g_assert_true (pursuit_repository_move_stage (fixture->repository, 9, 100, &error));
  g_assert_no_error (error);
  order = describe_stages (fixture->repository);
  g_assert_cmpstr (order, ==, "3 1 2 4 5 6 7 8 9");
  g_free (order);

  g_assert_false (pursuit_repository_move_stage (fixture->repository, 42, 0, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_clear_object (&fixture->repository);
  fixture->repository = pursuit_repository_open (fixture->path, &error);
  g_assert_no_error (error);
  order = describe_stages (fixture->repository);
  g_assert_cmpstr (order, ==, "3 1 2 4 5 6 7 8 9");
  g_free (order);
}

static void
test_hide (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (fixture->repository, "Initech", "Analyst", 1000);
  g_autoptr(PursuitJob) fresh = NULL;
  g_autofree char *order = NULL;

  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (job), 9,
                                              NULL, 2000, &error));
  g_assert_no_error (error);

  g_assert_true (pursuit_repository_set_stage_hidden (fixture->repository, 9, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_set_stage_hidden (fixture->repository, 3, TRUE, &error));
  g_assert_no_error (error);
  order = describe_stages (fixture->repository);
  g_assert_cmpstr (order, ==, "1 2 3H 4 5 6 7 8 9H");

  /* The job keeps its hidden stage. */
  fresh = pursuit_test_read_job (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (fresh)), ==, 9);
  g_assert_true (pursuit_stage_get_hidden (pursuit_job_get_stage (fresh)));

  g_assert_true (pursuit_repository_set_stage_hidden (fixture->repository, 3, FALSE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&order, g_free);
  order = describe_stages (fixture->repository);
  g_assert_cmpstr (order, ==, "1 2 3 4 5 6 7 8 9H");

  /* New jobs need a shown stage: the last one stays. */
  for (gint64 id = 1; id <= 7; id++)
    {
      g_assert_true (pursuit_repository_set_stage_hidden (fixture->repository, id, TRUE, &error));
      g_assert_no_error (error);
    }
  g_assert_false (pursuit_repository_set_stage_hidden (fixture->repository, 8, TRUE, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&order, g_free);
  order = describe_stages (fixture->repository);
  g_assert_cmpstr (order, ==, "1H 2H 3H 4H 5H 6H 7H 8 9H");
}

static void
test_move_with_note (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (fixture->repository, "Initech", "Analyst", 1000);
  g_autoptr(PursuitJob) fresh = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (job), 2,
                                              "Sent through a referral", 2000, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (job), 4,
                                              NULL, 3000, &error));
  g_assert_no_error (error);

  changes = pursuit_test_list_changes (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpint (pursuit_test_change_at (changes, 0)->stage_id, ==, 1);
  g_assert_cmpint (pursuit_test_change_at (changes, 0)->entered_at, ==, 1000);
  g_assert_cmpint (pursuit_test_change_at (changes, 1)->stage_id, ==, 2);
  g_assert_cmpint (pursuit_test_change_at (changes, 1)->entered_at, ==, 2000);
  g_assert_cmpstr (pursuit_test_change_at (changes, 1)->note, ==, "Sent through a referral");
  g_assert_cmpint (pursuit_test_change_at (changes, 2)->stage_id, ==, 4);
  g_assert_cmpstr (pursuit_test_change_at (changes, 2)->note, ==, "");

  fresh = pursuit_test_read_job (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (fresh)), ==, 4);
  g_assert_cmpint (pursuit_job_get_stage_entered_at (fresh), ==, 3000);
}

static void
test_timeline_update (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (fixture->repository, "Initech", "Analyst", 1000);
  g_autoptr(PursuitJob) fresh = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 applied_id;

  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (job), 2,
                                              NULL, 2000, &error));
  changes = pursuit_test_list_changes (fixture->repository, pursuit_job_get_id (job));
  applied_id = pursuit_test_change_at (changes, 1)->id;
  g_clear_pointer (&changes, g_ptr_array_unref);

  g_assert_true (pursuit_repository_update_stage_change (fixture->repository, applied_id, 1500,
                                                         "Applied on the company site", 5000, &error));
  g_assert_no_error (error);
  changes = pursuit_test_list_changes (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpint (pursuit_test_change_at (changes, 1)->id, ==, applied_id);
  g_assert_cmpint (pursuit_test_change_at (changes, 1)->entered_at, ==, 1500);
  g_assert_cmpstr (pursuit_test_change_at (changes, 1)->note, ==, "Applied on the company site");
  fresh = pursuit_test_read_job (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_stage_entered_at (fresh), ==, 1500);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (fresh)), ==, 2);
  g_clear_object (&fresh);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Dated before the first entry, the application is no longer the latest
   * date, but it is still the last move: correcting history does not move
   * the job. */
  g_assert_true (pursuit_repository_update_stage_change (fixture->repository, applied_id, 500,
                                                         NULL, 5000, &error));
  g_assert_no_error (error);
  changes = pursuit_test_list_changes (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_test_change_at (changes, 0)->id, ==, applied_id);
  g_assert_cmpstr (pursuit_test_change_at (changes, 0)->note, ==, "");
  fresh = pursuit_test_read_job (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (fresh)), ==, 2);
  g_assert_cmpint (pursuit_job_get_stage_entered_at (fresh), ==, 500);
  g_assert_cmpint (pursuit_job_get_updated_at (fresh), ==, 5000);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Nothing invalid is written. */
  g_assert_false (pursuit_repository_update_stage_change (fixture->repository, applied_id, 9000,
                                                          NULL, 5000, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_repository_update_stage_change (fixture->repository, applied_id, 600,
                                                          "\xc3\x28", 5000, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_repository_update_stage_change (fixture->repository, 4242, 600,
                                                          NULL, 5000, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  changes = pursuit_test_list_changes (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_test_change_at (changes, 0)->entered_at, ==, 500);
}

static void
test_timeline_delete (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (fixture->repository, "Initech", "Analyst", 1000);
  g_autoptr(PursuitJob) other = pursuit_test_insert_job (fixture->repository, "Initech", "Clerk", 1100);
  g_autoptr(PursuitJob) fresh = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(PursuitStageChange) removed = NULL;
  gint64 id;

  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (job), 2,
                                              NULL, 2000, &error));
  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (job), 7,
                                              "Wrong job", 3000, &error));
  g_assert_no_error (error);

  /* Removing the wrong move puts the job back where it was. */
  changes = pursuit_test_list_changes (fixture->repository, pursuit_job_get_id (job));
  removed = pursuit_stage_change_copy (pursuit_test_change_at (changes, 2));
  g_clear_pointer (&changes, g_ptr_array_unref);
  g_assert_true (pursuit_repository_delete_stage_change (fixture->repository, removed->id, 4000, &error));
  g_assert_no_error (error);
  changes = pursuit_test_list_changes (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpuint (changes->len, ==, 2);
  fresh = pursuit_test_read_job (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (fresh)), ==, 2);
  g_assert_cmpint (pursuit_job_get_stage_entered_at (fresh), ==, 2000);
  g_clear_object (&fresh);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Undo: the entry comes back as it was, and with it the stage. */
  id = pursuit_repository_insert_stage_change (fixture->repository, removed, 4500, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  changes = pursuit_test_list_changes (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpstr (pursuit_test_change_at (changes, 2)->note, ==, "Wrong job");
  g_assert_cmpint (pursuit_test_change_at (changes, 2)->entered_at, ==, 3000);
  fresh = pursuit_test_read_job (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (fresh)), ==, 7);
  g_clear_object (&fresh);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* The only entry of a job stays. */
  changes = pursuit_test_list_changes (fixture->repository, pursuit_job_get_id (other));
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_false (pursuit_repository_delete_stage_change (fixture->repository,
                                                          pursuit_test_change_at (changes, 0)->id, 5000, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "only"));
  g_clear_error (&error);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = pursuit_test_list_changes (fixture->repository, pursuit_job_get_id (other));
  g_assert_cmpuint (changes->len, ==, 1);

  g_assert_false (pursuit_repository_delete_stage_change (fixture->repository, 4242, 5000, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An entry for a job or stage that does not exist is refused. */
  removed->job_id = 4242;
  g_assert_cmpint (pursuit_repository_insert_stage_change (fixture->repository, removed, 5000, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  removed->job_id = pursuit_job_get_id (job);
  removed->stage_id = 4242;
  g_assert_cmpint (pursuit_repository_insert_stage_change (fixture->repository, removed, 5000, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

/* A write that fails halfway leaves everything as it was. The failure is
 * forced by a trigger added behind the repository's back. */
static void
test_transactions (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (fixture->repository, "Initech", "Analyst", 1000);
  g_autoptr(PursuitJob) fresh = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *positions = NULL;
  g_autofree char *count = NULL;
  g_autofree char *stage = NULL;
  char *order;

  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (job), 2,
                                              NULL, 2000, &error));
  g_assert_no_error (error);

  /* Reordering rewrites several rows; the fifth stage refuses its new place. */
  pursuit_test_sql_exec (fixture->path,
            "CREATE TRIGGER refuse_position BEFORE UPDATE OF position ON stages "
            "WHEN NEW.id = 5 BEGIN SELECT RAISE (ABORT, 'refused'); END");
  g_assert_false (pursuit_repository_move_stage (fixture->repository, 9, 0, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  positions = pursuit_test_sql_text (fixture->path,
                              "SELECT group_concat (id, ' ') FROM (SELECT id FROM stages ORDER BY position)");
  g_assert_cmpstr (positions, ==, "1 2 3 4 5 6 7 8 9");
  order = describe_stages (fixture->repository);
  g_assert_cmpstr (order, ==, "1 2 3 4 5 6 7 8 9");
  g_free (order);

  /* Removing an entry also updates the job; the job refuses. */
  pursuit_test_sql_exec (fixture->path,
            "CREATE TRIGGER refuse_job BEFORE UPDATE ON jobs "
            "BEGIN SELECT RAISE (ABORT, 'refused'); END");
  changes = pursuit_test_list_changes (fixture->repository, pursuit_job_get_id (job));
  g_assert_false (pursuit_repository_delete_stage_change (fixture->repository,
                                                          pursuit_test_change_at (changes, 1)->id, 3000, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (pursuit_repository_update_stage_change (fixture->repository,
                                                          pursuit_test_change_at (changes, 1)->id, 500, "x", 3000, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (pursuit_repository_insert_stage_change (fixture->repository,
                                                           pursuit_test_change_at (changes, 1), 3000, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);

  count = pursuit_test_sql_text (fixture->path, "SELECT count(*) || ':' || max (entered_at) || ':' || group_concat (note, '') "
                                         "FROM stage_history");
  g_assert_cmpstr (count, ==, "2:2000:");
  stage = pursuit_test_sql_text (fixture->path, "SELECT stage_id || ':' || updated_at FROM jobs");
  g_assert_cmpstr (stage, ==, "2:2000");

  /* And the connection is usable again once the obstacle is gone. */
  pursuit_test_sql_exec (fixture->path, "DROP TRIGGER refuse_job; DROP TRIGGER refuse_position");
  g_assert_true (pursuit_repository_delete_stage_change (fixture->repository,
                                                         pursuit_test_change_at (changes, 1)->id, 3000, &error));
  g_assert_no_error (error);
  fresh = pursuit_test_read_job (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (fresh)), ==, 1);
}

/* Moving past applying gives the job its date applied, the day of the
 * move, unless it has one; a correction of history does not. */
static void
test_move_fills_date_applied (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (fixture->repository, "Initech", "Analyst", 1000);
  g_autoptr(PursuitJob) dated = pursuit_test_insert_job (fixture->repository, "Initech", "Agent", 1000);
  g_autoptr(PursuitJob) fresh = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (86400 * 400);
  g_autofree char *day = g_date_time_format (when, "%Y-%m-%d");

  g_assert_cmpstr (pursuit_job_get_applied_on (job), ==, "");
  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (job), 2,
                                              NULL, 86400 * 400, &error));
  g_assert_no_error (error);
  fresh = pursuit_test_read_job (fixture->repository, pursuit_job_get_id (job));
  g_assert_cmpstr (pursuit_job_get_applied_on (fresh), ==, day);
  g_clear_object (&fresh);

  /* A date the user gave is theirs. */
  pursuit_job_set_applied_on (dated, "2026-01-15");
  g_assert_true (pursuit_repository_update_job (fixture->repository, dated,
                                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_APPLIED_ON),
                                                2000, &error));
  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (dated), 2,
                                              NULL, 86400 * 400, &error));
  g_assert_no_error (error);
  fresh = pursuit_test_read_job (fixture->repository, pursuit_job_get_id (dated));
  g_assert_cmpstr (pursuit_job_get_applied_on (fresh), ==, "2026-01-15");
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  PURSUIT_TEST_ADD ("/repository/stages/rename", test_rename);
  PURSUIT_TEST_ADD ("/repository/stages/add", test_add);
  PURSUIT_TEST_ADD ("/repository/stages/reorder", test_reorder);
  PURSUIT_TEST_ADD ("/repository/stages/hide", test_hide);
  PURSUIT_TEST_ADD ("/repository/timeline/move-with-note", test_move_with_note);
  PURSUIT_TEST_ADD ("/repository/timeline/update", test_timeline_update);
  PURSUIT_TEST_ADD ("/repository/timeline/delete", test_timeline_delete);
  PURSUIT_TEST_ADD ("/repository/timeline/transactions", test_transactions);
  PURSUIT_TEST_ADD ("/repository/timeline/move-fills-date-applied", test_move_fills_date_applied);

  return g_test_run ();
}
