/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-add-job-dialog.h"
#include "pursuit-test-widgets.h"

/* The Add Job dialog as a user fills it in: what was posted (place,
 * address, pay, the posting's text) is read as the job page reads it and
 * saved with the job; a wrong value is told under its field; Enter on a
 * job already tracked asks before adding it twice. */

/* A plain window, the dialog's parent, on a database of its own. */
typedef struct
{
  PursuitTestWidgetFixture widget;
  PursuitAddJobDialog *dialog;
  PursuitJob *added;
} Fixture;

static void
on_job_added (PursuitAddJobDialog *dialog,
              PursuitJob          *job,
              Fixture             *fixture)
{
  g_set_object (&fixture->added, job);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  pursuit_test_widget_set_up (&fixture->widget, data);
}

static void
open_dialog (Fixture *fixture)
{
  fixture->dialog = pursuit_add_job_dialog_new (fixture->widget.context);
  g_signal_connect (fixture->dialog, "job-added", G_CALLBACK (on_job_added), fixture);
  gtk_window_set_transient_for (GTK_WINDOW (fixture->dialog), fixture->widget.window);
  gtk_window_present (GTK_WINDOW (fixture->dialog));
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->dialog));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* The dialog and its questions go with the other windows. */
  pursuit_test_widget_tear_down (&fixture->widget, data);
  g_clear_object (&fixture->added);
}

static GtkWidget *
row (Fixture    *fixture,
     const char *title)
{
  GtkWidget *found = pursuit_test_find_row (GTK_WIDGET (fixture->dialog), title);

  g_assert_nonnull (found);
  return found;
}

static void
type_into (Fixture    *fixture,
           const char *title,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row (fixture, title)), text);
}

static gboolean
is_add_button (GtkWidget *widget,
               gpointer   data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "dialog.add") == 0;
}

/* The Add button follows the action: sensitive when it may be used. */
static gboolean
can_add (Fixture *fixture)
{
  GtkWidget *button = pursuit_test_find_widget (GTK_WIDGET (fixture->dialog), is_add_button, NULL);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

/* The visible message just under the row titled @title, or NULL. */
static const char *
message_under (Fixture    *fixture,
               const char *title)
{
  GtkWidget *next = gtk_widget_get_next_sibling (row (fixture, title));

  if (next == NULL || !gtk_widget_get_visible (next) || !GTK_IS_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (next))))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (next))));
}

static gboolean
is_text_view (GtkWidget *widget,
              gpointer   data)
{
  return GTK_IS_TEXT_VIEW (widget);
}

static GListModel *
jobs_model (Fixture *fixture)
{
  return pursuit_store_get_jobs (fixture->widget.store);
}

static gboolean
was_added (gpointer data)
{
  return ((Fixture *) data)->added != NULL;
}

/* Everything at hand when a posting is found, saved with the job. */
static void
test_posted_fields (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *posting;
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) saved = NULL;

  open_dialog (fixture);
  type_into (fixture, "Job Title", "Support Agent");
  type_into (fixture, "Company", "Acme Ltd");
  type_into (fixture, "Location", "Denver, CO");
  type_into (fixture, "Posting URL", "https://acme.example/jobs/12");
  type_into (fixture, "Minimum", "38,500");
  type_into (fixture, "Maximum", "48500");
  type_into (fixture, "Currency (USD, EUR, GBP…)", "usd");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (fixture, "Per")), PURSUIT_PAY_PERIOD_YEAR);
  posting = pursuit_test_find_widget (GTK_WIDGET (fixture->dialog), is_text_view, NULL);
  g_assert_nonnull (posting);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (posting)),
                            "We are hiring a support agent.\n\nShifts: days.", -1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "dialog.add", NULL));
  pursuit_test_wait_until (was_added, fixture, "the job to be added");

  /* As another program reads it back. */
  repository = pursuit_test_open_repository (fixture->widget.path);
  saved = pursuit_test_read_job (repository, pursuit_job_get_id (fixture->added));
  g_assert_cmpstr (pursuit_job_get_title (saved), ==, "Support Agent");
  g_assert_cmpstr (pursuit_job_get_location (saved), ==, "Denver, CO");
  g_assert_cmpstr (pursuit_job_get_url (saved), ==, "https://acme.example/jobs/12");
  g_assert_cmpfloat (pursuit_job_get_pay_min (saved), ==, 38500);
  g_assert_cmpfloat (pursuit_job_get_pay_max (saved), ==, 48500);
  g_assert_cmpstr (pursuit_job_get_pay_currency (saved), ==, "USD");
  g_assert_cmpint (pursuit_job_get_pay_period (saved), ==, PURSUIT_PAY_PERIOD_YEAR);
  g_assert_cmpstr (pursuit_job_get_posting_text (saved), ==, "We are hiring a support agent.\n\nShifts: days.");
}

