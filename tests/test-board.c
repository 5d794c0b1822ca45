/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-board-view.h"
#include "pursuit-preferences-window.h"
#include "pursuit-repository.h"
#include "pursuit-stages-page.h"
#include "pursuit-store-stages.h"
#include "pursuit-test-utils.h"
#include "pursuit-timeline-section.h"

/* The board, the Pipeline preferences and a job's timeline, each in a plain
 * window over a real store, driven as a user would and checked against the
 * store's models and the database. */

typedef struct
{
  char *dir;
  char *path;
  PursuitContext *context;
  GtkWindow *window;
  GtkWidget *box;
  PursuitBoardView *board;
  PursuitTimelineSection *timeline;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("pursuit-board-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  fixture->context = pursuit_test_open_context (fixture->path);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 800);
  fixture->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_window_set_child (fixture->window, fixture->box);

  fixture->board = pursuit_board_view_new (fixture->context);
  gtk_widget_set_hexpand (GTK_WIDGET (fixture->board), TRUE);
  gtk_box_append (GTK_BOX (fixture->box), GTK_WIDGET (fixture->board));

  fixture->timeline = pursuit_timeline_section_new (fixture->context);
  gtk_widget_set_size_request (GTK_WIDGET (fixture->timeline), 360, -1);
  gtk_box_append (GTK_BOX (fixture->box), GTK_WIDGET (fixture->timeline));

  gtk_window_present (fixture->window);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *preferences = pursuit_test_find_toplevel (PURSUIT_TYPE_PREFERENCES_WINDOW);

  if (preferences != NULL)
    gtk_window_destroy (preferences);
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->context);
  pursuit_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static PursuitStore *
get_store (Fixture *fixture)
{
  return pursuit_context_get_store (fixture->context);
}

static PursuitStage *
stage_by_id (Fixture *fixture,
             gint64   id)
{
  GListModel *stages = pursuit_store_get_stages (get_store (fixture));

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);

      if (pursuit_stage_get_id (stage) == id)
        return stage;  /* the model keeps it */
    }
  g_assert_not_reached ();
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static PursuitJob *
add_job (Fixture    *fixture,
         const char *title,
         const char *company,
         gboolean    archived)
{
  g_autoptr(PursuitJob) draft = pursuit_job_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;

  pursuit_job_set_title (draft, title);
  pursuit_job_set_company (draft, company);
  pursuit_job_set_next_action (draft, "Send the portfolio");
  pursuit_job_set_next_action_due (draft, "2030-06-01");
  pursuit_job_set_archived (draft, archived);
  pursuit_job_set_stage (draft, pursuit_store_get_default_stage (get_store (fixture)));
  pursuit_store_add_job_async (get_store (fixture), draft, NULL, on_done, &result);
  pursuit_test_wait_until (is_set, &result, "the job to be added");
  job = pursuit_store_add_job_finish (get_store (fixture), result, &error);
  g_assert_no_error (error);
  g_object_unref (job);  /* the store keeps it */
  return job;
}

typedef struct
{
  Fixture *fixture;
  gint64 stage_id;
  guint count;
} CardsWanted;

static gboolean
has_cards (gpointer data)
{
  CardsWanted *wanted = data;

  return pursuit_board_view_get_n_cards (wanted->fixture->board,
                                         stage_by_id (wanted->fixture, wanted->stage_id)) == wanted->count;
}

static void
wait_for_cards (Fixture *fixture,
                gint64   stage_id,
                guint    count)
{
  CardsWanted wanted = { fixture, stage_id, count };
  g_autofree char *what = g_strdup_printf ("%u cards in the column of stage %" G_GINT64_FORMAT,
                                           count, stage_id);

  pursuit_test_wait_until (has_cards, &wanted, what);
}

typedef struct
{
  PursuitTimelineSection *timeline;
  guint count;
} EntriesWanted;

