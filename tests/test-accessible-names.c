/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pursuit-add-job-dialog.h"
#include "pursuit-board-view.h"
#include "pursuit-documents-view.h"
#include "pursuit-contacts-section.h"
#include "pursuit-guides-view.h"
#include "pursuit-interviews-section.h"
#include "pursuit-job-documents-section.h"
#include "pursuit-login-section.h"
#include "pursuit-notes-panel.h"
#include "pursuit-notes-section.h"
#include "pursuit-practice-section.h"
#include "pursuit-practice-view.h"
#include "pursuit-preferences-window.h"
#include "pursuit-stages-page.h"
#include "pursuit-test-widgets.h"
#include "pursuit-timeline-section.h"

/* What a screen reader says for every control a user can reach: each
 * button, menu button, switch, spin button, entry and combo row on the
 * Jobs view (empty, list, job page, board, Add Job dialog), in
 * Preferences' stages and in the Guides, Practice and Documents views has
 * a name of its own: not a widget's type name, not a label with its
 * mnemonic underscore ("_Add Job"), not said twice ("Add Job Add Job").
 * Over AT-SPI, GTK 4.8 names a control after its label property followed
 * by the names of the widgets it is labelled by; with neither, it falls
 * back to the type name. Each entry row's text, which takes its focus,
 * is a text box named after the row's title. */

typedef PursuitTestWindowFixture Fixture;

/* The label property, or NULL when it is not set. */
static char *
get_label_property (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;

  /* Checked against a value it cannot have, the property tells its own. */
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "\x01");
}

/* The widgets @widget is labelled by: GTK 4.8 shows them only as text,
 * "GtkLabel<0x…> GtkLabel<0x…>". */
static GPtrArray *
get_labelled_by (GtkWidget *widget)
{
  g_autofree char *relation = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget),
                                                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, NULL);
  GPtrArray *widgets = g_ptr_array_new ();
  const char *p = relation;

  while (p != NULL && (p = strchr (p, '<')) != NULL)
    {
      void *pointer = NULL;

      if (sscanf (p, "<%p>", &pointer) == 1 && GTK_IS_WIDGET (pointer))
        g_ptr_array_add (widgets, pointer);
      p++;
    }
  return widgets;
}

/* The name a screen reader hears, or NULL for none: as GTK 4.8 gives it
 * over AT-SPI, the label property followed by the names of what labels
 * the widget. */
static char *
get_name (GtkWidget *widget)
{
  g_autofree char *label = get_label_property (widget);
  g_autoptr(GPtrArray) labelled_by = get_labelled_by (widget);
  g_autoptr(GString) name = g_string_new (label);

  for (guint i = 0; i < labelled_by->len; i++)
    {
      g_autofree char *part = get_label_property (g_ptr_array_index (labelled_by, i));

      if (part == NULL)
        continue;
      g_string_append_printf (name, "%s%s", name->len > 0 ? " " : "", part);
    }
  return name->len > 0 ? g_string_free (g_steal_pointer (&name), FALSE) : NULL;
}

/* "Add Job Add Job": a name and a label that both say it. */
static gboolean
is_said_twice (const char *name)
{
  size_t length = strlen (name);

  return length % 2 == 1 && name[length / 2] == ' ' && strncmp (name, name + length / 2 + 1, length / 2) == 0;
}

static gboolean
is_control (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_SWITCH (widget) ||
         GTK_IS_SPIN_BUTTON (widget) || GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget) ||
         GTK_IS_PASSWORD_ENTRY (widget) || ADW_IS_ENTRY_ROW (widget) || ADW_IS_COMBO_ROW (widget) ||
         GTK_IS_DROP_DOWN (widget) || GTK_IS_CHECK_BUTTON (widget);
}

/* Parts of a control that screen readers hear as the control itself. */
static gboolean
is_inside_control (GtkWidget *widget)
{
  return GTK_IS_MENU_BUTTON (widget) || GTK_IS_SPIN_BUTTON (widget) || GTK_IS_DROP_DOWN (widget) ||
         /* The window's own minimize, maximize and close: GTK names them. */
         GTK_IS_WINDOW_CONTROLS (widget);
}

