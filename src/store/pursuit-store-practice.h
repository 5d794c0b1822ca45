/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-custom-question.h"
#include "pursuit-recording.h"
#include "pursuit-repository-practice.h"
#include "pursuit-store.h"
#include "pursuit-story.h"

G_BEGIN_DECLS

/* Interview practice. Every write ends with PursuitStore::practice-changed;
 * the stories and the user's questions are also kept as live lists. */

GListModel             *pursuit_store_get_stories                    (PursuitStore           *self);
GListModel             *pursuit_store_get_custom_questions           (PursuitStore           *self);

void                    pursuit_store_load_practice_async            (PursuitStore           *self,
                                                                      GCancellable           *cancellable,
                                                                      GAsyncReadyCallback     callback,
                                                                      gpointer                user_data);
PursuitPracticeRecords *pursuit_store_load_practice_finish           (PursuitStore           *self,
                                                                      GAsyncResult           *result,
                                                                      GError                **error);
void                    pursuit_store_add_review_async               (PursuitStore           *self,
                                                                      const PursuitReview    *review,
                                                                      PursuitRecording       *recording,
                                                                      GBytes                 *audio,
                                                                      GCancellable           *cancellable,
                                                                      GAsyncReadyCallback     callback,
                                                                      gpointer                user_data);
PursuitReview          *pursuit_store_add_review_finish              (PursuitStore           *self,
                                                                      GAsyncResult           *result,
                                                                      GError                **error);
void                    pursuit_store_list_reviews_async             (PursuitStore           *self,
                                                                      const char             *question_id,
                                                                      GCancellable           *cancellable,
                                                                      GAsyncReadyCallback     callback,
                                                                      gpointer                user_data);
GPtrArray              *pursuit_store_list_reviews_finish            (PursuitStore           *self,
                                                                      GAsyncResult           *result,
                                                                      GError                **error);
void                    pursuit_store_rebuild_schedules_async        (PursuitStore           *self,
                                                                      double                  desired_retention,
                                                                      GTimeZone              *zone,
                                                                      GCancellable           *cancellable,
                                                                      GAsyncReadyCallback     callback,
                                                                      gpointer                user_data);
gboolean                pursuit_store_rebuild_schedules_finish       (PursuitStore           *self,
                                                                      GAsyncResult           *result,
                                                                      GError                **error);

void                    pursuit_store_list_recordings_async          (PursuitStore           *self,
                                                                      const char             *question_id,
                                                                      GCancellable           *cancellable,
                                                                      GAsyncReadyCallback     callback,
                                                                      gpointer                user_data);
GPtrArray              *pursuit_store_list_recordings_finish         (PursuitStore           *self,
                                                                      GAsyncResult           *result,
                                                                      GError                **error);
void                    pursuit_store_read_recording_audio_async     (PursuitStore           *self,
                                                                      gint64                  recording_id,
                                                                      GCancellable           *cancellable,
                                                                      GAsyncReadyCallback     callback,
                                                                      gpointer                user_data);
GBytes                 *pursuit_store_read_recording_audio_finish    (PursuitStore           *self,
                                                                      GAsyncResult           *result,
                                                                      GError                **error);
void                    pursuit_store_delete_recording_async         (PursuitStore           *self,
                                                                      gint64                  recording_id,
                                                                      GCancellable           *cancellable,
                                                                      GAsyncReadyCallback     callback,
                                                                      gpointer                user_data);
gboolean                pursuit_store_delete_recording_finish        (PursuitStore           *self,
                                                                      GAsyncResult           *result,
                                                                      GError                **error);

void                    pursuit_store_save_story_async               (PursuitStore           *self,
                                                                      PursuitStory           *draft,
                                                                      GCancellable           *cancellable,
                                                                      GAsyncReadyCallback     callback,
                                                                      gpointer                user_data);
PursuitStory           *pursuit_store_save_story_finish              (PursuitStore           *self,
                                                                      GAsyncResult           *result,
                                                                      GError                **error);
void                    pursuit_store_delete_story_async             (PursuitStore           *self,
                                                                      gint64                  story_id,
                                                                      GCancellable           *cancellable,
                                                                      GAsyncReadyCallback     callback,
                                                                      gpointer                user_data);
gboolean                pursuit_store_delete_story_finish            (PursuitStore           *self,
                                                                      GAsyncResult           *result,
                                                                      GError                **error);
void                    pursuit_store_link_story_async               (PursuitStore           *self,
                                                                      gint64                  story_id,
                                                                      const char             *question_id,
                                                                      gboolean                linked,
                                                                      GCancellable           *cancellable,
                                                                      GAsyncReadyCallback     callback,
                                                                      gpointer                user_data);
gboolean                pursuit_store_link_story_finish              (PursuitStore           *self,
                                                                      GAsyncResult           *result,
                                                                      GError                **error);

void                    pursuit_store_save_custom_question_async     (PursuitStore           *self,
                                                                      PursuitCustomQuestion  *draft,
                                                                      GCancellable           *cancellable,
                                                                      GAsyncReadyCallback     callback,
                                                                      gpointer                user_data);
PursuitCustomQuestion  *pursuit_store_save_custom_question_finish    (PursuitStore           *self,
                                                                      GAsyncResult           *result,
                                                                      GError                **error);
void                    pursuit_store_delete_custom_question_async   (PursuitStore           *self,
                                                                      gint64                  question_id,
                                                                      GCancellable           *cancellable,
                                                                      GAsyncReadyCallback     callback,
                                                                      gpointer                user_data);
gboolean                pursuit_store_delete_custom_question_finish  (PursuitStore           *self,
                                                                      GAsyncResult           *result,
                                                                      GError                **error);

void                    pursuit_store_pin_question_async             (PursuitStore           *self,
                                                                      gint64                  job_id,
                                                                      const char             *question_id,
                                                                      gboolean                pinned,
                                                                      GCancellable           *cancellable,
                                                                      GAsyncReadyCallback     callback,
                                                                      gpointer                user_data);
gboolean                pursuit_store_pin_question_finish            (PursuitStore           *self,
                                                                      GAsyncResult           *result,
                                                                      GError                **error);

G_END_DECLS
