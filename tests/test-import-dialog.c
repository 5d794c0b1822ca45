/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-data-actions.h"
#include "pursuit-data-json.h"
#include "pursuit-import-dialog.h"
#include "pursuit-import.h"
#include "pursuit-jobs-view.h"
#include "pursuit-test-widgets.h"

/* The Import dialog as a user goes through it, driven by its actions: a
 * column mapped, a stage name Pursuit does not know given a stage, Import,
 * the rows in the jobs list, and the toast's Undo taking them back. */

typedef PursuitTestWindowFixture Fixture;

static const char csv[] =
  "Company,Job Title,Status,Date Applied,Office\n"
  "Acme Ltd,Support Agent,Applied,2026-03-05,Leeds\n"
  "Initech,Analyst,Limbo,2026-03-06,York\n"
  "Globex,Agent,Applied,2026-13-45,Hull\n";

static void
on_imported (PursuitImportDialog  *dialog,
             PursuitJob           *first,
             AdwToast             *toast,
             AdwToast            **kept)
{
  g_set_object (kept, toast);
}

static gboolean
has_jobs (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
wait_for_jobs (GListModel *jobs,
               guint       count)
{
  gpointer args[2] = { jobs, GUINT_TO_POINTER (count) };

  pursuit_test_wait_until (has_jobs, args, "the jobs of the import");
}

static PursuitJob *
find_job (GListModel *jobs,
          const char *company)
{
  for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs, i);

      if (g_str_equal (pursuit_job_get_company (job), company))
        return job;
    }
  return NULL;
}

static void
test_import_dialog (Fixture       *fixture,
                    gconstpointer  data)
{
  PursuitJobsView *view = pursuit_test_get_jobs_view (fixture);
  GListModel *jobs = pursuit_store_get_jobs (fixture->store);
  g_autoptr(AdwToast) toast = NULL;
  g_autoptr(GVariant) remembered = NULL;
  PursuitImportDialog *dialog;
  PursuitStage *chosen;
  PursuitJob *initech;
  PursuitJob *acme;
  gint64 stage_id;

  pursuit_jobs_view_import_data (view, "jobs.csv", csv, strlen (csv));
  dialog = PURSUIT_IMPORT_DIALOG (pursuit_test_find_toplevel (PURSUIT_TYPE_IMPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &toast);
  pursuit_test_wait_for_frame (GTK_WIDGET (dialog));

  /* Nothing is written before Import. */
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 0);

  /* The fifth column is first left out, then taken as the location. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.set-field", "(uu)", 4,
                                             PURSUIT_IMPORT_FIELD_IGNORE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.set-field", "(uu)", 4,
                                             PURSUIT_IMPORT_FIELD_LOCATION));

  /* "Limbo" is no stage Pursuit knows: the user picks Interviewing's. */
  chosen = pursuit_test_stage_at (fixture->store, 3);
  stage_id = pursuit_stage_get_id (chosen);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.set-stage", "(sx)", "Limbo", stage_id));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
  wait_for_jobs (jobs, 3);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "3 jobs imported");

  acme = find_job (jobs, "Acme Ltd");
  initech = find_job (jobs, "Initech");
  g_assert_nonnull (acme);
  g_assert_cmpstr (pursuit_job_get_location (acme), ==, "Leeds");
  g_assert_cmpstr (pursuit_job_get_applied_on (acme), ==, "2026-03-05");
  g_assert_cmpint (pursuit_stage_get_kind (pursuit_job_get_stage (acme)), ==, PURSUIT_STAGE_KIND_APPLIED);
  g_assert_true (pursuit_job_get_stage (initech) == chosen);
  g_assert_cmpint (pursuit_test_count_rows (fixture->path, "jobs"), ==, 3);

  /* The choice is kept for the next import. */
  remembered = g_settings_get_value (pursuit_context_get_settings (fixture->context), "import-stage-names");
  g_assert_true (g_variant_lookup (remembered, "limbo", "x", &stage_id));
  g_assert_cmpint (stage_id, ==, pursuit_stage_get_id (chosen));

  /* Undo takes every job of the import back. */
  g_signal_emit_by_name (toast, "button-clicked");
  wait_for_jobs (jobs, 0);
  g_assert_cmpint (pursuit_test_count_rows (fixture->path, "jobs"), ==, 0);
}

