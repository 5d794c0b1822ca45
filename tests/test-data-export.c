/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "pursuit-data-json.h"
#include "pursuit-database.h"
#include "pursuit-error.h"
#include "pursuit-migrations.h"
#include "pursuit-repository-data.h"
#include "pursuit-store.h"
#include "pursuit-test-utils.h"

/* The JSON export and import of everything, backups and restores. The
 * data is written with plain SQL, one row or more in every table, so the
 * test does not lean on the code it tests to make it. */

static const char *fill_sql =
  "UPDATE stages SET custom_name = 'Sent off', position = 3 WHERE id = 2;"
  "UPDATE stages SET hidden = 1 WHERE id = 8;"
  "INSERT INTO stages (id, kind, custom_name, position, hidden) VALUES (12, 3, 'Second round', 9, 0);"
  "INSERT INTO contacts (uuid, company, name, role, email, phone, profile_url, notes, created_at, updated_at)"
  "  VALUES ('c-1', 'Acme', 'Rosa Díaz', 'Recruiter', 'rosa@acme.example', '+1 555', '', 'Met at \"fair\"\n"
  "second line\ttab', 100, 101),"
  "  ('c-2', 'Birch', 'Ola', '', '', '', 'https://x.example/ola', '', 102, 102);"
  "INSERT INTO portal_logins (uuid, company, url, user_name, created_at, updated_at)"
  "  VALUES ('l-1', 'Acme', 'https://careers.acme.example', 'jo@example.com', 110, 111);"
  "INSERT INTO documents (uuid, kind, name, tags, notes, last_number, created_at, updated_at)"
  "  VALUES ('d-1', 1, 'Support resume', 'bilingual', '', 3, 120, 121);"
  /* Version 2 was deleted: numbers are not given again. */
  "INSERT INTO document_versions (id, document_id, number, date, note, format, file_name, size, sha256,"
  "  text_edited, created_at, updated_at, text)"
  "  VALUES (4, 1, 1, '2026-01-02', 'first', 1, 'resume.pdf', 5, 'aa', 0, 122, 122, 'Resume text é'),"
  "  (9, 1, 3, '2026-02-02', '', 0, '', 0, 'bb', 1, 123, 124, '');"
  "INSERT INTO document_files (version_id, content) VALUES (4, x'00ff10200a'), (9, x'');"
  "INSERT INTO document_thumbnails (version_id, png) VALUES (4, x'89504e47');"
  "INSERT INTO jobs (id, uuid, company, title, location, url, stage_id, created_at, updated_at, trashed_at,"
  "  workplace, employment_type, source, industry, pay_min, pay_max, pay_currency, pay_period, excitement,"
  "  applied_on, deadline, next_action, next_action_due, archived, schedule, languages, pay_extras,"
  "  salary_role, salary_level, salary_country, offer_min, offer_max, offer_currency, offer_period,"
  "  offer_sign_on, offer_bonus, offer_note)"
  "  VALUES (3, 'j-1', 'Acme', 'Support Specialist', 'Denver, CO', 'https://acme.example/job', 12, 200, 210,"
  "  NULL, 2, 1, 'LinkedIn', 'Retail', 19.5, 24, 'USD', 1, 4, '2026-01-03', NULL, 'Email Rosa',"
  "  '2026-01-10', 0, 5, 'English, Spanish', '10% nights', 'customer-service-specialist', '', 'US',"
  "  45000, 45000, 'USD', 5, 2000, 0.1, 'Verbal'),"
  "  (7, 'j-2', 'Birch', 'Agent', '', '', 2, 300, 300, NULL, 0, 0, '', '', NULL, NULL, '', 0, 0, NULL,"
  "  NULL, '', NULL, 1, 0, '', '', '', '', '', NULL, NULL, '', 0, NULL, NULL, ''),"
  "  (8, 'j-3', 'Cedar', 'Lead', '', '', 1, 400, 400, 401, 0, 0, '', '', 1e10, NULL, 'EUR', 5, 0, NULL,"
  "  NULL, '', NULL, 0, 0, '', '', '', '', '', NULL, NULL, '', 0, NULL, NULL, '');"
  "UPDATE job_texts SET posting_text = 'We need you.\r\nApply now', notes = '# Notes\n- one' WHERE job_id = 3;"
  "INSERT INTO stage_history (job_id, stage_id, entered_at, note) VALUES (3, 1, 200, ''), (3, 12, 205, 'Good'),"
  "  (7, 2, 300, '');"
  "INSERT INTO job_contacts (job_id, contact_id) VALUES (3, 1), (3, 2), (7, 2);"
  "INSERT INTO interviews (id, job_id, starts_at, time_zone, duration_minutes, kind, location, notes, outcome,"
  "  created_at, updated_at, assessment, score) VALUES"
  "  (5, 3, 1800000000, 'America/Denver', 45, 2, 'https://meet.example/x', 'Bring ID', '', 220, 221, 0, NULL),"
  "  (6, 3, 1800100000, '', 30, 4, '', '', 'Passed', 222, 223, 3, 55.25);"
  "INSERT INTO interview_contacts (interview_id, contact_id) VALUES (5, 1);"
  "INSERT INTO prep_notes (uuid, job_id, interview_id, title, body, created_at, updated_at) VALUES"
  "  ('n-1', 3, NULL, 'Research', 'Acme sells anvils', 230, 231),"
  "  ('n-2', 3, 5, 'Debrief', 'Went well', 232, 232),"
  "  ('n-3', NULL, NULL, 'General', 'Breathe', 233, 233);"
  "INSERT INTO job_logins (job_id, login_id) VALUES (3, 1);"
  "INSERT INTO job_documents (job_id, version_id, sent_on, sha256, linked_at) VALUES"
  "  (3, 4, '2026-01-03', 'aa', 240), (7, 9, NULL, NULL, 241);"
  "INSERT INTO custom_questions (id, text, category, competencies, why, covers, outline, followups, role,"
  "  job_id, created_at, updated_at) VALUES"
  "  (2, 'Why Acme?', 'motivation', '', 'Fit', 'a\nb', '', '', '', 3, 250, 250),"
  "  (4, 'Describe a queue', 'technical', 'prioritising', '', '', '', '', 'customer-service-specialist',"
  "  NULL, 251, 251);"
  "INSERT INTO question_pins (job_id, question_id, pinned_at) VALUES (3, 'custom-4', 260),"
  "  (3, 'q-angry-customer-refund', 261);"
  "INSERT INTO stories (id, title, situation, task, action, result, competencies, created_at, updated_at)"
  "  VALUES (3, 'Refund rescue', 'S', 'T', 'A', 'R', 'empathy', 270, 271);"
  "INSERT INTO story_questions (story_id, question_id) VALUES (3, 'custom-2'), (3, 'q-angry-customer-refund');"
  "INSERT INTO practice_reviews (id, question_id, reviewed_at, rating, seconds_taken, state_before,"
  "  stability_before, difficulty_before, last_review_day_before, due_day_before, reps_before, lapses_before,"
  "  state_after, stability_after, difficulty_after, last_review_day_after, due_day_after, reps_after,"
  "  lapses_after, notes, n_points, ticked) VALUES"
  "  (10, 'custom-2', 280, 3, 95, 0, 0, 0, 0, 0, 0, 0, 1, 2.3065, 2.118104, 20000, 20002, 1, 0, 'ok', 3, 5),"
  "  (11, 'custom-9', 281, 1, 10, 0, 0, 0, 0, 0, 0, 0, 1, 0.212, 6.4133, 20000, 20000, 1, 1, '', 0, 0);"
  "INSERT INTO practice_cards (question_id, state, stability, difficulty, last_review_day, due_day, reps, lapses)"
  "  VALUES ('custom-2', 1, 2.3065, 2.118104, 20000, 20002, 1, 0);"
  "INSERT INTO practice_recordings (id, review_id, recorded_at, duration_ms, mime_type, size)"
  "  VALUES (1, 10, 282, 1500, 'audio/ogg', 3);"
  "INSERT INTO practice_recording_audio (recording_id, audio) VALUES (1, x'4f6767');"
  "INSERT INTO self_check_results (id, check_id, taken_at, score, band_id)"
  "  VALUES (2, 'sc-burnout', 290, 62.5, 'band-watch');"
  "INSERT INTO self_check_answers (result_id, item_id, value) VALUES (2, 'i-2', 3), (2, 'i-1', 0);";

