/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_LIST (pursuit_job_list_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobList, pursuit_job_list, PURSUIT, JOB_LIST, GObject)

gint64    pursuit_job_list_get_job_id  (PursuitJobList *self);
gboolean  pursuit_job_list_get_loading (PursuitJobList *self);

/* For the store, which fills it. */
PursuitJobList *pursuit_job_list_new      (GType           item_type,
                                           gint64          job_id);
void            pursuit_job_list_replace  (PursuitJobList *self,
                                           GPtrArray      *items);
void            pursuit_job_list_set_loading (PursuitJobList *self,
                                              gboolean        loading);

G_END_DECLS
