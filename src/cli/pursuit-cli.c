/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pursuit-error.h"
#include "pursuit-repository.h"

/* pursuit-cli: the jobs database from scripts and terminals, without GTK.
 * It talks to the same repository the app uses. */

typedef int (*CommandFunc) (PursuitRepository *repository,
                            int                argc,
                            char             **argv);

static char *database_path;

static gint64
now_in_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_time);

  return time != NULL ? g_date_time_format (time, "%Y-%m-%d %H:%M") : g_strdup ("");
}

static char *
format_time_iso (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_time);

  return time != NULL ? g_date_time_format_iso8601 (time) : g_strdup ("");
}

static void
print_error (const char *what,
             GError     *error)
{
  g_printerr ("pursuit-cli: %s: %s\n", what, error->message);
}

static gboolean
parse_options (GOptionContext  *context,
               int             *argc,
               char          ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("pursuit-cli: %s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

static JsonNode *
job_to_json (PursuitJob *job)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  PursuitStage *stage = pursuit_job_get_stage (job);
  g_autofree char *created = format_time_iso (pursuit_job_get_created_at (job));
  g_autofree char *updated = format_time_iso (pursuit_job_get_updated_at (job));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, pursuit_job_get_id (job));
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, pursuit_job_get_uuid (job));
  json_builder_set_member_name (builder, "company");
  json_builder_add_string_value (builder, pursuit_job_get_company (job));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, pursuit_job_get_title (job));
  json_builder_set_member_name (builder, "stage");
  json_builder_add_string_value (builder, pursuit_stage_get_name (stage));
  json_builder_set_member_name (builder, "stage_kind");
  json_builder_add_string_value (builder, pursuit_stage_kind_to_nick (pursuit_stage_get_kind (stage)));
  json_builder_set_member_name (builder, "location");
  json_builder_add_string_value (builder, pursuit_job_get_location (job));
  json_builder_set_member_name (builder, "url");
  json_builder_add_string_value (builder, pursuit_job_get_url (job));
  json_builder_set_member_name (builder, "notes");
  json_builder_add_string_value (builder, pursuit_job_get_notes (job));
  json_builder_set_member_name (builder, "created_at");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "updated_at");
  json_builder_add_string_value (builder, updated);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

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

static int
command_list (PursuitRepository  *repository,
              int                 argc,
              char              **argv)
{
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON instead of a table"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, _("List the saved jobs, most recently updated first."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  jobs = pursuit_repository_list_jobs (repository, &error);
  if (jobs == NULL)
    {
      print_error (_("Could not list the jobs"), error);
      return 1;
    }

  if (as_json)
    {
      g_autoptr(JsonArray) array = json_array_new ();
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);

      for (guint i = 0; i < jobs->len; i++)
        json_array_add_element (array, job_to_json (g_ptr_array_index (jobs, i)));
      json_node_set_array (root, array);
      print_json (root);
      return 0;
    }

  if (jobs->len == 0)
    {
      g_print ("%s\n", _("No jobs yet. Add one with “pursuit-cli add --company NAME --title TITLE”."));
      return 0;
    }

  {
    g_autoptr(GString) header = g_string_new (NULL);

    append_cell (header, "ID", 5);
    append_cell (header, _("Stage"), 13);
    append_cell (header, _("Company"), 24);
    append_cell (header, _("Job Title"), 32);
    append_cell (header, _("Updated"), 16);
    g_print ("%s\n", g_strchomp (header->str));
  }

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));
      g_autofree char *updated = format_time (pursuit_job_get_updated_at (job));

      append_cell (line, id, 5);
      append_cell (line, pursuit_stage_get_name (pursuit_job_get_stage (job)), 13);
      append_cell (line, pursuit_job_get_company (job), 24);
      append_cell (line, pursuit_job_get_title (job), 32);
      append_cell (line, updated, 16);
      g_print ("%s\n", g_strchomp (line->str));
    }

  return 0;
}

static void
print_field (const char *label,
             const char *value)
{
  if (value != NULL && value[0] != '\0')
    g_print ("%-10s %s\n", label, value);
}

