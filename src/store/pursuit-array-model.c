/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-array-model.h"

/* A list model held in an array: any item in constant time, and a
 * pointer an item. GListStore walks its GSequence to each item not next to
 * the last one read, and GTK 4.8's sort model reads its model's items in
 * sorted order, so a filter over a sort over a GListStore costs a walk per
 * item at every change (13% of the main thread's time while typing at
 * 100,000 jobs); and its nodes took 5.5 MB for the store's 100,000 jobs,
 * where the array takes 0.8 MB. The store's jobs model is one, so the
 * views sort and filter it as it is. */
struct _PursuitArrayModel
{
  GObject parent_instance;

  GType item_type;
  GPtrArray *items;
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
  return PURSUIT_ARRAY_MODEL (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  PursuitArrayModel *self = PURSUIT_ARRAY_MODEL (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
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

  if (self->items != NULL)
    g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (pursuit_array_model_parent_class)->dispose (object);
}

static void
pursuit_array_model_finalize (GObject *object)
{
  g_ptr_array_unref (PURSUIT_ARRAY_MODEL (object)->items);

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
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
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
  g_return_if_fail (PURSUIT_IS_ARRAY_MODEL (self));
  g_return_if_fail (position <= self->items->len && n_removals <= self->items->len - position);

  for (guint i = 0; i < n_additions; i++)
    g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (additions[i], self->item_type));

  if (n_removals > 0)
    g_ptr_array_remove_range (self->items, position, n_removals);
  if (n_additions > 0)
    {
      guint after = self->items->len - position;

      g_ptr_array_set_size (self->items, self->items->len + n_additions);
      memmove (self->items->pdata + position + n_additions, self->items->pdata + position, after * sizeof (gpointer));
      for (guint i = 0; i < n_additions; i++)
        self->items->pdata[position + i] = g_object_ref (additions[i]);
    }
  if (n_removals > 0 || n_additions > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
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

  return g_ptr_array_find (self->items, item, position);
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

  *n_items = self->items->len;
  return self->items->pdata;
}
