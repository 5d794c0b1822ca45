/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-insights-view.h"
#include "pursuit-toasts.h"
#include "pursuit-view.h"

/* The Insights view: how the search is going. The store works the figures
 * out with SQL aggregates on its worker thread; the view asks again a
 * moment after jobs, stages or documents change (once for a burst of
 * changes, and only while it is shown) and lays out an overview, the
 * funnel and the weeks as charts with their numbers in rows under them,
 * and the breakdowns by source, resume sent and posted pay. */

#define REFRESH_DELAY_MS 300

typedef struct
{
  const char *label;   /* untranslated */
  int days;            /* 0: all time */
} RangeChoice;

static const RangeChoice ranges[] = {
  { N_("All time"), 0 },
  { N_("In the last 4 weeks"), 28 },
  { N_("In the last 3 months"), 91 },
  { N_("In the last 6 months"), 182 },
  { N_("In the last 12 months"), 365 },
};

struct _PursuitInsightsView
{
  AdwBin parent_instance;

  PursuitContext *context;
  gboolean narrow;
  PursuitInsights *insights;
  GCancellable *cancellable;
  GPtrArray *role_ids;        /* interned; NULL first for all roles */
  guint refresh_source;
  gboolean dirty;
  guint n_computed;

  AdwViewSwitcherTitle *switcher_title;
  GtkStack *stack;
  GtkStack *results_stack;
  GtkBox *results_box;
  AdwComboRow *range_row;
  AdwComboRow *role_row;
  GtkWidget *export_button;
  GMenuModel *export_menu;
  GtkMenuButton *primary_button;
  GMenuModel *primary_menu;
  PursuitInsightsChart *funnel_chart;
  PursuitInsightsChart *weeks_chart;
};

