/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib.h>

#include "pursuit-salary.h"

/* Every expected value below was worked out by hand: role and level from
 * the guides' aliases and ladders, places from an atlas, figures from
 * data/content/salaries.xml or tests/data/salary-content/salaries.xml. */

#define CSS "customer-service-specialist"
#define CCS "contact-center-specialist"
#define CALL "call-center-specialist"
#define CSM "customer-service-manager"

#define NONE PURSUIT_SALARY_CONFIDENCE_NONE
#define GUESSED PURSUIT_SALARY_CONFIDENCE_GUESSED
#define CLOSE PURSUIT_SALARY_CONFIDENCE_CLOSE
#define EXACT PURSUIT_SALARY_CONFIDENCE_EXACT
#define CHOSEN PURSUIT_SALARY_CONFIDENCE_CHOSEN

static PursuitContent *
load_shipped_content (void)
{
  g_autoptr(GError) error = NULL;
  PursuitContent *content = pursuit_content_new_from_resource (NULL, &error);

  g_assert_no_error (error);
  return content;
}

/* tests/data/salary-content: one made-up role with round figures. */
static PursuitContent *
load_test_content (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "salary-content", NULL);
  PursuitContent *content = pursuit_content_new_from_directory (path, &error);

  g_assert_no_error (error);
  return content;
}

/* Titles, places and industries */

typedef struct
{
  const char *title;
  const char *location;
  const char *industry;
  const char *role;
  const char *level;
  PursuitSalaryConfidence role_confidence;
  const char *country;
  const char *area;
  PursuitSalaryConfidence place_confidence;
  const char *industry_id;
} TitleCase;

static const TitleCase title_cases[] = {
  /* Titles the guides list, ignoring case and punctuation */
  { "Customer Service Representative", "Denver, CO", "Banking", CSS, NULL, EXACT, "US", "north-america", EXACT, "financial-services" },
  { "Customer Service Specialist", "Austin, TX, United States", NULL, CSS, "css-specialist", EXACT, "US", "north-america", EXACT, NULL },
  { "CUSTOMER SERVICE REPRESENTATIVE", "REMOTE IN CANADA", NULL, CSS, NULL, EXACT, "CA", "north-america", EXACT, NULL },
  { "Customer Service Manager", "Berlin, Germany", NULL, CSM, "csm-manager", EXACT, "DE", "europe", EXACT, NULL },
  { "Customer Service Team Lead", "Victoria, BC", NULL, CSS, "css-team-lead", EXACT, "CA", "north-america", EXACT, NULL },
  { "Customer Support Specialist", "Łódź, Polska", NULL, CSS, NULL, EXACT, "PL", "eastern-europe", EXACT, NULL },
  { "Call Center Agent", "Cebu City", NULL, CALL, NULL, EXACT, "PH", "asia-pacific", CLOSE, NULL },
  { "Junior Customer Service Specialist", "Ciudad de México", NULL, CSS, "css-junior", EXACT, "MX", "latin-america", CLOSE, NULL },
  { "Customer Service Associate", "Remote (US)", "SaaS", CSS, NULL, EXACT, "US", "north-america", EXACT, "technology" },
  { "Director of Contact Center Operations", "Remote (LATAM)", NULL, CCS, "ccs-director", EXACT, NULL, "latin-america", CLOSE, NULL },
  { "Senior Contact Center Specialist", "Cape Town, South Africa", NULL, CCS, "ccs-senior", EXACT, "ZA", NULL, EXACT, NULL },
  { "Customer Experience Manager", "Singapore", NULL, CSM, "csm-manager", EXACT, "SG", "asia-pacific", EXACT, NULL },
  { "Head of Customer Service", "Hamburg", NULL, CSM, "csm-director", EXACT, "DE", "europe", CLOSE, NULL },
  { "Senior Call Center Specialist", "Perth, Scotland", NULL, CALL, "call-senior", EXACT, "GB", "europe", EXACT, NULL },
  { "Call Center Manager", "St. John's, NL", NULL, CALL, "call-manager", EXACT, "CA", "north-america", EXACT, NULL },
  { "Customer Service Supervisor", "Auckland, New Zealand", NULL, CSM, "csm-team-lead", EXACT, "NZ", "asia-pacific", EXACT, NULL },

  /* Abbreviations, spellings, synonyms, seniority, noise */
  { "Senior Customer Support Specialist", "Remote (US)", NULL, CSS, "css-senior", CLOSE, "US", "north-america", EXACT, NULL },
  { "Sr. Customer Service Rep", "Toronto, ON", NULL, CSS, "css-senior", CLOSE, "CA", "north-america", EXACT, NULL },
  { "Customer Service Rep II", "Remote", NULL, CSS, "css-specialist", CLOSE, "US", "north-america", GUESSED, NULL },
  { "Customer Service Rep I", "Columbus, OH", NULL, CSS, "css-junior", CLOSE, "US", "north-america", EXACT, NULL },
  { "Customer Service Representative III", "Tampa, FL", NULL, CSS, "css-senior", CLOSE, "US", "north-america", EXACT, NULL },
  { "Level 3 Customer Service Representative", "Salt Lake City, UT", NULL, CSS, "css-senior", CLOSE, "US", "north-america", EXACT, NULL },
  { "Tier 2 Contact Center Agent", "Kraków, Poland", NULL, CCS, "ccs-specialist", CLOSE, "PL", "eastern-europe", EXACT, NULL },
  { "Entry Level Customer Service Representative", "Atlanta, Georgia", NULL, CSS, "css-junior", CLOSE, "US", "north-america", EXACT, NULL },
  { "Entry-Level Call Center Representative", "Tbilisi, Georgia", NULL, CALL, "call-junior", CLOSE, "GE", NULL, EXACT, NULL },
  { "Associate Customer Service Representative", "Birmingham, AL", NULL, CSS, "css-junior", CLOSE, "US", "north-america", EXACT, NULL },
  { "Lead Customer Service Representative", "Birmingham", NULL, CSS, "css-team-lead", CLOSE, "GB", "europe", CLOSE, NULL },
  { "Principal Customer Service Representative", "Paris, TX", NULL, CSS, "css-senior", CLOSE, "US", "north-america", EXACT, NULL },
  { "Customer Service Team Leader", "London, ON", NULL, CSS, "css-team-lead", CLOSE, "CA", "north-america", EXACT, NULL },
  { "Customer Service Mgr.", "Melbourne, Victoria", NULL, CSM, "csm-manager", CLOSE, "AU", "asia-pacific", EXACT, NULL },
  { "Assistant Customer Service Manager", "Brisbane, QLD, Australia", NULL, CSM, "csm-team-lead", CLOSE, "AU", "asia-pacific", EXACT, NULL },
  { "Customer Service Supervisor - Night Shift", "Phoenix, AZ", NULL, CSM, "csm-team-lead", CLOSE, "US", "north-america", EXACT, NULL },
  { "Contact Center Supervisor", "Manila, Philippines", NULL, CCS, "ccs-team-lead", CLOSE, "PH", "asia-pacific", EXACT, NULL },
  { "Contact Centre Operations Manager", "Mumbai, IN", NULL, CCS, "ccs-manager", CLOSE, "IN", "asia-pacific", EXACT, NULL },
  { "Director of Customer Support", "Perth, WA", NULL, CSS, "css-director", CLOSE, "AU", "asia-pacific", EXACT, NULL },
  { "Director, Customer Service", "Dublin, Ireland", NULL, CSS, "css-director", CLOSE, "IE", "europe", EXACT, NULL },
  { "VP, Customer Experience", "San Francisco, CA", NULL, CSS, "css-vp", CLOSE, "US", "north-america", EXACT, NULL },
  { "CX Operations Manager", "Tokyo, Japan", NULL, CSM, "csm-manager", CLOSE, "JP", "asia-pacific", EXACT, NULL },
  { "Call Centre Agent (Spanish)", "Manchester, United Kingdom", NULL, CALL, NULL, CLOSE, "GB", "europe", EXACT, NULL },
  { "Inbound Call Centre Rep", "Newcastle upon Tyne", NULL, CALL, NULL, CLOSE, "GB", "europe", CLOSE, NULL },
  { "Phone Customer Service Rep", "Seattle, WA", NULL, CALL, NULL, CLOSE, "US", "north-america", EXACT, NULL },
  { "Contact Center Representative (Bilingual French)", "Montréal, QC", NULL, CCS, NULL, CLOSE, "CA", "north-america", EXACT, NULL },
  { "Bilingual CSR - Work From Home", "Remote - Canada", NULL, CSS, NULL, CLOSE, "CA", "north-america", EXACT, NULL },
  { "CSR II - Spanish Speaking", "Miami, FL", NULL, CSS, "css-specialist", CLOSE, "US", "north-america", EXACT, NULL },
  { "customer service rep (part-time)", "Halifax, NS", NULL, CSS, NULL, CLOSE, "CA", "north-america", EXACT, NULL },
  { "Client Services Associate", "Kraków", NULL, CSS, NULL, CLOSE, "PL", "eastern-europe", CLOSE, NULL },
  { "Customer Care Representative", "Cork", "Telecommunications", CSS, NULL, CLOSE, "IE", "europe", CLOSE, "telecom-utilities" },
  { "Specialist, Customer Service", "Denver, CO", NULL, CSS, "css-specialist", CLOSE, "US", "north-america", EXACT, NULL },
  { "Customer Service / Call Center Representative", "Las Vegas, NV", NULL, CALL, NULL, CLOSE, "US", "north-america", EXACT, NULL },

  /* Guesses */
  { "Customer Care Advisor", "Glasgow", NULL, CSS, NULL, GUESSED, "GB", "europe", CLOSE, NULL },
  { "Customer Service Executive", "Edinburgh, Scotland", NULL, CSS, NULL, GUESSED, "GB", "europe", EXACT, NULL },
  { "Pharmacy Customer Service Representative", "Boulder, CO", "Hospital", CSS, NULL, GUESSED, "US", "north-america", EXACT, "healthcare" },
  { "Customer Service Trainee", "Sydney NSW", NULL, CSS, "css-junior", GUESSED, "AU", "asia-pacific", EXACT, NULL },
  { "Head of Customer Experience", "London", NULL, CSM, "csm-director", GUESSED, "GB", "europe", CLOSE, NULL },
  { "Call Center Director", "Dallas, TX", NULL, CCS, "ccs-director", GUESSED, "US", "north-america", EXACT, NULL },
  { "Customer Service", "Remote (EU)", NULL, CSS, NULL, GUESSED, NULL, "europe", CLOSE, NULL },

  /* "Service" or "customer" alone is not enough */
  { "Field Service Engineer", "Denver, CO", NULL, NULL, NULL, NONE, "US", "north-america", EXACT, NULL },
  { "Food Service Worker", "Chicago, IL", NULL, NULL, NULL, NONE, "US", "north-america", EXACT, NULL },
  { "Customer Success Manager", "New York, NY", NULL, NULL, NULL, NONE, "US", "north-america", EXACT, NULL },
  { "Service Desk Analyst", "London, UK", NULL, NULL, NULL, NONE, "GB", "europe", EXACT, NULL },
  { "Customer Experience Specialist", "Kuala Lumpur, Malaysia", NULL, NULL, NULL, NONE, "MY", "asia-pacific", EXACT, NULL },
  { "Training Specialist, Customer Service", "Denver", NULL, NULL, NULL, NONE, "US", "north-america", CLOSE, NULL },
  { "Technical Support Engineer", "Austin, TX", NULL, NULL, NULL, NONE, "US", "north-america", EXACT, NULL },
  { "Chat Support Agent", "Remote - US", NULL, NULL, NULL, NONE, "US", "north-america", EXACT, NULL },
  { "Customer Service Engineer", "Munich, Germany", NULL, NULL, NULL, NONE, "DE", "europe", EXACT, NULL },
  { "Customer Service Quality Analyst", "Phoenix, AZ", NULL, NULL, NULL, NONE, "US", "north-america", EXACT, NULL },
  { "Quality Assurance Analyst, Contact Center", "Tampa", NULL, NULL, NULL, NONE, "US", "north-america", CLOSE, NULL },
  { "", "Denver, CO", NULL, NULL, NULL, NONE, "US", "north-america", EXACT, NULL },

  /* Places: codes read by the words around them */
  { "Customer Service Representative", "", NULL, CSS, NULL, EXACT, "US", "north-america", GUESSED, NULL },
  { "Customer Service Representative", "Atlantis", NULL, CSS, NULL, EXACT, "US", "north-america", GUESSED, NULL },
  { "Customer Service Representative", "CO", NULL, CSS, NULL, EXACT, "CO", "latin-america", EXACT, NULL },
  { "Customer Service Representative", "Berlin, DE", NULL, CSS, NULL, EXACT, "DE", "europe", EXACT, NULL },
  { "Customer Service Representative", "Remote (CA)", NULL, CSS, NULL, EXACT, "CA", "north-america", EXACT, NULL },
  { "Customer Service Representative", "Los Angeles, CA", NULL, CSS, NULL, EXACT, "US", "north-america", EXACT, NULL },
  { "Customer Service Representative", "Hybrid - Dublin 2", NULL, CSS, NULL, EXACT, "IE", "europe", CLOSE, NULL },
  { "Customer Service Representative", "Washington, DC", NULL, CSS, NULL, EXACT, "US", "north-america", EXACT, NULL },
  { "Customer Service Representative", "Amsterdam, NL", NULL, CSS, NULL, EXACT, "NL", "europe", EXACT, NULL },
  { "Customer Service Representative", "Bengaluru, Karnataka", NULL, CSS, NULL, EXACT, "IN", "asia-pacific", EXACT, NULL },
  { "Customer Service Representative", "Remote - EMEA", NULL, CSS, NULL, EXACT, NULL, "europe", CLOSE, NULL },

  /* Industries */
  { "Customer Service Rep", "Remote", "Insurance", CSS, NULL, CLOSE, "US", "north-america", GUESSED, "financial-services" },
  { "Customer Service Rep", "Remote", "Health and fitness", CSS, NULL, CLOSE, "US", "north-america", GUESSED, NULL },
  { "Customer Service Rep", "Remote", "Retail", CSS, NULL, CLOSE, "US", "north-america", GUESSED, "retail-ecommerce" },
  { "Customer Service Rep", "Remote", "E-commerce", CSS, NULL, CLOSE, "US", "north-america", GUESSED, "retail-ecommerce" },
  { "Customer Service Rep", "Remote", "Logistics", CSS, NULL, CLOSE, "US", "north-america", GUESSED, NULL },
};

