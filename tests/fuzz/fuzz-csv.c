/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pursuit-csv.h"
#include "pursuit-fuzz.h"
#include "pursuit-import.h"
#include "pursuit-job-fields.h"
#include "pursuit-pay.h"

/* The CSV reader and the import's mapping of a file to draft jobs, on any
 * bytes (NULs too: a file is read whole).
 *
 * - The reader: fields are UTF-8, lines only go forward, no record has more
 *   than PURSUIT_CSV_MAX_FIELDS fields; the table, written again by
 *   pursuit_csv_write_record(), reads back to the same fields.
 * - The import, with the preset, date order and pay reader the input's hash
 *   picks: one row per data record, on its line; every problem names its
 *   line; a row said complete has fields the store would save; the counts
 *   (rows with problems, rows per unknown stage) add up.
 * - Date, stage and value readers on every cell: a date read exists, and a
 *   date said ambiguous reads both ways. */

/* How many lines the input has: no problem can name a line past them. */
static guint n_lines;

/* A problem is a sentence that starts by naming its line: "Line 4: …" or
 * "Line 4 has 3 fields, …". A record spans lines when a quoted field holds
 * line breaks; its problem may name the line inside it where the fault is. */
static void
assert_names_line (const char *problem,
                   guint       line)
{
  guint named = 0;
  int end = 0;

  g_assert_true (g_utf8_validate (problem, -1, NULL));
  if (sscanf (problem, "Line %u%n", &named, &end) != 1 || (problem[end] != ':' && problem[end] != ' ') ||
      named < line || named > n_lines)
    pursuit_fuzz_fail ("A problem of line %u (of %u) names another: %s", line, n_lines, problem);
}

static void
assert_record (const PursuitCsvRecord *record,
               guint                   after_line)
{
  g_assert_cmpuint (record->line, >, after_line);
  g_assert_cmpuint (record->n_fields, >=, 1);
  g_assert_cmpuint (record->n_fields, <=, PURSUIT_CSV_MAX_FIELDS);
  g_assert_null (record->fields[record->n_fields]);
  for (guint i = 0; i < record->n_fields; i++)
    g_assert_true (g_utf8_validate (record->fields[i], -1, NULL));
  if (record->problem != NULL)
    assert_names_line (record->problem, record->line);
}

static void
assert_same_fields (const PursuitCsvRecord *a,
                    const PursuitCsvRecord *b)
{
  g_assert_cmpuint (a->n_fields, ==, b->n_fields);
  for (guint i = 0; i < a->n_fields; i++)
    g_assert_cmpstr (a->fields[i], ==, b->fields[i]);
}

static gboolean
all_empty (const PursuitCsvRecord *record)
{
  for (guint i = 0; i < record->n_fields; i++)
    if (record->fields[i][0] != '\0')
      return FALSE;
  return TRUE;
}

static void
check_table (PursuitCsvTable *table,
             guint            hash)
{
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(PursuitCsvTable) again = NULL;
  g_autoptr(GError) error = NULL;
  PursuitCsvWriteFlags flags = hash & 1 ? PURSUIT_CSV_WRITE_BOM : PURSUIT_CSV_WRITE_NONE;
  guint line = 0;

  g_assert_true (table->separator == ',' || table->separator == ';' || table->separator == '\t');
  assert_record (table->header, 0);
  line = table->header->line;
  for (guint i = 0; i < table->records->len; i++)
    {
      const PursuitCsvRecord *record = g_ptr_array_index (table->records, i);

      assert_record (record, line);
      g_assert_false (all_empty (record));
      line = record->line;
    }

  /* Written as the export writes, it reads back to the same fields. A
   * header of one empty field is no header: nothing to write back. */
  if (table->header->n_fields == 1 && table->header->fields[0][0] == '\0')
    return;
  if (flags & PURSUIT_CSV_WRITE_BOM)
    g_string_append (written, "\xef\xbb\xbf");
  pursuit_csv_write_record (written, (const char * const *) table->header->fields,
                            table->header->n_fields, PURSUIT_CSV_WRITE_NONE);
  for (guint i = 0; i < table->records->len; i++)
    {
      const PursuitCsvRecord *record = g_ptr_array_index (table->records, i);

      pursuit_csv_write_record (written, (const char * const *) record->fields, record->n_fields,
                                PURSUIT_CSV_WRITE_NONE);
    }

  again = pursuit_csv_table_parse (written->str, written->len, &error);
  if (again == NULL)
    pursuit_fuzz_fail ("What was written does not read back: %s\n%s", error->message, written->str);
  g_assert_cmpint (again->separator, ==, ',');
  assert_same_fields (table->header, again->header);
  g_assert_cmpuint (again->records->len, ==, table->records->len);
  for (guint i = 0; i < table->records->len; i++)
    {
      const PursuitCsvRecord *record = g_ptr_array_index (again->records, i);

      assert_same_fields (g_ptr_array_index (table->records, i), record);
      if (record->n_fields == again->header->n_fields)
        g_assert_null (record->problem);
    }
}

