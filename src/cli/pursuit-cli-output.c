/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "pursuit-attention.h"
#include "pursuit-data-json.h"
#include "pursuit-cli-input.h"
#include "pursuit-cli-output.h"
#include "pursuit-job-fields.h"
#include "pursuit-job-format.h"
#include "pursuit-money.h"
#include "pursuit-salary.h"
#include "pursuit-stage-change.h"

/* @text as valid UTF-8: itself, or a repaired copy left in @repaired. A
 * database written by another program may hold broken bytes, and stepping
 * through them character by character would read past their end. */
static const char *
as_valid (const char  *text,
          char       **repaired)
{
  if (text == NULL || g_utf8_validate (text, -1, NULL))
    return text;

  *repaired = g_utf8_make_valid (text, -1);
  return *repaired;
}

/* Errors */

/* "pursuit-cli: Could not add the job: <why>" */
void
pursuit_cli_print_error (const char   *what,
                         const GError *error)
{
  g_printerr ("pursuit-cli: %s: %s\n", what, error->message);
}

/* "pursuit-cli: <message>", for a command typed wrong or refused. */
void
pursuit_cli_print_usage_error (const char *format,
                               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("pursuit-cli: %s\n", message);
}

/* "pursuit-cli: --pay-min: <message>": which option to fix, then how. */
void
pursuit_cli_print_option_error (const char *option,
                                const char *message)
{
  g_printerr ("pursuit-cli: %s: %s\n", option, message);
}

/* Text */

guint
pursuit_cli_text_width (const char *text)
{
  return text != NULL ? (guint) g_utf8_strlen (text, -1) : 0;
}

static void
append_padded (GString    *line,
               const char *text,
               guint       width)
{
  g_string_append (line, text);
  for (guint i = pursuit_cli_text_width (text); i < width; i++)
    g_string_append_c (line, ' ');
}

/**
 * pursuit_cli_wrap_text:
 *
 * Fills lines of up to @width characters, the first starting with
 * @first_prefix and the others with @rest_prefix. A word longer than a line
 * gets a line of its own rather than being cut.
 */
char *
pursuit_cli_wrap_text (const char *text,
                       const char *first_prefix,
                       const char *rest_prefix,
                       guint       width)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) wrapped = g_string_new (first_prefix);
  guint column = pursuit_cli_text_width (first_prefix);
  gboolean line_empty = TRUE;

  /* Leading spaces are deliberate indentation, as for a subsection's id. */
  for (text = text != NULL ? text : ""; *text == ' '; text++)
    {
      g_string_append_c (wrapped, ' ');
      column++;
    }
  words = g_strsplit (text, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint length = pursuit_cli_text_width (words[i]);

      if (length == 0)
        continue;

      if (!line_empty && column + 1 + length > width)
        {
          g_string_append_c (wrapped, '\n');
          g_string_append (wrapped, rest_prefix);
          column = pursuit_cli_text_width (rest_prefix);
          line_empty = TRUE;
        }
      if (!line_empty)
        {
          g_string_append_c (wrapped, ' ');
          column++;
        }
      g_string_append (wrapped, words[i]);
      column += length;
      line_empty = FALSE;
    }

  return g_string_free (g_steal_pointer (&wrapped), FALSE);
}

/* @text wrapped to PURSUIT_CLI_TEXT_WIDTH, as pursuit_cli_wrap_text(). */
void
pursuit_cli_print_wrapped (const char *text,
                           const char *first_prefix,
                           const char *rest_prefix)
{
  g_autofree char *wrapped = pursuit_cli_wrap_text (text, first_prefix, rest_prefix, PURSUIT_CLI_TEXT_WIDTH);

  g_print ("%s\n", wrapped);
}

char *
pursuit_cli_join (GPtrArray  *strings,
                  const char *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < strings->len; i++)
    {
      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, g_ptr_array_index (strings, i));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "2026-03-05 14:30" in local time */
char *
pursuit_cli_format_time (gint64 unix_time)
{
  /* One zone for the process: g_date_time_new_from_unix_local() looks at
   * /etc/localtime again for every time, three system calls a row. */
  static GTimeZone *local;
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) time = NULL;

  if (g_once_init_enter (&local))
    g_once_init_leave (&local, g_time_zone_new_local ());
  if (utc != NULL)
    time = g_date_time_to_timezone (utc, local);

  return time != NULL ? g_date_time_format (time, "%Y-%m-%d %H:%M") : g_strdup ("");
}

