/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *pursuit_mnemonic_button_new (const char *label);

G_END_DECLS
