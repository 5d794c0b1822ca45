/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-error.h"
#include "pursuit-job.h"
#include "pursuit-validation.h"

/* One job the user pursues: the posting and their application to it.
 *
 * The store owns the canonical object for each saved job and keeps it up to
 * date; views bind to it. To change a job, take a copy, edit the copy and
 * hand it to the store, which then assigns the saved values back. */
struct _PursuitJob
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  char *company;
  char *title;
  char *location;
  char *url;
  char *notes;
  PursuitStage *stage;
  gint64 created_at;
  gint64 updated_at;

  int workplace;
  int employment_type;
  char *source;
  char *industry;
  char *posting_text;
  double pay_min;            /* negative: not given */
  double pay_max;
  char *pay_currency;
  int pay_period;
  int excitement;
  char *applied_on;          /* "YYYY-MM-DD" or "" */
  char *deadline;
  char *next_action;
  char *next_action_due;
  gboolean archived;

  /* Read from the database with the job, never written back. */
  gint64 stage_entered_at;
  gint64 next_interview_at;

  /* Lists load jobs without their long texts (posting text, notes) to stay
   * small with many jobs; the page loads them when it opens the job. */
  gboolean details_loaded;
};

G_DEFINE_FINAL_TYPE (PursuitJob, pursuit_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_COMPANY,
  PROP_TITLE,
  PROP_LOCATION,
  PROP_URL,
  PROP_NOTES,
  PROP_STAGE,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_WORKPLACE,
  PROP_EMPLOYMENT_TYPE,
  PROP_SOURCE,
  PROP_INDUSTRY,
  PROP_POSTING_TEXT,
  PROP_PAY_MIN,
  PROP_PAY_MAX,
  PROP_PAY_CURRENCY,
  PROP_PAY_PERIOD,
  PROP_EXCITEMENT,
  PROP_APPLIED_ON,
  PROP_DEADLINE,
  PROP_NEXT_ACTION,
  PROP_NEXT_ACTION_DUE,
  PROP_ARCHIVED,
  PROP_STAGE_ENTERED_AT,
  PROP_NEXT_INTERVIEW_AT,
  PROP_DETAILS_LOADED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Strings are never NULL so views and SQL need no special case. */
/* The text fields hold reference-counted strings (GRefString), never NULL.
 * A list may hold 100,000 jobs: they all share one empty string, and the
 * short fields that repeat from job to job (companies, titles, places,
 * currencies, dates) are interned, so each distinct value is kept once. */
static char *empty_string;

static gboolean
replace_string (char       **field,
                const char  *value,
                gboolean     intern)
{
  char *old = *field;

  if (value == NULL)
    value = "";

  if (strcmp (old, value) == 0)
    return FALSE;

  if (value[0] == '\0')
    *field = g_ref_string_acquire (empty_string);
  else if (intern)
    *field = g_ref_string_new_intern (value);
  else
    *field = g_ref_string_new (value);

  /* After: @value may point into the old string. */
  g_ref_string_release (old);
  return TRUE;
}

static void
set_string_property (PursuitJob  *self,
                     char       **field,
                     const char  *value,
                     gboolean     intern,
                     guint        prop_id)
{
  if (replace_string (field, value, intern))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_int64_property (PursuitJob *self,
                    gint64     *field,
                    gint64      value,
                    guint       prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
pursuit_job_finalize (GObject *object)
{
  PursuitJob *self = PURSUIT_JOB (object);

  g_clear_pointer (&self->uuid, g_ref_string_release);
  g_clear_pointer (&self->company, g_ref_string_release);
  g_clear_pointer (&self->title, g_ref_string_release);
  g_clear_pointer (&self->location, g_ref_string_release);
  g_clear_pointer (&self->url, g_ref_string_release);
  g_clear_pointer (&self->notes, g_ref_string_release);
  g_clear_object (&self->stage);
  g_clear_pointer (&self->source, g_ref_string_release);
  g_clear_pointer (&self->industry, g_ref_string_release);
  g_clear_pointer (&self->posting_text, g_ref_string_release);
  g_clear_pointer (&self->pay_currency, g_ref_string_release);
  g_clear_pointer (&self->applied_on, g_ref_string_release);
  g_clear_pointer (&self->deadline, g_ref_string_release);
  g_clear_pointer (&self->next_action, g_ref_string_release);
  g_clear_pointer (&self->next_action_due, g_ref_string_release);

  G_OBJECT_CLASS (pursuit_job_parent_class)->finalize (object);
}

static void
pursuit_job_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PursuitJob *self = PURSUIT_JOB (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_COMPANY:
      g_value_set_string (value, self->company);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_STAGE:
      g_value_set_object (value, self->stage);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;
    case PROP_WORKPLACE:
      g_value_set_enum (value, self->workplace);
      break;
    case PROP_EMPLOYMENT_TYPE:
      g_value_set_enum (value, self->employment_type);
      break;
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_INDUSTRY:
      g_value_set_string (value, self->industry);
      break;
    case PROP_POSTING_TEXT:
      g_value_set_string (value, self->posting_text);
      break;
    case PROP_PAY_MIN:
      g_value_set_double (value, self->pay_min);
      break;
    case PROP_PAY_MAX:
      g_value_set_double (value, self->pay_max);
      break;
    case PROP_PAY_CURRENCY:
      g_value_set_string (value, self->pay_currency);
      break;
    case PROP_PAY_PERIOD:
      g_value_set_enum (value, self->pay_period);
      break;
    case PROP_EXCITEMENT:
      g_value_set_int (value, self->excitement);
      break;
    case PROP_APPLIED_ON:
      g_value_set_string (value, self->applied_on);
      break;
    case PROP_DEADLINE:
      g_value_set_string (value, self->deadline);
      break;
    case PROP_NEXT_ACTION:
      g_value_set_string (value, self->next_action);
      break;
    case PROP_NEXT_ACTION_DUE:
      g_value_set_string (value, self->next_action_due);
      break;
    case PROP_ARCHIVED:
      g_value_set_boolean (value, self->archived);
      break;
    case PROP_STAGE_ENTERED_AT:
      g_value_set_int64 (value, self->stage_entered_at);
      break;
    case PROP_NEXT_INTERVIEW_AT:
      g_value_set_int64 (value, self->next_interview_at);
      break;
    case PROP_DETAILS_LOADED:
      g_value_set_boolean (value, self->details_loaded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PursuitJob *self = PURSUIT_JOB (object);

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_job_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      pursuit_job_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_COMPANY:
      pursuit_job_set_company (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      pursuit_job_set_title (self, g_value_get_string (value));
      break;
    case PROP_LOCATION:
      pursuit_job_set_location (self, g_value_get_string (value));
      break;
    case PROP_URL:
      pursuit_job_set_url (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      pursuit_job_set_notes (self, g_value_get_string (value));
      break;
    case PROP_STAGE:
      pursuit_job_set_stage (self, g_value_get_object (value));
      break;
    case PROP_CREATED_AT:
      pursuit_job_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      pursuit_job_set_updated_at (self, g_value_get_int64 (value));
      break;
    case PROP_WORKPLACE:
      pursuit_job_set_workplace (self, g_value_get_enum (value));
      break;
    case PROP_EMPLOYMENT_TYPE:
      pursuit_job_set_employment_type (self, g_value_get_enum (value));
      break;
    case PROP_SOURCE:
      pursuit_job_set_source (self, g_value_get_string (value));
      break;
    case PROP_INDUSTRY:
      pursuit_job_set_industry (self, g_value_get_string (value));
      break;
    case PROP_POSTING_TEXT:
      pursuit_job_set_posting_text (self, g_value_get_string (value));
      break;
    case PROP_PAY_MIN:
      pursuit_job_set_pay_min (self, g_value_get_double (value));
      break;
    case PROP_PAY_MAX:
      pursuit_job_set_pay_max (self, g_value_get_double (value));
      break;
    case PROP_PAY_CURRENCY:
      pursuit_job_set_pay_currency (self, g_value_get_string (value));
      break;
    case PROP_PAY_PERIOD:
      pursuit_job_set_pay_period (self, g_value_get_enum (value));
      break;
    case PROP_EXCITEMENT:
      pursuit_job_set_excitement (self, g_value_get_int (value));
      break;
    case PROP_APPLIED_ON:
      pursuit_job_set_applied_on (self, g_value_get_string (value));
      break;
    case PROP_DEADLINE:
      pursuit_job_set_deadline (self, g_value_get_string (value));
      break;
    case PROP_NEXT_ACTION:
      pursuit_job_set_next_action (self, g_value_get_string (value));
      break;
    case PROP_NEXT_ACTION_DUE:
      pursuit_job_set_next_action_due (self, g_value_get_string (value));
      break;
    case PROP_ARCHIVED:
      pursuit_job_set_archived (self, g_value_get_boolean (value));
      break;
    case PROP_STAGE_ENTERED_AT:
      pursuit_job_set_stage_entered_at (self, g_value_get_int64 (value));
      break;
    case PROP_NEXT_INTERVIEW_AT:
      pursuit_job_set_next_interview_at (self, g_value_get_int64 (value));
      break;
    case PROP_DETAILS_LOADED:
      pursuit_job_set_details_loaded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_class_init (PursuitJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_job_finalize;
  object_class->get_property = pursuit_job_get_property;
  object_class->set_property = pursuit_job_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, "", flags);
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, "", flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, "", flags);
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, "", flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_STAGE] = g_param_spec_object ("stage", NULL, NULL, PURSUIT_TYPE_STAGE, flags);
  properties[PROP_CREATED_AT] = g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UPDATED_AT] = g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_WORKPLACE] = g_param_spec_enum ("workplace", NULL, NULL, PURSUIT_TYPE_WORKPLACE,
                                                  PURSUIT_WORKPLACE_UNKNOWN, flags);
  properties[PROP_EMPLOYMENT_TYPE] = g_param_spec_enum ("employment-type", NULL, NULL, PURSUIT_TYPE_EMPLOYMENT_TYPE,
                                                        PURSUIT_EMPLOYMENT_UNKNOWN, flags);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, "", flags);
  properties[PROP_INDUSTRY] = g_param_spec_string ("industry", NULL, NULL, "", flags);
  properties[PROP_POSTING_TEXT] = g_param_spec_string ("posting-text", NULL, NULL, "", flags);
  properties[PROP_PAY_MIN] = g_param_spec_double ("pay-min", NULL, NULL, -1, G_MAXDOUBLE, -1, flags);
  properties[PROP_PAY_MAX] = g_param_spec_double ("pay-max", NULL, NULL, -1, G_MAXDOUBLE, -1, flags);
  properties[PROP_PAY_CURRENCY] = g_param_spec_string ("pay-currency", NULL, NULL, "", flags);
  properties[PROP_PAY_PERIOD] = g_param_spec_enum ("pay-period", NULL, NULL, PURSUIT_TYPE_PAY_PERIOD,
                                                   PURSUIT_PAY_PERIOD_UNKNOWN, flags);
  properties[PROP_EXCITEMENT] = g_param_spec_int ("excitement", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_APPLIED_ON] = g_param_spec_string ("applied-on", NULL, NULL, "", flags);
  properties[PROP_DEADLINE] = g_param_spec_string ("deadline", NULL, NULL, "", flags);
  properties[PROP_NEXT_ACTION] = g_param_spec_string ("next-action", NULL, NULL, "", flags);
  properties[PROP_NEXT_ACTION_DUE] = g_param_spec_string ("next-action-due", NULL, NULL, "", flags);
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, flags);
  properties[PROP_STAGE_ENTERED_AT] = g_param_spec_int64 ("stage-entered-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NEXT_INTERVIEW_AT] = g_param_spec_int64 ("next-interview-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DETAILS_LOADED] = g_param_spec_boolean ("details-loaded", NULL, NULL, TRUE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Held for the life of the program, like the class. */
  empty_string = g_ref_string_new_intern ("");
}

static void
pursuit_job_init (PursuitJob *self)
{
  self->uuid = g_ref_string_acquire (empty_string);
  self->company = g_ref_string_acquire (empty_string);
  self->title = g_ref_string_acquire (empty_string);
  self->location = g_ref_string_acquire (empty_string);
  self->url = g_ref_string_acquire (empty_string);
  self->notes = g_ref_string_acquire (empty_string);
  self->source = g_ref_string_acquire (empty_string);
  self->industry = g_ref_string_acquire (empty_string);
  self->posting_text = g_ref_string_acquire (empty_string);
  self->pay_min = -1;
  self->pay_max = -1;
  self->pay_currency = g_ref_string_acquire (empty_string);
  self->applied_on = g_ref_string_acquire (empty_string);
  self->deadline = g_ref_string_acquire (empty_string);
  self->next_action = g_ref_string_acquire (empty_string);
  self->next_action_due = g_ref_string_acquire (empty_string);
  self->details_loaded = TRUE;
}

PursuitJob *
pursuit_job_new (void)
{
  return g_object_new (PURSUIT_TYPE_JOB, NULL);
}

PursuitJob *
pursuit_job_copy (PursuitJob *self)
{
  PursuitJob *copy;

  g_return_val_if_fail (PURSUIT_IS_JOB (self), NULL);

  copy = pursuit_job_new ();
  pursuit_job_assign (copy, self);
  copy->details_loaded = self->details_loaded;
  return copy;
}

/* Takes every value of @other, notifying only what really changed. */
void
pursuit_job_assign (PursuitJob *self,
                    PursuitJob *other)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  g_return_if_fail (PURSUIT_IS_JOB (other));

  g_object_freeze_notify (G_OBJECT (self));
  pursuit_job_set_id (self, other->id);
  pursuit_job_set_uuid (self, other->uuid);
  pursuit_job_set_company (self, other->company);
  pursuit_job_set_title (self, other->title);
  pursuit_job_set_location (self, other->location);
  pursuit_job_set_url (self, other->url);
  /* Long texts only travel with a job that has them: a list copy must not
   * wipe what the page loaded. */
  if (other->details_loaded)
    {
      pursuit_job_set_notes (self, other->notes);
      pursuit_job_set_posting_text (self, other->posting_text);
      pursuit_job_set_details_loaded (self, TRUE);
    }
  pursuit_job_set_stage (self, other->stage);
  pursuit_job_set_created_at (self, other->created_at);
  pursuit_job_set_updated_at (self, other->updated_at);
  pursuit_job_set_workplace (self, other->workplace);
  pursuit_job_set_employment_type (self, other->employment_type);
  pursuit_job_set_source (self, other->source);
  pursuit_job_set_industry (self, other->industry);
  pursuit_job_set_pay_min (self, other->pay_min);
  pursuit_job_set_pay_max (self, other->pay_max);
  pursuit_job_set_pay_currency (self, other->pay_currency);
  pursuit_job_set_pay_period (self, other->pay_period);
  pursuit_job_set_excitement (self, other->excitement);
  pursuit_job_set_applied_on (self, other->applied_on);
  pursuit_job_set_deadline (self, other->deadline);
  pursuit_job_set_next_action (self, other->next_action);
  pursuit_job_set_next_action_due (self, other->next_action_due);
  pursuit_job_set_archived (self, other->archived);
  pursuit_job_set_stage_entered_at (self, other->stage_entered_at);
  pursuit_job_set_next_interview_at (self, other->next_interview_at);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

/* Whether @iso_date is empty or a real calendar date as "YYYY-MM-DD". */
gboolean
pursuit_job_is_valid_date (const char *iso_date)
{
  unsigned int year, month, day;
  char end;

  if (iso_date == NULL || iso_date[0] == '\0')
    return TRUE;

  if (strlen (iso_date) != 10 || iso_date[4] != '-' || iso_date[7] != '-' ||
      sscanf (iso_date, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return FALSE;

  return year >= 1900 && year <= 2200 && g_date_valid_dmy (day, month, year);
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* What every saved job must satisfy; the store checks it before writing, and
 * the job page shows the same messages beside the field. */
gboolean
pursuit_job_validate (PursuitJob  *self,
                      GError     **error)
{
  const char *fields[13];
  const char *dates[3];

  g_return_val_if_fail (PURSUIT_IS_JOB (self), FALSE);

  fields[0] = self->company;
  fields[1] = self->title;
  fields[2] = self->location;
  fields[3] = self->url;
  fields[4] = self->notes;
  fields[5] = self->source;
  fields[6] = self->industry;
  fields[7] = self->posting_text;
  fields[8] = self->pay_currency;
  fields[9] = self->next_action;
  fields[10] = self->applied_on;
  fields[11] = self->deadline;
  fields[12] = self->next_action_due;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (!g_utf8_validate (fields[i], -1, NULL))
        return invalid (error, _("The text is not valid UTF-8"));
    }

  /* Generous limits: a whole posting fits; a runaway paste does not. */
  if (strlen (self->posting_text) > 1024 * 1024 || strlen (self->notes) > 1024 * 1024)
    return invalid (error, _("The posting text or the notes are longer than 1 MB"));
  if (strlen (self->company) > 1000 || strlen (self->title) > 1000 || strlen (self->location) > 1000 ||
      strlen (self->url) > 8000 || strlen (self->next_action) > 4000)
    return invalid (error, _("A field is too long"));

  if (is_blank (self->company))
    return invalid (error, _("A job needs a company"));
  if (is_blank (self->title))
    return invalid (error, _("A job needs a job title"));
  if (self->stage == NULL)
    return invalid (error, _("A job needs a stage"));
  if (self->url[0] != '\0' && !pursuit_is_web_address (self->url))
    return invalid (error, _("The posting URL must be a web address starting with http:// or https://"));
  if (self->pay_min >= 0 && self->pay_max >= 0 && self->pay_min > self->pay_max)
    return invalid (error, _("The lowest pay is above the highest"));
  if ((self->pay_min >= 0 || self->pay_max >= 0) && self->pay_currency[0] == '\0')
    return invalid (error, _("Pay needs a currency, such as USD or EUR"));
  if (self->pay_currency[0] != '\0' && !pursuit_is_currency_code (self->pay_currency))
    return invalid (error, _("The currency must be a three-letter code such as USD, EUR or GBP"));
  if (self->excitement < 0 || self->excitement > 5)
    return invalid (error, _("Excitement goes from 0 to 5"));

  dates[0] = self->applied_on;
  dates[1] = self->deadline;
  dates[2] = self->next_action_due;
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      if (!pursuit_job_is_valid_date (dates[i]))
        return invalid (error, _("Dates are written as YYYY-MM-DD and must exist in the calendar"));
    }

  return TRUE;
}

#define DEFINE_STRING_ACCESSORS(field, intern, PROP)                           \
  const char *                                                                 \
  pursuit_job_get_##field (PursuitJob *self)                                   \
  {                                                                            \
    g_return_val_if_fail (PURSUIT_IS_JOB (self), NULL);                        \
    return self->field;                                                        \
  }                                                                            \
  void                                                                         \
  pursuit_job_set_##field (PursuitJob *self,                                   \
                           const char *value)                                  \
  {                                                                            \
    g_return_if_fail (PURSUIT_IS_JOB (self));                                  \
    set_string_property (self, &self->field, value, intern, PROP);             \
  }

#define DEFINE_INT64_ACCESSORS(field, PROP)                                    \
  gint64                                                                       \
  pursuit_job_get_##field (PursuitJob *self)                                   \
  {                                                                            \
    g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);                           \
    return self->field;                                                        \
  }                                                                            \
  void                                                                         \
  pursuit_job_set_##field (PursuitJob *self,                                   \
                           gint64      value)                                  \
  {                                                                            \
    g_return_if_fail (PURSUIT_IS_JOB (self));                                  \
    set_int64_property (self, &self->field, value, PROP);                      \
  }

