/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* How any widget tells the user something: through the nearest toast
 * overlay (in a dialog, its parent window's). Leaf widgets use these and
 * never reach for the window. */
void      pursuit_show_toast (GtkWidget    *widget,
                              AdwToast     *toast);
AdwToast *pursuit_show_error (GtkWidget    *widget,
                              const char   *what,
                              const GError *error);

G_END_DECLS
