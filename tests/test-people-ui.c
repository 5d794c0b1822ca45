/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "pursuit-contact-dialog.h"
#include "pursuit-contacts-section.h"
#include "pursuit-interview-dialog.h"
#include "pursuit-interviews-section.h"
#include "pursuit-job-page.h"
#include "pursuit-jobs-view.h"
#include "pursuit-test-utils.h"
#include "pursuit-vcard.h"
#include "pursuit-window.h"

/* Interviews and contacts on the job page, driven through the sections' and
 * dialogs' actions as a user's clicks would. */

typedef struct
{
  char *dir;
  char *path;
  PursuitContext *context;
  PursuitWindow *window;
  PursuitJob *job;
  PursuitInterviewsSection *interviews;
  PursuitContactsSection *contacts;
} Fixture;

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
sections_settled (gpointer data)
{
  Fixture *fixture = data;

  return !pursuit_interviews_section_is_loading (fixture->interviews) &&
         !pursuit_contacts_section_is_loading (fixture->contacts);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  PursuitStore *store;
  g_autoptr(PursuitJob) draft = pursuit_job_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *view;
  GtkWidget *page;

  fixture->dir = g_dir_make_tmp ("pursuit-people-ui-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  fixture->context = pursuit_test_open_context (fixture->path);
  store = pursuit_context_get_store (fixture->context);

  pursuit_job_set_title (draft, "Customer Success Specialist");
  pursuit_job_set_company (draft, "Acme Ltd");
  pursuit_job_set_stage (draft, pursuit_store_get_default_stage (store));
  pursuit_store_add_job_async (store, draft, NULL, on_done, &result);
  pursuit_test_wait_until (is_set, &result, "the job to be added");
  fixture->job = pursuit_store_add_job_finish (store, result, &error);
  g_assert_no_error (error);

  fixture->window = pursuit_window_new (NULL, fixture->context);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 860);
  gtk_window_present (GTK_WINDOW (fixture->window));
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));

  view = pursuit_test_find_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_JOBS_VIEW);
  pursuit_jobs_view_select_job (PURSUIT_JOBS_VIEW (view), fixture->job);
  page = pursuit_test_find_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_JOB_PAGE);
  g_assert_nonnull (page);
  g_assert_true (pursuit_job_page_get_job (PURSUIT_JOB_PAGE (page)) == fixture->job);

  fixture->interviews = PURSUIT_INTERVIEWS_SECTION (pursuit_test_find_by_type (page, PURSUIT_TYPE_INTERVIEWS_SECTION));
  fixture->contacts = PURSUIT_CONTACTS_SECTION (pursuit_test_find_by_type (page, PURSUIT_TYPE_CONTACTS_SECTION));
  g_assert_nonnull (fixture->interviews);
  g_assert_nonnull (fixture->contacts);
  pursuit_test_wait_until (sections_settled, fixture, "the sections to load");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_INTERVIEW_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  while ((dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_CONTACT_DIALOG)) != NULL)
    gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->job);
  g_clear_object (&fixture->context);
  pursuit_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gboolean
has_interview_dialog (gpointer data)
{
  GtkWindow *dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_INTERVIEW_DIALOG);

  return dialog != NULL && !pursuit_interview_dialog_is_loading (PURSUIT_INTERVIEW_DIALOG (dialog));
}

static gboolean
has_no_interview_dialog (gpointer data)
{
  return pursuit_test_find_toplevel (PURSUIT_TYPE_INTERVIEW_DIALOG) == NULL;
}

static gboolean
has_contact_dialog (gpointer data)
{
  return pursuit_test_find_toplevel (PURSUIT_TYPE_CONTACT_DIALOG) != NULL;
}

static gboolean
has_no_contact_dialog (gpointer data)
{
  return pursuit_test_find_toplevel (PURSUIT_TYPE_CONTACT_DIALOG) == NULL;
}

typedef struct
{
  GListModel *model;
  guint count;
} CountWanted;

static gboolean
has_count (gpointer data)
{
  CountWanted *wanted = data;

  return g_list_model_get_n_items (wanted->model) == wanted->count;
}

static void
wait_for_count (GListModel *model,
                guint       count,
                const char *what)
{
  CountWanted wanted = { model, count };

  pursuit_test_wait_until (has_count, &wanted, what);
}

