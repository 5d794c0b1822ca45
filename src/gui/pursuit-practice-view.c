/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-custom-question-dialog.h"
#include "pursuit-practice-chart.h"
#include "pursuit-practice-view.h"
#include "pursuit-practice-widgets.h"
#include "pursuit-story-dialog.h"
#include "pursuit-toasts.h"
#include "pursuit-view.h"

/* The Practice view: what is due today and a button to start, the coming
 * interviews with how ready the user is, answers per day over the last four
 * weeks, mastery by category, and the user's own material: the story bank
 * and their questions, each a page of the view. Sessions run on a page of
 * their own here, whether started from this view, a job page or the Guides.
 * A user with nothing to practise yet is told how practice works and picks
 * a role to start with. */

#define CHART_WEEKS 4
/* Practising ahead when nothing is due: the questions due soonest. */
#define AHEAD_COUNT 10

typedef enum
{
  START_TODAY,
  START_JOB,
  START_QUESTIONS,
} StartKind;

/* A start asked for before the records were read (a job page's button on
 * a view never shown yet): it runs once they are. */
typedef struct
{
  StartKind kind;
  gint64 job_id;
  GStrv question_ids;
  char *title;
} PendingStart;

struct _PursuitPracticeView
{
  AdwBin parent_instance;

  PursuitContext *context;
  gboolean narrow;
  PursuitRecorder *recorder;
  PursuitSessionPage *session_page;
  PendingStart *pending;
  GHashTable *deleting;          /* custom question id (gint64*) -> AdwToast, while undoable */
  GtkWidget *chart;
  GtkDropDown *role_dropdown;
  GPtrArray *role_ids;           /* of the role drop-down */

  GtkStack *stack;
  GtkStack *overview_stack;
  GtkBox *overview_box;
  AdwStatusPage *empty_page;
  GtkBox *empty_box;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherTitle *stories_switcher_title;
  AdwViewSwitcherTitle *questions_switcher_title;
  GtkStack *stories_stack;
  GtkListBox *stories_list;
  GtkStack *questions_stack;
  GtkListBox *questions_list;
  GtkMenuButton *primary_button;
  GMenuModel *primary_menu;
  GtkMenuButton *add_button;
  GMenuModel *add_menu;
};