/* "2026-03-05T13:30:00Z" */
char *
pursuit_cli_format_time_iso (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_time);

  return time != NULL ? g_date_time_format_iso8601 (time) : g_strdup ("");
}

/* "Label            value", left out when there is no value. */
void
pursuit_cli_print_field (const char *label,
                         const char *value)
{
  g_autofree char *repaired = NULL;

  if (value != NULL && value[0] != '\0')
    g_print ("%-16s %s\n", label, as_valid (value, &repaired));
}

/* Tables */

/* Pads or cuts @text to @width characters, counting characters, not bytes. */
static void
append_cell (GString    *line,
             const char *text,
             guint       width)
{
  glong length = g_utf8_strlen (text, -1);

  if ((guint) length > width)
    {
      const char *end = g_utf8_offset_to_pointer (text, width - 1);

      g_string_append_len (line, text, end - text);
      g_string_append (line, "…");
    }
  else
    {
      g_string_append (line, text);
      for (guint i = length; i < width; i++)
        g_string_append_c (line, ' ');
    }
  g_string_append (line, "  ");
}

/* A row of pursuit_cli_print_cells(), with its newline, at the end of @text. */
static void
append_cells (GString            *text,
              const char * const *cells,
              const guint        *widths,
              guint               n_cells)
{
  gsize start = text->len;

  for (guint i = 0; i < n_cells; i++)
    {
      g_autofree char *repaired = NULL;
      const char *cell = as_valid (cells[i] != NULL ? cells[i] : "", &repaired);

      if (widths[i] == 0)
        g_string_append (text, cell);
      else
        append_cell (text, cell, widths[i]);
    }
  while (text->len > start && g_ascii_isspace (text->str[text->len - 1]))
    g_string_truncate (text, text->len - 1);
  g_string_append_c (text, '\n');
}

/**
 * pursuit_cli_print_cells:
 * @widths: the width of each cell; 0 for a last one that is printed whole
 *
 * Prints one line of a table of fixed columns, each cell padded, or cut
 * with "…", to its width. Such tables keep a row on one line, for grep.
 */
void
pursuit_cli_print_cells (const char * const *cells,
                         const guint        *widths,
                         guint               n_cells)
{
  g_autoptr(GString) line = g_string_new (NULL);

  append_cells (line, cells, widths, n_cells);
  g_print ("%s", line->str);
}

static void
print_rule (const char  *indent,
            char       **cells,
            const guint *widths,
            guint        n_columns,
            guint        width)
{
  g_autoptr(GString) rule = g_string_new (indent);
  guint n_cells = g_strv_length (cells);

  for (guint c = 0; c < n_columns; c++)
    {
      /* An unbounded last column would draw a rule as long as its longest
       * line. */
      guint length = width == 0 && c + 1 == n_columns
        ? pursuit_cli_text_width (c < n_cells ? cells[c] : "") : widths[c];

      for (guint i = 0; i < length; i++)
        g_string_append (rule, "─");
      if (c + 1 < n_columns)
        g_string_append (rule, "  ");
    }
  g_print ("%s\n", rule->str);
}

static void
print_row (const char  *indent,
           char       **cells,
           const guint *widths,
           guint        n_columns,
           guint        width)
{
  g_autoptr(GPtrArray) wrapped = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint n_cells = g_strv_length (cells);
  guint n_lines = 0;

  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *text = pursuit_cli_wrap_text (c < n_cells ? cells[c] : "", "", "",
                                                     width > 0 ? widths[c] : G_MAXUINT);
      char **lines = g_strsplit (text, "\n", -1);

      n_lines = MAX (n_lines, g_strv_length (lines));
      g_ptr_array_add (wrapped, lines);
    }

  for (guint l = 0; l < n_lines; l++)
    {
      g_autoptr(GString) line = g_string_new (indent);

      for (guint c = 0; c < n_columns; c++)
        {
          char **lines = g_ptr_array_index (wrapped, c);

          append_padded (line, l < g_strv_length (lines) ? lines[l] : "", widths[c]);
          if (c + 1 < n_columns)
            g_string_append (line, "  ");
        }
      g_print ("%s\n", g_strchomp (line->str));
    }
}

