/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CONTACTS_SECTION (pursuit_contacts_section_get_type ())

G_DECLARE_FINAL_TYPE (PursuitContactsSection, pursuit_contacts_section, PURSUIT, CONTACTS_SECTION,
                      AdwPreferencesGroup)

GtkWidget  *pursuit_contacts_section_new          (PursuitContext         *context);
void        pursuit_contacts_section_set_job      (PursuitContactsSection *self,
                                                   PursuitJob             *job);
GListModel *pursuit_contacts_section_get_contacts (PursuitContactsSection *self);
gboolean    pursuit_contacts_section_is_loading   (PursuitContactsSection *self);
void        pursuit_contacts_section_export       (PursuitContactsSection *self,
                                                   gint64                  contact_id,
                                                   GFile                  *file);

G_END_DECLS
