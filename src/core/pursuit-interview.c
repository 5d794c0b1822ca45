/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-error.h"
#include "pursuit-interview.h"

/* One interview of a job: when (an instant, plus the time zone it was
 * arranged in, so it reads as the invitation did), how long, what kind,
 * where, with whom, and how it went. */
struct _PursuitInterview
{
  GObject parent_instance;

  gint64 id;
  gint64 job_id;
  gint64 starts_at;          /* Unix time; 0: not set */
  char *time_zone;           /* IANA name such as "Europe/London"; "": the local zone */
  int duration_minutes;
  PursuitInterviewKind kind;
  PursuitAssessmentKind assessment; /* for an assessment: which test */
  double score;              /* an assessment's result; negative: none */
  char *location;            /* an address or a meeting link */
  char *notes;
  char *outcome;
  gint64 created_at;
  gint64 updated_at;

  /* The interviewers, as contact ids, and their names when read from the
   * store (names are for showing only and never written back). */
  GArray *interviewer_ids;   /* gint64 */
  GPtrArray *interviewer_names; /* char *, NULL-terminated */
};

G_DEFINE_FINAL_TYPE (PursuitInterview, pursuit_interview, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_JOB_ID,
  PROP_STARTS_AT,
  PROP_TIME_ZONE,
  PROP_DURATION_MINUTES,
  PROP_KIND,
  PROP_ASSESSMENT,
  PROP_SCORE,
  PROP_LOCATION,
  PROP_NOTES,
  PROP_OUTCOME,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_INTERVIEWER_IDS,
  PROP_INTERVIEWER_NAMES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (PursuitInterview  *self,
            char             **field,
            const char        *value,
            guint              prop_id)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_int64 (PursuitInterview *self,
           gint64           *field,
           gint64            value,
           guint             prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
pursuit_interview_finalize (GObject *object)
{
  PursuitInterview *self = PURSUIT_INTERVIEW (object);

  g_clear_pointer (&self->time_zone, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->outcome, g_free);
  g_clear_pointer (&self->interviewer_ids, g_array_unref);
  g_clear_pointer (&self->interviewer_names, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_interview_parent_class)->finalize (object);
}

static void
pursuit_interview_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PursuitInterview *self = PURSUIT_INTERVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;
    case PROP_STARTS_AT:
      g_value_set_int64 (value, self->starts_at);
      break;
    case PROP_TIME_ZONE:
      g_value_set_string (value, self->time_zone);
      break;
    case PROP_DURATION_MINUTES:
      g_value_set_int (value, self->duration_minutes);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_ASSESSMENT:
      g_value_set_enum (value, self->assessment);
      break;
    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;
    case PROP_OUTCOME:
      g_value_set_string (value, self->outcome);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;
    case PROP_INTERVIEWER_IDS:
      g_value_take_boxed (value, g_array_copy (self->interviewer_ids));
      break;
    case PROP_INTERVIEWER_NAMES:
      g_value_set_boxed (value, pursuit_interview_get_interviewer_names (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_interview_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PursuitInterview *self = PURSUIT_INTERVIEW (object);
  GArray *ids;

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_interview_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_JOB_ID:
      pursuit_interview_set_job_id (self, g_value_get_int64 (value));
      break;
    case PROP_STARTS_AT:
      pursuit_interview_set_starts_at (self, g_value_get_int64 (value));
      break;
    case PROP_TIME_ZONE:
      pursuit_interview_set_time_zone (self, g_value_get_string (value));
      break;
    case PROP_DURATION_MINUTES:
      pursuit_interview_set_duration_minutes (self, g_value_get_int (value));
      break;
    case PROP_KIND:
      pursuit_interview_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_LOCATION:
      pursuit_interview_set_location (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      pursuit_interview_set_notes (self, g_value_get_string (value));
      break;
    case PROP_ASSESSMENT:
      pursuit_interview_set_assessment (self, g_value_get_enum (value));
      break;
    case PROP_SCORE:
      pursuit_interview_set_score (self, g_value_get_double (value));
      break;
    case PROP_OUTCOME:
      pursuit_interview_set_outcome (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      pursuit_interview_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      pursuit_interview_set_updated_at (self, g_value_get_int64 (value));
      break;
    case PROP_INTERVIEWER_IDS:
      ids = g_value_get_boxed (value);
      if (ids != NULL && g_array_get_element_size (ids) != sizeof (gint64))
        {
          g_critical ("interviewer-ids holds gint64 contact ids");
          break;
        }
      pursuit_interview_set_interviewer_ids (self, ids != NULL ? (const gint64 *) (gpointer) ids->data : NULL,
                                             ids != NULL ? ids->len : 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_interview_class_init (PursuitInterviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_interview_finalize;
  object_class->get_property = pursuit_interview_get_property;
  object_class->set_property = pursuit_interview_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_JOB_ID] = g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STARTS_AT] = g_param_spec_int64 ("starts-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_TIME_ZONE] = g_param_spec_string ("time-zone", NULL, NULL, "", flags);
  properties[PROP_DURATION_MINUTES] = g_param_spec_int ("duration-minutes", NULL, NULL,
                                                        G_MININT, G_MAXINT, 60, flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, PURSUIT_TYPE_INTERVIEW_KIND,
                                             PURSUIT_INTERVIEW_KIND_VIDEO, flags);
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, "", flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_OUTCOME] = g_param_spec_string ("outcome", NULL, NULL, "", flags);
  properties[PROP_ASSESSMENT] = g_param_spec_enum ("assessment", NULL, NULL, PURSUIT_TYPE_ASSESSMENT_KIND,
                                                   PURSUIT_ASSESSMENT_UNSPECIFIED, flags);
  properties[PROP_SCORE] = g_param_spec_double ("score", NULL, NULL, -1, G_MAXDOUBLE, -1, flags);
  properties[PROP_CREATED_AT] = g_param_spec_int64 ("created-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_UPDATED_AT] = g_param_spec_int64 ("updated-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  /**
   * PursuitInterview:interviewer-ids: (type GArray(gint64))
   */
  properties[PROP_INTERVIEWER_IDS] = g_param_spec_boxed ("interviewer-ids", NULL, NULL, G_TYPE_ARRAY, flags);
  properties[PROP_INTERVIEWER_NAMES] = g_param_spec_boxed ("interviewer-names", NULL, NULL, G_TYPE_STRV,
                                                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_interview_init (PursuitInterview *self)
{
  self->time_zone = g_strdup ("");
  self->duration_minutes = 60;
  self->kind = PURSUIT_INTERVIEW_KIND_VIDEO;
  self->location = g_strdup ("");
  self->notes = g_strdup ("");
  self->outcome = g_strdup ("");
  self->score = -1;
  self->interviewer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->interviewer_names = g_ptr_array_new_null_terminated (1, g_free, TRUE);
}

PursuitInterview *
pursuit_interview_new (void)
{
  return g_object_new (PURSUIT_TYPE_INTERVIEW, NULL);
}

PursuitInterview *
pursuit_interview_copy (PursuitInterview *self)
{
  PursuitInterview *copy;

  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);

  copy = pursuit_interview_new ();
  pursuit_interview_assign (copy, self);
  return copy;
}

static gboolean
same_interviewers (PursuitInterview *self,
                   PursuitInterview *other)
{
  if (self->interviewer_ids->len != other->interviewer_ids->len)
    return FALSE;

  for (guint i = 0; i < self->interviewer_ids->len; i++)
    {
      if (g_array_index (self->interviewer_ids, gint64, i) != g_array_index (other->interviewer_ids, gint64, i) ||
          g_strcmp0 (g_ptr_array_index (self->interviewer_names, i),
                     g_ptr_array_index (other->interviewer_names, i)) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Takes every value of @other, notifying only what really changed. */
void
pursuit_interview_assign (PursuitInterview *self,
                          PursuitInterview *other)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));
  g_return_if_fail (PURSUIT_IS_INTERVIEW (other));

  if (self == other)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  pursuit_interview_set_id (self, other->id);
  pursuit_interview_set_job_id (self, other->job_id);
  pursuit_interview_set_starts_at (self, other->starts_at);
  pursuit_interview_set_time_zone (self, other->time_zone);
  pursuit_interview_set_duration_minutes (self, other->duration_minutes);
  pursuit_interview_set_kind (self, other->kind);
  pursuit_interview_set_location (self, other->location);
  pursuit_interview_set_notes (self, other->notes);
  pursuit_interview_set_outcome (self, other->outcome);
  pursuit_interview_set_assessment (self, other->assessment);
  pursuit_interview_set_score (self, other->score);
  pursuit_interview_set_created_at (self, other->created_at);
  pursuit_interview_set_updated_at (self, other->updated_at);

  if (!same_interviewers (self, other))
    {
      g_array_set_size (self->interviewer_ids, 0);
      g_ptr_array_set_size (self->interviewer_names, 0);
      for (guint i = 0; i < other->interviewer_ids->len; i++)
        {
          g_array_append_val (self->interviewer_ids, g_array_index (other->interviewer_ids, gint64, i));
          g_ptr_array_add (self->interviewer_names, g_strdup (g_ptr_array_index (other->interviewer_names, i)));
        }
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVIEWER_IDS]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVIEWER_NAMES]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Unix times of 1970-01-01 and 2200-01-01: a start outside is a slip. */
#define EARLIEST_START G_GINT64_CONSTANT (1)
#define LATEST_START G_GINT64_CONSTANT (7258118400)

/* What every saved interview must satisfy; the store checks it before
 * writing and the interview dialog says the same while typing. */
gboolean
pursuit_interview_validate (PursuitInterview  *self,
                            GError           **error)
{
  const char *fields[4];
  g_autoptr(GEnumClass) kinds = NULL;

  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), FALSE);

  fields[0] = self->time_zone;
  fields[1] = self->location;
  fields[2] = self->notes;
  fields[3] = self->outcome;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (!g_utf8_validate (fields[i], -1, NULL))
        return invalid (error, _("The text is not valid UTF-8"));
    }

  if (strlen (self->notes) > 1024 * 1024 || strlen (self->outcome) > 1024 * 1024)
    return invalid (error, _("The notes or the outcome are longer than 1 MB"));
  if (strlen (self->location) > 8000)
    return invalid (error, _("The location is too long"));

  if (self->job_id <= 0)
    return invalid (error, _("An interview belongs to a job"));
  if (self->starts_at < EARLIEST_START || self->starts_at >= LATEST_START)
    return invalid (error, _("An interview needs a date and a start time"));
  if (self->duration_minutes <= 0)
    return invalid (error, _("The duration must be at least one minute"));
  if (self->duration_minutes > PURSUIT_INTERVIEW_MAX_DURATION_MINUTES)
    return invalid (error, _("The duration can be at most 24 hours"));

  kinds = g_type_class_ref (PURSUIT_TYPE_INTERVIEW_KIND);
  if (g_enum_get_value (kinds, self->kind) == NULL)
    return invalid (error, _("Choose the kind of interview: phone, video, on-site, assessment or other"));

  if (!pursuit_interview_is_valid_time_zone (self->time_zone))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("“%s” is not a time zone; use a name such as Europe/London or America/New_York"),
                   self->time_zone);
      return FALSE;
    }

  return TRUE;
}

/**
 * pursuit_interview_is_valid_time_zone:
 * @identifier: an IANA time zone name, or "" for the local zone
 */
gboolean
pursuit_interview_is_valid_time_zone (const char *identifier)
{
  g_autoptr(GTimeZone) zone = NULL;

  if (identifier == NULL || identifier[0] == '\0')
    return TRUE;

  /* GLib also reads POSIX TZ strings ("EST5EDT") and file paths; an
   * interview keeps a zone name that means the same on every machine. */
  if (!g_utf8_validate (identifier, -1, NULL) || identifier[0] == '/' || identifier[0] == ':' ||
      strstr (identifier, "..") != NULL)
    return FALSE;

  zone = g_time_zone_new_identifier (identifier);
  return zone != NULL;
}

/**
 * pursuit_interview_dup_time_zone:
 *
 * Returns: (transfer full): the zone the interview was arranged in, or the
 *   local zone when none was given or it is unknown on this system
 */
GTimeZone *
pursuit_interview_dup_time_zone (PursuitInterview *self)
{
  GTimeZone *zone = NULL;

  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);

  if (self->time_zone[0] != '\0' && pursuit_interview_is_valid_time_zone (self->time_zone))
    zone = g_time_zone_new_identifier (self->time_zone);

  return zone != NULL ? zone : g_time_zone_new_local ();
}

/**
 * pursuit_interview_dup_start:
 *
 * Returns: (transfer full) (nullable): the start in the interview's own
 *   time zone, or %NULL when it has none
 */
GDateTime *
pursuit_interview_dup_start (PursuitInterview *self)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GTimeZone) zone = NULL;

  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);

  if (self->starts_at == 0)
    return NULL;

  utc = g_date_time_new_from_unix_utc (self->starts_at);
  if (utc == NULL)
    return NULL;

  zone = pursuit_interview_dup_time_zone (self);
  return g_date_time_to_timezone (utc, zone);
}

