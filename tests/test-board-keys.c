/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-board-view.h"
#include "pursuit-jobs-view.h"
#include "pursuit-job-summary.h"
#include "pursuit-test-input.h"
#include "pursuit-test-jobs.h"
#include "pursuit-window.h"

/* The board as a keyboard user and a user of filters meets it: moves made
 * with Ctrl+arrows are saved once, for the stage the user settles on; the
 * Move To menu opens from the keyboard; the list's search, filters and
 * attention button reach the board; what the filters hide is counted. */

typedef struct
{
  PursuitTestDatabase database;
  GtkWindow *window;
  GtkWidget *outside;        /* somewhere else to put the focus */
  PursuitBoardView *board;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  guint move_delay = GPOINTER_TO_UINT (data);
  GtkWidget *box;

  pursuit_test_database_open (&fixture->database, "pursuit-board-keys");

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 700);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_window_set_child (fixture->window, box);
  fixture->outside = gtk_button_new_with_label ("Elsewhere");
  gtk_box_append (GTK_BOX (box), fixture->outside);

  /* 0: the default delay */
  if (move_delay > 0)
    fixture->board = g_object_new (PURSUIT_TYPE_BOARD_VIEW, "context", fixture->database.context,
                                   "move-delay", move_delay, NULL);
  else
    fixture->board = pursuit_board_view_new (fixture->database.context);
  gtk_widget_set_vexpand (GTK_WIDGET (fixture->board), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->board));

  gtk_window_present (fixture->window);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  pursuit_test_database_close (&fixture->database);
}

static PursuitStore *
get_store (Fixture *fixture)
{
  return pursuit_context_get_store (fixture->database.context);
}

static PursuitStage *
stage_by_id (Fixture *fixture,
             gint64   id)
{
  return pursuit_test_stage_by_id (get_store (fixture), id);
}

typedef struct
{
  PursuitBoardView *board;
  PursuitStage *stage;
  guint count;
} CardsWanted;

static gboolean
has_cards (gpointer data)
{
  CardsWanted *wanted = data;

  return pursuit_board_view_get_n_cards (wanted->board, wanted->stage) == wanted->count;
}

static void
wait_for_cards (PursuitBoardView *board,
                PursuitStage     *stage,
                guint             count)
{
  CardsWanted wanted = { board, stage, count };
  g_autofree char *what = g_strdup_printf ("%u cards in the column of %s", count, pursuit_stage_get_name (stage));

  pursuit_test_wait_until (has_cards, &wanted, what);
}

typedef struct
{
  PursuitJob *job;
  gint64 stage_id;
} StageWanted;

static gboolean
job_in_stage (gpointer data)
{
  StageWanted *wanted = data;

  return pursuit_stage_get_id (pursuit_job_get_stage (wanted->job)) == wanted->stage_id;
}

static void
wait_for_stage (PursuitJob *job,
                gint64      stage_id)
{
  StageWanted wanted = { job, stage_id };

  pursuit_test_wait_until (job_in_stage, &wanted, "the job to be in its new stage");
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
find_card_row (PursuitBoardView *board,
               PursuitStage     *stage,
               const char       *title)
{
  GtkListView *list = pursuit_board_view_get_column_list (board, stage);

  g_assert_nonnull (list);
  return pursuit_test_find_widget (GTK_WIDGET (list), is_card_row_of, (gpointer) title);
}

static gboolean
focus_is_within (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
assert_timeline (Fixture      *fixture,
                 PursuitJob   *job,
                 const gint64 *stage_ids,
                 guint         n_stage_ids)
{
  g_autoptr(GPtrArray) changes = pursuit_test_read_timeline (fixture->database.path, job);

  g_assert_cmpuint (changes->len, ==, n_stage_ids);
  for (guint i = 0; i < n_stage_ids; i++)
    g_assert_cmpint (((PursuitStageChange *) g_ptr_array_index (changes, i))->stage_id, ==, stage_ids[i]);
}

static void
focus_card (Fixture    *fixture,
            gint64      stage_id,
            const char *title)
{
  GtkWidget *row;

  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  row = find_card_row (fixture->board, stage_by_id (fixture, stage_id), title);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_grab_focus (row));
}

static void
move_focused_card (Fixture *fixture,
                   int      step)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->board), "board.move-card", "i", step));
}

