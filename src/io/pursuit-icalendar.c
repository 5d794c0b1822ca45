/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-content-line.h"
#include "pursuit-icalendar.h"
#include "pursuit-validation.h"

/* Interviews as iCalendar (RFC 5545), for GNOME Calendar, Evolution,
 * Thunderbird or any other calendar: one VCALENDAR, a VEVENT per
 * interview.
 *
 * Times are written in UTC ("DTSTART:20260305T190000Z"), not as local
 * times with a TZID and a VTIMEZONE:
 * - an interview is one instant, never repeated, so the rules of its zone
 *   matter only at that instant, and UTC states it without any;
 * - GLib knows a zone's offsets but not its transition rules, so a
 *   VTIMEZONE written here could only describe the offsets near the
 *   interview, and readers that know the TZID (libical, which GNOME
 *   Calendar and Evolution use, has its own tzdata) may prefer their own
 *   definition over ours or warn about the mismatch;
 * - every reader places a UTC time right and shows it in the user's own
 *   zone, which is the time they must be there.
 * What UTC loses, the zone the interview was arranged in, goes into the
 * description ("Time as arranged: 14:00, America/New_York").
 *
 * Each event's UID is made of the interview's id and its job's UUID, so
 * exporting the same interview again updates the event instead of adding
 * a second one. METHOD:PUBLISH makes the file an export, not an
 * invitation to answer. Text is escaped and lines are folded as
 * pursuit-content-line.c does for vCard: the rules are the same. */

G_DEFINE_QUARK (pursuit-icalendar-error-quark, pursuit_icalendar_error)

/* "20260305T190000Z" */
static char *
format_utc (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_time);

  return time != NULL ? g_date_time_format (time, "%Y%m%dT%H%M%SZ") : NULL;
}

/**
 * pursuit_icalendar_find_link:
 * @location: an interview's location: an address, a meeting link, or
 *   both ("Zoom: https://zoom.example/j/123, passcode 4711")
 *
 * Returns: (transfer full) (nullable): the first http or https address in
 *   @location, without punctuation that ends the sentence around it, or
 *   %NULL when there is none
 */
char *
pursuit_icalendar_find_link (const char *location)
{
  g_return_val_if_fail (location != NULL, NULL);

  for (const char *p = location; *p != '\0'; p++)
    {
      const char *end;
      g_autofree char *link = NULL;

      if (g_ascii_strncasecmp (p, "http://", 7) != 0 && g_ascii_strncasecmp (p, "https://", 8) != 0)
        continue;

      end = p;
      while (*end != '\0' && !g_ascii_isspace (*end) && *end != '<' && *end != '>' && *end != '"')
        end++;
      while (end > p && strchr (".,;:!?)]'", end[-1]) != NULL)
        end--;

      link = g_strndup (p, end - p);
      if (pursuit_is_web_address (link))
        return g_steal_pointer (&link);
    }
  return NULL;
}

static char *
summary (PursuitJob *job)
{
  const char *title = job != NULL ? pursuit_job_get_title (job) : "";
  const char *company = job != NULL ? pursuit_job_get_company (job) : "";

  if (title[0] != '\0' && company[0] != '\0')
    /* Translators: a calendar event's title: "Interview: Support Specialist at Acme" */
    return g_strdup_printf (_("Interview: %s at %s"), title, company);
  if (title[0] != '\0')
    /* Translators: a calendar event's title: "Interview: Support Specialist" */
    return g_strdup_printf (_("Interview: %s"), title);
  if (company[0] != '\0')
    /* Translators: a calendar event's title: "Interview at Acme" */
    return g_strdup_printf (_("Interview at %s"), company);
  return g_strdup (_("Interview"));
}

static char *
description (PursuitInterview *interview)
{
  GString *text = g_string_new (NULL);
  const char * const *names = pursuit_interview_get_interviewer_names (interview);
  const char *zone = pursuit_interview_get_time_zone (interview);

  g_string_append_printf (text, _("Kind: %s"),
                          pursuit_enum_get_label (PURSUIT_TYPE_INTERVIEW_KIND, pursuit_interview_get_kind (interview)));

  if (names != NULL && names[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) names);

      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Interviewers: %s"), joined);
    }

  if (zone[0] != '\0')
    {
      g_autoptr(GDateTime) start = pursuit_interview_dup_start (interview);
      g_autofree char *clock = start != NULL ? g_date_time_format (start, "%H:%M") : NULL;

      if (clock != NULL)
        {
          g_string_append_c (text, '\n');
          /* Translators: "Time as arranged: 14:00, America/New_York" */
          g_string_append_printf (text, _("Time as arranged: %s, %s"), clock, zone);
        }
    }

  if (pursuit_interview_get_notes (interview)[0] != '\0')
    {
      g_string_append (text, "\n\n");
      g_string_append (text, pursuit_interview_get_notes (interview));
    }

  if (pursuit_interview_get_outcome (interview)[0] != '\0')
    {
      g_string_append (text, "\n\n");
      g_string_append_printf (text, _("Outcome: %s"), pursuit_interview_get_outcome (interview));
    }

  return g_string_free (text, FALSE);
}

