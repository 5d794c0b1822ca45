/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-job-section.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_TIMELINE_SECTION (pursuit_timeline_section_get_type ())

G_DECLARE_FINAL_TYPE (PursuitTimelineSection, pursuit_timeline_section, PURSUIT, TIMELINE_SECTION, PursuitJobSection)

G_END_DECLS
