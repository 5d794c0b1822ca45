/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_NOTE_EDITOR (pursuit_note_editor_get_type ())

/* A Markdown editor (GtkSourceView) with a preview. ::changed: the user
 * typed (not when the text is set from code). */
G_DECLARE_FINAL_TYPE (PursuitNoteEditor, pursuit_note_editor, PURSUIT, NOTE_EDITOR, AdwBin)

GtkWidget *pursuit_note_editor_new            (void);
char      *pursuit_note_editor_get_text       (PursuitNoteEditor *self);
void       pursuit_note_editor_set_text       (PursuitNoteEditor *self,
                                               const char        *text);
void       pursuit_note_editor_set_editable   (PursuitNoteEditor *self,
                                               gboolean           editable);
void       pursuit_note_editor_set_preview    (PursuitNoteEditor *self,
                                               gboolean           preview);
GtkWidget *pursuit_note_editor_get_view       (PursuitNoteEditor *self);
char      *pursuit_markdown_to_pango          (const char        *markdown);

G_END_DECLS
