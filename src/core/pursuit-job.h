/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pursuit-enums.h"
#include "pursuit-stage.h"

G_BEGIN_DECLS

/**
 * PursuitJobField:
 *
 * The values of a job that the user edits and the database keeps, one
 * column each. Each is described once, in the table of
 * pursuit-job-fields.c (its property name, kind, label and limits); the
 * object's properties, its copying and comparing, its validation and the
 * store's SQL are all made from that table. To add a field: a value here,
 * a row there, a migration, and the UI (HACKING.md, "Add a job field").
 */
typedef enum
{
  PURSUIT_JOB_FIELD_COMPANY,
  PURSUIT_JOB_FIELD_TITLE,
  PURSUIT_JOB_FIELD_LOCATION,
  PURSUIT_JOB_FIELD_URL,
  PURSUIT_JOB_FIELD_STAGE,
  PURSUIT_JOB_FIELD_WORKPLACE,
  PURSUIT_JOB_FIELD_EMPLOYMENT_TYPE,
  PURSUIT_JOB_FIELD_SOURCE,
  PURSUIT_JOB_FIELD_INDUSTRY,
  PURSUIT_JOB_FIELD_PAY_MIN,
  PURSUIT_JOB_FIELD_PAY_MAX,
  PURSUIT_JOB_FIELD_PAY_CURRENCY,
  PURSUIT_JOB_FIELD_PAY_PERIOD,
  PURSUIT_JOB_FIELD_EXCITEMENT,
  PURSUIT_JOB_FIELD_APPLIED_ON,
  PURSUIT_JOB_FIELD_DEADLINE,
  PURSUIT_JOB_FIELD_NEXT_ACTION,
  PURSUIT_JOB_FIELD_NEXT_ACTION_DUE,
  PURSUIT_JOB_FIELD_ARCHIVED,
  PURSUIT_JOB_FIELD_POSTING_TEXT,
  PURSUIT_JOB_FIELD_NOTES,
  PURSUIT_JOB_FIELD_SCHEDULE,
  PURSUIT_JOB_FIELD_LANGUAGES,
  PURSUIT_JOB_FIELD_PAY_EXTRAS,
  PURSUIT_JOB_FIELD_SALARY_ROLE,
  PURSUIT_JOB_FIELD_SALARY_LEVEL,
  PURSUIT_JOB_FIELD_SALARY_COUNTRY,
  PURSUIT_JOB_FIELD_OFFER_MIN,
  PURSUIT_JOB_FIELD_OFFER_MAX,
  PURSUIT_JOB_FIELD_OFFER_CURRENCY,
  PURSUIT_JOB_FIELD_OFFER_PERIOD,
  PURSUIT_JOB_FIELD_OFFER_SIGN_ON,
  PURSUIT_JOB_FIELD_OFFER_BONUS,
  PURSUIT_JOB_FIELD_OFFER_NOTE,
  PURSUIT_JOB_N_FIELDS
} PursuitJobField;

/* A set of fields, one bit each (1 << field). */
typedef guint64 PursuitJobFields;

#define PURSUIT_JOB_FIELD_BIT(field) (G_GUINT64_CONSTANT (1) << (field))
#define PURSUIT_JOB_ALL_FIELDS ((G_GUINT64_CONSTANT (1) << PURSUIT_JOB_N_FIELDS) - 1)

#define PURSUIT_TYPE_JOB (pursuit_job_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJob, pursuit_job, PURSUIT, JOB, GObject)

PursuitJob       *pursuit_job_new             (void);
PursuitJob       *pursuit_job_copy            (PursuitJob      *self);
void              pursuit_job_assign          (PursuitJob      *self,
                                               PursuitJob      *other);
void              pursuit_job_assign_fields   (PursuitJob      *self,
                                               PursuitJob      *other,
                                               PursuitJobFields fields);
PursuitJobFields  pursuit_job_diff            (PursuitJob      *self,
                                               PursuitJob      *other);
gboolean          pursuit_job_validate        (PursuitJob      *self,
                                               GError         **error);

/* Any field by its id, for code that walks the table (the store, the page):
 * text for text, date, web address and currency fields; amount for money
 * (negative: not given); number for choices, counts and switches. */
const char       *pursuit_job_get_text        (PursuitJob      *self,
                                               PursuitJobField  field);
void              pursuit_job_set_text        (PursuitJob      *self,
                                               PursuitJobField  field,
                                               const char      *value);
double            pursuit_job_get_amount      (PursuitJob      *self,
                                               PursuitJobField  field);
void              pursuit_job_set_amount      (PursuitJob      *self,
                                               PursuitJobField  field,
                                               double           value);
int               pursuit_job_get_number      (PursuitJob      *self,
                                               PursuitJobField  field);
void              pursuit_job_set_number      (PursuitJob      *self,
                                               PursuitJobField  field,
                                               int              value);

/* What the database gives and never takes from the job. */
gint64            pursuit_job_get_id          (PursuitJob      *self);
void              pursuit_job_set_id          (PursuitJob      *self,
                                               gint64           id);
/* Room for a job's uuid as text (36 characters and the NUL), which the job
 * does not keep: see pursuit_job_get_uuid(). */
#define PURSUIT_JOB_UUID_SIZE 37
const char       *pursuit_job_get_uuid        (PursuitJob      *self,
                                               char             buffer[PURSUIT_JOB_UUID_SIZE]);
