/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib-object.h>
#include <glib/gi18n-lib.h>

#include "pursuit-enums.h"

static const struct
{
  const char *nick;
  const char *name;
} stage_kinds[] = {
  [PURSUIT_STAGE_KIND_WISHLIST] = { "wishlist", N_("Wishlist") },
  [PURSUIT_STAGE_KIND_APPLIED] = { "applied", N_("Applied") },
  [PURSUIT_STAGE_KIND_SCREENING] = { "screening", N_("Screening") },
  [PURSUIT_STAGE_KIND_INTERVIEWING] = { "interviewing", N_("Interviewing") },
  [PURSUIT_STAGE_KIND_OFFER] = { "offer", N_("Offer") },
  [PURSUIT_STAGE_KIND_ACCEPTED] = { "accepted", N_("Accepted") },
  [PURSUIT_STAGE_KIND_REJECTED] = { "rejected", N_("Rejected") },
  [PURSUIT_STAGE_KIND_WITHDRAWN] = { "withdrawn", N_("Withdrawn") },
  [PURSUIT_STAGE_KIND_GHOSTED] = { "ghosted", N_("Ghosted") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (stage_kinds) == PURSUIT_STAGE_KIND_LAST + 1);

const char *
pursuit_stage_kind_to_nick (PursuitStageKind kind)
{
  g_return_val_if_fail (kind <= PURSUIT_STAGE_KIND_LAST, NULL);

  return stage_kinds[kind].nick;
}

gboolean
pursuit_stage_kind_from_nick (const char       *nick,
                              PursuitStageKind *kind)
{
  g_return_val_if_fail (nick != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (stage_kinds); i++)
    {
      if (g_ascii_strcasecmp (nick, stage_kinds[i].nick) == 0)
        {
          if (kind != NULL)
            *kind = (PursuitStageKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The translated name a stage of this kind carries until the user renames it. */
const char *
pursuit_stage_kind_get_default_name (PursuitStageKind kind)
{
  g_return_val_if_fail (kind <= PURSUIT_STAGE_KIND_LAST, NULL);

  return g_dgettext (GETTEXT_PACKAGE, stage_kinds[kind].name);
}

/* A closed stage ends the pursuit: nothing more is expected to happen. */
gboolean
pursuit_stage_kind_is_closed (PursuitStageKind kind)
{
  return kind == PURSUIT_STAGE_KIND_ACCEPTED ||
         kind == PURSUIT_STAGE_KIND_REJECTED ||
         kind == PURSUIT_STAGE_KIND_WITHDRAWN ||
         kind == PURSUIT_STAGE_KIND_GHOSTED;
}

static const struct
{
  const char *type_name;
  int value;
  const char *label;
} enum_labels[] = {
  { "PursuitWorkplace", PURSUIT_WORKPLACE_UNKNOWN, N_("Not set") },
  { "PursuitWorkplace", PURSUIT_WORKPLACE_ON_SITE, N_("On-site") },
  { "PursuitWorkplace", PURSUIT_WORKPLACE_HYBRID, N_("Hybrid") },
  { "PursuitWorkplace", PURSUIT_WORKPLACE_REMOTE, N_("Remote") },
  { "PursuitEmploymentType", PURSUIT_EMPLOYMENT_UNKNOWN, N_("Not set") },
  { "PursuitEmploymentType", PURSUIT_EMPLOYMENT_FULL_TIME, N_("Full-time") },
  { "PursuitEmploymentType", PURSUIT_EMPLOYMENT_PART_TIME, N_("Part-time") },
  { "PursuitEmploymentType", PURSUIT_EMPLOYMENT_CONTRACT, N_("Contract") },
  { "PursuitEmploymentType", PURSUIT_EMPLOYMENT_TEMPORARY, N_("Temporary") },
  { "PursuitEmploymentType", PURSUIT_EMPLOYMENT_INTERNSHIP, N_("Internship") },
  { "PursuitPayPeriod", PURSUIT_PAY_PERIOD_UNKNOWN, N_("Not set") },
  { "PursuitPayPeriod", PURSUIT_PAY_PERIOD_HOUR, N_("An hour") },
  { "PursuitPayPeriod", PURSUIT_PAY_PERIOD_DAY, N_("A day") },
  { "PursuitPayPeriod", PURSUIT_PAY_PERIOD_WEEK, N_("A week") },
  { "PursuitPayPeriod", PURSUIT_PAY_PERIOD_MONTH, N_("A month") },
  { "PursuitPayPeriod", PURSUIT_PAY_PERIOD_YEAR, N_("A year") },
  { "PursuitInterviewKind", PURSUIT_INTERVIEW_KIND_PHONE, N_("Phone") },
  { "PursuitInterviewKind", PURSUIT_INTERVIEW_KIND_VIDEO, N_("Video") },
  { "PursuitInterviewKind", PURSUIT_INTERVIEW_KIND_ON_SITE, N_("On-site") },
  { "PursuitInterviewKind", PURSUIT_INTERVIEW_KIND_ASSESSMENT, N_("Assessment") },
  { "PursuitInterviewKind", PURSUIT_INTERVIEW_KIND_OTHER, N_("Other") },
  { "PursuitAssessmentKind", PURSUIT_ASSESSMENT_UNSPECIFIED, N_("Not set") },
  { "PursuitAssessmentKind", PURSUIT_ASSESSMENT_TYPING, N_("Typing test") },
  { "PursuitAssessmentKind", PURSUIT_ASSESSMENT_LANGUAGE, N_("Language test") },
  { "PursuitAssessmentKind", PURSUIT_ASSESSMENT_CALL_SIMULATION, N_("Call simulation") },
  { "PursuitAssessmentKind", PURSUIT_ASSESSMENT_PERSONALITY, N_("Personality test") },
  { "PursuitAssessmentKind", PURSUIT_ASSESSMENT_SITUATIONAL, N_("Situational judgement test") },
  { "PursuitAssessmentKind", PURSUIT_ASSESSMENT_OTHER, N_("Other test") },
  { "PursuitSchedule", PURSUIT_SCHEDULE_DAYS, N_("Days") },
  { "PursuitSchedule", PURSUIT_SCHEDULE_NIGHTS, N_("Nights") },
  { "PursuitSchedule", PURSUIT_SCHEDULE_WEEKENDS, N_("Weekends") },
  { "PursuitSchedule", PURSUIT_SCHEDULE_SPLIT_SHIFTS, N_("Split shifts") },
  { "PursuitSchedule", PURSUIT_SCHEDULE_ON_CALL, N_("On call") },
};

const char *
pursuit_enum_get_label (GType type,
                        int   value)
{
  const char *type_name = g_type_name (type);

  for (guint i = 0; i < G_N_ELEMENTS (enum_labels); i++)
    {
      if (enum_labels[i].value == value && g_strcmp0 (enum_labels[i].type_name, type_name) == 0)
        return g_dgettext (GETTEXT_PACKAGE, enum_labels[i].label);
    }
  return "";
}

const char *
pursuit_enum_get_nick (GType type,
                       int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (klass, value);

  return found != NULL ? found->value_nick : NULL;
}

gboolean
pursuit_enum_from_nick (GType       type,
                        const char *nick,
                        int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *found = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (found == NULL)
    return FALSE;
  if (value != NULL)
    *value = found->value;
  return TRUE;
}
