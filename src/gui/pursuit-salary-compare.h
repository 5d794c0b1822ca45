/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

GPtrArray *pursuit_salary_compare_find_jobs  (PursuitContext *context,
                                              const char     *role);
GtkWidget *pursuit_salary_compare_button_new (PursuitContext *context,
                                              const char     *role);

G_END_DECLS
