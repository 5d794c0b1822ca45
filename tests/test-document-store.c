/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pursuit-document.h"
#include "pursuit-error.h"
#include "pursuit-migrations.h"
#include "pursuit-repository.h"
#include "pursuit-repository-documents.h"
#include "pursuit-repository-people.h"

/* Documents, versions, what jobs sent, prep notes and portal logins in the
 * repository, on throw-away databases; and the upgrade to schema 8. */

typedef struct
{
  char *dir;
  char *path;
  PursuitRepository *repository;
} Fixture;

/* 2026-03-02 12:00 UTC; the tests run with TZ=UTC. */
#define NOW G_GINT64_CONSTANT (1772452800)
#define DAY (24 * 60 * 60)

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("pursuit-documents-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  fixture->repository = pursuit_repository_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->repository);
  remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static PursuitJob *
add_job (Fixture    *fixture,
         const char *company,
         const char *stage_kind)
{
  g_autoptr(GError) error = NULL;
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_company (job, company);
  pursuit_job_set_title (job, "Support Specialist");
  pursuit_job_set_stage (job, pursuit_repository_find_stage (fixture->repository, stage_kind));
  g_assert_true (pursuit_repository_insert_job (fixture->repository, job, NOW - 10 * DAY, &error));
  g_assert_no_error (error);
  return job;
}

static PursuitDocumentVersion *
add_version (Fixture             *fixture,
             PursuitDocument     *document,
             const char          *content,
             const char          *note)
{
  g_autoptr(PursuitDocumentVersion) version = pursuit_document_version_new (PURSUIT_DOCUMENT_FORMAT_TEXT);
  g_autoptr(GBytes) file = g_bytes_new (content, strlen (content));
  g_autoptr(GError) error = NULL;

  version->text = g_strdup (content);
  pursuit_document_set_text (&version->note, note);
  pursuit_document_set_text (&version->file_name, "resume.txt");
  g_assert_true (pursuit_repository_add_version (fixture->repository, document, version, file, NULL, NOW, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&version);
}

static int
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  int value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  if (sqlite3_step (statement) == SQLITE_ROW)
    value = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return value;
}

/* What a raw write does, another program's, for instance: the SQLite result. */
static int
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  int result;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  result = sqlite3_exec (db, sql, NULL, NULL, NULL);
  sqlite3_close (db);
  return result;
}

