/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-money.h"
#include "pursuit-salary-private.h"

/* Pay against the benchmarks that apply to a job.
 *
 * Pay is compared only with figures in its own currency. No exchange rate
 * is ever made up: where a source gives its own US dollar equivalent of a
 * figure, pay in US dollars may be compared with that, and every sentence
 * that does says so. The verdict names at most two benchmarks: a median
 * (the level's, else the industry's, else the country's, else the area's;
 * the newest first) and a range (the country's typical or starting range,
 * else the area's; the newest first; a starting or entry-level range only
 * for early-career levels, those that start under three years in). */

#define AROUND_FRACTION 0.05

struct _PursuitSalaryReport
{
  GObject parent_instance;

  PursuitSalaryMatch *match;
  GPtrArray *benchmarks;      /* PursuitSalaryBenchmark */
  char *verdict;
  char *offer_verdict;
  const char *summary;        /* interned */
  char *conversion;
  double posted_low;
  double posted_high;
  double offer_low;
  double offer_high;
  double offer_first_year;
};

G_DEFINE_FINAL_TYPE (PursuitSalaryReport, pursuit_salary_report, G_TYPE_OBJECT)

/* Summaries are interned, so callers may compare them by pointer; the
 * empty one too. */
static const char *
no_summary (void)
{
  return g_intern_static_string ("");
}

static void
benchmark_free (gpointer data)
{
  PursuitSalaryBenchmark *benchmark = data;

  g_free (benchmark->label);
  g_free (benchmark->citation);
  g_free (benchmark);
}

static void
pursuit_salary_report_finalize (GObject *object)
{
  PursuitSalaryReport *self = PURSUIT_SALARY_REPORT (object);

  g_clear_pointer (&self->match, pursuit_salary_match_unref);
  g_clear_pointer (&self->benchmarks, g_ptr_array_unref);
  g_clear_pointer (&self->verdict, g_free);
  g_clear_pointer (&self->offer_verdict, g_free);
  g_clear_pointer (&self->conversion, g_free);

  G_OBJECT_CLASS (pursuit_salary_report_parent_class)->finalize (object);
}

static void
pursuit_salary_report_class_init (PursuitSalaryReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_salary_report_finalize;
}

static void
pursuit_salary_report_init (PursuitSalaryReport *self)
{
  self->benchmarks = g_ptr_array_new_with_free_func (benchmark_free);
  self->summary = no_summary ();
  self->posted_low = self->posted_high = -1;
  self->offer_low = self->offer_high = self->offer_first_year = -1;
}

/**
 * pursuit_salary_report_get_match:
 *
 * Returns: (transfer none): what the job was read as
 */
PursuitSalaryMatch *
pursuit_salary_report_get_match (PursuitSalaryReport *self)
{
  g_return_val_if_fail (PURSUIT_IS_SALARY_REPORT (self), NULL);
  return self->match;
}

/**
 * pursuit_salary_report_get_benchmarks:
 *
 * Returns: (transfer none) (element-type PursuitSalaryBenchmark): every
 *   benchmark that applies to the job, in the order of the salary data;
 *   empty when no guide covers it
 */
GPtrArray *
pursuit_salary_report_get_benchmarks (PursuitSalaryReport *self)
{
  g_return_val_if_fail (PURSUIT_IS_SALARY_REPORT (self), NULL);
  return self->benchmarks;
}

/**
 * pursuit_salary_report_get_verdict:
 *
 * Returns: the sentence on the posted pay, or on why there is none to give
 */
const char *
pursuit_salary_report_get_verdict (PursuitSalaryReport *self)
{
  g_return_val_if_fail (PURSUIT_IS_SALARY_REPORT (self), NULL);
  return self->verdict;
}

/**
 * pursuit_salary_report_get_offer_verdict:
 *
 * Returns: (nullable): the sentence on the offer, or %NULL without one
 */
const char *
pursuit_salary_report_get_offer_verdict (PursuitSalaryReport *self)
{
  g_return_val_if_fail (PURSUIT_IS_SALARY_REPORT (self), NULL);
  return self->offer_verdict;
}

/**
 * pursuit_salary_report_get_summary:
 *
 * Returns: the short text for a list row, as pursuit_salary_engine_summarize()
 */
const char *
pursuit_salary_report_get_summary (PursuitSalaryReport *self)
{
  g_return_val_if_fail (PURSUIT_IS_SALARY_REPORT (self), NULL);
  return self->summary;
}

/**
 * pursuit_salary_report_get_conversion:
 *
 * Returns: (nullable): how the posted pay was made yearly, "$19 an hour =
 *   about $39,520 a year at 40 h/week", or %NULL when it already was
 */
const char *
pursuit_salary_report_get_conversion (PursuitSalaryReport *self)
{
  g_return_val_if_fail (PURSUIT_IS_SALARY_REPORT (self), NULL);
  return self->conversion;
}

/**
 * pursuit_salary_report_get_posted_annual:
 * @low: (out) (optional): the lower yearly figure
 * @high: (out) (optional): the higher yearly figure (equal to @low for a
 *   single or open-ended figure)
 *
 * Returns: whether the posted pay could be made yearly
 */
gboolean
pursuit_salary_report_get_posted_annual (PursuitSalaryReport *self,
                                         double              *low,
                                         double              *high)
{
  g_return_val_if_fail (PURSUIT_IS_SALARY_REPORT (self), FALSE);

  if (low != NULL)
    *low = self->posted_low;
  if (high != NULL)
    *high = self->posted_high;
  return self->posted_low >= 0;
}

/**
 * pursuit_salary_report_get_offer_annual:
 * @low: (out) (optional): the offer's lower yearly base pay
 * @high: (out) (optional): its higher yearly base pay
 * @first_year: (out) (optional): the middle of the base pay with the
 *   annual and sign-on bonuses: what the first year brings
 *
 * Returns: whether there is an offer that could be made yearly
 */
