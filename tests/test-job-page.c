/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "pursuit-contacts-section.h"
#include "pursuit-interviews-section.h"
#include "pursuit-job-documents-section.h"
#include "pursuit-job-fields.h"
#include "pursuit-job-page.h"
#include "pursuit-login-section.h"
#include "pursuit-notes-section.h"
#include "pursuit-practice-section.h"
#include "pursuit-repository.h"
#include "pursuit-store-people.h"
#include "pursuit-test-widgets.h"
#include "pursuit-timeline-section.h"

/* Editing a job on its page, as fast as a user types, while the saves of
 * earlier edits come back: what was typed is never lost, merged or put
 * back; wrong values are told under their own field and never saved.
 *
 * The page the editing rework replaced reloaded every field from the job
 * whenever a save came back and no typing pause was pending, sent the
 * whole job (a wrong value held back everything else), knew nothing of
 * field lengths or addresses without their scheme, kept nothing of a job
 * left with a wrong value, and told what was wrong in one label at the
 * bottom. Each test below says where that page fails it. "Flushing" saves
 * what waits for the typing pause at once, as the pause ending would. */

#define DEADLINE "Application Deadline (YYYY-MM-DD)"

typedef PursuitTestJobFixture Fixture;

static GtkWidget *
row (Fixture    *fixture,
     const char *title)
{
  GtkWidget *page = pursuit_test_find_by_type (GTK_WIDGET (fixture->window.window), PURSUIT_TYPE_JOB_PAGE);
  /* Scrolled to, as a user would, if its group is not made yet. */
  GtkWidget *found = pursuit_test_reach_row (page, title);

  if (found == NULL)
    g_error ("No row “%s” on the job page", title);
  return found;
}

static const char *
row_text (Fixture    *fixture,
          const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (row (fixture, title)));
}

/* What the page says under the field, or NULL when it says nothing. */
static const char *
message_under (Fixture    *fixture,
               const char *title)
{
  GtkWidget *under = gtk_widget_get_next_sibling (row (fixture, title));
  GtkWidget *label;

  if (under == NULL || ADW_IS_PREFERENCES_ROW (under) || !gtk_widget_get_visible (under))
    return NULL;
  label = pursuit_test_find_by_type (under, GTK_TYPE_LABEL);
  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static gboolean
is_flagged (Fixture    *fixture,
            const char *title)
{
  return gtk_widget_has_css_class (row (fixture, title), "error");
}

/* Types @text in one go (a paste, or an input method's commit) and lets
 * nothing else happen: what is on its way stays on its way. */
static void
paste (GtkWidget  *editable,
       const char *text)
{
  int position;

  gtk_widget_grab_focus (editable);
  position = gtk_editable_get_position (GTK_EDITABLE (editable));
  gtk_editable_insert_text (GTK_EDITABLE (editable), text, -1, &position);
  gtk_editable_set_position (GTK_EDITABLE (editable), position);
}

static void
flush (Fixture *fixture)
{
  pursuit_view_settle (PURSUIT_VIEW (pursuit_test_get_jobs_view (&fixture->window)));
}

typedef struct
{
  PursuitJob *job;
  const char *property;
  const char *value;
} SavedWanted;

static gboolean
is_saved (gpointer data)
{
  SavedWanted *wanted = data;
  g_autofree char *value = NULL;

  g_object_get (wanted->job, wanted->property, &value, NULL);
  return g_strcmp0 (value, wanted->value) == 0;
}

/* Until the store's job holds @value: the save has landed. */
static void
wait_for_saved (PursuitJob *job,
                const char *property,
                const char *value)
{
  SavedWanted wanted = { job, property, value };
  g_autofree char *what = g_strdup_printf ("%s “%.40s” to be saved", property, value);

  pursuit_test_wait_until (is_saved, &wanted, what);
}

/* As another program reads the file. */
static char *
read_column (Fixture    *fixture,
             const char *column,
             PursuitJob *job)
{
  g_autofree char *sql = g_strdup_printf ("SELECT ifnull (%s, '') FROM jobs WHERE id = %" G_GINT64_FORMAT,
                                          column, pursuit_job_get_id (job));

  return pursuit_test_sql_text (fixture->window.path, sql);
}

/* What a field showed at the moment a save came back to the job: the page
 * handles the job's notification before this handler runs. */
typedef struct
{
  GtkWidget *watched;
  char *shown;
} Snapshot;

static void
on_landed (PursuitJob *job,
           GParamSpec *pspec,
           Snapshot   *snapshot)
{
  if (snapshot->shown == NULL)
    snapshot->shown = g_strdup (gtk_editable_get_text (GTK_EDITABLE (snapshot->watched)));
}

/* One round of fast typing: @first_text into @first (its save is sent),
 * then @second cleared and @second_text typed while that save comes back.
 * With @split > 0, a save of the first @split characters of @second_text
 * also lands mid-word. */
static void
type_across (Fixture    *fixture,
             const char *first,
             const char *first_property,
             const char *first_text,
             const char *second,
             const char *second_property,
             const char *second_text,
             gsize       split)
{
  Snapshot snapshot = { row (fixture, second), NULL };
  g_autofree char *detail = g_strdup_printf ("notify::%s", first_property);
  g_autofree char *head = g_strndup (second_text, split);
  gulong handler;

  pursuit_test_type (row (fixture, first), first_text);
  /* The typing pause ends: the first field's save is on its way. */
  flush (fixture);

  /* Before it comes back, the next field is cleared (Ctrl+A, Delete) and
   * the user stops a moment to think: that pause ends too. Nothing comes
   * back in between, so the first save lands with no pause pending. */
  handler = g_signal_connect (fixture->job, detail, G_CALLBACK (on_landed), &snapshot);
  gtk_widget_grab_focus (row (fixture, second));
  gtk_editable_delete_text (GTK_EDITABLE (row (fixture, second)), 0, -1);
  flush (fixture);
  wait_for_saved (fixture->job, first_property, first_text);
  g_signal_handler_disconnect (fixture->job, handler);

  /* The old page filled the emptied field with the saved value here. */
  g_assert_cmpstr (snapshot.shown, ==, "");
  g_clear_pointer (&snapshot.shown, g_free);
  g_assert_cmpstr (row_text (fixture, second), ==, "");

  if (split > 0)
    {
      pursuit_test_type (row (fixture, second), head);
      flush (fixture);
      wait_for_saved (fixture->job, second_property, head);
      g_assert_cmpstr (row_text (fixture, second), ==, head);
    }
  pursuit_test_type (row (fixture, second), second_text + split);
  flush (fixture);
  wait_for_saved (fixture->job, second_property, second_text);

  g_assert_cmpstr (row_text (fixture, first), ==, first_text);
  g_assert_cmpstr (row_text (fixture, second), ==, second_text);
}

/* 6a: typing quickly across fields while saves complete. */
static void
test_fast_typing (Fixture       *fixture,
                  gconstpointer  data)
{
  const struct
  {
    const char *column;
    const char *row;
    const char *value;
  } expected[] = {
    { "location", "Location", "Leeds" },
    { "title", "Job Title", "Customer Service Specialist" },
    { "industry", "Industry", "Retail Banking" },
    { "company", "Company", "Initech Corporation" },
    { "source", "Source", "Referral from Priya" },
    { "next_action", "Next Action", "Email the recruiter" },
  };

  type_across (fixture, "Location", "location", "Leeds",
               "Job Title", "title", "Customer Service Specialist", 0);
  type_across (fixture, "Industry", "industry", "Retail Banking",
               "Company", "company", "Initech Corporation", strlen ("Init"));
  type_across (fixture, "Source", "source", "Referral from Priya",
               "Next Action", "next-action", "Email the recruiter", strlen ("Email the rec"));

  /* Nothing was put back, on the page or in the file. */
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *saved = read_column (fixture, expected[i].column, fixture->job);

      g_assert_cmpstr (row_text (fixture, expected[i].row), ==, expected[i].value);
      g_assert_cmpstr (saved, ==, expected[i].value);
      g_assert_false (is_flagged (fixture, expected[i].row));
    }
}

