/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "pursuit-database.h"
#include "pursuit-error.h"
#include "pursuit-repository-private.h"
#include "pursuit-repository-stages.h"

/* Writes to the pipeline (stages) and to jobs' timelines. Like the rest of
 * the repository this runs on the store's worker thread or in pursuit-cli,
 * and every write is one transaction. */

/* Long enough for any sensible name, short enough for a board column. */
#define MAX_STAGE_NAME_LENGTH 60

static PursuitStage *
find_stage_by_id (GPtrArray *stages,
                  gint64     id)
{
  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);

      if (pursuit_stage_get_id (stage) == id)
        return stage;
    }
  return NULL;
}

static gboolean
set_stage_not_found (GError **error)
{
  g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                       _("There is no such stage"));
  return FALSE;
}

static gboolean
is_all_digits (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
    }
  return TRUE;
}

/* Turns what the user typed into the name to store: NULL for "the kind's
 * own name", so that it stays translated. Names must stay unique, since
 * pursuit-cli and the user tell stages apart by name, and must not look
 * like a stage number for the same reason. */
static gboolean
normalize_stage_name (GPtrArray         *stages,
                      gint64             stage_id,
                      PursuitStageKind   kind,
                      const char        *custom_name,
                      char             **normalized,
                      GError           **error)
{
  g_autofree char *name = NULL;
  g_autofree char *wanted = NULL;
  const char *shown;

  if (custom_name != NULL && !g_utf8_validate (custom_name, -1, NULL))
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The text is not valid UTF-8"));
      return FALSE;
    }

  name = g_strstrip (g_strdup (custom_name != NULL ? custom_name : ""));
  if (name[0] == '\0' || g_str_equal (name, pursuit_stage_kind_get_default_name (kind)))
    g_clear_pointer (&name, g_free);

  if (name != NULL && g_utf8_strlen (name, -1) > MAX_STAGE_NAME_LENGTH)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A stage name can have at most %d character",
                                "A stage name can have at most %d characters",
                                MAX_STAGE_NAME_LENGTH),
                   MAX_STAGE_NAME_LENGTH);
      return FALSE;
    }

  if (name != NULL && is_all_digits (name))
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("A stage name cannot be only a number"));
      return FALSE;
    }

  shown = name != NULL ? name : pursuit_stage_kind_get_default_name (kind);
  wanted = g_utf8_casefold (shown, -1);
  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *other = g_ptr_array_index (stages, i);
      g_autofree char *other_name = NULL;

      if (pursuit_stage_get_id (other) == stage_id)
        continue;

      other_name = g_utf8_casefold (pursuit_stage_get_name (other), -1);
      if (g_str_equal (other_name, wanted))
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("Another stage is already called “%s”"), shown);
          return FALSE;
        }
    }

  *normalized = g_steal_pointer (&name);
  return TRUE;
}

static void
bind_name (sqlite3_stmt *statement,
           int           column,
           const char   *name)
{
  if (name == NULL)
    sqlite3_bind_null (statement, column);
  else
    sqlite3_bind_text (statement, column, name, -1, SQLITE_TRANSIENT);
}

/* Commits, then brings the repository's stage list up to date. */
static gboolean
commit_stages (PursuitRepository  *self,
               GError            **error)
{
  PursuitDatabase *database = pursuit_repository_get_database (self);

  if (!pursuit_database_commit (database, error))
    return FALSE;

  return pursuit_repository_reload_stages (self, error);
}

/**
 * pursuit_repository_rename_stage:
 * @custom_name: (nullable): the new name; %NULL or blank gives the stage back
 *   the name of its kind
 */
