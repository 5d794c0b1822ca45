/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"
#include "pursuit-document-file.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_DOCUMENT_DIALOG (pursuit_document_dialog_get_type ())

/* Adding a version of a document: from a file read (imported, dropped),
 * or written or pasted in the app. ::added (PursuitDocumentVersion *) once
 * saved. */
G_DECLARE_FINAL_TYPE (PursuitDocumentDialog, pursuit_document_dialog, PURSUIT, DOCUMENT_DIALOG, AdwWindow)

PursuitDocumentDialog *pursuit_document_dialog_new       (PursuitContext       *context,
                                                          PursuitDocumentFile  *file,
                                                          gint64                document_id,
                                                          gint64                link_job_id);
void                   pursuit_document_dialog_set_name  (PursuitDocumentDialog *self,
                                                          const char            *name);
void                   pursuit_document_dialog_set_kind  (PursuitDocumentDialog *self,
                                                          PursuitDocumentKind    kind);
void                   pursuit_document_dialog_set_text  (PursuitDocumentDialog *self,
                                                          const char            *text);
void                   pursuit_document_dialog_add       (PursuitDocumentDialog *self);

void                   pursuit_document_import           (GtkWidget            *parent,
                                                          PursuitContext       *context,
                                                          GFile                *file,
                                                          gint64                document_id,
                                                          gint64                link_job_id);
void                   pursuit_document_choose_and_import (GtkWidget           *parent,
                                                          PursuitContext       *context,
                                                          gint64                document_id,
                                                          gint64                link_job_id);
void                   pursuit_document_open_version     (GtkWidget              *widget,
                                                          PursuitContext         *context,
                                                          PursuitDocumentVersion *version);
void                   pursuit_document_export_version   (GtkWidget              *widget,
                                                          PursuitContext         *context,
                                                          PursuitDocumentVersion *version,
                                                          GFile                  *file);
GtkDropTarget         *pursuit_document_drop_target_new  (PursuitContext       *context,
                                                          gint64              (*link_job) (GtkWidget *widget));

G_END_DECLS
