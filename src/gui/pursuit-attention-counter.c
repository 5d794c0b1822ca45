/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-attention.h"
#include "pursuit-attention-counter.h"

/* How many jobs need attention now, kept current as jobs change and as time
 * passes (follow-ups fall due, interviews come near).
 *
 * A change of a few jobs counts those jobs again, not the 100,000 others:
 * each job's answer at the last count is kept, in the model's order. The
 * others are counted again each minute, as time passes for them too.
 * Those answers are what a view filtering by attention lists
 * (pursuit_attention_counter_peek()): the rules run once for both, and
 * the list holds the jobs the count counted.
 *
 * ::tick: every job was counted again, not because it changed (a minute
 * passed, the days setting changed); views that filter by attention
 * refilter. */
struct _PursuitAttentionCounter
{
  GObject parent_instance;

  GListModel *jobs;
  GSettings *settings;
  guint count;
  GByteArray *needs;          /* per job of the model: whether it needed attention */
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
set_count (PursuitAttentionCounter *self,
           guint                    count)
{
  if (count == self->count)
    return;

  self->count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
}

/* GLib has no g_byte_array_insert (): a gap is made at @position. */
static void
insert_needs (PursuitAttentionCounter *self,
              guint                    position,
              const guint8            *needs,
              guint                    n)
{
  guint tail = self->needs->len - position;

  g_byte_array_set_size (self->needs, self->needs->len + n);
  memmove (self->needs->data + position + n, self->needs->data + position, tail);
  memcpy (self->needs->data + position, needs, n);
}

static void queue_recount (PursuitAttentionCounter *self);

static void
recount (PursuitAttentionCounter *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int days = pursuit_attention_counter_get_days (self);
  guint n = g_list_model_get_n_items (self->jobs);
  guint count = 0;

  /* Runs over every job each minute: keep it to the rules alone. */
  g_byte_array_set_size (self->needs, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (self->jobs, i);

      self->needs->data[i] = pursuit_job_get_attention (job, now, days) != PURSUIT_ATTENTION_NONE;
      count += self->needs->data[i];
    }

  set_count (self, count);
}

/* The jobs at @position changed: only they are counted again. */
static void
on_items_changed (PursuitAttentionCounter *self,
                  guint                    position,
                  guint                    removed,
                  guint                    added)
{
  g_autoptr(GDateTime) now = NULL;
  guint8 *needs;
  int days;
  guint count = self->count;

  /* A whole list read, or a count already waiting: counted once, later. */
  if (self->idle != 0 || position + removed > self->needs->len ||
      removed + added > g_list_model_get_n_items (self->jobs) / 2)
    {
      queue_recount (self);
      return;
    }

  for (guint i = 0; i < removed; i++)
    count -= self->needs->data[position + i];
  g_byte_array_remove_range (self->needs, position, removed);

  now = g_date_time_new_now_local ();
  days = pursuit_attention_counter_get_days (self);
  needs = g_new (guint8, MAX (added, 1));
  for (guint i = 0; i < added; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (self->jobs, position + i);

      needs[i] = pursuit_job_get_attention (job, now, days) != PURSUIT_ATTENTION_NONE;
      count += needs[i];
    }
  insert_needs (self, position, needs, added);
  g_free (needs);
  set_count (self, count);
}

static gboolean
on_idle (gpointer data)
{
  PursuitAttentionCounter *self = data;

  self->idle = 0;
  recount (self);
  g_signal_emit (self, signals[TICK], 0);
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
    g_signal_handlers_disconnect_by_func (self->jobs, on_items_changed, self);
  g_clear_object (&self->jobs);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, queue_recount, self);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->needs, g_byte_array_unref);

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
  self->needs = g_byte_array_new ();
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
  g_signal_connect_swapped (jobs, "items-changed", G_CALLBACK (on_items_changed), self);
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

/**
 * pursuit_attention_counter_peek:
 * @n_items: (out): how many answers there are: the model's items
 *
 * Whether each job of the model needed attention at its last count, in
 * the model's order: what the count counts. A count still waiting (after
 * a change of most of the model) is made first. Valid until the model
 * next changes.
 *
 * Returns: (transfer none) (array length=n_items): a byte per job, 1 for
 *   a job that needs attention
 */
const guint8 *
pursuit_attention_counter_peek (PursuitAttentionCounter *self,
                                guint                   *n_items)
{
  g_return_val_if_fail (PURSUIT_IS_ATTENTION_COUNTER (self), NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  if (self->idle != 0)
    {
      g_clear_handle_id (&self->idle, g_source_remove);
      recount (self);
    }
  *n_items = self->needs->len;
  return self->needs->data;
}
