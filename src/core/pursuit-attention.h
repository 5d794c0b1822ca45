/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-job.h"

G_BEGIN_DECLS

/**
 * PursuitAttentionReason:
 * @PURSUIT_ATTENTION_NONE: nothing to do now
 * @PURSUIT_ATTENTION_FOLLOW_UP_OVERDUE: the next action's due date has passed
 * @PURSUIT_ATTENTION_INTERVIEW_SOON: an interview starts within 48 hours
 * @PURSUIT_ATTENTION_NO_RESPONSE: applied long ago and nothing has moved since
 *
 * Why a job needs the user now. A job may have several reasons at once.
 */
typedef enum
{
  PURSUIT_ATTENTION_NONE = 0,
  PURSUIT_ATTENTION_FOLLOW_UP_OVERDUE = 1 << 0,
  PURSUIT_ATTENTION_INTERVIEW_SOON = 1 << 1,
  PURSUIT_ATTENTION_NO_RESPONSE = 1 << 2,
} PursuitAttentionReason;

#define PURSUIT_TYPE_ATTENTION_REASON (pursuit_attention_reason_get_type ())

/* How many days an application may wait for an answer before it is pointed
 * out, unless the user chose otherwise in Preferences. */
#define PURSUIT_ATTENTION_DEFAULT_STALE_DAYS 14

/* How far ahead, in seconds, an interview counts as "soon". */
#define PURSUIT_ATTENTION_INTERVIEW_WINDOW (48 * 60 * 60)

GType                  pursuit_attention_reason_get_type (void) G_GNUC_CONST;

PursuitAttentionReason pursuit_job_get_attention         (PursuitJob             *job,
                                                          GDateTime              *now,
                                                          int                     stale_days);
char                  *pursuit_attention_explain         (PursuitJob             *job,
                                                          PursuitAttentionReason  reasons,
                                                          GDateTime              *now);

char                  *pursuit_job_identity_key          (const char             *company,
                                                          const char             *title);

/**
 * PursuitReminderKind:
 * @PURSUIT_REMINDER_FOLLOW_UP: a job's next action fell due
 * @PURSUIT_REMINDER_INTERVIEW: an interview is today or tomorrow
 * @PURSUIT_REMINDER_FOLLOW_UPS: several follow-ups fell due at once; it
 *   opens the jobs that need attention, not one job
 */
typedef enum
{
  PURSUIT_REMINDER_FOLLOW_UP,
  PURSUIT_REMINDER_INTERVIEW,
  PURSUIT_REMINDER_FOLLOW_UPS,
} PursuitReminderKind;

/**
 * PursuitReminder:
 * @kind: what it is about
 * @id: stable across runs: "follow-up:UUID:YYYY-MM-DD" or "interview:JOB-ID:UNIX-TIME";
 *   the same event always gives the same id, so a caller that remembers the
 *   ids it sent never repeats a notification
 * @job_id: the job to open when the user clicks the notification; 0 for
 *   %PURSUIT_REMINDER_FOLLOW_UPS
 * @company: (not nullable): the job's company, "" for a group
 * @title: (not nullable): a short translated title
 * @body: (not nullable): a translated sentence or two
 *
 * One desktop notification to send.
 */
typedef struct
{
  PursuitReminderKind kind;
  char *id;
  gint64 job_id;
  char *company;
  char *title;
  char *body;
} PursuitReminder;

void       pursuit_reminder_free              (PursuitReminder    *self);
GPtrArray *pursuit_reminders_due              (GListModel         *jobs,
                                               GDateTime          *last_check,
                                               GDateTime          *now);
char     **pursuit_reminders_prune            (const char * const *sent_ids,
                                               GListModel         *jobs,
                                               GDateTime          *now);
PursuitReminder *pursuit_reminders_group      (GPtrArray          *follow_ups);
gboolean   pursuit_reminders_pending          (GListModel         *jobs,
                                               GDateTime          *now);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitReminder, pursuit_reminder_free)

G_END_DECLS
