/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-html-text.h"
#include "pursuit-import.h"
#include "pursuit-import-private.h"
#include "pursuit-stage.h"
#include "pursuit-validation.h"

/* A CSV file from a spreadsheet or another tracker, read into draft jobs.
 *
 * Three steps, each the caller's to redo with what the user says:
 * 1. which column is which field: a tracker's preset, or a guess from the
 *    column names, changeable column by column;
 * 2. how to read what the names leave open: the order of slash dates
 *    (asked once per file, not per row), the kind of an unknown stage name
 *    (asked once per name), and pay text (a parser given by the caller);
 * 3. every row becomes a draft job with the problems found in it, each
 *    naming its line. Rows with problems are kept, so the user sees them.
 *
 * Nothing is written anywhere. */

static const char * const field_labels[] = {
  [PURSUIT_IMPORT_FIELD_IGNORE] = N_("Do not import"),
  [PURSUIT_IMPORT_FIELD_COMPANY] = N_("Company"),
  [PURSUIT_IMPORT_FIELD_TITLE] = N_("Job title"),
  [PURSUIT_IMPORT_FIELD_STAGE] = N_("Stage"),
  [PURSUIT_IMPORT_FIELD_STAGE_KIND] = N_("Stage kind"),
  [PURSUIT_IMPORT_FIELD_APPLIED_ON] = N_("Date applied"),
  [PURSUIT_IMPORT_FIELD_DEADLINE] = N_("Deadline"),
  [PURSUIT_IMPORT_FIELD_PAY] = N_("Pay as written"),
  [PURSUIT_IMPORT_FIELD_PAY_MIN] = N_("Lowest pay"),
  [PURSUIT_IMPORT_FIELD_PAY_MAX] = N_("Highest pay"),
  [PURSUIT_IMPORT_FIELD_PAY_CURRENCY] = N_("Currency"),
  [PURSUIT_IMPORT_FIELD_PAY_PERIOD] = N_("Pay period"),
  [PURSUIT_IMPORT_FIELD_URL] = N_("Posting URL"),
  [PURSUIT_IMPORT_FIELD_LOCATION] = N_("Location"),
  [PURSUIT_IMPORT_FIELD_WORKPLACE] = N_("Workplace"),
  [PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE] = N_("Employment type"),
  [PURSUIT_IMPORT_FIELD_INDUSTRY] = N_("Industry"),
  [PURSUIT_IMPORT_FIELD_SOURCE] = N_("Source"),
  [PURSUIT_IMPORT_FIELD_NOTES] = N_("Notes"),
  [PURSUIT_IMPORT_FIELD_POSTING_TEXT] = N_("Posting text"),
  [PURSUIT_IMPORT_FIELD_POSTING_HTML] = N_("Posting as HTML"),
  [PURSUIT_IMPORT_FIELD_CONTACT] = N_("Contact (kept in the notes)"),
  [PURSUIT_IMPORT_FIELD_EXCITEMENT] = N_("Excitement"),
  [PURSUIT_IMPORT_FIELD_NEXT_ACTION] = N_("Next action"),
  [PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE] = N_("Next action due"),
  [PURSUIT_IMPORT_FIELD_ARCHIVED] = N_("Archived"),
  [PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES] = N_("Keep in the notes"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (field_labels) == PURSUIT_IMPORT_FIELD_LAST + 1);

/**
 * pursuit_import_field_get_label:
 *
 * Returns: the translated name of @field, for a list of choices
 */
const char *
pursuit_import_field_get_label (PursuitImportField field)
{
  g_return_val_if_fail (field <= PURSUIT_IMPORT_FIELD_LAST, NULL);

  return g_dgettext (GETTEXT_PACKAGE, field_labels[field]);
}

/* Column names people give each field, compared after normalize_name(). */
static const struct
{
  const char *name;
  PursuitImportField field;
} synonyms[] = {
  { "company", PURSUIT_IMPORT_FIELD_COMPANY },
  { "company name", PURSUIT_IMPORT_FIELD_COMPANY },
  { "employer", PURSUIT_IMPORT_FIELD_COMPANY },
  { "employer name", PURSUIT_IMPORT_FIELD_COMPANY },
  { "organization", PURSUIT_IMPORT_FIELD_COMPANY },
  { "organisation", PURSUIT_IMPORT_FIELD_COMPANY },
  { "organization name", PURSUIT_IMPORT_FIELD_COMPANY },
  { "organisation name", PURSUIT_IMPORT_FIELD_COMPANY },
  { "hiring company", PURSUIT_IMPORT_FIELD_COMPANY },
  { "business", PURSUIT_IMPORT_FIELD_COMPANY },
  { "title", PURSUIT_IMPORT_FIELD_TITLE },
  { "job title", PURSUIT_IMPORT_FIELD_TITLE },
  { "position", PURSUIT_IMPORT_FIELD_TITLE },
  { "job position", PURSUIT_IMPORT_FIELD_TITLE },
  { "position title", PURSUIT_IMPORT_FIELD_TITLE },
  { "position name", PURSUIT_IMPORT_FIELD_TITLE },
  { "role", PURSUIT_IMPORT_FIELD_TITLE },
  { "job role", PURSUIT_IMPORT_FIELD_TITLE },
  { "role title", PURSUIT_IMPORT_FIELD_TITLE },
  { "job", PURSUIT_IMPORT_FIELD_TITLE },
  { "job name", PURSUIT_IMPORT_FIELD_TITLE },
  { "vacancy", PURSUIT_IMPORT_FIELD_TITLE },
  { "opening", PURSUIT_IMPORT_FIELD_TITLE },
  { "status", PURSUIT_IMPORT_FIELD_STAGE },
  { "stage", PURSUIT_IMPORT_FIELD_STAGE },
  { "application status", PURSUIT_IMPORT_FIELD_STAGE },
  { "job status", PURSUIT_IMPORT_FIELD_STAGE },
  { "current status", PURSUIT_IMPORT_FIELD_STAGE },
  { "current stage", PURSUIT_IMPORT_FIELD_STAGE },
  { "list", PURSUIT_IMPORT_FIELD_STAGE },
  { "list name", PURSUIT_IMPORT_FIELD_STAGE },
  { "pipeline", PURSUIT_IMPORT_FIELD_STAGE },
  { "pipeline stage", PURSUIT_IMPORT_FIELD_STAGE },
  { "state", PURSUIT_IMPORT_FIELD_STAGE },
  { "progress", PURSUIT_IMPORT_FIELD_STAGE },
  { "stage kind", PURSUIT_IMPORT_FIELD_STAGE_KIND },
  { "date applied", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "applied on", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "applied", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "applied date", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "applied at", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "application date", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "date of application", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "date submitted", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "submitted on", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "deadline", PURSUIT_IMPORT_FIELD_DEADLINE },
  { "application deadline", PURSUIT_IMPORT_FIELD_DEADLINE },
  { "closing date", PURSUIT_IMPORT_FIELD_DEADLINE },
  { "close date", PURSUIT_IMPORT_FIELD_DEADLINE },
  { "closes", PURSUIT_IMPORT_FIELD_DEADLINE },
  { "apply by", PURSUIT_IMPORT_FIELD_DEADLINE },
  { "valid through", PURSUIT_IMPORT_FIELD_DEADLINE },
  { "expiry date", PURSUIT_IMPORT_FIELD_DEADLINE },
  { "expiration date", PURSUIT_IMPORT_FIELD_DEADLINE },
  { "salary", PURSUIT_IMPORT_FIELD_PAY },
  { "pay", PURSUIT_IMPORT_FIELD_PAY },
  { "compensation", PURSUIT_IMPORT_FIELD_PAY },
  { "salary range", PURSUIT_IMPORT_FIELD_PAY },
  { "pay range", PURSUIT_IMPORT_FIELD_PAY },
  { "wage", PURSUIT_IMPORT_FIELD_PAY },
  { "wages", PURSUIT_IMPORT_FIELD_PAY },
  { "rate", PURSUIT_IMPORT_FIELD_PAY },
  { "pay rate", PURSUIT_IMPORT_FIELD_PAY },
  { "hourly rate", PURSUIT_IMPORT_FIELD_PAY },
  { "base salary", PURSUIT_IMPORT_FIELD_PAY },
  { "expected salary", PURSUIT_IMPORT_FIELD_PAY },
  { "pay min", PURSUIT_IMPORT_FIELD_PAY_MIN },
  { "min pay", PURSUIT_IMPORT_FIELD_PAY_MIN },
  { "minimum pay", PURSUIT_IMPORT_FIELD_PAY_MIN },
  { "salary min", PURSUIT_IMPORT_FIELD_PAY_MIN },
  { "min salary", PURSUIT_IMPORT_FIELD_PAY_MIN },
  { "minimum salary", PURSUIT_IMPORT_FIELD_PAY_MIN },
  { "pay max", PURSUIT_IMPORT_FIELD_PAY_MAX },
  { "max pay", PURSUIT_IMPORT_FIELD_PAY_MAX },
  { "maximum pay", PURSUIT_IMPORT_FIELD_PAY_MAX },
  { "salary max", PURSUIT_IMPORT_FIELD_PAY_MAX },
  { "max salary", PURSUIT_IMPORT_FIELD_PAY_MAX },
  { "maximum salary", PURSUIT_IMPORT_FIELD_PAY_MAX },
  { "currency", PURSUIT_IMPORT_FIELD_PAY_CURRENCY },
  { "pay currency", PURSUIT_IMPORT_FIELD_PAY_CURRENCY },
  { "salary currency", PURSUIT_IMPORT_FIELD_PAY_CURRENCY },
  { "pay period", PURSUIT_IMPORT_FIELD_PAY_PERIOD },
  { "salary period", PURSUIT_IMPORT_FIELD_PAY_PERIOD },
  { "pay frequency", PURSUIT_IMPORT_FIELD_PAY_PERIOD },
  { "period", PURSUIT_IMPORT_FIELD_PAY_PERIOD },
  { "url", PURSUIT_IMPORT_FIELD_URL },
  { "link", PURSUIT_IMPORT_FIELD_URL },
  { "job link", PURSUIT_IMPORT_FIELD_URL },
  { "job url", PURSUIT_IMPORT_FIELD_URL },
  { "posting url", PURSUIT_IMPORT_FIELD_URL },
  { "posting link", PURSUIT_IMPORT_FIELD_URL },
  { "job posting", PURSUIT_IMPORT_FIELD_URL },
  { "job posting url", PURSUIT_IMPORT_FIELD_URL },
  { "job posting link", PURSUIT_IMPORT_FIELD_URL },
  { "listing url", PURSUIT_IMPORT_FIELD_URL },
  { "application link", PURSUIT_IMPORT_FIELD_URL },
  { "application url", PURSUIT_IMPORT_FIELD_URL },
  { "apply link", PURSUIT_IMPORT_FIELD_URL },
  { "apply url", PURSUIT_IMPORT_FIELD_URL },
  { "website", PURSUIT_IMPORT_FIELD_URL },
  { "web address", PURSUIT_IMPORT_FIELD_URL },
  { "location", PURSUIT_IMPORT_FIELD_LOCATION },
  { "city", PURSUIT_IMPORT_FIELD_LOCATION },
  { "job location", PURSUIT_IMPORT_FIELD_LOCATION },
  { "place", PURSUIT_IMPORT_FIELD_LOCATION },
  { "office", PURSUIT_IMPORT_FIELD_LOCATION },
  { "office location", PURSUIT_IMPORT_FIELD_LOCATION },
  { "town", PURSUIT_IMPORT_FIELD_LOCATION },
  { "where", PURSUIT_IMPORT_FIELD_LOCATION },
  { "workplace", PURSUIT_IMPORT_FIELD_WORKPLACE },
  { "workplace type", PURSUIT_IMPORT_FIELD_WORKPLACE },
  { "remote", PURSUIT_IMPORT_FIELD_WORKPLACE },
  { "remote type", PURSUIT_IMPORT_FIELD_WORKPLACE },
  { "work mode", PURSUIT_IMPORT_FIELD_WORKPLACE },
  { "work model", PURSUIT_IMPORT_FIELD_WORKPLACE },
  { "work arrangement", PURSUIT_IMPORT_FIELD_WORKPLACE },
  { "location type", PURSUIT_IMPORT_FIELD_WORKPLACE },
  { "employment type", PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE },
  { "job type", PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE },
  { "type", PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE },
  { "contract type", PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE },
  { "employment", PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE },
  { "position type", PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE },
  { "industry", PURSUIT_IMPORT_FIELD_INDUSTRY },
  { "sector", PURSUIT_IMPORT_FIELD_INDUSTRY },
  { "source", PURSUIT_IMPORT_FIELD_SOURCE },
  { "job source", PURSUIT_IMPORT_FIELD_SOURCE },
  { "found on", PURSUIT_IMPORT_FIELD_SOURCE },
  { "found via", PURSUIT_IMPORT_FIELD_SOURCE },
  { "found through", PURSUIT_IMPORT_FIELD_SOURCE },
  { "job board", PURSUIT_IMPORT_FIELD_SOURCE },
  { "board", PURSUIT_IMPORT_FIELD_SOURCE },
  { "platform", PURSUIT_IMPORT_FIELD_SOURCE },
  { "channel", PURSUIT_IMPORT_FIELD_SOURCE },
  { "notes", PURSUIT_IMPORT_FIELD_NOTES },
  { "note", PURSUIT_IMPORT_FIELD_NOTES },
  { "comments", PURSUIT_IMPORT_FIELD_NOTES },
  { "comment", PURSUIT_IMPORT_FIELD_NOTES },
  { "remarks", PURSUIT_IMPORT_FIELD_NOTES },
  { "my notes", PURSUIT_IMPORT_FIELD_NOTES },
  { "description", PURSUIT_IMPORT_FIELD_POSTING_TEXT },
  { "job description", PURSUIT_IMPORT_FIELD_POSTING_TEXT },
  { "posting text", PURSUIT_IMPORT_FIELD_POSTING_TEXT },
  { "job details", PURSUIT_IMPORT_FIELD_POSTING_TEXT },
  { "details", PURSUIT_IMPORT_FIELD_POSTING_TEXT },
  { "html description", PURSUIT_IMPORT_FIELD_POSTING_HTML },
  { "description html", PURSUIT_IMPORT_FIELD_POSTING_HTML },
  { "contact", PURSUIT_IMPORT_FIELD_CONTACT },
  { "contacts", PURSUIT_IMPORT_FIELD_CONTACT },
  { "contact name", PURSUIT_IMPORT_FIELD_CONTACT },
  { "contact person", PURSUIT_IMPORT_FIELD_CONTACT },
  { "contact email", PURSUIT_IMPORT_FIELD_CONTACT },
  { "recruiter", PURSUIT_IMPORT_FIELD_CONTACT },
  { "recruiter name", PURSUIT_IMPORT_FIELD_CONTACT },
  { "recruiter email", PURSUIT_IMPORT_FIELD_CONTACT },
  { "hiring manager", PURSUIT_IMPORT_FIELD_CONTACT },
  { "referral", PURSUIT_IMPORT_FIELD_CONTACT },
  { "point of contact", PURSUIT_IMPORT_FIELD_CONTACT },
  { "excitement", PURSUIT_IMPORT_FIELD_EXCITEMENT },
  { "interest", PURSUIT_IMPORT_FIELD_EXCITEMENT },
  { "interest level", PURSUIT_IMPORT_FIELD_EXCITEMENT },
  { "rating", PURSUIT_IMPORT_FIELD_EXCITEMENT },
  { "stars", PURSUIT_IMPORT_FIELD_EXCITEMENT },
  { "next action", PURSUIT_IMPORT_FIELD_NEXT_ACTION },
  { "next step", PURSUIT_IMPORT_FIELD_NEXT_ACTION },
  { "next steps", PURSUIT_IMPORT_FIELD_NEXT_ACTION },
  { "to do", PURSUIT_IMPORT_FIELD_NEXT_ACTION },
  { "todo", PURSUIT_IMPORT_FIELD_NEXT_ACTION },
  { "next action due", PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE },
  { "next action date", PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE },
  { "next step date", PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE },
  { "follow up", PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE },
  { "follow up date", PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE },
  { "follow up on", PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE },
  { "reminder date", PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE },
  { "archived", PURSUIT_IMPORT_FIELD_ARCHIVED },
  { "is archived", PURSUIT_IMPORT_FIELD_ARCHIVED },
  { "tags", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "tag", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "labels", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "priority", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "benefits", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "requirements", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "skills", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "resume", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "resume used", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "cv", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "cover letter", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "interview date", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "feedback", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "response", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "department", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "team", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "job id", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
  { "requisition id", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
};

/* Words that give a column away when its whole name matched nothing
 * ("Company Name (legal)", "Salary expectations"). Weaker than a whole
 * name: they only claim a field no other column has. */
static const struct
{
  const char *word;
  PursuitImportField field;
} key_words[] = {
  { "company", PURSUIT_IMPORT_FIELD_COMPANY },
  { "employer", PURSUIT_IMPORT_FIELD_COMPANY },
  { "organization", PURSUIT_IMPORT_FIELD_COMPANY },
  { "organisation", PURSUIT_IMPORT_FIELD_COMPANY },
  { "title", PURSUIT_IMPORT_FIELD_TITLE },
  { "position", PURSUIT_IMPORT_FIELD_TITLE },
  { "role", PURSUIT_IMPORT_FIELD_TITLE },
  { "status", PURSUIT_IMPORT_FIELD_STAGE },
  { "stage", PURSUIT_IMPORT_FIELD_STAGE },
  { "applied", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "deadline", PURSUIT_IMPORT_FIELD_DEADLINE },
  { "salary", PURSUIT_IMPORT_FIELD_PAY },
  { "pay", PURSUIT_IMPORT_FIELD_PAY },
  { "compensation", PURSUIT_IMPORT_FIELD_PAY },
  { "url", PURSUIT_IMPORT_FIELD_URL },
  { "link", PURSUIT_IMPORT_FIELD_URL },
  { "location", PURSUIT_IMPORT_FIELD_LOCATION },
  { "city", PURSUIT_IMPORT_FIELD_LOCATION },
  { "notes", PURSUIT_IMPORT_FIELD_NOTES },
  { "note", PURSUIT_IMPORT_FIELD_NOTES },
  { "description", PURSUIT_IMPORT_FIELD_POSTING_TEXT },
  { "source", PURSUIT_IMPORT_FIELD_SOURCE },
  { "contact", PURSUIT_IMPORT_FIELD_CONTACT },
  { "recruiter", PURSUIT_IMPORT_FIELD_CONTACT },
  { "remote", PURSUIT_IMPORT_FIELD_WORKPLACE },
  { "workplace", PURSUIT_IMPORT_FIELD_WORKPLACE },
};

static PursuitImportField
field_from_synonyms (const char *normalized)
{
  for (guint i = 0; i < G_N_ELEMENTS (synonyms); i++)
    {
      if (g_str_equal (normalized, synonyms[i].name))
        return synonyms[i].field;
    }
  return PURSUIT_IMPORT_FIELD_IGNORE;
}

static PursuitImportField
field_from_key_words (const char *normalized)
{
  for (guint i = 0; i < G_N_ELEMENTS (key_words); i++)
    {
      if (pursuit_import_has_words (normalized, key_words[i].word))
        return key_words[i].field;
    }
  return PURSUIT_IMPORT_FIELD_IGNORE;
}

/**
 * pursuit_import_guess_field:
 * @header: a column's name
 *
 * Guesses what a column holds from its name alone, in English: "Company",
 * "Employer", "Organisation" are the company; "Position", "Job Title",
 * "Role" the title; and so on. A name made of other words, but with one
 * that gives it away ("Company Name (legal)"), counts too.
 *
 * Returns: the field, or %PURSUIT_IMPORT_FIELD_IGNORE
 */
PursuitImportField
pursuit_import_guess_field (const char *header)
{
  g_autofree char *normalized = NULL;
  PursuitImportField field;

  g_return_val_if_fail (header != NULL, PURSUIT_IMPORT_FIELD_IGNORE);

  normalized = pursuit_import_normalize_name (header);
  field = field_from_synonyms (normalized);
  return field != PURSUIT_IMPORT_FIELD_IGNORE ? field : field_from_key_words (normalized);
}

/* Fields a job has many of, or that only add to the notes: any number of
 * columns may go there. */
static gboolean
is_repeatable (PursuitImportField field)
{
  return field == PURSUIT_IMPORT_FIELD_IGNORE ||
         field == PURSUIT_IMPORT_FIELD_NOTES ||
         field == PURSUIT_IMPORT_FIELD_CONTACT ||
         field == PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES;
}

/* The presets. Each names its source; columns a preset leaves out are
 * guessed like any other.
 *
 * Pursuit: what pursuit_csv_write_jobs() writes, in that order. */
static const PursuitImportColumn pursuit_columns[] = {
  { "Company", PURSUIT_IMPORT_FIELD_COMPANY },
  { "Title", PURSUIT_IMPORT_FIELD_TITLE },
  { "Stage", PURSUIT_IMPORT_FIELD_STAGE },
  { "Stage kind", PURSUIT_IMPORT_FIELD_STAGE_KIND },
  { "Location", PURSUIT_IMPORT_FIELD_LOCATION },
  { "Workplace", PURSUIT_IMPORT_FIELD_WORKPLACE },
  { "Employment type", PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE },
  { "Industry", PURSUIT_IMPORT_FIELD_INDUSTRY },
  { "Source", PURSUIT_IMPORT_FIELD_SOURCE },
  { "URL", PURSUIT_IMPORT_FIELD_URL },
  { "Applied on", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "Deadline", PURSUIT_IMPORT_FIELD_DEADLINE },
  { "Pay min", PURSUIT_IMPORT_FIELD_PAY_MIN },
  { "Pay max", PURSUIT_IMPORT_FIELD_PAY_MAX },
  { "Currency", PURSUIT_IMPORT_FIELD_PAY_CURRENCY },
  { "Pay period", PURSUIT_IMPORT_FIELD_PAY_PERIOD },
  { "Excitement", PURSUIT_IMPORT_FIELD_EXCITEMENT },
  { "Next action", PURSUIT_IMPORT_FIELD_NEXT_ACTION },
  { "Next action due", PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE },
  { "Archived", PURSUIT_IMPORT_FIELD_ARCHIVED },
  { "Notes", PURSUIT_IMPORT_FIELD_NOTES },
  { "Posting text", PURSUIT_IMPORT_FIELD_POSTING_TEXT },
};

/* Huntr: the header of a real Huntr export, as committed in the sample
 * files of github.com/keenlychuang/huntr-to-notion
 * (data/sample_data/test_data_multiple_entry.csv, February 2022). Empty
 * cells are written "-"; dates "2022-02-26 19:17:05"; listName is the
 * board's list ("applied", "rejected"); htmlDescription is HTML. Huntr
 * may have changed its export since: not confirmed for later versions. */
static const PursuitImportColumn huntr_columns[] = {
  { "id", PURSUIT_IMPORT_FIELD_IGNORE },
  { "createdAt", PURSUIT_IMPORT_FIELD_IGNORE },
  { "title", PURSUIT_IMPORT_FIELD_TITLE },
  { "salary", PURSUIT_IMPORT_FIELD_PAY },
  { "location", PURSUIT_IMPORT_FIELD_LOCATION },
  { "url", PURSUIT_IMPORT_FIELD_URL },
  { "rootDomain", PURSUIT_IMPORT_FIELD_IGNORE },
  { "htmlDescription", PURSUIT_IMPORT_FIELD_POSTING_HTML },
  { "deadline", PURSUIT_IMPORT_FIELD_DEADLINE },
  { "color", PURSUIT_IMPORT_FIELD_IGNORE },
  { "lastMovedAt", PURSUIT_IMPORT_FIELD_IGNORE },
  { "boardId", PURSUIT_IMPORT_FIELD_IGNORE },
  { "boardName", PURSUIT_IMPORT_FIELD_IGNORE },
  { "listId", PURSUIT_IMPORT_FIELD_IGNORE },
  { "listName", PURSUIT_IMPORT_FIELD_STAGE },
  { "companyId", PURSUIT_IMPORT_FIELD_IGNORE },
  { "companyName", PURSUIT_IMPORT_FIELD_COMPANY },
  { "companyDomain", PURSUIT_IMPORT_FIELD_IGNORE },
  { "creatorUserId", PURSUIT_IMPORT_FIELD_IGNORE },
  { "creatorUserFirstName", PURSUIT_IMPORT_FIELD_IGNORE },
  { "creatorUserLastName", PURSUIT_IMPORT_FIELD_IGNORE },
  { "creatorUserEmail", PURSUIT_IMPORT_FIELD_IGNORE },
};

/* JobSync: the FIELDS of its export route, src/app/api/jobs/export/route.ts
 * in github.com/Gsync/jobsync (commit 06d994b, July 2026; checked again
 * in December 2026: an earlier version of the route, 19b9645, writes the
 * same columns without workplaceType, which this preset then misses). Missing values
 * are "N/A"; dates yyyy-MM-dd; "applied" is Yes or No; jobType is "Full
 * Time", "Part Time", "Contract" or "Unknown"; workplaceType "Remote",
 * "Hybrid", "Onsite" or "Not specified"; Status is the status's label
 * (Draft, Applied, Interview, Offer, Rejected, Expired, Archived). */
static const PursuitImportColumn jobsync_columns[] = {
  { "index", PURSUIT_IMPORT_FIELD_IGNORE },
  { "createdAt", PURSUIT_IMPORT_FIELD_IGNORE },
  { "applied", PURSUIT_IMPORT_FIELD_IGNORE },
  { "appliedDate", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "Company", PURSUIT_IMPORT_FIELD_COMPANY },
  { "JobTitle", PURSUIT_IMPORT_FIELD_TITLE },
  { "jobType", PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE },
  { "workplaceType", PURSUIT_IMPORT_FIELD_WORKPLACE },
  { "Location", PURSUIT_IMPORT_FIELD_LOCATION },
  { "JobSource", PURSUIT_IMPORT_FIELD_SOURCE },
  { "Status", PURSUIT_IMPORT_FIELD_STAGE },
};

/* Reactive Resume: its application tracker imports CSV but exports none
 * (checked in github.com/amruthpillai/reactive-resume, commit 3221afd,
 * August 2026, and again in December 2026: the header aliases of
 * apps/web/src/features/applications/csv.ts agree with the guide). These are the headers its guide
 * docs/guides/importing-applications-from-csv.mdx documents, so a file
 * prepared for it imports here too. Its stages are saved, applied,
 * screening, interview, offer and rejected. */
static const PursuitImportColumn reactive_resume_columns[] = {
  { "Company", PURSUIT_IMPORT_FIELD_COMPANY },
  { "Role", PURSUIT_IMPORT_FIELD_TITLE },
  { "Stage", PURSUIT_IMPORT_FIELD_STAGE },
  { "Applied Date", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "Location", PURSUIT_IMPORT_FIELD_LOCATION },
  { "Salary", PURSUIT_IMPORT_FIELD_PAY },
  { "Source", PURSUIT_IMPORT_FIELD_SOURCE },
  { "Notes", PURSUIT_IMPORT_FIELD_NOTES },
  { "URL", PURSUIT_IMPORT_FIELD_URL },
  { "Tags", PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES },
};

/* Teal: NOT CONFIRMED. No export file or export code of Teal's job
 * tracker could be found (searched again in December 2026: public code
 * that moves jobs out of Teal scrapes its web page instead, which
 * suggests it has no export); these are the columns its tracker table
 * shows in the web app. Teal's statuses (Bookmarked, Applying, Applied,
 * Interviewing, Negotiating, Accepted, I Withdrew, Not Selected, No
 * Response, Archived) are known to the stage words below. Columns named
 * otherwise in a real file are still guessed. */
static const PursuitImportColumn teal_columns[] = {
  { "Job Position", PURSUIT_IMPORT_FIELD_TITLE },
  { "Company", PURSUIT_IMPORT_FIELD_COMPANY },
  { "Max. Salary", PURSUIT_IMPORT_FIELD_PAY },
  { "Location", PURSUIT_IMPORT_FIELD_LOCATION },
  { "Status", PURSUIT_IMPORT_FIELD_STAGE },
  { "Date Saved", PURSUIT_IMPORT_FIELD_IGNORE },
  { "Deadline", PURSUIT_IMPORT_FIELD_DEADLINE },
  { "Date Applied", PURSUIT_IMPORT_FIELD_APPLIED_ON },
  { "Follow Up", PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE },
  { "Excitement", PURSUIT_IMPORT_FIELD_EXCITEMENT },
};

static const struct
{
  const char *name;
  const PursuitImportColumn *columns;
  guint n_columns;
} presets[] = {
  [PURSUIT_IMPORT_PRESET_GUESS] = { N_("Guess from the column names"), NULL, 0 },
  [PURSUIT_IMPORT_PRESET_SPREADSHEET] = { N_("Spreadsheet"), NULL, 0 },
  [PURSUIT_IMPORT_PRESET_PURSUIT] = { N_("Pursuit"), pursuit_columns, G_N_ELEMENTS (pursuit_columns) },
  [PURSUIT_IMPORT_PRESET_HUNTR] = { N_("Huntr"), huntr_columns, G_N_ELEMENTS (huntr_columns) },
  [PURSUIT_IMPORT_PRESET_JOBSYNC] = { N_("JobSync"), jobsync_columns, G_N_ELEMENTS (jobsync_columns) },
  [PURSUIT_IMPORT_PRESET_REACTIVE_RESUME] = { N_("Reactive Resume"), reactive_resume_columns,
                                              G_N_ELEMENTS (reactive_resume_columns) },
  [PURSUIT_IMPORT_PRESET_TEAL] = { N_("Teal"), teal_columns, G_N_ELEMENTS (teal_columns) },
};

G_STATIC_ASSERT (G_N_ELEMENTS (presets) == PURSUIT_IMPORT_PRESET_LAST + 1);

/**
 * pursuit_import_preset_get_name:
 *
 * Returns: the preset's name for a list of choices, translated
 */
const char *
pursuit_import_preset_get_name (PursuitImportPreset preset)
{
  g_return_val_if_fail (preset <= PURSUIT_IMPORT_PRESET_LAST, NULL);

  return g_dgettext (GETTEXT_PACKAGE, presets[preset].name);
}

/* The names scripts give presets (pursuit-cli import --preset). */
static const char * const preset_ids[] = {
  [PURSUIT_IMPORT_PRESET_GUESS] = "guess",
  [PURSUIT_IMPORT_PRESET_SPREADSHEET] = "spreadsheet",
  [PURSUIT_IMPORT_PRESET_PURSUIT] = "pursuit",
  [PURSUIT_IMPORT_PRESET_HUNTR] = "huntr",
  [PURSUIT_IMPORT_PRESET_JOBSYNC] = "jobsync",
  [PURSUIT_IMPORT_PRESET_REACTIVE_RESUME] = "reactive-resume",
  [PURSUIT_IMPORT_PRESET_TEAL] = "teal",
};

G_STATIC_ASSERT (G_N_ELEMENTS (preset_ids) == PURSUIT_IMPORT_PRESET_LAST + 1);

/**
 * pursuit_import_preset_get_id:
 *
 * Returns: the preset's untranslated name for scripts ("reactive-resume")
 */
const char *
pursuit_import_preset_get_id (PursuitImportPreset preset)
{
  g_return_val_if_fail (preset <= PURSUIT_IMPORT_PRESET_LAST, NULL);

  return preset_ids[preset];
}

/**
 * pursuit_import_preset_from_id:
 * @id: a name pursuit_import_preset_get_id() gives, in any case
 * @preset: (out): the preset
 *
 * Returns: whether @id names a preset
 */
gboolean
pursuit_import_preset_from_id (const char          *id,
                               PursuitImportPreset *preset)
{
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (preset != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (preset_ids); i++)
    {
      if (g_ascii_strcasecmp (id, preset_ids[i]) == 0)
        {
          *preset = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * pursuit_import_preset_get_columns:
 * @n_columns: (out): their number
 *
 * Returns: (array length=n_columns) (transfer none): the columns the
 *   preset knows, in the order that tracker writes them; none for
 *   %PURSUIT_IMPORT_PRESET_GUESS and %PURSUIT_IMPORT_PRESET_SPREADSHEET
 */
const PursuitImportColumn *
pursuit_import_preset_get_columns (PursuitImportPreset  preset,
                                   guint               *n_columns)
{
  g_return_val_if_fail (preset <= PURSUIT_IMPORT_PRESET_LAST, NULL);
  g_return_val_if_fail (n_columns != NULL, NULL);

  *n_columns = presets[preset].n_columns;
  return presets[preset].columns;
}

static int
find_header (const char * const *header,
             guint               n_columns,
             const char         *name)
{
  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (header[i]));

      if (g_ascii_strcasecmp (trimmed, name) == 0)
        return (int) i;
    }
  return -1;
}

/**
 * pursuit_import_detect_preset:
 * @header: (array length=n_columns): the file's column names
 *
 * Recognises a tracker's export by column names only it uses.
 *
 * Returns: the preset, or %PURSUIT_IMPORT_PRESET_GUESS
 */
PursuitImportPreset
pursuit_import_detect_preset (const char * const *header,
                              guint               n_columns)
{
  static const struct
  {
    PursuitImportPreset preset;
    const char *first;
    const char *second;
  } signatures[] = {
    { PURSUIT_IMPORT_PRESET_PURSUIT, "Stage kind", "Posting text" },
    { PURSUIT_IMPORT_PRESET_HUNTR, "listName", "companyName" },
    { PURSUIT_IMPORT_PRESET_JOBSYNC, "JobTitle", "JobSource" },
    { PURSUIT_IMPORT_PRESET_TEAL, "Job Position", "Date Saved" },
  };

  g_return_val_if_fail (header != NULL || n_columns == 0, PURSUIT_IMPORT_PRESET_GUESS);

  for (guint i = 0; i < G_N_ELEMENTS (signatures); i++)
    {
      if (find_header (header, n_columns, signatures[i].first) >= 0 &&
          find_header (header, n_columns, signatures[i].second) >= 0)
        return signatures[i].preset;
    }
  return PURSUIT_IMPORT_PRESET_GUESS;
}

struct _PursuitImportMapping
{
  guint n_columns;
  GStrv headers;
  PursuitImportField *fields;
};

/**
 * pursuit_import_mapping_new:
 * @header: (array length=n_columns): the file's column names
 * @preset: the columns to take from a tracker's preset; the others are
 *   guessed
 *
 * Maps each column: the preset's field when the preset names the column,
 * else a field whose usual names include the column's, else a field a
 * word of the name gives away and no other column has. When two columns
 * would be the same single field (two "Company" columns), the second is
 * kept in the notes.
 */
PursuitImportMapping *
pursuit_import_mapping_new (const char * const  *header,
                            guint                n_columns,
                            PursuitImportPreset  preset)
{
  PursuitImportMapping *mapping;
  g_autofree gboolean *decided = NULL;
  gboolean claimed[PURSUIT_IMPORT_FIELD_LAST + 1] = { FALSE };

  g_return_val_if_fail (header != NULL || n_columns == 0, NULL);
  g_return_val_if_fail (preset <= PURSUIT_IMPORT_PRESET_LAST, NULL);

  mapping = g_new0 (PursuitImportMapping, 1);
  mapping->n_columns = n_columns;
  mapping->headers = g_new0 (char *, n_columns + 1);
  mapping->fields = g_new0 (PursuitImportField, MAX (n_columns, 1));
  decided = g_new0 (gboolean, MAX (n_columns, 1));

  for (guint i = 0; i < n_columns; i++)
    mapping->headers[i] = g_strstrip (g_strdup (header[i]));

  for (guint i = 0; i < presets[preset].n_columns; i++)
    {
      int column = find_header (header, n_columns, presets[preset].columns[i].header);

      if (column >= 0 && !decided[column])
        {
          mapping->fields[column] = presets[preset].columns[i].field;
          decided[column] = TRUE;
          claimed[mapping->fields[column]] = TRUE;
        }
    }

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *normalized = NULL;
      PursuitImportField field;

      if (decided[i])
        continue;

      normalized = pursuit_import_normalize_name (mapping->headers[i]);
      field = field_from_synonyms (normalized);
      if (field == PURSUIT_IMPORT_FIELD_IGNORE)
        continue;

      if (claimed[field] && !is_repeatable (field))
        field = PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES;
      mapping->fields[i] = field;
      claimed[field] = TRUE;
      decided[i] = TRUE;
    }

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *normalized = NULL;
      PursuitImportField field;

      if (decided[i])
        continue;

      normalized = pursuit_import_normalize_name (mapping->headers[i]);
      field = field_from_key_words (normalized);
      if (field != PURSUIT_IMPORT_FIELD_IGNORE && (!claimed[field] || is_repeatable (field)))
        {
          mapping->fields[i] = field;
          claimed[field] = TRUE;
        }
    }

  return mapping;
}

PursuitImportMapping *
pursuit_import_mapping_copy (PursuitImportMapping *mapping)
{
  PursuitImportMapping *copy;

  g_return_val_if_fail (mapping != NULL, NULL);

  copy = g_new0 (PursuitImportMapping, 1);
  copy->n_columns = mapping->n_columns;
  copy->headers = g_strdupv (mapping->headers);
  copy->fields = g_memdup2 (mapping->fields, sizeof (PursuitImportField) * MAX (mapping->n_columns, 1));
  return copy;
}

void
pursuit_import_mapping_free (PursuitImportMapping *mapping)
{
  if (mapping == NULL)
    return;

  g_strfreev (mapping->headers);
  g_free (mapping->fields);
  g_free (mapping);
}

guint
pursuit_import_mapping_get_n_columns (PursuitImportMapping *mapping)
{
  g_return_val_if_fail (mapping != NULL, 0);

  return mapping->n_columns;
}

/**
 * pursuit_import_mapping_get_header:
 *
 * Returns: the column's name as the file has it, without edge spaces
 */
const char *
pursuit_import_mapping_get_header (PursuitImportMapping *mapping,
                                   guint                 column)
{
  g_return_val_if_fail (mapping != NULL, NULL);
  g_return_val_if_fail (column < mapping->n_columns, NULL);

  return mapping->headers[column];
}

PursuitImportField
pursuit_import_mapping_get_field (PursuitImportMapping *mapping,
                                  guint                 column)
{
  g_return_val_if_fail (mapping != NULL, PURSUIT_IMPORT_FIELD_IGNORE);
  g_return_val_if_fail (column < mapping->n_columns, PURSUIT_IMPORT_FIELD_IGNORE);

  return mapping->fields[column];
}

/**
 * pursuit_import_mapping_set_field:
 *
 * Sends a column to another field, as the user chose. Any number of
 * columns may go to the same field: for a field that holds one value the
 * first column with something in it wins and the others are kept in the
 * notes.
 */
void
pursuit_import_mapping_set_field (PursuitImportMapping *mapping,
                                  guint                 column,
                                  PursuitImportField    field)
{
  g_return_if_fail (mapping != NULL);
  g_return_if_fail (column < mapping->n_columns);
  g_return_if_fail (field <= PURSUIT_IMPORT_FIELD_LAST);

  mapping->fields[column] = field;
}

/**
 * pursuit_import_mapping_find_field:
 *
 * Returns: the first column mapped to @field, or -1
 */
int
pursuit_import_mapping_find_field (PursuitImportMapping *mapping,
                                   PursuitImportField    field)
{
  g_return_val_if_fail (mapping != NULL, -1);

  for (guint i = 0; i < mapping->n_columns; i++)
    {
      if (mapping->fields[i] == field)
        return (int) i;
    }
  return -1;
}

/* Options */

struct _PursuitImportOptions
{
  PursuitDateOrder date_order;
  GHashTable *stage_kinds;   /* normalized name -> kind + 1 */
  PursuitImportParsePay parse_pay;
  gpointer parse_pay_data;
};

PursuitImportOptions *
pursuit_import_options_new (void)
{
  PursuitImportOptions *options = g_new0 (PursuitImportOptions, 1);

  options->stage_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return options;
}

void
pursuit_import_options_free (PursuitImportOptions *options)
{
  if (options == NULL)
    return;

  g_hash_table_unref (options->stage_kinds);
  g_free (options);
}

/**
 * pursuit_import_options_set_date_order:
 *
 * Says how to read every slash date of the file, as the user answered.
 */
void
pursuit_import_options_set_date_order (PursuitImportOptions *options,
                                       PursuitDateOrder      order)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (order <= PURSUIT_DATE_ORDER_DAY_FIRST);

  options->date_order = order;
}

PursuitDateOrder
pursuit_import_options_get_date_order (PursuitImportOptions *options)
{
  g_return_val_if_fail (options != NULL, PURSUIT_DATE_ORDER_UNKNOWN);

  return options->date_order;
}

/**
 * pursuit_import_options_set_stage_kind:
 * @name: a stage name as the file has it (compared ignoring case and
 *   punctuation)
 * @kind: the kind the user gave it
 *
 * Remembers the kind of a stage name; it wins over the guess. Callers may
 * keep the user's answers and give them again for the next file.
 */
void
pursuit_import_options_set_stage_kind (PursuitImportOptions *options,
                                       const char           *name,
                                       PursuitStageKind      kind)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (name != NULL);
  g_return_if_fail (kind <= PURSUIT_STAGE_KIND_LAST);

  g_hash_table_replace (options->stage_kinds, pursuit_import_normalize_name (name), GINT_TO_POINTER (kind + 1));
}

