/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOBS_VIEW (pursuit_jobs_view_get_type ())

/* The Jobs view (a PursuitView). Its actions: jobs.add, jobs.import,
 * jobs.paste, jobs.search,
 * jobs.delete, jobs.undo, jobs.archive, jobs.toggle-board, jobs.sort,
 * jobs.stage-kind, jobs.workplace, jobs.show-archived, jobs.show-all. */
G_DECLARE_FINAL_TYPE (PursuitJobsView, pursuit_jobs_view, PURSUIT, JOBS_VIEW, AdwBin)

void        pursuit_jobs_view_select_job     (PursuitJobsView *self,
                                              PursuitJob      *job);
void        pursuit_jobs_view_show_all       (PursuitJobsView *self);
void        pursuit_jobs_view_search         (PursuitJobsView *self,
                                              const char      *text);
void        pursuit_jobs_view_show_attention (PursuitJobsView *self);
void        pursuit_jobs_view_import_data    (PursuitJobsView *self,
                                              const char      *name,
                                              const char      *data,
                                              gsize            length);

G_END_DECLS
