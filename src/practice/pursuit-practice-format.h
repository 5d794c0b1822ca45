/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *pursuit_practice_format_day      (int day,
                                        int today);
char *pursuit_practice_format_interval (int days);
char *pursuit_practice_format_duration (gint64 seconds);

G_END_DECLS
