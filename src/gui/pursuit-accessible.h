/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *pursuit_mnemonic_button_new             (const char *label);
void       pursuit_accessible_name_mnemonic_controls (GtkWidget  *root);
void       pursuit_accessible_name_row_control     (AdwActionRow *row);
GtkWidget *pursuit_entry_row_new                   (const char *title);
void       pursuit_menu_button_set_menu_model      (GtkMenuButton *button,
                                                    GMenuModel    *model);

G_END_DECLS
