/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-repository.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* How every operation of PursuitStore is made (pursuit-store-jobs.c,
 * -people.c, -stages.c, -self-checks.c): a PursuitStoreCall names what runs
 * on the worker thread and what then updates the models on the main
 * thread; pursuit_store_run_async() queues it in order with every other
 * operation. HACKING.md, "Add a store operation", walks through one. */

/**
 * PursuitStoreWorkFunc:
 * @data: the operation's own data, given to pursuit_store_run_async()
 * @result: (out): what to hand to the apply function and the caller
 *
 * Runs on the store's worker thread with the repository; must not touch
 * objects the main thread uses. Returns whether it succeeded; on failure
 * @error is set.
 */
typedef gboolean (*PursuitStoreWorkFunc)  (PursuitRepository  *repository,
                                           gpointer            data,
                                           gpointer           *result,
                                           GError            **error);

/* Runs on the main thread after a successful work function, before the
 * caller's callback: the place to update models. */
typedef void     (*PursuitStoreApplyFunc) (PursuitStore       *store,
                                           gpointer            data,
                                           gpointer            result);

/**
 * PursuitStoreCall:
 * @work: what to do with the repository
 * @apply: (nullable): what to do with the models afterwards
 * @result_free: (nullable): frees the work's result; %NULL when the
 *   operation only succeeds or fails, and the caller finishes it with
 *   pursuit_store_run_finish_boolean()
 *
 * One kind of operation; each is a static constant next to its functions.
 */
typedef struct
{
  PursuitStoreWorkFunc work;
  PursuitStoreApplyFunc apply;
  GDestroyNotify result_free;
} PursuitStoreCall;

void          pursuit_store_run_async           (PursuitStore           *self,
                                                 const PursuitStoreCall *call,
                                                 gpointer                data,
                                                 GDestroyNotify          data_free,
                                                 gpointer                source_tag,
                                                 GCancellable           *cancellable,
                                                 GAsyncReadyCallback     callback,
                                                 gpointer                user_data);
gpointer      pursuit_store_run_finish          (PursuitStore           *self,
                                                 GAsyncResult           *result,
                                                 gpointer                source_tag,
                                                 GError                **error);
gboolean      pursuit_store_run_finish_boolean  (PursuitStore           *self,
                                                 GAsyncResult           *result,
                                                 gpointer                source_tag,
                                                 GError                **error);

/* Reads beside the worker, for someone outside the window (pursuit-store.c). */
void          pursuit_store_read_async          (PursuitStore           *self,
                                                 const PursuitStoreCall *call,
                                                 gpointer                data,
                                                 GDestroyNotify          data_free,
                                                 gpointer                source_tag,
                                                 GCancellable           *cancellable,
                                                 GAsyncReadyCallback     callback,
                                                 gpointer                user_data);
guint         pursuit_store_get_reads_run       (PursuitStore           *self);

gint64        pursuit_store_now                 (void);

/* The jobs model, for the apply functions. */
void          pursuit_store_insert_job          (PursuitStore           *self,
                                                 PursuitJob             *job);
void          pursuit_store_remove_job          (PursuitStore           *self,
                                                 gint64                  job_id);
void          pursuit_store_insert_jobs         (PursuitStore           *self,
                                                 GPtrArray              *jobs);
void          pursuit_store_remove_jobs         (PursuitStore           *self,
                                                 GArray                 *job_ids);
void          pursuit_store_refresh_job         (PursuitStore           *self,
                                                 PursuitJob             *fresh);
void          pursuit_store_set_stages          (PursuitStore           *self,
                                                 GPtrArray              *stages);
void          pursuit_store_fill_models         (PursuitStore           *self,
                                                 GPtrArray              *stages,
                                                 GPtrArray              *jobs,
                                                 guint                   n_kept);
void          pursuit_store_set_open            (PursuitStore           *self);

/* Everything read again (pursuit-store-sync.c): for a change that may touch
 * every table, from another program, an import or a restore. */
gpointer      pursuit_store_read_everything     (PursuitRepository      *repository,
                                                 GError                **error);
void          pursuit_store_apply_everything    (PursuitStore           *self,
                                                 gpointer                everything);
void          pursuit_store_everything_free     (gpointer                everything);
/* How many jobs the checks for changes elsewhere read, for tests. */
guint         pursuit_store_sync_get_jobs_read  (void);

/**
 * PursuitJobModelKind:
 *
 * The lists the store keeps for one job at a time, as long as someone
 * holds them (pursuit_store_get_job_contacts() and friends).
 */
typedef enum
{
  PURSUIT_JOB_MODEL_CONTACTS,
  PURSUIT_JOB_MODEL_INTERVIEWS,
  PURSUIT_JOB_MODEL_TIMELINE,
  PURSUIT_JOB_MODEL_DOCUMENTS,          /* PursuitDocumentLink: what the job uses and sent */
  PURSUIT_JOB_MODEL_NOTES,              /* PursuitPrepNote; job 0: the general notes */
  /* Lists of one document rather than one job, kept the same way: the
   * owner's id is the document's. */
  PURSUIT_JOB_MODEL_DOCUMENT_VERSIONS,  /* PursuitDocumentVersion */
  PURSUIT_JOB_MODEL_DOCUMENT_LINKS,     /* PursuitDocumentLink: the jobs its versions went to */
  PURSUIT_N_JOB_MODELS
} PursuitJobModelKind;

/* The store's table of live lists of one kind, by job id (for
 * pursuit-store-job-models.c), and their release when the store goes. */
GHashTable   *pursuit_store_get_job_lists       (PursuitStore           *self,
                                                 PursuitJobModelKind     kind);
void          pursuit_store_forget_job_models   (PursuitStore           *self);

/**
 * PursuitPracticeList:
 *
 * The practice lists the store keeps once someone asks for them
 * (pursuit_store_get_stories(), pursuit_store_get_custom_questions()).
 */
typedef enum
{
  PURSUIT_PRACTICE_LIST_STORIES,
  PURSUIT_PRACTICE_LIST_CUSTOM_QUESTIONS,
  PURSUIT_N_PRACTICE_LISTS
} PursuitPracticeList;

GListStore   *pursuit_store_get_practice_list   (PursuitStore           *self,
                                                 PursuitPracticeList     list,
                                                 gboolean              **wanted);
void          pursuit_store_emit_practice_changed (PursuitStore         *self);

/* After another program changed the database: reads the practice lists
 * again and tells the views (pursuit-store-practice.c). */
void          pursuit_store_reload_practice     (PursuitStore           *self);
void          pursuit_store_practice_opened     (PursuitStore           *self);

/* Reads again the live lists of @kind for @job_id (0: of every job), after
 * a change that concerns them. */
void          pursuit_store_reload_job_models   (PursuitStore           *self,
                                                 PursuitJobModelKind     kind,
                                                 gint64                  job_id);

/* The documents model (pursuit-store-documents.c): its list, and its
 * reading again, with every list of documents, after a change to a job
 * (what it sent, how far it got) or by another program. */
GListStore   *pursuit_store_get_documents_store (PursuitStore           *self);
gboolean      pursuit_store_is_closed           (PursuitStore           *self);
void          pursuit_store_reload_documents    (PursuitStore           *self,
                                                 gint64                  job_id);

G_END_DECLS
