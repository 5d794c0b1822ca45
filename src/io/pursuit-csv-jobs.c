/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-csv.h"
#include "pursuit-import.h"
#include "pursuit-stage.h"

/* Jobs as CSV for spreadsheets and for coming back: the columns are those
 * of the Pursuit import preset, so a file written here reads back into the
 * same jobs. Column names stay in English whatever the language, because
 * they are how the import recognises the file; values are written the
 * way the import reads them (ISO dates, enum nicks, plain numbers).
 *
 * What does not come back exactly: edge spaces of one-line fields (the
 * import trims cells), line breaks inside one-line fields, and a cell
 * that is only a placeholder word such as "-" or "N/A". */

#define UTF8_BOM "\xef\xbb\xbf"

/* "38500", "19.5": no exponent, no trailing zeros, a point for decimals. */
static char *
format_amount (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  if (value < 0)
    return g_strdup ("");

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", value);
  end = buffer + strlen (buffer);
  while (end > buffer && end[-1] == '0')
    *--end = '\0';
  if (end > buffer && end[-1] == '.')
    *--end = '\0';
  return g_strdup (buffer);
}

static const char *
nick_unless_unknown (GType type,
                     int   value)
{
  return value == 0 ? "" : pursuit_enum_get_nick (type, value);
}

static char *
job_value (PursuitJob         *job,
           PursuitImportField  field)
{
  PursuitStage *stage = pursuit_job_get_stage (job);

  switch (field)
    {
    case PURSUIT_IMPORT_FIELD_COMPANY:
      return g_strdup (pursuit_job_get_company (job));
    case PURSUIT_IMPORT_FIELD_TITLE:
      return g_strdup (pursuit_job_get_title (job));
    case PURSUIT_IMPORT_FIELD_STAGE:
      return g_strdup (stage != NULL ? pursuit_stage_get_name (stage) : "");
    case PURSUIT_IMPORT_FIELD_STAGE_KIND:
      return g_strdup (stage != NULL ? pursuit_stage_kind_to_nick (pursuit_stage_get_kind (stage)) : "");
    case PURSUIT_IMPORT_FIELD_LOCATION:
      return g_strdup (pursuit_job_get_location (job));
    case PURSUIT_IMPORT_FIELD_WORKPLACE:
      return g_strdup (nick_unless_unknown (PURSUIT_TYPE_WORKPLACE, pursuit_job_get_workplace (job)));
    case PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE:
      return g_strdup (nick_unless_unknown (PURSUIT_TYPE_EMPLOYMENT_TYPE, pursuit_job_get_employment_type (job)));
    case PURSUIT_IMPORT_FIELD_INDUSTRY:
      return g_strdup (pursuit_job_get_industry (job));
    case PURSUIT_IMPORT_FIELD_SOURCE:
      return g_strdup (pursuit_job_get_source (job));
    case PURSUIT_IMPORT_FIELD_URL:
      return g_strdup (pursuit_job_get_url (job));
    case PURSUIT_IMPORT_FIELD_APPLIED_ON:
      return g_strdup (pursuit_job_get_applied_on (job));
    case PURSUIT_IMPORT_FIELD_DEADLINE:
      return g_strdup (pursuit_job_get_deadline (job));
    case PURSUIT_IMPORT_FIELD_PAY_MIN:
      return format_amount (pursuit_job_get_pay_min (job));
    case PURSUIT_IMPORT_FIELD_PAY_MAX:
      return format_amount (pursuit_job_get_pay_max (job));
    case PURSUIT_IMPORT_FIELD_PAY_CURRENCY:
      return g_strdup (pursuit_job_get_pay_currency (job));
    case PURSUIT_IMPORT_FIELD_PAY_PERIOD:
      return g_strdup (nick_unless_unknown (PURSUIT_TYPE_PAY_PERIOD, pursuit_job_get_pay_period (job)));
    case PURSUIT_IMPORT_FIELD_EXCITEMENT:
      return g_strdup_printf ("%d", pursuit_job_get_excitement (job));
    case PURSUIT_IMPORT_FIELD_NEXT_ACTION:
      return g_strdup (pursuit_job_get_next_action (job));
    case PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE:
      return g_strdup (pursuit_job_get_next_action_due (job));
    case PURSUIT_IMPORT_FIELD_ARCHIVED:
      return g_strdup (pursuit_job_get_archived (job) ? "yes" : "no");
    case PURSUIT_IMPORT_FIELD_NOTES:
      return g_strdup (pursuit_job_get_notes (job));
    case PURSUIT_IMPORT_FIELD_POSTING_TEXT:
      return g_strdup (pursuit_job_get_posting_text (job));
    case PURSUIT_IMPORT_FIELD_IGNORE:
    case PURSUIT_IMPORT_FIELD_PAY:
    case PURSUIT_IMPORT_FIELD_POSTING_HTML:
    case PURSUIT_IMPORT_FIELD_CONTACT:
    case PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES:
    default:
      g_assert_not_reached ();
    }
}

