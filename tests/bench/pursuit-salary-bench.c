/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "pursuit-bench-generator.h"
#include "pursuit-job-format.h"
#include "pursuit-repository.h"
#include "pursuit-salary.h"

/* pursuit-salary-bench [--jobs N] [--seed S]
 * pursuit-salary-bench --database PATH
 *
 * Times the salary engine on what the jobs list asks of it: a summary
 * ("+6% vs median") for every job, with a new engine (every title, place
 * and industry read for the first time) and again with its caches full;
 * then the job page's full comparison, and the pay-text parser on every
 * job's pay as it is written. The jobs come from the benchmark generator,
 * and some titles are written the way real postings write them ("Sr.",
 * "CSR", "- Remote", capitals). It prints figures only: machines differ.
 *
 * With --database it times the jobs list instead, on the jobs of a
 * generated database as the app holds them (PursuitJob objects, read with
 * the repository): the rating of every job's posted pay, as the rows and
 * the "Below benchmark" filter ask for it, with a new engine and with its
 * caches full, and the yearly pay the "pay" sort reads. */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  return g_strjoinv (to, parts);
}

/* Rewrites some titles as postings write them. */
static char *
vary_title (GRand      *rng,
            const char *title)
{
  int roll = g_rand_int_range (rng, 0, 100);

  if (roll < 12)
    {
      g_autofree char *senior = replace (title, "Senior ", "Sr. ");

      return replace (senior, "Junior ", "Jr. ");
    }
  if (roll < 20)
    return g_strconcat (title, " - Remote", NULL);
  if (roll < 25)
    return g_strconcat (title, " (Bilingual)", NULL);
  if (roll < 29)
    return replace (title, "Customer Service Representative", "CSR");
  if (roll < 32)
    return g_utf8_strup (title, -1);
  if (roll < 35)
    return replace (title, "Center", "Centre");
  return g_strdup (title);
}

typedef struct
{
  char *title;
  char *location;
  char *industry;
  PursuitPay pay;
  char *currency;
  char *pay_text;
} Listing;

static void
listing_clear (gpointer data)
{
  Listing *listing = data;

  g_free (listing->title);
  g_free (listing->location);
  g_free (listing->industry);
  g_free (listing->currency);
  g_free (listing->pay_text);
}

static GArray *
make_listings (guint   n_jobs,
               guint32 seed)
{
  g_autoptr(GRand) rng = g_rand_new_with_seed (seed);
  g_autoptr(GRand) variation = g_rand_new_with_seed (seed ^ 0x5a1a);
  GArray *listings = g_array_sized_new (FALSE, TRUE, sizeof (Listing), n_jobs);

  g_array_set_clear_func (listings, listing_clear);
  for (guint i = 0; i < n_jobs; i++)
    {
      g_autoptr(PursuitJob) job = pursuit_bench_make_listing (rng);
      Listing listing = { 0 };

      listing.title = vary_title (variation, pursuit_job_get_title (job));
      listing.location = g_strdup (pursuit_job_get_location (job));
      listing.industry = g_strdup (pursuit_job_get_industry (job));
      listing.currency = g_strdup (pursuit_job_get_pay_currency (job));
      listing.pay.min = pursuit_job_get_pay_min (job);
      listing.pay.max = pursuit_job_get_pay_max (job);
      listing.pay.currency = listing.currency;
      listing.pay.period = pursuit_job_get_pay_period (job);
      listing.pay_text = pursuit_job_format_pay (job);
      g_array_append_val (listings, listing);
    }
  return listings;
}

static guint
count_distinct (GArray *listings,
                gsize   offset)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < listings->len; i++)
    {
      const char *text = *(const char **) ((char *) &g_array_index (listings, Listing, i) + offset);

      g_hash_table_add (seen, (gpointer) (text != NULL ? text : ""));
    }
  return g_hash_table_size (seen);
}

