/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pursuit-job.h"

G_BEGIN_DECLS

/**
 * PursuitFieldKind:
 * @PURSUIT_FIELD_TEXT: one line of text
 * @PURSUIT_FIELD_LONG_TEXT: text of any length (posting, notes); lists of
 *   jobs leave it out and a job page reads it when it opens the job
 * @PURSUIT_FIELD_DATE: a calendar date, "YYYY-MM-DD", or empty
 * @PURSUIT_FIELD_WEB_ADDRESS: an http(s) address, or empty
 * @PURSUIT_FIELD_CURRENCY: an ISO 4217 code, or empty
 * @PURSUIT_FIELD_AMOUNT: a sum of money of zero or more; negative: not given
 * @PURSUIT_FIELD_CHOICE: a value of an enumeration, stored as its number
 * @PURSUIT_FIELD_FLAGS: some values of a set of flags, stored as their sum
 * @PURSUIT_FIELD_NUMBER: a whole number between a minimum and a maximum
 * @PURSUIT_FIELD_SWITCH: yes or no
 * @PURSUIT_FIELD_STAGE: a stage of the pipeline, stored as its id
 */
typedef enum
{
  PURSUIT_FIELD_TEXT,
  PURSUIT_FIELD_LONG_TEXT,
  PURSUIT_FIELD_DATE,
  PURSUIT_FIELD_WEB_ADDRESS,
  PURSUIT_FIELD_CURRENCY,
  PURSUIT_FIELD_AMOUNT,
  PURSUIT_FIELD_CHOICE,
  PURSUIT_FIELD_FLAGS,
  PURSUIT_FIELD_NUMBER,
  PURSUIT_FIELD_SWITCH,
  PURSUIT_FIELD_STAGE,
} PursuitFieldKind;

/**
 * PursuitJobFieldInfo:
 * @field: its id
 * @name: the property name; with "_" for "-" it is the database column
 * @kind: what it holds, which says how it is read, written and checked
 * @label: the name a user knows it by ("Posting URL"), untranslated
 * @max_length: the most characters a text may have, 0 for no limit
 * @required: whether it may be empty
 * @shared: whether the same values recur from job to job (companies,
 *   places), so one copy serves them all
 * @choices: for @PURSUIT_FIELD_CHOICE and @PURSUIT_FIELD_FLAGS, the
 *   enumeration's or flags' GType function
 * @minimum: for @PURSUIT_FIELD_NUMBER
 * @maximum: for @PURSUIT_FIELD_NUMBER
 * @column: the database column when it is not @name with "_" for "-"
 * @apart: whether the job keeps it apart from the values every job holds,
 *   in a block it allocates only when one of these is not empty: a field
 *   that lists, sorting, filters, the board and the attention rules never
 *   read, and that most jobs leave empty, or that lists do not load (the
 *   posting's address; PURSUIT_JOB_N_APART_FIELDS of them)
 */
typedef struct
{
  PursuitJobField field;
  const char *name;
  PursuitFieldKind kind;
  const char *label;
  gsize max_length;
  gboolean required;
  gboolean shared;
  GType (*choices) (void);
  int minimum;
  int maximum;
  const char *column;
  gboolean apart;
} PursuitJobFieldInfo;

/* How many fields are @apart: the job's instance holds the others. */
#define PURSUIT_JOB_N_APART_FIELDS 17

/**
 * PursuitPayFields:
 * @min: the lowest amount
 * @max: the highest amount
 * @currency: the currency of all the amounts
 * @period: what the amounts are paid for
 * @extras: more amounts in @currency (bonuses); %PURSUIT_JOB_N_FIELDS where
 *   there are none
 *
 * Fields that together say what a job pays, checked as a whole: the highest
 * not below the lowest, and a currency for any amount.
 */
typedef struct
{
  PursuitJobField min;
  PursuitJobField max;
  PursuitJobField currency;
  PursuitJobField period;
  PursuitJobField extras[2];
} PursuitPayFields;

const PursuitPayFields    *pursuit_job_get_pay_groups      (guint                     *n_groups);
PursuitJobFields           pursuit_pay_fields_get_bits     (const PursuitPayFields    *group);

const PursuitJobFieldInfo *pursuit_job_field_get_info      (PursuitJobField            field);
const PursuitJobFieldInfo *pursuit_job_field_find          (const char                *name);
const char                *pursuit_job_field_get_label     (PursuitJobField            field);
gboolean                   pursuit_job_field_is_long_text  (PursuitJobField            field);
gboolean                   pursuit_job_field_is_detail     (PursuitJobField            field);

gboolean                   pursuit_job_field_parse         (PursuitJob                *job,
                                                            PursuitJobField            field,
                                                            const char                *text,
                                                            GError                   **error);
char                      *pursuit_job_field_format        (PursuitJob                *job,
                                                            PursuitJobField            field);
gboolean                   pursuit_job_field_check         (PursuitJob                *job,
                                                            PursuitJobField            field,
                                                            GError                   **error);

G_END_DECLS
