/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-database.h"
#include "pursuit-error.h"
#include "pursuit-repository-documents.h"
#include "pursuit-repository-private.h"
#include "pursuit-uuid.h"

/* Prep notes and portal logins. A login's password is not here: the
 * keyring keeps it under the login's UUID (src/secrets/). A login no job
 * uses any more is deleted by a trigger (migration 8); the app then clears
 * the keyring of passwords whose UUID is not listed here. */

#define NOTE_COLUMNS "id, uuid, coalesce (job_id, 0), coalesce (interview_id, 0), title, body, created_at, updated_at"

#define LOGIN_SELECT \
  "SELECT l.id, l.uuid, l.company, l.url, l.user_name, l.created_at, l.updated_at, " \
  "(SELECT count (*) FROM job_logins WHERE login_id = l.id) FROM portal_logins l "

static PursuitDatabase *
database_of (PursuitRepository *self)
{
  return pursuit_repository_get_database (self);
}

/* Prep notes */

static PursuitPrepNote *
read_note (sqlite3_stmt *statement)
{
  PursuitPrepNote *note = pursuit_prep_note_new (sqlite3_column_int64 (statement, 2),
                                                 pursuit_database_column_text (statement, 4),
                                                 pursuit_database_column_text (statement, 5));

  note->id = sqlite3_column_int64 (statement, 0);
  pursuit_document_set_text (&note->uuid, pursuit_database_column_text (statement, 1));
  note->interview_id = sqlite3_column_int64 (statement, 3);
  note->created_at = sqlite3_column_int64 (statement, 6);
  note->updated_at = sqlite3_column_int64 (statement, 7);
  return note;
}

/**
 * pursuit_repository_list_notes:
 * @job_id: a job, or 0 for the general notes
 *
 * Returns: (transfer full) (element-type PursuitPrepNote): the job's notes
 *   (its interviews' included), oldest first
 */
GPtrArray *
pursuit_repository_list_notes (PursuitRepository  *self,
                               gint64              job_id,
                               GError            **error)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *statement;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  statement = pursuit_database_prepare (database_of (self),
                                        "SELECT " NOTE_COLUMNS " FROM prep_notes "
                                        "WHERE coalesce (job_id, 0) = ? ORDER BY created_at, id",
                                        error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, job_id);
  while ((step = pursuit_database_step (database_of (self), statement, error)) == SQLITE_ROW)
    g_ptr_array_add (notes, read_note (statement));
  if (step == 0)
    return NULL;

  sqlite3_reset (statement);
  return g_steal_pointer (&notes);
}

/**
 * pursuit_repository_find_note:
 *
 * Returns: (transfer full): the note, or %NULL with
 *   %PURSUIT_STORE_ERROR_NOT_FOUND
 */
PursuitPrepNote *
pursuit_repository_find_note (PursuitRepository  *self,
                              gint64              note_id,
                              GError            **error)
{
  PursuitPrepNote *note = NULL;
  sqlite3_stmt *statement;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  statement = pursuit_database_prepare (database_of (self),
                                        "SELECT " NOTE_COLUMNS " FROM prep_notes WHERE id = ?", error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, note_id);
  step = pursuit_database_step (database_of (self), statement, error);
  if (step == 0)
    return NULL;
  if (step == SQLITE_ROW)
    note = read_note (statement);
  sqlite3_reset (statement);

  if (note == NULL)
    g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                         _("The note no longer exists"));
  return note;
}

static void
bind_optional_id (sqlite3_stmt *statement,
                  int           parameter,
                  gint64        id)
{
  if (id > 0)
    sqlite3_bind_int64 (statement, parameter, id);
  else
    sqlite3_bind_null (statement, parameter);
}

/**
 * pursuit_repository_insert_note:
 *
 * Saves a new note; on success it carries its id and UUID. A note about an
 * interview belongs to the interview's job.
 */
