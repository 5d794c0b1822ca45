/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-html-text.h"

/* Job postings come as HTML: in a saved page's JSON-LD, in Huntr's export.
 * Pursuit keeps a posting as plain text, so the tags go and what they
 * meant for the layout stays: paragraphs and headings become paragraphs,
 * line breaks and list items become lines ("• " before each item), and
 * entities become the characters they stand for. This is not a browser:
 * it reads well-formed and sloppy markup alike and never fails. */

/* The names of U+00A0 to U+00FF, in order (HTML 4, still in HTML 5). */
static const char * const latin1_names[] = {
  "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect",
  "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr",
  "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
  "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
  "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil",
  "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml",
  "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
  "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig",
  "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
  "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml",
  "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
  "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
};

G_STATIC_ASSERT (G_N_ELEMENTS (latin1_names) == 0x100 - 0xa0);

/* The other entities that turn up in postings. */
static const struct
{
  const char *name;
  gunichar character;
} other_entities[] = {
  { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "lsquo", 0x2018 }, { "rsquo", 0x2019 },
  { "sbquo", 0x201a }, { "ldquo", 0x201c }, { "rdquo", 0x201d }, { "bdquo", 0x201e },
  { "hellip", 0x2026 }, { "bull", 0x2022 }, { "trade", 0x2122 }, { "euro", 0x20ac },
  { "dagger", 0x2020 }, { "Dagger", 0x2021 }, { "permil", 0x2030 }, { "prime", 0x2032 },
  { "lsaquo", 0x2039 }, { "rsaquo", 0x203a }, { "ensp", 0x2002 }, { "emsp", 0x2003 },
  { "thinsp", 0x2009 }, { "zwnj", 0x200c }, { "zwj", 0x200d }, { "lrm", 0x200e },
  { "rlm", 0x200f }, { "larr", 0x2190 }, { "rarr", 0x2192 }, { "check", 0x2713 },
  { "OElig", 0x152 }, { "oelig", 0x153 }, { "Scaron", 0x160 }, { "scaron", 0x161 },
  { "Yuml", 0x178 }, { "fnof", 0x192 }, { "circ", 0x2c6 }, { "tilde", 0x2dc },
  { "minus", 0x2212 }, { "le", 0x2264 }, { "ge", 0x2265 }, { "ne", 0x2260 },
};

/* What &#128; to &#159; mean: HTML reads them as Windows-1252, as the
 * pages that write them intend. */
static const gunichar windows_1252[32] = {
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
  0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
};

