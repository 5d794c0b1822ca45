/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_DATABASE (pursuit_database_get_type ())

G_DECLARE_FINAL_TYPE (PursuitDatabase, pursuit_database, PURSUIT, DATABASE, GObject)

PursuitDatabase *pursuit_database_open            (const char       *path,
                                                   GError          **error);
PursuitDatabase *pursuit_database_open_full       (const char       *path,
                                                   gboolean          alone,
                                                   GError          **error);
gboolean         pursuit_database_make_private    (const char       *path,
                                                   GError          **error);
const char      *pursuit_database_get_path        (PursuitDatabase  *self);
gboolean         pursuit_database_exec            (PursuitDatabase  *self,
                                                   const char       *sql,
                                                   GError          **error);
sqlite3_stmt    *pursuit_database_prepare         (PursuitDatabase  *self,
                                                   const char       *sql,
                                                   GError          **error);
int              pursuit_database_step            (PursuitDatabase  *self,
                                                   sqlite3_stmt     *statement,
                                                   GError          **error);
gboolean         pursuit_database_run             (PursuitDatabase  *self,
                                                   sqlite3_stmt     *statement,
                                                   GError          **error);
gboolean         pursuit_database_begin           (PursuitDatabase  *self,
                                                   GError          **error);
gboolean         pursuit_database_commit          (PursuitDatabase  *self,
                                                   GError          **error);
void             pursuit_database_rollback        (PursuitDatabase  *self);
gint64           pursuit_database_last_insert_id  (PursuitDatabase  *self);
int              pursuit_database_changes         (PursuitDatabase  *self);
gboolean         pursuit_database_get_pragma_int  (PursuitDatabase  *self,
                                                   const char       *pragma,
                                                   int              *value,
                                                   GError          **error);
gboolean         pursuit_database_set_pragma_int  (PursuitDatabase  *self,
                                                   const char       *pragma,
                                                   int               value,
                                                   GError          **error);
gboolean         pursuit_database_backup_to       (PursuitDatabase  *self,
                                                   const char       *path,
                                                   GError          **error);
gboolean         pursuit_database_copy_to         (PursuitDatabase  *self,
                                                   const char       *path,
                                                   GError          **error);
gboolean         pursuit_database_copy_from       (PursuitDatabase  *self,
                                                   PursuitDatabase  *source,
                                                   GError          **error);
void             pursuit_database_set_error       (PursuitDatabase  *self,
                                                   int               result,
                                                   GError          **error);

/* Text columns come back as UTF-8 or as "" for NULL. */
const char      *pursuit_database_column_text     (sqlite3_stmt     *statement,
                                                   int               column);

G_END_DECLS