static void pursuit_practice_view_view_init (PursuitViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitPracticeView, pursuit_practice_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (PURSUIT_TYPE_VIEW, pursuit_practice_view_view_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pending_start_free (PendingStart *pending)
{
  g_strfreev (pending->question_ids);
  g_free (pending->title);
  g_free (pending);
}

static PursuitPracticeState *
get_state (PursuitPracticeView *self)
{
  return pursuit_context_get_practice (self->context);
}

static PursuitStore *
get_store (PursuitPracticeView *self)
{
  return pursuit_context_get_store (self->context);
}

static PursuitContent *
get_content (PursuitPracticeView *self)
{
  return pursuit_context_get_content (self->context);
}

static gint64
now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
remove_children (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static void
update_narrow (PursuitPracticeView *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  AdwViewSwitcherTitle *title = g_str_equal (page, "stories") ? self->stories_switcher_title
                                : g_str_equal (page, "questions") ? self->questions_switcher_title
                                : self->switcher_title;
  /* A session is a mode of its own: no switching views in it. */
  gboolean narrow = !g_str_equal (page, "session") && adw_view_switcher_title_get_title_visible (title);

  if (narrow == self->narrow)
    return;
  self->narrow = narrow;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}

static PursuitRecorder *
get_recorder (PursuitPracticeView *self)
{
  if (self->recorder == NULL)
    self->recorder = pursuit_recorder_new (NULL, NULL);
  return self->recorder;
}

/* Starting sessions */

static void
begin_session (PursuitPracticeView *self,
               GPtrArray           *cards,
               const char          *title)
{
  GSettings *settings = pursuit_context_get_settings (self->context);
  PursuitRecorder *recorder = NULL;

  if (cards->len == 0)
    {
      pursuit_show_toast (GTK_WIDGET (self), adw_toast_new (_("Nothing to practise here yet")));
      return;
    }
  if (g_settings_get_boolean (settings, "practice-record"))
    recorder = get_recorder (self);
  pursuit_session_page_start (self->session_page, cards, title, recorder);
  gtk_stack_set_visible_child_name (self->stack, "session");
}

/* When nothing is due: the answered questions due soonest. */
static GPtrArray *
dup_ahead (PursuitPracticeDeck *deck)
{
  g_autoptr(GPtrArray) cards = pursuit_practice_deck_dup_cards (deck);
  GPtrArray *ahead = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_card_free);

  for (guint pass = 0; pass < 2 && ahead->len < AHEAD_COUNT; pass++)
    {
      int soonest = PURSUIT_PRACTICE_NO_DAY;

      for (guint i = 0; i < cards->len; i++)
        {
          PursuitCard *card = g_ptr_array_index (cards, i);

          if (card->memory.state != PURSUIT_CARD_STATE_NEW)
            soonest = MIN (soonest, card->memory.due_day);
        }
      /* The soonest day first, then whatever comes after, in order. */
      for (guint i = 0; i < cards->len && ahead->len < AHEAD_COUNT; i++)
        {
          PursuitCard *card = g_ptr_array_index (cards, i);

          if (card->memory.state != PURSUIT_CARD_STATE_NEW &&
              (pass == 0 ? card->memory.due_day == soonest : card->memory.due_day != soonest))
            g_ptr_array_add (ahead, pursuit_card_copy (card));
        }
    }
  return ahead;
}

static char *
describe_job (PursuitPracticeView *self,
              gint64               job_id)
{
  PursuitJob *job = pursuit_store_find_job (get_store (self), job_id);

  if (job == NULL)
    return g_strdup (_("Interview practice"));
  /* Translators: a job: "Support Agent at Acme Ltd" */
  return g_strdup_printf (_("%s at %s"), pursuit_job_get_title (job), pursuit_job_get_company (job));
}

static void
run_start (PursuitPracticeView *self,
           PendingStart        *start)
{
  PursuitPracticeState *state = get_state (self);
  PursuitPracticeDeck *deck = pursuit_practice_state_get_deck (state);
  GTimeZone *zone = pursuit_practice_state_get_zone (state);
  PursuitPracticeLimits limits;
  g_autoptr(GPtrArray) cards = NULL;
  g_autofree char *title = NULL;

  pursuit_practice_state_get_limits (state, now (), &limits);
  switch (start->kind)
    {
    case START_TODAY:
      {
        g_autoptr(PursuitPracticeQueue) queue = pursuit_practice_deck_make_queue (deck, 0, &limits, now (), zone);

        cards = queue->items->len > 0 ? pursuit_practice_queue_dup_cards (queue) : dup_ahead (deck);
        title = g_strdup (queue->items->len > 0 ? _("Today’s practice") : _("Practising ahead"));
        break;
      }
    case START_JOB:
      {
        g_autoptr(PursuitPracticeQueue) queue = pursuit_practice_deck_make_queue (deck, start->job_id, &limits,
                                                                                   now (), zone);

        /* Nothing left for today: the whole set, for one more pass. */
        cards = queue->items->len > 0 ? pursuit_practice_queue_dup_cards (queue)
                                      : pursuit_practice_deck_dup_job_set (deck, start->job_id);
        title = describe_job (self, start->job_id);
        break;
      }
    case START_QUESTIONS:
      cards = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_card_free);
      for (guint i = 0; start->question_ids[i] != NULL; i++)
        {
          PursuitCard *card = pursuit_practice_deck_dup_card (deck, start->question_ids[i]);

          if (card != NULL && pursuit_practice_deck_find_question (deck, card->question_id) != NULL)
            g_ptr_array_add (cards, card);
          else
            g_clear_pointer (&card, pursuit_card_free);
        }
      title = g_strdup (start->title != NULL ? start->title : _("Interview questions"));
      break;
    default:
      g_assert_not_reached ();
    }
  begin_session (self, cards, title);
}

/* Runs @start now when the records are read, or once they are. */
static void
request_start (PursuitPracticeView *self,
               PendingStart        *start)
{
  g_clear_pointer (&self->pending, pending_start_free);
  if (pursuit_session_page_get_running (self->session_page) &&
      g_strcmp0 (pursuit_session_page_get_stage (self->session_page), "question") == 0)
    {
      /* One session at a time: the one under way goes on. */
      gtk_stack_set_visible_child_name (self->stack, "session");
      pending_start_free (start);
      return;
    }
  if (!pursuit_practice_state_get_loaded (get_state (self)))
    {
      self->pending = start;
      return;
    }
  run_start (self, start);
  pending_start_free (start);
}

void
pursuit_practice_view_start (PursuitPracticeView *self)
{
  PendingStart *start;

  g_return_if_fail (PURSUIT_IS_PRACTICE_VIEW (self));

  start = g_new0 (PendingStart, 1);
  start->kind = START_TODAY;
  request_start (self, start);
}

/* Practises a job's set: what its interview plan puts on today first. */
void
pursuit_practice_view_practise_job (PursuitPracticeView *self,
                                    gint64               job_id)
{
  PendingStart *start;

  g_return_if_fail (PURSUIT_IS_PRACTICE_VIEW (self));

  start = g_new0 (PendingStart, 1);
  start->kind = START_JOB;
  start->job_id = job_id;
  request_start (self, start);
}

/**
 * pursuit_practice_view_practise_questions:
 * @question_ids: the questions to ask, in order
 * @title: (nullable): what they are, for the session's title
 */
void
pursuit_practice_view_practise_questions (PursuitPracticeView *self,
                                          const char * const  *question_ids,
                                          const char          *title)
{
  PendingStart *start;

  g_return_if_fail (PURSUIT_IS_PRACTICE_VIEW (self));
  g_return_if_fail (question_ids != NULL);

  start = g_new0 (PendingStart, 1);
  start->kind = START_QUESTIONS;
  start->question_ids = g_strdupv ((char **) question_ids);
  start->title = g_strdup (title);
  request_start (self, start);
}

/* The overview */

static GtkWidget *
stat_column (const char *number,
             const char *caption)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *value = gtk_label_new (number);
  GtkWidget *label = gtk_label_new (caption);

  gtk_widget_add_css_class (value, "title-1");
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static GtkWidget *
build_today (PursuitPracticeView  *self,
             PursuitPracticeQueue *queue,
             guint                 streak)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *stats = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *start = NULL;
  g_autofree char *due = g_strdup_printf ("%u", queue->n_due);
  g_autofree char *fresh = g_strdup_printf ("%u", queue->n_new_available);
  g_autofree char *days = g_strdup_printf ("%u", streak);
  g_autofree char *label = NULL;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "practice-today");
  gtk_box_set_homogeneous (GTK_BOX (stats), TRUE);
  gtk_box_append (GTK_BOX (stats), stat_column (due, _("Due today")));
  gtk_box_append (GTK_BOX (stats), stat_column (fresh, _("New available")));
  gtk_box_append (GTK_BOX (stats),
                  stat_column (days, g_dngettext (GETTEXT_PACKAGE, "Day streak", "Days streak", streak)));
  gtk_box_append (GTK_BOX (card), stats);

  if (queue->items->len > 0)
    /* Translators: the start button, with how many questions it asks */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Start Practice (%u question)",
                                          "_Start Practice (%u questions)", queue->items->len),
                             queue->items->len);
  else
    label = g_strdup (_("_Practise Ahead"));
  /* Named without the underscore: screen readers would say it. */
  start = pursuit_mnemonic_button_new (label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "practice.start");
  gtk_widget_set_halign (start, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (start, "pill");
  if (queue->items->len > 0)
    gtk_widget_add_css_class (start, "suggested-action");
  gtk_widget_set_tooltip_text (start, _("Start Practice (Ctrl+Enter)"));
  gtk_box_append (GTK_BOX (card), start);
  if (queue->items->len == 0)
    {
      GtkWidget *done = gtk_label_new (_("Nothing is due today. Well done."));

      gtk_widget_add_css_class (done, "dim-label");
      gtk_box_append (GTK_BOX (card), done);
    }
  return card;
}

