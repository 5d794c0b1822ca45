/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-board-view.h"
#include "pursuit-preferences-window.h"
#include "pursuit-stages-page.h"
#include "pursuit-test-widgets.h"

/* Preferences ▸ Pipeline, with the board open beside it in the window: each
 * change is made as a user makes it, and checked in the store's stages and
 * on the board. */

typedef PursuitTestWidgetFixture Fixture;

static gboolean
is_entry_row_with_text (GtkWidget *widget,
                        gpointer   data)
{
  return ADW_IS_ENTRY_ROW (widget) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), data) == 0;
}

static void
wait_for_columns (GtkWidget  *board,
                  const char *columns)
{
  pursuit_test_wait_for_text ((PursuitTestText) pursuit_test_board_columns, board, columns);
}

static gboolean
has_error_class (gpointer data)
{
  return gtk_widget_has_css_class (data, "error");
}

static void
test_pipeline (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *board = pursuit_test_show_widget (fixture, GTK_WIDGET (pursuit_board_view_new (fixture->context)));
  PursuitPreferencesWindow *preferences = pursuit_preferences_window_new (fixture->context);
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Initech", "Data Analyst");
  GListModel *stages = pursuit_store_get_stages (fixture->store);
  GtkWidget *page;
  GtkWidget *row;
  GtkWidget *shown;
  GtkWidget *button;
  GtkWidget *spin;
  GtkWidget *kind_row;
  GtkWidget *name_row;

  gtk_widget_set_hexpand (board, TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), fixture->window);
  gtk_window_present (GTK_WINDOW (preferences));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "pipeline");
  pursuit_test_wait_for_frame (GTK_WIDGET (preferences));
  page = pursuit_test_find_by_type (GTK_WIDGET (preferences), PURSUIT_TYPE_STAGES_PAGE);
  g_assert_nonnull (page);
  /* Move up, move down for each of the nine stages. */
  g_assert_cmpuint (pursuit_test_check_icon_buttons (page), ==, 18);

  /* Hiding a stage takes its column off the board. */
  row = pursuit_test_find_widget (page, is_entry_row_with_text, (gpointer) "Screening");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Kind: Screening");
  shown = pursuit_test_find_by_type (row, GTK_TYPE_SWITCH);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (shown)));
  gtk_switch_set_active (GTK_SWITCH (shown), FALSE);
  wait_for_columns (board, "Wishlist Applied Interviewing Offer Accepted Rejected Withdrawn Ghosted");

  /* Renaming, applied from the row, renames the column and the job's stage. */
  row = pursuit_test_find_widget (page, is_entry_row_with_text, (gpointer) "Wishlist");
  gtk_editable_set_text (GTK_EDITABLE (row), "Ideas");
  g_signal_emit_by_name (row, "apply");
  wait_for_columns (board, "Ideas Applied Interviewing Offer Accepted Rejected Withdrawn Ghosted");
  g_assert_cmpstr (pursuit_stage_get_name (pursuit_job_get_stage (job)), ==, "Ideas");

  /* Clearing the name gives the kind's name back. */
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_signal_emit_by_name (row, "apply");
  wait_for_columns (board, "Wishlist Applied Interviewing Offer Accepted Rejected Withdrawn Ghosted");
  g_assert_null (pursuit_stage_get_custom_name (pursuit_test_stage_by_id (fixture->store, 1)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Wishlist");

  /* Moving down swaps it with the next stage, on the board too. */
  button = pursuit_test_find_by_tooltip (row, "Move Down");
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_sensitive (pursuit_test_find_by_tooltip (row, "Move Up")));
  g_signal_emit_by_name (button, "clicked");
  wait_for_columns (board, "Applied Wishlist Interviewing Offer Accepted Rejected Withdrawn Ghosted");
  g_assert_cmpint (pursuit_stage_get_id (pursuit_test_stage_at (fixture->store, 1)), ==, 1);
  g_assert_true (gtk_widget_get_sensitive (pursuit_test_find_by_tooltip (row, "Move Up")));

  /* A new stage comes last, with its kind. */
  kind_row = pursuit_test_find_row (page, "Kind");
  name_row = pursuit_test_find_row (page, "Name");
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind_row), PURSUIT_STAGE_KIND_OFFER);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Verbal Offer");
  g_signal_emit_by_name (name_row, "entry-activated");
  pursuit_test_wait_for_count (stages, 10, "the new stage");
  g_assert_cmpstr (pursuit_stage_get_name (pursuit_test_stage_at (fixture->store, 9)), ==, "Verbal Offer");
  g_assert_cmpint (pursuit_stage_get_kind (pursuit_test_stage_at (fixture->store, 9)), ==, PURSUIT_STAGE_KIND_OFFER);
  wait_for_columns (board, "Applied Wishlist Interviewing Offer Accepted Rejected Withdrawn Ghosted Verbal Offer");
  pursuit_test_wait_for_frame (GTK_WIDGET (preferences));
  g_assert_nonnull (pursuit_test_find_widget (page, is_entry_row_with_text, (gpointer) "Verbal Offer"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "");

  /* A duplicate name is refused and flagged. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "offer");
  g_signal_emit_by_name (name_row, "entry-activated");
  pursuit_test_wait_until (has_error_class, name_row, "the refusal");
  g_assert_cmpuint (g_list_model_get_n_items (stages), ==, 10);

  /* The attention threshold is a setting. */
  spin = pursuit_test_find_by_type (page, GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 14);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 30);
  g_assert_cmpint (g_settings_get_int (pursuit_context_get_settings (fixture->context), "attention-days"), ==, 30);
  g_settings_set_int (pursuit_context_get_settings (fixture->context), "attention-days", 7);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin)), ==, 7);
  g_settings_reset (pursuit_context_get_settings (fixture->context), "attention-days");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_WIDGET ("/stages-page/pipeline", test_pipeline);

  return g_test_run ();
}
