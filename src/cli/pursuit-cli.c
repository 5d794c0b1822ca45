/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pursuit-attention.h"
#include "pursuit-content.h"
#include "pursuit-error.h"
#include "pursuit-job-format.h"
#include "pursuit-repository.h"
#include "pursuit-repository-people.h"
#include "pursuit-vcard.h"

/* pursuit-cli: the jobs database from scripts and terminals, without GTK.
 * It talks to the same repository the app uses. */

typedef int (*CommandFunc) (PursuitRepository *repository,
                            int                argc,
                            char             **argv);

static char *database_path;

static gint64
now_in_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_time);

  return time != NULL ? g_date_time_format (time, "%Y-%m-%d %H:%M") : g_strdup ("");
}

static char *
format_time_iso (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_time);

  return time != NULL ? g_date_time_format_iso8601 (time) : g_strdup ("");
}

static void
print_error (const char *what,
             GError     *error)
{
  g_printerr ("pursuit-cli: %s: %s\n", what, error->message);
}

static gboolean
parse_options (GOptionContext  *context,
               int             *argc,
               char          ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("pursuit-cli: %s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

/* Set by --days, or read once from the settings. */
static int days_without_answer = -1;

/* How many days an application may wait for an answer, as the app's
 * Preferences say when its settings are installed, else the default. */
static int
attention_days (void)
{
  int days = PURSUIT_ATTENTION_DEFAULT_STALE_DAYS;
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;

  if (days_without_answer >= 0)
    return days_without_answer;

  source = g_settings_schema_source_get_default ();
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "io.github.pursuit.Pursuit", TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "attention-days"))
    {
      g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);

      days = g_settings_get_int (settings, "attention-days");
    }
  days_without_answer = days;
  return days;
}

static void
add_job_text (JsonBuilder *builder,
              const char  *name,
              const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL && value[0] != '\0')
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_job_nick (JsonBuilder *builder,
              const char  *name,
              GType        type,
              int          value)
{
  add_job_text (builder, name, value != 0 ? pursuit_enum_get_nick (type, value) : NULL);
}

static void
add_job_pay (JsonBuilder *builder,
             const char  *name,
             double       value)
{
  json_builder_set_member_name (builder, name);
  if (value < 0)
    json_builder_add_null_value (builder);
  else if (value == (double) (gint64) value)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_job_time (JsonBuilder *builder,
              const char  *name,
              gint64       unix_time)
{
  g_autofree char *iso = unix_time > 0 ? format_time_iso (unix_time) : NULL;

  add_job_text (builder, name, iso);
}

/* The fields beyond the first ones, with null for what is not set. */
static void
add_job_details (JsonBuilder *builder,
                 PursuitJob  *job)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GFlagsClass) reasons_class = g_type_class_ref (PURSUIT_TYPE_ATTENTION_REASON);
  PursuitAttentionReason reasons = pursuit_job_get_attention (job, now, attention_days ());
  g_autofree char *pay = pursuit_job_format_pay (job);
  g_autofree char *why = pursuit_attention_explain (job, reasons, now);

  add_job_nick (builder, "workplace", PURSUIT_TYPE_WORKPLACE, pursuit_job_get_workplace (job));
  add_job_nick (builder, "employment_type", PURSUIT_TYPE_EMPLOYMENT_TYPE, pursuit_job_get_employment_type (job));
  add_job_text (builder, "source", pursuit_job_get_source (job));
  add_job_text (builder, "industry", pursuit_job_get_industry (job));
  add_job_pay (builder, "pay_min", pursuit_job_get_pay_min (job));
  add_job_pay (builder, "pay_max", pursuit_job_get_pay_max (job));
  add_job_text (builder, "pay_currency", pursuit_job_get_pay_currency (job));
  add_job_nick (builder, "pay_period", PURSUIT_TYPE_PAY_PERIOD, pursuit_job_get_pay_period (job));
  add_job_text (builder, "pay", pay);
  json_builder_set_member_name (builder, "excitement");
  json_builder_add_int_value (builder, pursuit_job_get_excitement (job));
  add_job_text (builder, "applied_on", pursuit_job_get_applied_on (job));
  add_job_text (builder, "deadline", pursuit_job_get_deadline (job));
  add_job_text (builder, "next_action", pursuit_job_get_next_action (job));
  add_job_text (builder, "next_action_due", pursuit_job_get_next_action_due (job));
  json_builder_set_member_name (builder, "archived");
  json_builder_add_boolean_value (builder, pursuit_job_get_archived (job));
  add_job_time (builder, "stage_entered_at", pursuit_job_get_stage_entered_at (job));
  add_job_time (builder, "next_interview_at", pursuit_job_get_next_interview_at (job));
  if (pursuit_job_get_details_loaded (job))
    {
      json_builder_set_member_name (builder, "posting_text");
      json_builder_add_string_value (builder, pursuit_job_get_posting_text (job));
    }

  json_builder_set_member_name (builder, "attention");
  json_builder_begin_array (builder);
  for (guint i = 0; i < reasons_class->n_values; i++)
    {
      if (reasons_class->values[i].value != 0 && (reasons & reasons_class->values[i].value) != 0)
        json_builder_add_string_value (builder, reasons_class->values[i].value_nick);
    }
  json_builder_end_array (builder);
  add_job_text (builder, "attention_text", why);
}

static JsonNode *
job_to_json (PursuitJob *job)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  PursuitStage *stage = pursuit_job_get_stage (job);
  g_autofree char *created = format_time_iso (pursuit_job_get_created_at (job));
  g_autofree char *updated = format_time_iso (pursuit_job_get_updated_at (job));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, pursuit_job_get_id (job));
  json_builder_set_member_name (builder, "uuid");
  json_builder_add_string_value (builder, pursuit_job_get_uuid (job));
  json_builder_set_member_name (builder, "company");
  json_builder_add_string_value (builder, pursuit_job_get_company (job));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, pursuit_job_get_title (job));
  json_builder_set_member_name (builder, "stage");
  json_builder_add_string_value (builder, pursuit_stage_get_name (stage));
  json_builder_set_member_name (builder, "stage_kind");
  json_builder_add_string_value (builder, pursuit_stage_kind_to_nick (pursuit_stage_get_kind (stage)));
  json_builder_set_member_name (builder, "location");
  json_builder_add_string_value (builder, pursuit_job_get_location (job));
  json_builder_set_member_name (builder, "url");
  json_builder_add_string_value (builder, pursuit_job_get_url (job));
  json_builder_set_member_name (builder, "notes");
  json_builder_add_string_value (builder, pursuit_job_get_notes (job));
  json_builder_set_member_name (builder, "created_at");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "updated_at");
  json_builder_add_string_value (builder, updated);
  add_job_details (builder, job);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* Pads or cuts @text to @width characters, counting characters, not bytes. */
static void
append_cell (GString    *line,
             const char *text,
             guint       width)
{
  glong length = g_utf8_strlen (text, -1);

  if ((guint) length > width)
    {
      const char *end = g_utf8_offset_to_pointer (text, width - 1);

      g_string_append_len (line, text, end - text);
      g_string_append (line, "…");
    }
  else
    {
      g_string_append (line, text);
      for (guint i = length; i < width; i++)
        g_string_append_c (line, ' ');
    }
  g_string_append (line, "  ");
}

/* Lists leave the long texts out; JSON is for export, so read them. */
static void
print_jobs_json (PursuitRepository *repository,
                 GPtrArray         *jobs)
{
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *listed = g_ptr_array_index (jobs, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (listed));
      g_autoptr(PursuitJob) full = pursuit_repository_find_job (repository, id, NULL);

      json_array_add_element (array, job_to_json (full != NULL ? full : listed));
    }
  json_node_set_array (root, array);
  print_json (root);
}

static char *
describe_stage (PursuitJob *job)
{
  const char *name = pursuit_stage_get_name (pursuit_job_get_stage (job));

  if (pursuit_job_get_archived (job))
    /* Translators: a stage name, for a job that is archived: "Applied (archived)" */
    return g_strdup_printf (_("%s (archived)"), name);
  return g_strdup (name);
}

/* The table of list and search; with @now, a last column says why each job
 * needs attention. */
static void
print_jobs_table (GPtrArray *jobs,
                  GDateTime *now)
{
  g_autoptr(GString) header = g_string_new (NULL);
  guint stage_width = 13;

  for (guint i = 0; i < jobs->len; i++)
    {
      g_autofree char *stage = describe_stage (g_ptr_array_index (jobs, i));

      stage_width = CLAMP ((guint) g_utf8_strlen (stage, -1), stage_width, 24);
    }

  append_cell (header, "ID", 5);
  append_cell (header, _("Stage"), stage_width);
  append_cell (header, _("Company"), 24);
  append_cell (header, _("Job Title"), 32);
  append_cell (header, _("Updated"), 16);
  if (now != NULL)
    g_string_append (header, _("Needs attention"));
  g_print ("%s\n", g_strchomp (header->str));

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));
      g_autofree char *updated = format_time (pursuit_job_get_updated_at (job));
      g_autofree char *stage = describe_stage (job);

      append_cell (line, id, 5);
      append_cell (line, stage, stage_width);
      append_cell (line, pursuit_job_get_company (job), 24);
      append_cell (line, pursuit_job_get_title (job), 32);
      append_cell (line, updated, 16);
      if (now != NULL)
        {
          PursuitAttentionReason reasons = pursuit_job_get_attention (job, now, attention_days ());
          g_autofree char *why = pursuit_attention_explain (job, reasons, now);

          g_string_append (line, why != NULL ? why : "");
        }
      g_print ("%s\n", g_strchomp (line->str));
    }
}

/* Keeps the jobs a listing shows: archived ones only when asked, and with
 * @now only those that need attention. */
static void
filter_jobs (GPtrArray  *jobs,
             GArray     *ids,
             gboolean    archived,
             GDateTime  *now)
{
  for (guint i = jobs->len; i > 0; i--)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i - 1);
      gint64 id = pursuit_job_get_id (job);

      if ((ids != NULL && !pursuit_job_ids_contain (ids, id)) ||
          (!archived && pursuit_job_get_archived (job)) ||
          (now != NULL && pursuit_job_get_attention (job, now, attention_days ()) == PURSUIT_ATTENTION_NONE))
        g_ptr_array_remove_index (jobs, i - 1);
    }
}

