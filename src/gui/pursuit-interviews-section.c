/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-interview-dialog.h"
#include "pursuit-interviews-section.h"
#include "pursuit-store-people.h"

/* The job page's list of the job's interviews, earliest first, each as it
 * was arranged: the time in the interview's own zone, with this computer's
 * time beside it when that differs. A row opens the interview to edit. */
struct _PursuitInterviewsSection
{
  AdwPreferencesGroup parent_instance;

  PursuitContext *context;
  PursuitJob *job;
  GListStore *interviews;
  GPtrArray *rows;
  GCancellable *cancellable;
  gboolean loading;

  GtkWidget *empty_label;
  GtkWidget *add_button;
};

G_DEFINE_FINAL_TYPE (PursuitInterviewsSection, pursuit_interviews_section, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  g_autoptr(GPtrArray) facts = g_ptr_array_new_null_terminated (3, g_free, TRUE);
  g_autofree char *zone = describe_zone (interview);
  const char * const *names = pursuit_interview_get_interviewer_names (interview);
  const char *location = pursuit_interview_get_location (interview);
  const char *outcome = pursuit_interview_get_outcome (interview);

  g_ptr_array_add (facts, g_strdup (pursuit_enum_get_label (PURSUIT_TYPE_INTERVIEW_KIND,
                                                           pursuit_interview_get_kind (interview))));
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

static GtkWidget *
create_row (PursuitInterviewsSection *self,
            PursuitInterview         *interview,
            gboolean                  next)
{
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

  if (next)
    {
      GtkWidget *badge = gtk_label_new (_("Next"));

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "stage-badge");
      gtk_widget_add_css_class (badge, "caption");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
    }

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
clear_rows (PursuitInterviewsSection *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
rebuild_rows (PursuitInterviewsSection *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->interviews));
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gboolean next_found = FALSE;

  clear_rows (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitInterview) interview = g_list_model_get_item (G_LIST_MODEL (self->interviews), i);
      gboolean next = !next_found && pursuit_interview_get_starts_at (interview) >= now;
      GtkWidget *row = create_row (self, interview, next);

      next_found |= next;
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (self->empty_label, self->job != NULL && n == 0 && !self->loading);
}

static void
on_interviews_loaded (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(PursuitInterviewsSection) self = user_data;
  g_autoptr(GPtrArray) interviews = NULL;
  g_autoptr(GError) error = NULL;

  interviews = pursuit_store_list_interviews_finish (PURSUIT_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  if (interviews == NULL)
    {
      g_warning ("Could not read the interviews: %s", error->message);
      g_list_store_remove_all (self->interviews);
    }
  else
    g_list_store_splice (self->interviews, 0, g_list_model_get_n_items (G_LIST_MODEL (self->interviews)),
                         interviews->pdata, interviews->len);
  rebuild_rows (self);
}

static void
reload (PursuitInterviewsSection *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->job == NULL)
    {
      self->loading = FALSE;
      g_list_store_remove_all (self->interviews);
      rebuild_rows (self);
      return;
    }

  self->loading = TRUE;
  self->cancellable = g_cancellable_new ();
  pursuit_store_list_interviews_async (pursuit_context_get_store (self->context), pursuit_job_get_id (self->job),
                                       self->cancellable, on_interviews_loaded, g_object_ref (self));
}

static void
on_interviews_changed (PursuitInterviewsSection *self,
                       gint64                    job_id)
{
  if (self->job != NULL && (job_id == 0 || job_id == pursuit_job_get_id (self->job)))
    reload (self);
}

static void
open_dialog (PursuitInterviewsSection *self,
             PursuitInterview         *interview)
{
  PursuitInterviewDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->job == NULL)
    return;

  dialog = pursuit_interview_dialog_new (self->context, self->job, interview);
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
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->interviews));

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

static void
pursuit_interviews_section_constructed (GObject *object)
{
  PursuitInterviewsSection *self = PURSUIT_INTERVIEWS_SECTION (object);
  PursuitStore *store = pursuit_context_get_store (self->context);

  G_OBJECT_CLASS (pursuit_interviews_section_parent_class)->constructed (object);

  g_signal_connect_object (pursuit_store_get_people_events (store), "interviews-changed",
                           G_CALLBACK (on_interviews_changed), self, G_CONNECT_SWAPPED);
}

static void
pursuit_interviews_section_dispose (GObject *object)
{
  PursuitInterviewsSection *self = PURSUIT_INTERVIEWS_SECTION (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->job);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_interviews_section_parent_class)->dispose (object);
}

static void
pursuit_interviews_section_finalize (GObject *object)
{
  PursuitInterviewsSection *self = PURSUIT_INTERVIEWS_SECTION (object);

  g_clear_object (&self->interviews);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_interviews_section_parent_class)->finalize (object);
}

static void
pursuit_interviews_section_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  PursuitInterviewsSection *self = PURSUIT_INTERVIEWS_SECTION (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_interviews_section_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  PursuitInterviewsSection *self = PURSUIT_INTERVIEWS_SECTION (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_interviews_section_class_init (PursuitInterviewsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pursuit_interviews_section_constructed;
  object_class->dispose = pursuit_interviews_section_dispose;
  object_class->finalize = pursuit_interviews_section_finalize;
  object_class->get_property = pursuit_interviews_section_get_property;
  object_class->set_property = pursuit_interviews_section_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT,
                                                  G_PARAM_READWRITE |
                                                  G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "interviews.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "interviews.edit", "x", edit_activated);
}

static void
pursuit_interviews_section_init (PursuitInterviewsSection *self)
{
  GtkWidget *content;

  self->interviews = g_list_store_new (PURSUIT_TYPE_INTERVIEW);
  self->rows = g_ptr_array_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Interviews"));

  content = adw_button_content_new ();
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add _Interview"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  self->add_button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (self->add_button), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->add_button), "interviews.add");
  gtk_widget_set_valign (self->add_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->add_button, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), self->add_button);

  self->empty_label = gtk_label_new (_("No interviews yet"));
  gtk_label_set_xalign (GTK_LABEL (self->empty_label), 0);
  gtk_widget_add_css_class (self->empty_label, "dim-label");
  gtk_widget_set_visible (self->empty_label, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->empty_label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interviews.add", FALSE);
}

GtkWidget *
pursuit_interviews_section_new (PursuitContext *context)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);

  return g_object_new (PURSUIT_TYPE_INTERVIEWS_SECTION, "context", context, NULL);
}

/**
 * pursuit_interviews_section_set_job:
 * @job: (nullable): the job whose interviews to show
 */
void
pursuit_interviews_section_set_job (PursuitInterviewsSection *self,
                                    PursuitJob               *job)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEWS_SECTION (self));
  g_return_if_fail (job == NULL || PURSUIT_IS_JOB (job));

  if (self->job == job)
    return;

  g_set_object (&self->job, job);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interviews.add", job != NULL);
  g_list_store_remove_all (self->interviews);
  reload (self);
  rebuild_rows (self);
}

/**
 * pursuit_interviews_section_get_interviews:
 *
 * Returns: (transfer none): the interviews shown, earliest first
 */
GListModel *
pursuit_interviews_section_get_interviews (PursuitInterviewsSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEWS_SECTION (self), NULL);

  return G_LIST_MODEL (self->interviews);
}

gboolean
pursuit_interviews_section_is_loading (PursuitInterviewsSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEWS_SECTION (self), FALSE);

  return self->loading;
}
