/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_SIDE_BY_SIDE (pursuit_side_by_side_get_type ())

G_DECLARE_FINAL_TYPE (PursuitSideBySide, pursuit_side_by_side, PURSUIT, SIDE_BY_SIDE, GtkWidget)

GtkWidget *pursuit_side_by_side_new       (void);
void       pursuit_side_by_side_set_start (PursuitSideBySide *self,
                                           GtkWidget         *child);
void       pursuit_side_by_side_set_end   (PursuitSideBySide *self,
                                           GtkWidget         *child);

G_END_DECLS
