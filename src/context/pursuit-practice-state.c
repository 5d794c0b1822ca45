/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-practice-state.h"

/* Interview practice as every view sees it: the store's practice records and
 * the deck made from them, the jobs and the settings, read again whenever
 * one of those changes and then announced with ::changed. One per context
 * (pursuit_context_get_practice()), so the Practice view, the job page and
 * a session agree. A change of the desired retention in Preferences
 * reschedules every question from the log.
 *
 * The deck's jobs follow the jobs model change by change: a job saved
 * changes its own place in the deck only (its title matched again if it
 * changed), not the 100,000 others. A job leaving the model may take its
 * pins and questions with it, so the records are read again then. */

struct _PursuitPracticeState
{
  GObject parent_instance;

  PursuitStore *store;
  PursuitContent *content;
  GSettings *settings;
  GTimeZone *zone;

  PursuitPracticeRecords *records;
  PursuitPracticeDeck *deck;
  GCancellable *cancellable;
  guint reload_source;
  guint rebuild_source;
  guint changed_source;
  gboolean loading;
  gboolean load_again;
};

G_DEFINE_FINAL_TYPE (PursuitPracticeState, pursuit_practice_state, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load (PursuitPracticeState *self);

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PursuitPracticeState) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitPracticeRecords) records = NULL;
  g_auto(GStrv) roles = NULL;

  records = pursuit_store_load_practice_finish (PURSUIT_STORE (source), result, &error);
  self->loading = FALSE;
  if (records == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_message ("Could not read the practice log: %s", error->message);
      return;
    }

  roles = g_settings_get_strv (self->settings, "practice-roles");
  g_clear_pointer (&self->records, pursuit_practice_records_free);
  self->records = g_steal_pointer (&records);
  if (self->deck != NULL)
    {
      /* Its jobs are the model's: only the records are new. */
      PursuitPracticeDeck *deck = pursuit_practice_records_remake_deck (self->records, self->content, self->deck,
                                                                        (const char * const *) roles);

      g_object_unref (self->deck);
      self->deck = deck;
    }
  else
    self->deck = pursuit_practice_records_make_deck (self->records, self->content,
                                                     pursuit_store_get_jobs (self->store),
                                                     (const char * const *) roles,
                                                     g_get_real_time () / G_USEC_PER_SEC);
  g_clear_handle_id (&self->changed_source, g_source_remove);
  if (self->load_again)
    load (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
load (PursuitPracticeState *self)
{
  if (!pursuit_store_is_open (self->store))
    return;
  /* One read at a time; a change during it asks for one more. */
  if (self->loading)
    {
      self->load_again = TRUE;
      return;
    }
  self->loading = TRUE;
  self->load_again = FALSE;
  pursuit_store_load_practice_async (self->store, self->cancellable, on_loaded, g_object_ref (self));
}

static gboolean
on_reload_idle (gpointer user_data)
{
  PursuitPracticeState *self = user_data;

  self->reload_source = 0;
  load (self);
  return G_SOURCE_REMOVE;
}

/* Changes come in bursts (a job saved touches the jobs model twice): they
 * are read once, when the main loop is idle. */
void
pursuit_practice_state_reload (PursuitPracticeState *self)
{
  g_return_if_fail (PURSUIT_IS_PRACTICE_STATE (self));

  if (self->reload_source == 0)
    self->reload_source = g_idle_add (on_reload_idle, self);
}

static gboolean
on_changed_idle (gpointer user_data)
{
  PursuitPracticeState *self = user_data;

  self->changed_source = 0;
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

/* The jobs model changed at @position: the deck takes the same change. */
static void
on_jobs_changed (GListModel           *jobs,
                 guint                 position,
                 guint                 removed,
                 guint                 added,
                 PursuitPracticeState *self)
{
  g_autoptr(GPtrArray) added_jobs = NULL;
  g_autoptr(GHashTable) added_ids = NULL;
  g_autofree PursuitPracticeDeckJob *deck_jobs = NULL;
  gint64 now;
  gboolean gone = FALSE;

  /* Until the first read, there is no deck: it is made from the whole
   * model then. */
  if (self->deck == NULL)
    return;

  if (pursuit_practice_deck_get_n_jobs (self->deck) + added - removed != g_list_model_get_n_items (jobs))
    {
      g_warning ("The practice deck lost track of the jobs; reading them again");
      g_clear_object (&self->deck);
      pursuit_practice_state_reload (self);
      return;
    }

  now = g_get_real_time () / G_USEC_PER_SEC;
  added_jobs = g_ptr_array_new_with_free_func (g_object_unref);
  added_ids = g_hash_table_new (g_int64_hash, g_int64_equal);
  deck_jobs = g_new (PursuitPracticeDeckJob, MAX (added, 1));
  for (guint i = 0; i < added; i++)
    {
      PursuitJob *job = g_list_model_get_item (jobs, position + i);

      g_ptr_array_add (added_jobs, job);
      deck_jobs[i].job_id = pursuit_job_get_id (job);
      deck_jobs[i].title = pursuit_job_get_title (job);
      deck_jobs[i].interview_at = pursuit_practice_interview_ahead (job, now);
      deck_jobs[i].archived = pursuit_job_get_archived (job);
      g_hash_table_add (added_ids, &deck_jobs[i].job_id);
    }

  /* Jobs that left the model may take pins and questions with them; those
   * that stayed (a job saved is removed and added in its place) keep theirs. */
  for (guint i = 0; i < removed && !gone; i++)
    {
      gint64 job_id = pursuit_practice_deck_get_job_id (self->deck, position + i);

      gone = !g_hash_table_contains (added_ids, &job_id);
    }
  pursuit_practice_deck_splice_jobs (self->deck, position, removed, deck_jobs, added);

  if (gone)
    pursuit_practice_state_reload (self);
  else if (self->changed_source == 0)
    self->changed_source = g_idle_add (on_changed_idle, self);
}

static void
on_rebuilt (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_rebuild_schedules_finish (PURSUIT_STORE (source), result, &error))
    g_warning ("Could not schedule the questions again: %s", error->message);
}

static gboolean
on_rebuild_timeout (gpointer user_data)
{
  PursuitPracticeState *self = user_data;

  self->rebuild_source = 0;
  if (pursuit_store_is_open (self->store))
    pursuit_store_rebuild_schedules_async (self->store,
                                           g_settings_get_double (self->settings, "practice-desired-retention"),
                                           self->zone, NULL, on_rebuilt, NULL);
  return G_SOURCE_REMOVE;
}

/* A spin button sends a value per step: the schedules are made again once
 * the value rests. */
static void
on_retention_changed (PursuitPracticeState *self)
{
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  self->rebuild_source = g_timeout_add (500, on_rebuild_timeout, self);
}

static void
pursuit_practice_state_dispose (GObject *object)
{
  PursuitPracticeState *self = PURSUIT_PRACTICE_STATE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_clear_handle_id (&self->changed_source, g_source_remove);
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->store, self);
      g_signal_handlers_disconnect_by_data (pursuit_store_get_jobs (self->store), self);
    }
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->store);
  g_clear_object (&self->content);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pursuit_practice_state_parent_class)->dispose (object);
}

