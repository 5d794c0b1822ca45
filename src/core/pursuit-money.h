/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pursuit-enums.h"

G_BEGIN_DECLS

/* Money as a person reads it, shared by the job's pay, pursuit-cli and the
 * salary engine, so one currency is written one way everywhere. */
gboolean  pursuit_currency_get_sign (const char  *code,
                                     const char **prefix,
                                     const char **suffix);
char     *pursuit_group_thousands   (const char  *number);
char     *pursuit_format_amount     (double       value);
char     *pursuit_format_money      (double       value,
                                     const char  *currency);
char     *pursuit_format_money_text (const char  *amount,
                                     const char  *currency);
char     *pursuit_format_per_period (const char  *amount,
                                     PursuitPayPeriod period);

G_END_DECLS
