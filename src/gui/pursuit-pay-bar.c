/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-pay-bar.h"

/* A job's pay against its benchmarks, on one yearly scale: one lane per
 * benchmark (a range as a bar, a single figure as a dot), the posted pay
 * and the offer as bands across all lanes. Only figures in one currency
 * are drawn; the rows under it say which could not be compared. The same
 * facts are the widget's accessible description. */

#define PAD 12          /* room at the ends for a dot or an edge */
#define MARK_HEIGHT 18  /* a line for "Posted" or "Offer" above the lanes */
#define LABEL_HEIGHT 17
#define BAR_HEIGHT 8
#define LANE_GAP 9
#define LANE_HEIGHT (LABEL_HEIGHT + BAR_HEIGHT + LANE_GAP)
#define AXIS_HEIGHT 22

typedef struct
{
  char *label;
  double low;
  double high;         /* equal to low for a single figure */
} Lane;

struct _PursuitPayBar
{
  GtkWidget parent_instance;

  GArray *lanes;       /* Lane */
  char *currency;
  double posted_low, posted_high;   /* negative: none */
  double offer_low, offer_high;
  double axis_min, axis_max;
};

G_DEFINE_FINAL_TYPE (PursuitPayBar, pursuit_pay_bar, GTK_TYPE_WIDGET)

static void
lane_clear (gpointer data)
{
  Lane *lane = data;

  g_free (lane->label);
}

static char *
format_amount (PursuitPayBar *self,
               double         low,
               double         high,
               gboolean        per_year)
{
  PursuitPay pay = { low, high, self->currency, per_year ? PURSUIT_PAY_PERIOD_YEAR : PURSUIT_PAY_PERIOD_UNKNOWN };

  return pursuit_pay_format_short (&pay);
}

static guint
n_mark_lines (PursuitPayBar *self)
{
  return (self->posted_low >= 0 ? 1 : 0) + (self->offer_low >= 0 ? 1 : 0);
}

static void
pursuit_pay_bar_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  PursuitPayBar *self = PURSUIT_PAY_BAR (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 480;
    }
  else if (self->lanes->len == 0)
    *minimum = *natural = 0;
  else
    *minimum = *natural = n_mark_lines (self) * MARK_HEIGHT + self->lanes->len * LANE_HEIGHT + AXIS_HEIGHT;
}

static double
x_of (PursuitPayBar *self,
      double         value,
      int            width)
{
  double span = self->axis_max - self->axis_min;

  return PAD + (value - self->axis_min) / span * (width - 2 * PAD);
}

static GdkRGBA
named_color (GtkWidget  *widget,
             const char *name,
             GdkRGBA     fallback)
{
  GdkRGBA color = fallback;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return color;
}

static GdkRGBA
with_alpha (GdkRGBA color,
            double  alpha)
{
  color.alpha *= alpha;
  return color;
}

static void
draw_text (GtkWidget   *widget,
           GtkSnapshot *snapshot,
           const char  *text,
           double       x,
           double       y,
           int          max_width,
           gboolean     bold,
           gboolean     right_aligned,
           GdkRGBA      color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attributes = pango_attr_list_new ();
  int width, height;

  pango_attr_list_insert (attributes, pango_attr_scale_new (PANGO_SCALE_SMALL));
  if (bold)
    pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (layout, MAX (max_width, 1) * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, &width, &height);
  if (right_aligned)
    x -= width;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
append_rounded (GtkSnapshot *snapshot,
                double       x,
                double       y,
                double       width,
                double       height,
                GdkRGBA      color)
{
  GskRoundedRect rect;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, width, height), height / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x, y, width, height));
  gtk_snapshot_pop (snapshot);
}

/* An edge of a band: from its name above the lanes down across each
 * lane's bar, leaving the lanes' labels clear to read. */
static void
draw_edge (PursuitPayBar *self,
           GtkSnapshot   *snapshot,
           double         x,
           double         line_y,
           double         lanes_top,
           GdkRGBA        color)
{
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x - 1, line_y + MARK_HEIGHT - 4, 2,
                                                                    lanes_top - line_y - MARK_HEIGHT + 4));
  for (guint i = 0; i < self->lanes->len; i++)
    {
      double bar_y = lanes_top + i * LANE_HEIGHT + LABEL_HEIGHT;

      gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x - 1, bar_y - 4, 2, BAR_HEIGHT + 8));
    }
}

/* A band across every lane, with its name and figures on a line of its own
 * above them, placed where the band is but kept inside the widget. */