static void
check_controls (GtkWidget  *widget,
                GString    *problems,
                guint      *n_checked,
                const char *where)
{
  /* Hidden, or on a page of a stack not shown, or in a closed revealer */
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (is_control (widget))
    {
      g_autofree char *name = get_name (widget);

      (*n_checked)++;
      if (name == NULL)
        g_string_append_printf (problems, "%s: a %s without a name (it would be called “%s”), tooltip “%s”, in a %s\n",
                                where, G_OBJECT_TYPE_NAME (widget), G_OBJECT_TYPE_NAME (widget),
                                gtk_widget_get_tooltip_text (widget),
                                G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
      else if (strchr (name, '_') != NULL)
        g_string_append_printf (problems, "%s: a %s named “%s”, with a mnemonic underscore\n",
                                where, G_OBJECT_TYPE_NAME (widget), name);
      else if (is_said_twice (name))
        g_string_append_printf (problems, "%s: a %s named “%s”, its name said twice\n",
                                where, G_OBJECT_TYPE_NAME (widget), name);
      else if (g_type_from_name (name) != 0)
        g_string_append_printf (problems, "%s: a %s named after a type, “%s”\n",
                                where, G_OBJECT_TYPE_NAME (widget), name);
    }

  /* An entry row's focus is on its text, which a screen reader hears of
   * only as a text box, named after the row's title. */
  if (ADW_IS_ENTRY_ROW (widget))
    {
      GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (widget)));
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
      g_autofree char *name = get_label_property (text);

      if (!gtk_test_accessible_has_role (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_ROLE_TEXT_BOX) ||
          g_strcmp0 (name, title) != 0)
        g_string_append_printf (problems, "%s: the %s “%s” takes the focus in a text a screen reader hears "
                                "nothing of (named “%s”)\n",
                                where, G_OBJECT_TYPE_NAME (widget), title, name ? name : "");
    }

  if (is_inside_control (widget))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_controls (child, problems, n_checked, where);
}

/* Walks what is shown of @root and fails with every control found without
 * a proper name. Returns how many controls it checked. */
static guint
assert_controls_named (GtkWidget  *root,
                       const char *where)
{
  g_autoptr(GString) problems = g_string_new (NULL);
  guint n_checked = 0;

  check_controls (root, problems, &n_checked, where);
  if (problems->len > 0)
    g_error ("Controls without a proper accessible name:\n%s", problems->str);
  return n_checked;
}

typedef struct
{
  GtkWidget *root;
  GType type;
} MappedWanted;

static gboolean
is_mapped_type (GtkWidget *widget,
                gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data)) && gtk_widget_get_mapped (widget);
}

static gboolean
is_mapped_of_type (gpointer data)
{
  MappedWanted *wanted = data;

  return pursuit_test_find_widget (wanted->root, is_mapped_type, GSIZE_TO_POINTER (wanted->type)) != NULL;
}

static void
wait_for_mapped (GtkWidget *root,
                 GType      type)
{
  MappedWanted wanted = { root, type };

  pursuit_test_wait_until (is_mapped_of_type, &wanted, g_type_name (type));
}

static gboolean
is_job_row (GtkWidget *widget,
            gpointer   data)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  return child != NULL && g_str_equal (G_OBJECT_TYPE_NAME (child), "PursuitJobRow") &&
         gtk_widget_get_focusable (widget);
}

static gboolean
has_delete_note_button (gpointer data)
{
  GtkWidget *button = pursuit_test_find_button (data, "_Delete Note");

  return button != NULL && gtk_widget_get_mapped (button);
}

static void
test_jobs_view (Fixture       *fixture,
                gconstpointer  data)
{
  PursuitJobsView *view = pursuit_test_get_jobs_view (fixture);
  g_autoptr(GDateTime) interview_at = g_date_time_new_local (2031, 3, 4, 14, 30, 0);
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(PursuitInterview) saved = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;
  GtkWidget *row;
  GtkWidget *board;
  GtkWindow *dialog;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));

  /* Empty */
  assert_controls_named (GTK_WIDGET (fixture->window), "the empty Jobs view");

  /* The list and the job page, the list filtered so its notice shows */
  job = pursuit_test_add_job (fixture->store, "Acme Ltd", "Support Agent");
  interview = pursuit_test_make_interview (pursuit_job_get_id (job), g_date_time_to_unix (interview_at));
  pursuit_store_add_interview_async (fixture->store, interview, NULL, pursuit_test_keep_result, &result);
  saved = pursuit_store_save_interview_finish (fixture->store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  pursuit_test_add_job (fixture->store, "Globex", "Team Lead");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.workplace", "s", "remote"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.workplace", "s", "all"));
  pursuit_jobs_view_select_job (view, job);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.search", NULL));
  wait_for_mapped (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (fixture->window), "the list and the job page"), >, 20);

  /* Every section of the page (those below the first screen are made
   * when scrolled to), and a prep note of the user's own, with its Delete
   * button */
  {
    GType sections[] = {
      PURSUIT_TYPE_NOTES_SECTION, PURSUIT_TYPE_JOB_DOCUMENTS_SECTION, PURSUIT_TYPE_TIMELINE_SECTION,
      PURSUIT_TYPE_INTERVIEWS_SECTION, PURSUIT_TYPE_PRACTICE_SECTION, PURSUIT_TYPE_CONTACTS_SECTION,
      PURSUIT_TYPE_LOGIN_SECTION,
    };

    for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
      pursuit_test_reach_section (GTK_WIDGET (view), sections[i]);
  }
  g_assert_true (gtk_widget_activate_action (pursuit_test_get_by_type (GTK_WIDGET (view), PURSUIT_TYPE_NOTES_PANEL),
                                             "notes.new", "s", ""));
  pursuit_test_wait_until (has_delete_note_button, view, "the note's Delete button");
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_controls_named (GTK_WIDGET (fixture->window), "the job page with a prep note");

  /* Each job's row in the list is named after the job. */
  row = pursuit_test_find_widget (GTK_WIDGET (view), is_job_row, NULL);
  g_assert_nonnull (row);
  {
    g_autofree char *name = get_name (row);

    g_assert_true (g_strcmp0 (name, "Support Agent at Acme Ltd") == 0 || g_strcmp0 (name, "Team Lead at Globex") == 0);
  }

  /* The board */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.toggle-board", NULL));
  wait_for_mapped (GTK_WIDGET (view), PURSUIT_TYPE_BOARD_VIEW);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  board = pursuit_test_get_by_type (GTK_WIDGET (view), PURSUIT_TYPE_BOARD_VIEW);
  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (fixture->window), "the board"), >, 8);
  g_assert_nonnull (pursuit_test_find_by_type (board, GTK_TYPE_MENU_BUTTON));

  /* The Add Job dialog, with its warning about a job already tracked */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.add", NULL));
  dialog = pursuit_test_wait_for_toplevel (PURSUIT_TYPE_ADD_JOB_DIALOG);
  pursuit_test_set_row_text (GTK_WIDGET (dialog), "Job Title", "Team Lead");
  pursuit_test_set_row_text (GTK_WIDGET (dialog), "Company", "Globex");
  pursuit_test_wait_for_label (GTK_WIDGET (dialog), "You already track “Team Lead” at Globex (Wishlist).");
  pursuit_test_wait_for_frame (GTK_WIDGET (dialog));
  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (dialog), "the Add Job dialog"), >, 8);
}

