/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <libsecret/secret.h>

#include "pursuit-document-dialog.h"
#include "pursuit-documents-view.h"
#include "pursuit-job-documents-section.h"
#include "pursuit-login-section.h"
#include "pursuit-note-editor.h"
#include "pursuit-notes-section.h"
#include "pursuit-repository-documents.h"
#include "pursuit-test-widgets.h"
#include "pursuit-window.h"

/* The Documents view, the job page's Documents, Prep Notes and Portal
 * Login, in a real window: prep notes survive closing the window right
 * after typing and the session ending; a resume sent stays as sent while
 * the document moves on; the portal password goes to the keyring and to
 * no file Pursuit writes. */

typedef struct
{
  char *dir;
  char *path;
  PursuitContext *context;
  PursuitWindow *window;
} Fixture;

#define POSTING "We answer tickets in Zendesk and keep the CRM current. Tickets come by chat; customers " \
                "expect empathy. Customers in Spain and Portugal."

/* One job, Acme's, in the wishlist, with a posting. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("pursuit-documents-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "pursuit.db", NULL);

  repository = pursuit_repository_open (fixture->path, &error);
  g_assert_no_error (error);
  pursuit_job_set_company (job, "Acme");
  pursuit_job_set_title (job, "Support Specialist");
  pursuit_job_set_posting_text (job, POSTING);
  pursuit_job_set_stage (job, pursuit_repository_find_stage (repository, "wishlist"));
  g_assert_true (pursuit_repository_insert_job (repository, job, 1700000000, &error));
  g_assert_no_error (error);
  g_clear_object (&repository);

  fixture->context = pursuit_test_open_context (fixture->path);
  fixture->window = pursuit_window_new (NULL, fixture->context);
  gtk_window_present (GTK_WINDOW (fixture->window));
  pursuit_test_wait_for_frame (GTK_WIDGET (fixture->window));
  pursuit_window_show_job (fixture->window, 1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  if (fixture->context != NULL)
    pursuit_store_close (pursuit_context_get_store (fixture->context));
  g_clear_object (&fixture->context);
  pursuit_test_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Closes the window as the user does, and lets the store write everything
 * queued (what the app does as it quits). */
static void
close_window (Fixture *fixture)
{
  gtk_window_close (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  pursuit_store_close (pursuit_context_get_store (fixture->context));
}

static PursuitRepository *
reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  PursuitRepository *repository = pursuit_repository_open (fixture->path, &error);

  g_assert_no_error (error);
  return repository;
}

static PursuitJob *
read_job (PursuitRepository *repository)
{
  g_autoptr(GError) error = NULL;
  PursuitJob *job = pursuit_repository_find_job (repository, "1", &error);

  g_assert_no_error (error);
  return job;
}

/* Types @text at the end of the editor, as keys would. */
static void
type_into (PursuitNoteEditor *editor,
           const char        *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (pursuit_note_editor_get_view (editor));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_interactive (buffer, &end, text, -1, TRUE);
}

/* The job page's notes, scrolled to as a user does: made then. */
static PursuitNotesPanel *
job_notes (Fixture *fixture)
{
  return pursuit_notes_section_get_panel (PURSUIT_NOTES_SECTION (
    pursuit_test_reach_section (GTK_WIDGET (fixture->window), PURSUIT_TYPE_NOTES_SECTION)));
}

static gboolean
job_note_editable (gpointer data)
{
  PursuitNotesPanel *panel = data;
  GtkWidget *editor = pursuit_notes_panel_get_editor (panel);

  return gtk_widget_get_visible (editor) &&
         gtk_text_view_get_editable (GTK_TEXT_VIEW (pursuit_note_editor_get_view (PURSUIT_NOTE_EDITOR (editor))));
}

static gboolean
has_one_note (gpointer data)
{
  return pursuit_notes_panel_get_n_notes (data) == 1;
}