/**
 * pursuit_import_options_set_pay_parser:
 * @parse_pay: (nullable): reads pay from a cell's text; %NULL keeps pay
 *   text in the notes
 *
 * Sets the function that reads pay written as text ("$80k–$95k").
 */
void
pursuit_import_options_set_pay_parser (PursuitImportOptions  *options,
                                       PursuitImportParsePay  parse_pay,
                                       gpointer               user_data)
{
  g_return_if_fail (options != NULL);

  options->parse_pay = parse_pay;
  options->parse_pay_data = user_data;
}

/* Cells */

/* What trackers write for "nothing here". */
static gboolean
is_placeholder (const char *text)
{
  static const char * const placeholders[] = {
    "-", "--", "–", "—", "n/a", "none", "null", "nil", "unknown", "not specified", "not set",
  };

  /* Most cells are longer than any placeholder: no need to look. */
  if (strlen (text) > strlen ("not specified"))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (placeholders); i++)
    {
      if (g_ascii_strcasecmp (text, placeholders[i]) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The cell's text without edge spaces, without the apostrophe a writer
 * put before a formula character (see PURSUIT_CSV_WRITE_PROTECT_FORMULAS),
 * and empty when it only says there is nothing. Most cells need none of
 * this and are returned as they are; the others are cleaned in @scratch. */
static const char *
clean_cell (const char *raw,
            GString    *scratch)
{
  gsize length = strlen (raw);
  const char *start = raw;
  const char *end = raw + length;

  while (start < end && g_ascii_isspace (*start))
    start++;
  while (end > start && g_ascii_isspace (end[-1]))
    end--;
  if (end - start >= 2 && start[0] == '\'' && strchr ("=+-@\t\r", start[1]) != NULL)
    start++;

  if (start == raw && end == raw + length)
    return is_placeholder (raw) ? "" : raw;

  g_string_truncate (scratch, 0);
  g_string_append_len (scratch, start, end - start);
  return is_placeholder (scratch->str) ? "" : scratch->str;
}

/* Line ends of any kind made LF, for the fields that keep lines. */
static char *
normalize_line_ends (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          g_string_append_c (out, '\n');
          if (p[1] == '\n')
            p++;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* "38500", "38,500", "38500.50". */
static gboolean
parse_amount (const char *text,
              double     *value)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *p = text;
  gsize group = 0;
  gboolean grouped = FALSE;
  char *end;

  while (g_ascii_isdigit (*p) || *p == ',')
    {
      if (*p == ',')
        {
          if ((grouped && group != 3) || (!grouped && (group == 0 || group > 3)))
            return FALSE;
          grouped = TRUE;
          group = 0;
        }
      else
        {
          g_string_append_c (digits, *p);
          group++;
        }
      p++;
    }
  if (digits->len == 0 || (grouped && group != 3))
    return FALSE;
  if (*p == '.')
    {
      g_string_append_c (digits, '.');
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p++);
    }
  if (*p != '\0')
    return FALSE;

  *value = g_ascii_strtod (digits->str, &end);
  return *end == '\0' && *value >= 0 && *value < 1e12;
}

/* 0 to 5, as a number or as stars. */
static gboolean
parse_excitement (const char *text,
                  int        *value)
{
  guint stars = 0;

  if (text[0] >= '0' && text[0] <= '5' && (text[1] == '\0' || g_str_has_prefix (text + 1, "/5") ||
                                           g_str_has_prefix (text + 1, ".0")))
    {
      *value = text[0] - '0';
      return TRUE;
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2605 || c == 0x2b50)
        stars++;
      else if (c != 0x2606 && c != ' ')
        return FALSE;
    }
  if (stars == 0 || stars > 5)
    return FALSE;
  *value = (int) stars;
  return TRUE;
}

