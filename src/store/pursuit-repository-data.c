/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-error.h"
#include "pursuit-repository-data.h"
#include "pursuit-repository-private.h"

/* Everything the user owns, read out of the tables and written back: the
 * export and import of README's "Export and backup". Each table of the
 * file is described once below: its columns, the query that reads them,
 * the query that finds an equal row already in the database, and the one
 * that adds a row. Parameter ?N of every query is the row's Nth column;
 * $new, in what is written after a row is added, is the new row's id.
 *
 * Rows refer to each other by UUID where the table has one and by the
 * exported id otherwise (interviews, versions, reviews…); the import maps
 * the file's keys to the rows it finds or adds, and keeps an added row's
 * id when it is free, so an export of the imported database is the same
 * file. Every table is read in the order of its ids: rows added in the
 * file's order keep that order. */

typedef enum
{
  KIND_TEXT,
  KIND_INTEGER,
  KIND_REAL,
  KIND_BLOB,
} Kind;

typedef enum
{
  NULLABLE = 1 << 0,
  /* A practice question: a content id, or "custom-N" for the user's own
   * question N, which is mapped like a reference. */
  QUESTION = 1 << 1,
} Flags;

typedef struct
{
  const char *name;
  Kind kind;
  Flags flags;
  const char *refers_to;  /* the table whose key the value is */
} Column;

typedef struct
{
  const char *name;
  const Column *columns;
  gboolean keyed;          /* the first column is the key others refer to */
  const char *select_sql;
  const char *match_sql;   /* the local id (or 1) of an equal row */
  const char *update_sql;  /* run on a match: the stages' settings */
  const char *insert_sql;
  const char *after_insert_sql[2];
} Table;

#define END { NULL, 0, 0, NULL }
/* The file's id, unless a row of the table has it already. */
#define FREE_ID(table) "(SELECT CASE WHEN EXISTS (SELECT 1 FROM " table " WHERE id = ?1) THEN NULL ELSE ?1 END)"

static const Column stage_columns[] = {
  { "id", KIND_INTEGER, 0, NULL },
  { "kind", KIND_INTEGER, 0, NULL },
  { "custom_name", KIND_TEXT, NULLABLE, NULL },
  { "position", KIND_INTEGER, 0, NULL },
  { "hidden", KIND_INTEGER, 0, NULL },
  END
};

static const Column contact_columns[] = {
  { "uuid", KIND_TEXT, 0, NULL },
  { "company", KIND_TEXT, 0, NULL },
  { "name", KIND_TEXT, 0, NULL },
  { "role", KIND_TEXT, 0, NULL },
  { "email", KIND_TEXT, 0, NULL },
  { "phone", KIND_TEXT, 0, NULL },
  { "profile_url", KIND_TEXT, 0, NULL },
  { "notes", KIND_TEXT, 0, NULL },
  { "created_at", KIND_INTEGER, 0, NULL },
  { "updated_at", KIND_INTEGER, 0, NULL },
  END
};

static const Column login_columns[] = {
  { "uuid", KIND_TEXT, 0, NULL },
  { "company", KIND_TEXT, 0, NULL },
  { "url", KIND_TEXT, 0, NULL },
  { "user_name", KIND_TEXT, 0, NULL },
  { "created_at", KIND_INTEGER, 0, NULL },
  { "updated_at", KIND_INTEGER, 0, NULL },
  END
};

static const Column document_columns[] = {
  { "uuid", KIND_TEXT, 0, NULL },
  { "kind", KIND_INTEGER, 0, NULL },
  { "name", KIND_TEXT, 0, NULL },
  { "tags", KIND_TEXT, 0, NULL },
  { "notes", KIND_TEXT, 0, NULL },
  { "last_number", KIND_INTEGER, 0, NULL },
  { "created_at", KIND_INTEGER, 0, NULL },
  { "updated_at", KIND_INTEGER, 0, NULL },
  END
};

static const Column version_columns[] = {
  { "id", KIND_INTEGER, 0, NULL },
  { "document", KIND_TEXT, 0, "documents" },
  { "number", KIND_INTEGER, 0, NULL },
  { "date", KIND_TEXT, 0, NULL },
  { "note", KIND_TEXT, 0, NULL },
  { "format", KIND_INTEGER, 0, NULL },
  { "file_name", KIND_TEXT, 0, NULL },
  { "size", KIND_INTEGER, 0, NULL },
  { "sha256", KIND_TEXT, 0, NULL },
  { "text_edited", KIND_INTEGER, 0, NULL },
  { "created_at", KIND_INTEGER, 0, NULL },
  { "updated_at", KIND_INTEGER, 0, NULL },
  { "text", KIND_TEXT, 0, NULL },
  { "file", KIND_BLOB, NULLABLE, NULL },
  { "thumbnail", KIND_BLOB, NULLABLE, NULL },
  END
};

