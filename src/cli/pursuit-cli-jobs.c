/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-cli-input.h"
#include "pursuit-cli-output.h"
#include "pursuit-cli-private.h"
#include "pursuit-job-fields.h"
#include "pursuit-validation.h"

/* The jobs: add, list, show, update, move, delete, search, stages. */

/* An option that sets a job field from text. The text goes through the
 * field's own parser, pursuit_job_field_parse(), so pursuit-cli accepts and
 * refuses exactly what the job page does, with the same words. */
typedef struct
{
  const char *long_name;
  char short_name;
  PursuitJobField field;
  const char *description;
  const char *arg_description;
} JobFieldOption;

/* A stage is found by name among the database's stages, not parsed. */
static const JobFieldOption add_options[] = {
  { "company", 'c', PURSUIT_JOB_FIELD_COMPANY, N_("The company (required)"), N_("NAME") },
  { "title", 't', PURSUIT_JOB_FIELD_TITLE, N_("The job title (required)"), N_("TITLE") },
  { "stage", 's', PURSUIT_JOB_FIELD_STAGE, N_("The stage, by name or kind (default: the first stage)"), N_("STAGE") },
  { "location", 'l', PURSUIT_JOB_FIELD_LOCATION, N_("Where the job is"), N_("PLACE") },
  { "url", 'u', PURSUIT_JOB_FIELD_URL, N_("The job posting’s address"), N_("URL") },
  { "notes", 'n', PURSUIT_JOB_FIELD_NOTES, N_("Notes"), N_("TEXT") },
};

static const JobFieldOption update_options[] = {
  { "company", 'c', PURSUIT_JOB_FIELD_COMPANY, N_("The company"), N_("NAME") },
  { "title", 't', PURSUIT_JOB_FIELD_TITLE, N_("The job title"), N_("TITLE") },
  { "location", 'l', PURSUIT_JOB_FIELD_LOCATION, N_("Where the job is"), N_("PLACE") },
  { "url", 'u', PURSUIT_JOB_FIELD_URL, N_("The job posting’s address (http or https)"), N_("URL") },
  { "notes", 'n', PURSUIT_JOB_FIELD_NOTES, N_("Notes"), N_("TEXT") },
  { "workplace", 0, PURSUIT_JOB_FIELD_WORKPLACE, N_("on-site, hybrid or remote"), N_("WHERE") },
  { "type", 0, PURSUIT_JOB_FIELD_EMPLOYMENT_TYPE,
    N_("full-time, part-time, contract, temporary or internship"), N_("TYPE") },
  { "source", 0, PURSUIT_JOB_FIELD_SOURCE, N_("Where you found the job: a job board, a referral…"), N_("TEXT") },
  { "industry", 0, PURSUIT_JOB_FIELD_INDUSTRY, N_("The industry"), N_("TEXT") },
  { "pay-min", 0, PURSUIT_JOB_FIELD_PAY_MIN, N_("The lowest pay posted (\"\" to clear)"), N_("AMOUNT") },
  { "pay-max", 0, PURSUIT_JOB_FIELD_PAY_MAX,
    N_("The highest pay posted; the same as --pay-min for an exact figure"), N_("AMOUNT") },
  { "currency", 0, PURSUIT_JOB_FIELD_PAY_CURRENCY, N_("The pay’s currency, such as USD or EUR"), N_("CODE") },
  { "period", 0, PURSUIT_JOB_FIELD_PAY_PERIOD, N_("hour, day, week, month or year"), N_("PERIOD") },
  { "excitement", 0, PURSUIT_JOB_FIELD_EXCITEMENT, N_("How much you want the job, 0 to 5"), N_("N") },
  { "applied", 0, PURSUIT_JOB_FIELD_APPLIED_ON, N_("When you applied"), N_("YYYY-MM-DD") },
  { "deadline", 0, PURSUIT_JOB_FIELD_DEADLINE, N_("The application deadline"), N_("YYYY-MM-DD") },
  { "next-action", 0, PURSUIT_JOB_FIELD_NEXT_ACTION, N_("What to do next"), N_("TEXT") },
  { "due", 0, PURSUIT_JOB_FIELD_NEXT_ACTION_DUE, N_("When the next action is due"), N_("YYYY-MM-DD") },
  { "schedule", 0, PURSUIT_JOB_FIELD_SCHEDULE,
    N_("The hours asked for: days, nights, weekends, split-shifts, on-call, separated by commas"), N_("HOURS") },
  { "languages", 0, PURSUIT_JOB_FIELD_LANGUAGES, N_("The languages required, such as English, Spanish"), N_("TEXT") },
  { "pay-extras", 0, PURSUIT_JOB_FIELD_PAY_EXTRAS, N_("Pay beside the base: shift differential, commission, bonus"),
    N_("TEXT") },
  { "benchmark-role", 0, PURSUIT_JOB_FIELD_SALARY_ROLE,
    N_("The role whose salary figures apply, a guide id, instead of the one the title is read as (\"\" for that)"),
    N_("ID") },
  { "benchmark-level", 0, PURSUIT_JOB_FIELD_SALARY_LEVEL,
    N_("The ladder level whose salary figures apply, such as css-senior (\"\" for the one the title is read as)"),
    N_("ID") },
  { "benchmark-country", 0, PURSUIT_JOB_FIELD_SALARY_COUNTRY,
    N_("The country whose salary figures apply, such as US (\"\" for the one the location is read as)"),
    N_("CODE") },
  { "offer-min", 0, PURSUIT_JOB_FIELD_OFFER_MIN, N_("The base pay offered, or its lowest figure"), N_("AMOUNT") },
  { "offer-max", 0, PURSUIT_JOB_FIELD_OFFER_MAX, N_("The highest base pay offered"), N_("AMOUNT") },
  { "offer-currency", 0, PURSUIT_JOB_FIELD_OFFER_CURRENCY, N_("The offer’s currency, such as USD"), N_("CODE") },
  { "offer-period", 0, PURSUIT_JOB_FIELD_OFFER_PERIOD, N_("What the offered pay is for: hour, day, week, month or year"),
    N_("PERIOD") },
  { "sign-on", 0, PURSUIT_JOB_FIELD_OFFER_SIGN_ON, N_("The sign-on bonus offered, in the offer’s currency"),
    N_("AMOUNT") },
  { "bonus", 0, PURSUIT_JOB_FIELD_OFFER_BONUS, N_("The yearly bonus offered, in the offer’s currency"), N_("AMOUNT") },
  { "offer-note", 0, PURSUIT_JOB_FIELD_OFFER_NOTE, N_("A note on the offer"), N_("TEXT") },
};

