/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <langinfo.h>
#include <limits.h>
#include <locale.h>
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

/* The separators of the user's locale (LC_NUMERIC), set by setlocale() in
 * main() and pursuit-cli: "38.500,5" in es_ES and de_DE. The C locale has
 * no thousands separator: it reads as English, "38,500.5". */
static void
get_separators (const char **thousands,
                const char **decimal)
{
  const char *radix = nl_langinfo (RADIXCHAR);
  const char *sep = nl_langinfo (THOUSEP);

  *decimal = radix != NULL && radix[0] != '\0' ? radix : ".";
  if (sep == NULL || (sep[0] == '\0' && g_str_equal (*decimal, ".")))
    sep = ",";
  *thousands = sep;
}

/**
 * pursuit_group_thousands:
 * @number: digits with an optional minus sign and decimal part in the C
 *   locale, "-38500.5" (g_ascii_formatd())
 *
 * Returns: (transfer full): the same as the user's locale writes it,
 *   "-38,500.5" in English, "-38.500,5" in Spanish or German. Text for
 *   people only: what is stored or exported stays in the C locale.
 */
char *
pursuit_group_thousands (const char *number)
{
  g_autoptr(GString) grouped = g_string_new (NULL);
  const char *digits = number[0] == '-' ? number + 1 : number;
  const char *point = strchr (digits, '.');
  gsize integer_length = point != NULL ? (gsize) (point - digits) : strlen (digits);
  const char *thousands;
  const char *decimal;

  get_separators (&thousands, &decimal);
  if (digits != number)
    g_string_append_c (grouped, '-');
  for (gsize i = 0; i < integer_length; i++)
    {
      if (i > 0 && (integer_length - i) % 3 == 0)
        g_string_append (grouped, thousands);
      g_string_append_c (grouped, digits[i]);
    }
  if (point != NULL)
    {
      g_string_append (grouped, decimal);
      g_string_append (grouped, point + 1);
    }

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
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      digits = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.0f", value));
    }
  else if (cents % 100 == 0)
    digits = g_strdup_printf ("%" G_GINT64_FORMAT, cents / 100);
  else
    digits = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cents / 100, (int) (cents % 100));

  return pursuit_group_thousands (digits);
}

static gboolean
currency_after_amount (void)
{
  const struct lconv *conventions = localeconv ();

  return conventions->p_cs_precedes == 0;
}

/**
 * pursuit_format_money_text:
 * @amount: an amount already formatted (pursuit_format_amount())
 * @currency: (nullable): an ISO 4217 code
 *
 * Returns: (transfer full): @amount with the currency's sign, where the
 *   user's locale (LC_MONETARY) writes it: "$38,500", "35,000 zł", "SEK 300"
 *   in English and the C locale; "38.500 $", "1.234,50 €", "300 SEK" in
 *   es_ES or de_DE. The bare amount without a currency.
 */
char *
pursuit_format_money_text (const char *amount,
                           const char *currency)
{
  const char *prefix;
  const char *suffix;

  if (currency == NULL || currency[0] == '\0')
    return g_strdup (amount);

  if (!pursuit_currency_get_sign (currency, &prefix, &suffix))
    prefix = suffix = "";

  if (currency_after_amount ())
    {
      if (suffix[0] != '\0')
        return g_strconcat (amount, suffix, NULL);
      return g_strconcat (amount, " ", prefix[0] != '\0' ? prefix : currency, NULL);
    }

  if (prefix[0] == '\0' && suffix[0] == '\0')
    return g_strdup_printf ("%s %s", currency, amount);
  return g_strconcat (prefix, amount, suffix, NULL);
}

/**
 * pursuit_format_money:
 * @currency: (nullable): an ISO 4217 code
 *
 * Returns: (transfer full): @value as pursuit_format_money_text() writes it
 */
char *
pursuit_format_money (double      value,
                      const char *currency)
{
  g_autofree char *amount = pursuit_format_amount (value);

  return pursuit_format_money_text (amount, currency);
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
