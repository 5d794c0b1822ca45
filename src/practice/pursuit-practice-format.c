/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-practice-format.h"
#include "pursuit-scheduler.h"

/* Days and times as the practice screens and pursuit-cli say them. */

/**
 * pursuit_practice_format_day:
 * @day: a practice day (see pursuit_practice_day_from_unix())
 * @today: today's
 *
 * Returns: (transfer full): "today", "tomorrow", a weekday within the coming
 *   week, else a date: "Thursday 12 March 2026"
 */
char *
pursuit_practice_format_day (int day,
                             int today)
{
  GDate date;
  char text[128];

  if (day <= today)
    return g_strdup (_("today"));
  if (day == today + 1)
    return g_strdup (_("tomorrow"));

  pursuit_practice_day_to_date (day, &date);
  /* TRANSLATORS: a g_date_strftime() format: a weekday within the coming
   * week ("Thursday"), else a date ("Thursday 12 March 2026")
   * xgettext:no-c-format */
  if (g_date_strftime (text, sizeof text, day - today < 7 ? C_("practice day", "%A") : C_("practice day", "%A %-d %B %Y"),
                       &date) == 0)
    return g_strdup ("");
  return g_strdup (text);
}

/* "1 day", "3 days" */
char *
pursuit_practice_format_interval (int days)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), days);
}

/* "0:45", "2:05", "1:02:05": a timer's reading */
char *
pursuit_practice_format_duration (gint64 seconds)
{
  seconds = MAX (0, seconds);
  if (seconds >= 3600)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d:%02d", seconds / 3600, (int) (seconds / 60 % 60),
                            (int) (seconds % 60));
  return g_strdup_printf ("%d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}
