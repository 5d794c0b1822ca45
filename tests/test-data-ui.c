/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-data-actions.h"
#include "pursuit-test-widgets.h"

/* The app menu's Export, Back Up… and Restore…: the window has them, and a
 * restore asks first, then replaces the data and the views follow. */

static void
test_actions (PursuitTestWindowFixture *fixture,
              gconstpointer             data)
{
  const char *names[] = { "export-json", "export-csv", "export-calendar", "back-up", "restore" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_true (g_action_group_has_action (G_ACTION_GROUP (fixture->window), names[i]));
      g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (fixture->window), names[i]));
    }
}

static void
back_up (PursuitStore *store,
         const char   *path)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_store_backup_async (store, path, NULL, pursuit_test_keep_result, &result);
  g_assert_true (pursuit_store_backup_finish (store, pursuit_test_wait_result (&result), &error));
  g_assert_no_error (error);
}

static void
close_dialog (GtkWidget **dialog)
{
  if (*dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (*dialog));
  g_assert_null (*dialog);
}

static void
test_restore (PursuitTestWindowFixture *fixture,
              gconstpointer             data)
{
  g_autofree char *backup = pursuit_test_dir_file (fixture->dir, "backup.db");
  g_autoptr(GFile) file = g_file_new_for_path (backup);
  PursuitJob *second;
  GListModel *jobs = pursuit_store_get_jobs (fixture->store);
  GtkWidget *dialog;
  const char *body;

  pursuit_test_add_job (fixture->store, "Acme", "Agent");
  back_up (fixture->store, backup);
  second = pursuit_test_add_job (fixture->store, "Birch", "Lead");
  g_assert_nonnull (second);
  pursuit_test_wait_for_count (jobs, 2, "the second job");

  /* Asked first, with what will happen; Cancel changes nothing. */
  dialog = pursuit_data_restore_dialog_new (GTK_WINDOW (fixture->window), fixture->context, file);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "backup.db"));
  g_assert_nonnull (strstr (body, "copy of the current data is kept"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)), ==, "cancel");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  close_dialog (&dialog);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 2);

  /* Restore: the data goes back to the backup's, the list follows. */
  dialog = pursuit_data_restore_dialog_new (GTK_WINDOW (fixture->window), fixture->context, file);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  close_dialog (&dialog);
  pursuit_test_wait_for_count (jobs, 1, "the jobs of the backup");
  g_assert_cmpint (pursuit_test_count_rows (fixture->path, "jobs"), ==, 1);
  {
    g_autofree char *kept = g_strconcat (fixture->path, ".before-restore", NULL);

    g_assert_cmpint (pursuit_test_count_rows (kept, "jobs"), ==, 2);
  }
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* Export, once the file is chosen: the text is made off the main thread
 * and written whole. */
static void
test_export (PursuitTestWindowFixture *fixture,
             gconstpointer             data)
{
  g_autofree char *json_path = pursuit_test_dir_file (fixture->dir, "everything.json");
  g_autofree char *csv_path = pursuit_test_dir_file (fixture->dir, "jobs.csv");
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;

  pursuit_test_add_job (fixture->store, "Acme", "Agent");
  pursuit_test_add_job (fixture->store, "Birch, \"North\"", "Lead");
  pursuit_data_export_file (GTK_WIDGET (fixture->window), fixture->context, FALSE, json_file);
  pursuit_data_export_file (GTK_WIDGET (fixture->window), fixture->context, TRUE, csv_file);
  pursuit_test_wait_until (file_exists, json_path, "the JSON export");
  pursuit_test_wait_until (file_exists, csv_path, "the CSV export");
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));

  g_assert_true (g_file_get_contents (json_path, &json, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"format\": \"pursuit-export\""));
  g_assert_nonnull (strstr (json, "\"company\": \"Acme\""));
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (csv, "\"Birch, \"\"North\"\"\""));
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_WINDOW ("/data-ui/actions", test_actions);
  PURSUIT_TEST_ADD_WINDOW ("/data-ui/restore", test_restore);
  PURSUIT_TEST_ADD_WINDOW ("/data-ui/export", test_export);

  return g_test_run ();
}