static void
pursuit_practice_state_finalize (GObject *object)
{
  PursuitPracticeState *self = PURSUIT_PRACTICE_STATE (object);

  g_clear_object (&self->deck);
  g_clear_pointer (&self->records, pursuit_practice_records_free);
  g_clear_pointer (&self->zone, g_time_zone_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (pursuit_practice_state_parent_class)->finalize (object);
}

static void
pursuit_practice_state_class_init (PursuitPracticeStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_practice_state_dispose;
  object_class->finalize = pursuit_practice_state_finalize;

  /**
   * PursuitPracticeState::changed:
   *
   * The records and the deck were read again.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 0);
}

static void
pursuit_practice_state_init (PursuitPracticeState *self)
{
  self->zone = g_time_zone_new_local ();
  self->cancellable = g_cancellable_new ();
}

/**
 * pursuit_practice_state_new:
 *
 * Returns: (transfer full): the state, reading the records as soon as the
 *   store is open
 */
PursuitPracticeState *
pursuit_practice_state_new (PursuitStore   *store,
                            PursuitContent *content,
                            GSettings      *settings)
{
  PursuitPracticeState *self;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (PURSUIT_IS_CONTENT (content), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PURSUIT_TYPE_PRACTICE_STATE, NULL);
  self->store = g_object_ref (store);
  self->content = g_object_ref (content);
  self->settings = g_object_ref (settings);

  g_signal_connect_swapped (store, "practice-changed", G_CALLBACK (pursuit_practice_state_reload), self);
  g_signal_connect_swapped (store, "notify::open", G_CALLBACK (pursuit_practice_state_reload), self);
  g_signal_connect (pursuit_store_get_jobs (store), "items-changed", G_CALLBACK (on_jobs_changed), self);
  g_signal_connect_swapped (settings, "changed::practice-roles", G_CALLBACK (pursuit_practice_state_reload), self);
  g_signal_connect_swapped (settings, "changed::practice-new-per-day",
                            G_CALLBACK (pursuit_practice_state_reload), self);
  g_signal_connect_swapped (settings, "changed::practice-reviews-per-day",
                            G_CALLBACK (pursuit_practice_state_reload), self);
  g_signal_connect_swapped (settings, "changed::practice-desired-retention", G_CALLBACK (on_retention_changed), self);
  load (self);
  return self;
}

gboolean
pursuit_practice_state_get_loaded (PursuitPracticeState *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_STATE (self), FALSE);

  return self->deck != NULL;
}

/**
 * pursuit_practice_state_get_deck:
 *
 * Returns: (transfer none) (nullable): the deck, or %NULL until first read
 */
PursuitPracticeDeck *
pursuit_practice_state_get_deck (PursuitPracticeState *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_STATE (self), NULL);

  return self->deck;
}

