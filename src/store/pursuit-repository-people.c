/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "pursuit-database.h"
#include "pursuit-error.h"
#include "pursuit-repository-people.h"
#include "pursuit-repository-private.h"
#include "pursuit-uuid.h"

/* Contacts and interviews. A contact belongs to a company and outlives the
 * jobs it is linked to: deleting a job removes its links (ON DELETE CASCADE
 * on job_contacts), its interviews and their interviewer links, never a
 * contact. Every write of more than one row runs in one transaction. */

#define CONTACT_COLUMNS \
  "contacts.id, contacts.uuid, contacts.company, contacts.name, contacts.role, contacts.email, " \
  "contacts.phone, contacts.profile_url, contacts.notes, contacts.created_at, contacts.updated_at"

#define INTERVIEW_COLUMNS \
  "id, job_id, starts_at, time_zone, duration_minutes, kind, location, notes, outcome, " \
  "created_at, updated_at, assessment, score"

static void set_not_found (GError     **error,
                           const char  *format,
                           ...) G_GNUC_PRINTF (2, 3);

static void
set_not_found (GError     **error,
               const char  *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND, message);
}

/* Whether @sql, with @id bound, finds a row. */
gboolean
pursuit_repository_row_exists (PursuitDatabase  *database,
                               const char       *sql,
                               gint64            id,
                               gboolean         *exists,
                               GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database, sql, error);
  int step;

  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, id);
  step = pursuit_database_step (database, statement, error);
  if (step == 0)
    return FALSE;

  *exists = step == SQLITE_ROW;
  sqlite3_reset (statement);
  return TRUE;
}

