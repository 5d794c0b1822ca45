/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PURSUIT_SECRETS_ERROR (pursuit_secrets_error_quark ())

/**
 * PursuitSecretsError:
 * @PURSUIT_SECRETS_ERROR_NO_SERVICE: no keyring answers: no session bus, or
 *   no Secret Service on it
 * @PURSUIT_SECRETS_ERROR_LOCKED: the keyring is locked and was not unlocked
 * @PURSUIT_SECRETS_ERROR_REFUSED: the user or the keyring said no
 * @PURSUIT_SECRETS_ERROR_FAILED: anything else the keyring reported
 *
 * Each error's message says what happened and what to do.
 */
typedef enum
{
  PURSUIT_SECRETS_ERROR_NO_SERVICE,
  PURSUIT_SECRETS_ERROR_LOCKED,
  PURSUIT_SECRETS_ERROR_REFUSED,
  PURSUIT_SECRETS_ERROR_FAILED,
} PursuitSecretsError;

/* The schema of portal passwords in the keyring; its attribute "login" is
 * the login's UUID (PursuitPortalLogin), "portal" its address. */
#define PURSUIT_SECRETS_SCHEMA_NAME "io.github.pursuit.Pursuit.PortalLogin"

GQuark pursuit_secrets_error_quark (void);

#define PURSUIT_TYPE_CREDENTIALS (pursuit_credentials_get_type ())

G_DECLARE_FINAL_TYPE (PursuitCredentials, pursuit_credentials, PURSUIT, CREDENTIALS, GObject)

PursuitCredentials *pursuit_credentials_new                  (void);

void                pursuit_credentials_store_async          (PursuitCredentials   *self,
                                                              const char           *login_uuid,
                                                              const char           *portal,
                                                              const char           *label,
                                                              const char           *password,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
gboolean            pursuit_credentials_store_finish         (PursuitCredentials   *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);
void                pursuit_credentials_lookup_async         (PursuitCredentials   *self,
                                                              const char           *login_uuid,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
char               *pursuit_credentials_lookup_finish        (PursuitCredentials   *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);
void                pursuit_credentials_clear_async          (PursuitCredentials   *self,
                                                              const char           *login_uuid,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
gboolean            pursuit_credentials_clear_finish         (PursuitCredentials   *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);
void                pursuit_credentials_forget_others_async  (PursuitCredentials   *self,
                                                              const char * const   *keep,
                                                              GCancellable         *cancellable,
                                                              GAsyncReadyCallback   callback,
                                                              gpointer              user_data);
int                 pursuit_credentials_forget_others_finish (PursuitCredentials   *self,
                                                              GAsyncResult         *result,
                                                              GError              **error);

/* For pursuit-cli, which has no main loop to wait in. */
gboolean            pursuit_credentials_store_sync           (PursuitCredentials   *self,
                                                              const char           *login_uuid,
                                                              const char           *portal,
                                                              const char           *label,
                                                              const char           *password,
                                                              GCancellable         *cancellable,
                                                              GError              **error);
char               *pursuit_credentials_lookup_sync          (PursuitCredentials   *self,
                                                              const char           *login_uuid,
                                                              GCancellable         *cancellable,
                                                              GError              **error);

G_END_DECLS
