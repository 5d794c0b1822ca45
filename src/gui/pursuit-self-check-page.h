/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_SELF_CHECK_PAGE (pursuit_self_check_page_get_type ())

G_DECLARE_FINAL_TYPE (PursuitSelfCheckPage, pursuit_self_check_page, PURSUIT, SELF_CHECK_PAGE, AdwBin)

PursuitSelfCheckPage *pursuit_self_check_page_new        (PursuitContext       *context);
void                  pursuit_self_check_page_set_check  (PursuitSelfCheckPage *self,
                                                          PursuitSelfCheck     *check);
PursuitSelfCheck     *pursuit_self_check_page_get_check  (PursuitSelfCheckPage *self);

G_END_DECLS