static void
test_notes_survive_closing (Fixture       *fixture,
                            gconstpointer  data)
{
  PursuitNotesPanel *panel = job_notes (fixture);
  PursuitNoteEditor *editor = PURSUIT_NOTE_EDITOR (pursuit_notes_panel_get_editor (panel));
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  PursuitPrepNote *note;

  /* The job's own Notes field comes first. */
  pursuit_test_wait_until (job_note_editable, panel, "the job's notes to be read");
  type_into (editor, "Ask about the night shift.");

  /* A prep note from a template, typed into too; the New Note menu,
   * made when it opens, offers the templates the panel filled it with. */
  {
    GtkWidget *new_button = pursuit_test_find_by_name (GTK_WIDGET (panel), GTK_TYPE_MENU_BUTTON, "New Note");
    g_autoptr(GMenuModel) templates = NULL;
    g_autofree char *label = NULL;

    g_assert_nonnull (new_button);
    g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (new_button)));
    templates = g_menu_model_get_item_link (pursuit_test_open_menu (new_button), 0, G_MENU_LINK_SECTION);
    g_assert_true (g_menu_model_get_item_attribute (templates, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
    g_assert_cmpstr (label, ==, "_Blank Note");
    g_assert_nonnull (pursuit_test_find_label (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (new_button))),
                                               "_Blank Note"));
    gtk_menu_button_popdown (GTK_MENU_BUTTON (new_button));
  }
  gtk_widget_activate_action (GTK_WIDGET (panel), "notes.new", "s", "questions-to-ask");
  pursuit_test_wait_until (has_one_note, panel, "the new note");
  pursuit_test_wait_until (job_note_editable, panel, "the new note to show");
  type_into (editor, "\n- Who trains new people?");

  /* Closed at once: no typing pause has passed, no save was due yet. */
  close_window (fixture);

  repository = reopen (fixture);
  job = read_job (repository);
  g_assert_cmpstr (pursuit_job_get_notes (job), ==, "Ask about the night shift.");
  notes = pursuit_repository_list_notes (repository, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 1);
  note = g_ptr_array_index (notes, 0);
  g_assert_cmpstr (note->title, ==, "Questions to ask");
  g_assert_true (g_str_has_prefix (note->body, "# Questions to ask"));
  g_assert_true (g_str_has_suffix (note->body, "\n- Who trains new people?"));
}

/* The session ends: the app settles its windows and waits for the writes
 * (PursuitApp's ::query-end), with the window still open. */
static void
test_notes_survive_session_end (Fixture       *fixture,
                                gconstpointer  data)
{
  PursuitNotesPanel *panel = job_notes (fixture);
  PursuitNoteEditor *editor = PURSUIT_NOTE_EDITOR (pursuit_notes_panel_get_editor (panel));
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitJob) job = NULL;

  pursuit_test_wait_until (job_note_editable, panel, "the job's notes to be read");
  type_into (editor, "Typed as the session ends");

  pursuit_window_settle (fixture->window);
  g_assert_true (pursuit_store_wait_for_writes (pursuit_context_get_store (fixture->context), 5000));

  /* Another program reads it while the app still runs. */
  repository = reopen (fixture);
  job = read_job (repository);
  g_assert_cmpstr (pursuit_job_get_notes (job), ==, "Typed as the session ends");
}

/* Documents: written, used by the job, sent by applying, then followed by
 * a new version; the job keeps what it sent. */

static gboolean
documents_count_is (gpointer data)
{
  gpointer *args = data;

  return g_list_model_get_n_items (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
wait_for_documents (Fixture *fixture,
                    guint    n)
{
  gpointer args[2] = { pursuit_store_get_documents (pursuit_context_get_store (fixture->context)),
                       GUINT_TO_POINTER (n) };

  pursuit_test_wait_until (documents_count_is, args, "the documents");
}

static gboolean
dialog_gone (gpointer data)
{
  return pursuit_test_find_toplevel (PURSUIT_TYPE_DOCUMENT_DIALOG) == NULL;
}

/* What the keyboard does in the Documents view: Ctrl+N asks for a new
 * document, where the name is typed and Enter adds it. */
static void
write_document (Fixture    *fixture,
                GtkWidget  *view,
                const char *name,
                const char *text)
{
  PursuitDocumentDialog *dialog;

  gtk_widget_activate_action (view, "documents.write", NULL);
  dialog = PURSUIT_DOCUMENT_DIALOG (pursuit_test_find_toplevel (PURSUIT_TYPE_DOCUMENT_DIALOG));
  g_assert_nonnull (dialog);
  if (name != NULL)
    pursuit_document_dialog_set_name (dialog, name);
  pursuit_document_dialog_set_text (dialog, text);
  /* Enter in the dialog: its default button, Add. */
  gtk_widget_activate_default (GTK_WIDGET (dialog));
  pursuit_test_wait_until (dialog_gone, NULL, "the document to be added");
}

static gboolean
view_has_shortcut (GtkWidget  *view,
                   const char *trigger,
                   const char *action)
{
  for (GtkWidget *widget = view; widget != NULL; widget = NULL)
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
              g_autofree char *keys = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
              GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);

              if (GTK_IS_NAMED_ACTION (named) && g_str_equal (keys, trigger) &&
                  g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (named)), action))
                return TRUE;
            }
        }
    }
  return FALSE;
}

