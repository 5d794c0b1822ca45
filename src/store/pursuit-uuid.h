/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A UUID as text, with its NUL. */
#define PURSUIT_UUID_SIZE 37

void  pursuit_uuid_write    (char    out[PURSUIT_UUID_SIZE]);
void  pursuit_uuid_write_at (gint64  unix_ms,
                             char    out[PURSUIT_UUID_SIZE]);
char *pursuit_uuid_new      (void);

G_END_DECLS
