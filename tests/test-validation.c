/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-job.h"
#include "pursuit-job-fields.h"
#include "pursuit-validation.h"

/* The table of typed inputs in tests/data/field-inputs.tsv, each read by
 * pursuit_job_field_parse(). tests/test-cli.py gives the same inputs to
 * pursuit-cli: the job page's parser and the command line must agree. */

typedef struct
{
  guint line;
  PursuitJobField field;
  char *input;
  char *expected; /* NULL: refused */
} Row;

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->input);
  g_free (row->expected);
  g_free (row);
}

/* Undoes the escapes the file's header describes. */
static char *
decode (const char *cell,
        guint       line)
{
  GString *text = g_string_new (NULL);
  gsize last_start = 0;

  if (g_str_equal (cell, "\"\""))
    return g_string_free (text, FALSE);

  for (const char *p = cell; *p != '\0'; p++)
    {
      guchar byte;

      if (*p != '\\')
        byte = (guchar) *p;
      else if (p[1] == 't' || p[1] == 'n' || p[1] == 'r' || p[1] == '\\')
        {
          p++;
          byte = *p == 't' ? '\t' : *p == 'n' ? '\n' : *p == 'r' ? '\r' : '\\';
        }
      else if (p[1] == 'x' && g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3]))
        {
          byte = (guchar) (g_ascii_xdigit_value (p[2]) * 16 + g_ascii_xdigit_value (p[3]));
          p += 3;
        }
      else if (p[1] == '*' && g_ascii_isdigit (p[2]))
        {
          g_autofree char *character = g_strndup (text->str + last_start, text->len - last_start);
          char *end = NULL;
          guint64 times = g_ascii_strtoull (p + 2, &end, 10);

          g_assert_cmpuint (times, >=, 1);
          for (guint64 i = 1; i < times; i++)
            g_string_append (text, character);
          p = end - 1;
          continue;
        }
      else
        g_error ("field-inputs.tsv, line %u: unknown escape in “%s”", line, cell);

      g_assert_cmpuint (byte, !=, 0);
      /* A character starts at any byte but a UTF-8 continuation byte. */
      if ((byte & 0xc0) != 0x80)
        last_start = text->len;
      g_string_append_c (text, (char) byte);
    }

  return g_string_free (text, FALSE);
}

static GPtrArray *
read_rows (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "field-inputs.tsv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (row_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;
      const PursuitJobFieldInfo *info;
      Row *row;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      cells = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (cells) != 3)
        g_error ("field-inputs.tsv, line %u: %u cells, not 3", i + 1, g_strv_length (cells));

      info = pursuit_job_field_find (cells[0]);
      if (info == NULL)
        g_error ("field-inputs.tsv, line %u: no field “%s”", i + 1, cells[0]);

      row = g_new0 (Row, 1);
      row->line = i + 1;
      row->field = info->field;
      row->input = decode (cells[1], i + 1);
      row->expected = g_str_equal (cells[2], "refused") ? NULL : decode (cells[2], i + 1);
      g_ptr_array_add (rows, row);
    }

  return rows;
}

static void
test_row (gconstpointer data)
{
  const Row *row = data;
  const char *name = pursuit_job_field_get_info (row->field)->name;
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = pursuit_job_field_format (job, row->field);
  g_autofree char *after = NULL;
  gboolean parsed;

  parsed = pursuit_job_field_parse (job, row->field, row->input, &error);
  after = pursuit_job_field_format (job, row->field);

  if (row->expected == NULL)
    {
      g_assert_false (parsed);
      g_assert_nonnull (error);
      g_assert_true (error->domain == PURSUIT_VALIDATION_ERROR);
      g_assert_cmpstr (pursuit_validation_error_get_field (error), ==, name);
      g_assert_cmpstr (after, ==, before);
      return;
    }

  g_assert_no_error (error);
  g_assert_true (parsed);
  g_assert_cmpstr (after, ==, row->expected);

  /* What format writes, parse reads back to the same value. */
  {
    g_autoptr(PursuitJob) again = pursuit_job_new ();
    g_autofree char *reread = NULL;

    /* A choice that is not set is written "unknown", which it reads. */
    pursuit_job_field_parse (again, row->field, after, &error);
    g_assert_no_error (error);
    reread = pursuit_job_field_format (again, row->field);
    g_assert_cmpstr (reread, ==, after);
  }
}

/* The table covers every kind of field the command line sets, with
 * accepted and refused inputs for each. */