/* Narrows the columns to fit @width, one character at a time from the
 * column with the most text to spare, never narrower than its longest word. */
static void
fit_columns (guint       *widths,
             const guint *longest_words,
             guint        n_columns,
             guint        used,
             guint        width)
{
  while (used > width)
    {
      guint widest = 0;

      for (guint c = 1; c < n_columns; c++)
        {
          if (widths[c] - longest_words[c] > widths[widest] - longest_words[widest])
            widest = c;
        }
      if (widths[widest] <= longest_words[widest])
        break;
      widths[widest]--;
      used--;
    }
}

/**
 * pursuit_cli_print_table:
 * @header: (nullable): the column names, underlined
 * @rows: (element-type GStrv): the cells of each row
 * @width: the width to fit, or 0 to keep every row on one line (for grep)
 *
 * Prints @rows as aligned columns as wide as their text; with a @width the
 * columns share it and the text in the widest ones wraps.
 */
void
pursuit_cli_print_table (const char  *indent,
                         char       **header,
                         GPtrArray   *rows,
                         guint        width)
{
  guint n_columns = header != NULL ? g_strv_length (header) : 0;
  g_autofree guint *widths = NULL;
  g_autofree guint *longest_words = NULL;

  for (guint r = 0; r < rows->len; r++)
    n_columns = MAX (n_columns, g_strv_length (g_ptr_array_index (rows, r)));
  if (n_columns == 0)
    return;

  widths = g_new0 (guint, n_columns);
  longest_words = g_new0 (guint, n_columns);
  for (guint r = 0; r <= rows->len; r++)
    {
      char **cells = r == 0 ? header : g_ptr_array_index (rows, r - 1);

      for (guint c = 0; cells != NULL && c < n_columns && cells[c] != NULL; c++)
        {
          g_auto(GStrv) words = g_strsplit (cells[c], " ", -1);

          widths[c] = MAX (widths[c], pursuit_cli_text_width (cells[c]));
          for (guint w = 0; words[w] != NULL; w++)
            longest_words[c] = MAX (longest_words[c], pursuit_cli_text_width (words[w]));
        }
    }

  if (width > 0)
    {
      guint used = pursuit_cli_text_width (indent) + 2 * (n_columns - 1);

      for (guint c = 0; c < n_columns; c++)
        used += widths[c];
      fit_columns (widths, longest_words, n_columns, used, width);
    }

  if (header != NULL)
    {
      print_row (indent, header, widths, n_columns, width);
      print_rule (indent, header, widths, n_columns, width);
    }
  for (guint r = 0; r < rows->len; r++)
    print_row (indent, g_ptr_array_index (rows, r), widths, n_columns, width);
}

/* JSON */

/* A string, or null for %NULL. */
void
pursuit_cli_json_add_string (JsonBuilder *builder,
                             const char  *name,
                             const char  *value)
{
  g_autofree char *repaired = NULL;

  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, as_valid (value, &repaired));
  else
    json_builder_add_null_value (builder);
}

/* A string, or null for %NULL or an empty one: a field that is not set. */
void
pursuit_cli_json_add_text (JsonBuilder *builder,
                           const char  *name,
                           const char  *value)
{
  pursuit_cli_json_add_string (builder, name, value != NULL && value[0] != '\0' ? value : NULL);
}

/* Whole numbers stay integers in the JSON. */
void
pursuit_cli_json_add_number (JsonBuilder *builder,
                             const char  *name,
                             double       value)
{
  json_builder_set_member_name (builder, name);
  if (value == (double) (gint64) value)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

/* A sum of money, or null for a negative one: not given. */
void
pursuit_cli_json_add_amount (JsonBuilder *builder,
                             const char  *name,
                             double       value)
{
  if (value < 0)
    pursuit_cli_json_add_string (builder, name, NULL);
  else
    pursuit_cli_json_add_number (builder, name, value);
}

void
pursuit_cli_json_add_strings (JsonBuilder        *builder,
                              const char         *name,
                              const char * const *strings)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    json_builder_add_string_value (builder, strings[i]);
  json_builder_end_array (builder);
}

