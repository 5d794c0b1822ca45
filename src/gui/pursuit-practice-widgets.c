/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-practice-widgets.h"

/**
 * pursuit_practice_text_area:
 * @view: (out) (transfer none): the text view inside
 *
 * Returns: (transfer floating): a text view framed as the job page's notes
 */
GtkWidget *
pursuit_practice_text_area (const char   *accessible_label,
                            int           height,
                            GtkTextView **view)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *text_view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (text_view), GTK_WRAP_WORD_CHAR);
  /* Tab moves on to the next control: a keyboard user is not kept in. */
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (text_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (text_view), 12);
  gtk_widget_set_size_request (text_view, -1, height);
  gtk_widget_add_css_class (text_view, "notes");
  gtk_accessible_update_property (GTK_ACCESSIBLE (text_view), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  gtk_widget_add_css_class (frame, "notes");
  gtk_frame_set_child (GTK_FRAME (frame), text_view);
  *view = GTK_TEXT_VIEW (text_view);
  return frame;
}

/* Returns: (transfer full): the text */
char *
pursuit_practice_text_view_dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
pursuit_practice_text_view_set_text (GtkTextView *view,
                                     const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

/**
 * pursuit_practice_competency_picker:
 * @selected: (nullable): the competency ids ticked at first
 *
 * Returns: (transfer floating): an expander row with a check row for each
 *   competency of the question bank
 */
GtkWidget *
pursuit_practice_competency_picker (PursuitContent     *content,
                                    const char * const *selected)
{
  GPtrArray *competencies = pursuit_content_get_competencies (content);
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *summary = pursuit_practice_describe_competencies (content, selected);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Competencies"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), summary[0] != '\0' ? summary : _("None yet"));
  for (guint i = 0; i < competencies->len; i++)
    {
      PursuitContentNode *node = g_ptr_array_index (competencies, i);
      const char *id = pursuit_content_node_get_attribute (node, "id");
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_content_node_get_child_text (node, "name"));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   selected != NULL && g_strv_contains (selected, id));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data_full (G_OBJECT (check), "competency", g_strdup (id), g_free);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  return expander;
}

static void
collect_ticked (GtkWidget    *widget,
                GStrvBuilder *builder)
{
  if (GTK_IS_CHECK_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "competency") != NULL)
    {
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (widget), "competency"));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_ticked (child, builder);
}

/* Returns: (transfer full): the ids ticked in a competency picker */
GStrv
pursuit_practice_competency_picker_dup_selected (GtkWidget *picker)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  collect_ticked (picker, builder);
  return g_strv_builder_end (builder);
}

/* "Empathy, De-escalation" */
char *
pursuit_practice_describe_competencies (PursuitContent     *content,
                                        const char * const *competencies)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; competencies != NULL && competencies[i] != NULL; i++)
    g_ptr_array_add (names, (gpointer) pursuit_content_get_name (content, competencies[i]));
  g_ptr_array_add (names, NULL);
  /* Translators: between the names of competencies: "Empathy, De-escalation" */
  return g_strjoinv (_(", "), (char **) names->pdata);
}

/* A heading over a part of a page, as libadwaita groups have. */
GtkWidget *
pursuit_practice_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

/**
 * pursuit_practice_editor_init:
 * @save_action: the window's action that saves, for its Save button
 *
 * Lays out an editor window: a header with Cancel and Save, toasts, and a
 * preferences page for the fields.
 *
 * Returns: (transfer none): the page to put the fields in
 */
AdwPreferencesPage *
pursuit_practice_editor_init (GtkWindow  *window,
                              const char *title,
                              const char *save_action)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = pursuit_mnemonic_button_new (_("_Cancel"));
  GtkWidget *save = pursuit_mnemonic_button_new (_("_Save"));
  GtkWidget *page = adw_preferences_page_new ();

  gtk_window_set_title (window, title);
  gtk_window_set_modal (window, TRUE);
  gtk_window_set_default_size (window, 600, 720);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), save_action);
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), box);
  adw_window_set_content (ADW_WINDOW (window), overlay);
  return ADW_PREFERENCES_PAGE (page);
}

/**
 * pursuit_practice_text_group:
 * @description: (nullable): a hint under the title
 * @view: (out) (transfer none): the text view
 *
 * Returns: (transfer none): a group with a titled text area, added to @page
 */
GtkWidget *
pursuit_practice_text_group (AdwPreferencesPage  *page,
                             const char          *title,
                             const char          *description,
                             const char          *text,
                             int                  height,
                             GtkTextView        **view)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), pursuit_practice_text_area (title, height, view));
  pursuit_practice_text_view_set_text (*view, text);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  return group;
}
