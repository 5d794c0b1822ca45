/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "pursuit-repository.h"
#include "pursuit-search-provider.h"

/* Jobs in GNOME Shell's search (org.gnome.Shell.SearchProvider2).
 *
 * The Shell asks on every key typed in the Activities overview, and may
 * start Pursuit only for this (D-Bus activation, no window): the answer
 * must not wait for the window's store to open, nor hold up the window's
 * main loop. So the searches run on a thread of their own, on a
 * connection of their own to the same file, with the search the Jobs view
 * uses (pursuit_repository_search_jobs_ranked()). Jobs in the trash are
 * never results; archived jobs are, after the others, since someone
 * looking for a company may be looking for an application they archived. */

#define SEARCH_PROVIDER_INTERFACE "org.gnome.Shell.SearchProvider2"

/* The Shell shows a handful of results per provider. */
#define SEARCH_LIMIT 20

static const char introspection_xml[] =
  "<node>"
  "  <interface name='" SEARCH_PROVIDER_INTERFACE "'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

struct _PursuitSearchProvider
{
  GObject parent_instance;

  GApplication *application;     /* weak: the application owns this object */
  char *path;

  GMutex lock;                   /* the repository is used by one thread at a time */
  PursuitRepository *repository; /* opened on first use */
  dev_t device;                  /* the file it has open */
  ino_t inode;

  GDBusConnection *connection;
  guint registration_id;
};

G_DEFINE_FINAL_TYPE (PursuitSearchProvider, pursuit_search_provider, G_TYPE_OBJECT)

typedef enum
{
  REQUEST_SEARCH,
  REQUEST_METAS,
} RequestKind;

typedef struct
{
  RequestKind kind;
  char **terms;      /* REQUEST_SEARCH */
  char **previous;   /* REQUEST_SEARCH: NULL, or the results to narrow */
  char **ids;        /* REQUEST_METAS */
} Request;

static void
request_free (Request *request)
{
  g_strfreev (request->terms);
  g_strfreev (request->previous);
  g_strfreev (request->ids);
  g_free (request);
}

/* Runs on the worker thread, with the lock held. A file that does not
 * exist yet has no jobs: searching is no reason to create it. A file put
 * in its place (Restore, pursuit-cli restore) is opened anew: the old
 * connection would go on reading the file set aside. */
static PursuitRepository *
get_repository (PursuitSearchProvider  *self,
                GError                **error)
{
  GStatBuf info;

  if (g_stat (self->path, &info) != 0)
    {
      g_clear_object (&self->repository);
      return NULL;
    }

  if (self->repository != NULL && (info.st_dev != self->device || info.st_ino != self->inode))
    g_clear_object (&self->repository);
  if (self->repository == NULL)
    {
      self->repository = pursuit_repository_open (self->path, error);
      self->device = info.st_dev;
      self->inode = info.st_ino;
    }

  return self->repository;
}

static gint64
parse_id (const char *text)
{
  guint64 id;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &id, NULL))
    return 0;
  return (gint64) id;
}

static GVariant *
run_search (PursuitRepository  *repository,
            Request            *request,
            GError            **error)
{
  g_autoptr(GVariantBuilder) results = g_variant_builder_new (G_VARIANT_TYPE ("as"));
  g_autoptr(GArray) ids = NULL;
  g_autofree char *query = g_strjoinv (" ", request->terms);
  /* Earlier results shorter than the limit were every match: a longer
   * query can only narrow them. Cut at the limit, they may have left out
   * what the longer query finds first, so it searches afresh. */
  gboolean narrow = request->previous != NULL && g_strv_length (request->previous) < SEARCH_LIMIT;

  if (repository == NULL)
    return g_variant_new ("(as)", results);

  ids = pursuit_repository_search_jobs_ranked (repository, query, SEARCH_LIMIT, error);
  if (ids == NULL)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (ids, gint64, i));

      if (!narrow || g_strv_contains ((const char * const *) request->previous, id))
        g_variant_builder_add (results, "s", id);
    }

  return g_variant_new ("(as)", results);
}

static GVariant *
describe_job (PursuitJob *job)
{
  g_autoptr(GVariantDict) meta = g_variant_dict_new (NULL);
  PursuitStage *stage = pursuit_job_get_stage (job);
  const char *stage_name = stage != NULL ? pursuit_stage_get_name (stage) : "";
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GIcon) icon = g_themed_icon_new (APPLICATION_ID);
  g_autofree char *icon_name = g_icon_to_string (icon);

  /* Translators: a job title and a company, as a search result in the Activities overview */
  name = g_strdup_printf (_("%s — %s"), pursuit_job_get_title (job), pursuit_job_get_company (job));
  if (pursuit_job_get_archived (job))
    /* Translators: a search result's description; %s is a stage such as “Applied” */
    description = g_strdup_printf (_("%s, archived"), stage_name);
  else
    description = g_strdup (stage_name);

  g_variant_dict_insert (meta, "id", "s", id);
  g_variant_dict_insert (meta, "name", "s", name);
  g_variant_dict_insert (meta, "description", "s", description);
  g_variant_dict_insert (meta, "gicon", "s", icon_name);
  return g_variant_dict_end (meta);
}