/* Three steps right, then the focus leaves: one move, to Interviewing. */
static void
test_one_move_when_focus_leaves (Fixture       *fixture,
                                 gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_simple_job (get_store (fixture), "Data Analyst", "Initech");
  static const gint64 before[] = { 1 };
  static const gint64 after[] = { 1, 4 };

  wait_for_cards (fixture->board, stage_by_id (fixture, 1), 1);
  focus_card (fixture, 1, "Data Analyst");

  move_focused_card (fixture, 1);
  move_focused_card (fixture, 1);
  move_focused_card (fixture, 1);

  /* On screen at once, with the focus; not saved yet. */
  g_assert_cmpuint (pursuit_board_view_get_n_cards (fixture->board, stage_by_id (fixture, 1)), ==, 0);
  g_assert_cmpuint (pursuit_board_view_get_n_cards (fixture->board, stage_by_id (fixture, 4)), ==, 1);
  g_assert_true (focus_is_within (GTK_WIDGET (pursuit_board_view_get_column_list (fixture->board,
                                                                                  stage_by_id (fixture, 4)))));
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (job)), ==, 1);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_timeline (fixture, job, before, G_N_ELEMENTS (before));

  /* The delay is a minute here: only the focus leaving saves it. */
  gtk_widget_grab_focus (fixture->outside);
  wait_for_stage (job, 4);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_timeline (fixture, job, after, G_N_ELEMENTS (after));
  g_assert_cmpuint (pursuit_board_view_get_n_cards (fixture->board, stage_by_id (fixture, 4)), ==, 1);
}

/* Right, right, left, and the keys rest: one move, to Applied, and the
 * focus stays on the card. */
static void
test_one_move_when_keys_rest (Fixture       *fixture,
                              gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_simple_job (get_store (fixture), "Data Analyst", "Initech");
  static const gint64 after[] = { 1, 2 };

  wait_for_cards (fixture->board, stage_by_id (fixture, 1), 1);
  focus_card (fixture, 1, "Data Analyst");

  move_focused_card (fixture, 1);
  move_focused_card (fixture, 1);
  move_focused_card (fixture, -1);
  /* The main loop has not run since: the delay cannot have passed. */
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (job)), ==, 1);
  g_assert_cmpuint (pursuit_board_view_get_n_cards (fixture->board, stage_by_id (fixture, 2)), ==, 1);

  wait_for_stage (job, 2);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_timeline (fixture, job, after, G_N_ELEMENTS (after));
  g_assert_true (focus_is_within (GTK_WIDGET (pursuit_board_view_get_column_list (fixture->board,
                                                                                  stage_by_id (fixture, 2)))));
}

/* Back to where it started: nothing to record. */
static void
test_no_move_when_back (Fixture       *fixture,
                        gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_simple_job (get_store (fixture), "Data Analyst", "Initech");
  PursuitJob *other = pursuit_test_add_simple_job (get_store (fixture), "Support Engineer", "Globex");
  static const gint64 unmoved[] = { 1 };
  static const gint64 moved[] = { 1, 2 };

  wait_for_cards (fixture->board, stage_by_id (fixture, 1), 2);
  focus_card (fixture, 1, "Data Analyst");
  move_focused_card (fixture, 1);
  move_focused_card (fixture, -1);
  g_assert_cmpuint (pursuit_board_view_get_n_cards (fixture->board, stage_by_id (fixture, 1)), ==, 2);

  /* Moving another card settles the first. */
  focus_card (fixture, 1, "Support Engineer");
  move_focused_card (fixture, 1);
  gtk_widget_grab_focus (fixture->outside);
  wait_for_stage (other, 2);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_timeline (fixture, job, unmoved, G_N_ELEMENTS (unmoved));
  assert_timeline (fixture, other, moved, G_N_ELEMENTS (moved));
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (job)), ==, 1);
}

/* A move from the menu shows at once, before the store has it, and a
 * keyboard move of the same card not yet saved gives way to it. */
