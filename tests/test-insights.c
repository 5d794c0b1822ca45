/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-error.h"
#include "pursuit-repository-private.h"
#include "pursuit-store.h"
#include "pursuit-test-utils.h"

/* The Insights figures on a database written row by row, whose funnel,
 * rates, delays and breakdowns are worked out by hand below. Stage ids are
 * the default stages': id = kind + 1 (1 Wishlist, 2 Applied, 3 Screening,
 * 4 Interviewing, 5 Offer, 6 Accepted, 7 Rejected, 9 Ghosted). Every move
 * is at noon UTC (the tests run with TZ=UTC). */

#define NOW "2026-03-01"
#define GHOST_DAYS 14

static gint64
noon (const char *day)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autofree char *text = g_strconcat (day, "T12:00:00Z", NULL);
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (text, utc);

  g_assert_nonnull (time);
  return g_date_time_to_unix (time);
}

static void
add_job (const char *path,
         gint64      id,
         const char *source,
         const char *applied_on,
         gboolean    trashed,
         ...)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *insert = NULL;
  int last_stage = 1;
  const char *day;
  va_list moves;

  /* The moves: stage id, day; ended by 0. */
  va_start (moves, trashed);
  while ((last_stage = va_arg (moves, int)) != 0)
    {
      day = va_arg (moves, const char *);
      g_string_append_printf (sql, "INSERT INTO stage_history (job_id, stage_id, entered_at) "
                                   "VALUES (%" G_GINT64_FORMAT ", %d, %" G_GINT64_FORMAT ");",
                              id, last_stage, noon (day));
      g_string_append_printf (sql, "UPDATE jobs SET stage_id = %d WHERE id = %" G_GINT64_FORMAT ";",
                              last_stage, id);
    }
  va_end (moves);

  insert = g_strdup_printf ("INSERT INTO jobs (id, uuid, company, title, stage_id, source, applied_on, "
                                          "created_at, updated_at, trashed_at) VALUES (%" G_GINT64_FORMAT
                                          ", 'uuid-%" G_GINT64_FORMAT "', 'Company', 'Support Agent', 1, %s%s%s, "
                                          "%s%s%s, %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", %s);",
                                          id, id, source != NULL ? "'" : "", source != NULL ? source : "NULL",
                                          source != NULL ? "'" : "", applied_on != NULL ? "'" : "",
                                          applied_on != NULL ? applied_on : "NULL", applied_on != NULL ? "'" : "",
                                          noon ("2026-01-01"), noon ("2026-01-01"), trashed ? "1" : "NULL");
  g_string_prepend (sql, insert);
  pursuit_test_sql_exec (path, sql->str);
}

