/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-content-render.h"
#include "pursuit-history-dialog.h"
#include "pursuit-practice-widgets.h"
#include "pursuit-session-page.h"
#include "pursuit-side-by-side.h"
#include "pursuit-story-dialog.h"
#include "pursuit-toasts.h"

/* A practice session, one question at a time: the question large, a timer
 * that turns amber past the target and never stops the user, a place for
 * notes, the guidance on request (Space) with the points a strong answer
 * covers as a checklist, and the four ratings (1 to 4), each showing when
 * the question would come back. Each answer is saved as soon as it is
 * rated, so ending early (Esc, or closing the window) keeps it. For a
 * behavioural question the user's stories that show its competencies are
 * offered beside the notes, to link in one click. With recording on, the
 * spoken answer is recorded until the guidance is opened or the question
 * rated, can be played back, and is saved with the review. The end screen
 * sums the session up. */

struct _PursuitSessionPage
{
  AdwBin parent_instance;

  PursuitContext *context;
  PursuitPracticeSession *session;
  PursuitPracticeDeck *deck;
  PursuitRecorder *recorder;      /* NULL: not recording */
  PursuitScheduler scheduler;
  GPtrArray *all_cards;           /* as before the session, for the summary */
  GPtrArray *plans;               /* made before the session */
  char *title;

  PursuitCard *current;           /* the question on screen, as before its answer */
  PursuitQuestion *question;
  GPtrArray *checks;              /* GtkCheckButton per checklist point */
  GtkWidget *rating_buttons[PURSUIT_RATING_COUNT];
  gint64 shown_at;                /* monotonic µs */
  gint64 answered_seconds;
  guint timer;
  int target_seconds;
  gboolean answered;
  gboolean running;
  guint n_saving;
  GBytes *audio;                  /* the current answer's recording */
  gint64 audio_duration_ms;
  gint64 recorded_at;
  gboolean stopping;              /* the recording is closing */
  gboolean rate_after_recording;  /* rated while the recording was closing */
  PursuitRating pending_rating;

  AdwWindowTitle *window_title;
  GtkWidget *end_button;
  GtkWidget *history_button;
  GtkWidget *recording_label;
  GtkStack *stack;
  GtkScrolledWindow *question_scroller;
  GtkLabel *context_label;
  GtkLabel *question_label;
  GtkLabel *timer_label;
  GtkLabel *target_label;
  GtkWidget *play_button;
  AdwButtonContent *play_content;
  PursuitSideBySide *answer_area;
  GtkBox *notes_box;
  GtkBox *stories_box;
  GtkWidget *guidance_button;
  GtkRevealer *guidance_revealer;
  GtkBox *guidance_box;
  GtkBox *rating_box;
  GtkRevealer *after_revealer;
  GtkLabel *comes_back_label;
  GtkWidget *next_button;
  AdwStatusPage *summary_page;
  GtkBox *summary_box;
  GtkTextView *notes_view;
};

G_DEFINE_FINAL_TYPE (PursuitSessionPage, pursuit_session_page, ADW_TYPE_BIN)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static PursuitStore *
get_store (PursuitSessionPage *self)
{
  return pursuit_context_get_store (self->context);
}

static PursuitContent *
get_content (PursuitSessionPage *self)
{
  return pursuit_context_get_content (self->context);
}

static PursuitPracticeState *
get_state (PursuitSessionPage *self)
{
  return pursuit_context_get_practice (self->context);
}

static int
today (PursuitSessionPage *self)
{
  return pursuit_practice_day_from_unix (g_get_real_time () / G_USEC_PER_SEC,
                                         pursuit_practice_state_get_zone (get_state (self)));
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* The timer */

static gint64
elapsed_seconds (PursuitSessionPage *self)
{
  return (g_get_monotonic_time () - self->shown_at) / G_USEC_PER_SEC;
}

static void
update_timer (PursuitSessionPage *self)
{
  gint64 seconds = self->answered ? self->answered_seconds : elapsed_seconds (self);
  g_autofree char *text = pursuit_practice_format_duration (seconds);

  gtk_label_set_text (self->timer_label, text);
  /* Past the target the timer turns amber; it never stops the answer. */
  if (self->target_seconds > 0 && seconds > self->target_seconds)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "warning");
}

static gboolean
on_timer (gpointer user_data)
{
  update_timer (user_data);
  return G_SOURCE_CONTINUE;
}

static void
stop_timer (PursuitSessionPage *self)
{
  g_clear_handle_id (&self->timer, g_source_remove);
}

/* Recording */