static const Column job_columns[] = {
  { "uuid", KIND_TEXT, 0, NULL },
  { "company", KIND_TEXT, 0, NULL },
  { "title", KIND_TEXT, 0, NULL },
  { "location", KIND_TEXT, 0, NULL },
  { "url", KIND_TEXT, 0, NULL },
  { "stage", KIND_INTEGER, 0, "stages" },
  { "created_at", KIND_INTEGER, 0, NULL },
  { "updated_at", KIND_INTEGER, 0, NULL },
  { "trashed_at", KIND_INTEGER, NULLABLE, NULL },
  { "workplace", KIND_INTEGER, 0, NULL },
  { "employment_type", KIND_INTEGER, 0, NULL },
  { "source", KIND_TEXT, 0, NULL },
  { "industry", KIND_TEXT, 0, NULL },
  { "pay_min", KIND_REAL, NULLABLE, NULL },
  { "pay_max", KIND_REAL, NULLABLE, NULL },
  { "pay_currency", KIND_TEXT, 0, NULL },
  { "pay_period", KIND_INTEGER, 0, NULL },
  { "excitement", KIND_INTEGER, 0, NULL },
  { "applied_on", KIND_TEXT, NULLABLE, NULL },
  { "deadline", KIND_TEXT, NULLABLE, NULL },
  { "next_action", KIND_TEXT, 0, NULL },
  { "next_action_due", KIND_TEXT, NULLABLE, NULL },
  { "archived", KIND_INTEGER, 0, NULL },
  { "schedule", KIND_INTEGER, 0, NULL },
  { "languages", KIND_TEXT, 0, NULL },
  { "pay_extras", KIND_TEXT, 0, NULL },
  { "salary_role", KIND_TEXT, 0, NULL },
  { "salary_level", KIND_TEXT, 0, NULL },
  { "salary_country", KIND_TEXT, 0, NULL },
  { "offer_min", KIND_REAL, NULLABLE, NULL },
  { "offer_max", KIND_REAL, NULLABLE, NULL },
  { "offer_currency", KIND_TEXT, 0, NULL },
  { "offer_period", KIND_INTEGER, 0, NULL },
  { "offer_sign_on", KIND_REAL, NULLABLE, NULL },
  { "offer_bonus", KIND_REAL, NULLABLE, NULL },
  { "offer_note", KIND_TEXT, 0, NULL },
  { "posting_text", KIND_TEXT, 0, NULL },
  { "notes", KIND_TEXT, 0, NULL },
  END
};

static const Column stage_change_columns[] = {
  { "job", KIND_TEXT, 0, "jobs" },
  { "stage", KIND_INTEGER, 0, "stages" },
  { "entered_at", KIND_INTEGER, 0, NULL },
  { "note", KIND_TEXT, 0, NULL },
  END
};

static const Column job_contact_columns[] = {
  { "job", KIND_TEXT, 0, "jobs" },
  { "contact", KIND_TEXT, 0, "contacts" },
  END
};

static const Column interview_columns[] = {
  { "id", KIND_INTEGER, 0, NULL },
  { "job", KIND_TEXT, 0, "jobs" },
  { "starts_at", KIND_INTEGER, 0, NULL },
  { "time_zone", KIND_TEXT, 0, NULL },
  { "duration_minutes", KIND_INTEGER, 0, NULL },
  { "kind", KIND_INTEGER, 0, NULL },
  { "location", KIND_TEXT, 0, NULL },
  { "notes", KIND_TEXT, 0, NULL },
  { "outcome", KIND_TEXT, 0, NULL },
  { "created_at", KIND_INTEGER, 0, NULL },
  { "updated_at", KIND_INTEGER, 0, NULL },
  { "assessment", KIND_INTEGER, 0, NULL },
  { "score", KIND_REAL, NULLABLE, NULL },
  END
};

static const Column interview_contact_columns[] = {
  { "interview", KIND_INTEGER, 0, "interviews" },
  { "contact", KIND_TEXT, 0, "contacts" },
  END
};

static const Column note_columns[] = {
  { "uuid", KIND_TEXT, 0, NULL },
  { "job", KIND_TEXT, NULLABLE, "jobs" },
  { "interview", KIND_INTEGER, NULLABLE, "interviews" },
  { "title", KIND_TEXT, 0, NULL },
  { "body", KIND_TEXT, 0, NULL },
  { "created_at", KIND_INTEGER, 0, NULL },
  { "updated_at", KIND_INTEGER, 0, NULL },
  END
};

static const Column job_login_columns[] = {
  { "job", KIND_TEXT, 0, "jobs" },
  { "login", KIND_TEXT, 0, "portal_logins" },
  END
};

static const Column job_document_columns[] = {
  { "job", KIND_TEXT, 0, "jobs" },
  { "version", KIND_INTEGER, 0, "document_versions" },
  { "sent_on", KIND_TEXT, NULLABLE, NULL },
  { "sha256", KIND_TEXT, NULLABLE, NULL },
  { "linked_at", KIND_INTEGER, 0, NULL },
  END
};

static const Column custom_question_columns[] = {
  { "id", KIND_INTEGER, 0, NULL },
  { "text", KIND_TEXT, 0, NULL },
  { "category", KIND_TEXT, 0, NULL },
  { "competencies", KIND_TEXT, 0, NULL },
  { "why", KIND_TEXT, 0, NULL },
  { "covers", KIND_TEXT, 0, NULL },
  { "outline", KIND_TEXT, 0, NULL },
  { "followups", KIND_TEXT, 0, NULL },
  { "role", KIND_TEXT, 0, NULL },
  { "job", KIND_TEXT, NULLABLE, "jobs" },
  { "created_at", KIND_INTEGER, 0, NULL },
  { "updated_at", KIND_INTEGER, 0, NULL },
  END
};

static const Column pin_columns[] = {
  { "job", KIND_TEXT, 0, "jobs" },
  { "question", KIND_TEXT, QUESTION, NULL },
  { "pinned_at", KIND_INTEGER, 0, NULL },
  END
};

static const Column story_columns[] = {
  { "id", KIND_INTEGER, 0, NULL },
  { "title", KIND_TEXT, 0, NULL },
  { "situation", KIND_TEXT, 0, NULL },
  { "task", KIND_TEXT, 0, NULL },
  { "action", KIND_TEXT, 0, NULL },
  { "result", KIND_TEXT, 0, NULL },
  { "competencies", KIND_TEXT, 0, NULL },
  { "created_at", KIND_INTEGER, 0, NULL },
  { "updated_at", KIND_INTEGER, 0, NULL },
  END
};

