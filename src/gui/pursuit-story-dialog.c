/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-practice-widgets.h"
#include "pursuit-story-dialog.h"
#include "pursuit-toasts.h"
#include "pursuit-validation.h"

/* Writing a STAR story: its title, situation, task, action and result, the
 * competencies it shows (the question bank's), and the questions it is
 * linked to, which can be unlinked here. Saving a new story keeps the links
 * it was started with (from a session's question). */
struct _PursuitStoryDialog
{
  AdwWindow parent_instance;

  PursuitContext *context;
  PursuitStory *story;        /* a copy, the draft */

  AdwEntryRow *title_row;
  GtkWidget *competencies;
  GtkTextView *situation;
  GtkTextView *task;
  GtkTextView *action;
  GtkTextView *result;
  GtkWidget *links_group;
};

G_DEFINE_FINAL_TYPE (PursuitStoryDialog, pursuit_story_dialog, ADW_TYPE_WINDOW)

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PursuitStoryDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitStory) story = pursuit_store_save_story_finish (PURSUIT_STORE (source), result, &error);

  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  if (story == NULL)
    {
      pursuit_show_error (GTK_WIDGET (self->title_row), _("Could not save the story"), error);
      if (g_error_matches (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY))
        gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Saves the story as the fields say, and closes once it is saved. */
void
pursuit_story_dialog_save (PursuitStoryDialog *self)
{
  g_auto(GStrv) competencies = NULL;
  g_autofree char *situation = NULL;
  g_autofree char *task = NULL;
  g_autofree char *action = NULL;
  g_autofree char *result = NULL;

  g_return_if_fail (PURSUIT_IS_STORY_DIALOG (self));

  competencies = pursuit_practice_competency_picker_dup_selected (self->competencies);
  situation = pursuit_practice_text_view_dup_text (self->situation);
  task = pursuit_practice_text_view_dup_text (self->task);
  action = pursuit_practice_text_view_dup_text (self->action);
  result = pursuit_practice_text_view_dup_text (self->result);
  pursuit_story_set_title (self->story, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  pursuit_story_set_competencies (self->story, (const char * const *) competencies);
  pursuit_story_set_situation (self->story, situation);
  pursuit_story_set_task (self->story, task);
  pursuit_story_set_action (self->story, action);
  pursuit_story_set_result (self->story, result);

  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  pursuit_store_save_story_async (pursuit_context_get_store (self->context), self->story, NULL, on_saved,
                                  g_object_ref (self));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  pursuit_story_dialog_save (PURSUIT_STORY_DIALOG (widget));
}

static void
on_unlinked (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_link_story_finish (PURSUIT_STORE (source), result, &error))
    pursuit_show_error (widget, _("Could not unlink the question"), error);
}

static void
on_unlink_clicked (GtkButton          *button,
                   PursuitStoryDialog *self)
{
  const char *question_id = g_object_get_data (G_OBJECT (button), "question-id");
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ACTION_ROW);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) remaining = NULL;
  const char * const *question_ids = pursuit_story_get_question_ids (self->story);

  if (pursuit_story_get_id (self->story) != 0)
    pursuit_store_link_story_async (pursuit_context_get_store (self->context), pursuit_story_get_id (self->story),
                                    question_id, FALSE, NULL, on_unlinked, g_object_ref (GTK_WIDGET (self)));
  for (guint i = 0; question_ids[i] != NULL; i++)
    {
      if (!g_str_equal (question_ids[i], question_id))
        g_strv_builder_add (builder, question_ids[i]);
    }
  remaining = g_strv_builder_end (builder);
  pursuit_story_set_question_ids (self->story, (const char * const *) remaining);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->links_group), row);
  gtk_widget_set_visible (self->links_group, remaining[0] != NULL);
}

static void
fill_links (PursuitStoryDialog *self)
{
  PursuitPracticeDeck *deck = pursuit_practice_state_get_deck (pursuit_context_get_practice (self->context));
  const char * const *question_ids = pursuit_story_get_question_ids (self->story);

  for (guint i = 0; question_ids[i] != NULL; i++)
    {
      PursuitQuestion *question = deck != NULL ? pursuit_practice_deck_find_question (deck, question_ids[i]) : NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *unlink = gtk_button_new_from_icon_name ("edit-delete-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     question != NULL ? pursuit_question_get_text (question) : question_ids[i]);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_set_valign (unlink, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (unlink, "flat");
      gtk_widget_set_tooltip_text (unlink, _("Unlink the Question"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (unlink), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Unlink the Question"), -1);
      g_object_set_data_full (G_OBJECT (unlink), "question-id", g_strdup (question_ids[i]), g_free);
      g_signal_connect_object (unlink, "clicked", G_CALLBACK (on_unlink_clicked), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), unlink);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->links_group), row);
    }
  gtk_widget_set_visible (self->links_group, question_ids[0] != NULL);
}

static void
build (PursuitStoryDialog *self)
{
  PursuitContent *content = pursuit_context_get_content (self->context);
  gboolean is_new = pursuit_story_get_id (self->story) == 0;
  AdwPreferencesPage *page = pursuit_practice_editor_init (GTK_WINDOW (self), is_new ? _("New Story") : _("Edit Story"),
                                                           "story.save");
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("A real moment from your work, told as situation, task, action and "
                                           "result. Tag what it shows, and it is offered with the questions "
                                           "that ask for it."));
  self->title_row = ADW_ENTRY_ROW (pursuit_entry_row_new (_("Title")));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), pursuit_story_get_title (self->story));
  adw_entry_row_set_activates_default (self->title_row, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->title_row));
  self->competencies = pursuit_practice_competency_picker (content, pursuit_story_get_competencies (self->story));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->competencies);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  pursuit_practice_text_group (page, _("Situation"), _("Where and when; what was going on"),
                               pursuit_story_get_situation (self->story), 80, &self->situation);
  pursuit_practice_text_group (page, _("Task"), _("What you had to achieve"),
                               pursuit_story_get_task (self->story), 80, &self->task);
  pursuit_practice_text_group (page, _("Action"), _("What you did, step by step, in your own part"),
                               pursuit_story_get_action (self->story), 100, &self->action);
  pursuit_practice_text_group (page, _("Result"), _("How it ended, with a number if you have one, and what you "
                                                   "learned"),
                               pursuit_story_get_result (self->story), 80, &self->result);

  self->links_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->links_group), _("Questions It Answers"));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (self->links_group));
  fill_links (self);
}

static void
pursuit_story_dialog_dispose (GObject *object)
{
  PursuitStoryDialog *self = PURSUIT_STORY_DIALOG (object);

  g_clear_object (&self->story);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_story_dialog_parent_class)->dispose (object);
}

static void
pursuit_story_dialog_class_init (PursuitStoryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_story_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "story.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "story.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_story_dialog_init (PursuitStoryDialog *self)
{
}

/**
 * pursuit_story_dialog_new:
 * @story: the story to edit, or a draft (id 0) for a new one; copied
 */
PursuitStoryDialog *
pursuit_story_dialog_new (PursuitContext *context,
                          PursuitStory   *story)
{
  PursuitStoryDialog *self;

  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (PURSUIT_IS_STORY (story), NULL);

  self = g_object_new (PURSUIT_TYPE_STORY_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->story = pursuit_story_copy (story);
  build (self);
  return self;
}
