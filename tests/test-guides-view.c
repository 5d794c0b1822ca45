/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-guide-page.h"
#include "pursuit-guides-view.h"
#include "pursuit-questions-page.h"
#include "pursuit-self-check-page.h"
#include "pursuit-test-widgets.h"

/* The Guides view in the main window, read and searched as a user does:
 * through its actions, its search entry, its rows and buttons. */

typedef PursuitTestWindowFixture Fixture;

static GtkWidget *
show_guides (Fixture *fixture)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "guides"));
  return pursuit_test_get_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_GUIDES_VIEW);
}

static PursuitContent *
get_content (Fixture *fixture)
{
  return pursuit_context_get_content (fixture->context);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
wait_for_page (GtkWidget *page)
{
  pursuit_test_wait_until (is_mapped, page, "the page to show");
}

static gboolean
has_mapped_citation (GtkWidget *widget,
                     gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "citation") &&
         g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), "Source: ");
}

/* The sections menu of the header: one item a section, each jumping to it. */
static void
assert_sections_menu (GtkWidget *view,
                      GPtrArray *sections)
{
  GtkWidget *button = pursuit_test_find_by_name (view, GTK_TYPE_MENU_BUTTON, "Jump to Section");
  GMenuModel *menu;

  g_assert_nonnull (button);
  menu = pursuit_test_open_menu (button);
  g_assert_cmpint (g_menu_model_get_n_items (menu), >=, sections->len);
  for (guint i = 0; i < sections->len; i++)
    {
      PursuitContentNode *section = g_ptr_array_index (sections, i);
      g_autofree char *action = NULL;
      g_autofree char *target = NULL;

      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action));
      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target));
      g_assert_cmpstr (action, ==, "guides.jump-to");
      g_assert_cmpstr (target, ==, pursuit_content_node_get_attribute (section, "id"));
      g_assert_true (gtk_widget_activate_action (view, action, "s", target));
    }
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
}

static void
test_read_every_guide (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *view = show_guides (fixture);
  GListModel *guides = pursuit_content_get_guides (get_content (fixture));
  GtkWidget *page = pursuit_test_get_by_type (view, PURSUIT_TYPE_GUIDE_PAGE);

  g_assert_cmpuint (g_list_model_get_n_items (guides), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (guides); i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);
      g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);

      g_assert_true (gtk_widget_activate_action (view, "guides.open-guide", "s", pursuit_guide_get_id (guide)));
      wait_for_page (page);
      g_assert_true (pursuit_guide_page_get_guide (PURSUIT_GUIDE_PAGE (page)) == guide);
      pursuit_test_wait_for_label (page, pursuit_guide_get_title (guide));
      /* Facts carry their sources on screen. */
      g_assert_nonnull (pursuit_test_find_widget (page, has_mapped_citation, NULL));

      /* Every section is there, and the menu jumps to each. */
      for (guint j = 0; j < sections->len; j++)
        g_assert_nonnull (pursuit_test_find_label (page, pursuit_content_node_get_child_text (
                                                     g_ptr_array_index (sections, j), "title")));
      assert_sections_menu (view, sections);
    }

  /* The salary table shows the figure the sources give. */
  g_assert_true (gtk_widget_activate_action (view, "guides.open-guide", "s", "customer-service-specialist"));
  g_assert_true (gtk_widget_activate_action (view, "guides.jump-to", "s", "css-salary"));
  pursuit_test_wait_for_label (page, "$39,120 a year");
}

/* Types @text in the view's search, as after Ctrl+F. */
static GtkWidget *
search (Fixture    *fixture,
        GtkWidget  *view,
        const char *text)
{
  GtkWidget *search_bar = pursuit_test_find_by_type (view, GTK_TYPE_SEARCH_BAR);
  GtkWidget *entry = pursuit_test_find_by_type (search_bar, GTK_TYPE_SEARCH_ENTRY);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "search-changed");
  return entry;
}

/* Enter in the search entry opens the first result. */
static void
open_first_result (GtkWidget *entry)
{
  g_signal_emit_by_name (entry, "activate");
}

