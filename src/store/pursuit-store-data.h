/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-repository-data.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

void               pursuit_store_export_data_async   (PursuitStore         *self,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
GVariant          *pursuit_store_export_data_finish  (PursuitStore         *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
void               pursuit_store_import_data_async   (PursuitStore         *self,
                                                      GVariant             *data,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean           pursuit_store_import_data_finish  (PursuitStore         *self,
                                                      GAsyncResult         *result,
                                                      PursuitDataImport    *outcome,
                                                      GError              **error);
void               pursuit_store_backup_async        (PursuitStore         *self,
                                                      const char           *path,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
gboolean           pursuit_store_backup_finish       (PursuitStore         *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
void               pursuit_store_backup_dated_async  (PursuitStore         *self,
                                                      const char           *folder,
                                                      guint                 keep,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
char              *pursuit_store_backup_dated_finish (PursuitStore         *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
void               pursuit_store_restore_async       (PursuitStore         *self,
                                                      const char           *path,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
char              *pursuit_store_restore_finish      (PursuitStore         *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);
void               pursuit_store_list_jobs_whole_async  (PursuitStore         *self,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
GPtrArray         *pursuit_store_list_jobs_whole_finish (PursuitStore         *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

G_END_DECLS
