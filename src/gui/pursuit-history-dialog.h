/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"
#include "pursuit-recorder.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_HISTORY_DIALOG (pursuit_history_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PursuitHistoryDialog, pursuit_history_dialog, PURSUIT, HISTORY_DIALOG, AdwWindow)

PursuitHistoryDialog *pursuit_history_dialog_new (PursuitContext  *context,
                                                  PursuitQuestion *question,
                                                  PursuitRecorder *recorder);

G_END_DECLS
