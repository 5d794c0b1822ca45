/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-board-view.h"
#include "pursuit-job-summary.h"
#include "pursuit-test-widgets.h"

/* The board as a keyboard user and a user of filters meets it: moves made
 * with Ctrl+arrows are saved once, for the stage the user settles on; the
 * Move To menu opens from the keyboard; the list's search, filters and
 * attention button reach the board; what the filters hide is counted.
 * Columns and cards are found on screen, by the names a user reads. */

typedef PursuitTestWidgetFixture Fixture;

/* The board beside a button to take the focus elsewhere. @data: the
 * keyboard move delay in ms, 0 for the board's own. */
typedef struct
{
  GtkWidget *board;
  GtkWidget *outside;
} Board;

static Board
show_board (Fixture       *fixture,
            gconstpointer  data)
{
  guint move_delay = GPOINTER_TO_UINT (data);
  Board board;

  board.outside = pursuit_test_show_widget (fixture, gtk_button_new_with_label ("Elsewhere"));
  if (move_delay > 0)
    board.board = g_object_new (PURSUIT_TYPE_BOARD_VIEW, "context", fixture->context, "move-delay", move_delay, NULL);
  else
    board.board = GTK_WIDGET (pursuit_board_view_new (fixture->context));
  gtk_widget_set_hexpand (board.board, TRUE);
  pursuit_test_show_widget (fixture, board.board);
  return board;
}

/* The list of cards under the column headed @column. */
static GtkWidget *
column_list (GtkWidget  *board,
             const char *column)
{
  GtkWidget *list = pursuit_test_find_by_name (board, GTK_TYPE_LIST_VIEW, column);

  g_assert_nonnull (list);
  return list;
}

static gboolean
is_card_row_of (GtkWidget *widget,
                gpointer   data)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  /* The list row around a card is what takes the focus; it is named
   * after the job. */
  return gtk_widget_get_focusable (widget) && child != NULL &&
         g_str_equal (G_OBJECT_TYPE_NAME (child), "PursuitBoardCard") &&
         pursuit_test_find_label (child, data) != NULL;
}

static GtkWidget *
find_card_row (GtkWidget  *board,
               const char *column,
               const char *title)
{
  return pursuit_test_find_widget (column_list (board, column), is_card_row_of, (gpointer) title);
}

static gboolean
focus_is_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The job's moves, as another program reads them from the file. */
static void
assert_timeline (Fixture      *fixture,
                 PursuitJob   *job,
                 const gint64 *stage_ids,
                 guint         n_stage_ids)
{
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (fixture->path);
  g_autoptr(GPtrArray) changes = pursuit_test_list_changes (repository, pursuit_job_get_id (job));

  g_assert_cmpuint (changes->len, ==, n_stage_ids);
  for (guint i = 0; i < n_stage_ids; i++)
    g_assert_cmpint (pursuit_test_change_at (changes, i)->stage_id, ==, stage_ids[i]);
}

static void
focus_card (GtkWidget  *board,
            const char *column,
            const char *title)
{
  GtkWidget *row;

  pursuit_test_wait_for_frame (board);
  row = find_card_row (board, column, title);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (row));
}

/* As Ctrl+Right (1) and Ctrl+Left (-1) do. */
static void
move_focused_card (GtkWidget *board,
                   int        step)
{
  g_assert_true (gtk_widget_activate_action (board, "board.move-card", "i", step));
}

static gint64
stage_id_of (PursuitJob *job)
{
  return pursuit_stage_get_id (pursuit_job_get_stage (job));
}

/* Three steps right, then the focus leaves: one move, to Interviewing. */
static void
test_one_move_when_focus_leaves (Fixture       *fixture,
                                 gconstpointer  data)
{
  Board board = show_board (fixture, data);
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Initech", "Data Analyst");
  static const gint64 before[] = { 1 };
  static const gint64 after[] = { 1, 4 };

  pursuit_test_wait_for_cards (board.board, "Wishlist", 1);
  focus_card (board.board, "Wishlist", "Data Analyst");

  move_focused_card (board.board, 1);
  move_focused_card (board.board, 1);
  move_focused_card (board.board, 1);

  /* On screen at once, with the focus; not saved yet. */
  g_assert_cmpint (pursuit_test_board_count_cards (board.board, "Wishlist"), ==, 0);
  g_assert_cmpint (pursuit_test_board_count_cards (board.board, "Interviewing"), ==, 1);
  g_assert_true (focus_is_within (column_list (board.board, "Interviewing")));
  g_assert_cmpint (stage_id_of (job), ==, 1);
  pursuit_test_wait_for_frame (board.board);
  assert_timeline (fixture, job, before, G_N_ELEMENTS (before));

  /* The delay is a minute here: only the focus leaving saves it. */
  gtk_widget_grab_focus (board.outside);
  pursuit_test_wait_for_stage (job, 4);
  pursuit_test_wait_for_frame (board.board);
  assert_timeline (fixture, job, after, G_N_ELEMENTS (after));
  g_assert_cmpint (pursuit_test_board_count_cards (board.board, "Interviewing"), ==, 1);
}