static gboolean
focus_is (gpointer data)
{
  GtkWidget *widget = data;
  GtkRoot *root = gtk_widget_get_root (widget);

  return root != NULL && gtk_root_get_focus (root) == widget;
}

typedef struct
{
  GtkRoot *root;
  GtkWidget *before;
} FocusMove;

static gboolean
focus_moved (gpointer data)
{
  FocusMove *move = data;

  return gtk_root_get_focus (move->root) != move->before;
}

/* Tab, as often as it takes, until @widget has the focus. */
static void
tab_to (GtkWidget *widget)
{
  for (guint i = 0; i < 40 && !focus_is (widget); i++)
    {
      FocusMove move = { gtk_widget_get_root (widget), gtk_root_get_focus (gtk_widget_get_root (widget)) };

      pursuit_test_send_keys (widget, "Tab");
      pursuit_test_wait_until (focus_moved, &move, "Tab to move the focus");
    }
  g_assert_true (focus_is (widget));
}

static gboolean
focus_is_in_text (gpointer data)
{
  return GTK_IS_EDITABLE (gtk_root_get_focus (GTK_ROOT (data)));
}

/* The whole import with keys alone, as they reach the window: Ctrl+I for
 * the file chooser, the file's path typed and Return, Tab to Import and
 * Return. */
static void
test_import_by_keyboard (Fixture       *fixture,
                         gconstpointer  data)
{
  GListModel *jobs = pursuit_store_get_jobs (fixture->store);
  g_autoptr(PursuitTestDir) dir = pursuit_test_dir_new_on_disk ();
  g_autofree char *path = pursuit_test_dir_file (dir, "jobs.csv");
  const char *type_path[] = { "type", "--delay", "20", path, NULL };
  GtkWindow *chooser;
  GtkWidget *dialog;
  GtkWidget *import_button;

  pursuit_test_write_file (path, csv, -1);
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  if (!pursuit_test_send_keys (GTK_WIDGET (fixture->window), "ctrl+i"))
    {
      g_test_skip ("No X display to send keys to");
      return;
    }
  chooser = pursuit_test_wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  pursuit_test_wait_for_frame (GTK_WIDGET (chooser));
  /* Ctrl+L asks for a path to type; Return takes it. */
  pursuit_test_send_keys (GTK_WIDGET (chooser), "ctrl+l");
  pursuit_test_wait_until (focus_is_in_text, chooser, "Ctrl+L to show the location field");
  pursuit_test_send_input (GTK_WIDGET (chooser), type_path);
  pursuit_test_send_keys (GTK_WIDGET (chooser), "Return");

  dialog = GTK_WIDGET (pursuit_test_wait_for_toplevel (PURSUIT_TYPE_IMPORT_DIALOG));
  pursuit_test_wait_for_frame (dialog);
  import_button = pursuit_test_find_button (dialog, "_Import");
  g_assert_nonnull (import_button);
  g_assert_true (gtk_widget_is_sensitive (import_button));
  tab_to (import_button);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 0);
  pursuit_test_send_keys (dialog, "Return");

  wait_for_jobs (jobs, 3);
  pursuit_test_wait_for_no_toplevel (PURSUIT_TYPE_IMPORT_DIALOG);
  g_assert_cmpint (pursuit_test_count_rows (fixture->path, "jobs"), ==, 3);
}

/* The same file again: the jobs already saved are left out (the switch is
 * on unless the user turns it off), so nothing is doubled. */
static void
test_reimport_skips (Fixture       *fixture,
                     gconstpointer  data)
{
  PursuitJobsView *view = pursuit_test_get_jobs_view (fixture);
  GListModel *jobs = pursuit_store_get_jobs (fixture->store);
  g_autoptr(AdwToast) toast = NULL;
  PursuitImportDialog *dialog;

  for (guint round = 0; round < 2; round++)
    {
      pursuit_jobs_view_import_data (view, "jobs.csv", csv, strlen (csv));
      dialog = PURSUIT_IMPORT_DIALOG (pursuit_test_find_toplevel (PURSUIT_TYPE_IMPORT_DIALOG));
      g_assert_nonnull (dialog);
      g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &toast);
      pursuit_test_wait_for_frame (GTK_WIDGET (dialog));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.set-stage", "(sx)", "Limbo",
                                                 pursuit_stage_get_id (pursuit_test_stage_at (fixture->store, 3))));
      if (round == 1)
        {
          /* Every job of the file is there already: Import adds none. */
          gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL);
          pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
          gtk_window_destroy (GTK_WINDOW (dialog));
          break;
        }
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.import", NULL));
      wait_for_jobs (jobs, 3);
    }
  /* A store round trip, so an import started by mistake would be done. */
  g_clear_object (&toast);
  pursuit_test_add_job (fixture->store, "Zeta", "Agent");
  wait_for_jobs (jobs, 4);
  g_assert_cmpint (pursuit_test_count_rows (fixture->path, "jobs"), ==, 4);
}