DEFINE_INT64_ACCESSORS (id, PROP_ID)
DEFINE_STRING_ACCESSORS (uuid, FALSE, PROP_UUID)
DEFINE_STRING_ACCESSORS (company, TRUE, PROP_COMPANY)
DEFINE_STRING_ACCESSORS (title, TRUE, PROP_TITLE)
DEFINE_STRING_ACCESSORS (location, TRUE, PROP_LOCATION)
DEFINE_STRING_ACCESSORS (url, FALSE, PROP_URL)
DEFINE_STRING_ACCESSORS (notes, FALSE, PROP_NOTES)
DEFINE_INT64_ACCESSORS (created_at, PROP_CREATED_AT)
DEFINE_INT64_ACCESSORS (updated_at, PROP_UPDATED_AT)
DEFINE_STRING_ACCESSORS (source, TRUE, PROP_SOURCE)
DEFINE_STRING_ACCESSORS (industry, TRUE, PROP_INDUSTRY)
DEFINE_STRING_ACCESSORS (posting_text, FALSE, PROP_POSTING_TEXT)
DEFINE_STRING_ACCESSORS (pay_currency, TRUE, PROP_PAY_CURRENCY)
DEFINE_STRING_ACCESSORS (applied_on, TRUE, PROP_APPLIED_ON)
DEFINE_STRING_ACCESSORS (deadline, TRUE, PROP_DEADLINE)
DEFINE_STRING_ACCESSORS (next_action, TRUE, PROP_NEXT_ACTION)
DEFINE_STRING_ACCESSORS (next_action_due, TRUE, PROP_NEXT_ACTION_DUE)
DEFINE_INT64_ACCESSORS (stage_entered_at, PROP_STAGE_ENTERED_AT)
DEFINE_INT64_ACCESSORS (next_interview_at, PROP_NEXT_INTERVIEW_AT)

