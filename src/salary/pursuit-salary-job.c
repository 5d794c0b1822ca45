/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "pursuit-job-fields.h"
#include "pursuit-salary-job.h"
#include "pursuit-salary-places.h"

/* A tracked job, read as the salary engine's query, posted pay and offer.
 * Empty fields are "not given": no override, no figure, no currency. */

void
pursuit_salary_preferences_init (PursuitSalaryPreferences *preferences)
{
  preferences->home_country = NULL;
  pursuit_pay_assumptions_init (&preferences->assumptions);
}

static const char *
or_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? text : NULL;
}

/**
 * pursuit_salary_job_get_query:
 * @query: (out caller-allocates): filled with strings owned by @job
 *
 * What @job says (title, location, industry) and what the user chose for
 * its benchmark (role, level, country).
 */
void
pursuit_salary_job_get_query (PursuitJob                     *job,
                              const PursuitSalaryPreferences *preferences,
                              PursuitSalaryQuery             *query)
{
  const char *home = preferences != NULL ? or_null (preferences->home_country) : NULL;

  g_return_if_fail (PURSUIT_IS_JOB (job));

  if (home == NULL)
    home = pursuit_salary_default_home_country (setlocale (LC_MESSAGES, NULL));

  *query = (PursuitSalaryQuery) {
    .title = or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_TITLE)),
    .location = or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_LOCATION)),
    .industry = or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_INDUSTRY)),
    .home_country = home,
    .role = or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_ROLE)),
    .level = or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_LEVEL)),
    .country = or_null (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_SALARY_COUNTRY)),
  };
}

static void
read_pay (PursuitJob             *job,
          const PursuitPayFields *group,
          PursuitPay             *pay)
{
  *pay = (PursuitPay) {
    .min = pursuit_job_get_amount (job, group->min),
    .max = pursuit_job_get_amount (job, group->max),
    .currency = or_null (pursuit_job_get_text (job, group->currency)),
    .period = pursuit_job_get_number (job, group->period),
  };
  /* A job keeps one figure as its minimum; the engine reads a single
   * figure as a band of one. */
  if (pay->min >= 0 && pay->max < 0)
    pay->max = pay->min;
}

/**
 * pursuit_salary_job_get_posted:
 * @pay: (out caller-allocates): the pay the posting gave
 */
void
pursuit_salary_job_get_posted (PursuitJob *job,
                               PursuitPay *pay)
{
  guint n_groups;

  g_return_if_fail (PURSUIT_IS_JOB (job));

  read_pay (job, &pursuit_job_get_pay_groups (&n_groups)[0], pay);
}

/**
 * pursuit_salary_job_get_offer:
 * @offer: (out caller-allocates): the offer as made
 *
 * Returns: whether @job holds an offer (a base pay or a bonus)
 */
gboolean
pursuit_salary_job_get_offer (PursuitJob         *job,
                              PursuitSalaryOffer *offer)
{
  const PursuitPayFields *group;
  guint n_groups;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), FALSE);

  group = &pursuit_job_get_pay_groups (&n_groups)[1];
  read_pay (job, group, &offer->pay);
  offer->sign_on_bonus = pursuit_job_get_amount (job, group->extras[0]);
  offer->annual_bonus = pursuit_job_get_amount (job, group->extras[1]);
  return pursuit_pay_has_figure (&offer->pay) || offer->sign_on_bonus > 0 || offer->annual_bonus > 0;
}

/**
 * pursuit_salary_job_get_annual_pay:
 *
 * Returns: the middle of the posted pay a year, in its own currency, for
 *   sorting; -1 when the job gives no figure or no period
 */
double
pursuit_salary_job_get_annual_pay (PursuitJob                     *job,
                                   const PursuitSalaryPreferences *preferences)
{
  PursuitPay pay;
  double low, high;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), -1);

  pursuit_salary_job_get_posted (job, &pay);
  if (!pursuit_pay_has_figure (&pay) || pay.period == PURSUIT_PAY_PERIOD_UNKNOWN)
    return -1;

  low = pay.min >= 0 ? pay.min : pay.max;
  high = pay.max >= 0 ? pay.max : pay.min;
  return pursuit_pay_convert ((low + high) / 2, pay.period, PURSUIT_PAY_PERIOD_YEAR,
                              preferences != NULL ? &preferences->assumptions : NULL);
}

