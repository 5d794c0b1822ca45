/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-content.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_QUESTION_CHOOSER (pursuit_question_chooser_get_type ())

G_DECLARE_FINAL_TYPE (PursuitQuestionChooser, pursuit_question_chooser, PURSUIT, QUESTION_CHOOSER, AdwWindow)

PursuitQuestionChooser *pursuit_question_chooser_new    (GListModel             *questions,
                                                         PursuitContent         *content);
void                    pursuit_question_chooser_search (PursuitQuestionChooser *self,
                                                         const char             *text);
gboolean                pursuit_question_chooser_choose (PursuitQuestionChooser *self,
                                                         guint                   index);

G_END_DECLS