gboolean
pursuit_salary_report_get_offer_annual (PursuitSalaryReport *self,
                                        double              *low,
                                        double              *high,
                                        double              *first_year)
{
  g_return_val_if_fail (PURSUIT_IS_SALARY_REPORT (self), FALSE);

  if (low != NULL)
    *low = self->offer_low;
  if (high != NULL)
    *high = self->offer_high;
  if (first_year != NULL)
    *first_year = self->offer_first_year;
  return self->offer_low >= 0;
}

/* Pay as a band of yearly figures. */
typedef struct
{
  double low;
  double high;
  double middle;
  const char *currency;
  PursuitPayPeriod period;
} Band;

static gboolean
make_band (const PursuitPay            *pay,
           const PursuitPayAssumptions *assumptions,
           Band                        *band)
{
  double per_year;

  if (!pursuit_pay_has_figure (pay) || pay->currency == NULL || pay->currency[0] == '\0')
    return FALSE;
  per_year = pursuit_pay_periods_per_year (pay->period, assumptions);
  if (per_year == 0)
    return FALSE;

  band->low = (pay->min >= 0 ? pay->min : pay->max) * per_year;
  band->high = (pay->max >= 0 ? pay->max : pay->min) * per_year;
  band->middle = (band->low + band->high) / 2;
  band->currency = pay->currency;
  band->period = pay->period;
  return band->low <= band->high;
}

static PursuitPayPeriod
period_of_record (const PursuitSalaryRecord *record)
{
  static const struct
  {
    const char *name;
    PursuitPayPeriod period;
  } names[] = {
    { "hour", PURSUIT_PAY_PERIOD_HOUR }, { "day", PURSUIT_PAY_PERIOD_DAY }, { "week", PURSUIT_PAY_PERIOD_WEEK },
    { "month", PURSUIT_PAY_PERIOD_MONTH }, { "year", PURSUIT_PAY_PERIOD_YEAR },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (record->period, names[i].name) == 0)
      return names[i].period;
  return PURSUIT_PAY_PERIOD_UNKNOWN;
}

static double
annual_value (const PursuitSalaryRecord   *record,
              double                       value,
              const PursuitPayAssumptions *assumptions)
{
  return record != NULL ? value * pursuit_pay_periods_per_year (period_of_record (record), assumptions) : -1;
}

/* What pay in @currency can be compared with in a slot: its own figures
 * in the same currency, else the source's US dollar equivalent. */
typedef struct
{
  gboolean comparable;
  gboolean via_source_usd;
  double figure;
  double figure_high;         /* -1 for a single figure */
} Comparison;

/* Whether pay in @currency compares with @slot: the same currency, or US
 * dollars where the source gives its own. */
static gboolean
is_comparable (const PursuitSalarySlot *slot,
               const char              *currency,
               gboolean                 via_source_usd)
{
  const PursuitSalaryRecord *high = slot->record_high;

  if (via_source_usd)
    return g_strcmp0 (currency, "USD") == 0 && g_strcmp0 (slot->record->currency, "USD") != 0 &&
           slot->record->usd > 0 && (high == NULL || high->usd > 0);
  return g_strcmp0 (slot->record->currency, currency) == 0;
}

static Comparison
compare_slot (const PursuitSalarySlot     *slot,
              const char                  *currency,
              gboolean                     allow_usd,
              const PursuitPayAssumptions *assumptions)
{
  Comparison comparison = { FALSE, FALSE, -1, -1 };
  const PursuitSalaryRecord *high = slot->record_high;

  if (currency == NULL)
    return comparison;

  if (is_comparable (slot, currency, FALSE))
    {
      comparison.comparable = TRUE;
      comparison.figure = annual_value (slot->record, slot->record->value, assumptions);
      comparison.figure_high = annual_value (high, high != NULL ? high->value : 0, assumptions);
    }
  else if (allow_usd && is_comparable (slot, currency, TRUE))
    {
      comparison.comparable = TRUE;
      comparison.via_source_usd = TRUE;
      comparison.figure = annual_value (slot->record, slot->record->usd, assumptions);
      comparison.figure_high = annual_value (high, high != NULL ? high->usd : 0, assumptions);
    }
  return comparison;
}

/* The rules are those documented with PursuitSalaryPosition. The tiny
 * allowance keeps a figure worked out to exactly 5% off from being read
 * as a hair beyond it. */
static PursuitSalaryStanding
stand (const Band       *band,
       const Comparison *comparison)
{
  PursuitSalaryStanding standing = { PURSUIT_SALARY_POSITION_NOT_COMPARED, 0 };
  const double slack = 1e-9;

  if (band == NULL || !comparison->comparable || comparison->figure <= 0)
    return standing;

  if (comparison->figure_high < 0)
    {
      double figure = comparison->figure;

      standing.percent = (band->middle / figure - 1) * 100;
      if (band->high < figure * (1 - AROUND_FRACTION) * (1 - slack))
        standing.position = PURSUIT_SALARY_POSITION_BELOW;
      else if (band->low > figure * (1 + AROUND_FRACTION) * (1 + slack))
        standing.position = PURSUIT_SALARY_POSITION_ABOVE;
      else
        standing.position = PURSUIT_SALARY_POSITION_AROUND;
      return standing;
    }

  if (band->high < comparison->figure)
    {
      standing.position = PURSUIT_SALARY_POSITION_BELOW;
      standing.percent = (band->high / comparison->figure - 1) * 100;
    }
  else if (band->low > comparison->figure_high)
    {
      standing.position = PURSUIT_SALARY_POSITION_ABOVE;
      standing.percent = (band->low / comparison->figure_high - 1) * 100;
    }
  else if (band->low >= comparison->figure && band->high <= comparison->figure_high)
    standing.position = PURSUIT_SALARY_POSITION_INSIDE;
  else if (band->low < comparison->figure && band->high > comparison->figure_high)
    standing.position = PURSUIT_SALARY_POSITION_SPANS;
  else if (band->low < comparison->figure)
    standing.position = PURSUIT_SALARY_POSITION_STARTS_BELOW;
  else
    standing.position = PURSUIT_SALARY_POSITION_ENDS_ABOVE;
  return standing;
}

