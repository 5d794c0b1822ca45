/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-job-row.h"

#include "pursuit-add-job-dialog.h"
#include "pursuit-attention.h"
#include "pursuit-board-view.h"
#include "pursuit-job-page.h"
#include "pursuit-slot-model.h"
#include "pursuit-store-import.h"
#include "pursuit-test-widgets.h"

/* The Jobs view in the main window, driven through its actions (jobs.add,
 * jobs.delete, …) and their keys, checked on screen and in the store. */

typedef PursuitTestWindowFixture Fixture;

static GListModel *
jobs_model (Fixture *fixture)
{
  return pursuit_store_get_jobs (fixture->store);
}

static void
test_add_job_shows_row (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *list;

  pursuit_test_add_job_through_ui (fixture, "Customer Service Specialist", "Acme Ltd");

  list = pursuit_test_find_jobs_list (fixture);
  /* The list made a row for the job, and it is on screen. */
  pursuit_test_wait_for_label (list, "Acme Ltd");
  pursuit_test_wait_for_label (list, "Customer Service Specialist");
  pursuit_test_wait_for_label (list, "Wishlist");
}

/* Ctrl+N opens the Add Job dialog from anywhere in the window. */
static void
test_add_key (Fixture       *fixture,
              gconstpointer  data)
{
  g_assert_null (pursuit_test_find_toplevel (PURSUIT_TYPE_ADD_JOB_DIALOG));
  if (!pursuit_test_send_keys (GTK_WIDGET (fixture->window), "ctrl+n"))
    {
      g_test_skip ("No X display to send keys to");
      return;
    }
  pursuit_test_wait_for_toplevel (PURSUIT_TYPE_ADD_JOB_DIALOG);
}

typedef struct
{
  PursuitJob *job;
  gboolean archived;
} ArchivedWanted;

static gboolean
archived_is (gpointer data)
{
  ArchivedWanted *wanted = data;

  return pursuit_job_get_archived (wanted->job) == wanted->archived;
}

/* Delete, then Ctrl+Z, with real keys; then the action again, and the job
 * is gone for good once the deletion settles. */
static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_job_through_ui (fixture, "Customer Support Specialist", "Initech");
  gint64 id = pursuit_job_get_id (job);

  g_object_ref (job);
  gtk_widget_grab_focus (pursuit_test_find_jobs_list (fixture));
  if (!pursuit_test_send_keys (GTK_WIDGET (fixture->window), "Delete"))
    g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.delete", NULL));
  pursuit_test_wait_for_count (jobs_model (fixture), 0, "the job to go");
  pursuit_test_wait_for_label (GTK_WIDGET (fixture->window), "No Jobs Yet");
  /* Nothing selected, nothing to delete. */
  g_assert_false (gtk_widget_get_sensitive (pursuit_test_find_by_name (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON,
                                                                       "Delete Job")));

  if (!pursuit_test_send_keys (GTK_WIDGET (fixture->window), "ctrl+z"))
    g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.undo", NULL));
  pursuit_test_wait_for_count (jobs_model (fixture), 1, "the job to come back");
  pursuit_test_wait_for_selected (fixture, job);
  g_object_unref (job);

  /* Delete again and let the undo window pass: gone for good. */
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.delete", NULL));
  pursuit_test_wait_for_count (jobs_model (fixture), 0, "the job to go again");
  pursuit_view_settle (PURSUIT_VIEW (pursuit_test_get_jobs_view (fixture)));
  pursuit_store_close (fixture->store);
  g_assert_cmpint (pursuit_test_sql_int_for_id (fixture->path, "SELECT count(*) FROM jobs WHERE id = ?", id), ==, 0);
}

/* Whether the window's focus is @data or within it. */
static gboolean
focus_within (gpointer data)
{
  GtkWidget *widget = data;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* F6 takes the focus from the list to the job shown and back, with real
 * keys: Tab in GTK 4.8's list goes from row to row. */
static void
test_switch_pane (Fixture       *fixture,
                  gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_job_through_ui (fixture, "Chat Support Agent", "Globex");
  GtkWidget *list = pursuit_test_find_jobs_list (fixture);
  GtkWidget *page;

  pursuit_test_wait_for_selected (fixture, job);
  page = gtk_widget_get_ancestor (pursuit_test_find_label (GTK_WIDGET (fixture->window), "Job Title"),
                                  PURSUIT_TYPE_JOB_PAGE);
  g_assert_nonnull (page);
  gtk_widget_grab_focus (list);
  g_assert_false (focus_within (page));

  if (!pursuit_test_send_keys (GTK_WIDGET (fixture->window), "F6"))
    g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.switch-pane", NULL));
  pursuit_test_wait_until (focus_within, page, "the focus in the job page");

  if (!pursuit_test_send_keys (GTK_WIDGET (fixture->window), "shift+F6"))
    g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.switch-pane", NULL));
  pursuit_test_wait_until (focus_within, list, "the focus back in the list");
}

/* Search */

static GtkWidget *
open_search (Fixture *fixture)
{
  GtkWidget *search_bar;

  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.search", NULL));
  search_bar = pursuit_test_find_shown_by_type (GTK_WIDGET (pursuit_test_get_jobs_view (fixture)), GTK_TYPE_SEARCH_BAR);
  return pursuit_test_find_by_type (search_bar, GTK_TYPE_SEARCH_ENTRY);
}

static gboolean
search_answered (gpointer data)
{
  gboolean searching = TRUE;

  g_object_get (data, "searching", &searching, NULL);
  return !searching;
}

/* Types @text as the entry would hand it on, and waits for the answer. */
static void
search_for (Fixture    *fixture,
            GtkWidget  *entry,
            const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "search-changed");
  pursuit_test_wait_until (search_answered, pursuit_test_get_jobs_view (fixture), "the search to answer");
}

static void
test_search_filters (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *entry;

  pursuit_test_add_job_through_ui (fixture, "Customer Service Specialist", "Acme Ltd");
  pursuit_test_add_job_through_ui (fixture, "Contact Center Specialist", "Globex");

  entry = open_search (fixture);
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (gtk_widget_get_ancestor (entry, GTK_TYPE_SEARCH_BAR))));
  gtk_editable_set_text (GTK_EDITABLE (entry), "globex");
  g_signal_emit_by_name (entry, "search-changed");
  /* The full-text search answers asynchronously. */
  pursuit_test_wait_for_jobs_list (fixture, "Globex");
  pursuit_test_wait_for_no_label (pursuit_test_find_jobs_list (fixture), "Acme Ltd");

  /* Every word, each as a prefix. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "spec cust");
  g_signal_emit_by_name (entry, "search-changed");
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd");

  gtk_editable_set_text (GTK_EDITABLE (entry), "nothing like this");
  g_signal_emit_by_name (entry, "search-changed");
  pursuit_test_wait_for_label (GTK_WIDGET (fixture->window), "No Matching Jobs");
}

/* The list's rows, in @rows; each must be named after a job of @names. */
static void
collect_rows (GtkWidget  *widget,
              GHashTable *rows,
              const char *names)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (PURSUIT_IS_JOB_ROW (child))
        {
          g_auto(GStrv) wanted = g_strsplit (names, "|", -1);
          gboolean named = FALSE;

          /* Named after its job, not one it showed before. */
          for (guint i = 0; wanted[i] != NULL; i++)
            {
              g_autofree char *mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (child),
                                                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                              wanted[i]);
              named |= mismatch == NULL;
            }
          g_assert_true (named);
          g_hash_table_add (rows, child);
        }
      else
        collect_rows (child, rows, names);
    }
}