/* FALSE, with "There is no job N", unless @job_id is a job out of the trash. */
gboolean
pursuit_repository_check_job (PursuitDatabase  *database,
                              gint64            job_id,
                              GError          **error)
{
  gboolean exists = FALSE;

  if (!pursuit_repository_row_exists (database, "SELECT 1 FROM jobs WHERE id = ? AND trashed_at IS NULL",
                                      job_id, &exists, error))
    return FALSE;

  if (!exists)
    {
      set_not_found (error, _("There is no job %" PRId64), job_id);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_contact (PursuitDatabase  *database,
               gint64            contact_id,
               GError          **error)
{
  gboolean exists = FALSE;

  if (!pursuit_repository_row_exists (database, "SELECT 1 FROM contacts WHERE id = ?", contact_id, &exists,
                                      error))
    return FALSE;

  if (!exists)
    {
      set_not_found (error, _("There is no contact %" PRId64), contact_id);
      return FALSE;
    }
  return TRUE;
}

/* An interview is news about its job: it moves up the recently-updated list. */
static gboolean
touch_job (PursuitDatabase  *database,
           gint64            job_id,
           gint64            now,
           GError          **error)
{
  sqlite3_stmt *statement;

  statement = pursuit_database_prepare (database,
                                        "UPDATE jobs SET updated_at = ? WHERE id = ? AND trashed_at IS NULL",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, now);
  sqlite3_bind_int64 (statement, 2, job_id);
  if (!pursuit_database_run (database, statement, error))
    return FALSE;

  if (pursuit_database_changes (database) == 0)
    {
      set_not_found (error, _("There is no job %" PRId64), job_id);
      return FALSE;
    }
  return TRUE;
}

/* Contacts */

static PursuitContact *
contact_from_row (sqlite3_stmt *statement)
{
  PursuitContact *contact = pursuit_contact_new ();

  pursuit_contact_set_id (contact, sqlite3_column_int64 (statement, 0));
  pursuit_contact_set_uuid (contact, pursuit_database_column_text (statement, 1));
  pursuit_contact_set_company (contact, pursuit_database_column_text (statement, 2));
  pursuit_contact_set_name (contact, pursuit_database_column_text (statement, 3));
  pursuit_contact_set_role (contact, pursuit_database_column_text (statement, 4));
  pursuit_contact_set_email (contact, pursuit_database_column_text (statement, 5));
  pursuit_contact_set_phone (contact, pursuit_database_column_text (statement, 6));
  pursuit_contact_set_profile_url (contact, pursuit_database_column_text (statement, 7));
  pursuit_contact_set_notes (contact, pursuit_database_column_text (statement, 8));
  pursuit_contact_set_created_at (contact, sqlite3_column_int64 (statement, 9));
  pursuit_contact_set_updated_at (contact, sqlite3_column_int64 (statement, 10));
  return contact;
}

/* Steps a prepared query of CONTACT_COLUMNS to its end. */
static GPtrArray *
collect_contacts (PursuitDatabase  *database,
                  sqlite3_stmt     *statement,
                  GError          **error)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  int step;

  while ((step = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    g_ptr_array_add (contacts, contact_from_row (statement));

  if (step == 0)
    return NULL;

  sqlite3_reset (statement);
  return g_steal_pointer (&contacts);
}

/* Binds company, name, role, email, phone, profile_url, notes to 1-7. */
static void
bind_contact_fields (sqlite3_stmt   *statement,
                     PursuitContact *contact)
{
  sqlite3_bind_text (statement, 1, pursuit_contact_get_company (contact), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, pursuit_contact_get_name (contact), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, pursuit_contact_get_role (contact), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 4, pursuit_contact_get_email (contact), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 5, pursuit_contact_get_phone (contact), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 6, pursuit_contact_get_profile_url (contact), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 7, pursuit_contact_get_notes (contact), -1, SQLITE_TRANSIENT);
}

static gboolean
insert_link (PursuitDatabase  *database,
             gint64            job_id,
             gint64            contact_id,
             GError          **error)
{
  sqlite3_stmt *statement;

  statement = pursuit_database_prepare (database,
                                        "INSERT OR IGNORE INTO job_contacts (job_id, contact_id) VALUES (?, ?)",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, job_id);
  sqlite3_bind_int64 (statement, 2, contact_id);
  return pursuit_database_run (database, statement, error);
}

/**
 * pursuit_repository_insert_contact:
 * @link_job_id: a job to link the new contact to, or 0
 *
 * Saves a new contact, and its link to @link_job_id, together. On success
 * @contact carries its id, UUID (made here unless it had one) and times.
 */
gboolean
pursuit_repository_insert_contact (PursuitRepository  *self,
                                   PursuitContact     *contact,
                                   gint64              link_job_id,
                                   gint64              now,
                                   GError            **error)
{
  PursuitDatabase *database;
  g_autofree char *uuid = NULL;
  sqlite3_stmt *statement;
  gint64 id;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (link_job_id >= 0, FALSE);

  if (!pursuit_contact_validate (contact, error))
    return FALSE;

  uuid = g_strdup (pursuit_contact_get_uuid (contact));
  if (uuid[0] == '\0')
    {
      g_free (uuid);
      uuid = pursuit_uuid_new ();
    }
  else if (!g_uuid_string_is_valid (uuid))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("“%s” is not a valid UUID"), uuid);
      return FALSE;
    }

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  if (link_job_id > 0 && !pursuit_repository_check_job (database, link_job_id, error))
    goto failed;

  statement = pursuit_database_prepare (database,
                                        "INSERT INTO contacts (company, name, role, email, phone, profile_url, "
                                        "notes, uuid, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                        error);
  if (statement == NULL)
    goto failed;

  bind_contact_fields (statement, contact);
  sqlite3_bind_text (statement, 8, uuid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 9, now);
  sqlite3_bind_int64 (statement, 10, now);
  if (!pursuit_database_run (database, statement, error))
    goto failed;

  id = pursuit_database_last_insert_id (database);

  if (link_job_id > 0 && !insert_link (database, link_job_id, id, error))
    goto failed;

  if (!pursuit_database_commit (database, error))
    goto failed;

  pursuit_contact_set_id (contact, id);
  pursuit_contact_set_uuid (contact, uuid);
  pursuit_contact_set_created_at (contact, now);
  pursuit_contact_set_updated_at (contact, now);
  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/* Saves every field of @contact; on success it carries the new update time. */
gboolean
pursuit_repository_update_contact (PursuitRepository  *self,
                                   PursuitContact     *contact,
                                   gint64              now,
                                   GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_CONTACT (contact), FALSE);

  if (!pursuit_contact_validate (contact, error))
    return FALSE;

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "UPDATE contacts SET company = ?, name = ?, role = ?, email = ?, "
                                        "phone = ?, profile_url = ?, notes = ?, updated_at = ? WHERE id = ?",
                                        error);
  if (statement == NULL)
    return FALSE;

  bind_contact_fields (statement, contact);
  sqlite3_bind_int64 (statement, 8, now);
  sqlite3_bind_int64 (statement, 9, pursuit_contact_get_id (contact));
  if (!pursuit_database_run (database, statement, error))
    return FALSE;

  if (pursuit_database_changes (database) == 0)
    {
      set_not_found (error, _("There is no contact %" PRId64), pursuit_contact_get_id (contact));
      return FALSE;
    }

  pursuit_contact_set_updated_at (contact, now);
  return TRUE;
}

/* Deletes the contact everywhere: its links to jobs and interviews go with it. */
gboolean
pursuit_repository_delete_contact (PursuitRepository  *self,
                                   gint64              contact_id,
                                   GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database, "DELETE FROM contacts WHERE id = ?", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, contact_id);
  if (!pursuit_database_run (database, statement, error))
    return FALSE;

  if (pursuit_database_changes (database) == 0)
    {
      set_not_found (error, _("There is no contact %" PRId64), contact_id);
      return FALSE;
    }
  return TRUE;
}

