/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-error.h"
#include "pursuit-interview.h"
#include "pursuit-test-utils.h"

/* PursuitInterview: what can be saved, and a start read in its own time
 * zone. */

static void
test_interview_validate (void)
{
  g_autoptr(PursuitInterview) interview = pursuit_test_make_interview (1, 0);
  g_autoptr(GError) error = NULL;

  /* No start yet. */
  g_assert_false (pursuit_interview_validate (interview, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "start"));
  g_clear_error (&error);

  pursuit_interview_set_starts_at (interview, 1796310000);
  g_assert_true (pursuit_interview_validate (interview, &error));
  g_assert_no_error (error);

  pursuit_interview_set_duration_minutes (interview, 0);
  g_assert_false (pursuit_interview_validate (interview, &error));
  g_assert_nonnull (strstr (error->message, "duration"));
  g_clear_error (&error);
  pursuit_interview_set_duration_minutes (interview, -30);
  g_assert_false (pursuit_interview_validate (interview, NULL));
  pursuit_interview_set_duration_minutes (interview, 25 * 60);
  g_assert_false (pursuit_interview_validate (interview, NULL));
  pursuit_interview_set_duration_minutes (interview, 30);

  pursuit_interview_set_kind (interview, (PursuitInterviewKind) 99);
  g_assert_false (pursuit_interview_validate (interview, &error));
  g_assert_nonnull (strstr (error->message, "kind"));
  g_clear_error (&error);
  pursuit_interview_set_kind (interview, PURSUIT_INTERVIEW_KIND_ASSESSMENT);

  pursuit_interview_set_time_zone (interview, "Mars/Olympus_Mons");
  g_assert_false (pursuit_interview_validate (interview, &error));
  g_assert_nonnull (strstr (error->message, "Mars/Olympus_Mons"));
  g_clear_error (&error);
  pursuit_interview_set_time_zone (interview, "/etc/passwd");
  g_assert_false (pursuit_interview_validate (interview, NULL));
  pursuit_interview_set_time_zone (interview, "");
  g_assert_true (pursuit_interview_validate (interview, NULL));

  pursuit_interview_set_job_id (interview, 0);
  g_assert_false (pursuit_interview_validate (interview, NULL));
}

static void
test_interview_parse_start (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) london = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDateTime) expected = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(PursuitInterview) interview = pursuit_test_make_interview (1, 0);
  gint64 starts_at = 0;
  const char *bad_dates[] = { "2026-02-30", "2026-2-3", "03/12/2026", "", "2026-12-03x", "+026-12-03", "2026-+1-03" };
  const char *bad_times[] = { "24:00", "14.30", "14:60", "", "2pm", "14:3", ":30", "+1:30" };

  g_assert_nonnull (london);
  g_assert_nonnull (new_york);

  /* In summer time: 14:30 in London is 13:30 UTC. */
  g_assert_true (pursuit_interview_parse_start ("2026-07-03", "14:30", "Europe/London", &starts_at, &error));
  g_assert_no_error (error);
  expected = g_date_time_new (london, 2026, 7, 3, 14, 30, 0);
  g_assert_cmpint (starts_at, ==, g_date_time_to_unix (expected));
  g_clear_pointer (&expected, g_date_time_unref);
  expected = g_date_time_new_utc (2026, 7, 3, 13, 30, 0);
  g_assert_cmpint (starts_at, ==, g_date_time_to_unix (expected));

  /* Shown back in its own zone, it reads as written. */
  pursuit_interview_set_starts_at (interview, starts_at);
  start = pursuit_interview_dup_start (interview);
  g_assert_cmpint (g_date_time_get_hour (start), ==, 14);
  g_assert_cmpint (g_date_time_get_minute (start), ==, 30);
  g_assert_cmpint (g_date_time_get_day_of_month (start), ==, 3);

  g_assert_true (pursuit_interview_parse_start ("2026-12-03", "9:05", "America/New_York", &starts_at, NULL));
  g_clear_pointer (&expected, g_date_time_unref);
  expected = g_date_time_new (new_york, 2026, 12, 3, 9, 5, 0);
  g_assert_cmpint (starts_at, ==, g_date_time_to_unix (expected));

  /* No zone: the local one (UTC in the tests). */
  g_assert_true (pursuit_interview_parse_start ("2026-12-03", "09:05", "", &starts_at, NULL));
  g_clear_pointer (&expected, g_date_time_unref);
  expected = g_date_time_new_local (2026, 12, 3, 9, 5, 0);
  g_assert_cmpint (starts_at, ==, g_date_time_to_unix (expected));

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_test_message ("bad date: %s", bad_dates[i]);
      g_assert_false (pursuit_interview_parse_start (bad_dates[i], "10:00", "", &starts_at, &error));
      g_assert_nonnull (strstr (error->message, "YYYY-MM-DD"));
      g_clear_error (&error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_times); i++)
    {
      g_test_message ("bad time: %s", bad_times[i]);
      g_assert_false (pursuit_interview_parse_start ("2026-12-03", bad_times[i], "", &starts_at, &error));
      g_assert_nonnull (strstr (error->message, "HH:MM"));
      g_clear_error (&error);
    }
  g_assert_false (pursuit_interview_parse_start ("2026-12-03", "10:00", "Nowhere/Town", &starts_at, &error));
  g_assert_nonnull (strstr (error->message, "Nowhere/Town"));
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/interview/validate", test_interview_validate);
  g_test_add_func ("/interview/parse-start", test_interview_parse_start);

  return g_test_run ();
}