static GtkWidget *
build_recording_row (PursuitPracticeView *self)
{
  PursuitRecorder *recorder = get_recorder (self);
  GSettings *settings = pursuit_context_get_settings (self->context);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Record Spoken Answers"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Record Spoken Answers"), -1);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  if (pursuit_recorder_get_available (recorder))
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Play each answer back and keep it with the question"));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      g_settings_bind (settings, "practice-record", toggle, "active", G_SETTINGS_BIND_DEFAULT);
    }
  else
    {
      /* Why, so the user can fix it; practice works without it. */
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), pursuit_recorder_get_unavailable_reason (recorder));
      gtk_widget_set_sensitive (toggle, FALSE);
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return group;
}

static GtkWidget *
build_interviews (PursuitPracticeView *self,
                  GPtrArray           *plans)
{
  GtkWidget *group = adw_preferences_group_new ();
  GTimeZone *zone = pursuit_practice_state_get_zone (get_state (self));
  guint n_rows = 0;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Coming Interviews"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Each question of the job is seen before its interview"));
  for (guint i = 0; i < plans->len; i++)
    {
      PursuitInterviewPlan *plan = g_ptr_array_index (plans, i);
      g_autofree char *title = NULL;
      g_autofree char *readiness = NULL;
      GtkWidget *row;
      GtkWidget *button;

      if (!plan->active || plan->n_questions == 0)
        continue;
      title = describe_job (self, plan->job_id);
      readiness = pursuit_interview_plan_format_readiness (plan, zone);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), readiness);
      button = gtk_button_new_with_label (_("Practise"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "practice.practise-job");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (plan->job_id));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      n_rows++;
    }
  if (n_rows == 0)
    {
      g_object_ref_sink (group);
      g_object_unref (group);
      return NULL;
    }
  return group;
}