static gboolean
is_early_career (const PursuitSalaryLevel *level)
{
  return level == NULL || level->years_min < 3;
}

static int
point_rank (const PursuitSalarySlot *slot)
{
  if (slot->record_high != NULL || g_strcmp0 (slot->record->statistic, "median") != 0)
    return -1;
  switch (slot->scope)
    {
    case PURSUIT_SALARY_SCOPE_LEVEL:
      return 0;
    case PURSUIT_SALARY_SCOPE_INDUSTRY:
      return 1;
    case PURSUIT_SALARY_SCOPE_COUNTRY:
      return 2;
    case PURSUIT_SALARY_SCOPE_AREA:
      return 3;
    case PURSUIT_SALARY_SCOPE_STARTING:
    default:
      return -1;
    }
}

static int
range_rank (const PursuitSalarySlot  *slot,
            const PursuitSalaryLevel *level)
{
  gboolean for_beginners = slot->scope == PURSUIT_SALARY_SCOPE_STARTING ||
                           g_strcmp0 (slot->record->experience, "entry") == 0;

  if (slot->record_high == NULL || (for_beginners && !is_early_career (level)))
    return -1;
  switch (slot->scope)
    {
    case PURSUIT_SALARY_SCOPE_LEVEL:
      return 0;
    case PURSUIT_SALARY_SCOPE_COUNTRY:
    case PURSUIT_SALARY_SCOPE_STARTING:
      return 1;
    case PURSUIT_SALARY_SCOPE_AREA:
      return 2;
    case PURSUIT_SALARY_SCOPE_INDUSTRY:
    default:
      return 3;
    }
}

/**
 * pursuit_salary_choose_slot:
 * @range: choose a range, else a median
 * @allow_usd: when nothing in @currency compares, take the source's own
 *   US dollar equivalents
 *
 * The best slot by rank, then the newest year, then the first in the data.
 *
 * Returns: its index, or -1 for none
 */
int
pursuit_salary_choose_slot (GArray                   *slots,
                            gboolean                  range,
                            const PursuitSalaryLevel *level,
                            const char               *currency,
                            gboolean                  allow_usd)
{
  for (guint pass = 0; pass < (allow_usd ? 2 : 1); pass++)
    {
      int best = -1;
      int best_rank = G_MAXINT;
      int best_year = 0;

      for (guint i = 0; i < slots->len; i++)
        {
          const PursuitSalarySlot *slot = &g_array_index (slots, PursuitSalarySlot, i);
          int rank = range ? range_rank (slot, level) : point_rank (slot);

          if (rank < 0 || !is_comparable (slot, currency, pass == 1))
            continue;
          if (rank < best_rank || (rank == best_rank && slot->record->year > best_year))
            {
              best = (int) i;
              best_rank = rank;
              best_year = slot->record->year;
            }
        }
      if (best >= 0)
        return best;
    }
  return -1;
}

static int
rounded_percent (double percent)
{
  return (int) round (fabs (percent));
}

static void
rating_clear (PursuitSalaryRating *rating)
{
  *rating = (PursuitSalaryRating) { PURSUIT_SALARY_POSITION_NOT_COMPARED, 0, FALSE, no_summary () };
}

/* The list row's benchmark (the verdict's median, else its range, in the
 * pay's own currency) and where the middle of the pay stands against it:
 * "+6% vs median", "below range", "". */
static void
rate (PursuitSalaryEngine         *engine,
      const PursuitSalarySet      *set,
      const Band                  *band,
      const PursuitPayAssumptions *assumptions,
      PursuitSalaryRating         *rating)
{
  const PursuitSalaryChoice *choice = NULL;
  const PursuitSalarySlot *slot;
  Comparison comparison;
  Band middle;
  PursuitSalaryStanding standing;

  rating_clear (rating);
  if (band == NULL)
    return;

  for (guint i = 0; i < set->choices->len && choice == NULL; i++)
    if (g_str_equal (g_array_index (set->choices, PursuitSalaryChoice, i).currency, band->currency))
      choice = &g_array_index (set->choices, PursuitSalaryChoice, i);
  if (choice == NULL || (choice->point < 0 && choice->range < 0))
    return;

  slot = &g_array_index (set->slots, PursuitSalarySlot, choice->point >= 0 ? choice->point : choice->range);
  comparison = compare_slot (slot, band->currency, FALSE, assumptions);
  /* A median takes the single figure's rule (5% either side is around)
   * and a range the range's, both for the middle of the pay alone: the
   * row shows one percentage, and its standing must agree with it. */
  if (choice->point >= 0)
    comparison.figure_high = -1;
  middle = *band;
  middle.low = middle.high = band->middle;
  standing = stand (&middle, &comparison);
  if (standing.position == PURSUIT_SALARY_POSITION_NOT_COMPARED)
    return;

  rating->position = standing.position;
  rating->percent = standing.percent;
  rating->against_range = choice->point < 0;
  if (!rating->against_range)
    rating->words = pursuit_salary_engine_median_text (engine, standing.percent);
  else if (standing.position == PURSUIT_SALARY_POSITION_BELOW)
    /* Translators: a job's pay against a range, in the jobs list */
    rating->words = g_intern_static_string (_("below range"));
  else if (standing.position == PURSUIT_SALARY_POSITION_ABOVE)
    /* Translators: a job's pay against a range, in the jobs list */
    rating->words = g_intern_static_string (_("above range"));
  else
    /* Translators: a job's pay against a range, in the jobs list */
    rating->words = g_intern_static_string (_("in range"));
}

