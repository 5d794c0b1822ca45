/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_INTERVIEWS_SECTION (pursuit_interviews_section_get_type ())

G_DECLARE_FINAL_TYPE (PursuitInterviewsSection, pursuit_interviews_section, PURSUIT, INTERVIEWS_SECTION,
                      AdwPreferencesGroup)

GtkWidget  *pursuit_interviews_section_new          (PursuitContext           *context);
void        pursuit_interviews_section_set_job      (PursuitInterviewsSection *self,
                                                     PursuitJob               *job);
GListModel *pursuit_interviews_section_get_interviews (PursuitInterviewsSection *self);
gboolean    pursuit_interviews_section_is_loading   (PursuitInterviewsSection *self);

G_END_DECLS
