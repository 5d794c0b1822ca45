/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* vCard (RFC 6350) and iCalendar (RFC 5545) share the same content lines:
 * TEXT values escaped the same way and long lines folded at 75 octets. */

char *pursuit_content_line_escape_text (const char *text);
char *pursuit_content_line_fold        (const char *line);
void  pursuit_content_line_append      (GString    *out,
                                        const char *name,
                                        const char *value);
void  pursuit_content_line_append_text (GString    *out,
                                        const char *name,
                                        const char *text);

G_END_DECLS
