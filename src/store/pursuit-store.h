/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-job.h"
#include "pursuit-self-check-result.h"
#include "pursuit-stage.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_STORE (pursuit_store_get_type ())

G_DECLARE_FINAL_TYPE (PursuitStore, pursuit_store, PURSUIT, STORE, GObject)

PursuitStore *pursuit_store_new              (const char           *path);
const char   *pursuit_store_get_path         (PursuitStore         *self);
gboolean      pursuit_store_is_open          (PursuitStore         *self);
GListModel   *pursuit_store_get_jobs         (PursuitStore         *self);
GListModel   *pursuit_store_get_stages       (PursuitStore         *self);
PursuitJob   *pursuit_store_find_job         (PursuitStore         *self,
                                              gint64                id);
PursuitStage *pursuit_store_get_default_stage (PursuitStore        *self);

void          pursuit_store_open_async       (PursuitStore         *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean      pursuit_store_open_finish      (PursuitStore         *self,
                                              GAsyncResult         *result,
                                              GError              **error);
void          pursuit_store_add_job_async    (PursuitStore         *self,
                                              PursuitJob           *draft,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
PursuitJob   *pursuit_store_add_job_finish   (PursuitStore         *self,
                                              GAsyncResult         *result,
                                              GError              **error);
void          pursuit_store_save_job_async   (PursuitStore         *self,
                                              PursuitJob           *draft,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean      pursuit_store_save_job_finish  (PursuitStore         *self,
                                              GAsyncResult         *result,
                                              GError              **error);
void          pursuit_store_trash_job_async  (PursuitStore         *self,
                                              PursuitJob           *job,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean      pursuit_store_trash_job_finish (PursuitStore         *self,
                                              GAsyncResult         *result,
                                              GError              **error);
void          pursuit_store_restore_job_async  (PursuitStore       *self,
                                                PursuitJob         *job,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);
gboolean      pursuit_store_restore_job_finish (PursuitStore       *self,
                                                GAsyncResult       *result,
                                                GError            **error);
void          pursuit_store_delete_job_async   (PursuitStore       *self,
                                                PursuitJob         *job,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);
gboolean      pursuit_store_delete_job_finish  (PursuitStore       *self,
                                                GAsyncResult       *result,
                                                GError            **error);
void          pursuit_store_purge_trash_async  (PursuitStore       *self,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);
gboolean      pursuit_store_purge_trash_finish (PursuitStore       *self,
                                                GAsyncResult       *result,
                                                GError            **error);
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
