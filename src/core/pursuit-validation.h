/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Checks shared by every object that stores a link or money, and by the
 * pages that flag a field before it is saved. */
gboolean pursuit_is_web_address  (const char *text);
gboolean pursuit_is_currency_code (const char *text);

G_END_DECLS
