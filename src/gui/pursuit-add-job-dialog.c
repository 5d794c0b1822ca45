/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-add-job-dialog.h"
#include "pursuit-job-fields.h"
#include "pursuit-store-duplicates.h"
#include "pursuit-validation.h"

/* Asks for what a job needs (title, company, stage) and what is at hand
 * when a posting is found: where, its address, the pay and the posting's
 * text. The rest is filled in on the job's page. Each field is read as the
 * job page reads it, and what is wrong is said under the field. */

/* A text field and the row under it that says what is wrong with it. */
typedef struct
{
  PursuitJobField field;
  AdwEntryRow *row;
  GtkWidget *message_row;
  GtkLabel *message;
} Field;

enum {
  FIELD_LOCATION,
  FIELD_URL,
  FIELD_PAY_MIN,
  FIELD_PAY_MAX,
  FIELD_CURRENCY,
  N_FIELDS
};

struct _PursuitAddJobDialog
{
  AdwWindow parent_instance;

  PursuitContext *context;
  gboolean adding;
  Field fields[N_FIELDS];

  AdwEntryRow *title_row;
  AdwEntryRow *company_row;
  AdwComboRow *stage_row;
  AdwComboRow *period_row;
  GtkTextView *posting_view;
  GtkLabel *error_label;
  GtkWidget *duplicate_box;
  GtkLabel *duplicate_label;
  PursuitJob *duplicate;
  PursuitJob *posting;   /* what a posting gave, fields the form lacks included */
};

G_DEFINE_FINAL_TYPE (PursuitAddJobDialog, pursuit_add_job_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  JOB_ADDED,
  OPEN_EXISTING,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
has_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return text[0] != '\0';
}

static void
show_message (Field      *field,
              const char *message)
{
  gtk_label_set_text (field->message, message != NULL ? message : "");
  gtk_widget_set_visible (field->message_row, message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (field->row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (field->row), "error");
}

static Field *
find_field (PursuitAddJobDialog *self,
            const char          *name)
{
  for (guint i = 0; i < N_FIELDS; i++)
    {
      if (g_strcmp0 (pursuit_job_field_get_info (self->fields[i].field)->name, name) == 0)
        return &self->fields[i];
    }
  return NULL;
}

static char *
get_posting_text (PursuitAddJobDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->posting_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Reads every optional field into @draft, saying under each what is wrong
 * with it. With @whole, the pay is also checked as a whole (a minimum above
 * the maximum, an amount without a currency): that waits for Add, so that
 * a figure typed before its currency is not called wrong. */
static gboolean
read_fields (PursuitAddJobDialog *self,
             PursuitJob          *draft,
             gboolean             whole)
{
  g_autofree char *posting = get_posting_text (self);
  g_autoptr(GError) pay_error = NULL;
  gboolean valid = TRUE;

  for (guint i = 0; i < N_FIELDS; i++)
    {
      Field *field = &self->fields[i];
      g_autoptr(GError) error = NULL;

      if (pursuit_job_field_parse (draft, field->field, gtk_editable_get_text (GTK_EDITABLE (field->row)), &error))
        show_message (field, NULL);
      else
        {
          show_message (field, error->message);
          valid = FALSE;
        }
    }

  /* In value order: the position is the value. */
  pursuit_job_set_number (draft, PURSUIT_JOB_FIELD_PAY_PERIOD, adw_combo_row_get_selected (self->period_row));

  if (posting[0] != '\0' &&
      !pursuit_job_field_parse (draft, PURSUIT_JOB_FIELD_POSTING_TEXT, posting, NULL))
    valid = FALSE;

  if (valid && whole && !pursuit_job_validate (draft, &pay_error))
    {
      Field *field = find_field (self, pursuit_validation_error_get_field (pay_error));

      if (field != NULL)
        {
          show_message (field, pay_error->message);
          valid = FALSE;
        }
    }

  return valid;
}

static void
update_add_action (PursuitAddJobDialog *self)
{
  g_autoptr(PursuitJob) scratch = pursuit_job_new ();
  gboolean valid = read_fields (self, scratch, FALSE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.add",
                                 !self->adding && valid && has_text (self->title_row) && has_text (self->company_row));
}

/* The same company and title, ignoring case, spacing and punctuation, is
 * most likely the same job: say so and offer to open it. */
static void
check_duplicate (PursuitAddJobDialog *self)
{
  g_autofree char *company = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->company_row))));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  PursuitJob *duplicate = NULL;

  if (company[0] != '\0' && title[0] != '\0')
    duplicate = pursuit_store_find_duplicate (pursuit_context_get_store (self->context), company, title, NULL);

  g_set_object (&self->duplicate, duplicate);
  if (duplicate != NULL)
    {
      PursuitStage *stage = pursuit_job_get_stage (duplicate);
      g_autofree char *text = g_strdup_printf (_("You already track “%s” at %s (%s)."),
                                               pursuit_job_get_title (duplicate),
                                               pursuit_job_get_company (duplicate),
                                               stage != NULL ? pursuit_stage_get_name (stage) : "");

      gtk_label_set_text (self->duplicate_label, text);
    }
  gtk_widget_set_visible (self->duplicate_box, duplicate != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.open-existing", duplicate != NULL);
}

