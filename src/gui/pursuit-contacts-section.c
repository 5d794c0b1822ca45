/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-contact-dialog.h"
#include "pursuit-contacts-section-private.h"
#include "pursuit-error.h"
#include "pursuit-launch.h"
#include "pursuit-toasts.h"
#include "pursuit-vcard.h"

/* The people linked to the job: a new contact is made for the job's company
 * and linked to it, and a contact of the same company already known from
 * another job can be linked in one click. Removing a contact from the job
 * keeps the contact. */
struct _PursuitContactsSection
{
  PursuitJobSection parent_instance;

  PursuitJobList *contacts;     /* linked to the job, from the store */
  GPtrArray *company_contacts;  /* of the same company, not linked yet */
  PursuitJob *watched_job;      /* whose company is watched */
  GCancellable *cancellable;

  GtkWidget *empty_label;
  GtkWidget *add_button;
  GtkListBox *list;
  GMenu *add_menu;
};

G_DEFINE_FINAL_TYPE (PursuitContactsSection, pursuit_contacts_section, PURSUIT_TYPE_JOB_SECTION)

static PursuitJob *
get_job (PursuitContactsSection *self)
{
  return pursuit_job_section_get_job (PURSUIT_JOB_SECTION (self));
}

static PursuitContact *
find_contact (PursuitContactsSection *self,
              gint64                  id)
{
  guint n = self->contacts != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitContact) contact = g_list_model_get_item (G_LIST_MODEL (self->contacts), i);

      if (pursuit_contact_get_id (contact) == id)
        return contact;
    }

  for (guint i = 0; self->company_contacts != NULL && i < self->company_contacts->len; i++)
    {
      PursuitContact *contact = g_ptr_array_index (self->company_contacts, i);

      if (pursuit_contact_get_id (contact) == id)
        return contact;
    }
  return NULL;
}

static char *
describe_contact (PursuitContact *contact)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_null_terminated (3, NULL, TRUE);
  const char *fields[] = {
    pursuit_contact_get_role (contact),
    pursuit_contact_get_email (contact),
    pursuit_contact_get_phone (contact),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (fields[i][0] != '\0')
        g_ptr_array_add (parts, (gpointer) fields[i]);
    }
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
on_row_activated (AdwActionRow           *row,
                  PursuitContactsSection *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "contact-id");

  gtk_widget_activate_action (GTK_WIDGET (self), "contacts.edit", "x", id);
}

static GMenuModel *
create_row_menu (gint64 id)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) edit = g_menu_item_new (_("_Edit…"), NULL);
  g_autoptr(GMenuItem) export = g_menu_item_new (_("Export as _vCard…"), NULL);
  g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Remove from This Job"), NULL);

  g_menu_item_set_action_and_target_value (edit, "contacts.edit", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (export, "contacts.export", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (remove, "contacts.remove", g_variant_new_int64 (id));
  g_menu_append_item (menu, edit);
  g_menu_append_item (menu, export);
  g_menu_append_item (menu, remove);
  return G_MENU_MODEL (menu);
}

static void
on_open_clicked (GtkWidget *button)
{
  pursuit_open_uri (button, g_object_get_data (G_OBJECT (button), "pursuit-uri"));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PursuitContactsSection *self = user_data;
  PursuitContact *contact = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = create_row_menu (pursuit_contact_get_id (contact));
  g_autofree char *subtitle = describe_contact (contact);
  /* Translators: the accessible name of a contact's menu button, as in “More for Jane Doe” */
  g_autofree char *menu_label = g_strdup_printf (_("More for %s"), pursuit_contact_get_name (contact));
  gint64 *id = g_new (gint64, 1);

  *id = pursuit_contact_get_id (contact);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_contact_get_name (contact));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "contact-id", id, g_free);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated), self, 0);

  /* Write or call straight from the row. */
  {
    g_autofree char *mail = pursuit_uri_for_email (pursuit_contact_get_email (contact));
    g_autofree char *call = pursuit_uri_for_phone (pursuit_contact_get_phone (contact));

    if (mail != NULL)
      {
        /* Translators: a button's name, as in “Write to Jane Doe” */
        g_autofree char *label = g_strdup_printf (_("Write to %s"), pursuit_contact_get_name (contact));
        GtkWidget *button = pursuit_open_button_new ("mail-send-symbolic", label);

        g_object_set_data_full (G_OBJECT (button), "pursuit-uri", g_steal_pointer (&mail), g_free);
        g_signal_connect (button, "clicked", G_CALLBACK (on_open_clicked), NULL);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      }
    if (call != NULL)
      {
        /* Translators: a button's name, as in “Call Jane Doe” */
        g_autofree char *label = g_strdup_printf (_("Call %s"), pursuit_contact_get_name (contact));
        GtkWidget *button = pursuit_open_button_new ("call-start-symbolic", label);

        g_object_set_data_full (G_OBJECT (button), "pursuit-uri", g_steal_pointer (&call), g_free);
        g_signal_connect (button, "clicked", G_CALLBACK (on_open_clicked), NULL);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      }
  }

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  pursuit_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, menu_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);
  return row;
}