static gboolean
all_digits (const char *text,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
    }
  return TRUE;
}

/**
 * pursuit_interview_parse_start:
 * @date: "YYYY-MM-DD"
 * @time: "HH:MM" on a 24-hour clock
 * @time_zone: an IANA zone name, or "" for the local zone
 * @starts_at: (out): the Unix time
 *
 * Reads a start as a person writes it, in the zone the interview is in.
 * Each part that is wrong gets its own message.
 */
gboolean
pursuit_interview_parse_start (const char  *date,
                               const char  *time,
                               const char  *time_zone,
                               gint64      *starts_at,
                               GError     **error)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) start = NULL;
  unsigned int year, month, day, hour, minute;
  char end;

  g_return_val_if_fail (starts_at != NULL, FALSE);

  if (date == NULL || strlen (date) != 10 || date[4] != '-' || date[7] != '-' ||
      !all_digits (date, 4) || !all_digits (date + 5, 2) || !all_digits (date + 8, 2) ||
      sscanf (date, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3 ||
      year < 1970 || year >= 2200 || !g_date_valid_dmy (day, month, year))
    return invalid (error, _("Write the date as YYYY-MM-DD, for example 2026-12-03, and make it a real day"));

  if (time == NULL || (strlen (time) != 5 && strlen (time) != 4) ||
      time[strlen (time) - 3] != ':' || !all_digits (time, strlen (time) - 3) ||
      !all_digits (time + strlen (time) - 2, 2) ||
      sscanf (time, "%2u:%2u%c", &hour, &minute, &end) != 2 || hour > 23 || minute > 59)
    return invalid (error, _("Write the time as HH:MM on a 24-hour clock, for example 14:30"));

  if (!pursuit_interview_is_valid_time_zone (time_zone))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("“%s” is not a time zone; use a name such as Europe/London or America/New_York"),
                   time_zone);
      return FALSE;
    }

  zone = time_zone != NULL && time_zone[0] != '\0' ? g_time_zone_new_identifier (time_zone)
                                                    : g_time_zone_new_local ();
  /* A time skipped by a clock change is moved forward, as the clocks were. */
  start = g_date_time_new (zone, (int) year, (int) month, (int) day, (int) hour, (int) minute, 0);
  if (start == NULL)
    return invalid (error, _("Write the date as YYYY-MM-DD, for example 2026-12-03, and make it a real day"));

  *starts_at = g_date_time_to_unix (start);
  return TRUE;
}

