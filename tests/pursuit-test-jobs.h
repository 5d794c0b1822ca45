/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-repository.h"
#include "pursuit-store-jobs.h"
#include "pursuit-store-people.h"
#include "pursuit-test-utils.h"

/* Jobs, stages and timelines over a real store, for the widget tests that
 * need them. Header-only: each test program compiles with
 * pursuit-test-utils.c alone. */

G_BEGIN_DECLS

/* A database of its own, in a folder of its own, and a context over it. */
typedef struct
{
  char *dir;
  char *path;
  PursuitContext *context;
} PursuitTestDatabase;

/* @name: names the folder: "pursuit-board-keys" */
static inline void
pursuit_test_database_open (PursuitTestDatabase *database,
                            const char          *name)
{
  g_autofree char *template = g_strdup_printf ("%s-XXXXXX", name);

  database->dir = g_dir_make_tmp (template, NULL);
  g_assert_nonnull (database->dir);
  database->path = g_build_filename (database->dir, "pursuit.db", NULL);
  database->context = pursuit_test_open_context (database->path);
}

static inline void
pursuit_test_database_close (PursuitTestDatabase *database)
{
  g_clear_object (&database->context);
  pursuit_test_remove_tree (database->dir);
  g_clear_pointer (&database->path, g_free);
  g_clear_pointer (&database->dir, g_free);
}

static inline void
pursuit_test_on_done (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static inline gboolean
pursuit_test_is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

/* Returns: (transfer none): the stage with @id, as the store's model has it */
static inline PursuitStage *
pursuit_test_stage_by_id (PursuitStore *store,
                          gint64        id)
{
  GListModel *stages = pursuit_store_get_stages (store);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);

      if (pursuit_stage_get_id (stage) == id)
        return stage;  /* the model keeps it */
    }
  g_assert_not_reached ();
}

/* Adds @draft (its stage the default one if it has none) and waits.
 * Returns: (transfer none): the job as the store's model has it */
static inline PursuitJob *
pursuit_test_add_job (PursuitStore *store,
                      PursuitJob   *draft)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;

  if (pursuit_job_get_stage (draft) == NULL)
    pursuit_job_set_stage (draft, pursuit_store_get_default_stage (store));
  pursuit_store_add_job_async (store, draft, NULL, pursuit_test_on_done, &result);
  pursuit_test_wait_until (pursuit_test_is_set, &result, "the job to be added");
  job = pursuit_store_add_job_finish (store, result, &error);
  g_assert_no_error (error);
  g_object_unref (job);  /* the store keeps it */
  return job;
}

static inline PursuitJob *
pursuit_test_add_simple_job (PursuitStore *store,
                             const char   *title,
                             const char   *company)
{
  g_autoptr(PursuitJob) draft = pursuit_job_new ();

  pursuit_job_set_title (draft, title);
  pursuit_job_set_company (draft, company);
  return pursuit_test_add_job (store, draft);
}

static inline void
pursuit_test_add_interview (PursuitStore *store,
                            PursuitJob   *job,
                            gint64        starts_at)
{
  g_autoptr(PursuitInterview) draft = pursuit_interview_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PursuitInterview) saved = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_interview_set_job_id (draft, pursuit_job_get_id (job));
  pursuit_interview_set_starts_at (draft, starts_at);
  pursuit_store_add_interview_async (store, draft, NULL, pursuit_test_on_done, &result);
  pursuit_test_wait_until (pursuit_test_is_set, &result, "the interview to be added");
  saved = pursuit_store_save_interview_finish (store, result, &error);
  g_assert_no_error (error);
}

/* The job's moves as another program reads them from @database_path. */
static inline GPtrArray *
pursuit_test_read_timeline (const char *database_path,
                            PursuitJob *job)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitRepository) repository = pursuit_repository_open (database_path, &error);
  GPtrArray *changes;

  g_assert_no_error (error);
  changes = pursuit_repository_list_stage_changes (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  return changes;
}

G_END_DECLS