static GtkWidget *
build_chart (PursuitPracticeView    *self,
             PursuitPracticeRecords *records,
             int                     day)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *ends = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *first = gtk_label_new (_("4 weeks ago"));
  GtkWidget *last = gtk_label_new (_("today"));
  g_autoptr(GArray) counts = pursuit_practice_reviews_per_day (records->reviews,
                                                               pursuit_practice_state_get_zone (get_state (self)),
                                                               day, CHART_WEEKS);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Answers per Day"));
  self->chart = pursuit_practice_chart_new ();
  pursuit_practice_chart_set_counts (PURSUIT_PRACTICE_CHART (self->chart), counts, day);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "practice-chart-card");
  gtk_widget_set_hexpand (first, TRUE);
  gtk_label_set_xalign (GTK_LABEL (first), 0);
  gtk_widget_add_css_class (first, "caption");
  gtk_widget_add_css_class (first, "dim-label");
  gtk_widget_add_css_class (last, "caption");
  gtk_widget_add_css_class (last, "dim-label");
  /* The labels repeat what the chart's own description says. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (ends), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (ends), first);
  gtk_box_append (GTK_BOX (ends), last);
  gtk_box_append (GTK_BOX (box), self->chart);
  gtk_box_append (GTK_BOX (box), ends);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return group;
}

static GtkWidget *
build_mastery (PursuitPracticeView *self,
               GPtrArray           *cards)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GPtrArray) mastery = pursuit_practice_mastery (cards, PURSUIT_PRACTICE_MASTERY_STABILITY);
  GPtrArray *categories = pursuit_content_get_categories (get_content (self));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Mastery by Category"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("A question is mastered once it would still be recalled after three "
                                           "weeks without practice"));
  /* In the bank's order of categories, not the order they came in. */
  for (guint c = 0; c < categories->len; c++)
    {
      const char *category_id = pursuit_content_node_get_attribute (g_ptr_array_index (categories, c), "id");

      for (guint i = 0; i < mastery->len; i++)
        {
          PursuitCategoryMastery *entry = g_ptr_array_index (mastery, i);
          GtkWidget *row;
          GtkWidget *bar;
          g_autofree char *subtitle = NULL;

          if (!g_str_equal (entry->category, category_id))
            continue;
          row = adw_action_row_new ();
          bar = gtk_level_bar_new_for_interval (0, 1);
          /* Translators: "3 of 23 mastered" */
          subtitle = g_strdup_printf (_("%u of %u mastered"), entry->n_mastered, entry->n_questions);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_content_get_name (get_content (self),
                                                                                             entry->category));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), entry->share);
          gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
          gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
          gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
          gtk_widget_set_size_request (bar, 96, -1);
          gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
          gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, subtitle, -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
    }
  return group;
}

static void
on_role_toggled (GtkCheckButton      *check,
                 PursuitPracticeView *self)
{
  GSettings *settings = pursuit_context_get_settings (self->context);
  g_auto(GStrv) roles = g_settings_get_strv (settings, "practice-roles");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *role = g_object_get_data (G_OBJECT (check), "role");
  g_auto(GStrv) changed = NULL;

  for (guint i = 0; roles[i] != NULL; i++)
    {
      if (!g_str_equal (roles[i], role))
        g_strv_builder_add (builder, roles[i]);
    }
  if (gtk_check_button_get_active (check))
    g_strv_builder_add (builder, role);
  changed = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "practice-roles", (const char * const *) changed);
}

static GtkWidget *
navigation_row (const char *title,
                const char *subtitle,
                const char *action)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
  return row;
}

static GtkWidget *
build_material (PursuitPracticeView *self)
{
  PursuitPracticeDeck *deck = pursuit_practice_state_get_deck (get_state (self));
  GSettings *settings = pursuit_context_get_settings (self->context);
  GListModel *guides = pursuit_content_get_guides (get_content (self));
  guint n_stories = g_list_model_get_n_items (pursuit_store_get_stories (get_store (self)));
  guint n_questions = g_list_model_get_n_items (pursuit_store_get_custom_questions (get_store (self)));
  g_auto(GStrv) chosen = g_settings_get_strv (settings, "practice-roles");
  g_autofree char *stories = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u story", "%u stories", n_stories),
                                              n_stories);
  g_autofree char *questions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question", "%u questions",
                                                             n_questions), n_questions);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *roles = adw_expander_row_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("What You Practise"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (roles), _("Roles"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (roles), _("The questions of each role ticked, and of your "
                                                             "jobs’ roles"));
  for (guint i = 0; i < g_list_model_get_n_items (guides); i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);
      const char *id = pursuit_guide_get_id (guide);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gboolean from_job = pursuit_practice_deck_has_job_role (deck, id);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_guide_get_title (guide));
      if (from_job)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The role of one of your jobs"));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), from_job || g_strv_contains ((const char * const *) chosen, id));
      gtk_widget_set_sensitive (check, !from_job);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (check), "role", g_strdup (id), g_free);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_role_toggled), self, 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (roles), row);
    }

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), navigation_row (_("Story Bank"), stories,
                                                                            "practice.show-stories"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), navigation_row (_("Your Questions"), questions,
                                                                            "practice.show-questions"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), roles);
  return group;
}