/**
 * pursuit_csv_write_job_header:
 * @out: where to append
 *
 * Appends the line naming the columns pursuit_csv_write_job() writes.
 */
void
pursuit_csv_write_job_header (GString             *out,
                              PursuitCsvWriteFlags flags)
{
  const PursuitImportColumn *columns;
  guint n_columns;
  g_autofree const char **names = NULL;

  g_return_if_fail (out != NULL);

  columns = pursuit_import_preset_get_columns (PURSUIT_IMPORT_PRESET_PURSUIT, &n_columns);
  names = g_new0 (const char *, n_columns);
  for (guint i = 0; i < n_columns; i++)
    names[i] = columns[i].header;
  pursuit_csv_write_record (out, names, n_columns, flags);
}

/**
 * pursuit_csv_write_job:
 * @out: where to append
 * @job: the job; its stage, notes and posting text are written as they
 *   are, so load its details first
 *
 * Appends one job as a CSV record, in the columns of
 * pursuit_csv_write_job_header().
 */
void
pursuit_csv_write_job (GString             *out,
                       PursuitJob          *job,
                       PursuitCsvWriteFlags flags)
{
  const PursuitImportColumn *columns;
  guint n_columns;
  g_autoptr(GPtrArray) values = NULL;

  g_return_if_fail (out != NULL);
  g_return_if_fail (PURSUIT_IS_JOB (job));

  columns = pursuit_import_preset_get_columns (PURSUIT_IMPORT_PRESET_PURSUIT, &n_columns);
  values = g_ptr_array_new_full (n_columns, g_free);
  for (guint i = 0; i < n_columns; i++)
    g_ptr_array_add (values, job_value (job, columns[i].field));
  pursuit_csv_write_record (out, (const char * const *) values->pdata, n_columns, flags);
}

/**
 * pursuit_csv_write_jobs:
 * @jobs: a list of #PursuitJob
 * @flags: %PURSUIT_CSV_WRITE_DEFAULT for a file people open in a spreadsheet
 *
 * Returns: (transfer full): a whole CSV file: a byte order mark when
 *   @flags asks for one, the header line, and a record per job
 */
char *
pursuit_csv_write_jobs (GListModel          *jobs,
                        PursuitCsvWriteFlags flags)
{
  GString *out;
  guint n_jobs;

  g_return_val_if_fail (G_IS_LIST_MODEL (jobs), NULL);
  g_return_val_if_fail (g_type_is_a (g_list_model_get_item_type (jobs), PURSUIT_TYPE_JOB), NULL);

  n_jobs = g_list_model_get_n_items (jobs);
  out = g_string_sized_new (256 + n_jobs * 256);
  if (flags & PURSUIT_CSV_WRITE_BOM)
    g_string_append (out, UTF8_BOM);

  pursuit_csv_write_job_header (out, flags);
  for (guint i = 0; i < n_jobs; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);

      pursuit_csv_write_job (out, job, flags);
    }

  return g_string_free (out, FALSE);
}
