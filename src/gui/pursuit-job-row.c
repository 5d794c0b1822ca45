/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-job-row.h"
#include "pursuit-job-summary.h"

/* One job in the list: title, company, stage, the pay as posted and how
 * it compares with its benchmark, and what comes next — the next action
 * with its due date and the next interview. Built in code because its
 * lines come and go with the job's values. */
struct _PursuitJobRow
{
  GtkWidget parent_instance;

  PursuitContext *context;
  PursuitJob *job;

  GtkWidget *box;
  GtkLabel *title_label;
  GtkLabel *company_label;
  GtkLabel *stage_label;
  GtkWidget *pay_box;
  GtkLabel *pay_label;
  GtkLabel *standing_label;
  GtkLabel *next_label;
  GtkLabel *interview_label;
  GtkLabel *documents_label;
  GtkImage *attention_icon;
};

G_DEFINE_FINAL_TYPE (PursuitJobRow, pursuit_job_row, GTK_TYPE_WIDGET)

static const char *
stage_style (PursuitStageKind kind)
{
  switch (kind)
    {
    case PURSUIT_STAGE_KIND_OFFER:
    case PURSUIT_STAGE_KIND_ACCEPTED:
      return "stage-success";
    case PURSUIT_STAGE_KIND_REJECTED:
    case PURSUIT_STAGE_KIND_WITHDRAWN:
    case PURSUIT_STAGE_KIND_GHOSTED:
      return "stage-closed";
    case PURSUIT_STAGE_KIND_WISHLIST:
      return "stage-idea";
    case PURSUIT_STAGE_KIND_APPLIED:
    case PURSUIT_STAGE_KIND_SCREENING:
    case PURSUIT_STAGE_KIND_INTERVIEWING:
    default:
      return "stage-active";
    }
}

/* The engine's rating, worked out again at each bind and change: its
 * caches make it a few lookups, and the list makes rows for the jobs on
 * screen only. */
static void
update_pay (PursuitJobRow *self)
{
  PursuitSalaryRating rating;
  g_autofree char *pay = pursuit_job_summary_pay (self->context, self->job, &rating);
  g_autofree char *description = NULL;
  GtkWidget *item = gtk_widget_get_parent (GTK_WIDGET (self));

  gtk_widget_set_visible (self->pay_box, pay != NULL);
  if (pay != NULL)
    {
      gtk_label_set_text (self->pay_label, pay);
      pursuit_job_summary_show_standing (self->standing_label, &rating);
      /* Translators: a job's pay and how it compares, as a screen reader describes a row: "$19–22 an hour, +6% vs median" */
      description = rating.words[0] != '\0' ? g_strdup_printf (_("%s, %s"), pay, rating.words) : g_strdup (pay);
    }

  /* The row is named after the job (pursuit_job_summary_name_item()); the
   * pay is its description. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "", -1);
  if (item != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    description != NULL ? description : "", -1);
}

static void
update (PursuitJobRow *self)
{
  PursuitJob *job = self->job;
  PursuitStage *stage;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *next = NULL;
  g_autofree char *interview = NULL;
  gboolean overdue;
  static const char * const styles[] = { "stage-success", "stage-closed", "stage-idea", "stage-active" };

  if (job == NULL)
    return;

  stage = pursuit_job_get_stage (job);
  gtk_label_set_text (self->title_label, pursuit_job_get_title (job));
  gtk_label_set_text (self->company_label, pursuit_job_get_company (job));
  gtk_label_set_text (self->stage_label, stage != NULL ? pursuit_stage_get_name (stage) : "");
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->stage_label), styles[i]);
  if (stage != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->stage_label), stage_style (pursuit_stage_get_kind (stage)));

  update_pay (self);

  now = g_date_time_new_now_local ();
  next = pursuit_job_summary_next_action (job, now, &overdue);
  pursuit_job_summary_show (self->next_label, next);
  if (overdue)
    gtk_widget_add_css_class (GTK_WIDGET (self->next_label), PURSUIT_STYLE_OVERDUE);
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->next_label), PURSUIT_STYLE_OVERDUE);

  interview = pursuit_job_summary_next_interview (job);
  pursuit_job_summary_show (self->interview_label, interview);

  /* What was sent can no longer be told: say so where the job is listed. */
  gtk_widget_set_visible (GTK_WIDGET (self->documents_label), pursuit_job_needs_documents (job));

  pursuit_job_summary_name_item (GTK_WIDGET (self), job);
  gtk_widget_set_opacity (self->box, pursuit_job_get_archived (job) ? 0.6 : 1.0);
}

