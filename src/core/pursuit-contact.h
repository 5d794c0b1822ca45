/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_CONTACT (pursuit_contact_get_type ())

G_DECLARE_FINAL_TYPE (PursuitContact, pursuit_contact, PURSUIT, CONTACT, GObject)

PursuitContact *pursuit_contact_new                  (void);
PursuitContact *pursuit_contact_copy                 (PursuitContact  *self);
void            pursuit_contact_assign               (PursuitContact  *self,
                                                      PursuitContact  *other);
gboolean        pursuit_contact_validate             (PursuitContact  *self,
                                                      GError         **error);
gboolean        pursuit_contact_is_valid_email       (const char      *email);
gboolean        pursuit_contact_is_valid_profile_url (const char      *url);

gint64          pursuit_contact_get_id               (PursuitContact  *self);
void            pursuit_contact_set_id               (PursuitContact  *self,
                                                      gint64           id);
const char     *pursuit_contact_get_uuid             (PursuitContact  *self);
void            pursuit_contact_set_uuid             (PursuitContact  *self,
                                                      const char      *uuid);
const char     *pursuit_contact_get_company          (PursuitContact  *self);
void            pursuit_contact_set_company          (PursuitContact  *self,
                                                      const char      *company);
const char     *pursuit_contact_get_name             (PursuitContact  *self);
void            pursuit_contact_set_name             (PursuitContact  *self,
                                                      const char      *name);
const char     *pursuit_contact_get_role             (PursuitContact  *self);
void            pursuit_contact_set_role             (PursuitContact  *self,
                                                      const char      *role);
const char     *pursuit_contact_get_email            (PursuitContact  *self);
void            pursuit_contact_set_email            (PursuitContact  *self,
                                                      const char      *email);
const char     *pursuit_contact_get_phone            (PursuitContact  *self);
void            pursuit_contact_set_phone            (PursuitContact  *self,
                                                      const char      *phone);
const char     *pursuit_contact_get_profile_url      (PursuitContact  *self);
void            pursuit_contact_set_profile_url      (PursuitContact  *self,
                                                      const char      *profile_url);
const char     *pursuit_contact_get_notes            (PursuitContact  *self);
void            pursuit_contact_set_notes            (PursuitContact  *self,
                                                      const char      *notes);
gint64          pursuit_contact_get_created_at       (PursuitContact  *self);
void            pursuit_contact_set_created_at       (PursuitContact  *self,
                                                      gint64           created_at);
gint64          pursuit_contact_get_updated_at       (PursuitContact  *self);
void            pursuit_contact_set_updated_at       (PursuitContact  *self,
                                                      gint64           updated_at);

G_END_DECLS