/* JSON-GLib writes doubles with "%.17g" ("0.33329999999999999"): each
 * number outside a string is written again as the shortest text that
 * reads back to the same value. */
static char *
shorten_numbers (char *text)
{
  GString *out = g_string_sized_new (strlen (text));
  gboolean in_string = FALSE;

  for (const char *p = text; *p != '\0';)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            g_string_append_c (out, *p++);
          else if (*p == '"')
            in_string = FALSE;
          g_string_append_c (out, *p++);
        }
      else if (*p == '"')
        {
          in_string = TRUE;
          g_string_append_c (out, *p++);
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          char *end = NULL;
          double value = g_ascii_strtod (p, &end);
          g_autofree char *token = NULL;

          if (end == p)
            {
              g_string_append_c (out, *p++);
              continue;
            }
          token = g_strndup (p, end - p);
          if (strpbrk (token, ".eE") != NULL)
            {
              char buffer[G_ASCII_DTOSTR_BUF_SIZE];
              g_string_append (out, pursuit_data_json_format_double (buffer, sizeof buffer, value));
            }
          else
            g_string_append (out, token);
          p = end;
        }
      else
        g_string_append_c (out, *p++);
    }

  g_free (text);
  return g_string_free (out, FALSE);
}

/* Prints the document @builder made, indented. */
void
pursuit_cli_print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = shorten_numbers (json_generator_to_data (generator, NULL));
  g_print ("%s\n", text);
}

/* Prints an array of @items, each added to it by @add_item. */
void
pursuit_cli_print_json_array (GPtrArray             *items,
                              PursuitCliJsonAddFunc  add_item)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    add_item (builder, g_ptr_array_index (items, i));
  json_builder_end_array (builder);
  pursuit_cli_print_json (builder);
}

/* Jobs */

/* Set by --days, or read once from the settings. */
static int days_without_answer = -1;

void
pursuit_cli_set_attention_days (int days)
{
  days_without_answer = days;
}

/* How many days an application may wait for an answer, as the app's
 * Preferences say when its settings are installed, else the default. */
static int
attention_days (void)
{
  static const char * const keys[] = { "attention-days", NULL };
  int days = PURSUIT_ATTENTION_DEFAULT_STALE_DAYS;
  g_autoptr(GSettings) settings = NULL;

  if (days_without_answer >= 0)
    return days_without_answer;

  settings = pursuit_cli_open_settings (keys);
  if (settings != NULL)
    days = g_settings_get_int (settings, "attention-days");
  days_without_answer = days;
  return days;
}

int
pursuit_cli_get_attention_days (void)
{
  return attention_days ();
}

gboolean
pursuit_cli_job_needs_attention (PursuitJob *job,
                                 GDateTime  *now)
{
  return pursuit_job_get_attention (job, now, attention_days ()) != PURSUIT_ATTENTION_NONE;
}

/* "Support Agent at Acme Ltd" */
char *
pursuit_cli_describe_job (PursuitJob *job)
{
  g_autofree char *title = NULL;
  g_autofree char *company = NULL;

  /* Translators: a job title, then a company: "Support Agent at Acme Ltd" */
  return g_strdup_printf (_("%s at %s"), as_valid (pursuit_job_get_title (job), &title),
                          as_valid (pursuit_job_get_company (job), &company));
}

static char *
describe_stage (PursuitJob *job)
{
  const char *name = pursuit_stage_get_name (pursuit_job_get_stage (job));

  if (pursuit_job_get_archived (job))
    /* Translators: a stage name, for a job that is archived: "Applied (archived)" */
    return g_strdup_printf (_("%s (archived)"), name);
  return g_strdup (name);
}

/**
 * pursuit_cli_print_jobs_table:
 * @now: (nullable): with it, a last column says why each job needs attention
 *
 * The table of list and search.
 */
