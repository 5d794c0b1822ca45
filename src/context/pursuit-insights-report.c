/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>

#include <glib/gi18n-lib.h>

#include "pursuit-csv.h"
#include "pursuit-insights-report.h"

/* What Insights needs beyond the store's aggregates: how each job's
 * posted pay compares with its benchmark and which role it reads as (the
 * salary engine, which the store cannot see), and the words and the CSV of
 * the figures, the same for the view and pursuit-cli. */

/**
 * pursuit_insights_pay_of_job:
 * @role: (out) (optional): the role guide id @job reads as, or %NULL
 */
PursuitInsightsPay
pursuit_insights_pay_of_job (PursuitSalaryEngine            *engine,
                             const PursuitSalaryPreferences *preferences,
                             PursuitJob                     *job,
                             const char                    **role)
{
  PursuitSalaryQuery query;
  PursuitPay posted;
  PursuitSalaryPosition position;

  g_return_val_if_fail (PURSUIT_IS_SALARY_ENGINE (engine), PURSUIT_INSIGHTS_PAY_UNKNOWN);
  g_return_val_if_fail (PURSUIT_IS_JOB (job), PURSUIT_INSIGHTS_PAY_UNKNOWN);

  pursuit_salary_job_get_posted (job, &posted);
  pursuit_salary_job_get_query (job, preferences, &query);
  position = pursuit_salary_engine_position (engine, &query, &posted,
                                             preferences != NULL ? &preferences->assumptions : NULL, role);
  if (!pursuit_pay_has_figure (&posted))
    return PURSUIT_INSIGHTS_PAY_NONE;

  switch (position)
    {
    case PURSUIT_SALARY_POSITION_BELOW:
      return PURSUIT_INSIGHTS_PAY_BELOW;
    case PURSUIT_SALARY_POSITION_AROUND:
    case PURSUIT_SALARY_POSITION_INSIDE:
      return PURSUIT_INSIGHTS_PAY_AROUND;
    case PURSUIT_SALARY_POSITION_ABOVE:
      return PURSUIT_INSIGHTS_PAY_ABOVE;
    case PURSUIT_SALARY_POSITION_NOT_COMPARED:
    case PURSUIT_SALARY_POSITION_STARTS_BELOW:
    case PURSUIT_SALARY_POSITION_ENDS_ABOVE:
    case PURSUIT_SALARY_POSITION_SPANS:
    default:
      return PURSUIT_INSIGHTS_PAY_NOT_COMPARED;
    }
}

/**
 * pursuit_insights_tag_jobs:
 * @preferences: (nullable): %NULL for the defaults
 * @jobs: (element-type PursuitJob): the jobs to tag
 *
 * Returns: (transfer full) (element-type PursuitInsightsTag): a tag for
 *   each job, for PursuitInsightsQuery's tags
 */
GArray *
pursuit_insights_tag_jobs (PursuitSalaryEngine            *engine,
                           const PursuitSalaryPreferences *preferences,
                           GListModel                     *jobs)
{
  guint n;
  GArray *tags;

  g_return_val_if_fail (PURSUIT_IS_SALARY_ENGINE (engine), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (jobs), NULL);

  n = g_list_model_get_n_items (jobs);
  tags = g_array_sized_new (FALSE, FALSE, sizeof (PursuitInsightsTag), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);
      PursuitInsightsTag tag = { pursuit_job_get_id (job), PURSUIT_INSIGHTS_PAY_UNKNOWN, NULL };

      tag.pay = pursuit_insights_pay_of_job (engine, preferences, job, &tag.role);
      g_array_append_val (tags, tag);
    }
  return tags;
}

/* Bumped when pursuit_insights_pay_of_job() or the engine's rules change
 * within a version: the tags the database keeps are then worked out again. */
#define TAG_RULES 1

typedef struct
{
  PursuitSalaryEngine *engine;
  PursuitSalaryPreferences preferences;
  char *home_country;
} TaggerData;

static void
tagger_data_free (TaggerData *data)
{
  g_object_unref (data->engine);
  g_free (data->home_country);
  g_free (data);
}

static PursuitInsightsPay
tag_job (PursuitJob  *job,
         const char **role,
         gpointer     user_data)
{
  TaggerData *data = user_data;

  return pursuit_insights_pay_of_job (data->engine, &data->preferences, job, role);
}

/**
 * pursuit_insights_tagger_new_for_engine:
 * @preferences: (nullable): %NULL for the defaults
 *
 * The tagger of the Insights tags the database keeps: @engine with
 * @preferences as they are now (copied), and a fingerprint of the salary
 * content, this version's rules and the preferences, so the tags are
 * worked out again when any of them changes. The engine is used on the
 * store's worker thread.
 *
 * Returns: (transfer full): the tagger
 */
