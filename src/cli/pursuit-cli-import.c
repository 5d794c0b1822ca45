/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-attention.h"
#include "pursuit-cli-input.h"
#include "pursuit-cli-output.h"
#include "pursuit-cli-private.h"
#include "pursuit-import.h"
#include "pursuit-pay.h"
#include "pursuit-posting.h"
#include "pursuit-repository-bulk.h"

/* pursuit-cli import: other trackers' CSV files and saved job pages, as the
 * app's Import dialog reads them, written in one transaction. */

/* What a file gives: draft jobs and the kind of stage of each. */
typedef struct
{
  GPtrArray *drafts;   /* PursuitJob */
  GArray *kinds;       /* PursuitStageKind */
  GPtrArray *problems; /* char *, "Line N: …" */
  guint n_rows;
  guint n_problem_rows;
} Drafts;

static void
drafts_clear (Drafts *drafts)
{
  g_clear_pointer (&drafts->drafts, g_ptr_array_unref);
  g_clear_pointer (&drafts->kinds, g_array_unref);
  g_clear_pointer (&drafts->problems, g_ptr_array_unref);
}

static void
drafts_init (Drafts *drafts)
{
  drafts->drafts = g_ptr_array_new_with_free_func (g_object_unref);
  drafts->kinds = g_array_new (FALSE, FALSE, sizeof (PursuitStageKind));
  drafts->problems = g_ptr_array_new_with_free_func (g_free);
  drafts->n_rows = 0;
}

static void
drafts_add (Drafts           *drafts,
            PursuitJob       *job,
            PursuitStageKind  kind)
{
  g_ptr_array_add (drafts->drafts, g_object_ref (job));
  g_array_append_val (drafts->kinds, kind);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Drafts, drafts_clear)

static gboolean
read_date_order (const char        *text,
                 PursuitDateOrder  *order)
{
  if (text == NULL)
    *order = PURSUIT_DATE_ORDER_UNKNOWN;
  else if (g_str_equal (text, "day-first"))
    *order = PURSUIT_DATE_ORDER_DAY_FIRST;
  else if (g_str_equal (text, "month-first"))
    *order = PURSUIT_DATE_ORDER_MONTH_FIRST;
  else
    return FALSE;
  return TRUE;
}

