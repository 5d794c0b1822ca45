/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-html-text.h"
#include "pursuit-posting.h"
#include "pursuit-stage.h"

/* Job postings from saved pages and the clipboard (schema.org JobPosting
 * in JSON-LD), checked field by field against what the pages say, and the
 * HTML-to-text conversion their descriptions go through. The pages are in
 * tests/data/postings/. */

static char *
read_page (const char *name,
           gsize      *length)
{
  g_autofree char *path = g_build_filename (PURSUIT_TEST_DATA_DIR, "postings", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static GPtrArray *
parse_ok (const char *text,
          gsize       length)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *postings = pursuit_posting_parse (text, length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (postings);
  g_assert_cmpuint (postings->len, >, 0);
  return postings;
}

static void
assert_not_found (const char *text,
                  gsize       length,
                  const char *message_start)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (pursuit_posting_parse (text, length, &error));
  g_assert_error (error, PURSUIT_POSTING_ERROR, PURSUIT_POSTING_ERROR_NOT_FOUND);
  if (!g_str_has_prefix (error->message, message_start))
    g_error ("message “%s” does not start “%s”", error->message, message_start);
}

static PursuitPosting *
posting_at (GPtrArray *postings,
            guint      index)
{
  g_assert_cmpuint (index, <, postings->len);
  return g_ptr_array_index (postings, index);
}

static void
test_single_page (void)
{
  gsize length;
  g_autofree char *page = read_page ("single-posting.html", &length);
  g_autoptr(GPtrArray) postings = parse_ok (page, length);
  PursuitPosting *posting = posting_at (postings, 0);
  PursuitJob *job = posting->job;
  g_autoptr(PursuitStage) stage = pursuit_stage_new (1, PURSUIT_STAGE_KIND_WISHLIST, NULL, 0, FALSE);
  g_autoptr(GError) error = NULL;

  /* The breadcrumbs and the script that only mentions a JobPosting do not count. */
  g_assert_cmpuint (postings->len, ==, 1);

  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Customer Support Specialist & Trainer");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Northwind Traders");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Leeds, West Yorkshire, GB");
  g_assert_cmpint (pursuit_job_get_workplace (job), ==, PURSUIT_WORKPLACE_UNKNOWN);
  g_assert_cmpint (pursuit_job_get_employment_type (job), ==, PURSUIT_EMPLOYMENT_FULL_TIME);
  g_assert_cmpstr (pursuit_job_get_industry (job), ==, "Retail");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "https://careers.northwind.example/jobs/4711");
  g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, 26000);
  g_assert_cmpfloat (pursuit_job_get_pay_max (job), ==, 29500);
  g_assert_cmpstr (pursuit_job_get_pay_currency (job), ==, "GBP");
  g_assert_cmpint (pursuit_job_get_pay_period (job), ==, PURSUIT_PAY_PERIOD_YEAR);
  g_assert_cmpstr (pursuit_job_get_deadline (job), ==, "2026-04-30");
  g_assert_cmpstr (posting->date_posted, ==, "2026-03-01");
  g_assert_cmpstr (pursuit_job_get_posting_text (job), ==,
                   "About the role\n"
                   "\n"
                   "Help our customers by phone, email and chat.\n"
                   "\n"
                   "You will:\n"
                   "\n"
                   "• Answer questions about orders\n"
                   "• Train new starters – two a month\n"
                   "\n"
                   "Apply by 30 April.\n"
                   "We reply within a week.");
  g_assert_cmpstr (pursuit_job_get_notes (job), ==, "");
  g_assert_null (pursuit_job_get_stage (job));

  /* Given a stage, the draft saves as it is. */
  pursuit_job_set_stage (job, stage);
  g_assert_true (pursuit_job_validate (job, &error));
  g_assert_no_error (error);
}

static void
test_graph_page (void)
{
  gsize length;
  g_autofree char *page = read_page ("graph.html", &length);
  g_autoptr(GPtrArray) postings = parse_ok (page, length);
  PursuitPosting *posting = posting_at (postings, 0);
  PursuitJob *job = posting->job;

  g_assert_cmpuint (postings->len, ==, 1);
  /* No title: the name stands in. */
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Help Desk Analyst (Part-time)");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Contoso Ltd");
  /* Two places, the third a repeat; an address written as text. */
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Toronto, ON, CA; Montréal, QC");
  g_assert_cmpint (pursuit_job_get_workplace (job), ==, PURSUIT_WORKPLACE_REMOTE);
  /* The first type Pursuit knows. */
  g_assert_cmpint (pursuit_job_get_employment_type (job), ==, PURSUIT_EMPLOYMENT_PART_TIME);
  /* A plain number, the currency on the posting. */
  g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, 28.5);
  g_assert_cmpfloat (pursuit_job_get_pay_max (job), ==, 28.5);
  g_assert_cmpstr (pursuit_job_get_pay_currency (job), ==, "CAD");
  g_assert_cmpint (pursuit_job_get_pay_period (job), ==, PURSUIT_PAY_PERIOD_UNKNOWN);
  g_assert_cmpstr (posting->date_posted, ==, "2026-02-10");
  g_assert_cmpstr (pursuit_job_get_deadline (job), ==, "");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "");
  /* Escaped once too often, and the entity inside it too. */
  g_assert_cmpstr (pursuit_job_get_posting_text (job), ==, "Fix laptops & phones.\n\n• Tickets\n• Calls");
}

