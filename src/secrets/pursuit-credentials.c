/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "pursuit-credentials.h"

/* Portal passwords, kept in the system keyring and nowhere else: not in
 * the database, not in a log, not in a file. The keyring may be missing
 * (no session bus, no Secret Service), locked, or may refuse; each case
 * becomes a PursuitSecretsError whose message says what to do, and the
 * rest of the app goes on. Inside a Flatpak, libsecret talks to the Secret
 * portal by itself. */

G_DEFINE_QUARK (pursuit-secrets-error-quark, pursuit_secrets_error)

struct _PursuitCredentials
{
  GObject parent_instance;
};

G_DEFINE_FINAL_TYPE (PursuitCredentials, pursuit_credentials, G_TYPE_OBJECT)

static void
pursuit_credentials_class_init (PursuitCredentialsClass *klass)
{
}

static void
pursuit_credentials_init (PursuitCredentials *self)
{
}

/**
 * pursuit_credentials_new:
 *
 * The keyring is not reached until a password is asked for or stored.
 */
PursuitCredentials *
pursuit_credentials_new (void)
{
  return g_object_new (PURSUIT_TYPE_CREDENTIALS, NULL);
}

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    PURSUIT_SECRETS_SCHEMA_NAME, SECRET_SCHEMA_NONE,
    {
      { "login", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "portal", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };

  return &schema;
}

/* The values are copies: libsecret keeps the table until the keyring
 * answers, after the caller's strings may be gone. */
static GHashTable *
login_attributes (const char *login_uuid,
                  const char *portal)
{
  GHashTable *attributes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  g_hash_table_insert (attributes, "login", g_strdup (login_uuid));
  if (portal != NULL)
    g_hash_table_insert (attributes, "portal", g_strdup (portal));
  return attributes;
}

/* Says in words what a keyring failure means for the user. */
static GError *
translate_error (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_error_copy (error);

  if (error->domain == G_IO_ERROR ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SPAWN_SERVICE_NOT_FOUND) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NO_SERVER) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_FILE_NOT_FOUND))
    return g_error_new_literal (PURSUIT_SECRETS_ERROR, PURSUIT_SECRETS_ERROR_NO_SERVICE,
                                _("No keyring is available, so the password cannot be kept. Start a "
                                  "keyring such as GNOME Keyring (it usually starts when you log in), "
                                  "then try again. The address and user name are saved."));

  if (g_error_matches (error, SECRET_ERROR, SECRET_ERROR_IS_LOCKED) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD))
    return g_error_new_literal (PURSUIT_SECRETS_ERROR, PURSUIT_SECRETS_ERROR_LOCKED,
                                _("The keyring is locked. Unlock it (in Passwords and Keys, or by logging "
                                  "in again), then try again."));

  if (g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_ACCESS_DENIED) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_AUTH_FAILED) ||
      g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NOT_SUPPORTED))
    return g_error_new_literal (PURSUIT_SECRETS_ERROR, PURSUIT_SECRETS_ERROR_REFUSED,
                                _("The keyring refused to keep or give the password. Check its settings, "
                                  "then try again."));

  return g_error_new (PURSUIT_SECRETS_ERROR, PURSUIT_SECRETS_ERROR_FAILED,
                      _("The keyring reported a problem: %s"), error->message);
}

static void
return_error (GTask  *task,
              GError *error)
{
  g_task_return_error (task, translate_error (error));
  g_error_free (error);
}

/* Storing */

static void
on_stored (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!secret_password_store_finish (result, &error))
    return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * pursuit_credentials_store_async:
 * @login_uuid: the login's UUID, what the password is kept under
 * @portal: the portal's address, for the user's keyring manager
 * @label: what the keyring manager shows
 *
 * Keeps @password in the default keyring, in place of any it had for
 * @login_uuid.
 */
void
pursuit_credentials_store_async (PursuitCredentials  *self,
                                 const char          *login_uuid,
                                 const char          *portal,
                                 const char          *label,
                                 const char          *password,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GHashTable) attributes = NULL;
  GTask *task;

  g_return_if_fail (PURSUIT_IS_CREDENTIALS (self));
  g_return_if_fail (login_uuid != NULL && password != NULL && label != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_credentials_store_async);

  attributes = login_attributes (login_uuid, portal != NULL ? portal : "");
  secret_password_storev (get_schema (), attributes, SECRET_COLLECTION_DEFAULT, label, password,
                          cancellable, on_stored, task);
}