static gboolean
lookup_entity (const char *name,
               gsize       length,
               gunichar   *character)
{
  for (guint i = 0; i < G_N_ELEMENTS (latin1_names); i++)
    {
      if (strlen (latin1_names[i]) == length && memcmp (latin1_names[i], name, length) == 0)
        {
          *character = 0xa0 + i;
          return TRUE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (other_entities); i++)
    {
      if (strlen (other_entities[i].name) == length && memcmp (other_entities[i].name, name, length) == 0)
        {
          *character = other_entities[i].character;
          return TRUE;
        }
    }
  return FALSE;
}

static gunichar
numeric_character (guint64 value)
{
  if (value >= 0x80 && value <= 0x9f)
    return windows_1252[value - 0x80];
  if (value == 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
    return 0xfffd;
  return (gunichar) value;
}

/* Reads the entity at @p ("&amp;", "&#8211;", "&#x2013;"), which ends
 * before @end. Returns the number of bytes it takes, or 0 when @p is a
 * plain ampersand. A few old entities are also known without their
 * semicolon, as browsers know them. */
static gsize
read_entity (const char *p,
             const char *end,
             gunichar   *character)
{
  const char *q = p + 1;

  if (q < end && *q == '#')
    {
      gboolean hex = FALSE;
      guint64 value = 0;
      const char *digits;

      q++;
      if (q < end && (*q == 'x' || *q == 'X'))
        {
          hex = TRUE;
          q++;
        }
      digits = q;
      while (q < end && (hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q)))
        {
          if (value <= 0x10ffff)
            value = value * (hex ? 16 : 10) + (hex ? g_ascii_xdigit_value (*q) : g_ascii_digit_value (*q));
          q++;
        }
      if (q == digits)
        return 0;
      *character = numeric_character (value);
      if (q < end && *q == ';')
        q++;
      return q - p;
    }

  while (q < end && g_ascii_isalnum (*q) && q - p <= 32)
    q++;
  if (q == p + 1)
    return 0;

  if (q < end && *q == ';')
    {
      if (!lookup_entity (p + 1, q - p - 1, character))
        return 0;
      return q + 1 - p;
    }

  {
    static const char * const without_semicolon[] = { "amp", "lt", "gt", "quot", "nbsp" };

    for (guint i = 0; i < G_N_ELEMENTS (without_semicolon); i++)
      {
        gsize name_length = strlen (without_semicolon[i]);

        if ((gsize) (end - p - 1) >= name_length && memcmp (p + 1, without_semicolon[i], name_length) == 0 &&
            lookup_entity (p + 1, name_length, character))
          return name_length + 1;
      }
  }
  return 0;
}

/* Appends @c unless it is a control character a text field cannot hold. */
static void
append_character (GString  *out,
                  gunichar  c)
{
  if (c == 0xad || c == 0x200b || c == 0xfeff)
    return;
  if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
    return;
  g_string_append_unichar (out, c);
}

/**
 * pursuit_html_decode_entities:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 when it ends in a nul
 *
 * Replaces character references (named and numeric) with their
 * characters; anything else, tags too, stays as it is.
 */
char *
pursuit_html_decode_entities (const char *text,
                              gssize      length)
{
  const char *end;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  end = text + length;
  out = g_string_sized_new (length);

  for (const char *p = text; p < end;)
    {
      gunichar c;
      gsize taken;

      if (*p == '&' && (taken = read_entity (p, end, &c)) > 0)
        {
          append_character (out, c == 0xa0 ? ' ' : c);
          p += taken;
        }
      else
        {
          g_string_append_c (out, *p);
          p++;
        }
    }

  return g_string_free (out, FALSE);
}

typedef enum
{
  BREAK_NONE,
  BREAK_LINE,
  BREAK_PARAGRAPH,
} Break;

typedef struct
{
  GString *out;
  Break pending_break;
  gboolean pending_space;
  gboolean pending_bullet;
  guint in_preformatted;
} Writer;

static void
request_break (Writer *writer,
               Break   kind)
{
  writer->pending_break = MAX (writer->pending_break, kind);
  writer->pending_space = FALSE;
}

static void
trim_line_end (GString *out)
{
  while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '\t'))
    g_string_truncate (out, out->len - 1);
}

/* Writes one character of content, with the break or space owed first. */
static void
write_character (Writer   *writer,
                 gunichar  c)
{
  GString *out = writer->out;

  if (out->len > 0 && writer->pending_break != BREAK_NONE)
    {
      trim_line_end (out);
      g_string_append (out, writer->pending_break == BREAK_PARAGRAPH ? "\n\n" : "\n");
    }
  else if (writer->pending_space && out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, ' ');

  writer->pending_break = BREAK_NONE;
  writer->pending_space = FALSE;

  if (writer->pending_bullet)
    {
      g_string_append (out, "• ");
      writer->pending_bullet = FALSE;
    }

  append_character (out, c);
}

static gboolean
is_tag (const char *name,
        const char * const *names)
{
  return g_strv_contains (names, name);
}

static const char * const paragraph_tags[] = {
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote",
  "pre", "hr", "section", "article", "main", "aside", "nav", "figure", "form", "fieldset", NULL
};
static const char * const line_tags[] = {
  "div", "tr", "dt", "dd", "header", "footer", "address", "figcaption", "caption",
  "summary", "details", "center", "tbody", "thead", "tfoot", NULL
};
static const char * const skipped_tags[] = {
  "script", "style", "head", "noscript", "template", "svg", "object", "iframe", "title", NULL
};