static char *
export_text (PursuitRepository *repository)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) data = pursuit_repository_export_data (repository, &error);

  g_assert_no_error (error);
  return pursuit_data_json_write (data, NULL);
}

static void
import_text (PursuitRepository *repository,
             const char        *text,
             PursuitDataImport *outcome)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) data = pursuit_data_json_read (text, -1, &error);

  g_assert_no_error (error);
  g_assert_true (pursuit_repository_import_data (repository, data, outcome, &error));
  g_assert_no_error (error);
}

static char *
filled_export (PursuitTestDir *dir)
{
  g_autofree char *path = pursuit_test_dir_file (dir, "filled.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);

  pursuit_test_sql_exec (path, fill_sql);
  return export_text (repository);
}

static void
test_round_trip (void)
{
  g_autoptr(PursuitTestDir) dir = pursuit_test_dir_new ();
  g_autofree char *first = filled_export (dir);
  g_autofree char *path = pursuit_test_dir_file (dir, "empty.db");
  g_autoptr(PursuitRepository) empty = pursuit_test_open_repository (path);
  g_autofree char *second = NULL;
  PursuitDataImport outcome = { 0 };

  import_text (empty, first, &outcome);
  g_assert_cmpuint (outcome.n_jobs, ==, 3);
  g_assert_cmpuint (pursuit_test_count_rows (path, "jobs"), ==, 3);
  g_assert_cmpuint (pursuit_test_count_rows (path, "document_files"), ==, 2);
  g_assert_cmpuint (pursuit_test_count_rows (path, "practice_recording_audio"), ==, 1);

  second = export_text (empty);
  g_assert_cmpstr (second, ==, first);

  /* The values, not only their text: a file is the same bytes, a number
   * the same number, the texts reach the search. */
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT hex (content) = '00FF10200A' FROM document_files "
                                                "WHERE version_id = 4"), ==, 1);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT length (content) FROM document_files "
                                                "WHERE version_id = 9"), ==, 0);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT offer_bonus = 0.1 AND pay_min = 19.5 FROM jobs "
                                                "WHERE uuid = 'j-1'"), ==, 1);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM prep_notes_fts WHERE prep_notes_fts "
                                                "MATCH 'anvils'"), ==, 1);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM jobs_fts WHERE jobs_fts MATCH 'apply'"),
                   ==, 1);
  {
    g_autofree char *name = pursuit_test_sql_text (path, "SELECT custom_name FROM stages WHERE id = 2");

    g_assert_cmpstr (name, ==, "Sent off");
  }
}

