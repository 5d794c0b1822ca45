/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_ADD_JOB_DIALOG (pursuit_add_job_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PursuitAddJobDialog, pursuit_add_job_dialog, PURSUIT, ADD_JOB_DIALOG, AdwWindow)

PursuitAddJobDialog *pursuit_add_job_dialog_new  (PursuitContext      *context);
void                 pursuit_add_job_dialog_fill (PursuitAddJobDialog *self,
                                                  PursuitJob          *draft);

G_END_DECLS
