/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-job-format.h"
#include "pursuit-test-utils.h"

/* Jobs' values as the list and the page show them. */

static void
assert_pay (double      pay_min,
            double      pay_max,
            const char *currency,
            int         period,
            const char *expected)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autofree char *text = NULL;

  pursuit_job_set_pay_min (job, pay_min);
  pursuit_job_set_pay_max (job, pay_max);
  pursuit_job_set_pay_currency (job, currency);
  pursuit_job_set_pay_period (job, period);
  text = pursuit_job_format_pay (job);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_format_pay (void)
{
  /* The three postings, stored as written. */
  assert_pay (19, 19, "USD", PURSUIT_PAY_PERIOD_HOUR, "$19 an hour");                    /* "$19/hour" */
  assert_pay (2500, 2500, "EUR", PURSUIT_PAY_PERIOD_MONTH, "€2,500 a month");            /* "€2,500 gross a month" */
  assert_pay (38500, 48500, "USD", PURSUIT_PAY_PERIOD_YEAR, "$38,500–$48,500 a year");   /* "$38,500-$48,500 a year" */

  assert_pay (19.5, 19.5, "USD", PURSUIT_PAY_PERIOD_HOUR, "$19.50 an hour");
  assert_pay (19.999, -1, "USD", PURSUIT_PAY_PERIOD_HOUR, "From $20 an hour");
  assert_pay (-1, 1234567, "GBP", PURSUIT_PAY_PERIOD_YEAR, "Up to £1,234,567 a year");
  assert_pay (150, 200, "CHF", PURSUIT_PAY_PERIOD_DAY, "CHF 150–CHF 200 a day");
  assert_pay (900, 900, "PLN", PURSUIT_PAY_PERIOD_WEEK, "900 zł a week");
  assert_pay (0, 0, "USD", PURSUIT_PAY_PERIOD_UNKNOWN, "$0");
  assert_pay (100, 100, "", PURSUIT_PAY_PERIOD_MONTH, "100 a month");
  assert_pay (-1, -1, "USD", PURSUIT_PAY_PERIOD_YEAR, NULL);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/format/pay", test_format_pay);

  return g_test_run ();
}