/* Skips from @p to just after the "</name" ... ">" that closes it, or to
 * the end. */
static const char *
skip_element (const char *p,
              const char *end,
              const char *name)
{
  gsize length = strlen (name);

  for (; p < end; p++)
    {
      if (*p == '<' && p + 1 < end && p[1] == '/' && (gsize) (end - p - 2) >= length &&
          g_ascii_strncasecmp (p + 2, name, length) == 0)
        {
          const char *close = memchr (p, '>', end - p);

          return close != NULL ? close + 1 : end;
        }
    }
  return end;
}

/**
 * pursuit_html_find_tag_end:
 * @p: where a tag's name or attributes are
 * @end: where the text ends
 *
 * Returns: (nullable): the ">" that ends the tag, past quoted attribute
 *   values that may hold one, or %NULL when the text ends first
 */
const char *
pursuit_html_find_tag_end (const char *p,
                           const char *end)
{
  char quote = '\0';

  for (; p < end; p++)
    {
      if (quote != '\0')
        {
          if (*p == quote)
            quote = '\0';
        }
      else if (*p == '"' || *p == '\'')
        quote = *p;
      else if (*p == '>')
        return p;
    }
  return NULL;
}

/* Reads the tag at @p (just after its "<") and handles it. Returns where
 * the text goes on, or NULL when this "<" starts no tag. */
static const char *
read_tag (Writer     *writer,
          const char *p,
          const char *end)
{
  char name[16];
  gsize name_length = 0;
  gboolean closing = FALSE;
  const char *q;

  if (end - p >= 3 && strncmp (p, "!--", 3) == 0)
    {
      for (q = p + 3; q + 2 < end; q++)
        {
          if (q[0] == '-' && q[1] == '-' && q[2] == '>')
            return q + 3;
        }
      return end;
    }

  if (p < end && (*p == '!' || *p == '?'))
    {
      q = memchr (p, '>', end - p);
      return q != NULL ? q + 1 : end;
    }

  q = p;
  if (q < end && *q == '/')
    {
      closing = TRUE;
      q++;
    }
  if (q >= end || !g_ascii_isalpha (*q))
    return NULL;

  while (q < end && (g_ascii_isalnum (*q) || *q == '-' || *q == ':'))
    {
      if (name_length < sizeof name - 1)
        name[name_length++] = g_ascii_tolower (*q);
      q++;
    }
  name[name_length] = '\0';

  q = pursuit_html_find_tag_end (q, end);
  if (q == NULL)
    return NULL;
  q++;

  if (!closing && is_tag (name, skipped_tags))
    return skip_element (q, end, name);

  if (g_str_equal (name, "br"))
    request_break (writer, BREAK_LINE);
  else if (g_str_equal (name, "li"))
    {
      request_break (writer, BREAK_LINE);
      writer->pending_bullet = !closing;
    }
  else if (is_tag (name, paragraph_tags))
    {
      request_break (writer, BREAK_PARAGRAPH);
      if (g_str_equal (name, "pre"))
        {
          if (closing && writer->in_preformatted > 0)
            writer->in_preformatted--;
          else if (!closing)
            writer->in_preformatted++;
        }
    }
  else if (is_tag (name, line_tags))
    request_break (writer, BREAK_LINE);
  else if (g_str_equal (name, "td") || g_str_equal (name, "th"))
    writer->pending_space = TRUE;

  return q;
}

static gboolean
looks_like_markup (const char *text,
                   const char *end)
{
  for (const char *p = text; p + 1 < end; p++)
    {
      p = memchr (p, '<', end - p - 1);
      if (p == NULL)
        return FALSE;
      if (g_ascii_isalpha (p[1]) || p[1] == '/' || p[1] == '!')
        return TRUE;
    }
  return FALSE;
}

