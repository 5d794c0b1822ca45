/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pursuit-array-model.h"
#include "pursuit-csv.h"
#include "pursuit-data-actions.h"
#include "pursuit-data-json.h"
#include "pursuit-icalendar.h"
#include "pursuit-launch.h"
#include "pursuit-toasts.h"

/* The app menu's Export (everything as JSON, the jobs as CSV, the
 * interviews coming up as iCalendar), Back Up… and Restore…, as actions of
 * the window ("win.export-json", …); "Add to Calendar" of an interview;
 * and the dated backup on quit. The work is the store's; this file asks
 * where, confirms, writes the file and says how it went. */

typedef struct
{
  GtkWidget *widget;         /* the window: toasts and dialogs go there */
  PursuitContext *context;
  GFile *file;
  guint count;               /* jobs or interviews written, for the toast */
  GPtrArray *interviews;
} Request;

static Request *
request_new (GtkWidget      *widget,
             PursuitContext *context)
{
  Request *request = g_new0 (Request, 1);

  request->widget = g_object_ref (widget);
  request->context = g_object_ref (context);
  return request;
}

static void
request_free (Request *request)
{
  g_clear_object (&request->widget);
  g_clear_object (&request->context);
  g_clear_object (&request->file);
  g_clear_pointer (&request->interviews, g_ptr_array_unref);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

static PursuitStore *
store_of (Request *request)
{
  return pursuit_context_get_store (request->context);
}

/* A write that failed, said so that the user knows what to do. */
static void
show_write_error (GtkWidget    *widget,
                  const char   *what,
                  const GError *error)
{
  g_autoptr(GError) explained = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    explained = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                                     _("The disk is full. Free some space, or choose another place."));
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    explained = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                                     _("That place cannot be written to. Choose a folder of your own."));

  pursuit_show_error (widget, what, explained != NULL ? explained : error);
}

static char *
dated_name (const char *prefix,
            const char *extension)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");

  return g_strdup_printf ("%s-%s.%s", prefix, day, extension);
}

/* Choosing a file */

typedef void (*ChosenFunc) (Request *request);

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  Request *request = user_data;
  ChosenFunc chosen = g_object_get_data (G_OBJECT (chooser), "chosen");

  if (response == GTK_RESPONSE_ACCEPT)
    request->file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (request->file != NULL)
    chosen (request);
  else
    request_free (request);
}

/* Asks for a file to write (@action SAVE, with @suggested) or read; then
 * @chosen runs with the request, which it owns. */
static void
choose_file (Request              *request,
             GtkFileChooserAction  action,
             const char           *title,
             const char           *accept,
             const char           *suggested,
             const char           *filter_name,
             const char           *pattern,
             ChosenFunc            chosen)
{
  GtkRoot *root = gtk_widget_get_root (request->widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) everything = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, action,
                                         accept, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (suggested != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_filter_set_name (everything, _("All Files"));
  gtk_file_filter_add_pattern (everything, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), everything);
  g_object_set_data (G_OBJECT (chooser), "chosen", chosen);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Writing the file */

typedef struct
{
  Request *request;
  char *done;      /* the toast's text */
  char *failed;    /* what failed, for the error */
} Write;

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Write *write = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    show_write_error (write->request->widget, write->failed, error);
  else
    pursuit_show_toast (write->request->widget, adw_toast_new (write->done));

  request_free (write->request);
  g_free (write->done);
  g_free (write->failed);
  g_free (write);
}

/* Writes @text (taken) to the request's file, private to the user. */
static void
write_text (Request    *request,
            char       *text,
            char       *done,
            const char *failed)
{
  g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));
  Write *write = g_new0 (Write, 1);

  write->request = request;
  write->done = done;
  write->failed = g_strdup (failed);
  g_file_replace_contents_bytes_async (request->file, bytes, NULL, FALSE,
                                       G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                       on_written, write);
}

static char *
file_name (Request *request)
{
  return g_file_get_basename (request->file);
}

