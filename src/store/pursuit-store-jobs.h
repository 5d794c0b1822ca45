/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-store.h"

G_BEGIN_DECLS

void          pursuit_store_add_job_async           (PursuitStore        *self,
                                                     PursuitJob          *draft,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
PursuitJob   *pursuit_store_add_job_finish          (PursuitStore        *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void          pursuit_store_save_job_async          (PursuitStore        *self,
                                                     PursuitJob          *draft,
                                                     PursuitJobFields     fields,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean      pursuit_store_save_job_finish         (PursuitStore        *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void          pursuit_store_trash_job_async         (PursuitStore        *self,
                                                     PursuitJob          *job,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean      pursuit_store_trash_job_finish        (PursuitStore        *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void          pursuit_store_restore_job_async       (PursuitStore        *self,
                                                     PursuitJob          *job,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean      pursuit_store_restore_job_finish      (PursuitStore        *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void          pursuit_store_delete_job_async        (PursuitStore        *self,
                                                     PursuitJob          *job,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean      pursuit_store_delete_job_finish       (PursuitStore        *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void          pursuit_store_purge_trash_async       (PursuitStore        *self,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean      pursuit_store_purge_trash_finish      (PursuitStore        *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void          pursuit_store_search_jobs_async       (PursuitStore        *self,
                                                     const char          *query,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
GArray       *pursuit_store_search_jobs_finish      (PursuitStore        *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void          pursuit_store_search_jobs_ranked_async  (PursuitStore        *self,
                                                       const char          *query,
                                                       guint                limit,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
GArray       *pursuit_store_search_jobs_ranked_finish (PursuitStore        *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);
void          pursuit_store_read_jobs_async         (PursuitStore        *self,
                                                     GArray              *ids,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
GPtrArray    *pursuit_store_read_jobs_finish        (PursuitStore        *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);
void          pursuit_store_load_job_details_async  (PursuitStore        *self,
                                                     PursuitJob          *job,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean      pursuit_store_load_job_details_finish (PursuitStore        *self,
                                                     GAsyncResult        *result,
                                                     GError             **error);

G_END_DECLS
