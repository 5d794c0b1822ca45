/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-bench-generator.h"
#include "pursuit-context.h"
#include "pursuit-data-json.h"
#include "pursuit-insights-report.h"
#include "pursuit-repository-data.h"
#include "pursuit-test-utils.h"

/* The Insights tags the database keeps (schema 10): on 2,000 jobs made by the
 * benchmark's generator (pay in 19 currencies and 5 periods, 210 titles),
 * the figures from the kept tags are the figures from tags the salary
 * engine works out for the query, after every way of writing a job; and
 * the tags are worked out again exactly when they must be. */

#define N_JOBS 2000
#define GHOST_DAYS 14

typedef struct
{
  PursuitTestDir *dir;
  char *path;
  PursuitRepository *repository;
  PursuitContent *content;
  PursuitSalaryEngine *engine;
  gint64 now;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = pursuit_test_dir_new ();
  fixture->path = pursuit_test_dir_file (fixture->dir, "generated.db");
  fixture->now = pursuit_bench_today ();
  g_assert_true (pursuit_bench_generate (fixture->path, N_JOBS, 3, fixture->now, FALSE, &error));
  g_assert_no_error (error);
  fixture->repository = pursuit_test_open_repository (fixture->path);
  fixture->content = pursuit_content_new_from_resource (NULL, &error);
  g_assert_no_error (error);
  fixture->engine = pursuit_salary_engine_new (fixture->content);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->engine);
  g_clear_object (&fixture->content);
  g_clear_object (&fixture->repository);
  g_free (fixture->path);
  pursuit_test_dir_free (fixture->dir);
}

/* The figures as CSV, and the pay breakdown's groups, for a comparison
 * that names what differs. */
static char *
report (PursuitRepository          *repository,
        const PursuitInsightsQuery *query,
        guint                      *n_pay_groups)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitInsights) insights = pursuit_repository_compute_insights (repository, query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (insights);
  if (n_pay_groups != NULL)
    *n_pay_groups = insights->by_pay->len;
  return pursuit_insights_to_csv (insights);
}

/* The same query with tags the engine works out now, and with the kept
 * ones brought up to date by @tagger. */
static void
assert_same_figures (Fixture               *fixture,
                     PursuitInsightsTagger *tagger,
                     const char            *role,
                     const char            *since)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = pursuit_repository_list_jobs (fixture->repository, &error);
  g_autoptr(GListStore) model = g_list_store_new (PURSUIT_TYPE_JOB);
  g_autoptr(GArray) tags = NULL;
  g_autofree char *worked_out = NULL;
  g_autofree char *kept = NULL;
  PursuitInsightsQuery query = { since, NULL, role, NULL, GHOST_DAYS, fixture->now, NULL };
  guint n_pay_groups = 0;

  g_assert_no_error (error);
  g_list_store_splice (model, 0, 0, jobs->pdata, jobs->len);
  tags = pursuit_insights_tag_jobs (fixture->engine, NULL, G_LIST_MODEL (model));
  query.tags = tags;
  worked_out = report (fixture->repository, &query, &n_pay_groups);

  query.tags = NULL;
  query.tagger = tagger;
  kept = report (fixture->repository, &query, NULL);
  g_assert_cmpstr (kept, ==, worked_out);
  /* A comparison worth making: the jobs fall in several pay groups. */
  if (role == NULL && since == NULL)
    g_assert_cmpuint (n_pay_groups, >=, 3);
}

static gint64
count_untagged (Fixture *fixture)
{
  return pursuit_test_sql_int (fixture->path, "SELECT count (*) FROM jobs WHERE insights_pay IS NULL");
}