/* Making an export's text (every job, every document's file in base64)
 * takes seconds with a large search: it is made on a thread of its own so
 * the window keeps drawing, then written as above. */

typedef char *(*MakeTextFunc) (gpointer source);

typedef struct
{
  MakeTextFunc make;
  gpointer source;
  GDestroyNotify source_free;
  char *done;
  char *failed;
} MakeText;

static void
make_text_free (MakeText *making)
{
  if (making->source_free != NULL)
    making->source_free (making->source);
  g_free (making->done);
  g_free (making->failed);
  g_free (making);
}

static void
make_text_in_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  MakeText *making = task_data;

  g_task_return_pointer (task, making->make (making->source), g_free);
}

static void
on_text_made (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Request *request = user_data;
  MakeText *making = g_task_get_task_data (G_TASK (result));
  char *text = g_task_propagate_pointer (G_TASK (result), NULL);

  write_text (request, text, g_steal_pointer (&making->done), making->failed);
}

/* Makes the text with @make (@source given to it, freed with
 * @source_free) on a worker thread, then writes it to the request's file;
 * @done (taken) is the toast's text. */
static void
write_text_made (Request        *request,
                 MakeTextFunc    make,
                 gpointer        source,
                 GDestroyNotify  source_free,
                 char           *done,
                 const char     *failed)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, on_text_made, request);
  MakeText *making = g_new0 (MakeText, 1);

  making->make = make;
  making->source = source;
  making->source_free = source_free;
  making->done = done;
  making->failed = g_strdup (failed);
  g_task_set_task_data (task, making, (GDestroyNotify) make_text_free);
  g_task_set_source_tag (task, write_text_made);
  g_task_run_in_thread (task, make_text_in_thread);
}

/* Export: everything as JSON */

/* A GVariant is immutable: the thread reads it while nothing changes it. */
static char *
make_json (gpointer data)
{
  return pursuit_data_json_write (data, NULL);
}

static void
on_data_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) data = pursuit_store_export_data_finish (PURSUIT_STORE (source), result, &error);
  g_autofree char *name = NULL;

  if (data == NULL)
    {
      pursuit_show_error (request->widget, _("Could not export"), error);
      request_free (request);
      return;
    }

  name = file_name (request);
  /* Translators: a toast; %s is a file name */
  write_text_made (request, make_json, g_steal_pointer (&data), (GDestroyNotify) g_variant_unref,
                   g_strdup_printf (_("Exported everything to %s"), name), _("Could not export"));
}

static void
export_json_chosen (Request *request)
{
  pursuit_store_export_data_async (store_of (request), NULL, on_data_read, request);
}

static void
export_json_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer      user_data)
{
  GtkWidget *window = user_data;
  PursuitContext *context = g_object_get_data (G_OBJECT (window), "pursuit-data-context");
  g_autofree char *name = dated_name ("pursuit-export", "json");

  choose_file (request_new (window, context), GTK_FILE_CHOOSER_ACTION_SAVE, _("Export Everything"),
               _("_Export"), name, _("Pursuit Export (JSON)"), "*.json", export_json_chosen);
}

/* Export: the jobs as CSV */

/* The jobs are the store's fresh copies, read for this export alone: no
 * model or view holds them while the thread reads them. */
static char *
make_csv (gpointer model)
{
  return pursuit_csv_write_jobs (G_LIST_MODEL (model), PURSUIT_CSV_WRITE_DEFAULT);
}

static void
on_jobs_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = pursuit_store_list_jobs_whole_finish (PURSUIT_STORE (source), result, &error);
  g_autoptr(PursuitArrayModel) model = pursuit_array_model_new (PURSUIT_TYPE_JOB);
  g_autofree char *name = NULL;

  if (jobs == NULL)
    {
      pursuit_show_error (request->widget, _("Could not export the jobs"), error);
      request_free (request);
      return;
    }

  pursuit_array_model_splice (model, 0, 0, jobs->pdata, jobs->len);
  name = file_name (request);
  write_text_made (request, make_csv, g_steal_pointer (&model), g_object_unref,
                   /* Translators: a toast; %s is a file name */
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u job to %s", "Exported %u jobs to %s",
                                                 jobs->len),
                                    jobs->len, name),
                   _("Could not export the jobs"));
}

