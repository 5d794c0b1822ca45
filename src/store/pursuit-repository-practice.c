/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-database.h"
#include "pursuit-error.h"
#include "pursuit-repository-practice.h"
#include "pursuit-repository-private.h"

/* Interview practice in SQLite (tables of migration 7). Every answer is a
 * row of the review log; the question's current schedule is written to
 * practice_cards in the same transaction, so the schedule read back is the
 * live one and the log can always rebuild it (pursuit_repository_rebuild_cards(),
 * after the desired retention changes). Recordings keep their sound in a
 * table of its own, read only to play it. */

#define MEMORY_COLUMNS(suffix) \
  "state" suffix ", stability" suffix ", difficulty" suffix ", last_review_day" suffix ", due_day" suffix \
  ", reps" suffix ", lapses" suffix

#define REVIEW_COLUMNS \
  "id, question_id, reviewed_at, rating, seconds_taken, " MEMORY_COLUMNS ("_before") ", " \
  MEMORY_COLUMNS ("_after") ", notes, n_points, ticked"

#define STORY_COLUMNS \
  "id, title, situation, task, action, result, competencies, created_at, updated_at"

#define CUSTOM_QUESTION_COLUMNS \
  "id, text, category, competencies, why, covers, outline, followups, role, job_id, created_at, updated_at"

void
pursuit_pin_free (PursuitPin *pin)
{
  if (pin == NULL)
    return;
  g_free (pin->question_id);
  g_free (pin);
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
not_found (GError     **error,
           const char  *message)
{
  g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

/* Runs @sql with one integer bound; @changed tells whether a row changed. */
static gboolean
run_with_id (PursuitDatabase  *database,
             const char       *sql,
             gint64            id,
             gboolean         *changed,
             GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database, sql, error);

  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, id);
  if (!pursuit_database_run (database, statement, error))
    return FALSE;
  if (changed != NULL)
    *changed = pursuit_database_changes (database) > 0;
  return TRUE;
}

/* Deletes the row @sql names by its id; a row already gone is @gone. */
static gboolean
delete_by_id (PursuitRepository  *self,
              const char         *sql,
              gint64              id,
              const char         *gone,
              GError            **error)
{
  gboolean changed = FALSE;

  if (!run_with_id (pursuit_repository_get_database (self), sql, id, &changed, error))
    return FALSE;
  return changed || not_found (error, gone);
}

/* Runs a bound UPDATE of one row; a row already gone is @gone. */
static gboolean
run_update (PursuitDatabase  *database,
            sqlite3_stmt     *statement,
            const char       *gone,
            GError          **error)
{
  if (!pursuit_database_run (database, statement, error))
    return FALSE;
  return pursuit_database_changes (database) > 0 || not_found (error, gone);
}

static gboolean
check_question_id (const char  *question_id,
                   GError     **error)
{
  if (question_id == NULL || question_id[0] == '\0' || !g_utf8_validate (question_id, -1, NULL) ||
      strlen (question_id) > 200)
    return invalid (error, _("A question id must be a short text"));
  return TRUE;
}