gboolean
pursuit_repository_rename_stage (PursuitRepository  *self,
                                 gint64              stage_id,
                                 const char         *custom_name,
                                 GError            **error)
{
  g_autoptr(GPtrArray) stages = NULL;
  g_autofree char *name = NULL;
  PursuitDatabase *database;
  PursuitStage *stage;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  stages = pursuit_repository_list_stages (self);
  stage = find_stage_by_id (stages, stage_id);
  if (stage == NULL)
    return set_stage_not_found (error);

  if (!normalize_stage_name (stages, stage_id, pursuit_stage_get_kind (stage),
                             custom_name, &name, error))
    return FALSE;

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  statement = pursuit_database_prepare (database,
                                        "UPDATE stages SET custom_name = ? WHERE id = ?",
                                        error);
  if (statement == NULL)
    goto failed;

  bind_name (statement, 1, name);
  sqlite3_bind_int64 (statement, 2, stage_id);
  if (!pursuit_database_run (database, statement, error))
    goto failed;

  return commit_stages (self, error);

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/**
 * pursuit_repository_add_stage:
 * @custom_name: (nullable): its name; %NULL or blank for the kind's name
 *
 * Adds a shown stage at the end of the pipeline.
 *
 * Returns: the new stage's id, or 0 with @error set
 */
gint64
pursuit_repository_add_stage (PursuitRepository  *self,
                              PursuitStageKind    kind,
                              const char         *custom_name,
                              GError            **error)
{
  g_autoptr(GPtrArray) stages = NULL;
  g_autofree char *name = NULL;
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  gint64 id;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), 0);

  if ((int) kind < 0 || kind > PURSUIT_STAGE_KIND_LAST)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("There is no such kind of stage"));
      return 0;
    }

  stages = pursuit_repository_list_stages (self);
  if (!normalize_stage_name (stages, 0, kind, custom_name, &name, error))
    return 0;

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return 0;

  statement = pursuit_database_prepare (database,
                                        "INSERT INTO stages (kind, custom_name, position, hidden) "
                                        "VALUES (?, ?, (SELECT coalesce (max (position), -1) + 1 FROM stages), 0)",
                                        error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_int (statement, 1, kind);
  bind_name (statement, 2, name);
  if (!pursuit_database_run (database, statement, error))
    goto failed;

  id = pursuit_database_last_insert_id (database);
  if (!commit_stages (self, error))
    return 0;

  return id;

failed:
  pursuit_database_rollback (database);
  return 0;
}

/**
 * pursuit_repository_move_stage:
 * @position: where the stage goes, counted from 0; past the end means last
 *
 * Every stage's position is rewritten, so they stay 0, 1, 2...
 */
gboolean
pursuit_repository_move_stage (PursuitRepository  *self,
                               gint64              stage_id,
                               guint               position,
                               GError            **error)
{
  g_autoptr(GPtrArray) stages = NULL;
  PursuitDatabase *database;
  PursuitStage *stage;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  stages = pursuit_repository_list_stages (self);
  stage = find_stage_by_id (stages, stage_id);
  if (stage == NULL)
    return set_stage_not_found (error);

  g_object_ref (stage);
  g_ptr_array_remove (stages, stage);
  g_ptr_array_insert (stages, MIN (position, stages->len), stage);

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *item = g_ptr_array_index (stages, i);
      sqlite3_stmt *statement;

      if (pursuit_stage_get_position (item) == (int) i)
        continue;

      statement = pursuit_database_prepare (database,
                                            "UPDATE stages SET position = ? WHERE id = ?",
                                            error);
      if (statement == NULL)
        goto failed;

      sqlite3_bind_int (statement, 1, (int) i);
      sqlite3_bind_int64 (statement, 2, pursuit_stage_get_id (item));
      if (!pursuit_database_run (database, statement, error))
        goto failed;
    }

  return commit_stages (self, error);

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/**
 * pursuit_repository_set_stage_hidden:
 *
 * A hidden stage leaves the board and the choices for new jobs; jobs in it
 * keep it. The last shown stage cannot be hidden: new jobs need one.
 */
