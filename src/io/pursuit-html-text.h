/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *pursuit_html_decode_entities (const char *text,
                                          gssize      length);
char       *pursuit_html_to_text         (const char *text,
                                          gssize      length);
char       *pursuit_html_collapse_spaces (const char *text);
const char *pursuit_html_find_tag_end    (const char *p,
                                          const char *end);

G_END_DECLS