static gboolean
parse_yes_no (const char *text,
              gboolean   *value)
{
  static const char * const yes[] = { "yes", "y", "true", "1", "x", "archived", NULL };
  static const char * const no[] = { "no", "n", "false", "0", NULL };
  g_autofree char *lower = g_ascii_strdown (text, -1);

  if (g_strv_contains (yes, lower))
    *value = TRUE;
  else if (g_strv_contains (no, lower))
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* Mapping rows */

typedef struct
{
  PursuitImportMapping *mapping;
  PursuitImportOptions *options;
  PursuitDateOrder *column_orders;   /* per column */
  GHashTable *stage_cache;           /* name as written -> kind + 1, or 0 for unknown */
  GHashTable *unknown_stages;        /* normalized name -> PursuitImportUnknownStage */
  PursuitImportResult *result;
  PursuitStage *stages[PURSUIT_STAGE_KIND_LAST + 1];

  /* Reused from row to row. */
  GString *notes;
  GString *kept;
  GString *pay_text;
  GString *cell;
} Mapper;

typedef struct
{
  guint line;
  GPtrArray *problems;
  GString *notes;        /* the notes column(s) */
  GString *kept;         /* "Column: value" lines */
  GString *pay_text;
  gboolean has_kind_column_value;
  PursuitStageKind kind_from_column;
  char *stage_name;
} RowState;

static void
add_problem (RowState   *row,
             char       *message)
{
  g_ptr_array_add (row->problems, message);
}

static void
keep_in_notes (RowState   *row,
               const char *header,
               const char *value)
{
  g_autofree char *flat = g_strdelimit (normalize_line_ends (value), "\n", ' ');

  if (row->kept->len > 0)
    g_string_append_c (row->kept, '\n');
  g_string_append_printf (row->kept, "%s: %s", header, flat);
}

static void
append_paragraph (GString    *text,
                  const char *paragraph)
{
  g_autofree char *normalized = normalize_line_ends (paragraph);

  if (text->len > 0)
    g_string_append (text, "\n\n");
  g_string_append (text, normalized);
}

/* The fields held as text in a job, read the same way within each table. */
typedef struct
{
  PursuitImportField field;
  const char *(*get) (PursuitJob *job);
  void (*set) (PursuitJob *job, const char *value);
} TextField;

static const TextField one_line_fields[] = {
  { PURSUIT_IMPORT_FIELD_COMPANY, pursuit_job_get_company, pursuit_job_set_company },
  { PURSUIT_IMPORT_FIELD_TITLE, pursuit_job_get_title, pursuit_job_set_title },
  { PURSUIT_IMPORT_FIELD_LOCATION, pursuit_job_get_location, pursuit_job_set_location },
  { PURSUIT_IMPORT_FIELD_INDUSTRY, pursuit_job_get_industry, pursuit_job_set_industry },
  { PURSUIT_IMPORT_FIELD_SOURCE, pursuit_job_get_source, pursuit_job_set_source },
  { PURSUIT_IMPORT_FIELD_NEXT_ACTION, pursuit_job_get_next_action, pursuit_job_set_next_action },
};

static const TextField date_fields[] = {
  { PURSUIT_IMPORT_FIELD_APPLIED_ON, pursuit_job_get_applied_on, pursuit_job_set_applied_on },
  { PURSUIT_IMPORT_FIELD_DEADLINE, pursuit_job_get_deadline, pursuit_job_set_deadline },
  { PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE, pursuit_job_get_next_action_due, pursuit_job_set_next_action_due },
};

static const TextField *
find_text_field (const TextField    *fields,
                 guint               n_fields,
                 PursuitImportField  field)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i].field == field)
        return &fields[i];
    }
  return NULL;
}

