/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PURSUIT_CRASH_ERROR (pursuit_crash_error_quark ())

typedef enum
{
  PURSUIT_CRASH_ERROR_OPEN,
  PURSUIT_CRASH_ERROR_DAMAGED,
  PURSUIT_CRASH_ERROR_SEARCH_INDEX,
  PURSUIT_CRASH_ERROR_FOREIGN_KEY,
  PURSUIT_CRASH_ERROR_MOVES,
} PursuitCrashError;

/**
 * PursuitCrashJob:
 * @id: its row id
 * @stage_id: the stage it is in
 * @n_changes: the rows of its timeline
 *
 * A job as the crash test writes it and reads it back: the fields its
 * writers change, each checked whole after a kill.
 */
typedef struct
{
  gint64 id;
  char *company;
  char *title;
  char *location;
  char *notes;
  char *posting_text;
  gint64 stage_id;
  gint64 n_changes;
} PursuitCrashJob;

GQuark           pursuit_crash_error_quark  (void);

PursuitCrashJob *pursuit_crash_job_new      (void);
PursuitCrashJob *pursuit_crash_job_copy     (const PursuitCrashJob *job);
void             pursuit_crash_job_free     (PursuitCrashJob       *job);

gboolean         pursuit_crash_check_database (const char          *path,
                                               GError             **error);
GHashTable      *pursuit_crash_read_jobs    (const char            *path,
                                             GError               **error);
GHashTable      *pursuit_crash_jobs_copy    (GHashTable            *jobs);
char            *pursuit_crash_compare_jobs (GHashTable            *expected,
                                             GHashTable            *found);
gint64           pursuit_crash_count_rows   (const char            *path,
                                             const char            *sql,
                                             GError               **error);
void             pursuit_crash_remove_database (const char         *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitCrashJob, pursuit_crash_job_free)

G_END_DECLS