/* Steps a prepared query to its end, making an item of each row. */
static GPtrArray *
collect_rows (PursuitDatabase  *database,
              sqlite3_stmt     *statement,
              gpointer        (*from_row) (sqlite3_stmt *statement),
              GDestroyNotify    item_free,
              GError          **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (item_free);
  int step;

  while ((step = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    g_ptr_array_add (items, from_row (statement));
  if (step == 0)
    return NULL;
  sqlite3_reset (statement);
  return g_steal_pointer (&items);
}

/* Space-separated ids, as questions.xml writes them. */
static char *
join_words (const char * const *words)
{
  return g_strjoinv (" ", (char **) words);
}

static GStrv
split_words (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, " \t\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

/* Reviews and schedules */

static void
bind_memory (sqlite3_stmt        *statement,
             int                  first,
             const PursuitMemory *memory)
{
  sqlite3_bind_int (statement, first, memory->state);
  sqlite3_bind_double (statement, first + 1, memory->stability);
  sqlite3_bind_double (statement, first + 2, memory->difficulty);
  sqlite3_bind_int (statement, first + 3, memory->last_review_day);
  sqlite3_bind_int (statement, first + 4, memory->due_day);
  sqlite3_bind_int (statement, first + 5, memory->reps);
  sqlite3_bind_int (statement, first + 6, memory->lapses);
}

static void
read_memory (sqlite3_stmt  *statement,
             int            first,
             PursuitMemory *memory)
{
  memory->state = sqlite3_column_int (statement, first);
  memory->stability = sqlite3_column_double (statement, first + 1);
  memory->difficulty = sqlite3_column_double (statement, first + 2);
  memory->last_review_day = sqlite3_column_int (statement, first + 3);
  memory->due_day = sqlite3_column_int (statement, first + 4);
  memory->reps = sqlite3_column_int (statement, first + 5);
  memory->lapses = sqlite3_column_int (statement, first + 6);
}

static gpointer
review_from_row (sqlite3_stmt *statement)
{
  PursuitReview *review = g_new0 (PursuitReview, 1);
  const char *notes;

  review->id = sqlite3_column_int64 (statement, 0);
  review->question_id = g_strdup (pursuit_database_column_text (statement, 1));
  review->reviewed_at = sqlite3_column_int64 (statement, 2);
  review->rating = sqlite3_column_int (statement, 3);
  review->seconds_taken = sqlite3_column_int (statement, 4);
  read_memory (statement, 5, &review->before);
  read_memory (statement, 12, &review->after);
  notes = pursuit_database_column_text (statement, 19);
  review->notes = notes[0] != '\0' ? g_strdup (notes) : NULL;
  review->n_points = (guint) sqlite3_column_int (statement, 20);
  review->ticked = (guint64) sqlite3_column_int64 (statement, 21);
  return review;
}

static gboolean
write_card (PursuitDatabase      *database,
            const char           *question_id,
            const PursuitMemory  *memory,
            GError              **error)
{
  sqlite3_stmt *statement;

  statement = pursuit_database_prepare (database,
                                        "INSERT OR REPLACE INTO practice_cards (question_id, "
                                        MEMORY_COLUMNS ("") ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, question_id, -1, SQLITE_TRANSIENT);
  bind_memory (statement, 2, memory);
  return pursuit_database_run (database, statement, error);
}

static gboolean
insert_recording (PursuitDatabase   *database,
                  PursuitRecording  *recording,
                  GBytes            *audio,
                  GError           **error)
{
  sqlite3_stmt *statement;
  gsize size = 0;
  gconstpointer data = g_bytes_get_data (audio, &size);

  statement = pursuit_database_prepare (database,
                                        "INSERT INTO practice_recordings (review_id, recorded_at, duration_ms, "
                                        "mime_type, size) VALUES (?, ?, ?, ?, ?)",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, pursuit_recording_get_review_id (recording));
  sqlite3_bind_int64 (statement, 2, pursuit_recording_get_recorded_at (recording));
  sqlite3_bind_int64 (statement, 3, MAX (0, pursuit_recording_get_duration_ms (recording)));
  sqlite3_bind_text (statement, 4, pursuit_recording_get_mime_type (recording), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 5, (gint64) size);
  if (!pursuit_database_run (database, statement, error))
    return FALSE;
  pursuit_recording_set_id (recording, pursuit_database_last_insert_id (database));
  pursuit_recording_set_size (recording, (gint64) size);

  statement = pursuit_database_prepare (database,
                                        "INSERT INTO practice_recording_audio (recording_id, audio) VALUES (?, ?)",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, pursuit_recording_get_id (recording));
  sqlite3_bind_blob64 (statement, 2, size > 0 ? data : "", size, SQLITE_STATIC);
  return pursuit_database_run (database, statement, error);
}

static gboolean
write_review (PursuitDatabase   *database,
              PursuitReview     *review,
              PursuitRecording  *recording,
              GBytes            *audio,
              GError           **error)
{
  sqlite3_stmt *statement;

  statement = pursuit_database_prepare (database,
                                        "INSERT INTO practice_reviews (question_id, reviewed_at, rating, "
                                        "seconds_taken, " MEMORY_COLUMNS ("_before") ", "
                                        MEMORY_COLUMNS ("_after") ", notes, n_points, ticked) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, review->question_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, review->reviewed_at);
  sqlite3_bind_int (statement, 3, review->rating);
  sqlite3_bind_int (statement, 4, MAX (0, review->seconds_taken));
  bind_memory (statement, 5, &review->before);
  bind_memory (statement, 12, &review->after);
  sqlite3_bind_text (statement, 19, review->notes != NULL ? review->notes : "", -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (statement, 20, (int) review->n_points);
  sqlite3_bind_int64 (statement, 21, (gint64) review->ticked);
  if (!pursuit_database_run (database, statement, error))
    return FALSE;
  review->id = pursuit_database_last_insert_id (database);

  if (!write_card (database, review->question_id, &review->after, error))
    return FALSE;

  if (recording == NULL)
    return TRUE;
  pursuit_recording_set_review_id (recording, review->id);
  pursuit_recording_set_question_id (recording, review->question_id);
  return insert_recording (database, recording, audio, error);
}

/**
 * pursuit_repository_add_review:
 * @review: an answer, such as pursuit_practice_session_answer() returns; its
 *   @id is set
 * @recording: (nullable): the spoken answer's details, saved with it; its
 *   id, review id, question and size are set
 * @audio: (nullable): the sound, needed with @recording
 *
 * Logs an answer and makes its schedule after the answer the question's
 * current one, with its recording, in one transaction.
 */
gboolean
pursuit_repository_add_review (PursuitRepository  *self,
                               PursuitReview      *review,
                               PursuitRecording   *recording,
                               GBytes             *audio,
                               GError            **error)
{
  PursuitDatabase *database;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (review != NULL, FALSE);
  g_return_val_if_fail (recording == NULL || (PURSUIT_IS_RECORDING (recording) && audio != NULL), FALSE);

  if (!check_question_id (review->question_id, error))
    return FALSE;
  if (!pursuit_rating_is_valid (review->rating))
    return invalid (error, _("A rating is Again, Hard, Good or Easy (1 to 4)"));
  if (review->n_points > PURSUIT_PRACTICE_MAX_POINTS)
    return invalid (error, _("A checklist has at most 64 points"));
  if (review->notes != NULL && !g_utf8_validate (review->notes, -1, NULL))
    return invalid (error, _("The answer notes are not valid UTF-8"));

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;
  if (!write_review (database, review, recording, audio, error))
    {
      pursuit_database_rollback (database);
      review->id = 0;
      return FALSE;
    }
  return pursuit_database_commit (database, error);
}

/**
 * pursuit_repository_list_reviews:
 * @question_id: (nullable): one question's reviews, or %NULL for the whole log
 *
 * Returns: (transfer full) (element-type PursuitReview): the reviews in time
 *   order, or %NULL with @error set
 */
GPtrArray *
pursuit_repository_list_reviews (PursuitRepository  *self,
                                 const char         *question_id,
                                 GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  if (question_id == NULL)
    statement = pursuit_database_prepare (database,
                                          "SELECT " REVIEW_COLUMNS " FROM practice_reviews "
                                          "ORDER BY reviewed_at, id",
                                          error);
  else
    statement = pursuit_database_prepare (database,
                                          "SELECT " REVIEW_COLUMNS " FROM practice_reviews "
                                          "WHERE question_id = ? ORDER BY reviewed_at, id",
                                          error);
  if (statement == NULL)
    return NULL;
  if (question_id != NULL)
    sqlite3_bind_text (statement, 1, question_id, -1, SQLITE_TRANSIENT);
  return collect_rows (database, statement, review_from_row, (GDestroyNotify) pursuit_review_free, error);
}

static gpointer
card_from_row (sqlite3_stmt *statement)
{
  PursuitMemory memory;

  read_memory (statement, 1, &memory);
  return pursuit_card_new (pursuit_database_column_text (statement, 0), NULL, &memory);
}

/**
 * pursuit_repository_list_cards:
 *
 * Returns: (transfer full) (element-type PursuitCard): the schedule of every
 *   question answered at least once, without categories (the content knows
 *   them), by question id
 */
GPtrArray *
pursuit_repository_list_cards (PursuitRepository  *self,
                               GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "SELECT question_id, " MEMORY_COLUMNS ("") " FROM practice_cards "
                                        "ORDER BY question_id",
                                        error);
  if (statement == NULL)
    return NULL;
  return collect_rows (database, statement, card_from_row, (GDestroyNotify) pursuit_card_free, error);
}

/**
 * pursuit_repository_rebuild_cards:
 * @scheduler: the scheduler to replay the log with, such as one with a new
 *   desired retention
 * @zone: the time zone the answers' days are counted in
 *
 * Rebuilds every question's schedule from the times and ratings of its
 * answers (pursuit_scheduler_replay()), in one transaction. The log itself
 * is left as it was recorded.
 */
gboolean
pursuit_repository_rebuild_cards (PursuitRepository       *self,
                                  const PursuitScheduler  *scheduler,
                                  GTimeZone               *zone,
                                  GError                 **error)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(GHashTable) by_question = NULL;
  PursuitDatabase *database;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (scheduler != NULL, FALSE);
  g_return_val_if_fail (zone != NULL, FALSE);

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  cards = pursuit_repository_list_cards (self, error);
  reviews = cards != NULL ? pursuit_repository_list_reviews (self, NULL, error) : NULL;
  if (reviews == NULL)
    goto failed;

  /* Each question's reviews apart, so replaying all costs one pass. */
  by_question = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < reviews->len; i++)
    {
      PursuitReview *review = g_ptr_array_index (reviews, i);
      GPtrArray *own = g_hash_table_lookup (by_question, review->question_id);

      if (own == NULL)
        {
          own = g_ptr_array_new ();
          g_hash_table_insert (by_question, review->question_id, own);
        }
      g_ptr_array_add (own, review);
    }

  for (guint i = 0; i < cards->len; i++)
    {
      PursuitCard *card = g_ptr_array_index (cards, i);
      GPtrArray *own = g_hash_table_lookup (by_question, card->question_id);
      PursuitMemory memory;

      if (own == NULL)
        continue;
      if (!pursuit_scheduler_replay (scheduler, own, card->question_id, zone, &memory, error) ||
          !write_card (database, card->question_id, &memory, error))
        goto failed;
    }

  return pursuit_database_commit (database, error);

failed:
  pursuit_database_rollback (database);
  return FALSE;
}

/* Recordings */

static gpointer
recording_from_row (sqlite3_stmt *statement)
{
  PursuitRecording *recording = pursuit_recording_new ();

  pursuit_recording_set_id (recording, sqlite3_column_int64 (statement, 0));
  pursuit_recording_set_review_id (recording, sqlite3_column_int64 (statement, 1));
  pursuit_recording_set_question_id (recording, pursuit_database_column_text (statement, 2));
  pursuit_recording_set_recorded_at (recording, sqlite3_column_int64 (statement, 3));
  pursuit_recording_set_duration_ms (recording, sqlite3_column_int64 (statement, 4));
  pursuit_recording_set_mime_type (recording, pursuit_database_column_text (statement, 5));
  pursuit_recording_set_size (recording, sqlite3_column_int64 (statement, 6));
  return recording;
}

/**
 * pursuit_repository_list_recordings:
 * @question_id: (nullable): one question's recordings, or %NULL for all
 *
 * Returns: (transfer full) (element-type PursuitRecording): the recordings,
 *   latest first, without their sound
 */
GPtrArray *
pursuit_repository_list_recordings (PursuitRepository  *self,
                                    const char         *question_id,
                                    GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "SELECT r.id, r.review_id, v.question_id, r.recorded_at, r.duration_ms, "
                                        "r.mime_type, r.size FROM practice_recordings r "
                                        "JOIN practice_reviews v ON v.id = r.review_id "
                                        "WHERE ?1 IS NULL OR v.question_id = ?1 "
                                        "ORDER BY r.recorded_at DESC, r.id DESC",
                                        error);
  if (statement == NULL)
    return NULL;
  if (question_id != NULL)
    sqlite3_bind_text (statement, 1, question_id, -1, SQLITE_TRANSIENT);
  return collect_rows (database, statement, recording_from_row, g_object_unref, error);
}

/**
 * pursuit_repository_read_recording_audio:
 *
 * Returns: (transfer full): the recording's sound, or %NULL with @error set
 */
GBytes *
pursuit_repository_read_recording_audio (PursuitRepository  *self,
                                         gint64              recording_id,
                                         GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  GBytes *audio;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "SELECT audio FROM practice_recording_audio WHERE recording_id = ?",
                                        error);
  if (statement == NULL)
    return NULL;
  sqlite3_bind_int64 (statement, 1, recording_id);
  step = pursuit_database_step (database, statement, error);
  if (step == 0)
    return NULL;
  if (step != SQLITE_ROW)
    {
      sqlite3_reset (statement);
      not_found (error, _("The recording was deleted"));
      return NULL;
    }
  audio = g_bytes_new (sqlite3_column_blob (statement, 0), (gsize) sqlite3_column_bytes (statement, 0));
  sqlite3_reset (statement);
  return audio;
}

