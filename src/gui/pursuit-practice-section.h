/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-job-section.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_PRACTICE_SECTION (pursuit_practice_section_get_type ())

G_DECLARE_FINAL_TYPE (PursuitPracticeSection, pursuit_practice_section, PURSUIT, PRACTICE_SECTION, PursuitJobSection)

const char *pursuit_practice_section_get_readiness (PursuitPracticeSection *self);

G_END_DECLS