static void
export_csv_chosen (Request *request)
{
  pursuit_store_list_jobs_whole_async (store_of (request), NULL, on_jobs_read, request);
}

static void
export_csv_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer      user_data)
{
  GtkWidget *window = user_data;
  PursuitContext *context = g_object_get_data (G_OBJECT (window), "pursuit-data-context");
  g_autofree char *name = dated_name ("pursuit-jobs", "csv");

  choose_file (request_new (window, context), GTK_FILE_CHOOSER_ACTION_SAVE, _("Export Jobs as CSV"),
               _("_Export"), name, _("CSV Spreadsheet"), "*.csv", export_csv_chosen);
}

/**
 * pursuit_data_export_file:
 * @csv: %TRUE for the jobs as CSV, %FALSE for everything as JSON
 *
 * Exports to @file as the app menu's Export does once the file is chosen:
 * the store reads, a worker thread makes the text, the file is written
 * and a toast says so.
 */
void
pursuit_data_export_file (GtkWidget      *widget,
                          PursuitContext *context,
                          gboolean        csv,
                          GFile          *file)
{
  Request *request;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_FILE (file));

  request = request_new (widget, context);
  request->file = g_object_ref (file);
  if (csv)
    export_csv_chosen (request);
  else
    export_json_chosen (request);
}

/* Export: interviews as iCalendar */

static char *
write_calendar (PursuitStore  *store,
                GPtrArray     *interviews,
                GError       **error)
{
  g_autoptr(GPtrArray) jobs = g_ptr_array_new ();

  for (guint i = 0; i < interviews->len; i++)
    g_ptr_array_add (jobs, pursuit_store_find_job (store,
                                                   pursuit_interview_get_job_id (g_ptr_array_index (interviews, i))));

  return pursuit_icalendar_write_interviews ((PursuitInterview * const *) interviews->pdata,
                                             (PursuitJob * const *) jobs->pdata, interviews->len,
                                             g_get_real_time () / G_USEC_PER_SEC, error);
}

static void
export_calendar_chosen (Request *request)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = write_calendar (store_of (request), request->interviews, &error);
  g_autofree char *name = file_name (request);

  if (text == NULL)
    {
      pursuit_show_error (request->widget, _("Could not export the interviews"), error);
      request_free (request);
      return;
    }

  write_text (request, g_steal_pointer (&text),
              /* Translators: a toast; %s is a file name */
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u interview to %s",
                                            "Exported %u interviews to %s", request->interviews->len),
                               request->interviews->len, name),
              _("Could not export the interviews"));
}

static void
on_interviews_read (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  g_autoptr(GError) error = NULL;

  request->interviews = pursuit_store_list_interviews_between_finish (PURSUIT_STORE (source), result, &error);
  if (request->interviews == NULL)
    {
      pursuit_show_error (request->widget, _("Could not export the interviews"), error);
      return;
    }
  if (request->interviews->len == 0)
    {
      pursuit_show_toast (request->widget, adw_toast_new (_("No interviews coming up: nothing to export")));
      return;
    }

  choose_file (g_steal_pointer (&request), GTK_FILE_CHOOSER_ACTION_SAVE, _("Export Interviews"), _("_Export"),
               "interviews.ics", _("Calendar (iCalendar)"), "*.ics", export_calendar_chosen);
}

static void
export_calendar_activated (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer      user_data)
{
  GtkWidget *window = user_data;
  PursuitContext *context = g_object_get_data (G_OBJECT (window), "pursuit-data-context");
  Request *request = request_new (window, context);

  pursuit_store_list_interviews_between_async (store_of (request), g_get_real_time () / G_USEC_PER_SEC,
                                               G_MAXINT64, NULL, on_interviews_read, request);
}

