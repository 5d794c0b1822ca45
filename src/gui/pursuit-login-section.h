/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-job-section.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_LOGIN_SECTION (pursuit_login_section_get_type ())

/* Actions: login.add, login.share, login.remove, login.open, login.copy,
 * login.retry. */
G_DECLARE_FINAL_TYPE (PursuitLoginSection, pursuit_login_section, PURSUIT, LOGIN_SECTION, PursuitJobSection)

gboolean             pursuit_login_section_clear_clipboard     (PursuitLoginSection *self);
AdwPasswordEntryRow *pursuit_login_section_get_password_row    (PursuitLoginSection *self);
const char          *pursuit_login_section_get_keyring_message (PursuitLoginSection *self);

G_END_DECLS