gboolean
pursuit_repository_set_stage_hidden (PursuitRepository  *self,
                                     gint64              stage_id,
                                     gboolean            hidden,
                                     GError            **error)
{
  g_autoptr(GPtrArray) stages = NULL;
  PursuitDatabase *database;
  PursuitStage *stage;
  sqlite3_stmt *statement;
  guint n_shown = 0;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  stages = pursuit_repository_list_stages (self);
  stage = find_stage_by_id (stages, stage_id);
  if (stage == NULL)
    return set_stage_not_found (error);

  hidden = !!hidden;
  if (pursuit_stage_get_hidden (stage) == hidden)
    return TRUE;

  for (guint i = 0; i < stages->len; i++)
    {
      if (!pursuit_stage_get_hidden (g_ptr_array_index (stages, i)))
        n_shown++;
    }

  if (hidden && n_shown <= 1)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("At least one stage must stay shown"));
      return FALSE;
    }

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  statement = pursuit_database_prepare (database, "UPDATE stages SET hidden = ? WHERE id = ?", error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_int (statement, 1, hidden ? 1 : 0);
  sqlite3_bind_int64 (statement, 2, stage_id);
  if (!pursuit_database_run (database, statement, error))
    goto failed;

  return commit_stages (self, error);

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/* Timeline */

static gboolean
check_entry_values (gint64       entered_at,
                    const char  *note,
                    gint64       now,
                    GError     **error)
{
  if (note != NULL && !g_utf8_validate (note, -1, NULL))
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The text is not valid UTF-8"));
      return FALSE;
    }

  /* Moves are recorded at the time they happen, so a later one could never
   * become the latest entry if an earlier one were dated ahead of it. */
  if (entered_at <= 0 || entered_at > now)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("A stage change cannot be dated in the future"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_entry_job (PursuitDatabase  *database,
                gint64            change_id,
                gint64           *job_id,
                GError          **error)
{
  sqlite3_stmt *statement;
  int step;

  statement = pursuit_database_prepare (database,
                                        "SELECT job_id FROM stage_history WHERE id = ?",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, change_id);
  step = pursuit_database_step (database, statement, error);
  if (step == 0)
    return FALSE;

  if (step == SQLITE_DONE)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                           _("This timeline entry no longer exists"));
      return FALSE;
    }

  *job_id = sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);
  return TRUE;
}

static gboolean
count_entries (PursuitDatabase  *database,
               gint64            job_id,
               gint64           *count,
               GError          **error)
{
  sqlite3_stmt *statement;
  int step;

  statement = pursuit_database_prepare (database,
                                        "SELECT count(*) FROM stage_history WHERE job_id = ?",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, job_id);
  step = pursuit_database_step (database, statement, error);
  if (step == 0)
    return FALSE;

  *count = step == SQLITE_ROW ? sqlite3_column_int64 (statement, 0) : 0;
  sqlite3_reset (statement);
  return TRUE;
}

/* The job's stage is the one of the last move made (the newest entry, not
 * the latest date): correcting a date never moves the job; removing the
 * last move puts it back where it was before. */
static gboolean
follow_last_move (PursuitDatabase  *database,
                     gint64            job_id,
                     gint64            now,
                     GError          **error)
{
  sqlite3_stmt *statement;
  gint64 stage_id;
  int step;

  statement = pursuit_database_prepare (database,
                                        "SELECT stage_id FROM stage_history WHERE job_id = ? "
                                        "ORDER BY id DESC LIMIT 1",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, job_id);
  step = pursuit_database_step (database, statement, error);
  if (step == 0)
    return FALSE;

  if (step == SQLITE_DONE)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("A job’s timeline cannot be empty"));
      return FALSE;
    }

  stage_id = sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);

  statement = pursuit_database_prepare (database,
                                        "UPDATE jobs SET stage_id = ?, updated_at = ? WHERE id = ?",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, stage_id);
  sqlite3_bind_int64 (statement, 2, now);
  sqlite3_bind_int64 (statement, 3, job_id);
  return pursuit_database_run (database, statement, error);
}

/**
 * pursuit_repository_update_stage_change:
 * @entered_at: when the job really entered the stage, in seconds since 1970
 * @note: (nullable): the entry's note
 *
 * Corrects a timeline entry.
 */