static void
update_recording_widgets (PursuitSessionPage *self)
{
  PursuitRecorderState state = self->recorder != NULL ? pursuit_recorder_get_state (self->recorder)
                                                      : PURSUIT_RECORDER_STATE_IDLE;

  gtk_widget_set_visible (self->recording_label, state == PURSUIT_RECORDER_STATE_RECORDING);
  gtk_widget_set_visible (self->play_button, self->audio != NULL);
  adw_button_content_set_icon_name (self->play_content, state == PURSUIT_RECORDER_STATE_PLAYING
                                                        ? "media-playback-stop-symbolic"
                                                        : "media-playback-start-symbolic");
  adw_button_content_set_label (self->play_content, state == PURSUIT_RECORDER_STATE_PLAYING
                                                    ? _("_Stop") : _("_Play My Answer"));
}

static void save_answer (PursuitSessionPage *self,
                         PursuitRating       rating);

static void
on_recording_stopped (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(PursuitSessionPage) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 duration_ms = 0;
  g_autoptr(GBytes) audio = pursuit_recorder_stop_finish (PURSUIT_RECORDER (source), result, &duration_ms, &error);

  self->stopping = FALSE;
  if (audio == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    pursuit_show_error (GTK_WIDGET (self), _("Could not record the answer"), error);
  if (audio != NULL && self->current != NULL)
    {
      g_clear_pointer (&self->audio, g_bytes_unref);
      self->audio = g_steal_pointer (&audio);
      self->audio_duration_ms = duration_ms;
    }
  if (self->rate_after_recording)
    {
      self->rate_after_recording = FALSE;
      save_answer (self, self->pending_rating);
    }
  update_recording_widgets (self);
}

static void
stop_recording (PursuitSessionPage *self)
{
  if (self->recorder == NULL || self->stopping ||
      pursuit_recorder_get_state (self->recorder) != PURSUIT_RECORDER_STATE_RECORDING)
    return;
  self->stopping = TRUE;
  pursuit_recorder_stop_async (self->recorder, on_recording_stopped, g_object_ref (self));
}

static void
start_recording (PursuitSessionPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->recorder == NULL)
    return;
  self->recorded_at = g_get_real_time () / G_USEC_PER_SEC;
  if (!pursuit_recorder_start (self->recorder, &error))
    {
      /* The session goes on without it, and says why once. */
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);
      AdwToast *toast = adw_toast_new (escaped);

      adw_toast_set_timeout (toast, 10);
      pursuit_show_toast (GTK_WIDGET (self), toast);
      g_clear_object (&self->recorder);
    }
  update_recording_widgets (self);
}

static void
on_recorder_failed (PursuitSessionPage *self,
                    const char         *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  pursuit_show_toast (GTK_WIDGET (self), adw_toast_new (escaped));
  update_recording_widgets (self);
}

