/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-content-line.h"
#include "pursuit-vcard.h"

/* vCard 4.0 (RFC 6350) for one contact, so it can go to an address book,
 * and a small reader of the same format for checking what was written.
 * Escaping and folding are shared with iCalendar (pursuit-content-line.c);
 * URIs (URL, UID) are written as they are. */

G_DEFINE_QUARK (pursuit-vcard-error-quark, pursuit_vcard_error)

static char *
join_escaped (char       **words,
              const char  *separator)
{
  g_autoptr(GPtrArray) escaped = g_ptr_array_new_null_terminated (1, g_free, TRUE);

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    g_ptr_array_add (escaped, pursuit_content_line_escape_text (words[i]));

  return g_strjoinv (separator, (char **) escaped->pdata);
}

/* N is family;given;additional;prefixes;suffixes. Pursuit keeps one name as
 * typed, so this is a guess that suits most address books: "Doe, Jane" is
 * family then given; otherwise the last word is the family name, the first
 * the given name and any between are additional names. A single word is a
 * given name. The name as typed is always in FN. */
static char *
structured_name (const char *name)
{
  g_autofree char *family = NULL;
  g_autofree char *given = NULL;
  g_autofree char *additional = NULL;
  const char *comma = strchr (name, ',');

  if (comma != NULL)
    {
      family = g_strstrip (g_strndup (name, comma - name));
      given = g_strstrip (g_strdup (comma + 1));
      additional = g_strdup ("");
    }
  else
    {
      g_auto(GStrv) parts = g_strsplit_set (name, " \t", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new_null_terminated (1, NULL, TRUE);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          if (parts[i][0] != '\0')
            g_ptr_array_add (words, parts[i]);
        }

      if (words->len == 0)
        {
          family = g_strdup ("");
          given = g_strdup ("");
          additional = g_strdup ("");
        }
      else if (words->len == 1)
        {
          family = g_strdup ("");
          given = g_strdup (g_ptr_array_index (words, 0));
          additional = g_strdup ("");
        }
      else
        {
          family = g_strdup (g_ptr_array_index (words, words->len - 1));
          given = g_strdup (g_ptr_array_index (words, 0));
          g_ptr_array_remove_index (words, words->len - 1);
          g_ptr_array_remove_index (words, 0);
          /* Several additional names are a list: commas, each escaped. */
          additional = join_escaped ((char **) words->pdata, ",");
        }
    }

  {
    g_autofree char *family_escaped = pursuit_content_line_escape_text (family);
    g_autofree char *given_escaped = pursuit_content_line_escape_text (given);

    /* additional is escaped already (or empty). */
    return g_strdup_printf ("%s;%s;%s;;", family_escaped, given_escaped, additional);
  }
}

/**
 * pursuit_vcard_write_contact:
 *
 * Returns: (transfer full): @contact as a vCard 4.0, CRLF line ends, folded
 */
char *
pursuit_vcard_write_contact (PursuitContact *contact)
{
  g_autoptr(GString) card = g_string_new (NULL);
  g_autofree char *name = NULL;
  g_autofree char *n = NULL;
  const char *company;
  const char *uuid;
  gint64 updated_at;

  g_return_val_if_fail (PURSUIT_IS_CONTACT (contact), NULL);

  name = g_strstrip (g_strdup (pursuit_contact_get_name (contact)));
  company = pursuit_contact_get_company (contact);
  uuid = pursuit_contact_get_uuid (contact);
  updated_at = pursuit_contact_get_updated_at (contact);

  pursuit_content_line_append (card, "BEGIN", "VCARD");
  pursuit_content_line_append (card, "VERSION", "4.0");
  pursuit_content_line_append (card, "PRODID", "-//Pursuit//Pursuit " PACKAGE_VERSION "//EN");

  /* FN is required; an empty one is still written so the card stays valid. */
  {
    g_autofree char *escaped = pursuit_content_line_escape_text (name);

    pursuit_content_line_append (card, "FN", escaped);
  }
  n = structured_name (name);
  pursuit_content_line_append (card, "N", n);

  /* ORG is structured (name;unit;unit): the escaped ";" keeps it one name. */
  pursuit_content_line_append_text (card, "ORG", company);
  pursuit_content_line_append_text (card, "TITLE", pursuit_contact_get_role (contact));
  pursuit_content_line_append_text (card, "EMAIL;TYPE=work", pursuit_contact_get_email (contact));
  pursuit_content_line_append_text (card, "TEL;TYPE=work", pursuit_contact_get_phone (contact));

  if (pursuit_contact_get_profile_url (contact)[0] != '\0')
    pursuit_content_line_append (card, "URL", pursuit_contact_get_profile_url (contact));

  pursuit_content_line_append_text (card, "NOTE", pursuit_contact_get_notes (contact));

  if (uuid[0] != '\0')
    {
      g_autofree char *urn = g_strconcat ("urn:uuid:", uuid, NULL);

      pursuit_content_line_append (card, "UID", urn);
    }

  if (updated_at > 0)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (updated_at);
      g_autofree char *rev = time != NULL ? g_date_time_format (time, "%Y%m%dT%H%M%SZ") : NULL;

      if (rev != NULL)
        pursuit_content_line_append (card, "REV", rev);
    }

  pursuit_content_line_append (card, "END", "VCARD");
  return g_string_free (g_steal_pointer (&card), FALSE);
}