static void
build_empty (PursuitPracticeView *self)
{
  GListModel *guides = pursuit_content_get_guides (get_content (self));
  GtkStringList *names = gtk_string_list_new (NULL);
  GtkWidget *start = pursuit_mnemonic_button_new (_("_Start with These Questions"));

  remove_children (GTK_WIDGET (self->empty_box));
  g_ptr_array_set_size (self->role_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (guides); i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);

      gtk_string_list_append (names, pursuit_guide_get_title (guide));
      g_ptr_array_add (self->role_ids, g_strdup (pursuit_guide_get_id (guide)));
    }
  self->role_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (names), NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->role_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Role to practise"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (start), "practice.start-role");
  gtk_widget_set_halign (start, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (start, "pill");
  gtk_widget_add_css_class (start, "suggested-action");
  gtk_box_append (self->empty_box, GTK_WIDGET (self->role_dropdown));
  gtk_box_append (self->empty_box, start);
}

static void
rebuild_overview (PursuitPracticeView *self)
{
  PursuitPracticeState *state = get_state (self);
  PursuitPracticeDeck *deck = pursuit_practice_state_get_deck (state);
  PursuitPracticeRecords *records = pursuit_practice_state_get_records (state);
  GTimeZone *zone = pursuit_practice_state_get_zone (state);
  g_autoptr(PursuitPracticeQueue) queue = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  PursuitPracticeLimits limits;
  GtkWidget *interviews;
  gint64 time = now ();
  int day = pursuit_practice_day_from_unix (time, zone);

  if (deck == NULL)
    {
      gtk_stack_set_visible_child_name (self->overview_stack, "loading");
      return;
    }

  cards = pursuit_practice_deck_dup_cards (deck);
  if (cards->len == 0 && records->reviews->len == 0)
    {
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->overview_stack), "empty") != 0)
        build_empty (self);
      gtk_stack_set_visible_child_name (self->overview_stack, "empty");
      return;
    }

  pursuit_practice_state_get_limits (state, time, &limits);
  queue = pursuit_practice_deck_make_queue (deck, 0, &limits, time, zone);
  plans = pursuit_practice_deck_make_plans (deck, &limits, time, zone);

  remove_children (GTK_WIDGET (self->overview_box));
  gtk_box_append (self->overview_box,
                  build_today (self, queue, pursuit_practice_streak (records->reviews, zone, day)));
  gtk_box_append (self->overview_box, build_recording_row (self));
  interviews = build_interviews (self, plans);
  if (interviews != NULL)
    gtk_box_append (self->overview_box, interviews);
  gtk_box_append (self->overview_box, build_chart (self, records, day));
  gtk_box_append (self->overview_box, build_mastery (self, cards));
  gtk_box_append (self->overview_box, build_material (self));
  gtk_stack_set_visible_child_name (self->overview_stack, "main");
}

static void
on_state_changed (PursuitPracticeView *self)
{
  PendingStart *pending = g_steal_pointer (&self->pending);

  rebuild_overview (self);
  if (pending != NULL)
    {
      run_start (self, pending);
      pending_start_free (pending);
    }
}

/* The story bank */

static void
on_story_restored (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GtkWidget) widget = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitStory) story = pursuit_store_save_story_finish (PURSUIT_STORE (source), result, &error);

  if (story == NULL)
    pursuit_show_error (widget, _("Could not bring the story back"), error);
}

static void
on_story_undo (AdwToast            *toast,
               PursuitPracticeView *self)
{
  PursuitStory *story = g_object_get_data (G_OBJECT (toast), "story");
  g_autoptr(PursuitStory) copy = pursuit_story_copy (story);

  /* Saved again as new, with the links it had. */
  pursuit_story_set_id (copy, 0);
  pursuit_store_save_story_async (get_store (self), copy, NULL, on_story_restored, g_object_ref (GTK_WIDGET (self)));
}

static void
on_story_deleted (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(AdwToast) toast = user_data;
  g_autoptr(GError) error = NULL;
  PursuitPracticeView *self = g_object_get_data (G_OBJECT (toast), "view");

  if (!pursuit_store_delete_story_finish (PURSUIT_STORE (source), result, &error))
    {
      pursuit_show_error (GTK_WIDGET (self), _("Could not delete the story"), error);
      return;
    }
  pursuit_show_toast (GTK_WIDGET (self), g_steal_pointer (&toast));
}

static void
delete_story (PursuitPracticeView *self,
              PursuitStory        *story)
{
  /* A toast's title is markup. */
  g_autofree char *title = g_markup_printf_escaped (_("“%s” deleted"), pursuit_story_get_title (story));
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "story", pursuit_story_copy (story), g_object_unref);
  g_object_set_data (G_OBJECT (toast), "view", self);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_story_undo), self, 0);
  pursuit_store_delete_story_async (get_store (self), pursuit_story_get_id (story), NULL, on_story_deleted,
                                    g_object_ref_sink (toast));
}