static int
command_list (PursuitRepository  *repository,
              int                 argc,
              char              **argv)
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

  g_option_context_set_summary (context, _("List the saved jobs, most recently updated first. "
                                           "Archived jobs are left out unless --archived is given."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (days != -1 && days < 1)
    {
      g_printerr ("pursuit-cli: %s\n", _("--days needs a number of days, 1 or more"));
      return 2;
    }
  if (days != -1 && !attention)
    {
      g_printerr ("pursuit-cli: %s\n", _("--days goes with --attention"));
      return 2;
    }
  if (days != -1)
    days_without_answer = days;

  jobs = pursuit_repository_list_jobs (repository, &error);
  if (jobs == NULL)
    {
      print_error (_("Could not list the jobs"), error);
      return 1;
    }
  n_saved = jobs->len;
  filter_jobs (jobs, NULL, archived, attention ? now : NULL);

  if (as_json)
    {
      print_jobs_json (repository, jobs);
      return 0;
    }

  if (jobs->len == 0)
    {
      if (attention)
        g_print ("%s\n", _("No job needs attention."));
      else if (n_saved > 0)
        g_print ("%s\n", _("Every job is archived. Show them with “pursuit-cli list --archived”."));
      else
        g_print ("%s\n", _("No jobs yet. Add one with “pursuit-cli add --company NAME --title TITLE”."));
      return 0;
    }

  print_jobs_table (jobs, attention ? now : NULL);
  return 0;
}

static void
print_field (const char *label,
             const char *value)
{
  if (value != NULL && value[0] != '\0')
    g_print ("%-16s %s\n", label, value);
}

/* Workplace, type, pay and the rest: what was added to a job after its
 * first fields, each printed only when set. */
static void
print_job_details (PursuitJob *job)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  PursuitAttentionReason reasons = pursuit_job_get_attention (job, now, attention_days ());
  g_autofree char *pay = pursuit_job_format_pay (job);
  g_autofree char *excitement = NULL;
  g_autofree char *next_action = NULL;
  g_autofree char *interview = NULL;
  g_autofree char *why = pursuit_attention_explain (job, reasons, now);
  const char *action = pursuit_job_get_next_action (job);
  const char *due = pursuit_job_get_next_action_due (job);

  if (pursuit_job_get_workplace (job) != PURSUIT_WORKPLACE_UNKNOWN)
    print_field (_("Workplace"), pursuit_enum_get_label (PURSUIT_TYPE_WORKPLACE, pursuit_job_get_workplace (job)));
  if (pursuit_job_get_employment_type (job) != PURSUIT_EMPLOYMENT_UNKNOWN)
    print_field (_("Type"), pursuit_enum_get_label (PURSUIT_TYPE_EMPLOYMENT_TYPE,
                                                    pursuit_job_get_employment_type (job)));
  print_field (_("Pay"), pay);
  print_field (_("Source"), pursuit_job_get_source (job));
  print_field (_("Industry"), pursuit_job_get_industry (job));
  if (pursuit_job_get_excitement (job) > 0)
    {
      /* Translators: how excited the user is about a job, "4 of 5" */
      excitement = g_strdup_printf (_("%d of 5"), pursuit_job_get_excitement (job));
      print_field (_("Excitement"), excitement);
    }
  print_field (_("Applied"), pursuit_job_get_applied_on (job));
  print_field (_("Deadline"), pursuit_job_get_deadline (job));
  if (action[0] != '\0' && due[0] != '\0')
    /* Translators: a next action and its due date, "Call Ada (due 2026-03-10)" */
    next_action = g_strdup_printf (_("%s (due %s)"), action, due);
  else if (due[0] != '\0')
    /* Translators: a next action's due date, when the action has no text */
    next_action = g_strdup_printf (_("Due %s"), due);
  else
    next_action = g_strdup (action);
  print_field (_("Next action"), next_action);
  if (pursuit_job_get_next_interview_at (job) > 0)
    {
      interview = format_time (pursuit_job_get_next_interview_at (job));
      print_field (_("Next interview"), interview);
    }
  if (pursuit_job_get_archived (job))
    print_field (_("Archived"), _("Yes"));
  print_field (_("Needs attention"), why);
}

static int
command_show (PursuitRepository  *repository,
              int                 argc,
              char              **argv)
{
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("JOB"));
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  g_option_context_set_summary (context, _("Show one job, by its number or UUID."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (argc != 2)
    {
      g_printerr ("pursuit-cli: %s\n", _("show needs one job number or UUID"));
      return 2;
    }

  job = pursuit_repository_find_job (repository, argv[1], &error);
  if (job == NULL)
    {
      print_error (_("Could not show the job"), error);
      return 1;
    }

  if (as_json)
    {
      g_autoptr(JsonNode) node = job_to_json (job);

      print_json (node);
      return 0;
    }

  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));
    g_autofree char *created = format_time (pursuit_job_get_created_at (job));
    g_autofree char *updated = format_time (pursuit_job_get_updated_at (job));

    print_field (_("ID"), id);
    print_field (_("UUID"), pursuit_job_get_uuid (job));
    print_field (_("Company"), pursuit_job_get_company (job));
    print_field (_("Title"), pursuit_job_get_title (job));
    print_field (_("Stage"), pursuit_stage_get_name (pursuit_job_get_stage (job)));
    print_field (_("Location"), pursuit_job_get_location (job));
    print_field (_("URL"), pursuit_job_get_url (job));
    print_job_details (job);
    print_field (_("Created"), created);
    print_field (_("Updated"), updated);
    if (pursuit_job_get_notes (job)[0] != '\0')
      g_print ("\n%s\n", pursuit_job_get_notes (job));
    if (pursuit_job_get_posting_text (job)[0] != '\0')
      {
        g_autofree char *posting = g_strdup (pursuit_job_get_posting_text (job));

        g_print ("\n%s\n%s\n", _("Posting"), g_strchomp (posting));
      }
  }

  changes = pursuit_repository_list_stage_changes (repository, pursuit_job_get_id (job), &error);
  if (changes != NULL && changes->len > 0)
    {
      g_print ("\n%s\n", _("Timeline"));
      for (guint i = 0; i < changes->len; i++)
        {
          PursuitStageChange *change = g_ptr_array_index (changes, i);
          g_autofree char *when = format_time (change->entered_at);
          g_autofree char *stage_id = g_strdup_printf ("%" G_GINT64_FORMAT, change->stage_id);
          PursuitStage *stage = pursuit_repository_find_stage (repository, stage_id);

          g_print ("  %s  %s%s%s\n", when, stage != NULL ? pursuit_stage_get_name (stage) : "?",
                   change->note != NULL && change->note[0] != '\0' ? " — " : "",
                   change->note != NULL ? change->note : "");
        }
    }

  return 0;
}

static int
command_add (PursuitRepository  *repository,
             int                 argc,
             char              **argv)
{
  g_autofree char *company = NULL;
  g_autofree char *title = NULL;
  g_autofree char *stage_name = NULL;
  g_autofree char *location = NULL;
  g_autofree char *url = NULL;
  g_autofree char *notes = NULL;
  const GOptionEntry entries[] = {
    { "company", 'c', 0, G_OPTION_ARG_STRING, &company, N_("The company (required)"), N_("NAME") },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("The job title (required)"), N_("TITLE") },
    { "stage", 's', 0, G_OPTION_ARG_STRING, &stage_name, N_("The stage, by name or kind (default: the first stage)"), N_("STAGE") },
    { "location", 'l', 0, G_OPTION_ARG_STRING, &location, N_("Where the job is"), N_("PLACE") },
    { "url", 'u', 0, G_OPTION_ARG_STRING, &url, N_("The job posting’s address"), N_("URL") },
    { "notes", 'n', 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GError) error = NULL;
  PursuitStage *stage;

  g_option_context_set_summary (context, _("Add a job."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (company == NULL || title == NULL)
    {
      g_printerr ("pursuit-cli: %s\n", _("add needs --company and --title"));
      return 2;
    }

  if (stage_name != NULL)
    {
      stage = pursuit_repository_find_stage (repository, stage_name);
      if (stage == NULL)
        {
          g_printerr ("pursuit-cli: %s\n", _("No such stage. See the stages with “pursuit-cli stages”."));
          return 2;
        }
    }
  else
    {
      stages = pursuit_repository_list_stages (repository);
      stage = stages->len > 0 ? g_ptr_array_index (stages, 0) : NULL;
    }

  pursuit_job_set_company (job, g_strstrip (company));
  pursuit_job_set_title (job, g_strstrip (title));
  pursuit_job_set_stage (job, stage);
  pursuit_job_set_location (job, location);
  pursuit_job_set_url (job, url);
  pursuit_job_set_notes (job, notes);

  if (!pursuit_repository_insert_job (repository, job, now_in_seconds (), &error))
    {
      print_error (_("Could not add the job"), error);
      return 1;
    }

  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));

    g_print (_("Added job %s (%s)\n"), id, pursuit_job_get_uuid (job));
  }
  return 0;
}

static int
command_delete (PursuitRepository  *repository,
                int                 argc,
                char              **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("JOB"));
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, _("Delete a job and its timeline for good."));
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (argc != 2)
    {
      g_printerr ("pursuit-cli: %s\n", _("delete needs one job number or UUID"));
      return 2;
    }

  job = pursuit_repository_find_job (repository, argv[1], &error);
  if (job == NULL || !pursuit_repository_delete_job (repository, pursuit_job_get_id (job), &error))
    {
      print_error (_("Could not delete the job"), error);
      return 1;
    }

  g_print (_("Deleted job %s (%s at %s)\n"), argv[1],
           pursuit_job_get_title (job), pursuit_job_get_company (job));
  return 0;
}

static int
command_stages (PursuitRepository  *repository,
                int                 argc,
                char              **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GPtrArray) stages = NULL;

  g_option_context_set_summary (context, _("List the stages of the pipeline."));
  if (!parse_options (context, &argc, &argv))
    return 2;

  stages = pursuit_repository_list_stages (repository);
  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);

      g_print ("%-3" G_GINT64_FORMAT " %-14s %s\n", pursuit_stage_get_id (stage),
               pursuit_stage_kind_to_nick (pursuit_stage_get_kind (stage)),
               pursuit_stage_get_name (stage));
    }
  return 0;
}

/* Reads a pay figure; "" clears it. FALSE, with the message printed, for
 * anything else that is not a plain number of at least 0. */
static gboolean
parse_pay (const char *text,
           const char *option,
           double     *value)
{
  char *end = NULL;
  double parsed;

  if (text[0] == '\0')
    {
      *value = -1;
      return TRUE;
    }

  parsed = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || parsed != parsed /* NaN */ || parsed > 1e12 || parsed < -1e12)
    {
      g_printerr ("pursuit-cli: ");
      /* Translators: %s is an option, %s a value given to it */
      g_printerr (_("%s needs a figure such as 38500 or 19.50, not “%s”"), option, text);
      g_printerr ("\n");
      return FALSE;
    }
  if (parsed < 0)
    {
      g_printerr ("pursuit-cli: ");
      /* Translators: %s is an option */
      g_printerr (_("%s cannot be negative"), option);
      g_printerr ("\n");
      return FALSE;
    }

  *value = parsed;
  return TRUE;
}

/* Reads an enum's nick; "" is the unknown value. */
static gboolean
parse_choice (const char *text,
              const char *option,
              GType       type,
              int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autoptr(GString) known = NULL;

  if (text[0] == '\0')
    {
      *value = 0;
      return TRUE;
    }
  if (pursuit_enum_from_nick (type, text, value))
    return TRUE;

  klass = g_type_class_ref (type);
  known = g_string_new (NULL);
  for (guint i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value == 0)
        continue;
      if (known->len > 0)
        g_string_append (known, ", ");
      g_string_append (known, klass->values[i].value_nick);
    }

  g_printerr ("pursuit-cli: ");
  /* Translators: an option, the value given, then the values it takes */
  g_printerr (_("%s does not take “%s”; use one of %s"), option, text, known->str);
  g_printerr ("\n");
  return FALSE;
}