static void
test_same_as_engine (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PursuitInsightsTagger) tagger = pursuit_insights_tagger_new_for_engine (fixture->engine, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *roles_text = NULL;
  g_auto(GStrv) roles = NULL;
  PursuitJob *changed[3];

  /* The generator's bulk import leaves every job to be tagged. */
  g_assert_cmpint (count_untagged (fixture), ==, N_JOBS);
  assert_same_figures (fixture, tagger, NULL, NULL);
  g_assert_cmpint (count_untagged (fixture), ==, 0);

  /* The role filter, on the three most common roles, and a range. */
  roles_text = pursuit_test_sql_text (fixture->path,
                                      "SELECT group_concat (insights_role, ' ') FROM (SELECT insights_role FROM jobs "
                                      "WHERE insights_role IS NOT NULL GROUP BY 1 ORDER BY count (*) DESC LIMIT 3)");
  roles = g_strsplit (roles_text, " ", -1);
  g_assert_cmpuint (g_strv_length (roles), ==, 3);
  for (guint i = 0; roles[i] != NULL; i++)
    assert_same_figures (fixture, tagger, g_intern_string (roles[i]), NULL);
  {
    g_autoptr(GDateTime) today = g_date_time_new_from_unix_local (fixture->now);
    g_autoptr(GDateTime) first = g_date_time_add_days (today, -60);
    g_autofree char *since = g_date_time_format (first, "%Y-%m-%d");

    assert_same_figures (fixture, tagger, g_intern_string (roles[0]), since);
  }

  /* Jobs changed as the app and pursuit-cli change them: a title that
   * reads as another role, a posted pay, a benchmark country. */
  changed[0] = pursuit_test_read_job (fixture->repository, 1);
  pursuit_job_set_text (changed[0], PURSUIT_JOB_FIELD_TITLE, "Senior Software Engineer");
  changed[1] = pursuit_test_read_job (fixture->repository, 2);
  pursuit_job_set_amount (changed[1], PURSUIT_JOB_FIELD_PAY_MIN, 1);
  pursuit_job_set_amount (changed[1], PURSUIT_JOB_FIELD_PAY_MAX, 2);
  pursuit_job_set_text (changed[1], PURSUIT_JOB_FIELD_PAY_CURRENCY, "USD");
  pursuit_job_set_number (changed[1], PURSUIT_JOB_FIELD_PAY_PERIOD, PURSUIT_PAY_PERIOD_HOUR);
  changed[2] = pursuit_test_read_job (fixture->repository, 3);
  pursuit_job_set_text (changed[2], PURSUIT_JOB_FIELD_SALARY_COUNTRY, "DE");
  g_assert_true (pursuit_repository_update_job (fixture->repository, changed[0],
                                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_TITLE), fixture->now, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_update_job (fixture->repository, changed[1],
                                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_PAY_MIN) |
                                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_PAY_MAX) |
                                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_PAY_CURRENCY) |
                                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_PAY_PERIOD),
                                                fixture->now, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_update_job (fixture->repository, changed[2],
                                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_SALARY_COUNTRY),
                                                fixture->now, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_untagged (fixture), ==, 3);
  /* Another program's SQL is followed too. */
  pursuit_test_sql_exec (fixture->path, "UPDATE jobs SET industry = 'Banking' WHERE id = 4");
  g_assert_cmpint (count_untagged (fixture), ==, 4);
  assert_same_figures (fixture, tagger, NULL, NULL);
  assert_same_figures (fixture, tagger, g_intern_string (roles[0]), NULL);
  g_assert_cmpint (count_untagged (fixture), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (changed); i++)
    g_object_unref (changed[i]);

  /* A job added one at a time. */
  {
    g_autoptr(PursuitJob) job = pursuit_test_make_job (fixture->repository, "New Co", "Call Center Agent", "applied");

    pursuit_job_set_amount (job, PURSUIT_JOB_FIELD_PAY_MIN, 90000);
    pursuit_job_set_text (job, PURSUIT_JOB_FIELD_PAY_CURRENCY, "USD");
    pursuit_job_set_number (job, PURSUIT_JOB_FIELD_PAY_PERIOD, PURSUIT_PAY_PERIOD_YEAR);
    g_assert_true (pursuit_repository_insert_job (fixture->repository, job, fixture->now, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_untagged (fixture), ==, 1);
    assert_same_figures (fixture, tagger, NULL, NULL);
  }
}

