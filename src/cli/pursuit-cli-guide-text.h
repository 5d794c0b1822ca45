/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-content.h"

G_BEGIN_DECLS

gboolean pursuit_cli_print_guide       (PursuitContent      *content,
                                        PursuitGuide        *guide,
                                        const char          *part);
char    *pursuit_cli_list_section_ids  (PursuitGuide        *guide);
char    *pursuit_cli_format_usd        (PursuitSalaryRecord *record);

G_END_DECLS