/* GTK 4.8's list builds a row for each job a search brings; the view
 * gives it one of those the last search let go, showing its new job. */
static void
test_search_reuses_rows (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *all = "Agent at Acme Ltd|Agent at Globex|Lead at Initech|Lead at Hooli";
  g_autoptr(GHashTable) before = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) after = g_hash_table_new (NULL, NULL);
  GtkWidget *entry, *list;
  GHashTableIter iter;
  gpointer row;
  guint reused = 0;

  pursuit_test_add_job (fixture->store, "Acme Ltd", "Agent");
  pursuit_test_add_job (fixture->store, "Globex", "Agent");
  pursuit_test_add_job (fixture->store, "Initech", "Lead");
  pursuit_test_add_job (fixture->store, "Hooli", "Lead");
  list = pursuit_test_find_jobs_list (fixture);
  entry = open_search (fixture);

  search_for (fixture, entry, "agent");
  pursuit_test_wait_for_jobs_list (fixture, "Globex Acme Ltd");
  pursuit_test_wait_for_frame (list);
  collect_rows (list, before, "Agent at Acme Ltd|Agent at Globex");
  g_assert_cmpuint (g_hash_table_size (before), ==, 2);

  search_for (fixture, entry, "lead");
  pursuit_test_wait_for_jobs_list (fixture, "Hooli Initech");
  pursuit_test_wait_for_frame (list);
  collect_rows (list, after, "Lead at Initech|Lead at Hooli");
  g_assert_cmpuint (g_hash_table_size (after), ==, 2);

  search_for (fixture, entry, "");
  pursuit_test_wait_for_frame (list);
  g_hash_table_remove_all (after);
  collect_rows (list, after, all);
  g_assert_cmpuint (g_hash_table_size (after), ==, 4);
  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    reused += g_hash_table_contains (before, row);
  g_assert_cmpuint (reused, >, 0);
}

/* The first label under @row: its title, once it has labels (made when
 * it first comes near the screen); NULL before. */
static const char *
row_title (GtkWidget *row)
{
  GtkWidget *label = pursuit_test_find_by_type (row, GTK_TYPE_LABEL);

  return label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

/* Whether the labels of @row (the box holding them) are hidden from
 * assistive technologies: they are while they hold another job's texts. */
static void
assert_labels_hidden (GtkWidget *row,
                      gboolean   hidden)
{
  GtkWidget *box = gtk_widget_get_first_child (row);
  g_autofree char *mismatch = NULL;

  g_assert_true (GTK_IS_BOX (box));
  mismatch = gtk_test_accessible_check_state (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_STATE_HIDDEN, hidden);
  g_assert_null (mismatch);
}

/* Whether @widget is a row named @data (its job's title and company). */
static gboolean
is_row_named (GtkWidget *widget,
              gpointer   data)
{
  g_autofree char *mismatch = NULL;

  if (!PURSUIT_IS_JOB_ROW (widget))
    return FALSE;
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, data);
  return mismatch == NULL;
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *name)
{
  return pursuit_test_find_widget (widget, is_row_named, (gpointer) name);
}

/* A search's answer gives the list's rows other jobs: those far below the
 * screen are named after theirs at once, for assistive technologies, and
 * show their lines (drawn from their labels) when scrolled to. */
static void
test_far_rows_shown_when_near (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *entry, *list, *first, *last;
  g_autoptr(GString) agents = g_string_new (NULL);

  for (guint i = 1; i <= 80; i++)
    {
      g_autofree char *company = g_strdup_printf ("Co%02u", i);
      g_autofree char *title = g_strdup_printf ("%s %02u", i % 2 ? "Agent" : "Lead", i);

      pursuit_test_add_job (fixture->store, company, title);
      if (i % 2)
        g_string_prepend (agents, i > 1 ? " " : ""), g_string_prepend (agents, company);
    }
  list = pursuit_test_find_jobs_list (fixture);
  pursuit_test_wait_for_frame (list);
  /* Every row once near the screen: each has its labels. */
  for (guint i = 0; i < 80; i += 4)
    {
      gtk_widget_activate_action (list, "list.scroll-to-item", "u", i);
      pursuit_test_wait_for_frame (list);
    }
  gtk_widget_activate_action (list, "list.scroll-to-item", "u", 0);
  pursuit_test_wait_for_frame (list);

  entry = open_search (fixture);
  search_for (fixture, entry, "agent");
  pursuit_test_wait_for_jobs_list (fixture, agents->str);
  pursuit_test_wait_for_frame (list);

  /* On screen: the new job's lines. Far below: named after it, its lines
   * not worked out yet. */
  first = find_row (list, "Agent 79 at Co79");
  g_assert_nonnull (first);
  g_assert_cmpstr (row_title (first), ==, "Agent 79");
  last = find_row (list, "Agent 01 at Co01");
  g_assert_nonnull (last);
  g_assert_nonnull (row_title (last));
  g_assert_cmpstr (row_title (last), !=, "Agent 01");
  assert_labels_hidden (last, TRUE);

  /* Scrolled to, it shows them. */
  gtk_widget_activate_action (list, "list.scroll-to-item", "u", 39);
  pursuit_test_wait_for_frame (list);
  pursuit_test_wait_for_frame (list);
  last = find_row (list, "Agent 01 at Co01");
  g_assert_nonnull (last);
  g_assert_cmpstr (row_title (last), ==, "Agent 01");
  assert_labels_hidden (last, FALSE);
}

/* The Sort and Filter menu's actions, each checked against the list's
 * order worked out by hand. */
