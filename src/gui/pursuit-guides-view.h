/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_GUIDES_VIEW (pursuit_guides_view_get_type ())

G_DECLARE_FINAL_TYPE (PursuitGuidesView, pursuit_guides_view, PURSUIT, GUIDES_VIEW, AdwBin)

guint              pursuit_guides_view_search          (PursuitGuidesView *self,
                                                        const char        *text);
gboolean           pursuit_guides_view_activate_result (PursuitGuidesView *self,
                                                        guint              index);
gboolean           pursuit_guides_view_open_guide      (PursuitGuidesView *self,
                                                        const char        *guide_id,
                                                        const char        *anchor_id);
void               pursuit_guides_view_show_questions  (PursuitGuidesView *self,
                                                        const char        *role,
                                                        const char        *question_id);
gboolean           pursuit_guides_view_open_self_check (PursuitGuidesView *self,
                                                        const char        *check_id);
const char        *pursuit_guides_view_get_page_name   (PursuitGuidesView *self);
GtkWidget         *pursuit_guides_view_get_page        (PursuitGuidesView *self,
                                                        const char        *name);

G_END_DECLS
