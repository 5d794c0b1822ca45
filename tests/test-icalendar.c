/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "pursuit-content-line.h"
#include "pursuit-icalendar.h"

/* Interviews as iCalendar: UTC times worked out by hand from the zone the
 * interview was arranged in, stable UIDs, the summary, location and link,
 * and the escaping and folding of RFC 5545 in the lines written.
 *
 * "test-icalendar --write-sample" writes a calendar of three interviews
 * instead, which check-icalendar.py reads back with python3-icalendar. */

/* 2026-11-20 10:00:00 UTC */
#define STAMP G_GINT64_CONSTANT (1795168800)

static PursuitInterview *
make_interview (gint64      id,
                const char *date,
                const char *time,
                const char *zone,
                int         minutes)
{
  PursuitInterview *interview = pursuit_interview_new ();
  g_autoptr(GError) error = NULL;
  gint64 starts_at = 0;

  g_assert_true (pursuit_interview_parse_start (date, time, zone, &starts_at, &error));
  g_assert_no_error (error);
  pursuit_interview_set_id (interview, id);
  pursuit_interview_set_job_id (interview, 7);
  pursuit_interview_set_starts_at (interview, starts_at);
  pursuit_interview_set_time_zone (interview, zone);
  pursuit_interview_set_duration_minutes (interview, minutes);
  return interview;
}

static PursuitJob *
make_job (const char *title,
          const char *company)
{
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_uuid (job, "6f1c1a52-3c1e-4d8e-9a0b-2f6c5d4e3b2a");
  pursuit_job_set_title (job, title);
  pursuit_job_set_company (job, company);
  return job;
}

static char *
write_one (PursuitInterview *interview,
           PursuitJob       *job)
{
  g_autoptr(GError) error = NULL;
  char *calendar = pursuit_icalendar_write_interviews (&interview, &job, 1, STAMP, &error);

  g_assert_no_error (error);
  g_assert_nonnull (calendar);
  return calendar;
}

/* The calendar's content lines, unfolded. Checks on the way that every
 * physical line ends in CRLF, is at most 75 octets and is whole UTF-8. */
static GStrv
unfold (const char *calendar)
{
  g_auto(GStrv) physical = g_strsplit (calendar, "\r\n", -1);
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  g_autoptr(GString) line = NULL;
  guint n = g_strv_length (physical);

  g_assert_true (g_str_has_suffix (calendar, "\r\n"));
  g_assert_cmpstr (physical[n - 1], ==, "");

  for (guint i = 0; i + 1 < n; i++)
    {
      g_assert_cmpuint (strlen (physical[i]), <=, 75);
      g_assert_true (g_utf8_validate (physical[i], -1, NULL));
      g_assert_null (strchr (physical[i], '\n'));
      g_assert_null (strchr (physical[i], '\r'));

      if (physical[i][0] == ' ')
        {
          g_assert_nonnull (line);
          g_string_append (line, physical[i] + 1);
          continue;
        }
      if (line != NULL)
        {
          g_strv_builder_add (lines, line->str);
          g_string_free (line, TRUE);
        }
      line = g_string_new (physical[i]);
    }
  if (line != NULL)
    g_strv_builder_add (lines, line->str);

  return g_strv_builder_end (lines);
}

/* The value of the first content line named @name, or NULL. */
static const char *
find_value (GStrv       lines,
            const char *name)
{
  gsize length = strlen (name);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (strncmp (lines[i], name, length) == 0 && lines[i][length] == ':')
        return lines[i] + length + 1;
    }
  return NULL;
}

static guint
count_lines (GStrv       lines,
             const char *line)
{
  guint count = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    count += g_str_equal (lines[i], line);
  return count;
}