static void pursuit_insights_view_view_init (PursuitViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitInsightsView, pursuit_insights_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (PURSUIT_TYPE_VIEW, pursuit_insights_view_view_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void refresh (PursuitInsightsView *self);

static PursuitStore *
get_store (PursuitInsightsView *self)
{
  return pursuit_context_get_store (self->context);
}

static int
get_ghost_days (PursuitInsightsView *self)
{
  return g_settings_get_int (pursuit_context_get_settings (self->context), "attention-days");
}

static void
update_narrow (PursuitInsightsView *self)
{
  gboolean narrow = adw_view_switcher_title_get_title_visible (self->switcher_title);

  if (narrow == self->narrow)
    return;
  self->narrow = narrow;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* "5 Jan" for a week's Monday, "2026-01-05" */
static char *
format_day (const char *iso,
            gboolean    with_year)
{
  GDate date;
  char text[64];

  g_date_clear (&date, 1);
  g_date_set_parse (&date, iso);
  if (!g_date_valid (&date))
    return g_strdup (iso);
  /* Translators: a day as strftime writes it: with the year, "5 Jan 2026"; without, "5 Jan" */
  if (g_date_strftime (text, sizeof text, with_year ? _("%-d %b %Y") : _("%-d %b"), &date) == 0)
    return g_strdup (iso);
  return g_strdup (text);
}

static GtkWidget *
value_row (const char *title,
           const char *subtitle,
           const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static GtkWidget *
new_group (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

/* A section: its title and what it means, the chart, the rows of its
 * numbers. */
static GtkWidget *
chart_section (const char *title,
               const char *description,
               GtkWidget  *chart,
               GtkWidget  *rows)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_box_append (GTK_BOX (box), new_group (title, description));
  gtk_widget_set_margin_start (chart, 6);
  gtk_widget_set_margin_end (chart, 6);
  gtk_box_append (GTK_BOX (box), chart);
  gtk_box_append (GTK_BOX (box), rows);
  return box;
}

/* "4 applied · 50% answered · 25% ghosted · median 4 days to an answer" */
static char *
describe_row (const PursuitInsightsRow *row)
{
  g_autofree char *answered_share = pursuit_insights_format_share (row, row->responded);
  g_autofree char *ghosted_share = pursuit_insights_format_share (row, row->ghosted);
  g_autofree char *applied = NULL;
  g_autofree char *answered = NULL;
  g_autofree char *ghosted = NULL;
  g_autofree char *days = NULL;
  g_autofree char *median = NULL;

  if (row->reached[0] == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u job, none applied to", "%u jobs, none applied to",
                                         row->jobs), row->jobs);

  applied = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u applied", "%u applied", row->reached[0]),
                             row->reached[0]);
  /* Translators: a share of applications that got an answer, "50% answered" */
  answered = g_strdup_printf (_("%s answered"), answered_share);
  /* Translators: a share of applications that got no answer, "25% ghosted" */
  ghosted = g_strdup_printf (_("%s ghosted"), ghosted_share);
  if (row->timed == 0)
    return g_strjoin (" · ", applied, answered, ghosted, NULL);

  days = pursuit_insights_format_days (row->median_days);
  /* Translators: the median time to a first answer, "median 4 days to an answer" */
  median = g_strdup_printf (_("median %s to an answer"), days);
  return g_strjoin (" · ", applied, answered, ghosted, median, NULL);
}

static char *
describe_funnel (const PursuitInsightsRow *total)
{
  GString *text = g_string_new (NULL);

  /* Translators: the start of the funnel chart's summary, "Funnel: 8 applied" */
  g_string_append_printf (text, ngettext ("Funnel: %u applied", "Funnel: %u applied", total->reached[0]),
                          total->reached[0]);
  for (guint i = 1; i < PURSUIT_INSIGHTS_N_STEPS; i++)
    {
      g_autofree char *share = pursuit_insights_format_share (total, total->reached[i]);

      /* Translators: a step of the funnel chart's summary, ", 4 reached Screening (50%)" */
      g_string_append_printf (text, _(", %u reached %s (%s)"), total->reached[i],
                              pursuit_insights_step_get_label (i), share);
    }
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static char *
describe_weeks (GArray *weeks)
{
  guint total = 0;
  guint most = 0;
  const char *most_week = NULL;
  g_autofree char *weeks_text = NULL;
  g_autofree char *most_day = NULL;

  for (guint i = 0; i < weeks->len; i++)
    {
      PursuitInsightsWeek *week = &g_array_index (weeks, PursuitInsightsWeek, i);

      total += week->applied;
      if (week->applied > most)
        {
          most = week->applied;
          most_week = week->monday;
        }
    }

  weeks_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Applications per week over %u week",
                                             "Applications per week over %u weeks", weeks->len), weeks->len);
  if (most_week == NULL)
    /* Translators: "Applications per week over 4 weeks: none." */
    return g_strdup_printf (_("%s: none."), weeks_text);
  most_day = format_day (most_week, TRUE);
  /* Translators: "Applications per week over 7 weeks: 8 in all, most (5) in the week of 5 Jan 2026." */
  return g_strdup_printf (_("%s: %u in all, most (%u) in the week of %s."), weeks_text, total, most, most_day);
}

static GtkWidget *
build_overview (PursuitInsightsView *self)
{
  const PursuitInsightsRow *total = &self->insights->total;
  GtkWidget *group = new_group (_("Overview"), NULL);
  g_autofree char *applied = g_strdup_printf ("%u", total->reached[0]);
  g_autofree char *tracked = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Of %u job tracked",
                                                           "Of %u jobs tracked", total->jobs), total->jobs);
  g_autofree char *response = pursuit_insights_format_share (total, total->responded);
  g_autofree char *responded = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u moved on to Screening or further",
                                                             "%u moved on to Screening or further",
                                                             total->responded), total->responded);
  g_autofree char *ghosted = pursuit_insights_format_share (total, total->ghosted);
  int ghost_days = get_ghost_days (self);
  g_autofree char *ghost_rule = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u with no answer: marked Ghosted, or still at Applied with no move for %d day",
                                                              "%u with no answer: marked Ghosted, or still at Applied with no move for %d days",
                                                              ghost_days),
                                                 total->ghosted, ghost_days);
  g_autofree char *median = NULL;
  g_autofree char *spread = NULL;

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row (_("Applications"), tracked, applied));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row (_("Response Rate"), responded, response));

  if (total->timed > 0)
    {
      g_autofree char *low = pursuit_insights_format_days (total->lower_quartile_days);
      g_autofree char *high = pursuit_insights_format_days (total->upper_quartile_days);

      median = pursuit_insights_format_days (total->median_days);
      if (g_str_equal (low, high))
        /* Translators: the spread of the time to a first answer when its quartiles are one figure */
        spread = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Median; half took %s (%u answer)",
                                               "Median; half took %s (%u answers)", total->timed),
                                  low, total->timed);
      else
      /* Translators: the spread of the time to a first answer, "Median; half took 3 to 7 days (3 answers)" */
      spread = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Median; half took %s to %s (%u answer)",
                                             "Median; half took %s to %s (%u answers)", total->timed),
                                low, high, total->timed);
    }
  else
    {
      median = g_strdup ("—");
      spread = g_strdup (_("No answer with a known date yet"));
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row (_("Time to First Answer"), spread, median));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row (_("Ghosted"), ghost_rule, ghosted));
  return group;
}