void
pursuit_cli_print_jobs_table (GPtrArray *jobs,
                              GDateTime *now)
{
  guint widths[] = { 5, 13, 24, 32, 16, 0 };
  const char *header[] = { "ID", _("Stage"), _("Company"), _("Job Title"), _("Updated"), _("Needs attention") };
  guint n_columns = now != NULL ? G_N_ELEMENTS (widths) : G_N_ELEMENTS (widths) - 1;
  g_autoptr(GString) table = NULL;

  for (guint i = 0; i < jobs->len; i++)
    {
      g_autofree char *stage = describe_stage (g_ptr_array_index (jobs, i));

      widths[1] = CLAMP (pursuit_cli_text_width (stage), widths[1], 24);
    }

  /* Printed at once: g_print() writes each line with a system call of
   * its own. */
  table = g_string_new (NULL);
  append_cells (table, header, widths, n_columns);
  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));
      g_autofree char *updated = pursuit_cli_format_time (pursuit_job_get_updated_at (job));
      g_autofree char *stage = describe_stage (job);
      g_autofree char *why = NULL;

      if (now != NULL)
        why = pursuit_attention_explain (job, pursuit_job_get_attention (job, now, attention_days ()), now);

      {
        const char *cells[] = {
          id, stage, pursuit_job_get_company (job), pursuit_job_get_title (job), updated, why
        };

        append_cells (table, cells, widths, n_columns);
      }
    }
  g_print ("%s", table->str);
}

static void
add_job_nick (JsonBuilder *builder,
              const char  *name,
              GType        type,
              int          value)
{
  pursuit_cli_json_add_text (builder, name, value != 0 ? pursuit_enum_get_nick (type, value) : NULL);
}

/* The benchmark the user chose and the offer, each by its column's name
 * and written as the posted pay's fields are, then the offer as one text. */
static void
add_job_salary (JsonBuilder *builder,
                PursuitJob  *job)
{
  guint n_groups;
  g_autofree char *offer = pursuit_job_format_pay_fields (job, &pursuit_job_get_pay_groups (&n_groups)[1]);

  for (PursuitJobField field = PURSUIT_JOB_FIELD_SALARY_ROLE; field <= PURSUIT_JOB_FIELD_OFFER_NOTE; field++)
    {
      const PursuitJobFieldInfo *info = pursuit_job_field_get_info (field);
      g_autofree char *name = g_strdelimit (g_strdup (info->name), "-", '_');

      if (info->kind == PURSUIT_FIELD_AMOUNT)
        pursuit_cli_json_add_amount (builder, name, pursuit_job_get_amount (job, field));
      else if (info->kind == PURSUIT_FIELD_CHOICE)
        add_job_nick (builder, name, info->choices (), pursuit_job_get_number (job, field));
      else
        pursuit_cli_json_add_text (builder, name, pursuit_job_get_text (job, field));
    }
  pursuit_cli_json_add_text (builder, "offer", offer);
}

static void
add_job_time (JsonBuilder *builder,
              const char  *name,
              gint64       unix_time)
{
  g_autofree char *iso = unix_time > 0 ? pursuit_cli_format_time_iso (unix_time) : NULL;

  pursuit_cli_json_add_text (builder, name, iso);
}

