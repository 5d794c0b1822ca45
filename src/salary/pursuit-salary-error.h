/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PURSUIT_SALARY_ERROR (pursuit_salary_error_quark ())

/**
 * PursuitSalaryError:
 * @PURSUIT_SALARY_ERROR_INVALID_TEXT: the text is not valid UTF-8
 * @PURSUIT_SALARY_ERROR_NO_FIGURE: the text holds no pay figure it could read
 * @PURSUIT_SALARY_ERROR_BAD_NUMBER: a number is written in a way that has
 *   no single reading ("1,23,4")
 * @PURSUIT_SALARY_ERROR_ABSURD: a figure is zero, negative or far too large
 * @PURSUIT_SALARY_ERROR_MIN_ABOVE_MAX: the lower figure is above the higher one
 * @PURSUIT_SALARY_ERROR_MIXED_CURRENCIES: two currencies in one pay
 */
typedef enum
{
  PURSUIT_SALARY_ERROR_INVALID_TEXT,
  PURSUIT_SALARY_ERROR_NO_FIGURE,
  PURSUIT_SALARY_ERROR_BAD_NUMBER,
  PURSUIT_SALARY_ERROR_ABSURD,
  PURSUIT_SALARY_ERROR_MIN_ABOVE_MAX,
  PURSUIT_SALARY_ERROR_MIXED_CURRENCIES,
} PursuitSalaryError;

GQuark pursuit_salary_error_quark (void);

G_END_DECLS
