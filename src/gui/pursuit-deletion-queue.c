/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-deletion-queue.h"
#include "pursuit-toasts.h"

/* Deleting a job with a way back: the job goes to the trash at once and an
 * undo toast shows; when the toast goes without Undo, the job is deleted
 * for good. Whatever is still waiting when the window closes is deleted
 * then (pursuit_deletion_queue_settle()).
 *
 * ::restored (PursuitJob *job): an undone deletion brought @job back.
 * ::deleted (PursuitJob *job): @job is gone for good, with what was only
 * its own (a portal login no other job shares).
 */
struct _PursuitDeletionQueue
{
  GObject parent_instance;

  PursuitStore *store;
  GHashTable *pending; /* gint64* id -> Pending */
};

G_DEFINE_FINAL_TYPE (PursuitDeletionQueue, pursuit_deletion_queue, G_TYPE_OBJECT)

enum {
  RESTORED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A deletion waiting for its undo toast to go. */
typedef struct
{
  PursuitJob *job;
  AdwToast *toast;
  gint64 queued_at;
} Pending;

static void
pending_free (Pending *pending)
{
  g_clear_object (&pending->job);
  g_clear_object (&pending->toast);
  g_free (pending);
}

/* What a store callback needs: the queue and the job it was about. */
typedef struct
{
  PursuitDeletionQueue *self;
  PursuitJob *job;
  GtkWidget *anchor;
} Call;

static Call *
call_new (PursuitDeletionQueue *self,
          PursuitJob           *job,
          GtkWidget            *anchor)
{
  Call *call = g_new0 (Call, 1);

  call->self = g_object_ref (self);
  call->job = g_object_ref (job);
  g_set_weak_pointer (&call->anchor, anchor);
  return call;
}

static void
call_free (Call *call)
{
  g_object_unref (call->self);
  g_object_unref (call->job);
  g_clear_weak_pointer (&call->anchor);
  g_free (call);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Call, call_free)

static void
on_deleted_for_good (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(Call) call = user_data;
  g_autoptr(GError) error = NULL;

  /* Not worth the user's attention: the trash is emptied on the next start. */
  if (!pursuit_store_delete_job_finish (PURSUIT_STORE (source), result, &error))
    g_message ("Could not delete job %" G_GINT64_FORMAT " yet, it will be on the next start: %s",
               pursuit_job_get_id (call->job), error->message);
  else
    g_signal_emit (call->self, signals[DELETED], 0, call->job);
}

static void
delete_for_good (PursuitDeletionQueue *self,
                 gint64                job_id)
{
  Pending *pending = g_hash_table_lookup (self->pending, &job_id);

  if (pending == NULL)
    return;

  pursuit_store_delete_job_async (self->store, pending->job, NULL, on_deleted_for_good,
                                  call_new (self, pending->job, NULL));
  g_hash_table_remove (self->pending, &job_id);
}

typedef struct
{
  PursuitDeletionQueue *self;
  AdwToast *toast;
  gint64 job_id;
} Dismissed;

static gboolean
finish_deletion (gpointer data)
{
  Dismissed *dismissed = data;
  Pending *pending = g_hash_table_lookup (dismissed->self->pending, &dismissed->job_id);

  /* Only the toast of this very deletion may end it: an older toast of the
   * same job, deleted, restored and deleted again, must not. */
  if (pending != NULL && pending->toast == dismissed->toast)
    delete_for_good (dismissed->self, dismissed->job_id);

  g_object_unref (dismissed->self);
  g_object_unref (dismissed->toast);
  g_free (dismissed);
  return G_SOURCE_REMOVE;
}

static void
on_toast_dismissed (AdwToast             *toast,
                    PursuitDeletionQueue *self)
{
  gint64 *job_id = g_object_get_data (G_OBJECT (toast), "pursuit-job-id");
  Dismissed *dismissed = g_new0 (Dismissed, 1);

  /* The Undo button may be handled after "dismissed"; decide once it has. */
  dismissed->self = g_object_ref (self);
  dismissed->toast = g_object_ref (toast);
  dismissed->job_id = *job_id;
  g_idle_add (finish_deletion, dismissed);
}

static void
on_undo_clicked (AdwToast             *toast,
                 PursuitDeletionQueue *self)
{
  gint64 *job_id = g_object_get_data (G_OBJECT (toast), "pursuit-job-id");

  if (job_id != NULL)
    pursuit_deletion_queue_undo (self, *job_id);
}

static void
on_trashed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(Call) call = user_data;
  PursuitDeletionQueue *self = call->self;
  g_autoptr(GError) error = NULL;
  gint64 id = pursuit_job_get_id (call->job);
  g_autofree char *title = NULL;
  Pending *pending;
  AdwToast *toast;
  gint64 *toast_id;

  pending = g_hash_table_lookup (self->pending, &id);

  if (!pursuit_store_trash_job_finish (PURSUIT_STORE (source), result, &error))
    {
      if (pending != NULL && pending->job == call->job && pending->toast == NULL)
        g_hash_table_remove (self->pending, &id);
      if (call->anchor != NULL)
        pursuit_show_error (call->anchor, _("Could not delete the job"), error);
      return;
    }