/* The fields beyond the first ones, with null for what is not set. */
static void
add_job_details (JsonBuilder *builder,
                 PursuitJob  *job)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GFlagsClass) reasons_class = g_type_class_ref (PURSUIT_TYPE_ATTENTION_REASON);
  PursuitAttentionReason reasons = pursuit_job_get_attention (job, now, attention_days ());
  g_autofree char *pay = pursuit_job_format_pay (job);
  g_autofree char *why = pursuit_attention_explain (job, reasons, now);

  add_job_nick (builder, "workplace", PURSUIT_TYPE_WORKPLACE, pursuit_job_get_workplace (job));
  add_job_nick (builder, "employment_type", PURSUIT_TYPE_EMPLOYMENT_TYPE, pursuit_job_get_employment_type (job));
  pursuit_cli_json_add_text (builder, "source", pursuit_job_get_source (job));
  pursuit_cli_json_add_text (builder, "industry", pursuit_job_get_industry (job));
  pursuit_cli_json_add_amount (builder, "pay_min", pursuit_job_get_pay_min (job));
  pursuit_cli_json_add_amount (builder, "pay_max", pursuit_job_get_pay_max (job));
  pursuit_cli_json_add_text (builder, "pay_currency", pursuit_job_get_pay_currency (job));
  add_job_nick (builder, "pay_period", PURSUIT_TYPE_PAY_PERIOD, pursuit_job_get_pay_period (job));
  pursuit_cli_json_add_text (builder, "pay", pay);
  add_job_salary (builder, job);
  pursuit_cli_json_add_number (builder, "excitement", pursuit_job_get_excitement (job));
  pursuit_cli_json_add_text (builder, "applied_on", pursuit_job_get_applied_on (job));
  pursuit_cli_json_add_text (builder, "deadline", pursuit_job_get_deadline (job));
  pursuit_cli_json_add_text (builder, "next_action", pursuit_job_get_next_action (job));
  pursuit_cli_json_add_text (builder, "next_action_due", pursuit_job_get_next_action_due (job));
  {
    g_autofree char *schedule = pursuit_job_field_format (job, PURSUIT_JOB_FIELD_SCHEDULE);

    pursuit_cli_json_add_text (builder, "schedule", schedule);
  }
  pursuit_cli_json_add_text (builder, "languages", pursuit_job_get_languages (job));
  pursuit_cli_json_add_text (builder, "pay_extras", pursuit_job_get_pay_extras (job));
  json_builder_set_member_name (builder, "archived");
  json_builder_add_boolean_value (builder, pursuit_job_get_archived (job));
  add_job_time (builder, "stage_entered_at", pursuit_job_get_stage_entered_at (job));
  add_job_time (builder, "next_interview_at", pursuit_job_get_next_interview_at (job));
  if (pursuit_job_get_details_loaded (job))
    pursuit_cli_json_add_string (builder, "posting_text", pursuit_job_get_posting_text (job));

  json_builder_set_member_name (builder, "attention");
  json_builder_begin_array (builder);
  for (guint i = 0; i < reasons_class->n_values; i++)
    {
      if (reasons_class->values[i].value != 0 && (reasons & reasons_class->values[i].value) != 0)
        json_builder_add_string_value (builder, reasons_class->values[i].value_nick);
    }
  json_builder_end_array (builder);
  pursuit_cli_json_add_text (builder, "attention_text", why);
}

static void
add_job (JsonBuilder *builder,
         PursuitJob  *job)
{
  PursuitStage *stage = pursuit_job_get_stage (job);
  g_autofree char *created = pursuit_cli_format_time_iso (pursuit_job_get_created_at (job));
  g_autofree char *updated = pursuit_cli_format_time_iso (pursuit_job_get_updated_at (job));
  char uuid[PURSUIT_JOB_UUID_SIZE];

  json_builder_begin_object (builder);
  pursuit_cli_json_add_number (builder, "id", pursuit_job_get_id (job));
  pursuit_cli_json_add_string (builder, "uuid", pursuit_job_get_uuid (job, uuid));
  pursuit_cli_json_add_string (builder, "company", pursuit_job_get_company (job));
  pursuit_cli_json_add_string (builder, "title", pursuit_job_get_title (job));
  pursuit_cli_json_add_string (builder, "stage", pursuit_stage_get_name (stage));
  pursuit_cli_json_add_string (builder, "stage_kind", pursuit_stage_kind_to_nick (pursuit_stage_get_kind (stage)));
  pursuit_cli_json_add_string (builder, "location", pursuit_job_get_location (job));
  pursuit_cli_json_add_string (builder, "url", pursuit_job_get_url (job));
  pursuit_cli_json_add_string (builder, "notes", pursuit_job_get_notes (job));
  pursuit_cli_json_add_string (builder, "created_at", created);
  pursuit_cli_json_add_string (builder, "updated_at", updated);
  add_job_details (builder, job);
  json_builder_end_object (builder);
}

void
pursuit_cli_print_job_json (PursuitJob *job)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  add_job (builder, job);
  pursuit_cli_print_json (builder);
}

/* Lists leave the long texts out; JSON is for export, so read them. */
void
pursuit_cli_print_jobs_json (PursuitRepository *repository,
                             GPtrArray         *jobs)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *listed = g_ptr_array_index (jobs, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (listed));
      g_autoptr(PursuitJob) full = pursuit_repository_find_job (repository, id, NULL);

      add_job (builder, full != NULL ? full : listed);
    }
  json_builder_end_array (builder);
  pursuit_cli_print_json (builder);
}

/* "Senior Customer Service Specialist · Germany": the benchmark the user
 * chose over what the title and location are read as; %NULL for none. */
