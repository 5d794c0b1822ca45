/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-expander-fill.h"
#include "pursuit-job-fields.h"
#include "pursuit-pay-bar.h"
#include "pursuit-salary-section.h"
#include "pursuit-toasts.h"

/* A job's salary benchmark on its page: which role, level and country the
 * salary engine took the job for and why, the user's choice instead, every
 * benchmark that applies with its source and year, drawn on one scale with
 * the posted pay and the offer, and the verdict in words.
 *
 * It follows the job: a saved title, location, industry, pay, offer or
 * choice, and a change of home country or hours per week in Preferences,
 * make the report again. The engine is fast enough (a report takes well
 * under a millisecond) to do it on the spot. */

struct _PursuitSalarySection
{
  PursuitJobSection parent_instance;

  PursuitSalaryReport *report;
  PursuitJob *followed_job;         /* whose changes the report follows */
  PursuitContext *followed_context; /* whose preferences it follows; not owned */
  GPtrArray *role_ids;      /* the role choices' ids; [0] is NULL, "as matched" */
  GPtrArray *level_ids;     /* the level choices' ids, for the role shown */
  GPtrArray *country_ids;
  char *levels_of;          /* the role whose levels the level choices are */
  gboolean filling;         /* the choices are being set, not chosen */
  gboolean choices_stale;   /* the choices are not the job's: filled when shown */

  AdwActionRow *match_row;
  GtkLabel *confidence_label;
  AdwExpanderRow *choose_row;
  AdwComboRow *role_row;     /* the three NULL until choose_row first opens */
  AdwComboRow *level_row;
  AdwComboRow *country_row;
  GtkLabel *verdict_label;
  GtkLabel *offer_verdict_label;
  GtkLabel *conversion_label;
  PursuitPayBar *bar;
  GtkListBox *benchmarks_list;
};

G_DEFINE_FINAL_TYPE (PursuitSalarySection, pursuit_salary_section, PURSUIT_TYPE_JOB_SECTION)

/* The job's fields that change its benchmark or its pay. */
static const PursuitJobField followed_fields[] = {
  PURSUIT_JOB_FIELD_TITLE, PURSUIT_JOB_FIELD_LOCATION, PURSUIT_JOB_FIELD_INDUSTRY,
  PURSUIT_JOB_FIELD_PAY_MIN, PURSUIT_JOB_FIELD_PAY_MAX, PURSUIT_JOB_FIELD_PAY_CURRENCY,
  PURSUIT_JOB_FIELD_PAY_PERIOD, PURSUIT_JOB_FIELD_SALARY_ROLE, PURSUIT_JOB_FIELD_SALARY_LEVEL,
  PURSUIT_JOB_FIELD_SALARY_COUNTRY, PURSUIT_JOB_FIELD_OFFER_MIN, PURSUIT_JOB_FIELD_OFFER_MAX,
  PURSUIT_JOB_FIELD_OFFER_CURRENCY, PURSUIT_JOB_FIELD_OFFER_PERIOD, PURSUIT_JOB_FIELD_OFFER_SIGN_ON,
  PURSUIT_JOB_FIELD_OFFER_BONUS,
};

static PursuitContext *
get_context (PursuitSalarySection *self)
{
  return pursuit_job_section_get_context (PURSUIT_JOB_SECTION (self));
}

static PursuitJob *
get_job (PursuitSalarySection *self)
{
  return pursuit_job_section_get_job (PURSUIT_JOB_SECTION (self));
}

static const char *
or_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

/* Choices */

/* Fills @row with "As Matched" and @options, selecting @current. */
static void
set_choices (PursuitSalarySection *self,
             AdwComboRow          *row,
             GPtrArray           **ids,
             GPtrArray            *options,
             const char           *matched,
             const char           *current)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *as_matched = matched != NULL
    /* Translators: the first choice of a benchmark's role, level or country, with what was matched */
    ? g_strdup_printf (_("As Matched (%s)"), matched)
    : g_strdup (_("As Matched"));
  guint selected = 0;

  g_clear_pointer (ids, g_ptr_array_unref);
  *ids = g_ptr_array_new ();
  g_ptr_array_add (*ids, NULL);
  gtk_string_list_append (labels, as_matched);
  for (guint i = 0; i < options->len; i++)
    {
      const PursuitSalaryOption *option = g_ptr_array_index (options, i);

      g_ptr_array_add (*ids, (gpointer) option->id);
      gtk_string_list_append (labels, option->title);
      if (g_strcmp0 (option->id, current) == 0)
        selected = i + 1;
    }

  self->filling = TRUE;
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (row, selected);
  self->filling = FALSE;
}

