/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CUSTOM_QUESTION_DIALOG (pursuit_custom_question_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PursuitCustomQuestionDialog, pursuit_custom_question_dialog, PURSUIT, CUSTOM_QUESTION_DIALOG,
                      AdwWindow)

PursuitCustomQuestionDialog *pursuit_custom_question_dialog_new  (PursuitContext              *context,
                                                                  PursuitCustomQuestion       *question);
void                         pursuit_custom_question_dialog_save (PursuitCustomQuestionDialog *self);

G_END_DECLS
