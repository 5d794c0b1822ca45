/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "pursuit-accessible.h"
#include "pursuit-launch.h"
#include "pursuit-login-section.h"
#include "pursuit-toasts.h"
#include "pursuit-validation.h"

/* How long typing may pause before the address and user name are saved. */
#define SAVE_DELAY_MS 600

/* How long a copied password stays on the clipboard. */
#define CLIPBOARD_SECONDS 30

/* The job's applicant portal: its address and user name (in the database)
 * and its password (in the system keyring, and nowhere else). A job may
 * share the login of another job of its company. When the keyring is
 * missing, locked or refuses, the section says what happened and what to
 * do; the address and user name work regardless. */
struct _PursuitLoginSection
{
  PursuitJobSection parent_instance;

  PursuitPortalLogin *login;   /* the job's, or NULL */
  GPtrArray *company_logins;   /* PursuitPortalLogin of the job's company */
  GCancellable *cancellable;
  guint save_timeout;
  gboolean loading;
  gboolean password_dirty;     /* typed, not yet in the keyring */
  gboolean password_saved;     /* the keyring holds one for the login */
  gboolean fields_dirty;
  GdkContentProvider *copied;  /* what the clipboard holds from us */
  guint clipboard_timeout;

  GtkStack *stack;
  GtkWidget *add_button;
  GtkWidget *share_button;
  AdwEntryRow *url_row;
  AdwEntryRow *user_row;
  AdwPasswordEntryRow *password_row;
  GtkWidget *copy_button;
  GtkWidget *open_button;
  GtkWidget *keyring_row;
  GtkLabel *shared_label;
};

G_DEFINE_FINAL_TYPE (PursuitLoginSection, pursuit_login_section, PURSUIT_TYPE_JOB_SECTION)

static PursuitJob *
get_job (PursuitLoginSection *self)
{
  return pursuit_job_section_get_job (PURSUIT_JOB_SECTION (self));
}

static PursuitContext *
get_context (PursuitLoginSection *self)
{
  return pursuit_job_section_get_context (PURSUIT_JOB_SECTION (self));
}

static PursuitStore *
get_store (PursuitLoginSection *self)
{
  return pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
}

static void
show_keyring_error (PursuitLoginSection *self,
                    const GError        *error)
{
  gtk_widget_set_visible (self->keyring_row, error != NULL);
  if (error != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->keyring_row), error->message);
}

/* The saved password stays in the keyring until the user asks to see it
 * (the row's eye button) or copies it: GTK 4.8 gives any program on the accessibility bus
 * the text of a password field, so the field holds only what was typed. */
static void
update_password_row (PursuitLoginSection *self)
{
  gboolean empty = gtk_editable_get_text (GTK_EDITABLE (self->password_row))[0] == '\0';
  gboolean saved_hidden = self->password_saved && empty;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->password_row),
                                 saved_hidden ? _("Password (saved in the keyring)") : _("Password"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "login.copy", !empty || self->password_saved);
}

static void
set_password_text (PursuitLoginSection *self,
                   const char          *password,
                   gboolean             visible)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (self->password_row));

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), password != NULL ? password : "");
  self->loading = FALSE;
  /* The row's own eye button follows the text's visibility. */
  gtk_text_set_visibility (GTK_TEXT (text), visible);
  update_password_row (self);
}

static void copy_password (PursuitLoginSection *self,
                           const char          *password);

/* The password */

typedef enum
{
  READ_TO_CHECK,  /* only whether there is one */
  READ_TO_SHOW,
  READ_TO_COPY,
} ReadPurpose;

typedef struct
{
  PursuitLoginSection *self;
  ReadPurpose purpose;
} Reading;

static void
on_password_read (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  Reading *reading = user_data;
  g_autoptr(PursuitLoginSection) self = reading->self;
  ReadPurpose purpose = reading->purpose;
  g_autoptr(GError) error = NULL;
  char *password = pursuit_credentials_lookup_finish (PURSUIT_CREDENTIALS (source), result, &error);

  g_free (reading);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  show_keyring_error (self, error);
  gtk_widget_set_sensitive (GTK_WIDGET (self->password_row), error == NULL);
  if (error == NULL)
    {
      self->password_saved = password != NULL && password[0] != '\0';
      if (purpose == READ_TO_SHOW && !self->password_dirty && self->password_saved)
        set_password_text (self, password, TRUE);
      else if (purpose == READ_TO_COPY && self->password_saved)
        copy_password (self, password);
      update_password_row (self);
    }
  secret_password_free (password);
}

