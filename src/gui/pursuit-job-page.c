/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-contacts-section.h"
#include "pursuit-date-picker.h"
#include "pursuit-expander-fill.h"
#include "pursuit-interviews-section.h"
#include "pursuit-practice-section.h"
#include "pursuit-practice-widgets.h"
#include "pursuit-job-fields.h"
#include "pursuit-job-documents-section.h"
#include "pursuit-job-page.h"
#include "pursuit-launch.h"
#include "pursuit-money.h"
#include "pursuit-salary-section.h"
#include "pursuit-scroll-chain.h"
#include "pursuit-login-section.h"
#include "pursuit-notes-section.h"
#include "pursuit-timeline-section.h"
#include "pursuit-toasts.h"
#include "pursuit-validation.h"

/* How long typing may pause before the edit is saved. */
#define SAVE_DELAY_MS 500

/* The selected job, every field editable in place and saved as you type.
 *
 * What the user typed is never lost, merged or silently changed:
 * - each field knows whether it holds an edit not yet saved ("dirty");
 * - a save sends only the fields that changed and are right;
 * - when the job changes (a save came back, another program wrote to it),
 *   a field is refreshed only if it has no focus and nothing unsaved;
 * - a wrong value is told under its own field and stops nothing else;
 * - leaving a job with a wrong value keeps it as a draft, shown again
 *   (and still marked) when the job is shown again. */

typedef struct
{
  PursuitJobField field;
  GtkWidget *widget;      /* the row, spin button, switch or text view */
  GtkWidget *message_row; /* under an entry row: what is wrong with it */
  GtkLabel *message;
  gboolean dirty;         /* changed by the user since last saved */
  gboolean valid;
} FieldState;

struct _PursuitJobPage
{
  AdwBin parent_instance;

  PursuitContext *context;
  PursuitJob *job;
  guint save_timeout;
  gboolean loading;        /* the page is filling its fields */
  FieldState fields[PURSUIT_JOB_N_FIELDS];
  GHashTable *drafts;      /* job id -> GHashTable (field -> text) not saved */
  AdwToast *error_toast;   /* the last save's failure, withdrawn on success */

  GtkLabel *heading_title;
  GtkLabel *heading_company;
  AdwEntryRow *title_row;
  AdwEntryRow *company_row;
  AdwComboRow *stage_row;
  AdwEntryRow *location_row;
  AdwComboRow *workplace_row;
  AdwComboRow *employment_row;
  AdwExpanderRow *schedule_row;
  GPtrArray *schedule_checks;  /* GtkCheckButton, one per PursuitSchedule bit; empty until opened */
  AdwEntryRow *languages_row;
  AdwEntryRow *industry_row;
  AdwEntryRow *source_row;
  AdwEntryRow *url_row;
  GtkWidget *open_url_button;
  AdwActionRow *pay_text_preview_row;  /* NULL until the posted pay is reached */
  AdwExpanderRow *offer_row;
  AdwEntryRow *offer_text_row;          /* NULL until the offer is first opened */
  AdwActionRow *offer_text_preview_row;
  char *fill_undo[4];      /* a pay group's texts before "paste the pay line" filled it */
  const PursuitPayFields *fill_undo_group;
  GtkLabel *dates_label;
  PursuitJobSection *pay_group;       /* the groups below the first screen, */
  PursuitJobSection *progress_group;  /* their rows NULL until reached */
  PursuitJobSection *posting_group;
  PursuitJobSection *notes_section;
  PursuitJobSection *documents_section;
  PursuitJobSection *login_section;
};

G_DEFINE_FINAL_TYPE (PursuitJobPage, pursuit_job_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_JOB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TITLE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load_field (PursuitJobPage *self,
                        FieldState     *state);
static void on_buffer_changed (GtkTextBuffer  *buffer,
                               PursuitJobPage *self);

/* Widgets */

static char *
get_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The field's text as the user left it, for the text kinds. */
static char *
field_text (FieldState *state)
{
  if (GTK_IS_TEXT_VIEW (state->widget))
    return get_view_text (GTK_TEXT_VIEW (state->widget));
  if (GTK_IS_EDITABLE (state->widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (state->widget)));
  return NULL;
}

static gboolean
has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static FieldState *
state_of (PursuitJobPage *self,
          gpointer        source)   /* the field's widget, or a text view's buffer */
{
  for (guint i = 0; i < PURSUIT_JOB_N_FIELDS; i++)
    {
      if ((gpointer) self->fields[i].widget == source ||
          (GTK_IS_TEXT_VIEW (self->fields[i].widget) &&
           (gpointer) gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->fields[i].widget)) == source))
        return &self->fields[i];
    }
  return NULL;
}

/* What is wrong goes right under the field, and screen readers hear it
 * with the field. Made the first time something is wrong: two dozen
 * fields are shown with the first job at start, and most are never
 * wrong. */
static void
add_message_row (FieldState *state)
{
  GtkWidget *list = gtk_widget_get_parent (state->widget);

  state->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (state->message, TRUE);
  gtk_label_set_xalign (state->message, 0);
  gtk_widget_set_margin_start (GTK_WIDGET (state->message), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (state->message), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (state->message), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (state->message), 6);
  gtk_widget_add_css_class (GTK_WIDGET (state->message), "error");
  gtk_widget_add_css_class (GTK_WIDGET (state->message), "caption");
  state->message_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (state->message_row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (state->message_row), FALSE);
  gtk_widget_set_focusable (state->message_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (state->message_row), GTK_WIDGET (state->message));
  gtk_widget_set_visible (state->message_row, FALSE);
  gtk_list_box_insert (GTK_LIST_BOX (list), state->message_row,
                       gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (state->widget)) + 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (state->widget), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  state->message, NULL, -1);
}

static void
show_message (FieldState *state,
              const char *message)
{
  gboolean wrong = message != NULL;

  if (state->widget == NULL)
    return;

  if (wrong)
    gtk_widget_add_css_class (state->widget, "error");
  else
    gtk_widget_remove_css_class (state->widget, "error");

  if (state->message == NULL && wrong && ADW_IS_ENTRY_ROW (state->widget))
    add_message_row (state);
  if (state->message == NULL)
    return;

  gtk_label_set_text (state->message, wrong ? message : "");
  gtk_widget_set_visible (state->message_row, wrong);
}

