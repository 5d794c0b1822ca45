/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-document-page.h"
#include "pursuit-notes-panel.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_DOCUMENTS_VIEW (pursuit_documents_view_get_type ())

/* Actions: documents.import (Ctrl+O), documents.write (Ctrl+N),
 * documents.show-notes, documents.show-job (x: a job id). */
G_DECLARE_FINAL_TYPE (PursuitDocumentsView, pursuit_documents_view, PURSUIT, DOCUMENTS_VIEW, AdwBin)

gboolean             pursuit_documents_view_show_document (PursuitDocumentsView *self,
                                                           gint64                id);
PursuitDocumentPage *pursuit_documents_view_get_page      (PursuitDocumentsView *self);
PursuitNotesPanel   *pursuit_documents_view_get_notes     (PursuitDocumentsView *self);

G_END_DECLS
