/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-database.h"
#include "pursuit-error.h"
#include "pursuit-repository-documents.h"
#include "pursuit-repository-private.h"
#include "pursuit-uuid.h"
#include "pursuit-validation.h"

/* Documents in versions, and what each job sent. A version is the exact
 * file and text as imported; once a job records it as sent it is frozen:
 * it can be neither changed nor deleted while that job exists, only
 * followed by a new version. The rule is checked here, in words, and again
 * by triggers in the file (migration 8) for any other writer. */

#define VERSION_COLUMNS \
  "v.id, v.document_id, v.number, v.date, v.note, v.format, v.file_name, v.size, v.sha256, " \
  "v.text_edited, v.created_at, v.updated_at, " \
  "EXISTS (SELECT 1 FROM document_thumbnails t WHERE t.version_id = v.id), d.name, d.kind"
#define N_VERSION_COLUMNS 15

#define LINK_SELECT \
  "SELECT jd.id, jd.job_id, jd.version_id, v.document_id, d.name, d.kind, v.number, v.date, " \
  "coalesce (jd.sent_on, ''), coalesce (jd.sha256, ''), jd.linked_at, j.title, j.company, j.stage_id, s.kind " \
  "FROM job_documents jd JOIN document_versions v ON v.id = jd.version_id " \
  "JOIN documents d ON d.id = v.document_id JOIN jobs j ON j.id = jd.job_id " \
  "JOIN stages s ON s.id = j.stage_id "

static PursuitDatabase *
database_of (PursuitRepository *self)
{
  return pursuit_repository_get_database (self);
}

/* The local date of @now, "YYYY-MM-DD". */
static char *
date_of (gint64 now)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (now);

  return g_date_time_format (when, "%Y-%m-%d");
}

static void
set_not_found (GError     **error,
               const char  *message)
{
  g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND, message);
}

/* Runs @statement, which returns no rows, with @id as its only parameter. */
static gboolean
run_with_id (PursuitDatabase  *database,
             const char       *sql,
             gint64            id,
             GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database, sql, error);

  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, id);
  return pursuit_database_run (database, statement, error);
}

static gboolean
touch_document (PursuitDatabase  *database,
                gint64            document_id,
                gint64            now,
                GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database, "UPDATE documents SET updated_at = ? WHERE id = ?",
                                                      error);

  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, now);
  sqlite3_bind_int64 (statement, 2, document_id);
  return pursuit_database_run (database, statement, error);
}

/* Documents */

static PursuitDocument *
read_document (sqlite3_stmt *statement)
{
  PursuitDocument *document = pursuit_document_new (sqlite3_column_int (statement, 2),
                                                    pursuit_database_column_text (statement, 3));

  document->id = sqlite3_column_int64 (statement, 0);
  pursuit_document_set_text (&document->uuid, pursuit_database_column_text (statement, 1));
  pursuit_document_set_text (&document->tags, pursuit_database_column_text (statement, 4));
  pursuit_document_set_text (&document->notes, pursuit_database_column_text (statement, 5));
  document->created_at = sqlite3_column_int64 (statement, 6);
  document->updated_at = sqlite3_column_int64 (statement, 7);
  document->n_versions = sqlite3_column_int (statement, 8);
  document->latest_number = sqlite3_column_int (statement, 9);
  pursuit_document_set_text (&document->latest_date, pursuit_database_column_text (statement, 10));
  document->n_jobs = sqlite3_column_int (statement, 11);
  document->latest_version_id = sqlite3_column_int64 (statement, 12);
  return document;
}

#define DOCUMENT_SELECT \
  "SELECT d.id, d.uuid, d.kind, d.name, d.tags, d.notes, d.created_at, d.updated_at, " \
  "(SELECT count (*) FROM document_versions v WHERE v.document_id = d.id), " \
  "(SELECT max (number) FROM document_versions v WHERE v.document_id = d.id), " \
  "(SELECT date FROM document_versions v WHERE v.document_id = d.id ORDER BY number DESC LIMIT 1), " \
  "(SELECT count (DISTINCT jd.job_id) FROM job_documents jd " \
  "  JOIN document_versions v ON v.id = jd.version_id JOIN jobs j ON j.id = jd.job_id " \
  "  WHERE v.document_id = d.id AND jd.sent_on IS NOT NULL AND j.trashed_at IS NULL), " \
  "(SELECT id FROM document_versions v WHERE v.document_id = d.id ORDER BY number DESC LIMIT 1) " \
  "FROM documents d "

