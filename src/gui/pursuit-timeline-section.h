/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_TIMELINE_SECTION (pursuit_timeline_section_get_type ())

G_DECLARE_FINAL_TYPE (PursuitTimelineSection, pursuit_timeline_section, PURSUIT, TIMELINE_SECTION, AdwBin)

PursuitTimelineSection *pursuit_timeline_section_new           (PursuitContext         *context);
PursuitJob             *pursuit_timeline_section_get_job       (PursuitTimelineSection *self);
void                    pursuit_timeline_section_set_job       (PursuitTimelineSection *self,
                                                                PursuitJob             *job);
guint                   pursuit_timeline_section_get_n_entries (PursuitTimelineSection *self);

G_END_DECLS
