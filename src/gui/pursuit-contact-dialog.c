/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-contact-dialog.h"
#include "pursuit-store-people.h"

/* Adds a contact (linked to the job it was opened from) or edits one. Every
 * field says what is wrong as it is typed, and Save waits until nothing is. */
struct _PursuitContactDialog
{
  AdwWindow parent_instance;

  PursuitContext *context;
  PursuitContact *contact;      /* NULL: a new contact */
  char *company;
  gint64 link_job_id;
  gboolean busy;
  gboolean name_touched;

  AdwEntryRow *name_row;
  AdwEntryRow *role_row;
  AdwEntryRow *company_row;
  AdwEntryRow *email_row;
  AdwEntryRow *phone_row;
  AdwEntryRow *profile_url_row;
  GtkTextView *notes_view;
  GtkLabel *error_label;
  GtkButton *save_button;
  GtkButton *delete_button;
};

G_DEFINE_FINAL_TYPE (PursuitContactDialog, pursuit_contact_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_CONTACT,
  PROP_COMPANY,
  PROP_LINK_JOB_ID,
  N_PROPS
};

enum {
  SAVED,
  DELETED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char *
notes_text (PursuitContactDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
mark_row (AdwEntryRow *row,
          gboolean     valid)
{
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

static PursuitContact *
build_draft (PursuitContactDialog *self)
{
  PursuitContact *draft = self->contact != NULL ? pursuit_contact_copy (self->contact) : pursuit_contact_new ();
  g_autofree char *name = row_text (self->name_row);
  g_autofree char *role = row_text (self->role_row);
  g_autofree char *company = row_text (self->company_row);
  g_autofree char *email = row_text (self->email_row);
  g_autofree char *phone = row_text (self->phone_row);
  g_autofree char *profile_url = row_text (self->profile_url_row);
  g_autofree char *notes = notes_text (self);

  pursuit_contact_set_name (draft, name);
  pursuit_contact_set_role (draft, role);
  pursuit_contact_set_company (draft, company);
  pursuit_contact_set_email (draft, email);
  pursuit_contact_set_phone (draft, phone);
  pursuit_contact_set_profile_url (draft, profile_url);
  pursuit_contact_set_notes (draft, notes);
  return draft;
}

/* Marks each wrong field and says what is wrong with the first one. */
static gboolean
validate (PursuitContactDialog *self)
{
  g_autoptr(PursuitContact) draft = build_draft (self);
  g_autoptr(GError) error = NULL;
  gboolean name_ok = pursuit_contact_get_name (draft)[0] != '\0';
  gboolean email_ok = pursuit_contact_is_valid_email (pursuit_contact_get_email (draft));
  gboolean url_ok = pursuit_contact_is_valid_profile_url (pursuit_contact_get_profile_url (draft));
  gboolean valid = pursuit_contact_validate (draft, &error);
  const char *problem = NULL;

  /* An empty name is only pointed out once the user has been there. */
  mark_row (self->name_row, name_ok || !self->name_touched);
  mark_row (self->email_row, email_ok);
  mark_row (self->profile_url_row, url_ok);

  if (!email_ok)
    problem = _("The email address does not look right: it needs a name, one @ and a domain, as in "
                "name@example.com.");
  else if (!url_ok)
    problem = _("The profile URL must be a web address starting with http:// or https://.");
  else if (!name_ok && self->name_touched)
    problem = _("A contact needs a name.");
  else if (!valid && name_ok)
    problem = error->message;

  gtk_label_set_text (self->error_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), problem != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", valid && !self->busy);
  return valid;
}

static void
on_field_changed (PursuitContactDialog *self,
                  GtkEditable          *editable)
{
  if (editable == GTK_EDITABLE (self->name_row))
    self->name_touched = TRUE;
  validate (self);
}

static void
on_notes_changed (PursuitContactDialog *self)
{
  validate (self);
}

static void
on_entry_activated (PursuitContactDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.save", NULL);
}

static void
show_failure (PursuitContactDialog *self,
              const char           *what,
              const GError         *error)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", what, error->message);

  gtk_label_set_text (self->error_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PursuitContactDialog) self = user_data;
  g_autoptr(PursuitContact) contact = NULL;
  g_autoptr(GError) error = NULL;

  if (self->contact == NULL)
    contact = pursuit_store_add_contact_finish (PURSUIT_STORE (source), result, &error);
  else
    contact = pursuit_store_save_contact_finish (PURSUIT_STORE (source), result, &error);

  self->busy = FALSE;
  if (contact == NULL)
    {
      /* Keep what was typed; say what went wrong. */
      validate (self);
      show_failure (self, _("Could not save the contact"), error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, contact);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitContactDialog *self = PURSUIT_CONTACT_DIALOG (widget);
  PursuitStore *store = pursuit_context_get_store (self->context);
  g_autoptr(PursuitContact) draft = NULL;

  self->name_touched = TRUE;
  if (self->busy || !validate (self))
    return;

  draft = build_draft (self);
  self->busy = TRUE;
  gtk_widget_action_set_enabled (widget, "dialog.save", FALSE);

  if (self->contact == NULL)
    pursuit_store_add_contact_async (store, draft, self->link_job_id, NULL, on_saved, g_object_ref (self));
  else
    pursuit_store_save_contact_async (store, draft, NULL, on_saved, g_object_ref (self));
}

static void
on_deleted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(PursuitContactDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->busy = FALSE;
  if (!pursuit_store_delete_contact_finish (PURSUIT_STORE (source), result, &error))
    {
      validate (self);
      show_failure (self, _("Could not delete the contact"), error);
      return;
    }

  g_signal_emit (self, signals[DELETED], 0, pursuit_contact_get_id (self->contact));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_delete_response (AdwMessageDialog     *dialog,
                    const char           *response,
                    PursuitContactDialog *self)
{
  if (!g_str_equal (response, "delete") || self->busy)
    return;

  self->busy = TRUE;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", FALSE);
  pursuit_store_delete_contact_async (pursuit_context_get_store (self->context), self->contact, NULL,
                                      on_deleted, g_object_ref (self));
}

/* A contact may be on several jobs and interviews, and deleting it cannot
 * be undone in one step: ask first. */
static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitContactDialog *self = PURSUIT_CONTACT_DIALOG (widget);
  AdwMessageDialog *dialog;

  if (self->contact == NULL || self->busy)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("Delete %s?"), pursuit_contact_get_name (self->contact));
  adw_message_dialog_set_body (dialog, _("The contact is removed from every job and interview. "
                                         "To keep them elsewhere, remove them from this job instead."));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_row (AdwEntryRow *row,
         const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
pursuit_contact_dialog_constructed (GObject *object)
{
  PursuitContactDialog *self = PURSUIT_CONTACT_DIALOG (object);

  G_OBJECT_CLASS (pursuit_contact_dialog_parent_class)->constructed (object);

  if (self->contact != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Contact"));
      gtk_button_set_label (self->save_button, _("_Save"));
      gtk_widget_set_visible (GTK_WIDGET (self->delete_button), TRUE);
      set_row (self->name_row, pursuit_contact_get_name (self->contact));
      set_row (self->role_row, pursuit_contact_get_role (self->contact));
      set_row (self->company_row, pursuit_contact_get_company (self->contact));
      set_row (self->email_row, pursuit_contact_get_email (self->contact));
      set_row (self->phone_row, pursuit_contact_get_phone (self->contact));
      set_row (self->profile_url_row, pursuit_contact_get_profile_url (self->contact));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                                pursuit_contact_get_notes (self->contact), -1);
    }
  else
    set_row (self->company_row, self->company);

  /* Filling the rows is not the user typing. */
  self->name_touched = FALSE;
  validate (self);
}

static void
pursuit_contact_dialog_map (GtkWidget *widget)
{
  PursuitContactDialog *self = PURSUIT_CONTACT_DIALOG (widget);

  GTK_WIDGET_CLASS (pursuit_contact_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
pursuit_contact_dialog_dispose (GObject *object)
{
  PursuitContactDialog *self = PURSUIT_CONTACT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_CONTACT_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (pursuit_contact_dialog_parent_class)->dispose (object);
}

static void
pursuit_contact_dialog_finalize (GObject *object)
{
  PursuitContactDialog *self = PURSUIT_CONTACT_DIALOG (object);

  g_free (self->company);

  G_OBJECT_CLASS (pursuit_contact_dialog_parent_class)->finalize (object);
}

static void
pursuit_contact_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PursuitContactDialog *self = PURSUIT_CONTACT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;
    case PROP_COMPANY:
      g_value_set_string (value, self->company);
      break;
    case PROP_LINK_JOB_ID:
      g_value_set_int64 (value, self->link_job_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_contact_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PursuitContactDialog *self = PURSUIT_CONTACT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_CONTACT:
      /* A copy: the dialog edits its own and hands the result to the store. */
      if (g_value_get_object (value) != NULL)
        self->contact = pursuit_contact_copy (g_value_get_object (value));
      break;
    case PROP_COMPANY:
      self->company = g_value_dup_string (value);
      break;
    case PROP_LINK_JOB_ID:
      self->link_job_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_contact_dialog_class_init (PursuitContactDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = pursuit_contact_dialog_constructed;
  object_class->dispose = pursuit_contact_dialog_dispose;
  object_class->finalize = pursuit_contact_dialog_finalize;
  object_class->get_property = pursuit_contact_dialog_get_property;
  object_class->set_property = pursuit_contact_dialog_set_property;
  widget_class->map = pursuit_contact_dialog_map;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT, flags);
  properties[PROP_CONTACT] = g_param_spec_object ("contact", NULL, NULL, PURSUIT_TYPE_CONTACT, flags);
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, NULL, flags);
  properties[PROP_LINK_JOB_ID] = g_param_spec_int64 ("link-job-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitContactDialog::saved:
   * @contact: the contact as saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, PURSUIT_TYPE_CONTACT);
  /**
   * PursuitContactDialog::deleted:
   * @contact_id: the id of the deleted contact
   */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-contact-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitContactDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitContactDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitContactDialog, company_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitContactDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitContactDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitContactDialog, profile_url_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitContactDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitContactDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitContactDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitContactDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "dialog.delete", NULL, delete_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_contact_dialog_init (PursuitContactDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed), self, G_CONNECT_SWAPPED);
}

/**
 * pursuit_contact_dialog_new:
 * @contact: (nullable): the contact to edit, or %NULL for a new one
 * @company: (nullable): the company a new contact starts with
 * @link_job_id: the job a new contact is linked to, or 0
 */
PursuitContactDialog *
pursuit_contact_dialog_new (PursuitContext *context,
                            PursuitContact *contact,
                            const char     *company,
                            gint64          link_job_id)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (contact == NULL || PURSUIT_IS_CONTACT (contact), NULL);

  return g_object_new (PURSUIT_TYPE_CONTACT_DIALOG,
                       "context", context,
                       "contact", contact,
                       "company", company,
                       "link-job-id", link_job_id,
                       NULL);
}

/**
 * pursuit_contact_dialog_get_contact:
 *
 * Returns: (transfer none) (nullable): the contact being edited, or %NULL
 *   for a new one
 */
PursuitContact *
pursuit_contact_dialog_get_contact (PursuitContactDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTACT_DIALOG (self), NULL);

  return self->contact;
}
