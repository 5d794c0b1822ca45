/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-document.h"
#include "pursuit-portal-login.h"
#include "pursuit-prep-note.h"
#include "pursuit-repository.h"

G_BEGIN_DECLS

/* Documents and their versions, what each job sent, prep notes and portal
 * logins, on the same connection as the jobs: call these from the store's
 * worker thread or from pursuit-cli, never elsewhere. */

/* Documents and versions */
GPtrArray              *pursuit_repository_list_documents         (PursuitRepository       *self,
                                                                   GError                 **error);
PursuitDocument        *pursuit_repository_find_document          (PursuitRepository       *self,
                                                                   const char              *id_or_uuid,
                                                                   GError                 **error);
PursuitDocument        *pursuit_repository_find_document_by_name  (PursuitRepository       *self,
                                                                   PursuitDocumentKind      kind,
                                                                   const char              *name,
                                                                   GError                 **error);
gboolean                pursuit_repository_add_version            (PursuitRepository       *self,
                                                                   PursuitDocument         *document,
                                                                   PursuitDocumentVersion  *version,
                                                                   GBytes                  *file,
                                                                   GBytes                  *thumbnail,
                                                                   gint64                   now,
                                                                   GError                 **error);
GPtrArray              *pursuit_repository_list_versions          (PursuitRepository       *self,
                                                                   gint64                   document_id,
                                                                   GError                 **error);
PursuitDocumentVersion *pursuit_repository_find_version           (PursuitRepository       *self,
                                                                   gint64                   version_id,
                                                                   GError                 **error);
GBytes                 *pursuit_repository_read_version_file      (PursuitRepository       *self,
                                                                   gint64                   version_id,
                                                                   GError                 **error);
GBytes                 *pursuit_repository_read_version_thumbnail (PursuitRepository       *self,
                                                                   gint64                   version_id,
                                                                   GError                 **error);
gboolean                pursuit_repository_update_version         (PursuitRepository       *self,
                                                                   PursuitDocumentVersion  *version,
                                                                   gint64                   now,
                                                                   GError                 **error);
gboolean                pursuit_repository_delete_version         (PursuitRepository       *self,
                                                                   gint64                   version_id,
                                                                   GError                 **error);
gboolean                pursuit_repository_update_document        (PursuitRepository       *self,
                                                                   PursuitDocument         *document,
                                                                   gint64                   now,
                                                                   GError                 **error);
gboolean                pursuit_repository_delete_document        (PursuitRepository       *self,
                                                                   gint64                   document_id,
                                                                   GError                 **error);
GArray                 *pursuit_repository_search_documents       (PursuitRepository       *self,
                                                                   const char              *query,
                                                                   GError                 **error);

/* What jobs use and sent */
gboolean                pursuit_repository_link_version           (PursuitRepository       *self,
                                                                   gint64                   job_id,
                                                                   gint64                   version_id,
                                                                   gint64                   now,
                                                                   GError                 **error);
gboolean                pursuit_repository_unlink_version         (PursuitRepository       *self,
                                                                   gint64                   job_id,
                                                                   gint64                   version_id,
                                                                   gint64                   now,
                                                                   GError                 **error);
gboolean                pursuit_repository_send_version           (PursuitRepository       *self,
                                                                   gint64                   job_id,
                                                                   gint64                   version_id,
                                                                   const char              *sent_on,
                                                                   gint64                   now,
                                                                   GError                 **error);
GPtrArray              *pursuit_repository_list_job_documents     (PursuitRepository       *self,
                                                                   gint64                   job_id,
                                                                   GError                 **error);
GPtrArray              *pursuit_repository_list_document_links    (PursuitRepository       *self,
                                                                   gint64                   document_id,
                                                                   GError                 **error);

/* Prep notes */
GPtrArray              *pursuit_repository_list_notes             (PursuitRepository       *self,
                                                                   gint64                   job_id,
                                                                   GError                 **error);
PursuitPrepNote        *pursuit_repository_find_note              (PursuitRepository       *self,
                                                                   gint64                   note_id,
                                                                   GError                 **error);
gboolean                pursuit_repository_insert_note            (PursuitRepository       *self,
                                                                   PursuitPrepNote         *note,
                                                                   gint64                   now,
                                                                   GError                 **error);
gboolean                pursuit_repository_update_note            (PursuitRepository       *self,
                                                                   PursuitPrepNote         *note,
                                                                   gint64                   now,
                                                                   GError                 **error);
gboolean                pursuit_repository_delete_note            (PursuitRepository       *self,
                                                                   gint64                   note_id,
                                                                   GError                 **error);

/* Portal logins */
PursuitPortalLogin     *pursuit_repository_find_job_login         (PursuitRepository       *self,
                                                                   gint64                   job_id,
                                                                   GError                 **error);
GPtrArray              *pursuit_repository_list_logins            (PursuitRepository       *self,
                                                                   const char              *company,
                                                                   GError                 **error);
gboolean                pursuit_repository_save_job_login         (PursuitRepository       *self,
                                                                   gint64                   job_id,
                                                                   PursuitPortalLogin      *login,
                                                                   gint64                   now,
                                                                   GError                 **error);
gboolean                pursuit_repository_remove_job_login       (PursuitRepository       *self,
                                                                   gint64                   job_id,
                                                                   GError                 **error);
GPtrArray              *pursuit_repository_list_login_uuids       (PursuitRepository       *self,
                                                                   GError                 **error);

G_END_DECLS