static int
compare_options (gconstpointer a,
                 gconstpointer b)
{
  const PursuitSalaryOption *first = *(PursuitSalaryOption * const *) a;
  const PursuitSalaryOption *second = *(PursuitSalaryOption * const *) b;

  return g_utf8_collate (first->title, second->title);
}

static GPtrArray *
list_countries (void)
{
  g_auto(GStrv) codes = pursuit_salary_list_countries ();
  GPtrArray *options = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      PursuitSalaryOption *option = g_new (PursuitSalaryOption, 1);

      *option = (PursuitSalaryOption) { g_intern_string (codes[i]), pursuit_salary_country_get_name (codes[i]) };
      g_ptr_array_add (options, option);
    }
  g_ptr_array_sort (options, compare_options);
  return options;
}

static const char *
find_title (GPtrArray  *options,
            const char *id)
{
  for (guint i = 0; id != NULL && i < options->len; i++)
    {
      const PursuitSalaryOption *option = g_ptr_array_index (options, i);

      if (g_str_equal (option->id, id))
        return option->title;
    }
  return NULL;
}

/* What the engine would take the job for without the user's choices. */
static PursuitSalaryMatch *
match_unchosen (PursuitSalarySection *self)
{
  PursuitContext *context = get_context (self);
  PursuitSalaryQuery query;

  pursuit_salary_job_get_query (get_job (self), pursuit_context_get_salary_preferences (context), &query);
  query.role = query.level = query.country = NULL;
  return pursuit_salary_engine_match (pursuit_context_get_salary_engine (context), &query);
}

/* Fills the choices of the benchmark, once they are to be seen: each is a
 * list of a few hundred rows GTK makes when it is given its model (about a
 * megabyte for the three), and most jobs are never given a choice. */
static void
fill_choices (PursuitSalarySection *self,
              PursuitSalaryMatch   *match)
{
  PursuitSalaryEngine *engine = pursuit_context_get_salary_engine (get_context (self));
  PursuitJob *job = get_job (self);
  const char *chosen_role = or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_ROLE));
  const char *chosen_level = or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_LEVEL));
  const char *chosen_country = or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_COUNTRY));
  g_autoptr(PursuitSalaryMatch) unchosen = NULL;
  g_autoptr(GPtrArray) roles = NULL;
  g_autoptr(GPtrArray) levels = NULL;
  g_autoptr(GPtrArray) unchosen_levels = NULL;
  g_autoptr(GPtrArray) countries = NULL;

  /* The rows are made when the expander first opens (fill_choose_row()),
   * which fills them in turn. */
  if (!self->choices_stale || self->role_row == NULL)
    return;
  self->choices_stale = FALSE;
  unchosen = match_unchosen (self);
  roles = pursuit_salary_engine_list_roles (engine);
  levels = pursuit_salary_engine_list_levels (engine, match->role);
  unchosen_levels = pursuit_salary_engine_list_levels (engine, unchosen->role);
  countries = list_countries ();
  set_choices (self, self->role_row, &self->role_ids, roles, find_title (roles, unchosen->role), chosen_role);
  /* The levels are those of the role in use; a level chosen alone gives
   * its role, and is then shown among that role's levels. */
  set_choices (self, self->level_row, &self->level_ids, levels,
               find_title (unchosen_levels, unchosen->level), chosen_level);
  g_free (self->levels_of);
  self->levels_of = g_strdup (match->role);
  gtk_widget_set_sensitive (GTK_WIDGET (self->level_row), levels->len > 0);
  set_choices (self, self->country_row, &self->country_ids, countries,
               pursuit_salary_country_get_name (unchosen->country), chosen_country);
}