static PursuitJobList *
job_documents (Fixture *fixture)
{
  return pursuit_store_get_job_documents (pursuit_context_get_store (fixture->context), 1);
}

static gboolean
first_link_sent (gpointer data)
{
  g_autoptr(PursuitDocumentLink) link = NULL;

  if (pursuit_job_list_get_loading (data) || g_list_model_get_n_items (data) == 0)
    return FALSE;
  link = g_list_model_get_item (data, 0);
  return pursuit_document_link_is_sent (link);
}

static gboolean
has_links (gpointer data)
{
  return !pursuit_job_list_get_loading (data) && g_list_model_get_n_items (data) > 0;
}

static gboolean
match_shown (gpointer data)
{
  return g_str_has_prefix (pursuit_job_documents_section_get_match_subtitle (data), "Support resume v1 has");
}

static PursuitStage *
applied_stage (PursuitStore *store)
{
  GListModel *stages = pursuit_store_get_stages (store);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);

      if (pursuit_stage_get_kind (stage) == PURSUIT_STAGE_KIND_APPLIED)
        return stage;
    }
  g_assert_not_reached ();
}

static void
on_moved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  pursuit_store_move_job_finish (PURSUIT_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_sent_stays_sent (Fixture       *fixture,
                      gconstpointer  data)
{
  PursuitStore *store = pursuit_context_get_store (fixture->context);
  GtkWidget *section = pursuit_test_reach_section (GTK_WIDGET (fixture->window),
                                                   PURSUIT_TYPE_JOB_DOCUMENTS_SECTION);
  g_autoptr(PursuitJobList) links = job_documents (fixture);
  g_autoptr(PursuitDocument) document = NULL;
  g_autoptr(PursuitDocumentLink) link = NULL;
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(PursuitDocumentVersion) sent = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *view;

  /* Alt+2: the Documents view, with its keys. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "documents");
  view = pursuit_test_find_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_DOCUMENTS_VIEW);
  g_assert_nonnull (view);
  g_assert_true (view_has_shortcut (view, "<Control>n", "documents.write"));
  g_assert_true (view_has_shortcut (view, "<Control>o", "documents.import"));
  g_assert_nonnull (pursuit_test_find_label (view, "No Documents Yet"));

  write_document (fixture, view, "Support resume", "# Jo\n\nZendesk tickets and live chat for customers.\n");
  wait_for_documents (fixture, 1);
  document = g_list_model_get_item (pursuit_store_get_documents (store), 0);
  g_assert_cmpstr (document->name, ==, "Support resume");
  g_assert_cmpint (document->latest_number, ==, 1);
  g_assert_true (pursuit_documents_view_show_document (PURSUIT_DOCUMENTS_VIEW (view), document->id));
  g_assert_true (pursuit_document_page_get_document (pursuit_documents_view_get_page (PURSUIT_DOCUMENTS_VIEW (view)))
                 == document);

  /* The job uses it; its match shows. */
  gtk_widget_activate_action (section, "job-documents.use-latest", "x", document->id);
  pursuit_test_wait_until (has_links, links, "the job to use the resume");
  pursuit_test_wait_until (match_shown, section, "the keyword match");
  g_test_message ("match: %s", pursuit_job_documents_section_get_match_subtitle (PURSUIT_JOB_DOCUMENTS_SECTION (section)));

  /* Applying sends it. */
  pursuit_store_move_job_async (store, pursuit_store_find_job (store, 1), applied_stage (store), NULL, NULL,
                                on_moved, NULL);
  pursuit_test_wait_until (first_link_sent, links, "the resume to be recorded as sent");

  /* v2, written from v1's text and edited: the job keeps v1. */
  {
    PursuitDocumentDialog *dialog = pursuit_document_dialog_new (fixture->context, NULL, document->id, 0);

    gtk_window_present (GTK_WINDOW (dialog));
    pursuit_document_dialog_set_text (dialog, "# Jo\n\nZendesk, Salesforce and Portuguese.\n");
    pursuit_document_dialog_add (dialog);
    pursuit_test_wait_until (dialog_gone, NULL, "v2 to be added");
  }

  link = g_list_model_get_item (G_LIST_MODEL (links), 0);
  g_assert_cmpint (link->version_number, ==, 1);
  g_assert_cmpuint (strlen (link->sha256), ==, 64);

  repository = reopen (fixture);
  sent = pursuit_repository_find_version (repository, link->version_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sent->text, ==, "# Jo\n\nZendesk tickets and live chat for customers.\n");
  g_assert_cmpstr (sent->sha256, ==, link->sha256);
  {
    g_autoptr(GPtrArray) versions = pursuit_repository_list_versions (repository, document->id, &error);

    g_assert_cmpuint (versions->len, ==, 2);
  }
}

/* The portal login: the password in the keyring, shown again, copied and
 * cleared; in no file Pursuit writes. */

static gboolean
keyring_works (PursuitContext *context)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *password = pursuit_credentials_lookup_sync (pursuit_context_get_credentials (context),
                                                               "00000000-0000-4000-8000-000000000000", NULL, &error);

  if (error == NULL)
    return TRUE;
  g_test_skip_printf ("no usable keyring in this session: %s", error->message);
  return FALSE;
}

