/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-custom-question-dialog.h"
#include "pursuit-history-dialog.h"
#include "pursuit-practice-chart.h"
#include "pursuit-practice-section.h"
#include "pursuit-practice-view.h"
#include "pursuit-recorder.h"
#include "pursuit-repository-people.h"
#include "pursuit-repository-practice.h"
#include "pursuit-session-page.h"
#include "pursuit-story-dialog.h"
#include "pursuit-test-widgets.h"
#include "pursuit-window.h"

/* Interview practice in the window, driven by the keyboard: each key goes
 * where GTK would send it, the focused widget first (Space and Return
 * activate a button or tick a check), then the shortcuts of the widgets
 * around it up to the window. What a session saved is read back from the
 * database with a connection of the test's own. */

typedef struct
{
  char *dir;
  char *path;
  gint64 job_id;
  gint64 story_id;
  PursuitContext *context;
  PursuitWindow *window;
  PursuitPracticeView *view;
} Fixture;

#define DAY (24 * 60 * 60)

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  const char *keys[] = { "practice-roles", "practice-record", "practice-new-per-day", "practice-target-seconds",
                         "practice-desired-retention" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
}

/* A job for the Customer Service Specialist role with an interview three
 * days from now, and a story that shows empathy. data: no job, no story. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  reset_settings ();
  fixture->dir = g_dir_make_tmp ("pursuit-practice-ui-XXXXXX", NULL);
  fixture->path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  if (data == NULL)
    {
      g_autoptr(PursuitRepository) repository = pursuit_repository_open (fixture->path, &error);
      g_autoptr(GPtrArray) stages = NULL;
      g_autoptr(PursuitJob) job = pursuit_job_new ();
      g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
      g_autoptr(PursuitStory) story = pursuit_story_new ();
      const char *competencies[] = { "empathy", "patience", NULL };
      gint64 now = g_get_real_time () / G_USEC_PER_SEC;

      g_assert_no_error (error);
      stages = pursuit_repository_list_stages (repository);
      pursuit_job_set_company (job, "Acme Ltd");
      pursuit_job_set_title (job, "Customer Service Specialist");
      pursuit_job_set_stage (job, g_ptr_array_index (stages, 3));
      g_assert_true (pursuit_repository_insert_job (repository, job, now, &error));
      g_assert_no_error (error);
      fixture->job_id = pursuit_job_get_id (job);

      pursuit_interview_set_job_id (interview, fixture->job_id);
      /* At noon three days ahead, whatever the time now: an hour after
       * this moment three days ahead fell on the fourth day after 23:00
       * (the tests run in UTC), and the plan spreads over calendar days. */
      pursuit_interview_set_starts_at (interview, (now / DAY + 3) * DAY + 12 * 60 * 60);
      pursuit_interview_set_time_zone (interview, "UTC");
      g_assert_true (pursuit_repository_insert_interview (repository, interview, now, &error));
      g_assert_no_error (error);

      pursuit_story_set_title (story, "The double charge");
      pursuit_story_set_situation (story, "A customer was charged twice and called in angry");
      pursuit_story_set_result (story, "Refunded the same day; she stayed a customer");
      pursuit_story_set_competencies (story, competencies);
      g_assert_true (pursuit_repository_insert_story (repository, story, now, &error));
      g_assert_no_error (error);
      fixture->story_id = pursuit_story_get_id (story);
    }

  fixture->context = pursuit_test_open_context (fixture->path);
  fixture->window = pursuit_window_new (NULL, fixture->context);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1000, 800);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "practice");
  fixture->view = PURSUIT_PRACTICE_VIEW (pursuit_test_find_by_type (GTK_WIDGET (fixture->window),
                                                                     PURSUIT_TYPE_PRACTICE_VIEW));
  g_assert_nonnull (fixture->view);
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
  reset_settings ();
}

/* Keys */

static gboolean
trigger_shortcut (GtkWidget       *widget,
                  guint            keyval,
                  GdkModifierType  modifiers,
                  gboolean         global_only)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, modifiers);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          (global_only && gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller)) !=
                          GTK_SHORTCUT_SCOPE_GLOBAL))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                 widget, gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static gboolean
