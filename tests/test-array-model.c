/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-array-model.h"
#include "pursuit-test-utils.h"

/* The jobs models in arrays (pursuit-array-model.c): splices as
 * GListStore's, with one items-changed each. */

/* The names of the model's items, joined: "a b c". */
static char *
names (GListModel *model)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_string_append_printf (text, "%s%s", i > 0 ? " " : "", (const char *) g_object_get_data (item, "name"));
    }
  return g_strdup (text->str);
}

static GObject *
named (const char *name)
{
  GObject *item = g_object_new (G_TYPE_OBJECT, NULL);

  g_object_set_data_full (item, "name", g_strdup (name), g_free);
  return item;
}

static void
test_splice (void)
{
  g_autoptr(PursuitArrayModel) model = pursuit_array_model_new (G_TYPE_OBJECT);
  g_autoptr(GObject) a = named ("a"), b = named ("b"), c = named ("c"), d = named ("d");
  gpointer abc[] = { a, b, c };
  gpointer d_only[] = { d };
  PursuitTestChange change = { 0 };
  g_autofree char *text = NULL;
  guint position;

  g_signal_connect (model, "items-changed", G_CALLBACK (pursuit_test_record_change), &change);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == G_TYPE_OBJECT);

  pursuit_array_model_splice (model, 0, 0, abc, 3);
  text = names (G_LIST_MODEL (model));
  g_assert_cmpstr (text, ==, "a b c");
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.added, ==, 3);

  /* b replaced by d, in the middle */
  pursuit_array_model_splice (model, 1, 1, d_only, 1);
  g_clear_pointer (&text, g_free);
  text = names (G_LIST_MODEL (model));
  g_assert_cmpstr (text, ==, "a d c");
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 1);

  g_assert_true (pursuit_array_model_find (model, c, &position));
  g_assert_cmpuint (position, ==, 2);
  {
    guint n = 0;
    gpointer *items = pursuit_array_model_peek (model, &n);

    /* The items, no reference taken. */
    g_assert_cmpuint (n, ==, 3);
    g_assert_true (items[0] == a && items[1] == d && items[2] == c);
  }
  g_assert_false (pursuit_array_model_find (model, b, NULL));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 3));

  /* Everything out: one change; nothing changed, no signal. */
  pursuit_array_model_splice (model, 0, 3, NULL, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_cmpuint (change.count, ==, 3);
  pursuit_array_model_splice (model, 0, 0, NULL, 0);
  g_assert_cmpuint (change.count, ==, 3);
}

/* Items added one at a time and many at once, and taken out of the middle
 * with others put in their place: the array grows and moves as it must,
 * and lets each item go when it leaves, or with the model. */
static void
test_grow_and_release (void)
{
  PursuitArrayModel *model = pursuit_array_model_new (G_TYPE_OBJECT);
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);
  GObject *watched[300] = { NULL };
  g_autoptr(GObject) x = named ("x"), y = named ("y"), z = named ("z");
  gpointer xyz[] = { x, y, z };
  guint n = 0;
  gpointer *items;

  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    {
      g_autofree char *name = g_strdup_printf ("%u", i);

      watched[i] = named (name);
      g_object_add_weak_pointer (watched[i], (gpointer *) &watched[i]);
      if (i < 100)
        {
          pursuit_array_model_splice (model, i, 0, (gpointer *) &watched[i], 1);
          g_object_unref (watched[i]);
        }
      else
        g_ptr_array_add (many, watched[i]);
    }
  pursuit_array_model_splice (model, 50, 0, many->pdata, many->len);
  g_ptr_array_set_size (many, 0);
  items = pursuit_array_model_peek (model, &n);
  g_assert_cmpuint (n, ==, 300);
  g_assert_true (items[49] == watched[49] && items[50] == watched[100] && items[249] == watched[299]);
  g_assert_true (items[250] == watched[50] && items[299] == watched[99]);

  /* Ten out of the middle, three in. */
  pursuit_array_model_splice (model, 45, 10, xyz, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 293);
  for (guint i = 45; i < 50; i++)
    g_assert_null (watched[i]);
  for (guint i = 100; i < 105; i++)
    g_assert_null (watched[i]);
  items = pursuit_array_model_peek (model, &n);
  g_assert_true (items[44] == watched[44] && items[45] == x && items[47] == z && items[48] == watched[105]);
  g_assert_true (items[292] == watched[99]);

  g_object_unref (model);
  for (guint i = 0; i < G_N_ELEMENTS (watched); i++)
    g_assert_null (watched[i]);
}

