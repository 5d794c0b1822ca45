/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-slot-model.h"

/* A list model showing another one's items through slots: item N of this
 * model is a PursuitSlot holding item N of the source.
 *
 * GTK 4.8's list view keeps a list item (and its row) only for an item
 * that comes back in the same change; any other item gets a list item made
 * and bound anew, and those gone are destroyed. A search's answer or a
 * filter switched brings other jobs to all the 200 list items it keeps:
 * at 100,000 jobs that was most of a typed letter's 100 ms. While the
 * source changes "in place" (pursuit_slot_model_set_in_place()), the slots
 * GTK holds are pointed at their place's new item instead, each telling
 * its row by notify::item, and only the change in length reaches the list.
 * Other changes (a job added or moved) pass through as they come, the
 * slots moving with their items, so the list keeps its place and focus.
 *
 * Only the slots someone holds exist: the list's few hundred, the
 * selection's. */

struct _PursuitSlot
{
  GObject parent_instance;

  PursuitSlotModel *model;      /* not held; NULL once out of the model */
  guint position;
  gpointer item;                /* held */
};

G_DEFINE_FINAL_TYPE (PursuitSlot, pursuit_slot, G_TYPE_OBJECT)

enum {
  SLOT_PROP_0,
  SLOT_PROP_ITEM,
  SLOT_N_PROPS
};

static GParamSpec *slot_properties[SLOT_N_PROPS];

struct _PursuitSlotModel
{
  GObject parent_instance;

  GListModel *source;
  guint n_items;
  gboolean in_place;
  GHashTable *slots;            /* position -> PursuitSlot, not held */
};

static void pursuit_slot_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitSlotModel, pursuit_slot_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, pursuit_slot_model_list_model_init))

static void
pursuit_slot_finalize (GObject *object)
{
  PursuitSlot *self = PURSUIT_SLOT (object);

  if (self->model != NULL &&
      g_hash_table_lookup (self->model->slots, GUINT_TO_POINTER (self->position)) == self)
    g_hash_table_remove (self->model->slots, GUINT_TO_POINTER (self->position));
  g_clear_object (&self->item);

  G_OBJECT_CLASS (pursuit_slot_parent_class)->finalize (object);
}

static void
pursuit_slot_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PursuitSlot *self = PURSUIT_SLOT (object);

  switch (prop_id)
    {
    case SLOT_PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_slot_class_init (PursuitSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_slot_finalize;
  object_class->get_property = pursuit_slot_get_property;

  /**
   * PursuitSlot:item:
   *
   * The source's item at the slot's place; it changes when the source
   * changes in place.
   */
  slot_properties[SLOT_PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, SLOT_N_PROPS, slot_properties);
}

static void
pursuit_slot_init (PursuitSlot *self)
{
}

/**
 * pursuit_slot_get_item:
 *
 * Returns: (transfer none) (type GObject): the item the slot shows now
 */
gpointer
pursuit_slot_get_item (PursuitSlot *self)
{
  g_return_val_if_fail (PURSUIT_IS_SLOT (self), NULL);

  return self->item;
}

/**
 * pursuit_slot_model_unwrap:
 * @item: (nullable): a PursuitSlot, or any other object
 *
 * Returns: (transfer none) (nullable): the item @item shows if it is a
 * slot, else @item itself
 */
gpointer
pursuit_slot_model_unwrap (gpointer item)
{
  return item != NULL && PURSUIT_IS_SLOT (item) ? PURSUIT_SLOT (item)->item : item;
}

static GType
pursuit_slot_model_get_item_type (GListModel *list)
{
  return PURSUIT_TYPE_SLOT;
}

static guint
pursuit_slot_model_get_n_items (GListModel *list)
{
  return PURSUIT_SLOT_MODEL (list)->n_items;
}

static gpointer
pursuit_slot_model_get_item (GListModel *list,
                             guint       position)
{
  PursuitSlotModel *self = PURSUIT_SLOT_MODEL (list);
  PursuitSlot *slot;

  if (position >= self->n_items)
    return NULL;

  slot = g_hash_table_lookup (self->slots, GUINT_TO_POINTER (position));
  if (slot != NULL)
    return g_object_ref (slot);

  slot = g_object_new (PURSUIT_TYPE_SLOT, NULL);
  slot->model = self;
  slot->position = position;
  slot->item = g_list_model_get_item (self->source, position);
  g_hash_table_insert (self->slots, GUINT_TO_POINTER (position), slot);
  return slot;
}

static void
pursuit_slot_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pursuit_slot_model_get_item_type;
  iface->get_n_items = pursuit_slot_model_get_n_items;
  iface->get_item = pursuit_slot_model_get_item;
}

/* The slots held, out of the table: it is filled again with their new
 * places. */
static GPtrArray *
take_slots (PursuitSlotModel *self)
{
  GPtrArray *slots = g_ptr_array_sized_new (g_hash_table_size (self->slots));
  GHashTableIter iter;
  gpointer slot;

  g_hash_table_iter_init (&iter, self->slots);
  while (g_hash_table_iter_next (&iter, NULL, &slot))
    g_ptr_array_add (slots, slot);
  g_hash_table_remove_all (self->slots);
  return slots;
}

