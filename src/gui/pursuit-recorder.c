/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/gst.h>

#include "pursuit-recorder.h"

/* Records a spoken answer and plays it back, with GStreamer. This is the
 * app's only use of GStreamer, and it stays here, beside the widgets: the
 * layers below never see it.
 *
 * Recording: SOURCE ! audioconvert ! audioresample ! mono ! opusenc ! oggmux
 * into memory (giostreamsink and a GMemoryOutputStream); stopping sends
 * end-of-stream so the Ogg file is complete. Playing: the bytes through
 * decodebin to SINK. SOURCE is the microphone (autoaudiosrc) unless a test
 * gives audiotestsrc; SINK the speakers (autoaudiosink) unless a test gives
 * fakesink.
 *
 * Without a microphone autoaudiosrc still starts (it records nothing), so
 * the microphone is looked for with a device monitor first. Without a
 * plugin the pipeline cannot be made. Either way the recorder says why and
 * stays unavailable; the rest of practice does not need it. */

G_DEFINE_QUARK (pursuit-recorder-error-quark, pursuit_recorder_error)

#define DEFAULT_SOURCE "autoaudiosrc"
#define DEFAULT_SINK "autoaudiosink"
#define STOP_TIMEOUT_MS 5000

struct _PursuitRecorder
{
  GObject parent_instance;

  char *source;
  char *sink;
  char *unavailable_reason;
  PursuitRecorderState state;

  GstElement *pipeline;
  guint bus_watch;
  GOutputStream *output;     /* while recording */
  gint64 started_at;         /* monotonic, µs */
  gint64 duration_ms;
  GTask *stop_task;
  guint stop_timeout;
};

G_DEFINE_FINAL_TYPE (PursuitRecorder, pursuit_recorder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_AVAILABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_state (PursuitRecorder      *self,
           PursuitRecorderState  state)
{
  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_unavailable (PursuitRecorder *self,
                 const char      *reason)
{
  gboolean was_available = self->unavailable_reason == NULL;

  g_free (self->unavailable_reason);
  self->unavailable_reason = g_strdup (reason);
  if (was_available)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
}

static void
drop_pipeline (PursuitRecorder *self)
{
  g_clear_handle_id (&self->bus_watch, g_source_remove);
  if (self->pipeline != NULL)
    {
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
      g_clear_object (&self->pipeline);
    }
}

/* Ends a recording: the bytes to whoever asked to stop, or nothing. */
static void
finish_recording (PursuitRecorder *self,
                  GError          *error)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->stop_task);
  g_autoptr(GBytes) audio = NULL;

  g_clear_handle_id (&self->stop_timeout, g_source_remove);
  drop_pipeline (self);
  if (self->output != NULL)
    {
      g_output_stream_close (self->output, NULL, NULL);
      audio = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (self->output));
      g_clear_object (&self->output);
    }
  set_state (self, PURSUIT_RECORDER_STATE_IDLE);

  if (task == NULL)
    {
      g_clear_error (&error);
      return;
    }
  if (error != NULL)
    g_task_return_error (task, error);
  else if (audio == NULL || g_bytes_get_size (audio) == 0)
    g_task_return_new_error (task, PURSUIT_RECORDER_ERROR, PURSUIT_RECORDER_ERROR_FAILED,
                             _("Nothing was recorded"));
  else
    g_task_return_pointer (task, g_steal_pointer (&audio), (GDestroyNotify) g_bytes_unref);
}

static gboolean
on_bus_message (GstBus     *bus,
                GstMessage *message,
                gpointer    user_data)
{
  PursuitRecorder *self = user_data;

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_EOS:
      if (self->state == PURSUIT_RECORDER_STATE_RECORDING)
        finish_recording (self, NULL);
      else
        {
          drop_pipeline (self);
          set_state (self, PURSUIT_RECORDER_STATE_IDLE);
        }
      return G_SOURCE_REMOVE;

    case GST_MESSAGE_ERROR:
      {
        g_autoptr(GError) gst_error = NULL;
        g_autofree char *debug = NULL;
        gboolean recording = self->state == PURSUIT_RECORDER_STATE_RECORDING;
        g_autofree char *message_text = NULL;

        gst_message_parse_error (message, &gst_error, &debug);
        g_message ("Recorder: %s (%s)", gst_error->message, debug != NULL ? debug : "");
        message_text = g_strdup (gst_error->message);
        self->bus_watch = 0;
        if (recording)
          finish_recording (self, g_error_new_literal (PURSUIT_RECORDER_ERROR, PURSUIT_RECORDER_ERROR_FAILED,
                                                       message_text));
        else
          {
            drop_pipeline (self);
            set_state (self, PURSUIT_RECORDER_STATE_IDLE);
          }
        g_signal_emit (self, signals[FAILED], 0, message_text);
        return G_SOURCE_REMOVE;
      }

    default:
      return G_SOURCE_CONTINUE;
    }
}