static void
test_sort_and_filter (Fixture       *fixture,
                      gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  PursuitJob *globex = pursuit_test_add_job (store, "Globex", "Agent");
  PursuitJob *acme = pursuit_test_add_job (store, "Acme Ltd", "Agent");
  PursuitJob *initech = pursuit_test_add_job (store, "Initech", "Agent");
  g_autoptr(PursuitJob) draft = NULL;
  g_autoptr(GError) error = NULL;
  GSettings *settings;
  g_autofree char *kept = NULL;

  /* Most recently updated first: the order they were added, reversed, as
   * all three were added within a second (ties go to the newest id). */
  pursuit_test_wait_for_jobs_list (fixture, "Initech Acme Ltd Globex");

  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.sort", g_variant_new_string ("company")));
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex Initech");
  /* The order is kept for the next run, and a kept one is followed. */
  settings = pursuit_context_get_settings (fixture->context);
  kept = g_settings_get_string (settings, "jobs-sort");
  g_assert_cmpstr (kept, ==, "company");
  g_settings_set_string (settings, "jobs-sort", "updated");
  pursuit_test_wait_for_jobs_list (fixture, "Initech Acme Ltd Globex");
  g_settings_set_string (settings, "jobs-sort", "company");
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex Initech");

  draft = pursuit_job_copy (globex);
  pursuit_job_set_excitement (draft, 5);
  pursuit_job_set_workplace (draft, PURSUIT_WORKPLACE_REMOTE);
  g_assert_true (pursuit_test_store_save (store, draft, PURSUIT_JOB_ALL_FIELDS, &error));
  g_assert_no_error (error);
  g_clear_object (&draft);
  draft = pursuit_job_copy (initech);
  pursuit_job_set_stage (draft, pursuit_test_stage_by_id (store, PURSUIT_STAGE_KIND_REJECTED + 1));
  pursuit_job_set_excitement (draft, 3);
  g_assert_true (pursuit_test_store_save (store, draft, PURSUIT_JOB_ALL_FIELDS, &error));
  g_assert_no_error (error);

  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.sort", g_variant_new_string ("excitement")));
  pursuit_test_wait_for_jobs_list (fixture, "Globex Initech Acme Ltd");

  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.stage-kind", g_variant_new_string ("closed")));
  pursuit_test_wait_for_jobs_list (fixture, "Initech");
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.stage-kind", g_variant_new_string ("open")));
  pursuit_test_wait_for_jobs_list (fixture, "Globex Acme Ltd");
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.workplace", g_variant_new_string ("remote")));
  pursuit_test_wait_for_jobs_list (fixture, "Globex");
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.workplace", g_variant_new_string ("all")));
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.stage-kind", g_variant_new_string ("all")));
  pursuit_test_wait_for_jobs_list (fixture, "Globex Initech Acme Ltd");

  /* Archived jobs are hidden until asked for. */
  g_clear_object (&draft);
  draft = pursuit_job_copy (acme);
  pursuit_job_set_archived (draft, TRUE);
  g_assert_true (pursuit_test_store_save (store, draft, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_ARCHIVED), &error));
  g_assert_no_error (error);
  pursuit_test_wait_for_jobs_list (fixture, "Globex Initech");
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.show-archived", NULL));
  pursuit_test_wait_for_jobs_list (fixture, "Globex Initech Acme Ltd");
}

/* A menu button other than @data with its popover made. */
static gboolean
has_popover (GtkWidget *widget,
             gpointer   data)
{
  return GTK_IS_MENU_BUTTON (widget) && widget != data &&
         gtk_menu_button_get_popover (GTK_MENU_BUTTON (widget)) != NULL;
}

static gboolean
is_shown_main_menu (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

static gboolean
is_shown_sort_menu (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Sort and Filter") == 0;
}

/* Opens @button's menu by pressing @keys, checks it shows its model's
 * items, and closes it with Escape. */
static void
open_by_key (GtkWidget  *button,
             const char *keys,
             const char *item)
{
  GtkPopover *popover;

  pursuit_test_wait_until (pursuit_test_popover_hidden, button, "the menu to be closed");
  g_assert_true (pursuit_test_send_keys (button, keys));
  pursuit_test_wait_until (pursuit_test_popover_shown, button, "the menu to open by key");
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (popover), item));
  g_assert_true (pursuit_test_send_keys (button, "Escape"));
  pursuit_test_wait_until (pursuit_test_popover_hidden, button, "Escape to close the menu");
}

/* No menu of the window is made before it opens (GTK 4.8 makes a menu
 * button's popover, every item's widget, when it is given its model); it
 * opens with the model's items by click, Enter, Space and F10. */
static void
test_menus_made_when_opened (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *view = GTK_WIDGET (pursuit_test_get_jobs_view (fixture));
  GtkWidget *main_menu;
  GtkWidget *view_button;
  GtkPopover *popover;
  GMenuModel *model;

  pursuit_test_add_job (fixture->store, "Acme Ltd", "Agent");
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd");
  g_assert_null (pursuit_test_find_widget (window, has_popover, NULL));

  main_menu = pursuit_test_find_widget (view, is_shown_main_menu, NULL);
  g_assert_nonnull (main_menu);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (main_menu), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Main Menu"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (main_menu), ==, "Main Menu");
  g_assert_true (gtk_widget_is_sensitive (main_menu));
  g_assert_null (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (main_menu)));

  /* Real keys, from the keyboard's focus on the button. */
  gtk_widget_grab_focus (main_menu);
  if (!pursuit_test_send_keys (main_menu, "Return"))
    {
      g_test_skip ("No X11 display or xdotool to press keys with");
      return;
    }
  pursuit_test_wait_until (pursuit_test_popover_shown, main_menu, "Enter to open the main menu");
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (main_menu));
  model = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (main_menu));
  g_assert_nonnull (model);
  g_assert_cmpint (g_menu_model_get_n_items (model), ==, 3);
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (popover), "_Import…"));
  g_assert_true (pursuit_test_send_keys (main_menu, "Escape"));
  pursuit_test_wait_until (pursuit_test_popover_hidden, main_menu, "Escape to close the main menu");
  /* Only the menu opened is made. */
  g_assert_null (pursuit_test_find_widget (window, has_popover, main_menu));

  gtk_widget_grab_focus (main_menu);
  open_by_key (main_menu, "space", "_Keyboard Shortcuts");
  g_assert_true (gtk_menu_button_get_popover (GTK_MENU_BUTTON (main_menu)) == popover);
  /* F10 from the list. */
  gtk_widget_grab_focus (pursuit_test_find_jobs_list (fixture));
  open_by_key (main_menu, "F10", "_Preferences");
  g_assert_true (gtk_menu_button_get_popover (GTK_MENU_BUTTON (main_menu)) == popover);

  /* The Sort and Filter menu, still unmade, opened as a click does. */
  view_button = pursuit_test_find_widget (view, is_shown_sort_menu, NULL);
  g_assert_nonnull (view_button);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (view_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Sort and Filter"));
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (view_button)));
  model = pursuit_test_open_menu (view_button);
  g_assert_cmpint (g_menu_model_get_n_items (model), >, 0);
  g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (view_button))),
                                             "Company"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (view_button));
}

/* Ctrl+E archives the job on screen; the toast's Undo brings it back. */
static void
test_archive_and_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_job_through_ui (fixture, "Support Agent", "Hooli");
  GtkWidget *list = pursuit_test_find_jobs_list (fixture);
  ArchivedWanted archived = { job, TRUE };
  ArchivedWanted back = { job, FALSE };

  pursuit_test_wait_for_label (list, "Hooli");
  if (!pursuit_test_send_keys (GTK_WIDGET (fixture->window), "ctrl+e"))
    g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.archive", NULL));
  pursuit_test_wait_until (archived_is, &archived, "the job to be archived");
  /* Archived jobs leave the list, and stay in the store. */
  pursuit_test_wait_for_no_label (list, "Hooli");
  g_assert_cmpuint (g_list_model_get_n_items (jobs_model (fixture)), ==, 1);

  pursuit_test_click_undo (GTK_WIDGET (fixture->window));
  pursuit_test_wait_until (archived_is, &back, "the job to come back");
  pursuit_test_wait_for_label (list, "Hooli");
}

