/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pursuit-document-file.h"
#include "pursuit-document-libs.h"

/* Reading the files people keep their resumes in, with the platform's own
 * libraries: DOCX and ODT are zip archives (libarchive) of XML (GMarkup),
 * PDF goes through poppler, both loaded when first needed
 * (pursuit-document-libs.c). What comes out is the file as it was, its
 * text, and for a PDF a picture of its first page. A file that cannot be
 * read is refused with a reason, never half taken. */

/* The most a part of a zip may unpack to: a resume's XML is well under a
 * megabyte, and an archive that claims more is not one. */
#define MAX_UNPACKED (64 * 1024 * 1024)

void
pursuit_document_file_free (PursuitDocumentFile *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->thumbnail, g_bytes_unref);
  g_free (self->file_name);
  g_free (self->text);
  g_free (self);
}

static gboolean
has_prefix (GBytes     *bytes,
            const char *prefix,
            gsize       length)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  return size >= length && memcmp (data, prefix, length) == 0;
}

static void
set_damaged (GError     **error,
             const char  *what)
{
  g_set_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_DAMAGED,
               _("The file cannot be read as a %s: it may be damaged, or saved in another format. "
                 "Open it in the program that made it, save it again, and add that copy."),
               what);
}

static void
set_encrypted (GError **error)
{
  g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_ENCRYPTED,
                       _("The file is protected by a password, so its text cannot be read. "
                         "Save a copy without the password and add that."));
}

/* Zip archives (DOCX, ODT) */

typedef struct
{
  const PursuitArchiveLib *lib;
  struct archive *archive;
} Zip;

static void
zip_close (Zip *zip)
{
  if (zip->archive != NULL)
    zip->lib->read_free (zip->archive);
}

/* Finds @wanted in the archive and reads it whole; sets @found. An
 * encrypted part means an encrypted file. */
static GBytes *
zip_read_part (GBytes      *bytes,
               const char  *wanted,
               const char  *what,
               gboolean    *found,
               GError     **error)
{
  const PursuitArchiveLib *lib = pursuit_archive_lib_get (error);
  Zip zip = { lib, NULL };
  struct archive_entry *entry;
  gsize size = 0;
  const void *data = g_bytes_get_data (bytes, &size);
  int result;

  *found = FALSE;
  if (lib == NULL)
    return NULL;
  zip.archive = lib->read_new ();
  lib->read_support_format_zip (zip.archive);
  if (lib->read_open_memory (zip.archive, data, size) != ARCHIVE_OK)
    {
      zip_close (&zip);
      set_damaged (error, what);
      return NULL;
    }

  while ((result = lib->read_next_header (zip.archive, &entry)) == ARCHIVE_OK)
    {
      g_autoptr(GByteArray) content = NULL;
      char buffer[16384];
      la_ssize_t n;

      if (g_strcmp0 (lib->entry_pathname (entry), wanted) != 0)
        continue;

      *found = TRUE;
      if (lib->entry_is_encrypted (entry))
        {
          zip_close (&zip);
          set_encrypted (error);
          return NULL;
        }

      content = g_byte_array_new ();
      while ((n = lib->read_data (zip.archive, buffer, sizeof buffer)) > 0)
        {
          if (content->len + (gsize) n > MAX_UNPACKED)
            {
              n = -1;
              break;
            }
          g_byte_array_append (content, (const guint8 *) buffer, (guint) n);
        }

      zip_close (&zip);
      if (n < 0)
        {
          set_damaged (error, what);
          return NULL;
        }
      return g_byte_array_free_to_bytes (g_steal_pointer (&content));
    }

  zip_close (&zip);
  if (result != ARCHIVE_EOF)
    {
      set_damaged (error, what);
      return NULL;
    }
  return g_bytes_new (NULL, 0);
}

/* Which zip this is, by its parts: a Word document has word/document.xml,
 * an OpenDocument text says so in its "mimetype" part. */
