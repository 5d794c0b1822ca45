/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "pursuit-document-file.h"
#include "pursuit-keyword-match.h"

/* Reading documents: the committed samples in tests/data/documents/ (see
 * its README for how they were made) and PDFs this test writes with
 * cairo; private copies; the keyword match, worked out by hand. */

static GBytes *
load_sample (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "documents", name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

static PursuitDocumentFile *
read_sample (const char *name)
{
  g_autoptr(GBytes) bytes = load_sample (name);
  g_autoptr(GError) error = NULL;
  PursuitDocumentFile *file = pursuit_document_file_new_from_bytes (name, bytes, &error);

  g_assert_no_error (error);
  return file;
}

static void
test_docx (void)
{
  g_autoptr(PursuitDocumentFile) file = read_sample ("resume.docx");

  g_assert_cmpint (file->format, ==, PURSUIT_DOCUMENT_FORMAT_DOCX);
  g_assert_cmpstr (file->file_name, ==, "resume.docx");
  /* A line per paragraph, a tab for a tab, a break for a break; the runs
   * of a paragraph (the bold word) joined; entities read. */
  g_assert_cmpstr (file->text, ==,
                   "Jo Rivera\n"
                   "Customer support specialist, bilingual (English and Spanish)\n"
                   "Skills:\tZendesk, Salesforce & live chat\n"
                   "Résumé line one\nline two\n");
  g_assert_null (file->thumbnail);
}

static void
test_odt (void)
{
  g_autoptr(PursuitDocumentFile) file = read_sample ("letter.odt");

  g_assert_cmpint (file->format, ==, PURSUIT_DOCUMENT_FORMAT_ODT);
  /* Headings and paragraphs end lines; <text:s text:c="2"/> is two spaces. */
  g_assert_cmpstr (file->text, ==,
                   "Cover letter\n"
                   "Dear hiring team,\n"
                   "I have three years of  contact center work.\tThank you.\n"
                   "Kind regards,\nJo\n");
}

static void
test_pdf_sample (void)
{
  g_autoptr(PursuitDocumentFile) file = read_sample ("resume.pdf");

  g_assert_cmpint (file->format, ==, PURSUIT_DOCUMENT_FORMAT_PDF);
  g_assert_nonnull (strstr (file->text, "Jo Rivera"));
  g_assert_nonnull (strstr (file->text, "Handled Zendesk tickets and live chat"));
  g_assert_nonnull (file->thumbnail);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Two A4 pages of text, as cairo writes a PDF (with an embedded font). */
static GBytes *
make_pdf (void)
{
  GByteArray *pdf = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, 595, 842);
  cairo_t *cr = cairo_create (surface);

  cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 14);
  cairo_move_to (cr, 72, 100);
  cairo_show_text (cr, "First page words");
  cairo_show_page (cr);
  cairo_move_to (cr, 72, 100);
  cairo_show_text (cr, "Second page words");
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (pdf);
}

static guint32
png_width (GBytes *png)
{
  const guint8 *data = g_bytes_get_data (png, NULL);

  /* The IHDR chunk's width, big-endian, after the 8-byte signature and
   * the chunk's length and type. */
  return (guint32) data[16] << 24 | (guint32) data[17] << 16 | (guint32) data[18] << 8 | data[19];
}

