/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-job-section.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_INTERVIEWS_SECTION (pursuit_interviews_section_get_type ())

/* Actions: interviews.add, interviews.edit (x: the interview's id). */
G_DECLARE_FINAL_TYPE (PursuitInterviewsSection, pursuit_interviews_section, PURSUIT, INTERVIEWS_SECTION,
                      PursuitJobSection)

G_END_DECLS