static void
update_choices (PursuitSalarySection *self,
                PursuitSalaryMatch   *match)
{
  PursuitJob *job = get_job (self);
  gboolean chosen = or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_ROLE)) != NULL ||
                    or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_LEVEL)) != NULL ||
                    or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_COUNTRY)) != NULL;

  self->choices_stale = TRUE;
  adw_expander_row_set_subtitle (self->choose_row,
                                 chosen ? _("Chosen by you") : _("As matched from the title and location"));
  /* Nothing matched: the way to choose is open at once. */
  if (match->role == NULL)
    adw_expander_row_set_expanded (self->choose_row, TRUE);
  if (adw_expander_row_get_expanded (self->choose_row))
    fill_choices (self, match);
}

static void
on_choose_expanded (PursuitSalarySection *self)
{
  if (adw_expander_row_get_expanded (self->choose_row) && self->report != NULL)
    fill_choices (self, pursuit_salary_report_get_match (self->report));
}

static void
on_choice_saved (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PursuitSalarySection) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_save_job_finish (PURSUIT_STORE (source), result, &error))
    pursuit_show_error (GTK_WIDGET (self), _("Could not save the benchmark choice"), error);
}

/* A choice is saved at once, through the store like any other edit of the
 * job; the report follows when the saved job comes back. */
static void
save_choice (PursuitSalarySection *self,
             PursuitJobFields      fields,
             const char           *role,
             const char           *level,
             const char           *country)
{
  PursuitJob *job = get_job (self);
  g_autoptr(PursuitJob) draft = NULL;

  if (job == NULL || get_context (self) == NULL)
    return;

  draft = pursuit_job_copy (job);
  pursuit_job_set_text (draft, PURSUIT_JOB_FIELD_SALARY_ROLE, role != NULL ? role : "");
  pursuit_job_set_text (draft, PURSUIT_JOB_FIELD_SALARY_LEVEL, level != NULL ? level : "");
  pursuit_job_set_text (draft, PURSUIT_JOB_FIELD_SALARY_COUNTRY, country != NULL ? country : "");
  pursuit_store_save_job_async (pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self)), draft, fields, NULL,
                                on_choice_saved, g_object_ref (self));
}

static const char *
selected_id (AdwComboRow *row,
             GPtrArray   *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  return ids != NULL && selected < ids->len ? g_ptr_array_index (ids, selected) : NULL;
}

static void
on_role_chosen (PursuitSalarySection *self)
{
  const PursuitJobFields fields = PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_SALARY_ROLE) |
                                  PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_SALARY_LEVEL);

  if (self->filling)
    return;
  /* Another role has other levels: the level is read from the title again. */
  save_choice (self, fields, selected_id (self->role_row, self->role_ids), NULL, NULL);
}

static void
on_level_chosen (PursuitSalarySection *self)
{
  const char *level = selected_id (self->level_row, self->level_ids);
  PursuitJob *job = get_job (self);
  const char *role = job != NULL ? or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_ROLE)) : NULL;
  PursuitJobFields fields = PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_SALARY_LEVEL);

  if (self->filling)
    return;
  /* A level is of the role shown; keep that role when the level goes. */
  if (level == NULL && role == NULL && self->levels_of != NULL)
    {
      role = self->levels_of;
      fields |= PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_SALARY_ROLE);
    }
  save_choice (self, fields, role, level, NULL);
}

static void
on_country_chosen (PursuitSalarySection *self)
{
  if (self->filling)
    return;
  save_choice (self, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_SALARY_COUNTRY), NULL, NULL,
               selected_id (self->country_row, self->country_ids));
}

/* The report */

/* A benchmark's figure as its source gives it: "$19.08 an hour". */
static char *
format_record (const PursuitSalaryBenchmark *benchmark)
{
  PursuitPay pay = { benchmark->record->value,
                     benchmark->record_high != NULL ? benchmark->record_high->value : benchmark->record->value,
                     benchmark->record->currency, PURSUIT_PAY_PERIOD_YEAR };

  if (g_strcmp0 (benchmark->record->period, "hour") == 0)
    pay.period = PURSUIT_PAY_PERIOD_HOUR;
  else if (g_strcmp0 (benchmark->record->period, "month") == 0)
    pay.period = PURSUIT_PAY_PERIOD_MONTH;
  return pursuit_pay_format (&pay);
}

