/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-history-dialog.h"
#include "pursuit-toasts.h"

/* A question's history: every answer with its rating, time and notes, the
 * latest first, and the recordings kept with them, to play or delete. A
 * deletion can be undone while its toast shows; it is final when the toast
 * goes or the window closes. */
struct _PursuitHistoryDialog
{
  AdwWindow parent_instance;

  PursuitContext *context;
  PursuitQuestion *question;
  PursuitRecorder *recorder;      /* made on the first Play when not given */
  GHashTable *pending;            /* recording id (gint64*) -> GtkWidget row box, being deleted */
  GCancellable *cancellable;      /* the reading, when the window closes first */
  gint64 playing_id;

  AdwToastOverlay *overlay;
  AdwPreferencesGroup *group;
  AdwStatusPage *empty_page;
  GtkStack *stack;
};

G_DEFINE_FINAL_TYPE (PursuitHistoryDialog, pursuit_history_dialog, ADW_TYPE_WINDOW)

static void
on_deleted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_delete_recording_finish (PURSUIT_STORE (source), result, &error))
    g_message ("Could not delete a recording: %s", error->message);
}

static void
commit_deletion (PursuitHistoryDialog *self,
                 gint64                recording_id)
{
  if (!g_hash_table_remove (self->pending, &recording_id))
    return;
  pursuit_store_delete_recording_async (pursuit_context_get_store (self->context), recording_id, NULL, on_deleted,
                                        NULL);
}

static void
on_toast_dismissed (AdwToast             *toast,
                    PursuitHistoryDialog *self)
{
  commit_deletion (self, *(gint64 *) g_object_get_data (G_OBJECT (toast), "recording-id"));
}

static void
on_undo_clicked (AdwToast             *toast,
                 PursuitHistoryDialog *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (toast), "recording-id");
  GtkWidget *controls = g_hash_table_lookup (self->pending, &id);

  if (controls != NULL)
    gtk_widget_set_visible (controls, TRUE);
  g_hash_table_remove (self->pending, &id);
}

static void
on_delete_clicked (GtkButton            *button,
                   PursuitHistoryDialog *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "recording-id");
  GtkWidget *controls = gtk_widget_get_parent (GTK_WIDGET (button));
  AdwToast *toast = adw_toast_new (_("Recording deleted"));
  gint64 *key = g_memdup2 (&id, sizeof id);

  if (self->recorder != NULL && self->playing_id == id)
    pursuit_recorder_stop_playing (self->recorder);
  gtk_widget_set_visible (controls, FALSE);
  g_hash_table_insert (self->pending, key, controls);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "recording-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self, 0);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), self, 0);
  adw_toast_overlay_add_toast (self->overlay, toast);
}

static void
on_audio_read (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(PursuitHistoryDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) audio = pursuit_store_read_recording_audio_finish (PURSUIT_STORE (source), result, &error);

  if (self->recorder == NULL)
    return;
  if (audio == NULL || !pursuit_recorder_play (self->recorder, audio, &error))
    pursuit_show_error (GTK_WIDGET (self->group), _("Could not play the recording"), error);
}

static void
on_play_clicked (GtkButton            *button,
                 PursuitHistoryDialog *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "recording-id");

  if (self->recorder == NULL)
    self->recorder = pursuit_recorder_new (NULL, NULL);
  if (pursuit_recorder_get_state (self->recorder) == PURSUIT_RECORDER_STATE_PLAYING)
    {
      pursuit_recorder_stop_playing (self->recorder);
      if (self->playing_id == id)
        return;
    }
  self->playing_id = id;
  pursuit_store_read_recording_audio_async (pursuit_context_get_store (self->context), id, NULL, on_audio_read,
                                            g_object_ref (self));
}

static GtkWidget *
recording_controls (PursuitHistoryDialog *self,
                    PursuitRecording     *recording)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *play = gtk_button_new_from_icon_name ("media-playback-start-symbolic");
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gint64 id = pursuit_recording_get_id (recording);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (play, _("Play the Recording"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (play), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Play the Recording"), -1);
  gtk_widget_set_tooltip_text (delete, _("Delete the Recording"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete the Recording"),
                                  -1);
  gtk_widget_add_css_class (play, "flat");
  gtk_widget_add_css_class (delete, "flat");
  g_object_set_data_full (G_OBJECT (play), "recording-id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data_full (G_OBJECT (delete), "recording-id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect_object (play, "clicked", G_CALLBACK (on_play_clicked), self, 0);
  g_signal_connect_object (delete, "clicked", G_CALLBACK (on_delete_clicked), self, 0);
  gtk_box_append (GTK_BOX (box), play);
  gtk_box_append (GTK_BOX (box), delete);
  return box;
}

typedef struct
{
  PursuitHistoryDialog *self;
  GPtrArray *reviews;
} Loading;

static void
loading_free (Loading *loading)
{
  g_object_unref (loading->self);
  g_clear_pointer (&loading->reviews, g_ptr_array_unref);
  g_free (loading);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loading, loading_free)

static void
show_history (PursuitHistoryDialog *self,
              GPtrArray            *reviews,
              GPtrArray            *recordings)
{
  g_autoptr(GHashTable) by_review = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < recordings->len; i++)
    {
      PursuitRecording *recording = g_ptr_array_index (recordings, i);
      gint64 *review_id = g_new (gint64, 1);

      *review_id = pursuit_recording_get_review_id (recording);
      g_object_set_data_full (G_OBJECT (recording), "review-id", review_id, g_free);
      g_hash_table_insert (by_review, review_id, recording);
    }

  for (guint i = reviews->len; i > 0; i--)
    {
      PursuitReview *review = g_ptr_array_index (reviews, i - 1);
      PursuitRecording *recording = g_hash_table_lookup (by_review, &review->id);
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (review->reviewed_at);
      /* Translators: when an answer was given: "Monday 2 March 2026, 19:04" */
      g_autofree char *title = when != NULL ? g_date_time_format (when, _("%A %-d %B %Y, %H:%M")) : g_strdup ("");
      g_autofree char *taken = pursuit_practice_format_duration (review->seconds_taken);
      /* Translators: an answer's rating and time taken: "Good · 1:35" */
      g_autofree char *facts = g_strdup_printf (_("%s · %s"), pursuit_rating_get_label (review->rating), taken);
      g_autofree char *subtitle = review->notes != NULL ? g_strdup_printf ("%s\n%s", facts, review->notes)
                                                        : g_strdup (facts);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      if (recording != NULL)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), recording_controls (self, recording));
      adw_preferences_group_add (self->group, row);
    }
  gtk_stack_set_visible_child_name (self->stack, reviews->len > 0 ? "history" : "empty");
}