static char *
describe_benchmark_choice (PursuitJob *job)
{
  const char *role = pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_ROLE);
  const char *level = pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_LEVEL);
  const char *country = pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_COUNTRY);
  g_autoptr(PursuitContent) content = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (role[0] == '\0' && level[0] == '\0' && country[0] == '\0')
    return NULL;

  /* The names are in the guides; without them the ids still say it. */
  if (role[0] != '\0' || level[0] != '\0')
    content = pursuit_content_new_from_resource (NULL, NULL);
  if (level[0] != '\0')
    g_ptr_array_add (parts, (gpointer) (content != NULL ? pursuit_content_get_name (content, level) : level));
  else if (role[0] != '\0')
    g_ptr_array_add (parts, (gpointer) (content != NULL ? pursuit_content_get_name (content, role) : role));
  if (country[0] != '\0')
    {
      const char *name = pursuit_salary_country_get_name (country);

      g_ptr_array_add (parts, (gpointer) (name != NULL ? name : country));
    }
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between a chosen level and country, "Senior Customer Service Specialist · Germany" */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/* The offer and the benchmark chosen, each line only when set. */
static void
print_job_salary (PursuitJob *job)
{
  guint n_groups;
  const PursuitPayFields *offer = &pursuit_job_get_pay_groups (&n_groups)[1];
  const char *currency = pursuit_job_get_text (job, offer->currency);
  const char *bonus_labels[] = { N_("Sign-on bonus"), N_("Annual bonus") };
  g_autofree char *base = pursuit_job_format_pay_fields (job, offer);
  g_autofree char *choice = describe_benchmark_choice (job);

  G_STATIC_ASSERT (G_N_ELEMENTS (bonus_labels) == G_N_ELEMENTS (offer->extras));

  pursuit_cli_print_field (_("Offer"), base);
  for (guint i = 0; i < G_N_ELEMENTS (offer->extras); i++)
    {
      double amount = pursuit_job_get_amount (job, offer->extras[i]);
      g_autofree char *money = amount >= 0 ? pursuit_format_money (amount, currency) : NULL;

      pursuit_cli_print_field (_(bonus_labels[i]), money);
    }
  pursuit_cli_print_field (_("Offer note"), pursuit_job_get_text (job, PURSUIT_JOB_FIELD_OFFER_NOTE));
  pursuit_cli_print_field (_("Benchmark"), choice);
}

/* Workplace, type, pay and the rest: what was added to a job after its
 * first fields, each printed only when set. */
static void
print_job_details (PursuitJob *job)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  PursuitAttentionReason reasons = pursuit_job_get_attention (job, now, attention_days ());
  g_autofree char *pay = pursuit_job_format_pay (job);
  g_autofree char *excitement = NULL;
  g_autofree char *next_action = NULL;
  g_autofree char *interview = NULL;
  g_autofree char *why = pursuit_attention_explain (job, reasons, now);
  const char *action = pursuit_job_get_next_action (job);
  const char *due = pursuit_job_get_next_action_due (job);

  if (pursuit_job_get_workplace (job) != PURSUIT_WORKPLACE_UNKNOWN)
    pursuit_cli_print_field (_("Workplace"),
                             pursuit_enum_get_label (PURSUIT_TYPE_WORKPLACE, pursuit_job_get_workplace (job)));
  if (pursuit_job_get_employment_type (job) != PURSUIT_EMPLOYMENT_UNKNOWN)
    pursuit_cli_print_field (_("Type"), pursuit_enum_get_label (PURSUIT_TYPE_EMPLOYMENT_TYPE,
                                                                pursuit_job_get_employment_type (job)));
  pursuit_cli_print_field (_("Pay"), pay);
  pursuit_cli_print_field (_("Source"), pursuit_job_get_source (job));
  pursuit_cli_print_field (_("Industry"), pursuit_job_get_industry (job));
  {
    g_autofree char *schedule = pursuit_job_field_format (job, PURSUIT_JOB_FIELD_SCHEDULE);

    pursuit_cli_print_field (_("Schedule"), schedule);
  }
  pursuit_cli_print_field (_("Languages"), pursuit_job_get_languages (job));
  pursuit_cli_print_field (_("Pay extras"), pursuit_job_get_pay_extras (job));
  print_job_salary (job);
  if (pursuit_job_get_excitement (job) > 0)
    {
      /* Translators: how excited the user is about a job, "4 of 5" */
      excitement = g_strdup_printf (_("%d of 5"), pursuit_job_get_excitement (job));
      pursuit_cli_print_field (_("Excitement"), excitement);
    }
  pursuit_cli_print_field (_("Applied"), pursuit_job_get_applied_on (job));
  pursuit_cli_print_field (_("Deadline"), pursuit_job_get_deadline (job));
  if (action[0] != '\0' && due[0] != '\0')
    /* Translators: a next action and its due date, "Call Ada (due 2026-03-10)" */
    next_action = g_strdup_printf (_("%s (due %s)"), action, due);
  else if (due[0] != '\0')
    /* Translators: a next action's due date, when the action has no text */
    next_action = g_strdup_printf (_("Due %s"), due);
  else
    next_action = g_strdup (action);
  pursuit_cli_print_field (_("Next action"), next_action);
  if (pursuit_job_get_next_interview_at (job) > 0)
    {
      interview = pursuit_cli_format_time (pursuit_job_get_next_interview_at (job));
      pursuit_cli_print_field (_("Next interview"), interview);
    }
  if (pursuit_job_get_archived (job))
    pursuit_cli_print_field (_("Archived"), _("Yes"));
  pursuit_cli_print_field (_("Needs attention"), why);
}