static GPtrArray *
read_documents (PursuitDatabase  *database,
                sqlite3_stmt     *statement,
                GError          **error)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  int step;

  while ((step = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    g_ptr_array_add (documents, read_document (statement));
  if (step == 0)
    return NULL;

  sqlite3_reset (statement);
  return g_steal_pointer (&documents);
}

/**
 * pursuit_repository_list_documents:
 *
 * Returns: (transfer full) (element-type PursuitDocument): every document,
 *   by kind then name, with how many versions it has and how many jobs it
 *   went to
 */
GPtrArray *
pursuit_repository_list_documents (PursuitRepository  *self,
                                   GError            **error)
{
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  statement = pursuit_database_prepare (database_of (self),
                                        DOCUMENT_SELECT "ORDER BY d.kind, d.name COLLATE NOCASE, d.id",
                                        error);
  if (statement == NULL)
    return NULL;

  return read_documents (database_of (self), statement, error);
}

/**
 * pursuit_repository_find_document:
 * @id_or_uuid: the document's number or UUID
 *
 * Returns: (transfer full): the document, or %NULL with
 *   %PURSUIT_STORE_ERROR_NOT_FOUND
 */
PursuitDocument *
pursuit_repository_find_document (PursuitRepository  *self,
                                  const char         *id_or_uuid,
                                  GError            **error)
{
  g_autoptr(GPtrArray) found = NULL;
  sqlite3_stmt *statement;
  guint64 id;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (id_or_uuid != NULL, NULL);

  if (g_ascii_string_to_unsigned (id_or_uuid, 10, 1, G_MAXINT64, &id, NULL))
    {
      statement = pursuit_database_prepare (database_of (self), DOCUMENT_SELECT "WHERE d.id = ?", error);
      if (statement == NULL)
        return NULL;
      sqlite3_bind_int64 (statement, 1, (gint64) id);
    }
  else
    {
      statement = pursuit_database_prepare (database_of (self), DOCUMENT_SELECT "WHERE d.uuid = ?", error);
      if (statement == NULL)
        return NULL;
      sqlite3_bind_text (statement, 1, id_or_uuid, -1, SQLITE_TRANSIENT);
    }

  found = read_documents (database_of (self), statement, error);
  if (found == NULL)
    return NULL;

  if (found->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("There is no document %s"), id_or_uuid);

      set_not_found (error, message);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * pursuit_repository_find_document_by_name:
 *
 * Names are compared without case and surrounding spaces.
 *
 * Returns: (transfer full) (nullable): the document of @kind called
 *   @name, or %NULL (without an error) when there is none
 */
PursuitDocument *
pursuit_repository_find_document_by_name (PursuitRepository    *self,
                                          PursuitDocumentKind   kind,
                                          const char           *name,
                                          GError              **error)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autofree char *stripped_name = NULL;
  g_autofree char *wanted = NULL;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  documents = pursuit_repository_list_documents (self, error);
  if (documents == NULL)
    return NULL;

  stripped_name = g_strstrip (g_strdup (name));
  wanted = g_utf8_casefold (stripped_name, -1);
  for (guint i = 0; i < documents->len; i++)
    {
      PursuitDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *stripped = g_strstrip (g_strdup (document->name));
      g_autofree char *folded = g_utf8_casefold (stripped, -1);

      if (document->kind == kind && g_str_equal (folded, wanted))
        return g_object_ref (document);
    }

  g_clear_error (error);
  return NULL;
}

static gboolean
insert_document (PursuitDatabase  *database,
                 PursuitDocument  *document,
                 gint64            now,
                 GError          **error)
{
  g_autofree char *uuid = pursuit_uuid_new ();
  g_autofree char *name = g_strstrip (g_strdup (document->name));
  sqlite3_stmt *statement;

  statement = pursuit_database_prepare (database,
                                        "INSERT INTO documents (uuid, kind, name, tags, notes, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 2, document->kind);
  sqlite3_bind_text (statement, 3, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 4, document->tags, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 5, document->notes, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 6, now);
  sqlite3_bind_int64 (statement, 7, now);
  if (!pursuit_database_run (database, statement, error))
    return FALSE;

  document->id = pursuit_database_last_insert_id (database);
  pursuit_document_set_text (&document->uuid, uuid);
  pursuit_document_set_text (&document->name, name);
  document->created_at = now;
  document->updated_at = now;
  return TRUE;
}

/* Reads one integer from a query with one integer parameter; @found says
 * whether there was a row. */
static gboolean
query_int64 (PursuitDatabase  *database,
             const char       *sql,
             gint64            parameter,
             gint64           *value,
             gboolean         *found,
             GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database, sql, error);
  int step;

  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, parameter);
  step = pursuit_database_step (database, statement, error);
  if (step == 0)
    return FALSE;

  *found = step == SQLITE_ROW;
  *value = *found ? sqlite3_column_int64 (statement, 0) : 0;
  sqlite3_reset (statement);
  return TRUE;
}

static gboolean
check_version_values (PursuitDocumentVersion  *version,
                      gint64                   size,
                      GError                 **error)
{
  if (size > PURSUIT_DOCUMENT_MAX_SIZE)
    {
      g_autofree char *limit = g_format_size (PURSUIT_DOCUMENT_MAX_SIZE);
      g_autofree char *actual = g_format_size (size);

      g_set_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_TOO_LARGE,
                   _("The file is %s; Pursuit keeps files of up to %s. Save a smaller copy "
                     "(fewer or smaller pictures) and add that."),
                   actual, limit);
      return FALSE;
    }

  if (version->format > PURSUIT_DOCUMENT_FORMAT_LAST)
    {
      g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_UNSUPPORTED,
                           _("Unknown kind of file"));
      return FALSE;
    }

  if ((version->text != NULL && !g_utf8_validate (version->text, -1, NULL)) ||
      !g_utf8_validate (version->note, -1, NULL) || !g_utf8_validate (version->file_name, -1, NULL))
    {
      g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_INVALID,
                           _("The text is not valid UTF-8"));
      return FALSE;
    }

  if (version->date[0] != '\0' && !pursuit_is_valid_date (version->date))
    {
      g_set_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD"), version->date);
      return FALSE;
    }

  return TRUE;
}