static int
command_show (PursuitRepository  *repository,
              int                 argc,
              char              **argv)
{
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("JOB"));
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  g_option_context_set_summary (context, _("Show one job, by its number or UUID."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (argc != 2)
    {
      g_printerr ("pursuit-cli: %s\n", _("show needs one job number or UUID"));
      return 2;
    }

  job = pursuit_repository_find_job (repository, argv[1], &error);
  if (job == NULL)
    {
      print_error (_("Could not show the job"), error);
      return 1;
    }

  if (as_json)
    {
      g_autoptr(JsonNode) node = job_to_json (job);

      print_json (node);
      return 0;
    }

  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));
    g_autofree char *created = format_time (pursuit_job_get_created_at (job));
    g_autofree char *updated = format_time (pursuit_job_get_updated_at (job));

    print_field (_("ID"), id);
    print_field (_("UUID"), pursuit_job_get_uuid (job));
    print_field (_("Company"), pursuit_job_get_company (job));
    print_field (_("Title"), pursuit_job_get_title (job));
    print_field (_("Stage"), pursuit_stage_get_name (pursuit_job_get_stage (job)));
    print_field (_("Location"), pursuit_job_get_location (job));
    print_field (_("URL"), pursuit_job_get_url (job));
    print_field (_("Created"), created);
    print_field (_("Updated"), updated);
    if (pursuit_job_get_notes (job)[0] != '\0')
      g_print ("\n%s\n", pursuit_job_get_notes (job));
  }

  changes = pursuit_repository_list_stage_changes (repository, pursuit_job_get_id (job), &error);
  if (changes != NULL && changes->len > 0)
    {
      g_print ("\n%s\n", _("Timeline"));
      for (guint i = 0; i < changes->len; i++)
        {
          PursuitStageChange *change = g_ptr_array_index (changes, i);
          g_autofree char *when = format_time (change->entered_at);
          g_autofree char *stage_id = g_strdup_printf ("%" G_GINT64_FORMAT, change->stage_id);
          PursuitStage *stage = pursuit_repository_find_stage (repository, stage_id);

          g_print ("  %s  %s\n", when, stage != NULL ? pursuit_stage_get_name (stage) : "?");
        }
    }

  return 0;
}

static int
command_add (PursuitRepository  *repository,
             int                 argc,
             char              **argv)
{
  g_autofree char *company = NULL;
  g_autofree char *title = NULL;
  g_autofree char *stage_name = NULL;
  g_autofree char *location = NULL;
  g_autofree char *url = NULL;
  g_autofree char *notes = NULL;
  const GOptionEntry entries[] = {
    { "company", 'c', 0, G_OPTION_ARG_STRING, &company, N_("The company (required)"), N_("NAME") },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("The job title (required)"), N_("TITLE") },
    { "stage", 's', 0, G_OPTION_ARG_STRING, &stage_name, N_("The stage, by name or kind (default: the first stage)"), N_("STAGE") },
    { "location", 'l', 0, G_OPTION_ARG_STRING, &location, N_("Where the job is"), N_("PLACE") },
    { "url", 'u', 0, G_OPTION_ARG_STRING, &url, N_("The job posting’s address"), N_("URL") },
    { "notes", 'n', 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GError) error = NULL;
  PursuitStage *stage;

  g_option_context_set_summary (context, _("Add a job."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (company == NULL || title == NULL)
    {
      g_printerr ("pursuit-cli: %s\n", _("add needs --company and --title"));
      return 2;
    }

  if (stage_name != NULL)
    {
      stage = pursuit_repository_find_stage (repository, stage_name);
      if (stage == NULL)
        {
          g_printerr ("pursuit-cli: %s\n", _("No such stage. See the stages with “pursuit-cli stages”."));
          return 2;
        }
    }
  else
    {
      stages = pursuit_repository_list_stages (repository);
      stage = stages->len > 0 ? g_ptr_array_index (stages, 0) : NULL;
    }

  pursuit_job_set_company (job, g_strstrip (company));
  pursuit_job_set_title (job, g_strstrip (title));
  pursuit_job_set_stage (job, stage);
  pursuit_job_set_location (job, location);
  pursuit_job_set_url (job, url);
  pursuit_job_set_notes (job, notes);

  if (!pursuit_repository_insert_job (repository, job, now_in_seconds (), &error))
    {
      print_error (_("Could not add the job"), error);
      return 1;
    }

  g_print (_("Added job %" G_GINT64_FORMAT " (%s)\n"), pursuit_job_get_id (job), pursuit_job_get_uuid (job));
  return 0;
}

static int
command_delete (PursuitRepository  *repository,
                int                 argc,
                char              **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("JOB"));
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, _("Delete a job and its timeline for good."));
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (argc != 2)
    {
      g_printerr ("pursuit-cli: %s\n", _("delete needs one job number or UUID"));
      return 2;
    }

  job = pursuit_repository_find_job (repository, argv[1], &error);
  if (job == NULL || !pursuit_repository_delete_job (repository, pursuit_job_get_id (job), &error))
    {
      print_error (_("Could not delete the job"), error);
      return 1;
    }

  g_print (_("Deleted job %" G_GINT64_FORMAT " (%s at %s)\n"), pursuit_job_get_id (job),
           pursuit_job_get_title (job), pursuit_job_get_company (job));
  return 0;
}