static void
open_story (PursuitPracticeView *self,
            PursuitStory        *story)
{
  PursuitStoryDialog *dialog = pursuit_story_dialog_new (self->context, story);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_story_row_activated (AdwActionRow        *row,
                        PursuitPracticeView *self)
{
  open_story (self, g_object_get_data (G_OBJECT (row), "story"));
}

static void
on_delete_story_clicked (GtkButton           *button,
                         PursuitPracticeView *self)
{
  delete_story (self, g_object_get_data (G_OBJECT (button), "story"));
}

static GtkWidget *
delete_button (const char *accessible_label)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, accessible_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  return button;
}

static void
fill_stories (PursuitPracticeView *self)
{
  GListModel *stories = pursuit_store_get_stories (get_store (self));
  guint n = g_list_model_get_n_items (stories);

  remove_children (GTK_WIDGET (self->stories_list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitStory) story = g_list_model_get_item (stories, i);
      g_autofree char *competencies = pursuit_practice_describe_competencies (get_content (self),
                                                                              pursuit_story_get_competencies (story));
      guint n_links = g_strv_length ((char **) pursuit_story_get_question_ids (story));
      g_autofree char *links = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "answers %u question",
                                                             "answers %u questions", n_links), n_links);
      g_autofree char *subtitle = competencies[0] != '\0' ? g_strdup_printf ("%s · %s", competencies, links)
                                                          : g_strdup (links);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = delete_button (_("Delete the Story"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_story_get_title (story));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "story", g_object_ref (story), g_object_unref);
      g_object_set_data_full (G_OBJECT (button), "story", g_object_ref (story), g_object_unref);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_story_row_activated), self, 0);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_delete_story_clicked), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->stories_list, row);
    }
  gtk_stack_set_visible_child_name (self->stories_stack, n > 0 ? "list" : "empty");
}

/* The user's questions: a deletion waits for its toast to go. */

static void
on_question_deleted (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_delete_custom_question_finish (PURSUIT_STORE (source), result, &error))
    g_message ("Could not delete a question: %s", error->message);
}

static void
commit_question_deletion (PursuitPracticeView *self,
                          gint64               id)
{
  if (!g_hash_table_remove (self->deleting, &id))
    return;
  pursuit_store_delete_custom_question_async (get_store (self), id, NULL, on_question_deleted, NULL);
}

static void fill_questions (PursuitPracticeView *self);

static void
on_question_toast_dismissed (AdwToast            *toast,
                             PursuitPracticeView *self)
{
  commit_question_deletion (self, *(gint64 *) g_object_get_data (G_OBJECT (toast), "question-id"));
}

static void
on_question_undo (AdwToast            *toast,
                  PursuitPracticeView *self)
{
  g_hash_table_remove (self->deleting, g_object_get_data (G_OBJECT (toast), "question-id"));
  fill_questions (self);
}

static void
on_delete_question_clicked (GtkButton           *button,
                            PursuitPracticeView *self)
{
  PursuitCustomQuestion *question = g_object_get_data (G_OBJECT (button), "question");
  gint64 id = pursuit_custom_question_get_id (question);
  AdwToast *toast = adw_toast_new (_("Question deleted"));

  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "question-id", g_memdup2 (&id, sizeof id), g_free);
  g_hash_table_insert (self->deleting, g_memdup2 (&id, sizeof id), toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_question_toast_dismissed), self, 0);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_question_undo), self, 0);
  fill_questions (self);
  pursuit_show_toast (GTK_WIDGET (self), toast);
}

static void
open_question (PursuitPracticeView   *self,
               PursuitCustomQuestion *question)
{
  PursuitCustomQuestionDialog *dialog = pursuit_custom_question_dialog_new (self->context, question);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_question_row_activated (AdwActionRow        *row,
                           PursuitPracticeView *self)
{
  open_question (self, g_object_get_data (G_OBJECT (row), "question"));
}

static char *
describe_audience (PursuitPracticeView   *self,
                   PursuitCustomQuestion *question)
{
  const char *role = pursuit_custom_question_get_role (question);

  if (role[0] != '\0')
    return g_strdup (pursuit_content_get_name (get_content (self), role));
  if (pursuit_custom_question_get_job_id (question) != 0)
    return describe_job (self, pursuit_custom_question_get_job_id (question));
  return g_strdup (_("All practice"));
}

static void
fill_questions (PursuitPracticeView *self)
{
  GListModel *questions = pursuit_store_get_custom_questions (get_store (self));
  guint n_shown = 0;

  remove_children (GTK_WIDGET (self->questions_list));
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(PursuitCustomQuestion) question = g_list_model_get_item (questions, i);
      gint64 id = pursuit_custom_question_get_id (question);
      g_autofree char *audience = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;
      GtkWidget *button;

      if (g_hash_table_contains (self->deleting, &id))
        continue;
      audience = describe_audience (self, question);
      subtitle = g_strdup_printf ("%s · %s",
                                  pursuit_content_get_name (get_content (self), pursuit_custom_question_get_category (question)),
                                  audience);
      row = adw_action_row_new ();
      button = delete_button (_("Delete the Question"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_custom_question_get_text (question));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "question", g_object_ref (question), g_object_unref);
      g_object_set_data_full (G_OBJECT (button), "question", g_object_ref (question), g_object_unref);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_question_row_activated), self, 0);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_delete_question_clicked), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->questions_list, row);
      n_shown++;
    }
  gtk_stack_set_visible_child_name (self->questions_stack, n_shown > 0 ? "list" : "empty");
}

