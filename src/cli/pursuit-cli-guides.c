/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pursuit-cli-guide-text.h"
#include "pursuit-cli-input.h"
#include "pursuit-cli-output.h"
#include "pursuit-cli-private.h"

/* Guides, interview questions and salary figures
 *
 * These commands read the content compiled into the program and never touch
 * the jobs database. */


static void
add_texts_member (JsonBuilder *builder,
                  const char  *name,
                  GPtrArray   *nodes)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < nodes->len; i++)
    json_builder_add_string_value (builder, pursuit_content_node_get_text (g_ptr_array_index (nodes, i)));
  json_builder_end_array (builder);
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
  return pursuit_cli_join (ids, ", ");
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
  pursuit_cli_print_usage_error (_("unknown role “%s”; the roles are: %s"), role, known);
  return FALSE;
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
      pursuit_cli_print_json (builder);
      return PURSUIT_CLI_EXIT_OK;
    }

  pursuit_cli_print_table ("", (char **) header, rows, 0);
  return PURSUIT_CLI_EXIT_OK;
}

int
pursuit_cli_command_guides (PursuitCli  *cli,
                            int          argc,
                            char       **argv)
{
  PursuitContent *content = cli->content;
  int status;
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
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 1)
    {
      pursuit_cli_print_usage_error ("%s", _("guides takes no arguments; show one guide with “pursuit-cli guide ID”"));
      return PURSUIT_CLI_EXIT_USAGE;
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
      pursuit_cli_json_add_string (builder, "id", pursuit_guide_get_id (guide));
      pursuit_cli_json_add_string (builder, "depth", depth);
      pursuit_cli_json_add_string (builder, "title", pursuit_guide_get_title (guide));
      pursuit_cli_json_add_string (builder, "summary", pursuit_guide_get_summary (guide));
      pursuit_cli_json_add_number (builder, "sections", sections->len);
      pursuit_cli_json_add_number (builder, "levels", levels->len);
      pursuit_cli_json_add_number (builder, "faq", faq->len);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return finish_listing (builder, as_json, header, rows);
}

int
pursuit_cli_command_guide (PursuitCli  *cli,
                           int          argc,
                           char       **argv)
{
  PursuitContent *content = cli->content;
  int status;
  g_autoptr(GOptionContext) context = g_option_context_new (_("GUIDE [SECTION]"));
  PursuitGuide *guide;

  g_option_context_set_summary (context,
                                _("Show a role guide, or one of its sections. SECTION is a section id "
                                  "or its last part (“salary”), “faq” or “ladder”."));
  if (!pursuit_cli_parse_options (context, NULL, &argc, &argv, &status))
    return status;

  if (argc < 2 || argc > 3)
    {
      pursuit_cli_print_usage_error ("%s", _("guide needs a guide id and, optionally, a section"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  guide = pursuit_content_find_guide (content, argv[1]);
  if (guide == NULL)
    {
      g_autofree char *known = list_guide_ids (content);

      pursuit_cli_print_usage_error (_("no guide “%s”; the guides are: %s"), argv[1], known);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (!pursuit_cli_print_guide (content, guide, argc == 3 ? argv[2] : NULL))
    {
      g_autofree char *known = pursuit_cli_list_section_ids (guide);

      pursuit_cli_print_usage_error (_("the guide “%s” has no section “%s”; its sections are: %s"), argv[1], argv[2], known);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  return PURSUIT_CLI_EXIT_OK;
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
  pursuit_cli_json_add_string (builder, "id", pursuit_question_get_id (question));
  pursuit_cli_json_add_strings (builder, "roles", (const char * const *) roles);
  pursuit_cli_json_add_string (builder, "category", pursuit_question_get_category (question));
  pursuit_cli_json_add_strings (builder, "competencies", (const char * const *) competencies);
  pursuit_cli_json_add_number (builder, "difficulty", pursuit_question_get_difficulty (question));
  pursuit_cli_json_add_string (builder, "text", pursuit_question_get_text (question));
  pursuit_cli_json_add_string (builder, "why", pursuit_question_get_why (question));
  add_texts_member (builder, "covers", covers);
  json_builder_set_member_name (builder, "outline");
  json_builder_begin_array (builder);
  for (guint i = 0; i < outline->len; i++)
    {
      PursuitContentNode *step = g_ptr_array_index (outline, i);

      json_builder_begin_object (builder);
      pursuit_cli_json_add_string (builder, "label", pursuit_content_node_get_attribute (step, "label"));
      pursuit_cli_json_add_string (builder, "text", pursuit_content_node_get_text (step));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_texts_member (builder, "followups", followups);
  json_builder_end_object (builder);
}

int
pursuit_cli_command_questions (PursuitCli  *cli,
                               int          argc,
                               char       **argv)
{
  PursuitContent *content = cli->content;
  int status;
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
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (!check_role (content, role))
    return PURSUIT_CLI_EXIT_USAGE;

  if (category != NULL)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();
      g_autofree char *known = NULL;

      for (guint i = 0; i < categories->len; i++)
        g_ptr_array_add (ids, (gpointer) pursuit_content_node_get_attribute (g_ptr_array_index (categories, i), "id"));
      if (!g_ptr_array_find_with_equal_func (ids, category, g_str_equal, NULL))
        {
          known = pursuit_cli_join (ids, ", ");
          pursuit_cli_print_usage_error (_("unknown category “%s”; the categories are: %s"), category, known);
          return PURSUIT_CLI_EXIT_USAGE;
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
      pursuit_cli_print_json (builder);
      return PURSUIT_CLI_EXIT_OK;
    }

  if (rows->len == 0)
    {
      g_print ("%s\n", _("No questions match."));
      return PURSUIT_CLI_EXIT_OK;
    }

  pursuit_cli_print_table ("", (char **) header, rows, 0);
  return PURSUIT_CLI_EXIT_OK;
}

static void
add_record_to_json (JsonBuilder         *builder,
                    PursuitSalaryRecord *record)
{
  json_builder_begin_object (builder);
  pursuit_cli_json_add_string (builder, "id", record->id);
  pursuit_cli_json_add_string (builder, "role", record->role);
  pursuit_cli_json_add_string (builder, "level", record->level);
  pursuit_cli_json_add_string (builder, "experience", record->experience);
  pursuit_cli_json_add_string (builder, "country", record->country);
  pursuit_cli_json_add_string (builder, "area", record->area);
  pursuit_cli_json_add_string (builder, "industry", record->industry);
  pursuit_cli_json_add_string (builder, "statistic", record->statistic);
  pursuit_cli_json_add_string (builder, "currency", record->currency);
  pursuit_cli_json_add_string (builder, "period", record->period);
  pursuit_cli_json_add_number (builder, "value", record->value);
  if (record->usd >= 0)
    pursuit_cli_json_add_number (builder, "usd", record->usd);
  else
    pursuit_cli_json_add_string (builder, "usd", NULL);
  pursuit_cli_json_add_string (builder, "source", record->source);
  pursuit_cli_json_add_number (builder, "year", record->year);
  pursuit_cli_json_add_string (builder, "note", record->note);
  json_builder_end_object (builder);
}

int
pursuit_cli_command_salaries (PursuitCli  *cli,
                              int          argc,
                              char       **argv)
{
  PursuitContent *content = cli->content;
  int status;
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
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (!check_role (content, role))
    return PURSUIT_CLI_EXIT_USAGE;

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
      usd = pursuit_cli_format_usd (record);
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

