/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-job.h"

G_BEGIN_DECLS

char *pursuit_job_format_pay (PursuitJob *job);

G_END_DECLS
