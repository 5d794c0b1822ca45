/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-repository-practice.h"
#include "pursuit-store-private.h"

/* Interview practice for the app: the review log and schedules, recordings,
 * stories, the user's own questions and pins. Each write runs on the
 * worker thread like every store operation and, once saved, tells the
 * views (PursuitStore::practice-changed); stories and questions also have
 * live lists, read the first time someone asks and again after a change. */

typedef struct
{
  gint64 id;
  gint64 job_id;
  char *question_id;
  gboolean flag;              /* linked, pinned */
  PursuitScheduler scheduler;
  GTimeZone *zone;
  PursuitReview *review;
  PursuitRecording *recording;
  GBytes *audio;
  PursuitStory *story;
  PursuitCustomQuestion *custom;
} Request;

static void
request_free (Request *request)
{
  g_free (request->question_id);
  g_clear_pointer (&request->zone, g_time_zone_unref);
  g_clear_pointer (&request->review, pursuit_review_free);
  g_clear_object (&request->recording);
  g_clear_pointer (&request->audio, g_bytes_unref);
  g_clear_object (&request->story);
  g_clear_object (&request->custom);
  g_free (request);
}

static void
run (PursuitStore           *self,
     const PursuitStoreCall *call,
     Request                *request,
     gpointer                source_tag,
     GCancellable           *cancellable,
     GAsyncReadyCallback     callback,
     gpointer                user_data)
{
  pursuit_store_run_async (self, call, request, (GDestroyNotify) request_free, source_tag,
                           cancellable, callback, user_data);
}

static Request *
request_new (void)
{
  return g_new0 (Request, 1);
}

/* Live lists */

typedef struct
{
  GPtrArray *stories;
  GPtrArray *custom_questions;
} Lists;

static void
lists_free (Lists *lists)
{
  g_clear_pointer (&lists->stories, g_ptr_array_unref);
  g_clear_pointer (&lists->custom_questions, g_ptr_array_unref);
  g_free (lists);
}

static gboolean
load_lists_work (PursuitRepository  *repository,
                 gpointer            data,
                 gpointer           *result,
                 GError            **error)
{
  Lists *lists = g_new0 (Lists, 1);

  lists->stories = pursuit_repository_list_stories (repository, error);
  if (lists->stories != NULL)
    lists->custom_questions = pursuit_repository_list_custom_questions (repository, error);
  if (lists->custom_questions == NULL)
    {
      lists_free (lists);
      return FALSE;
    }
  *result = lists;
  return TRUE;
}

static void
replace_all (GListStore *store,
             GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
}

static void
load_lists_apply (PursuitStore *store,
                  gpointer      data,
                  gpointer      result)
{
  Lists *lists = result;

  replace_all (pursuit_store_get_practice_list (store, PURSUIT_PRACTICE_LIST_STORIES, NULL), lists->stories);
  replace_all (pursuit_store_get_practice_list (store, PURSUIT_PRACTICE_LIST_CUSTOM_QUESTIONS, NULL),
               lists->custom_questions);
}

static const PursuitStoreCall load_lists_call = { load_lists_work, load_lists_apply, (GDestroyNotify) lists_free };

static void
on_lists_loaded (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  Lists *lists = pursuit_store_run_finish (PURSUIT_STORE (source), result, user_data, &error);

  /* The lists stay as they were; the next change reads them again. */
  if (lists == NULL)
    g_warning ("Could not read the stories and questions: %s", error->message);
  g_clear_pointer (&lists, lists_free);
}

static void
load_lists (PursuitStore *self)
{
  pursuit_store_run_async (self, &load_lists_call, NULL, NULL, load_lists, NULL, on_lists_loaded, load_lists);
}

