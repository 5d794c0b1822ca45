/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-error.h"
#include "pursuit-repository-people.h"
#include "pursuit-store-people.h"

/* Contacts and interviews for the app: each call runs the repository on the
 * store's worker thread, in order with every other store operation, and
 * tells views on the main thread once the change is saved. A change to an
 * interview also re-reads its job, whose next interview shows in the jobs
 * list. */

struct _PursuitPeopleEvents
{
  GObject parent_instance;
};

G_DEFINE_FINAL_TYPE (PursuitPeopleEvents, pursuit_people_events, G_TYPE_OBJECT)

enum {
  CONTACTS_CHANGED,
  INTERVIEWS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pursuit_people_events_class_init (PursuitPeopleEventsClass *klass)
{
  signals[CONTACTS_CHANGED] = g_signal_new ("contacts-changed", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[INTERVIEWS_CHANGED] = g_signal_new ("interviews-changed", G_TYPE_FROM_CLASS (klass),
                                              G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                              G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
pursuit_people_events_init (PursuitPeopleEvents *self)
{
}

/**
 * pursuit_store_get_people_events:
 *
 * Returns: (transfer none): the store's notifier for contacts and interviews
 */
PursuitPeopleEvents *
pursuit_store_get_people_events (PursuitStore *self)
{
  PursuitPeopleEvents *events;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  events = g_object_get_data (G_OBJECT (self), "pursuit-people-events");
  if (events == NULL)
    {
      events = g_object_new (PURSUIT_TYPE_PEOPLE_EVENTS, NULL);
      g_object_set_data_full (G_OBJECT (self), "pursuit-people-events", events, g_object_unref);
    }
  return events;
}

static void
emit_contacts_changed (PursuitStore *store,
                       gint64        job_id)
{
  /* First: making the notifier is what registers its signals. */
  PursuitPeopleEvents *events = pursuit_store_get_people_events (store);

  g_signal_emit (events, signals[CONTACTS_CHANGED], 0, job_id);
}

static void
emit_interviews_changed (PursuitStore *store,
                         gint64        job_id)
{
  PursuitPeopleEvents *events = pursuit_store_get_people_events (store);

  g_signal_emit (events, signals[INTERVIEWS_CHANGED], 0, job_id);
}

/* What a call hands to its work and apply functions. The objects are copies
 * owned by the operation: the main thread does not see them until apply. */
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

static gint64
now_in_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Anything but NULL: run_finish() tells success from failure by it. */
#define DONE GINT_TO_POINTER (1)

static void
run (PursuitStore          *self,
     PursuitStoreWorkFunc   work,
     PursuitStoreApplyFunc  apply,
     Request               *request,
     GDestroyNotify         result_free,
     GCancellable          *cancellable,
     GAsyncReadyCallback    callback,
     gpointer               user_data)
{
  pursuit_store_run_async (self, work, apply, request, (GDestroyNotify) request_free, result_free,
                           cancellable, callback, user_data);
}

static gboolean
finish_boolean (PursuitStore  *self,
                GAsyncResult  *result,
                GError       **error)
{
  return pursuit_store_run_finish (self, result, error) != NULL;
}

/* Contacts */

static gboolean
list_job_contacts_work (PursuitRepository  *repository,
                        gpointer            data,
                        gpointer           *result,
                        GError            **error)
{
  Request *request = data;

  *result = pursuit_repository_list_job_contacts (repository, request->job_id, error);
  return *result != NULL;
}

/**
 * pursuit_store_list_job_contacts_async:
 *
 * Reads the contacts linked to a job; finish with
 * pursuit_store_list_contacts_finish().
 */
void
pursuit_store_list_job_contacts_async (PursuitStore        *self,
                                       gint64               job_id,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = g_new0 (Request, 1);
  request->job_id = job_id;
  run (self, list_job_contacts_work, NULL, request, (GDestroyNotify) g_ptr_array_unref,
       cancellable, callback, user_data);
}

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

/**
 * pursuit_store_list_company_contacts_async:
 *
 * Reads the contacts of a company (compared without case); finish with
 * pursuit_store_list_contacts_finish().
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
  run (self, list_company_contacts_work, NULL, request, (GDestroyNotify) g_ptr_array_unref,
       cancellable, callback, user_data);
}

/**
 * pursuit_store_list_contacts_finish:
 *
 * Returns: (transfer full) (element-type PursuitContact): the contacts, by name
 */
GPtrArray *
pursuit_store_list_contacts_finish (PursuitStore  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return pursuit_store_run_finish (self, result, error);
}

static gboolean
add_contact_work (PursuitRepository  *repository,
                  gpointer            data,
                  gpointer           *result,
                  GError            **error)
{
  Request *request = data;

  if (!pursuit_repository_insert_contact (repository, request->contact, request->job_id,
                                          now_in_seconds (), error))
    return FALSE;

  *result = g_object_ref (request->contact);
  return TRUE;
}

static void
add_contact_apply (PursuitStore *store,
                   gpointer      data,
                   gpointer      result)
{
  Request *request = data;

  emit_contacts_changed (store, request->job_id);
}

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
  run (self, add_contact_work, add_contact_apply, request, g_object_unref,
       cancellable, callback, user_data);
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
  return pursuit_store_run_finish (self, result, error);
}

static gboolean
save_contact_work (PursuitRepository  *repository,
                   gpointer            data,
                   gpointer           *result,
                   GError            **error)
{
  Request *request = data;

  if (!pursuit_repository_update_contact (repository, request->contact, now_in_seconds (), error))
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
  emit_contacts_changed (store, 0);
  emit_interviews_changed (store, 0);
}

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
  run (self, save_contact_work, contact_changed_apply, request, g_object_unref,
       cancellable, callback, user_data);
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
  return pursuit_store_run_finish (self, result, error);
}

static gboolean
delete_contact_work (PursuitRepository  *repository,
                     gpointer            data,
                     gpointer           *result,
                     GError            **error)
{
  Request *request = data;

  if (!pursuit_repository_delete_contact (repository, request->contact_id, error))
    return FALSE;

  *result = DONE;
  return TRUE;
}

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
  run (self, delete_contact_work, contact_changed_apply, request, NULL,
       cancellable, callback, user_data);
}

gboolean
pursuit_store_delete_contact_finish (PursuitStore  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return finish_boolean (self, result, error);
}

static gboolean
link_contact_work (PursuitRepository  *repository,
                   gpointer            data,
                   gpointer           *result,
                   GError            **error)
{
  Request *request = data;
  gboolean done;

  if (request->linked)
    done = pursuit_repository_link_contact (repository, request->job_id, request->contact_id, error);
  else
    done = pursuit_repository_unlink_contact (repository, request->job_id, request->contact_id, error);

  *result = done ? DONE : NULL;
  return done;
}

static void
link_contact_apply (PursuitStore *store,
                    gpointer      data,
                    gpointer      result)
{
  Request *request = data;

  emit_contacts_changed (store, request->job_id);
}

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
  run (self, link_contact_work, link_contact_apply, request, NULL, cancellable, callback, user_data);
}