static void
draw_band (PursuitPayBar *self,
           GtkSnapshot   *snapshot,
           const char    *name,
           double         low,
           double         high,
           double         line_y,
           double         lanes_top,
           double         lanes_bottom,
           GdkRGBA        color)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int width = gtk_widget_get_width (widget);
  double x0 = x_of (self, low, width);
  double x1 = MAX (x_of (self, high, width), x0 + 2);
  g_autofree char *figures = format_amount (self, low, high, FALSE);
  g_autofree char *text = g_strdup_printf ("%s %s", name, figures);
  gboolean right = x0 > width / 2.0;

  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { color.red, color.green, color.blue, color.alpha * 0.16 },
                             &GRAPHENE_RECT_INIT (x0, lanes_top, x1 - x0, lanes_bottom - lanes_top));
  draw_edge (self, snapshot, x0, line_y, lanes_top, color);
  draw_edge (self, snapshot, x1, line_y, lanes_top, color);
  draw_text (widget, snapshot, text, right ? x1 : x0, line_y, width, TRUE, right, color);
}

static void
pursuit_pay_bar_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  PursuitPayBar *self = PURSUIT_PAY_BAR (widget);
  int width = gtk_widget_get_width (widget);
  GdkRGBA foreground, accent, success;
  double y = 0, lanes_top, lanes_bottom;
  g_autofree char *axis_low = NULL;
  g_autofree char *axis_high = NULL;

  if (self->lanes->len == 0 || width <= 2 * PAD)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);
  G_GNUC_END_IGNORE_DEPRECATIONS
  accent = named_color (widget, "accent_color", (GdkRGBA) { 0.11, 0.44, 0.85, 1 });
  success = named_color (widget, "success_color", (GdkRGBA) { 0.15, 0.56, 0.25, 1 });

  lanes_top = n_mark_lines (self) * MARK_HEIGHT;
  lanes_bottom = lanes_top + self->lanes->len * LANE_HEIGHT - LANE_GAP / 2.0;

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *lane = &g_array_index (self->lanes, Lane, i);
      double lane_y = lanes_top + i * LANE_HEIGHT;
      double bar_y = lane_y + LABEL_HEIGHT;
      double x0 = x_of (self, lane->low, width);
      double x1 = x_of (self, lane->high, width);

      draw_text (widget, snapshot, lane->label, PAD, lane_y, width - 2 * PAD, FALSE, FALSE,
                 with_alpha (foreground, 0.8));
      /* The whole scale, faintly, so a dot has something to sit on. */
      append_rounded (snapshot, PAD - BAR_HEIGHT / 2.0, bar_y, width - 2 * PAD + BAR_HEIGHT, BAR_HEIGHT,
                      with_alpha (foreground, 0.08));
      if (lane->high > lane->low)
        append_rounded (snapshot, x0 - BAR_HEIGHT / 2.0, bar_y, x1 - x0 + BAR_HEIGHT, BAR_HEIGHT,
                        with_alpha (foreground, 0.45));
      else
        append_rounded (snapshot, x0 - BAR_HEIGHT / 2.0 - 1, bar_y - 1, BAR_HEIGHT + 2, BAR_HEIGHT + 2,
                        with_alpha (foreground, 0.85));
    }

  if (self->posted_low >= 0)
    {
      draw_band (self, snapshot, _("Posted"), self->posted_low, self->posted_high, y, lanes_top, lanes_bottom,
                 accent);
      y += MARK_HEIGHT;
    }
  if (self->offer_low >= 0)
    draw_band (self, snapshot, _("Offer"), self->offer_low, self->offer_high, y, lanes_top, lanes_bottom,
               success);

  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { foreground.red, foreground.green, foreground.blue, foreground.alpha * 0.25 },
                             &GRAPHENE_RECT_INIT (PAD, lanes_bottom + 2, width - 2 * PAD, 1));
  axis_low = format_amount (self, self->axis_min, self->axis_min, FALSE);
  axis_high = format_amount (self, self->axis_max, self->axis_max, TRUE);
  draw_text (widget, snapshot, axis_low, PAD, lanes_bottom + 4, width / 2 - PAD, FALSE, FALSE,
             with_alpha (foreground, 0.7));
  draw_text (widget, snapshot, axis_high, width - PAD, lanes_bottom + 4, width / 2 - PAD, FALSE, TRUE,
             with_alpha (foreground, 0.7));
}

static void
pursuit_pay_bar_finalize (GObject *object)
{
  PursuitPayBar *self = PURSUIT_PAY_BAR (object);

  g_array_unref (self->lanes);
  g_free (self->currency);

  G_OBJECT_CLASS (pursuit_pay_bar_parent_class)->finalize (object);
}

