/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "pursuit-insights-chart.h"

/* The Insights view's charts: the funnel as horizontal bars and
 * applications per week as columns, drawn in the accent colour with text
 * in the widget's own colour, so they read in the light and the dark style.
 * Screen readers get the chart as a sentence (the view writes it); the
 * numbers are in the rows under each chart. The same drawing, on the
 * window's background, is what a chart exports as PNG or SVG. */
struct _PursuitInsightsChart
{
  GtkWidget parent_instance;

  PursuitInsightsChartKind kind;
  GPtrArray *labels;
  GArray *values;       /* guint */
  char *summary;
};

G_DEFINE_FINAL_TYPE (PursuitInsightsChart, pursuit_insights_chart, GTK_TYPE_WIDGET)

#define BAR_HEIGHT 22
#define ROW_GAP 8
#define COLUMN_GAP 3
#define TEXT_GAP 8
#define COLUMNS_HEIGHT 140
#define EXPORT_WIDTH 640

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color)
{
  GtkStyleContext *style = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (style, name, color))
    gtk_style_context_get_color (style, color);
}

static guint
value_at (PursuitInsightsChart *self,
          guint                 i)
{
  return g_array_index (self->values, guint, i);
}

static guint
most_of (PursuitInsightsChart *self)
{
  guint most = 1;

  for (guint i = 0; i < self->values->len; i++)
    most = MAX (most, value_at (self, i));
  return most;
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             float          x,
             float          y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
append_bar (GtkSnapshot   *snapshot,
            const GdkRGBA *color,
            float          x,
            float          y,
            float          width,
            float          height)
{
  graphene_rect_t rect = GRAPHENE_RECT_INIT (x, y, width, height);
  GskRoundedRect rounded;
  float radius = MIN (3.0f, MIN (width, height) / 2);

  gsk_rounded_rect_init_from_rect (&rounded, &rect, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, &rect);
  gtk_snapshot_pop (snapshot);
}

/* "8 · 100%": the count and its share of the first step */
static char *
funnel_value_text (PursuitInsightsChart *self,
                   guint                 i)
{
  guint first = value_at (self, 0);

  if (i == 0 || first == 0)
    return g_strdup_printf ("%u", value_at (self, i));
  /* Translators: a step of the funnel: how many, and their share of the applications, "4 · 50%" */
  return g_strdup_printf (_("%u · %.0f%%"), value_at (self, i), 100.0 * value_at (self, i) / first);
}

static void
draw_funnel (PursuitInsightsChart *self,
             GtkSnapshot          *snapshot,
             int                   width)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkRGBA bar, text, track;
  int label_width = 0;
  int value_width = 0;
  guint most = most_of (self);

  lookup_color (widget, "accent_bg_color", &bar);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &text);
  track = text;
  track.alpha *= 0.1f;

  for (guint i = 0; i < self->values->len; i++)
    {
      g_autoptr(PangoLayout) label = gtk_widget_create_pango_layout (widget, g_ptr_array_index (self->labels, i));
      g_autofree char *value_text = funnel_value_text (self, i);
      g_autoptr(PangoLayout) value = gtk_widget_create_pango_layout (widget, value_text);
      int w;

      pango_layout_get_pixel_size (label, &w, NULL);
      label_width = MAX (label_width, w);
      pango_layout_get_pixel_size (value, &w, NULL);
      value_width = MAX (value_width, w);
    }

  for (guint i = 0; i < self->values->len; i++)
    {
      g_autoptr(PangoLayout) label = gtk_widget_create_pango_layout (widget, g_ptr_array_index (self->labels, i));
      g_autofree char *value_text = funnel_value_text (self, i);
      g_autoptr(PangoLayout) value = gtk_widget_create_pango_layout (widget, value_text);
      float y = i * (BAR_HEIGHT + ROW_GAP);
      float x = label_width + TEXT_GAP;
      float room = MAX (1.0f, (float) width - x - TEXT_GAP - value_width);
      float length = value_at (self, i) > 0 ? MAX (3.0f, room * value_at (self, i) / most) : 0;
      int text_height;

      pango_layout_get_pixel_size (label, NULL, &text_height);
      append_text (snapshot, label, 0, y + (BAR_HEIGHT - text_height) / 2.0f, &text);
      append_bar (snapshot, &track, x, y, room, BAR_HEIGHT);
      if (length > 0)
        append_bar (snapshot, &bar, x, y, length, BAR_HEIGHT);
      append_text (snapshot, value, x + room + TEXT_GAP, y + (BAR_HEIGHT - text_height) / 2.0f, &text);
    }
}

