/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include <glib/gi18n-lib.h>

#include "pursuit-error.h"
#include "pursuit-migrations.h"

/* Append only: a released migration is never edited, a change to the schema is
 * a new entry. Each runs in its own transaction together with the version bump. */
static const PursuitMigration migrations[] = {
  {
    1,
    "CREATE TABLE stages ("
    "  id INTEGER PRIMARY KEY,"
    "  kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 8),"
    /* NULL means: show the translated default name of the kind. */
    "  custom_name TEXT,"
    "  position INTEGER NOT NULL,"
    "  hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1))"
    ");"
    "INSERT INTO stages (id, kind, position) VALUES"
    "  (1, 0, 0), (2, 1, 1), (3, 2, 2), (4, 3, 3), (5, 4, 4),"
    "  (6, 5, 5), (7, 6, 6), (8, 7, 7), (9, 8, 8);"
    "CREATE TABLE jobs ("
    "  id INTEGER PRIMARY KEY,"
    "  uuid TEXT NOT NULL UNIQUE,"
    "  company TEXT NOT NULL,"
    "  title TEXT NOT NULL,"
    "  location TEXT NOT NULL DEFAULT '',"
    "  url TEXT NOT NULL DEFAULT '',"
    "  notes TEXT NOT NULL DEFAULT '',"
    "  stage_id INTEGER NOT NULL REFERENCES stages (id),"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL,"
    /* Set while a deletion can still be undone; such rows are purged later. */
    "  trashed_at INTEGER"
    ");"
    "CREATE INDEX jobs_updated ON jobs (updated_at DESC);"
    "CREATE TABLE stage_history ("
    "  id INTEGER PRIMARY KEY,"
    "  job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
    "  stage_id INTEGER NOT NULL REFERENCES stages (id),"
    "  entered_at INTEGER NOT NULL,"
    "  note TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX stage_history_job ON stage_history (job_id, entered_at);"
  },
  {
    2,
    /* A self-check taken: which one, when, and what came out. The check and
     * its items are content ids, so they are kept as text. */
    "CREATE TABLE self_check_results ("
    "  id INTEGER PRIMARY KEY,"
    "  check_id TEXT NOT NULL,"
    "  taken_at INTEGER NOT NULL,"
    "  score REAL NOT NULL CHECK (score BETWEEN 0 AND 100),"
    "  band_id TEXT NOT NULL"
    ");"
    "CREATE INDEX self_check_results_check ON self_check_results (check_id, taken_at);"
    "CREATE TABLE self_check_answers ("
    "  result_id INTEGER NOT NULL REFERENCES self_check_results (id) ON DELETE CASCADE,"
    "  item_id TEXT NOT NULL,"
    "  value INTEGER NOT NULL,"
    "  PRIMARY KEY (result_id, item_id)"
    ");"
  },
  {
    3,
    /* The whole job as posted and as pursued. Enumerations are stored as
     * their numbers (see pursuit-enums.h), dates as ISO 8601 "YYYY-MM-DD",
     * an empty pay figure as NULL. */
    "ALTER TABLE jobs ADD COLUMN workplace INTEGER NOT NULL DEFAULT 0 CHECK (workplace BETWEEN 0 AND 3);"
    "ALTER TABLE jobs ADD COLUMN employment_type INTEGER NOT NULL DEFAULT 0 CHECK (employment_type BETWEEN 0 AND 5);"
    "ALTER TABLE jobs ADD COLUMN source TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE jobs ADD COLUMN industry TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE jobs ADD COLUMN posting_text TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE jobs ADD COLUMN pay_min REAL CHECK (pay_min >= 0);"
    "ALTER TABLE jobs ADD COLUMN pay_max REAL CHECK (pay_max >= 0);"
    "ALTER TABLE jobs ADD COLUMN pay_currency TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE jobs ADD COLUMN pay_period INTEGER NOT NULL DEFAULT 0 CHECK (pay_period BETWEEN 0 AND 5);"
    "ALTER TABLE jobs ADD COLUMN excitement INTEGER NOT NULL DEFAULT 0 CHECK (excitement BETWEEN 0 AND 5);"
    "ALTER TABLE jobs ADD COLUMN applied_on TEXT;"
    "ALTER TABLE jobs ADD COLUMN deadline TEXT;"
    "ALTER TABLE jobs ADD COLUMN next_action TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE jobs ADD COLUMN next_action_due TEXT;"
    "ALTER TABLE jobs ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));"
    /* Full-text search over what a user remembers of a job, kept in step
     * with the jobs table by triggers. */
    "CREATE VIRTUAL TABLE jobs_fts USING fts5 ("
    "  company, title, location, posting_text, notes,"
    "  content='jobs', content_rowid='id', tokenize='unicode61 remove_diacritics 2',"
    /* Prefix indexes make search-as-you-type fast on the first letters. */
    "  prefix='2 3'"
    ");"
    "INSERT INTO jobs_fts (rowid, company, title, location, posting_text, notes)"
    "  SELECT id, company, title, location, posting_text, notes FROM jobs;"
    "CREATE TRIGGER jobs_fts_after_insert AFTER INSERT ON jobs BEGIN"
    "  INSERT INTO jobs_fts (rowid, company, title, location, posting_text, notes)"
    "  VALUES (new.id, new.company, new.title, new.location, new.posting_text, new.notes);"
    "END;"
    "CREATE TRIGGER jobs_fts_after_delete AFTER DELETE ON jobs BEGIN"
    "  INSERT INTO jobs_fts (jobs_fts, rowid, company, title, location, posting_text, notes)"
    "  VALUES ('delete', old.id, old.company, old.title, old.location, old.posting_text, old.notes);"
    "END;"
    "CREATE TRIGGER jobs_fts_after_update AFTER UPDATE OF company, title, location, posting_text, notes ON jobs BEGIN"
    "  INSERT INTO jobs_fts (jobs_fts, rowid, company, title, location, posting_text, notes)"
    "  VALUES ('delete', old.id, old.company, old.title, old.location, old.posting_text, old.notes);"
    "  INSERT INTO jobs_fts (rowid, company, title, location, posting_text, notes)"
    "  VALUES (new.id, new.company, new.title, new.location, new.posting_text, new.notes);"
    "END;"
    /* People met along the way. A contact belongs to a company and may be
     * linked to several jobs and interviews; deleting a job keeps them. */
    "CREATE TABLE contacts ("
    "  id INTEGER PRIMARY KEY,"
    "  uuid TEXT NOT NULL UNIQUE,"
    "  company TEXT NOT NULL DEFAULT '',"
    "  name TEXT NOT NULL,"
    "  role TEXT NOT NULL DEFAULT '',"
    "  email TEXT NOT NULL DEFAULT '',"
    "  phone TEXT NOT NULL DEFAULT '',"
    "  profile_url TEXT NOT NULL DEFAULT '',"
    "  notes TEXT NOT NULL DEFAULT '',"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL"
    ");"
    "CREATE TABLE job_contacts ("
    "  job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
    "  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
    "  PRIMARY KEY (job_id, contact_id)"
    ");"
    "CREATE INDEX job_contacts_contact ON job_contacts (contact_id);"
    "CREATE TABLE interviews ("
    "  id INTEGER PRIMARY KEY,"
    "  job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
    "  starts_at INTEGER NOT NULL,"
    "  time_zone TEXT NOT NULL DEFAULT '',"
    "  duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes > 0),"
    "  kind INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 4),"
    "  location TEXT NOT NULL DEFAULT '',"
    "  notes TEXT NOT NULL DEFAULT '',"
    "  outcome TEXT NOT NULL DEFAULT '',"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL"
    ");"
    "CREATE INDEX interviews_job ON interviews (job_id, starts_at);"
    "CREATE INDEX interviews_starts ON interviews (starts_at);"
    "CREATE TABLE interview_contacts ("
    "  interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,"
    "  contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
    "  PRIMARY KEY (interview_id, contact_id)"
    ");"
    "CREATE INDEX stage_history_entered ON stage_history (job_id, entered_at DESC);"
  },
  {
    4,
    /* The long texts move out of the jobs row: a list reads every job at
     * start-up, and with the posting text in its row SQLite had to walk
     * the text's overflow pages to reach the columns after it. */
    "CREATE TABLE job_texts ("
    "  job_id INTEGER PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,"
    "  posting_text TEXT NOT NULL DEFAULT '',"
    "  notes TEXT NOT NULL DEFAULT ''"
    ");"
    "INSERT INTO job_texts (job_id, posting_text, notes) SELECT id, posting_text, notes FROM jobs;"
    "DROP TRIGGER jobs_fts_after_insert;"
    "DROP TRIGGER jobs_fts_after_delete;"
    "DROP TRIGGER jobs_fts_after_update;"
    "DROP TABLE jobs_fts;"
    "ALTER TABLE jobs DROP COLUMN posting_text;"
    "ALTER TABLE jobs DROP COLUMN notes;"
    /* Every job has its texts row, made with it. */
    "CREATE TRIGGER jobs_after_insert AFTER INSERT ON jobs BEGIN"
    "  INSERT INTO job_texts (job_id) VALUES (new.id);"
    "END;"
    /* The search index reads a job whole through this view. */
    "CREATE VIEW jobs_fts_content AS"
    "  SELECT jobs.id AS id, company, title, location, posting_text, notes"
    "  FROM jobs JOIN job_texts ON job_texts.job_id = jobs.id;"
    "CREATE VIRTUAL TABLE jobs_fts USING fts5 ("
    "  company, title, location, posting_text, notes,"
    "  content='jobs_fts_content', content_rowid='id',"
    "  tokenize='unicode61 remove_diacritics 2', prefix='2 3'"
    ");"
    "INSERT INTO jobs_fts (jobs_fts) VALUES ('rebuild');"
    "CREATE TRIGGER job_texts_fts_after_insert AFTER INSERT ON job_texts BEGIN"
    "  INSERT INTO jobs_fts (rowid, company, title, location, posting_text, notes)"
    "  SELECT id, company, title, location, new.posting_text, new.notes FROM jobs WHERE id = new.job_id;"
    "END;"
    "CREATE TRIGGER job_texts_fts_after_update AFTER UPDATE OF posting_text, notes ON job_texts"
    "  WHEN old.posting_text IS NOT new.posting_text OR old.notes IS NOT new.notes BEGIN"
    "  INSERT INTO jobs_fts (jobs_fts, rowid, company, title, location, posting_text, notes)"
    "  SELECT 'delete', id, company, title, location, old.posting_text, old.notes FROM jobs WHERE id = old.job_id;"
    "  INSERT INTO jobs_fts (rowid, company, title, location, posting_text, notes)"
    "  SELECT id, company, title, location, new.posting_text, new.notes FROM jobs WHERE id = new.job_id;"
    "END;"
    "CREATE TRIGGER jobs_fts_after_update AFTER UPDATE OF company, title, location ON jobs"
    "  WHEN old.company IS NOT new.company OR old.title IS NOT new.title"
    "    OR old.location IS NOT new.location BEGIN"
    "  INSERT INTO jobs_fts (jobs_fts, rowid, company, title, location, posting_text, notes)"
    "  SELECT 'delete', old.id, old.company, old.title, old.location, posting_text, notes"
    "  FROM job_texts WHERE job_id = old.id;"
    "  INSERT INTO jobs_fts (rowid, company, title, location, posting_text, notes)"
    "  SELECT new.id, new.company, new.title, new.location, posting_text, notes"
    "  FROM job_texts WHERE job_id = new.id;"
    "END;"
    /* Before: the job's texts go with it (ON DELETE CASCADE) right after. */
    "CREATE TRIGGER jobs_fts_before_delete BEFORE DELETE ON jobs BEGIN"
    "  INSERT INTO jobs_fts (jobs_fts, rowid, company, title, location, posting_text, notes)"
    "  SELECT 'delete', old.id, old.company, old.title, old.location, posting_text, notes"
    "  FROM job_texts WHERE job_id = old.id;"
    "END;"
    /* Emptying the trash at start-up need not read every job. */
    "CREATE INDEX jobs_trashed ON jobs (trashed_at) WHERE trashed_at IS NOT NULL;"
  },
  {
    5,
    /* What contact-center jobs ask for: the hours (PursuitSchedule bits),
     * the languages, and pay beside the base (differentials, commission);
     * and which test an assessment is, with its score (words per minute,
     * a percentage). */
    "ALTER TABLE jobs ADD COLUMN schedule INTEGER NOT NULL DEFAULT 0 CHECK (schedule BETWEEN 0 AND 31);"
    "ALTER TABLE jobs ADD COLUMN languages TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE jobs ADD COLUMN pay_extras TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE interviews ADD COLUMN assessment INTEGER NOT NULL DEFAULT 0 CHECK (assessment BETWEEN 0 AND 6);"
    "ALTER TABLE interviews ADD COLUMN score REAL CHECK (score >= 0);"
  },
  {
    6,
    /* The user's choice of salary benchmark (a guide, a ladder level, a
     * country), and the offer as made: base pay like the posted pay, a
     * sign-on and a yearly bonus in its currency, and a note. */
    "ALTER TABLE jobs ADD COLUMN salary_role TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE jobs ADD COLUMN salary_level TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE jobs ADD COLUMN salary_country TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE jobs ADD COLUMN offer_min REAL CHECK (offer_min >= 0);"
    "ALTER TABLE jobs ADD COLUMN offer_max REAL CHECK (offer_max >= 0);"
    "ALTER TABLE jobs ADD COLUMN offer_currency TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE jobs ADD COLUMN offer_period INTEGER NOT NULL DEFAULT 0 CHECK (offer_period BETWEEN 0 AND 5);"
    "ALTER TABLE jobs ADD COLUMN offer_sign_on REAL CHECK (offer_sign_on >= 0);"
    "ALTER TABLE jobs ADD COLUMN offer_bonus REAL CHECK (offer_bonus >= 0);"
    "ALTER TABLE jobs ADD COLUMN offer_note TEXT NOT NULL DEFAULT '';"
  },
  {
    7,
    /* Interview practice. The review log keeps every answer with the
     * schedule before and after it (PursuitMemory: state, stability,
     * difficulty, last review and due day, repetitions, lapses), so any
     * schedule can be rebuilt and statistics drawn; practice_cards holds
     * each answered question's current schedule, written with its review in
     * one transaction. Questions are content ids ("q-angry-customer-refund")
     * or the user's own ("custom-12"), kept as text. */
    "CREATE TABLE practice_reviews ("
    "  id INTEGER PRIMARY KEY,"
    "  question_id TEXT NOT NULL,"
    "  reviewed_at INTEGER NOT NULL,"
    "  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),"
    "  seconds_taken INTEGER NOT NULL DEFAULT 0 CHECK (seconds_taken >= 0),"
    "  state_before INTEGER NOT NULL CHECK (state_before BETWEEN 0 AND 2),"
    "  stability_before REAL NOT NULL,"
    "  difficulty_before REAL NOT NULL,"
    "  last_review_day_before INTEGER NOT NULL,"
    "  due_day_before INTEGER NOT NULL,"
    "  reps_before INTEGER NOT NULL,"
    "  lapses_before INTEGER NOT NULL,"
    "  state_after INTEGER NOT NULL CHECK (state_after BETWEEN 0 AND 2),"
    "  stability_after REAL NOT NULL,"
    "  difficulty_after REAL NOT NULL,"
    "  last_review_day_after INTEGER NOT NULL,"
    "  due_day_after INTEGER NOT NULL,"
    "  reps_after INTEGER NOT NULL,"
    "  lapses_after INTEGER NOT NULL,"
    "  notes TEXT NOT NULL DEFAULT '',"
    /* The checklist: how many points it had, and a bit per point ticked. */
    "  n_points INTEGER NOT NULL DEFAULT 0 CHECK (n_points BETWEEN 0 AND 64),"
    "  ticked INTEGER NOT NULL DEFAULT 0"
    ");"
    "CREATE INDEX practice_reviews_question ON practice_reviews (question_id, reviewed_at);"
    "CREATE INDEX practice_reviews_time ON practice_reviews (reviewed_at);"
    "CREATE TABLE practice_cards ("
    "  question_id TEXT PRIMARY KEY,"
    "  state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 2),"
    "  stability REAL NOT NULL,"
    "  difficulty REAL NOT NULL,"
    "  last_review_day INTEGER NOT NULL,"
    "  due_day INTEGER NOT NULL,"
    "  reps INTEGER NOT NULL,"
    "  lapses INTEGER NOT NULL"
    ") WITHOUT ROWID;"
    /* A spoken answer, with its review. The sound is in a table of its own,
     * so listing recordings never reads it. */
    "CREATE TABLE practice_recordings ("
    "  id INTEGER PRIMARY KEY,"
    "  review_id INTEGER NOT NULL REFERENCES practice_reviews (id) ON DELETE CASCADE,"
    "  recorded_at INTEGER NOT NULL,"
    "  duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),"
    "  mime_type TEXT NOT NULL,"
    "  size INTEGER NOT NULL CHECK (size >= 0)"
    ");"
    "CREATE INDEX practice_recordings_review ON practice_recordings (review_id);"
    "CREATE TABLE practice_recording_audio ("
    "  recording_id INTEGER PRIMARY KEY REFERENCES practice_recordings (id) ON DELETE CASCADE,"
    "  audio BLOB NOT NULL"
    ");"
    /* STAR stories; competencies are the question bank's ids, space
     * separated as in questions.xml. */
    "CREATE TABLE stories ("
    "  id INTEGER PRIMARY KEY,"
    "  title TEXT NOT NULL CHECK (title <> ''),"
    "  situation TEXT NOT NULL DEFAULT '',"
    "  task TEXT NOT NULL DEFAULT '',"
    "  action TEXT NOT NULL DEFAULT '',"
    "  result TEXT NOT NULL DEFAULT '',"
    "  competencies TEXT NOT NULL DEFAULT '',"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL"
    ");"
    "CREATE TABLE story_questions ("
    "  story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,"
    "  question_id TEXT NOT NULL,"
    "  PRIMARY KEY (story_id, question_id)"
    ") WITHOUT ROWID;"
    "CREATE INDEX story_questions_question ON story_questions (question_id);"
    /* The user's own questions, with the bank's fields; covers, outline and
     * follow-ups hold one item per line. A question is for a role (a guide
     * id), for a job, or general. */
    "CREATE TABLE custom_questions ("
    "  id INTEGER PRIMARY KEY,"
    "  text TEXT NOT NULL CHECK (text <> ''),"
    "  category TEXT NOT NULL,"
    "  competencies TEXT NOT NULL DEFAULT '',"
    "  why TEXT NOT NULL DEFAULT '',"
    "  covers TEXT NOT NULL DEFAULT '',"
    "  outline TEXT NOT NULL DEFAULT '',"
    "  followups TEXT NOT NULL DEFAULT '',"
    "  role TEXT NOT NULL DEFAULT '',"
    "  job_id INTEGER REFERENCES jobs (id) ON DELETE CASCADE,"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL,"
    "  CHECK (role = '' OR job_id IS NULL)"
    ");"
    "CREATE INDEX custom_questions_job ON custom_questions (job_id) WHERE job_id IS NOT NULL;"
    "CREATE TABLE question_pins ("
    "  job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
    "  question_id TEXT NOT NULL,"
    "  pinned_at INTEGER NOT NULL,"
    "  PRIMARY KEY (job_id, question_id)"
    ") WITHOUT ROWID;"
    /* A question deleted (or gone with its job) leaves no schedule, links,
     * pins or recordings behind; its reviews stay in the log, for the
     * statistics. */
    "CREATE TRIGGER custom_questions_after_delete AFTER DELETE ON custom_questions BEGIN"
    "  DELETE FROM practice_cards WHERE question_id = 'custom-' || old.id;"
    "  DELETE FROM story_questions WHERE question_id = 'custom-' || old.id;"
    "  DELETE FROM question_pins WHERE question_id = 'custom-' || old.id;"
    "  DELETE FROM practice_recordings WHERE review_id IN"
    "    (SELECT id FROM practice_reviews WHERE question_id = 'custom-' || old.id);"
    "END;"
  },
  {
    8,
    /* Resumes, cover letters and other documents, each in numbered
     * versions. The files are BLOBs in a table of their own, so reading
     * the lists never reads them; a version's text form (for search and
     * matching) is its last column for the same reason. */
    "CREATE TABLE documents ("
    "  id INTEGER PRIMARY KEY,"
    "  uuid TEXT NOT NULL UNIQUE,"
    "  kind INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 5),"
    "  name TEXT NOT NULL,"
    "  tags TEXT NOT NULL DEFAULT '',"
    "  notes TEXT NOT NULL DEFAULT '',"
    /* The number of the last version made: a deleted version's number is
     * not given again, so "v3" always means the same text. */
    "  last_number INTEGER NOT NULL DEFAULT 0,"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL"
    ");"
    "CREATE TABLE document_versions ("
    "  id INTEGER PRIMARY KEY,"
    "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
    "  number INTEGER NOT NULL CHECK (number > 0),"
    "  date TEXT NOT NULL,"
    "  note TEXT NOT NULL DEFAULT '',"
    "  format INTEGER NOT NULL CHECK (format BETWEEN 0 AND 4),"
    "  file_name TEXT NOT NULL DEFAULT '',"
    "  size INTEGER NOT NULL CHECK (size >= 0),"
    "  sha256 TEXT NOT NULL,"
    "  text_edited INTEGER NOT NULL DEFAULT 0 CHECK (text_edited IN (0, 1)),"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL,"
    "  text TEXT NOT NULL DEFAULT '',"
    "  UNIQUE (document_id, number)"
    ");"
    "CREATE TABLE document_files ("
    "  version_id INTEGER PRIMARY KEY REFERENCES document_versions (id) ON DELETE CASCADE,"
    "  content BLOB NOT NULL"
    ");"
    "CREATE TABLE document_thumbnails ("
    "  version_id INTEGER PRIMARY KEY REFERENCES document_versions (id) ON DELETE CASCADE,"
    "  png BLOB NOT NULL"
    ");"
    /* The versions a job uses, and once sent (sent_on set) the exact one
     * that went, with its hash. No cascade from the version: a version a
     * job refers to cannot be deleted. */
    "CREATE TABLE job_documents ("
    "  id INTEGER PRIMARY KEY,"
    "  job_id INTEGER NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,"
    "  version_id INTEGER NOT NULL REFERENCES document_versions (id),"
    "  sent_on TEXT,"
    "  sha256 TEXT,"
    "  linked_at INTEGER NOT NULL,"
    "  UNIQUE (job_id, version_id)"
    ");"
    "CREATE INDEX job_documents_version ON job_documents (version_id);"
    /* Sent is frozen, whoever writes to the file: the app and pursuit-cli
     * say so in words first; this is the last guard. */
    "CREATE TRIGGER document_versions_frozen BEFORE UPDATE OF date, format, size, sha256, text ON document_versions"
    "  WHEN EXISTS (SELECT 1 FROM job_documents WHERE version_id = old.id AND sent_on IS NOT NULL) BEGIN"
    "  SELECT RAISE (ABORT, 'the version was sent and cannot change');"
    "END;"
    "CREATE TRIGGER document_versions_sent_kept BEFORE DELETE ON document_versions"
    "  WHEN EXISTS (SELECT 1 FROM job_documents WHERE version_id = old.id AND sent_on IS NOT NULL) BEGIN"
    "  SELECT RAISE (ABORT, 'the version was sent and cannot be deleted');"
    "END;"
    "CREATE TRIGGER document_files_frozen BEFORE UPDATE ON document_files"
    "  WHEN EXISTS (SELECT 1 FROM job_documents WHERE version_id = old.version_id AND sent_on IS NOT NULL) BEGIN"
    "  SELECT RAISE (ABORT, 'the version was sent and cannot change');"
    "END;"
    /* Search over the documents: one row per version, with its document's
     * name, tags and notes. The index keeps its own copy of the text, so
     * keeping it current is a delete and an insert. */
    "CREATE VIRTUAL TABLE documents_fts USING fts5 ("
    "  name, tags, notes, text,"
    "  tokenize='unicode61 remove_diacritics 2', prefix='2 3'"
    ");"
    "CREATE TRIGGER document_versions_fts_after_insert AFTER INSERT ON document_versions BEGIN"
    "  INSERT INTO documents_fts (rowid, name, tags, notes, text)"
    "  SELECT new.id, name, tags, notes || ' ' || new.note, new.text FROM documents WHERE id = new.document_id;"
    "END;"
    "CREATE TRIGGER document_versions_fts_after_update AFTER UPDATE OF note, text ON document_versions BEGIN"
    "  DELETE FROM documents_fts WHERE rowid = old.id;"
    "  INSERT INTO documents_fts (rowid, name, tags, notes, text)"
    "  SELECT new.id, name, tags, notes || ' ' || new.note, new.text FROM documents WHERE id = new.document_id;"
    "END;"
    "CREATE TRIGGER document_versions_fts_after_delete AFTER DELETE ON document_versions BEGIN"
    "  DELETE FROM documents_fts WHERE rowid = old.id;"
    "END;"
    "CREATE TRIGGER documents_fts_after_update AFTER UPDATE OF name, tags, notes ON documents BEGIN"
    "  DELETE FROM documents_fts WHERE rowid IN (SELECT id FROM document_versions WHERE document_id = new.id);"
    "  INSERT INTO documents_fts (rowid, name, tags, notes, text)"
    "  SELECT id, new.name, new.tags, new.notes || ' ' || note, text FROM document_versions"
    "  WHERE document_id = new.id;"
    "END;"
    /* Prep notes beyond the job's own Notes field: for a job, for one of
     * its interviews (job_id is then the interview's job), or general
     * (no job). The jobs' search joins their index. */
    "CREATE TABLE prep_notes ("
    "  id INTEGER PRIMARY KEY,"
    "  uuid TEXT NOT NULL UNIQUE,"
    "  job_id INTEGER REFERENCES jobs (id) ON DELETE CASCADE,"
    "  interview_id INTEGER REFERENCES interviews (id) ON DELETE CASCADE,"
    "  title TEXT NOT NULL DEFAULT '',"
    "  body TEXT NOT NULL DEFAULT '',"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL"
    ");"
    "CREATE INDEX prep_notes_job ON prep_notes (job_id);"
    "CREATE VIRTUAL TABLE prep_notes_fts USING fts5 ("
    "  title, body, content='prep_notes', content_rowid='id',"
    "  tokenize='unicode61 remove_diacritics 2', prefix='2 3'"
    ");"
    "CREATE TRIGGER prep_notes_fts_after_insert AFTER INSERT ON prep_notes BEGIN"
    "  INSERT INTO prep_notes_fts (rowid, title, body) VALUES (new.id, new.title, new.body);"
    "END;"
    "CREATE TRIGGER prep_notes_fts_after_delete AFTER DELETE ON prep_notes BEGIN"
    "  INSERT INTO prep_notes_fts (prep_notes_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);"
    "END;"
    "CREATE TRIGGER prep_notes_fts_after_update AFTER UPDATE OF title, body ON prep_notes BEGIN"
    "  INSERT INTO prep_notes_fts (prep_notes_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);"
    "  INSERT INTO prep_notes_fts (rowid, title, body) VALUES (new.id, new.title, new.body);"
    "END;"
    /* Applicant portals: the address and user name here, the password in
     * the system keyring under the login's UUID and nowhere else. Jobs of
     * one company may share a login; one no job uses any more goes, and
     * the app then clears its password from the keyring. */
    "CREATE TABLE portal_logins ("
    "  id INTEGER PRIMARY KEY,"
    "  uuid TEXT NOT NULL UNIQUE,"
    "  company TEXT NOT NULL DEFAULT '',"
    "  url TEXT NOT NULL DEFAULT '',"
    "  user_name TEXT NOT NULL DEFAULT '',"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL"
    ");"
    "CREATE TABLE job_logins ("
    "  job_id INTEGER PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,"
    "  login_id INTEGER NOT NULL REFERENCES portal_logins (id) ON DELETE CASCADE"
    ");"
    "CREATE INDEX job_logins_login ON job_logins (login_id);"
    "CREATE TRIGGER job_logins_after_delete AFTER DELETE ON job_logins"
    "  WHEN NOT EXISTS (SELECT 1 FROM job_logins WHERE login_id = old.login_id) BEGIN"
    "  DELETE FROM portal_logins WHERE id = old.login_id;"
    "END;"
    "CREATE TRIGGER job_logins_after_update AFTER UPDATE OF login_id ON job_logins"
    "  WHEN NOT EXISTS (SELECT 1 FROM job_logins WHERE login_id = old.login_id) BEGIN"
    "  DELETE FROM portal_logins WHERE id = old.login_id;"
    "END;"
  },
  {
    9,
    /* What each job went through, one row a job, for Insights: read from
     * the stage history (236,895 rows for 100,000 jobs) on every query,
     * it took a second. job_moves_of_history says what a job's row is (a
     * WHERE on job_id reaches the history through its index); the
     * triggers write it again for the job whose history changed, so
     * job_moves always equals the view. Stage kinds: 1 Applied … 5
     * Accepted. No foreign key: a job's row goes with its last move, also
     * when the job is deleted and its moves cascade. */
    "CREATE VIEW job_moves_of_history AS"
    "  SELECT job_id,"
    "         max (CASE WHEN kind BETWEEN 1 AND 5 THEN kind ELSE 0 END) AS furthest,"
    "         min (CASE WHEN kind BETWEEN 1 AND 5 THEN entered_at END) AS first_progress,"
    "         min (CASE WHEN kind BETWEEN 2 AND 5 THEN entered_at END) AS responded_at,"
    "         max (kind = 1) AS had_applied,"
    "         max (entered_at) AS last_at"
    "  FROM stage_history JOIN stages ON stages.id = stage_history.stage_id"
    "  GROUP BY job_id;"
    "CREATE TABLE job_moves ("
    "  job_id INTEGER PRIMARY KEY,"
    "  furthest INTEGER NOT NULL,"
    "  first_progress INTEGER,"
    "  responded_at INTEGER,"
    "  had_applied INTEGER NOT NULL,"
    "  last_at INTEGER NOT NULL"
    ");"
    "INSERT INTO job_moves SELECT * FROM job_moves_of_history;"
    "CREATE TRIGGER stage_history_moves_after_insert AFTER INSERT ON stage_history BEGIN"
    "  INSERT OR REPLACE INTO job_moves SELECT * FROM job_moves_of_history WHERE job_id = new.job_id;"
    "END;"
    "CREATE TRIGGER stage_history_moves_after_update AFTER UPDATE OF job_id, stage_id, entered_at ON stage_history BEGIN"
    "  DELETE FROM job_moves WHERE job_id IN (old.job_id, new.job_id);"
    "  INSERT INTO job_moves SELECT * FROM job_moves_of_history WHERE job_id IN (old.job_id, new.job_id);"
    "END;"
    "CREATE TRIGGER stage_history_moves_after_delete AFTER DELETE ON stage_history BEGIN"
    "  DELETE FROM job_moves WHERE job_id = old.job_id;"
    "  INSERT INTO job_moves SELECT * FROM job_moves_of_history WHERE job_id = old.job_id;"
    "END;"
    /* The app never changes a stage's kind; another program might. */
    "CREATE TRIGGER stages_moves_after_update AFTER UPDATE OF kind ON stages BEGIN"
    "  DELETE FROM job_moves WHERE job_id IN (SELECT job_id FROM stage_history WHERE stage_id = new.id);"
    "  INSERT INTO job_moves SELECT * FROM job_moves_of_history"
    "    WHERE job_id IN (SELECT job_id FROM stage_history WHERE stage_id = new.id);"
    "END;"
  },
  {
    10,
    /* What the salary engine says of each job for Insights: how its
     * posted pay compares with its benchmark (PursuitInsightsPay) and the
     * role guide its title reads as. Worked out for each query, it was 70
     * of Insights' 90 ms at 100,000 jobs. The store cannot see the salary
     * engine: whoever can (pursuit_repository_update_insights_tags()) fills
     * them in. insights_pay NULL is "to be worked out": a new job, a job
     * whose title, place, industry, benchmark choices or posted pay
     * changed (the trigger, whoever wrote), every job of an older file
     * (adding the columns writes nothing) and every job when the salary
     * content or the preferences differ from the fingerprint in
     * insights_tags_basis. Derived data: never exported. */
    "ALTER TABLE jobs ADD COLUMN insights_pay INTEGER;"
    "ALTER TABLE jobs ADD COLUMN insights_role TEXT;"
    "CREATE INDEX jobs_untagged ON jobs (id) WHERE insights_pay IS NULL;"
    "CREATE TABLE insights_tags_basis ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  fingerprint TEXT NOT NULL"
    ");"
    "CREATE TRIGGER jobs_insights_tags_after_update AFTER UPDATE OF title, location, industry,"
    "  salary_role, salary_level, salary_country, pay_min, pay_max, pay_currency, pay_period ON jobs"
    "  WHEN old.title IS NOT new.title OR old.location IS NOT new.location OR old.industry IS NOT new.industry"
    "    OR old.salary_role IS NOT new.salary_role OR old.salary_level IS NOT new.salary_level"
    "    OR old.salary_country IS NOT new.salary_country OR old.pay_min IS NOT new.pay_min"
    "    OR old.pay_max IS NOT new.pay_max OR old.pay_currency IS NOT new.pay_currency"
    "    OR old.pay_period IS NOT new.pay_period BEGIN"
    "  UPDATE jobs SET insights_pay = NULL, insights_role = NULL WHERE id = new.id;"
    "END;"
  },
  {
    11,
    /* What Insights reads of each job, and nothing else: its statement
     * scans this index (5 MB at 100,000 jobs) instead of the jobs table
     * (30 MB, which the connection's 2 MB cache read again from the OS on
     * every query). Led by the id, so the job_moves row each job joins is
     * the next one, not one anywhere in that table; trashed_at is a column
     * for its WHERE. Not partial (WHERE trashed_at IS NULL): the planner
     * then took it for the list's and the stamps' reads of every job and
     * looked each row up in the table. Every writer keeps it: no trigger
     * to set aside. */
    "CREATE INDEX jobs_insights ON jobs (id, source, stage_id, applied_on, created_at, insights_pay,"
    "  insights_role, trashed_at);"
  },
};