static void
pursuit_pay_bar_class_init (PursuitPayBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = pursuit_pay_bar_finalize;
  widget_class->measure = pursuit_pay_bar_measure;
  widget_class->snapshot = pursuit_pay_bar_snapshot;

  gtk_widget_class_set_css_name (widget_class, "paybar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pursuit_pay_bar_init (PursuitPayBar *self)
{
  self->lanes = g_array_new (FALSE, TRUE, sizeof (Lane));
  g_array_set_clear_func (self->lanes, lane_clear);
  self->posted_low = self->posted_high = -1;
  self->offer_low = self->offer_high = -1;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pay and benchmarks"),
                                  -1);
}

GtkWidget *
pursuit_pay_bar_new (void)
{
  return g_object_new (PURSUIT_TYPE_PAY_BAR, NULL);
}

/* The figures of @benchmark a year in the chart's currency: what the pay
 * was compared with, or the record's own figures when no pay was. */
static gboolean
benchmark_figures (PursuitPayBar                *self,
                   const PursuitSalaryBenchmark *benchmark,
                   double                       *low,
                   double                       *high)
{
  if (benchmark->comparable && benchmark->compared_annual >= 0)
    {
      *low = benchmark->compared_annual;
      *high = benchmark->compared_annual_high >= 0 ? benchmark->compared_annual_high : *low;
      return TRUE;
    }
  if (g_strcmp0 (benchmark->record->currency, self->currency) == 0 && benchmark->annual >= 0)
    {
      *low = benchmark->annual;
      *high = benchmark->annual_high >= 0 ? benchmark->annual_high : *low;
      return TRUE;
    }
  return FALSE;
}

static void
include (PursuitPayBar *self,
         double         low,
         double         high)
{
  self->axis_min = MIN (self->axis_min, low);
  self->axis_max = MAX (self->axis_max, high);
}

/**
 * pursuit_pay_bar_set_report:
 * @report: (nullable): what to draw; %NULL for nothing
 * @currency: (nullable): the currency of the job's pay; %NULL when it
 *   gives none, then the benchmarks are drawn in the first one's currency
 */
void
pursuit_pay_bar_set_report (PursuitPayBar       *self,
                            PursuitSalaryReport *report,
                            const char          *currency)
{
  GPtrArray *benchmarks = report != NULL ? pursuit_salary_report_get_benchmarks (report) : NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  double first_year;

  g_return_if_fail (PURSUIT_IS_PAY_BAR (self));

  g_array_set_size (self->lanes, 0);
  self->posted_low = self->posted_high = -1;
  self->offer_low = self->offer_high = -1;
  self->axis_min = G_MAXDOUBLE;
  self->axis_max = -G_MAXDOUBLE;
  g_free (self->currency);
  self->currency = g_strdup (currency);
  if (self->currency == NULL && benchmarks != NULL && benchmarks->len > 0)
    {
      const PursuitSalaryBenchmark *first = g_ptr_array_index (benchmarks, 0);

      self->currency = g_strdup (first->record->currency);
    }

  if (report != NULL && currency != NULL &&
      pursuit_salary_report_get_posted_annual (report, &self->posted_low, &self->posted_high))
    {
      g_autofree char *figures = format_amount (self, self->posted_low, self->posted_high, TRUE);

      include (self, self->posted_low, self->posted_high);
      /* Translators: the pay a posting gives, in the description of a chart */
      g_string_append_printf (description, _("Posted: %s."), figures);
    }
  else
    self->posted_low = self->posted_high = -1;

  if (report != NULL && currency != NULL &&
      pursuit_salary_report_get_offer_annual (report, &self->offer_low, &self->offer_high, &first_year))
    {
      g_autofree char *figures = format_amount (self, self->offer_low, self->offer_high, TRUE);

      include (self, self->offer_low, self->offer_high);
      g_string_append_printf (description, "%s%s", description->len > 0 ? " " : "",
                              /* Translators: the pay offered, in the description of a chart */
                              _("Offer: "));
      g_string_append_printf (description, "%s.", figures);
    }
  else
    self->offer_low = self->offer_high = -1;

  for (guint i = 0; benchmarks != NULL && i < benchmarks->len; i++)
    {
      const PursuitSalaryBenchmark *benchmark = g_ptr_array_index (benchmarks, i);
      Lane lane;
      g_autofree char *figures = NULL;

      if (!benchmark_figures (self, benchmark, &lane.low, &lane.high))
        continue;

      lane.label = g_strdup_printf ("%s · %s", benchmark->label, benchmark->citation);
      g_array_append_val (self->lanes, lane);
      include (self, lane.low, lane.high);

      figures = format_amount (self, lane.low, lane.high, TRUE);
      g_string_append_printf (description, "%s%s: %s.", description->len > 0 ? " " : "", lane.label, figures);
    }

  if (self->lanes->len > 0)
    {
      /* A little room beyond the figures; a single figure gets a scale. */
      double span = self->axis_max - self->axis_min;

      if (span <= 0)
        span = MAX (self->axis_max, 1) * 0.2;
      self->axis_min = MAX (0, self->axis_min - span * 0.08);
      self->axis_max += span * 0.08;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self), self->lanes->len > 0);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * pursuit_pay_bar_get_n_lanes:
 *
 * Returns: how many benchmarks are drawn
 */
guint
pursuit_pay_bar_get_n_lanes (PursuitPayBar *self)
{
  g_return_val_if_fail (PURSUIT_IS_PAY_BAR (self), 0);

  return self->lanes->len;
}
