/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-document.h"
#include "pursuit-portal-login.h"
#include "pursuit-validation.h"

G_DEFINE_FINAL_TYPE (PursuitPortalLogin, pursuit_portal_login, G_TYPE_OBJECT)

static void
pursuit_portal_login_finalize (GObject *object)
{
  PursuitPortalLogin *self = PURSUIT_PORTAL_LOGIN (object);

  g_free (self->uuid);
  g_free (self->company);
  g_free (self->url);
  g_free (self->user_name);

  G_OBJECT_CLASS (pursuit_portal_login_parent_class)->finalize (object);
}

static void
pursuit_portal_login_class_init (PursuitPortalLoginClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_portal_login_finalize;
}

static void
pursuit_portal_login_init (PursuitPortalLogin *self)
{
  self->uuid = g_strdup ("");
  self->company = g_strdup ("");
  self->url = g_strdup ("");
  self->user_name = g_strdup ("");
}

PursuitPortalLogin *
pursuit_portal_login_new (const char *company)
{
  PursuitPortalLogin *self = g_object_new (PURSUIT_TYPE_PORTAL_LOGIN, NULL);

  pursuit_document_set_text (&self->company, company);
  return self;
}

PursuitPortalLogin *
pursuit_portal_login_copy (PursuitPortalLogin *self)
{
  PursuitPortalLogin *copy;

  g_return_val_if_fail (PURSUIT_IS_PORTAL_LOGIN (self), NULL);

  copy = pursuit_portal_login_new (self->company);
  copy->id = self->id;
  pursuit_document_set_text (&copy->uuid, self->uuid);
  pursuit_document_set_text (&copy->url, self->url);
  pursuit_document_set_text (&copy->user_name, self->user_name);
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;
  copy->n_jobs = self->n_jobs;
  return copy;
}

/* The address, if any, is a web address; the user name is one line. */
gboolean
pursuit_portal_login_validate (PursuitPortalLogin  *self,
                               GError             **error)
{
  g_return_val_if_fail (PURSUIT_IS_PORTAL_LOGIN (self), FALSE);

  if (self->url[0] != '\0' && !pursuit_is_web_address (self->url))
    {
      g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_INVALID,
                           _("Write the portal’s address starting with http:// or https://"));
      return FALSE;
    }

  return pursuit_check_text (self->user_name, 320, FALSE, error) &&
         pursuit_check_text (self->company, 320, FALSE, error);
}
