/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-add-job-dialog.h"
#include "pursuit-guide-page.h"
#include "pursuit-job-section.h"
#include "pursuit-session-page.h"
#include "pursuit-slot-model.h"
#include "pursuit-job-row.h"
#include "pursuit-test-widgets.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

/* Returns FALSE (after printing a TAP skip plan) when there is no display. */
gboolean
pursuit_test_init_gui (int    *argc,
                       char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run through build-aux/test, which starts Xvfb)\n");
      return FALSE;
    }

  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  return TRUE;
}

/* Loaded once: every window in a test program shares it, as in the app. */
PursuitContent *
pursuit_test_get_content (void)
{
  static PursuitContent *content;

  if (content == NULL)
    {
      g_autoptr(GError) error = NULL;

      content = pursuit_content_new_from_resource (NULL, &error);
      g_assert_no_error (error);
    }
  return g_object_ref (content);
}

/* A context as the app makes one, around @store. */
PursuitContext *
pursuit_test_new_context (PursuitStore *store)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  g_autoptr(PursuitContent) content = pursuit_test_get_content ();

  return pursuit_context_new (store, content, settings);
}

/* A context with its store open on @database_path. */
PursuitContext *
pursuit_test_open_context (const char *database_path)
{
  g_autoptr(PursuitStore) store = pursuit_test_open_store (database_path);

  return pursuit_test_new_context (store);
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* gtk_test_widget_wait_for_draw() returns before the first paint; this waits
 * for the paint itself. */
void
pursuit_test_wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gulong handler;

  gtk_widget_queue_draw (widget);
  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  pursuit_test_wait_until (is_true, &painted, "a painted frame");
  g_signal_handler_disconnect (clock, handler);
}

/* Scrolls the nearest scrolled window around @widget until @widget's top
 * is at its top (as far as it goes), as a user scrolls to a part of a
 * page, and waits for the frame that shows it. */
void
pursuit_test_scroll_to (GtkWidget *widget)
{
  GtkWidget *window = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_point_t top;

  g_assert_nonnull (window);
  /* Laid out first: a page just shown has no places yet. */
  pursuit_test_wait_for_frame (widget);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (window));
  g_assert_true (gtk_widget_compute_point (widget, window, &GRAPHENE_POINT_INIT (0, 0), &top));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + top.y);
  pursuit_test_wait_for_frame (widget);
}

static gboolean
has_content (gpointer section)
{
  return adw_bin_get_child (section) != NULL;
}

/* The job page's section of @type under @root, reached as a user reaches
 * it: scrolled to, which makes a section below the first screen
 * (PursuitJobSectionClass.make). */
GtkWidget *
pursuit_test_reach_section (GtkWidget *root,
                            GType      type)
{
  GtkWidget *section = pursuit_test_get_by_type (root, type);

  g_assert_true (PURSUIT_IS_JOB_SECTION (section));
  if (!has_content (section))
    {
      pursuit_test_scroll_to (section);
      pursuit_test_wait_until (has_content, section, "the section to be made");
    }
  return section;
}

static gboolean
is_section_not_made (GtkWidget *widget,
                     gpointer   data)
{
  return PURSUIT_IS_JOB_SECTION (widget) && !has_content (widget);
}

/* The first widget under @root that @match finds, reached as a user
 * reaches it: the job page scrolled down, section after section, until
 * one made holds it. NULL when none does. */
GtkWidget *
pursuit_test_reach (GtkWidget              *root,
                    PursuitTestWidgetMatch  match,
                    gpointer                data)
{
  GtkWidget *found;
  GtkWidget *section;

  while ((found = pursuit_test_find_widget (root, match, data)) == NULL &&
         (section = pursuit_test_find_widget (root, is_section_not_made, NULL)) != NULL)
    {
      pursuit_test_scroll_to (section);
      pursuit_test_wait_until (has_content, section, "the section to be made");
    }
  return found;
}

/* Whether a GtkMenuButton's popover is on screen, for
 * pursuit_test_wait_until(). */
