/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-error.h"
#include "pursuit-repository-documents.h"
#include "pursuit-store-private.h"

/* Documents, what jobs sent, prep notes and portal logins for the app.
 * Each operation runs the repository on the worker thread; once it
 * succeeds, the lists it concerns are read again: the documents model,
 * the open documents' versions and jobs, the job's documents, and the job
 * itself (what it sent shows in its row). */

typedef struct
{
  gint64 job_id;
  gint64 version_id;
  gint64 document_id;
  gint64 link_job_id;
  gboolean linked;
  gboolean thumbnail;
  char *text;
  PursuitDocument *document;
  PursuitDocumentVersion *version;
  PursuitPrepNote *note;
  PursuitPortalLogin *login;
  GBytes *file;
  GBytes *picture;
} Request;

static void
request_free (Request *request)
{
  g_free (request->text);
  g_clear_object (&request->document);
  g_clear_object (&request->version);
  g_clear_object (&request->note);
  g_clear_object (&request->login);
  g_clear_pointer (&request->file, g_bytes_unref);
  g_clear_pointer (&request->picture, g_bytes_unref);
  g_free (request);
}

static Request *
request_new (void)
{
  return g_new0 (Request, 1);
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

/* The documents model */

static gboolean
list_documents_work (PursuitRepository  *repository,
                     gpointer            data,
                     gpointer           *result,
                     GError            **error)
{
  *result = pursuit_repository_list_documents (repository, error);
  return *result != NULL;
}

static void
list_documents_apply (PursuitStore *store,
                      gpointer      data,
                      gpointer      result)
{
  GPtrArray *documents = result;
  GListStore *model = pursuit_store_get_documents_store (store);

  g_list_store_splice (model, 0, g_list_model_get_n_items (G_LIST_MODEL (model)),
                       documents->pdata, documents->len);
}

static const PursuitStoreCall list_documents_call = {
  list_documents_work, list_documents_apply, (GDestroyNotify) g_ptr_array_unref,
};

static void load_documents (PursuitStore *self);

static void
on_documents_listed (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  documents = pursuit_store_run_finish (PURSUIT_STORE (source), result, load_documents, &error);
  if (documents == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("Could not read the documents: %s", error->message);
}

static void
load_documents (PursuitStore *self)
{
  pursuit_store_run_async (self, &list_documents_call, NULL, NULL, load_documents, NULL,
                           on_documents_listed, NULL);
}

/**
 * pursuit_store_get_documents:
 *
 * Returns: (transfer none): every document (PursuitDocument), by kind then
 *   name, kept current; read when first asked for
 */
GListModel *
pursuit_store_get_documents (PursuitStore *self)
{
  GListStore *model;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  model = pursuit_store_get_documents_store (self);
  if (g_object_get_data (G_OBJECT (model), "pursuit-loaded") == NULL)
    {
      g_object_set_data (G_OBJECT (model), "pursuit-loaded", GINT_TO_POINTER (TRUE));
      load_documents (self);
    }
  return G_LIST_MODEL (model);
}

/**
 * pursuit_store_reload_documents:
 * @job_id: the job that changed, or 0 for any change
 *
 * Reads again the documents (if someone asked for them), the open
 * documents' lists, and the job's documents.
 */
void
pursuit_store_reload_documents (PursuitStore *self,
                                gint64        job_id)
{
  GListStore *model = pursuit_store_get_documents_store (self);

  if (pursuit_store_is_closed (self))
    return;
  if (g_object_get_data (G_OBJECT (model), "pursuit-loaded") != NULL)
    load_documents (self);
  pursuit_store_reload_job_models (self, PURSUIT_JOB_MODEL_DOCUMENT_VERSIONS, 0);
  pursuit_store_reload_job_models (self, PURSUIT_JOB_MODEL_DOCUMENT_LINKS, 0);
  if (job_id != 0)
    pursuit_store_reload_job_models (self, PURSUIT_JOB_MODEL_DOCUMENTS, job_id);
}

/* After a change to documents: every list of them, and the job concerned,
 * whose row shows how many documents it has. */
static void
reread_job (PursuitStore *store,
            gint64        job_id);

static void
documents_changed_apply (PursuitStore *store,
                         gpointer      data,
                         gpointer      result)
{
  Request *request = data;
  gint64 job_id = request->job_id != 0 ? request->job_id : request->link_job_id;

  pursuit_store_reload_documents (store, job_id);
  pursuit_store_reload_job_models (store, PURSUIT_JOB_MODEL_DOCUMENTS, 0);
  if (job_id != 0)
    reread_job (store, job_id);
}

static void
on_job_reread (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_load_job_details_finish (PURSUIT_STORE (source), result, &error))
    g_message ("Could not read a job again: %s", error->message);
}

static void
reread_job (PursuitStore *store,
            gint64        job_id)
{
  PursuitJob *job = pursuit_store_find_job (store, job_id);

  if (job != NULL && !pursuit_store_is_closed (store))
    pursuit_store_load_job_details_async (store, job, NULL, on_job_reread, NULL);
}

/* Adding a version */

static gboolean
add_version_work (PursuitRepository  *repository,
                  gpointer            data,
                  gpointer           *result,
                  GError            **error)
{
  Request *request = data;
  gint64 now = pursuit_store_now ();

  if (!pursuit_repository_add_version (repository, request->document, request->version, request->file,
                                       request->picture, now, error))
    return FALSE;

  /* The version is saved whole; linking it to the job that asked is a
   * second step, which may fail on its own (the job was deleted). */
  if (request->link_job_id != 0 &&
      !pursuit_repository_link_version (repository, request->link_job_id, request->version->id, now, error))
    return FALSE;

  *result = g_object_ref (request->version);
  return TRUE;
}

static const PursuitStoreCall add_version_call = { add_version_work, documents_changed_apply, g_object_unref };

/**
 * pursuit_store_add_version_async:
 * @document: the document to add to, or a new one (no id) to make first;
 *   copied
 * @draft: the version's date, note, format, file name and text; copied
 * @file: the file, at most %PURSUIT_DOCUMENT_MAX_SIZE
 * @thumbnail: (nullable): a PNG of its first page
 * @link_job_id: a job that then uses the version, or 0
 */
void
pursuit_store_add_version_async (PursuitStore            *self,
                                 PursuitDocument         *document,
                                 PursuitDocumentVersion  *draft,
                                 GBytes                  *file,
                                 GBytes                  *thumbnail,
                                 gint64                   link_job_id,
                                 GCancellable            *cancellable,
                                 GAsyncReadyCallback      callback,
                                 gpointer                 user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_DOCUMENT (document));
  g_return_if_fail (PURSUIT_IS_DOCUMENT_VERSION (draft));
  g_return_if_fail (file != NULL);

  request = request_new ();
  request->document = pursuit_document_copy (document);
  request->version = pursuit_document_version_copy (draft);
  request->file = g_bytes_ref (file);
  request->picture = thumbnail != NULL ? g_bytes_ref (thumbnail) : NULL;
  request->link_job_id = link_job_id;
  run (self, &add_version_call, request, pursuit_store_add_version_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_add_version_finish:
 *
 * Returns: (transfer full): the saved version, with its id, number and hash
 */
PursuitDocumentVersion *
pursuit_store_add_version_finish (PursuitStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_add_version_async, error);
}

/* Changing and deleting */

static gboolean
save_version_work (PursuitRepository  *repository,
                   gpointer            data,
                   gpointer           *result,
                   GError            **error)
{
  Request *request = data;

  return pursuit_repository_update_version (repository, request->version, pursuit_store_now (), error);
}

static gboolean
delete_version_work (PursuitRepository  *repository,
                     gpointer            data,
                     gpointer           *result,
                     GError            **error)
{
  Request *request = data;

  return pursuit_repository_delete_version (repository, request->version_id, error);
}

static gboolean
save_document_work (PursuitRepository  *repository,
                    gpointer            data,
                    gpointer           *result,
                    GError            **error)
{
  Request *request = data;

  return pursuit_repository_update_document (repository, request->document, pursuit_store_now (), error);
}

static gboolean
delete_document_work (PursuitRepository  *repository,
                      gpointer            data,
                      gpointer           *result,
                      GError            **error)
{
  Request *request = data;

  return pursuit_repository_delete_document (repository, request->document_id, error);
}

static const PursuitStoreCall save_version_call = { save_version_work, documents_changed_apply, NULL };
static const PursuitStoreCall delete_version_call = { delete_version_work, documents_changed_apply, NULL };
static const PursuitStoreCall save_document_call = { save_document_work, documents_changed_apply, NULL };
static const PursuitStoreCall delete_document_call = { delete_document_work, documents_changed_apply, NULL };

/**
 * pursuit_store_save_version_async:
 * @draft: a copy of a version with its new date, note and text
 *
 * Fails with %PURSUIT_DOCUMENT_ERROR_FROZEN for a version a job was sent.
 */
void
pursuit_store_save_version_async (PursuitStore            *self,
                                  PursuitDocumentVersion  *draft,
                                  GCancellable            *cancellable,
                                  GAsyncReadyCallback      callback,
                                  gpointer                 user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_DOCUMENT_VERSION (draft));

  request = request_new ();
  request->version = pursuit_document_version_copy (draft);
  run (self, &save_version_call, request, pursuit_store_save_version_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_save_version_finish (PursuitStore  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_save_version_async, error);
}

/**
 * pursuit_store_delete_version_async:
 *
 * Fails with %PURSUIT_DOCUMENT_ERROR_FROZEN for a version a job was sent.
 */
void
pursuit_store_delete_version_async (PursuitStore            *self,
                                    PursuitDocumentVersion  *version,
                                    GCancellable            *cancellable,
                                    GAsyncReadyCallback      callback,
                                    gpointer                 user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_DOCUMENT_VERSION (version));

  request = request_new ();
  request->version_id = version->id;
  run (self, &delete_version_call, request, pursuit_store_delete_version_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_delete_version_finish (PursuitStore  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_delete_version_async, error);
}

/* Saves a document's kind, name, tags and notes. */
void
pursuit_store_save_document_async (PursuitStore        *self,
                                   PursuitDocument     *draft,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_DOCUMENT (draft));

  request = request_new ();
  request->document = pursuit_document_copy (draft);
  run (self, &save_document_call, request, pursuit_store_save_document_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_save_document_finish (PursuitStore  *self,
                                    GAsyncResult  *result,
                                    GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_save_document_async, error);
}

void
pursuit_store_delete_document_async (PursuitStore        *self,
                                     PursuitDocument     *document,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_DOCUMENT (document));

  request = request_new ();
  request->document_id = document->id;
  run (self, &delete_document_call, request, pursuit_store_delete_document_async, cancellable, callback,
       user_data);
}