/**
 * pursuit_add_interview_to_calendar:
 *
 * Writes @interview as an .ics file of its own (private, in the cache) and
 * opens it with the user's calendar, which offers to add it.
 */
void
pursuit_add_interview_to_calendar (GtkWidget        *widget,
                                   PursuitContext   *context,
                                   PursuitInterview *interview)
{
  PursuitStore *store = pursuit_context_get_store (context);
  g_autoptr(GPtrArray) interviews = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folder = g_build_filename (g_get_user_cache_dir (), "pursuit", "calendar", NULL);
  g_autofree char *name = g_strdup_printf ("interview-%" G_GINT64_FORMAT ".ics", pursuit_interview_get_id (interview));
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *uri = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PURSUIT_IS_INTERVIEW (interview));

  g_ptr_array_add (interviews, interview);
  text = write_calendar (store, interviews, &error);
  if (text != NULL && g_mkdir_with_parents (folder, 0700) != 0)
    g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (errno), _("Could not make the folder %s: %s"),
                 folder, g_strerror (errno));
  if (text == NULL || error != NULL ||
      !g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    {
      show_write_error (widget, _("Could not add the interview to your calendar"), error);
      return;
    }

  uri = g_filename_to_uri (path, NULL, NULL);
  pursuit_open_uri (widget, uri);
}

/* Backing up */

static void
on_backed_up (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = file_name (request);

  if (!pursuit_store_backup_finish (PURSUIT_STORE (source), result, &error))
    {
      pursuit_show_error (request->widget, _("Could not back up"), error);
      return;
    }
  /* Translators: a toast; %s is a file name */
  pursuit_show_toast (request->widget, adw_toast_new_format (_("Backed up to %s"), name));
}

static void
back_up_chosen (Request *request)
{
  g_autofree char *path = g_file_get_path (request->file);

  if (path == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                     _("Choose a folder on this computer."));

      pursuit_show_error (request->widget, _("Could not back up"), error);
      request_free (request);
      return;
    }
  pursuit_store_backup_async (store_of (request), path, NULL, on_backed_up, request);
}

static void
back_up_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer      user_data)
{
  GtkWidget *window = user_data;
  PursuitContext *context = g_object_get_data (G_OBJECT (window), "pursuit-data-context");
  g_autofree char *name = dated_name ("pursuit-backup", "db");

  choose_file (request_new (window, context), GTK_FILE_CHOOSER_ACTION_SAVE, _("Back Up"), _("_Back Up"), name,
               _("Pursuit Backup"), "*.db", back_up_chosen);
}

/* Importing a JSON export */

static guint
count_rows (GVariant   *data,
            const char *table)
{
  GVariantIter tables;
  const char *name;
  GVariant *rows;

  g_variant_iter_init (&tables, data);
  while (g_variant_iter_loop (&tables, "(&s@aa{sv})", &name, &rows))
    {
      if (g_str_equal (name, table))
        {
          guint n = (guint) g_variant_n_children (rows);

          g_variant_unref (rows);
          return n;
        }
    }
  return 0;
}

/* Takes @text; the first part (the jobs) is kept even when none. */
static void
add_count (GPtrArray *parts,
           guint      n,
           char      *text)
{
  if (n > 0 || parts->len == 0)
    g_ptr_array_add (parts, text);
  else
    g_free (text);
}

/* "12 jobs, 4 contacts, 3 interviews": the jobs always, the others when
 * the file has some. */
