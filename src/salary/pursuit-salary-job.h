/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-job.h"
#include "pursuit-salary-engine.h"

G_BEGIN_DECLS

/**
 * PursuitSalaryPreferences:
 * @home_country: (nullable): ISO 3166-1 alpha-2; %NULL for the locale's
 * @assumptions: how pay converts between periods
 *
 * What the user set in Preferences that changes a job's benchmark. The
 * job page, the jobs list and pursuit-cli read the same values
 * (pursuit_context_get_salary_preferences() in the app).
 */
typedef struct
{
  const char *home_country;
  PursuitPayAssumptions assumptions;
} PursuitSalaryPreferences;

void                 pursuit_salary_preferences_init   (PursuitSalaryPreferences       *preferences);

void                 pursuit_salary_job_get_query      (PursuitJob                     *job,
                                                        const PursuitSalaryPreferences *preferences,
                                                        PursuitSalaryQuery             *query);
void                 pursuit_salary_job_get_posted     (PursuitJob                     *job,
                                                        PursuitPay                     *pay);
gboolean             pursuit_salary_job_get_offer      (PursuitJob                     *job,
                                                        PursuitSalaryOffer             *offer);
double               pursuit_salary_job_get_annual_pay (PursuitJob                     *job,
                                                        const PursuitSalaryPreferences *preferences);

PursuitSalaryReport *pursuit_salary_engine_compare_job   (PursuitSalaryEngine            *self,
                                                          PursuitJob                     *job,
                                                          const PursuitSalaryPreferences *preferences);
const char          *pursuit_salary_engine_summarize_job (PursuitSalaryEngine            *self,
                                                          PursuitJob                     *job,
                                                          const PursuitSalaryPreferences *preferences);
PursuitSalaryPosition pursuit_salary_engine_rate_job     (PursuitSalaryEngine            *self,
                                                          PursuitJob                     *job,
                                                          const PursuitSalaryPreferences *preferences,
                                                          PursuitSalaryRating            *rating);

G_END_DECLS
