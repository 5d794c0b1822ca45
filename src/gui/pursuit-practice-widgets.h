/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-content.h"

G_BEGIN_DECLS

/* Small pieces the practice screens share: a framed text area, a list of
 * competencies to tick, and the words for competencies and categories. */

GtkWidget *pursuit_practice_text_area            (const char         *accessible_label,
                                                  int                 height,
                                                  GtkTextView       **view);
char      *pursuit_practice_text_view_dup_text   (GtkTextView        *view);
void       pursuit_practice_text_view_set_text   (GtkTextView        *view,
                                                  const char         *text);
GtkWidget *pursuit_practice_competency_picker    (PursuitContent     *content,
                                                  const char * const *selected);
GStrv      pursuit_practice_competency_picker_dup_selected (GtkWidget *picker);
char      *pursuit_practice_describe_competencies (PursuitContent    *content,
                                                  const char * const *competencies);
GtkWidget *pursuit_practice_heading              (const char         *text);
AdwPreferencesPage *pursuit_practice_editor_init (GtkWindow          *window,
                                                  const char         *title,
                                                  const char         *save_action);
GtkWidget *pursuit_practice_text_group           (AdwPreferencesPage *page,
                                                  const char         *title,
                                                  const char         *description,
                                                  const char         *text,
                                                  int                 height,
                                                  GtkTextView       **view);

G_END_DECLS