static void
test_versions (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PursuitDocument) document = pursuit_document_new (PURSUIT_DOCUMENT_KIND_RESUME,
                                                              "  Support resume - bilingual ");
  g_autoptr(PursuitDocumentVersion) first = NULL;
  g_autoptr(PursuitDocumentVersion) second = NULL;
  g_autoptr(PursuitDocumentVersion) third = NULL;
  g_autoptr(PursuitDocumentVersion) read = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(PursuitDocument) found = NULL;
  g_autoptr(GBytes) file = NULL;
  g_autoptr(GError) error = NULL;

  first = add_version (fixture, document, "abc", "First draft");
  g_assert_cmpint (document->id, >, 0);
  g_assert_true (g_uuid_string_is_valid (document->uuid));
  g_assert_cmpstr (document->name, ==, "Support resume - bilingual");
  g_assert_cmpint (first->number, ==, 1);
  /* SHA-256 of "abc", from FIPS 180-2, appendix B.1. */
  g_assert_cmpstr (first->sha256, ==, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  g_assert_cmpint (first->size, ==, 3);
  g_assert_cmpstr (first->date, ==, "2026-03-02");

  second = add_version (fixture, document, "Zendesk and ticket queues", "Tools first");
  third = add_version (fixture, document, "Bilingual support in French", NULL);
  g_assert_cmpint (second->number, ==, 2);
  g_assert_cmpint (third->number, ==, 3);

  documents = pursuit_repository_list_documents (fixture->repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, ==, 1);
  found = g_object_ref (g_ptr_array_index (documents, 0));
  g_assert_cmpuint (found->n_versions, ==, 3);
  g_assert_cmpint (found->latest_number, ==, 3);
  g_assert_cmpuint (found->n_jobs, ==, 0);

  versions = pursuit_repository_list_versions (fixture->repository, document->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 3);
  g_assert_cmpint (((PursuitDocumentVersion *) g_ptr_array_index (versions, 0))->number, ==, 3);
  /* Lists leave the text out. */
  g_assert_null (((PursuitDocumentVersion *) g_ptr_array_index (versions, 0))->text);

  read = pursuit_repository_find_version (fixture->repository, second->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->text, ==, "Zendesk and ticket queues");
  g_assert_cmpstr (read->note, ==, "Tools first");
  g_assert_cmpstr (read->document_name, ==, "Support resume - bilingual");

  file = pursuit_repository_read_version_file (fixture->repository, first->id, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (file, NULL), g_bytes_get_size (file), "abc", 3);

  g_clear_object (&found);
  found = pursuit_repository_find_document_by_name (fixture->repository, PURSUIT_DOCUMENT_KIND_RESUME,
                                                    "support RESUME - bilingual", &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (found->id, ==, document->id);
  g_clear_object (&found);
  found = pursuit_repository_find_document_by_name (fixture->repository, PURSUIT_DOCUMENT_KIND_COVER_LETTER,
                                                    "Support resume - bilingual", &error);
  g_assert_no_error (error);
  g_assert_null (found);

  /* An unsent version can be corrected and deleted; the document goes with
   * its last version. */
  pursuit_document_set_text (&first->note, "Corrected");
  g_free (first->text);
  first->text = g_strdup ("abcd");
  g_assert_true (pursuit_repository_update_version (fixture->repository, first, NOW + 1, &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = pursuit_repository_find_version (fixture->repository, first->id, &error);
  g_assert_cmpstr (read->text, ==, "abcd");
  /* A text version's file is its text: it changed, with its hash (SHA-256 of
   * "abcd", worked out with sha256sum). */
  g_assert_cmpstr (read->sha256, ==, "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589");
  g_assert_cmpint (read->size, ==, 4);

  for (guint i = 0; i < versions->len; i++)
    {
      PursuitDocumentVersion *version = g_ptr_array_index (versions, i);

      g_assert_true (pursuit_repository_delete_version (fixture->repository, version->id, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (query_int (fixture->path, "SELECT count (*) FROM documents"), ==, 0);
  g_assert_cmpint (query_int (fixture->path, "SELECT count (*) FROM document_files"), ==, 0);
}

static void
test_freeze (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PursuitJob) job = add_job (fixture, "Acme", "wishlist");
  g_autoptr(PursuitDocument) document = pursuit_document_new (PURSUIT_DOCUMENT_KIND_RESUME, "Support resume");
  g_autoptr(PursuitDocumentVersion) first = add_version (fixture, document, "one", NULL);
  g_autoptr(PursuitDocumentVersion) second = add_version (fixture, document, "two: the one sent", NULL);
  g_autoptr(PursuitDocumentVersion) third = add_version (fixture, document, "three", NULL);
  g_autoptr(PursuitDocumentVersion) fourth = NULL;
  g_autoptr(PursuitDocumentVersion) read = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(PursuitJob) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *job_id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));
  PursuitDocumentLink *link;
  PursuitStage *applied = pursuit_repository_find_stage (fixture->repository, "applied");

  /* Using v1, then v2 instead: one link, not sent. */
  g_assert_true (pursuit_repository_link_version (fixture->repository, pursuit_job_get_id (job), first->id,
                                                  NOW, &error));
  g_assert_true (pursuit_repository_link_version (fixture->repository, pursuit_job_get_id (job), second->id,
                                                  NOW, &error));
  g_assert_no_error (error);
  links = pursuit_repository_list_job_documents (fixture->repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 1);
  link = g_ptr_array_index (links, 0);
  g_assert_cmpint (link->version_id, ==, second->id);
  g_assert_false (pursuit_document_link_is_sent (link));

  /* Not sent yet: still editable. */
  pursuit_document_set_text (&second->note, "Before sending");
  g_assert_true (pursuit_repository_update_version (fixture->repository, second, NOW, &error));
  g_assert_no_error (error);

  /* Applying sends it: the exact version, its hash, the date applied. */
  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (job),
                                              pursuit_stage_get_id (applied), NULL, NOW, &error));
  g_assert_no_error (error);
  g_clear_pointer (&links, g_ptr_array_unref);
  links = pursuit_repository_list_job_documents (fixture->repository, pursuit_job_get_id (job), &error);
  link = g_ptr_array_index (links, 0);
  g_assert_true (pursuit_document_link_is_sent (link));
  g_assert_cmpstr (link->sent_on, ==, "2026-03-02");
  g_assert_cmpstr (link->sha256, ==, second->sha256);
  g_assert_cmpint (link->version_number, ==, 2);

  /* Frozen: no edit, no deletion, in words. */
  pursuit_document_set_text (&second->note, "After sending");
  g_assert_false (pursuit_repository_update_version (fixture->repository, second, NOW, &error));
  g_assert_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_FROZEN);
  g_assert_nonnull (strstr (error->message, "v2 of “Support resume” was sent to Acme"));
  g_assert_nonnull (strstr (error->message, "2026-03-02"));
  g_clear_error (&error);
  g_assert_false (pursuit_repository_delete_version (fixture->repository, second->id, &error));
  g_assert_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_false (pursuit_repository_delete_document (fixture->repository, document->id, &error));
  g_assert_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_FROZEN);
  g_clear_error (&error);
  g_assert_false (pursuit_repository_unlink_version (fixture->repository, pursuit_job_get_id (job), second->id,
                                                     NOW, &error));
  g_assert_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_FROZEN);
  g_clear_error (&error);

  /* Another program's write is stopped by the file itself. */
  g_assert_cmpint (raw_exec (fixture->path, "UPDATE document_versions SET text = 'changed' WHERE number = 2"),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_exec (fixture->path, "UPDATE document_files SET content = x'00' WHERE version_id IN "
                                            "(SELECT id FROM document_versions WHERE number = 2)"),
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (raw_exec (fixture->path, "DELETE FROM document_versions WHERE number = 2"),
                   ==, SQLITE_CONSTRAINT);

  /* The unsent versions are as free as before; a new one follows. */
  g_assert_true (pursuit_repository_delete_version (fixture->repository, third->id, &error));
  g_assert_no_error (error);
  fourth = add_version (fixture, document, "four, edited later", NULL);
  g_assert_cmpint (fourth->number, ==, 4);

  /* The job still has exactly the v2 text, hash and date. */
  read = pursuit_repository_find_version (fixture->repository, link->version_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (read->text, ==, "two: the one sent");
  g_assert_cmpstr (read->sha256, ==, link->sha256);
  g_assert_cmpuint (read->n_jobs, ==, 1);

  reread = pursuit_repository_find_job (fixture->repository, job_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_job_get_n_documents (reread), ==, 1);
  g_assert_false (pursuit_job_needs_documents (reread));

  /* Deleting the job lets go of the version. */
  g_assert_true (pursuit_repository_delete_job (fixture->repository, pursuit_job_get_id (job), &error));
  g_assert_true (pursuit_repository_delete_version (fixture->repository, second->id, &error));
  g_assert_no_error (error);
}

static void
test_send (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(PursuitJob) applied = add_job (fixture, "Beta", "applied");
  g_autoptr(PursuitJob) screening = add_job (fixture, "Gamma", "applied");
  g_autoptr(PursuitJob) wishlist = add_job (fixture, "Delta", "wishlist");
  g_autoptr(PursuitDocument) letter = pursuit_document_new (PURSUIT_DOCUMENT_KIND_COVER_LETTER, "Letter");
  g_autoptr(PursuitDocumentVersion) version = add_version (fixture, letter, "Dear hiring manager", NULL);
  g_autoptr(PursuitDocumentVersion) counted = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sent = NULL;
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (applied));
  g_autoptr(PursuitJob) reread = NULL;
  PursuitDocumentLink *link;

  /* An applied job with nothing recorded is flagged. */
  reread = pursuit_repository_find_job (fixture->repository, id, &error);
  g_assert_true (pursuit_job_needs_documents (reread));
  g_assert_cmpstr (pursuit_job_get_applied_on (reread), ==, "2026-02-20");

  /* Linked after applying: sent on the date applied. */
  g_assert_true (pursuit_repository_link_version (fixture->repository, pursuit_job_get_id (applied), version->id,
                                                  NOW, &error));
  g_assert_no_error (error);
  links = pursuit_repository_list_job_documents (fixture->repository, pursuit_job_get_id (applied), &error);
  link = g_ptr_array_index (links, 0);
  g_assert_cmpstr (link->sent_on, ==, "2026-02-20");

  /* Marked sent with a date given. */
  g_assert_true (pursuit_repository_send_version (fixture->repository, pursuit_job_get_id (screening), version->id,
                                                  "2026-02-25", NOW, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_repository_send_version (fixture->repository, pursuit_job_get_id (screening),
                                                   version->id, "25/02/2026", NOW, &error));
  g_assert_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (pursuit_repository_move_job (fixture->repository, pursuit_job_get_id (screening),
                                              pursuit_stage_get_id (pursuit_repository_find_stage (fixture->repository,
                                                                                                   "screening")),
                                              NULL, NOW, &error));

  /* Marked sent from the wishlist, with no date applied: today. */
  g_assert_true (pursuit_repository_send_version (fixture->repository, pursuit_job_get_id (wishlist), version->id,
                                                  NULL, NOW, &error));
  g_clear_pointer (&links, g_ptr_array_unref);
  links = pursuit_repository_list_job_documents (fixture->repository, pursuit_job_get_id (wishlist), &error);
  g_assert_cmpstr (((PursuitDocumentLink *) g_ptr_array_index (links, 0))->sent_on, ==, "2026-03-02");

  /* Three jobs, one of which answered (screening). */
  counted = pursuit_repository_find_version (fixture->repository, version->id, &error);
  g_assert_cmpuint (counted->n_jobs, ==, 3);
  g_assert_cmpuint (counted->n_replied, ==, 1);
  sent = pursuit_document_version_describe_sent (counted);
  g_assert_cmpstr (sent, ==, "v1 went to 3 jobs, 1 replied");

  g_clear_pointer (&links, g_ptr_array_unref);
  links = pursuit_repository_list_document_links (fixture->repository, letter->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 3);
}

static void
test_size_limit (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PursuitDocument) document = pursuit_document_new (PURSUIT_DOCUMENT_KIND_PORTFOLIO, "Portfolio");
  g_autoptr(PursuitDocumentVersion) version = pursuit_document_version_new (PURSUIT_DOCUMENT_FORMAT_PDF);
  g_autofree char *big = g_malloc0 (PURSUIT_DOCUMENT_MAX_SIZE + 1);
  g_autoptr(GBytes) file = g_bytes_new_take (g_steal_pointer (&big), PURSUIT_DOCUMENT_MAX_SIZE + 1);
  g_autoptr(GBytes) exact = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (pursuit_repository_add_version (fixture->repository, document, version, file, NULL, NOW, &error));
  g_assert_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_TOO_LARGE);
  /* g_format_size() puts a no-break space before the unit. */
  g_assert_nonnull (strstr (error->message, "20.0\u00a0MB"));
  g_clear_error (&error);
  g_assert_cmpint (document->id, ==, 0);
  g_assert_cmpint (query_int (fixture->path, "SELECT count (*) FROM documents"), ==, 0);

  /* Exactly the limit is kept. */
  exact = g_bytes_new_from_bytes (file, 0, PURSUIT_DOCUMENT_MAX_SIZE);
  g_assert_true (pursuit_repository_add_version (fixture->repository, document, version, exact, NULL, NOW, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (fixture->path, "SELECT length (content) FROM document_files"), ==,
                   PURSUIT_DOCUMENT_MAX_SIZE);
}

