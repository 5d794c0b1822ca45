/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-data-actions.h"
#include "pursuit-interview-dialog.h"
#include "pursuit-interviews-section.h"
#include "pursuit-launch.h"
#include "pursuit-toasts.h"
#include "pursuit-validation.h"

/* The job page's list of the job's interviews, earliest first, each as it
 * was arranged: the time in the interview's own zone, with this computer's
 * time beside it when that differs. A row opens the interview to edit. */
struct _PursuitInterviewsSection
{
  PursuitJobSection parent_instance;

  PursuitJobList *interviews;   /* the job's, from the store */

  GtkWidget *empty_label;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (PursuitInterviewsSection, pursuit_interviews_section, PURSUIT_TYPE_JOB_SECTION)

static char *
format_duration (int minutes)
{
  if (minutes < 60)
    return g_strdup_printf (_("%d min"), minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf (_("%d h"), minutes / 60);
  /* Translators: hours and minutes, as in “1 h 30 min” */
  return g_strdup_printf (_("%d h %d min"), minutes / 60, minutes % 60);
}

static char *
describe_when (PursuitInterview *interview)
{
  g_autoptr(GDateTime) start = pursuit_interview_dup_start (interview);
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *day = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;

  if (start == NULL)
    return g_strdup (_("No date"));

  end = g_date_time_add_minutes (start, pursuit_interview_get_duration_minutes (interview));
  /* Translators: the day of an interview, as in “Thursday 3 December 2026” */
  day = g_date_time_format (start, _("%A %-d %B %Y"));
  /* Translators: a time of day, as in “14:30” */
  from = g_date_time_format (start, _("%H:%M"));
  until = g_date_time_format (end, _("%H:%M"));
  /* Translators: a day, a start time and an end time, as in “Thursday 3 December 2026, 14:30–15:15” */
  return g_strdup_printf (_("%s, %s–%s"), day, from, until);
}

/* "Europe/London", plus this computer's time when its clock differs. */
static char *
describe_zone (PursuitInterview *interview)
{
  g_autoptr(GDateTime) start = pursuit_interview_dup_start (interview);
  g_autoptr(GDateTime) here = NULL;
  g_autoptr(GString) zone = g_string_new (pursuit_interview_get_time_zone (interview));
  g_autofree char *when = NULL;

  if (zone->len == 0 || start == NULL)
    return NULL;

  g_string_replace (zone, "_", " ", 0);
  here = g_date_time_to_local (start);
  if (g_date_time_get_utc_offset (here) == g_date_time_get_utc_offset (start))
    return g_string_free (g_steal_pointer (&zone), FALSE);

  /* Translators: a date and time on the user's clock, as in “Thu 3 Dec, 15:30” */
  when = g_date_time_format (here, _("%a %-d %b, %H:%M"));
  /* Translators: a time zone and the same time on the user's clock, as in
   * “Europe/London, Thu 3 Dec, 15:30 here” */
  return g_strdup_printf (_("%s, %s here"), zone->str, when);
}

static char *
describe_details (PursuitInterview *interview)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) facts = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  g_autofree char *zone = describe_zone (interview);
  const char * const *names = pursuit_interview_get_interviewer_names (interview);
  const char *location = pursuit_interview_get_location (interview);
  const char *outcome = pursuit_interview_get_outcome (interview);

  /* An assessment is told by its test, and its score once known:
   * "Typing test · 62". */
  if (pursuit_interview_get_kind (interview) == PURSUIT_INTERVIEW_KIND_ASSESSMENT &&
      pursuit_interview_get_assessment (interview) != PURSUIT_ASSESSMENT_UNSPECIFIED)
    g_ptr_array_add (facts, g_strdup (pursuit_enum_get_label (PURSUIT_TYPE_ASSESSMENT_KIND,
                                                             pursuit_interview_get_assessment (interview))));
  else
    g_ptr_array_add (facts, g_strdup (pursuit_enum_get_label (PURSUIT_TYPE_INTERVIEW_KIND,
                                                             pursuit_interview_get_kind (interview))));
  if (pursuit_interview_get_kind (interview) == PURSUIT_INTERVIEW_KIND_ASSESSMENT &&
      pursuit_interview_get_score (interview) >= 0)
    /* Translators: an assessment's score, as in “Score 62” */
    g_ptr_array_add (facts, g_strdup_printf (_("Score %g"), pursuit_interview_get_score (interview)));
  g_ptr_array_add (facts, format_duration (pursuit_interview_get_duration_minutes (interview)));
  if (zone != NULL)
    g_ptr_array_add (facts, g_steal_pointer (&zone));
  g_ptr_array_add (lines, g_strjoinv (" · ", (char **) facts->pdata));