/* The texts a command was given for its job field options, one for each
 * option of its table, %NULL for those not given. */
typedef struct
{
  const JobFieldOption *options;
  guint n_options;
  char **texts;
} JobFieldTexts;

static JobFieldTexts *
job_field_texts_new (const JobFieldOption *options,
                     guint                 n_options)
{
  JobFieldTexts *self = g_new0 (JobFieldTexts, 1);

  self->options = options;
  self->n_options = n_options;
  self->texts = g_new0 (char *, n_options + 1);
  return self;
}

static void
job_field_texts_free (JobFieldTexts *self)
{
  for (guint i = 0; i < self->n_options; i++)
    g_free (self->texts[i]);
  g_free (self->texts);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JobFieldTexts, job_field_texts_free)

/* The option entries of the table, then @extras (ended by an empty entry). */
static GOptionEntry *
job_field_texts_make_entries (JobFieldTexts      *self,
                              const GOptionEntry *extras)
{
  guint n_extras = 0;
  GOptionEntry *entries;

  while (extras != NULL && extras[n_extras].long_name != NULL)
    n_extras++;

  entries = g_new0 (GOptionEntry, self->n_options + n_extras + 1);
  for (guint i = 0; i < self->n_options; i++)
    {
      const JobFieldOption *option = &self->options[i];

      entries[i] = (GOptionEntry) { option->long_name, option->short_name, 0, G_OPTION_ARG_STRING,
                                    &self->texts[i], option->description, option->arg_description };
    }
  for (guint i = 0; i < n_extras; i++)
    entries[self->n_options + i] = extras[i];
  return entries;
}

static const char *
job_field_texts_get (JobFieldTexts   *self,
                     PursuitJobField  field)
{
  for (guint i = 0; i < self->n_options; i++)
    {
      if (self->options[i].field == field)
        return self->texts[i];
    }
  return NULL;
}

