/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pursuit-cli-input.h"
#include "pursuit-cli-output.h"
#include "pursuit-cli-private.h"
#include "pursuit-repository-people.h"
#include "pursuit-vcard.h"

/* Contacts and interviews */

static void
add_contact_to_json (JsonBuilder *builder,
                     gpointer     item)
{
  PursuitContact *contact = item;
  g_autofree char *created = pursuit_cli_format_time_iso (pursuit_contact_get_created_at (contact));
  g_autofree char *updated = pursuit_cli_format_time_iso (pursuit_contact_get_updated_at (contact));

  json_builder_begin_object (builder);
  pursuit_cli_json_add_number (builder, "id", pursuit_contact_get_id (contact));
  pursuit_cli_json_add_string (builder, "uuid", pursuit_contact_get_uuid (contact));
  pursuit_cli_json_add_string (builder, "name", pursuit_contact_get_name (contact));
  pursuit_cli_json_add_string (builder, "company", pursuit_contact_get_company (contact));
  pursuit_cli_json_add_string (builder, "role", pursuit_contact_get_role (contact));
  pursuit_cli_json_add_string (builder, "email", pursuit_contact_get_email (contact));
  pursuit_cli_json_add_string (builder, "phone", pursuit_contact_get_phone (contact));
  pursuit_cli_json_add_string (builder, "profile_url", pursuit_contact_get_profile_url (contact));
  pursuit_cli_json_add_string (builder, "notes", pursuit_contact_get_notes (contact));
  pursuit_cli_json_add_string (builder, "created_at", created);
  pursuit_cli_json_add_string (builder, "updated_at", updated);
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
  int status;

  g_option_context_set_summary (context, _("Add a contact, and link it to a job with --job."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (name == NULL || argc != 1)
    {
      pursuit_cli_print_usage_error ("%s", _("contacts add needs --name and no other arguments"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  if (job_ref != NULL)
    {
      job = pursuit_repository_find_job (repository, job_ref, &error);
      if (job == NULL)
        {
          pursuit_cli_print_error (_("Could not add the contact"), error);
          return PURSUIT_CLI_EXIT_FAILED;
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
                                          pursuit_cli_now (), &error))
    {
      pursuit_cli_print_error (_("Could not add the contact"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  g_print (_("Added contact %" PRId64 " (%s)\n"), pursuit_contact_get_id (contact),
           pursuit_contact_get_uuid (contact));
  return PURSUIT_CLI_EXIT_OK;
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
  int status;

  g_option_context_set_summary (context, _("Export a contact as a vCard 4.0 (.vcf), by its number or UUID."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 2)
    {
      pursuit_cli_print_usage_error ("%s", _("contacts vcard needs one contact number or UUID"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  contact = pursuit_repository_find_contact (repository, argv[1], &error);
  if (contact == NULL)
    {
      pursuit_cli_print_error (_("Could not export the contact"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  card = pursuit_vcard_write_contact (contact);
  if (output == NULL)
    {
      /* Byte for byte: the card's CRLF line ends are part of the format. */
      fwrite (card, 1, strlen (card), stdout);
      return PURSUIT_CLI_EXIT_OK;
    }

  if (!g_file_set_contents (output, card, -1, &error))
    {
      pursuit_cli_print_error (_("Could not export the contact"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  g_print (_("Saved the card of %s to %s\n"), pursuit_contact_get_name (contact), output);
  return PURSUIT_CLI_EXIT_OK;
}

int
pursuit_cli_command_contacts (PursuitCli  *cli,
                              int          argc,
                              char       **argv)
{
  PursuitRepository *repository = cli->repository;
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
  const char *header[] = { _("ID"), _("Name"), _("Company"), _("Role"), _("Email"), _("Phone") };
  const guint widths[] = { 5, 24, 20, 20, 28, 16 };
  int status;

  /* Subcommands first: their options are their own. */
  if (argc >= 2 && g_str_equal (argv[1], "add"))
    return command_contacts_add (repository, argc - 1, pursuit_cli_name_subcommand (argv));
  if (argc >= 2 && g_str_equal (argv[1], "vcard"))
    return command_contacts_vcard (repository, argc - 1, pursuit_cli_name_subcommand (argv));

  context = g_option_context_new (_("[add|vcard]"));
  g_option_context_set_summary (context,
                                _("List contacts, by name. “contacts add --help” and “contacts vcard --help” "
                                  "tell how to add one and export one as a vCard."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 1)
    {
      pursuit_cli_print_usage_error ("%s", _("unknown contacts command; use add or vcard"));
      return PURSUIT_CLI_EXIT_USAGE;
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
      pursuit_cli_print_error (_("Could not list the contacts"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (as_json)
    {
      pursuit_cli_print_json_array (contacts, add_contact_to_json);
      return PURSUIT_CLI_EXIT_OK;
    }

  if (contacts->len == 0)
    {
      g_print ("%s\n", _("No contacts. Add one with “pursuit-cli contacts add --name NAME --job JOB”."));
      return PURSUIT_CLI_EXIT_OK;
    }

  pursuit_cli_print_cells (header, widths, G_N_ELEMENTS (widths));
  for (guint i = 0; i < contacts->len; i++)
    {
      PursuitContact *contact = g_ptr_array_index (contacts, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_contact_get_id (contact));
      const char *cells[] = {
        id, pursuit_contact_get_name (contact), pursuit_contact_get_company (contact),
        pursuit_contact_get_role (contact), pursuit_contact_get_email (contact), pursuit_contact_get_phone (contact)
      };

      pursuit_cli_print_cells (cells, widths, G_N_ELEMENTS (widths));
    }

  return PURSUIT_CLI_EXIT_OK;
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
add_interview_to_json (JsonBuilder *builder,
                       gpointer     item)
{
  PursuitInterview *interview = item;
  g_autoptr(GDateTime) start = pursuit_interview_dup_start (interview);
  g_autofree char *starts_at = pursuit_cli_format_time_iso (pursuit_interview_get_starts_at (interview));
  g_autofree char *local = start != NULL ? g_date_time_format_iso8601 (start) : NULL;
  const char * const *names = pursuit_interview_get_interviewer_names (interview);
  const gint64 *ids;
  guint n_ids;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, pursuit_interview_get_id (interview));
  json_builder_set_member_name (builder, "job_id");
  json_builder_add_int_value (builder, pursuit_interview_get_job_id (interview));
  pursuit_cli_json_add_string (builder, "starts_at", starts_at);
  pursuit_cli_json_add_string (builder, "starts_at_local", local);
  pursuit_cli_json_add_string (builder, "time_zone", pursuit_interview_get_time_zone (interview));
  json_builder_set_member_name (builder, "duration_minutes");
  json_builder_add_int_value (builder, pursuit_interview_get_duration_minutes (interview));
  pursuit_cli_json_add_string (builder, "kind", pursuit_enum_get_nick (PURSUIT_TYPE_INTERVIEW_KIND,
                                                             pursuit_interview_get_kind (interview)));
  pursuit_cli_json_add_string (builder, "location", pursuit_interview_get_location (interview));
  pursuit_cli_json_add_string (builder, "notes", pursuit_interview_get_notes (interview));
  pursuit_cli_json_add_string (builder, "outcome", pursuit_interview_get_outcome (interview));
  json_builder_set_member_name (builder, "interviewers");
  json_builder_begin_array (builder);
  ids = pursuit_interview_get_interviewer_ids (interview, &n_ids);
  for (guint i = 0; i < n_ids; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, ids[i]);
      pursuit_cli_json_add_string (builder, "name", names[i]);
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
              pursuit_cli_print_usage_error (_("“%s” is not a contact number; see them with “pursuit-cli contacts”"), parts[j]);
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
  int status;

  g_option_context_set_summary (context, _("Add an interview to a job."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (job_ref == NULL || at == NULL || argc != 1)
    {
      pursuit_cli_print_usage_error ("%s", _("interviews add needs --job and --at"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  if (kind_nick != NULL && !pursuit_enum_from_nick (PURSUIT_TYPE_INTERVIEW_KIND, kind_nick, &kind))
    {
      pursuit_cli_print_usage_error (_("unknown kind “%s”; the kinds are phone, video, on-site, assessment and other"), kind_nick);
      return PURSUIT_CLI_EXIT_USAGE;
    }

  if (!parse_contact_ids (with, ids))
    return PURSUIT_CLI_EXIT_USAGE;

  when = g_strsplit_set (g_strstrip (at), " T", 2);
  if (!pursuit_interview_parse_start (when[0], when[1] != NULL ? g_strstrip (when[1]) : NULL,
                                      time_zone != NULL ? time_zone : "", &starts_at, &error))
    {
      pursuit_cli_print_error (_("Could not add the interview"), error);
      return PURSUIT_CLI_EXIT_USAGE;
    }

  job = pursuit_repository_find_job (repository, job_ref, &error);
  if (job == NULL)
    {
      pursuit_cli_print_error (_("Could not add the interview"), error);
      return PURSUIT_CLI_EXIT_FAILED;
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

  if (!pursuit_repository_insert_interview (repository, interview, pursuit_cli_now (), &error))
    {
      pursuit_cli_print_error (_("Could not add the interview"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  start_text = format_interview_start (interview);
  g_print (_("Added interview %" PRId64 " for job %" PRId64 " (%s at %s) on %s\n"),
           pursuit_interview_get_id (interview), pursuit_job_get_id (job), pursuit_job_get_title (job),
           pursuit_job_get_company (job), start_text);
  return PURSUIT_CLI_EXIT_OK;
}

static gint64 *
copy_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

/* "3: Acme Ltd · Support Agent" for the job of each interview, read in one
 * query. */
static GHashTable *
describe_jobs (PursuitRepository *repository,
               GPtrArray         *interviews)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) jobs = NULL;
  GHashTable *texts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < interviews->len; i++)
    {
      gint64 id = pursuit_interview_get_job_id (g_ptr_array_index (interviews, i));

      g_array_append_val (ids, id);
    }

  jobs = pursuit_repository_find_jobs (repository, ids, NULL);
  for (guint i = 0; jobs != NULL && i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);

      g_hash_table_insert (texts, copy_id (pursuit_job_get_id (job)),
                           g_strdup_printf ("%" G_GINT64_FORMAT ": %s · %s", pursuit_job_get_id (job),
                                            pursuit_job_get_company (job), pursuit_job_get_title (job)));
    }
  return texts;
}

int
pursuit_cli_command_interviews (PursuitCli  *cli,
                                int          argc,
                                char       **argv)
{
  PursuitRepository *repository = cli->repository;
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
  gint64 now = pursuit_cli_now ();
  const char *header[] = { _("ID"), _("When"), _("Kind"), _("Minutes"), _("Job"), _("With") };
  const guint widths[] = { 5, 34, 10, 7, 32, 24 };
  int status;

  if (argc >= 2 && g_str_equal (argv[1], "add"))
    return command_interviews_add (repository, argc - 1, pursuit_cli_name_subcommand (argv));

  context = g_option_context_new (_("[add]"));
  g_option_context_set_summary (context,
                                _("List interviews, earliest first. “interviews add --help” tells how to add one."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 1)
    {
      pursuit_cli_print_usage_error ("%s", _("unknown interviews command; use add"));
      return PURSUIT_CLI_EXIT_USAGE;
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
      pursuit_cli_print_error (_("Could not list the interviews"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (as_json)
    {
      pursuit_cli_print_json_array (interviews, add_interview_to_json);
      return PURSUIT_CLI_EXIT_OK;
    }

  if (interviews->len == 0)
    {
      g_print ("%s\n", upcoming ? _("No interviews coming up.")
                                : _("No interviews. Add one with “pursuit-cli interviews add --job JOB --at "
                                    "\"YYYY-MM-DD HH:MM\"”."));
      return PURSUIT_CLI_EXIT_OK;
    }

  jobs = describe_jobs (repository, interviews);
  pursuit_cli_print_cells (header, widths, G_N_ELEMENTS (widths));
  for (guint i = 0; i < interviews->len; i++)
    {
      PursuitInterview *interview = g_ptr_array_index (interviews, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_interview_get_id (interview));
      g_autofree char *start = format_interview_start (interview);
      g_autofree char *minutes = g_strdup_printf ("%d", pursuit_interview_get_duration_minutes (interview));
      g_autofree char *with = g_strjoinv (", ", (char **) pursuit_interview_get_interviewer_names (interview));
      gint64 job_id = pursuit_interview_get_job_id (interview);
      g_autofree char *job_id_text = g_strdup_printf ("%" G_GINT64_FORMAT, job_id);
      const char *job_text = g_hash_table_lookup (jobs, &job_id);
      const char *cells[] = {
        id, start, pursuit_enum_get_label (PURSUIT_TYPE_INTERVIEW_KIND, pursuit_interview_get_kind (interview)),
        minutes, job_text != NULL ? job_text : job_id_text, with
      };

      pursuit_cli_print_cells (cells, widths, G_N_ELEMENTS (widths));
    }

  return PURSUIT_CLI_EXIT_OK;
}

