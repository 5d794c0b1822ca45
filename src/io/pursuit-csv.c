/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-csv.h"

/* CSV as RFC 4180 has it, read the way spreadsheets write it:
 * - fields are separated by commas, or by semicolons (spreadsheets in
 *   countries with a decimal comma) or tabs, whichever the header line
 *   uses; Excel's "sep=;" first line is honoured;
 * - a field in double quotes may hold separators, line breaks and doubled
 *   quotes; a quote inside an unquoted field is kept as it is, as every
 *   spreadsheet does;
 * - records end in CRLF, LF or a lone CR (old Mac exports); line breaks
 *   inside quotes are kept exactly, so what the writer below writes reads
 *   back the same;
 * - a UTF-8 byte order mark is skipped; any other encoding is refused with
 *   the line of the first byte that is not UTF-8.
 *
 * The reader walks the text once and copies each field once, so time and
 * memory grow with the size of the file and nothing else. */

G_DEFINE_QUARK (pursuit-csv-error-quark, pursuit_csv_error)

#define UTF8_BOM "\xef\xbb\xbf"

struct _PursuitCsvReader
{
  const char *position;
  const char *end;
  guint line;
  char separator;

  /* The record being read: its fields one after the other, each ending in
   * a nul, and where each starts. A record is then one allocation. */
  GString *text;
  GArray *starts;
};

void
pursuit_csv_record_free (PursuitCsvRecord *record)
{
  if (record == NULL)
    return;

  /* The fields live in the record's own block. */
  g_free (record->problem);
  g_free (record);
}

/* The line that @at is on, counting CRLF, LF and lone CR as line ends. */
static guint
count_lines (const char *start,
             const char *at)
{
  guint line = 1;

  for (const char *p = start; p < at; p++)
    {
      if (*p == '\n' || (*p == '\r' && (p + 1 == at || p[1] != '\n')))
        line++;
    }
  return line;
}

/* Which of comma, semicolon and tab the first line uses most, outside
 * quotes; a comma when it uses none (a file of one column). */
static char
detect_separator (const char *start,
                  const char *end)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (const char *p = start; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\n' || *p == '\r')
        break;
      else if (*p == ',')
        commas++;
      else if (*p == ';')
        semicolons++;
      else if (*p == '\t')
        tabs++;
    }

  if (semicolons > commas && semicolons >= tabs)
    return ';';
  if (tabs > commas && tabs > semicolons)
    return '\t';
  return ',';
}

/**
 * pursuit_csv_reader_new:
 * @data: the file's bytes
 * @length: their number
 *
 * Checks the size and the encoding, skips a byte order mark and a "sep="
 * line, and finds the separator from the header line.
 *
 * Returns: (transfer full) (nullable): a reader that borrows @data, which
 *   must outlive it; %NULL with @error set when the text is too large or
 *   not UTF-8
 */