static void
on_material_changed (PursuitPracticeView *self)
{
  fill_stories (self);
  fill_questions (self);
  if (pursuit_practice_state_get_loaded (get_state (self)))
    rebuild_overview (self);
}

/* Actions */

static void
start_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  pursuit_practice_view_start (PURSUIT_PRACTICE_VIEW (widget));
}

static void
practise_job_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  pursuit_practice_view_practise_job (PURSUIT_PRACTICE_VIEW (widget), g_variant_get_int64 (parameter));
}

static void
start_role_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PursuitPracticeView *self = PURSUIT_PRACTICE_VIEW (widget);
  guint selected = self->role_dropdown != NULL ? gtk_drop_down_get_selected (self->role_dropdown) : 0;
  const char *roles[] = { NULL, NULL };
  PendingStart *start;

  if (selected >= self->role_ids->len)
    return;
  roles[0] = g_ptr_array_index (self->role_ids, selected);
  /* The settings change makes the records be read again; the session
   * starts once they are, with the role's questions. */
  start = g_new0 (PendingStart, 1);
  start->kind = START_TODAY;
  g_clear_pointer (&self->pending, pending_start_free);
  self->pending = start;
  g_settings_set_strv (pursuit_context_get_settings (self->context), "practice-roles", roles);
}

static void
show_page_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitPracticeView *self = PURSUIT_PRACTICE_VIEW (widget);

  gtk_stack_set_visible_child_name (self->stack, g_str_equal (action_name, "practice.show-stories")
                                                 ? "stories" : "questions");
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  gtk_stack_set_visible_child_name (PURSUIT_PRACTICE_VIEW (widget)->stack, "overview");
}

static void
add_story_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  g_autoptr(PursuitStory) draft = pursuit_story_new ();

  open_story (PURSUIT_PRACTICE_VIEW (widget), draft);
}

static void
add_question_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  g_autoptr(PursuitCustomQuestion) draft = pursuit_custom_question_new ();

  pursuit_custom_question_set_category (draft, "behavioural");
  open_question (PURSUIT_PRACTICE_VIEW (widget), draft);
}

static void
on_session_closed (PursuitPracticeView *self)
{
  gtk_stack_set_visible_child_name (self->stack, "overview");
  rebuild_overview (self);
}

/* PursuitView */

static void
start_search_in_view (PursuitView *view)
{
  /* Practice has nothing to search: the question bank is in the Guides. */
}

static void
settle_view (PursuitView *view)
{
  PursuitPracticeView *self = PURSUIT_PRACTICE_VIEW (view);
  g_autoptr(GList) ids = g_hash_table_get_keys (self->deleting);

  pursuit_session_page_end (self->session_page);
  for (GList *link = ids; link != NULL; link = link->next)
    pursuit_store_delete_custom_question_async (get_store (self), *(gint64 *) link->data, NULL, on_question_deleted,
                                                NULL);
  g_hash_table_remove_all (self->deleting);
}

static void
pursuit_practice_view_view_init (PursuitViewInterface *iface)
{
  iface->start_search = start_search_in_view;
  iface->settle = settle_view;
}

static const PursuitViewShortcut shortcuts[] = {
  { "<Control>Return", "practice.start" },
};

