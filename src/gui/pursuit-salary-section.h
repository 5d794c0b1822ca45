/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-job-section.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_SALARY_SECTION (pursuit_salary_section_get_type ())

G_DECLARE_FINAL_TYPE (PursuitSalarySection, pursuit_salary_section, PURSUIT, SALARY_SECTION, PursuitJobSection)

PursuitSalaryReport *pursuit_salary_section_get_report (PursuitSalarySection *self);

G_END_DECLS