/* Sets a one-line text field unless a column before set it; the second
 * value is kept in the notes. */
static void
set_text_once (RowState   *row,
               PursuitJob *job,
               const char *(*get) (PursuitJob *),
               void        (*set) (PursuitJob *, const char *),
               const char *header,
               const char *value)
{
  g_autofree char *flat = NULL;

  if (get (job)[0] != '\0')
    {
      keep_in_notes (row, header, value);
      return;
    }

  /* Cleaned cells have no edge spaces; only runs inside need work. */
  if (strpbrk (value, "\t\n\r\f\v") == NULL && strstr (value, "  ") == NULL &&
      strstr (value, "\xc2\xa0") == NULL)
    {
      set (job, value);
      return;
    }

  flat = pursuit_html_collapse_spaces (value);
  set (job, flat);
}

static void
set_date (Mapper      *mapper,
          RowState    *row,
          PursuitJob  *job,
          guint        column,
          const char *(*get) (PursuitJob *),
          void        (*set) (PursuitJob *, const char *),
          const char  *value)
{
  const char *header = mapper->mapping->headers[column];
  g_autofree char *iso = NULL;
  gboolean ambiguous = FALSE;

  if (get (job)[0] != '\0')
    {
      keep_in_notes (row, header, value);
      return;
    }

  if (pursuit_import_parse_date (value, mapper->column_orders[column], &iso, &ambiguous))
    set (job, iso);
  else if (ambiguous)
    keep_in_notes (row, header, value);  /* asked once for the file: see dates_ambiguous */
  else
    {
      add_problem (row, g_strdup_printf (_("Line %u: “%s” in “%s” is not a date."), row->line, value, header));
      keep_in_notes (row, header, value);
    }
}

