/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"
#include "pursuit-insights-chart.h"
#include "pursuit-insights-report.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_INSIGHTS_VIEW (pursuit_insights_view_get_type ())

G_DECLARE_FINAL_TYPE (PursuitInsightsView, pursuit_insights_view, PURSUIT, INSIGHTS_VIEW, AdwBin)

const char           *pursuit_insights_view_get_page_name    (PursuitInsightsView  *self);
PursuitInsights      *pursuit_insights_view_get_insights     (PursuitInsightsView  *self);
guint                 pursuit_insights_view_get_n_computed   (PursuitInsightsView  *self);
PursuitInsightsChart *pursuit_insights_view_get_chart        (PursuitInsightsView  *self,
                                                              const char           *name);
gboolean              pursuit_insights_view_export_chart     (PursuitInsightsView  *self,
                                                              const char           *name,
                                                              GFile                *file,
                                                              GError              **error);
gboolean              pursuit_insights_view_export_csv       (PursuitInsightsView  *self,
                                                              GFile                *file,
                                                              GError              **error);

G_END_DECLS
