/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pursuit-error.h"
#include "pursuit-repository.h"
#include "pursuit-repository-stages.h"
#include "pursuit-store.h"
#include "pursuit-store-stages.h"

/* The pipeline (rename, add, reorder, hide stages) and the timeline (moves
 * with notes, corrections), through the repository and through the store. */

typedef struct
{
  char *dir;
  char *path;
  PursuitRepository *repository;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("pursuit-stages-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  fixture->repository = pursuit_repository_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_assert_no_errno (g_unlink (child));
    }
  g_assert_no_errno (g_rmdir (path));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->repository);
  remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* What the file holds, through a connection of its own. */
static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *handle = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("“%s” failed: %s", sql, message);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
}

static char *
raw_query_text (const char *path,
                const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *statement = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (handle, sql, -1, &statement, NULL) != SQLITE_OK)
    g_error ("“%s” failed: %s", sql, sqlite3_errmsg (handle));
  if (sqlite3_step (statement) == SQLITE_ROW && sqlite3_column_type (statement, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  sqlite3_finalize (statement);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
  return text;
}

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

static PursuitJob *
insert_job (PursuitRepository *repository,
            const char        *title,
            gint64             now)
{
  g_autoptr(GError) error = NULL;
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_company (job, "Initech");
  pursuit_job_set_title (job, title);
  pursuit_job_set_stage (job, pursuit_repository_find_stage (repository, "wishlist"));
  g_assert_true (pursuit_repository_insert_job (repository, job, now, &error));
  g_assert_no_error (error);
  return job;
}

static PursuitJob *
reread_job (PursuitRepository *repository,
            PursuitJob        *job)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));
  PursuitJob *fresh = pursuit_repository_find_job (repository, id, &error);

  g_assert_no_error (error);
  return fresh;
}

static GPtrArray *
list_changes (PursuitRepository *repository,
              PursuitJob        *job)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *changes = pursuit_repository_list_stage_changes (repository, pursuit_job_get_id (job), &error);

  g_assert_no_error (error);
  return changes;
}

static PursuitStageChange *
change_at (GPtrArray *changes,
           guint      index)
{
  g_assert_cmpuint (index, <, changes->len);
  return g_ptr_array_index (changes, index);
}

/* Pipeline */

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
  raw = raw_query_text (fixture->path, "SELECT custom_name FROM stages WHERE id = 4");
  g_assert_cmpstr (raw, ==, "Interviews");

  /* Empty gives the stage back its kind's name, stored as NULL so that it
   * stays translated; so does typing the default name itself. */
  g_assert_true (pursuit_repository_rename_stage (fixture->repository, 4, "", &error));
  g_assert_no_error (error);
  stage = stage_by_id (fixture->repository, 4);
  g_assert_null (pursuit_stage_get_custom_name (stage));
  g_assert_cmpstr (pursuit_stage_get_name (stage), ==, "Interviewing");
  g_clear_pointer (&raw, g_free);
  raw = raw_query_text (fixture->path, "SELECT custom_name FROM stages WHERE id = 4");
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
  g_autoptr(PursuitJob) job = insert_job (fixture->repository, "Analyst", 1000);
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
  fresh = reread_job (fixture->repository, job);
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

/* Timeline */

static void
test_move_with_note (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = insert_job (fixture->repository, "Analyst", 1000);
  g_autoptr(PursuitJob) fresh = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (job), 2,
                                              "Sent through a referral", 2000, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (job), 4,
                                              NULL, 3000, &error));
  g_assert_no_error (error);

  changes = list_changes (fixture->repository, job);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpint (change_at (changes, 0)->stage_id, ==, 1);
  g_assert_cmpint (change_at (changes, 0)->entered_at, ==, 1000);
  g_assert_cmpint (change_at (changes, 1)->stage_id, ==, 2);
  g_assert_cmpint (change_at (changes, 1)->entered_at, ==, 2000);
  g_assert_cmpstr (change_at (changes, 1)->note, ==, "Sent through a referral");
  g_assert_cmpint (change_at (changes, 2)->stage_id, ==, 4);
  g_assert_cmpstr (change_at (changes, 2)->note, ==, "");

  fresh = reread_job (fixture->repository, job);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (fresh)), ==, 4);
  g_assert_cmpint (pursuit_job_get_stage_entered_at (fresh), ==, 3000);
}