static void
test_pdf_made (void)
{
  g_autoptr(GBytes) pdf = make_pdf ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitDocumentFile) file = pursuit_document_file_new_from_bytes ("/some/folder/cv.pdf", pdf, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (file->file_name, ==, "cv.pdf");
  g_assert_nonnull (strstr (file->text, "First page words"));
  g_assert_nonnull (strstr (file->text, "Second page words"));
  g_assert_true (strstr (file->text, "First page words") < strstr (file->text, "Second page words"));

  g_assert_nonnull (file->thumbnail);
  g_assert_cmpmem (g_bytes_get_data (file->thumbnail, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (png_width (file->thumbnail), ==, PURSUIT_DOCUMENT_THUMBNAIL_WIDTH);
}

static void
assert_refused (const char *name,
                GBytes     *bytes,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitDocumentFile) file = pursuit_document_file_new_from_bytes (name, bytes, &error);

  g_assert_null (file);
  g_assert_error (error, PURSUIT_DOCUMENT_ERROR, code);
  /* Every refusal says what to do. */
  g_assert_cmpuint (strlen (error->message), >, 40);
}

static void
test_encrypted (void)
{
  g_autoptr(GBytes) pdf = load_sample ("encrypted.pdf");
  /* What Word writes for a document with a password: the OLE container
   * (its signature, then the rest of a header). */
  g_autoptr(GBytes) ole = g_bytes_new_static ("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" "EncryptedPackage", 24);

  assert_refused ("encrypted.pdf", pdf, PURSUIT_DOCUMENT_ERROR_ENCRYPTED);
  assert_refused ("protected.docx", ole, PURSUIT_DOCUMENT_ERROR_ENCRYPTED);
  assert_refused ("old.doc", ole, PURSUIT_DOCUMENT_ERROR_UNSUPPORTED);
}

static void
test_damaged (void)
{
  g_autoptr(GBytes) docx = load_sample ("resume.docx");
  g_autoptr(GBytes) half = g_bytes_new_from_bytes (docx, 0, g_bytes_get_size (docx) / 2);
  g_autoptr(GBytes) pdf = load_sample ("resume.pdf");
  g_autoptr(GBytes) cut_pdf = g_bytes_new_from_bytes (pdf, 0, 40);
  g_autoptr(GBytes) garbage = g_bytes_new_static ("%PDF-1.4\nnot really", 19);
  g_autoptr(GBytes) latin1 = g_bytes_new_static ("caf\xe9", 4);
  g_autoptr(GBytes) binary = g_bytes_new_static ("a\0b", 3);

  assert_refused ("half.docx", half, PURSUIT_DOCUMENT_ERROR_DAMAGED);
  assert_refused ("cut.pdf", cut_pdf, PURSUIT_DOCUMENT_ERROR_DAMAGED);
  assert_refused ("garbage.pdf", garbage, PURSUIT_DOCUMENT_ERROR_DAMAGED);
  /* A name that says PDF on a Word file, and the other way round. */
  assert_refused ("resume.pdf", docx, PURSUIT_DOCUMENT_ERROR_DAMAGED);
  assert_refused ("resume.docx", pdf, PURSUIT_DOCUMENT_ERROR_DAMAGED);
  assert_refused ("notes.txt", latin1, PURSUIT_DOCUMENT_ERROR_UNSUPPORTED);
  assert_refused ("notes", binary, PURSUIT_DOCUMENT_ERROR_UNSUPPORTED);
}

static void
test_other_zip (void)
{
  g_autoptr(GBytes) bytes = load_sample ("other.zip");

  assert_refused ("other.zip", bytes, PURSUIT_DOCUMENT_ERROR_UNSUPPORTED);
}

static void
test_text (void)
{
  g_autoptr(GBytes) markdown = g_bytes_new_static ("\xef\xbb\xbf# Resume\n\n- Zendesk\n", 23);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitDocumentFile) file = pursuit_document_file_new_from_bytes ("cv.MD", markdown, &error);
  g_autoptr(PursuitDocumentFile) written = pursuit_document_file_new_from_text ("Typed in the app", FALSE);

  g_assert_no_error (error);
  g_assert_cmpint (file->format, ==, PURSUIT_DOCUMENT_FORMAT_MARKDOWN);
  /* The byte-order mark is not text; the file keeps it. */
  g_assert_cmpstr (file->text, ==, "# Resume\n\n- Zendesk\n");
  g_assert_cmpuint (g_bytes_get_size (file->bytes), ==, 23);

  g_assert_cmpint (written->format, ==, PURSUIT_DOCUMENT_FORMAT_TEXT);
  g_assert_cmpmem (g_bytes_get_data (written->bytes, NULL), g_bytes_get_size (written->bytes), "Typed in the app", 16);
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pursuit-large-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "huge.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PursuitDocumentFile) read = NULL;
  FILE *stream = fopen (path, "w");

  /* A sparse file: its size is known without writing 20 MB. */
  g_assert_nonnull (stream);
  g_assert_cmpint (ftruncate (fileno (stream), PURSUIT_DOCUMENT_MAX_SIZE + 1), ==, 0);
  fclose (stream);

  read = pursuit_document_file_read (file, NULL, &error);
  g_assert_null (read);
  g_assert_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "20.0\u00a0MB"));

  g_unlink (path);
  g_rmdir (dir);
}

static guint
mode_of (const char *path)
{
  GStatBuf info;

  g_assert_cmpint (g_stat (path, &info), ==, 0);
  return info.st_mode & 0777;
}

static void
test_private_copies (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pursuit-copies-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "resume v2.pdf", NULL);
  g_autofree char *temporary = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("copy", 4);

  /* Even over a file anyone could read. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_true (pursuit_document_write_private (bytes, path, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmphex (mode_of (path), ==, 0600);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "copy");

  temporary = pursuit_document_write_temporary (bytes, "resume v2.pdf", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (temporary, g_get_user_runtime_dir ()));
  g_assert_true (g_str_has_suffix (temporary, "/resume v2.pdf"));
  g_assert_cmphex (mode_of (temporary), ==, 0400);
  folder = g_path_get_dirname (temporary);
  g_assert_cmphex (mode_of (folder), ==, 0700);

  pursuit_document_clear_temporary ();
  g_assert_false (g_file_test (temporary, G_FILE_TEST_EXISTS));

  g_unlink (path);
  g_rmdir (dir);
}

/* Keyword match */