/* 6b: a runaway paste in one field holds back that field only. The old
 * page sent it with the rest of the job, which the store refused whole. */
static void
test_too_long (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *long_title = g_strnfill (5000, 'A');
  g_autofree char *title = NULL;
  g_autofree char *location = NULL;
  const char *message;

  gtk_widget_grab_focus (row (fixture, "Job Title"));
  gtk_editable_set_text (GTK_EDITABLE (row (fixture, "Job Title")), long_title);
  g_assert_true (is_flagged (fixture, "Job Title"));
  message = message_under (fixture, "Job Title");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "1000"));

  pursuit_test_type (row (fixture, "Location"), "Leeds");
  flush (fixture);
  wait_for_saved (fixture->job, "location", "Leeds");

  location = read_column (fixture, "location", fixture->job);
  title = read_column (fixture, "title", fixture->job);
  g_assert_cmpstr (location, ==, "Leeds");
  g_assert_cmpstr (title, ==, "Support Agent");
  g_assert_cmpstr (pursuit_job_get_title (fixture->job), ==, "Support Agent");
  /* Still there to fix, and still flagged. */
  g_assert_cmpuint (strlen (row_text (fixture, "Job Title")), ==, 5000);
  g_assert_true (is_flagged (fixture, "Job Title"));
}

/* 6c: a web address being typed survives another field's save. The old
 * page emptied it when the Location save came back. */
static void
test_half_typed_url (Fixture       *fixture,
                     gconstpointer  data)
{
  Snapshot snapshot = { row (fixture, "Posting URL"), NULL };
  gulong handler;

  pursuit_test_type (row (fixture, "Location"), "Leeds");
  flush (fixture);
  /* Typed before the Location save comes back, and sent too. */
  handler = g_signal_connect (fixture->job, "notify::location", G_CALLBACK (on_landed), &snapshot);
  paste (row (fixture, "Posting URL"), "https://ac");
  flush (fixture);
  wait_for_saved (fixture->job, "location", "Leeds");
  g_signal_handler_disconnect (fixture->job, handler);

  g_assert_cmpstr (snapshot.shown, ==, "https://ac");
  g_free (snapshot.shown);
  g_assert_cmpstr (row_text (fixture, "Posting URL"), ==, "https://ac");

  pursuit_test_type (row (fixture, "Posting URL"), "me.example/jobs/1");
  flush (fixture);
  wait_for_saved (fixture->job, "url", "https://acme.example/jobs/1");
  g_assert_cmpstr (row_text (fixture, "Posting URL"), ==, "https://acme.example/jobs/1");
}

/* 6d: an address typed without its scheme is saved with https://, and the
 * field shows what was saved once it is left. The old page refused it. */
static void
test_url_completed (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *url = NULL;

  pursuit_test_type (row (fixture, "Posting URL"), "www.acme.com/jobs/1");
  g_assert_false (is_flagged (fixture, "Posting URL"));
  flush (fixture);
  wait_for_saved (fixture->job, "url", "https://www.acme.com/jobs/1");
  url = read_column (fixture, "url", fixture->job);
  g_assert_cmpstr (url, ==, "https://www.acme.com/jobs/1");

  /* While the field has the focus, the user's text stays as typed. */
  g_assert_cmpstr (row_text (fixture, "Posting URL"), ==, "www.acme.com/jobs/1");
  gtk_widget_grab_focus (row (fixture, "Location"));
  g_assert_cmpstr (row_text (fixture, "Posting URL"), ==, "https://www.acme.com/jobs/1");
}