/* The posting text from a file, or from standard input for "-". */
static char *
read_posting (const char  *path,
              GError     **error)
{
  g_autofree char *contents = NULL;

  if (g_str_equal (path, "-"))
    {
      g_autoptr(GString) text = g_string_new (NULL);
      char buffer[4096];
      size_t n;

      while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
        g_string_append_len (text, buffer, (gssize) n);
      if (ferror (stdin))
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not read standard input"));
          return NULL;
        }
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;
  return g_steal_pointer (&contents);
}

/* "Support Agent at Acme Ltd" */
static char *
describe_job (PursuitJob *job)
{
  /* Translators: a job title, then a company: "Support Agent at Acme Ltd" */
  return g_strdup_printf (_("%s at %s"), pursuit_job_get_title (job), pursuit_job_get_company (job));
}

static int
command_update (PursuitRepository  *repository,
                int                 argc,
                char              **argv)
{
  g_autofree char *company = NULL;
  g_autofree char *title = NULL;
  g_autofree char *location = NULL;
  g_autofree char *url = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *workplace = NULL;
  g_autofree char *type = NULL;
  g_autofree char *source = NULL;
  g_autofree char *industry = NULL;
  g_autofree char *pay_min = NULL;
  g_autofree char *pay_max = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *period = NULL;
  g_autofree char *excitement = NULL;
  g_autofree char *applied = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *next_action = NULL;
  g_autofree char *due = NULL;
  g_autofree char *posting_file = NULL;
  gboolean archive = FALSE;
  gboolean unarchive = FALSE;
  const GOptionEntry entries[] = {
    { "company", 'c', 0, G_OPTION_ARG_STRING, &company, N_("The company"), N_("NAME") },
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("The job title"), N_("TITLE") },
    { "location", 'l', 0, G_OPTION_ARG_STRING, &location, N_("Where the job is"), N_("PLACE") },
    { "url", 'u', 0, G_OPTION_ARG_STRING, &url, N_("The job posting’s address (http or https)"), N_("URL") },
    { "notes", 'n', 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("TEXT") },
    { "workplace", 0, 0, G_OPTION_ARG_STRING, &workplace, N_("on-site, hybrid or remote"), N_("WHERE") },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type,
      N_("full-time, part-time, contract, temporary or internship"), N_("TYPE") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, N_("Where you found the job: a job board, a referral…"), N_("TEXT") },
    { "industry", 0, 0, G_OPTION_ARG_STRING, &industry, N_("The industry"), N_("TEXT") },
    { "pay-min", 0, 0, G_OPTION_ARG_STRING, &pay_min, N_("The lowest pay posted (\"\" to clear)"), N_("AMOUNT") },
    { "pay-max", 0, 0, G_OPTION_ARG_STRING, &pay_max,
      N_("The highest pay posted; the same as --pay-min for an exact figure"), N_("AMOUNT") },
    { "currency", 0, 0, G_OPTION_ARG_STRING, &currency, N_("The pay’s currency, such as USD or EUR"), N_("CODE") },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period, N_("hour, day, week, month or year"), N_("PERIOD") },
    { "excitement", 0, 0, G_OPTION_ARG_STRING, &excitement, N_("How much you want the job, 0 to 5"), N_("N") },
    { "applied", 0, 0, G_OPTION_ARG_STRING, &applied, N_("When you applied"), N_("YYYY-MM-DD") },
    { "deadline", 0, 0, G_OPTION_ARG_STRING, &deadline, N_("The application deadline"), N_("YYYY-MM-DD") },
    { "next-action", 0, 0, G_OPTION_ARG_STRING, &next_action, N_("What to do next"), N_("TEXT") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due, N_("When the next action is due"), N_("YYYY-MM-DD") },
    { "archive", 0, 0, G_OPTION_ARG_NONE, &archive, N_("Archive the job"), NULL },
    { "unarchive", 0, 0, G_OPTION_ARG_NONE, &unarchive, N_("Bring the job back from the archive"), NULL },
    { "posting-file", 0, 0, G_OPTION_ARG_FILENAME, &posting_file,
      N_("Read the posting text from FILE (- for standard input)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("JOB"));
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;

  g_option_context_set_summary (context,
                                _("Change a job’s fields. An empty value (\"\") clears a field. "
                                  "Nothing is saved if any value is invalid."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (argc != 2)
    {
      g_printerr ("pursuit-cli: %s\n", _("update needs one job number or UUID"));
      return 2;
    }
  if (archive && unarchive)
    {
      g_printerr ("pursuit-cli: %s\n", _("--archive and --unarchive cannot go together"));
      return 2;
    }

  /* The full job, long texts included, so saving keeps them. */
  job = pursuit_repository_find_job (repository, argv[1], &error);
  if (job == NULL)
    {
      print_error (_("Could not update the job"), error);
      return 1;
    }

#define SET_TEXT(option, setter)                                               \
  if (option != NULL)                                                          \
    {                                                                          \
      setter (job, g_strstrip (option));                                       \
      changed = TRUE;                                                          \
    }

  SET_TEXT (company, pursuit_job_set_company)
  SET_TEXT (title, pursuit_job_set_title)
  SET_TEXT (location, pursuit_job_set_location)
  SET_TEXT (url, pursuit_job_set_url)
  SET_TEXT (source, pursuit_job_set_source)
  SET_TEXT (industry, pursuit_job_set_industry)
  SET_TEXT (applied, pursuit_job_set_applied_on)
  SET_TEXT (deadline, pursuit_job_set_deadline)
  SET_TEXT (next_action, pursuit_job_set_next_action)
  SET_TEXT (due, pursuit_job_set_next_action_due)
#undef SET_TEXT

  if (notes != NULL)
    {
      pursuit_job_set_notes (job, notes);
      changed = TRUE;
    }

  if (workplace != NULL || type != NULL || period != NULL)
    {
      int value;

      if (workplace != NULL)
        {
          if (!parse_choice (workplace, "--workplace", PURSUIT_TYPE_WORKPLACE, &value))
            return 2;
          pursuit_job_set_workplace (job, value);
        }
      if (type != NULL)
        {
          if (!parse_choice (type, "--type", PURSUIT_TYPE_EMPLOYMENT_TYPE, &value))
            return 2;
          pursuit_job_set_employment_type (job, value);
        }
      if (period != NULL)
        {
          if (!parse_choice (period, "--period", PURSUIT_TYPE_PAY_PERIOD, &value))
            return 2;
          pursuit_job_set_pay_period (job, value);
        }
      changed = TRUE;
    }

  if (pay_min != NULL || pay_max != NULL)
    {
      double value;

      if (pay_min != NULL)
        {
          if (!parse_pay (g_strstrip (pay_min), "--pay-min", &value))
            return 1;
          pursuit_job_set_pay_min (job, value);
        }
      if (pay_max != NULL)
        {
          if (!parse_pay (g_strstrip (pay_max), "--pay-max", &value))
            return 1;
          pursuit_job_set_pay_max (job, value);
        }
      changed = TRUE;
    }

  if (currency != NULL)
    {
      g_autofree char *upper = g_utf8_strup (g_strstrip (currency), -1);

      pursuit_job_set_pay_currency (job, upper);
      changed = TRUE;
    }

  if (excitement != NULL)
    {
      gint64 value;

      if (!g_ascii_string_to_signed (g_strstrip (excitement), 10, G_MININT, G_MAXINT, &value, NULL))
        {
          g_printerr ("pursuit-cli: %s\n", _("--excitement needs a number from 0 to 5"));
          return 1;
        }
      pursuit_job_set_excitement (job, (int) value);
      changed = TRUE;
    }

  if (archive || unarchive)
    {
      pursuit_job_set_archived (job, archive);
      changed = TRUE;
    }

  if (posting_file != NULL)
    {
      g_autofree char *posting = read_posting (posting_file, &error);

      if (posting == NULL)
        {
          print_error (_("Could not read the posting"), error);
          return 1;
        }
      pursuit_job_set_posting_text (job, posting);
      changed = TRUE;
    }

  if (!changed)
    {
      g_printerr ("pursuit-cli: %s\n", _("update needs at least one field to change; see --help"));
      return 2;
    }

  /* The same rules as the job page, told plainly. */
  if (!pursuit_job_validate (job, &error))
    {
      g_printerr ("pursuit-cli: %s\n", error->message);
      return 1;
    }

  if (!pursuit_repository_update_job (repository, job, PURSUIT_JOB_ALL_FIELDS, now_in_seconds (), &error))
    {
      print_error (_("Could not update the job"), error);
      return 1;
    }

  {
    g_autofree char *name = describe_job (job);
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));

    /* Translators: a job number, then "Support Agent at Acme Ltd" */
    g_print (_("Updated job %s (%s)"), id, name);
    g_print ("\n");
  }
  return 0;
}

static int
command_move (PursuitRepository  *repository,
              int                 argc,
              char              **argv)
{
  g_autofree char *note = NULL;
  const GOptionEntry entries[] = {
    { "note", 'n', 0, G_OPTION_ARG_STRING, &note, N_("Why, or what happened; kept in the timeline"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("JOB STAGE"));
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  PursuitStage *stage;

  g_option_context_set_summary (context,
                                _("Move a job to another stage, by the stage’s name, kind or number. "
                                  "The move is added to the job’s timeline."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (argc != 3)
    {
      g_printerr ("pursuit-cli: %s\n", _("move needs a job number or UUID and a stage"));
      return 2;
    }

  job = pursuit_repository_find_job (repository, argv[1], &error);
  if (job == NULL)
    {
      print_error (_("Could not move the job"), error);
      return 1;
    }

  stage = pursuit_repository_find_stage (repository, argv[2]);
  if (stage == NULL)
    {
      g_printerr ("pursuit-cli: %s\n", _("No such stage. See the stages with “pursuit-cli stages”."));
      return 2;
    }

  if (pursuit_stage_get_id (stage) == pursuit_stage_get_id (pursuit_job_get_stage (job)))
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));

      /* Translators: a job number, then a stage */
      g_print (_("Job %s is already in %s"), id, pursuit_stage_get_name (stage));
      g_print ("\n");
      return 0;
    }

  if (!pursuit_repository_move_job (repository, pursuit_job_get_id (job), pursuit_stage_get_id (stage),
                                    note != NULL ? g_strstrip (note) : NULL, now_in_seconds (), &error))
    {
      print_error (_("Could not move the job"), error);
      return 1;
    }

  {
    g_autofree char *name = describe_job (job);
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));

    /* Translators: a job number, "Support Agent at Acme Ltd", then a stage */
    g_print (_("Moved job %s (%s) to %s"), id, name, pursuit_stage_get_name (stage));
    g_print ("\n");
  }
  return 0;
}