static char *
describe_contents (GVariant *data)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n;

  n = count_rows (data, "jobs");
  add_count (parts, n, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u job", "%u jobs", n), n));
  n = count_rows (data, "contacts");
  add_count (parts, n, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u contact", "%u contacts", n), n));
  n = count_rows (data, "interviews");
  add_count (parts, n, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u interview", "%u interviews", n), n));
  n = count_rows (data, "documents");
  add_count (parts, n, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents", n), n));
  n = count_rows (data, "practice_reviews");
  add_count (parts, n, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u practice answer", "%u practice answers", n), n));
  g_ptr_array_add (parts, NULL);
  /* Translators: what separates the items of a list */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

static void
on_data_imported (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = file_name (request);
  g_autofree char *added = NULL;
  g_autofree char *others = NULL;
  PursuitDataImport outcome = { 0 };

  if (!pursuit_store_import_data_finish (PURSUIT_STORE (source), result, &outcome, &error))
    {
      pursuit_show_error (request->widget, _("Could not import the file"), error);
      return;
    }

  /* A file imported before, or into the database it came from. */
  if (outcome.n_rows == 0)
    {
      /* Translators: a toast; %s is a file name */
      pursuit_show_toast (request->widget, adw_toast_new_format (_("Nothing new in %s: all of it was here already"),
                                                                 name));
      return;
    }

  /* Translators: a toast, "From export.json: 3 jobs added", maybe followed
   * by ", 12 other items" (contacts, interviews, notes…) */
  added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "From %s: %u job added", "From %s: %u jobs added",
                                        outcome.n_jobs),
                           name, outcome.n_jobs);
  others = outcome.n_rows > outcome.n_jobs
           ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, ", %u other item", ", %u other items",
                                           outcome.n_rows - outcome.n_jobs),
                              outcome.n_rows - outcome.n_jobs)
           : g_strdup ("");
  pursuit_show_toast (request->widget, adw_toast_new_format ("%s%s", added, others));
}

static void
on_import_data_response (AdwMessageDialog *dialog,
                         const char       *response,
                         gpointer          user_data)
{
  Request *request = user_data;
  GVariant *data = g_object_get_data (G_OBJECT (dialog), "pursuit-data");

  if (!g_str_equal (response, "import"))
    return;

  request = request_new (request->widget, request->context);
  request->file = g_object_ref (((Request *) user_data)->file);
  pursuit_store_import_data_async (store_of (request), data, NULL, on_data_imported, request);
}

/* The question for data already read. */
static GtkWidget *
import_dialog_new_for_data (GtkWindow      *parent,
                            PursuitContext *context,
                            const char     *name,
                            GVariant       *data)
{
  g_autofree char *held = describe_contents (data);
  GtkWidget *dialog;
  Request *request;

  dialog = adw_message_dialog_new (parent, _("Import Everything From the File?"), NULL);
  /* Translators: the first %s is a file name, the second a list such as
   * "12 jobs, 4 contacts, 3 interviews" */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” holds %s. What Pursuit already has (the same job, contact or "
                                    "document) stays as it is; the rest is added, all at once."),
                                  name, held);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  request = request_new (GTK_WIDGET (parent), context);
  request->file = g_file_new_for_path (name);
  g_object_set_data_full (G_OBJECT (dialog), "pursuit-data", g_variant_ref (data), (GDestroyNotify) g_variant_unref);
  g_object_set_data_full (G_OBJECT (dialog), "pursuit-request", request, (GDestroyNotify) request_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_import_data_response), request);
  return dialog;
}

/**
 * pursuit_data_import_dialog_new:
 * @name: the file's name, for the question and the toast
 * @text: (array length=length): the file's contents, a JSON export
 *
 * Reads a JSON export (from the app's Export or pursuit-cli export --json)
 * and asks before importing it: what the file holds, and that what is here
 * already (the same UUID) stays as it is. Import adds the rest in one
 * transaction. A file that is not an export, or from a newer Pursuit, is
 * refused here and nothing is shown or written.
 *
 * Returns: (transfer floating) (nullable): the dialog, to present; %NULL
 *   with @error set
 */