PursuitCsvReader *
pursuit_csv_reader_new (const char  *data,
                        gsize        length,
                        GError     **error)
{
  PursuitCsvReader *reader;
  const char *invalid = NULL;
  const char *end;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > PURSUIT_CSV_MAX_BYTES)
    {
      g_set_error (error, PURSUIT_CSV_ERROR, PURSUIT_CSV_ERROR_TOO_LARGE,
                   _("The file is larger than %u MB. Split it into smaller files and import each."),
                   (guint) (PURSUIT_CSV_MAX_BYTES / (1024 * 1024)));
      return NULL;
    }

  if (length > 0 && !g_utf8_validate_len (data, length, &invalid))
    {
      g_set_error (error, PURSUIT_CSV_ERROR, PURSUIT_CSV_ERROR_INVALID_UTF8,
                   _("Line %u: the text is not UTF-8. Save the file as CSV in UTF-8 (Unicode) and import it again."),
                   count_lines (data, invalid));
      return NULL;
    }

  end = data + length;
  reader = g_new0 (PursuitCsvReader, 1);
  reader->position = data;
  reader->end = end;
  reader->line = 1;
  reader->text = g_string_sized_new (256);
  reader->starts = g_array_sized_new (FALSE, FALSE, sizeof (gsize), 32);

  if (length >= 3 && memcmp (data, UTF8_BOM, 3) == 0)
    reader->position += 3;

  /* Excel writes "sep=;" as a first line to name the separator. The line
   * is never the header; a separator other than the three this reader
   * knows (a quote or a line break would break every record) is found
   * from the header instead. */
  if (end - reader->position >= 5 && strncmp (reader->position, "sep=", 4) == 0 &&
      reader->position[4] != '\n' && reader->position[4] != '\r' &&
      (end - reader->position == 5 || reader->position[5] == '\n' || reader->position[5] == '\r'))
    {
      char named = reader->position[4];

      if (named == ',' || named == ';' || named == '\t')
        reader->separator = named;
      reader->position += 5;
      if (reader->position < end && *reader->position == '\r')
        reader->position++;
      if (reader->position < end && *reader->position == '\n')
        reader->position++;
      reader->line = 2;
    }
  if (reader->separator == 0)
    reader->separator = detect_separator (reader->position, end);

  return reader;
}

/**
 * pursuit_csv_reader_get_separator:
 *
 * Returns: the field separator: ',', ';', '\t', or what a "sep=" line named
 */
char
pursuit_csv_reader_get_separator (PursuitCsvReader *reader)
{
  g_return_val_if_fail (reader != NULL, ',');

  return reader->separator;
}

void
pursuit_csv_reader_free (PursuitCsvReader *reader)
{
  if (reader == NULL)
    return;

  g_string_free (reader->text, TRUE);
  g_array_unref (reader->starts);
  g_free (reader);
}

/* Consumes a line end at the reader's position, if there is one. */
static gboolean
take_line_end (PursuitCsvReader *reader)
{
  const char *p = reader->position;

  if (p < reader->end && *p == '\r')
    {
      p++;
      if (p < reader->end && *p == '\n')
        p++;
    }
  else if (p < reader->end && *p == '\n')
    p++;
  else
    return FALSE;

  reader->position = p;
  reader->line++;
  return TRUE;
}

/* Reads a quoted field from just after its opening quote up to and
 * including its closing quote onto reader->text. */
static gboolean
read_quoted (PursuitCsvReader  *reader,
             GError           **error)
{
  guint opening_line = reader->line;
  const char *p = reader->position;

  for (;;)
    {
      const char *quote = memchr (p, '"', reader->end - p);

      if (quote == NULL)
        {
          g_set_error (error, PURSUIT_CSV_ERROR, PURSUIT_CSV_ERROR_MALFORMED,
                       _("Line %u: a quoted field is never closed; check for a missing quote (\") on this line."),
                       opening_line);
          return FALSE;
        }

      g_string_append_len (reader->text, p, quote - p);
      for (const char *q = p; q < quote; q++)
        {
          if (*q == '\n' || (*q == '\r' && q[1] != '\n'))
            reader->line++;
        }

      if (quote + 1 < reader->end && quote[1] == '"')
        {
          g_string_append_c (reader->text, '"');
          p = quote + 2;
          continue;
        }

      reader->position = quote + 1;
      return TRUE;
    }
}

static gboolean
at_field_end (PursuitCsvReader *reader)
{
  const char *p = reader->position;

  return p >= reader->end || *p == reader->separator || *p == '\n' || *p == '\r';
}

/* Appends the unquoted text from the reader's position to the end of the
 * field. */
static void
read_unquoted (PursuitCsvReader *reader)
{
  const char *start = reader->position;

  while (!at_field_end (reader))
    reader->position++;
  g_string_append_len (reader->text, start, reader->position - start);
}

/* The record read, as one block: the struct, the field pointers, then the
 * fields' text. */