/* Reads the field into @draft; says under the field what is wrong if it is. */
static gboolean
read_field (PursuitJobPage *self,
            FieldState     *state,
            PursuitJob     *draft)
{
  const PursuitJobFieldInfo *info = pursuit_job_field_get_info (state->field);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  switch (info->kind)
    {
    case PURSUIT_FIELD_STAGE:
      {
        PursuitStage *stage = adw_combo_row_get_selected_item (ADW_COMBO_ROW (state->widget));

        if (stage != NULL)
          pursuit_job_set_stage (draft, stage);
        return stage != NULL;
      }
    case PURSUIT_FIELD_CHOICE:
      pursuit_job_set_number (draft, state->field, adw_combo_row_get_selected (ADW_COMBO_ROW (state->widget)));
      return TRUE;
    case PURSUIT_FIELD_FLAGS:
      {
        guint flags = 0;

        for (guint i = 0; i < self->schedule_checks->len; i++)
          {
            GtkCheckButton *check = g_ptr_array_index (self->schedule_checks, i);

            if (gtk_check_button_get_active (check))
              flags |= GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "pursuit-flag"));
          }
        pursuit_job_set_number (draft, state->field, (int) flags);
        return TRUE;
      }
    case PURSUIT_FIELD_NUMBER:
      pursuit_job_set_number (draft, state->field,
                              gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (state->widget)));
      return TRUE;
    case PURSUIT_FIELD_SWITCH:
      pursuit_job_set_number (draft, state->field, gtk_switch_get_active (GTK_SWITCH (state->widget)));
      return TRUE;
    default:
      break;
    }

  text = field_text (state);
  if (!pursuit_job_field_parse (draft, state->field, text, &error))
    {
      show_message (state, error->message);
      return FALSE;
    }

  show_message (state, NULL);
  return TRUE;
}

/* Pay is saved as a whole: a minimum above the maximum, or an amount
 * without a currency, holds that pay's fields back and says so where the
 * fix goes. */
static PursuitJobFields
check_pay (PursuitJobPage  *self,
           PursuitJob      *draft,
           PursuitJobFields fields)
{
  const PursuitPayFields *groups;
  guint n_groups;
  g_autoptr(GError) error = NULL;
  const PursuitJobFieldInfo *info = NULL;
  const char *name;

  if (pursuit_job_validate (draft, &error))
    return fields;

  name = pursuit_validation_error_get_field (error);
  if (name != NULL)
    info = pursuit_job_field_find (name);
  groups = pursuit_job_get_pay_groups (&n_groups);
  for (guint i = 0; info != NULL && i < n_groups; i++)
    {
      PursuitJobFields group = pursuit_pay_fields_get_bits (&groups[i]);

      if ((fields & group) == 0 || (info->field != groups[i].max && info->field != groups[i].currency))
        continue;

      show_message (&self->fields[info->field], error->message);
      self->fields[groups[i].max].valid = FALSE;
      return fields & ~group;
    }
  return fields;
}

/* Saving */

typedef struct
{
  PursuitJobPage *self;
  PursuitJob *job;
  PursuitJobFields fields;
  char *texts[PURSUIT_JOB_N_FIELDS];  /* what was sent, for the text kinds */
} Save;

static void
save_free (Save *save)
{
  g_object_unref (save->self);
  g_object_unref (save->job);
  for (guint i = 0; i < PURSUIT_JOB_N_FIELDS; i++)
    g_free (save->texts[i]);
  g_free (save);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Save *save = user_data;
  PursuitJobPage *self = save->self;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_save_job_finish (PURSUIT_STORE (source), result, &error))
    {
      const PursuitJobFieldInfo *info = pursuit_job_field_find (pursuit_validation_error_get_field (error) != NULL
                                                                ? pursuit_validation_error_get_field (error) : "");

      /* A value the store refused is told at its field; anything else
       * (a full disk), or a field not made yet (a value another program
       * stored, in a group below the first screen), in a toast that goes
       * once a save succeeds. */
      if (info != NULL && save->job == self->job && self->fields[info->field].widget != NULL)
        show_message (&self->fields[info->field], error->message);
      else
        {
          /* Named, as no row under it says which field it is. */
          if (info != NULL)
            g_prefix_error (&error, "%s: ", pursuit_job_field_get_label (info->field));
          if (self->error_toast != NULL)
            adw_toast_dismiss (self->error_toast);
          g_set_weak_pointer (&self->error_toast,
                              pursuit_show_error (GTK_WIDGET (self), _("Could not save the job"), error));
        }
      save_free (save);
      return;
    }

  if (self->error_toast != NULL)
    {
      adw_toast_dismiss (self->error_toast);
      g_clear_weak_pointer (&self->error_toast);
    }

  /* Fields still as they were sent are saved now; fields typed into since
   * wait for their own save. */
  if (save->job == self->job)
    {
      for (guint i = 0; i < PURSUIT_JOB_N_FIELDS; i++)
        {
          FieldState *state = &self->fields[i];
          g_autofree char *text = NULL;

          if ((save->fields & PURSUIT_JOB_FIELD_BIT (i)) == 0)
            continue;

          text = field_text (state);
          if (save->texts[i] == NULL || g_strcmp0 (text, save->texts[i]) == 0)
            state->dirty = FALSE;

          /* A completed address ("www…" became "https://www…") shows as
           * saved once the field is left. */
          if (!state->dirty && !has_focus_within (state->widget))
            load_field (self, state);
        }
    }

  save_free (save);
}

static void
save_now (PursuitJobPage *self)
{
  g_autoptr(PursuitJob) draft = NULL;
  PursuitJobFields fields = 0;
  Save *save;

  g_clear_handle_id (&self->save_timeout, g_source_remove);

  if (self->job == NULL || self->context == NULL)
    return;

  draft = pursuit_job_copy (self->job);
  for (guint i = 0; i < PURSUIT_JOB_N_FIELDS; i++)
    {
      FieldState *state = &self->fields[i];

      if (!state->dirty || state->widget == NULL)
        continue;

      /* Details go back only once they were read from the store. */
      if (pursuit_job_field_is_detail (i) && !pursuit_job_get_details_loaded (self->job))
        continue;

      state->valid = read_field (self, state, draft);
      if (state->valid)
        fields |= PURSUIT_JOB_FIELD_BIT (i);
    }

  fields = check_pay (self, draft, fields);
  fields &= pursuit_job_diff (self->job, draft);
  if (fields == 0)
    return;

  save = g_new0 (Save, 1);
  save->self = g_object_ref (self);
  save->job = g_object_ref (self->job);
  save->fields = fields;
  for (guint i = 0; i < PURSUIT_JOB_N_FIELDS; i++)
    {
      if ((fields & PURSUIT_JOB_FIELD_BIT (i)) != 0)
        save->texts[i] = field_text (&self->fields[i]);
    }

  pursuit_store_save_job_async (pursuit_context_get_store (self->context), draft, fields, NULL,
                                on_saved, save);
}

