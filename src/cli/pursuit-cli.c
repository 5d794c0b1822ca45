/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-cli-output.h"
#include "pursuit-locale.h"
#include "pursuit-cli-private.h"

/* pursuit-cli: the jobs database from scripts and terminals, without GTK.
 * It talks to the same repository the app uses. This file reads the global
 * options and hands the rest to a command; each group of commands has a
 * file of its own. */

typedef enum
{
  NEEDS_DATABASE = 1 << 0,
  /* Only "add" may create a database: a mistyped --database path for
   * anything else says so instead of leaving an empty file behind. */
  CREATES_DATABASE = 1 << 1,
  NEEDS_CONTENT = 1 << 2,
  /* The command takes a job or works without one ("salary JOB" or
   * "salary --title …"): it opens the database itself, only for a job. */
  DATABASE_FOR_A_JOB = 1 << 3,
} Needs;

static const struct
{
  const char *name;
  PursuitCliCommandFunc run;
  Needs needs;
  const char *summary;
} commands[] = {
  { "add", pursuit_cli_command_add, NEEDS_DATABASE | CREATES_DATABASE, N_("Add a job") },
  { "list", pursuit_cli_command_list, NEEDS_DATABASE, N_("List the jobs (--json for JSON)") },
  { "show", pursuit_cli_command_show, NEEDS_DATABASE, N_("Show one job and its timeline") },
  { "delete", pursuit_cli_command_delete, NEEDS_DATABASE, N_("Delete a job") },
  { "stages", pursuit_cli_command_stages, NEEDS_DATABASE, N_("List the stages") },
  { "update", pursuit_cli_command_update, NEEDS_DATABASE, N_("Change a job’s fields") },
  { "move", pursuit_cli_command_move, NEEDS_DATABASE, N_("Move a job to another stage (--note for the timeline)") },
  { "search", pursuit_cli_command_search, NEEDS_DATABASE, N_("Find jobs by words in them (--json for JSON)") },
  { "import", pursuit_cli_command_import, DATABASE_FOR_A_JOB,
    N_("Add the jobs of a CSV file, a saved job page or a JSON export (--dry-run to see them first)") },
  { "contacts", pursuit_cli_command_contacts, NEEDS_DATABASE,
    N_("List, add and export contacts (add, vcard, --job, --json)") },
  { "interviews", pursuit_cli_command_interviews, NEEDS_DATABASE,
    N_("List and add interviews (add, --job, --upcoming, --json)") },
  { "practice", pursuit_cli_command_practice, NEEDS_DATABASE | NEEDS_CONTENT,
    N_("Interview practice: what is due, log an answer, statistics (due, review, stats)") },
  { "stories", pursuit_cli_command_stories, NEEDS_DATABASE, N_("List the STAR stories (--json for JSON)") },
  { "documents", pursuit_cli_command_documents, NEEDS_DATABASE,
    N_("List the documents and their versions (--json for JSON)") },
  { "document", pursuit_cli_command_document, NEEDS_DATABASE,
    N_("Add a version of a document from a file, or export one (add, export)") },
  { "send", pursuit_cli_command_send, NEEDS_DATABASE, N_("Record that a job was sent a version") },
  { "match", pursuit_cli_command_match, NEEDS_DATABASE | NEEDS_CONTENT,
    N_("Which terms of a job’s posting a version has (--json for JSON)") },
  { "login", pursuit_cli_command_login, NEEDS_DATABASE,
    N_("Show or set a job’s portal login (--show-password, --password-stdin)") },
  { "export", pursuit_cli_command_export, NEEDS_DATABASE,
    N_("Export your data: everything as JSON, the jobs as CSV, interviews as iCalendar (--json, --csv, --ics)") },
  { "backup", pursuit_cli_command_backup, NEEDS_DATABASE, N_("Write a copy of the whole database to a file") },
  { "restore", pursuit_cli_command_restore, NEEDS_DATABASE | CREATES_DATABASE,
    N_("Replace the database with a backup, keeping the current data aside first") },
  { "guides", pursuit_cli_command_guides, NEEDS_CONTENT, N_("List the role guides (--json for JSON)") },
  { "guide", pursuit_cli_command_guide, NEEDS_CONTENT, N_("Show a role guide, or one section of it") },
  { "questions", pursuit_cli_command_questions, NEEDS_CONTENT,
    N_("List interview questions (--role, --category, --json)") },
  { "salaries", pursuit_cli_command_salaries, NEEDS_CONTENT,
    N_("List salary figures with their sources (--role, --json)") },
  { "salary", pursuit_cli_command_salary, NEEDS_CONTENT | DATABASE_FOR_A_JOB,
    N_("Compare a job’s pay with the salary benchmarks, or try a title and pay with --title") },
  { "parse-pay", pursuit_cli_command_parse_pay, 0, N_("Show how a pay text is read (--json)") },
  { "stats", pursuit_cli_command_stats, NEEDS_DATABASE | NEEDS_CONTENT,
    N_("How the search is going: funnel, response rate, by source, resume and pay (--since, --json)") },
};

static void
print_commands (gboolean with_database)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (((commands[i].needs & (NEEDS_DATABASE | DATABASE_FOR_A_JOB)) != 0) == with_database)
        g_print ("  %-10s %s\n", commands[i].name, _(commands[i].summary));
    }
}