static int
command_search (PursuitRepository  *repository,
                int                 argc,
                char              **argv)
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

  g_option_context_set_summary (context,
                                _("Find jobs by words in their company, title, location, posting text or "
                                  "notes. Every word must match the start of a word: “cust serv” finds "
                                  "“Customer Service”."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  query = argc > 1 ? g_strjoinv (" ", argv + 1) : g_strdup ("");
  if (g_strstrip (query)[0] == '\0')
    {
      g_printerr ("pursuit-cli: %s\n", _("search needs some text to look for"));
      return 2;
    }

  ids = pursuit_repository_search_jobs (repository, query, &error);
  if (ids != NULL)
    jobs = pursuit_repository_list_jobs (repository, &error);
  if (jobs == NULL)
    {
      print_error (_("Could not search the jobs"), error);
      return 1;
    }
  filter_jobs (jobs, ids, archived, NULL);

  if (as_json)
    {
      print_jobs_json (repository, jobs);
      return 0;
    }

  if (jobs->len == 0)
    {
      g_print (_("No job matches “%s”."), query);
      g_print ("\n");
      return 0;
    }

  print_jobs_table (jobs, NULL);
  return 0;
}

/* Guides, interview questions and salary figures
 *
 * These commands read the content compiled into the program and never touch
 * the jobs database. */

typedef int (*ContentCommandFunc) (PursuitContent *content,
                                   int             argc,
                                   char          **argv);

#define TEXT_WIDTH 80

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* Whole numbers stay integers in the JSON. */
static void
add_number_member (JsonBuilder *builder,
                   const char  *name,
                   double       value)
{
  json_builder_set_member_name (builder, name);
  if (value == (double) (gint64) value)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

static void
add_strv_member (JsonBuilder        *builder,
                 const char         *name,
                 const char * const *strings)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
    json_builder_add_string_value (builder, strings[i]);
  json_builder_end_array (builder);
}

static void
add_texts_member (JsonBuilder *builder,
                  const char  *name,
                  GPtrArray   *nodes)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < nodes->len; i++)
    json_builder_add_string_value (builder, ((PursuitContentNode *) g_ptr_array_index (nodes, i))->text);
  json_builder_end_array (builder);
}

static char *
join_strings (GPtrArray  *strings,
              const char *separator)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < strings->len; i++)
    {
      if (i > 0)
        g_string_append (text, separator);
      g_string_append (text, g_ptr_array_index (strings, i));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
list_guide_ids (PursuitContent *content)
{
  GListModel *guides = pursuit_content_get_guides (content);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (guides); i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);

      g_ptr_array_add (ids, (gpointer) pursuit_guide_get_id (guide));
    }
  return join_strings (ids, ", ");
}

/* FALSE, having said which roles there are, when @role is not one of them. */
static gboolean
check_role (PursuitContent *content,
            const char     *role)
{
  g_autofree char *known = NULL;

  if (role == NULL || pursuit_content_find_guide (content, role) != NULL)
    return TRUE;

  known = list_guide_ids (content);
  g_printerr ("pursuit-cli: ");
  g_printerr (_("unknown role “%s”; the roles are: %s"), role, known);
  g_printerr ("\n");
  return FALSE;
}

/* Text layout */

static guint
text_width (const char *text)
{
  return text != NULL ? (guint) g_utf8_strlen (text, -1) : 0;
}

static void
append_padded (GString    *line,
               const char *text,
               guint       width)
{
  g_string_append (line, text);
  for (guint i = text_width (text); i < width; i++)
    g_string_append_c (line, ' ');
}

/* Fills lines of up to @width characters, the first starting with
 * @first_prefix and the others with @rest_prefix. A word longer than a line
 * gets a line of its own rather than being cut. */
static char *
wrap_text (const char *text,
           const char *first_prefix,
           const char *rest_prefix,
           guint       width)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) wrapped = g_string_new (first_prefix);
  guint column = text_width (first_prefix);
  gboolean line_empty = TRUE;

  /* Leading spaces are deliberate indentation, as for a subsection's id. */
  for (text = text != NULL ? text : ""; *text == ' '; text++)
    {
      g_string_append_c (wrapped, ' ');
      column++;
    }
  words = g_strsplit (text, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      guint length = text_width (words[i]);

      if (length == 0)
        continue;

      if (!line_empty && column + 1 + length > width)
        {
          g_string_append_c (wrapped, '\n');
          g_string_append (wrapped, rest_prefix);
          column = text_width (rest_prefix);
          line_empty = TRUE;
        }
      if (!line_empty)
        {
          g_string_append_c (wrapped, ' ');
          column++;
        }
      g_string_append (wrapped, words[i]);
      column += length;
      line_empty = FALSE;
    }

  return g_string_free (g_steal_pointer (&wrapped), FALSE);
}

static void
print_wrapped (const char *text,
               const char *first_prefix,
               const char *rest_prefix)
{
  g_autofree char *wrapped = wrap_text (text, first_prefix, rest_prefix, TEXT_WIDTH);

  g_print ("%s\n", wrapped);
}

static void
print_heading (const char *title,
               const char *underline)
{
  g_autoptr(GString) rule = g_string_new (NULL);

  for (guint i = 0; i < text_width (title); i++)
    g_string_append (rule, underline);
  g_print ("%s\n%s\n\n", title, rule->str);
}

/* Prints @rows (each a GStrv) under @header as aligned columns. With a
 * @width, the columns share it and the text in the widest ones wraps; with
 * 0, every row stays on one line, which suits grep. */
static void
print_table (const char  *indent,
             char       **header,
             GPtrArray   *rows,
             guint        width)
{
  guint n_columns = header != NULL ? g_strv_length (header) : 0;
  g_autofree guint *widths = NULL;
  g_autofree guint *longest_words = NULL;

  for (guint r = 0; r < rows->len; r++)
    n_columns = MAX (n_columns, g_strv_length (g_ptr_array_index (rows, r)));
  if (n_columns == 0)
    return;

  widths = g_new0 (guint, n_columns);
  longest_words = g_new0 (guint, n_columns);
  for (guint r = 0; r <= rows->len; r++)
    {
      char **cells = r == 0 ? header : g_ptr_array_index (rows, r - 1);

      for (guint c = 0; cells != NULL && c < n_columns && cells[c] != NULL; c++)
        {
          g_auto(GStrv) words = g_strsplit (cells[c], " ", -1);

          widths[c] = MAX (widths[c], text_width (cells[c]));
          for (guint w = 0; words[w] != NULL; w++)
            longest_words[c] = MAX (longest_words[c], text_width (words[w]));
        }
    }

  if (width > 0)
    {
      guint used = text_width (indent) + 2 * (n_columns - 1);

      for (guint c = 0; c < n_columns; c++)
        used += widths[c];

      /* Take one character at a time from the column with the most text
       * to spare, never narrower than its longest word. */
      while (used > width)
        {
          guint widest = 0;

          for (guint c = 1; c < n_columns; c++)
            {
              if (widths[c] - longest_words[c] > widths[widest] - longest_words[widest])
                widest = c;
            }
          if (widths[widest] <= longest_words[widest])
            break;
          widths[widest]--;
          used--;
        }
    }

  for (guint r = 0; r <= rows->len; r++)
    {
      char **cells = r == 0 ? header : g_ptr_array_index (rows, r - 1);
      g_autoptr(GPtrArray) wrapped = NULL;
      guint n_cells;
      guint n_lines = 0;

      if (cells == NULL)
        continue;

      n_cells = g_strv_length (cells);
      wrapped = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = wrap_text (c < n_cells ? cells[c] : "", "", "",
                                             width > 0 ? widths[c] : G_MAXUINT);
          char **lines = g_strsplit (text, "\n", -1);

          n_lines = MAX (n_lines, g_strv_length (lines));
          g_ptr_array_add (wrapped, lines);
        }

      for (guint l = 0; l < n_lines; l++)
        {
          g_autoptr(GString) line = g_string_new (indent);

          for (guint c = 0; c < n_columns; c++)
            {
              char **lines = g_ptr_array_index (wrapped, c);

              append_padded (line, l < g_strv_length (lines) ? lines[l] : "", widths[c]);
              if (c + 1 < n_columns)
                g_string_append (line, "  ");
            }
          g_print ("%s\n", g_strchomp (line->str));
        }

      if (r == 0)
        {
          g_autoptr(GString) rule = g_string_new (indent);

          for (guint c = 0; c < n_columns; c++)
            {
              /* An unbounded last column would draw a rule as long as its
               * longest line. */
              guint length = width == 0 && c + 1 == n_columns
                ? text_width (c < n_cells ? cells[c] : "") : widths[c];

              for (guint i = 0; i < length; i++)
                g_string_append (rule, "─");
              if (c + 1 < n_columns)
                g_string_append (rule, "  ");
            }
          g_print ("%s\n", rule->str);
        }
    }
}

/* Guide text */

static void print_blocks (PursuitContent     *content,
                          PursuitGuide       *guide,
                          PursuitContentNode *parent,
                          const char         *indent);

static void
print_sources (PursuitContent *content,
               const char     *indent,
               const char     *source_ids)
{
  g_autofree char *citations = pursuit_content_format_sources (content, source_ids);
  g_autofree char *line = NULL;
  g_autofree char *prefix = NULL;

  if (citations == NULL)
    return;

  /* Translators: under a paragraph, list or table: "(Source: BLS, May 2023)" */
  line = g_strdup_printf (_("(Source: %s)"), citations);
  prefix = g_strconcat (indent, "  ", NULL);
  print_wrapped (line, prefix, prefix);
}

/* Adds the ids of @source_ids that @ids does not hold yet. */
static void
collect_sources (GPtrArray  *ids,
                 const char *source_ids)
{
  g_auto(GStrv) parts = g_strsplit (source_ids != NULL ? source_ids : "", " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] != '\0' && !g_ptr_array_find_with_equal_func (ids, parts[i], g_str_equal, NULL))
        g_ptr_array_add (ids, g_strdup (parts[i]));
    }
}

static void
print_paragraph (PursuitContent     *content,
                 PursuitContentNode *node,
                 const char         *indent)
{
  print_wrapped (node->text, indent, indent);
  print_sources (content, indent, pursuit_content_node_get_attribute (node, "source"));
  g_print ("\n");
}

static void
print_list (PursuitContent     *content,
            PursuitContentNode *node,
            const char         *indent)
{
  gboolean ordered = g_strcmp0 (pursuit_content_node_get_attribute (node, "ordered"), "yes") == 0;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *source_ids = NULL;

  collect_sources (sources, pursuit_content_node_get_attribute (node, "source"));
  for (guint i = 0; i < node->children->len; i++)
    {
      PursuitContentNode *item = g_ptr_array_index (node->children, i);
      g_autofree char *marker = ordered ? g_strdup_printf ("%u. ", i + 1) : g_strdup ("• ");
      g_autofree char *first = g_strconcat (indent, marker, NULL);
      g_autofree char *rest = g_strdup_printf ("%s%*s", indent, (int) text_width (marker), "");

      print_wrapped (item->text, first, rest);
      collect_sources (sources, pursuit_content_node_get_attribute (item, "source"));
    }

  source_ids = join_strings (sources, " ");
  print_sources (content, indent, source_ids);
  g_print ("\n");
}

static char **
cells_of (PursuitContentNode *row)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < row->children->len; i++)
    {
      PursuitContentNode *cell = g_ptr_array_index (row->children, i);

      g_strv_builder_add (builder, cell->text != NULL ? cell->text : "");
    }
  return g_strv_builder_end (builder);
}

static void
print_content_table (PursuitContent     *content,
                     PursuitContentNode *node,
                     const char         *indent)
{
  PursuitContentNode *header = pursuit_content_node_get_child (node, "header");
  const char *caption = pursuit_content_node_get_child_text (node, "caption");
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto(GStrv) header_cells = header != NULL ? cells_of (header) : NULL;

  if (caption != NULL)
    {
      print_wrapped (caption, indent, indent);
      g_print ("\n");
    }

  for (guint i = 0; i < node->children->len; i++)
    {
      PursuitContentNode *row = g_ptr_array_index (node->children, i);

      if (g_str_equal (row->name, "row"))
        g_ptr_array_add (rows, cells_of (row));
    }

  print_table (indent, header_cells, rows, TEXT_WIDTH);
  print_sources (content, indent, pursuit_content_node_get_attribute (node, "source"));
  g_print ("\n");
}