/* The JSON export leaves the tags out, and a file made from it gets them
 * worked out: the same figures, and an export identical byte for byte. */
static void
test_export_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitInsightsTagger) tagger = pursuit_insights_tagger_new_for_engine (fixture->engine, NULL);
  g_autofree char *copy_path = pursuit_test_dir_file (fixture->dir, "imported.db");
  g_autoptr(PursuitRepository) copy = pursuit_test_open_repository (copy_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) untagged = pursuit_repository_export_data (fixture->repository, &error);
  g_autoptr(GVariant) tagged = NULL;
  g_autoptr(GVariant) read = NULL;
  g_autoptr(GVariant) again = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *from_copy = NULL;
  PursuitDataImport outcome = { 0 };
  PursuitInsightsQuery query = { NULL, NULL, NULL, NULL, GHOST_DAYS, fixture->now, tagger };
  g_autofree char *figures = NULL;
  g_autofree char *copy_figures = NULL;

  g_assert_no_error (error);
  before = pursuit_data_json_write (untagged, NULL);
  figures = report (fixture->repository, &query, NULL);
  g_assert_cmpint (count_untagged (fixture), ==, 0);
  tagged = pursuit_repository_export_data (fixture->repository, &error);
  g_assert_no_error (error);
  after = pursuit_data_json_write (tagged, NULL);
  g_assert_cmpstr (after, ==, before);

  read = pursuit_data_json_read (after, -1, &error);
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_import_data (copy, read, &outcome, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (outcome.n_jobs, ==, N_JOBS);
  g_assert_cmpint (pursuit_test_sql_int (copy_path, "SELECT count (*) FROM jobs WHERE insights_pay IS NULL"),
                   ==, N_JOBS);
  copy_figures = report (copy, &query, NULL);
  g_assert_cmpstr (copy_figures, ==, figures);
  again = pursuit_repository_export_data (copy, &error);
  g_assert_no_error (error);
  from_copy = pursuit_data_json_write (again, NULL);
  g_assert_cmpstr (from_copy, ==, before);
}

/* A tagger that says the same of every job and counts its calls. */
typedef struct
{
  guint calls;
  PursuitInsightsPay pay;
} Counter;

static PursuitInsightsPay
count_job (PursuitJob  *job,
           const char **role,
           gpointer     user_data)
{
  Counter *counter = user_data;

  g_assert_nonnull (pursuit_job_get_title (job));
  counter->calls++;
  *role = g_intern_static_string ("customer-service-specialist");
  return counter->pay;
}