static const char *
summarize (PursuitSalaryEngine         *engine,
           const PursuitSalarySet      *set,
           const Band                  *band,
           const PursuitPayAssumptions *assumptions)
{
  PursuitSalaryRating rating;

  rate (engine, set, band, assumptions, &rating);
  return rating.words;
}

/**
 * pursuit_salary_engine_rate:
 * @query: the job
 * @posted: (nullable): the posted pay
 * @assumptions: (nullable): %NULL for the defaults
 * @rating: (out caller-allocates) (optional): the standing, its percentage
 *   and the row's words
 *
 * Where a job's posted pay stands for the jobs list, made to be called for
 * every job. The benchmark is the one pursuit_salary_engine_summarize()
 * names, in the pay's own currency: the median the verdict would name,
 * else its range. The middle of the pay is compared: against the median
 * it is %PURSUIT_SALARY_POSITION_BELOW under 95% of it,
 * %PURSUIT_SALARY_POSITION_ABOVE over 105% and
 * %PURSUIT_SALARY_POSITION_AROUND between, edges included; against the
 * range %PURSUIT_SALARY_POSITION_BELOW, %PURSUIT_SALARY_POSITION_INSIDE or
 * %PURSUIT_SALARY_POSITION_ABOVE.
 *
 * Returns: the position; %PURSUIT_SALARY_POSITION_NOT_COMPARED when there
 *   is no pay, no match or nothing in the pay's currency
 */
PursuitSalaryPosition
pursuit_salary_engine_rate (PursuitSalaryEngine         *self,
                            const PursuitSalaryQuery    *query,
                            const PursuitPay            *posted,
                            const PursuitPayAssumptions *assumptions,
                            PursuitSalaryRating         *rating)
{
  PursuitSalaryRating local;
  PursuitSalaryResolved resolved;
  Band band;

  if (rating == NULL)
    rating = &local;
  rating_clear (rating);

  g_return_val_if_fail (PURSUIT_IS_SALARY_ENGINE (self), PURSUIT_SALARY_POSITION_NOT_COMPARED);
  g_return_val_if_fail (query != NULL, PURSUIT_SALARY_POSITION_NOT_COMPARED);

  if (posted == NULL || !make_band (posted, assumptions, &band))
    return PURSUIT_SALARY_POSITION_NOT_COMPARED;

  pursuit_salary_engine_resolve (self, query, &resolved);
  if (resolved.role == NULL)
    return PURSUIT_SALARY_POSITION_NOT_COMPARED;
  rate (self, pursuit_salary_engine_get_set (self, &resolved), &band, assumptions, rating);
  return rating->position;
}

/**
 * pursuit_salary_engine_summarize:
 * @query: the job
 * @posted: (nullable): the posted pay
 * @assumptions: (nullable): %NULL for the defaults
 *
 * The short text of a list row, made to be called for every job: "+6% vs
 * median" (the middle of the posted pay against the median the verdict
 * would name, rounded to a whole percent; "at median" when that is 0),
 * else "below range", "in range" or "above range" (the middle against the
 * range the verdict would name), else "" when nothing in the pay's own
 * currency compares. The source's dollar equivalents are not used here.
 * pursuit_salary_engine_rate() gives the same with its standing.
 *
 * Returns: (transfer none): an interned string
 */
const char *
pursuit_salary_engine_summarize (PursuitSalaryEngine         *self,
                                 const PursuitSalaryQuery    *query,
                                 const PursuitPay            *posted,
                                 const PursuitPayAssumptions *assumptions)
{
  PursuitSalaryRating rating;

  g_return_val_if_fail (PURSUIT_IS_SALARY_ENGINE (self), no_summary ());
  g_return_val_if_fail (query != NULL, no_summary ());

  pursuit_salary_engine_rate (self, query, posted, assumptions, &rating);
  return rating.words;
}

/**
 * pursuit_salary_engine_position:
 * @query: the job
 * @posted: (nullable): the posted pay
 * @assumptions: (nullable): %NULL for the defaults
 * @role: (out) (optional): the role guide id the job reads as (interned),
 *   or %NULL
 *
 * Where the posted pay stands against the benchmark the list row's words
 * name (pursuit_salary_engine_summarize()), made to be called for every
 * job: against a median, AROUND within 5 % of it; against a range, the
 * middle of the pay below it, INSIDE or above it.
 *
 * Returns: %PURSUIT_SALARY_POSITION_NOT_COMPARED when there is nothing to
 *   compare; else BELOW, AROUND, INSIDE or ABOVE
 */
PursuitSalaryPosition
pursuit_salary_engine_position (PursuitSalaryEngine         *self,
                                const PursuitSalaryQuery    *query,
                                const PursuitPay            *posted,
                                const PursuitPayAssumptions *assumptions,
                                const char                 **role)
{
  PursuitSalaryResolved resolved;

  if (role != NULL)
    *role = NULL;
  g_return_val_if_fail (PURSUIT_IS_SALARY_ENGINE (self), PURSUIT_SALARY_POSITION_NOT_COMPARED);
  g_return_val_if_fail (query != NULL, PURSUIT_SALARY_POSITION_NOT_COMPARED);

  pursuit_salary_engine_resolve (self, query, &resolved);
  if (role != NULL && resolved.role != NULL)
    *role = resolved.role->id;
  /* The standing is the one the list's rows show. */
  return pursuit_salary_engine_rate (self, query, posted, assumptions, NULL);
}