/**
 * pursuit_repository_add_version:
 * @document: the document to add to; one with no id is made first, from
 *   its kind, name, tags and notes, and then carries its id and UUID
 * @version: the new version's date (today when empty), note, format, file
 *   name and text; on success it carries its id, number, size and hash
 * @file: the file's bytes, at most %PURSUIT_DOCUMENT_MAX_SIZE
 * @thumbnail: (nullable): a PNG of its first page
 *
 * Saves a version whole or not at all: the document, the version, its file
 * and its picture go in one transaction.
 */
gboolean
pursuit_repository_add_version (PursuitRepository       *self,
                                PursuitDocument         *document,
                                PursuitDocumentVersion  *version,
                                GBytes                  *file,
                                GBytes                  *thumbnail,
                                gint64                   now,
                                GError                 **error)
{
  PursuitDatabase *database;
  g_autofree char *sha256 = NULL;
  g_autofree char *date = NULL;
  gboolean new_document;
  sqlite3_stmt *statement;
  gint64 number = 0;
  gboolean found = FALSE;
  gint64 version_id;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_VERSION (version), FALSE);
  g_return_val_if_fail (file != NULL, FALSE);

  database = database_of (self);
  new_document = document->id == 0;
  if ((new_document && !pursuit_document_validate (document, error)) ||
      !check_version_values (version, g_bytes_get_size (file), error))
    return FALSE;

  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, file);
  date = version->date[0] != '\0' ? g_strdup (version->date) : date_of (now);

  if (!pursuit_database_begin (database, error))
    return FALSE;

  if (new_document)
    {
      if (!insert_document (database, document, now, error))
        goto failed;
    }
  else
    {
      if (!query_int64 (database, "SELECT id FROM documents WHERE id = ?", document->id,
                        &number, &found, error))
        goto failed;
      if (!found)
        {
          set_not_found (error, _("The document no longer exists"));
          goto failed;
        }
      if (!touch_document (database, document->id, now, error))
        goto failed;
    }

  if (!run_with_id (database, "UPDATE documents SET last_number = last_number + 1 WHERE id = ?",
                    document->id, error) ||
      !query_int64 (database, "SELECT last_number FROM documents WHERE id = ?",
                    document->id, &number, &found, error))
    goto failed;

  statement = pursuit_database_prepare (database,
                                        "INSERT INTO document_versions (document_id, number, date, note, format, "
                                        "file_name, size, sha256, text_edited, created_at, updated_at, text) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                        error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_int64 (statement, 1, document->id);
  sqlite3_bind_int64 (statement, 2, number);
  sqlite3_bind_text (statement, 3, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 4, version->note, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 5, version->format);
  sqlite3_bind_text (statement, 6, version->file_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 7, (gint64) g_bytes_get_size (file));
  sqlite3_bind_text (statement, 8, sha256, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 9, version->text_edited != FALSE);
  sqlite3_bind_int64 (statement, 10, now);
  sqlite3_bind_int64 (statement, 11, now);
  sqlite3_bind_text (statement, 12, version->text != NULL ? version->text : "", -1, SQLITE_TRANSIENT);
  if (!pursuit_database_run (database, statement, error))
    goto failed;

  version_id = pursuit_database_last_insert_id (database);

  statement = pursuit_database_prepare (database,
                                        "INSERT INTO document_files (version_id, content) VALUES (?, ?)", error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_int64 (statement, 1, version_id);
  sqlite3_bind_blob64 (statement, 2, g_bytes_get_data (file, NULL), g_bytes_get_size (file), SQLITE_STATIC);
  if (!pursuit_database_run (database, statement, error))
    goto failed;

  if (thumbnail != NULL && g_bytes_get_size (thumbnail) > 0)
    {
      statement = pursuit_database_prepare (database,
                                            "INSERT INTO document_thumbnails (version_id, png) VALUES (?, ?)", error);
      if (statement == NULL)
        goto failed;

      sqlite3_bind_int64 (statement, 1, version_id);
      sqlite3_bind_blob64 (statement, 2, g_bytes_get_data (thumbnail, NULL), g_bytes_get_size (thumbnail),
                           SQLITE_STATIC);
      if (!pursuit_database_run (database, statement, error))
        goto failed;
    }

  if (!pursuit_database_commit (database, error))
    goto failed;

  version->id = version_id;
  version->document_id = document->id;
  version->number = (int) number;
  version->size = (gint64) g_bytes_get_size (file);
  pursuit_document_set_text (&version->sha256, sha256);
  pursuit_document_set_text (&version->date, date);
  pursuit_document_set_text (&version->document_name, document->name);
  version->document_kind = document->kind;
  version->has_thumbnail = thumbnail != NULL && g_bytes_get_size (thumbnail) > 0;
  version->created_at = now;
  version->updated_at = now;
  return TRUE;

failed:
  pursuit_database_rollback (database);
  if (new_document)
    {
      document->id = 0;
      pursuit_document_set_text (&document->uuid, "");
    }
  return FALSE;
}

static PursuitDocumentVersion *
read_version (sqlite3_stmt *statement)
{
  PursuitDocumentVersion *version = pursuit_document_version_new (sqlite3_column_int (statement, 5));

  version->id = sqlite3_column_int64 (statement, 0);
  version->document_id = sqlite3_column_int64 (statement, 1);
  version->number = sqlite3_column_int (statement, 2);
  pursuit_document_set_text (&version->date, pursuit_database_column_text (statement, 3));
  pursuit_document_set_text (&version->note, pursuit_database_column_text (statement, 4));
  pursuit_document_set_text (&version->file_name, pursuit_database_column_text (statement, 6));
  version->size = sqlite3_column_int64 (statement, 7);
  pursuit_document_set_text (&version->sha256, pursuit_database_column_text (statement, 8));
  version->text_edited = sqlite3_column_int (statement, 9) != 0;
  version->created_at = sqlite3_column_int64 (statement, 10);
  version->updated_at = sqlite3_column_int64 (statement, 11);
  version->has_thumbnail = sqlite3_column_int (statement, 12) != 0;
  pursuit_document_set_text (&version->document_name, pursuit_database_column_text (statement, 13));
  version->document_kind = sqlite3_column_int (statement, 14);
  return version;
}

static PursuitDocumentLink *
read_link (sqlite3_stmt *statement)
{
  PursuitDocumentLink *link = pursuit_document_link_new ();

  link->id = sqlite3_column_int64 (statement, 0);
  link->job_id = sqlite3_column_int64 (statement, 1);
  link->version_id = sqlite3_column_int64 (statement, 2);
  link->document_id = sqlite3_column_int64 (statement, 3);
  pursuit_document_set_text (&link->document_name, pursuit_database_column_text (statement, 4));
  link->document_kind = sqlite3_column_int (statement, 5);
  link->version_number = sqlite3_column_int (statement, 6);
  pursuit_document_set_text (&link->version_date, pursuit_database_column_text (statement, 7));
  pursuit_document_set_text (&link->sent_on, pursuit_database_column_text (statement, 8));
  pursuit_document_set_text (&link->sha256, pursuit_database_column_text (statement, 9));
  link->linked_at = sqlite3_column_int64 (statement, 10);
  pursuit_document_set_text (&link->job_title, pursuit_database_column_text (statement, 11));
  pursuit_document_set_text (&link->job_company, pursuit_database_column_text (statement, 12));
  link->stage_id = sqlite3_column_int64 (statement, 13);
  link->stage_kind = sqlite3_column_int (statement, 14);
  return link;
}

static GPtrArray *
read_links (PursuitDatabase  *database,
            sqlite3_stmt     *statement,
            GError          **error)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_object_unref);
  int step;

  while ((step = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    g_ptr_array_add (links, read_link (statement));
  if (step == 0)
    return NULL;

  sqlite3_reset (statement);
  return g_steal_pointer (&links);
}

/**
 * pursuit_repository_list_document_links:
 *
 * Returns: (transfer full) (element-type PursuitDocumentLink): the jobs
 *   (not in the trash) that use or were sent a version of the document,
 *   newest version first, the latest sent first
 */
GPtrArray *
pursuit_repository_list_document_links (PursuitRepository  *self,
                                        gint64              document_id,
                                        GError            **error)
{
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  statement = pursuit_database_prepare (database_of (self),
                                        LINK_SELECT "WHERE v.document_id = ? AND j.trashed_at IS NULL "
                                        "ORDER BY v.number DESC, jd.sent_on DESC, jd.id DESC",
                                        error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, document_id);
  return read_links (database_of (self), statement, error);
}

/* Counts, for each version of @versions, the jobs it was sent to and how
 * many of them answered. */
static gboolean
count_sent (PursuitRepository  *self,
            GPtrArray          *versions,
            gint64              document_id,
            GError            **error)
{
  g_autoptr(GPtrArray) links = pursuit_repository_list_document_links (self, document_id, error);

  if (links == NULL)
    return FALSE;

  for (guint i = 0; i < versions->len; i++)
    {
      PursuitDocumentVersion *version = g_ptr_array_index (versions, i);

      version->n_jobs = version->n_replied = 0;
      for (guint j = 0; j < links->len; j++)
        {
          PursuitDocumentLink *link = g_ptr_array_index (links, j);

          if (link->version_id != version->id || !pursuit_document_link_is_sent (link))
            continue;
          version->n_jobs++;
          if (pursuit_stage_kind_has_reply (link->stage_kind))
            version->n_replied++;
        }
    }
  return TRUE;
}

/**
 * pursuit_repository_list_versions:
 *
 * Returns: (transfer full) (element-type PursuitDocumentVersion): the
 *   document's versions, newest first, without their text
 */
GPtrArray *
pursuit_repository_list_versions (PursuitRepository  *self,
                                  gint64              document_id,
                                  GError            **error)
{
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *statement;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  statement = pursuit_database_prepare (database_of (self),
                                        "SELECT " VERSION_COLUMNS " FROM document_versions v "
                                        "JOIN documents d ON d.id = v.document_id "
                                        "WHERE v.document_id = ? ORDER BY v.number DESC",
                                        error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, document_id);
  while ((step = pursuit_database_step (database_of (self), statement, error)) == SQLITE_ROW)
    g_ptr_array_add (versions, read_version (statement));
  if (step == 0)
    return NULL;
  sqlite3_reset (statement);

  if (!count_sent (self, versions, document_id, error))
    return NULL;

  return g_steal_pointer (&versions);
}

/**
 * pursuit_repository_find_version:
 *
 * Returns: (transfer full): the version with its text, or %NULL with
 *   %PURSUIT_STORE_ERROR_NOT_FOUND
 */
PursuitDocumentVersion *
pursuit_repository_find_version (PursuitRepository  *self,
                                 gint64              version_id,
                                 GError            **error)
{
  g_autoptr(PursuitDocumentVersion) version = NULL;
  g_autoptr(GPtrArray) alone = NULL;
  sqlite3_stmt *statement;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  statement = pursuit_database_prepare (database_of (self),
                                        "SELECT " VERSION_COLUMNS ", v.text FROM document_versions v "
                                        "JOIN documents d ON d.id = v.document_id WHERE v.id = ?",
                                        error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, version_id);
  step = pursuit_database_step (database_of (self), statement, error);
  if (step == 0)
    return NULL;

  if (step == SQLITE_ROW)
    {
      version = read_version (statement);
      version->text = g_strdup (pursuit_database_column_text (statement, N_VERSION_COLUMNS));
    }
  sqlite3_reset (statement);

  if (version == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("There is no document version %" PRId64), version_id);

      set_not_found (error, message);
      return NULL;
    }

  alone = g_ptr_array_new ();
  g_ptr_array_add (alone, version);
  if (!count_sent (self, alone, version->document_id, error))
    return NULL;

  return g_steal_pointer (&version);
}