static gboolean
on_save_timeout (gpointer user_data)
{
  PursuitJobPage *self = user_data;

  self->save_timeout = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

/* Filling in */

static void
set_view_text (GtkTextView *view,
               const char  *text)
{
  g_autofree char *current = get_view_text (view);

  if (g_strcmp0 (current, text) != 0)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static guint
find_stage_position (PursuitJobPage *self,
                     PursuitStage   *stage)
{
  GListModel *stages = pursuit_store_get_stages (pursuit_context_get_store (self->context));
  guint n = g_list_model_get_n_items (stages);

  for (guint i = 0; stage != NULL && i < n; i++)
    {
      g_autoptr(PursuitStage) item = g_list_model_get_item (stages, i);

      if (pursuit_stage_get_id (item) == pursuit_stage_get_id (stage))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Shows the job's value in the field, unless the user is at it. */
static void
load_field (PursuitJobPage *self,
            FieldState     *state)
{
  const PursuitJobFieldInfo *info = pursuit_job_field_get_info (state->field);
  gboolean was_loading = self->loading;

  if (state->widget == NULL || self->job == NULL || state->dirty)
    return;

  self->loading = TRUE;
  switch (info->kind)
    {
    case PURSUIT_FIELD_STAGE:
      adw_combo_row_set_selected (ADW_COMBO_ROW (state->widget),
                                  find_stage_position (self, pursuit_job_get_stage (self->job)));
      break;
    case PURSUIT_FIELD_CHOICE:
      adw_combo_row_set_selected (ADW_COMBO_ROW (state->widget), pursuit_job_get_number (self->job, state->field));
      break;
    case PURSUIT_FIELD_NUMBER:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (state->widget), pursuit_job_get_number (self->job, state->field));
      break;
    case PURSUIT_FIELD_FLAGS:
      {
        guint flags = (guint) pursuit_job_get_number (self->job, state->field);
        g_autoptr(GString) chosen = g_string_new (NULL);
        g_autoptr(GFlagsClass) klass = g_type_class_ref (PURSUIT_TYPE_SCHEDULE);

        /* The row says what is chosen while folded, before its checks are made. */
        for (guint i = 0; i < klass->n_values; i++)
          {
            if ((flags & klass->values[i].value) != 0)
              g_string_append_printf (chosen, "%s%s", chosen->len > 0 ? ", " : "",
                                      pursuit_enum_get_label (PURSUIT_TYPE_SCHEDULE, (int) klass->values[i].value));
          }
        for (guint i = 0; i < self->schedule_checks->len; i++)
          {
            GtkCheckButton *check = g_ptr_array_index (self->schedule_checks, i);
            guint flag = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "pursuit-flag"));

            gtk_check_button_set_active (check, (flags & flag) != 0);
          }
        adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (state->widget),
                                       chosen->len > 0 ? chosen->str : _("Not set"));
      }
      break;
    case PURSUIT_FIELD_SWITCH:
      gtk_switch_set_active (GTK_SWITCH (state->widget), pursuit_job_get_number (self->job, state->field) != 0);
      break;
    case PURSUIT_FIELD_LONG_TEXT:
      {
        gboolean loaded = pursuit_job_get_details_loaded (self->job);

        set_view_text (GTK_TEXT_VIEW (state->widget), pursuit_job_get_text (self->job, state->field));
        /* Not editable until the store has read them: a list copy has none. */
        gtk_widget_set_sensitive (state->widget, loaded);
      }
      break;
    default:
      {
        g_autofree char *text = pursuit_job_field_format (self->job, state->field);

        /* The same value leaves the cursor where it is. */
        if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (state->widget)), text) != 0)
          gtk_editable_set_text (GTK_EDITABLE (state->widget), text);
      }
    }
  show_message (state, NULL);
  state->valid = TRUE;
  self->loading = was_loading;
}

/* The posting can be opened once it is saved as a web address. */
static void
update_open_url (PursuitJobPage *self)
{
  gtk_widget_set_sensitive (self->open_url_button,
                            self->job != NULL && pursuit_job_get_url (self->job)[0] != '\0');
}

static void
on_open_url_clicked (PursuitJobPage *self)
{
  if (self->job != NULL)
    pursuit_open_uri (GTK_WIDGET (self), pursuit_job_get_url (self->job));
}

/* The offer's row says what it holds while folded. */
static void
update_offer (PursuitJobPage *self)
{
  PursuitSalaryOffer offer;
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *base = NULL;
  PursuitPay bonus;

  if (!pursuit_salary_job_get_offer (self->job, &offer))
    {
      adw_expander_row_set_subtitle (self->offer_row, _("None yet"));
      return;
    }

  base = pursuit_pay_format (&offer.pay);
  if (base != NULL)
    g_string_append (summary, base);
  bonus = (PursuitPay) { offer.sign_on_bonus, offer.sign_on_bonus, offer.pay.currency, PURSUIT_PAY_PERIOD_UNKNOWN };
  if (offer.sign_on_bonus > 0)
    {
      g_autofree char *amount = pursuit_pay_format (&bonus);

      /* Translators: a sign-on bonus in the summary of an offer, “$1,500 sign-on” */
      g_string_append_printf (summary, summary->len > 0 ? _(" + %s sign-on") : _("%s sign-on"), amount);
    }
  if (offer.annual_bonus > 0)
    {
      g_autofree char *amount = NULL;

      bonus.min = bonus.max = offer.annual_bonus;
      amount = pursuit_pay_format (&bonus);
      /* Translators: a yearly bonus in the summary of an offer, “$2,000 bonus a year” */
      g_string_append_printf (summary, summary->len > 0 ? _(" + %s bonus a year") : _("%s bonus a year"), amount);
    }
  adw_expander_row_set_subtitle (self->offer_row, summary->str);
}