static void
test_timeline_update (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = insert_job (fixture->repository, "Analyst", 1000);
  g_autoptr(PursuitJob) fresh = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 applied_id;

  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (job), 2,
                                              NULL, 2000, &error));
  changes = list_changes (fixture->repository, job);
  applied_id = change_at (changes, 1)->id;
  g_clear_pointer (&changes, g_ptr_array_unref);

  g_assert_true (pursuit_repository_update_stage_change (fixture->repository, applied_id, 1500,
                                                         "Applied on the company site", 5000, &error));
  g_assert_no_error (error);
  changes = list_changes (fixture->repository, job);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpint (change_at (changes, 1)->id, ==, applied_id);
  g_assert_cmpint (change_at (changes, 1)->entered_at, ==, 1500);
  g_assert_cmpstr (change_at (changes, 1)->note, ==, "Applied on the company site");
  fresh = reread_job (fixture->repository, job);
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
  changes = list_changes (fixture->repository, job);
  g_assert_cmpint (change_at (changes, 0)->id, ==, applied_id);
  g_assert_cmpstr (change_at (changes, 0)->note, ==, "");
  fresh = reread_job (fixture->repository, job);
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

  changes = list_changes (fixture->repository, job);
  g_assert_cmpint (change_at (changes, 0)->entered_at, ==, 500);
}