gboolean
pursuit_repository_update_stage_change (PursuitRepository  *self,
                                        gint64              change_id,
                                        gint64              entered_at,
                                        const char         *note,
                                        gint64              now,
                                        GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  gint64 job_id = 0;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  if (!check_entry_values (entered_at, note, now, error))
    return FALSE;

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  if (!read_entry_job (database, change_id, &job_id, error))
    goto failed;

  statement = pursuit_database_prepare (database,
                                        "UPDATE stage_history SET entered_at = ?, note = ? WHERE id = ?",
                                        error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_int64 (statement, 1, entered_at);
  sqlite3_bind_text (statement, 2, note != NULL ? note : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 3, change_id);
  if (!pursuit_database_run (database, statement, error) ||
      !follow_last_move (database, job_id, now, error) ||
      !pursuit_database_commit (database, error))
    goto failed;

  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/**
 * pursuit_repository_delete_stage_change:
 *
 * Removes a wrong timeline entry. A job's only entry is refused: every job
 * is in some stage since some time.
 */
gboolean
pursuit_repository_delete_stage_change (PursuitRepository  *self,
                                        gint64              change_id,
                                        gint64              now,
                                        GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  gint64 job_id = 0;
  gint64 count = 0;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  if (!read_entry_job (database, change_id, &job_id, error) ||
      !count_entries (database, job_id, &count, error))
    goto failed;

  if (count <= 1)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("This is the job’s only timeline entry, so it cannot be removed. "
                             "Edit its date instead."));
      goto failed;
    }

  statement = pursuit_database_prepare (database, "DELETE FROM stage_history WHERE id = ?", error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_int64 (statement, 1, change_id);
  if (!pursuit_database_run (database, statement, error) ||
      !follow_last_move (database, job_id, now, error) ||
      !pursuit_database_commit (database, error))
    goto failed;

  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

static gboolean
check_job_exists (PursuitDatabase  *database,
                  gint64            job_id,
                  GError          **error)
{
  sqlite3_stmt *statement;
  int step;

  statement = pursuit_database_prepare (database,
                                        "SELECT 1 FROM jobs WHERE id = ? AND trashed_at IS NULL",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, job_id);
  step = pursuit_database_step (database, statement, error);
  sqlite3_reset (statement);
  if (step == 0)
    return FALSE;

  if (step == SQLITE_DONE)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no job %" PRId64), job_id);
      return FALSE;
    }

  return TRUE;
}

/**
 * pursuit_repository_insert_stage_change:
 * @change: the entry; its id is ignored
 *
 * Adds an entry to a job's timeline as it is, for instance to undo
 * pursuit_repository_delete_stage_change().
 *
 * Returns: the new entry's id, or 0 with @error set
 */
gint64
pursuit_repository_insert_stage_change (PursuitRepository         *self,
                                        const PursuitStageChange  *change,
                                        gint64                     now,
                                        GError                   **error)
{
  g_autoptr(GPtrArray) stages = NULL;
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  gint64 id;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), 0);
  g_return_val_if_fail (change != NULL, 0);

  if (!check_entry_values (change->entered_at, change->note, now, error))
    return 0;

  stages = pursuit_repository_list_stages (self);
  if (find_stage_by_id (stages, change->stage_id) == NULL)
    {
      set_stage_not_found (error);
      return 0;
    }

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return 0;

  if (!check_job_exists (database, change->job_id, error))
    goto failed;

  /* An entry put back takes its old place (its id) when that is free, so
   * the order of the moves, which gives the stage, is as it was. */
  statement = pursuit_database_prepare (database,
                                        "INSERT INTO stage_history (id, job_id, stage_id, entered_at, note) "
                                        "VALUES ((SELECT ?5 WHERE ?5 > 0 AND NOT EXISTS "
                                        "         (SELECT 1 FROM stage_history WHERE id = ?5)), "
                                        "        ?1, ?2, ?3, ?4)",
                                        error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_int64 (statement, 1, change->job_id);
  sqlite3_bind_int64 (statement, 2, change->stage_id);
  sqlite3_bind_int64 (statement, 3, change->entered_at);
  sqlite3_bind_text (statement, 4, change->note != NULL ? change->note : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 5, change->id);
  if (!pursuit_database_run (database, statement, error))
    goto failed;

  id = pursuit_database_last_insert_id (database);
  if (!follow_last_move (database, change->job_id, now, error) ||
      !pursuit_database_commit (database, error))
    goto failed;

  return id;

failed:
  pursuit_database_rollback (database);
  return 0;
}
