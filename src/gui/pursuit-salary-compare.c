/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-job-summary.h"
#include "pursuit-salary-compare.h"

/* "Compare With My Jobs" under a guide's salary table: the tracked jobs
 * the salary engine matches to the table's role, each with its posted pay
 * and how that compares, each opening the job in the Jobs view
 * (win.show-job). The list is made when the popover opens, so it is never
 * stale and costs nothing until asked for. */

/* More rows would make a popover no one reads; the count says the rest. */
#define MAX_ROWS 100

/**
 * pursuit_salary_compare_find_jobs:
 * @role: a role id (a guide id)
 *
 * Returns: (transfer container) (element-type PursuitJob): the jobs not
 *   archived whose benchmark match (or the user's choice) is @role, in the
 *   store's order
 */
GPtrArray *
pursuit_salary_compare_find_jobs (PursuitContext *context,
                                  const char     *role)
{
  GListModel *jobs;
  PursuitSalaryEngine *engine;
  const PursuitSalaryPreferences *preferences;
  GPtrArray *found;
  guint n;

  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (role != NULL, NULL);

  jobs = pursuit_store_get_jobs (pursuit_context_get_store (context));
  engine = pursuit_context_get_salary_engine (context);
  preferences = pursuit_context_get_salary_preferences (context);
  found = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (jobs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);
      g_autoptr(PursuitSalaryMatch) match = NULL;
      PursuitSalaryQuery query;

      if (pursuit_job_get_archived (job))
        continue;
      pursuit_salary_job_get_query (job, preferences, &query);
      match = pursuit_salary_engine_match (engine, &query);
      if (g_strcmp0 (match->role, role) == 0)
        g_ptr_array_add (found, g_steal_pointer (&job));
    }
  return found;
}

static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Narrow enough for a 360 px window. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (box, label);
  return label;
}

static GtkWidget *
job_row (PursuitContext *context,
         PursuitJob     *job)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  PursuitSalaryRating rating;
  g_autofree char *pay = pursuit_job_summary_pay (context, job, &rating);
  g_autofree char *name = pursuit_job_summary_name (job);
  g_autofree char *accessible = NULL;
  GtkWidget *standing;
  GtkWidget *separator;

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  add_label (GTK_BOX (box), pursuit_job_get_title (job), "heading");
  add_label (GTK_BOX (box), pursuit_job_get_company (job), "dim-label");
  /* Translators: a job with no pay in a list of jobs compared with a benchmark */
  add_label (GTK_BOX (line), pay != NULL ? pay : _("No pay given"), "caption");
  /* Translators: between a job's pay and how it compares, in the jobs list: “$19–22 an hour · +6% vs median” */
  separator = add_label (GTK_BOX (line), _(" · "), "caption");
  gtk_widget_add_css_class (separator, "dim-label");
  standing = add_label (GTK_BOX (line), NULL, "caption");
  pursuit_job_summary_show_standing (GTK_LABEL (standing), &rating);
  gtk_widget_set_visible (separator, gtk_widget_get_visible (standing));
  gtk_box_append (GTK_BOX (box), line);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data (G_OBJECT (row), "pursuit-job-id", GSIZE_TO_POINTER ((gsize) pursuit_job_get_id (job)));

  /* Translators: a job in the compare list as a screen reader says it: "Support Agent at Acme Ltd, $19–22 an hour, +6% vs median" */
  accessible = g_strdup_printf (_("%s, %s, %s"), name, pay != NULL ? pay : _("No pay given"), rating.words);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return row;
}

typedef struct
{
  PursuitContext *context;
  char *role;
} CompareData;

static void
compare_data_free (gpointer data)
{
  CompareData *compare = data;

  g_object_unref (compare->context);
  g_free (compare->role);
  g_free (compare);
}

/* Not the row's own action: a list box emits row-activated only for rows
 * without one, and the popover must close either way. */
static void
on_row_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  GtkPopover    *popover)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "pursuit-job-id"));

  gtk_widget_activate_action (GTK_WIDGET (list), "win.show-job", "x", id);
  gtk_popover_popdown (popover);
}

static void
build_popover (GtkMenuButton *button,
               gpointer       user_data)
{
  CompareData *compare = user_data;
  g_autoptr(GPtrArray) jobs = pursuit_salary_compare_find_jobs (compare->context, compare->role);
  PursuitContent *content = pursuit_context_get_content (compare->context);
  PursuitGuide *guide = pursuit_content_find_guide (content, compare->role);
  const char *role_title = guide != NULL ? pursuit_guide_get_title (guide) : compare->role;
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  g_autofree char *heading = NULL;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  if (jobs->len == 0)
    /* Translators: the compare list of a guide's salary table when no tracked job matches; %s is the role */
    heading = g_strdup_printf (_("No tracked job is matched to %s yet. A job’s Salary section can choose this role."),
                               role_title);
  else if (jobs->len > MAX_ROWS)
    /* Translators: above the compare list of a guide's salary table when it shows only some: "Customer Service Specialist: the first 100 of 250 tracked jobs" */
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%2$s: the first %3$u of %1$u tracked job",
                                            "%2$s: the first %3$u of %1$u tracked jobs", jobs->len),
                               jobs->len, role_title, MAX_ROWS);
  else
    /* Translators: above the compare list of a guide's salary table: "Customer Service Specialist: 3 tracked jobs" */
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%2$s: %1$u tracked job", "%2$s: %1$u tracked jobs",
                                            jobs->len),
                               jobs->len, role_title);
  add_label (GTK_BOX (box), heading, jobs->len > 0 ? "heading" : "dim-label");

  if (jobs->len > 0)
    {
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkWidget *list = gtk_list_box_new ();

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
      for (guint i = 0; i < jobs->len && i < MAX_ROWS; i++)
        gtk_list_box_append (GTK_LIST_BOX (list), job_row (compare->context, g_ptr_array_index (jobs, i)));
      g_signal_connect_object (list, "row-activated", G_CALLBACK (on_row_activated), popover, 0);

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
      gtk_box_append (GTK_BOX (box), scroller);
    }

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
}

/**
 * pursuit_salary_compare_button_new:
 * @role: the salary table's role (a guide id)
 *
 * Returns: (transfer floating): a "Compare With My Jobs" button whose
 *   popover lists the tracked jobs matched to @role
 */
GtkWidget *
pursuit_salary_compare_button_new (PursuitContext *context,
                                   const char     *role)
{
  GtkWidget *button;
  CompareData *compare;

  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (role != NULL, NULL);

  compare = g_new0 (CompareData, 1);
  compare->context = g_object_ref (context);
  compare->role = g_strdup (role);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Compare With My Jobs"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  pursuit_accessible_name_mnemonic_controls (button);
  /* GTK 4.8 names a menu button by its type, not its label. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Compare With My Jobs"), -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), build_popover, compare, compare_data_free);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "salary-compare");
  return button;
}
