/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pursuit-database.h"
#include "pursuit-error.h"
#include "pursuit-migrations.h"
#include "pursuit-practice.h"
#include "pursuit-repository-practice.h"
#include "pursuit-store.h"
#include "pursuit-validation.h"

/* Interview practice in the database: the review log and schedules,
 * recordings, stories, the user's questions, pins, the upgrade to schema 7
 * and the store's operations. What the file holds is read back through a
 * connection of the test's own. Expected schedules come from the FSRS-6
 * reference (tests/data/fsrs6-reference.json, case good-always-on-time). */

#define DAY (24 * 60 * 60)
/* 2026-03-02, a Monday, 09:00 UTC; its day number is 20514. */
#define MONDAY_0900 ((gint64) 20514 * DAY + 9 * 60 * 60)
#define MONDAY 20514

typedef struct
{
  char *dir;
  char *path;
  PursuitRepository *repository;
  GTimeZone *utc;
  PursuitScheduler scheduler;
} Fixture;

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *child = g_build_filename (dir, name, NULL);

      g_assert_no_errno (g_unlink (child));
    }
  g_assert_no_errno (g_rmdir (dir));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("pursuit-practice-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  fixture->utc = g_time_zone_new_utc ();
  pursuit_scheduler_init (&fixture->scheduler, PURSUIT_PRACTICE_DEFAULT_RETENTION);
  if (data == NULL)
    {
      fixture->repository = pursuit_repository_open (fixture->path, &error);
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->repository);
  g_time_zone_unref (fixture->utc);
  remove_dir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* The first column of the first row of @sql, read with a connection of the
 * test's own. */
static gint64
sql_number (const char *path,
            const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *statement = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_open_v2 (path, &handle, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (handle, sql, -1, &statement, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (handle));
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (handle);
  return value;
}

static gint64
add_job (PursuitRepository *repository,
         const char        *title)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(GPtrArray) stages = pursuit_repository_list_stages (repository);
  g_autoptr(GError) error = NULL;

  pursuit_job_set_company (job, "Acme Ltd");
  pursuit_job_set_title (job, title);
  pursuit_job_set_stage (job, g_ptr_array_index (stages, 0));
  g_assert_true (pursuit_repository_insert_job (repository, job, MONDAY_0900, &error));
  g_assert_no_error (error);
  return pursuit_job_get_id (job);
}

/* Answers @question_id as its stored schedule stands, and logs it. */
static PursuitReview *
answer (Fixture       *fixture,
        const char    *question_id,
        PursuitRating  rating,
        gint64         at)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;
  PursuitMemory before;
  PursuitReview *review;

  pursuit_memory_init (&before);
  cards = pursuit_repository_list_cards (fixture->repository, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < cards->len; i++)
    {
      PursuitCard *card = g_ptr_array_index (cards, i);

      if (g_str_equal (card->question_id, question_id))
        before = card->memory;
    }

  review = pursuit_scheduler_record (&fixture->scheduler, question_id, &before, rating, at, fixture->utc, 75);
  g_assert_true (pursuit_repository_add_review (fixture->repository, review, NULL, NULL, &error));
  g_assert_no_error (error);
  return review;
}

static const PursuitCard *
find_card (GPtrArray  *cards,
           const char *question_id)
{
  for (guint i = 0; i < cards->len; i++)
    {
      const PursuitCard *card = g_ptr_array_index (cards, i);

      if (g_str_equal (card->question_id, question_id))
        return card;
    }
  return NULL;
}

/* Every answer is a line of the log, with what the user wrote and ticked,
 * and the schedule before and after it. */
