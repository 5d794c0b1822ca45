/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-validation.h"

/* The field an error is about travels in the error itself (an extended
 * GError), so it survives being passed up through the store. */
typedef struct
{
  char *field;
} PursuitValidationErrorPrivate;

static void
pursuit_validation_error_private_init (PursuitValidationErrorPrivate *priv)
{
  priv->field = NULL;
}

static void
pursuit_validation_error_private_copy (const PursuitValidationErrorPrivate *src,
                                       PursuitValidationErrorPrivate       *dest)
{
  dest->field = g_strdup (src->field);
}

static void
pursuit_validation_error_private_clear (PursuitValidationErrorPrivate *priv)
{
  g_clear_pointer (&priv->field, g_free);
}

G_DEFINE_EXTENDED_ERROR (PursuitValidationError, pursuit_validation_error)

/**
 * pursuit_set_validation_error:
 * @field: (nullable): the property name of the field, such as "pay-min"
 */
void
pursuit_set_validation_error (GError                 **error,
                              const char              *field,
                              PursuitValidationError   code,
                              const char              *format,
                              ...)
{
  va_list args;
  GError *made;

  if (error == NULL)
    return;

  va_start (args, format);
  made = g_error_new_valist (PURSUIT_VALIDATION_ERROR, code, format, args);
  va_end (args);

  pursuit_validation_error_set_field (made, field);
  g_propagate_error (error, made);
}

/**
 * pursuit_validation_error_get_field:
 *
 * Returns: (nullable): the name of the field @error is about
 */
const char *
pursuit_validation_error_get_field (const GError *error)
{
  PursuitValidationErrorPrivate *priv;

  if (error == NULL || error->domain != PURSUIT_VALIDATION_ERROR)
    return NULL;

  priv = pursuit_validation_error_get_private (error);
  return priv != NULL ? priv->field : NULL;
}

void
pursuit_validation_error_set_field (GError     *error,
                                    const char *field)
{
  PursuitValidationErrorPrivate *priv;

  g_return_if_fail (error != NULL && error->domain == PURSUIT_VALIDATION_ERROR);

  priv = pursuit_validation_error_get_private (error);
  g_free (priv->field);
  priv->field = g_strdup (field);
}

static gboolean
has_space_or_control (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      guchar byte = (guchar) *p;
      gunichar c;

      /* ASCII, most of every address, without decoding: its spaces and
       * control characters are exactly the bytes up to ' ' and DEL. */
      if (byte < 0x80)
        {
          if (byte <= ' ' || byte == 0x7f)
            return TRUE;
          continue;
        }
      c = g_utf8_get_char (p);
      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        return TRUE;
    }
  return FALSE;
}

/* The shape of most addresses, which GUri reads as an http or https
 * address with a host whatever comes after it: the scheme in lowercase, a
 * host of ASCII letters, digits, dots and hyphens, then nothing or a path
 * of characters that need no decoding (no '%', query, fragment or port).
 * Read byte by byte, it spares an import of 100,000 addresses GUri's
 * parse and allocations, twice for each (mapped, then validated);
 * anything else goes to GUri. test-validation compares the two. */
static gboolean
is_plain_web_address (const char *text)
{
  const char *p;
  const char *host;

  if (g_str_has_prefix (text, "https://"))
    p = text + strlen ("https://");
  else if (g_str_has_prefix (text, "http://"))
    p = text + strlen ("http://");
  else
    return FALSE;

  for (host = p; g_ascii_isalnum (*p) || *p == '.' || *p == '-'; p++)
    ;
  if (p == host || (*p != '\0' && *p != '/'))
    return FALSE;

  for (; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && strchr ("-._~!$&'()*+,;=:@/", *p) == NULL)
        return FALSE;
    }
  return TRUE;
}

/**
 * pursuit_is_web_address:
 *
 * Whether @text is an http or https address with a host, as a browser would
 * open it.
 */
gboolean
pursuit_is_web_address (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  if (text == NULL || text[0] == '\0')
    return FALSE;
  if (is_plain_web_address (text))
    return TRUE;
  if (!g_utf8_validate (text, -1, NULL) || has_space_or_control (text))
    return FALSE;

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (uri);
  host = g_uri_get_host (uri);
  return (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0) &&
         host != NULL && host[0] != '\0';
}