static PursuitLoginSection *
login_section (Fixture *fixture)
{
  return PURSUIT_LOGIN_SECTION (pursuit_test_reach_section (GTK_WIDGET (fixture->window),
                                                            PURSUIT_TYPE_LOGIN_SECTION));
}

static char *
stored_password (Fixture *fixture)
{
  g_autoptr(PursuitRepository) repository = reopen (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitPortalLogin) login = pursuit_repository_find_job_login (repository, 1, &error);

  if (login == NULL)
    return NULL;
  return pursuit_credentials_lookup_sync (pursuit_context_get_credentials (fixture->context), login->uuid, NULL,
                                          &error);
}

static gboolean
password_stored (gpointer data)
{
  Fixture *fixture = data;
  char *password = stored_password (fixture);
  gboolean stored = password != NULL;

  secret_password_free (password);
  return stored;
}

static gboolean
password_shown (gpointer data)
{
  PursuitLoginSection *section = data;

  return g_str_equal (gtk_editable_get_text (GTK_EDITABLE (pursuit_login_section_get_password_row (section))),
                      "Gr4pefruit-Lantern-07");
}

static gboolean
password_known_saved (gpointer data)
{
  PursuitLoginSection *section = data;

  return g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (pursuit_login_section_get_password_row (section))),
                      "Password (saved in the keyring)");
}

static gboolean
clipboard_local (gpointer data)
{
  return gdk_clipboard_is_local (GDK_CLIPBOARD (data));
}

static void
fill_login (Fixture    *fixture,
            const char *password)
{
  PursuitLoginSection *section = login_section (fixture);
  AdwPasswordEntryRow *password_row = pursuit_login_section_get_password_row (section);

  gtk_widget_activate_action (GTK_WIDGET (section), "login.add", NULL);
  gtk_editable_set_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (section), "Portal Address")),
                         "careers.acme.example/login");
  gtk_editable_set_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (section), "User Name")), "jo@example.com");
  gtk_editable_set_text (GTK_EDITABLE (password_row), password);
  g_signal_emit_by_name (password_row, "apply");
}

