/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-reminders.h"

G_BEGIN_DECLS

/* A check at a time of the caller's choosing, as the minute timer makes
 * one at the current time: for tests. */
char **pursuit_reminders_check (PursuitReminders *self,
                                GDateTime        *now);

G_END_DECLS
