/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_PRACTICE_CHART (pursuit_practice_chart_get_type ())

G_DECLARE_FINAL_TYPE (PursuitPracticeChart, pursuit_practice_chart, PURSUIT, PRACTICE_CHART, GtkWidget)

GtkWidget  *pursuit_practice_chart_new         (void);
void        pursuit_practice_chart_set_counts  (PursuitPracticeChart *self,
                                                GArray               *counts,
                                                int                   last_day);
const char *pursuit_practice_chart_get_summary (PursuitPracticeChart *self);

G_END_DECLS
