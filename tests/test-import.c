/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-csv.h"
#include "pursuit-import.h"
#include "pursuit-stage.h"

/* Mapping CSV files to draft jobs: guessed and preset columns, stage
 * words, dates read per column, problems per line, pay given to a
 * parser, and jobs written by Pursuit read back into the same jobs. The
 * tracker files below are written in each tracker's shape (see the
 * sources named in src/io/pursuit-import.c), with invented jobs. */

static PursuitImportResult *
map_text (const char           *text,
          PursuitImportPreset   preset,
          PursuitImportOptions *options)
{
  g_autoptr(GError) error = NULL;
  PursuitImportResult *result = pursuit_import_map_csv (text, strlen (text), preset, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static PursuitImportRow *
row_at (PursuitImportResult *result,
        guint                index)
{
  g_assert_cmpuint (index, <, result->rows->len);
  return g_ptr_array_index (result->rows, index);
}

static void
assert_no_problems (PursuitImportRow *row)
{
  if (row->problems[0] != NULL)
    g_error ("unexpected problem: %s", row->problems[0]);
  g_assert_true (row->complete);
}

static void
test_guess_field (void)
{
  static const struct
  {
    const char *header;
    PursuitImportField field;
  } cases[] = {
    { "Company", PURSUIT_IMPORT_FIELD_COMPANY },
    { "Employer", PURSUIT_IMPORT_FIELD_COMPANY },
    { "Organization", PURSUIT_IMPORT_FIELD_COMPANY },
    { "Organisation", PURSUIT_IMPORT_FIELD_COMPANY },
    { "companyName", PURSUIT_IMPORT_FIELD_COMPANY },
    { " COMPANY_NAME ", PURSUIT_IMPORT_FIELD_COMPANY },
    { "Company Name (legal)", PURSUIT_IMPORT_FIELD_COMPANY },
    { "Position", PURSUIT_IMPORT_FIELD_TITLE },
    { "Job Title", PURSUIT_IMPORT_FIELD_TITLE },
    { "Title", PURSUIT_IMPORT_FIELD_TITLE },
    { "Role", PURSUIT_IMPORT_FIELD_TITLE },
    { "JobTitle", PURSUIT_IMPORT_FIELD_TITLE },
    { "Status", PURSUIT_IMPORT_FIELD_STAGE },
    { "Stage", PURSUIT_IMPORT_FIELD_STAGE },
    { "Date Applied", PURSUIT_IMPORT_FIELD_APPLIED_ON },
    { "Applied On", PURSUIT_IMPORT_FIELD_APPLIED_ON },
    { "Applied", PURSUIT_IMPORT_FIELD_APPLIED_ON },
    { "appliedDate", PURSUIT_IMPORT_FIELD_APPLIED_ON },
    { "Salary", PURSUIT_IMPORT_FIELD_PAY },
    { "Pay", PURSUIT_IMPORT_FIELD_PAY },
    { "Compensation", PURSUIT_IMPORT_FIELD_PAY },
    { "Salary expectations (gross)", PURSUIT_IMPORT_FIELD_PAY },
    { "URL", PURSUIT_IMPORT_FIELD_URL },
    { "Link", PURSUIT_IMPORT_FIELD_URL },
    { "Job Link", PURSUIT_IMPORT_FIELD_URL },
    { "Posting URL", PURSUIT_IMPORT_FIELD_URL },
    { "Location", PURSUIT_IMPORT_FIELD_LOCATION },
    { "City", PURSUIT_IMPORT_FIELD_LOCATION },
    { "Notes", PURSUIT_IMPORT_FIELD_NOTES },
    { "Description", PURSUIT_IMPORT_FIELD_POSTING_TEXT },
    { "Source", PURSUIT_IMPORT_FIELD_SOURCE },
    { "Deadline", PURSUIT_IMPORT_FIELD_DEADLINE },
    { "Contact", PURSUIT_IMPORT_FIELD_CONTACT },
    { "Recruiter email", PURSUIT_IMPORT_FIELD_CONTACT },
    { "Follow-up date", PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE },
    { "Job type", PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE },
    { "Tags", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
    { "Favourite colour", PURSUIT_IMPORT_FIELD_IGNORE },
    { "", PURSUIT_IMPORT_FIELD_IGNORE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].header);
      g_assert_cmpint (pursuit_import_guess_field (cases[i].header), ==, cases[i].field);
    }
}

static void
test_mapping (void)
{
  const char *header[] = { "Company", "Employer", "Title", "Company domain", "Notes", "Comments" };
  g_autoptr(PursuitImportMapping) mapping = pursuit_import_mapping_new (header, G_N_ELEMENTS (header),
                                                                       PURSUIT_IMPORT_PRESET_GUESS);
  g_autoptr(PursuitImportMapping) copy = NULL;

  g_assert_cmpuint (pursuit_import_mapping_get_n_columns (mapping), ==, 6);
  g_assert_cmpint (pursuit_import_mapping_get_field (mapping, 0), ==, PURSUIT_IMPORT_FIELD_COMPANY);
  /* A second company column is kept in the notes, not lost. */
  g_assert_cmpint (pursuit_import_mapping_get_field (mapping, 1), ==, PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES);
  g_assert_cmpint (pursuit_import_mapping_get_field (mapping, 2), ==, PURSUIT_IMPORT_FIELD_TITLE);
  /* Only a word gives it away, and the company is taken: ignored. */
  g_assert_cmpint (pursuit_import_mapping_get_field (mapping, 3), ==, PURSUIT_IMPORT_FIELD_IGNORE);
  /* Any number of columns may go to the notes. */
  g_assert_cmpint (pursuit_import_mapping_get_field (mapping, 4), ==, PURSUIT_IMPORT_FIELD_NOTES);
  g_assert_cmpint (pursuit_import_mapping_get_field (mapping, 5), ==, PURSUIT_IMPORT_FIELD_NOTES);
  g_assert_cmpstr (pursuit_import_mapping_get_header (mapping, 3), ==, "Company domain");

  copy = pursuit_import_mapping_copy (mapping);
  pursuit_import_mapping_set_field (mapping, 0, PURSUIT_IMPORT_FIELD_IGNORE);
  pursuit_import_mapping_set_field (mapping, 1, PURSUIT_IMPORT_FIELD_COMPANY);
  g_assert_cmpint (pursuit_import_mapping_find_field (mapping, PURSUIT_IMPORT_FIELD_COMPANY), ==, 1);
  g_assert_cmpint (pursuit_import_mapping_find_field (mapping, PURSUIT_IMPORT_FIELD_URL), ==, -1);
  g_assert_cmpint (pursuit_import_mapping_find_field (copy, PURSUIT_IMPORT_FIELD_COMPANY), ==, 0);

  g_assert_cmpstr (pursuit_import_field_get_label (PURSUIT_IMPORT_FIELD_TITLE), ==, "Job title");
  g_assert_cmpstr (pursuit_import_preset_get_name (PURSUIT_IMPORT_PRESET_HUNTR), ==, "Huntr");
}

/* Every preset, given a file with exactly its columns, maps each column
 * to the preset's field, whatever the guess would say. */
static void
test_presets_field_by_field (void)
{
  for (PursuitImportPreset preset = 0; preset <= PURSUIT_IMPORT_PRESET_LAST; preset++)
    {
      const PursuitImportColumn *columns;
      guint n_columns;
      g_autofree const char **header = NULL;
      g_autoptr(PursuitImportMapping) mapping = NULL;

      columns = pursuit_import_preset_get_columns (preset, &n_columns);
      if (preset == PURSUIT_IMPORT_PRESET_GUESS || preset == PURSUIT_IMPORT_PRESET_SPREADSHEET)
        {
          g_assert_cmpuint (n_columns, ==, 0);
          continue;
        }
      g_assert_cmpuint (n_columns, >, 5);

      header = g_new0 (const char *, n_columns);
      for (guint i = 0; i < n_columns; i++)
        header[i] = columns[i].header;

      mapping = pursuit_import_mapping_new (header, n_columns, preset);
      for (guint i = 0; i < n_columns; i++)
        {
          g_test_message ("%s: %s", pursuit_import_preset_get_name (preset), header[i]);
          g_assert_cmpint (pursuit_import_mapping_get_field (mapping, i), ==, columns[i].field);
        }
    }
}

static void
test_detect_preset (void)
{
  const char *huntr[] = { "id", "title", "listName", "companyName" };
  const char *jobsync[] = { "index", "Company", "JobTitle", "JobSource", "Status" };
  const char *pursuit[] = { "Company", "Title", "Stage kind", "Posting text" };
  const char *teal[] = { "Job Position", "Company", "Date Saved" };
  const char *plain[] = { "Company", "Role", "Stage", "Salary" };

  g_assert_cmpint (pursuit_import_detect_preset (huntr, G_N_ELEMENTS (huntr)), ==, PURSUIT_IMPORT_PRESET_HUNTR);
  g_assert_cmpint (pursuit_import_detect_preset (jobsync, G_N_ELEMENTS (jobsync)), ==,
                   PURSUIT_IMPORT_PRESET_JOBSYNC);
  g_assert_cmpint (pursuit_import_detect_preset (pursuit, G_N_ELEMENTS (pursuit)), ==,
                   PURSUIT_IMPORT_PRESET_PURSUIT);
  g_assert_cmpint (pursuit_import_detect_preset (teal, G_N_ELEMENTS (teal)), ==, PURSUIT_IMPORT_PRESET_TEAL);
  g_assert_cmpint (pursuit_import_detect_preset (plain, G_N_ELEMENTS (plain)), ==, PURSUIT_IMPORT_PRESET_GUESS);
}

static void
test_huntr_file (void)
{
  const char *text =
    "id,createdAt,title,salary,location,url,rootDomain,htmlDescription,deadline,color,lastMovedAt,"
    "boardId,boardName,listId,listName,companyId,companyName,companyDomain,creatorUserId,"
    "creatorUserFirstName,creatorUserLastName,creatorUserEmail\n"
    "a1,2026-02-26 19:17:05,\"Support Specialist, Tier 2\",$52k,\"Leeds, UK\",https://jobs.example.com/1,"
    "example.com,\"<p>Help our <b>customers</b>.</p><ul><li>Email</li><li>Chat</li></ul>\","
    "2026-03-15 05:00:00,-,-,b1,Search 2026,l1,applied,c1,Northwind,northwind.example,u1,Sam,Lee,"
    "sam@example.com\n"
    "a2,2026-02-27 10:00:00,Team Lead,-,-,-,-,-,-,-,-,b1,Search 2026,l2,wishlist,c2,Contoso,-,u1,Sam,Lee,"
    "sam@example.com\n";
  g_autoptr(PursuitImportResult) result = map_text (text, PURSUIT_IMPORT_PRESET_GUESS, NULL);
  PursuitImportRow *row;

  g_assert_cmpuint (result->rows->len, ==, 2);
  g_assert_cmpuint (result->unknown_stages->len, ==, 0);
  g_assert_false (result->dates_ambiguous);

  row = row_at (result, 0);
  assert_no_problems (row);
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpstr (pursuit_job_get_title (row->job), ==, "Support Specialist, Tier 2");
  g_assert_cmpstr (pursuit_job_get_company (row->job), ==, "Northwind");
  g_assert_cmpstr (pursuit_job_get_location (row->job), ==, "Leeds, UK");
  g_assert_cmpstr (pursuit_job_get_url (row->job), ==, "https://jobs.example.com/1");
  g_assert_cmpstr (pursuit_job_get_deadline (row->job), ==, "2026-03-15");
  g_assert_cmpstr (pursuit_job_get_posting_text (row->job), ==, "Help our customers.\n\n• Email\n• Chat");
  g_assert_cmpstr (pursuit_job_get_notes (row->job), ==, "salary: $52k");
  g_assert_cmpstr (row->stage_name, ==, "applied");
  g_assert_cmpint (row->stage_kind, ==, PURSUIT_STAGE_KIND_APPLIED);
  g_assert_true (row->stage_known);
  g_assert_null (pursuit_job_get_stage (row->job));

  /* "-" is Huntr's empty cell. */
  row = row_at (result, 1);
  assert_no_problems (row);
  g_assert_cmpstr (pursuit_job_get_location (row->job), ==, "");
  g_assert_cmpstr (pursuit_job_get_url (row->job), ==, "");
  g_assert_cmpstr (pursuit_job_get_notes (row->job), ==, "");
  g_assert_cmpint (row->stage_kind, ==, PURSUIT_STAGE_KIND_WISHLIST);
}

static void
test_jobsync_file (void)
{
  const char *text =
    "index,createdAt,applied,appliedDate,Company,JobTitle,jobType,workplaceType,Location,JobSource,Status\n"
    "1,2026-01-05,Yes,2026-01-06,Fabrikam,Contact Center Agent,Full Time,Remote,Toronto,LinkedIn,Interview\n"
    "2,2026-01-07,No,N/A,Tailspin,Service Desk Analyst,Part Time,Onsite,N/A,Indeed,Draft\n"
    "3,2026-01-08,Yes,2026-01-09,Litware,Support Agent,Contract,Not specified,Austin,Referral,Expired\n"
    "4,2026-01-10,Yes,2026-01-11,Proseware,Support Lead,Unknown,Hybrid,Boston,Indeed,Expired\n";
  g_autoptr(PursuitImportResult) result = map_text (text, PURSUIT_IMPORT_PRESET_GUESS, NULL);
  PursuitImportRow *row;
  PursuitImportUnknownStage *unknown;

  g_assert_cmpuint (result->rows->len, ==, 4);

  row = row_at (result, 0);
  assert_no_problems (row);
  g_assert_cmpstr (pursuit_job_get_company (row->job), ==, "Fabrikam");
  g_assert_cmpstr (pursuit_job_get_title (row->job), ==, "Contact Center Agent");
  g_assert_cmpstr (pursuit_job_get_applied_on (row->job), ==, "2026-01-06");
  g_assert_cmpint (pursuit_job_get_employment_type (row->job), ==, PURSUIT_EMPLOYMENT_FULL_TIME);
  g_assert_cmpint (pursuit_job_get_workplace (row->job), ==, PURSUIT_WORKPLACE_REMOTE);
  g_assert_cmpstr (pursuit_job_get_location (row->job), ==, "Toronto");
  g_assert_cmpstr (pursuit_job_get_source (row->job), ==, "LinkedIn");
  g_assert_cmpint (row->stage_kind, ==, PURSUIT_STAGE_KIND_INTERVIEWING);
  /* "Yes" in "applied" is not read as a date: the preset ignores it. */
  g_assert_cmpstr (pursuit_job_get_notes (row->job), ==, "");

  row = row_at (result, 1);
  assert_no_problems (row);
  g_assert_cmpstr (pursuit_job_get_applied_on (row->job), ==, "");
  g_assert_cmpstr (pursuit_job_get_location (row->job), ==, "");
  g_assert_cmpint (pursuit_job_get_employment_type (row->job), ==, PURSUIT_EMPLOYMENT_PART_TIME);
  g_assert_cmpint (pursuit_job_get_workplace (row->job), ==, PURSUIT_WORKPLACE_ON_SITE);
  g_assert_cmpint (row->stage_kind, ==, PURSUIT_STAGE_KIND_WISHLIST);

  /* "Expired" says nothing about how the pursuit went: ask, once. */
  row = row_at (result, 2);
  g_assert_cmpint (pursuit_job_get_employment_type (row->job), ==, PURSUIT_EMPLOYMENT_CONTRACT);
  g_assert_cmpint (pursuit_job_get_workplace (row->job), ==, PURSUIT_WORKPLACE_UNKNOWN);
  g_assert_false (row->stage_known);
  g_assert_cmpstr (row->stage_name, ==, "Expired");
  g_assert_cmpint (row->stage_kind, ==, PURSUIT_STAGE_KIND_APPLIED);
  g_assert_cmpint (pursuit_job_get_employment_type (row_at (result, 3)->job), ==, PURSUIT_EMPLOYMENT_UNKNOWN);

  g_assert_cmpuint (result->unknown_stages->len, ==, 1);
  unknown = g_ptr_array_index (result->unknown_stages, 0);
  g_assert_cmpstr (unknown->name, ==, "Expired");
  g_assert_cmpuint (unknown->n_rows, ==, 2);
  g_assert_cmpuint (unknown->first_line, ==, 4);
}

static void
test_reactive_resume_file (void)
{
  const char *text =
    "Company,Role,Stage,Location,Salary,Source,Tags,URL,Applied Date\n"
    "Adatum,Frontend Engineer,interview,Remote,$180k,LinkedIn,remote;react,https://adatum.example/j/9,"
    "2026-04-02\n"
    "Woodgrove,Support Engineer,saved,Berlin,,,,,\n";
  g_autoptr(PursuitImportResult) result = map_text (text, PURSUIT_IMPORT_PRESET_REACTIVE_RESUME, NULL);
  PursuitImportRow *row = row_at (result, 0);

  assert_no_problems (row);
  g_assert_cmpstr (pursuit_job_get_company (row->job), ==, "Adatum");
  g_assert_cmpstr (pursuit_job_get_title (row->job), ==, "Frontend Engineer");
  g_assert_cmpint (row->stage_kind, ==, PURSUIT_STAGE_KIND_INTERVIEWING);
  g_assert_cmpstr (pursuit_job_get_location (row->job), ==, "Remote");
  g_assert_cmpstr (pursuit_job_get_source (row->job), ==, "LinkedIn");
  g_assert_cmpstr (pursuit_job_get_url (row->job), ==, "https://adatum.example/j/9");
  g_assert_cmpstr (pursuit_job_get_applied_on (row->job), ==, "2026-04-02");
  g_assert_cmpstr (pursuit_job_get_notes (row->job), ==, "Tags: remote;react\nSalary: $180k");

  row = row_at (result, 1);
  assert_no_problems (row);
  g_assert_cmpint (row->stage_kind, ==, PURSUIT_STAGE_KIND_WISHLIST);
}

static void
test_teal_file (void)
{
  const char *text =
    "Job Position,Company,Max. Salary,Location,Status,Date Saved,Deadline,Date Applied,Follow Up,Excitement\n"
    "Support Analyst,Alpine Ski House,\"$70,000\",Denver,Not Selected,2026-01-02,,01/15/2026,,4\n"
    "Help Desk Lead,Coho Winery,,Napa,I Withdrew,2026-01-03,,,,\n"
    "CX Specialist,Relecloud,,Seattle,No Response 🔕,2026-01-04,,01/20/2026,02/03/2026,2\n"
    "Team Lead,Fourth Coffee,,Portland,Bookmarked,2026-01-05,03/31/2026,,,5\n"
    "Ops Manager,Margie's Travel,,Miami,Negotiating,2026-01-06,,01/22/2026,,3\n";
  g_autoptr(PursuitImportResult) result = map_text (text, PURSUIT_IMPORT_PRESET_GUESS, NULL);
  PursuitImportRow *row;

  g_assert_cmpuint (result->rows->len, ==, 5);
  g_assert_false (result->dates_ambiguous);

  row = row_at (result, 0);
  assert_no_problems (row);
  g_assert_cmpstr (pursuit_job_get_title (row->job), ==, "Support Analyst");
  g_assert_cmpstr (pursuit_job_get_company (row->job), ==, "Alpine Ski House");
  g_assert_cmpint (row->stage_kind, ==, PURSUIT_STAGE_KIND_REJECTED);
  /* 01/15/2026 and 01/20/2026 settle the column: month first. */
  g_assert_cmpstr (pursuit_job_get_applied_on (row->job), ==, "2026-01-15");
  g_assert_cmpint (pursuit_job_get_excitement (row->job), ==, 4);
  g_assert_cmpstr (pursuit_job_get_notes (row->job), ==, "Max. Salary: $70,000");

  g_assert_cmpint (row_at (result, 1)->stage_kind, ==, PURSUIT_STAGE_KIND_WITHDRAWN);

  row = row_at (result, 2);
  g_assert_cmpint (row->stage_kind, ==, PURSUIT_STAGE_KIND_GHOSTED);
  g_assert_cmpstr (pursuit_job_get_next_action_due (row->job), ==, "2026-02-03");

  row = row_at (result, 3);
  g_assert_cmpint (row->stage_kind, ==, PURSUIT_STAGE_KIND_WISHLIST);
  g_assert_cmpstr (pursuit_job_get_deadline (row->job), ==, "2026-03-31");

  g_assert_cmpint (row_at (result, 4)->stage_kind, ==, PURSUIT_STAGE_KIND_OFFER);
}

static void
test_stage_words (void)
{
  static const struct
  {
    const char *name;
    PursuitStageKind kind;
  } cases[] = {
    { "Applied", PURSUIT_STAGE_KIND_APPLIED },
    { "Application submitted", PURSUIT_STAGE_KIND_APPLIED },
    { "In review", PURSUIT_STAGE_KIND_APPLIED },
    { "Interview", PURSUIT_STAGE_KIND_INTERVIEWING },
    { "2nd interview", PURSUIT_STAGE_KIND_INTERVIEWING },
    { "Final round", PURSUIT_STAGE_KIND_INTERVIEWING },
    { "Phone screen", PURSUIT_STAGE_KIND_SCREENING },
    { "Recruiter call", PURSUIT_STAGE_KIND_SCREENING },
    { "screening", PURSUIT_STAGE_KIND_SCREENING },
    { "Offer received", PURSUIT_STAGE_KIND_OFFER },
    { "Offer accepted", PURSUIT_STAGE_KIND_ACCEPTED },
    { "Hired!", PURSUIT_STAGE_KIND_ACCEPTED },
    { "Offer declined", PURSUIT_STAGE_KIND_WITHDRAWN },
    { "Rejected", PURSUIT_STAGE_KIND_REJECTED },
    { "Rejected after interview", PURSUIT_STAGE_KIND_REJECTED },
    { "No offer", PURSUIT_STAGE_KIND_REJECTED },
    { "No response", PURSUIT_STAGE_KIND_GHOSTED },
    { "Ghosted", PURSUIT_STAGE_KIND_GHOSTED },
    { "Withdrawn", PURSUIT_STAGE_KIND_WITHDRAWN },
    { "Not interested", PURSUIT_STAGE_KIND_WITHDRAWN },
    { "Interested", PURSUIT_STAGE_KIND_WISHLIST },
    { "Wishlist", PURSUIT_STAGE_KIND_WISHLIST },
    { "Not applied yet", PURSUIT_STAGE_KIND_WISHLIST },
    { "Bookmarked", PURSUIT_STAGE_KIND_WISHLIST },
    { "DRAFT", PURSUIT_STAGE_KIND_WISHLIST },
  };
  PursuitStageKind kind;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].name);
      g_assert_true (pursuit_import_guess_stage_kind (cases[i].name, &kind));
      g_assert_cmpint (kind, ==, cases[i].kind);
    }

  g_assert_false (pursuit_import_guess_stage_kind ("Expired", &kind));
  g_assert_false (pursuit_import_guess_stage_kind ("Banana", &kind));
  g_assert_false (pursuit_import_guess_stage_kind ("", &kind));
  g_assert_false (pursuit_import_guess_stage_kind ("!!", &kind));
}

