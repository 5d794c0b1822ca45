/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-store-stages.h"
#include "pursuit-test-widgets.h"
#include "pursuit-timeline-section.h"

/* A job's timeline section in a plain window, as the job page declares it:
 * its context and job set, corrected and pruned through its buttons and
 * its dialog, checked in the database. */

typedef PursuitTestWidgetFixture Fixture;

static GtkWidget *
show_timeline (Fixture    *fixture,
               PursuitJob *job)
{
  GtkWidget *section = g_object_new (PURSUIT_TYPE_TIMELINE_SECTION,
                                     "context", fixture->context,
                                     "job", job,
                                     NULL);

  gtk_widget_set_size_request (section, 480, -1);
  return pursuit_test_show_widget (fixture, section);
}

typedef struct
{
  GtkWidget *section;
  guint count;
} EntriesWanted;

static gboolean
has_entries (gpointer data)
{
  EntriesWanted *wanted = data;

  return pursuit_test_count_type (wanted->section, ADW_TYPE_ACTION_ROW) == wanted->count;
}

static void
wait_for_entries (GtkWidget *section,
                  guint      count)
{
  EntriesWanted wanted = { section, count };
  g_autofree char *what = g_strdup_printf ("the timeline to show %u entries", count);

  pursuit_test_wait_until (has_entries, &wanted, what);
}

/* The database as another program sees it. */
static GPtrArray *
read_timeline (Fixture    *fixture,
               PursuitJob *job)
{
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (fixture->path);

  return pursuit_test_list_changes (repository, pursuit_job_get_id (job));
}

typedef struct
{
  Fixture *fixture;
  PursuitJob *job;
  gint64 entered_at;
} EntryWanted;

static gboolean
first_entry_is (gpointer data)
{
  EntryWanted *wanted = data;
  g_autoptr(GPtrArray) changes = read_timeline (wanted->fixture, wanted->job);
  PursuitStageChange *change = pursuit_test_change_at (changes, 0);

  return change->entered_at == wanted->entered_at && g_strcmp0 (change->note, "Found at a meetup") == 0;
}

static gboolean
entered_at_is (gpointer data)
{
  EntryWanted *wanted = data;

  return pursuit_job_get_stage_entered_at (wanted->job) == wanted->entered_at;
}

static char *
wishlist_subtitle (gpointer section)
{
  return g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (pursuit_test_find_row (section, "Wishlist"))));
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Initech", "Data Analyst");
  GtkWidget *section = show_timeline (fixture, job);
  g_autoptr(GDateTime) expected = g_date_time_new_local (2024, 1, 15, 9, 30, 0);
  EntryWanted entry = { fixture, job, g_date_time_to_unix (expected) };
  AdwMessageDialog *dialog;
  GtkWidget *button;
  GtkWidget *date_row;
  GtkWidget *time_row;
  GtkWidget *problem;

  wait_for_entries (section, 1);
  pursuit_test_wait_for_frame (section);

  /* The only entry cannot be removed. */
  button = pursuit_test_find_by_tooltip (section, "The only entry cannot be removed");
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_nonnull (pursuit_test_find_by_name (section, GTK_TYPE_WIDGET, "Remove the Wishlist entry"));

  button = pursuit_test_find_by_name (section, GTK_TYPE_WIDGET, "Edit the Wishlist entry");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  dialog = ADW_MESSAGE_DIALOG (pursuit_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  date_row = pursuit_test_find_row (GTK_WIDGET (dialog), "Date");
  time_row = pursuit_test_find_row (GTK_WIDGET (dialog), "Time");
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
  pursuit_test_set_row_text (GTK_WIDGET (dialog), "Note", "Found at a meetup");

  /* As clicking Save does: the response, then the dialog closes. */
  button = pursuit_test_find_button (GTK_WIDGET (dialog), "_Save");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  pursuit_test_wait_for_no_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  pursuit_test_wait_until (first_entry_is, &entry, "the corrected entry to be saved");
  pursuit_test_wait_until (entered_at_is, &entry, "the job to follow its timeline");
  /* The section shows it once the store has read the timeline again. */
  pursuit_test_wait_for_text (wishlist_subtitle, section, "15 January 2024, 09:30\nFound at a meetup");
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Initech", "Data Analyst");
  GtkWidget *section = show_timeline (fixture, job);
  GtkWidget *button;

  wait_for_entries (section, 1);
  pursuit_store_move_job_async (fixture->store, job, pursuit_test_stage_by_id (fixture->store, 7),
                                NULL, NULL, NULL, NULL);
  wait_for_entries (section, 2);
  pursuit_test_wait_for_stage (job, 7);
  pursuit_test_wait_for_frame (section);
  /* Edit and remove on each entry. */
  g_assert_cmpuint (pursuit_test_check_icon_buttons (section), ==, 4);

  /* Removing the wrong move takes the job back to where it was. */
  button = pursuit_test_find_by_name (section, GTK_TYPE_WIDGET, "Remove the Rejected entry");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  wait_for_entries (section, 1);
  pursuit_test_wait_for_stage (job, 1);
  {
    g_autoptr(GPtrArray) changes = read_timeline (fixture, job);

    g_assert_cmpuint (changes->len, ==, 1);
  }

  /* Another job: the section follows. */
  g_object_set (section, "job", pursuit_test_add_job (fixture->store, "Globex", "Agent"), NULL);
  wait_for_entries (section, 1);
  g_object_set (section, "job", NULL, NULL);
  wait_for_entries (section, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_WIDGET ("/timeline/edit", test_edit);
  PURSUIT_TEST_ADD_WIDGET ("/timeline/remove", test_remove);

  return g_test_run ();
}