static gboolean
zip_detect (GBytes                 *bytes,
            PursuitDocumentFormat  *format,
            GError                **error)
{
  g_autoptr(GBytes) mimetype = NULL;
  g_autoptr(GBytes) document = NULL;
  gboolean found = FALSE;

  mimetype = zip_read_part (bytes, "mimetype", _("zip archive"), &found, error);
  if (mimetype == NULL)
    return FALSE;
  if (found)
    {
      gsize size = 0;
      const char *data = g_bytes_get_data (mimetype, &size);
      const char *odt = "application/vnd.oasis.opendocument.text";

      if (size == strlen (odt) && memcmp (data, odt, size) == 0)
        {
          *format = PURSUIT_DOCUMENT_FORMAT_ODT;
          return TRUE;
        }
    }

  document = zip_read_part (bytes, "word/document.xml", _("zip archive"), &found, error);
  if (document == NULL)
    return FALSE;
  if (found)
    {
      *format = PURSUIT_DOCUMENT_FORMAT_DOCX;
      return TRUE;
    }

  g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_UNSUPPORTED,
                       _("This zip archive is neither a Word document (.docx) nor an OpenDocument text (.odt)."));
  return FALSE;
}

/* The text of word-processor XML: the characters of the text elements,
 * a line per paragraph, a tab for a tab. */
typedef struct
{
  GString *text;
  const char *paragraph;     /* ends with a line break */
  const char *heading;       /* too (ODT) */
  const char * const *text_elements;
  const char *tab;
  const char * const *breaks;
  const char *space;         /* ODT's <text:s text:c="3"/> */
  int in_text;               /* inside a text element */
} XmlText;

static void
xml_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  XmlText *state = user_data;

  if (g_strv_contains (state->text_elements, element))
    state->in_text++;
  else if (g_strcmp0 (element, state->tab) == 0)
    g_string_append_c (state->text, '\t');
  else if (g_strv_contains (state->breaks, element))
    g_string_append_c (state->text, '\n');
  else if (g_strcmp0 (element, state->space) == 0)
    {
      guint64 count = 1;

      for (guint i = 0; names[i] != NULL; i++)
        {
          if (g_str_equal (names[i], "text:c"))
            g_ascii_string_to_unsigned (values[i], 10, 1, 1000, &count, NULL);
        }
      for (guint64 i = 0; i < count; i++)
        g_string_append_c (state->text, ' ');
    }
}

static void
xml_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              user_data,
         GError              **error)
{
  XmlText *state = user_data;

  if (g_strv_contains (state->text_elements, element) && state->in_text > 0)
    state->in_text--;
  if (g_strcmp0 (element, state->paragraph) == 0 || g_strcmp0 (element, state->heading) == 0)
    g_string_append_c (state->text, '\n');
}

static void
xml_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 length,
          gpointer              user_data,
          GError              **error)
{
  XmlText *state = user_data;

  if (state->in_text > 0)
    g_string_append_len (state->text, text, (gssize) length);
}

