/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "pursuit-add-job-dialog.h"
#include "pursuit-guide-page.h"
#include "pursuit-guides-view.h"
#include "pursuit-questions-page.h"
#include "pursuit-self-check-page.h"
#include "pursuit-jobs-view.h"
#include "pursuit-repository.h"
#include "pursuit-test-utils.h"
#include "pursuit-window.h"

/* The main window as a user meets it, driven through its actions. */

typedef struct
{
  char *dir;
  char *path;
  PursuitContext *context;
  PursuitWindow *window;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("pursuit-window-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  fixture->context = pursuit_test_open_context (fixture->path);
  fixture->window = pursuit_window_new (NULL, fixture->context);
  gtk_window_present (GTK_WINDOW (fixture->window));
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->context);
  pursuit_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static GListModel *
jobs_model (Fixture *fixture)
{
  return pursuit_store_get_jobs (pursuit_context_get_store (fixture->context));
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
wait_for_jobs (Fixture *fixture,
               guint    count)
{
  CountWanted wanted = { jobs_model (fixture), count };

  pursuit_test_wait_until (has_count, &wanted, "the jobs model to reach its count");
}

static gboolean
has_add_dialog (gpointer data)
{
  return pursuit_test_find_toplevel (PURSUIT_TYPE_ADD_JOB_DIALOG) != NULL;
}

static gboolean
has_no_add_dialog (gpointer data)
{
  return !has_add_dialog (data);
}

static PursuitJobsView *
get_jobs_view (Fixture *fixture)
{
  return PURSUIT_JOBS_VIEW (pursuit_test_find_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_JOBS_VIEW));
}

static gboolean
is_add_button (GtkWidget *widget,
               gpointer   data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "_Add") == 0;
}

/* Adds a job the way a user does: the action opens the dialog, the rows are
 * filled in and the dialog's Add action saves. */
static PursuitJob *
add_job_through_ui (Fixture    *fixture,
                    const char *title,
                    const char *company)
{
  guint before = g_list_model_get_n_items (jobs_model (fixture));
  GtkWindow *dialog;
  PursuitJob *job;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "add-job", NULL);
  pursuit_test_wait_until (has_add_dialog, NULL, "the Add Job dialog");
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_ADD_JOB_DIALOG);

  /* Nothing to add yet: the Add button waits for a title and a company. */
  g_assert_false (gtk_widget_get_sensitive (pursuit_test_find_widget (GTK_WIDGET (dialog), is_add_button, NULL)));

  gtk_editable_set_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (dialog), "Job Title")), title);
  gtk_editable_set_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (dialog), "Company")), company);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.add", NULL));

  wait_for_jobs (fixture, before + 1);
  pursuit_test_wait_until (has_no_add_dialog, NULL, "the Add Job dialog to close");

  job = pursuit_jobs_view_get_selected (get_jobs_view (fixture));
  g_assert_nonnull (job);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, title);
  return job;
}

static gboolean
is_jobs_list (GtkWidget *widget,
              gpointer   data)
{
  return GTK_IS_LIST_VIEW (widget) && g_strcmp0 (gtk_widget_get_name (widget), "jobs-list") == 0;
}

static GtkWidget *
find_jobs_list (Fixture *fixture)
{
  return pursuit_test_find_widget (GTK_WIDGET (fixture->window), is_jobs_list, NULL);
}

static gboolean
label_is_mapped (gpointer data)
{
  gpointer *args = data;
  GtkWidget *label = pursuit_test_find_label (args[0], args[1]);


  return label != NULL && gtk_widget_get_mapped (label);
}

static gboolean
label_is_gone (gpointer data)
{
  return !label_is_mapped (data);
}

static void
wait_for_mapped_label (GtkWidget  *root,
                       const char *text)
{
  gpointer args[] = { root, (gpointer) text };

  pursuit_test_wait_until (label_is_mapped, args, text);
}

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *status;

  status = pursuit_test_find_by_type (GTK_WIDGET (fixture->window), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status);
  wait_for_mapped_label (GTK_WIDGET (fixture->window), "No Jobs Yet");
}

static void
test_add_job_shows_row (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *list;

  add_job_through_ui (fixture, "Customer Service Specialist", "Acme Ltd");

  list = find_jobs_list (fixture);
  g_assert_nonnull (list);
  /* The list made a row for the job, and it is on screen. */
  wait_for_mapped_label (list, "Acme Ltd");
  wait_for_mapped_label (list, "Customer Service Specialist");
  wait_for_mapped_label (list, "Wishlist");
}