/* Words for people */

static const char *
who_of (PursuitSalaryEngine       *self,
        const PursuitSalaryRecord *record)
{
  PursuitTitleMatcher *titles = pursuit_salary_engine_get_titles (self);
  const PursuitSalaryLevel *level = pursuit_title_matcher_find_level (titles, record->level, NULL);
  const PursuitSalaryRole *role = pursuit_title_matcher_find_role (titles, record->role);

  return level != NULL ? level->title : role != NULL ? role->title : record->role;
}

static const char *
statistic_words (const PursuitSalarySlot *slot)
{
  const PursuitSalaryRecord *record = slot->record;

  if (slot->record_high != NULL && slot->scope == PURSUIT_SALARY_SCOPE_STARTING)
    /* Translators: a kind of benchmark, in “inside the Customer Service Specialist starting range” */
    return _("starting range");
  if (slot->record_high != NULL && g_strcmp0 (record->experience, "entry") == 0)
    /* Translators: a kind of benchmark */
    return _("entry-level range");
  if (slot->record_high != NULL && g_strcmp0 (record->experience, "experienced") == 0)
    /* Translators: a kind of benchmark */
    return _("range for experienced staff");
  if (slot->record_high != NULL)
    /* Translators: a kind of benchmark */
    return _("typical range");
  if (g_strcmp0 (record->statistic, "median") == 0)
    /* Translators: a kind of benchmark, in “around the Customer Service Specialist median” */
    return _("median");
  if (g_strcmp0 (record->statistic, "average") == 0)
    /* Translators: a kind of benchmark */
    return _("average");
  /* Translators: a kind of benchmark: the top of a typical range */
  return _("high end");
}

/* "in the United States", "for Financial services in the United States" */
static char *
where_of (PursuitSalaryEngine       *self,
          const PursuitSalaryRecord *record)
{
  PursuitContent *content = pursuit_salary_engine_get_content (self);
  g_autofree char *owned = NULL;
  const char *place = pursuit_salary_place_phrase (content, record->country,
                                                   record->country == NULL ? record->area : NULL, &owned);

  if (record->industry != NULL)
    /* Translators: an industry and a place, “for Financial services in the United States” */
    return g_strdup_printf (_("for %s %s"), pursuit_content_get_name (content, record->industry), place);
  return g_strdup (place);
}

static char *
money_of (const PursuitSalarySlot *slot,
          gboolean                 via_source_usd)
{
  const PursuitSalaryRecord *record = slot->record;
  const PursuitSalaryRecord *high = slot->record_high != NULL ? slot->record_high : slot->record;
  PursuitPay pay = {
    via_source_usd ? record->usd : record->value,
    via_source_usd ? high->usd : high->value,
    via_source_usd ? "USD" : record->currency,
    period_of_record (record),
  };
  g_autofree char *text = pursuit_pay_format (&pay);

  if (via_source_usd)
    /* Translators: a figure in US dollars that the source gave itself, and its year: “$27,000–49,000 a year by the source's own 2025 conversion to US dollars” */
    return g_strdup_printf (_("%s by the source's own %d conversion to US dollars"), text, record->year);
  return g_steal_pointer (&text);
}

/* "the Customer Service Specialist median in the United States ($42,000
 * a year; Himalayas, 2025)", or with @short_form "the starting range
 * ($38,500–48,500 a year; Robert Half 2026 Salary Guide)". */
static char *
describe_slot (PursuitSalaryEngine     *self,
               const PursuitSalarySlot *slot,
               gboolean                 via_source_usd,
               gboolean                 short_form)
{
  PursuitContent *content = pursuit_salary_engine_get_content (self);
  g_autofree char *where = where_of (self, slot->record);
  g_autofree char *money = money_of (slot, via_source_usd);
  g_autofree char *citation = pursuit_content_format_sources (content, slot->record->source);

  if (short_form)
    /* Translators: a benchmark named a second time: “the starting range ($38,500–48,500 a year; Robert Half 2026 Salary Guide)” */
    return g_strdup_printf (_("the %1$s (%2$s; %3$s)"), statistic_words (slot), money,
                            citation != NULL ? citation : "");
  /* Translators: a benchmark: “the Customer Service Specialist median in the United States ($42,000 a year; Himalayas, 2025)”; %1$s is the job, %2$s the kind of figure, %3$s the place */
  return g_strdup_printf (_("the %1$s %2$s %3$s (%4$s; %5$s)"), who_of (self, slot->record), statistic_words (slot),
                          where, money, citation != NULL ? citation : "");
}

/**
 * pursuit_salary_standing_get_words:
 *
 * Returns: (transfer none): where pay stands against one benchmark, in a
 *   few words for a list: “around”, “12% above”, “inside”, “starts below”;
 *   "" when it was not compared
 */
