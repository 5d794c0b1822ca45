/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-money.h"
#include "pursuit-pay.h"
#include "pursuit-salary-private.h"

/**
 * pursuit_pay_assumptions_init:
 *
 * Fills in the defaults: 40 hours and 5 days a week, 52 weeks and 12
 * months a year.
 */
void
pursuit_pay_assumptions_init (PursuitPayAssumptions *assumptions)
{
  g_return_if_fail (assumptions != NULL);

  assumptions->hours_per_week = 40;
  assumptions->days_per_week = 5;
  assumptions->weeks_per_year = 52;
  assumptions->months_per_year = 12;
}

/**
 * pursuit_pay_periods_per_year:
 * @assumptions: (nullable): %NULL for the defaults
 *
 * Returns: how many times @period fits in a year (2,080 hours at 40 hours a
 *   week), or 0 for %PURSUIT_PAY_PERIOD_UNKNOWN or a non-positive assumption
 */
double
pursuit_pay_periods_per_year (PursuitPayPeriod             period,
                              const PursuitPayAssumptions *assumptions)
{
  PursuitPayAssumptions defaults;
  double periods;

  if (assumptions == NULL)
    {
      pursuit_pay_assumptions_init (&defaults);
      assumptions = &defaults;
    }

  switch (period)
    {
    case PURSUIT_PAY_PERIOD_HOUR:
      periods = assumptions->hours_per_week * assumptions->weeks_per_year;
      break;
    case PURSUIT_PAY_PERIOD_DAY:
      periods = assumptions->days_per_week * assumptions->weeks_per_year;
      break;
    case PURSUIT_PAY_PERIOD_WEEK:
      periods = assumptions->weeks_per_year;
      break;
    case PURSUIT_PAY_PERIOD_MONTH:
      periods = assumptions->months_per_year;
      break;
    case PURSUIT_PAY_PERIOD_YEAR:
      periods = 1;
      break;
    case PURSUIT_PAY_PERIOD_UNKNOWN:
    default:
      periods = 0;
      break;
    }

  return isfinite (periods) && periods > 0 ? periods : 0;
}

/**
 * pursuit_pay_convert:
 * @assumptions: (nullable): %NULL for the defaults
 *
 * Returns: @amount paid per @from, expressed per @to ($19 an hour is
 *   $39,520 a year at 40 hours a week), or -1 when either period is unknown
 */
double
pursuit_pay_convert (double                       amount,
                     PursuitPayPeriod             from,
                     PursuitPayPeriod             to,
                     const PursuitPayAssumptions *assumptions)
{
  double from_per_year = pursuit_pay_periods_per_year (from, assumptions);
  double to_per_year = pursuit_pay_periods_per_year (to, assumptions);

  if (from_per_year == 0 || to_per_year == 0)
    return -1;
  if (from == to)
    return amount;
  return amount * from_per_year / to_per_year;
}

/**
 * pursuit_pay_has_figure:
 *
 * Returns: whether @pay gives a lower or a higher figure
 */
gboolean
pursuit_pay_has_figure (const PursuitPay *pay)
{
  return pay != NULL && (pay->min >= 0 || pay->max >= 0);
}

/* "39.5k" from 39,520; figures under 10,000 keep their digits. */
static char *
format_short_amount (double value)
{
  g_autofree char *number = NULL;
  const char *unit;

  /* 999,999 is "1M", not "1000k": the unit is chosen after rounding. */
  if (value >= 999950)
    {
      number = g_strdup_printf ("%.1f", value / 1e6);
      unit = "M";
    }
  else if (value >= 1e4)
    {
      number = g_strdup_printf ("%.1f", value / 1e3);
      unit = "k";
    }
  else
    return pursuit_format_amount (value);

  /* "40k", not "40.0k"; the decimal mark may be either, by locale. */
  if (g_str_has_suffix (number, "0") && strlen (number) >= 3 && !g_ascii_isdigit (number[strlen (number) - 2]))
    number[strlen (number) - 2] = '\0';

  return g_strconcat (number, unit, NULL);
}