static const Column story_question_columns[] = {
  { "story", KIND_INTEGER, 0, "stories" },
  { "question", KIND_TEXT, QUESTION, NULL },
  END
};

static const Column review_columns[] = {
  { "id", KIND_INTEGER, 0, NULL },
  { "question", KIND_TEXT, QUESTION, NULL },
  { "reviewed_at", KIND_INTEGER, 0, NULL },
  { "rating", KIND_INTEGER, 0, NULL },
  { "seconds_taken", KIND_INTEGER, 0, NULL },
  { "state_before", KIND_INTEGER, 0, NULL },
  { "stability_before", KIND_REAL, 0, NULL },
  { "difficulty_before", KIND_REAL, 0, NULL },
  { "last_review_day_before", KIND_INTEGER, 0, NULL },
  { "due_day_before", KIND_INTEGER, 0, NULL },
  { "reps_before", KIND_INTEGER, 0, NULL },
  { "lapses_before", KIND_INTEGER, 0, NULL },
  { "state_after", KIND_INTEGER, 0, NULL },
  { "stability_after", KIND_REAL, 0, NULL },
  { "difficulty_after", KIND_REAL, 0, NULL },
  { "last_review_day_after", KIND_INTEGER, 0, NULL },
  { "due_day_after", KIND_INTEGER, 0, NULL },
  { "reps_after", KIND_INTEGER, 0, NULL },
  { "lapses_after", KIND_INTEGER, 0, NULL },
  { "notes", KIND_TEXT, 0, NULL },
  { "n_points", KIND_INTEGER, 0, NULL },
  { "ticked", KIND_INTEGER, 0, NULL },
  END
};

static const Column card_columns[] = {
  { "question", KIND_TEXT, QUESTION, NULL },
  { "state", KIND_INTEGER, 0, NULL },
  { "stability", KIND_REAL, 0, NULL },
  { "difficulty", KIND_REAL, 0, NULL },
  { "last_review_day", KIND_INTEGER, 0, NULL },
  { "due_day", KIND_INTEGER, 0, NULL },
  { "reps", KIND_INTEGER, 0, NULL },
  { "lapses", KIND_INTEGER, 0, NULL },
  END
};

static const Column recording_columns[] = {
  { "review", KIND_INTEGER, 0, "practice_reviews" },
  { "recorded_at", KIND_INTEGER, 0, NULL },
  { "duration_ms", KIND_INTEGER, 0, NULL },
  { "mime_type", KIND_TEXT, 0, NULL },
  { "size", KIND_INTEGER, 0, NULL },
  { "audio", KIND_BLOB, NULLABLE, NULL },
  END
};

static const Column result_columns[] = {
  { "id", KIND_INTEGER, 0, NULL },
  { "check_id", KIND_TEXT, 0, NULL },
  { "taken_at", KIND_INTEGER, 0, NULL },
  { "score", KIND_REAL, 0, NULL },
  { "band_id", KIND_TEXT, 0, NULL },
  END
};

static const Column answer_columns[] = {
  { "result", KIND_INTEGER, 0, "self_check_results" },
  { "item_id", KIND_TEXT, 0, NULL },
  { "value", KIND_INTEGER, 0, NULL },
  END
};

/* In the order they are written and read: a table refers only to those
 * before it. */