/* Wrong values are told under their own field and nothing is added. */
static void
test_wrong_values (Fixture       *fixture,
                   gconstpointer  data)
{
  open_dialog (fixture);
  type_into (fixture, "Job Title", "Support Agent");
  type_into (fixture, "Company", "Acme Ltd");
  g_assert_true (can_add (fixture));
  g_assert_null (message_under (fixture, "Posting URL"));

  type_into (fixture, "Posting URL", "ftp://acme.example/jobs");
  g_assert_cmpstr (message_under (fixture, "Posting URL"), ==,
                   "Write a web address starting with http:// or https://, such as https://example.com/jobs/1");
  g_assert_true (gtk_widget_has_css_class (row (fixture, "Posting URL"), "error"));
  g_assert_false (can_add (fixture));

  type_into (fixture, "Minimum", "a lot");
  g_assert_cmpstr (message_under (fixture, "Minimum"), ==,
                   "Write a figure of zero or more, such as 38500, 38,500 or 19.08");
  type_into (fixture, "Posting URL", "");
  type_into (fixture, "Minimum", "50000");
  g_assert_null (message_under (fixture, "Posting URL"));
  g_assert_null (message_under (fixture, "Minimum"));
  g_assert_true (can_add (fixture));

  /* The pay as a whole is checked on Add, and said where the fix goes. */
  type_into (fixture, "Maximum", "40000");
  type_into (fixture, "Currency (USD, EUR, GBP…)", "EUR");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "dialog.add", NULL));
  g_assert_cmpstr (message_under (fixture, "Maximum"), ==, "The maximum pay is below the minimum");
  g_assert_false (can_add (fixture));

  type_into (fixture, "Maximum", "60000");
  type_into (fixture, "Currency (USD, EUR, GBP…)", "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "dialog.add", NULL));
  g_assert_cmpstr (message_under (fixture, "Currency (USD, EUR, GBP…)"), ==, "Pay needs a currency, such as USD or EUR");

  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->dialog));
  g_assert_null (fixture->added);
  g_assert_cmpuint (g_list_model_get_n_items (jobs_model (fixture)), ==, 0);
}

/* Presses Enter in the company row: through the keyboard when it can,
 * else as the row does when Enter reaches it. */
static void
press_enter_in_company (Fixture *fixture)
{
  GtkWidget *company = row (fixture, "Company");

  gtk_widget_grab_focus (company);
  if (!pursuit_test_send_keys (company, "Return"))
    g_signal_emit_by_name (company, "entry-activated");
}

static void
test_enter_on_duplicate_asks (Fixture       *fixture,
                              gconstpointer  data)
{
  AdwMessageDialog *question;

  pursuit_test_add_job (fixture->widget.store, "Acme Ltd", "Support Agent");
  open_dialog (fixture);
  type_into (fixture, "Job Title", "support agent");
  type_into (fixture, "Company", "ACME Ltd.");
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (fixture->dialog),
                                             "You already track “Support Agent” at Acme Ltd (Wishlist)."));

  /* Enter asks; its own default (Enter again) adds nothing. */
  press_enter_in_company (fixture);
  question = ADW_MESSAGE_DIALOG (pursuit_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_default_response (question), !=, "add");
  adw_message_dialog_response (question, "cancel");
  gtk_window_destroy (GTK_WINDOW (question));
  pursuit_test_wait_for_no_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->dialog));
  g_assert_cmpuint (g_list_model_get_n_items (jobs_model (fixture)), ==, 1);
  g_assert_null (fixture->added);

  /* Asked again, the user says to add it. */
  press_enter_in_company (fixture);
  question = ADW_MESSAGE_DIALOG (pursuit_test_wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  adw_message_dialog_response (question, "add");
  gtk_window_destroy (GTK_WINDOW (question));
  pursuit_test_wait_for_count (jobs_model (fixture), 2, "the second copy");
  pursuit_test_wait_until (was_added, fixture, "the job-added signal");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_OWN ("/add-job-dialog/posted-fields", test_posted_fields);
  PURSUIT_TEST_ADD_OWN ("/add-job-dialog/wrong-values", test_wrong_values);
  PURSUIT_TEST_ADD_OWN ("/add-job-dialog/enter-on-duplicate-asks", test_enter_on_duplicate_asks);

  return g_test_run ();
}
