/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-job-page.h"
#include "pursuit-window.h"

/* How long typing may pause before the edit is saved. */
#define SAVE_DELAY_MS 500

/* The selected job, every field editable in place and saved as you type. */
struct _PursuitJobPage
{
  AdwBin parent_instance;

  PursuitContext *context;
  PursuitJob *job;
  guint save_timeout;
  gboolean loading;

  AdwEntryRow *company_row;
  AdwEntryRow *title_row;
  AdwComboRow *stage_row;
  AdwEntryRow *location_row;
  AdwEntryRow *url_row;
  GtkLabel *validation_label;
  GtkTextView *notes_view;
  GtkLabel *dates_label;
};

G_DEFINE_FINAL_TYPE (PursuitJobPage, pursuit_job_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_JOB,
  N_PROPS
};

enum {
  TITLE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
get_notes_text (PursuitJobPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
update_dates (PursuitJobPage *self)
{
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) updated = NULL;
  g_autofree char *created_text = NULL;
  g_autofree char *updated_text = NULL;
  g_autofree char *text = NULL;

  if (self->job == NULL)
    return;

  created = g_date_time_new_from_unix_local (pursuit_job_get_created_at (self->job));
  updated = g_date_time_new_from_unix_local (pursuit_job_get_updated_at (self->job));
  /* Translators: a date, as in “Added 24 November 2026” */
  created_text = g_date_time_format (created, _("%-d %B %Y"));
  updated_text = g_date_time_format (updated, _("%-d %B %Y"));
  text = g_strdup_printf (_("Added %s · Last changed %s"), created_text, updated_text);
  gtk_label_set_text (self->dates_label, text);
}

static guint
find_stage_position (PursuitJobPage *self,
                     PursuitStage   *stage)
{
  GListModel *stages = pursuit_store_get_stages (pursuit_context_get_store (self->context));
  guint n = g_list_model_get_n_items (stages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitStage) item = g_list_model_get_item (stages, i);

      if (pursuit_stage_get_id (item) == pursuit_stage_get_id (stage))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
load_job (PursuitJobPage *self)
{
  g_autofree char *notes = NULL;

  if (self->job == NULL)
    return;

  self->loading = TRUE;
  set_row_text (self->company_row, pursuit_job_get_company (self->job));
  set_row_text (self->title_row, pursuit_job_get_title (self->job));
  set_row_text (self->location_row, pursuit_job_get_location (self->job));
  set_row_text (self->url_row, pursuit_job_get_url (self->job));
  adw_combo_row_set_selected (self->stage_row,
                              find_stage_position (self, pursuit_job_get_stage (self->job)));

  notes = get_notes_text (self);
  if (g_strcmp0 (notes, pursuit_job_get_notes (self->job)) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                              pursuit_job_get_notes (self->job), -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->notes_view), pursuit_job_get_details_loaded (self->job));
  update_dates (self);
  self->loading = FALSE;
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

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  return copy[0] == '\0';
}

static gboolean
is_web_address (const char *text)
{
  g_autofree char *scheme = g_uri_parse_scheme (text);

  return scheme != NULL &&
         (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0) &&
         g_uri_is_valid (text, G_URI_FLAGS_NONE, NULL);
}

/* Says on the page what is wrong; nothing invalid is saved. */
static gboolean
validate_rows (PursuitJobPage *self)
{
  const char *company = gtk_editable_get_text (GTK_EDITABLE (self->company_row));
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  const char *url = gtk_editable_get_text (GTK_EDITABLE (self->url_row));
  const char *problem = NULL;
  gboolean company_ok = !is_blank (company);
  gboolean title_ok = !is_blank (title);
  gboolean url_ok = is_blank (url) || is_web_address (url);

  mark_row (self->company_row, company_ok);
  mark_row (self->title_row, title_ok);
  mark_row (self->url_row, url_ok);

  if (!company_ok)
    problem = _("The company cannot be empty. The last saved name is kept.");
  else if (!title_ok)
    problem = _("The job title cannot be empty. The last saved title is kept.");
  else if (!url_ok)
    problem = _("The posting URL must be a web address starting with http:// or https://.");

  gtk_label_set_text (self->validation_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->validation_label), problem != NULL);
  return problem == NULL;
}

static PursuitJob *
build_draft (PursuitJobPage *self)
{
  PursuitJob *draft = pursuit_job_copy (self->job);
  PursuitStage *stage = adw_combo_row_get_selected_item (self->stage_row);
  g_autofree char *company = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->company_row))));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autofree char *location = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->location_row))));
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->url_row))));
  g_autofree char *notes = get_notes_text (self);

  pursuit_job_set_company (draft, company);
  pursuit_job_set_title (draft, title);
  pursuit_job_set_location (draft, location);
  pursuit_job_set_url (draft, url);
  pursuit_job_set_notes (draft, notes);
  if (stage != NULL)
    pursuit_job_set_stage (draft, stage);
  return draft;
}

static gboolean
differs (PursuitJob *a,
         PursuitJob *b)
{
  return g_strcmp0 (pursuit_job_get_company (a), pursuit_job_get_company (b)) != 0 ||
         g_strcmp0 (pursuit_job_get_title (a), pursuit_job_get_title (b)) != 0 ||
         g_strcmp0 (pursuit_job_get_location (a), pursuit_job_get_location (b)) != 0 ||
         g_strcmp0 (pursuit_job_get_url (a), pursuit_job_get_url (b)) != 0 ||
         g_strcmp0 (pursuit_job_get_notes (a), pursuit_job_get_notes (b)) != 0 ||
         pursuit_stage_get_id (pursuit_job_get_stage (a)) != pursuit_stage_get_id (pursuit_job_get_stage (b));
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PursuitJobPage) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkRoot *root;

  if (pursuit_store_save_job_finish (PURSUIT_STORE (source), result, &error))
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  g_warning ("Could not save the job: %s", error->message);
  if (PURSUIT_IS_WINDOW (root))
    pursuit_window_show_error_toast (PURSUIT_WINDOW (root), _("Could not save the job"), error);
}

