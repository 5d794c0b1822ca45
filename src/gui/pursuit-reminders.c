/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-attention.h"
#include "pursuit-reminders-private.h"

/* Desktop notifications for follow-ups that fall due and interviews coming
 * up, while the app runs and at its start.
 *
 * The app owns one of these. What to notify is decided by
 * pursuit_reminders_due(); this object asks it every minute, sends what it
 * has not sent yet and remembers the ids in GSettings, so that neither the
 * next minute nor the next start repeats a notification. */

struct _PursuitReminders
{
  GObject parent_instance;

  GApplication *application; /* weak: the application owns this object */
  PursuitContext *context;

  GHashTable *sent;           /* reminder id -> itself */
  GPtrArray *sent_order;      /* the same ids, oldest first, as saved */
  GDateTime *last_check;      /* NULL: never checked */
  GDate last_prune;
  GDate last_saved_day;

  guint startup_source;
  guint startup_polls;
  guint minute_source;
};

G_DEFINE_FINAL_TYPE (PursuitReminders, pursuit_reminders, G_TYPE_OBJECT)

enum {
  SENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
load_state (PursuitReminders *self)
{
  GSettings *settings = pursuit_context_get_settings (self->context);
  g_auto(GStrv) ids = g_settings_get_strv (settings, "notified-reminders");
  gint64 checked_at = g_settings_get_int64 (settings, "reminders-checked-at");

  for (guint i = 0; ids[i] != NULL; i++)
    {
      char *id = g_steal_pointer (&ids[i]);

      if (g_hash_table_contains (self->sent, id))
        {
          g_free (id);
          continue;
        }
      g_hash_table_add (self->sent, id);
      g_ptr_array_add (self->sent_order, id);
    }

  if (checked_at > 0)
    self->last_check = g_date_time_new_from_unix_local (checked_at);
}

static void
save_state (PursuitReminders *self)
{
  GSettings *settings = pursuit_context_get_settings (self->context);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < self->sent_order->len; i++)
    g_ptr_array_add (ids, g_ptr_array_index (self->sent_order, i));
  g_ptr_array_add (ids, NULL);

  g_settings_set_strv (settings, "notified-reminders", (const char * const *) ids->pdata);
  if (self->last_check != NULL)
    g_settings_set_int64 (settings, "reminders-checked-at", g_date_time_to_unix (self->last_check));
}

static void
forget_all_but (PursuitReminders *self,
                char            **kept)
{
  g_hash_table_remove_all (self->sent);
  g_ptr_array_set_size (self->sent_order, 0);
  for (guint i = 0; kept[i] != NULL; i++)
    {
      g_hash_table_add (self->sent, kept[i]);
      g_ptr_array_add (self->sent_order, kept[i]);
    }
}

static void
send_reminder (PursuitReminders *self,
               PursuitReminder  *reminder)
{
  g_autoptr(GNotification) notification = g_notification_new (reminder->title);

  g_notification_set_body (notification, reminder->body);
  if (reminder->kind == PURSUIT_REMINDER_FOLLOW_UPS)
    g_notification_set_default_action (notification, "app.show-attention");
  else
    g_notification_set_default_action_and_target (notification, "app.open-job", "x", reminder->job_id);
  if (reminder->kind == PURSUIT_REMINDER_INTERVIEW)
    g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);

  /* An application that is not registered (a test) cannot notify; the
   * reminder still counts as handled. */
  if (self->application != NULL && g_application_get_is_registered (self->application))
    g_application_send_notification (self->application, reminder->id, notification);
  g_signal_emit (self, signals[SENT], 0, reminder);
}

