/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "pursuit-bench-generator.h"
#include "pursuit-job-format.h"
#include "pursuit-salary.h"

/* pursuit-salary-bench [--jobs N] [--seed S]
 *
 * Times the salary engine on what the jobs list asks of it: a summary
 * ("+6% vs median") for every job, with a new engine (every title, place
 * and industry read for the first time) and again with its caches full;
 * then the job page's full comparison, and the pay-text parser on every
 * job's pay as it is written. The jobs come from the benchmark generator,
 * and some titles are written the way real postings write them ("Sr.",
 * "CSR", "- Remote", capitals). It prints figures only: machines differ. */

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

int
main (int   argc,
      char *argv[])
{
  int jobs = 100000;
  int seed = 1;
  const GOptionEntry entries[] = {
    { "jobs", 0, 0, G_OPTION_ARG_INT, &jobs, "How many jobs (default 100,000)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the random data (default 1)", "S" },
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

  listings = make_listings (jobs, seed);

  start = now_ms ();
  content = pursuit_content_new_from_resource (NULL, &error);
  content_ms = now_ms () - start;
  if (content == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

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