static char *
xml_to_text (GBytes      *xml,
             XmlText     *state,
             const char  *what,
             GError     **error)
{
  static const GMarkupParser parser = { xml_start, xml_end, xml_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (xml, &size);

  state->text = g_string_new (NULL);
  context = g_markup_parse_context_new (&parser, 0, state, NULL);

  /* The XML declaration is not an element GMarkup knows; skip it. */
  if (size > 5 && memcmp (data, "<?xml", 5) == 0)
    {
      const char *end = memchr (data, '>', size);

      if (end != NULL)
        {
          size -= (gsize) (end + 1 - data);
          data = end + 1;
        }
    }

  /* An empty part (its data may then be NULL) is no document. */
  if (size == 0 || !g_markup_parse_context_parse (context, data, (gssize) size, NULL) ||
      !g_markup_parse_context_end_parse (context, NULL))
    {
      g_string_free (state->text, TRUE);
      set_damaged (error, what);
      return NULL;
    }

  return g_string_free (state->text, FALSE);
}

static char *
docx_text (GBytes  *bytes,
           GError **error)
{
  static const char * const text_elements[] = { "w:t", NULL };
  static const char * const breaks[] = { "w:br", "w:cr", NULL };
  XmlText state = { NULL, "w:p", NULL, text_elements, "w:tab", breaks, NULL, 0 };
  g_autoptr(GBytes) xml = NULL;
  gboolean found = FALSE;

  xml = zip_read_part (bytes, "word/document.xml", _("Word document"), &found, error);
  if (xml == NULL)
    return NULL;
  if (!found)
    {
      set_damaged (error, _("Word document"));
      return NULL;
    }

  return xml_to_text (xml, &state, _("Word document"), error);
}

static char *
odt_text (GBytes  *bytes,
          GError **error)
{
  static const char * const text_elements[] = { "text:p", "text:h", NULL };
  static const char * const breaks[] = { "text:line-break", NULL };
  XmlText state = { NULL, "text:p", "text:h", text_elements, "text:tab", breaks, "text:s", 0 };
  g_autoptr(GBytes) manifest = NULL;
  g_autoptr(GBytes) xml = NULL;
  gboolean found = FALSE;

  /* An encrypted ODT is a zip like any other; its manifest says which
   * parts are encrypted. */
  manifest = zip_read_part (bytes, "META-INF/manifest.xml", _("OpenDocument text"), &found, error);
  if (manifest == NULL)
    return NULL;
  if (found && g_strstr_len (g_bytes_get_data (manifest, NULL), (gssize) g_bytes_get_size (manifest),
                             "encryption-data") != NULL)
    {
      set_encrypted (error);
      return NULL;
    }

  xml = zip_read_part (bytes, "content.xml", _("OpenDocument text"), &found, error);
  if (xml == NULL)
    return NULL;
  if (!found)
    {
      set_damaged (error, _("OpenDocument text"));
      return NULL;
    }

  return xml_to_text (xml, &state, _("OpenDocument text"), error);
}

/* PDF */

static PopplerDocument *
open_pdf (const PursuitPdfLib  *lib,
          GBytes               *bytes,
          GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *document = lib->document_new_from_bytes (bytes, NULL, &local_error);

  if (document != NULL)
    return document;

  if (g_error_matches (local_error, lib->error_quark (), POPPLER_ERROR_ENCRYPTED))
    set_encrypted (error);
  else
    set_damaged (error, _("PDF"));
  return NULL;
}

static char *
pdf_text (GBytes  *bytes,
          GError **error)
{
  const PursuitPdfLib *lib = pursuit_pdf_lib_get (error);
  PopplerDocument *document = lib != NULL ? open_pdf (lib, bytes, error) : NULL;
  GString *text;
  int n_pages;

  /* Poppler 22 (Debian 12) has no g_autoptr for its types: unref by hand. */
  if (document == NULL)
    return NULL;

  text = g_string_new (NULL);
  n_pages = lib->document_get_n_pages (document);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = lib->document_get_page (document, i);
      g_autofree char *page_text = page != NULL ? lib->page_get_text (page) : NULL;

      g_clear_object (&page);
      if (page_text == NULL)
        continue;
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, page_text);
    }

  g_object_unref (document);
  return g_string_free (text, FALSE);
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * pursuit_document_render_thumbnail:
 * @width: in pixels; the height follows the page
 *
 * Returns: (transfer full): a PNG of the PDF's first page on white
 */