static gboolean
title_is (gpointer data)
{
  gpointer *args = data;

  return g_strcmp0 (pursuit_job_get_title (args[0]), args[1]) == 0;
}

static gboolean
url_is_saved (gpointer data)
{
  return g_strcmp0 (pursuit_job_get_url (data), "https://jobs.example.com/42") == 0;
}

static void
test_edit_saves_and_persists (Fixture       *fixture,
                              gconstpointer  data)
{
  PursuitJob *job = add_job_through_ui (fixture, "Call Center Agent", "Globex");
  GtkWidget *title_row = pursuit_test_find_row (GTK_WIDGET (fixture->window), "Job Title");
  GtkWidget *company_row = pursuit_test_find_row (GTK_WIDGET (fixture->window), "Company");
  GtkWidget *url_row = pursuit_test_find_row (GTK_WIDGET (fixture->window), "Posting URL");
  gpointer args[] = { job, (gpointer) "Senior Call Center Agent" };
  g_autoptr(PursuitContext) reopened = NULL;
  g_autoptr(PursuitJob) saved = NULL;

  gtk_editable_set_text (GTK_EDITABLE (title_row), "Senior Call Center Agent");
  pursuit_test_wait_until (title_is, args, "the new title to be saved");
  /* Saving keeps the job selected and on screen. */
  g_assert_true (pursuit_jobs_view_get_selected (get_jobs_view (fixture)) == job);

  /* Invalid values are flagged on the row and never saved. */
  gtk_editable_set_text (GTK_EDITABLE (company_row), "   ");
  g_assert_true (gtk_widget_has_css_class (company_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (url_row), "ftp://example.com/job");
  g_assert_true (gtk_widget_has_css_class (url_row, "error"));
  pursuit_jobs_view_settle (get_jobs_view (fixture));
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Globex");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "");

  gtk_editable_set_text (GTK_EDITABLE (company_row), "Globex Corporation");
  gtk_editable_set_text (GTK_EDITABLE (url_row), "https://jobs.example.com/42");
  g_assert_false (gtk_widget_has_css_class (company_row, "error"));
  pursuit_jobs_view_settle (get_jobs_view (fixture));
  pursuit_test_wait_until (url_is_saved, job, "the corrected fields to be saved");

  /* What a restart would read back. */
  reopened = pursuit_test_open_context (fixture->path);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (pursuit_context_get_store (reopened))), ==, 1);
  saved = g_list_model_get_item (pursuit_store_get_jobs (pursuit_context_get_store (reopened)), 0);
  g_assert_cmpstr (pursuit_job_get_title (saved), ==, "Senior Call Center Agent");
  g_assert_cmpstr (pursuit_job_get_company (saved), ==, "Globex Corporation");
  g_assert_cmpstr (pursuit_job_get_url (saved), ==, "https://jobs.example.com/42");
}

static void
test_delete_and_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  PursuitJob *job = add_job_through_ui (fixture, "Customer Support Specialist", "Initech");
  gint64 id = pursuit_job_get_id (job);

  g_object_ref (job);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "delete-job", NULL);
  wait_for_jobs (fixture, 0);
  wait_for_mapped_label (GTK_WIDGET (fixture->window), "No Jobs Yet");

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "undo-delete",
                                  g_variant_new_int64 (id));
  wait_for_jobs (fixture, 1);
  g_assert_true (pursuit_jobs_view_get_selected (get_jobs_view (fixture)) == job);
  g_object_unref (job);

  /* Delete again and let the undo window pass: the job is gone for good. */
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "delete-job", NULL);
  wait_for_jobs (fixture, 0);
  pursuit_jobs_view_settle (get_jobs_view (fixture));
  {
    g_autoptr(PursuitContext) reopened = pursuit_test_open_context (fixture->path);

    g_assert_cmpuint (g_list_model_get_n_items (pursuit_store_get_jobs (pursuit_context_get_store (reopened))), ==, 0);
  }
}