/* An empty cell when the source gives no USD equivalent. */
static char *
format_usd (PursuitSalaryRecord *record)
{
  char *usd = pursuit_content_format_pay_in_usd (record);

  return usd != NULL ? usd : g_strdup ("");
}

static void
print_salary_table (PursuitContent     *content,
                    PursuitContentNode *node,
                    const char         *indent)
{
  g_autoptr(GPtrArray) records = pursuit_content_find_salaries (content,
                                                                pursuit_content_node_get_attribute (node, "role"),
                                                                pursuit_content_node_get_attribute (node, "by"));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
  g_auto(GStrv) header_cells = NULL;
  gboolean any_usd = FALSE;
  gboolean any_note = FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      PursuitSalaryRecord *record = g_ptr_array_index (records, i);

      any_usd |= record->usd >= 0;
      any_note |= record->note != NULL;
      collect_sources (sources, record->source);
    }

  /* One source for the whole table goes under it; several get a column. */
  g_strv_builder_add_many (header, _("For"), _("Figure"), _("Pay"), NULL);
  if (any_usd)
    g_strv_builder_add (header, _("In US dollars"));
  if (sources->len > 1)
    g_strv_builder_add (header, _("Source"));
  if (any_note)
    g_strv_builder_add (header, _("Note"));
  header_cells = g_strv_builder_end (header);

  for (guint i = 0; i < records->len; i++)
    {
      PursuitSalaryRecord *record = g_ptr_array_index (records, i);
      g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
      g_autofree char *scope = pursuit_content_describe_salary_place (content, record);
      g_autofree char *pay = pursuit_content_format_pay (record);

      g_strv_builder_add_many (row, scope, pursuit_salary_statistic_get_name (record->statistic), pay, NULL);
      if (any_usd)
        {
          g_autofree char *usd = format_usd (record);

          g_strv_builder_add (row, usd);
        }
      if (sources->len > 1)
        {
          g_autofree char *citation = pursuit_content_format_sources (content, record->source);

          g_strv_builder_add (row, citation != NULL ? citation : "");
        }
      if (any_note)
        g_strv_builder_add (row, record->note != NULL ? record->note : "");
      g_ptr_array_add (rows, g_strv_builder_end (row));
    }

  print_table (indent, header_cells, rows, TEXT_WIDTH);
  if (sources->len == 1)
    print_sources (content, indent, g_ptr_array_index (sources, 0));
  g_print ("\n");
}

static char *
describe_years (PursuitContentNode *level)
{
  const char *min = pursuit_content_node_get_attribute (level, "years-min");
  const char *max = pursuit_content_node_get_attribute (level, "years-max");

  if (min == NULL)
    return NULL;
  if (max == NULL)
    /* Translators: years of experience for an open-ended career level */
    return g_strdup_printf (_("%s+ years"), min);
  /* Translators: years of experience for a career level: "3–5 years" */
  return g_strdup_printf (_("%s–%s years"), min, max);
}

static void
print_ladder (PursuitContent *content,
              PursuitGuide   *guide,
              const char     *indent)
{
  g_autoptr(GPtrArray) levels = pursuit_guide_get_levels (guide);
  g_autofree char *inner = g_strconcat (indent, "   ", NULL);

  for (guint i = 0; i < levels->len; i++)
    {
      PursuitContentNode *level = g_ptr_array_index (levels, i);
      PursuitContentNode *focus = pursuit_content_node_get_child (level, "focus");
      const char *scope = pursuit_content_node_get_child_text (level, "scope");
      g_autofree char *years = describe_years (level);
      g_autofree char *number = g_strdup_printf ("%s%u. ", indent, i + 1);
      g_autofree char *heading = years != NULL
        ? g_strdup_printf ("%s (%s)", pursuit_content_node_get_child_text (level, "title"), years)
        : g_strdup (pursuit_content_node_get_child_text (level, "title"));

      print_wrapped (heading, number, inner);
      if (scope != NULL)
        print_wrapped (scope, inner, inner);
      if (focus != NULL && focus->children->len > 0)
        print_list (content, focus, inner);
      else
        g_print ("\n");
    }
}

static void
print_term (PursuitContent     *content,
            PursuitGuide       *guide,
            PursuitContentNode *term,
            const char         *indent)
{
  g_autofree char *first = g_strconcat (indent, "▸ ", NULL);
  g_autofree char *inner = g_strconcat (indent, "  ", NULL);

  print_wrapped (pursuit_content_node_get_child_text (term, "name"), first, inner);
  print_blocks (content, guide, term, inner);
}

static void
print_blocks (PursuitContent     *content,
              PursuitGuide       *guide,
              PursuitContentNode *parent,
              const char         *indent)
{
  for (guint i = 0; i < parent->children->len; i++)
    {
      PursuitContentNode *block = g_ptr_array_index (parent->children, i);

      if (g_str_equal (block->name, "title") || g_str_equal (block->name, "name"))
        continue;
      else if (g_str_equal (block->name, "list"))
        print_list (content, block, indent);
      else if (g_str_equal (block->name, "table"))
        print_content_table (content, block, indent);
      else if (g_str_equal (block->name, "term"))
        print_term (content, guide, block, indent);
      else if (g_str_equal (block->name, "salary-table"))
        print_salary_table (content, block, indent);
      else if (g_str_equal (block->name, "ladder-ref"))
        print_ladder (content, guide, indent);
      else if (g_str_equal (block->name, "subsection"))
        {
          print_heading (pursuit_content_node_get_child_text (block, "title"), "-");
          print_blocks (content, guide, block, indent);
        }
      else if (block->text != NULL && block->text[0] != '\0')
        print_paragraph (content, block, indent);
    }
}

static void
print_faq (PursuitContent *content,
           PursuitGuide   *guide)
{
  g_autoptr(GPtrArray) entries = pursuit_guide_get_faq (guide);

  print_heading (_("Frequently asked questions"), "=");
  for (guint i = 0; i < entries->len; i++)
    {
      PursuitContentNode *entry = g_ptr_array_index (entries, i);
      PursuitContentNode *answer = pursuit_content_node_get_child (entry, "answer");

      print_wrapped (pursuit_content_node_get_child_text (entry, "question"), "▸ ", "  ");
      if (answer != NULL)
        print_blocks (content, guide, answer, "  ");
    }
}

/* Sections, then subsections: by id, or by the end of the id ("salary"). */
static PursuitContentNode *
find_section (PursuitGuide *guide,
              const char   *wanted)
{
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autofree char *suffix = g_strconcat ("-", wanted, NULL);

  g_ptr_array_extend (candidates, sections, NULL, NULL);
  for (guint i = 0; i < sections->len; i++)
    {
      g_autoptr(GPtrArray) subsections = pursuit_content_node_get_children_named (g_ptr_array_index (sections, i),
                                                                                  "subsection");

      g_ptr_array_extend (candidates, subsections, NULL, NULL);
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      if (g_strcmp0 (pursuit_content_node_get_attribute (g_ptr_array_index (candidates, i), "id"), wanted) == 0)
        return g_ptr_array_index (candidates, i);
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      const char *id = pursuit_content_node_get_attribute (g_ptr_array_index (candidates, i), "id");

      if (id != NULL && g_str_has_suffix (id, suffix))
        return g_ptr_array_index (candidates, i);
    }
  return NULL;
}

static char *
list_section_ids (PursuitGuide *guide)
{
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < sections->len; i++)
    g_ptr_array_add (ids, (gpointer) pursuit_content_node_get_attribute (g_ptr_array_index (sections, i), "id"));
  g_ptr_array_add (ids, "faq");
  g_ptr_array_add (ids, "ladder");
  return join_strings (ids, ", ");
}

static void
print_guide_overview (PursuitContent *content,
                      PursuitGuide   *guide)
{
  g_autoptr(GPtrArray) facts = pursuit_guide_get_facts (guide);
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
  g_autoptr(GPtrArray) faq = pursuit_guide_get_faq (guide);
  g_autoptr(GPtrArray) levels = pursuit_guide_get_levels (guide);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *hint = NULL;

  print_heading (pursuit_guide_get_title (guide), "=");
  print_wrapped (pursuit_guide_get_summary (guide), "", "");
  g_print ("\n");

  if (facts->len > 0)
    {
      print_heading (_("Key facts"), "-");
      for (guint i = 0; i < facts->len; i++)
        {
          PursuitContentNode *fact = g_ptr_array_index (facts, i);
          /* Translators: a key fact of a role guide: "Median pay: $39,120 a year" */
          g_autofree char *line = g_strdup_printf (_("%s: %s"),
                                                   pursuit_content_node_get_child_text (fact, "label"),
                                                   pursuit_content_node_get_child_text (fact, "value"));

          print_wrapped (line, "• ", "  ");
          print_sources (content, "", pursuit_content_node_get_attribute (fact, "source"));
        }
      g_print ("\n");
    }

  for (guint i = 0; i < sections->len; i++)
    {
      PursuitContentNode *section = g_ptr_array_index (sections, i);
      g_autoptr(GPtrArray) subsections = pursuit_content_node_get_children_named (section, "subsection");
      const char *row[] = {
        pursuit_content_node_get_attribute (section, "id"),
        pursuit_content_node_get_child_text (section, "title"),
        NULL
      };

      g_ptr_array_add (rows, g_strdupv ((char **) row));
      for (guint j = 0; j < subsections->len; j++)
        {
          PursuitContentNode *subsection = g_ptr_array_index (subsections, j);
          g_autofree char *id = g_strconcat ("  ", pursuit_content_node_get_attribute (subsection, "id"), NULL);
          const char *subrow[] = { id, pursuit_content_node_get_child_text (subsection, "title"), NULL };

          g_ptr_array_add (rows, g_strdupv ((char **) subrow));
        }
    }
  if (faq->len > 0)
    {
      const char *row[] = { "faq", _("Frequently asked questions"), NULL };

      g_ptr_array_add (rows, g_strdupv ((char **) row));
    }
  if (levels->len > 0)
    {
      const char *row[] = { "ladder", _("Career ladder"), NULL };

      g_ptr_array_add (rows, g_strdupv ((char **) row));
    }

  print_heading (_("Sections"), "-");
  print_table ("", NULL, rows, TEXT_WIDTH);
  g_print ("\n");

  hint = g_strdup_printf (_("Show a section with “pursuit-cli guide %s SECTION”. SECTION is an id from the list or its last part, such as “salary”."),
                          pursuit_guide_get_id (guide));
  print_wrapped (hint, "", "");
}

/* Listings print JSON or a table of the same rows. */
static int
finish_listing (JsonBuilder  *builder,
                gboolean      as_json,
                const char  **header,
                GPtrArray    *rows)
{
  if (as_json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      print_json (root);
      return 0;
    }

  print_table ("", (char **) header, rows, 0);
  return 0;
}