static gboolean
has_entries (gpointer data)
{
  EntriesWanted *wanted = data;

  return pursuit_timeline_section_get_n_entries (wanted->timeline) == wanted->count;
}

static void
wait_for_entries (Fixture *fixture,
                  guint    count)
{
  EntriesWanted wanted = { fixture->timeline, count };

  pursuit_test_wait_until (has_entries, &wanted, "the timeline to show its entries");
}

/* The database as another program sees it. */
static GPtrArray *
read_timeline (Fixture    *fixture,
               PursuitJob *job)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitRepository) repository = pursuit_repository_open (fixture->path, &error);
  GPtrArray *changes;

  g_assert_no_error (error);
  changes = pursuit_repository_list_stage_changes (repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  return changes;
}

static gboolean
is_button_with_tooltip (GtkWidget *widget,
                        gpointer   data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

static void
check_icon_buttons (GtkWidget *widget,
                    guint     *checked)
{
  const char *icon = NULL;
  const char *label = NULL;

  /* GTK's own spin buttons are GTK's business. */
  if (GTK_IS_SPIN_BUTTON (widget))
    return;

  if (GTK_IS_MENU_BUTTON (widget))
    {
      icon = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget));
      label = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
    }
  else if (GTK_IS_BUTTON (widget))
    {
      icon = gtk_button_get_icon_name (GTK_BUTTON (widget));
      label = gtk_button_get_label (GTK_BUTTON (widget));
    }

  if (icon != NULL && label == NULL && gtk_widget_get_visible (widget))
    {
      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("The %s button with icon %s has no accessible label", G_OBJECT_TYPE_NAME (widget), icon);
      (*checked)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    check_icon_buttons (child, checked);
}

/* Board */

static void
test_columns (Fixture       *fixture,
              gconstpointer  data)
{
  static const char * const names[] = {
    "Wishlist", "Applied", "Screening", "Interviewing", "Offer",
    "Accepted", "Rejected", "Withdrawn", "Ghosted",
  };
  guint checked = 0;

  g_assert_cmpuint (pursuit_board_view_get_n_columns (fixture->board), ==, G_N_ELEMENTS (names));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_cmpstr (pursuit_stage_get_name (pursuit_board_view_get_column_stage (fixture->board, i)), ==, names[i]);
      g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (fixture->board), names[i]));
    }
  g_assert_cmpuint (pursuit_board_view_get_n_cards (fixture->board, stage_by_id (fixture, 1)), ==, 0);

  add_job (fixture, "Data Analyst", "Initech", FALSE);
  add_job (fixture, "Support Engineer", "Globex", FALSE);
  add_job (fixture, "Archivist", "Hooli", TRUE);

  /* Archived jobs stay off the board. */
  wait_for_cards (fixture, 1, 2);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (fixture->board), "Data Analyst"));
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (fixture->board), "Initech"));
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (fixture->board), "2"));
  g_assert_null (pursuit_test_find_label (GTK_WIDGET (fixture->board), "Archivist"));

  check_icon_buttons (GTK_WIDGET (fixture->board), &checked);
  g_assert_cmpuint (checked, ==, 2);
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
  PursuitJob *job = add_job (fixture, "Data Analyst", "Initech", FALSE);
  g_autoptr(PursuitJob) activated = NULL;
  GtkWidget *list;

  g_signal_connect (fixture->board, "job-activated", G_CALLBACK (on_job_activated), &activated);
  wait_for_cards (fixture, 1, 1);
  list = pursuit_test_find_by_type (GTK_WIDGET (fixture->board), GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (list);
  g_signal_emit_by_name (list, "activate", 0);
  g_assert_true (activated == job);
}

static gboolean
stage_is (gpointer data)
{
  gpointer *args = data;

  return pursuit_stage_get_id (pursuit_job_get_stage (args[0])) == GPOINTER_TO_INT (args[1]);
}

/* The widget test: a job moved on the board lands in its new column,
 * its stage changes in the model the list shows, and its timeline gains
 * the move, on screen and in the database. */