static void
test_menu_move_shows_at_once (Fixture       *fixture,
                              gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_simple_job (get_store (fixture), "Data Analyst", "Initech");
  static const gint64 after[] = { 1, 5 };

  wait_for_cards (fixture->board, stage_by_id (fixture, 1), 1);
  focus_card (fixture, 1, "Data Analyst");
  move_focused_card (fixture, 1);
  g_assert_cmpuint (pursuit_board_view_get_n_cards (fixture->board, stage_by_id (fixture, 2)), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->board), "board.move-job", "(xs)",
                                             pursuit_job_get_id (job), "5"));
  /* The main loop has not run: the store cannot have saved it yet. */
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (job)), ==, 1);
  g_assert_cmpuint (pursuit_board_view_get_n_cards (fixture->board, stage_by_id (fixture, 2)), ==, 0);
  g_assert_cmpuint (pursuit_board_view_get_n_cards (fixture->board, stage_by_id (fixture, 5)), ==, 1);

  wait_for_stage (job, 5);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_timeline (fixture, job, after, G_N_ELEMENTS (after));
  g_assert_cmpuint (pursuit_board_view_get_n_cards (fixture->board, stage_by_id (fixture, 5)), ==, 1);
}

/* The window closing saves what is shown. */
static void
test_settle_saves (Fixture       *fixture,
                   gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_simple_job (get_store (fixture), "Data Analyst", "Initech");

  wait_for_cards (fixture->board, stage_by_id (fixture, 1), 1);
  focus_card (fixture, 1, "Data Analyst");
  move_focused_card (fixture, 1);
  pursuit_board_view_settle (fixture->board);
  wait_for_stage (job, 2);
}

/* Real key presses: Ctrl+Right twice, then the keys rest. */
static void
test_real_keys (Fixture       *fixture,
                gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_simple_job (get_store (fixture), "Data Analyst", "Initech");
  static const char * const keys[] = { "ctrl+Right", "ctrl+Right", NULL };
  static const gint64 after[] = { 1, 3 };

  if (!pursuit_test_can_send_input (GTK_WIDGET (fixture->window)))
    {
      g_test_skip ("no X display or no xdotool");
      return;
    }

  wait_for_cards (fixture->board, stage_by_id (fixture, 1), 1);
  focus_card (fixture, 1, "Data Analyst");
  pursuit_test_press_keys (GTK_WIDGET (fixture->window), keys);
  wait_for_cards (fixture->board, stage_by_id (fixture, 3), 1);
  wait_for_stage (job, 3);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_timeline (fixture, job, after, G_N_ELEMENTS (after));
}

static gboolean
popover_shown (gpointer data)
{
  GtkPopover *popover = gtk_menu_button_get_popover (data);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

static gboolean
popover_hidden (gpointer data)
{
  return !popover_shown (data);
}

/* The card's menu names the job and opens from the keyboard. */
static void
test_menu_from_keyboard (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char * const keys[] = { "shift+F10", NULL };
  static const char * const escape[] = { "Escape", NULL };
  GtkWidget *row;
  GtkWidget *button;

  pursuit_test_add_simple_job (get_store (fixture), "Support Agent", "Acme Ltd");
  wait_for_cards (fixture->board, stage_by_id (fixture, 1), 1);
  focus_card (fixture, 1, "Support Agent");
  row = find_card_row (fixture->board, stage_by_id (fixture, 1), "Support Agent");
  button = pursuit_test_find_by_type (row, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (button);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Move Support Agent at Acme Ltd");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Support Agent at Acme Ltd");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->board), "board.open-menu", NULL));
  pursuit_test_wait_until (popover_shown, button, "the Move To menu");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  pursuit_test_wait_until (popover_hidden, button, "the menu to close");

  if (!pursuit_test_can_send_input (GTK_WIDGET (fixture->window)))
    return;

  focus_card (fixture, 1, "Support Agent");
  pursuit_test_press_keys (GTK_WIDGET (fixture->window), keys);
  pursuit_test_wait_until (popover_shown, button, "the Move To menu from Shift+F10");
  pursuit_test_press_keys (GTK_WIDGET (fixture->window), escape);
  pursuit_test_wait_until (popover_hidden, button, "Escape to close the menu");
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
  g_autoptr(PursuitJob) draft = pursuit_job_new ();
  g_autoptr(GDateTime) interview = g_date_time_new_local (2031, 3, 4, 14, 30, 0);
  PursuitJob *job;
  GtkWidget *row;
  GtkWidget *icon;
  GtkWidget *overdue;

  pursuit_job_set_title (draft, "Support Agent");
  pursuit_job_set_company (draft, "Acme Ltd");
  pursuit_job_set_next_action (draft, "Call the recruiter");
  pursuit_job_set_next_action_due (draft, "2020-01-10");
  job = pursuit_test_add_job (get_store (fixture), draft);
  pursuit_test_add_interview (get_store (fixture), job, g_date_time_to_unix (interview));

  wait_for_cards (fixture->board, stage_by_id (fixture, 1), 1);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  row = find_card_row (fixture->board, stage_by_id (fixture, 1), "Support Agent");
  g_assert_nonnull (row);

  icon = pursuit_test_find_widget (row, is_attention_icon, NULL);
  g_assert_nonnull (icon);
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (icon), "Follow-up overdue by "));

  overdue = pursuit_test_find_widget (row, has_style, (gpointer) PURSUIT_STYLE_OVERDUE);
  g_assert_nonnull (overdue);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (overdue)), ==,
                   "Call the recruiter · due 10\u00a0Jan\u00a02020");

  g_assert_nonnull (pursuit_test_find_label (row, "Interview Tue\u00a04\u00a0Mar,\u00a014:30"));
}