static GtkWidget *
build_funnel (PursuitInsightsView *self)
{
  const PursuitInsightsRow *total = &self->insights->total;
  GtkWidget *rows = adw_preferences_group_new ();
  const char *labels[PURSUIT_INSIGHTS_N_STEPS];
  g_autofree char *summary = describe_funnel (total);

  for (guint i = 0; i < PURSUIT_INSIGHTS_N_STEPS; i++)
    {
      g_autofree char *count = g_strdup_printf ("%u", total->reached[i]);
      g_autofree char *share = pursuit_insights_format_share (total, total->reached[i]);
      /* Translators: a step's share of the applications, "50% of applications" */
      g_autofree char *subtitle = i > 0 ? g_strdup_printf (_("%s of applications"), share) : NULL;

      labels[i] = pursuit_insights_step_get_label (i);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (rows), value_row (labels[i], subtitle, count));
    }
  pursuit_insights_chart_set_values (self->funnel_chart, labels, total->reached, PURSUIT_INSIGHTS_N_STEPS, summary);
  return chart_section (_("Funnel"),
                        _("How many applications reached each stage, from the stage history. A job that "
                          "skipped a stage counts as having passed it."),
                        GTK_WIDGET (self->funnel_chart), rows);
}

static GtkWidget *
build_weeks (PursuitInsightsView *self)
{
  GArray *weeks = self->insights->weeks;
  GtkWidget *rows = adw_preferences_group_new ();
  GtkWidget *expander = adw_expander_row_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *summary = describe_weeks (weeks);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Each Week"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), _("Applications by the week’s Monday"));
  for (guint i = 0; i < weeks->len; i++)
    {
      PursuitInsightsWeek *week = &g_array_index (weeks, PursuitInsightsWeek, i);
      g_autofree char *day = format_day (week->monday, TRUE);
      g_autofree char *count = g_strdup_printf ("%u", week->applied);
      /* Translators: "Week of 5 Jan 2026" */
      g_autofree char *title = g_strdup_printf (_("Week of %s"), day);

      g_ptr_array_add (labels, format_day (week->monday, FALSE));
      g_array_append_val (values, week->applied);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), value_row (title, NULL, count));
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (rows), expander);
  pursuit_insights_chart_set_values (self->weeks_chart, (const char * const *) labels->pdata,
                                     (const guint *) values->data, values->len, summary);
  return chart_section (_("Applications per Week"), _("A column for each week, by the date applied."),
                        GTK_WIDGET (self->weeks_chart), rows);
}

