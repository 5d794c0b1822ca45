/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <archive.h>
#include <archive_entry.h>

#include "pursuit-document-file.h"
#include "pursuit-fuzz.h"
#include "pursuit-keyword-match.h"

/* Reading a document's text (src/documents/): the format told by content
 * and name, then DOCX and ODT through libarchive and GMarkup, PDF through
 * poppler, text and Markdown as they are.
 *
 * The first byte of an input says what the rest is:
 * - 'd': the XML of a Word document, packed here into a DOCX
 *   (word/document.xml), so the fuzzer works on the XML and not on the zip;
 * - 'o': the XML of an OpenDocument text, packed into an ODT (mimetype,
 *   META-INF/manifest.xml, content.xml);
 * - 't', 'm': text or Markdown written in the app;
 * - '0' to '6' (and any other byte, by its value modulo 7): a file as it
 *   is, named resume.pdf, resume.docx, letter.odt, notes.md, notes.txt,
 *   "scan" (no extension) or CV.DOCX.
 *
 * The rules: a format found agrees with the content's signature and the
 * name's extension; text read is valid UTF-8 without NULs, and text or
 * Markdown is the file itself less a byte-order mark; a refusal is a
 * readable PURSUIT_DOCUMENT_ERROR; the keyword match of a text against
 * itself misses nothing. */

static const char * const file_names[] = {
  "resume.pdf", "resume.docx", "letter.odt", "notes.md", "notes.txt", "scan", "CV.DOCX",
};

/* A stored (uncompressed) zip of the given parts, NULL-terminated pairs of
 * name and content; the last content is @data. */
static GBytes *
pack (const char * const *parts,
      const uint8_t      *data,
      size_t              size)
{
  struct archive *archive = archive_write_new ();
  gsize capacity = size + 4096;
  guint8 *buffer = g_malloc (capacity);
  size_t used = 0;

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_zip_set_compression_store (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_memory (archive, buffer, capacity, &used), ==, ARCHIVE_OK);

  for (guint i = 0; parts[i] != NULL; i += 2)
    {
      struct archive_entry *entry = archive_entry_new ();
      const char *content = parts[i + 1];
      const void *bytes = content != NULL ? (const void *) content : (const void *) data;
      size_t length = content != NULL ? strlen (content) : size;

      archive_entry_set_pathname (entry, parts[i]);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, (la_int64_t) length);
      g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (archive, bytes, length), ==, (la_ssize_t) length);
      archive_entry_free (entry);
    }
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);

  return g_bytes_new_take (g_realloc (buffer, MAX (used, 1)), used);
}

