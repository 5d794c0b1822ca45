/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-document.h"

G_BEGIN_DECLS

/**
 * PursuitDocumentFile:
 * @format: what the file is, by its content
 * @bytes: the file as it is, to keep byte for byte
 * @file_name: the name it had, without its folder
 * @text: its text form, for search and matching; "" when none could be
 *   read (a scanned page), never %NULL
 * @thumbnail: (nullable): a PNG of its first page (PDF only)
 *
 * A file read and understood, ready to become a version of a document.
 */
typedef struct
{
  PursuitDocumentFormat format;
  GBytes *bytes;
  char *file_name;
  char *text;
  GBytes *thumbnail;
} PursuitDocumentFile;

/* The width of a first-page picture, in pixels. */
#define PURSUIT_DOCUMENT_THUMBNAIL_WIDTH 240

PursuitDocumentFile *pursuit_document_file_new_from_bytes (const char           *file_name,
                                                           GBytes               *bytes,
                                                           GError              **error);
PursuitDocumentFile *pursuit_document_file_new_from_text  (const char           *text,
                                                           gboolean              markdown);
PursuitDocumentFile *pursuit_document_file_read           (GFile                *file,
                                                           GCancellable         *cancellable,
                                                           GError              **error);
void                 pursuit_document_file_read_async     (GFile                *file,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
PursuitDocumentFile *pursuit_document_file_read_finish    (GAsyncResult         *result,
                                                           GError              **error);
void                 pursuit_document_file_free           (PursuitDocumentFile  *self);

gboolean             pursuit_document_detect_format       (const char           *file_name,
                                                           GBytes               *bytes,
                                                           PursuitDocumentFormat *format,
                                                           GError              **error);
char                *pursuit_document_extract_text        (PursuitDocumentFormat format,
                                                           GBytes               *bytes,
                                                           GError              **error);
GBytes              *pursuit_document_render_thumbnail    (GBytes               *pdf,
                                                           int                   width,
                                                           GError              **error);

gboolean             pursuit_document_write_private       (GBytes               *bytes,
                                                           const char           *path,
                                                           gboolean              read_only,
                                                           GError              **error);
char                *pursuit_document_write_temporary     (GBytes               *bytes,
                                                           const char           *file_name,
                                                           GError              **error);
void                 pursuit_document_clear_temporary     (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitDocumentFile, pursuit_document_file_free)

G_END_DECLS