static void
test_search_filters (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *entry;
  GtkWidget *search_bar;

  add_job_through_ui (fixture, "Customer Service Specialist", "Acme Ltd");
  add_job_through_ui (fixture, "Contact Center Specialist", "Globex");

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "search", NULL);
  search_bar = pursuit_test_find_by_type (GTK_WIDGET (fixture->window), GTK_TYPE_SEARCH_BAR);
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));

  entry = pursuit_test_find_by_type (search_bar, GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "globex");
  g_signal_emit_by_name (entry, "search-changed");
  wait_for_mapped_label (find_jobs_list (fixture), "Globex");
  /* The full-text search answers asynchronously. */
  {
    gpointer args[] = { find_jobs_list (fixture), (gpointer) "Acme Ltd" };

    pursuit_test_wait_until (label_is_gone, args, "Acme Ltd to be filtered out");
  }

  gtk_editable_set_text (GTK_EDITABLE (entry), "nothing like this");
  g_signal_emit_by_name (entry, "search-changed");
  wait_for_mapped_label (GTK_WIDGET (fixture->window), "No Matching Jobs");
}

static void
check_icon_buttons (GtkWidget *widget,
                    guint     *checked)
{
  const char *icon = NULL;
  const char *label = NULL;

  if (GTK_IS_MENU_BUTTON (widget))
    {
      icon = gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget));
      label = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
    }
  else if (GTK_IS_BUTTON (widget))
    {
      icon = gtk_button_get_icon_name (GTK_BUTTON (widget));
      label = gtk_button_get_label (GTK_BUTTON (widget));
    }

  /* Hidden ones are skipped: libadwaita 1.2's own unused apply button in
   * entry rows has no label, and it never reaches the user. */
  /* GTK's own spin buttons are GTK's business. */
  if (GTK_IS_SPIN_BUTTON (widget))
    return;

  if (icon != NULL && label == NULL && gtk_widget_get_visible (widget))
    {
      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("The %s button with icon %s has no accessible label",
                 G_OBJECT_TYPE_NAME (widget), icon);
      (*checked)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_icon_buttons (child, checked);
}

static void
test_icon_buttons_have_labels (Fixture       *fixture,
                               gconstpointer  data)
{
  guint checked = 0;

  /* The empty state, then the list and job page. */
  check_icon_buttons (GTK_WIDGET (fixture->window), &checked);
  add_job_through_ui (fixture, "Team Lead", "Umbrella");
  check_icon_buttons (GTK_WIDGET (fixture->window), &checked);

  /* Add, menu (in both states), search and delete, at the least. */
  g_assert_cmpuint (checked, >=, 5);
}

static void
test_error_page (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pursuit-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  g_autoptr(PursuitContent) content = pursuit_test_get_content ();
  g_autoptr(PursuitContext) context = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PursuitWindow *window;

  g_assert_true (g_file_set_contents (path, "these are my notes, not a database\n", -1, NULL));
  store = pursuit_store_new (path);
  context = pursuit_context_new (store, content, settings);
  window = pursuit_window_new (NULL, context);
  gtk_window_present (GTK_WINDOW (window));

  wait_for_mapped_label (GTK_WIDGET (window), "Cannot Open Your Jobs");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "add-job"));

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "these are my notes, not a database\n");

  gtk_window_destroy (GTK_WINDOW (window));
  pursuit_test_remove_tree (dir);
}

static PursuitGuidesView *
show_guides (Fixture *fixture)
{
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "show-view", g_variant_new_string ("guides"));
  return PURSUIT_GUIDES_VIEW (pursuit_test_find_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_GUIDES_VIEW));
}

static gboolean
has_mapped_citation (GtkWidget *widget,
                     gpointer   data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "citation") &&
         g_str_has_prefix (gtk_label_get_label (GTK_LABEL (widget)), "Source: ");
}

static void
test_guides_read_every_guide (Fixture       *fixture,
                              gconstpointer  data)
{
  PursuitGuidesView *view = show_guides (fixture);
  PursuitContent *content = pursuit_context_get_content (fixture->context);
  GListModel *guides = pursuit_content_get_guides (content);
  GtkWidget *page = pursuit_guides_view_get_page (view, "guide");

  g_assert_cmpuint (g_list_model_get_n_items (guides), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (guides); i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);
      g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);

      g_assert_true (pursuit_guides_view_open_guide (view, pursuit_guide_get_id (guide), NULL));
      g_assert_cmpstr (pursuit_guides_view_get_page_name (view), ==, "guide");
      wait_for_mapped_label (page, pursuit_guide_get_title (guide));
      /* Facts carry their sources on screen. */
      g_assert_nonnull (pursuit_test_find_widget (page, has_mapped_citation, NULL));

      /* Every section is there to jump to. */
      for (guint j = 0; j < sections->len; j++)
        {
          PursuitContentNode *section = g_ptr_array_index (sections, j);

          g_assert_true (pursuit_guide_page_scroll_to (PURSUIT_GUIDE_PAGE (page),
                                                       pursuit_content_node_get_attribute (section, "id")));
          g_assert_nonnull (pursuit_test_find_label (page, pursuit_content_node_get_child_text (section, "title")));
        }
    }

  /* The salary table shows the figure the sources give. */
  pursuit_guides_view_open_guide (view, "customer-service-specialist", "css-salary");
  wait_for_mapped_label (page, "$39,120 a year");
}

