/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "pursuit-job.h"
#include "pursuit-self-check-result.h"
#include "pursuit-stage.h"
#include "pursuit-stage-change.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_REPOSITORY (pursuit_repository_get_type ())

G_DECLARE_FINAL_TYPE (PursuitRepository, pursuit_repository, PURSUIT, REPOSITORY, GObject)

/* Gets a part of a list of jobs (PursuitJob); it may keep a reference. */
typedef void (*PursuitRepositoryJobsFunc) (GPtrArray *jobs,
                                           gpointer   user_data);

char              *pursuit_repository_get_default_path   (void);
PursuitRepository *pursuit_repository_open               (const char         *path,
                                                          GError            **error);
const char        *pursuit_repository_get_path           (PursuitRepository  *self);
GPtrArray         *pursuit_repository_list_stages        (PursuitRepository  *self);
PursuitStage      *pursuit_repository_find_stage         (PursuitRepository  *self,
                                                          const char         *id_kind_or_name);
GPtrArray         *pursuit_repository_list_jobs          (PursuitRepository  *self,
                                                          GError            **error);
GPtrArray         *pursuit_repository_list_jobs_in_two   (PursuitRepository  *self,
                                                          guint               first_size,
                                                          PursuitRepositoryJobsFunc first_part,
                                                          gpointer            user_data,
                                                          GError            **error);
PursuitJob        *pursuit_repository_find_job           (PursuitRepository  *self,
                                                          const char         *id_or_uuid,
                                                          GError            **error);
GPtrArray         *pursuit_repository_find_jobs          (PursuitRepository  *self,
                                                          GArray             *ids,
                                                          GError            **error);
GPtrArray         *pursuit_repository_list_jobs_brief    (PursuitRepository  *self,
                                                          GError            **error);
GPtrArray         *pursuit_repository_find_jobs_brief    (PursuitRepository  *self,
                                                          GArray             *ids,
                                                          GError            **error);
gboolean           pursuit_repository_insert_job         (PursuitRepository  *self,
                                                          PursuitJob         *job,
                                                          gint64              now,
                                                          GError            **error);
gboolean           pursuit_repository_update_job         (PursuitRepository  *self,
                                                          PursuitJob         *job,
                                                          PursuitJobFields    fields,
                                                          gint64              now,
                                                          GError            **error);
gboolean           pursuit_repository_trash_job          (PursuitRepository  *self,
                                                          gint64              job_id,
                                                          gint64              now,
                                                          GError            **error);
gboolean           pursuit_repository_restore_job        (PursuitRepository  *self,
                                                          gint64              job_id,
                                                          GError            **error);
gboolean           pursuit_repository_delete_job         (PursuitRepository  *self,
                                                          gint64              job_id,
                                                          GError            **error);
gboolean           pursuit_repository_purge_trash        (PursuitRepository  *self,
                                                          GError            **error);
GPtrArray         *pursuit_repository_list_stage_changes (PursuitRepository  *self,
                                                          gint64              job_id,
                                                          GError            **error);
gboolean           pursuit_repository_insert_self_check_result (PursuitRepository       *self,
                                                                PursuitSelfCheckResult  *result,
                                                                GError                 **error);
GPtrArray         *pursuit_repository_list_self_check_results  (PursuitRepository       *self,
                                                                const char              *check_id,
                                                                GError                 **error);
GArray            *pursuit_repository_search_jobs      (PursuitRepository       *self,
                                                      const char              *query,
                                                      GError                 **error);
GArray            *pursuit_repository_search_jobs_ranked (PursuitRepository     *self,
                                                        const char            *query,
                                                        guint                  limit,
                                                        GError               **error);
gboolean           pursuit_job_ids_contain             (GArray                  *ids,
                                                      gint64                   id);
gboolean           pursuit_repository_move_job        (PursuitRepository       *self,
                                                      gint64                   job_id,
                                                      gint64                   stage_id,
                                                      const char              *note,
                                                      gint64                   now,
                                                      GError                 **error);

gboolean           pursuit_repository_changed_elsewhere (PursuitRepository       *self,
                                                        gboolean                *changed,
                                                        GError                 **error);

G_END_DECLS
