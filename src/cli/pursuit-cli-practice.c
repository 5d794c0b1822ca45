/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pursuit-array-model.h"
#include "pursuit-cli-input.h"
#include "pursuit-cli-output.h"
#include "pursuit-cli-private.h"
#include "pursuit-practice.h"
#include "pursuit-repository-practice.h"

/* Interview practice from a terminal: what is due today, logging an answer
 * given elsewhere, the statistics, and the STAR stories. The schedule is
 * the app's own: the same deck (pursuit_practice_records_make_deck()), the
 * same FSRS-6 settings from Preferences when the app's settings are
 * installed, else the defaults. */

typedef struct
{
  PursuitPracticeRecords *records;
  PursuitPracticeDeck *deck;
  PursuitScheduler scheduler;
  PursuitPracticeLimits limits;
  GTimeZone *zone;
  gint64 now;
  int today;
} Practice;

static void
practice_clear (Practice *practice)
{
  g_clear_pointer (&practice->records, pursuit_practice_records_free);
  g_clear_object (&practice->deck);
  g_clear_pointer (&practice->zone, g_time_zone_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Practice, practice_clear)

/* The app's settings, when its schema is installed. */
static GSettings *
open_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "io.github.pursuit.Pursuit", TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "practice-desired-retention"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static gboolean
practice_load (Practice   *practice,
               PursuitCli *cli)
{
  g_autoptr(GSettings) settings = open_settings ();
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(PursuitArrayModel) job_list = pursuit_array_model_new (PURSUIT_TYPE_JOB);
  g_auto(GStrv) roles = NULL;
  g_autoptr(GError) error = NULL;

  practice->now = pursuit_cli_now ();
  practice->zone = g_time_zone_new_local ();
  practice->today = pursuit_practice_day_from_unix (practice->now, practice->zone);
  pursuit_practice_limits_init (&practice->limits);
  pursuit_scheduler_init (&practice->scheduler, settings != NULL
                                                ? g_settings_get_double (settings, "practice-desired-retention")
                                                : PURSUIT_PRACTICE_DEFAULT_RETENTION);
  if (settings != NULL)
    {
      practice->limits.new_per_day = g_settings_get_int (settings, "practice-new-per-day");
      practice->limits.reviews_per_day = g_settings_get_int (settings, "practice-reviews-per-day");
      roles = g_settings_get_strv (settings, "practice-roles");
    }

  practice->records = pursuit_repository_load_practice (cli->repository, &error);
  if (practice->records != NULL)
    jobs = pursuit_repository_list_jobs (cli->repository, &error);
  if (jobs == NULL)
    {
      pursuit_cli_print_error (_("Could not read the practice log"), error);
      return FALSE;
    }
  pursuit_array_model_splice (job_list, 0, 0, jobs->pdata, jobs->len);
  practice->deck = pursuit_practice_records_make_deck (practice->records, cli->content, G_LIST_MODEL (job_list),
                                                       (const char * const *) roles, practice->now);
  pursuit_practice_limits_count_done (&practice->limits, practice->records->reviews, practice->zone,
                                      practice->today);
  return TRUE;
}

static const char *
question_text (Practice   *practice,
               const char *question_id)
{
  PursuitQuestion *question = pursuit_practice_deck_find_question (practice->deck, question_id);

  return question != NULL ? pursuit_question_get_text (question) : question_id;
}

static char *
day_to_iso (int day)
{
  GDate date;
  char text[16];

  pursuit_practice_day_to_date (day, &date);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

/* practice due */

static const char *
reason_name (PursuitQueueReason reason)
{
  switch (reason)
    {
    case PURSUIT_QUEUE_REASON_INTERVIEW:
      return "interview";
    case PURSUIT_QUEUE_REASON_DUE:
      return "due";
    default:
      return "new";
    }
}

static char *
describe_reason (const PursuitQueueItem *item)
{
  switch (item->reason)
    {
    case PURSUIT_QUEUE_REASON_INTERVIEW:
      /* Translators: why a question is in today's practice */
      return g_strdup (_("interview"));
    case PURSUIT_QUEUE_REASON_DUE:
      if (item->days_overdue > 0)
        /* Translators: why a question is in today's practice */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "overdue %d day", "overdue %d days",
                                             item->days_overdue),
                                item->days_overdue);
      /* Translators: why a question is in today's practice */
      return g_strdup (_("due"));
    default:
      /* Translators: why a question is in today's practice */
      return g_strdup (_("new"));
    }
}