/**
 * pursuit_repository_find_contact:
 * @id_or_uuid: the contact's number or its UUID
 *
 * Returns: (transfer full): the contact, or %NULL with %PURSUIT_STORE_ERROR_NOT_FOUND
 */
PursuitContact *
pursuit_repository_find_contact (PursuitRepository  *self,
                                 const char         *id_or_uuid,
                                 GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  PursuitContact *contact = NULL;
  guint64 id;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (id_or_uuid != NULL, NULL);

  database = pursuit_repository_get_database (self);
  if (g_ascii_string_to_unsigned (id_or_uuid, 10, 1, G_MAXINT64, &id, NULL))
    {
      statement = pursuit_database_prepare (database,
                                            "SELECT " CONTACT_COLUMNS " FROM contacts WHERE id = ?",
                                            error);
      if (statement == NULL)
        return NULL;
      sqlite3_bind_int64 (statement, 1, (gint64) id);
    }
  else
    {
      statement = pursuit_database_prepare (database,
                                            "SELECT " CONTACT_COLUMNS " FROM contacts WHERE uuid = ?",
                                            error);
      if (statement == NULL)
        return NULL;
      sqlite3_bind_text (statement, 1, id_or_uuid, -1, SQLITE_TRANSIENT);
    }

  step = pursuit_database_step (database, statement, error);
  if (step == 0)
    return NULL;

  if (step == SQLITE_ROW)
    contact = contact_from_row (statement);
  sqlite3_reset (statement);

  if (contact == NULL)
    g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                 _("There is no contact %s"), id_or_uuid);
  return contact;
}

/**
 * pursuit_repository_list_contacts:
 *
 * Returns: (transfer full) (element-type PursuitContact): every contact, by name
 */
GPtrArray *
pursuit_repository_list_contacts (PursuitRepository  *self,
                                  GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "SELECT " CONTACT_COLUMNS " FROM contacts "
                                        "ORDER BY name COLLATE NOCASE, id",
                                        error);
  if (statement == NULL)
    return NULL;

  return collect_contacts (database, statement, error);
}

