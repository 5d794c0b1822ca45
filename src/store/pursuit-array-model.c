/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-array-model.h"
#include "pursuit-capacity.h"

/* A list model held in an array: any item in constant time, and a
 * pointer an item. GListStore walks its GSequence to each item not next to
 * the last one read, and GTK 4.8's sort model reads its model's items in
 * sorted order, so a filter over a sort over a GListStore costs a walk per
 * item at every change (13% of the main thread's time while typing at
 * 100,000 jobs); and its nodes took 5.5 MB for the store's 100,000 jobs,
 * where the array takes 0.8 MB. The store's jobs model is one, so the
 * views sort and filter it as it is. The array is sized by
 * pursuit_capacity_for(): a GPtrArray rounds up to a power of two, 1 MB
 * for 100,000 jobs, and the jobs view holds three more such arrays. */
struct _PursuitArrayModel
{
  GObject parent_instance;

  GType item_type;
  gpointer *items;      /* each holds a reference */
  guint n_items;
  guint n_allocated;
  /* While a splice is told: the items it took out (see
   * pursuit_array_model_peek_removed()). */
  gpointer *removed;
  guint n_removed;
};

static void pursuit_array_model_list_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitArrayModel, pursuit_array_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, pursuit_array_model_list_init))

static GType
get_item_type (GListModel *model)
{
  return PURSUIT_ARRAY_MODEL (model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  return PURSUIT_ARRAY_MODEL (model)->n_items;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  PursuitArrayModel *self = PURSUIT_ARRAY_MODEL (model);

  if (position >= self->n_items)
    return NULL;
  return g_object_ref (self->items[position]);
}

static void
pursuit_array_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
pursuit_array_model_dispose (GObject *object)
{
  PursuitArrayModel *self = PURSUIT_ARRAY_MODEL (object);
  guint n_items = self->n_items;

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
  /* The items taken out are held until the change is told: a follower
   * reads them (pursuit_array_model_peek_removed()). A few, the common
   * case (a job changed, added or deleted), need no allocation. */
  gpointer few[16];
  gpointer *removed;
  guint after;

  g_return_if_fail (PURSUIT_IS_ARRAY_MODEL (self));
  g_return_if_fail (position <= self->n_items && n_removals <= self->n_items - position);
  g_return_if_fail (n_additions <= G_MAXUINT - self->n_items);

  for (guint i = 0; i < n_additions; i++)
    g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (additions[i], self->item_type));

  removed = n_removals <= G_N_ELEMENTS (few) ? few : g_new (gpointer, n_removals);
  if (n_removals > 0)
    memcpy (removed, self->items + position, n_removals * sizeof (gpointer));
  after = self->n_items - position - n_removals;
  if (self->n_items - n_removals + n_additions > self->n_allocated)
    {
      self->n_allocated = pursuit_capacity_for (self->n_allocated, self->n_items - n_removals + n_additions);
      self->items = g_renew (gpointer, self->items, self->n_allocated);
    }
  if (after > 0 && n_removals != n_additions)
    memmove (self->items + position + n_additions, self->items + position + n_removals, after * sizeof (gpointer));
  for (guint i = 0; i < n_additions; i++)
    self->items[position + i] = g_object_ref (additions[i]);
  self->n_items = self->n_items - n_removals + n_additions;

  if (n_removals > 0 || n_additions > 0)
    {
      /* A handler may splice the model again: its change is told inside this one. */
      gpointer *outer_removed = self->removed;
      guint outer_n_removed = self->n_removed;

      self->removed = removed;
      self->n_removed = n_removals;
      g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
      self->removed = outer_removed;
      self->n_removed = outer_n_removed;
    }

  for (guint i = 0; i < n_removals; i++)
    g_object_unref (removed[i]);
  if (removed != few)
    g_free (removed);
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
  g_return_val_if_fail (PURSUIT_IS_ARRAY_MODEL (self), FALSE);

  for (guint i = 0; i < self->n_items; i++)
    {
      if (self->items[i] == item)
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

  *n_items = self->n_items;
  return self->items;
}

/**
 * pursuit_array_model_peek_removed:
 * @n_removed: (out): how many items the change took out
 *
 * The items the change being told (in an #GListModel::items-changed
 * handler) took out, in their order: a model following this one finds
 * them in its own items without keeping their places. A change told by
 * someone else (g_list_model_items_changed() on the model, as the store
 * does for a job whose fields changed) took out the items it put in, the
 * same ones, changed in place: the model cannot know them, and says none.
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