const PursuitMigration *
pursuit_migrations_get_all (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

int
pursuit_migrations_get_latest (void)
{
  return migrations[G_N_ELEMENTS (migrations) - 1].version;
}

static gboolean
has_foreign_objects (PursuitDatabase  *database,
                     gboolean         *result,
                     GError          **error)
{
  sqlite3_stmt *statement;
  int step;

  statement = pursuit_database_prepare (database,
                                        "SELECT count(*) FROM sqlite_master", error);
  if (statement == NULL)
    return FALSE;

  step = pursuit_database_step (database, statement, error);
  if (step == 0)
    return FALSE;

  *result = step == SQLITE_ROW && sqlite3_column_int (statement, 0) > 0;
  sqlite3_reset (statement);
  return TRUE;
}

static gboolean
apply_one (PursuitDatabase         *database,
           const PursuitMigration  *migration,
           GError                 **error)
{
  if (!pursuit_database_begin (database, error))
    return FALSE;

  if (!pursuit_database_exec (database, migration->sql, error) ||
      !pursuit_database_set_pragma_int (database, "application_id",
                                        PURSUIT_DATABASE_APPLICATION_ID, error) ||
      !pursuit_database_set_pragma_int (database, "user_version", migration->version, error))
    {
      pursuit_database_rollback (database);
      return FALSE;
    }

  return pursuit_database_commit (database, error);
}

/* How long a program waits for another to finish upgrading the file. */
#define LOCK_TIMEOUT_S 60

/* Takes the lock on "<database>.lock" next to the file (made if need be,
 * private); returns its descriptor, or -1 with @error set. */
static int
lock_file (PursuitDatabase  *database,
           GError          **error)
{
  g_autofree char *path = g_strconcat (pursuit_database_get_path (database), ".lock", NULL);
  gint64 deadline = g_get_monotonic_time () + LOCK_TIMEOUT_S * G_USEC_PER_SEC;
  int fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, PURSUIT_STORE_ERROR,
                   saved_errno == ENOSPC ? PURSUIT_STORE_ERROR_DISK_FULL : PURSUIT_STORE_ERROR_READ_ONLY,
                   _("Could not upgrade %s: %s. Check that its folder can be written."),
                   pursuit_database_get_path (database), g_strerror (saved_errno));
      return -1;
    }

  while (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      if ((errno != EWOULDBLOCK && errno != EINTR) || g_get_monotonic_time () > deadline)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_BUSY,
                       _("Another program is upgrading %s. Try again when it is done."),
                       pursuit_database_get_path (database));
          close (fd);
          return -1;
        }
      g_usleep (20 * 1000);
    }

  return fd;
}