static int
read_csv (const char          *data,
          gsize                length,
          PursuitImportPreset  preset,
          PursuitDateOrder     order,
          Drafts              *drafts)
{
  g_autoptr(PursuitImportOptions) options = pursuit_import_options_new ();
  g_autoptr(PursuitImportResult) result = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_import_options_set_date_order (options, order);
  pursuit_import_options_set_pay_parser (options, pursuit_pay_parse_figures, NULL);
  result = pursuit_import_map_csv (data, length, preset, options, &error);
  if (result == NULL)
    {
      pursuit_cli_print_error (_("Could not read the file"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (result->problems[0] != NULL)
    {
      for (guint i = 0; result->problems[i] != NULL; i++)
        g_printerr ("%s\n", result->problems[i]);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (result->dates_ambiguous)
    {
      for (guint i = 0; i < result->date_columns->len; i++)
        {
          PursuitImportDateColumn *column = g_ptr_array_index (result->date_columns, i);

          if (column->ambiguous)
            /* Translators: %s is a column's name */
            g_printerr (_("The dates of “%s” read both ways (03/05/2026 is 3 May or 5 March).\n"), column->header);
        }
      pursuit_cli_print_usage_error ("%s", _("say how to read them with --dates day-first or --dates month-first"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  for (guint i = 0; i < result->unknown_stages->len; i++)
    {
      PursuitImportUnknownStage *unknown = g_ptr_array_index (result->unknown_stages, i);

      /* Translators: a stage name from the file, then the line it is first on */
      g_ptr_array_add (drafts->problems,
                       g_strdup_printf (_("Line %u: the stage “%s” is not one Pursuit knows; the job goes to "
                                          "Applied if it has a date applied, else to Wishlist."),
                                        unknown->first_line, unknown->name));
    }

  drafts->n_rows = result->rows->len;
  drafts->n_problem_rows = result->n_problem_rows;
  for (guint i = 0; i < result->rows->len; i++)
    {
      PursuitImportRow *row = g_ptr_array_index (result->rows, i);

      for (guint j = 0; row->problems[j] != NULL; j++)
        g_ptr_array_add (drafts->problems, g_strdup (row->problems[j]));
      if (row->complete)
        drafts_add (drafts, row->job, row->stage_kind);
    }
  return PURSUIT_CLI_EXIT_OK;
}

static int
read_posting (const char *data,
              gsize       length,
              Drafts     *drafts)
{
  g_autoptr(GPtrArray) postings = NULL;
  g_autoptr(GError) error = NULL;

  postings = pursuit_posting_parse (data, length, &error);
  if (postings == NULL)
    {
      pursuit_cli_print_error (_("Could not read the job posting"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  drafts->n_rows = postings->len;
  for (guint i = 0; i < postings->len; i++)
    {
      PursuitPosting *posting = g_ptr_array_index (postings, i);

      /* Checked by the repository, with a stage, before anything is written. */
      drafts_add (drafts, posting->job, PURSUIT_STAGE_KIND_WISHLIST);
    }
  return PURSUIT_CLI_EXIT_OK;
}

static void
print_job_line (const char *what,
                PursuitJob *job)
{
  g_autofree char *described = pursuit_cli_describe_job (job);

  g_print ("%s %s\n", what, described);
}

/**
 * pursuit_cli_command_import:
 *
 * pursuit-cli import FILE [--preset NAME] [--dates ORDER] [--keep-duplicates]
 * [--skip-problems] [--dry-run]
 */
int
pursuit_cli_command_import (PursuitCli  *cli,
                            int          argc,
                            char       **argv)
{
  gboolean dry_run = FALSE;
  gboolean keep_duplicates = FALSE;
  gboolean skip_problems = FALSE;
  g_autofree char *preset_name = NULL;
  g_autofree char *dates = NULL;
  const GOptionEntry entries[] = {
    { "preset", 0, 0, G_OPTION_ARG_STRING, &preset_name,
      N_("Where the CSV file comes from: guess, spreadsheet, pursuit, huntr, jobsync, reactive-resume or teal"),
      N_("NAME") },
    { "dates", 0, 0, G_OPTION_ARG_STRING, &dates,
      N_("How to read dates such as 03/05/2026: day-first or month-first"), N_("ORDER") },
    { "keep-duplicates", 0, 0, G_OPTION_ARG_NONE, &keep_duplicates,
      N_("Also add jobs whose company and title are those of a saved job"), NULL },
    { "skip-problems", 0, 0, G_OPTION_ARG_NONE, &skip_problems,
      N_("Import the lines that can be read even if others cannot"), NULL },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Show what would be added, write nothing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  PursuitImportPreset preset = PURSUIT_IMPORT_PRESET_GUESS;
  PursuitDateOrder order;
  g_auto(Drafts) drafts = { NULL, };
  g_autoptr(GHashTable) keys = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GArray) skipped = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *lower = NULL;
  guint n_duplicates = 0;
  int status;

  g_option_context_set_summary (context,
                                _("Add the jobs of a CSV file (another tracker’s export or a spreadsheet) or "
                                  "of a saved job page (.html with schema.org JobPosting data), all in one go: "
                                  "if one cannot be added, none is. Jobs already saved, by company and title, "
                                  "are left out."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 2)
    {
      pursuit_cli_print_usage_error ("%s", _("import needs one file"));
      return PURSUIT_CLI_EXIT_USAGE;
    }
  if (preset_name != NULL && !pursuit_import_preset_from_id (preset_name, &preset))
    {
      pursuit_cli_print_option_error ("--preset", _("not a preset: guess, spreadsheet, pursuit, huntr, jobsync, "
                                                    "reactive-resume or teal"));
      return PURSUIT_CLI_EXIT_USAGE;
    }
  if (!read_date_order (dates, &order))
    {
      pursuit_cli_print_option_error ("--dates", _("day-first or month-first"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  lower = g_utf8_strdown (argv[1], -1);
  if (g_str_has_suffix (lower, ".json"))
    {
      /* Pursuit's own export: every table, matched by UUID. */
      if (!pursuit_cli_open_database_to_write (cli))
        return PURSUIT_CLI_EXIT_FAILED;
      return pursuit_cli_import_json (cli, argv[1], dry_run);
    }

  data = pursuit_cli_read_text_file (argv[1], MAX (PURSUIT_CSV_MAX_BYTES, PURSUIT_POSTING_MAX_BYTES), &error);
  if (data == NULL)
    {
      pursuit_cli_print_error (_("Could not read the file"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  drafts_init (&drafts);
  if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm"))
    status = read_posting (data, strlen (data), &drafts);
  else
    status = read_csv (data, strlen (data), preset, order, &drafts);
  if (status != PURSUIT_CLI_EXIT_OK)
    return status;

  for (guint i = 0; i < drafts.problems->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (drafts.problems, i));

  /* A line read wrong is not written in part: the user decides. */
  if (drafts.n_problem_rows > 0 && !skip_problems)
    {
      g_printerr (ngettext ("%u line has a problem; nothing was written (--skip-problems imports what can be "
                            "read and leaves out the lines that cannot be).\n",
                            "%u lines have a problem; nothing was written (--skip-problems imports what can be "
                            "read and leaves out the lines that cannot be).\n",
                            drafts.n_problem_rows),
                  drafts.n_problem_rows);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (dry_run)
    {
      /* Read only: a database that is not there is not made. */
      if (!keep_duplicates)
        {
          if (!pursuit_cli_open_database_if_any (cli))
            return PURSUIT_CLI_EXIT_FAILED;
          if (cli->repository != NULL)
            {
              keys = pursuit_repository_list_identity_keys (cli->repository, &error);
              if (keys == NULL)
                {
                  pursuit_cli_print_error (_("Could not read the jobs"), error);
                  return PURSUIT_CLI_EXIT_FAILED;
                }
            }
        }

      for (guint i = 0; i < drafts.drafts->len; i++)
        {
          PursuitJob *job = g_ptr_array_index (drafts.drafts, i);
          g_autofree char *key = pursuit_job_identity_key (pursuit_job_get_company (job),
                                                           pursuit_job_get_title (job));

          if (keys != NULL && g_hash_table_contains (keys, key))
            {
              print_job_line (_("Already saved:"), job);
              n_duplicates++;
            }
          else
            print_job_line (_("Would add:"), job);
        }
      g_print (ngettext ("%u job would be added", "%u jobs would be added", drafts.drafts->len - n_duplicates),
               drafts.drafts->len - n_duplicates);
      g_print (" (%s)\n", _("dry run: nothing was written"));
      return PURSUIT_CLI_EXIT_OK;
    }

  if (!pursuit_cli_open_database_to_write (cli))
    return PURSUIT_CLI_EXIT_FAILED;

  added = pursuit_repository_import_drafts (cli->repository, drafts.drafts, drafts.kinds, !keep_duplicates,
                                            &skipped, pursuit_cli_now (), &error);
  if (added == NULL)
    {
      pursuit_cli_print_error (_("Could not import the jobs; nothing was written"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  for (guint i = 0; i < skipped->len; i++)
    print_job_line (_("Already saved:"), g_ptr_array_index (drafts.drafts, g_array_index (skipped, guint, i)));
  g_print (ngettext ("Imported %u job", "Imported %u jobs", added->len), added->len);
  if (skipped->len > 0)
    {
      g_print ("; ");
      g_print (ngettext ("left out %u already saved", "left out %u already saved", skipped->len), skipped->len);
    }
  g_print ("\n");
  return PURSUIT_CLI_EXIT_OK;
}
