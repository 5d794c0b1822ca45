/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pursuit-content.h"
#include "pursuit-pay.h"

G_BEGIN_DECLS

/**
 * PursuitSalaryConfidence:
 * @PURSUIT_SALARY_CONFIDENCE_NONE: nothing matched
 * @PURSUIT_SALARY_CONFIDENCE_GUESSED: a guess: a job word no guide lists
 *   ("Customer Care Advisor"), the home country for "Remote", a trade counted
 *   with a neighbouring one
 * @PURSUIT_SALARY_CONFIDENCE_CLOSE: a title the guides list once
 *   abbreviations, spellings, synonyms, seniority and noise are read
 *   ("Sr. Customer Support Rep - Remote"); a city; a synonym of an industry
 * @PURSUIT_SALARY_CONFIDENCE_EXACT: a title a guide lists, ignoring case and
 *   punctuation; a named country, state or province; an industry by name
 * @PURSUIT_SALARY_CONFIDENCE_CHOSEN: chosen by the user (an override)
 *
 * How sure a match is, from the least sure; the values may be compared.
 */
typedef enum
{
  PURSUIT_SALARY_CONFIDENCE_NONE,
  PURSUIT_SALARY_CONFIDENCE_GUESSED,
  PURSUIT_SALARY_CONFIDENCE_CLOSE,
  PURSUIT_SALARY_CONFIDENCE_EXACT,
  PURSUIT_SALARY_CONFIDENCE_CHOSEN,
} PursuitSalaryConfidence;

/**
 * PursuitSalaryQuery:
 * @title: (nullable): the job's title as posted
 * @location: (nullable): the job's location as posted ("Denver, CO",
 *   "Remote (US)")
 * @industry: (nullable): the job's free-text industry ("Banking")
 * @home_country: (nullable): the user's country (ISO 3166-1 alpha-2), taken
 *   when the location names none; see pursuit_salary_default_home_country()
 * @role: (nullable): the user's choice of role (a guide id); wins over the
 *   title
 * @level: (nullable): the user's choice of ladder level id; wins over the
 *   title, and gives the role when @role is %NULL
 * @country: (nullable): the user's choice of country; wins over the
 *   location
 *
 * What a job says, and what the user chose instead.
 */
typedef struct
{
  const char *title;
  const char *location;
  const char *industry;
  const char *home_country;
  const char *role;
  const char *level;
  const char *country;
} PursuitSalaryQuery;

/**
 * PursuitSalaryMatch:
 * @role: (nullable): the role id (a guide id); %NULL when no guide covers
 *   the title
 * @level: (nullable): the ladder level id; %NULL when the title names none
 * @role_confidence: how sure @role and @level are
 * @role_reason: one line for people: "Sr. Customer Service Rep → Senior
 *   Customer Service Specialist: “Rep” is read as “representative”, “Sr”
 *   gives the level"
 * @country: (nullable): ISO 3166-1 alpha-2
 * @area: (nullable): an area id of salaries.xml ("north-america")
 * @place_confidence: how sure @country and @area are
 * @place_reason: "Denver, CO → United States: “CO” is a US state or district"
 * @industry: (nullable): an industry id of salaries.xml
 * @industry_confidence: how sure @industry is
 * @industry_reason: "Banking → Financial services: “banking” is read as it"
 *
 * What a job is, as the engine reads it. The strings are translated and
 * the ids interned. Read-only; shared, so use pursuit_salary_match_ref().
 */
typedef struct
{
  const char *role;
  const char *level;
  PursuitSalaryConfidence role_confidence;
  char *role_reason;
  const char *country;
  const char *area;
  PursuitSalaryConfidence place_confidence;
  char *place_reason;
  const char *industry;
  PursuitSalaryConfidence industry_confidence;
  char *industry_reason;
  /*< private >*/
  gatomicrefcount ref_count;
} PursuitSalaryMatch;

/**
 * PursuitSalaryScope:
 * @PURSUIT_SALARY_SCOPE_LEVEL: pay for the matched ladder level
 * @PURSUIT_SALARY_SCOPE_COUNTRY: the role's pay in the job's country
 * @PURSUIT_SALARY_SCOPE_AREA: the role's pay in the job's area of the world
 * @PURSUIT_SALARY_SCOPE_STARTING: the role's starting pay in the country
 * @PURSUIT_SALARY_SCOPE_INDUSTRY: the role's pay in the job's industry
 */
typedef enum
{
  PURSUIT_SALARY_SCOPE_LEVEL,
  PURSUIT_SALARY_SCOPE_COUNTRY,
  PURSUIT_SALARY_SCOPE_AREA,
  PURSUIT_SALARY_SCOPE_STARTING,
  PURSUIT_SALARY_SCOPE_INDUSTRY,
} PursuitSalaryScope;

