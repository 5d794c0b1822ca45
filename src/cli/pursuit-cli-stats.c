/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pursuit-cli-input.h"
#include "pursuit-cli-output.h"
#include "pursuit-cli-private.h"
#include "pursuit-insights-report.h"
#include "pursuit-repository-insights.h"

/* pursuit-cli stats: the Insights view's figures, from the same
 * repository function and with the same tags. */

static const char *pay_ids[] = { "unknown", "none", "not-compared", "below", "around", "above" };

/* A day as YYYY-MM-DD that exists */
static gboolean
read_day (const char *option,
          const char *text)
{
  int year, month, day;

  if (text == NULL)
    return TRUE;
  if (!g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", text, 0, 0) ||
      sscanf (text, "%d-%d-%d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    {
      pursuit_cli_print_option_error (option, _("Give a day as YYYY-MM-DD, such as 2026-03-01"));
      return FALSE;
    }
  return TRUE;
}

static void
add_figure (JsonBuilder *builder,
            const char  *name,
            double       value,
            gboolean     known)
{
  if (!known)
    {
      json_builder_set_member_name (builder, name);
      json_builder_add_null_value (builder);
      return;
    }
  pursuit_cli_json_add_number (builder, name, round (value * 10000) / 10000);
}

static void
add_row_json (JsonBuilder              *builder,
              const PursuitInsightsRow *row,
              PursuitInsightsBreakdown  breakdown,
              gboolean                  whole)
{
  static const char *steps[] = { "applied", "screening", "interviewing", "offer", "accepted" };
  gboolean applied = row->reached[0] > 0;

  json_builder_begin_object (builder);
  if (!whole)
    {
      json_builder_set_member_name (builder, "group");
      if (breakdown == PURSUIT_INSIGHTS_BY_PAY)
        json_builder_add_string_value (builder, pay_ids[row->pay]);
      else if (row->label != NULL)
        json_builder_add_string_value (builder, row->label);
      else
        json_builder_add_null_value (builder);
    }
  pursuit_cli_json_add_number (builder, "jobs", row->jobs);
  for (guint i = 0; i < PURSUIT_INSIGHTS_N_STEPS; i++)
    pursuit_cli_json_add_number (builder, steps[i], row->reached[i]);
  pursuit_cli_json_add_number (builder, "responded", row->responded);
  add_figure (builder, "response_rate", pursuit_insights_row_get_rate (row, row->responded), applied);
  pursuit_cli_json_add_number (builder, "ghosted", row->ghosted);
  add_figure (builder, "ghosted_share", pursuit_insights_row_get_rate (row, row->ghosted), applied);
  pursuit_cli_json_add_number (builder, "timed_responses", row->timed);
  add_figure (builder, "median_days", row->median_days, row->timed > 0);
  add_figure (builder, "lower_quartile_days", row->lower_quartile_days, row->timed > 0);
  add_figure (builder, "upper_quartile_days", row->upper_quartile_days, row->timed > 0);
  json_builder_end_object (builder);
}

static void
print_json (PursuitInsights *insights,
            int              ghost_days)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  pursuit_cli_json_add_number (builder, "ghost_days", ghost_days);
  json_builder_set_member_name (builder, "total");
  add_row_json (builder, &insights->total, PURSUIT_INSIGHTS_BY_SOURCE, TRUE);
  json_builder_set_member_name (builder, "weeks");
  json_builder_begin_array (builder);
  for (guint i = 0; i < insights->weeks->len; i++)
    {
      PursuitInsightsWeek *week = &g_array_index (insights->weeks, PursuitInsightsWeek, i);

      json_builder_begin_object (builder);
      pursuit_cli_json_add_string (builder, "monday", week->monday);
      pursuit_cli_json_add_number (builder, "applied", week->applied);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  for (PursuitInsightsBreakdown breakdown = 0; breakdown < PURSUIT_INSIGHTS_N_BREAKDOWNS; breakdown++)
    {
      GPtrArray *rows = pursuit_insights_get_breakdown (insights, breakdown);
      g_autofree char *name = g_strconcat ("by_", pursuit_insights_breakdown_get_id (breakdown), NULL);

      json_builder_set_member_name (builder, name);
      json_builder_begin_array (builder);
      for (guint i = 0; i < rows->len; i++)
        add_row_json (builder, g_ptr_array_index (rows, i), breakdown, FALSE);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
  pursuit_cli_print_json (builder);
}

static char *
median_text (const PursuitInsightsRow *row)
{
  return row->timed > 0 ? pursuit_insights_format_days (row->median_days) : g_strdup ("—");
}

static void
print_text (PursuitInsights *insights,
            int              ghost_days)
{
  const PursuitInsightsRow *total = &insights->total;
  g_autofree char *jobs = g_strdup_printf ("%u", total->jobs);
  g_autofree char *applied = g_strdup_printf ("%u", total->reached[0]);
  g_autofree char *response_share = pursuit_insights_format_share (total, total->responded);
  g_autofree char *ghosted_share = pursuit_insights_format_share (total, total->ghosted);
  g_autofree char *response = g_strdup_printf (_("%s (%u moved on to Screening or further)"), response_share,
                                               total->responded);
  g_autofree char *ghosted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "%s (%u: marked Ghosted, or at Applied with no move for %d day)",
                                                           "%s (%u: marked Ghosted, or at Applied with no move for %d days)",
                                                           ghost_days),
                                              ghosted_share, total->ghosted, ghost_days);
  g_autofree char *answer = NULL;
  g_autoptr(GPtrArray) funnel = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  if (total->timed > 0)
    {
      g_autofree char *median = pursuit_insights_format_days (total->median_days);
      g_autofree char *low = pursuit_insights_format_days (total->lower_quartile_days);
      g_autofree char *high = pursuit_insights_format_days (total->upper_quartile_days);

      answer = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "median %s, half %s to %s (%u answer)",
                                             "median %s, half %s to %s (%u answers)", total->timed),
                                median, low, high, total->timed);
    }
  else
    answer = g_strdup (_("no answer with a known date yet"));

  pursuit_cli_print_field (_("Jobs tracked"), jobs);
  pursuit_cli_print_field (_("Applied"), applied);
  pursuit_cli_print_field (_("Response rate"), response);
  pursuit_cli_print_field (_("First answer"), answer);
  pursuit_cli_print_field (_("Ghosted"), ghosted);

  g_print ("\n%s\n", _("Funnel"));
  for (guint i = 0; i < PURSUIT_INSIGHTS_N_STEPS; i++)
    {
      char **cells = g_new0 (char *, 4);

      cells[0] = g_strdup (pursuit_insights_step_get_label (i));
      cells[1] = g_strdup_printf ("%u", total->reached[i]);
      cells[2] = pursuit_insights_format_share (total, total->reached[i]);
      g_ptr_array_add (funnel, cells);
    }
  pursuit_cli_print_table ("  ", NULL, funnel, 0);

  if (insights->weeks->len > 0)
    {
      g_autoptr(GPtrArray) weeks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      char *header[] = { _("Week of"), _("Applied"), NULL };

      g_print ("\n%s\n", _("Applications per week"));
      for (guint i = 0; i < insights->weeks->len; i++)
        {
          PursuitInsightsWeek *week = &g_array_index (insights->weeks, PursuitInsightsWeek, i);
          char **cells = g_new0 (char *, 3);

          cells[0] = g_strdup (week->monday);
          cells[1] = g_strdup_printf ("%u", week->applied);
          g_ptr_array_add (weeks, cells);
        }
      pursuit_cli_print_table ("  ", header, weeks, 0);
    }

  for (PursuitInsightsBreakdown breakdown = 0; breakdown < PURSUIT_INSIGHTS_N_BREAKDOWNS; breakdown++)
    {
      GPtrArray *rows = pursuit_insights_get_breakdown (insights, breakdown);
      g_autoptr(GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      char *header[] = { _("Group"), _("Jobs"), _("Applied"), _("Answered"), _("Ghosted"), _("Median"), NULL };

      if (rows->len == 0)
        continue;
      g_print ("\n%s\n", pursuit_insights_breakdown_get_title (breakdown));
      for (guint i = 0; i < rows->len; i++)
        {
          const PursuitInsightsRow *row = g_ptr_array_index (rows, i);
          char **cells = g_new0 (char *, 7);

          cells[0] = pursuit_insights_row_dup_name (row, breakdown);
          cells[1] = g_strdup_printf ("%u", row->jobs);
          cells[2] = g_strdup_printf ("%u", row->reached[0]);
          cells[3] = pursuit_insights_format_share (row, row->responded);
          cells[4] = pursuit_insights_format_share (row, row->ghosted);
          cells[5] = median_text (row);
          g_ptr_array_add (table, cells);
        }
      pursuit_cli_print_table ("  ", header, table, PURSUIT_CLI_TEXT_WIDTH);
    }
}

