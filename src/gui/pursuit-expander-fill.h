/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef void (*PursuitExpanderFill) (GtkWidget *owner);

void pursuit_expander_row_fill_when_expanded (AdwExpanderRow      *row,
                                              GtkWidget           *owner,
                                              PursuitExpanderFill  fill);

G_END_DECLS
