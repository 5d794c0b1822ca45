/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean pursuit_background_portal_expected (void);
void     pursuit_background_request_async   (GDBusConnection      *connection,
                                             const char           *reason,
                                             gboolean              autostart,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
gboolean pursuit_background_request_finish  (GAsyncResult         *result,
                                             gboolean             *autostart,
                                             GError              **error);

G_END_DECLS