trigger_global (GtkWidget       *widget,
                guint            keyval,
                GdkModifierType  modifiers)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (trigger_shortcut (widget, keyval, modifiers, TRUE))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (trigger_global (child, keyval, modifiers))
        return TRUE;
    }
  return FALSE;
}

/* Sends @keyval as GTK would: a focused button or check takes Space and
 * Return (a button clicks, which GTK does after a short pressed look; the
 * test clicks at once); anything else goes to the shortcuts from the focus
 * outwards. */
static void
press (Fixture         *fixture,
       guint            keyval,
       GdkModifierType  modifiers)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  if (modifiers == 0 && (keyval == GDK_KEY_space || keyval == GDK_KEY_Return) && focus != NULL &&
      (GTK_IS_BUTTON (focus) || GTK_IS_CHECK_BUTTON (focus)) && gtk_widget_is_sensitive (focus))
    {
      if (GTK_IS_BUTTON (focus))
        g_signal_emit_by_name (focus, "clicked");
      else
        gtk_widget_activate (focus);
      return;
    }
  for (GtkWidget *widget = focus != NULL ? focus : GTK_WIDGET (fixture->window);
       widget != NULL;
       widget = gtk_widget_get_parent (widget))
    {
      if (trigger_shortcut (widget, keyval, modifiers, FALSE))
        return;
    }
  /* Then the shortcuts a shown view makes global to the window. */
  if (trigger_global (GTK_WIDGET (fixture->window), keyval, modifiers))
    return;
  g_error ("Nothing took the key %s", gdk_keyval_name (keyval));
}

/* Waiting */

static gboolean
practice_loaded (gpointer data)
{
  Fixture *fixture = data;

  return pursuit_practice_state_get_loaded (pursuit_context_get_practice (fixture->context)) &&
         g_list_model_get_n_items (pursuit_store_get_stories (pursuit_context_get_store (fixture->context))) ==
         (fixture->story_id != 0 ? 1u : 0u);
}

static gboolean
saved (gpointer data)
{
  return pursuit_session_page_get_n_saving (data) == 0;
}

static PursuitSessionPage *
session_page (Fixture *fixture)
{
  return pursuit_practice_view_get_session_page (fixture->view);
}

static GPtrArray *
read_reviews (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitRepository) repository = pursuit_repository_open (fixture->path, &error);
  GPtrArray *reviews;

  g_assert_no_error (error);
  reviews = pursuit_repository_list_reviews (repository, NULL, &error);
  g_assert_no_error (error);
  return reviews;
}

static GtkCheckButton *
first_check (GtkWidget *root)
{
  return GTK_CHECK_BUTTON (pursuit_test_find_by_type (root, GTK_TYPE_CHECK_BUTTON));
}

/* Start (Ctrl+Enter), Space for the guidance, tick a point, 3 for Good,
 * Return for the next question, Esc to end: one answer saved as given. */
