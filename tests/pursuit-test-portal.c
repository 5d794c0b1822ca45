/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-test-portal.h"
#include "pursuit-test-utils.h"

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
  PursuitTestPortal *portal = user_data;
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
      g_variant_builder_add (&results, "{sv}", "autostart",
                             g_variant_new_boolean (portal->autostart && !portal->refuse_autostart));
    }
  g_dbus_connection_emit_signal (connection, sender, handle, "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(ua{sv})", portal->response, &results), &error);
  g_assert_no_error (error);
  g_dbus_connection_flush_sync (connection, NULL, &error);
  g_assert_no_error (error);
}

static const GDBusInterfaceVTable fake_portal_vtable = { fake_portal_call, NULL, NULL, { NULL } };

static void
on_name_acquired (GDBusConnection *connection,
                  const char      *name,
                  gpointer         user_data)
{
  ((PursuitTestPortal *) user_data)->owned = TRUE;
}

static gboolean
is_owned (gpointer data)
{
  return ((PursuitTestPortal *) data)->owned;
}

GDBusConnection *
pursuit_test_new_session_connection (void)
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

void
pursuit_test_portal_start (PursuitTestPortal *portal,
                           guint32            response)
{
  g_autoptr(GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (portal_xml, NULL);
  g_autoptr(GError) error = NULL;

  portal->response = response;
  portal->connection = pursuit_test_new_session_connection ();
  portal->registration = g_dbus_connection_register_object (portal->connection, PORTAL_PATH, node->interfaces[0],
                                                            &fake_portal_vtable, portal, NULL, &error);
  g_assert_no_error (error);
  portal->owner = g_bus_own_name_on_connection (portal->connection, PORTAL_NAME, G_BUS_NAME_OWNER_FLAGS_NONE,
                                                on_name_acquired, NULL, portal, NULL);
  pursuit_test_wait_until (is_owned, portal, "the fake portal's name");
}

void
pursuit_test_portal_stop (PursuitTestPortal *portal)
{
  g_bus_unown_name (portal->owner);
  g_dbus_connection_unregister_object (portal->connection, portal->registration);
  g_dbus_connection_close_sync (portal->connection, NULL, NULL);
  g_clear_object (&portal->connection);
  g_clear_pointer (&portal->reason, g_free);
  g_clear_pointer (&portal->commandline, g_strfreev);
}