static void
test_stage_table (void)
{
  const char *text =
    "Company,Title,Status\n"
    "Acme,Clerk,Expired\n"
    "Acme,Porter,Interview\n"
    "Acme,Cook,Limbo\n"
    "Acme,Baker,limbo\n";
  g_autoptr(PursuitImportOptions) options = pursuit_import_options_new ();
  g_autoptr(PursuitImportResult) before = map_text (text, PURSUIT_IMPORT_PRESET_GUESS, NULL);
  g_autoptr(PursuitImportResult) after = NULL;
  PursuitImportUnknownStage *unknown;

  g_assert_cmpuint (before->unknown_stages->len, ==, 2);
  unknown = g_ptr_array_index (before->unknown_stages, 0);
  g_assert_cmpstr (unknown->name, ==, "Expired");
  g_assert_cmpuint (unknown->n_rows, ==, 1);
  g_assert_cmpuint (unknown->first_line, ==, 2);
  unknown = g_ptr_array_index (before->unknown_stages, 1);
  g_assert_cmpstr (unknown->name, ==, "Limbo");
  g_assert_cmpuint (unknown->n_rows, ==, 2);
  g_assert_cmpuint (unknown->first_line, ==, 4);

  /* The user's answers, and one overriding a guess. */
  pursuit_import_options_set_stage_kind (options, "expired", PURSUIT_STAGE_KIND_GHOSTED);
  pursuit_import_options_set_stage_kind (options, "LIMBO", PURSUIT_STAGE_KIND_APPLIED);
  pursuit_import_options_set_stage_kind (options, "Interview", PURSUIT_STAGE_KIND_SCREENING);
  after = map_text (text, PURSUIT_IMPORT_PRESET_GUESS, options);

  g_assert_cmpuint (after->unknown_stages->len, ==, 0);
  g_assert_cmpint (row_at (after, 0)->stage_kind, ==, PURSUIT_STAGE_KIND_GHOSTED);
  g_assert_true (row_at (after, 0)->stage_known);
  g_assert_cmpint (row_at (after, 1)->stage_kind, ==, PURSUIT_STAGE_KIND_SCREENING);
  g_assert_cmpint (row_at (after, 2)->stage_kind, ==, PURSUIT_STAGE_KIND_APPLIED);
  g_assert_cmpint (row_at (after, 3)->stage_kind, ==, PURSUIT_STAGE_KIND_APPLIED);
}

