/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libsecret/secret.h>

#include "pursuit-credentials.h"

/* Portal passwords with the real keyring of the test session (build-aux/test
 * starts gnome-keyring, unlocked), and the keyring missing or locked: no
 * session bus, a bus with no Secret Service, a locked collection. The
 * failures run in subprocesses, each with its own bus. */

/* A subprocess's private bus, kept to the end of the process. */
static GTestDBus *test_bus;

typedef struct
{
  GMainLoop *loop;
  GAsyncResult *result;
} Wait;

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

static GAsyncResult *
wait_for (Wait *wait)
{
  g_main_loop_run (wait->loop);
  return wait->result;
}

static void
wait_init (Wait *wait)
{
  wait->loop = g_main_loop_new (NULL, FALSE);
  wait->result = NULL;
}

static void
wait_clear (Wait *wait)
{
  g_clear_object (&wait->result);
  g_clear_pointer (&wait->loop, g_main_loop_unref);
}

static gboolean
store (PursuitCredentials  *credentials,
       const char          *uuid,
       const char          *password,
       GError             **error)
{
  Wait wait;
  gboolean ok;

  wait_init (&wait);
  pursuit_credentials_store_async (credentials, uuid, "https://careers.example.com",
                                   "Pursuit test login", password, NULL, on_done, &wait);
  ok = pursuit_credentials_store_finish (credentials, wait_for (&wait), error);
  wait_clear (&wait);
  return ok;
}

static char *
lookup (PursuitCredentials  *credentials,
        const char          *uuid,
        GError             **error)
{
  Wait wait;
  char *password;

  wait_init (&wait);
  pursuit_credentials_lookup_async (credentials, uuid, NULL, on_done, &wait);
  password = pursuit_credentials_lookup_finish (credentials, wait_for (&wait), error);
  wait_clear (&wait);
  return password;
}

static gboolean
clear (PursuitCredentials  *credentials,
       const char          *uuid,
       GError             **error)
{
  Wait wait;
  gboolean ok;

  wait_init (&wait);
  pursuit_credentials_clear_async (credentials, uuid, NULL, on_done, &wait);
  ok = pursuit_credentials_clear_finish (credentials, wait_for (&wait), error);
  wait_clear (&wait);
  return ok;
}

static int
forget_others (PursuitCredentials  *credentials,
               const char * const  *keep,
               GError             **error)
{
  Wait wait;
  int cleared;

  wait_init (&wait);
  pursuit_credentials_forget_others_async (credentials, keep, NULL, on_done, &wait);
  cleared = pursuit_credentials_forget_others_finish (credentials, wait_for (&wait), error);
  wait_clear (&wait);
  return cleared;
}

/* Whether the session has a keyring to test with; the test is skipped
 * otherwise (it runs in build-aux/test, which starts one). */
static gboolean
have_keyring (void)
{
  g_autoptr(PursuitCredentials) credentials = pursuit_credentials_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *password = lookup (credentials, "00000000-0000-4000-8000-000000000000", &error);

  if (error == NULL)
    return TRUE;

  g_test_skip_printf ("no usable keyring in this session: %s", error->message);
  return FALSE;
}

static void
test_round_trip (void)
{
  g_autoptr(PursuitCredentials) credentials = pursuit_credentials_new ();
  g_autofree char *first = g_uuid_string_random ();
  g_autofree char *second = g_uuid_string_random ();
  g_autoptr(GError) error = NULL;
  char *password;

  if (!have_keyring ())
    return;

  g_assert_true (store (credentials, first, "correct horse", &error));
  g_assert_no_error (error);
  password = lookup (credentials, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (password, ==, "correct horse");
  secret_password_free (password);

  /* Stored again: replaced, not doubled. */
  g_assert_true (store (credentials, first, "battery staple", &error));
  password = lookup (credentials, first, &error);
  g_assert_cmpstr (password, ==, "battery staple");
  secret_password_free (password);

  /* Nothing kept: NULL, and no error. */
  password = lookup (credentials, second, &error);
  g_assert_no_error (error);
  g_assert_null (password);

  g_assert_true (clear (credentials, first, &error));
  g_assert_no_error (error);
  g_assert_null (lookup (credentials, first, &error));
  g_assert_no_error (error);
  /* Clearing what is not there is no failure. */
  g_assert_true (clear (credentials, first, &error));
  g_assert_no_error (error);
}

static void
test_forget_others (void)
{
  g_autoptr(PursuitCredentials) credentials = pursuit_credentials_new ();
  g_autofree char *kept = g_uuid_string_random ();
  g_autofree char *orphan = g_uuid_string_random ();
  const char *keep[] = { kept, NULL };
  const char *keep_none[] = { NULL };
  g_autoptr(GError) error = NULL;
  char *password;

  if (!have_keyring ())
    return;

  /* Other tests' passwords may be there too: start from none. */
  g_assert_cmpint (forget_others (credentials, keep_none, &error), >=, 0);
  g_assert_true (store (credentials, kept, "keep me", &error));
  g_assert_true (store (credentials, orphan, "forget me", &error));
  g_assert_no_error (error);

  g_assert_cmpint (forget_others (credentials, keep, &error), ==, 1);
  g_assert_no_error (error);

  password = lookup (credentials, kept, &error);
  g_assert_cmpstr (password, ==, "keep me");
  secret_password_free (password);
  g_assert_null (lookup (credentials, orphan, &error));
  g_assert_no_error (error);

  g_assert_cmpint (forget_others (credentials, keep_none, &error), ==, 1);
}

/* What the app shows when the keyring cannot be used: the error, in words. */
static void
check_failure (int expected_code)
{
  g_autoptr(PursuitCredentials) credentials = pursuit_credentials_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;

  g_assert_false (store (credentials, "6d0b6d6e-1c1e-4c55-9a31-5e0b9a000001", "secret", &error));
  g_assert_error (error, PURSUIT_SECRETS_ERROR, expected_code);
  g_print ("store: %s\n", error->message);
  g_clear_error (&error);

  password = lookup (credentials, "6d0b6d6e-1c1e-4c55-9a31-5e0b9a000001", &error);
  g_assert_null (password);
  g_assert_error (error, PURSUIT_SECRETS_ERROR, expected_code);
  g_print ("lookup: %s\n", error->message);
}

static void
test_no_bus (void)
{
  if (g_test_subprocess ())
    {
      check_failure (PURSUIT_SECRETS_ERROR_NO_SERVICE);
      return;
    }

  /* A session bus address where nothing listens. */
  g_setenv ("PURSUIT_TEST_SAVED_BUS", g_getenv ("DBUS_SESSION_BUS_ADDRESS") ?: "", TRUE);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pursuit-test-bus", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", g_getenv ("PURSUIT_TEST_SAVED_BUS"), TRUE);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*No keyring is available*");
}