/* What a handler of items-changed reads of the items a splice took out:
 * alive and in order, a few or many; none for a change told from outside
 * (the store's job changed in place). */
typedef struct
{
  PursuitArrayModel *model;
  GPtrArray *removed;            /* what the last change said it took out */
  gboolean told;                 /* it said: NULL for none known */
} Removed;

static void
note_removed (GListModel *list,
              guint       position,
              guint       removed,
              guint       added,
              Removed    *seen)
{
  guint n = G_MAXUINT;
  gpointer *items = pursuit_array_model_peek_removed (seen->model, &n);

  g_ptr_array_set_size (seen->removed, 0);
  seen->told = items != NULL;
  g_assert_cmpuint (n, ==, items != NULL ? removed : 0);
  for (guint i = 0; i < n; i++)
    {
      /* Still held: its name reads. */
      g_assert_nonnull (g_object_get_data (items[i], "name"));
      g_ptr_array_add (seen->removed, items[i]);
    }
}

static void
test_peek_removed (void)
{
  g_autoptr(PursuitArrayModel) model = pursuit_array_model_new (G_TYPE_OBJECT);
  g_autoptr(GPtrArray) many = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) removed = g_ptr_array_new ();
  Removed seen = { model, removed, FALSE };
  GObject *b;
  guint n = G_MAXUINT;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("%u", i);

      g_ptr_array_add (many, named (name));
    }
  pursuit_array_model_splice (model, 0, 0, many->pdata, many->len);
  g_assert_null (pursuit_array_model_peek_removed (model, &n));
  g_assert_cmpuint (n, ==, 0);
  g_signal_connect (model, "items-changed", G_CALLBACK (note_removed), &seen);

  /* One out, its last reference the model's: alive while told. */
  b = g_ptr_array_steal_index (many, 1);
  g_object_add_weak_pointer (b, (gpointer *) &b);
  g_object_unref (b);
  pursuit_array_model_splice (model, 1, 1, NULL, 0);
  g_assert_true (seen.told);
  g_assert_cmpuint (removed->len, ==, 1);
  g_assert_null (b);

  /* Many out (more than it keeps without allocating), others in. */
  pursuit_array_model_splice (model, 3, 30, many->pdata, 2);
  g_assert_cmpuint (removed->len, ==, 30);
  for (guint i = 0; i < 30; i++)
    g_assert_true (g_ptr_array_index (removed, i) == g_ptr_array_index (many, 3 + i));

  /* None out: told, empty. */
  pursuit_array_model_splice (model, 0, 0, many->pdata, 1);
  g_assert_true (seen.told);
  g_assert_cmpuint (removed->len, ==, 0);

  /* A change in place: the same items, out and in. */
  pursuit_array_model_items_changed (model, 2, 2);
  g_assert_true (seen.told);
  g_assert_cmpuint (removed->len, ==, 2);
  {
    guint n_items;
    gpointer *items = pursuit_array_model_peek (model, &n_items);

    for (guint i = 0; i < 2; i++)
      g_assert_true (g_ptr_array_index (removed, i) == items[2 + i]);
  }

  /* A change told from outside: no splice, nothing known. */
  g_list_model_items_changed (G_LIST_MODEL (model), 0, 1, 1);
  g_assert_false (seen.told);
  g_signal_handlers_disconnect_by_func (model, note_removed, &seen);
}

