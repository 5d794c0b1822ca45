/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pursuit-content.h"
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
        {
          PursuitJob *listed = g_ptr_array_index (jobs, i);
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (listed));
          /* Lists leave the long texts out; JSON is for export, so read them. */
          g_autoptr(PursuitJob) full = pursuit_repository_find_job (repository, id, NULL);

          json_array_add_element (array, job_to_json (full != NULL ? full : listed));
        }
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

  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));

    g_print (_("Added job %s (%s)\n"), id, pursuit_job_get_uuid (job));
  }
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

  g_print (_("Deleted job %s (%s at %s)\n"), argv[1],
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

/* Guides, interview questions and salary figures
 *
 * These commands read the content compiled into the program and never touch
 * the jobs database. */

typedef int (*ContentCommandFunc) (PursuitContent *content,
                                   int             argc,
                                   char          **argv);

#define TEXT_WIDTH 80

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* Whole numbers stay integers in the JSON. */
static void
add_number_member (JsonBuilder *builder,
                   const char  *name,
                   double       value)
{
  json_builder_set_member_name (builder, name);
  if (value == (double) (gint64) value)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_strv_member (JsonBuilder        *builder,
                 const char         *name,
                 const char * const *strings)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    json_builder_add_string_value (builder, strings[i]);
  json_builder_end_array (builder);
}

static void
add_texts_member (JsonBuilder *builder,
                  const char  *name,
                  GPtrArray   *nodes)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < nodes->len; i++)
    json_builder_add_string_value (builder, ((PursuitContentNode *) g_ptr_array_index (nodes, i))->text);
  json_builder_end_array (builder);
}

static char *
join_strings (GPtrArray  *strings,
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

static char *
list_guide_ids (PursuitContent *content)
{
  GListModel *guides = pursuit_content_get_guides (content);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (guides); i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);

      g_ptr_array_add (ids, (gpointer) pursuit_guide_get_id (guide));
    }
  return join_strings (ids, ", ");
}

/* FALSE, having said which roles there are, when @role is not one of them. */
static gboolean
check_role (PursuitContent *content,
            const char     *role)
{
  g_autofree char *known = NULL;

  if (role == NULL || pursuit_content_find_guide (content, role) != NULL)
    return TRUE;

  known = list_guide_ids (content);
  g_printerr ("pursuit-cli: ");
  g_printerr (_("unknown role “%s”; the roles are: %s"), role, known);
  g_printerr ("\n");
  return FALSE;
}

/* Text layout */

static guint
text_width (const char *text)
{
  return text != NULL ? (guint) g_utf8_strlen (text, -1) : 0;
}

static void
append_padded (GString    *line,
               const char *text,
               guint       width)
{
  g_string_append (line, text);
  for (guint i = text_width (text); i < width; i++)
    g_string_append_c (line, ' ');
}

/* Fills lines of up to @width characters, the first starting with
 * @first_prefix and the others with @rest_prefix. A word longer than a line
 * gets a line of its own rather than being cut. */