static void
read_password (PursuitLoginSection *self,
               ReadPurpose          purpose)
{
  Reading *reading;

  if (self->login == NULL)
    return;

  reading = g_new0 (Reading, 1);
  reading->self = g_object_ref (self);
  reading->purpose = purpose;
  pursuit_credentials_lookup_async (pursuit_context_get_credentials (get_context (self)), self->login->uuid,
                                    self->cancellable, on_password_read, reading);
}

static void
on_password_stored (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(PursuitLoginSection) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_credentials_store_finish (PURSUIT_CREDENTIALS (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* Kept in the field, to store once the keyring can. */
      self->password_dirty = TRUE;
      show_keyring_error (self, error);
      return;
    }

  show_keyring_error (self, NULL);
  /* The job shown may have changed meanwhile: ask about the one shown now. */
  read_password (self, READ_TO_CHECK);
  pursuit_show_toast (GTK_WIDGET (self), adw_toast_new (_("Password kept in the keyring")));
}

static void
store_password (PursuitLoginSection *self)
{
  g_autofree char *label = NULL;
  const char *password;

  if (!self->password_dirty || self->login == NULL || self->login->id == 0)
    return;

  self->password_dirty = FALSE;
  password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  /* An emptied field leaves the saved password as it is: the field is
   * empty whenever the saved one is not shown. Removing the login removes
   * its password. */
  if (password[0] == '\0')
    return;

  /* Translators: the keyring's name for a portal password: "Pursuit: Acme portal" */
  label = g_strdup_printf (_("Pursuit: %s portal"), self->login->company);
  /* Not cancelled with the job: a password typed must reach the keyring. */
  pursuit_credentials_store_async (pursuit_context_get_credentials (get_context (self)), self->login->uuid,
                                   self->login->url, label, password, NULL, on_password_stored,
                                   g_object_ref (self));
}

/* The address and user name */

typedef struct
{
  PursuitLoginSection *self;
  gint64 job_id;
} Saving;

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Saving *saving = user_data;
  PursuitLoginSection *self = saving->self;
  g_autoptr(PursuitPortalLogin) login = NULL;
  g_autoptr(GError) error = NULL;

  login = pursuit_store_save_job_login_finish (PURSUIT_STORE (source), result, &error);
  if (login == NULL)
    pursuit_show_error (GTK_WIDGET (self), _("Could not save the login"), error);
  else if (get_job (self) != NULL && pursuit_job_get_id (get_job (self)) == saving->job_id &&
           (self->login == NULL || self->login->id == 0 || self->login->id == login->id))
    {
      gboolean first = self->login == NULL || self->login->id == 0;

      g_set_object (&self->login, login);
      /* The password waited for the login to have its id. */
      if (first)
        store_password (self);
    }

  g_object_unref (saving->self);
  g_free (saving);
}

static void
save_fields (PursuitLoginSection *self)
{
  g_autoptr(PursuitPortalLogin) draft = NULL;
  g_autofree char *address = NULL;
  g_autoptr(GError) error = NULL;
  Saving *saving;

  g_clear_handle_id (&self->save_timeout, g_source_remove);
  if (!self->fields_dirty || self->login == NULL || get_job (self) == NULL)
    return;

  if (!pursuit_parse_web_address (gtk_editable_get_text (GTK_EDITABLE (self->url_row)), &address, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->url_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->url_row), error->message);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->url_row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->url_row), NULL);

  self->fields_dirty = FALSE;
  draft = pursuit_portal_login_copy (self->login);
  pursuit_document_set_text (&draft->url, address);
  pursuit_document_set_text (&draft->user_name, gtk_editable_get_text (GTK_EDITABLE (self->user_row)));

  saving = g_new0 (Saving, 1);
  saving->self = g_object_ref (self);
  saving->job_id = pursuit_job_get_id (get_job (self));
  pursuit_store_save_job_login_async (get_store (self), saving->job_id, draft, NULL, on_saved, saving);
}

