/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-repository.h"

G_BEGIN_DECLS

/* What a batch (pursuit-repository-bulk.c) runs besides its rows, here for
 * pursuit-csv-bench, which times the same statements in the sqlite3 shell.
 *
 * The triggers that make a new job's texts row and index its words as the
 * row is made and filled (schema 4), and sum up its moves (schema 9). A
 * batch sets them aside inside its transaction, writes each texts row
 * whole, and indexes its jobs in one statement before the commit: row by
 * row, FTS5 indexed every job's words twice and took one out again, which
 * was most of an import's time. Their text is read back from the file, so
 * they come back exactly as the migrations made them. */
#define PURSUIT_BULK_TRIGGERS \
  "jobs_after_insert", \
  "job_texts_fts_after_insert", \
  "job_texts_fts_after_update", \
  "stage_history_moves_after_insert"

/* For the jobs of ids from ?1 up: the timeline of each job given none (it
 * entered its stage when it was made), in one statement rather than a step
 * a job; their words indexed and their moves summed up, as the triggers
 * would have. */
#define PURSUIT_BULK_START_NEW_TIMELINES_SQL \
  "INSERT INTO stage_history (job_id, stage_id, entered_at, note)" \
  " SELECT id, stage_id, created_at, '' FROM jobs WHERE id >= ?1" \
  " AND NOT EXISTS (SELECT 1 FROM stage_history WHERE job_id = jobs.id) ORDER BY id"
#define PURSUIT_BULK_INDEX_NEW_JOBS_SQL \
  "INSERT INTO jobs_fts (rowid, company, title, location, posting_text, notes)" \
  " SELECT id, company, title, location, posting_text, notes FROM jobs_fts_content WHERE id >= ?1"
#define PURSUIT_BULK_SUM_UP_NEW_MOVES_SQL \
  "INSERT OR REPLACE INTO job_moves SELECT * FROM job_moves_of_history WHERE job_id >= ?1"

/* How much of the new index FTS5 holds in memory before writing it out, in
 * bytes (?1), while it indexes a batch; then FTS5's default again (the
 * setting is kept in the file, and rolled back with a failed batch). With
 * the default of 1 MiB, 100,000 jobs were written out in many small pieces
 * that it then merged: about 0.1-0.2 s more. The memory is given back at
 * the commit. */
#define PURSUIT_BULK_SET_FTS_HASH_SIZE_SQL "INSERT INTO jobs_fts (jobs_fts, rank) VALUES ('hashsize', ?1)"
#define PURSUIT_BULK_FTS_HASH_BYTES (64 * 1024 * 1024)
#define PURSUIT_BULK_DEFAULT_FTS_HASH_BYTES (1024 * 1024)

gboolean pursuit_repository_import_jobs (PursuitRepository  *self,
                                         GPtrArray          *jobs,
                                         GPtrArray          *timelines,
                                         gint64              now,
                                         GError            **error);

GHashTable *pursuit_repository_list_identity_keys (PursuitRepository  *self,
                                                  GError            **error);
GPtrArray  *pursuit_repository_import_drafts      (PursuitRepository  *self,
                                                  GPtrArray          *drafts,
                                                  GArray             *kinds,
                                                  gboolean            skip_duplicates,
                                                  GArray            **skipped,
                                                  gint64              now,
                                                  GError            **error);
gboolean    pursuit_repository_delete_jobs        (PursuitRepository  *self,
                                                  GArray             *ids,
                                                  GError            **error);

G_END_DECLS