/* "--pay-min" for the field "pay-min", or %NULL if no option sets it. */
static char *
job_field_texts_name_option (JobFieldTexts *self,
                             const char    *field_name)
{
  for (guint i = 0; field_name != NULL && i < self->n_options; i++)
    {
      if (g_str_equal (pursuit_job_field_get_info (self->options[i].field)->name, field_name))
        return g_strconcat ("--", self->options[i].long_name, NULL);
    }
  return NULL;
}

/* An empty text clears a field; for a choice that is its first value
 * ("unknown"), which the parser knows by name only. */
static const char *
text_for_parser (const PursuitJobFieldInfo *info,
                 const char                *text)
{
  g_autofree char *stripped = NULL;
  g_autoptr(GEnumClass) klass = NULL;

  if (info->kind != PURSUIT_FIELD_CHOICE)
    return text;

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] != '\0')
    return text;

  klass = g_type_class_ref (info->choices ());
  return g_enum_get_value (klass, 0)->value_nick;
}

/**
 * job_field_texts_read:
 * @fields: (inout): gets the bit of each field read
 *
 * Reads the texts given into @job's fields, each through its parser.
 *
 * Returns: %PURSUIT_CLI_EXIT_OK, or the exit status once the first text
 *   refused was reported with its option: a usage error for a choice that
 *   does not exist, a failure for a value that is not right
 */
static int
job_field_texts_read (JobFieldTexts    *self,
                      PursuitJob       *job,
                      PursuitJobFields *fields)
{
  for (guint i = 0; i < self->n_options; i++)
    {
      const PursuitJobFieldInfo *info = pursuit_job_field_get_info (self->options[i].field);
      g_autoptr(GError) error = NULL;

      if (self->texts[i] == NULL || info->kind == PURSUIT_FIELD_STAGE)
        continue;

      if (!pursuit_job_field_parse (job, info->field, text_for_parser (info, self->texts[i]), &error))
        {
          g_autofree char *option = g_strconcat ("--", self->options[i].long_name, NULL);

          pursuit_cli_print_option_error (option, error->message);
          return info->kind == PURSUIT_FIELD_CHOICE ? PURSUIT_CLI_EXIT_USAGE : PURSUIT_CLI_EXIT_FAILED;
        }
      *fields |= PURSUIT_JOB_FIELD_BIT (info->field);
    }
  return PURSUIT_CLI_EXIT_OK;
}

/* Says what is wrong with the job as a whole (a minimum above its maximum,
 * pay without a currency) with the option that sets the field at fault. */
static int
report_invalid_job (JobFieldTexts *texts,
                    const char    *what,
                    GError        *error)
{
  const char *field = pursuit_validation_error_get_field (error);
  g_autofree char *option = job_field_texts_name_option (texts, field);

  if (option == NULL && g_strcmp0 (field, "posting-text") == 0)
    option = g_strdup ("--posting-file");

  if (option != NULL)
    pursuit_cli_print_option_error (option, error->message);
  else if (error->domain == PURSUIT_VALIDATION_ERROR)
    pursuit_cli_print_usage_error ("%s", error->message);
  else
    pursuit_cli_print_error (what, error);
  return PURSUIT_CLI_EXIT_FAILED;
}

/* --pay or --offer: the text through the pay parser into the fields of
 * the pay group @group_index, whose own options may then not be given. */
static int
read_pay_option (JobFieldTexts    *texts,
                 PursuitJob       *job,
                 guint             group_index,
                 const char       *option,
                 const char       *text,
                 PursuitJobFields *fields)
{
  guint n_groups;
  const PursuitPayFields *group = &pursuit_job_get_pay_groups (&n_groups)[group_index];
  const PursuitJobField set[] = { group->min, group->max, group->currency, group->period };

  if (text == NULL)
    return PURSUIT_CLI_EXIT_OK;

  for (guint i = 0; i < G_N_ELEMENTS (set); i++)
    {
      g_autofree char *other = NULL;

      if (job_field_texts_get (texts, set[i]) == NULL)
        continue;
      other = job_field_texts_name_option (texts, pursuit_job_field_get_info (set[i])->name);
      /* Translators: two options: "--pay sets the figures, the currency and the period: leave out --pay-min" */
      pursuit_cli_print_usage_error (_("%s sets the figures, the currency and the period: leave out %s"), option, other);
      return PURSUIT_CLI_EXIT_USAGE;
    }

  return pursuit_cli_read_pay_text (job, group, option, text, fields);
}

static char *
format_id (PursuitJob *job)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));
}