static void
on_recordings_listed (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(Loading) loading = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) recordings = pursuit_store_list_recordings_finish (PURSUIT_STORE (source), result, &error);

  /* Closed meanwhile. */
  if (loading->self->question == NULL)
    return;
  if (recordings == NULL)
    {
      pursuit_show_error (GTK_WIDGET (loading->self->group), _("Could not read the recordings"), error);
      recordings = g_ptr_array_new ();
    }
  show_history (loading->self, loading->reviews, recordings);
}

static void
on_reviews_listed (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Loading) loading = user_data;
  g_autoptr(GError) error = NULL;

  loading->reviews = pursuit_store_list_reviews_finish (PURSUIT_STORE (source), result, &error);
  if (loading->self->question == NULL)
    return;
  if (loading->reviews == NULL)
    {
      pursuit_show_error (GTK_WIDGET (loading->self->group), _("Could not read the answers"), error);
      return;
    }
  {
    /* Taken apart first: the order arguments are evaluated in is not set. */
    PursuitHistoryDialog *self = loading->self;

    pursuit_store_list_recordings_async (PURSUIT_STORE (source), pursuit_question_get_id (self->question),
                                         self->cancellable, on_recordings_listed, g_steal_pointer (&loading));
  }
}

static void
build (PursuitHistoryDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = adw_preferences_page_new ();
  Loading *loading = g_new0 (Loading, 1);

  gtk_window_set_title (GTK_WINDOW (self), _("Your Answers"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 600);
  self->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  self->stack = GTK_STACK (gtk_stack_new ());
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, pursuit_question_get_text (self->question));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->group);
  self->empty_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->empty_page, "document-open-recent-symbolic");
  adw_status_page_set_title (self->empty_page, _("Not Answered Yet"));
  adw_status_page_set_description (self->empty_page, _("Answers you rate in practice are listed here, with their "
                                                       "notes and recordings."));
  gtk_stack_add_named (self->stack, gtk_label_new (NULL), "loading");
  gtk_stack_add_named (self->stack, page, "history");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_page), "empty");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_toast_overlay_set_child (self->overlay, box);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->overlay));

  loading->self = g_object_ref (self);
  pursuit_store_list_reviews_async (pursuit_context_get_store (self->context), pursuit_question_get_id (self->question),
                                    self->cancellable, on_reviews_listed, loading);
}

static void
pursuit_history_dialog_dispose (GObject *object)
{
  PursuitHistoryDialog *self = PURSUIT_HISTORY_DIALOG (object);

  /* Deletions still undoable are final now. */
  if (self->pending != NULL && self->context != NULL)
    {
      g_autoptr(GList) ids = g_hash_table_get_keys (self->pending);

      for (GList *link = ids; link != NULL; link = link->next)
        pursuit_store_delete_recording_async (pursuit_context_get_store (self->context), *(gint64 *) link->data, NULL,
                                              on_deleted, NULL);
      g_hash_table_remove_all (self->pending);
    }
  g_cancellable_cancel (self->cancellable);
  if (self->recorder != NULL)
    pursuit_recorder_stop_playing (self->recorder);
  g_clear_object (&self->recorder);
  g_clear_object (&self->question);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_history_dialog_parent_class)->dispose (object);
}

static void
pursuit_history_dialog_finalize (GObject *object)
{
  PursuitHistoryDialog *self = PURSUIT_HISTORY_DIALOG (object);

  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (pursuit_history_dialog_parent_class)->finalize (object);
}

static void
pursuit_history_dialog_class_init (PursuitHistoryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_history_dialog_dispose;
  object_class->finalize = pursuit_history_dialog_finalize;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_history_dialog_init (PursuitHistoryDialog *self)
{
  self->pending = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();
}

/**
 * pursuit_history_dialog_new:
 * @recorder: (nullable): plays the recordings; one is made when needed
 */
PursuitHistoryDialog *
pursuit_history_dialog_new (PursuitContext  *context,
                            PursuitQuestion *question,
                            PursuitRecorder *recorder)
{
  PursuitHistoryDialog *self;

  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (PURSUIT_IS_QUESTION (question), NULL);

  self = g_object_new (PURSUIT_TYPE_HISTORY_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->question = g_object_ref (question);
  self->recorder = recorder != NULL ? g_object_ref (recorder) : NULL;
  build (self);
  return self;
}