static gboolean
is_button_labelled (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static GtkWidget *
set_row_text (GtkWindow  *dialog,
              const char *title,
              const char *text)
{
  GtkWidget *row = pursuit_test_find_row (GTK_WIDGET (dialog), title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  return row;
}

static gboolean
label_is_mapped (gpointer data)
{
  gpointer *args = data;
  GtkWidget *label = pursuit_test_find_label (args[0], args[1]);

  return label != NULL && gtk_widget_get_mapped (label);
}

static void
wait_for_mapped_label (GtkWidget  *root,
                       const char *text)
{
  gpointer args[] = { root, (gpointer) text };

  pursuit_test_wait_until (label_is_mapped, args, text);
}

static gboolean
next_interview_is (gpointer data)
{
  gpointer *args = data;

  return pursuit_job_get_next_interview_at (args[0]) == *(gint64 *) args[1];
}

/* Opens the dialog from the section's Add Interview button and fills the
 * start in; the caller saves. */
static GtkWindow *
open_new_interview (Fixture    *fixture,
                    const char *date,
                    const char *time)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->interviews), "interviews.add", NULL));
  pursuit_test_wait_until (has_interview_dialog, NULL, "the interview dialog");
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_INTERVIEW_DIALOG);
  set_row_text (dialog, "Date (YYYY-MM-DD)", date);
  set_row_text (dialog, "Start Time (HH:MM)", time);
  return dialog;
}

static void
test_add_interview (Fixture       *fixture,
                    gconstpointer  data)
{
  GListModel *interviews = pursuit_interviews_section_get_interviews (fixture->interviews);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, 3);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(PursuitInterview) saved = NULL;
  g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
  g_autofree char *title = NULL;
  GtkWindow *dialog;
  GtkWidget *date_row;
  GtkWidget *add_button;
  gint64 starts_at;
  gpointer args[2];

  /* Nothing yet, and the page says so. */
  wait_for_mapped_label (GTK_WIDGET (fixture->interviews), "No interviews yet");
  g_assert_cmpint (pursuit_job_get_next_interview_at (fixture->job), ==, 0);

  dialog = open_new_interview (fixture, "2026-02-30", "09:30");
  add_button = pursuit_test_find_widget (GTK_WIDGET (dialog), is_button_labelled, (gpointer) "_Add");
  date_row = pursuit_test_find_row (GTK_WIDGET (dialog), "Date (YYYY-MM-DD)");

  /* An impossible date is pointed out and cannot be saved. */
  g_assert_true (gtk_widget_has_css_class (date_row, "error"));
  g_assert_false (gtk_widget_get_sensitive (add_button));
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (dialog),
                                             "Write the date as YYYY-MM-DD, for example 2026-12-03, and make it a real day"));

  set_row_text (dialog, "Date (YYYY-MM-DD)", date);
  g_assert_false (gtk_widget_has_css_class (date_row, "error"));
  g_assert_true (gtk_widget_get_sensitive (add_button));
  set_row_text (dialog, "Location or Meeting Link", "https://meet.example.com/abc-defg-hij");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));

  wait_for_count (interviews, 1, "the interview to be listed");
  pursuit_test_wait_until (has_no_interview_dialog, NULL, "the dialog to close");

  /* The row shows the day and time, in the interview's zone (local here). */
  start = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                 g_date_time_get_day_of_month (day), 9, 30, 0);
  starts_at = g_date_time_to_unix (start);
  saved = g_list_model_get_item (interviews, 0);
  g_assert_cmpint (pursuit_interview_get_starts_at (saved), ==, starts_at);
  g_assert_cmpint (pursuit_interview_get_duration_minutes (saved), ==, 60);
  g_assert_cmpint (pursuit_interview_get_kind (saved), ==, PURSUIT_INTERVIEW_KIND_VIDEO);
  {
    g_autofree char *day_text = g_date_time_format (start, "%A %-d %B %Y");

    title = g_strdup_printf ("%s, 09:30–10:30", day_text);
  }
  g_assert_nonnull (pursuit_test_find_row (GTK_WIDGET (fixture->interviews), title));
  g_assert_false (gtk_widget_get_visible (pursuit_test_find_label (GTK_WIDGET (fixture->interviews),
                                                                   "No interviews yet")));

  /* The job in the list knows its next interview. */
  args[0] = fixture->job;
  args[1] = &starts_at;
  pursuit_test_wait_until (next_interview_is, args, "the job's next interview");

  /* Edit it: an hour earlier. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->interviews), "interviews.edit", "x",
                                             pursuit_interview_get_id (saved)));
  pursuit_test_wait_until (has_interview_dialog, NULL, "the interview dialog");
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_INTERVIEW_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (dialog),
                                                                                "Location or Meeting Link"))),
                   ==, "https://meet.example.com/abc-defg-hij");
  set_row_text (dialog, "Start Time (HH:MM)", "08:30");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  pursuit_test_wait_until (has_no_interview_dialog, NULL, "the dialog to close");
  starts_at -= 3600;
  pursuit_test_wait_until (next_interview_is, args, "the job's next interview to move");
}

static gboolean
is_undo_button (GtkWidget *widget,
                gpointer   data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Undo") == 0 &&
         gtk_widget_get_mapped (widget);
}

static gboolean
has_undo_button (gpointer data)
{
  return pursuit_test_find_widget (data, is_undo_button, NULL) != NULL;
}

static gboolean
has_no_undo_button (gpointer data)
{
  return !has_undo_button (data);
}

static void
click_undo (Fixture *fixture)
{
  GtkWidget *button;

  pursuit_test_wait_until (has_undo_button, fixture->window, "the undo toast");
  button = pursuit_test_find_widget (GTK_WIDGET (fixture->window), is_undo_button, NULL);
  g_signal_emit_by_name (button, "clicked");
  /* The next undo must not find this toast's button again. */
  pursuit_test_wait_until (has_no_undo_button, fixture->window, "the undo toast to go");
}