static void
test_timeline_delete (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = insert_job (fixture->repository, "Analyst", 1000);
  g_autoptr(PursuitJob) other = insert_job (fixture->repository, "Clerk", 1100);
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
  changes = list_changes (fixture->repository, job);
  removed = pursuit_stage_change_copy (change_at (changes, 2));
  g_clear_pointer (&changes, g_ptr_array_unref);
  g_assert_true (pursuit_repository_delete_stage_change (fixture->repository, removed->id, 4000, &error));
  g_assert_no_error (error);
  changes = list_changes (fixture->repository, job);
  g_assert_cmpuint (changes->len, ==, 2);
  fresh = reread_job (fixture->repository, job);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (fresh)), ==, 2);
  g_assert_cmpint (pursuit_job_get_stage_entered_at (fresh), ==, 2000);
  g_clear_object (&fresh);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* Undo: the entry comes back as it was, and with it the stage. */
  id = pursuit_repository_insert_stage_change (fixture->repository, removed, 4500, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  changes = list_changes (fixture->repository, job);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpstr (change_at (changes, 2)->note, ==, "Wrong job");
  g_assert_cmpint (change_at (changes, 2)->entered_at, ==, 3000);
  fresh = reread_job (fixture->repository, job);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (fresh)), ==, 7);
  g_clear_object (&fresh);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* The only entry of a job stays. */
  changes = list_changes (fixture->repository, other);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_false (pursuit_repository_delete_stage_change (fixture->repository,
                                                          change_at (changes, 0)->id, 5000, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "only"));
  g_clear_error (&error);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = list_changes (fixture->repository, other);
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
  g_autoptr(PursuitJob) job = insert_job (fixture->repository, "Analyst", 1000);
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
  raw_exec (fixture->path,
            "CREATE TRIGGER refuse_position BEFORE UPDATE OF position ON stages "
            "WHEN NEW.id = 5 BEGIN SELECT RAISE (ABORT, 'refused'); END");
  g_assert_false (pursuit_repository_move_stage (fixture->repository, 9, 0, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  positions = raw_query_text (fixture->path,
                              "SELECT group_concat (id, ' ') FROM (SELECT id FROM stages ORDER BY position)");
  g_assert_cmpstr (positions, ==, "1 2 3 4 5 6 7 8 9");
  order = describe_stages (fixture->repository);
  g_assert_cmpstr (order, ==, "1 2 3 4 5 6 7 8 9");
  g_free (order);

  /* Removing an entry also updates the job; the job refuses. */
  raw_exec (fixture->path,
            "CREATE TRIGGER refuse_job BEFORE UPDATE ON jobs "
            "BEGIN SELECT RAISE (ABORT, 'refused'); END");
  changes = list_changes (fixture->repository, job);
  g_assert_false (pursuit_repository_delete_stage_change (fixture->repository,
                                                          change_at (changes, 1)->id, 3000, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (pursuit_repository_update_stage_change (fixture->repository,
                                                          change_at (changes, 1)->id, 500, "x", 3000, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (pursuit_repository_insert_stage_change (fixture->repository,
                                                           change_at (changes, 1), 3000, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);

  count = raw_query_text (fixture->path, "SELECT count(*) || ':' || max (entered_at) || ':' || group_concat (note, '') "
                                         "FROM stage_history");
  g_assert_cmpstr (count, ==, "2:2000:");
  stage = raw_query_text (fixture->path, "SELECT stage_id || ':' || updated_at FROM jobs");
  g_assert_cmpstr (stage, ==, "2:2000");

  /* And the connection is usable again once the obstacle is gone. */
  raw_exec (fixture->path, "DROP TRIGGER refuse_job; DROP TRIGGER refuse_position");
  g_assert_true (pursuit_repository_delete_stage_change (fixture->repository,
                                                         change_at (changes, 1)->id, 3000, &error));
  g_assert_no_error (error);
  fresh = reread_job (fixture->repository, job);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (fresh)), ==, 1);
}

/* Through the store, as the app does it */

typedef struct
{
  GAsyncResult *result;
} Wait;

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
}

static gboolean
on_timeout (gpointer user_data)
{
  g_error ("No answer from the store within 10 s");
  return G_SOURCE_REMOVE;
}

static GAsyncResult *
wait_for_result (Wait *wait)
{
  guint timeout = g_timeout_add_seconds (10, on_timeout, NULL);

  while (wait->result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (timeout);
  return wait->result;
}

static PursuitStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  PursuitStore *store = pursuit_store_new (path);
  Wait wait = { NULL };

  pursuit_store_open_async (store, NULL, on_done, &wait);
  g_assert_true (pursuit_store_open_finish (store, wait_for_result (&wait), &error));
  g_assert_no_error (error);
  g_object_unref (wait.result);
  return store;
}

static PursuitJob *
store_add_job (PursuitStore *store,
               const char   *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) draft = pursuit_job_new ();
  Wait wait = { NULL };
  PursuitJob *job;

  pursuit_job_set_company (draft, "Initech");
  pursuit_job_set_title (draft, title);
  pursuit_job_set_stage (draft, pursuit_store_get_default_stage (store));
  pursuit_store_add_job_async (store, draft, NULL, on_done, &wait);
  job = pursuit_store_add_job_finish (store, wait_for_result (&wait), &error);
  g_assert_no_error (error);
  g_object_unref (wait.result);
  return job;
}

static PursuitStage *
model_stage (PursuitStore *store,
             guint         position)
{
  g_autoptr(PursuitStage) stage = g_list_model_get_item (pursuit_store_get_stages (store), position);

  g_assert_nonnull (stage);
  return stage;  /* the model keeps it alive */
}

static PursuitStage *
model_stage_by_id (PursuitStore *store,
                   gint64        id)
{
  GListModel *stages = pursuit_store_get_stages (store);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      PursuitStage *stage = model_stage (store, i);

      if (pursuit_stage_get_id (stage) == id)
        return stage;
    }
  g_assert_not_reached ();
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

#define FINISH_OK(finish, store, wait)                                   \
  G_STMT_START {                                                        \
    g_autoptr(GError) finish_error = NULL;                              \
    g_assert_true (finish (store, wait_for_result (&(wait)), &finish_error)); \
    g_assert_no_error (finish_error);                                   \
    g_clear_object (&(wait).result);                                    \
  } G_STMT_END

static void
test_store_stages (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitStage) added = NULL;
  GListModel *stages;
  Wait wait = { NULL };
  guint stage_notified = 0;

  g_clear_object (&fixture->repository);
  store = open_store (fixture->path);
  stages = pursuit_store_get_stages (store);
  job = store_add_job (store, "Analyst");
  g_signal_connect (job, "notify::stage", G_CALLBACK (count_notify), &stage_notified);

  /* Renaming the job's own stage gives the job the new stage object. */
  pursuit_store_rename_stage_async (store, pursuit_job_get_stage (job), "Maybe", NULL, on_done, &wait);
  FINISH_OK (pursuit_store_rename_stage_finish, store, wait);
  g_assert_cmpstr (pursuit_stage_get_name (model_stage (store, 0)), ==, "Maybe");
  g_assert_true (pursuit_job_get_stage (job) == model_stage (store, 0));
  g_assert_cmpstr (pursuit_stage_get_name (pursuit_job_get_stage (job)), ==, "Maybe");
  g_assert_cmpuint (stage_notified, ==, 1);

  pursuit_store_set_stage_hidden_async (store, model_stage (store, 2), TRUE, NULL, on_done, &wait);
  FINISH_OK (pursuit_store_set_stage_hidden_finish, store, wait);
  g_assert_true (pursuit_stage_get_hidden (model_stage (store, 2)));

  pursuit_store_move_stage_async (store, model_stage (store, 8), 0, NULL, on_done, &wait);
  FINISH_OK (pursuit_store_move_stage_finish, store, wait);
  g_assert_cmpint (pursuit_stage_get_id (model_stage (store, 0)), ==, 9);
  g_assert_cmpint (pursuit_stage_get_id (model_stage (store, 1)), ==, 1);
  g_assert_true (pursuit_job_get_stage (job) == model_stage (store, 1));

  pursuit_store_add_stage_async (store, PURSUIT_STAGE_KIND_OFFER, "Verbal Offer", NULL, on_done, &wait);
  added = pursuit_store_add_stage_finish (store, wait_for_result (&wait), &error);
  g_assert_no_error (error);
  g_clear_object (&wait.result);
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, 10);
  g_assert_true (added == model_stage (store, 9));
  g_assert_cmpstr (pursuit_stage_get_name (added), ==, "Verbal Offer");

  /* A refusal reaches the caller and leaves the model alone. */
  pursuit_store_rename_stage_async (store, added, "Offer", NULL, on_done, &wait);
  g_assert_false (pursuit_store_rename_stage_finish (store, wait_for_result (&wait), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&wait.result);
  g_assert_cmpstr (pursuit_stage_get_name (model_stage (store, 9)), ==, "Verbal Offer");
}

/* The job's timeline as the store's live list holds it once it has
 * @n entries, oldest first. */
static GPtrArray *
wait_for_timeline (PursuitStore *store,
                   PursuitJob   *job,
                   guint         n)
{
  g_autoptr(PursuitJobList) list = pursuit_store_get_job_timeline (store, pursuit_job_get_id (job));
  GPtrArray *changes = g_ptr_array_new_with_free_func (g_object_unref);

  while (pursuit_job_list_get_loading (list) || g_list_model_get_n_items (G_LIST_MODEL (list)) != n)
    g_main_context_iteration (NULL, TRUE);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (changes, g_list_model_get_item (G_LIST_MODEL (list), i));
  return changes;
}

static void
test_store_timeline (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(PursuitStageChange) edited = NULL;
  Wait wait = { NULL };
  guint entered_notified = 0;

  g_clear_object (&fixture->repository);
  store = open_store (fixture->path);
  job = store_add_job (store, "Analyst");
  g_signal_connect (job, "notify::stage-entered-at", G_CALLBACK (count_notify), &entered_notified);

  pursuit_store_move_job_async (store, job, model_stage_by_id (store, 4), "Phone screen booked",
                                NULL, on_done, &wait);
  FINISH_OK (pursuit_store_move_job_finish, store, wait);
  g_assert_true (pursuit_job_get_stage (job) == model_stage_by_id (store, 4));
  g_assert_true (pursuit_store_find_job (store, pursuit_job_get_id (job)) == job);

  changes = wait_for_timeline (store, job, 2);
  g_assert_cmpint (change_at (changes, 1)->stage_id, ==, 4);
  g_assert_cmpstr (change_at (changes, 1)->note, ==, "Phone screen booked");
  g_assert_cmpint (pursuit_job_get_stage_entered_at (job), ==, change_at (changes, 1)->entered_at);

  /* Correcting the date moves the job's stage-entered-at with it. The job
   * was added and moved within the same second: date both back, in order. */
  edited = pursuit_stage_change_copy (change_at (changes, 0));
  edited->entered_at -= 7200;
  pursuit_store_update_stage_change_async (store, edited, NULL, on_done, &wait);
  FINISH_OK (pursuit_store_update_stage_change_finish, store, wait);
  g_clear_pointer (&edited, pursuit_stage_change_free);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (job)), ==, 4);

  edited = pursuit_stage_change_copy (change_at (changes, 1));
  edited->entered_at -= 3600;
  g_free (edited->note);
  edited->note = g_strdup ("Booked by phone");
  entered_notified = 0;
  pursuit_store_update_stage_change_async (store, edited, NULL, on_done, &wait);
  FINISH_OK (pursuit_store_update_stage_change_finish, store, wait);
  g_assert_cmpint (pursuit_job_get_stage_entered_at (job), ==, edited->entered_at);
  g_assert_cmpuint (entered_notified, ==, 1);

  /* Removing the move puts the job back in its first stage; undo restores. */
  pursuit_store_delete_stage_change_async (store, edited, NULL, on_done, &wait);
  FINISH_OK (pursuit_store_delete_stage_change_finish, store, wait);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (job)), ==, 1);

  pursuit_store_insert_stage_change_async (store, edited, NULL, on_done, &wait);
  FINISH_OK (pursuit_store_insert_stage_change_finish, store, wait);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (job)), ==, 4);
  g_assert_cmpint (pursuit_job_get_stage_entered_at (job), ==, edited->entered_at);

  /* The only entry left cannot go. */
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = wait_for_timeline (store, job, 2);
  pursuit_store_delete_stage_change_async (store, change_at (changes, 1), NULL, on_done, &wait);
  FINISH_OK (pursuit_store_delete_stage_change_finish, store, wait);
  pursuit_store_delete_stage_change_async (store, change_at (changes, 0), NULL, on_done, &wait);
  g_assert_false (pursuit_store_delete_stage_change_finish (store, wait_for_result (&wait), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_object (&wait.result);
}

/* Moving past applying gives the job its date applied, the day of the
 * move, unless it has one; a correction of history does not. */
static void
test_move_fills_date_applied (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = insert_job (fixture->repository, "Analyst", 1000);
  g_autoptr(PursuitJob) dated = insert_job (fixture->repository, "Agent", 1000);
  g_autoptr(PursuitJob) fresh = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (86400 * 400);
  g_autofree char *day = g_date_time_format (when, "%Y-%m-%d");

  g_assert_cmpstr (pursuit_job_get_applied_on (job), ==, "");
  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (job), 2,
                                              NULL, 86400 * 400, &error));
  g_assert_no_error (error);
  fresh = reread_job (fixture->repository, job);
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
  fresh = reread_job (fixture->repository, dated);
  g_assert_cmpstr (pursuit_job_get_applied_on (fresh), ==, "2026-01-15");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/stages/rename", test_rename);
  ADD ("/stages/add", test_add);
  ADD ("/stages/reorder", test_reorder);
  ADD ("/stages/hide", test_hide);
  ADD ("/timeline/move-with-note", test_move_with_note);
  ADD ("/timeline/update", test_timeline_update);
  ADD ("/timeline/delete", test_timeline_delete);
  ADD ("/timeline/transactions", test_transactions);
  ADD ("/timeline/move-fills-date-applied", test_move_fills_date_applied);
  ADD ("/store/stages", test_store_stages);
  ADD ("/store/timeline", test_store_timeline);

#undef ADD

  return g_test_run ();
}