static void
test_duplicate_warning (Fixture       *fixture,
                        gconstpointer  data)
{
  PursuitJob *existing = pursuit_test_add_job_through_ui (fixture, "Customer Service Specialist", "Acme Ltd.");
  GtkWindow *dialog;
  GtkWidget *label;

  pursuit_test_add_job_through_ui (fixture, "Team Lead", "Globex");
  g_assert_false (pursuit_test_get_selected_job (fixture) == existing);

  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.add", NULL));
  dialog = pursuit_test_wait_for_toplevel (PURSUIT_TYPE_ADD_JOB_DIALOG);

  /* Case, spacing and punctuation do not make it another job. */
  pursuit_test_set_row_text (GTK_WIDGET (dialog), "Job Title", "customer  service specialist");
  pursuit_test_set_row_text (GTK_WIDGET (dialog), "Company", " ACME ltd ");
  label = pursuit_test_find_label (GTK_WIDGET (dialog),
                                   "You already track “Customer Service Specialist” at Acme Ltd. (Wishlist).");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (label)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.open-existing", NULL));
  pursuit_test_wait_for_no_toplevel (PURSUIT_TYPE_ADD_JOB_DIALOG);
  g_assert_true (pursuit_test_get_selected_job (fixture) == existing);
  g_assert_cmpuint (g_list_model_get_n_items (jobs_model (fixture)), ==, 2);
}

static gboolean
show_board (Fixture *fixture)
{
  gboolean shown = FALSE;

  g_object_get (pursuit_test_get_jobs_view (fixture), "show-board", &shown, NULL);
  return shown;
}

/* Ctrl+B shows the board; opening a card goes back to the list on it. */
static void
test_board_opens_job (Fixture       *fixture,
                      gconstpointer  data)
{
  PursuitJob *job = pursuit_test_add_job_through_ui (fixture, "Contact Center Specialist", "Initrode");
  GtkWidget *board;

  pursuit_test_add_job_through_ui (fixture, "Call Center Agent", "Vandelay");
  /* The board is only built when first shown. */
  g_assert_null (pursuit_test_find_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_BOARD_VIEW));
  if (!pursuit_test_send_keys (GTK_WIDGET (fixture->window), "ctrl+b"))
    g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.toggle-board", NULL));
  pursuit_test_wait_until ((PursuitTestCondition) show_board, fixture, "the board to show");
  board = pursuit_test_find_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_BOARD_VIEW);
  g_assert_nonnull (board);
  pursuit_test_wait_for_label (board, "Initrode");
  /* The next run opens on the board too. */
  g_assert_true (g_settings_get_boolean (pursuit_context_get_settings (fixture->context), "jobs-board"));

  g_signal_emit_by_name (board, "job-activated", job);
  g_assert_false (show_board (fixture));
  g_assert_false (g_settings_get_boolean (pursuit_context_get_settings (fixture->context), "jobs-board"));
  g_assert_true (pursuit_test_get_selected_job (fixture) == job);
}

/* Saves @job with another company and, if @stage_id is not 0, stage. */
static void
rename_company (PursuitStore *store,
                PursuitJob   *job,
                const char   *company,
                gint64        stage_id)
{
  g_autoptr(PursuitJob) draft = pursuit_job_copy (job);
  g_autoptr(GError) error = NULL;

  pursuit_job_set_company (draft, company);
  if (stage_id != 0)
    pursuit_job_set_stage (draft, pursuit_test_stage_by_id (store, stage_id));
  g_assert_true (pursuit_test_store_save (store, draft, PURSUIT_JOB_ALL_FIELDS, &error));
  g_assert_no_error (error);
}

/* The jobs found, in the list's order, through the filters; clearing the
 * search brings every job back in the same order. */
static void
test_search_model (Fixture       *fixture,
                   gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  PursuitJob *globex = pursuit_test_add_job (store, "Globex", "Support Agent");
  PursuitJob *initech;
  GtkWidget *entry;

  pursuit_test_add_job (store, "Acme Ltd", "Support Agent");
  initech = pursuit_test_add_job (store, "Initech", "Support Agent");
  pursuit_test_add_job (store, "Hooli", "Engineer");
  pursuit_test_wait_for_jobs_list (fixture, "Hooli Initech Acme Ltd Globex");
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.sort", g_variant_new_string ("company")));
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex Hooli Initech");

  entry = open_search (fixture);
  search_for (fixture, entry, "agent");
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex Initech");

  /* The filters apply to what was found. */
  rename_company (store, initech, "Initech", PURSUIT_STAGE_KIND_REJECTED + 1);
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.stage-kind", g_variant_new_string ("closed")));
  pursuit_test_wait_for_jobs_list (fixture, "Initech");
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.stage-kind", g_variant_new_string ("open")));
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex");
  pursuit_test_wait_for_label (GTK_WIDGET (fixture->window), "1 job hidden by filters");

  /* A job found that the filters hide is counted while it is the store's:
   * the search finds it in the trash too, where it is not. */
  {
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(PursuitJob) trashed = g_object_ref (initech);

    pursuit_store_trash_job_async (store, trashed, NULL, pursuit_test_keep_result, &result);
    g_assert_true (pursuit_store_trash_job_finish (store, pursuit_test_wait_result (&result), &error));
    g_assert_no_error (error);
    pursuit_test_wait_for_no_label (GTK_WIDGET (fixture->window), "1 job hidden by filters");
    g_clear_object (&result);
    pursuit_store_restore_job_async (store, trashed, NULL, pursuit_test_keep_result, &result);
    g_assert_true (pursuit_store_restore_job_finish (store, pursuit_test_wait_result (&result), &error));
    g_assert_no_error (error);
    pursuit_test_wait_for_label (GTK_WIDGET (fixture->window), "1 job hidden by filters");
  }

  /* A selected job stays selected while it is listed. */
  pursuit_jobs_view_select_job (pursuit_test_get_jobs_view (fixture), globex);
  search_for (fixture, entry, "globex");
  pursuit_test_wait_for_jobs_list (fixture, "Globex");
  g_assert_true (pursuit_test_get_selected_job (fixture) == globex);

  /* Cleared: every job the filter lets through, in order. */
  search_for (fixture, entry, "");
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex Hooli");
  g_assert_true (pursuit_test_get_selected_job (fixture) == globex);
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.stage-kind", g_variant_new_string ("all")));
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex Hooli Initech");
}