/* "New Contact…", then the company's other contacts to link. */
static void
rebuild_add_menu (PursuitContactsSection *self)
{
  g_autoptr(GMenu) known = g_menu_new ();
  g_autoptr(GMenu) first = g_menu_new ();

  g_menu_remove_all (self->add_menu);
  g_menu_append (first, _("_New Contact…"), "contacts.new");
  g_menu_append_section (self->add_menu, NULL, G_MENU_MODEL (first));

  for (guint i = 0; self->company_contacts != NULL && i < self->company_contacts->len; i++)
    {
      PursuitContact *contact = g_ptr_array_index (self->company_contacts, i);
      g_autoptr(GMenuItem) item = NULL;
      g_autoptr(GString) label = g_string_new (pursuit_contact_get_name (contact));

      if (pursuit_contact_get_role (contact)[0] != '\0')
        g_string_append_printf (label, " (%s)", pursuit_contact_get_role (contact));
      /* Names are not mnemonics: double any underscore. */
      g_string_replace (label, "_", "__", 0);

      item = g_menu_item_new (label->str, NULL);
      g_menu_item_set_action_and_target_value (item, "contacts.link",
                                               g_variant_new_int64 (pursuit_contact_get_id (contact)));
      g_menu_append_item (known, item);
    }

  if (g_menu_model_get_n_items (G_MENU_MODEL (known)) > 0)
    {
      /* Translators: a menu heading, as in “From Acme Ltd” */
      g_autofree char *heading = g_strdup_printf (_("From %s"), pursuit_job_get_company (get_job (self)));

      g_menu_append_section (self->add_menu, heading, G_MENU_MODEL (known));
    }
}

static void
on_company_contacts (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PursuitContactsSection) self = user_data;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;

  contacts = pursuit_store_list_company_contacts_finish (PURSUIT_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_error_matches (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_CLOSED))
    return;

  g_clear_pointer (&self->company_contacts, g_ptr_array_unref);
  self->company_contacts = g_ptr_array_new_with_free_func (g_object_unref);
  if (contacts == NULL)
    g_message ("Could not read the company’s contacts: %s", error->message);

  /* Only those not linked already. */
  for (guint i = 0; contacts != NULL && i < contacts->len; i++)
    {
      PursuitContact *contact = g_ptr_array_index (contacts, i);
      guint n = self->contacts != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) : 0;
      gboolean linked = FALSE;

      for (guint j = 0; j < n && !linked; j++)
        {
          g_autoptr(PursuitContact) other = g_list_model_get_item (G_LIST_MODEL (self->contacts), j);

          linked = pursuit_contact_get_id (other) == pursuit_contact_get_id (contact);
        }
      if (!linked)
        g_ptr_array_add (self->company_contacts, g_object_ref (contact));
    }

  rebuild_add_menu (self);
}

/* The company's other people, offered to link: read again whenever the
 * job's contacts or its company change. */
static void
reload_company_contacts (PursuitContactsSection *self)
{
  PursuitJob *job = get_job (self);
  PursuitStore *store = pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->company_contacts, g_ptr_array_unref);

  if (job == NULL || store == NULL)
    {
      rebuild_add_menu (self);
      return;
    }

  self->cancellable = g_cancellable_new ();
  pursuit_store_list_company_contacts_async (store, pursuit_job_get_company (job), self->cancellable,
                                             on_company_contacts, g_object_ref (self));
}

static void
on_contacts_changed (PursuitContactsSection *self)
{
  gboolean empty = self->contacts != NULL &&
                   !pursuit_job_list_get_loading (self->contacts) &&
                   g_list_model_get_n_items (G_LIST_MODEL (self->contacts)) == 0;

  gtk_widget_set_visible (self->empty_label, empty);
  gtk_widget_set_visible (GTK_WIDGET (self->list), !empty);
  if (self->contacts != NULL && !pursuit_job_list_get_loading (self->contacts))
    reload_company_contacts (self);
}

