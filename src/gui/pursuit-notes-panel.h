/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_NOTES_PANEL (pursuit_notes_panel_get_type ())

/* Actions: notes.new (s: a template id, "" for a blank note),
 * notes.debrief (x: an interview id), notes.delete. */
G_DECLARE_FINAL_TYPE (PursuitNotesPanel, pursuit_notes_panel, PURSUIT, NOTES_PANEL, AdwBin)

PursuitNotesPanel *pursuit_notes_panel_new        (PursuitContext    *context);
void               pursuit_notes_panel_set_job    (PursuitNotesPanel *self,
                                                   PursuitJob        *job);
void               pursuit_notes_panel_flush      (PursuitNotesPanel *self);
gboolean           pursuit_notes_panel_select     (PursuitNotesPanel *self,
                                                   guint              position);
guint              pursuit_notes_panel_get_n_notes (PursuitNotesPanel *self);
GtkWidget         *pursuit_notes_panel_get_editor (PursuitNotesPanel *self);

G_END_DECLS
