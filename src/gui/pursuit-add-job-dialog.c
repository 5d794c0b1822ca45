/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-add-job-dialog.h"
#include "pursuit-store-duplicates.h"

/* Asks for the least a job needs (title, company, stage); the rest is filled
 * in on the job's page. */
struct _PursuitAddJobDialog
{
  AdwWindow parent_instance;

  PursuitContext *context;
  gboolean adding;

  AdwEntryRow *title_row;
  AdwEntryRow *company_row;
  AdwComboRow *stage_row;
  GtkLabel *error_label;
  GtkWidget *duplicate_box;
  GtkLabel *duplicate_label;
  PursuitJob *duplicate;
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
update_add_action (PursuitAddJobDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.add",
                                 !self->adding && has_text (self->title_row) && has_text (self->company_row));
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
on_entry_activated (PursuitAddJobDialog *self,
                    AdwEntryRow         *row)
{
  if (!has_text (self->title_row))
    gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  else if (!has_text (self->company_row))
    gtk_widget_grab_focus (GTK_WIDGET (self->company_row));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "dialog.add", NULL);
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
  g_autoptr(PursuitJob) draft = pursuit_job_new ();
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *company = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->company_row))));

  if (self->adding)
    return;

  pursuit_job_set_title (draft, title);
  pursuit_job_set_company (draft, company);
  pursuit_job_set_stage (draft, adw_combo_row_get_selected_item (self->stage_row));

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
  gtk_widget_init_template (GTK_WIDGET (self));
}

PursuitAddJobDialog *
pursuit_add_job_dialog_new (PursuitContext *context)
{
  return g_object_new (PURSUIT_TYPE_ADD_JOB_DIALOG, "context", context, NULL);
}
