/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-csv.h"

/* The CSV reader and writer: RFC 4180 quoting, line ends, byte order mark,
 * separators, refusals with their line numbers, and writing that reads
 * back the same. */

static PursuitCsvTable *
parse (const char *text)
{
  g_autoptr(GError) error = NULL;
  PursuitCsvTable *table = pursuit_csv_table_parse (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static PursuitCsvRecord *
record (PursuitCsvTable *table,
        guint            index)
{
  g_assert_cmpuint (index, <, table->records->len);
  return g_ptr_array_index (table->records, index);
}

static void
assert_fields (PursuitCsvRecord   *rec,
               const char * const *expected)
{
  guint n = g_strv_length ((char **) expected);

  g_assert_cmpuint (rec->n_fields, ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (rec->fields[i], ==, expected[i]);
  g_assert_null (rec->fields[n]);
}

static void
test_simple (void)
{
  g_autoptr(PursuitCsvTable) table = parse ("Company,Title,Stage\r\nAcme,Clerk,Applied\r\n");

  g_assert_cmpint (table->separator, ==, ',');
  g_assert_cmpuint (table->header->line, ==, 1);
  assert_fields (table->header, (const char *[]) { "Company", "Title", "Stage", NULL });
  g_assert_cmpuint (table->records->len, ==, 1);
  g_assert_cmpuint (record (table, 0)->line, ==, 2);
  assert_fields (record (table, 0), (const char *[]) { "Acme", "Clerk", "Applied", NULL });
  g_assert_null (record (table, 0)->problem);
}

static void
test_quotes (void)
{
  /* Line 2 holds a comma and doubled quotes; the record of line 3 runs to
   * line 5 with an LF and a CRLF inside its quotes; line 6 has an empty
   * quoted field and a field that is only a quote. */
  const char *text =
    "a,b,c\r\n"
    "\"Acme, Inc.\",\"She said \"\"hi\"\"\",x\r\n"
    "\"one\ntwo\r\nthree\",y,z\r\n"
    "\"\",\"\"\"\",end\r\n";
  g_autoptr(PursuitCsvTable) table = parse (text);

  g_assert_cmpuint (table->records->len, ==, 3);
  assert_fields (record (table, 0), (const char *[]) { "Acme, Inc.", "She said \"hi\"", "x", NULL });
  g_assert_cmpuint (record (table, 0)->line, ==, 2);
  assert_fields (record (table, 1), (const char *[]) { "one\ntwo\r\nthree", "y", "z", NULL });
  g_assert_cmpuint (record (table, 1)->line, ==, 3);
  assert_fields (record (table, 2), (const char *[]) { "", "\"", "end", NULL });
  g_assert_cmpuint (record (table, 2)->line, ==, 6);
}

static void
test_line_ends (void)
{
  const char *texts[] = {
    "h1,h2\n1,2\n\n3,4",             /* LF, a blank line, no final line end */
    "h1,h2\r\n1,2\r\n\r\n3,4\r\n",   /* CRLF */
    "h1,h2\r1,2\r\r3,4\r",           /* lone CR, as old Mac exports */
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PursuitCsvTable) table = parse (texts[i]);

      g_assert_cmpuint (table->records->len, ==, 2);
      assert_fields (record (table, 0), (const char *[]) { "1", "2", NULL });
      assert_fields (record (table, 1), (const char *[]) { "3", "4", NULL });
      /* The blank line still counts: "3,4" is on line 4. */
      g_assert_cmpuint (record (table, 0)->line, ==, 2);
      g_assert_cmpuint (record (table, 1)->line, ==, 4);
    }
}

static void
test_bom (void)
{
  g_autoptr(PursuitCsvTable) table = parse ("\xef\xbb\xbf" "Company;Title\nAcme;Clerk\n");

  g_assert_cmpint (table->separator, ==, ';');
  assert_fields (table->header, (const char *[]) { "Company", "Title", NULL });
  assert_fields (record (table, 0), (const char *[]) { "Acme", "Clerk", NULL });
}

static void
test_separators (void)
{
  {
    /* A European spreadsheet: semicolons, decimal commas in the data. */
    g_autoptr(PursuitCsvTable) table = parse ("Company;Pay;Notes\nAcme;38,5;\"a;b\"\n");

    g_assert_cmpint (table->separator, ==, ';');
    assert_fields (record (table, 0), (const char *[]) { "Acme", "38,5", "a;b", NULL });
  }
  {
    g_autoptr(PursuitCsvTable) table = parse ("Company\tTitle, level\tStage\nAcme\tClerk, II\tApplied\n");

    g_assert_cmpint (table->separator, ==, '\t');
    assert_fields (record (table, 0), (const char *[]) { "Acme", "Clerk, II", "Applied", NULL });
  }
  {
    /* Commas inside a quoted header name do not count. */
    g_autoptr(PursuitCsvTable) table = parse ("\"Company, legal name, city\";Title\nAcme;Clerk\n");

    g_assert_cmpint (table->separator, ==, ';');
    g_assert_cmpstr (table->header->fields[0], ==, "Company, legal name, city");
  }
  {
    /* Excel's first line naming the separator. */
    g_autoptr(PursuitCsvTable) table = parse ("sep=;\r\nCompany;Title,x\r\nAcme;Clerk,y\r\n");

    g_assert_cmpint (table->separator, ==, ';');
    assert_fields (table->header, (const char *[]) { "Company", "Title,x", NULL });
    g_assert_cmpuint (table->header->line, ==, 2);
    g_assert_cmpuint (record (table, 0)->line, ==, 3);
  }
  {
    /* One column: a comma, and nothing to split. */
    g_autoptr(PursuitCsvTable) table = parse ("Company\nAcme\n");

    g_assert_cmpint (table->separator, ==, ',');
    assert_fields (record (table, 0), (const char *[]) { "Acme", NULL });
  }
}

static void
test_invalid_utf8 (void)
{
  /* "Caf\xe9" is Latin-1, on line 3; a NUL byte is not text either. */
  const char latin1[] = "Company,Title\nAcme,Clerk\nCaf\xe9,Cook\n";
  const char nul[] = "Company,Title\nAcme\0,Clerk\n";
  g_autoptr(GError) error = NULL;
  PursuitCsvTable *table;

  table = pursuit_csv_table_parse (latin1, strlen (latin1), &error);
  g_assert_null (table);
  g_assert_error (error, PURSUIT_CSV_ERROR, PURSUIT_CSV_ERROR_INVALID_UTF8);
  g_assert_true (g_str_has_prefix (error->message, "Line 3:"));
  g_clear_error (&error);

  table = pursuit_csv_table_parse (nul, sizeof nul - 1, &error);
  g_assert_null (table);
  g_assert_error (error, PURSUIT_CSV_ERROR, PURSUIT_CSV_ERROR_INVALID_UTF8);
  g_assert_true (g_str_has_prefix (error->message, "Line 2:"));
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  const char text[] = "a,b\n";

  /* The size is checked before a byte is read. */
  g_assert_null (pursuit_csv_table_parse (text, (gsize) PURSUIT_CSV_MAX_BYTES + 1, &error));
  g_assert_error (error, PURSUIT_CSV_ERROR, PURSUIT_CSV_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "64 MB"));
}

static void
test_unterminated_quote (void)
{
  const char *text = "Company,Title\nAcme,Clerk\n\"Globex,Cook\nInitech,Tester\n";
  g_autoptr(GError) error = NULL;

  g_assert_null (pursuit_csv_table_parse (text, strlen (text), &error));
  g_assert_error (error, PURSUIT_CSV_ERROR, PURSUIT_CSV_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "Line 3:"));
}

