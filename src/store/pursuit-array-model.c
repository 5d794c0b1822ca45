/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-array-model.h"
#include "pursuit-capacity.h"
#include "pursuit-prefetch.h"

/* A list model held in an array: any item in constant time, and a
 * pointer an item. GListStore walks its GSequence to each item not next to
 * the last one read, and GTK 4.8's sort model reads its model's items in
 * sorted order, so a filter over a sort over a GListStore costs a walk per
 * item at every change (13% of the main thread's time while typing at
 * 100,000 jobs); and its nodes took 5.5 MB for the store's 100,000 jobs,
 * where the array takes 0.8 MB. The store's jobs model is one, so the
 * views sort and filter it as it is. The array is sized by
 * pursuit_capacity_for(): a GPtrArray rounds up to a power of two, 1 MB
 * for 100,000 jobs, and the jobs view holds two more such arrays, and a
 * third that follows one of them while they hold the same items (see
 * pursuit_array_model_follow()). */
struct _PursuitArrayModel
{
  GObject parent_instance;

  GType item_type;
  gpointer *items;      /* each holds a reference; none while following */
  guint n_items;
  guint n_allocated;
  /* While set, the model shows this one's items as they change (see
   * pursuit_array_model_follow()), and holds none of its own. */
  PursuitArrayModel *followed;
  /* While a change is told: the items it took out (see
   * pursuit_array_model_peek_removed()). */
  gpointer *removed;
  guint n_removed;
};

static void pursuit_array_model_list_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitArrayModel, pursuit_array_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, pursuit_array_model_list_init))

/* The items the model shows: its own, or those of the model it follows. */
static gpointer *
items_of (PursuitArrayModel *self,
          guint             *n_items)
{
  while (self->followed != NULL)
    self = self->followed;
  *n_items = self->n_items;
  return self->items;
}