/* Makes the pipeline from @description, refusing it whole when an element
 * is missing. */
static GstElement *
make_pipeline (PursuitRecorder  *self,
               const char       *description,
               GError          **error)
{
  g_autoptr(GError) parse_error = NULL;
  GstElement *pipeline;

  pipeline = gst_parse_launch_full (description, NULL, GST_PARSE_FLAG_FATAL_ERRORS, &parse_error);
  if (pipeline == NULL)
    {
      g_set_error (error, PURSUIT_RECORDER_ERROR,
                   g_error_matches (parse_error, GST_PARSE_ERROR, GST_PARSE_ERROR_NO_SUCH_ELEMENT)
                   ? PURSUIT_RECORDER_ERROR_MISSING_PLUGIN : PURSUIT_RECORDER_ERROR_FAILED,
                   /* Translators: %s says what GStreamer could not find */
                   _("Recording needs a GStreamer plugin that is not installed (%s)"),
                   parse_error != NULL ? parse_error->message : "?");
      return NULL;
    }
  return gst_object_ref_sink (pipeline);
}

static char *
recording_description (PursuitRecorder *self)
{
  return g_strdup_printf ("%s ! audioconvert ! audioresample ! audio/x-raw,channels=1 ! "
                          "opusenc ! oggmux ! giostreamsink name=sink",
                          self->source);
}

/* Whether recording can work here: the plugins, and for the real microphone
 * a device to record from. */
static void
check_available (PursuitRecorder *self)
{
  g_autofree char *description = recording_description (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GstElement) pipeline = make_pipeline (self, description, &error);

  if (pipeline == NULL)
    {
      set_unavailable (self, error->message);
      return;
    }

  if (g_str_equal (self->source, DEFAULT_SOURCE))
    {
      g_autoptr(GstDeviceMonitor) monitor = gst_device_monitor_new ();
      GList *devices;

      gst_device_monitor_add_filter (monitor, "Audio/Source", NULL);
      devices = gst_device_monitor_get_devices (monitor);
      if (devices == NULL)
        set_unavailable (self, _("No microphone was found. Connect one, or check that Pursuit may use it "
                                 "in the system’s privacy settings."));
      g_list_free_full (devices, gst_object_unref);
    }
}

static void
pursuit_recorder_dispose (GObject *object)
{
  PursuitRecorder *self = PURSUIT_RECORDER (object);

  pursuit_recorder_cancel (self);
  pursuit_recorder_stop_playing (self);
  drop_pipeline (self);

  G_OBJECT_CLASS (pursuit_recorder_parent_class)->dispose (object);
}

static void
pursuit_recorder_finalize (GObject *object)
{
  PursuitRecorder *self = PURSUIT_RECORDER (object);

  g_free (self->source);
  g_free (self->sink);
  g_free (self->unavailable_reason);

  G_OBJECT_CLASS (pursuit_recorder_parent_class)->finalize (object);
}