static GtkWidget *
build_breakdown (PursuitInsightsView      *self,
                 PursuitInsightsBreakdown  breakdown)
{
  static const char *descriptions[] = {
    N_("Where you found the job, as written in its Source. On the right, the share answered."),
    N_("The resume version each application sent, as recorded when it reached Applied. On the right, the "
       "share answered."),
    N_("How the posted pay compared with the benchmark of the job’s Salary section. On the right, the share "
       "answered."),
  };
  GPtrArray *rows = pursuit_insights_get_breakdown (self->insights, breakdown);
  GtkWidget *group = new_group (pursuit_insights_breakdown_get_title (breakdown), _(descriptions[breakdown]));

  for (guint i = 0; i < rows->len; i++)
    {
      const PursuitInsightsRow *row = g_ptr_array_index (rows, i);
      g_autofree char *name = pursuit_insights_row_dup_name (row, breakdown);
      g_autofree char *subtitle = describe_row (row);
      g_autofree char *share = pursuit_insights_format_share (row, row->responded);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row (name, subtitle, share));
    }
  return group;
}

static void
show_insights (PursuitInsightsView *self)
{
  const PursuitInsightsRow *total = &self->insights->total;
  gboolean filtered = adw_combo_row_get_selected (self->range_row) > 0 ||
                      adw_combo_row_get_selected (self->role_row) > 0;

  remove_children (self->results_box);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "insights.export-chart", total->reached[0] > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "insights.export-csv", total->reached[0] > 0);
  gtk_widget_set_sensitive (self->export_button, total->reached[0] > 0);

  if (total->reached[0] == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, filtered ? "figures" : "empty");
      gtk_stack_set_visible_child_name (self->results_stack, "none");
      return;
    }

  gtk_box_append (self->results_box, build_overview (self));
  gtk_box_append (self->results_box, build_funnel (self));
  gtk_box_append (self->results_box, build_weeks (self));
  for (PursuitInsightsBreakdown breakdown = 0; breakdown < PURSUIT_INSIGHTS_N_BREAKDOWNS; breakdown++)
    if (pursuit_insights_get_breakdown (self->insights, breakdown)->len > 0)
      gtk_box_append (self->results_box, build_breakdown (self, breakdown));

  gtk_stack_set_visible_child_name (self->results_stack, "results");
  gtk_stack_set_visible_child_name (self->stack, "figures");
}

static void
on_computed (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PursuitInsightsView) self = user_data;
  g_autoptr(GError) error = NULL;
  PursuitInsights *insights = pursuit_store_compute_insights_finish (PURSUIT_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->context == NULL)
    return;
  if (insights == NULL)
    {
      pursuit_show_error (GTK_WIDGET (self), _("Could not work out the figures"), error);
      return;
    }

  g_clear_pointer (&self->insights, pursuit_insights_free);
  self->insights = insights;
  self->n_computed++;
  show_insights (self);
}

static void
refresh (PursuitInsightsView *self)
{
  PursuitStore *store = get_store (self);
  guint range = adw_combo_row_get_selected (self->range_row);
  guint role = adw_combo_row_get_selected (self->role_row);
  g_autofree char *since = NULL;
  PursuitInsightsQuery query = { NULL, NULL, NULL, NULL, get_ghost_days (self), g_get_real_time () / G_USEC_PER_SEC,
                                 NULL };

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->dirty = FALSE;
  if (!pursuit_store_is_open (store))
    {
      self->dirty = TRUE;
      return;
    }

  if (range < G_N_ELEMENTS (ranges) && ranges[range].days > 0)
    {
      g_autoptr(GDateTime) today = g_date_time_new_now_local ();
      g_autoptr(GDateTime) first = g_date_time_add_days (today, -ranges[range].days);

      since = g_date_time_format (first, "%Y-%m-%d");
      query.since = since;
    }
  if (role < self->role_ids->len)
    query.role = g_ptr_array_index (self->role_ids, role);

  /* The tags the database keeps, brought up to date on the worker first. */
  query.tagger = pursuit_context_get_insights_tagger (self->context);

  /* A newer question makes the one on its way moot. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  pursuit_store_compute_insights_async (store, &query, self->cancellable, on_computed, g_object_ref (self));
}

static gboolean
refresh_timeout (gpointer user_data)
{
  PursuitInsightsView *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* After a change: once the burst of changes is over, and only while the
 * view is shown; a hidden view catches up when it is shown again. */
static void
queue_refresh (PursuitInsightsView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->dirty = TRUE;
      return;
    }
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_timeout, self);
}

