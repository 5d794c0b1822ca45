/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pursuit-cli-input.h"
#include "pursuit-cli-output.h"
#include "pursuit-cli-private.h"
#include "pursuit-insights-report.h"
#include "pursuit-job-format.h"
#include "pursuit-money.h"
#include "pursuit-salary.h"
#include "pursuit-validation.h"

/* Salary: a job's pay against the benchmarks (salary), pay text as the
 * parser reads it (parse-pay), and what add and update take for pay and
 * the benchmark choice (--pay, --offer, --benchmark-…). The salary engine
 * does the reading and the comparing; this file only asks and prints. */

#define LABEL_WIDTH 17

/* The words of the JSON, fixed whatever the language. */
static const char * const confidence_words[] = {
  [PURSUIT_SALARY_CONFIDENCE_NONE] = "none",
  [PURSUIT_SALARY_CONFIDENCE_GUESSED] = "guessed",
  [PURSUIT_SALARY_CONFIDENCE_CLOSE] = "close",
  [PURSUIT_SALARY_CONFIDENCE_EXACT] = "exact",
  [PURSUIT_SALARY_CONFIDENCE_CHOSEN] = "chosen",
};

static const char * const scope_words[] = {
  [PURSUIT_SALARY_SCOPE_LEVEL] = "level",
  [PURSUIT_SALARY_SCOPE_COUNTRY] = "country",
  [PURSUIT_SALARY_SCOPE_AREA] = "area",
  [PURSUIT_SALARY_SCOPE_STARTING] = "starting",
  [PURSUIT_SALARY_SCOPE_INDUSTRY] = "industry",
};

static const char * const position_words[] = {
  [PURSUIT_SALARY_POSITION_NOT_COMPARED] = "not-compared",
  [PURSUIT_SALARY_POSITION_BELOW] = "below",
  [PURSUIT_SALARY_POSITION_AROUND] = "around",
  [PURSUIT_SALARY_POSITION_ABOVE] = "above",
  [PURSUIT_SALARY_POSITION_INSIDE] = "inside",
  [PURSUIT_SALARY_POSITION_STARTS_BELOW] = "starts-below",
  [PURSUIT_SALARY_POSITION_ENDS_ABOVE] = "ends-above",
  [PURSUIT_SALARY_POSITION_SPANS] = "spans",
};

static const char *
word_of (const char * const *words,
         guint               n_words,
         guint               value)
{
  return value < n_words ? words[value] : NULL;
}

/* Reading what add, update and salary are given */

/**
 * pursuit_cli_read_country:
 * @option: the option that gave @text, named if it is refused
 * @code: (out) (transfer full): the code in capitals, "" for an empty @text
 *
 * Returns: whether @text is a country the salary engine knows; if not,
 *   the known codes were listed
 */
gboolean
pursuit_cli_read_country (const char  *option,
                          const char  *text,
                          char       **code)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *upper = g_ascii_strup (stripped, -1);

  if (upper[0] != '\0' && pursuit_salary_country_get_name (upper) == NULL)
    {
      g_auto(GStrv) codes = pursuit_salary_list_countries ();
      g_autofree char *known = g_strjoinv (", ", codes);
      /* Translators: %1$s is what the user typed, %2$s the codes known: "AE, AR, AT, …" */
      g_autofree char *message = g_strdup_printf (_("No country “%1$s” is known; give its ISO 3166 code, one of %2$s"),
                                                  stripped, known);

      pursuit_cli_print_option_error (option, message);
      return FALSE;
    }

  *code = g_steal_pointer (&upper);
  return TRUE;
}

/**
 * pursuit_cli_read_pay_text:
 * @group: the posted pay or the offer (pursuit_job_get_pay_groups())
 * @option: "--pay", named if @text is refused
 * @fields: (inout): gets the bits of the fields written
 *
 * Reads "$19–22 an hour" with pursuit_pay_parse() into @group's lowest
 * and highest figure, currency and period. A figure without a currency
 * takes the currency @group already has, else that of the posted pay; with
 * neither it is refused. Text that states no pay on purpose ("Competitive",
 * "DOE", "") clears the figures and the period.
 *
 * Returns: %PURSUIT_CLI_EXIT_OK, or %PURSUIT_CLI_EXIT_FAILED once the
 *   text was refused with @option named
 */