/* 6e: a wrong value is kept, and marked, for the user to come back to.
 * The old page showed the saved value again: the typing was lost. */
static void
test_draft_kept (Fixture       *fixture,
                 gconstpointer  data)
{
  PursuitJobsView *view = pursuit_test_get_jobs_view (&fixture->window);
  PursuitJob *other = pursuit_test_add_job (fixture->window.store, "Globex", "Team Lead");
  g_autofree char *deadline = NULL;
  const char *message;

  pursuit_test_type (row (fixture, DEADLINE), "2026-02-30");
  g_assert_true (is_flagged (fixture, DEADLINE));
  g_assert_nonnull (message_under (fixture, DEADLINE));

  pursuit_jobs_view_select_job (view, other);
  g_assert_true (pursuit_test_get_selected_job (&fixture->window) == other);
  g_assert_cmpstr (row_text (fixture, DEADLINE), ==, "");
  g_assert_false (is_flagged (fixture, DEADLINE));
  g_assert_null (message_under (fixture, DEADLINE));

  pursuit_jobs_view_select_job (view, fixture->job);
  g_assert_cmpstr (row_text (fixture, DEADLINE), ==, "2026-02-30");
  g_assert_true (is_flagged (fixture, DEADLINE));
  message = message_under (fixture, DEADLINE);
  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message, "Not saved."));

  /* Never saved. */
  flush (fixture);
  pursuit_store_close (fixture->window.store);
  deadline = read_column (fixture, "deadline", fixture->job);
  g_assert_cmpstr (deadline, ==, "");
}

/* The message rows in the group of the field titled @title. */
static guint
count_messages (Fixture    *fixture,
                const char *title)
{
  guint count = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_parent (row (fixture, title)));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += GTK_IS_LIST_BOX_ROW (child) && !ADW_IS_PREFERENCES_ROW (child);
  return count;
}

/* 6f: only the wrong field is flagged, and told under itself; empty fields
 * never touched stay as they are. The old page told every problem in one
 * label at the bottom of the page. */
static void
test_only_wrong_field (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *untouched[] = {
    "Job Title", "Company", "Location", "Industry", "Source", "Posting URL", "Minimum", "Maximum",
    "Currency (USD, EUR, GBP…)", "Date Applied (YYYY-MM-DD)", "Next Action", "Next Action Due (YYYY-MM-DD)",
  };

  /* A field's message is made the first time it has something to say. */
  g_assert_cmpuint (count_messages (fixture, DEADLINE), ==, 0);
  pursuit_test_type (row (fixture, DEADLINE), "next week");
  g_assert_true (is_flagged (fixture, DEADLINE));
  g_assert_nonnull (message_under (fixture, DEADLINE));
  g_assert_cmpuint (count_messages (fixture, DEADLINE), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (untouched); i++)
    {
      g_test_message ("%s", untouched[i]);
      g_assert_false (is_flagged (fixture, untouched[i]));
      g_assert_null (message_under (fixture, untouched[i]));
    }

  /* Put right, the flag and the message go. */
  pursuit_test_clear (row (fixture, DEADLINE));
  pursuit_test_type (row (fixture, DEADLINE), "2026-12-01");
  g_assert_false (is_flagged (fixture, DEADLINE));
  g_assert_null (message_under (fixture, DEADLINE));
}

static gboolean
job_has_industry (gpointer data)
{
  return g_strcmp0 (pursuit_job_get_industry (data), "Retail") == 0;
}

/* 6g: another program changes the job: a field the user is not at shows
 * the change, the field being edited keeps the user's text. */
static void
test_external_change (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (fixture->window.path);
  g_autoptr(PursuitJob) changed = pursuit_test_read_job (repository, pursuit_job_get_id (fixture->job));
  g_autoptr(GError) error = NULL;

  pursuit_test_type (row (fixture, "Location"), "Lee");

  pursuit_job_set_industry (changed, "Retail");
  pursuit_job_set_location (changed, "Paris");
  g_assert_true (pursuit_repository_update_job (repository, changed,
                                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_INDUSTRY) |
                                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_LOCATION),
                                                pursuit_test_now (), &error));
  g_assert_no_error (error);

  /* What the store does every 2 s and when the window comes to the front. */
  pursuit_store_check_changes_async (fixture->window.store, NULL, NULL, NULL);
  pursuit_test_wait_until (job_has_industry, fixture->job, "the store to see the change");

  g_assert_true (pursuit_test_get_selected_job (&fixture->window) ==
                 pursuit_store_find_job (fixture->window.store, pursuit_job_get_id (changed)));
  g_assert_cmpstr (row_text (fixture, "Industry"), ==, "Retail");
  g_assert_cmpstr (row_text (fixture, "Location"), ==, "Lee");

  pursuit_test_type (row (fixture, "Location"), "ds");
  flush (fixture);
  wait_for_saved (pursuit_test_get_selected_job (&fixture->window), "location", "Leeds");
}

static gboolean
job_has_bad_deadline (gpointer data)
{
  return g_strcmp0 (pursuit_job_get_deadline (data), "next week") == 0;
}

static gboolean
shows_deadline_refused (gpointer data)
{
  return pursuit_test_find_label_containing (data, "Could not save the job: Deadline: ") != NULL;
}

/* Another program stores a value the store refuses (a deadline that is no
 * date) in a group of fields not made yet: the next save is refused for it,
 * and the user is told in a toast, as there is no row to tell it under. */