/* Ten jobs; the figures each test expects follow from these lines. */
static void
fill_search (const char *path)
{
  add_job (path, 1, "LinkedIn", NULL, FALSE, 1, "2026-01-01", 0);
  add_job (path, 2, "LinkedIn", "2026-01-05", FALSE,
           2, "2026-01-05", 3, "2026-01-09", 4, "2026-01-15", 0);                     /* 4 days */
  add_job (path, 3, "LinkedIn", "2026-01-06", FALSE, 2, "2026-01-06", 7, "2026-01-20", 0);
  add_job (path, 4, "Indeed", "2026-01-07", FALSE, 2, "2026-01-07", 0);                 /* ghosted */
  add_job (path, 5, "Indeed", "2026-01-12", FALSE, 2, "2026-01-12", 3, "2026-01-22", 5, "2026-02-01",
           6, "2026-02-03", 0);                                                           /* 10 days */
  /* Skipped Applied: straight from the wishlist to an interview. */
  add_job (path, 6, "", "2026-01-14", FALSE, 1, "2026-01-02", 4, "2026-01-14", 0);
  add_job (path, 7, "Indeed", "2026-02-20", FALSE, 2, "2026-02-20", 0);                 /* 9 days: waiting */
  add_job (path, 8, "LinkedIn", "2026-01-08", FALSE, 2, "2026-01-08", 9, "2026-02-10", 0); /* ghosted */
  add_job (path, 9, "LinkedIn", "2026-01-08", TRUE, 2, "2026-01-08", 0);                 /* trashed */
  add_job (path, 10, "Referral", "2026-01-05", FALSE, 2, "2026-01-05", 3, "2026-01-07", 7, "2026-01-10",
           0);                                                                            /* 2 days */

  /* A resume in two versions and a cover letter; job 4 uses v2 but has
   * not sent it. */
  pursuit_test_sql_exec (path,
                         "INSERT INTO documents (id, uuid, kind, name, created_at, updated_at) VALUES"
                         "  (1, 'd1', 0, 'Support resume', 0, 0), (2, 'd2', 1, 'Letter', 0, 0);"
                         "INSERT INTO document_versions (id, document_id, number, date, format, size, sha256,"
                         "                               created_at, updated_at) VALUES"
                         "  (1, 1, 1, '2026-01-01', 0, 1, 'a', 0, 0), (2, 1, 2, '2026-01-10', 0, 1, 'b', 0, 0),"
                         "  (3, 2, 1, '2026-01-01', 0, 1, 'c', 0, 0);"
                         "INSERT INTO job_documents (job_id, version_id, sent_on, sha256, linked_at) VALUES"
                         "  (2, 1, '2026-01-05', 'a', 0), (3, 1, '2026-01-06', 'a', 0),"
                         "  (5, 2, '2026-01-12', 'b', 0), (10, 3, '2026-01-05', 'c', 0),"
                         "  (10, 2, '2026-01-05', 'b', 0), (4, 2, NULL, NULL, 0);");
}

static PursuitInsightsQuery
make_query (void)
{
  PursuitInsightsQuery query = { NULL, NULL, NULL, NULL, GHOST_DAYS, noon (NOW) };

  return query;
}