static gboolean
on_save_timeout (gpointer user_data)
{
  PursuitLoginSection *self = user_data;

  self->save_timeout = 0;
  save_fields (self);
  return G_SOURCE_REMOVE;
}

static void
on_field_changed (PursuitLoginSection *self)
{
  g_autofree char *address = NULL;

  if (self->loading)
    return;

  self->fields_dirty = TRUE;
  address = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->url_row))));
  gtk_widget_set_sensitive (self->open_button, address[0] != '\0');
  g_clear_handle_id (&self->save_timeout, g_source_remove);
  self->save_timeout = g_timeout_add (SAVE_DELAY_MS, on_save_timeout, self);
}

static void
on_password_changed (PursuitLoginSection *self)
{
  if (!self->loading)
    self->password_dirty = TRUE;
  update_password_row (self);
}

static void
on_password_applied (PursuitLoginSection *self)
{
  /* A new login is saved first, so its password has an id to go under. */
  if (self->login != NULL && self->login->id == 0)
    self->fields_dirty = TRUE;
  save_fields (self);
  store_password (self);
}

/* Showing */

static void
show_login (PursuitLoginSection *self)
{
  gboolean shared = self->login != NULL && self->login->n_jobs > 1;

  gtk_stack_set_visible_child_name (self->stack, self->login != NULL ? "login" : "none");
  gtk_widget_set_visible (self->share_button, self->login == NULL && self->company_logins != NULL &&
                                              self->company_logins->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->shared_label), shared);
  if (shared)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Shared with %u other job of %s",
                                                            "Shared with %u other jobs of %s",
                                                            self->login->n_jobs - 1),
                                               self->login->n_jobs - 1, self->login->company);

      gtk_label_set_text (self->shared_label, text);
    }

  if (self->login == NULL)
    return;

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), self->login->url);
  gtk_editable_set_text (GTK_EDITABLE (self->user_row), self->login->user_name);
  self->loading = FALSE;
  gtk_widget_set_sensitive (self->open_button, self->login->url[0] != '\0');
}

static void
on_login_found (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PursuitLoginSection) self = user_data;
  g_autoptr(PursuitPortalLogin) login = NULL;
  g_autoptr(GPtrArray) company = NULL;
  g_autoptr(GError) error = NULL;

  company = pursuit_store_find_job_login_finish (PURSUIT_STORE (source), result, &login, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (company == NULL)
    {
      g_message ("Could not read the job’s login: %s", error->message);
      return;
    }

  g_set_object (&self->login, login);
  g_clear_pointer (&self->company_logins, g_ptr_array_unref);
  self->company_logins = g_steal_pointer (&company);
  show_login (self);
  read_password (self, READ_TO_CHECK);
}

static void
forget (PursuitLoginSection *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->login);
  g_clear_pointer (&self->company_logins, g_ptr_array_unref);
  self->password_dirty = FALSE;
  self->password_saved = FALSE;
  self->fields_dirty = FALSE;
  set_password_text (self, NULL, FALSE);
  show_keyring_error (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->password_row), TRUE);
}

static void
pursuit_login_section_job_changed (PursuitJobSection *section)
{
  PursuitLoginSection *self = PURSUIT_LOGIN_SECTION (section);
  PursuitJob *job = pursuit_job_section_get_job (section);

  forget (self);
  show_login (self);
  if (job == NULL || get_store (self) == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  pursuit_store_find_job_login_async (get_store (self), pursuit_job_get_id (job), pursuit_job_get_company (job),
                                      self->cancellable, on_login_found, g_object_ref (self));
}

static void
pursuit_login_section_flush (PursuitJobSection *section)
{
  PursuitLoginSection *self = PURSUIT_LOGIN_SECTION (section);

  if (self->login != NULL && self->login->id == 0 && self->password_dirty)
    self->fields_dirty = TRUE;
  save_fields (self);
  store_password (self);
}

/* Actions */

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitLoginSection *self = PURSUIT_LOGIN_SECTION (widget);

  if (get_job (self) == NULL)
    return;

  /* Saved once something is typed; the address comes first. */
  self->login = pursuit_portal_login_new (pursuit_job_get_company (get_job (self)));
  show_login (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->url_row));
}