static gboolean
is_switch_named (GtkWidget *widget,
                 gpointer   data)
{
  g_autofree char *name = GTK_IS_SWITCH (widget) ? get_name (widget) : NULL;

  return g_strcmp0 (name, data) == 0;
}

static void
test_preferences_stages (Fixture       *fixture,
                         gconstpointer  data)
{
  PursuitPreferencesWindow *preferences = pursuit_preferences_window_new (fixture->context);
  GtkWidget *page;

  gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (preferences));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "pipeline");
  pursuit_test_wait_for_frame (GTK_WIDGET (preferences));
  page = pursuit_test_get_by_type (GTK_WIDGET (preferences), PURSUIT_TYPE_STAGES_PAGE);
  g_assert_cmpuint (assert_controls_named (page, "Preferences ▸ Pipeline"), >, 27);

  /* Each stage's switch says which stage it shows. */
  g_assert_nonnull (pursuit_test_find_widget (page, is_switch_named, (gpointer) "Show Interviewing"));
  g_assert_nonnull (pursuit_test_find_widget (page, is_switch_named, (gpointer) "Show Wishlist"));
}

/* Shows the view named @name, as its switcher button or Alt+number does. */
static GtkWidget *
show_view (Fixture    *fixture,
           const char *name,
           GType       type)
{
  GtkWidget *view;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", name));
  view = pursuit_test_get_by_type (GTK_WIDGET (fixture->window), type);
  wait_for_mapped (GTK_WIDGET (fixture->window), type);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  return view;
}

static void
test_guides_view (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *guides;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  guides = show_view (fixture, "guides", PURSUIT_TYPE_GUIDES_VIEW);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  wait_for_mapped (guides, GTK_TYPE_SEARCH_ENTRY);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (fixture->window), "the Guides view"), >, 4);

  g_assert_true (gtk_widget_activate_action (guides, "guides.open-guide", "s", "customer-service-specialist"));
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_controls_named (GTK_WIDGET (fixture->window), "a guide");

  g_assert_true (gtk_widget_activate_action (guides, "guides.show-questions", "s", ""));
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  assert_controls_named (GTK_WIDGET (fixture->window), "the interview questions");
}

/* The two views that came after this test was written: Practice and
 * Documents, empty and with a job to practise for. */
static void
test_practice_view (Fixture       *fixture,
                    gconstpointer  data)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  pursuit_test_add_job (fixture->store, "Acme Ltd", "Customer Service Specialist");
  show_view (fixture, "practice", PURSUIT_TYPE_PRACTICE_VIEW);
  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (fixture->window), "the Practice view"), >, 4);
}

static void
test_documents_view (Fixture       *fixture,
                     gconstpointer  data)
{
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  show_view (fixture, "documents", PURSUIT_TYPE_DOCUMENTS_VIEW);
  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (fixture->window), "the Documents view"), >, 4);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_WINDOW ("/accessible-names/jobs-view", test_jobs_view);
  PURSUIT_TEST_ADD_WINDOW ("/accessible-names/preferences-stages", test_preferences_stages);
  PURSUIT_TEST_ADD_WINDOW ("/accessible-names/guides-view", test_guides_view);
  PURSUIT_TEST_ADD_WINDOW ("/accessible-names/practice-view", test_practice_view);
  PURSUIT_TEST_ADD_WINDOW ("/accessible-names/documents-view", test_documents_view);

  return g_test_run ();
}