static void
draw_columns (PursuitInsightsChart *self,
              GtkSnapshot          *snapshot,
              int                   width,
              int                   height)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint n = self->values->len;
  guint most = most_of (self);
  g_autofree char *most_text = g_strdup_printf ("%u", most);
  g_autoptr(PangoLayout) top = gtk_widget_create_pango_layout (widget, most_text);
  g_autoptr(PangoLayout) first = gtk_widget_create_pango_layout (widget, g_ptr_array_index (self->labels, 0));
  g_autoptr(PangoLayout) last = gtk_widget_create_pango_layout (widget, g_ptr_array_index (self->labels, n - 1));
  GdkRGBA bar, text, faint;
  int axis_width, text_height, last_width;
  float plot_height, column_width, x0;

  lookup_color (widget, "accent_bg_color", &bar);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &text);
  faint = text;
  faint.alpha *= 0.18f;

  pango_layout_get_pixel_size (top, &axis_width, &text_height);
  pango_layout_get_pixel_size (last, &last_width, NULL);
  x0 = axis_width + TEXT_GAP;
  plot_height = MAX (1.0f, (float) height - text_height - 4);
  column_width = MAX (1.0f, ((float) width - x0 - COLUMN_GAP * (n - 1)) / n);

  /* The scale: the highest count at the top, and a line along it. */
  append_text (snapshot, top, 0, 0, &text);
  gtk_snapshot_append_color (snapshot, &faint, &GRAPHENE_RECT_INIT (x0, 0, width - x0, 1));

  for (guint i = 0; i < n; i++)
    {
      guint count = value_at (self, i);
      float x = x0 + i * (column_width + COLUMN_GAP);
      float column_height = count > 0 ? MAX (3.0f, plot_height * count / most) : 2.0f;

      append_bar (snapshot, count > 0 ? &bar : &faint, x, plot_height - column_height, column_width, column_height);
    }

  append_text (snapshot, first, x0, plot_height + 4, &text);
  if (n > 1)
    append_text (snapshot, last, MAX (x0, (float) width - last_width), plot_height + 4, &text);
}

static void
draw (PursuitInsightsChart *self,
      GtkSnapshot          *snapshot,
      int                   width,
      int                   height)
{
  if (self->values->len == 0 || width <= 0 || height <= 0)
    return;

  if (self->kind == PURSUIT_INSIGHTS_CHART_FUNNEL)
    draw_funnel (self, snapshot, width);
  else
    draw_columns (self, snapshot, width, height);
}

static void
pursuit_insights_chart_snapshot (GtkWidget   *widget,
                                 GtkSnapshot *snapshot)
{
  draw (PURSUIT_INSIGHTS_CHART (widget), snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
}

static int
natural_height (PursuitInsightsChart *self)
{
  if (self->kind == PURSUIT_INSIGHTS_CHART_FUNNEL)
    return self->values->len > 0 ? (int) self->values->len * (BAR_HEIGHT + ROW_GAP) - ROW_GAP : 0;
  return COLUMNS_HEIGHT;
}

static void
pursuit_insights_chart_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  PursuitInsightsChart *self = PURSUIT_INSIGHTS_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 480;
    }
  else
    *minimum = *natural = natural_height (self);
}

