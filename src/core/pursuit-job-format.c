/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-job-format.h"

/* How a job's fields read to a person, shared by pursuit-cli and the app. */

static const struct
{
  const char *code;
  const char *prefix;
  const char *suffix;
} currency_signs[] = {
  { "USD", "$", "" },
  { "EUR", "€", "" },
  { "GBP", "£", "" },
  { "JPY", "¥", "" },
  { "INR", "₹", "" },
  { "CAD", "CA$", "" },
  { "AUD", "A$", "" },
  { "NZD", "NZ$", "" },
  { "MXN", "MX$", "" },
  { "BRL", "R$", "" },
  { "PLN", "", " zł" },
};

/* "38500" -> "38,500"; cents only when the figure has them ("19.50"). */
static char *
format_amount (double value)
{
  g_autoptr(GString) grouped = g_string_new (NULL);
  g_autofree char *digits = NULL;
  /* Whole cents, so 19.999 reads "20" and not "19.100". */
  gint64 cents = value < 1e15 ? (gint64) (value * 100 + 0.5) : 0;
  const char *point;
  gsize integer_length;

  if (value >= 1e15)
    digits = g_strdup_printf ("%.0f", value);
  else if (cents % 100 == 0)
    digits = g_strdup_printf ("%" G_GINT64_FORMAT, cents / 100);
  else
    digits = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cents / 100, (int) (cents % 100));

  point = strchr (digits, '.');
  integer_length = point != NULL ? (gsize) (point - digits) : strlen (digits);
  for (gsize i = 0; i < integer_length; i++)
    {
      if (i > 0 && (integer_length - i) % 3 == 0)
        g_string_append_c (grouped, ',');
      g_string_append_c (grouped, digits[i]);
    }
  if (point != NULL)
    g_string_append (grouped, point);

  return g_string_free (g_steal_pointer (&grouped), FALSE);
}

static char *
format_money (double      value,
              const char *currency)
{
  g_autofree char *amount = format_amount (value);

  if (currency == NULL || currency[0] == '\0')
    return g_steal_pointer (&amount);

  for (guint i = 0; i < G_N_ELEMENTS (currency_signs); i++)
    {
      if (g_str_equal (currency_signs[i].code, currency))
        return g_strconcat (currency_signs[i].prefix, amount, currency_signs[i].suffix, NULL);
    }

  return g_strdup_printf ("%s %s", currency, amount);
}

/**
 * pursuit_job_format_pay:
 *
 * The pay as the posting gave it: "$19 an hour", "€2,500 a month",
 * "$38,500–$48,500 a year", "From £30,000 a year".
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when the job has no
 *   pay figure
 */
char *
pursuit_job_format_pay (PursuitJob *job)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *amount = NULL;
  const char *currency;
  double pay_min;
  double pay_max;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);

  pay_min = pursuit_job_get_pay_min (job);
  pay_max = pursuit_job_get_pay_max (job);
  currency = pursuit_job_get_pay_currency (job);

  if (pay_min < 0 && pay_max < 0)
    return NULL;

  if (pay_min >= 0)
    low = format_money (pay_min, currency);
  if (pay_max >= 0)
    high = format_money (pay_max, currency);

  if (low != NULL && high != NULL && g_str_equal (low, high))
    amount = g_steal_pointer (&low);
  else if (low != NULL && high != NULL)
    /* Translators: a range of pay, "$38,500–$48,500" */
    amount = g_strdup_printf (_("%s–%s"), low, high);
  else if (low != NULL)
    /* Translators: pay with only a lower figure, "From $38,500" */
    amount = g_strdup_printf (_("From %s"), low);
  else
    /* Translators: pay with only an upper figure, "Up to $48,500" */
    amount = g_strdup_printf (_("Up to %s"), high);

  switch (pursuit_job_get_pay_period (job))
    {
    case PURSUIT_PAY_PERIOD_HOUR:
      /* Translators: %s is an amount or a range of pay, "$19" */
      return g_strdup_printf (_("%s an hour"), amount);
    case PURSUIT_PAY_PERIOD_DAY:
      /* Translators: %s is an amount or a range of pay, "$150" */
      return g_strdup_printf (_("%s a day"), amount);
    case PURSUIT_PAY_PERIOD_WEEK:
      /* Translators: %s is an amount or a range of pay, "$900" */
      return g_strdup_printf (_("%s a week"), amount);
    case PURSUIT_PAY_PERIOD_MONTH:
      /* Translators: %s is an amount or a range of pay, "€2,500" */
      return g_strdup_printf (_("%s a month"), amount);
    case PURSUIT_PAY_PERIOD_YEAR:
      /* Translators: %s is an amount or a range of pay, "$38,500–$48,500" */
      return g_strdup_printf (_("%s a year"), amount);
    default:
      return g_steal_pointer (&amount);
    }
}