gboolean
pursuit_repository_delete_recording (PursuitRepository  *self,
                                     gint64              recording_id,
                                     GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  return delete_by_id (self, "DELETE FROM practice_recordings WHERE id = ?", recording_id,
                       _("The recording was deleted"), error);
}

/* Stories */

static void
bind_story (sqlite3_stmt *statement,
            PursuitStory *story,
            char         *competencies)
{
  sqlite3_bind_text (statement, 1, pursuit_story_get_title (story), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, pursuit_story_get_situation (story), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, pursuit_story_get_task (story), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 4, pursuit_story_get_action (story), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 5, pursuit_story_get_result (story), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 6, competencies, -1, SQLITE_TRANSIENT);
}

static gboolean
write_link (PursuitDatabase  *database,
            gint64            story_id,
            const char       *question_id,
            gboolean          linked,
            GError          **error)
{
  sqlite3_stmt *statement;

  statement = pursuit_database_prepare (database,
                                        linked ? "INSERT OR IGNORE INTO story_questions (story_id, question_id) "
                                                 "VALUES (?, ?)"
                                               : "DELETE FROM story_questions WHERE story_id = ? AND question_id = ?",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, story_id);
  sqlite3_bind_text (statement, 2, question_id, -1, SQLITE_TRANSIENT);
  return pursuit_database_run (database, statement, error);
}