static int
command_due (PursuitCli  *cli,
             int          argc,
             char       **argv)
{
  g_autofree char *job_ref = NULL;
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "job", 'j', 0, G_OPTION_ARG_STRING, &job_ref, N_("Only this job’s practice set"), N_("JOB") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_auto(Practice) practice = { 0 };
  g_autoptr(PursuitPracticeQueue) queue = NULL;
  g_autoptr(PursuitInterviewPlan) plan = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *today = NULL;
  const char *header[] = { _("ID"), _("Why"), _("Category"), _("Question"), NULL };
  gint64 job_id = 0;
  int status;

  g_option_context_set_summary (context, _("List what to practise today: questions for an interview, those due, "
                                           "then new ones."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 1)
    {
      pursuit_cli_print_usage_error ("%s", _("practice due takes no arguments"));
      return PURSUIT_CLI_EXIT_USAGE;
    }
  if (job_ref != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PursuitJob) job = pursuit_repository_find_job (cli->repository, job_ref, &error);

      if (job == NULL)
        {
          pursuit_cli_print_error (_("Could not find the job"), error);
          return PURSUIT_CLI_EXIT_FAILED;
        }
      job_id = pursuit_job_get_id (job);
    }

  if (!practice_load (&practice, cli))
    return PURSUIT_CLI_EXIT_FAILED;
  queue = pursuit_practice_deck_make_queue (practice.deck, job_id, &practice.limits, practice.now, practice.zone);
  if (job_id != 0)
    plan = pursuit_practice_deck_make_job_plan (practice.deck, job_id, &practice.limits, practice.now,
                                                practice.zone);
  today = day_to_iso (practice.today);

  if (as_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      pursuit_cli_json_add_string (builder, "today", today);
      pursuit_cli_json_add_number (builder, "due", queue->n_due);
      pursuit_cli_json_add_number (builder, "new_available", queue->n_new_available);
      if (plan != NULL && plan->active)
        {
          g_autofree char *readiness = pursuit_interview_plan_format_readiness (plan, practice.zone);

          json_builder_set_member_name (builder, "interview");
          json_builder_begin_object (builder);
          pursuit_cli_json_add_number (builder, "job_id", job_id);
          pursuit_cli_json_add_number (builder, "questions", plan->n_questions);
          pursuit_cli_json_add_number (builder, "reviewed", plan->n_reviewed);
          pursuit_cli_json_add_number (builder, "due_before", plan->n_due_before);
          pursuit_cli_json_add_string (builder, "readiness", readiness);
          json_builder_end_object (builder);
        }
      json_builder_set_member_name (builder, "items");
      json_builder_begin_array (builder);
      for (guint i = 0; i < queue->items->len; i++)
        {
          PursuitQueueItem *item = g_ptr_array_index (queue->items, i);

          json_builder_begin_object (builder);
          pursuit_cli_json_add_string (builder, "question_id", item->card->question_id);
          pursuit_cli_json_add_text (builder, "text", question_text (&practice, item->card->question_id));
          pursuit_cli_json_add_string (builder, "category", item->card->category);
          pursuit_cli_json_add_string (builder, "reason", reason_name (item->reason));
          pursuit_cli_json_add_number (builder, "days_overdue", item->days_overdue);
          if (item->job_id != 0)
            pursuit_cli_json_add_number (builder, "job_id", item->job_id);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      pursuit_cli_print_json (builder);
      return PURSUIT_CLI_EXIT_OK;
    }

  if (plan != NULL && plan->active)
    {
      g_autofree char *readiness = pursuit_interview_plan_format_readiness (plan, practice.zone);

      g_print ("%s\n", readiness);
    }
  g_print (_("Due today: %u · New available: %u\n"), queue->n_due, queue->n_new_available);
  if (queue->items->len == 0)
    {
      g_print ("%s\n", _("Nothing to practise today."));
      return PURSUIT_CLI_EXIT_OK;
    }

  for (guint i = 0; i < queue->items->len; i++)
    {
      PursuitQueueItem *item = g_ptr_array_index (queue->items, i);
      g_autofree char *why = describe_reason (item);
      const char *row[] = {
        item->card->question_id, why,
        item->card->category != NULL ? pursuit_content_get_name (cli->content, item->card->category) : "",
        question_text (&practice, item->card->question_id), NULL
      };

      g_ptr_array_add (rows, g_strdupv ((char **) row));
    }
  g_print ("\n");
  pursuit_cli_print_table ("", (char **) header, rows, 0);
  return PURSUIT_CLI_EXIT_OK;
}

/* practice review */

static gboolean
parse_rating (const char    *text,
              PursuitRating *rating)
{
  static const char * const names[] = { "again", "hard", "good", "easy" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      char digit[2] = { (char) ('1' + i), '\0' };

      if (g_ascii_strcasecmp (text, names[i]) == 0 || g_str_equal (text, digit))
        {
          *rating = (PursuitRating) (i + 1);
          return TRUE;
        }
    }
  return FALSE;
}

static int
command_review (PursuitCli  *cli,
                int          argc,
                char       **argv)
{
  int seconds = 0;
  const GOptionEntry entries[] = {
    { "time", 't', 0, G_OPTION_ARG_INT, &seconds, N_("How long the answer took, in seconds"), N_("SECONDS") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("QUESTION-ID RATING"));
  g_auto(Practice) practice = { 0 };
  g_autoptr(PursuitCard) card = NULL;
  g_autoptr(PursuitReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *interval = NULL;
  PursuitRating rating;
  int status;

  g_option_context_set_summary (context, _("Log an answer to a question and schedule it again. RATING is again, "
                                           "hard, good or easy (or 1 to 4)."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 3)
    {
      pursuit_cli_print_usage_error ("%s", _("practice review needs a question id and a rating"));
      return PURSUIT_CLI_EXIT_USAGE;
    }
  if (!parse_rating (argv[2], &rating))
    {
      pursuit_cli_print_usage_error (_("unknown rating “%s”; use again, hard, good or easy (or 1 to 4)"), argv[2]);
      return PURSUIT_CLI_EXIT_USAGE;
    }
  if (seconds < 0)
    {
      pursuit_cli_print_option_error ("--time", _("the time taken cannot be negative"));
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (!practice_load (&practice, cli))
    return PURSUIT_CLI_EXIT_FAILED;
  if (pursuit_practice_deck_find_question (practice.deck, argv[1]) == NULL ||
      (card = pursuit_practice_deck_dup_card (practice.deck, argv[1])) == NULL)
    {
      pursuit_cli_print_usage_error (_("there is no question “%s”; “pursuit-cli questions” lists them"), argv[1]);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  review = pursuit_scheduler_record (&practice.scheduler, card->question_id, &card->memory, rating, practice.now,
                                     practice.zone, seconds);
  if (!pursuit_repository_add_review (cli->repository, review, NULL, NULL, &error))
    {
      pursuit_cli_print_error (_("Could not log the answer"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  when = pursuit_practice_format_day (review->after.due_day, practice.today);
  interval = pursuit_practice_format_interval (review->after.due_day - practice.today);
  /* Translators: "Good: “Tell me about…” comes back Thursday (in 3 days)." */
  g_print (_("%s: “%s” comes back %s (in %s).\n"), pursuit_rating_get_label (rating),
           question_text (&practice, card->question_id), when, interval);
  return PURSUIT_CLI_EXIT_OK;
}

/* practice stats */

#define STATS_WEEKS 4

static int
command_stats (PursuitCli  *cli,
               int          argc,
               char       **argv)
{
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { NULL }
  };
  static const char * const rating_names[] = { "again", "hard", "good", "easy" };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_auto(Practice) practice = { 0 };
  g_autoptr(PursuitPracticeQueue) queue = NULL;
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GArray) per_day = NULL;
  g_autoptr(GPtrArray) mastery = NULL;
  PursuitPracticeTotals totals;
  guint streak;
  int next_day = PURSUIT_PRACTICE_NO_DAY;
  guint n_next = 0;
  gboolean has_next;
  int status;

  g_option_context_set_summary (context, _("Show how practice is going: answers, streak, what is due, reviews per "
                                           "day over the last four weeks and mastery by category."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 1)
    {
      pursuit_cli_print_usage_error ("%s", _("practice stats takes no arguments"));
      return PURSUIT_CLI_EXIT_USAGE;
    }
  if (!practice_load (&practice, cli))
    return PURSUIT_CLI_EXIT_FAILED;

  queue = pursuit_practice_deck_make_queue (practice.deck, 0, &practice.limits, practice.now, practice.zone);
  plans = pursuit_practice_deck_make_plans (practice.deck, &practice.limits, practice.now, practice.zone);
  cards = pursuit_practice_deck_dup_cards (practice.deck);
  pursuit_practice_totals (practice.records->reviews, &totals);
  streak = pursuit_practice_streak (practice.records->reviews, practice.zone, practice.today);
  per_day = pursuit_practice_reviews_per_day (practice.records->reviews, practice.zone, practice.today, STATS_WEEKS);
  mastery = pursuit_practice_mastery (cards, PURSUIT_PRACTICE_MASTERY_STABILITY);
  has_next = pursuit_practice_next_due (cards, plans, practice.today, &next_day, &n_next);

  if (as_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      pursuit_cli_json_add_number (builder, "answers", totals.n_answers);
      pursuit_cli_json_add_number (builder, "questions", totals.n_questions);
      pursuit_cli_json_add_number (builder, "seconds", totals.seconds);
      json_builder_set_member_name (builder, "ratings");
      json_builder_begin_object (builder);
      for (guint i = 0; i < PURSUIT_RATING_COUNT; i++)
        pursuit_cli_json_add_number (builder, rating_names[i], totals.ratings[i]);
      json_builder_end_object (builder);
      pursuit_cli_json_add_number (builder, "streak", streak);
      pursuit_cli_json_add_number (builder, "due", queue->n_due);
      pursuit_cli_json_add_number (builder, "new_available", queue->n_new_available);
      json_builder_set_member_name (builder, "next_due");
      if (has_next)
        {
          g_autofree char *date = day_to_iso (next_day);

          json_builder_begin_object (builder);
          pursuit_cli_json_add_string (builder, "date", date);
          pursuit_cli_json_add_number (builder, "count", n_next);
          json_builder_end_object (builder);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "reviews_per_day");
      json_builder_begin_array (builder);
      for (guint i = 0; i < per_day->len; i++)
        {
          g_autofree char *date = day_to_iso (practice.today - (int) (per_day->len - 1 - i));

          json_builder_begin_object (builder);
          pursuit_cli_json_add_string (builder, "date", date);
          pursuit_cli_json_add_number (builder, "count", g_array_index (per_day, guint, i));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "mastery");
      json_builder_begin_array (builder);
      for (guint i = 0; i < mastery->len; i++)
        {
          PursuitCategoryMastery *entry = g_ptr_array_index (mastery, i);

          json_builder_begin_object (builder);
          pursuit_cli_json_add_string (builder, "category", entry->category);
          pursuit_cli_json_add_number (builder, "questions", entry->n_questions);
          pursuit_cli_json_add_number (builder, "mastered", entry->n_mastered);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      pursuit_cli_print_json (builder);
      return PURSUIT_CLI_EXIT_OK;
    }

  {
    g_autofree char *time = pursuit_practice_format_duration (totals.seconds);
    g_autofree char *answers = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u answer", "%u answers",
                                                             totals.n_answers), totals.n_answers);
    g_autofree char *questions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question", "%u questions",
                                                               totals.n_questions), totals.n_questions);
    g_autofree char *days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u day", "%u days", streak), streak);
    g_autofree char *summary = g_strdup_printf (_("%s to %s, %s in all"), answers, questions, time);
    g_autofree char *due = g_strdup_printf (_("%u due, %u new available"), queue->n_due, queue->n_new_available);
    g_autoptr(GString) chart = g_string_new (NULL);
    g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
    const char *header[] = { _("Category"), _("Mastered"), _("Questions"), NULL };

    pursuit_cli_print_field (_("Practised"), summary);
    pursuit_cli_print_field (_("Streak"), days);
    pursuit_cli_print_field (_("Today"), due);
    if (has_next)
      {
        g_autofree char *when = pursuit_practice_format_day (next_day, practice.today);
        g_autofree char *next = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question %s",
                                                              "%u questions %s", n_next), n_next, when);

        pursuit_cli_print_field (_("Next"), next);
      }

    /* One figure per day, a week a line, the oldest first. */
    for (guint i = 0; i < per_day->len; i++)
      g_string_append_printf (chart, "%s%3u", i % 7 == 0 && i > 0 ? "\n                 " : " ",
                              g_array_index (per_day, guint, i));
    pursuit_cli_print_field (_("Last 4 weeks"), chart->str + 1);

    for (guint i = 0; i < mastery->len; i++)
      {
        PursuitCategoryMastery *entry = g_ptr_array_index (mastery, i);
        g_autofree char *mastered = g_strdup_printf ("%u", entry->n_mastered);
        g_autofree char *count = g_strdup_printf ("%u", entry->n_questions);
        const char *row[] = { pursuit_content_get_name (cli->content, entry->category), mastered, count, NULL };

        g_ptr_array_add (rows, g_strdupv ((char **) row));
      }
    if (rows->len > 0)
      {
        g_print ("\n");
        pursuit_cli_print_table ("", (char **) header, rows, 0);
      }
  }
  return PURSUIT_CLI_EXIT_OK;
}

int
pursuit_cli_command_practice (PursuitCli  *cli,
                              int          argc,
                              char       **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "due"))
    return command_due (cli, argc - 1, pursuit_cli_name_subcommand (argv));
  if (argc >= 2 && g_str_equal (argv[1], "review"))
    return command_review (cli, argc - 1, pursuit_cli_name_subcommand (argv));
  if (argc >= 2 && g_str_equal (argv[1], "stats"))
    return command_stats (cli, argc - 1, pursuit_cli_name_subcommand (argv));

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      g_print ("%s\n", _("Usage: pursuit-cli practice due|review|stats [OPTION…]"));
      g_print ("  due      %s\n", _("What to practise today (--job JOB, --json)"));
      g_print ("  review   %s\n", _("Log an answer: QUESTION-ID RATING [--time SECONDS]"));
      g_print ("  stats    %s\n", _("How practice is going (--json)"));
      return PURSUIT_CLI_EXIT_OK;
    }

  pursuit_cli_print_usage_error ("%s", _("unknown practice command; use due, review or stats"));
  return PURSUIT_CLI_EXIT_USAGE;
}

