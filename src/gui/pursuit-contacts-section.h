/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-job-section.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CONTACTS_SECTION (pursuit_contacts_section_get_type ())

/* Actions: contacts.new, and on a contact (x: its id) contacts.link,
 * contacts.edit, contacts.export, contacts.remove. */
G_DECLARE_FINAL_TYPE (PursuitContactsSection, pursuit_contacts_section, PURSUIT, CONTACTS_SECTION,
                      PursuitJobSection)

G_END_DECLS
