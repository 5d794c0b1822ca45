/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "pursuit-fuzz.h"

#include <string.h>

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