/* JSON-LD copied without the page: a top-level array, a posting with
 * little in it, and one whose fields have the wrong types. */
static void
test_clipboard (void)
{
  const char *text =
    "  [\n"
    "  {\"@context\": \"http://schema.org\", \"@type\": \"JobPosting\",\n"
    "   \"title\": \"Contact Centre Agent\", \"hiringOrganization\": \"Fabrikam\",\n"
    "   \"jobLocationType\": \"TELECOMMUTE\",\n"
    "   \"applicantLocationRequirements\": [{\"@type\": \"Country\", \"name\": \"Ireland\"},\n"
    "                                     {\"@type\": \"Country\", \"name\": \"United Kingdom\"}],\n"
    "   \"description\": \"Answer calls.\\n\\nKeep notes in the CRM.\\n  Be kind.  \"},\n"
    "  {\"@type\": \"schema:JobPosting\", \"title\": 42,\n"
    "   \"hiringOrganization\": [{\"@type\": \"Organization\", \"name\": \"Litware\"}, {\"name\": \"Other\"}],\n"
    "   \"jobLocation\": \"Austin, TX\", \"employmentType\": \"Temporary\",\n"
    "   \"baseSalary\": {\"@type\": \"MonetaryAmount\", \"currency\": \"USD\", \"value\": 19, \"unitText\": \"HOUR\"},\n"
    "   \"validThrough\": \"soon\", \"datePosted\": null, \"url\": \"not a link\",\n"
    "   \"industry\": [\"Software\", \"Support\"], \"description\": null}\n"
    "  ]\n";
  g_autoptr(GPtrArray) postings = parse_ok (text, strlen (text));
  PursuitJob *job;

  g_assert_cmpuint (postings->len, ==, 2);

  job = posting_at (postings, 0)->job;
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Contact Centre Agent");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Fabrikam");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Ireland; United Kingdom");
  g_assert_cmpint (pursuit_job_get_workplace (job), ==, PURSUIT_WORKPLACE_REMOTE);
  g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, -1);
  g_assert_cmpstr (pursuit_job_get_posting_text (job), ==, "Answer calls.\n\nKeep notes in the CRM.\nBe kind.");
  g_assert_cmpstr (posting_at (postings, 0)->date_posted, ==, "");

  job = posting_at (postings, 1)->job;
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "42");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Litware");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Austin, TX");
  g_assert_cmpint (pursuit_job_get_employment_type (job), ==, PURSUIT_EMPLOYMENT_TEMPORARY);
  g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, 19);
  g_assert_cmpfloat (pursuit_job_get_pay_max (job), ==, 19);
  g_assert_cmpstr (pursuit_job_get_pay_currency (job), ==, "USD");
  g_assert_cmpint (pursuit_job_get_pay_period (job), ==, PURSUIT_PAY_PERIOD_HOUR);
  g_assert_cmpstr (pursuit_job_get_deadline (job), ==, "");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "");
  g_assert_cmpstr (pursuit_job_get_industry (job), ==, "Software, Support");
  g_assert_cmpstr (pursuit_job_get_posting_text (job), ==, "");
}