#define DEFINE_STRING_ACCESSORS(field, PROP)                                   \
  const char *                                                                 \
  pursuit_interview_get_##field (PursuitInterview *self)                       \
  {                                                                            \
    g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);                  \
    return self->field;                                                        \
  }                                                                            \
  void                                                                         \
  pursuit_interview_set_##field (PursuitInterview *self,                       \
                                 const char       *value)                      \
  {                                                                            \
    g_return_if_fail (PURSUIT_IS_INTERVIEW (self));                            \
    set_string (self, &self->field, value, PROP);                              \
  }

#define DEFINE_INT64_ACCESSORS(field, PROP)                                    \
  gint64                                                                       \
  pursuit_interview_get_##field (PursuitInterview *self)                       \
  {                                                                            \
    g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);                     \
    return self->field;                                                        \
  }                                                                            \
  void                                                                         \
  pursuit_interview_set_##field (PursuitInterview *self,                       \
                                 gint64            value)                      \
  {                                                                            \
    g_return_if_fail (PURSUIT_IS_INTERVIEW (self));                            \
    set_int64 (self, &self->field, value, PROP);                               \
  }

DEFINE_INT64_ACCESSORS (id, PROP_ID)
DEFINE_INT64_ACCESSORS (job_id, PROP_JOB_ID)
DEFINE_INT64_ACCESSORS (starts_at, PROP_STARTS_AT)
DEFINE_STRING_ACCESSORS (time_zone, PROP_TIME_ZONE)
DEFINE_STRING_ACCESSORS (location, PROP_LOCATION)
DEFINE_STRING_ACCESSORS (notes, PROP_NOTES)
DEFINE_STRING_ACCESSORS (outcome, PROP_OUTCOME)
DEFINE_INT64_ACCESSORS (created_at, PROP_CREATED_AT)
DEFINE_INT64_ACCESSORS (updated_at, PROP_UPDATED_AT)