static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  PursuitJob *job = add_job (fixture, "Data Analyst", "Initech", FALSE);
  PursuitJob *other = add_job (fixture, "Support Engineer", "Globex", FALSE);
  g_autoptr(GPtrArray) changes = NULL;
  gpointer args[] = { job, GINT_TO_POINTER (2) };

  pursuit_timeline_section_set_job (fixture->timeline, job);
  wait_for_entries (fixture, 1);
  wait_for_cards (fixture, 1, 2);

  /* As the "Move to" menu does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->board), "board.move-job", "(xs)",
                                             pursuit_job_get_id (job), "2"));
  wait_for_cards (fixture, 2, 1);
  wait_for_cards (fixture, 1, 1);
  pursuit_test_wait_until (stage_is, args, "the job to be in Applied");
  g_assert_true (pursuit_store_find_job (get_store (fixture), pursuit_job_get_id (job)) == job);
  g_assert_true (pursuit_job_get_stage (job) == stage_by_id (fixture, 2));
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (other)), ==, 1);
  wait_for_entries (fixture, 2);

  changes = read_timeline (fixture, job);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpint (((PursuitStageChange *) g_ptr_array_index (changes, 1))->stage_id, ==, 2);
  g_assert_cmpint (((PursuitStageChange *) g_ptr_array_index (changes, 1))->entered_at, ==,
                   pursuit_job_get_stage_entered_at (job));
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* As a drop on a column does. */
  pursuit_board_view_move_job (fixture->board, job, stage_by_id (fixture, 4));
  wait_for_cards (fixture, 4, 1);
  wait_for_cards (fixture, 2, 0);
  wait_for_entries (fixture, 3);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (fixture->timeline), "Interviewing"));
  changes = read_timeline (fixture, job);
  g_assert_cmpuint (changes->len, ==, 3);
  g_assert_cmpint (((PursuitStageChange *) g_ptr_array_index (changes, 2))->stage_id, ==, 4);

  /* A move made elsewhere (here the store itself) reaches the board too. */
  pursuit_store_move_job_async (get_store (fixture), other, stage_by_id (fixture, 7), "No reply", NULL, NULL, NULL);
  wait_for_cards (fixture, 7, 1);
  wait_for_cards (fixture, 1, 0);
}

static void
test_move_menu (Fixture       *fixture,
                gconstpointer  data)
{
  PursuitJob *job = add_job (fixture, "Data Analyst", "Initech", FALSE);
  GtkWidget *button;
  GMenuModel *menu;
  GMenuModel *section;
  g_autoptr(GVariant) target = NULL;
  g_autofree char *label = NULL;
  gint64 job_id;
  const char *stage_id;

  wait_for_cards (fixture, 1, 1);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  button = pursuit_test_find_by_type (GTK_WIDGET (fixture->board), GTK_TYPE_MENU_BUTTON);
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
  g_object_unref (section);
}

static gboolean
n_columns_is (gpointer data)
{
  gpointer *args = data;

  return pursuit_board_view_get_n_columns (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static gboolean
is_entry_row_with_text (GtkWidget *widget,
                        gpointer   data)
{
  return ADW_IS_ENTRY_ROW (widget) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), data) == 0;
}

static gboolean
stage_named (gpointer data)
{
  gpointer *args = data;

  return g_strcmp0 (pursuit_stage_get_name (stage_by_id (args[0], GPOINTER_TO_INT (args[1]))), args[2]) == 0;
}

static gboolean
stage_at (gpointer data)
{
  gpointer *args = data;
  g_autoptr(PursuitStage) stage = g_list_model_get_item (pursuit_store_get_stages (args[0]),
                                                         GPOINTER_TO_UINT (args[1]));

  return stage != NULL && pursuit_stage_get_id (stage) == GPOINTER_TO_INT (args[2]);
}

static gboolean
n_stages_is (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (pursuit_store_get_stages (args[0])) == GPOINTER_TO_UINT (args[1]);
}