static PursuitInsights *
compute (PursuitRepository          *repository,
         const PursuitInsightsQuery *query)
{
  g_autoptr(GError) error = NULL;
  PursuitInsights *insights = pursuit_repository_compute_insights (repository, query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (insights);
  return insights;
}

static void
assert_row (const PursuitInsightsRow *row,
            const char               *label,
            guint                     jobs,
            guint                     applied,
            guint                     responded,
            guint                     ghosted,
            guint                     timed,
            double                    median)
{
  g_assert_cmpstr (row->label, ==, label);
  g_assert_cmpuint (row->jobs, ==, jobs);
  g_assert_cmpuint (row->reached[0], ==, applied);
  g_assert_cmpuint (row->responded, ==, responded);
  g_assert_cmpuint (row->ghosted, ==, ghosted);
  g_assert_cmpuint (row->timed, ==, timed);
  g_assert_cmpfloat_with_epsilon (row->median_days, median, 1e-9);
}

static PursuitInsightsRow *
row_at (GPtrArray *rows,
        guint      index)
{
  g_assert_cmpuint (index, <, rows->len);
  return g_ptr_array_index (rows, index);
}

static void
test_whole (PursuitTestFixture *fixture,
            gconstpointer       data)
{
  PursuitInsightsQuery query = make_query ();
  g_autoptr(PursuitInsights) insights = NULL;
  const PursuitInsightsRow *total;
  static const guint funnel[] = { 8, 4, 3, 1, 1 };
  static const struct { const char *monday; guint applied; } weeks[] = {
    { "2026-01-05", 5 }, { "2026-01-12", 2 }, { "2026-01-19", 0 }, { "2026-01-26", 0 },
    { "2026-02-02", 0 }, { "2026-02-09", 0 }, { "2026-02-16", 1 },
  };

  fill_search (fixture->path);
  insights = compute (fixture->repository, &query);
  total = &insights->total;

  /* The trashed job is nowhere; the wishlist job is tracked, not applied. */
  assert_row (total, NULL, 9, 8, 4, 2, 3, 4);
  for (guint i = 0; i < G_N_ELEMENTS (funnel); i++)
    g_assert_cmpuint (total->reached[i], ==, funnel[i]);
  g_assert_cmpfloat_with_epsilon (pursuit_insights_row_get_rate (total, total->responded), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (pursuit_insights_row_get_rate (total, total->ghosted), 0.25, 1e-9);
  /* Delays 2, 4 and 10 days: the skipped-stage job's is unknown. */
  g_assert_cmpfloat_with_epsilon (total->lower_quartile_days, 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (total->upper_quartile_days, 7, 1e-9);

  g_assert_cmpuint (insights->weeks->len, ==, G_N_ELEMENTS (weeks));
  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    {
      PursuitInsightsWeek *week = &g_array_index (insights->weeks, PursuitInsightsWeek, i);

      g_assert_cmpstr (week->monday, ==, weeks[i].monday);
      g_assert_cmpuint (week->applied, ==, weeks[i].applied);
    }

  /* Without tags there is no breakdown by pay. */
  g_assert_cmpuint (insights->by_pay->len, ==, 0);
}

static void
test_by_source (PursuitTestFixture *fixture,
                gconstpointer       data)
{
  PursuitInsightsQuery query = make_query ();
  g_autoptr(PursuitInsights) insights = NULL;

  fill_search (fixture->path);
  insights = compute (fixture->repository, &query);

  /* Most applications first, ties by name; no source last. */
  g_assert_cmpuint (insights->by_source->len, ==, 4);
  assert_row (row_at (insights->by_source, 0), "Indeed", 3, 3, 1, 1, 1, 10);
  assert_row (row_at (insights->by_source, 1), "LinkedIn", 4, 3, 1, 1, 1, 4);
  assert_row (row_at (insights->by_source, 2), "Referral", 1, 1, 1, 0, 1, 2);
  assert_row (row_at (insights->by_source, 3), NULL, 1, 1, 1, 0, 0, 0);
  g_assert_cmpuint (row_at (insights->by_source, 3)->reached[2], ==, 1);
}

/* fill_search()'s breakdown by resume: applied jobs only; a cover letter
 * is not a resume, a version linked but not sent is none. */
static void
assert_search_resumes (GPtrArray *by_resume)
{
  g_assert_cmpuint (by_resume->len, ==, 3);
  assert_row (row_at (by_resume, 0), NULL, 4, 4, 1, 2, 0, 0);
  assert_row (row_at (by_resume, 1), "Support resume v1", 2, 2, 1, 0, 1, 4);
  assert_row (row_at (by_resume, 2), "Support resume v2", 2, 2, 2, 0, 2, 6);
}

static void
test_by_resume (PursuitTestFixture *fixture,
                gconstpointer       data)
{
  PursuitInsightsQuery query = make_query ();
  g_autoptr(PursuitInsights) insights = NULL;

  fill_search (fixture->path);
  insights = compute (fixture->repository, &query);
  assert_search_resumes (insights->by_resume);
}

/* The resumes are read beside the jobs, both by job: a resume sent by a
 * job that does not count (trashed, out of the range) moves the reading
 * on without counting, and the next jobs still find theirs. */
static void
test_resumes_of_skipped_jobs (PursuitTestFixture *fixture,
                              gconstpointer       data)
{
  PursuitInsightsQuery query = make_query ();
  g_autoptr(PursuitInsights) insights = NULL;
  g_autoptr(PursuitInsights) since = NULL;

  fill_search (fixture->path);
  pursuit_test_sql_exec (fixture->path, "INSERT INTO job_documents (job_id, version_id, sent_on, sha256, linked_at)"
                                        " VALUES (9, 1, '2026-01-08', 'a', 0)");
  insights = compute (fixture->repository, &query);
  assert_search_resumes (insights->by_resume);

  /* Jobs 2, 3 and 10 applied before the range: job 5 still has its v2. */
  query.since = "2026-01-07";
  since = compute (fixture->repository, &query);
  g_assert_cmpuint (since->by_resume->len, ==, 2);
  assert_row (row_at (since->by_resume, 0), NULL, 4, 4, 1, 2, 0, 0);
  assert_row (row_at (since->by_resume, 1), "Support resume v2", 1, 1, 1, 0, 1, 10);
}

/* A source is grouped without the spaces at either end, as SQLite's
 * trim() has it (a tab stays), and one of spaces only is none. */
static void
test_sources_trimmed (PursuitTestFixture *fixture,
                      gconstpointer       data)
{
  PursuitInsightsQuery query = make_query ();
  g_autoptr(PursuitInsights) insights = NULL;

  add_job (fixture->path, 1, " Indeed  ", "2026-01-05", FALSE, 2, "2026-01-05", 0);
  add_job (fixture->path, 2, "Indeed", "2026-01-06", FALSE, 2, "2026-01-06", 0);
  add_job (fixture->path, 3, "Indeed ", "2026-01-07", FALSE, 2, "2026-01-07", 0);
  add_job (fixture->path, 4, "   ", "2026-01-08", FALSE, 2, "2026-01-08", 0);
  add_job (fixture->path, 5, "", "2026-01-09", FALSE, 2, "2026-01-09", 0);
  add_job (fixture->path, 6, "\tMail", "2026-01-10", FALSE, 2, "2026-01-10", 0);
  insights = compute (fixture->repository, &query);

  g_assert_cmpuint (insights->by_source->len, ==, 3);
  assert_row (row_at (insights->by_source, 0), "Indeed", 3, 3, 0, 3, 0, 0);
  assert_row (row_at (insights->by_source, 1), NULL, 2, 2, 0, 2, 0, 0);
  assert_row (row_at (insights->by_source, 2), "\tMail", 1, 1, 0, 1, 0, 0);
}

/* What Insights steps through at 100,000 jobs: the covering index of the
 * jobs' few columns it reads (schema 11), never the jobs table, and each
 * job's moves by its id. */
static void
test_reads_index (PursuitTestFixture *fixture,
                  gconstpointer       data)
{
  g_autofree char *sql = g_strconcat ("EXPLAIN QUERY PLAN ", pursuit_repository_insights_statement (), NULL);
  PursuitDatabase *database = pursuit_repository_get_database (fixture->repository);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) plan = g_string_new (NULL);
  sqlite3_stmt *statement = pursuit_database_prepare (database, sql, &error);
  int step;

  g_assert_no_error (error);
  while ((step = pursuit_database_step (database, statement, &error)) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", pursuit_database_column_text (statement, 3));
  g_assert_no_error (error);
  sqlite3_reset (statement);

  /* Two steps, whatever SQLite adds to their words in later versions. */
  g_assert_true (g_str_has_prefix (plan->str, "SCAN jobs USING COVERING INDEX jobs_insights"));
  g_assert_nonnull (strstr (plan->str, "\nSEARCH moves USING INTEGER PRIMARY KEY"));
  {
    g_auto(GStrv) steps = g_strsplit (plan->str, "\n", -1);

    g_assert_cmpuint (g_strv_length (steps), ==, 3);
  }
}

static void
test_by_pay_and_role (PursuitTestFixture *fixture,
                      gconstpointer       data)
{
  PursuitInsightsQuery query = make_query ();
  g_autoptr(PursuitInsights) insights = NULL;
  g_autoptr(PursuitInsights) of_role = NULL;
  g_autoptr(GArray) tags = g_array_new (FALSE, FALSE, sizeof (PursuitInsightsTag));
  const char *role = g_intern_static_string ("customer-service-specialist");
  PursuitInsightsTag given[] = {
    { 2, PURSUIT_INSIGHTS_PAY_ABOVE, role },
    { 5, PURSUIT_INSIGHTS_PAY_BELOW, role },
    { 10, PURSUIT_INSIGHTS_PAY_ABOVE, NULL },
    { 4, PURSUIT_INSIGHTS_PAY_NONE, NULL },
  };

  fill_search (fixture->path);
  g_array_append_vals (tags, given, G_N_ELEMENTS (given));
  query.tags = tags;
  insights = compute (fixture->repository, &query);

  g_assert_cmpuint (insights->by_pay->len, ==, 4);
  g_assert_cmpint (row_at (insights->by_pay, 0)->pay, ==, PURSUIT_INSIGHTS_PAY_UNKNOWN);
  assert_row (row_at (insights->by_pay, 0), NULL, 5, 4, 1, 1, 0, 0);
  g_assert_cmpint (row_at (insights->by_pay, 1)->pay, ==, PURSUIT_INSIGHTS_PAY_NONE);
  assert_row (row_at (insights->by_pay, 1), NULL, 1, 1, 0, 1, 0, 0);
  g_assert_cmpint (row_at (insights->by_pay, 2)->pay, ==, PURSUIT_INSIGHTS_PAY_BELOW);
  assert_row (row_at (insights->by_pay, 2), NULL, 1, 1, 1, 0, 1, 10);
  g_assert_cmpint (row_at (insights->by_pay, 3)->pay, ==, PURSUIT_INSIGHTS_PAY_ABOVE);
  assert_row (row_at (insights->by_pay, 3), NULL, 2, 2, 2, 0, 2, 3);

  /* The role filter keeps the jobs tagged with it. */
  query.role = role;
  of_role = compute (fixture->repository, &query);
  assert_row (&of_role->total, NULL, 2, 2, 2, 0, 2, 7);
}

static void
test_date_range (PursuitTestFixture *fixture,
                 gconstpointer       data)
{
  PursuitInsightsQuery query = make_query ();
  g_autoptr(PursuitInsights) insights = NULL;
  static const guint weeks[] = { 0, 2, 0, 0 };

  fill_search (fixture->path);
  query.since = "2026-01-10";
  query.until = "2026-01-31";
  insights = compute (fixture->repository, &query);

  /* Jobs 5 and 6 applied in the range; the weeks run over the whole range. */
  assert_row (&insights->total, NULL, 2, 2, 2, 0, 1, 10);
  g_assert_cmpuint (insights->weeks->len, ==, G_N_ELEMENTS (weeks));
  g_assert_cmpstr (g_array_index (insights->weeks, PursuitInsightsWeek, 0).monday, ==, "2026-01-05");
  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    g_assert_cmpuint (g_array_index (insights->weeks, PursuitInsightsWeek, i).applied, ==, weeks[i]);

  /* A day that is not one is refused, saying which. */
  {
    g_autoptr(GError) error = NULL;
    PursuitInsights *refused;

    query.until = "2026-02-30";
    refused = pursuit_repository_compute_insights (fixture->repository, &query, &error);
    g_assert_null (refused);
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "2026-02-30"));
  }
}

static void
test_nothing_applied (PursuitTestFixture *fixture,
                      gconstpointer       data)
{
  PursuitInsightsQuery query = make_query ();
  g_autoptr(PursuitInsights) empty = NULL;
  g_autoptr(PursuitInsights) insights = NULL;

  /* No jobs at all, then a wishlist only: no share divides by zero. */
  empty = compute (fixture->repository, &query);
  assert_row (&empty->total, NULL, 0, 0, 0, 0, 0, 0);
  g_assert_cmpuint (empty->weeks->len, ==, 0);
  g_assert_cmpuint (empty->by_source->len, ==, 0);

  add_job (fixture->path, 1, "LinkedIn", NULL, FALSE, 1, "2026-01-01", 0);
  insights = compute (fixture->repository, &query);
  assert_row (&insights->total, NULL, 1, 0, 0, 0, 0, 0);
  g_assert_cmpfloat (pursuit_insights_row_get_rate (&insights->total, insights->total.responded), ==, 0);
  g_assert_cmpfloat (pursuit_insights_row_get_rate (&insights->total, insights->total.ghosted), ==, 0);
  g_assert_cmpuint (insights->weeks->len, ==, 0);
  g_assert_cmpuint (insights->by_resume->len, ==, 0);
}

/* The ghosted rule's days: at 9 days job 7 is still waiting; with a rule
 * of 7 days it is ghosted too. */
static void
test_ghost_days (PursuitTestFixture *fixture,
                 gconstpointer       data)
{
  PursuitInsightsQuery query = make_query ();
  g_autoptr(PursuitInsights) insights = NULL;

  fill_search (fixture->path);
  query.ghost_days = 7;
  insights = compute (fixture->repository, &query);
  g_assert_cmpuint (insights->total.ghosted, ==, 3);
}

/* Delays of years (a date applied long before the answer) and of days
 * together: 2, 1,100 and 1,500 days. */
static void
test_long_delays (PursuitTestFixture *fixture,
                  gconstpointer       data)
{
  PursuitInsightsQuery query = make_query ();
  g_autoptr(PursuitInsights) insights = NULL;

  add_job (fixture->path, 1, "Mail", "2020-01-06", FALSE, 2, "2020-01-06", 3, "2023-01-10", 0);
  add_job (fixture->path, 2, "Mail", "2026-01-05", FALSE, 2, "2026-01-05", 3, "2026-01-07", 0);
  add_job (fixture->path, 3, "Mail", "2020-01-06", FALSE, 2, "2020-01-06", 3, "2024-02-14", 0);
  insights = compute (fixture->repository, &query);
  assert_row (&insights->total, NULL, 3, 3, 3, 0, 3, 1100);
  g_assert_cmpfloat_with_epsilon (insights->total.lower_quartile_days, 551, 1e-9);
  g_assert_cmpfloat_with_epsilon (insights->total.upper_quartile_days, 1300, 1e-9);
}

static void
test_store (PursuitTestFixture *fixture,
            gconstpointer       data)
{
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PursuitInsights) insights = NULL;
  g_autoptr(GError) error = NULL;
  PursuitInsightsQuery query = make_query ();
  char since[] = "2026-01-10";

  fill_search (fixture->path);
  store = pursuit_test_open_store (fixture->path);
  pursuit_store_compute_insights_async (store, &query, NULL, pursuit_test_keep_result, &result);
  insights = pursuit_store_compute_insights_finish (store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  assert_row (&insights->total, NULL, 9, 8, 4, 2, 3, 4);
  g_clear_pointer (&insights, pursuit_insights_free);
  g_clear_object (&result);

  /* The query is copied: the caller's text may change at once. */
  query.since = since;
  pursuit_store_compute_insights_async (store, &query, NULL, pursuit_test_keep_result, &result);
  since[0] = 'x';
  insights = pursuit_store_compute_insights_finish (store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (insights->total.jobs, ==, 3);
  pursuit_store_close (store);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  PURSUIT_TEST_ADD ("/insights/whole", test_whole);
  PURSUIT_TEST_ADD ("/insights/by-source", test_by_source);
  PURSUIT_TEST_ADD ("/insights/by-resume", test_by_resume);
  PURSUIT_TEST_ADD ("/insights/resumes-of-skipped-jobs", test_resumes_of_skipped_jobs);
  PURSUIT_TEST_ADD ("/insights/sources-trimmed", test_sources_trimmed);
  PURSUIT_TEST_ADD ("/insights/reads-index", test_reads_index);
  PURSUIT_TEST_ADD ("/insights/by-pay-and-role", test_by_pay_and_role);
  PURSUIT_TEST_ADD ("/insights/date-range", test_date_range);
  PURSUIT_TEST_ADD ("/insights/nothing-applied", test_nothing_applied);
  PURSUIT_TEST_ADD ("/insights/ghost-days", test_ghost_days);
  PURSUIT_TEST_ADD ("/insights/long-delays", test_long_delays);
  PURSUIT_TEST_ADD ("/insights/store", test_store);

  return g_test_run ();
}
