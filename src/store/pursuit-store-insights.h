/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-repository-insights.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* How the search is going (the Insights view), read on the worker thread. */
void             pursuit_store_compute_insights_async  (PursuitStore               *self,
                                                        const PursuitInsightsQuery *query,
                                                        GCancellable               *cancellable,
                                                        GAsyncReadyCallback         callback,
                                                        gpointer                    user_data);
PursuitInsights *pursuit_store_compute_insights_finish (PursuitStore               *self,
                                                        GAsyncResult               *result,
                                                        GError                    **error);
void             pursuit_store_update_insights_tags_async  (PursuitStore          *self,
                                                            PursuitInsightsTagger *tagger,
                                                            guint                  limit,
                                                            GCancellable          *cancellable,
                                                            GAsyncReadyCallback    callback,
                                                            gpointer               user_data);
gboolean         pursuit_store_update_insights_tags_finish (PursuitStore          *self,
                                                            GAsyncResult          *result,
                                                            gboolean              *more,
                                                            GError               **error);

G_END_DECLS
