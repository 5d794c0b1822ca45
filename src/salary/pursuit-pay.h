/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pursuit-enums.h"
#include "pursuit-salary-error.h"

G_BEGIN_DECLS

/**
 * PursuitPayAssumptions:
 * @hours_per_week: hours worked in a week (40)
 * @days_per_week: days worked in a week (5)
 * @weeks_per_year: weeks paid in a year (52)
 * @months_per_year: monthly payments in a year (12; 13 or 14 where a
 *   country pays extra months)
 *
 * What turns pay for one period into pay for another. Passed in, never
 * read from settings, so results can be checked by hand.
 */
typedef struct
{
  double hours_per_week;
  double days_per_week;
  double weeks_per_year;
  double months_per_year;
} PursuitPayAssumptions;

/**
 * PursuitPay:
 * @min: the lower figure, or a negative number when there is none ("Up to
 *   $52,000")
 * @max: the higher figure, or a negative number when there is none ("From
 *   $20", "60k+"); equal to @min for a single figure
 * @currency: (nullable): an ISO 4217 code
 * @period: what one figure pays for
 *
 * Pay as a posting or an offer gives it, the same fields a #PursuitJob keeps.
 */
typedef struct
{
  double min;
  double max;
  const char *currency;
  PursuitPayPeriod period;
} PursuitPay;

/**
 * PursuitPayTextKind:
 * @PURSUIT_PAY_TEXT_FIGURES: the text gives at least one figure
 * @PURSUIT_PAY_TEXT_UNSTATED: the text says on purpose that it gives none
 *   ("Competitive", "DOE", "Negotiable"), or is empty
 */
typedef enum
{
  PURSUIT_PAY_TEXT_FIGURES,
  PURSUIT_PAY_TEXT_UNSTATED,
} PursuitPayTextKind;

/**
 * PursuitParsedPay:
 * @kind: whether figures were found
 * @min: as #PursuitPay, negative when absent
 * @max: as #PursuitPay, negative when absent
 * @currency: the ISO 4217 code, empty when neither the text nor the caller
 *   gave one
 * @period: the period the text names, or the guess
 * @period_guessed: no period was written; @period was guessed from the size
 *   of the figure (see pursuit_pay_parse())
 * @currency_from_default: no currency was written; @currency is the
 *   caller's default
 */
typedef struct
{
  PursuitPayTextKind kind;
  double min;
  double max;
  char currency[4];
  PursuitPayPeriod period;
  gboolean period_guessed;
  gboolean currency_from_default;
} PursuitParsedPay;

void      pursuit_pay_assumptions_init      (PursuitPayAssumptions       *assumptions);
double    pursuit_pay_periods_per_year      (PursuitPayPeriod             period,
                                             const PursuitPayAssumptions *assumptions);
double    pursuit_pay_convert               (double                       amount,
                                             PursuitPayPeriod             from,
                                             PursuitPayPeriod             to,
                                             const PursuitPayAssumptions *assumptions);
gboolean  pursuit_pay_has_figure            (const PursuitPay            *pay);
char     *pursuit_pay_format                (const PursuitPay            *pay);
char     *pursuit_pay_format_short          (const PursuitPay            *pay);
char     *pursuit_pay_describe_conversion   (const PursuitPay            *pay,
                                             PursuitPayPeriod             to,
                                             const PursuitPayAssumptions *assumptions);
gboolean  pursuit_pay_parse                 (const char                  *text,
                                             const char                  *default_currency,
                                             PursuitParsedPay            *result,
                                             GError                     **error);
gboolean  pursuit_pay_parse_figures         (const char                  *text,
                                             double                      *min,
                                             double                      *max,
                                             char                       **currency,
                                             PursuitPayPeriod            *period,
                                             gpointer                     user_data);

G_END_DECLS