/**
 * pursuit_salary_format_money_range:
 * @low: the lower figure, negative when there is none
 * @high: the higher figure, negative when there is none
 * @currency: (nullable): an ISO 4217 code
 * @short_form: write large figures as "39.5k"
 *
 * The currency is written once, where the locale writes it
 * (pursuit_format_money_text()): "$19–22", "$38,500–48,500", "35,000–55,000
 * zł", "From $20", "Up to £28,000"; "38.500–48.500 $" in es_ES.
 *
 * Returns: (transfer full): the text
 */
char *
pursuit_salary_format_money_range (double      low,
                                   double      high,
                                   const char *currency,
                                   gboolean    short_form)
{
  g_autofree char *low_text = NULL;
  g_autofree char *high_text = NULL;
  g_autofree char *amount = NULL;

  /* "$99–999.9k" would read back as 99k to 999.9k ("45-55k" is a range of
   * thousands): a range shortens only when both figures do. */
  if (short_form && low >= 0 && high >= 0 && (low < 1e4) != (high < 1e4))
    short_form = FALSE;

  if (low >= 0)
    low_text = short_form ? format_short_amount (low) : pursuit_format_amount (low);
  if (high >= 0)
    high_text = short_form ? format_short_amount (high) : pursuit_format_amount (high);

  if (low_text != NULL && high_text != NULL && !g_str_equal (low_text, high_text))
    {
      /* Translators: a range of amounts without the currency, "19–22" */
      g_autofree char *range = g_strdup_printf (_("%s–%s"), low_text, high_text);

      return pursuit_format_money_text (range, currency);
    }

  amount = pursuit_format_money_text (low_text != NULL ? low_text : high_text != NULL ? high_text : "", currency);
  if (low_text != NULL && high >= 0)
    return g_steal_pointer (&amount);
  if (low_text != NULL)
    /* Translators: pay with only a lower figure, "From $38,500" */
    return g_strdup_printf (_("From %s"), amount);
  /* Translators: pay with only an upper figure, "Up to $48,500" */
  return g_strdup_printf (_("Up to %s"), amount);
}

static char *
format_pay (const PursuitPay *pay,
            gboolean          short_form)
{
  g_autofree char *amount = NULL;

  g_return_val_if_fail (pay != NULL, NULL);

  if (!pursuit_pay_has_figure (pay))
    return NULL;

  amount = pursuit_salary_format_money_range (pay->min, pay->max, pay->currency, short_form);
  return pursuit_format_per_period (amount, pay->period);
}

/**
 * pursuit_pay_format:
 *
 * Returns: (transfer full) (nullable): "$19–22 an hour", "From $20 an hour",
 *   "€2,500 a month", or %NULL when @pay has no figure
 */
char *
pursuit_pay_format (const PursuitPay *pay)
{
  return format_pay (pay, FALSE);
}

/**
 * pursuit_pay_format_short:
 *
 * Returns: (transfer full) (nullable): as pursuit_pay_format(), with large
 *   figures shortened: "$39.5k–45.8k a year"
 */
char *
pursuit_pay_format_short (const PursuitPay *pay)
{
  return format_pay (pay, TRUE);
}

/* Whole units for pay per day and longer, cents for pay per hour. */
static double
round_for_period (double           value,
                  PursuitPayPeriod period)
{
  if (value < 0)
    return value;
  if (period == PURSUIT_PAY_PERIOD_HOUR)
    return round (value * 100) / 100;
  return round (value);
}

static gboolean
is_weekly_or_shorter (PursuitPayPeriod period)
{
  return period == PURSUIT_PAY_PERIOD_HOUR || period == PURSUIT_PAY_PERIOD_DAY ||
         period == PURSUIT_PAY_PERIOD_WEEK;
}

/* The assumptions a conversion between two periods rests on, as "40
 * h/week" or "5 days a week, 48 weeks a year". Weeks cancel out between
 * hours, days and weeks; 52 of them go unsaid beside another assumption. */