/**
 * pursuit_salary_engine_compare_job:
 * @preferences: (nullable): %NULL for the defaults
 *
 * Returns: (transfer full): every benchmark for @job, and where its posted
 *   pay and offer stand
 */
PursuitSalaryReport *
pursuit_salary_engine_compare_job (PursuitSalaryEngine            *self,
                                   PursuitJob                     *job,
                                   const PursuitSalaryPreferences *preferences)
{
  PursuitSalaryQuery query;
  PursuitPay posted;
  PursuitSalaryOffer offer;
  gboolean has_offer;

  g_return_val_if_fail (PURSUIT_IS_SALARY_ENGINE (self), NULL);
  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);

  pursuit_salary_job_get_query (job, preferences, &query);
  pursuit_salary_job_get_posted (job, &posted);
  has_offer = pursuit_salary_job_get_offer (job, &offer);
  return pursuit_salary_engine_compare (self, &query, &posted, has_offer ? &offer : NULL,
                                        preferences != NULL ? &preferences->assumptions : NULL);
}

/**
 * pursuit_salary_engine_summarize_job:
 * @preferences: (nullable): %NULL for the defaults
 *
 * Returns: the list row's words for @job's posted pay ("+6% vs median",
 *   "below range"), "" when there is nothing to say
 */
const char *
pursuit_salary_engine_summarize_job (PursuitSalaryEngine            *self,
                                     PursuitJob                     *job,
                                     const PursuitSalaryPreferences *preferences)
{
  PursuitSalaryQuery query;
  PursuitPay posted;

  g_return_val_if_fail (PURSUIT_IS_SALARY_ENGINE (self), "");
  g_return_val_if_fail (PURSUIT_IS_JOB (job), "");

  pursuit_salary_job_get_posted (job, &posted);
  if (!pursuit_pay_has_figure (&posted))
    return "";
  pursuit_salary_job_get_query (job, preferences, &query);
  return pursuit_salary_engine_summarize (self, &query, &posted,
                                          preferences != NULL ? &preferences->assumptions : NULL);
}

/**
 * pursuit_salary_engine_rate_job:
 * @preferences: (nullable): %NULL for the defaults
 * @rating: (out caller-allocates) (optional): the standing, its percentage
 *   and the row's words
 *
 * Where @job's posted pay stands for the jobs list, as
 * pursuit_salary_engine_rate() says: %PURSUIT_SALARY_POSITION_BELOW is
 * what the list's "Below benchmark" filter keeps.
 *
 * Returns: the position; %PURSUIT_SALARY_POSITION_NOT_COMPARED without pay
 *   or a benchmark in its currency
 */
PursuitSalaryPosition
pursuit_salary_engine_rate_job (PursuitSalaryEngine            *self,
                                PursuitJob                     *job,
                                const PursuitSalaryPreferences *preferences,
                                PursuitSalaryRating            *rating)
{
  PursuitSalaryQuery query;
  PursuitPay posted;

  g_return_val_if_fail (PURSUIT_IS_SALARY_ENGINE (self), PURSUIT_SALARY_POSITION_NOT_COMPARED);
  g_return_val_if_fail (PURSUIT_IS_JOB (job), PURSUIT_SALARY_POSITION_NOT_COMPARED);

  pursuit_salary_job_get_posted (job, &posted);
  if (!pursuit_pay_has_figure (&posted))
    {
      if (rating != NULL)
        *rating = (PursuitSalaryRating) { PURSUIT_SALARY_POSITION_NOT_COMPARED, 0, FALSE, g_intern_static_string ("") };
      return PURSUIT_SALARY_POSITION_NOT_COMPARED;
    }
  pursuit_salary_job_get_query (job, preferences, &query);
  return pursuit_salary_engine_rate (self, &query, &posted,
                                     preferences != NULL ? &preferences->assumptions : NULL, rating);
}