static char *
wrap_text (const char *text,
           const char *first_prefix,
           const char *rest_prefix,
           guint       width)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) wrapped = g_string_new (first_prefix);
  guint column = text_width (first_prefix);
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
      guint length = text_width (words[i]);

      if (length == 0)
        continue;

      if (!line_empty && column + 1 + length > width)
        {
          g_string_append_c (wrapped, '\n');
          g_string_append (wrapped, rest_prefix);
          column = text_width (rest_prefix);
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

static void
print_wrapped (const char *text,
               const char *first_prefix,
               const char *rest_prefix)
{
  g_autofree char *wrapped = wrap_text (text, first_prefix, rest_prefix, TEXT_WIDTH);

  g_print ("%s\n", wrapped);
}

static void
print_heading (const char *title,
               const char *underline)
{
  g_autoptr(GString) rule = g_string_new (NULL);

  for (guint i = 0; i < text_width (title); i++)
    g_string_append (rule, underline);
  g_print ("%s\n%s\n\n", title, rule->str);
}

/* Prints @rows (each a GStrv) under @header as aligned columns. With a
 * @width, the columns share it and the text in the widest ones wraps; with
 * 0, every row stays on one line, which suits grep. */
static void
print_table (const char  *indent,
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

          widths[c] = MAX (widths[c], text_width (cells[c]));
          for (guint w = 0; words[w] != NULL; w++)
            longest_words[c] = MAX (longest_words[c], text_width (words[w]));
        }
    }

  if (width > 0)
    {
      guint used = text_width (indent) + 2 * (n_columns - 1);

      for (guint c = 0; c < n_columns; c++)
        used += widths[c];

      /* Take one character at a time from the column with the most text
       * to spare, never narrower than its longest word. */
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

  for (guint r = 0; r <= rows->len; r++)
    {
      char **cells = r == 0 ? header : g_ptr_array_index (rows, r - 1);
      g_autoptr(GPtrArray) wrapped = NULL;
      guint n_cells;
      guint n_lines = 0;

      if (cells == NULL)
        continue;

      n_cells = g_strv_length (cells);
      wrapped = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = wrap_text (c < n_cells ? cells[c] : "", "", "",
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

      if (r == 0)
        {
          g_autoptr(GString) rule = g_string_new (indent);

          for (guint c = 0; c < n_columns; c++)
            {
              /* An unbounded last column would draw a rule as long as its
               * longest line. */
              guint length = width == 0 && c + 1 == n_columns
                ? text_width (c < n_cells ? cells[c] : "") : widths[c];

              for (guint i = 0; i < length; i++)
                g_string_append (rule, "─");
              if (c + 1 < n_columns)
                g_string_append (rule, "  ");
            }
          g_print ("%s\n", rule->str);
        }
    }
}

/* Guide text */

static void print_blocks (PursuitContent     *content,
                          PursuitGuide       *guide,
                          PursuitContentNode *parent,
                          const char         *indent);

static void
print_sources (PursuitContent *content,
               const char     *indent,
               const char     *source_ids)
{
  g_autofree char *citations = pursuit_content_format_sources (content, source_ids);
  g_autofree char *line = NULL;
  g_autofree char *prefix = NULL;

  if (citations == NULL)
    return;

  /* Translators: under a paragraph, list or table: "(Source: BLS, May 2023)" */
  line = g_strdup_printf (_("(Source: %s)"), citations);
  prefix = g_strconcat (indent, "  ", NULL);
  print_wrapped (line, prefix, prefix);
}

/* Adds the ids of @source_ids that @ids does not hold yet. */
static void
collect_sources (GPtrArray  *ids,
                 const char *source_ids)
{
  g_auto(GStrv) parts = g_strsplit (source_ids != NULL ? source_ids : "", " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] != '\0' && !g_ptr_array_find_with_equal_func (ids, parts[i], g_str_equal, NULL))
        g_ptr_array_add (ids, g_strdup (parts[i]));
    }
}

static void
print_paragraph (PursuitContent     *content,
                 PursuitContentNode *node,
                 const char         *indent)
{
  print_wrapped (node->text, indent, indent);
  print_sources (content, indent, pursuit_content_node_get_attribute (node, "source"));
  g_print ("\n");
}

static void
print_list (PursuitContent     *content,
            PursuitContentNode *node,
            const char         *indent)
{
  gboolean ordered = g_strcmp0 (pursuit_content_node_get_attribute (node, "ordered"), "yes") == 0;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *source_ids = NULL;

  collect_sources (sources, pursuit_content_node_get_attribute (node, "source"));
  for (guint i = 0; i < node->children->len; i++)
    {
      PursuitContentNode *item = g_ptr_array_index (node->children, i);
      g_autofree char *marker = ordered ? g_strdup_printf ("%u. ", i + 1) : g_strdup ("• ");
      g_autofree char *first = g_strconcat (indent, marker, NULL);
      g_autofree char *rest = g_strdup_printf ("%s%*s", indent, (int) text_width (marker), "");

      print_wrapped (item->text, first, rest);
      collect_sources (sources, pursuit_content_node_get_attribute (item, "source"));
    }

  source_ids = join_strings (sources, " ");
  print_sources (content, indent, source_ids);
  g_print ("\n");
}

static char **
cells_of (PursuitContentNode *row)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < row->children->len; i++)
    {
      PursuitContentNode *cell = g_ptr_array_index (row->children, i);

      g_strv_builder_add (builder, cell->text != NULL ? cell->text : "");
    }
  return g_strv_builder_end (builder);
}