static PursuitCsvRecord *
pack_record (PursuitCsvReader *reader,
             guint             line,
             char             *problem)
{
  guint n_fields = reader->starts->len;
  gsize pointers = (n_fields + 1) * sizeof (char *);
  PursuitCsvRecord *record = g_malloc (sizeof (PursuitCsvRecord) + pointers + reader->text->len);
  char **fields = (char **) (gpointer) (record + 1);
  char *text = (char *) fields + pointers;

  G_STATIC_ASSERT (sizeof (PursuitCsvRecord) % sizeof (char *) == 0);

  memcpy (text, reader->text->str, reader->text->len);
  for (guint i = 0; i < n_fields; i++)
    fields[i] = text + g_array_index (reader->starts, gsize, i);
  fields[n_fields] = NULL;

  record->line = line;
  record->n_fields = n_fields;
  record->fields = fields;
  record->problem = problem;
  return record;
}

/**
 * pursuit_csv_reader_next:
 * @record: (out) (transfer full) (optional): the next record, or %NULL at
 *   the end of the text
 *
 * Reads the next record. Lines with nothing on them are skipped.
 *
 * Returns: %TRUE when a record was read; %FALSE at the end of the text, or
 *   with @error set when a quoted field is never closed or a line has too
 *   many fields (nothing after that can be read with confidence)
 */
gboolean
pursuit_csv_reader_next (PursuitCsvReader  *reader,
                         PursuitCsvRecord **record,
                         GError           **error)
{
  g_autofree char *problem = NULL;
  guint first_line;

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (record != NULL)
    *record = NULL;

  while (take_line_end (reader))
    ;
  if (reader->position >= reader->end)
    return FALSE;

  first_line = reader->line;
  g_string_truncate (reader->text, 0);
  g_array_set_size (reader->starts, 0);

  for (;;)
    {
      gsize start = reader->text->len;

      if (reader->starts->len == PURSUIT_CSV_MAX_FIELDS)
        {
          g_set_error (error, PURSUIT_CSV_ERROR, PURSUIT_CSV_ERROR_MALFORMED,
                       _("Line %u has more than %u fields."), first_line, PURSUIT_CSV_MAX_FIELDS);
          return FALSE;
        }
      g_array_append_val (reader->starts, start);

      if (reader->position < reader->end && *reader->position == '"')
        {
          reader->position++;
          if (!read_quoted (reader, error))
            return FALSE;

          if (!at_field_end (reader))
            {
              /* "abc"def: keep every character, but say so, since the
               * quotes were probably meant differently. */
              if (problem == NULL)
                problem = g_strdup_printf (_("Line %u: text follows the closing quote of field %u."),
                                           reader->line, reader->starts->len);
              read_unquoted (reader);
            }
        }
      else
        read_unquoted (reader);

      /* A GString holds nuls well: each ends its field. */
      g_string_append_c (reader->text, '\0');

      if (reader->position < reader->end && *reader->position == reader->separator)
        {
          reader->position++;
          continue;
        }
      take_line_end (reader);
      break;
    }

  if (record != NULL)
    *record = pack_record (reader, first_line, g_steal_pointer (&problem));
  return TRUE;
}