  if (location[0] != '\0')
    g_ptr_array_add (lines, g_strdup (location));

  if (names[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) names);

      /* Translators: the interviewers, as in “With Jane Doe, Bob Smith” */
      g_ptr_array_add (lines, g_strdup_printf (_("With %s"), joined));
    }

  if (outcome[0] != '\0')
    /* Translators: how an interview went, as in “Outcome: second round next week” */
    g_ptr_array_add (lines, g_strdup_printf (_("Outcome: %s"), outcome));

  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static void
on_row_activated (AdwActionRow             *row,
                  PursuitInterviewsSection *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "interview-id");

  gtk_widget_activate_action (GTK_WIDGET (self), "interviews.edit", "x", id);
}

/* The first interview still to come is marked as the next one. */
static gboolean
is_next (PursuitInterviewsSection *self,
         PursuitInterview         *interview)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->interviews));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitInterview) item = g_list_model_get_item (G_LIST_MODEL (self->interviews), i);

      if (pursuit_interview_get_starts_at (item) >= now)
        return item == interview;
    }
  return FALSE;
}

static void
on_open_clicked (GtkWidget *button)
{
  pursuit_open_uri (button, g_object_get_data (G_OBJECT (button), "pursuit-uri"));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PursuitInterviewsSection *self = user_data;
  PursuitInterview *interview = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = describe_when (interview);
  g_autofree char *subtitle = describe_details (interview);
  gint64 *id = g_new (gint64, 1);

  *id = pursuit_interview_get_id (interview);
  /* Places and names are the user's text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "interview-id", id, g_free);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated), self, 0);

  if (is_next (self, interview))
    {
      GtkWidget *badge = gtk_label_new (_("Next"));

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "stage-badge");
      gtk_widget_add_css_class (badge, "caption");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }

  /* A meeting link joins from the row. */
  if (pursuit_is_web_address (pursuit_interview_get_location (interview)))
    {
      GtkWidget *join = pursuit_open_button_new ("adw-external-link-symbolic", _("Open the Meeting Link"));

      g_object_set_data_full (G_OBJECT (join), "pursuit-uri",
                              g_strdup (pursuit_interview_get_location (interview)), g_free);
      g_signal_connect (join, "clicked", G_CALLBACK (on_open_clicked), NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), join);
    }

  {
    GtkWidget *calendar = gtk_button_new_from_icon_name ("x-office-calendar-symbolic");

    gtk_widget_set_valign (calendar, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (calendar, "flat");
    gtk_widget_set_tooltip_text (calendar, _("Add to Calendar"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (calendar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Add to Calendar"), -1);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (calendar), "interviews.add-to-calendar");
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (calendar), g_variant_new_int64 (*id));
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), calendar);
  }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

/* "No interviews yet" once the list is read and empty. */
static void
update_empty (PursuitInterviewsSection *self)
{
  gboolean empty = self->interviews != NULL &&
                   !pursuit_job_list_get_loading (self->interviews) &&
                   g_list_model_get_n_items (G_LIST_MODEL (self->interviews)) == 0;

  gtk_widget_set_visible (self->empty_label, empty);
  gtk_widget_set_visible (GTK_WIDGET (self->list), !empty);
}

static void
pursuit_interviews_section_job_changed (PursuitJobSection *section)
{
  PursuitInterviewsSection *self = PURSUIT_INTERVIEWS_SECTION (section);
  PursuitJob *job = pursuit_job_section_get_job (section);
  PursuitStore *store = pursuit_job_section_get_store (section);

  if (self->interviews != NULL)
    g_signal_handlers_disconnect_by_func (self->interviews, update_empty, self);
  g_clear_object (&self->interviews);

  if (job != NULL && store != NULL)
    {
      self->interviews = pursuit_store_get_job_interviews (store, pursuit_job_get_id (job));
      g_signal_connect_object (self->interviews, "notify::loading", G_CALLBACK (update_empty),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->interviews, "items-changed", G_CALLBACK (update_empty),
                               self, G_CONNECT_SWAPPED);
    }

  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->interviews), create_row, self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interviews.add", self->interviews != NULL);
  update_empty (self);
}

static void
on_moved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_move_job_finish (PURSUIT_STORE (source), result, &error))
    pursuit_show_error (widget, _("Could not move the job"), error);
}

static void
on_move_clicked (AdwToast                 *toast,
                 PursuitInterviewsSection *self)
{
  PursuitJobSection *section = PURSUIT_JOB_SECTION (self);
  PursuitJob *job = g_object_get_data (G_OBJECT (toast), "pursuit-job");
  PursuitStage *stage = g_object_get_data (G_OBJECT (toast), "pursuit-stage");

  pursuit_store_move_job_async (pursuit_job_section_get_store (section), job, stage, NULL, NULL,
                                on_moved, g_object_ref (GTK_WIDGET (self)));
}