static char *
export_text (PursuitStore *store)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GVariant) exported = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_store_export_data_async (store, NULL, pursuit_test_keep_result, &result);
  exported = pursuit_store_export_data_finish (store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  return pursuit_data_json_write (exported, NULL);
}

static gboolean
has_question (gpointer data)
{
  return pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

/* A JSON export opened in the app: asked first with what it holds; Import
 * brings back what is missing, and importing it again changes nothing. */
static void
test_import_export (Fixture       *fixture,
                    gconstpointer  data)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE];
  PursuitJobsView *view = pursuit_test_get_jobs_view (fixture);
  GListModel *jobs = pursuit_store_get_jobs (fixture->store);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *uuid = NULL;
  AdwMessageDialog *question;
  PursuitJob *kept;

  pursuit_test_add_job (fixture->store, "Acme Ltd", "Support Agent");
  kept = pursuit_test_add_job (fixture->store, "Birch Bank", "Team Lead");
  uuid = g_strdup (pursuit_job_get_uuid (kept, uuid_a));
  wait_for_jobs (jobs, 2);
  before = export_text (fixture->store);

  g_ptr_array_add (gone, g_object_ref (kept));
  pursuit_store_delete_jobs_async (fixture->store, gone, NULL, pursuit_test_keep_result, &result);
  g_assert_true (pursuit_store_delete_jobs_finish (fixture->store, pursuit_test_wait_result (&result), &error));
  g_assert_no_error (error);
  wait_for_jobs (jobs, 1);

  for (guint round = 0; round < 2; round++)
    {
      /* The file is read on a worker thread, then asked about. */
      pursuit_jobs_view_import_data (view, "everything.json", before, strlen (before));
      pursuit_test_wait_until (has_question, NULL, "the question about the export");
      question = ADW_MESSAGE_DIALOG (pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
      g_assert_nonnull (question);
      g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "everything.json"));
      g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "2 jobs"));
      /* Nothing is written before Import. */
      g_assert_cmpint (pursuit_test_count_rows (fixture->path, "jobs"), ==, round == 0 ? 1 : 2);
      adw_message_dialog_response (question, "import");
      gtk_window_destroy (GTK_WINDOW (question));
      wait_for_jobs (jobs, 2);
    }

  /* The same data as exported, byte for byte: the job came back whole,
   * and the second import added nothing. */
  g_assert_nonnull (find_job (jobs, "Birch Bank"));
  g_assert_cmpstr (pursuit_job_get_uuid (find_job (jobs, "Birch Bank"), uuid_a), ==, uuid);
  after = export_text (fixture->store);
  g_assert_cmpstr (after, ==, before);

  /* A file that is no export is refused before anything is asked. */
  g_assert_null (pursuit_data_import_dialog_new (GTK_WINDOW (fixture->window), fixture->context, "notes.json",
                                                 "{\"jobs\": []}", 12, &error));
  g_assert_error (error, PURSUIT_DATA_JSON_ERROR, PURSUIT_DATA_JSON_ERROR_NOT_PURSUIT);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PursuitTestDir) data_home = pursuit_test_dir_new_on_disk ();

  /* No recent files: with some, GTK 4.8's file chooser opens on them,
   * where a path typed after Ctrl+L is not taken by Return. */
  g_setenv ("XDG_DATA_HOME", data_home->path, TRUE);
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_WINDOW ("/import-dialog/map-stage-import-undo", test_import_dialog);
  PURSUIT_TEST_ADD_WINDOW ("/import-dialog/keyboard", test_import_by_keyboard);
  PURSUIT_TEST_ADD_WINDOW ("/import-dialog/reimport-skips", test_reimport_skips);
  PURSUIT_TEST_ADD_WINDOW ("/import-dialog/json-export", test_import_export);

  return g_test_run ();
}