/**
 * pursuit_repository_list_company_contacts:
 * @company: a company name; case and surrounding spaces do not matter
 *
 * Returns: (transfer full) (element-type PursuitContact): the company's
 *   contacts, by name
 */
GPtrArray *
pursuit_repository_list_company_contacts (PursuitRepository  *self,
                                          const char         *company,
                                          GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (company != NULL, NULL);

  trimmed = g_strstrip (g_strdup (company));
  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "SELECT " CONTACT_COLUMNS " FROM contacts "
                                        "WHERE trim (company) = ? COLLATE NOCASE "
                                        "ORDER BY name COLLATE NOCASE, id",
                                        error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_text (statement, 1, trimmed, -1, SQLITE_TRANSIENT);
  return collect_contacts (database, statement, error);
}

/**
 * pursuit_repository_list_job_contacts:
 *
 * Returns: (transfer full) (element-type PursuitContact): the contacts
 *   linked to the job, by name
 */
GPtrArray *
pursuit_repository_list_job_contacts (PursuitRepository  *self,
                                      gint64              job_id,
                                      GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "SELECT " CONTACT_COLUMNS " FROM contacts "
                                        "JOIN job_contacts ON job_contacts.contact_id = contacts.id "
                                        "WHERE job_contacts.job_id = ? "
                                        "ORDER BY contacts.name COLLATE NOCASE, contacts.id",
                                        error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, job_id);
  return collect_contacts (database, statement, error);
}

/* Links a contact to a job; linking twice is not an error. */
gboolean
pursuit_repository_link_contact (PursuitRepository  *self,
                                 gint64              job_id,
                                 gint64              contact_id,
                                 GError            **error)
{
  PursuitDatabase *database;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  if (!pursuit_repository_check_job (database, job_id, error) ||
      !check_contact (database, contact_id, error) ||
      !insert_link (database, job_id, contact_id, error) ||
      !pursuit_database_commit (database, error))
    {
      pursuit_database_rollback (database);
      return FALSE;
    }
  return TRUE;
}

/* Takes the contact off the job; the contact itself stays. */
gboolean
pursuit_repository_unlink_contact (PursuitRepository  *self,
                                   gint64              job_id,
                                   gint64              contact_id,
                                   GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "DELETE FROM job_contacts WHERE job_id = ? AND contact_id = ?",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, job_id);
  sqlite3_bind_int64 (statement, 2, contact_id);
  return pursuit_database_run (database, statement, error);
}

/* Interviews */

static PursuitInterview *
interview_from_row (sqlite3_stmt *statement)
{
  PursuitInterview *interview = pursuit_interview_new ();
  int kind = sqlite3_column_int (statement, 5);

  if (kind < PURSUIT_INTERVIEW_KIND_PHONE || kind > PURSUIT_INTERVIEW_KIND_OTHER)
    kind = PURSUIT_INTERVIEW_KIND_OTHER;

  pursuit_interview_set_id (interview, sqlite3_column_int64 (statement, 0));
  pursuit_interview_set_job_id (interview, sqlite3_column_int64 (statement, 1));
  pursuit_interview_set_starts_at (interview, sqlite3_column_int64 (statement, 2));
  pursuit_interview_set_time_zone (interview, pursuit_database_column_text (statement, 3));
  pursuit_interview_set_duration_minutes (interview, sqlite3_column_int (statement, 4));
  pursuit_interview_set_kind (interview, (PursuitInterviewKind) kind);
  pursuit_interview_set_location (interview, pursuit_database_column_text (statement, 6));
  pursuit_interview_set_notes (interview, pursuit_database_column_text (statement, 7));
  pursuit_interview_set_outcome (interview, pursuit_database_column_text (statement, 8));
  pursuit_interview_set_created_at (interview, sqlite3_column_int64 (statement, 9));
  pursuit_interview_set_updated_at (interview, sqlite3_column_int64 (statement, 10));
  pursuit_interview_set_assessment (interview, CLAMP (sqlite3_column_int (statement, 11),
                                                      PURSUIT_ASSESSMENT_UNSPECIFIED, PURSUIT_ASSESSMENT_OTHER));
  pursuit_interview_set_score (interview, sqlite3_column_type (statement, 12) == SQLITE_NULL
                                            ? -1 : sqlite3_column_double (statement, 12));
  return interview;
}

