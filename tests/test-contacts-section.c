/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-contact-dialog.h"
#include "pursuit-contacts-section-private.h"
#include "pursuit-test-widgets.h"
#include "pursuit-vcard.h"

/* The contacts of the job shown in the main window, driven through the
 * section's and the dialog's actions as a user's clicks would. */

typedef PursuitTestJobFixture Fixture;

static GtkWidget *
get_section (Fixture *fixture)
{
  return pursuit_test_reach_section (GTK_WIDGET (fixture->window.window), PURSUIT_TYPE_CONTACTS_SECTION);
}

static PursuitContact *
add_contact_through_dialog (Fixture    *fixture,
                            const char *name,
                            const char *role,
                            const char *email)
{
  guint before = g_list_model_get_n_items (G_LIST_MODEL (fixture->contacts));
  GtkWidget *dialog;
  GtkWidget *email_row;

  g_assert_true (gtk_widget_activate_action (get_section (fixture), "contacts.new", NULL));
  dialog = GTK_WIDGET (pursuit_test_wait_for_toplevel (PURSUIT_TYPE_CONTACT_DIALOG));

  /* The job's company is filled in. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_test_find_row (dialog, "Company"))), ==, "Acme Ltd");

  pursuit_test_set_row_text (dialog, "Name", name);
  pursuit_test_set_row_text (dialog, "Role", role);
  email_row = pursuit_test_set_row_text (dialog, "Email", "not an address");
  g_assert_true (gtk_widget_has_css_class (email_row, "error"));
  g_assert_false (gtk_widget_get_sensitive (pursuit_test_find_button (dialog, "_Add")));
  pursuit_test_set_row_text (dialog, "Email", email);
  g_assert_false (gtk_widget_has_css_class (email_row, "error"));

  g_assert_true (gtk_widget_activate_action (dialog, "dialog.save", NULL));
  pursuit_test_wait_for_list (fixture->contacts, before + 1, "the contact to be listed");
  pursuit_test_wait_for_no_toplevel (PURSUIT_TYPE_CONTACT_DIALOG);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (fixture->contacts)); i++)
    {
      g_autoptr(PursuitContact) contact = g_list_model_get_item (G_LIST_MODEL (fixture->contacts), i);

      if (g_str_equal (pursuit_contact_get_name (contact), name))
        return g_steal_pointer (&contact);
    }
  g_assert_not_reached ();
}

static gboolean
file_has_card (gpointer data)
{
  g_autofree char *text = NULL;

  return g_file_get_contents (data, &text, NULL, NULL) && g_str_has_suffix (text, "END:VCARD\r\n");
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PursuitContact) contact = NULL;
  g_autofree char *path = pursuit_test_dir_file (fixture->window.dir, "jane.vcf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) properties = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  pursuit_test_wait_for_label (get_section (fixture), "No contacts yet");

  contact = add_contact_through_dialog (fixture, "Jane Doe", "Talent Partner, EMEA", "jane.doe@acme.example");
  g_assert_nonnull (pursuit_test_find_row (get_section (fixture), "Jane Doe"));
  g_assert_cmpstr (pursuit_contact_get_company (contact), ==, "Acme Ltd");

  /* contacts.export, with the file the chooser would have given. */
  pursuit_contacts_section_export (PURSUIT_CONTACTS_SECTION (get_section (fixture)), pursuit_contact_get_id (contact), file);
  pursuit_test_wait_until (file_has_card, path, "the vCard to be written");

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  properties = pursuit_vcard_parse (text, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_vcard_find (properties, "VERSION")->value, ==, "4.0");
  g_assert_cmpstr (pursuit_vcard_find (properties, "FN")->value, ==, "Jane Doe");
  g_assert_cmpstr (pursuit_vcard_find (properties, "ORG")->components[0], ==, "Acme Ltd");
  g_assert_cmpstr (pursuit_vcard_find (properties, "TITLE")->value, ==, "Talent Partner, EMEA");
  g_assert_cmpstr (pursuit_vcard_find (properties, "EMAIL")->value, ==, "jane.doe@acme.example");
  g_assert_true (g_str_has_prefix (pursuit_vcard_find (properties, "UID")->value, "urn:uuid:"));
  g_assert_true (g_str_has_suffix (pursuit_vcard_find (properties, "UID")->value, pursuit_contact_get_uuid (contact)));
}

static gboolean
has_known_contacts (gpointer data)
{
  return g_menu_model_get_n_items (data) == 2;
}

/* Taking a contact off the job keeps the contact, offers it again in the
 * Add Contact menu, and can be undone. */
static void
test_remove_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PursuitContact) jane = add_contact_through_dialog (fixture, "Jane Doe", "Talent Partner",
                                                               "jane@acme.example");
  g_autoptr(PursuitContact) raj = add_contact_through_dialog (fixture, "Raj Patel", "Team Lead", "raj@acme.example");
  GtkWidget *add_button;
  GMenuModel *menu;

  g_assert_true (gtk_widget_activate_action (get_section (fixture), "contacts.remove", "x", pursuit_contact_get_id (jane)));
  pursuit_test_wait_for_list (fixture->contacts, 1, "Jane to leave the job");
  g_assert_null (pursuit_test_find_row (get_section (fixture), "Jane Doe"));
  g_assert_cmpint (pursuit_test_count_rows (fixture->window.path, "contacts"), ==, 2);

  /* Offered again, from the company's contacts. */
  add_button = gtk_widget_get_ancestor (pursuit_test_find_label (get_section (fixture), "Add _Contact"),
                                       GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (add_button);
  menu = pursuit_test_open_menu (add_button);
  /* After New Contact, the company's contacts not on the job: read again. */
  pursuit_test_wait_until (has_known_contacts, menu, "Jane in the Add Contact menu");
  {
    g_autoptr(GMenuModel) known = NULL;
    g_autofree char *label = NULL;

    known = g_menu_model_get_item_link (menu, 1, G_MENU_LINK_SECTION);
    g_assert_true (g_menu_model_get_item_attribute (known, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
    g_assert_cmpstr (label, ==, "Jane Doe (Talent Partner)");
  }
  gtk_menu_button_popdown (GTK_MENU_BUTTON (add_button));

  pursuit_test_click_undo (GTK_WIDGET (fixture->window.window));
  pursuit_test_wait_for_list (fixture->contacts, 2, "Jane to come back");
}

static void
test_row_menus_have_labels (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(PursuitContact) jane = add_contact_through_dialog (fixture, "Jane Doe", "Talent Partner",
                                                               "jane@acme.example");

  pursuit_test_wait_for_frame (get_section (fixture));
  g_assert_nonnull (pursuit_test_find_by_name (get_section (fixture), GTK_TYPE_WIDGET, "More for Jane Doe"));
  /* The one contact's menu and its Write button; Add Contact has words. */
  g_assert_cmpuint (pursuit_test_check_icon_buttons (get_section (fixture)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_JOB ("/contacts-section/export", test_export);
  PURSUIT_TEST_ADD_JOB ("/contacts-section/remove-and-undo", test_remove_and_undo);
  PURSUIT_TEST_ADD_JOB ("/contacts-section/row-menus-have-labels", test_row_menus_have_labels);

  return g_test_run ();
}