/* The jobs view with the board shown */

typedef struct
{
  PursuitTestDatabase database;
  PursuitWindow *window;
  PursuitJobsView *view;
} ViewFixture;

static void
view_fixture_set_up (ViewFixture   *fixture,
                     gconstpointer  data)
{
  pursuit_test_database_open (&fixture->database, "pursuit-board-filters");
  fixture->window = pursuit_window_new (NULL, fixture->database.context);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  fixture->view = PURSUIT_JOBS_VIEW (pursuit_test_find_by_type (GTK_WIDGET (fixture->window),
                                                                PURSUIT_TYPE_JOBS_VIEW));
  g_assert_nonnull (fixture->view);
}

static void
view_fixture_tear_down (ViewFixture   *fixture,
                        gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  pursuit_test_database_close (&fixture->database);
}

static PursuitJob *
add_job_at (ViewFixture      *fixture,
            const char       *title,
            const char       *company,
            gint64            stage_id,
            PursuitWorkplace  workplace,
            gboolean          archived)
{
  PursuitStore *store = pursuit_context_get_store (fixture->database.context);
  g_autoptr(PursuitJob) draft = pursuit_job_new ();

  pursuit_job_set_title (draft, title);
  pursuit_job_set_company (draft, company);
  pursuit_job_set_stage (draft, pursuit_test_stage_by_id (store, stage_id));
  pursuit_job_set_workplace (draft, workplace);
  pursuit_job_set_archived (draft, archived);
  return pursuit_test_add_job (store, draft);
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

static gboolean
is_search_entry (GtkWidget *widget,
                 gpointer   data)
{
  return GTK_IS_SEARCH_ENTRY (widget);
}

static gboolean
is_attention_toggle (GtkWidget *widget,
                     gpointer   data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_str_has_prefix (gtk_widget_get_tooltip_text (widget) != NULL ? gtk_widget_get_tooltip_text (widget) : "",
                           "Needs attention");
}

/* The list's search, filters and attention button decide the board's
 * cards too, and a notice counts what the filters hide. */
static void
test_board_filters (ViewFixture   *fixture,
                    gconstpointer  data)
{
  PursuitStore *store = pursuit_context_get_store (fixture->database.context);
  PursuitStage *wishlist = pursuit_test_stage_by_id (store, 1);
  PursuitStage *applied = pursuit_test_stage_by_id (store, 2);
  PursuitBoardView *board;
  PursuitJob *overdue_job;
  GtkWidget *board_page;
  GtkWidget *entry;
  GtkWidget *toggle;
  GtkWidget *list_overdue;
  GtkWidget *card_overdue;
  g_autofree char *list_text = NULL;

  add_job_at (fixture, "Support Agent", "Acme Ltd", 1, PURSUIT_WORKPLACE_REMOTE, FALSE);
  add_job_at (fixture, "Team Lead", "Globex", 1, PURSUIT_WORKPLACE_ON_SITE, FALSE);
  add_job_at (fixture, "Archivist", "Hooli", 2, PURSUIT_WORKPLACE_REMOTE, TRUE);
  overdue_job = add_job_at (fixture, "Analyst", "Initech", 2, PURSUIT_WORKPLACE_HYBRID, FALSE);
  {
    g_autoptr(PursuitJob) draft = pursuit_job_copy (overdue_job);
    g_autoptr(GAsyncResult) result = NULL;

    pursuit_job_set_next_action (draft, "Send the portfolio");
    pursuit_job_set_next_action_due (draft, "2020-06-01");
    pursuit_store_save_job_async (store, draft,
                                  PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_NEXT_ACTION) |
                                  PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_NEXT_ACTION_DUE),
                                  NULL, pursuit_test_on_done, &result);
    pursuit_test_wait_until (pursuit_test_is_set, &result, "the next action to be saved");
  }

  /* The list shows the overdue action as overdue. */
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  list_overdue = pursuit_test_find_widget (GTK_WIDGET (fixture->view), has_style, (gpointer) PURSUIT_STYLE_OVERDUE);
  g_assert_nonnull (list_overdue);
  list_text = g_strdup (gtk_label_get_text (GTK_LABEL (list_overdue)));
  g_assert_cmpstr (list_text, ==, "Send the portfolio · due 1\u00a0Jun\u00a02020");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "jobs.toggle-board", NULL));
  board = PURSUIT_BOARD_VIEW (pursuit_test_find_by_type (GTK_WIDGET (fixture->view), PURSUIT_TYPE_BOARD_VIEW));
  g_assert_nonnull (board);
  board_page = gtk_widget_get_parent (GTK_WIDGET (board));
  wait_for_cards (board, wishlist, 2);
  wait_for_cards (board, applied, 1);
  wait_for_notice (board_page, "1 job hidden by filters");

  /* …and the board alike, with the same words. */
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  card_overdue = pursuit_test_find_widget (GTK_WIDGET (board), has_style, (gpointer) PURSUIT_STYLE_OVERDUE);
  g_assert_nonnull (card_overdue);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (card_overdue)), ==, list_text);

  /* A filter */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "jobs.workplace", "s", "remote"));
  wait_for_cards (board, wishlist, 1);
  wait_for_cards (board, applied, 0);
  wait_for_notice (board_page, "3 jobs hidden by filters");

  /* The search, typed in the board's own search bar */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "jobs.workplace", "s", "all"));
  entry = pursuit_test_find_widget (board_page, is_search_entry, NULL);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Initech");
  wait_for_cards (board, wishlist, 0);
  wait_for_cards (board, applied, 1);
  /* Archived Hooli does not match the search: nothing hidden to tell. */
  wait_for_notice (board_page, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  wait_for_cards (board, wishlist, 2);

  /* The attention button in the board's header */
  toggle = pursuit_test_find_widget (board_page, is_attention_toggle, NULL);
  g_assert_nonnull (toggle);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  wait_for_cards (board, wishlist, 0);
  wait_for_cards (board, applied, 1);
  wait_for_notice (board_page, "3 jobs hidden by filters");

  /* Show All clears them all, the archive too. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "jobs.show-all", NULL));
  wait_for_cards (board, wishlist, 2);
  wait_for_cards (board, applied, 2);
  wait_for_notice (board_page, NULL);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));

  /* The list says it too: Acme and Globex wait in Wishlist. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "jobs.stage-kind", "s", "applied"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "jobs.toggle-board", NULL));
  wait_for_notice_in (GTK_WIDGET (fixture->view), board_page, "2 jobs hidden by filters");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

#define ADD(path, func, delay) \
  g_test_add (path, Fixture, GUINT_TO_POINTER (delay), fixture_set_up, func, fixture_tear_down)

  ADD ("/board-keys/one-move-when-focus-leaves", test_one_move_when_focus_leaves, 60000);
  ADD ("/board-keys/one-move-when-keys-rest", test_one_move_when_keys_rest, 0);
  ADD ("/board-keys/no-move-when-back", test_no_move_when_back, 60000);
  ADD ("/board-keys/settle-saves", test_settle_saves, 60000);
  ADD ("/board-keys/menu-move-shows-at-once", test_menu_move_shows_at_once, 60000);
  ADD ("/board-keys/real-keys", test_real_keys, 0);
  ADD ("/board-keys/menu-from-keyboard", test_menu_from_keyboard, 0);
  ADD ("/board-keys/card-contents", test_card_contents, 0);

#undef ADD

  g_test_add ("/board-keys/filters", ViewFixture, NULL, view_fixture_set_up, test_board_filters,
              view_fixture_tear_down);

  return g_test_run ();
}
