/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-array-model.h"
#include "pursuit-test-utils.h"
#include "pursuit-slot-model.h"

/* The jobs list's slots (pursuit-slot-model.c): a change "in place" points
 * the slots held at their place's new item and passes on only the change
 * in length; any other change moves the slots with their items. */

static GObject *
named (const char *name)
{
  GObject *object = g_object_new (G_TYPE_OBJECT, NULL);

  g_object_set_data_full (object, "name", g_strdup (name), g_free);
  return object;
}

static const char *
name_of (gpointer slot)
{
  return g_object_get_data (pursuit_slot_get_item (slot), "name");
}

/* A source of @n items named a0, a1, ... (@prefix "a"). */
static void
fill (PursuitArrayModel *source,
      const char        *prefix,
      guint              position,
      guint              removed,
      guint              n)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s%u", prefix, i);

      g_ptr_array_add (items, named (name));
    }
  pursuit_array_model_splice (source, position, removed, items->pdata, items->len);
}

static void
test_in_place (void)
{
  g_autoptr(PursuitArrayModel) source = pursuit_array_model_new (G_TYPE_OBJECT);
  g_autoptr(PursuitSlotModel) slots = NULL;
  g_autoptr(PursuitSlot) first = NULL;
  g_autoptr(PursuitSlot) third = NULL;
  g_autoptr(PursuitSlot) fifth = NULL;
  PursuitTestChange change = { 0 };
  guint notified = 0;

  fill (source, "a", 0, 0, 6);
  slots = pursuit_slot_model_new (G_LIST_MODEL (source));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 6);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (slots)) == PURSUIT_TYPE_SLOT);
  g_signal_connect (slots, "items-changed", G_CALLBACK (pursuit_test_record_change), &change);

  /* What a list holds: its rows' slots. The same slot while held. */
  first = g_list_model_get_item (G_LIST_MODEL (slots), 0);
  third = g_list_model_get_item (G_LIST_MODEL (slots), 2);
  fifth = g_list_model_get_item (G_LIST_MODEL (slots), 4);
  {
    g_autoptr(PursuitSlot) again = g_list_model_get_item (G_LIST_MODEL (slots), 2);

    g_assert_true (again == third);
  }
  g_assert_cmpstr (name_of (third), ==, "a2");
  g_signal_connect (first, "notify::item", G_CALLBACK (pursuit_test_count_notify), &notified);
  g_signal_connect (third, "notify::item", G_CALLBACK (pursuit_test_count_notify), &notified);

  /* A search's answer: items 1 to 5 replaced by three others. The list
   * hears only that it is two shorter; the slots held show the new items,
   * the one past the end is let go. */
  pursuit_slot_model_set_in_place (slots, TRUE);
  fill (source, "b", 1, 5, 3);
  pursuit_slot_model_set_in_place (slots, FALSE);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 4);
  g_assert_cmpuint (change.removed, ==, 2);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_cmpstr (name_of (first), ==, "a0");
  g_assert_cmpstr (name_of (third), ==, "b1");
  g_assert_cmpuint (notified, ==, 1);
  {
    g_autoptr(PursuitSlot) again = g_list_model_get_item (G_LIST_MODEL (slots), 2);

    g_assert_true (again == third);
  }
  g_assert_cmpstr (name_of (fifth), ==, "a4");

  /* The same length: nothing reaches the list but the rows' items. */
  pursuit_slot_model_set_in_place (slots, TRUE);
  fill (source, "c", 0, 4, 4);
  pursuit_slot_model_set_in_place (slots, FALSE);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpstr (name_of (first), ==, "c0");
  g_assert_cmpstr (name_of (third), ==, "c2");
  g_assert_cmpuint (notified, ==, 3);

  /* Longer: the new places come as added at the end. */
  pursuit_slot_model_set_in_place (slots, TRUE);
  fill (source, "d", 0, 4, 7);
  pursuit_slot_model_set_in_place (slots, FALSE);
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.position, ==, 4);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (slots)), ==, 7);
  {
    g_autoptr(PursuitSlot) last = g_list_model_get_item (G_LIST_MODEL (slots), 6);

    g_assert_cmpstr (name_of (last), ==, "d6");
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (slots), 7));
  }
}

