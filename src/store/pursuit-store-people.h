/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-contact.h"
#include "pursuit-interview.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_PEOPLE_EVENTS (pursuit_people_events_get_type ())

/**
 * PursuitPeopleEvents:
 *
 * Tells views that contacts or interviews changed, once the change is saved.
 * One per store, from pursuit_store_get_people_events().
 *
 * ::contacts-changed (gint64 job_id): contacts changed; @job_id is the job
 * whose links changed, or 0 when any job may be concerned (a contact edited
 * or deleted).
 *
 * ::interviews-changed (gint64 job_id): the job's interviews changed.
 */
G_DECLARE_FINAL_TYPE (PursuitPeopleEvents, pursuit_people_events, PURSUIT, PEOPLE_EVENTS, GObject)

PursuitPeopleEvents *pursuit_store_get_people_events (PursuitStore *self);

/* Contacts */
void              pursuit_store_list_job_contacts_async      (PursuitStore         *self,
                                                              gint64                job_id,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
void              pursuit_store_list_company_contacts_async  (PursuitStore         *self,
                                                              const char           *company,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
GPtrArray        *pursuit_store_list_contacts_finish         (PursuitStore         *self,
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
void              pursuit_store_list_interviews_async        (PursuitStore         *self,
                                                              gint64                job_id,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
void              pursuit_store_list_interviews_between_async (PursuitStore        *self,
                                                              gint64                from,
                                                              gint64                until,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
GPtrArray        *pursuit_store_list_interviews_finish       (PursuitStore         *self,
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
