/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-attention.h"
#include "pursuit-attention-counter.h"

/* How many jobs need attention now, kept current as jobs change and as time
 * passes (follow-ups fall due, interviews come near).
 *
 * ::tick: a minute passed; views that filter by attention refilter. */
struct _PursuitAttentionCounter
{
  GObject parent_instance;

  GListModel *jobs;
  GSettings *settings;
  guint count;
  guint idle;
  guint timeout;
};

G_DEFINE_FINAL_TYPE (PursuitAttentionCounter, pursuit_attention_counter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TICK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* How often time is taken into account. */
#define TICK_SECONDS 60

static void
recount (PursuitAttentionCounter *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int days = pursuit_attention_counter_get_days (self);
  guint n = g_list_model_get_n_items (self->jobs);
  guint count = 0;

  /* Runs over every job after each change: keep it to the rules alone. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (self->jobs, i);

      count += pursuit_job_get_attention (job, now, days) != PURSUIT_ATTENTION_NONE;
    }

  if (count == self->count)
    return;

  self->count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

static gboolean
on_idle (gpointer data)
{
  PursuitAttentionCounter *self = data;

  self->idle = 0;
  recount (self);
  return G_SOURCE_REMOVE;
}

/* Many changes in a row (an import, a whole list read) are counted once. */
static void
queue_recount (PursuitAttentionCounter *self)
{
  if (self->idle == 0)
    self->idle = g_idle_add_full (G_PRIORITY_LOW, on_idle, self, NULL);
}

static gboolean
on_tick (gpointer data)
{
  PursuitAttentionCounter *self = data;

  recount (self);
  g_signal_emit (self, signals[TICK], 0);
  return G_SOURCE_CONTINUE;
}

static void
pursuit_attention_counter_dispose (GObject *object)
{
  PursuitAttentionCounter *self = PURSUIT_ATTENTION_COUNTER (object);

  g_clear_handle_id (&self->idle, g_source_remove);
  g_clear_handle_id (&self->timeout, g_source_remove);
  if (self->jobs != NULL)
    g_signal_handlers_disconnect_by_func (self->jobs, queue_recount, self);
  g_clear_object (&self->jobs);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, queue_recount, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pursuit_attention_counter_parent_class)->dispose (object);
}

static void
pursuit_attention_counter_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  PursuitAttentionCounter *self = PURSUIT_ATTENTION_COUNTER (object);

  switch (prop_id)
    {
    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_attention_counter_class_init (PursuitAttentionCounterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_attention_counter_dispose;
  object_class->get_property = pursuit_attention_counter_get_property;

  properties[PROP_COUNT] = g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                              G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TICK] = g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pursuit_attention_counter_init (PursuitAttentionCounter *self)
{
}

/**
 * pursuit_attention_counter_new:
 * @jobs: the jobs (PursuitJob) to watch
 * @settings: the app's settings, for "attention-days"
 */
PursuitAttentionCounter *
pursuit_attention_counter_new (GListModel *jobs,
                               GSettings  *settings)
{
  PursuitAttentionCounter *self = g_object_new (PURSUIT_TYPE_ATTENTION_COUNTER, NULL);

  self->jobs = g_object_ref (jobs);
  self->settings = g_object_ref (settings);
  g_signal_connect_swapped (jobs, "items-changed", G_CALLBACK (queue_recount), self);
  g_signal_connect_swapped (settings, "changed::attention-days", G_CALLBACK (queue_recount), self);
  self->timeout = g_timeout_add_seconds (TICK_SECONDS, on_tick, self);
  recount (self);
  return self;
}

guint
pursuit_attention_counter_get_count (PursuitAttentionCounter *self)
{
  g_return_val_if_fail (PURSUIT_IS_ATTENTION_COUNTER (self), 0);

  return self->count;
}

/* After how many days without an answer an application needs attention. */
int
pursuit_attention_counter_get_days (PursuitAttentionCounter *self)
{
  g_return_val_if_fail (PURSUIT_IS_ATTENTION_COUNTER (self), PURSUIT_ATTENTION_DEFAULT_STALE_DAYS);

  return g_settings_get_int (self->settings, "attention-days");
}
