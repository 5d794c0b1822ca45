/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pursuit-interview.h"
#include "pursuit-job.h"

G_BEGIN_DECLS

#define PURSUIT_ICALENDAR_ERROR (pursuit_icalendar_error_quark ())

/**
 * PursuitICalendarError:
 * @PURSUIT_ICALENDAR_ERROR_NO_START: an interview has no start time
 */
typedef enum
{
  PURSUIT_ICALENDAR_ERROR_NO_START,
} PursuitICalendarError;

GQuark  pursuit_icalendar_error_quark      (void);
char   *pursuit_icalendar_write_interviews (PursuitInterview * const  *interviews,
                                            PursuitJob       * const  *jobs,
                                            guint                      n_interviews,
                                            gint64                     stamp,
                                            GError                   **error);
char   *pursuit_icalendar_find_link        (const char                *location);

G_END_DECLS
