/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_APP (pursuit_app_get_type ())

G_DECLARE_FINAL_TYPE (PursuitApp, pursuit_app, PURSUIT, APP, AdwApplication)

PursuitApp     *pursuit_app_new         (void);
PursuitContext *pursuit_app_get_context (PursuitApp *self);
gboolean        pursuit_app_get_in_background (PursuitApp *self);

G_END_DECLS