static void
share_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PursuitLoginSection *self = PURSUIT_LOGIN_SECTION (widget);
  Saving *saving;

  if (get_job (self) == NULL || self->company_logins == NULL || self->company_logins->len == 0)
    return;

  saving = g_new0 (Saving, 1);
  saving->self = g_object_ref (self);
  saving->job_id = pursuit_job_get_id (get_job (self));
  pursuit_store_save_job_login_async (get_store (self), saving->job_id, g_ptr_array_index (self->company_logins, 0),
                                      NULL, on_saved, saving);
  g_set_object (&self->login, g_ptr_array_index (self->company_logins, 0));
  self->login->n_jobs++;
  show_login (self);
  read_password (self, READ_TO_CHECK);
}

static void
on_removed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(PursuitLoginSection) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_remove_job_login_finish (PURSUIT_STORE (source), result, &error))
    {
      pursuit_show_error (GTK_WIDGET (self), _("Could not remove the login"), error);
      return;
    }

  /* A login no other job uses is gone: its password goes from the keyring. */
  pursuit_context_forget_unused_logins_async (get_context (self), NULL, NULL, NULL);
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitLoginSection *self = PURSUIT_LOGIN_SECTION (widget);

  if (get_job (self) == NULL || self->login == NULL)
    return;

  if (self->login->id != 0)
    pursuit_store_remove_job_login_async (get_store (self), pursuit_job_get_id (get_job (self)), NULL, on_removed,
                                          g_object_ref (self));
  forget (self);
  show_login (self);
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitLoginSection *self = PURSUIT_LOGIN_SECTION (widget);
  g_autofree char *address = NULL;

  if (pursuit_parse_web_address (gtk_editable_get_text (GTK_EDITABLE (self->url_row)), &address, NULL) &&
      address[0] != '\0')
    pursuit_open_uri (widget, address);
}

static void
retry_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PursuitLoginSection *self = PURSUIT_LOGIN_SECTION (widget);

  if (self->password_dirty)
    store_password (self);
  else
    read_password (self, READ_TO_CHECK);
}

static gboolean
on_clipboard_timeout (gpointer user_data)
{
  PursuitLoginSection *self = user_data;

  self->clipboard_timeout = 0;
  pursuit_login_section_clear_clipboard (self);
  return G_SOURCE_REMOVE;
}

static void
copy_password (PursuitLoginSection *self,
               const char          *password)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  g_autofree char *message = NULL;

  g_clear_object (&self->copied);
  self->copied = gdk_content_provider_new_typed (G_TYPE_STRING, password);
  gdk_clipboard_set_content (clipboard, self->copied);
  g_clear_handle_id (&self->clipboard_timeout, g_source_remove);
  self->clipboard_timeout = g_timeout_add_seconds (CLIPBOARD_SECONDS, on_clipboard_timeout, self);

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Password copied; cleared in %d second",
                                          "Password copied; cleared in %d seconds", CLIPBOARD_SECONDS),
                             CLIPBOARD_SECONDS);
  pursuit_show_toast (GTK_WIDGET (self), adw_toast_new (message));
}

static void
copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitLoginSection *self = PURSUIT_LOGIN_SECTION (widget);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  /* What the field shows; else the saved one, straight from the keyring. */
  if (typed[0] != '\0')
    copy_password (self, typed);
  else if (self->password_saved)
    read_password (self, READ_TO_COPY);
}

/* The row's eye button shows the saved password when the field is empty,
 * and hiding it empties the field again: the password read from the keyring
 * is in the field only while it is shown. What the user typed stays. */