static void
pursuit_insights_chart_finalize (GObject *object)
{
  PursuitInsightsChart *self = PURSUIT_INSIGHTS_CHART (object);

  g_ptr_array_unref (self->labels);
  g_array_unref (self->values);
  g_free (self->summary);

  G_OBJECT_CLASS (pursuit_insights_chart_parent_class)->finalize (object);
}

static void
pursuit_insights_chart_class_init (PursuitInsightsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pursuit_insights_chart_finalize;
  widget_class->snapshot = pursuit_insights_chart_snapshot;
  widget_class->measure = pursuit_insights_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "insightschart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pursuit_insights_chart_init (PursuitInsightsChart *self)
{
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->values = g_array_new (FALSE, TRUE, sizeof (guint));
  self->summary = g_strdup ("");
}

GtkWidget *
pursuit_insights_chart_new (PursuitInsightsChartKind kind)
{
  PursuitInsightsChart *self = g_object_new (PURSUIT_TYPE_INSIGHTS_CHART, NULL);

  self->kind = kind;
  return GTK_WIDGET (self);
}

/**
 * pursuit_insights_chart_set_values:
 * @labels: (array length=n_values): a name for each value
 * @values: (array length=n_values): the values
 * @summary: the chart in a sentence, for screen readers
 */
void
pursuit_insights_chart_set_values (PursuitInsightsChart *self,
                                   const char * const   *labels,
                                   const guint          *values,
                                   guint                 n_values,
                                   const char           *summary)
{
  g_return_if_fail (PURSUIT_IS_INSIGHTS_CHART (self));
  g_return_if_fail (n_values == 0 || (labels != NULL && values != NULL));
  g_return_if_fail (summary != NULL);

  g_ptr_array_set_size (self->labels, 0);
  g_array_set_size (self->values, 0);
  for (guint i = 0; i < n_values; i++)
    g_ptr_array_add (self->labels, g_strdup (labels[i]));
  g_array_append_vals (self->values, values, n_values);
  g_free (self->summary);
  self->summary = g_strdup (summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->summary, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
pursuit_insights_chart_get_n_values (PursuitInsightsChart *self)
{
  g_return_val_if_fail (PURSUIT_IS_INSIGHTS_CHART (self), 0);

  return self->values->len;
}

/* The sentence screen readers get. */
const char *
pursuit_insights_chart_get_summary (PursuitInsightsChart *self)
{
  g_return_val_if_fail (PURSUIT_IS_INSIGHTS_CHART (self), NULL);

  return self->summary;
}

/**
 * pursuit_insights_chart_export:
 * @path: a local file, replaced
 *
 * Draws the chart as it is shown (or 640 pixels wide when it is not),
 * on the window's background, into a PNG at twice the size or an SVG.
 */
gboolean
pursuit_insights_chart_export (PursuitInsightsChart        *self,
                               const char                  *path,
                               PursuitInsightsChartFormat   format,
                               GError                     **error)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget) > 0 ? gtk_widget_get_width (widget) : EXPORT_WIDTH;
  int height = MAX (1, natural_height (self));
  int margin = 12;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  GdkRGBA background;

  g_return_val_if_fail (PURSUIT_IS_INSIGHTS_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  lookup_color (widget, "window_bg_color", &background);
  background.alpha = 1;
  gtk_snapshot_append_color (snapshot, &background,
                             &GRAPHENE_RECT_INIT (0, 0, width + 2 * margin, height + 2 * margin));
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (margin, margin));
  draw (self, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);

  if (format == PURSUIT_INSIGHTS_CHART_SVG)
    surface = cairo_svg_surface_create (path, width + 2 * margin, height + 2 * margin);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2 * (width + 2 * margin), 2 * (height + 2 * margin));

  cr = cairo_create (surface);
  if (format == PURSUIT_INSIGHTS_CHART_PNG)
    cairo_scale (cr, 2, 2);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (format == PURSUIT_INSIGHTS_CHART_PNG)
    status = cairo_surface_write_to_png (surface, path);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the chart to “%s”: %s"), name,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