static void
update_tags (PursuitRepository     *repository,
             PursuitInsightsTagger *tagger,
             guint                  limit,
             guint                  expected,
             gboolean               expected_more)
{
  g_autoptr(GError) error = NULL;
  guint n_tagged = G_MAXUINT;
  gboolean more = !expected_more;

  g_assert_true (pursuit_repository_update_insights_tags (repository, tagger, limit, &n_tagged, &more, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_tagged, ==, expected);
  g_assert_cmpint (more, ==, expected_more);
}

/* In turns; again when the fingerprint changes, and only then; a change
 * to a field tags are not worked out from leaves them; a backup restored
 * keeps its own and is worked out again when its fingerprint differs. */
static void
test_when_tagged (Fixture       *fixture,
                  gconstpointer  data)
{
  Counter counter = { 0, PURSUIT_INSIGHTS_PAY_BELOW };
  g_autoptr(PursuitInsightsTagger) first = pursuit_insights_tagger_new ("first", count_job, &counter, NULL);
  g_autoptr(PursuitInsightsTagger) second = pursuit_insights_tagger_new ("second", count_job, &counter, NULL);
  g_autofree char *backup = pursuit_test_dir_file (fixture->dir, "backup.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *fingerprint = NULL;

  G_STATIC_ASSERT (N_JOBS == 2000);
  update_tags (fixture->repository, first, 800, 800, TRUE);
  update_tags (fixture->repository, first, 800, 800, TRUE);
  update_tags (fixture->repository, first, 1500, 400, FALSE);
  update_tags (fixture->repository, first, 0, 0, FALSE);
  g_assert_cmpuint (counter.calls, ==, N_JOBS);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count (*) FROM jobs WHERE insights_pay = 3 AND "
                                         "insights_role = 'customer-service-specialist'"), ==, N_JOBS);

  /* Fields the tags do not read, and the stage. */
  pursuit_test_sql_exec (fixture->path, "UPDATE jobs SET company = 'Other', source = 'Mail', stage_id = 3,"
                                        " updated_at = updated_at + 1 WHERE id <= 10;"
                                        "UPDATE job_texts SET notes = 'Call back' WHERE job_id <= 10;"
                                        /* The same value written again. */
                                        "UPDATE jobs SET title = title, pay_min = pay_min WHERE id <= 10");
  g_assert_cmpint (count_untagged (fixture), ==, 0);

  g_assert_true (pursuit_repository_backup (fixture->repository, backup, &error));
  g_assert_no_error (error);

  counter.calls = 0;
  counter.pay = PURSUIT_INSIGHTS_PAY_ABOVE;
  update_tags (fixture->repository, second, 0, N_JOBS, FALSE);
  g_assert_cmpuint (counter.calls, ==, N_JOBS);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count (*) FROM jobs WHERE insights_pay = 5"),
                   ==, N_JOBS);

  /* The backup was tagged with "first": restored, "second" works every
   * job out again; "first" would have had nothing to do. */
  kept = pursuit_repository_restore (fixture->repository, backup, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count (*) FROM jobs WHERE insights_pay = 3"),
                   ==, N_JOBS);
  counter.calls = 0;
  update_tags (fixture->repository, second, 0, N_JOBS, FALSE);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count (*) FROM jobs WHERE insights_pay = 5"),
                   ==, N_JOBS);
  update_tags (fixture->repository, second, 0, 0, FALSE);
  g_assert_cmpuint (counter.calls, ==, N_JOBS);
  fingerprint = pursuit_test_sql_text (fixture->path, "SELECT fingerprint FROM insights_tags_basis");
  g_assert_cmpstr (fingerprint, ==, "second");
}

/* The engine's tagger names what its answers depend on. */
static void
test_fingerprint (Fixture       *fixture,
                  gconstpointer  data)
{
  PursuitSalaryPreferences preferences;
  g_autoptr(PursuitInsightsTagger) plain = NULL;
  g_autoptr(PursuitInsightsTagger) same = NULL;
  g_autoptr(PursuitInsightsTagger) hours = NULL;
  g_autoptr(PursuitInsightsTagger) country = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "salary-content", NULL);
  g_autoptr(PursuitContent) other_content = pursuit_content_new_from_directory (path, NULL);
  g_autoptr(PursuitSalaryEngine) other_engine = NULL;
  g_autoptr(PursuitInsightsTagger) other = NULL;

  pursuit_salary_preferences_init (&preferences);
  preferences.home_country = "US";
  plain = pursuit_insights_tagger_new_for_engine (fixture->engine, &preferences);
  same = pursuit_insights_tagger_new_for_engine (fixture->engine, &preferences);
  g_assert_cmpstr (pursuit_insights_tagger_get_fingerprint (plain), ==, pursuit_insights_tagger_get_fingerprint (same));
  preferences.assumptions.hours_per_week = 37.5;
  hours = pursuit_insights_tagger_new_for_engine (fixture->engine, &preferences);
  g_assert_cmpstr (pursuit_insights_tagger_get_fingerprint (plain), !=, pursuit_insights_tagger_get_fingerprint (hours));
  preferences.home_country = "DE";
  country = pursuit_insights_tagger_new_for_engine (fixture->engine, &preferences);
  g_assert_cmpstr (pursuit_insights_tagger_get_fingerprint (hours), !=, pursuit_insights_tagger_get_fingerprint (country));

  g_assert_nonnull (other_content);
  other_engine = pursuit_salary_engine_new (other_content);
  preferences.home_country = "US";
  preferences.assumptions.hours_per_week = 40;
  other = pursuit_insights_tagger_new_for_engine (other_engine, &preferences);
  g_assert_cmpstr (pursuit_insights_tagger_get_fingerprint (plain), !=, pursuit_insights_tagger_get_fingerprint (other));
}