static void
set_recorder (PursuitSessionPage *self,
              PursuitRecorder    *recorder)
{
  if (self->recorder != NULL)
    g_signal_handlers_disconnect_by_data (self->recorder, self);
  g_set_object (&self->recorder, recorder);
  if (recorder != NULL)
    {
      g_signal_connect_object (recorder, "notify::state", G_CALLBACK (update_recording_widgets), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (recorder, "failed", G_CALLBACK (on_recorder_failed), self, G_CONNECT_SWAPPED);
    }
}

/* The question */

static char *
describe_context (PursuitSessionPage *self)
{
  PursuitContent *content = get_content (self);
  const char *category = pursuit_question_get_category (self->question);
  g_auto(GStrv) roles = pursuit_question_get_roles (self->question);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (category != NULL && category[0] != '\0')
    g_ptr_array_add (parts, (gpointer) pursuit_content_get_name (content, category));
  /* One role says whose question it is; a question of every role, nothing. */
  if (roles[0] != NULL && roles[1] == NULL)
    g_ptr_array_add (parts, (gpointer) pursuit_content_get_name (content, roles[0]));
  else if (g_str_has_prefix (pursuit_question_get_id (self->question), PURSUIT_CUSTOM_QUESTION_PREFIX))
    g_ptr_array_add (parts, (gpointer) _("Your question"));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static GtkWidget *
guidance_text (const char *text)
{
  GtkWidget *label = pursuit_render_text (text);

  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  return label;
}

static void
fill_guidance (PursuitSessionPage *self)
{
  g_autoptr(GPtrArray) covers = pursuit_question_get_covers (self->question);
  g_autoptr(GPtrArray) outline = pursuit_question_get_outline (self->question);
  g_autoptr(GPtrArray) followups = pursuit_question_get_followups (self->question);
  const char *why = pursuit_question_get_why (self->question);
  guint n_points = MIN (covers->len, PURSUIT_PRACTICE_MAX_POINTS);

  remove_children (self->guidance_box);
  g_ptr_array_set_size (self->checks, 0);

  if (why != NULL && why[0] != '\0')
    {
      gtk_box_append (self->guidance_box, pursuit_practice_heading (_("Why interviewers ask it")));
      gtk_box_append (self->guidance_box, guidance_text (why));
    }

  if (n_points > 0)
    {
      GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      gtk_box_append (self->guidance_box, pursuit_practice_heading (_("A strong answer covers — tick what yours did")));
      for (guint i = 0; i < n_points; i++)
        {
          PursuitContentNode *point = g_ptr_array_index (covers, i);
          GtkWidget *check = gtk_check_button_new_with_label (pursuit_content_node_get_text (point));
          GtkWidget *label = gtk_widget_get_last_child (check);

          if (GTK_IS_LABEL (label))
            {
              gtk_label_set_wrap (GTK_LABEL (label), TRUE);
              gtk_label_set_xalign (GTK_LABEL (label), 0);
            }
          g_ptr_array_add (self->checks, check);
          gtk_box_append (GTK_BOX (list), check);
        }
      gtk_box_append (self->guidance_box, list);
    }

  if (outline->len > 0)
    {
      GtkWidget *steps = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      gtk_box_append (self->guidance_box, pursuit_practice_heading (_("Answer outline")));
      for (guint i = 0; i < outline->len; i++)
        {
          PursuitContentNode *step = g_ptr_array_index (outline, i);
          const char *label = pursuit_render_step_label (pursuit_content_node_get_attribute (step, "label"));
          /* Translators: a step of an answer outline: "Situation: a customer got in touch…" */
          const char *step_text = pursuit_content_node_get_text (step);
          g_autofree char *text = label != NULL ? g_strdup_printf (_("%s: %s"), label, step_text)
                                                : g_strdup (step_text);

          gtk_box_append (GTK_BOX (steps), guidance_text (text));
        }
      gtk_box_append (self->guidance_box, steps);
    }

  if (followups->len > 0)
    {
      gtk_box_append (self->guidance_box,
                      pursuit_practice_heading (g_dngettext (GETTEXT_PACKAGE, "Likely follow-up",
                                                             "Likely follow-ups", followups->len)));
      for (guint i = 0; i < followups->len; i++)
        gtk_box_append (self->guidance_box,
                        guidance_text (pursuit_content_node_get_text (g_ptr_array_index (followups, i))));
    }
}

static void
update_ratings (PursuitSessionPage *self)
{
  PursuitMemory outcomes[PURSUIT_RATING_COUNT];
  int day = today (self);

  pursuit_scheduler_preview (&self->scheduler, &self->current->memory, day, outcomes);
  for (guint i = 0; i < PURSUIT_RATING_COUNT; i++)
    {
      GtkWidget *button = self->rating_buttons[i];
      GtkLabel *when = g_object_get_data (G_OBJECT (button), "when");
      int days = outcomes[i].due_day - day;
      g_autofree char *interval = NULL;
      g_autofree char *caption = NULL;
      g_autofree char *accessible = NULL;

      if (days <= 1)
        interval = pursuit_practice_format_day (outcomes[i].due_day, day);
      else
        {
          g_autofree char *count = pursuit_practice_format_interval (days);

          /* Translators: when a question comes back: "in 3 days" */
          interval = g_strdup_printf (C_("time from now", "in %s"), count);
        }
      /* Translators: the key of a rating, then when the question would come
       * back: "3 · in 3 days" */
      caption = g_strdup_printf (_("%u · %s"), i + 1, interval);
      gtk_label_set_text (when, caption);
      /* Translators: a rating button's name: "Good, comes back in 3 days" */
      accessible = g_strdup_printf (_("%s, comes back %s"), pursuit_rating_get_label (i + 1), interval);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      gtk_widget_set_sensitive (button, TRUE);
      gtk_widget_remove_css_class (button, "suggested-action");
    }
}

static gboolean
shares_competency (PursuitStory    *story,
                   PursuitQuestion *question)
{
  g_auto(GStrv) competencies = pursuit_question_get_competencies (question);

  for (guint i = 0; competencies[i] != NULL; i++)
    {
      if (pursuit_story_has_competency (story, competencies[i]))
        return TRUE;
    }
  return FALSE;
}

static void
on_story_linked (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_link_story_finish (PURSUIT_STORE (source), result, &error))
    pursuit_show_error (widget, _("Could not link the story"), error);
}

static void
on_link_clicked (GtkButton          *button,
                 PursuitSessionPage *self)
{
  gint64 story_id = *(gint64 *) g_object_get_data (G_OBJECT (button), "story-id");
  gboolean linked = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "linked"));

  if (self->question == NULL)
    return;
  pursuit_store_link_story_async (get_store (self), story_id, pursuit_question_get_id (self->question), !linked,
                                  NULL, on_story_linked, g_object_ref (GTK_WIDGET (self)));
}