static void
test_no_service (void)
{
  if (g_test_subprocess ())
    {
      /* A private bus with no service directory: nothing can start a
       * Secret Service on it. */
      test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
      g_test_dbus_up (test_bus);
      check_failure (PURSUIT_SECRETS_ERROR_NO_SERVICE);
      /* Not taken down: libsecret holds on to the connection, and
       * GTestDBus's watcher ends the bus when this process ends. */
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*No keyring is available*");
}

static void
lock_default_collection (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SecretService) service = secret_service_get_sync (SECRET_SERVICE_LOAD_COLLECTIONS, NULL, &error);
  g_autoptr(SecretCollection) collection = NULL;
  GList *objects;

  g_assert_no_error (error);
  collection = secret_collection_for_alias_sync (service, SECRET_COLLECTION_DEFAULT, SECRET_COLLECTION_NONE,
                                                 NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (collection);

  objects = g_list_append (NULL, collection);
  secret_service_lock_sync (service, objects, NULL, NULL, &error);
  g_list_free (objects);
  g_assert_no_error (error);
}

/* The daemon goes to the background before it takes its name on the bus:
 * wait until it has (a connection of our own: libsecret's is the shared
 * one, which must be new when it first looks). */
static void
wait_for_name (const char *address,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) connection = NULL;

  connection = g_dbus_connection_new_for_address_sync (address,
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                       G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);

  for (guint attempt = 0; attempt < 200; attempt++)
    {
      g_autoptr(GVariant) reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus",
                                                               "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                                               "NameHasOwner", g_variant_new ("(s)", name),
                                                               G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE,
                                                               -1, NULL, &error);
      gboolean owned = FALSE;

      g_assert_no_error (error);
      g_variant_get (reply, "(b)", &owned);
      if (owned)
        return;
      g_usleep (50 * 1000);
    }
  g_error ("%s never appeared on the test's bus", name);
}

/* A keyring of the test's own, on a private bus with no prompter: unlocked
 * with a password, then locked, so it cannot be unlocked again. */
static void
start_own_keyring (GTestDBus *bus)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("pursuit-keyring-XXXXXX", &error);
  g_autofree char *runtime = g_build_filename (home, "run", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autoptr(GSubprocess) daemon = NULL;
  const char *argv[] = { "gnome-keyring-daemon", "--unlock", "--components=secrets", NULL };

  g_assert_no_error (error);
  g_mkdir_with_parents (runtime, 0700);
  g_mkdir_with_parents (data, 0700);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_RUNTIME_DIR", runtime, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_test_dbus_up (bus);

  /* It reads the password, sets up the login keyring and goes to the
   * background, serving the bus g_test_dbus_up() made. */
  daemon = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (daemon, "test-pass", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (daemon));
  wait_for_name (g_test_dbus_get_bus_address (bus), "org.freedesktop.secrets");
}

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static void
test_locked (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(PursuitCredentials) credentials = pursuit_credentials_new ();
      g_autoptr(GError) error = NULL;

      test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
      start_own_keyring (test_bus);
      /* Stored while unlocked; the lookup below finds it locked. */
      g_assert_true (store (credentials, "6d0b6d6e-1c1e-4c55-9a31-5e0b9a000001", "secret", &error));
      g_assert_no_error (error);
      lock_default_collection ();
      check_failure (PURSUIT_SECRETS_ERROR_LOCKED);
      /* As above: the bus and its keyring end with this process. */
      return;
    }

  if (!have_program ("gnome-keyring-daemon"))
    {
      g_test_skip ("gnome-keyring-daemon is not installed");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*The keyring is locked*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/secrets/round-trip", test_round_trip);
  g_test_add_func ("/secrets/forget-others", test_forget_others);
  g_test_add_func ("/secrets/no-bus", test_no_bus);
  g_test_add_func ("/secrets/no-service", test_no_service);
  g_test_add_func ("/secrets/locked", test_locked);

  return g_test_run ();
}