static void
on_entry_changed (PursuitAddJobDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  check_duplicate (self);
  update_add_action (self);
}

static void
open_existing_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PursuitAddJobDialog *self = PURSUIT_ADD_JOB_DIALOG (widget);
  g_autoptr(PursuitJob) job = NULL;

  if (self->duplicate == NULL)
    return;

  job = g_object_ref (self->duplicate);
  g_signal_emit (self, signals[OPEN_EXISTING], 0, job);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_duplicate_response (AdwMessageDialog    *dialog,
                       const char          *response,
                       PursuitAddJobDialog *self)
{
  if (g_str_equal (response, "add"))
    gtk_widget_activate_action (GTK_WIDGET (self), "dialog.add", NULL);
  else if (g_str_equal (response, "open"))
    gtk_widget_activate_action (GTK_WIDGET (self), "dialog.open-existing", NULL);
}

/* Enter pressed while the dialog says the job is already tracked: a second
 * copy is made only when the user says so. */
static void
ask_before_adding_copy (PursuitAddJobDialog *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Add a Second Copy?"), NULL));
  adw_message_dialog_format_body (dialog, _("You already track “%s” at %s."),
                                  pursuit_job_get_title (self->duplicate), pursuit_job_get_company (self->duplicate));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open It"),
                                    "add", _("_Add Anyway"),
                                    NULL);
  adw_message_dialog_set_default_response (dialog, "open");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_duplicate_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_entry_activated (PursuitAddJobDialog *self,
                    AdwEntryRow         *row)
{
  if (!has_text (self->title_row))
    gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  else if (!has_text (self->company_row))
    gtk_widget_grab_focus (GTK_WIDGET (self->company_row));
  else if (self->duplicate != NULL)
    ask_before_adding_copy (self);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "dialog.add", NULL);
}

static void
on_posting_changed (PursuitAddJobDialog *self)
{
  update_add_action (self);
}

static void
on_job_added (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(PursuitAddJobDialog) self = user_data;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  job = pursuit_store_add_job_finish (PURSUIT_STORE (source), result, &error);
  self->adding = FALSE;

  if (job == NULL)
    {
      /* Keep what was typed, say what went wrong. */
      g_autofree char *text = g_strdup_printf (_("Could not add the job: %s"), error->message);

      gtk_label_set_text (self->error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      update_add_action (self);
      return;
    }

  g_signal_emit (self, signals[JOB_ADDED], 0, job);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitAddJobDialog *self = PURSUIT_ADD_JOB_DIALOG (widget);
  /* A posting's workplace, employment type, deadline… come along. */
  g_autoptr(PursuitJob) draft = self->posting != NULL ? pursuit_job_copy (self->posting) : pursuit_job_new ();
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *company = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->company_row))));

  if (self->adding)
    return;

  pursuit_job_set_title (draft, title);
  pursuit_job_set_company (draft, company);
  pursuit_job_set_stage (draft, adw_combo_row_get_selected_item (self->stage_row));
  if (!read_fields (self, draft, TRUE))
    {
      gtk_widget_action_set_enabled (widget, "dialog.add", FALSE);
      return;
    }

  self->adding = TRUE;
  update_add_action (self);
  pursuit_store_add_job_async (pursuit_context_get_store (self->context), draft, NULL,
                               on_job_added, g_object_ref (self));
}

