/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_SEARCH_PROVIDER (pursuit_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (PursuitSearchProvider, pursuit_search_provider, PURSUIT, SEARCH_PROVIDER, GObject)

PursuitSearchProvider *pursuit_search_provider_new        (GApplication          *application);
void                   pursuit_search_provider_set_store  (PursuitSearchProvider *self,
                                                           PursuitStore          *store);
gboolean               pursuit_search_provider_register   (PursuitSearchProvider *self,
                                                           GDBusConnection       *connection,
                                                           const char            *object_path,
                                                           GError               **error);
void                   pursuit_search_provider_unregister (PursuitSearchProvider *self);

G_END_DECLS