static void
test_refused_unreached_field (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *page = pursuit_test_find_by_type (GTK_WIDGET (fixture->window.window), PURSUIT_TYPE_JOB_PAGE);
  g_autofree char *sql = g_strdup_printf ("UPDATE jobs SET deadline = 'next week', updated_at = updated_at + 1 "
                                          "WHERE id = %" G_GINT64_FORMAT, pursuit_job_get_id (fixture->job));

  pursuit_test_sql_exec (fixture->window.path, sql);
  pursuit_store_check_changes_async (fixture->window.store, NULL, NULL, NULL);
  pursuit_test_wait_until (job_has_bad_deadline, fixture->job, "the store to read the deadline");
  g_assert_null (pursuit_test_find_row (page, DEADLINE));

  pursuit_test_type (row (fixture, "Location"), "Leeds");
  flush (fixture);
  pursuit_test_wait_until (shows_deadline_refused, fixture->window.window, "the toast naming the deadline");
  g_assert_null (pursuit_test_find_row (page, DEADLINE));
  g_assert_cmpstr (row_text (fixture, "Location"), ==, "Leeds");
}

/* Saving keeps the job selected; wrong values are flagged and never saved;
 * what a restart reads back is what was typed. */
static void
test_edit_saves_and_persists (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(PursuitContext) reopened = NULL;
  g_autoptr(PursuitJob) saved = NULL;
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) whole = NULL;
  g_autofree char *id = NULL;
  GListModel *jobs;

  pursuit_test_clear (row (fixture, "Job Title"));
  pursuit_test_type (row (fixture, "Job Title"), "Senior Call Center Agent");
  flush (fixture);
  wait_for_saved (fixture->job, "title", "Senior Call Center Agent");
  g_assert_true (pursuit_test_get_selected_job (&fixture->window) == fixture->job);

  pursuit_test_clear (row (fixture, "Company"));
  pursuit_test_type (row (fixture, "Company"), "   ");
  g_assert_true (is_flagged (fixture, "Company"));
  pursuit_test_type (row (fixture, "Posting URL"), "ftp://example.com/job");
  g_assert_true (is_flagged (fixture, "Posting URL"));
  flush (fixture);
  g_assert_cmpstr (pursuit_job_get_company (fixture->job), ==, "Acme Ltd");
  g_assert_cmpstr (pursuit_job_get_url (fixture->job), ==, "");

  pursuit_test_clear (row (fixture, "Company"));
  pursuit_test_type (row (fixture, "Company"), "Globex Corporation");
  pursuit_test_clear (row (fixture, "Posting URL"));
  pursuit_test_type (row (fixture, "Posting URL"), "https://jobs.example.com/42");
  g_assert_false (is_flagged (fixture, "Company"));
  g_assert_false (is_flagged (fixture, "Posting URL"));
  flush (fixture);
  wait_for_saved (fixture->job, "url", "https://jobs.example.com/42");

  /* What a restart would read back. */
  pursuit_store_close (fixture->window.store);
  reopened = pursuit_test_open_context (fixture->window.path);
  jobs = pursuit_store_get_jobs (pursuit_context_get_store (reopened));
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  saved = g_object_ref (pursuit_store_find_job (pursuit_context_get_store (reopened), pursuit_job_get_id (fixture->job)));
  g_assert_cmpstr (pursuit_job_get_title (saved), ==, "Senior Call Center Agent");
  g_assert_cmpstr (pursuit_job_get_company (saved), ==, "Globex Corporation");
  /* The address is a detail: lists leave it out, the page reads it. */
  g_assert_false (pursuit_job_get_details_loaded (saved));
  g_assert_cmpstr (pursuit_job_get_url (saved), ==, "");
  pursuit_store_close (pursuit_context_get_store (reopened));
  repository = pursuit_repository_open (fixture->window.path, NULL);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (fixture->job));
  whole = pursuit_repository_find_job (repository, id, NULL);
  g_assert_nonnull (whole);
  g_assert_cmpstr (pursuit_job_get_url (whole), ==, "https://jobs.example.com/42");
}

static gboolean
entry_shows (gpointer data)
{
  GtkWidget *entry = data;

  return g_str_equal (gtk_editable_get_text (GTK_EDITABLE (entry)), "https://jobs.example.com/7");
}

/* A job as a list reads it has no address; the page shows it once it has
 * read the job's details. */
