/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_PREFERENCES_WINDOW (pursuit_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (PursuitPreferencesWindow, pursuit_preferences_window, PURSUIT, PREFERENCES_WINDOW, AdwPreferencesWindow)

PursuitPreferencesWindow *pursuit_preferences_window_new (PursuitContext *context);

G_END_DECLS
