/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-background.h"
#include "pursuit-test-utils.h"

/* The Background portal, asked as in a Flatpak: a fake
 * org.freedesktop.portal.Desktop on the test's session bus answers as
 * the real one does, with the Response signal on the request's path. */

#define PORTAL_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"

static const char portal_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Background'>"
  "    <method name='RequestBackground'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "  </interface>"
  "</node>";

typedef struct
{
  GDBusConnection *connection;   /* the portal's */
  guint registration;
  guint owner;
  gboolean owned;
  guint32 response;              /* what the user answers: 0 yes, 1 no */
  /* What was asked */
  char *reason;
  gboolean autostart;
  char **commandline;
  guint n_requests;
} FakePortal;

static void
fake_portal_call (GDBusConnection       *connection,
                  const char            *sender,
                  const char            *object_path,
                  const char            *interface_name,
                  const char            *method_name,
                  GVariant              *parameters,
                  GDBusMethodInvocation *invocation,
                  gpointer               user_data)
{
  FakePortal *portal = user_data;
  g_autoptr(GVariant) options = NULL;
  g_autofree char *name = g_strdup (sender + 1);
  const char *token = "t";
  g_autofree char *handle = NULL;
  g_autoptr(GError) error = NULL;
  GVariantBuilder results;

  g_variant_get (parameters, "(&s@a{sv})", NULL, &options);
  g_clear_pointer (&portal->reason, g_free);
  g_clear_pointer (&portal->commandline, g_strfreev);
  g_variant_lookup (options, "reason", "s", &portal->reason);
  g_variant_lookup (options, "autostart", "b", &portal->autostart);
  g_variant_lookup (options, "commandline", "^as", &portal->commandline);
  g_variant_lookup (options, "handle_token", "&s", &token);
  portal->n_requests++;

  g_strdelimit (name, ".", '_');
  handle = g_strdup_printf (PORTAL_PATH "/request/%s/%s", name, token);
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", handle));

  g_variant_builder_init (&results, G_VARIANT_TYPE_VARDICT);
  if (portal->response == 0)
    {
      g_variant_builder_add (&results, "{sv}", "background", g_variant_new_boolean (TRUE));
      g_variant_builder_add (&results, "{sv}", "autostart", g_variant_new_boolean (portal->autostart));
    }
  g_dbus_connection_emit_signal (connection, sender, handle, "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(ua{sv})", portal->response, &results), &error);
  g_assert_no_error (error);
}

static const GDBusInterfaceVTable fake_portal_vtable = { fake_portal_call, NULL, NULL, { NULL } };

static void
on_name_acquired (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  ((FakePortal *) user_data)->owned = TRUE;
}

static gboolean
is_owned (gpointer data)
{
  return ((FakePortal *) data)->owned;
}

static GDBusConnection *
new_session_connection (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  GDBusConnection *connection;

  g_assert_no_error (error);
  connection = g_dbus_connection_new_for_address_sync (address,
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                       G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);
  return connection;
}

static void
fake_portal_start (FakePortal *portal,
                   guint32     response)
{
  g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (portal_xml, NULL);
  g_autoptr(GError) error = NULL;

  portal->response = response;
  portal->connection = new_session_connection ();
  portal->registration = g_dbus_connection_register_object (portal->connection, PORTAL_PATH, node->interfaces[0],
                                                            &fake_portal_vtable, portal, NULL, &error);
  g_assert_no_error (error);
  portal->owner = g_bus_own_name_on_connection (portal->connection, PORTAL_NAME, G_BUS_NAME_OWNER_FLAGS_NONE,
                                                on_name_acquired, NULL, portal, NULL);
  pursuit_test_wait_until (is_owned, portal, "the fake portal's name");
}

static void
fake_portal_stop (FakePortal *portal)
{
  g_bus_unown_name (portal->owner);
  g_dbus_connection_unregister_object (portal->connection, portal->registration);
  g_dbus_connection_close_sync (portal->connection, NULL, NULL);
  g_clear_object (&portal->connection);
  g_clear_pointer (&portal->reason, g_free);
  g_clear_pointer (&portal->commandline, g_strfreev);
}

static gboolean
ask (GDBusConnection *connection,
     gboolean         autostart,
     gboolean        *autostart_granted,
     GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_background_request_async (connection, "To send reminders", autostart, NULL,
                                    pursuit_test_keep_result, &result);
  return pursuit_background_request_finish (pursuit_test_wait_result (&result), autostart_granted, error);
}

/* Allowed: with autostart when asked for, the command that starts Pursuit
 * without a window. */
static void
test_background_allowed (void)
{
  g_autoptr(GDBusConnection) app = new_session_connection ();
  FakePortal portal = { NULL };
  g_autoptr(GError) error = NULL;
  gboolean autostart = FALSE;
  const char *commandline[] = { "pursuit", "--background", NULL };

  fake_portal_start (&portal, 0);

  g_assert_true (ask (app, TRUE, &autostart, &error));
  g_assert_no_error (error);
  g_assert_true (autostart);
  g_assert_cmpstr (portal.reason, ==, "To send reminders");
  g_assert_true (portal.autostart);
  g_assert_nonnull (portal.commandline);
  g_assert_true (g_strv_equal ((const char * const *) portal.commandline, commandline));

  /* Without autostart: still allowed, no autostart. */
  g_assert_true (ask (app, FALSE, &autostart, &error));
  g_assert_no_error (error);
  g_assert_false (autostart);
  g_assert_false (portal.autostart);
  g_assert_cmpuint (portal.n_requests, ==, 2);

  fake_portal_stop (&portal);
}

/* The user said no: FALSE, and no error. */
static void
test_background_refused (void)
{
  g_autoptr(GDBusConnection) app = new_session_connection ();
  FakePortal portal = { NULL };
  g_autoptr(GError) error = NULL;
  gboolean autostart = TRUE;

  fake_portal_start (&portal, 1);
  g_assert_false (ask (app, TRUE, &autostart, &error));
  g_assert_no_error (error);
  g_assert_false (autostart);
  fake_portal_stop (&portal);
}

/* No portal on the bus: an error, which the app takes as nothing to ask. */
static void
test_background_no_portal (void)
{
  g_autoptr(GDBusConnection) app = new_session_connection ();
  g_autoptr(GVariant) activatable = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree const char **names = NULL;

  activatable = g_dbus_connection_call_sync (app, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                             "org.freedesktop.DBus", "ListActivatableNames", NULL,
                                             G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (activatable, "(^a&s)", &names);
  if (g_strv_contains (names, PORTAL_NAME))
    {
      g_test_skip ("a real portal can be started on this bus");
      return;
    }

  g_assert_false (ask (app, FALSE, NULL, &error));
  g_assert_error (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN);
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_print ("1..0 # SKIP no session bus: run under dbus-run-session\n");
      return 0;
    }
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/background/allowed", test_background_allowed);
  g_test_add_func ("/background/refused", test_background_refused);
  g_test_add_func ("/background/no-portal", test_background_no_portal);

  return g_test_run ();
}