static void
test_field_count (void)
{
  g_autoptr(PursuitCsvTable) table = parse ("a,b,c\n1,2,3\n4,5\n6,7,8,\n9,10,11,12\n");

  g_assert_cmpuint (table->records->len, ==, 4);
  g_assert_null (record (table, 0)->problem);
  g_assert_cmpstr (record (table, 1)->problem, ==, "Line 3 has 2 fields, but the first line names 3 columns.");
  assert_fields (record (table, 1), (const char *[]) { "4", "5", NULL });
  /* A trailing separator is forgiven. */
  g_assert_null (record (table, 2)->problem);
  assert_fields (record (table, 2), (const char *[]) { "6", "7", "8", NULL });
  g_assert_cmpstr (record (table, 3)->problem, ==, "Line 5 has 4 fields, but the first line names 3 columns.");
}

static void
test_sloppy_quotes (void)
{
  g_autoptr(PursuitCsvTable) table = parse ("a,b\n\"abc\"def,x\nab\"c,d\" e\n");

  assert_fields (record (table, 0), (const char *[]) { "abcdef", "x", NULL });
  g_assert_cmpstr (record (table, 0)->problem, ==, "Line 2: text follows the closing quote of field 1.");
  /* A quote inside an unquoted field is just a character. */
  assert_fields (record (table, 1), (const char *[]) { "ab\"c", "d\" e", NULL });
  g_assert_null (record (table, 1)->problem);
}