static void
test_reviews_logged (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PursuitReview) review = NULL;
  g_autoptr(PursuitReview) second = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GError) error = NULL;
  const PursuitReview *read;
  PursuitMemory fresh;

  pursuit_memory_init (&fresh);
  review = pursuit_scheduler_record (&fixture->scheduler, "q-angry-customer-refund", &fresh, PURSUIT_RATING_GOOD,
                                     MONDAY_0900, fixture->utc, 131);
  review->notes = g_strdup ("Refund story from the\nbilling queue");
  review->n_points = 4;
  review->ticked = 0x5;  /* points 0 and 2 */
  g_assert_true (pursuit_repository_add_review (fixture->repository, review, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (review->id, >, 0);
  second = answer (fixture, "q-explain-technical", PURSUIT_RATING_AGAIN, MONDAY_0900 + 60);

  log = pursuit_repository_list_reviews (fixture->repository, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 2);
  read = g_ptr_array_index (log, 0);
  g_assert_cmpint (read->id, ==, review->id);
  g_assert_cmpstr (read->question_id, ==, "q-angry-customer-refund");
  g_assert_cmpint (read->reviewed_at, ==, MONDAY_0900);
  g_assert_cmpint (read->rating, ==, PURSUIT_RATING_GOOD);
  g_assert_cmpint (read->seconds_taken, ==, 131);
  g_assert_cmpstr (read->notes, ==, "Refund story from the\nbilling queue");
  g_assert_cmpuint (read->n_points, ==, 4);
  g_assert_true (pursuit_review_is_point_ticked (read, 0));
  g_assert_false (pursuit_review_is_point_ticked (read, 1));
  g_assert_true (pursuit_review_is_point_ticked (read, 2));
  g_assert_cmpint (read->before.state, ==, PURSUIT_CARD_STATE_NEW);
  /* The reference: a first Good gives stability w2 = 2.3065 and 3 days. */
  g_assert_cmpint (read->after.state, ==, PURSUIT_CARD_STATE_REVIEW);
  g_assert_cmpfloat_with_epsilon (read->after.stability, 2.3065, 1e-9);
  g_assert_cmpfloat_with_epsilon (read->after.difficulty, 2.118104, 1e-6);
  g_assert_cmpint (read->after.due_day, ==, MONDAY + 3);
  g_assert_null (((PursuitReview *) g_ptr_array_index (log, 1))->notes);

  one = pursuit_repository_list_reviews (fixture->repository, "q-explain-technical", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpint (((PursuitReview *) g_ptr_array_index (one, 0))->rating, ==, PURSUIT_RATING_AGAIN);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM practice_reviews"), ==, 2);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM practice_cards"), ==, 2);

  /* A rating out of range is refused and nothing is written. */
  review->rating = 5;
  g_assert_false (pursuit_repository_add_review (fixture->repository, review, NULL, NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM practice_reviews"), ==, 2);
}

/* The schedules kept beside the log are the ones the log replays to, and
 * match the reference implementation. */
static void
test_replay_equals_live (Fixture       *fixture,
                         gconstpointer  data)
{
  static const struct
  {
    const char *question_id;
    int day;
    PursuitRating rating;
  } answers[] = {
    { "q-angry-customer-refund", 0, PURSUIT_RATING_GOOD },
    { "q-explain-technical", 0, PURSUIT_RATING_HARD },
    { "q-own-mistake", 1, PURSUIT_RATING_AGAIN },
    { "q-angry-customer-refund", 3, PURSUIT_RATING_GOOD },
    { "q-own-mistake", 2, PURSUIT_RATING_GOOD },
    { "q-explain-technical", 2, PURSUIT_RATING_EASY },
    { "q-own-mistake", 2, PURSUIT_RATING_GOOD },
    { "q-explain-technical", 9, PURSUIT_RATING_AGAIN },
  };
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GError) error = NULL;
  const PursuitCard *card;

  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      g_autoptr(PursuitReview) review = answer (fixture, answers[i].question_id, answers[i].rating,
                                                MONDAY_0900 + answers[i].day * DAY + i);
    }

  cards = pursuit_repository_list_cards (fixture->repository, &error);
  g_assert_no_error (error);
  log = pursuit_repository_list_reviews (fixture->repository, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 3);
  g_assert_cmpuint (log->len, ==, G_N_ELEMENTS (answers));

  for (guint i = 0; i < cards->len; i++)
    {
      PursuitCard *live = g_ptr_array_index (cards, i);
      PursuitMemory replayed;

      g_assert_true (pursuit_scheduler_replay (&fixture->scheduler, log, live->question_id, fixture->utc,
                                               &replayed, &error));
      g_assert_no_error (error);
      g_assert_cmpint (replayed.state, ==, live->memory.state);
      g_assert_cmpfloat (replayed.stability, ==, live->memory.stability);
      g_assert_cmpfloat (replayed.difficulty, ==, live->memory.difficulty);
      g_assert_cmpint (replayed.last_review_day, ==, live->memory.last_review_day);
      g_assert_cmpint (replayed.due_day, ==, live->memory.due_day);
      g_assert_cmpint (replayed.reps, ==, live->memory.reps);
      g_assert_cmpint (replayed.lapses, ==, live->memory.lapses);
    }

  /* Good on day 0 and on day 3: the reference's stability 13.826903, due
   * on day 17. */
  card = find_card (cards, "q-angry-customer-refund");
  g_assert_cmpfloat_with_epsilon (card->memory.stability, 13.826903, 1e-6);
  g_assert_cmpint (card->memory.due_day, ==, MONDAY + 17);
  g_assert_cmpint (card->memory.reps, ==, 2);
  /* Again after a first answer is a lapse. */
  g_assert_cmpint (find_card (cards, "q-explain-technical")->memory.lapses, ==, 1);
}