gboolean
pursuit_test_popover_shown (gpointer menu_button)
{
  GtkPopover *popover = gtk_menu_button_get_popover (menu_button);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

gboolean
pursuit_test_popover_hidden (gpointer menu_button)
{
  return !pursuit_test_popover_shown (menu_button);
}

/* Opens the menu of @menu_button, as a click does, and returns the model
 * it shows: a menu button given its model by
 * pursuit_menu_button_set_menu_model() has none before it opens. */
GMenuModel *
pursuit_test_open_menu (GtkWidget *menu_button)
{
  g_assert_true (GTK_IS_MENU_BUTTON (menu_button));

  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  pursuit_test_wait_until (pursuit_test_popover_shown, menu_button, "the menu to open");
  g_assert_nonnull (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button)));
  return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
}

/* The main window */

void
pursuit_test_window_set_up (PursuitTestWindowFixture *fixture,
                            gconstpointer             data)
{
  fixture->dir = pursuit_test_dir_new ();
  fixture->path = pursuit_test_dir_file (fixture->dir, "pursuit.db");
  fixture->context = pursuit_test_open_context (fixture->path);
  fixture->store = pursuit_context_get_store (fixture->context);
  fixture->window = pursuit_window_new (NULL, fixture->context);
  gtk_window_present (GTK_WINDOW (fixture->window));
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

/* Settings live in memory for the whole test program
 * (GSETTINGS_BACKEND=memory): each test leaves them as it found them, so
 * a sort order or a setting one test chose does not reach the next. */
static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

void
pursuit_test_window_tear_down (PursuitTestWindowFixture *fixture,
                               gconstpointer             data)
{
  /* Dialogs left open go with their window. */
  pursuit_test_destroy_toplevels ();
  fixture->window = NULL;
  /* What the window queued on its way out lands before the next test. */
  pursuit_store_close (fixture->store);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  fixture->store = NULL;
  g_clear_object (&fixture->context);
  g_clear_pointer (&fixture->dir, pursuit_test_dir_free);
  g_clear_pointer (&fixture->path, g_free);
  reset_settings ();
}

/**
 * pursuit_test_show_view:
 *
 * Shows one of the window's views by name, as Alt+number does.
 *
 * Returns: (transfer none): the view, drawn
 */
GtkWidget *
pursuit_test_show_view (GtkWidget  *window,
                        const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (pursuit_test_get_by_type (window, ADW_TYPE_VIEW_STACK));

  g_assert_true (gtk_widget_activate_action (window, "win.show-view", "s", name));
  pursuit_test_wait_for_frame (window);
  return pursuit_test_get_by_type (adw_view_stack_get_visible_child (stack), PURSUIT_TYPE_VIEW);
}

typedef struct
{
  AdwViewStack *stack;
  const char *name;
} ViewWanted;

static gboolean
view_is_shown (gpointer data)
{
  ViewWanted *wanted = data;

  return g_strcmp0 (adw_view_stack_get_visible_child_name (wanted->stack), wanted->name) == 0;
}

/* Waits for the window to show the view named @name (a key pressed, say). */
void
pursuit_test_wait_for_view (GtkWidget  *window,
                            const char *name,
                            const char *what)
{
  ViewWanted wanted = { ADW_VIEW_STACK (pursuit_test_get_by_type (window, ADW_TYPE_VIEW_STACK)), name };

  pursuit_test_wait_until (view_is_shown, &wanted, what);
}

static gboolean
practice_loaded (gpointer data)
{
  return pursuit_practice_state_get_loaded (data);
}

static gboolean
session_running (gpointer data)
{
  GtkWidget *page = pursuit_test_find_by_type (data, PURSUIT_TYPE_SESSION_PAGE);

  return page != NULL && pursuit_session_page_get_running (PURSUIT_SESSION_PAGE (page));
}

/**
 * pursuit_test_start_practice:
 *
 * Starts a practice session of the role offered first, once the practice
 * records are read.
 *
 * Returns: (transfer none): the session's page
 */
GtkWidget *
pursuit_test_start_practice (GtkWidget      *window,
                             PursuitContext *context)
{
  GtkWidget *view = pursuit_test_show_view (window, "practice");

  pursuit_test_wait_until (practice_loaded, pursuit_context_get_practice (context), "practice to load");
  g_assert_true (gtk_widget_activate_action (view, "practice.start-role", NULL));
  pursuit_test_wait_until (session_running, view, "the session to start");
  return pursuit_test_get_by_type (view, PURSUIT_TYPE_SESSION_PAGE);
}

PursuitJobsView *
pursuit_test_get_jobs_view (PursuitTestWindowFixture *fixture)
{
  return PURSUIT_JOBS_VIEW (pursuit_test_get_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_JOBS_VIEW));
}