static void
test_parse_date (void)
{
  static const struct
  {
    const char *text;
    PursuitDateOrder order;
    const char *expected;   /* NULL: not read */
    gboolean ambiguous;
  } cases[] = {
    { "2026-03-05", PURSUIT_DATE_ORDER_UNKNOWN, "2026-03-05", FALSE },
    { " 2026-03-05T10:00:00Z ", PURSUIT_DATE_ORDER_UNKNOWN, "2026-03-05", FALSE },
    { "2026-03-05 19:17:05", PURSUIT_DATE_ORDER_UNKNOWN, "2026-03-05", FALSE },
    { "2026/3/5", PURSUIT_DATE_ORDER_UNKNOWN, "2026-03-05", FALSE },
    { "03/05/2026", PURSUIT_DATE_ORDER_MONTH_FIRST, "2026-03-05", FALSE },
    { "03/05/2026", PURSUIT_DATE_ORDER_DAY_FIRST, "2026-05-03", FALSE },
    { "03/05/2026", PURSUIT_DATE_ORDER_UNKNOWN, NULL, TRUE },
    { "3/5/26", PURSUIT_DATE_ORDER_MONTH_FIRST, "2026-03-05", FALSE },
    { "12/31/99", PURSUIT_DATE_ORDER_UNKNOWN, "1999-12-31", FALSE },
    { "13/05/2026", PURSUIT_DATE_ORDER_UNKNOWN, "2026-05-13", FALSE },
    { "05/13/2026", PURSUIT_DATE_ORDER_UNKNOWN, "2026-05-13", FALSE },
    { "05/05/2026", PURSUIT_DATE_ORDER_UNKNOWN, "2026-05-05", FALSE },
    { "05.03.2026", PURSUIT_DATE_ORDER_UNKNOWN, "2026-03-05", FALSE },
    { "05.03.2026", PURSUIT_DATE_ORDER_MONTH_FIRST, "2026-03-05", FALSE },
    { "5.3.26", PURSUIT_DATE_ORDER_UNKNOWN, "2026-03-05", FALSE },
    { "March 5, 2026", PURSUIT_DATE_ORDER_UNKNOWN, "2026-03-05", FALSE },
    { "Mar 5 2026", PURSUIT_DATE_ORDER_UNKNOWN, "2026-03-05", FALSE },
    { "5 Mar 2026", PURSUIT_DATE_ORDER_UNKNOWN, "2026-03-05", FALSE },
    { "Thu, 5 March 2026", PURSUIT_DATE_ORDER_UNKNOWN, "2026-03-05", FALSE },
    { "5-Sept-26", PURSUIT_DATE_ORDER_UNKNOWN, "2026-09-05", FALSE },
    { "September 5th, 2026 10:30 AM", PURSUIT_DATE_ORDER_UNKNOWN, "2026-09-05", FALSE },
    { "31/02/2026", PURSUIT_DATE_ORDER_UNKNOWN, NULL, FALSE },
    { "2026-02-30", PURSUIT_DATE_ORDER_UNKNOWN, NULL, FALSE },
    { "13/13/2026", PURSUIT_DATE_ORDER_UNKNOWN, NULL, FALSE },
    { "1/2/3", PURSUIT_DATE_ORDER_MONTH_FIRST, NULL, FALSE },
    { "Yes", PURSUIT_DATE_ORDER_UNKNOWN, NULL, FALSE },
    { "May", PURSUIT_DATE_ORDER_UNKNOWN, NULL, FALSE },
    { "", PURSUIT_DATE_ORDER_UNKNOWN, NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = NULL;
      gboolean ambiguous = TRUE;
      gboolean read;

      g_test_message ("%s", cases[i].text);
      read = pursuit_import_parse_date (cases[i].text, cases[i].order, &iso, &ambiguous);
      g_assert_cmpint (read, ==, cases[i].expected != NULL);
      g_assert_cmpstr (iso, ==, cases[i].expected);
      g_assert_cmpint (ambiguous, ==, cases[i].ambiguous);
    }
}

static void
test_ambiguous_dates (void)
{
  const char *ambiguous_file =
    "Company,Title,Date Applied,Deadline\n"
    "Acme,Clerk,03/05/2026,2026-04-01\n"
    "Acme,Cook,04/06/2026,\n"
    "Acme,Baker,07/07/2026,\n";
  const char *settled_file =
    "Company,Title,Date Applied\n"
    "Acme,Clerk,03/05/2026\n"
    "Acme,Cook,25/06/2026\n";
  g_autoptr(PursuitImportOptions) options = pursuit_import_options_new ();
  PursuitImportDateColumn *column;

  {
    g_autoptr(PursuitImportResult) result = map_text (ambiguous_file, PURSUIT_IMPORT_PRESET_GUESS, NULL);

    /* Asked once for the file, not once per row. */
    g_assert_true (result->dates_ambiguous);
    g_assert_cmpuint (result->date_columns->len, ==, 2);
    column = g_ptr_array_index (result->date_columns, 0);
    g_assert_cmpuint (column->column, ==, 2);
    g_assert_cmpstr (column->header, ==, "Date Applied");
    g_assert_true (column->ambiguous);
    g_assert_cmpint (column->order, ==, PURSUIT_DATE_ORDER_UNKNOWN);
    column = g_ptr_array_index (result->date_columns, 1);
    g_assert_false (column->ambiguous);

    for (guint i = 0; i < 3; i++)
      g_assert_null (row_at (result, i)->problems[0]);
    g_assert_cmpstr (pursuit_job_get_applied_on (row_at (result, 0)->job), ==, "");
    g_assert_cmpstr (pursuit_job_get_notes (row_at (result, 0)->job), ==, "Date Applied: 03/05/2026");
    g_assert_cmpstr (pursuit_job_get_deadline (row_at (result, 0)->job), ==, "2026-04-01");
    /* 07/07 reads the same both ways. */
    g_assert_cmpstr (pursuit_job_get_applied_on (row_at (result, 2)->job), ==, "2026-07-07");
  }

  pursuit_import_options_set_date_order (options, PURSUIT_DATE_ORDER_DAY_FIRST);
  g_assert_cmpint (pursuit_import_options_get_date_order (options), ==, PURSUIT_DATE_ORDER_DAY_FIRST);
  {
    g_autoptr(PursuitImportResult) result = map_text (ambiguous_file, PURSUIT_IMPORT_PRESET_GUESS, options);

    g_assert_false (result->dates_ambiguous);
    column = g_ptr_array_index (result->date_columns, 0);
    g_assert_cmpint (column->order, ==, PURSUIT_DATE_ORDER_DAY_FIRST);
    g_assert_cmpstr (pursuit_job_get_applied_on (row_at (result, 0)->job), ==, "2026-05-03");
    g_assert_cmpstr (pursuit_job_get_applied_on (row_at (result, 1)->job), ==, "2026-06-04");
    g_assert_cmpstr (pursuit_job_get_notes (row_at (result, 0)->job), ==, "");
  }

  {
    /* 25/06 shows the whole column is day first. */
    g_autoptr(PursuitImportResult) result = map_text (settled_file, PURSUIT_IMPORT_PRESET_GUESS, NULL);

    g_assert_false (result->dates_ambiguous);
    column = g_ptr_array_index (result->date_columns, 0);
    g_assert_cmpint (column->order, ==, PURSUIT_DATE_ORDER_DAY_FIRST);
    g_assert_cmpstr (pursuit_job_get_applied_on (row_at (result, 0)->job), ==, "2026-05-03");
    g_assert_cmpstr (pursuit_job_get_applied_on (row_at (result, 1)->job), ==, "2026-06-25");
  }
}

static void
test_problems (void)
{
  const char *text =
    "Company,Title,Date Applied,Link\n"
    "Acme,Clerk,2026-01-05,https://acme.example/1\n"   /* line 2: fine */
    ",Cook,2026-01-06,\n"                              /* line 3: no company */
    "\"Globex\nHoldings\",,,\n"                          /* lines 4-5: no title */
    "Initech,Tester,31/02/2026,notaurl\n"              /* line 6: bad date, bad link */
    "Umbrella,Guard\n";                                /* line 7: two fields */
  g_autoptr(PursuitImportResult) result = map_text (text, PURSUIT_IMPORT_PRESET_GUESS, NULL);
  PursuitImportRow *row;

  g_assert_cmpuint (result->rows->len, ==, 5);
  g_assert_cmpuint (result->n_problem_rows, ==, 4);
  g_assert_null (result->problems[0]);

  assert_no_problems (row_at (result, 0));

  row = row_at (result, 1);
  g_assert_cmpstr (row->problems[0], ==, "Line 3: no company.");
  g_assert_null (row->problems[1]);
  g_assert_false (row->complete);

  row = row_at (result, 2);
  g_assert_cmpuint (row->line, ==, 4);
  g_assert_cmpstr (pursuit_job_get_company (row->job), ==, "Globex Holdings");
  g_assert_cmpstr (row->problems[0], ==, "Line 4: no job title.");
  g_assert_false (row->complete);

  row = row_at (result, 3);
  g_assert_cmpstr (row->problems[0], ==, "Line 6: “31/02/2026” in “Date Applied” is not a date.");
  g_assert_cmpstr (row->problems[1], ==, "Line 6: “notaurl” is not a web address; it is kept in the notes.");
  g_assert_null (row->problems[2]);
  g_assert_cmpstr (pursuit_job_get_notes (row->job), ==, "Date Applied: 31/02/2026\nLink: notaurl");
  /* Kept in the notes, the job itself would save. */
  g_assert_true (row->complete);

  row = row_at (result, 4);
  g_assert_cmpstr (row->problems[0], ==, "Line 7 has 2 fields, but the first line names 4 columns.");
  g_assert_cmpstr (pursuit_job_get_title (row->job), ==, "Guard");
  g_assert_true (row->complete);
}

static void
test_file_problems (void)
{
  g_autoptr(PursuitImportResult) result = map_text ("Name,Colour\nAcme,Blue\n", PURSUIT_IMPORT_PRESET_GUESS, NULL);

  g_assert_cmpstr (result->problems[0], ==, "No column is the company.");
  g_assert_cmpstr (result->problems[1], ==, "No column is the job title.");
  g_assert_null (result->problems[2]);
  g_assert_cmpuint (result->rows->len, ==, 1);
  g_assert_cmpstr (row_at (result, 0)->problems[0], ==, "Line 2: no company.");

  {
    g_autoptr(PursuitImportResult) empty = map_text ("Company,Title\r\n", PURSUIT_IMPORT_PRESET_GUESS, NULL);

    g_assert_cmpuint (empty->rows->len, ==, 0);
    g_assert_null (empty->problems[0]);
  }
  {
    g_autoptr(GError) error = NULL;
    const char *broken = "Company,Title\n\"Acme,Clerk\n";

    g_assert_null (pursuit_import_map_csv (broken, strlen (broken), PURSUIT_IMPORT_PRESET_GUESS, NULL, &error));
    g_assert_error (error, PURSUIT_CSV_ERROR, PURSUIT_CSV_ERROR_MALFORMED);
  }
}

/* A stand-in for the pay parser being written elsewhere: reads
 * "MIN-MAX CUR PERIOD" only. */
static gboolean
parse_test_pay (const char       *text,
                double           *min,
                double           *max,
                char            **currency,
                PursuitPayPeriod *period,
                gpointer          user_data)
{
  guint *calls = user_data;
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_auto(GStrv) range = NULL;

  (*calls)++;
  if (g_strv_length (words) != 3)
    return FALSE;
  range = g_strsplit (words[0], "-", 2);
  if (g_strv_length (range) != 2)
    return FALSE;
  *min = g_ascii_strtod (range[0], NULL);
  *max = g_ascii_strtod (range[1], NULL);
  *currency = g_strdup (words[1]);
  *period = g_str_equal (words[2], "year") ? PURSUIT_PAY_PERIOD_YEAR : PURSUIT_PAY_PERIOD_HOUR;
  return TRUE;
}

static void
test_pay (void)
{
  const char *text =
    "Company,Title,Salary\n"
    "Acme,Clerk,80000-95000 EUR year\n"
    "Acme,Cook,about twenty an hour\n"
    "Acme,Baker,\n";
  g_autoptr(PursuitImportOptions) options = pursuit_import_options_new ();
  guint calls = 0;

  {
    g_autoptr(PursuitImportResult) result = map_text (text, PURSUIT_IMPORT_PRESET_GUESS, NULL);
    PursuitJob *job = row_at (result, 0)->job;

    /* Without a parser the text is kept, with the column's name. */
    g_assert_cmpstr (pursuit_job_get_notes (job), ==, "Salary: 80000-95000 EUR year");
    g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, -1);
    g_assert_cmpfloat (pursuit_job_get_pay_max (job), ==, -1);
  }

  pursuit_import_options_set_pay_parser (options, parse_test_pay, &calls);
  {
    g_autoptr(PursuitImportResult) result = map_text (text, PURSUIT_IMPORT_PRESET_GUESS, options);
    PursuitJob *job = row_at (result, 0)->job;

    /* Called for the two rows with pay only. */
    g_assert_cmpuint (calls, ==, 2);
    assert_no_problems (row_at (result, 0));
    g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, 80000);
    g_assert_cmpfloat (pursuit_job_get_pay_max (job), ==, 95000);
    g_assert_cmpstr (pursuit_job_get_pay_currency (job), ==, "EUR");
    g_assert_cmpint (pursuit_job_get_pay_period (job), ==, PURSUIT_PAY_PERIOD_YEAR);
    g_assert_cmpstr (pursuit_job_get_notes (job), ==, "");

    job = row_at (result, 1)->job;
    g_assert_cmpstr (pursuit_job_get_notes (job), ==, "Salary: about twenty an hour");
    g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, -1);
  }
}

