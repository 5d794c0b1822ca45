/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "pursuit-content.h"
#include "pursuit-fuzz.h"
#include "pursuit-pay.h"
#include "pursuit-salary-engine.h"
#include "pursuit-salary-places.h"

/* The pay-text parser, and the engine's reading of a job's title, location
 * and industry, on any text.
 *
 * An input is cut at its NULs into: the pay text, a default currency (taken
 * only when it is a code, as the job's currency field is), a title, a
 * location, an industry and a home country. The pay text alone is the
 * input up to its first NUL. */

enum
{
  PAY,
  DEFAULT_CURRENCY,
  TITLE,
  LOCATION,
  INDUSTRY,
  HOME_COUNTRY,
  N_PARTS
};

static PursuitSalaryEngine *
get_engine (void)
{
  static PursuitSalaryEngine *engine;

  /* Read once: the shipped content is the same for every input. */
  if (engine == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PursuitContent) content = pursuit_content_new_from_resource (NULL, &error);

      g_assert_no_error (error);
      engine = pursuit_salary_engine_new (content);
    }
  return engine;
}

static gboolean
is_code (const char *text,
         gsize       length)
{
  if (strlen (text) != length)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isupper (text[i]))
      return FALSE;
  return TRUE;
}

/* Figures that the formatter writes to the cent read back to the cent;
 * the short form ("39.5k", "1.2M") keeps a tenth of its unit. */
static void
assert_figure (double read_back,
               double figure,
               double tolerance)
{
  if (figure < 0)
    {
      g_assert_cmpfloat (read_back, <, 0);
      return;
    }
  g_assert_cmpfloat (fabs (read_back - figure), <=, tolerance);
}

static void
check_read_back (const char             *written,
                 const char             *default_currency,
                 const PursuitParsedPay *parsed,
                 gboolean                short_form)
{
  g_autoptr(GError) error = NULL;
  PursuitParsedPay again;
  double high = parsed->max >= 0 ? parsed->max : parsed->min;

  g_assert_true (g_utf8_validate (written, -1, NULL));
  if (!pursuit_pay_parse (written, default_currency, &again, &error))
    pursuit_fuzz_fail ("“%s” does not read back: %s", written, error->message);

  g_assert_cmpint (again.kind, ==, PURSUIT_PAY_TEXT_FIGURES);
  g_assert_cmpstr (again.currency, ==, parsed->currency);
  g_assert_cmpint (again.period, ==, parsed->period);
  if (short_form)
    {
      /* "1.2M" is within 50,000 of the figure, "39.5k" within 50. */
      double tolerance = high >= 1e6 ? 0.05e6 : high >= 1e4 ? 50 : 0.005;

      assert_figure (again.min, parsed->min, tolerance * 1.0001);
      assert_figure (again.max, parsed->max, tolerance * 1.0001);
    }
  else
    {
      assert_figure (again.min, parsed->min, 0.005 + 1e-9 * high);
      assert_figure (again.max, parsed->max, 0.005 + 1e-9 * high);
    }
}