static GListModel *
get_list (PursuitStore        *self,
          PursuitPracticeList  list)
{
  gboolean *wanted = NULL;
  GListStore *store = pursuit_store_get_practice_list (self, list, &wanted);

  if (!*wanted)
    {
      *wanted = TRUE;
      /* Before the store is open, the opening reads them. */
      if (pursuit_store_is_open (self))
        load_lists (self);
    }
  return G_LIST_MODEL (store);
}

/**
 * pursuit_store_get_stories:
 *
 * Returns: (transfer none): every STAR story by title, each with the
 *   questions it is linked to, kept up to date
 */
GListModel *
pursuit_store_get_stories (PursuitStore *self)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return get_list (self, PURSUIT_PRACTICE_LIST_STORIES);
}

/**
 * pursuit_store_get_custom_questions:
 *
 * Returns: (transfer none): the user's own questions, kept up to date
 */
GListModel *
pursuit_store_get_custom_questions (PursuitStore *self)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return get_list (self, PURSUIT_PRACTICE_LIST_CUSTOM_QUESTIONS);
}

/* The store just opened: the lists asked for meanwhile are read now. */
void
pursuit_store_practice_opened (PursuitStore *self)
{
  gboolean *wanted = NULL;

  pursuit_store_get_practice_list (self, PURSUIT_PRACTICE_LIST_STORIES, &wanted);
  if (*wanted)
    load_lists (self);
}

void
pursuit_store_reload_practice (PursuitStore *self)
{
  gboolean *wanted = NULL;

  pursuit_store_get_practice_list (self, PURSUIT_PRACTICE_LIST_STORIES, &wanted);
  if (*wanted)
    load_lists (self);
  pursuit_store_emit_practice_changed (self);
}

/* What most writes do once saved: views read practice again. */
static void
changed_apply (PursuitStore *store,
               gpointer      data,
               gpointer      result)
{
  pursuit_store_emit_practice_changed (store);
}

/* Reading everything at once */

static gboolean
load_work (PursuitRepository  *repository,
           gpointer            data,
           gpointer           *result,
           GError            **error)
{
  *result = pursuit_repository_load_practice (repository, error);
  return *result != NULL;
}

static const PursuitStoreCall load_call = { load_work, NULL, (GDestroyNotify) pursuit_practice_records_free };

void
pursuit_store_load_practice_async (PursuitStore        *self,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));

  run (self, &load_call, request_new (), pursuit_store_load_practice_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_load_practice_finish:
 *
 * Returns: (transfer full): the schedules, the log, the pins and the user's
 *   questions, or %NULL with @error set
 */
PursuitPracticeRecords *
pursuit_store_load_practice_finish (PursuitStore  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_load_practice_async, error);
}

/* Reviews */

static gboolean
add_review_work (PursuitRepository  *repository,
                 gpointer            data,
                 gpointer           *result,
                 GError            **error)
{
  Request *request = data;

  if (!pursuit_repository_add_review (repository, request->review, request->recording, request->audio, error))
    return FALSE;
  *result = pursuit_review_copy (request->review);
  return TRUE;
}

static const PursuitStoreCall add_review_call = {
  add_review_work, changed_apply, (GDestroyNotify) pursuit_review_free,
};

/**
 * pursuit_store_add_review_async:
 * @review: an answer to log; copied
 * @recording: (nullable): the spoken answer's details, saved with it
 * @audio: (nullable): the recording's sound
 */
