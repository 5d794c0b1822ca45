/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pursuit-csv.h"
#include "pursuit-enums.h"
#include "pursuit-job.h"

G_BEGIN_DECLS

/**
 * PursuitImportField:
 * @PURSUIT_IMPORT_FIELD_IGNORE: the column is not imported
 * @PURSUIT_IMPORT_FIELD_COMPANY: the company
 * @PURSUIT_IMPORT_FIELD_TITLE: the job title
 * @PURSUIT_IMPORT_FIELD_STAGE: a stage name, matched to a stage kind by its words
 * @PURSUIT_IMPORT_FIELD_STAGE_KIND: a stage kind's nick ("screening"), as Pursuit writes it
 * @PURSUIT_IMPORT_FIELD_APPLIED_ON: the date applied
 * @PURSUIT_IMPORT_FIELD_DEADLINE: the application deadline
 * @PURSUIT_IMPORT_FIELD_PAY: pay as text ("$80k–$95k"), given to the pay parser or kept in the notes
 * @PURSUIT_IMPORT_FIELD_PAY_MIN: the lowest pay, a number
 * @PURSUIT_IMPORT_FIELD_PAY_MAX: the highest pay, a number
 * @PURSUIT_IMPORT_FIELD_PAY_CURRENCY: a currency code
 * @PURSUIT_IMPORT_FIELD_PAY_PERIOD: hour, day, week, month or year
 * @PURSUIT_IMPORT_FIELD_URL: the posting's web address
 * @PURSUIT_IMPORT_FIELD_LOCATION: where the job is
 * @PURSUIT_IMPORT_FIELD_WORKPLACE: on-site, hybrid or remote
 * @PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE: full-time, part-time, contract…
 * @PURSUIT_IMPORT_FIELD_INDUSTRY: the industry
 * @PURSUIT_IMPORT_FIELD_SOURCE: where the job was found
 * @PURSUIT_IMPORT_FIELD_NOTES: the user's notes
 * @PURSUIT_IMPORT_FIELD_POSTING_TEXT: the posting's text
 * @PURSUIT_IMPORT_FIELD_POSTING_HTML: the posting as HTML, turned into text
 * @PURSUIT_IMPORT_FIELD_CONTACT: a contact person, kept in the notes
 * @PURSUIT_IMPORT_FIELD_EXCITEMENT: 0 to 5
 * @PURSUIT_IMPORT_FIELD_NEXT_ACTION: the next thing to do
 * @PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE: when it is due
 * @PURSUIT_IMPORT_FIELD_ARCHIVED: yes or no
 * @PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES: any other column worth keeping: its
 *   cells go to the notes, after the column's name
 *
 * What a column of the file holds, as far as a job is concerned.
 */
typedef enum
{
  PURSUIT_IMPORT_FIELD_IGNORE,
  PURSUIT_IMPORT_FIELD_COMPANY,
  PURSUIT_IMPORT_FIELD_TITLE,
  PURSUIT_IMPORT_FIELD_STAGE,
  PURSUIT_IMPORT_FIELD_STAGE_KIND,
  PURSUIT_IMPORT_FIELD_APPLIED_ON,
  PURSUIT_IMPORT_FIELD_DEADLINE,
  PURSUIT_IMPORT_FIELD_PAY,
  PURSUIT_IMPORT_FIELD_PAY_MIN,
  PURSUIT_IMPORT_FIELD_PAY_MAX,
  PURSUIT_IMPORT_FIELD_PAY_CURRENCY,
  PURSUIT_IMPORT_FIELD_PAY_PERIOD,
  PURSUIT_IMPORT_FIELD_URL,
  PURSUIT_IMPORT_FIELD_LOCATION,
  PURSUIT_IMPORT_FIELD_WORKPLACE,
  PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE,
  PURSUIT_IMPORT_FIELD_INDUSTRY,
  PURSUIT_IMPORT_FIELD_SOURCE,
  PURSUIT_IMPORT_FIELD_NOTES,
  PURSUIT_IMPORT_FIELD_POSTING_TEXT,
  PURSUIT_IMPORT_FIELD_POSTING_HTML,
  PURSUIT_IMPORT_FIELD_CONTACT,
  PURSUIT_IMPORT_FIELD_EXCITEMENT,
  PURSUIT_IMPORT_FIELD_NEXT_ACTION,
  PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE,
  PURSUIT_IMPORT_FIELD_ARCHIVED,
  PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES,
} PursuitImportField;

#define PURSUIT_IMPORT_FIELD_LAST PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES

const char        *pursuit_import_field_get_label (PursuitImportField field);

