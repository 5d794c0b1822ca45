/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pursuit-document-kinds.h"
#include "pursuit-enums.h"

G_BEGIN_DECLS

/* The largest file a version may hold: a resume is a few hundred kilobytes;
 * a portfolio with pictures may be a few megabytes. */
#define PURSUIT_DOCUMENT_MAX_SIZE (20 * 1000 * 1000)

#define PURSUIT_DOCUMENT_ERROR (pursuit_document_error_quark ())

/**
 * PursuitDocumentError:
 * @PURSUIT_DOCUMENT_ERROR_TOO_LARGE: the file is over %PURSUIT_DOCUMENT_MAX_SIZE
 * @PURSUIT_DOCUMENT_ERROR_DAMAGED: the file cannot be read as what it claims to be
 * @PURSUIT_DOCUMENT_ERROR_ENCRYPTED: the file is protected by a password
 * @PURSUIT_DOCUMENT_ERROR_UNSUPPORTED: not a kind of file Pursuit reads
 * @PURSUIT_DOCUMENT_ERROR_FROZEN: the version was sent to a job and cannot change
 * @PURSUIT_DOCUMENT_ERROR_INVALID: a name, date or text that cannot be saved
 */
typedef enum
{
  PURSUIT_DOCUMENT_ERROR_TOO_LARGE,
  PURSUIT_DOCUMENT_ERROR_DAMAGED,
  PURSUIT_DOCUMENT_ERROR_ENCRYPTED,
  PURSUIT_DOCUMENT_ERROR_UNSUPPORTED,
  PURSUIT_DOCUMENT_ERROR_FROZEN,
  PURSUIT_DOCUMENT_ERROR_INVALID,
} PursuitDocumentError;

GQuark      pursuit_document_error_quark        (void);

const char *pursuit_document_kind_get_label     (PursuitDocumentKind    kind);
const char *pursuit_document_kind_get_nick      (PursuitDocumentKind    kind);
gboolean    pursuit_document_kind_from_nick     (const char            *nick,
                                                 PursuitDocumentKind   *kind);
const char *pursuit_document_format_get_label   (PursuitDocumentFormat  format);
const char *pursuit_document_format_get_extension (PursuitDocumentFormat format);
const char *pursuit_document_format_get_mime_type (PursuitDocumentFormat format);
gboolean    pursuit_stage_kind_has_reply        (PursuitStageKind       kind);

#define PURSUIT_TYPE_DOCUMENT (pursuit_document_get_type ())

G_DECLARE_FINAL_TYPE (PursuitDocument, pursuit_document, PURSUIT, DOCUMENT, GObject)

/**
 * PursuitDocument:
 * @tags: comma-separated words the user chose ("bilingual, support")
 * @n_versions: (read only) how many versions it has
 * @latest_number: (read only) the number of its newest version
 * @latest_date: (read only) the date of its newest version, "YYYY-MM-DD"
 * @n_jobs: (read only) how many jobs one of its versions was sent to
 * @latest_version_id: (read only) the id of its newest version
 *
 * A resume, cover letter or other document the user keeps in versions. As
 * with a stage change, an object so the documents can be a list model; its
 * values are read from the fields and never change once it is listed: to
 * edit, copy it, change the copy and hand it to the store.
 */
struct _PursuitDocument
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  PursuitDocumentKind kind;
  char *name;
  char *tags;
  char *notes;
  gint64 created_at;
  gint64 updated_at;

  guint n_versions;
  int latest_number;
  char *latest_date;
  guint n_jobs;
  gint64 latest_version_id;
};

PursuitDocument *pursuit_document_new       (PursuitDocumentKind  kind,
                                             const char          *name);
PursuitDocument *pursuit_document_copy      (PursuitDocument     *self);
void             pursuit_document_set_text  (char               **field,
                                             const char          *value);
gboolean         pursuit_document_validate  (PursuitDocument     *self,
                                             GError             **error);

#define PURSUIT_TYPE_DOCUMENT_VERSION (pursuit_document_version_get_type ())

G_DECLARE_FINAL_TYPE (PursuitDocumentVersion, pursuit_document_version, PURSUIT, DOCUMENT_VERSION, GObject)

/**
 * PursuitDocumentVersion:
 * @number: 1 for v1, 2 for v2…, given by the store
 * @date: the version's date, "YYYY-MM-DD"
 * @file_name: the name of the file it was imported from, or ""
 * @size: the size of its file, in bytes
 * @sha256: the SHA-256 of its file, in hexadecimal
 * @text: (nullable): its text form, for search and matching; %NULL when
 *   the store left it out of a list
 * @text_edited: the user corrected the text extracted from the file
 * @has_thumbnail: a picture of its first page is kept
 * @document_name: (read only) its document's name, for lists of a job
 * @document_kind: (read only) its document's kind
 * @n_jobs: (read only) how many jobs it was sent to
 * @n_replied: (read only) how many of those answered (see
 *   pursuit_stage_kind_has_reply())
 *
 * One version of a document, the exact text and file as they were. Same
 * rule as #PursuitDocument: copy to edit.
 */
struct _PursuitDocumentVersion
{
  GObject parent_instance;

  gint64 id;
  gint64 document_id;
  int number;
  char *date;
  char *note;
  PursuitDocumentFormat format;
  char *file_name;
  gint64 size;
  char *sha256;
  char *text;
  gboolean text_edited;
  gboolean has_thumbnail;
  gint64 created_at;
  gint64 updated_at;

  char *document_name;
  PursuitDocumentKind document_kind;
  guint n_jobs;
  guint n_replied;
};

PursuitDocumentVersion *pursuit_document_version_new       (PursuitDocumentFormat   format);
PursuitDocumentVersion *pursuit_document_version_copy      (PursuitDocumentVersion *self);
char                   *pursuit_document_version_describe  (PursuitDocumentVersion *self);
char                   *pursuit_document_version_describe_sent (PursuitDocumentVersion *self);
char                   *pursuit_document_version_suggest_file_name (PursuitDocumentVersion *self);

#define PURSUIT_TYPE_DOCUMENT_LINK (pursuit_document_link_get_type ())

G_DECLARE_FINAL_TYPE (PursuitDocumentLink, pursuit_document_link, PURSUIT, DOCUMENT_LINK, GObject)

/**
 * PursuitDocumentLink:
 * @sent_on: the date the version was sent, "YYYY-MM-DD", or "" while the
 *   job only uses it and nothing was sent
 * @sha256: the SHA-256 of the version when it was sent, or ""
 * @stage_id: the job's stage, as it is now
 * @stage_kind: what that stage means
 *
 * A version of a document a job uses, or used when it was sent. Read from
 * both ends: a job's page lists what it sent, a document's page the jobs
 * each version went to.
 */
struct _PursuitDocumentLink
{
  GObject parent_instance;

  gint64 id;
  gint64 job_id;
  gint64 version_id;
  gint64 document_id;
  char *document_name;
  PursuitDocumentKind document_kind;
  int version_number;
  char *version_date;
  char *sent_on;
  char *sha256;
  gint64 linked_at;

  char *job_title;
  char *job_company;
  gint64 stage_id;
  PursuitStageKind stage_kind;
};

PursuitDocumentLink *pursuit_document_link_new        (void);
gboolean             pursuit_document_link_is_sent    (PursuitDocumentLink *self);
char                *pursuit_document_link_describe   (PursuitDocumentLink *self);

G_END_DECLS