void
pursuit_store_add_review_async (PursuitStore        *self,
                                const PursuitReview *review,
                                PursuitRecording    *recording,
                                GBytes              *audio,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (review != NULL);
  g_return_if_fail (recording == NULL || audio != NULL);

  request = request_new ();
  request->review = pursuit_review_copy (review);
  if (recording != NULL)
    {
      request->recording = pursuit_recording_new ();
      pursuit_recording_set_recorded_at (request->recording, pursuit_recording_get_recorded_at (recording));
      pursuit_recording_set_duration_ms (request->recording, pursuit_recording_get_duration_ms (recording));
      pursuit_recording_set_mime_type (request->recording, pursuit_recording_get_mime_type (recording));
      request->audio = g_bytes_ref (audio);
    }
  run (self, &add_review_call, request, pursuit_store_add_review_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_add_review_finish:
 *
 * Returns: (transfer full): the review as saved, with its id
 */
PursuitReview *
pursuit_store_add_review_finish (PursuitStore  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_add_review_async, error);
}

static gboolean
list_reviews_work (PursuitRepository  *repository,
                   gpointer            data,
                   gpointer           *result,
                   GError            **error)
{
  *result = pursuit_repository_list_reviews (repository, ((Request *) data)->question_id, error);
  return *result != NULL;
}

static const PursuitStoreCall list_reviews_call = { list_reviews_work, NULL, (GDestroyNotify) g_ptr_array_unref };

/**
 * pursuit_store_list_reviews_async:
 * @question_id: (nullable): one question's answers, or %NULL for the log
 */
void
pursuit_store_list_reviews_async (PursuitStore        *self,
                                  const char          *question_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = request_new ();
  request->question_id = g_strdup (question_id);
  run (self, &list_reviews_call, request, pursuit_store_list_reviews_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_list_reviews_finish:
 *
 * Returns: (transfer full) (element-type PursuitReview): the answers, in
 *   time order
 */
GPtrArray *
pursuit_store_list_reviews_finish (PursuitStore  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_list_reviews_async, error);
}

static gboolean
rebuild_work (PursuitRepository  *repository,
              gpointer            data,
              gpointer           *result,
              GError            **error)
{
  Request *request = data;

  return pursuit_repository_rebuild_cards (repository, &request->scheduler, request->zone, error);
}

static const PursuitStoreCall rebuild_call = { rebuild_work, changed_apply, NULL };

/**
 * pursuit_store_rebuild_schedules_async:
 * @desired_retention: the chance of recall to schedule at, in (0, 1)
 * @zone: the user's time zone
 *
 * Schedules every question again from its answers, as after the desired
 * retention changed in Preferences.
 */
void
pursuit_store_rebuild_schedules_async (PursuitStore        *self,
                                       double               desired_retention,
                                       GTimeZone           *zone,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (desired_retention > 0 && desired_retention < 1);
  g_return_if_fail (zone != NULL);

  request = request_new ();
  pursuit_scheduler_init (&request->scheduler, desired_retention);
  request->zone = g_time_zone_ref (zone);
  run (self, &rebuild_call, request, pursuit_store_rebuild_schedules_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_rebuild_schedules_finish (PursuitStore  *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_rebuild_schedules_async, error);
}

/* Recordings */

static gboolean
list_recordings_work (PursuitRepository  *repository,
                      gpointer            data,
                      gpointer           *result,
                      GError            **error)
{
  *result = pursuit_repository_list_recordings (repository, ((Request *) data)->question_id, error);
  return *result != NULL;
}

static const PursuitStoreCall list_recordings_call = {
  list_recordings_work, NULL, (GDestroyNotify) g_ptr_array_unref,
};

/**
 * pursuit_store_list_recordings_async:
 * @question_id: (nullable): one question's recordings, or %NULL for all
 */
void
pursuit_store_list_recordings_async (PursuitStore        *self,
                                     const char          *question_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = request_new ();
  request->question_id = g_strdup (question_id);
  run (self, &list_recordings_call, request, pursuit_store_list_recordings_async, cancellable, callback,
       user_data);
}

/**
 * pursuit_store_list_recordings_finish:
 *
 * Returns: (transfer full) (element-type PursuitRecording): the recordings,
 *   latest first, without their sound
 */
GPtrArray *
pursuit_store_list_recordings_finish (PursuitStore  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_list_recordings_async, error);
}

static gboolean
read_audio_work (PursuitRepository  *repository,
                 gpointer            data,
                 gpointer           *result,
                 GError            **error)
{
  *result = pursuit_repository_read_recording_audio (repository, ((Request *) data)->id, error);
  return *result != NULL;
}

static const PursuitStoreCall read_audio_call = { read_audio_work, NULL, (GDestroyNotify) g_bytes_unref };

void
pursuit_store_read_recording_audio_async (PursuitStore        *self,
                                          gint64               recording_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = request_new ();
  request->id = recording_id;
  run (self, &read_audio_call, request, pursuit_store_read_recording_audio_async, cancellable, callback,
       user_data);
}

/**
 * pursuit_store_read_recording_audio_finish:
 *
 * Returns: (transfer full): the recording's sound
 */
GBytes *
pursuit_store_read_recording_audio_finish (PursuitStore  *self,
                                           GAsyncResult  *result,
                                           GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_read_recording_audio_async, error);
}

static gboolean
delete_recording_work (PursuitRepository  *repository,
                       gpointer            data,
                       gpointer           *result,
                       GError            **error)
{
  return pursuit_repository_delete_recording (repository, ((Request *) data)->id, error);
}

static const PursuitStoreCall delete_recording_call = { delete_recording_work, changed_apply, NULL };

void
pursuit_store_delete_recording_async (PursuitStore        *self,
                                      gint64               recording_id,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = request_new ();
  request->id = recording_id;
  run (self, &delete_recording_call, request, pursuit_store_delete_recording_async, cancellable, callback,
       user_data);
}

gboolean
pursuit_store_delete_recording_finish (PursuitStore  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_delete_recording_async, error);
}

