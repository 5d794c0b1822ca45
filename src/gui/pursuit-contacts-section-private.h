/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-contacts-section.h"

G_BEGIN_DECLS

/* contacts.export without the file chooser, for tests. */
void pursuit_contacts_section_export (PursuitContactsSection *self,
                                      gint64                  contact_id,
                                      GFile                  *file);

G_END_DECLS