static PursuitContact *
add_contact_through_dialog (Fixture    *fixture,
                            const char *name,
                            const char *role,
                            const char *email)
{
  GListModel *contacts = pursuit_contacts_section_get_contacts (fixture->contacts);
  guint before = g_list_model_get_n_items (contacts);
  GtkWindow *dialog;
  GtkWidget *email_row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->contacts), "contacts.new", NULL));
  pursuit_test_wait_until (has_contact_dialog, NULL, "the contact dialog");
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_CONTACT_DIALOG);

  /* The job's company is filled in. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (dialog), "Company"))),
                   ==, "Acme Ltd");

  set_row_text (dialog, "Name", name);
  set_row_text (dialog, "Role", role);
  email_row = set_row_text (dialog, "Email", "not an address");
  g_assert_true (gtk_widget_has_css_class (email_row, "error"));
  g_assert_false (gtk_widget_get_sensitive (pursuit_test_find_widget (GTK_WIDGET (dialog), is_button_labelled,
                                                                      (gpointer) "_Add")));
  set_row_text (dialog, "Email", email);
  g_assert_false (gtk_widget_has_css_class (email_row, "error"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  wait_for_count (contacts, before + 1, "the contact to be listed");
  pursuit_test_wait_until (has_no_contact_dialog, NULL, "the contact dialog to close");
  pursuit_test_wait_until (sections_settled, fixture, "the sections to load");

  for (guint i = 0; i < g_list_model_get_n_items (contacts); i++)
    {
      g_autoptr(PursuitContact) contact = g_list_model_get_item (contacts, i);

      if (g_str_equal (pursuit_contact_get_name (contact), name))
        return g_steal_pointer (&contact);
    }
  g_assert_not_reached ();
}

static gboolean
file_has_card (gpointer data)
{
  g_autofree char *text = NULL;

  return g_file_get_contents (data, &text, NULL, NULL) && g_str_has_suffix (text, "END:VCARD\r\n");
}

static void
test_contact_export (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PursuitContact) contact = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "jane.vcf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) properties = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  wait_for_mapped_label (GTK_WIDGET (fixture->contacts), "No contacts yet");

  contact = add_contact_through_dialog (fixture, "Jane Doe", "Talent Partner, EMEA", "jane.doe@acme.example");
  g_assert_nonnull (pursuit_test_find_row (GTK_WIDGET (fixture->contacts), "Jane Doe"));
  g_assert_cmpstr (pursuit_contact_get_company (contact), ==, "Acme Ltd");

  pursuit_contacts_section_export (fixture->contacts, pursuit_contact_get_id (contact), file);
  pursuit_test_wait_until (file_has_card, path, "the vCard to be written");

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  properties = pursuit_vcard_parse (text, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_vcard_find (properties, "VERSION")->value, ==, "4.0");
  g_assert_cmpstr (pursuit_vcard_find (properties, "FN")->value, ==, "Jane Doe");
  g_assert_cmpstr (pursuit_vcard_find (properties, "ORG")->components[0], ==, "Acme Ltd");
  g_assert_cmpstr (pursuit_vcard_find (properties, "TITLE")->value, ==, "Talent Partner, EMEA");
  g_assert_cmpstr (pursuit_vcard_find (properties, "EMAIL")->value, ==, "jane.doe@acme.example");
  g_assert_true (g_str_has_prefix (pursuit_vcard_find (properties, "UID")->value, "urn:uuid:"));
  g_assert_true (g_str_has_suffix (pursuit_vcard_find (properties, "UID")->value,
                                   pursuit_contact_get_uuid (contact)));
}

static gboolean
is_row_titled (GtkWidget *widget,
               gpointer   data)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static gboolean
is_label_containing (GtkWidget *widget,
                     gpointer   data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), data) != NULL;
}

/* Interviewers are chosen among the company's contacts; deleting the
 * interview offers an undo; taking a contact off the job keeps it. */