static void
set_url (RowState   *row,
         PursuitJob *job,
         const char *header,
         const char *value)
{
  g_autofree char *with_scheme = NULL;

  if (pursuit_job_get_url (job)[0] != '\0')
    {
      keep_in_notes (row, header, value);
      return;
    }

  if (pursuit_is_web_address (value))
    {
      pursuit_job_set_url (job, value);
      return;
    }

  /* "www.example.com/jobs/1" as people copy it. */
  with_scheme = g_strconcat ("https://", value, NULL);
  if (strchr (value, ':') == NULL && strchr (value, '.') != NULL && pursuit_is_web_address (with_scheme))
    {
      pursuit_job_set_url (job, with_scheme);
      return;
    }

  add_problem (row, g_strdup_printf (_("Line %u: “%s” is not a web address; it is kept in the notes."),
                                     row->line, value));
  keep_in_notes (row, header, value);
}

static void
set_amount (RowState   *row,
            PursuitJob *job,
            gboolean    maximum,
            const char *header,
            const char *value)
{
  double amount;

  if (!parse_amount (value, &amount))
    {
      /* "$80,000" in a Max Salary column: pay as text after all. */
      if (row->pay_text->len > 0)
        g_string_append (row->pay_text, " – ");
      g_string_append (row->pay_text, value);
      return;
    }

  if (maximum)
    pursuit_job_set_pay_max (job, amount);
  else
    pursuit_job_set_pay_min (job, amount);
}

