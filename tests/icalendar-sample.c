/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "pursuit-icalendar.h"

/* Writes a calendar of three interviews to standard output for
 * check-icalendar.py, which reads it back with python3-icalendar and
 * compares it with the values it states itself. */

static PursuitInterview *
interview_at (gint64      id,
              const char *date,
              const char *time,
              const char *zone,
              int         minutes)
{
  PursuitInterview *interview = pursuit_interview_new ();
  gint64 starts_at = 0;

  if (!pursuit_interview_parse_start (date, time, zone, &starts_at, NULL))
    g_error ("cannot read %s %s %s", date, time, zone);
  pursuit_interview_set_id (interview, id);
  pursuit_interview_set_job_id (interview, 7);
  pursuit_interview_set_starts_at (interview, starts_at);
  pursuit_interview_set_time_zone (interview, zone);
  pursuit_interview_set_duration_minutes (interview, minutes);
  return interview;
}

int
main (void)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(PursuitInterview) video = interview_at (12, "2026-03-05", "14:00", "America/New_York", 90);
  g_autoptr(PursuitInterview) on_site = interview_at (13, "2026-07-01", "09:30", "Europe/London", 45);
  g_autoptr(PursuitInterview) phone = interview_at (14, "2026-01-15", "10:00", "Asia/Kolkata", 60);
  g_autoptr(GString) notes = g_string_new ("Ask about the team; bring C:\\docs\\cv.pdf\nThen: ");
  g_autoptr(GError) error = NULL;
  g_autofree char *calendar = NULL;
  PursuitInterview *interviews[3];
  PursuitJob *jobs[3];

  pursuit_job_set_uuid (job, "6f1c1a52-3c1e-4d8e-9a0b-2f6c5d4e3b2a");
  pursuit_job_set_title (job, "Support Specialist, Tier 2");
  pursuit_job_set_company (job, "Acme; Sons");

  /* Long enough to fold several times, through characters of every width. */
  for (guint i = 0; i < 20; i++)
    g_string_append (notes, "Zürich €5 日本 😀 ");
  pursuit_interview_set_kind (video, PURSUIT_INTERVIEW_KIND_VIDEO);
  pursuit_interview_set_location (video, "Zoom: https://zoom.example/j/123?pwd=x1, passcode 4711");
  pursuit_interview_add_interviewer (video, 1, "Jane Doe");
  pursuit_interview_add_interviewer (video, 2, "Sam O'Neil, PhD");
  pursuit_interview_set_notes (video, notes->str);

  pursuit_interview_set_kind (on_site, PURSUIT_INTERVIEW_KIND_ON_SITE);
  pursuit_interview_set_location (on_site, "1 Market Street, Leeds; 2nd floor");

  pursuit_interview_set_kind (phone, PURSUIT_INTERVIEW_KIND_PHONE);
  pursuit_interview_set_location (phone, "https://meet.example.com/abc-defg-hij");

  interviews[0] = video;
  interviews[1] = on_site;
  interviews[2] = phone;
  jobs[0] = job;
  jobs[1] = job;
  jobs[2] = NULL;

  /* 2026-11-20 10:00:00 UTC */
  calendar = pursuit_icalendar_write_interviews (interviews, jobs, 3, G_GINT64_CONSTANT (1795168800), &error);
  if (calendar == NULL)
    g_error ("%s", error->message);

  fputs (calendar, stdout);
  return EXIT_SUCCESS;
}