static void
test_cells (void)
{
  const char *text =
    "Company,Title,Notes,Link,Excitement,Archived,Workplace,Pay min,Pay max,Currency,Pay period,Contact,Tags\n"
    "Acme,Clerk,\"'=SUM(A1)\nsecond line\",www.acme.example/jobs/1,★★★,yes,WFH,\"38,500\",41000.50,usd,"
    "Annually,Jo Bloggs <jo@acme.example>,\"a, b\"\n"
    "N/A,-,—,none,,,,$40k,,,,,\n";
  g_autoptr(PursuitImportResult) result = map_text (text, PURSUIT_IMPORT_PRESET_GUESS, NULL);
  PursuitImportRow *row = row_at (result, 0);
  PursuitJob *job = row->job;

  assert_no_problems (row);
  g_assert_cmpstr (pursuit_job_get_notes (job), ==,
                   "=SUM(A1)\nsecond line\n\nContact: Jo Bloggs <jo@acme.example>\nTags: a, b");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "https://www.acme.example/jobs/1");
  g_assert_cmpint (pursuit_job_get_excitement (job), ==, 3);
  g_assert_true (pursuit_job_get_archived (job));
  g_assert_cmpint (pursuit_job_get_workplace (job), ==, PURSUIT_WORKPLACE_REMOTE);
  g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, 38500);
  g_assert_cmpfloat (pursuit_job_get_pay_max (job), ==, 41000.5);
  g_assert_cmpstr (pursuit_job_get_pay_currency (job), ==, "USD");
  g_assert_cmpint (pursuit_job_get_pay_period (job), ==, PURSUIT_PAY_PERIOD_YEAR);

  /* Placeholders are empty cells; "$40k" is not a number but is kept. */
  row = row_at (result, 1);
  g_assert_cmpstr (pursuit_job_get_company (row->job), ==, "");
  g_assert_cmpstr (pursuit_job_get_title (row->job), ==, "");
  g_assert_cmpstr (pursuit_job_get_notes (row->job), ==, "Pay: $40k");
}

