/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-custom-question-dialog.h"
#include "pursuit-practice-widgets.h"
#include "pursuit-toasts.h"

/* Writing an interview question of one's own, with the parts of the
 * built-in ones, for a role, a job or all practice. It is scheduled like
 * any other. */
struct _PursuitCustomQuestionDialog
{
  AdwWindow parent_instance;

  PursuitContext *context;
  PursuitCustomQuestion *question;   /* a copy, the draft */
  GPtrArray *category_ids;           /* of the category row's items */
  GPtrArray *roles;                  /* of the "for" row: role ids, NULL for none */
  GArray *job_ids;                   /* of the "for" row: job ids, 0 for none */

  GtkTextView *text;
  AdwComboRow *category_row;
  AdwComboRow *for_row;
  GtkWidget *competencies;
  GtkTextView *why;
  GtkTextView *covers;
  GtkTextView *outline;
  GtkTextView *followups;
};

G_DEFINE_FINAL_TYPE (PursuitCustomQuestionDialog, pursuit_custom_question_dialog, ADW_TYPE_WINDOW)

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PursuitCustomQuestionDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCustomQuestion) saved = pursuit_store_save_custom_question_finish (PURSUIT_STORE (source), result,
                                                                                     &error);

  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
  if (saved == NULL)
    {
      pursuit_show_error (GTK_WIDGET (self->text), _("Could not save the question"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static GStrv
dup_lines (GtkTextView *view)
{
  g_autofree char *text = pursuit_practice_text_view_dup_text (view);

  return pursuit_custom_question_split_lines (text);
}

void
pursuit_custom_question_dialog_save (PursuitCustomQuestionDialog *self)
{
  g_autofree char *text = NULL;
  g_autofree char *why = NULL;
  g_auto(GStrv) competencies = NULL;
  g_auto(GStrv) covers = NULL;
  g_auto(GStrv) outline = NULL;
  g_auto(GStrv) followups = NULL;
  guint target;

  g_return_if_fail (PURSUIT_IS_CUSTOM_QUESTION_DIALOG (self));

  text = g_strstrip (pursuit_practice_text_view_dup_text (self->text));
  why = g_strstrip (pursuit_practice_text_view_dup_text (self->why));
  competencies = pursuit_practice_competency_picker_dup_selected (self->competencies);
  covers = dup_lines (self->covers);
  outline = dup_lines (self->outline);
  followups = dup_lines (self->followups);
  target = adw_combo_row_get_selected (self->for_row);

  pursuit_custom_question_set_text (self->question, text);
  pursuit_custom_question_set_category (self->question, g_ptr_array_index (self->category_ids,
                                                                            adw_combo_row_get_selected (self->category_row)));
  pursuit_custom_question_set_role (self->question, g_ptr_array_index (self->roles, target));
  pursuit_custom_question_set_job_id (self->question, g_array_index (self->job_ids, gint64, target));
  pursuit_custom_question_set_competencies (self->question, (const char * const *) competencies);
  pursuit_custom_question_set_why (self->question, why);
  pursuit_custom_question_set_covers (self->question, (const char * const *) covers);
  pursuit_custom_question_set_outline (self->question, (const char * const *) outline);
  pursuit_custom_question_set_followups (self->question, (const char * const *) followups);

  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  pursuit_store_save_custom_question_async (pursuit_context_get_store (self->context), self->question, NULL,
                                            on_saved, g_object_ref (self));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  pursuit_custom_question_dialog_save (PURSUIT_CUSTOM_QUESTION_DIALOG (widget));
}

static AdwComboRow *
combo_row (const char   *title,
           GtkStringList *names,
           guint          selected)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected);
  g_object_unref (names);
  return row;
}

static char *
joined (const char * const *lines)
{
  return g_strjoinv ("\n", (char **) lines);
}

static void
build (PursuitCustomQuestionDialog *self)
{
  PursuitContent *content = pursuit_context_get_content (self->context);
  GPtrArray *categories = pursuit_content_get_categories (content);
  GListModel *guides = pursuit_content_get_guides (content);
  GListModel *jobs = pursuit_store_get_jobs (pursuit_context_get_store (self->context));
  gboolean is_new = pursuit_custom_question_get_id (self->question) == 0;
  AdwPreferencesPage *page = pursuit_practice_editor_init (GTK_WINDOW (self),
                                                           is_new ? _("New Question") : _("Edit Question"),
                                                           "question.save");
  GtkStringList *category_names = gtk_string_list_new (NULL);
  GtkStringList *for_names = gtk_string_list_new (NULL);
  GtkWidget *group;
  g_autofree char *covers = joined (pursuit_custom_question_get_covers (self->question));
  g_autofree char *outline = joined (pursuit_custom_question_get_outline (self->question));
  g_autofree char *followups = joined (pursuit_custom_question_get_followups (self->question));
  guint selected_category = 0;
  guint selected_for = 0;
  gint64 none = 0;

  for (guint i = 0; i < categories->len; i++)
    {
      PursuitContentNode *category = g_ptr_array_index (categories, i);
      const char *id = pursuit_content_node_get_attribute (category, "id");

      g_ptr_array_add (self->category_ids, (gpointer) id);
      gtk_string_list_append (category_names, pursuit_content_node_get_child_text (category, "name"));
      if (g_strcmp0 (id, pursuit_custom_question_get_category (self->question)) == 0)
        selected_category = i;
    }

  gtk_string_list_append (for_names, _("All my practice"));
  g_ptr_array_add (self->roles, NULL);
  g_array_append_val (self->job_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (guides); i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);
      /* Translators: a choice of whom a question is for: "Every Call Center Specialist job" */
      g_autofree char *name = g_strdup_printf (_("Every %s job"), pursuit_guide_get_title (guide));

      gtk_string_list_append (for_names, name);
      g_ptr_array_add (self->roles, g_strdup (pursuit_guide_get_id (guide)));
      g_array_append_val (self->job_ids, none);
      if (g_strcmp0 (pursuit_guide_get_id (guide), pursuit_custom_question_get_role (self->question)) == 0)
        selected_for = self->roles->len - 1;
    }
  for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);
      gint64 job_id = pursuit_job_get_id (job);
      /* Translators: a job as a choice: "Support Agent at Acme Ltd" */
      g_autofree char *name = g_strdup_printf (_("%s at %s"), pursuit_job_get_title (job), pursuit_job_get_company (job));

      if (pursuit_job_get_archived (job) && job_id != pursuit_custom_question_get_job_id (self->question))
        continue;
      gtk_string_list_append (for_names, name);
      g_ptr_array_add (self->roles, NULL);
      g_array_append_val (self->job_ids, job_id);
      if (job_id == pursuit_custom_question_get_job_id (self->question))
        selected_for = self->roles->len - 1;
    }

  pursuit_practice_text_group (page, _("Question"), _("As an interviewer would ask it"),
                               pursuit_custom_question_get_text (self->question), 60, &self->text);
  group = adw_preferences_group_new ();
  self->category_row = combo_row (_("Category"), category_names, selected_category);
  self->for_row = combo_row (_("Practise It For"), for_names, selected_for);
  self->competencies = pursuit_practice_competency_picker (content, pursuit_custom_question_get_competencies (self->question));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->category_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->for_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->competencies);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  pursuit_practice_text_group (page, _("Why Interviewers Ask It"), NULL, pursuit_custom_question_get_why (self->question),
                               60, &self->why);
  pursuit_practice_text_group (page, _("A Strong Answer Covers"), _("One point per line: the checklist of each answer"),
                               covers, 80, &self->covers);
  pursuit_practice_text_group (page, _("Answer Outline"),
                               _("One step per line; for a behavioural question, four: situation, task, action, "
                                 "result"),
                               outline, 80, &self->outline);
  pursuit_practice_text_group (page, _("Likely Follow-ups"), _("One per line"), followups, 60, &self->followups);
}

