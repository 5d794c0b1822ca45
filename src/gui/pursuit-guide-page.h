/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_GUIDE_PAGE (pursuit_guide_page_get_type ())

G_DECLARE_FINAL_TYPE (PursuitGuidePage, pursuit_guide_page, PURSUIT, GUIDE_PAGE, AdwBin)

PursuitGuidePage *pursuit_guide_page_new       (PursuitContext   *context);
void              pursuit_guide_page_set_guide (PursuitGuidePage *self,
                                                PursuitGuide     *guide);
PursuitGuide     *pursuit_guide_page_get_guide (PursuitGuidePage *self);
gboolean          pursuit_guide_page_is_whole  (PursuitGuidePage *self);
gboolean          pursuit_guide_page_scroll_to (PursuitGuidePage *self,
                                                const char       *anchor_id);

/* Shared by the content pages: scroll @scroller so @target is at the top,
 * once it has been laid out; expands it first if it is an expander row. */
void              pursuit_scroll_to_widget     (GtkScrolledWindow *scroller,
                                                GtkWidget         *target);

G_END_DECLS