static void
on_filter_changed (PursuitInsightsView *self)
{
  if (self->context != NULL)
    refresh (self);
}

/* Exports */

/**
 * pursuit_insights_view_get_chart:
 * @name: "funnel" or "weeks"
 *
 * Returns: (transfer none) (nullable): the chart
 */
PursuitInsightsChart *
pursuit_insights_view_get_chart (PursuitInsightsView *self,
                                 const char          *name)
{
  g_return_val_if_fail (PURSUIT_IS_INSIGHTS_VIEW (self), NULL);

  if (g_strcmp0 (name, "funnel") == 0)
    return self->funnel_chart;
  if (g_strcmp0 (name, "weeks") == 0)
    return self->weeks_chart;
  return NULL;
}

/**
 * pursuit_insights_view_export_chart:
 * @name: "funnel" or "weeks"
 * @file: a local file; an SVG when its name ends in .svg, else a PNG
 */
gboolean
pursuit_insights_view_export_chart (PursuitInsightsView  *self,
                                    const char           *name,
                                    GFile                *file,
                                    GError              **error)
{
  PursuitInsightsChart *chart;
  g_autofree char *path = NULL;
  PursuitInsightsChartFormat format;

  g_return_val_if_fail (PURSUIT_IS_INSIGHTS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  chart = pursuit_insights_view_get_chart (self, name);
  g_return_val_if_fail (chart != NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Charts can be saved to a folder on this computer only"));
      return FALSE;
    }
  format = g_str_has_suffix (path, ".svg") || g_str_has_suffix (path, ".SVG") ? PURSUIT_INSIGHTS_CHART_SVG
                                                                              : PURSUIT_INSIGHTS_CHART_PNG;
  return pursuit_insights_chart_export (chart, path, format, error);
}

gboolean
pursuit_insights_view_export_csv (PursuitInsightsView  *self,
                                  GFile                *file,
                                  GError              **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (PURSUIT_IS_INSIGHTS_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->insights == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("The figures are not ready yet"));
      return FALSE;
    }
  csv = pursuit_insights_to_csv (self->insights);
  return g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                  NULL, error);
}

static void
on_export_response (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(PursuitInsightsView) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *chart = g_object_get_data (G_OBJECT (chooser), "chart");
  gboolean ok;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (file == NULL)
    return;

  /* A name without a known ending gets the PNG's. */
  if (chart != NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      if (!g_str_has_suffix (name, ".png") && !g_str_has_suffix (name, ".svg"))
        {
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autofree char *with_ending = g_strconcat (name, ".png", NULL);

          g_set_object (&file, NULL);
          file = g_file_get_child (parent, with_ending);
        }
      ok = pursuit_insights_view_export_chart (self, chart, file, &error);
    }
  else
    ok = pursuit_insights_view_export_csv (self, file, &error);

  if (!ok)
    pursuit_show_error (GTK_WIDGET (self), chart != NULL ? _("Could not export the chart")
                                                         : _("Could not export the figures"), error);
  else
    pursuit_show_toast (GTK_WIDGET (self), adw_toast_new (chart != NULL ? _("Chart exported")
                                                                        : _("Figures exported")));
}

static void
choose_file (PursuitInsightsView *self,
             const char          *title,
             const char          *name,
             const char          *chart)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (chart != NULL)
    {
      g_autoptr(GtkFileFilter) pictures = gtk_file_filter_new ();

      gtk_file_filter_set_name (pictures, _("PNG or SVG image"));
      gtk_file_filter_add_mime_type (pictures, "image/png");
      gtk_file_filter_add_mime_type (pictures, "image/svg+xml");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pictures);
      g_object_set_data_full (G_OBJECT (chooser), "chart", g_strdup (chart), g_free);
    }
  else
    {
      g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

      gtk_file_filter_set_name (csv, _("CSV"));
      gtk_file_filter_add_mime_type (csv, "text/csv");
      gtk_file_filter_add_pattern (csv, "*.csv");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_chart_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  const char *chart = g_variant_get_string (parameter, NULL);

  if (pursuit_insights_view_get_chart (PURSUIT_INSIGHTS_VIEW (widget), chart) == NULL)
    return;
  choose_file (PURSUIT_INSIGHTS_VIEW (widget), _("Export Chart"),
               g_str_equal (chart, "funnel") ? "pursuit-funnel.png" : "pursuit-applications-per-week.png", chart);
}