/* Right, right, left, and the keys rest: one move, to Applied, and the
 * focus stays on the card. */
static void
test_one_move_when_keys_rest (Fixture       *fixture,
                              gconstpointer  data)
{
  Board board = show_board (fixture, data);
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Initech", "Data Analyst");
  static const gint64 after[] = { 1, 2 };

  pursuit_test_wait_for_cards (board.board, "Wishlist", 1);
  focus_card (board.board, "Wishlist", "Data Analyst");

  move_focused_card (board.board, 1);
  move_focused_card (board.board, 1);
  move_focused_card (board.board, -1);
  /* The main loop has not run since: the delay cannot have passed. */
  g_assert_cmpint (stage_id_of (job), ==, 1);
  g_assert_cmpint (pursuit_test_board_count_cards (board.board, "Applied"), ==, 1);

  pursuit_test_wait_for_stage (job, 2);
  pursuit_test_wait_for_frame (board.board);
  assert_timeline (fixture, job, after, G_N_ELEMENTS (after));
  g_assert_true (focus_is_within (column_list (board.board, "Applied")));
}

/* Back to where it started: nothing to record. */
static void
test_no_move_when_back (Fixture       *fixture,
                        gconstpointer  data)
{
  Board board = show_board (fixture, data);
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Initech", "Data Analyst");
  PursuitJob *other = pursuit_test_add_job (fixture->store, "Globex", "Support Engineer");
  static const gint64 unmoved[] = { 1 };
  static const gint64 moved[] = { 1, 2 };

  pursuit_test_wait_for_cards (board.board, "Wishlist", 2);
  focus_card (board.board, "Wishlist", "Data Analyst");
  move_focused_card (board.board, 1);
  move_focused_card (board.board, -1);
  g_assert_cmpint (pursuit_test_board_count_cards (board.board, "Wishlist"), ==, 2);

  /* Moving another card settles the first. */
  focus_card (board.board, "Wishlist", "Support Engineer");
  move_focused_card (board.board, 1);
  gtk_widget_grab_focus (board.outside);
  pursuit_test_wait_for_stage (other, 2);
  pursuit_test_wait_for_frame (board.board);
  assert_timeline (fixture, job, unmoved, G_N_ELEMENTS (unmoved));
  assert_timeline (fixture, other, moved, G_N_ELEMENTS (moved));
  g_assert_cmpint (stage_id_of (job), ==, 1);
}

/* A move from the menu shows at once, before the store has it, and a
 * keyboard move of the same card not yet saved gives way to it. */
static void
test_menu_move_shows_at_once (Fixture       *fixture,
                              gconstpointer  data)
{
  Board board = show_board (fixture, data);
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Initech", "Data Analyst");
  static const gint64 after[] = { 1, 5 };

  pursuit_test_wait_for_cards (board.board, "Wishlist", 1);
  focus_card (board.board, "Wishlist", "Data Analyst");
  move_focused_card (board.board, 1);
  g_assert_cmpint (pursuit_test_board_count_cards (board.board, "Applied"), ==, 1);

  g_assert_true (gtk_widget_activate_action (board.board, "board.move-job", "(xs)", pursuit_job_get_id (job), "5"));
  /* The main loop has not run: the store cannot have saved it yet. */
  g_assert_cmpint (stage_id_of (job), ==, 1);
  g_assert_cmpint (pursuit_test_board_count_cards (board.board, "Applied"), ==, 0);
  g_assert_cmpint (pursuit_test_board_count_cards (board.board, "Offer"), ==, 1);

  pursuit_test_wait_for_stage (job, 5);
  pursuit_test_wait_for_frame (board.board);
  assert_timeline (fixture, job, after, G_N_ELEMENTS (after));
  g_assert_cmpint (pursuit_test_board_count_cards (board.board, "Offer"), ==, 1);
}

/* The window closing saves what is shown. */
static void
test_settle_saves (Fixture       *fixture,
                   gconstpointer  data)
{
  Board board = show_board (fixture, data);
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Initech", "Data Analyst");

  pursuit_test_wait_for_cards (board.board, "Wishlist", 1);
  focus_card (board.board, "Wishlist", "Data Analyst");
  move_focused_card (board.board, 1);
  pursuit_board_view_settle (PURSUIT_BOARD_VIEW (board.board));
  pursuit_test_wait_for_stage (job, 2);
}