static void
test_moves (void)
{
  g_autoptr(PursuitArrayModel) source = pursuit_array_model_new (G_TYPE_OBJECT);
  g_autoptr(PursuitSlotModel) slots = NULL;
  g_autoptr(PursuitSlot) second = NULL;
  g_autoptr(PursuitSlot) fourth = NULL;
  PursuitTestChange change = { 0 };
  gpointer *items;
  guint n;

  fill (source, "a", 0, 0, 5);
  slots = pursuit_slot_model_new (G_LIST_MODEL (source));
  g_signal_connect (slots, "items-changed", G_CALLBACK (pursuit_test_record_change), &change);
  second = g_list_model_get_item (G_LIST_MODEL (slots), 1);
  fourth = g_list_model_get_item (G_LIST_MODEL (slots), 3);

  /* A job added at the top: the change passes as it is, the slots move
   * down with their items. */
  fill (source, "new", 0, 0, 1);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpstr (name_of (second), ==, "a1");
  {
    g_autoptr(PursuitSlot) at = g_list_model_get_item (G_LIST_MODEL (slots), 2);

    g_assert_true (at == second);
  }

  /* a3 (at 4) moves to the top in one change of the first five: its slot
   * goes with it, so the list keeps its row and its selection. */
  items = pursuit_array_model_peek (source, &n);
  {
    gpointer order[5] = { items[4], items[0], items[1], items[2], items[3] };

    for (guint i = 0; i < 5; i++)
      g_object_ref (order[i]);
    pursuit_array_model_splice (source, 0, 5, order, 5);
    for (guint i = 0; i < 5; i++)
      g_object_unref (order[i]);
  }
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpstr (name_of (fourth), ==, "a3");
  {
    g_autoptr(PursuitSlot) at = g_list_model_get_item (G_LIST_MODEL (slots), 0);

    g_assert_true (at == fourth);
  }

  /* Removed: the slot keeps its item for whoever holds it, out of the
   * model; its place gets a slot of its own. */
  pursuit_array_model_splice (source, 0, 1, NULL, 0);
  g_assert_cmpstr (name_of (fourth), ==, "a3");
  {
    g_autoptr(PursuitSlot) at = g_list_model_get_item (G_LIST_MODEL (slots), 0);

    g_assert_false (at == fourth);
    g_assert_cmpstr (name_of (at), ==, "new0");
  }
}

static void
test_unwrap (void)
{
  g_autoptr(PursuitArrayModel) source = pursuit_array_model_new (G_TYPE_OBJECT);
  g_autoptr(PursuitSlotModel) slots = NULL;
  g_autoptr(GObject) plain = named ("plain");
  g_autoptr(PursuitSlot) slot = NULL;

  fill (source, "a", 0, 0, 2);
  slots = pursuit_slot_model_new (G_LIST_MODEL (source));
  slot = g_list_model_get_item (G_LIST_MODEL (slots), 1);
  g_assert_true (pursuit_slot_model_unwrap (slot) == pursuit_slot_get_item (slot));
  g_assert_true (pursuit_slot_model_unwrap (plain) == (gpointer) plain);
  g_assert_null (pursuit_slot_model_unwrap (NULL));
  g_assert_true (pursuit_slot_model_get_source (slots) == G_LIST_MODEL (source));

  /* The model goes first: the slot still held keeps its item. */
  g_clear_object (&slots);
  g_assert_cmpstr (name_of (slot), ==, "a1");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/slot-model/in-place", test_in_place);
  g_test_add_func ("/slot-model/moves", test_moves);
  g_test_add_func ("/slot-model/unwrap", test_unwrap);

  return g_test_run ();
}