static void
export_csv_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose_file (PURSUIT_INSIGHTS_VIEW (widget), _("Export Figures"), "pursuit-insights.csv", NULL);
}

static void
show_jobs_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AdwViewStack *stack = pursuit_view_get_stack (PURSUIT_VIEW (widget));

  if (stack != NULL)
    adw_view_stack_set_visible_child_name (stack, "jobs");
}

/* PursuitView */

static void
start_search_in_view (PursuitView *view)
{
  /* Nothing to search: the figures are filtered by time and role. */
}

static void
settle_view (PursuitView *view)
{
}

static void
pursuit_insights_view_view_init (PursuitViewInterface *iface)
{
  iface->start_search = start_search_in_view;
  iface->settle = settle_view;
}

static const PursuitViewShortcut shortcuts[] = {
  { "<Control><Shift>s", "insights.export-csv" },
};

static void
fill_choices (PursuitInsightsView *self)
{
  g_autoptr(GtkStringList) range_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) role_names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) roles = pursuit_salary_engine_list_roles (pursuit_context_get_salary_engine (self->context));

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    gtk_string_list_append (range_names, _(ranges[i].label));
  adw_combo_row_set_model (self->range_row, G_LIST_MODEL (range_names));

  gtk_string_list_append (role_names, _("All roles"));
  g_ptr_array_add (self->role_ids, NULL);
  for (guint i = 0; i < roles->len; i++)
    {
      PursuitSalaryOption *option = g_ptr_array_index (roles, i);

      gtk_string_list_append (role_names, option->title);
      g_ptr_array_add (self->role_ids, (gpointer) option->id);
    }
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (role_names));
}