static void
test_address_read_with_details (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(PursuitContext) reopened = NULL;
  PursuitJobPage *page;
  PursuitJob *listed;
  GtkWidget *window;

  pursuit_test_type (row (fixture, "Posting URL"), "https://jobs.example.com/7");
  flush (fixture);
  wait_for_saved (fixture->job, "url", "https://jobs.example.com/7");
  pursuit_store_close (fixture->window.store);

  reopened = pursuit_test_open_context (fixture->window.path);
  listed = pursuit_store_find_job (pursuit_context_get_store (reopened), pursuit_job_get_id (fixture->job));
  g_assert_false (pursuit_job_get_details_loaded (listed));
  g_assert_cmpstr (pursuit_job_get_url (listed), ==, "");

  page = pursuit_job_page_new (reopened);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  pursuit_job_page_set_job (page, listed);
  pursuit_test_wait_until (entry_shows, pursuit_test_find_row (GTK_WIDGET (page), "Posting URL"),
                           "the page to show the address read with the details");
  g_assert_true (pursuit_job_get_details_loaded (listed));
  pursuit_job_page_set_job (page, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  pursuit_store_close (pursuit_context_get_store (reopened));
}

/* Under Xvfb, GTK 4.8 finds no monitor for a popover's surface as it
 * shows it (a calendar made with the page did the same): that critical is
 * no failure of the page, and is neither fatal nor printed here; any
 * other is, as always. */
static gboolean
is_monitor_critical (const char *log_domain,
                     const char *message)
{
  return g_strcmp0 (log_domain, "Gdk") == 0 && strstr (message, "gdk_monitor_get_geometry") != NULL;
}

static void
on_gdk_message (const char     *log_domain,
                GLogLevelFlags  log_level,
                const char     *message,
                gpointer        data)
{
  if (!is_monitor_critical (log_domain, message))
    g_log_default_handler (log_domain, log_level, message, data);
}

static gboolean
is_fatal (const char     *log_domain,
          GLogLevelFlags  log_level,
          const char     *message,
          gpointer        data)
{
  return !is_monitor_critical (log_domain, message);
}

/* A date field's calendar (some sixty widgets; the page has three date
 * fields, shown with the first job at start) is made the first time it
 * opens, on the field's date, writes the day chosen, and is made once. */
static void
test_calendar_made_when_opened (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *page = pursuit_test_find_by_type (GTK_WIDGET (fixture->window.window), PURSUIT_TYPE_JOB_PAGE);
  GtkWidget *button = pursuit_test_find_by_type (row (fixture, DEADLINE), GTK_TYPE_MENU_BUTTON);
  g_autoptr(GDateTime) chosen = g_date_time_new_local (2027, 3, 21, 0, 0, 0);
  g_autoptr(GDateTime) shown = NULL;
  GtkCalendar *calendar;
  guint handler;

  g_assert_nonnull (button);
  g_assert_cmpuint (pursuit_test_count_type (page, GTK_TYPE_CALENDAR), ==, 0);

  pursuit_test_type (row (fixture, DEADLINE), "2027-03-14");
  pursuit_test_wait_for_frame (button);
  handler = g_log_set_handler ("Gdk", G_LOG_LEVEL_CRITICAL | G_LOG_FLAG_FATAL, on_gdk_message, NULL);
  g_test_log_set_fatal_handler (is_fatal, NULL);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  pursuit_test_wait_until (pursuit_test_popover_shown, button, "the deadline's calendar to open");
  g_assert_cmpuint (pursuit_test_count_type (page, GTK_TYPE_CALENDAR), ==, 1);
  calendar = GTK_CALENDAR (pursuit_test_find_by_type (button, GTK_TYPE_CALENDAR));
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2027);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 14);

  gtk_calendar_select_day (calendar, chosen);
  g_assert_cmpstr (row_text (fixture, DEADLINE), ==, "2027-03-21");
  pursuit_test_wait_until (pursuit_test_popover_hidden, button, "the calendar to close on the day chosen");

  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  pursuit_test_wait_until (pursuit_test_popover_shown, button, "the deadline's calendar to open again");
  g_assert_cmpuint (pursuit_test_count_type (page, GTK_TYPE_CALENDAR), ==, 1);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  g_test_log_set_fatal_handler (NULL, NULL);
  g_log_remove_handler ("Gdk", handler);
}

/* The job's values as the page types them, for pursuit_test_wait_for_text (). */
static char *
schedule_text (gpointer job)
{
  return pursuit_job_field_format (job, PURSUIT_JOB_FIELD_SCHEDULE);
}

static char *
offer_min_text (gpointer job)
{
  return pursuit_job_field_format (job, PURSUIT_JOB_FIELD_OFFER_MIN);
}

static char *
workplace_text (gpointer job)
{
  return pursuit_job_field_format (job, PURSUIT_JOB_FIELD_WORKPLACE);
}

static AdwExpanderRow *
expander (Fixture    *fixture,
          const char *title)
{
  GtkWidget *found = row (fixture, title);

  g_assert_true (ADW_IS_EXPANDER_ROW (found));
  return ADW_EXPANDER_ROW (found);
}

/* The shifts' checks and the offer's fields (a folded row each, most jobs
 * never open them) are made when their row first opens; the folded row
 * still says what it holds, and once made they edit, save and show each
 * job as the fields in the template do. */
static void
test_folded_rows_made_when_opened (Fixture       *fixture,
                                   gconstpointer  data)
{
  PursuitJobsView *view = pursuit_test_get_jobs_view (&fixture->window);
  PursuitJob *other = pursuit_test_add_job (fixture->window.store, "Globex", "Team Lead");
  AdwExpanderRow *schedule = expander (fixture, "Shifts and Schedule");
  AdwExpanderRow *offer = expander (fixture, "The Offer as Made");
  const char *nights = pursuit_enum_get_label (PURSUIT_TYPE_SCHEDULE, PURSUIT_SCHEDULE_NIGHTS);
  g_autoptr(GFlagsClass) schedule_class = g_type_class_ref (PURSUIT_TYPE_SCHEDULE);
  GtkWidget *check;

  g_assert_false (adw_expander_row_get_expanded (schedule));
  g_assert_false (adw_expander_row_get_expanded (offer));
  g_assert_cmpuint (pursuit_test_count_type (GTK_WIDGET (schedule), GTK_TYPE_CHECK_BUTTON), ==, 0);
  g_assert_null (pursuit_test_find_row (GTK_WIDGET (offer), "Base Pay, Minimum"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (offer), ==, "None yet");

  /* The shifts: a check per hour, named, saved at once. */
  adw_expander_row_set_expanded (schedule, TRUE);
  g_assert_cmpuint (pursuit_test_count_type (GTK_WIDGET (schedule), GTK_TYPE_CHECK_BUTTON), ==, 5);
  check = pursuit_test_find_by_name (GTK_WIDGET (schedule), GTK_TYPE_CHECK_BUTTON, nights);
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  pursuit_test_wait_for_text (schedule_text, fixture->job,
                              g_flags_get_first_value (schedule_class, PURSUIT_SCHEDULE_NIGHTS)->value_nick);
  g_assert_cmpstr (adw_expander_row_get_subtitle (schedule), ==, nights);

  /* The offer: its fields, checked as a whole and saved. */
  adw_expander_row_set_expanded (offer, TRUE);
  g_assert_true (ADW_IS_COMBO_ROW (pursuit_test_find_row (GTK_WIDGET (offer), "Per")));
  pursuit_test_type (pursuit_test_find_row (GTK_WIDGET (offer), "Base Pay, Minimum"), "52000");
  pursuit_test_type (pursuit_test_find_row (GTK_WIDGET (offer), "Currency"), "USD");
  flush (fixture);
  pursuit_test_wait_for_text (offer_min_text, fixture->job, "52000");
  g_assert_cmpstr (adw_expander_row_get_subtitle (offer), !=, "None yet");

  /* Another job shows its own values in the rows made, then this one's again. */
  pursuit_jobs_view_select_job (view, other);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (offer), "Base Pay, Minimum"))),
                   ==, "");
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_cmpstr (adw_expander_row_get_subtitle (schedule), ==, "Not set");
  pursuit_jobs_view_select_job (view, fixture->job);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (offer), "Base Pay, Minimum"))),
                   ==, "52000");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_cmpuint (pursuit_test_count_type (GTK_WIDGET (schedule), GTK_TYPE_CHECK_BUTTON), ==, 5);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