int
pursuit_cli_read_pay_text (PursuitJob             *job,
                           const PursuitPayFields *group,
                           const char             *option,
                           const char             *text,
                           PursuitJobFields       *fields)
{
  guint n_groups;
  const PursuitPayFields *posted = &pursuit_job_get_pay_groups (&n_groups)[0];
  const char *currency = pursuit_job_get_text (job, group->currency);
  PursuitParsedPay parsed;
  g_autoptr(GError) error = NULL;

  /* An offer is most likely in the currency of the pay posted. */
  if (currency[0] == '\0')
    currency = pursuit_job_get_text (job, posted->currency);

  if (!pursuit_pay_parse (text, currency[0] != '\0' ? currency : NULL, &parsed, &error))
    {
      pursuit_cli_print_option_error (option, error->message);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (parsed.kind == PURSUIT_PAY_TEXT_UNSTATED)
    {
      pursuit_job_set_amount (job, group->min, -1);
      pursuit_job_set_amount (job, group->max, -1);
      pursuit_job_set_number (job, group->period, PURSUIT_PAY_PERIOD_UNKNOWN);
      *fields |= PURSUIT_JOB_FIELD_BIT (group->min) | PURSUIT_JOB_FIELD_BIT (group->max) |
                 PURSUIT_JOB_FIELD_BIT (group->period);
      return PURSUIT_CLI_EXIT_OK;
    }

  if (parsed.currency[0] == '\0')
    {
      /* Translators: %s is an option, "--pay" */
      g_autofree char *message = g_strdup_printf (_("The pay names no currency; add one, as in %s '19 USD an hour'"),
                                                  option);

      pursuit_cli_print_option_error (option, message);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  pursuit_job_set_amount (job, group->min, parsed.min);
  pursuit_job_set_amount (job, group->max, parsed.max);
  pursuit_job_set_text (job, group->currency, parsed.currency);
  pursuit_job_set_number (job, group->period, parsed.period);
  *fields |= PURSUIT_JOB_FIELD_BIT (group->min) | PURSUIT_JOB_FIELD_BIT (group->max) |
             PURSUIT_JOB_FIELD_BIT (group->currency) | PURSUIT_JOB_FIELD_BIT (group->period);

  /* Saved, but said: a guess the user may want to correct. */
  if (parsed.period_guessed)
    {
      /* Translators: %s is a pay period, "year"; said when pay text names none */
      g_autofree char *message = g_strdup_printf (_("no period written; taken as pay per %s"),
                                                  pursuit_enum_get_nick (PURSUIT_TYPE_PAY_PERIOD, parsed.period));

      pursuit_cli_print_option_error (option, message);
    }
  return PURSUIT_CLI_EXIT_OK;
}

/* The ids of @options, which must outlive them. */
static GPtrArray *
option_ids (GPtrArray *options)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < options->len; i++)
    g_ptr_array_add (ids, (gpointer) ((PursuitSalaryOption *) g_ptr_array_index (options, i))->id);
  return ids;
}

/* The ladder levels of every role, or of the role @role_id, as the salary
 * engine offers them (the job page offers the same). */
static GPtrArray *
list_levels (PursuitSalaryEngine *engine,
             const char          *role_id)
{
  g_autoptr(GPtrArray) roles = pursuit_salary_engine_list_roles (engine);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < roles->len; i++)
    {
      const PursuitSalaryOption *role = g_ptr_array_index (roles, i);
      g_autoptr(GPtrArray) levels = NULL;

      if (role_id != NULL && !g_str_equal (role->id, role_id))
        continue;
      levels = pursuit_salary_engine_list_levels (engine, role->id);
      for (guint j = 0; j < levels->len; j++)
        g_ptr_array_add (ids, (gpointer) ((PursuitSalaryOption *) g_ptr_array_index (levels, j))->id);
    }
  return ids;
}

static char *
join_ids (GPtrArray *ids)
{
  return pursuit_cli_join (ids, ", ");
}