static void
pursuit_recorder_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PursuitRecorder *self = PURSUIT_RECORDER (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;
    case PROP_AVAILABLE:
      g_value_set_boolean (value, self->unavailable_reason == NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_recorder_class_init (PursuitRecorderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_recorder_dispose;
  object_class->finalize = pursuit_recorder_finalize;
  object_class->get_property = pursuit_recorder_get_property;

  /* A PursuitRecorderState. */
  properties[PROP_STATE] = g_param_spec_int ("state", NULL, NULL, PURSUIT_RECORDER_STATE_IDLE,
                                             PURSUIT_RECORDER_STATE_PLAYING, PURSUIT_RECORDER_STATE_IDLE,
                                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AVAILABLE] = g_param_spec_boolean ("available", NULL, NULL, FALSE,
                                                     G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                     G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitRecorder::failed:
   * @message: what went wrong, for the user
   *
   * Recording or playing stopped on an error.
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
pursuit_recorder_init (PursuitRecorder *self)
{
}

/**
 * pursuit_recorder_new:
 * @source: (nullable): a GStreamer source description, %NULL for the
 *   microphone
 * @sink: (nullable): a GStreamer sink description, %NULL for the speakers
 *
 * Returns: (transfer full): a recorder, unavailable (with its reason) when
 *   recording cannot work here
 */
PursuitRecorder *
pursuit_recorder_new (const char *source,
                      const char *sink)
{
  PursuitRecorder *self;
  g_autoptr(GError) error = NULL;

  self = g_object_new (PURSUIT_TYPE_RECORDER, NULL);
  self->source = g_strdup (source != NULL ? source : DEFAULT_SOURCE);
  self->sink = g_strdup (sink != NULL ? sink : DEFAULT_SINK);
  if (!gst_init_check (NULL, NULL, &error))
    set_unavailable (self, error->message);
  else
    check_available (self);
  return self;
}

gboolean
pursuit_recorder_get_available (PursuitRecorder *self)
{
  g_return_val_if_fail (PURSUIT_IS_RECORDER (self), FALSE);

  return self->unavailable_reason == NULL;
}

/**
 * pursuit_recorder_get_unavailable_reason:
 *
 * Returns: (nullable): why recording cannot work here, for the user
 */
const char *
pursuit_recorder_get_unavailable_reason (PursuitRecorder *self)
{
  g_return_val_if_fail (PURSUIT_IS_RECORDER (self), NULL);

  return self->unavailable_reason;
}

PursuitRecorderState
pursuit_recorder_get_state (PursuitRecorder *self)
{
  g_return_val_if_fail (PURSUIT_IS_RECORDER (self), PURSUIT_RECORDER_STATE_IDLE);

  return self->state;
}

static gboolean
start_pipeline (PursuitRecorder  *self,
                const char       *description,
                GError          **error)
{
  g_autoptr(GstBus) bus = NULL;

  self->pipeline = make_pipeline (self, description, error);
  if (self->pipeline == NULL)
    return FALSE;
  bus = gst_element_get_bus (self->pipeline);
  self->bus_watch = gst_bus_add_watch (bus, on_bus_message, self);
  return TRUE;
}

/**
 * pursuit_recorder_start:
 *
 * Starts recording. A microphone that cannot be opened makes the recorder
 * unavailable, with the reason.
 */
gboolean
pursuit_recorder_start (PursuitRecorder  *self,
                        GError          **error)
{
  g_autofree char *description = NULL;
  g_autoptr(GstElement) sink = NULL;

  g_return_val_if_fail (PURSUIT_IS_RECORDER (self), FALSE);
  g_return_val_if_fail (self->state == PURSUIT_RECORDER_STATE_IDLE, FALSE);

  if (self->unavailable_reason != NULL)
    {
      g_set_error_literal (error, PURSUIT_RECORDER_ERROR, PURSUIT_RECORDER_ERROR_NO_MICROPHONE,
                           self->unavailable_reason);
      return FALSE;
    }

  description = recording_description (self);
  if (!start_pipeline (self, description, error))
    return FALSE;
  self->output = g_memory_output_stream_new_resizable ();
  sink = gst_bin_get_by_name (GST_BIN (self->pipeline), "sink");
  g_object_set (sink, "stream", self->output, NULL);

  if (gst_element_set_state (self->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      drop_pipeline (self);
      g_clear_object (&self->output);
      set_unavailable (self, _("The microphone could not be opened. Check that it is connected and that "
                               "Pursuit may use it."));
      g_set_error_literal (error, PURSUIT_RECORDER_ERROR, PURSUIT_RECORDER_ERROR_NO_MICROPHONE,
                           self->unavailable_reason);
      return FALSE;
    }

  self->started_at = g_get_monotonic_time ();
  self->duration_ms = 0;
  set_state (self, PURSUIT_RECORDER_STATE_RECORDING);
  return TRUE;
}

static gboolean
on_stop_timeout (gpointer user_data)
{
  PursuitRecorder *self = user_data;

  /* The end of the stream never came: keep what the muxer wrote. */
  self->stop_timeout = 0;
  finish_recording (self, NULL);
  return G_SOURCE_REMOVE;
}

/**
 * pursuit_recorder_stop_async:
 *
 * Stops recording; the recording comes with pursuit_recorder_stop_finish()
 * once the file is complete.
 */
void
pursuit_recorder_stop_async (PursuitRecorder     *self,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PURSUIT_IS_RECORDER (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, pursuit_recorder_stop_async);
  if (self->state != PURSUIT_RECORDER_STATE_RECORDING || self->stop_task != NULL)
    {
      g_task_return_new_error (task, PURSUIT_RECORDER_ERROR, PURSUIT_RECORDER_ERROR_FAILED,
                               _("Nothing is being recorded"));
      return;
    }

  self->duration_ms = (g_get_monotonic_time () - self->started_at) / 1000;
  self->stop_task = g_steal_pointer (&task);
  self->stop_timeout = g_timeout_add (STOP_TIMEOUT_MS, on_stop_timeout, self);
  gst_element_send_event (self->pipeline, gst_event_new_eos ());
}

/**
 * pursuit_recorder_stop_finish:
 * @duration_ms: (out) (optional): how long the recording lasts
 *
 * Returns: (transfer full): the recording (PURSUIT_RECORDER_MIME_TYPE)
 */
GBytes *
pursuit_recorder_stop_finish (PursuitRecorder  *self,
                              GAsyncResult     *result,
                              gint64           *duration_ms,
                              GError          **error)
{
  GBytes *audio;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  audio = g_task_propagate_pointer (G_TASK (result), error);
  if (duration_ms != NULL)
    *duration_ms = audio != NULL ? self->duration_ms : 0;
  return audio;
}

/* Stops a recording and throws it away, as when a question is skipped. */
void
pursuit_recorder_cancel (PursuitRecorder *self)
{
  g_return_if_fail (PURSUIT_IS_RECORDER (self));

  if (self->state != PURSUIT_RECORDER_STATE_RECORDING)
    return;
  if (self->stop_task != NULL)
    finish_recording (self, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled"));
  else
    finish_recording (self, NULL);
}

/**
 * pursuit_recorder_play:
 * @audio: a recording, as pursuit_recorder_stop_finish() gave it
 *
 * Plays @audio; the state goes back to idle at its end.
 */
gboolean
pursuit_recorder_play (PursuitRecorder  *self,
                       GBytes           *audio,
                       GError          **error)
{
  g_autofree char *description = NULL;
  g_autoptr(GstElement) source = NULL;
  g_autoptr(GInputStream) input = NULL;

  g_return_val_if_fail (PURSUIT_IS_RECORDER (self), FALSE);
  g_return_val_if_fail (audio != NULL, FALSE);

  if (self->state == PURSUIT_RECORDER_STATE_RECORDING)
    {
      g_set_error_literal (error, PURSUIT_RECORDER_ERROR, PURSUIT_RECORDER_ERROR_FAILED,
                           _("A recording is under way"));
      return FALSE;
    }
  pursuit_recorder_stop_playing (self);
  if (!gst_init_check (NULL, NULL, error))
    return FALSE;

  description = g_strdup_printf ("giostreamsrc name=source ! decodebin ! audioconvert ! audioresample ! %s",
                                 self->sink);
  if (!start_pipeline (self, description, error))
    return FALSE;
  input = g_memory_input_stream_new_from_bytes (audio);
  source = gst_bin_get_by_name (GST_BIN (self->pipeline), "source");
  g_object_set (source, "stream", input, NULL);

  if (gst_element_set_state (self->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      drop_pipeline (self);
      g_set_error_literal (error, PURSUIT_RECORDER_ERROR, PURSUIT_RECORDER_ERROR_FAILED,
                           _("The recording could not be played"));
      return FALSE;
    }
  set_state (self, PURSUIT_RECORDER_STATE_PLAYING);
  return TRUE;
}

void
pursuit_recorder_stop_playing (PursuitRecorder *self)
{
  g_return_if_fail (PURSUIT_IS_RECORDER (self));

  if (self->state != PURSUIT_RECORDER_STATE_PLAYING)
    return;
  drop_pipeline (self);
  set_state (self, PURSUIT_RECORDER_STATE_IDLE);
}