static int
command_guides (PursuitContent  *content,
                int              argc,
                char           **argv)
{
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON instead of a table"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  GListModel *guides = pursuit_content_get_guides (content);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *header[] = { _("ID"), _("Depth"), _("Title"), _("Sections"), NULL };

  g_option_context_set_summary (context, _("List the role guides."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (argc != 1)
    {
      g_printerr ("pursuit-cli: %s\n", _("guides takes no arguments; show one guide with “pursuit-cli guide ID”"));
      return 2;
    }

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (guides); i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);
      g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
      g_autoptr(GPtrArray) levels = pursuit_guide_get_levels (guide);
      g_autoptr(GPtrArray) faq = pursuit_guide_get_faq (guide);
      const char *depth = pursuit_guide_is_full (guide) ? "full" : "short";
      g_autofree char *n_sections = g_strdup_printf ("%u", sections->len);
      const char *row[] = { pursuit_guide_get_id (guide), depth, pursuit_guide_get_title (guide), n_sections, NULL };

      g_ptr_array_add (rows, g_strdupv ((char **) row));

      json_builder_begin_object (builder);
      add_string_member (builder, "id", pursuit_guide_get_id (guide));
      add_string_member (builder, "depth", depth);
      add_string_member (builder, "title", pursuit_guide_get_title (guide));
      add_string_member (builder, "summary", pursuit_guide_get_summary (guide));
      add_number_member (builder, "sections", sections->len);
      add_number_member (builder, "levels", levels->len);
      add_number_member (builder, "faq", faq->len);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return finish_listing (builder, as_json, header, rows);
}

static int
command_guide (PursuitContent  *content,
               int              argc,
               char           **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("GUIDE [SECTION]"));
  PursuitGuide *guide;
  PursuitContentNode *section;

  g_option_context_set_summary (context,
                                _("Show a role guide, or one of its sections. SECTION is a section id "
                                  "or its last part (“salary”), “faq” or “ladder”."));
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (argc < 2 || argc > 3)
    {
      g_printerr ("pursuit-cli: %s\n", _("guide needs a guide id and, optionally, a section"));
      return 2;
    }

  guide = pursuit_content_find_guide (content, argv[1]);
  if (guide == NULL)
    {
      g_autofree char *known = list_guide_ids (content);

      g_printerr ("pursuit-cli: ");
      g_printerr (_("no guide “%s”; the guides are: %s"), argv[1], known);
      g_printerr ("\n");
      return 1;
    }

  if (argc == 2)
    {
      print_guide_overview (content, guide);
      return 0;
    }

  if (g_str_equal (argv[2], "faq"))
    {
      print_faq (content, guide);
      return 0;
    }

  if (g_str_equal (argv[2], "ladder"))
    {
      print_heading (_("Career ladder"), "=");
      print_ladder (content, guide, "");
      return 0;
    }

  section = find_section (guide, argv[2]);
  if (section == NULL)
    {
      g_autofree char *known = list_section_ids (guide);

      g_printerr ("pursuit-cli: ");
      g_printerr (_("the guide “%s” has no section “%s”; its sections are: %s"), argv[1], argv[2], known);
      g_printerr ("\n");
      return 1;
    }

  print_heading (pursuit_content_node_get_child_text (section, "title"),
                 g_str_equal (section->name, "section") ? "=" : "-");
  print_blocks (content, guide, section, "");
  return 0;
}