void              pursuit_job_set_uuid        (PursuitJob      *self,
                                               const char      *uuid);
gint64            pursuit_job_get_created_at  (PursuitJob      *self);
void              pursuit_job_set_created_at  (PursuitJob      *self,
                                               gint64           created_at);
gint64            pursuit_job_get_updated_at  (PursuitJob      *self);
void              pursuit_job_set_updated_at  (PursuitJob      *self,
                                               gint64           updated_at);
gint64            pursuit_job_get_stage_entered_at  (PursuitJob *self);
void              pursuit_job_set_stage_entered_at  (PursuitJob *self,
                                                     gint64      value);
gint64            pursuit_job_get_next_interview_at (PursuitJob *self);
void              pursuit_job_set_next_interview_at (PursuitJob *self,
                                                     gint64      value);
gint64            pursuit_job_get_n_documents       (PursuitJob *self);
void              pursuit_job_set_n_documents       (PursuitJob *self,
                                                     gint64      value);
gboolean          pursuit_job_needs_documents       (PursuitJob *self);
gboolean          pursuit_job_get_details_loaded    (PursuitJob *self);
void              pursuit_job_set_details_loaded    (PursuitJob *self,
                                                     gboolean    loaded);

/* The fields by name, for the code that reads them one by one. */
PursuitStage     *pursuit_job_get_stage           (PursuitJob   *self);
void              pursuit_job_set_stage           (PursuitJob   *self,
                                                   PursuitStage *stage);
const char       *pursuit_job_get_company         (PursuitJob   *self);
void              pursuit_job_set_company         (PursuitJob   *self,
                                                   const char   *value);
const char       *pursuit_job_get_title           (PursuitJob   *self);
void              pursuit_job_set_title           (PursuitJob   *self,
                                                   const char   *value);
const char       *pursuit_job_get_location        (PursuitJob   *self);
void              pursuit_job_set_location        (PursuitJob   *self,
                                                   const char   *value);
const char       *pursuit_job_get_url             (PursuitJob   *self);
void              pursuit_job_set_url             (PursuitJob   *self,
                                                   const char   *value);
const char       *pursuit_job_get_notes           (PursuitJob   *self);
void              pursuit_job_set_notes           (PursuitJob   *self,
                                                   const char   *value);
const char       *pursuit_job_get_source          (PursuitJob   *self);
void              pursuit_job_set_source          (PursuitJob   *self,
                                                   const char   *value);
const char       *pursuit_job_get_industry        (PursuitJob   *self);
void              pursuit_job_set_industry        (PursuitJob   *self,
                                                   const char   *value);
const char       *pursuit_job_get_posting_text    (PursuitJob   *self);
void              pursuit_job_set_posting_text    (PursuitJob   *self,
                                                   const char   *value);
const char       *pursuit_job_get_pay_currency    (PursuitJob   *self);
void              pursuit_job_set_pay_currency    (PursuitJob   *self,
                                                   const char   *value);
const char       *pursuit_job_get_applied_on      (PursuitJob   *self);
void              pursuit_job_set_applied_on      (PursuitJob   *self,
                                                   const char   *value);
const char       *pursuit_job_get_deadline        (PursuitJob   *self);
void              pursuit_job_set_deadline        (PursuitJob   *self,
                                                   const char   *value);
const char       *pursuit_job_get_next_action     (PursuitJob   *self);
void              pursuit_job_set_next_action     (PursuitJob   *self,
                                                   const char   *value);
const char       *pursuit_job_get_next_action_due (PursuitJob   *self);
void              pursuit_job_set_next_action_due (PursuitJob   *self,
                                                   const char   *value);
double            pursuit_job_get_pay_min         (PursuitJob   *self);
void              pursuit_job_set_pay_min         (PursuitJob   *self,
                                                   double        value);
double            pursuit_job_get_pay_max         (PursuitJob   *self);
void              pursuit_job_set_pay_max         (PursuitJob   *self,
                                                   double        value);
PursuitWorkplace  pursuit_job_get_workplace       (PursuitJob   *self);
void              pursuit_job_set_workplace       (PursuitJob   *self,
                                                   PursuitWorkplace value);
PursuitEmploymentType pursuit_job_get_employment_type (PursuitJob *self);
void              pursuit_job_set_employment_type (PursuitJob   *self,
                                                   PursuitEmploymentType value);
PursuitPayPeriod  pursuit_job_get_pay_period      (PursuitJob   *self);
void              pursuit_job_set_pay_period      (PursuitJob   *self,
                                                   PursuitPayPeriod value);
int               pursuit_job_get_excitement      (PursuitJob   *self);
void              pursuit_job_set_excitement      (PursuitJob   *self,
                                                   int           value);
gboolean          pursuit_job_get_archived        (PursuitJob   *self);
void              pursuit_job_set_archived        (PursuitJob   *self,
                                                   gboolean      value);
PursuitSchedule   pursuit_job_get_schedule        (PursuitJob   *self);
void              pursuit_job_set_schedule        (PursuitJob   *self,
                                                   PursuitSchedule value);
const char       *pursuit_job_get_languages       (PursuitJob   *self);
void              pursuit_job_set_languages       (PursuitJob   *self,
                                                   const char   *value);
const char       *pursuit_job_get_pay_extras      (PursuitJob   *self);
void              pursuit_job_set_pay_extras      (PursuitJob   *self,
                                                   const char   *value);

G_END_DECLS