static GtkWidget *
make_benchmark_row (const PursuitSalaryBenchmark *benchmark,
                    const char                   *currency)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *money = format_record (benchmark);
  g_autofree char *subtitle = NULL;
  const char *words = pursuit_salary_standing_get_words (benchmark->posted);

  if (!benchmark->comparable && currency != NULL)
    /* Translators: a benchmark's figure and source, and why pay was not compared with it */
    subtitle = g_strdup_printf (_("%s · %s · in another currency, not compared"), money, benchmark->citation);
  else if (benchmark->via_source_usd)
    /* Translators: a benchmark's figure and source; the comparison used the source's own dollar figure */
    subtitle = g_strdup_printf (_("%s · %s · compared in US dollars as the source gives them"), money,
                                benchmark->citation);
  else
    /* Translators: a benchmark's figure and its source, “$39,120 a year · Himalayas, 2025” */
    subtitle = g_strdup_printf (_("%s · %s"), money, benchmark->citation);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), benchmark->label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_focusable (row, FALSE);

  /* Where the posted pay stands against it. */
  if (words[0] != '\0')
    {
      GtkWidget *standing = gtk_label_new (words);

      gtk_widget_add_css_class (standing, "numeric");
      if (benchmark->posted.position == PURSUIT_SALARY_POSITION_BELOW)
        gtk_widget_add_css_class (standing, "warning");
      else
        gtk_widget_add_css_class (standing, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), standing);
    }
  return row;
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static void
show_report (PursuitSalarySection *self)
{
  PursuitContext *context = get_context (self);
  PursuitJob *job = get_job (self);
  PursuitSalaryMatch *match;
  GPtrArray *benchmarks;
  GtkWidget *child;
  const char *currency;
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) reasons = g_string_new (NULL);

  g_clear_object (&self->report);
  if (context == NULL || job == NULL)
    return;

  self->report = pursuit_salary_engine_compare_job (pursuit_context_get_salary_engine (context), job,
                                                    pursuit_context_get_salary_preferences (context));
  match = pursuit_salary_report_get_match (self->report);
  benchmarks = pursuit_salary_report_get_benchmarks (self->report);
  currency = or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_PAY_CURRENCY));

  /* Which benchmark, and why. */
  if (match->role != NULL)
    {
      PursuitSalaryEngine *engine = pursuit_context_get_salary_engine (context);
      g_autoptr(GPtrArray) roles = pursuit_salary_engine_list_roles (engine);
      g_autoptr(GPtrArray) levels = pursuit_salary_engine_list_levels (engine, match->role);
      const char *level = find_title (levels, match->level);

      g_string_append (title, level != NULL ? level : find_title (roles, match->role));
      if (match->country != NULL)
        g_string_append_printf (title, " · %s", pursuit_salary_country_get_name (match->country));
      gtk_label_set_text (self->confidence_label, pursuit_salary_confidence_get_label (match->role_confidence));
    }
  else
    {
      g_string_append (title, _("No benchmark for this title"));
      gtk_label_set_text (self->confidence_label, "");
    }
  g_string_append (reasons, match->role_reason);
  if (match->place_reason != NULL)
    g_string_append_printf (reasons, "\n%s", match->place_reason);
  if (match->industry != NULL && match->industry_reason != NULL)
    g_string_append_printf (reasons, "\n%s", match->industry_reason);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->match_row), title->str);
  adw_action_row_set_subtitle (self->match_row, reasons->str);
  update_choices (self, match);

  set_label (self->verdict_label, pursuit_salary_report_get_verdict (self->report));
  set_label (self->offer_verdict_label, pursuit_salary_report_get_offer_verdict (self->report));
  set_label (self->conversion_label, pursuit_salary_report_get_conversion (self->report));
  pursuit_pay_bar_set_report (self->bar, self->report, currency);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->benchmarks_list))) != NULL)
    gtk_list_box_remove (self->benchmarks_list, child);
  for (guint i = 0; i < benchmarks->len; i++)
    gtk_list_box_append (self->benchmarks_list,
                         make_benchmark_row (g_ptr_array_index (benchmarks, i), currency));
  gtk_widget_set_visible (GTK_WIDGET (self->benchmarks_list), benchmarks->len > 0);
}

