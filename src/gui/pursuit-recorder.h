/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PURSUIT_RECORDER_ERROR (pursuit_recorder_error_quark ())

/**
 * PursuitRecorderError:
 * @PURSUIT_RECORDER_ERROR_NO_MICROPHONE: no microphone, or it cannot be opened
 * @PURSUIT_RECORDER_ERROR_MISSING_PLUGIN: a GStreamer element is not installed
 * @PURSUIT_RECORDER_ERROR_FAILED: recording or playing back failed
 */
typedef enum
{
  PURSUIT_RECORDER_ERROR_NO_MICROPHONE,
  PURSUIT_RECORDER_ERROR_MISSING_PLUGIN,
  PURSUIT_RECORDER_ERROR_FAILED,
} PursuitRecorderError;

GQuark pursuit_recorder_error_quark (void);

/**
 * PursuitRecorderState:
 * @PURSUIT_RECORDER_STATE_IDLE: neither recording nor playing
 * @PURSUIT_RECORDER_STATE_RECORDING: recording from the microphone
 * @PURSUIT_RECORDER_STATE_PLAYING: playing a recording back
 */
typedef enum
{
  PURSUIT_RECORDER_STATE_IDLE,
  PURSUIT_RECORDER_STATE_RECORDING,
  PURSUIT_RECORDER_STATE_PLAYING,
} PursuitRecorderState;

/* What recordings are kept as: Opus in Ogg, small enough for the database. */
#define PURSUIT_RECORDER_MIME_TYPE "audio/ogg; codecs=opus"

#define PURSUIT_TYPE_RECORDER (pursuit_recorder_get_type ())

G_DECLARE_FINAL_TYPE (PursuitRecorder, pursuit_recorder, PURSUIT, RECORDER, GObject)

PursuitRecorder      *pursuit_recorder_new                    (const char      *source,
                                                               const char      *sink);
gboolean              pursuit_recorder_get_available          (PursuitRecorder *self);
const char           *pursuit_recorder_get_unavailable_reason (PursuitRecorder *self);
PursuitRecorderState  pursuit_recorder_get_state              (PursuitRecorder *self);
gboolean              pursuit_recorder_start                  (PursuitRecorder *self,
                                                               GError         **error);
void                  pursuit_recorder_stop_async             (PursuitRecorder *self,
                                                               GAsyncReadyCallback callback,
                                                               gpointer         user_data);
GBytes               *pursuit_recorder_stop_finish            (PursuitRecorder *self,
                                                               GAsyncResult    *result,
                                                               gint64          *duration_ms,
                                                               GError         **error);
void                  pursuit_recorder_cancel                 (PursuitRecorder *self);
gboolean              pursuit_recorder_play                   (PursuitRecorder *self,
                                                               GBytes          *audio,
                                                               GError         **error);
void                  pursuit_recorder_stop_playing           (PursuitRecorder *self);

G_END_DECLS