int
pursuit_interview_get_duration_minutes (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);

  return self->duration_minutes;
}

void
pursuit_interview_set_duration_minutes (PursuitInterview *self,
                                        int               minutes)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->duration_minutes == minutes)
    return;

  self->duration_minutes = minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION_MINUTES]);
}

PursuitInterviewKind
pursuit_interview_get_kind (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), PURSUIT_INTERVIEW_KIND_OTHER);

  return self->kind;
}

void
pursuit_interview_set_kind (PursuitInterview     *self,
                            PursuitInterviewKind  kind)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

PursuitAssessmentKind
pursuit_interview_get_assessment (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), PURSUIT_ASSESSMENT_UNSPECIFIED);

  return self->assessment;
}

/* Which test an assessment is; kept whatever the kind, shown for an
 * assessment only. */
void
pursuit_interview_set_assessment (PursuitInterview      *self,
                                  PursuitAssessmentKind  assessment)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->assessment == assessment)
    return;

  self->assessment = assessment;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT]);
}

double
pursuit_interview_get_score (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), -1);

  return self->score;
}

/* An assessment's score: words per minute, a percentage; negative: none. */
void
pursuit_interview_set_score (PursuitInterview *self,
                             double            score)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (score < 0)
    score = -1;
  if (self->score == score)
    return;

  self->score = score;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
}