/* The metas in the order asked, unknown ids left out. */
static GVariant *
run_metas (PursuitRepository  *repository,
           Request            *request,
           GError            **error)
{
  g_autoptr(GVariantBuilder) metas = g_variant_builder_new (G_VARIANT_TYPE ("aa{sv}"));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) jobs = NULL;

  for (guint i = 0; request->ids[i] != NULL; i++)
    {
      gint64 id = parse_id (request->ids[i]);

      if (id > 0)
        g_array_append_val (ids, id);
    }

  if (repository == NULL)
    return g_variant_new ("(aa{sv})", metas);
  jobs = pursuit_repository_find_jobs (repository, ids, error);
  if (jobs == NULL)
    return NULL;
  /* The Shell asks for the few results it shows: no need for an index. */
  for (guint i = 0; i < ids->len; i++)
    {
      for (guint j = 0; j < jobs->len; j++)
        {
          PursuitJob *job = g_ptr_array_index (jobs, j);

          if (pursuit_job_get_id (job) == g_array_index (ids, gint64, i))
            {
              g_variant_builder_add_value (metas, describe_job (job));
              break;
            }
        }
    }

  return g_variant_new ("(aa{sv})", metas);
}

static void
run_request (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PursuitSearchProvider *self = source_object;
  Request *request = task_data;
  g_autoptr(GError) error = NULL;
  PursuitRepository *repository;
  GVariant *answer = NULL;

  g_mutex_lock (&self->lock);
  repository = get_repository (self, &error);
  if (error == NULL)
    {
      if (request->kind == REQUEST_SEARCH)
        answer = run_search (repository, request, &error);
      else
        answer = run_metas (repository, request, &error);
    }
  g_mutex_unlock (&self->lock);

  if (answer == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_variant_ref_sink (answer), (GDestroyNotify) g_variant_unref);
}

static void
on_request_done (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PursuitSearchProvider *self = PURSUIT_SEARCH_PROVIDER (source);
  GDBusMethodInvocation *invocation = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) answer = g_task_propagate_pointer (G_TASK (result), &error);

  if (answer != NULL)
    g_dbus_method_invocation_return_value (invocation, answer);
  else
    {
      g_message ("Could not search the jobs for the Shell: %s", error->message);
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_FAILED,
                                             "%s", error->message);
    }

  if (self->application != NULL)
    g_application_release (self->application);
}

/* The application stays up until the answer is sent: started by the Shell
 * for a search, it would otherwise quit as soon as it is idle. */
static void
start_request (PursuitSearchProvider *self,
               Request               *request,
               GDBusMethodInvocation *invocation)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, on_request_done, invocation);

  g_task_set_task_data (task, request, (GDestroyNotify) request_free);
  if (self->application != NULL)
    g_application_hold (self->application);
  g_task_run_in_thread (task, run_request);
}

/* The window the action brought up comes to the front with the Shell's
 * timestamp: on X11 one without it may be kept behind. */
static void
activate_app_action (PursuitSearchProvider *self,
                     const char            *name,
                     GVariant              *parameter,
                     guint32                timestamp)
{
  g_autoptr(GVariant) owned = parameter != NULL ? g_variant_ref_sink (parameter) : NULL;
  GtkWindow *window;

  if (self->application == NULL || !g_action_group_has_action (G_ACTION_GROUP (self->application), name))
    return;
  g_action_group_activate_action (G_ACTION_GROUP (self->application), name, owned);

  if (GTK_IS_APPLICATION (self->application) &&
      (window = gtk_application_get_active_window (GTK_APPLICATION (self->application))) != NULL)
    gtk_window_present_with_time (window, timestamp);
}

