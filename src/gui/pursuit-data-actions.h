/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"
#include "pursuit-interview.h"

G_BEGIN_DECLS

void       pursuit_data_actions_add          (GtkApplicationWindow *window,
                                              PursuitContext       *context);
void       pursuit_add_interview_to_calendar (GtkWidget            *widget,
                                              PursuitContext       *context,
                                              PursuitInterview     *interview);
void       pursuit_data_restore_file         (GtkWidget            *widget,
                                              PursuitContext       *context,
                                              GFile                *file);
GtkWidget *pursuit_data_restore_dialog_new   (GtkWindow            *parent,
                                              PursuitContext       *context,
                                              GFile                *file);
void       pursuit_data_export_file          (GtkWidget            *widget,
                                              PursuitContext       *context,
                                              gboolean              csv,
                                              GFile                *file);
GtkWidget *pursuit_data_import_dialog_new    (GtkWindow            *parent,
                                              PursuitContext       *context,
                                              const char           *name,
                                              const char           *text,
                                              gsize                 length,
                                              GError              **error);
void       pursuit_data_import_file          (GtkWindow            *parent,
                                              PursuitContext       *context,
                                              const char           *name,
                                              GBytes               *contents);
void       pursuit_data_back_up_on_quit      (PursuitContext       *context);
char      *pursuit_data_backups_folder       (PursuitContext       *context);

G_END_DECLS