static void
test_search_opens_faq (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *view = show_guides (fixture);
  PursuitGuide *guide = pursuit_content_find_guide (get_content (fixture), "contact-center-specialist");
  g_autoptr(GPtrArray) faq = pursuit_guide_get_faq (guide);
  const char *question = pursuit_content_node_get_child_text (g_ptr_array_index (faq, 0), "question");
  GtkWidget *page = pursuit_test_get_by_type (view, PURSUIT_TYPE_GUIDE_PAGE);
  GtkWidget *entry;
  GtkWidget *row;

  entry = search (fixture, view, question);
  open_first_result (entry);
  wait_for_page (page);
  g_assert_true (pursuit_guide_page_get_guide (PURSUIT_GUIDE_PAGE (page)) == guide);

  /* The answer is opened, not just the guide. */
  row = pursuit_test_find_row (page, question);
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));

  search (fixture, view, "zzqqxx nothing");
  pursuit_test_wait_for_label (GTK_WIDGET (fixture->window), "No Results");
}

static void
test_search_opens_question (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *view = show_guides (fixture);
  GtkWidget *page = pursuit_test_get_by_type (view, PURSUIT_TYPE_QUESTIONS_PAGE);
  g_autoptr(PursuitQuestion) question = g_list_model_get_item (pursuit_content_get_questions (get_content (fixture)), 5);
  GtkWidget *row;

  open_first_result (search (fixture, view, pursuit_question_get_text (question)));
  wait_for_page (page);
  row = pursuit_test_find_row (page, pursuit_question_get_text (question));
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
}

/* What the page says it shows: "107 questions". */
static guint
n_shown (GtkWidget *page)
{
  GtkWidget *label = pursuit_test_find_label_containing (page, " question");

  g_assert_nonnull (label);
  return (guint) g_ascii_strtoull (gtk_label_get_text (GTK_LABEL (label)), NULL, 10);
}

/* Counts the question rows on the page. */
static guint
count_rows (GtkWidget *widget)
{
  guint count = ADW_IS_EXPANDER_ROW (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += count_rows (child);
  return count;
}

static guint
category_position (PursuitContent *content,
                   const char     *category)
{
  GPtrArray *categories = pursuit_content_get_categories (content);

  for (guint i = 0; i < categories->len; i++)
    {
      if (g_strcmp0 (pursuit_content_node_get_attribute (g_ptr_array_index (categories, i), "id"), category) == 0)
        return i + 1;  /* after "All categories" */
    }
  g_assert_not_reached ();
}

static void
test_question_filters (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *view = show_guides (fixture);
  GtkWidget *page = pursuit_test_get_by_type (view, PURSUIT_TYPE_QUESTIONS_PAGE);
  GListModel *questions = pursuit_content_get_questions (get_content (fixture));
  guint all, managers, behavioural, expected = 0;

  g_assert_true (gtk_widget_activate_action (view, "guides.show-questions", "s", ""));
  wait_for_page (page);
  all = n_shown (page);
  g_assert_cmpuint (all, ==, g_list_model_get_n_items (questions));
  g_assert_cmpuint (count_rows (page), ==, all);

  g_assert_true (gtk_widget_activate_action (view, "guides.show-questions", "s", "customer-service-manager"));
  managers = n_shown (page);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(PursuitQuestion) question = g_list_model_get_item (questions, i);

      expected += pursuit_question_has_role (question, "customer-service-manager");
    }
  g_assert_cmpuint (managers, ==, expected);
  g_assert_cmpuint (managers, <, all);
  g_assert_cmpuint (count_rows (page), ==, managers);

  adw_combo_row_set_selected (ADW_COMBO_ROW (pursuit_test_find_row (page, "Category")),
                              category_position (get_content (fixture), "behavioural"));
  behavioural = n_shown (page);
  g_assert_cmpuint (behavioural, >, 0);
  g_assert_cmpuint (behavioural, <, managers);
  g_assert_cmpuint (count_rows (page), ==, behavioural);
}

static gboolean
has_results (gpointer data)
{
  gpointer *args = data;

  return pursuit_test_count_rows (args[0], "self_check_results") == GPOINTER_TO_INT (args[1]);
}

static gboolean
is_sidebar_row (GtkWidget *widget,
                gpointer   data)
{
  GtkWidget *title;

  if (!GTK_IS_LIST_BOX_ROW (widget) || ADW_IS_PREFERENCES_ROW (widget))
    return FALSE;
  title = pursuit_test_find_by_type (widget, GTK_TYPE_LABEL);
  return title != NULL && g_strcmp0 (gtk_label_get_label (GTK_LABEL (title)), data) == 0;
}

/* As clicking its row in the sidebar does. */
static void
open_from_sidebar (GtkWidget  *view,
                   const char *title)
{
  GtkWidget *row = pursuit_test_find_widget (view, is_sidebar_row, (gpointer) title);

  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");
}