/**
 * pursuit_repository_insert_story:
 * @story: a new story; its id and times are set, and it is linked to the
 *   questions it lists
 */
gboolean
pursuit_repository_insert_story (PursuitRepository  *self,
                                 PursuitStory       *story,
                                 gint64              now,
                                 GError            **error)
{
  g_autofree char *competencies = NULL;
  const char * const *question_ids;
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_STORY (story), FALSE);

  if (!pursuit_story_validate (story, error))
    return FALSE;

  database = pursuit_repository_get_database (self);
  competencies = join_words (pursuit_story_get_competencies (story));
  question_ids = pursuit_story_get_question_ids (story);
  if (!pursuit_database_begin (database, error))
    return FALSE;

  statement = pursuit_database_prepare (database,
                                        "INSERT INTO stories (title, situation, task, action, result, "
                                        "competencies, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?7)",
                                        error);
  if (statement == NULL)
    goto failed;
  bind_story (statement, story, competencies);
  sqlite3_bind_int64 (statement, 7, now);
  if (!pursuit_database_run (database, statement, error))
    goto failed;
  pursuit_story_set_id (story, pursuit_database_last_insert_id (database));

  for (guint i = 0; question_ids[i] != NULL; i++)
    {
      if (!check_question_id (question_ids[i], error) ||
          !write_link (database, pursuit_story_get_id (story), question_ids[i], TRUE, error))
        goto failed;
    }
  if (!pursuit_database_commit (database, error))
    goto failed;

  pursuit_story_set_created_at (story, now);
  pursuit_story_set_updated_at (story, now);
  return TRUE;