static int
command_stages (PursuitRepository  *repository,
                int                 argc,
                char              **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GPtrArray) stages = NULL;

  g_option_context_set_summary (context, _("List the stages of the pipeline."));
  if (!parse_options (context, &argc, &argv))
    return 2;

  stages = pursuit_repository_list_stages (repository);
  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);

      g_print ("%-3" G_GINT64_FORMAT " %-14s %s\n", pursuit_stage_get_id (stage),
               pursuit_stage_kind_to_nick (pursuit_stage_get_kind (stage)),
               pursuit_stage_get_name (stage));
    }
  return 0;
}

static const struct
{
  const char *name;
  CommandFunc func;
  const char *summary;
} commands[] = {
  { "add", command_add, N_("Add a job") },
  { "list", command_list, N_("List the jobs (--json for JSON)") },
  { "show", command_show, N_("Show one job and its timeline") },
  { "delete", command_delete, N_("Delete a job") },
  { "stages", command_stages, N_("List the stages") },
};

static void
print_usage (void)
{
  g_print ("%s\n\n", _("Usage: pursuit-cli [--database PATH] COMMAND [OPTION…]"));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-8s %s\n", commands[i].name, _(commands[i].summary));
  g_print ("\n%s\n", _("Run “pursuit-cli COMMAND --help” for a command’s options."));
}

/* Takes --database out of argv wherever it stands, so every command has it. */
static gboolean
take_database_option (int    *argc,
                      char  **argv)
{
  int kept = 1;

  for (int i = 1; i < *argc; i++)
    {
      if (g_str_equal (argv[i], "--database"))
        {
          if (i + 1 >= *argc)
            {
              g_printerr ("pursuit-cli: %s\n", _("--database needs a path"));
              return FALSE;
            }
          g_free (database_path);
          database_path = g_strdup (argv[++i]);
        }
      else if (g_str_has_prefix (argv[i], "--database="))
        {
          g_free (database_path);
          database_path = g_strdup (argv[i] + strlen ("--database="));
        }
      else
        argv[kept++] = argv[i];
    }

  *argc = kept;
  argv[kept] = NULL;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!take_database_option (&argc, argv))
    return 2;

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage ();
      return argc < 2 ? 2 : 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_str_equal (argv[1], commands[i].name))
        continue;

      path = database_path != NULL ? g_strdup (database_path) : pursuit_repository_get_default_path ();
      repository = pursuit_repository_open (path, &error);
      if (repository == NULL)
        {
          print_error (_("Could not open the database"), error);
          return 1;
        }

      /* Let the command's option parser see "pursuit-cli COMMAND" as its program. */
      argv[1] = g_strdup_printf ("%s %s", g_get_prgname () ? g_get_prgname () : "pursuit-cli", commands[i].name);
      return commands[i].func (repository, argc - 1, argv + 1);
    }

  g_printerr ("pursuit-cli: %s\n", _("unknown command"));
  print_usage ();
  return 2;
}
