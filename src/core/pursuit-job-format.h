/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-job-fields.h"

G_BEGIN_DECLS

char *pursuit_job_format_pay        (PursuitJob             *job);
char *pursuit_job_format_pay_fields (PursuitJob             *job,
                                     const PursuitPayFields *group);

G_END_DECLS
