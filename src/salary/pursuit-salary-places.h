/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *pursuit_salary_default_home_country (const char *locale);
const char *pursuit_salary_country_get_name     (const char *code);
const char *pursuit_salary_country_get_area     (const char *code);
GStrv       pursuit_salary_list_countries       (void);

G_END_DECLS