static void
test_guides_search_opens_faq (Fixture       *fixture,
                              gconstpointer  data)
{
  PursuitGuidesView *view = show_guides (fixture);
  PursuitContent *content = pursuit_context_get_content (fixture->context);
  PursuitGuide *guide = pursuit_content_find_guide (content, "contact-center-specialist");
  g_autoptr(GPtrArray) faq = pursuit_guide_get_faq (guide);
  PursuitContentNode *entry = g_ptr_array_index (faq, 0);
  const char *question = pursuit_content_node_get_child_text (entry, "question");
  GtkWidget *page = pursuit_guides_view_get_page (view, "guide");
  GtkWidget *row;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "search", NULL);
  g_assert_cmpuint (pursuit_guides_view_search (view, question), >, 0);
  g_assert_true (pursuit_guides_view_activate_result (view, 0));
  g_assert_cmpstr (pursuit_guides_view_get_page_name (view), ==, "guide");
  g_assert_true (pursuit_guide_page_get_guide (PURSUIT_GUIDE_PAGE (page)) == guide);

  /* The answer is opened, not just the guide. */
  row = pursuit_test_find_row (page, question);
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));

  g_assert_cmpuint (pursuit_guides_view_search (view, "zzqqxx nothing"), ==, 0);
  wait_for_mapped_label (GTK_WIDGET (fixture->window), "No Results");
}

static void
test_guides_search_opens_question (Fixture       *fixture,
                                   gconstpointer  data)
{
  PursuitGuidesView *view = show_guides (fixture);
  GtkWidget *page = pursuit_guides_view_get_page (view, "questions");
  g_autoptr(PursuitQuestion) question = g_list_model_get_item (
    pursuit_content_get_questions (pursuit_context_get_content (fixture->context)), 5);
  GtkWidget *row;

  g_assert_cmpuint (pursuit_guides_view_search (view, pursuit_question_get_text (question)), >, 0);
  g_assert_true (pursuit_guides_view_activate_result (view, 0));
  g_assert_cmpstr (pursuit_guides_view_get_page_name (view), ==, "questions");
  row = pursuit_test_find_row (page, pursuit_question_get_text (question));
  g_assert_nonnull (row);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
}

static void
test_guides_question_filters (Fixture       *fixture,
                              gconstpointer  data)
{
  PursuitGuidesView *view = show_guides (fixture);
  PursuitQuestionsPage *page = PURSUIT_QUESTIONS_PAGE (pursuit_guides_view_get_page (view, "questions"));
  guint all, managers, behavioural;

  pursuit_guides_view_show_questions (view, NULL, NULL);
  all = pursuit_questions_page_get_n_shown (page);
  g_assert_cmpuint (all, ==, g_list_model_get_n_items (pursuit_content_get_questions (pursuit_context_get_content (fixture->context))));

  pursuit_guides_view_show_questions (view, "customer-service-manager", NULL);
  managers = pursuit_questions_page_get_n_shown (page);
  g_assert_cmpuint (managers, >, 0);
  g_assert_cmpuint (managers, <, all);

  pursuit_questions_page_set_category (page, "behavioural");
  behavioural = pursuit_questions_page_get_n_shown (page);
  g_assert_cmpuint (behavioural, >, 0);
  g_assert_cmpuint (behavioural, <, managers);
}