/* Jobs added, renamed or deleted while a search is shown. */
static void
test_search_follows_store (Fixture       *fixture,
                           gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  PursuitJob *globex = pursuit_test_add_job (store, "Globex", "Agent");
  PursuitJob *acme = pursuit_test_add_job (store, "Acme Ltd", "Agent");
  GtkWidget *entry;

  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.sort", g_variant_new_string ("company")));
  entry = open_search (fixture);
  search_for (fixture, entry, "globex");
  pursuit_test_wait_for_jobs_list (fixture, "Globex");

  pursuit_test_add_job (store, "Globex West", "Agent");
  pursuit_test_wait_for_jobs_list (fixture, "Globex Globex West");

  /* Renamed into the search, and out of it. */
  rename_company (store, acme, "Globex East", 0);
  pursuit_test_wait_for_jobs_list (fixture, "Globex Globex East Globex West");
  rename_company (store, globex, "Initech", 0);
  pursuit_test_wait_for_jobs_list (fixture, "Globex East Globex West");
  /* A row shows the job's new name, in its new place. */
  rename_company (store, acme, "Globex Zenith", 0);
  pursuit_test_wait_for_label (pursuit_test_find_jobs_list (fixture), "Globex Zenith");
  pursuit_test_wait_for_jobs_list (fixture, "Globex West Globex Zenith");
}

/* The fewest jobs a list showed. */
static void
note_fewest (GListModel *model,
             guint       position,
             guint       removed,
             guint       added,
             guint      *fewest)
{
  *fewest = MIN (*fewest, g_list_model_get_n_items (model));
}

/* The most jobs a list showed. */
static void
note_most (GListModel *model,
           guint       position,
           guint       removed,
           guint       added,
           guint      *most)
{
  *most = MAX (*most, g_list_model_get_n_items (model));
}

/* One letter is not searched: the list shows every job and says why; a
 * search superseded before it answered is never shown. */
static void
test_search_letters (Fixture       *fixture,
                     gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  GtkWidget *entry;
  GListModel *shown;
  guint fewest;

  pursuit_test_add_job (store, "Globex", "Agent");
  pursuit_test_add_job (store, "Acme Ltd", "Agent");
  entry = open_search (fixture);

  search_for (fixture, entry, "gl");
  pursuit_test_wait_for_jobs_list (fixture, "Globex");
  pursuit_test_wait_for_no_label (GTK_WIDGET (fixture->window), "Type one more letter to search");

  search_for (fixture, entry, "g");
  pursuit_test_wait_for_label (GTK_WIDGET (fixture->window), "Type one more letter to search");
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex");

  /* Asked for one, then the other before the first answered. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "globex");
  g_signal_emit_by_name (entry, "search-changed");
  gtk_editable_set_text (GTK_EDITABLE (entry), "acme");
  g_signal_emit_by_name (entry, "search-changed");
  pursuit_test_wait_until (search_answered, pursuit_test_get_jobs_view (fixture), "the search to answer");
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd");
  pursuit_test_wait_for_no_label (GTK_WIDGET (fixture->window), "Type one more letter to search");

  /* A search asked for, then given up for one letter before it answered:
   * its answer must not replace the whole list that one letter shows. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "globex");
  g_signal_emit_by_name (entry, "search-changed");
  gtk_editable_set_text (GTK_EDITABLE (entry), "g");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_true (search_answered (pursuit_test_get_jobs_view (fixture)));
  shown = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (pursuit_test_find_jobs_list (fixture))));
  fewest = g_list_model_get_n_items (shown);
  g_signal_connect (shown, "items-changed", G_CALLBACK (note_fewest), &fewest);
  /* The store's worker answers in order: once a later search has
   * answered, the given-up one has too. */
  {
    g_autoptr(GArray) ids = NULL;
    g_autoptr(GAsyncResult) result = NULL;

    pursuit_store_search_jobs_async (store, "acme", NULL, pursuit_test_keep_result, &result);
    ids = pursuit_store_search_jobs_finish (store, pursuit_test_wait_result (&result), NULL);
    g_assert_nonnull (ids);
  }
  for (guint i = 0; i < 2; i++)
    pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex");
  pursuit_test_wait_for_label (GTK_WIDGET (fixture->window), "Type one more letter to search");
  g_signal_handlers_disconnect_by_func (shown, note_fewest, &fewest);
  g_assert_cmpuint (fewest, ==, 2);
}

/* A search that finds every job listed, then a job added that it does
 * not find: the list never shows it, and its model's count matches what
 * it told. */
static void
test_search_finds_all (Fixture       *fixture,
                       gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  GtkWidget *entry;
  GListModel *shown;
  guint fewest, most;

  pursuit_test_add_job (store, "Globex", "Support Agent");
  pursuit_test_add_job (store, "Acme Ltd", "Support Agent");
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.sort", g_variant_new_string ("company")));
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex");
  entry = open_search (fixture);
  search_for (fixture, entry, "agent");
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex");

  shown = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (pursuit_test_find_jobs_list (fixture))));
  fewest = most = g_list_model_get_n_items (shown);
  g_signal_connect (shown, "items-changed", G_CALLBACK (note_fewest), &fewest);
  g_signal_connect (shown, "items-changed", G_CALLBACK (note_most), &most);
  pursuit_test_add_job (store, "Hooli", "Engineer");
  pursuit_test_wait_for_count (jobs_model (fixture), 3, "the job added");
  for (guint i = 0; i < 2; i++)
    pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  pursuit_test_wait_until (search_answered, pursuit_test_get_jobs_view (fixture), "the search run again");
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex");
  g_signal_handlers_disconnect_by_func (shown, note_fewest, &fewest);
  g_signal_handlers_disconnect_by_func (shown, note_most, &most);
  g_assert_cmpuint (fewest, ==, 2);
  g_assert_cmpuint (most, ==, 2);

  /* Cleared: every job. */
  search_for (fixture, entry, "");
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex Hooli");
}

static void
count_change (GListModel *model,
              guint       position,
              guint       removed,
              guint       added,
              guint      *changes)
{
  (*changes)++;
}

/* Types @text at the end of the entry's, or with @text NULL, takes back
 * all but its first @keep characters, as keys would (setting the whole
 * text empties the entry first: the search would end), and waits for the
 * answer. */
static void
edit_search (Fixture    *fixture,
             GtkWidget  *entry,
             const char *text,
             int         keep)
{
  if (text != NULL)
    {
      int position = -1;

      gtk_editable_insert_text (GTK_EDITABLE (entry), text, -1, &position);
    }
  else
    gtk_editable_delete_text (GTK_EDITABLE (entry), keep, -1);
  g_signal_emit_by_name (entry, "search-changed");
  pursuit_test_wait_until (search_answered, pursuit_test_get_jobs_view (fixture), "the search to answer");
}

/* A search, a typed letter, a cleared search and a filter switched each
 * change the list's model at most once, in one splice: the model is never
 * swapped for another, and the jobs found are picked out of the list
 * already sorted and filtered (two letters find 80,000 of 100,000 jobs). */
