/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libsecret/secret.h>

#include "pursuit-cli-input.h"
#include "pursuit-cli-output.h"
#include "pursuit-cli-private.h"
#include "pursuit-credentials.h"
#include "pursuit-document-file.h"
#include "pursuit-keyword-match.h"
#include "pursuit-repository-documents.h"
#include "pursuit-validation.h"

/* Documents and their versions, what jobs were sent, the keyword match,
 * and portal logins. A version is named by its number in "documents"
 * (the VERSION column). Passwords come from the keyring and are printed
 * only with --show-password. */

static char **
name_subcommand (char **argv)
{
  argv[1] = g_strdup_printf ("%s %s", argv[0], argv[1]);
  return argv + 1;
}

static gboolean
parse_id (const char *text,
          gint64     *id)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;
  *id = (gint64) value;
  return TRUE;
}

static PursuitDocumentVersion *
find_version (PursuitRepository  *repository,
              const char         *text,
              GError            **error)
{
  gint64 id;

  if (!parse_id (text, &id))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("“%s” is not a version number; see them with “pursuit-cli documents”"), text);
      return NULL;
    }
  return pursuit_repository_find_version (repository, id, error);
}

/* 2 for a version typed wrong, 1 for one that does not exist. */
static int
status_for (const GError *error)
{
  return g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE) ? PURSUIT_CLI_EXIT_USAGE
                                                                         : PURSUIT_CLI_EXIT_FAILED;
}

/* Listing */

static void
add_link_to_json (JsonBuilder *builder,
                  gpointer     item)
{
  PursuitDocumentLink *link = item;

  json_builder_begin_object (builder);
  pursuit_cli_json_add_number (builder, "job_id", link->job_id);
  pursuit_cli_json_add_string (builder, "company", link->job_company);
  pursuit_cli_json_add_string (builder, "title", link->job_title);
  pursuit_cli_json_add_string (builder, "stage", pursuit_stage_kind_to_nick (link->stage_kind));
  pursuit_cli_json_add_text (builder, "sent_on", link->sent_on);
  pursuit_cli_json_add_text (builder, "sha256", link->sha256);
  json_builder_end_object (builder);
}

