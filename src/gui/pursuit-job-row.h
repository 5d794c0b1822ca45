/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"
#include "pursuit-job.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_ROW (pursuit_job_row_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobRow, pursuit_job_row, PURSUIT, JOB_ROW, GtkWidget)

PursuitJobRow *pursuit_job_row_new            (PursuitContext *context);
void           pursuit_job_row_set_job        (PursuitJobRow *self,
                                               PursuitJob    *job);

G_END_DECLS