gboolean
pursuit_store_link_contact_finish (PursuitStore  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return finish_boolean (self, result, error);
}

/* Interviews */

static gboolean
list_interviews_work (PursuitRepository  *repository,
                      gpointer            data,
                      gpointer           *result,
                      GError            **error)
{
  Request *request = data;

  if (request->job_id > 0)
    *result = pursuit_repository_list_interviews (repository, request->job_id, error);
  else
    *result = pursuit_repository_list_interviews_between (repository, request->from, request->until, error);
  return *result != NULL;
}

/**
 * pursuit_store_list_interviews_async:
 *
 * Reads a job's interviews, earliest first; finish with
 * pursuit_store_list_interviews_finish().
 */
void
pursuit_store_list_interviews_async (PursuitStore        *self,
                                     gint64               job_id,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (job_id > 0);

  request = g_new0 (Request, 1);
  request->job_id = job_id;
  run (self, list_interviews_work, NULL, request, (GDestroyNotify) g_ptr_array_unref,
       cancellable, callback, user_data);
}

/**
 * pursuit_store_list_interviews_between_async:
 * @from: earliest start, included (Unix time)
 * @until: latest start, excluded
 *
 * Reads the interviews of all jobs not in the trash that start in the range,
 * earliest first (for reminders); finish with
 * pursuit_store_list_interviews_finish().
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
  run (self, list_interviews_work, NULL, request, (GDestroyNotify) g_ptr_array_unref,
       cancellable, callback, user_data);
}

/**
 * pursuit_store_list_interviews_finish:
 *
 * Returns: (transfer full) (element-type PursuitInterview): the interviews
 */
GPtrArray *
pursuit_store_list_interviews_finish (PursuitStore  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return pursuit_store_run_finish (self, result, error);
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
  gint64 now = now_in_seconds ();
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
  emit_interviews_changed (store, request->job_id);
}

static void
change_interview (PursuitStore        *self,
                  gint64               job_id,
                  gint64               interview_id,
                  PursuitInterview    *draft,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  Request *request = g_new0 (Request, 1);

  request->job_id = job_id;
  /* For a deletion, the interview is known by its id alone. */
  request->interview_id = interview_id;
  request->interview = draft != NULL ? pursuit_interview_copy (draft) : NULL;
  run (self, change_interview_work, change_interview_apply, request,
       (GDestroyNotify) interview_change_free, cancellable, callback, user_data);
}

/**
 * pursuit_store_add_interview_async:
 * @draft: the new interview, with its job id and interviewers; copied
 *
 * Finish with pursuit_store_save_interview_finish(). The job's next
 * interview is brought up to date in the jobs model.
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
  change_interview (self, pursuit_interview_get_job_id (draft), 0, copy, cancellable, callback, user_data);
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
                    cancellable, callback, user_data);
}

/**
 * pursuit_store_save_interview_finish:
 *
 * Returns: (transfer full): the interview as saved, with its id and the
 *   interviewers' names
 */
PursuitInterview *
pursuit_store_save_interview_finish (PursuitStore  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  InterviewChange *change = pursuit_store_run_finish (self, result, error);
  PursuitInterview *interview;

  if (change == NULL)
    return NULL;

  interview = g_steal_pointer (&change->interview);
  interview_change_free (change);
  return interview;
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
                    NULL, cancellable, callback, user_data);
}

gboolean
pursuit_store_delete_interview_finish (PursuitStore  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  InterviewChange *change = pursuit_store_run_finish (self, result, error);

  if (change == NULL)
    return FALSE;

  interview_change_free (change);
  return TRUE;
}
