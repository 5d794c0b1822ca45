/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-guide-page.h"
#include "pursuit-guides-view.h"
#include "pursuit-questions-page.h"
#include "pursuit-test-jobs.h"

/* The Guides view as a reader meets it: "Jump to section" and search
 * results land on their heading from wherever the page was scrolled, and
 * the question bank's filters show whole names. */

#define GUIDE_ID "customer-service-specialist"

/* Where pursuit_scroll_to_widget() puts a heading: this far below the top. */
#define HEADING_MARGIN 12

typedef struct
{
  PursuitTestDatabase database;
  GtkWindow *window;
  PursuitGuidesView *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  int width = GPOINTER_TO_INT (data);

  /* The guides need no jobs, but the window's context has a store. */
  pursuit_test_database_open (&fixture->database, "pursuit-guides");
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, width, 700);
  fixture->view = g_object_new (PURSUIT_TYPE_GUIDES_VIEW, "context", fixture->database.context, NULL);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  pursuit_test_database_close (&fixture->database);
}

static PursuitGuide *
get_guide (Fixture *fixture)
{
  PursuitGuide *guide = pursuit_content_find_guide (pursuit_context_get_content (fixture->database.context), GUIDE_ID);

  g_assert_nonnull (guide);
  return guide;
}

static GtkScrolledWindow *
get_scroller (Fixture *fixture)
{
  GtkWidget *page = pursuit_guides_view_get_page (fixture->view, "guide");

  g_assert_nonnull (page);
  return GTK_SCROLLED_WINDOW (pursuit_test_find_by_type (page, GTK_TYPE_SCROLLED_WINDOW));
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
        return pursuit_test_find_label (pursuit_guides_view_get_page (fixture->view, "guide"),
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
         const char *section_id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "guides.jump-to", "s", section_id));
  wait_for_heading_at_top (fixture, section_id);
}

/* Down to a late section, back up to an early one, then down again past
 * the middle: each lands on its heading. */
static void
test_jump_from_anywhere (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (get_guide (fixture));
  guint last = sections->len - 1;

  g_assert_cmpuint (sections->len, >=, 4);
  g_assert_true (pursuit_guides_view_open_guide (fixture->view, GUIDE_ID, NULL));
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));

  jump_to (fixture, section_id_at (fixture, last - 1));
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (get_scroller (fixture))), >, 0);
  jump_to (fixture, section_id_at (fixture, 1));
  jump_to (fixture, section_id_at (fixture, last / 2 + 1));
  jump_to (fixture, section_id_at (fixture, last / 2));
}

/* A search result opened from a scrolled page lands on its section. */
static void
test_search_from_anywhere (Fixture       *fixture,
                           gconstpointer  data)
{
  PursuitContent *content = pursuit_context_get_content (fixture->database.context);
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (get_guide (fixture));
  PursuitContentNode *early = g_ptr_array_index (sections, 1);
  const char *early_title = pursuit_content_node_get_child_text (early, "title");
  const char *early_id = pursuit_content_node_get_attribute (early, "id");
  g_autoptr(GPtrArray) hits = NULL;
  guint wanted = G_MAXUINT;

  g_assert_true (pursuit_guides_view_open_guide (fixture->view, GUIDE_ID, NULL));
  jump_to (fixture, section_id_at (fixture, sections->len - 2));

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

  g_assert_cmpuint (pursuit_guides_view_search (fixture->view, early_title), ==, hits->len);
  g_assert_true (pursuit_guides_view_activate_result (fixture->view, wanted));
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
  PursuitGuide *guide = get_guide (fixture);
  GtkWidget *page;
  GtkWidget *role_row;
  GtkWidget *label;

  pursuit_guides_view_show_questions (fixture->view, GUIDE_ID, NULL);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  page = pursuit_guides_view_get_page (fixture->view, "questions");
  role_row = pursuit_test_find_row (page, "Role");
  g_assert_nonnull (role_row);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));

  label = pursuit_test_find_widget (role_row, is_label_with_text, (gpointer) pursuit_guide_get_title (guide));
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_widget_get_width (label), >, 0);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  g_assert_cmpuint (pursuit_questions_page_get_n_shown (PURSUIT_QUESTIONS_PAGE (page)), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  g_test_add ("/guides-ui/jump-from-anywhere", Fixture, GINT_TO_POINTER (1000),
              fixture_set_up, test_jump_from_anywhere, fixture_tear_down);
  g_test_add ("/guides-ui/search-from-anywhere", Fixture, GINT_TO_POINTER (1000),
              fixture_set_up, test_search_from_anywhere, fixture_tear_down);
  g_test_add ("/guides-ui/role-names-whole", Fixture, GINT_TO_POINTER (360),
              fixture_set_up, test_role_names_whole, fixture_tear_down);

  return g_test_run ();
}
