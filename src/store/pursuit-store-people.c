/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-error.h"
#include "pursuit-repository-people.h"
#include "pursuit-store-private.h"

/* Contacts and interviews for the app: each operation runs the repository
 * on the store's worker thread, in order with every other store operation,
 * and reads again the job lists it concerns (pursuit-store-job-models.c)
 * once the change is saved. A change to an interview also re-reads its job,
 * whose next interview shows in the jobs list. */

/* What an operation hands to its work and apply functions. The objects are
 * copies owned by the operation: the main thread does not see them until
 * apply. */
typedef struct
{
  gint64 job_id;
  gint64 contact_id;
  gint64 interview_id;
  gboolean linked;
  char *company;
  gint64 from;
  gint64 until;
  PursuitContact *contact;
  PursuitInterview *interview;
} Request;

static void
request_free (Request *request)
{
  g_clear_pointer (&request->company, g_free);
  g_clear_object (&request->contact);
  g_clear_object (&request->interview);
  g_free (request);
}

static void
run (PursuitStore           *self,
     const PursuitStoreCall *call,
     Request                *request,
     gpointer                source_tag,
     GCancellable           *cancellable,
     GAsyncReadyCallback     callback,
     gpointer                user_data)
{
  pursuit_store_run_async (self, call, request, (GDestroyNotify) request_free, source_tag,
                           cancellable, callback, user_data);
}

/* Contacts */

static gboolean
list_company_contacts_work (PursuitRepository  *repository,
                            gpointer            data,
                            gpointer           *result,
                            GError            **error)
{
  Request *request = data;

  *result = pursuit_repository_list_company_contacts (repository, request->company, error);
  return *result != NULL;
}

static const PursuitStoreCall list_company_contacts_call = {
  list_company_contacts_work, NULL, (GDestroyNotify) g_ptr_array_unref,
};

/**
 * pursuit_store_list_company_contacts_async:
 *
 * Reads the contacts of a company (compared without case), to offer them
 * for a job of that company.
 */
void
pursuit_store_list_company_contacts_async (PursuitStore        *self,
                                           const char          *company,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (company != NULL);

  request = g_new0 (Request, 1);
  request->company = g_strdup (company);
  run (self, &list_company_contacts_call, request, pursuit_store_list_company_contacts_async,
       cancellable, callback, user_data);
}

/**
 * pursuit_store_list_company_contacts_finish:
 *
 * Returns: (transfer full) (element-type PursuitContact): the contacts, by name
 */
GPtrArray *
pursuit_store_list_company_contacts_finish (PursuitStore  *self,
                                            GAsyncResult  *result,
                                            GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_list_company_contacts_async, error);
}

static gboolean
add_contact_work (PursuitRepository  *repository,
                  gpointer            data,
                  gpointer           *result,
                  GError            **error)
{
  Request *request = data;

  if (!pursuit_repository_insert_contact (repository, request->contact, request->job_id,
                                          pursuit_store_now (), error))
    return FALSE;

  *result = g_object_ref (request->contact);
  return TRUE;
}

static void
job_contacts_apply (PursuitStore *store,
                    gpointer      data,
                    gpointer      result)
{
  Request *request = data;

  if (request->job_id != 0)
    pursuit_store_reload_job_models (store, PURSUIT_JOB_MODEL_CONTACTS, request->job_id);
}

static const PursuitStoreCall add_contact_call = { add_contact_work, job_contacts_apply, g_object_unref };

/**
 * pursuit_store_add_contact_async:
 * @draft: the new contact's values; copied
 * @link_job_id: a job to link the contact to, or 0
 */
void
pursuit_store_add_contact_async (PursuitStore        *self,
                                 PursuitContact      *draft,
                                 gint64               link_job_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_CONTACT (draft));

  request = g_new0 (Request, 1);
  request->contact = pursuit_contact_copy (draft);
  request->job_id = link_job_id;
  run (self, &add_contact_call, request, pursuit_store_add_contact_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_add_contact_finish:
 *
 * Returns: (transfer full): the saved contact, with its id
 */
PursuitContact *
pursuit_store_add_contact_finish (PursuitStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_add_contact_async, error);
}

static gboolean
save_contact_work (PursuitRepository  *repository,
                   gpointer            data,
                   gpointer           *result,
                   GError            **error)
{
  Request *request = data;

  if (!pursuit_repository_update_contact (repository, request->contact, pursuit_store_now (), error))
    return FALSE;

  *result = g_object_ref (request->contact);
  return TRUE;
}

/* A contact's name shows on every job and interview it is linked to. */
static void
contact_changed_apply (PursuitStore *store,
                       gpointer      data,
                       gpointer      result)
{
  pursuit_store_reload_job_models (store, PURSUIT_JOB_MODEL_CONTACTS, 0);
  pursuit_store_reload_job_models (store, PURSUIT_JOB_MODEL_INTERVIEWS, 0);
}

