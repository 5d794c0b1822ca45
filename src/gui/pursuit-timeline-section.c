/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-timeline-section.h"
#include "pursuit-toasts.h"

/* A job's timeline on its page: every stage it entered, oldest first, with
 * the time and the note of the move. A wrong entry can be corrected (date,
 * time, note) or removed, with an undo; the only entry cannot go. */
struct _PursuitTimelineSection
{
  PursuitJobSection parent_instance;

  PursuitJobList *timeline;   /* the job's, from the store */

  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (PursuitTimelineSection, pursuit_timeline_section, PURSUIT_TYPE_JOB_SECTION)

static PursuitStore *
get_store (PursuitTimelineSection *self)
{
  return pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
}

static const char *
stage_name (PursuitTimelineSection *self,
            gint64                  stage_id)
{
  GListModel *stages = pursuit_store_get_stages (get_store (self));
  guint n = g_list_model_get_n_items (stages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);

      if (pursuit_stage_get_id (stage) == stage_id)
        return pursuit_stage_get_name (stage);  /* the model keeps it */
    }

  return _("Unknown stage");
}

/* Edit dialog */

typedef struct
{
  PursuitTimelineSection *self;
  PursuitStageChange *change;
  AdwMessageDialog *dialog;
  AdwEntryRow *date_row;
  AdwEntryRow *time_row;
  AdwEntryRow *note_row;
  GtkLabel *problem_label;
} EditData;

static void
edit_data_free (gpointer  user_data,
                GClosure *closure)
{
  EditData *data = user_data;

  g_object_unref (data->self);
  pursuit_stage_change_free (data->change);
  g_free (data);
}

static gboolean
parse_date (const char *text,
            int        *year,
            int        *month,
            int        *day)
{
  int length = 0;

  return sscanf (text, "%4d-%2d-%2d%n", year, month, day, &length) == 3 &&
         length == 10 && (gsize) length == strlen (text) &&
         *year >= 1970 && g_date_valid_dmy (*day, *month, *year);
}

static gboolean
parse_time (const char *text,
            int        *hour,
            int        *minute)
{
  int length = 0;

  return sscanf (text, "%2d:%2d%n", hour, minute, &length) == 2 &&
         length == 5 && (gsize) length == strlen (text) &&
         *hour >= 0 && *hour <= 23 && *minute >= 0 && *minute <= 59;
}

static void
mark_row (AdwEntryRow *row,
          gboolean     valid)
{
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

/* Says what is wrong and keeps Save off until it is right. On success
 * @entered_at holds the time typed, in local time. */
static gboolean
validate_edit (EditData *data,
               gint64   *entered_at)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (data->date_row));
  const char *time = gtk_editable_get_text (GTK_EDITABLE (data->time_row));
  const char *problem = NULL;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0;
  gboolean date_ok = parse_date (date, &year, &month, &day);
  gboolean time_ok = parse_time (time, &hour, &minute);
  gint64 value = 0;

  if (!date_ok)
    {
      int y, m, d, length = 0;

      if (sscanf (date, "%4d-%2d-%2d%n", &y, &m, &d, &length) == 3 && length == 10 &&
          (gsize) length == strlen (date))
        problem = _("There is no such date.");
      else
        problem = _("Enter the date as YYYY-MM-DD, for example 2026-11-24.");
    }
  else if (!time_ok)
    problem = _("Enter the time as HH:MM on a 24-hour clock, for example 14:30.");
  else
    {
      g_autoptr(GDateTime) when = g_date_time_new_local (year, month, day, hour, minute, 0);

      value = when != NULL ? g_date_time_to_unix (when) : 0;
      if (value <= 0)
        {
          date_ok = FALSE;
          problem = _("There is no such date.");
        }
      else if (value > g_get_real_time () / G_USEC_PER_SEC)
        {
          date_ok = FALSE;
          time_ok = FALSE;
          problem = _("A stage change cannot be dated in the future.");
        }
    }

  mark_row (data->date_row, date_ok);
  mark_row (data->time_row, time_ok);
  gtk_label_set_text (data->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (data->problem_label), problem != NULL);
  adw_message_dialog_set_response_enabled (data->dialog, "save", problem == NULL);

  if (entered_at != NULL)
    *entered_at = value;
  return problem == NULL;
}

static void
on_edit_changed (EditData *data)
{
  validate_edit (data, NULL);
}

static void
on_entry_saved (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PursuitTimelineSection) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_update_stage_change_finish (PURSUIT_STORE (source), result, &error))
    pursuit_show_error (GTK_WIDGET (self), _("Could not change the timeline"), error);
}