static void
rate (GtkWidget          *page,
      PursuitContentNode *item,
      guint               rating)
{
  GtkWidget *row = pursuit_test_find_row (page, pursuit_content_node_get_child_text (item, "text"));

  g_assert_nonnull (row);
  /* The first choice is "not rated yet". */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), rating + 1);
}

static void
test_self_check_keeps_history (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *view = show_guides (fixture);
  GtkWidget *page = pursuit_test_get_by_type (view, PURSUIT_TYPE_SELF_CHECK_PAGE);
  PursuitSelfCheck *check = pursuit_content_find_self_check (get_content (fixture), "css-skills-check");
  g_autoptr(GPtrArray) items = pursuit_self_check_get_items (check);
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  gpointer args[2] = { fixture->path, GINT_TO_POINTER (1) };
  GtkWidget *submit;

  open_from_sidebar (view, pursuit_self_check_get_title (check));
  wait_for_page (page);
  submit = pursuit_test_find_button (page, "_See Result");
  g_assert_nonnull (submit);

  /* Nothing is scored until every skill is rated. */
  g_assert_false (gtk_widget_get_sensitive (submit));
  for (guint i = 0; i < items->len; i++)
    rate (page, g_ptr_array_index (items, i), i == 0 ? 0 : 4);
  g_assert_true (gtk_widget_get_sensitive (submit));
  g_signal_emit_by_name (submit, "clicked");
  pursuit_test_wait_until (has_results, args, "the first result to be saved");
  pursuit_test_wait_for_label (page, "Your Result");
  /* The weak skill comes back with its advice. */
  pursuit_test_wait_for_label (page, pursuit_content_node_get_child_text (g_ptr_array_index (items, 0), "advice"));

  /* Retaking keeps the first result. */
  rate (page, g_ptr_array_index (items, 0), 4);
  g_assert_true (gtk_widget_get_sensitive (submit));
  g_signal_emit_by_name (submit, "clicked");
  args[1] = GINT_TO_POINTER (2);
  pursuit_test_wait_until (has_results, args, "the second result to be saved");
  pursuit_test_wait_for_label (page, "Earlier Results");

  repository = pursuit_test_open_repository (fixture->path);
  results = pursuit_repository_list_self_check_results (repository, "css-skills-check", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 2);
  /* Newest first. The score is the concern (lower is better): none with
   * every skill at the top of the scale, some with one at the bottom. */
  g_assert_cmpfloat (((PursuitSelfCheckResult *) g_ptr_array_index (results, 0))->score, ==, 0);
  g_assert_cmpfloat (((PursuitSelfCheckResult *) g_ptr_array_index (results, 1))->score, >, 0);
}

static void
test_sources_page (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *view = show_guides (fixture);
  GPtrArray *sources = pursuit_content_get_sources (get_content (fixture));
  GtkWidget *row = NULL;

  g_assert_cmpuint (sources->len, >=, 4);
  open_from_sidebar (view, "About the Content");
  for (guint i = 0; i < sources->len; i++)
    {
      row = pursuit_test_find_row (view, pursuit_content_node_get_child_text (g_ptr_array_index (sources, i),
                                                                              "citation"));
      g_assert_nonnull (row);
    }
  pursuit_test_wait_until (is_mapped, row, "the sources to show");
}

/* The parts of the guide, and blocks of its sections, that are hidden. */
static guint
count_hidden (GtkWidget *box)
{
  guint count = 0;

  for (GtkWidget *part = gtk_widget_get_first_child (box); part != NULL;
       part = gtk_widget_get_next_sibling (part))
    {
      count += !gtk_widget_get_visible (part);
      if (gtk_widget_has_css_class (part, "content-section"))
        for (GtkWidget *block = gtk_widget_get_first_child (part); block != NULL;
             block = gtk_widget_get_next_sibling (block))
          count += !gtk_widget_get_visible (block);
    }
  return count;
}

static gboolean
has_css_class (GtkWidget *widget,
               gpointer   data)
{
  return gtk_widget_has_css_class (widget, data);
}

static GtkWidget *
guide_box (GtkWidget *page)
{
  GtkWidget *box = pursuit_test_find_widget (page, has_css_class, (gpointer) "content-page");

  g_assert_nonnull (box);
  return box;
}

/* A guide shows its top at once and the rest a part a frame after; a jump
 * to a part further down shows everything first. */