static void
on_source_items_changed (PursuitSlotModel *self,
                         guint             position,
                         guint             removed,
                         guint             added,
                         GListModel       *source)
{
  guint n_old = self->n_items;
  guint n_new = g_list_model_get_n_items (source);
  g_autoptr(GPtrArray) slots = take_slots (self);
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) moving = NULL;

  self->n_items = n_new;
  for (guint i = 0; i < slots->len; i++)
    {
      PursuitSlot *slot = g_ptr_array_index (slots, i);

      if (!self->in_place && slot->position >= position && slot->position < position + removed)
        {
          /* Its item may come back in the same change (a job changed in
           * place, or moved): the slot goes with it, so the list keeps the
           * row and the selection. */
          if (moving == NULL)
            moving = g_hash_table_new (g_direct_hash, g_direct_equal);
          g_hash_table_insert (moving, slot->item, slot);
          continue;
        }
      if (self->in_place && slot->position >= n_new)
        {
          /* Gone: it keeps its item until the list lets it go. */
          slot->model = NULL;
          continue;
        }
      if (self->in_place && slot->position >= position)
        {
          gpointer item = g_list_model_get_item (source, slot->position);

          if (item != slot->item)
            {
              g_clear_object (&slot->item);
              slot->item = item;
              g_ptr_array_add (changed, g_object_ref (slot));
            }
          else
            g_object_unref (item);
        }
      else if (!self->in_place && slot->position >= position + removed)
        slot->position = slot->position - removed + added;
      g_hash_table_insert (self->slots, GUINT_TO_POINTER (slot->position), slot);
    }

  for (guint i = 0; moving != NULL && i < added && g_hash_table_size (moving) > 0; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (source, position + i);
      PursuitSlot *slot = g_hash_table_lookup (moving, item);

      if (slot != NULL)
        {
          g_hash_table_remove (moving, item);
          slot->position = position + i;
          g_hash_table_insert (self->slots, GUINT_TO_POINTER (slot->position), slot);
        }
    }
  if (moving != NULL)
    {
      GHashTableIter iter;
      gpointer slot;

      /* Gone: each keeps its item until the list lets it go. */
      g_hash_table_iter_init (&iter, moving);
      while (g_hash_table_iter_next (&iter, NULL, &slot))
        PURSUIT_SLOT (slot)->model = NULL;
    }

  if (!self->in_place)
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  else if (n_old != n_new)
    g_list_model_items_changed (G_LIST_MODEL (self), MIN (n_old, n_new),
                                n_old - MIN (n_old, n_new), n_new - MIN (n_old, n_new));

  for (guint i = 0; i < changed->len; i++)
    g_object_notify_by_pspec (g_ptr_array_index (changed, i), slot_properties[SLOT_PROP_ITEM]);
}

static void
pursuit_slot_model_dispose (GObject *object)
{
  PursuitSlotModel *self = PURSUIT_SLOT_MODEL (object);

  if (self->slots != NULL)
    {
      g_autoptr(GPtrArray) slots = take_slots (self);

      for (guint i = 0; i < slots->len; i++)
        PURSUIT_SLOT (g_ptr_array_index (slots, i))->model = NULL;
    }
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_func (self->source, on_source_items_changed, self);
  g_clear_object (&self->source);

  G_OBJECT_CLASS (pursuit_slot_model_parent_class)->dispose (object);
}

static void
pursuit_slot_model_finalize (GObject *object)
{
  PursuitSlotModel *self = PURSUIT_SLOT_MODEL (object);

  g_clear_pointer (&self->slots, g_hash_table_unref);

  G_OBJECT_CLASS (pursuit_slot_model_parent_class)->finalize (object);
}

static void
pursuit_slot_model_class_init (PursuitSlotModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_slot_model_dispose;
  object_class->finalize = pursuit_slot_model_finalize;
}

static void
pursuit_slot_model_init (PursuitSlotModel *self)
{
  self->slots = g_hash_table_new (g_direct_hash, g_direct_equal);
}

/**
 * pursuit_slot_model_new:
 * @source: the items to show
 *
 * Returns: (transfer full): a model of slots showing @source's items
 */
PursuitSlotModel *
pursuit_slot_model_new (GListModel *source)
{
  PursuitSlotModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (PURSUIT_TYPE_SLOT_MODEL, NULL);
  self->source = g_object_ref (source);
  self->n_items = g_list_model_get_n_items (source);
  g_signal_connect_object (source, "items-changed", G_CALLBACK (on_source_items_changed), self,
                           G_CONNECT_SWAPPED);
  return self;
}

/**
 * pursuit_slot_model_get_source:
 *
 * Returns: (transfer none): the model whose items the slots show
 */
GListModel *
pursuit_slot_model_get_source (PursuitSlotModel *self)
{
  g_return_val_if_fail (PURSUIT_IS_SLOT_MODEL (self), NULL);

  return self->source;
}

/**
 * pursuit_slot_model_set_in_place:
 * @in_place: whether the source's next changes replace what is shown
 *   (the slots held are pointed at their place's new item, and only a
 *   change in length is passed on) rather than move it
 */
void
pursuit_slot_model_set_in_place (PursuitSlotModel *self,
                                 gboolean          in_place)
{
  g_return_if_fail (PURSUIT_IS_SLOT_MODEL (self));

  self->in_place = in_place;
}