static void
test_search_one_change (Fixture       *fixture,
                        gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  GtkSelectionModel *selection;
  GListModel *model;
  GtkWidget *entry;
  PursuitJob *initech;
  guint changes = 0;

  pursuit_test_add_job (store, "Globex", "Support Agent");
  pursuit_test_add_job (store, "Acme Ltd", "Support Agent");
  initech = pursuit_test_add_job (store, "Initech", "Support Engineer");
  rename_company (store, initech, "Initech", PURSUIT_STAGE_KIND_REJECTED + 1);
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.sort", g_variant_new_string ("company")));
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex Initech");
  entry = open_search (fixture);
  selection = gtk_list_view_get_model (GTK_LIST_VIEW (pursuit_test_find_jobs_list (fixture)));
  model = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection));
  g_signal_connect (selection, "items-changed", G_CALLBACK (count_change), &changes);

  /* Every job found: nothing changes. */
  edit_search (fixture, entry, "su", 0);
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex Initech");
  g_assert_cmpuint (changes, ==, 0);
  edit_search (fixture, entry, "pport ag", 0);
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex");
  g_assert_cmpuint (changes, ==, 1);
  edit_search (fixture, entry, "ent", 0);
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex");
  g_assert_cmpuint (changes, ==, 1);
  edit_search (fixture, entry, NULL, strlen ("support"));
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex Initech");
  g_assert_cmpuint (changes, ==, 2);

  /* A filter under a search, and without one. */
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.stage-kind", g_variant_new_string ("open")));
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex");
  g_assert_cmpuint (changes, ==, 3);
  edit_search (fixture, entry, NULL, 0);
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex");
  g_assert_cmpuint (changes, ==, 3);
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.stage-kind", g_variant_new_string ("all")));
  pursuit_test_wait_for_jobs_list (fixture, "Acme Ltd Globex Initech");
  g_assert_cmpuint (changes, ==, 4);
  g_assert_true (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection)) == model);
  g_signal_handlers_disconnect_by_func (selection, count_change, &changes);
}

/* Filters switched at a few thousand jobs: the filters the test sets,
 * checked here against each job's own fields. */
typedef struct
{
  Fixture *fixture;
  const char *stage;             /* "all", "open", "closed" */
  gboolean remote;
  gboolean attention;
  gboolean archived;             /* archived jobs shown */
  GCompareFunc compare;          /* the list's order */
  const char *found;             /* a search on: the start of the companies it finds */
} Filtered;

static gboolean
passes (Filtered   *filtered,
        PursuitJob *job,
        GDateTime  *now,
        int         days)
{
  gboolean closed = pursuit_stage_kind_is_closed (pursuit_stage_get_kind (pursuit_job_get_stage (job)));

  if (!filtered->archived && pursuit_job_get_archived (job))
    return FALSE;
  if (g_str_equal (filtered->stage, "open") && closed)
    return FALSE;
  if (g_str_equal (filtered->stage, "closed") && !closed)
    return FALSE;
  if (filtered->remote && pursuit_job_get_workplace (job) != PURSUIT_WORKPLACE_REMOTE)
    return FALSE;
  if (filtered->attention && pursuit_job_get_attention (job, now, days) == PURSUIT_ATTENTION_NONE)
    return FALSE;
  if (filtered->found != NULL && !g_str_has_prefix (pursuit_job_get_company (job), filtered->found))
    return FALSE;
  return TRUE;
}

static int
compare_companies (gconstpointer a,
                   gconstpointer b)
{
  return g_strcmp0 (pursuit_job_get_company (*(PursuitJob **) a), pursuit_job_get_company (*(PursuitJob **) b));
}

/* The latest update first, then the newest id. */
static int
compare_updated (gconstpointer a,
                 gconstpointer b)
{
  PursuitJob *job_a = *(PursuitJob **) a;
  PursuitJob *job_b = *(PursuitJob **) b;

  if (pursuit_job_get_updated_at (job_a) != pursuit_job_get_updated_at (job_b))
    return pursuit_job_get_updated_at (job_a) < pursuit_job_get_updated_at (job_b) ? 1 : -1;
  return pursuit_job_get_id (job_a) < pursuit_job_get_id (job_b) ? 1 : -1;
}

/* The jobs the list and the board show, behind the list's slots. */
static GListModel *
shown_model (Fixture *fixture)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (GTK_LIST_VIEW (pursuit_test_find_jobs_list (fixture)));

  return pursuit_slot_model_get_source (PURSUIT_SLOT_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection))));
}

/* Whether the list shows exactly the store's jobs that pass, in order. */
static gboolean
lists_passing (gpointer data)
{
  Filtered *filtered = data;
  GListModel *jobs = jobs_model (filtered->fixture);
  GListModel *shown = shown_model (filtered->fixture);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int days = g_settings_get_int (pursuit_context_get_settings (filtered->fixture->context), "attention-days");

  for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
    {
      PursuitJob *job = g_list_model_get_item (jobs, i);

      if (passes (filtered, job, now, days))
        g_ptr_array_add (wanted, job);
      else
        g_object_unref (job);
    }
  g_ptr_array_sort (wanted, filtered->compare);

  if (g_list_model_get_n_items (shown) != wanted->len)
    return FALSE;
  for (guint i = 0; i < wanted->len; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (shown, i);

      if (job != g_ptr_array_index (wanted, i))
        return FALSE;
    }
  return TRUE;
}

/* A filter switched (by @action and @target) changes the list in one
 * splice, to exactly the jobs that pass. */
static void
assert_switch (Filtered   *filtered,
               guint      *changes,
               const char *action,
               GVariant   *target)
{
  guint before = *changes;

  g_assert_true (pursuit_test_activate_jobs_action (filtered->fixture, action, target));
  g_assert_cmpuint (*changes, ==, before + 1);
  g_assert_true (lists_passing (filtered));
}

static void
switch_attention (Filtered  *filtered,
                  guint     *changes,
                  GtkWidget *button,
                  gboolean   on)
{
  guint before = *changes;

  filtered->attention = on;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), on);
  g_assert_cmpuint (*changes, ==, before + 1);
  g_assert_true (lists_passing (filtered));
}

static gboolean
is_attention_button (GtkWidget *widget,
                     gpointer   data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_str_has_prefix (gtk_widget_get_tooltip_text (widget) ?: "", "Needs attention: ");
}

/* What the list's Needs attention button says it counts. */
static char *
attention_label (gpointer data)
{
  Fixture *fixture = data;

  return g_strdup (gtk_widget_get_tooltip_text (pursuit_test_find_widget (GTK_WIDGET (fixture->window),
                                                                          is_attention_button, NULL)));
}

/* The Needs attention button, once it counts @count jobs. */
static GtkWidget *
wait_for_attention_count (Fixture *fixture,
                          guint    count)
{
  g_autofree char *name = g_strdup_printf ("Needs attention: %u jobs", count);

  pursuit_test_wait_for_text (attention_label, fixture, name);
  return pursuit_test_find_by_name (GTK_WIDGET (fixture->window), GTK_TYPE_TOGGLE_BUTTON, name);
}

/* The stage, workplace and archive filters and Needs attention, switched
 * on, changed and off at 3,000 jobs, and a job edited under them: each
 * switch is one change of the list's model, to the jobs that pass, in
 * order; Needs attention lists the jobs its count counts. */