  if (call->anchor == NULL || pending == NULL)
    {
      delete_for_good (self, id);
      return;
    }

  /* Toast titles are markup: a company called AT&T must not break it. */
  title = g_markup_printf_escaped (_("“%s” at %s deleted"),
                                   pursuit_job_get_title (call->job),
                                   pursuit_job_get_company (call->job));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  toast_id = g_new (gint64, 1);
  *toast_id = id;
  g_object_set_data_full (G_OBJECT (toast), "pursuit-job-id", toast_id, g_free);
  /* AdwToast::button-clicked is in libadwaita 1.2.2 at run time, though not
   * in its headers. */
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self, 0);
  g_set_object (&pending->toast, toast);
  pursuit_show_toast (call->anchor, toast);
}

static void
on_restored (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Call) call = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_restore_job_finish (PURSUIT_STORE (source), result, &error))
    {
      g_message ("Could not bring the job back: %s", error->message);
      return;
    }

  g_signal_emit (call->self, signals[RESTORED], 0, call->job);
}

static void
pursuit_deletion_queue_finalize (GObject *object)
{
  PursuitDeletionQueue *self = PURSUIT_DELETION_QUEUE (object);

  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_deletion_queue_parent_class)->finalize (object);
}

static void
pursuit_deletion_queue_class_init (PursuitDeletionQueueClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_deletion_queue_finalize;

  signals[RESTORED] = g_signal_new ("restored", G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, PURSUIT_TYPE_JOB);
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, PURSUIT_TYPE_JOB);
}

static void
pursuit_deletion_queue_init (PursuitDeletionQueue *self)
{
  self->pending = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) pending_free);
}

PursuitDeletionQueue *
pursuit_deletion_queue_new (PursuitStore *store)
{
  PursuitDeletionQueue *self = g_object_new (PURSUIT_TYPE_DELETION_QUEUE, NULL);

  self->store = g_object_ref (store);
  return self;
}

/**
 * pursuit_deletion_queue_delete:
 * @toast_anchor: where the undo toast shows (any widget in the window)
 */
void
pursuit_deletion_queue_delete (PursuitDeletionQueue *self,
                               PursuitJob           *job,
                               GtkWidget            *toast_anchor)
{
  Pending *pending;
  gint64 *key;

  g_return_if_fail (PURSUIT_IS_DELETION_QUEUE (self));
  g_return_if_fail (PURSUIT_IS_JOB (job));

  /* A second press (or key repeat) before the first lands must not undo
   * the first one's chance of being undone. */
  if (pursuit_deletion_queue_has_job (self, pursuit_job_get_id (job)))
    return;

  key = g_new (gint64, 1);
  *key = pursuit_job_get_id (job);
  pending = g_new0 (Pending, 1);
  pending->job = g_object_ref (job);
  pending->queued_at = g_get_monotonic_time ();
  g_hash_table_insert (self->pending, key, pending);
  pursuit_store_trash_job_async (self->store, job, NULL, on_trashed, call_new (self, job, toast_anchor));
}

gboolean
pursuit_deletion_queue_has_job (PursuitDeletionQueue *self,
                                gint64                job_id)
{
  g_return_val_if_fail (PURSUIT_IS_DELETION_QUEUE (self), FALSE);

  return g_hash_table_contains (self->pending, &job_id);
}

/* Brings the job back if its deletion is still undoable. */
gboolean
pursuit_deletion_queue_undo (PursuitDeletionQueue *self,
                             gint64                job_id)
{
  Pending *pending;
  gpointer key = NULL;

  g_return_val_if_fail (PURSUIT_IS_DELETION_QUEUE (self), FALSE);

  if (!g_hash_table_steal_extended (self->pending, &job_id, &key, (gpointer *) &pending))
    return FALSE;

  g_free (key);
  /* Undone from the keyboard, the toast would otherwise linger. */
  if (pending->toast != NULL)
    adw_toast_dismiss (pending->toast);
  pursuit_store_restore_job_async (self->store, pending->job, NULL, on_restored,
                                   call_new (self, pending->job, NULL));
  pending_free (pending);
  return TRUE;
}

/* Undoes the most recent deletion still undoable. */
gboolean
pursuit_deletion_queue_undo_last (PursuitDeletionQueue *self)
{
  GHashTableIter iter;
  gpointer key, value;
  gint64 latest_id = 0;
  gint64 latest_time = -1;

  g_return_val_if_fail (PURSUIT_IS_DELETION_QUEUE (self), FALSE);

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Pending *pending = value;

      if (pending->queued_at > latest_time)
        {
          latest_time = pending->queued_at;
          latest_id = *(gint64 *) key;
        }
    }

  return latest_time >= 0 && pursuit_deletion_queue_undo (self, latest_id);
}

/* Makes every deletion still undoable final: the window is closing. */
void
pursuit_deletion_queue_settle (PursuitDeletionQueue *self)
{
  g_autoptr(GList) ids = NULL;

  g_return_if_fail (PURSUIT_IS_DELETION_QUEUE (self));

  ids = g_hash_table_get_keys (self->pending);
  for (GList *l = ids; l != NULL; l = l->next)
    delete_for_good (self, *(gint64 *) l->data);
}
