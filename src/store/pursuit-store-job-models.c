/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-contact.h"
#include "pursuit-interview.h"
#include "pursuit-repository-documents.h"
#include "pursuit-repository-people.h"
#include "pursuit-stage-change.h"
#include "pursuit-store-private.h"

/* The per-job lists: made on demand, read on the worker thread, and read
 * again whenever an operation changes what they show. */

typedef struct
{
  PursuitJobModelKind kind;
  PursuitJobList *list;
} LoadRequest;

static void
load_request_free (LoadRequest *request)
{
  g_object_unref (request->list);
  g_free (request);
}

static gboolean
load_work (PursuitRepository  *repository,
           gpointer            data,
           gpointer           *result,
           GError            **error)
{
  LoadRequest *request = data;
  gint64 job_id = pursuit_job_list_get_job_id (request->list);

  switch (request->kind)
    {
    case PURSUIT_JOB_MODEL_CONTACTS:
      *result = pursuit_repository_list_job_contacts (repository, job_id, error);
      break;
    case PURSUIT_JOB_MODEL_INTERVIEWS:
      *result = pursuit_repository_list_interviews (repository, job_id, error);
      break;
    case PURSUIT_JOB_MODEL_TIMELINE:
      *result = pursuit_repository_list_stage_changes (repository, job_id, error);
      break;
    case PURSUIT_JOB_MODEL_DOCUMENTS:
      *result = pursuit_repository_list_job_documents (repository, job_id, error);
      break;
    case PURSUIT_JOB_MODEL_NOTES:
      *result = pursuit_repository_list_notes (repository, job_id, error);
      break;
    case PURSUIT_JOB_MODEL_DOCUMENT_VERSIONS:
      *result = pursuit_repository_list_versions (repository, job_id, error);
      break;
    case PURSUIT_JOB_MODEL_DOCUMENT_LINKS:
      *result = pursuit_repository_list_document_links (repository, job_id, error);
      break;
    default:
      g_assert_not_reached ();
    }

  return *result != NULL;
}

static void
load_apply (PursuitStore *store,
            gpointer      data,
            gpointer      result)
{
  LoadRequest *request = data;

  pursuit_job_list_replace (request->list, result);
}

static const PursuitStoreCall load_call = { load_work, load_apply, (GDestroyNotify) g_ptr_array_unref };

static void load_list (PursuitStore        *store,
                       PursuitJobModelKind  kind,
                       PursuitJobList      *list);

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PursuitJobList) list = user_data;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  items = pursuit_store_run_finish (PURSUIT_STORE (source), result, load_list, &error);
  if (items == NULL)
    {
      /* The list stays as it was; a later change reads it again. */
      g_warning ("Could not read a job’s list: %s", error->message);
      pursuit_job_list_set_loading (list, FALSE);
    }
}

static void
load_list (PursuitStore        *store,
           PursuitJobModelKind  kind,
           PursuitJobList      *list)
{
  LoadRequest *request = g_new0 (LoadRequest, 1);

  request->kind = kind;
  request->list = g_object_ref (list);
  pursuit_job_list_set_loading (list, TRUE);
  pursuit_store_run_async (store, &load_call, request, (GDestroyNotify) load_request_free,
                           load_list, NULL, on_loaded, g_object_ref (list));
}

/* An entry of the store's table of lists: the table owns it; the list
 * only points back at it, and takes it out when it goes. */
typedef struct
{
  gint64 job_id;  /* the key */
  GHashTable *lists;
  PursuitJobList *list;
} Registration;

static void
on_list_finalized (gpointer  data,
                   GObject  *where_the_list_was)
{
  Registration *registration = data;

  g_hash_table_remove (registration->lists, &registration->job_id);
}

static PursuitJobList *
get_list (PursuitStore        *self,
          PursuitJobModelKind  kind,
          GType                item_type,
          gint64               job_id)
{
  GHashTable *lists = pursuit_store_get_job_lists (self, kind);
  Registration *registration = g_hash_table_lookup (lists, &job_id);

  if (registration != NULL)
    return g_object_ref (registration->list);

  registration = g_new0 (Registration, 1);
  registration->job_id = job_id;
  registration->lists = lists;
  registration->list = pursuit_job_list_new (item_type, job_id);
  g_hash_table_insert (lists, &registration->job_id, registration);
  g_object_weak_ref (G_OBJECT (registration->list), on_list_finalized, registration);

  load_list (self, kind, registration->list);
  return registration->list;
}

