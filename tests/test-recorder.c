/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "pursuit-recorder.h"
#include "pursuit-repository-practice.h"
#include "pursuit-test-widgets.h"

/* Recording a spoken answer without a microphone: audiotestsrc (a sine
 * tone) stands in for it and fakesink for the speakers. A source that
 * cannot be opened stands for a missing microphone, one that does not exist
 * for a missing plugin. No display is needed. */

typedef struct
{
  GAsyncResult *result;
  gboolean timed_out;
} Wait;

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  ((Wait *) user_data)->result = g_object_ref (result);
}

static gboolean
on_timeout (gpointer user_data)
{
  ((Wait *) user_data)->timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @seconds of recording. */
static void
run_for (double seconds)
{
  Wait wait = { NULL, FALSE };

  g_timeout_add ((guint) (seconds * 1000), on_timeout, &wait);
  while (!wait.timed_out)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
is_idle (gpointer data)
{
  return pursuit_recorder_get_state (data) == PURSUIT_RECORDER_STATE_IDLE;
}

static void
count_failures (PursuitRecorder *recorder,
                const char      *message,
                guint           *count)
{
  (*count)++;
}

/* Record one second, keep it with its review, play it back, delete it. */
static void
test_record_store_play_delete (void)
{
  g_autoptr(PursuitRecorder) recorder = pursuit_recorder_new ("audiotestsrc is-live=true", "fakesink sync=true");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pursuit-recorder-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitRecording) recording = pursuit_recording_new ();
  g_autoptr(PursuitReview) review = g_new0 (PursuitReview, 1);
  g_autoptr(GBytes) audio = NULL;
  g_autoptr(GBytes) read = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) after = NULL;
  Wait wait = { NULL, FALSE };
  gint64 duration_ms = 0;
  guint failures = 0;
  gsize size = 0;
  const guint8 *data;

  g_signal_connect (recorder, "failed", G_CALLBACK (count_failures), &failures);
  g_assert_true (pursuit_recorder_get_available (recorder));
  g_assert_null (pursuit_recorder_get_unavailable_reason (recorder));

  g_assert_true (pursuit_recorder_start (recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_recorder_get_state (recorder), ==, PURSUIT_RECORDER_STATE_RECORDING);
  run_for (1.0);
  pursuit_recorder_stop_async (recorder, on_done, &wait);
  pursuit_test_wait_until ((PursuitTestCondition) is_idle, recorder, "the recording to stop");
  while (wait.result == NULL)
    g_main_context_iteration (NULL, TRUE);
  audio = pursuit_recorder_stop_finish (recorder, wait.result, &duration_ms, &error);
  g_clear_object (&wait.result);
  g_assert_no_error (error);

  /* An Ogg file ("OggS" starts every page) of about a second. */
  data = g_bytes_get_data (audio, &size);
  g_assert_cmpuint (size, >, 1000);
  g_assert_cmpmem (data, 4, "OggS", 4);
  g_assert_cmpint (duration_ms, >=, 1000);
  g_assert_cmpint (duration_ms, <, 5000);

  repository = pursuit_repository_open (path, &error);
  g_assert_no_error (error);
  review->question_id = g_strdup ("q-own-mistake");
  review->rating = PURSUIT_RATING_GOOD;
  review->reviewed_at = 1772442000;
  pursuit_memory_init (&review->before);
  review->after = review->before;
  review->after.state = PURSUIT_CARD_STATE_REVIEW;
  pursuit_recording_set_recorded_at (recording, review->reviewed_at);
  pursuit_recording_set_duration_ms (recording, duration_ms);
  pursuit_recording_set_mime_type (recording, PURSUIT_RECORDER_MIME_TYPE);
  g_assert_true (pursuit_repository_add_review (repository, review, recording, audio, &error));
  g_assert_no_error (error);

  listed = pursuit_repository_list_recordings (repository, "q-own-mistake", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_cmpint (pursuit_recording_get_size (g_ptr_array_index (listed, 0)), ==, size);
  read = pursuit_repository_read_recording_audio (repository, pursuit_recording_get_id (recording), &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (read, audio));

  /* What was stored plays back to its end. */
  g_assert_true (pursuit_recorder_play (recorder, read, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_recorder_get_state (recorder), ==, PURSUIT_RECORDER_STATE_PLAYING);
  pursuit_test_wait_until ((PursuitTestCondition) is_idle, recorder, "the playback to end");
  g_assert_cmpuint (failures, ==, 0);

  g_assert_true (pursuit_repository_delete_recording (repository, pursuit_recording_get_id (recording), &error));
  g_assert_no_error (error);
  after = pursuit_repository_list_recordings (repository, "q-own-mistake", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, 0);

  g_clear_object (&repository);
  pursuit_test_remove_tree (dir);
}

/* A microphone that cannot be opened: starting says why, and the recorder
 * says it from then on. */
static void
test_no_microphone (void)
{
  g_autoptr(PursuitRecorder) recorder = pursuit_recorder_new ("pulsesrc server=/nonexistent/pulse/native", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_recorder_get_available (recorder));
  g_assert_false (pursuit_recorder_start (recorder, &error));
  g_assert_error (error, PURSUIT_RECORDER_ERROR, PURSUIT_RECORDER_ERROR_NO_MICROPHONE);
  g_assert_false (pursuit_recorder_get_available (recorder));
  g_assert_nonnull (strstr (pursuit_recorder_get_unavailable_reason (recorder), "microphone"));
  g_assert_cmpint (pursuit_recorder_get_state (recorder), ==, PURSUIT_RECORDER_STATE_IDLE);
  g_clear_error (&error);

  /* Asked again, it refuses at once with the same reason. */
  g_assert_false (pursuit_recorder_start (recorder, &error));
  g_assert_error (error, PURSUIT_RECORDER_ERROR, PURSUIT_RECORDER_ERROR_NO_MICROPHONE);
}

static void
test_missing_plugin (void)
{
  g_autoptr(PursuitRecorder) recorder = pursuit_recorder_new ("pursuitnosuchsrc", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (pursuit_recorder_get_available (recorder));
  g_assert_nonnull (strstr (pursuit_recorder_get_unavailable_reason (recorder), "plugin"));
  g_assert_nonnull (strstr (pursuit_recorder_get_unavailable_reason (recorder), "pursuitnosuchsrc"));
  g_assert_false (pursuit_recorder_start (recorder, &error));
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recorder/record-store-play-delete", test_record_store_play_delete);
  g_test_add_func ("/recorder/no-microphone", test_no_microphone);
  g_test_add_func ("/recorder/missing-plugin", test_missing_plugin);

  return g_test_run ();
}
