/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-job.h"

G_BEGIN_DECLS

#define PURSUIT_CSV_ERROR (pursuit_csv_error_quark ())

/**
 * PursuitCsvError:
 * @PURSUIT_CSV_ERROR_TOO_LARGE: the text is over %PURSUIT_CSV_MAX_BYTES
 * @PURSUIT_CSV_ERROR_INVALID_UTF8: the text is not UTF-8; the message names the line
 * @PURSUIT_CSV_ERROR_MALFORMED: a quoted field is never closed, or a line
 *   has more than %PURSUIT_CSV_MAX_FIELDS fields; the message names the line
 * @PURSUIT_CSV_ERROR_EMPTY: there is no header line
 *
 * Each message is a sentence for the user, starting with "Line N" when
 * a line is at fault.
 */
typedef enum
{
  PURSUIT_CSV_ERROR_TOO_LARGE,
  PURSUIT_CSV_ERROR_INVALID_UTF8,
  PURSUIT_CSV_ERROR_MALFORMED,
  PURSUIT_CSV_ERROR_EMPTY,
} PursuitCsvError;

/* 64 MiB: far above 100,000 jobs with notes, far below what would hurt. */
#define PURSUIT_CSV_MAX_BYTES (64 * 1024 * 1024)
/* More columns than any tracker writes; bounds the memory a line of
 * separators alone could take. */
#define PURSUIT_CSV_MAX_FIELDS 1000

GQuark            pursuit_csv_error_quark (void);

/**
 * PursuitCsvRecord:
 * @line: the line the record starts on, counting from 1 (a record with a
 *   line break inside quotes spans several lines)
 * @n_fields: the number of fields
 * @fields: (array length=n_fields): the fields, unquoted, as UTF-8;
 *   also %NULL-terminated; they belong to the record and go with it
 * @problem: (nullable): what is wrong with the record, as a sentence
 *   starting with "Line N" (text after a closing quote, or a number of
 *   fields unlike the header's), or %NULL; the fields are kept as read
 */
typedef struct
{
  guint line;
  guint n_fields;
  char **fields;
  char *problem;
} PursuitCsvRecord;

void              pursuit_csv_record_free (PursuitCsvRecord *record);

/**
 * PursuitCsvReader:
 *
 * Reads records one at a time from text in memory, so a caller can handle
 * a large file without holding every record.
 */
typedef struct _PursuitCsvReader PursuitCsvReader;

PursuitCsvReader *pursuit_csv_reader_new           (const char        *data,
                                                    gsize              length,
                                                    GError           **error);
char              pursuit_csv_reader_get_separator (PursuitCsvReader  *reader);
gboolean          pursuit_csv_reader_next          (PursuitCsvReader  *reader,
                                                    PursuitCsvRecord **record,
                                                    GError           **error);
void              pursuit_csv_reader_free          (PursuitCsvReader  *reader);

/**
 * PursuitCsvTable:
 * @separator: the field separator found on the header line: ',', ';' or '\t'
 * @header: the header line's record
 * @records: (element-type PursuitCsvRecord): the data records, in order;
 *   records whose every field is empty are left out
 *
 * A whole CSV file: its header and its data records.
 */
typedef struct
{
  char separator;
  PursuitCsvRecord *header;
  GPtrArray *records;
} PursuitCsvTable;

PursuitCsvTable  *pursuit_csv_table_parse          (const char        *data,
                                                    gsize              length,
                                                    GError           **error);
void              pursuit_csv_table_free           (PursuitCsvTable   *table);

/**
 * PursuitCsvWriteFlags:
 * @PURSUIT_CSV_WRITE_NONE: the fields exactly as given
 * @PURSUIT_CSV_WRITE_BOM: start the file with a UTF-8 byte order mark, so
 *   Excel reads it as UTF-8 (it reads a file without one in the local
 *   8-bit code page and garbles every accent); LibreOffice and this
 *   reader skip it
 * @PURSUIT_CSV_WRITE_PROTECT_FORMULAS: put an apostrophe before a text
 *   field starting with "=", "+", "-", "@", a tab or a carriage return,
 *   which a spreadsheet would run as a formula (CSV injection); Pursuit's
 *   import takes such an apostrophe off again
 *
 * %PURSUIT_CSV_WRITE_DEFAULT is what a file for people and spreadsheets
 * wants.
 */
typedef enum
{
  PURSUIT_CSV_WRITE_NONE = 0,
  PURSUIT_CSV_WRITE_BOM = 1 << 0,
  PURSUIT_CSV_WRITE_PROTECT_FORMULAS = 1 << 1,
} PursuitCsvWriteFlags;

#define PURSUIT_CSV_WRITE_DEFAULT (PURSUIT_CSV_WRITE_BOM | PURSUIT_CSV_WRITE_PROTECT_FORMULAS)

void              pursuit_csv_write_field          (GString             *out,
                                                    const char          *text,
                                                    PursuitCsvWriteFlags flags);
void              pursuit_csv_write_record         (GString             *out,
                                                    const char * const  *fields,
                                                    guint                n_fields,
                                                    PursuitCsvWriteFlags flags);
void              pursuit_csv_write_job_header     (GString             *out,
                                                    PursuitCsvWriteFlags flags);
void              pursuit_csv_write_job            (GString             *out,
                                                    PursuitJob          *job,
                                                    PursuitCsvWriteFlags flags);
char             *pursuit_csv_write_jobs           (GListModel          *jobs,
                                                    PursuitCsvWriteFlags flags);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitCsvRecord, pursuit_csv_record_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitCsvReader, pursuit_csv_reader_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitCsvTable, pursuit_csv_table_free)

G_END_DECLS