gboolean
pursuit_store_delete_document_finish (PursuitStore  *self,
                                      GAsyncResult  *result,
                                      GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_delete_document_async, error);
}

/* Reading a version whole */

static gboolean
load_version_work (PursuitRepository  *repository,
                   gpointer            data,
                   gpointer           *result,
                   GError            **error)
{
  Request *request = data;

  *result = pursuit_repository_find_version (repository, request->version_id, error);
  return *result != NULL;
}

static const PursuitStoreCall load_version_call = { load_version_work, NULL, g_object_unref };

void
pursuit_store_load_version_async (PursuitStore        *self,
                                  gint64               version_id,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = request_new ();
  request->version_id = version_id;
  run (self, &load_version_call, request, pursuit_store_load_version_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_load_version_finish:
 *
 * Returns: (transfer full): the version with its text
 */
PursuitDocumentVersion *
pursuit_store_load_version_finish (PursuitStore  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_load_version_async, error);
}

static gboolean
read_file_work (PursuitRepository  *repository,
                gpointer            data,
                gpointer           *result,
                GError            **error)
{
  Request *request = data;

  if (!request->thumbnail)
    *result = pursuit_repository_read_version_file (repository, request->version_id, error);
  else
    {
      g_autoptr(GError) local_error = NULL;

      *result = pursuit_repository_read_version_thumbnail (repository, request->version_id, &local_error);
      if (*result == NULL && local_error == NULL)
        *result = g_bytes_new (NULL, 0);
      else if (*result == NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
    }
  return *result != NULL;
}

static const PursuitStoreCall read_file_call = { read_file_work, NULL, (GDestroyNotify) g_bytes_unref };

/**
 * pursuit_store_read_version_file_async:
 * @thumbnail: read the picture of its first page instead of the file
 */
void
pursuit_store_read_version_file_async (PursuitStore        *self,
                                       gint64               version_id,
                                       gboolean             thumbnail,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = request_new ();
  request->version_id = version_id;
  request->thumbnail = thumbnail;
  run (self, &read_file_call, request, pursuit_store_read_version_file_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_read_version_file_finish:
 *
 * Returns: (transfer full): the file, byte for byte; for a picture, empty
 *   bytes when the version has none
 */
GBytes *
pursuit_store_read_version_file_finish (PursuitStore  *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_read_version_file_async, error);
}

static gboolean
search_documents_work (PursuitRepository  *repository,
                       gpointer            data,
                       gpointer           *result,
                       GError            **error)
{
  Request *request = data;

  *result = pursuit_repository_search_documents (repository, request->text, error);
  return *result != NULL;
}

static const PursuitStoreCall search_documents_call = {
  search_documents_work, NULL, (GDestroyNotify) g_array_unref,
};

void
pursuit_store_search_documents_async (PursuitStore        *self,
                                      const char          *query,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (query != NULL);

  request = request_new ();
  request->text = g_strdup (query);
  run (self, &search_documents_call, request, pursuit_store_search_documents_async, cancellable, callback,
       user_data);
}

/**
 * pursuit_store_search_documents_finish:
 *
 * Returns: (transfer full) (element-type gint64): the matching documents'
 *   ids, ascending
 */
GArray *
pursuit_store_search_documents_finish (PursuitStore  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_search_documents_async, error);
}

/* What a job uses and sent */

static gboolean
link_work (PursuitRepository  *repository,
           gpointer            data,
           gpointer           *result,
           GError            **error)
{
  Request *request = data;
  gint64 now = pursuit_store_now ();

  if (request->linked)
    return pursuit_repository_link_version (repository, request->job_id, request->version_id, now, error);
  return pursuit_repository_unlink_version (repository, request->job_id, request->version_id, now, error);
}

static gboolean
send_work (PursuitRepository  *repository,
           gpointer            data,
           gpointer           *result,
           GError            **error)
{
  Request *request = data;

  return pursuit_repository_send_version (repository, request->job_id, request->version_id, request->text,
                                          pursuit_store_now (), error);
}

static const PursuitStoreCall link_call = { link_work, documents_changed_apply, NULL };
static const PursuitStoreCall send_call = { send_work, documents_changed_apply, NULL };

/**
 * pursuit_store_link_version_async:
 * @linked: whether the job uses the version from now on, or no longer
 *
 * See pursuit_repository_link_version(): a job that has applied records
 * it as sent at once; what was sent cannot be unlinked.
 */
void
pursuit_store_link_version_async (PursuitStore        *self,
                                  gint64               job_id,
                                  gint64               version_id,
                                  gboolean             linked,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = request_new ();
  request->job_id = job_id;
  request->version_id = version_id;
  request->linked = linked;
  run (self, &link_call, request, pursuit_store_link_version_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_link_version_finish (PursuitStore  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_link_version_async, error);
}

/**
 * pursuit_store_send_version_async:
 * @version_id: the version, or 0 for every one the job uses
 * @sent_on: (nullable): "YYYY-MM-DD"; %NULL for the job's date applied
 *
 * Records what the job was sent, exactly, with its hash.
 */
void
pursuit_store_send_version_async (PursuitStore        *self,
                                  gint64               job_id,
                                  gint64               version_id,
                                  const char          *sent_on,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = request_new ();
  request->job_id = job_id;
  request->version_id = version_id;
  request->text = g_strdup (sent_on);
  run (self, &send_call, request, pursuit_store_send_version_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_send_version_finish (PursuitStore  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_send_version_async, error);
}

/* Prep notes */

static gboolean
add_note_work (PursuitRepository  *repository,
               gpointer            data,
               gpointer           *result,
               GError            **error)
{
  Request *request = data;

  if (!pursuit_repository_insert_note (repository, request->note, pursuit_store_now (), error))
    return FALSE;

  *result = g_object_ref (request->note);
  return TRUE;
}

static gboolean
save_note_work (PursuitRepository  *repository,
                gpointer            data,
                gpointer           *result,
                GError            **error)
{
  Request *request = data;

  return pursuit_repository_update_note (repository, request->note, pursuit_store_now (), error);
}

static gboolean
delete_note_work (PursuitRepository  *repository,
                  gpointer            data,
                  gpointer           *result,
                  GError            **error)
{
  Request *request = data;

  return pursuit_repository_delete_note (repository, request->note->id, error);
}

/* The note's list, and the job's search: a job is found by its notes. */
static void
notes_changed_apply (PursuitStore *store,
                     gpointer      data,
                     gpointer      result)
{
  Request *request = data;
  PursuitPrepNote *note = result != NULL ? result : request->note;

  pursuit_store_reload_job_models (store, PURSUIT_JOB_MODEL_NOTES, note->job_id);
  if (note->job_id == 0)
    pursuit_store_reload_job_models (store, PURSUIT_JOB_MODEL_NOTES, 0);
}

static const PursuitStoreCall add_note_call = { add_note_work, notes_changed_apply, g_object_unref };
static const PursuitStoreCall save_note_call = { save_note_work, notes_changed_apply, NULL };
static const PursuitStoreCall delete_note_call = { delete_note_work, notes_changed_apply, NULL };

void
pursuit_store_add_note_async (PursuitStore        *self,
                              PursuitPrepNote     *draft,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_PREP_NOTE (draft));

  request = request_new ();
  request->note = pursuit_prep_note_copy (draft);
  run (self, &add_note_call, request, pursuit_store_add_note_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_add_note_finish:
 *
 * Returns: (transfer full): the saved note, with its id
 */
PursuitPrepNote *
pursuit_store_add_note_finish (PursuitStore  *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_add_note_async, error);
}

/* Saves a note's title and body. */
void
pursuit_store_save_note_async (PursuitStore        *self,
                               PursuitPrepNote     *draft,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_PREP_NOTE (draft));

  request = request_new ();
  request->note = pursuit_prep_note_copy (draft);
  run (self, &save_note_call, request, pursuit_store_save_note_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_save_note_finish (PursuitStore  *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_save_note_async, error);
}

void
pursuit_store_delete_note_async (PursuitStore        *self,
                                 PursuitPrepNote     *note,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_PREP_NOTE (note));

  request = request_new ();
  request->note = pursuit_prep_note_copy (note);
  run (self, &delete_note_call, request, pursuit_store_delete_note_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_delete_note_finish (PursuitStore  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_delete_note_async, error);
}

/* Portal logins */

typedef struct
{
  PursuitPortalLogin *login;
  GPtrArray *company_logins;
} FoundLogin;

static void
found_login_free (FoundLogin *found)
{
  g_clear_object (&found->login);
  g_clear_pointer (&found->company_logins, g_ptr_array_unref);
  g_free (found);
}

static gboolean
find_login_work (PursuitRepository  *repository,
                 gpointer            data,
                 gpointer           *result,
                 GError            **error)
{
  Request *request = data;
  g_autoptr(GError) local_error = NULL;
  FoundLogin *found = g_new0 (FoundLogin, 1);

  found->login = pursuit_repository_find_job_login (repository, request->job_id, &local_error);
  if (local_error == NULL)
    found->company_logins = pursuit_repository_list_logins (repository, request->text, &local_error);

  if (local_error != NULL)
    {
      found_login_free (found);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  *result = found;
  return TRUE;
}

static const PursuitStoreCall find_login_call = { find_login_work, NULL, (GDestroyNotify) found_login_free };

/**
 * pursuit_store_find_job_login_async:
 * @company: the job's company, whose other logins may be shared
 */
void
pursuit_store_find_job_login_async (PursuitStore        *self,
                                    gint64               job_id,
                                    const char          *company,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (company != NULL);

  request = request_new ();
  request->job_id = job_id;
  request->text = g_strdup (company);
  run (self, &find_login_call, request, pursuit_store_find_job_login_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_find_job_login_finish:
 * @login: (out) (transfer full) (nullable): the job's login, %NULL if none
 *
 * Returns: (transfer full) (element-type PursuitPortalLogin): the logins
 *   of the job's company, which it could share; %NULL on failure
 */
GPtrArray *
pursuit_store_find_job_login_finish (PursuitStore        *self,
                                     GAsyncResult        *result,
                                     PursuitPortalLogin **login,
                                     GError             **error)
{
  FoundLogin *found = pursuit_store_run_finish (self, result, pursuit_store_find_job_login_async, error);
  GPtrArray *company_logins;

  if (found == NULL)
    return NULL;

  if (login != NULL)
    *login = g_steal_pointer (&found->login);
  company_logins = g_steal_pointer (&found->company_logins);
  found_login_free (found);
  return company_logins;
}

static gboolean
save_login_work (PursuitRepository  *repository,
                 gpointer            data,
                 gpointer           *result,
                 GError            **error)
{
  Request *request = data;

  if (!pursuit_repository_save_job_login (repository, request->job_id, request->login, pursuit_store_now (), error))
    return FALSE;

  *result = g_object_ref (request->login);
  return TRUE;
}

static gboolean
remove_login_work (PursuitRepository  *repository,
                   gpointer            data,
                   gpointer           *result,
                   GError            **error)
{
  Request *request = data;

  return pursuit_repository_remove_job_login (repository, request->job_id, error);
}

static gboolean
list_uuids_work (PursuitRepository  *repository,
                 gpointer            data,
                 gpointer           *result,
                 GError            **error)
{
  *result = pursuit_repository_list_login_uuids (repository, error);
  return *result != NULL;
}

static const PursuitStoreCall save_login_call = { save_login_work, NULL, g_object_unref };
static const PursuitStoreCall remove_login_call = { remove_login_work, NULL, NULL };
static const PursuitStoreCall list_uuids_call = { list_uuids_work, NULL, (GDestroyNotify) g_ptr_array_unref };

/**
 * pursuit_store_save_job_login_async:
 * @draft: a new login, or one saved before (the job's, or another job's of
 *   the company to share); copied
 */
void
pursuit_store_save_job_login_async (PursuitStore        *self,
                                    gint64               job_id,
                                    PursuitPortalLogin  *draft,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (PURSUIT_IS_PORTAL_LOGIN (draft));

  request = request_new ();
  request->job_id = job_id;
  request->login = pursuit_portal_login_copy (draft);
  run (self, &save_login_call, request, pursuit_store_save_job_login_async, cancellable, callback, user_data);
}

/**
 * pursuit_store_save_job_login_finish:
 *
 * Returns: (transfer full): the saved login, with its id and UUID
 */
PursuitPortalLogin *
pursuit_store_save_job_login_finish (PursuitStore  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_save_job_login_async, error);
}

void
pursuit_store_remove_job_login_async (PursuitStore        *self,
                                      gint64               job_id,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  Request *request;

  g_return_if_fail (PURSUIT_IS_STORE (self));

  request = request_new ();
  request->job_id = job_id;
  run (self, &remove_login_call, request, pursuit_store_remove_job_login_async, cancellable, callback, user_data);
}

gboolean
pursuit_store_remove_job_login_finish (PursuitStore  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return pursuit_store_run_finish_boolean (self, result, pursuit_store_remove_job_login_async, error);
}

void
pursuit_store_list_login_uuids_async (PursuitStore        *self,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_STORE (self));

  run (self, &list_uuids_call, request_new (), pursuit_store_list_login_uuids_async, cancellable, callback,
       user_data);
}

/**
 * pursuit_store_list_login_uuids_finish:
 *
 * Returns: (transfer full) (element-type utf8): every login's UUID
 */
GPtrArray *
pursuit_store_list_login_uuids_finish (PursuitStore  *self,
                                       GAsyncResult  *result,
                                       GError       **error)
{
  return pursuit_store_run_finish (self, result, pursuit_store_list_login_uuids_async, error);
}
