/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-app.h"
#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_WINDOW (pursuit_window_get_type ())

G_DECLARE_FINAL_TYPE (PursuitWindow, pursuit_window, PURSUIT, WINDOW, AdwApplicationWindow)

PursuitWindow *pursuit_window_new       (PursuitApp     *app,
                                         PursuitContext *context);
void           pursuit_window_show_job  (PursuitWindow  *self,
                                         gint64          id);
void           pursuit_window_settle    (PursuitWindow  *self);
void           pursuit_window_search_jobs (PursuitWindow *self,
                                           const char    *text);
void           pursuit_window_show_attention (PursuitWindow *self);

G_END_DECLS