/**
 * pursuit_vcard_suggest_filename:
 *
 * Returns: a file name for the contact's card, such as "Jane Doe.vcf"
 */
char *
pursuit_vcard_suggest_filename (PursuitContact *contact)
{
  g_autoptr(GString) name = NULL;
  g_autofree char *valid_name = NULL;

  g_return_val_if_fail (PURSUIT_IS_CONTACT (contact), NULL);

  /* Stepping through broken bytes would go past the end of the name. */
  valid_name = g_utf8_make_valid (pursuit_contact_get_name (contact), -1);
  name = g_string_new (NULL);
  for (const char *p = valid_name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Characters some file systems refuse become a space. */
      if (g_unichar_iscntrl (c) || strchr ("/\\:*?\"<>|", (int) c) != NULL)
        g_string_append_c (name, ' ');
      else
        g_string_append_unichar (name, c);
    }

  g_strstrip (name->str);
  g_string_set_size (name, strlen (name->str));
  while (name->len > 0 && name->str[0] == '.')
    g_string_erase (name, 0, 1);

  if (name->len == 0)
    g_string_assign (name, "contact");

  g_string_append (name, ".vcf");
  return g_string_free (g_steal_pointer (&name), FALSE);
}

void
pursuit_vcard_property_free (PursuitVCardProperty *property)
{
  if (property == NULL)
    return;

  g_free (property->name);
  g_free (property->parameters);
  g_free (property->value);
  g_strfreev (property->components);
  g_free (property);
}

static char *
unescape_text (const char *text,
               gsize       length)
{
  GString *plain = g_string_sized_new (length);

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] != '\\' || i + 1 == length)
        {
          g_string_append_c (plain, text[i]);
          continue;
        }

      i++;
      if (text[i] == 'n' || text[i] == 'N')
        g_string_append_c (plain, '\n');
      else
        g_string_append_c (plain, text[i]);
    }

  return g_string_free (plain, FALSE);
}

/* Splits at semicolons that are not escaped, unescaping each part. */
static GStrv
split_components (const char *value)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *start = value;
  const char *p;

  for (p = value; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == ';')
        {
          g_autofree char *part = unescape_text (start, p - start);

          g_strv_builder_add (builder, part);
          start = p + 1;
        }
    }
  {
    g_autofree char *last = unescape_text (start, p - start);

    g_strv_builder_add (builder, last);
  }

  return g_strv_builder_end (builder);
}

static gboolean
is_structured (const char *name)
{
  return g_str_equal (name, "N") || g_str_equal (name, "ORG") ||
         g_str_equal (name, "ADR") || g_str_equal (name, "GENDER");
}

/* Properties whose value is a URI (RFC 6350, section 6): escaping is for
 * TEXT values only, so a backslash in an address is the address's own. */
static gboolean
is_uri (const char *name)
{
  static const char *const names[] = {
    "URL", "UID", "SOURCE", "PHOTO", "LOGO", "SOUND", "IMPP", "GEO", "MEMBER",
    "FBURL", "CALADRURI", "CALURI",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_str_equal (name, names[i]))
        return TRUE;
    }
  return FALSE;
}

/* Position of the first @wanted outside double quotes (parameter values
 * may be quoted and hold ":" or ";"), or -1. */
static gssize
find_unquoted (const char *line,
               char        wanted)
{
  gboolean quoted = FALSE;

  for (gsize i = 0; line[i] != '\0'; i++)
    {
      if (line[i] == '"')
        quoted = !quoted;
      else if (line[i] == wanted && !quoted)
        return (gssize) i;
    }
  return -1;
}