static const Table tables[] = {
  {
    "stages", stage_columns, TRUE,
    "SELECT id, kind, custom_name, position, hidden FROM stages ORDER BY id",
    /* The default stages are in every database: the file's names, order
     * and visibility are taken for a stage of the same number and kind. */
    "SELECT id FROM stages WHERE id = ?1 AND kind = ?2",
    "UPDATE stages SET custom_name = ?3, position = ?4, hidden = ?5"
    " WHERE id = ?1 AND (custom_name IS NOT ?3 OR position IS NOT ?4 OR hidden IS NOT ?5)",
    "INSERT INTO stages (id, kind, custom_name, position, hidden) VALUES (" FREE_ID ("stages") ", ?2, ?3, ?4, ?5)",
    { NULL, NULL },
  },
  {
    "contacts", contact_columns, TRUE,
    "SELECT uuid, company, name, role, email, phone, profile_url, notes, created_at, updated_at"
    " FROM contacts ORDER BY id",
    "SELECT id FROM contacts WHERE uuid = ?1",
    NULL,
    "INSERT INTO contacts (uuid, company, name, role, email, phone, profile_url, notes, created_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    { NULL, NULL },
  },
  {
    /* Never a password: those stay in the keyring. */
    "portal_logins", login_columns, TRUE,
    "SELECT uuid, company, url, user_name, created_at, updated_at FROM portal_logins ORDER BY id",
    "SELECT id FROM portal_logins WHERE uuid = ?1",
    NULL,
    "INSERT INTO portal_logins (uuid, company, url, user_name, created_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    { NULL, NULL },
  },
  {
    "documents", document_columns, TRUE,
    "SELECT uuid, kind, name, tags, notes, last_number, created_at, updated_at FROM documents ORDER BY id",
    "SELECT id FROM documents WHERE uuid = ?1",
    NULL,
    "INSERT INTO documents (uuid, kind, name, tags, notes, last_number, created_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    { NULL, NULL },
  },
  {
    "document_versions", version_columns, TRUE,
    "SELECT v.id, d.uuid, v.number, v.date, v.note, v.format, v.file_name, v.size, v.sha256,"
    " v.text_edited, v.created_at, v.updated_at, v.text, f.content, t.png"
    " FROM document_versions v JOIN documents d ON d.id = v.document_id"
    " LEFT JOIN document_files f ON f.version_id = v.id"
    " LEFT JOIN document_thumbnails t ON t.version_id = v.id ORDER BY v.id",
    "SELECT id FROM document_versions WHERE document_id = ?2 AND number = ?3",
    NULL,
    "INSERT INTO document_versions (id, document_id, number, date, note, format, file_name, size, sha256,"
    " text_edited, created_at, updated_at, text)"
    " VALUES (" FREE_ID ("document_versions") ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    {
      "INSERT INTO document_files (version_id, content) SELECT $new, ?14 WHERE ?14 IS NOT NULL",
      "INSERT INTO document_thumbnails (version_id, png) SELECT $new, ?15 WHERE ?15 IS NOT NULL",
    },
  },
  {
    "jobs", job_columns, TRUE,
    "SELECT uuid, company, title, location, url, stage_id, created_at, updated_at, trashed_at, workplace,"
    " employment_type, source, industry, pay_min, pay_max, pay_currency, pay_period, excitement, applied_on,"
    " deadline, next_action, next_action_due, archived, schedule, languages, pay_extras, salary_role,"
    " salary_level, salary_country, offer_min, offer_max, offer_currency, offer_period, offer_sign_on,"
    " offer_bonus, offer_note, coalesce (t.posting_text, ''), coalesce (t.notes, '')"
    " FROM jobs LEFT JOIN job_texts t ON t.job_id = jobs.id ORDER BY jobs.id",
    "SELECT id FROM jobs WHERE uuid = ?1",
    NULL,
    "INSERT INTO jobs (uuid, company, title, location, url, stage_id, created_at, updated_at, trashed_at,"
    " workplace, employment_type, source, industry, pay_min, pay_max, pay_currency, pay_period, excitement,"
    " applied_on, deadline, next_action, next_action_due, archived, schedule, languages, pay_extras,"
    " salary_role, salary_level, salary_country, offer_min, offer_max, offer_currency, offer_period,"
    " offer_sign_on, offer_bonus, offer_note)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,"
    " ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36)",
    /* A trigger made the texts' row with the job. */
    { "UPDATE job_texts SET posting_text = ?37, notes = ?38 WHERE job_id = $new", NULL },
  },
  {
    "stage_history", stage_change_columns, FALSE,
    "SELECT j.uuid, h.stage_id, h.entered_at, h.note FROM stage_history h JOIN jobs j ON j.id = h.job_id"
    " ORDER BY h.id",
    "SELECT id FROM stage_history WHERE job_id = ?1 AND stage_id = ?2 AND entered_at = ?3",
    NULL,
    "INSERT INTO stage_history (job_id, stage_id, entered_at, note) VALUES (?1, ?2, ?3, ?4)",
    { NULL, NULL },
  },
  {
    "job_contacts", job_contact_columns, FALSE,
    "SELECT j.uuid, c.uuid FROM job_contacts l JOIN jobs j ON j.id = l.job_id"
    " JOIN contacts c ON c.id = l.contact_id ORDER BY l.job_id, l.contact_id",
    "SELECT 1 FROM job_contacts WHERE job_id = ?1 AND contact_id = ?2",
    NULL,
    "INSERT INTO job_contacts (job_id, contact_id) VALUES (?1, ?2)",
    { NULL, NULL },
  },
  {
    "interviews", interview_columns, TRUE,
    "SELECT i.id, j.uuid, i.starts_at, i.time_zone, i.duration_minutes, i.kind, i.location, i.notes,"
    " i.outcome, i.created_at, i.updated_at, i.assessment, i.score"
    " FROM interviews i JOIN jobs j ON j.id = i.job_id ORDER BY i.id",
    "SELECT id FROM interviews WHERE job_id = ?2 AND starts_at = ?3 AND created_at = ?10",
    NULL,
    "INSERT INTO interviews (id, job_id, starts_at, time_zone, duration_minutes, kind, location, notes,"
    " outcome, created_at, updated_at, assessment, score)"
    " VALUES (" FREE_ID ("interviews") ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    { NULL, NULL },
  },
  {
    "interview_contacts", interview_contact_columns, FALSE,
    "SELECT l.interview_id, c.uuid FROM interview_contacts l JOIN contacts c ON c.id = l.contact_id"
    " ORDER BY l.interview_id, l.contact_id",
    "SELECT 1 FROM interview_contacts WHERE interview_id = ?1 AND contact_id = ?2",
    NULL,
    "INSERT INTO interview_contacts (interview_id, contact_id) VALUES (?1, ?2)",
    { NULL, NULL },
  },
  {
    "prep_notes", note_columns, TRUE,
    "SELECT n.uuid, j.uuid, n.interview_id, n.title, n.body, n.created_at, n.updated_at"
    " FROM prep_notes n LEFT JOIN jobs j ON j.id = n.job_id ORDER BY n.id",
    "SELECT id FROM prep_notes WHERE uuid = ?1",
    NULL,
    "INSERT INTO prep_notes (uuid, job_id, interview_id, title, body, created_at, updated_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    { NULL, NULL },
  },
  {
    /* A job has one login: one it has already is kept. */
    "job_logins", job_login_columns, FALSE,
    "SELECT j.uuid, l.uuid FROM job_logins jl JOIN jobs j ON j.id = jl.job_id"
    " JOIN portal_logins l ON l.id = jl.login_id ORDER BY jl.job_id",
    "SELECT 1 FROM job_logins WHERE job_id = ?1",
    NULL,
    "INSERT INTO job_logins (job_id, login_id) VALUES (?1, ?2)",
    { NULL, NULL },
  },
  {
    "job_documents", job_document_columns, FALSE,
    "SELECT j.uuid, l.version_id, l.sent_on, l.sha256, l.linked_at FROM job_documents l"
    " JOIN jobs j ON j.id = l.job_id ORDER BY l.id",
    "SELECT id FROM job_documents WHERE job_id = ?1 AND version_id = ?2",
    NULL,
    "INSERT INTO job_documents (job_id, version_id, sent_on, sha256, linked_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    { NULL, NULL },
  },
  {
    "custom_questions", custom_question_columns, TRUE,
    "SELECT q.id, q.text, q.category, q.competencies, q.why, q.covers, q.outline, q.followups, q.role,"
    " j.uuid, q.created_at, q.updated_at FROM custom_questions q LEFT JOIN jobs j ON j.id = q.job_id"
    " ORDER BY q.id",
    "SELECT id FROM custom_questions WHERE text = ?2 AND created_at = ?11",
    NULL,
    "INSERT INTO custom_questions (id, text, category, competencies, why, covers, outline, followups, role,"
    " job_id, created_at, updated_at)"
    " VALUES (" FREE_ID ("custom_questions") ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    { NULL, NULL },
  },
  {
    "question_pins", pin_columns, FALSE,
    "SELECT j.uuid, p.question_id, p.pinned_at FROM question_pins p JOIN jobs j ON j.id = p.job_id"
    " ORDER BY p.job_id, p.question_id",
    "SELECT 1 FROM question_pins WHERE job_id = ?1 AND question_id = ?2",
    NULL,
    "INSERT INTO question_pins (job_id, question_id, pinned_at) VALUES (?1, ?2, ?3)",
    { NULL, NULL },
  },
  {
    "stories", story_columns, TRUE,
    "SELECT id, title, situation, task, action, result, competencies, created_at, updated_at"
    " FROM stories ORDER BY id",
    "SELECT id FROM stories WHERE title = ?2 AND created_at = ?8",
    NULL,
    "INSERT INTO stories (id, title, situation, task, action, result, competencies, created_at, updated_at)"
    " VALUES (" FREE_ID ("stories") ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    { NULL, NULL },
  },
  {
    "story_questions", story_question_columns, FALSE,
    "SELECT story_id, question_id FROM story_questions ORDER BY story_id, question_id",
    "SELECT 1 FROM story_questions WHERE story_id = ?1 AND question_id = ?2",
    NULL,
    "INSERT INTO story_questions (story_id, question_id) VALUES (?1, ?2)",
    { NULL, NULL },
  },
  {
    "practice_reviews", review_columns, TRUE,
    "SELECT id, question_id, reviewed_at, rating, seconds_taken, state_before, stability_before,"
    " difficulty_before, last_review_day_before, due_day_before, reps_before, lapses_before, state_after,"
    " stability_after, difficulty_after, last_review_day_after, due_day_after, reps_after, lapses_after,"
    " notes, n_points, ticked FROM practice_reviews ORDER BY id",
    "SELECT id FROM practice_reviews WHERE question_id = ?2 AND reviewed_at = ?3",
    NULL,
    "INSERT INTO practice_reviews (id, question_id, reviewed_at, rating, seconds_taken, state_before,"
    " stability_before, difficulty_before, last_review_day_before, due_day_before, reps_before, lapses_before,"
    " state_after, stability_after, difficulty_after, last_review_day_after, due_day_after, reps_after,"
    " lapses_after, notes, n_points, ticked)"
    " VALUES (" FREE_ID ("practice_reviews") ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
    " ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
    { NULL, NULL },
  },
  {
    /* A question's schedule already here is kept: its reviews tell. */
    "practice_cards", card_columns, FALSE,
    "SELECT question_id, state, stability, difficulty, last_review_day, due_day, reps, lapses"
    " FROM practice_cards ORDER BY question_id",
    "SELECT 1 FROM practice_cards WHERE question_id = ?1",
    NULL,
    "INSERT INTO practice_cards (question_id, state, stability, difficulty, last_review_day, due_day, reps,"
    " lapses) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    { NULL, NULL },
  },
  {
    "practice_recordings", recording_columns, FALSE,
    "SELECT r.review_id, r.recorded_at, r.duration_ms, r.mime_type, r.size, a.audio"
    " FROM practice_recordings r LEFT JOIN practice_recording_audio a ON a.recording_id = r.id"
    " ORDER BY r.id",
    "SELECT id FROM practice_recordings WHERE review_id = ?1 AND recorded_at = ?2",
    NULL,
    "INSERT INTO practice_recordings (review_id, recorded_at, duration_ms, mime_type, size)"
    " VALUES (?1, ?2, ?3, ?4, ?5)",
    { "INSERT INTO practice_recording_audio (recording_id, audio) SELECT $new, ?6 WHERE ?6 IS NOT NULL", NULL },
  },
  {
    "self_check_results", result_columns, TRUE,
    "SELECT id, check_id, taken_at, score, band_id FROM self_check_results ORDER BY id",
    "SELECT id FROM self_check_results WHERE check_id = ?2 AND taken_at = ?3",
    NULL,
    "INSERT INTO self_check_results (id, check_id, taken_at, score, band_id)"
    " VALUES (" FREE_ID ("self_check_results") ", ?2, ?3, ?4, ?5)",
    { NULL, NULL },
  },
  {
    "self_check_answers", answer_columns, FALSE,
    "SELECT result_id, item_id, value FROM self_check_answers ORDER BY result_id, item_id",
    "SELECT 1 FROM self_check_answers WHERE result_id = ?1 AND item_id = ?2",
    NULL,
    "INSERT INTO self_check_answers (result_id, item_id, value) VALUES (?1, ?2, ?3)",
    { NULL, NULL },
  },
};

