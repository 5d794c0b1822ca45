/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_PAGE (pursuit_job_page_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobPage, pursuit_job_page, PURSUIT, JOB_PAGE, AdwBin)

PursuitJobPage *pursuit_job_page_new     (PursuitContext *context);
void            pursuit_job_page_set_job (PursuitJobPage *self,
                                          PursuitJob     *job);
void            pursuit_job_page_flush   (PursuitJobPage *self);

G_END_DECLS