static void
update_heading (PursuitJobPage *self)
{
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) updated = NULL;
  g_autofree char *created_text = NULL;
  g_autofree char *updated_text = NULL;
  g_autofree char *text = NULL;

  update_open_url (self);
  if (self->job == NULL)
    return;

  update_offer (self);
  gtk_label_set_text (self->heading_title, pursuit_job_get_title (self->job));
  gtk_label_set_text (self->heading_company, pursuit_job_get_company (self->job));

  created = g_date_time_new_from_unix_local (pursuit_job_get_created_at (self->job));
  updated = g_date_time_new_from_unix_local (pursuit_job_get_updated_at (self->job));
  /* Translators: a date, as in “Added 24 November 2026” */
  created_text = g_date_time_format (created, _("%-d %B %Y"));
  updated_text = g_date_time_format (updated, _("%-d %B %Y"));
  text = g_strdup_printf (_("Added %s · Last changed %s"), created_text, updated_text);
  gtk_label_set_text (self->dates_label, text);
}

static void
load_all (PursuitJobPage *self)
{
  for (guint i = 0; i < PURSUIT_JOB_N_FIELDS; i++)
    load_field (self, &self->fields[i]);
  update_heading (self);
}

/* The job changed in the store: a save came back, the long texts arrived,
 * or another program changed it. Fields the user is at stay as they are. */
static void
on_job_notify (PursuitJobPage *self,
               GParamSpec     *pspec)
{
  const PursuitJobFieldInfo *info = pursuit_job_field_find (pspec->name);

  /* Fields shown elsewhere (the notes, in their section) have no widget. */
  if (info != NULL && self->fields[info->field].widget != NULL)
    {
      FieldState *state = &self->fields[info->field];

      /* Fields other parts of the page edit (the benchmark choice) have no
       * widget here. */
      if (state->widget != NULL &&
          (!has_focus_within (state->widget) || GTK_IS_TEXT_VIEW (state->widget) ||
           !GTK_IS_EDITABLE (state->widget)))
        load_field (self, state);
    }
  else if (g_str_equal (pspec->name, "details-loaded"))
    {
      load_field (self, &self->fields[PURSUIT_JOB_FIELD_POSTING_TEXT]);
    }

  update_heading (self);

  /* The window's title names the job. */
  if (g_str_equal (pspec->name, "title") || g_str_equal (pspec->name, "company"))
    g_signal_emit (self, signals[TITLE_CHANGED], 0);
}

/* Edits */

static void
changed (PursuitJobPage *self,
         gpointer        source,
         gboolean        at_once)
{
  FieldState *state = state_of (self, source);
  g_autoptr(PursuitJob) probe = NULL;

  if (self->loading || self->job == NULL || state == NULL)
    return;

  state->dirty = TRUE;
  probe = pursuit_job_copy (self->job);
  state->valid = read_field (self, state, probe);

  g_clear_handle_id (&self->save_timeout, g_source_remove);
  if (at_once)
    save_now (self);
  else
    self->save_timeout = g_timeout_add (SAVE_DELAY_MS, on_save_timeout, self);
}

static void
on_field_changed (PursuitJobPage *self,
                  GtkWidget      *widget)
{
  changed (self, widget, FALSE);
}

static void
on_choice_changed (PursuitJobPage *self,
                   GParamSpec     *pspec,
                   GtkWidget      *widget)
{
  /* Moving past applying gives the job its date applied: the store does
   * it, and the field shows it when the save comes back. */
  changed (self, widget, TRUE);
}

static void
on_number_changed (PursuitJobPage *self,
                   GtkWidget      *widget)
{
  changed (self, widget, TRUE);
}

static void
on_schedule_toggled (PursuitJobPage *self)
{
  if (self->loading)
    return;

  changed (self, GTK_WIDGET (self->schedule_row), TRUE);
  load_field (self, &self->fields[PURSUIT_JOB_FIELD_SCHEDULE]);
}

/* A check row for each hour a job may ask for, made when the row first
 * opens (pursuit_expander_row_fill_when_expanded ()). */
static void
fill_schedule (GtkWidget *owner)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (owner);
  g_autoptr(GFlagsClass) klass = g_type_class_ref (PURSUIT_TYPE_SCHEDULE);

  for (guint i = 0; i < klass->n_values; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     pursuit_enum_get_label (PURSUIT_TYPE_SCHEDULE, (int) klass->values[i].value));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (check), "pursuit-flag", GUINT_TO_POINTER (klass->values[i].value));
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_schedule_toggled), self, G_CONNECT_SWAPPED);
      adw_expander_row_add_row (self->schedule_row, row);
      g_ptr_array_add (self->schedule_checks, check);
    }
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self->schedule_row));
  load_field (self, &self->fields[PURSUIT_JOB_FIELD_SCHEDULE]);
}

/* Leaving a field shows what was saved (a completed web address). */
static void
on_focus_left (GtkEventControllerFocus *controller,
               PursuitJobPage          *self)
{
  FieldState *state = state_of (self, gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  if (state != NULL && !state->dirty)
    load_field (self, state);
}

/* Drafts: values not saved because they were wrong, kept per job */

static void
stash_drafts (PursuitJobPage *self)
{
  GHashTable *draft = NULL;

  for (guint i = 0; i < PURSUIT_JOB_N_FIELDS; i++)
    {
      FieldState *state = &self->fields[i];

      if (!state->dirty || state->valid || state->widget == NULL)
        continue;

      if (draft == NULL)
        {
          gint64 *key = g_new (gint64, 1);

          *key = pursuit_job_get_id (self->job);
          draft = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
          g_hash_table_replace (self->drafts, key, draft);
        }
      g_hash_table_insert (draft, GUINT_TO_POINTER (i), field_text (state));
    }
}

static void
restore_drafts (PursuitJobPage *self)
{
  gint64 id = pursuit_job_get_id (self->job);
  GHashTable *draft = g_hash_table_lookup (self->drafts, &id);
  g_autoptr(PursuitJob) probe = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (draft == NULL)
    return;

  probe = pursuit_job_copy (self->job);
  g_hash_table_iter_init (&iter, draft);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      FieldState *state = &self->fields[GPOINTER_TO_UINT (key)];

      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (state->widget), value);
      self->loading = FALSE;
      state->dirty = TRUE;
      state->valid = read_field (self, state, probe);
      if (!state->valid && state->message != NULL)
        {
          /* Translators: a value kept from before, then why it was not saved */
          g_autofree char *text = g_strdup_printf (_("Not saved. %s"), gtk_label_get_text (state->message));

          gtk_label_set_text (state->message, text);
        }
    }
  g_hash_table_remove (self->drafts, &id);
}