gboolean
pursuit_repository_insert_note (PursuitRepository  *self,
                                PursuitPrepNote    *note,
                                gint64              now,
                                GError            **error)
{
  g_autofree char *uuid = pursuit_uuid_new ();
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_PREP_NOTE (note), FALSE);

  if (!pursuit_prep_note_validate (note, error))
    return FALSE;

  database = database_of (self);
  statement = pursuit_database_prepare (database,
                                        "INSERT INTO prep_notes (uuid, job_id, interview_id, title, body, "
                                        "created_at, updated_at) VALUES (?1, "
                                        "coalesce (?2, (SELECT job_id FROM interviews WHERE id = ?3)), "
                                        "?3, ?4, ?5, ?6, ?6)",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, uuid, -1, SQLITE_TRANSIENT);
  bind_optional_id (statement, 2, note->job_id);
  bind_optional_id (statement, 3, note->interview_id);
  sqlite3_bind_text (statement, 4, note->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 5, note->body, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 6, now);
  if (!pursuit_database_run (database, statement, error))
    return FALSE;

  note->id = pursuit_database_last_insert_id (database);
  pursuit_document_set_text (&note->uuid, uuid);
  note->created_at = note->updated_at = now;
  return TRUE;
}

/* Saves the note's title and body. */
gboolean
pursuit_repository_update_note (PursuitRepository  *self,
                                PursuitPrepNote    *note,
                                gint64              now,
                                GError            **error)
{
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_PREP_NOTE (note), FALSE);

  if (!pursuit_prep_note_validate (note, error))
    return FALSE;

  statement = pursuit_database_prepare (database_of (self),
                                        "UPDATE prep_notes SET title = ?, body = ?, updated_at = ? WHERE id = ?",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, note->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, note->body, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 3, now);
  sqlite3_bind_int64 (statement, 4, note->id);
  if (!pursuit_database_run (database_of (self), statement, error))
    return FALSE;

  if (pursuit_database_changes (database_of (self)) == 0)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                           _("The note no longer exists"));
      return FALSE;
    }

  note->updated_at = now;
  return TRUE;
}

gboolean
pursuit_repository_delete_note (PursuitRepository  *self,
                                gint64              note_id,
                                GError            **error)
{
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  statement = pursuit_database_prepare (database_of (self), "DELETE FROM prep_notes WHERE id = ?", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, note_id);
  return pursuit_database_run (database_of (self), statement, error);
}

/* Portal logins */

static PursuitPortalLogin *
read_login (sqlite3_stmt *statement)
{
  PursuitPortalLogin *login = pursuit_portal_login_new (pursuit_database_column_text (statement, 2));

  login->id = sqlite3_column_int64 (statement, 0);
  pursuit_document_set_text (&login->uuid, pursuit_database_column_text (statement, 1));
  pursuit_document_set_text (&login->url, pursuit_database_column_text (statement, 3));
  pursuit_document_set_text (&login->user_name, pursuit_database_column_text (statement, 4));
  login->created_at = sqlite3_column_int64 (statement, 5);
  login->updated_at = sqlite3_column_int64 (statement, 6);
  login->n_jobs = sqlite3_column_int (statement, 7);
  return login;
}

/**
 * pursuit_repository_find_job_login:
 *
 * Returns: (transfer full) (nullable): the job's login, or %NULL without
 *   an error when it has none
 */
PursuitPortalLogin *
pursuit_repository_find_job_login (PursuitRepository  *self,
                                   gint64              job_id,
                                   GError            **error)
{
  PursuitPortalLogin *login = NULL;
  sqlite3_stmt *statement;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  statement = pursuit_database_prepare (database_of (self),
                                        LOGIN_SELECT "JOIN job_logins jl ON jl.login_id = l.id WHERE jl.job_id = ?",
                                        error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, job_id);
  step = pursuit_database_step (database_of (self), statement, error);
  if (step == SQLITE_ROW)
    login = read_login (statement);
  if (step != 0)
    sqlite3_reset (statement);
  return login;
}

/**
 * pursuit_repository_list_logins:
 * @company: (nullable): only the logins of this company (compared without
 *   case), to share with another of its jobs; %NULL for all
 *
 * Returns: (transfer full) (element-type PursuitPortalLogin): the logins,
 *   by company
 */