static void
pursuit_contacts_section_job_changed (PursuitJobSection *section)
{
  PursuitContactsSection *self = PURSUIT_CONTACTS_SECTION (section);
  PursuitJob *job = pursuit_job_section_get_job (section);
  PursuitStore *store = pursuit_job_section_get_store (section);

  if (self->contacts != NULL)
    g_signal_handlers_disconnect_by_func (self->contacts, on_contacts_changed, self);
  g_clear_object (&self->contacts);
  if (self->watched_job != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_job, reload_company_contacts, self);
  g_set_object (&self->watched_job, job);

  if (job != NULL && store != NULL)
    {
      self->contacts = pursuit_store_get_job_contacts (store, pursuit_job_get_id (job));
      g_signal_connect_object (self->contacts, "notify::loading", G_CALLBACK (on_contacts_changed),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->contacts, "items-changed", G_CALLBACK (on_contacts_changed),
                               self, G_CONNECT_SWAPPED);
      /* A new company name means other people to choose from. */
      g_signal_connect_swapped (job, "notify::company", G_CALLBACK (reload_company_contacts), self);
    }

  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->contacts), create_row, self, NULL);
  gtk_widget_set_sensitive (self->add_button, self->contacts != NULL);
  on_contacts_changed (self);
}

static void
open_dialog (PursuitContactsSection *self,
             PursuitContact         *contact)
{
  PursuitJob *job = get_job (self);
  PursuitContactDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (job == NULL)
    return;

  dialog = pursuit_contact_dialog_new (pursuit_job_section_get_context (PURSUIT_JOB_SECTION (self)), contact,
                                       pursuit_job_get_company (job),
                                       contact == NULL ? pursuit_job_get_id (job) : 0);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_dialog (PURSUIT_CONTACTS_SECTION (widget), NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitContactsSection *self = PURSUIT_CONTACTS_SECTION (widget);
  PursuitContact *contact = find_contact (self, g_variant_get_int64 (parameter));

  if (contact != NULL)
    open_dialog (self, contact);
}

/* Linking and unlinking */

typedef struct
{
  PursuitContactsSection *self;
  char *name;
  gint64 job_id;
  gint64 contact_id;
  gboolean linked;
} LinkChange;

static void
link_change_free (LinkChange *change)
{
  g_clear_object (&change->self);
  g_free (change->name);
  g_free (change);
}

static void link_contact (PursuitContactsSection *self,
                          gint64                  job_id,
                          gint64                  contact_id,
                          const char             *name,
                          gboolean                linked,
                          gboolean                offer_undo);

static void
on_undo_unlink (AdwToast   *toast,
                LinkChange *change)
{
  link_contact (change->self, change->job_id, change->contact_id, change->name, TRUE, FALSE);
}

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  link_change_free (data);
}

static void
on_linked (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  LinkChange *change = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_link_contact_finish (PURSUIT_STORE (source), result, &error))
    pursuit_show_error (GTK_WIDGET (change->self), change->linked ? _("Could not add the contact to this job")
                                             : _("Could not remove the contact from this job"), error);
  else if (!change->linked && change->name != NULL)
    {
      /* Translators: a toast, as in “Jane Doe removed from this job” */
      AdwToast *toast = adw_toast_new_format (_("%s removed from this job"), change->name);
      LinkChange *undo = g_new0 (LinkChange, 1);

      undo->self = g_object_ref (change->self);
      undo->name = g_strdup (change->name);
      undo->job_id = change->job_id;
      undo->contact_id = change->contact_id;
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_unlink), undo, undo_free, 0);
      pursuit_show_toast (GTK_WIDGET (change->self), toast);
    }

  link_change_free (change);
}

static void
link_contact (PursuitContactsSection *self,
              gint64                  job_id,
              gint64                  contact_id,
              const char             *name,
              gboolean                linked,
              gboolean                offer_undo)
{
  LinkChange *change = g_new0 (LinkChange, 1);

  change->self = g_object_ref (self);
  /* No name: no toast, as for an undo. */
  change->name = offer_undo ? g_strdup (name) : NULL;
  change->job_id = job_id;
  change->contact_id = contact_id;
  change->linked = linked;
  pursuit_store_link_contact_async (pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self)),
                                    job_id, contact_id, linked, NULL, on_linked, change);
}

static void
link_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitContactsSection *self = PURSUIT_CONTACTS_SECTION (widget);

  if (get_job (self) != NULL)
    link_contact (self, pursuit_job_get_id (get_job (self)), g_variant_get_int64 (parameter), NULL, TRUE, FALSE);
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitContactsSection *self = PURSUIT_CONTACTS_SECTION (widget);
  PursuitContact *contact = find_contact (self, g_variant_get_int64 (parameter));

  if (get_job (self) != NULL && contact != NULL)
    link_contact (self, pursuit_job_get_id (get_job (self)), pursuit_contact_get_id (contact),
                  pursuit_contact_get_name (contact), FALSE, TRUE);
}

