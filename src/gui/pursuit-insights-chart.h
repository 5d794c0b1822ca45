/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * PursuitInsightsChartKind:
 * @PURSUIT_INSIGHTS_CHART_FUNNEL: a horizontal bar for each step, its name
 *   before it and its count and share of the first after it
 * @PURSUIT_INSIGHTS_CHART_COLUMNS: a column for each value, the first and
 *   last names under them (applications per week)
 */
typedef enum
{
  PURSUIT_INSIGHTS_CHART_FUNNEL,
  PURSUIT_INSIGHTS_CHART_COLUMNS,
} PursuitInsightsChartKind;

/**
 * PursuitInsightsChartFormat:
 * @PURSUIT_INSIGHTS_CHART_PNG: a picture
 * @PURSUIT_INSIGHTS_CHART_SVG: a drawing that scales
 */
typedef enum
{
  PURSUIT_INSIGHTS_CHART_PNG,
  PURSUIT_INSIGHTS_CHART_SVG,
} PursuitInsightsChartFormat;

#define PURSUIT_TYPE_INSIGHTS_CHART (pursuit_insights_chart_get_type ())

G_DECLARE_FINAL_TYPE (PursuitInsightsChart, pursuit_insights_chart, PURSUIT, INSIGHTS_CHART, GtkWidget)

GtkWidget  *pursuit_insights_chart_new         (PursuitInsightsChartKind    kind);
void        pursuit_insights_chart_set_values  (PursuitInsightsChart       *self,
                                                const char * const         *labels,
                                                const guint                *values,
                                                guint                       n_values,
                                                const char                 *summary);
guint       pursuit_insights_chart_get_n_values (PursuitInsightsChart      *self);
const char *pursuit_insights_chart_get_summary (PursuitInsightsChart       *self);
gboolean    pursuit_insights_chart_export      (PursuitInsightsChart       *self,
                                                const char                 *path,
                                                PursuitInsightsChartFormat  format,
                                                GError                    **error);

G_END_DECLS