gboolean
pursuit_credentials_store_finish (PursuitCredentials  *self,
                                  GAsyncResult        *result,
                                  GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Looking up: a search, then the secret of what it found. A plain lookup
 * gives nothing, without an error, for a password in a locked keyring;
 * the user must hear that the keyring is locked, not that there is no
 * password. */

static void
on_secret_retrieved (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  SecretValue *value = secret_retrievable_retrieve_secret_finish (SECRET_RETRIEVABLE (source), result, &error);
  gsize length = 0;

  if (value == NULL)
    {
      /* A locked item has no secret to give. */
      if (error == NULL)
        error = g_error_new_literal (SECRET_ERROR, SECRET_ERROR_IS_LOCKED, "locked");
      return_error (task, error);
      return;
    }

  g_task_return_pointer (task, secret_value_unref_to_password (value, &length),
                         (GDestroyNotify) secret_password_free);
}

static void
on_looked_up (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  GError *error = NULL;
  GList *found = secret_password_search_finish (result, &error);

  if (error != NULL)
    return_error (task, error);
  else if (found == NULL)
    g_task_return_pointer (task, NULL, NULL);
  else
    secret_retrievable_retrieve_secret (found->data, g_task_get_cancellable (task), on_secret_retrieved,
                                        g_object_ref (task));

  g_list_free_full (found, g_object_unref);
  g_object_unref (task);
}

/* What a lookup asks: unlock if the keyring can (it may ask the user). */
#define LOOKUP_FLAGS (SECRET_SEARCH_UNLOCK)

void
pursuit_credentials_lookup_async (PursuitCredentials  *self,
                                  const char          *login_uuid,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GHashTable) attributes = NULL;
  GTask *task;

  g_return_if_fail (PURSUIT_IS_CREDENTIALS (self));
  g_return_if_fail (login_uuid != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_credentials_lookup_async);

  attributes = login_attributes (login_uuid, NULL);
  secret_password_searchv (get_schema (), attributes, LOOKUP_FLAGS, cancellable, on_looked_up, task);
}

/**
 * pursuit_credentials_lookup_finish:
 *
 * Returns: (transfer full) (nullable): the password, to free with
 *   secret_password_free(); %NULL without an error when none is kept
 */
char *
pursuit_credentials_lookup_finish (PursuitCredentials  *self,
                                   GAsyncResult        *result,
                                   GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Clearing */

static void
on_cleared (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  /* FALSE without an error: there was nothing to clear, which is fine. */
  secret_password_clear_finish (result, &error);
  if (error != NULL)
    return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
pursuit_credentials_clear_async (PursuitCredentials  *self,
                                 const char          *login_uuid,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GHashTable) attributes = NULL;
  GTask *task;

  g_return_if_fail (PURSUIT_IS_CREDENTIALS (self));
  g_return_if_fail (login_uuid != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_credentials_clear_async);

  attributes = login_attributes (login_uuid, NULL);
  secret_password_clearv (get_schema (), attributes, cancellable, on_cleared, task);
}

gboolean
pursuit_credentials_clear_finish (PursuitCredentials  *self,
                                  GAsyncResult        *result,
                                  GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Forgetting the passwords of logins that are gone */

typedef struct
{
  GStrv keep;
  GPtrArray *to_clear;  /* UUIDs */
  int cleared;
} Forget;

static void
forget_free (Forget *forget)
{
  g_strfreev (forget->keep);
  g_clear_pointer (&forget->to_clear, g_ptr_array_unref);
  g_free (forget);
}

static void clear_next (GTask *task);

static void
on_forgotten_one (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GTask *task = user_data;
  Forget *forget = g_task_get_task_data (task);
  GError *error = NULL;

  secret_password_clear_finish (result, &error);
  if (error != NULL)
    {
      return_error (task, error);
      g_object_unref (task);
      return;
    }

  forget->cleared++;
  clear_next (task);
}

static void
clear_next (GTask *task)
{
  Forget *forget = g_task_get_task_data (task);
  g_autoptr(GHashTable) attributes = NULL;
  g_autofree char *uuid = NULL;

  if (forget->to_clear->len == 0)
    {
      g_task_return_int (task, forget->cleared);
      g_object_unref (task);
      return;
    }

  uuid = g_ptr_array_steal_index (forget->to_clear, forget->to_clear->len - 1);
  attributes = login_attributes (uuid, NULL);
  secret_password_clearv (get_schema (), attributes, g_task_get_cancellable (task), on_forgotten_one, task);
}

static void
on_searched (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GTask *task = user_data;
  Forget *forget = g_task_get_task_data (task);
  GError *error = NULL;
  GList *found = secret_password_search_finish (result, &error);

  if (error != NULL)
    {
      return_error (task, error);
      g_object_unref (task);
      return;
    }

  forget->to_clear = g_ptr_array_new_with_free_func (g_free);
  for (GList *l = found; l != NULL; l = l->next)
    {
      g_autoptr(GHashTable) attributes = secret_retrievable_get_attributes (l->data);
      const char *uuid = g_hash_table_lookup (attributes, "login");

      if (uuid != NULL && !g_strv_contains ((const char * const *) forget->keep, uuid) &&
          !g_ptr_array_find_with_equal_func (forget->to_clear, uuid, g_str_equal, NULL))
        g_ptr_array_add (forget->to_clear, g_strdup (uuid));
    }
  g_list_free_full (found, g_object_unref);

  clear_next (task);
}

/**
 * pursuit_credentials_forget_others_async:
 * @keep: (array zero-terminated=1): the UUIDs of the logins that exist
 *
 * Clears the passwords of every other login: those whose job was deleted.
 * Unlocked items only, so it never asks the user for anything.
 */
void
pursuit_credentials_forget_others_async (PursuitCredentials  *self,
                                         const char * const  *keep,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_autoptr(GHashTable) attributes = NULL;
  Forget *forget;
  GTask *task;

  g_return_if_fail (PURSUIT_IS_CREDENTIALS (self));
  g_return_if_fail (keep != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_credentials_forget_others_async);
  forget = g_new0 (Forget, 1);
  forget->keep = g_strdupv ((char **) keep);
  g_task_set_task_data (task, forget, (GDestroyNotify) forget_free);

  attributes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  secret_password_searchv (get_schema (), attributes, SECRET_SEARCH_ALL, cancellable, on_searched, task);
}

/* Returns: how many passwords were cleared, or -1 with @error set */
int
pursuit_credentials_forget_others_finish (PursuitCredentials  *self,
                                          GAsyncResult        *result,
                                          GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), -1);

  return (int) g_task_propagate_int (G_TASK (result), error);
}