const char *
pursuit_salary_standing_get_words (PursuitSalaryStanding standing)
{
  int percent = rounded_percent (standing.percent);
  g_autofree char *text = NULL;

  switch (standing.position)
    {
    case PURSUIT_SALARY_POSITION_AROUND:
      /* Translators: pay against one benchmark figure, in a list */
      return _("around");
    case PURSUIT_SALARY_POSITION_ABOVE:
      /* Translators: pay against one benchmark, in a list: “12% above” */
      text = percent > 0 ? g_strdup_printf (_("%d%% above"), percent) : g_strdup (_("just above"));
      return g_intern_string (text);
    case PURSUIT_SALARY_POSITION_BELOW:
      /* Translators: pay against one benchmark, in a list: “12% below” */
      text = percent > 0 ? g_strdup_printf (_("%d%% below"), percent) : g_strdup (_("just below"));
      return g_intern_string (text);
    case PURSUIT_SALARY_POSITION_INSIDE:
      /* Translators: pay against a benchmark range, in a list */
      return _("inside");
    case PURSUIT_SALARY_POSITION_STARTS_BELOW:
      /* Translators: pay that starts below a benchmark range and ends inside it, in a list */
      return _("starts below");
    case PURSUIT_SALARY_POSITION_ENDS_ABOVE:
      /* Translators: pay that starts inside a benchmark range and ends above it, in a list */
      return _("ends above");
    case PURSUIT_SALARY_POSITION_SPANS:
      /* Translators: pay that starts below a benchmark range and ends above it, in a list */
      return _("spans it");
    case PURSUIT_SALARY_POSITION_NOT_COMPARED:
    default:
      return "";
    }
}

static char *
describe_standing (PursuitSalaryStanding  standing,
                   const char            *benchmark)
{
  int percent = rounded_percent (standing.percent);

  switch (standing.position)
    {
    case PURSUIT_SALARY_POSITION_AROUND:
      /* Translators: %s is a benchmark, “the Customer Service Specialist median in the United States (…)” */
      return g_strdup_printf (_("around %s"), benchmark);
    case PURSUIT_SALARY_POSITION_ABOVE:
      if (percent == 0)
        /* Translators: %s is a range benchmark the pay is above by less than half a percent */
        return g_strdup_printf (_("just above %s"), benchmark);
      /* Translators: %d is a percentage, %s a benchmark: “12% above the … median (…)” */
      return g_strdup_printf (_("%d%% above %s"), percent, benchmark);
    case PURSUIT_SALARY_POSITION_BELOW:
      if (percent == 0)
        /* Translators: %s is a range benchmark the pay is below by less than half a percent */
        return g_strdup_printf (_("just below %s"), benchmark);
      /* Translators: %d is a percentage, %s a benchmark: “12% below the … median (…)” */
      return g_strdup_printf (_("%d%% below %s"), percent, benchmark);
    case PURSUIT_SALARY_POSITION_INSIDE:
      /* Translators: %s is a range benchmark */
      return g_strdup_printf (_("inside %s"), benchmark);
    case PURSUIT_SALARY_POSITION_STARTS_BELOW:
      /* Translators: %s is a range benchmark; the pay starts below it and ends inside it */
      return g_strdup_printf (_("reaching into %s from below"), benchmark);
    case PURSUIT_SALARY_POSITION_ENDS_ABOVE:
      /* Translators: %s is a range benchmark; the pay starts inside it and ends above it */
      return g_strdup_printf (_("reaching above %s"), benchmark);
    case PURSUIT_SALARY_POSITION_SPANS:
      /* Translators: %s is a range benchmark; the pay starts below it and ends above it */
      return g_strdup_printf (_("spanning all of %s"), benchmark);
    case PURSUIT_SALARY_POSITION_NOT_COMPARED:
    default:
      return NULL;
    }
}

/* "$19–22 an hour", "from $20 an hour", "up to $52,000 a year": pay as it
 * reads inside a sentence. */
static char *
describe_pay_in_sentence (const PursuitPay *pay)
{
  g_autofree char *amount = NULL;
  g_autofree char *open = NULL;

  if (pay->min >= 0 && pay->max >= 0)
    return pursuit_pay_format (pay);

  amount = pursuit_salary_format_money_range (pay->min >= 0 ? pay->min : pay->max,
                                              pay->min >= 0 ? pay->min : pay->max, pay->currency, FALSE);
  open = pay->min >= 0
    /* Translators: pay with only a lower figure, inside a sentence: “from $20” */
    ? g_strdup_printf (_("from %s"), amount)
    /* Translators: pay with only an upper figure, inside a sentence: “up to $52,000” */
    : g_strdup_printf (_("up to %s"), amount);
  return pursuit_format_per_period (open, pay->period);
}

static char *
describe_annual (const PursuitPay *pay,
                 const Band       *band)
{
  PursuitPay annual = *pay;

  annual.period = PURSUIT_PAY_PERIOD_YEAR;
  annual.min = pay->min >= 0 ? band->low : -1;
  annual.max = pay->max >= 0 ? band->high : -1;
  if (annual.min >= 0 && annual.max >= 0)
    return pursuit_salary_format_money_range (annual.min, annual.max, annual.currency, TRUE);

  {
    g_autofree char *amount = pursuit_salary_format_money_range (band->low, band->low, annual.currency, TRUE);

    return annual.min >= 0 ? g_strdup_printf (_("from %s"), amount) : g_strdup_printf (_("up to %s"), amount);
  }
}

typedef struct
{
  PursuitSalaryEngine *engine;
  const PursuitSalaryResolved *resolved;
  const PursuitSalarySet *set;
  GArray *slots;
  const PursuitPayAssumptions *assumptions;
} Context;

/* The clauses on the chosen median and range, joined: "around the … median
 * (…) and inside the starting range (…)". %NULL when nothing compares. */