/* Stories and the user's questions: their lists are read again after a
 * change. */

static void
lists_apply (PursuitStore *store,
             gpointer      data,
             gpointer      result)
{
  pursuit_store_reload_practice (store);
}

static gboolean
save_story_work (PursuitRepository  *repository,
                 gpointer            data,
                 gpointer           *result,
                 GError            **error)
{
  Request *request = data;
  gboolean saved = pursuit_story_get_id (request->story) == 0
                   ? pursuit_repository_insert_story (repository, request->story, pursuit_store_now (), error)
                   : pursuit_repository_update_story (repository, request->story, pursuit_store_now (), error);

  if (saved)
    *result = pursuit_story_copy (request->story);
  return saved;
}

static const PursuitStoreCall save_story_call = { save_story_work, lists_apply, g_object_unref };

/**
 * pursuit_store_save_story_async:
 * @draft: a story; a new one (id 0) is added with the links it lists, an
 *   existing one has its texts saved; copied
 */
void
pursuit_store_save_story_async (PursuitStore        *self,
                                PursuitStory        *draft,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_STORY (draft));

  request = request_new ();
  request->story = pursuit_story_copy (draft);
  run (self, &save_story_call, request, pursuit_store_save_story_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_save_story_finish:
 *
 * Returns: (transfer full): the story as saved, with its id
 */
PursuitStory *
pursuit_store_save_story_finish (PursuitStore  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_save_story_async, error);
}

static gboolean
delete_story_work (PursuitRepository  *repository,
                   gpointer            data,
                   gpointer           *result,
                   GError            **error)
{
  return pursuit_repository_delete_story (repository, ((Request *) data)->id, error);
}

static const PursuitStoreCall delete_story_call = { delete_story_work, lists_apply, NULL };