failed:
  pursuit_database_rollback (database);
  pursuit_story_set_id (story, 0);
  return FALSE;
}

/**
 * pursuit_repository_update_story:
 *
 * Saves the story's texts and competencies; its links to questions change
 * only through pursuit_repository_link_story().
 */
gboolean
pursuit_repository_update_story (PursuitRepository  *self,
                                 PursuitStory       *story,
                                 gint64              now,
                                 GError            **error)
{
  g_autofree char *competencies = NULL;
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_STORY (story), FALSE);

  if (!pursuit_story_validate (story, error))
    return FALSE;

  database = pursuit_repository_get_database (self);
  competencies = join_words (pursuit_story_get_competencies (story));
  statement = pursuit_database_prepare (database,
                                        "UPDATE stories SET title = ?, situation = ?, task = ?, action = ?, "
                                        "result = ?, competencies = ?, updated_at = ? WHERE id = ?",
                                        error);
  if (statement == NULL)
    return FALSE;
  bind_story (statement, story, competencies);
  sqlite3_bind_int64 (statement, 7, now);
  sqlite3_bind_int64 (statement, 8, pursuit_story_get_id (story));
  if (!run_update (database, statement, _("The story was deleted"), error))
    return FALSE;
  pursuit_story_set_updated_at (story, now);
  return TRUE;
}

/* Deleting a story takes its links with it (ON DELETE CASCADE). */
gboolean
pursuit_repository_delete_story (PursuitRepository  *self,
                                 gint64              story_id,
                                 GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  return delete_by_id (self, "DELETE FROM stories WHERE id = ?", story_id, _("The story was deleted"), error);
}

static gpointer
story_from_row (sqlite3_stmt *statement)
{
  PursuitStory *story = pursuit_story_new ();
  g_auto(GStrv) competencies = split_words (pursuit_database_column_text (statement, 6));

  pursuit_story_set_id (story, sqlite3_column_int64 (statement, 0));
  pursuit_story_set_title (story, pursuit_database_column_text (statement, 1));
  pursuit_story_set_situation (story, pursuit_database_column_text (statement, 2));
  pursuit_story_set_task (story, pursuit_database_column_text (statement, 3));
  pursuit_story_set_action (story, pursuit_database_column_text (statement, 4));
  pursuit_story_set_result (story, pursuit_database_column_text (statement, 5));
  pursuit_story_set_competencies (story, (const char * const *) competencies);
  pursuit_story_set_created_at (story, sqlite3_column_int64 (statement, 7));
  pursuit_story_set_updated_at (story, sqlite3_column_int64 (statement, 8));
  return story;
}

/**
 * pursuit_repository_list_stories:
 *
 * Returns: (transfer full) (element-type PursuitStory): every story by
 *   title, each with the questions it is linked to
 */
