/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-store-private.h"

/* The Insights view's figures: the repository's aggregates on the worker
 * thread, with the query copied so the caller may change its own at once. */

typedef struct
{
  PursuitInsightsQuery query;
  char *since;
  char *until;
  char *role;
} Request;

static void
request_free (Request *request)
{
  g_free (request->since);
  g_free (request->until);
  g_free (request->role);
  g_clear_pointer (&request->query.tags, g_array_unref);
  g_free (request);
}

static gboolean
compute_work (PursuitRepository  *repository,
              gpointer            data,
              gpointer           *result,
              GError            **error)
{
  Request *request = data;

  *result = pursuit_repository_compute_insights (repository, &request->query, error);
  return *result != NULL;
}

static const PursuitStoreCall compute_call = {
  compute_work, NULL, (GDestroyNotify) pursuit_insights_free,
};

/**
 * pursuit_store_compute_insights_async:
 * @query: see pursuit_repository_compute_insights(); copied
 */
void
pursuit_store_compute_insights_async (PursuitStore               *self,
                                      const PursuitInsightsQuery *query,
                                      GCancellable               *cancellable,
                                      GAsyncReadyCallback         callback,
                                      gpointer                    user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (query != NULL);

  request = g_new0 (Request, 1);
  request->query = *query;
  request->query.since = request->since = g_strdup (query->since);
  request->query.until = request->until = g_strdup (query->until);
  request->query.role = request->role = g_strdup (query->role);
  if (query->tags != NULL)
    request->query.tags = g_array_ref (query->tags);
  pursuit_store_run_async (self, &compute_call, request, (GDestroyNotify) request_free,
                           pursuit_store_compute_insights_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_compute_insights_finish:
 *
 * Returns: (transfer full): the figures, or %NULL with @error set
 */
PursuitInsights *
pursuit_store_compute_insights_finish (PursuitStore  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_compute_insights_async, error);
}
