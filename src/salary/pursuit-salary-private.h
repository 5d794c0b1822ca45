/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-content.h"
#include "pursuit-salary-engine.h"

G_BEGIN_DECLS

/* The internals of the salary engine, shared by its source files only. */

char *pursuit_salary_format_money_range (double      low,
                                         double      high,
                                         const char *currency,
                                         gboolean    short_form);
char *pursuit_salary_quote_list         (GPtrArray  *words);
char *pursuit_salary_fold               (const char *text);

/* Seniority as a title says it, from the lowest. A ladder level is one of
 * NONE (the level with no seniority word: "Customer Service Specialist"),
 * JUNIOR, SENIOR, TEAM_LEAD, MANAGER, DIRECTOR and VP; the others are read
 * as one of those (MID as NONE, SUPERVISOR as TEAM_LEAD, HEAD as DIRECTOR). */
typedef enum
{
  PURSUIT_SENIORITY_NONE,
  PURSUIT_SENIORITY_JUNIOR,
  PURSUIT_SENIORITY_MID,
  PURSUIT_SENIORITY_SENIOR,
  PURSUIT_SENIORITY_TEAM_LEAD,
  PURSUIT_SENIORITY_SUPERVISOR,
  PURSUIT_SENIORITY_MANAGER,
  PURSUIT_SENIORITY_HEAD,
  PURSUIT_SENIORITY_DIRECTOR,
  PURSUIT_SENIORITY_VP,
} PursuitSeniority;

typedef struct
{
  const char *id;             /* interned */
  const char *title;          /* translated, for people */
  char *english_title;        /* for matching */
  PursuitSeniority seniority;
  int years_min;              /* -1 when not given */
} PursuitSalaryLevel;

typedef struct
{
  const char *id;             /* the guide's id, which is the role id; interned */
  const char *title;          /* translated */
  GPtrArray *levels;          /* PursuitSalaryLevel, ladder order */
} PursuitSalaryRole;

PursuitSeniority          pursuit_seniority_of_ladder      (PursuitSeniority         seniority);
const PursuitSalaryLevel *pursuit_salary_find_ladder_level (const PursuitSalaryRole *role,
                                                            PursuitSeniority         seniority);

/* Title matching */

typedef struct _PursuitTitleMatcher PursuitTitleMatcher;

typedef struct
{
  const PursuitSalaryRole *role;     /* NULL: no guide covers the title */
  const PursuitSalaryLevel *level;   /* NULL: the title names no level */
  PursuitSalaryConfidence confidence;
  char *reason;
} PursuitTitlePart;

PursuitTitleMatcher      *pursuit_title_matcher_new        (PursuitContent      *content);
void                      pursuit_title_matcher_free       (PursuitTitleMatcher *self);
PursuitTitlePart         *pursuit_title_matcher_match      (PursuitTitleMatcher *self,
                                                            const char          *title);
const PursuitSalaryRole  *pursuit_title_matcher_find_role  (PursuitTitleMatcher *self,
                                                            const char          *role_id);
const PursuitSalaryLevel *pursuit_title_matcher_find_level (PursuitTitleMatcher *self,
                                                            const char          *level_id,
                                                            const PursuitSalaryRole **role);
GPtrArray                *pursuit_title_matcher_get_roles  (PursuitTitleMatcher *self);
void                      pursuit_title_part_free          (PursuitTitlePart    *part);

/* Location matching */

typedef enum
{
  PURSUIT_PLACE_FOUND_NOTHING,
  PURSUIT_PLACE_FOUND_COUNTRY,
  PURSUIT_PLACE_FOUND_REGION,
  PURSUIT_PLACE_FOUND_CITY,
  PURSUIT_PLACE_FOUND_AREA,
} PursuitPlaceFound;

typedef struct
{
  PursuitPlaceFound found;
  const char *country;        /* ISO 3166-1 alpha-2, static */
  const char *area;           /* the country's area, static */
  const char *area_word_areas[2];  /* FOUND_AREA: the areas the word covers */
  const char *region_country; /* FOUND_REGION: the country of the state or province */
  char *word;                 /* what decided, as written */
  gboolean says_remote;       /* "Remote", "Anywhere" */
} PursuitPlacePart;

PursuitPlacePart *pursuit_place_part_new     (const char              *location);
void              pursuit_place_part_free    (PursuitPlacePart        *part);
void              pursuit_place_part_resolve (const PursuitPlacePart  *part,
                                              const char              *home_country,
                                              const char             **country,
                                              const char             **area,
                                              PursuitSalaryConfidence *confidence);
char             *pursuit_place_part_explain (const PursuitPlacePart  *part,
                                              PursuitContent          *content,
                                              const char              *location,
                                              const char              *home_country);
const char       *pursuit_salary_place_phrase (PursuitContent         *content,
                                               const char             *country,
                                               const char             *area,
                                               char                  **owned);

/* Industry matching */

typedef struct
{
  const char *industry;       /* an industry id of salaries.xml, static */
  PursuitSalaryConfidence confidence;
  char *word;                 /* what decided, as written */
} PursuitIndustryPart;

PursuitIndustryPart *pursuit_industry_part_new  (const char          *industry);
void                 pursuit_industry_part_free (PursuitIndustryPart *part);

/* The engine's reading of one query, before it is written for people. */

typedef struct
{
  PursuitTitlePart *title;
  PursuitPlacePart *place;
  PursuitIndustryPart *industry_part;
  const PursuitSalaryRole *role;
  const PursuitSalaryLevel *level;
  const char *country;
  const char *area;
  const char *industry;
  PursuitSalaryConfidence role_confidence;
  PursuitSalaryConfidence place_confidence;
  PursuitSalaryConfidence industry_confidence;
  gboolean role_chosen;
  gboolean country_chosen;
} PursuitSalaryResolved;

/* A benchmark that applies: one figure, or the two ends of a range. */
typedef struct
{
  PursuitSalaryScope scope;
  const PursuitSalaryRecord *record;
  const PursuitSalaryRecord *record_high;
} PursuitSalarySlot;

/* What the verdict and the list row name for pay in one currency: a
 * median and a range, as indexes into the slots, -1 for none. */
typedef struct
{
  const char *currency;
  int point;
  int range;
} PursuitSalaryChoice;

typedef struct
{
  GArray *slots;              /* PursuitSalarySlot */
  GArray *choices;            /* PursuitSalaryChoice, one per currency of the slots */
} PursuitSalarySet;

int                  pursuit_salary_choose_slot        (GArray                      *slots,
                                                        gboolean                     range,
                                                        const PursuitSalaryLevel    *level,
                                                        const char                  *currency,
                                                        gboolean                     allow_usd);
PursuitTitleMatcher *pursuit_salary_engine_get_titles  (PursuitSalaryEngine         *self);
void                 pursuit_salary_engine_resolve     (PursuitSalaryEngine         *self,
                                                        const PursuitSalaryQuery    *query,
                                                        PursuitSalaryResolved       *resolved);
const PursuitSalarySet *pursuit_salary_engine_get_set (PursuitSalaryEngine         *self,
                                                        const PursuitSalaryResolved *resolved);
const char          *pursuit_salary_engine_median_text (PursuitSalaryEngine         *self,
                                                        double                       percent);
PursuitSalaryMatch  *pursuit_salary_engine_make_match  (PursuitSalaryEngine         *self,
                                                        const PursuitSalaryQuery    *query,
                                                        const PursuitSalaryResolved *resolved);

G_END_DECLS
