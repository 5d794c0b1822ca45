/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-guide-page.h"
#include "pursuit-guides-view.h"
#include "pursuit-questions-page.h"
#include "pursuit-test-widgets.h"

/* The Guides view in the main window, as a reader meets it: "Jump to
 * section" and search results land on their heading from wherever the page
 * was scrolled, and the question bank's filters show whole names, a phone's
 * width included. */

#define GUIDE_ID "customer-service-specialist"

/* Where pursuit_scroll_to_widget() puts a heading: this far below the top. */
#define HEADING_MARGIN 12

typedef PursuitTestWindowFixture Fixture;

/* The Guides view, the window @data pixels wide. */
static GtkWidget *
show_guides (Fixture       *fixture,
             gconstpointer  data)
{
  int width = GPOINTER_TO_INT (data);
  GtkWidget *view;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width, 700);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "guides"));
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  view = pursuit_test_get_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_GUIDES_VIEW);
  /* A phone's width folds the view to one pane at a time. */
  g_assert_true (adw_leaflet_get_folded (ADW_LEAFLET (pursuit_test_get_by_type (view, ADW_TYPE_LEAFLET))) ==
                 (width < 600));
  return view;
}

static PursuitGuide *
get_guide (Fixture *fixture)
{
  PursuitGuide *guide = pursuit_content_find_guide (pursuit_context_get_content (fixture->context), GUIDE_ID);

  g_assert_nonnull (guide);
  return guide;
}

static GtkWidget *
get_guide_page (Fixture *fixture)
{
  return pursuit_test_get_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_GUIDE_PAGE);
}

static GtkScrolledWindow *
get_scroller (Fixture *fixture)
{
  return GTK_SCROLLED_WINDOW (pursuit_test_get_by_type (get_guide_page (fixture), GTK_TYPE_SCROLLED_WINDOW));
}

/* The heading of the section with @section_id, found by its words. */
static GtkWidget *
find_section_heading (Fixture    *fixture,
                      const char *section_id)
{
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (get_guide (fixture));

  for (guint i = 0; i < sections->len; i++)
    {
      PursuitContentNode *section = g_ptr_array_index (sections, i);

      if (g_strcmp0 (pursuit_content_node_get_attribute (section, "id"), section_id) == 0)
        return pursuit_test_find_label (get_guide_page (fixture),
                                        pursuit_content_node_get_child_text (section, "title"));
    }
  g_assert_not_reached ();
}

typedef struct
{
  GtkScrolledWindow *scroller;
  GtkWidget *heading;
} Landing;

/* How far below the top of the visible part the heading is now. */
static double
heading_offset (Landing *landing)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (landing->heading, GTK_WIDGET (landing->scroller),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  return point.y;
}

static gboolean
heading_at_top (gpointer data)
{
  Landing *landing = data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (landing->scroller);
  gboolean at_end = gtk_adjustment_get_value (adjustment) >=
                    gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) - 0.5;

  /* A heading near the end can only come as high as the page scrolls. */
  return G_APPROX_VALUE (heading_offset (landing), HEADING_MARGIN, 1.0) ||
         (at_end && heading_offset (landing) < HEADING_MARGIN + 1);
}

static void
wait_for_heading_at_top (Fixture    *fixture,
                         const char *section_id)
{
  Landing landing = { get_scroller (fixture), find_section_heading (fixture, section_id) };
  g_autofree char *what = g_strdup_printf ("the heading of %s at the top", section_id);

  g_assert_nonnull (landing.heading);
  pursuit_test_wait_until (heading_at_top, &landing, what);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (heading_at_top (&landing));
}

static const char *
section_id_at (Fixture *fixture,
               guint    index)
{
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (get_guide (fixture));

  g_assert_cmpuint (index, <, sections->len);
  return pursuit_content_node_get_attribute (g_ptr_array_index (sections, index), "id");
}

static void
jump_to (Fixture    *fixture,
         GtkWidget  *view,
         const char *section_id)
{
  g_assert_true (gtk_widget_activate_action (view, "guides.jump-to", "s", section_id));
  wait_for_heading_at_top (fixture, section_id);
}

/* Down to a late section, back up to an early one, then down again past
 * the middle: each lands on its heading. */
static void
test_jump_from_anywhere (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *view = show_guides (fixture, data);
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (get_guide (fixture));
  guint last = sections->len - 1;

  g_assert_cmpuint (sections->len, >=, 4);
  g_assert_true (gtk_widget_activate_action (view, "guides.open-guide", "s", GUIDE_ID));
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));

  jump_to (fixture, view, section_id_at (fixture, last - 1));
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (get_scroller (fixture))), >, 0);
  jump_to (fixture, view, section_id_at (fixture, 1));
  jump_to (fixture, view, section_id_at (fixture, last / 2 + 1));
  jump_to (fixture, view, section_id_at (fixture, last / 2));
}