static gboolean
contains_id (GPtrArray  *ids,
             const char *id)
{
  for (guint i = 0; i < ids->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * pursuit_cli_check_benchmark_choice:
 * @given: the fields an option set
 *
 * When an option set the benchmark role or level, checks that the job's
 * role is a guide and its level one of that guide's (or of any guide, with
 * no role chosen). The engine would pass over an id it does not know; the
 * user would never learn why their choice did nothing.
 *
 * Returns: %PURSUIT_CLI_EXIT_OK, or %PURSUIT_CLI_EXIT_FAILED once the
 *   choice was refused with the ids that exist
 */
int
pursuit_cli_check_benchmark_choice (PursuitJob       *job,
                                    PursuitJobFields  given)
{
  const char *role = pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_ROLE);
  const char *level = pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_LEVEL);
  gboolean level_given = (given & PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_SALARY_LEVEL)) != 0;
  g_autoptr(PursuitContent) content = NULL;
  g_autoptr(PursuitSalaryEngine) engine = NULL;
  g_autoptr(GPtrArray) roles = NULL;
  g_autoptr(GPtrArray) role_ids = NULL;
  g_autoptr(GPtrArray) levels = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *known = NULL;
  g_autofree char *message = NULL;

  if ((given & (PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_SALARY_ROLE) |
                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_SALARY_LEVEL))) == 0)
    return PURSUIT_CLI_EXIT_OK;

  content = pursuit_content_new_from_resource (NULL, &error);
  if (content == NULL)
    {
      pursuit_cli_print_error (_("Could not load the guides"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  engine = pursuit_salary_engine_new (content);
  roles = pursuit_salary_engine_list_roles (engine);
  role_ids = option_ids (roles);
  if (role[0] != '\0' && !contains_id (role_ids, role))
    {
      known = join_ids (role_ids);
      /* Translators: %1$s is what the user typed, %2$s the role ids known */
      message = g_strdup_printf (_("No role guide “%1$s”; the roles are %2$s"), role, known);
      pursuit_cli_print_option_error ("--benchmark-role", message);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (level[0] == '\0')
    return PURSUIT_CLI_EXIT_OK;

  levels = list_levels (engine, role[0] != '\0' ? role : NULL);
  if (contains_id (levels, level))
    return PURSUIT_CLI_EXIT_OK;

  known = join_ids (levels);
  if (role[0] == '\0')
    /* Translators: %1$s is what the user typed, %2$s the level ids known */
    message = g_strdup_printf (_("No ladder level “%1$s”; the levels are %2$s"), level, known);
  else if (level_given)
    /* Translators: %1$s is a level id, %2$s a role, %3$s the role's level ids */
    message = g_strdup_printf (_("“%1$s” is not a level of %2$s; its levels are %3$s"), level,
                               pursuit_content_get_name (content, role), known);
  else
    /* Translators: %1$s is the level id the job has, %2$s a role, %3$s the role's level ids */
    message = g_strdup_printf (_("The job’s benchmark level “%1$s” is not a level of %2$s; give "
                                 "--benchmark-level too (\"\" for none), one of %3$s"), level,
                               pursuit_content_get_name (content, role), known);
  pursuit_cli_print_option_error (level_given ? "--benchmark-level" : "--benchmark-role", message);
  return PURSUIT_CLI_EXIT_FAILED;
}

/* Preferences */

/* The home country and the hours in a week, as Preferences keep them for
 * the app (when its settings are installed), unless an option says
 * otherwise. */
typedef struct
{
  PursuitSalaryPreferences preferences;
  char *home_country;         /* what preferences.home_country points to */
} SalarySettings;

static void
salary_settings_clear (SalarySettings *self)
{
  g_clear_pointer (&self->home_country, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SalarySettings, salary_settings_clear)

/**
 * read_salary_settings:
 * @home_country: (nullable): --home-country
 * @hours_per_week: (nullable): --hours-per-week
 *
 * Returns: %PURSUIT_CLI_EXIT_OK, or the exit status once an option was
 *   refused
 */
static int
read_salary_settings (const char     *home_country,
                      const char     *hours_per_week,
                      SalarySettings *self)
{
  static const char * const keys[] = { "home-country", "hours-per-week", NULL };
  g_autoptr(GSettings) settings = pursuit_cli_open_settings (keys);

  pursuit_salary_preferences_init (&self->preferences);
  if (settings != NULL)
    {
      self->home_country = g_settings_get_string (settings, "home-country");
      self->preferences.assumptions.hours_per_week = g_settings_get_double (settings, "hours-per-week");
    }

  if (home_country != NULL)
    {
      g_clear_pointer (&self->home_country, g_free);
      if (!pursuit_cli_read_country ("--home-country", home_country, &self->home_country))
        return PURSUIT_CLI_EXIT_FAILED;
    }

  if (hours_per_week != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (hours_per_week));
      char *end = NULL;
      double hours = g_ascii_strtod (stripped, &end);

      /* The range of the setting, which Preferences enforce. */
      if (stripped[0] == '\0' || *end != '\0' || !(hours >= 1 && hours <= 80))
        {
          pursuit_cli_print_option_error ("--hours-per-week", _("Give the hours worked in a week, from 1 to 80"));
          return PURSUIT_CLI_EXIT_FAILED;
        }
      self->preferences.assumptions.hours_per_week = hours;
    }

  self->preferences.home_country = self->home_country != NULL && self->home_country[0] != '\0'
                                   ? self->home_country : NULL;
  return PURSUIT_CLI_EXIT_OK;
}

/* The report as text */

/* "Label            text that wraps
 *                  under itself" */
static void
print_entry (const char *label,
             const char *text)
{
  g_autoptr(GString) prefix = g_string_new (label);
  g_autofree char *indent = g_strnfill (LABEL_WIDTH, ' ');

  if (text == NULL || text[0] == '\0')
    return;

  do
    g_string_append_c (prefix, ' ');
  while (pursuit_cli_text_width (prefix->str) < LABEL_WIDTH);
  pursuit_cli_print_wrapped (text, prefix->str, indent);
}

static void
print_heading (const char *title)
{
  g_print ("\n%s\n", title);
}

/* "Close match: Sr. Customer Support Rep → Senior Customer Service Specialist: …" */
static void
print_reason (const char              *label,
              PursuitSalaryConfidence  confidence,
              const char              *reason)
{
  g_autofree char *text = NULL;

  /* A choice's reason already says "chosen by you". */
  if (confidence == PURSUIT_SALARY_CONFIDENCE_CHOSEN)
    {
      print_entry (label, reason);
      return;
    }
  /* Translators: how sure a match is, then why: "Close match: Sr. Customer Support Rep → …" */
  text = g_strdup_printf (_("%s: %s"), pursuit_salary_confidence_get_label (confidence), reason != NULL ? reason : "");
  print_entry (label, text);
}

static void
print_match (PursuitContent     *content,
             PursuitJob         *job,
             PursuitSalaryMatch *match)
{
  print_entry (_("Role"), match->role != NULL ? pursuit_content_get_name (content, match->role) : _("None"));
  if (match->level != NULL)
    print_entry (_("Level"), pursuit_content_get_name (content, match->level));
  print_reason (_("Title match"), match->role_confidence, match->role_reason);

  if (match->country != NULL)
    {
      const char *name = pursuit_salary_country_get_name (match->country);
      g_autofree char *country = NULL;

      if (match->area != NULL)
        /* Translators: a country and its area of the world, "United States (North America)" */
        country = g_strdup_printf (_("%s (%s)"), name != NULL ? name : match->country,
                                   pursuit_content_get_name (content, match->area));
      print_entry (_("Country"), country != NULL ? country : name != NULL ? name : match->country);
    }
  else if (match->area != NULL)
    print_entry (_("Area"), pursuit_content_get_name (content, match->area));
  else
    print_entry (_("Country"), _("Unknown"));
  print_reason (_("Place match"), match->place_confidence, match->place_reason);

  if (match->industry != NULL || pursuit_job_get_industry (job)[0] != '\0')
    {
      print_entry (_("Industry"), match->industry != NULL ? pursuit_content_get_name (content, match->industry)
                                                          : _("None"));
      print_reason (_("Industry match"), match->industry_confidence, match->industry_reason);
    }
}

static char *
format_whole_money (double      amount,
                    const char *currency)
{
  return pursuit_format_money (round (amount), currency);
}

/* "$19.08 an hour (about $39,686 a year)", "$30,000–$60,000 a year" */
static char *
describe_figure (const PursuitSalaryBenchmark *benchmark)
{
  const PursuitSalaryRecord *record = benchmark->record;
  int period;
  g_autofree char *low = pursuit_format_money (record->value, record->currency);
  g_autofree char *high = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *figure = NULL;

  if (benchmark->record_high != NULL)
    {
      high = pursuit_format_money (benchmark->record_high->value, record->currency);
      /* Translators: a range of pay, "$38,500–$48,500" */
      amount = g_strdup_printf (_("%s–%s"), low, high);
    }
  else
    amount = g_steal_pointer (&low);

  if (!pursuit_enum_from_nick (PURSUIT_TYPE_PAY_PERIOD, record->period, &period))
    period = PURSUIT_PAY_PERIOD_UNKNOWN;
  figure = pursuit_format_per_period (amount, period);
  if (period == PURSUIT_PAY_PERIOD_YEAR || benchmark->annual < 0)
    return g_steal_pointer (&figure);

  g_clear_pointer (&low, g_free);
  g_clear_pointer (&high, g_free);
  g_clear_pointer (&amount, g_free);
  low = format_whole_money (benchmark->annual, record->currency);
  if (benchmark->annual_high >= 0)
    {
      high = format_whole_money (benchmark->annual_high, record->currency);
      amount = g_strdup_printf (_("%s–%s"), low, high);
    }
  else
    amount = g_steal_pointer (&low);

  /* Translators: a benchmark in its own period, then a year: "$19.08 an hour (about $39,686 a year)" */
  return g_strdup_printf (_("%s (about %s a year)"), figure, amount);
}

/* "posted pay 10% below", "offer inside", or %NULL when not compared */
static char *
describe_standing (const char                   *whose,
                   const PursuitSalaryStanding  *standing,
                   const PursuitSalaryBenchmark *benchmark)
{
  int percent = (int) round (fabs (standing->percent));
  g_autofree char *where = NULL;

  switch (standing->position)
    {
    case PURSUIT_SALARY_POSITION_BELOW:
      /* Translators: where pay stands against a benchmark */
      where = percent > 0 ? g_strdup_printf (_("%d%% below"), percent) : g_strdup (_("just below"));
      break;
    case PURSUIT_SALARY_POSITION_ABOVE:
      /* Translators: where pay stands against a benchmark */
      where = percent > 0 ? g_strdup_printf (_("%d%% above"), percent) : g_strdup (_("just above"));
      break;
    case PURSUIT_SALARY_POSITION_AROUND:
      /* Translators: where pay stands against a benchmark: within 5% of it */
      where = g_strdup (_("around it"));
      break;
    case PURSUIT_SALARY_POSITION_INSIDE:
      /* Translators: where pay stands against a range */
      where = g_strdup (_("inside it"));
      break;
    case PURSUIT_SALARY_POSITION_STARTS_BELOW:
      /* Translators: where pay stands against a range */
      where = g_strdup (_("starts below it"));
      break;
    case PURSUIT_SALARY_POSITION_ENDS_ABOVE:
      /* Translators: where pay stands against a range */
      where = g_strdup (_("ends above it"));
      break;
    case PURSUIT_SALARY_POSITION_SPANS:
      /* Translators: where pay stands against a range: it starts below and ends above it */
      where = g_strdup (_("spans it"));
      break;
    case PURSUIT_SALARY_POSITION_NOT_COMPARED:
    default:
      return NULL;
    }

  if (benchmark->via_source_usd)
    /* Translators: %1$s is "posted pay" or "offer", %2$s where it stands, %3$d the source's year */
    return g_strdup_printf (_("%1$s %2$s, by the source’s own %3$d conversion to US dollars"), whose, where,
                            benchmark->record->year);
  /* Translators: %1$s is "posted pay" or "offer", %2$s where it stands: "posted pay 10% below" */
  return g_strdup_printf (_("%1$s %2$s"), whose, where);
}

/* The citation, with the figure's year when the citation does not give it. */
static char *
describe_citation (const PursuitSalaryBenchmark *benchmark)
{
  g_autofree char *year = g_strdup_printf ("%d", benchmark->record->year);
  const char *citation = benchmark->citation != NULL ? benchmark->citation : benchmark->record->source;

  if (strstr (citation, year) != NULL)
    return g_strdup (citation);
  /* Translators: a source and the year of its figure, "Acme Survey (2024)" */
  return g_strdup_printf (_("%s (%s)"), citation, year);
}

static void
print_benchmarks (GPtrArray *benchmarks)
{
  print_heading (_("Benchmarks"));
  if (benchmarks->len == 0)
    {
      g_print ("  %s\n", _("None"));
      return;
    }

  for (guint i = 0; i < benchmarks->len; i++)
    {
      const PursuitSalaryBenchmark *benchmark = g_ptr_array_index (benchmarks, i);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *detail = NULL;
      char *posted = describe_standing (_("posted pay"), &benchmark->posted, benchmark);
      char *offer = describe_standing (_("offer"), &benchmark->offer, benchmark);

      g_ptr_array_add (parts, describe_figure (benchmark));
      g_ptr_array_add (parts, describe_citation (benchmark));
      if (posted != NULL)
        g_ptr_array_add (parts, posted);
      if (offer != NULL)
        g_ptr_array_add (parts, offer);
      /* Translators: the separator between a benchmark's figure, source and standings */
      detail = pursuit_cli_join (parts, _(" · "));

      pursuit_cli_print_wrapped (benchmark->label, "  ", "  ");
      pursuit_cli_print_wrapped (detail, "      ", "      ");
    }
}

/* The offer's base pay, bonuses and note, each when set. */
static void
print_offer_fields (PursuitJob *job)
{
  guint n_groups;
  const PursuitPayFields *group = &pursuit_job_get_pay_groups (&n_groups)[1];
  const char *currency = pursuit_job_get_text (job, group->currency);
  double sign_on = pursuit_job_get_amount (job, group->extras[0]);
  double bonus = pursuit_job_get_amount (job, group->extras[1]);
  g_autofree char *base = pursuit_job_format_pay_fields (job, group);
  g_autofree char *sign_on_text = sign_on >= 0 ? pursuit_format_money (sign_on, currency) : NULL;
  g_autofree char *bonus_text = bonus >= 0 ? pursuit_format_money (bonus, currency) : NULL;

  print_entry (_("Base pay"), base);
  print_entry (_("Sign-on bonus"), sign_on_text);
  print_entry (_("Annual bonus"), bonus_text);
  print_entry (_("Note"), pursuit_job_get_text (job, PURSUIT_JOB_FIELD_OFFER_NOTE));
}

static void
print_report (PursuitContent      *content,
              PursuitJob          *job,
              gboolean             saved,
              PursuitSalaryReport *report)
{
  g_autofree char *heading = saved ? pursuit_cli_describe_job (job) : g_strdup (pursuit_job_get_title (job));
  g_autofree char *pay = pursuit_job_format_pay (job);
  const char *offer_verdict = pursuit_salary_report_get_offer_verdict (report);
  PursuitSalaryOffer offer;

  g_print ("%s\n\n", heading);
  print_match (content, job, pursuit_salary_report_get_match (report));
  print_entry (_("Posted pay"), pay != NULL ? pay : _("None given"));
  if (pay != NULL)
    print_entry ("", pursuit_salary_report_get_conversion (report));

  print_benchmarks (pursuit_salary_report_get_benchmarks (report));

  print_heading (_("Verdict"));
  pursuit_cli_print_wrapped (pursuit_salary_report_get_verdict (report), "  ", "  ");

  if (pursuit_salary_job_get_offer (job, &offer))
    {
      print_heading (_("Offer"));
      print_offer_fields (job);
      if (offer_verdict != NULL)
        {
          g_print ("\n");
          pursuit_cli_print_wrapped (offer_verdict, "  ", "  ");
        }
    }
}

/* The report as JSON */

static void
add_word (JsonBuilder        *builder,
          const char         *name,
          const char * const *words,
          guint               n_words,
          guint               value)
{
  pursuit_cli_json_add_string (builder, name, word_of (words, n_words, value));
}

static void
add_match_json (JsonBuilder        *builder,
                PursuitSalaryMatch *match)
{
  json_builder_set_member_name (builder, "match");
  json_builder_begin_object (builder);
  pursuit_cli_json_add_string (builder, "role", match->role);
  pursuit_cli_json_add_string (builder, "level", match->level);
  pursuit_cli_json_add_string (builder, "country", match->country);
  pursuit_cli_json_add_string (builder, "area", match->area);
  add_word (builder, "confidence", confidence_words, G_N_ELEMENTS (confidence_words), match->role_confidence);
  pursuit_cli_json_add_string (builder, "reason", match->role_reason);
  add_word (builder, "place_confidence", confidence_words, G_N_ELEMENTS (confidence_words),
            match->place_confidence);
  pursuit_cli_json_add_string (builder, "place_reason", match->place_reason);
  pursuit_cli_json_add_string (builder, "industry", match->industry);
  add_word (builder, "industry_confidence", confidence_words, G_N_ELEMENTS (confidence_words),
            match->industry_confidence);
  pursuit_cli_json_add_string (builder, "industry_reason", match->industry_reason);
  json_builder_end_object (builder);
}

/* The figures as the job keeps them ("From $20": no highest figure), and
 * each a year as the engine made it; null for what is not there. */
static void
add_pay_members (JsonBuilder            *builder,
                 PursuitJob             *job,
                 const PursuitPayFields *group,
                 gboolean                annual,
                 double                  annual_low,
                 double                  annual_high)
{
  double min = pursuit_job_get_amount (job, group->min);
  double max = pursuit_job_get_amount (job, group->max);
  PursuitPayPeriod period = pursuit_job_get_number (job, group->period);

  pursuit_cli_json_add_amount (builder, "min", min);
  pursuit_cli_json_add_amount (builder, "max", max);
  pursuit_cli_json_add_text (builder, "currency", pursuit_job_get_text (job, group->currency));
  pursuit_cli_json_add_string (builder, "period",
                               period != PURSUIT_PAY_PERIOD_UNKNOWN
                               ? pursuit_enum_get_nick (PURSUIT_TYPE_PAY_PERIOD, period) : NULL);
  pursuit_cli_json_add_amount (builder, "annual_min", annual && min >= 0 ? annual_low : -1);
  pursuit_cli_json_add_amount (builder, "annual_max", annual && max >= 0 ? annual_high : -1);
}

static gboolean
group_has_figure (PursuitJob             *job,
                  const PursuitPayFields *group)
{
  return pursuit_job_get_amount (job, group->min) >= 0 || pursuit_job_get_amount (job, group->max) >= 0;
}

static void
add_pay_json (JsonBuilder         *builder,
              PursuitJob          *job,
              PursuitSalaryReport *report)
{
  guint n_groups;
  const PursuitPayFields *group = &pursuit_job_get_pay_groups (&n_groups)[0];
  double low, high;
  gboolean annual = pursuit_salary_report_get_posted_annual (report, &low, &high);

  json_builder_set_member_name (builder, "pay");
  if (!group_has_figure (job, group))
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  add_pay_members (builder, job, group, annual, low, high);
  json_builder_end_object (builder);
}

static void
add_offer_json (JsonBuilder         *builder,
                PursuitJob          *job,
                PursuitSalaryReport *report)
{
  guint n_groups;
  const PursuitPayFields *group = &pursuit_job_get_pay_groups (&n_groups)[1];
  PursuitSalaryOffer offer;
  double low, high;
  gboolean annual = pursuit_salary_report_get_offer_annual (report, &low, &high, NULL);

  json_builder_set_member_name (builder, "offer");
  if (!pursuit_salary_job_get_offer (job, &offer))
    {
      json_builder_add_null_value (builder);
      return;
    }
  json_builder_begin_object (builder);
  add_pay_members (builder, job, group, annual, low, high);
  pursuit_cli_json_add_amount (builder, "sign_on", pursuit_job_get_amount (job, group->extras[0]));
  pursuit_cli_json_add_amount (builder, "annual_bonus", pursuit_job_get_amount (job, group->extras[1]));
  pursuit_cli_json_add_text (builder, "note", pursuit_job_get_text (job, PURSUIT_JOB_FIELD_OFFER_NOTE));
  json_builder_end_object (builder);
}

/* "range-low" and "range-high" are one range: "range"; "starting" alike. */
static char *
statistic_of (const PursuitSalaryBenchmark *benchmark)
{
  const char *statistic = benchmark->record->statistic;

  if (benchmark->record_high != NULL && g_str_has_suffix (statistic, "-low"))
    return g_strndup (statistic, strlen (statistic) - strlen ("-low"));
  return g_strdup (statistic);
}

static void
add_benchmark_json (JsonBuilder *builder,
                    gpointer     item)
{
  const PursuitSalaryBenchmark *benchmark = item;
  const PursuitSalaryRecord *record = benchmark->record;
  g_autofree char *statistic = statistic_of (benchmark);

  json_builder_begin_object (builder);
  pursuit_cli_json_add_string (builder, "id", record->id);
  pursuit_cli_json_add_string (builder, "statistic", statistic);
  pursuit_cli_json_add_number (builder, "value", record->value);
  pursuit_cli_json_add_amount (builder, "value_high",
                               benchmark->record_high != NULL ? benchmark->record_high->value : -1);
  pursuit_cli_json_add_string (builder, "currency", record->currency);
  pursuit_cli_json_add_string (builder, "period", record->period);
  pursuit_cli_json_add_amount (builder, "annual", benchmark->annual);
  pursuit_cli_json_add_amount (builder, "annual_high", benchmark->annual_high);
  pursuit_cli_json_add_string (builder, "source", record->source);
  pursuit_cli_json_add_number (builder, "year", record->year);
  pursuit_cli_json_add_string (builder, "citation", benchmark->citation);
  pursuit_cli_json_add_string (builder, "label", benchmark->label);
  add_word (builder, "scope", scope_words, G_N_ELEMENTS (scope_words), benchmark->scope);
  add_word (builder, "position", position_words, G_N_ELEMENTS (position_words), benchmark->posted.position);
  add_word (builder, "offer_position", position_words, G_N_ELEMENTS (position_words),
            benchmark->offer.position);
  json_builder_end_object (builder);
}

static void
print_report_json (PursuitJob          *job,
                   PursuitSalaryReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GPtrArray *benchmarks = pursuit_salary_report_get_benchmarks (report);

  json_builder_begin_object (builder);
  add_match_json (builder, pursuit_salary_report_get_match (report));
  add_pay_json (builder, job, report);
  add_offer_json (builder, job, report);
  json_builder_set_member_name (builder, "benchmarks");
  json_builder_begin_array (builder);
  for (guint i = 0; i < benchmarks->len; i++)
    add_benchmark_json (builder, g_ptr_array_index (benchmarks, i));
  json_builder_end_array (builder);
  pursuit_cli_json_add_string (builder, "verdict", pursuit_salary_report_get_verdict (report));
  pursuit_cli_json_add_string (builder, "offer_verdict", pursuit_salary_report_get_offer_verdict (report));
  json_builder_end_object (builder);
  pursuit_cli_print_json (builder);
}

/* salary */

/* A job that is not saved, from --title, --location, --industry and
 * --pay: what salary would say of it once added. */
static PursuitJob *
make_trial_job (const char *title,
                const char *location,
                const char *industry,
                const char *pay,
                int        *status)
{
  const struct
  {
    const char *option;
    PursuitJobField field;
    const char *text;
  } texts[] = {
    { "--title", PURSUIT_JOB_FIELD_TITLE, title },
    { "--location", PURSUIT_JOB_FIELD_LOCATION, location },
    { "--industry", PURSUIT_JOB_FIELD_INDUSTRY, industry },
  };
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  PursuitJobFields fields = 0;
  guint n_groups;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;

      if (texts[i].text != NULL && !pursuit_job_field_parse (job, texts[i].field, texts[i].text, &error))
        {
          pursuit_cli_print_option_error (texts[i].option, error->message);
          *status = PURSUIT_CLI_EXIT_FAILED;
          return NULL;
        }
    }

  if (pay != NULL)
    {
      *status = pursuit_cli_read_pay_text (job, &pursuit_job_get_pay_groups (&n_groups)[0], "--pay", pay, &fields);
      if (*status != PURSUIT_CLI_EXIT_OK)
        return NULL;
    }
  return g_steal_pointer (&job);
}

int
pursuit_cli_command_salary (PursuitCli  *cli,
                            int          argc,
                            char       **argv)
{
  gboolean as_json = FALSE;
  g_autofree char *title = NULL;
  g_autofree char *location = NULL;
  g_autofree char *industry = NULL;
  g_autofree char *pay = NULL;
  g_autofree char *home_country = NULL;
  g_autofree char *hours_per_week = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("Without a job: the job title to try"), N_("TITLE") },
    { "location", 'l', 0, G_OPTION_ARG_STRING, &location, N_("Without a job: where the job is"), N_("PLACE") },
    { "industry", 0, 0, G_OPTION_ARG_STRING, &industry, N_("Without a job: the industry"), N_("TEXT") },
    { "pay", 0, 0, G_OPTION_ARG_STRING, &pay,
      N_("Without a job: the pay as a posting writes it, such as \"$21-24/hr\""), N_("TEXT") },
    { "home-country", 0, 0, G_OPTION_ARG_STRING, &home_country,
      N_("The country of a job that names none, such as US or GB (default: as in Preferences)"), N_("CODE") },
    { "hours-per-week", 0, 0, G_OPTION_ARG_STRING, &hours_per_week,
      N_("The hours in a week that turn hourly pay into yearly pay (default: as in Preferences, 40)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("[JOB]"));
  g_auto(SalarySettings) settings = { 0 };
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitSalaryEngine) engine = NULL;
  g_autoptr(PursuitSalaryReport) report = NULL;
  g_autoptr(GError) error = NULL;
  gboolean trial;
  int status;

  g_option_context_set_summary (context,
                                _("Compare a job’s pay with the salary figures that apply to it: the role, "
                                  "level and country its title and location are read as, each figure with "
                                  "its source, and where the posted pay and the offer stand. With --title "
                                  "instead of a job, try a title, place and pay without saving anything."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  trial = title != NULL || location != NULL || industry != NULL || pay != NULL;
  if (argc > 2 || (argc == 2 && trial))
    {
      pursuit_cli_print_usage_error ("%s", _("salary takes one job number or UUID, or --title and the options "
                                             "of a job to try, not both"));
      return PURSUIT_CLI_EXIT_USAGE;
    }
  if (argc < 2 && title == NULL)
    {
      pursuit_cli_print_usage_error ("%s", _("salary needs a job number or UUID, or --title"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  status = read_salary_settings (home_country, hours_per_week, &settings);
  if (status != PURSUIT_CLI_EXIT_OK)
    return status;

  if (trial)
    {
      job = make_trial_job (title, location, industry, pay, &status);
      if (job == NULL)
        return status;
    }
  else
    {
      if (!pursuit_cli_open_database (cli))
        return PURSUIT_CLI_EXIT_FAILED;
      job = pursuit_repository_find_job (cli->repository, argv[1], &error);
      if (job == NULL)
        {
          pursuit_cli_print_error (_("Could not compare the job’s pay"), error);
          return PURSUIT_CLI_EXIT_FAILED;
        }
    }

  engine = pursuit_salary_engine_new (cli->content);
  report = pursuit_salary_engine_compare_job (engine, job, &settings.preferences);
  if (as_json)
    print_report_json (job, report);
  else
    print_report (cli->content, job, !trial, report);
  return PURSUIT_CLI_EXIT_OK;
}

/* parse-pay */

static void
add_parsed_pay_json (JsonBuilder            *builder,
                     const PursuitParsedPay *parsed,
                     const char             *text)
{
  gboolean stated = parsed->kind == PURSUIT_PAY_TEXT_FIGURES;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "stated");
  json_builder_add_boolean_value (builder, stated);
  pursuit_cli_json_add_amount (builder, "min", stated ? parsed->min : -1);
  pursuit_cli_json_add_amount (builder, "max", stated ? parsed->max : -1);
  pursuit_cli_json_add_text (builder, "currency", parsed->currency);
  pursuit_cli_json_add_string (builder, "period",
                               parsed->period != PURSUIT_PAY_PERIOD_UNKNOWN
                               ? pursuit_enum_get_nick (PURSUIT_TYPE_PAY_PERIOD, parsed->period) : NULL);
  json_builder_set_member_name (builder, "period_guessed");
  json_builder_add_boolean_value (builder, parsed->period_guessed);
  json_builder_set_member_name (builder, "currency_from_default");
  json_builder_add_boolean_value (builder, parsed->currency_from_default);
  pursuit_cli_json_add_string (builder, "text", text);
  json_builder_end_object (builder);
}

static void
print_parsed_pay (const PursuitParsedPay *parsed,
                  const char             *text)
{
  g_autofree char *low = parsed->min >= 0 ? pursuit_format_amount (parsed->min) : NULL;
  g_autofree char *high = parsed->max >= 0 ? pursuit_format_amount (parsed->max) : NULL;
  g_autofree char *currency = NULL;
  g_autofree char *period = NULL;

  if (parsed->currency[0] == '\0')
    currency = g_strdup (_("None written"));
  else if (parsed->currency_from_default)
    /* Translators: a currency code taken from --currency: "USD (the default: none written)" */
    currency = g_strdup_printf (_("%s (the default: none written)"), parsed->currency);
  else
    currency = g_strdup (parsed->currency);

  if (parsed->period == PURSUIT_PAY_PERIOD_UNKNOWN)
    period = g_strdup (_("Unknown (none written, and the figure does not tell)"));
  else if (parsed->period_guessed)
    /* Translators: a pay period, "a year", guessed from the figure */
    period = g_strdup_printf (_("%s (guessed from the size of the figure: none written)"),
                              pursuit_enum_get_nick (PURSUIT_TYPE_PAY_PERIOD, parsed->period));
  else
    period = g_strdup (pursuit_enum_get_nick (PURSUIT_TYPE_PAY_PERIOD, parsed->period));

  print_entry (_("Pay"), text);
  print_entry (_("Lowest"), low != NULL ? low : _("None (“Up to”)"));
  print_entry (_("Highest"), high != NULL ? high : _("None (“From”)"));
  print_entry (_("Currency"), currency);
  print_entry (_("Period"), period);
}

int
pursuit_cli_command_parse_pay (PursuitCli  *cli,
                               int          argc,
                               char       **argv)
{
  gboolean as_json = FALSE;
  g_autofree char *default_currency = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &default_currency,
      N_("The currency of figures that name none, such as USD"), N_("CODE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("TEXT…"));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *code = NULL;
  g_autofree char *formatted = NULL;
  PursuitParsedPay parsed;
  int status;

  g_option_context_set_summary (context,
                                _("Show how pay text is read: its lowest and highest figure, currency and "
                                  "period, as --pay of add and update would save them."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc < 2)
    {
      pursuit_cli_print_usage_error ("%s", _("parse-pay needs the pay text, such as \"$19–22 an hour\""));
      return PURSUIT_CLI_EXIT_USAGE;
    }
  if (default_currency != NULL && !pursuit_parse_currency (default_currency, &code, &error))
    {
      pursuit_cli_print_option_error ("--currency", error->message);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  text = g_strjoinv (" ", argv + 1);
  if (!pursuit_pay_parse (text, code != NULL && code[0] != '\0' ? code : NULL, &parsed, &error))
    {
      pursuit_cli_print_error (_("Could not read the pay"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (parsed.kind == PURSUIT_PAY_TEXT_FIGURES)
    {
      PursuitPay pay = { parsed.min, parsed.max, parsed.currency, parsed.period };

      formatted = pursuit_pay_format (&pay);
    }

  if (as_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      add_parsed_pay_json (builder, &parsed, formatted);
      pursuit_cli_print_json (builder);
    }
  else if (parsed.kind == PURSUIT_PAY_TEXT_UNSTATED)
    g_print ("%s\n", _("No pay stated."));
  else
    print_parsed_pay (&parsed, formatted);
  return PURSUIT_CLI_EXIT_OK;
}

/**
 * pursuit_cli_make_insights_tagger:
 *
 * Returns: (transfer full): what works out the Insights tags the database
 *   keeps (how each job's posted pay compares with its benchmark and the
 *   role it reads as), with the home country and hours of Preferences, as
 *   the app tags them
 */
PursuitInsightsTagger *
pursuit_cli_make_insights_tagger (PursuitContent *content)
{
  g_auto(SalarySettings) settings = { 0 };
  g_autoptr(PursuitSalaryEngine) engine = pursuit_salary_engine_new (content);

  read_salary_settings (NULL, NULL, &settings);
  return pursuit_insights_tagger_new_for_engine (engine, &settings.preferences);
}
