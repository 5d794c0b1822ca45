/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-job-list.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* A job's contacts (PursuitContact, by name), interviews (PursuitInterview,
 * earliest first) and timeline (PursuitStageChange, oldest first), as list
 * models the store keeps current through every change it makes, for as
 * long as they are held. Asking twice for the same job gives the same
 * list. */
PursuitJobList *pursuit_store_get_job_contacts   (PursuitStore *self,
                                                  gint64        job_id);
PursuitJobList *pursuit_store_get_job_interviews (PursuitStore *self,
                                                  gint64        job_id);
PursuitJobList *pursuit_store_get_job_timeline   (PursuitStore *self,
                                                  gint64        job_id);

G_END_DECLS