/* A lower desired retention lengthens the intervals; rebuilding applies it
 * to every schedule and leaves the log alone. */
static void
test_rebuild_with_new_retention (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(PursuitReview) first = answer (fixture, "q-angry-customer-refund", PURSUIT_RATING_GOOD, MONDAY_0900);
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;
  PursuitScheduler lower;
  const PursuitCard *card;

  pursuit_scheduler_init (&lower, 0.8);
  g_assert_true (pursuit_repository_rebuild_cards (fixture->repository, &lower, fixture->utc, &error));
  g_assert_no_error (error);

  cards = pursuit_repository_list_cards (fixture->repository, &error);
  g_assert_no_error (error);
  card = find_card (cards, "q-angry-customer-refund");
  /* By hand: decay = -w20 = -0.1542, so 1/decay = -6.48508;
   * factor = 0.9^-6.48508 - 1 = 1.98033 - 1 = 0.98033;
   * I(0.8, S) = S / factor * (0.8^-6.48508 - 1) = 2.3065 / 0.98033 * 3.25097
   * = 7.649, rounded 8 days (Hard's 4 stays below it). The stability does
   * not depend on the retention. */
  g_assert_cmpfloat_with_epsilon (card->memory.stability, 2.3065, 1e-9);
  g_assert_cmpint (card->memory.due_day, ==, MONDAY + 8);
  g_assert_cmpint (sql_number (fixture->path, "SELECT due_day_after FROM practice_reviews"), ==, MONDAY + 3);
}