GBytes *
pursuit_document_render_thumbnail (GBytes  *pdf,
                                   int      width,
                                   GError **error)
{
  const PursuitPdfLib *lib;
  PopplerDocument *document;
  PopplerPage *page;
  g_autoptr(GByteArray) png = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double page_width = 0, page_height = 0, scale;
  int height;

  g_return_val_if_fail (pdf != NULL, NULL);
  g_return_val_if_fail (width > 0, NULL);

  lib = pursuit_pdf_lib_get (error);
  document = lib != NULL ? open_pdf (lib, pdf, error) : NULL;
  if (document == NULL)
    return NULL;

  page = lib->document_get_n_pages (document) > 0 ? lib->document_get_page (document, 0) : NULL;
  if (page != NULL)
    lib->page_get_size (page, &page_width, &page_height);
  if (page == NULL || page_width <= 0 || page_height <= 0)
    {
      g_clear_object (&page);
      g_object_unref (document);
      set_damaged (error, _("PDF"));
      return NULL;
    }

  scale = width / page_width;
  height = MAX (1, (int) (page_height * scale + 0.5));
  surface = lib->image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = lib->create (surface);
  lib->set_source_rgb (cr, 1, 1, 1);
  lib->paint (cr);
  lib->scale (cr, scale, scale);
  lib->page_render (page, cr);
  lib->destroy (cr);
  g_object_unref (page);
  g_object_unref (document);

  png = g_byte_array_new ();
  status = lib->surface_write_to_png_stream (surface, append_png, png);
  lib->surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      set_damaged (error, _("PDF"));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

/* Text files */

static char *
plain_text (GBytes  *bytes,
            GError **error)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  /* A byte-order mark says UTF-8 and is not part of the text. */
  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      size -= 3;
    }

  /* An empty file's data may be NULL, which memchr() must not see. */
  if (size == 0)
    return g_strdup ("");

  if (!g_utf8_validate_len (data, size, NULL) || memchr (data, '\0', size) != NULL)
    {
      g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_UNSUPPORTED,
                           _("The file is not text Pursuit can read (UTF-8). Add a PDF, Word (.docx), "
                             "OpenDocument (.odt), text or Markdown file."));
      return NULL;
    }

  return g_strndup (data, size);
}

/* Which format @file_name claims by its extension; FALSE when it claims
 * none Pursuit knows. */
static gboolean
format_of_name (const char            *file_name,
                PursuitDocumentFormat *format)
{
  static const struct
  {
    const char *extension;
    PursuitDocumentFormat format;
  } extensions[] = {
    { ".pdf", PURSUIT_DOCUMENT_FORMAT_PDF },
    { ".docx", PURSUIT_DOCUMENT_FORMAT_DOCX },
    { ".odt", PURSUIT_DOCUMENT_FORMAT_ODT },
    { ".md", PURSUIT_DOCUMENT_FORMAT_MARKDOWN },
    { ".markdown", PURSUIT_DOCUMENT_FORMAT_MARKDOWN },
    { ".txt", PURSUIT_DOCUMENT_FORMAT_TEXT },
    { ".text", PURSUIT_DOCUMENT_FORMAT_TEXT },
  };
  g_autofree char *lower = g_ascii_strdown (file_name != NULL ? file_name : "", -1);

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      if (g_str_has_suffix (lower, extensions[i].extension))
        {
          *format = extensions[i].format;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * pursuit_document_detect_format:
 * @file_name: (nullable): the name the file had, for its extension
 *
 * Tells the format by the content; the extension only tells text from
 * Markdown. A file whose content is not what its name says is refused.
 */
gboolean
pursuit_document_detect_format (const char             *file_name,
                                GBytes                 *bytes,
                                PursuitDocumentFormat  *format,
                                GError                **error)
{
  PursuitDocumentFormat named = PURSUIT_DOCUMENT_FORMAT_TEXT;
  gboolean has_name;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  has_name = format_of_name (file_name, &named);

  if (has_prefix (bytes, "%PDF-", 5))
    *format = PURSUIT_DOCUMENT_FORMAT_PDF;
  else if (has_prefix (bytes, "PK\x03\x04", 4))
    {
      if (!zip_detect (bytes, format, error))
        return FALSE;
    }
  else if (has_prefix (bytes, "\xd0\xcf\x11\xe0", 4))
    {
      /* An OLE container: an old Word file, or a password-protected
       * Office file, which is wrapped in one. */
      if (has_name && named == PURSUIT_DOCUMENT_FORMAT_DOCX)
        set_encrypted (error);
      else
        g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_UNSUPPORTED,
                             _("This is an old Word (.doc) file. Save it as .docx or PDF and add that."));
      return FALSE;
    }
  else if (has_name && (named == PURSUIT_DOCUMENT_FORMAT_PDF || named == PURSUIT_DOCUMENT_FORMAT_DOCX ||
                        named == PURSUIT_DOCUMENT_FORMAT_ODT))
    {
      set_damaged (error, pursuit_document_format_get_label (named));
      return FALSE;
    }
  else
    *format = has_name ? named : PURSUIT_DOCUMENT_FORMAT_TEXT;

  if (has_name && named != *format &&
      !(named == PURSUIT_DOCUMENT_FORMAT_MARKDOWN || named == PURSUIT_DOCUMENT_FORMAT_TEXT))
    {
      set_damaged (error, pursuit_document_format_get_label (named));
      return FALSE;
    }

  return TRUE;
}

/**
 * pursuit_document_extract_text:
 *
 * Returns: (transfer full): the file's text, "" when it has none (a scan);
 *   %NULL with %PURSUIT_DOCUMENT_ERROR_DAMAGED or _ENCRYPTED
 */
char *
pursuit_document_extract_text (PursuitDocumentFormat   format,
                               GBytes                 *bytes,
                               GError                **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);

  switch (format)
    {
    case PURSUIT_DOCUMENT_FORMAT_PDF:
      return pdf_text (bytes, error);
    case PURSUIT_DOCUMENT_FORMAT_DOCX:
      return docx_text (bytes, error);
    case PURSUIT_DOCUMENT_FORMAT_ODT:
      return odt_text (bytes, error);
    case PURSUIT_DOCUMENT_FORMAT_TEXT:
    case PURSUIT_DOCUMENT_FORMAT_MARKDOWN:
      return plain_text (bytes, error);
    default:
      g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_UNSUPPORTED,
                           _("Unknown kind of file"));
      return NULL;
    }
}