static void
test_filters_one_change (Fixture       *fixture,
                         gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (PursuitStageKind));
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PursuitStoreImport) import = NULL;
  g_autoptr(GError) error = NULL;
  Filtered filtered = { fixture, "all", FALSE, FALSE, FALSE, compare_companies };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int days = g_settings_get_int (pursuit_context_get_settings (fixture->context), "attention-days");
  GListModel *shown;
  GtkWidget *attention;
  PursuitJob *due = NULL, *not_due = NULL;
  guint changes = 0, needing = 0;

  for (guint i = 0; i < 3000; i++)
    {
      PursuitJob *job = pursuit_job_new ();
      PursuitStageKind kind = (PursuitStageKind) (i % 9);
      g_autofree char *company = g_strdup_printf ("Company %04u", i);

      pursuit_job_set_company (job, company);
      pursuit_job_set_title (job, "Support Agent");
      pursuit_job_set_workplace (job, (PursuitWorkplace) (i % 4));
      /* A follow-up long past is due; one far ahead is not. */
      pursuit_job_set_next_action_due (job, i % 3 == 0 ? "2020-01-01" : "2199-01-01");
      pursuit_job_set_archived (job, i % 7 == 0);
      /* Applied three weeks ago: the applications wait for an answer. */
      pursuit_job_set_created_at (job, g_date_time_to_unix (now) - 21 * 24 * 60 * 60);
      g_ptr_array_add (drafts, job);
      g_array_append_val (kinds, kind);
    }
  pursuit_store_import_jobs_async (store, drafts, kinds, FALSE, NULL, pursuit_test_keep_result, &result);
  import = pursuit_store_import_jobs_finish (store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (jobs_model (fixture)), ==, 3000);

  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.sort", g_variant_new_string ("company")));
  pursuit_test_wait_until (lists_passing, &filtered, "every job not archived, by company");
  shown = shown_model (fixture);
  g_signal_connect (shown, "items-changed", G_CALLBACK (count_change), &changes);

  /* Needs attention lists what its count counts. */
  for (guint i = 0; i < import->jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (import->jobs, i);

      PursuitAttentionReason reasons = pursuit_job_get_attention (job, now, days);

      if (reasons != PURSUIT_ATTENTION_NONE)
        {
          needing++;
          /* One its follow-up alone brings in. */
          if (due == NULL && reasons == PURSUIT_ATTENTION_FOLLOW_UP_OVERDUE)
            due = job;
        }
      else if (!pursuit_job_get_archived (job) && not_due == NULL &&
               !pursuit_stage_kind_is_closed (pursuit_stage_get_kind (pursuit_job_get_stage (job))))
        not_due = job;
    }
  g_assert_cmpuint (needing, >, 500);
  g_assert_nonnull (not_due);
  attention = wait_for_attention_count (fixture, needing);
  switch_attention (&filtered, &changes, attention, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, needing);
  switch_attention (&filtered, &changes, attention, FALSE);

  /* Turned on, changed and off, one over the other. */
  filtered.stage = "open";
  assert_switch (&filtered, &changes, "jobs.stage-kind", g_variant_new_string ("open"));
  switch_attention (&filtered, &changes, attention, TRUE);
  filtered.remote = TRUE;
  assert_switch (&filtered, &changes, "jobs.workplace", g_variant_new_string ("remote"));
  switch_attention (&filtered, &changes, attention, FALSE);
  filtered.stage = "closed";
  assert_switch (&filtered, &changes, "jobs.stage-kind", g_variant_new_string ("closed"));
  filtered.archived = TRUE;
  assert_switch (&filtered, &changes, "jobs.show-archived", NULL);
  filtered.remote = FALSE;
  assert_switch (&filtered, &changes, "jobs.workplace", g_variant_new_string ("all"));
  filtered.stage = "all";
  assert_switch (&filtered, &changes, "jobs.stage-kind", g_variant_new_string ("all"));
  filtered.archived = FALSE;
  assert_switch (&filtered, &changes, "jobs.show-archived", NULL);

  /* Jobs edited under a filter come and go as their fields say. */
  switch_attention (&filtered, &changes, attention, TRUE);
  pursuit_test_set_next_action_due (store, due, "2199-01-01");
  pursuit_test_wait_until (lists_passing, &filtered, "the job no longer due to leave the list");
  pursuit_test_set_next_action_due (store, not_due, "2020-01-01");
  pursuit_test_wait_until (lists_passing, &filtered, "the job now due to come into the list");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, needing);
  g_assert_true (wait_for_attention_count (fixture, needing) == attention);

  /* In the order of updates, a job edited goes from the bottom to the
   * top: the sort model's change reaches over every job in between. */
  filtered.compare = compare_updated;
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.sort", g_variant_new_string ("updated")));
  pursuit_test_wait_until (lists_passing, &filtered, "the jobs needing attention, latest update first");
  for (guint i = 0; i < import->jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (import->jobs, i);

      /* The oldest job its follow-up alone brings in, not edited yet. */
      if (job != not_due && pursuit_job_get_attention (job, now, days) == PURSUIT_ATTENTION_FOLLOW_UP_OVERDUE)
        {
          due = job;
          break;
        }
    }
  pursuit_test_set_next_action_due (store, due, "2199-01-01");
  pursuit_test_wait_until (lists_passing, &filtered, "the job no longer due to leave the list");
  pursuit_test_set_next_action_due (store, due, "2020-01-01");
  pursuit_test_wait_until (lists_passing, &filtered, "the job due again to come back, at the top");
  g_assert_true (wait_for_attention_count (fixture, needing) == attention);

  /* Applications may wait a month: the list and the count follow at once. */
  g_settings_set_int (pursuit_context_get_settings (fixture->context), "attention-days", 30);
  g_assert_false (lists_passing (&filtered));
  pursuit_test_wait_until (lists_passing, &filtered, "the jobs needing attention after a month");
  attention = wait_for_attention_count (fixture, g_list_model_get_n_items (shown));
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, needing);
  g_settings_reset (pursuit_context_get_settings (fixture->context), "attention-days");

  filtered.attention = FALSE;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (attention), FALSE);
  pursuit_test_wait_until (lists_passing, &filtered, "every job not archived, latest update first");
  g_signal_handlers_disconnect_by_func (shown, count_change, &changes);
}

/* @n jobs from @from on, imported at once: "Globex N" and "Initech N" in
 * turn, updated a minute apart from ten days ago, offset by @offset
 * seconds. */
