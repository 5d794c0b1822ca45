/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-job.h"
#include "pursuit-repository.h"
#include "pursuit-self-check-result.h"
#include "pursuit-stage.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_STORE (pursuit_store_get_type ())

G_DECLARE_FINAL_TYPE (PursuitStore, pursuit_store, PURSUIT, STORE, GObject)

/**
 * PursuitStoreWorkFunc:
 * @result: (out): what to hand to the apply function and the caller
 *
 * Runs on the store's worker thread with the repository; must not touch
 * objects the main thread uses.
 */
typedef gboolean (*PursuitStoreWorkFunc)  (PursuitRepository  *repository,
                                           gpointer            data,
                                           gpointer           *result,
                                           GError            **error);
/* Runs on the main thread after a successful work function, before the
 * caller's callback: the place to update models. */
typedef void     (*PursuitStoreApplyFunc) (PursuitStore       *store,
                                           gpointer            data,
                                           gpointer            result);

PursuitStore *pursuit_store_new              (const char           *path);
void          pursuit_store_close            (PursuitStore         *self);
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
void          pursuit_store_run_async      (PursuitStore          *self,
                                            PursuitStoreWorkFunc   work,
                                            PursuitStoreApplyFunc  apply,
                                            gpointer               data,
                                            GDestroyNotify         data_free,
                                            GDestroyNotify         result_free,
                                            GCancellable          *cancellable,
                                            GAsyncReadyCallback    callback,
                                            gpointer               user_data);
gpointer      pursuit_store_run_finish     (PursuitStore          *self,
                                            GAsyncResult          *result,
                                            GError               **error);
void          pursuit_store_refresh_job    (PursuitStore          *self,
                                            PursuitJob            *fresh);
void          pursuit_store_load_job_details_async (PursuitStore        *self,
                                                    PursuitJob          *job,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
void          pursuit_store_set_stages     (PursuitStore          *self,
                                            GPtrArray             *stages);
void          pursuit_store_search_jobs_async  (PursuitStore        *self,
                                                const char          *query,
                                                GCancellable        *cancellable,
                                                GAsyncReadyCallback  callback,
                                                gpointer             user_data);
GArray       *pursuit_store_search_jobs_finish (PursuitStore        *self,
                                                GAsyncResult        *result,
                                                GError             **error);

G_END_DECLS
