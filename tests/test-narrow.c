/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-add-job-dialog.h"
#include "pursuit-contact-dialog.h"
#include "pursuit-contacts-section.h"
#include "pursuit-custom-question-dialog.h"
#include "pursuit-history-dialog.h"
#include "pursuit-practice-section.h"
#include "pursuit-question-chooser.h"
#include "pursuit-story-dialog.h"
#include "pursuit-document-dialog.h"
#include "pursuit-interview-dialog.h"
#include "pursuit-interviews-section.h"
#include "pursuit-job-page.h"
#include "pursuit-session-page.h"
#include "pursuit-guides-view.h"
#include "pursuit-practice-view.h"
#include "pursuit-preferences-window.h"
#include "pursuit-test-widgets.h"

/* A phone's width, GNOME's smallest for a mobile form factor: every view
 * and dialog fits in it, and the views stay reachable. */

#define NARROW 360
#define GUIDE_ID "customer-service-specialist"

typedef PursuitTestWindowFixture Fixture;

static int
min_width (GtkWidget *widget)
{
  int minimum = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  return minimum;
}

/* What asks for the width: the path down through each widest child, so a
 * failure names the widget to fix. */
static char *
describe_widest (GtkWidget *widget)
{
  GString *path = g_string_new (NULL);

  while (widget != NULL)
    {
      GtkWidget *widest = NULL;
      const char *name = gtk_widget_get_name (widget);

      g_string_append_printf (path, "\n  %s%s%s %d", G_OBJECT_TYPE_NAME (widget),
                              name != NULL && g_strcmp0 (name, G_OBJECT_TYPE_NAME (widget)) != 0 ? "#" : "",
                              name != NULL && g_strcmp0 (name, G_OBJECT_TYPE_NAME (widget)) != 0 ? name : "",
                              min_width (widget));
      if (GTK_IS_LABEL (widget))
        g_string_append_printf (path, " \"%.40s\"", gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append (path, " [");
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          g_string_append_printf (path, " %s:%d", G_OBJECT_TYPE_NAME (child), min_width (child));
          if (gtk_widget_get_visible (child) && (gtk_widget_get_child_visible (child) || ADW_IS_LEAFLET (widget)) && (widest == NULL || min_width (child) > min_width (widest)))
            widest = child;
        }
      g_string_append (path, " ]");
      widget = widest;
    }
  return g_string_free (path, FALSE);
}

static gboolean
is_narrow (gpointer data)
{
  return gtk_widget_get_width (data) <= NARROW;
}

static void
assert_fits (GtkWidget  *toplevel,
             const char *what)
{
  GtkWidget *content = gtk_widget_get_first_child (toplevel);

  pursuit_test_wait_for_frame (toplevel);
  if (min_width (content) > NARROW)
    {
      g_autofree char *widest = describe_widest (content);

      g_error ("%s asks for %d px, more than %d:%s", what, min_width (content), NARROW, widest);
    }
  /* A header that gives up a button once it learns it is narrow does so
   * after a first, wider frame. */
  pursuit_test_wait_until (is_narrow, toplevel, what);
}

static gboolean
bar_revealed (gpointer data)
{
  return adw_view_switcher_bar_get_reveal (data);
}

/* The views are reachable: the switcher bar at the bottom is shown, inside
 * the window, with a button for each view. */
static void
assert_switcher_reachable (Fixture *fixture)
{
  GtkWidget *bar = pursuit_test_get_by_type (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_SWITCHER_BAR);
  graphene_rect_t bounds;
  guint n_views;

  pursuit_views_get_all (&n_views);
  pursuit_test_wait_until (bar_revealed, bar, "the view switcher bar to show");
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_get_mapped (bar));
  g_assert_true (gtk_widget_compute_bounds (bar, GTK_WIDGET (fixture->window), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (fixture->window)));
  g_assert_cmpfloat (bounds.size.height, >, 0);
  g_assert_cmpuint (pursuit_test_count_type (bar, GTK_TYPE_TOGGLE_BUTTON), ==, n_views);
}


static void
narrow_set_up (Fixture       *fixture,
               gconstpointer  data)
{
  pursuit_test_window_set_up (fixture, data);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), NARROW, 640);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
test_window_minimum (Fixture       *fixture,
                     gconstpointer  data)
{
  int width, height;

  gtk_widget_get_size_request (GTK_WIDGET (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, NARROW);
  g_assert_cmpint (height, >=, 294);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, NARROW);
}