static void
test_empty (void)
{
  const char *texts[] = { "", "\n\r\n\n", "\xef\xbb\xbf" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_null (pursuit_csv_table_parse (texts[i], strlen (texts[i]), &error));
      g_assert_error (error, PURSUIT_CSV_ERROR, PURSUIT_CSV_ERROR_EMPTY);
    }

  {
    g_autoptr(PursuitCsvTable) table = parse ("a,b\n,\n  ,\t\n");

    /* Records of nothing but empty fields carry no data. */
    g_assert_cmpuint (table->records->len, ==, 0);
  }
}

static void
test_too_many_fields (void)
{
  g_autoptr(GString) text = g_string_new ("a\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < PURSUIT_CSV_MAX_FIELDS; i++)
    g_string_append_c (text, ',');
  g_assert_null (pursuit_csv_table_parse (text->str, text->len, &error));
  g_assert_error (error, PURSUIT_CSV_ERROR, PURSUIT_CSV_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "Line 2 "));
}

static void
test_reader (void)
{
  const char *text = "x;y\n1;2\n\"3\n\";4\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCsvReader) reader = pursuit_csv_reader_new (text, strlen (text), &error);
  g_autoptr(PursuitCsvRecord) first = NULL;
  g_autoptr(PursuitCsvRecord) second = NULL;
  g_autoptr(PursuitCsvRecord) third = NULL;
  PursuitCsvRecord *none = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (pursuit_csv_reader_get_separator (reader), ==, ';');
  g_assert_true (pursuit_csv_reader_next (reader, &first, &error));
  g_assert_true (pursuit_csv_reader_next (reader, &second, &error));
  g_assert_true (pursuit_csv_reader_next (reader, &third, &error));
  g_assert_false (pursuit_csv_reader_next (reader, &none, &error));
  g_assert_no_error (error);
  g_assert_null (none);

  assert_fields (first, (const char *[]) { "x", "y", NULL });
  assert_fields (second, (const char *[]) { "1", "2", NULL });
  assert_fields (third, (const char *[]) { "3\n", "4", NULL });
  g_assert_cmpuint (third->line, ==, 3);
}

static char *
written_field (const char           *text,
               PursuitCsvWriteFlags  flags)
{
  GString *out = g_string_new (NULL);

  pursuit_csv_write_field (out, text, flags);
  return g_string_free (out, FALSE);
}