/* Real key presses: Ctrl+Right twice, then the keys rest. */
static void
test_real_keys (Fixture       *fixture,
                gconstpointer  data)
{
  Board board = show_board (fixture, data);
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Initech", "Data Analyst");
  static const gint64 after[] = { 1, 3 };

  pursuit_test_wait_for_cards (board.board, "Wishlist", 1);
  focus_card (board.board, "Wishlist", "Data Analyst");
  /* No main loop runs between the two: the delay cannot pass between them. */
  if (!pursuit_test_send_keys (board.board, "ctrl+Right"))
    {
      g_test_skip ("No X display to send keys to");
      return;
    }
  pursuit_test_send_keys (board.board, "ctrl+Right");
  pursuit_test_wait_for_cards (board.board, "Screening", 1);
  pursuit_test_wait_for_stage (job, 3);
  pursuit_test_wait_for_frame (board.board);
  assert_timeline (fixture, job, after, G_N_ELEMENTS (after));
}

/* The card's menu names the job and opens from the keyboard. */
static void
test_menu_from_keyboard (Fixture       *fixture,
                         gconstpointer  data)
{
  Board board = show_board (fixture, data);
  GtkWidget *row;
  GtkWidget *button;

  pursuit_test_add_job (fixture->store, "Acme Ltd", "Support Agent");
  pursuit_test_wait_for_cards (board.board, "Wishlist", 1);
  focus_card (board.board, "Wishlist", "Support Agent");
  row = find_card_row (board.board, "Wishlist", "Support Agent");
  button = pursuit_test_find_by_type (row, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Move Support Agent at Acme Ltd");
  g_assert_true (pursuit_test_find_by_name (row, GTK_TYPE_WIDGET, "Support Agent at Acme Ltd") != NULL);

  g_assert_true (gtk_widget_activate_action (board.board, "board.open-menu", NULL));
  pursuit_test_wait_until (pursuit_test_popover_shown, button, "the Move To menu");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  pursuit_test_wait_until (pursuit_test_popover_hidden, button, "the menu to close");

  focus_card (board.board, "Wishlist", "Support Agent");
  if (!pursuit_test_send_keys (board.board, "shift+F10"))
    return;
  pursuit_test_wait_until (pursuit_test_popover_shown, button, "the Move To menu from Shift+F10");
  pursuit_test_send_keys (board.board, "Escape");
  pursuit_test_wait_until (pursuit_test_popover_hidden, button, "Escape to close the menu");

  /* The menu's first stage, Applied, chosen with the keyboard. */
  focus_card (board.board, "Wishlist", "Support Agent");
  pursuit_test_send_keys (board.board, "shift+F10");
  pursuit_test_wait_until (pursuit_test_popover_shown, button, "the Move To menu again");
  pursuit_test_wait_for_frame (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))));
  pursuit_test_send_keys (board.board, "Return");
  pursuit_test_wait_for_cards (board.board, "Applied", 1);
  pursuit_test_wait_for_cards (board.board, "Wishlist", 0);
}

static gboolean
has_style (GtkWidget *widget,
           gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) && gtk_widget_has_css_class (widget, data);
}

static gboolean
is_attention_icon (GtkWidget *widget,
                   gpointer   data)
{
  return GTK_IS_IMAGE (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), "dialog-warning-symbolic") == 0;
}

/* A card says what needs attention and why, and when the next interview
 * is; an overdue next action looks overdue. */
static void
test_card_contents (Fixture       *fixture,
                    gconstpointer  data)
{
  Board board = show_board (fixture, data);
  g_autoptr(PursuitJob) draft = pursuit_test_make_draft (fixture->store, "Acme Ltd", "Support Agent");
  g_autoptr(GDateTime) interview_at = g_date_time_new_local (2031, 3, 4, 14, 30, 0);
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(PursuitInterview) saved = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;
  GtkWidget *row;
  GtkWidget *icon;
  GtkWidget *overdue;

  pursuit_job_set_next_action (draft, "Call the recruiter");
  pursuit_job_set_next_action_due (draft, "2020-01-10");
  job = pursuit_test_store_add (fixture->store, draft, &error);
  g_assert_no_error (error);
  g_object_unref (job);  /* the store keeps it */
  interview = pursuit_test_make_interview (pursuit_job_get_id (job), g_date_time_to_unix (interview_at));
  pursuit_store_add_interview_async (fixture->store, interview, NULL, pursuit_test_keep_result, &result);
  saved = pursuit_store_save_interview_finish (fixture->store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);

  pursuit_test_wait_for_cards (board.board, "Wishlist", 1);
  pursuit_test_wait_for_label (board.board, "Interview Tue\u00a04\u00a0Mar,\u00a014:30");
  row = find_card_row (board.board, "Wishlist", "Support Agent");
  g_assert_nonnull (row);

  icon = pursuit_test_find_widget (row, is_attention_icon, NULL);
  g_assert_nonnull (icon);
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (icon), "Follow-up overdue by "));

  overdue = pursuit_test_find_widget (row, has_style, (gpointer) PURSUIT_STYLE_OVERDUE);
  g_assert_nonnull (overdue);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (overdue)), ==,
                   "Call the recruiter · due 10\u00a0Jan\u00a02020");
}

