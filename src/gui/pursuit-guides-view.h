/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_GUIDES_VIEW (pursuit_guides_view_get_type ())

G_DECLARE_FINAL_TYPE (PursuitGuidesView, pursuit_guides_view, PURSUIT, GUIDES_VIEW, AdwBin)


G_END_DECLS