#define DEFINE_VALUE_ACCESSORS(field, Type, PROP)                              \
  Type                                                                         \
  pursuit_job_get_##field (PursuitJob *self)                                   \
  {                                                                            \
    g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);                           \
    return self->field;                                                        \
  }                                                                            \
  void                                                                         \
  pursuit_job_set_##field (PursuitJob *self,                                   \
                           Type        value)                                  \
  {                                                                            \
    g_return_if_fail (PURSUIT_IS_JOB (self));                                  \
    if (self->field == value)                                                  \
      return;                                                                  \
    self->field = value;                                                       \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);              \
  }

DEFINE_VALUE_ACCESSORS (workplace, int, PROP_WORKPLACE)
DEFINE_VALUE_ACCESSORS (employment_type, int, PROP_EMPLOYMENT_TYPE)
DEFINE_VALUE_ACCESSORS (pay_period, int, PROP_PAY_PERIOD)
DEFINE_VALUE_ACCESSORS (excitement, int, PROP_EXCITEMENT)
DEFINE_VALUE_ACCESSORS (archived, gboolean, PROP_ARCHIVED)
DEFINE_VALUE_ACCESSORS (details_loaded, gboolean, PROP_DETAILS_LOADED)

/* Any negative figure means "not given"; they all compare equal. */
#define DEFINE_PAY_ACCESSORS(field, PROP)                                      \
  double                                                                       \
  pursuit_job_get_##field (PursuitJob *self)                                   \
  {                                                                            \
    g_return_val_if_fail (PURSUIT_IS_JOB (self), -1);                          \
    return self->field;                                                        \
  }                                                                            \
  void                                                                         \
  pursuit_job_set_##field (PursuitJob *self,                                   \
                           double      value)                                  \
  {                                                                            \
    g_return_if_fail (PURSUIT_IS_JOB (self));                                  \
    if (value < 0)                                                             \
      value = -1;                                                              \
    if (self->field == value)                                                  \
      return;                                                                  \
    self->field = value;                                                       \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);              \
  }

DEFINE_PAY_ACCESSORS (pay_min, PROP_PAY_MIN)
DEFINE_PAY_ACCESSORS (pay_max, PROP_PAY_MAX)

PursuitStage *
pursuit_job_get_stage (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), NULL);

  return self->stage;
}

void
pursuit_job_set_stage (PursuitJob   *self,
                       PursuitStage *stage)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  g_return_if_fail (stage == NULL || PURSUIT_IS_STAGE (stage));

  if (g_set_object (&self->stage, stage))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}