static GtkWidget *
story_row (PursuitSessionPage *self,
           PursuitStory       *story,
           gboolean            linked)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *button = gtk_button_new_with_label (linked ? _("Unlink") : _("Link"));
  g_autofree char *competencies = pursuit_practice_describe_competencies (get_content (self),
                                                                          pursuit_story_get_competencies (story));
  g_autofree char *accessible = g_strdup_printf (linked ? _("Unlink “%s” from this question")
                                                        : _("Link “%s” to this question"),
                                                 pursuit_story_get_title (story));
  const char *parts[][2] = {
    { _("Situation"), pursuit_story_get_situation (story) },
    { _("Task"), pursuit_story_get_task (story) },
    { _("Action"), pursuit_story_get_action (story) },
    { _("Result"), pursuit_story_get_result (story) },
  };
  gint64 *id = g_new (gint64, 1);

  *id = pursuit_story_get_id (story);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_story_get_title (story));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), linked ? _("Linked to this question") : competencies);
  if (linked)
    adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (row), "emblem-ok-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (!linked)
    gtk_widget_add_css_class (button, "suggested-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (button), "story-id", id, g_free);
  g_object_set_data (G_OBJECT (button), "linked", GINT_TO_POINTER (linked));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_link_clicked), self, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      GtkWidget *part = adw_action_row_new ();

      if (parts[i][1][0] == '\0')
        continue;
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (part), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (part), parts[i][0]);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (part), parts[i][1]);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), part);
    }
  return row;
}

static void
on_add_story_clicked (PursuitSessionPage *self)
{
  g_auto(GStrv) competencies = NULL;
  g_autoptr(PursuitStory) draft = pursuit_story_new ();
  const char *question_ids[] = { NULL, NULL };
  PursuitStoryDialog *dialog;

  if (self->question == NULL)
    return;
  competencies = pursuit_question_get_competencies (self->question);
  question_ids[0] = pursuit_question_get_id (self->question);
  pursuit_story_set_competencies (draft, (const char * const *) competencies);
  pursuit_story_set_question_ids (draft, question_ids);
  dialog = pursuit_story_dialog_new (self->context, draft);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The stories offered beside the notes: those linked to the question
 * first, then those that show one of its competencies. */
static void
fill_stories (PursuitSessionPage *self)
{
  GListModel *stories = pursuit_store_get_stories (get_store (self));
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_auto(GStrv) competencies = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *hint = NULL;
  GtkWidget *add;
  gboolean behavioural;

  remove_children (self->stories_box);
  behavioural = self->question != NULL && g_strcmp0 (pursuit_question_get_category (self->question), "behavioural") == 0;
  gtk_widget_set_visible (GTK_WIDGET (self->stories_box), behavioural);
  if (!behavioural)
    return;

  for (int pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (stories); i++)
        {
          g_autoptr(PursuitStory) story = g_list_model_get_item (stories, i);
          gboolean linked = pursuit_story_answers (story, pursuit_question_get_id (self->question));

          if ((pass == 0 && linked) || (pass == 1 && !linked && shares_competency (story, self->question)))
            g_ptr_array_add (rows, story_row (self, story, linked));
        }
    }

  competencies = pursuit_question_get_competencies (self->question);
  wanted = pursuit_practice_describe_competencies (get_content (self), (const char * const *) competencies);
  gtk_box_append (self->stories_box, pursuit_practice_heading (_("Your stories")));
  if (rows->len > 0)
    /* Translators: %s names competencies: "Empathy, De-escalation" */
    hint = g_strdup_printf (_("Stories that show %s. Link the one you would tell."), wanted);
  else
    /* Translators: %s names competencies: "Empathy, De-escalation" */
    hint = g_strdup_printf (_("No story shows %s yet. A real story makes the strongest answer."), wanted);
  gtk_box_append (self->stories_box, guidance_text (hint));

  if (rows->len > 0)
    {
      GtkWidget *list = gtk_list_box_new ();

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Your stories"), -1);
      for (guint i = 0; i < rows->len; i++)
        gtk_list_box_append (GTK_LIST_BOX (list), g_ptr_array_index (rows, i));
      gtk_box_append (self->stories_box, list);
    }

  add = pursuit_mnemonic_button_new (_("_Add a Story"));
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect_object (add, "clicked", G_CALLBACK (on_add_story_clicked), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->stories_box, add);
}

static void show_summary (PursuitSessionPage *self);