static void
test_singular (void)
{
  static const char * const cases[][2] = {
    { "tickets", "ticket" }, { "queries", "query" }, { "processes", "process" }, { "switches", "switch" },
    { "boxes", "box" }, { "status", "status" }, { "analysis", "analysis" }, { "business", "business" },
    { "skills", "skill" }, { "crm", "crm" }, { "bus", "bus" }, { "ties", "tie" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *singular = pursuit_keyword_singular (cases[i][0]);

      g_assert_cmpstr (singular, ==, cases[i][1]);
    }
}

static void
test_tokenize (void)
{
  g_autoptr(GPtrArray) words = pursuit_keyword_tokenize ("Café-based CUSTOMERS, 24/7 follow-up!");
  static const char * const expected[] = { "cafe", "based", "customer", "24", "7", "follow", "up" };

  g_assert_cmpuint (words->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (words, i), ==, expected[i]);
}

static void
assert_keywords (GPtrArray          *keywords,
                 const char * const *terms,
                 const guint        *counts,
                 guint               n)
{
  g_assert_cmpuint (keywords->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      PursuitKeyword *keyword = g_ptr_array_index (keywords, i);

      g_assert_cmpstr (keyword->term, ==, terms[i]);
      g_assert_cmpuint (keyword->count, ==, counts[i]);
    }
}

static void
test_match (void)
{
  const char *posting = "We use Zendesk and a CRM. Answer tickets by phone and chat. Tickets arrive all day; "
                        "a ticket needs care. Customers call; customers write. Zendesk experience preferred.";
  const char *resume = "Handled Zendesk tickets for customers of a bank.";
  const char * const vocabulary[] = {
    "Zendesk", "CRM|customer relationship management", "active listening", "Salesforce", NULL
  };
  g_autoptr(PursuitKeywordMatch) match = pursuit_keyword_match_new (posting, resume, vocabulary,
                                                                    PURSUIT_KEYWORD_FREQUENT_TERMS);
  /* Worked out by hand: the vocabulary names Zendesk (twice) and CRM; of
   * the other words only "ticket" (3) and "customer" (2) come twice or
   * more without being stop words. The resume has three of the four. */
  static const char * const present[] = { "Zendesk", "ticket", "customer" };
  static const guint present_counts[] = { 2, 3, 2 };
  static const char * const missing[] = { "CRM" };
  static const guint missing_counts[] = { 1 };

  assert_keywords (match->present, present, present_counts, G_N_ELEMENTS (present));
  assert_keywords (match->missing, missing, missing_counts, G_N_ELEMENTS (missing));
  g_assert_true (((PursuitKeyword *) g_ptr_array_index (match->present, 0))->known);
  g_assert_false (((PursuitKeyword *) g_ptr_array_index (match->present, 1))->known);
  g_assert_cmpuint (match->coverage, ==, 75);
}

static void
test_match_spellings (void)
{
  const char * const vocabulary[] = { "CRM|customer relationship management", NULL };
  g_autoptr(PursuitKeywordMatch) match = NULL;
  g_autoptr(PursuitKeywordMatch) empty = NULL;

  /* Either spelling in either text counts; a term in one only does not. */
  match = pursuit_keyword_match_new ("Experience with a customer relationship management tool",
                                     "Three years in our CRM", vocabulary, 0);
  g_assert_cmpuint (match->present->len, ==, 1);
  g_assert_cmpuint (match->missing->len, ==, 0);
  g_assert_cmpuint (match->coverage, ==, 100);

  empty = pursuit_keyword_match_new ("", "anything", vocabulary, 10);
  g_assert_cmpuint (empty->present->len + empty->missing->len, ==, 0);
  g_assert_cmpuint (empty->coverage, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/documents/extract/docx", test_docx);
  g_test_add_func ("/documents/extract/odt", test_odt);
  g_test_add_func ("/documents/extract/pdf-sample", test_pdf_sample);
  g_test_add_func ("/documents/extract/pdf-made", test_pdf_made);
  g_test_add_func ("/documents/extract/text", test_text);
  g_test_add_func ("/documents/refuse/encrypted", test_encrypted);
  g_test_add_func ("/documents/refuse/damaged", test_damaged);
  g_test_add_func ("/documents/refuse/other-zip", test_other_zip);
  g_test_add_func ("/documents/refuse/too-large", test_too_large);
  g_test_add_func ("/documents/private-copies", test_private_copies);
  g_test_add_func ("/keywords/singular", test_singular);
  g_test_add_func ("/keywords/tokenize", test_tokenize);
  g_test_add_func ("/keywords/match", test_match);
  g_test_add_func ("/keywords/spellings", test_match_spellings);

  return g_test_run ();
}