GPtrArray *
pursuit_repository_list_stories (PursuitRepository  *self,
                                 GError            **error)
{
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GHashTable) links = NULL;
  PursuitDatabase *database;
  sqlite3_stmt *statement;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "SELECT " STORY_COLUMNS " FROM stories ORDER BY title COLLATE NOCASE, id",
                                        error);
  if (statement == NULL)
    return NULL;
  stories = collect_rows (database, statement, story_from_row, g_object_unref, error);
  if (stories == NULL)
    return NULL;

  statement = pursuit_database_prepare (database,
                                        "SELECT story_id, question_id FROM story_questions "
                                        "ORDER BY story_id, question_id",
                                        error);
  if (statement == NULL)
    return NULL;
  links = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_strv_builder_unref);
  while ((step = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    {
      gint64 story_id = sqlite3_column_int64 (statement, 0);
      GStrvBuilder *builder = g_hash_table_lookup (links, &story_id);

      if (builder == NULL)
        {
          builder = g_strv_builder_new ();
          g_hash_table_insert (links, g_memdup2 (&story_id, sizeof story_id), builder);
        }
      g_strv_builder_add (builder, pursuit_database_column_text (statement, 1));
    }
  if (step == 0)
    return NULL;
  sqlite3_reset (statement);

  for (guint i = 0; i < stories->len; i++)
    {
      PursuitStory *story = g_ptr_array_index (stories, i);
      gint64 story_id = pursuit_story_get_id (story);
      GStrvBuilder *builder = g_hash_table_lookup (links, &story_id);

      if (builder != NULL)
        {
          g_auto(GStrv) question_ids = g_strv_builder_end (builder);

          pursuit_story_set_question_ids (story, (const char * const *) question_ids);
        }
    }
  return g_steal_pointer (&stories);
}

/**
 * pursuit_repository_link_story:
 * @linked: %TRUE to link the story to the question, %FALSE to unlink it
 */
gboolean
pursuit_repository_link_story (PursuitRepository  *self,
                               gint64              story_id,
                               const char         *question_id,
                               gboolean            linked,
                               GError            **error)
{
  PursuitDatabase *database;
  gboolean exists = FALSE;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  if (!check_question_id (question_id, error))
    return FALSE;
  database = pursuit_repository_get_database (self);
  if (!pursuit_repository_row_exists (database, "SELECT 1 FROM stories WHERE id = ?", story_id, &exists, error))
    return FALSE;
  if (!exists)
    return not_found (error, _("The story was deleted"));
  return write_link (database, story_id, question_id, linked, error);
}

/* The user's own questions */

static gboolean
bind_custom_question (PursuitDatabase        *database,
                      sqlite3_stmt           *statement,
                      PursuitCustomQuestion  *question,
                      GError                **error)
{
  g_autofree char *competencies = join_words (pursuit_custom_question_get_competencies (question));
  g_autofree char *covers = g_strjoinv ("\n", (char **) pursuit_custom_question_get_covers (question));
  g_autofree char *outline = g_strjoinv ("\n", (char **) pursuit_custom_question_get_outline (question));
  g_autofree char *followups = g_strjoinv ("\n", (char **) pursuit_custom_question_get_followups (question));
  gint64 job_id = pursuit_custom_question_get_job_id (question);

  if (job_id != 0 && !pursuit_repository_check_job (database, job_id, error))
    return FALSE;

  sqlite3_bind_text (statement, 1, pursuit_custom_question_get_text (question), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 2, pursuit_custom_question_get_category (question), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 3, competencies, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 4, pursuit_custom_question_get_why (question), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 5, covers, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 6, outline, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 7, followups, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (statement, 8, pursuit_custom_question_get_role (question), -1, SQLITE_TRANSIENT);
  if (job_id != 0)
    sqlite3_bind_int64 (statement, 9, job_id);
  else
    sqlite3_bind_null (statement, 9);
  return TRUE;
}

/**
 * pursuit_repository_insert_custom_question:
 * @question: a new question; its id and times are set
 */
gboolean
pursuit_repository_insert_custom_question (PursuitRepository      *self,
                                           PursuitCustomQuestion  *question,
                                           gint64                  now,
                                           GError                **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_CUSTOM_QUESTION (question), FALSE);

  if (!pursuit_custom_question_validate (question, error))
    return FALSE;

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "INSERT INTO custom_questions (text, category, competencies, why, covers, "
                                        "outline, followups, role, job_id, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?10, ?10)",
                                        error);
  if (statement == NULL || !bind_custom_question (database, statement, question, error))
    return FALSE;
  sqlite3_bind_int64 (statement, 10, now);
  if (!pursuit_database_run (database, statement, error))
    return FALSE;

  pursuit_custom_question_set_id (question, pursuit_database_last_insert_id (database));
  pursuit_custom_question_set_created_at (question, now);
  pursuit_custom_question_set_updated_at (question, now);
  return TRUE;
}

gboolean
pursuit_repository_update_custom_question (PursuitRepository      *self,
                                           PursuitCustomQuestion  *question,
                                           gint64                  now,
                                           GError                **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_CUSTOM_QUESTION (question), FALSE);

  if (!pursuit_custom_question_validate (question, error))
    return FALSE;

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "UPDATE custom_questions SET text = ?, category = ?, competencies = ?, "
                                        "why = ?, covers = ?, outline = ?, followups = ?, role = ?, job_id = ?, "
                                        "updated_at = ? WHERE id = ?",
                                        error);
  if (statement == NULL || !bind_custom_question (database, statement, question, error))
    return FALSE;
  sqlite3_bind_int64 (statement, 10, now);
  sqlite3_bind_int64 (statement, 11, pursuit_custom_question_get_id (question));
  if (!run_update (database, statement, _("The question was deleted"), error))
    return FALSE;
  pursuit_custom_question_set_updated_at (question, now);
  return TRUE;
}

/**
 * pursuit_repository_delete_custom_question:
 *
 * Deletes the question with its schedule, story links, pins and recordings
 * (a trigger of the schema does, as when its job goes); its reviews stay in
 * the log.
 */
gboolean
pursuit_repository_delete_custom_question (PursuitRepository  *self,
                                           gint64              question_id,
                                           GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  return delete_by_id (self, "DELETE FROM custom_questions WHERE id = ?", question_id,
                       _("The question was deleted"), error);
}

