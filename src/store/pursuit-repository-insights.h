/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-repository.h"

G_BEGIN_DECLS

/**
 * PursuitInsightsPay:
 * @PURSUIT_INSIGHTS_PAY_UNKNOWN: the job was given no tag
 * @PURSUIT_INSIGHTS_PAY_NONE: no pay posted
 * @PURSUIT_INSIGHTS_PAY_NOT_COMPARED: pay posted, no benchmark to compare it with
 * @PURSUIT_INSIGHTS_PAY_BELOW: below its benchmark
 * @PURSUIT_INSIGHTS_PAY_AROUND: around the benchmark figure, or inside its range
 * @PURSUIT_INSIGHTS_PAY_ABOVE: above its benchmark
 *
 * How a job's posted pay compared with its benchmark. The store cannot
 * see the salary engine: whoever can (pursuit-insights-tags.c) tags the
 * jobs and the store groups by the tags.
 */
typedef enum
{
  PURSUIT_INSIGHTS_PAY_UNKNOWN,
  PURSUIT_INSIGHTS_PAY_NONE,
  PURSUIT_INSIGHTS_PAY_NOT_COMPARED,
  PURSUIT_INSIGHTS_PAY_BELOW,
  PURSUIT_INSIGHTS_PAY_AROUND,
  PURSUIT_INSIGHTS_PAY_ABOVE,
} PursuitInsightsPay;

#define PURSUIT_INSIGHTS_PAY_LAST PURSUIT_INSIGHTS_PAY_ABOVE

/**
 * PursuitInsightsTag:
 * @job_id: the job
 * @pay: how its posted pay compared
 * @role: (nullable): the role guide id its title reads as, interned
 */
typedef struct
{
  gint64 job_id;
  PursuitInsightsPay pay;
  const char *role;
} PursuitInsightsTag;

/**
 * PursuitInsightsTagFunc:
 * @job: a job holding the fields a tag is worked out from (title,
 *   location, industry, the benchmark's role, level and country, the
 *   posted pay); the others are empty
 * @role: (out): the role guide id @job reads as, interned, or %NULL
 *
 * Runs on whichever thread updates the tags (the store's worker).
 *
 * Returns: how @job's posted pay compares with its benchmark
 */
typedef PursuitInsightsPay (*PursuitInsightsTagFunc) (PursuitJob  *job,
                                                      const char **role,
                                                      gpointer     user_data);

typedef struct _PursuitInsightsTagger PursuitInsightsTagger;

/**
 * PursuitInsightsQuery:
 * @since: (nullable): first day counted ("2026-03-01"), by the date applied
 * @until: (nullable): last day counted
 * @role: (nullable): only jobs tagged with this role
 * @tags: (nullable) (element-type PursuitInsightsTag): what the store cannot
 *   work out itself; without them there is no breakdown by pay and @role
 *   matches nothing
 * @ghost_days: an application still at Applied with no move for this many
 *   days counts as ghosted
 * @now: the time the ghosted rule measures from
 * @tagger: (nullable): when set and @tags is %NULL, the tags the database
 *   keeps for each job, brought up to date with it first
 */
typedef struct
{
  const char *since;
  const char *until;
  const char *role;
  GArray *tags;
  int ghost_days;
  gint64 now;
  PursuitInsightsTagger *tagger;
} PursuitInsightsQuery;

/* The funnel's steps: reached[0] is Applied, reached[4] Accepted. */
#define PURSUIT_INSIGHTS_N_STEPS 5

/**
 * PursuitInsightsRow:
 * @label: (nullable): the group: a source, a resume ("Support resume v2");
 *   %NULL for the jobs without one, and for the whole
 * @pay: the group, in the breakdown by pay
 * @jobs: jobs tracked (applied or not)
 * @reached: how many reached each step of the funnel, from the stage
 *   history: a job that skipped a step counts as having passed it
 * @responded: applied jobs that moved past Applied (to Screening or further)
 * @ghosted: applied jobs with no answer: marked Ghosted, or still at Applied
 *   with no move for the query's ghost_days
 * @timed: responses whose delay is known (applied recorded before it)
 * @median_days: the days from applied to the first response, median
 * @lower_quartile_days: and the first quartile (linear between ranks)
 * @upper_quartile_days: and the third
 */
typedef struct
{
  char *label;
  PursuitInsightsPay pay;
  guint jobs;
  guint reached[PURSUIT_INSIGHTS_N_STEPS];
  guint responded;
  guint ghosted;
  guint timed;
  double median_days;
  double lower_quartile_days;
  double upper_quartile_days;
} PursuitInsightsRow;

/**
 * PursuitInsightsWeek:
 * @monday: the week's first day, "2026-03-02"
 * @applied: applications that week
 */
typedef struct
{
  char monday[11];
  guint applied;
} PursuitInsightsWeek;

/**
 * PursuitInsights:
 * @total: every job the query selects
 * @weeks: (element-type PursuitInsightsWeek): applications per week, from
 *   the first week to the last with none left out
 * @by_source: (element-type PursuitInsightsRow): most applications first
 * @by_resume: (element-type PursuitInsightsRow): the resume version sent
 * @by_pay: (element-type PursuitInsightsRow): in PursuitInsightsPay order;
 *   empty without tags
 */
typedef struct
{
  PursuitInsightsRow total;
  GArray *weeks;
  GPtrArray *by_source;
  GPtrArray *by_resume;
  GPtrArray *by_pay;
} PursuitInsights;

void             pursuit_insights_free               (PursuitInsights           *insights);
double           pursuit_insights_row_get_rate       (const PursuitInsightsRow  *row,
                                                      guint                      count);

PursuitInsights *pursuit_repository_compute_insights (PursuitRepository         *self,
                                                      const PursuitInsightsQuery *query,
                                                      GError                   **error);

PursuitInsightsTagger *pursuit_insights_tagger_new   (const char                *fingerprint,
                                                      PursuitInsightsTagFunc     func,
                                                      gpointer                   user_data,
                                                      GDestroyNotify             destroy);
PursuitInsightsTagger *pursuit_insights_tagger_ref   (PursuitInsightsTagger     *self);
void             pursuit_insights_tagger_unref       (PursuitInsightsTagger     *self);
const char      *pursuit_insights_tagger_get_fingerprint (PursuitInsightsTagger *self);

gboolean         pursuit_repository_update_insights_tags (PursuitRepository     *self,
                                                      PursuitInsightsTagger     *tagger,
                                                      guint                      limit,
                                                      guint                     *n_tagged,
                                                      gboolean                  *more,
                                                      GError                   **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitInsights, pursuit_insights_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitInsightsTagger, pursuit_insights_tagger_unref)

G_END_DECLS