static void
check_cell (const char *cell)
{
  g_autofree char *iso = NULL;
  gboolean ambiguous = FALSE;
  PursuitStageKind kind;
  PursuitWorkplace workplace;
  PursuitEmploymentType type;
  PursuitPayPeriod period;

  if (pursuit_import_parse_date (cell, PURSUIT_DATE_ORDER_UNKNOWN, &iso, &ambiguous))
    pursuit_fuzz_assert_date (iso);
  if (ambiguous)
    {
      g_autofree char *month_first = NULL;
      g_autofree char *day_first = NULL;

      /* Ambiguous: both readings are real dates, and they differ. */
      g_assert_true (pursuit_import_parse_date (cell, PURSUIT_DATE_ORDER_MONTH_FIRST, &month_first, NULL));
      g_assert_true (pursuit_import_parse_date (cell, PURSUIT_DATE_ORDER_DAY_FIRST, &day_first, NULL));
      pursuit_fuzz_assert_date (month_first);
      pursuit_fuzz_assert_date (day_first);
    }
  for (PursuitDateOrder order = PURSUIT_DATE_ORDER_MONTH_FIRST; order <= PURSUIT_DATE_ORDER_DAY_FIRST; order++)
    {
      g_autofree char *date = NULL;
      gboolean still_ambiguous = FALSE;

      if (pursuit_import_parse_date (cell, order, &date, &still_ambiguous))
        pursuit_fuzz_assert_date (date);
      g_assert_false (still_ambiguous);
    }

  if (pursuit_import_guess_stage_kind (cell, &kind))
    g_assert_cmpint (kind, <=, PURSUIT_STAGE_KIND_LAST);
  if (pursuit_import_parse_workplace (cell, &workplace))
    g_assert_cmpint (workplace, !=, PURSUIT_WORKPLACE_UNKNOWN);
  if (pursuit_import_parse_employment_type (cell, &type))
    g_assert_cmpint (type, !=, PURSUIT_EMPLOYMENT_UNKNOWN);
  if (pursuit_import_parse_pay_period (cell, &period))
    g_assert_cmpint (period, !=, PURSUIT_PAY_PERIOD_UNKNOWN);
}

/* The salary engine's pay reader, as the app gives it to the import. */
static gboolean
parse_pay (const char       *text,
           double           *min,
           double           *max,
           char            **currency,
           PursuitPayPeriod *period,
           gpointer          user_data)
{
  PursuitParsedPay parsed;

  if (!pursuit_pay_parse (text, NULL, &parsed, NULL) || parsed.kind != PURSUIT_PAY_TEXT_FIGURES)
    return FALSE;
  *min = parsed.min;
  *max = parsed.max;
  *currency = parsed.currency[0] != '\0' ? g_strdup (parsed.currency) : NULL;
  *period = parsed.period;
  return TRUE;
}

static void
assert_problems (GStrv problems,
                 guint line)
{
  for (guint i = 0; problems[i] != NULL; i++)
    assert_names_line (problems[i], line);
}