/**
 * PursuitSalaryPosition:
 * @PURSUIT_SALARY_POSITION_NOT_COMPARED: nothing to compare: no pay, another
 *   currency, no period
 * @PURSUIT_SALARY_POSITION_BELOW: below a figure, or below a whole range
 * @PURSUIT_SALARY_POSITION_AROUND: within 5% of a figure
 * @PURSUIT_SALARY_POSITION_ABOVE: above a figure, or above a whole range
 * @PURSUIT_SALARY_POSITION_INSIDE: inside a range, edges included
 * @PURSUIT_SALARY_POSITION_STARTS_BELOW: starts below a range, ends inside it
 * @PURSUIT_SALARY_POSITION_ENDS_ABOVE: starts inside a range, ends above it
 * @PURSUIT_SALARY_POSITION_SPANS: starts below a range and ends above it
 *
 * Where pay stands against a benchmark. The pay is taken as a band from
 * its lower to its higher yearly figure; a single figure, "From $20" and
 * "Up to $52,000" are a band of one figure.
 *
 * Against one figure F (a median, an average, the top of a range): AROUND
 * when the band reaches into [0.95 F, 1.05 F], edges included; BELOW when
 * all of it is under 0.95 F; ABOVE when all of it is over 1.05 F.
 *
 * Against a range [L, H]: INSIDE when L ≤ low and high ≤ H; BELOW when
 * high < L; ABOVE when low > H; STARTS_BELOW, ENDS_ABOVE or SPANS when the
 * band crosses one edge or both.
 */
typedef enum
{
  PURSUIT_SALARY_POSITION_NOT_COMPARED,
  PURSUIT_SALARY_POSITION_BELOW,
  PURSUIT_SALARY_POSITION_AROUND,
  PURSUIT_SALARY_POSITION_ABOVE,
  PURSUIT_SALARY_POSITION_INSIDE,
  PURSUIT_SALARY_POSITION_STARTS_BELOW,
  PURSUIT_SALARY_POSITION_ENDS_ABOVE,
  PURSUIT_SALARY_POSITION_SPANS,
} PursuitSalaryPosition;

/**
 * PursuitSalaryStanding:
 * @position: where the pay stands
 * @percent: against a figure F, by how much the middle of the pay band
 *   differs from it, (middle / F − 1) × 100; against a range, 0 inside
 *   it, (high / L − 1) × 100 below it, (low / H − 1) × 100 above it, and
 *   0 when the band crosses an edge. Unrounded; 0 when not compared.
 */
typedef struct
{
  PursuitSalaryPosition position;
  double percent;
} PursuitSalaryStanding;

/**
 * PursuitSalaryRating:
 * @position: where the middle of the posted pay stands against the list's
 *   benchmark: %PURSUIT_SALARY_POSITION_BELOW, _AROUND or _ABOVE against a
 *   median, _BELOW, _INSIDE or _ABOVE against a range, _NOT_COMPARED when
 *   nothing compares
 * @percent: as in #PursuitSalaryStanding, for the middle of the pay
 * @against_range: the benchmark is a range, not a median
 * @words: the row's text, as pursuit_salary_engine_summarize() gives it
 *   (interned; "" when not compared)
 *
 * A job's posted pay at a glance, for the jobs list.
 */
typedef struct
{
  PursuitSalaryPosition position;
  double percent;
  gboolean against_range;
  const char *words;
} PursuitSalaryRating;

/**
 * PursuitSalaryBenchmark:
 * @scope: what the figure is for
 * @record: the figure, or the low end of a range
 * @record_high: (nullable): the high end of a range
 * @annual: @record's value a year, in @record's currency
 * @annual_high: @record_high's value a year, or -1
 * @comparable: whether pay could be compared with it: the same currency,
 *   or US dollars where the source gives its own equivalent
 * @via_source_usd: the comparison used the source's own US dollar
 *   equivalent (its conversion, of its year), never a rate of ours
 * @compared_annual: what the pay was compared with a year, in the pay's
 *   currency; -1 when not comparable
 * @compared_annual_high: the same for the high end of a range, or -1
 * @posted: where the posted pay stands
 * @offer: where the offer's base pay stands
 * @label: what it is, for people: "Starting range · Customer Service
 *   Specialist · United States"
 * @citation: "Robert Half 2026 Salary Guide"
 *
 * One benchmark that applies to a job: a figure or a range of two.
 * Figures from different sources are never merged or averaged.
 */