/* A change in place told while a splice is told (a handler of the
 * splice's change refreshing an item): each handler call reads its own
 * change's items, and the splice's again once the inner one is told. */
typedef struct
{
  PursuitArrayModel *model;
  guint depth;
  gpointer inner_removed;        /* what the change in place said */
  gpointer outer_after;          /* what the splice said after it */
} Nested;

static void
refresh_inside (GListModel *list,
                guint       position,
                guint       removed,
                guint       added,
                Nested     *nested)
{
  guint n = 0;
  gpointer *items;

  if (nested->depth++ == 0)
    {
      pursuit_array_model_items_changed (nested->model, 0, 1);
      items = pursuit_array_model_peek_removed (nested->model, &n);
      g_assert_cmpuint (n, ==, 1);
      nested->outer_after = items[0];
    }
  else
    {
      items = pursuit_array_model_peek_removed (nested->model, &n);
      g_assert_cmpuint (n, ==, 1);
      nested->inner_removed = items[0];
    }
}

static void
test_changed_in_place_inside (void)
{
  g_autoptr(PursuitArrayModel) model = pursuit_array_model_new (G_TYPE_OBJECT);
  g_autoptr(GObject) a = named ("a"), b = named ("b"), c = named ("c");
  gpointer ab[] = { a, b };
  Nested nested = { model, 0, NULL, NULL };

  pursuit_array_model_splice (model, 0, 0, ab, 2);
  g_signal_connect (model, "items-changed", G_CALLBACK (refresh_inside), &nested);
  /* b out, c in; inside, a (now first) changed in place. */
  pursuit_array_model_splice (model, 1, 1, (gpointer *) &c, 1);
  g_assert_cmpuint (nested.depth, ==, 2);
  g_assert_true (nested.inner_removed == a);
  g_assert_true (nested.outer_after == b);
  g_signal_handlers_disconnect_by_func (model, refresh_inside, &nested);
}

/* Only the items @picked says go in, in order; none picked, no change. */
static void
test_splice_picked (void)
{
  g_autoptr(PursuitArrayModel) model = pursuit_array_model_new (G_TYPE_OBJECT);
  g_autoptr(GObject) a = named ("a"), b = named ("b"), c = named ("c"), d = named ("d");
  gpointer abcd[] = { a, b, c, d };
  const guint8 odd[] = { 0, 1, 0, 1 }, none[] = { 0, 0, 0, 0 };
  PursuitTestChange change = { 0 };
  g_autofree char *text = NULL;

  g_signal_connect (model, "items-changed", G_CALLBACK (pursuit_test_record_change), &change);
  pursuit_array_model_splice (model, 0, 0, abcd, 2);
  pursuit_array_model_splice_picked (model, 1, 0, abcd, odd, 4);
  text = names (G_LIST_MODEL (model));
  g_assert_cmpstr (text, ==, "a b d b");
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.added, ==, 2);
  pursuit_array_model_splice_picked (model, 0, 0, abcd, none, 4);
  g_assert_cmpuint (change.count, ==, 2);
}

/* A model following another shows its items as they change, told as its
 * own changes with the items taken out; switched to follow, it tells the
 * difference in one change; spliced, it holds the items it showed, so
 * changed, and no longer follows; unfollowed, the same items. */
