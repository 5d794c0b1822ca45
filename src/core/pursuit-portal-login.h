/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_PORTAL_LOGIN (pursuit_portal_login_get_type ())

G_DECLARE_FINAL_TYPE (PursuitPortalLogin, pursuit_portal_login, PURSUIT, PORTAL_LOGIN, GObject)

/**
 * PursuitPortalLogin:
 * @uuid: what the keyring knows the login by: its password is kept there
 *   under this id and nowhere else
 * @company: whose portal it is; jobs of that company may share it
 * @url: the portal's web address
 * @n_jobs: (read only) how many jobs use it
 *
 * An employer's applicant portal and the user name on it. The password is
 * not here: it is only in the system keyring (src/secrets/). Copy to edit.
 */
struct _PursuitPortalLogin
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  char *company;
  char *url;
  char *user_name;
  gint64 created_at;
  gint64 updated_at;
  guint n_jobs;
};

PursuitPortalLogin *pursuit_portal_login_new      (const char         *company);
PursuitPortalLogin *pursuit_portal_login_copy     (PursuitPortalLogin *self);
gboolean            pursuit_portal_login_validate (PursuitPortalLogin *self,
                                                   GError            **error);

G_END_DECLS