/**
 * PursuitImportPreset:
 * @PURSUIT_IMPORT_PRESET_GUESS: guess every column from its name
 * @PURSUIT_IMPORT_PRESET_SPREADSHEET: a spreadsheet of the user's own; the
 *   same as guessing, named for the user
 * @PURSUIT_IMPORT_PRESET_PURSUIT: a file Pursuit wrote
 * @PURSUIT_IMPORT_PRESET_HUNTR: Huntr's job export
 * @PURSUIT_IMPORT_PRESET_JOBSYNC: JobSync's "Export jobs"
 * @PURSUIT_IMPORT_PRESET_REACTIVE_RESUME: a file for Reactive Resume's
 *   application tracker (it imports CSV but exports none)
 * @PURSUIT_IMPORT_PRESET_TEAL: Teal's job tracker
 *
 * Where the file comes from. A preset names the columns of that tracker's
 * file exactly; columns it does not name are still guessed.
 */
typedef enum
{
  PURSUIT_IMPORT_PRESET_GUESS,
  PURSUIT_IMPORT_PRESET_SPREADSHEET,
  PURSUIT_IMPORT_PRESET_PURSUIT,
  PURSUIT_IMPORT_PRESET_HUNTR,
  PURSUIT_IMPORT_PRESET_JOBSYNC,
  PURSUIT_IMPORT_PRESET_REACTIVE_RESUME,
  PURSUIT_IMPORT_PRESET_TEAL,
} PursuitImportPreset;

#define PURSUIT_IMPORT_PRESET_LAST PURSUIT_IMPORT_PRESET_TEAL

/**
 * PursuitImportColumn:
 * @header: the column's name in that tracker's file
 * @field: what it holds
 *
 * One column of a preset.
 */
typedef struct
{
  const char *header;
  PursuitImportField field;
} PursuitImportColumn;

const char                *pursuit_import_preset_get_name    (PursuitImportPreset  preset);
const char                *pursuit_import_preset_get_id      (PursuitImportPreset  preset);
gboolean                   pursuit_import_preset_from_id     (const char          *id,
                                                              PursuitImportPreset *preset);
const PursuitImportColumn *pursuit_import_preset_get_columns (PursuitImportPreset  preset,
                                                              guint               *n_columns);
PursuitImportPreset        pursuit_import_detect_preset      (const char * const  *header,
                                                              guint                n_columns);

/**
 * PursuitImportMapping:
 *
 * Which field each column of a file goes to. Guessed or taken from a
 * preset, then changed by the caller as the user wishes.
 */
typedef struct _PursuitImportMapping PursuitImportMapping;

PursuitImportMapping *pursuit_import_mapping_new        (const char * const   *header,
                                                         guint                 n_columns,
                                                         PursuitImportPreset   preset);
PursuitImportMapping *pursuit_import_mapping_copy       (PursuitImportMapping *mapping);
void                  pursuit_import_mapping_free       (PursuitImportMapping *mapping);
guint                 pursuit_import_mapping_get_n_columns (PursuitImportMapping *mapping);
const char           *pursuit_import_mapping_get_header (PursuitImportMapping *mapping,
                                                         guint                 column);
PursuitImportField    pursuit_import_mapping_get_field  (PursuitImportMapping *mapping,
                                                         guint                 column);
void                  pursuit_import_mapping_set_field  (PursuitImportMapping *mapping,
                                                         guint                 column,
                                                         PursuitImportField    field);
int                   pursuit_import_mapping_find_field (PursuitImportMapping *mapping,
                                                         PursuitImportField    field);
PursuitImportField    pursuit_import_guess_field        (const char           *header);

/**
 * PursuitDateOrder:
 * @PURSUIT_DATE_ORDER_UNKNOWN: not known: found from the dates themselves
 * @PURSUIT_DATE_ORDER_MONTH_FIRST: 03/05/2026 is 5 March (United States)
 * @PURSUIT_DATE_ORDER_DAY_FIRST: 03/05/2026 is 3 May (most other places)
 *
 * How to read a date written with slashes. ISO dates (2026-03-05), dates
 * with dots (05.03.2026, always day first) and dates with a month's name
 * are never in doubt.
 */
typedef enum
{
  PURSUIT_DATE_ORDER_UNKNOWN,
  PURSUIT_DATE_ORDER_MONTH_FIRST,
  PURSUIT_DATE_ORDER_DAY_FIRST,
} PursuitDateOrder;

gboolean pursuit_import_parse_date       (const char        *text,
                                          PursuitDateOrder   order,
                                          char             **iso_date,
                                          gboolean          *ambiguous);
gboolean pursuit_import_guess_stage_kind (const char        *name,
                                          PursuitStageKind  *kind);
gboolean pursuit_import_parse_workplace  (const char        *text,
                                          PursuitWorkplace  *workplace);
gboolean pursuit_import_parse_employment_type (const char            *text,
                                               PursuitEmploymentType *type);
gboolean pursuit_import_parse_pay_period (const char        *text,
                                          PursuitPayPeriod  *period);

/**
 * PursuitImportParsePay:
 * @text: a pay cell as written ("$80k - $95k/yr")
 * @min: (out): the lowest pay, or -1 if none
 * @max: (out): the highest pay, or -1 if none
 * @currency: (out) (transfer full): an ISO 4217 code, or %NULL
 * @period: (out): the period the pay is for
 * @user_data: what was given with the function
 *
 * Reads pay from text. Returns %FALSE when it cannot; the text is then
 * kept in the notes.
 */