/* A choice's list (a row per choice, up to 200, however many are shown)
 * is made when it first opens: opened by keyboard, it has the focus on a
 * choice, arrows move through the choices, Enter picks one, and the job
 * saves it. */
static void
test_choices_made_when_opened (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *workplace = row (fixture, "Workplace");
  GtkWidget *popover = pursuit_test_find_by_type (workplace, GTK_TYPE_POPOVER);
  GtkRoot *root = gtk_widget_get_root (workplace);
  g_autoptr(GEnumClass) klass = g_type_class_ref (PURSUIT_TYPE_WORKPLACE);

  g_assert_true (ADW_IS_COMBO_ROW (workplace));
  g_assert_nonnull (popover);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (workplace)), ==, PURSUIT_WORKPLACE_UNKNOWN);
  g_assert_cmpuint (pursuit_test_count_type (popover, GTK_TYPE_LABEL), ==, 0);

  gtk_widget_grab_focus (workplace);
  if (!pursuit_test_send_keys (workplace, "Return"))
    {
      g_test_skip ("No keys can be sent here");
      return;
    }
  pursuit_test_wait_until (is_mapped, popover, "the workplace's choices to open");
  g_assert_cmpuint (pursuit_test_count_type (popover, GTK_TYPE_LABEL), ==, klass->n_values);
  g_assert_nonnull (pursuit_test_find_label (popover, pursuit_enum_get_label (PURSUIT_TYPE_WORKPLACE,
                                                                           PURSUIT_WORKPLACE_REMOTE)));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (root), popover));

  pursuit_test_send_keys (workplace, "Down");
  pursuit_test_send_keys (workplace, "Return");
  pursuit_test_wait_until (is_unmapped, popover, "the workplace's choices to close");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (workplace)), ==, PURSUIT_WORKPLACE_ON_SITE);
  pursuit_test_wait_for_text (workplace_text, fixture->job, "on-site");

  /* Opened again, from the choice made (libadwaita 1.2 leaves the focus
   * in the closed list: back to the row, as a user would click it). */
  gtk_widget_grab_focus (workplace);
  pursuit_test_send_keys (workplace, "Return");
  pursuit_test_wait_until (is_mapped, popover, "the workplace's choices to open again");
  pursuit_test_send_keys (workplace, "Down");
  pursuit_test_send_keys (workplace, "Return");
  pursuit_test_wait_until (is_unmapped, popover, "the workplace's choices to close again");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (workplace)), ==, PURSUIT_WORKPLACE_HYBRID);
}

/* The sections below the page's first screen, in the page's order. */
static GPtrArray *
lower_sections (Fixture *fixture)
{
  GType types[] = {
    PURSUIT_TYPE_NOTES_SECTION, PURSUIT_TYPE_JOB_DOCUMENTS_SECTION, PURSUIT_TYPE_TIMELINE_SECTION,
    PURSUIT_TYPE_INTERVIEWS_SECTION, PURSUIT_TYPE_PRACTICE_SECTION, PURSUIT_TYPE_CONTACTS_SECTION,
    PURSUIT_TYPE_LOGIN_SECTION,
  };
  GPtrArray *sections = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    g_ptr_array_add (sections, pursuit_test_get_by_type (GTK_WIDGET (fixture->window.window), types[i]));
  return sections;
}

static gboolean
is_made (gpointer section)
{
  return adw_bin_get_child (section) != NULL;
}

static void
assert_none_made (GPtrArray *sections)
{
  for (guint i = 0; i < sections->len; i++)
    if (is_made (g_ptr_array_index (sections, i)))
      g_error ("%s made before it was reached", G_OBJECT_TYPE_NAME (g_ptr_array_index (sections, i)));
}

static gboolean
shows_one_interview (gpointer section)
{
  return pursuit_test_count_type (section, ADW_TYPE_ACTION_ROW) == 1;
}

/* The sections at the page's foot are not made with the first job's page,
 * which every start pays for: a section is made when scrolled within a
 * screen of it, showing the job shown then, also when another job was
 * shown before. */