static GBytes *
read_blob (PursuitDatabase  *database,
           const char       *sql,
           gint64            version_id,
           gboolean         *found,
           GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database, sql, error);
  GBytes *bytes = NULL;
  int step;

  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, version_id);
  step = pursuit_database_step (database, statement, error);
  if (step == 0)
    return NULL;

  *found = step == SQLITE_ROW;
  if (*found)
    bytes = g_bytes_new (sqlite3_column_blob (statement, 0), sqlite3_column_bytes (statement, 0));
  sqlite3_reset (statement);
  return bytes;
}

/**
 * pursuit_repository_read_version_file:
 *
 * Returns: (transfer full): the version's file, byte for byte as imported
 */
GBytes *
pursuit_repository_read_version_file (PursuitRepository  *self,
                                      gint64              version_id,
                                      GError            **error)
{
  gboolean found = FALSE;
  GBytes *bytes;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  bytes = read_blob (database_of (self), "SELECT content FROM document_files WHERE version_id = ?",
                     version_id, &found, error);
  if (bytes == NULL && found == FALSE && (error == NULL || *error == NULL))
    set_not_found (error, _("The version’s file is missing"));
  return bytes;
}

/**
 * pursuit_repository_read_version_thumbnail:
 *
 * Returns: (transfer full) (nullable): the PNG of the version's first
 *   page, or %NULL without an error when it has none
 */
