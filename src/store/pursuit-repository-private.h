/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-database.h"
#include "pursuit-repository.h"

G_BEGIN_DECLS

/* The editable columns of the jobs table; the long texts are saved apart. */
#define PURSUIT_EDITABLE_JOB_COLUMNS \
  "company, title, location, url, stage_id, workplace, employment_type, source, industry, " \
  "pay_min, pay_max, pay_currency, pay_period, excitement, applied_on, deadline, " \
  "next_action, next_action_due, archived"
#define PURSUIT_N_EDITABLE_JOB_COLUMNS 19

/* For repository code kept in its own file (contacts, interviews, stages):
 * the connection, to be used on the store's worker thread only, and the
 * current time's stage list to be reloaded after stages change, and the
 * writing of a job's long texts. */
PursuitDatabase *pursuit_repository_get_database  (PursuitRepository  *self);
gboolean         pursuit_repository_reload_stages (PursuitRepository  *self,
                                                   GError            **error);
void             pursuit_repository_bind_job_fields (sqlite3_stmt     *statement,
                                                     PursuitJob       *job);
gboolean         pursuit_repository_save_job_texts (PursuitDatabase  *database,
                                                    gint64            job_id,
                                                    PursuitJob       *job,
                                                    GError          **error);

G_END_DECLS