void
pursuit_store_delete_story_async (PursuitStore        *self,
                                  gint64               story_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = request_new ();
  request->id = story_id;
  run (self, &delete_story_call, request, pursuit_store_delete_story_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_delete_story_finish (PursuitStore  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_delete_story_async, error);
}

static gboolean
link_story_work (PursuitRepository  *repository,
                 gpointer            data,
                 gpointer           *result,
                 GError            **error)
{
  Request *request = data;

  return pursuit_repository_link_story (repository, request->id, request->question_id, request->flag, error);
}

static const PursuitStoreCall link_story_call = { link_story_work, lists_apply, NULL };

/**
 * pursuit_store_link_story_async:
 * @linked: %TRUE to link the story to the question, %FALSE to unlink it
 */
void
pursuit_store_link_story_async (PursuitStore        *self,
                                gint64               story_id,
                                const char          *question_id,
                                gboolean             linked,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (question_id != NULL);

  request = request_new ();
  request->id = story_id;
  request->question_id = g_strdup (question_id);
  request->flag = linked;
  run (self, &link_story_call, request, pursuit_store_link_story_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_link_story_finish (PursuitStore  *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_link_story_async, error);
}

static gboolean
save_custom_work (PursuitRepository  *repository,
                  gpointer            data,
                  gpointer           *result,
                  GError            **error)
{
  Request *request = data;
  gboolean saved = pursuit_custom_question_get_id (request->custom) == 0
                   ? pursuit_repository_insert_custom_question (repository, request->custom, pursuit_store_now (), error)
                   : pursuit_repository_update_custom_question (repository, request->custom, pursuit_store_now (), error);

  if (saved)
    *result = pursuit_custom_question_copy (request->custom);
  return saved;
}

static const PursuitStoreCall save_custom_call = { save_custom_work, lists_apply, g_object_unref };

/**
 * pursuit_store_save_custom_question_async:
 * @draft: a question of the user's; added when its id is 0; copied
 */
void
pursuit_store_save_custom_question_async (PursuitStore          *self,
                                          PursuitCustomQuestion *draft,
                                          GCancellable          *cancellable,
                                          GAsyncReadyCallback    callback,
                                          gpointer               user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_CUSTOM_QUESTION (draft));

  request = request_new ();
  request->custom = pursuit_custom_question_copy (draft);
  run (self, &save_custom_call, request, pursuit_store_save_custom_question_async, cancellable, callback,
       user_data);
}

/**
 * pursuit_store_save_custom_question_finish:
 *
 * Returns: (transfer full): the question as saved, with its id
 */
PursuitCustomQuestion *
pursuit_store_save_custom_question_finish (PursuitStore  *self,
                                           GAsyncResult  *result,
                                           GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_save_custom_question_async, error);
}

static gboolean
delete_custom_work (PursuitRepository  *repository,
                    gpointer            data,
                    gpointer           *result,
                    GError            **error)
{
  return pursuit_repository_delete_custom_question (repository, ((Request *) data)->id, error);
}

static const PursuitStoreCall delete_custom_call = { delete_custom_work, lists_apply, NULL };

void
pursuit_store_delete_custom_question_async (PursuitStore        *self,
                                            gint64               question_id,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = request_new ();
  request->id = question_id;
  run (self, &delete_custom_call, request, pursuit_store_delete_custom_question_async, cancellable, callback,
       user_data);
}

gboolean
pursuit_store_delete_custom_question_finish (PursuitStore  *self,
                                             GAsyncResult  *result,
                                             GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_delete_custom_question_async, error);
}

/* Pins */

static gboolean
pin_work (PursuitRepository  *repository,
          gpointer            data,
          gpointer           *result,
          GError            **error)
{
  Request *request = data;

  return pursuit_repository_pin_question (repository, request->job_id, request->question_id, request->flag,
                                          pursuit_store_now (), error);
}

static const PursuitStoreCall pin_call = { pin_work, changed_apply, NULL };

/**
 * pursuit_store_pin_question_async:
 * @pinned: %TRUE to pin the question to the job's practice set, %FALSE to
 *   unpin it
 */
void
pursuit_store_pin_question_async (PursuitStore        *self,
                                  gint64               job_id,
                                  const char          *question_id,
                                  gboolean             pinned,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (question_id != NULL);

  request = request_new ();
  request->job_id = job_id;
  request->question_id = g_strdup (question_id);
  request->flag = pinned;
  run (self, &pin_call, request, pursuit_store_pin_question_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_pin_question_finish (PursuitStore  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_pin_question_async, error);
}
