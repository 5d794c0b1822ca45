/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_DOCUMENT_PAGE (pursuit_document_page_get_type ())

/* Actions: document.add-version, document.delete, and on a version (x: its
 * id) document.open, .export, .derive (a new version from its text),
 * .edit-text, .delete-version. Its job rows ask the view for
 * documents.show-job. */
G_DECLARE_FINAL_TYPE (PursuitDocumentPage, pursuit_document_page, PURSUIT, DOCUMENT_PAGE, AdwBin)

PursuitDocumentPage *pursuit_document_page_new          (PursuitContext      *context);
void                 pursuit_document_page_set_document (PursuitDocumentPage *self,
                                                         PursuitDocument     *document);
PursuitDocument     *pursuit_document_page_get_document (PursuitDocumentPage *self);

G_END_DECLS