static PursuitVCardProperty *
parse_content_line (const char  *line,
                    guint        number,
                    GError     **error)
{
  PursuitVCardProperty *property;
  g_autofree char *head = NULL;
  g_autofree char *name = NULL;
  const char *dot;
  gssize colon = find_unquoted (line, ':');
  gssize semicolon;

  if (colon <= 0)
    {
      g_set_error (error, PURSUIT_VCARD_ERROR, PURSUIT_VCARD_ERROR_INVALID,
                   _("Line %u of the vCard has no property name and colon"), number);
      return NULL;
    }

  head = g_strndup (line, colon);
  semicolon = find_unquoted (head, ';');
  name = semicolon >= 0 ? g_strndup (head, semicolon) : g_strdup (head);

  /* "item1.EMAIL" belongs to group item1; the property is EMAIL. */
  dot = strrchr (name, '.');

  property = g_new0 (PursuitVCardProperty, 1);
  property->name = g_ascii_strup (dot != NULL ? dot + 1 : name, -1);
  property->parameters = g_strdup (semicolon >= 0 ? head + semicolon + 1 : "");
  property->value = is_uri (property->name) ? g_strdup (line + colon + 1)
                                             : unescape_text (line + colon + 1, strlen (line + colon + 1));
  if (is_structured (property->name))
    property->components = split_components (line + colon + 1);
  else
    {
      property->components = g_new0 (char *, 2);
      property->components[0] = g_strdup (property->value);
    }

  if (property->name[0] == '\0')
    {
      pursuit_vcard_property_free (property);
      g_set_error (error, PURSUIT_VCARD_ERROR, PURSUIT_VCARD_ERROR_INVALID,
                   _("Line %u of the vCard has no property name"), number);
      return NULL;
    }

  return property;
}

/**
 * pursuit_vcard_parse:
 * @text: one vCard; lines may end in CRLF or LF
 *
 * Unfolds and unescapes the first vCard in @text.
 *
 * Returns: (transfer full) (element-type PursuitVCardProperty): its
 *   properties in order, BEGIN and END included, or %NULL with @error set
 */
GPtrArray *
pursuit_vcard_parse (const char  *text,
                     GError     **error)
{
  g_autoptr(GPtrArray) properties = NULL;
  g_autoptr(GPtrArray) logical = NULL;
  g_auto(GStrv) physical = NULL;
  gboolean ended = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, PURSUIT_VCARD_ERROR, PURSUIT_VCARD_ERROR_INVALID,
                           _("The vCard is not valid UTF-8"));
      return NULL;
    }

  /* Unfold: a line starting with a space or a tab continues the one before. */
  logical = g_ptr_array_new_with_free_func (g_free);
  physical = g_strsplit (text, "\n", -1);
  {
    GString *current = NULL;

    for (guint i = 0; physical[i] != NULL; i++)
      {
        char *line = physical[i];
        gsize length = strlen (line);

        if (length > 0 && line[length - 1] == '\r')
          line[--length] = '\0';

        if ((line[0] == ' ' || line[0] == '\t') && current != NULL)
          g_string_append (current, line + 1);
        else
          {
            if (current != NULL)
              g_ptr_array_add (logical, g_string_free (current, FALSE));
            current = length > 0 ? g_string_new (line) : NULL;
          }
      }
    if (current != NULL)
      g_ptr_array_add (logical, g_string_free (current, FALSE));
  }

  properties = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_vcard_property_free);
  for (guint i = 0; i < logical->len && !ended; i++)
    {
      PursuitVCardProperty *property = parse_content_line (g_ptr_array_index (logical, i), i + 1, error);

      if (property == NULL)
        return NULL;

      if (properties->len == 0 &&
          (!g_str_equal (property->name, "BEGIN") || g_ascii_strcasecmp (property->value, "VCARD") != 0))
        {
          pursuit_vcard_property_free (property);
          g_set_error_literal (error, PURSUIT_VCARD_ERROR, PURSUIT_VCARD_ERROR_INVALID,
                               _("The text does not start with BEGIN:VCARD"));
          return NULL;
        }

      ended = g_str_equal (property->name, "END") && g_ascii_strcasecmp (property->value, "VCARD") == 0;
      g_ptr_array_add (properties, property);
    }

  if (!ended)
    {
      g_set_error_literal (error, PURSUIT_VCARD_ERROR, PURSUIT_VCARD_ERROR_INVALID,
                           _("The vCard does not end with END:VCARD"));
      return NULL;
    }

  if (pursuit_vcard_find (properties, "VERSION") == NULL)
    {
      g_set_error_literal (error, PURSUIT_VCARD_ERROR, PURSUIT_VCARD_ERROR_INVALID,
                           _("The vCard has no VERSION"));
      return NULL;
    }

  return g_steal_pointer (&properties);
}

/**
 * pursuit_vcard_find:
 * @properties: (element-type PursuitVCardProperty): from pursuit_vcard_parse()
 * @name: a property name, in any case
 *
 * Returns: (transfer none) (nullable): the first property called @name
 */
const PursuitVCardProperty *
pursuit_vcard_find (GPtrArray  *properties,
                    const char *name)
{
  g_return_val_if_fail (properties != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < properties->len; i++)
    {
      const PursuitVCardProperty *property = g_ptr_array_index (properties, i);

      if (g_ascii_strcasecmp (property->name, name) == 0)
        return property;
    }
  return NULL;
}