static void
test_titles (void)
{
  g_autoptr(PursuitContent) content = load_shipped_content ();
  g_autoptr(PursuitSalaryEngine) engine = pursuit_salary_engine_new (content);

  g_assert_cmpuint (G_N_ELEMENTS (title_cases), >=, 60);

  for (guint i = 0; i < G_N_ELEMENTS (title_cases); i++)
    {
      const TitleCase *c = &title_cases[i];
      PursuitSalaryQuery query = { c->title, c->location, c->industry, "US", NULL, NULL, NULL };
      g_autoptr(PursuitSalaryMatch) match = pursuit_salary_engine_match (engine, &query);

      g_test_message ("%s | %s: %s; %s", c->title, c->location, match->role_reason, match->place_reason);
      g_assert_cmpstr (match->role, ==, c->role);
      g_assert_cmpstr (match->level, ==, c->level);
      g_assert_cmpint (match->role_confidence, ==, c->role_confidence);
      g_assert_cmpstr (match->country, ==, c->country);
      g_assert_cmpstr (match->area, ==, c->area);
      g_assert_cmpint (match->place_confidence, ==, c->place_confidence);
      g_assert_cmpstr (match->industry, ==, c->industry_id);
      g_assert_nonnull (match->role_reason);
      g_assert_nonnull (match->place_reason);
      g_assert_nonnull (match->industry_reason);
    }
}

