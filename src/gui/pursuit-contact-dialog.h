/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-contact.h"
#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CONTACT_DIALOG (pursuit_contact_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PursuitContactDialog, pursuit_contact_dialog, PURSUIT, CONTACT_DIALOG, AdwWindow)

PursuitContactDialog *pursuit_contact_dialog_new         (PursuitContext  *context,
                                                          PursuitContact  *contact,
                                                          const char      *company,
                                                          gint64           link_job_id);
PursuitContact       *pursuit_contact_dialog_get_contact (PursuitContactDialog *self);

G_END_DECLS