/**
 * pursuit_repository_data_tables:
 *
 * Returns: (transfer none): the names of the export's tables, in order,
 *   %NULL-terminated
 */
const char * const *
pursuit_repository_data_tables (void)
{
  static const char *names[G_N_ELEMENTS (tables) + 1];

  if (names[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
      names[i] = tables[i].name;
  return names;
}

static guint
count_columns (const Table *table)
{
  guint n = 0;

  while (table->columns[n].name != NULL)
    n++;
  return n;
}

/* Export */

static GVariant *
read_value (sqlite3_stmt *statement,
            int           index,
            const Column *column)
{
  switch (sqlite3_column_type (statement, index))
    {
    case SQLITE_NULL:
      return g_variant_new_tuple (NULL, 0);
    case SQLITE_INTEGER:
      if (column->kind == KIND_REAL)
        return g_variant_new_double (sqlite3_column_double (statement, index));
      return g_variant_new_int64 (sqlite3_column_int64 (statement, index));
    case SQLITE_FLOAT:
      return g_variant_new_double (sqlite3_column_double (statement, index));
    case SQLITE_BLOB:
      {
        const void *bytes = sqlite3_column_blob (statement, index);
        int size = sqlite3_column_bytes (statement, index);

        return g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, bytes, size, 1);
      }
    default:
      if (column->kind == KIND_BLOB)
        return g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, sqlite3_column_blob (statement, index),
                                          sqlite3_column_bytes (statement, index), 1);
      return g_variant_new_string (pursuit_database_column_text (statement, index));
    }
}