static void
pursuit_add_job_dialog_constructed (GObject *object)
{
  PursuitAddJobDialog *self = PURSUIT_ADD_JOB_DIALOG (object);
  PursuitStore *store = pursuit_context_get_store (self->context);
  PursuitStage *first = pursuit_store_get_default_stage (store);
  GtkBoolFilter *shown = gtk_bool_filter_new (gtk_property_expression_new (PURSUIT_TYPE_STAGE, NULL, "hidden"));
  g_autoptr(GtkFilterListModel) visible = NULL;
  GListModel *stages;

  G_OBJECT_CLASS (pursuit_add_job_dialog_parent_class)->constructed (object);

  /* Hidden stages keep their jobs but take no new ones. */
  gtk_bool_filter_set_invert (shown, TRUE);
  visible = gtk_filter_list_model_new (g_object_ref (pursuit_store_get_stages (store)), GTK_FILTER (shown));
  stages = G_LIST_MODEL (visible);
  adw_combo_row_set_model (self->stage_row, stages);
  for (guint i = 0; first != NULL && i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);

      if (stage == first)
        adw_combo_row_set_selected (self->stage_row, i);
    }

  update_add_action (self);
}

static void
pursuit_add_job_dialog_map (GtkWidget *widget)
{
  PursuitAddJobDialog *self = PURSUIT_ADD_JOB_DIALOG (widget);

  GTK_WIDGET_CLASS (pursuit_add_job_dialog_parent_class)->map (widget);

  /* The row itself cannot hold focus, its entry can: grab it once shown. */
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
pursuit_add_job_dialog_dispose (GObject *object)
{
  PursuitAddJobDialog *self = PURSUIT_ADD_JOB_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_ADD_JOB_DIALOG);
  g_clear_object (&self->duplicate);
  g_clear_object (&self->posting);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_add_job_dialog_parent_class)->dispose (object);
}

static void
pursuit_add_job_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PursuitAddJobDialog *self = PURSUIT_ADD_JOB_DIALOG (object);

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
pursuit_add_job_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PursuitAddJobDialog *self = PURSUIT_ADD_JOB_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const struct
{
  PursuitJobField field;
  const char *name;   /* of the row in the template; its message row and label add "_message_row", "_message" */
} field_rows[N_FIELDS] = {
  [FIELD_LOCATION] = { PURSUIT_JOB_FIELD_LOCATION, "location" },
  [FIELD_URL] = { PURSUIT_JOB_FIELD_URL, "url" },
  [FIELD_PAY_MIN] = { PURSUIT_JOB_FIELD_PAY_MIN, "pay_min" },
  [FIELD_PAY_MAX] = { PURSUIT_JOB_FIELD_PAY_MAX, "pay_max" },
  [FIELD_CURRENCY] = { PURSUIT_JOB_FIELD_PAY_CURRENCY, "currency" },
};