static void
test_guide_shown_in_parts (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *view = show_guides (fixture);
  GtkWidget *page = pursuit_test_get_by_type (view, PURSUIT_TYPE_GUIDE_PAGE);
  GtkWidget *box;
  g_autoptr(GPtrArray) sections = NULL;
  PursuitGuide *guide = pursuit_content_find_guide (get_content (fixture), "customer-service-specialist");
  const char *last_id;

  g_assert_nonnull (guide);
  sections = pursuit_guide_get_sections (guide);
  g_assert_cmpuint (sections->len, >, 2);
  last_id = pursuit_content_node_get_attribute (g_ptr_array_index (sections, sections->len - 1), "id");

  g_assert_true (gtk_widget_activate_action (view, "guides.open-guide", "s", "customer-service-specialist"));
  box = guide_box (page);
  g_assert_cmpuint (count_hidden (box), >, 0);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_first_child (box)));
  wait_for_page (page);
  pursuit_test_wait_for_whole_guide (page);
  g_assert_cmpuint (count_hidden (box), ==, 0);

  /* Another guide, then at once to its last section. */
  g_assert_true (gtk_widget_activate_action (view, "guides.open-guide", "s", "contact-center-specialist"));
  g_assert_cmpuint (count_hidden (box), >, 0);
  g_assert_true (gtk_widget_activate_action (view, "guides.open-guide", "s", "customer-service-specialist"));
  g_assert_cmpuint (count_hidden (box), >, 0);
  g_assert_false (pursuit_guide_page_is_whole (PURSUIT_GUIDE_PAGE (page)));
  g_assert_true (gtk_widget_activate_action (view, "guides.jump-to", "s", last_id));
  g_assert_cmpuint (count_hidden (box), ==, 0);
  g_assert_true (pursuit_guide_page_is_whole (PURSUIT_GUIDE_PAGE (page)));
}

static guint
count_labels (GtkWidget  *widget,
              const char *text)
{
  guint count = GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += count_labels (child, text);
  return count;
}

/* A question's answer guidance is made when the question is opened. */
static void
test_question_filled_when_opened (Fixture       *fixture,
                                  gconstpointer  data)
{
  GtkWidget *view = show_guides (fixture);
  GtkWidget *page = pursuit_test_get_by_type (view, PURSUIT_TYPE_QUESTIONS_PAGE);
  g_autoptr(PursuitQuestion) question = g_list_model_get_item (pursuit_content_get_questions (get_content (fixture)), 3);
  GtkWidget *row;

  g_assert_true (gtk_widget_activate_action (view, "guides.show-questions", "s", ""));
  wait_for_page (page);
  row = pursuit_test_find_row (page, pursuit_question_get_text (question));
  g_assert_nonnull (row);
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_null (pursuit_test_find_label (page, pursuit_question_get_why (question)));
  g_assert_null (pursuit_test_find_label (row, "Why interviewers ask it"));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_assert_nonnull (pursuit_test_find_label (row, pursuit_question_get_why (question)));
  g_assert_nonnull (pursuit_test_find_label (row, "Why interviewers ask it"));
  g_assert_nonnull (pursuit_test_find_button (row, "_Practise This Question"));

  /* Closed and opened again, it holds one copy. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_assert_cmpuint (count_labels (row, "Why interviewers ask it"), ==, 1);
}

static void
test_icon_buttons_have_labels (Fixture       *fixture,
                               gconstpointer  data)
{
  show_guides (fixture);
  /* Back, search, the sections menu and the main menu, at the least. */
  g_assert_cmpuint (pursuit_test_check_icon_buttons (GTK_WIDGET (fixture->window)), >=, 3);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_WINDOW ("/guides/read-every-guide", test_read_every_guide);
  PURSUIT_TEST_ADD_WINDOW ("/guides/search-opens-faq", test_search_opens_faq);
  PURSUIT_TEST_ADD_WINDOW ("/guides/search-opens-question", test_search_opens_question);
  PURSUIT_TEST_ADD_WINDOW ("/guides/question-filters", test_question_filters);
  PURSUIT_TEST_ADD_WINDOW ("/guides/self-check-keeps-history", test_self_check_keeps_history);
  PURSUIT_TEST_ADD_WINDOW ("/guides/sources-page", test_sources_page);
  PURSUIT_TEST_ADD_WINDOW ("/guides/guide-shown-in-parts", test_guide_shown_in_parts);
  PURSUIT_TEST_ADD_WINDOW ("/guides/question-filled-when-opened", test_question_filled_when_opened);
  PURSUIT_TEST_ADD_WINDOW ("/a11y/guides-icon-buttons-have-labels", test_icon_buttons_have_labels);

  return g_test_run ();
}