/* Pay as a posting writes it */

/* The pay group a "paste the pay line" row fills: the posted pay or the
 * offer. */
static const PursuitPayFields *
pay_group_of (PursuitJobPage *self,
              GtkWidget      *row)
{
  guint n_groups;
  const PursuitPayFields *groups = pursuit_job_get_pay_groups (&n_groups);

  return row == GTK_WIDGET (self->offer_text_row) ? &groups[1] : &groups[0];
}

/* The currency the group's field holds now, as the parser's default. */
static char *
group_currency (PursuitJobPage         *self,
                const PursuitPayFields *group)
{
  g_autofree char *text = field_text (&self->fields[group->currency]);
  char *code = NULL;

  if (!pursuit_parse_currency (text, &code, NULL) || code[0] == '\0')
    g_clear_pointer (&code, g_free);
  return code;
}

static gboolean
parse_pay_text (PursuitJobPage          *self,
                const PursuitPayFields  *group,
                const char              *text,
                PursuitParsedPay        *parsed,
                GError                 **error)
{
  g_autofree char *currency = group_currency (self, group);

  return pursuit_pay_parse (text, currency, parsed, error);
}

static void
on_pay_text_changed (PursuitJobPage *self,
                     GtkWidget      *row)
{
  AdwActionRow *preview = row == GTK_WIDGET (self->offer_text_row) ? self->offer_text_preview_row
                                                                   : self->pay_text_preview_row;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *reading = NULL;
  PursuitParsedPay parsed;

  if (text[strspn (text, " \t")] == '\0' || self->loading)
    {
      gtk_widget_set_visible (GTK_WIDGET (preview), FALSE);
      return;
    }

  if (!parse_pay_text (self, pay_group_of (self, row), text, &parsed, &error))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (preview), error->message);
      adw_action_row_set_subtitle (preview, "");
      gtk_widget_add_css_class (GTK_WIDGET (preview), "error");
    }
  else if (parsed.kind == PURSUIT_PAY_TEXT_UNSTATED)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (preview), _("This gives no figure to fill in"));
      adw_action_row_set_subtitle (preview, "");
      gtk_widget_remove_css_class (GTK_WIDGET (preview), "error");
    }
  else
    {
      PursuitPay pay = { parsed.min, parsed.max, parsed.currency[0] != '\0' ? parsed.currency : NULL,
                         parsed.period };
      g_autofree char *formatted = pursuit_pay_format (&pay);

      /* Translators: what pasted pay text will fill in, “$19–22 an hour” */
      reading = g_strdup_printf (_("Press Enter to fill in %s"), formatted);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (preview), reading);
      if (parsed.period_guessed)
        g_string_append (notes, _("No period is written; it was guessed from the size of the figure."));
      if (parsed.currency_from_default)
        g_string_append_printf (notes, "%s%s", notes->len > 0 ? " " : "",
                                _("No currency is written; the one already set is kept."));
      else if (parsed.currency[0] == '\0')
        g_string_append_printf (notes, "%s%s", notes->len > 0 ? " " : "",
                                _("No currency is written: add one, such as “19 USD an hour”."));
      adw_action_row_set_subtitle (preview, notes->str);
      gtk_widget_remove_css_class (GTK_WIDGET (preview), "error");
    }
  gtk_widget_set_visible (GTK_WIDGET (preview), TRUE);
}

static void
set_field_text (PursuitJobPage  *self,
                PursuitJobField  field,
                const char      *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->fields[field].widget), text);
}

/* As typed in a field: C-locale digits that pursuit_job_field_parse()
 * reads back in any locale ("38500", "19.50"), never "38.500". */
static char *
format_figure (double amount)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (amount < 0)
    return g_strdup ("");
  if (amount == (double) (gint64) amount)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) amount);
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", amount));
}

static void undo_pay_fill (PursuitJobPage *self);

/* Fills the group's fields from the pasted text, as if typed, and saves
 * them at once; a toast offers to put back what they held. */
static void
on_pay_text_apply (PursuitJobPage *self,
                   GtkWidget      *row)
{
  const PursuitPayFields *group = pay_group_of (self, row);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  PursuitParsedPay parsed;
  AdwToast *toast;

  if (!parse_pay_text (self, group, text, &parsed, NULL) || parsed.kind != PURSUIT_PAY_TEXT_FIGURES ||
      parsed.currency[0] == '\0')
    return;

  for (guint i = 0; i < G_N_ELEMENTS (self->fill_undo); i++)
    g_free (self->fill_undo[i]);
  self->fill_undo[0] = field_text (&self->fields[group->min]);
  self->fill_undo[1] = field_text (&self->fields[group->max]);
  self->fill_undo[2] = field_text (&self->fields[group->currency]);
  self->fill_undo[3] = g_strdup_printf ("%u", adw_combo_row_get_selected (ADW_COMBO_ROW (self->fields[group->period].widget)));
  self->fill_undo_group = group;

  /* "Up to $52,000" keeps the one figure as the minimum, as a single
   * figure is kept. */
  low = format_figure (parsed.min >= 0 ? parsed.min : parsed.max);
  high = format_figure (parsed.min >= 0 && parsed.max > parsed.min ? parsed.max : -1);
  set_field_text (self, group->min, low);
  set_field_text (self, group->max, high);
  set_field_text (self, group->currency, parsed.currency);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->fields[group->period].widget), parsed.period);
  save_now (self);

  gtk_editable_set_text (GTK_EDITABLE (row), "");
  toast = adw_toast_new (_("Pay filled in from the text"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_pay_fill), self, G_CONNECT_SWAPPED);
  pursuit_show_toast (GTK_WIDGET (self), toast);
}