static gpointer
custom_question_from_row (sqlite3_stmt *statement)
{
  PursuitCustomQuestion *question = pursuit_custom_question_new ();
  g_auto(GStrv) competencies = split_words (pursuit_database_column_text (statement, 3));
  g_auto(GStrv) covers = pursuit_custom_question_split_lines (pursuit_database_column_text (statement, 5));
  g_auto(GStrv) outline = pursuit_custom_question_split_lines (pursuit_database_column_text (statement, 6));
  g_auto(GStrv) followups = pursuit_custom_question_split_lines (pursuit_database_column_text (statement, 7));

  pursuit_custom_question_set_id (question, sqlite3_column_int64 (statement, 0));
  pursuit_custom_question_set_text (question, pursuit_database_column_text (statement, 1));
  pursuit_custom_question_set_category (question, pursuit_database_column_text (statement, 2));
  pursuit_custom_question_set_competencies (question, (const char * const *) competencies);
  pursuit_custom_question_set_why (question, pursuit_database_column_text (statement, 4));
  pursuit_custom_question_set_covers (question, (const char * const *) covers);
  pursuit_custom_question_set_outline (question, (const char * const *) outline);
  pursuit_custom_question_set_followups (question, (const char * const *) followups);
  pursuit_custom_question_set_role (question, pursuit_database_column_text (statement, 8));
  pursuit_custom_question_set_job_id (question, sqlite3_column_int64 (statement, 9));
  pursuit_custom_question_set_created_at (question, sqlite3_column_int64 (statement, 10));
  pursuit_custom_question_set_updated_at (question, sqlite3_column_int64 (statement, 11));
  return question;
}

/**
 * pursuit_repository_list_custom_questions:
 *
 * Returns: (transfer full) (element-type PursuitCustomQuestion): the user's
 *   questions in the order they were written; those of jobs in the trash
 *   are left out
 */
GPtrArray *
pursuit_repository_list_custom_questions (PursuitRepository  *self,
                                          GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "SELECT " CUSTOM_QUESTION_COLUMNS " FROM custom_questions "
                                        "WHERE job_id IS NULL OR job_id IN (SELECT id FROM jobs WHERE trashed_at IS NULL) "
                                        "ORDER BY id",
                                        error);
  if (statement == NULL)
    return NULL;
  return collect_rows (database, statement, custom_question_from_row, g_object_unref, error);
}

/* Pins */

/**
 * pursuit_repository_pin_question:
 * @pinned: %TRUE to pin the question to the job's practice set, %FALSE to
 *   unpin it
 */
gboolean
pursuit_repository_pin_question (PursuitRepository  *self,
                                 gint64              job_id,
                                 const char         *question_id,
                                 gboolean            pinned,
                                 gint64              now,
                                 GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  if (!check_question_id (question_id, error))
    return FALSE;
  database = pursuit_repository_get_database (self);
  if (pinned && !pursuit_repository_check_job (database, job_id, error))
    return FALSE;

  statement = pursuit_database_prepare (database,
                                        pinned ? "INSERT OR IGNORE INTO question_pins (job_id, question_id, pinned_at) "
                                                 "VALUES (?, ?, ?)"
                                               : "DELETE FROM question_pins WHERE job_id = ? AND question_id = ?",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, job_id);
  sqlite3_bind_text (statement, 2, question_id, -1, SQLITE_TRANSIENT);
  if (pinned)
    sqlite3_bind_int64 (statement, 3, now);
  return pursuit_database_run (database, statement, error);
}

static gpointer
pin_from_row (sqlite3_stmt *statement)
{
  PursuitPin *pin = g_new0 (PursuitPin, 1);

  pin->job_id = sqlite3_column_int64 (statement, 0);
  pin->question_id = g_strdup (pursuit_database_column_text (statement, 1));
  pin->pinned_at = sqlite3_column_int64 (statement, 2);
  return pin;
}

/**
 * pursuit_repository_list_pins:
 *
 * Returns: (transfer full) (element-type PursuitPin): every pinned question,
 *   by job and in the order pinned
 */
GPtrArray *
pursuit_repository_list_pins (PursuitRepository  *self,
                              GError            **error)
{
  PursuitDatabase *database;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  database = pursuit_repository_get_database (self);
  statement = pursuit_database_prepare (database,
                                        "SELECT job_id, question_id, pinned_at FROM question_pins "
                                        "ORDER BY job_id, pinned_at, question_id",
                                        error);
  if (statement == NULL)
    return NULL;
  return collect_rows (database, statement, pin_from_row, (GDestroyNotify) pursuit_pin_free, error);
}

/* Everything at once */

void
pursuit_practice_records_free (PursuitPracticeRecords *records)
{
  if (records == NULL)
    return;
  g_clear_pointer (&records->cards, g_ptr_array_unref);
  g_clear_pointer (&records->reviews, g_ptr_array_unref);
  g_clear_pointer (&records->pins, g_ptr_array_unref);
  g_clear_pointer (&records->custom_questions, g_ptr_array_unref);
  g_free (records);
}

