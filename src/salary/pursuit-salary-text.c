/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-salary-private.h"

/**
 * pursuit_salary_fold:
 *
 * Text as the matchers compare it: lower-case ASCII, accents dropped
 * ("Łódź" -> "lodz", "Montréal" -> "montreal").
 *
 * Returns: (transfer full): the folded text
 */
char *
pursuit_salary_fold (const char *text)
{
  g_autofree char *ascii = NULL;

  /* Most words are ASCII already; transliterating costs far more. */
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p >= 0x80)
      {
        ascii = g_str_to_ascii (text, "C");
        return g_ascii_strdown (ascii, -1);
      }
  return g_ascii_strdown (text, -1);
}

/**
 * pursuit_salary_quote_list:
 * @words: (element-type utf8): the words
 *
 * Returns: (transfer full): “Remote”, “Spanish”
 */
char *
pursuit_salary_quote_list (GPtrArray *words)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        /* Translators: the separator between quoted words, “Remote”, “Spanish” */
        g_string_append (text, _(", "));
      /* Translators: a word quoted from a job title or location, “Remote” */
      g_string_append_printf (text, _("“%s”"), (const char *) g_ptr_array_index (words, i));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
