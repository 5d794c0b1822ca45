/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-question-chooser.h"

/* Picks a question from the bank (and the user's own), found by words of
 * its text, to pin to a job. Emits ::chosen with the question's id and
 * closes. */
struct _PursuitQuestionChooser
{
  AdwWindow parent_instance;

  PursuitContent *content;
  GListModel *questions;
  GtkSearchEntry *search_entry;
  GtkListBox *list;
  GPtrArray *shown;          /* PursuitQuestion in the list's order */
};

G_DEFINE_FINAL_TYPE (PursuitQuestionChooser, pursuit_question_chooser, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The most questions listed at once: a search narrows them. */
#define MAX_SHOWN 200

static gboolean
matches (PursuitQuestion *question,
         GStrv            words)
{
  g_autofree char *folded = g_utf8_casefold (pursuit_question_get_text (question), -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] != '\0' && strstr (folded, words[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

void
pursuit_question_chooser_search (PursuitQuestionChooser *self,
                                 const char             *text)
{
  g_autofree char *folded = g_utf8_casefold (text != NULL ? text : "", -1);
  g_auto(GStrv) words = g_strsplit (g_strstrip (folded), " ", -1);
  GtkWidget *child;

  g_return_if_fail (PURSUIT_IS_QUESTION_CHOOSER (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->shown, 0);

  for (guint i = 0; i < g_list_model_get_n_items (self->questions) && self->shown->len < MAX_SHOWN; i++)
    {
      g_autoptr(PursuitQuestion) question = g_list_model_get_item (self->questions, i);
      GtkWidget *row;

      if (!matches (question, words))
        continue;
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_question_get_text (question));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   pursuit_content_get_name (self->content, pursuit_question_get_category (question)));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->shown, g_object_ref (question));
    }
}

/* Chooses the @index-th question listed; FALSE when there is none. */
gboolean
pursuit_question_chooser_choose (PursuitQuestionChooser *self,
                                 guint                   index)
{
  g_autofree char *id = NULL;

  g_return_val_if_fail (PURSUIT_IS_QUESTION_CHOOSER (self), FALSE);

  if (index >= self->shown->len)
    return FALSE;
  id = g_strdup (pursuit_question_get_id (g_ptr_array_index (self->shown, index)));
  g_signal_emit (self, signals[CHOSEN], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_row_activated (PursuitQuestionChooser *self,
                  GtkListBoxRow          *row)
{
  pursuit_question_chooser_choose (self, (guint) gtk_list_box_row_get_index (row));
}

static void
on_search_changed (PursuitQuestionChooser *self)
{
  pursuit_question_chooser_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_activate (PursuitQuestionChooser *self)
{
  pursuit_question_chooser_choose (self, 0);
}

static void
pursuit_question_chooser_dispose (GObject *object)
{
  PursuitQuestionChooser *self = PURSUIT_QUESTION_CHOOSER (object);

  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_object (&self->questions);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (pursuit_question_chooser_parent_class)->dispose (object);
}

static void
pursuit_question_chooser_class_init (PursuitQuestionChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_question_chooser_dispose;

  /**
   * PursuitQuestionChooser::chosen:
   * @question_id: the question picked
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_question_chooser_init (PursuitQuestionChooser *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_window_set_title (GTK_WINDOW (self), _("Pin a Question"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 640);

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  g_object_set (self->search_entry, "placeholder-text", _("Search the questions"), NULL);
  gtk_widget_set_margin_top (GTK_WIDGET (self->search_entry), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->search_entry), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self->search_entry), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->search_entry), 12);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect_swapped (self->search_entry, "activate", G_CALLBACK (on_search_activate), self);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_margin_top (GTK_WIDGET (self->list), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->list), 12);
  gtk_widget_set_margin_start (GTK_WIDGET (self->list), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->list), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Questions"), -1);
  g_signal_connect_swapped (self->list, "row-activated", G_CALLBACK (on_row_activated), self);

  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (self), box);
}

/**
 * pursuit_question_chooser_new:
 * @questions: (element-type PursuitQuestion): the questions to choose from
 */
PursuitQuestionChooser *
pursuit_question_chooser_new (GListModel     *questions,
                              PursuitContent *content)
{
  PursuitQuestionChooser *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (questions), NULL);

  self = g_object_new (PURSUIT_TYPE_QUESTION_CHOOSER, NULL);
  self->questions = g_object_ref (questions);
  self->content = g_object_ref (content);
  pursuit_question_chooser_search (self, "");
  return self;
}