static void
unlock_file (int fd)
{
  flock (fd, LOCK_UN);
  close (fd);
}

/* Reads the header and refuses a file that is not Pursuit's to change. */
static gboolean
read_version (PursuitDatabase  *database,
              int               latest,
              int              *version,
              GError          **error)
{
  int application_id = 0;

  /* Reading the header is also what tells a non-SQLite file apart. */
  if (!pursuit_database_get_pragma_int (database, "user_version", version, error) ||
      !pursuit_database_get_pragma_int (database, "application_id", &application_id, error))
    return FALSE;

  /* Every migration stamps the application id with the version, so a
   * versioned file without our id belongs to someone else. */
  if (application_id != PURSUIT_DATABASE_APPLICATION_ID && (application_id != 0 || *version != 0))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_A_DATABASE,
                   _("%s belongs to another program, not Pursuit. It has been left as it is."),
                   pursuit_database_get_path (database));
      return FALSE;
    }

  if (*version > latest)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NEWER_VERSION,
                   _("%s was saved by a newer version of Pursuit (data format %d; this version "
                     "knows up to %d). Update Pursuit to open it. The file has not been changed."),
                   pursuit_database_get_path (database), *version, latest);
      return FALSE;
    }

  if (*version == 0)
    {
      gboolean foreign = FALSE;

      if (!has_foreign_objects (database, &foreign, error))
        return FALSE;

      if (foreign)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_A_DATABASE,
                       _("%s holds another program’s data, not Pursuit’s. It has been left as it is."),
                       pursuit_database_get_path (database));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * pursuit_migrations_apply:
 * @backup_path: (nullable): where to copy an existing database before changing it
 *
 * Brings @database from its PRAGMA user_version up to @target_version.
 * Nothing is written when the file is newer than @migrations know, belongs to
 * another program, or the backup cannot be made.
 */