static void
print_content_table (PursuitContent     *content,
                     PursuitContentNode *node,
                     const char         *indent)
{
  PursuitContentNode *header = pursuit_content_node_get_child (node, "header");
  const char *caption = pursuit_content_node_get_child_text (node, "caption");
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto(GStrv) header_cells = header != NULL ? cells_of (header) : NULL;

  if (caption != NULL)
    {
      print_wrapped (caption, indent, indent);
      g_print ("\n");
    }

  for (guint i = 0; i < node->children->len; i++)
    {
      PursuitContentNode *row = g_ptr_array_index (node->children, i);

      if (g_str_equal (row->name, "row"))
        g_ptr_array_add (rows, cells_of (row));
    }

  print_table (indent, header_cells, rows, TEXT_WIDTH);
  print_sources (content, indent, pursuit_content_node_get_attribute (node, "source"));
  g_print ("\n");
}

/* An empty cell when the source gives no USD equivalent. */
static char *
format_usd (PursuitSalaryRecord *record)
{
  char *usd = pursuit_content_format_pay_in_usd (record);

  return usd != NULL ? usd : g_strdup ("");
}

static void
print_salary_table (PursuitContent     *content,
                    PursuitContentNode *node,
                    const char         *indent)
{
  g_autoptr(GPtrArray) records = pursuit_content_find_salaries (content,
                                                                pursuit_content_node_get_attribute (node, "role"),
                                                                pursuit_content_node_get_attribute (node, "by"));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
  g_auto(GStrv) header_cells = NULL;
  gboolean any_usd = FALSE;
  gboolean any_note = FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      PursuitSalaryRecord *record = g_ptr_array_index (records, i);

      any_usd |= record->usd >= 0;
      any_note |= record->note != NULL;
      collect_sources (sources, record->source);
    }

  /* One source for the whole table goes under it; several get a column. */
  g_strv_builder_add_many (header, _("For"), _("Figure"), _("Pay"), NULL);
  if (any_usd)
    g_strv_builder_add (header, _("In US dollars"));
  if (sources->len > 1)
    g_strv_builder_add (header, _("Source"));
  if (any_note)
    g_strv_builder_add (header, _("Note"));
  header_cells = g_strv_builder_end (header);

  for (guint i = 0; i < records->len; i++)
    {
      PursuitSalaryRecord *record = g_ptr_array_index (records, i);
      g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
      g_autofree char *scope = pursuit_content_describe_salary_place (content, record);
      g_autofree char *pay = pursuit_content_format_pay (record);

      g_strv_builder_add_many (row, scope, pursuit_salary_statistic_get_name (record->statistic), pay, NULL);
      if (any_usd)
        {
          g_autofree char *usd = format_usd (record);

          g_strv_builder_add (row, usd);
        }
      if (sources->len > 1)
        {
          g_autofree char *citation = pursuit_content_format_sources (content, record->source);

          g_strv_builder_add (row, citation != NULL ? citation : "");
        }
      if (any_note)
        g_strv_builder_add (row, record->note != NULL ? record->note : "");
      g_ptr_array_add (rows, g_strv_builder_end (row));
    }

  print_table (indent, header_cells, rows, TEXT_WIDTH);
  if (sources->len == 1)
    print_sources (content, indent, g_ptr_array_index (sources, 0));
  g_print ("\n");
}

static char *
describe_years (PursuitContentNode *level)
{
  const char *min = pursuit_content_node_get_attribute (level, "years-min");
  const char *max = pursuit_content_node_get_attribute (level, "years-max");

  if (min == NULL)
    return NULL;
  if (max == NULL)
    /* Translators: years of experience for an open-ended career level */
    return g_strdup_printf (_("%s+ years"), min);
  /* Translators: years of experience for a career level: "3–5 years" */
  return g_strdup_printf (_("%s–%s years"), min, max);
}