static void
test_reasons (void)
{
  g_autoptr(PursuitContent) content = load_shipped_content ();
  g_autoptr(PursuitSalaryEngine) engine = pursuit_salary_engine_new (content);
  static const struct
  {
    const char *title;
    const char *location;
    const char *industry;
    const char *role_reason;
    const char *place_reason;
    const char *industry_reason;
  } cases[] = {
    { "Sr. Customer Service Rep", "Denver, CO", "Banking",
      "Sr. Customer Service Rep → Senior Customer Service Specialist: “Rep” is read as “representative”, “Sr” gives the level",
      "Denver, CO → United States: “CO” is a US state or district",
      "Banking → Financial services: “banking” is read as this industry" },
    { "Customer Care Representative - Remote", "Remote", "Insurance",
      "Customer Care Representative - Remote → Customer Service Specialist: “Care” is read as “service”, “Remote” is left aside, the title names no level",
      "Remote → United States: no country is named, so your home country is used",
      "Insurance → Financial services: “insurance” is counted with this industry" },
    { "Customer Service Representative", "Toronto", "",
      "Customer Service Representative → Customer Service Specialist: a title the guide lists, the title names no level",
      "Toronto → Canada: “Toronto” is a city there",
      "No industry given" },
    { "Field Service Engineer", "Atlantis", "Logistics",
      "No guide covers “Field Service Engineer”",
      "Atlantis → United States: no place is recognized, so your home country is used",
      "No industry figures for “Logistics”" },
    { "Customer Service Rep - Night Shift", "Remote (EU)", NULL,
      "Customer Service Rep - Night Shift → Customer Service Specialist: “Rep” is read as “representative”, “Night Shift” is left aside, the title names no level",
      "Remote (EU) → Europe: “EU” names an area but no country",
      "No industry given" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PursuitSalaryQuery query = { cases[i].title, cases[i].location, cases[i].industry, "US", NULL, NULL, NULL };
      g_autoptr(PursuitSalaryMatch) match = pursuit_salary_engine_match (engine, &query);

      g_assert_cmpstr (match->role_reason, ==, cases[i].role_reason);
      g_assert_cmpstr (match->place_reason, ==, cases[i].place_reason);
      g_assert_cmpstr (match->industry_reason, ==, cases[i].industry_reason);
    }
}

/* "Remote (EU)" with a home country in Europe is placed there, guessed;
 * with one outside, only the area is known. */
static void
test_area_and_home_country (void)
{
  g_autoptr(PursuitContent) content = load_shipped_content ();
  g_autoptr(PursuitSalaryEngine) engine = pursuit_salary_engine_new (content);
  PursuitSalaryQuery query = { "Customer Service Representative", "Remote (EU)", NULL, "DE", NULL, NULL, NULL };
  g_autoptr(PursuitSalaryMatch) in_europe = pursuit_salary_engine_match (engine, &query);
  g_autoptr(PursuitSalaryMatch) in_poland = NULL;
  g_autoptr(PursuitSalaryMatch) no_home = NULL;

  g_assert_cmpstr (in_europe->country, ==, "DE");
  g_assert_cmpstr (in_europe->area, ==, "europe");
  g_assert_cmpint (in_europe->place_confidence, ==, GUESSED);
  g_assert_cmpstr (in_europe->place_reason, ==,
                   "Remote (EU) → Germany: “EU” names no country, and your home country is in it");

  /* Poland is in the EU and in the data's Eastern Europe. */
  query.home_country = "PL";
  in_poland = pursuit_salary_engine_match (engine, &query);
  g_assert_cmpstr (in_poland->country, ==, "PL");
  g_assert_cmpstr (in_poland->area, ==, "eastern-europe");

  query.location = "Remote";
  query.home_country = NULL;
  no_home = pursuit_salary_engine_match (engine, &query);
  g_assert_null (no_home->country);
  g_assert_null (no_home->area);
  g_assert_cmpint (no_home->place_confidence, ==, NONE);
  g_assert_cmpstr (no_home->place_reason, ==, "No place is recognized in “Remote”");
}

static void
test_default_home_country (void)
{
  static const struct
  {
    const char *locale;
    const char *country;
  } cases[] = {
    { "en_US.UTF-8", "US" }, { "de_DE", "DE" }, { "C", "US" }, { "POSIX", "US" }, { NULL, "US" },
    { "", "US" }, { "fr_CA.UTF-8", "CA" }, { "en_GB.ISO-8859-1", "GB" }, { "sr_RS@latin", "RS" },
    { "pt_BR.utf8@euro", "BR" }, { "en", "US" }, { "C.UTF-8", "US" }, { "en_in", "IN" }, { "x_1", "US" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (pursuit_salary_default_home_country (cases[i].locale), ==, cases[i].country);
}

/* The areas of the place table agree with every record that names both. */
static void
test_country_areas_agree_with_content (void)
{
  g_autoptr(PursuitContent) content = load_shipped_content ();
  GPtrArray *records = pursuit_content_get_salary_records (content);
  g_auto(GStrv) countries = pursuit_salary_list_countries ();
  guint checked = 0;

  for (guint i = 0; i < records->len; i++)
    {
      const PursuitSalaryRecord *record = g_ptr_array_index (records, i);

      if (record->country == NULL)
        continue;
      g_assert_nonnull (pursuit_salary_country_get_name (record->country));
      if (record->area != NULL)
        {
          g_assert_cmpstr (pursuit_salary_country_get_area (record->country), ==, record->area);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 10);

  for (guint i = 0; countries[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (countries[i]), ==, 2);
      if (countries[i + 1] != NULL)
        g_assert_cmpint (strcmp (countries[i], countries[i + 1]), <, 0);
    }
  g_assert_cmpstr (pursuit_salary_country_get_name ("GB"), ==, "United Kingdom");
  g_assert_null (pursuit_salary_country_get_name ("ZZ"));
}

/* Pay text */

typedef struct
{
  const char *text;
  const char *default_currency;
  int error;                  /* -1: none */
  PursuitPayTextKind kind;
  double min;
  double max;
  const char *currency;
  PursuitPayPeriod period;
  gboolean guessed;
} PayCase;

#define OK -1
#define FIGURES PURSUIT_PAY_TEXT_FIGURES
#define UNSTATED PURSUIT_PAY_TEXT_UNSTATED
#define HOUR PURSUIT_PAY_PERIOD_HOUR
#define DAY PURSUIT_PAY_PERIOD_DAY
#define WEEK PURSUIT_PAY_PERIOD_WEEK
#define MONTH PURSUIT_PAY_PERIOD_MONTH
#define YEAR PURSUIT_PAY_PERIOD_YEAR
#define UNKNOWN PURSUIT_PAY_PERIOD_UNKNOWN

static const PayCase pay_cases[] = {
  { "$19/hr", "USD", OK, FIGURES, 19, 19, "USD", HOUR, FALSE },
  { "$19 - $22 an hour", "USD", OK, FIGURES, 19, 22, "USD", HOUR, FALSE },
  { "$38,500 - $48,500 a year", "USD", OK, FIGURES, 38500, 48500, "USD", YEAR, FALSE },
  { "€2,500 per month", "USD", OK, FIGURES, 2500, 2500, "EUR", MONTH, FALSE },
  { "£24k–£27k per annum", "USD", OK, FIGURES, 24000, 27000, "GBP", YEAR, FALSE },
  { "45K-55K USD", "EUR", OK, FIGURES, 45000, 55000, "USD", YEAR, TRUE },
  { "Up to $52,000/year", "USD", OK, FIGURES, -1, 52000, "USD", YEAR, FALSE },
  { "From $20/hour", "USD", OK, FIGURES, 20, -1, "USD", HOUR, FALSE },
  { "CA$48,000", "USD", OK, FIGURES, 48000, 48000, "CAD", YEAR, TRUE },
  { "A$70,000", "USD", OK, FIGURES, 70000, 70000, "AUD", YEAR, TRUE },
  { "$19", "USD", OK, FIGURES, 19, 19, "USD", HOUR, TRUE },
  { "$19", "CAD", OK, FIGURES, 19, 19, "CAD", HOUR, TRUE },
  { "$19/hour", "EUR", OK, FIGURES, 19, 19, "USD", HOUR, FALSE },
  { "19 usd", "EUR", OK, FIGURES, 19, 19, "USD", HOUR, TRUE },
  { "INR 3,00,000 - 6,00,000 p.a.", "USD", OK, FIGURES, 300000, 600000, "INR", YEAR, FALSE },
  { "₹4.5 LPA", "USD", OK, FIGURES, 450000, 450000, "INR", YEAR, FALSE },
  { "3-6 LPA", "USD", OK, FIGURES, 300000, 600000, "INR", YEAR, FALSE },
  { "2 500 €", "USD", OK, FIGURES, 2500, 2500, "EUR", MONTH, TRUE },
  { "2\u202F500 € par mois", "USD", OK, FIGURES, 2500, 2500, "EUR", MONTH, FALSE },
  { "2\u00A0500 – 3\u00A0000 €", "USD", OK, FIGURES, 2500, 3000, "EUR", MONTH, TRUE },
  { "2.500,50 €", "USD", OK, FIGURES, 2500.5, 2500.5, "EUR", MONTH, TRUE },
  { "45.000 €", "USD", OK, FIGURES, 45000, 45000, "EUR", YEAR, TRUE },
  { "12,5 € / Stunde", "USD", OK, FIGURES, 12.5, 12.5, "EUR", HOUR, FALSE },
  { "60k+", "USD", OK, FIGURES, 60000, -1, "USD", YEAR, TRUE },
  { "$19.50 per hour", "USD", OK, FIGURES, 19.5, 19.5, "USD", HOUR, FALSE },
  { "$18.50–$21.25/hr", "USD", OK, FIGURES, 18.5, 21.25, "USD", HOUR, FALSE },
  { "$45,000 - 55,000", "USD", OK, FIGURES, 45000, 55000, "USD", YEAR, TRUE },
  { "20 to 25 dollars an hour", "EUR", OK, FIGURES, 20, 25, "USD", HOUR, FALSE },
  { "Between $40,000 and $50,000 a year", "USD", OK, FIGURES, 40000, 50000, "USD", YEAR, FALSE },
  { "$3k/month", "USD", OK, FIGURES, 3000, 3000, "USD", MONTH, FALSE },
  { "€30k/yr", "USD", OK, FIGURES, 30000, 30000, "EUR", YEAR, FALSE },
  { "$900 weekly", "USD", OK, FIGURES, 900, 900, "USD", WEEK, FALSE },
  { "$200 per day", "USD", OK, FIGURES, 200, 200, "USD", DAY, FALSE },
  { "£11.44 ph", "USD", OK, FIGURES, 11.44, 11.44, "GBP", HOUR, FALSE },
  { "30-35k €", "USD", OK, FIGURES, 30000, 35000, "EUR", YEAR, TRUE },
  { "PLN 6 000 brutto/mies.", "USD", OK, FIGURES, 6000, 6000, "PLN", MONTH, FALSE },
  { "MX$12,000 mensuales", "USD", OK, FIGURES, 12000, 12000, "MXN", MONTH, FALSE },
  { "Up to £28,000 a year", "USD", OK, FIGURES, -1, 28000, "GBP", YEAR, FALSE },
  { "From €2,000 a month", "USD", OK, FIGURES, 2000, -1, "EUR", MONTH, FALSE },
  { "$19/hr, 40 hours a week", "USD", OK, FIGURES, 19, 19, "USD", HOUR, FALSE },
  { "$18/hr + benefits", "USD", OK, FIGURES, 18, 18, "USD", HOUR, FALSE },
  { "Salary: $45k DOE", "USD", OK, FIGURES, 45000, 45000, "USD", YEAR, TRUE },
  { "$1,234.56", "USD", OK, FIGURES, 1234.56, 1234.56, "USD", MONTH, TRUE },
  { "1.234.567", "USD", OK, FIGURES, 1234567, 1234567, "USD", YEAR, TRUE },
  { "19.50", "EUR", OK, FIGURES, 19.5, 19.5, "EUR", HOUR, TRUE },
  { "18", NULL, OK, FIGURES, 18, 18, "", HOUR, TRUE },
  { "450", "USD", OK, FIGURES, 450, 450, "USD", UNKNOWN, FALSE },
  /* The guessing bounds: under 200 an hour, 1,000 to 10,000 a month, over
   * 10,000 a year, none between 200 and 1,000. */
  { "$199.99", "USD", OK, FIGURES, 199.99, 199.99, "USD", HOUR, TRUE },
  { "$25", "USD", OK, FIGURES, 25, 25, "USD", HOUR, TRUE },
  { "$200", "USD", OK, FIGURES, 200, 200, "USD", UNKNOWN, FALSE },
  { "$999", "USD", OK, FIGURES, 999, 999, "USD", UNKNOWN, FALSE },
  { "$1,000", "USD", OK, FIGURES, 1000, 1000, "USD", MONTH, TRUE },
  { "$10,000", "USD", OK, FIGURES, 10000, 10000, "USD", MONTH, TRUE },
  { "$10,001", "USD", OK, FIGURES, 10001, 10001, "USD", YEAR, TRUE },
  { "$150 - $250", "USD", OK, FIGURES, 150, 250, "USD", UNKNOWN, FALSE },
  { "Competitive", "USD", OK, UNSTATED, -1, -1, "", UNKNOWN, FALSE },
  { "DOE", "USD", OK, UNSTATED, -1, -1, "", UNKNOWN, FALSE },
  { "Negotiable", "USD", OK, UNSTATED, -1, -1, "", UNKNOWN, FALSE },
  { "", "USD", OK, UNSTATED, -1, -1, "", UNKNOWN, FALSE },
  { "hello", "USD", PURSUIT_SALARY_ERROR_NO_FIGURE, 0, 0, 0, NULL, 0, FALSE },
  { "\xff\xfe 19", "USD", PURSUIT_SALARY_ERROR_INVALID_TEXT, 0, 0, 0, NULL, 0, FALSE },
  { "$22 - $19 an hour", "USD", PURSUIT_SALARY_ERROR_MIN_ABOVE_MAX, 0, 0, 0, NULL, 0, FALSE },
  { "$0", "USD", PURSUIT_SALARY_ERROR_ABSURD, 0, 0, 0, NULL, 0, FALSE },
  { "-5", "USD", PURSUIT_SALARY_ERROR_ABSURD, 0, 0, 0, NULL, 0, FALSE },
  { "$99999999999", "USD", PURSUIT_SALARY_ERROR_ABSURD, 0, 0, 0, NULL, 0, FALSE },
  { "1,23,4", "USD", PURSUIT_SALARY_ERROR_BAD_NUMBER, 0, 0, 0, NULL, 0, FALSE },
  { "1,2345", "USD", PURSUIT_SALARY_ERROR_BAD_NUMBER, 0, 0, 0, NULL, 0, FALSE },
  { "$19 - €22", "USD", PURSUIT_SALARY_ERROR_MIXED_CURRENCIES, 0, 0, 0, NULL, 0, FALSE },
};

static void
test_pay_parse (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (pay_cases), >=, 40);

  for (guint i = 0; i < G_N_ELEMENTS (pay_cases); i++)
    {
      const PayCase *c = &pay_cases[i];
      g_autoptr(GError) error = NULL;
      g_autofree char *escaped = g_strescape (c->text, NULL);
      PursuitParsedPay pay;
      gboolean ok;

      g_test_message ("pay text “%s”", escaped);
      ok = pursuit_pay_parse (c->text, c->default_currency, &pay, &error);
      if (c->error != OK)
        {
          g_assert_false (ok);
          g_assert_error (error, PURSUIT_SALARY_ERROR, c->error);
          continue;
        }

      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_cmpint (pay.kind, ==, c->kind);
      g_assert_cmpfloat_with_epsilon (pay.min, c->min, 1e-9);
      g_assert_cmpfloat_with_epsilon (pay.max, c->max, 1e-9);
      g_assert_cmpstr (pay.currency, ==, c->currency);
      g_assert_cmpint (pay.period, ==, c->period);
      g_assert_cmpint (pay.period_guessed, ==, c->guessed);
    }
}

static void
test_pay_parse_default_currency (void)
{
  PursuitParsedPay pay;

  g_assert_true (pursuit_pay_parse ("45,000", "GBP", &pay, NULL));
  g_assert_cmpstr (pay.currency, ==, "GBP");
  g_assert_true (pay.currency_from_default);

  g_assert_true (pursuit_pay_parse ("£45,000", "EUR", &pay, NULL));
  g_assert_cmpstr (pay.currency, ==, "GBP");
  g_assert_false (pay.currency_from_default);
}

/* Conversion */

static void
test_conversion (void)
{
  PursuitPayAssumptions defaults;
  PursuitPayAssumptions short_year = { 37.5, 4, 48, 13 };
  PursuitPay hourly = { 19, 19, "USD", PURSUIT_PAY_PERIOD_HOUR };
  PursuitPay hourly_range = { 19, 22, "USD", PURSUIT_PAY_PERIOD_HOUR };
  PursuitPay monthly = { 2500, 2500, "EUR", PURSUIT_PAY_PERIOD_MONTH };
  PursuitPay daily = { 150, 150, "USD", PURSUIT_PAY_PERIOD_DAY };
  PursuitPay weekly = { 900, 900, "USD", PURSUIT_PAY_PERIOD_WEEK };
  PursuitPay yearly = { 41600, 41600, "USD", PURSUIT_PAY_PERIOD_YEAR };
  PursuitPay open = { 20, -1, "USD", PURSUIT_PAY_PERIOD_HOUR };
  PursuitPay up_to_hourly = { -1, 25, "USD", PURSUIT_PAY_PERIOD_HOUR };
  PursuitPay no_period = { 20, 20, "USD", PURSUIT_PAY_PERIOD_UNKNOWN };
  g_autofree char *text = NULL;

  pursuit_pay_assumptions_init (&defaults);
  g_assert_cmpfloat (defaults.hours_per_week, ==, 40);
  g_assert_cmpfloat (defaults.days_per_week, ==, 5);
  g_assert_cmpfloat (defaults.weeks_per_year, ==, 52);
  g_assert_cmpfloat (defaults.months_per_year, ==, 12);

  /* 40 × 52 = 2,080 hours; 5 × 52 = 260 days. */
  g_assert_cmpfloat (pursuit_pay_periods_per_year (PURSUIT_PAY_PERIOD_HOUR, NULL), ==, 2080);
  g_assert_cmpfloat (pursuit_pay_periods_per_year (PURSUIT_PAY_PERIOD_DAY, NULL), ==, 260);
  g_assert_cmpfloat (pursuit_pay_periods_per_year (PURSUIT_PAY_PERIOD_WEEK, NULL), ==, 52);
  g_assert_cmpfloat (pursuit_pay_periods_per_year (PURSUIT_PAY_PERIOD_MONTH, NULL), ==, 12);
  g_assert_cmpfloat (pursuit_pay_periods_per_year (PURSUIT_PAY_PERIOD_YEAR, NULL), ==, 1);
  g_assert_cmpfloat (pursuit_pay_periods_per_year (PURSUIT_PAY_PERIOD_UNKNOWN, NULL), ==, 0);
  /* 37.5 × 48 = 1,800 hours; 4 × 48 = 192 days. */
  g_assert_cmpfloat (pursuit_pay_periods_per_year (PURSUIT_PAY_PERIOD_HOUR, &short_year), ==, 1800);
  g_assert_cmpfloat (pursuit_pay_periods_per_year (PURSUIT_PAY_PERIOD_DAY, &short_year), ==, 192);

  g_assert_cmpfloat (pursuit_pay_convert (19, PURSUIT_PAY_PERIOD_HOUR, PURSUIT_PAY_PERIOD_YEAR, NULL), ==, 39520);
  g_assert_cmpfloat (pursuit_pay_convert (39520, PURSUIT_PAY_PERIOD_YEAR, PURSUIT_PAY_PERIOD_HOUR, NULL), ==, 19);
  g_assert_cmpfloat_with_epsilon (pursuit_pay_convert (2500, PURSUIT_PAY_PERIOD_MONTH, PURSUIT_PAY_PERIOD_WEEK, NULL),
                                  2500.0 * 12 / 52, 1e-9);
  g_assert_cmpfloat (pursuit_pay_convert (20, PURSUIT_PAY_PERIOD_HOUR, PURSUIT_PAY_PERIOD_DAY, NULL), ==, 160);
  g_assert_cmpfloat (pursuit_pay_convert (20, PURSUIT_PAY_PERIOD_HOUR, PURSUIT_PAY_PERIOD_YEAR, &short_year), ==, 36000);
  g_assert_cmpfloat (pursuit_pay_convert (3000, PURSUIT_PAY_PERIOD_MONTH, PURSUIT_PAY_PERIOD_YEAR, &short_year), ==, 39000);
  g_assert_cmpfloat (pursuit_pay_convert (20, PURSUIT_PAY_PERIOD_UNKNOWN, PURSUIT_PAY_PERIOD_YEAR, NULL), ==, -1);

#define ASSERT_SENTENCE(pay, to, assumptions, expected) \
  G_STMT_START { \
    g_autofree char *sentence = pursuit_pay_describe_conversion (pay, to, assumptions); \
    g_assert_cmpstr (sentence, ==, expected); \
  } G_STMT_END

  ASSERT_SENTENCE (&hourly, PURSUIT_PAY_PERIOD_YEAR, NULL, "$19 an hour = about $39,520 a year at 40 h/week");
  ASSERT_SENTENCE (&hourly_range, PURSUIT_PAY_PERIOD_YEAR, NULL,
                   "$19–22 an hour = about $39,520–45,760 a year at 40 h/week");
  ASSERT_SENTENCE (&hourly, PURSUIT_PAY_PERIOD_YEAR, &short_year,
                   "$19 an hour = about $34,200 a year at 37.5 h/week, 48 weeks a year");
  ASSERT_SENTENCE (&monthly, PURSUIT_PAY_PERIOD_YEAR, NULL, "€2,500 a month = about €30,000 a year at 12 months a year");
  ASSERT_SENTENCE (&daily, PURSUIT_PAY_PERIOD_YEAR, NULL, "$150 a day = about $39,000 a year at 5 days a week");
  ASSERT_SENTENCE (&weekly, PURSUIT_PAY_PERIOD_YEAR, NULL, "$900 a week = about $46,800 a year at 52 weeks a year");
  ASSERT_SENTENCE (&yearly, PURSUIT_PAY_PERIOD_HOUR, NULL, "$41,600 a year = about $20 an hour at 40 h/week");
  ASSERT_SENTENCE (&open, PURSUIT_PAY_PERIOD_YEAR, NULL, "From $20 an hour = about $41,600 a year or more at 40 h/week");
  ASSERT_SENTENCE (&up_to_hourly, PURSUIT_PAY_PERIOD_YEAR, NULL, "Up to $25 an hour = about $52,000 a year or less at 40 h/week");
  ASSERT_SENTENCE (&yearly, PURSUIT_PAY_PERIOD_YEAR, NULL, NULL);
  ASSERT_SENTENCE (&no_period, PURSUIT_PAY_PERIOD_YEAR, NULL, NULL);
#undef ASSERT_SENTENCE

  text = pursuit_pay_format_short (&hourly_range);
  g_assert_cmpstr (text, ==, "$19–22 an hour");
  g_clear_pointer (&text, g_free);
  {
    PursuitPay yearly_range = { 39520, 45760, "USD", PURSUIT_PAY_PERIOD_YEAR };
    PursuitPay zloty = { 35000, 55000, "PLN", PURSUIT_PAY_PERIOD_YEAR };
    PursuitPay kronor = { 300, 300, "SEK", PURSUIT_PAY_PERIOD_WEEK };
    PursuitPay up_to = { -1, 52000, "USD", PURSUIT_PAY_PERIOD_YEAR };
    PursuitPay even = { 40000, 40000, "USD", PURSUIT_PAY_PERIOD_YEAR };

    text = pursuit_pay_format_short (&yearly_range);
    g_assert_cmpstr (text, ==, "$39.5k–45.8k a year");
    g_clear_pointer (&text, g_free);
    text = pursuit_pay_format_short (&even);
    g_assert_cmpstr (text, ==, "$40k a year");
    g_clear_pointer (&text, g_free);
    text = pursuit_pay_format (&zloty);
    g_assert_cmpstr (text, ==, "35,000–55,000 zł a year");
    g_clear_pointer (&text, g_free);
    text = pursuit_pay_format (&kronor);
    g_assert_cmpstr (text, ==, "SEK 300 a week");
    g_clear_pointer (&text, g_free);
    text = pursuit_pay_format (&up_to);
    g_assert_cmpstr (text, ==, "Up to $52,000 a year");
  }
}

/* Verdicts, against tests/data/salary-content */

typedef struct
{
  PursuitContent *content;
  PursuitSalaryEngine *engine;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->content = load_test_content ();
  fixture->engine = pursuit_salary_engine_new (fixture->content);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->engine);
  g_clear_object (&fixture->content);
}

static PursuitSalaryReport *
compare_pay (Fixture          *fixture,
             const char       *title,
             const char       *location,
             const char       *industry,
             double            min,
             double            max,
             const char       *currency,
             PursuitPayPeriod  period)
{
  PursuitSalaryQuery query = { title, location, industry, "US", NULL, NULL, NULL };
  PursuitPay pay = { min, max, currency, period };

  return pursuit_salary_engine_compare (fixture->engine, &query, &pay, NULL, NULL);
}

static const PursuitSalaryBenchmark *
find_benchmark (PursuitSalaryReport *report,
                const char          *record_id)
{
  GPtrArray *benchmarks = pursuit_salary_report_get_benchmarks (report);

  for (guint i = 0; i < benchmarks->len; i++)
    {
      const PursuitSalaryBenchmark *benchmark = g_ptr_array_index (benchmarks, i);

      if (g_str_equal (benchmark->record->id, record_id))
        return benchmark;
    }
  g_assert_not_reached ();
}

static void
assert_standing (PursuitSalaryReport   *report,
                 const char            *record_id,
                 PursuitSalaryPosition  position,
                 double                 percent)
{
  const PursuitSalaryBenchmark *benchmark = find_benchmark (report, record_id);

  g_assert_cmpint (benchmark->posted.position, ==, position);
  g_assert_cmpfloat_with_epsilon (benchmark->posted.percent, percent, 1e-6);
}

/* Against the test median of $40,000: within 5% either way is around it. */
static void
test_median_boundaries (Fixture       *fixture,
                        gconstpointer  data)
{
  static const struct
  {
    double pay;
    PursuitSalaryPosition position;
    double percent;
    const char *summary;
  } cases[] = {
    { 40000, PURSUIT_SALARY_POSITION_AROUND, 0, "at median" },
    { 42000, PURSUIT_SALARY_POSITION_AROUND, 5, "+5% vs median" },
    { 42001, PURSUIT_SALARY_POSITION_ABOVE, 5.0025, "+5% vs median" },
    { 38000, PURSUIT_SALARY_POSITION_AROUND, -5, "−5% vs median" },
    { 37999, PURSUIT_SALARY_POSITION_BELOW, -5.0025, "−5% vs median" },
    { 42400, PURSUIT_SALARY_POSITION_ABOVE, 6, "+6% vs median" },
    { 30000, PURSUIT_SALARY_POSITION_BELOW, -25, "−25% vs median" },
    { 40100, PURSUIT_SALARY_POSITION_AROUND, 0.25, "at median" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitSalaryReport) report = compare_pay (fixture, "Test Agent", "Denver, CO", NULL, cases[i].pay,
                                                           cases[i].pay, "USD", PURSUIT_PAY_PERIOD_YEAR);

      assert_standing (report, "t-mid-median", cases[i].position, cases[i].percent);
      g_assert_cmpstr (pursuit_salary_report_get_summary (report), ==, cases[i].summary);
    }
}

/* Against the test starting range of $35,000–45,000, edges included. */
static void
test_range_boundaries (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct
  {
    double min;
    double max;
    PursuitSalaryPosition position;
    double percent;
  } cases[] = {
    { 35000, 35000, PURSUIT_SALARY_POSITION_INSIDE, 0 },
    { 45000, 45000, PURSUIT_SALARY_POSITION_INSIDE, 0 },
    { 34650, 34650, PURSUIT_SALARY_POSITION_BELOW, -1 },
    { 45450, 45450, PURSUIT_SALARY_POSITION_ABOVE, 1 },
    { 35000, 45000, PURSUIT_SALARY_POSITION_INSIDE, 0 },
    { 33000, 40000, PURSUIT_SALARY_POSITION_STARTS_BELOW, 0 },
    { 40000, 47000, PURSUIT_SALARY_POSITION_ENDS_ABOVE, 0 },
    { 30000, 50000, PURSUIT_SALARY_POSITION_SPANS, 0 },
    { 28000, 31500, PURSUIT_SALARY_POSITION_BELOW, -10 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitSalaryReport) report = compare_pay (fixture, "Test Agent", "Denver, CO", NULL, cases[i].min,
                                                           cases[i].max, "USD", PURSUIT_PAY_PERIOD_YEAR);

      assert_standing (report, "t-start-low", cases[i].position, cases[i].percent);
    }
}

/* The whole sentence for the example shape, worked by hand:
 * $19–22 an hour × 2,080 = $39,520–45,760 a year, middle $42,640. The
 * level median $40,000 has [38,000, 42,000] around it, which the band
 * reaches: around. The newest country range is the 2026 starting range
 * $35,000–45,000; the band ends above it. 42,640 / 40,000 = +6.6%. */
static void
test_verdict_sentence (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PursuitSalaryReport) report = compare_pay (fixture, "Test Agent", "Denver, CO", NULL, 19, 22, "USD",
                                                       PURSUIT_PAY_PERIOD_HOUR);
  double low;
  double high;

  g_assert_cmpstr (pursuit_salary_report_get_verdict (report), ==,
                   "The posted pay, $19–22 an hour, is about $39.5k–45.8k a year: around the Test Agent median in "
                   "the United States ($40,000 a year; Test Survey, 2025) and reaching above the starting range "
                   "($35,000–45,000 a year; Test Guide, 2026).");
  g_assert_cmpstr (pursuit_salary_report_get_summary (report), ==, "+7% vs median");
  g_assert_cmpstr (pursuit_salary_report_get_conversion (report), ==,
                   "$19–22 an hour = about $39,520–45,760 a year at 40 h/week");
  g_assert_true (pursuit_salary_report_get_posted_annual (report, &low, &high));
  g_assert_cmpfloat (low, ==, 39520);
  g_assert_cmpfloat (high, ==, 45760);
  g_assert_null (pursuit_salary_report_get_offer_verdict (report));
}

/* Every applicable figure is listed on its own: median and average of the
 * level, the country's typical and starting ranges, the industry's hourly
 * median. Nothing from Europe, Britain or Mexico, nothing averaged. */
static void
test_benchmarks_listed (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitSalaryReport) report = compare_pay (fixture, "Test Agent", "Austin, TX", "Software", 20, 20,
                                                       "USD", PURSUIT_PAY_PERIOD_HOUR);
  GPtrArray *benchmarks = pursuit_salary_report_get_benchmarks (report);
  const PursuitSalaryBenchmark *median = find_benchmark (report, "t-mid-median");
  const PursuitSalaryBenchmark *average = find_benchmark (report, "t-mid-average");
  const PursuitSalaryBenchmark *range = find_benchmark (report, "t-us-low");
  const PursuitSalaryBenchmark *starting = find_benchmark (report, "t-start-low");
  const PursuitSalaryBenchmark *industry = find_benchmark (report, "t-tech-median");

  g_assert_cmpuint (benchmarks->len, ==, 5);

  g_assert_cmpint (median->scope, ==, PURSUIT_SALARY_SCOPE_LEVEL);
  g_assert_null (median->record_high);
  g_assert_cmpfloat (median->annual, ==, 40000);
  g_assert_cmpfloat (median->annual_high, ==, -1);
  g_assert_cmpstr (median->citation, ==, "Test Survey, 2025");
  g_assert_cmpstr (median->label, ==, "Median · Test Agent");

  g_assert_cmpint (average->scope, ==, PURSUIT_SALARY_SCOPE_LEVEL);
  g_assert_cmpfloat (average->annual, ==, 44000);

  g_assert_cmpint (range->scope, ==, PURSUIT_SALARY_SCOPE_COUNTRY);
  g_assert_cmpstr (range->record_high->id, ==, "t-us-high");
  g_assert_cmpfloat (range->annual, ==, 30000);
  g_assert_cmpfloat (range->annual_high, ==, 50000);
  g_assert_cmpstr (range->label, ==, "Typical range · Test Agent · United States");

  g_assert_cmpint (starting->scope, ==, PURSUIT_SALARY_SCOPE_STARTING);
  g_assert_cmpstr (starting->record_high->id, ==, "t-start-high");
  g_assert_cmpstr (starting->citation, ==, "Test Guide, 2026");

  /* $20 an hour × 2,080 = $41,600 a year, exactly the $20 median. */
  g_assert_cmpint (industry->scope, ==, PURSUIT_SALARY_SCOPE_INDUSTRY);
  g_assert_cmpfloat (industry->annual, ==, 41600);
  g_assert_cmpint (industry->posted.position, ==, PURSUIT_SALARY_POSITION_AROUND);
  g_assert_cmpfloat (industry->posted.percent, ==, 0);
  /* 41,600 / 40,000 = +4%: the level median comes first. */
  g_assert_cmpfloat_with_epsilon (median->posted.percent, 4, 1e-9);
  g_assert_cmpstr (pursuit_salary_report_get_summary (report), ==, "+4% vs median");
}