typedef gboolean (*PursuitImportParsePay) (const char       *text,
                                           double           *min,
                                           double           *max,
                                           char            **currency,
                                           PursuitPayPeriod *period,
                                           gpointer          user_data);

/**
 * PursuitImportOptions:
 *
 * What the user told the import: how to read dates, which stage names
 * mean which kind, and how to read pay.
 */
typedef struct _PursuitImportOptions PursuitImportOptions;

PursuitImportOptions *pursuit_import_options_new            (void);
void                  pursuit_import_options_free           (PursuitImportOptions  *options);
void                  pursuit_import_options_set_date_order (PursuitImportOptions  *options,
                                                             PursuitDateOrder       order);
PursuitDateOrder      pursuit_import_options_get_date_order (PursuitImportOptions  *options);
void                  pursuit_import_options_set_stage_kind (PursuitImportOptions  *options,
                                                             const char            *name,
                                                             PursuitStageKind       kind);
void                  pursuit_import_options_set_pay_parser (PursuitImportOptions  *options,
                                                             PursuitImportParsePay  parse_pay,
                                                             gpointer               user_data);

/**
 * PursuitImportRow:
 * @line: the line the row starts on in the file
 * @job: the draft job: every field read from the row, no id, no stage
 *   object (the store picks the stage of @stage_kind)
 * @stage_kind: the kind of stage the job is in
 * @stage_name: the stage as the file wrote it, or "" when it wrote none
 * @stage_known: %FALSE when @stage_name matched no kind: it is listed in
 *   #PursuitImportResult.unknown_stages and @stage_kind is only the
 *   default (applied when the row has a date applied, else wishlist)
 * @problems: (array zero-terminated=1): what is wrong with the row, each
 *   a sentence starting with "Line N" ("Line 4: no company.", "Line 4
 *   has 3 fields, …"); empty when nothing is
 * @complete: whether the draft, given a stage, passes
 *   pursuit_job_validate(): the store would save it as it is
 *
 * One data row of the file, mapped to a job.
 */
typedef struct
{
  guint line;
  PursuitJob *job;
  PursuitStageKind stage_kind;
  char *stage_name;
  gboolean stage_known;
  GStrv problems;
  gboolean complete;
} PursuitImportRow;

/**
 * PursuitImportUnknownStage:
 * @name: the stage name as the first row wrote it
 * @n_rows: how many rows have it (names are compared ignoring case)
 * @first_line: the line of the first such row
 *
 * A stage name no word of which says what kind of stage it is. Ask the
 * user, then map again with pursuit_import_options_set_stage_kind().
 */
typedef struct
{
  char *name;
  guint n_rows;
  guint first_line;
} PursuitImportUnknownStage;

/**
 * PursuitImportDateColumn:
 * @column: the column's index in the file
 * @header: its name
 * @order: the order its slash dates were read in: the caller's, else the
 *   one its dates show (a day above 12 in one place only), else the one the
 *   file's other date columns show; %PURSUIT_DATE_ORDER_UNKNOWN when
 *   nothing shows one
 * @ambiguous: %TRUE when the column has slash dates that read both ways
 *   (03/05/2026) and nothing settles the order: those dates were left
 *   empty; ask the user once, then map again with
 *   pursuit_import_options_set_date_order()
 *
 * How one date column was read.
 */
typedef struct
{
  guint column;
  char *header;
  PursuitDateOrder order;
  gboolean ambiguous;
} PursuitImportDateColumn;

/**
 * PursuitImportResult:
 * @rows: (element-type PursuitImportRow): one per data row, in file order;
 *   rows with problems are here too
 * @n_problem_rows: how many rows have at least one problem
 * @unknown_stages: (element-type PursuitImportUnknownStage): the stage
 *   names to ask the user about, in order of first appearance
 * @date_columns: (element-type PursuitImportDateColumn): every column
 *   mapped to a date
 * @dates_ambiguous: whether any date column is ambiguous
 * @problems: (array zero-terminated=1): what is wrong with the file as a
 *   whole ("No column is the company"), empty when nothing is
 *
 * What a file maps to. Nothing has been written anywhere.
 */
typedef struct
{
  GPtrArray *rows;
  guint n_problem_rows;
  GPtrArray *unknown_stages;
  GPtrArray *date_columns;
  gboolean dates_ambiguous;
  GStrv problems;
} PursuitImportResult;

PursuitImportResult *pursuit_import_map        (PursuitCsvTable       *table,
                                                PursuitImportMapping  *mapping,
                                                PursuitImportOptions  *options);
PursuitImportResult *pursuit_import_map_csv    (const char            *data,
                                                gsize                  length,
                                                PursuitImportPreset    preset,
                                                PursuitImportOptions  *options,
                                                GError               **error);
void                 pursuit_import_result_free (PursuitImportResult  *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitImportMapping, pursuit_import_mapping_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitImportOptions, pursuit_import_options_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitImportResult, pursuit_import_result_free)

G_END_DECLS
