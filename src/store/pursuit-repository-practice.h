/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-custom-question.h"
#include "pursuit-practice-deck.h"
#include "pursuit-recording.h"
#include "pursuit-repository.h"
#include "pursuit-scheduler.h"
#include "pursuit-story.h"

G_BEGIN_DECLS

/* Interview practice: the review log and each question's schedule, the
 * recordings of spoken answers, STAR stories and their links to questions,
 * the user's own questions and the questions pinned to a job. On the same
 * connection as the jobs: call these from the store's worker thread or from
 * pursuit-cli, never elsewhere. */

/**
 * PursuitPin:
 * @job_id: the job
 * @question_id: the question pinned to its practice set
 * @pinned_at: when (Unix time)
 */
typedef struct
{
  gint64 job_id;
  char *question_id;
  gint64 pinned_at;
} PursuitPin;

void       pursuit_pin_free                          (PursuitPin             *pin);

/**
 * PursuitPracticeRecords:
 * @cards: (element-type PursuitCard): the schedule of every question answered
 * @reviews: (element-type PursuitReview): the review log, in time order
 * @pins: (element-type PursuitPin): the questions pinned to jobs
 * @custom_questions: (element-type PursuitCustomQuestion): the user's questions
 *
 * What the practice engine needs of the database, read at once.
 */
typedef struct
{
  GPtrArray *cards;
  GPtrArray *reviews;
  GPtrArray *pins;
  GPtrArray *custom_questions;
} PursuitPracticeRecords;

void       pursuit_practice_records_free             (PursuitPracticeRecords *records);
PursuitPracticeRecords *pursuit_repository_load_practice (PursuitRepository  *self,
                                                      GError                **error);
PursuitPracticeDeck    *pursuit_practice_records_make_deck (PursuitPracticeRecords *records,
                                                      PursuitContent         *content,
                                                      GListModel             *jobs,
                                                      const char * const     *roles,
                                                      gint64                  now);
PursuitPracticeDeck    *pursuit_practice_records_remake_deck (PursuitPracticeRecords *records,
                                                             PursuitContent         *content,
                                                             PursuitPracticeDeck    *deck,
                                                             const char * const     *roles);
gint64                  pursuit_practice_interview_ahead   (PursuitJob             *job,
                                                             gint64                  now);

gboolean   pursuit_repository_add_review             (PursuitRepository      *self,
                                                      PursuitReview          *review,
                                                      PursuitRecording       *recording,
                                                      GBytes                 *audio,
                                                      GError                **error);
GPtrArray *pursuit_repository_list_reviews           (PursuitRepository      *self,
                                                      const char             *question_id,
                                                      GError                **error);
GPtrArray *pursuit_repository_list_cards             (PursuitRepository      *self,
                                                      GError                **error);
gboolean   pursuit_repository_rebuild_cards          (PursuitRepository      *self,
                                                      const PursuitScheduler *scheduler,
                                                      GTimeZone              *zone,
                                                      GError                **error);

GPtrArray *pursuit_repository_list_recordings        (PursuitRepository      *self,
                                                      const char             *question_id,
                                                      GError                **error);
GBytes    *pursuit_repository_read_recording_audio   (PursuitRepository      *self,
                                                      gint64                  recording_id,
                                                      GError                **error);
gboolean   pursuit_repository_delete_recording       (PursuitRepository      *self,
                                                      gint64                  recording_id,
                                                      GError                **error);

gboolean   pursuit_repository_insert_story           (PursuitRepository      *self,
                                                      PursuitStory           *story,
                                                      gint64                  now,
                                                      GError                **error);
gboolean   pursuit_repository_update_story           (PursuitRepository      *self,
                                                      PursuitStory           *story,
                                                      gint64                  now,
                                                      GError                **error);
gboolean   pursuit_repository_delete_story           (PursuitRepository      *self,
                                                      gint64                  story_id,
                                                      GError                **error);
GPtrArray *pursuit_repository_list_stories           (PursuitRepository      *self,
                                                      GError                **error);
gboolean   pursuit_repository_link_story             (PursuitRepository      *self,
                                                      gint64                  story_id,
                                                      const char             *question_id,
                                                      gboolean                linked,
                                                      GError                **error);

gboolean   pursuit_repository_insert_custom_question (PursuitRepository      *self,
                                                      PursuitCustomQuestion  *question,
                                                      gint64                  now,
                                                      GError                **error);
gboolean   pursuit_repository_update_custom_question (PursuitRepository      *self,
                                                      PursuitCustomQuestion  *question,
                                                      gint64                  now,
                                                      GError                **error);
gboolean   pursuit_repository_delete_custom_question (PursuitRepository      *self,
                                                      gint64                  question_id,
                                                      GError                **error);
GPtrArray *pursuit_repository_list_custom_questions  (PursuitRepository      *self,
                                                      GError                **error);

gboolean   pursuit_repository_pin_question           (PursuitRepository      *self,
                                                      gint64                  job_id,
                                                      const char             *question_id,
                                                      gboolean                pinned,
                                                      gint64                  now,
                                                      GError                **error);
GPtrArray *pursuit_repository_list_pins              (PursuitRepository      *self,
                                                      GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitPin, pursuit_pin_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitPracticeRecords, pursuit_practice_records_free)

G_END_DECLS
