/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "pursuit-repository-people.h"
#include "pursuit-repository-private.h"
#include "pursuit-store-jobs.h"
#include "pursuit-store-private.h"
#include "pursuit-store.h"

/* Other programs write to the file the app has open (pursuit-cli, a second
 * Pursuit): nothing either writes is lost, and the app's models follow. */

typedef struct
{
  char *folder;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->folder = g_dir_make_tmp ("pursuit-sync-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->folder, "pursuit.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal", ".lock" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->folder);
  g_free (fixture->path);
  g_free (fixture->folder);
}

static PursuitJob *
add_job (PursuitRepository *repository,
         const char        *company,
         const char        *title)
{
  g_autoptr(GError) error = NULL;
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_company (job, company);
  pursuit_job_set_title (job, title);
  pursuit_job_set_stage (job, pursuit_repository_find_stage (repository, "wishlist"));
  g_assert_true (pursuit_repository_insert_job (repository, job, 1000, &error));
  g_assert_no_error (error);
  return job;
}

static PursuitJob *
read_job (PursuitRepository *repository,
          gint64             id)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autoptr(GError) error = NULL;
  PursuitJob *job = pursuit_repository_find_job (repository, text, &error);

  g_assert_no_error (error);
  return job;
}

/* Two programs hold the same job; each changes its own fields from a stale
 * copy. Neither undoes the other, and no move is made up. */
