/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PursuitStageKind:
 *
 * What a stage means, whatever the user calls it, so statistics stay meaningful.
 * The values are stored in the database: append only, never renumber.
 */
typedef enum
{
  PURSUIT_STAGE_KIND_WISHLIST = 0,
  PURSUIT_STAGE_KIND_APPLIED = 1,
  PURSUIT_STAGE_KIND_SCREENING = 2,
  PURSUIT_STAGE_KIND_INTERVIEWING = 3,
  PURSUIT_STAGE_KIND_OFFER = 4,
  PURSUIT_STAGE_KIND_ACCEPTED = 5,
  PURSUIT_STAGE_KIND_REJECTED = 6,
  PURSUIT_STAGE_KIND_WITHDRAWN = 7,
  PURSUIT_STAGE_KIND_GHOSTED = 8,
} PursuitStageKind;

#define PURSUIT_STAGE_KIND_LAST PURSUIT_STAGE_KIND_GHOSTED
#define PURSUIT_TYPE_STAGE_KIND (pursuit_stage_kind_get_type ())

GType       pursuit_stage_kind_get_type        (void) G_GNUC_CONST;

/* Where the work happens. Stored as numbers: append only. */
typedef enum
{
  PURSUIT_WORKPLACE_UNKNOWN = 0,
  PURSUIT_WORKPLACE_ON_SITE = 1,
  PURSUIT_WORKPLACE_HYBRID = 2,
  PURSUIT_WORKPLACE_REMOTE = 3,
} PursuitWorkplace;

typedef enum
{
  PURSUIT_EMPLOYMENT_UNKNOWN = 0,
  PURSUIT_EMPLOYMENT_FULL_TIME = 1,
  PURSUIT_EMPLOYMENT_PART_TIME = 2,
  PURSUIT_EMPLOYMENT_CONTRACT = 3,
  PURSUIT_EMPLOYMENT_TEMPORARY = 4,
  PURSUIT_EMPLOYMENT_INTERNSHIP = 5,
} PursuitEmploymentType;

typedef enum
{
  PURSUIT_PAY_PERIOD_UNKNOWN = 0,
  PURSUIT_PAY_PERIOD_HOUR = 1,
  PURSUIT_PAY_PERIOD_DAY = 2,
  PURSUIT_PAY_PERIOD_WEEK = 3,
  PURSUIT_PAY_PERIOD_MONTH = 4,
  PURSUIT_PAY_PERIOD_YEAR = 5,
} PursuitPayPeriod;

typedef enum
{
  PURSUIT_INTERVIEW_KIND_PHONE = 0,
  PURSUIT_INTERVIEW_KIND_VIDEO = 1,
  PURSUIT_INTERVIEW_KIND_ON_SITE = 2,
  PURSUIT_INTERVIEW_KIND_ASSESSMENT = 3,
  PURSUIT_INTERVIEW_KIND_OTHER = 4,
} PursuitInterviewKind;

#define PURSUIT_TYPE_WORKPLACE (pursuit_workplace_get_type ())
#define PURSUIT_TYPE_EMPLOYMENT_TYPE (pursuit_employment_type_get_type ())
#define PURSUIT_TYPE_PAY_PERIOD (pursuit_pay_period_get_type ())
#define PURSUIT_TYPE_INTERVIEW_KIND (pursuit_interview_kind_get_type ())

GType       pursuit_workplace_get_type          (void) G_GNUC_CONST;
GType       pursuit_employment_type_get_type    (void) G_GNUC_CONST;
GType       pursuit_pay_period_get_type         (void) G_GNUC_CONST;
GType       pursuit_interview_kind_get_type     (void) G_GNUC_CONST;

/* The translated word for a value, and the nick used by pursuit-cli and
 * JSON ("on-site", "full-time", "year", "video"). */
const char *pursuit_enum_get_label              (GType             type,
                                                 int               value);
const char *pursuit_enum_get_nick               (GType             type,
                                                 int               value);
gboolean    pursuit_enum_from_nick              (GType             type,
                                                 const char       *nick,
                                                 int              *value);

const char *pursuit_stage_kind_to_nick         (PursuitStageKind  kind);
gboolean    pursuit_stage_kind_from_nick       (const char       *nick,
                                                PursuitStageKind *kind);
const char *pursuit_stage_kind_get_default_name (PursuitStageKind  kind);
gboolean    pursuit_stage_kind_is_closed       (PursuitStageKind  kind);

G_END_DECLS