static void
show_current (PursuitSessionPage *self)
{
  const PursuitCard *card = pursuit_practice_session_get_current (self->session);
  guint position = pursuit_practice_session_get_position (self->session);
  guint n_cards = pursuit_practice_session_get_n_cards (self->session);
  g_autofree char *context = NULL;
  g_autofree char *title = NULL;
  g_autofree char *target = NULL;

  g_clear_pointer (&self->current, pursuit_card_free);
  g_clear_pointer (&self->audio, g_bytes_unref);
  stop_timer (self);
  if (card == NULL)
    {
      show_summary (self);
      return;
    }

  self->current = pursuit_card_copy (card);
  self->question = pursuit_practice_session_get_current_question (self->session);
  g_return_if_fail (self->question != NULL);
  self->answered = FALSE;

  /* Translators: the session's progress: "Question 3 of 12" */
  title = g_strdup_printf (_("Question %u of %u"), position + 1, n_cards);
  adw_window_title_set_title (self->window_title, title);
  context = describe_context (self);
  gtk_label_set_text (self->context_label, context);
  gtk_label_set_text (self->question_label, pursuit_question_get_text (self->question));
  pursuit_practice_text_view_set_text (self->notes_view, "");

  self->target_seconds = g_settings_get_int (pursuit_context_get_settings (self->context), "practice-target-seconds");
  if (self->target_seconds > 0)
    {
      g_autofree char *duration = pursuit_practice_format_duration (self->target_seconds);

      /* Translators: the answer time aimed at: "target 2:00" */
      target = g_strdup_printf (_("target %s"), duration);
    }
  gtk_label_set_text (self->target_label, target != NULL ? target : "");
  self->shown_at = g_get_monotonic_time ();
  update_timer (self);
  self->timer = g_timeout_add_seconds (1, on_timer, self);

  fill_guidance (self);
  gtk_revealer_set_reveal_child (self->guidance_revealer, FALSE);
  gtk_revealer_set_reveal_child (self->after_revealer, FALSE);
  update_ratings (self);
  fill_stories (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->question_scroller), 0);
  gtk_stack_set_visible_child_name (self->stack, "question");
  start_recording (self);
  update_recording_widgets (self);
  gtk_widget_grab_focus (self->guidance_button);
}

/* The end screen */

static GtkWidget *
summary_line (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  return label;
}

static void
show_summary (PursuitSessionPage *self)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autoptr(PursuitSessionSummary) summary = pursuit_practice_session_summarize (self->session, self->all_cards,
                                                                                 self->plans, now);
  PursuitPracticeTotals *totals = &summary->totals;
  g_autofree char *time = pursuit_practice_format_duration (totals->seconds);
  g_autofree char *done = NULL;
  g_autoptr(GString) ratings = g_string_new (NULL);
  GtkWidget *done_button;

  stop_timer (self);
  g_clear_pointer (&self->current, pursuit_card_free);
  self->question = NULL;
  remove_children (self->summary_box);

  adw_window_title_set_title (self->window_title, _("Session Summary"));
  adw_status_page_set_title (self->summary_page, summary->n_left > 0 ? _("Session Ended") : _("Session Complete"));
  /* Translators: "5 questions in 9:41" */
  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question in %s", "%u questions in %s",
                                       totals->n_answers),
                          totals->n_answers, time);
  adw_status_page_set_description (self->summary_page, done);

  for (guint i = 0; i < PURSUIT_RATING_COUNT; i++)
    {
      if (totals->ratings[i] == 0)
        continue;
      /* Translators: a rating and how often it was given: "Good 3" */
      g_string_append_printf (ratings, "%s%s %u", ratings->len > 0 ? " · " : "",
                              pursuit_rating_get_label (i + 1), totals->ratings[i]);
    }
  if (ratings->len > 0)
    gtk_box_append (self->summary_box, summary_line (ratings->str));
  if (summary->n_left > 0)
    {
      g_autofree char *left = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question not reached: it stays for "
                                                            "later.", "%u questions not reached: they stay for "
                                                            "later.", summary->n_left),
                                               summary->n_left);

      gtk_box_append (self->summary_box, summary_line (left));
    }

  if (summary->missed_points->len > 0)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Points Missed Most Often"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("What a strong answer covers that yours did not tick"));
      for (guint i = 0; i < MIN (summary->missed_points->len, 5); i++)
        {
          PursuitMissedPoint *point = g_ptr_array_index (summary->missed_points, i);
          PursuitQuestion *question = pursuit_practice_deck_find_question (self->deck, point->question_id);
          GtkWidget *row = adw_action_row_new ();
          g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "missed %u time",
                                                                 "missed %u times", point->n_missed),
                                                    point->n_missed);
          GtkWidget *count_label = gtk_label_new (count);

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), point->text != NULL ? point->text : "");
          adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
          if (question != NULL)
            adw_action_row_set_subtitle (ADW_ACTION_ROW (row), pursuit_question_get_text (question));
          gtk_widget_add_css_class (count_label, "dim-label");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), count_label);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      gtk_box_append (self->summary_box, group);
    }

  if (summary->next_due_day != PURSUIT_PRACTICE_NO_DAY)
    {
      g_autofree char *when = pursuit_practice_format_day (summary->next_due_day, today (self));
      /* Translators: "Next: 4 questions Friday" */
      g_autofree char *next = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Next: %u question %s",
                                                            "Next: %u questions %s", summary->n_next_due),
                                               summary->n_next_due, when);

      gtk_box_append (self->summary_box, summary_line (next));
    }

  done_button = pursuit_mnemonic_button_new (_("_Done"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (done_button), "session.escape");
  gtk_widget_set_halign (done_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (done_button, "pill");
  gtk_widget_add_css_class (done_button, "suggested-action");
  gtk_box_append (self->summary_box, done_button);

  gtk_stack_set_visible_child_name (self->stack, "summary");
  gtk_widget_set_visible (self->history_button, FALSE);
  gtk_widget_set_visible (self->end_button, FALSE);
  update_recording_widgets (self);
  gtk_widget_grab_focus (done_button);
}

/* Answers */

static void
on_review_saved (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PursuitSessionPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitReview) review = pursuit_store_add_review_finish (PURSUIT_STORE (source), result, &error);

  self->n_saving--;
  if (review == NULL)
    pursuit_show_error (GTK_WIDGET (self), _("Could not save the answer"), error);
}

