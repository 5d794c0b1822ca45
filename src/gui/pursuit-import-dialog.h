/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_IMPORT_DIALOG (pursuit_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PursuitImportDialog, pursuit_import_dialog, PURSUIT, IMPORT_DIALOG, AdwWindow)

PursuitImportDialog *pursuit_import_dialog_new (PursuitContext  *context,
                                                const char      *file_name,
                                                const char      *data,
                                                gsize            length,
                                                GError         **error);

G_END_DECLS