static void
test_calendar (void)
{
  g_autoptr(PursuitInterview) interview = make_interview (12, "2026-03-05", "14:00", "America/New_York", 90);
  g_autoptr(PursuitJob) job = make_job ("Support Specialist", "Acme");
  g_autofree char *calendar = NULL;
  g_auto(GStrv) lines = NULL;

  pursuit_interview_set_kind (interview, PURSUIT_INTERVIEW_KIND_VIDEO);
  calendar = write_one (interview, job);
  lines = unfold (calendar);

  g_assert_cmpstr (lines[0], ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (find_value (lines, "VERSION"), ==, "2.0");
  g_assert_cmpstr (find_value (lines, "PRODID"), ==, "-//Pursuit//Pursuit " PACKAGE_VERSION "//EN");
  g_assert_cmpstr (find_value (lines, "METHOD"), ==, "PUBLISH");
  g_assert_cmpuint (count_lines (lines, "BEGIN:VEVENT"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "END:VEVENT"), ==, 1);
  g_assert_cmpstr (lines[g_strv_length (lines) - 1], ==, "END:VCALENDAR");

  g_assert_cmpstr (find_value (lines, "UID"), ==, "interview-12-6f1c1a52-3c1e-4d8e-9a0b-2f6c5d4e3b2a@pursuit.io.github");
  g_assert_cmpstr (find_value (lines, "DTSTAMP"), ==, "20261120T100000Z");
  /* 14:00 in New York on 5 March 2026 is before the clocks change on the
   * 8th: EST, five hours behind UTC. */
  g_assert_cmpstr (find_value (lines, "DTSTART"), ==, "20260305T190000Z");
  g_assert_cmpstr (find_value (lines, "DTEND"), ==, "20260305T203000Z");
  g_assert_cmpstr (find_value (lines, "SUMMARY"), ==, "Interview: Support Specialist at Acme");
  g_assert_null (find_value (lines, "LOCATION"));
  g_assert_null (find_value (lines, "URL"));
  g_assert_cmpstr (find_value (lines, "DESCRIPTION"), ==,
                   "Kind: Video\\nTime as arranged: 14:00\\, America/New_York");
}

static void
test_time_zones (void)
{
  static const struct
  {
    const char *date;
    const char *time;
    const char *zone;
    int minutes;
    const char *start;
    const char *end;
  } cases[] = {
    /* British Summer Time: one hour ahead of UTC. */
    { "2026-07-01", "09:30", "Europe/London", 45, "20260701T083000Z", "20260701T091500Z" },
    /* India: five and a half hours ahead, no summer time. */
    { "2026-01-15", "10:00", "Asia/Kolkata", 60, "20260115T043000Z", "20260115T053000Z" },
    /* The last Sunday of October, after the clocks went back in Berlin. */
    { "2026-10-25", "23:30", "Europe/Berlin", 60, "20261025T223000Z", "20261025T233000Z" },
    /* An interview running past midnight UTC. */
    { "2026-06-30", "19:00", "America/Los_Angeles", 120, "20260701T020000Z", "20260701T040000Z" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitInterview) interview = make_interview (1, cases[i].date, cases[i].time, cases[i].zone,
                                                              cases[i].minutes);
      g_autofree char *calendar = write_one (interview, NULL);
      g_auto(GStrv) lines = unfold (calendar);

      g_test_message ("%s %s %s", cases[i].date, cases[i].time, cases[i].zone);
      g_assert_cmpstr (find_value (lines, "DTSTART"), ==, cases[i].start);
      g_assert_cmpstr (find_value (lines, "DTEND"), ==, cases[i].end);
    }
}

static void
test_uid (void)
{
  g_autoptr(PursuitInterview) first = make_interview (3, "2026-03-05", "14:00", "Europe/London", 60);
  g_autoptr(PursuitInterview) second = make_interview (4, "2026-03-05", "14:00", "Europe/London", 60);
  g_autoptr(PursuitJob) job = make_job ("Clerk", "Acme");
  g_autoptr(PursuitJob) unsaved_job = pursuit_job_new ();
  g_autofree char *once = write_one (first, job);
  g_autofree char *again = NULL;
  g_autofree char *other = write_one (second, job);
  g_autofree char *without_uuid = write_one (first, unsaved_job);
  g_auto(GStrv) once_lines = unfold (once);
  g_auto(GStrv) again_lines = NULL;
  g_auto(GStrv) other_lines = unfold (other);
  g_auto(GStrv) without_uuid_lines = unfold (without_uuid);

  /* The same interview, edited and exported again: the same event. */
  pursuit_interview_set_notes (first, "Bring the portfolio");
  pursuit_interview_set_starts_at (first, pursuit_interview_get_starts_at (first) + 3600);
  again = write_one (first, job);
  again_lines = unfold (again);

  g_assert_cmpstr (find_value (once_lines, "UID"), ==, find_value (again_lines, "UID"));
  g_assert_cmpstr (find_value (once_lines, "UID"), !=, find_value (other_lines, "UID"));
  g_assert_cmpstr (find_value (without_uuid_lines, "UID"), ==, "interview-3@pursuit.io.github");
}

static void
test_summary (void)
{
  g_autoptr(PursuitInterview) interview = make_interview (1, "2026-03-05", "14:00", "", 60);
  static const struct
  {
    const char *title;
    const char *company;
    const char *summary;
  } cases[] = {
    { "Clerk", "Acme", "Interview: Clerk at Acme" },
    { "Clerk", "", "Interview: Clerk" },
    { "", "Acme", "Interview at Acme" },
    { "", "", "Interview" },
    /* Escaped as TEXT: commas, semicolons and backslashes. */
    { "Support, Tier 2", "Acme; Sons \\ Co", "Interview: Support\\, Tier 2 at Acme\\; Sons \\\\ Co" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitJob) job = make_job (cases[i].title, cases[i].company);
      g_autofree char *calendar = write_one (interview, job);
      g_auto(GStrv) lines = unfold (calendar);

      g_assert_cmpstr (find_value (lines, "SUMMARY"), ==, cases[i].summary);
    }

  {
    g_autofree char *calendar = write_one (interview, NULL);
    g_auto(GStrv) lines = unfold (calendar);

    g_assert_cmpstr (find_value (lines, "SUMMARY"), ==, "Interview");
    /* No zone given: no line about the arranged time. */
    g_assert_cmpstr (find_value (lines, "DESCRIPTION"), ==, "Kind: Video");
  }
}

static void
test_location_and_link (void)
{
  static const struct
  {
    const char *location;
    const char *escaped;
    const char *link;
  } cases[] = {
    { "https://meet.example.com/abc-defg-hij", "https://meet.example.com/abc-defg-hij",
      "https://meet.example.com/abc-defg-hij" },
    { "Zoom: https://zoom.example/j/123?pwd=x1, passcode 4711", "Zoom: https://zoom.example/j/123?pwd=x1\\, passcode 4711",
      "https://zoom.example/j/123?pwd=x1" },
    { "1 Market Street, Leeds; 2nd floor", "1 Market Street\\, Leeds\\; 2nd floor", NULL },
    { "Call (https://example.com/call).", "Call (https://example.com/call).", "https://example.com/call" },
    { "ftp://example.com/x http:// nothing", "ftp://example.com/x http:// nothing", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitInterview) interview = make_interview (1, "2026-03-05", "14:00", "", 60);
      g_autofree char *calendar = NULL;
      g_autofree char *link = pursuit_icalendar_find_link (cases[i].location);
      g_auto(GStrv) lines = NULL;

      pursuit_interview_set_location (interview, cases[i].location);
      calendar = write_one (interview, NULL);
      lines = unfold (calendar);

      g_test_message ("%s", cases[i].location);
      g_assert_cmpstr (link, ==, cases[i].link);
      g_assert_cmpstr (find_value (lines, "LOCATION"), ==, cases[i].escaped);
      g_assert_cmpstr (find_value (lines, "URL"), ==, cases[i].link);
    }
}

static void
test_description (void)
{
  g_autoptr(PursuitInterview) interview = make_interview (1, "2026-03-05", "09:05", "Europe/Paris", 60);
  g_autofree char *calendar = NULL;
  g_auto(GStrv) lines = NULL;

  pursuit_interview_set_kind (interview, PURSUIT_INTERVIEW_KIND_ON_SITE);
  pursuit_interview_add_interviewer (interview, 1, "Jane Doe");
  pursuit_interview_add_interviewer (interview, 2, "Sam O'Neil, PhD");
  pursuit_interview_set_notes (interview, "Ask about the team;\r\nbring C:\\docs\\cv.pdf\n\tand a pen\x01");
  pursuit_interview_set_outcome (interview, "Next round");
  calendar = write_one (interview, NULL);
  lines = unfold (calendar);

  g_assert_cmpstr (find_value (lines, "DESCRIPTION"), ==,
                   "Kind: On-site\\n"
                   "Interviewers: Jane Doe\\, Sam O'Neil\\, PhD\\n"
                   "Time as arranged: 09:05\\, Europe/Paris\\n"
                   "\\n"
                   "Ask about the team\\;\\nbring C:\\\\docs\\\\cv.pdf\\n\tand a pen\\n"
                   "\\n"
                   "Outcome: Next round");
}

/* Long text is folded at 75 octets, never inside a character, and reads
 * back unchanged once unfolded. */
static void
test_folding (void)
{
  const char *pieces[] = { "a", "é", "€", "日", "😀" };

  for (guint p = 0; p < G_N_ELEMENTS (pieces); p++)
    for (guint offset = 0; offset < 4; offset++)
      {
        g_autoptr(PursuitInterview) interview = make_interview (1, "2026-03-05", "14:00", "", 60);
        g_autoptr(GString) notes = g_string_new (NULL);
        g_autofree char *calendar = NULL;
        g_autofree char *expected = NULL;
        g_auto(GStrv) lines = NULL;

        for (guint i = 0; i < offset; i++)
          g_string_append_c (notes, 'x');
        for (guint i = 0; i < 300; i++)
          g_string_append (notes, pieces[p]);
        pursuit_interview_set_notes (interview, notes->str);

        calendar = write_one (interview, NULL);
        lines = unfold (calendar);
        expected = g_strconcat ("Kind: Video\\n\\n", notes->str, NULL);
        g_assert_cmpstr (find_value (lines, "DESCRIPTION"), ==, expected);
      }

  {
    g_autofree char *folded = pursuit_content_line_fold ("SUMMARY:short");

    g_assert_cmpstr (folded, ==, "SUMMARY:short");
  }
  {
    /* Exactly 75 octets stay on one line; 76 fold after the 75th. */
    g_autofree char *line75 = g_strnfill (75, 'x');
    g_autofree char *line76 = g_strnfill (76, 'x');
    g_autofree char *folded75 = pursuit_content_line_fold (line75);
    g_autofree char *folded76 = pursuit_content_line_fold (line76);
    g_autofree char *expected76 = g_strconcat (line75, "\r\n x", NULL);

    g_assert_cmpstr (folded75, ==, line75);
    g_assert_cmpstr (folded76, ==, expected76);
  }
}

static void
test_escaping (void)
{
  static const struct
  {
    const char *text;
    const char *escaped;
  } cases[] = {
    { "plain", "plain" },
    { "a,b;c", "a\\,b\\;c" },
    { "back\\slash", "back\\\\slash" },
    { "one\ntwo\r\nthree\rfour", "one\\ntwo\\nthree\\nfour" },
    { "tab\tkept", "tab\tkept" },
    { "bell\x07gone\x7f", "bellgone" },
    { "colon: fine \"quotes\" too", "colon: fine \"quotes\" too" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = pursuit_content_line_escape_text (cases[i].text);

      g_assert_cmpstr (escaped, ==, cases[i].escaped);
    }
}

static void
test_several (void)
{
  g_autoptr(PursuitInterview) first = make_interview (1, "2026-03-05", "14:00", "Europe/London", 30);
  g_autoptr(PursuitInterview) second = make_interview (2, "2026-03-06", "15:00", "Europe/London", 30);
  g_autoptr(PursuitJob) job = make_job ("Clerk", "Acme");
  PursuitInterview *interviews[] = { first, second };
  PursuitJob *jobs[] = { job, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *calendar = pursuit_icalendar_write_interviews (interviews, jobs, 2, STAMP, &error);
  g_auto(GStrv) lines = NULL;
  guint summaries = 0;

  g_assert_no_error (error);
  lines = unfold (calendar);
  g_assert_cmpuint (count_lines (lines, "BEGIN:VEVENT"), ==, 2);
  g_assert_cmpuint (count_lines (lines, "BEGIN:VCALENDAR"), ==, 1);
  for (guint i = 0; lines[i] != NULL; i++)
    summaries += g_str_has_prefix (lines[i], "SUMMARY:");
  g_assert_cmpuint (summaries, ==, 2);
  g_assert_cmpuint (count_lines (lines, "SUMMARY:Interview: Clerk at Acme"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "SUMMARY:Interview"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "DTSTART:20260306T150000Z"), ==, 1);
}

static void
test_no_start (void)
{
  g_autoptr(PursuitInterview) good = make_interview (1, "2026-03-05", "14:00", "", 60);
  g_autoptr(PursuitInterview) unscheduled = pursuit_interview_new ();
  g_autoptr(PursuitJob) job = make_job ("Clerk", "Acme");
  PursuitInterview *interviews[] = { good, unscheduled };
  PursuitJob *jobs[] = { job, job };
  g_autoptr(GError) error = NULL;

  pursuit_interview_set_id (unscheduled, 2);
  g_assert_null (pursuit_icalendar_write_interviews (interviews, jobs, 2, STAMP, &error));
  g_assert_error (error, PURSUIT_ICALENDAR_ERROR, PURSUIT_ICALENDAR_ERROR_NO_START);
  g_assert_cmpstr (error->message, ==, "“Interview: Clerk at Acme” has no start time: give it a date and a time first.");
}

/* The interviews check-icalendar.py expects, with every kind of text. */
static int
write_sample (void)
{
  g_autoptr(PursuitJob) job = make_job ("Support Specialist, Tier 2", "Acme; Sons");
  g_autoptr(PursuitInterview) video = make_interview (12, "2026-03-05", "14:00", "America/New_York", 90);
  g_autoptr(PursuitInterview) on_site = make_interview (13, "2026-07-01", "09:30", "Europe/London", 45);
  g_autoptr(PursuitInterview) phone = make_interview (14, "2026-01-15", "10:00", "Asia/Kolkata", 60);
  g_autoptr(GString) notes = g_string_new ("Ask about the team; bring C:\\docs\\cv.pdf\nThen: ");
  g_autoptr(GError) error = NULL;
  g_autofree char *calendar = NULL;
  PursuitInterview *interviews[] = { video, on_site, phone };
  PursuitJob *jobs[] = { job, job, NULL };

  /* Long enough to fold several times, through characters of every width. */
  for (guint i = 0; i < 20; i++)
    g_string_append (notes, "Zürich €5 日本 😀 ");
  pursuit_interview_set_location (video, "Zoom: https://zoom.example/j/123?pwd=x1, passcode 4711");
  pursuit_interview_add_interviewer (video, 1, "Jane Doe");
  pursuit_interview_add_interviewer (video, 2, "Sam O'Neil, PhD");
  pursuit_interview_set_notes (video, notes->str);
  pursuit_interview_set_kind (on_site, PURSUIT_INTERVIEW_KIND_ON_SITE);
  pursuit_interview_set_location (on_site, "1 Market Street, Leeds; 2nd floor");
  pursuit_interview_set_kind (phone, PURSUIT_INTERVIEW_KIND_PHONE);
  pursuit_interview_set_location (phone, "https://meet.example.com/abc-defg-hij");

  calendar = pursuit_icalendar_write_interviews (interviews, jobs, G_N_ELEMENTS (interviews), STAMP, &error);
  g_assert_no_error (error);
  /* The bytes as they are: g_print() would convert them to the locale's charset. */
  fputs (calendar, stdout);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 2 && g_str_equal (argv[1], "--write-sample"))
    return write_sample ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/icalendar/calendar", test_calendar);
  g_test_add_func ("/icalendar/time-zones", test_time_zones);
  g_test_add_func ("/icalendar/uid", test_uid);
  g_test_add_func ("/icalendar/summary", test_summary);
  g_test_add_func ("/icalendar/location-and-link", test_location_and_link);
  g_test_add_func ("/icalendar/description", test_description);
  g_test_add_func ("/icalendar/folding", test_folding);
  g_test_add_func ("/icalendar/escaping", test_escaping);
  g_test_add_func ("/icalendar/several", test_several);
  g_test_add_func ("/icalendar/no-start", test_no_start);

  return g_test_run ();
}