static void
pursuit_insights_view_constructed (GObject *object)
{
  PursuitInsightsView *self = PURSUIT_INSIGHTS_VIEW (object);
  PursuitStore *store = get_store (self);

  G_OBJECT_CLASS (pursuit_insights_view_parent_class)->constructed (object);

  fill_choices (self);
  g_signal_connect_object (self->range_row, "notify::selected", G_CALLBACK (on_filter_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->role_row, "notify::selected", G_CALLBACK (on_filter_changed), self,
                           G_CONNECT_SWAPPED);

  /* Jobs change in place too (a move, an edit): the store tells their
   * model, and the documents' when what a job sent changes. */
  g_signal_connect_object (pursuit_store_get_jobs (store), "items-changed", G_CALLBACK (queue_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (pursuit_store_get_stages (store), "items-changed", G_CALLBACK (queue_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (pursuit_store_get_documents (store), "items-changed", G_CALLBACK (queue_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (pursuit_context_get_settings (self->context), "changed::attention-days",
                           G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->switcher_title, "notify::title-visible", G_CALLBACK (update_narrow), self,
                           G_CONNECT_SWAPPED);
  pursuit_view_add_shortcuts (PURSUIT_VIEW (self), shortcuts, G_N_ELEMENTS (shortcuts));

  self->dirty = TRUE;
}

static void
pursuit_insights_view_root (GtkWidget *widget)
{
  PursuitInsightsView *self = PURSUIT_INSIGHTS_VIEW (widget);

  GTK_WIDGET_CLASS (pursuit_insights_view_parent_class)->root (widget);
  adw_view_switcher_title_set_stack (self->switcher_title, pursuit_view_get_stack (PURSUIT_VIEW (self)));
}

static void
pursuit_insights_view_map (GtkWidget *widget)
{
  PursuitInsightsView *self = PURSUIT_INSIGHTS_VIEW (widget);

  GTK_WIDGET_CLASS (pursuit_insights_view_parent_class)->map (widget);
  if (self->dirty)
    refresh (self);
}

static void
pursuit_insights_view_dispose (GObject *object)
{
  PursuitInsightsView *self = PURSUIT_INSIGHTS_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_INSIGHTS_VIEW);
  g_clear_object (&self->funnel_chart);
  g_clear_object (&self->weeks_chart);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_insights_view_parent_class)->dispose (object);
}

static void
pursuit_insights_view_finalize (GObject *object)
{
  PursuitInsightsView *self = PURSUIT_INSIGHTS_VIEW (object);

  g_clear_pointer (&self->insights, pursuit_insights_free);
  g_clear_pointer (&self->role_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_insights_view_parent_class)->finalize (object);
}

static void
pursuit_insights_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PursuitInsightsView *self = PURSUIT_INSIGHTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_insights_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PursuitInsightsView *self = PURSUIT_INSIGHTS_VIEW (object);

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
pursuit_insights_view_class_init (PursuitInsightsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pursuit_insights_view_constructed;
  object_class->dispose = pursuit_insights_view_dispose;
  object_class->finalize = pursuit_insights_view_finalize;
  object_class->get_property = pursuit_insights_view_get_property;
  object_class->set_property = pursuit_insights_view_set_property;
  widget_class->root = pursuit_insights_view_root;
  widget_class->map = pursuit_insights_view_map;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  g_object_class_override_property (object_class, PROP_NARROW, "narrow");
  properties[PROP_NARROW] = g_object_class_find_property (object_class, "narrow");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-insights-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitInsightsView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitInsightsView, stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitInsightsView, results_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitInsightsView, results_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitInsightsView, range_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInsightsView, role_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInsightsView, export_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitInsightsView, export_menu);
  gtk_widget_class_bind_template_child (widget_class, PursuitInsightsView, primary_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitInsightsView, primary_menu);

  gtk_widget_class_install_action (widget_class, "insights.export-chart", "s", export_chart_activated);
  gtk_widget_class_install_action (widget_class, "insights.export-csv", NULL, export_csv_activated);
  gtk_widget_class_install_action (widget_class, "insights.show-jobs", NULL, show_jobs_activated);
}

static void
pursuit_insights_view_init (PursuitInsightsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));
  pursuit_menu_button_set_menu_model (GTK_MENU_BUTTON (self->export_button), self->export_menu);
  pursuit_menu_button_set_menu_model (self->primary_button, self->primary_menu);
  self->role_ids = g_ptr_array_new ();
  /* Kept across rebuilds of the figures, which take them out and put them back. */
  self->funnel_chart = g_object_ref_sink (PURSUIT_INSIGHTS_CHART (pursuit_insights_chart_new (PURSUIT_INSIGHTS_CHART_FUNNEL)));
  self->weeks_chart = g_object_ref_sink (PURSUIT_INSIGHTS_CHART (pursuit_insights_chart_new (PURSUIT_INSIGHTS_CHART_COLUMNS)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "insights.export-chart", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "insights.export-csv", FALSE);
}

/* "loading", "empty" or "figures" */
const char *
pursuit_insights_view_get_page_name (PursuitInsightsView *self)
{
  g_return_val_if_fail (PURSUIT_IS_INSIGHTS_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * pursuit_insights_view_get_insights:
 *
 * Returns: (transfer none) (nullable): the figures shown
 */
PursuitInsights *
pursuit_insights_view_get_insights (PursuitInsightsView *self)
{
  g_return_val_if_fail (PURSUIT_IS_INSIGHTS_VIEW (self), NULL);

  return self->insights;
}

/* How many times the figures were worked out: the debounce's test. */
guint
pursuit_insights_view_get_n_computed (PursuitInsightsView *self)
{
  g_return_val_if_fail (PURSUIT_IS_INSIGHTS_VIEW (self), 0);

  return self->n_computed;
}
