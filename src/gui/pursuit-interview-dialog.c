/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-interview-dialog.h"
#include "pursuit-store-people.h"
#include "pursuit-date-picker.h"
#include "pursuit-error.h"
#include "pursuit-toasts.h"
#include "pursuit-validation.h"

/* Adds an interview to a job, or edits or deletes one. The date and time are
 * read in the chosen time zone, the zone the invitation was written in, and
 * the dialog says what that is on this computer's clock. */
struct _PursuitInterviewDialog
{
  AdwWindow parent_instance;

  PursuitContext *context;
  PursuitJob *job;
  PursuitInterview *interview;  /* a copy; NULL for a new interview */
  GCancellable *cancellable;
  gboolean busy;
  gboolean loading;

  GPtrArray *zone_ids;          /* char *, parallel to the time zone row's model */
  GPtrArray *interviewer_rows;  /* AdwActionRow, with "contact-id" */
  PursuitJobList *job_contacts; /* the job's, from the store */

  AdwEntryRow *date_row;
  AdwEntryRow *time_row;
  AdwComboRow *time_zone_row;
  GtkLabel *local_time_label;
  GtkSpinButton *duration_button;
  AdwComboRow *kind_row;
  AdwComboRow *assessment_row;
  AdwEntryRow *score_row;
  AdwEntryRow *location_row;
  AdwEntryRow *outcome_row;
  AdwPreferencesGroup *interviewers_group;
  GtkLabel *interviewers_empty_label;
  GtkTextView *notes_view;
  GtkLabel *error_label;
  GtkButton *save_button;
  GtkButton *delete_button;
};

G_DEFINE_FINAL_TYPE (PursuitInterviewDialog, pursuit_interview_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_JOB,
  PROP_INTERVIEW,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Zones offered besides the computer's own; any other stays possible when
 * an interview already has it. */
static const char * const common_zones[] = {
  "UTC",
  "America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York", "America/Toronto",
  "America/Mexico_City", "America/Bogota", "America/Sao_Paulo",
  "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Madrid", "Europe/Paris", "Europe/Amsterdam",
  "Europe/Berlin", "Europe/Stockholm", "Europe/Warsaw", "Europe/Athens", "Europe/Istanbul",
  "Africa/Lagos", "Africa/Nairobi", "Africa/Johannesburg",
  "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Manila", "Asia/Shanghai", "Asia/Tokyo",
  "Australia/Sydney", "Pacific/Auckland",
};

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static char *
notes_text (PursuitInterviewDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
mark_row (GtkWidget *row,
          gboolean   valid)
{
  if (valid)
    gtk_widget_remove_css_class (row, "error");
  else
    gtk_widget_add_css_class (row, "error");
}

/* The computer's zone as an IANA name, or "" when it has none usable. */
static char *
local_zone_id (void)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const char *id = g_time_zone_get_identifier (local);

  return g_strdup (pursuit_interview_is_valid_time_zone (id) ? id : "");
}

static char *
describe_zone (const char *id)
{
  g_autoptr(GTimeZone) zone = id[0] != '\0' ? g_time_zone_new_identifier (id) : g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new_now (zone);
  g_autoptr(GString) name = g_string_new (id);
  GTimeSpan offset = g_date_time_get_utc_offset (now) / G_TIME_SPAN_MINUTE;

  g_string_replace (name, "_", " ", 0);
  if (g_str_equal (id, "UTC"))
    return g_string_free (g_steal_pointer (&name), FALSE);
  if (offset == 0)
    return g_strdup_printf ("%s (UTC)", name->str);

  return g_strdup_printf ("%s (UTC%c%02d:%02d)", name->str, offset < 0 ? '-' : '+',
                          (int) (ABS (offset) / 60), (int) (ABS (offset) % 60));
}

static void
add_zone (PursuitInterviewDialog *self,
          GtkStringList          *names,
          const char             *id,
          const char             *label)
{
  g_ptr_array_add (self->zone_ids, g_strdup (id));
  gtk_string_list_append (names, label);
}

static guint
find_zone (PursuitInterviewDialog *self,
           const char             *id)
{
  for (guint i = 0; i < self->zone_ids->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->zone_ids, i), id))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The local zone first, named as such, then the common ones and, when
 * editing, the interview's own. */
