/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pursuit-import.h"

G_BEGIN_DECLS

char     *pursuit_import_normalize_name (const char *text);
gboolean  pursuit_import_has_words      (const char *normalized,
                                         const char *phrase);
PursuitDateOrder pursuit_import_date_order_shown_by (const char *text,
                                                     gboolean   *two_ways);

G_END_DECLS