static void
calendar_day (GDateTime *time,
              GDate     *date)
{
  int year, month, day;

  g_date_time_get_ymd (time, &year, &month, &day);
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/**
 * pursuit_reminders_check:
 * @now: the current time
 *
 * Sends the notifications due at @now that were not sent before. Does
 * nothing until the store is open: its list of jobs is what it reads.
 *
 * Returns: (transfer full): the ids of the reminders sent now, maybe none;
 *   follow-ups sent as one notification are each among them
 */
char **
pursuit_reminders_check (PursuitReminders *self,
                         GDateTime        *now)
{
  g_autoptr(GStrvBuilder) sent_now = g_strv_builder_new ();
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  PursuitStore *store;
  GListModel *jobs;
  gboolean changed = FALSE;
  GDate today;

  g_return_val_if_fail (PURSUIT_IS_REMINDERS (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  store = pursuit_context_get_store (self->context);
  if (!pursuit_store_is_open (store))
    return g_strv_builder_end (sent_now);

  jobs = pursuit_store_get_jobs (store);
  calendar_day (now, &today);

  /* Once a day is enough to keep the list short. */
  if (!g_date_valid (&self->last_prune) || g_date_compare (&self->last_prune, &today) != 0)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();
      g_auto(GStrv) kept = NULL;

      for (guint i = 0; i < self->sent_order->len; i++)
        g_ptr_array_add (ids, g_ptr_array_index (self->sent_order, i));
      g_ptr_array_add (ids, NULL);
      kept = pursuit_reminders_prune ((const char * const *) ids->pdata, jobs, now);
      changed = g_strv_length (kept) != self->sent_order->len;
      /* The table owns the strings from here. */
      forget_all_but (self, kept);
      g_free (g_steal_pointer (&kept));
      self->last_prune = today;
    }

  reminders = pursuit_reminders_due (jobs, self->last_check, now);
  follow_ups = g_ptr_array_new ();
  for (guint i = 0; i < reminders->len; i++)
    {
      PursuitReminder *reminder = g_ptr_array_index (reminders, i);

      if (reminder->kind == PURSUIT_REMINDER_FOLLOW_UP && !g_hash_table_contains (self->sent, reminder->id))
        g_ptr_array_add (follow_ups, reminder);
    }
  /* Several follow-ups at once (a first start after a holiday, a Monday
   * morning) are one notification, not a banner each. */
  if (follow_ups->len > 1)
    {
      g_autoptr(PursuitReminder) group = pursuit_reminders_group (follow_ups);

      send_reminder (self, group);
    }

  for (guint i = 0; i < reminders->len; i++)
    {
      PursuitReminder *reminder = g_ptr_array_index (reminders, i);
      char *id;

      if (g_hash_table_contains (self->sent, reminder->id))
        continue;

      if (reminder->kind != PURSUIT_REMINDER_FOLLOW_UP || follow_ups->len == 1)
        send_reminder (self, reminder);
      id = g_strdup (reminder->id);
      g_hash_table_add (self->sent, id);
      g_ptr_array_add (self->sent_order, id);
      g_strv_builder_add (sent_now, id);
      changed = TRUE;
    }

  g_clear_pointer (&self->last_check, g_date_time_unref);
  self->last_check = g_date_time_ref (now);

  /* The check time is written when something was sent and once a day, not
   * every minute: the sent ids already prevent repeats. */
  if (changed || !g_date_valid (&self->last_saved_day) || g_date_compare (&self->last_saved_day, &today) != 0)
    {
      save_state (self);
      self->last_saved_day = today;
    }

  return g_strv_builder_end (sent_now);
}

static void
check_now (PursuitReminders *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_auto(GStrv) sent = pursuit_reminders_check (self, now);
}

static gboolean
on_minute (gpointer user_data)
{
  check_now (PURSUIT_REMINDERS (user_data));
  return G_SOURCE_CONTINUE;
}

/* The store opens in the background as the window appears; the first check
 * runs as soon as it is open. A store that does not open within a minute
 * (the window shows why) is left to the minute timer. */
static gboolean
on_startup_poll (gpointer user_data)
{
  PursuitReminders *self = PURSUIT_REMINDERS (user_data);

  if (!pursuit_store_is_open (pursuit_context_get_store (self->context)))
    {
      if (++self->startup_polls < 60)
        return G_SOURCE_CONTINUE;
      self->startup_source = 0;
      return G_SOURCE_REMOVE;
    }

  check_now (self);
  self->startup_source = 0;
  return G_SOURCE_REMOVE;
}

static void
pursuit_reminders_dispose (GObject *object)
{
  PursuitReminders *self = PURSUIT_REMINDERS (object);

  g_clear_handle_id (&self->startup_source, g_source_remove);
  g_clear_handle_id (&self->minute_source, g_source_remove);
  if (self->context != NULL && self->last_check != NULL)
    save_state (self);
  if (self->application != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->application), (gpointer *) &self->application);
  self->application = NULL;
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_reminders_parent_class)->dispose (object);
}

static void
pursuit_reminders_finalize (GObject *object)
{
  PursuitReminders *self = PURSUIT_REMINDERS (object);

  g_clear_pointer (&self->sent_order, g_ptr_array_unref);
  g_clear_pointer (&self->sent, g_hash_table_unref);
  g_clear_pointer (&self->last_check, g_date_time_unref);

  G_OBJECT_CLASS (pursuit_reminders_parent_class)->finalize (object);
}

static void
pursuit_reminders_class_init (PursuitRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_reminders_dispose;
  object_class->finalize = pursuit_reminders_finalize;

  /**
   * PursuitReminders::sent:
   * @reminder: (type gpointer): what the notification says
   *
   * A notification went out (or would have, for an application that is
   * not registered).
   */
  signals[SENT] = g_signal_new ("sent", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
pursuit_reminders_init (PursuitReminders *self)
{
  self->sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sent_order = g_ptr_array_new ();
  g_date_clear (&self->last_prune, 1);
  g_date_clear (&self->last_saved_day, 1);
}

/**
 * pursuit_reminders_new:
 * @application: (nullable): where notifications come from; %NULL in tests
 *
 * Starts checking: at once when the store is open, then every minute.
 */
PursuitReminders *
pursuit_reminders_new (GApplication   *application,
                       PursuitContext *context)
{
  PursuitReminders *self;

  g_return_val_if_fail (application == NULL || G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);

  self = g_object_new (PURSUIT_TYPE_REMINDERS, NULL);
  self->context = g_object_ref (context);
  self->application = application;
  if (application != NULL)
    g_object_add_weak_pointer (G_OBJECT (application), (gpointer *) &self->application);

  load_state (self);
  self->startup_source = g_timeout_add_seconds (1, on_startup_poll, self);
  self->minute_source = g_timeout_add_seconds (60, on_minute, self);
  return self;
}

/**
 * pursuit_reminders_are_pending:
 * @now: the current time
 *
 * Whether a follow-up or an interview is still to be notified (see
 * pursuit_reminders_pending()). %FALSE until the store is open.
 */
gboolean
pursuit_reminders_are_pending (PursuitReminders *self,
                               GDateTime        *now)
{
  PursuitStore *store;

  g_return_val_if_fail (PURSUIT_IS_REMINDERS (self), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  store = pursuit_context_get_store (self->context);
  return pursuit_store_is_open (store) && pursuit_reminders_pending (pursuit_store_get_jobs (store), now);
}