static void
test_interviewers_delete_and_remove (Fixture       *fixture,
                                     gconstpointer  data)
{
  GListModel *interviews = pursuit_interviews_section_get_interviews (fixture->interviews);
  GListModel *contacts = pursuit_contacts_section_get_contacts (fixture->contacts);
  g_autoptr(PursuitInterview) saved = NULL;
  g_autoptr(PursuitContact) jane = NULL;
  g_autoptr(PursuitContact) raj = NULL;
  GtkWindow *dialog;
  GtkWidget *row;
  gint64 zero = 0;
  gpointer args[2] = { fixture->job, &zero };

  jane = add_contact_through_dialog (fixture, "Jane Doe", "Talent Partner", "jane@acme.example");
  raj = add_contact_through_dialog (fixture, "Raj Patel", "Team Lead", "raj@acme.example");

  dialog = open_new_interview (fixture, "2031-05-06", "14:00");
  row = pursuit_test_find_widget (GTK_WIDGET (dialog), is_row_titled, (gpointer) "Jane Doe");
  g_assert_nonnull (row);
  g_assert_nonnull (pursuit_test_find_widget (GTK_WIDGET (dialog), is_row_titled, (gpointer) "Raj Patel"));
  adw_action_row_activate (ADW_ACTION_ROW (row));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.save", NULL));
  wait_for_count (interviews, 1, "the interview to be listed");

  saved = g_list_model_get_item (interviews, 0);
  g_assert_cmpstrv (pursuit_interview_get_interviewer_names (saved), ((const char *[]) { "Jane Doe", NULL }));
  g_assert_nonnull (pursuit_test_find_widget (GTK_WIDGET (fixture->interviews), is_label_containing,
                                             (gpointer) "\nWith Jane Doe"));

  /* Delete from the dialog, then undo from the toast. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->interviews), "interviews.edit", "x",
                                             pursuit_interview_get_id (saved)));
  pursuit_test_wait_until (has_interview_dialog, NULL, "the interview dialog");
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_INTERVIEW_DIALOG);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.delete", NULL));
  wait_for_count (interviews, 0, "the interview to go");
  pursuit_test_wait_until (next_interview_is, args, "the job to have no next interview");

  click_undo (fixture);
  wait_for_count (interviews, 1, "the interview to come back");
  g_clear_object (&saved);
  saved = g_list_model_get_item (interviews, 0);
  g_assert_cmpstrv (pursuit_interview_get_interviewer_names (saved), ((const char *[]) { "Jane Doe", NULL }));

  /* Remove Jane from the job: she stays a contact of the company, offered
   * again in the Add Contact menu, and stays the interviewer. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->contacts), "contacts.remove", "x",
                                             pursuit_contact_get_id (jane)));
  wait_for_count (contacts, 1, "Jane to leave the job");
  g_assert_null (pursuit_test_find_row (GTK_WIDGET (fixture->contacts), "Jane Doe"));

  click_undo (fixture);
  wait_for_count (contacts, 2, "Jane to come back");
}

static void
check_icon_buttons (GtkWidget *widget,
                    guint     *checked)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)) != NULL &&
      gtk_widget_get_visible (widget))
    {
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL));
      (*checked)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_icon_buttons (child, checked);
}

static void
test_row_menus_have_labels (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(PursuitContact) jane = NULL;
  guint checked = 0;

  jane = add_contact_through_dialog (fixture, "Jane Doe", "Talent Partner", "jane@acme.example");
  check_icon_buttons (GTK_WIDGET (fixture->contacts), &checked);
  g_assert_cmpuint (checked, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  g_test_add ("/people-ui/add-interview", Fixture, NULL, fixture_set_up, test_add_interview, fixture_tear_down);
  g_test_add ("/people-ui/contact-export", Fixture, NULL, fixture_set_up, test_contact_export, fixture_tear_down);
  g_test_add ("/people-ui/interviewers-delete-and-remove", Fixture, NULL, fixture_set_up,
              test_interviewers_delete_and_remove, fixture_tear_down);
  g_test_add ("/people-ui/row-menus-have-labels", Fixture, NULL, fixture_set_up, test_row_menus_have_labels,
              fixture_tear_down);

  return g_test_run ();
}