static gboolean
has_error_class (gpointer data)
{
  return gtk_widget_has_css_class (data, "error");
}

/* Preferences ▸ Pipeline, with the board open beside it. */
static void
test_pipeline_preferences (Fixture       *fixture,
                           gconstpointer  data)
{
  PursuitPreferencesWindow *preferences = pursuit_preferences_window_new (fixture->context);
  PursuitJob *job = add_job (fixture, "Data Analyst", "Initech", FALSE);
  GtkWidget *page;
  GtkWidget *row;
  GtkWidget *shown;
  GtkWidget *button;
  GtkWidget *spin;
  GtkWidget *kind_row;
  GtkWidget *name_row;
  guint checked = 0;

  gtk_window_set_transient_for (GTK_WINDOW (preferences), fixture->window);
  gtk_window_present (GTK_WINDOW (preferences));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "pipeline");
  pursuit_test_wait_for_frame (GTK_WIDGET (preferences));
  page = pursuit_test_find_by_type (GTK_WIDGET (preferences), PURSUIT_TYPE_STAGES_PAGE);
  g_assert_nonnull (page);
  check_icon_buttons (page, &checked);
  g_assert_cmpuint (checked, ==, 18);

  /* Hiding a stage takes its column off the board. */
  row = pursuit_test_find_widget (page, is_entry_row_with_text, (gpointer) "Screening");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Kind: Screening");
  shown = pursuit_test_find_by_type (row, GTK_TYPE_SWITCH);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (shown)));
  gtk_switch_set_active (GTK_SWITCH (shown), FALSE);
  {
    gpointer args[] = { fixture->board, GUINT_TO_POINTER (8) };

    pursuit_test_wait_until (n_columns_is, args, "the hidden stage's column to go");
  }
  for (guint i = 0; i < pursuit_board_view_get_n_columns (fixture->board); i++)
    g_assert_cmpint (pursuit_stage_get_id (pursuit_board_view_get_column_stage (fixture->board, i)), !=, 3);

  /* Renaming, applied from the row, renames the column and the job's stage. */
  row = pursuit_test_find_widget (page, is_entry_row_with_text, (gpointer) "Wishlist");
  gtk_editable_set_text (GTK_EDITABLE (row), "Ideas");
  g_signal_emit_by_name (row, "apply");
  {
    gpointer args[] = { fixture, GINT_TO_POINTER (1), (gpointer) "Ideas" };

    pursuit_test_wait_until (stage_named, args, "the stage to be renamed");
  }
  g_assert_cmpstr (pursuit_stage_get_name (pursuit_job_get_stage (job)), ==, "Ideas");
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (fixture->board), "Ideas"));
  g_assert_cmpstr (pursuit_stage_get_name (pursuit_board_view_get_column_stage (fixture->board, 0)), ==, "Ideas");

  /* Clearing the name gives the kind's name back. */
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_signal_emit_by_name (row, "apply");
  {
    gpointer args[] = { fixture, GINT_TO_POINTER (1), (gpointer) "Wishlist" };

    pursuit_test_wait_until (stage_named, args, "the stage to get its name back");
  }
  g_assert_null (pursuit_stage_get_custom_name (stage_by_id (fixture, 1)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Wishlist");

  /* Moving down swaps it with the next stage, on the board too. */
  button = pursuit_test_find_widget (row, is_button_with_tooltip, (gpointer) "Move Down");
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_sensitive (pursuit_test_find_widget (row, is_button_with_tooltip,
                                                                      (gpointer) "Move Up")));
  g_signal_emit_by_name (button, "clicked");
  {
    gpointer args[] = { get_store (fixture), GUINT_TO_POINTER (1), GINT_TO_POINTER (1) };

    pursuit_test_wait_until (stage_at, args, "the stage to move down");
  }
  g_assert_cmpint (pursuit_stage_get_id (pursuit_board_view_get_column_stage (fixture->board, 0)), ==, 2);
  g_assert_cmpint (pursuit_stage_get_id (pursuit_board_view_get_column_stage (fixture->board, 1)), ==, 1);
  g_assert_true (gtk_widget_get_sensitive (pursuit_test_find_widget (row, is_button_with_tooltip,
                                                                     (gpointer) "Move Up")));

  /* A new stage comes last, with its kind. */
  kind_row = pursuit_test_find_row (page, "Kind");
  name_row = pursuit_test_find_row (page, "Name");
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind_row), PURSUIT_STAGE_KIND_OFFER);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Verbal Offer");
  g_signal_emit_by_name (name_row, "entry-activated");
  {
    gpointer args[] = { get_store (fixture), GUINT_TO_POINTER (10) };

    pursuit_test_wait_until (n_stages_is, args, "the new stage");
  }
  {
    g_autoptr(PursuitStage) added = g_list_model_get_item (pursuit_store_get_stages (get_store (fixture)), 9);

    g_assert_cmpstr (pursuit_stage_get_name (added), ==, "Verbal Offer");
    g_assert_cmpint (pursuit_stage_get_kind (added), ==, PURSUIT_STAGE_KIND_OFFER);
  }
  g_assert_cmpuint (pursuit_board_view_get_n_columns (fixture->board), ==, 9);
  pursuit_test_wait_for_frame (GTK_WIDGET (preferences));
  g_assert_nonnull (pursuit_test_find_widget (page, is_entry_row_with_text, (gpointer) "Verbal Offer"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "");

  /* A duplicate name is refused and flagged. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "offer");
  g_signal_emit_by_name (name_row, "entry-activated");
  pursuit_test_wait_until (has_error_class, name_row, "the refusal");
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_stages (get_store (fixture))), ==, 10);

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

/* Timeline */

static gboolean
is_message_dialog (gpointer data)
{
  return pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
no_message_dialog (gpointer data)
{
  return !is_message_dialog (data);
}

static gboolean
entered_at_is (gpointer data)
{
  gpointer *args = data;

  return pursuit_job_get_stage_entered_at (args[0]) == (gint64) GPOINTER_TO_SIZE (args[1]);
}

static gboolean
is_button_labelled (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static gboolean
first_entry_is (gpointer data)
{
  gpointer *args = data;
  g_autoptr(GPtrArray) changes = read_timeline (args[0], args[1]);
  PursuitStageChange *change = g_ptr_array_index (changes, 0);

  return change->entered_at == (gint64) GPOINTER_TO_SIZE (args[2]) && g_strcmp0 (change->note, "Found at a meetup") == 0;
}

static void
test_timeline_edit (Fixture       *fixture,
                    gconstpointer  data)
{
  PursuitJob *job = add_job (fixture, "Data Analyst", "Initech", FALSE);
  g_autoptr(GDateTime) expected = g_date_time_new_local (2024, 1, 15, 9, 30, 0);
  AdwMessageDialog *dialog;
  GtkWidget *button;
  GtkWidget *date_row;
  GtkWidget *time_row;
  GtkWidget *note_row;
  GtkWidget *problem;

  pursuit_timeline_section_set_job (fixture->timeline, job);
  wait_for_entries (fixture, 1);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));

  /* The only entry cannot be removed. */
  button = pursuit_test_find_widget (GTK_WIDGET (fixture->timeline), is_button_with_tooltip,
                                     (gpointer) "The only entry cannot be removed");
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_sensitive (button));

  button = pursuit_test_find_widget (GTK_WIDGET (fixture->timeline), is_button_with_tooltip, (gpointer) "Edit");
  g_signal_emit_by_name (button, "clicked");
  pursuit_test_wait_until (is_message_dialog, NULL, "the edit dialog");
  dialog = ADW_MESSAGE_DIALOG (pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  date_row = pursuit_test_find_row (GTK_WIDGET (dialog), "Date");
  time_row = pursuit_test_find_row (GTK_WIDGET (dialog), "Time");
  note_row = pursuit_test_find_row (GTK_WIDGET (dialog), "Note");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));

  /* Each field says what is wrong, and Save waits. */
  gtk_editable_set_text (GTK_EDITABLE (date_row), "2025-02-30");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  problem = pursuit_test_find_label (GTK_WIDGET (dialog), "There is no such date.");
  g_assert_nonnull (problem);
  g_assert_true (gtk_widget_get_visible (problem));
  gtk_editable_set_text (GTK_EDITABLE (date_row), "15/01/2024");
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (dialog),
                                             "Enter the date as YYYY-MM-DD, for example 2026-11-24."));
  gtk_editable_set_text (GTK_EDITABLE (date_row), "2999-01-15");
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (dialog), "A stage change cannot be dated in the future."));
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  gtk_editable_set_text (GTK_EDITABLE (date_row), "2024-01-15");
  gtk_editable_set_text (GTK_EDITABLE (time_row), "25:00");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_true (gtk_widget_has_css_class (time_row, "error"));
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (time_row), "09:30");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_false (gtk_widget_get_visible (problem));
  gtk_editable_set_text (GTK_EDITABLE (note_row), "Found at a meetup");

  /* As clicking Save does: the response, then the dialog closes. */
  button = pursuit_test_find_widget (GTK_WIDGET (dialog), is_button_labelled, (gpointer) "_Save");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  pursuit_test_wait_until (no_message_dialog, NULL, "the dialog to close");
  {
    gpointer args[] = { fixture, job, GSIZE_TO_POINTER (g_date_time_to_unix (expected)) };

    pursuit_test_wait_until (first_entry_is, args, "the corrected entry to be saved");
  }
  {
    gpointer args[] = { job, GSIZE_TO_POINTER (g_date_time_to_unix (expected)) };

    pursuit_test_wait_until (entered_at_is, args, "the job to follow its timeline");
  }
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_nonnull (pursuit_test_find_row (GTK_WIDGET (fixture->timeline), "Wishlist"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (pursuit_test_find_row (GTK_WIDGET (fixture->timeline), "Wishlist"))),
                   ==, "15 January 2024, 09:30\nFound at a meetup");
}