static void
test_shapes (void)
{
  {
    /* Nothing but a type: an empty draft, not a refusal. */
    const char *text = "{\"@type\": \"JobPosting\"}";
    g_autoptr(GPtrArray) postings = parse_ok (text, strlen (text));
    PursuitJob *job = posting_at (postings, 0)->job;

    g_assert_cmpstr (pursuit_job_get_title (job), ==, "");
    g_assert_cmpstr (pursuit_job_get_company (job), ==, "");
    g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, -1);
  }
  {
    /* The posting as a page's main entity; the same posting again in a
     * second block; an HTML comment around the JSON. */
    const char *text =
      "<script type=\"application/ld+json\"><!--\n"
      "{\"@type\": \"WebPage\", \"mainEntity\": {\"@type\": \"JobPosting\", \"title\": \"Porter\","
      " \"hiringOrganization\": {\"name\": \"Coho\"}}}\n"
      "--></script>\n"
      "<script type=\"application/ld+json\">"
      "{\"@type\": \"JobPosting\", \"title\": \"Porter\", \"hiringOrganization\": \"Coho\"}</script>";
    g_autoptr(GPtrArray) postings = parse_ok (text, strlen (text));

    g_assert_cmpuint (postings->len, ==, 1);
    g_assert_cmpstr (pursuit_job_get_title (posting_at (postings, 0)->job), ==, "Porter");
    g_assert_cmpstr (pursuit_job_get_company (posting_at (postings, 0)->job), ==, "Coho");
  }
  {
    /* Figures in strings, the wrong way round, on the MonetaryAmount. */
    const char *text =
      "{\"@type\": \"JobPosting\", \"baseSalary\": {\"@type\": \"MonetaryAmount\", \"currency\": \"eur\","
      " \"minValue\": \"3,200.50\", \"maxValue\": 2800, \"unitText\": \"MONTH\"}}";
    g_autoptr(GPtrArray) postings = parse_ok (text, strlen (text));
    PursuitJob *job = posting_at (postings, 0)->job;

    g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, 2800);
    g_assert_cmpfloat (pursuit_job_get_pay_max (job), ==, 3200.5);
    g_assert_cmpstr (pursuit_job_get_pay_currency (job), ==, "EUR");
    g_assert_cmpint (pursuit_job_get_pay_period (job), ==, PURSUIT_PAY_PERIOD_MONTH);
  }
  {
    /* A single value in a QuantitativeValue; no currency anywhere. */
    const char *text =
      "{\"@type\": \"JobPosting\", \"baseSalary\": {\"@type\": \"MonetaryAmount\","
      " \"value\": {\"@type\": \"QuantitativeValue\", \"value\": 900, \"unitText\": \"WEEK\"}}}";
    g_autoptr(GPtrArray) postings = parse_ok (text, strlen (text));
    PursuitJob *job = posting_at (postings, 0)->job;

    g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, 900);
    g_assert_cmpfloat (pursuit_job_get_pay_max (job), ==, 900);
    g_assert_cmpstr (pursuit_job_get_pay_currency (job), ==, "");
    g_assert_cmpint (pursuit_job_get_pay_period (job), ==, PURSUIT_PAY_PERIOD_WEEK);
  }
  {
    /* Wrong types everywhere are skipped, not fatal. */
    const char *text =
      "{\"@type\": \"JobPosting\", \"title\": {\"oops\": true}, \"hiringOrganization\": 7,"
      " \"jobLocation\": [[\"nested\"], null, {\"address\": {\"addressLocality\": [\"Oslo\"]}}],"
      " \"employmentType\": {\"x\": 1}, \"baseSalary\": \"lots\", \"description\": 12}";
    g_autoptr(GPtrArray) postings = parse_ok (text, strlen (text));
    PursuitJob *job = posting_at (postings, 0)->job;

    g_assert_cmpstr (pursuit_job_get_title (job), ==, "");
    g_assert_cmpstr (pursuit_job_get_company (job), ==, "7");
    g_assert_cmpstr (pursuit_job_get_location (job), ==, "Oslo");
    g_assert_cmpint (pursuit_job_get_employment_type (job), ==, PURSUIT_EMPLOYMENT_UNKNOWN);
    g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, -1);
    g_assert_cmpstr (pursuit_job_get_posting_text (job), ==, "");
  }
  {
    /* A very long title is cut to what the store takes, at a character. */
    g_autoptr(GString) text = g_string_new ("{\"@type\": \"JobPosting\", \"title\": \"");
    g_autoptr(GPtrArray) postings = NULL;
    const char *title;

    for (guint i = 0; i < 600; i++)
      g_string_append (text, "é");
    g_string_append (text, "\"}");
    postings = parse_ok (text->str, text->len);
    title = pursuit_job_get_title (posting_at (postings, 0)->job);
    g_assert_cmpuint (strlen (title), ==, 1000);
    g_assert_true (g_utf8_validate (title, -1, NULL));
  }
}

