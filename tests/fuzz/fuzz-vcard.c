/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-contact.h"
#include "pursuit-content-line.h"
#include "pursuit-fuzz.h"
#include "pursuit-vcard.h"

/* The vCard reader on any text, and the writer and reader together on any
 * contact the app would save.
 *
 * An input is read twice: up to its first NUL as a vCard, and cut at its
 * NULs into a contact (name, company, role, email, phone, profile address,
 * notes, then a byte of switches) whose card must read back to the same
 * values, lines of at most 75 octets that never split a character. */

enum
{
  NAME,
  COMPANY,
  ROLE,
  EMAIL,
  PHONE,
  PROFILE_URL,
  NOTES,
  SWITCHES,
  N_PARTS
};

static void
check_reader (const char *text)
{
  g_autoptr(GPtrArray) properties = NULL;
  g_autoptr(GError) error = NULL;
  const PursuitVCardProperty *first, *last;

  properties = pursuit_vcard_parse (text, &error);
  if (properties == NULL)
    {
      pursuit_fuzz_assert_error_readable (error, PURSUIT_VCARD_ERROR);
      return;
    }

  g_assert_no_error (error);
  g_assert_cmpuint (properties->len, >=, 3);
  first = g_ptr_array_index (properties, 0);
  last = g_ptr_array_index (properties, properties->len - 1);
  g_assert_cmpstr (first->name, ==, "BEGIN");
  g_assert_cmpint (g_ascii_strcasecmp (first->value, "VCARD"), ==, 0);
  g_assert_cmpstr (last->name, ==, "END");
  g_assert_nonnull (pursuit_vcard_find (properties, "version"));

  for (guint i = 0; i < properties->len; i++)
    {
      const PursuitVCardProperty *property = g_ptr_array_index (properties, i);

      g_assert_cmpuint (strlen (property->name), >, 0);
      g_assert_true (g_utf8_validate (property->name, -1, NULL));
      g_assert_true (g_utf8_validate (property->value, -1, NULL));
      g_assert_nonnull (property->parameters);
      g_assert_nonnull (property->components);
      g_assert_nonnull (property->components[0]);
      for (const char *p = property->name; *p != '\0'; p++)
        g_assert_false (g_ascii_islower (*p));
    }
}

/* What a text value becomes on the way through a card: line breaks of any
 * kind are one "\n", other control characters are gone. */
static char *
expected_text (const char *text)
{
  GString *result = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          if (p[1] == '\n')
            p++;
          g_string_append_c (result, '\n');
        }
      else if (*p == '\n' || *p == '\t' || ((guchar) *p >= 0x20 && *p != 0x7f))
        g_string_append_c (result, *p);
    }
  return g_string_free (result, FALSE);
}

static void
assert_property (GPtrArray  *properties,
                 const char *name,
                 const char *written)
{
  const PursuitVCardProperty *property = pursuit_vcard_find (properties, name);
  g_autofree char *expected = expected_text (written);

  if (written[0] == '\0' && g_strcmp0 (name, "FN") != 0)
    {
      g_assert_null (property);
      return;
    }

  g_assert_nonnull (property);
  g_assert_cmpstr (property->value, ==, expected);
}

static void
check_lines (const char *card)
{
  const char *line = card;

  g_assert_true (g_utf8_validate (card, -1, NULL));
  g_assert_true (g_str_has_suffix (card, "END:VCARD\r\n"));

  while (*line != '\0')
    {
      const char *end = strstr (line, "\r\n");

      /* Every line ends in CRLF, has no other line break, and fits. */
      g_assert_nonnull (end);
      g_assert_cmpint (end - line, <=, 75);
      for (const char *p = line; p < end; p++)
        g_assert_true (*p != '\r' && *p != '\n');
      /* A fold never cuts a character: the next line, past its space, does
       * not start with a continuation byte. */
      if (end[2] == ' ')
        g_assert_true (((guchar) end[3] & 0xc0) != 0x80);
      line = end + 2;
    }
}

static void
check_round_trip (GStrv parts)
{
  g_autoptr(PursuitContact) contact = pursuit_contact_new ();
  g_autoptr(GPtrArray) properties = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *card = NULL;
  g_autofree char *name = NULL;
  g_autofree char *file_name = NULL;
  const PursuitVCardProperty *n;
  guchar switches = (guchar) parts[SWITCHES][0];

  pursuit_contact_set_name (contact, parts[NAME]);
  pursuit_contact_set_company (contact, parts[COMPANY]);
  pursuit_contact_set_role (contact, parts[ROLE]);
  pursuit_contact_set_email (contact, parts[EMAIL]);
  pursuit_contact_set_phone (contact, parts[PHONE]);
  pursuit_contact_set_profile_url (contact, parts[PROFILE_URL]);
  pursuit_contact_set_notes (contact, parts[NOTES]);
  if (switches & 1)
    pursuit_contact_set_uuid (contact, "6b7c2ac4-61ff-4d6c-9a4d-3b1b2f0e5a11");
  if (switches & 2)
    pursuit_contact_set_updated_at (contact, (gint64) switches << 24);
  if (switches & 4)
    pursuit_contact_set_updated_at (contact, G_MAXINT64 - switches);

  /* Only what the app would save is ever written. */
  if (!pursuit_contact_validate (contact, NULL))
    return;

  card = pursuit_vcard_write_contact (contact);
  check_lines (card);

  properties = pursuit_vcard_parse (card, &error);
  if (properties == NULL)
    pursuit_fuzz_fail ("The card written cannot be read: %s\n%s", error->message, card);

  name = g_strstrip (g_strdup (parts[NAME]));
  assert_property (properties, "FN", name);
  assert_property (properties, "ORG", parts[COMPANY]);
  assert_property (properties, "TITLE", parts[ROLE]);
  assert_property (properties, "EMAIL", parts[EMAIL]);
  assert_property (properties, "TEL", parts[PHONE]);
  assert_property (properties, "URL", parts[PROFILE_URL]);
  assert_property (properties, "NOTE", parts[NOTES]);

  /* N always has its five parts, whatever the name holds. */
  n = pursuit_vcard_find (properties, "N");
  g_assert_nonnull (n);
  g_assert_cmpuint (g_strv_length (n->components), ==, 5);

  /* ORG is one name, even with a ";" in it. */
  if (parts[COMPANY][0] != '\0')
    g_assert_cmpuint (g_strv_length ((GStrv) pursuit_vcard_find (properties, "ORG")->components), ==, 1);

  file_name = pursuit_vcard_suggest_filename (contact);
  g_assert_true (g_str_has_suffix (file_name, ".vcf"));
  g_assert_null (strchr (file_name, '/'));
  g_assert_false (file_name[0] == '.');
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = pursuit_fuzz_text (data, size);
  g_auto(GStrv) parts = pursuit_fuzz_split (data, size, N_PARTS);

  check_reader (text);
  check_round_trip (parts);

  /* The helpers are public and take any text. */
  {
    g_autofree char *escaped = pursuit_content_line_escape_text (text);

    g_assert_null (strpbrk (escaped, "\r\n"));
  }
  if (g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *folded = pursuit_content_line_fold (text);

      g_assert_nonnull (folded);
    }
  return 0;
}
