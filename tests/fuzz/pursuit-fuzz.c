/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pursuit-fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gprintf.h>

/**
 * pursuit_fuzz_text:
 *
 * The input as the C string a caller could pass: it ends at the first NUL,
 * as text from an entry, an option or a file read into a string does.
 *
 * Returns: (transfer full): a copy, NUL-terminated
 */
char *
pursuit_fuzz_text (const uint8_t *data,
                   size_t         size)
{
  return g_strndup ((const char *) data, size);
}

/**
 * pursuit_fuzz_split:
 * @n_parts: how many strings to make
 *
 * Cuts the input at its NUL bytes into @n_parts strings, the fields of one
 * record; missing ones are empty and the last takes what is left up to its
 * own NUL.
 *
 * Returns: (transfer full): @n_parts strings
 */
GStrv
pursuit_fuzz_split (const uint8_t *data,
                    size_t         size,
                    guint          n_parts)
{
  GStrv parts = g_new0 (char *, n_parts + 1);
  size_t start = 0;

  for (guint i = 0; i < n_parts; i++)
    {
      const uint8_t *end = start < size ? memchr (data + start, '\0', size - start) : NULL;
      size_t length = end != NULL ? (size_t) (end - (data + start)) : (start < size ? size - start : 0);

      parts[i] = g_strndup ((const char *) data + start, length);
      start += length + 1;
    }

  return parts;
}

/* A refusal must be one of the expected kind and say something a person
 * can read, whatever the input was. */
void
pursuit_fuzz_assert_error_readable (const GError *error,
                                    GQuark        domain)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == domain);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 0);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

/* A date as the app keeps it: YYYY-MM-DD and real, or "" for none. */
void
pursuit_fuzz_assert_date (const char *date)
{
  int year, month, day, end = 0;

  g_assert_nonnull (date);
  if (date[0] == '\0')
    return;
  g_assert_cmpuint (strlen (date), ==, 10);
  g_assert_cmpint (sscanf (date, "%4d-%2d-%2d%n", &year, &month, &day, &end), ==, 3);
  g_assert_cmpint (end, ==, 10);
  g_assert_true (g_date_valid_dmy (day, month, year));
}

/**
 * pursuit_fuzz_fail:
 *
 * Says which rule broke and aborts. Not g_error(): it stops the process
 * with SIGTRAP, which libFuzzer does not catch, so the input would not be
 * saved; an abort is caught, saved and counted like any crash.
 */
void
pursuit_fuzz_fail (const char *format,
                   ...)
{
  va_list args;

  va_start (args, format);
  g_vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  abort ();
}