/* Synchronous, for the command line */

gboolean
pursuit_credentials_store_sync (PursuitCredentials  *self,
                                const char          *login_uuid,
                                const char          *portal,
                                const char          *label,
                                const char          *password,
                                GCancellable        *cancellable,
                                GError             **error)
{
  g_autoptr(GHashTable) attributes = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (PURSUIT_IS_CREDENTIALS (self), FALSE);
  g_return_val_if_fail (login_uuid != NULL && password != NULL && label != NULL, FALSE);

  attributes = login_attributes (login_uuid, portal != NULL ? portal : "");
  if (!secret_password_storev_sync (get_schema (), attributes, SECRET_COLLECTION_DEFAULT, label, password,
                                    cancellable, &local_error))
    {
      g_propagate_error (error, translate_error (local_error));
      g_error_free (local_error);
      return FALSE;
    }
  return TRUE;
}

/**
 * pursuit_credentials_lookup_sync:
 *
 * Returns: (transfer full) (nullable): as pursuit_credentials_lookup_finish()
 */
char *
pursuit_credentials_lookup_sync (PursuitCredentials  *self,
                                 const char          *login_uuid,
                                 GCancellable        *cancellable,
                                 GError             **error)
{
  g_autoptr(GHashTable) attributes = NULL;
  SecretValue *value = NULL;
  GError *local_error = NULL;
  gsize length = 0;
  GList *found;

  g_return_val_if_fail (PURSUIT_IS_CREDENTIALS (self), NULL);
  g_return_val_if_fail (login_uuid != NULL, NULL);

  attributes = login_attributes (login_uuid, NULL);
  found = secret_password_searchv_sync (get_schema (), attributes, LOOKUP_FLAGS, cancellable, &local_error);
  if (local_error == NULL && found != NULL)
    {
      value = secret_retrievable_retrieve_secret_sync (found->data, cancellable, &local_error);
      if (value == NULL && local_error == NULL)
        local_error = g_error_new_literal (SECRET_ERROR, SECRET_ERROR_IS_LOCKED, "locked");
    }
  g_list_free_full (found, g_object_unref);

  if (local_error != NULL)
    {
      g_propagate_error (error, translate_error (local_error));
      g_error_free (local_error);
      return NULL;
    }
  return value != NULL ? secret_value_unref_to_password (value, &length) : NULL;
}
