/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pursuit-repository.h"

G_BEGIN_DECLS

/**
 * PURSUIT_DATA_TYPE:
 *
 * Everything the user owns, as the export writes it and the import reads
 * it: a list of tables in the order they are written and read (a row only
 * refers to rows of tables before its own), each a list of rows, each row
 * its columns in order. A value is a string ("s"), an integer ("x"), a
 * number ("d"), bytes ("ay") or nothing ("()"). The file format of this
 * is in src/io (pursuit-data-json.c); README's "Export and backup" describes
 * the tables.
 */
#define PURSUIT_DATA_TYPE ((const GVariantType *) "a(saa{sv})")

/**
 * PursuitDataImport:
 * @n_jobs: jobs added
 * @n_rows: rows added in every table, jobs included
 * @n_kept: rows of the file the database already held, left as they were
 */
typedef struct
{
  guint n_jobs;
  guint n_rows;
  guint n_kept;
} PursuitDataImport;

GVariant *pursuit_repository_export_data   (PursuitRepository  *self,
                                            GError            **error);
gboolean  pursuit_repository_import_data   (PursuitRepository  *self,
                                            GVariant           *data,
                                            PursuitDataImport  *outcome,
                                            GError            **error);
const char * const *pursuit_repository_data_tables (void);
GPtrArray *pursuit_repository_list_jobs_whole (PursuitRepository  *self,
                                               GError            **error);

gboolean  pursuit_repository_backup        (PursuitRepository  *self,
                                            const char         *path,
                                            GError            **error);
gboolean  pursuit_repository_check_backup  (const char         *path,
                                            int                *version,
                                            GError            **error);
char     *pursuit_repository_restore       (PursuitRepository  *self,
                                            const char         *path,
                                            const char         *keep_path,
                                            GError            **error);
char     *pursuit_repository_backup_dated  (PursuitRepository  *self,
                                            const char         *folder,
                                            GDateTime          *now,
                                            guint               keep,
                                            GError            **error);

G_END_DECLS