static void
print_timeline (PursuitRepository *repository,
                PursuitJob        *job)
{
  g_autoptr(GPtrArray) changes = pursuit_repository_list_stage_changes (repository, pursuit_job_get_id (job), NULL);

  if (changes == NULL || changes->len == 0)
    return;

  g_print ("\n%s\n", _("Timeline"));
  for (guint i = 0; i < changes->len; i++)
    {
      PursuitStageChange *change = g_ptr_array_index (changes, i);
      g_autofree char *when = pursuit_cli_format_time (change->entered_at);
      g_autofree char *stage_id = g_strdup_printf ("%" G_GINT64_FORMAT, change->stage_id);
      g_autofree char *repaired = NULL;
      const char *note = change->note != NULL ? as_valid (change->note, &repaired) : "";
      PursuitStage *stage = pursuit_repository_find_stage (repository, stage_id);

      g_print ("  %s  %s%s%s\n", when, stage != NULL ? pursuit_stage_get_name (stage) : "?",
               note[0] != '\0' ? " — " : "", note);
    }
}

/* The job as show prints it: its fields, notes, posting and timeline. */
void
pursuit_cli_print_job (PursuitRepository *repository,
                       PursuitJob        *job)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));
  g_autofree char *created = pursuit_cli_format_time (pursuit_job_get_created_at (job));
  g_autofree char *updated = pursuit_cli_format_time (pursuit_job_get_updated_at (job));
  g_autofree char *notes = NULL;
  g_autofree char *posting = NULL;
  char uuid[PURSUIT_JOB_UUID_SIZE];

  pursuit_cli_print_field (_("ID"), id);
  pursuit_cli_print_field (_("UUID"), pursuit_job_get_uuid (job, uuid));
  pursuit_cli_print_field (_("Company"), pursuit_job_get_company (job));
  pursuit_cli_print_field (_("Title"), pursuit_job_get_title (job));
  pursuit_cli_print_field (_("Stage"), pursuit_stage_get_name (pursuit_job_get_stage (job)));
  pursuit_cli_print_field (_("Location"), pursuit_job_get_location (job));
  pursuit_cli_print_field (_("URL"), pursuit_job_get_url (job));
  print_job_details (job);
  pursuit_cli_print_field (_("Created"), created);
  pursuit_cli_print_field (_("Updated"), updated);

  if (pursuit_job_get_notes (job)[0] != '\0')
    g_print ("\n%s\n", as_valid (pursuit_job_get_notes (job), &notes));
  if (pursuit_job_get_posting_text (job)[0] != '\0')
    {
      posting = g_utf8_make_valid (pursuit_job_get_posting_text (job), -1);
      g_print ("\n%s\n%s\n", _("Posting"), g_strchomp (posting));
    }

  print_timeline (repository, job);
}