/* A senior level is not held against starting pay: its range is the
 * country's typical one. $52,000 is 4% over the senior median of $50,000
 * and 4% above the $30,000–50,000 range. */
static void
test_senior_range (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PursuitSalaryReport) report = compare_pay (fixture, "Sr. Test Agent", "Denver, CO", NULL, 52000, 52000,
                                                       "USD", PURSUIT_PAY_PERIOD_YEAR);

  g_assert_cmpstr (pursuit_salary_report_get_match (report)->level, ==, "test-agent-senior");
  g_assert_cmpstr (pursuit_salary_report_get_verdict (report), ==,
                   "The posted pay, $52,000 a year, is around the Senior Test Agent median in the United States "
                   "($50,000 a year; Test Survey, 2025) and 4% above the Test Agent typical range in the United "
                   "States ($30,000–50,000 a year; Test Survey, 2025).");
}

/* "60k+" is a lower figure only: it is compared as $60,000. */
static void
test_open_ended (Fixture       *fixture,
                 gconstpointer  data)
{
  PursuitParsedPay parsed;
  PursuitSalaryQuery query = { "Test Agent", "Denver, CO", NULL, "US", NULL, NULL, NULL };
  g_autoptr(PursuitSalaryReport) report = NULL;
  PursuitPay pay;

  g_assert_true (pursuit_pay_parse ("60k+", "USD", &parsed, NULL));
  pay = (PursuitPay) { parsed.min, parsed.max, parsed.currency, parsed.period };
  report = pursuit_salary_engine_compare (fixture->engine, &query, &pay, NULL, NULL);

  /* 60,000 / 40,000 = +50%; 60,000 / 45,000 = +33.3% over the range's top. */
  assert_standing (report, "t-mid-median", PURSUIT_SALARY_POSITION_ABOVE, 50);
  assert_standing (report, "t-start-low", PURSUIT_SALARY_POSITION_ABOVE, 100.0 / 3);
  g_assert_cmpstr (pursuit_salary_report_get_summary (report), ==, "+50% vs median");
  g_assert_cmpstr (pursuit_salary_report_get_verdict (report), ==,
                   "The posted pay, from $60,000 a year, is 50% above the Test Agent median in the United States "
                   "($40,000 a year; Test Survey, 2025) and 33% above the starting range ($35,000–45,000 a year; "
                   "Test Guide, 2026).");
}