static gboolean
has_results (gpointer data)
{
  gpointer *args = data;

  return pursuit_self_check_page_get_n_results (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
test_guides_self_check_keeps_history (Fixture       *fixture,
                                      gconstpointer  data)
{
  PursuitGuidesView *view = show_guides (fixture);
  PursuitSelfCheckPage *page = PURSUIT_SELF_CHECK_PAGE (pursuit_guides_view_get_page (view, "self-check"));
  PursuitContent *content = pursuit_context_get_content (fixture->context);
  PursuitSelfCheck *check = pursuit_content_find_self_check (content, "css-skills-check");
  g_autoptr(GPtrArray) items = pursuit_self_check_get_items (check);
  g_autoptr(PursuitContext) reopened = NULL;
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  gpointer args[2] = { page, GUINT_TO_POINTER (0) };

  g_assert_true (pursuit_guides_view_open_self_check (view, "css-skills-check"));
  pursuit_test_wait_until (has_results, args, "earlier results to load");

  /* Nothing is scored until every skill is rated. */
  g_assert_false (pursuit_self_check_page_submit (page));
  for (guint i = 0; i < items->len; i++)
    pursuit_self_check_page_set_answer (page, i, i == 0 ? 0 : 4);
  g_assert_true (pursuit_self_check_page_submit (page));
  args[1] = GUINT_TO_POINTER (1);
  pursuit_test_wait_until (has_results, args, "the first result to be saved");
  wait_for_mapped_label (GTK_WIDGET (page), "Your Result");
  /* The weak skill comes back with its advice. */
  wait_for_mapped_label (GTK_WIDGET (page), pursuit_content_node_get_child_text (g_ptr_array_index (items, 0), "advice"));

  /* Retaking keeps the first result. */
  pursuit_self_check_page_set_answer (page, 0, 4);
  g_assert_true (pursuit_self_check_page_submit (page));
  args[1] = GUINT_TO_POINTER (2);
  pursuit_test_wait_until (has_results, args, "the second result to be saved");
  wait_for_mapped_label (GTK_WIDGET (page), "Earlier Results");

  repository = pursuit_repository_open (fixture->path, &error);
  g_assert_no_error (error);
  results = pursuit_repository_list_self_check_results (repository, "css-skills-check", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_cmpfloat (((PursuitSelfCheckResult *) g_ptr_array_index (results, 0))->score, ==, 0);
  g_assert_cmpfloat (((PursuitSelfCheckResult *) g_ptr_array_index (results, 1))->score, >, 0);
}

static void
test_guides_sources_page (Fixture       *fixture,
                          gconstpointer  data)
{
  PursuitGuidesView *view = show_guides (fixture);
  GPtrArray *sources = pursuit_content_get_sources (pursuit_context_get_content (fixture->context));
  GtkWidget *page = pursuit_guides_view_get_page (view, "sources");

  g_assert_cmpuint (sources->len, >=, 4);
  for (guint i = 0; i < sources->len; i++)
    g_assert_nonnull (pursuit_test_find_row (page, pursuit_content_node_get_child_text (g_ptr_array_index (sources, i),
                                                                                         "citation")));
}

static void
test_guides_icon_buttons_have_labels (Fixture       *fixture,
                                      gconstpointer  data)
{
  guint checked = 0;

  show_guides (fixture);
  check_icon_buttons (GTK_WIDGET (fixture->window), &checked);
  g_assert_cmpuint (checked, >=, 3);
}

static gboolean
job_is_archived (gpointer data)
{
  return pursuit_job_get_archived (data);
}

static gboolean
job_is_not_archived (gpointer data)
{
  return !pursuit_job_get_archived (data);
}

static void
test_archive_and_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  PursuitJob *job = add_job_through_ui (fixture, "Support Agent", "Hooli");
  GtkWidget *list = find_jobs_list (fixture);

  wait_for_mapped_label (list, "Hooli");
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "archive-job", NULL);
  pursuit_test_wait_until (job_is_archived, job, "the job to be archived");
  /* Archived jobs leave the list, and stay in the store. */
  {
    gpointer args[] = { list, (gpointer) "Hooli" };

    pursuit_test_wait_until (label_is_gone, args, "the archived job to leave the list");
  }
  g_assert_cmpuint (g_list_model_get_n_items (jobs_model (fixture)), ==, 1);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "unarchive-job",
                                  g_variant_new_int64 (pursuit_job_get_id (job)));
  pursuit_test_wait_until (job_is_not_archived, job, "the job to come back");
  wait_for_mapped_label (list, "Hooli");
}

