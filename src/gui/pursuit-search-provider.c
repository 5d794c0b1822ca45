/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gtk/gtk.h>

#include "pursuit-search-provider.h"
#include "pursuit-store.h"

/* Jobs in GNOME Shell's search (org.gnome.Shell.SearchProvider2).
 *
 * The Shell asks on every key typed in the Activities overview, and may
 * start Pursuit only for this (D-Bus activation, no window): the answer
 * must not wait for the store to open, nor behind its first reading of
 * every job. So the provider asks the store for reads it runs beside its
 * other work (pursuit_store_search_jobs_ranked_async(),
 * pursuit_store_read_jobs_async()), with the search the Jobs view uses.
 * Jobs in the trash are never results; archived jobs are, after the
 * others, since someone looking for a company may be looking for an
 * application they archived. */

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
  PursuitStore *store;           /* the application's, from its startup */

  GDBusConnection *connection;
  guint registration_id;
};

G_DEFINE_FINAL_TYPE (PursuitSearchProvider, pursuit_search_provider, G_TYPE_OBJECT)

/* One method call the store answers. */
typedef struct
{
  PursuitSearchProvider *provider;
  GDBusMethodInvocation *invocation;
  char **previous;   /* GetSubsearchResultSet: the results to narrow */
  GArray *ids;       /* GetResultMetas: the ids asked for, in their order */
} Request;

static Request *
request_new (PursuitSearchProvider *self,
             GDBusMethodInvocation *invocation)
{
  Request *request = g_new0 (Request, 1);

  /* The application stays up until the answer is sent: started by the
   * Shell for a search, it would otherwise quit as soon as it is idle. */
  request->provider = g_object_ref (self);
  request->invocation = invocation;
  if (self->application != NULL)
    g_application_hold (self->application);
  return request;
}

/* Sends @answer (or @error) and frees @request. */
static void
request_done (Request  *request,
              GVariant *answer,
              GError   *error)
{
  PursuitSearchProvider *self = request->provider;

  if (answer != NULL)
    g_dbus_method_invocation_return_value (request->invocation, answer);
  else
    {
      g_message ("Could not search the jobs for the Shell: %s", error->message);
      g_dbus_method_invocation_return_error (request->invocation, G_DBUS_ERROR, G_DBUS_ERROR_FAILED,
                                             "%s", error->message);
    }

  if (self->application != NULL)
    g_application_release (self->application);
  g_object_unref (self);
  g_strfreev (request->previous);
  g_clear_pointer (&request->ids, g_array_unref);
  g_free (request);
}

static gint64
parse_id (const char *text)
{
  guint64 id;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &id, NULL))
    return 0;
  return (gint64) id;
}

static void
on_search_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = pursuit_store_search_jobs_ranked_finish (PURSUIT_STORE (source), result, &error);
  g_autoptr(GVariantBuilder) results = g_variant_builder_new (G_VARIANT_TYPE ("as"));
  /* Earlier results shorter than the limit were every match: a longer
   * query can only narrow them. Cut at the limit, they may have left out
   * what the longer query finds first, so it searches afresh. */
  gboolean narrow = request->previous != NULL && g_strv_length (request->previous) < SEARCH_LIMIT;

  if (ids == NULL)
    {
      request_done (request, NULL, error);
      return;
    }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (ids, gint64, i));

      if (!narrow || g_strv_contains ((const char * const *) request->previous, id))
        g_variant_builder_add (results, "s", id);
    }

  request_done (request, g_variant_new ("(as)", results), NULL);
}

static void
start_search (PursuitSearchProvider *self,
              GDBusMethodInvocation *invocation,
              char                 **terms,
              char                 **previous)
{
  Request *request = request_new (self, invocation);
  g_autofree char *query = g_strjoinv (" ", terms);

  request->previous = previous;
  pursuit_store_search_jobs_ranked_async (self->store, query, SEARCH_LIMIT, NULL, on_search_done, request);
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
static void
on_jobs_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = pursuit_store_read_jobs_finish (PURSUIT_STORE (source), result, &error);
  g_autoptr(GVariantBuilder) metas = g_variant_builder_new (G_VARIANT_TYPE ("aa{sv}"));

  if (jobs == NULL)
    {
      request_done (request, NULL, error);
      return;
    }

  /* The Shell asks for the few results it shows: no need for an index. */
  for (guint i = 0; i < request->ids->len; i++)
    {
      for (guint j = 0; j < jobs->len; j++)
        {
          PursuitJob *job = g_ptr_array_index (jobs, j);

          if (pursuit_job_get_id (job) == g_array_index (request->ids, gint64, i))
            {
              g_variant_builder_add_value (metas, describe_job (job));
              break;
            }
        }
    }

  request_done (request, g_variant_new ("(aa{sv})", metas), NULL);
}

static void
start_metas (PursuitSearchProvider *self,
             GDBusMethodInvocation *invocation,
             char                 **identifiers)
{
  Request *request = request_new (self, invocation);

  request->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; identifiers[i] != NULL; i++)
    {
      gint64 id = parse_id (identifiers[i]);

      if (id > 0)
        g_array_append_val (request->ids, id);
    }

  pursuit_store_read_jobs_async (self->store, request->ids, NULL, on_jobs_read, request);
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
  g_auto(GStrv) terms = NULL;
  g_auto(GStrv) strings = NULL;

  if (self->store == NULL &&
      (g_str_equal (method_name, "GetInitialResultSet") || g_str_equal (method_name, "GetSubsearchResultSet") ||
       g_str_equal (method_name, "GetResultMetas")))
    {
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_FAILED,
                                             "The application has not started");
      return;
    }

  if (g_str_equal (method_name, "GetInitialResultSet"))
    {
      g_variant_get (parameters, "(^as)", &terms);
      start_search (self, invocation, terms, NULL);
    }
  else if (g_str_equal (method_name, "GetSubsearchResultSet"))
    {
      g_variant_get (parameters, "(^as^as)", &strings, &terms);
      start_search (self, invocation, terms, g_steal_pointer (&strings));
    }
  else if (g_str_equal (method_name, "GetResultMetas"))
    {
      g_variant_get (parameters, "(^as)", &strings);
      start_metas (self, invocation, strings);
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

  g_clear_object (&self->store);

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
}

/**
 * pursuit_search_provider_new:
 * @application: (nullable): whose actions open a job ("open-job") or a
 *   search ("search-jobs"), and which is held while a search runs
 *
 * The provider answers searches once it has the store
 * (pursuit_search_provider_set_store()): GApplication registers it on
 * D-Bus before its startup makes the store, and the Shell's calls are
 * taken from the main loop, after both.
 */
PursuitSearchProvider *
pursuit_search_provider_new (GApplication *application)
{
  PursuitSearchProvider *self;

  g_return_val_if_fail (application == NULL || G_IS_APPLICATION (application), NULL);

  self = g_object_new (PURSUIT_TYPE_SEARCH_PROVIDER, NULL);
  self->application = application;
  if (application != NULL)
    g_object_add_weak_pointer (G_OBJECT (application), (gpointer *) &self->application);
  return self;
}

/**
 * pursuit_search_provider_set_store:
 * @store: the application's store, whose reads answer the Shell
 */
void
pursuit_search_provider_set_store (PursuitSearchProvider *self,
                                   PursuitStore          *store)
{
  g_return_if_fail (PURSUIT_IS_SEARCH_PROVIDER (self));
  g_return_if_fail (PURSUIT_IS_STORE (store));

  g_set_object (&self->store, store);
}