static void
fill_zones (PursuitInterviewDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *local = local_zone_id ();
  const char *wanted = self->interview != NULL ? pursuit_interview_get_time_zone (self->interview) : "";
  guint position;

  if (local[0] != '\0')
    {
      g_autofree char *described = describe_zone (local);
      /* Translators: a time zone, as in “Europe/Paris (UTC+01:00) — this computer” */
      g_autofree char *label = g_strdup_printf (_("%s — this computer"), described);

      add_zone (self, names, local, label);
    }
  else
    add_zone (self, names, "", _("This computer’s time zone"));

  for (guint i = 0; i < G_N_ELEMENTS (common_zones); i++)
    {
      g_autofree char *label = NULL;

      if (g_str_equal (common_zones[i], local) || !pursuit_interview_is_valid_time_zone (common_zones[i]))
        continue;

      label = describe_zone (common_zones[i]);
      add_zone (self, names, common_zones[i], label);
    }

  if (wanted[0] != '\0' && find_zone (self, wanted) == GTK_INVALID_LIST_POSITION &&
      pursuit_interview_is_valid_time_zone (wanted))
    {
      g_autofree char *label = describe_zone (wanted);

      add_zone (self, names, wanted, label);
    }

  adw_combo_row_set_model (self->time_zone_row, G_LIST_MODEL (names));
  position = wanted[0] != '\0' ? find_zone (self, wanted) : 0;
  adw_combo_row_set_selected (self->time_zone_row, position != GTK_INVALID_LIST_POSITION ? position : 0);
}

static const char *
selected_zone (PursuitInterviewDialog *self)
{
  guint position = adw_combo_row_get_selected (self->time_zone_row);

  if (position >= self->zone_ids->len)
    return "";
  return g_ptr_array_index (self->zone_ids, position);
}

static void
fill_kinds (PursuitInterviewDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (int kind = PURSUIT_INTERVIEW_KIND_PHONE; kind <= PURSUIT_INTERVIEW_KIND_OTHER; kind++)
    gtk_string_list_append (kinds, pursuit_enum_get_label (PURSUIT_TYPE_INTERVIEW_KIND, kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

static void
fill_assessments (PursuitInterviewDialog *self)
{
  g_autoptr(GtkStringList) tests = gtk_string_list_new (NULL);

  for (int test = PURSUIT_ASSESSMENT_UNSPECIFIED; test <= PURSUIT_ASSESSMENT_OTHER; test++)
    gtk_string_list_append (tests, pursuit_enum_get_label (PURSUIT_TYPE_ASSESSMENT_KIND, test));
  adw_combo_row_set_model (self->assessment_row, G_LIST_MODEL (tests));
}

/* An assessment says which test it is and, afterwards, the score. */
static void
on_kind_changed (PursuitInterviewDialog *self)
{
  gboolean assessment = adw_combo_row_get_selected (self->kind_row) == PURSUIT_INTERVIEW_KIND_ASSESSMENT;

  gtk_widget_set_visible (GTK_WIDGET (self->assessment_row), assessment);
  gtk_widget_set_visible (GTK_WIDGET (self->score_row), assessment);
}

static void
collect_interviewers (PursuitInterviewDialog *self,
                      PursuitInterview       *draft)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Until the contacts are read, the interview keeps the interviewers it has. */
  if (self->loading)
    return;

  for (guint i = 0; i < self->interviewer_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->interviewer_rows, i);
      GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "check");
      gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (row), "contact-id");

      if (gtk_check_button_get_active (check))
        g_array_append_val (ids, id);
    }
  pursuit_interview_set_interviewer_ids (draft, (const gint64 *) (gpointer) ids->data, ids->len);
}

/* Reads the rows into a new interview; NULL with @error when the date,
 * time or another value cannot be saved. @problem_row tells which row. */
