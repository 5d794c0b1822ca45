/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-database.h"

G_BEGIN_DECLS

/* Written to PRAGMA application_id: "Purs". */
#define PURSUIT_DATABASE_APPLICATION_ID 0x50757273

typedef struct
{
  int version;
  const char *sql;
} PursuitMigration;

const PursuitMigration *pursuit_migrations_get_all     (guint                   *n_migrations);
int                     pursuit_migrations_get_latest  (void);
gboolean                pursuit_migrations_apply       (PursuitDatabase         *database,
                                                        const PursuitMigration  *migrations,
                                                        guint                    n_migrations,
                                                        int                      target_version,
                                                        const char              *backup_path,
                                                        GError                 **error);

G_END_DECLS