/* Activates one of the Jobs view's actions ("jobs.sort", …). */
gboolean
pursuit_test_activate_jobs_action (PursuitTestWindowFixture *fixture,
                                   const char               *action,
                                   GVariant                 *parameter)
{
  g_autoptr(GVariant) sunk = parameter != NULL ? g_variant_ref_sink (parameter) : NULL;

  return gtk_widget_activate_action_variant (GTK_WIDGET (pursuit_test_get_jobs_view (fixture)), action, sunk);
}

GtkWidget *
pursuit_test_find_jobs_list (PursuitTestWindowFixture *fixture)
{
  GtkWidget *list = pursuit_test_find_by_name (GTK_WIDGET (fixture->window), GTK_TYPE_LIST_VIEW, "Jobs");

  g_assert_true (GTK_IS_LIST_VIEW (list));
  return list;
}

/* The companies in the list, top to bottom: "Acme Ltd Globex". */
static char *
list_companies (gpointer data)
{
  PursuitTestWindowFixture *fixture = data;
  GListModel *shown = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (pursuit_test_find_jobs_list (fixture))));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (shown, i);
      PursuitJob *job = pursuit_slot_model_unwrap (row);

      g_string_append_printf (text, "%s%s", i > 0 ? " " : "", pursuit_job_get_company (job));
    }
  return g_strdup (text->str);
}

/* Waits for the jobs list to show these companies, top to bottom. */
void
pursuit_test_wait_for_jobs_list (PursuitTestWindowFixture *fixture,
                                 const char               *companies)
{
  pursuit_test_wait_for_text (list_companies, fixture, companies);
}

/**
 * pursuit_test_get_selected_job:
 *
 * Returns: (transfer none) (nullable): the job the Jobs view shows; the
 *   store keeps it
 */
PursuitJob *
pursuit_test_get_selected_job (PursuitTestWindowFixture *fixture)
{
  g_autoptr(PursuitJob) job = NULL;

  g_object_get (pursuit_test_get_jobs_view (fixture), "selected-job", &job, NULL);
  return job;
}

typedef struct
{
  PursuitTestWindowFixture *fixture;
  PursuitJob *job;
} SelectedWanted;

static gboolean
job_is_selected (gpointer data)
{
  SelectedWanted *wanted = data;

  return pursuit_test_get_selected_job (wanted->fixture) == wanted->job;
}

void
pursuit_test_wait_for_selected (PursuitTestWindowFixture *fixture,
                                PursuitJob               *job)
{
  SelectedWanted wanted = { fixture, job };
  g_autofree char *what = g_strdup_printf ("“%s” to be shown", pursuit_job_get_title (job));

  pursuit_test_wait_until (job_is_selected, &wanted, what);
}

/**
 * pursuit_test_show_new_job:
 *
 * Returns: (transfer none): a new job, added through the store and shown
 *   on the job page
 */
PursuitJob *
pursuit_test_show_new_job (PursuitTestWindowFixture *fixture,
                           const char               *company,
                           const char               *title)
{
  PursuitJob *job = pursuit_test_add_job (fixture->store, company, title);

  pursuit_jobs_view_select_job (pursuit_test_get_jobs_view (fixture), job);
  g_assert_true (pursuit_test_get_selected_job (fixture) == job);
  return job;
}

/**
 * pursuit_test_add_job_through_ui:
 *
 * Adds a job the way a user does: jobs.add opens the dialog, the rows are
 * filled in and the dialog's Add saves.
 *
 * Returns: (transfer none): the job, now shown on the job page
 */
PursuitJob *
pursuit_test_add_job_through_ui (PursuitTestWindowFixture *fixture,
                                 const char               *title,
                                 const char               *company)
{
  GListModel *jobs = pursuit_store_get_jobs (fixture->store);
  guint before = g_list_model_get_n_items (jobs);
  GtkWindow *dialog;
  PursuitJob *job;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pursuit_test_get_jobs_view (fixture)), "jobs.add", NULL));
  dialog = pursuit_test_wait_for_toplevel (PURSUIT_TYPE_ADD_JOB_DIALOG);

  /* Nothing to add yet: Add waits for a title and a company. */
  g_assert_false (gtk_widget_get_sensitive (pursuit_test_find_button (GTK_WIDGET (dialog), "_Add")));

  pursuit_test_set_row_text (GTK_WIDGET (dialog), "Job Title", title);
  pursuit_test_set_row_text (GTK_WIDGET (dialog), "Company", company);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.add", NULL));

  pursuit_test_wait_for_count (jobs, before + 1, "the job to be added");
  pursuit_test_wait_for_no_toplevel (PURSUIT_TYPE_ADD_JOB_DIALOG);

  job = pursuit_test_get_selected_job (fixture);
  g_assert_nonnull (job);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, title);
  return job;
}

