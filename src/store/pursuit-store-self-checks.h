/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-self-check-result.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

void          pursuit_store_save_self_check_result_async   (PursuitStore            *self,
                                                            PursuitSelfCheckResult  *result,
                                                            GCancellable            *cancellable,
                                                            GAsyncReadyCallback      callback,
                                                            gpointer                 user_data);
gboolean      pursuit_store_save_self_check_result_finish  (PursuitStore            *self,
                                                            GAsyncResult            *result,
                                                            GError                 **error);
void          pursuit_store_list_self_check_results_async  (PursuitStore            *self,
                                                            const char              *check_id,
                                                            GCancellable            *cancellable,
                                                            GAsyncReadyCallback      callback,
                                                            gpointer                 user_data);
GPtrArray    *pursuit_store_list_self_check_results_finish (PursuitStore            *self,
                                                            GAsyncResult            *result,
                                                            GError                 **error);

G_END_DECLS