static void
test_passwords_never_exported (void)
{
  g_autoptr(PursuitTestDir) dir = pursuit_test_dir_new ();
  g_autofree char *text = filled_export (dir);

  g_assert_nonnull (strstr (text, "\"user_name\": \"jo@example.com\""));
  g_assert_null (strstr (text, "password"));
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"pursuit-export\",\n  \"version\": 1,\n"));
}

static void
test_import_twice_changes_nothing (void)
{
  g_autoptr(PursuitTestDir) dir = pursuit_test_dir_new ();
  g_autofree char *text = filled_export (dir);
  g_autofree char *path = pursuit_test_dir_file (dir, "filled.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autofree char *after = NULL;
  PursuitDataImport outcome = { 0 };
  gint64 changes_before = pursuit_test_sql_int (path, "SELECT count (*) FROM jobs");

  /* Into the database it came from: every row is there already. */
  import_text (repository, text, &outcome);
  g_assert_cmpuint (outcome.n_rows, ==, 0);
  g_assert_cmpuint (outcome.n_jobs, ==, 0);
  g_assert_cmpuint (outcome.n_kept, >, 40);
  after = export_text (repository);
  g_assert_cmpstr (after, ==, text);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM jobs"), ==, changes_before);
}

static void
test_import_merges (void)
{
  g_autoptr(PursuitTestDir) dir = pursuit_test_dir_new ();
  g_autofree char *text = filled_export (dir);
  g_autofree char *path = pursuit_test_dir_file (dir, "other.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  PursuitDataImport outcome = { 0 };

  /* A database of its own, whose ids the file's rows take: the file's
   * custom question 2 becomes another number, and what refers to it
   * follows. */
  pursuit_test_sql_exec (path,
                         "INSERT INTO custom_questions (id, text, category, created_at, updated_at)"
                         "  VALUES (2, 'Mine', 'motivation', 1, 1);"
                         "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at)"
                         "  VALUES ('j-mine', 'Mine', 'Mine', 1, 1, 1);");
  import_text (repository, text, &outcome);
  g_assert_cmpuint (outcome.n_jobs, ==, 3);
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 4);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM practice_reviews r"
                                                " JOIN custom_questions q ON r.question_id = 'custom-' || q.id"
                                                " WHERE q.text = 'Why Acme?'"), ==, 1);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM practice_reviews "
                                                "WHERE question_id = 'custom-2'"), ==, 0);

  /* And once more: nothing new. */
  import_text (repository, text, &outcome);
  g_assert_cmpuint (outcome.n_rows, ==, 0);
}

