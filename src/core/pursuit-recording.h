/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_RECORDING (pursuit_recording_get_type ())

G_DECLARE_FINAL_TYPE (PursuitRecording, pursuit_recording, PURSUIT, RECORDING, GObject)

PursuitRecording *pursuit_recording_new              (void);
gint64            pursuit_recording_get_id           (PursuitRecording *self);
void              pursuit_recording_set_id           (PursuitRecording *self,
                                                      gint64            id);
gint64            pursuit_recording_get_review_id    (PursuitRecording *self);
void              pursuit_recording_set_review_id    (PursuitRecording *self,
                                                      gint64            review_id);
const char       *pursuit_recording_get_question_id  (PursuitRecording *self);
void              pursuit_recording_set_question_id  (PursuitRecording *self,
                                                      const char       *question_id);
gint64            pursuit_recording_get_recorded_at  (PursuitRecording *self);
void              pursuit_recording_set_recorded_at  (PursuitRecording *self,
                                                      gint64            recorded_at);
gint64            pursuit_recording_get_duration_ms  (PursuitRecording *self);
void              pursuit_recording_set_duration_ms  (PursuitRecording *self,
                                                      gint64            duration_ms);
const char       *pursuit_recording_get_mime_type    (PursuitRecording *self);
void              pursuit_recording_set_mime_type    (PursuitRecording *self,
                                                      const char       *mime_type);
gint64            pursuit_recording_get_size         (PursuitRecording *self);
void              pursuit_recording_set_size         (PursuitRecording *self,
                                                      gint64            size);

G_END_DECLS