static void
test_keyboard_session (Fixture       *fixture,
                       gconstpointer  data)
{
  PursuitSessionPage *page = session_page (fixture);
  PursuitPracticeSession *session;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autofree char *first_id = NULL;
  g_autoptr(GPtrArray) covers = NULL;
  const PursuitReview *review;
  GtkCheckButton *check;
  GtkWidget *focus;

  pursuit_test_wait_until (practice_loaded, fixture, "practice to load");
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));

  press (fixture, GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_cmpstr (pursuit_practice_view_get_page_name (fixture->view), ==, "session");
  session = pursuit_session_page_get_session (page);
  g_assert_nonnull (session);
  /* Three days to the interview and 90 questions of the role: 30 today. */
  g_assert_cmpuint (pursuit_practice_session_get_n_cards (session), ==, 30);
  first_id = g_strdup (pursuit_practice_session_get_current (session)->question_id);
  covers = pursuit_question_get_covers (pursuit_practice_session_get_current_question (session));
  g_assert_cmpuint (covers->len, >, 0);

  /* The guidance button has the focus: Space opens the guidance, and the
   * focus moves to the first point of the checklist. */
  press (fixture, GDK_KEY_space, 0);
  check = first_check (GTK_WIDGET (page));
  g_assert_nonnull (check);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == GTK_WIDGET (check) || gtk_widget_is_ancestor (focus, GTK_WIDGET (check)));
  press (fixture, GDK_KEY_space, 0);
  g_assert_true (gtk_check_button_get_active (check));

  press (fixture, GDK_KEY_3, 0);
  pursuit_test_wait_until (saved, page, "the answer to be saved");
  g_assert_cmpuint (pursuit_practice_session_get_position (session), ==, 1);

  /* Return on the focused Next button. */
  press (fixture, GDK_KEY_Return, 0);
  g_assert_cmpstr (pursuit_practice_session_get_current (session)->question_id, !=, first_id);
  g_assert_cmpstr (pursuit_session_page_get_stage (page), ==, "question");

  press (fixture, GDK_KEY_Escape, 0);
  g_assert_cmpstr (pursuit_session_page_get_stage (page), ==, "summary");
  g_assert_true (pursuit_practice_session_get_finished (session));

  reviews = read_reviews (fixture);
  g_assert_cmpuint (reviews->len, ==, 1);
  review = g_ptr_array_index (reviews, 0);
  g_assert_cmpstr (review->question_id, ==, first_id);
  g_assert_cmpint (review->rating, ==, PURSUIT_RATING_GOOD);
  g_assert_cmpuint (review->n_points, ==, covers->len);
  g_assert_true (pursuit_review_is_point_ticked (review, 0));
  g_assert_false (pursuit_review_is_point_ticked (review, 1));
  g_assert_cmpint (review->before.state, ==, PURSUIT_CARD_STATE_NEW);
  g_assert_cmpint (review->after.state, ==, PURSUIT_CARD_STATE_REVIEW);

  /* Esc on the summary goes back to the overview. */
  press (fixture, GDK_KEY_Escape, 0);
  g_assert_cmpstr (pursuit_practice_view_get_page_name (fixture->view), ==, "overview");
}

static gboolean
is_link_button (GtkWidget *widget,
                gpointer   data)
{
  return GTK_IS_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "story-id") != NULL;
}

static gboolean
story_linked (gpointer data)
{
  Fixture *fixture = data;
  GListModel *stories = pursuit_store_get_stories (pursuit_context_get_store (fixture->context));
  g_autoptr(PursuitStory) story = g_list_model_get_item (stories, 0);

  return story != NULL && pursuit_story_answers (story, "q-angry-customer-refund");
}

/* A behavioural question that asks for empathy offers the story tagged
 * with it beside the notes; one click links them. */
static void
test_story_offered_and_linked (Fixture       *fixture,
                               gconstpointer  data)
{
  const char *ids[] = { "q-angry-customer-refund", "q-mo-why-this-company", NULL };
  PursuitSessionPage *page = session_page (fixture);
  GtkWidget *row;
  GtkWidget *link;

  pursuit_test_wait_until (practice_loaded, fixture, "practice to load");
  pursuit_practice_view_practise_questions (fixture->view, ids, NULL);
  g_assert_cmpstr (pursuit_practice_view_get_page_name (fixture->view), ==, "session");

  row = pursuit_test_find_row (GTK_WIDGET (page), "The double charge");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_mapped (row) || gtk_widget_get_visible (row));
  link = pursuit_test_find_widget (row, is_link_button, NULL);
  g_assert_nonnull (link);
  gtk_widget_activate (link);
  pursuit_test_wait_until (story_linked, fixture, "the story to be linked");

  /* Shown as linked now, first. */
  row = pursuit_test_find_row (GTK_WIDGET (page), "The double charge");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Linked to this question");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PursuitRepository) repository = pursuit_repository_open (fixture->path, &error);
    g_autoptr(GPtrArray) stories = pursuit_repository_list_stories (repository, &error);

    g_assert_no_error (error);
    g_assert_true (pursuit_story_answers (g_ptr_array_index (stories, 0), "q-angry-customer-refund"));
  }

  /* The next question is not behavioural: no stories beside it. */
  press (fixture, GDK_KEY_4, 0);
  pursuit_test_wait_until (saved, page, "the answer to be saved");
  press (fixture, GDK_KEY_Return, 0);
  g_assert_cmpstr (pursuit_practice_session_get_current (pursuit_session_page_get_session (page))->question_id, ==,
                   "q-mo-why-this-company");
  row = pursuit_test_find_row (GTK_WIDGET (page), "The double charge");
  g_assert_true (row == NULL || !gtk_widget_is_visible (row));
}