static void
on_edit_response (AdwMessageDialog *dialog,
                  const char       *response,
                  EditData         *data)
{
  g_autoptr(PursuitStageChange) change = NULL;
  g_autofree char *note = NULL;
  gint64 entered_at;

  if (!g_str_equal (response, "save") || !validate_edit (data, &entered_at))
    return;

  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->note_row))));
  change = pursuit_stage_change_new (data->change->id, data->change->job_id, data->change->stage_id,
                                     entered_at, note);
  pursuit_store_update_stage_change_async (get_store (data->self), change, NULL,
                                           on_entry_saved, g_object_ref (data->self));
}

static AdwEntryRow *
add_entry_row (GtkListBox *list,
               const char *title,
               const char *text)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (pursuit_entry_row_new (title));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_list_box_append (list, GTK_WIDGET (row));
  return row;
}

static void
edit_entry (PursuitTimelineSection   *self,
            const PursuitStageChange *change)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (change->entered_at);
  g_autofree char *date = g_date_time_format (when, "%Y-%m-%d");
  g_autofree char *time = g_date_time_format (when, "%H:%M");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *box;
  GtkWidget *list;
  EditData *data;

  data = g_new0 (EditData, 1);
  data->self = g_object_ref (self);
  data->change = pursuit_stage_change_copy (change);
  data->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                             _("Edit Timeline Entry"),
                                                             stage_name (self, change->stage_id)));
  adw_message_dialog_add_responses (data->dialog,
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (data->dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (data->dialog, "save");
  adw_message_dialog_set_close_response (data->dialog, "cancel");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  data->date_row = add_entry_row (GTK_LIST_BOX (list), _("Date"), date);
  data->time_row = add_entry_row (GTK_LIST_BOX (list), _("Time"), time);
  data->note_row = add_entry_row (GTK_LIST_BOX (list), _("Note"), change->note != NULL ? change->note : "");
  adw_entry_row_set_activates_default (data->date_row, TRUE);
  adw_entry_row_set_activates_default (data->time_row, TRUE);
  adw_entry_row_set_activates_default (data->note_row, TRUE);
  gtk_box_append (GTK_BOX (box), list);

  data->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (data->problem_label, TRUE);
  gtk_label_set_xalign (data->problem_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (data->problem_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (data->problem_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (data->problem_label));
  adw_message_dialog_set_extra_child (data->dialog, box);

  g_signal_connect_swapped (data->date_row, "changed", G_CALLBACK (on_edit_changed), data);
  g_signal_connect_swapped (data->time_row, "changed", G_CALLBACK (on_edit_changed), data);
  g_signal_connect_data (data->dialog, "response", G_CALLBACK (on_edit_response), data,
                         edit_data_free, 0);

  validate_edit (data, NULL);
  gtk_window_present (GTK_WINDOW (data->dialog));
}

/* Removal */

typedef struct
{
  PursuitTimelineSection *self;
  PursuitStageChange *change;
} RemoveData;

static void
remove_data_free (gpointer user_data)
{
  RemoveData *data = user_data;

  g_object_unref (data->self);
  pursuit_stage_change_free (data->change);
  g_free (data);
}

static void
remove_data_closure_free (gpointer  user_data,
                          GClosure *closure)
{
  remove_data_free (user_data);
}

static void
on_entry_restored (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PursuitTimelineSection) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_insert_stage_change_finish (PURSUIT_STORE (source), result, &error))
    pursuit_show_error (GTK_WIDGET (self), _("Could not restore the timeline entry"), error);
}

static void
on_undo_remove (AdwToast   *toast,
                RemoveData *data)
{
  pursuit_store_insert_stage_change_async (get_store (data->self), data->change, NULL,
                                           on_entry_restored, g_object_ref (data->self));
}

static void
on_entry_removed (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  RemoveData *data = user_data;
  PursuitTimelineSection *self = data->self;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!pursuit_store_delete_stage_change_finish (PURSUIT_STORE (source), result, &error))
    {
      pursuit_show_error (GTK_WIDGET (self), _("Could not remove the timeline entry"), error);
      remove_data_free (data);
      return;
    }

  toast = adw_toast_new (_("Timeline entry removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove), data,
                         remove_data_closure_free, 0);
  pursuit_show_toast (GTK_WIDGET (self), toast);
}

static void
remove_entry (PursuitTimelineSection   *self,
              const PursuitStageChange *change)
{
  RemoveData *data = g_new0 (RemoveData, 1);

  data->self = g_object_ref (self);
  data->change = pursuit_stage_change_copy (change);
  pursuit_store_delete_stage_change_async (get_store (self), change, NULL, on_entry_removed, data);
}

/* Rows */

static const PursuitStageChange *
row_change (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "pursuit-stage-change") : NULL;
}

static void
on_edit_clicked (GtkButton              *button,
                 PursuitTimelineSection *self)
{
  const PursuitStageChange *change = row_change (GTK_WIDGET (button));

  if (change != NULL)
    edit_entry (self, change);
}