static void
test_views (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  const PursuitViewInfo *views;
  guint n_views;

  views = pursuit_views_get_all (&n_views);
  /* Empty first, then with a job in the list. */
  for (guint i = 0; i < n_views; i++)
    {
      pursuit_test_show_view (window, views[i].name);
      assert_fits (window, views[i].name);
      assert_switcher_reachable (fixture);
    }
  pursuit_test_show_new_job (fixture, "Northwind Contact Center Solutions", "Bilingual Customer Service Representative");
  pursuit_test_show_view (window, "jobs");
  assert_fits (window, "the job page");
  assert_switcher_reachable (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pursuit_test_get_jobs_view (fixture)), "jobs.toggle-board", NULL));
  assert_fits (window, "the board");
  assert_switcher_reachable (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pursuit_test_get_jobs_view (fixture)), "jobs.toggle-board", NULL));
  for (guint i = 0; i < n_views; i++)
    {
      pursuit_test_show_view (window, views[i].name);
      assert_fits (window, views[i].name);
    }
}

/* The guide's tables shown as @type: a grid, or a box of blocks. */
static guint
count_tables_shown (GtkWidget *root,
                    GType      type)
{
  guint count = 0;

  if (ADW_IS_SQUEEZER (root))
    return g_type_is_a (G_OBJECT_TYPE (adw_squeezer_get_visible_child (ADW_SQUEEZER (root))), type) ? 1 : 0;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    count += count_tables_shown (child, type);
  return count;
}

static void
test_guide (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *view = pursuit_test_show_view (window, "guides");
  guint n_lists, n_tables;

  g_assert_true (gtk_widget_activate_action (view, "guides.open-guide", "s", GUIDE_ID));
  pursuit_test_wait_for_whole_guide (view);
  assert_fits (window, "a guide with its tables");
  assert_switcher_reachable (fixture);
  /* The tables too wide for it with their words whole are lists of rows
   * here, and every one is a table again on a wide window. */
  n_lists = count_tables_shown (view, GTK_TYPE_BOX);
  n_tables = n_lists + count_tables_shown (view, GTK_TYPE_GRID);
  g_assert_cmpuint (n_lists, >=, 3);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 720);
  pursuit_test_wait_for_frame (window);
  pursuit_test_wait_for_frame (window);
  g_assert_cmpuint (count_tables_shown (view, GTK_TYPE_GRID), ==, n_tables);
  gtk_window_set_default_size (GTK_WINDOW (window), NARROW, 640);
  g_assert_true (gtk_widget_activate_action (view, "guides.show-questions", "s", GUIDE_ID));
  assert_fits (window, "a guide's questions");
}



static void
test_practice_session (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *page = pursuit_test_start_practice (window, fixture->context);

  assert_fits (window, "a practice session");
  /* The guidance open, the answer rated: the summary at the end. */
  g_assert_true (gtk_widget_activate_action (page, "session.show-guidance", NULL));
  assert_fits (window, "a practice session's guidance");
  g_assert_true (gtk_widget_activate_action (page, "session.escape", NULL));
  assert_fits (window, "a practice session's summary");
}

static void
assert_dialog_fits (GType       type,
                    const char *what)
{
  GtkWindow *dialog = pursuit_test_wait_for_toplevel (type);

  gtk_window_set_default_size (dialog, NARROW, 640);
  assert_fits (GTK_WIDGET (dialog), what);
  gtk_window_destroy (dialog);
  pursuit_test_wait_for_no_toplevel (type);
}