/* A job in Britain paid in Canadian dollars: neither the pound range nor
 * the euro range (which gives only a dollar equivalent) compares. */
static void
test_other_currency (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PursuitSalaryReport) report = compare_pay (fixture, "Test Agent", "Leeds, UK", NULL, 40000, 40000,
                                                       "CAD", PURSUIT_PAY_PERIOD_YEAR);
  GPtrArray *benchmarks = pursuit_salary_report_get_benchmarks (report);

  g_assert_cmpuint (benchmarks->len, ==, 2);
  for (guint i = 0; i < benchmarks->len; i++)
    {
      const PursuitSalaryBenchmark *benchmark = g_ptr_array_index (benchmarks, i);

      g_assert_false (benchmark->comparable);
      g_assert_cmpint (benchmark->posted.position, ==, PURSUIT_SALARY_POSITION_NOT_COMPARED);
      g_assert_cmpfloat (benchmark->compared_annual, ==, -1);
    }
  g_assert_cmpstr (pursuit_salary_report_get_verdict (report), ==,
                   "Nothing to compare: no benchmark for Test Agent jobs in the United Kingdom is in CAD.");
  g_assert_cmpstr (pursuit_salary_report_get_summary (report), ==, "");
}

/* Dollars against a euro range that carries the source's own dollar
 * figures: compared with those, and said so. Not in the list row. */