static gboolean
export_table (PursuitDatabase  *database,
              const Table      *table,
              GVariantBuilder  *out,
              GError          **error)
{
  GVariantBuilder rows;
  sqlite3_stmt *statement;
  guint n_columns = count_columns (table);
  int step;

  statement = pursuit_database_prepare (database, table->select_sql, error);
  if (statement == NULL)
    return FALSE;

  g_variant_builder_init (&rows, G_VARIANT_TYPE ("aa{sv}"));
  while ((step = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    {
      GVariantBuilder row;

      g_variant_builder_init (&row, G_VARIANT_TYPE_VARDICT);
      for (guint i = 0; i < n_columns; i++)
        g_variant_builder_add (&row, "{sv}", table->columns[i].name,
                               read_value (statement, i, &table->columns[i]));
      g_variant_builder_add_value (&rows, g_variant_builder_end (&row));
    }
  sqlite3_reset (statement);

  if (step == 0)
    {
      g_variant_builder_clear (&rows);
      return FALSE;
    }

  g_variant_builder_add (out, "(s@aa{sv})", table->name, g_variant_builder_end (&rows));
  return TRUE;
}

/**
 * pursuit_repository_export_data:
 *
 * Reads everything the user owns, as one consistent picture.
 *
 * Returns: (transfer full): a floating-free #GVariant of %PURSUIT_DATA_TYPE,
 *   or %NULL with @error set
 */
GVariant *
pursuit_repository_export_data (PursuitRepository  *self,
                                GError            **error)
{
  PursuitDatabase *database;
  GVariantBuilder out;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  /* One read transaction: another program's write lands before or after. */
  if (!pursuit_database_begin (database, error))
    return NULL;

  g_variant_builder_init (&out, PURSUIT_DATA_TYPE);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      if (!export_table (database, &tables[i], &out, error))
        {
          g_variant_builder_clear (&out);
          pursuit_database_rollback (database);
          return NULL;
        }
    }

  pursuit_database_rollback (database);
  return g_variant_ref_sink (g_variant_builder_end (&out));
}

/* Import */

typedef struct
{
  PursuitDatabase *database;
  /* The file's key of a row -> its id here, per table name. */
  GHashTable *maps;
  PursuitDataImport outcome;
} Import;

static char *
key_text (GVariant *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return g_variant_dup_string (value, NULL);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (value));
  return NULL;
}

static GHashTable *
map_of (Import     *import,
        const char *table)
{
  GHashTable *map = g_hash_table_lookup (import->maps, table);

  if (map == NULL)
    {
      map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_hash_table_insert (import->maps, (gpointer) table, map);
    }
  return map;
}

static void
refuse (GError    **error,
        const char *table,
        guint       row,
        const char *column,
        const char *what)
{
  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
               /* Translators: "Row 3 of jobs, “stage”: …" — the table and column are the file's own names. */
               _("Row %u of “%s”, “%s”: %s. The file was not imported; nothing was changed."),
               row + 1, table, column, what);
}

static gboolean
kind_matches (const Column *column,
              GVariant     *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_UNIT))
    return (column->flags & NULLABLE) != 0;

  if (column->refers_to != NULL)
    return g_variant_is_of_type (value, G_VARIANT_TYPE_STRING) ||
           g_variant_is_of_type (value, G_VARIANT_TYPE_INT64);

  switch (column->kind)
    {
    case KIND_TEXT:
      return g_variant_is_of_type (value, G_VARIANT_TYPE_STRING);
    case KIND_INTEGER:
      return g_variant_is_of_type (value, G_VARIANT_TYPE_INT64);
    case KIND_REAL:
      return g_variant_is_of_type (value, G_VARIANT_TYPE_INT64) ||
             g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE);
    case KIND_BLOB:
      return g_variant_is_of_type (value, G_VARIANT_TYPE_BYTESTRING);
    default:
      g_assert_not_reached ();
    }
}

