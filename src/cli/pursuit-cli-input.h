/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What pursuit-cli reads: options, arguments and files, taken as UTF-8
 * whatever the locale, and refused with the option or file named. */

gboolean pursuit_cli_parse_options (GOptionContext      *context,
                                    const GOptionEntry  *entries,
                                    int                 *argc,
                                    char              ***argv,
                                    int                 *status);
gint64 pursuit_cli_now             (void);
char **pursuit_cli_name_subcommand (char               **argv);
char  *pursuit_cli_read_text_file  (const char          *path,
                                    gsize                max_bytes,
                                    GError             **error);
GSettings *pursuit_cli_open_settings (const char * const *keys);

G_END_DECLS