static void
test_write_field (void)
{
  static const struct
  {
    const char *text;
    PursuitCsvWriteFlags flags;
    const char *expected;
  } cases[] = {
    { "Acme", PURSUIT_CSV_WRITE_NONE, "Acme" },
    { "", PURSUIT_CSV_WRITE_NONE, "" },
    { "Acme, Inc.", PURSUIT_CSV_WRITE_NONE, "\"Acme, Inc.\"" },
    { "say \"hi\"", PURSUIT_CSV_WRITE_NONE, "\"say \"\"hi\"\"\"" },
    { "one\ntwo", PURSUIT_CSV_WRITE_NONE, "\"one\ntwo\"" },
    { "a;b", PURSUIT_CSV_WRITE_NONE, "\"a;b\"" },
    { "a\tb", PURSUIT_CSV_WRITE_NONE, "\"a\tb\"" },
    { " edge", PURSUIT_CSV_WRITE_NONE, "\" edge\"" },
    { "Café 日本 😀", PURSUIT_CSV_WRITE_NONE, "Café 日本 😀" },
    { "=SUM(A1:A3)", PURSUIT_CSV_WRITE_NONE, "=SUM(A1:A3)" },
    { "=SUM(A1:A3)", PURSUIT_CSV_WRITE_PROTECT_FORMULAS, "'=SUM(A1:A3)" },
    { "+44 20 7946 0000", PURSUIT_CSV_WRITE_PROTECT_FORMULAS, "'+44 20 7946 0000" },
    { "-5", PURSUIT_CSV_WRITE_PROTECT_FORMULAS, "'-5" },
    { "@cmd", PURSUIT_CSV_WRITE_PROTECT_FORMULAS, "'@cmd" },
    { "=1,2", PURSUIT_CSV_WRITE_PROTECT_FORMULAS, "\"'=1,2\"" },
    { "a=b", PURSUIT_CSV_WRITE_PROTECT_FORMULAS, "a=b" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *written = written_field (cases[i].text, cases[i].flags);

      g_assert_cmpstr (written, ==, cases[i].expected);
    }
}

static void
test_round_trip (void)
{
  const char *header[] = { "text", "more" };
  const char *awkward[] = {
    "Acme, Inc.",
    "She said \"hi\"",
    "\"",
    "line one\nline two",
    "windows\r\nline",
    "a lone\rcarriage return",
    "Café, Zürich — 日本 😀",
    "=HYPERLINK(\"http://evil.example\")",
    "-leading minus",
    " edge spaces ",
    "semi;colon",
    "tab\there",
    "",
    "trailing comma,",
  };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(PursuitCsvTable) table = NULL;

  pursuit_csv_write_record (out, header, G_N_ELEMENTS (header), PURSUIT_CSV_WRITE_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (awkward); i++)
    {
      const char *fields[] = { awkward[i], awkward[G_N_ELEMENTS (awkward) - 1 - i] };

      pursuit_csv_write_record (out, fields, G_N_ELEMENTS (fields), PURSUIT_CSV_WRITE_NONE);
    }
  g_assert_true (g_str_has_suffix (out->str, "\r\n"));

  table = parse (out->str);
  g_assert_cmpint (table->separator, ==, ',');
  g_assert_cmpuint (table->records->len, ==, G_N_ELEMENTS (awkward));
  for (guint i = 0; i < G_N_ELEMENTS (awkward); i++)
    {
      PursuitCsvRecord *rec = record (table, i);

      g_assert_cmpuint (rec->n_fields, ==, 2);
      g_assert_cmpstr (rec->fields[0], ==, awkward[i]);
      g_assert_cmpstr (rec->fields[1], ==, awkward[G_N_ELEMENTS (awkward) - 1 - i]);
      g_assert_null (rec->problem);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/simple", test_simple);
  g_test_add_func ("/csv/quotes", test_quotes);
  g_test_add_func ("/csv/line-ends", test_line_ends);
  g_test_add_func ("/csv/bom", test_bom);
  g_test_add_func ("/csv/separators", test_separators);
  g_test_add_func ("/csv/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/csv/too-large", test_too_large);
  g_test_add_func ("/csv/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/csv/field-count", test_field_count);
  g_test_add_func ("/csv/sloppy-quotes", test_sloppy_quotes);
  g_test_add_func ("/csv/empty", test_empty);
  g_test_add_func ("/csv/too-many-fields", test_too_many_fields);
  g_test_add_func ("/csv/reader", test_reader);
  g_test_add_func ("/csv/write-field", test_write_field);
  g_test_add_func ("/csv/round-trip", test_round_trip);

  return g_test_run ();
}