PursuitInsightsTagger *
pursuit_insights_tagger_new_for_engine (PursuitSalaryEngine            *engine,
                                        const PursuitSalaryPreferences *preferences)
{
  TaggerData *data;
  const PursuitPayAssumptions *assumptions;
  const char *home = preferences != NULL ? preferences->home_country : NULL;
  char numbers[4][G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *fingerprint = NULL;

  g_return_val_if_fail (PURSUIT_IS_SALARY_ENGINE (engine), NULL);

  data = g_new0 (TaggerData, 1);
  data->engine = g_object_ref (engine);
  if (preferences != NULL)
    data->preferences = *preferences;
  else
    pursuit_salary_preferences_init (&data->preferences);
  /* The locale's country, worked out here: setlocale() is not for the
   * worker thread, and the fingerprint must name the country used. */
  if (home == NULL || home[0] == '\0')
    home = pursuit_salary_default_home_country (setlocale (LC_MESSAGES, NULL));
  data->home_country = g_strdup (home);
  data->preferences.home_country = data->home_country;

  assumptions = &data->preferences.assumptions;
  fingerprint = g_strdup_printf ("rules %d; Pursuit %s; content %s; home %s; hours %s; days %s; weeks %s; months %s",
                                 TAG_RULES, PACKAGE_VERSION,
                                 pursuit_content_get_digest (pursuit_salary_engine_get_content (engine)),
                                 data->home_country != NULL ? data->home_country : "",
                                 g_ascii_dtostr (numbers[0], sizeof numbers[0], assumptions->hours_per_week),
                                 g_ascii_dtostr (numbers[1], sizeof numbers[1], assumptions->days_per_week),
                                 g_ascii_dtostr (numbers[2], sizeof numbers[2], assumptions->weeks_per_year),
                                 g_ascii_dtostr (numbers[3], sizeof numbers[3], assumptions->months_per_year));
  return pursuit_insights_tagger_new (fingerprint, tag_job, data, (GDestroyNotify) tagger_data_free);
}

const char *
pursuit_insights_pay_get_label (PursuitInsightsPay pay)
{
  switch (pay)
    {
    case PURSUIT_INSIGHTS_PAY_NONE:
      return _("No pay posted");
    case PURSUIT_INSIGHTS_PAY_NOT_COMPARED:
      return _("No benchmark to compare");
    case PURSUIT_INSIGHTS_PAY_BELOW:
      return _("Below the benchmark");
    case PURSUIT_INSIGHTS_PAY_AROUND:
      return _("Around the benchmark");
    case PURSUIT_INSIGHTS_PAY_ABOVE:
      return _("Above the benchmark");
    case PURSUIT_INSIGHTS_PAY_UNKNOWN:
    default:
      return _("Not known");
    }
}

/* The funnel's steps, 0 Applied … 4 Accepted: the stage kinds' names. */
const char *
pursuit_insights_step_get_label (guint step)
{
  g_return_val_if_fail (step < PURSUIT_INSIGHTS_N_STEPS, "");

  return pursuit_stage_kind_get_default_name (PURSUIT_STAGE_KIND_APPLIED + step);
}

const char *
pursuit_insights_breakdown_get_title (PursuitInsightsBreakdown breakdown)
{
  switch (breakdown)
    {
    case PURSUIT_INSIGHTS_BY_SOURCE:
      return _("By Source");
    case PURSUIT_INSIGHTS_BY_RESUME:
      return _("By Resume Sent");
    case PURSUIT_INSIGHTS_BY_PAY:
    case PURSUIT_INSIGHTS_N_BREAKDOWNS:
    default:
      return _("By Posted Pay");
    }
}

/* For CSV and JSON: "source", "resume", "pay". */
const char *
pursuit_insights_breakdown_get_id (PursuitInsightsBreakdown breakdown)
{
  static const char *ids[] = { "source", "resume", "pay" };

  g_return_val_if_fail (breakdown < PURSUIT_INSIGHTS_N_BREAKDOWNS, "");
  return ids[breakdown];
}

/**
 * pursuit_insights_get_breakdown:
 *
 * Returns: (transfer none) (element-type PursuitInsightsRow): its rows
 */
GPtrArray *
pursuit_insights_get_breakdown (PursuitInsights          *insights,
                                PursuitInsightsBreakdown  breakdown)
{
  g_return_val_if_fail (insights != NULL, NULL);

  switch (breakdown)
    {
    case PURSUIT_INSIGHTS_BY_SOURCE:
      return insights->by_source;
    case PURSUIT_INSIGHTS_BY_RESUME:
      return insights->by_resume;
    case PURSUIT_INSIGHTS_BY_PAY:
    case PURSUIT_INSIGHTS_N_BREAKDOWNS:
    default:
      return insights->by_pay;
    }
}

/* A group's name for people: the source, the resume, how the pay compared. */
char *
pursuit_insights_row_dup_name (const PursuitInsightsRow *row,
                               PursuitInsightsBreakdown  breakdown)
{
  g_return_val_if_fail (row != NULL, NULL);

  if (breakdown == PURSUIT_INSIGHTS_BY_PAY)
    return g_strdup (pursuit_insights_pay_get_label (row->pay));
  if (row->label != NULL)
    return g_strdup (row->label);
  return g_strdup (breakdown == PURSUIT_INSIGHTS_BY_SOURCE ? _("No source given") : _("No resume recorded"));
}

/* "4 days", "4.5 days", "1 day" */
char *
pursuit_insights_format_days (double days)
{
  double rounded = round (days * 10) / 10;

  if (rounded == floor (rounded))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%.0f day", "%.0f days", (gulong) rounded), rounded);
  /* Translators: a number of days with a decimal, "4.5 days" */
  return g_strdup_printf (_("%.1f days"), rounded);
}

/* "50%", or "—" when nothing was applied to */
char *
pursuit_insights_format_share (const PursuitInsightsRow *row,
                               guint                     count)
{
  g_return_val_if_fail (row != NULL, NULL);

  if (row->reached[0] == 0)
    return g_strdup ("—");
  /* Translators: a share, "50%" */
  return g_strdup_printf (_("%.0f%%"), pursuit_insights_row_get_rate (row, count) * 100);
}

static void
write_number (GPtrArray *fields,
              double     value,
              gboolean   known)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ptr_array_add (fields, known ? g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.4g", value)) : g_strdup (""));
}

static void
write_row (GString                  *out,
           const char               *breakdown,
           const char               *group,
           const PursuitInsightsRow *row)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  gboolean applied = row->reached[0] > 0;

  g_ptr_array_add (fields, g_strdup (breakdown));
  g_ptr_array_add (fields, g_strdup (group));
  g_ptr_array_add (fields, g_strdup_printf ("%u", row->jobs));
  for (guint i = 0; i < PURSUIT_INSIGHTS_N_STEPS; i++)
    g_ptr_array_add (fields, g_strdup_printf ("%u", row->reached[i]));
  g_ptr_array_add (fields, g_strdup_printf ("%u", row->responded));
  write_number (fields, pursuit_insights_row_get_rate (row, row->responded), applied);
  g_ptr_array_add (fields, g_strdup_printf ("%u", row->ghosted));
  write_number (fields, pursuit_insights_row_get_rate (row, row->ghosted), applied);
  g_ptr_array_add (fields, g_strdup_printf ("%u", row->timed));
  write_number (fields, row->median_days, row->timed > 0);
  write_number (fields, row->lower_quartile_days, row->timed > 0);
  write_number (fields, row->upper_quartile_days, row->timed > 0);
  pursuit_csv_write_record (out, (const char * const *) fields->pdata, fields->len, PURSUIT_CSV_WRITE_PROTECT_FORMULAS);
}

