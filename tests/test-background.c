/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-background.h"
#include "pursuit-test-portal.h"
#include "pursuit-test-utils.h"

/* The Background portal, asked as in a Flatpak: a fake
 * org.freedesktop.portal.Desktop on the test's session bus answers as
 * the real one does, with the Response signal on the request's path. */

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
  g_autoptr(GDBusConnection) app = pursuit_test_new_session_connection ();
  PursuitTestPortal portal = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean autostart = FALSE;
  const char *commandline[] = { "pursuit", "--background", NULL };

  pursuit_test_portal_start (&portal, 0);

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

  pursuit_test_portal_stop (&portal);
}

/* The user said no: FALSE, and no error. */
static void
test_background_refused (void)
{
  g_autoptr(GDBusConnection) app = pursuit_test_new_session_connection ();
  PursuitTestPortal portal = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean autostart = TRUE;

  pursuit_test_portal_start (&portal, 1);
  g_assert_false (ask (app, TRUE, &autostart, &error));
  g_assert_no_error (error);
  g_assert_false (autostart);
  pursuit_test_portal_stop (&portal);
}

/* No portal on the bus: an error, which the app takes as nothing to ask. */
static void
test_background_no_portal (void)
{
  g_autoptr(GDBusConnection) app = pursuit_test_new_session_connection ();
  g_autoptr(GVariant) activatable = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree const char **names = NULL;

  activatable = g_dbus_connection_call_sync (app, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                             "org.freedesktop.DBus", "ListActivatableNames", NULL,
                                             G_VARIANT_TYPE ("(as)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (activatable, "(^a&s)", &names);
  if (g_strv_contains (names, "org.freedesktop.portal.Desktop"))
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
