/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-job.h"
#include "pursuit-repository.h"
#include "pursuit-self-check-result.h"
#include "pursuit-stage.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_STORE (pursuit_store_get_type ())

G_DECLARE_FINAL_TYPE (PursuitStore, pursuit_store, PURSUIT, STORE, GObject)

PursuitStore *pursuit_store_new              (const char           *path);
void          pursuit_store_close            (PursuitStore         *self);
const char   *pursuit_store_get_path         (PursuitStore         *self);
gboolean      pursuit_store_is_open          (PursuitStore         *self);
GListModel   *pursuit_store_get_jobs         (PursuitStore         *self);
GListModel   *pursuit_store_get_stages       (PursuitStore         *self);
PursuitJob   *pursuit_store_find_job         (PursuitStore         *self,
                                              gint64                id);
PursuitStage *pursuit_store_get_default_stage (PursuitStore        *self);

void          pursuit_store_open_async       (PursuitStore         *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean      pursuit_store_open_finish      (PursuitStore         *self,
                                              GAsyncResult         *result,
                                              GError              **error);
void          pursuit_store_check_changes_async  (PursuitStore     *self,
                                                  GCancellable     *cancellable,
                                                  GAsyncReadyCallback callback,
                                                  gpointer          user_data);
gboolean      pursuit_store_wait_for_writes  (PursuitStore         *self,
                                              guint                 timeout_ms);
gboolean      pursuit_store_check_changes_finish (PursuitStore     *self,
                                                  GAsyncResult     *result,
                                                  GError          **error);
G_END_DECLS

/* The operations, by subject. */
#include "pursuit-store-jobs.h"
#include "pursuit-store-job-models.h"
#include "pursuit-store-people.h"
#include "pursuit-store-self-checks.h"
#include "pursuit-store-stages.h"
#include "pursuit-store-duplicates.h"
#include "pursuit-store-practice.h"
#include "pursuit-store-documents.h"
#include "pursuit-store-insights.h"
#include "pursuit-store-data.h"
#include "pursuit-store-import.h"