static void
add_question_to_json (JsonBuilder     *builder,
                      PursuitQuestion *question)
{
  g_auto(GStrv) roles = pursuit_question_get_roles (question);
  g_auto(GStrv) competencies = pursuit_question_get_competencies (question);
  g_autoptr(GPtrArray) covers = pursuit_question_get_covers (question);
  g_autoptr(GPtrArray) outline = pursuit_question_get_outline (question);
  g_autoptr(GPtrArray) followups = pursuit_question_get_followups (question);

  json_builder_begin_object (builder);
  add_string_member (builder, "id", pursuit_question_get_id (question));
  add_strv_member (builder, "roles", (const char * const *) roles);
  add_string_member (builder, "category", pursuit_question_get_category (question));
  add_strv_member (builder, "competencies", (const char * const *) competencies);
  add_number_member (builder, "difficulty", pursuit_question_get_difficulty (question));
  add_string_member (builder, "text", pursuit_question_get_text (question));
  add_string_member (builder, "why", pursuit_question_get_why (question));
  add_texts_member (builder, "covers", covers);
  json_builder_set_member_name (builder, "outline");
  json_builder_begin_array (builder);
  for (guint i = 0; i < outline->len; i++)
    {
      PursuitContentNode *step = g_ptr_array_index (outline, i);

      json_builder_begin_object (builder);
      add_string_member (builder, "label", pursuit_content_node_get_attribute (step, "label"));
      add_string_member (builder, "text", step->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_texts_member (builder, "followups", followups);
  json_builder_end_object (builder);
}

static int
command_questions (PursuitContent  *content,
                   int              argc,
                   char           **argv)
{
  g_autofree char *role = NULL;
  g_autofree char *category = NULL;
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "role", 'r', 0, G_OPTION_ARG_STRING, &role, N_("Only questions for this role (a guide id)"), N_("ROLE") },
    { "category", 'c', 0, G_OPTION_ARG_STRING, &category, N_("Only questions of this category"), N_("CATEGORY") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON with every field"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  GListModel *questions = pursuit_content_get_questions (content);
  GPtrArray *categories = pursuit_content_get_categories (content);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *header[] = { _("ID"), _("Category"), _("Difficulty"), _("Question"), NULL };

  g_option_context_set_summary (context, _("List the interview questions."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (!check_role (content, role))
    return 2;

  if (category != NULL)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();
      g_autofree char *known = NULL;

      for (guint i = 0; i < categories->len; i++)
        g_ptr_array_add (ids, (gpointer) pursuit_content_node_get_attribute (g_ptr_array_index (categories, i), "id"));
      if (!g_ptr_array_find_with_equal_func (ids, category, g_str_equal, NULL))
        {
          known = join_strings (ids, ", ");
          g_printerr ("pursuit-cli: ");
          g_printerr (_("unknown category “%s”; the categories are: %s"), category, known);
          g_printerr ("\n");
          return 2;
        }
    }

  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(PursuitQuestion) question = g_list_model_get_item (questions, i);
      g_autofree char *difficulty = NULL;

      if ((role != NULL && !pursuit_question_has_role (question, role)) ||
          (category != NULL && g_strcmp0 (pursuit_question_get_category (question), category) != 0))
        continue;

      add_question_to_json (builder, question);

      difficulty = g_strdup_printf ("%d", pursuit_question_get_difficulty (question));
      {
        const char *row[] = {
          pursuit_question_get_id (question), pursuit_question_get_category (question),
          difficulty, pursuit_question_get_text (question), NULL
        };

        g_ptr_array_add (rows, g_strdupv ((char **) row));
      }
    }
  json_builder_end_array (builder);

  if (as_json)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      print_json (root);
      return 0;
    }

  if (rows->len == 0)
    {
      g_print ("%s\n", _("No questions match."));
      return 0;
    }

  print_table ("", (char **) header, rows, 0);
  return 0;
}

static void
add_record_to_json (JsonBuilder         *builder,
                    PursuitSalaryRecord *record)
{
  json_builder_begin_object (builder);
  add_string_member (builder, "id", record->id);
  add_string_member (builder, "role", record->role);
  add_string_member (builder, "level", record->level);
  add_string_member (builder, "experience", record->experience);
  add_string_member (builder, "country", record->country);
  add_string_member (builder, "area", record->area);
  add_string_member (builder, "industry", record->industry);
  add_string_member (builder, "statistic", record->statistic);
  add_string_member (builder, "currency", record->currency);
  add_string_member (builder, "period", record->period);
  add_number_member (builder, "value", record->value);
  if (record->usd >= 0)
    add_number_member (builder, "usd", record->usd);
  else
    add_string_member (builder, "usd", NULL);
  add_string_member (builder, "source", record->source);
  add_number_member (builder, "year", record->year);
  add_string_member (builder, "note", record->note);
  json_builder_end_object (builder);
}

static int
command_salaries (PursuitContent  *content,
                  int              argc,
                  char           **argv)
{
  g_autofree char *role = NULL;
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "role", 'r', 0, G_OPTION_ARG_STRING, &role, N_("Only figures for this role (a guide id)"), N_("ROLE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON with the raw fields"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  GPtrArray *records = pursuit_content_get_salary_records (content);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *header[] = {
    _("Role"), _("For"), _("Figure"), _("Pay"), _("In US dollars"), _("Source"), _("Year"), _("Note"), NULL
  };

  g_option_context_set_summary (context, _("List the salary figures, each with its source."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (!check_role (content, role))
    return 2;

  json_builder_begin_array (builder);
  for (guint i = 0; i < records->len; i++)
    {
      PursuitSalaryRecord *record = g_ptr_array_index (records, i);
      g_autofree char *scope = NULL;
      g_autofree char *pay = NULL;
      g_autofree char *usd = NULL;
      g_autofree char *citation = NULL;
      g_autofree char *year = NULL;

      if (role != NULL && g_strcmp0 (record->role, role) != 0)
        continue;

      add_record_to_json (builder, record);

      scope = pursuit_content_describe_salary_place (content, record);
      pay = pursuit_content_format_pay (record);
      usd = format_usd (record);
      citation = pursuit_content_format_sources (content, record->source);
      year = g_strdup_printf ("%d", record->year);
      {
        const char *row[] = {
          pursuit_content_get_name (content, record->role), scope, pursuit_salary_statistic_get_name (record->statistic),
          pay, usd, citation != NULL ? citation : "", year, record->note != NULL ? record->note : "", NULL
        };

        g_ptr_array_add (rows, g_strdupv ((char **) row));
      }
    }
  json_builder_end_array (builder);
  return finish_listing (builder, as_json, header, rows);
}

/* Contacts and interviews */

/* "pursuit-cli contacts" + "add": the subcommand's --help names both. The
 * string lives as long as the process, like the command's own name. */
static char **
name_subcommand (char **argv)
{
  argv[1] = g_strdup_printf ("%s %s", argv[0], argv[1]);
  return argv + 1;
}

static void
add_contact_to_json (JsonBuilder    *builder,
                     PursuitContact *contact)
{
  g_autofree char *created = format_time_iso (pursuit_contact_get_created_at (contact));
  g_autofree char *updated = format_time_iso (pursuit_contact_get_updated_at (contact));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, pursuit_contact_get_id (contact));
  add_string_member (builder, "uuid", pursuit_contact_get_uuid (contact));
  add_string_member (builder, "name", pursuit_contact_get_name (contact));
  add_string_member (builder, "company", pursuit_contact_get_company (contact));
  add_string_member (builder, "role", pursuit_contact_get_role (contact));
  add_string_member (builder, "email", pursuit_contact_get_email (contact));
  add_string_member (builder, "phone", pursuit_contact_get_phone (contact));
  add_string_member (builder, "profile_url", pursuit_contact_get_profile_url (contact));
  add_string_member (builder, "notes", pursuit_contact_get_notes (contact));
  add_string_member (builder, "created_at", created);
  add_string_member (builder, "updated_at", updated);
  json_builder_end_object (builder);
}

static int
command_contacts_add (PursuitRepository  *repository,
                      int                 argc,
                      char              **argv)
{
  g_autofree char *name = NULL;
  g_autofree char *company = NULL;
  g_autofree char *role = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *url = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *job_ref = NULL;
  const GOptionEntry entries[] = {
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, N_("The contact’s name (required)"), N_("NAME") },
    { "company", 'c', 0, G_OPTION_ARG_STRING, &company, N_("Their company (default: the job’s)"), N_("NAME") },
    { "role", 'r', 0, G_OPTION_ARG_STRING, &role, N_("Their role, such as Recruiter"), N_("ROLE") },
    { "email", 'e', 0, G_OPTION_ARG_STRING, &email, N_("Their email address"), N_("ADDRESS") },
    { "phone", 'p', 0, G_OPTION_ARG_STRING, &phone, N_("Their phone number"), N_("NUMBER") },
    { "url", 'u', 0, G_OPTION_ARG_STRING, &url, N_("Their profile’s web address"), N_("URL") },
    { "notes", 'n', 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("TEXT") },
    { "job", 'j', 0, G_OPTION_ARG_STRING, &job_ref, N_("Link the contact to this job"), N_("JOB") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PursuitContact) contact = pursuit_contact_new ();
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, _("Add a contact, and link it to a job with --job."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (name == NULL || argc != 1)
    {
      g_printerr ("pursuit-cli: %s\n", _("contacts add needs --name and no other arguments"));
      return 2;
    }

  if (job_ref != NULL)
    {
      job = pursuit_repository_find_job (repository, job_ref, &error);
      if (job == NULL)
        {
          print_error (_("Could not add the contact"), error);
          return 1;
        }
    }

  pursuit_contact_set_name (contact, g_strstrip (name));
  if (company != NULL)
    pursuit_contact_set_company (contact, g_strstrip (company));
  else if (job != NULL)
    pursuit_contact_set_company (contact, pursuit_job_get_company (job));
  pursuit_contact_set_role (contact, role);
  pursuit_contact_set_email (contact, email != NULL ? g_strstrip (email) : NULL);
  pursuit_contact_set_phone (contact, phone);
  pursuit_contact_set_profile_url (contact, url != NULL ? g_strstrip (url) : NULL);
  pursuit_contact_set_notes (contact, notes);

  if (!pursuit_repository_insert_contact (repository, contact, job != NULL ? pursuit_job_get_id (job) : 0,
                                          now_in_seconds (), &error))
    {
      print_error (_("Could not add the contact"), error);
      return 1;
    }

  g_print (_("Added contact %" G_GINT64_FORMAT " (%s)\n"), pursuit_contact_get_id (contact),
           pursuit_contact_get_uuid (contact));
  return 0;
}

static int
command_contacts_vcard (PursuitRepository  *repository,
                        int                 argc,
                        char              **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the card to FILE instead of printing it"),
      N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("CONTACT"));
  g_autoptr(PursuitContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *card = NULL;

  g_option_context_set_summary (context, _("Export a contact as a vCard 4.0 (.vcf), by its number or UUID."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (argc != 2)
    {
      g_printerr ("pursuit-cli: %s\n", _("contacts vcard needs one contact number or UUID"));
      return 2;
    }

  contact = pursuit_repository_find_contact (repository, argv[1], &error);
  if (contact == NULL)
    {
      print_error (_("Could not export the contact"), error);
      return 1;
    }

  card = pursuit_vcard_write_contact (contact);
  if (output == NULL)
    {
      /* Byte for byte: the card's CRLF line ends are part of the format. */
      fwrite (card, 1, strlen (card), stdout);
      return 0;
    }

  if (!g_file_set_contents (output, card, -1, &error))
    {
      print_error (_("Could not export the contact"), error);
      return 1;
    }

  g_print (_("Saved the card of %s to %s\n"), pursuit_contact_get_name (contact), output);
  return 0;
}

static int
command_contacts (PursuitRepository  *repository,
                  int                 argc,
                  char              **argv)
{
  g_autofree char *job_ref = NULL;
  g_autofree char *company = NULL;
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "job", 'j', 0, G_OPTION_ARG_STRING, &job_ref, N_("Only the contacts linked to this job"), N_("JOB") },
    { "company", 'c', 0, G_OPTION_ARG_STRING, &company, N_("Only the contacts of this company"), N_("NAME") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON with every field"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;

  /* Subcommands first: their options are their own. */
  if (argc >= 2 && g_str_equal (argv[1], "add"))
    return command_contacts_add (repository, argc - 1, name_subcommand (argv));
  if (argc >= 2 && g_str_equal (argv[1], "vcard"))
    return command_contacts_vcard (repository, argc - 1, name_subcommand (argv));

  context = g_option_context_new (_("[add|vcard]"));
  g_option_context_set_summary (context,
                                _("List contacts, by name. “contacts add --help” and “contacts vcard --help” "
                                  "tell how to add one and export one as a vCard."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (argc != 1)
    {
      g_printerr ("pursuit-cli: %s\n", _("unknown contacts command; use add or vcard"));
      return 2;
    }

  if (job_ref != NULL)
    {
      g_autoptr(PursuitJob) job = pursuit_repository_find_job (repository, job_ref, &error);

      if (job != NULL)
        contacts = pursuit_repository_list_job_contacts (repository, pursuit_job_get_id (job), &error);
    }
  else if (company != NULL)
    contacts = pursuit_repository_list_company_contacts (repository, company, &error);
  else
    contacts = pursuit_repository_list_contacts (repository, &error);

  if (contacts == NULL)
    {
      print_error (_("Could not list the contacts"), error);
      return 1;
    }

  if (as_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < contacts->len; i++)
        add_contact_to_json (builder, g_ptr_array_index (contacts, i));
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      print_json (root);
      return 0;
    }

  if (contacts->len == 0)
    {
      g_print ("%s\n", _("No contacts. Add one with “pursuit-cli contacts add --name NAME --job JOB”."));
      return 0;
    }

  {
    g_autoptr(GString) header = g_string_new (NULL);

    append_cell (header, _("ID"), 5);
    append_cell (header, _("Name"), 24);
    append_cell (header, _("Company"), 20);
    append_cell (header, _("Role"), 20);
    append_cell (header, _("Email"), 28);
    append_cell (header, _("Phone"), 16);
    g_print ("%s\n", g_strchomp (header->str));
  }

  for (guint i = 0; i < contacts->len; i++)
    {
      PursuitContact *contact = g_ptr_array_index (contacts, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_contact_get_id (contact));

      append_cell (line, id, 5);
      append_cell (line, pursuit_contact_get_name (contact), 24);
      append_cell (line, pursuit_contact_get_company (contact), 20);
      append_cell (line, pursuit_contact_get_role (contact), 20);
      append_cell (line, pursuit_contact_get_email (contact), 28);
      append_cell (line, pursuit_contact_get_phone (contact), 16);
      g_print ("%s\n", g_strchomp (line->str));
    }

  return 0;
}

/* "2026-12-03 14:30 Europe/London": the start as the invitation gave it. */
static char *
format_interview_start (PursuitInterview *interview)
{
  g_autoptr(GDateTime) start = pursuit_interview_dup_start (interview);
  g_autofree char *when = NULL;
  const char *zone = pursuit_interview_get_time_zone (interview);

  if (start == NULL)
    return g_strdup ("");

  when = g_date_time_format (start, "%Y-%m-%d %H:%M");
  if (zone[0] != '\0')
    return g_strdup_printf ("%s %s", when, zone);
  return g_strdup_printf ("%s %s", when, g_date_time_get_timezone_abbreviation (start));
}

static void
add_interview_to_json (JsonBuilder      *builder,
                       PursuitInterview *interview)
{
  g_autoptr(GDateTime) start = pursuit_interview_dup_start (interview);
  g_autofree char *starts_at = format_time_iso (pursuit_interview_get_starts_at (interview));
  g_autofree char *local = start != NULL ? g_date_time_format_iso8601 (start) : NULL;
  const char * const *names = pursuit_interview_get_interviewer_names (interview);
  const gint64 *ids;
  guint n_ids;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, pursuit_interview_get_id (interview));
  json_builder_set_member_name (builder, "job_id");
  json_builder_add_int_value (builder, pursuit_interview_get_job_id (interview));
  add_string_member (builder, "starts_at", starts_at);
  add_string_member (builder, "starts_at_local", local);
  add_string_member (builder, "time_zone", pursuit_interview_get_time_zone (interview));
  json_builder_set_member_name (builder, "duration_minutes");
  json_builder_add_int_value (builder, pursuit_interview_get_duration_minutes (interview));
  add_string_member (builder, "kind", pursuit_enum_get_nick (PURSUIT_TYPE_INTERVIEW_KIND,
                                                             pursuit_interview_get_kind (interview)));
  add_string_member (builder, "location", pursuit_interview_get_location (interview));
  add_string_member (builder, "notes", pursuit_interview_get_notes (interview));
  add_string_member (builder, "outcome", pursuit_interview_get_outcome (interview));
  json_builder_set_member_name (builder, "interviewers");
  json_builder_begin_array (builder);
  ids = pursuit_interview_get_interviewer_ids (interview, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, ids[i]);
      add_string_member (builder, "name", names[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Takes "1", "1,2" and repeated --with alike. */
static gboolean
parse_contact_ids (char   **texts,
                   GArray  *ids)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (texts[i], ",", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          guint64 id;

          g_strstrip (parts[j]);
          if (parts[j][0] == '\0')
            continue;
          if (!g_ascii_string_to_unsigned (parts[j], 10, 1, G_MAXINT64, &id, NULL))
            {
              g_printerr ("pursuit-cli: ");
              g_printerr (_("“%s” is not a contact number; see them with “pursuit-cli contacts”"), parts[j]);
              g_printerr ("\n");
              return FALSE;
            }
          g_array_append_val (ids, id);
        }
    }
  return TRUE;
}

static int
command_interviews_add (PursuitRepository  *repository,
                        int                 argc,
                        char              **argv)
{
  g_autofree char *job_ref = NULL;
  g_autofree char *at = NULL;
  g_autofree char *time_zone = NULL;
  g_autofree char *kind_nick = NULL;
  g_autofree char *location = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *outcome = NULL;
  g_auto(GStrv) with = NULL;
  int duration = 60;
  const GOptionEntry entries[] = {
    { "job", 'j', 0, G_OPTION_ARG_STRING, &job_ref, N_("The job (required)"), N_("JOB") },
    { "at", 'a', 0, G_OPTION_ARG_STRING, &at, N_("When it starts, as “YYYY-MM-DD HH:MM” (required)"),
      N_("WHEN") },
    { "time-zone", 'z', 0, G_OPTION_ARG_STRING, &time_zone,
      N_("The time zone of --at, such as Europe/London (default: this computer’s)"), N_("ZONE") },
    { "duration", 'd', 0, G_OPTION_ARG_INT, &duration, N_("How long, in minutes (default: 60)"), N_("MINUTES") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_nick,
      N_("phone, video, on-site, assessment or other (default: video)"), N_("KIND") },
    { "location", 'l', 0, G_OPTION_ARG_STRING, &location, N_("The address or meeting link"), N_("PLACE") },
    { "with", 'w', 0, G_OPTION_ARG_STRING_ARRAY, &with, N_("An interviewer, by contact number; repeat for more"),
      N_("CONTACT") },
    { "notes", 'n', 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("TEXT") },
    { "outcome", 'o', 0, G_OPTION_ARG_STRING, &outcome, N_("How it went"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) when = NULL;
  g_autofree char *start_text = NULL;
  gint64 starts_at = 0;
  int kind = PURSUIT_INTERVIEW_KIND_VIDEO;

  g_option_context_set_summary (context, _("Add an interview to a job."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (job_ref == NULL || at == NULL || argc != 1)
    {
      g_printerr ("pursuit-cli: %s\n", _("interviews add needs --job and --at"));
      return 2;
    }

  if (kind_nick != NULL && !pursuit_enum_from_nick (PURSUIT_TYPE_INTERVIEW_KIND, kind_nick, &kind))
    {
      g_printerr ("pursuit-cli: ");
      g_printerr (_("unknown kind “%s”; the kinds are phone, video, on-site, assessment and other"), kind_nick);
      g_printerr ("\n");
      return 2;
    }

  if (!parse_contact_ids (with, ids))
    return 2;

  when = g_strsplit_set (g_strstrip (at), " T", 2);
  if (!pursuit_interview_parse_start (when[0], when[1] != NULL ? g_strstrip (when[1]) : NULL,
                                      time_zone != NULL ? time_zone : "", &starts_at, &error))
    {
      print_error (_("Could not add the interview"), error);
      return 2;
    }

  job = pursuit_repository_find_job (repository, job_ref, &error);
  if (job == NULL)
    {
      print_error (_("Could not add the interview"), error);
      return 1;
    }

  pursuit_interview_set_job_id (interview, pursuit_job_get_id (job));
  pursuit_interview_set_starts_at (interview, starts_at);
  pursuit_interview_set_time_zone (interview, time_zone);
  pursuit_interview_set_duration_minutes (interview, duration);
  pursuit_interview_set_kind (interview, (PursuitInterviewKind) kind);
  pursuit_interview_set_location (interview, location);
  pursuit_interview_set_notes (interview, notes);
  pursuit_interview_set_outcome (interview, outcome);
  pursuit_interview_set_interviewer_ids (interview, (const gint64 *) (gpointer) ids->data, ids->len);

  if (!pursuit_repository_insert_interview (repository, interview, now_in_seconds (), &error))
    {
      print_error (_("Could not add the interview"), error);
      return 1;
    }

  start_text = format_interview_start (interview);
  g_print (_("Added interview %" G_GINT64_FORMAT " for job %" G_GINT64_FORMAT " (%s at %s) on %s\n"),
           pursuit_interview_get_id (interview), pursuit_job_get_id (job), pursuit_job_get_title (job),
           pursuit_job_get_company (job), start_text);
  return 0;
}

static int
command_interviews (PursuitRepository  *repository,
                    int                 argc,
                    char              **argv)
{
  g_autofree char *job_ref = NULL;
  gboolean upcoming = FALSE;
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "job", 'j', 0, G_OPTION_ARG_STRING, &job_ref, N_("Only this job’s interviews"), N_("JOB") },
    { "upcoming", 'u', 0, G_OPTION_ARG_NONE, &upcoming, N_("Only those that have not started yet"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON with every field"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) interviews = NULL;
  g_autoptr(GHashTable) jobs = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = now_in_seconds ();

  if (argc >= 2 && g_str_equal (argv[1], "add"))
    return command_interviews_add (repository, argc - 1, name_subcommand (argv));

  context = g_option_context_new (_("[add]"));
  g_option_context_set_summary (context,
                                _("List interviews, earliest first. “interviews add --help” tells how to add one."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return 2;

  if (argc != 1)
    {
      g_printerr ("pursuit-cli: %s\n", _("unknown interviews command; use add"));
      return 2;
    }

  if (job_ref != NULL)
    {
      g_autoptr(PursuitJob) job = pursuit_repository_find_job (repository, job_ref, &error);

      if (job != NULL)
        interviews = pursuit_repository_list_interviews (repository, pursuit_job_get_id (job), &error);
      if (interviews != NULL && upcoming)
        {
          for (guint i = interviews->len; i > 0; i--)
            {
              if (pursuit_interview_get_starts_at (g_ptr_array_index (interviews, i - 1)) < now)
                g_ptr_array_remove_index (interviews, i - 1);
            }
        }
    }
  else
    interviews = pursuit_repository_list_interviews_between (repository, upcoming ? now : G_MININT64,
                                                             G_MAXINT64, &error);

  if (interviews == NULL)
    {
      print_error (_("Could not list the interviews"), error);
      return 1;
    }

  if (as_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < interviews->len; i++)
        add_interview_to_json (builder, g_ptr_array_index (interviews, i));
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      print_json (root);
      return 0;
    }

  if (interviews->len == 0)
    {
      g_print ("%s\n", upcoming ? _("No interviews coming up.")
                                : _("No interviews. Add one with “pursuit-cli interviews add --job JOB --at "
                                    "\"YYYY-MM-DD HH:MM\"”."));
      return 0;
    }

  {
    g_autoptr(GString) header = g_string_new (NULL);

    append_cell (header, _("ID"), 5);
    append_cell (header, _("When"), 34);
    append_cell (header, _("Kind"), 10);
    append_cell (header, _("Minutes"), 7);
    append_cell (header, _("Job"), 32);
    append_cell (header, _("With"), 24);
    g_print ("%s\n", g_strchomp (header->str));
  }

  jobs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < interviews->len; i++)
    {
      PursuitInterview *interview = g_ptr_array_index (interviews, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_interview_get_id (interview));
      g_autofree char *start = format_interview_start (interview);
      g_autofree char *minutes = g_strdup_printf ("%d", pursuit_interview_get_duration_minutes (interview));
      g_autofree char *with = g_strjoinv (", ", (char **) pursuit_interview_get_interviewer_names (interview));
      gint64 job_id = pursuit_interview_get_job_id (interview);
      const char *job_text = g_hash_table_lookup (jobs, &job_id);

      if (job_text == NULL)
        {
          g_autofree char *job_id_text = g_strdup_printf ("%" G_GINT64_FORMAT, job_id);
          g_autoptr(PursuitJob) job = pursuit_repository_find_job (repository, job_id_text, NULL);
          gint64 *key = g_new (gint64, 1);

          *key = job_id;
          job_text = job != NULL ? g_strdup_printf ("%s: %s · %s", job_id_text, pursuit_job_get_company (job),
                                                    pursuit_job_get_title (job))
                                 : g_strdup (job_id_text);
          g_hash_table_insert (jobs, key, (gpointer) job_text);
        }

      append_cell (line, id, 5);
      append_cell (line, start, 34);
      append_cell (line, pursuit_enum_get_label (PURSUIT_TYPE_INTERVIEW_KIND, pursuit_interview_get_kind (interview)), 10);
      append_cell (line, minutes, 7);
      append_cell (line, job_text, 32);
      append_cell (line, with, 24);
      g_print ("%s\n", g_strchomp (line->str));
    }

  return 0;
}

static const struct
{
  const char *name;
  CommandFunc func;
  const char *summary;
} commands[] = {
  { "add", command_add, N_("Add a job") },
  { "list", command_list, N_("List the jobs (--json for JSON)") },
  { "show", command_show, N_("Show one job and its timeline") },
  { "delete", command_delete, N_("Delete a job") },
  { "stages", command_stages, N_("List the stages") },
  { "update", command_update, N_("Change a job’s fields") },
  { "move", command_move, N_("Move a job to another stage (--note for the timeline)") },
  { "search", command_search, N_("Find jobs by words in them (--json for JSON)") },
  { "contacts", command_contacts, N_("List, add and export contacts (add, vcard, --job, --json)") },
  { "interviews", command_interviews, N_("List and add interviews (add, --job, --upcoming, --json)") },
};

static const struct
{
  const char *name;
  ContentCommandFunc func;
  const char *summary;
} content_commands[] = {
  { "guides", command_guides, N_("List the role guides (--json for JSON)") },
  { "guide", command_guide, N_("Show a role guide, or one section of it") },
  { "questions", command_questions, N_("List interview questions (--role, --category, --json)") },
  { "salaries", command_salaries, N_("List salary figures with their sources (--role, --json)") },
};

static void
print_usage (void)
{
  g_print ("%s\n\n", _("Usage: pursuit-cli [--database PATH] COMMAND [OPTION…]"));
  g_print ("%s\n", _("Commands for your jobs:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %-10s %s\n", commands[i].name, _(commands[i].summary));
  g_print ("\n%s\n", _("Commands for guides, interview questions and salaries (no database needed):"));
  for (guint i = 0; i < G_N_ELEMENTS (content_commands); i++)
    g_print ("  %-10s %s\n", content_commands[i].name, _(content_commands[i].summary));
  g_print ("\n%s\n", _("Run “pursuit-cli COMMAND --help” for a command’s options."));
}

/* Lets a command's option parser see "pursuit-cli COMMAND" as its program. */
static void
name_command (char       **argv,
              const char  *name)
{
  argv[1] = g_strdup_printf ("%s %s", g_get_prgname () ? g_get_prgname () : "pursuit-cli", name);
}

/* Takes --database out of argv wherever it stands, so every command has it. */
static gboolean
take_database_option (int    *argc,
                      char  **argv)
{
  int kept = 1;

  for (int i = 1; i < *argc; i++)
    {
      if (g_str_equal (argv[i], "--database"))
        {
          if (i + 1 >= *argc)
            {
              g_printerr ("pursuit-cli: %s\n", _("--database needs a path"));
              return FALSE;
            }
          g_free (database_path);
          database_path = g_strdup (argv[++i]);
        }
      else if (g_str_has_prefix (argv[i], "--database="))
        {
          g_free (database_path);
          database_path = g_strdup (argv[i] + strlen ("--database="));
        }
      else
        argv[kept++] = argv[i];
    }

  *argc = kept;
  argv[kept] = NULL;
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!take_database_option (&argc, argv))
    return 2;

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage ();
      return argc < 2 ? 2 : 0;
    }

  /* Content commands come first: they must work without a database. */
  for (guint i = 0; i < G_N_ELEMENTS (content_commands); i++)
    {
      g_autoptr(PursuitContent) content = NULL;

      if (!g_str_equal (argv[1], content_commands[i].name))
        continue;

      content = pursuit_content_new_from_resource (NULL, &error);
      if (content == NULL)
        {
          print_error (_("Could not load the guides"), error);
          return 1;
        }

      name_command (argv, content_commands[i].name);
      return content_commands[i].func (content, argc - 1, argv + 1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_str_equal (argv[1], commands[i].name))
        continue;

      path = database_path != NULL ? g_strdup (database_path) : pursuit_repository_get_default_path ();
      /* Only "add" may create a database: a mistyped --database path for
       * anything else says so instead of leaving an empty file behind. */
      if (!g_str_equal (commands[i].name, "add") && !g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_printerr ("pursuit-cli: %s\n", _("There is no database at that path. Add a job first, or check --database."));
          g_printerr ("  %s\n", path);
          return 1;
        }

      repository = pursuit_repository_open (path, &error);
      if (repository == NULL)
        {
          print_error (_("Could not open the database"), error);
          return 1;
        }

      name_command (argv, commands[i].name);
      return commands[i].func (repository, argc - 1, argv + 1);
    }

  g_printerr ("pursuit-cli: %s\n", _("unknown command"));
  print_usage ();
  return 2;
}