/**
 * pursuit_repository_load_practice:
 *
 * Returns: (transfer full): the schedules, the log, the pins and the user's
 *   questions, or %NULL with @error set
 */
PursuitPracticeRecords *
pursuit_repository_load_practice (PursuitRepository  *self,
                                  GError            **error)
{
  g_autoptr(PursuitPracticeRecords) records = g_new0 (PursuitPracticeRecords, 1);

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  if ((records->cards = pursuit_repository_list_cards (self, error)) == NULL ||
      (records->reviews = pursuit_repository_list_reviews (self, NULL, error)) == NULL ||
      (records->pins = pursuit_repository_list_pins (self, error)) == NULL ||
      (records->custom_questions = pursuit_repository_list_custom_questions (self, error)) == NULL)
    return NULL;
  return g_steal_pointer (&records);
}

/* The deck's interview for a job: its next one, if still ahead. */
gint64
pursuit_practice_interview_ahead (PursuitJob *job,
                                  gint64      now)
{
  gint64 interview_at = pursuit_job_get_next_interview_at (job);

  return interview_at > now ? interview_at : 0;
}

/* The deck of @records, its jobs made by @add_jobs. */
static PursuitPracticeDeck *
make_deck (PursuitPracticeRecords *records,
           PursuitContent         *content,
           const char * const     *roles,
           void                  (*add_jobs) (PursuitPracticeDeck *deck,
                                              gpointer             data),
           gpointer                data)
{
  PursuitPracticeDeck *deck;

  g_return_val_if_fail (records != NULL, NULL);
  g_return_val_if_fail (PURSUIT_IS_CONTENT (content), NULL);

  deck = pursuit_practice_deck_new (content);
  for (guint i = 0; i < records->custom_questions->len; i++)
    pursuit_practice_deck_add_custom_question (deck, g_ptr_array_index (records->custom_questions, i));
  for (guint i = 0; i < records->cards->len; i++)
    {
      PursuitCard *card = g_ptr_array_index (records->cards, i);

      pursuit_practice_deck_set_memory (deck, card->question_id, &card->memory);
    }
  add_jobs (deck, data);
  for (guint i = 0; i < records->pins->len; i++)
    {
      PursuitPin *pin = g_ptr_array_index (records->pins, i);

      pursuit_practice_deck_pin (deck, pin->job_id, pin->question_id);
    }
  for (guint i = 0; roles != NULL && roles[i] != NULL; i++)
    pursuit_practice_deck_add_role (deck, roles[i]);
  return deck;
}

typedef struct
{
  GListModel *jobs;
  gint64 now;
} JobsModel;

static void
add_model_jobs (PursuitPracticeDeck *deck,
                gpointer             data)
{
  JobsModel *model = data;

  /* Archived jobs too, kept apart, so the deck's places stay the model's. */
  for (guint i = 0; i < g_list_model_get_n_items (model->jobs); i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (model->jobs, i);

      pursuit_practice_deck_insert_job (deck, -1, pursuit_job_get_id (job), pursuit_job_get_title (job),
                                        pursuit_practice_interview_ahead (job, model->now),
                                        pursuit_job_get_archived (job));
    }
}

/**
 * pursuit_practice_records_make_deck:
 * @jobs: (element-type PursuitJob): the jobs; archived ones are practised
 *   for nothing
 * @roles: (nullable): the roles the user chose to practise
 * @now: the current time, to tell an interview still ahead
 *
 * What the app and pursuit-cli both practise from: the bank and the
 * user's questions, each answered question's schedule, the jobs with their
 * next interviews and pins, and the chosen roles.
 *
 * Returns: (transfer full): the deck
 */
PursuitPracticeDeck *
pursuit_practice_records_make_deck (PursuitPracticeRecords *records,
                                    PursuitContent         *content,
                                    GListModel             *jobs,
                                    const char * const     *roles,
                                    gint64                  now)
{
  JobsModel model = { jobs, now };

  g_return_val_if_fail (G_IS_LIST_MODEL (jobs), NULL);

  return make_deck (records, content, roles, add_model_jobs, &model);
}

static void
copy_jobs (PursuitPracticeDeck *deck,
           gpointer             data)
{
  pursuit_practice_deck_copy_jobs (deck, data);
}

/**
 * pursuit_practice_records_remake_deck:
 * @deck: a deck whose jobs are still those of the jobs model
 *
 * The same as pursuit_practice_records_make_deck() for records read again,
 * taking the jobs (and the roles their titles match) from @deck.
 *
 * Returns: (transfer full): the new deck
 */
PursuitPracticeDeck *
pursuit_practice_records_remake_deck (PursuitPracticeRecords *records,
                                      PursuitContent         *content,
                                      PursuitPracticeDeck    *deck,
                                      const char * const     *roles)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (deck), NULL);

  return make_deck (records, content, roles, copy_jobs, deck);
}