static void
pursuit_custom_question_dialog_dispose (GObject *object)
{
  PursuitCustomQuestionDialog *self = PURSUIT_CUSTOM_QUESTION_DIALOG (object);

  g_clear_object (&self->question);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_custom_question_dialog_parent_class)->dispose (object);
}

static void
pursuit_custom_question_dialog_finalize (GObject *object)
{
  PursuitCustomQuestionDialog *self = PURSUIT_CUSTOM_QUESTION_DIALOG (object);

  g_ptr_array_unref (self->category_ids);
  g_ptr_array_unref (self->roles);
  g_array_unref (self->job_ids);

  G_OBJECT_CLASS (pursuit_custom_question_dialog_parent_class)->finalize (object);
}

static void
pursuit_custom_question_dialog_class_init (PursuitCustomQuestionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_custom_question_dialog_dispose;
  object_class->finalize = pursuit_custom_question_dialog_finalize;

  gtk_widget_class_install_action (widget_class, "question.save", NULL, save_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "question.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_custom_question_dialog_init (PursuitCustomQuestionDialog *self)
{
  self->category_ids = g_ptr_array_new ();
  self->roles = g_ptr_array_new_with_free_func (g_free);
  self->job_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * pursuit_custom_question_dialog_new:
 * @question: the question to edit, or a draft (id 0) for a new one; copied
 */
PursuitCustomQuestionDialog *
pursuit_custom_question_dialog_new (PursuitContext        *context,
                                    PursuitCustomQuestion *question)
{
  PursuitCustomQuestionDialog *self;

  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (PURSUIT_IS_CUSTOM_QUESTION (question), NULL);

  self = g_object_new (PURSUIT_TYPE_CUSTOM_QUESTION_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->question = pursuit_custom_question_copy (question);
  build (self);
  return self;
}
