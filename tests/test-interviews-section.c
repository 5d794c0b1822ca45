/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-interview-dialog.h"
#include "pursuit-interviews-section.h"
#include "pursuit-store-people.h"
#include "pursuit-test-widgets.h"

/* The interviews of the job shown in the main window, driven through the
 * section's and the dialog's actions as a user's clicks would. */

typedef PursuitTestJobFixture Fixture;

static GtkWidget *
get_section (Fixture *fixture)
{
  return pursuit_test_reach_section (GTK_WIDGET (fixture->window.window), PURSUIT_TYPE_INTERVIEWS_SECTION);
}

/* The dialog has read the contacts to choose interviewers from: it says
 * whose they are, or that there are none. */
static gboolean
dialog_is_ready (gpointer data)
{
  GtkWindow *dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_INTERVIEW_DIALOG);
  GtkWidget *none;

  if (dialog == NULL)
    return FALSE;
  none = pursuit_test_find_label_containing (GTK_WIDGET (dialog), "No contacts at");
  return (none != NULL && gtk_widget_get_visible (none)) ||
         pursuit_test_find_label (GTK_WIDGET (dialog), "People of the company and of this job") != NULL;
}

static GtkWidget *
wait_for_dialog (void)
{
  pursuit_test_wait_until (dialog_is_ready, NULL, "the interview dialog");
  return GTK_WIDGET (pursuit_test_find_toplevel (PURSUIT_TYPE_INTERVIEW_DIALOG));
}

/* Opens the dialog as the section's Add Interview button does and fills
 * the start in; the caller saves. */
static GtkWidget *
open_new_interview (Fixture    *fixture,
                    const char *date,
                    const char *time)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (get_section (fixture), "interviews.add", NULL));
  dialog = wait_for_dialog ();
  pursuit_test_set_row_text (dialog, "Date (YYYY-MM-DD)", date);
  pursuit_test_set_row_text (dialog, "Start Time (HH:MM)", time);
  return dialog;
}

typedef struct
{
  PursuitJob *job;
  gint64 starts_at;
} NextWanted;

static gboolean
next_interview_is (gpointer data)
{
  NextWanted *wanted = data;

  return pursuit_job_get_next_interview_at (wanted->job) == wanted->starts_at;
}

static void
test_add_interview (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, 3);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(PursuitInterview) saved = NULL;
  g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
  g_autofree char *day_text = NULL;
  g_autofree char *title = NULL;
  GtkWidget *dialog;
  GtkWidget *date_row;
  GtkWidget *add_button;
  NextWanted next = { fixture->job, 0 };

  /* Nothing yet, and the page says so. */
  pursuit_test_wait_for_label (get_section (fixture), "No interviews yet");
  g_assert_cmpint (pursuit_job_get_next_interview_at (fixture->job), ==, 0);

  dialog = open_new_interview (fixture, "2026-02-30", "09:30");
  add_button = pursuit_test_find_button (dialog, "_Add");
  date_row = pursuit_test_find_row (dialog, "Date (YYYY-MM-DD)");

  /* An impossible date is pointed out and cannot be saved. */
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  g_assert_false (gtk_widget_get_sensitive (add_button));
  g_assert_nonnull (pursuit_test_find_label (dialog,
                                             "Write the date as YYYY-MM-DD, for example 2026-12-03, and make it a real day"));

  pursuit_test_set_row_text (dialog, "Date (YYYY-MM-DD)", date);
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  g_assert_true (gtk_widget_get_sensitive (add_button));
  pursuit_test_set_row_text (dialog, "Location or Meeting Link", "https://meet.example.com/abc-defg-hij");
  g_assert_true (gtk_widget_activate_action (dialog, "dialog.save", NULL));

  pursuit_test_wait_for_list (fixture->interviews, 1, "the interview to be listed");
  pursuit_test_wait_for_no_toplevel (PURSUIT_TYPE_INTERVIEW_DIALOG);

  /* The row shows the day and time, in the interview's zone (local here). */
  start = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                 g_date_time_get_day_of_month (day), 9, 30, 0);
  next.starts_at = g_date_time_to_unix (start);
  saved = g_list_model_get_item (G_LIST_MODEL (fixture->interviews), 0);
  g_assert_cmpint (pursuit_interview_get_starts_at (saved), ==, next.starts_at);
  g_assert_cmpint (pursuit_interview_get_duration_minutes (saved), ==, 60);
  g_assert_cmpint (pursuit_interview_get_kind (saved), ==, PURSUIT_INTERVIEW_KIND_VIDEO);
  day_text = g_date_time_format (start, "%A %-d %B %Y");
  title = g_strdup_printf ("%s, 09:30–10:30", day_text);
  pursuit_test_wait_for_frame (get_section (fixture));
  g_assert_nonnull (pursuit_test_find_row (get_section (fixture), title));
  g_assert_false (gtk_widget_get_visible (pursuit_test_find_label (get_section (fixture), "No interviews yet")));

  /* The job in the list knows its next interview. */
  pursuit_test_wait_until (next_interview_is, &next, "the job's next interview");

  /* Edit it: an hour earlier. */
  g_assert_true (gtk_widget_activate_action (get_section (fixture), "interviews.edit", "x",
                                             pursuit_interview_get_id (saved)));
  dialog = wait_for_dialog ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_test_find_row (dialog, "Location or Meeting Link"))),
                   ==, "https://meet.example.com/abc-defg-hij");
  pursuit_test_set_row_text (dialog, "Start Time (HH:MM)", "08:30");
  g_assert_true (gtk_widget_activate_action (dialog, "dialog.save", NULL));
  pursuit_test_wait_for_no_toplevel (PURSUIT_TYPE_INTERVIEW_DIALOG);
  next.starts_at -= 3600;
  pursuit_test_wait_until (next_interview_is, &next, "the job's next interview to move");
}