static void
on_job_notify (PursuitSalarySection *self,
               GParamSpec           *pspec)
{
  const PursuitJobFieldInfo *info = pursuit_job_field_find (pspec->name);

  if (info == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (followed_fields); i++)
    {
      if (followed_fields[i] == info->field)
        {
          show_report (self);
          return;
        }
    }
}

static void
pursuit_salary_section_job_changed (PursuitJobSection *section)
{
  PursuitSalarySection *self = PURSUIT_SALARY_SECTION (section);
  PursuitContext *context = get_context (self);
  PursuitJob *job = get_job (self);

  if (self->followed_job != job)
    {
      if (self->followed_job != NULL)
        g_signal_handlers_disconnect_by_func (self->followed_job, on_job_notify, self);
      g_set_object (&self->followed_job, job);
      if (job != NULL)
        g_signal_connect_object (job, "notify", G_CALLBACK (on_job_notify), self, G_CONNECT_SWAPPED);
    }
  if (context != NULL && self->followed_context != context)
    {
      self->followed_context = context;
      g_signal_connect_object (context, "salary-preferences-changed", G_CALLBACK (show_report), self,
                               G_CONNECT_SWAPPED);
    }
  show_report (self);
}

static void
pursuit_salary_section_dispose (GObject *object)
{
  PursuitSalarySection *self = PURSUIT_SALARY_SECTION (object);

  G_OBJECT_CLASS (pursuit_salary_section_parent_class)->dispose (object);

  g_clear_object (&self->report);
  g_clear_object (&self->followed_job);
  g_clear_pointer (&self->role_ids, g_ptr_array_unref);
  g_clear_pointer (&self->level_ids, g_ptr_array_unref);
  g_clear_pointer (&self->country_ids, g_ptr_array_unref);
  g_clear_pointer (&self->levels_of, g_free);
}

static void
pursuit_salary_section_class_init (PursuitSalarySectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  object_class->dispose = pursuit_salary_section_dispose;
  section_class->job_changed = pursuit_salary_section_job_changed;

  g_type_ensure (PURSUIT_TYPE_PAY_BAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/pursuit-salary-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitSalarySection, match_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitSalarySection, confidence_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitSalarySection, choose_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitSalarySection, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitSalarySection, offer_verdict_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitSalarySection, conversion_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitSalarySection, bar);
  gtk_widget_class_bind_template_child (widget_class, PursuitSalarySection, benchmarks_list);
}

static AdwComboRow *
add_choice_row (PursuitSalarySection *self,
                const char           *title,
                GCallback             chosen)
{
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  g_signal_connect_object (row, "notify::selected", chosen, self, G_CONNECT_SWAPPED);
  adw_expander_row_add_row (self->choose_row, row);
  return ADW_COMBO_ROW (row);
}

/* The benchmark's three choices, made when the row first opens
 * (pursuit_expander_row_fill_when_expanded ()) and filled at once by
 * fill_choices (), whichever handler of the opening runs first. */
static void
fill_choose_row (GtkWidget *owner)
{
  PursuitSalarySection *self = PURSUIT_SALARY_SECTION (owner);

  self->role_row = add_choice_row (self, _("_Role"), G_CALLBACK (on_role_chosen));
  self->level_row = add_choice_row (self, _("_Level"), G_CALLBACK (on_level_chosen));
  self->country_row = add_choice_row (self, _("C_ountry"), G_CALLBACK (on_country_chosen));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self->choose_row));
  if (self->report != NULL)
    fill_choices (self, pursuit_salary_report_get_match (self->report));
}

static void
pursuit_salary_section_init (PursuitSalarySection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));

  pursuit_expander_row_fill_when_expanded (self->choose_row, GTK_WIDGET (self), fill_choose_row);
  g_signal_connect_object (self->choose_row, "notify::expanded", G_CALLBACK (on_choose_expanded), self,
                           G_CONNECT_SWAPPED);
}

/**
 * pursuit_salary_section_get_report:
 *
 * Returns: (transfer none) (nullable): the report shown, for tests
 */
PursuitSalaryReport *
pursuit_salary_section_get_report (PursuitSalarySection *self)
{
  g_return_val_if_fail (PURSUIT_IS_SALARY_SECTION (self), NULL);

  return self->report;
}
