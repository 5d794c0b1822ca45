/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"
#include "pursuit-job.h"

G_BEGIN_DECLS

/* The style class of a next action whose due date has passed, the same in
 * the list and on the board (ui/style.css). */
#define PURSUIT_STYLE_OVERDUE "overdue"

char *pursuit_job_summary_name           (PursuitJob *job);
void  pursuit_job_summary_name_item      (GtkWidget  *item_child,
                                          PursuitJob *job);
char *pursuit_job_summary_next_action    (PursuitJob *job,
                                          GDateTime  *now,
                                          gboolean   *overdue);
char *pursuit_job_summary_next_interview (PursuitJob *job);
void  pursuit_job_summary_show           (GtkLabel   *label,
                                          const char *text);
char *pursuit_job_summary_pay            (PursuitContext      *context,
                                          PursuitJob          *job,
                                          PursuitSalaryRating *rating);
void  pursuit_job_summary_show_standing  (GtkLabel                  *label,
                                          const PursuitSalaryRating *rating);

G_END_DECLS