static void
test_all_or_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PursuitDocument) document = pursuit_document_new (PURSUIT_DOCUMENT_KIND_RESUME, "Resume");
  g_autoptr(PursuitDocument) gone = pursuit_document_new (PURSUIT_DOCUMENT_KIND_RESUME, "Gone");
  g_autoptr(PursuitDocumentVersion) version = pursuit_document_version_new (PURSUIT_DOCUMENT_FORMAT_TEXT);
  g_autoptr(GBytes) file = g_bytes_new_static ("text", 4);
  g_autoptr(GError) error = NULL;

  /* A wrong date stops it before anything is written. */
  pursuit_document_set_text (&version->date, "2026-02-30");
  g_assert_false (pursuit_repository_add_version (fixture->repository, document, version, file, NULL, NOW, &error));
  g_assert_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);

  /* A failure after the document row was written takes it back. */
  pursuit_document_set_text (&version->date, "");
  g_free (version->text);
  version->text = g_strdup ("text");
  raw_exec (fixture->path, "CREATE TRIGGER refuse BEFORE INSERT ON document_files BEGIN "
                           "SELECT RAISE (ABORT, 'disk trouble'); END");
  g_assert_false (pursuit_repository_add_version (fixture->repository, document, version, file, NULL, NOW, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (document->id, ==, 0);
  g_assert_cmpint (query_int (fixture->path, "SELECT count (*) FROM documents"), ==, 0);
  g_assert_cmpint (query_int (fixture->path, "SELECT count (*) FROM document_versions"), ==, 0);
  g_assert_cmpint (query_int (fixture->path, "SELECT count (*) FROM documents_fts"), ==, 0);

  /* Adding to a document that is gone. */
  raw_exec (fixture->path, "DROP TRIGGER refuse");
  gone->id = 999;
  g_assert_false (pursuit_repository_add_version (fixture->repository, gone, version, file, NULL, NOW, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static GArray *
search (Fixture    *fixture,
        const char *query)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = pursuit_repository_search_documents (fixture->repository, query, &error);

  g_assert_no_error (error);
  return ids;
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PursuitDocument) resume = pursuit_document_new (PURSUIT_DOCUMENT_KIND_RESUME, "Support resume");
  g_autoptr(PursuitDocument) letter = pursuit_document_new (PURSUIT_DOCUMENT_KIND_COVER_LETTER, "Letter for Acme");
  g_autoptr(PursuitDocumentVersion) v1 = add_version (fixture, resume, "Handled Zendesk tickets in Spanish", NULL);
  g_autoptr(PursuitDocumentVersion) v2 = add_version (fixture, letter, "I would love to join the café team", NULL);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  ids = search (fixture, "zendesk");
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, resume->id);
  g_clear_pointer (&ids, g_array_unref);

  /* Prefixes, accents, names. */
  ids = search (fixture, "spani");
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);
  ids = search (fixture, "cafe");
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, letter->id);
  g_clear_pointer (&ids, g_array_unref);
  ids = search (fixture, "acme");
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  /* A renamed document is found by its new name only. */
  pursuit_document_set_text (&letter->name, "Letter for Globex");
  g_assert_true (pursuit_repository_update_document (fixture->repository, letter, NOW, &error));
  g_assert_no_error (error);
  ids = search (fixture, "acme");
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);
  ids = search (fixture, "globex");
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  /* Edited text is found by its new words. */
  g_free (v1->text);
  v1->text = g_strdup ("Handled Freshdesk tickets");
  g_assert_true (pursuit_repository_update_version (fixture->repository, v1, NOW, &error));
  ids = search (fixture, "zendesk");
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);
  ids = search (fixture, "freshdesk tickets");
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  /* A deleted version leaves the index. */
  g_assert_true (pursuit_repository_delete_version (fixture->repository, v2->id, &error));
  ids = search (fixture, "globex");
  g_assert_cmpuint (ids->len, ==, 0);
  g_assert_cmpint (query_int (fixture->path, "SELECT count (*) FROM documents_fts"), ==, 1);
}

