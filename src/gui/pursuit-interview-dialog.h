/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"
#include "pursuit-interview.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_INTERVIEW_DIALOG (pursuit_interview_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PursuitInterviewDialog, pursuit_interview_dialog, PURSUIT, INTERVIEW_DIALOG, AdwWindow)

PursuitInterviewDialog *pursuit_interview_dialog_new            (PursuitContext         *context,
                                                                 PursuitJob             *job,
                                                                 PursuitInterview       *interview);
PursuitInterview       *pursuit_interview_dialog_get_interview  (PursuitInterviewDialog *self);

G_END_DECLS