static void
test_sections_made_when_reached (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window.window);
  g_autoptr(GPtrArray) sections = lower_sections (fixture);
  g_autoptr(GDateTime) interview_at = g_date_time_new_local (2031, 3, 4, 14, 30, 0);
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(PursuitInterview) saved = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *section = pursuit_test_get_by_type (window, PURSUIT_TYPE_INTERVIEWS_SECTION);
  GtkWidget *scrolled = gtk_widget_get_ancestor (section, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  PursuitJob *other;
  graphene_point_t top;

  pursuit_test_wait_for_frame (window);
  assert_none_made (sections);
  /* Nothing of theirs for a screen reader either. */
  g_assert_null (pursuit_test_find_by_name (window, GTK_TYPE_WIDGET, "Add Interview"));
  g_assert_null (pursuit_test_find_label (window, "No interviews yet"));

  other = pursuit_test_show_new_job (&fixture->window, "Globex", "Team Lead");
  interview = pursuit_test_make_interview (pursuit_job_get_id (other), g_date_time_to_unix (interview_at));
  pursuit_store_add_interview_async (fixture->window.store, interview, NULL, pursuit_test_keep_result, &result);
  saved = pursuit_store_save_interview_finish (fixture->window.store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  pursuit_test_wait_for_frame (window);
  assert_none_made (sections);

  /* Its top most of a screen below the part shown: near enough. */
  g_assert_true (gtk_widget_compute_point (section, scrolled, &GRAPHENE_POINT_INIT (0, 0), &top));
  g_assert_cmpfloat (top.y, >, 2 * gtk_adjustment_get_page_size (adjustment));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + top.y -
                                        1.8 * gtk_adjustment_get_page_size (adjustment));
  pursuit_test_wait_until (is_made, section, "the interviews to be made");
  pursuit_test_wait_until (shows_one_interview, section, "the other job's interview");
  g_assert_true (gtk_widget_is_visible (pursuit_test_find_by_name (section, GTK_TYPE_WIDGET, "Add Interview")));

  /* Made, it follows the job shown. */
  pursuit_jobs_view_select_job (pursuit_test_get_jobs_view (&fixture->window), fixture->job);
  pursuit_test_wait_for_label (section, "No interviews yet");
}

/* Tab into a section not made yet makes it and moves into it, showing the
 * job of the moment. */
static void
test_tab_makes_section (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window.window);
  g_autoptr(GPtrArray) sections = lower_sections (fixture);
  GtkWidget *section = pursuit_test_get_by_type (window, PURSUIT_TYPE_CONTACTS_SECTION);
  GtkWidget *focus;

  pursuit_test_wait_for_frame (window);
  assert_none_made (sections);

  g_assert_true (gtk_widget_child_focus (section, GTK_DIR_TAB_FORWARD));
  g_assert_true (is_made (section));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, section));
  /* Its first control. */
  g_assert_true (gtk_widget_is_ancestor (focus, pursuit_test_find_by_name (section, GTK_TYPE_MENU_BUTTON,
                                                                           "Add Contact")));
  pursuit_test_wait_for_label (section, "No contacts yet");
}

/* Tab from the posting, the last field above them, goes through every
 * section below in the page's order, each made by the time the focus
 * comes to it, and on to the window's next part. */
static void
test_tab_through_sections (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window.window);
  GtkWidget *page = pursuit_test_get_by_type (window, PURSUIT_TYPE_JOB_PAGE);
  g_autoptr(GPtrArray) sections = lower_sections (fixture);
  GtkWidget *posting;
  guint reached = 0;

  /* The posting's group is below the first screen: scrolled to, down to
   * the field just above it. */
  pursuit_test_reach_row (page, "Archived");
  posting = pursuit_test_find_by_name (page, GTK_TYPE_TEXT_VIEW, "Posting text");

  g_assert_nonnull (posting);
  pursuit_test_wait_for_frame (window);
  gtk_widget_grab_focus (posting);
  for (guint presses = 0; presses < 400; presses++)
    {
      GtkWidget *focus;
      guint index;

      g_signal_emit_by_name (window, "move-focus", GTK_DIR_TAB_FORWARD);
      /* At a person's pace: the page scrolls to the focus and lays out. */
      pursuit_test_wait_for_frame (window);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      if (!gtk_widget_is_ancestor (focus, page))
        break;
      g_assert_true (g_ptr_array_find (sections, gtk_widget_get_ancestor (focus, PURSUIT_TYPE_JOB_SECTION), &index));
      /* Into the next section, or still in the one reached last. */
      if (index == reached)
        reached++;
      else if (index + 1 != reached)
        g_error ("Tab went from the %s into the %s",
                 reached > 0 ? G_OBJECT_TYPE_NAME (g_ptr_array_index (sections, reached - 1)) : "posting",
                 G_OBJECT_TYPE_NAME (g_ptr_array_index (sections, index)));
    }
  g_assert_cmpuint (reached, ==, sections->len);
}

static gboolean
job_has_next_action (gpointer data)
{
  return g_strcmp0 (pursuit_job_get_next_action (data), "Call Priya") == 0;
}

static gboolean
is_section_not_made (GtkWidget *widget,
                     gpointer   data)
{
  return PURSUIT_IS_JOB_SECTION (widget) && !is_made (widget);
}

static gboolean
is_posting_view (GtkWidget *widget,
                 gpointer   data)
{
  return GTK_IS_TEXT_VIEW (widget) &&
         gtk_widget_get_ancestor (widget, PURSUIT_TYPE_JOB_PAGE) != NULL;
}

/* The groups of fields below the first screen (Progress, Posting) are not
 * made with the first job's page either: their rows are made when
 * scrolled near, or when Tab moves into them, showing the job's values of
 * that moment, also one another program changed since; what is typed in
 * them is saved. Before, the page built them with the first job's page
 * every start pays for. */
