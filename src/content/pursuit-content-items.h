/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pursuit-content-node.h"

G_BEGIN_DECLS

/* Typed views of content elements. They point into the tree their
 * PursuitContent owns, so they must not outlive it (the app keeps one for its
 * whole life). */

#define PURSUIT_TYPE_GUIDE (pursuit_guide_get_type ())
G_DECLARE_FINAL_TYPE (PursuitGuide, pursuit_guide, PURSUIT, GUIDE, GObject)

PursuitGuide       *pursuit_guide_new           (PursuitContentNode *node);
PursuitContentNode *pursuit_guide_get_node      (PursuitGuide       *self);
const char         *pursuit_guide_get_id        (PursuitGuide       *self);
const char         *pursuit_guide_get_title     (PursuitGuide       *self);
const char         *pursuit_guide_get_summary   (PursuitGuide       *self);
gboolean            pursuit_guide_is_full       (PursuitGuide       *self);
GPtrArray          *pursuit_guide_get_sections  (PursuitGuide       *self);
GPtrArray          *pursuit_guide_get_levels    (PursuitGuide       *self);
GPtrArray          *pursuit_guide_get_faq       (PursuitGuide       *self);
GPtrArray          *pursuit_guide_get_facts     (PursuitGuide       *self);
GPtrArray          *pursuit_guide_get_aliases   (PursuitGuide       *self);

#define PURSUIT_TYPE_QUESTION (pursuit_question_get_type ())
G_DECLARE_FINAL_TYPE (PursuitQuestion, pursuit_question, PURSUIT, QUESTION, GObject)

PursuitQuestion    *pursuit_question_new              (PursuitContentNode *node);
PursuitQuestion    *pursuit_question_new_owning       (PursuitContentNode *node);
PursuitContentNode *pursuit_question_get_node         (PursuitQuestion    *self);
const char         *pursuit_question_get_id           (PursuitQuestion    *self);
const char         *pursuit_question_get_text         (PursuitQuestion    *self);
const char         *pursuit_question_get_category     (PursuitQuestion    *self);
const char         *pursuit_question_get_why          (PursuitQuestion    *self);
int                 pursuit_question_get_difficulty   (PursuitQuestion    *self);
GStrv               pursuit_question_get_roles        (PursuitQuestion    *self);
GStrv               pursuit_question_get_competencies (PursuitQuestion    *self);
gboolean            pursuit_question_has_role         (PursuitQuestion    *self,
                                                       const char         *role);
GPtrArray          *pursuit_question_get_covers       (PursuitQuestion    *self);
GPtrArray          *pursuit_question_get_outline      (PursuitQuestion    *self);
GPtrArray          *pursuit_question_get_followups    (PursuitQuestion    *self);

typedef enum
{
  PURSUIT_SELF_CHECK_ANSWER_RATING,
  PURSUIT_SELF_CHECK_ANSWER_YES_NO,
} PursuitSelfCheckAnswer;

#define PURSUIT_TYPE_SELF_CHECK (pursuit_self_check_get_type ())
G_DECLARE_FINAL_TYPE (PursuitSelfCheck, pursuit_self_check, PURSUIT, SELF_CHECK, GObject)

PursuitSelfCheck       *pursuit_self_check_new         (PursuitContentNode *node);
PursuitContentNode     *pursuit_self_check_get_node    (PursuitSelfCheck   *self);
const char             *pursuit_self_check_get_id      (PursuitSelfCheck   *self);
const char             *pursuit_self_check_get_kind    (PursuitSelfCheck   *self);
const char             *pursuit_self_check_get_title   (PursuitSelfCheck   *self);
const char             *pursuit_self_check_get_intro   (PursuitSelfCheck   *self);
PursuitSelfCheckAnswer  pursuit_self_check_get_answer  (PursuitSelfCheck   *self);
int                     pursuit_self_check_get_top     (PursuitSelfCheck   *self);
GPtrArray              *pursuit_self_check_get_choices (PursuitSelfCheck   *self);
GPtrArray              *pursuit_self_check_get_items   (PursuitSelfCheck   *self);
GPtrArray              *pursuit_self_check_get_bands   (PursuitSelfCheck   *self);
double                  pursuit_self_check_item_concern (PursuitSelfCheck  *self,
                                                         PursuitContentNode *item,
                                                         int                 answer);
PursuitContentNode     *pursuit_self_check_score       (PursuitSelfCheck   *self,
                                                        const int          *answers,
                                                        guint               n_answers,
                                                        double             *percent);

/**
 * PursuitSalaryRecord:
 *
 * One pay figure as a source gives it. Optional fields are %NULL; @usd is
 * negative when the source gives no USD equivalent.
 */
typedef struct
{
  const char *id;
  const char *role;
  const char *level;
  const char *experience;
  const char *country;
  const char *area;
  const char *industry;
  const char *currency;
  const char *period;
  const char *statistic;
  double value;
  double usd;
  const char *source;
  int year;
  const char *note;
} PursuitSalaryRecord;

G_END_DECLS