static void
test_notes (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(PursuitJob) job = add_job (fixture, "Acme", "applied");
  g_autoptr(PursuitJob) other = add_job (fixture, "Initech", "applied");
  g_autoptr(PursuitPrepNote) research = pursuit_prep_note_new (pursuit_job_get_id (job), "Company research",
                                                               "They moved support to Lisbon");
  g_autoptr(PursuitPrepNote) general = pursuit_prep_note_new (0, "Stories", "The refund that went wrong");
  g_autoptr(PursuitPrepNote) debrief = pursuit_prep_note_new (0, "Debrief", "Panel asked about escalations");
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_repository_insert_note (fixture->repository, research, NOW, &error));
  g_assert_true (pursuit_repository_insert_note (fixture->repository, general, NOW, &error));
  g_assert_no_error (error);

  pursuit_interview_set_job_id (interview, pursuit_job_get_id (other));
  pursuit_interview_set_starts_at (interview, NOW + DAY);
  g_assert_true (pursuit_repository_insert_interview (fixture->repository, interview, NOW, &error));
  g_assert_no_error (error);
  debrief->interview_id = pursuit_interview_get_id (interview);
  g_assert_true (pursuit_repository_insert_note (fixture->repository, debrief, NOW + 1, &error));
  g_assert_no_error (error);

  notes = pursuit_repository_list_notes (fixture->repository, pursuit_job_get_id (other), &error);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpint (((PursuitPrepNote *) g_ptr_array_index (notes, 0))->interview_id, ==,
                   pursuit_interview_get_id (interview));
  g_clear_pointer (&notes, g_ptr_array_unref);
  notes = pursuit_repository_list_notes (fixture->repository, 0, &error);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (((PursuitPrepNote *) g_ptr_array_index (notes, 0))->title, ==, "Stories");

  /* The jobs' search finds a job by its notes (a join of the notes' index). */
  ids = pursuit_repository_search_jobs (fixture->repository, "lisbon", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, pursuit_job_get_id (job));
  g_clear_pointer (&ids, g_array_unref);
  ids = pursuit_repository_search_jobs (fixture->repository, "escalat", &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, pursuit_job_get_id (other));
  g_clear_pointer (&ids, g_array_unref);
  /* A general note belongs to no job. */
  ids = pursuit_repository_search_jobs (fixture->repository, "refund", &error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  /* Found by its own words and by a note, a job comes once; the jobs found
   * either way come in ascending order. */
  {
    g_autoptr(PursuitPrepNote) on_job = pursuit_prep_note_new (pursuit_job_get_id (job), "Acme people",
                                                               "Ask Acme about shifts");
    g_autoptr(PursuitPrepNote) on_other = pursuit_prep_note_new (pursuit_job_get_id (other), "Rivals",
                                                                 "Initech competes with Acme");

    g_assert_true (pursuit_repository_insert_note (fixture->repository, on_other, NOW, &error));
    g_assert_true (pursuit_repository_insert_note (fixture->repository, on_job, NOW, &error));
    g_assert_no_error (error);
    ids = pursuit_repository_search_jobs (fixture->repository, "acme", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (ids->len, ==, 2);
    g_assert_cmpint (g_array_index (ids, gint64, 0), ==, MIN (pursuit_job_get_id (job), pursuit_job_get_id (other)));
    g_assert_cmpint (g_array_index (ids, gint64, 1), ==, MAX (pursuit_job_get_id (job), pursuit_job_get_id (other)));
    g_clear_pointer (&ids, g_array_unref);
    g_assert_true (pursuit_repository_delete_note (fixture->repository, on_job->id, &error));
    g_assert_true (pursuit_repository_delete_note (fixture->repository, on_other->id, &error));
    g_assert_no_error (error);
  }

  /* Edited, the old words are gone from the search. */
  pursuit_document_set_text (&research->body, "They moved support to Porto");
  g_assert_true (pursuit_repository_update_note (fixture->repository, research, NOW, &error));
  ids = pursuit_repository_search_jobs (fixture->repository, "lisbon", &error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_clear_pointer (&ids, g_array_unref);

  /* A job's notes go with it. */
  g_assert_true (pursuit_repository_delete_job (fixture->repository, pursuit_job_get_id (job), &error));
  g_assert_cmpint (query_int (fixture->path, "SELECT count (*) FROM prep_notes"), ==, 2);
  ids = pursuit_repository_search_jobs (fixture->repository, "porto", &error);
  g_assert_cmpuint (ids->len, ==, 0);
}

static void
test_logins (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PursuitJob) first = add_job (fixture, "Acme", "applied");
  g_autoptr(PursuitJob) second = add_job (fixture, "Acme", "wishlist");
  g_autoptr(PursuitPortalLogin) login = pursuit_portal_login_new ("Acme");
  g_autoptr(PursuitPortalLogin) found = NULL;
  g_autoptr(PursuitPortalLogin) wrong = pursuit_portal_login_new ("Acme");
  g_autoptr(GPtrArray) uuids = NULL;
  g_autoptr(GPtrArray) company = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_document_set_text (&login->url, "https://careers.acme.example/login");
  pursuit_document_set_text (&login->user_name, "jo@example.com");
  g_assert_true (pursuit_repository_save_job_login (fixture->repository, pursuit_job_get_id (first), login, NOW,
                                                    &error));
  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (login->uuid));

  pursuit_document_set_text (&wrong->url, "ftp://acme");
  g_assert_false (pursuit_repository_save_job_login (fixture->repository, pursuit_job_get_id (first), wrong, NOW,
                                                     &error));
  g_assert_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_INVALID);
  g_clear_error (&error);

  /* Shared with the company's other job. */
  company = pursuit_repository_list_logins (fixture->repository, "ACME", &error);
  g_assert_cmpuint (company->len, ==, 1);
  g_assert_true (pursuit_repository_save_job_login (fixture->repository, pursuit_job_get_id (second),
                                                    g_ptr_array_index (company, 0), NOW, &error));
  found = pursuit_repository_find_job_login (fixture->repository, pursuit_job_get_id (second), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found->uuid, ==, login->uuid);
  g_assert_cmpstr (found->user_name, ==, "jo@example.com");
  g_assert_cmpuint (found->n_jobs, ==, 2);

  /* One job lets go: the other keeps it. The last one: it goes. */
  g_assert_true (pursuit_repository_remove_job_login (fixture->repository, pursuit_job_get_id (first), &error));
  uuids = pursuit_repository_list_login_uuids (fixture->repository, &error);
  g_assert_cmpuint (uuids->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (uuids, 0), ==, login->uuid);
  g_clear_pointer (&uuids, g_ptr_array_unref);

  g_assert_true (pursuit_repository_delete_job (fixture->repository, pursuit_job_get_id (second), &error));
  uuids = pursuit_repository_list_login_uuids (fixture->repository, &error);
  g_assert_cmpuint (uuids->len, ==, 0);
  g_clear_object (&found);
  found = pursuit_repository_find_job_login (fixture->repository, pursuit_job_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_null (found);

  /* No password anywhere in the file's schema. */
  g_assert_cmpint (query_int (fixture->path,
                              "SELECT count (*) FROM pragma_table_info ('portal_logins') WHERE name LIKE '%pass%'"),
                   ==, 0);
}