static void
save_answer (PursuitSessionPage *self,
             PursuitRating       rating)
{
  g_autoptr(GArray) ticked = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(PursuitRecording) recording = NULL;
  g_autofree char *notes = pursuit_practice_text_view_dup_text (self->notes_view);
  g_autofree char *when = NULL;
  g_autofree char *comes_back = NULL;
  const PursuitReview *review;
  int day = today (self);

  for (guint i = 0; i < self->checks->len; i++)
    {
      if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
        g_array_append_val (ticked, i);
    }

  review = pursuit_practice_session_answer (self->session, rating, g_get_real_time () / G_USEC_PER_SEC,
                                            (int) self->answered_seconds, notes,
                                            (const guint *) ticked->data, ticked->len);
  if (self->audio != NULL)
    {
      recording = pursuit_recording_new ();
      pursuit_recording_set_recorded_at (recording, self->recorded_at);
      pursuit_recording_set_duration_ms (recording, self->audio_duration_ms);
      pursuit_recording_set_mime_type (recording, PURSUIT_RECORDER_MIME_TYPE);
    }
  self->n_saving++;
  pursuit_store_add_review_async (get_store (self), review, recording, self->audio, NULL, on_review_saved,
                                  g_object_ref (self));

  when = pursuit_practice_format_day (review->after.due_day, day);
  if (review->after.due_day - day > 1)
    {
      g_autofree char *interval = pursuit_practice_format_interval (review->after.due_day - day);

      /* Translators: when a rated question comes back: "Comes back Thursday (in 3 days)." */
      comes_back = g_strdup_printf (_("Comes back %s (in %s)."), when, interval);
    }
  else
    /* Translators: when a rated question comes back: "Comes back tomorrow." */
    comes_back = g_strdup_printf (_("Comes back %s."), when);
  gtk_label_set_text (self->comes_back_label, comes_back);
  gtk_revealer_set_reveal_child (self->after_revealer, TRUE);
}

/* The Next button takes the focus once it shows, which also scrolls it
 * into sight. */
static void
on_after_revealed (PursuitSessionPage *self)
{
  if (gtk_revealer_get_child_revealed (self->after_revealer))
    gtk_widget_grab_focus (self->next_button);
}

static void
rate_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitSessionPage *self = PURSUIT_SESSION_PAGE (widget);
  int rating = g_variant_get_int32 (parameter);

  if (self->current == NULL || self->answered || self->rate_after_recording || !pursuit_rating_is_valid (rating))
    return;

  self->answered = TRUE;
  self->answered_seconds = elapsed_seconds (self);
  stop_timer (self);
  update_timer (self);
  for (guint i = 0; i < PURSUIT_RATING_COUNT; i++)
    gtk_widget_set_sensitive (self->rating_buttons[i], (int) i + 1 == rating);
  gtk_widget_add_css_class (self->rating_buttons[rating - 1], "suggested-action");

  /* The recording is saved with the answer: wait for it to close. */
  if (self->recorder != NULL && pursuit_recorder_get_state (self->recorder) == PURSUIT_RECORDER_STATE_RECORDING)
    {
      self->rate_after_recording = TRUE;
      self->pending_rating = rating;
      stop_recording (self);
      return;
    }
  save_answer (self, rating);
}

static void
show_guidance_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PursuitSessionPage *self = PURSUIT_SESSION_PAGE (widget);

  if (self->current == NULL || gtk_revealer_get_reveal_child (self->guidance_revealer))
    return;
  /* The answer is given: the recording ends, to compare it with the guidance. */
  stop_recording (self);
  gtk_revealer_set_reveal_child (self->guidance_revealer, TRUE);
}

/* Once the guidance shows, the focus moves to its checklist: Space ticks
 * a point, and 1 to 4 rate. (The checklist cannot take the focus before it
 * shows.) */
static void
on_guidance_revealed (PursuitSessionPage *self)
{
  if (!gtk_revealer_get_child_revealed (self->guidance_revealer) || self->answered || self->current == NULL)
    return;
  if (self->checks->len > 0)
    gtk_widget_grab_focus (g_ptr_array_index (self->checks, 0));
  else
    gtk_widget_grab_focus (self->rating_buttons[PURSUIT_RATING_GOOD - 1]);
}

static void
next_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitSessionPage *self = PURSUIT_SESSION_PAGE (widget);

  if (self->current == NULL || !self->answered || self->rate_after_recording)
    return;
  if (self->recorder != NULL)
    pursuit_recorder_stop_playing (self->recorder);
  show_current (self);
}