static void
check_pay (const char *text,
           const char *default_currency)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *written_short = NULL;
  g_autofree char *conversion = NULL;
  PursuitParsedPay parsed;
  PursuitPay pay;

  if (!pursuit_pay_parse (text, default_currency, &parsed, &error))
    {
      pursuit_fuzz_assert_error_readable (error, PURSUIT_SALARY_ERROR);
      return;
    }
  g_assert_no_error (error);

  if (parsed.kind == PURSUIT_PAY_TEXT_UNSTATED)
    {
      g_assert_cmpfloat (parsed.min, <, 0);
      g_assert_cmpfloat (parsed.max, <, 0);
      return;
    }

  /* At least one figure, each above zero and at most a billion, in order. */
  g_assert_cmpint (parsed.kind, ==, PURSUIT_PAY_TEXT_FIGURES);
  g_assert_true (parsed.min >= 0 || parsed.max >= 0);
  if (parsed.min >= 0)
    g_assert_true (parsed.min > 0 && parsed.min <= 1e9);
  if (parsed.max >= 0)
    g_assert_true (parsed.max > 0 && parsed.max <= 1e9);
  if (parsed.min >= 0 && parsed.max >= 0)
    g_assert_cmpfloat (parsed.min, <=, parsed.max);

  /* The currency is a code or nothing; the caller's only when none was
   * written. */
  g_assert_true (parsed.currency[0] == '\0' || is_code (parsed.currency, 3));
  if (parsed.currency_from_default)
    g_assert_cmpstr (parsed.currency, ==, default_currency);
  g_assert_cmpint (parsed.period, >=, PURSUIT_PAY_PERIOD_UNKNOWN);
  g_assert_cmpint (parsed.period, <=, PURSUIT_PAY_PERIOD_YEAR);
  if (parsed.period_guessed)
    g_assert_cmpint (parsed.period, !=, PURSUIT_PAY_PERIOD_UNKNOWN);

  /* What is read, written as the app shows it, reads back the same. */
  pay.min = parsed.min;
  pay.max = parsed.max;
  pay.currency = parsed.currency[0] != '\0' ? parsed.currency : NULL;
  pay.period = parsed.period;
  written = pursuit_pay_format (&pay);
  g_assert_nonnull (written);
  check_read_back (written, default_currency, &parsed, FALSE);
  written_short = pursuit_pay_format_short (&pay);
  g_assert_nonnull (written_short);
  /* A thousand thousands is a million. */
  g_assert_null (strstr (written_short, "1000k"));
  check_read_back (written_short, default_currency, &parsed, TRUE);

  if (pay.period != PURSUIT_PAY_PERIOD_YEAR && pay.period != PURSUIT_PAY_PERIOD_UNKNOWN)
    {
      conversion = pursuit_pay_describe_conversion (&pay, PURSUIT_PAY_PERIOD_YEAR, NULL);
      g_assert_nonnull (conversion);
      g_assert_true (g_utf8_validate (conversion, -1, NULL));
    }
}

static void
assert_sentence (const char *what,
                 const char *text)
{
  if (text == NULL || text[0] == '\0' || !g_utf8_validate (text, -1, NULL))
    pursuit_fuzz_fail ("%s is empty or not UTF-8: “%s”", what, text != NULL ? text : "(null)");
}

static void
assert_same_match (const PursuitSalaryMatch *a,
                   const PursuitSalaryMatch *b)
{
  /* Ids are interned: the same id is the same pointer. */
  g_assert_true (a->role == b->role);
  g_assert_true (a->level == b->level);
  g_assert_cmpint (a->role_confidence, ==, b->role_confidence);
  g_assert_true (a->country == b->country);
  g_assert_true (a->area == b->area);
  g_assert_cmpint (a->place_confidence, ==, b->place_confidence);
  g_assert_true (a->industry == b->industry);
  g_assert_cmpint (a->industry_confidence, ==, b->industry_confidence);
}