static gboolean
section_ready (gpointer data)
{
  const char *text = pursuit_practice_section_get_readiness (data);

  return text != NULL && text[0] != '\0';
}

/* The job page's section says how ready the user is and starts the job's
 * session. */
static void
test_job_section (Fixture       *fixture,
                  gconstpointer  data)
{
  PursuitJob *job = pursuit_store_find_job (pursuit_context_get_store (fixture->context), fixture->job_id);
  GtkWidget *window = gtk_window_new ();
  PursuitPracticeSection *section;
  g_autoptr(GDateTime) interview = NULL;
  g_autofree char *weekday = NULL;
  g_autofree char *expected = NULL;

  g_assert_nonnull (job);
  section = g_object_new (PURSUIT_TYPE_PRACTICE_SECTION, "context", fixture->context, "job", job, NULL);
  /* In a window of its own, as on the page: made once rooted. */
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (section));
  gtk_window_present (GTK_WINDOW (window));
  pursuit_test_wait_until (section_ready, section, "the readiness line");
  interview = g_date_time_new_from_unix_local (pursuit_job_get_next_interview_at (job));
  weekday = g_date_time_format (interview, "%A");
  expected = g_strdup_printf ("0 of 90 questions reviewed, nothing due before %s", weekday);
  g_assert_cmpstr (pursuit_practice_section_get_readiness (section), ==, expected);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.practise-job", "x", fixture->job_id);
  g_assert_cmpstr (pursuit_practice_view_get_page_name (fixture->view), ==, "session");
  g_assert_cmpuint (pursuit_practice_session_get_n_cards (pursuit_session_page_get_session (session_page (fixture))),
                    ==, 30);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_status_page_titled (GtkWidget *widget,
                       gpointer   data)
{
  return ADW_IS_STATUS_PAGE (widget) && g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), data) == 0;
}

/* With no jobs and no answers, the view says how practice works; picking a
 * role starts with its questions, ten new ones a day. */
static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  g_auto(GStrv) roles = NULL;
  GtkWidget *empty_page;

  pursuit_test_wait_until (practice_loaded, fixture, "practice to load");
  empty_page = pursuit_test_find_widget (GTK_WIDGET (fixture->view), is_status_page_titled,
                                         (gpointer) "Practise for Your Interviews");
  g_assert_nonnull (empty_page);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_true (gtk_widget_get_mapped (empty_page));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "practice.start-role", NULL);
  roles = g_settings_get_strv (settings, "practice-roles");
  g_assert_cmpuint (g_strv_length (roles), ==, 1);
  pursuit_test_wait_until ((PursuitTestCondition) pursuit_session_page_get_running, session_page (fixture),
                           "the session to start");
  g_assert_cmpuint (pursuit_practice_session_get_n_cards (pursuit_session_page_get_session (session_page (fixture))),
                    ==, 10);
}

static gboolean
recorder_recording (gpointer data)
{
  return pursuit_recorder_get_state (data) == PURSUIT_RECORDER_STATE_RECORDING;
}

