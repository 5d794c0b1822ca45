/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "pursuit-job.h"
#include "pursuit-repository.h"

G_BEGIN_DECLS

/* What every command of pursuit-cli prints the same way: errors, aligned
 * columns, JSON, jobs. Text read from a database is printed as valid UTF-8
 * whatever another program wrote there. */

/* Errors, on standard error, each starting with "pursuit-cli: " */
void   pursuit_cli_print_error          (const char    *what,
                                         const GError  *error);
void   pursuit_cli_print_usage_error    (const char    *format,
                                         ...) G_GNUC_PRINTF (1, 2);
void   pursuit_cli_print_option_error   (const char    *option,
                                         const char    *message);

/* Text */
guint  pursuit_cli_text_width           (const char    *text);
char  *pursuit_cli_wrap_text            (const char    *text,
                                         const char    *first_prefix,
                                         const char    *rest_prefix,
                                         guint          width);
char  *pursuit_cli_join                 (GPtrArray     *strings,
                                         const char    *separator);
char  *pursuit_cli_format_time          (gint64         unix_time);
char  *pursuit_cli_format_time_iso      (gint64         unix_time);
void   pursuit_cli_print_field          (const char    *label,
                                         const char    *value);
/* Text for people fills lines of this many characters. */
#define PURSUIT_CLI_TEXT_WIDTH 80
void   pursuit_cli_print_wrapped        (const char    *text,
                                         const char    *first_prefix,
                                         const char    *rest_prefix);

/* Tables */
void   pursuit_cli_print_cells          (const char * const *cells,
                                         const guint        *widths,
                                         guint               n_cells);
void   pursuit_cli_print_table          (const char    *indent,
                                         char         **header,
                                         GPtrArray     *rows,
                                         guint          width);

/* JSON: commands build a document with a JsonBuilder and these, then
 * print it with pursuit_cli_print_json(). */
void   pursuit_cli_json_add_string      (JsonBuilder   *builder,
                                         const char    *name,
                                         const char    *value);
void   pursuit_cli_json_add_text        (JsonBuilder   *builder,
                                         const char    *name,
                                         const char    *value);
void   pursuit_cli_json_add_number      (JsonBuilder   *builder,
                                         const char    *name,
                                         double         value);
void   pursuit_cli_json_add_amount      (JsonBuilder   *builder,
                                         const char    *name,
                                         double         value);
void   pursuit_cli_json_add_strings     (JsonBuilder        *builder,
                                         const char         *name,
                                         const char * const *strings);
void   pursuit_cli_print_json           (JsonBuilder   *builder);

typedef void (*PursuitCliJsonAddFunc) (JsonBuilder *builder,
                                       gpointer     item);
void   pursuit_cli_print_json_array     (GPtrArray             *items,
                                         PursuitCliJsonAddFunc  add_item);

/* Jobs */
void   pursuit_cli_set_attention_days   (int            days);
int    pursuit_cli_get_attention_days   (void);
char  *pursuit_cli_describe_job         (PursuitJob    *job);
void   pursuit_cli_print_jobs_table     (GPtrArray     *jobs,
                                         GDateTime     *now);
void   pursuit_cli_print_jobs_json      (PursuitRepository *repository,
                                         GPtrArray         *jobs);
void   pursuit_cli_print_job            (PursuitRepository *repository,
                                         PursuitJob        *job);
void   pursuit_cli_print_job_json       (PursuitJob    *job);
gboolean pursuit_cli_job_needs_attention (PursuitJob   *job,
                                          GDateTime    *now);

G_END_DECLS