static GType
get_item_type (GListModel *model)
{
  return PURSUIT_ARRAY_MODEL (model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  guint n_items;

  items_of (PURSUIT_ARRAY_MODEL (model), &n_items);
  return n_items;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  guint n_items;
  gpointer *items = items_of (PURSUIT_ARRAY_MODEL (model), &n_items);

  if (position >= n_items)
    return NULL;
  return g_object_ref (items[position]);
}

static void
pursuit_array_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* Tells a change whose items taken out are @removed: a handler may change
 * the model again, its change told inside this one. */
static void
tell (PursuitArrayModel *self,
      guint              position,
      gpointer          *removed,
      guint              n_removed,
      guint              n_added)
{
  gpointer *outer_removed = self->removed;
  guint outer_n_removed = self->n_removed;

  self->removed = removed;
  self->n_removed = n_removed;
  g_list_model_items_changed (G_LIST_MODEL (self), position, n_removed, n_added);
  self->removed = outer_removed;
  self->n_removed = outer_n_removed;
}

static void
on_followed_changed (PursuitArrayModel *followed,
                     guint              position,
                     guint              removed,
                     guint              added,
                     PursuitArrayModel *self)
{
  guint n_removed;
  gpointer *items = pursuit_array_model_peek_removed (followed, &n_removed);

  tell (self, position, items, removed, added);
}

/* Stops following: the model followed, still held, is returned. */
static PursuitArrayModel *
stop_following (PursuitArrayModel *self)
{
  PursuitArrayModel *followed = g_steal_pointer (&self->followed);

  if (followed != NULL)
    g_signal_handlers_disconnect_by_func (followed, on_followed_changed, self);
  return followed;
}

static void
pursuit_array_model_dispose (GObject *object)
{
  PursuitArrayModel *self = PURSUIT_ARRAY_MODEL (object);
  guint n_items = self->n_items;
  PursuitArrayModel *followed = stop_following (self);

  g_clear_object (&followed);
  self->n_items = 0;
  for (guint i = 0; i < n_items; i++)
    g_object_unref (self->items[i]);

  G_OBJECT_CLASS (pursuit_array_model_parent_class)->dispose (object);
}

static void
pursuit_array_model_finalize (GObject *object)
{
  g_free (PURSUIT_ARRAY_MODEL (object)->items);

  G_OBJECT_CLASS (pursuit_array_model_parent_class)->finalize (object);
}

static void
pursuit_array_model_class_init (PursuitArrayModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_array_model_dispose;
  object_class->finalize = pursuit_array_model_finalize;
}

static void
pursuit_array_model_init (PursuitArrayModel *self)
{
}

/**
 * pursuit_array_model_new:
 * @item_type: a #GObject type the items are
 */
PursuitArrayModel *
pursuit_array_model_new (GType item_type)
{
  PursuitArrayModel *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (PURSUIT_TYPE_ARRAY_MODEL, NULL);
  self->item_type = item_type;
  return self;
}

/**
 * pursuit_array_model_splice_picked:
 * @items: (array length=n_items): items to pick from
 * @picked: (array length=n_items) (nullable): a byte per item of @items,
 *   not 0 for those to put in; %NULL for all of them
 *
 * Removes @n_removals items at @position and puts the items of @items
 * that @picked says there, in their order, in one change: the jobs of a
 * list that pass its filters go in without an array of them made first
 * (and freed, its room left unused in the heap). A model following
 * another one (pursuit_array_model_follow()) stops, and holds the items
 * it showed, so changed, as its own.
 */
void
pursuit_array_model_splice_picked (PursuitArrayModel *self,
                                   guint              position,
                                   guint              n_removals,
                                   gpointer          *items,
                                   const guint8      *picked,
                                   guint              n_items)
{
  /* The items taken out are held until the change is told: a follower
   * reads them (pursuit_array_model_peek_removed()). A few, the common
   * case (a job changed, added or deleted), need no allocation. */
  gpointer few[16];
  gpointer *removed;
  g_autoptr(PursuitArrayModel) followed = NULL;
  gpointer *shown;
  guint n_shown, n_additions = 0, after;

  g_return_if_fail (PURSUIT_IS_ARRAY_MODEL (self));

  shown = items_of (self, &n_shown);
  g_return_if_fail (position <= n_shown && n_removals <= n_shown - position);
  for (guint i = 0; i < n_items; i++)
    {
      if (picked != NULL && picked[i] == 0)
        continue;
      pursuit_prefetch_ahead (items, i, n_items);
      g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (items[i], self->item_type));
      n_additions++;
    }
  g_return_if_fail (n_additions <= G_MAXUINT - n_shown);
  after = n_shown - position - n_removals;

  /* Copied out before the array changes; when following, a handler may
   * also change the followed model while this change is told. */
  removed = n_removals <= G_N_ELEMENTS (few) ? few : g_new (gpointer, n_removals);
  if (n_removals > 0)
    memcpy (removed, shown + position, n_removals * sizeof (gpointer));

  if (self->followed != NULL)
    {
      /* The items taken out are the followed model's, which holds them
       * while the change is told; the others become this one's. */
      followed = stop_following (self);
      self->n_allocated = MAX (n_shown - n_removals + n_additions, 1);
      self->items = g_new (gpointer, self->n_allocated);
      for (guint i = 0; i < position; i++)
        self->items[i] = g_object_ref (shown[i]);
      for (guint i = 0; i < after; i++)
        self->items[position + n_additions + i] = g_object_ref (shown[position + n_removals + i]);
    }
  else
    {
      if (self->n_items - n_removals + n_additions > self->n_allocated)
        {
          self->n_allocated = pursuit_capacity_for (self->n_allocated, self->n_items - n_removals + n_additions);
          self->items = g_renew (gpointer, self->items, self->n_allocated);
        }
      if (after > 0 && n_removals != n_additions)
        memmove (self->items + position + n_additions, self->items + position + n_removals,
                 after * sizeof (gpointer));
    }
  for (guint i = 0, j = position; i < n_items; i++)
    if (picked == NULL || picked[i] != 0)
      {
        pursuit_prefetch_ahead (items, i, n_items);
        self->items[j++] = g_object_ref (items[i]);
      }
  self->n_items = n_shown - n_removals + n_additions;

  if (n_removals > 0 || n_additions > 0)
    tell (self, position, removed, n_removals, n_additions);

  for (guint i = 0; followed == NULL && i < n_removals; i++)
    {
      pursuit_prefetch_ahead (removed, i, n_removals);
      g_object_unref (removed[i]);
    }
  if (removed != few)
    g_free (removed);
}

/**
 * pursuit_array_model_items_changed:
 *
 * Tells that the @n_items items at @position changed in place (their
 * fields, not which items they are): the one way to tell it, so that
 * pursuit_array_model_peek_removed() gives those same items, even told
 * inside another change of the model.
 */
void
pursuit_array_model_items_changed (PursuitArrayModel *self,
                                   guint              position,
                                   guint              n_items)
{
  gpointer *items;
  guint n;

  g_return_if_fail (PURSUIT_IS_ARRAY_MODEL (self));
  items = items_of (self, &n);
  g_return_if_fail (position <= n && n_items <= n - position);

  if (n_items > 0)
    tell (self, position, items + position, n_items, n_items);
}

/**
 * pursuit_array_model_splice:
 * @additions: (array length=n_additions): items to put at @position
 *
 * Removes @n_removals items at @position and puts @additions there, in one
 * change; as g_list_store_splice().
 */
