/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-accessors-private.h"
#include "pursuit-recording.h"

/* A spoken answer kept with the review it belongs to: what a list shows of
 * it. The sound itself is read only when it is played (the store keeps it in
 * a table of its own, so lists never read it). */
struct _PursuitRecording
{
  GObject parent_instance;

  gint64 id;
  gint64 review_id;
  char *question_id;
  gint64 recorded_at;
  gint64 duration_ms;
  char *mime_type;
  gint64 size;
};

G_DEFINE_FINAL_TYPE (PursuitRecording, pursuit_recording, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pursuit_recording_finalize (GObject *object)
{
  PursuitRecording *self = PURSUIT_RECORDING (object);

  g_free (self->question_id);
  g_free (self->mime_type);

  G_OBJECT_CLASS (pursuit_recording_parent_class)->finalize (object);
}

static void
pursuit_recording_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PursuitRecording *self = PURSUIT_RECORDING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_recording_class_init (PursuitRecordingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_recording_finalize;
  object_class->get_property = pursuit_recording_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                            G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_recording_init (PursuitRecording *self)
{
  self->question_id = g_strdup ("");
  self->mime_type = g_strdup ("");
}

PursuitRecording *
pursuit_recording_new (void)
{
  return g_object_new (PURSUIT_TYPE_RECORDING, NULL);
}

gint64
pursuit_recording_get_id (PursuitRecording *self)
{
  g_return_val_if_fail (PURSUIT_IS_RECORDING (self), 0);
  return self->id;
}

void
pursuit_recording_set_id (PursuitRecording *self,
                          gint64            id)
{
  g_return_if_fail (PURSUIT_IS_RECORDING (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

#define TEXT(field) PURSUIT_DEFINE_TEXT_ACCESSORS (PursuitRecording, pursuit_recording, PURSUIT_IS_RECORDING, field)
#define INT64(field) PURSUIT_DEFINE_INT64_ACCESSORS (PursuitRecording, pursuit_recording, PURSUIT_IS_RECORDING, field)

INT64 (review_id)
TEXT (question_id)
INT64 (recorded_at)
INT64 (duration_ms)
TEXT (mime_type)
INT64 (size)
