/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-content.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_QUESTIONS_PAGE (pursuit_questions_page_get_type ())

G_DECLARE_FINAL_TYPE (PursuitQuestionsPage, pursuit_questions_page, PURSUIT, QUESTIONS_PAGE, AdwBin)

PursuitQuestionsPage *pursuit_questions_page_new           (PursuitContent       *content);
void                  pursuit_questions_page_set_role      (PursuitQuestionsPage *self,
                                                            const char           *role);
gboolean              pursuit_questions_page_show_question (PursuitQuestionsPage *self,
                                                            const char           *question_id);

G_END_DECLS
