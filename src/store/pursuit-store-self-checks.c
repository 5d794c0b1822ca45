/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-store-private.h"

/* The results of the guides' self-checks, kept so the user sees how their
 * answers change over time. */

static gboolean
save_work (PursuitRepository  *repository,
           gpointer            data,
           gpointer           *result,
           GError            **error)
{
  return pursuit_repository_insert_self_check_result (repository, data, error);
}

static const PursuitStoreCall save_call = { save_work, NULL, NULL };

/**
 * pursuit_store_save_self_check_result_async:
 * @result: the answers and outcome; copied
 */
void
pursuit_store_save_self_check_result_async (PursuitStore           *self,
                                            PursuitSelfCheckResult *result,
                                            GCancellable           *cancellable,
                                            GAsyncReadyCallback     callback,
                                            gpointer                user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (result != NULL);

  pursuit_store_run_async (self, &save_call, pursuit_self_check_result_copy (result),
                           (GDestroyNotify) pursuit_self_check_result_free,
                           pursuit_store_save_self_check_result_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_save_self_check_result_finish (PursuitStore  *self,
                                             GAsyncResult  *result,
                                             GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_save_self_check_result_async, error);
}

static gboolean
list_work (PursuitRepository  *repository,
           gpointer            data,
           gpointer           *result,
           GError            **error)
{
  *result = pursuit_repository_list_self_check_results (repository, data, error);
  return *result != NULL;
}

static const PursuitStoreCall list_call = { list_work, NULL, (GDestroyNotify) g_ptr_array_unref };

void
pursuit_store_list_self_check_results_async (PursuitStore        *self,
                                             const char          *check_id,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (check_id != NULL);

  pursuit_store_run_async (self, &list_call, g_strdup (check_id), g_free,
                           pursuit_store_list_self_check_results_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_list_self_check_results_finish:
 *
 * Returns: (transfer full) (element-type PursuitSelfCheckResult): the results,
 *   latest first
 */
GPtrArray *
pursuit_store_list_self_check_results_finish (PursuitStore  *self,
                                              GAsyncResult  *result,
                                              GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_list_self_check_results_async, error);
}