static PursuitInterview *
build_draft (PursuitInterviewDialog  *self,
             GtkWidget              **problem_row,
             GError                 **error)
{
  g_autoptr(PursuitInterview) draft = NULL;
  g_autofree char *date = row_text (self->date_row);
  g_autofree char *time = row_text (self->time_row);
  g_autofree char *location = row_text (self->location_row);
  g_autofree char *outcome = row_text (self->outcome_row);
  g_autofree char *score_text = row_text (self->score_row);
  g_autofree char *notes = notes_text (self);
  double score = -1;
  const char *zone = selected_zone (self);
  gint64 starts_at = 0;
  guint kind = adw_combo_row_get_selected (self->kind_row);

  *problem_row = NULL;

  /* Each part on its own first, so the message points at the right row. */
  if (!pursuit_interview_parse_start (date, "12:00", zone, &starts_at, error))
    {
      *problem_row = GTK_WIDGET (self->date_row);
      return NULL;
    }
  if (!pursuit_interview_parse_start ("2000-01-01", time, "", &starts_at, error))
    {
      *problem_row = GTK_WIDGET (self->time_row);
      return NULL;
    }
  if (!pursuit_interview_parse_start (date, time, zone, &starts_at, error))
    {
      *problem_row = GTK_WIDGET (self->date_row);
      return NULL;
    }
  if (kind == PURSUIT_INTERVIEW_KIND_ASSESSMENT && !pursuit_parse_amount (score_text, &score, error))
    {
      *problem_row = GTK_WIDGET (self->score_row);
      return NULL;
    }

  if (self->interview != NULL)
    draft = pursuit_interview_copy (self->interview);
  else
    {
      draft = pursuit_interview_new ();
      pursuit_interview_set_job_id (draft, pursuit_job_get_id (self->job));
    }

  pursuit_interview_set_starts_at (draft, starts_at);
  pursuit_interview_set_time_zone (draft, zone);
  pursuit_interview_set_duration_minutes (draft, gtk_spin_button_get_value_as_int (self->duration_button));
  if (kind != GTK_INVALID_LIST_POSITION)
    pursuit_interview_set_kind (draft, (PursuitInterviewKind) kind);
  pursuit_interview_set_location (draft, location);
  pursuit_interview_set_outcome (draft, outcome);
  pursuit_interview_set_notes (draft, notes);
  if (kind == PURSUIT_INTERVIEW_KIND_ASSESSMENT)
    {
      pursuit_interview_set_assessment (draft, adw_combo_row_get_selected (self->assessment_row));
      pursuit_interview_set_score (draft, score);
    }
  collect_interviewers (self, draft);

  /* The spin button keeps the duration in range; what is left is rare. */
  if (!pursuit_interview_validate (draft, error))
    return NULL;

  return g_steal_pointer (&draft);
}

/* Says the start on this computer's clock when the zone is another one. */
static void
update_local_hint (PursuitInterviewDialog *self,
                   PursuitInterview       *draft)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) here = NULL;
  g_autofree char *when = NULL;
  g_autofree char *hint = NULL;

  if (draft != NULL)
    start = pursuit_interview_dup_start (draft);
  if (start != NULL)
    here = g_date_time_to_local (start);

  if (here == NULL || g_date_time_get_utc_offset (here) == g_date_time_get_utc_offset (start))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->local_time_label), FALSE);
      return;
    }

  /* Translators: a date and time on the user's clock, as in “Thu 3 Dec, 15:30” */
  when = g_date_time_format (here, _("%a %-d %b, %H:%M"));
  hint = g_strdup_printf (_("That is %s on this computer’s clock."), when);
  gtk_label_set_text (self->local_time_label, hint);
  gtk_widget_set_visible (GTK_WIDGET (self->local_time_label), TRUE);
}

static gboolean
validate (PursuitInterviewDialog *self)
{
  g_autoptr(PursuitInterview) draft = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *problem_row = NULL;

  draft = build_draft (self, &problem_row, &error);

  mark_row (GTK_WIDGET (self->date_row), problem_row != GTK_WIDGET (self->date_row));
  mark_row (GTK_WIDGET (self->time_row), problem_row != GTK_WIDGET (self->time_row));
  gtk_label_set_text (self->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  update_local_hint (self, draft);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", draft != NULL && !self->busy);
  return draft != NULL;
}

static void
on_field_changed (PursuitInterviewDialog *self)
{
  /* Rows still talk while the template is taken apart. */
  if (self->job == NULL)
    return;
  validate (self);
}

static void
on_entry_activated (PursuitInterviewDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "dialog.save", NULL);
}