/* The jobs view with the board shown */

static PursuitJob *
add_job_at (PursuitTestWindowFixture *fixture,
            const char               *title,
            const char               *company,
            gint64                    stage_id,
            PursuitWorkplace          workplace,
            gboolean                  archived)
{
  g_autoptr(PursuitJob) draft = pursuit_test_make_draft (fixture->store, company, title);
  g_autoptr(GError) error = NULL;
  PursuitJob *job;

  pursuit_job_set_stage (draft, pursuit_test_stage_by_id (fixture->store, stage_id));
  pursuit_job_set_workplace (draft, workplace);
  pursuit_job_set_archived (draft, archived);
  job = pursuit_test_store_add (fixture->store, draft, &error);
  g_assert_no_error (error);
  g_object_unref (job);  /* the store keeps it */
  return job;
}

typedef struct
{
  GtkLabel *label;
  const char *text;
  GtkRevealer *revealer;
} NoticeWanted;

static gboolean
notice_is (gpointer data)
{
  NoticeWanted *wanted = data;

  if (wanted->text == NULL)
    return !gtk_revealer_get_reveal_child (wanted->revealer);
  return gtk_revealer_get_reveal_child (wanted->revealer) &&
         g_strcmp0 (gtk_label_get_text (wanted->label), wanted->text) == 0;
}

/* @data: (nullable): a page not to look in */
static gboolean
is_notice_label (GtkWidget *widget,
                 gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_ancestor (widget, GTK_TYPE_REVEALER) != NULL &&
         gtk_widget_has_css_class (gtk_widget_get_parent (widget), "filter-notice") &&
         (data == NULL || !gtk_widget_is_ancestor (widget, data));
}

/* The notice in @page, but not in @other_page; @text: NULL for none. */
static void
wait_for_notice_in (GtkWidget  *page,
                    GtkWidget  *other_page,
                    const char *text)
{
  GtkWidget *label = pursuit_test_find_widget (page, is_notice_label, other_page);
  NoticeWanted wanted;

  g_assert_nonnull (label);
  wanted.label = GTK_LABEL (label);
  wanted.text = text;
  wanted.revealer = GTK_REVEALER (gtk_widget_get_ancestor (label, GTK_TYPE_REVEALER));
  pursuit_test_wait_until (notice_is, &wanted, text != NULL ? text : "the notice to go");
}

static void
wait_for_notice (GtkWidget  *page,
                 const char *text)
{
  wait_for_notice_in (page, NULL, text);
}

/* The list's search, filters and attention button decide the board's
 * cards too, and a notice counts what the filters hide. */
