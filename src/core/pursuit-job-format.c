/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-job-fields.h"
#include "pursuit-job-format.h"
#include "pursuit-money.h"

/* How a job's fields read to a person, shared by pursuit-cli and the app. */

/**
 * pursuit_job_format_pay:
 *
 * The pay as the posting gave it: "$19 an hour", "€2,500 a month",
 * "$38,500–$48,500 a year", "From £30,000 a year".
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when the job has no
 *   pay figure
 */
char *
pursuit_job_format_pay (PursuitJob *job)
{
  guint n_groups;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);

  return pursuit_job_format_pay_fields (job, &pursuit_job_get_pay_groups (&n_groups)[0]);
}

/**
 * pursuit_job_format_pay_fields:
 * @group: one of pursuit_job_get_pay_groups(): the posted pay or the offer
 *
 * The base pay of @group as pursuit_job_format_pay() writes the posted pay;
 * its extras (bonuses) are left out.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when @group has
 *   no figure
 */
char *
pursuit_job_format_pay_fields (PursuitJob             *job,
                               const PursuitPayFields *group)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;
  g_autofree char *amount = NULL;
  const char *currency;
  double pay_min;
  double pay_max;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);
  g_return_val_if_fail (group != NULL, NULL);

  pay_min = pursuit_job_get_amount (job, group->min);
  pay_max = pursuit_job_get_amount (job, group->max);
  currency = pursuit_job_get_text (job, group->currency);

  if (pay_min < 0 && pay_max < 0)
    return NULL;

  if (pay_min >= 0)
    low = pursuit_format_money (pay_min, currency);
  if (pay_max >= 0)
    high = pursuit_format_money (pay_max, currency);

  if (low != NULL && high != NULL && g_str_equal (low, high))
    amount = g_steal_pointer (&low);
  else if (low != NULL && high != NULL)
    /* Translators: a range of pay, "$38,500–$48,500" */
    amount = g_strdup_printf (_("%s–%s"), low, high);
  else if (low != NULL)
    /* Translators: pay with only a lower figure, "From $38,500" */
    amount = g_strdup_printf (_("From %s"), low);
  else
    /* Translators: pay with only an upper figure, "Up to $48,500" */
    amount = g_strdup_printf (_("Up to %s"), high);

  return pursuit_format_per_period (amount, pursuit_job_get_number (job, group->period));
}