static void
show_failure (PursuitInterviewDialog *self,
              const char             *what,
              const GError           *error)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", what, error->message);

  gtk_label_set_text (self->error_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PursuitInterviewDialog) self = user_data;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GError) error = NULL;

  interview = pursuit_store_save_interview_finish (PURSUIT_STORE (source), result, &error);
  self->busy = FALSE;

  if (interview == NULL)
    {
      validate (self);
      show_failure (self, _("Could not save the interview"), error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, interview);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitInterviewDialog *self = PURSUIT_INTERVIEW_DIALOG (widget);
  PursuitStore *store = pursuit_context_get_store (self->context);
  g_autoptr(PursuitInterview) draft = NULL;
  GtkWidget *problem_row;

  if (self->busy)
    return;

  draft = build_draft (self, &problem_row, NULL);
  if (draft == NULL)
    {
      validate (self);
      return;
    }

  self->busy = TRUE;
  gtk_widget_action_set_enabled (widget, "dialog.save", FALSE);
  if (self->interview == NULL)
    pursuit_store_add_interview_async (store, draft, NULL, on_saved, g_object_ref (self));
  else
    pursuit_store_save_interview_async (store, draft, NULL, on_saved, g_object_ref (self));
}

/* Undo */

typedef struct
{
  PursuitStore *store;
  PursuitInterview *interview;
  GWeakRef window;
} Undo;

static void
undo_free (gpointer data,
           GClosure *closure)
{
  Undo *undo = data;

  g_clear_object (&undo->store);
  g_clear_object (&undo->interview);
  g_weak_ref_clear (&undo->window);
  g_free (undo);
}

static void
on_restored (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GObject) window = user_data;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GError) error = NULL;

  interview = pursuit_store_save_interview_finish (PURSUIT_STORE (source), result, &error);
  if (interview == NULL && window != NULL)
    pursuit_show_error (GTK_WIDGET (window), _("Could not bring the interview back"), error);
  else if (interview == NULL)
    g_message ("Could not bring the interview back: %s", error->message);
}

/* The interview comes back as a new one with the same values. */
static void
on_undo_clicked (AdwToast *toast,
                 Undo     *undo)
{
  pursuit_store_add_interview_async (undo->store, undo->interview, NULL, on_restored,
                                     g_weak_ref_get (&undo->window));
}

static void
on_deleted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(PursuitInterviewDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;

  self->busy = FALSE;
  if (!pursuit_store_delete_interview_finish (PURSUIT_STORE (source), result, &error))
    {
      validate (self);
      show_failure (self, _("Could not delete the interview"), error);
      return;
    }

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL)
    {
      AdwToast *toast = adw_toast_new (_("Interview deleted"));
      Undo *undo = g_new0 (Undo, 1);

      undo->store = g_object_ref (PURSUIT_STORE (source));
      undo->interview = g_object_ref (self->interview);
      g_weak_ref_init (&undo->window, parent);
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked), undo, undo_free, 0);
      pursuit_show_toast (GTK_WIDGET (parent), toast);
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/* No question asked: the toast offers to undo. */
static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitInterviewDialog *self = PURSUIT_INTERVIEW_DIALOG (widget);

  if (self->interview == NULL || self->busy)
    return;

  self->busy = TRUE;
  gtk_widget_action_set_enabled (widget, "dialog.save", FALSE);
  pursuit_store_delete_interview_async (pursuit_context_get_store (self->context), self->interview, NULL,
                                        on_deleted, g_object_ref (self));
}

/* Interviewers */

static void
add_interviewer_row (PursuitInterviewDialog *self,
                     gint64                  id,
                     const char             *name,
                     const char             *role)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  gint64 *key = g_new (gint64, 1);

  *key = id;
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (role != NULL && role[0] != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), role);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               self->interview != NULL && pursuit_interview_has_interviewer (self->interview, id));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  pursuit_accessible_name_row_control (ADW_ACTION_ROW (row));
  g_object_set_data (G_OBJECT (row), "check", check);
  g_object_set_data_full (G_OBJECT (row), "contact-id", key, g_free);

  adw_preferences_group_add (self->interviewers_group, row);
  g_ptr_array_add (self->interviewer_rows, row);
}

static gboolean
has_row_for (PursuitInterviewDialog *self,
             gint64                  id)
{
  for (guint i = 0; i < self->interviewer_rows->len; i++)
    {
      if (*(gint64 *) g_object_get_data (g_ptr_array_index (self->interviewer_rows, i), "contact-id") == id)
        return TRUE;
    }
  return FALSE;
}

static void
add_contact_rows (PursuitInterviewDialog *self,
                  GPtrArray              *contacts)
{
  for (guint i = 0; contacts != NULL && i < contacts->len; i++)
    {
      PursuitContact *contact = g_ptr_array_index (contacts, i);

      if (!has_row_for (self, pursuit_contact_get_id (contact)))
        add_interviewer_row (self, pursuit_contact_get_id (contact), pursuit_contact_get_name (contact),
                             pursuit_contact_get_role (contact));
    }
}