static void
test_follow (void)
{
  g_autoptr(PursuitArrayModel) source = pursuit_array_model_new (G_TYPE_OBJECT);
  g_autoptr(PursuitArrayModel) model = pursuit_array_model_new (G_TYPE_OBJECT);
  g_autoptr(GPtrArray) removed = g_ptr_array_new ();
  Removed seen = { model, removed, FALSE };
  g_autoptr(GObject) a = named ("a"), b = named ("b"), c = named ("c"), d = named ("d"), e = named ("e");
  gpointer abcd[] = { a, b, c, d }, bd[] = { b, d }, e_only[] = { e };
  PursuitTestChange change = { 0 };
  g_autofree char *text = NULL;
  GObject *x = named ("x");
  gpointer ax[] = { a, x };
  guint n;

  pursuit_array_model_splice (source, 0, 0, abcd, 4);
  g_object_add_weak_pointer (x, (gpointer *) &x);
  pursuit_array_model_splice (model, 0, 0, ax, 2);
  g_object_unref (x);
  g_signal_connect (model, "items-changed", G_CALLBACK (pursuit_test_record_change), &change);
  g_signal_connect (model, "items-changed", G_CALLBACK (note_removed), &seen);

  /* "a x" to "a b c d": one change after a, its own x let go. */
  pursuit_array_model_follow (model, source);
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 3);
  g_assert_cmpuint (removed->len, ==, 1);
  g_assert_null (x);
  text = names (G_LIST_MODEL (model));
  g_assert_cmpstr (text, ==, "a b c d");
  g_assert_true (pursuit_array_model_peek (model, &n) == pursuit_array_model_peek (source, &n));
  g_assert_true (pursuit_array_model_find (model, d, NULL));

  /* Following already: nothing. */
  pursuit_array_model_follow (model, source);
  g_assert_cmpuint (change.count, ==, 1);

  /* The source's changes are the model's. */
  pursuit_array_model_splice (source, 1, 2, e_only, 1);
  g_assert_cmpuint (change.count, ==, 2);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 2);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_true (seen.told);
  g_assert_true (g_ptr_array_index (removed, 0) == b && g_ptr_array_index (removed, 1) == c);
  g_clear_pointer (&text, g_free);
  text = names (G_LIST_MODEL (model));
  g_assert_cmpstr (text, ==, "a e d");
  /* Told from outside: nothing known taken out, as for the source. */
  g_list_model_items_changed (G_LIST_MODEL (source), 0, 1, 1);
  g_assert_cmpuint (change.count, ==, 3);
  g_assert_false (seen.told);

  /* Spliced: its own items from then on. */
  pursuit_array_model_splice (model, 0, 1, bd, 2);
  g_assert_cmpuint (change.count, ==, 4);
  g_assert_cmpuint (change.position, ==, 0);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 2);
  g_assert_true (g_ptr_array_index (removed, 0) == a);
  pursuit_array_model_splice (source, 0, 3, NULL, 0);
  g_assert_cmpuint (change.count, ==, 4);
  g_clear_pointer (&text, g_free);
  text = names (G_LIST_MODEL (model));
  g_assert_cmpstr (text, ==, "b d e d");

  /* Followed again: back to the source's nothing. */
  pursuit_array_model_follow (model, source);
  g_assert_cmpuint (change.count, ==, 5);
  g_assert_cmpuint (change.removed, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  /* Unfollowed: the same items, its own, no change told. */
  pursuit_array_model_splice (source, 0, 0, abcd, 2);
  g_assert_cmpuint (change.count, ==, 6);
  pursuit_array_model_unfollow (model);
  g_assert_cmpuint (change.count, ==, 6);
  pursuit_array_model_splice (source, 0, 2, NULL, 0);
  g_assert_cmpuint (change.count, ==, 6);
  g_clear_pointer (&text, g_free);
  text = names (G_LIST_MODEL (model));
  g_assert_cmpstr (text, ==, "a b");
  g_signal_handlers_disconnect_by_func (model, note_removed, &seen);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/array-model/splice", test_splice);
  g_test_add_func ("/array-model/grow-and-release", test_grow_and_release);
  g_test_add_func ("/array-model/peek-removed", test_peek_removed);
  g_test_add_func ("/array-model/changed-in-place-inside", test_changed_in_place_inside);
  g_test_add_func ("/array-model/splice-picked", test_splice_picked);
  g_test_add_func ("/array-model/follow", test_follow);

  return g_test_run ();
}