int
pursuit_cli_command_stats (PursuitCli  *cli,
                           int          argc,
                           char       **argv)
{
  gboolean as_json = FALSE;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  g_autofree char *role = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { "since", 0, 0, G_OPTION_ARG_STRING, &since, N_("Only jobs applied to on or after this day"), N_("YYYY-MM-DD") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until, N_("Only jobs applied to on or before this day"), N_("YYYY-MM-DD") },
    { "role", 0, 0, G_OPTION_ARG_STRING, &role, N_("Only jobs whose title reads as this role guide"), N_("ROLE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PursuitInsightsTagger) tagger = NULL;
  g_autoptr(PursuitInsights) insights = NULL;
  g_autoptr(GError) error = NULL;
  PursuitInsightsQuery query = { NULL, NULL, NULL, NULL, 0, g_get_real_time () / G_USEC_PER_SEC, NULL };
  int status;

  g_option_context_set_summary (context,
                                _("How the search is going: how many jobs reached each stage, the share of "
                                  "applications answered and how fast, those with no answer, applications per "
                                  "week, and the same by source, by resume version sent and by how the posted "
                                  "pay compares with its benchmark."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc > 1)
    {
      pursuit_cli_print_usage_error ("%s", _("stats takes no arguments"));
      return PURSUIT_CLI_EXIT_USAGE;
    }
  if (!read_day ("--since", since) || !read_day ("--until", until))
    return PURSUIT_CLI_EXIT_FAILED;

  /* The tags the database keeps, brought up to date by the computing. */
  tagger = pursuit_cli_make_insights_tagger (cli->content);

  if (role != NULL)
    {
      g_autoptr(PursuitSalaryEngine) engine = pursuit_salary_engine_new (cli->content);
      g_autoptr(GPtrArray) roles = pursuit_salary_engine_list_roles (engine);
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();
      const char *found = NULL;

      for (guint i = 0; i < roles->len; i++)
        {
          PursuitSalaryOption *option = g_ptr_array_index (roles, i);

          g_ptr_array_add (ids, (gpointer) option->id);
          if (g_str_equal (option->id, role))
            found = option->id;
        }
      if (found == NULL)
        {
          g_autofree char *known = NULL;

          g_ptr_array_add (ids, NULL);
          known = g_strjoinv (", ", (char **) ids->pdata);
          pursuit_cli_print_option_error ("--role", known);
          return PURSUIT_CLI_EXIT_FAILED;
        }
      query.role = found;
    }

  query.since = since;
  query.until = until;
  query.tagger = tagger;
  query.ghost_days = pursuit_cli_get_attention_days ();
  insights = pursuit_repository_compute_insights (cli->repository, &query, &error);
  if (insights == NULL)
    {
      pursuit_cli_print_error (_("Could not work out the figures"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (as_json)
    print_json (insights, query.ghost_days);
  else
    print_text (insights, query.ghost_days);
  return PURSUIT_CLI_EXIT_OK;
}
