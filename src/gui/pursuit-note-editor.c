/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <gtksourceview/gtksource.h>

#include "pursuit-accessible.h"
#include "pursuit-note-editor.h"

/* Prep notes are Markdown: written in a source view that colours the
 * syntax (in proportional type: these are notes, not code) and read in a
 * preview. Spell checking needs a library the GNOME runtime does not ship
 * for GTK 4 (libspelling came later), so there is none. */
struct _PursuitNoteEditor
{
  AdwBin parent_instance;

  GtkSourceBuffer *buffer;
  GtkWidget *view;
  GtkStack *stack;
  GtkLabel *preview;
  GtkToggleButton *preview_button;
  gboolean setting;  /* the text is set from code, not typed */
};

G_DEFINE_FINAL_TYPE (PursuitNoteEditor, pursuit_note_editor, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Markdown to Pango markup, for the preview: headings, emphasis, code,
 * lists and task boxes; everything else as it is, escaped. */

static void
append_inline (GString    *out,
               const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  const char *p = escaped;
  gboolean bold = FALSE, italic = FALSE, code = FALSE;

  while (*p != '\0')
    {
      if (!code && g_str_has_prefix (p, "**"))
        {
          g_string_append (out, bold ? "</b>" : "<b>");
          bold = !bold;
          p += 2;
        }
      else if (!code && (*p == '*' || *p == '_') && (italic || (p[1] != ' ' && p[1] != '\0')))
        {
          g_string_append (out, italic ? "</i>" : "<i>");
          italic = !italic;
          p++;
        }
      else if (*p == '`')
        {
          g_string_append (out, code ? "</tt>" : "<tt>");
          code = !code;
          p++;
        }
      else
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (out, p, next - p);
          p = next;
        }
    }

  /* What is left open closes at the end of the line. */
  if (code)
    g_string_append (out, "</tt>");
  if (italic)
    g_string_append (out, "</i>");
  if (bold)
    g_string_append (out, "</b>");
}

