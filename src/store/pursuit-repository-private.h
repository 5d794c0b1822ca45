/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-database.h"
#include "pursuit-repository.h"

G_BEGIN_DECLS

/* For repository code kept in its own file (contacts, interviews, stages):
 * the connection, to be used on the store's worker thread only, and the
 * current time's stage list to be reloaded after stages change. */
PursuitDatabase *pursuit_repository_get_database  (PursuitRepository  *self);
gboolean         pursuit_repository_reload_stages (PursuitRepository  *self,
                                                   GError            **error);

G_END_DECLS
