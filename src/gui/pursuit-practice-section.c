/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-custom-question-dialog.h"
#include "pursuit-practice-section.h"
#include "pursuit-question-chooser.h"
#include "pursuit-toasts.h"

/* The job page's practice: how ready the user is for the job's next
 * interview ("31 of 40 questions reviewed, 6 due before Thursday"), a
 * button that starts a session with the job's practice set, and the
 * questions pinned to the job or written for it. */
struct _PursuitPracticeSection
{
  PursuitJobSection parent_instance;

  gboolean connected;

  GtkLabel *readiness_label;
  AdwButtonContent *practise_content;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (PursuitPracticeSection, pursuit_practice_section, PURSUIT_TYPE_JOB_SECTION)

static PursuitContext *
get_context (PursuitPracticeSection *self)
{
  return pursuit_job_section_get_context (PURSUIT_JOB_SECTION (self));
}

static gint64
get_job_id (PursuitPracticeSection *self)
{
  PursuitJob *job = pursuit_job_section_get_job (PURSUIT_JOB_SECTION (self));

  return job != NULL ? pursuit_job_get_id (job) : 0;
}

static void
on_unpinned (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_pin_question_finish (PURSUIT_STORE (source), result, &error))
    pursuit_show_error (widget, _("Could not change the job’s questions"), error);
}

static void
on_unpin_clicked (GtkButton              *button,
                  PursuitPracticeSection *self)
{
  pursuit_store_pin_question_async (pursuit_context_get_store (get_context (self)), get_job_id (self),
                                    g_object_get_data (G_OBJECT (button), "question-id"), FALSE, NULL,
                                    on_unpinned, g_object_ref (GTK_WIDGET (self)));
}

