/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-board-view.h"
#include "pursuit-store-stages.h"
#include "pursuit-test-widgets.h"

/* The board in a plain window over a real store: a column per shown stage,
 * a card per job not archived, moved by its menu's action and its keys,
 * checked on screen and in the database. */

typedef PursuitTestWidgetFixture Fixture;

static GtkWidget *
show_board (Fixture *fixture)
{
  GtkWidget *board = GTK_WIDGET (pursuit_board_view_new (fixture->context));

  gtk_widget_set_hexpand (board, TRUE);
  return pursuit_test_show_widget (fixture, board);
}

/* With a next action, so its card shows one. */
static PursuitJob *
add_job (Fixture    *fixture,
         const char *title,
         const char *company,
         gboolean    archived)
{
  g_autoptr(PursuitJob) draft = pursuit_test_make_draft (fixture->store, company, title);
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_job_set_next_action (draft, "Send the portfolio");
  pursuit_job_set_next_action_due (draft, "2030-06-01");
  pursuit_job_set_archived (draft, archived);
  job = pursuit_test_store_add (fixture->store, draft, &error);
  g_assert_no_error (error);
  return job;  /* the store keeps it */
}

static void
test_columns (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *board = show_board (fixture);
  g_autofree char *columns = pursuit_test_board_columns (board);

  g_assert_cmpstr (columns, ==, "Wishlist Applied Screening Interviewing Offer Accepted Rejected Withdrawn Ghosted");
  g_assert_cmpint (pursuit_test_board_count_cards (board, "Wishlist"), ==, 0);

  add_job (fixture, "Data Analyst", "Initech", FALSE);
  add_job (fixture, "Support Engineer", "Globex", FALSE);
  add_job (fixture, "Archivist", "Hooli", TRUE);

  /* Archived jobs stay off the board. */
  pursuit_test_wait_for_cards (board, "Wishlist", 2);
  pursuit_test_wait_for_frame (board);
  g_assert_nonnull (pursuit_test_find_label (board, "Data Analyst"));
  g_assert_nonnull (pursuit_test_find_label (board, "Initech"));
  g_assert_nonnull (pursuit_test_find_label (board, "2"));
  g_assert_null (pursuit_test_find_label (board, "Archivist"));

  /* Each card's Move To menu. */
  g_assert_cmpuint (pursuit_test_check_icon_buttons (board), ==, 2);
}

static void
on_job_activated (PursuitBoardView *board,
                  PursuitJob       *job,
                  PursuitJob      **activated)
{
  g_set_object (activated, job);
}

static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *board = show_board (fixture);
  PursuitJob *job = add_job (fixture, "Data Analyst", "Initech", FALSE);
  g_autoptr(PursuitJob) activated = NULL;
  GtkWidget *list;

  g_signal_connect (board, "job-activated", G_CALLBACK (on_job_activated), &activated);
  pursuit_test_wait_for_cards (board, "Wishlist", 1);
  list = pursuit_test_find_by_name (board, GTK_TYPE_LIST_VIEW, "Wishlist");
  g_assert_true (GTK_IS_LIST_VIEW (list));
  g_signal_emit_by_name (list, "activate", 0);
  g_assert_true (activated == job);
}

/* The widget test: a job moved on the board lands in its new
 * column, its stage changes in the model the list shows, and its timeline
 * gains the move, in the database. */
static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWidget *board = show_board (fixture);
  PursuitJob *job = add_job (fixture, "Data Analyst", "Initech", FALSE);
  PursuitJob *other = add_job (fixture, "Support Engineer", "Globex", FALSE);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  pursuit_test_wait_for_cards (board, "Wishlist", 2);

  /* As the Move To menu does. */
  g_assert_true (gtk_widget_activate_action (board, "board.move-job", "(xs)", pursuit_job_get_id (job), "2"));
  pursuit_test_wait_for_cards (board, "Applied", 1);
  pursuit_test_wait_for_cards (board, "Wishlist", 1);
  pursuit_test_wait_for_stage (job, 2);
  g_assert_true (pursuit_store_find_job (fixture->store, pursuit_job_get_id (job)) == job);
  g_assert_true (pursuit_job_get_stage (job) == pursuit_test_stage_by_id (fixture->store, 2));
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (other)), ==, 1);

  repository = pursuit_test_open_repository (fixture->path);
  changes = pursuit_test_list_changes (repository, pursuit_job_get_id (job));
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpint (pursuit_test_change_at (changes, 1)->stage_id, ==, 2);
  g_assert_cmpint (pursuit_test_change_at (changes, 1)->entered_at, ==, pursuit_job_get_stage_entered_at (job));
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* By stage name too, as a drop on a column names it. */
  g_assert_true (gtk_widget_activate_action (board, "board.move-job", "(xs)", pursuit_job_get_id (job),
                                             "Interviewing"));
  pursuit_test_wait_for_cards (board, "Interviewing", 1);
  pursuit_test_wait_for_cards (board, "Applied", 0);
  /* The card moves at once; the store's save follows. */
  pursuit_test_wait_for_stage (job, 4);
  changes = pursuit_test_list_changes (repository, pursuit_job_get_id (job));
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpint (pursuit_test_change_at (changes, 2)->stage_id, ==, 4);

  /* A move made elsewhere (here the store itself) reaches the board too. */
  pursuit_store_move_job_async (fixture->store, other, pursuit_test_stage_by_id (fixture->store, 7),
                                "No reply", NULL, NULL, NULL);
  pursuit_test_wait_for_cards (board, "Rejected", 1);
  pursuit_test_wait_for_cards (board, "Wishlist", 0);
}