GBytes *
pursuit_repository_read_version_thumbnail (PursuitRepository  *self,
                                           gint64              version_id,
                                           GError            **error)
{
  gboolean found = FALSE;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  return read_blob (database_of (self), "SELECT png FROM document_thumbnails WHERE version_id = ?",
                    version_id, &found, error);
}

/* Fails with %PURSUIT_DOCUMENT_ERROR_FROZEN, saying where it went, when a
 * job (in the trash or not: it may come back) recorded the version as sent. */
static gboolean
check_not_sent (PursuitRepository  *self,
                gint64              version_id,
                GError            **error)
{
  sqlite3_stmt *statement;
  int step;

  statement = pursuit_database_prepare (database_of (self),
                                        LINK_SELECT "WHERE jd.version_id = ? AND jd.sent_on IS NOT NULL "
                                        "ORDER BY jd.sent_on, jd.id LIMIT 1",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, version_id);
  step = pursuit_database_step (database_of (self), statement, error);
  if (step == 0)
    return FALSE;

  if (step == SQLITE_ROW)
    {
      g_autoptr(PursuitDocumentLink) link = read_link (statement);

      sqlite3_reset (statement);
      g_set_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_FROZEN,
                   _("v%d of “%s” was sent to %s (%s) on %s, so it stays as it was sent. "
                     "Add a new version instead."),
                   link->version_number, link->document_name, link->job_company, link->job_title,
                   link->sent_on);
      return FALSE;
    }

  sqlite3_reset (statement);
  return TRUE;
}

/**
 * pursuit_repository_update_version:
 * @version: the version's id with its new date, note and text; a text or
 *   Markdown version's file is its text, so it changes with it
 *
 * Fails with %PURSUIT_DOCUMENT_ERROR_FROZEN for a version a job was sent.
 */
