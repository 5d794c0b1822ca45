/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_STAGES_PAGE (pursuit_stages_page_get_type ())

G_DECLARE_FINAL_TYPE (PursuitStagesPage, pursuit_stages_page, PURSUIT, STAGES_PAGE, AdwPreferencesPage)

PursuitStagesPage *pursuit_stages_page_new (PursuitContext *context);

G_END_DECLS