typedef struct
{
  PursuitSalaryScope scope;
  const PursuitSalaryRecord *record;
  const PursuitSalaryRecord *record_high;
  double annual;
  double annual_high;
  gboolean comparable;
  gboolean via_source_usd;
  double compared_annual;
  double compared_annual_high;
  PursuitSalaryStanding posted;
  PursuitSalaryStanding offer;
  char *label;
  char *citation;
} PursuitSalaryBenchmark;

/**
 * PursuitSalaryOffer:
 * @pay: the base pay offered
 * @sign_on_bonus: paid once, in @pay's currency; 0 or less for none
 * @annual_bonus: paid each year, in @pay's currency; 0 or less for none
 */
typedef struct
{
  PursuitPay pay;
  double sign_on_bonus;
  double annual_bonus;
} PursuitSalaryOffer;

/**
 * PursuitSalaryOption:
 * @id: a role or ladder level id, interned
 * @title: its title for people, translated
 *
 * A role or level the user can choose as a job's benchmark.
 */
typedef struct
{
  const char *id;
  const char *title;
} PursuitSalaryOption;

#define PURSUIT_TYPE_SALARY_MATCH (pursuit_salary_match_get_type ())

GType               pursuit_salary_match_get_type  (void) G_GNUC_CONST;
PursuitSalaryMatch *pursuit_salary_match_ref       (PursuitSalaryMatch *self);
void                pursuit_salary_match_unref     (PursuitSalaryMatch *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitSalaryMatch, pursuit_salary_match_unref)

const char *pursuit_salary_confidence_get_label (PursuitSalaryConfidence confidence);

#define PURSUIT_TYPE_SALARY_REPORT (pursuit_salary_report_get_type ())
G_DECLARE_FINAL_TYPE (PursuitSalaryReport, pursuit_salary_report, PURSUIT, SALARY_REPORT, GObject)

PursuitSalaryMatch *pursuit_salary_report_get_match          (PursuitSalaryReport *self);
GPtrArray          *pursuit_salary_report_get_benchmarks     (PursuitSalaryReport *self);
const char         *pursuit_salary_report_get_verdict        (PursuitSalaryReport *self);
const char         *pursuit_salary_report_get_offer_verdict  (PursuitSalaryReport *self);
const char         *pursuit_salary_report_get_summary        (PursuitSalaryReport *self);
const char         *pursuit_salary_report_get_conversion     (PursuitSalaryReport *self);
gboolean            pursuit_salary_report_get_posted_annual  (PursuitSalaryReport *self,
                                                              double              *low,
                                                              double              *high);
gboolean            pursuit_salary_report_get_offer_annual   (PursuitSalaryReport *self,
                                                              double              *low,
                                                              double              *high,
                                                              double              *first_year);

#define PURSUIT_TYPE_SALARY_ENGINE (pursuit_salary_engine_get_type ())
G_DECLARE_FINAL_TYPE (PursuitSalaryEngine, pursuit_salary_engine, PURSUIT, SALARY_ENGINE, GObject)

PursuitSalaryEngine *pursuit_salary_engine_new       (PursuitContent              *content);
PursuitContent      *pursuit_salary_engine_get_content (PursuitSalaryEngine       *self);
PursuitSalaryMatch  *pursuit_salary_engine_match     (PursuitSalaryEngine         *self,
                                                      const PursuitSalaryQuery    *query);
PursuitSalaryReport *pursuit_salary_engine_compare   (PursuitSalaryEngine         *self,
                                                      const PursuitSalaryQuery    *query,
                                                      const PursuitPay            *posted,
                                                      const PursuitSalaryOffer    *offer,
                                                      const PursuitPayAssumptions *assumptions);
GPtrArray           *pursuit_salary_engine_list_roles  (PursuitSalaryEngine       *self);
GPtrArray           *pursuit_salary_engine_list_levels (PursuitSalaryEngine       *self,
                                                        const char                *role);
const char          *pursuit_salary_standing_get_words (PursuitSalaryStanding      standing);
const char          *pursuit_salary_engine_summarize (PursuitSalaryEngine         *self,
                                                      const PursuitSalaryQuery    *query,
                                                      const PursuitPay            *posted,
                                                      const PursuitPayAssumptions *assumptions);
PursuitSalaryPosition pursuit_salary_engine_rate     (PursuitSalaryEngine         *self,
                                                      const PursuitSalaryQuery    *query,
                                                      const PursuitPay            *posted,
                                                      const PursuitPayAssumptions *assumptions,
                                                      PursuitSalaryRating         *rating);
PursuitSalaryPosition pursuit_salary_engine_position (PursuitSalaryEngine         *self,
                                                      const PursuitSalaryQuery    *query,
                                                      const PursuitPay            *posted,
                                                      const PursuitPayAssumptions *assumptions,
                                                      const char                 **role);

G_END_DECLS