static void
test_source_usd (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PursuitSalaryReport) report = compare_pay (fixture, "Test Agent", "Berlin, Germany", NULL, 40000, 40000,
                                                       "USD", PURSUIT_PAY_PERIOD_YEAR);
  g_autoptr(PursuitSalaryReport) in_euros = compare_pay (fixture, "Test Agent", "Berlin, Germany", NULL, 40000, 40000,
                                                         "EUR", PURSUIT_PAY_PERIOD_YEAR);
  g_autoptr(PursuitSalaryReport) mexico = compare_pay (fixture, "Test Agent", "Monterrey", NULL, 800, 800, "USD",
                                                       PURSUIT_PAY_PERIOD_MONTH);
  const PursuitSalaryBenchmark *europe = find_benchmark (report, "t-eu-low");
  const PursuitSalaryBenchmark *europe_in_euros = find_benchmark (in_euros, "t-eu-low");
  const PursuitSalaryBenchmark *monthly = find_benchmark (mexico, "t-mx-low");

  g_assert_true (europe->comparable);
  g_assert_true (europe->via_source_usd);
  g_assert_cmpfloat (europe->annual, ==, 25000);
  g_assert_cmpfloat (europe->compared_annual, ==, 27000);
  g_assert_cmpfloat (europe->compared_annual_high, ==, 49000);
  g_assert_cmpint (europe->posted.position, ==, PURSUIT_SALARY_POSITION_INSIDE);
  g_assert_cmpstr (pursuit_salary_report_get_verdict (report), ==,
                   "The posted pay, $40,000 a year, is inside the Test Agent typical range in Europe "
                   "($27,000–49,000 a year by the source's own 2025 conversion to US dollars; Test Survey, 2025).");
  g_assert_cmpstr (pursuit_salary_report_get_summary (report), ==, "");

  /* In euros the source's own figures serve, with no conversion. */
  g_assert_false (europe_in_euros->via_source_usd);
  g_assert_cmpfloat (europe_in_euros->compared_annual, ==, 25000);
  g_assert_cmpstr (pursuit_salary_report_get_summary (in_euros), ==, "in range");

  /* $800 a month = $9,600 a year against $500–1,000 a month = $6,000–12,000. */
  g_assert_true (monthly->via_source_usd);
  g_assert_cmpfloat (monthly->compared_annual, ==, 6000);
  g_assert_cmpfloat (monthly->compared_annual_high, ==, 12000);
  g_assert_cmpfloat (monthly->annual, ==, 120000);
  g_assert_cmpint (monthly->posted.position, ==, PURSUIT_SALARY_POSITION_INSIDE);
}

/* An offer of $45,000 with $2,000 to sign and a $3,000 yearly bonus:
 * 45,000 / 40,000 = +12.5%, shown as 13%; the first year is $50,000. */
static void
test_offer (Fixture       *fixture,
            gconstpointer  data)
{
  PursuitSalaryQuery query = { "Test Agent", "Denver, CO", NULL, "US", NULL, NULL, NULL };
  PursuitPay posted = { 19, 22, "USD", PURSUIT_PAY_PERIOD_HOUR };
  PursuitSalaryOffer offer = { { 45000, 45000, "USD", PURSUIT_PAY_PERIOD_YEAR }, 2000, 3000 };
  g_autoptr(PursuitSalaryReport) report = pursuit_salary_engine_compare (fixture->engine, &query, &posted, &offer, NULL);
  double low;
  double high;
  double first_year;

  g_assert_true (pursuit_salary_report_get_offer_annual (report, &low, &high, &first_year));
  g_assert_cmpfloat (low, ==, 45000);
  g_assert_cmpfloat (high, ==, 45000);
  g_assert_cmpfloat (first_year, ==, 50000);
  g_assert_cmpint (find_benchmark (report, "t-mid-median")->offer.position, ==, PURSUIT_SALARY_POSITION_ABOVE);
  g_assert_cmpfloat (find_benchmark (report, "t-mid-median")->offer.percent, ==, 12.5);
  g_assert_cmpint (find_benchmark (report, "t-start-low")->offer.position, ==, PURSUIT_SALARY_POSITION_INSIDE);
  g_assert_cmpstr (pursuit_salary_report_get_offer_verdict (report), ==,
                   "The offer, $45,000 a year, is 13% above the Test Agent median in the United States "
                   "($40,000 a year; Test Survey, 2025) and inside the starting range ($35,000–45,000 a year; "
                   "Test Guide, 2026). With $5,000 in bonuses, the first year comes to about $50k.");
}