static void
pursuit_add_job_dialog_class_init (PursuitAddJobDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pursuit_add_job_dialog_constructed;
  object_class->dispose = pursuit_add_job_dialog_dispose;
  object_class->get_property = pursuit_add_job_dialog_get_property;
  object_class->set_property = pursuit_add_job_dialog_set_property;
  widget_class->map = pursuit_add_job_dialog_map;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT,
                                                  G_PARAM_READWRITE |
                                                  G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitAddJobDialog::job-added:
   * @job: the saved job, as it stands in the store's model
   */
  signals[JOB_ADDED] = g_signal_new ("job-added", G_TYPE_FROM_CLASS (klass),
                                     G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 1, PURSUIT_TYPE_JOB);

  /**
   * PursuitAddJobDialog::open-existing:
   * @job: the job the user was about to add again
   */
  signals[OPEN_EXISTING] = g_signal_new ("open-existing", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, PURSUIT_TYPE_JOB);

  g_type_ensure (PURSUIT_TYPE_STAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-add-job-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, company_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, stage_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, posting_view);
  for (guint i = 0; i < N_FIELDS; i++)
    {
      /* Found by name in init: the rows make a table, not struct members. */
      g_autofree char *row = g_strdup_printf ("%s_row", field_rows[i].name);
      g_autofree char *message_row = g_strdup_printf ("%s_message_row", field_rows[i].name);
      g_autofree char *message = g_strdup_printf ("%s_message", field_rows[i].name);

      gtk_widget_class_bind_template_child_full (widget_class, row, FALSE, 0);
      gtk_widget_class_bind_template_child_full (widget_class, message_row, FALSE, 0);
      gtk_widget_class_bind_template_child_full (widget_class, message, FALSE, 0);
    }
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, duplicate_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitAddJobDialog, duplicate_label);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "dialog.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "dialog.open-existing", NULL, open_existing_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_add_job_dialog_init (PursuitAddJobDialog *self)
{
  g_autoptr(GtkStringList) periods = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (PURSUIT_TYPE_PAY_PERIOD);

  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));

  for (guint i = 0; i < N_FIELDS; i++)
    {
      Field *field = &self->fields[i];
      g_autofree char *row = g_strdup_printf ("%s_row", field_rows[i].name);
      g_autofree char *message_row = g_strdup_printf ("%s_message_row", field_rows[i].name);
      g_autofree char *message = g_strdup_printf ("%s_message", field_rows[i].name);

      field->field = field_rows[i].field;
      field->row = ADW_ENTRY_ROW (gtk_widget_get_template_child (GTK_WIDGET (self), PURSUIT_TYPE_ADD_JOB_DIALOG, row));
      field->message_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), PURSUIT_TYPE_ADD_JOB_DIALOG,
                                                                      message_row));
      field->message = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (self), PURSUIT_TYPE_ADD_JOB_DIALOG,
                                                                 message));
      /* Screen readers hear what is wrong with the field. */
      gtk_accessible_update_relation (GTK_ACCESSIBLE (field->row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                      field->message, NULL, -1);
    }

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (periods, pursuit_enum_get_label (PURSUIT_TYPE_PAY_PERIOD, klass->values[i].value));
  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (periods));

  g_signal_connect_object (gtk_text_view_get_buffer (self->posting_view), "changed",
                           G_CALLBACK (on_posting_changed), self, G_CONNECT_SWAPPED);
}

PursuitAddJobDialog *
pursuit_add_job_dialog_new (PursuitContext *context)
{
  return g_object_new (PURSUIT_TYPE_ADD_JOB_DIALOG, "context", context, NULL);
}

/**
 * pursuit_add_job_dialog_fill:
 * @draft: a job read from a posting (pursuit_posting_parse()), without a
 *   stage
 *
 * Fills the form with what the posting says, so the user sees the job,
 * with the duplicate warning, before adding it; the posting's other
 * fields (workplace, employment type, deadline…) are added with it.
 */
void
pursuit_add_job_dialog_fill (PursuitAddJobDialog *self,
                             PursuitJob          *draft)
{
  g_return_if_fail (PURSUIT_IS_ADD_JOB_DIALOG (self));
  g_return_if_fail (PURSUIT_IS_JOB (draft));

  g_set_object (&self->posting, draft);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), pursuit_job_get_title (draft));
  gtk_editable_set_text (GTK_EDITABLE (self->company_row), pursuit_job_get_company (draft));
  for (guint i = 0; i < N_FIELDS; i++)
    {
      g_autofree char *text = pursuit_job_field_format (draft, self->fields[i].field);

      gtk_editable_set_text (GTK_EDITABLE (self->fields[i].row), text);
    }
  adw_combo_row_set_selected (self->period_row, pursuit_job_get_pay_period (draft));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->posting_view), pursuit_job_get_posting_text (draft), -1);
  check_duplicate (self);
  update_add_action (self);
}