/* vCard export */

typedef struct
{
  PursuitContactsSection *self;
  char *name;
  GFile *file;
} Export;

static void
export_free (Export *export)
{
  g_clear_object (&export->self);
  g_clear_object (&export->file);
  g_free (export->name);
  g_free (export);
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Export *export = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    pursuit_show_error (GTK_WIDGET (export->self), _("Could not export the contact"), error);
  else
    {
      g_autofree char *basename = g_file_get_basename (export->file);
      /* Translators: a toast, as in “Saved Jane Doe’s card as Jane Doe.vcf” */
      AdwToast *toast = adw_toast_new_format (_("Saved %s’s card as %s"), export->name, basename);

      pursuit_show_toast (GTK_WIDGET (export->self), toast);
    }

  export_free (export);
}

static void
write_card (PursuitContactsSection *self,
            PursuitContact         *contact,
            GFile                  *file)
{
  char *card = pursuit_vcard_write_contact (contact);
  gsize length = strlen (card);
  g_autoptr(GBytes) bytes = g_bytes_new_take (card, length);
  Export *export = g_new0 (Export, 1);

  export->self = g_object_ref (self);
  export->name = g_strdup (pursuit_contact_get_name (contact));
  export->file = g_object_ref (file);
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                       on_exported, export);
}

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(PursuitContactsSection) self = user_data;
  g_autoptr(GFile) file = NULL;
  PursuitContact *contact = g_object_get_data (G_OBJECT (chooser), "contact");

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL && contact != NULL)
    write_card (self, contact, file);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_file (PursuitContactsSection *self,
             PursuitContact         *contact)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = pursuit_vcard_suggest_filename (contact);

  chooser = gtk_file_chooser_native_new (_("Export Contact"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("vCard"));
  gtk_file_filter_add_mime_type (filter, "text/vcard");
  gtk_file_filter_add_pattern (filter, "*.vcf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_set_data_full (G_OBJECT (chooser), "contact", g_object_ref (contact), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  pursuit_contacts_section_export (PURSUIT_CONTACTS_SECTION (widget), g_variant_get_int64 (parameter), NULL);
}

static void
pursuit_contacts_section_make (PursuitJobSection *section)
{
  PursuitContactsSection *self = PURSUIT_CONTACTS_SECTION (section);

  gtk_widget_init_template (GTK_WIDGET (section));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (section));
  pursuit_menu_button_set_menu_model (GTK_MENU_BUTTON (self->add_button), G_MENU_MODEL (self->add_menu));
}

static void
pursuit_contacts_section_dispose (GObject *object)
{
  PursuitContactsSection *self = PURSUIT_CONTACTS_SECTION (object);

  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (pursuit_contacts_section_parent_class)->dispose (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->contacts);
  g_clear_object (&self->watched_job);
  g_clear_pointer (&self->company_contacts, g_ptr_array_unref);
}

static void
pursuit_contacts_section_class_init (PursuitContactsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  object_class->dispose = pursuit_contacts_section_dispose;
  section_class->make = pursuit_contacts_section_make;
  /* The heading and "No contacts yet". */
  section_class->reserved_height = 56;
  section_class->job_changed = pursuit_contacts_section_job_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-contacts-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitContactsSection, empty_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitContactsSection, add_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitContactsSection, add_menu);
  gtk_widget_class_bind_template_child (widget_class, PursuitContactsSection, list);

  gtk_widget_class_install_action (widget_class, "contacts.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "contacts.link", "x", link_activated);
  gtk_widget_class_install_action (widget_class, "contacts.edit", "x", edit_activated);
  gtk_widget_class_install_action (widget_class, "contacts.export", "x", export_activated);
  gtk_widget_class_install_action (widget_class, "contacts.remove", "x", remove_activated);
}

static void
pursuit_contacts_section_init (PursuitContactsSection *self)
{
}

/**
 * pursuit_contacts_section_export:
 * @contact_id: a contact shown in the section
 * @file: (nullable): where to write the vCard; %NULL asks the user
 *
 * Writes the contact as a vCard. A failure is told in a toast.
 */
void
pursuit_contacts_section_export (PursuitContactsSection *self,
                                 gint64                  contact_id,
                                 GFile                  *file)
{
  PursuitContact *contact;

  g_return_if_fail (PURSUIT_IS_CONTACTS_SECTION (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  contact = find_contact (self, contact_id);
  if (contact == NULL)
    return;

  if (file == NULL)
    choose_file (self, contact);
  else
    write_card (self, contact, file);
}