static const PursuitStoreCall save_contact_call = { save_contact_work, contact_changed_apply, g_object_unref };

/**
 * pursuit_store_save_contact_async:
 * @draft: a copy of a saved contact with the new values
 */
void
pursuit_store_save_contact_async (PursuitStore        *self,
                                  PursuitContact      *draft,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_CONTACT (draft));

  request = g_new0 (Request, 1);
  request->contact = pursuit_contact_copy (draft);
  run (self, &save_contact_call, request, pursuit_store_save_contact_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_save_contact_finish:
 *
 * Returns: (transfer full): the contact as saved
 */
PursuitContact *
pursuit_store_save_contact_finish (PursuitStore  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_save_contact_async, error);
}

static gboolean
delete_contact_work (PursuitRepository  *repository,
                     gpointer            data,
                     gpointer           *result,
                     GError            **error)
{
  Request *request = data;

  return pursuit_repository_delete_contact (repository, request->contact_id, error);
}

static const PursuitStoreCall delete_contact_call = { delete_contact_work, contact_changed_apply, NULL };

/**
 * pursuit_store_delete_contact_async:
 *
 * Deletes the contact from every job and interview.
 */
void
pursuit_store_delete_contact_async (PursuitStore        *self,
                                    PursuitContact      *contact,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_CONTACT (contact));

  request = g_new0 (Request, 1);
  request->contact_id = pursuit_contact_get_id (contact);
  run (self, &delete_contact_call, request, pursuit_store_delete_contact_async,
       cancellable, callback, user_data);
}

gboolean
pursuit_store_delete_contact_finish (PursuitStore  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_delete_contact_async, error);
}

static gboolean
link_contact_work (PursuitRepository  *repository,
                   gpointer            data,
                   gpointer           *result,
                   GError            **error)
{
  Request *request = data;

  if (request->linked)
    return pursuit_repository_link_contact (repository, request->job_id, request->contact_id, error);
  return pursuit_repository_unlink_contact (repository, request->job_id, request->contact_id, error);
}

static const PursuitStoreCall link_contact_call = { link_contact_work, job_contacts_apply, NULL };

/**
 * pursuit_store_link_contact_async:
 * @linked: %TRUE to link the contact to the job, %FALSE to take it off
 *
 * Taking a contact off a job keeps the contact.
 */
void
pursuit_store_link_contact_async (PursuitStore        *self,
                                  gint64               job_id,
                                  gint64               contact_id,
                                  gboolean             linked,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = g_new0 (Request, 1);
  request->job_id = job_id;
  request->contact_id = contact_id;
  request->linked = linked;
  run (self, &link_contact_call, request, pursuit_store_link_contact_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_link_contact_finish (PursuitStore  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_link_contact_async, error);
}

/* Interviews */

static gboolean
list_interviews_between_work (PursuitRepository  *repository,
                              gpointer            data,
                              gpointer           *result,
                              GError            **error)
{
  Request *request = data;

  *result = pursuit_repository_list_interviews_between (repository, request->from, request->until, error);
  return *result != NULL;
}

static const PursuitStoreCall list_interviews_between_call = {
  list_interviews_between_work, NULL, (GDestroyNotify) g_ptr_array_unref,
};

/**
 * pursuit_store_list_interviews_between_async:
 * @from: earliest start, included (Unix time)
 * @until: latest start, excluded
 *
 * Reads the interviews of all jobs not in the trash that start in the range,
 * earliest first (for reminders).
 */
void
pursuit_store_list_interviews_between_async (PursuitStore        *self,
                                             gint64               from,
                                             gint64               until,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = g_new0 (Request, 1);
  request->from = from;
  request->until = until;
  run (self, &list_interviews_between_call, request, pursuit_store_list_interviews_between_async,
       cancellable, callback, user_data);
}

/**
 * pursuit_store_list_interviews_between_finish:
 *
 * Returns: (transfer full) (element-type PursuitInterview): the interviews
 */
GPtrArray *
pursuit_store_list_interviews_between_finish (PursuitStore  *self,
                                              GAsyncResult  *result,
                                              GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_list_interviews_between_async, error);
}

/* An interview change and its job as it now reads, for the jobs list. */
typedef struct
{
  PursuitInterview *interview;
  PursuitJob *job;
} InterviewChange;

static void
interview_change_free (InterviewChange *change)
{
  g_clear_object (&change->interview);
  g_clear_object (&change->job);
  g_free (change);
}

/* The job after an interview change; a job that went to the trash meanwhile
 * is simply not refreshed. */