static PursuitContact *
add_contact (Fixture    *fixture,
             const char *name)
{
  g_autoptr(PursuitContact) draft = pursuit_contact_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  PursuitContact *contact;

  pursuit_contact_set_name (draft, name);
  pursuit_contact_set_company (draft, "Acme Ltd");
  pursuit_store_add_contact_async (fixture->window.store, draft, pursuit_job_get_id (fixture->job), NULL,
                                   pursuit_test_keep_result, &result);
  contact = pursuit_store_add_contact_finish (fixture->window.store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  return contact;
}

static gboolean
is_action_row_titled (GtkWidget *widget,
                      gpointer   data)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

/* Interviewers are chosen among the company's contacts; deleting the
 * interview offers an undo. */
static void
test_interviewers_delete_and_undo (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(PursuitContact) jane = add_contact (fixture, "Jane Doe");
  g_autoptr(PursuitContact) raj = add_contact (fixture, "Raj Patel");
  g_autoptr(PursuitInterview) saved = NULL;
  NextWanted none = { fixture->job, 0 };
  GtkWidget *dialog;
  GtkWidget *row;

  dialog = open_new_interview (fixture, "2031-05-06", "14:00");
  row = pursuit_test_find_widget (dialog, is_action_row_titled, (gpointer) "Jane Doe");
  g_assert_nonnull (row);
  g_assert_nonnull (pursuit_test_find_widget (dialog, is_action_row_titled, (gpointer) "Raj Patel"));
  adw_action_row_activate (ADW_ACTION_ROW (row));
  g_assert_true (gtk_widget_activate_action (dialog, "dialog.save", NULL));
  pursuit_test_wait_for_list (fixture->interviews, 1, "the interview to be listed");

  saved = g_list_model_get_item (G_LIST_MODEL (fixture->interviews), 0);
  g_assert_cmpstrv (pursuit_interview_get_interviewer_names (saved), ((const char *[]) { "Jane Doe", NULL }));
  pursuit_test_wait_for_frame (get_section (fixture));
  g_assert_nonnull (pursuit_test_find_label_containing (get_section (fixture), "\nWith Jane Doe"));

  /* Delete from the dialog, then undo from the toast. */
  g_assert_true (gtk_widget_activate_action (get_section (fixture), "interviews.edit", "x",
                                             pursuit_interview_get_id (saved)));
  dialog = wait_for_dialog ();
  g_assert_true (gtk_widget_activate_action (dialog, "dialog.delete", NULL));
  pursuit_test_wait_for_list (fixture->interviews, 0, "the interview to go");
  pursuit_test_wait_until (next_interview_is, &none, "the job to have no next interview");

  pursuit_test_click_undo (GTK_WIDGET (fixture->window.window));
  pursuit_test_wait_for_list (fixture->interviews, 1, "the interview to come back");
  g_clear_object (&saved);
  saved = g_list_model_get_item (G_LIST_MODEL (fixture->interviews), 0);
  g_assert_cmpstrv (pursuit_interview_get_interviewer_names (saved), ((const char *[]) { "Jane Doe", NULL }));
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_JOB ("/interviews-section/add-interview", test_add_interview);
  PURSUIT_TEST_ADD_JOB ("/interviews-section/interviewers-delete-and-undo", test_interviewers_delete_and_undo);

  return g_test_run ();
}
