/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-database.h"
#include "pursuit-repository.h"

G_BEGIN_DECLS

/* For repository code kept in its own file (contacts, interviews, stages):
 * the connection, to be used on the store's worker thread only, and the
 * current time's stage list to be reloaded after stages change, and the
 * writing of a new job. */
PursuitDatabase *pursuit_repository_get_database  (PursuitRepository  *self);
gboolean         pursuit_repository_reload_stages (PursuitRepository  *self,
                                                   GError            **error);
/* A new job's statements, prepared once for a batch. */
typedef struct
{
  sqlite3_stmt *job;
  sqlite3_stmt *texts;
} PursuitNewJobStatements;

gboolean         pursuit_repository_prepare_new_job (PursuitDatabase          *database,
                                                     gboolean                  make_texts_row,
                                                     PursuitNewJobStatements  *statements,
                                                     GError                  **error);
gboolean         pursuit_repository_write_new_job_with (PursuitDatabase          *database,
                                                        PursuitNewJobStatements  *statements,
                                                        PursuitJob               *job,
                                                        const char               *uuid,
                                                        gint64                    created_at,
                                                        gint64                    updated_at,
                                                        gint64                   *id,
                                                        GError                  **error);
gboolean         pursuit_repository_write_new_job (PursuitDatabase  *database,
                                                   PursuitJob       *job,
                                                   const char       *uuid,
                                                   gint64            created_at,
                                                   gint64            updated_at,
                                                   gboolean          make_texts_row,
                                                   gint64           *id,
                                                   GError          **error);
/* What tells that a listed job changed (pursuit-store-sync.c): its
 * updated_at and the values its read derives from other tables, folded
 * into one digest (pursuit_job_stamp_digest()): 8 bytes where the four
 * values took 32 (3.2 MB at 100,000 jobs, kept for good). Two different stamps
 * of one job have the same digest once in 2^63 changes. The digest's
 * lowest bit is PURSUIT_JOB_STAMP_UNSURE: a stamp that may not tell the
 * next change (see pursuit_repository_list_job_stamps()). */
#define PURSUIT_JOB_STAMP_UNSURE G_GUINT64_CONSTANT (1)

/* Jobs of consecutive ids, from @first_id, whose digests start at @first. */
typedef struct
{
  gint64 first_id;
  guint first;
} PursuitJobStampRun;

/* The stamps of every job, by id: the digests in one block of exactly their
 * size (a GArray would round 100,000 up to 131,072), and their ids as runs
 * of consecutive ids, as SQLite counts them up: 100,000 jobs of which none
 * was deleted are one run, and the stamps take 8 bytes a job instead of
 * 16. When gaps would make the runs take more room than the ids, the ids
 * are kept one by one (@ids). Read an id with pursuit_job_stamps_get_id(). */
typedef struct
{
  gatomicrefcount ref;
  guint len;
  guint n_runs;
  PursuitJobStampRun *runs;   /* NULL when @ids holds the ids */
  gint64 *ids;
  guint64 digests[];
} PursuitJobStamps;

PursuitJobStamps *pursuit_job_stamps_ref            (PursuitJobStamps   *stamps);
void             pursuit_job_stamps_unref           (PursuitJobStamps   *stamps);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitJobStamps, pursuit_job_stamps_unref)

guint64          pursuit_job_stamp_digest           (gint64              updated_at,
                                                     gint64              stage_entered_at,
                                                     gint64              next_interview_at,
                                                     gint64              n_documents);
PursuitJobStamps *pursuit_repository_list_job_stamps (PursuitRepository  *self,
                                                     gint64              unsure_from,
                                                     GError            **error);
const guint64   *pursuit_job_stamps_find            (PursuitJobStamps   *stamps,
                                                     gint64              id);
gint64           pursuit_job_stamps_get_id          (PursuitJobStamps   *stamps,
                                                     guint               index);
GPtrArray       *pursuit_repository_list_jobs_by_id (PursuitRepository  *self,
                                                     GArray             *ids,
                                                     GError            **error);
char            *pursuit_repository_build_fts_query (const char     *query);
GArray          *pursuit_repository_search_ids    (PursuitRepository  *self,
                                                   const char         *sql,
                                                   const char         *query,
                                                   GError            **error);
gboolean         pursuit_repository_send_linked_documents (PursuitDatabase  *database,
                                                           gint64            job_id,
                                                           gint64            now,
                                                           GError          **error);

/* The statement Insights steps through every job with
 * (pursuit-repository-insights.c), for the test of what it reads. */
const char      *pursuit_repository_insights_statement (void);

gboolean         pursuit_repository_row_exists    (PursuitDatabase  *database,
                                                   const char       *sql,
                                                   gint64            id,
                                                   gboolean         *exists,
                                                   GError          **error);
gboolean         pursuit_repository_check_job     (PursuitDatabase  *database,
                                                   gint64            job_id,
                                                   GError          **error);

G_END_DECLS
