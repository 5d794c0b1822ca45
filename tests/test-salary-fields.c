/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pursuit-database.h"
#include "pursuit-job-fields.h"
#include "pursuit-migrations.h"
#include "pursuit-repository.h"
#include "pursuit-salary.h"
#include "pursuit-validation.h"

/* A job's benchmark choice and its offer (schema 6): kept through a
 * restart and an upgrade from schema 4, checked as a whole like the posted
 * pay, and read by the salary engine. */

#define NOW 1764547200

static char *
make_dir (void)
{
  char *dir = g_dir_make_tmp ("pursuit-salary-fields-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *handle = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &handle), ==, SQLITE_OK);
  if (sqlite3_exec (handle, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("“%s” failed: %s", sql, message);
  sqlite3_close (handle);
}

/* A database at @version, with one job written as that version wrote jobs. */
static void
make_old_database (const char *path,
                   int         version)
{
  const PursuitMigration *migrations;
  guint n_migrations;
  g_autoptr(PursuitDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = pursuit_database_open (path, &error);
  g_assert_no_error (error);
  migrations = pursuit_migrations_get_all (&n_migrations);
  g_assert_true (pursuit_migrations_apply (database, migrations, n_migrations, version, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&database);
  raw_exec (path,
            "INSERT INTO jobs (uuid, company, title, location, stage_id, created_at, updated_at, "
            "pay_min, pay_max, pay_currency, pay_period) "
            "VALUES ('5a1a7e11-0000-4000-8000-000000000001', 'Acme Support', 'Sr. Customer Support Rep', "
            "'Denver, CO', 2, 1, 1, 21, 24, 'USD', 1)");
}

static PursuitJob *
read_only_job (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitRepository) repository = pursuit_repository_open (path, &error);
  g_autoptr(GPtrArray) jobs = NULL;

  g_assert_no_error (error);
  jobs = pursuit_repository_list_jobs (repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 1);
  return g_object_ref (g_ptr_array_index (jobs, 0));
}

static PursuitJobFields
bits (PursuitJobField first,
      ...)
{
  PursuitJobFields fields = 0;
  va_list args;

  va_start (args, first);
  for (int field = first; field != -1; field = va_arg (args, int))
    fields |= PURSUIT_JOB_FIELD_BIT (field);
  va_end (args);
  return fields;
}

static void
test_upgrade_and_restart (gconstpointer data)
{
  int from = GPOINTER_TO_INT (data);
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autoptr(PursuitJob) before = NULL;
  g_autoptr(PursuitJob) after = NULL;
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GError) error = NULL;

  make_old_database (path, from);

  /* The upgrade keeps the job and gives it no choice and no offer. */
  before = read_only_job (path);
  g_assert_cmpstr (pursuit_job_get_title (before), ==, "Sr. Customer Support Rep");
  g_assert_cmpstr (pursuit_job_get_text (before, PURSUIT_JOB_FIELD_SALARY_ROLE), ==, "");
  g_assert_cmpstr (pursuit_job_get_text (before, PURSUIT_JOB_FIELD_SALARY_COUNTRY), ==, "");
  g_assert_cmpfloat (pursuit_job_get_amount (before, PURSUIT_JOB_FIELD_OFFER_MIN), <, 0);
  g_assert_cmpfloat (pursuit_job_get_amount (before, PURSUIT_JOB_FIELD_OFFER_SIGN_ON), <, 0);
  g_assert_cmpint (pursuit_job_get_number (before, PURSUIT_JOB_FIELD_OFFER_PERIOD), ==, PURSUIT_PAY_PERIOD_UNKNOWN);

  /* The user chooses a benchmark and writes the offer down. */
  repository = pursuit_repository_open (path, &error);
  g_assert_no_error (error);
  pursuit_job_set_text (before, PURSUIT_JOB_FIELD_SALARY_ROLE, "call-center-specialist");
  pursuit_job_set_text (before, PURSUIT_JOB_FIELD_SALARY_LEVEL, "call-senior");
  pursuit_job_set_text (before, PURSUIT_JOB_FIELD_SALARY_COUNTRY, "CA");
  g_assert_true (pursuit_job_field_parse (before, PURSUIT_JOB_FIELD_OFFER_MIN, "23.50", &error));
  g_assert_true (pursuit_job_field_parse (before, PURSUIT_JOB_FIELD_OFFER_CURRENCY, "usd", &error));
  g_assert_true (pursuit_job_field_parse (before, PURSUIT_JOB_FIELD_OFFER_PERIOD, "hour", &error));
  g_assert_true (pursuit_job_field_parse (before, PURSUIT_JOB_FIELD_OFFER_SIGN_ON, "1,500", &error));
  g_assert_true (pursuit_job_field_parse (before, PURSUIT_JOB_FIELD_OFFER_NOTE, "Answer by Friday", &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_repository_update_job (repository, before,
                                                bits (PURSUIT_JOB_FIELD_SALARY_ROLE, PURSUIT_JOB_FIELD_SALARY_LEVEL,
                                                      PURSUIT_JOB_FIELD_SALARY_COUNTRY, PURSUIT_JOB_FIELD_OFFER_MIN,
                                                      PURSUIT_JOB_FIELD_OFFER_CURRENCY, PURSUIT_JOB_FIELD_OFFER_PERIOD,
                                                      PURSUIT_JOB_FIELD_OFFER_SIGN_ON, PURSUIT_JOB_FIELD_OFFER_NOTE, -1),
                                                NOW, &error));
  g_assert_no_error (error);
  g_clear_object (&repository);

  /* A restart reads them back as they were written. */
  after = read_only_job (path);
  g_assert_cmpstr (pursuit_job_get_text (after, PURSUIT_JOB_FIELD_SALARY_ROLE), ==, "call-center-specialist");
  g_assert_cmpstr (pursuit_job_get_text (after, PURSUIT_JOB_FIELD_SALARY_LEVEL), ==, "call-senior");
  g_assert_cmpstr (pursuit_job_get_text (after, PURSUIT_JOB_FIELD_SALARY_COUNTRY), ==, "CA");
  g_assert_cmpfloat (pursuit_job_get_amount (after, PURSUIT_JOB_FIELD_OFFER_MIN), ==, 23.5);
  g_assert_cmpfloat (pursuit_job_get_amount (after, PURSUIT_JOB_FIELD_OFFER_MAX), <, 0);
  g_assert_cmpstr (pursuit_job_get_text (after, PURSUIT_JOB_FIELD_OFFER_CURRENCY), ==, "USD");
  g_assert_cmpint (pursuit_job_get_number (after, PURSUIT_JOB_FIELD_OFFER_PERIOD), ==, PURSUIT_PAY_PERIOD_HOUR);
  g_assert_cmpfloat (pursuit_job_get_amount (after, PURSUIT_JOB_FIELD_OFFER_SIGN_ON), ==, 1500);
  g_assert_cmpfloat (pursuit_job_get_amount (after, PURSUIT_JOB_FIELD_OFFER_BONUS), <, 0);
  g_assert_cmpstr (pursuit_job_get_text (after, PURSUIT_JOB_FIELD_OFFER_NOTE), ==, "Answer by Friday");
  /* Nothing else moved. */
  g_assert_cmpfloat (pursuit_job_get_pay_min (after), ==, 21);
  g_assert_cmpfloat (pursuit_job_get_pay_max (after), ==, 24);

  remove_dir (dir);
}

/* The offer is checked as a whole, like the posted pay, and the error
 * names the field where the fix goes. */
static void
test_offer_checked_as_whole (void)
{
  g_autoptr(PursuitStage) stage = pursuit_stage_new (1, PURSUIT_STAGE_KIND_WISHLIST, NULL, 0, FALSE);
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(GError) error = NULL;

  pursuit_job_set_stage (job, stage);
  pursuit_job_set_title (job, "Agent");
  pursuit_job_set_company (job, "Acme");
  g_assert_true (pursuit_job_validate (job, NULL));

  /* A bonus alone still needs the currency it is paid in. */
  pursuit_job_set_amount (job, PURSUIT_JOB_FIELD_OFFER_BONUS, 2000);
  g_assert_false (pursuit_job_validate (job, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
  g_assert_cmpstr (pursuit_validation_error_get_field (error), ==, "offer-currency");
  g_clear_error (&error);

  pursuit_job_set_text (job, PURSUIT_JOB_FIELD_OFFER_CURRENCY, "EUR");
  g_assert_true (pursuit_job_validate (job, NULL));

  pursuit_job_set_amount (job, PURSUIT_JOB_FIELD_OFFER_MIN, 40000);
  pursuit_job_set_amount (job, PURSUIT_JOB_FIELD_OFFER_MAX, 38000);
  g_assert_false (pursuit_job_validate (job, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_RANGE);
  g_assert_cmpstr (pursuit_validation_error_get_field (error), ==, "offer-max");
  g_clear_error (&error);

  /* The posted pay is its own group: an offer's currency does not cover it. */
  pursuit_job_set_amount (job, PURSUIT_JOB_FIELD_OFFER_MAX, 42000);
  pursuit_job_set_pay_min (job, 19);
  g_assert_false (pursuit_job_validate (job, &error));
  g_assert_cmpstr (pursuit_validation_error_get_field (error), ==, "pay-currency");
}

/* The salary engine reads the job: the choice wins over the title and
 * location, and the offer is compared. Figures from data/content:
 * Call Center Specialist has Canadian records; $23.50 × 40 × 52 = $48,880. */
static void
test_engine_reads_job (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitContent) content = pursuit_content_new_from_resource (NULL, &error);
  g_autoptr(PursuitSalaryEngine) engine = NULL;
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(PursuitSalaryReport) report = NULL;
  PursuitSalaryPreferences preferences;
  PursuitSalaryMatch *match;
  double low, high, first_year;

  g_assert_no_error (error);
  engine = pursuit_salary_engine_new (content);
  pursuit_salary_preferences_init (&preferences);
  preferences.home_country = "US";

  pursuit_job_set_title (job, "Sr. Customer Support Rep");
  pursuit_job_set_location (job, "Denver, CO");
  pursuit_job_set_pay_min (job, 21);
  pursuit_job_set_pay_max (job, 24);
  pursuit_job_set_pay_currency (job, "USD");
  pursuit_job_set_pay_period (job, PURSUIT_PAY_PERIOD_HOUR);

  report = pursuit_salary_engine_compare_job (engine, job, &preferences);
  match = pursuit_salary_report_get_match (report);
  g_assert_cmpstr (match->role, ==, "customer-service-specialist");
  g_assert_cmpstr (match->level, ==, "css-senior");
  g_assert_cmpstr (match->country, ==, "US");
  g_assert_cmpint (match->role_confidence, ==, PURSUIT_SALARY_CONFIDENCE_CLOSE);
  /* 21 × 40 × 52 = 43,680 and 24 × 40 × 52 = 49,920. */
  g_assert_true (pursuit_salary_report_get_posted_annual (report, &low, &high));
  g_assert_cmpfloat_with_epsilon (low, 43680, 0.01);
  g_assert_cmpfloat_with_epsilon (high, 49920, 0.01);
  g_assert_false (pursuit_salary_report_get_offer_annual (report, &low, &high, &first_year));
  g_clear_object (&report);

  /* 30 hours a week: 21 × 30 × 52 = 32,760. */
  preferences.assumptions.hours_per_week = 30;
  g_assert_cmpfloat_with_epsilon (pursuit_salary_job_get_annual_pay (job, &preferences), 22.5 * 30 * 52, 0.01);
  preferences.assumptions.hours_per_week = 40;

  /* The list's rating reads the same job: 21–24 an hour, 46,800 a year
   * in the middle, against the level's median. */
  {
    PursuitSalaryRating rating;
    PursuitSalaryPosition position = pursuit_salary_engine_rate_job (engine, job, &preferences, &rating);

    g_assert_cmpint (position, !=, PURSUIT_SALARY_POSITION_NOT_COMPARED);
    g_assert_cmpint (rating.position, ==, position);
    g_assert_false (rating.against_range);
    g_assert_cmpstr (rating.words, ==, pursuit_salary_engine_summarize_job (engine, job, &preferences));
    g_assert_cmpstr (rating.words, !=, "");
  }
  {
    g_autoptr(PursuitJob) unpaid = pursuit_job_copy (job);
    PursuitSalaryRating rating;

    pursuit_job_set_pay_min (unpaid, -1);
    pursuit_job_set_pay_max (unpaid, -1);
    g_assert_cmpint (pursuit_salary_engine_rate_job (engine, unpaid, &preferences, &rating), ==,
                     PURSUIT_SALARY_POSITION_NOT_COMPARED);
    g_assert_cmpstr (rating.words, ==, "");
  }

  pursuit_job_set_text (job, PURSUIT_JOB_FIELD_SALARY_ROLE, "call-center-specialist");
  pursuit_job_set_text (job, PURSUIT_JOB_FIELD_SALARY_COUNTRY, "CA");
  pursuit_job_set_amount (job, PURSUIT_JOB_FIELD_OFFER_MIN, 23.5);
  pursuit_job_set_text (job, PURSUIT_JOB_FIELD_OFFER_CURRENCY, "USD");
  pursuit_job_set_number (job, PURSUIT_JOB_FIELD_OFFER_PERIOD, PURSUIT_PAY_PERIOD_HOUR);
  pursuit_job_set_amount (job, PURSUIT_JOB_FIELD_OFFER_SIGN_ON, 1500);

  report = pursuit_salary_engine_compare_job (engine, job, &preferences);
  match = pursuit_salary_report_get_match (report);
  g_assert_cmpstr (match->role, ==, "call-center-specialist");
  g_assert_cmpint (match->role_confidence, ==, PURSUIT_SALARY_CONFIDENCE_CHOSEN);
  g_assert_cmpstr (match->country, ==, "CA");
  g_assert_cmpint (match->place_confidence, ==, PURSUIT_SALARY_CONFIDENCE_CHOSEN);
  g_assert_true (pursuit_salary_report_get_offer_annual (report, &low, &high, &first_year));
  g_assert_cmpfloat_with_epsilon (low, 48880, 0.01);
  g_assert_cmpfloat_with_epsilon (first_year, 48880 + 1500, 0.01);
  g_assert_nonnull (pursuit_salary_report_get_offer_verdict (report));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/salary-fields/upgrade-from-4", GINT_TO_POINTER (4), test_upgrade_and_restart);
  g_test_add_data_func ("/salary-fields/upgrade-from-5", GINT_TO_POINTER (5), test_upgrade_and_restart);
  g_test_add_func ("/salary-fields/offer-checked-as-whole", test_offer_checked_as_whole);
  g_test_add_func ("/salary-fields/engine-reads-job", test_engine_reads_job);

  return g_test_run ();
}
