/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include "pursuit-add-job-dialog.h"
#include "pursuit-board-view.h"
#include "pursuit-guides-view.h"
#include "pursuit-jobs-view.h"
#include "pursuit-preferences-window.h"
#include "pursuit-stages-page.h"
#include "pursuit-test-jobs.h"
#include "pursuit-view.h"
#include "pursuit-window.h"

/* What a screen reader says for every control a user can reach: each
 * button, menu button, switch, spin button, entry and combo row on the
 * Jobs view (empty, list, job page, board), in Preferences' stages and in
 * the Guides view has a name of its own: not a widget's type name, not a
 * label with its mnemonic underscore ("_Add Job"). GTK 4.8 names a
 * control after its label property, or else after the label property of
 * the widgets it is labelled by; with neither, it falls back to the type
 * name. */

typedef struct
{
  PursuitTestDatabase database;
  PursuitWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  pursuit_test_database_open (&fixture->database, "pursuit-accessible");
  fixture->window = pursuit_window_new (NULL, fixture->database.context);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWindow *preferences = pursuit_test_find_toplevel (PURSUIT_TYPE_PREFERENCES_WINDOW);

  if (preferences != NULL)
    gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  pursuit_test_database_close (&fixture->database);
}

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

/* The name a screen reader hears, or NULL for none. */
static char *
get_name (GtkWidget *widget)
{
  g_autofree char *label = get_label_property (widget);
  g_autoptr(GPtrArray) labelled_by = NULL;
  g_autoptr(GString) name = NULL;

  if (label != NULL && label[0] != '\0')
    return g_steal_pointer (&label);

  labelled_by = get_labelled_by (widget);
  name = g_string_new (NULL);
  for (guint i = 0; i < labelled_by->len; i++)
    {
      g_autofree char *part = get_label_property (g_ptr_array_index (labelled_by, i));

      if (part == NULL)
        return NULL;
      g_string_append_printf (name, "%s%s", name->len > 0 ? " " : "", part);
    }
  return name->len > 0 ? g_string_free (g_steal_pointer (&name), FALSE) : NULL;
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
      else if (g_type_from_name (name) != 0)
        g_string_append_printf (problems, "%s: a %s named after a type, “%s”\n",
                                where, G_OBJECT_TYPE_NAME (widget), name);
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

static PursuitJobsView *
get_jobs_view (Fixture *fixture)
{
  return PURSUIT_JOBS_VIEW (pursuit_test_find_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_JOBS_VIEW));
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
has_add_dialog (gpointer data)
{
  return pursuit_test_find_toplevel (PURSUIT_TYPE_ADD_JOB_DIALOG) != NULL;
}

static void
test_jobs_view (Fixture       *fixture,
                gconstpointer  data)
{
  PursuitStore *store = pursuit_context_get_store (fixture->database.context);
  PursuitJobsView *view = get_jobs_view (fixture);
  g_autoptr(GDateTime) interview = g_date_time_new_local (2031, 3, 4, 14, 30, 0);
  PursuitJob *job;
  GtkWidget *row;
  GtkWidget *board;
  GtkWindow *dialog;

  /* Empty */
  assert_controls_named (GTK_WIDGET (fixture->window), "the empty Jobs view");

  /* The list and the job page, the list filtered so its notice shows */
  job = pursuit_test_add_simple_job (store, "Support Agent", "Acme Ltd");
  pursuit_test_add_interview (store, job, g_date_time_to_unix (interview));
  pursuit_test_add_simple_job (store, "Team Lead", "Globex");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.workplace", "s", "remote"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.workplace", "s", "all"));
  pursuit_jobs_view_select_job (view, job);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.search", NULL));
  wait_for_mapped (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (fixture->window), "the list and the job page"), >, 20);

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
  board = pursuit_test_find_by_type (GTK_WIDGET (view), PURSUIT_TYPE_BOARD_VIEW);
  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (fixture->window), "the board"), >, 8);
  g_assert_nonnull (pursuit_test_find_by_type (board, GTK_TYPE_MENU_BUTTON));

  /* The Add Job dialog, with its warning about a job already tracked */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.add", NULL));
  pursuit_test_wait_until (has_add_dialog, NULL, "the Add Job dialog");
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_ADD_JOB_DIALOG);
  gtk_editable_set_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (dialog), "Job Title")), "Team Lead");
  gtk_editable_set_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (dialog), "Company")), "Globex");
  pursuit_test_wait_for_frame (GTK_WIDGET (dialog));
  g_assert_cmpuint (assert_controls_named (GTK_WIDGET (dialog), "the Add Job dialog"), >, 8);
  gtk_window_destroy (dialog);
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
  PursuitPreferencesWindow *preferences = pursuit_preferences_window_new (fixture->database.context);
  GtkWidget *page;

  gtk_window_set_transient_for (GTK_WINDOW (preferences), GTK_WINDOW (fixture->window));
  gtk_window_present (GTK_WINDOW (preferences));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "pipeline");
  pursuit_test_wait_for_frame (GTK_WIDGET (preferences));
  page = pursuit_test_find_by_type (GTK_WIDGET (preferences), PURSUIT_TYPE_STAGES_PAGE);
  g_assert_nonnull (page);
  g_assert_cmpuint (assert_controls_named (page, "Preferences ▸ Pipeline"), >, 27);

  /* Each stage's switch says which stage it shows. */
  g_assert_nonnull (pursuit_test_find_widget (page, is_switch_named, (gpointer) "Show Interviewing"));
  g_assert_nonnull (pursuit_test_find_widget (page, is_switch_named, (gpointer) "Show Wishlist"));
}

static void
test_guides_view (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *guides;

  guides = g_object_new (PURSUIT_TYPE_GUIDES_VIEW, "context", fixture->database.context, NULL);
  {
    GtkWindow *window = GTK_WINDOW (gtk_window_new ());

    gtk_window_set_default_size (window, 1200, 800);
    gtk_window_set_child (window, guides);
    gtk_window_present (window);
    pursuit_test_wait_for_frame (GTK_WIDGET (window));
    pursuit_view_start_search (PURSUIT_VIEW (guides));
    assert_controls_named (guides, "the Guides view");

    g_assert_true (pursuit_guides_view_open_guide (PURSUIT_GUIDES_VIEW (guides), "customer-service-specialist", NULL));
    pursuit_test_wait_for_frame (GTK_WIDGET (window));
    assert_controls_named (guides, "a guide");

    pursuit_guides_view_show_questions (PURSUIT_GUIDES_VIEW (guides), NULL, NULL);
    pursuit_test_wait_for_frame (GTK_WIDGET (window));
    assert_controls_named (guides, "the interview questions");
    gtk_window_destroy (window);
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

  ADD ("/accessible-names/jobs-view", test_jobs_view);
  ADD ("/accessible-names/preferences-stages", test_preferences_stages);
  ADD ("/accessible-names/guides-view", test_guides_view);

#undef ADD

  return g_test_run ();
}
