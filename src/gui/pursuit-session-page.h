/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"
#include "pursuit-recorder.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_SESSION_PAGE (pursuit_session_page_get_type ())

G_DECLARE_FINAL_TYPE (PursuitSessionPage, pursuit_session_page, PURSUIT, SESSION_PAGE, AdwBin)

PursuitSessionPage     *pursuit_session_page_new          (PursuitContext     *context);
void                    pursuit_session_page_start        (PursuitSessionPage *self,
                                                           GPtrArray          *cards,
                                                           const char         *title,
                                                           PursuitRecorder    *recorder);
void                    pursuit_session_page_end          (PursuitSessionPage *self);
gboolean                pursuit_session_page_get_running  (PursuitSessionPage *self);
PursuitPracticeSession *pursuit_session_page_get_session  (PursuitSessionPage *self);
guint                   pursuit_session_page_get_n_saving (PursuitSessionPage *self);
const char             *pursuit_session_page_get_stage    (PursuitSessionPage *self);

G_END_DECLS
