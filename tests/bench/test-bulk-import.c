/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-bench-generator.h"
#include "pursuit-error.h"
#include "pursuit-repository.h"
#include "pursuit-repository-bulk.h"
#include "pursuit-stage-change.h"
#include "pursuit-test-utils.h"
#include "pursuit-uuid.h"

/* pursuit_repository_import_jobs(), and the benchmark's generator on top. */

#define DAY (24 * 60 * 60)
#define NOW ((gint64) 1760000000)

typedef PursuitTestFixture Fixture;

/* A list of timelines may hold NULL for "no timeline". */
static void
free_timeline (gpointer timeline)
{
  if (timeline != NULL)
    g_ptr_array_unref (timeline);
}

static gint64
stage_id (PursuitRepository *repository,
          const char        *nick)
{
  return pursuit_stage_get_id (pursuit_repository_find_stage (repository, nick));
}

static guint
count_jobs (PursuitRepository *repository)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = pursuit_repository_list_jobs (repository, &error);

  g_assert_no_error (error);
  return jobs->len;
}

static void
test_import (Fixture       *fixture,
             gconstpointer  data)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE], uuid_b[PURSUIT_JOB_UUID_SIZE];
  PursuitRepository *repository = fixture->repository;
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) timelines = g_ptr_array_new_with_free_func (free_timeline);
  g_autoptr(GPtrArray) timeline = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_stage_change_free);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(PursuitJob) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  PursuitJob *first;
  PursuitJob *second;

  first = pursuit_test_make_job (repository, "Northwind Telecom", "Contact Center Agent", "interviewing");
  pursuit_job_set_created_at (first, NOW - 30 * DAY);
  pursuit_job_set_updated_at (first, NOW - 2 * DAY);
  pursuit_job_set_posting_text (first, "Answer calls about prepaid plans in Zendesk.");
  g_ptr_array_add (timeline, pursuit_stage_change_new (0, 0, stage_id (repository, "applied"), NOW - 30 * DAY, ""));
  g_ptr_array_add (timeline, pursuit_stage_change_new (0, 0, stage_id (repository, "screening"), NOW - 20 * DAY, "Phone screen"));
  g_ptr_array_add (timeline, pursuit_stage_change_new (0, 0, stage_id (repository, "interviewing"), NOW - 3 * DAY, NULL));
  g_ptr_array_add (jobs, first);
  g_ptr_array_add (timelines, g_steal_pointer (&timeline));

  /* No timeline: the job entered its stage when it was created (here: now). */
  second = pursuit_test_make_job (repository, "Summit Health", "Patient Access Representative", "wishlist");
  g_ptr_array_add (jobs, second);
  g_ptr_array_add (timelines, NULL);

  g_assert_true (pursuit_repository_import_jobs (repository, jobs, timelines, NOW, &error));
  g_assert_no_error (error);

  g_assert_cmpint (pursuit_job_get_id (first), >, 0);
  g_assert_cmpint (pursuit_job_get_id (second), >, pursuit_job_get_id (first));
  g_assert_true (g_uuid_string_is_valid (pursuit_job_get_uuid (first, uuid_a)));
  /* Made here: time-ordered ones, version 7 of RFC 9562, each its own and
   * in the order of the jobs, so the UUID index is appended to. */
  for (guint i = 0; i < jobs->len; i++)
    {
      const char *uuid = pursuit_job_get_uuid (g_ptr_array_index (jobs, i), uuid_a);
      g_autofree char *lower = g_ascii_strdown (uuid, -1);

      g_assert_true (g_uuid_string_is_valid (uuid));
      g_assert_cmpint (uuid[14], ==, '7');
      g_assert_nonnull (strchr ("89ab", uuid[19]));
      g_assert_cmpstr (uuid, ==, lower);
      if (i > 0)
        g_assert_cmpstr (pursuit_job_get_uuid (g_ptr_array_index (jobs, i - 1), uuid_b), <, uuid);
    }
  g_assert_cmpstr (pursuit_job_get_uuid (first, uuid_a), !=, pursuit_job_get_uuid (second, uuid_b));
  g_assert_cmpint (pursuit_job_get_stage_entered_at (first), ==, NOW - 3 * DAY);
  g_assert_cmpint (pursuit_job_get_created_at (second), ==, NOW);
  g_assert_cmpuint (count_jobs (repository), ==, 2);

  /* The job keeps its own times, and its whole timeline. */
  id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (first));
  read = pursuit_repository_find_job (repository, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_job_get_created_at (read), ==, NOW - 30 * DAY);
  g_assert_cmpint (pursuit_job_get_updated_at (read), ==, NOW - 2 * DAY);
  g_assert_cmpint (pursuit_job_get_stage_entered_at (read), ==, NOW - 3 * DAY);
  changes = pursuit_repository_list_stage_changes (repository, pursuit_job_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpstr (((PursuitStageChange *) g_ptr_array_index (changes, 1))->note, ==, "Phone screen");
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = pursuit_repository_list_stage_changes (repository, pursuit_job_get_id (second), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (((PursuitStageChange *) g_ptr_array_index (changes, 0))->stage_id, ==,
                   stage_id (repository, "wishlist"));
  g_assert_cmpint (((PursuitStageChange *) g_ptr_array_index (changes, 0))->entered_at, ==, NOW);
  g_assert_cmpstr (((PursuitStageChange *) g_ptr_array_index (changes, 0))->note, ==, "");
  g_assert_cmpint (pursuit_job_get_stage_entered_at (second), ==, NOW);

  /* The full-text index follows the import. */
  found = pursuit_repository_search_jobs (repository, "zend", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (pursuit_job_ids_contain (found, pursuit_job_get_id (first)));
}

static void
test_import_invalid (Fixture       *fixture,
                     gconstpointer  data)
{
  PursuitRepository *repository = fixture->repository;
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) timelines = g_ptr_array_new_with_free_func (free_timeline);
  g_autoptr(GPtrArray) timeline = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_stage_change_free);
  g_autoptr(GError) error = NULL;
  PursuitJob *bad;

  g_ptr_array_add (jobs, pursuit_test_make_job (repository, "Atlas Bank", "Support Team Lead", "applied"));
  bad = pursuit_test_make_job (repository, "Cedar Retail", "Chat Support Agent", "applied");
  pursuit_job_set_pay_currency (bad, "EUR");
  pursuit_job_set_pay_min (bad, 3000);
  pursuit_job_set_pay_max (bad, 2000);
  g_ptr_array_add (jobs, bad);

  /* A bad record is named by its position and nothing is written. */
  g_assert_false (pursuit_repository_import_jobs (repository, jobs, NULL, NOW, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2"));
  g_assert_cmpint (pursuit_job_get_id (g_ptr_array_index (jobs, 0)), ==, 0);
  g_assert_cmpuint (count_jobs (repository), ==, 0);
  g_clear_error (&error);

  /* A timeline must end in the job's stage. */
  pursuit_job_set_pay_min (bad, 2000);
  g_ptr_array_add (timelines, NULL);
  g_ptr_array_add (timeline, pursuit_stage_change_new (0, 0, stage_id (repository, "wishlist"), NOW - DAY, ""));
  g_ptr_array_add (timelines, g_steal_pointer (&timeline));
  g_assert_false (pursuit_repository_import_jobs (repository, jobs, timelines, NOW, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_cmpuint (count_jobs (repository), ==, 0);
  g_clear_error (&error);

  /* Without timelines, both go in. */
  g_ptr_array_set_size (timelines, 0);
  g_assert_true (pursuit_repository_import_jobs (repository, jobs, NULL, NOW, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_jobs (repository), ==, 2);
}

#define TRIGGERS_SQL \
  "SELECT group_concat (name || ':' || sql, ';') FROM" \
  " (SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name)"

/* A batch sets the triggers that index each job aside and indexes its jobs
 * once: the index must come out as the triggers would have left it, and
 * the triggers as they were, whether the batch is written or not. */
static void
test_import_keeps_search (Fixture       *fixture,
                          gconstpointer  data)
{
  PursuitRepository *repository = fixture->repository;
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PursuitJob) before = NULL;
  g_autoptr(PursuitJob) gone = NULL;
  g_autoptr(PursuitJob) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *triggers = pursuit_test_sql_text (fixture->path, TRIGGERS_SQL);
  g_autofree char *triggers_after = NULL;
  PursuitJob *copy;

  before = pursuit_test_make_job (repository, "Northwind Telecom", "Contact Center Agent", "applied");
  pursuit_job_set_notes (before, "Spoke with Priya about the quarterly bonus");
  g_assert_true (pursuit_repository_insert_job (repository, before, NOW - DAY, &error));
  gone = pursuit_test_make_job (repository, "Lakeside Insurance", "Claims Associate", "wishlist");
  g_assert_true (pursuit_repository_insert_job (repository, gone, NOW - DAY, &error));
  g_assert_true (pursuit_repository_trash_job (repository, pursuit_job_get_id (gone), NOW, &error));
  g_assert_true (pursuit_repository_purge_trash (repository, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *company = g_strdup_printf ("Harbor Logistics %u", i);
      PursuitJob *job = pursuit_test_make_job (repository, company, "Dispatch Coordinator", "applied");

      pursuit_job_set_posting_text (job, i % 2 == 0 ? "Route drivers with Samsara and answer radio calls." : "");
      pursuit_job_set_notes (job, i % 3 == 0 ? "Referral from Tomasz" : "");
      g_ptr_array_add (jobs, job);
    }

  /* The last job repeats an earlier UUID: the database refuses it after
   * the other 29 are in, and the whole batch goes, triggers back. */
  copy = pursuit_job_copy (g_ptr_array_index (jobs, 0));
  pursuit_job_set_uuid (g_ptr_array_index (jobs, 0), "0b8f5a0e-3a5e-4c1e-9a6e-2f7c1d2b3a4c");
  pursuit_job_set_uuid (copy, "0b8f5a0e-3a5e-4c1e-9a6e-2f7c1d2b3a4c");
  g_ptr_array_add (jobs, copy);
  g_assert_false (pursuit_repository_import_jobs (repository, jobs, NULL, NOW, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (count_jobs (repository), ==, 1);
  triggers_after = pursuit_test_sql_text (fixture->path, TRIGGERS_SQL);
  g_assert_cmpstr (triggers_after, ==, triggers);
  g_clear_pointer (&triggers_after, g_free);
  /* The index's memory setting for the batch went with it. */
  g_assert_cmpint (pursuit_test_sql_int (fixture->path,
                                         "SELECT count (*) FROM jobs_fts_config WHERE k = 'hashsize'"), ==, 0);

  g_ptr_array_remove_index (jobs, jobs->len - 1);
  g_assert_true (pursuit_repository_import_jobs (repository, jobs, NULL, NOW, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_jobs (repository), ==, 31);
  triggers_after = pursuit_test_sql_text (fixture->path, TRIGGERS_SQL);
  g_assert_cmpstr (triggers_after, ==, triggers);
  /* After a good one, it is FTS5's default again. */
  g_assert_cmpint (pursuit_test_sql_int (fixture->path,
                                         "SELECT v FROM jobs_fts_config WHERE k = 'hashsize'"), ==, 1024 * 1024);

  /* Every text of the batch is found, and what was there still is. */
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM job_texts"), ==, 31);
  g_assert_true (pursuit_test_search_finds (repository, "samsara", pursuit_job_get_id (g_ptr_array_index (jobs, 0))));
  g_assert_true (pursuit_test_search_finds (repository, "tomasz", pursuit_job_get_id (g_ptr_array_index (jobs, 3))));
  g_assert_true (pursuit_test_search_finds (repository, "harbor", pursuit_job_get_id (g_ptr_array_index (jobs, 29))));
  g_assert_true (pursuit_test_search_finds (repository, "priya", pursuit_job_get_id (before)));
  g_assert_false (pursuit_test_search_finds (repository, "lakeside", pursuit_job_get_id (gone)));

  /* The triggers work again for a job saved after the batch. */
  after = pursuit_test_make_job (repository, "Quarry Foods", "Order Desk Clerk", "wishlist");
  pursuit_job_set_posting_text (after, "Enter orders in NetSuite");
  g_assert_true (pursuit_repository_insert_job (repository, after, NOW, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_test_search_finds (repository, "netsuite", pursuit_job_get_id (after)));

  /* The strict form compares the index with the rows it is made from. */
  pursuit_test_sql_exec (fixture->path, "INSERT INTO jobs_fts (jobs_fts, rank) VALUES ('integrity-check', 1)");
  g_assert_cmpint (pursuit_test_sql_int (fixture->path,
                                         "SELECT count (*) FROM (SELECT * FROM job_moves EXCEPT"
                                         " SELECT * FROM job_moves_of_history)"), ==, 0);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count (*) FROM job_moves"), ==, 32);
  /* One entry of the timeline for each job, the batch's made in one statement. */
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count (*) FROM stage_history"), ==, 32);
  g_clear_pointer (&triggers_after, g_free);
  triggers_after = pursuit_test_sql_text (fixture->path, "PRAGMA integrity_check");
  g_assert_cmpstr (triggers_after, ==, "ok");
}

/* The UUIDs the store makes: the time in their first 48 bits, each above
 * the one before, in the same millisecond and when the clock goes back. */
static void
test_uuids_time_ordered (Fixture       *fixture,
                         gconstpointer  data)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE];
  /* Centuries ahead, above any time an earlier test of this process
   * used: then the clock's own UUIDs go on from these. */
  const gint64 ms = G_GINT64_CONSTANT (0x0f0e0d0c0b0a);
  char previous[PURSUIT_UUID_SIZE];
  char uuid[PURSUIT_UUID_SIZE];
  g_autofree char *made = NULL;
  g_autoptr(PursuitJob) given = NULL;
  g_autoptr(PursuitJob) made_job = NULL;
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  pursuit_uuid_write_at (ms, previous);
  g_assert_true (g_str_has_prefix (previous, "0f0e0d0c-0b0a-7"));
  g_assert_nonnull (strchr ("89ab", previous[19]));
  for (guint i = 0; i < 1000; i++)
    {
      /* The same millisecond, then a clock that went back a second. */
      pursuit_uuid_write_at (i < 500 ? ms : ms - 1000, uuid);
      g_assert_true (g_uuid_string_is_valid (uuid));
      g_assert_cmpint (uuid[14], ==, '7');
      g_assert_cmpstr (previous, <, uuid);
      memcpy (previous, uuid, sizeof uuid);
    }
  /* A later millisecond starts above them all; the clock's (behind) goes
   * on above them too. */
  pursuit_uuid_write_at (ms + 1, uuid);
  g_assert_true (g_str_has_prefix (uuid, "0f0e0d0c-0b0b-7"));
  g_assert_cmpstr (previous, <, uuid);
  made = pursuit_uuid_new ();
  g_assert_cmpstr (uuid, <, made);

  /* A file's own UUID (an older export's random one) is kept as given. */
  given = pursuit_test_make_job (fixture->repository, "Harbor Logistics", "Dispatcher", "applied");
  pursuit_job_set_uuid (given, "0b8f5a0e-3a5e-4c1e-9a6e-2f7c1d2b3a4c");
  made_job = pursuit_test_make_job (fixture->repository, "Quarry Foods", "Order Desk Clerk", "applied");
  g_ptr_array_add (jobs, g_object_ref (given));
  g_ptr_array_add (jobs, g_object_ref (made_job));
  g_assert_true (pursuit_repository_import_jobs (fixture->repository, jobs, NULL, NOW, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_uuid (given, uuid_a), ==, "0b8f5a0e-3a5e-4c1e-9a6e-2f7c1d2b3a4c");
  g_assert_cmpint (pursuit_job_get_uuid (made_job, uuid_a)[14], ==, '7');
  g_assert_cmpstr (made, <, pursuit_job_get_uuid (made_job, uuid_a));
}

static GPtrArray *
generate (const char *dir,
          const char *name,
          guint32     seed)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *jobs;

  g_assert_true (pursuit_bench_generate (path, 40, seed, NOW, FALSE, &error));
  g_assert_no_error (error);
  repository = pursuit_repository_open (path, &error);
  g_assert_no_error (error);
  jobs = pursuit_repository_list_jobs (repository, &error);
  g_assert_no_error (error);
  g_clear_object (&repository);
  return jobs;
}

static void
test_generator_is_repeatable (Fixture       *fixture,
                              gconstpointer  data)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE], uuid_b[PURSUIT_JOB_UUID_SIZE];
  g_autoptr(GPtrArray) first = generate (fixture->dir->path, "a.db", 5);
  g_autoptr(GPtrArray) again = generate (fixture->dir->path, "b.db", 5);
  g_autoptr(GPtrArray) other = generate (fixture->dir->path, "c.db", 6);
  g_autoptr(GPtrArray) queries = pursuit_bench_make_queries (5, 30);
  gboolean differs = FALSE;

  g_assert_cmpuint (first->len, ==, 40);
  g_assert_cmpuint (again->len, ==, 40);
  for (guint i = 0; i < first->len; i++)
    {
      PursuitJob *a = g_ptr_array_index (first, i);
      PursuitJob *b = g_ptr_array_index (again, i);
      PursuitJob *c = g_ptr_array_index (other, i);

      g_assert_cmpstr (pursuit_job_get_uuid (a, uuid_a), ==, pursuit_job_get_uuid (b, uuid_b));
      g_assert_cmpstr (pursuit_job_get_company (a), ==, pursuit_job_get_company (b));
      g_assert_cmpint (pursuit_job_get_updated_at (a), ==, pursuit_job_get_updated_at (b));
      g_assert_cmpint (pursuit_job_get_updated_at (a), <=, NOW);
      differs |= g_strcmp0 (pursuit_job_get_uuid (a, uuid_a), pursuit_job_get_uuid (c, uuid_b)) != 0;
    }
  g_assert_true (differs);

  /* Queries grow a character at a time, like typing. */
  g_assert_cmpuint (queries->len, ==, 30);
  g_assert_cmpint (g_utf8_strlen (g_ptr_array_index (queries, 0), -1), ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (queries, 2), g_ptr_array_index (queries, 1)));
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  PURSUIT_TEST_ADD ("/bulk/import", test_import);
  PURSUIT_TEST_ADD ("/bulk/import-invalid", test_import_invalid);
  PURSUIT_TEST_ADD ("/bulk/import-keeps-search", test_import_keeps_search);
  PURSUIT_TEST_ADD ("/bulk/uuids-time-ordered", test_uuids_time_ordered);
  PURSUIT_TEST_ADD ("/bulk/generator-is-repeatable", test_generator_is_repeatable);

  return g_test_run ();
}