static void
test_recordings (Fixture       *fixture,
                 gconstpointer  data)
{
  static const guint8 sound[] = { 'O', 'g', 'g', 'S', 0, 2, 0, 0, 0xff, 0x10 };
  g_autoptr(GBytes) audio = g_bytes_new_static (sound, sizeof sound);
  g_autoptr(PursuitRecording) recording = pursuit_recording_new ();
  g_autoptr(PursuitReview) review = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GBytes) read = NULL;
  g_autoptr(GError) error = NULL;
  PursuitRecording *first;
  PursuitMemory fresh;

  pursuit_memory_init (&fresh);
  review = pursuit_scheduler_record (&fixture->scheduler, "q-own-mistake", &fresh, PURSUIT_RATING_HARD,
                                     MONDAY_0900, fixture->utc, 90);
  pursuit_recording_set_recorded_at (recording, MONDAY_0900 - 90);
  pursuit_recording_set_duration_ms (recording, 1000);
  pursuit_recording_set_mime_type (recording, "audio/ogg");
  g_assert_true (pursuit_repository_add_review (fixture->repository, review, recording, audio, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_recording_get_review_id (recording), ==, review->id);

  listed = pursuit_repository_list_recordings (fixture->repository, "q-own-mistake", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  first = g_ptr_array_index (listed, 0);
  g_assert_cmpint (pursuit_recording_get_id (first), ==, pursuit_recording_get_id (recording));
  g_assert_cmpstr (pursuit_recording_get_question_id (first), ==, "q-own-mistake");
  g_assert_cmpint (pursuit_recording_get_duration_ms (first), ==, 1000);
  g_assert_cmpint (pursuit_recording_get_size (first), ==, sizeof sound);
  g_assert_cmpstr (pursuit_recording_get_mime_type (first), ==, "audio/ogg");
  none = pursuit_repository_list_recordings (fixture->repository, "q-explain-technical", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);

  read = pursuit_repository_read_recording_audio (fixture->repository, pursuit_recording_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (read, audio));
  /* The list reads no sound: it lives in a table of its own. */
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM pragma_table_info ('practice_recordings') "
                                              "WHERE type = 'BLOB'"), ==, 0);

  g_assert_true (pursuit_repository_delete_recording (fixture->repository, pursuit_recording_get_id (first), &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM practice_recording_audio"), ==, 0);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM practice_reviews"), ==, 1);
  g_assert_false (pursuit_repository_delete_recording (fixture->repository, pursuit_recording_get_id (first), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (pursuit_repository_read_recording_audio (fixture->repository, pursuit_recording_get_id (first),
                                                          &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static PursuitStory *
story_new (const char  *title,
           const char **competencies,
           const char **question_ids)
{
  PursuitStory *story = pursuit_story_new ();

  pursuit_story_set_title (story, title);
  pursuit_story_set_situation (story, "A customer was charged twice");
  pursuit_story_set_task (story, "Fix it before the weekend");
  pursuit_story_set_action (story, "Called billing, issued the refund");
  pursuit_story_set_result (story, "Refund in two days; the customer stayed");
  pursuit_story_set_competencies (story, competencies);
  pursuit_story_set_question_ids (story, question_ids);
  return story;
}

static void
test_stories (Fixture       *fixture,
              gconstpointer  data)
{
  const char *refund_competencies[] = { "empathy", "de-escalation", NULL };
  const char *refund_questions[] = { "q-angry-customer-refund", NULL };
  const char *team_competencies[] = { "teamwork", NULL };
  g_autoptr(PursuitStory) refund = story_new ("The double charge", refund_competencies, refund_questions);
  g_autoptr(PursuitStory) team = story_new ("Covering a colleague's queue", team_competencies, NULL);
  g_autoptr(PursuitStory) untitled = story_new (" ", NULL, NULL);
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GError) error = NULL;
  PursuitStory *read;

  g_assert_true (pursuit_repository_insert_story (fixture->repository, refund, MONDAY_0900, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_insert_story (fixture->repository, team, MONDAY_0900, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_repository_insert_story (fixture->repository, untitled, MONDAY_0900, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_true (pursuit_repository_link_story (fixture->repository, pursuit_story_get_id (team),
                                                "q-own-mistake", TRUE, &error));
  g_assert_true (pursuit_repository_link_story (fixture->repository, pursuit_story_get_id (refund),
                                                "q-own-mistake", TRUE, &error));
  /* Linking twice keeps one link. */
  g_assert_true (pursuit_repository_link_story (fixture->repository, pursuit_story_get_id (refund),
                                                "q-own-mistake", TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_repository_link_story (fixture->repository, 999, "q-own-mistake", TRUE, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  pursuit_story_set_result (refund, "Refunded; she wrote to thank the team");
  g_assert_true (pursuit_repository_update_story (fixture->repository, refund, MONDAY_0900 + DAY, &error));
  g_assert_no_error (error);

  stories = pursuit_repository_list_stories (fixture->repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stories->len, ==, 2);
  /* By title: "Covering…" before "The double…". */
  g_assert_cmpstr (pursuit_story_get_title (g_ptr_array_index (stories, 0)), ==, "Covering a colleague's queue");
  read = g_ptr_array_index (stories, 1);
  g_assert_cmpstr (pursuit_story_get_result (read), ==, "Refunded; she wrote to thank the team");
  g_assert_cmpstr (pursuit_story_get_situation (read), ==, "A customer was charged twice");
  g_assert_true (pursuit_story_has_competency (read, "de-escalation"));
  g_assert_false (pursuit_story_has_competency (read, "teamwork"));
  g_assert_cmpuint (g_strv_length ((char **) pursuit_story_get_question_ids (read)), ==, 2);
  g_assert_true (pursuit_story_answers (read, "q-angry-customer-refund"));
  g_assert_true (pursuit_story_answers (read, "q-own-mistake"));
  g_assert_cmpint (pursuit_story_get_updated_at (read), ==, MONDAY_0900 + DAY);

  g_assert_true (pursuit_repository_link_story (fixture->repository, pursuit_story_get_id (refund),
                                                "q-own-mistake", FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM story_questions"), ==, 2);

  g_assert_true (pursuit_repository_delete_story (fixture->repository, pursuit_story_get_id (refund), &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM story_questions"), ==, 1);
  g_assert_false (pursuit_repository_delete_story (fixture->repository, pursuit_story_get_id (refund), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static PursuitCustomQuestion *
custom_new (const char *text,
            const char *role,
            gint64      job_id)
{
  const char *covers[] = { "Names the tool", "Says what changed", NULL };
  const char *outline[] = { "The queue", "Your part", "What you did", "The numbers after", NULL };
  const char *competencies[] = { "tools", "learning", NULL };
  PursuitCustomQuestion *question = pursuit_custom_question_new ();

  pursuit_custom_question_set_text (question, text);
  pursuit_custom_question_set_category (question, "behavioural");
  pursuit_custom_question_set_competencies (question, competencies);
  pursuit_custom_question_set_why (question, "Acme moved to a new ticketing system this year.");
  pursuit_custom_question_set_covers (question, covers);
  pursuit_custom_question_set_outline (question, outline);
  pursuit_custom_question_set_role (question, role);
  pursuit_custom_question_set_job_id (question, job_id);
  return question;
}

static void
test_custom_questions (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 job_id = add_job (fixture->repository, "Support Agent");
  g_autoptr(PursuitCustomQuestion) general = custom_new ("How do you learn a new tool?", NULL, 0);
  g_autoptr(PursuitCustomQuestion) for_role = custom_new ("Which CRM have you used?", "customer-service-specialist", 0);
  g_autoptr(PursuitCustomQuestion) for_job = custom_new ("Why Acme?", NULL, job_id);
  g_autoptr(PursuitCustomQuestion) both = custom_new ("Both?", "customer-service-specialist", job_id);
  g_autoptr(PursuitCustomQuestion) empty = custom_new ("", NULL, 0);
  g_autoptr(PursuitCustomQuestion) no_job = custom_new ("Gone?", NULL, 4242);
  g_autoptr(PursuitStory) story = story_new ("Learning Zendesk", NULL, NULL);
  g_autoptr(PursuitReview) review = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *job_question_id = NULL;
  PursuitCustomQuestion *read;

  g_assert_true (pursuit_repository_insert_custom_question (fixture->repository, general, MONDAY_0900, &error));
  g_assert_true (pursuit_repository_insert_custom_question (fixture->repository, for_role, MONDAY_0900, &error));
  g_assert_true (pursuit_repository_insert_custom_question (fixture->repository, for_job, MONDAY_0900, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_repository_insert_custom_question (fixture->repository, both, MONDAY_0900, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (pursuit_repository_insert_custom_question (fixture->repository, empty, MONDAY_0900, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_false (pursuit_repository_insert_custom_question (fixture->repository, no_job, MONDAY_0900, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  pursuit_custom_question_set_why (general, "Tools change every year.");
  g_assert_true (pursuit_repository_update_custom_question (fixture->repository, general, MONDAY_0900 + 5, &error));
  g_assert_no_error (error);

  questions = pursuit_repository_list_custom_questions (fixture->repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (questions->len, ==, 3);
  read = g_ptr_array_index (questions, 0);
  g_assert_cmpstr (pursuit_custom_question_get_text (read), ==, "How do you learn a new tool?");
  g_assert_cmpstr (pursuit_custom_question_get_why (read), ==, "Tools change every year.");
  g_assert_cmpstr (pursuit_custom_question_get_role (read), ==, "");
  g_assert_cmpint (pursuit_custom_question_get_job_id (read), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) pursuit_custom_question_get_covers (read)), ==, 2);
  g_assert_cmpstr (pursuit_custom_question_get_outline (read)[3], ==, "The numbers after");
  g_assert_cmpstr (pursuit_custom_question_get_competencies (read)[1], ==, "learning");
  g_assert_cmpstr (pursuit_custom_question_get_role (g_ptr_array_index (questions, 1)), ==,
                   "customer-service-specialist");
  g_assert_cmpint (pursuit_custom_question_get_job_id (g_ptr_array_index (questions, 2)), ==, job_id);

  /* The job's question is practised, linked and pinned like any other. */
  job_question_id = pursuit_custom_question_dup_question_id (for_job);
  g_assert_cmpint (pursuit_custom_question_parse_question_id (job_question_id), ==,
                   pursuit_custom_question_get_id (for_job));
  g_assert_cmpint (pursuit_custom_question_parse_question_id ("q-own-mistake"), ==, 0);
  review = answer (fixture, job_question_id, PURSUIT_RATING_GOOD, MONDAY_0900);
  pursuit_story_set_question_ids (story, (const char *[]) { job_question_id, NULL });
  g_assert_true (pursuit_repository_insert_story (fixture->repository, story, MONDAY_0900, &error));
  g_assert_true (pursuit_repository_pin_question (fixture->repository, job_id, job_question_id, TRUE,
                                                  MONDAY_0900, &error));
  g_assert_no_error (error);

  /* Deleting the job takes its question, and the question its schedule,
   * links and pins; the log keeps the answer. */
  g_assert_true (pursuit_repository_delete_job (fixture->repository, job_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM custom_questions"), ==, 2);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM practice_cards"), ==, 0);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM story_questions"), ==, 0);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM question_pins"), ==, 0);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM practice_reviews"), ==, 1);

  g_assert_true (pursuit_repository_delete_custom_question (fixture->repository, pursuit_custom_question_get_id (general),
                                                            &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM custom_questions"), ==, 1);
}

static void
test_pins (Fixture       *fixture,
           gconstpointer  data)
{
  gint64 first = add_job (fixture->repository, "Support Agent");
  gint64 second = add_job (fixture->repository, "Team Lead");
  g_autoptr(GPtrArray) pins = NULL;
  g_autoptr(GError) error = NULL;
  PursuitPin *pin;

  g_assert_true (pursuit_repository_pin_question (fixture->repository, first, "q-own-mistake", TRUE, 100, &error));
  g_assert_true (pursuit_repository_pin_question (fixture->repository, first, "q-explain-technical", TRUE, 200, &error));
  g_assert_true (pursuit_repository_pin_question (fixture->repository, second, "q-own-mistake", TRUE, 300, &error));
  g_assert_true (pursuit_repository_pin_question (fixture->repository, first, "q-own-mistake", TRUE, 400, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_repository_pin_question (fixture->repository, 999, "q-own-mistake", TRUE, 400, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (pursuit_repository_pin_question (fixture->repository, second, "q-own-mistake", FALSE, 500, &error));
  g_assert_no_error (error);

  pins = pursuit_repository_list_pins (fixture->repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pins->len, ==, 2);
  pin = g_ptr_array_index (pins, 0);
  g_assert_cmpint (pin->job_id, ==, first);
  g_assert_cmpstr (pin->question_id, ==, "q-own-mistake");
  /* Pinning again keeps the first time. */
  g_assert_cmpint (pin->pinned_at, ==, 100);
  g_assert_cmpstr (((PursuitPin *) g_ptr_array_index (pins, 1))->question_id, ==, "q-explain-technical");
}

/* A file of schema 5 (the version before this one on this branch) with a
 * job upgrades to 7, keeps the job and takes practice at once. */
static void
test_migration_from_5 (Fixture       *fixture,
                       gconstpointer  data)
{
  const PursuitMigration *migrations;
  guint n_migrations = 0;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_strconcat (fixture->path, ".v5.backup", NULL);
  g_autoptr(GPtrArray) jobs = NULL;
  gint64 job_id;

  migrations = pursuit_migrations_get_all (&n_migrations);
  {
    g_autoptr(PursuitDatabase) database = pursuit_database_open (fixture->path, &error);

    g_assert_no_error (error);
    g_assert_true (pursuit_migrations_apply (database, migrations, n_migrations, 5, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (pursuit_database_exec (database,
                                          "INSERT INTO jobs (uuid, company, title, stage_id, created_at, updated_at) "
                                          "VALUES ('0b0b6b1e-5a5e-4c1e-9a8e-000000000001', 'Old Co', "
                                          "'Customer Service Specialist', 2, 1, 1)",
                                          &error));
    g_assert_no_error (error);
  }
  g_assert_cmpint (sql_number (fixture->path, "PRAGMA user_version"), ==, 5);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM sqlite_master WHERE name = 'practice_reviews'"),
                   ==, 0);

  fixture->repository = pursuit_repository_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_number (fixture->path, "PRAGMA user_version"), ==, pursuit_migrations_get_latest ());
  g_assert_cmpint (sql_number (backup, "PRAGMA user_version"), ==, 5);
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                              "('practice_reviews', 'practice_cards', 'practice_recordings', "
                                              "'practice_recording_audio', 'stories', 'story_questions', "
                                              "'custom_questions', 'question_pins')"), ==, 8);

  jobs = pursuit_repository_list_jobs (fixture->repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 1);
  job_id = pursuit_job_get_id (g_ptr_array_index (jobs, 0));
  g_assert_true (pursuit_repository_pin_question (fixture->repository, job_id, "q-own-mistake", TRUE, 1, &error));
  g_assert_no_error (error);
  {
    g_autoptr(PursuitReview) review = answer (fixture, "q-own-mistake", PURSUIT_RATING_EASY, MONDAY_0900);
  }
  g_assert_cmpint (sql_number (fixture->path, "SELECT count(*) FROM practice_cards"), ==, 1);
}

/* The store's operations */

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
count_signal (gpointer  instance,
              guint    *count)
{
  (*count)++;
}

static void
test_store_operations (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PursuitStore) store = pursuit_store_new (fixture->path);
  g_autoptr(GAsyncResult) opened = NULL;
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(GAsyncResult) story_saved = NULL;
  g_autoptr(GAsyncResult) custom_saved = NULL;
  g_autoptr(GAsyncResult) pinned = NULL;
  g_autoptr(GAsyncResult) loaded = NULL;
  g_autoptr(GAsyncResult) linked = NULL;
  g_autoptr(PursuitReview) review = NULL;
  g_autoptr(PursuitReview) logged = NULL;
  g_autoptr(PursuitStory) story = story_new ("The double charge", (const char *[]) { "empathy", NULL }, NULL);
  g_autoptr(PursuitStory) saved_story = NULL;
  g_autoptr(PursuitCustomQuestion) custom = custom_new ("What did you learn last year?", NULL, 0);
  g_autoptr(PursuitCustomQuestion) saved_custom = NULL;
  g_autoptr(PursuitPracticeRecords) records = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *stories;
  GListModel *questions;
  guint changes = 0;
  gint64 job_id = add_job (fixture->repository, "Customer Service Specialist");
  PursuitMemory fresh;

  pursuit_store_open_async (store, NULL, on_done, &opened);
  g_assert_true (pursuit_store_open_finish (store, wait_for (&opened), &error));
  g_assert_no_error (error);
  g_signal_connect (store, "practice-changed", G_CALLBACK (count_signal), &changes);
  stories = pursuit_store_get_stories (store);
  questions = pursuit_store_get_custom_questions (store);

  pursuit_memory_init (&fresh);
  review = pursuit_scheduler_record (&fixture->scheduler, "q-angry-customer-refund", &fresh, PURSUIT_RATING_GOOD,
                                     MONDAY_0900, fixture->utc, 60);
  pursuit_store_add_review_async (store, review, NULL, NULL, NULL, on_done, &saved);
  logged = pursuit_store_add_review_finish (store, wait_for (&saved), &error);
  g_assert_no_error (error);
  g_assert_cmpint (logged->id, >, 0);
  g_assert_cmpuint (changes, ==, 1);

  pursuit_store_save_story_async (store, story, NULL, on_done, &story_saved);
  saved_story = pursuit_store_save_story_finish (store, wait_for (&story_saved), &error);
  g_assert_no_error (error);
  pursuit_store_link_story_async (store, pursuit_story_get_id (saved_story), "q-angry-customer-refund", TRUE,
                                  NULL, on_done, &linked);
  g_assert_true (pursuit_store_link_story_finish (store, wait_for (&linked), &error));
  g_assert_no_error (error);
  pursuit_store_save_custom_question_async (store, custom, NULL, on_done, &custom_saved);
  saved_custom = pursuit_store_save_custom_question_finish (store, wait_for (&custom_saved), &error);
  g_assert_no_error (error);
  pursuit_store_pin_question_async (store, job_id, "q-own-mistake", TRUE, NULL, on_done, &pinned);
  g_assert_true (pursuit_store_pin_question_finish (store, wait_for (&pinned), &error));
  g_assert_no_error (error);

  /* The lists are read again after each change, in order with it. */
  pursuit_store_load_practice_async (store, NULL, on_done, &loaded);
  records = pursuit_store_load_practice_finish (store, wait_for (&loaded), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stories), ==, 1);
  {
    g_autoptr(PursuitStory) listed = g_list_model_get_item (stories, 0);

    g_assert_cmpstr (pursuit_story_get_title (listed), ==, "The double charge");
    g_assert_true (pursuit_story_answers (listed, "q-angry-customer-refund"));
  }
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 1);
  g_assert_cmpuint (records->cards->len, ==, 1);
  g_assert_cmpuint (records->reviews->len, ==, 1);
  g_assert_cmpuint (records->pins->len, ==, 1);
  g_assert_cmpuint (records->custom_questions->len, ==, 1);
  g_assert_cmpuint (changes, ==, 5);

  pursuit_store_close (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, function) \
  g_test_add (path, Fixture, NULL, fixture_set_up, function, fixture_tear_down)

  ADD ("/practice-store/reviews-logged", test_reviews_logged);
  ADD ("/practice-store/replay-equals-live", test_replay_equals_live);
  ADD ("/practice-store/rebuild-with-new-retention", test_rebuild_with_new_retention);
  ADD ("/practice-store/recordings", test_recordings);
  ADD ("/practice-store/stories", test_stories);
  ADD ("/practice-store/custom-questions", test_custom_questions);
  ADD ("/practice-store/pins", test_pins);
  ADD ("/practice-store/operations", test_store_operations);
  g_test_add ("/practice-store/migration-from-5", Fixture, "no repository", fixture_set_up,
              test_migration_from_5, fixture_tear_down);

  return g_test_run ();
}