static void
on_remove_clicked (GtkButton              *button,
                   PursuitTimelineSection *self)
{
  const PursuitStageChange *change = row_change (GTK_WIDGET (button));

  if (change != NULL)
    remove_entry (self, change);
}

static GtkWidget *
make_row_button (const char *icon_name,
                 const char *tooltip,
                 const char *accessible_label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PursuitTimelineSection *self = user_data;
  const PursuitStageChange *change = item;
  gboolean only_entry = g_list_model_get_n_items (G_LIST_MODEL (self->timeline)) == 1;
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (change->entered_at);
  /* Translators: when a job entered a stage: "24 November 2026, 14:30" */
  g_autofree char *when_text = g_date_time_format (when, _("%-d %B %Y, %H:%M"));
  g_autofree char *subtitle = NULL;
  g_autofree char *edit_label = NULL;
  g_autofree char *remove_label = NULL;
  const char *name = stage_name (self, change->stage_id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *edit_button;
  GtkWidget *remove_button;

  if (change->note != NULL && change->note[0] != '\0')
    subtitle = g_strdup_printf ("%s\n%s", when_text, change->note);
  else
    subtitle = g_strdup (when_text);

  /* Names and notes are the user's text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  g_object_set_data_full (G_OBJECT (row), "pursuit-stage-change",
                          pursuit_stage_change_copy (change), (GDestroyNotify) pursuit_stage_change_free);

  /* Translators: a button's name for screen readers: "Edit the Applied entry" */
  edit_label = g_strdup_printf (_("Edit the %s entry"), name);
  edit_button = make_row_button ("document-edit-symbolic", _("Edit"), edit_label);
  g_signal_connect (edit_button, "clicked", G_CALLBACK (on_edit_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit_button);

  /* Translators: a button's name for screen readers: "Remove the Applied entry" */
  remove_label = g_strdup_printf (_("Remove the %s entry"), name);
  remove_button = make_row_button ("user-trash-symbolic",
                                   only_entry ? _("The only entry cannot be removed") : _("Remove"),
                                   remove_label);
  gtk_widget_set_sensitive (remove_button, !only_entry);
  g_signal_connect (remove_button, "clicked", G_CALLBACK (on_remove_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove_button);

  return row;
}

/* The rows follow the store's list of the job's timeline. */
static void
pursuit_timeline_section_job_changed (PursuitJobSection *section)
{
  PursuitTimelineSection *self = PURSUIT_TIMELINE_SECTION (section);
  PursuitJob *job = pursuit_job_section_get_job (section);
  PursuitStore *store = get_store (self);

  g_clear_object (&self->timeline);
  if (job != NULL && store != NULL)
    self->timeline = pursuit_store_get_job_timeline (store, pursuit_job_get_id (job));

  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->timeline), create_row, self, NULL);
}

/* Renamed stages show their new names. */
static void
on_stages_changed (PursuitTimelineSection *self)
{
  if (self->timeline != NULL)
    gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->timeline), create_row, self, NULL);
}

static void
pursuit_timeline_section_root (GtkWidget *widget)
{
  PursuitTimelineSection *self = PURSUIT_TIMELINE_SECTION (widget);

  GTK_WIDGET_CLASS (pursuit_timeline_section_parent_class)->root (widget);

  if (get_store (self) != NULL)
    g_signal_connect_object (pursuit_store_get_stages (get_store (self)), "items-changed",
                             G_CALLBACK (on_stages_changed), self, G_CONNECT_SWAPPED);
}

static void
pursuit_timeline_section_unroot (GtkWidget *widget)
{
  PursuitTimelineSection *self = PURSUIT_TIMELINE_SECTION (widget);

  if (get_store (self) != NULL)
    g_signal_handlers_disconnect_by_func (pursuit_store_get_stages (get_store (self)),
                                          on_stages_changed, self);

  GTK_WIDGET_CLASS (pursuit_timeline_section_parent_class)->unroot (widget);
}

static void
pursuit_timeline_section_make (PursuitJobSection *section)
{
  gtk_widget_init_template (GTK_WIDGET (section));
}

static void
pursuit_timeline_section_dispose (GObject *object)
{
  PursuitTimelineSection *self = PURSUIT_TIMELINE_SECTION (object);

  G_OBJECT_CLASS (pursuit_timeline_section_parent_class)->dispose (object);

  g_clear_object (&self->timeline);
}

static void
pursuit_timeline_section_class_init (PursuitTimelineSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  object_class->dispose = pursuit_timeline_section_dispose;
  widget_class->root = pursuit_timeline_section_root;
  widget_class->unroot = pursuit_timeline_section_unroot;
  section_class->make = pursuit_timeline_section_make;
  /* The heading and two entries. */
  section_class->reserved_height = 150;
  section_class->job_changed = pursuit_timeline_section_job_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-timeline-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitTimelineSection, list);
}

static void
pursuit_timeline_section_init (PursuitTimelineSection *self)
{
}
