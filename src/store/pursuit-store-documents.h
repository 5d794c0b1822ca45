/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-document.h"
#include "pursuit-job-list.h"
#include "pursuit-portal-login.h"
#include "pursuit-prep-note.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* Documents and their versions */
GListModel             *pursuit_store_get_documents             (PursuitStore            *self);
PursuitJobList         *pursuit_store_get_document_versions     (PursuitStore            *self,
                                                                 gint64                   document_id);
PursuitJobList         *pursuit_store_get_document_links        (PursuitStore            *self,
                                                                 gint64                   document_id);
void                    pursuit_store_add_version_async         (PursuitStore            *self,
                                                                 PursuitDocument         *document,
                                                                 PursuitDocumentVersion  *draft,
                                                                 GBytes                  *file,
                                                                 GBytes                  *thumbnail,
                                                                 gint64                   link_job_id,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
PursuitDocumentVersion *pursuit_store_add_version_finish        (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);
void                    pursuit_store_save_version_async        (PursuitStore            *self,
                                                                 PursuitDocumentVersion  *draft,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
gboolean                pursuit_store_save_version_finish       (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);
void                    pursuit_store_delete_version_async      (PursuitStore            *self,
                                                                 PursuitDocumentVersion  *version,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
gboolean                pursuit_store_delete_version_finish     (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);
void                    pursuit_store_save_document_async       (PursuitStore            *self,
                                                                 PursuitDocument         *draft,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
gboolean                pursuit_store_save_document_finish      (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);
void                    pursuit_store_delete_document_async     (PursuitStore            *self,
                                                                 PursuitDocument         *document,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
gboolean                pursuit_store_delete_document_finish    (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);
void                    pursuit_store_load_version_async        (PursuitStore            *self,
                                                                 gint64                   version_id,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
PursuitDocumentVersion *pursuit_store_load_version_finish       (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);
void                    pursuit_store_read_version_file_async   (PursuitStore            *self,
                                                                 gint64                   version_id,
                                                                 gboolean                 thumbnail,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
GBytes                 *pursuit_store_read_version_file_finish  (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);
void                    pursuit_store_search_documents_async    (PursuitStore            *self,
                                                                 const char              *query,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
GArray                 *pursuit_store_search_documents_finish   (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);

/* What a job uses and sent */
PursuitJobList         *pursuit_store_get_job_documents         (PursuitStore            *self,
                                                                 gint64                   job_id);
void                    pursuit_store_link_version_async        (PursuitStore            *self,
                                                                 gint64                   job_id,
                                                                 gint64                   version_id,
                                                                 gboolean                 linked,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
gboolean                pursuit_store_link_version_finish       (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);
void                    pursuit_store_send_version_async        (PursuitStore            *self,
                                                                 gint64                   job_id,
                                                                 gint64                   version_id,
                                                                 const char              *sent_on,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
gboolean                pursuit_store_send_version_finish       (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);

/* Prep notes */
PursuitJobList         *pursuit_store_get_notes                 (PursuitStore            *self,
                                                                 gint64                   job_id);
void                    pursuit_store_add_note_async            (PursuitStore            *self,
                                                                 PursuitPrepNote         *draft,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
PursuitPrepNote        *pursuit_store_add_note_finish           (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);
void                    pursuit_store_save_note_async           (PursuitStore            *self,
                                                                 PursuitPrepNote         *draft,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
gboolean                pursuit_store_save_note_finish          (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);
void                    pursuit_store_delete_note_async         (PursuitStore            *self,
                                                                 PursuitPrepNote         *note,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
gboolean                pursuit_store_delete_note_finish        (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);

/* Portal logins (the password is the keyring's: see PursuitCredentials) */
void                    pursuit_store_find_job_login_async      (PursuitStore            *self,
                                                                 gint64                   job_id,
                                                                 const char              *company,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
GPtrArray              *pursuit_store_find_job_login_finish     (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 PursuitPortalLogin     **login,
                                                                 GError                 **error);
void                    pursuit_store_save_job_login_async      (PursuitStore            *self,
                                                                 gint64                   job_id,
                                                                 PursuitPortalLogin      *draft,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
PursuitPortalLogin     *pursuit_store_save_job_login_finish     (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);
void                    pursuit_store_remove_job_login_async    (PursuitStore            *self,
                                                                 gint64                   job_id,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
gboolean                pursuit_store_remove_job_login_finish   (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);
void                    pursuit_store_list_login_uuids_async    (PursuitStore            *self,
                                                                 GCancellable            *cancellable,
                                                                 GAsyncReadyCallback      callback,
                                                                 gpointer                 user_data);
GPtrArray              *pursuit_store_list_login_uuids_finish   (PursuitStore            *self,
                                                                 GAsyncResult            *result,
                                                                 GError                 **error);

G_END_DECLS