static void
test_timeline_remove (Fixture       *fixture,
                      gconstpointer  data)
{
  PursuitJob *job = add_job (fixture, "Data Analyst", "Initech", FALSE);
  GtkWidget *button;
  gpointer args[] = { job, GINT_TO_POINTER (1) };
  guint checked = 0;

  pursuit_timeline_section_set_job (fixture->timeline, job);
  wait_for_entries (fixture, 1);
  pursuit_board_view_move_job (fixture->board, job, stage_by_id (fixture, 7));
  wait_for_entries (fixture, 2);
  wait_for_cards (fixture, 7, 1);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  check_icon_buttons (GTK_WIDGET (fixture->timeline), &checked);
  g_assert_cmpuint (checked, ==, 4);

  /* Removing the wrong move takes the job back to where it was. */
  button = pursuit_test_find_widget (pursuit_test_find_row (GTK_WIDGET (fixture->timeline), "Rejected"),
                                     is_button_with_tooltip, (gpointer) "Remove");
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  wait_for_entries (fixture, 1);
  pursuit_test_wait_until (stage_is, args, "the job to be back in Wishlist");
  wait_for_cards (fixture, 1, 1);
  wait_for_cards (fixture, 7, 0);
  {
    g_autoptr(GPtrArray) changes = read_timeline (fixture, job);

    g_assert_cmpuint (changes->len, ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/board/columns", test_columns);
  ADD ("/board/activate", test_activate);
  ADD ("/board/move", test_move);
  ADD ("/board/move-menu", test_move_menu);
  ADD ("/board/pipeline-preferences", test_pipeline_preferences);
  ADD ("/timeline/edit", test_timeline_edit);
  ADD ("/timeline/remove", test_timeline_remove);

#undef ADD

  return g_test_run ();
}