static GtkLabel *
add_label (GtkWidget  *box,
           const char *style,
           gboolean    expand)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, expand);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

static void
pursuit_job_row_dispose (GObject *object)
{
  PursuitJobRow *self = PURSUIT_JOB_ROW (object);

  pursuit_job_row_set_job (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_job_row_parent_class)->dispose (object);
}

static void
pursuit_job_row_class_init (PursuitJobRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_job_row_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "jobrow");
}

static void
pursuit_job_row_init (PursuitJobRow *self)
{
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *middle = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkLabel *separator;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (self->box, 6);
  gtk_widget_set_margin_bottom (self->box, 6);
  gtk_widget_set_margin_start (self->box, 6);
  gtk_widget_set_margin_end (self->box, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->title_label = add_label (top, "heading", TRUE);
  self->attention_icon = GTK_IMAGE (gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_widget_add_css_class (GTK_WIDGET (self->attention_icon), "warning");
  gtk_widget_set_visible (GTK_WIDGET (self->attention_icon), FALSE);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->attention_icon));
  gtk_box_append (GTK_BOX (self->box), top);

  self->company_label = add_label (middle, "dim-label", TRUE);
  self->stage_label = add_label (middle, "stage-badge", FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->stage_label), "caption");
  gtk_widget_set_valign (GTK_WIDGET (self->stage_label), GTK_ALIGN_CENTER);
  gtk_label_set_ellipsize (self->stage_label, PANGO_ELLIPSIZE_NONE);
  gtk_box_append (GTK_BOX (self->box), middle);

  self->pay_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  self->pay_label = add_label (self->pay_box, "caption", FALSE);
  separator = add_label (self->pay_box, "caption", FALSE);
  /* Translators: between a job's pay and how it compares, in the jobs list: “$19–22 an hour · +6% vs median” */
  gtk_label_set_text (separator, _(" · "));
  gtk_label_set_ellipsize (separator, PANGO_ELLIPSIZE_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (separator), "dim-label");
  self->standing_label = add_label (self->pay_box, "caption", FALSE);
  gtk_label_set_ellipsize (self->standing_label, PANGO_ELLIPSIZE_NONE);
  g_object_bind_property (self->standing_label, "visible", separator, "visible", G_BINDING_SYNC_CREATE);
  gtk_widget_set_visible (self->pay_box, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->pay_box);

  self->next_label = add_label (self->box, "caption", FALSE);
  self->interview_label = add_label (self->box, "caption", FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->interview_label), "accent");
  self->documents_label = add_label (self->box, "caption", FALSE);
  gtk_label_set_text (self->documents_label, _("Applied with no document recorded"));
  gtk_widget_add_css_class (GTK_WIDGET (self->documents_label), "warning");
  gtk_widget_set_visible (GTK_WIDGET (self->documents_label), FALSE);
}

static void
on_salary_preferences_changed (PursuitJobRow *self)
{
  if (self->job != NULL)
    update_pay (self);
}

/**
 * pursuit_job_row_new:
 * @context: gives the salary engine and the preferences the pay line
 *   compares with
 */
PursuitJobRow *
pursuit_job_row_new (PursuitContext *context)
{
  PursuitJobRow *self;

  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);

  self = g_object_new (PURSUIT_TYPE_JOB_ROW, NULL);
  self->context = g_object_ref (context);
  g_signal_connect_object (context, "salary-preferences-changed",
                           G_CALLBACK (on_salary_preferences_changed), self, G_CONNECT_SWAPPED);
  return self;
}

void
pursuit_job_row_set_job (PursuitJobRow *self,
                         PursuitJob    *job)
{
  g_return_if_fail (PURSUIT_IS_JOB_ROW (self));

  if (self->job == job)
    return;

  if (self->job != NULL)
    g_signal_handlers_disconnect_by_func (self->job, update, self);

  g_set_object (&self->job, job);

  if (job != NULL)
    {
      g_signal_connect_object (job, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      update (self);
    }
}

/**
 * pursuit_job_row_set_attention:
 * @explanation: (nullable): why the job needs attention, or %NULL
 */
void
pursuit_job_row_set_attention (PursuitJobRow *self,
                               const char    *explanation)
{
  g_return_if_fail (PURSUIT_IS_JOB_ROW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->attention_icon), explanation != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->attention_icon), explanation);
  if (explanation != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->attention_icon),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, explanation, -1);
}
