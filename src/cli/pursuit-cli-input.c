/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "pursuit-cli-input.h"
#include "pursuit-cli-output.h"
#include "pursuit-cli-private.h"

/* The time a command records, in seconds. */
gint64
pursuit_cli_now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* "pursuit-cli contacts" + "add": a subcommand's --help names both. The
 * string lives as long as the process, like the command's own name. */
char **
pursuit_cli_name_subcommand (char **argv)
{
  argv[1] = g_strdup_printf ("%s %s", argv[0], argv[1]);
  return argv + 1;
}

static gboolean
is_text_option (const GOptionEntry *entry)
{
  return entry->arg == G_OPTION_ARG_STRING || entry->arg == G_OPTION_ARG_STRING_ARRAY;
}

/* Whether each text given to @entry is UTF-8; FALSE, with the option
 * named, when one is not. */
static gboolean
check_option_text (const GOptionEntry *entry)
{
  const char *single = NULL;
  char **values = NULL;

  if (entry->arg == G_OPTION_ARG_STRING)
    {
      single = *(char **) entry->arg_data;
      if (single == NULL || g_utf8_validate (single, -1, NULL))
        return TRUE;
    }
  else
    {
      values = *(char ***) entry->arg_data;
      for (guint i = 0; values != NULL && values[i] != NULL; i++)
        {
          if (!g_utf8_validate (values[i], -1, NULL))
            single = values[i];
        }
      if (single == NULL)
        return TRUE;
    }

  {
    g_autofree char *option = g_strconcat ("--", entry->long_name, NULL);

    pursuit_cli_print_option_error (option, _("The text is not valid UTF-8"));
  }
  return FALSE;
}

/**
 * pursuit_cli_parse_options:
 * @entries: (nullable): the command's options; G_OPTION_ARG_STRING marks
 *   text, G_OPTION_ARG_FILENAME a file name
 *
 * Parses a command's options and checks that every text it was given, in an
 * option or as an argument, is UTF-8. GOption would convert text options
 * from the locale's character set, which under LC_ALL=C (cron, ssh) refuses
 * every character beyond ASCII without saying which option held it: here
 * they are read as given, like file names, and checked afterwards.
 *
 * @status: (out): the exit status when they are not right
 *
 * Returns: whether the command may go on; if not, why was printed
 */
gboolean
pursuit_cli_parse_options (GOptionContext       *context,
                           const GOptionEntry   *entries,
                           int                  *argc,
                           char               ***argv,
                           int                  *status)
{
  g_autofree GOptionEntry *raw = NULL;
  g_autoptr(GError) error = NULL;
  guint n_entries = 0;

  while (entries != NULL && entries[n_entries].long_name != NULL)
    n_entries++;

  if (entries != NULL)
    {
      raw = g_new0 (GOptionEntry, n_entries + 1);
      for (guint i = 0; i < n_entries; i++)
        {
          raw[i] = entries[i];
          if (entries[i].arg == G_OPTION_ARG_STRING)
            raw[i].arg = G_OPTION_ARG_FILENAME;
          else if (entries[i].arg == G_OPTION_ARG_STRING_ARRAY)
            raw[i].arg = G_OPTION_ARG_FILENAME_ARRAY;
        }
      g_option_context_add_main_entries (context, raw, GETTEXT_PACKAGE);
    }

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      pursuit_cli_print_usage_error ("%s", error->message);
      *status = PURSUIT_CLI_EXIT_USAGE;
      return FALSE;
    }

  for (guint i = 0; i < n_entries; i++)
    {
      if (is_text_option (&entries[i]) && !check_option_text (&entries[i]))
        {
          *status = PURSUIT_CLI_EXIT_FAILED;
          return FALSE;
        }
    }

  /* The arguments after the command are job numbers, stage names, words to
   * search: text, never file names. */
  for (int i = 1; i < *argc; i++)
    {
      if (!g_utf8_validate ((*argv)[i], -1, NULL))
        {
          g_autofree char *shown = g_utf8_make_valid ((*argv)[i], -1);

          /* Translators: %s is an argument, its broken bytes shown as � */
          pursuit_cli_print_usage_error (_("“%s” is not valid UTF-8 text"), shown);
          *status = PURSUIT_CLI_EXIT_FAILED;
          return FALSE;
        }
    }

  *status = PURSUIT_CLI_EXIT_OK;
  return TRUE;
}

static char *
display_name (const char *path)
{
  return g_str_equal (path, "-") ? g_strdup (_("standard input")) : g_filename_display_name (path);
}

/**
 * pursuit_cli_read_text_file:
 * @path: a file, or "-" for standard input
 * @max_bytes: the most it may hold
 *
 * Reads a text file: UTF-8, no NUL bytes, at most @max_bytes. Reading stops
 * as soon as the file is over the limit or holds a NUL byte, so a device or
 * a pipe without end (/dev/zero, `yes`) is refused instead of filling the
 * memory. The errors name the file.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
char *
pursuit_cli_read_text_file (const char  *path,
                            gsize        max_bytes,
                            GError     **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = display_name (path);
  gboolean from_stdin = g_str_equal (path, "-");
  FILE *file = from_stdin ? stdin : fopen (path, "rb");
  char buffer[65536];
  size_t n;
  int saved_errno;

  if (file == NULL)
    {
      saved_errno = errno;
      /* Translators: a file name, then why it could not be opened */
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not open %s: %s"), name, g_strerror (saved_errno));
      return NULL;
    }

  while ((n = fread (buffer, 1, sizeof buffer, file)) > 0)
    {
      if (memchr (buffer, '\0', n) != NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("%s holds NUL bytes: it is not a text file"), name);
          goto failed;
        }
      if (text->len + n > max_bytes)
        {
          g_autofree char *most = g_format_size (max_bytes);

          /* Translators: a file name, then a size such as “4.2 MB” */
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                       _("%s is larger than %s"), name, most);
          goto failed;
        }
      g_string_append_len (text, buffer, (gssize) n);
    }

  if (ferror (file))
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   /* Translators: a file name, then why it could not be read */
                   _("Could not read %s: %s"), name, g_strerror (saved_errno));
      goto failed;
    }

  if (!from_stdin)
    fclose (file);

  if (!g_utf8_validate_len (text->str, text->len, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s is not UTF-8 text"), name);
      return NULL;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);

failed:
  if (!from_stdin)
    fclose (file);
  return NULL;
}

/**
 * pursuit_cli_open_settings:
 * @keys: the keys the caller reads
 *
 * The app's settings (what the user set in Preferences), when its schema
 * is installed with @keys: pursuit-cli also runs where only it is, or
 * beside an older Pursuit whose schema lacks a newer key.
 *
 * Returns: (transfer full) (nullable): the settings, or %NULL
 */
GSettings *
pursuit_cli_open_settings (const char * const *keys)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "io.github.pursuit.Pursuit", TRUE);
  if (schema == NULL)
    return NULL;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (!g_settings_schema_has_key (schema, keys[i]))
        return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}
