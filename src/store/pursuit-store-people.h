/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-contact.h"
#include "pursuit-interview.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* Contacts */
void              pursuit_store_list_company_contacts_async  (PursuitStore         *self,
                                                              const char           *company,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
GPtrArray        *pursuit_store_list_company_contacts_finish         (PursuitStore         *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);
void              pursuit_store_add_contact_async            (PursuitStore         *self,
                                                              PursuitContact       *draft,
                                                              gint64                link_job_id,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
PursuitContact   *pursuit_store_add_contact_finish           (PursuitStore         *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);
void              pursuit_store_save_contact_async           (PursuitStore         *self,
                                                              PursuitContact       *draft,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
PursuitContact   *pursuit_store_save_contact_finish          (PursuitStore         *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);
void              pursuit_store_delete_contact_async         (PursuitStore         *self,
                                                              PursuitContact       *contact,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
gboolean          pursuit_store_delete_contact_finish        (PursuitStore         *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);
void              pursuit_store_link_contact_async           (PursuitStore         *self,
                                                              gint64                job_id,
                                                              gint64                contact_id,
                                                              gboolean              linked,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
gboolean          pursuit_store_link_contact_finish          (PursuitStore         *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);

/* Interviews */
void              pursuit_store_list_interviews_between_async (PursuitStore        *self,
                                                              gint64                from,
                                                              gint64                until,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
GPtrArray        *pursuit_store_list_interviews_between_finish       (PursuitStore         *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);
void              pursuit_store_add_interview_async          (PursuitStore         *self,
                                                              PursuitInterview     *draft,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
void              pursuit_store_save_interview_async         (PursuitStore         *self,
                                                              PursuitInterview     *draft,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
PursuitInterview *pursuit_store_save_interview_finish        (PursuitStore         *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);
void              pursuit_store_delete_interview_async       (PursuitStore         *self,
                                                              PursuitInterview     *interview,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
gboolean          pursuit_store_delete_interview_finish      (PursuitStore         *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);

G_END_DECLS