/* A file of version 5, the one before on this branch, with a job in it,
 * is upgraded: its job is kept, a backup is made, the new tables work. */
static void
test_migration (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pursuit-migration-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autofree char *backup = g_strdup_printf ("%s.v5.backup", path);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitDatabase) database = NULL;
  g_autoptr(PursuitDocument) document = pursuit_document_new (PURSUIT_DOCUMENT_KIND_RESUME, "Resume");
  g_autoptr(PursuitDocumentVersion) version = pursuit_document_version_new (PURSUIT_DOCUMENT_FORMAT_TEXT);
  g_autoptr(GBytes) file = g_bytes_new_static ("resume", 6);
  g_autoptr(GPtrArray) jobs = NULL;
  const PursuitMigration *migrations;
  guint n_migrations;

  migrations = pursuit_migrations_get_all (&n_migrations);
  database = pursuit_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (pursuit_migrations_apply (database, migrations, n_migrations, 5, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&database);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 5);
  g_assert_cmpint (raw_exec (path, "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at) "
                                   "VALUES ('0b0b6b1e-5a5e-4c1e-9a8e-000000000005', 'Old Co', 'Kept', 2, 1, 1)"),
                   ==, SQLITE_OK);

  repository = pursuit_repository_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
  g_assert_cmpint (query_int (backup, "PRAGMA user_version"), ==, 5);

  jobs = pursuit_repository_list_jobs (repository, &error);
  g_assert_cmpuint (jobs->len, ==, 1);
  g_assert_cmpstr (pursuit_job_get_title (g_ptr_array_index (jobs, 0)), ==, "Kept");
  /* Applied before documents were kept: flagged. */
  g_assert_true (pursuit_job_needs_documents (g_ptr_array_index (jobs, 0)));

  g_assert_true (pursuit_repository_add_version (repository, document, version, file, NULL, NOW, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_link_version (repository, pursuit_job_get_id (g_ptr_array_index (jobs, 0)),
                                                  version->id, NOW, &error));
  g_assert_no_error (error);
  /* Applied without a date: sent today. */
  g_assert_cmpint (query_int (path, "SELECT count (*) FROM job_documents WHERE sent_on = '2026-03-02'"), ==, 1);

  g_clear_object (&repository);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, function) g_test_add (path, Fixture, NULL, fixture_set_up, function, fixture_tear_down)
  ADD ("/documents/versions", test_versions);
  ADD ("/documents/freeze", test_freeze);
  ADD ("/documents/send", test_send);
  ADD ("/documents/size-limit", test_size_limit);
  ADD ("/documents/all-or-nothing", test_all_or_nothing);
  ADD ("/documents/search", test_search);
  ADD ("/notes/repository", test_notes);
  ADD ("/logins/repository", test_logins);
#undef ADD
  g_test_add_func ("/documents/migration", test_migration);

  return g_test_run ();
}