static gboolean
is_blank_record (PursuitCsvRecord *record)
{
  for (guint i = 0; i < record->n_fields; i++)
    {
      for (const char *p = record->fields[i]; *p != '\0'; p++)
        {
          if (!g_ascii_isspace (*p))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * pursuit_csv_table_parse:
 * @data: the file's bytes
 * @length: their number
 *
 * Reads a whole CSV file whose first line names the columns. A data record
 * with a number of fields unlike the header's keeps its fields and gets a
 * problem; one empty field too many at the end (a trailing separator) is
 * dropped without one.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL with @error set
 */
PursuitCsvTable *
pursuit_csv_table_parse (const char  *data,
                         gsize        length,
                         GError     **error)
{
  g_autoptr(PursuitCsvReader) reader = NULL;
  g_autoptr(PursuitCsvTable) table = NULL;
  PursuitCsvRecord *record = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = pursuit_csv_reader_new (data, length, error);
  if (reader == NULL)
    return NULL;

  table = g_new0 (PursuitCsvTable, 1);
  table->separator = pursuit_csv_reader_get_separator (reader);
  table->records = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_csv_record_free);

  if (!pursuit_csv_reader_next (reader, &table->header, &local_error))
    {
      if (local_error == NULL)
        g_set_error_literal (&local_error, PURSUIT_CSV_ERROR, PURSUIT_CSV_ERROR_EMPTY,
                             _("The file is empty: it has no line naming the columns."));
      g_propagate_error (error, local_error);
      return NULL;
    }

  while (pursuit_csv_reader_next (reader, &record, &local_error))
    {
      guint expected = table->header->n_fields;

      if (is_blank_record (record))
        {
          pursuit_csv_record_free (record);
          continue;
        }

      if (record->n_fields == expected + 1 && record->fields[expected][0] == '\0')
        {
          record->fields[expected] = NULL;
          record->n_fields = expected;
        }
      else if (record->n_fields != expected && record->problem == NULL)
        {
          record->problem = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "Line %u has %u field, but the first line names %u columns.",
                                                          "Line %u has %u fields, but the first line names %u columns.",
                                                          record->n_fields),
                                             record->line, record->n_fields, expected);
        }

      g_ptr_array_add (table->records, record);
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  return g_steal_pointer (&table);
}

void
pursuit_csv_table_free (PursuitCsvTable *table)
{
  if (table == NULL)
    return;

  pursuit_csv_record_free (table->header);
  g_clear_pointer (&table->records, g_ptr_array_unref);
  g_free (table);
}

static gboolean
needs_formula_guard (const char *text)
{
  return text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

static gboolean
needs_quotes (const char *text)
{
  gsize length = strlen (text);

  if (length == 0)
    return FALSE;

  /* Edge spaces are data, and some readers trim them outside quotes. */
  if (text[0] == ' ' || text[length - 1] == ' ')
    return TRUE;

  /* At the start of a file, a reader would take these for a byte order
   * mark or Excel's separator line. */
  if (g_str_has_prefix (text, UTF8_BOM) || g_str_has_prefix (text, "sep="))
    return TRUE;

  return strpbrk (text, ",;\t\"\r\n") != NULL;
}

/**
 * pursuit_csv_write_field:
 * @out: where to append
 * @text: the field's text, UTF-8
 * @flags: %PURSUIT_CSV_WRITE_PROTECT_FORMULAS is the only one that matters
 *   here; leave it out for fields that are numbers
 *
 * Appends one field, in quotes when it holds a separator (any of the three
 * this reader knows), a quote, a line break or a space at either end, or
 * starts with a byte order mark or "sep="; quotes inside are doubled.
 */
void
pursuit_csv_write_field (GString             *out,
                         const char          *text,
                         PursuitCsvWriteFlags flags)
{
  gboolean guard;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    text = "";

  guard = (flags & PURSUIT_CSV_WRITE_PROTECT_FORMULAS) != 0 && needs_formula_guard (text);

  if (!needs_quotes (text))
    {
      if (guard)
        g_string_append_c (out, '\'');
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  if (guard)
    g_string_append_c (out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * pursuit_csv_write_record:
 * @out: where to append
 * @fields: (array length=n_fields): the fields
 * @n_fields: their number
 *
 * Appends one record, comma-separated, ending in CRLF as RFC 4180 says.
 */
void
pursuit_csv_write_record (GString             *out,
                          const char * const  *fields,
                          guint                n_fields,
                          PursuitCsvWriteFlags flags)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (fields != NULL || n_fields == 0);

  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      pursuit_csv_write_field (out, fields[i], flags);
    }
  g_string_append (out, "\r\n");
}