static void
test_field_groups_made_when_reached (Fixture       *fixture,
                                     gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window.window);
  GtkWidget *page = pursuit_test_get_by_type (window, PURSUIT_TYPE_JOB_PAGE);
  g_autoptr(PursuitRepository) repository = pursuit_test_open_repository (fixture->window.path);
  g_autoptr(PursuitJob) changed = pursuit_test_read_job (repository, pursuit_job_get_id (fixture->job));
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  GtkWidget *group;
  GtkWidget *first;
  GtkWidget *posting;
  GtkWidget *focus;

  pursuit_test_wait_for_frame (window);
  pursuit_test_wait_for_frame (window);
  g_assert_null (pursuit_test_find_row (page, "Date Applied (YYYY-MM-DD)"));
  g_assert_null (pursuit_test_find_row (page, "Next Action"));
  g_assert_null (pursuit_test_find_row (page, "Archived"));
  g_assert_null (pursuit_test_find_widget (page, is_posting_view, NULL));

  /* Changed by another program before the field is made. */
  pursuit_job_set_next_action (changed, "Call Priya");
  g_assert_true (pursuit_repository_update_job (repository, changed,
                                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_NEXT_ACTION),
                                                /* Later than the job was added, this same second. */
                                                pursuit_test_now () + 1, &error));
  g_assert_no_error (error);
  pursuit_store_check_changes_async (fixture->window.store, NULL, NULL, NULL);
  pursuit_test_wait_until (job_has_next_action, fixture->job, "the store to see the change");
  g_assert_null (pursuit_test_find_row (page, "Next Action"));

  /* Tab into the first group not made: made, with the job's values of
   * the moment, and the focus on its first control. */
  group = pursuit_test_find_widget (page, is_section_not_made, NULL);
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_child_focus (group, GTK_DIR_TAB_FORWARD));
  g_assert_true (is_made (group));
  first = pursuit_test_find_row (group, "Excitement");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus != NULL && (focus == first || gtk_widget_is_ancestor (focus, first)));
  g_assert_cmpstr (row_text (fixture, "Next Action"), ==, "Call Priya");
  g_assert_cmpstr (row_text (fixture, "Date Applied (YYYY-MM-DD)"), ==, "");

  /* What is typed there is saved. */
  pursuit_test_type (row (fixture, "Next Action"), " back");
  flush (fixture);
  wait_for_saved (fixture->job, "next-action", "Call Priya back");
  saved = read_column (fixture, "next_action", fixture->job);
  g_assert_cmpstr (saved, ==, "Call Priya back");

  /* The posting, further down, made when scrolled to. */
  posting = pursuit_test_reach (page, is_posting_view, NULL);
  g_assert_nonnull (posting);
  g_assert_true (gtk_widget_get_sensitive (posting));
}

/* Room is kept for a section not made yet, about what it takes once made:
 * the page's length, and its scroll bar, hardly move as the sections are
 * made, and dragging the scroll bar to the end ends near the end. */
static void
test_sections_keep_room (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window.window);
  g_autoptr(GPtrArray) sections = lower_sections (fixture);
  GtkWidget *scrolled = gtk_widget_get_ancestor (g_ptr_array_index (sections, 0), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  double before;
  double after;
  int room = 0;

  pursuit_test_wait_for_frame (window);
  assert_none_made (sections);
  before = gtk_adjustment_get_upper (adjustment);
  for (guint i = 0; i < sections->len; i++)
    room += gtk_widget_get_height (g_ptr_array_index (sections, i));

  pursuit_test_reach_section (window, PURSUIT_TYPE_LOGIN_SECTION);
  for (guint i = 0; i < sections->len; i++)
    pursuit_test_wait_until (is_made, g_ptr_array_index (sections, i), "every section to be made");
  pursuit_test_wait_for_frame (window);
  pursuit_test_wait_for_frame (window);
  after = gtk_adjustment_get_upper (adjustment);
  g_test_message ("page %.0f px long before the sections were made, %.0f after; %d px kept for them",
                  before, after, room);
  g_assert_cmpint (room, >, 0);
  g_assert_cmpfloat (fabs (after - before), <, room / 4.0);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_JOB ("/job-page/fast-typing", test_fast_typing);
  PURSUIT_TEST_ADD_JOB ("/job-page/too-long", test_too_long);
  PURSUIT_TEST_ADD_JOB ("/job-page/half-typed-url", test_half_typed_url);
  PURSUIT_TEST_ADD_JOB ("/job-page/url-completed", test_url_completed);
  PURSUIT_TEST_ADD_JOB ("/job-page/draft-kept", test_draft_kept);
  PURSUIT_TEST_ADD_JOB ("/job-page/only-wrong-field", test_only_wrong_field);
  PURSUIT_TEST_ADD_JOB ("/job-page/external-change", test_external_change);
  PURSUIT_TEST_ADD_JOB ("/job-page/refused-unreached-field", test_refused_unreached_field);
  PURSUIT_TEST_ADD_JOB ("/job-page/edit-saves-and-persists", test_edit_saves_and_persists);
  PURSUIT_TEST_ADD_JOB ("/job-page/address-read-with-details", test_address_read_with_details);
  PURSUIT_TEST_ADD_JOB ("/job-page/calendar-made-when-opened", test_calendar_made_when_opened);
  PURSUIT_TEST_ADD_JOB ("/job-page/folded-rows-made-when-opened", test_folded_rows_made_when_opened);
  PURSUIT_TEST_ADD_JOB ("/job-page/choices-made-when-opened", test_choices_made_when_opened);
  PURSUIT_TEST_ADD_JOB ("/job-page/sections-made-when-reached", test_sections_made_when_reached);
  PURSUIT_TEST_ADD_JOB ("/job-page/tab-makes-section", test_tab_makes_section);
  PURSUIT_TEST_ADD_JOB ("/job-page/tab-through-sections", test_tab_through_sections);
  PURSUIT_TEST_ADD_JOB ("/job-page/sections-keep-room", test_sections_keep_room);
  PURSUIT_TEST_ADD_JOB ("/job-page/field-groups-made-when-reached", test_field_groups_made_when_reached);

  return g_test_run ();
}
