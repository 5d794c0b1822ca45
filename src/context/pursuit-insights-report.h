/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-salary.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/**
 * PursuitInsightsBreakdown:
 *
 * The ways Insights breaks the figures down, as the view, the CSV and
 * pursuit-cli name them.
 */
typedef enum
{
  PURSUIT_INSIGHTS_BY_SOURCE,
  PURSUIT_INSIGHTS_BY_RESUME,
  PURSUIT_INSIGHTS_BY_PAY,
  PURSUIT_INSIGHTS_N_BREAKDOWNS
} PursuitInsightsBreakdown;

GArray     *pursuit_insights_tag_jobs          (PursuitSalaryEngine            *engine,
                                                const PursuitSalaryPreferences *preferences,
                                                GListModel                     *jobs);
PursuitInsightsTagger *pursuit_insights_tagger_new_for_engine (PursuitSalaryEngine            *engine,
                                                         const PursuitSalaryPreferences *preferences);
PursuitInsightsPay pursuit_insights_pay_of_job (PursuitSalaryEngine            *engine,
                                                const PursuitSalaryPreferences *preferences,
                                                PursuitJob                     *job,
                                                const char                    **role);
const char *pursuit_insights_pay_get_label     (PursuitInsightsPay              pay);
const char *pursuit_insights_step_get_label    (guint                           step);
const char *pursuit_insights_breakdown_get_title (PursuitInsightsBreakdown      breakdown);
const char *pursuit_insights_breakdown_get_id  (PursuitInsightsBreakdown        breakdown);
GPtrArray  *pursuit_insights_get_breakdown     (PursuitInsights                *insights,
                                                PursuitInsightsBreakdown        breakdown);
char       *pursuit_insights_row_dup_name      (const PursuitInsightsRow       *row,
                                                PursuitInsightsBreakdown        breakdown);
char       *pursuit_insights_format_days       (double                          days);
char       *pursuit_insights_format_share      (const PursuitInsightsRow       *row,
                                                guint                           count);
char       *pursuit_insights_to_csv            (PursuitInsights                *insights);

G_END_DECLS