static void
finish_interviewers (PursuitInterviewDialog *self)
{
  g_autofree char *empty = NULL;

  /* Interviewers from elsewhere (another company) stay on the interview. */
  if (self->interview != NULL)
    {
      guint n_ids;
      const gint64 *ids = pursuit_interview_get_interviewer_ids (self->interview, &n_ids);
      const char * const *names = pursuit_interview_get_interviewer_names (self->interview);

      for (guint i = 0; i < n_ids; i++)
        {
          if (!has_row_for (self, ids[i]))
            add_interviewer_row (self, ids[i], names[i] != NULL && names[i][0] != '\0' ? names[i] : "?", NULL);
        }
    }

  empty = g_strdup_printf (_("No contacts at %s yet. Add them under Contacts on the job’s page to choose "
                             "them here."), pursuit_job_get_company (self->job));
  gtk_label_set_text (self->interviewers_empty_label, empty);
  gtk_widget_set_visible (GTK_WIDGET (self->interviewers_empty_label), self->interviewer_rows->len == 0);
  adw_preferences_group_set_description (self->interviewers_group,
                                         self->interviewer_rows->len > 0
                                           ? _("People of the company and of this job")
                                           : NULL);
  self->loading = FALSE;
  validate (self);
}

/* Once the store has read the job's contacts, they join the company's. */
static void
on_job_contacts (PursuitInterviewDialog *self)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->job_contacts));

  if (pursuit_job_list_get_loading (self->job_contacts) || !self->loading)
    return;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (contacts, g_list_model_get_item (G_LIST_MODEL (self->job_contacts), i));
  add_contact_rows (self, contacts);
  finish_interviewers (self);
}

static void
on_company_contacts (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PursuitInterviewDialog) self = user_data;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;

  contacts = pursuit_store_list_company_contacts_finish (PURSUIT_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_error_matches (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_CLOSED))
    return;
  if (contacts == NULL)
    g_message ("Could not read the company’s contacts: %s", error->message);

  add_contact_rows (self, contacts);
  self->job_contacts = pursuit_store_get_job_contacts (PURSUIT_STORE (source), pursuit_job_get_id (self->job));
  g_signal_connect_object (self->job_contacts, "notify::loading", G_CALLBACK (on_job_contacts),
                           self, G_CONNECT_SWAPPED);
  on_job_contacts (self);
}

static void
load_interviewers (PursuitInterviewDialog *self)
{
  self->loading = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->interviewers_empty_label), FALSE);
  pursuit_store_list_company_contacts_async (pursuit_context_get_store (self->context),
                                             pursuit_job_get_company (self->job), self->cancellable,
                                             on_company_contacts, g_object_ref (self));
}

/* Filling in */

static void
set_row (AdwEntryRow *row,
         const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
fill_rows (PursuitInterviewDialog *self)
{
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (self->interview != NULL)
    {
      start = pursuit_interview_dup_start (self->interview);
      gtk_spin_button_set_value (self->duration_button, pursuit_interview_get_duration_minutes (self->interview));
      adw_combo_row_set_selected (self->kind_row, pursuit_interview_get_kind (self->interview));
      set_row (self->location_row, pursuit_interview_get_location (self->interview));
      set_row (self->outcome_row, pursuit_interview_get_outcome (self->interview));
      adw_combo_row_set_selected (self->assessment_row, pursuit_interview_get_assessment (self->interview));
      if (pursuit_interview_get_score (self->interview) >= 0)
        {
          /* In the C locale, as pursuit_parse_amount() reads it back:
           * "62.5", never "62,5". */
          char score[G_ASCII_DTOSTR_BUF_SIZE];

          set_row (self->score_row, g_ascii_formatd (score, sizeof score, "%g", pursuit_interview_get_score (self->interview)));
        }
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                                pursuit_interview_get_notes (self->interview), -1);
    }
  else
    {
      /* A likely slot: tomorrow at ten, on this computer's clock. */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);

      start = g_date_time_new_local (g_date_time_get_year (tomorrow), g_date_time_get_month (tomorrow),
                                     g_date_time_get_day_of_month (tomorrow), 10, 0, 0);
      adw_combo_row_set_selected (self->kind_row, PURSUIT_INTERVIEW_KIND_VIDEO);
    }

  if (start != NULL)
    {
      date = g_date_time_format (start, "%Y-%m-%d");
      time = g_date_time_format (start, "%H:%M");
    }
  set_row (self->date_row, date);
  set_row (self->time_row, time);
}