/* The job page */

void
pursuit_test_job_set_up (PursuitTestJobFixture *fixture,
                         gconstpointer          data)
{
  gint64 id;

  pursuit_test_window_set_up (&fixture->window, data);
  /* Room for the page and its sections beside the list. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window.window), 1100, 860);
  fixture->job = pursuit_test_show_new_job (&fixture->window, "Acme Ltd", "Support Agent");
  id = pursuit_job_get_id (fixture->job);
  fixture->contacts = pursuit_store_get_job_contacts (fixture->window.store, id);
  fixture->interviews = pursuit_store_get_job_interviews (fixture->window.store, id);
  pursuit_test_wait_for_list (fixture->contacts, 0, "the job's contacts to be read");
  pursuit_test_wait_for_list (fixture->interviews, 0, "the job's interviews to be read");
}

void
pursuit_test_job_tear_down (PursuitTestJobFixture *fixture,
                            gconstpointer          data)
{
  g_clear_object (&fixture->contacts);
  g_clear_object (&fixture->interviews);
  pursuit_test_window_tear_down (&fixture->window, data);
}

/* A plain window */

void
pursuit_test_widget_set_up (PursuitTestWidgetFixture *fixture,
                            gconstpointer             data)
{
  fixture->dir = pursuit_test_dir_new ();
  fixture->path = pursuit_test_dir_file (fixture->dir, "pursuit.db");
  fixture->context = pursuit_test_open_context (fixture->path);
  fixture->store = pursuit_context_get_store (fixture->context);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 800);
  fixture->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->box));
  gtk_window_present (fixture->window);
}

void
pursuit_test_widget_tear_down (PursuitTestWidgetFixture *fixture,
                               gconstpointer             data)
{
  pursuit_test_destroy_toplevels ();
  fixture->window = NULL;
  pursuit_store_close (fixture->store);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  fixture->store = NULL;
  g_clear_object (&fixture->context);
  g_clear_pointer (&fixture->dir, pursuit_test_dir_free);
  g_clear_pointer (&fixture->path, g_free);
  reset_settings ();
}

/* Puts @widget in the window, after what is there, and waits until it is
 * painted. */
GtkWidget *
pursuit_test_show_widget (PursuitTestWidgetFixture *fixture,
                          GtkWidget                *widget)
{
  gtk_box_append (fixture->box, widget);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  return widget;
}

/* The board */

static gboolean
is_board_list (GtkWidget *widget,
               gpointer   data)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "board-list");
}

static void
collect (GtkWidget              *root,
         PursuitTestWidgetMatch  match,
         GPtrArray              *found)
{
  if (match (root, NULL))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, match, found);
}

/* A column's name: the heading above its list of cards. */
static const char *
column_name (GtkWidget *list)
{
  GtkWidget *column = gtk_widget_get_parent (gtk_widget_get_parent (list));
  GtkWidget *heading = pursuit_test_find_by_type (gtk_widget_get_first_child (column), GTK_TYPE_LABEL);

  g_assert_nonnull (heading);
  return gtk_label_get_text (GTK_LABEL (heading));
}

char *
pursuit_test_board_columns (GtkWidget *board)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  g_autoptr(GString) names = g_string_new (NULL);

  collect (board, is_board_list, lists);
  for (guint i = 0; i < lists->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? " " : "", column_name (g_ptr_array_index (lists, i)));
  return g_strdup (names->str);
}

/* How many cards the column named @column holds; -1 without such a column. */
int
pursuit_test_board_count_cards (GtkWidget  *board,
                                const char *column)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();

  collect (board, is_board_list, lists);
  for (guint i = 0; i < lists->len; i++)
    {
      GtkListView *list = g_ptr_array_index (lists, i);

      if (g_strcmp0 (column_name (GTK_WIDGET (list)), column) == 0)
        return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));
    }
  return -1;
}

typedef struct
{
  GtkWidget *board;
  const char *column;
  int count;
} CardsWanted;