static PursuitJob *
make_job (PursuitStageKind  kind,
          const char       *stage_name,
          const char       *company,
          const char       *title)
{
  g_autoptr(PursuitStage) stage = pursuit_stage_new (kind + 1, kind, stage_name, (int) kind, FALSE);
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_stage (job, stage);
  pursuit_job_set_company (job, company);
  pursuit_job_set_title (job, title);
  return job;
}

static void
assert_same_job (PursuitJob       *expected,
                 PursuitImportRow *row)
{
  PursuitJob *job = row->job;

  assert_no_problems (row);
  g_assert_cmpstr (pursuit_job_get_company (job), ==, pursuit_job_get_company (expected));
  g_assert_cmpstr (pursuit_job_get_title (job), ==, pursuit_job_get_title (expected));
  g_assert_cmpstr (pursuit_job_get_location (job), ==, pursuit_job_get_location (expected));
  g_assert_cmpint (pursuit_job_get_workplace (job), ==, pursuit_job_get_workplace (expected));
  g_assert_cmpint (pursuit_job_get_employment_type (job), ==, pursuit_job_get_employment_type (expected));
  g_assert_cmpstr (pursuit_job_get_industry (job), ==, pursuit_job_get_industry (expected));
  g_assert_cmpstr (pursuit_job_get_source (job), ==, pursuit_job_get_source (expected));
  g_assert_cmpstr (pursuit_job_get_url (job), ==, pursuit_job_get_url (expected));
  g_assert_cmpstr (pursuit_job_get_applied_on (job), ==, pursuit_job_get_applied_on (expected));
  g_assert_cmpstr (pursuit_job_get_deadline (job), ==, pursuit_job_get_deadline (expected));
  g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, pursuit_job_get_pay_min (expected));
  g_assert_cmpfloat (pursuit_job_get_pay_max (job), ==, pursuit_job_get_pay_max (expected));
  g_assert_cmpstr (pursuit_job_get_pay_currency (job), ==, pursuit_job_get_pay_currency (expected));
  g_assert_cmpint (pursuit_job_get_pay_period (job), ==, pursuit_job_get_pay_period (expected));
  g_assert_cmpint (pursuit_job_get_excitement (job), ==, pursuit_job_get_excitement (expected));
  g_assert_cmpstr (pursuit_job_get_next_action (job), ==, pursuit_job_get_next_action (expected));
  g_assert_cmpstr (pursuit_job_get_next_action_due (job), ==, pursuit_job_get_next_action_due (expected));
  g_assert_cmpint (pursuit_job_get_archived (job), ==, pursuit_job_get_archived (expected));
  g_assert_cmpstr (pursuit_job_get_notes (job), ==, pursuit_job_get_notes (expected));
  g_assert_cmpstr (pursuit_job_get_posting_text (job), ==, pursuit_job_get_posting_text (expected));
  g_assert_cmpint (row->stage_kind, ==, pursuit_stage_get_kind (pursuit_job_get_stage (expected)));
  g_assert_cmpstr (row->stage_name, ==, pursuit_stage_get_name (pursuit_job_get_stage (expected)));
}