static void
assert_refused (PursuitRepository *repository,
                const char        *path,
                const char        *text,
                GQuark             domain,
                int                code,
                const char        *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) data = pursuit_data_json_read (text, -1, &error);
  g_autoptr(GBytes) before = pursuit_test_read_file (path);

  if (data != NULL)
    g_assert_false (pursuit_repository_import_data (repository, data, NULL, &error));
  g_assert_error (error, domain, code);
  if (in_message != NULL && strstr (error->message, in_message) == NULL)
    g_error ("“%s” is not in “%s”", in_message, error->message);
  pursuit_test_assert_file_unchanged (path, before);
}

static void
test_refused (void)
{
  g_autoptr(PursuitTestDir) dir = pursuit_test_dir_new ();
  g_autofree char *text = filled_export (dir);
  g_autofree char *path = pursuit_test_dir_file (dir, "target.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(GString) newer = g_string_new (text);
  g_autoptr(GString) broken = g_string_new (text);
  g_autoptr(GString) late = g_string_new (text);

  pursuit_test_sql_exec (path, "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at)"
                               "  VALUES ('j-mine', 'Mine', 'Mine', 1, 1, 1);");

  g_string_replace (newer, "\"version\": 1,", "\"version\": 2,", 1);
  assert_refused (repository, path, newer->str, PURSUIT_DATA_JSON_ERROR,
                  PURSUIT_DATA_JSON_ERROR_NEWER_VERSION, "newer Pursuit");

  assert_refused (repository, path, "{\"format\": \"pursuit-export\", \"version\": 1, \"tables\": ",
                  PURSUIT_DATA_JSON_ERROR, PURSUIT_DATA_JSON_ERROR_INVALID, NULL);
  assert_refused (repository, path, "[1, 2]", PURSUIT_DATA_JSON_ERROR, PURSUIT_DATA_JSON_ERROR_NOT_PURSUIT, NULL);
  assert_refused (repository, path, "{\"format\": \"other\", \"version\": 1}", PURSUIT_DATA_JSON_ERROR,
                  PURSUIT_DATA_JSON_ERROR_NOT_PURSUIT, NULL);
  assert_refused (repository, path, "{\"format\": \"pursuit-export\", \"version\": 1, \"tables\": "
                                    "{\"secrets\": []}}",
                  PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, "secrets");
  assert_refused (repository, path, "{\"format\": \"pursuit-export\", \"version\": 1, \"tables\": "
                                    "{\"contacts\": [{\"uuid\": true}]}}",
                  PURSUIT_DATA_JSON_ERROR, PURSUIT_DATA_JSON_ERROR_INVALID, "row 1 of “contacts”");

  /* A wrong value in the last table: what came before is rolled back. */
  g_string_replace (broken, "\"item_id\": \"i-1\", \"value\": 0", "\"item_id\": \"i-1\", \"value\": \"zero\"", 1);
  assert_refused (repository, path, broken->str, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                  "Row 1 of “self_check_answers”");
  /* A value SQLite refuses (a rating of 9), late in the file. */
  g_string_replace (late, "\"rating\": 1,", "\"rating\": 9,", 1);
  assert_refused (repository, path, late->str, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                  "“practice_reviews”");
  g_assert_cmpint (pursuit_test_count_rows (path, "jobs"), ==, 1);
}

static void
test_every_table_exported (void)
{
  g_autoptr(PursuitTestDir) dir = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (dir, "schema.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  const char * const *exported = pursuit_repository_data_tables ();
  /* Kept with the rows of another table: the texts with the job, files and
   * thumbnails with the version, the sound with the recording. */
  const char *merged[] = { "job_texts", "document_files", "document_thumbnails", "practice_recording_audio",
                           /* Worked out from stage_history by triggers. */
                           "job_moves",
                           /* What the Insights tags were worked out with. */
                           "insights_tags_basis", NULL };
  g_autofree char *tables = pursuit_test_sql_text (path,
                                                   "SELECT group_concat (name, ' ') FROM (SELECT name FROM "
                                                   "sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                                   "'%fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name)");
  g_auto(GStrv) names = g_strsplit (tables, " ", -1);

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_strv_contains ((const char * const *) merged, names[i]) || names[i][0] == '\0')
        continue;
      if (!g_strv_contains (exported, names[i]))
        g_error ("The table %s is not exported: add it to pursuit-repository-data.c", names[i]);
    }
}

/* Backups */

static void
test_backup_and_restore (void)
{
  g_autoptr(PursuitTestDir) dir = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (dir, "live.db");
  g_autofree char *backup = pursuit_test_dir_file (dir, "backup.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  int version = 0;

  pursuit_test_sql_exec (path, fill_sql);
  before = export_text (repository);
  g_assert_true (pursuit_repository_backup (repository, backup, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_check_backup (backup, &version, &error));
  g_assert_cmpint (version, ==, pursuit_migrations_get_latest ());

  pursuit_test_sql_exec (path, "DELETE FROM jobs WHERE uuid = 'j-2';"
                               "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at)"
                               "  VALUES ('j-new', 'New', 'New', 1, 1, 1);");

  kept = pursuit_repository_restore (repository, backup, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  after = export_text (repository);
  g_assert_cmpstr (after, ==, before);
  /* The data replaced is kept, and the repository goes on working. */
  g_assert_cmpint (pursuit_test_sql_int (kept, "SELECT count (*) FROM jobs WHERE uuid = 'j-new'"), ==, 1);
  jobs = pursuit_repository_list_jobs (repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 2);
  g_clear_object (&repository);
  g_assert_cmpint (pursuit_test_sql_int (path, "SELECT count (*) FROM jobs WHERE uuid = 'j-2'"), ==, 1);
}

static void
assert_backup_refused (PursuitRepository *repository,
                       const char        *live,
                       const char        *backup,
                       int                code,
                       const char        *in_message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *before = export_text (repository);
  g_autofree char *after = NULL;

  g_assert_false (pursuit_repository_check_backup (backup, NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, code);
  g_clear_error (&error);

  kept = pursuit_repository_restore (repository, backup, NULL, &error);
  g_assert_null (kept);
  g_assert_error (error, PURSUIT_STORE_ERROR, code);
  if (in_message != NULL && strstr (error->message, in_message) == NULL)
    g_error ("“%s” is not in “%s”", in_message, error->message);

  after = export_text (repository);
  g_assert_cmpstr (after, ==, before);
}

static void
test_bad_backups_refused (void)
{
  g_autoptr(PursuitTestDir) dir = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (dir, "live.db");
  g_autofree char *backup = pursuit_test_dir_file (dir, "backup.db");
  g_autofree char *garbage = pursuit_test_dir_file (dir, "notes.txt");
  g_autofree char *cut = pursuit_test_dir_file (dir, "cut.db");
  g_autofree char *newer = pursuit_test_dir_file (dir, "newer.db");
  g_autofree char *foreign = pursuit_test_dir_file (dir, "foreign.db");
  g_autofree char *missing = pursuit_test_dir_file (dir, "missing.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) whole = NULL;
  gsize size;

  pursuit_test_sql_exec (path, fill_sql);
  g_assert_true (pursuit_repository_backup (repository, backup, &error));
  g_assert_no_error (error);

  pursuit_test_write_file (garbage, "Not a database at all, just some words.", -1);
  assert_backup_refused (repository, path, garbage, PURSUIT_STORE_ERROR_NOT_A_DATABASE, "not a Pursuit backup");

  /* Half a backup, as a copy cut short leaves. */
  whole = pursuit_test_read_file (backup);
  size = g_bytes_get_size (whole);
  pursuit_test_write_file (cut, g_bytes_get_data (whole, NULL), (gssize) (size / 2));
  assert_backup_refused (repository, path, cut, PURSUIT_STORE_ERROR_NOT_A_DATABASE, NULL);

  /* Pages overwritten in the middle: SQLite's integrity check finds it. */
  {
    g_autofree guchar *damaged = g_memdup2 (g_bytes_get_data (whole, NULL), size);
    g_autofree char *damaged_path = pursuit_test_dir_file (dir, "damaged.db");

    for (gsize i = 4096 * 3; i < size && i < 4096 * 6; i++)
      damaged[i] = (guchar) (i * 7);
    pursuit_test_write_file (damaged_path, (const char *) damaged, (gssize) size);
    assert_backup_refused (repository, path, damaged_path, PURSUIT_STORE_ERROR_NOT_A_DATABASE, NULL);
  }

  pursuit_test_write_file (newer, g_bytes_get_data (whole, NULL), (gssize) size);
  pursuit_test_sql_exec (newer, "PRAGMA user_version = 99");
  assert_backup_refused (repository, path, newer, PURSUIT_STORE_ERROR_NEWER_VERSION, "made by a newer Pursuit");

  pursuit_test_sql_exec (foreign, "CREATE TABLE mine (x); PRAGMA user_version = 3");
  assert_backup_refused (repository, path, foreign, PURSUIT_STORE_ERROR_NOT_A_DATABASE, NULL);

  assert_backup_refused (repository, path, missing, PURSUIT_STORE_ERROR_NOT_FOUND, NULL);
}

static void
test_restore_older_version (void)
{
  g_autoptr(PursuitTestDir) dir = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (dir, "live.db");
  g_autofree char *old = pursuit_test_dir_file (dir, "old.db");
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GPtrArray) jobs = NULL;

  /* A backup from the Pursuit before documents (format 7): upgraded on
   * the way in. */
  {
    g_autoptr(PursuitDatabase) database = pursuit_database_open (old, &error);
    const PursuitMigration *all;
    guint n_all;

    g_assert_no_error (error);
    all = pursuit_migrations_get_all (&n_all);
    g_assert_true (pursuit_migrations_apply (database, all, n_all, 7, NULL, &error));
    g_assert_no_error (error);
  }
  pursuit_test_sql_exec (old, "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at)"
                              "  VALUES ('old-1', 'Oldco', 'Agent', 2, 5, 5);"
                              "UPDATE job_texts SET notes = 'kept notes';");

  kept = pursuit_repository_restore (repository, old, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  jobs = pursuit_repository_list_jobs (repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 1);
  g_assert_cmpint (pursuit_test_sql_int (path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
  {
    g_autofree char *notes = pursuit_test_sql_text (path, "SELECT notes FROM job_texts");

    g_assert_cmpstr (notes, ==, "kept notes");
  }
  /* The file given is never changed. */
  g_assert_cmpint (pursuit_test_sql_int (old, "PRAGMA user_version"), ==, 7);
}

static void
test_dated_backups (void)
{
  g_autoptr(PursuitTestDir) dir = pursuit_test_dir_new ();
  g_autofree char *path = pursuit_test_dir_file (dir, "live.db");
  g_autofree char *folder = pursuit_test_dir_file (dir, "backups");
  g_autofree char *other = NULL;
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n = 0;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  other = g_build_filename (folder, "mine.db", NULL);
  pursuit_test_write_file (other, "not a backup of ours", -1);

  for (int day = 1; day <= 5; day++)
    {
      g_autoptr(GDateTime) when = g_date_time_new_local (2026, 3, day, 12, 0, 0);
      g_autofree char *written = pursuit_repository_backup_dated (repository, folder, when, 3, &error);
      g_autofree char *name = NULL;

      g_assert_no_error (error);
      name = g_path_get_basename (written);
      g_assert_cmpstr (name, ==, day == 5 ? "pursuit-2026-03-05.db" : name);
    }

  listing = g_dir_open (folder, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n++;
  /* The last three, and the file that is not ours. */
  g_assert_cmpuint (n, ==, 4);
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  {
    g_autofree char *oldest = g_build_filename (folder, "pursuit-2026-03-03.db", NULL);
    g_autofree char *gone = g_build_filename (folder, "pursuit-2026-03-02.db", NULL);

    g_assert_true (g_file_test (oldest, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (gone, G_FILE_TEST_EXISTS));
  }
}

/* Through the store: the models follow an import and a restore. */

static void
test_store_import_and_restore (void)
{
  g_autoptr(PursuitTestDir) dir = pursuit_test_dir_new ();
  g_autofree char *text = filled_export (dir);
  g_autofree char *path = pursuit_test_dir_file (dir, "app.db");
  g_autofree char *backup = pursuit_test_dir_file (dir, "app-backup.db");
  g_autoptr(PursuitStore) store = pursuit_test_open_store (path);
  g_autoptr(GVariant) data = pursuit_data_json_read (text, -1, NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  PursuitDataImport outcome = { 0 };

  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 0);
  pursuit_store_backup_async (store, backup, NULL, pursuit_test_keep_result, &result);
  g_assert_true (pursuit_store_backup_finish (store, pursuit_test_wait_result (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);

  pursuit_store_import_data_async (store, data, NULL, pursuit_test_keep_result, &result);
  g_assert_true (pursuit_store_import_data_finish (store, pursuit_test_wait_result (&result), &outcome, &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  g_assert_cmpuint (outcome.n_jobs, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_stages (store)), ==, 10);

  /* Back to the empty backup. */
  pursuit_store_restore_async (store, backup, NULL, pursuit_test_keep_result, &result);
  kept = pursuit_store_restore_finish (store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (store)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_stages (store)), ==, 9);
  g_assert_cmpint (pursuit_test_sql_int (kept, "SELECT count (*) FROM jobs"), ==, 3);

  pursuit_store_close (store);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/data/round-trip", test_round_trip);
  g_test_add_func ("/data/no-passwords", test_passwords_never_exported);
  g_test_add_func ("/data/import-twice", test_import_twice_changes_nothing);
  g_test_add_func ("/data/import-merges", test_import_merges);
  g_test_add_func ("/data/refused", test_refused);
  g_test_add_func ("/data/every-table", test_every_table_exported);
  g_test_add_func ("/data/backup-restore", test_backup_and_restore);
  g_test_add_func ("/data/bad-backups", test_bad_backups_refused);
  g_test_add_func ("/data/restore-older", test_restore_older_version);
  g_test_add_func ("/data/dated-backups", test_dated_backups);
  g_test_add_func ("/data/store", test_store_import_and_restore);

  return g_test_run ();
}
