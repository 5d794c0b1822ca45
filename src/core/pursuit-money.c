/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-money.h"

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

/**
 * pursuit_currency_get_sign:
 * @code: an ISO 4217 code
 * @prefix: (out) (optional): what is written before the amount ("CA$")
 * @suffix: (out) (optional): what is written after it (" zł")
 *
 * Returns: whether the currency has a sign of its own; without one, write
 *   the code before the amount ("SEK 300")
 */
gboolean
pursuit_currency_get_sign (const char  *code,
                           const char **prefix,
                           const char **suffix)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (currency_signs); i++)
    {
      if (g_str_equal (currency_signs[i].code, code))
        {
          if (prefix != NULL)
            *prefix = currency_signs[i].prefix;
          if (suffix != NULL)
            *suffix = currency_signs[i].suffix;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * pursuit_group_thousands:
 * @number: digits with an optional minus sign and decimal part, "-38500.5"
 *
 * Returns: (transfer full): the same with commas between thousands,
 *   "-38,500.5"
 */
char *
pursuit_group_thousands (const char *number)
{
  g_autoptr(GString) grouped = g_string_new (NULL);
  const char *digits = number[0] == '-' ? number + 1 : number;
  const char *point = strchr (digits, '.');
  gsize integer_length = point != NULL ? (gsize) (point - digits) : strlen (digits);

  if (digits != number)
    g_string_append_c (grouped, '-');
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

/**
 * pursuit_format_amount:
 *
 * Returns: (transfer full): "38500" as "38,500"; cents only when the figure
 *   has them ("19.50")
 */
char *
pursuit_format_amount (double value)
{
  g_autofree char *digits = NULL;
  /* Whole cents, so 19.999 reads "20" and not "19.100". */
  gint64 cents = value < 1e15 ? (gint64) (value * 100 + 0.5) : 0;

  if (value >= 1e15)
    digits = g_strdup_printf ("%.0f", value);
  else if (cents % 100 == 0)
    digits = g_strdup_printf ("%" G_GINT64_FORMAT, cents / 100);
  else
    digits = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cents / 100, (int) (cents % 100));

  return pursuit_group_thousands (digits);
}

/**
 * pursuit_format_money:
 * @currency: (nullable): an ISO 4217 code
 *
 * Returns: (transfer full): "$38,500", "35,000 zł", "SEK 300", or the bare
 *   amount without a currency
 */
char *
pursuit_format_money (double      value,
                      const char *currency)
{
  g_autofree char *amount = pursuit_format_amount (value);
  const char *prefix;
  const char *suffix;

  if (currency == NULL || currency[0] == '\0')
    return g_steal_pointer (&amount);

  if (pursuit_currency_get_sign (currency, &prefix, &suffix))
    return g_strconcat (prefix, amount, suffix, NULL);

  return g_strdup_printf ("%s %s", currency, amount);
}

/**
 * pursuit_format_per_period:
 * @amount: an amount or a range of pay, already formatted
 *
 * Returns: (transfer full): "$19 an hour", "€2,500 a month"; @amount itself
 *   when the period is unknown
 */
char *
pursuit_format_per_period (const char       *amount,
                           PursuitPayPeriod  period)
{
  switch (period)
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
    case PURSUIT_PAY_PERIOD_UNKNOWN:
    default:
      return g_strdup (amount);
    }
}
