/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-board-view.h"
#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOBS_VIEW (pursuit_jobs_view_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobsView, pursuit_jobs_view, PURSUIT, JOBS_VIEW, AdwBin)

PursuitJobsView *pursuit_jobs_view_new             (PursuitContext  *context);
void             pursuit_jobs_view_set_view_stack  (PursuitJobsView *self,
                                                    AdwViewStack    *stack);
gboolean         pursuit_jobs_view_get_narrow      (PursuitJobsView *self);
void             pursuit_jobs_view_add_job         (PursuitJobsView *self);
void             pursuit_jobs_view_start_search    (PursuitJobsView *self);
void             pursuit_jobs_view_delete_selected (PursuitJobsView *self);
void             pursuit_jobs_view_undo_delete     (PursuitJobsView *self,
                                                    gint64           job_id);
void             pursuit_jobs_view_select_job      (PursuitJobsView *self,
                                                    PursuitJob      *job);
PursuitJob      *pursuit_jobs_view_get_selected    (PursuitJobsView *self);
void             pursuit_jobs_view_settle          (PursuitJobsView *self);
void             pursuit_jobs_view_undo_last       (PursuitJobsView *self);
void             pursuit_jobs_view_set_show_board  (PursuitJobsView *self,
                                                    gboolean         show_board);
gboolean         pursuit_jobs_view_get_show_board  (PursuitJobsView *self);
PursuitBoardView *pursuit_jobs_view_get_board      (PursuitJobsView *self);
void             pursuit_jobs_view_set_archived    (PursuitJobsView *self,
                                                    PursuitJob      *job,
                                                    gboolean         archived);
char            *pursuit_jobs_view_explain_attention (PursuitJobsView *self,
                                                      PursuitJob      *job);

G_END_DECLS
