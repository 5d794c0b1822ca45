/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a document is for. Stored as numbers: append only. */
typedef enum
{
  PURSUIT_DOCUMENT_KIND_RESUME = 0,
  PURSUIT_DOCUMENT_KIND_COVER_LETTER = 1,
  PURSUIT_DOCUMENT_KIND_PORTFOLIO = 2,
  PURSUIT_DOCUMENT_KIND_REFERENCES = 3,
  PURSUIT_DOCUMENT_KIND_TRANSCRIPT = 4,
  PURSUIT_DOCUMENT_KIND_OTHER = 5,
} PursuitDocumentKind;

#define PURSUIT_DOCUMENT_KIND_LAST PURSUIT_DOCUMENT_KIND_OTHER

/* The file a version was made from; text written in the app is plain text
 * or Markdown. Stored as numbers: append only. */
typedef enum
{
  PURSUIT_DOCUMENT_FORMAT_TEXT = 0,
  PURSUIT_DOCUMENT_FORMAT_MARKDOWN = 1,
  PURSUIT_DOCUMENT_FORMAT_PDF = 2,
  PURSUIT_DOCUMENT_FORMAT_DOCX = 3,
  PURSUIT_DOCUMENT_FORMAT_ODT = 4,
} PursuitDocumentFormat;

#define PURSUIT_DOCUMENT_FORMAT_LAST PURSUIT_DOCUMENT_FORMAT_ODT

G_END_DECLS