/* Stable for the interview, unique across databases thanks to the job's
 * UUID. */
static char *
event_uid (PursuitInterview *interview,
           PursuitJob       *job)
{
  char buffer[PURSUIT_JOB_UUID_SIZE];
  const char *uuid = job != NULL ? pursuit_job_get_uuid (job, buffer) : "";

  if (uuid[0] != '\0')
    return g_strdup_printf ("interview-%" G_GINT64_FORMAT "-%s@pursuit.io.github",
                            pursuit_interview_get_id (interview), uuid);
  return g_strdup_printf ("interview-%" G_GINT64_FORMAT "@pursuit.io.github", pursuit_interview_get_id (interview));
}

static gboolean
add_event (GString           *calendar,
           PursuitInterview  *interview,
           PursuitJob        *job,
           const char        *stamp,
           GError           **error)
{
  gint64 starts_at = pursuit_interview_get_starts_at (interview);
  int minutes = pursuit_interview_get_duration_minutes (interview);
  const char *location = pursuit_interview_get_location (interview);
  g_autofree char *uid = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *title = NULL;
  g_autofree char *link = NULL;
  g_autofree char *text = NULL;

  start = starts_at != 0 ? format_utc (starts_at) : NULL;
  if (start == NULL)
    {
      g_autofree char *name = summary (job);

      g_set_error (error, PURSUIT_ICALENDAR_ERROR, PURSUIT_ICALENDAR_ERROR_NO_START,
                   _("“%s” has no start time: give it a date and a time first."), name);
      return FALSE;
    }

  /* An unsaved interview may have no duration yet: the default hour. */
  if (minutes <= 0)
    minutes = 60;
  end = format_utc (starts_at + (gint64) minutes * 60);
  uid = event_uid (interview, job);
  title = summary (job);
  link = pursuit_icalendar_find_link (location);
  text = description (interview);

  pursuit_content_line_append (calendar, "BEGIN", "VEVENT");
  pursuit_content_line_append (calendar, "UID", uid);
  pursuit_content_line_append (calendar, "DTSTAMP", stamp);
  pursuit_content_line_append (calendar, "DTSTART", start);
  pursuit_content_line_append (calendar, "DTEND", end);
  pursuit_content_line_append_text (calendar, "SUMMARY", title);
  /* A bare link is the location too: calendars show LOCATION where people
   * look for where to go, and GNOME Calendar offers to join from there. */
  pursuit_content_line_append_text (calendar, "LOCATION", location);
  if (link != NULL)
    pursuit_content_line_append (calendar, "URL", link);
  pursuit_content_line_append_text (calendar, "DESCRIPTION", text);
  pursuit_content_line_append (calendar, "END", "VEVENT");
  return TRUE;
}

/**
 * pursuit_icalendar_write_interviews:
 * @interviews: (array length=n_interviews): saved interviews (their ids
 *   make the events' UIDs)
 * @jobs: (array length=n_interviews) (nullable): the job of each
 *   interview, for the title and the company; %NULL, or %NULL items, when
 *   unknown
 * @n_interviews: how many, at least one
 * @stamp: when the file is written, as a Unix time (DTSTAMP)
 *
 * Writes one calendar holding an event per interview, times in UTC.
 *
 * Returns: (transfer full) (nullable): the calendar, CRLF line ends,
 *   folded; %NULL with @error set when an interview has no start time
 */
char *
pursuit_icalendar_write_interviews (PursuitInterview * const  *interviews,
                                    PursuitJob       * const  *jobs,
                                    guint                      n_interviews,
                                    gint64                     stamp,
                                    GError                   **error)
{
  g_autoptr(GString) calendar = NULL;
  g_autofree char *stamp_text = NULL;

  g_return_val_if_fail (interviews != NULL, NULL);
  g_return_val_if_fail (n_interviews > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stamp_text = format_utc (stamp);
  g_return_val_if_fail (stamp_text != NULL, NULL);

  calendar = g_string_new (NULL);
  pursuit_content_line_append (calendar, "BEGIN", "VCALENDAR");
  pursuit_content_line_append (calendar, "VERSION", "2.0");
  pursuit_content_line_append (calendar, "PRODID", "-//Pursuit//Pursuit " PACKAGE_VERSION "//EN");
  pursuit_content_line_append (calendar, "CALSCALE", "GREGORIAN");
  pursuit_content_line_append (calendar, "METHOD", "PUBLISH");

  for (guint i = 0; i < n_interviews; i++)
    {
      g_return_val_if_fail (PURSUIT_IS_INTERVIEW (interviews[i]), NULL);
      g_return_val_if_fail (jobs == NULL || jobs[i] == NULL || PURSUIT_IS_JOB (jobs[i]), NULL);

      if (!add_event (calendar, interviews[i], jobs != NULL ? jobs[i] : NULL, stamp_text, error))
        return NULL;
    }

  pursuit_content_line_append (calendar, "END", "VCALENDAR");
  return g_string_free (g_steal_pointer (&calendar), FALSE);
}