static char *
describe_comparisons (Context    *context,
                      const Band *band)
{
  int chosen[2];
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_where = NULL;
  const PursuitSalaryRecord *first_record = NULL;

  chosen[0] = pursuit_salary_choose_slot (context->slots, FALSE, context->resolved->level, band->currency, TRUE);
  chosen[1] = pursuit_salary_choose_slot (context->slots, TRUE, context->resolved->level, band->currency, TRUE);

  for (guint i = 0; i < 2; i++)
    {
      const PursuitSalarySlot *slot;
      Comparison comparison;
      g_autofree char *benchmark = NULL;
      g_autofree char *where = NULL;
      gboolean same_as_first;

      if (chosen[i] < 0)
        continue;
      slot = &g_array_index (context->slots, PursuitSalarySlot, chosen[i]);
      comparison = compare_slot (slot, band->currency, TRUE, context->assumptions);
      where = where_of (context->engine, slot->record);
      same_as_first = first_record != NULL && g_strcmp0 (first_where, where) == 0 &&
                      g_strcmp0 (who_of (context->engine, first_record), who_of (context->engine, slot->record)) == 0;
      benchmark = describe_slot (context->engine, slot, comparison.via_source_usd, same_as_first);

      if (first == NULL)
        {
          first = describe_standing (stand (band, &comparison), benchmark);
          first_where = g_steal_pointer (&where);
          first_record = slot->record;
        }
      else
        second = describe_standing (stand (band, &comparison), benchmark);
    }

  if (first != NULL && second != NULL)
    /* Translators: two comparisons of pay: “around the … median (…) and inside the starting range (…)” */
    return g_strdup_printf (_("%s and %s"), first, second);
  if (first != NULL)
    return g_steal_pointer (&first);
  return g_steal_pointer (&second);
}

static char *
describe_nothing_comparable (Context    *context,
                             const Band *band)
{
  PursuitContent *content = pursuit_salary_engine_get_content (context->engine);
  const PursuitSalaryResolved *resolved = context->resolved;
  const char *who = resolved->level != NULL ? resolved->level->title : resolved->role->title;
  g_autofree char *owned = NULL;
  const char *where = pursuit_salary_place_phrase (content, resolved->country,
                                                   resolved->country == NULL ? resolved->area : NULL, &owned);

  if (context->slots->len == 0 && where[0] == '\0')
    /* Translators: %s is a job, “Customer Service Manager” */
    return g_strdup_printf (_("No benchmark covers %s jobs: the job's country is not known."), who);
  if (context->slots->len == 0)
    /* Translators: %1$s is a job, %2$s a place: “No benchmark covers Customer Service Manager jobs in Germany.” */
    return g_strdup_printf (_("No benchmark covers %1$s jobs %2$s."), who, where);
  /* Translators: %1$s is a job, %2$s a place, %3$s a currency code: “Nothing to compare: no benchmark for Contact Center Specialist jobs in Canada is in CAD.” */
  return g_strdup_printf (_("Nothing to compare: no benchmark for %1$s jobs %2$s is in %3$s."), who, where,
                          band->currency);
}

static char *
describe_pay_problem (const PursuitPay *pay,
                      gboolean          offer)
{
  if (!pursuit_pay_has_figure (pay))
    return g_strdup (offer ? _("The offer gives no pay figure to compare.")
                           : _("The posting gives no pay figure to compare."));
  if (pay->currency == NULL || pay->currency[0] == '\0')
    return g_strdup (offer ? _("The offer names no currency, so it cannot be compared.")
                           : _("The posted pay names no currency, so it cannot be compared."));
  return g_strdup (offer ? _("The offer gives no period (an hour, a year…), so it cannot be compared.")
                         : _("The posted pay gives no period (an hour, a year…), so it cannot be compared."));
}

static char *
describe_pay (Context          *context,
              const PursuitPay *pay,
              const Band       *band,
              gboolean          offer)
{
  g_autofree char *comparisons = NULL;
  g_autofree char *pay_text = NULL;
  g_autofree char *annual = NULL;

  if (band == NULL)
    return describe_pay_problem (pay, offer);
  comparisons = describe_comparisons (context, band);
  if (comparisons == NULL)
    return describe_nothing_comparable (context, band);

  pay_text = describe_pay_in_sentence (pay);
  if (pay->period == PURSUIT_PAY_PERIOD_YEAR)
    return g_strdup_printf (offer
                            /* Translators: %1$s is the offered pay, %2$s how it compares: “The offer, $45,000 a year, is 7% above …” */
                            ? _("The offer, %1$s, is %2$s.")
                            /* Translators: %1$s is the posted pay, %2$s how it compares: “The posted pay, $45,000 a year, is 7% above …” */
                            : _("The posted pay, %1$s, is %2$s."),
                            pay_text, comparisons);

  annual = describe_annual (pay, band);
  return g_strdup_printf (offer
                          /* Translators: %1$s is the offered pay, %2$s it a year, %3$s how it compares */
                          ? _("The offer, %1$s, is about %2$s a year: %3$s.")
                          /* Translators: %1$s is the posted pay, %2$s it a year, %3$s how it compares: “The posted pay, $19–22 an hour, is about $39.5k–45.8k a year: around …” */
                          : _("The posted pay, %1$s, is about %2$s a year: %3$s."),
                          pay_text, annual, comparisons);
}