static void
test_board_filters (PursuitTestWindowFixture *fixture,
                    gconstpointer             data)
{
  GtkWidget *view = GTK_WIDGET (pursuit_test_get_jobs_view (fixture));
  PursuitJob *overdue_job;
  GtkWidget *board;
  GtkWidget *board_page;
  GtkWidget *entry;
  GtkWidget *toggle;
  GtkWidget *list_overdue;
  GtkWidget *card_overdue;
  g_autofree char *list_text = NULL;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  add_job_at (fixture, "Support Agent", "Acme Ltd", 1, PURSUIT_WORKPLACE_REMOTE, FALSE);
  add_job_at (fixture, "Team Lead", "Globex", 1, PURSUIT_WORKPLACE_ON_SITE, FALSE);
  add_job_at (fixture, "Archivist", "Hooli", 2, PURSUIT_WORKPLACE_REMOTE, TRUE);
  overdue_job = add_job_at (fixture, "Analyst", "Initech", 2, PURSUIT_WORKPLACE_HYBRID, FALSE);
  {
    g_autoptr(PursuitJob) draft = pursuit_job_copy (overdue_job);
    g_autoptr(GError) error = NULL;

    pursuit_job_set_next_action (draft, "Send the portfolio");
    pursuit_job_set_next_action_due (draft, "2020-06-01");
    g_assert_true (pursuit_test_store_save (fixture->store, draft,
                                            PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_NEXT_ACTION) |
                                            PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_NEXT_ACTION_DUE),
                                            &error));
    g_assert_no_error (error);
  }

  /* The list shows the overdue action as overdue. */
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  list_overdue = pursuit_test_find_widget (view, has_style, (gpointer) PURSUIT_STYLE_OVERDUE);
  g_assert_nonnull (list_overdue);
  list_text = g_strdup (gtk_label_get_text (GTK_LABEL (list_overdue)));
  g_assert_cmpstr (list_text, ==, "Send the portfolio · due 1\u00a0Jun\u00a02020");

  g_assert_true (gtk_widget_activate_action (view, "jobs.toggle-board", NULL));
  board = pursuit_test_get_by_type (view, PURSUIT_TYPE_BOARD_VIEW);
  board_page = gtk_widget_get_parent (board);
  pursuit_test_wait_for_cards (board, "Wishlist", 2);
  pursuit_test_wait_for_cards (board, "Applied", 1);
  wait_for_notice (board_page, "1 job hidden by filters");

  /* …and the board alike, with the same words. */
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  card_overdue = pursuit_test_find_widget (board, has_style, (gpointer) PURSUIT_STYLE_OVERDUE);
  g_assert_nonnull (card_overdue);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (card_overdue)), ==, list_text);

  /* A filter */
  g_assert_true (gtk_widget_activate_action (view, "jobs.workplace", "s", "remote"));
  pursuit_test_wait_for_cards (board, "Wishlist", 1);
  pursuit_test_wait_for_cards (board, "Applied", 0);
  wait_for_notice (board_page, "3 jobs hidden by filters");

  /* The search, typed in the board's own search bar */
  g_assert_true (gtk_widget_activate_action (view, "jobs.workplace", "s", "all"));
  entry = pursuit_test_find_by_type (board_page, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Initech");
  pursuit_test_wait_for_cards (board, "Wishlist", 0);
  pursuit_test_wait_for_cards (board, "Applied", 1);
  /* Archived Hooli does not match the search: nothing hidden to tell. */
  wait_for_notice (board_page, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  pursuit_test_wait_for_cards (board, "Wishlist", 2);

  /* The attention button in the board's header, named with its count */
  toggle = pursuit_test_find_by_name (board_page, GTK_TYPE_TOGGLE_BUTTON, "Needs attention: 1 job");
  g_assert_nonnull (toggle);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  pursuit_test_wait_for_cards (board, "Wishlist", 0);
  pursuit_test_wait_for_cards (board, "Applied", 1);
  wait_for_notice (board_page, "3 jobs hidden by filters");

  /* Show All clears them all, the archive too. */
  g_assert_true (gtk_widget_activate_action (view, "jobs.show-all", NULL));
  pursuit_test_wait_for_cards (board, "Wishlist", 2);
  pursuit_test_wait_for_cards (board, "Applied", 2);
  wait_for_notice (board_page, NULL);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));

  /* The list says it too: Acme and Globex wait in Wishlist. */
  g_assert_true (gtk_widget_activate_action (view, "jobs.stage-kind", "s", "applied"));
  g_assert_true (gtk_widget_activate_action (view, "jobs.toggle-board", NULL));
  wait_for_notice_in (view, board_page, "2 jobs hidden by filters");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

#define ADD(path, func, delay) \
  g_test_add (path, Fixture, GUINT_TO_POINTER (delay), pursuit_test_widget_set_up, func, \
              pursuit_test_widget_tear_down)

  ADD ("/board-keys/one-move-when-focus-leaves", test_one_move_when_focus_leaves, 60000);
  ADD ("/board-keys/one-move-when-keys-rest", test_one_move_when_keys_rest, 0);
  ADD ("/board-keys/no-move-when-back", test_no_move_when_back, 60000);
  ADD ("/board-keys/settle-saves", test_settle_saves, 60000);
  ADD ("/board-keys/menu-move-shows-at-once", test_menu_move_shows_at_once, 60000);
  ADD ("/board-keys/real-keys", test_real_keys, 0);
  ADD ("/board-keys/menu-from-keyboard", test_menu_from_keyboard, 0);
  ADD ("/board-keys/card-contents", test_card_contents, 0);

#undef ADD

  PURSUIT_TEST_ADD_WINDOW ("/board-keys/filters", test_board_filters);

  return g_test_run ();
}