static void
test_round_trip (void)
{
  g_autoptr(GListStore) jobs = g_list_store_new (PURSUIT_TYPE_JOB);
  PursuitCsvWriteFlags flag_sets[] = { PURSUIT_CSV_WRITE_DEFAULT, PURSUIT_CSV_WRITE_NONE };

  {
    g_autoptr(PursuitJob) job = make_job (PURSUIT_STAGE_KIND_SCREENING, "Phone call",
                                          "Acme, \"The\" Company", "=HYPERLINK(\"http://evil.example\")");

    pursuit_job_set_location (job, "Zürich; Genève");
    pursuit_job_set_workplace (job, PURSUIT_WORKPLACE_ON_SITE);
    pursuit_job_set_employment_type (job, PURSUIT_EMPLOYMENT_FULL_TIME);
    pursuit_job_set_industry (job, "Retail");
    pursuit_job_set_source (job, "+ referral from Jo");
    pursuit_job_set_url (job, "https://acme.example/jobs/1?ref=a,b");
    pursuit_job_set_applied_on (job, "2026-03-05");
    pursuit_job_set_deadline (job, "2026-04-30");
    pursuit_job_set_pay_min (job, 38500);
    pursuit_job_set_pay_max (job, 48500.5);
    pursuit_job_set_pay_currency (job, "CHF");
    pursuit_job_set_pay_period (job, PURSUIT_PAY_PERIOD_YEAR);
    pursuit_job_set_excitement (job, 4);
    pursuit_job_set_next_action (job, "@recruiter: send the form");
    pursuit_job_set_next_action_due (job, "2026-03-12");
    pursuit_job_set_notes (job, "-5 points for the commute\nSecond line, with \"quotes\"\n\n日本語 😀");
    pursuit_job_set_posting_text (job, "About us\n\n• Help customers\n• Use the CRM");
    g_list_store_append (jobs, job);
  }
  {
    g_autoptr(PursuitJob) job = make_job (PURSUIT_STAGE_KIND_WISHLIST, NULL, "Globex", "Night Clerk");

    pursuit_job_set_pay_min (job, 19.5);
    pursuit_job_set_pay_currency (job, "USD");
    pursuit_job_set_pay_period (job, PURSUIT_PAY_PERIOD_HOUR);
    pursuit_job_set_archived (job, TRUE);
    g_list_store_append (jobs, job);
  }

  for (guint f = 0; f < G_N_ELEMENTS (flag_sets); f++)
    {
      g_autofree char *text = pursuit_csv_write_jobs (G_LIST_MODEL (jobs), flag_sets[f]);
      g_autoptr(PursuitImportResult) result = map_text (text, PURSUIT_IMPORT_PRESET_GUESS, NULL);

      g_assert_cmpint (g_str_has_prefix (text, "\xef\xbb\xbf"), ==, (flag_sets[f] & PURSUIT_CSV_WRITE_BOM) != 0);
      if (flag_sets[f] & PURSUIT_CSV_WRITE_PROTECT_FORMULAS)
        g_assert_nonnull (strstr (text, ",\"'=HYPERLINK("));
      g_assert_true (g_str_has_suffix (text, "\r\n"));

      g_assert_cmpuint (result->rows->len, ==, 2);
      g_assert_cmpuint (result->n_problem_rows, ==, 0);
      g_assert_null (result->problems[0]);
      for (guint i = 0; i < 2; i++)
        {
          g_autoptr(PursuitJob) expected = g_list_model_get_item (G_LIST_MODEL (jobs), i);

          assert_same_job (expected, row_at (result, i));
        }
    }
}