gboolean
pursuit_repository_update_version (PursuitRepository       *self,
                                   PursuitDocumentVersion  *version,
                                   gint64                   now,
                                   GError                 **error)
{
  g_autoptr(PursuitDocumentVersion) stored = NULL;
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  gboolean text_is_file;
  gboolean text_changed;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_VERSION (version), FALSE);

  database = database_of (self);
  if (!check_version_values (version, 0, error))
    return FALSE;

  if (!pursuit_database_begin (database, error))
    return FALSE;

  stored = pursuit_repository_find_version (self, version->id, error);
  if (stored == NULL || !check_not_sent (self, version->id, error))
    goto failed;

  text_is_file = stored->format == PURSUIT_DOCUMENT_FORMAT_TEXT || stored->format == PURSUIT_DOCUMENT_FORMAT_MARKDOWN;
  text_changed = version->text != NULL && g_strcmp0 (version->text, stored->text) != 0;

  statement = pursuit_database_prepare (database,
                                        "UPDATE document_versions SET date = ?, note = ?, text = ?, "
                                        "text_edited = ?, updated_at = ? WHERE id = ?",
                                        error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_text (statement, 1, version->date[0] != '\0' ? version->date : stored->date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, version->note, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, version->text != NULL ? version->text : stored->text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 4, stored->text_edited || (text_changed && !text_is_file));
  sqlite3_bind_int64 (statement, 5, now);
  sqlite3_bind_int64 (statement, 6, version->id);
  if (!pursuit_database_run (database, statement, error))
    goto failed;

  if (text_changed && text_is_file)
    {
      g_autofree char *sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, version->text, -1);
      gsize size = strlen (version->text);

      statement = pursuit_database_prepare (database,
                                            "UPDATE document_files SET content = ? WHERE version_id = ?", error);
      if (statement == NULL)
        goto failed;
      sqlite3_bind_blob64 (statement, 1, version->text, size, SQLITE_STATIC);
      sqlite3_bind_int64 (statement, 2, version->id);
      if (!pursuit_database_run (database, statement, error))
        goto failed;

      statement = pursuit_database_prepare (database,
                                            "UPDATE document_versions SET size = ?, sha256 = ? WHERE id = ?", error);
      if (statement == NULL)
        goto failed;
      sqlite3_bind_int64 (statement, 1, (gint64) size);
      sqlite3_bind_text (statement, 2, sha256, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (statement, 3, version->id);
      if (!pursuit_database_run (database, statement, error))
        goto failed;
    }

  if (!touch_document (database, stored->document_id, now, error) ||
      !pursuit_database_commit (database, error))
    goto failed;

  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/**
 * pursuit_repository_delete_version:
 *
 * Deletes a version no job was sent, with its file; jobs that only meant to
 * use it no longer do. Its document goes with its last version. Fails with
 * %PURSUIT_DOCUMENT_ERROR_FROZEN for a version a job was sent.
 */
gboolean
pursuit_repository_delete_version (PursuitRepository  *self,
                                   gint64              version_id,
                                   GError            **error)
{
  g_autoptr(PursuitDocumentVersion) stored = NULL;
  PursuitDatabase *database;
  gint64 remaining = 0;
  gboolean found = FALSE;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  database = database_of (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  stored = pursuit_repository_find_version (self, version_id, error);
  if (stored == NULL || !check_not_sent (self, version_id, error))
    goto failed;

  if (!run_with_id (database, "DELETE FROM job_documents WHERE version_id = ?", version_id, error) ||
      !run_with_id (database, "DELETE FROM document_versions WHERE id = ?", version_id, error) ||
      !query_int64 (database, "SELECT count (*) FROM document_versions WHERE document_id = ?",
                    stored->document_id, &remaining, &found, error))
    goto failed;

  if (remaining == 0 && !run_with_id (database, "DELETE FROM documents WHERE id = ?", stored->document_id, error))
    goto failed;

  if (!pursuit_database_commit (database, error))
    goto failed;

  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/**
 * pursuit_repository_update_document:
 *
 * Saves the document's kind, name, tags and notes. Its versions, sent or
 * not, stay as they are.
 */
gboolean
pursuit_repository_update_document (PursuitRepository  *self,
                                    PursuitDocument    *document,
                                    gint64              now,
                                    GError            **error)
{
  g_autofree char *name = NULL;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (document), FALSE);

  if (!pursuit_document_validate (document, error))
    return FALSE;

  name = g_strstrip (g_strdup (document->name));
  statement = pursuit_database_prepare (database_of (self),
                                        "UPDATE documents SET kind = ?, name = ?, tags = ?, notes = ?, "
                                        "updated_at = ? WHERE id = ?",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int (statement, 1, document->kind);
  sqlite3_bind_text (statement, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, document->tags, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 4, document->notes, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 5, now);
  sqlite3_bind_int64 (statement, 6, document->id);
  if (!pursuit_database_run (database_of (self), statement, error))
    return FALSE;

  if (pursuit_database_changes (database_of (self)) == 0)
    {
      set_not_found (error, _("The document no longer exists"));
      return FALSE;
    }
  return TRUE;
}

/**
 * pursuit_repository_delete_document:
 *
 * Deletes a document and all its versions, unless one of them was sent
 * (%PURSUIT_DOCUMENT_ERROR_FROZEN).
 */
gboolean
pursuit_repository_delete_document (PursuitRepository  *self,
                                    gint64              document_id,
                                    GError            **error)
{
  g_autoptr(GPtrArray) versions = NULL;
  PursuitDatabase *database;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  database = database_of (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  versions = pursuit_repository_list_versions (self, document_id, error);
  if (versions == NULL)
    goto failed;

  for (guint i = 0; i < versions->len; i++)
    {
      PursuitDocumentVersion *version = g_ptr_array_index (versions, i);

      if (!check_not_sent (self, version->id, error) ||
          !run_with_id (database, "DELETE FROM job_documents WHERE version_id = ?", version->id, error))
        goto failed;
    }

  if (!run_with_id (database, "DELETE FROM documents WHERE id = ?", document_id, error) ||
      !pursuit_database_commit (database, error))
    goto failed;

  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/**
 * pursuit_repository_search_documents:
 *
 * Full-text search over the documents' names, tags, notes and every
 * version's text, each word as the start of a word.
 *
 * Returns: (transfer full) (element-type gint64): the ids of the matching
 *   documents, ascending
 */
GArray *
pursuit_repository_search_documents (PursuitRepository  *self,
                                     const char         *query,
                                     GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  return pursuit_repository_search_ids (self,
                                        "SELECT DISTINCT document_id FROM document_versions WHERE id IN "
                                        "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?1) "
                                        "ORDER BY document_id",
                                        query, error);
}

/* What jobs use and sent */

static gboolean
touch_job (PursuitDatabase  *database,
           gint64            job_id,
           gint64            now,
           GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database, "UPDATE jobs SET updated_at = ? WHERE id = ?", error);

  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, now);
  sqlite3_bind_int64 (statement, 2, job_id);
  return pursuit_database_run (database, statement, error);
}

/* The job uses the version (again: no change if it did). */
static gboolean
insert_link (PursuitDatabase  *database,
             gint64            job_id,
             gint64            version_id,
             gint64            now,
             GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database,
                                                      "INSERT OR IGNORE INTO job_documents (job_id, version_id, "
                                                      "linked_at) VALUES (?, ?, ?)",
                                                      error);

  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, job_id);
  sqlite3_bind_int64 (statement, 2, version_id);
  sqlite3_bind_int64 (statement, 3, now);
  return pursuit_database_run (database, statement, error);
}

/* Records as sent every version the job uses and has not sent yet, on
 * @sent_on, or on the job's date applied (today if it has none). */
static gboolean
record_sent (PursuitDatabase  *database,
             gint64            job_id,
             gint64            version_id,
             const char       *sent_on,
             gint64            now,
             GError          **error)
{
  g_autofree char *today = date_of (now);
  sqlite3_stmt *statement;

  statement = pursuit_database_prepare (database,
                                        "UPDATE job_documents SET "
                                        "  sent_on = coalesce (?1, (SELECT nullif (applied_on, '') FROM jobs WHERE id = ?2), ?3), "
                                        "  sha256 = (SELECT sha256 FROM document_versions WHERE id = version_id) "
                                        "WHERE job_id = ?2 AND sent_on IS NULL AND (?4 = 0 OR version_id = ?4)",
                                        error);
  if (statement == NULL)
    return FALSE;

  if (sent_on != NULL && sent_on[0] != '\0')
    sqlite3_bind_text (statement, 1, sent_on, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (statement, 1);
  sqlite3_bind_int64 (statement, 2, job_id);
  sqlite3_bind_text (statement, 3, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 4, version_id);
  return pursuit_database_run (database, statement, error);
}

/* Within the caller's transaction: the job just moved past applying. */
gboolean
pursuit_repository_send_linked_documents (PursuitDatabase  *database,
                                          gint64            job_id,
                                          gint64            now,
                                          GError          **error)
{
  return record_sent (database, job_id, 0, NULL, now, error);
}

static gboolean
job_is_past_applying (PursuitDatabase  *database,
                      gint64            job_id,
                      gboolean         *past,
                      GError          **error)
{
  gint64 kind = 0;
  gboolean found = FALSE;

  if (!query_int64 (database,
                    "SELECT stages.kind FROM jobs JOIN stages ON stages.id = jobs.stage_id "
                    "WHERE jobs.id = ? AND trashed_at IS NULL",
                    job_id, &kind, &found, error))
    return FALSE;

  if (!found)
    {
      set_not_found (error, _("The job no longer exists"));
      return FALSE;
    }

  *past = kind != PURSUIT_STAGE_KIND_WISHLIST && kind != PURSUIT_STAGE_KIND_WITHDRAWN;
  return TRUE;
}

/**
 * pursuit_repository_link_version:
 *
 * The job uses this version. It takes the place of another version of the
 * same document that the job has not sent. A job that has already applied
 * is recorded as having sent it, on its date applied.
 */
gboolean
pursuit_repository_link_version (PursuitRepository  *self,
                                 gint64              job_id,
                                 gint64              version_id,
                                 gint64              now,
                                 GError            **error)
{
  g_autoptr(PursuitDocumentVersion) version = NULL;
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  gboolean past = FALSE;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  database = database_of (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  version = pursuit_repository_find_version (self, version_id, error);
  if (version == NULL || !job_is_past_applying (database, job_id, &past, error))
    goto failed;

  statement = pursuit_database_prepare (database,
                                        "DELETE FROM job_documents WHERE job_id = ?1 AND sent_on IS NULL "
                                        "AND version_id <> ?2 AND version_id IN "
                                        "(SELECT id FROM document_versions WHERE document_id = ?3)",
                                        error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_int64 (statement, 1, job_id);
  sqlite3_bind_int64 (statement, 2, version_id);
  sqlite3_bind_int64 (statement, 3, version->document_id);
  if (!pursuit_database_run (database, statement, error))
    goto failed;

  if (!insert_link (database, job_id, version_id, now, error))
    goto failed;

  if ((past && !record_sent (database, job_id, version_id, NULL, now, error)) ||
      !touch_job (database, job_id, now, error) ||
      !pursuit_database_commit (database, error))
    goto failed;

  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/**
 * pursuit_repository_unlink_version:
 *
 * The job no longer means to use the version. What a job was sent stays
 * (%PURSUIT_DOCUMENT_ERROR_FROZEN).
 */
gboolean
pursuit_repository_unlink_version (PursuitRepository  *self,
                                   gint64              job_id,
                                   gint64              version_id,
                                   gint64              now,
                                   GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  gint64 sent = 0;
  gboolean found = FALSE;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  database = database_of (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  statement = pursuit_database_prepare (database,
                                        "SELECT sent_on IS NOT NULL FROM job_documents "
                                        "WHERE job_id = ? AND version_id = ?",
                                        error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_int64 (statement, 1, job_id);
  sqlite3_bind_int64 (statement, 2, version_id);
  switch (pursuit_database_step (database, statement, error))
    {
    case SQLITE_ROW:
      found = TRUE;
      sent = sqlite3_column_int64 (statement, 0);
      sqlite3_reset (statement);
      break;
    case SQLITE_DONE:
      sqlite3_reset (statement);
      break;
    default:
      goto failed;
    }

  if (!found)
    {
      pursuit_database_rollback (database);
      return TRUE;
    }

  if (sent)
    {
      g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_FROZEN,
                           _("This version was sent to the job; the record of what was sent stays."));
      goto failed;
    }

  statement = pursuit_database_prepare (database,
                                        "DELETE FROM job_documents WHERE job_id = ? AND version_id = ?", error);
  if (statement == NULL)
    goto failed;
  sqlite3_bind_int64 (statement, 1, job_id);
  sqlite3_bind_int64 (statement, 2, version_id);
  if (!pursuit_database_run (database, statement, error) ||
      !touch_job (database, job_id, now, error) ||
      !pursuit_database_commit (database, error))
    goto failed;

  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/**
 * pursuit_repository_send_version:
 * @version_id: the version sent, or 0 for every version the job uses and
 *   has not sent
 * @sent_on: (nullable): when, "YYYY-MM-DD"; %NULL or "" for the job's
 *   date applied, or today when it has none
 *
 * Records the exact version the job was sent, with its hash, and so
 * freezes it. A version the job did not use yet is linked first.
 */
gboolean
pursuit_repository_send_version (PursuitRepository  *self,
                                 gint64              job_id,
                                 gint64              version_id,
                                 const char         *sent_on,
                                 gint64              now,
                                 GError            **error)
{
  g_autoptr(PursuitDocumentVersion) version = NULL;
  PursuitDatabase *database;
  gboolean past = FALSE;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  if (sent_on != NULL && sent_on[0] != '\0' && !pursuit_is_valid_date (sent_on))
    {
      g_set_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_INVALID,
                   _("“%s” is not a date; write it as YYYY-MM-DD"), sent_on);
      return FALSE;
    }

  database = database_of (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  if (!job_is_past_applying (database, job_id, &past, error))
    goto failed;

  if (version_id != 0)
    {
      version = pursuit_repository_find_version (self, version_id, error);
      if (version == NULL || !insert_link (database, job_id, version_id, now, error))
        goto failed;
    }

  if (!record_sent (database, job_id, version_id, sent_on, now, error) ||
      !touch_job (database, job_id, now, error) ||
      !pursuit_database_commit (database, error))
    goto failed;

  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/**
 * pursuit_repository_list_job_documents:
 *
 * Returns: (transfer full) (element-type PursuitDocumentLink): the versions
 *   the job uses or was sent, by kind of document then name
 */
GPtrArray *
pursuit_repository_list_job_documents (PursuitRepository  *self,
                                       gint64              job_id,
                                       GError            **error)
{
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  statement = pursuit_database_prepare (database_of (self),
                                        LINK_SELECT "WHERE jd.job_id = ? "
                                        "ORDER BY d.kind, d.name COLLATE NOCASE, v.number",
                                        error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, job_id);
  return read_links (database_of (self), statement, error);
}