/**
 * pursuit_insights_to_csv:
 *
 * The figures as one CSV table for spreadsheets: a row for the whole
 * ("all"), one for each group of each breakdown, then one for each week
 * ("week", its Monday, the applications in the "applied" column). Shares
 * are fractions (0.5), times in days; a figure that cannot be known (a
 * share of nothing) is empty.
 *
 * Returns: (transfer full): the text, UTF-8 with a byte order mark
 */
char *
pursuit_insights_to_csv (PursuitInsights *insights)
{
  static const char * const header[] = {
    "breakdown", "group", "jobs", "applied", "screening", "interviewing", "offer", "accepted",
    "responded", "response_rate", "ghosted", "ghosted_share", "timed_responses", "median_days",
    "lower_quartile_days", "upper_quartile_days",
  };
  /* The byte order mark: Excel reads the text as UTF-8 only with it. */
  GString *out = g_string_new ("\xef\xbb\xbf");

  g_return_val_if_fail (insights != NULL, NULL);

  pursuit_csv_write_record (out, header, G_N_ELEMENTS (header), PURSUIT_CSV_WRITE_NONE);
  write_row (out, "all", "", &insights->total);
  for (PursuitInsightsBreakdown breakdown = 0; breakdown < PURSUIT_INSIGHTS_N_BREAKDOWNS; breakdown++)
    {
      GPtrArray *rows = pursuit_insights_get_breakdown (insights, breakdown);

      for (guint i = 0; i < rows->len; i++)
        {
          const PursuitInsightsRow *row = g_ptr_array_index (rows, i);
          g_autofree char *name = pursuit_insights_row_dup_name (row, breakdown);

          write_row (out, pursuit_insights_breakdown_get_id (breakdown), name, row);
        }
    }
  for (guint i = 0; i < insights->weeks->len; i++)
    {
      const PursuitInsightsWeek *week = &g_array_index (insights->weeks, PursuitInsightsWeek, i);
      g_autofree char *count = g_strdup_printf ("%u", week->applied);
      const char *fields[] = { "week", week->monday, "", count };

      pursuit_csv_write_record (out, fields, G_N_ELEMENTS (fields), PURSUIT_CSV_WRITE_NONE);
    }
  return g_string_free (out, FALSE);
}