static void
close_session (PursuitSessionPage *self)
{
  stop_timer (self);
  if (self->recorder != NULL)
    {
      pursuit_recorder_cancel (self->recorder);
      pursuit_recorder_stop_playing (self->recorder);
    }
  self->running = FALSE;
}

/**
 * pursuit_session_page_end:
 *
 * Ends the session where it is, keeping every answer already rated, and
 * shows its summary. A question shown but not rated is left for later.
 */
void
pursuit_session_page_end (PursuitSessionPage *self)
{
  g_return_if_fail (PURSUIT_IS_SESSION_PAGE (self));

  if (self->session == NULL || !self->running)
    return;
  /* An answer rated while its recording closes is still saved. */
  if (self->rate_after_recording)
    return;
  if (self->recorder != NULL)
    {
      pursuit_recorder_cancel (self->recorder);
      pursuit_recorder_stop_playing (self->recorder);
    }
  pursuit_practice_session_end (self->session);
  show_summary (self);
}

static void
escape_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitSessionPage *self = PURSUIT_SESSION_PAGE (widget);

  if (self->session == NULL)
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "summary") == 0)
    {
      close_session (self);
      g_signal_emit (self, signals[CLOSED], 0);
      return;
    }
  pursuit_session_page_end (self);
}

static void
on_audio_played (PursuitSessionPage *self)
{
  update_recording_widgets (self);
}

static void
play_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitSessionPage *self = PURSUIT_SESSION_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->recorder == NULL || self->audio == NULL)
    return;
  if (pursuit_recorder_get_state (self->recorder) == PURSUIT_RECORDER_STATE_PLAYING)
    pursuit_recorder_stop_playing (self->recorder);
  else if (!pursuit_recorder_play (self->recorder, self->audio, &error))
    pursuit_show_error (GTK_WIDGET (self), _("Could not play the answer"), error);
  on_audio_played (self);
}

static void
history_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PursuitSessionPage *self = PURSUIT_SESSION_PAGE (widget);
  PursuitHistoryDialog *dialog;

  if (self->question == NULL)
    return;
  dialog = pursuit_history_dialog_new (self->context, self->question, self->recorder);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_stories_changed (PursuitSessionPage *self)
{
  if (self->question != NULL && self->running)
    fill_stories (self);
}

/**
 * pursuit_session_page_start:
 * @cards: (element-type PursuitCard): the questions to ask, in order
 * @title: what the session is for: "Today’s practice", a job
 * @recorder: (nullable): records the spoken answers; %NULL for none
 */
void
pursuit_session_page_start (PursuitSessionPage *self,
                            GPtrArray          *cards,
                            const char         *title,
                            PursuitRecorder    *recorder)
{
  PursuitPracticeState *state;
  PursuitPracticeLimits limits;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_if_fail (PURSUIT_IS_SESSION_PAGE (self));
  g_return_if_fail (cards != NULL);

  state = get_state (self);
  g_return_if_fail (pursuit_practice_state_get_loaded (state));

  close_session (self);
  g_set_object (&self->deck, pursuit_practice_state_get_deck (state));
  pursuit_practice_state_get_scheduler (state, &self->scheduler);
  pursuit_practice_state_get_limits (state, now, &limits);
  g_clear_pointer (&self->all_cards, g_ptr_array_unref);
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  self->all_cards = pursuit_practice_deck_dup_cards (self->deck);
  self->plans = pursuit_practice_deck_make_plans (self->deck, &limits, now, pursuit_practice_state_get_zone (state));
  g_clear_object (&self->session);
  self->session = pursuit_practice_session_new (&self->scheduler, cards, pursuit_practice_deck_get_questions (self->deck),
                                                pursuit_practice_state_get_zone (state));
  g_free (self->title);
  self->title = g_strdup (title);
  adw_window_title_set_subtitle (self->window_title, title);
  set_recorder (self, recorder != NULL && pursuit_recorder_get_available (recorder) ? recorder : NULL);
  self->running = TRUE;
  gtk_widget_set_visible (self->history_button, TRUE);
  gtk_widget_set_visible (self->end_button, TRUE);
  show_current (self);
}

gboolean
pursuit_session_page_get_running (PursuitSessionPage *self)
{
  g_return_val_if_fail (PURSUIT_IS_SESSION_PAGE (self), FALSE);

  return self->running;
}

/**
 * pursuit_session_page_get_session:
 *
 * Returns: (transfer none) (nullable): the session shown
 */
PursuitPracticeSession *
pursuit_session_page_get_session (PursuitSessionPage *self)
{
  g_return_val_if_fail (PURSUIT_IS_SESSION_PAGE (self), NULL);

  return self->session;
}

/* How many answers are being saved, for tests to wait on. */
guint
pursuit_session_page_get_n_saving (PursuitSessionPage *self)
{
  g_return_val_if_fail (PURSUIT_IS_SESSION_PAGE (self), 0);

  return self->n_saving + (self->rate_after_recording ? 1 : 0);
}

