/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-contact.h"
#include "pursuit-error.h"
#include "pursuit-test-utils.h"

/* PursuitContact: what makes a contact one that can be saved. */

static void
test_contact_validate (void)
{
  g_autoptr(PursuitContact) contact = pursuit_contact_new ();
  g_autoptr(GError) error = NULL;
  const char *good_emails[] = {
    "", "a@b.co", "jane.doe+jobs@mail.example.com", "ana@exämple.de", "x_y-z@sub-domain.example.org",
  };
  const char *bad_emails[] = {
    "jane", "jane@", "@example.com", "jane@example", "jane doe@example.com", "jane@example..com",
    "jane@-example.com", "jane@@example.com", "jane@example.com.", "jane@exa_mple.com", "ja\tne@example.com",
  };
  const char *good_urls[] = { "", "https://www.linkedin.com/in/jane-doe", "http://example.com/~jane" };
  const char *bad_urls[] = { "ftp://example.com/jane", "www.example.com", "https://", "javascript:alert(1)",
                             "https://exa mple.com" };

  g_assert_false (pursuit_contact_validate (contact, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "name"));
  g_clear_error (&error);

  pursuit_contact_set_name (contact, "   ");
  g_assert_false (pursuit_contact_validate (contact, NULL));

  pursuit_contact_set_name (contact, "Jane Doe");
  g_assert_true (pursuit_contact_validate (contact, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (good_emails); i++)
    {
      g_test_message ("good email: %s", good_emails[i]);
      g_assert_true (pursuit_contact_is_valid_email (good_emails[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_emails); i++)
    {
      g_test_message ("bad email: %s", bad_emails[i]);
      g_assert_false (pursuit_contact_is_valid_email (bad_emails[i]));
    }

  pursuit_contact_set_email (contact, "jane.example.com");
  g_assert_false (pursuit_contact_validate (contact, &error));
  g_assert_nonnull (strstr (error->message, "email"));
  g_clear_error (&error);
  pursuit_contact_set_email (contact, "jane@example.com");

  for (guint i = 0; i < G_N_ELEMENTS (good_urls); i++)
    g_assert_true (pursuit_contact_is_valid_profile_url (good_urls[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad_urls); i++)
    {
      g_test_message ("bad url: %s", bad_urls[i]);
      g_assert_false (pursuit_contact_is_valid_profile_url (bad_urls[i]));
    }

  pursuit_contact_set_profile_url (contact, "ftp://example.com/jane");
  g_assert_false (pursuit_contact_validate (contact, &error));
  g_assert_nonnull (strstr (error->message, "http"));
  g_clear_error (&error);

  pursuit_contact_set_profile_url (contact, "https://example.com/jane");
  g_assert_true (pursuit_contact_validate (contact, NULL));
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/contact/validate", test_contact_validate);

  return g_test_run ();
}