static gboolean
all_tagged (gpointer data)
{
  Fixture *fixture = data;

  return count_untagged (fixture) == 0;
}

static gboolean
fingerprint_is (Fixture    *fixture,
                const char *expected)
{
  g_autofree char *fingerprint = pursuit_test_sql_text (fixture->path,
                                                        "SELECT ifnull (max (fingerprint), '') FROM insights_tags_basis");

  return g_str_equal (fingerprint, expected);
}

typedef struct
{
  Fixture *fixture;
  PursuitContext *context;
} Waiting;

static gboolean
tagged_with_context (gpointer data)
{
  Waiting *waiting = data;

  return all_tagged (waiting->fixture) &&
         fingerprint_is (waiting->fixture,
                         pursuit_insights_tagger_get_fingerprint (pursuit_context_get_insights_tagger (waiting->context)));
}

/* The app: the context tags every job on the store's worker once the
 * store is open, and again when the preferences change; the store's
 * figures are then the engine's. */
static void
test_app (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(PursuitStore) store = pursuit_test_open_store (fixture->path);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  g_autoptr(PursuitContext) context = pursuit_context_new (store, fixture->content, settings);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PursuitInsights) insights = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *from_store = NULL;
  Waiting waiting = { fixture, context };
  PursuitInsightsQuery query = { NULL, NULL, NULL, NULL, GHOST_DAYS, fixture->now, NULL };
  g_autoptr(GArray) tags = NULL;
  g_autofree char *worked_out = NULL;

  pursuit_test_wait_until (tagged_with_context, &waiting, "every job tagged");
  before = pursuit_test_sql_text (fixture->path, "SELECT fingerprint FROM insights_tags_basis");

  g_settings_set_double (settings, "hours-per-week", 37.5);
  g_assert_false (fingerprint_is (fixture,
                                  pursuit_insights_tagger_get_fingerprint (pursuit_context_get_insights_tagger (context))));
  pursuit_test_wait_until (tagged_with_context, &waiting, "every job tagged again");
  g_assert_false (fingerprint_is (fixture, before));

  /* A job changed through the store is tagged when the figures are asked for. */
  {
    g_autoptr(PursuitJob) job = pursuit_job_copy (pursuit_store_find_job (store, 5));

    pursuit_job_set_text (job, PURSUIT_JOB_FIELD_TITLE, "Registered Nurse");
    g_assert_true (pursuit_test_store_save (store, job, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_TITLE), &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_untagged (fixture), ==, 1);
  }

  query.tagger = pursuit_context_get_insights_tagger (context);
  pursuit_store_compute_insights_async (store, &query, NULL, pursuit_test_keep_result, &result);
  insights = pursuit_store_compute_insights_finish (store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  from_store = pursuit_insights_to_csv (insights);
  g_assert_cmpint (count_untagged (fixture), ==, 0);

  tags = pursuit_insights_tag_jobs (pursuit_context_get_salary_engine (context),
                                    pursuit_context_get_salary_preferences (context), pursuit_store_get_jobs (store));
  query.tagger = NULL;
  query.tags = tags;
  worked_out = report (fixture->repository, &query, NULL);
  g_assert_cmpstr (from_store, ==, worked_out);
  pursuit_store_close (store);
}

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  ADD ("/insights-tags/same-as-engine", test_same_as_engine);
  ADD ("/insights-tags/export-round-trip", test_export_round_trip);
  ADD ("/insights-tags/when-tagged", test_when_tagged);
  ADD ("/insights-tags/fingerprint", test_fingerprint);
  ADD ("/insights-tags/app", test_app);

  return g_test_run ();
}