gboolean
pursuit_migrations_apply (PursuitDatabase         *database,
                          const PursuitMigration  *list,
                          guint                    n_list,
                          int                      target_version,
                          const char              *backup_path,
                          GError                 **error)
{
  gboolean ok;
  int version = 0;
  int latest;
  int lock;

  g_return_val_if_fail (PURSUIT_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (n_list > 0, FALSE);

  latest = list[n_list - 1].version;
  g_return_val_if_fail (target_version <= latest, FALSE);

  if (!read_version (database, latest, &version, error))
    return FALSE;

  if (version >= target_version)
    return TRUE;

  /* Only one program upgrades a file: a second one opening it meanwhile
   * waits for the lock, reads the version again and finds the work done. */
  lock = lock_file (database, error);
  if (lock < 0)
    return FALSE;

  ok = read_version (database, latest, &version, error);

  /* A fresh file has nothing worth keeping; an older one does. */
  if (ok && version > 0 && version < target_version && backup_path != NULL)
    ok = pursuit_database_backup_to (database, backup_path, error);

  for (guint i = 0; ok && i < n_list; i++)
    {
      if (list[i].version <= version || list[i].version > target_version)
        continue;

      ok = apply_one (database, &list[i], error);
    }

  unlock_file (lock);
  return ok;
}