static void
map_cell (Mapper     *mapper,
          RowState   *row,
          PursuitJob *job,
          guint       column,
          const char *value)
{
  const char *header = mapper->mapping->headers[column];
  PursuitWorkplace workplace;
  PursuitEmploymentType employment_type;
  PursuitPayPeriod period;
  PursuitImportField field = mapper->mapping->fields[column];
  const TextField *text_field;
  int number;
  gboolean yes;

  if ((text_field = find_text_field (one_line_fields, G_N_ELEMENTS (one_line_fields), field)) != NULL)
    {
      set_text_once (row, job, text_field->get, text_field->set, header, value);
      return;
    }
  if ((text_field = find_text_field (date_fields, G_N_ELEMENTS (date_fields), field)) != NULL)
    {
      set_date (mapper, row, job, column, text_field->get, text_field->set, value);
      return;
    }

  switch (field)
    {
    case PURSUIT_IMPORT_FIELD_IGNORE:
      break;
    case PURSUIT_IMPORT_FIELD_STAGE:
      if (row->stage_name == NULL)
        row->stage_name = pursuit_html_collapse_spaces (value);
      else
        keep_in_notes (row, header, value);
      break;
    case PURSUIT_IMPORT_FIELD_STAGE_KIND:
      {
        PursuitStageKind kind;

        if (pursuit_stage_kind_from_nick (value, &kind))
          {
            row->kind_from_column = kind;
            row->has_kind_column_value = TRUE;
          }
        else
          keep_in_notes (row, header, value);
      }
      break;
    case PURSUIT_IMPORT_FIELD_PAY:
      if (row->pay_text->len > 0)
        g_string_append (row->pay_text, " – ");
      g_string_append (row->pay_text, value);
      break;
    case PURSUIT_IMPORT_FIELD_PAY_MIN:
      set_amount (row, job, FALSE, header, value);
      break;
    case PURSUIT_IMPORT_FIELD_PAY_MAX:
      set_amount (row, job, TRUE, header, value);
      break;
    case PURSUIT_IMPORT_FIELD_PAY_CURRENCY:
      {
        g_autofree char *code = g_ascii_strup (value, -1);

        if (pursuit_is_currency_code (code))
          pursuit_job_set_pay_currency (job, code);
        else
          keep_in_notes (row, header, value);
      }
      break;
    case PURSUIT_IMPORT_FIELD_PAY_PERIOD:
      if (pursuit_import_parse_pay_period (value, &period))
        pursuit_job_set_pay_period (job, period);
      else
        keep_in_notes (row, header, value);
      break;
    case PURSUIT_IMPORT_FIELD_URL:
      set_url (row, job, header, value);
      break;
    case PURSUIT_IMPORT_FIELD_WORKPLACE:
      if (pursuit_import_parse_workplace (value, &workplace))
        pursuit_job_set_workplace (job, workplace);
      else
        keep_in_notes (row, header, value);
      break;
    case PURSUIT_IMPORT_FIELD_EMPLOYMENT_TYPE:
      if (pursuit_import_parse_employment_type (value, &employment_type))
        pursuit_job_set_employment_type (job, employment_type);
      else
        keep_in_notes (row, header, value);
      break;
    case PURSUIT_IMPORT_FIELD_NOTES:
      append_paragraph (row->notes, value);
      break;
    case PURSUIT_IMPORT_FIELD_POSTING_TEXT:
    case PURSUIT_IMPORT_FIELD_POSTING_HTML:
      {
        g_autofree char *text = mapper->mapping->fields[column] == PURSUIT_IMPORT_FIELD_POSTING_HTML
                                ? pursuit_html_to_text (value, -1) : normalize_line_ends (value);

        if (pursuit_job_get_posting_text (job)[0] == '\0')
          pursuit_job_set_posting_text (job, text);
        else
          {
            g_autofree char *joined = g_strconcat (pursuit_job_get_posting_text (job), "\n\n", text, NULL);

            pursuit_job_set_posting_text (job, joined);
          }
      }
      break;
    case PURSUIT_IMPORT_FIELD_CONTACT:
    case PURSUIT_IMPORT_FIELD_KEEP_IN_NOTES:
      keep_in_notes (row, header, value);
      break;
    case PURSUIT_IMPORT_FIELD_EXCITEMENT:
      if (parse_excitement (value, &number))
        pursuit_job_set_excitement (job, number);
      else
        keep_in_notes (row, header, value);
      break;
    case PURSUIT_IMPORT_FIELD_ARCHIVED:
      if (parse_yes_no (value, &yes))
        pursuit_job_set_archived (job, yes);
      else
        keep_in_notes (row, header, value);
      break;
    case PURSUIT_IMPORT_FIELD_COMPANY:
    case PURSUIT_IMPORT_FIELD_TITLE:
    case PURSUIT_IMPORT_FIELD_LOCATION:
    case PURSUIT_IMPORT_FIELD_INDUSTRY:
    case PURSUIT_IMPORT_FIELD_SOURCE:
    case PURSUIT_IMPORT_FIELD_NEXT_ACTION:
    case PURSUIT_IMPORT_FIELD_APPLIED_ON:
    case PURSUIT_IMPORT_FIELD_DEADLINE:
    case PURSUIT_IMPORT_FIELD_NEXT_ACTION_DUE:
    default:
      g_assert_not_reached ();
    }
}