static gboolean
waited (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

/* With recording on, the spoken answer (here a test tone) is saved with
 * its review. */
static void
test_recorded_answer (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PursuitRecorder) recorder = pursuit_recorder_new ("audiotestsrc is-live=true", "fakesink sync=true");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  const char *ids[] = { "q-explain-technical", NULL };
  PursuitSessionPage *page = session_page (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GPtrArray) recordings = NULL;
  gint64 until;

  pursuit_test_wait_until (practice_loaded, fixture, "practice to load");
  pursuit_practice_view_set_recorder (fixture->view, recorder);
  g_settings_set_boolean (settings, "practice-record", TRUE);
  pursuit_practice_view_practise_questions (fixture->view, ids, NULL);
  pursuit_test_wait_until (recorder_recording, recorder, "the recording to start");
  until = g_get_monotonic_time () + G_USEC_PER_SEC;
  pursuit_test_wait_until (waited, &until, "a second of answer");

  press (fixture, GDK_KEY_space, 0);
  press (fixture, GDK_KEY_2, 0);
  pursuit_test_wait_until (saved, page, "the answer to be saved");

  repository = pursuit_repository_open (fixture->path, &error);
  g_assert_no_error (error);
  recordings = pursuit_repository_list_recordings (repository, "q-explain-technical", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recordings->len, ==, 1);
  g_assert_cmpint (pursuit_recording_get_duration_ms (g_ptr_array_index (recordings, 0)), >=, 1000);
  g_assert_cmpint (pursuit_recording_get_size (g_ptr_array_index (recordings, 0)), >, 1000);
}

static gboolean
chart_has (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *chart = pursuit_practice_view_get_chart (fixture->view);

  return chart != NULL && g_str_has_prefix (pursuit_practice_chart_get_summary (PURSUIT_PRACTICE_CHART (chart)),
                                            "Answers per day over the last 4 weeks: 1 answer");
}

/* The chart of answers per day reads as a sentence to screen readers. */
static void
test_chart_summary (Fixture       *fixture,
                    gconstpointer  data)
{
  PursuitSessionPage *page = session_page (fixture);
  GtkWidget *chart;

  pursuit_test_wait_until (practice_loaded, fixture, "practice to load");
  chart = pursuit_practice_view_get_chart (fixture->view);
  g_assert_cmpstr (pursuit_practice_chart_get_summary (PURSUIT_PRACTICE_CHART (chart)), ==,
                   "Answers per day over the last 4 weeks: none yet.");
  press (fixture, GDK_KEY_Return, GDK_CONTROL_MASK);
  press (fixture, GDK_KEY_1, 0);
  pursuit_test_wait_until (saved, page, "the answer to be saved");
  press (fixture, GDK_KEY_Escape, 0);
  press (fixture, GDK_KEY_Escape, 0);
  pursuit_test_wait_until (chart_has, fixture, "the chart to count the answer");
  chart = pursuit_practice_view_get_chart (fixture->view);
  g_assert_cmpstr (pursuit_practice_chart_get_summary (PURSUIT_PRACTICE_CHART (chart)), ==,
                   "Answers per day over the last 4 weeks: 1 answer on 1 day, most (1) today.");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Answers per day over the last 4 weeks: 1 answer on 1 day, most (1) today.");
}