static gboolean
load_interviewers (PursuitDatabase   *database,
                   PursuitInterview  *interview,
                   GError           **error)
{
  sqlite3_stmt *statement;
  int step;

  statement = pursuit_database_prepare (database,
                                        "SELECT contacts.id, contacts.name FROM interview_contacts "
                                        "JOIN contacts ON contacts.id = interview_contacts.contact_id "
                                        "WHERE interview_contacts.interview_id = ? "
                                        "ORDER BY contacts.name COLLATE NOCASE, contacts.id",
                                        error);
  if (statement == NULL)
    return FALSE;

  pursuit_interview_set_interviewer_ids (interview, NULL, 0);
  sqlite3_bind_int64 (statement, 1, pursuit_interview_get_id (interview));
  while ((step = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    pursuit_interview_add_interviewer (interview, sqlite3_column_int64 (statement, 0),
                                       pursuit_database_column_text (statement, 1));
  if (step == 0)
    return FALSE;

  sqlite3_reset (statement);
  return TRUE;
}

/* Steps a query of INTERVIEW_COLUMNS to its end, then reads the interviewers:
 * the first statement must be done before another runs on the cache. */
static GPtrArray *
collect_interviews (PursuitDatabase  *database,
                    sqlite3_stmt     *statement,
                    GError          **error)
{
  g_autoptr(GPtrArray) interviews = g_ptr_array_new_with_free_func (g_object_unref);
  int step;

  while ((step = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    g_ptr_array_add (interviews, interview_from_row (statement));
  if (step == 0)
    return NULL;
  sqlite3_reset (statement);

  for (guint i = 0; i < interviews->len; i++)
    {
      if (!load_interviewers (database, g_ptr_array_index (interviews, i), error))
        return NULL;
    }

  return g_steal_pointer (&interviews);
}

/* Replaces the interviewer links; a contact that does not exist fails the
 * whole change, which the caller rolls back. */
static gboolean
write_interviewers (PursuitDatabase   *database,
                    PursuitInterview  *interview,
                    gint64             interview_id,
                    GError           **error)
{
  sqlite3_stmt *statement;
  const gint64 *ids;
  guint n_ids;

  statement = pursuit_database_prepare (database,
                                        "DELETE FROM interview_contacts WHERE interview_id = ?",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, interview_id);
  if (!pursuit_database_run (database, statement, error))
    return FALSE;

  ids = pursuit_interview_get_interviewer_ids (interview, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      statement = pursuit_database_prepare (database,
                                            "INSERT INTO interview_contacts (interview_id, contact_id) "
                                            "VALUES (?, ?)",
                                            error);
      if (statement == NULL)
        return FALSE;

      sqlite3_bind_int64 (statement, 1, interview_id);
      sqlite3_bind_int64 (statement, 2, ids[i]);
      if (!pursuit_database_run (database, statement, error))
        {
          /* The foreign key refused it: say which contact in words. */
          gboolean exists = TRUE;

          if (pursuit_repository_row_exists (database, "SELECT 1 FROM contacts WHERE id = ?", ids[i], &exists,
                                             NULL) && !exists)
            {
              g_clear_error (error);
              set_not_found (error, _("There is no contact %" PRId64), ids[i]);
            }
          return FALSE;
        }
    }

  return TRUE;
}

/* Binds starts_at, time_zone, duration_minutes, kind, location, notes,
 * outcome, assessment, score to 1-9. */
static void
bind_interview_fields (sqlite3_stmt     *statement,
                       PursuitInterview *interview)
{
  sqlite3_bind_int64 (statement, 1, pursuit_interview_get_starts_at (interview));
  sqlite3_bind_text (statement, 2, pursuit_interview_get_time_zone (interview), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 3, pursuit_interview_get_duration_minutes (interview));
  sqlite3_bind_int (statement, 4, pursuit_interview_get_kind (interview));
  sqlite3_bind_text (statement, 5, pursuit_interview_get_location (interview), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 6, pursuit_interview_get_notes (interview), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 7, pursuit_interview_get_outcome (interview), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 8, pursuit_interview_get_assessment (interview));
  if (pursuit_interview_get_score (interview) < 0)
    sqlite3_bind_null (statement, 9);
  else
    sqlite3_bind_double (statement, 9, pursuit_interview_get_score (interview));
}

/**
 * pursuit_repository_insert_interview:
 *
 * Saves a new interview with its interviewers in one transaction: if any
 * interviewer is not a contact, nothing is written. On success @interview
 * carries its id, times and the interviewers' names.
 */
gboolean
pursuit_repository_insert_interview (PursuitRepository  *self,
                                     PursuitInterview   *interview,
                                     gint64              now,
                                     GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  gint64 id;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (interview), FALSE);

  if (!pursuit_interview_validate (interview, error))
    return FALSE;

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  if (!touch_job (database, pursuit_interview_get_job_id (interview), now, error))
    goto failed;

  statement = pursuit_database_prepare (database,
                                        "INSERT INTO interviews (starts_at, time_zone, duration_minutes, kind, "
                                        "location, notes, outcome, assessment, score, job_id, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                        error);
  if (statement == NULL)
    goto failed;

  bind_interview_fields (statement, interview);
  sqlite3_bind_int64 (statement, 10, pursuit_interview_get_job_id (interview));
  sqlite3_bind_int64 (statement, 11, now);
  sqlite3_bind_int64 (statement, 12, now);
  if (!pursuit_database_run (database, statement, error))
    goto failed;

  id = pursuit_database_last_insert_id (database);

  if (!write_interviewers (database, interview, id, error) ||
      !pursuit_database_commit (database, error))
    goto failed;

  pursuit_interview_set_id (interview, id);
  pursuit_interview_set_created_at (interview, now);
  pursuit_interview_set_updated_at (interview, now);
  /* Saved already; a failure to read the names back only leaves them out. */
  load_interviewers (database, interview, NULL);
  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

static gboolean
read_interview_job (PursuitDatabase  *database,
                    gint64            interview_id,
                    gint64           *job_id,
                    GError          **error)
{
  sqlite3_stmt *statement;
  int step;

  statement = pursuit_database_prepare (database, "SELECT job_id FROM interviews WHERE id = ?", error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, interview_id);
  step = pursuit_database_step (database, statement, error);
  if (step == 0)
    return FALSE;

  if (step == SQLITE_DONE)
    {
      set_not_found (error, _("There is no interview %" PRId64), interview_id);
      return FALSE;
    }

  *job_id = sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);
  return TRUE;
}

/**
 * pursuit_repository_update_interview:
 *
 * Saves every field of @interview and replaces its interviewers, together.
 * An interview stays with the job it was made for.
 */
gboolean
pursuit_repository_update_interview (PursuitRepository  *self,
                                     PursuitInterview   *interview,
                                     gint64              now,
                                     GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  gint64 id;
  gint64 job_id = 0;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (interview), FALSE);

  if (!pursuit_interview_validate (interview, error))
    return FALSE;

  id = pursuit_interview_get_id (interview);
  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  if (!read_interview_job (database, id, &job_id, error))
    goto failed;

  if (job_id != pursuit_interview_get_job_id (interview))
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("An interview cannot move to another job"));
      goto failed;
    }

  statement = pursuit_database_prepare (database,
                                        "UPDATE interviews SET starts_at = ?, time_zone = ?, duration_minutes = ?, "
                                        "kind = ?, location = ?, notes = ?, outcome = ?, assessment = ?, score = ?, "
                                        "updated_at = ? WHERE id = ?",
                                        error);
  if (statement == NULL)
    goto failed;

  bind_interview_fields (statement, interview);
  sqlite3_bind_int64 (statement, 10, now);
  sqlite3_bind_int64 (statement, 11, id);
  if (!pursuit_database_run (database, statement, error) ||
      !write_interviewers (database, interview, id, error) ||
      !touch_job (database, job_id, now, error) ||
      !pursuit_database_commit (database, error))
    goto failed;

  pursuit_interview_set_updated_at (interview, now);
  load_interviewers (database, interview, NULL);
  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/* Deletes an interview; its interviewer links go with it, the contacts stay. */
gboolean
pursuit_repository_delete_interview (PursuitRepository  *self,
                                     gint64              interview_id,
                                     gint64              now,
                                     GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  g_autoptr(GError) touch_error = NULL;
  gint64 job_id = 0;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  if (!read_interview_job (database, interview_id, &job_id, error))
    goto failed;

  statement = pursuit_database_prepare (database, "DELETE FROM interviews WHERE id = ?", error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_int64 (statement, 1, interview_id);
  if (!pursuit_database_run (database, statement, error))
    goto failed;

  /* A job in the trash keeps its interviews until it is purged; only a
   * visible job is touched. */
  if (!touch_job (database, job_id, now, &touch_error) &&
      !g_error_matches (touch_error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&touch_error));
      goto failed;
    }

  if (!pursuit_database_commit (database, error))
    goto failed;

  return TRUE;

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/**
 * pursuit_repository_find_interview:
 *
 * Returns: (transfer full): the interview with its interviewers, or %NULL
 *   with %PURSUIT_STORE_ERROR_NOT_FOUND
 */
PursuitInterview *
pursuit_repository_find_interview (PursuitRepository  *self,
                                   gint64              interview_id,
                                   GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "SELECT " INTERVIEW_COLUMNS " FROM interviews WHERE id = ?",
                                        error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, interview_id);
  found = collect_interviews (database, statement, error);
  if (found == NULL)
    return NULL;

  if (found->len == 0)
    {
      set_not_found (error, _("There is no interview %" PRId64), interview_id);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * pursuit_repository_list_interviews:
 *
 * Returns: (transfer full) (element-type PursuitInterview): the job's
 *   interviews with their interviewers, earliest first
 */
GPtrArray *
pursuit_repository_list_interviews (PursuitRepository  *self,
                                    gint64              job_id,
                                    GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "SELECT " INTERVIEW_COLUMNS " FROM interviews WHERE job_id = ? "
                                        "ORDER BY starts_at, id",
                                        error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, job_id);
  return collect_interviews (database, statement, error);
}

/**
 * pursuit_repository_list_interviews_between:
 * @from: the earliest start, included (Unix time)
 * @until: the latest start, excluded
 *
 * Interviews of every job not in the trash that start in [@from, @until),
 * earliest first: what reminders and “upcoming” lists need.
 *
 * Returns: (transfer full) (element-type PursuitInterview): the interviews
 */
GPtrArray *
pursuit_repository_list_interviews_between (PursuitRepository  *self,
                                            gint64              from,
                                            gint64              until,
                                            GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "SELECT " INTERVIEW_COLUMNS " FROM interviews "
                                        "WHERE starts_at >= ? AND starts_at < ? "
                                        "AND job_id IN (SELECT id FROM jobs WHERE trashed_at IS NULL) "
                                        "ORDER BY starts_at, id",
                                        error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, from);
  sqlite3_bind_int64 (statement, 2, until);
  return collect_interviews (database, statement, error);
}