static void
pursuit_practice_view_constructed (GObject *object)
{
  PursuitPracticeView *self = PURSUIT_PRACTICE_VIEW (object);
  PursuitStore *store = get_store (self);

  G_OBJECT_CLASS (pursuit_practice_view_parent_class)->constructed (object);

  self->session_page = pursuit_session_page_new (self->context);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->session_page), "session");
  g_signal_connect_object (self->session_page, "closed", G_CALLBACK (on_session_closed), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (get_state (self), "changed", G_CALLBACK (on_state_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pursuit_store_get_stories (store), "items-changed", G_CALLBACK (on_material_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (pursuit_store_get_custom_questions (store), "items-changed",
                           G_CALLBACK (on_material_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stack, "notify::visible-child", G_CALLBACK (update_narrow), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->switcher_title, "notify::title-visible", G_CALLBACK (update_narrow), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stories_switcher_title, "notify::title-visible", G_CALLBACK (update_narrow), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->questions_switcher_title, "notify::title-visible", G_CALLBACK (update_narrow), self,
                           G_CONNECT_SWAPPED);
  pursuit_view_add_shortcuts (PURSUIT_VIEW (self), shortcuts, G_N_ELEMENTS (shortcuts));

  fill_stories (self);
  fill_questions (self);
  rebuild_overview (self);
}

static void
pursuit_practice_view_root (GtkWidget *widget)
{
  PursuitPracticeView *self = PURSUIT_PRACTICE_VIEW (widget);
  AdwViewStack *stack;

  GTK_WIDGET_CLASS (pursuit_practice_view_parent_class)->root (widget);
  stack = pursuit_view_get_stack (PURSUIT_VIEW (self));
  adw_view_switcher_title_set_stack (self->switcher_title, stack);
  adw_view_switcher_title_set_stack (self->stories_switcher_title, stack);
  adw_view_switcher_title_set_stack (self->questions_switcher_title, stack);
}

/* Shown again another day: today's numbers are not yesterday's. */
static void
pursuit_practice_view_map (GtkWidget *widget)
{
  PursuitPracticeView *self = PURSUIT_PRACTICE_VIEW (widget);

  GTK_WIDGET_CLASS (pursuit_practice_view_parent_class)->map (widget);
  if (pursuit_practice_state_get_loaded (get_state (self)) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "overview") == 0)
    rebuild_overview (self);
}

static void
pursuit_practice_view_dispose (GObject *object)
{
  PursuitPracticeView *self = PURSUIT_PRACTICE_VIEW (object);

  g_clear_pointer (&self->pending, pending_start_free);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_PRACTICE_VIEW);
  g_clear_object (&self->recorder);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_practice_view_parent_class)->dispose (object);
}

static void
pursuit_practice_view_finalize (GObject *object)
{
  PursuitPracticeView *self = PURSUIT_PRACTICE_VIEW (object);

  g_clear_pointer (&self->deleting, g_hash_table_unref);
  g_clear_pointer (&self->role_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_practice_view_parent_class)->finalize (object);
}

static void
pursuit_practice_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PursuitPracticeView *self = PURSUIT_PRACTICE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_practice_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PursuitPracticeView *self = PURSUIT_PRACTICE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_practice_view_class_init (PursuitPracticeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pursuit_practice_view_constructed;
  object_class->dispose = pursuit_practice_view_dispose;
  object_class->finalize = pursuit_practice_view_finalize;
  object_class->get_property = pursuit_practice_view_get_property;
  object_class->set_property = pursuit_practice_view_set_property;
  widget_class->root = pursuit_practice_view_root;
  widget_class->map = pursuit_practice_view_map;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  g_object_class_override_property (object_class, PROP_NARROW, "narrow");
  properties[PROP_NARROW] = g_object_class_find_property (object_class, "narrow");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-practice-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, overview_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, overview_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, empty_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, stories_switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, questions_switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, stories_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, stories_list);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, questions_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, questions_list);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, primary_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, add_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitPracticeView, add_menu);

  gtk_widget_class_install_action (widget_class, "practice.start", NULL, start_activated);
  gtk_widget_class_install_action (widget_class, "practice.practise-job", "x", practise_job_activated);
  gtk_widget_class_install_action (widget_class, "practice.start-role", NULL, start_role_activated);
  gtk_widget_class_install_action (widget_class, "practice.show-stories", NULL, show_page_activated);
  gtk_widget_class_install_action (widget_class, "practice.show-questions", NULL, show_page_activated);
  gtk_widget_class_install_action (widget_class, "practice.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "practice.add-story", NULL, add_story_activated);
  gtk_widget_class_install_action (widget_class, "practice.add-question", NULL, add_question_activated);
}

static void
pursuit_practice_view_init (PursuitPracticeView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));
  pursuit_menu_button_set_menu_model (self->primary_button, self->primary_menu);
  pursuit_menu_button_set_menu_model (self->add_button, self->add_menu);
  self->deleting = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->role_ids = g_ptr_array_new_with_free_func (g_free);
}

/**
 * pursuit_practice_view_set_recorder:
 * @recorder: (nullable): what records spoken answers, such as a test's
 *   audiotestsrc; %NULL for the microphone
 */
void
pursuit_practice_view_set_recorder (PursuitPracticeView *self,
                                    PursuitRecorder     *recorder)
{
  g_return_if_fail (PURSUIT_IS_PRACTICE_VIEW (self));

  g_set_object (&self->recorder, recorder);
  if (pursuit_practice_state_get_loaded (get_state (self)))
    rebuild_overview (self);
}

/**
 * pursuit_practice_view_get_session_page:
 *
 * Returns: (transfer none): the page sessions run on
 */
PursuitSessionPage *
pursuit_practice_view_get_session_page (PursuitPracticeView *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_VIEW (self), NULL);

  return self->session_page;
}

/* "overview", "stories", "questions" or "session" */
const char *
pursuit_practice_view_get_page_name (PursuitPracticeView *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * pursuit_practice_view_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart of answers per day
 */
GtkWidget *
pursuit_practice_view_get_chart (PursuitPracticeView *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_VIEW (self), NULL);

  return self->chart;
}
