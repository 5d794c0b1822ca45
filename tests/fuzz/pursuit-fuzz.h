/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* What libFuzzer calls with each input. Without libFuzzer,
 * pursuit-fuzz-main.c calls it once for each file of the corpus. A broken
 * rule aborts (g_assert), which both count as a failure. */
int   LLVMFuzzerTestOneInput              (const uint8_t *data,
                                           size_t         size);

char *pursuit_fuzz_text                   (const uint8_t *data,
                                           size_t         size);
GStrv pursuit_fuzz_split                  (const uint8_t *data,
                                           size_t         size,
                                           guint          n_parts);
void  pursuit_fuzz_assert_error_readable  (const GError  *error,
                                           GQuark         domain);
void  pursuit_fuzz_assert_date            (const char    *date);
G_NORETURN
void  pursuit_fuzz_fail                   (const char    *format,
                                           ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