static void
test_no_lost_update (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PursuitRepository) app = pursuit_repository_open (fixture->path, NULL);
  g_autoptr(PursuitRepository) cli = pursuit_repository_open (fixture->path, NULL);
  g_autoptr(PursuitJob) job = add_job (app, "Acme Ltd", "Support Agent");
  g_autoptr(PursuitJob) stale = read_job (app, pursuit_job_get_id (job));
  g_autoptr(PursuitJob) theirs = read_job (cli, pursuit_job_get_id (job));
  g_autoptr(PursuitJob) after = NULL;
  g_autoptr(GPtrArray) timeline = NULL;
  g_autoptr(GError) error = NULL;

  /* The other program writes notes and pay, and moves the job. */
  pursuit_job_set_notes (theirs, "Called back on Monday");
  pursuit_job_set_pay_min (theirs, 38500);
  pursuit_job_set_pay_currency (theirs, "USD");
  g_assert_true (pursuit_repository_update_job (cli, theirs,
                                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_NOTES) |
                                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_PAY_MIN) |
                                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_PAY_CURRENCY),
                                                2000, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_move_job (cli, pursuit_job_get_id (job),
                                              pursuit_stage_get_id (pursuit_repository_find_stage (cli, "applied")),
                                              NULL, 2100, &error));
  g_assert_no_error (error);

  /* The app, from its stale copy, changes the location only. */
  pursuit_job_set_location (stale, "Denver, CO");
  g_assert_true (pursuit_repository_update_job (app, stale, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_LOCATION),
                                                3000, &error));
  g_assert_no_error (error);

  after = read_job (cli, pursuit_job_get_id (job));
  g_assert_cmpstr (pursuit_job_get_location (after), ==, "Denver, CO");
  g_assert_cmpstr (pursuit_job_get_notes (after), ==, "Called back on Monday");
  g_assert_cmpfloat (pursuit_job_get_pay_min (after), ==, 38500);
  g_assert_cmpstr (pursuit_job_get_pay_currency (after), ==, "USD");
  g_assert_cmpint (pursuit_stage_get_kind (pursuit_job_get_stage (after)), ==, PURSUIT_STAGE_KIND_APPLIED);

  /* Added, then moved to Applied: no move back to Wishlist. */
  timeline = pursuit_repository_list_stage_changes (cli, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (timeline->len, ==, 2);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static PursuitJob *
model_job (PursuitStore *store,
           gint64        id)
{
  return pursuit_store_find_job (store, id);
}

/* The app's models follow a change made through another connection. */
static void
test_store_follows (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PursuitRepository) cli = pursuit_repository_open (fixture->path, NULL);
  /* SQLite gives a deleted last id to the next row: delete the first. */
  g_autoptr(PursuitJob) removed = add_job (cli, "Globex", "Team Lead");
  g_autoptr(PursuitJob) kept = add_job (cli, "Acme Ltd", "Support Agent");
  g_autoptr(PursuitStore) store = pursuit_store_new (fixture->path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PursuitJob) changed = NULL;
  g_autoptr(PursuitJob) added = NULL;
  g_autoptr(PursuitJobList) timeline = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *jobs = pursuit_store_get_jobs (store);

  pursuit_store_open_async (store, NULL, on_done, &result);
  g_assert_true (pursuit_store_open_finish (store, wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 2);
  timeline = pursuit_store_get_job_timeline (store, pursuit_job_get_id (kept));

  /* Nothing changed elsewhere yet. */
  pursuit_store_check_changes_async (store, NULL, on_done, &result);
  g_assert_false (pursuit_store_check_changes_finish (store, wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  changed = read_job (cli, pursuit_job_get_id (kept));
  pursuit_job_set_title (changed, "Senior Support Agent");
  g_assert_true (pursuit_repository_update_job (cli, changed, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_TITLE),
                                                5000, &error));
  g_assert_true (pursuit_repository_move_job (cli, pursuit_job_get_id (kept),
                                              pursuit_stage_get_id (pursuit_repository_find_stage (cli, "applied")),
                                              "By phone", 5100, &error));
  g_assert_true (pursuit_repository_delete_job (cli, pursuit_job_get_id (removed), &error));
  added = add_job (cli, "Initech", "Contact Center Agent");
  g_assert_no_error (error);

  pursuit_store_check_changes_async (store, NULL, on_done, &result);
  g_assert_true (pursuit_store_check_changes_finish (store, wait_for (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 2);
  g_assert_cmpstr (pursuit_job_get_title (model_job (store, pursuit_job_get_id (kept))), ==, "Senior Support Agent");
  g_assert_cmpint (pursuit_stage_get_kind (pursuit_job_get_stage (model_job (store, pursuit_job_get_id (kept)))), ==,
                   PURSUIT_STAGE_KIND_APPLIED);
  g_assert_null (model_job (store, pursuit_job_get_id (removed)));
  g_assert_nonnull (model_job (store, pursuit_job_get_id (added)));

  /* The job's live timeline follows too. */
  while (pursuit_job_list_get_loading (timeline) || g_list_model_get_n_items (G_LIST_MODEL (timeline)) != 2)
    g_main_context_iteration (NULL, TRUE);
}

static PursuitStore *
open_store (const char *path)
{
  PursuitStore *store = pursuit_store_new (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_store_open_async (store, NULL, on_done, &result);
  g_assert_true (pursuit_store_open_finish (store, wait_for (&result), &error));
  g_assert_no_error (error);
  return store;
}

static gboolean
check_changes (PursuitStore *store)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean changed;

  pursuit_store_check_changes_async (store, NULL, on_done, &result);
  changed = pursuit_store_check_changes_finish (store, wait_for (&result), &error);
  g_assert_no_error (error);
  return changed;
}

/* The store's jobs are those a store opened now reads, value for value. */
static void
assert_same_jobs (PursuitStore *store,
                  PursuitStore *fresh)
{
  GListModel *jobs = pursuit_store_get_jobs (fresh);
  guint n = g_list_model_get_n_items (jobs);

  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) expected = g_list_model_get_item (jobs, i);
      PursuitJob *job = model_job (store, pursuit_job_get_id (expected));

      g_assert_nonnull (job);
      g_assert_cmpuint (pursuit_job_diff (job, expected), ==, 0);
      g_assert_cmpint (pursuit_job_get_updated_at (job), ==, pursuit_job_get_updated_at (expected));
      g_assert_cmpint (pursuit_job_get_next_interview_at (job), ==, pursuit_job_get_next_interview_at (expected));
      g_assert_cmpint (pursuit_job_get_stage_entered_at (job), ==, pursuit_job_get_stage_entered_at (expected));
      g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (job)), ==,
                       pursuit_stage_get_id (pursuit_job_get_stage (expected)));
    }
}

/* A change elsewhere reads the jobs it touched, not every job, and leaves
 * the models as a full read would. */