static void
print_usage (void)
{
  g_print ("%s\n\n", _("Usage: pursuit-cli [--database PATH] COMMAND [OPTION…]"));
  g_print ("%s\n", _("Commands for your jobs:"));
  print_commands (TRUE);
  g_print ("\n%s\n", _("Commands for guides, interview questions and salaries (no database needed):"));
  print_commands (FALSE);
  g_print ("\n%s\n", _("Run “pursuit-cli COMMAND --help” for a command’s options."));
}

/* Lets a command's option parser see "pursuit-cli COMMAND" as its program. */
static void
name_command (char       **argv,
              const char  *name)
{
  argv[1] = g_strdup_printf ("%s %s", g_get_prgname () ? g_get_prgname () : "pursuit-cli", name);
}

/* Takes --database out of argv wherever it stands, so every command has
 * it. An empty path, as an unset variable in a script gives, is refused:
 * SQLite would open a private database that vanishes on exit. */
static gboolean
take_database_option (int    *argc,
                      char  **argv,
                      char  **path)
{
  int kept = 1;

  for (int i = 1; i < *argc; i++)
    {
      const char *value = NULL;

      if (g_str_equal (argv[i], "--database"))
        value = i + 1 < *argc ? argv[++i] : "";
      else if (g_str_has_prefix (argv[i], "--database="))
        value = argv[i] + strlen ("--database=");
      else
        {
          argv[kept++] = argv[i];
          continue;
        }

      if (value[0] == '\0')
        {
          pursuit_cli_print_usage_error ("%s", _("--database needs a path"));
          return FALSE;
        }
      g_free (*path);
      *path = g_strdup (value);
    }

  *argc = kept;
  argv[kept] = NULL;
  return TRUE;
}

static gboolean
open_database (PursuitCli *cli,
               gboolean    may_create)
{
  g_autofree char *path = cli->database_path != NULL ? g_strdup (cli->database_path)
                                                     : pursuit_repository_get_default_path ();
  g_autoptr(GError) error = NULL;

  g_assert (cli->repository == NULL);

  if (!may_create && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      pursuit_cli_print_usage_error ("%s", _("There is no database at that path. Add a job first, or check --database."));
      g_printerr ("  %s\n", path);
      return FALSE;
    }

  cli->repository = pursuit_repository_open (path, &error);
  if (cli->repository == NULL)
    {
      pursuit_cli_print_error (_("Could not open the database"), error);
      return FALSE;
    }
  return TRUE;
}

/**
 * pursuit_cli_open_database:
 *
 * Opens the database for a command that needs it only sometimes (one
 * marked DATABASE_FOR_A_JOB in the table); it stays open until the command
 * returns.
 *
 * Returns: whether @cli's repository is open; if not, why was printed
 */
gboolean
pursuit_cli_open_database (PursuitCli *cli)
{
  return open_database (cli, FALSE);
}

/**
 * pursuit_cli_open_database_if_any:
 *
 * Opens the database if the file is there, for a command that only reads
 * it when it exists (import --dry-run); none is made.
 *
 * Returns: %FALSE once a database that is there could not be opened
 */
gboolean
pursuit_cli_open_database_if_any (PursuitCli *cli)
{
  g_autofree char *path = cli->database_path != NULL ? g_strdup (cli->database_path)
                                                     : pursuit_repository_get_default_path ();

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  return open_database (cli, FALSE);
}

/**
 * pursuit_cli_open_database_to_write:
 *
 * Opens the database, making it if there is none, for a command that adds
 * jobs but opens the database itself (import).
 */
gboolean
pursuit_cli_open_database_to_write (PursuitCli *cli)
{
  if (cli->repository != NULL)
    return TRUE;
  return open_database (cli, TRUE);
}

static int
run_command (guint   index,
             char   *database_path,
             int     argc,
             char  **argv)
{
  g_autoptr(PursuitContent) content = NULL;
  g_autoptr(GError) error = NULL;
  Needs needs = commands[index].needs;
  PursuitCli cli = { NULL, NULL, database_path };
  int status;

  if ((needs & NEEDS_CONTENT) != 0)
    {
      content = pursuit_content_new_from_resource (NULL, &error);
      if (content == NULL)
        {
          pursuit_cli_print_error (_("Could not load the guides"), error);
          return PURSUIT_CLI_EXIT_FAILED;
        }
    }
  cli.content = content;

  if ((needs & NEEDS_DATABASE) != 0 && !open_database (&cli, (needs & CREATES_DATABASE) != 0))
    return PURSUIT_CLI_EXIT_FAILED;

  name_command (argv, commands[index].name);
  status = commands[index].run (&cli, argc - 1, argv + 1);
  g_clear_object (&cli.repository);
  return status;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *database_path = NULL;

  pursuit_locale_init ();

  if (!take_database_option (&argc, argv, &database_path))
    return PURSUIT_CLI_EXIT_USAGE;

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage ();
      return argc < 2 ? PURSUIT_CLI_EXIT_USAGE : PURSUIT_CLI_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (argv[1], commands[i].name))
        return run_command (i, database_path, argc, argv);
    }

  pursuit_cli_print_usage_error ("%s", _("unknown command"));
  print_usage ();
  return PURSUIT_CLI_EXIT_USAGE;
}