/* stories */

static void
add_story_to_json (JsonBuilder *builder,
                   gpointer     item)
{
  PursuitStory *story = item;
  g_autofree char *created = pursuit_cli_format_time_iso (pursuit_story_get_created_at (story));
  g_autofree char *updated = pursuit_cli_format_time_iso (pursuit_story_get_updated_at (story));

  json_builder_begin_object (builder);
  pursuit_cli_json_add_number (builder, "id", pursuit_story_get_id (story));
  pursuit_cli_json_add_text (builder, "title", pursuit_story_get_title (story));
  pursuit_cli_json_add_text (builder, "situation", pursuit_story_get_situation (story));
  pursuit_cli_json_add_text (builder, "task", pursuit_story_get_task (story));
  pursuit_cli_json_add_text (builder, "action", pursuit_story_get_action (story));
  pursuit_cli_json_add_text (builder, "result", pursuit_story_get_result (story));
  pursuit_cli_json_add_strings (builder, "competencies", pursuit_story_get_competencies (story));
  pursuit_cli_json_add_strings (builder, "questions", pursuit_story_get_question_ids (story));
  pursuit_cli_json_add_string (builder, "created", created);
  pursuit_cli_json_add_string (builder, "updated", updated);
  json_builder_end_object (builder);
}

int
pursuit_cli_command_stories (PursuitCli  *cli,
                             int          argc,
                             char       **argv)
{
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON with every field"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GPtrArray) stories = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GError) error = NULL;
  const char *header[] = { _("ID"), _("Title"), _("Competencies"), _("Questions"), NULL };
  int status;

  g_option_context_set_summary (context, _("List the STAR stories of the story bank, by title."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;
  if (argc != 1)
    {
      pursuit_cli_print_usage_error ("%s", _("stories takes no arguments"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  stories = pursuit_repository_list_stories (cli->repository, &error);
  if (stories == NULL)
    {
      pursuit_cli_print_error (_("Could not list the stories"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  if (as_json)
    {
      pursuit_cli_print_json_array (stories, add_story_to_json);
      return PURSUIT_CLI_EXIT_OK;
    }
  if (stories->len == 0)
    {
      g_print ("%s\n", _("No stories yet. Add them in Pursuit’s Practice view, under Story Bank."));
      return PURSUIT_CLI_EXIT_OK;
    }

  for (guint i = 0; i < stories->len; i++)
    {
      PursuitStory *story = g_ptr_array_index (stories, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_story_get_id (story));
      g_autofree char *competencies = g_strjoinv (", ", (char **) pursuit_story_get_competencies (story));
      g_autofree char *questions = g_strdup_printf ("%u", g_strv_length ((char **) pursuit_story_get_question_ids (story)));
      const char *row[] = { id, pursuit_story_get_title (story), competencies, questions, NULL };

      g_ptr_array_add (rows, g_strdupv ((char **) row));
    }
  pursuit_cli_print_table ("", (char **) header, rows, 0);
  return PURSUIT_CLI_EXIT_OK;
}