static gboolean
has_cards (gpointer data)
{
  CardsWanted *wanted = data;

  return pursuit_test_board_count_cards (wanted->board, wanted->column) == wanted->count;
}

void
pursuit_test_wait_for_cards (GtkWidget  *board,
                             const char *column,
                             int         count)
{
  CardsWanted wanted = { board, column, count };
  g_autofree char *what = g_strdup_printf ("%d cards in %s", count, column);

  pursuit_test_wait_until (has_cards, &wanted, what);
}

/* Finding */

GtkWidget *
pursuit_test_find_widget (GtkWidget              *root,
                          PursuitTestWidgetMatch  match,
                          gpointer                data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pursuit_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_of_type (GtkWidget *widget,
            gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

GtkWidget *
pursuit_test_find_by_type (GtkWidget *root,
                           GType      type)
{
  return pursuit_test_find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
is_shown_of_type (GtkWidget *widget,
                  gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data)) && gtk_widget_get_mapped (widget);
}

/* The first widget of @type on screen: the list's search bar, not the
 * board's hidden one. */
GtkWidget *
pursuit_test_find_shown_by_type (GtkWidget *root,
                                 GType      type)
{
  return pursuit_test_find_widget (root, is_shown_of_type, GSIZE_TO_POINTER (type));
}

typedef struct
{
  GType type;
  const char *name;
} NameWanted;

/* As pursuit_test_find_by_type(), for a widget that must be there. */
GtkWidget *
pursuit_test_get_by_type (GtkWidget *root,
                          GType      type)
{
  GtkWidget *found = pursuit_test_find_by_type (root, type);

  if (found == NULL)
    g_error ("No %s under the %s", g_type_name (type), G_OBJECT_TYPE_NAME (root));
  return found;
}

static gboolean
is_named (GtkWidget *widget,
          gpointer   data)
{
  NameWanted *wanted = data;
  g_autofree char *mismatch = NULL;

  if (!G_TYPE_CHECK_INSTANCE_TYPE (widget, wanted->type) ||
      !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                 wanted->name);
  return mismatch == NULL;
}

/* A widget of @type (GTK_TYPE_WIDGET: any) by the name a screen reader
 * says: its accessible label (GTK_A11Y=test). */
GtkWidget *
pursuit_test_find_by_name (GtkWidget  *root,
                           GType       type,
                           const char *accessible_label)
{
  NameWanted wanted = { type, accessible_label };

  return pursuit_test_find_widget (root, is_named, &wanted);
}

static gboolean
is_row_titled (GtkWidget *widget,
               gpointer   data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

GtkWidget *
pursuit_test_find_row (GtkWidget  *root,
                       const char *title)
{
  return pursuit_test_find_widget (root, is_row_titled, (gpointer) title);
}

/* The row titled @title under @root, reached (pursuit_test_reach ()). */
GtkWidget *
pursuit_test_reach_row (GtkWidget  *root,
                        const char *title)
{
  return pursuit_test_reach (root, is_row_titled, (gpointer) title);
}

static gboolean
is_label_with_text (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), data) == 0;
}

static gboolean
guide_is_whole (gpointer data)
{
  return pursuit_guide_page_is_whole (data);
}

/* Waits for every part of the guide page in @root to show: those below its
 * first section show a frame after another. */
void
pursuit_test_wait_for_whole_guide (GtkWidget *root)
{
  pursuit_test_wait_until (guide_is_whole, pursuit_test_get_by_type (root, PURSUIT_TYPE_GUIDE_PAGE),
                           "the whole guide to show");
}

GtkWidget *
pursuit_test_find_label (GtkWidget  *root,
                         const char *text)
{
  return pursuit_test_find_widget (root, is_label_with_text, (gpointer) text);
}

