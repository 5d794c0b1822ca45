/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-practice.h"
#include "pursuit-practice-chart.h"

/* Answers per day as a bar chart, the oldest day first and today last,
 * drawn in the accent colour so it reads in the light and the dark style.
 * A day without practice shows as a short faint mark, so the gaps read as
 * days. Screen readers get the chart as a sentence. */
struct _PursuitPracticeChart
{
  GtkWidget parent_instance;

  GArray *counts;      /* guint per day */
  int last_day;
  char *summary;
};

G_DEFINE_FINAL_TYPE (PursuitPracticeChart, pursuit_practice_chart, GTK_TYPE_WIDGET)

#define NATURAL_HEIGHT 96
#define GAP 3

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (style, name, color))
    gtk_style_context_get_color (style, color);
}

static void
pursuit_practice_chart_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  PursuitPracticeChart *self = PURSUIT_PRACTICE_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint n = self->counts->len;
  guint most = 1;
  GdkRGBA bar, faint;
  float bar_width;

  if (n == 0 || width <= 0 || height <= 0)
    return;

  lookup_color (widget, "accent_color", &bar);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &faint);
  faint.alpha *= 0.18f;

  for (guint i = 0; i < n; i++)
    most = MAX (most, g_array_index (self->counts, guint, i));
  bar_width = MAX (1.0f, ((float) width - GAP * (n - 1)) / n);

  for (guint i = 0; i < n; i++)
    {
      guint count = g_array_index (self->counts, guint, i);
      float x = i * (bar_width + GAP);
      float bar_height = count > 0 ? MAX (3.0f, (float) height * count / most) : 2.0f;
      graphene_rect_t rect = GRAPHENE_RECT_INIT (x, height - bar_height, bar_width, bar_height);
      GskRoundedRect rounded;
      float radius = MIN (3.0f, bar_width / 2);

      gsk_rounded_rect_init (&rounded, &rect, &GRAPHENE_SIZE_INIT (radius, radius),
                             &GRAPHENE_SIZE_INIT (radius, radius), &GRAPHENE_SIZE_INIT (0, 0),
                             &GRAPHENE_SIZE_INIT (0, 0));
      gtk_snapshot_push_rounded_clip (snapshot, &rounded);
      gtk_snapshot_append_color (snapshot, count > 0 ? &bar : &faint, &rect);
      gtk_snapshot_pop (snapshot);
    }
}

static void
pursuit_practice_chart_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  PursuitPracticeChart *self = PURSUIT_PRACTICE_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* At least a pixel a bar with its gap. */
      *minimum = (int) self->counts->len * (1 + GAP);
      *natural = (int) self->counts->len * (12 + GAP);
    }
  else
    {
      *minimum = 48;
      *natural = NATURAL_HEIGHT;
    }
}

static void
pursuit_practice_chart_finalize (GObject *object)
{
  PursuitPracticeChart *self = PURSUIT_PRACTICE_CHART (object);

  g_array_unref (self->counts);
  g_free (self->summary);

  G_OBJECT_CLASS (pursuit_practice_chart_parent_class)->finalize (object);
}

static void
pursuit_practice_chart_class_init (PursuitPracticeChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pursuit_practice_chart_finalize;
  widget_class->snapshot = pursuit_practice_chart_snapshot;
  widget_class->measure = pursuit_practice_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "practicechart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pursuit_practice_chart_init (PursuitPracticeChart *self)
{
  self->counts = g_array_new (FALSE, TRUE, sizeof (guint));
  self->summary = g_strdup ("");
}

GtkWidget *
pursuit_practice_chart_new (void)
{
  return g_object_new (PURSUIT_TYPE_PRACTICE_CHART, NULL);
}

static char *
describe (GArray *counts,
          int     last_day)
{
  guint total = 0;
  guint days = 0;
  guint most = 0;
  int most_day = 0;
  g_autofree char *weeks = NULL;
  g_autofree char *answers = NULL;
  g_autofree char *when = NULL;

  for (guint i = 0; i < counts->len; i++)
    {
      guint count = g_array_index (counts, guint, i);

      total += count;
      days += count > 0;
      if (count > most)
        {
          most = count;
          most_day = last_day - (int) (counts->len - 1 - i);
        }
    }

  weeks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Answers per day over the last %u week",
                                        "Answers per day over the last %u weeks", counts->len / 7),
                           counts->len / 7);
  if (total == 0)
    /* Translators: "Answers per day over the last 4 weeks: none yet." */
    return g_strdup_printf (_("%s: none yet."), weeks);

  answers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer", "%u answers", total), total);
  when = pursuit_practice_format_day (most_day, last_day);
  /* Translators: "Answers per day over the last 4 weeks: 35 answers on 9 days, most (8) today." */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s on %u day, most (%u) %s.",
                                       "%s: %s on %u days, most (%u) %s.", days),
                          weeks, answers, days, most, when);
}

/**
 * pursuit_practice_chart_set_counts:
 * @counts: (element-type guint): answers per day, the oldest first
 * @last_day: the day of the last count (today)
 */
void
pursuit_practice_chart_set_counts (PursuitPracticeChart *self,
                                   GArray               *counts,
                                   int                   last_day)
{
  g_return_if_fail (PURSUIT_IS_PRACTICE_CHART (self));
  g_return_if_fail (counts != NULL);

  g_array_set_size (self->counts, 0);
  g_array_append_vals (self->counts, counts->data, counts->len);
  self->last_day = last_day;
  g_free (self->summary);
  self->summary = describe (self->counts, last_day);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The sentence screen readers get. */
const char *
pursuit_practice_chart_get_summary (PursuitPracticeChart *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_CHART (self), NULL);

  return self->summary;
}