static char *
markup_to_text (const char *text,
                const char *end)
{
  Writer writer = { 0 };

  writer.out = g_string_sized_new (end - text);

  for (const char *p = text; p < end;)
    {
      gunichar entity;
      gsize taken;

      if (*p == '<')
        {
          const char *after = read_tag (&writer, p + 1, end);

          if (after != NULL)
            {
              p = after;
              continue;
            }
          write_character (&writer, '<');
          p++;
        }
      else if (*p == '&' && (taken = read_entity (p, end, &entity)) > 0)
        {
          if (entity == 0xa0)
            writer.pending_space = TRUE;
          else
            write_character (&writer, entity);
          p += taken;
        }
      else if (*p == '\n' && writer.in_preformatted > 0)
        {
          request_break (&writer, BREAK_LINE);
          p++;
        }
      else if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
        {
          writer.pending_space = TRUE;
          p++;
        }
      else
        {
          const char *next = g_utf8_find_next_char (p, end);
          gunichar c;

          if (next == NULL)
            next = end;
          c = g_utf8_get_char_validated (p, next - p);
          write_character (&writer, c < 0x110000 ? c : 0xfffd);
          p = next;
        }
    }

  trim_line_end (writer.out);
  return g_string_free (writer.out, FALSE);
}

/* Plain text: entities decoded, line ends made LF, spaces collapsed within
 * each line, at most one empty line in a row. */
static char *
plain_to_text (const char *text,
               const char *end)
{
  g_autofree char *decoded = pursuit_html_decode_entities (text, end - text);
  g_auto(GStrv) lines = NULL;
  GString *out = g_string_sized_new (strlen (decoded));
  guint empty_lines = 0;

  lines = g_regex_split_simple ("\r\n|\r|\n", decoded, 0, 0);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = pursuit_html_collapse_spaces (lines[i]);

      if (line[0] == '\0')
        {
          empty_lines++;
          continue;
        }
      if (out->len > 0)
        g_string_append (out, empty_lines > 0 ? "\n\n" : "\n");
      g_string_append (out, line);
      empty_lines = 0;
    }

  return g_string_free (out, FALSE);
}

/**
 * pursuit_html_to_text:
 * @text: UTF-8 text: HTML, HTML escaped once more ("&lt;p&gt;…", as some
 *   sites put it in JSON-LD), or plain text
 * @length: its length in bytes, or -1 when it ends in a nul
 *
 * Turns a posting into plain text: tags go, paragraphs and headings are
 * separated by an empty line, line breaks and list items start a line
 * (items with "• "), entities become characters, runs of spaces become
 * one. Plain text keeps its own lines.
 */
char *
pursuit_html_to_text (const char *text,
                      gssize      length)
{
  const char *end;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  end = text + length;

  if (looks_like_markup (text, end))
    return markup_to_text (text, end);

  /* "&lt;p&gt;" with no "<" anywhere is HTML escaped once too often. */
  if (memchr (text, '<', length) == NULL && g_strstr_len (text, length, "&lt;") != NULL)
    {
      g_autofree char *decoded = pursuit_html_decode_entities (text, length);
      const char *decoded_end = decoded + strlen (decoded);

      if (looks_like_markup (decoded, decoded_end))
        return markup_to_text (decoded, decoded_end);
    }

  return plain_to_text (text, end);
}

/**
 * pursuit_html_collapse_spaces:
 *
 * Returns: @text with every run of white space (line breaks too) made one
 *   space, and none at either end
 */
char *
pursuit_html_collapse_spaces (const char *text)
{
  GString *out;
  gboolean space = FALSE;
  const char *plain = text;

  g_return_val_if_fail (text != NULL, NULL);

  /* Printable ASCII with single spaces inside, most text (an import's
   * stage names, one a row), comes out as it is. */
  while ((*plain > ' ' && *plain < 0x7f) ||
         (*plain == ' ' && plain > text && plain[1] != ' ' && plain[1] != '\0'))
    plain++;
  if (*plain == '\0')
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0xa0)
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      append_character (out, c);
    }

  return g_string_free (out, FALSE);
}