static void
test_nothing_to_compare (Fixture       *fixture,
                         gconstpointer  data)
{
  static const struct
  {
    const char *title;
    const char *location;
    double min;
    const char *currency;
    PursuitPayPeriod period;
    const char *verdict;
  } cases[] = {
    { "Field Service Engineer", "Denver, CO", 20, "USD", PURSUIT_PAY_PERIOD_HOUR,
      "No salary benchmark: no guide covers “Field Service Engineer”." },
    { "Test Agent", "Tokyo, Japan", 2000, "JPY", PURSUIT_PAY_PERIOD_HOUR,
      "No benchmark covers Test Agent jobs in Japan." },
    { "Test Agent", "Denver, CO", -1, "USD", PURSUIT_PAY_PERIOD_HOUR,
      "The posting gives no pay figure to compare." },
    { "Test Agent", "Denver, CO", 20, "", PURSUIT_PAY_PERIOD_HOUR,
      "The posted pay names no currency, so it cannot be compared." },
    { "Test Agent", "Denver, CO", 450, "USD", PURSUIT_PAY_PERIOD_UNKNOWN,
      "The posted pay gives no period (an hour, a year…), so it cannot be compared." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitSalaryReport) report = compare_pay (fixture, cases[i].title, cases[i].location, NULL,
                                                           cases[i].min, cases[i].min, cases[i].currency,
                                                           cases[i].period);

      g_assert_cmpstr (pursuit_salary_report_get_verdict (report), ==, cases[i].verdict);
      g_assert_cmpstr (pursuit_salary_report_get_summary (report), ==, "");
    }
}

/* Summaries for list rows, and the cache giving the same answers. */
static void
test_summaries (Fixture       *fixture,
                gconstpointer  data)
{
  static const struct
  {
    const char *title;
    const char *location;
    double min;
    double max;
    const char *currency;
    PursuitPayPeriod period;
    const char *summary;
  } cases[] = {
    /* 19 × 2,080 = 39,520: −1.2% of 40,000 */
    { "Test Agent", "Denver, CO", 19, 19, "USD", PURSUIT_PAY_PERIOD_HOUR, "−1% vs median" },
    /* 3,500 × 12 = 42,000 */
    { "Test Agent", "Denver, CO", 3500, 3500, "USD", PURSUIT_PAY_PERIOD_MONTH, "+5% vs median" },
    /* No level: no median, the newest range (starting, $35,000–45,000) */
    { "Test Associate", "Denver, CO", 30000, 30000, "USD", PURSUIT_PAY_PERIOD_YEAR, "below range" },
    { "Test Associate", "Denver, CO", 40000, 40000, "USD", PURSUIT_PAY_PERIOD_YEAR, "in range" },
    { "Test Associate", "Denver, CO", 48000, 52000, "USD", PURSUIT_PAY_PERIOD_YEAR, "above range" },
    /* £25,000 in the £20,000–30,000 British range */
    { "Test Agent", "Leeds", 25000, 25000, "GBP", PURSUIT_PAY_PERIOD_YEAR, "in range" },
    { "Test Agent", "Leeds", 25000, 25000, "CAD", PURSUIT_PAY_PERIOD_YEAR, "" },
    { "Nothing We Know", "Denver, CO", 25000, 25000, "USD", PURSUIT_PAY_PERIOD_YEAR, "" },
  };

  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        PursuitSalaryQuery query = { cases[i].title, cases[i].location, NULL, "US", NULL, NULL, NULL };
        PursuitPay pay = { cases[i].min, cases[i].max, cases[i].currency, cases[i].period };

        g_assert_cmpstr (pursuit_salary_engine_summarize (fixture->engine, &query, &pay, NULL), ==, cases[i].summary);
      }

  {
    PursuitSalaryQuery query = { "Test Agent", "Denver, CO", NULL, "US", NULL, NULL, NULL };

    g_assert_cmpstr (pursuit_salary_engine_summarize (fixture->engine, &query, NULL, NULL), ==, "");
  }
}

/* The list's rating: the middle of the pay against the row's benchmark,
 * the 5% rule against a median, the range's edges included, and the same
 * words as the summary. */
