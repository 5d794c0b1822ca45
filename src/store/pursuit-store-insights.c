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
  g_clear_pointer (&request->query.tagger, pursuit_insights_tagger_unref);
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
  if (query->tagger != NULL)
    request->query.tagger = pursuit_insights_tagger_ref (query->tagger);
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

/* Tagging jobs in turns with the other operations. */

typedef struct
{
  PursuitInsightsTagger *tagger;
  guint limit;
} TagRequest;

static void
tag_request_free (TagRequest *request)
{
  pursuit_insights_tagger_unref (request->tagger);
  g_free (request);
}

static gboolean
update_tags_work (PursuitRepository  *repository,
                  gpointer            data,
                  gpointer           *result,
                  GError            **error)
{
  TagRequest *request = data;
  gboolean more = FALSE;

  if (!pursuit_repository_update_insights_tags (repository, request->tagger, request->limit, NULL, &more, error))
    return FALSE;
  *result = GINT_TO_POINTER (more ? 2 : 1);
  return TRUE;
}

/* The result is a number, 1 done or 2 more to do, in a pointer. */
static void
keep_number (gpointer result)
{
}

static const PursuitStoreCall update_tags_call = {
  update_tags_work, NULL, keep_number,
};

/**
 * pursuit_store_update_insights_tags_async:
 * @tagger: works the tags out, on the worker thread
 * @limit: the most jobs to tag in this turn; 0 for all
 *
 * Works out the Insights tags of the jobs that need it (see
 * pursuit_repository_update_insights_tags()). A first tagging of many jobs
 * is best done in turns of a few thousand, each a separate call, so that
 * the user's own operations wait for one turn at most.
 */
void
pursuit_store_update_insights_tags_async (PursuitStore          *self,
                                          PursuitInsightsTagger *tagger,
                                          guint                  limit,
                                          GCancellable          *cancellable,
                                          GAsyncReadyCallback    callback,
                                          gpointer               user_data)
{
  TagRequest *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (tagger != NULL);

  request = g_new0 (TagRequest, 1);
  request->tagger = pursuit_insights_tagger_ref (tagger);
  request->limit = limit;
  pursuit_store_run_async (self, &update_tags_call, request, (GDestroyNotify) tag_request_free,
                           pursuit_store_update_insights_tags_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_update_insights_tags_finish:
 * @more: (out) (optional): whether jobs may be left to tag: call again
 */
gboolean
pursuit_store_update_insights_tags_finish (PursuitStore  *self,
                                           GAsyncResult  *result,
                                           gboolean      *more,
                                           GError       **error)
{
  gpointer done = pursuit_store_run_finish (self, result, pursuit_store_update_insights_tags_async, error);

  if (more != NULL)
    *more = GPOINTER_TO_INT (done) == 2;
  return done != NULL;
}
