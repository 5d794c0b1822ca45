/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-store.h"

G_BEGIN_DECLS

PursuitJob *pursuit_store_find_duplicate (PursuitStore *store,
                                          const char   *company,
                                          const char   *title,
                                          PursuitJob   *except);
GHashTable *pursuit_store_get_identity_keys (PursuitStore *store);

G_END_DECLS