static void
on_visibility_changed (PursuitLoginSection *self)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (self->password_row));
  gboolean empty = gtk_editable_get_text (text)[0] == '\0';

  if (!self->password_saved || self->password_dirty)
    return;
  if (gtk_text_get_visibility (GTK_TEXT (text)) && empty)
    read_password (self, READ_TO_SHOW);
  else if (!gtk_text_get_visibility (GTK_TEXT (text)) && !empty)
    set_password_text (self, NULL, FALSE);
}

/**
 * pursuit_login_section_clear_clipboard:
 *
 * Empties the clipboard if it still holds the password copied from here:
 * what the user copied since is left alone. Runs by itself 30 s after a
 * copy.
 *
 * Returns: whether the clipboard was emptied
 */
gboolean
pursuit_login_section_clear_clipboard (PursuitLoginSection *self)
{
  GdkClipboard *clipboard;
  gboolean ours;

  g_return_val_if_fail (PURSUIT_IS_LOGIN_SECTION (self), FALSE);

  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));
  ours = self->copied != NULL && gdk_clipboard_get_content (clipboard) == self->copied;
  if (ours)
    gdk_clipboard_set_content (clipboard, NULL);
  g_clear_object (&self->copied);
  g_clear_handle_id (&self->clipboard_timeout, g_source_remove);
  return ours;
}

static void
pursuit_login_section_dispose (GObject *object)
{
  PursuitLoginSection *self = PURSUIT_LOGIN_SECTION (object);

  g_cancellable_cancel (self->cancellable);
  if (self->clipboard_timeout != 0)
    pursuit_login_section_clear_clipboard (self);

  G_OBJECT_CLASS (pursuit_login_section_parent_class)->dispose (object);

  g_clear_handle_id (&self->save_timeout, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->login);
  g_clear_object (&self->copied);
  g_clear_pointer (&self->company_logins, g_ptr_array_unref);
}

static void
pursuit_login_section_make (PursuitJobSection *section)
{
  PursuitLoginSection *self = PURSUIT_LOGIN_SECTION (section);

  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));
  g_signal_connect_object (gtk_editable_get_delegate (GTK_EDITABLE (self->password_row)), "notify::visibility",
                           G_CALLBACK (on_visibility_changed), self, G_CONNECT_SWAPPED);
  update_password_row (self);
}

static void
pursuit_login_section_class_init (PursuitLoginSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  object_class->dispose = pursuit_login_section_dispose;
  section_class->make = pursuit_login_section_make;
  /* The heading, its description and Add Login. */
  section_class->reserved_height = 90;
  section_class->job_changed = pursuit_login_section_job_changed;
  section_class->flush = pursuit_login_section_flush;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-login-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitLoginSection, stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitLoginSection, add_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitLoginSection, share_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitLoginSection, url_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitLoginSection, user_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitLoginSection, password_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitLoginSection, copy_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitLoginSection, open_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitLoginSection, keyring_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitLoginSection, shared_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_password_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_password_applied);

  gtk_widget_class_install_action (widget_class, "login.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "login.share", NULL, share_activated);
  gtk_widget_class_install_action (widget_class, "login.remove", NULL, remove_activated);
  gtk_widget_class_install_action (widget_class, "login.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "login.copy", NULL, copy_activated);
  gtk_widget_class_install_action (widget_class, "login.retry", NULL, retry_activated);
}

static void
pursuit_login_section_init (PursuitLoginSection *self)
{
}

/**
 * pursuit_login_section_get_password_row:
 *
 * Returns: (transfer none) (nullable): the password's row (for tests), once
 *   the section is made
 */
AdwPasswordEntryRow *
pursuit_login_section_get_password_row (PursuitLoginSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_LOGIN_SECTION (self), NULL);

  return self->password_row;
}

/**
 * pursuit_login_section_get_keyring_message:
 *
 * Returns: (nullable): what the section says about the keyring, or %NULL
 *   when all is well or the section is not made yet
 */
const char *
pursuit_login_section_get_keyring_message (PursuitLoginSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_LOGIN_SECTION (self), NULL);

  return self->keyring_row != NULL && gtk_widget_get_visible (self->keyring_row)
         ? adw_action_row_get_subtitle (ADW_ACTION_ROW (self->keyring_row))
         : NULL;
}
