/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "pursuit-job-summary.h"

/* What a job's list row and its board card say about what comes next:
 * one wording, so the two never tell it differently. */

static GDateTime *
parse_day (const char *iso_date)
{
  int year, month, day;

  if (sscanf (iso_date, "%d-%d-%d", &year, &month, &day) != 3 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

static int
day_number (GDateTime *date)
{
  return g_date_time_get_year (date) * 1000 + g_date_time_get_day_of_year (date);
}

/* A date is read as one: it never breaks across lines. */
static char *
unbreakable (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, " ", -1);

  return g_strjoinv ("\u00a0", parts);
}

static char *
format_day (GDateTime *date,
            GDateTime *now)
{
  g_autofree char *text = NULL;

  if (g_date_time_get_year (date) == g_date_time_get_year (now))
    /* Translators: a short due date: "24 Nov" */
    text = g_date_time_format (date, _("%-d %b"));
  else
    /* Translators: a short due date in another year: "24 Nov 2027" */
    text = g_date_time_format (date, _("%-d %b %Y"));
  return unbreakable (text);
}

/**
 * pursuit_job_summary_name:
 *
 * Returns: (transfer full): how a screen reader names the job:
 *   "Support Agent at Acme Ltd"
 */
char *
pursuit_job_summary_name (PursuitJob *job)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);

  /* Translators: a job as a screen reader names it: "Support Agent at Acme Ltd" */
  return g_strdup_printf (_("%s at %s"), pursuit_job_get_title (job), pursuit_job_get_company (job));
}

/**
 * pursuit_job_summary_name_item:
 * @item_child: the child of a list view's row
 *
 * Names @item_child and the row around it after @job: the row is what
 * holds the focus, and GTK 4.8 does not name it after its content.
 */
void
pursuit_job_summary_name_item (GtkWidget  *item_child,
                               PursuitJob *job)
{
  g_autofree char *name = NULL;
  GtkWidget *row;

  g_return_if_fail (GTK_IS_WIDGET (item_child));
  g_return_if_fail (PURSUIT_IS_JOB (job));

  name = pursuit_job_summary_name (job);
  gtk_accessible_update_property (GTK_ACCESSIBLE (item_child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  row = gtk_widget_get_parent (item_child);
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/**
 * pursuit_job_summary_next_action:
 * @now: today, for "overdue" and whether to name the year
 * @overdue: (out): whether the due date has passed
 *
 * Returns: (transfer full) (nullable): "Call the recruiter · due 24 Nov",
 *   or %NULL when the job has no next action and no due date
 */
char *
pursuit_job_summary_next_action (PursuitJob *job,
                                 GDateTime  *now,
                                 gboolean   *overdue)
{
  const char *next_action;
  const char *due;
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *when = NULL;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (overdue != NULL, NULL);

  *overdue = FALSE;
  next_action = pursuit_job_get_next_action (job);
  due = pursuit_job_get_next_action_due (job);
  if (next_action[0] == '\0' && due[0] == '\0')
    return NULL;
  if (due[0] == '\0')
    return g_strdup (next_action);

  date = parse_day (due);
  if (date != NULL)
    {
      *overdue = day_number (date) < day_number (now);
      when = format_day (date, now);
    }
  else
    when = g_strdup (due);

  if (next_action[0] == '\0')
    /* Translators: a next step without words, only its date: "Next step due 24 Nov" */
    return g_strdup_printf (_("Next step due %s"), when);
  /* Translators: a next action and its due date: "Call the recruiter · due 24 Nov" */
  return g_strdup_printf (_("%s · due %s"), next_action, when);
}

/**
 * pursuit_job_summary_next_interview:
 *
 * Returns: (transfer full) (nullable): "Interview Tue 25 Nov, 14:30", or
 *   %NULL when none is planned
 */
char *
pursuit_job_summary_next_interview (PursuitJob *job)
{
  gint64 interview;
  g_autoptr(GDateTime) at = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);

  interview = pursuit_job_get_next_interview_at (job);
  if (interview <= 0)
    return NULL;

  at = g_date_time_new_from_unix_local (interview);
  /* Translators: when the next interview is: "Tue 25 Nov, 14:30" */
  when = g_date_time_format (at, _("%a %-d %b, %H:%M"));
  text = unbreakable (when);
  /* Translators: the next interview: "Interview Tue 25 Nov, 14:30" */
  return g_strdup_printf (_("Interview %s"), text);
}

/* Shows @text in @label, or hides the label when there is none. */
void
pursuit_job_summary_show (GtkLabel   *label,
                          const char *text)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

/**
 * pursuit_job_summary_pay:
 * @rating: (out caller-allocates): how the pay compares with its benchmark
 *   (the engine's standing and words)
 *
 * Returns: (transfer full) (nullable): the posted pay, short: "$19–22 an
 *   hour", "$38.5k–48.5k a year"; %NULL when the job gives none
 */
char *
pursuit_job_summary_pay (PursuitContext      *context,
                         PursuitJob          *job,
                         PursuitSalaryRating *rating)
{
  PursuitPay posted;

  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);
  g_return_val_if_fail (rating != NULL, NULL);

  pursuit_salary_engine_rate_job (pursuit_context_get_salary_engine (context), job,
                                  pursuit_context_get_salary_preferences (context), rating);
  pursuit_salary_job_get_posted (job, &posted);
  return pursuit_pay_has_figure (&posted) ? pursuit_pay_format_short (&posted) : NULL;
}

/**
 * pursuit_job_summary_show_standing:
 *
 * Shows @rating's words in @label, in the warning colour when the pay is
 * below its benchmark and the success colour when above; hides @label
 * when there is nothing to say.
 */
void
pursuit_job_summary_show_standing (GtkLabel                  *label,
                                   const PursuitSalaryRating *rating)
{
  static const char * const styles[] = { "success", "warning" };
  const char *style = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (rating != NULL);

  gtk_label_set_text (label, rating->words);
  gtk_widget_set_visible (GTK_WIDGET (label), rating->words[0] != '\0');
  if (rating->position == PURSUIT_SALARY_POSITION_BELOW)
    style = "warning";
  else if (rating->position == PURSUIT_SALARY_POSITION_ABOVE)
    style = "success";
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (g_strcmp0 (styles[i], style) != 0)
      gtk_widget_remove_css_class (GTK_WIDGET (label), styles[i]);
  if (style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), style);
}
