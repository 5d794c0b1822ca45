/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-contact.h"
#include "pursuit-content-line.h"
#include "pursuit-test-utils.h"
#include "pursuit-vcard.h"

/* vCard 4.0: a contact written out, checked by reading the card back. */

static void
test_vcard_escape (void)
{
  g_autofree char *escaped = pursuit_content_line_escape_text ("a\\b,c;d\ne\r\nf\rg\x01h");

  g_assert_cmpstr (escaped, ==, "a\\\\b\\,c\\;d\\ne\\nf\\ng" "h");
}

/* Every physical line: at most 75 octets, whole UTF-8 characters only, and
 * (but the first) starting with a space. */
static void
check_folded (const char *folded,
              gboolean    in_card)
{
  g_auto(GStrv) lines = g_strsplit (folded, "\r\n", -1);
  guint n = g_strv_length (lines);

  if (in_card)
    {
      g_assert_true (g_str_has_suffix (folded, "\r\n"));
      g_assert_cmpstr (lines[n - 1], ==, "");
      n--;
    }

  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_cmpuint (strlen (lines[i]), >, 0);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_null (strchr (lines[i], '\r'));
    }
}

static void
test_vcard_fold (void)
{
  const char *characters[] = { "a", "é", "€", "日", "😀" };

  /* Every alignment of every character width against the fold. */
  for (guint c = 0; c < G_N_ELEMENTS (characters); c++)
    for (guint prefix = 0; prefix < 6; prefix++)
      {
        g_autoptr(GString) line = g_string_new ("NOTE:");
        g_autofree char *folded = NULL;
        g_autoptr(GString) unfolded = g_string_new (NULL);
        g_auto(GStrv) parts = NULL;

        for (guint i = 0; i < prefix; i++)
          g_string_append_c (line, 'x');
        for (guint i = 0; i < 200; i++)
          g_string_append (line, characters[c]);

        folded = pursuit_content_line_fold (line->str);
        check_folded (folded, FALSE);

        parts = g_strsplit (folded, "\r\n", -1);
        for (guint i = 0; parts[i] != NULL; i++)
          {
            if (i > 0)
              g_assert_cmpint (parts[i][0], ==, ' ');
            g_string_append (unfolded, i > 0 ? parts[i] + 1 : parts[i]);
          }
        g_assert_cmpstr (unfolded->str, ==, line->str);
      }

  {
    g_autofree char *short_line = pursuit_content_line_fold ("FN:Jane Doe");

    g_assert_cmpstr (short_line, ==, "FN:Jane Doe");
  }
}