static PursuitStoreImport *
import_companies (Fixture *fixture,
                  guint    from,
                  guint    n,
                  guint    offset)
{
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (PursuitStageKind));
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 base = g_date_time_to_unix (now) - 10 * 24 * 60 * 60 + offset;
  PursuitStoreImport *import;

  for (guint i = 0; i < n; i++)
    {
      PursuitJob *job = pursuit_job_new ();
      PursuitStageKind kind = PURSUIT_STAGE_KIND_WISHLIST;
      g_autofree char *company = g_strdup_printf ("%s %04u", i % 2 == 0 ? "Globex" : "Initech", from + i);

      pursuit_job_set_company (job, company);
      pursuit_job_set_title (job, "Agent");
      pursuit_job_set_created_at (job, base + i * 60);
      pursuit_job_set_updated_at (job, base + i * 60);
      g_ptr_array_add (drafts, job);
      g_array_append_val (kinds, kind);
    }
  pursuit_store_import_jobs_async (fixture->store, drafts, kinds, FALSE, NULL, pursuit_test_keep_result, &result);
  import = pursuit_store_import_jobs_finish (fixture->store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  return import;
}

static void
delete_jobs (Fixture   *fixture,
             GPtrArray *jobs)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_store_delete_jobs_async (fixture->store, jobs, NULL, pursuit_test_keep_result, &result);
  g_assert_true (pursuit_store_delete_jobs_finish (fixture->store, pursuit_test_wait_result (&result), &error));
  g_assert_no_error (error);
}

/* The job shown at @position. */
static PursuitJob *
shown_job (Fixture *fixture,
           guint    position)
{
  g_autoptr(PursuitJob) job = g_list_model_get_item (shown_model (fixture), position);

  return job;
}

/* The list sorts the store's jobs itself as they change, with a search
 * on: imports sorted in among the jobs there, a job edited going from the
 * bottom to the top and staying selected, jobs renamed out of the search
 * and to another place, jobs deleted a few and many at once; the list
 * shows exactly the jobs found that pass, in order, each time. */
static void
test_order_follows_store (Fixture       *fixture,
                          gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  PursuitJobsView *view = pursuit_test_get_jobs_view (fixture);
  Filtered filtered = { fixture, "all", FALSE, FALSE, FALSE, compare_updated, "Globex" };
  g_autoptr(PursuitStoreImport) first = import_companies (fixture, 0, 200, 0);
  g_autoptr(PursuitStoreImport) second = NULL;
  g_autoptr(GPtrArray) few = g_ptr_array_new ();
  GListModel *shown;
  PursuitJob *job;
  GtkWidget *entry;

  entry = open_search (fixture);
  search_for (fixture, entry, "globex");
  pursuit_test_wait_until (lists_passing, &filtered, "the jobs found, latest update first");
  shown = shown_model (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 100);

  /* More than the list puts in place one by one, between the others. */
  second = import_companies (fixture, 200, 100, 30);
  pursuit_test_wait_until (lists_passing, &filtered, "the jobs imported found too");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 150);
  /* The newer half of the first ones, then both in turn. */
  g_assert_true (shown_job (fixture, 0) == g_ptr_array_index (first->jobs, 198));
  g_assert_true (shown_job (fixture, 49) == g_ptr_array_index (first->jobs, 100));
  g_assert_true (shown_job (fixture, 50) == g_ptr_array_index (second->jobs, 98));
  g_assert_true (shown_job (fixture, 51) == g_ptr_array_index (first->jobs, 98));

  /* The oldest job found, selected and edited: at the top, still selected. */
  job = shown_job (fixture, 149);
  g_assert_true (job == g_ptr_array_index (first->jobs, 0));
  pursuit_jobs_view_select_job (view, job);
  g_assert_true (pursuit_test_get_selected_job (fixture) == job);
  pursuit_test_set_next_action_due (store, job, "2030-01-01");
  pursuit_test_wait_until (lists_passing, &filtered, "the job edited at the top");
  g_assert_true (shown_job (fixture, 0) == job);
  g_assert_true (pursuit_test_get_selected_job (fixture) == job);

  /* Renamed out of the search, from the middle. */
  job = shown_job (fixture, 70);
  rename_company (store, job, "Initech Renamed", 0);
  pursuit_test_wait_until (lists_passing, &filtered, "the job renamed gone from the jobs found");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 149);

  /* A few deleted, and many. */
  for (guint i = 10; i < 16; i++)
    g_ptr_array_add (few, g_ptr_array_index (first->jobs, i));
  delete_jobs (fixture, few);
  pursuit_test_wait_until (lists_passing, &filtered, "the few jobs deleted gone");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 146);
  delete_jobs (fixture, second->jobs);
  pursuit_test_wait_until (lists_passing, &filtered, "the jobs imported second gone");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 96);

  /* Another order; a job selected and renamed to its other end. */
  filtered.compare = compare_companies;
  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.sort", g_variant_new_string ("company")));
  pursuit_test_wait_until (lists_passing, &filtered, "the jobs found, by company");
  job = shown_job (fixture, 1);
  pursuit_jobs_view_select_job (view, job);
  rename_company (store, job, "Globex Zenith", 0);
  pursuit_test_wait_until (lists_passing, &filtered, "the job renamed at the end");
  g_assert_true (shown_job (fixture, 95) == job);
  g_assert_true (pursuit_test_get_selected_job (fixture) == job);

  /* The search cleared: every job, in the same order. */
  filtered.found = NULL;
  search_for (fixture, entry, "");
  pursuit_test_wait_until (lists_passing, &filtered, "every job, by company");
  g_assert_true (pursuit_test_get_selected_job (fixture) == job);

  /* Without a search too, the job selected and renamed to the top stays
   * selected. */
  rename_company (store, job, "Acme First", 0);
  pursuit_test_wait_until (lists_passing, &filtered, "the job renamed at the top");
  g_assert_true (shown_job (fixture, 0) == job);
  g_assert_true (pursuit_test_get_selected_job (fixture) == job);
}

/* The list's entry searches at each letter, with none of GtkSearchEntry's
 * 150 ms of delay: a letter must be shown within 50 ms, and a search
 * superseded by the next letter is cancelled and its answer dropped. */
static void
test_search_delay (Fixture       *fixture,
                   gconstpointer  data)
{
  pursuit_test_add_job (fixture->store, "Globex", "Agent");
  g_assert_cmpuint (gtk_search_entry_get_search_delay (GTK_SEARCH_ENTRY (open_search (fixture))), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/add-job-shows-row", test_add_job_shows_row);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/add-key", test_add_key);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/delete-and-undo", test_delete_and_undo);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/switch-pane", test_switch_pane);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/search-filters", test_search_filters);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/sort-and-filter", test_sort_and_filter);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/search-model", test_search_model);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/search-follows-store", test_search_follows_store);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/search-letters", test_search_letters);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/search-delay", test_search_delay);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/search-one-change", test_search_one_change);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/search-finds-all", test_search_finds_all);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/filters-one-change", test_filters_one_change);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/order-follows-store", test_order_follows_store);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/archive-and-undo", test_archive_and_undo);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/duplicate-warning", test_duplicate_warning);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/board-opens-job", test_board_opens_job);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/search-reuses-rows", test_search_reuses_rows);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/far-rows-shown-when-near", test_far_rows_shown_when_near);
  PURSUIT_TEST_ADD_WINDOW ("/jobs-view/menus-made-when-opened", test_menus_made_when_opened);

  return g_test_run ();
}