/**
 * pursuit_store_get_job_contacts:
 *
 * Returns: (transfer full): the contacts linked to the job
 */
PursuitJobList *
pursuit_store_get_job_contacts (PursuitStore *self,
                                gint64        job_id)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return get_list (self, PURSUIT_JOB_MODEL_CONTACTS, PURSUIT_TYPE_CONTACT, job_id);
}

/**
 * pursuit_store_get_job_interviews:
 *
 * Returns: (transfer full): the job's interviews
 */
PursuitJobList *
pursuit_store_get_job_interviews (PursuitStore *self,
                                  gint64        job_id)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return get_list (self, PURSUIT_JOB_MODEL_INTERVIEWS, PURSUIT_TYPE_INTERVIEW, job_id);
}

/**
 * pursuit_store_get_job_timeline:
 *
 * Returns: (transfer full): the job's timeline
 */
PursuitJobList *
pursuit_store_get_job_timeline (PursuitStore *self,
                                gint64        job_id)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return get_list (self, PURSUIT_JOB_MODEL_TIMELINE, PURSUIT_TYPE_STAGE_CHANGE, job_id);
}

/**
 * pursuit_store_get_job_documents:
 *
 * Returns: (transfer full): the versions the job uses or was sent
 *   (PursuitDocumentLink), by kind of document
 */
PursuitJobList *
pursuit_store_get_job_documents (PursuitStore *self,
                                 gint64        job_id)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return get_list (self, PURSUIT_JOB_MODEL_DOCUMENTS, PURSUIT_TYPE_DOCUMENT_LINK, job_id);
}

/**
 * pursuit_store_get_notes:
 * @job_id: a job, or 0 for the general notes
 *
 * Returns: (transfer full): the prep notes (PursuitPrepNote), oldest first
 */
PursuitJobList *
pursuit_store_get_notes (PursuitStore *self,
                         gint64        job_id)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return get_list (self, PURSUIT_JOB_MODEL_NOTES, PURSUIT_TYPE_PREP_NOTE, job_id);
}

/**
 * pursuit_store_get_document_versions:
 *
 * Returns: (transfer full): the document's versions
 *   (PursuitDocumentVersion), newest first, without their text
 */
PursuitJobList *
pursuit_store_get_document_versions (PursuitStore *self,
                                     gint64        document_id)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return get_list (self, PURSUIT_JOB_MODEL_DOCUMENT_VERSIONS, PURSUIT_TYPE_DOCUMENT_VERSION, document_id);
}

/**
 * pursuit_store_get_document_links:
 *
 * Returns: (transfer full): the jobs the document's versions went to, or
 *   that mean to use one (PursuitDocumentLink), newest version first
 */
PursuitJobList *
pursuit_store_get_document_links (PursuitStore *self,
                                  gint64        document_id)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  return get_list (self, PURSUIT_JOB_MODEL_DOCUMENT_LINKS, PURSUIT_TYPE_DOCUMENT_LINK, document_id);
}

void
pursuit_store_reload_job_models (PursuitStore        *self,
                                 PursuitJobModelKind  kind,
                                 gint64               job_id)
{
  GHashTable *lists = pursuit_store_get_job_lists (self, kind);
  GHashTableIter iter;
  gpointer value;

  /* The last results of a closed store arrive with nothing left to read. */
  if (pursuit_store_is_closed (self))
    return;

  if (job_id != 0)
    {
      Registration *registration = g_hash_table_lookup (lists, &job_id);

      if (registration != NULL)
        load_list (self, kind, registration->list);
      return;
    }

  g_hash_table_iter_init (&iter, lists);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    load_list (self, kind, ((Registration *) value)->list);
}

/* The store is going: the lists it made outlive it, unregistered. */
void
pursuit_store_forget_job_models (PursuitStore *self)
{
  for (PursuitJobModelKind kind = 0; kind < PURSUIT_N_JOB_MODELS; kind++)
    {
      GHashTable *lists = pursuit_store_get_job_lists (self, kind);
      GHashTableIter iter;
      gpointer value;

      g_hash_table_iter_init (&iter, lists);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          Registration *registration = value;

          g_object_weak_unref (G_OBJECT (registration->list), on_list_finalized, registration);
        }
      g_hash_table_remove_all (lists);
    }
}
