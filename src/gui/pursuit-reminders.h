/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_REMINDERS (pursuit_reminders_get_type ())

G_DECLARE_FINAL_TYPE (PursuitReminders, pursuit_reminders, PURSUIT, REMINDERS, GObject)

PursuitReminders  *pursuit_reminders_new   (GApplication     *application,
                                            PursuitContext   *context);
gboolean           pursuit_reminders_are_pending (PursuitReminders *self,
                                                  GDateTime        *now);

G_END_DECLS
