/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-contacts-section.h"
#include "pursuit-interviews-section.h"
#include "pursuit-job-page.h"
#include "pursuit-validation.h"
#include "pursuit-timeline-section.h"
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
  /* Whether the text boxes hold the job's long texts, read from the store. */
  gboolean texts_shown;

  AdwEntryRow *title_row;
  AdwEntryRow *company_row;
  AdwComboRow *stage_row;
  AdwEntryRow *location_row;
  AdwComboRow *workplace_row;
  AdwComboRow *employment_row;
  AdwEntryRow *industry_row;
  AdwEntryRow *source_row;
  AdwEntryRow *url_row;
  AdwEntryRow *pay_min_row;
  AdwEntryRow *pay_max_row;
  AdwEntryRow *currency_row;
  AdwComboRow *period_row;
  GtkSpinButton *excitement_spin;
  AdwEntryRow *applied_row;
  AdwEntryRow *deadline_row;
  AdwEntryRow *next_action_row;
  AdwEntryRow *due_row;
  GtkSwitch *archived_switch;
  GtkLabel *validation_label;
  GtkTextView *posting_view;
  GtkTextView *notes_view;
  GtkLabel *dates_label;
  GtkBox *timeline_box;
  PursuitTimelineSection *timeline_section;
  GtkBox *people_box;
  PursuitInterviewsSection *interviews_section;
  PursuitContactsSection *contacts_section;
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
get_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  g_autofree char *current = get_view_text (view);

  if (g_strcmp0 (current, text) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* Leaves the row alone when it already says the same, so a save coming back
 * does not eat a trailing space or move the cursor. */
static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  g_autofree char *current = row_text (row);

  if (g_strcmp0 (current, text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static char *
format_pay_figure (double value)
{
  if (value < 0)
    return g_strdup ("");
  if (value == (double) (gint64) value)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
  return g_strdup_printf ("%.2f", value);
}

/* A figure as typed: "38,500", "38 500", "19.08"; -1 for empty, -2 for
 * something that is not a figure. */
static double
parse_pay_figure (const char *text)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  char *end = NULL;
  double value;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p != ',' && *p != ' ')
        g_string_append_c (digits, *p);
    }

  if (digits->len == 0)
    return -1;

  value = g_ascii_strtod (digits->str, &end);
  if (end == NULL || *end != '\0' || value < 0 || isnan (value) || isinf (value))
    return -2;
  return value;
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
load_texts (PursuitJobPage *self)
{
  gboolean loaded = pursuit_job_get_details_loaded (self->job);

  self->loading = TRUE;
  set_view_text (self->notes_view, pursuit_job_get_notes (self->job));
  set_view_text (self->posting_view, pursuit_job_get_posting_text (self->job));
  gtk_widget_set_sensitive (GTK_WIDGET (self->notes_view), loaded);
  gtk_widget_set_sensitive (GTK_WIDGET (self->posting_view), loaded);
  self->texts_shown = loaded;
  self->loading = FALSE;
}

static void
load_job (PursuitJobPage *self)
{
  g_autofree char *pay_min = NULL;
  g_autofree char *pay_max = NULL;

  if (self->job == NULL)
    return;

  self->loading = TRUE;
  set_row_text (self->company_row, pursuit_job_get_company (self->job));
  set_row_text (self->title_row, pursuit_job_get_title (self->job));
  set_row_text (self->location_row, pursuit_job_get_location (self->job));
  set_row_text (self->url_row, pursuit_job_get_url (self->job));
  set_row_text (self->industry_row, pursuit_job_get_industry (self->job));
  set_row_text (self->source_row, pursuit_job_get_source (self->job));
  adw_combo_row_set_selected (self->stage_row,
                              find_stage_position (self, pursuit_job_get_stage (self->job)));
  adw_combo_row_set_selected (self->workplace_row, pursuit_job_get_workplace (self->job));
  adw_combo_row_set_selected (self->employment_row, pursuit_job_get_employment_type (self->job));

  /* A figure the user is still typing ("38,5") stays as typed. */
  pay_min = format_pay_figure (pursuit_job_get_pay_min (self->job));
  pay_max = format_pay_figure (pursuit_job_get_pay_max (self->job));
  if (parse_pay_figure (gtk_editable_get_text (GTK_EDITABLE (self->pay_min_row))) != pursuit_job_get_pay_min (self->job))
    set_row_text (self->pay_min_row, pay_min);
  if (parse_pay_figure (gtk_editable_get_text (GTK_EDITABLE (self->pay_max_row))) != pursuit_job_get_pay_max (self->job))
    set_row_text (self->pay_max_row, pay_max);
  set_row_text (self->currency_row, pursuit_job_get_pay_currency (self->job));
  adw_combo_row_set_selected (self->period_row, pursuit_job_get_pay_period (self->job));

  gtk_spin_button_set_value (self->excitement_spin, pursuit_job_get_excitement (self->job));
  set_row_text (self->applied_row, pursuit_job_get_applied_on (self->job));
  set_row_text (self->deadline_row, pursuit_job_get_deadline (self->job));
  set_row_text (self->next_action_row, pursuit_job_get_next_action (self->job));
  set_row_text (self->due_row, pursuit_job_get_next_action_due (self->job));
  gtk_switch_set_active (self->archived_switch, pursuit_job_get_archived (self->job));
  update_dates (self);
  self->loading = FALSE;

  load_texts (self);
}

static void
mark_row (gpointer row,
          gboolean valid)
{
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

typedef struct
{
  gboolean company;
  gboolean title;
  gboolean url;
  gboolean pay;
  gboolean currency;
  gboolean applied;
  gboolean deadline;
  gboolean due;
} Validity;

/* Checks every field, flags the rows that are wrong and says why under the
 * fields; the values that are wrong are not saved, the others are. */
static Validity
validate_rows (PursuitJobPage *self)
{
  g_autofree char *company = row_text (self->company_row);
  g_autofree char *title = row_text (self->title_row);
  g_autofree char *url = row_text (self->url_row);
  g_autofree char *currency = row_text (self->currency_row);
  g_autofree char *applied = row_text (self->applied_row);
  g_autofree char *deadline = row_text (self->deadline_row);
  g_autofree char *due = row_text (self->due_row);
  double pay_min = parse_pay_figure (gtk_editable_get_text (GTK_EDITABLE (self->pay_min_row)));
  double pay_max = parse_pay_figure (gtk_editable_get_text (GTK_EDITABLE (self->pay_max_row)));
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  Validity valid;

  valid.company = company[0] != '\0';
  valid.title = title[0] != '\0';
  valid.url = url[0] == '\0' || pursuit_is_web_address (url);
  valid.pay = pay_min != -2 && pay_max != -2 && (pay_min < 0 || pay_max < 0 || pay_min <= pay_max);
  valid.currency = (currency[0] == '\0' && pay_min < 0 && pay_max < 0) || pursuit_is_currency_code (currency);
  valid.applied = pursuit_is_valid_date (applied);
  valid.deadline = pursuit_is_valid_date (deadline);
  valid.due = pursuit_is_valid_date (due);

  mark_row (self->company_row, valid.company);
  mark_row (self->title_row, valid.title);
  mark_row (self->url_row, valid.url);
  mark_row (self->pay_min_row, valid.pay && pay_min != -2);
  mark_row (self->pay_max_row, valid.pay && pay_max != -2);
  mark_row (self->currency_row, valid.currency);
  mark_row (self->applied_row, valid.applied);
  mark_row (self->deadline_row, valid.deadline);
  mark_row (self->due_row, valid.due);

  if (!valid.title)
    g_ptr_array_add (problems, _("The job title cannot be empty; the last saved title is kept."));
  if (!valid.company)
    g_ptr_array_add (problems, _("The company cannot be empty; the last saved name is kept."));
  if (!valid.url)
    g_ptr_array_add (problems, _("The posting URL must be a web address starting with http:// or https://."));
  if (pay_min == -2 || pay_max == -2)
    g_ptr_array_add (problems, _("Pay must be a figure of zero or more, such as 38500 or 19.08."));
  else if (!valid.pay)
    g_ptr_array_add (problems, _("The minimum pay is above the maximum."));
  if (!valid.currency)
    g_ptr_array_add (problems, _("The currency must be a three-letter code such as USD, EUR or GBP."));
  if (!valid.applied || !valid.deadline || !valid.due)
    g_ptr_array_add (problems, _("Dates are written as YYYY-MM-DD and must exist, such as 2026-11-24."));

  g_ptr_array_add (problems, NULL);
  {
    g_autofree char *text = g_strjoinv ("\n", (char **) problems->pdata);

    gtk_label_set_text (self->validation_label, text);
    gtk_widget_set_visible (GTK_WIDGET (self->validation_label), text[0] != '\0');
  }
  return valid;
}

static PursuitJob *
build_draft (PursuitJobPage *self)
{
  PursuitJob *draft = pursuit_job_copy (self->job);
  PursuitStage *stage = adw_combo_row_get_selected_item (self->stage_row);
  Validity valid = validate_rows (self);
  g_autofree char *company = row_text (self->company_row);
  g_autofree char *title = row_text (self->title_row);
  g_autofree char *location = row_text (self->location_row);
  g_autofree char *url = row_text (self->url_row);
  g_autofree char *industry = row_text (self->industry_row);
  g_autofree char *source = row_text (self->source_row);
  g_autofree char *currency = row_text (self->currency_row);
  g_autofree char *applied = row_text (self->applied_row);
  g_autofree char *deadline = row_text (self->deadline_row);
  g_autofree char *next_action = row_text (self->next_action_row);
  g_autofree char *due = row_text (self->due_row);

  /* An invalid value keeps the last saved one; everything else is saved. */
  if (valid.company)
    pursuit_job_set_company (draft, company);
  if (valid.title)
    pursuit_job_set_title (draft, title);
  if (valid.url)
    pursuit_job_set_url (draft, url);
  if (valid.pay && valid.currency)
    {
      pursuit_job_set_pay_min (draft, parse_pay_figure (gtk_editable_get_text (GTK_EDITABLE (self->pay_min_row))));
      pursuit_job_set_pay_max (draft, parse_pay_figure (gtk_editable_get_text (GTK_EDITABLE (self->pay_max_row))));
      pursuit_job_set_pay_currency (draft, currency);
      pursuit_job_set_pay_period (draft, adw_combo_row_get_selected (self->period_row));
    }
  if (valid.applied)
    pursuit_job_set_applied_on (draft, applied);
  if (valid.deadline)
    pursuit_job_set_deadline (draft, deadline);
  if (valid.due)
    pursuit_job_set_next_action_due (draft, due);

  pursuit_job_set_location (draft, location);
  pursuit_job_set_industry (draft, industry);
  pursuit_job_set_source (draft, source);
  pursuit_job_set_next_action (draft, next_action);
  pursuit_job_set_workplace (draft, adw_combo_row_get_selected (self->workplace_row));
  pursuit_job_set_employment_type (draft, adw_combo_row_get_selected (self->employment_row));
  pursuit_job_set_excitement (draft, gtk_spin_button_get_value_as_int (self->excitement_spin));
  pursuit_job_set_archived (draft, gtk_switch_get_active (self->archived_switch));
  if (stage != NULL)
    pursuit_job_set_stage (draft, stage);

  /* Long texts only go back when the boxes really hold them. */
  if (self->texts_shown)
    {
      g_autofree char *notes = get_view_text (self->notes_view);
      g_autofree char *posting = get_view_text (self->posting_view);

      pursuit_job_set_notes (draft, notes);
      pursuit_job_set_posting_text (draft, posting);
    }
  else
    pursuit_job_set_details_loaded (draft, FALSE);

  return draft;
}

static gboolean
differs (PursuitJob *a,
         PursuitJob *b)
{
  static const char * const names[] = {
    "company", "title", "location", "url", "notes", "posting-text", "industry", "source",
    "pay-min", "pay-max", "pay-currency", "pay-period", "workplace", "employment-type",
    "excitement", "applied-on", "deadline", "next-action", "next-action-due", "archived",
  };

  if (pursuit_stage_get_id (pursuit_job_get_stage (a)) != pursuit_stage_get_id (pursuit_job_get_stage (b)))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto(GValue) value_a = G_VALUE_INIT;
      g_auto(GValue) value_b = G_VALUE_INIT;
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (a), names[i]);

      g_value_init (&value_a, pspec->value_type);
      g_value_init (&value_b, pspec->value_type);
      g_object_get_property (G_OBJECT (a), names[i], &value_a);
      g_object_get_property (G_OBJECT (b), names[i], &value_b);
      if (g_param_values_cmp (pspec, &value_a, &value_b) != 0)
        return TRUE;
    }
  return FALSE;
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

  if (self->job == NULL)
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
on_choice_changed (PursuitJobPage *self)
{
  if (self->loading || self->job == NULL)
    return;

  save_now (self);
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
   * what the user is still typing, but do take the long texts when they
   * arrive, whatever else is going on. */
  if (self->save_timeout == 0)
    load_job (self);
  else
    update_dates (self);

  if (!self->texts_shown &&
      (g_str_equal (pspec->name, "details-loaded") || g_str_equal (pspec->name, "notes") ||
       g_str_equal (pspec->name, "posting-text")))
    load_texts (self);

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

/* The choices of an enumeration, in value order, so the selected position is
 * the value. */
static void
fill_choices (AdwComboRow *row,
              GType        type,
              int          last)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (int value = 0; value <= last; value++)
    gtk_string_list_append (labels, pursuit_enum_get_label (type, value));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
}

static void
pursuit_job_page_constructed (GObject *object)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (object);

  G_OBJECT_CLASS (pursuit_job_page_parent_class)->constructed (object);

  adw_combo_row_set_model (self->stage_row,
                           pursuit_store_get_stages (pursuit_context_get_store (self->context)));
  fill_choices (self->workplace_row, PURSUIT_TYPE_WORKPLACE, PURSUIT_WORKPLACE_REMOTE);
  fill_choices (self->employment_row, PURSUIT_TYPE_EMPLOYMENT_TYPE, PURSUIT_EMPLOYMENT_INTERNSHIP);
  fill_choices (self->period_row, PURSUIT_TYPE_PAY_PERIOD, PURSUIT_PAY_PERIOD_YEAR);

  self->timeline_section = pursuit_timeline_section_new (self->context);
  gtk_box_append (self->timeline_box, GTK_WIDGET (self->timeline_section));
  pursuit_timeline_section_set_job (self->timeline_section, self->job);

  self->interviews_section = PURSUIT_INTERVIEWS_SECTION (pursuit_interviews_section_new (self->context));
  self->contacts_section = PURSUIT_CONTACTS_SECTION (pursuit_contacts_section_new (self->context));
  gtk_box_append (self->people_box, GTK_WIDGET (self->interviews_section));
  gtk_box_append (self->people_box, GTK_WIDGET (self->contacts_section));
  pursuit_interviews_section_set_job (self->interviews_section, self->job);
  pursuit_contacts_section_set_job (self->contacts_section, self->job);
}

static void
pursuit_job_page_dispose (GObject *object)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (object);

  pursuit_job_page_flush (self);
  pursuit_job_page_set_job (self, NULL);
  self->timeline_section = NULL;  /* goes with timeline_box */
  self->interviews_section = NULL;  /* these two go with people_box */
  self->contacts_section = NULL;
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
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, company_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, stage_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, location_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, workplace_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, employment_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, industry_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, source_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, url_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, pay_min_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, pay_max_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, currency_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, period_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, excitement_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, applied_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, next_action_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, due_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, archived_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, validation_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, posting_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, dates_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, timeline_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, people_box);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stage_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);
}

static void
pursuit_job_page_init (PursuitJobPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->posting_view), "changed",
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
  if (self->timeline_section != NULL)
    pursuit_timeline_section_set_job (self->timeline_section, self->job);
  if (self->interviews_section != NULL)
    pursuit_interviews_section_set_job (self->interviews_section, self->job);
  if (self->contacts_section != NULL)
    pursuit_contacts_section_set_job (self->contacts_section, self->job);

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