static void
test_reads_changes_only (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitRepository) cli = pursuit_repository_open (fixture->path, NULL);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitStore) fresh = NULL;
  g_autoptr(PursuitJob) deleted = add_job (cli, "Globex", "Team Lead");
  g_autoptr(PursuitJob) updated = add_job (cli, "Acme Ltd", "Support Agent");
  g_autoptr(PursuitJob) trashed = add_job (cli, "Initech", "Analyst");
  g_autoptr(PursuitJob) interviewed = add_job (cli, "Umbrella", "Clerk");
  g_autoptr(PursuitJob) moved_interview = add_job (cli, "Hooli", "Writer");
  g_autoptr(PursuitJob) added = NULL;
  g_autoptr(PursuitJob) changed = NULL;
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(PursuitInterview) other_interview = pursuit_interview_new ();
  g_autoptr(GError) error = NULL;
  gint64 soon = g_get_real_time () / G_USEC_PER_SEC + 7 * 86400;
  guint read_before;

  for (guint i = 0; i < 20; i++)
    g_object_unref (add_job (cli, "Filler", "Unchanged"));
  pursuit_interview_set_job_id (other_interview, pursuit_job_get_id (moved_interview));
  pursuit_interview_set_starts_at (other_interview, soon);
  g_assert_true (pursuit_repository_insert_interview (cli, other_interview, 1500, &error));
  g_assert_no_error (error);

  store = open_store (fixture->path);
  g_assert_false (check_changes (store));

  changed = read_job (cli, pursuit_job_get_id (updated));
  pursuit_job_set_title (changed, "Senior Support Agent");
  g_assert_true (pursuit_repository_update_job (cli, changed, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_TITLE),
                                                5000, &error));
  g_assert_no_error (error);
  added = add_job (cli, "Vandelay", "Importer");
  g_assert_true (pursuit_repository_trash_job (cli, pursuit_job_get_id (trashed), 5100, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_delete_job (cli, pursuit_job_get_id (deleted), &error));
  g_assert_no_error (error);
  pursuit_interview_set_job_id (interview, pursuit_job_get_id (interviewed));
  pursuit_interview_set_starts_at (interview, soon);
  g_assert_true (pursuit_repository_insert_interview (cli, interview, 5200, &error));
  g_assert_no_error (error);
  /* A change that leaves the job's updated_at as it was. */
  g_assert_true (pursuit_database_exec (pursuit_repository_get_database (cli),
                                        "UPDATE interviews SET starts_at = starts_at + 3600 WHERE job_id = (SELECT max (id) FROM jobs WHERE company = 'Hooli')",
                                        &error));
  g_assert_no_error (error);

  read_before = pursuit_store_sync_get_jobs_read ();
  g_assert_true (check_changes (store));
  /* The updated, added, interviewed jobs and the one whose interview moved. */
  g_assert_cmpuint (pursuit_store_sync_get_jobs_read () - read_before, ==, 4);

  fresh = open_store (fixture->path);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 24);
  g_assert_null (model_job (store, pursuit_job_get_id (deleted)));
  g_assert_null (model_job (store, pursuit_job_get_id (trashed)));
  g_assert_cmpint (pursuit_job_get_next_interview_at (model_job (store, pursuit_job_get_id (moved_interview))), ==,
                   soon + 3600);
  assert_same_jobs (store, fresh);

  /* After the schema changed, every job is read again. */
  g_assert_true (pursuit_database_exec (pursuit_repository_get_database (cli), "CREATE TABLE sync_probe (x)", &error));
  g_assert_no_error (error);
  read_before = pursuit_store_sync_get_jobs_read ();
  g_assert_true (check_changes (store));
  g_assert_cmpuint (pursuit_store_sync_get_jobs_read () - read_before, ==, 24);
}

/* A job this program put in the trash, restored by another: restoring
 * leaves its stamps as they were, and still it comes back. */