/* The kind of a stage name: the caller's answer, else the words; 0 when
 * neither knows it, else the kind plus one. */
static guint
lookup_stage (Mapper     *mapper,
              const char *name)
{
  g_autofree char *normalized = NULL;
  gpointer cached;
  PursuitStageKind kind;
  guint found = 0;

  /* Files repeat a handful of stage names: remember each as written. */
  if (g_hash_table_lookup_extended (mapper->stage_cache, name, NULL, &cached))
    return GPOINTER_TO_UINT (cached);

  normalized = pursuit_import_normalize_name (name);
  if (mapper->options != NULL &&
      (cached = g_hash_table_lookup (mapper->options->stage_kinds, normalized)) != NULL)
    found = GPOINTER_TO_UINT (cached);
  else if (pursuit_import_guess_stage_kind (name, &kind))
    found = kind + 1;

  g_hash_table_insert (mapper->stage_cache, g_strdup (name), GUINT_TO_POINTER (found));
  return found;
}

static void
note_unknown_stage (Mapper     *mapper,
                    const char *name,
                    guint       line)
{
  g_autofree char *normalized = pursuit_import_normalize_name (name);
  PursuitImportUnknownStage *unknown = g_hash_table_lookup (mapper->unknown_stages, normalized);

  if (unknown == NULL)
    {
      unknown = g_new0 (PursuitImportUnknownStage, 1);
      unknown->name = g_strdup (name);
      unknown->first_line = line;
      g_ptr_array_add (mapper->result->unknown_stages, unknown);
      g_hash_table_insert (mapper->unknown_stages, g_steal_pointer (&normalized), unknown);
    }
  unknown->n_rows++;
}

static void
settle_stage (Mapper           *mapper,
              RowState         *state,
              PursuitImportRow *row)
{
  guint found;

  row->stage_name = g_strdup (state->stage_name != NULL ? state->stage_name : "");
  row->stage_known = TRUE;

  if (state->has_kind_column_value)
    {
      row->stage_kind = state->kind_from_column;
      return;
    }

  if (row->stage_name[0] != '\0' && (found = lookup_stage (mapper, row->stage_name)) > 0)
    {
      row->stage_kind = (PursuitStageKind) (found - 1);
      return;
    }

  /* No stage, or one to ask about: the most likely kind until then. */
  row->stage_kind = pursuit_job_get_applied_on (row->job)[0] != '\0' ? PURSUIT_STAGE_KIND_APPLIED
                                                                     : PURSUIT_STAGE_KIND_WISHLIST;
  if (row->stage_name[0] != '\0')
    {
      row->stage_known = FALSE;
      note_unknown_stage (mapper, row->stage_name, row->line);
    }
}

static void
settle_pay (Mapper     *mapper,
            RowState   *state,
            PursuitJob *job)
{
  double min = -1, max = -1;
  g_autofree char *currency = NULL;
  PursuitPayPeriod period = PURSUIT_PAY_PERIOD_UNKNOWN;
  const char *header;
  int column;

  if (state->pay_text->len == 0)
    return;

  if (mapper->options != NULL && mapper->options->parse_pay != NULL &&
      pursuit_job_get_pay_min (job) < 0 && pursuit_job_get_pay_max (job) < 0 &&
      mapper->options->parse_pay (state->pay_text->str, &min, &max, &currency, &period,
                                  mapper->options->parse_pay_data))
    {
      pursuit_job_set_pay_min (job, min);
      pursuit_job_set_pay_max (job, max);
      if (currency != NULL && pursuit_job_get_pay_currency (job)[0] == '\0')
        pursuit_job_set_pay_currency (job, currency);
      if (period != PURSUIT_PAY_PERIOD_UNKNOWN && pursuit_job_get_pay_period (job) == PURSUIT_PAY_PERIOD_UNKNOWN)
        pursuit_job_set_pay_period (job, period);
      return;
    }

  /* Kept as written, under the name of the column it came from. */
  column = pursuit_import_mapping_find_field (mapper->mapping, PURSUIT_IMPORT_FIELD_PAY);
  header = column >= 0 ? mapper->mapping->headers[column] : _("Pay");
  keep_in_notes (state, header, state->pay_text->str);
}

static PursuitImportRow *
map_record (Mapper           *mapper,
            PursuitCsvRecord *record)
{
  PursuitImportRow *row = g_new0 (PursuitImportRow, 1);
  PursuitJob *job = pursuit_job_new ();
  RowState state = { 0 };
  g_autoptr(GError) error = NULL;

  row->line = record->line;
  row->job = job;

  state.line = record->line;
  state.problems = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  state.notes = mapper->notes;
  state.kept = mapper->kept;
  state.pay_text = mapper->pay_text;
  g_string_truncate (state.notes, 0);
  g_string_truncate (state.kept, 0);
  g_string_truncate (state.pay_text, 0);

  if (record->problem != NULL)
    add_problem (&state, g_strdup (record->problem));

  for (guint column = 0; column < mapper->mapping->n_columns && column < record->n_fields; column++)
    {
      const char *value;

      if (mapper->mapping->fields[column] == PURSUIT_IMPORT_FIELD_IGNORE)
        continue;

      value = clean_cell (record->fields[column], mapper->cell);
      if (value[0] != '\0')
        map_cell (mapper, &state, job, column, value);
    }

  settle_pay (mapper, &state, job);

  if (state.kept->len > 0)
    {
      if (state.notes->len > 0)
        g_string_append (state.notes, "\n\n");
      g_string_append_len (state.notes, state.kept->str, state.kept->len);
    }
  pursuit_job_set_notes (job, state.notes->str);

  settle_stage (mapper, &state, row);

  if (pursuit_job_get_company (job)[0] == '\0')
    add_problem (&state, g_strdup_printf (_("Line %u: no company."), row->line));
  if (pursuit_job_get_title (job)[0] == '\0')
    add_problem (&state, g_strdup_printf (_("Line %u: no job title."), row->line));

  /* What the store will check, so a draft that looks fine here saves. */
  pursuit_job_set_stage (job, mapper->stages[row->stage_kind]);
  row->complete = pursuit_job_validate (job, &error);
  pursuit_job_set_stage (job, NULL);
  if (!row->complete && pursuit_job_get_company (job)[0] != '\0' && pursuit_job_get_title (job)[0] != '\0')
    add_problem (&state, g_strdup_printf (_("Line %u: %s."), row->line, error->message));

  row->problems = (GStrv) g_ptr_array_free (state.problems, FALSE);
  g_free (state.stage_name);
  return row;
}