static void
test_ratings (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct
  {
    const char *title;
    double min;
    double max;
    const char *currency;
    PursuitSalaryPosition position;
    gboolean against_range;
    double percent;
    const char *words;
  } cases[] = {
    { "Test Agent", 40000, 40000, "USD", PURSUIT_SALARY_POSITION_AROUND, FALSE, 0, "at median" },
    { "Test Agent", 38000, 38000, "USD", PURSUIT_SALARY_POSITION_AROUND, FALSE, -5, "−5% vs median" },
    { "Test Agent", 37999, 37999, "USD", PURSUIT_SALARY_POSITION_BELOW, FALSE, -5.0025, "−5% vs median" },
    { "Test Agent", 42000, 42000, "USD", PURSUIT_SALARY_POSITION_AROUND, FALSE, 5, "+5% vs median" },
    { "Test Agent", 42400, 42400, "USD", PURSUIT_SALARY_POSITION_ABOVE, FALSE, 6, "+6% vs median" },
    /* The middle counts, not the band: 30,000–43,000 is 36,500, below. */
    { "Test Agent", 30000, 43000, "USD", PURSUIT_SALARY_POSITION_BELOW, FALSE, -8.75, "−9% vs median" },
    /* No level: the starting range of $35,000–45,000. */
    { "Test Associate", 30000, 30000, "USD", PURSUIT_SALARY_POSITION_BELOW, TRUE, -100.0 / 7, "below range" },
    { "Test Associate", 35000, 35000, "USD", PURSUIT_SALARY_POSITION_INSIDE, TRUE, 0, "in range" },
    { "Test Associate", 45000, 45000, "USD", PURSUIT_SALARY_POSITION_INSIDE, TRUE, 0, "in range" },
    { "Test Associate", 48000, 52000, "USD", PURSUIT_SALARY_POSITION_ABOVE, TRUE, 100.0 / 9, "above range" },
    { "Test Agent", 25000, 25000, "CAD", PURSUIT_SALARY_POSITION_NOT_COMPARED, FALSE, 0, "" },
    { "Nothing We Know", 25000, 25000, "USD", PURSUIT_SALARY_POSITION_NOT_COMPARED, FALSE, 0, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PursuitSalaryQuery query = { cases[i].title, "Denver, CO", NULL, "US", NULL, NULL, NULL };
      PursuitPay pay = { cases[i].min, cases[i].max, cases[i].currency, PURSUIT_PAY_PERIOD_YEAR };
      PursuitSalaryRating rating;

      g_test_message ("%s, %.0f–%.0f %s", cases[i].title, cases[i].min, cases[i].max, cases[i].currency);
      g_assert_cmpint (pursuit_salary_engine_rate (fixture->engine, &query, &pay, NULL, &rating), ==,
                       cases[i].position);
      g_assert_cmpint (rating.position, ==, cases[i].position);
      g_assert_cmpint (rating.against_range, ==, cases[i].against_range);
      g_assert_cmpfloat_with_epsilon (rating.percent, cases[i].percent, 1e-6);
      g_assert_cmpstr (rating.words, ==, cases[i].words);
      g_assert_true (rating.words == pursuit_salary_engine_summarize (fixture->engine, &query, &pay, NULL));
      g_assert_cmpint (pursuit_salary_engine_rate (fixture->engine, &query, &pay, NULL, NULL), ==,
                       cases[i].position);
    }

  {
    PursuitSalaryQuery query = { "Test Agent", "Denver, CO", NULL, "US", NULL, NULL, NULL };
    PursuitPay none = { -1, -1, NULL, PURSUIT_PAY_PERIOD_UNKNOWN };
    PursuitSalaryRating rating;

    g_assert_cmpint (pursuit_salary_engine_rate (fixture->engine, &query, &none, NULL, &rating), ==,
                     PURSUIT_SALARY_POSITION_NOT_COMPARED);
    g_assert_cmpstr (rating.words, ==, "");
    g_assert_cmpint (pursuit_salary_engine_rate (fixture->engine, &query, NULL, NULL, &rating), ==,
                     PURSUIT_SALARY_POSITION_NOT_COMPARED);
  }
}

typedef struct
{
  PursuitSalaryEngine *engine;
  const char * const *results;
} ThreadData;

static const char * const thread_titles[] = {
  "Test Agent", "Sr. Test Agent", "Junior Test Agent", "Test Associate", "Test Agent - Remote", "Unknown Job",
};

static gpointer
summarize_in_thread (gpointer user_data)
{
  ThreadData *data = user_data;

  for (guint round = 0; round < 200; round++)
    for (guint i = 0; i < G_N_ELEMENTS (thread_titles); i++)
      {
        PursuitSalaryQuery query = { thread_titles[i], round % 2 ? "Denver, CO" : "Remote", NULL, "US", NULL, NULL, NULL };
        PursuitPay pay = { 40000, 40000, "USD", PURSUIT_PAY_PERIOD_YEAR };

        if (pursuit_salary_engine_summarize (data->engine, &query, &pay, NULL) != data->results[i])
          return GINT_TO_POINTER (FALSE);
      }
  return GINT_TO_POINTER (TRUE);
}

/* The engine serves several threads at once with the same answers. */
static void
test_threads (Fixture       *fixture,
              gconstpointer  data)
{
  /* $40,000: at the mid median; 20% under the senior median of $50,000;
   * the junior and the level-less title have no median, so the starting
   * range $35,000–45,000 decides. */
  const char *expected[G_N_ELEMENTS (thread_titles)] = {
    g_intern_static_string ("at median"), g_intern_static_string ("−20% vs median"),
    g_intern_static_string ("in range"), g_intern_static_string ("in range"),
    g_intern_static_string ("at median"), g_intern_static_string (""),
  };
  ThreadData thread_data = { fixture->engine, expected };
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("summarize", summarize_in_thread, &thread_data);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

/* Overrides, against the shipped content */

static void
test_overrides (void)
{
  g_autoptr(PursuitContent) content = load_shipped_content ();
  g_autoptr(PursuitSalaryEngine) engine = pursuit_salary_engine_new (content);
  PursuitSalaryQuery query = { "Customer Service Representative", "Denver, CO", NULL, "US", CCS, NULL, NULL };
  g_autoptr(PursuitSalaryMatch) role = pursuit_salary_engine_match (engine, &query);
  g_autoptr(PursuitSalaryMatch) level = NULL;
  g_autoptr(PursuitSalaryMatch) mapped = NULL;
  g_autoptr(PursuitSalaryMatch) country = NULL;
  g_autoptr(PursuitSalaryMatch) unknown = NULL;
  g_autoptr(PursuitSalaryMatch) mismatch = NULL;

  g_assert_cmpstr (role->role, ==, CCS);
  g_assert_null (role->level);
  g_assert_cmpint (role->role_confidence, ==, CHOSEN);
  g_assert_cmpstr (role->role_reason, ==, "Customer Service Representative → Contact Center Specialist: chosen by you");
  /* The place is still read from the text. */
  g_assert_cmpstr (role->country, ==, "US");
  g_assert_cmpint (role->place_confidence, ==, EXACT);

  /* A level gives its role. */
  query.role = NULL;
  query.level = "ccs-senior";
  level = pursuit_salary_engine_match (engine, &query);
  g_assert_cmpstr (level->role, ==, CCS);
  g_assert_cmpstr (level->level, ==, "ccs-senior");
  g_assert_cmpint (level->role_confidence, ==, CHOSEN);
  g_assert_cmpstr (level->role_reason, ==,
                   "Customer Service Representative → Senior Contact Center Specialist: chosen by you");

  /* Another role keeps the seniority the title gave. */
  query.title = "Senior Customer Service Specialist";
  query.role = CCS;
  query.level = NULL;
  mapped = pursuit_salary_engine_match (engine, &query);
  g_assert_cmpstr (mapped->level, ==, "ccs-senior");

  query.title = "Customer Service Representative";
  query.role = NULL;
  query.country = "DE";
  country = pursuit_salary_engine_match (engine, &query);
  g_assert_cmpstr (country->country, ==, "DE");
  g_assert_cmpstr (country->area, ==, "europe");
  g_assert_cmpint (country->place_confidence, ==, CHOSEN);
  g_assert_cmpstr (country->place_reason, ==, "Denver, CO → Germany: chosen by you");
  g_assert_cmpstr (country->role, ==, CSS);
  g_assert_cmpint (country->role_confidence, ==, EXACT);

  /* What is not a role, level or country code is no choice. */
  query.role = "no-such-role";
  query.level = "no-such-level";
  query.country = "Germany";
  unknown = pursuit_salary_engine_match (engine, &query);
  g_assert_cmpstr (unknown->role, ==, CSS);
  g_assert_cmpint (unknown->role_confidence, ==, EXACT);
  g_assert_cmpstr (unknown->country, ==, "US");
  g_assert_cmpint (unknown->place_confidence, ==, EXACT);

  /* A level of another role than the one chosen: the role wins. */
  query.role = CALL;
  query.level = "ccs-senior";
  query.country = NULL;
  mismatch = pursuit_salary_engine_match (engine, &query);
  g_assert_cmpstr (mismatch->role, ==, CALL);
  g_assert_null (mismatch->level);
}

/* The user's choices change the benchmarks: a German job chosen to be in
 * the United States gets US figures. */
static void
test_override_changes_benchmarks (Fixture       *fixture,
                                  gconstpointer  data)
{
  PursuitSalaryQuery query = { "Test Agent", "Berlin, Germany", NULL, "US", NULL, NULL, "US" };
  PursuitPay pay = { 40000, 40000, "USD", PURSUIT_PAY_PERIOD_YEAR };

  g_assert_cmpstr (pursuit_salary_engine_summarize (fixture->engine, &query, &pay, NULL), ==, "at median");
  query.country = NULL;
  g_assert_cmpstr (pursuit_salary_engine_summarize (fixture->engine, &query, &pay, NULL), ==, "");
  query.level = "test-agent-senior";
  query.country = "US";
  g_assert_cmpstr (pursuit_salary_engine_summarize (fixture->engine, &query, &pay, NULL), ==, "−20% vs median");
}

/* The figures of a level serve the level of the same title on another
 * ladder: the manager guide's manager uses the specialist ladder's. */
static void
test_same_level_elsewhere (void)
{
  g_autoptr(PursuitContent) content = load_shipped_content ();
  g_autoptr(PursuitSalaryEngine) engine = pursuit_salary_engine_new (content);
  PursuitSalaryQuery query = { "Customer Service Manager", "Denver, CO", NULL, "US", NULL, NULL, NULL };
  PursuitPay pay = { 80000, 80000, "USD", PURSUIT_PAY_PERIOD_YEAR };
  g_autoptr(PursuitSalaryReport) report = pursuit_salary_engine_compare (engine, &query, &pay, NULL, NULL);
  GPtrArray *benchmarks = pursuit_salary_report_get_benchmarks (report);
  gboolean median = FALSE;
  gboolean starting = FALSE;

  g_assert_cmpstr (pursuit_salary_report_get_match (report)->level, ==, "csm-manager");
  for (guint i = 0; i < benchmarks->len; i++)
    {
      const PursuitSalaryBenchmark *benchmark = g_ptr_array_index (benchmarks, i);

      median |= g_str_equal (benchmark->record->id, "css-manager-median");
      starting |= g_str_equal (benchmark->record->id, "csm-rh-start-low");
    }
  g_assert_true (median);
  g_assert_true (starting);
  /* $80,000 is the $80,000 manager median. */
  g_assert_cmpstr (pursuit_salary_report_get_summary (report), ==, "at median");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/salary/titles", test_titles);
  g_test_add_func ("/salary/reasons", test_reasons);
  g_test_add_func ("/salary/area-and-home-country", test_area_and_home_country);
  g_test_add_func ("/salary/default-home-country", test_default_home_country);
  g_test_add_func ("/salary/country-areas", test_country_areas_agree_with_content);
  g_test_add_func ("/salary/pay/parse", test_pay_parse);
  g_test_add_func ("/salary/pay/default-currency", test_pay_parse_default_currency);
  g_test_add_func ("/salary/pay/conversion", test_conversion);
  g_test_add ("/salary/verdict/median-boundaries", Fixture, NULL, fixture_set_up, test_median_boundaries, fixture_tear_down);
  g_test_add ("/salary/verdict/range-boundaries", Fixture, NULL, fixture_set_up, test_range_boundaries, fixture_tear_down);
  g_test_add ("/salary/verdict/sentence", Fixture, NULL, fixture_set_up, test_verdict_sentence, fixture_tear_down);
  g_test_add ("/salary/verdict/benchmarks", Fixture, NULL, fixture_set_up, test_benchmarks_listed, fixture_tear_down);
  g_test_add ("/salary/verdict/senior-range", Fixture, NULL, fixture_set_up, test_senior_range, fixture_tear_down);
  g_test_add ("/salary/verdict/open-ended", Fixture, NULL, fixture_set_up, test_open_ended, fixture_tear_down);
  g_test_add ("/salary/verdict/other-currency", Fixture, NULL, fixture_set_up, test_other_currency, fixture_tear_down);
  g_test_add ("/salary/verdict/source-usd", Fixture, NULL, fixture_set_up, test_source_usd, fixture_tear_down);
  g_test_add ("/salary/verdict/offer", Fixture, NULL, fixture_set_up, test_offer, fixture_tear_down);
  g_test_add ("/salary/verdict/nothing-to-compare", Fixture, NULL, fixture_set_up, test_nothing_to_compare, fixture_tear_down);
  g_test_add ("/salary/summaries", Fixture, NULL, fixture_set_up, test_summaries, fixture_tear_down);
  g_test_add ("/salary/ratings", Fixture, NULL, fixture_set_up, test_ratings, fixture_tear_down);
  g_test_add ("/salary/threads", Fixture, NULL, fixture_set_up, test_threads, fixture_tear_down);
  g_test_add_func ("/salary/overrides", test_overrides);
  g_test_add ("/salary/overrides/benchmarks", Fixture, NULL, fixture_set_up, test_override_changes_benchmarks, fixture_tear_down);
  g_test_add_func ("/salary/same-level-elsewhere", test_same_level_elsewhere);

  return g_test_run ();
}
