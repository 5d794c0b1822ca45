/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-store.h"

G_BEGIN_DECLS

/**
 * PursuitStoreImport:
 * @jobs: (element-type PursuitJob): the jobs added, as they stand in the
 *   jobs model, in the order of the drafts
 * @skipped: (element-type guint): the positions of the drafts left out
 *   because a job with their company and title was already saved
 *
 * What an import wrote.
 */
typedef struct
{
  GPtrArray *jobs;
  GArray *skipped;
} PursuitStoreImport;

void                pursuit_store_import_free         (PursuitStoreImport   *import);

void                pursuit_store_import_jobs_async   (PursuitStore         *self,
                                                       GPtrArray            *drafts,
                                                       GArray               *kinds,
                                                       gboolean              skip_duplicates,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
PursuitStoreImport *pursuit_store_import_jobs_finish  (PursuitStore         *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
void                pursuit_store_delete_jobs_async   (PursuitStore         *self,
                                                       GPtrArray            *jobs,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean            pursuit_store_delete_jobs_finish  (PursuitStore         *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitStoreImport, pursuit_store_import_free)

G_END_DECLS