static void
test_login (Fixture       *fixture,
            gconstpointer  data)
{
  PursuitLoginSection *section = login_section (fixture);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (section));
  g_autoptr(GdkContentProvider) other = NULL;
  char *password;

  if (!keyring_works (fixture->context))
    return;

  fill_login (fixture, "Gr4pefruit-Lantern-07");
  pursuit_test_wait_until (password_stored, fixture, "the password in the keyring");
  password = stored_password (fixture);
  g_assert_cmpstr (password, ==, "Gr4pefruit-Lantern-07");
  secret_password_free (password);
  g_assert_null (pursuit_login_section_get_keyring_message (section));

  /* Shown again only when asked for: until then the field is empty (GTK 4.8
   * hands a password field's text to any program on the accessibility bus). */
  pursuit_job_section_set_job (PURSUIT_JOB_SECTION (section), NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_login_section_get_password_row (section))), ==, "");
  pursuit_job_section_set_job (PURSUIT_JOB_SECTION (section),
                               pursuit_store_find_job (pursuit_context_get_store (fixture->context), 1));
  pursuit_test_wait_until (password_known_saved, section, "the keyring asked whether a password is saved");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_login_section_get_password_row (section))), ==, "");

  /* Copied straight from the keyring, then cleared: only while the
   * clipboard still holds it. */
  gtk_widget_activate_action (GTK_WIDGET (section), "login.copy", NULL);
  pursuit_test_wait_until (clipboard_local, clipboard, "the saved password copied");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_login_section_get_password_row (section))), ==, "");
  g_assert_true (pursuit_login_section_clear_clipboard (section));
  g_assert_null (gdk_clipboard_get_content (clipboard));

  /* An emptied field does not clear the saved password. */
  g_signal_emit_by_name (pursuit_login_section_get_password_row (section), "apply");
  password = stored_password (fixture);
  g_assert_cmpstr (password, ==, "Gr4pefruit-Lantern-07");
  secret_password_free (password);

  /* The row's eye button shows it. */
  gtk_text_set_visibility (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (
                             pursuit_login_section_get_password_row (section)))), TRUE);
  pursuit_test_wait_until (password_shown, section, "the password read from the keyring");
  g_assert_false (password_known_saved (section));
  /* Hidden again, the field no longer holds it. */
  gtk_text_set_visibility (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (
                             pursuit_login_section_get_password_row (section)))), FALSE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_login_section_get_password_row (section))), ==, "");
  g_assert_true (password_known_saved (section));
  gtk_text_set_visibility (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (
                             pursuit_login_section_get_password_row (section)))), TRUE);
  pursuit_test_wait_until (password_shown, section, "the password read from the keyring again");

  gtk_widget_activate_action (GTK_WIDGET (section), "login.copy", NULL);
  other = gdk_content_provider_new_typed (G_TYPE_STRING, "something else");
  gdk_clipboard_set_content (clipboard, other);
  g_assert_false (pursuit_login_section_clear_clipboard (section));
  g_assert_true (gdk_clipboard_get_content (clipboard) == other);
  gdk_clipboard_set_content (clipboard, NULL);
}

/* Every file under @folder, searched for @needle. */
static void
assert_not_in_files (const char *folder,
                     const char *needle,
                     guint      *n_files)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          assert_not_in_files (path, needle, n_files);
          continue;
        }
      if (!g_file_get_contents (path, &contents, &length, NULL))
        continue;

      (*n_files)++;
      if (g_strstr_len (contents, (gssize) length, needle) != NULL)
        g_error ("The password is in %s", path);
    }
}

static FILE *log_file;

static GLogWriterOutput
write_log (GLogLevelFlags   level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  g_autofree char *line = g_log_writer_format_fields (level, fields, n_fields, FALSE);

  if (log_file != NULL)
    {
      fprintf (log_file, "%s\n", line);
      fflush (log_file);
    }
  return g_log_writer_default (level, fields, n_fields, user_data);
}

static void
test_password_in_no_file (Fixture       *fixture,
                          gconstpointer  data)
{
  const char *secret = "Gr4pefruit-Lantern-07";
  g_autofree char *log_path = g_build_filename (fixture->dir, "pursuit.log", NULL);
  g_autofree char *export_path = g_build_filename (fixture->dir, "exported.md", NULL);
  g_autoptr(GFile) export_file = g_file_new_for_path (export_path);
  g_autoptr(PursuitDocumentVersion) version = NULL;
  PursuitStore *store = pursuit_context_get_store (fixture->context);
  GtkWidget *view;
  guint n_files = 0;

  if (!keyring_works (fixture->context))
    return;

  /* Everything the program logs, debug messages included, goes to a file. */
  g_setenv ("G_MESSAGES_DEBUG", "all", TRUE);
  log_file = fopen (log_path, "w");
  g_log_set_writer_func (write_log, NULL, NULL);

  fill_login (fixture, secret);
  pursuit_test_wait_until (password_stored, fixture, "the password in the keyring");
  gtk_widget_activate_action (GTK_WIDGET (login_section (fixture)), "login.copy", NULL);
  pursuit_login_section_clear_clipboard (login_section (fixture));

  /* A document written, opened elsewhere and exported: files Pursuit writes. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", "documents");
  view = pursuit_test_find_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_DOCUMENTS_VIEW);
  write_document (fixture, view, "Resume", "Jo Rivera, support specialist");
  wait_for_documents (fixture, 1);
  {
    g_autoptr(PursuitRepository) repository = reopen (fixture);
    g_autoptr(GError) error = NULL;

    version = pursuit_repository_find_version (repository, 1, &error);
    g_assert_no_error (error);
  }
  pursuit_document_export_version (view, fixture->context, version, export_file);
  while (!g_file_test (export_path, G_FILE_TEST_EXISTS))
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (pursuit_store_wait_for_writes (store, 5000));

  close_window (fixture);
  /* The writer stays (GLib sets it once), writing nowhere from here. */
  g_clear_pointer (&log_file, fclose);

  /* The database with its WAL, the export, the log; the user's folders
   * (settings, caches, the copies opened elsewhere). */
  assert_not_in_files (fixture->dir, secret, &n_files);
  assert_not_in_files (g_get_user_data_dir (), secret, &n_files);
  assert_not_in_files (g_get_user_config_dir (), secret, &n_files);
  assert_not_in_files (g_get_user_cache_dir (), secret, &n_files);
  assert_not_in_files (g_get_user_runtime_dir (), secret, &n_files);
  g_test_message ("%u files searched", n_files);
  /* pursuit.db, its WAL or journal, the export and the log at least. */
  g_assert_cmpuint (n_files, >=, 3);
}