void
pursuit_array_model_splice (PursuitArrayModel *self,
                            guint              position,
                            guint              n_removals,
                            gpointer          *additions,
                            guint              n_additions)
{
  pursuit_array_model_splice_picked (self, position, n_removals, additions, NULL, n_additions);
}

/**
 * pursuit_array_model_follow:
 * @source: a model of the same items
 *
 * Shows @source's items from now on, as @source changes, without an array
 * or a reference of its own (a list that shows every job of another most
 * of the time: 0.8 MB at 100,000 jobs), until the model's next splice.
 * The change from what it showed is told in one change, over the items
 * that differ between the runs both share at their start and their end.
 */
void
pursuit_array_model_follow (PursuitArrayModel *self,
                            PursuitArrayModel *source)
{
  g_autoptr(PursuitArrayModel) previous = NULL;
  g_autofree gpointer *owned = NULL;
  gpointer *old, *new;
  guint n_old, n_new, n_owned, start = 0, end, new_end;

  g_return_if_fail (PURSUIT_IS_ARRAY_MODEL (self));
  g_return_if_fail (PURSUIT_IS_ARRAY_MODEL (source));
  g_return_if_fail (g_type_is_a (source->item_type, self->item_type));

  if (self->followed == source)
    return;
  for (PursuitArrayModel *model = source; model != NULL; model = model->followed)
    g_return_if_fail (model != self);

  old = items_of (self, &n_old);
  new = items_of (source, &n_new);
  end = n_old;
  new_end = n_new;
  while (start < n_old && start < n_new && old[start] == new[start])
    start++;
  while (end > start && new_end > start && old[end - 1] == new[new_end - 1])
    {
      end--;
      new_end--;
    }

  /* What it showed stays held until the change is told. */
  previous = stop_following (self);
  owned = g_steal_pointer (&self->items);
  n_owned = self->n_items;
  self->n_items = 0;
  self->n_allocated = 0;
  self->followed = g_object_ref (source);
  g_signal_connect (source, "items-changed", G_CALLBACK (on_followed_changed), self);

  if (start < end || start < new_end)
    tell (self, start, old + start, end - start, new_end - start);
  for (guint i = 0; i < n_owned; i++)
    g_object_unref (owned[i]);
}

/**
 * pursuit_array_model_unfollow:
 *
 * A model following another (pursuit_array_model_follow()) stops, and
 * holds the items it shows as its own: the same items, no change told.
 */
void
pursuit_array_model_unfollow (PursuitArrayModel *self)
{
  g_return_if_fail (PURSUIT_IS_ARRAY_MODEL (self));

  /* A splice of nothing gives it its items. */
  if (self->followed != NULL)
    pursuit_array_model_splice_picked (self, 0, 0, NULL, NULL, 0);
}

/**
 * pursuit_array_model_find:
 * @position: (out) (optional): where @item is
 *
 * Returns: whether @item is in the model
 */
gboolean
pursuit_array_model_find (PursuitArrayModel *self,
                          gpointer           item,
                          guint             *position)
{
  gpointer *items;
  guint n_items;

  g_return_val_if_fail (PURSUIT_IS_ARRAY_MODEL (self), FALSE);

  items = items_of (self, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      if (items[i] == item)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * pursuit_array_model_peek:
 * @n_items: (out): how many items there are
 *
 * The items themselves, for a pass over many of them: g_list_model_get_item()
 * takes and drops a reference on each (a sixth of a keystroke's time at
 * 100,000 jobs). Valid until the model next changes.
 *
 * Returns: (transfer none) (array length=n_items): the items
 */
gpointer *
pursuit_array_model_peek (PursuitArrayModel *self,
                          guint             *n_items)
{
  g_return_val_if_fail (PURSUIT_IS_ARRAY_MODEL (self), NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  return items_of (self, n_items);
}

/**
 * pursuit_array_model_peek_removed:
 * @n_removed: (out): how many items the change took out
 *
 * The items the change being told (in an #GListModel::items-changed
 * handler) took out, in their order: a view keeping the same items in
 * an order of its own finds them there without keeping their places. A change
 * in place (pursuit_array_model_items_changed(), as the store tells a job
 * whose fields changed) took out the items it put in, the same ones. A
 * change told by g_list_model_items_changed() itself cannot be known, and
 * is not made on these models.
 *
 * Returns: (transfer none) (array length=n_removed) (nullable): the items
 *   taken out, or %NULL when no splice is being told
 */
gpointer *
pursuit_array_model_peek_removed (PursuitArrayModel *self,
                                  guint             *n_removed)
{
  g_return_val_if_fail (PURSUIT_IS_ARRAY_MODEL (self), NULL);
  g_return_val_if_fail (n_removed != NULL, NULL);

  *n_removed = self->removed != NULL ? self->n_removed : 0;
  return self->removed;
}
