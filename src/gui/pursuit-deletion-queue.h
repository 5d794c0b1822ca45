/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_DELETION_QUEUE (pursuit_deletion_queue_get_type ())

G_DECLARE_FINAL_TYPE (PursuitDeletionQueue, pursuit_deletion_queue, PURSUIT, DELETION_QUEUE, GObject)

PursuitDeletionQueue *pursuit_deletion_queue_new       (PursuitStore         *store);
void                  pursuit_deletion_queue_delete    (PursuitDeletionQueue *self,
                                                        PursuitJob           *job,
                                                        GtkWidget            *toast_anchor);
gboolean              pursuit_deletion_queue_undo      (PursuitDeletionQueue *self,
                                                        gint64                job_id);
gboolean              pursuit_deletion_queue_undo_last (PursuitDeletionQueue *self);
gboolean              pursuit_deletion_queue_has_job   (PursuitDeletionQueue *self,
                                                        gint64                job_id);
void                  pursuit_deletion_queue_settle    (PursuitDeletionQueue *self);

G_END_DECLS