GPtrArray *
pursuit_repository_list_logins (PursuitRepository  *self,
                                const char         *company,
                                GError            **error)
{
  g_autoptr(GPtrArray) logins = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *statement;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  statement = pursuit_database_prepare (database_of (self),
                                        LOGIN_SELECT "WHERE ?1 IS NULL OR l.company = ?1 COLLATE NOCASE "
                                        "ORDER BY l.company COLLATE NOCASE, l.id",
                                        error);
  if (statement == NULL)
    return NULL;

  if (company != NULL)
    sqlite3_bind_text (statement, 1, company, -1, SQLITE_TRANSIENT);
  while ((step = pursuit_database_step (database_of (self), statement, error)) == SQLITE_ROW)
    g_ptr_array_add (logins, read_login (statement));
  if (step == 0)
    return NULL;

  sqlite3_reset (statement);
  return g_steal_pointer (&logins);
}

/**
 * pursuit_repository_save_job_login:
 * @login: a new login (no id), saved and given its id and UUID; or one
 *   already saved (the job's, or another job's of the company, to share),
 *   whose address and user name are saved
 *
 * The job then uses @login, in place of any login it had.
 */
gboolean
pursuit_repository_save_job_login (PursuitRepository   *self,
                                   gint64               job_id,
                                   PursuitPortalLogin  *login,
                                   gint64               now,
                                   GError             **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  g_autofree char *uuid = NULL;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_PORTAL_LOGIN (login), FALSE);

  if (!pursuit_portal_login_validate (login, error))
    return FALSE;

  database = database_of (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  if (login->id == 0)
    {
      uuid = pursuit_uuid_new ();
      statement = pursuit_database_prepare (database,
                                            "INSERT INTO portal_logins (uuid, company, url, user_name, created_at, "
                                            "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                                            error);
      if (statement == NULL)
        goto failed;
      sqlite3_bind_text (statement, 1, uuid, -1, SQLITE_TRANSIENT);
    }
  else
    {
      statement = pursuit_database_prepare (database,
                                            "UPDATE portal_logins SET company = ?2, url = ?3, user_name = ?4, "
                                            "updated_at = ?5 WHERE id = ?6",
                                            error);
      if (statement == NULL)
        goto failed;
      sqlite3_bind_int64 (statement, 6, login->id);
    }

  sqlite3_bind_text (statement, 2, login->company, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, login->url, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 4, login->user_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 5, now);
  if (!pursuit_database_run (database, statement, error))
    goto failed;

  if (login->id == 0)
    {
      login->id = pursuit_database_last_insert_id (database);
      pursuit_document_set_text (&login->uuid, uuid);
      login->created_at = now;
    }
  else if (pursuit_database_changes (database) == 0)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                           _("The login no longer exists"));
      goto failed;
    }
  login->updated_at = now;

  /* An update, not a replace: a replace deletes the row first, and its
   * trigger would take a shared login away from the other jobs. */
  statement = pursuit_database_prepare (database,
                                        "INSERT INTO job_logins (job_id, login_id) VALUES (?1, ?2) "
                                        "ON CONFLICT (job_id) DO UPDATE SET login_id = ?2",
                                        error);
  if (statement == NULL)
    goto failed;
  sqlite3_bind_int64 (statement, 1, job_id);
  sqlite3_bind_int64 (statement, 2, login->id);
  if (!pursuit_database_run (database, statement, error) ||
      !pursuit_database_commit (database, error))
    goto failed;

  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/**
 * pursuit_repository_remove_job_login:
 *
 * The job no longer uses its login; a login no job uses is deleted.
 */
gboolean
pursuit_repository_remove_job_login (PursuitRepository  *self,
                                     gint64              job_id,
                                     GError            **error)
{
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  statement = pursuit_database_prepare (database_of (self), "DELETE FROM job_logins WHERE job_id = ?", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, job_id);
  return pursuit_database_run (database_of (self), statement, error);
}

/**
 * pursuit_repository_list_login_uuids:
 *
 * Returns: (transfer full) (element-type utf8): the UUID of every login,
 *   to tell the keyring's passwords that belong to none
 */
GPtrArray *
pursuit_repository_list_login_uuids (PursuitRepository  *self,
                                     GError            **error)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *statement;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  statement = pursuit_database_prepare (database_of (self), "SELECT uuid FROM portal_logins ORDER BY uuid", error);
  if (statement == NULL)
    return NULL;

  while ((step = pursuit_database_step (database_of (self), statement, error)) == SQLITE_ROW)
    g_ptr_array_add (uuids, g_strdup (pursuit_database_column_text (statement, 0)));
  if (step == 0)
    return NULL;

  sqlite3_reset (statement);
  return g_steal_pointer (&uuids);
}