static void
set_too_large (GError **error,
               goffset  size)
{
  g_autofree char *limit = g_format_size (PURSUIT_DOCUMENT_MAX_SIZE);
  g_autofree char *actual = g_format_size ((guint64) size);

  g_set_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_TOO_LARGE,
               _("The file is %s; Pursuit keeps files of up to %s. Save a smaller copy "
                 "(fewer or smaller pictures) and add that."),
               actual, limit);
}

/**
 * pursuit_document_file_new_from_bytes:
 * @file_name: (nullable): the name the file had
 *
 * Reads a file's content: its format, its text and, for a PDF, a picture
 * of its first page.
 */
PursuitDocumentFile *
pursuit_document_file_new_from_bytes (const char  *file_name,
                                      GBytes      *bytes,
                                      GError     **error)
{
  g_autoptr(PursuitDocumentFile) self = NULL;
  g_autoptr(GError) thumbnail_error = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (g_bytes_get_size (bytes) > PURSUIT_DOCUMENT_MAX_SIZE)
    {
      set_too_large (error, (goffset) g_bytes_get_size (bytes));
      return NULL;
    }

  self = g_new0 (PursuitDocumentFile, 1);
  self->bytes = g_bytes_ref (bytes);
  self->file_name = g_path_get_basename (file_name != NULL && file_name[0] != '\0' ? file_name : "document");
  if (!pursuit_document_detect_format (file_name, bytes, &self->format, error))
    return NULL;

  self->text = pursuit_document_extract_text (self->format, bytes, error);
  if (self->text == NULL)
    return NULL;

  /* Text goes to the database and its index as UTF-8: a broken PDF text
   * layer must not make the version unsaveable. */
  if (!g_utf8_validate (self->text, -1, NULL))
    {
      char *valid = g_utf8_make_valid (self->text, -1);

      g_free (self->text);
      self->text = valid;
    }

  if (self->format == PURSUIT_DOCUMENT_FORMAT_PDF)
    {
      self->thumbnail = pursuit_document_render_thumbnail (bytes, PURSUIT_DOCUMENT_THUMBNAIL_WIDTH,
                                                           &thumbnail_error);
      if (self->thumbnail == NULL)
        g_debug ("No picture of the first page: %s", thumbnail_error->message);
    }

  return g_steal_pointer (&self);
}

/**
 * pursuit_document_file_new_from_text:
 * @markdown: whether @text is Markdown
 *
 * A version written or pasted in the app: its file is its text.
 */