static void
print_ladder (PursuitContent *content,
              PursuitGuide   *guide,
              const char     *indent)
{
  g_autoptr(GPtrArray) levels = pursuit_guide_get_levels (guide);
  g_autofree char *inner = g_strconcat (indent, "   ", NULL);

  for (guint i = 0; i < levels->len; i++)
    {
      PursuitContentNode *level = g_ptr_array_index (levels, i);
      PursuitContentNode *focus = pursuit_content_node_get_child (level, "focus");
      const char *scope = pursuit_content_node_get_child_text (level, "scope");
      g_autofree char *years = describe_years (level);
      g_autofree char *number = g_strdup_printf ("%s%u. ", indent, i + 1);
      g_autofree char *heading = years != NULL
        ? g_strdup_printf ("%s (%s)", pursuit_content_node_get_child_text (level, "title"), years)
        : g_strdup (pursuit_content_node_get_child_text (level, "title"));

      print_wrapped (heading, number, inner);
      if (scope != NULL)
        print_wrapped (scope, inner, inner);
      if (focus != NULL && focus->children->len > 0)
        print_list (content, focus, inner);
      else
        g_print ("\n");
    }
}

static void
print_term (PursuitContent     *content,
            PursuitGuide       *guide,
            PursuitContentNode *term,
            const char         *indent)
{
  g_autofree char *first = g_strconcat (indent, "▸ ", NULL);
  g_autofree char *inner = g_strconcat (indent, "  ", NULL);

  print_wrapped (pursuit_content_node_get_child_text (term, "name"), first, inner);
  print_blocks (content, guide, term, inner);
}

static void
print_blocks (PursuitContent     *content,
              PursuitGuide       *guide,
              PursuitContentNode *parent,
              const char         *indent)
{
  for (guint i = 0; i < parent->children->len; i++)
    {
      PursuitContentNode *block = g_ptr_array_index (parent->children, i);

      if (g_str_equal (block->name, "title") || g_str_equal (block->name, "name"))
        continue;
      else if (g_str_equal (block->name, "list"))
        print_list (content, block, indent);
      else if (g_str_equal (block->name, "table"))
        print_content_table (content, block, indent);
      else if (g_str_equal (block->name, "term"))
        print_term (content, guide, block, indent);
      else if (g_str_equal (block->name, "salary-table"))
        print_salary_table (content, block, indent);
      else if (g_str_equal (block->name, "ladder-ref"))
        print_ladder (content, guide, indent);
      else if (g_str_equal (block->name, "subsection"))
        {
          print_heading (pursuit_content_node_get_child_text (block, "title"), "-");
          print_blocks (content, guide, block, indent);
        }
      else if (block->text != NULL && block->text[0] != '\0')
        print_paragraph (content, block, indent);
    }
}

static void
print_faq (PursuitContent *content,
           PursuitGuide   *guide)
{
  g_autoptr(GPtrArray) entries = pursuit_guide_get_faq (guide);

  print_heading (_("Frequently asked questions"), "=");
  for (guint i = 0; i < entries->len; i++)
    {
      PursuitContentNode *entry = g_ptr_array_index (entries, i);
      PursuitContentNode *answer = pursuit_content_node_get_child (entry, "answer");

      print_wrapped (pursuit_content_node_get_child_text (entry, "question"), "▸ ", "  ");
      if (answer != NULL)
        print_blocks (content, guide, answer, "  ");
    }
}

/* Sections, then subsections: by id, or by the end of the id ("salary"). */
static PursuitContentNode *
find_section (PursuitGuide *guide,
              const char   *wanted)
{
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autofree char *suffix = g_strconcat ("-", wanted, NULL);

  g_ptr_array_extend (candidates, sections, NULL, NULL);
  for (guint i = 0; i < sections->len; i++)
    {
      g_autoptr(GPtrArray) subsections = pursuit_content_node_get_children_named (g_ptr_array_index (sections, i),
                                                                                  "subsection");

      g_ptr_array_extend (candidates, subsections, NULL, NULL);
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      if (g_strcmp0 (pursuit_content_node_get_attribute (g_ptr_array_index (candidates, i), "id"), wanted) == 0)
        return g_ptr_array_index (candidates, i);
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      const char *id = pursuit_content_node_get_attribute (g_ptr_array_index (candidates, i), "id");

      if (id != NULL && g_str_has_suffix (id, suffix))
        return g_ptr_array_index (candidates, i);
    }
  return NULL;
}