static void
test_restored_elsewhere (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitRepository) cli = pursuit_repository_open (fixture->path, NULL);
  g_autoptr(PursuitJob) job = add_job (cli, "Acme Ltd", "Support Agent");
  g_autoptr(PursuitJob) other = add_job (cli, "Globex", "Team Lead");
  g_autoptr(PursuitStore) store = open_store (fixture->path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (check_changes (store));
  pursuit_store_trash_job_async (store, model_job (store, pursuit_job_get_id (job)), NULL, on_done, &result);
  g_assert_true (pursuit_store_trash_job_finish (store, wait_for (&result), &error));
  g_assert_no_error (error);
  g_assert_null (model_job (store, pursuit_job_get_id (job)));

  g_assert_true (pursuit_repository_restore_job (cli, pursuit_job_get_id (job), &error));
  g_assert_no_error (error);
  g_assert_true (check_changes (store));
  while (model_job (store, pursuit_job_get_id (job)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (model_job (store, pursuit_job_get_id (other)));
}

/* The stamps come by id, one array, and each is found by its job's id;
 * a job in the trash has none. */
static void
test_stamps (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PursuitRepository) repository = pursuit_repository_open (fixture->path, NULL);
  g_autoptr(PursuitJobStamps) stamps = NULL;
  g_autoptr(PursuitJobStamps) unsure = NULL;
  g_autoptr(PursuitJobStamps) many = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *jobs[5];

  /* No job: no stamp, and no error. */
  stamps = pursuit_repository_list_job_stamps (repository, G_MAXINT64, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stamps);
  g_assert_cmpuint (stamps->len, ==, 0);
  g_clear_pointer (&stamps, pursuit_job_stamps_unref);

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    jobs[i] = add_job (repository, "Acme Ltd", "Support Agent");
  g_assert_true (pursuit_repository_trash_job (repository, pursuit_job_get_id (jobs[2]), 2000, &error));
  g_assert_no_error (error);

  stamps = pursuit_repository_list_job_stamps (repository, G_MAXINT64, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stamps->len, ==, G_N_ELEMENTS (jobs) - 1);
  for (guint i = 1; i < stamps->len; i++)
    g_assert_cmpint (pursuit_job_stamps_get_id (stamps, i - 1), <, pursuit_job_stamps_get_id (stamps, i));
  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      gint64 id = pursuit_job_get_id (jobs[i]);
      const guint64 *digest = pursuit_job_stamps_find (stamps, id);

      if (i == 2)
        g_assert_null (digest);
      else
        {
          g_assert_nonnull (digest);
          g_assert_cmpint (pursuit_job_stamps_get_id (stamps, digest - stamps->digests), ==, id);
          g_assert_cmpuint (*digest & PURSUIT_JOB_STAMP_UNSURE, ==, 0);
        }
      g_object_unref (jobs[i]);
    }
  g_assert_null (pursuit_job_stamps_find (stamps, 0));
  g_assert_null (pursuit_job_stamps_find (stamps, G_MAXINT64));

  /* Read again with every job updated since: the same digests, marked
   * unsure. */
  unsure = pursuit_repository_list_job_stamps (repository, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (unsure->len, ==, stamps->len);
  for (guint i = 0; i < stamps->len; i++)
    g_assert_cmpuint (unsure->digests[i], ==, stamps->digests[i] | PURSUIT_JOB_STAMP_UNSURE);

  /* More than the first block holds: every one, in order. */
  for (guint i = 0; i < 100; i++)
    g_object_unref (add_job (repository, "Acme Ltd", "Support Agent"));
  many = pursuit_repository_list_job_stamps (repository, G_MAXINT64, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (many->len, ==, stamps->len + 100);
  for (guint i = 1; i < many->len; i++)
    g_assert_cmpint (pursuit_job_stamps_get_id (many, i - 1), <, pursuit_job_stamps_get_id (many, i));
  g_assert_nonnull (pursuit_job_stamps_find (many, pursuit_job_stamps_get_id (many, many->len - 1)));

  /* Each value of a stamp moves its digest. */
  g_assert_cmpuint (pursuit_job_stamp_digest (1, 2, 3, 4), !=, pursuit_job_stamp_digest (2, 2, 3, 4));
  g_assert_cmpuint (pursuit_job_stamp_digest (1, 2, 3, 4), !=, pursuit_job_stamp_digest (1, 3, 3, 4));
  g_assert_cmpuint (pursuit_job_stamp_digest (1, 2, 3, 4), !=, pursuit_job_stamp_digest (1, 2, G_MININT64, 4));
  g_assert_cmpuint (pursuit_job_stamp_digest (1, 2, 3, 4), !=, pursuit_job_stamp_digest (1, 2, 3, 5));
}

/* Each listed job's digest is found by its id and each place names its
 * job, whatever the gaps between ids; none other is found. */
static void
assert_stamps_find (PursuitJobStamps *stamps,
                    gint64           *ids,
                    gboolean         *listed,
                    guint             n)
{
  guint n_listed = 0;

  for (guint i = 0; i < n; i++)
    {
      const guint64 *digest = pursuit_job_stamps_find (stamps, ids[i]);

      if (!listed[i])
        {
          g_assert_null (digest);
          continue;
        }
      g_assert_nonnull (digest);
      g_assert_cmpint (pursuit_job_stamps_get_id (stamps, digest - stamps->digests), ==, ids[i]);
      g_assert_cmpint (pursuit_job_stamps_get_id (stamps, n_listed), ==, ids[i]);
      n_listed++;
    }
  g_assert_cmpuint (stamps->len, ==, n_listed);
  g_assert_null (pursuit_job_stamps_find (stamps, ids[0] - 1));
  g_assert_null (pursuit_job_stamps_find (stamps, ids[n - 1] + 1));
  g_assert_null (pursuit_job_stamps_find (stamps, G_MININT64));
  g_assert_null (pursuit_job_stamps_find (stamps, G_MAXINT64));
}

/* The stamps keep the ids as runs of consecutive ids, as SQLite counts
 * them up, and one by one once the gaps make runs take more room: either
 * way, each stamp is its job's. */
static void
test_stamp_runs (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PursuitRepository) repository = pursuit_repository_open (fixture->path, NULL);
  g_autoptr(PursuitJobStamps) stamps = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[40];
  gboolean listed[G_N_ELEMENTS (ids)];

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      PursuitJob *job = add_job (repository, "Acme Ltd", "Support Agent");

      ids[i] = pursuit_job_get_id (job);
      listed[i] = TRUE;
      g_object_unref (job);
    }
  stamps = pursuit_repository_list_job_stamps (repository, G_MAXINT64, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stamps->n_runs, ==, 1);
  assert_stamps_find (stamps, ids, listed, G_N_ELEMENTS (ids));
  g_clear_pointer (&stamps, pursuit_job_stamps_unref);

  /* A few gaps (jobs in the trash, the first and last among them): runs. */
  for (guint i = 0; i < G_N_ELEMENTS (ids); i += 13)
    {
      g_assert_true (pursuit_repository_trash_job (repository, ids[i], 2000, &error));
      g_assert_no_error (error);
      listed[i] = FALSE;
    }
  stamps = pursuit_repository_list_job_stamps (repository, G_MAXINT64, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stamps->runs);
  g_assert_cmpuint (stamps->n_runs, ==, 3);
  assert_stamps_find (stamps, ids, listed, G_N_ELEMENTS (ids));
  g_clear_pointer (&stamps, pursuit_job_stamps_unref);

  /* Every other job gone: the ids one by one. */
  for (guint i = 1; i < G_N_ELEMENTS (ids); i += 2)
    {
      if (!listed[i])
        continue;
      g_assert_true (pursuit_repository_trash_job (repository, ids[i], 2000, &error));
      g_assert_no_error (error);
      listed[i] = FALSE;
    }
  stamps = pursuit_repository_list_job_stamps (repository, G_MAXINT64, &error);
  g_assert_no_error (error);
  g_assert_null (stamps->runs);
  g_assert_nonnull (stamps->ids);
  assert_stamps_find (stamps, ids, listed, G_N_ELEMENTS (ids));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/sync/stamps", Fixture, NULL, fixture_set_up, test_stamps, fixture_tear_down);
  g_test_add ("/sync/stamp-runs", Fixture, NULL, fixture_set_up, test_stamp_runs, fixture_tear_down);
  g_test_add ("/sync/no-lost-update", Fixture, NULL, fixture_set_up, test_no_lost_update, fixture_tear_down);
  g_test_add ("/sync/store-follows", Fixture, NULL, fixture_set_up, test_store_follows, fixture_tear_down);

  g_test_add ("/sync/reads-changes-only", Fixture, NULL, fixture_set_up, test_reads_changes_only, fixture_tear_down);

  g_test_add ("/sync/restored-elsewhere", Fixture, NULL, fixture_set_up, test_restored_elsewhere, fixture_tear_down);

  return g_test_run ();
}