/* Ctrl+Right and Ctrl+Left move the focused card to the next column. */
static void
test_move_keys (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *board = show_board (fixture);
  PursuitJob *job = add_job (fixture, "Data Analyst", "Initech", FALSE);
  GtkWidget *card;

  pursuit_test_wait_for_cards (board, "Wishlist", 1);
  pursuit_test_wait_for_frame (board);
  card = pursuit_test_find_by_name (board, GTK_TYPE_WIDGET, "Data Analyst at Initech");
  g_assert_nonnull (card);
  gtk_widget_grab_focus (gtk_widget_get_parent (card));

  if (!pursuit_test_send_keys (board, "ctrl+Right"))
    {
      g_test_skip ("No X display to send keys to");
      return;
    }
  pursuit_test_wait_for_stage (job, 2);
  pursuit_test_wait_for_cards (board, "Applied", 1);

  /* The focus follows the card into its new column. */
  pursuit_test_send_keys (board, "ctrl+Left");
  pursuit_test_wait_for_stage (job, 1);
  pursuit_test_wait_for_cards (board, "Wishlist", 1);
}

static void
test_move_menu (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *board = show_board (fixture);
  PursuitJob *job = add_job (fixture, "Data Analyst", "Initech", FALSE);
  GtkWidget *button;
  GMenuModel *menu;
  g_autoptr(GMenuModel) section = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autofree char *label = NULL;
  gint64 job_id;
  const char *stage_id;

  pursuit_test_wait_for_cards (board, "Wishlist", 1);
  pursuit_test_wait_for_frame (board);
  button = pursuit_test_find_by_type (board, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);

  /* Every shown stage but the card's own. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_nonnull (menu);
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_assert_cmpint (g_menu_model_get_n_items (section), ==, 8);
  g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "Applied");
  target = g_menu_model_get_item_attribute_value (section, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE ("(xs)"));
  g_variant_get (target, "(x&s)", &job_id, &stage_id);
  g_assert_cmpint (job_id, ==, pursuit_job_get_id (job));
  g_assert_cmpstr (stage_id, ==, "2");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
}

/* A hidden stage's column goes; a renamed one follows. */
static void
test_follows_pipeline (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *board = show_board (fixture);
  PursuitStore *store = fixture->store;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *columns = NULL;

  pursuit_store_set_stage_hidden_async (store, pursuit_test_stage_by_id (store, 3), TRUE, NULL,
                                        pursuit_test_keep_result, &result);
  g_assert_true (pursuit_store_set_stage_hidden_finish (store, pursuit_test_wait_result (&result), &error));
  g_assert_no_error (error);
  g_clear_object (&result);
  pursuit_store_rename_stage_async (store, pursuit_test_stage_by_id (store, 1), "Ideas", NULL,
                                    pursuit_test_keep_result, &result);
  g_assert_true (pursuit_store_rename_stage_finish (store, pursuit_test_wait_result (&result), &error));
  g_assert_no_error (error);

  columns = pursuit_test_board_columns (board);
  g_assert_cmpstr (columns, ==, "Ideas Applied Interviewing Offer Accepted Rejected Withdrawn Ghosted");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_WIDGET ("/board/columns", test_columns);
  PURSUIT_TEST_ADD_WIDGET ("/board/activate", test_activate);
  PURSUIT_TEST_ADD_WIDGET ("/board/move", test_move);
  PURSUIT_TEST_ADD_WIDGET ("/board/move-keys", test_move_keys);
  PURSUIT_TEST_ADD_WIDGET ("/board/move-menu", test_move_menu);
  PURSUIT_TEST_ADD_WIDGET ("/board/follows-pipeline", test_follows_pipeline);

  return g_test_run ();
}