static void
assert_text (const char *text)
{
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

/* Every term a text has, it has: matched against itself, nothing is
 * missing, and the share is whole. */
static void
check_keywords (const char *text)
{
  static const char * const vocabulary[] = { "active listening", "Zendesk", "live chat|chat", "C++", NULL };
  g_autoptr(PursuitKeywordMatch) self_match =
    pursuit_keyword_match_new (text, text, vocabulary, PURSUIT_KEYWORD_FREQUENT_TERMS);
  g_autoptr(PursuitKeywordMatch) empty_match =
    pursuit_keyword_match_new (text, "", vocabulary, PURSUIT_KEYWORD_FREQUENT_TERMS);

  g_assert_cmpuint (self_match->missing->len, ==, 0);
  g_assert_cmpuint (self_match->present->len, <=, PURSUIT_KEYWORD_FREQUENT_TERMS + G_N_ELEMENTS (vocabulary) - 1);
  if (self_match->present->len > 0)
    g_assert_cmpuint (self_match->coverage, ==, 100);
  g_assert_cmpuint (empty_match->present->len, ==, 0);
  g_assert_cmpuint (empty_match->missing->len, ==, self_match->present->len);
  g_assert_cmpuint (empty_match->coverage, ==, 0);
  for (guint i = 0; i < self_match->present->len; i++)
    {
      const PursuitKeyword *keyword = g_ptr_array_index (self_match->present, i);

      assert_text (keyword->term);
      g_assert_cmpuint (strlen (keyword->term), >, 0);
      g_assert_cmpuint (keyword->count, >, 0);
    }
}

static void
check_file (const char *file_name,
            GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitDocumentFile) file = NULL;
  g_autofree char *text = NULL;
  PursuitDocumentFormat format;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!pursuit_document_detect_format (file_name, bytes, &format, &error))
    {
      pursuit_fuzz_assert_error_readable (error, PURSUIT_DOCUMENT_ERROR);
      return;
    }
  g_assert_no_error (error);

  /* The content decides; the name only tells text from Markdown. */
  if (size >= 5 && memcmp (data, "%PDF-", 5) == 0)
    g_assert_cmpint (format, ==, PURSUIT_DOCUMENT_FORMAT_PDF);
  else if (size >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    g_assert_true (format == PURSUIT_DOCUMENT_FORMAT_DOCX || format == PURSUIT_DOCUMENT_FORMAT_ODT);
  else
    g_assert_true (format == PURSUIT_DOCUMENT_FORMAT_TEXT || format == PURSUIT_DOCUMENT_FORMAT_MARKDOWN);
  if (file_name != NULL && g_str_has_suffix (file_name, ".md"))
    g_assert_true (format != PURSUIT_DOCUMENT_FORMAT_TEXT);

  text = pursuit_document_extract_text (format, bytes, &error);
  if (text == NULL)
    {
      pursuit_fuzz_assert_error_readable (error, PURSUIT_DOCUMENT_ERROR);
      return;
    }
  g_assert_no_error (error);

  if (format == PURSUIT_DOCUMENT_FORMAT_TEXT || format == PURSUIT_DOCUMENT_FORMAT_MARKDOWN)
    {
      gsize skip = size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;

      g_assert_cmpuint (strlen (text), ==, size - skip);
      if (size > skip)
        g_assert_true (memcmp (text, data + skip, size - skip) == 0);
    }
  /* PDF text is made valid by the caller (pursuit_document_file_new_from_bytes). */
  if (format != PURSUIT_DOCUMENT_FORMAT_PDF)
    {
      assert_text (text);
      check_keywords (text);

      /* The whole reading, as adding a file does it, agrees. PDFs are left
       * out: a first-page picture is slow to draw. */
      file = pursuit_document_file_new_from_bytes (file_name, bytes, &error);
      g_assert_no_error (error);
      g_assert_nonnull (file);
      g_assert_cmpint (file->format, ==, format);
      g_assert_cmpstr (file->text, ==, text);
      g_assert_true (g_bytes_equal (file->bytes, bytes));
      g_assert_null (strchr (file->file_name, '/'));
      g_assert_null (file->thumbnail);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const docx[] = { "word/document.xml", NULL, NULL };
  static const char * const odt[] = {
    "mimetype", "application/vnd.oasis.opendocument.text",
    "META-INF/manifest.xml", "<manifest:manifest/>",
    "content.xml", NULL,
    NULL,
  };
  g_autoptr(GBytes) bytes = NULL;
  guint8 kind;

  if (size == 0)
    return 0;
  kind = data[0];
  data++;
  size--;

  switch (kind)
    {
    case 'd':
      bytes = pack (docx, data, size);
      check_file ("resume.docx", bytes);
      break;
    case 'o':
      bytes = pack (odt, data, size);
      check_file ("letter.odt", bytes);
      break;
    case 't':
    case 'm':
      {
        g_autofree char *text = pursuit_fuzz_text (data, size);
        g_autoptr(PursuitDocumentFile) file = pursuit_document_file_new_from_text (text, kind == 'm');

        /* Text written in the app is kept as valid UTF-8, and its file is
         * that text. */
        assert_text (file->text);
        g_assert_cmpuint (g_bytes_get_size (file->bytes), ==, strlen (file->text));
        if (g_utf8_validate (text, -1, NULL))
          g_assert_cmpstr (file->text, ==, text);
        check_file (kind == 'm' ? "notes.md" : "notes.txt", file->bytes);
      }
      break;
    default:
      bytes = g_bytes_new (data, size);
      check_file (file_names[(kind >= '0' && kind <= '6' ? kind - '0' : kind) % G_N_ELEMENTS (file_names)], bytes);
      break;
    }
  return 0;
}