static void
test_write_header (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  pursuit_csv_write_job_header (out, PURSUIT_CSV_WRITE_DEFAULT);
  g_assert_cmpstr (out->str, ==,
                   "Company,Title,Stage,Stage kind,Location,Workplace,Employment type,Industry,Source,URL,"
                   "Applied on,Deadline,Pay min,Pay max,Currency,Pay period,Excitement,Next action,"
                   "Next action due,Archived,Notes,Posting text\r\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/guess-field", test_guess_field);
  g_test_add_func ("/import/mapping", test_mapping);
  g_test_add_func ("/import/presets/field-by-field", test_presets_field_by_field);
  g_test_add_func ("/import/presets/detect", test_detect_preset);
  g_test_add_func ("/import/presets/huntr", test_huntr_file);
  g_test_add_func ("/import/presets/jobsync", test_jobsync_file);
  g_test_add_func ("/import/presets/reactive-resume", test_reactive_resume_file);
  g_test_add_func ("/import/presets/teal", test_teal_file);
  g_test_add_func ("/import/stages/words", test_stage_words);
  g_test_add_func ("/import/stages/caller-table", test_stage_table);
  g_test_add_func ("/import/dates/parse", test_parse_date);
  g_test_add_func ("/import/dates/ambiguous-column", test_ambiguous_dates);
  g_test_add_func ("/import/problems/rows", test_problems);
  g_test_add_func ("/import/problems/file", test_file_problems);
  g_test_add_func ("/import/pay", test_pay);
  g_test_add_func ("/import/cells", test_cells);
  g_test_add_func ("/import/write/header", test_write_header);
  g_test_add_func ("/import/write/round-trip", test_round_trip);

  return g_test_run ();
}
