/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

typedef gboolean (*PursuitTestCondition) (gpointer data);
typedef gboolean (*PursuitTestWidgetMatch) (GtkWidget *widget,
                                            gpointer   data);

gboolean        pursuit_test_init_gui        (int                    *argc,
                                              char                 ***argv);
PursuitContent *pursuit_test_get_content     (void);
PursuitContext *pursuit_test_open_context    (const char             *database_path);
void            pursuit_test_wait_until      (PursuitTestCondition    condition,
                                              gpointer                data,
                                              const char             *what);
void            pursuit_test_wait_for_frame  (GtkWidget              *widget);
GtkWidget      *pursuit_test_find_widget     (GtkWidget              *root,
                                              PursuitTestWidgetMatch  match,
                                              gpointer                data);
GtkWidget      *pursuit_test_find_by_type   (GtkWidget              *root,
                                              GType                   type);
GtkWidget      *pursuit_test_find_row        (GtkWidget              *root,
                                              const char             *title);
GtkWidget      *pursuit_test_find_label      (GtkWidget              *root,
                                              const char             *text);
GtkWindow      *pursuit_test_find_toplevel   (GType                   type);
void            pursuit_test_remove_tree     (const char             *path);

G_END_DECLS