static void
test_dialogs (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *section;
  GtkWidget *view;

  g_assert_true (pursuit_test_activate_jobs_action (fixture, "jobs.add", NULL));
  assert_dialog_fits (PURSUIT_TYPE_ADD_JOB_DIALOG, "the Add Job dialog");

  g_assert_true (gtk_widget_activate_action (pursuit_test_show_view (window, "documents"), "documents.write", NULL));
  assert_dialog_fits (PURSUIT_TYPE_DOCUMENT_DIALOG, "the document dialog");

  gtk_window_present (GTK_WINDOW (pursuit_preferences_window_new (fixture->context)));
  assert_dialog_fits (PURSUIT_TYPE_PREFERENCES_WINDOW, "Preferences");

  pursuit_test_show_new_job (fixture, "Northwind", "Support Agent");
  pursuit_test_show_view (window, "jobs");
  section = pursuit_test_reach_section (window, PURSUIT_TYPE_INTERVIEWS_SECTION);
  g_assert_true (gtk_widget_activate_action (section, "interviews.add", NULL));
  assert_dialog_fits (PURSUIT_TYPE_INTERVIEW_DIALOG, "the interview dialog");
  section = pursuit_test_reach_section (window, PURSUIT_TYPE_CONTACTS_SECTION);
  g_assert_true (gtk_widget_activate_action (section, "contacts.new", NULL));
  assert_dialog_fits (PURSUIT_TYPE_CONTACT_DIALOG, "the contact dialog");
  section = pursuit_test_reach_section (window, PURSUIT_TYPE_PRACTICE_SECTION);
  g_assert_true (gtk_widget_activate_action (section, "practice-section.pin", NULL));
  assert_dialog_fits (PURSUIT_TYPE_QUESTION_CHOOSER, "the question chooser");

  view = pursuit_test_show_view (window, "practice");
  pursuit_test_wait_until ((PursuitTestCondition) pursuit_practice_state_get_loaded,
                           pursuit_context_get_practice (fixture->context), "practice to load");
  g_assert_true (gtk_widget_activate_action (view, "practice.add-story", NULL));
  assert_dialog_fits (PURSUIT_TYPE_STORY_DIALOG, "the story dialog");
  g_assert_true (gtk_widget_activate_action (view, "practice.add-question", NULL));
  assert_dialog_fits (PURSUIT_TYPE_CUSTOM_QUESTION_DIALOG, "the dialog of a question of one's own");
  g_assert_true (gtk_widget_activate_action (window, "win.question-history", "s", "q-angry-customer-refund"));
  assert_dialog_fits (PURSUIT_TYPE_HISTORY_DIALOG, "a question's answers");
}

/* With the keyboard alone, each view in turn and back, whatever the view
 * before left focused. */
static void
test_view_keys (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  const PursuitViewInfo *views;
  guint n_views;

  views = pursuit_views_get_all (&n_views);
  pursuit_test_add_job (fixture->store, "Northwind", "Support Agent");
  pursuit_test_wait_for_jobs_list (fixture, "Northwind");
  /* The list has the focus, as when the window opens on it. */
  g_assert_true (gtk_widget_grab_focus (pursuit_test_find_jobs_list (fixture)));
  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < n_views; i++)
      {
        guint n = round == 0 ? i : n_views - 1 - i;
        g_autofree char *key = g_strdup_printf ("alt+%u", n + 1);

        if (!pursuit_test_send_keys (window, key))
          {
            g_test_skip ("No X display to send keys to");
            return;
          }
        pursuit_test_wait_for_view (window, views[n].name, key);
        pursuit_test_wait_for_frame (window);
      }
}

static gboolean
job_shown (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *page = pursuit_test_find_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_JOB_PAGE);

  return pursuit_test_get_selected_job (fixture) != NULL && page != NULL && gtk_widget_get_mapped (page);
}

/* A phone opens on the list with the keyboard in it: Return opens the
 * first job. */
static void
test_keyboard_list (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);

  /* The jobs come in as when the file is read at start. */
  pursuit_test_add_job (fixture->store, "Northwind", "Support Agent");
  pursuit_test_wait_for_jobs_list (fixture, "Northwind");
  pursuit_test_wait_for_frame (window);
  pursuit_test_wait_for_frame (window);
  g_assert_null (pursuit_test_get_selected_job (fixture));

  if (!pursuit_test_send_keys (window, "Return"))
    {
      g_test_skip ("No X display to send keys to");
      return;
    }
  pursuit_test_wait_until (job_shown, fixture, "Return to open the job");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;
  /* GNOME's own title bar buttons (a phone's too): the window's menu and
   * Close, not the three of a bare X server. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, narrow_set_up, func, pursuit_test_window_tear_down)
  ADD ("/narrow/window-minimum", test_window_minimum);
  ADD ("/narrow/views", test_views);
  ADD ("/narrow/guide", test_guide);
  ADD ("/narrow/practice-session", test_practice_session);
  ADD ("/narrow/dialogs", test_dialogs);
  ADD ("/narrow/view-keys", test_view_keys);
  ADD ("/narrow/keyboard-list", test_keyboard_list);

  return g_test_run ();
}