static gboolean
has_n_items (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static gboolean
is_entry_row (GtkWidget *widget,
              gpointer   data)
{
  return ADW_IS_ENTRY_ROW (widget);
}

/* The editors: a story and a question written in their windows are saved
 * and listed; a question's history opens with its answer. */
static void
test_editors (Fixture       *fixture,
              gconstpointer  data)
{
  PursuitStore *store = pursuit_context_get_store (fixture->context);
  GtkWindow *dialog;
  GtkWidget *title_row;
  GtkTextView *text_view;
  PursuitPracticeDeck *deck;

  pursuit_test_wait_until (practice_loaded, fixture, "practice to load");

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "practice.add-story", NULL);
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_STORY_DIALOG);
  g_assert_nonnull (dialog);
  title_row = pursuit_test_find_widget (GTK_WIDGET (dialog), is_entry_row, NULL);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Training the new starters");
  pursuit_story_dialog_save (PURSUIT_STORY_DIALOG (dialog));
  {
    gpointer args[] = { pursuit_store_get_stories (store), GUINT_TO_POINTER (2) };

    pursuit_test_wait_until (has_n_items, args, "the story to be listed");
  }
  g_assert_null (pursuit_test_find_toplevel (PURSUIT_TYPE_STORY_DIALOG));

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "practice.add-question", NULL);
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_CUSTOM_QUESTION_DIALOG);
  g_assert_nonnull (dialog);
  /* Without its text, the question is refused and the window stays. */
  pursuit_custom_question_dialog_save (PURSUIT_CUSTOM_QUESTION_DIALOG (dialog));
  pursuit_test_wait_for_frame (GTK_WIDGET (dialog));
  text_view = GTK_TEXT_VIEW (pursuit_test_find_by_type (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view), "Why do you want to work nights?", -1);
  {
    gpointer args[] = { pursuit_store_get_custom_questions (store), GUINT_TO_POINTER (1) };

    while (!gtk_widget_get_sensitive (GTK_WIDGET (dialog)))
      g_main_context_iteration (NULL, TRUE);
    g_assert_nonnull (pursuit_test_find_toplevel (PURSUIT_TYPE_CUSTOM_QUESTION_DIALOG));
    pursuit_custom_question_dialog_save (PURSUIT_CUSTOM_QUESTION_DIALOG (dialog));
    pursuit_test_wait_until (has_n_items, args, "the question to be listed");
  }

  /* The user's question joins what is practised, under custom-1. */
  {
    gboolean known = FALSE;

    for (int i = 0; i < 100 && !known; i++)
      {
        deck = pursuit_practice_state_get_deck (pursuit_context_get_practice (fixture->context));
        known = pursuit_practice_deck_find_question (deck, "custom-1") != NULL;
        g_main_context_iteration (NULL, !known);
      }
    g_assert_true (known);
  }
  g_assert_cmpstr (pursuit_question_get_text (pursuit_practice_deck_find_question (deck, "custom-1")), ==,
                   "Why do you want to work nights?");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.question-history", "s", "custom-1");
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_HISTORY_DIALOG);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
}

static gboolean
due_in_eight_days (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitRepository) repository = pursuit_repository_open (fixture->path, &error);
  g_autoptr(GPtrArray) cards = pursuit_repository_list_cards (repository, &error);
  g_autoptr(GPtrArray) reviews = pursuit_repository_list_reviews (repository, NULL, &error);
  PursuitReview *review;

  g_assert_no_error (error);
  g_assert_cmpuint (cards->len, ==, 1);
  review = g_ptr_array_index (reviews, 0);
  return ((PursuitCard *) g_ptr_array_index (cards, 0))->memory.due_day == review->after.due_day - 3 + 8;
}

/* A new desired retention in Preferences schedules every question again
 * from the log: a first Good at 80 % comes back in 8 days, not 3 (the
 * working is in test-store-practice.c). */
static void
test_retention_reschedules (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  PursuitSessionPage *page = session_page (fixture);

  pursuit_test_wait_until (practice_loaded, fixture, "practice to load");
  press (fixture, GDK_KEY_Return, GDK_CONTROL_MASK);
  press (fixture, GDK_KEY_3, 0);
  pursuit_test_wait_until (saved, page, "the answer to be saved");
  g_assert_false (due_in_eight_days (fixture));

  g_settings_set_double (settings, "practice-desired-retention", 0.8);
  pursuit_test_wait_until (due_in_eight_days, fixture, "the schedule to be made again");
  g_settings_reset (settings, "practice-desired-retention");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

#define ADD(path, function, data) \
  g_test_add (path, Fixture, data, fixture_set_up, function, fixture_tear_down)

  ADD ("/practice-ui/keyboard-session", test_keyboard_session, NULL);
  ADD ("/practice-ui/story-offered-and-linked", test_story_offered_and_linked, NULL);
  ADD ("/practice-ui/job-section", test_job_section, NULL);
  ADD ("/practice-ui/empty-state", test_empty_state, "empty");
  ADD ("/practice-ui/recorded-answer", test_recorded_answer, NULL);
  ADD ("/practice-ui/chart-summary", test_chart_summary, NULL);
  ADD ("/practice-ui/editors", test_editors, NULL);
  ADD ("/practice-ui/retention-reschedules", test_retention_reschedules, NULL);

  return g_test_run ();
}
