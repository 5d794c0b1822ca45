/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-background.h"

/* Running with no window, asked of the desktop: the Background portal
 * (org.freedesktop.portal.Background), called over GDBus. In a Flatpak
 * the portal is how an app without a window is allowed to live on and
 * how it starts at login; the user may be asked, and may say no. */

#define PORTAL_BUS_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_BACKGROUND "org.freedesktop.portal.Background"
#define PORTAL_REQUEST "org.freedesktop.portal.Request"

/* Response codes of org.freedesktop.portal.Request::Response. */
#define PORTAL_RESPONSE_SUCCESS 0

typedef struct
{
  GDBusConnection *connection;
  guint response_id;
  char *handle;
} Request;

static void
request_free (Request *request)
{
  if (request->response_id != 0)
    g_dbus_connection_signal_unsubscribe (request->connection, request->response_id);
  g_clear_object (&request->connection);
  g_free (request->handle);
  g_free (request);
}

/**
 * pursuit_background_portal_expected:
 *
 * Whether Pursuit runs in a Flatpak sandbox, where the Background portal
 * decides whether an app may run without a window. Outside one, nothing
 * needs asking; PURSUIT_USE_PORTAL=1 asks all the same (as GTK_USE_PORTAL
 * does for GTK's dialogs), to try a portal outside a sandbox.
 */
gboolean
pursuit_background_portal_expected (void)
{
  return g_strcmp0 (g_getenv ("PURSUIT_USE_PORTAL"), "1") == 0 || g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

static void
on_response (GDBusConnection *connection,
             const char      *sender,
             const char      *object_path,
             const char      *interface_name,
             const char      *signal_name,
             GVariant        *parameters,
             gpointer         user_data)
{
  GTask *task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GVariant) results = NULL;
  gboolean background = FALSE;
  gboolean autostart = FALSE;
  guint32 response;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ua{sv})")))
    return;

  /* Once: the task may go now. */
  g_dbus_connection_signal_unsubscribe (request->connection, request->response_id);
  request->response_id = 0;

  g_variant_get (parameters, "(u@a{sv})", &response, &results);
  if (response == PORTAL_RESPONSE_SUCCESS)
    {
      g_variant_lookup (results, "background", "b", &background);
      g_variant_lookup (results, "autostart", "b", &autostart);
    }

  g_task_return_int (task, (background ? 1 : 0) | (autostart ? 2 : 0));
  g_object_unref (task);
}

static void
on_called (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GTask *task = user_data;
  Request *request = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);

  if (reply != NULL)
    {
      const char *handle = NULL;

      /* An older portal answers on a path of its own choosing. */
      g_variant_get (reply, "(&o)", &handle);
      if (g_strcmp0 (handle, request->handle) != 0)
        {
          g_dbus_connection_signal_unsubscribe (request->connection, request->response_id);
          g_free (request->handle);
          request->handle = g_strdup (handle);
          request->response_id = g_dbus_connection_signal_subscribe (request->connection, PORTAL_BUS_NAME,
                                                                     PORTAL_REQUEST, "Response", handle,
                                                                     NULL, G_DBUS_SIGNAL_FLAGS_NO_MATCH_RULE,
                                                                     on_response, task, NULL);
        }
      /* The answer comes as the Response signal. */
      return;
    }

  g_task_return_error (task, g_steal_pointer (&error));
  g_object_unref (task);
}

/**
 * pursuit_background_request_async:
 * @connection: the session bus
 * @reason: why, in the user's language: the portal may show it
 * @autostart: whether to start at login too
 *
 * Asks the Background portal to let Pursuit run without a window. Fails
 * with a #G_DBUS_ERROR when there is no portal.
 */
void
pursuit_background_request_async (GDBusConnection     *connection,
                                  const char          *reason,
                                  gboolean             autostart,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *sender = NULL;
  g_autofree char *token = NULL;
  Request *request;
  GVariantBuilder options;
  const char *commandline[] = { "pursuit", "--background", NULL };

  g_return_if_fail (G_IS_DBUS_CONNECTION (connection));
  g_return_if_fail (reason != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_background_request_async);
  request = g_new0 (Request, 1);
  request->connection = g_object_ref (connection);
  g_task_set_task_data (task, request, (GDestroyNotify) request_free);

  /* The portal answers on a path made of our name and a token of ours:
   * listening there before asking, no answer is missed. */
  sender = g_strdup (g_dbus_connection_get_unique_name (connection) + 1);
  g_strdelimit (sender, ".", '_');
  token = g_strdup_printf ("pursuit%u", g_random_int ());
  request->handle = g_strdup_printf (PORTAL_OBJECT_PATH "/request/%s/%s", sender, token);
  request->response_id = g_dbus_connection_signal_subscribe (connection, PORTAL_BUS_NAME, PORTAL_REQUEST,
                                                             "Response", request->handle, NULL,
                                                             G_DBUS_SIGNAL_FLAGS_NO_MATCH_RULE,
                                                             on_response, task, NULL);

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  g_variant_builder_add (&options, "{sv}", "reason", g_variant_new_string (reason));
  g_variant_builder_add (&options, "{sv}", "autostart", g_variant_new_boolean (autostart));
  g_variant_builder_add (&options, "{sv}", "commandline", g_variant_new_strv (commandline, -1));
  g_variant_builder_add (&options, "{sv}", "dbus-activatable", g_variant_new_boolean (FALSE));

  g_dbus_connection_call (connection, PORTAL_BUS_NAME, PORTAL_OBJECT_PATH, PORTAL_BACKGROUND,
                          "RequestBackground", g_variant_new ("(sa{sv})", "", &options),
                          G_VARIANT_TYPE ("(o)"), G_DBUS_CALL_FLAGS_NONE, -1, cancellable,
                          on_called, g_object_ref (task));
}

/**
 * pursuit_background_request_finish:
 * @autostart: (out) (optional): whether Pursuit will start at login
 *
 * Returns: whether Pursuit may run without a window; %FALSE with @error
 *   unset when the user said no
 */
gboolean
pursuit_background_request_finish (GAsyncResult  *result,
                                   gboolean      *autostart,
                                   GError       **error)
{
  gssize answer;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  answer = g_task_propagate_int (G_TASK (result), error);
  if (autostart != NULL)
    *autostart = answer > 0 && (answer & 2) != 0;
  return answer > 0 && (answer & 1) != 0;
}