static void
check_match (GStrv                   parts,
             const PursuitParsedPay *parsed)
{
  PursuitSalaryEngine *engine = get_engine ();
  g_autofree char *title = g_utf8_make_valid (parts[TITLE], -1);
  g_autofree char *location = g_utf8_make_valid (parts[LOCATION], -1);
  g_autofree char *industry = g_utf8_make_valid (parts[INDUSTRY], -1);
  g_autofree char *title_up = g_ascii_strup (title, -1);
  g_autofree char *industry_up = g_ascii_strup (industry, -1);
  PursuitSalaryQuery query = { title, location, industry, NULL, NULL, NULL, NULL };
  /* Not the location: "CO" and "IN" are codes, "co" and "in" words. */
  PursuitSalaryQuery shouted = { title_up, location, industry_up, NULL, NULL, NULL, NULL };
  g_autoptr(PursuitSalaryMatch) match = NULL;
  g_autoptr(PursuitSalaryMatch) match_up = NULL;
  g_autoptr(PursuitSalaryReport) report = NULL;
  PursuitPay posted = { -1, -1, NULL, PURSUIT_PAY_PERIOD_UNKNOWN };
  PursuitPayAssumptions assumptions;
  GPtrArray *benchmarks;

  if (is_code (parts[HOME_COUNTRY], 2))
    query.home_country = shouted.home_country = parts[HOME_COUNTRY];

  match = pursuit_salary_engine_match (engine, &query);
  g_assert_nonnull (match);
  assert_sentence ("role_reason", match->role_reason);
  assert_sentence ("place_reason", match->place_reason);
  assert_sentence ("industry_reason", match->industry_reason);

  /* A level belongs to a role; an id comes with a confidence. */
  if (match->level != NULL)
    g_assert_nonnull (match->role);
  g_assert_true ((match->role == NULL) == (match->role_confidence == PURSUIT_SALARY_CONFIDENCE_NONE));
  g_assert_true ((match->industry == NULL) == (match->industry_confidence == PURSUIT_SALARY_CONFIDENCE_NONE));
  g_assert_true ((match->country == NULL && match->area == NULL) ==
                 (match->place_confidence == PURSUIT_SALARY_CONFIDENCE_NONE));
  g_assert_cmpint (match->role_confidence, <, PURSUIT_SALARY_CONFIDENCE_CHOSEN);
  g_assert_cmpint (match->place_confidence, <, PURSUIT_SALARY_CONFIDENCE_CHOSEN);
  g_assert_cmpint (match->industry_confidence, <, PURSUIT_SALARY_CONFIDENCE_CHOSEN);
  if (match->country != NULL)
    {
      g_assert_true (is_code (match->country, 2));
      /* The home country is taken as the caller gives it, known or not. */
      if (g_strcmp0 (match->country, query.home_country) != 0)
        g_assert_nonnull (pursuit_salary_country_get_name (match->country));
      g_assert_cmpstr (match->area, ==, pursuit_salary_country_get_area (match->country));
    }

  /* Case is not what a title or an industry is read by. */
  match_up = pursuit_salary_engine_match (engine, &shouted);
  assert_same_match (match, match_up);

  /* The comparison with the benchmarks found, for the pay read. */
  if (parsed != NULL && parsed->kind == PURSUIT_PAY_TEXT_FIGURES)
    {
      posted.min = parsed->min;
      posted.max = parsed->max;
      posted.currency = parsed->currency[0] != '\0' ? parsed->currency : NULL;
      posted.period = parsed->period;
    }
  pursuit_pay_assumptions_init (&assumptions);
  report = pursuit_salary_engine_compare (engine, &query, &posted, NULL, &assumptions);
  g_assert_nonnull (report);
  benchmarks = pursuit_salary_report_get_benchmarks (report);
  for (guint i = 0; benchmarks != NULL && i < benchmarks->len; i++)
    {
      const PursuitSalaryBenchmark *benchmark = g_ptr_array_index (benchmarks, i);

      g_assert_nonnull (benchmark->record);
      g_assert_cmpfloat (benchmark->annual, >, 0);
      assert_sentence ("A benchmark's label", benchmark->label);
      assert_sentence ("A benchmark's citation", benchmark->citation);
      if (!benchmark->comparable)
        g_assert_cmpint (benchmark->posted.position, ==, PURSUIT_SALARY_POSITION_NOT_COMPARED);
      g_assert_true (isfinite (benchmark->posted.percent));
    }
  assert_sentence ("The verdict", pursuit_salary_report_get_verdict (report));
  /* The list row's words: maybe none, and the same as the engine's
   * summary of the same job. */
  g_assert_nonnull (pursuit_salary_report_get_summary (report));
  g_assert_true (g_utf8_validate (pursuit_salary_report_get_summary (report), -1, NULL));
  g_assert_cmpstr (pursuit_salary_report_get_summary (report), ==,
                   pursuit_salary_engine_summarize (engine, &query, &posted, &assumptions));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = pursuit_fuzz_text (data, size);
  g_auto(GStrv) parts = pursuit_fuzz_split (data, size, N_PARTS);
  const char *default_currency = is_code (parts[DEFAULT_CURRENCY], 3) ? parts[DEFAULT_CURRENCY] : NULL;
  PursuitParsedPay parsed;
  gboolean read;

  check_pay (text, default_currency);

  read = pursuit_pay_parse (text, default_currency, &parsed, NULL);
  check_match (parts, read ? &parsed : NULL);
  return 0;
}
