/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pursuit-array-model.h"
#include "pursuit-cli-input.h"
#include "pursuit-cli-output.h"
#include "pursuit-cli-private.h"
#include "pursuit-csv.h"
#include "pursuit-data-json.h"
#include "pursuit-icalendar.h"
#include "pursuit-repository-data.h"
#include "pursuit-repository-people.h"

/* Your data in and out: export (JSON, CSV, iCalendar), import of a JSON
 * export, backup and restore of the whole database. */

/* An export is refused above this size on import: far above any real
 * search with its documents, far below what would exhaust memory. */
#define MAX_IMPORT_BYTES (1024 * 1024 * 1024)

static gboolean
write_file (const char  *path,
            const char  *contents,
            gsize        length,
            GError     **error)
{
  /* The file holds the user's whole search: theirs alone to read. */
  return g_file_set_contents_full (path, contents, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, error);
}

static int
export_json (PursuitCli *cli,
             const char *path)
{
  g_autoptr(GVariant) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  data = pursuit_repository_export_data (cli->repository, &error);
  if (data == NULL)
    {
      pursuit_cli_print_error (_("Could not read the data to export"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  text = pursuit_data_json_write (data, &length);
  if (!write_file (path, text, length, &error))
    {
      pursuit_cli_print_error (_("Could not write the export"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  return PURSUIT_CLI_EXIT_OK;
}

static int
export_csv (PursuitCli *cli,
            const char *path)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(PursuitArrayModel) model = pursuit_array_model_new (PURSUIT_TYPE_JOB);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* Every field, the long texts too. */
  jobs = pursuit_repository_list_jobs_whole (cli->repository, &error);
  if (jobs == NULL)
    {
      pursuit_cli_print_error (_("Could not read the jobs to export"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  pursuit_array_model_splice (model, 0, 0, jobs->pdata, jobs->len);

  text = pursuit_csv_write_jobs (G_LIST_MODEL (model), PURSUIT_CSV_WRITE_DEFAULT);
  if (!write_file (path, text, strlen (text), &error))
    {
      pursuit_cli_print_error (_("Could not write the export"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  return PURSUIT_CLI_EXIT_OK;
}

static int
export_ics (PursuitCli *cli,
            const char *path,
            const char *interview_ref)
{
  g_autoptr(GPtrArray) interviews = NULL;
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 now = pursuit_cli_now ();

  if (interview_ref != NULL)
    {
      gint64 id = 0;
      PursuitInterview *interview = NULL;

      if (g_ascii_string_to_signed (interview_ref, 10, 1, G_MAXINT64, &id, NULL))
        interview = pursuit_repository_find_interview (cli->repository, id, &error);
      if (interview == NULL)
        {
          pursuit_cli_print_option_error ("--interview", _("There is no interview with that number. "
                                                           "“pursuit-cli interviews” lists them."));
          return PURSUIT_CLI_EXIT_FAILED;
        }
      interviews = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (interviews, interview);
    }
  else
    interviews = pursuit_repository_list_interviews_between (cli->repository, now, G_MAXINT64, &error);

  if (interviews == NULL)
    {
      pursuit_cli_print_error (_("Could not read the interviews"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  if (interviews->len == 0)
    {
      g_printerr ("pursuit-cli: %s\n", _("No interviews coming up: nothing to export."));
      return PURSUIT_CLI_EXIT_FAILED;
    }

  for (guint i = 0; i < interviews->len; i++)
    {
      PursuitInterview *interview = g_ptr_array_index (interviews, i);
      g_autofree char *job_id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_interview_get_job_id (interview));

      g_ptr_array_add (jobs, pursuit_repository_find_job (cli->repository, job_id, NULL));
    }

  text = pursuit_icalendar_write_interviews ((PursuitInterview * const *) interviews->pdata,
                                             (PursuitJob * const *) jobs->pdata, interviews->len, now, &error);
  if (text == NULL || !write_file (path, text, strlen (text), &error))
    {
      pursuit_cli_print_error (_("Could not write the calendar"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  return PURSUIT_CLI_EXIT_OK;
}

int
pursuit_cli_command_export (PursuitCli  *cli,
                            int          argc,
                            char       **argv)
{
  g_autofree char *json_path = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *ics_path = NULL;
  g_autofree char *interview = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_FILENAME, &json_path,
      N_("Everything you keep, as JSON (documents included), for “pursuit-cli import”"), N_("PATH") },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &csv_path, N_("The jobs with every field, as CSV"), N_("PATH") },
    { "ics", 0, 0, G_OPTION_ARG_FILENAME, &ics_path, N_("The interviews coming up, as iCalendar"), N_("PATH") },
    { "interview", 0, 0, G_OPTION_ARG_STRING, &interview,
      N_("With --ics: only this interview (its number in “pursuit-cli interviews”)"), N_("ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  int status;
  int n_formats;

  g_option_context_set_summary (context, _("Export your data to a file: one of --json, --csv or --ics."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  n_formats = (json_path != NULL) + (csv_path != NULL) + (ics_path != NULL);
  if (argc != 1 || n_formats != 1)
    {
      pursuit_cli_print_usage_error ("%s", _("export takes one of --json PATH, --csv PATH or --ics PATH"));
      return PURSUIT_CLI_EXIT_USAGE;
    }
  if (interview != NULL && ics_path == NULL)
    {
      pursuit_cli_print_usage_error ("%s", _("--interview goes with --ics"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  if (json_path != NULL)
    return export_json (cli, json_path);
  if (csv_path != NULL)
    return export_csv (cli, csv_path);
  return export_ics (cli, ics_path, interview);
}

/**
 * pursuit_cli_import_json:
 * @path: a file written by “pursuit-cli export --json” or the app's Export
 * @dry_run: read and check the file, and say what would be added, without
 *   writing
 *
 * Imports a JSON export: what the database does not hold yet is added, in
 * one transaction. The import command hands .json files here.
 */
int
pursuit_cli_import_json (PursuitCli *cli,
                         const char *path,
                         gboolean    dry_run)
{
  g_autoptr(GVariant) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PursuitDataImport outcome = { 0 };
  gsize length = 0;

  text = pursuit_cli_read_text_file (path, MAX_IMPORT_BYTES, &error);
  if (text == NULL)
    {
      pursuit_cli_print_error (_("Could not read the file"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  length = strlen (text);

  data = pursuit_data_json_read (text, length, &error);
  if (data == NULL)
    {
      pursuit_cli_print_error (_("Could not import the file"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (dry_run)
    {
      /* The import runs and is rolled back: every check a real import
       * makes is made. */
      g_autoptr(PursuitRepository) scratch = NULL;
      g_autofree char *folder = g_dir_make_tmp ("pursuit-import-XXXXXX", &error);
      g_autofree char *copy = folder != NULL ? g_build_filename (folder, "check.db", NULL) : NULL;

      if (folder == NULL || !pursuit_repository_backup (cli->repository, copy, &error) ||
          (scratch = pursuit_repository_open (copy, &error)) == NULL ||
          !pursuit_repository_import_data (scratch, data, &outcome, &error))
        {
          if (copy != NULL)
            g_unlink (copy);
          if (folder != NULL)
            g_rmdir (folder);
          pursuit_cli_print_error (_("Could not import the file"), error);
          return PURSUIT_CLI_EXIT_FAILED;
        }
      g_clear_object (&scratch);
      g_unlink (copy);
      g_rmdir (folder);
    }
  else if (!pursuit_repository_import_data (cli->repository, data, &outcome, &error))
    {
      pursuit_cli_print_error (_("Could not import the file"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  g_print (dry_run ? _("Would add %u jobs and %u rows in all; %u rows are here already.\n")
                   : _("Added %u jobs and %u rows in all; %u rows were here already.\n"),
           outcome.n_jobs, outcome.n_rows, outcome.n_kept);
  return PURSUIT_CLI_EXIT_OK;
}

int
pursuit_cli_command_backup (PursuitCli  *cli,
                            int          argc,
                            char       **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("PATH"));
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = { { NULL } };
  int status;

  g_option_context_set_summary (context, _("Write a copy of the whole database to PATH, "
                                           "for “pursuit-cli restore”."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    {
      pursuit_cli_print_usage_error ("%s", _("backup takes one path"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  if (!pursuit_repository_backup (cli->repository, argv[1], &error))
    {
      pursuit_cli_print_error (_("Could not back up"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  return PURSUIT_CLI_EXIT_OK;
}

int
pursuit_cli_command_restore (PursuitCli  *cli,
                             int          argc,
                             char       **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("PATH"));
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  const GOptionEntry entries[] = { { NULL } };
  int status;

  g_option_context_set_summary (context, _("Replace every job, document and answer with those of the backup "
                                           "at PATH. The data replaced is kept beside the database first."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 2)
    {
      pursuit_cli_print_usage_error ("%s", _("restore takes one path"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  kept = pursuit_repository_restore (cli->repository, argv[1], NULL, &error);
  if (kept == NULL)
    {
      pursuit_cli_print_error (_("Could not restore"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  g_print (_("Restored. The data it replaced is kept in %s.\n"), kept);
  return PURSUIT_CLI_EXIT_OK;
}