static void
test_coverage (gconstpointer data)
{
  GPtrArray *rows = (GPtrArray *) data;
  guint accepted[PURSUIT_FIELD_STAGE + 1] = { 0 };
  guint refused[PURSUIT_FIELD_STAGE + 1] = { 0 };

  g_assert_cmpuint (rows->len, >=, 60);

  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = g_ptr_array_index (rows, i);
      PursuitFieldKind kind = pursuit_job_field_get_info (row->field)->kind;

      if (row->expected != NULL)
        accepted[kind]++;
      else
        refused[kind]++;
    }

  for (PursuitFieldKind kind = PURSUIT_FIELD_TEXT; kind <= PURSUIT_FIELD_NUMBER; kind++)
    {
      g_test_message ("kind %d: %u accepted, %u refused", kind, accepted[kind], refused[kind]);
      g_assert_cmpuint (accepted[kind], >, 0);
      g_assert_cmpuint (refused[kind], >, 0);
    }
}

/* What pursuit_is_web_address() says, the long way: GUri for everything. */
static gboolean
is_web_address_by_guri (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (text[0] == '\0' || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        return FALSE;
    }
  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;
  host = g_uri_get_host (uri);
  return (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") == 0 ||
          g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0) &&
         host != NULL && host[0] != '\0';
}

/* @n bytes of @bytes, all but one in @odds of them from its first
 * @n_common. */
static void
append_bytes (GString    *text,
              GRand      *rand,
              guint       n,
              const char *bytes,
              guint       n_common,
              guint       odds)
{
  for (guint j = 0; j < n; j++)
    {
      guint end = g_rand_int_range (rand, 0, odds) > 0 ? n_common : strlen (bytes);

      g_string_append_c (text, bytes[g_rand_int_range (rand, 0, end)]);
    }
}

/* Most addresses are read byte by byte without GUri: the answer must be
 * GUri's for any text, here texts made of the pieces addresses are made
 * of and of what breaks them. */
static void
test_web_address_as_guri (void)
{
  static const char * const schemes[] = {
    "http://", "https://", "HTTPS://", "http:/", "https:", "ftp://", "", "http://user@", "https://[::1]",
  };
  static const char host_bytes[] = "abcXYZ019.-_:@[]%~ ";
  static const char path_bytes[] = "abcXYZ019-._~!$&'()*+,;=:@/%?#[]\\\"<>^`{|} \t";
  static const char * const extras[] = { "", "", "", ":8080", ":99999", "%41", "%zz", "\xc3\xa9", "\xff", "\xe2\x80\x83" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261206);
  guint accepted = 0, refused = 0;

  for (guint i = 0; i < 50000; i++)
    {
      g_autoptr(GString) text = g_string_new (schemes[g_rand_int_range (rand, 0, G_N_ELEMENTS (schemes))]);
      guint n_host = g_rand_int_range (rand, 0, 12);
      gboolean expected;

      /* Mostly what hosts and paths are made of. */
      append_bytes (text, rand, n_host, host_bytes, 11, 8);
      if (g_rand_int_range (rand, 0, 6) == 0)
        g_string_append (text, extras[g_rand_int_range (rand, 0, G_N_ELEMENTS (extras))]);
      if (g_rand_boolean (rand))
        {
          g_string_append_c (text, '/');
          append_bytes (text, rand, g_rand_int_range (rand, 0, 16), path_bytes, 20, 4);
          if (g_rand_int_range (rand, 0, 6) == 0)
            g_string_append (text, extras[g_rand_int_range (rand, 0, G_N_ELEMENTS (extras))]);
        }

      expected = is_web_address_by_guri (text->str);
      if (pursuit_is_web_address (text->str) != expected)
        g_error ("“%s”: %s by GUri", text->str, expected ? "an address" : "not an address");
      if (expected)
        accepted++;
      else
        refused++;
    }

  /* Both answers came up often. */
  g_test_message ("%u accepted, %u refused", accepted, refused);
  g_assert_cmpuint (accepted, >, 5000);
  g_assert_cmpuint (refused, >, 5000);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) rows = NULL;

  g_test_init (&argc, &argv, NULL);

  rows = read_rows ();
  g_test_add_data_func ("/validation/field-inputs/coverage", rows, test_coverage);
  g_test_add_func ("/validation/web-address-as-guri", test_web_address_as_guri);
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = g_ptr_array_index (rows, i);
      g_autofree char *path = g_strdup_printf ("/validation/field-inputs/line-%u-%s", row->line,
                                               pursuit_job_field_get_info (row->field)->name);

      g_test_add_data_func (path, row, test_row);
    }

  return g_test_run ();
}