static char *
list_section_ids (PursuitGuide *guide)
{
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < sections->len; i++)
    g_ptr_array_add (ids, (gpointer) pursuit_content_node_get_attribute (g_ptr_array_index (sections, i), "id"));
  g_ptr_array_add (ids, "faq");
  g_ptr_array_add (ids, "ladder");
  return join_strings (ids, ", ");
}

static void
print_guide_overview (PursuitContent *content,
                      PursuitGuide   *guide)
{
  g_autoptr(GPtrArray) facts = pursuit_guide_get_facts (guide);
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
  g_autoptr(GPtrArray) faq = pursuit_guide_get_faq (guide);
  g_autoptr(GPtrArray) levels = pursuit_guide_get_levels (guide);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *hint = NULL;

  print_heading (pursuit_guide_get_title (guide), "=");
  print_wrapped (pursuit_guide_get_summary (guide), "", "");
  g_print ("\n");

  if (facts->len > 0)
    {
      print_heading (_("Key facts"), "-");
      for (guint i = 0; i < facts->len; i++)
        {
          PursuitContentNode *fact = g_ptr_array_index (facts, i);
          /* Translators: a key fact of a role guide: "Median pay: $39,120 a year" */
          g_autofree char *line = g_strdup_printf (_("%s: %s"),
                                                   pursuit_content_node_get_child_text (fact, "label"),
                                                   pursuit_content_node_get_child_text (fact, "value"));

          print_wrapped (line, "• ", "  ");
          print_sources (content, "", pursuit_content_node_get_attribute (fact, "source"));
        }
      g_print ("\n");
    }

  for (guint i = 0; i < sections->len; i++)
    {
      PursuitContentNode *section = g_ptr_array_index (sections, i);
      g_autoptr(GPtrArray) subsections = pursuit_content_node_get_children_named (section, "subsection");
      const char *row[] = {
        pursuit_content_node_get_attribute (section, "id"),
        pursuit_content_node_get_child_text (section, "title"),
        NULL
      };

      g_ptr_array_add (rows, g_strdupv ((char **) row));
      for (guint j = 0; j < subsections->len; j++)
        {
          PursuitContentNode *subsection = g_ptr_array_index (subsections, j);
          g_autofree char *id = g_strconcat ("  ", pursuit_content_node_get_attribute (subsection, "id"), NULL);
          const char *subrow[] = { id, pursuit_content_node_get_child_text (subsection, "title"), NULL };

          g_ptr_array_add (rows, g_strdupv ((char **) subrow));
        }
    }
  if (faq->len > 0)
    {
      const char *row[] = { "faq", _("Frequently asked questions"), NULL };

      g_ptr_array_add (rows, g_strdupv ((char **) row));
    }
  if (levels->len > 0)
    {
      const char *row[] = { "ladder", _("Career ladder"), NULL };

      g_ptr_array_add (rows, g_strdupv ((char **) row));
    }

  print_heading (_("Sections"), "-");
  print_table ("", NULL, rows, TEXT_WIDTH);
  g_print ("\n");

  hint = g_strdup_printf (_("Show a section with “pursuit-cli guide %s SECTION”. SECTION is an id from the list or its last part, such as “salary”."),
                          pursuit_guide_get_id (guide));
  print_wrapped (hint, "", "");
}

/* Listings print JSON or a table of the same rows. */
static int
finish_listing (JsonBuilder  *builder,
                gboolean      as_json,
                const char  **header,
                GPtrArray    *rows)
{
  if (as_json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      print_json (root);
      return 0;
    }

  print_table ("", (char **) header, rows, 0);
  return 0;
}

