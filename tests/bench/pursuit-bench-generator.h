/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pursuit-job.h"

G_BEGIN_DECLS

gboolean    pursuit_bench_generate      (const char  *path,
                                         guint        n_jobs,
                                         guint32      seed,
                                         gint64       now,
                                         gboolean     verbose,
                                         GError     **error);
GPtrArray  *pursuit_bench_make_queries  (guint32      seed,
                                         guint        n_queries);
gint64      pursuit_bench_today         (void);
PursuitJob *pursuit_bench_make_listing  (GRand       *rng);

G_END_DECLS