static void
save_now (PursuitJobPage *self)
{
  g_autoptr(PursuitJob) draft = NULL;

  g_clear_handle_id (&self->save_timeout, g_source_remove);

  if (self->job == NULL || !validate_rows (self))
    return;

  draft = build_draft (self);
  if (!differs (draft, self->job))
    return;

  pursuit_store_save_job_async (pursuit_context_get_store (self->context), draft, NULL,
                                on_saved, g_object_ref (self));
}

static gboolean
on_save_timeout (gpointer user_data)
{
  PursuitJobPage *self = user_data;

  self->save_timeout = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_field_changed (PursuitJobPage *self)
{
  if (self->loading || self->job == NULL)
    return;

  validate_rows (self);
  g_clear_handle_id (&self->save_timeout, g_source_remove);
  self->save_timeout = g_timeout_add (SAVE_DELAY_MS, on_save_timeout, self);
}

static void
on_stage_selected (PursuitJobPage *self)
{
  if (self->loading || self->job == NULL)
    return;

  save_now (self);
}

static void
on_job_notify (PursuitJobPage *self,
               GParamSpec     *pspec)
{
  /* Only values that came back from the store land here; never overwrite
   * what the user is still typing. */
  if (self->save_timeout == 0)
    load_job (self);
  else
    update_dates (self);

  if (g_str_equal (pspec->name, "title") || g_str_equal (pspec->name, "company"))
    g_signal_emit (self, signals[TITLE_CHANGED], 0);
}

static void
on_details_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PursuitJobPage) self = user_data;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  job = pursuit_store_run_finish (PURSUIT_STORE (source), result, &error);
  if (job == NULL)
    g_message ("Could not read the job’s notes: %s", error->message);
}

static void
pursuit_job_page_constructed (GObject *object)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (object);

  G_OBJECT_CLASS (pursuit_job_page_parent_class)->constructed (object);

  adw_combo_row_set_model (self->stage_row,
                           pursuit_store_get_stages (pursuit_context_get_store (self->context)));
}

static void
pursuit_job_page_dispose (GObject *object)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (object);

  pursuit_job_page_flush (self);
  pursuit_job_page_set_job (self, NULL);
  /* AdwBin holds its child itself: release it before the template's
   * children are cleared, or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_JOB_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_job_page_parent_class)->dispose (object);
}

static void
pursuit_job_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_JOB:
      g_value_set_object (value, self->job);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_JOB:
      pursuit_job_page_set_job (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_page_class_init (PursuitJobPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pursuit_job_page_constructed;
  object_class->dispose = pursuit_job_page_dispose;
  object_class->get_property = pursuit_job_page_get_property;
  object_class->set_property = pursuit_job_page_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT,
                                                  G_PARAM_READWRITE |
                                                  G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  properties[PROP_JOB] = g_param_spec_object ("job", NULL, NULL, PURSUIT_TYPE_JOB,
                                              G_PARAM_READWRITE |
                                              G_PARAM_EXPLICIT_NOTIFY |
                                              G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TITLE_CHANGED] = g_signal_new ("title-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);

  g_type_ensure (PURSUIT_TYPE_STAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-job-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, company_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, stage_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, location_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, url_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, validation_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, dates_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stage_selected);
}

static void
pursuit_job_page_init (PursuitJobPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
}

PursuitJobPage *
pursuit_job_page_new (PursuitContext *context)
{
  return g_object_new (PURSUIT_TYPE_JOB_PAGE, "context", context, NULL);
}

/**
 * pursuit_job_page_get_job:
 *
 * Returns: (transfer none) (nullable): the job shown
 */
PursuitJob *
pursuit_job_page_get_job (PursuitJobPage *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_PAGE (self), NULL);

  return self->job;
}

void
pursuit_job_page_set_job (PursuitJobPage *self,
                          PursuitJob     *job)
{
  g_return_if_fail (PURSUIT_IS_JOB_PAGE (self));
  g_return_if_fail (job == NULL || PURSUIT_IS_JOB (job));

  if (self->job == job)
    return;

  /* Edits to the job being left are saved before another one is shown. */
  pursuit_job_page_flush (self);

  if (self->job != NULL)
    g_signal_handlers_disconnect_by_func (self->job, on_job_notify, self);

  g_set_object (&self->job, job);

  if (self->job != NULL)
    {
      g_signal_connect_object (self->job, "notify", G_CALLBACK (on_job_notify),
                               self, G_CONNECT_SWAPPED);
      load_job (self);
      validate_rows (self);

      /* The list leaves long texts out: fetch them before they can be edited. */
      if (!pursuit_job_get_details_loaded (self->job))
        pursuit_store_load_job_details_async (pursuit_context_get_store (self->context), self->job,
                                              NULL, on_details_loaded, g_object_ref (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB]);
}

/* Saves at once what is waiting for the typing pause. */
void
pursuit_job_page_flush (PursuitJobPage *self)
{
  g_return_if_fail (PURSUIT_IS_JOB_PAGE (self));

  if (self->save_timeout != 0)
    save_now (self);
}