static void
test_duplicate_warning (Fixture       *fixture,
                        gconstpointer  data)
{
  PursuitJob *existing = add_job_through_ui (fixture, "Customer Service Specialist", "Acme Ltd.");
  GtkWindow *dialog;
  GtkWidget *label;

  add_job_through_ui (fixture, "Team Lead", "Globex");
  g_assert_false (pursuit_jobs_view_get_selected (get_jobs_view (fixture)) == existing);

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "add-job", NULL);
  pursuit_test_wait_until (has_add_dialog, NULL, "the Add Job dialog");
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_ADD_JOB_DIALOG);

  /* Case, spacing and punctuation do not make it another job. */
  gtk_editable_set_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (dialog), "Job Title")),
                         "customer  service specialist");
  gtk_editable_set_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (dialog), "Company")), " ACME ltd ");
  label = pursuit_test_find_label (GTK_WIDGET (dialog), "You already track “Customer Service Specialist” at Acme Ltd. (Wishlist).");
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (label)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.open-existing", NULL));
  pursuit_test_wait_until (has_no_add_dialog, NULL, "the Add Job dialog to close");
  g_assert_true (pursuit_jobs_view_get_selected (get_jobs_view (fixture)) == existing);
  g_assert_cmpuint (g_list_model_get_n_items (jobs_model (fixture)), ==, 2);
}

static void
test_board_opens_job (Fixture       *fixture,
                      gconstpointer  data)
{
  PursuitJob *job = add_job_through_ui (fixture, "Contact Center Specialist", "Initrode");
  PursuitJobsView *view = get_jobs_view (fixture);
  PursuitBoardView *board;

  add_job_through_ui (fixture, "Call Center Agent", "Vandelay");
  /* The board is only built when first shown. */
  g_assert_null (pursuit_jobs_view_get_board (view));
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "toggle-board", NULL);
  g_assert_true (pursuit_jobs_view_get_show_board (view));
  board = pursuit_jobs_view_get_board (view);
  g_assert_nonnull (board);
  wait_for_mapped_label (GTK_WIDGET (board), "Initrode");

  /* Opening a card goes back to the list with the job selected. */
  g_signal_emit_by_name (board, "job-activated", job);
  g_assert_false (pursuit_jobs_view_get_show_board (view));
  g_assert_true (pursuit_jobs_view_get_selected (view) == job);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  g_test_add ("/window/empty-state", Fixture, NULL, fixture_set_up, test_empty_state, fixture_tear_down);
  g_test_add ("/window/add-job-shows-row", Fixture, NULL, fixture_set_up, test_add_job_shows_row, fixture_tear_down);
  g_test_add ("/window/edit-saves-and-persists", Fixture, NULL, fixture_set_up, test_edit_saves_and_persists, fixture_tear_down);
  g_test_add ("/window/delete-and-undo", Fixture, NULL, fixture_set_up, test_delete_and_undo, fixture_tear_down);
  g_test_add ("/window/search-filters", Fixture, NULL, fixture_set_up, test_search_filters, fixture_tear_down);
  g_test_add ("/a11y/icon-buttons-have-labels", Fixture, NULL, fixture_set_up, test_icon_buttons_have_labels, fixture_tear_down);
  g_test_add_func ("/window/error-page", test_error_page);
  g_test_add ("/window/duplicate-warning", Fixture, NULL, fixture_set_up, test_duplicate_warning, fixture_tear_down);
  g_test_add ("/window/board-opens-job", Fixture, NULL, fixture_set_up, test_board_opens_job, fixture_tear_down);
  g_test_add ("/window/archive-and-undo", Fixture, NULL, fixture_set_up, test_archive_and_undo, fixture_tear_down);
  g_test_add ("/guides/read-every-guide", Fixture, NULL, fixture_set_up, test_guides_read_every_guide, fixture_tear_down);
  g_test_add ("/guides/search-opens-faq", Fixture, NULL, fixture_set_up, test_guides_search_opens_faq, fixture_tear_down);
  g_test_add ("/guides/search-opens-question", Fixture, NULL, fixture_set_up, test_guides_search_opens_question, fixture_tear_down);
  g_test_add ("/guides/question-filters", Fixture, NULL, fixture_set_up, test_guides_question_filters, fixture_tear_down);
  g_test_add ("/guides/self-check-keeps-history", Fixture, NULL, fixture_set_up, test_guides_self_check_keeps_history, fixture_tear_down);
  g_test_add ("/guides/sources-page", Fixture, NULL, fixture_set_up, test_guides_sources_page, fixture_tear_down);
  g_test_add ("/a11y/guides-icon-buttons-have-labels", Fixture, NULL, fixture_set_up, test_guides_icon_buttons_have_labels, fixture_tear_down);

  return g_test_run ();
}