static gboolean
is_result_title (GtkWidget *widget,
                 gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0 &&
         gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW) != NULL &&
         gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW) == NULL;
}

/* A search result opened from a scrolled page lands on its section. */
static void
test_search_from_anywhere (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *view = show_guides (fixture, data);
  PursuitContent *content = pursuit_context_get_content (fixture->context);
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (get_guide (fixture));
  PursuitContentNode *early = g_ptr_array_index (sections, 1);
  const char *early_title = pursuit_content_node_get_child_text (early, "title");
  const char *early_id = pursuit_content_node_get_attribute (early, "id");
  g_autoptr(GPtrArray) hits = NULL;
  guint wanted = G_MAXUINT;
  GtkWidget *search_bar;
  GtkWidget *entry;
  GtkWidget *title;
  GtkListBox *results;
  GtkListBoxRow *row;

  g_assert_true (gtk_widget_activate_action (view, "guides.open-guide", "s", GUIDE_ID));
  jump_to (fixture, view, section_id_at (fixture, sections->len - 2));

  /* The results, as the view lists them. */
  hits = pursuit_content_search (content, early_title, 60);
  for (guint i = 0; i < hits->len && wanted == G_MAXUINT; i++)
    {
      PursuitSearchHit *hit = g_ptr_array_index (hits, i);

      if (hit->kind == PURSUIT_SEARCH_HIT_SECTION && g_strcmp0 (hit->guide_id, GUIDE_ID) == 0 &&
          g_strcmp0 (hit->anchor_id, early_id) == 0)
        wanted = i;
    }
  g_assert_cmpuint (wanted, !=, G_MAXUINT);

  /* Typed after Ctrl+F; the section's row clicked. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  search_bar = pursuit_test_get_by_type (view, GTK_TYPE_SEARCH_BAR);
  entry = pursuit_test_get_by_type (search_bar, GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), early_title);
  g_signal_emit_by_name (entry, "search-changed");
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  title = pursuit_test_find_widget (view, is_result_title, (gpointer) early_title);
  g_assert_nonnull (title);
  results = GTK_LIST_BOX (gtk_widget_get_ancestor (title, GTK_TYPE_LIST_BOX));
  /* A row a result, in the order of the content's search. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (results, hits->len - 1));
  g_assert_null (gtk_list_box_get_row_at_index (results, hits->len));
  row = gtk_list_box_get_row_at_index (results, wanted);
  g_assert_nonnull (row);
  g_assert_nonnull (pursuit_test_find_widget (GTK_WIDGET (row), is_result_title, (gpointer) early_title));
  g_signal_emit_by_name (row, "activate");
  wait_for_heading_at_top (fixture, early_id);
}

static gboolean
is_label_with_text (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

/* On a phone-wide window, the chosen role is shown whole. */
static void
test_role_names_whole (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *view = show_guides (fixture, data);
  PursuitGuide *guide = get_guide (fixture);
  GtkWidget *page = pursuit_test_get_by_type (view, PURSUIT_TYPE_QUESTIONS_PAGE);
  GtkWidget *role_row;
  GtkWidget *label;
  GtkWidget *count;

  g_assert_true (gtk_widget_activate_action (view, "guides.show-questions", "s", GUIDE_ID));
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  role_row = pursuit_test_find_row (page, "Role");
  g_assert_nonnull (role_row);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));

  label = pursuit_test_find_widget (role_row, is_label_with_text, (gpointer) pursuit_guide_get_title (guide));
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_widget_get_width (label), >, 0);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  /* "24 questions" */
  count = pursuit_test_find_label_containing (page, " question");
  g_assert_nonnull (count);
  g_assert_cmpuint (g_ascii_strtoull (gtk_label_get_text (GTK_LABEL (count)), NULL, 10), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

#define ADD(path, func, width) \
  g_test_add (path, Fixture, GINT_TO_POINTER (width), pursuit_test_window_set_up, func, \
              pursuit_test_window_tear_down)

  ADD ("/guides-ui/jump-from-anywhere", test_jump_from_anywhere, 1000);
  ADD ("/guides-ui/search-from-anywhere", test_search_from_anywhere, 1000);
  ADD ("/guides-ui/role-names-whole", test_role_names_whole, 360);

#undef ADD

  return g_test_run ();
}