static void
check_import (const uint8_t   *data,
              size_t           size,
              PursuitCsvTable *table,
              guint            hash)
{
  g_autoptr(PursuitImportOptions) options = pursuit_import_options_new ();
  g_autoptr(PursuitImportResult) result = NULL;
  g_autoptr(PursuitImportMapping) mapping = NULL;
  g_autoptr(GError) error = NULL;
  PursuitImportPreset preset = (hash >> 1) % (PURSUIT_IMPORT_PRESET_LAST + 1);
  PursuitDateOrder order = (hash >> 4) % 3;
  guint n_problem_rows = 0;
  guint n_unknown = 0;
  guint n_unknown_rows = 0;
  gboolean ambiguous = FALSE;

  pursuit_import_options_set_date_order (options, order);
  if (hash & (1 << 6))
    pursuit_import_options_set_pay_parser (options, parse_pay, NULL);
  if (hash & (1 << 7))
    pursuit_import_options_set_stage_kind (options, table->header->fields[0], PURSUIT_STAGE_KIND_OFFER);

  result = pursuit_import_map_csv ((const char *) data, size, preset, options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);

  /* The mapping alone: a field for each column, one column for each field
   * but those that may repeat. */
  mapping = pursuit_import_mapping_new ((const char * const *) table->header->fields,
                                        table->header->n_fields, preset);
  g_assert_cmpuint (pursuit_import_mapping_get_n_columns (mapping), ==, table->header->n_fields);
  for (guint i = 0; i < table->header->n_fields; i++)
    {
      PursuitImportField field = pursuit_import_mapping_get_field (mapping, i);

      g_assert_cmpint (field, <=, PURSUIT_IMPORT_FIELD_LAST);
      g_assert_cmpint (pursuit_import_guess_field (table->header->fields[i]), <=, PURSUIT_IMPORT_FIELD_LAST);
      if (field != PURSUIT_IMPORT_FIELD_IGNORE && field != PURSUIT_IMPORT_FIELD_NOTES &&
          field != PURSUIT_IMPORT_FIELD_CONTACT && field != PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES)
        g_assert_cmpint (pursuit_import_mapping_find_field (mapping, field), ==, (int) i);
    }

  g_assert_cmpuint (result->rows->len, ==, table->records->len);
  for (guint i = 0; i < result->rows->len; i++)
    {
      const PursuitImportRow *row = g_ptr_array_index (result->rows, i);
      const PursuitCsvRecord *record = g_ptr_array_index (table->records, i);

      g_assert_cmpuint (row->line, ==, record->line);
      g_assert_nonnull (row->job);
      g_assert_null (pursuit_job_get_stage (row->job));
      g_assert_cmpint (row->stage_kind, <=, PURSUIT_STAGE_KIND_LAST);
      g_assert_nonnull (row->stage_name);
      g_assert_true (g_utf8_validate (row->stage_name, -1, NULL));
      g_assert_nonnull (row->problems);
      assert_problems (row->problems, row->line);
      if (row->problems[0] != NULL)
        n_problem_rows++;
      if (!row->stage_known)
        {
          g_assert_cmpstr (row->stage_name, !=, "");
          n_unknown_rows++;
        }

      /* Whatever the row, its dates are real or empty. */
      pursuit_fuzz_assert_date (pursuit_job_get_applied_on (row->job));
      pursuit_fuzz_assert_date (pursuit_job_get_deadline (row->job));
      pursuit_fuzz_assert_date (pursuit_job_get_next_action_due (row->job));

      /* A complete row saves as it is; an incomplete one says why. */
      if (row->complete)
        {
          for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
            {
              g_autoptr(GError) field_error = NULL;

              if (field == PURSUIT_JOB_FIELD_STAGE)
                continue;
              if (!pursuit_job_field_check (row->job, field, &field_error))
                pursuit_fuzz_fail ("Line %u is complete but %s", row->line, field_error->message);
            }
        }
      else
        g_assert_nonnull (row->problems[0]);
    }
  g_assert_cmpuint (result->n_problem_rows, ==, n_problem_rows);

  for (guint i = 0; i < result->unknown_stages->len; i++)
    {
      const PursuitImportUnknownStage *stage = g_ptr_array_index (result->unknown_stages, i);

      g_assert_cmpuint (stage->n_rows, >, 0);
      g_assert_cmpuint (stage->first_line, >, table->header->line);
      g_assert_true (g_utf8_validate (stage->name, -1, NULL));
      n_unknown += stage->n_rows;
    }
  g_assert_cmpuint (n_unknown, ==, n_unknown_rows);

  for (guint i = 0; i < result->date_columns->len; i++)
    {
      const PursuitImportDateColumn *column = g_ptr_array_index (result->date_columns, i);

      g_assert_cmpuint (column->column, <, table->header->n_fields);
      g_assert_true (g_utf8_validate (column->header, -1, NULL));
      if (order != PURSUIT_DATE_ORDER_UNKNOWN)
        {
          g_assert_cmpint (column->order, ==, order);
          g_assert_false (column->ambiguous);
        }
      ambiguous |= column->ambiguous;
    }
  g_assert_cmpint (result->dates_ambiguous, ==, ambiguous);

  for (guint i = 0; result->problems[i] != NULL; i++)
    g_assert_true (g_utf8_validate (result->problems[i], -1, NULL));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PursuitCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strndup ((const char *) data, size);
  guint hash = 5381;

  /* CRLF, LF and a lone CR each end a line; the last line may end in none. */
  n_lines = 1;
  for (size_t i = 0; i < size; i++)
    {
      hash = hash * 33 + data[i];
      if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n')))
        n_lines++;
    }

  table = pursuit_csv_table_parse ((const char *) data, size, &error);
  if (table == NULL)
    {
      g_autoptr(PursuitImportResult) result = NULL;
      g_autoptr(GError) import_error = NULL;

      pursuit_fuzz_assert_error_readable (error, PURSUIT_CSV_ERROR);
      /* The import refuses the same file the same way. */
      result = pursuit_import_map_csv ((const char *) data, size, PURSUIT_IMPORT_PRESET_GUESS, NULL, &import_error);
      g_assert_null (result);
      g_assert_error (import_error, PURSUIT_CSV_ERROR, error->code);
      return 0;
    }
  g_assert_no_error (error);

  check_table (table, hash);
  check_import (data, size, table, hash);

  check_cell (text);
  for (guint i = 0; i < table->header->n_fields; i++)
    check_cell (table->header->fields[i]);
  for (guint i = 0; i < table->records->len; i++)
    {
      const PursuitCsvRecord *record = g_ptr_array_index (table->records, i);

      for (guint j = 0; j < record->n_fields; j++)
        check_cell (record->fields[j]);
    }
  return 0;
}