GtkWidget *
pursuit_data_import_dialog_new (GtkWindow       *parent,
                                PursuitContext  *context,
                                const char      *name,
                                const char      *text,
                                gsize            length,
                                GError         **error)
{
  g_autoptr(GVariant) data = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (name != NULL && text != NULL, NULL);

  data = pursuit_data_json_read (text, (gssize) length, error);
  if (data == NULL)
    return NULL;
  return import_dialog_new_for_data (parent, context, name, data);
}

typedef struct
{
  GtkWindow *parent;
  PursuitContext *context;
  char *name;
  GBytes *contents;
} ReadExport;

static void
read_export_free (ReadExport *reading)
{
  g_clear_object (&reading->parent);
  g_clear_object (&reading->context);
  g_free (reading->name);
  g_bytes_unref (reading->contents);
  g_free (reading);
}

static void
read_export_in_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  ReadExport *reading = task_data;
  GError *error = NULL;
  gsize length = 0;
  const char *text = g_bytes_get_data (reading->contents, &length);
  GVariant *data = pursuit_data_json_read (text != NULL ? text : "", (gssize) length, &error);

  if (data == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, data, (GDestroyNotify) g_variant_unref);
}

static void
on_export_read (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ReadExport *reading = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) data = g_task_propagate_pointer (G_TASK (result), &error);

  if (data == NULL)
    {
      pursuit_show_error (GTK_WIDGET (reading->parent), _("Could not read the file"), error);
      return;
    }
  gtk_window_present (GTK_WINDOW (import_dialog_new_for_data (reading->parent, reading->context, reading->name,
                                                              data)));
}

/**
 * pursuit_data_import_file:
 * @name: the file's name
 * @contents: the file's contents, a JSON export
 *
 * Reads the export on a worker thread (a large one takes a while), then
 * asks as pursuit_data_import_dialog_new() does, or says why the file
 * cannot be imported.
 */
void
pursuit_data_import_file (GtkWindow      *parent,
                          PursuitContext *context,
                          const char     *name,
                          GBytes         *contents)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, on_export_read, NULL);
  ReadExport *reading = g_new0 (ReadExport, 1);

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (name != NULL && contents != NULL);

  reading->parent = g_object_ref (parent);
  reading->context = g_object_ref (context);
  reading->name = g_strdup (name);
  reading->contents = g_bytes_ref (contents);
  g_task_set_task_data (task, reading, (GDestroyNotify) read_export_free);
  g_task_set_source_tag (task, pursuit_data_import_file);
  g_task_run_in_thread (task, read_export_in_thread);
}

/* Restoring */

static void
on_restored (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = pursuit_store_restore_finish (PURSUIT_STORE (source), result, &error);
  g_autofree char *name = file_name (request);
  g_autofree char *kept_name = NULL;
  AdwToast *toast;

  if (kept == NULL)
    {
      pursuit_show_error (request->widget, _("Could not restore"), error);
      return;
    }

  kept_name = g_path_get_basename (kept);
  /* Translators: a toast; the first %s is the backup's file name, the
   * second the name of the copy of the data it replaced */
  toast = adw_toast_new_format (_("Restored from %s. The data it replaced is kept as %s."), name, kept_name);
  adw_toast_set_timeout (toast, 10);
  pursuit_show_toast (request->widget, toast);
}

/**
 * pursuit_data_restore_file:
 *
 * Restores the backup @file (once confirmed): the store checks it, keeps
 * the current data aside, replaces it and reads its models again.
 */
void
pursuit_data_restore_file (GtkWidget      *widget,
                           PursuitContext *context,
                           GFile          *file)
{
  Request *request;
  g_autofree char *path = g_file_get_path (file);

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (G_IS_FILE (file));

  if (path == NULL)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                     _("Choose a backup on this computer."));

      pursuit_show_error (widget, _("Could not restore"), error);
      return;
    }

  request = request_new (widget, context);
  request->file = g_object_ref (file);
  pursuit_store_restore_async (pursuit_context_get_store (context), path, NULL, on_restored, request);
}

