/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-repository.h"

G_BEGIN_DECLS

gboolean pursuit_repository_import_jobs (PursuitRepository  *self,
                                         GPtrArray          *jobs,
                                         GPtrArray          *timelines,
                                         gint64              now,
                                         GError            **error);

G_END_DECLS
