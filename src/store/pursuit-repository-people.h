/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-contact.h"
#include "pursuit-interview.h"
#include "pursuit-repository.h"

G_BEGIN_DECLS

/* Contacts and interviews, on the same connection as the jobs: call these
 * from the store's worker thread or from pursuit-cli, never elsewhere. */

gboolean          pursuit_repository_insert_contact         (PursuitRepository  *self,
                                                             PursuitContact     *contact,
                                                             gint64              link_job_id,
                                                             gint64              now,
                                                             GError            **error);
gboolean          pursuit_repository_update_contact         (PursuitRepository  *self,
                                                             PursuitContact     *contact,
                                                             gint64              now,
                                                             GError            **error);
gboolean          pursuit_repository_delete_contact         (PursuitRepository  *self,
                                                             gint64              contact_id,
                                                             GError            **error);
PursuitContact   *pursuit_repository_find_contact           (PursuitRepository  *self,
                                                             const char         *id_or_uuid,
                                                             GError            **error);
GPtrArray        *pursuit_repository_list_contacts          (PursuitRepository  *self,
                                                             GError            **error);
GPtrArray        *pursuit_repository_list_company_contacts  (PursuitRepository  *self,
                                                             const char         *company,
                                                             GError            **error);
GPtrArray        *pursuit_repository_list_job_contacts      (PursuitRepository  *self,
                                                             gint64              job_id,
                                                             GError            **error);
gboolean          pursuit_repository_link_contact           (PursuitRepository  *self,
                                                             gint64              job_id,
                                                             gint64              contact_id,
                                                             GError            **error);
gboolean          pursuit_repository_unlink_contact         (PursuitRepository  *self,
                                                             gint64              job_id,
                                                             gint64              contact_id,
                                                             GError            **error);

gboolean          pursuit_repository_insert_interview       (PursuitRepository  *self,
                                                             PursuitInterview   *interview,
                                                             gint64              now,
                                                             GError            **error);
gboolean          pursuit_repository_update_interview       (PursuitRepository  *self,
                                                             PursuitInterview   *interview,
                                                             gint64              now,
                                                             GError            **error);
gboolean          pursuit_repository_delete_interview       (PursuitRepository  *self,
                                                             gint64              interview_id,
                                                             gint64              now,
                                                             GError            **error);
PursuitInterview *pursuit_repository_find_interview         (PursuitRepository  *self,
                                                             gint64              interview_id,
                                                             GError            **error);
GPtrArray        *pursuit_repository_list_interviews        (PursuitRepository  *self,
                                                             gint64              job_id,
                                                             GError            **error);
GPtrArray        *pursuit_repository_list_interviews_between (PursuitRepository *self,
                                                             gint64              from,
                                                             gint64              until,
                                                             GError            **error);

G_END_DECLS