static double
summarize_all (PursuitSalaryEngine *engine,
               GArray              *listings,
               guint               *n_compared)
{
  double start = now_ms ();

  *n_compared = 0;
  for (guint i = 0; i < listings->len; i++)
    {
      Listing *listing = &g_array_index (listings, Listing, i);
      PursuitSalaryQuery query = { listing->title, listing->location, listing->industry, "US", NULL, NULL, NULL };
      const char *summary = pursuit_salary_engine_summarize (engine, &query, &listing->pay, NULL);

      *n_compared += summary[0] != '\0';
    }
  return now_ms () - start;
}

static double
rate_all (PursuitSalaryEngine            *engine,
          GPtrArray                      *jobs,
          const PursuitSalaryPreferences *preferences,
          guint                          *n_rated,
          guint                          *n_below)
{
  double start = now_ms ();

  *n_rated = 0;
  *n_below = 0;
  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitSalaryRating rating;
      PursuitSalaryPosition position = pursuit_salary_engine_rate_job (engine, g_ptr_array_index (jobs, i),
                                                                       preferences, &rating);

      *n_rated += rating.words[0] != '\0';
      *n_below += position == PURSUIT_SALARY_POSITION_BELOW;
    }
  return now_ms () - start;
}

/* The jobs list's part, on the jobs of a database. */
static int
bench_database (const char     *path,
                PursuitContent *content)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitRepository) repository = pursuit_repository_open (path, &error);
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(PursuitSalaryEngine) engine = NULL;
  PursuitSalaryPreferences preferences;
  double start;
  double read_ms;
  double build_ms;
  double cold_ms;
  double warm_ms;
  double annual_ms;
  guint n_rated;
  guint n_below;
  guint n_with_pay = 0;

  if (repository == NULL || (start = now_ms (), jobs = pursuit_repository_list_jobs (repository, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  read_ms = now_ms () - start;

  /* As the app's context gives them: the home country worked out once. */
  pursuit_salary_preferences_init (&preferences);
  preferences.home_country = pursuit_salary_default_home_country (setlocale (LC_MESSAGES, NULL));

  start = now_ms ();
  engine = pursuit_salary_engine_new (content);
  build_ms = now_ms () - start;
  cold_ms = rate_all (engine, jobs, &preferences, &n_rated, &n_below);
  warm_ms = rate_all (engine, jobs, &preferences, &n_rated, &n_below);

  start = now_ms ();
  for (guint i = 0; i < jobs->len; i++)
    n_with_pay += pursuit_salary_job_get_annual_pay (g_ptr_array_index (jobs, i), &preferences) >= 0;
  annual_ms = now_ms () - start;

  g_print ("Salary in the jobs list: %u jobs of %s\n", jobs->len, path);
  g_print ("  jobs read (not part of the total)   %.1f ms\n", read_ms);
  g_print ("  jobs with pay / a standing / below  %u / %u / %u\n", n_with_pay, n_rated, n_below);
  g_print ("  engine built                        %.1f ms\n", build_ms);
  g_print ("  every job rated, new engine         %.1f ms (%.2f µs a job)\n", cold_ms, cold_ms * 1000 / MAX (jobs->len, 1));
  g_print ("  every job rated, caches full        %.1f ms (%.2f µs a job)\n", warm_ms, warm_ms * 1000 / MAX (jobs->len, 1));
  g_print ("  total, engine and every rating      %.1f ms (target < 200 ms)\n", build_ms + cold_ms);
  g_print ("  yearly pay of every job (pay sort)  %.1f ms\n", annual_ms);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  int jobs = 100000;
  int seed = 1;
  g_autofree char *database = NULL;
  const GOptionEntry entries[] = {
    { "jobs", 0, 0, G_OPTION_ARG_INT, &jobs, "How many jobs (default 100,000)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the random data (default 1)", "S" },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "Time the jobs list on the jobs of this database", "PATH" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the salary engine");
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitContent) content = NULL;
  g_autoptr(PursuitSalaryEngine) engine = NULL;
  g_autoptr(GArray) listings = NULL;
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  double start;
  double content_ms;
  double build_ms;
  double cold_ms;
  double warm_ms;
  double compare_ms;
  double parse_ms;
  guint n_compared;
  guint n_warm_compared;
  guint n_reports;
  guint n_parsed = 0;
  guint n_pay_texts = 0;
  guint n_titles_matched = 0;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || jobs <= 0)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--jobs must be at least 1");
      return 2;
    }

  start = now_ms ();
  content = pursuit_content_new_from_resource (NULL, &error);
  content_ms = now_ms () - start;
  if (content == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (database != NULL)
    return bench_database (database, content);

  listings = make_listings (jobs, seed);

  start = now_ms ();
  engine = pursuit_salary_engine_new (content);
  build_ms = now_ms () - start;

  cold_ms = summarize_all (engine, listings, &n_compared);
  warm_ms = summarize_all (engine, listings, &n_warm_compared);
  g_assert (n_compared == n_warm_compared);

  /* The job page: the full report for one job in a hundred. */
  start = now_ms ();
  n_reports = 0;
  for (guint i = 0; i < listings->len; i += 100, n_reports++)
    {
      Listing *listing = &g_array_index (listings, Listing, i);
      PursuitSalaryQuery query = { listing->title, listing->location, listing->industry, "US", NULL, NULL, NULL };
      g_autoptr(PursuitSalaryReport) report = pursuit_salary_engine_compare (engine, &query, &listing->pay, NULL, NULL);
    }
  compare_ms = now_ms () - start;

  start = now_ms ();
  for (guint i = 0; i < listings->len; i++)
    {
      Listing *listing = &g_array_index (listings, Listing, i);
      PursuitParsedPay parsed;

      if (listing->pay_text == NULL)
        continue;
      n_pay_texts++;
      n_parsed += pursuit_pay_parse (listing->pay_text, "USD", &parsed, NULL);
    }
  parse_ms = now_ms () - start;

  for (guint i = 0; i < listings->len; i++)
    g_hash_table_add (titles, g_array_index (listings, Listing, i).title);
  {
    GHashTableIter iter;
    gpointer title;

    g_hash_table_iter_init (&iter, titles);
    while (g_hash_table_iter_next (&iter, &title, NULL))
      {
        PursuitSalaryQuery query = { title, NULL, NULL, "US", NULL, NULL, NULL };
        g_autoptr(PursuitSalaryMatch) match = pursuit_salary_engine_match (engine, &query);

        n_titles_matched += match->role != NULL;
      }
  }

  g_print ("jobs                          %u (%u titles, %u locations, %u industries)\n", listings->len,
           g_hash_table_size (titles), count_distinct (listings, G_STRUCT_OFFSET (Listing, location)),
           count_distinct (listings, G_STRUCT_OFFSET (Listing, industry)));
  g_print ("titles with a guide           %u of %u\n", n_titles_matched, g_hash_table_size (titles));
  g_print ("jobs with a summary           %u\n", n_compared);
  g_print ("content loaded                %.1f ms (not part of the total: the app has it already)\n", content_ms);
  g_print ("engine built                  %.1f ms\n", build_ms);
  g_print ("summaries, new engine         %.1f ms (%.2f µs a job)\n", cold_ms, cold_ms * 1000 / listings->len);
  g_print ("summaries, caches full        %.1f ms (%.2f µs a job)\n", warm_ms, warm_ms * 1000 / listings->len);
  g_print ("total, engine and summaries   %.1f ms\n", build_ms + cold_ms);
  g_print ("full reports                  %u in %.1f ms (%.1f µs each)\n", n_reports, compare_ms,
           compare_ms * 1000 / MAX (n_reports, 1));
  g_print ("pay texts parsed              %u of %u in %.1f ms (%.2f µs each)\n", n_parsed, n_pay_texts, parse_ms,
           parse_ms * 1000 / MAX (n_pay_texts, 1));
  return 0;
}