char *
pursuit_markdown_to_pango (const char *markdown)
{
  g_auto(GStrv) lines = g_strsplit (markdown != NULL ? markdown : "", "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      guint level = 0;

      while (line[level] == '#')
        level++;

      if (level > 0 && level <= 6 && line[level] == ' ')
        {
          static const char * const sizes[] = { "xx-large", "x-large", "large", "medium", "medium", "medium" };

          g_string_append_printf (out, "<span size=\"%s\" weight=\"bold\">", sizes[level - 1]);
          append_inline (out, line + level + 1);
          g_string_append (out, "</span>");
        }
      else if (g_str_has_prefix (line, "- [ ] ") || g_str_has_prefix (line, "- [x] "))
        {
          g_string_append (out, line[3] == 'x' ? "☑ " : "☐ ");
          append_inline (out, line + 6);
        }
      else if (g_str_has_prefix (line, "- ") || g_str_has_prefix (line, "* "))
        {
          g_string_append (out, "  • ");
          append_inline (out, line + 2);
        }
      else
        append_inline (out, line);

      if (lines[i + 1] != NULL)
        g_string_append_c (out, '\n');
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
update_scheme (PursuitNoteEditor *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  GtkSourceStyleScheme *scheme;

  scheme = gtk_source_style_scheme_manager_get_scheme (schemes, adw_style_manager_get_dark (style)
                                                                  ? "Adwaita-dark" : "Adwaita");
  gtk_source_buffer_set_style_scheme (self->buffer, scheme);
}

static void
on_buffer_changed (PursuitNoteEditor *self)
{
  if (!self->setting)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_preview_toggled (PursuitNoteEditor *self)
{
  gboolean preview = gtk_toggle_button_get_active (self->preview_button);

  if (preview)
    {
      g_autofree char *text = pursuit_note_editor_get_text (self);
      g_autofree char *markup = pursuit_markdown_to_pango (text);

      gtk_label_set_markup (self->preview, markup);
    }
  gtk_stack_set_visible_child_name (self->stack, preview ? "preview" : "edit");
}

/* The first look-up reads every language GtkSourceView knows, a tenth of a
 * second: the colours come once the window is on screen. */
static gboolean
set_language (gpointer data)
{
  GtkSourceBuffer *buffer = data;
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();

  gtk_source_buffer_set_language (buffer, gtk_source_language_manager_get_language (languages, "markdown"));
  return G_SOURCE_REMOVE;
}

static void
pursuit_note_editor_class_init (PursuitNoteEditorClass *klass)
{
  /**
   * PursuitNoteEditor::changed:
   *
   * The user changed the text.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pursuit_note_editor_init (PursuitNoteEditor *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *preview_scrolled = gtk_scrolled_window_new ();
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *hint = gtk_label_new (_("Markdown: # heading, **bold**, - list"));

  self->buffer = gtk_source_buffer_new (NULL);
  g_idle_add_full (G_PRIORITY_LOW, set_language, g_object_ref (self->buffer), g_object_unref);
  gtk_source_buffer_set_highlight_syntax (self->buffer, TRUE);
  update_scheme (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (update_scheme),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "changed", G_CALLBACK (on_buffer_changed), self, G_CONNECT_SWAPPED);

  self->view = gtk_source_view_new_with_buffer (self->buffer);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (self->view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->view), 12);
  gtk_widget_add_css_class (self->view, "notes");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note text"), -1);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 200);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 480);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->view);

  self->preview = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->preview, TRUE);
  gtk_label_set_wrap_mode (self->preview, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->preview, 0);
  gtk_label_set_yalign (self->preview, 0);
  gtk_label_set_selectable (self->preview, TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->preview), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->preview), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->preview), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->preview), 12);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (preview_scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (preview_scrolled), 200);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (preview_scrolled), 480);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (preview_scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (preview_scrolled), GTK_WIDGET (self->preview));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_stack_add_named (self->stack, scrolled, "edit");
  gtk_stack_add_named (self->stack, preview_scrolled, "preview");
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->stack));
  gtk_widget_add_css_class (frame, "notes");

  self->preview_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("_Preview")));
  gtk_widget_add_css_class (GTK_WIDGET (self->preview_button), "flat");
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self->preview_button));
  g_signal_connect_object (self->preview_button, "toggled", G_CALLBACK (on_preview_toggled), self,
                           G_CONNECT_SWAPPED);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_ellipsize (GTK_LABEL (hint), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (hint, TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_box_append (GTK_BOX (toolbar), hint);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->preview_button));

  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), toolbar);
  adw_bin_set_child (ADW_BIN (self), box);
  g_object_unref (self->buffer);
}

GtkWidget *
pursuit_note_editor_new (void)
{
  return g_object_new (PURSUIT_TYPE_NOTE_EDITOR, NULL);
}

char *
pursuit_note_editor_get_text (PursuitNoteEditor *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (PURSUIT_IS_NOTE_EDITOR (self), NULL);

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->buffer), &start, &end, FALSE);
}

/* Sets the text without ::changed, and without an undo step. */
void
pursuit_note_editor_set_text (PursuitNoteEditor *self,
                              const char        *text)
{
  g_autofree char *current = NULL;

  g_return_if_fail (PURSUIT_IS_NOTE_EDITOR (self));

  current = pursuit_note_editor_get_text (self);
  if (g_strcmp0 (current, text != NULL ? text : "") == 0)
    return;

  self->setting = TRUE;
  gtk_text_buffer_begin_irreversible_action (GTK_TEXT_BUFFER (self->buffer));
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), text != NULL ? text : "", -1);
  gtk_text_buffer_end_irreversible_action (GTK_TEXT_BUFFER (self->buffer));
  self->setting = FALSE;

  if (gtk_toggle_button_get_active (self->preview_button))
    on_preview_toggled (self);
}

void
pursuit_note_editor_set_editable (PursuitNoteEditor *self,
                                  gboolean           editable)
{
  g_return_if_fail (PURSUIT_IS_NOTE_EDITOR (self));

  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->view), editable);
}

void
pursuit_note_editor_set_preview (PursuitNoteEditor *self,
                                 gboolean           preview)
{
  g_return_if_fail (PURSUIT_IS_NOTE_EDITOR (self));

  gtk_toggle_button_set_active (self->preview_button, preview);
}

/**
 * pursuit_note_editor_get_view:
 *
 * Returns: (transfer none): the text view, to give the focus to
 */
GtkWidget *
pursuit_note_editor_get_view (PursuitNoteEditor *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTE_EDITOR (self), NULL);

  return self->view;
}
