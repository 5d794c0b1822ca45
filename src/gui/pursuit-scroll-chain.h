/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void pursuit_scroll_chain (GtkScrolledWindow *scrolled_window);

G_END_DECLS