static int
command_guides (PursuitContent  *content,
                int              argc,
                char           **argv)
{
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON instead of a table"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  GListModel *guides = pursuit_content_get_guides (content);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *header[] = { _("ID"), _("Depth"), _("Title"), _("Sections"), NULL };

  g_option_context_set_summary (context, _("List the role guides."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (argc != 1)
    {
      g_printerr ("pursuit-cli: %s\n", _("guides takes no arguments; show one guide with “pursuit-cli guide ID”"));
      return 2;
    }

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (guides); i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);
      g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
      g_autoptr(GPtrArray) levels = pursuit_guide_get_levels (guide);
      g_autoptr(GPtrArray) faq = pursuit_guide_get_faq (guide);
      const char *depth = pursuit_guide_is_full (guide) ? "full" : "short";
      g_autofree char *n_sections = g_strdup_printf ("%u", sections->len);
      const char *row[] = { pursuit_guide_get_id (guide), depth, pursuit_guide_get_title (guide), n_sections, NULL };

      g_ptr_array_add (rows, g_strdupv ((char **) row));

      json_builder_begin_object (builder);
      add_string_member (builder, "id", pursuit_guide_get_id (guide));
      add_string_member (builder, "depth", depth);
      add_string_member (builder, "title", pursuit_guide_get_title (guide));
      add_string_member (builder, "summary", pursuit_guide_get_summary (guide));
      add_number_member (builder, "sections", sections->len);
      add_number_member (builder, "levels", levels->len);
      add_number_member (builder, "faq", faq->len);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return finish_listing (builder, as_json, header, rows);
}

static int
command_guide (PursuitContent  *content,
               int              argc,
               char           **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("GUIDE [SECTION]"));
  PursuitGuide *guide;
  PursuitContentNode *section;

  g_option_context_set_summary (context,
                                _("Show a role guide, or one of its sections. SECTION is a section id "
                                  "or its last part (“salary”), “faq” or “ladder”."));
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (argc < 2 || argc > 3)
    {
      g_printerr ("pursuit-cli: %s\n", _("guide needs a guide id and, optionally, a section"));
      return 2;
    }

  guide = pursuit_content_find_guide (content, argv[1]);
  if (guide == NULL)
    {
      g_autofree char *known = list_guide_ids (content);

      g_printerr ("pursuit-cli: ");
      g_printerr (_("no guide “%s”; the guides are: %s"), argv[1], known);
      g_printerr ("\n");
      return 1;
    }

  if (argc == 2)
    {
      print_guide_overview (content, guide);
      return 0;
    }

  if (g_str_equal (argv[2], "faq"))
    {
      print_faq (content, guide);
      return 0;
    }

  if (g_str_equal (argv[2], "ladder"))
    {
      print_heading (_("Career ladder"), "=");
      print_ladder (content, guide, "");
      return 0;
    }

  section = find_section (guide, argv[2]);
  if (section == NULL)
    {
      g_autofree char *known = list_section_ids (guide);

      g_printerr ("pursuit-cli: ");
      g_printerr (_("the guide “%s” has no section “%s”; its sections are: %s"), argv[1], argv[2], known);
      g_printerr ("\n");
      return 1;
    }

  print_heading (pursuit_content_node_get_child_text (section, "title"),
                 g_str_equal (section->name, "section") ? "=" : "-");
  print_blocks (content, guide, section, "");
  return 0;
}

