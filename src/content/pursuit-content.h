/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-content-items.h"
#include "pursuit-content-node.h"

G_BEGIN_DECLS

#define PURSUIT_CONTENT_RESOURCE_PATH "/io/github/pursuit/Pursuit/content"

#define PURSUIT_TYPE_CONTENT (pursuit_content_get_type ())

G_DECLARE_FINAL_TYPE (PursuitContent, pursuit_content, PURSUIT, CONTENT, GObject)

typedef enum
{
  PURSUIT_SEARCH_HIT_GUIDE,
  PURSUIT_SEARCH_HIT_SECTION,
  PURSUIT_SEARCH_HIT_FAQ,
  PURSUIT_SEARCH_HIT_QUESTION,
} PursuitSearchHitKind;

/**
 * PursuitSearchHit:
 * @guide_id: the guide the hit is in, or %NULL for a question
 * @anchor_id: the section, FAQ entry or question to open
 * @title: where the match is ("Contact Center Specialist › Salary")
 * @snippet: the matching text, shortened around the match
 */
typedef struct
{
  PursuitSearchHitKind kind;
  char *guide_id;
  char *anchor_id;
  char *title;
  char *snippet;
  int rank;
} PursuitSearchHit;

void                 pursuit_search_hit_free            (PursuitSearchHit *hit);

PursuitContent      *pursuit_content_new_from_resource  (const char      *resource_path,
                                                         GError         **error);
PursuitContent      *pursuit_content_new_from_directory (const char      *path,
                                                         GError         **error);
const char          *pursuit_content_get_digest         (PursuitContent  *self);
GListModel          *pursuit_content_get_guides         (PursuitContent  *self);
GListModel          *pursuit_content_get_questions      (PursuitContent  *self);
GListModel          *pursuit_content_get_self_checks    (PursuitContent  *self);
GPtrArray           *pursuit_content_get_salary_records (PursuitContent  *self);
GPtrArray           *pursuit_content_get_sources        (PursuitContent  *self);
GPtrArray           *pursuit_content_get_categories     (PursuitContent  *self);
GPtrArray           *pursuit_content_get_competencies   (PursuitContent  *self);
GStrv                pursuit_content_dup_vocabulary     (PursuitContent  *self);
PursuitGuide        *pursuit_content_find_guide         (PursuitContent  *self,
                                                         const char      *id);
PursuitSelfCheck    *pursuit_content_find_self_check    (PursuitContent  *self,
                                                         const char      *id);
PursuitContentNode  *pursuit_content_find_node          (PursuitContent  *self,
                                                         const char      *id);
const char          *pursuit_content_get_name           (PursuitContent  *self,
                                                         const char      *id);
char                *pursuit_content_format_sources     (PursuitContent  *self,
                                                         const char      *source_ids);
GPtrArray           *pursuit_content_find_salaries      (PursuitContent  *self,
                                                         const char      *role,
                                                         const char      *by);
char                *pursuit_content_format_pay         (const PursuitSalaryRecord *record);
char                *pursuit_content_format_pay_in_usd  (const PursuitSalaryRecord *record);
char                *pursuit_content_describe_salary_place (PursuitContent            *self,
                                                            const PursuitSalaryRecord *record);
const char          *pursuit_salary_statistic_get_name  (const char      *statistic);
GPtrArray           *pursuit_content_search             (PursuitContent  *self,
                                                         const char      *query,
                                                         guint            max_hits);
GPtrArray           *pursuit_content_validate           (PursuitContent  *self);
PursuitGuide        *pursuit_content_match_title        (PursuitContent  *self,
                                                         const char      *job_title,
                                                         const char     **level_id);

G_END_DECLS