/* "question" or "summary" */
const char *
pursuit_session_page_get_stage (PursuitSessionPage *self)
{
  g_return_val_if_fail (PURSUIT_IS_SESSION_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

static GtkWidget *
rating_button (PursuitRating rating)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (pursuit_rating_get_label (rating));
  GtkWidget *when = gtk_label_new (NULL);

  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (when, "caption");
  gtk_label_set_ellipsize (GTK_LABEL (when), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), when);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "rating-button");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "session.rate");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int32 (rating));
  g_object_set_data (G_OBJECT (button), "when", when);
  return button;
}

static void
pursuit_session_page_dispose (GObject *object)
{
  PursuitSessionPage *self = PURSUIT_SESSION_PAGE (object);

  close_session (self);
  set_recorder (self, NULL);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_SESSION_PAGE);
  g_clear_object (&self->session);
  g_clear_object (&self->deck);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_session_page_parent_class)->dispose (object);
}

static void
pursuit_session_page_finalize (GObject *object)
{
  PursuitSessionPage *self = PURSUIT_SESSION_PAGE (object);

  g_clear_pointer (&self->current, pursuit_card_free);
  g_clear_pointer (&self->audio, g_bytes_unref);
  g_clear_pointer (&self->all_cards, g_ptr_array_unref);
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_free (self->title);

  G_OBJECT_CLASS (pursuit_session_page_parent_class)->finalize (object);
}

static void
pursuit_session_page_class_init (PursuitSessionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_session_page_dispose;
  object_class->finalize = pursuit_session_page_finalize;

  /**
   * PursuitSessionPage::closed:
   *
   * The user left the summary: the page can go.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);

  g_type_ensure (PURSUIT_TYPE_SIDE_BY_SIDE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-session-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, end_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, history_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, recording_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, question_scroller);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, context_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, timer_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, target_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, play_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, play_content);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, answer_area);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, guidance_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, guidance_revealer);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, guidance_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, rating_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, after_revealer);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, comes_back_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, next_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, summary_page);
  gtk_widget_class_bind_template_child (widget_class, PursuitSessionPage, summary_box);

  gtk_widget_class_install_action (widget_class, "session.rate", "i", rate_activated);
  gtk_widget_class_install_action (widget_class, "session.show-guidance", NULL, show_guidance_activated);
  gtk_widget_class_install_action (widget_class, "session.next", NULL, next_activated);
  gtk_widget_class_install_action (widget_class, "session.escape", NULL, escape_activated);
  gtk_widget_class_install_action (widget_class, "session.play", NULL, play_activated);
  gtk_widget_class_install_action (widget_class, "session.history", NULL, history_activated);

  /* Keys the notes area does not take: in it, they type. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "session.escape", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "session.show-guidance", NULL);
  for (guint i = 0; i < PURSUIT_RATING_COUNT; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, 0, "session.rate", "i", i + 1);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1 + i, 0, "session.rate", "i", i + 1);
    }
}

static void
pursuit_session_page_init (PursuitSessionPage *self)
{
  GtkWidget *heading;
  GtkWidget *area;

  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
  self->notes_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_widget_set_size_request (GTK_WIDGET (self->notes_box), 240, -1);
  self->stories_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_widget_set_size_request (GTK_WIDGET (self->stories_box), 300, -1);
  gtk_widget_add_css_class (GTK_WIDGET (self->stories_box), "session-stories");
  pursuit_side_by_side_set_start (self->answer_area, GTK_WIDGET (self->notes_box));
  pursuit_side_by_side_set_end (self->answer_area, GTK_WIDGET (self->stories_box));

  heading = pursuit_practice_heading (_("Your answer notes"));
  area = pursuit_practice_text_area (_("Your answer notes"), 140, &self->notes_view);
  gtk_label_set_mnemonic_widget (GTK_LABEL (heading), GTK_WIDGET (self->notes_view));
  gtk_box_append (self->notes_box, heading);
  gtk_box_append (self->notes_box, area);

  for (guint i = 0; i < PURSUIT_RATING_COUNT; i++)
    {
      self->rating_buttons[i] = rating_button (i + 1);
      gtk_box_append (self->rating_box, self->rating_buttons[i]);
    }
  g_signal_connect_swapped (self->guidance_revealer, "notify::child-revealed", G_CALLBACK (on_guidance_revealed),
                            self);
  g_signal_connect_swapped (self->after_revealer, "notify::child-revealed", G_CALLBACK (on_after_revealed), self);
}

PursuitSessionPage *
pursuit_session_page_new (PursuitContext *context)
{
  PursuitSessionPage *self;

  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);

  self = g_object_new (PURSUIT_TYPE_SESSION_PAGE, NULL);
  self->context = g_object_ref (context);
  g_signal_connect_object (pursuit_store_get_stories (get_store (self)), "items-changed",
                           G_CALLBACK (on_stories_changed), self, G_CONNECT_SWAPPED);
  return self;
}