PursuitDocumentFile *
pursuit_document_file_new_from_text (const char *text,
                                     gboolean    markdown)
{
  PursuitDocumentFile *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_new0 (PursuitDocumentFile, 1);
  self->format = markdown ? PURSUIT_DOCUMENT_FORMAT_MARKDOWN : PURSUIT_DOCUMENT_FORMAT_TEXT;
  self->text = g_utf8_make_valid (text, -1);
  self->bytes = g_bytes_new (self->text, strlen (self->text));
  self->file_name = g_strdup ("");
  return self;
}

/**
 * pursuit_document_file_read:
 *
 * Reads a file from disk (it may be slow: call it off the main thread, or
 * use pursuit_document_file_read_async()). A file over the size limit is
 * refused before it is read.
 */
PursuitDocumentFile *
pursuit_document_file_read (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_UNSUPPORTED,
                           _("That is a folder. Choose a file."));
      return NULL;
    }

  if (g_file_info_get_size (info) > PURSUIT_DOCUMENT_MAX_SIZE)
    {
      set_too_large (error, g_file_info_get_size (info));
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;

  name = g_strdup (g_file_info_get_display_name (info));
  return pursuit_document_file_new_from_bytes (name, bytes, error);
}

static void
read_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  PursuitDocumentFile *read = pursuit_document_file_read (data, cancellable, &error);

  if (read == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, read, (GDestroyNotify) pursuit_document_file_free);
}

void
pursuit_document_file_read_async (GFile               *file,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_document_file_read_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_in_thread);
}

PursuitDocumentFile *
pursuit_document_file_read_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Writing copies */

/**
 * pursuit_document_write_private:
 * @read_only: make it 0400 instead of 0600
 *
 * Writes @bytes to @path readable by its owner only, as every file Pursuit
 * writes (see pursuit_database_make_private()): a resume holds an address
 * and a phone number. An existing file is replaced and made private.
 */
gboolean
pursuit_document_write_private (GBytes      *bytes,
                                const char  *path,
                                gboolean     read_only,
                                GError     **error)
{
  gsize size = 0;
  const char *data;
  int fd;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0 || fchmod (fd, 0600) != 0)
    {
      int saved_errno = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  while (size > 0)
    {
      gssize written = write (fd, data, size);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          int saved_errno = errno;

          close (fd);
          g_unlink (path);
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not write %s: %s"), path, g_strerror (saved_errno));
          return FALSE;
        }
      data += written;
      size -= (gsize) written;
    }

  if ((read_only && fchmod (fd, 0400) != 0) || close (fd) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* Where copies opened in other applications go: the user's runtime folder
 * lives in memory and is emptied at logout. */
static char *
temporary_folder (void)
{
  return g_build_filename (g_get_user_runtime_dir (), "pursuit-open", NULL);
}

/**
 * pursuit_document_write_temporary:
 * @file_name: what the copy is called, so the application shows a name
 *
 * Writes a read-only private copy to open with another application.
 *
 * Returns: (transfer full): its path
 */
char *
pursuit_document_write_temporary (GBytes      *bytes,
                                  const char  *file_name,
                                  GError     **error)
{
  g_autofree char *folder = temporary_folder ();
  g_autofree char *tmpl = NULL;
  g_autofree char *base = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write %s: %s"), folder, g_strerror (saved_errno));
      return NULL;
    }

  /* A folder of its own keeps the name as it is and apart from others. */
  tmpl = g_build_filename (folder, "XXXXXX", NULL);
  if (g_mkdtemp_full (tmpl, 0700) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write %s: %s"), folder, g_strerror (saved_errno));
      return NULL;
    }
  base = g_path_get_basename (file_name);
  path = g_build_filename (tmpl, base, NULL);
  if (!pursuit_document_write_private (bytes, path, TRUE, error))
    return NULL;

  return g_steal_pointer (&path);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Removes the copies opened in earlier runs. */
void
pursuit_document_clear_temporary (void)
{
  g_autofree char *folder = temporary_folder ();

  remove_tree (folder);
}