static void
test_vcard_round_trip (void)
{
  g_autoptr(PursuitContact) contact = pursuit_contact_new ();
  g_autoptr(GPtrArray) properties = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) notes = g_string_new ("Line one; with a semicolon, a comma and a back\\slash.\n"
                                           "Line two\r\nLine three — ");
  g_autofree char *card = NULL;
  const PursuitVCardProperty *property;

  for (guint i = 0; i < 40; i++)
    g_string_append (notes, "Grüße aus Köln, 日本語のメモ 😀; ");

  pursuit_contact_set_uuid (contact, "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  pursuit_contact_set_name (contact, "María José de la Cruz-Núñez");
  pursuit_contact_set_company (contact, "Smith, Jones; Partners \\ Co");
  pursuit_contact_set_role (contact, "Head of Talent, EMEA; Interim");
  pursuit_contact_set_email (contact, "maria.jose@smith-jones.example");
  pursuit_contact_set_phone (contact, "+34 912 345 678; ext. 12");
  pursuit_contact_set_profile_url (contact, "https://www.linkedin.com/in/maria-jose?ref=a,b;c");
  pursuit_contact_set_notes (contact, notes->str);
  pursuit_contact_set_updated_at (contact, 1796310000);

  card = pursuit_vcard_write_contact (contact);
  g_test_message ("%s", card);
  check_folded (card, TRUE);
  g_assert_true (g_str_has_prefix (card, "BEGIN:VCARD\r\nVERSION:4.0\r\n"));
  g_assert_true (g_str_has_suffix (card, "\r\nEND:VCARD\r\n"));
  /* Long notes were folded. */
  g_assert_nonnull (strstr (card, "\r\n "));

  properties = pursuit_vcard_parse (card, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (pursuit_vcard_find (properties, "VERSION")->value, ==, "4.0");
  g_assert_cmpstr (pursuit_vcard_find (properties, "FN")->value, ==, "María José de la Cruz-Núñez");

  property = pursuit_vcard_find (properties, "N");
  g_assert_cmpuint (g_strv_length (property->components), ==, 5);
  g_assert_cmpstr (property->components[0], ==, "Cruz-Núñez");
  g_assert_cmpstr (property->components[1], ==, "María");
  g_assert_cmpstr (property->components[2], ==, "José,de,la");

  property = pursuit_vcard_find (properties, "ORG");
  g_assert_cmpuint (g_strv_length (property->components), ==, 1);
  g_assert_cmpstr (property->components[0], ==, "Smith, Jones; Partners \\ Co");

  g_assert_cmpstr (pursuit_vcard_find (properties, "TITLE")->value, ==, "Head of Talent, EMEA; Interim");
  g_assert_cmpstr (pursuit_vcard_find (properties, "EMAIL")->value, ==, "maria.jose@smith-jones.example");
  g_assert_cmpstr (pursuit_vcard_find (properties, "EMAIL")->parameters, ==, "TYPE=work");
  g_assert_cmpstr (pursuit_vcard_find (properties, "TEL")->value, ==, "+34 912 345 678; ext. 12");
  g_assert_cmpstr (pursuit_vcard_find (properties, "URL")->value, ==,
                   "https://www.linkedin.com/in/maria-jose?ref=a,b;c");
  g_assert_cmpstr (pursuit_vcard_find (properties, "UID")->value, ==,
                   "urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  g_assert_cmpstr (pursuit_vcard_find (properties, "REV")->value, ==, "20261203T150000Z");

  /* Line breaks of any kind come back as \n. */
  {
    g_autoptr(GString) expected = g_string_new (notes->str);

    g_string_replace (expected, "\r\n", "\n", 0);
    g_assert_cmpstr (pursuit_vcard_find (properties, "NOTE")->value, ==, expected->str);
  }
}

static void
test_vcard_minimal (void)
{
  g_autoptr(PursuitContact) contact = pursuit_contact_new ();
  g_autoptr(GPtrArray) properties = NULL;
  g_autofree char *card = NULL;
  g_autofree char *file_name = NULL;
  const PursuitVCardProperty *n;

  pursuit_contact_set_name (contact, "Cher");
  card = pursuit_vcard_write_contact (contact);
  /* Empty fields are left out. */
  g_assert_null (strstr (card, "EMAIL"));
  g_assert_null (strstr (card, "ORG"));
  g_assert_null (strstr (card, "UID"));

  properties = pursuit_vcard_parse (card, NULL);
  n = pursuit_vcard_find (properties, "N");
  g_assert_cmpstr (n->components[0], ==, "");
  g_assert_cmpstr (n->components[1], ==, "Cher");

  file_name = pursuit_vcard_suggest_filename (contact);
  g_assert_cmpstr (file_name, ==, "Cher.vcf");
  g_clear_pointer (&file_name, g_free);

  pursuit_contact_set_name (contact, "../Doe, Jane: HR/Ops");
  file_name = pursuit_vcard_suggest_filename (contact);
  g_assert_null (strchr (file_name, '/'));
  g_assert_false (g_str_has_prefix (file_name, "."));
  g_clear_pointer (&card, g_free);
  g_clear_pointer (&properties, g_ptr_array_unref);

  /* "Family, Given" is read as such. */
  pursuit_contact_set_name (contact, "Doe, Jane");
  card = pursuit_vcard_write_contact (contact);
  properties = pursuit_vcard_parse (card, NULL);
  n = pursuit_vcard_find (properties, "N");
  g_assert_cmpstr (n->components[0], ==, "Doe");
  g_assert_cmpstr (n->components[1], ==, "Jane");
  g_assert_cmpstr (pursuit_vcard_find (properties, "FN")->value, ==, "Doe, Jane");
}

static void
test_vcard_parse_errors (void)
{
  g_autoptr(GPtrArray) properties = NULL;
  g_autoptr(GError) error = NULL;
  const char *bad[] = {
    "",
    "FN:Jane\r\n",
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jane\r\n",
    "BEGIN:VCARD\r\nVERSION:4.0\r\nthis line has no colon\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\r\nFN:Jane\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:\xff\r\nEND:VCARD\r\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      properties = pursuit_vcard_parse (bad[i], &error);
      g_assert_null (properties);
      g_assert_error (error, PURSUIT_VCARD_ERROR, PURSUIT_VCARD_ERROR_INVALID);
      g_clear_error (&error);
    }

  /* LF line ends, groups, quoted parameters and tab folds are read too. */
  properties = pursuit_vcard_parse ("BEGIN:VCARD\nVERSION:4.0\nitem1.EMAIL;PREF=1;LABEL=\"a:b\":jane@\n\texample.com\n"
                                    "END:VCARD\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_vcard_find (properties, "email")->value, ==, "jane@example.com");
  g_assert_cmpstr (pursuit_vcard_find (properties, "EMAIL")->parameters, ==, "PREF=1;LABEL=\"a:b\"");
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/vcard/escape", test_vcard_escape);
  g_test_add_func ("/vcard/fold", test_vcard_fold);
  g_test_add_func ("/vcard/round-trip", test_vcard_round_trip);
  g_test_add_func ("/vcard/minimal", test_vcard_minimal);
  g_test_add_func ("/vcard/parse-errors", test_vcard_parse_errors);

  return g_test_run ();
}