static void
pursuit_interview_dialog_constructed (GObject *object)
{
  PursuitInterviewDialog *self = PURSUIT_INTERVIEW_DIALOG (object);

  G_OBJECT_CLASS (pursuit_interview_dialog_parent_class)->constructed (object);

  g_assert (self->job != NULL);

  fill_zones (self);
  fill_kinds (self);
  fill_assessments (self);
  pursuit_date_picker_attach (self->date_row);
  fill_rows (self);

  if (self->interview != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Interview"));
      gtk_button_set_label (self->save_button, _("_Save"));
      gtk_widget_set_visible (GTK_WIDGET (self->delete_button), TRUE);
    }

  load_interviewers (self);
  validate (self);
}

static void
pursuit_interview_dialog_map (GtkWidget *widget)
{
  PursuitInterviewDialog *self = PURSUIT_INTERVIEW_DIALOG (widget);

  GTK_WIDGET_CLASS (pursuit_interview_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
}

static void
pursuit_interview_dialog_dispose (GObject *object)
{
  PursuitInterviewDialog *self = PURSUIT_INTERVIEW_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_INTERVIEW_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->job);
  g_clear_object (&self->interview);
  g_clear_pointer (&self->interviewer_rows, g_ptr_array_unref);
  g_clear_object (&self->job_contacts);

  G_OBJECT_CLASS (pursuit_interview_dialog_parent_class)->dispose (object);
}

static void
pursuit_interview_dialog_finalize (GObject *object)
{
  PursuitInterviewDialog *self = PURSUIT_INTERVIEW_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->zone_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_interview_dialog_parent_class)->finalize (object);
}

static void
pursuit_interview_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  PursuitInterviewDialog *self = PURSUIT_INTERVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_JOB:
      g_value_set_object (value, self->job);
      break;
    case PROP_INTERVIEW:
      g_value_set_object (value, self->interview);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_interview_dialog_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  PursuitInterviewDialog *self = PURSUIT_INTERVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_JOB:
      self->job = g_value_dup_object (value);
      break;
    case PROP_INTERVIEW:
      if (g_value_get_object (value) != NULL)
        self->interview = pursuit_interview_copy (g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_interview_dialog_class_init (PursuitInterviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = pursuit_interview_dialog_constructed;
  object_class->dispose = pursuit_interview_dialog_dispose;
  object_class->finalize = pursuit_interview_dialog_finalize;
  object_class->get_property = pursuit_interview_dialog_get_property;
  object_class->set_property = pursuit_interview_dialog_set_property;
  widget_class->map = pursuit_interview_dialog_map;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT, flags);
  properties[PROP_JOB] = g_param_spec_object ("job", NULL, NULL, PURSUIT_TYPE_JOB, flags);
  properties[PROP_INTERVIEW] = g_param_spec_object ("interview", NULL, NULL, PURSUIT_TYPE_INTERVIEW, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitInterviewDialog::saved:
   * @interview: the interview as saved
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, PURSUIT_TYPE_INTERVIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-interview-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, time_zone_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, local_time_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, duration_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, assessment_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, score_row);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, outcome_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, interviewers_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, interviewers_empty_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "dialog.delete", NULL, delete_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_interview_dialog_init (PursuitInterviewDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->zone_ids = g_ptr_array_new_with_free_func (g_free);
  self->interviewer_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
}

/**
 * pursuit_interview_dialog_new:
 * @job: the job the interview is for
 * @interview: (nullable): the interview to edit, or %NULL for a new one
 */
PursuitInterviewDialog *
pursuit_interview_dialog_new (PursuitContext   *context,
                              PursuitJob       *job,
                              PursuitInterview *interview)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);
  g_return_val_if_fail (interview == NULL || PURSUIT_IS_INTERVIEW (interview), NULL);

  return g_object_new (PURSUIT_TYPE_INTERVIEW_DIALOG,
                       "context", context,
                       "job", job,
                       "interview", interview,
                       NULL);
}

/**
 * pursuit_interview_dialog_get_interview:
 *
 * Returns: (transfer none) (nullable): the interview being edited, or %NULL
 *   for a new one
 */
PursuitInterview *
pursuit_interview_dialog_get_interview (PursuitInterviewDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW_DIALOG (self), NULL);

  return self->interview;
}

/* Whether the contacts to choose interviewers from are still being read. */
