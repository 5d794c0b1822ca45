/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"
#include "pursuit-recorder.h"
#include "pursuit-session-page.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_PRACTICE_VIEW (pursuit_practice_view_get_type ())

G_DECLARE_FINAL_TYPE (PursuitPracticeView, pursuit_practice_view, PURSUIT, PRACTICE_VIEW, AdwBin)

void                pursuit_practice_view_start               (PursuitPracticeView *self);
void                pursuit_practice_view_practise_job        (PursuitPracticeView *self,
                                                               gint64               job_id);
void                pursuit_practice_view_practise_questions  (PursuitPracticeView *self,
                                                               const char * const  *question_ids,
                                                               const char          *title);
void                pursuit_practice_view_set_recorder        (PursuitPracticeView *self,
                                                               PursuitRecorder     *recorder);
PursuitSessionPage *pursuit_practice_view_get_session_page    (PursuitPracticeView *self);
const char         *pursuit_practice_view_get_page_name       (PursuitPracticeView *self);
GtkWidget          *pursuit_practice_view_get_chart           (PursuitPracticeView *self);

G_END_DECLS