/**
 * pursuit_practice_state_get_records:
 *
 * Returns: (transfer none) (nullable): the records, or %NULL until first read
 */
PursuitPracticeRecords *
pursuit_practice_state_get_records (PursuitPracticeState *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_STATE (self), NULL);

  return self->records;
}

/**
 * pursuit_practice_state_get_zone:
 *
 * Returns: (transfer none): the time zone days are counted in
 */
GTimeZone *
pursuit_practice_state_get_zone (PursuitPracticeState *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_STATE (self), NULL);

  return self->zone;
}

/* The scheduler with the desired retention of Preferences. */
void
pursuit_practice_state_get_scheduler (PursuitPracticeState *self,
                                      PursuitScheduler     *scheduler)
{
  g_return_if_fail (PURSUIT_IS_PRACTICE_STATE (self));
  g_return_if_fail (scheduler != NULL);

  pursuit_scheduler_init (scheduler, g_settings_get_double (self->settings, "practice-desired-retention"));
}

/* The daily limits of Preferences, and what the log says today used of them. */
void
pursuit_practice_state_get_limits (PursuitPracticeState  *self,
                                   gint64                 now,
                                   PursuitPracticeLimits *limits)
{
  g_return_if_fail (PURSUIT_IS_PRACTICE_STATE (self));
  g_return_if_fail (limits != NULL);

  pursuit_practice_limits_init (limits);
  limits->new_per_day = g_settings_get_int (self->settings, "practice-new-per-day");
  limits->reviews_per_day = g_settings_get_int (self->settings, "practice-reviews-per-day");
  if (self->records != NULL)
    pursuit_practice_limits_count_done (limits, self->records->reviews, self->zone,
                                        pursuit_practice_day_from_unix (now, self->zone));
}
