/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-salary-error.h"

G_DEFINE_QUARK (pursuit-salary-error-quark, pursuit_salary_error)
