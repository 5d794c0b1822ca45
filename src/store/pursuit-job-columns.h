/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "pursuit-job.h"

G_BEGIN_DECLS

/* The SQL of jobs, made once from the table of job fields
 * (src/core/pursuit-job-fields.c): each field is a column of the same name
 * (with "_" for "-"), in the jobs table, or in job_texts for long texts.
 * Private to the repository. */

/* Which of the job's tables a statement writes. */
typedef enum
{
  PURSUIT_JOB_TABLE_JOBS,
  PURSUIT_JOB_TABLE_TEXTS,
} PursuitJobTable;

/* Read: "SELECT <columns> FROM <tables>"; add "WHERE …". Parameter ?1 is
 * the current time (for the next interview). With the long texts, the job
 * is read whole; without them, as lists read it. */
char             *pursuit_job_columns_dup_name     (PursuitJobField   field);
const char       *pursuit_job_columns_select       (gboolean          with_long_texts);
const char       *pursuit_job_columns_stamps_select (void);
PursuitJob       *pursuit_job_columns_read         (sqlite3_stmt     *statement,
                                                    gboolean          with_long_texts,
                                                    GPtrArray        *stages);

/* Write: the INSERT of a new job's row in jobs (its long texts then go
 * with pursuit_job_columns_update_sql (…, PURSUIT_JOB_TABLE_TEXTS)), the
 * fields first, then uuid, created_at, updated_at. */
const char       *pursuit_job_columns_insert_sql   (void);
int               pursuit_job_columns_n_insert_fields (void);
const char       *pursuit_job_columns_insert_texts_sql (void);

/* "UPDATE jobs SET <fields>, updated_at = ? WHERE id = ?" or
 * "UPDATE job_texts SET <fields> WHERE job_id = ?", for the fields of
 * @fields kept in @table; %NULL when there are none. */
char             *pursuit_job_columns_update_sql   (PursuitJobFields  fields,
                                                    PursuitJobTable   table);
PursuitJobFields  pursuit_job_columns_in_table     (PursuitJobFields  fields,
                                                    PursuitJobTable   table);

/* Binds @job's values of @fields kept in @table, in table order, from
 * parameter @first on; returns the next parameter. */
int               pursuit_job_columns_bind         (sqlite3_stmt     *statement,
                                                    int               first,
                                                    PursuitJob       *job,
                                                    PursuitJobFields  fields,
                                                    PursuitJobTable   table);

G_END_DECLS