static void
undo_pay_fill (PursuitJobPage *self)
{
  const PursuitPayFields *group = self->fill_undo_group;

  if (group == NULL || self->job == NULL)
    return;

  set_field_text (self, group->min, self->fill_undo[0]);
  set_field_text (self, group->max, self->fill_undo[1]);
  set_field_text (self, group->currency, self->fill_undo[2]);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->fields[group->period].widget),
                              (guint) g_ascii_strtoull (self->fill_undo[3], NULL, 10));
  self->fill_undo_group = NULL;
  save_now (self);
}

/* Set up */

static void
fill_choices (AdwComboRow *row,
              GType        type)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  /* In value order, so the selected position is the value. */
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (labels, pursuit_enum_get_label (type, klass->values[i].value));
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
}

static void
bind_field (PursuitJobPage  *self,
            PursuitJobField  field,
            gpointer         widget)
{
  FieldState *state = &self->fields[field];

  state->field = field;
  state->widget = GTK_WIDGET (widget);
  state->valid = TRUE;

  if (ADW_IS_ENTRY_ROW (widget))
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_left), self, 0);
      gtk_widget_add_controller (GTK_WIDGET (widget), focus);
    }
}

/* Adds @row to the offer's expander or to a group of the page. */
static void
add_row (GtkWidget *container,
         GtkWidget *row)
{
  if (ADW_IS_EXPANDER_ROW (container))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (container), row);
  else
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (container), row);
}

static GtkWidget *
add_entry (PursuitJobPage  *self,
           GtkWidget       *container,
           GtkWidget      **rows,
           PursuitJobField  field,
           const char      *title)
{
  GtkWidget *row = pursuit_entry_row_new (title);
  const PursuitJobFieldInfo *info = pursuit_job_field_get_info (field);

  if (info->kind == PURSUIT_FIELD_AMOUNT)
    adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_NUMBER);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
  add_row (container, row);
  rows[field] = row;
  return row;
}

/* A pay group's rows, the posted pay's or the offer's: the pasted line
 * and what it reads as, the figures and the period. */
static void
add_pay_rows (PursuitJobPage          *self,
              GtkWidget               *container,
              GtkWidget              **rows,
              const PursuitPayFields  *group,
              const char              *text_title,
              const char              *min_title,
              const char              *max_title,
              const char              *currency_title,
              AdwEntryRow            **text_row,
              AdwActionRow           **preview_row)
{
  GtkWidget *period;

  *text_row = ADW_ENTRY_ROW (pursuit_entry_row_new (text_title));
  adw_entry_row_set_show_apply_button (*text_row, TRUE);
  g_signal_connect_object (*text_row, "changed", G_CALLBACK (on_pay_text_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (*text_row, "apply", G_CALLBACK (on_pay_text_apply), self, G_CONNECT_SWAPPED);
  add_row (container, GTK_WIDGET (*text_row));

  *preview_row = ADW_ACTION_ROW (adw_action_row_new ());
  gtk_widget_set_visible (GTK_WIDGET (*preview_row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (*preview_row), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (*preview_row), FALSE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (*preview_row), FALSE);
  adw_action_row_set_subtitle_lines (*preview_row, 0);
  gtk_widget_add_css_class (GTK_WIDGET (*preview_row), "property");
  add_row (container, GTK_WIDGET (*preview_row));

  add_entry (self, container, rows, group->min, min_title);
  add_entry (self, container, rows, group->max, max_title);
  add_entry (self, container, rows, group->currency, currency_title);

  period = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (period), _("Per"));
  fill_choices (ADW_COMBO_ROW (period), PURSUIT_TYPE_PAY_PERIOD);
  g_signal_connect_object (period, "notify::selected", G_CALLBACK (on_choice_changed), self, G_CONNECT_SWAPPED);
  add_row (container, period);
  rows[group->period] = period;
}

/* Binds the rows just made and shows the job's values in them, as they
 * are now: the job may have changed since the page showed it. */
static void
bind_rows (PursuitJobPage  *self,
           GtkWidget       *container,
           GtkWidget      **rows)
{
  pursuit_accessible_name_mnemonic_controls (container);

  /* Bound once all are in: each field's message goes under its row. */
  for (guint i = 0; i < PURSUIT_JOB_N_FIELDS; i++)
    {
      if (rows[i] == NULL)
        continue;
      bind_field (self, i, rows[i]);
      load_field (self, &self->fields[i]);
    }
}

/* The offer's rows, made when it first opens (pursuit_expander_row_fill_when_expanded ()),
 * as the posted pay's are when reached. */
static void
fill_offer (GtkWidget *owner)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (owner);
  GtkWidget *container = GTK_WIDGET (self->offer_row);
  GtkWidget *rows[PURSUIT_JOB_N_FIELDS] = { NULL, };
  guint n_groups;

  add_pay_rows (self, container, rows, &pursuit_job_get_pay_groups (&n_groups)[1],
                _("Paste the Offered Pay"), _("Base Pay, Minimum"), _("Base Pay, Maximum"), _("Currency"),
                &self->offer_text_row, &self->offer_text_preview_row);
  add_entry (self, container, rows, PURSUIT_JOB_FIELD_OFFER_SIGN_ON, _("Sign-On Bonus"));
  add_entry (self, container, rows, PURSUIT_JOB_FIELD_OFFER_BONUS, _("Yearly Bonus"));
  add_entry (self, container, rows, PURSUIT_JOB_FIELD_OFFER_NOTE, _("Note (benefits, start date, deadline to answer)"));
  bind_rows (self, container, rows);
}

/* The groups below the first screen
 *
 * Each is a PursuitJobSection, empty with its height kept until it is
 * reached (scrolled near, or Tab into it), as the page's other sections
 * are: the first job's page is part of the first screen every start pays
 * for, and these groups' rows are most of what it still made. Their
 * fields are NULL in the page's FieldState until then: saving, merging
 * and drafts pass over them, and a row reads its field's value from the
 * job when it is made. */

typedef void (*MakeGroup) (PursuitJobPage *self,
                           GtkWidget      *group);

#define PURSUIT_TYPE_JOB_FIELD_GROUP (pursuit_job_field_group_get_type ())
G_DECLARE_FINAL_TYPE (PursuitJobFieldGroup, pursuit_job_field_group, PURSUIT, JOB_FIELD_GROUP, PursuitJobSection)

struct _PursuitJobFieldGroup
{
  PursuitJobSection parent_instance;

  MakeGroup make;
};

G_DEFINE_FINAL_TYPE (PursuitJobFieldGroup, pursuit_job_field_group, PURSUIT_TYPE_JOB_SECTION)

static void
pursuit_job_field_group_make (PursuitJobSection *section)
{
  PursuitJobFieldGroup *self = PURSUIT_JOB_FIELD_GROUP (section);
  /* Made only once rooted: the page is there. */
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), PURSUIT_TYPE_JOB_PAGE);
  GtkWidget *group = adw_preferences_group_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_bin_set_child (ADW_BIN (self), group);
  self->make (PURSUIT_JOB_PAGE (page), group);
}