/* Whether @text is shaped like an ISO 4217 code: three capital letters. */
gboolean
pursuit_is_currency_code (const char *text)
{
  return text != NULL && strlen (text) == 3 &&
         g_ascii_isupper (text[0]) && g_ascii_isupper (text[1]) && g_ascii_isupper (text[2]);
}

/* Exactly "YYYY-MM-DD", digits only, a day that exists. */
static gboolean
is_exact_date (const char *text)
{
  static const char shape[] = "dddd-dd-dd";
  int year, month, day;

  if (strlen (text) != sizeof shape - 1)
    return FALSE;

  for (guint i = 0; shape[i] != '\0'; i++)
    {
      if (shape[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != shape[i])
        return FALSE;
    }

  year = atoi (text);
  month = (text[5] - '0') * 10 + (text[6] - '0');
  day = (text[8] - '0') * 10 + (text[9] - '0');
  return year >= 1900 && year <= 2200 && g_date_valid_dmy (day, month, year);
}

/* Whether @iso_date is empty or a real calendar date as "YYYY-MM-DD". */
gboolean
pursuit_is_valid_date (const char *iso_date)
{
  return iso_date == NULL || iso_date[0] == '\0' || is_exact_date (iso_date);
}

/* Whether @text holds nothing but white space. */
gboolean
pursuit_is_blank (const char *text)
{
  g_return_val_if_fail (text != NULL, TRUE);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

/* Whether @text is UTF-8 without control characters (but tabs, and line
 * breaks when @multi_line); its length in characters goes in @length. */
static gboolean
check_characters (const char  *text,
                  gboolean     multi_line,
                  gsize       *length,
                  GError     **error)
{
  if (!g_utf8_validate (text, -1, NULL))
    {
      pursuit_set_validation_error (error, NULL, PURSUIT_VALIDATION_ERROR_BAD_TEXT,
                                    _("The text is not valid UTF-8"));
      return FALSE;
    }

  *length = 0;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      (*length)++;
      /* A tab is white space anywhere; line breaks only in a long text. */
      if (g_unichar_iscntrl (c) && c != '\t' && !(multi_line && (c == '\n' || c == '\r')))
        {
          pursuit_set_validation_error (error, NULL, PURSUIT_VALIDATION_ERROR_BAD_TEXT,
                                        multi_line ? _("The text holds control characters")
                                                   : _("The text holds line breaks or control characters"));
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * pursuit_check_text:
 * @max_length: the most characters, 0 for no limit
 * @multi_line: whether line breaks belong in it
 *
 * Whether @text can be kept: valid UTF-8, no control characters, not too long.
 */
gboolean
pursuit_check_text (const char  *text,
                    gsize        max_length,
                    gboolean     multi_line,
                    GError     **error)
{
  const char *end = text;
  gsize length;

  g_return_val_if_fail (text != NULL, FALSE);

  /* Most text is ASCII without control characters, which one pass over
   * its bytes settles (an import checks every field of 100,000 jobs).
   * Anything else takes the full check, so its errors come in the same
   * order. */
  while (((guchar) *end >= ' ' && (guchar) *end < 0x7f) || *end == '\t' ||
         (multi_line && (*end == '\n' || *end == '\r')))
    end++;
  length = end - text;
  if (*end != '\0' && !check_characters (text, multi_line, &length, error))
    return FALSE;

  if (max_length > 0 && length > max_length)
    {
      g_autofree char *most = g_strdup_printf ("%" G_GSIZE_FORMAT, max_length);
      g_autofree char *over = g_strdup_printf ("%" G_GSIZE_FORMAT, length - max_length);

      pursuit_set_validation_error (error, NULL, PURSUIT_VALIDATION_ERROR_TOO_LONG,
                                    /* Translators: the first %s is a number of characters
                                     * allowed, the second how many more were typed */
                                    _("At most %s characters; %s too many"), most, over);
      return FALSE;
    }

  return TRUE;
}

static char *
strip_copy (const char *text)
{
  return g_strstrip (g_strdup (text));
}

/**
 * pursuit_parse_date:
 * @iso_date: (out) (transfer full): the date, or "" when @text is empty
 *
 * Reads a date written exactly as YYYY-MM-DD (spaces around are ignored),
 * which must exist in the calendar.
 */
gboolean
pursuit_parse_date (const char  *text,
                    char       **iso_date,
                    GError     **error)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  stripped = strip_copy (text);
  if (stripped[0] != '\0' && !is_exact_date (stripped))
    {
      pursuit_set_validation_error (error, NULL, PURSUIT_VALIDATION_ERROR_FORMAT,
                                    _("Dates are written as YYYY-MM-DD and must exist in the calendar, such as 2026-11-24"));
      return FALSE;
    }

  if (iso_date != NULL)
    *iso_date = g_steal_pointer (&stripped);
  return TRUE;
}

/* Digits grouped in thousands ("38,500", "1 200 000") or the Indian way
 * ("3,00,000"): each group after the first has three digits, or two before
 * a last group of three. */
static gboolean
read_grouped_digits (const char *text,
                     GString    *digits)
{
  g_auto(GStrv) groups = NULL;
  guint n;

  if (strpbrk (text, ", ") == NULL)
    {
      for (const char *p = text; *p != '\0'; p++)
        {
          if (!g_ascii_isdigit (*p))
            return FALSE;
        }
      g_string_append (digits, text);
      return text[0] != '\0';
    }

  groups = g_strsplit_set (text, ", ", -1);
  n = g_strv_length (groups);
  for (guint i = 0; i < n; i++)
    {
      gsize length = strlen (groups[i]);

      for (const char *p = groups[i]; *p != '\0'; p++)
        {
          if (!g_ascii_isdigit (*p))
            return FALSE;
        }

      if (i == 0 ? (length < 1 || length > 3)
                 : !(length == 3 || (length == 2 && i < n - 1)))
        return FALSE;
      g_string_append (digits, groups[i]);
    }
  return TRUE;
}

/**
 * pursuit_parse_amount:
 * @amount: (out): the sum, or -1 when @text is empty
 *
 * Reads a sum of money as people type it: "38500", "38,500", "38 500",
 * "19.08", "3,00,000". Signs, exponents, hexadecimal and more than four
 * decimals are refused.
 */
gboolean
pursuit_parse_amount (const char  *text,
                      double      *amount,
                      GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autoptr(GString) whole = g_string_new (NULL);
  const char *point;
  double value;

  g_return_val_if_fail (text != NULL, FALSE);

  /* No-break spaces group thousands in many locales. */
  {
    g_autoptr(GString) spaced = g_string_new (text);

    g_string_replace (spaced, "\u00a0", " ", 0);
    g_string_replace (spaced, "\u202f", " ", 0);
    stripped = strip_copy (spaced->str);
  }

  if (stripped[0] == '\0')
    {
      if (amount != NULL)
        *amount = -1;
      return TRUE;
    }

  if (stripped[0] == '-')
    {
      pursuit_set_validation_error (error, NULL, PURSUIT_VALIDATION_ERROR_RANGE,
                                    _("A sum of money is zero or more"));
      return FALSE;
    }

  point = strchr (stripped, '.');
  g_string_append_len (whole, stripped, point != NULL ? point - stripped : (gssize) strlen (stripped));
  if (!read_grouped_digits (whole->str, digits))
    goto not_a_figure;

  if (point != NULL)
    {
      gsize decimals = strlen (point + 1);

      if (decimals == 0 || decimals > 4)
        goto not_a_figure;
      for (const char *p = point + 1; *p != '\0'; p++)
        {
          if (!g_ascii_isdigit (*p))
            goto not_a_figure;
        }
      g_string_append (digits, point);
    }

  if (digits->len > 16)
    {
      pursuit_set_validation_error (error, NULL, PURSUIT_VALIDATION_ERROR_RANGE,
                                    _("The figure is too large"));
      return FALSE;
    }

  value = g_ascii_strtod (digits->str, NULL);
  if (!isfinite (value) || value > 1e12)
    {
      pursuit_set_validation_error (error, NULL, PURSUIT_VALIDATION_ERROR_RANGE,
                                    _("The figure is too large"));
      return FALSE;
    }

  if (amount != NULL)
    *amount = value;
  return TRUE;

not_a_figure:
  pursuit_set_validation_error (error, NULL, PURSUIT_VALIDATION_ERROR_FORMAT,
                                _("Write a figure of zero or more, such as 38500, 38,500 or 19.08"));
  return FALSE;
}

/**
 * pursuit_parse_web_address:
 * @address: (out) (transfer full): the address, or "" when @text is empty
 *
 * Reads a web address; one typed without its scheme ("www.acme.com/jobs/1")
 * gets "https://".
 */
gboolean
pursuit_parse_web_address (const char  *text,
                           char       **address,
                           GError     **error)
{
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  stripped = strip_copy (text);
  /* Text that is not UTF-8 is refused below; stepping through it by
   * characters could run past its end. */
  if (stripped[0] != '\0' && g_utf8_validate (stripped, -1, NULL) &&
      strstr (stripped, "://") == NULL && !has_space_or_control (stripped))
    {
      const char *slash = strchr (stripped, '/');
      g_autofree char *host = g_strndup (stripped, slash != NULL ? slash - stripped : (gssize) strlen (stripped));

      /* A host has a dot and no scheme of its own ("mailto:x" has none). */
      if (strchr (host, '.') != NULL && strchr (host, ':') == NULL && strchr (host, '@') == NULL)
        {
          char *completed = g_strconcat ("https://", stripped, NULL);

          g_free (stripped);
          stripped = completed;
        }
    }

  if (stripped[0] != '\0' && !pursuit_is_web_address (stripped))
    {
      pursuit_set_validation_error (error, NULL, PURSUIT_VALIDATION_ERROR_FORMAT,
                                    _("Write a web address starting with http:// or https://, such as https://example.com/jobs/1"));
      return FALSE;
    }

  if (address != NULL)
    *address = g_steal_pointer (&stripped);
  return TRUE;
}

/**
 * pursuit_parse_currency:
 * @code: (out) (transfer full): the code in capitals, or "" when @text is empty
 */
gboolean
pursuit_parse_currency (const char  *text,
                        char       **code,
                        GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  trimmed = strip_copy (text);
  stripped = g_ascii_strup (trimmed, -1);
  if (stripped[0] != '\0' && !pursuit_is_currency_code (stripped))
    {
      pursuit_set_validation_error (error, NULL, PURSUIT_VALIDATION_ERROR_FORMAT,
                                    _("Write a three-letter currency code, such as USD, EUR or GBP"));
      return FALSE;
    }

  if (code != NULL)
    *code = g_steal_pointer (&stripped);
  return TRUE;
}

/**
 * pursuit_parse_whole_number:
 *
 * Reads a whole number written in decimal digits, with a minus sign if it
 * is below zero; nothing else.
 */
gboolean
pursuit_parse_whole_number (const char  *text,
                            gint64       minimum,
                            gint64       maximum,
                            gint64      *number,
                            GError     **error)
{
  g_autofree char *stripped = NULL;
  gint64 value;

  g_return_val_if_fail (text != NULL, FALSE);

  stripped = strip_copy (text);
  /* Checked here, not left to g_ascii_string_to_signed(): it lets the C
   * library skip a vertical tab, which g_strstrip() keeps, and then a "+". */
  if (!(g_ascii_isdigit (stripped[0]) || (stripped[0] == '-' && g_ascii_isdigit (stripped[1]))) ||
      !g_ascii_string_to_signed (stripped, 10, G_MININT64, G_MAXINT64, &value, NULL) ||
      (stripped[0] == '-' && stripped[1] == '0'))
    {
      pursuit_set_validation_error (error, NULL, PURSUIT_VALIDATION_ERROR_FORMAT,
                                    _("Write a whole number, such as 3"));
      return FALSE;
    }

  if (value < minimum || value > maximum)
    {
      g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, minimum);
      g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, maximum);

      pursuit_set_validation_error (error, NULL, PURSUIT_VALIDATION_ERROR_RANGE,
                                    /* Translators: the lowest and highest numbers allowed */
                                    _("Write a number from %s to %s"), low, high);
      return FALSE;
    }

  if (number != NULL)
    *number = value;
  return TRUE;
}