static void
on_custom_activated (AdwActionRow           *row,
                     PursuitPracticeSection *self)
{
  PursuitCustomQuestionDialog *dialog = pursuit_custom_question_dialog_new (get_context (self),
                                                                            g_object_get_data (G_OBJECT (row), "question"));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
question_row (const char *text,
              const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
fill_list (PursuitPracticeSection *self,
           PursuitPracticeRecords *records,
           PursuitPracticeDeck    *deck)
{
  GListModel *customs = pursuit_store_get_custom_questions (pursuit_context_get_store (get_context (self)));
  gint64 job_id = get_job_id (self);
  GtkWidget *child;
  guint n_rows = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < g_list_model_get_n_items (customs); i++)
    {
      g_autoptr(PursuitCustomQuestion) custom = g_list_model_get_item (customs, i);
      GtkWidget *row;

      if (pursuit_custom_question_get_job_id (custom) != job_id)
        continue;
      row = question_row (pursuit_custom_question_get_text (custom), _("Your question for this job"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "question", g_object_ref (custom), g_object_unref);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_custom_activated), self, 0);
      gtk_list_box_append (self->list, row);
      n_rows++;
    }

  for (guint i = 0; records != NULL && i < records->pins->len; i++)
    {
      PursuitPin *pin = g_ptr_array_index (records->pins, i);
      PursuitQuestion *question = pursuit_practice_deck_find_question (deck, pin->question_id);
      GtkWidget *row;
      GtkWidget *unpin;

      if (pin->job_id != job_id || question == NULL)
        continue;
      row = question_row (pursuit_question_get_text (question), _("Pinned to this job"));
      unpin = gtk_button_new_from_icon_name ("edit-delete-symbolic");
      gtk_widget_set_valign (unpin, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (unpin, "flat");
      gtk_widget_set_tooltip_text (unpin, _("Unpin the Question"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (unpin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Unpin the Question"),
                                      -1);
      g_object_set_data_full (G_OBJECT (unpin), "question-id", g_strdup (pin->question_id), g_free);
      g_signal_connect_object (unpin, "clicked", G_CALLBACK (on_unpin_clicked), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), unpin);
      gtk_list_box_append (self->list, row);
      n_rows++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list), n_rows > 0);
}

static void
refresh (PursuitPracticeSection *self)
{
  PursuitContext *context = get_context (self);
  PursuitPracticeState *state;
  PursuitPracticeDeck *deck;
  g_autoptr(PursuitInterviewPlan) plan = NULL;
  g_autoptr(GPtrArray) set = NULL;
  g_autofree char *text = NULL;
  PursuitPracticeLimits limits;
  gint64 job_id = get_job_id (self);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (context == NULL || job_id == 0)
    return;
  state = pursuit_context_get_practice (context);
  deck = pursuit_practice_state_get_deck (state);
  if (deck == NULL)
    {
      gtk_label_set_text (self->readiness_label, "");
      return;
    }

  pursuit_practice_state_get_limits (state, now, &limits);
  plan = pursuit_practice_deck_make_job_plan (deck, job_id, &limits, now, pursuit_practice_state_get_zone (state));
  set = pursuit_practice_deck_dup_job_set (deck, job_id);
  if (set->len == 0)
    text = g_strdup (_("No role guide matches this job’s title. Pin questions from the bank or add your own."));
  else if (plan != NULL && plan->active)
    text = pursuit_interview_plan_format_readiness (plan, pursuit_practice_state_get_zone (state));
  else
    {
      guint n_reviewed = 0;

      for (guint i = 0; i < set->len; i++)
        n_reviewed += ((PursuitCard *) g_ptr_array_index (set, i))->memory.state != PURSUIT_CARD_STATE_NEW;
      /* Translators: a job's practice without an interview date: "12 of 90 questions reviewed; no interview scheduled" */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u question reviewed; no interview scheduled",
                                           "%u of %u questions reviewed; no interview scheduled", set->len),
                              n_reviewed, set->len);
    }
  gtk_label_set_text (self->readiness_label, text);
  adw_button_content_set_label (self->practise_content, plan != NULL && plan->active
                                                        ? _("_Practise for This Interview")
                                                        : _("_Practise for This Job"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practice-section.practise", set->len > 0);
  fill_list (self, pursuit_practice_state_get_records (state), deck);
}

static void
pursuit_practice_section_job_changed (PursuitJobSection *section)
{
  PursuitPracticeSection *self = PURSUIT_PRACTICE_SECTION (section);
  PursuitContext *context = pursuit_job_section_get_context (section);

  if (context != NULL && !self->connected)
    {
      self->connected = TRUE;
      g_signal_connect_object (pursuit_context_get_practice (context), "changed", G_CALLBACK (refresh), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (pursuit_store_get_custom_questions (pursuit_context_get_store (context)),
                               "items-changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
    }
  refresh (self);
}

static void
practise_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PursuitPracticeSection *self = PURSUIT_PRACTICE_SECTION (widget);

  if (get_job_id (self) != 0)
    gtk_widget_activate_action (widget, "win.practise-job", "x", get_job_id (self));
}

static void
on_pinned (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_pin_question_finish (PURSUIT_STORE (source), result, &error))
    pursuit_show_error (widget, _("Could not pin the question"), error);
}

static void
on_question_chosen (PursuitPracticeSection *self,
                    const char             *question_id)
{
  if (get_job_id (self) == 0)
    return;
  pursuit_store_pin_question_async (pursuit_context_get_store (get_context (self)), get_job_id (self), question_id,
                                    TRUE, NULL, on_pinned, g_object_ref (GTK_WIDGET (self)));
}

static void
pin_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitPracticeSection *self = PURSUIT_PRACTICE_SECTION (widget);
  PursuitContext *context = get_context (self);
  PursuitPracticeDeck *deck = context != NULL ? pursuit_practice_state_get_deck (pursuit_context_get_practice (context))
                                              : NULL;
  PursuitQuestionChooser *chooser;

  if (deck == NULL)
    return;
  chooser = pursuit_question_chooser_new (pursuit_practice_deck_get_questions (deck),
                                          pursuit_context_get_content (context));
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_question_chosen), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (chooser), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
add_question_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PursuitPracticeSection *self = PURSUIT_PRACTICE_SECTION (widget);
  g_autoptr(PursuitCustomQuestion) draft = pursuit_custom_question_new ();
  PursuitCustomQuestionDialog *dialog;

  if (get_context (self) == NULL || get_job_id (self) == 0)
    return;
  pursuit_custom_question_set_category (draft, "behavioural");
  pursuit_custom_question_set_job_id (draft, get_job_id (self));
  dialog = pursuit_custom_question_dialog_new (get_context (self), draft);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
pursuit_practice_section_make (PursuitJobSection *section)
{
  gtk_widget_init_template (GTK_WIDGET (section));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (section));
}

static void
pursuit_practice_section_class_init (PursuitPracticeSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  section_class->make = pursuit_practice_section_make;
  /* The heading, the readiness line and the buttons. */
  section_class->reserved_height = 160;
  section_class->job_changed = pursuit_practice_section_job_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-practice-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeSection, readiness_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeSection, practise_content);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeSection, list);

  gtk_widget_class_install_action (widget_class, "practice-section.practise", NULL, practise_activated);
  gtk_widget_class_install_action (widget_class, "practice-section.pin", NULL, pin_activated);
  gtk_widget_class_install_action (widget_class, "practice-section.add-question", NULL, add_question_activated);
}

static void
pursuit_practice_section_init (PursuitPracticeSection *self)
{
}

/* The readiness line as shown, for tests; %NULL before the section is made. */
const char *
pursuit_practice_section_get_readiness (PursuitPracticeSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SECTION (self), NULL);

  return self->readiness_label != NULL ? gtk_label_get_text (self->readiness_label) : NULL;
}
