/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "pursuit-salary.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_PAY_BAR (pursuit_pay_bar_get_type ())

G_DECLARE_FINAL_TYPE (PursuitPayBar, pursuit_pay_bar, PURSUIT, PAY_BAR, GtkWidget)

GtkWidget *pursuit_pay_bar_new        (void);
void       pursuit_pay_bar_set_report (PursuitPayBar       *self,
                                       PursuitSalaryReport *report,
                                       const char          *currency);
guint      pursuit_pay_bar_get_n_lanes (PursuitPayBar      *self);

G_END_DECLS