/* "custom-12" of the file is the question the import found or added for
 * the file's question 12; a content id, or a question no longer in the
 * file (its reviews stay in the log), is kept as it is. */
static char *
map_question (Import     *import,
              const char *question)
{
  GHashTable *map = map_of (import, "custom_questions");
  const gint64 *local;

  if (!g_str_has_prefix (question, "custom-"))
    return g_strdup (question);

  local = g_hash_table_lookup (map, question + strlen ("custom-"));
  if (local == NULL)
    return g_strdup (question);
  return g_strdup_printf ("custom-%" G_GINT64_FORMAT, *local);
}

/* The row's values as they are bound: references mapped to ids here. */
static gboolean
resolve_row (Import       *import,
             const Table  *table,
             guint         row_index,
             GVariant     *row,
             GVariant    **values,
             GError      **error)
{
  guint n_columns = count_columns (table);
  GVariantIter iter;
  const char *name;
  GVariant *value;

  /* Every column named once, and no other. */
  g_variant_iter_init (&iter, row);
  while (g_variant_iter_next (&iter, "{&sv}", &name, &value))
    {
      g_autoptr(GVariant) owned = value;
      guint i;

      for (i = 0; i < n_columns; i++)
        if (g_str_equal (table->columns[i].name, name))
          break;

      if (i == n_columns)
        {
          refuse (error, table->name, row_index, name, _("this column is unknown"));
          return FALSE;
        }
      if (values[i] != NULL)
        {
          refuse (error, table->name, row_index, name, _("the column is given twice"));
          return FALSE;
        }
      if (!kind_matches (&table->columns[i], value))
        {
          refuse (error, table->name, row_index, name, _("the value is of the wrong kind"));
          return FALSE;
        }
      values[i] = g_steal_pointer (&owned);
    }

  for (guint i = 0; i < n_columns; i++)
    {
      const Column *column = &table->columns[i];

      if (values[i] == NULL)
        {
          refuse (error, table->name, row_index, column->name, _("the column is missing"));
          return FALSE;
        }

      if (g_variant_is_of_type (values[i], G_VARIANT_TYPE_UNIT))
        continue;

      if (column->refers_to != NULL)
        {
          g_autofree char *key = key_text (values[i]);
          const gint64 *local = g_hash_table_lookup (map_of (import, column->refers_to), key);

          if (local == NULL)
            {
              g_autofree char *what = g_strdup_printf (_("it refers to a row of “%s” that is not in the file"),
                                                       column->refers_to);

              refuse (error, table->name, row_index, column->name, what);
              return FALSE;
            }
          g_variant_unref (values[i]);
          values[i] = g_variant_ref_sink (g_variant_new_int64 (*local));
        }
      else if ((column->flags & QUESTION) != 0)
        {
          g_autofree char *mapped = map_question (import, g_variant_get_string (values[i], NULL));

          g_variant_unref (values[i]);
          values[i] = g_variant_ref_sink (g_variant_new_take_string (g_steal_pointer (&mapped)));
        }
    }

  return TRUE;
}

static void
bind_values (sqlite3_stmt  *statement,
             GVariant     **values,
             guint          n_values,
             gint64         new_id)
{
  int n = sqlite3_bind_parameter_count (statement);

  for (int p = 1; p <= n; p++)
    {
      const char *name = sqlite3_bind_parameter_name (statement, p);
      GVariant *value;
      guint64 index;

      if (name == NULL)
        continue;
      if (g_str_equal (name, "$new"))
        {
          sqlite3_bind_int64 (statement, p, new_id);
          continue;
        }

      index = g_ascii_strtoull (name + 1, NULL, 10);
      g_assert (name[0] == '?' && index >= 1 && index <= n_values);
      value = values[index - 1];

      if (g_variant_is_of_type (value, G_VARIANT_TYPE_UNIT))
        sqlite3_bind_null (statement, p);
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        sqlite3_bind_int64 (statement, p, g_variant_get_int64 (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
        sqlite3_bind_double (statement, p, g_variant_get_double (value));
      else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        sqlite3_bind_text (statement, p, g_variant_get_string (value, NULL), -1, SQLITE_TRANSIENT);
      else
        {
          gsize size = 0;
          const void *bytes = g_variant_get_fixed_array (value, &size, 1);

          /* A NULL pointer would bind NULL, not an empty file. */
          if (size == 0)
            sqlite3_bind_zeroblob (statement, p, 0);
          else
            sqlite3_bind_blob64 (statement, p, bytes, size, SQLITE_TRANSIENT);
        }
    }
}

static gboolean
run_bound (PursuitDatabase  *database,
           const char       *sql,
           GVariant        **values,
           guint             n_values,
           gint64            new_id,
           gint64           *found,
           GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database, sql, error);
  int step;

  if (statement == NULL)
    return FALSE;

  bind_values (statement, values, n_values, new_id);
  step = pursuit_database_step (database, statement, error);
  if (step == 0)
    return FALSE;
  if (found != NULL)
    *found = step == SQLITE_ROW ? sqlite3_column_int64 (statement, 0) : 0;
  sqlite3_reset (statement);
  return TRUE;
}

static gboolean
import_row (Import       *import,
            const Table  *table,
            guint         row_index,
            GVariant     *row,
            GError      **error)
{
  guint n_columns = count_columns (table);
  g_autofree GVariant **values = g_new0 (GVariant *, n_columns);
  gboolean ok = FALSE;
  gint64 local = 0;

  if (!resolve_row (import, table, row_index, row, values, error))
    {
      for (guint i = 0; i < n_columns; i++)
        g_clear_pointer (&values[i], g_variant_unref);
      return FALSE;
    }

  if (!run_bound (import->database, table->match_sql, values, n_columns, 0, &local, error))
    goto out;

  if (local != 0)
    {
      import->outcome.n_kept++;
      if (table->update_sql != NULL &&
          !run_bound (import->database, table->update_sql, values, n_columns, local, NULL, error))
        goto out;
    }
  else
    {
      if (!run_bound (import->database, table->insert_sql, values, n_columns, 0, NULL, error))
        goto out;
      local = pursuit_database_last_insert_id (import->database);

      for (guint i = 0; i < G_N_ELEMENTS (table->after_insert_sql) && table->after_insert_sql[i]; i++)
        if (!run_bound (import->database, table->after_insert_sql[i], values, n_columns, local, NULL, error))
          goto out;

      import->outcome.n_rows++;
      if (g_str_equal (table->name, "jobs"))
        import->outcome.n_jobs++;
    }

  if (table->keyed)
    {
      gint64 *id = g_new (gint64, 1);

      *id = local;
      g_hash_table_insert (map_of (import, table->name), key_text (values[0]), id);
    }
  ok = TRUE;

out:
  for (guint i = 0; i < n_columns; i++)
    g_clear_pointer (&values[i], g_variant_unref);
  /* SQLite's refusals (a value out of range) say which row. */
  if (!ok)
    g_prefix_error (error, _("Row %u of “%s” cannot be saved. "), row_index + 1, table->name);
  return ok;
}

static const Table *
find_table (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i].name, name))
      return &tables[i];
  return NULL;
}

