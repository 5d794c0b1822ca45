/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-attention.h"
#include "pursuit-store-duplicates.h"

/**
 * pursuit_store_find_duplicate:
 * @company: the company as the user typed it
 * @title: the job title as the user typed it
 * @except: (nullable): the job being edited, which is not its own duplicate
 *
 * Finds a saved job (archived ones included) with the same company and title,
 * ignoring case, accents, spacing and punctuation, so adding the same job
 * twice can be pointed out. It reads the store's list, never the database:
 * cheap enough to call as the user types, even with many jobs.
 *
 * Returns: (transfer none) (nullable): the first such job in the store's
 *   list, or %NULL
 */
PursuitJob *
pursuit_store_find_duplicate (PursuitStore *store,
                              const char   *company,
                              const char   *title,
                              PursuitJob   *except)
{
  g_autofree char *wanted = NULL;
  GListModel *jobs;
  guint n_jobs;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (except == NULL || PURSUIT_IS_JOB (except), NULL);

  wanted = pursuit_job_identity_key (company, title);
  /* A blank company or title matches nothing: the form is not filled yet. */
  if (wanted[0] == '|' || g_str_has_suffix (wanted, "|"))
    return NULL;

  jobs = pursuit_store_get_jobs (store);
  n_jobs = g_list_model_get_n_items (jobs);
  for (guint i = 0; i < n_jobs; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);
      g_autofree char *key = NULL;

      if (except != NULL &&
          (job == except ||
           (pursuit_job_get_id (except) > 0 && pursuit_job_get_id (job) == pursuit_job_get_id (except))))
        continue;

      key = pursuit_job_identity_key (pursuit_job_get_company (job), pursuit_job_get_title (job));
      if (g_str_equal (key, wanted))
        return job;
    }

  return NULL;
}

/**
 * pursuit_store_get_identity_keys:
 *
 * The identity keys (pursuit_job_identity_key()) of every job in the
 * store's list, the rule of pursuit_store_find_duplicate(), for checking
 * many drafts at once (an import's preview).
 *
 * Returns: (transfer full) (element-type utf8 PursuitJob): each key to the
 *   first job that has it
 */
GHashTable *
pursuit_store_get_identity_keys (PursuitStore *store)
{
  GHashTable *keys;
  GListModel *jobs;
  guint n_jobs;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  jobs = pursuit_store_get_jobs (store);
  n_jobs = g_list_model_get_n_items (jobs);
  for (guint i = 0; i < n_jobs; i++)
    {
      PursuitJob *job = g_list_model_get_item (jobs, i);
      char *key = pursuit_job_identity_key (pursuit_job_get_company (job), pursuit_job_get_title (job));

      if (g_hash_table_contains (keys, key))
        {
          g_free (key);
          g_object_unref (job);
          continue;
        }
      g_hash_table_insert (keys, key, job);
    }

  return keys;
}