static void
test_refusals (void)
{
  gsize length;
  g_autofree char *page = read_page ("no-posting.html", &length);
  g_autoptr(GError) error = NULL;
  const char latin1[] = "<html><title>Caf\xe9</title></html>";

  assert_not_found (page, length, "This page has structured data, but no job posting in it.");
  assert_not_found ("<html><body><h1>Clerk</h1></body></html>", 40, "This page has no job posting data.");
  assert_not_found ("", 0, "This page has no job posting data.");
  assert_not_found ("Clerk wanted, apply within", 26, "This page has no job posting data.");
  {
    const char *broken = "<script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": }</script>";

    assert_not_found (broken, strlen (broken), "The page’s job data cannot be read: ");
  }

  g_assert_null (pursuit_posting_parse (latin1, sizeof latin1 - 1, &error));
  g_assert_error (error, PURSUIT_POSTING_ERROR, PURSUIT_POSTING_ERROR_INVALID_UTF8);
  g_clear_error (&error);

  /* The size is checked before a byte is read. */
  g_assert_null (pursuit_posting_parse (latin1, (gsize) PURSUIT_POSTING_MAX_BYTES + 1, &error));
  g_assert_error (error, PURSUIT_POSTING_ERROR, PURSUIT_POSTING_ERROR_TOO_LARGE);
}

/* The JSON parser recurses once per level; nesting a hostile page makes
 * as deep as it likes must be refused before it gets there. */
static void
test_deep_nesting (void)
{
  g_autoptr(GString) hostile = g_string_new ("<script type=\"application/ld+json\">");
  g_autoptr(GString) fine = g_string_new (NULL);
  g_autoptr(GPtrArray) postings = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append_c (hostile, '[');
  g_string_append (hostile, "</script>");
  assert_not_found (hostile->str, hostile->len, "The page’s job data cannot be read: it is nested too deeply");

  /* Nesting any real page has is fine. */
  for (guint i = 0; i < 30; i++)
    g_string_append (fine, "{\"a\": [");
  g_string_append (fine, "{\"@type\": \"JobPosting\", \"title\": \"Deep\"}");
  for (guint i = 0; i < 30; i++)
    g_string_append (fine, "]}");
  postings = parse_ok (fine->str, fine->len);
  g_assert_cmpstr (pursuit_job_get_title (posting_at (postings, 0)->job), ==, "Deep");
}

static void
test_html_to_text (void)
{
  static const struct
  {
    const char *html;
    const char *text;
  } cases[] = {
    { "<p>One</p><p>Two</p>", "One\n\nTwo" },
    { "Line<br/>break<BR>again", "Line\nbreak\nagain" },
    { "<ul><li>a</li><li><p>b</p></li></ul>after", "• a\n\n• b\n\nafter" },
    { "<p>  lots   of\n\tspace  </p>", "lots of space" },
    { "&amp;&lt;&gt;&quot;&#39;&#x263A;&eacute;&hellip;", "&<>\"'☺é…" },
    { "&#150; &#146;", "– ’" },
    { "&unknown; & &amp", "&unknown; & &" },
    { "a < b and c<d", "a < b and c<d" },
    { "<script>var x = '<p>';</script>Hi<style>p{}</style>", "Hi" },
    { "<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table>", "A B\nC" },
    { "<pre>keep\n  lines</pre>", "keep\nlines" },
    { "<!-- hidden -->shown", "shown" },
    { "<a href=\"x>y\" title='>'>link</a>", "link" },
    { "Plain\r\ntext\r\n\r\n\r\nwith lines", "Plain\ntext\n\nwith lines" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pursuit_html_to_text (cases[i].html, -1);

      g_test_message ("%s", cases[i].html);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Plain ASCII text comes out as it is, the rest collapsed and trimmed. */
static void
test_collapse_spaces (void)
{
  static const struct {
    const char *text;
    const char *collapsed;
  } cases[] = {
    { "", "" },
    { "Phone screen", "Phone screen" },
    { "a b c", "a b c" },
    { " Applied", "Applied" },
    { "Applied ", "Applied" },
    { " ", "" },
    { "Phone  screen", "Phone screen" },
    { "Phone\tscreen", "Phone screen" },
    { "Phone\r\nscreen", "Phone screen" },
    { "Phone\xc2\xa0screen", "Phone screen" },
    { "Offer\x7f", "Offer" },
    { "Caf\xc3\xa9  au lait ", "Caf\xc3\xa9 au lait" },
    { "a\x01" "b", "ab" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *collapsed = pursuit_html_collapse_spaces (cases[i].text);

      g_assert_cmpstr (collapsed, ==, cases[i].collapsed);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/posting/single-page", test_single_page);
  g_test_add_func ("/posting/graph-page", test_graph_page);
  g_test_add_func ("/posting/clipboard", test_clipboard);
  g_test_add_func ("/posting/shapes", test_shapes);
  g_test_add_func ("/posting/refusals", test_refusals);
  g_test_add_func ("/posting/deep-nesting", test_deep_nesting);
  g_test_add_func ("/posting/html-to-text", test_html_to_text);
  g_test_add_func ("/posting/collapse-spaces", test_collapse_spaces);

  return g_test_run ();
}