static void
pursuit_job_field_group_class_init (PursuitJobFieldGroupClass *klass)
{
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);
  /* Empty: the base class disposes of a section's template once made. */
  static const char template[] =
    "<interface><template class=\"PursuitJobFieldGroup\" parent=\"PursuitJobSection\"/></interface>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (template, sizeof template - 1);

  gtk_widget_class_set_template (GTK_WIDGET_CLASS (klass), bytes);
  section_class->make = pursuit_job_field_group_make;
  section_class->reserved_height = 200;
}

static void
pursuit_job_field_group_init (PursuitJobFieldGroup *self)
{
}

/* The page's groups have their own heights to keep until made. */
static void
field_group_set_make (PursuitJobSection *section,
                      MakeGroup          make,
                      int                reserved_height)
{
  PURSUIT_JOB_FIELD_GROUP (section)->make = make;
  gtk_widget_set_size_request (GTK_WIDGET (section), -1, reserved_height);
}

static void
make_pay (PursuitJobPage *self,
          GtkWidget      *group)
{
  GtkWidget *rows[PURSUIT_JOB_N_FIELDS] = { NULL, };
  AdwEntryRow *text_row;
  guint n_groups;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Pay as Posted"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Leave the maximum empty for a single figure"));
  add_pay_rows (self, group, rows, &pursuit_job_get_pay_groups (&n_groups)[0],
                _("Paste the Pay Line (“$19–22 an hour”)"), _("Minimum"), _("Maximum"),
                _("Currency (USD, EUR, GBP…)"), &text_row, &self->pay_text_preview_row);
  add_entry (self, group, rows, PURSUIT_JOB_FIELD_PAY_EXTRAS, _("Pay Extras (shift differential, commission, bonus)"));
  bind_rows (self, group, rows);
}

/* An action row with a control at its end, named after the row. */
static GtkWidget *
add_control_row (GtkWidget  *group,
                 const char *title,
                 const char *subtitle,
                 GtkWidget  *control)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (control, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), control);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), control);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return control;
}

static void
make_progress (PursuitJobPage *self,
               GtkWidget      *group)
{
  GtkWidget *rows[PURSUIT_JOB_N_FIELDS] = { NULL, };
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 5, 1);
  GtkWidget *archived = gtk_switch_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Progress"));
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_adjustment_set_page_increment (gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (spin)), 1);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_number_changed), self, G_CONNECT_SWAPPED);
  rows[PURSUIT_JOB_FIELD_EXCITEMENT] = add_control_row (group, _("Excitement"), _("From 0 to 5"), spin);
  pursuit_date_picker_attach (ADW_ENTRY_ROW (add_entry (self, group, rows, PURSUIT_JOB_FIELD_APPLIED_ON,
                                                        _("Date Applied (YYYY-MM-DD)"))));
  pursuit_date_picker_attach (ADW_ENTRY_ROW (add_entry (self, group, rows, PURSUIT_JOB_FIELD_DEADLINE,
                                                        _("Application Deadline (YYYY-MM-DD)"))));
  add_entry (self, group, rows, PURSUIT_JOB_FIELD_NEXT_ACTION, _("Next Action"));
  pursuit_date_picker_attach (ADW_ENTRY_ROW (add_entry (self, group, rows, PURSUIT_JOB_FIELD_NEXT_ACTION_DUE,
                                                        _("Next Action Due (YYYY-MM-DD)"))));
  g_signal_connect_object (archived, "notify::active", G_CALLBACK (on_choice_changed), self, G_CONNECT_SWAPPED);
  rows[PURSUIT_JOB_FIELD_ARCHIVED] = add_control_row (group, _("Archived"),
                                                      _("Hidden from the list and the board unless you ask for archived jobs"),
                                                      archived);
  bind_rows (self, group, rows);
}

static void
make_posting (PursuitJobPage *self,
              GtkWidget      *group)
{
  GtkWidget *rows[PURSUIT_JOB_N_FIELDS] = { NULL, };
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkTextView *view;
  GtkWidget *frame = pursuit_practice_text_area (_("Posting text"), -1, &view);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Posting"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The job advert as posted, to read again before an interview"));
  g_signal_connect_object (gtk_text_view_get_buffer (view), "changed", G_CALLBACK (on_buffer_changed), self, 0);

  /* Framed as the notes, and scrolled within the page past its height. */
  g_object_ref (view);
  gtk_frame_set_child (GTK_FRAME (frame), scrolled);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 120);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (view));
  g_object_unref (view);
  /* A short posting leaves the wheel to the page. */
  pursuit_scroll_chain (GTK_SCROLLED_WINDOW (scrolled));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  rows[PURSUIT_JOB_FIELD_POSTING_TEXT] = GTK_WIDGET (view);
  bind_rows (self, group, rows);
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

  if (self->context != NULL)
    pursuit_job_page_set_job (self, NULL);
  g_clear_weak_pointer (&self->error_toast);
  /* AdwBin holds its child itself: release it before the template's
   * children are cleared, or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_JOB_PAGE);
  memset (self->fields, 0, sizeof self->fields);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_job_page_parent_class)->dispose (object);
}

static void
pursuit_job_page_finalize (GObject *object)
{
  PursuitJobPage *self = PURSUIT_JOB_PAGE (object);

  g_clear_pointer (&self->drafts, g_hash_table_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->fill_undo); i++)
    g_clear_pointer (&self->fill_undo[i], g_free);
  g_clear_pointer (&self->schedule_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_job_page_parent_class)->finalize (object);
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
  object_class->finalize = pursuit_job_page_finalize;
  object_class->get_property = pursuit_job_page_get_property;
  object_class->set_property = pursuit_job_page_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  properties[PROP_JOB] = g_param_spec_object ("job", NULL, NULL, PURSUIT_TYPE_JOB,
                                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                              G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitJobPage::title-changed:
   *
   * The job's title or company changed: saved here or elsewhere.
   */
  signals[TITLE_CHANGED] = g_signal_new ("title-changed", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);

  /* The template names these types. */
  g_type_ensure (PURSUIT_TYPE_STAGE);
  g_type_ensure (PURSUIT_TYPE_TIMELINE_SECTION);
  g_type_ensure (PURSUIT_TYPE_INTERVIEWS_SECTION);
  g_type_ensure (PURSUIT_TYPE_PRACTICE_SECTION);
  g_type_ensure (PURSUIT_TYPE_CONTACTS_SECTION);
  g_type_ensure (PURSUIT_TYPE_SALARY_SECTION);
  g_type_ensure (PURSUIT_TYPE_NOTES_SECTION);
  g_type_ensure (PURSUIT_TYPE_JOB_DOCUMENTS_SECTION);
  g_type_ensure (PURSUIT_TYPE_LOGIN_SECTION);
  g_type_ensure (pursuit_job_field_group_get_type ());

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-job-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, heading_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, heading_company);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, company_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, stage_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, location_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, workplace_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, employment_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, schedule_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, languages_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, industry_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, source_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, url_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, offer_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, pay_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, progress_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, posting_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, notes_section);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, documents_section);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, login_section);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobPage, dates_label);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed);
}