static gboolean
is_label_containing (GtkWidget *widget,
                     gpointer   data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

/* A label showing @text among its words, as displayed (markup undone). */
GtkWidget *
pursuit_test_find_label_containing (GtkWidget  *root,
                                    const char *text)
{
  return pursuit_test_find_widget (root, is_label_containing, (gpointer) text);
}

static gboolean
is_button_labelled (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

/* A button by its label, mnemonic included: "_Add". */
GtkWidget *
pursuit_test_find_button (GtkWidget  *root,
                          const char *label)
{
  return pursuit_test_find_widget (root, is_button_labelled, (gpointer) label);
}

static gboolean
has_tooltip (GtkWidget *widget,
             gpointer   data)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

GtkWidget *
pursuit_test_find_by_tooltip (GtkWidget  *root,
                              const char *tooltip)
{
  return pursuit_test_find_widget (root, has_tooltip, (gpointer) tooltip);
}

GtkWindow *
pursuit_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static gboolean
is_any (GtkWidget *widget,
        gpointer   data)
{
  return TRUE;
}

/* How many widgets of @type are under @root, @root included. */
guint
pursuit_test_count_type (GtkWidget *root,
                         GType      type)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  guint count = 0;

  collect (root, is_any, all);
  for (guint i = 0; i < all->len; i++)
    count += G_TYPE_CHECK_INSTANCE_TYPE (g_ptr_array_index (all, i), type);
  return count;
}

/* Waiting */

typedef struct
{
  GtkWidget *root;
  const char *text;
} LabelWanted;

/* Whether @label is on screen: mapped, or held visible by a jobs list row
 * that is, as such a row draws its labels itself (pursuit-job-row.c). */
static gboolean
label_is_drawn (GtkWidget *label)
{
  if (gtk_widget_get_mapped (label))
    return TRUE;
  for (GtkWidget *widget = label; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      if (PURSUIT_IS_JOB_ROW (widget))
        return gtk_widget_get_mapped (widget);
      if (!gtk_widget_get_visible (widget))
        return FALSE;
    }
  return FALSE;
}

static gboolean
is_mapped_label_with_text (GtkWidget *widget,
                           gpointer   data)
{
  return is_label_with_text (widget, data) && label_is_drawn (widget);
}

static gboolean
label_is_mapped (gpointer data)
{
  LabelWanted *wanted = data;

  return pursuit_test_find_widget (wanted->root, is_mapped_label_with_text, (gpointer) wanted->text) != NULL;
}

static gboolean
label_is_gone (gpointer data)
{
  return !label_is_mapped (data);
}

/* Until a label with @text is on screen under @root. */
void
pursuit_test_wait_for_label (GtkWidget  *root,
                             const char *text)
{
  LabelWanted wanted = { root, text };
  g_autofree char *what = g_strdup_printf ("“%s” to show", text);

  pursuit_test_wait_until (label_is_mapped, &wanted, what);
}

void
pursuit_test_wait_for_no_label (GtkWidget  *root,
                                const char *text)
{
  LabelWanted wanted = { root, text };
  g_autofree char *what = g_strdup_printf ("“%s” to go", text);

  pursuit_test_wait_until (label_is_gone, &wanted, what);
}

static gboolean
has_toplevel (gpointer data)
{
  return pursuit_test_find_toplevel (GPOINTER_TO_SIZE (data)) != NULL;
}

static gboolean
has_no_toplevel (gpointer data)
{
  return !has_toplevel (data);
}

GtkWindow *
pursuit_test_wait_for_toplevel (GType type)
{
  g_autofree char *what = g_strdup_printf ("a %s to open", g_type_name (type));

  pursuit_test_wait_until (has_toplevel, GSIZE_TO_POINTER (type), what);
  return pursuit_test_find_toplevel (type);
}

void
pursuit_test_wait_for_no_toplevel (GType type)
{
  g_autofree char *what = g_strdup_printf ("the %s to close", g_type_name (type));

  pursuit_test_wait_until (has_no_toplevel, GSIZE_TO_POINTER (type), what);
}

static gboolean
is_undo_button (GtkWidget *widget,
                gpointer   data)
{
  return is_button_labelled (widget, (gpointer) "_Undo") && gtk_widget_get_mapped (widget);
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

/* Clicks Undo on the toast that offers it. */
void
pursuit_test_click_undo (GtkWidget *window)
{
  GtkWidget *button;

  pursuit_test_wait_until (has_undo_button, window, "the undo toast");
  button = pursuit_test_find_widget (window, is_undo_button, NULL);
  g_signal_emit_by_name (button, "clicked");
  /* The next undo must not find this toast's button again. */
  pursuit_test_wait_until (has_no_undo_button, window, "the undo toast to go");
}

/* Doing */

GtkWidget *
pursuit_test_set_row_text (GtkWidget  *root,
                           const char *title,
                           const char *text)
{
  GtkWidget *row = pursuit_test_find_row (root, title);

  if (row == NULL)
    g_error ("No row “%s”", title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  return row;
}

/* Lets what has already arrived (a save's answer) be handled, as between
 * two key presses; timers not yet due stay waiting. */
static void
between_keys (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Types @text at the cursor, a character at a time, with the focus in
 * @editable, as the keyboard would. */
void
pursuit_test_type (GtkWidget  *editable,
                   const char *text)
{
  gtk_widget_grab_focus (editable);
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      int position = gtk_editable_get_position (GTK_EDITABLE (editable));

      gtk_editable_insert_text (GTK_EDITABLE (editable), c, g_utf8_next_char (c) - c, &position);
      gtk_editable_set_position (GTK_EDITABLE (editable), position);
      between_keys ();
    }
}

/* Select all, Delete. */
void
pursuit_test_clear (GtkWidget *editable)
{
  gtk_widget_grab_focus (editable);
  gtk_editable_delete_text (GTK_EDITABLE (editable), 0, -1);
  between_keys ();
}

/**
 * pursuit_test_send_input:
 * @args: what xdotool does next, as its arguments; an argument "WINDOW"
 *   stands for @widget's window
 *
 * Sends real input (XTEST, through xdotool) to the X display with the
 * focus in @widget's window, as a keyboard or a mouse would.
 *
 * Returns: %FALSE when that cannot be done here (not X11, no xdotool); the
 *   caller skips the test
 */
gboolean
pursuit_test_send_input (GtkWidget          *widget,
                         const char * const *args)
{
#ifdef GDK_WINDOWING_X11
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));
  g_autofree char *program = g_find_program_in_path ("xdotool");
  g_autofree char *window_id = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!GDK_IS_X11_SURFACE (surface) || program == NULL)
    return FALSE;

  window_id = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
  g_ptr_array_add (argv, program);
  g_ptr_array_add (argv, (gpointer) "windowfocus");
  g_ptr_array_add (argv, (gpointer) "--sync");
  g_ptr_array_add (argv, window_id);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, g_str_equal (args[i], "WINDOW") ? window_id : (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("xdotool failed: %s", error->message);
  return TRUE;
#else
  return FALSE;
#endif
}

/**
 * pursuit_test_send_keys:
 * @keys: as xdotool names them: "ctrl+z", "Delete"
 *
 * Presses real keys with the focus in @widget's window, and lets the
 * window handle them.
 *
 * Returns: %FALSE when that cannot be done here (not X11, no xdotool); the
 *   caller skips the test
 */
gboolean
pursuit_test_send_keys (GtkWidget  *widget,
                        const char *keys)
{
  const char *args[] = { "key", "--clearmodifiers", keys, NULL };

  return pursuit_test_send_input (widget, args);
}

/* Checking */

/* Every icon-only button shown under @root has an accessible name (GTK
 * 4.8 does not read the tooltip); returns how many were checked. */
guint
pursuit_test_check_icon_buttons (GtkWidget *root)
{
  const char *icon = NULL;
  const char *label = NULL;
  guint checked = 0;

  /* GTK's own spin buttons and calendar arrows are GTK's business. */
  if (GTK_IS_SPIN_BUTTON (root) || GTK_IS_CALENDAR (root))
    return 0;

  if (GTK_IS_MENU_BUTTON (root))
    {
      icon = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (root));
      label = gtk_menu_button_get_label (GTK_MENU_BUTTON (root));
    }
  else if (GTK_IS_BUTTON (root))
    {
      icon = gtk_button_get_icon_name (GTK_BUTTON (root));
      label = gtk_button_get_label (GTK_BUTTON (root));
    }

  /* Hidden ones are skipped: libadwaita 1.2's own unused apply button in
   * entry rows has no name, and it never reaches the user. */
  /* So is libadwaita 1.2's show-password button in password rows. */
  if (icon != NULL && g_str_has_prefix (icon, "view-reveal") &&
      gtk_widget_get_ancestor (root, ADW_TYPE_PASSWORD_ENTRY_ROW) != NULL)
    icon = NULL;

  if (icon != NULL && label == NULL && gtk_widget_get_visible (root))
    {
      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("The %s button with icon %s has no accessible label", G_OBJECT_TYPE_NAME (root), icon);
      checked++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    checked += pursuit_test_check_icon_buttons (child);

  return checked;
}

/* Closes what a test left open (dialogs, preferences), without asking. */
void
pursuit_test_destroy_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
}