/* The first shown stage of @kind in the pipeline. */
static PursuitStage *
find_stage_of_kind (PursuitStore     *store,
                    PursuitStageKind  kind)
{
  GListModel *stages = pursuit_store_get_stages (store);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);

      if (pursuit_stage_get_kind (stage) == kind && !pursuit_stage_get_hidden (stage))
        return stage;
    }
  return NULL;
}

/* A first interview usually means the job has moved on: offer to say so. */
static void
on_interview_added (PursuitInterviewsSection *self,
                    PursuitInterview         *interview)
{
  PursuitJobSection *section = PURSUIT_JOB_SECTION (self);
  PursuitJob *job = pursuit_job_section_get_job (section);
  PursuitStage *interviewing;
  PursuitStageKind kind;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (job == NULL || pursuit_job_get_id (job) != pursuit_interview_get_job_id (interview))
    return;

  kind = pursuit_stage_get_kind (pursuit_job_get_stage (job));
  interviewing = find_stage_of_kind (pursuit_job_section_get_store (section), PURSUIT_STAGE_KIND_INTERVIEWING);
  if (interviewing == NULL || kind > PURSUIT_STAGE_KIND_SCREENING)
    return;

  /* Translators: a toast after adding an interview; %s is a stage, such as “Interviewing” */
  title = g_markup_printf_escaped (_("Move this job to %s?"), pursuit_stage_get_name (interviewing));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Move"));
  g_object_set_data_full (G_OBJECT (toast), "pursuit-job", g_object_ref (job), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "pursuit-stage", g_object_ref (interviewing), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_move_clicked), self, 0);
  pursuit_show_toast (GTK_WIDGET (self), toast);
}

static void
open_dialog (PursuitInterviewsSection *self,
             PursuitInterview         *interview)
{
  PursuitJobSection *section = PURSUIT_JOB_SECTION (self);
  PursuitInterviewDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (pursuit_job_section_get_job (section) == NULL)
    return;

  dialog = pursuit_interview_dialog_new (pursuit_job_section_get_context (section),
                                         pursuit_job_section_get_job (section), interview);
  if (interview == NULL)
    g_signal_connect_object (dialog, "saved", G_CALLBACK (on_interview_added), self, G_CONNECT_SWAPPED);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_dialog (PURSUIT_INTERVIEWS_SECTION (widget), NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitInterviewsSection *self = PURSUIT_INTERVIEWS_SECTION (widget);
  gint64 id = g_variant_get_int64 (parameter);
  guint n = self->interviews != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->interviews)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitInterview) interview = g_list_model_get_item (G_LIST_MODEL (self->interviews), i);

      if (pursuit_interview_get_id (interview) == id)
        {
          open_dialog (self, interview);
          return;
        }
    }
}

/* The interview as an .ics file, opened with the user's calendar. */
static void
add_to_calendar_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PursuitInterviewsSection *self = PURSUIT_INTERVIEWS_SECTION (widget);
  gint64 id = g_variant_get_int64 (parameter);
  guint n = self->interviews != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->interviews)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitInterview) interview = g_list_model_get_item (G_LIST_MODEL (self->interviews), i);

      if (pursuit_interview_get_id (interview) == id)
        {
          pursuit_add_interview_to_calendar (widget,
                                             pursuit_job_section_get_context (PURSUIT_JOB_SECTION (self)),
                                             interview);
          return;
        }
    }
}

static void
pursuit_interviews_section_make (PursuitJobSection *section)
{
  gtk_widget_init_template (GTK_WIDGET (section));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (section));
}

static void
pursuit_interviews_section_dispose (GObject *object)
{
  PursuitInterviewsSection *self = PURSUIT_INTERVIEWS_SECTION (object);

  G_OBJECT_CLASS (pursuit_interviews_section_parent_class)->dispose (object);

  g_clear_object (&self->interviews);
}

static void
pursuit_interviews_section_class_init (PursuitInterviewsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  object_class->dispose = pursuit_interviews_section_dispose;
  section_class->make = pursuit_interviews_section_make;
  /* The heading and "No interviews yet". */
  section_class->reserved_height = 56;
  section_class->job_changed = pursuit_interviews_section_job_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-interviews-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewsSection, empty_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewsSection, list);

  gtk_widget_class_install_action (widget_class, "interviews.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "interviews.edit", "x", edit_activated);
  gtk_widget_class_install_action (widget_class, "interviews.add-to-calendar", "x", add_to_calendar_activated);
}

static void
pursuit_interviews_section_init (PursuitInterviewsSection *self)
{
}