static void
handle_method_call (GDBusConnection       *connection,
                    const char            *sender,
                    const char            *object_path,
                    const char            *interface_name,
                    const char            *method_name,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               user_data)
{
  PursuitSearchProvider *self = user_data;
  Request *request;

  if (g_str_equal (method_name, "GetInitialResultSet"))
    {
      request = g_new0 (Request, 1);
      request->kind = REQUEST_SEARCH;
      g_variant_get (parameters, "(^as)", &request->terms);
      start_request (self, request, invocation);
    }
  else if (g_str_equal (method_name, "GetSubsearchResultSet"))
    {
      request = g_new0 (Request, 1);
      request->kind = REQUEST_SEARCH;
      g_variant_get (parameters, "(^as^as)", &request->previous, &request->terms);
      start_request (self, request, invocation);
    }
  else if (g_str_equal (method_name, "GetResultMetas"))
    {
      request = g_new0 (Request, 1);
      request->kind = REQUEST_METAS;
      g_variant_get (parameters, "(^as)", &request->ids);
      start_request (self, request, invocation);
    }
  else if (g_str_equal (method_name, "ActivateResult"))
    {
      const char *identifier = NULL;
      guint32 timestamp = 0;
      gint64 id;

      g_variant_get (parameters, "(&s@asu)", &identifier, NULL, &timestamp);
      id = parse_id (identifier);
      if (id <= 0)
        {
          g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS,
                                                 "Not a job's id: “%s”", identifier);
          return;
        }
      activate_app_action (self, "open-job", g_variant_new_int64 (id), timestamp);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "LaunchSearch"))
    {
      g_auto(GStrv) terms = NULL;
      g_autofree char *text = NULL;
      guint32 timestamp = 0;

      g_variant_get (parameters, "(^asu)", &terms, &timestamp);
      text = g_strjoinv (" ", terms);
      activate_app_action (self, "search-jobs", g_variant_new_string (text), timestamp);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "No method %s", method_name);
}

static const GDBusInterfaceVTable vtable = {
  handle_method_call,
  NULL,
  NULL,
  { NULL },
};

/**
 * pursuit_search_provider_register:
 * @object_path: where the provider's .ini file says it is
 *
 * Answers the Shell's searches on @connection from now on.
 */
gboolean
pursuit_search_provider_register (PursuitSearchProvider  *self,
                                  GDBusConnection        *connection,
                                  const char             *object_path,
                                  GError                **error)
{
  static GDBusNodeInfo *node;

  g_return_val_if_fail (PURSUIT_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), FALSE);
  g_return_val_if_fail (self->registration_id == 0, FALSE);

  if (g_once_init_enter (&node))
    g_once_init_leave (&node, g_dbus_node_info_new_for_xml (introspection_xml, NULL));

  self->registration_id = g_dbus_connection_register_object (connection, object_path, node->interfaces[0],
                                                             &vtable, self, NULL, error);
  if (self->registration_id == 0)
    return FALSE;

  self->connection = g_object_ref (connection);
  return TRUE;
}

void
pursuit_search_provider_unregister (PursuitSearchProvider *self)
{
  g_return_if_fail (PURSUIT_IS_SEARCH_PROVIDER (self));

  if (self->registration_id != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration_id);
  self->registration_id = 0;
  g_clear_object (&self->connection);
}

static void
pursuit_search_provider_dispose (GObject *object)
{
  PursuitSearchProvider *self = PURSUIT_SEARCH_PROVIDER (object);

  pursuit_search_provider_unregister (self);
  if (self->application != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->application), (gpointer *) &self->application);
  self->application = NULL;

  G_OBJECT_CLASS (pursuit_search_provider_parent_class)->dispose (object);
}

static void
pursuit_search_provider_finalize (GObject *object)
{
  PursuitSearchProvider *self = PURSUIT_SEARCH_PROVIDER (object);

  g_clear_object (&self->repository);
  g_mutex_clear (&self->lock);
  g_free (self->path);

  G_OBJECT_CLASS (pursuit_search_provider_parent_class)->finalize (object);
}

static void
pursuit_search_provider_class_init (PursuitSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_search_provider_dispose;
  object_class->finalize = pursuit_search_provider_finalize;
}

static void
pursuit_search_provider_init (PursuitSearchProvider *self)
{
  g_mutex_init (&self->lock);
}

/**
 * pursuit_search_provider_new:
 * @application: (nullable): whose actions open a job ("open-job") or a
 *   search ("search-jobs"), and which is held while a search runs
 * @database_path: the file the app's store reads
 */
PursuitSearchProvider *
pursuit_search_provider_new (GApplication *application,
                             const char   *database_path)
{
  PursuitSearchProvider *self;

  g_return_val_if_fail (application == NULL || G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (database_path != NULL, NULL);

  self = g_object_new (PURSUIT_TYPE_SEARCH_PROVIDER, NULL);
  self->path = g_strdup (database_path);
  self->application = application;
  if (application != NULL)
    g_object_add_weak_pointer (G_OBJECT (application), (gpointer *) &self->application);
  return self;
}