static void
add_version_to_json (JsonBuilder *builder,
                     PursuitDocumentVersion *version,
                     GPtrArray   *links)
{
  json_builder_begin_object (builder);
  pursuit_cli_json_add_number (builder, "id", version->id);
  pursuit_cli_json_add_number (builder, "number", version->number);
  pursuit_cli_json_add_string (builder, "date", version->date);
  pursuit_cli_json_add_string (builder, "note", version->note);
  pursuit_cli_json_add_string (builder, "format", pursuit_document_format_get_extension (version->format));
  pursuit_cli_json_add_text (builder, "file_name", version->file_name);
  pursuit_cli_json_add_number (builder, "size", (double) version->size);
  pursuit_cli_json_add_string (builder, "sha256", version->sha256);
  pursuit_cli_json_add_number (builder, "jobs_sent", version->n_jobs);
  pursuit_cli_json_add_number (builder, "jobs_replied", version->n_replied);
  json_builder_set_member_name (builder, "jobs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < links->len; i++)
    {
      PursuitDocumentLink *link = g_ptr_array_index (links, i);

      if (link->version_id == version->id)
        add_link_to_json (builder, link);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

int
pursuit_cli_command_documents (PursuitCli  *cli,
                               int          argc,
                               char       **argv)
{
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON with every version and where it went"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  const char *header[] = { _("Version"), _("Document"), _("Kind"), _("v"), _("Date"), _("Sent"), _("Note") };
  const guint widths[] = { 7, 28, 12, 3, 10, 16, 24 };
  int status;

  g_option_context_set_summary (context,
                                _("List the documents and their versions. The Version column is what "
                                  "“document export”, “send” and “match” take."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 1)
    {
      pursuit_cli_print_usage_error ("%s", _("documents takes no arguments"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  documents = pursuit_repository_list_documents (cli->repository, &error);
  if (documents == NULL)
    {
      pursuit_cli_print_error (_("Could not list the documents"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (!as_json && documents->len == 0)
    {
      g_print ("%s\n", _("No documents. Add one with “pursuit-cli document add FILE --kind resume --name NAME”."));
      return PURSUIT_CLI_EXIT_OK;
    }

  if (as_json)
    {
      builder = json_builder_new ();
      json_builder_begin_array (builder);
    }
  else
    pursuit_cli_print_cells (header, widths, G_N_ELEMENTS (widths));

  for (guint i = 0; i < documents->len; i++)
    {
      PursuitDocument *document = g_ptr_array_index (documents, i);
      g_autoptr(GPtrArray) versions = pursuit_repository_list_versions (cli->repository, document->id, &error);
      g_autoptr(GPtrArray) links = NULL;

      if (versions != NULL)
        links = pursuit_repository_list_document_links (cli->repository, document->id, &error);
      if (links == NULL)
        {
          pursuit_cli_print_error (_("Could not list the documents"), error);
          return PURSUIT_CLI_EXIT_FAILED;
        }

      if (as_json)
        {
          json_builder_begin_object (builder);
          pursuit_cli_json_add_number (builder, "id", document->id);
          pursuit_cli_json_add_string (builder, "uuid", document->uuid);
          pursuit_cli_json_add_string (builder, "kind", pursuit_document_kind_get_nick (document->kind));
          pursuit_cli_json_add_string (builder, "name", document->name);
          pursuit_cli_json_add_string (builder, "tags", document->tags);
          pursuit_cli_json_add_string (builder, "notes", document->notes);
          json_builder_set_member_name (builder, "versions");
          json_builder_begin_array (builder);
          for (guint j = 0; j < versions->len; j++)
            add_version_to_json (builder, g_ptr_array_index (versions, j), links);
          json_builder_end_array (builder);
          json_builder_end_object (builder);
          continue;
        }

      for (guint j = 0; j < versions->len; j++)
        {
          PursuitDocumentVersion *version = g_ptr_array_index (versions, j);
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, version->id);
          g_autofree char *number = g_strdup_printf ("%d", version->number);
          /* Translators: how many jobs a version went to and how many answered: "6 jobs, 2 replied" */
          g_autofree char *sent = version->n_jobs == 0
                                  ? g_strdup ("–")
                                  : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u job, %u replied",
                                                                  "%u jobs, %u replied", version->n_jobs),
                                                     version->n_jobs, version->n_replied);
          const char *cells[] = {
            id, j == 0 ? document->name : "", j == 0 ? pursuit_document_kind_get_label (document->kind) : "",
            number, version->date, sent, version->note
          };

          pursuit_cli_print_cells (cells, widths, G_N_ELEMENTS (widths));
        }
    }

  if (as_json)
    {
      json_builder_end_array (builder);
      pursuit_cli_print_json (builder);
    }
  return PURSUIT_CLI_EXIT_OK;
}

/* Adding and exporting */

static int
command_document_add (PursuitRepository  *repository,
                      int                 argc,
                      char              **argv)
{
  g_autofree char *kind_nick = NULL;
  g_autofree char *name = NULL;
  g_autofree char *note = NULL;
  g_autofree char *date = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *job_ref = NULL;
  const GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_nick,
      N_("resume, cover-letter, portfolio, references, transcript or other (required)"), N_("KIND") },
    { "name", 'n', 0, G_OPTION_ARG_STRING, &name,
      N_("The document’s name; a document of that kind and name gets a new version (required)"), N_("NAME") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("What this version changes"), N_("TEXT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The version’s date, YYYY-MM-DD (default: today)"),
      N_("DATE") },
    { "tags", 0, 0, G_OPTION_ARG_STRING, &tags, N_("Tags of a new document, separated by commas"), N_("TAGS") },
    { "job", 'j', 0, G_OPTION_ARG_STRING, &job_ref, N_("The job that uses this version"), N_("JOB") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE"));
  g_autoptr(PursuitDocumentFile) file = NULL;
  g_autoptr(PursuitDocument) document = NULL;
  g_autoptr(PursuitDocumentVersion) version = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GFile) path = NULL;
  g_autoptr(GError) error = NULL;
  PursuitDocumentKind kind;
  gint64 now = pursuit_cli_now ();
  int status;

  g_option_context_set_summary (context,
                                _("Add a PDF, Word (.docx), OpenDocument (.odt), text or Markdown file as a "
                                  "new version of a document, made if need be."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 2 || kind_nick == NULL || name == NULL)
    {
      pursuit_cli_print_usage_error ("%s", _("document add needs a FILE, --kind and --name"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  if (!pursuit_document_kind_from_nick (kind_nick, &kind))
    {
      pursuit_cli_print_option_error ("--kind", _("the kinds are resume, cover-letter, portfolio, references, "
                                                  "transcript and other"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  if (job_ref != NULL)
    {
      job = pursuit_repository_find_job (repository, job_ref, &error);
      if (job == NULL)
        {
          pursuit_cli_print_error (_("Could not add the document"), error);
          return PURSUIT_CLI_EXIT_FAILED;
        }
    }

  path = g_file_new_for_commandline_arg (argv[1]);
  file = pursuit_document_file_read (path, NULL, &error);
  if (file == NULL)
    {
      pursuit_cli_print_error (_("Could not add the document"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  document = pursuit_repository_find_document_by_name (repository, kind, name, &error);
  if (document == NULL && error != NULL)
    {
      pursuit_cli_print_error (_("Could not add the document"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  if (document == NULL)
    {
      document = pursuit_document_new (kind, name);
      pursuit_document_set_text (&document->tags, tags);
    }

  version = pursuit_document_version_new (file->format);
  version->text = g_strdup (file->text);
  pursuit_document_set_text (&version->file_name, file->file_name);
  pursuit_document_set_text (&version->note, note);
  pursuit_document_set_text (&version->date, date);
  if (!pursuit_repository_add_version (repository, document, version, file->bytes, file->thumbnail, now, &error) ||
      (job != NULL && !pursuit_repository_link_version (repository, pursuit_job_get_id (job), version->id, now,
                                                        &error)))
    {
      pursuit_cli_print_error (_("Could not add the document"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  /* Translators: "Added v2 of “Support resume” as version 7 (SHA-256 …)" */
  g_print (_("Added v%d of “%s” as version %" PRId64 " (SHA-256 %s)\n"), version->number,
           document->name, version->id, version->sha256);
  if (file->text[0] == '\0')
    g_print ("%s\n", _("No text could be read from it (a scanned page?): matching and search will not "
                       "see it."));
  return PURSUIT_CLI_EXIT_OK;
}

static int
command_document_export (PursuitRepository  *repository,
                         int                 argc,
                         char              **argv)
{
  const GOptionEntry entries[] = { { NULL } };
  g_autoptr(GOptionContext) context = g_option_context_new (_("VERSION PATH"));
  g_autoptr(PursuitDocumentVersion) version = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_option_context_set_summary (context,
                                _("Save a copy of a version’s file, byte for byte, readable by you alone. "
                                  "PATH may be a folder."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 3)
    {
      pursuit_cli_print_usage_error ("%s", _("document export needs a VERSION and a PATH"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  version = find_version (repository, argv[1], &error);
  if (version != NULL)
    bytes = pursuit_repository_read_version_file (repository, version->id, &error);
  if (bytes == NULL)
    {
      pursuit_cli_print_error (_("Could not export the version"), error);
      return status_for (error);
    }

  if (g_file_test (argv[2], G_FILE_TEST_IS_DIR))
    {
      g_autofree char *name = pursuit_document_version_suggest_file_name (version);

      path = g_build_filename (argv[2], name, NULL);
    }
  else
    path = g_strdup (argv[2]);

  if (!pursuit_document_write_private (bytes, path, FALSE, &error))
    {
      pursuit_cli_print_error (_("Could not export the version"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  g_print (_("Saved v%d of “%s” to %s\n"), version->number, version->document_name, path);
  return PURSUIT_CLI_EXIT_OK;
}

int
pursuit_cli_command_document (PursuitCli  *cli,
                              int          argc,
                              char       **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "add"))
    return command_document_add (cli->repository, argc - 1, name_subcommand (argv));
  if (argc >= 2 && g_str_equal (argv[1], "export"))
    return command_document_export (cli->repository, argc - 1, name_subcommand (argv));

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      g_print ("%s\n", _("Usage: pursuit-cli document add FILE --kind KIND --name NAME\n"
                         "       pursuit-cli document export VERSION PATH"));
      return PURSUIT_CLI_EXIT_OK;
    }

  pursuit_cli_print_usage_error ("%s", _("unknown document command; use add or export"));
  return PURSUIT_CLI_EXIT_USAGE;
}

/* Sending */

int
pursuit_cli_command_send (PursuitCli  *cli,
                          int          argc,
                          char       **argv)
{
  g_autofree char *date = NULL;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date,
      N_("When it was sent, YYYY-MM-DD (default: the job’s date applied, or today)"), N_("DATE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("VERSION JOB"));
  g_autoptr(PursuitDocumentVersion) version = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_set_summary (context,
                                _("Record that a job was sent this version. Its text and hash are kept as "
                                  "they are: the version can no longer change, only be followed by a new one."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 3)
    {
      pursuit_cli_print_usage_error ("%s", _("send needs a VERSION and a JOB"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  version = find_version (cli->repository, argv[1], &error);
  if (version == NULL)
    {
      pursuit_cli_print_error (_("Could not record what was sent"), error);
      return status_for (error);
    }

  job = pursuit_repository_find_job (cli->repository, argv[2], &error);
  if (job == NULL ||
      !pursuit_repository_send_version (cli->repository, pursuit_job_get_id (job), version->id, date,
                                        pursuit_cli_now (), &error))
    {
      pursuit_cli_print_error (_("Could not record what was sent"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  links = pursuit_repository_list_job_documents (cli->repository, pursuit_job_get_id (job), &error);
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      PursuitDocumentLink *link = g_ptr_array_index (links, i);

      if (link->version_id == version->id)
        /* Translators: "Sent v2 of “Support resume” to Acme on 2026-03-02 (SHA-256 …)" */
        g_print (_("Sent v%d of “%s” to %s on %s (SHA-256 %s)\n"), link->version_number, link->document_name,
                 link->job_company, link->sent_on, link->sha256);
    }
  return PURSUIT_CLI_EXIT_OK;
}

/* Matching */

static void
add_keywords_to_json (JsonBuilder *builder,
                      const char  *name,
                      GPtrArray   *keywords)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < keywords->len; i++)
    {
      PursuitKeyword *keyword = g_ptr_array_index (keywords, i);

      json_builder_begin_object (builder);
      pursuit_cli_json_add_string (builder, "term", keyword->term);
      pursuit_cli_json_add_string (builder, "source", keyword->known ? "vocabulary" : "posting");
      pursuit_cli_json_add_number (builder, "count", keyword->count);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static char *
join_keywords (GPtrArray *keywords)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new ();

  for (guint i = 0; i < keywords->len; i++)
    g_ptr_array_add (terms, ((PursuitKeyword *) g_ptr_array_index (keywords, i))->term);
  return pursuit_cli_join (terms, ", ");
}

int
pursuit_cli_command_match (PursuitCli  *cli,
                           int          argc,
                           char       **argv)
{
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("JOB VERSION"));
  g_autoptr(PursuitDocumentVersion) version = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitKeywordMatch) match = NULL;
  g_auto(GStrv) vocabulary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *present = NULL;
  g_autofree char *missing = NULL;
  int status;

  g_option_context_set_summary (context,
                                _("Which of the posting’s important terms the version has: the skills and "
                                  "tools of the guides it names and its most frequent words. Worked out on "
                                  "this computer; nothing is sent anywhere."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 3)
    {
      pursuit_cli_print_usage_error ("%s", _("match needs a JOB and a VERSION"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  job = pursuit_repository_find_job (cli->repository, argv[1], &error);
  if (job == NULL)
    {
      pursuit_cli_print_error (_("Could not match"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  version = find_version (cli->repository, argv[2], &error);
  if (version == NULL)
    {
      pursuit_cli_print_error (_("Could not match"), error);
      return status_for (error);
    }

  if (pursuit_job_get_posting_text (job)[0] == '\0')
    {
      g_printerr ("pursuit-cli: %s\n", _("The job has no posting text to match against. Add it with "
                                         "“pursuit-cli update JOB --posting-file FILE”."));
      return PURSUIT_CLI_EXIT_FAILED;
    }

  vocabulary = pursuit_content_dup_vocabulary (cli->content);
  match = pursuit_keyword_match_new (pursuit_job_get_posting_text (job), version->text,
                                     (const char * const *) vocabulary, PURSUIT_KEYWORD_FREQUENT_TERMS);

  if (as_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      pursuit_cli_json_add_number (builder, "job_id", pursuit_job_get_id (job));
      pursuit_cli_json_add_number (builder, "version_id", version->id);
      pursuit_cli_json_add_number (builder, "coverage", match->coverage);
      add_keywords_to_json (builder, "present", match->present);
      add_keywords_to_json (builder, "missing", match->missing);
      json_builder_end_object (builder);
      pursuit_cli_print_json (builder);
      return PURSUIT_CLI_EXIT_OK;
    }

  present = join_keywords (match->present);
  missing = join_keywords (match->missing);
  /* Translators: "Coverage: 75% (3 of 4 terms)" */
  g_print (_("Coverage: %u%% (%u of %u terms)\n"), match->coverage, match->present->len,
           match->present->len + match->missing->len);
  pursuit_cli_print_field (_("Present"), present[0] != '\0' ? present : "–");
  pursuit_cli_print_field (_("Missing"), missing[0] != '\0' ? missing : "–");
  g_print ("%s\n", _("Worked out on this computer from the guides’ skills and tools and the posting’s "
                     "frequent words; no network, no model."));
  return PURSUIT_CLI_EXIT_OK;
}

/* Portal logins */

static char *
read_password_from_stdin (void)
{
  g_autoptr(GString) line = g_string_new (NULL);
  int c;

  while ((c = getchar ()) != EOF && c != '\n')
    g_string_append_c (line, (char) c);
  if (line->len > 0 && line->str[line->len - 1] == '\r')
    g_string_truncate (line, line->len - 1);
  return g_string_free (g_steal_pointer (&line), FALSE);
}

int
pursuit_cli_command_login (PursuitCli  *cli,
                           int          argc,
                           char       **argv)
{
  g_autofree char *url = NULL;
  g_autofree char *user = NULL;
  gboolean password_stdin = FALSE;
  gboolean show_password = FALSE;
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "url", 0, 0, G_OPTION_ARG_STRING, &url, N_("Set the portal’s address"), N_("URL") },
    { "user", 0, 0, G_OPTION_ARG_STRING, &user, N_("Set the user name"), N_("NAME") },
    { "password-stdin", 0, 0, G_OPTION_ARG_NONE, &password_stdin,
      N_("Read the password from the first line of standard input and keep it in the keyring"), NULL },
    { "show-password", 0, 0, G_OPTION_ARG_NONE, &show_password, N_("Print the password"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("JOB"));
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitPortalLogin) login = NULL;
  g_autoptr(PursuitCredentials) credentials = pursuit_credentials_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) keyring_error = NULL;
  char *password = NULL;
  int status;

  g_option_context_set_summary (context,
                                _("Show or set a job’s portal login. The password is kept in the system "
                                  "keyring only and printed only with --show-password."));
  if (!pursuit_cli_parse_options (context, entries, &argc, &argv, &status))
    return status;

  if (argc != 2)
    {
      pursuit_cli_print_usage_error ("%s", _("login needs a JOB"));
      return PURSUIT_CLI_EXIT_USAGE;
    }

  job = pursuit_repository_find_job (cli->repository, argv[1], &error);
  if (job != NULL)
    login = pursuit_repository_find_job_login (cli->repository, pursuit_job_get_id (job), &error);
  if (error != NULL)
    {
      pursuit_cli_print_error (_("Could not read the login"), error);
      return PURSUIT_CLI_EXIT_FAILED;
    }

  if (url != NULL || user != NULL || password_stdin)
    {
      g_autofree char *label = NULL;

      if (login == NULL)
        login = pursuit_portal_login_new (pursuit_job_get_company (job));
      if (url != NULL)
        {
          g_autofree char *address = NULL;

          if (!pursuit_parse_web_address (url, &address, &error))
            {
              pursuit_cli_print_option_error ("--url", error->message);
              return PURSUIT_CLI_EXIT_USAGE;
            }
          pursuit_document_set_text (&login->url, address);
        }
      if (user != NULL)
        pursuit_document_set_text (&login->user_name, g_strstrip (user));
      if (!pursuit_repository_save_job_login (cli->repository, pursuit_job_get_id (job), login,
                                              pursuit_cli_now (), &error))
        {
          pursuit_cli_print_error (_("Could not save the login"), error);
          return PURSUIT_CLI_EXIT_FAILED;
        }

      if (password_stdin)
        {
          password = read_password_from_stdin ();
          /* Translators: the keyring's name for a portal password: "Pursuit: Acme portal" */
          label = g_strdup_printf (_("Pursuit: %s portal"), login->company);
          if (!pursuit_credentials_store_sync (credentials, login->uuid, login->url, label, password, NULL,
                                               &error))
            {
              secret_password_free (password);
              pursuit_cli_print_error (_("Could not keep the password"), error);
              return PURSUIT_CLI_EXIT_FAILED;
            }
          secret_password_free (g_steal_pointer (&password));
        }
    }

  if (login == NULL)
    {
      if (as_json)
        g_print ("null\n");
      else
        g_print ("%s\n", _("No portal login. Set one with “pursuit-cli login JOB --url URL --user NAME "
                           "--password-stdin”."));
      return PURSUIT_CLI_EXIT_OK;
    }

  if (show_password)
    password = pursuit_credentials_lookup_sync (credentials, login->uuid, NULL, &keyring_error);

  if (as_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      pursuit_cli_json_add_string (builder, "uuid", login->uuid);
      pursuit_cli_json_add_string (builder, "company", login->company);
      pursuit_cli_json_add_text (builder, "url", login->url);
      pursuit_cli_json_add_text (builder, "user", login->user_name);
      if (show_password)
        pursuit_cli_json_add_string (builder, "password", password);
      if (keyring_error != NULL)
        pursuit_cli_json_add_string (builder, "keyring_error", keyring_error->message);
      json_builder_end_object (builder);
      pursuit_cli_print_json (builder);
    }
  else
    {
      pursuit_cli_print_field (_("Portal"), login->url[0] != '\0' ? login->url : "–");
      pursuit_cli_print_field (_("User"), login->user_name[0] != '\0' ? login->user_name : "–");
      if (!show_password)
        pursuit_cli_print_field (_("Password"), _("(in the keyring; --show-password prints it)"));
      else if (password != NULL)
        pursuit_cli_print_field (_("Password"), password);
      else if (keyring_error == NULL)
        pursuit_cli_print_field (_("Password"), _("(none kept)"));
    }

  secret_password_free (password);
  if (keyring_error != NULL)
    {
      pursuit_cli_print_error (_("Could not read the password"), keyring_error);
      return PURSUIT_CLI_EXIT_FAILED;
    }
  return PURSUIT_CLI_EXIT_OK;
}