/**
 * pursuit_interview_get_interviewer_ids:
 * @n_ids: (out): how many
 *
 * Returns: (array length=n_ids) (transfer none): the contact ids
 */
const gint64 *
pursuit_interview_get_interviewer_ids (PursuitInterview *self,
                                       guint            *n_ids)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);
  g_return_val_if_fail (n_ids != NULL, NULL);

  *n_ids = self->interviewer_ids->len;
  return (const gint64 *) (gpointer) self->interviewer_ids->data;
}

gboolean
pursuit_interview_has_interviewer (PursuitInterview *self,
                                   gint64            contact_id)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), FALSE);

  for (guint i = 0; i < self->interviewer_ids->len; i++)
    {
      if (g_array_index (self->interviewer_ids, gint64, i) == contact_id)
        return TRUE;
    }
  return FALSE;
}

/**
 * pursuit_interview_set_interviewer_ids:
 * @ids: (array length=n_ids): contact ids; repeats are dropped
 *
 * Names already known for kept ids stay.
 */
void
pursuit_interview_set_interviewer_ids (PursuitInterview *self,
                                       const gint64     *ids,
                                       guint             n_ids)
{
  g_autoptr(GArray) new_ids = NULL;
  g_autoptr(GPtrArray) new_names = NULL;

  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  new_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  new_names = g_ptr_array_new_null_terminated (MAX (n_ids, 1), g_free, TRUE);

  for (guint i = 0; i < n_ids; i++)
    {
      const char *name = "";
      gboolean seen = FALSE;

      for (guint j = 0; j < new_ids->len; j++)
        seen |= g_array_index (new_ids, gint64, j) == ids[i];
      if (seen)
        continue;

      for (guint j = 0; j < self->interviewer_ids->len; j++)
        {
          if (g_array_index (self->interviewer_ids, gint64, j) == ids[i])
            name = g_ptr_array_index (self->interviewer_names, j);
        }

      g_array_append_val (new_ids, ids[i]);
      g_ptr_array_add (new_names, g_strdup (name));
    }

  g_clear_pointer (&self->interviewer_ids, g_array_unref);
  g_clear_pointer (&self->interviewer_names, g_ptr_array_unref);
  self->interviewer_ids = g_steal_pointer (&new_ids);
  self->interviewer_names = g_steal_pointer (&new_names);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVIEWER_IDS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVIEWER_NAMES]);
}

/**
 * pursuit_interview_get_interviewer_names:
 *
 * Returns: (transfer none) (array zero-terminated=1): the interviewers'
 *   names, in the order of their ids; "" where the store did not give one
 */
const char * const *
pursuit_interview_get_interviewer_names (PursuitInterview *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);

  /* An empty null-terminated GPtrArray may not have allocated its array yet. */
  if (self->interviewer_names->pdata == NULL)
    return none;
  return (const char * const *) self->interviewer_names->pdata;
}

/* For the store, which reads the interviewers with their names. */
void
pursuit_interview_add_interviewer (PursuitInterview *self,
                                   gint64            contact_id,
                                   const char       *name)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (pursuit_interview_has_interviewer (self, contact_id))
    return;

  g_array_append_val (self->interviewer_ids, contact_id);
  g_ptr_array_add (self->interviewer_names, g_strdup (name != NULL ? name : ""));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVIEWER_IDS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVIEWER_NAMES]);
}
