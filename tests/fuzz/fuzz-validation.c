/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "pursuit-fuzz.h"
#include "pursuit-validation.h"

/* The parsers of what people type (src/core/pursuit-validation.h) on any
 * text. Beyond not crashing, each must keep its word: what it accepts is in
 * range and shaped as documented, reading its own output gives the same
 * value again, and an independent reading of the same text agrees. */

static char *
stripped_copy (const char *text)
{
  return g_strstrip (g_strdup (text));
}

static void
check_text (const char *text)
{
  static const gsize limits[] = { 0, 1, 10, 1000 };

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      for (int multi_line = 0; multi_line <= 1; multi_line++)
        {
          g_autoptr(GError) error = NULL;

          if (!pursuit_check_text (text, limits[i], multi_line, &error))
            {
              pursuit_fuzz_assert_error_readable (error, PURSUIT_VALIDATION_ERROR);
              continue;
            }

          g_assert_no_error (error);
          g_assert_true (g_utf8_validate (text, -1, NULL));
          if (limits[i] > 0)
            g_assert_cmpint (g_utf8_strlen (text, -1), <=, (glong) limits[i]);
          for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
            {
              gunichar c = g_utf8_get_char (p);

              if (g_unichar_iscntrl (c))
                g_assert_true (c == '\t' || (multi_line && (c == '\n' || c == '\r')));
            }
        }
    }
}

static void
check_date (const char *text)
{
  g_autofree char *date = NULL;
  g_autofree char *again = NULL;
  g_autofree char *stripped = stripped_copy (text);
  g_autoptr(GError) error = NULL;
  int year, month, day;
  char rest;

  if (!pursuit_parse_date (text, &date, &error))
    {
      pursuit_fuzz_assert_error_readable (error, PURSUIT_VALIDATION_ERROR);
      g_assert_false (pursuit_is_valid_date (stripped));
      return;
    }

  g_assert_no_error (error);
  /* What is kept is what was typed, less the spaces around it. */
  g_assert_cmpstr (date, ==, stripped);
  g_assert_true (pursuit_is_valid_date (date));
  g_assert_true (pursuit_parse_date (date, &again, NULL));
  g_assert_cmpstr (again, ==, date);

  if (date[0] == '\0')
    return;

  /* Read again another way: ten characters, four digits, two, two, and a
   * day GLib's calendar knows. */
  g_assert_cmpuint (strlen (date), ==, 10);
  g_assert_cmpint (sscanf (date, "%4d-%2d-%2d%c", &year, &month, &day, &rest), ==, 3);
  for (guint i = 0; i < 10; i++)
    g_assert_true (i == 4 || i == 7 ? date[i] == '-' : g_ascii_isdigit (date[i]));
  g_assert_cmpint (year, >=, 1900);
  g_assert_cmpint (year, <=, 2200);
  g_assert_true (g_date_valid_dmy (day, month, year));
}

static void
check_amount (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) plain = NULL;
  g_autofree char *stripped = NULL;
  double amount;
  double again;
  char *end;

  if (!pursuit_parse_amount (text, &amount, &error))
    {
      pursuit_fuzz_assert_error_readable (error, PURSUIT_VALIDATION_ERROR);
      return;
    }

  g_assert_no_error (error);

  plain = g_string_new (text);
  g_string_replace (plain, "\u00a0", " ", 0);
  g_string_replace (plain, "\u202f", " ", 0);
  stripped = stripped_copy (plain->str);
  if (stripped[0] == '\0')
    {
      g_assert_cmpfloat (amount, ==, -1);
      return;
    }

  g_assert_true (isfinite (amount));
  g_assert_cmpfloat (amount, >=, 0);
  g_assert_cmpfloat (amount, <=, 1e12);

  /* The same figure once the group separators are gone, read by the C
   * library's own reader. */
  g_string_assign (plain, stripped);
  g_string_replace (plain, ",", "", 0);
  g_string_replace (plain, " ", "", 0);
  for (const char *p = plain->str; *p != '\0'; p++)
    g_assert_true (g_ascii_isdigit (*p) || *p == '.');
  again = g_ascii_strtod (plain->str, &end);
  g_assert_true (*end == '\0');
  g_assert_cmpfloat (again, ==, amount);
}

static void
check_web_address (const char *text)
{
  g_autofree char *address = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;

  if (!pursuit_parse_web_address (text, &address, &error))
    {
      pursuit_fuzz_assert_error_readable (error, PURSUIT_VALIDATION_ERROR);
      return;
    }

  g_assert_no_error (error);
  if (address[0] == '\0')
    return;

  g_assert_true (pursuit_is_web_address (address));
  g_assert_true (g_ascii_strncasecmp (address, "http://", 7) == 0 ||
                 g_ascii_strncasecmp (address, "https://", 8) == 0);
  g_assert_true (pursuit_parse_web_address (address, &again, NULL));
  g_assert_cmpstr (again, ==, address);
}

static void
check_currency (const char *text)
{
  g_autofree char *code = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;

  if (!pursuit_parse_currency (text, &code, &error))
    {
      pursuit_fuzz_assert_error_readable (error, PURSUIT_VALIDATION_ERROR);
      return;
    }

  g_assert_no_error (error);
  if (code[0] == '\0')
    return;

  g_assert_cmpuint (strlen (code), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_true (code[i] >= 'A' && code[i] <= 'Z');
  g_assert_true (pursuit_is_currency_code (code));
  g_assert_true (pursuit_parse_currency (code, &again, NULL));
  g_assert_cmpstr (again, ==, code);
}

static void
check_whole_number (const char *text)
{
  static const gint64 ranges[][2] = {
    { 0, 5 },
    { -10, 10 },
    { G_MININT64, G_MAXINT64 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *stripped = stripped_copy (text);
      const char *digits;
      gint64 number;
      char *end;

      if (!pursuit_parse_whole_number (text, ranges[i][0], ranges[i][1], &number, &error))
        {
          pursuit_fuzz_assert_error_readable (error, PURSUIT_VALIDATION_ERROR);
          continue;
        }

      g_assert_no_error (error);
      g_assert_cmpint (number, >=, ranges[i][0]);
      g_assert_cmpint (number, <=, ranges[i][1]);

      /* Decimal digits with a minus sign at most, nothing else, and the
       * C library reads the same number from them. */
      digits = stripped[0] == '-' ? stripped + 1 : stripped;
      g_assert_cmpuint (strlen (digits), >, 0);
      for (const char *p = digits; *p != '\0'; p++)
        g_assert_true (g_ascii_isdigit (*p));
      g_assert_cmpint (g_ascii_strtoll (stripped, &end, 10), ==, number);
      g_assert_true (*end == '\0');
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = pursuit_fuzz_text (data, size);

  check_text (text);
  check_date (text);
  check_amount (text);
  check_web_address (text);
  check_currency (text);
  check_whole_number (text);

  /* The yes-or-no checks take any text too. */
  pursuit_is_web_address (text);
  pursuit_is_currency_code (text);
  pursuit_is_valid_date (text);
  return 0;
}