static void
on_restore_response (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  Request *request = user_data;

  if (g_str_equal (response, "restore"))
    pursuit_data_restore_file (request->widget, request->context, request->file);
}

/**
 * pursuit_data_restore_dialog_new:
 *
 * The question before a restore: what will happen, with Restore and
 * Cancel. Restore restores.
 *
 * Returns: (transfer floating): the dialog, to present
 */
GtkWidget *
pursuit_data_restore_dialog_new (GtkWindow      *parent,
                                 PursuitContext *context,
                                 GFile          *file)
{
  GtkWidget *dialog;
  Request *request;
  g_autofree char *name = g_file_get_basename (file);

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  dialog = adw_message_dialog_new (parent, _("Restore From Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Every job, document, note and practice answer now in Pursuit will be "
                                    "replaced by those in “%s”. A copy of the current data is kept beside "
                                    "the database first."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  request = request_new (GTK_WIDGET (parent), context);
  request->file = g_object_ref (file);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_restore_response), request,
                         (GClosureNotify) (void (*) (void)) request_free, 0);
  return dialog;
}

static void
restore_chosen (Request *request)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (request->widget));

  gtk_window_present (GTK_WINDOW (pursuit_data_restore_dialog_new (parent, request->context, request->file)));
  request_free (request);
}

static void
restore_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer      user_data)
{
  GtkWidget *window = user_data;
  PursuitContext *context = g_object_get_data (G_OBJECT (window), "pursuit-data-context");

  choose_file (request_new (window, context), GTK_FILE_CHOOSER_ACTION_OPEN, _("Restore From Backup"),
               _("_Open"), NULL, _("Pursuit Backup"), "*.db", restore_chosen);
}

static const GActionEntry actions[] = {
  { "export-json", export_json_activated },
  { "export-csv", export_csv_activated },
  { "export-calendar", export_calendar_activated },
  { "back-up", back_up_activated },
  { "restore", restore_activated },
};

/**
 * pursuit_data_actions_add:
 *
 * Adds the window's actions of the app menu's Export, Back Up… and
 * Restore… entries.
 */
void
pursuit_data_actions_add (GtkApplicationWindow *window,
                          PursuitContext       *context)
{
  g_return_if_fail (GTK_IS_APPLICATION_WINDOW (window));
  g_return_if_fail (PURSUIT_IS_CONTEXT (context));

  g_object_set_data_full (G_OBJECT (window), "pursuit-data-context", g_object_ref (context), g_object_unref);
  g_action_map_add_action_entries (G_ACTION_MAP (window), actions, G_N_ELEMENTS (actions), window);
}

/**
 * pursuit_data_back_up_on_quit:
 *
 * When asked for in Preferences, queues today's dated backup beside the
 * database (in "backups"), keeping as many as the settings say: the store
 * writes it before it closes.
 */
void
pursuit_data_back_up_on_quit (PursuitContext *context)
{
  GSettings *settings = pursuit_context_get_settings (context);
  PursuitStore *store = pursuit_context_get_store (context);
  g_autofree char *folder = NULL;

  if (!g_settings_get_boolean (settings, "backup-on-quit") || !pursuit_store_is_open (store))
    return;

  folder = pursuit_data_backups_folder (context);
  pursuit_store_backup_dated_async (store, folder, (guint) g_settings_get_int (settings, "backups-kept"),
                                    NULL, NULL, NULL);
}

/**
 * pursuit_data_backups_folder:
 *
 * Returns: (transfer full): where the dated backups go: "backups" beside
 *   the database
 */
char *
pursuit_data_backups_folder (PursuitContext *context)
{
  const char *path = pursuit_store_get_path (pursuit_context_get_store (context));
  g_autofree char *database_folder = path != NULL ? g_path_get_dirname (path)
                                                  : g_build_filename (g_get_user_data_dir (), "pursuit", NULL);

  return g_build_filename (database_folder, "backups", NULL);
}