static PursuitSalaryBenchmark *
make_benchmark (Context                 *context,
                const PursuitSalarySlot *slot,
                const Band              *posted,
                const Band              *offer)
{
  PursuitContent *content = pursuit_salary_engine_get_content (context->engine);
  PursuitSalaryBenchmark *benchmark = g_new0 (PursuitSalaryBenchmark, 1);
  const Band *reference = posted != NULL ? posted : offer;
  Comparison comparison = compare_slot (slot, reference != NULL ? reference->currency : NULL, TRUE,
                                        context->assumptions);
  Comparison offer_comparison = compare_slot (slot, offer != NULL ? offer->currency : NULL, TRUE,
                                              context->assumptions);
  g_autofree char *place = pursuit_content_describe_salary_place (content, slot->record);
  g_autofree char *kind = g_strdup (statistic_words (slot));
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  benchmark->scope = slot->scope;
  benchmark->record = slot->record;
  benchmark->record_high = slot->record_high;
  benchmark->annual = annual_value (slot->record, slot->record->value, context->assumptions);
  benchmark->annual_high = annual_value (slot->record_high, slot->record_high != NULL ? slot->record_high->value : 0,
                                         context->assumptions);
  benchmark->comparable = comparison.comparable;
  benchmark->via_source_usd = comparison.via_source_usd;
  benchmark->compared_annual = comparison.comparable ? comparison.figure : -1;
  benchmark->compared_annual_high = comparison.comparable ? comparison.figure_high : -1;
  benchmark->posted = stand (posted, &comparison);
  benchmark->offer = stand (offer, &offer_comparison);
  benchmark->citation = pursuit_content_format_sources (content, slot->record->source);

  /* "Starting range · Customer Service Specialist · United States" */
  if (kind[0] != '\0')
    kind[0] = g_ascii_toupper (kind[0]);
  g_ptr_array_add (parts, kind);
  if (slot->record->level == NULL)
    g_ptr_array_add (parts, (gpointer) who_of (context->engine, slot->record));
  if (place[0] != '\0')
    g_ptr_array_add (parts, place);
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between the parts of a benchmark's label, “Median · Customer Service Specialist · United States” */
  benchmark->label = g_strjoinv (_(" · "), (char **) parts->pdata);
  return benchmark;
}

static char *
describe_offer_total (const PursuitSalaryOffer *offer,
                      const Band               *band,
                      double                   *first_year)
{
  double bonuses = MAX (offer->sign_on_bonus, 0) + MAX (offer->annual_bonus, 0);
  g_autofree char *bonus_text = NULL;
  g_autofree char *total_text = NULL;

  *first_year = band->middle + bonuses;
  if (bonuses <= 0)
    return NULL;

  bonus_text = pursuit_salary_format_money_range (bonuses, bonuses, band->currency, TRUE);
  total_text = pursuit_salary_format_money_range (*first_year, *first_year, band->currency, TRUE);
  /* Translators: %1$s is the sum of the bonuses, %2$s the first year's pay with them: “With $3.5k in bonuses, the first year comes to about $48.5k.” */
  return g_strdup_printf (_("With %1$s in bonuses, the first year comes to about %2$s."), bonus_text, total_text);
}

/**
 * pursuit_salary_engine_compare:
 * @query: the job
 * @posted: (nullable): the posted pay
 * @offer: (nullable): an offer
 * @assumptions: (nullable): %NULL for the defaults
 *
 * Everything the job page shows on pay: the match, every benchmark that
 * applies with where the posted pay and the offer stand against it, the
 * verdict sentences and the list row's summary. A benchmark's
 * comparability refers to the posted pay's currency, or the offer's when
 * nothing was posted.
 *
 * Returns: (transfer full): the report
 */
PursuitSalaryReport *
pursuit_salary_engine_compare (PursuitSalaryEngine         *self,
                               const PursuitSalaryQuery    *query,
                               const PursuitPay            *posted,
                               const PursuitSalaryOffer    *offer,
                               const PursuitPayAssumptions *assumptions)
{
  PursuitSalaryReport *report;
  PursuitSalaryResolved resolved;
  PursuitPay no_pay = { -1, -1, NULL, PURSUIT_PAY_PERIOD_UNKNOWN };
  Band posted_band;
  Band offer_band;
  gboolean has_posted;
  gboolean has_offer;
  Context context;

  g_return_val_if_fail (PURSUIT_IS_SALARY_ENGINE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (posted == NULL)
    posted = &no_pay;
  has_posted = make_band (posted, assumptions, &posted_band);
  has_offer = offer != NULL && make_band (&offer->pay, assumptions, &offer_band);

  pursuit_salary_engine_resolve (self, query, &resolved);
  report = g_object_new (PURSUIT_TYPE_SALARY_REPORT, NULL);
  report->match = pursuit_salary_engine_make_match (self, query, &resolved);
  report->conversion = pursuit_pay_describe_conversion (posted, PURSUIT_PAY_PERIOD_YEAR, assumptions);
  if (has_posted)
    {
      report->posted_low = posted_band.low;
      report->posted_high = posted_band.high;
    }
  if (has_offer)
    {
      report->offer_low = offer_band.low;
      report->offer_high = offer_band.high;
    }

  if (resolved.role == NULL)
    {
      g_autofree char *title = g_strstrip (g_strdup (query->title != NULL ? query->title : ""));

      report->verdict = title[0] != '\0'
        /* Translators: %s is a job title as the user wrote it */
        ? g_strdup_printf (_("No salary benchmark: no guide covers “%s”."), title)
        : g_strdup (_("No salary benchmark: the job has no title."));
      if (offer != NULL)
        report->offer_verdict = g_strdup (report->verdict);
      return report;
    }

  context.engine = self;
  context.resolved = &resolved;
  context.set = pursuit_salary_engine_get_set (self, &resolved);
  context.slots = context.set->slots;
  context.assumptions = assumptions;

  for (guint i = 0; i < context.slots->len; i++)
    g_ptr_array_add (report->benchmarks,
                     make_benchmark (&context, &g_array_index (context.slots, PursuitSalarySlot, i),
                                     has_posted ? &posted_band : NULL, has_offer ? &offer_band : NULL));

  report->verdict = describe_pay (&context, posted, has_posted ? &posted_band : NULL, FALSE);
  report->summary = summarize (self, context.set, has_posted ? &posted_band : NULL, assumptions);

  if (offer != NULL)
    {
      g_autofree char *base = describe_pay (&context, &offer->pay, has_offer ? &offer_band : NULL, TRUE);
      g_autofree char *total = has_offer ? describe_offer_total (offer, &offer_band, &report->offer_first_year) : NULL;

      report->offer_verdict = total != NULL ? g_strdup_printf ("%s %s", base, total) : g_steal_pointer (&base);
    }

  return report;
}