/**
 * pursuit_repository_import_data:
 * @data: a #GVariant of %PURSUIT_DATA_TYPE, as an export gives
 * @outcome: (out) (optional): what was added and kept
 *
 * Adds what @data holds and the database does not: rows already here (the
 * same UUID, or for rows without one the same job and time) are left as
 * they are, so importing a file twice adds nothing the second time. All
 * in one transaction: a file that cannot be read whole changes nothing.
 */
gboolean
pursuit_repository_import_data (PursuitRepository  *self,
                                GVariant           *data,
                                PursuitDataImport  *outcome,
                                GError            **error)
{
  Import import = { 0 };
  g_autofree GVariant **given = g_new0 (GVariant *, G_N_ELEMENTS (tables));
  gboolean ok = TRUE;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (g_variant_is_of_type (data, PURSUIT_DATA_TYPE), FALSE);

  /* Each table once, whatever its place in the file; they are read in the
   * order of the list above. */
  for (gsize i = 0; ok && i < g_variant_n_children (data); i++)
    {
      g_autoptr(GVariant) rows = NULL;
      const char *name;
      const Table *table;

      g_variant_get_child (data, i, "(&s@aa{sv})", &name, &rows);
      table = find_table (name);
      if (table == NULL || given[table - tables] != NULL)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       table == NULL ? _("The file holds a table Pursuit does not know, “%s”. "
                                         "It was not imported; nothing was changed.")
                                     : _("The table “%s” is in the file twice. "
                                         "It was not imported; nothing was changed."),
                       name);
          ok = FALSE;
          break;
        }
      given[table - tables] = g_steal_pointer (&rows);
    }

  import.database = pursuit_repository_get_database (self);
  import.maps = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_hash_table_unref);

  if (ok && !pursuit_database_begin (import.database, error))
    ok = FALSE;
  else if (ok)
    {
      for (guint t = 0; ok && t < G_N_ELEMENTS (tables); t++)
        for (gsize r = 0; ok && given[t] != NULL && r < g_variant_n_children (given[t]); r++)
          {
            g_autoptr(GVariant) row = g_variant_get_child_value (given[t], r);

            ok = import_row (&import, &tables[t], (guint) r, row, error);
          }
      if (!ok)
        pursuit_database_rollback (import.database);
    }

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    g_clear_pointer (&given[t], g_variant_unref);
  g_hash_table_unref (import.maps);

  if (!ok)
    return FALSE;
  if (!pursuit_database_commit (import.database, error) ||
      !pursuit_repository_reload_stages (self, error))
    return FALSE;

  if (outcome != NULL)
    *outcome = import.outcome;
  return TRUE;
}

/**
 * pursuit_repository_list_jobs_whole:
 *
 * Every job not in the trash with all its fields, the long texts too (the
 * lists leave those out): for an export of the jobs.
 *
 * Returns: (transfer full) (element-type PursuitJob): the jobs, most
 *   recently updated first, or %NULL with @error set
 */
GPtrArray *
pursuit_repository_list_jobs_whole (PursuitRepository  *self,
                                    GError            **error)
{
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) whole = NULL;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  listed = pursuit_repository_list_jobs (self, error);
  if (listed == NULL)
    return NULL;

  whole = g_ptr_array_new_full (listed->len, g_object_unref);
  for (guint i = 0; i < listed->len; i++)
    {
      char uuid[PURSUIT_JOB_UUID_SIZE];
      PursuitJob *job = pursuit_repository_find_job (self, pursuit_job_get_uuid (g_ptr_array_index (listed, i), uuid),
                                                     error);

      if (job == NULL)
        return NULL;
      g_ptr_array_add (whole, job);
    }
  return g_steal_pointer (&whole);
}