/* With no keyring at all (no session bus), the login says so and the rest
 * of the job page works. */
static void
test_no_keyring (Fixture       *fixture,
                 gconstpointer  data)
{
  PursuitLoginSection *section;

  if (!g_test_subprocess ())
    {
      g_setenv ("PURSUIT_TEST_SAVED_BUS", g_getenv ("DBUS_SESSION_BUS_ADDRESS") ?: "", TRUE);
      g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pursuit-test-bus", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_setenv ("DBUS_SESSION_BUS_ADDRESS", g_getenv ("PURSUIT_TEST_SAVED_BUS"), TRUE);
      g_test_trap_assert_passed ();
      return;
    }

  section = login_section (fixture);
  fill_login (fixture, "not-kept");
  while (pursuit_login_section_get_keyring_message (section) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (pursuit_login_section_get_keyring_message (section), "No keyring is available"));

  /* The notes still save. */
  {
    PursuitNotesPanel *panel = job_notes (fixture);

    pursuit_test_wait_until (job_note_editable, panel, "the job's notes");
    type_into (PURSUIT_NOTE_EDITOR (pursuit_notes_panel_get_editor (panel)), "Still saved");
    close_window (fixture);
    {
      g_autoptr(PursuitRepository) repository = reopen (fixture);
      g_autoptr(PursuitJob) job = read_job (repository);
      g_autoptr(GError) error = NULL;
      g_autoptr(PursuitPortalLogin) login = pursuit_repository_find_job_login (repository, 1, &error);

      g_assert_cmpstr (pursuit_job_get_notes (job), ==, "Still saved");
      /* The address and user name were kept without the keyring. */
      g_assert_nonnull (login);
      g_assert_cmpstr (login->user_name, ==, "jo@example.com");
    }
  }
}

/* The notes sit at the foot of the job page: they are made when scrolled
 * near, or when the keyboard moves into them, not with the page. */
static void
test_notes_made_when_reached (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *section = pursuit_test_find_by_type (GTK_WIDGET (fixture->window), PURSUIT_TYPE_NOTES_SECTION);
  GtkWidget *focus;
  PursuitNotesPanel *panel;

  g_assert_nonnull (section);
  pursuit_test_wait_for_frame (section);
  g_assert_null (pursuit_notes_section_get_panel (PURSUIT_NOTES_SECTION (section)));

  /* Tab from the field before them: into the job's notes. */
  g_assert_true (gtk_widget_child_focus (section, GTK_DIR_TAB_FORWARD));
  panel = pursuit_notes_section_get_panel (PURSUIT_NOTES_SECTION (section));
  g_assert_nonnull (panel);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (panel)));
  pursuit_test_wait_until (job_note_editable, panel, "the job's notes to be read");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

#define ADD(path, function) g_test_add (path, Fixture, NULL, fixture_set_up, function, fixture_tear_down)
  ADD ("/notes-ui/survive-closing", test_notes_survive_closing);
  ADD ("/notes-ui/survive-session-end", test_notes_survive_session_end);
  ADD ("/notes-ui/made-when-reached", test_notes_made_when_reached);
  ADD ("/documents-ui/sent-stays-sent", test_sent_stays_sent);
  ADD ("/login-ui/keyring", test_login);
  ADD ("/login-ui/no-keyring", test_no_keyring);
  ADD ("/privacy/password-in-no-file", test_password_in_no_file);
#undef ADD

  return g_test_run ();
}