static void
import_row_free (PursuitImportRow *row)
{
  g_clear_object (&row->job);
  g_free (row->stage_name);
  g_strfreev (row->problems);
  g_free (row);
}

static void
unknown_stage_free (PursuitImportUnknownStage *unknown)
{
  g_free (unknown->name);
  g_free (unknown);
}

static void
date_column_free (PursuitImportDateColumn *column)
{
  g_free (column->header);
  g_free (column);
}

static gboolean
is_date_field (PursuitImportField field)
{
  return find_text_field (date_fields, G_N_ELEMENTS (date_fields), field) != NULL;
}

static PursuitDateOrder
order_from_evidence (gboolean day_first,
                     gboolean month_first)
{
  if (day_first && !month_first)
    return PURSUIT_DATE_ORDER_DAY_FIRST;
  if (month_first && !day_first)
    return PURSUIT_DATE_ORDER_MONTH_FIRST;
  return PURSUIT_DATE_ORDER_UNKNOWN;
}

/* Reads each date column as a whole: a date with a day above 12 in one
 * place only settles the order for every date in its column. A spreadsheet
 * writes all its dates one way, so a column with no such date takes the
 * order the other date columns show. */
static void
settle_date_orders (Mapper          *mapper,
                    PursuitCsvTable *table)
{
  PursuitDateOrder chosen = mapper->options != NULL ? mapper->options->date_order : PURSUIT_DATE_ORDER_UNKNOWN;
  gboolean file_day_first = FALSE, file_month_first = FALSE;
  PursuitDateOrder file_order;

  for (guint column = 0; column < mapper->mapping->n_columns; column++)
    {
      PursuitImportDateColumn *info;
      gboolean day_first = FALSE, month_first = FALSE, two_ways = FALSE;

      if (!is_date_field (mapper->mapping->fields[column]))
        continue;

      for (guint i = 0; i < table->records->len && chosen == PURSUIT_DATE_ORDER_UNKNOWN; i++)
        {
          PursuitCsvRecord *record = g_ptr_array_index (table->records, i);
          gboolean both;

          if (column >= record->n_fields)
            continue;
          switch (pursuit_import_date_order_shown_by (record->fields[column], &both))
            {
            case PURSUIT_DATE_ORDER_DAY_FIRST:
              day_first = TRUE;
              break;
            case PURSUIT_DATE_ORDER_MONTH_FIRST:
              month_first = TRUE;
              break;
            case PURSUIT_DATE_ORDER_UNKNOWN:
            default:
              two_ways |= both;
              break;
            }
        }

      info = g_new0 (PursuitImportDateColumn, 1);
      info->column = column;
      info->header = g_strdup (mapper->mapping->headers[column]);
      info->order = chosen != PURSUIT_DATE_ORDER_UNKNOWN ? chosen : order_from_evidence (day_first, month_first);
      info->ambiguous = two_ways;   /* settled below */
      g_ptr_array_add (mapper->result->date_columns, info);

      file_day_first |= day_first;
      file_month_first |= month_first;
    }

  file_order = order_from_evidence (file_day_first, file_month_first);
  for (guint i = 0; i < mapper->result->date_columns->len; i++)
    {
      PursuitImportDateColumn *info = g_ptr_array_index (mapper->result->date_columns, i);

      if (info->order == PURSUIT_DATE_ORDER_UNKNOWN)
        info->order = file_order;
      info->ambiguous = info->ambiguous && info->order == PURSUIT_DATE_ORDER_UNKNOWN;

      mapper->column_orders[info->column] = info->order;
      mapper->result->dates_ambiguous |= info->ambiguous;
    }
}

/**
 * pursuit_import_map:
 * @table: the file
 * @mapping: which column is which field
 * @options: (nullable): the user's answers so far
 *
 * Maps every data row of @table to a draft job. Rows with problems are in
 * the result with their problems, never left out.
 *
 * Returns: (transfer full): the rows, the stage names and date columns to
 *   ask the user about, and the problems of the file as a whole
 */
PursuitImportResult *
pursuit_import_map (PursuitCsvTable      *table,
                    PursuitImportMapping *mapping,
                    PursuitImportOptions *options)
{
  Mapper mapper = { 0 };
  PursuitImportResult *result;
  g_autoptr(GPtrArray) file_problems = NULL;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (mapping != NULL, NULL);

  result = g_new0 (PursuitImportResult, 1);
  result->rows = g_ptr_array_new_full (table->records->len, (GDestroyNotify) import_row_free);
  result->unknown_stages = g_ptr_array_new_with_free_func ((GDestroyNotify) unknown_stage_free);
  result->date_columns = g_ptr_array_new_with_free_func ((GDestroyNotify) date_column_free);

  mapper.mapping = mapping;
  mapper.options = options;
  mapper.result = result;
  mapper.column_orders = g_new0 (PursuitDateOrder, MAX (mapping->n_columns, 1));
  mapper.stage_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  mapper.unknown_stages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i <= PURSUIT_STAGE_KIND_LAST; i++)
    mapper.stages[i] = pursuit_stage_new (0, (PursuitStageKind) i, NULL, (int) i, FALSE);
  mapper.notes = g_string_new (NULL);
  mapper.kept = g_string_new (NULL);
  mapper.pay_text = g_string_new (NULL);
  mapper.cell = g_string_new (NULL);

  file_problems = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  if (pursuit_import_mapping_find_field (mapping, PURSUIT_IMPORT_FIELD_COMPANY) < 0)
    g_ptr_array_add (file_problems, g_strdup (_("No column is the company.")));
  if (pursuit_import_mapping_find_field (mapping, PURSUIT_IMPORT_FIELD_TITLE) < 0)
    g_ptr_array_add (file_problems, g_strdup (_("No column is the job title.")));

  settle_date_orders (&mapper, table);

  for (guint i = 0; i < table->records->len; i++)
    {
      PursuitImportRow *row = map_record (&mapper, g_ptr_array_index (table->records, i));

      if (row->problems[0] != NULL)
        result->n_problem_rows++;
      g_ptr_array_add (result->rows, row);
    }

  result->problems = (GStrv) g_ptr_array_free (g_steal_pointer (&file_problems), FALSE);

  for (guint i = 0; i <= PURSUIT_STAGE_KIND_LAST; i++)
    g_object_unref (mapper.stages[i]);
  g_hash_table_unref (mapper.stage_cache);
  g_hash_table_unref (mapper.unknown_stages);
  g_string_free (mapper.notes, TRUE);
  g_string_free (mapper.kept, TRUE);
  g_string_free (mapper.pay_text, TRUE);
  g_string_free (mapper.cell, TRUE);
  g_free (mapper.column_orders);
  return result;
}

/**
 * pursuit_import_map_csv:
 * @data: the file's bytes
 * @length: their number
 * @preset: where the file comes from; %PURSUIT_IMPORT_PRESET_GUESS
 *   recognises the trackers whose columns give them away
 * @options: (nullable): the user's answers so far
 *
 * Reads a CSV file and maps it with the preset's columns and guesses for
 * the rest: pursuit_csv_table_parse(), pursuit_import_mapping_new() and
 * pursuit_import_map() in one.
 *
 * Returns: (transfer full) (nullable): the result, or %NULL with @error
 *   set when the file cannot be read as CSV
 */
PursuitImportResult *
pursuit_import_map_csv (const char            *data,
                        gsize                  length,
                        PursuitImportPreset    preset,
                        PursuitImportOptions  *options,
                        GError               **error)
{
  g_autoptr(PursuitCsvTable) table = NULL;
  g_autoptr(PursuitImportMapping) mapping = NULL;
  const char * const *header;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (preset <= PURSUIT_IMPORT_PRESET_LAST, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  table = pursuit_csv_table_parse (data, length, error);
  if (table == NULL)
    return NULL;

  header = (const char * const *) table->header->fields;
  if (preset == PURSUIT_IMPORT_PRESET_GUESS)
    preset = pursuit_import_detect_preset (header, table->header->n_fields);
  mapping = pursuit_import_mapping_new (header, table->header->n_fields, preset);
  return pursuit_import_map (table, mapping, options);
}

void
pursuit_import_result_free (PursuitImportResult *result)
{
  if (result == NULL)
    return;

  g_ptr_array_unref (result->rows);
  g_ptr_array_unref (result->unknown_stages);
  g_ptr_array_unref (result->date_columns);
  g_strfreev (result->problems);
  g_free (result);
}