/* Keeps the jobs a listing shows: archived ones only when asked, and with
 * @now only those that need attention. */
static void
filter_jobs (GPtrArray *jobs,
             gboolean   archived,
             GDateTime *now)
{
  for (guint i = jobs->len; i > 0; i--)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i - 1);

      if ((!archived && pursuit_job_get_archived (job)) ||
          (now != NULL && !pursuit_cli_job_needs_attention (job, now)))
        g_ptr_array_remove_index (jobs, i - 1);
    }
}

int
pursuit_cli_command_list (PursuitCli  *cli,
                          int          argc,
                          char       **argv)
{
  gboolean as_json = FALSE;
  gboolean attention = FALSE;
  gboolean archived = FALSE;
  int days = -1;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON instead of a table"), NULL },
    { "attention", 'a', 0, G_OPTION_ARG_NONE, &attention,
      N_("Only jobs that need attention: a follow-up overdue, an interview within 48 hours, "
         "or no answer for a while"), NULL },
    { "days", 0, 0, G_OPTION_ARG_INT, &days,
      N_("With --attention: how many days without an answer count as a while "
         "(default: as in Preferences, 14)"), N_("DAYS") },
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived, N_("Include archived jobs"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint n_saved;
  int status;

  g_option_context_set_summary (context, _("List the saved jobs, most recently updated first. "
                                           "Archived jobs are left out unless --archived is given."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (days != -1 && days < 1)
    {
      pursuit_cli_print_usage_error ("%s", _("--days needs a number of days, 1 or more"));
      return PURSUIT_CLI_EXIT_USAGE;
    }
  if (days != -1 && !attention)
    {
      pursuit_cli_print_usage_error ("%s", _("--days goes with --attention"));
      return PURSUIT_CLI_EXIT_USAGE;
    }
  if (days != -1)
    pursuit_cli_set_attention_days (days);

  /* The table needs only the columns it prints; the reasons for
   * attention and JSON need the jobs whole. */
  if (as_json || attention)
    jobs = pursuit_repository_list_jobs (cli->repository, &error);
  else
    jobs = pursuit_repository_list_jobs_brief (cli->repository, &error);
  if (jobs == NULL)
    {
      pursuit_cli_print_error (_("Could not list the jobs"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  n_saved = jobs->len;
  filter_jobs (jobs, archived, attention ? now : NULL);

  if (as_json)
    {
      pursuit_cli_print_jobs_json (cli->repository, jobs);
      return PURSUIT_CLI_EXIT_OK;
    }

  if (jobs->len == 0)
    {
      if (attention)
        g_print ("%s\n", _("No job needs attention."));
      else if (n_saved > 0)
        g_print ("%s\n", _("Every job is archived. Show them with “pursuit-cli list --archived”."));
      else
        g_print ("%s\n", _("No jobs yet. Add one with “pursuit-cli add --company NAME --title TITLE”."));
      return PURSUIT_CLI_EXIT_OK;
    }

  pursuit_cli_print_jobs_table (jobs, attention ? now : NULL);
  return PURSUIT_CLI_EXIT_OK;
}

int
pursuit_cli_command_show (PursuitCli  *cli,
                          int          argc,
                          char       **argv)
{
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("JOB"));
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_set_summary (context, _("Show one job, by its number or UUID."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 2)
    {
      pursuit_cli_print_usage_error ("%s", _("show needs one job number or UUID"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  job = pursuit_repository_find_job (cli->repository, argv[1], &error);
  if (job == NULL)
    {
      pursuit_cli_print_error (_("Could not show the job"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (as_json)
    pursuit_cli_print_job_json (job);
  else
    pursuit_cli_print_job (cli->repository, job);
  return PURSUIT_CLI_EXIT_OK;
}

/* --pay, for add and update */
#define PAY_TEXT_OPTION(text) \
  { "pay", 0, 0, G_OPTION_ARG_STRING, &(text), \
    N_("The pay as a posting writes it, such as \"$19-22 an hour\" or \"£24k–£27k per annum\"; " \
       "see parse-pay"), N_("TEXT") }

int
pursuit_cli_command_add (PursuitCli  *cli,
                         int          argc,
                         char       **argv)
{
  g_autoptr(JobFieldTexts) texts = job_field_texts_new (add_options, G_N_ELEMENTS (add_options));
  g_autofree char *pay = NULL;
  const GOptionEntry extras[] = {
    PAY_TEXT_OPTION (pay),
    { NULL }
  };
  g_autofree GOptionEntry *entries = job_field_texts_make_entries (texts, extras);
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GError) error = NULL;
  const char *stage_name;
  PursuitJobFields fields = 0;
  PursuitStage *stage;
  int status;

  g_option_context_set_summary (context, _("Add a job."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (job_field_texts_get (texts, PURSUIT_JOB_FIELD_COMPANY) == NULL ||
      job_field_texts_get (texts, PURSUIT_JOB_FIELD_TITLE) == NULL)
    {
      pursuit_cli_print_usage_error ("%s", _("add needs --company and --title"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  stage_name = job_field_texts_get (texts, PURSUIT_JOB_FIELD_STAGE);
  if (stage_name != NULL)
    {
      stage = pursuit_repository_find_stage (cli->repository, stage_name);
      if (stage == NULL)
        {
          pursuit_cli_print_usage_error ("%s", _("No such stage. See the stages with “pursuit-cli stages”."));
          return PURSUIT_CLI_EXIT_USAGE;
        }
    }
  else
    {
      stages = pursuit_repository_list_stages (cli->repository);
      stage = stages->len > 0 ? g_ptr_array_index (stages, 0) : NULL;
    }
  pursuit_job_set_stage (job, stage);

  status = job_field_texts_read (texts, job, &fields);
  if (status == PURSUIT_CLI_EXIT_OK)
    status = read_pay_option (texts, job, 0, "--pay", pay, &fields);
  if (status != PURSUIT_CLI_EXIT_OK)
    return status;

  if (!pursuit_repository_insert_job (cli->repository, job, pursuit_cli_now (), &error))
    return report_invalid_job (texts, _("Could not add the job"), error);

  {
    g_autofree char *id = format_id (job);
    char uuid[PURSUIT_JOB_UUID_SIZE];

    g_print (_("Added job %s (%s)\n"), id, pursuit_job_get_uuid (job, uuid));
  }
  return PURSUIT_CLI_EXIT_OK;
}

int
pursuit_cli_command_delete (PursuitCli  *cli,
                            int          argc,
                            char       **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("JOB"));
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  int status;

  g_option_context_set_summary (context, _("Delete a job and its timeline for good."));
  if (!pursuit_cli_parse_options (context, NULL, &argc, &argv, &status))
    return status;

  if (argc != 2)
    {
      pursuit_cli_print_usage_error ("%s", _("delete needs one job number or UUID"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  job = pursuit_repository_find_job (cli->repository, argv[1], &error);
  if (job == NULL || !pursuit_repository_delete_job (cli->repository, pursuit_job_get_id (job), &error))
    {
      pursuit_cli_print_error (_("Could not delete the job"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  name = pursuit_cli_describe_job (job);
  /* Translators: a job number or UUID, then "Support Agent at Acme Ltd" */
  g_print (_("Deleted job %s (%s)\n"), argv[1], name);
  return PURSUIT_CLI_EXIT_OK;
}

int
pursuit_cli_command_stages (PursuitCli  *cli,
                            int          argc,
                            char       **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GPtrArray) stages = NULL;
  int status;

  g_option_context_set_summary (context, _("List the stages of the pipeline."));
  if (!pursuit_cli_parse_options (context, NULL, &argc, &argv, &status))
    return status;

  stages = pursuit_repository_list_stages (cli->repository);
  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);

      g_print ("%-3" G_GINT64_FORMAT " %-14s %s\n", pursuit_stage_get_id (stage),
               pursuit_stage_kind_to_nick (pursuit_stage_get_kind (stage)),
               pursuit_stage_get_name (stage));
    }
  return PURSUIT_CLI_EXIT_OK;
}

/* --benchmark-country as the code in capitals, refused unless the salary
 * data knows the country, before its field (two characters) reads it. */
static int
read_benchmark_country (JobFieldTexts *texts)
{
  for (guint i = 0; i < texts->n_options; i++)
    {
      g_autofree char *code = NULL;

      if (texts->options[i].field != PURSUIT_JOB_FIELD_SALARY_COUNTRY || texts->texts[i] == NULL)
        continue;
      if (!pursuit_cli_read_country ("--benchmark-country", texts->texts[i], &code))
        return PURSUIT_CLI_EXIT_FAILED;
      g_free (texts->texts[i]);
      texts->texts[i] = g_steal_pointer (&code);
    }
  return PURSUIT_CLI_EXIT_OK;
}

/* The posting from --posting-file into @job; FALSE once refused with the
 * option named. */
static gboolean
read_posting (PursuitJob *job,
              const char *path)
{
  /* The field's limit counts characters; a character takes at most four
   * bytes, so no posting the field takes is cut off by the file's limit. */
  gsize limit = pursuit_job_field_get_info (PURSUIT_JOB_FIELD_POSTING_TEXT)->max_length * 4;
  g_autoptr(GError) error = NULL;
  g_autofree char *posting = pursuit_cli_read_text_file (path, limit, &error);

  if (posting == NULL ||
      !pursuit_job_field_parse (job, PURSUIT_JOB_FIELD_POSTING_TEXT, posting, &error))
    {
      pursuit_cli_print_option_error ("--posting-file", error->message);
      return FALSE;
    }
  return TRUE;
}

int
pursuit_cli_command_update (PursuitCli  *cli,
                            int          argc,
                            char       **argv)
{
  g_autoptr(JobFieldTexts) texts = job_field_texts_new (update_options, G_N_ELEMENTS (update_options));
  g_autofree char *posting_file = NULL;
  g_autofree char *pay = NULL;
  g_autofree char *offer = NULL;
  gboolean archive = FALSE;
  gboolean unarchive = FALSE;
  const GOptionEntry extras[] = {
    PAY_TEXT_OPTION (pay),
    { "offer", 0, 0, G_OPTION_ARG_STRING, &offer,
      N_("The base pay offered, written as for --pay, such as \"$45,000 a year\""), N_("TEXT") },
    { "archive", 0, 0, G_OPTION_ARG_NONE, &archive, N_("Archive the job"), NULL },
    { "unarchive", 0, 0, G_OPTION_ARG_NONE, &unarchive, N_("Bring the job back from the archive"), NULL },
    { "posting-file", 0, 0, G_OPTION_ARG_FILENAME, &posting_file,
      N_("Read the posting text from FILE (- for standard input)"), N_("FILE") },
    { NULL }
  };
  g_autofree GOptionEntry *entries = job_field_texts_make_entries (texts, extras);
  g_autoptr(GOptionContext) context = g_option_context_new (_("JOB"));
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJobFields fields = 0;
  int status;

  g_option_context_set_summary (context,
                                _("Change a job’s fields. An empty value (\"\") clears a field. "
                                  "Nothing is saved if any value is invalid."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 2)
    {
      pursuit_cli_print_usage_error ("%s", _("update needs one job number or UUID"));
      return PURSUIT_CLI_EXIT_USAGE;
    }
  if (archive && unarchive)
    {
      pursuit_cli_print_usage_error ("%s", _("--archive and --unarchive cannot go together"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  job = pursuit_repository_find_job (cli->repository, argv[1], &error);
  if (job == NULL)
    {
      pursuit_cli_print_error (_("Could not update the job"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  status = read_benchmark_country (texts);
  if (status == PURSUIT_CLI_EXIT_OK)
    status = job_field_texts_read (texts, job, &fields);
  if (status == PURSUIT_CLI_EXIT_OK)
    status = read_pay_option (texts, job, 0, "--pay", pay, &fields);
  if (status == PURSUIT_CLI_EXIT_OK)
    status = read_pay_option (texts, job, 1, "--offer", offer, &fields);
  if (status == PURSUIT_CLI_EXIT_OK)
    status = pursuit_cli_check_benchmark_choice (job, fields);
  if (status != PURSUIT_CLI_EXIT_OK)
    return status;

  if (archive || unarchive)
    {
      pursuit_job_set_archived (job, archive);
      fields |= PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_ARCHIVED);
    }

  if (posting_file != NULL)
    {
      if (!read_posting (job, posting_file))
        return PURSUIT_CLI_EXIT_FAILED;
      fields |= PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_POSTING_TEXT);
    }

  if (fields == 0)
    {
      pursuit_cli_print_usage_error ("%s", _("update needs at least one field to change; see --help"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  /* The same rules as the job page, told plainly; then only the fields
   * given are written, so what another program changed meanwhile stays. */
  if (!pursuit_job_validate (job, &error) ||
      !pursuit_repository_update_job (cli->repository, job, fields, pursuit_cli_now (), &error))
    return report_invalid_job (texts, _("Could not update the job"), error);

  {
    g_autofree char *name = pursuit_cli_describe_job (job);
    g_autofree char *id = format_id (job);

    /* Translators: a job number, then "Support Agent at Acme Ltd" */
    g_print (_("Updated job %s (%s)"), id, name);
    g_print ("\n");
  }
  return PURSUIT_CLI_EXIT_OK;
}

int
pursuit_cli_command_move (PursuitCli  *cli,
                          int          argc,
                          char       **argv)
{
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "note", 'n', 0, G_OPTION_ARG_STRING, &note, N_("Why, or what happened; kept in the timeline"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("JOB STAGE"));
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  PursuitStage *stage;
  int status;

  g_option_context_set_summary (context,
                                _("Move a job to another stage, by the stage’s name, kind or number. "
                                  "The move is added to the job’s timeline."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 3)
    {
      pursuit_cli_print_usage_error ("%s", _("move needs a job number or UUID and a stage"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  job = pursuit_repository_find_job (cli->repository, argv[1], &error);
  if (job == NULL)
    {
      pursuit_cli_print_error (_("Could not move the job"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  stage = pursuit_repository_find_stage (cli->repository, argv[2]);
  if (stage == NULL)
    {
      pursuit_cli_print_usage_error ("%s", _("No such stage. See the stages with “pursuit-cli stages”."));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  id = format_id (job);
  if (pursuit_stage_get_id (stage) == pursuit_stage_get_id (pursuit_job_get_stage (job)))
    {
      /* Translators: a job number, then a stage */
      g_print (_("Job %s is already in %s"), id, pursuit_stage_get_name (stage));
      g_print ("\n");
      return PURSUIT_CLI_EXIT_OK;
    }

  if (!pursuit_repository_move_job (cli->repository, pursuit_job_get_id (job), pursuit_stage_get_id (stage),
                                    note != NULL ? g_strstrip (note) : NULL, pursuit_cli_now (), &error))
    {
      pursuit_cli_print_error (_("Could not move the job"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  {
    g_autofree char *name = pursuit_cli_describe_job (job);

    /* Translators: a job number, "Support Agent at Acme Ltd", then a stage */
    g_print (_("Moved job %s (%s) to %s"), id, name, pursuit_stage_get_name (stage));
    g_print ("\n");
  }
  return PURSUIT_CLI_EXIT_OK;
}

int
pursuit_cli_command_search (PursuitCli  *cli,
                            int          argc,
                            char       **argv)
{
  gboolean as_json = FALSE;
  gboolean archived = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON instead of a table"), NULL },
    { "archived", 0, 0, G_OPTION_ARG_NONE, &archived, N_("Include archived jobs"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("TEXT…"));
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *query = NULL;
  int status;

  g_option_context_set_summary (context,
                                _("Find jobs by words in their company, title, location, posting text or "
                                  "notes. Every word must match the start of a word: “cust serv” finds "
                                  "“Customer Service”."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  query = argc > 1 ? g_strjoinv (" ", argv + 1) : g_strdup ("");
  if (g_strstrip (query)[0] == '\0')
    {
      pursuit_cli_print_usage_error ("%s", _("search needs some text to look for"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  /* Only the jobs found are read: at 100,000 jobs, reading them all to
   * keep the hits took thirty times as long as the search. The table
   * needs only the columns it prints. */
  ids = pursuit_repository_search_jobs (cli->repository, query, &error);
  if (ids != NULL && as_json)
    jobs = pursuit_repository_find_jobs (cli->repository, ids, &error);
  else if (ids != NULL)
    jobs = pursuit_repository_find_jobs_brief (cli->repository, ids, &error);
  if (jobs == NULL)
    {
      pursuit_cli_print_error (_("Could not search the jobs"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  filter_jobs (jobs, archived, NULL);

  if (as_json)
    {
      pursuit_cli_print_jobs_json (cli->repository, jobs);
      return PURSUIT_CLI_EXIT_OK;
    }

  if (jobs->len == 0)
    {
      g_print (_("No job matches “%s”."), query);
      g_print ("\n");
      return PURSUIT_CLI_EXIT_OK;
    }

  pursuit_cli_print_jobs_table (jobs, NULL);
  return PURSUIT_CLI_EXIT_OK;
}