static void
add_question_to_json (JsonBuilder     *builder,
                      PursuitQuestion *question)
{
  g_auto(GStrv) roles = pursuit_question_get_roles (question);
  g_auto(GStrv) competencies = pursuit_question_get_competencies (question);
  g_autoptr(GPtrArray) covers = pursuit_question_get_covers (question);
  g_autoptr(GPtrArray) outline = pursuit_question_get_outline (question);
  g_autoptr(GPtrArray) followups = pursuit_question_get_followups (question);

  json_builder_begin_object (builder);
  add_string_member (builder, "id", pursuit_question_get_id (question));
  add_strv_member (builder, "roles", (const char * const *) roles);
  add_string_member (builder, "category", pursuit_question_get_category (question));
  add_strv_member (builder, "competencies", (const char * const *) competencies);
  add_number_member (builder, "difficulty", pursuit_question_get_difficulty (question));
  add_string_member (builder, "text", pursuit_question_get_text (question));
  add_string_member (builder, "why", pursuit_question_get_why (question));
  add_texts_member (builder, "covers", covers);
  json_builder_set_member_name (builder, "outline");
  json_builder_begin_array (builder);
  for (guint i = 0; i < outline->len; i++)
    {
      PursuitContentNode *step = g_ptr_array_index (outline, i);

      json_builder_begin_object (builder);
      add_string_member (builder, "label", pursuit_content_node_get_attribute (step, "label"));
      add_string_member (builder, "text", step->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_texts_member (builder, "followups", followups);
  json_builder_end_object (builder);
}

static int
command_questions (PursuitContent  *content,
                   int              argc,
                   char           **argv)
{
  g_autofree char *role = NULL;
  g_autofree char *category = NULL;
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "role", 'r', 0, G_OPTION_ARG_STRING, &role, N_("Only questions for this role (a guide id)"), N_("ROLE") },
    { "category", 'c', 0, G_OPTION_ARG_STRING, &category, N_("Only questions of this category"), N_("CATEGORY") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON with every field"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  GListModel *questions = pursuit_content_get_questions (content);
  GPtrArray *categories = pursuit_content_get_categories (content);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *header[] = { _("ID"), _("Category"), _("Difficulty"), _("Question"), NULL };

  g_option_context_set_summary (context, _("List the interview questions."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (!check_role (content, role))
    return 2;

  if (category != NULL)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();
      g_autofree char *known = NULL;

      for (guint i = 0; i < categories->len; i++)
        g_ptr_array_add (ids, (gpointer) pursuit_content_node_get_attribute (g_ptr_array_index (categories, i), "id"));
      if (!g_ptr_array_find_with_equal_func (ids, category, g_str_equal, NULL))
        {
          known = join_strings (ids, ", ");
          g_printerr ("pursuit-cli: ");
          g_printerr (_("unknown category “%s”; the categories are: %s"), category, known);
          g_printerr ("\n");
          return 2;
        }
    }

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(PursuitQuestion) question = g_list_model_get_item (questions, i);
      g_autofree char *difficulty = NULL;

      if ((role != NULL && !pursuit_question_has_role (question, role)) ||
          (category != NULL && g_strcmp0 (pursuit_question_get_category (question), category) != 0))
        continue;

      add_question_to_json (builder, question);

      difficulty = g_strdup_printf ("%d", pursuit_question_get_difficulty (question));
      {
        const char *row[] = {
          pursuit_question_get_id (question), pursuit_question_get_category (question),
          difficulty, pursuit_question_get_text (question), NULL
        };

        g_ptr_array_add (rows, g_strdupv ((char **) row));
      }
    }
  json_builder_end_array (builder);

  if (as_json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      print_json (root);
      return 0;
    }

  if (rows->len == 0)
    {
      g_print ("%s\n", _("No questions match."));
      return 0;
    }

  print_table ("", (char **) header, rows, 0);
  return 0;
}

static void
add_record_to_json (JsonBuilder         *builder,
                    PursuitSalaryRecord *record)
{
  json_builder_begin_object (builder);
  add_string_member (builder, "id", record->id);
  add_string_member (builder, "role", record->role);
  add_string_member (builder, "level", record->level);
  add_string_member (builder, "experience", record->experience);
  add_string_member (builder, "country", record->country);
  add_string_member (builder, "area", record->area);
  add_string_member (builder, "industry", record->industry);
  add_string_member (builder, "statistic", record->statistic);
  add_string_member (builder, "currency", record->currency);
  add_string_member (builder, "period", record->period);
  add_number_member (builder, "value", record->value);
  if (record->usd >= 0)
    add_number_member (builder, "usd", record->usd);
  else
    add_string_member (builder, "usd", NULL);
  add_string_member (builder, "source", record->source);
  add_number_member (builder, "year", record->year);
  add_string_member (builder, "note", record->note);
  json_builder_end_object (builder);
}

static int
command_salaries (PursuitContent  *content,
                  int              argc,
                  char           **argv)
{
  g_autofree char *role = NULL;
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "role", 'r', 0, G_OPTION_ARG_STRING, &role, N_("Only figures for this role (a guide id)"), N_("ROLE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON with the raw fields"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  GPtrArray *records = pursuit_content_get_salary_records (content);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *header[] = {
    _("Role"), _("For"), _("Figure"), _("Pay"), _("In US dollars"), _("Source"), _("Year"), _("Note"), NULL
  };

  g_option_context_set_summary (context, _("List the salary figures, each with its source."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (!check_role (content, role))
    return 2;

  json_builder_begin_array (builder);
  for (guint i = 0; i < records->len; i++)
    {
      PursuitSalaryRecord *record = g_ptr_array_index (records, i);
      g_autofree char *scope = NULL;
      g_autofree char *pay = NULL;
      g_autofree char *usd = NULL;
      g_autofree char *citation = NULL;
      g_autofree char *year = NULL;

      if (role != NULL && g_strcmp0 (record->role, role) != 0)
        continue;

      add_record_to_json (builder, record);

      scope = pursuit_content_describe_salary_place (content, record);
      pay = pursuit_content_format_pay (record);
      usd = format_usd (record);
      citation = pursuit_content_format_sources (content, record->source);
      year = g_strdup_printf ("%d", record->year);
      {
        const char *row[] = {
          pursuit_content_get_name (content, record->role), scope, pursuit_salary_statistic_get_name (record->statistic),
          pay, usd, citation != NULL ? citation : "", year, record->note != NULL ? record->note : "", NULL
        };

        g_ptr_array_add (rows, g_strdupv ((char **) row));
      }
    }
  json_builder_end_array (builder);
  return finish_listing (builder, as_json, header, rows);
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

static const struct
{
  const char *name;
  ContentCommandFunc func;
  const char *summary;
} content_commands[] = {
  { "guides", command_guides, N_("List the role guides (--json for JSON)") },
  { "guide", command_guide, N_("Show a role guide, or one section of it") },
  { "questions", command_questions, N_("List interview questions (--role, --category, --json)") },
  { "salaries", command_salaries, N_("List salary figures with their sources (--role, --json)") },
};

static void
print_usage (void)
{
  g_print ("%s\n\n", _("Usage: pursuit-cli [--database PATH] COMMAND [OPTION…]"));
  g_print ("%s\n", _("Commands for your jobs:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-10s %s\n", commands[i].name, _(commands[i].summary));
  g_print ("\n%s\n", _("Commands for guides, interview questions and salaries (no database needed):"));
  for (guint i = 0; i < G_N_ELEMENTS (content_commands); i++)
    g_print ("  %-10s %s\n", content_commands[i].name, _(content_commands[i].summary));
  g_print ("\n%s\n", _("Run “pursuit-cli COMMAND --help” for a command’s options."));
}

/* Lets a command's option parser see "pursuit-cli COMMAND" as its program. */
static void
name_command (char       **argv,
              const char  *name)
{
  argv[1] = g_strdup_printf ("%s %s", g_get_prgname () ? g_get_prgname () : "pursuit-cli", name);
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

  /* Content commands come first: they must work without a database. */
  for (guint i = 0; i < G_N_ELEMENTS (content_commands); i++)
    {
      g_autoptr(PursuitContent) content = NULL;

      if (!g_str_equal (argv[1], content_commands[i].name))
        continue;

      content = pursuit_content_new_from_resource (NULL, &error);
      if (content == NULL)
        {
          print_error (_("Could not load the guides"), error);
          return 1;
        }

      name_command (argv, content_commands[i].name);
      return content_commands[i].func (content, argc - 1, argv + 1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_str_equal (argv[1], commands[i].name))
        continue;

      path = database_path != NULL ? g_strdup (database_path) : pursuit_repository_get_default_path ();
      /* Only "add" may create a database: a mistyped --database path for
       * anything else says so instead of leaving an empty file behind. */
      if (!g_str_equal (commands[i].name, "add") && !g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_printerr ("pursuit-cli: %s\n", _("There is no database at that path. Add a job first, or check --database."));
          g_printerr ("  %s\n", path);
          return 1;
        }

      repository = pursuit_repository_open (path, &error);
      if (repository == NULL)
        {
          print_error (_("Could not open the database"), error);
          return 1;
        }

      name_command (argv, commands[i].name);
      return commands[i].func (repository, argc - 1, argv + 1);
    }

  g_printerr ("pursuit-cli: %s\n", _("unknown command"));
  print_usage ();
  return 2;
}