static char *
describe_assumptions (PursuitPayPeriod             from,
                      PursuitPayPeriod             to,
                      const PursuitPayAssumptions *assumptions)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gboolean hours = from == PURSUIT_PAY_PERIOD_HOUR || to == PURSUIT_PAY_PERIOD_HOUR;
  gboolean days = from == PURSUIT_PAY_PERIOD_DAY || to == PURSUIT_PAY_PERIOD_DAY;
  gboolean weeks = is_weekly_or_shorter (from) != is_weekly_or_shorter (to);
  gboolean months = (from == PURSUIT_PAY_PERIOD_MONTH) != (to == PURSUIT_PAY_PERIOD_MONTH);

  if (hours)
    /* Translators: an assumption behind a conversion of pay, "40 h/week" */
    g_ptr_array_add (parts, g_strdup_printf (_("%g h/week"), assumptions->hours_per_week));
  if (days)
    /* Translators: an assumption behind a conversion of pay, "5 days a week" */
    g_ptr_array_add (parts, g_strdup_printf (_("%g days a week"), assumptions->days_per_week));
  if (weeks && (assumptions->weeks_per_year != 52 || parts->len == 0))
    /* Translators: an assumption behind a conversion of pay, "52 weeks a year" */
    g_ptr_array_add (parts, g_strdup_printf (_("%g weeks a year"), assumptions->weeks_per_year));
  if (months)
    /* Translators: an assumption behind a conversion of pay, "12 months a year" */
    g_ptr_array_add (parts, g_strdup_printf (_("%g months a year"), assumptions->months_per_year));

  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between assumptions, "40 h/week, 48 weeks a year" */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

/**
 * pursuit_pay_describe_conversion:
 * @to: the period to express @pay in
 * @assumptions: (nullable): %NULL for the defaults
 *
 * The sentence shown beside a converted figure: "$19 an hour = about
 * $39,520 a year at 40 h/week".
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL when @pay has
 *   no figure, either period is unknown or they are the same
 */
char *
pursuit_pay_describe_conversion (const PursuitPay            *pay,
                                 PursuitPayPeriod             to,
                                 const PursuitPayAssumptions *assumptions)
{
  PursuitPayAssumptions defaults;
  PursuitPay converted;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *basis = NULL;

  g_return_val_if_fail (pay != NULL, NULL);

  if (assumptions == NULL)
    {
      pursuit_pay_assumptions_init (&defaults);
      assumptions = &defaults;
    }

  if (!pursuit_pay_has_figure (pay) || pay->period == to ||
      pursuit_pay_periods_per_year (pay->period, assumptions) == 0 ||
      pursuit_pay_periods_per_year (to, assumptions) == 0)
    return NULL;

  /* An open-ended figure converts as itself, said to be the least or the
   * most: "From $20 an hour = about $41,600 a year or more". */
  converted = *pay;
  converted.period = to;
  converted.min = round_for_period (pursuit_pay_convert (pay->min >= 0 ? pay->min : pay->max, pay->period, to, assumptions), to);
  converted.max = round_for_period (pursuit_pay_convert (pay->max >= 0 ? pay->max : pay->min, pay->period, to, assumptions), to);

  from_text = pursuit_pay_format (pay);
  to_text = pursuit_pay_format (&converted);
  basis = describe_assumptions (pay->period, to, assumptions);

  if (pay->max < 0)
    /* Translators: a conversion of pay with only a lower figure: "From $20 an hour = about $41,600 a year or more at 40 h/week" */
    return g_strdup_printf (_("%s = about %s or more at %s"), from_text, to_text, basis);
  if (pay->min < 0)
    /* Translators: a conversion of pay with only an upper figure: "Up to $25 an hour = about $52,000 a year or less at 40 h/week" */
    return g_strdup_printf (_("%s = about %s or less at %s"), from_text, to_text, basis);
  /* Translators: a conversion of pay: "$19 an hour = about $39,520 a year at 40 h/week" */
  return g_strdup_printf (_("%s = about %s at %s"), from_text, to_text, basis);
}
