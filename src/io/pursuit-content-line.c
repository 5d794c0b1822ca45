/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-content-line.h"

/* The content lines of vCard (RFC 6350, section 3) and iCalendar (RFC 5545,
 * section 3.1 and 3.3.11) follow one set of rules:
 * - lines end in CRLF and are folded when longer than 75 octets: the rest
 *   continues on the next line after one space; a fold never splits a UTF-8
 *   character, since some readers would then see two broken characters;
 * - in TEXT values, backslash, comma and semicolon are escaped with a
 *   backslash and a line break is written as \n; other control characters
 *   but the tab are not allowed at all. */

#define MAX_LINE_OCTETS 75

/**
 * pursuit_content_line_escape_text:
 *
 * Escapes a TEXT value: backslash, comma and semicolon get a backslash,
 * line breaks (LF, CRLF or CR) become \n, and other control characters,
 * which neither format can hold, are dropped.
 */
char *
pursuit_content_line_escape_text (const char *text)
{
  GString *escaped;

  g_return_val_if_fail (text != NULL, NULL);

  escaped = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
          g_string_append (escaped, "\\\\");
          break;
        case ',':
          g_string_append (escaped, "\\,");
          break;
        case ';':
          g_string_append (escaped, "\\;");
          break;
        case '\r':
          if (p[1] == '\n')
            p++;
          g_string_append (escaped, "\\n");
          break;
        case '\n':
          g_string_append (escaped, "\\n");
          break;
        case '\t':
          g_string_append_c (escaped, '\t');
          break;
        default:
          if ((guchar) *p >= 0x20 && *p != 0x7f)
            g_string_append_c (escaped, *p);
          break;
        }
    }

  return g_string_free (escaped, FALSE);
}

/**
 * pursuit_content_line_fold:
 * @line: one content line, without its line break, in UTF-8
 *
 * Folds @line so no physical line is longer than 75 octets (the leading
 * space of a continuation counts), never inside a UTF-8 character.
 *
 * Returns: the folded line, its parts joined by CRLF and a space, without
 *   a final CRLF
 */
char *
pursuit_content_line_fold (const char *line)
{
  GString *folded;
  const char *rest;
  gsize left;
  gsize room = MAX_LINE_OCTETS;

  g_return_val_if_fail (line != NULL, NULL);

  left = strlen (line);
  folded = g_string_sized_new (left + left / (MAX_LINE_OCTETS - 1) * 3);
  rest = line;
  while (left > room)
    {
      gsize cut = room;

      /* Back off to the start of a character: continuation bytes are 10xxxxxx. */
      while (cut > 0 && ((guchar) rest[cut] & 0xc0) == 0x80)
        cut--;
      g_assert (cut > 0);

      g_string_append_len (folded, rest, cut);
      g_string_append (folded, "\r\n ");
      rest += cut;
      left -= cut;
      room = MAX_LINE_OCTETS - 1;
    }
  g_string_append_len (folded, rest, left);

  return g_string_free (folded, FALSE);
}

/**
 * pursuit_content_line_append:
 * @out: where to append
 * @name: the property, with any parameters ("EMAIL;TYPE=work")
 * @value: the value as it is written: escaped already where it is TEXT
 *
 * Appends the content line "@name:@value", folded, with its CRLF.
 */
void
pursuit_content_line_append (GString    *out,
                             const char *name,
                             const char *value)
{
  g_autofree char *line = NULL;
  g_autofree char *folded = NULL;

  g_return_if_fail (out != NULL);
  g_return_if_fail (name != NULL);
  g_return_if_fail (value != NULL);

  /* Values come from the database, which another program may have written:
   * folding needs whole characters, so broken bytes become U+FFFD. */
  if (!g_utf8_validate (value, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (value, -1);

      line = g_strconcat (name, ":", valid, NULL);
    }
  else
    line = g_strconcat (name, ":", value, NULL);
  folded = pursuit_content_line_fold (line);
  g_string_append (out, folded);
  g_string_append (out, "\r\n");
}

/**
 * pursuit_content_line_append_text:
 * @text: (nullable): a TEXT value, not escaped
 *
 * Appends a TEXT property, escaped and folded; nothing when @text is
 * empty, since an empty property says nothing.
 */
void
pursuit_content_line_append_text (GString    *out,
                                  const char *name,
                                  const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || text[0] == '\0')
    return;

  escaped = pursuit_content_line_escape_text (text);
  pursuit_content_line_append (out, name, escaped);
}