static PursuitJob *
reread_job (PursuitRepository *repository,
            gint64             job_id)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, job_id);
  g_autoptr(GError) error = NULL;
  PursuitJob *job = pursuit_repository_find_job (repository, id, &error);

  if (job == NULL && !g_error_matches (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND))
    g_warning ("Could not read job %s again after changing its interviews: %s", id, error->message);
  return job;
}

static gboolean
change_interview_work (PursuitRepository  *repository,
                       gpointer            data,
                       gpointer           *result,
                       GError            **error)
{
  Request *request = data;
  InterviewChange *change;
  gint64 now = pursuit_store_now ();
  gboolean done;

  if (request->interview == NULL)
    done = pursuit_repository_delete_interview (repository, request->interview_id, now, error);
  else if (pursuit_interview_get_id (request->interview) == 0)
    done = pursuit_repository_insert_interview (repository, request->interview, now, error);
  else
    done = pursuit_repository_update_interview (repository, request->interview, now, error);

  if (!done)
    return FALSE;

  change = g_new0 (InterviewChange, 1);
  change->interview = request->interview != NULL ? g_object_ref (request->interview) : NULL;
  change->job = reread_job (repository, request->job_id);
  *result = change;
  return TRUE;
}

static void
change_interview_apply (PursuitStore *store,
                        gpointer      data,
                        gpointer      result)
{
  Request *request = data;
  InterviewChange *change = result;

  if (change->job != NULL)
    pursuit_store_refresh_job (store, change->job);
  pursuit_store_reload_job_models (store, PURSUIT_JOB_MODEL_INTERVIEWS, request->job_id);
}

static const PursuitStoreCall change_interview_call = {
  change_interview_work, change_interview_apply, (GDestroyNotify) interview_change_free,
};

static void
change_interview (PursuitStore        *self,
                  gint64               job_id,
                  gint64               interview_id,
                  PursuitInterview    *draft,
                  gpointer             source_tag,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  Request *request = g_new0 (Request, 1);

  request->job_id = job_id;
  /* For a deletion, the interview is known by its id alone. */
  request->interview_id = interview_id;
  request->interview = draft != NULL ? pursuit_interview_copy (draft) : NULL;
  run (self, &change_interview_call, request, source_tag, cancellable, callback, user_data);
}

/**
 * pursuit_store_add_interview_async:
 * @draft: the new interview, with its job id and interviewers; copied
 *
 * Finish with pursuit_store_save_interview_finish(). The job's next interview is brought up to date in the jobs model.
 */
void
pursuit_store_add_interview_async (PursuitStore        *self,
                                   PursuitInterview    *draft,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(PursuitInterview) copy = NULL;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_INTERVIEW (draft));

  /* An id would make it an update. */
  copy = pursuit_interview_copy (draft);
  pursuit_interview_set_id (copy, 0);
  change_interview (self, pursuit_interview_get_job_id (draft), 0, copy, pursuit_store_add_interview_async,
                    cancellable, callback, user_data);
}

static PursuitInterview *
finish_interview_change (PursuitStore  *self,
                         GAsyncResult  *result,
                         gpointer       source_tag,
                         GError       **error)
{
  InterviewChange *change = pursuit_store_run_finish (self, result, source_tag, error);
  PursuitInterview *interview;

  if (change == NULL)
    return NULL;

  interview = g_steal_pointer (&change->interview);
  interview_change_free (change);
  return interview;
}

/**
 * pursuit_store_save_interview_async:
 * @draft: a copy of a saved interview with the new values
 */
void
pursuit_store_save_interview_async (PursuitStore        *self,
                                    PursuitInterview    *draft,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_INTERVIEW (draft));
  g_return_if_fail (pursuit_interview_get_id (draft) > 0);

  change_interview (self, pursuit_interview_get_job_id (draft), pursuit_interview_get_id (draft), draft,
                    pursuit_store_save_interview_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_save_interview_finish:
 *
 * Finishes pursuit_store_add_interview_async() as well.
 *
 * Returns: (transfer full): the interview as saved, with its id and the
 *   interviewers' names
 */
PursuitInterview *
pursuit_store_save_interview_finish (PursuitStore  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  gpointer tag = g_task_get_source_tag (G_TASK (result));

  g_return_val_if_fail (tag == pursuit_store_add_interview_async || tag == pursuit_store_save_interview_async,
                        NULL);

  return finish_interview_change (self, result, tag, error);
}

void
pursuit_store_delete_interview_async (PursuitStore        *self,
                                      PursuitInterview    *interview,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_INTERVIEW (interview));

  change_interview (self, pursuit_interview_get_job_id (interview), pursuit_interview_get_id (interview),
                    NULL, pursuit_store_delete_interview_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_delete_interview_finish (PursuitStore  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  InterviewChange *change = pursuit_store_run_finish (self, result, pursuit_store_delete_interview_async, error);

  if (change == NULL)
    return FALSE;

  interview_change_free (change);
  return TRUE;
}