static void
on_buffer_changed (GtkTextBuffer  *buffer,
                   PursuitJobPage *self)
{
  changed (self, buffer, FALSE);
}

static void
pursuit_job_page_init (PursuitJobPage *self)
{
  self->drafts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                        (GDestroyNotify) g_hash_table_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));

  fill_choices (self->workplace_row, PURSUIT_TYPE_WORKPLACE);
  fill_choices (self->employment_row, PURSUIT_TYPE_EMPLOYMENT_TYPE);
  self->schedule_checks = g_ptr_array_new ();
  pursuit_expander_row_fill_when_expanded (self->schedule_row, GTK_WIDGET (self), fill_schedule);

  self->open_url_button = pursuit_open_button_new ("adw-external-link-symbolic", _("Open the Posting"));
  g_signal_connect_object (self->open_url_button, "clicked", G_CALLBACK (on_open_url_clicked),
                           self, G_CONNECT_SWAPPED);
  adw_entry_row_add_suffix (self->url_row, self->open_url_button);

  bind_field (self, PURSUIT_JOB_FIELD_TITLE, self->title_row);
  bind_field (self, PURSUIT_JOB_FIELD_COMPANY, self->company_row);
  bind_field (self, PURSUIT_JOB_FIELD_STAGE, self->stage_row);
  bind_field (self, PURSUIT_JOB_FIELD_LOCATION, self->location_row);
  bind_field (self, PURSUIT_JOB_FIELD_WORKPLACE, self->workplace_row);
  bind_field (self, PURSUIT_JOB_FIELD_EMPLOYMENT_TYPE, self->employment_row);
  bind_field (self, PURSUIT_JOB_FIELD_INDUSTRY, self->industry_row);
  bind_field (self, PURSUIT_JOB_FIELD_SOURCE, self->source_row);
  bind_field (self, PURSUIT_JOB_FIELD_URL, self->url_row);
  bind_field (self, PURSUIT_JOB_FIELD_SCHEDULE, self->schedule_row);
  bind_field (self, PURSUIT_JOB_FIELD_LANGUAGES, self->languages_row);
  /* The offer's fields are bound when it first opens: most jobs have none. */
  pursuit_expander_row_fill_when_expanded (self->offer_row, GTK_WIDGET (self), fill_offer);

  /* The groups below the first screen, bound when reached. */
  field_group_set_make (self->pay_group, make_pay, 380);
  field_group_set_make (self->progress_group, make_progress, 370);
  field_group_set_make (self->posting_group, make_posting, 175);
}

PursuitJobPage *
pursuit_job_page_new (PursuitContext *context)
{
  return g_object_new (PURSUIT_TYPE_JOB_PAGE, "context", context, NULL);
}

static void
on_details_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PursuitJobPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_load_job_details_finish (PURSUIT_STORE (source), result, &error))
    g_message ("Could not read the job’s notes: %s", error->message);
}

void
pursuit_job_page_set_job (PursuitJobPage *self,
                          PursuitJob     *job)
{
  g_return_if_fail (PURSUIT_IS_JOB_PAGE (self));
  g_return_if_fail (job == NULL || PURSUIT_IS_JOB (job));

  if (self->job == job)
    return;

  /* Edits to the job being left are saved, or kept as drafts if wrong,
   * before another one is shown. */
  if (self->job != NULL)
    {
      pursuit_job_page_flush (self);
      stash_drafts (self);
      g_signal_handlers_disconnect_by_func (self->job, on_job_notify, self);
    }

  g_set_object (&self->job, job);
  for (guint i = 0; i < PURSUIT_JOB_N_FIELDS; i++)
    self->fields[i].dirty = FALSE;

  if (self->job != NULL)
    {
      g_signal_connect_object (self->job, "notify", G_CALLBACK (on_job_notify), self, G_CONNECT_SWAPPED);
      PursuitSalaryOffer offer;
      PursuitStage *stage = pursuit_job_get_stage (job);

      load_all (self);
      restore_drafts (self);
      /* An offer is open once there is one to see or to write down. */
      adw_expander_row_set_expanded (self->offer_row,
                                     pursuit_salary_job_get_offer (job, &offer) ||
                                     (stage != NULL && pursuit_stage_get_kind (stage) == PURSUIT_STAGE_KIND_OFFER));

      /* The list leaves long texts out: fetch them before they can be edited. */
      if (!pursuit_job_get_details_loaded (self->job))
        pursuit_store_load_job_details_async (pursuit_context_get_store (self->context), self->job,
                                              NULL, on_details_loaded, g_object_ref (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB]);
}

/* Saves at once what is waiting for the typing pause, in the page's
 * fields and in its sections (prep notes, the login). */
void
pursuit_job_page_flush (PursuitJobPage *self)
{
  g_return_if_fail (PURSUIT_IS_JOB_PAGE (self));

  if (self->save_timeout != 0)
    save_now (self);
  pursuit_job_section_flush (self->notes_section);
  pursuit_job_section_flush (self->documents_section);
  pursuit_job_section_flush (self->login_section);
}
