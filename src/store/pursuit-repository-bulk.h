/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-repository.h"

G_BEGIN_DECLS

gboolean pursuit_repository_import_jobs (PursuitRepository  *self,
                                         GPtrArray          *jobs,
                                         GPtrArray          *timelines,
                                         gint64              now,
                                         GError            **error);

GHashTable *pursuit_repository_list_identity_keys (PursuitRepository  *self,
                                                  GError            **error);
GPtrArray  *pursuit_repository_import_drafts      (PursuitRepository  *self,
                                                  GPtrArray          *drafts,
                                                  GArray             *kinds,
                                                  gboolean            skip_duplicates,
                                                  GArray            **skipped,
                                                  gint64              now,
                                                  GError            **error);
gboolean    pursuit_repository_delete_jobs        (PursuitRepository  *self,
                                                  GArray             *ids,
                                                  GError            **error);

G_END_DECLS
