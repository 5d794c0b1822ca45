/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-document-dialog.h"
#include "pursuit-launch.h"
#include "pursuit-note-editor.h"
#include "pursuit-toasts.h"

/* Adding a version: to which document (a new one, or one kept already),
 * its name and kind for a new one, a note, and for text typed in the app,
 * the text. The file was read before the dialog opens, so what is shown is
 * what will be kept; the store saves it whole or not at all. */
struct _PursuitDocumentDialog
{
  AdwWindow parent_instance;

  PursuitContext *context;
  PursuitDocumentFile *file;   /* NULL: written in the app */
  gint64 link_job_id;
  GPtrArray *documents;        /* PursuitDocument, in the chooser's order after "New" */
  gboolean adding;

  GtkWidget *add_button;
  AdwComboRow *target_row;
  AdwEntryRow *name_row;
  AdwComboRow *kind_row;
  AdwEntryRow *note_row;
  PursuitNoteEditor *editor;
  GtkLabel *error_label;
  GtkWidget *toast_overlay;
};

G_DEFINE_FINAL_TYPE (PursuitDocumentDialog, pursuit_document_dialog, ADW_TYPE_WINDOW)

enum {
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static PursuitDocument *
chosen_document (PursuitDocumentDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->target_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->documents->len)
    return NULL;
  return g_ptr_array_index (self->documents, selected - 1);
}

static void
update (PursuitDocumentDialog *self)
{
  gboolean new_document = chosen_document (self) == NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  gtk_widget_set_visible (GTK_WIDGET (self->name_row), new_document);
  gtk_widget_set_visible (GTK_WIDGET (self->kind_row), new_document);
  gtk_widget_set_sensitive (self->add_button, !self->adding && (!new_document || name[0] != '\0'));
}

static void
on_added (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PursuitDocumentDialog) self = user_data;
  g_autoptr(PursuitDocumentVersion) version = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;

  version = pursuit_store_add_version_finish (PURSUIT_STORE (source), result, &error);
  self->adding = FALSE;
  if (version == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      update (self);
      return;
    }

  g_signal_emit (self, signals[ADDED], 0, version);

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL)
    {
      /* Translators: a toast, as in “Added v2 of “Support resume”” */
      AdwToast *toast = adw_toast_new_format (_("Added v%d of “%s”"), version->number, version->document_name);

      pursuit_show_toast (GTK_WIDGET (parent), toast);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * pursuit_document_dialog_add:
 *
 * What the Add button does.
 */
void
pursuit_document_dialog_add (PursuitDocumentDialog *self)
{
  g_autoptr(PursuitDocument) document = NULL;
  g_autoptr(PursuitDocumentVersion) version = NULL;
  g_autoptr(PursuitDocumentFile) written = NULL;
  PursuitDocumentFile *file = self->file;
  PursuitDocument *chosen;

  g_return_if_fail (PURSUIT_IS_DOCUMENT_DIALOG (self));

  if (self->adding)
    return;

  chosen = chosen_document (self);
  if (chosen != NULL)
    document = pursuit_document_copy (chosen);
  else
    document = pursuit_document_new (adw_combo_row_get_selected (self->kind_row),
                                     gtk_editable_get_text (GTK_EDITABLE (self->name_row)));

  if (file == NULL)
    {
      g_autofree char *text = pursuit_note_editor_get_text (self->editor);

      file = written = pursuit_document_file_new_from_text (text, TRUE);
    }

  version = pursuit_document_version_new (file->format);
  version->text = g_strdup (file->text);
  pursuit_document_set_text (&version->file_name, file->file_name);
  pursuit_document_set_text (&version->note, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));

  self->adding = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  update (self);
  pursuit_store_add_version_async (pursuit_context_get_store (self->context), document, version, file->bytes,
                                   file->thumbnail, self->link_job_id, NULL, on_added, g_object_ref (self));
}

static void
on_add_clicked (PursuitDocumentDialog *self)
{
  pursuit_document_dialog_add (self);
}

static void
pursuit_document_dialog_dispose (GObject *object)
{
  PursuitDocumentDialog *self = PURSUIT_DOCUMENT_DIALOG (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->file, pursuit_document_file_free);
  g_clear_pointer (&self->documents, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_document_dialog_parent_class)->dispose (object);
}

static void
pursuit_document_dialog_class_init (PursuitDocumentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_document_dialog_dispose;

  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, PURSUIT_TYPE_DOCUMENT_VERSION);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_document_dialog_init (PursuitDocumentDialog *self)
{
  self->documents = g_ptr_array_new_with_free_func (g_object_unref);
}

static GtkWidget *
row_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static char *
describe_file (PursuitDocumentFile *file)
{
  g_autofree char *size = g_format_size (g_bytes_get_size (file->bytes));
  guint words = 0;
  gboolean in_word = FALSE;

  for (const char *p = file->text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean letter = g_unichar_isalnum (g_utf8_get_char (p));

      if (letter && !in_word)
        words++;
      in_word = letter;
    }

  if (words == 0)
    /* Translators: a file's kind and size, when no text could be read from it */
    return g_strdup_printf (_("%s, %s. No text could be read from it (a scanned page?): type it in "
                              "afterwards so search and matching see it."),
                            pursuit_document_format_get_label (file->format), size);

  /* Translators: a file's kind, size and how many words were read: "PDF, 42 kB, 310 words read" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s, %u word read", "%s, %s, %u words read", words),
                          pursuit_document_format_get_label (file->format), size, words);
}

/**
 * pursuit_document_dialog_new:
 * @file: (transfer full) (nullable): a file read, or %NULL to write the text
 * @document_id: the document to add a version to, or 0 to choose
 * @link_job_id: a job that will use the version, or 0
 */
PursuitDocumentDialog *
pursuit_document_dialog_new (PursuitContext      *context,
                             PursuitDocumentFile *file,
                             gint64               document_id,
                             gint64               link_job_id)
{
  PursuitDocumentDialog *self = g_object_new (PURSUIT_TYPE_DOCUMENT_DIALOG,
                                              "modal", TRUE,
                                              "default-width", 520,
                                              "default-height", file != NULL ? 520 : 640,
                                              NULL);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = pursuit_mnemonic_button_new (_("_Cancel"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *list = row_list ();
  GtkWidget *about = row_list ();
  g_autoptr(GtkStringList) targets = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GListModel *documents;
  guint selected = 0;

  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);

  self->context = g_object_ref (context);
  self->file = file;
  self->link_job_id = link_job_id;
  gtk_window_set_title (GTK_WINDOW (self), file != NULL ? _("Add a Document") : _("Write a Document"));

  self->add_button = pursuit_mnemonic_button_new (_("_Add"));
  gtk_widget_add_css_class (self->add_button, "suggested-action");
  g_signal_connect_object (self->add_button, "clicked", G_CALLBACK (on_add_clicked), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self, G_CONNECT_SWAPPED);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->add_button);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);

  /* The documents kept, to add a version to. */
  gtk_string_list_append (targets, _("A new document"));
  documents = pursuit_store_get_documents (pursuit_context_get_store (context));
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(PursuitDocument) document = g_list_model_get_item (documents, i);
      /* Translators: a document to add a version to: "Support resume (Resume, v3)" */
      g_autofree char *label = g_strdup_printf (_("%s (%s, v%d)"), document->name,
                                                pursuit_document_kind_get_label (document->kind),
                                                document->latest_number);

      gtk_string_list_append (targets, label);
      g_ptr_array_add (self->documents, g_object_ref (document));
      if (document->id == document_id)
        selected = self->documents->len;
    }

  self->target_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->target_row), _("Add To"));
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (targets));
  adw_combo_row_set_selected (self->target_row, selected);
  g_signal_connect_object (self->target_row, "notify::selected", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  self->name_row = ADW_ENTRY_ROW (pursuit_entry_row_new (_("Name, such as “Support resume”")));
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  for (PursuitDocumentKind kind = 0; kind <= PURSUIT_DOCUMENT_KIND_LAST; kind++)
    gtk_string_list_append (kinds, pursuit_document_kind_get_label (kind));
  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Kind"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  self->note_row = ADW_ENTRY_ROW (pursuit_entry_row_new (_("What this version changes")));
  adw_entry_row_set_activates_default (self->note_row, TRUE);

  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->target_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->name_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->kind_row));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->note_row));

  if (file != NULL)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = describe_file (file);
      g_autofree char *base = g_strdup (file->file_name);
      char *dot = strrchr (base, '.');

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), file->file_name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "x-office-document-symbolic");
      gtk_list_box_append (GTK_LIST_BOX (about), row);
      gtk_box_append (GTK_BOX (box), about);

      /* The file's name is a fair first guess at the document's. */
      if (dot != NULL)
        *dot = '\0';
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), base);
    }

  gtk_box_append (GTK_BOX (box), list);

  if (file == NULL)
    {
      self->editor = PURSUIT_NOTE_EDITOR (pursuit_note_editor_new ());
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->editor));
    }

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);

  self->toast_overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toast_overlay), scrolled);
  gtk_box_append (GTK_BOX (toolbar), header);
  gtk_box_append (GTK_BOX (toolbar), self->toast_overlay);
  adw_window_set_content (ADW_WINDOW (self), toolbar);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->add_button);

  update (self);
  gtk_widget_grab_focus (selected == 0 ? GTK_WIDGET (self->name_row) : GTK_WIDGET (self->note_row));
  return self;
}

void
pursuit_document_dialog_set_name (PursuitDocumentDialog *self,
                                  const char            *name)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT_DIALOG (self));

  adw_combo_row_set_selected (self->target_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
}

void
pursuit_document_dialog_set_kind (PursuitDocumentDialog *self,
                                  PursuitDocumentKind    kind)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT_DIALOG (self));

  adw_combo_row_set_selected (self->kind_row, kind);
}

/* For a dialog that writes the text. */
void
pursuit_document_dialog_set_text (PursuitDocumentDialog *self,
                                  const char            *text)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT_DIALOG (self));
  g_return_if_fail (self->editor != NULL);

  pursuit_note_editor_set_text (self->editor, text);
}

/* Importing a file: read it off the main thread, then ask. */

typedef struct
{
  GtkWidget *parent;
  PursuitContext *context;
  gint64 document_id;
  gint64 link_job_id;
} Import;

static void
import_free (Import *import)
{
  g_clear_weak_pointer (&import->parent);
  g_object_unref (import->context);
  g_free (import);
}

static void
on_file_read (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Import *import = user_data;
  g_autoptr(GError) error = NULL;
  PursuitDocumentFile *file = pursuit_document_file_read_finish (result, &error);
  PursuitDocumentDialog *dialog;
  GtkRoot *root;

  if (import->parent == NULL)
    {
      pursuit_document_file_free (file);
      import_free (import);
      return;
    }

  if (file == NULL)
    {
      pursuit_show_error (import->parent, _("Could not add the document"), error);
      import_free (import);
      return;
    }

  dialog = pursuit_document_dialog_new (import->context, file, import->document_id, import->link_job_id);
  root = gtk_widget_get_root (import->parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
  import_free (import);
}

/**
 * pursuit_document_import:
 * @parent: where errors show; its window is the dialog's parent
 *
 * Reads @file and, if Pursuit can keep it, asks what it is a version of.
 * A file that cannot be read is refused with a message.
 */
void
pursuit_document_import (GtkWidget      *parent,
                         PursuitContext *context,
                         GFile          *file,
                         gint64          document_id,
                         gint64          link_job_id)
{
  Import *import;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (G_IS_FILE (file));

  import = g_new0 (Import, 1);
  g_set_weak_pointer (&import->parent, parent);
  import->context = g_object_ref (context);
  import->document_id = document_id;
  import->link_job_id = link_job_id;
  pursuit_document_file_read_async (file, NULL, on_file_read, import);
}

static void
on_chosen (GtkNativeDialog *chooser,
           int              response,
           Import          *import)
{
  if (response == GTK_RESPONSE_ACCEPT && import->parent != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      pursuit_document_import (import->parent, import->context, file, import->document_id, import->link_job_id);
    }
  import_free (import);
  g_object_unref (chooser);
}

/* Asks for a file (through the file chooser portal in a sandbox), then
 * imports it. */
void
pursuit_document_choose_and_import (GtkWidget      *parent,
                                    PursuitContext *context,
                                    gint64          document_id,
                                    gint64          link_job_id)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) documents = gtk_file_filter_new ();
  Import *import;
  static const char * const patterns[] = { "*.pdf", "*.docx", "*.odt", "*.txt", "*.md", "*.markdown" };

  chooser = gtk_file_chooser_native_new (_("Add a Document"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (documents, _("Documents (PDF, Word, OpenDocument, text, Markdown)"));
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    gtk_file_filter_add_pattern (documents, patterns[i]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), documents);

  import = g_new0 (Import, 1);
  g_set_weak_pointer (&import->parent, parent);
  import->context = g_object_ref (context);
  import->document_id = document_id;
  import->link_job_id = link_job_id;
  g_signal_connect (chooser, "response", G_CALLBACK (on_chosen), import);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Dropping files */

typedef struct
{
  PursuitContext *context;
  gint64 (*link_job) (GtkWidget *widget);
} Drop;

static void
drop_free (gpointer data)
{
  Drop *drop = data;

  g_object_unref (drop->context);
  g_free (drop);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         Drop          *drop)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  GSList *files;
  gint64 job_id = drop->link_job != NULL ? drop->link_job (widget) : 0;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  /* Each file its own version, each asked about in turn. */
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;
  for (GSList *l = files; l != NULL; l = l->next)
    pursuit_document_import (widget, drop->context, l->data, 0, job_id);
  g_slist_free (files);
  return TRUE;
}

/**
 * pursuit_document_drop_target_new:
 * @link_job: (nullable): gives the job the dropped files are for, or 0
 *
 * Returns: (transfer full): a drop target that imports the files dropped
 */
GtkDropTarget *
pursuit_document_drop_target_new (PursuitContext  *context,
                                  gint64         (*link_job) (GtkWidget *widget))
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  Drop *drop = g_new0 (Drop, 1);

  drop->context = g_object_ref (context);
  drop->link_job = link_job;
  g_object_set_data_full (G_OBJECT (target), "pursuit-drop", drop, drop_free);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), drop);
  return target;
}

/* Opening and exporting a version */

typedef struct
{
  GtkWidget *widget;
  GFile *target;       /* NULL: open a temporary copy */
  char *file_name;
} Copy;

static void
copy_free (Copy *copy)
{
  g_clear_weak_pointer (&copy->widget);
  g_clear_object (&copy->target);
  g_free (copy->file_name);
  g_free (copy);
}

static void
on_file_bytes (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Copy *copy = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = pursuit_store_read_version_file_finish (PURSUIT_STORE (source), result, &error);
  if (copy->widget == NULL)
    {
      copy_free (copy);
      return;
    }

  if (bytes == NULL)
    pursuit_show_error (copy->widget, _("Could not read the version"), error);
  else if (copy->target == NULL)
    {
      g_autofree char *path = pursuit_document_write_temporary (bytes, copy->file_name, &error);
      g_autofree char *uri = path != NULL ? g_filename_to_uri (path, NULL, &error) : NULL;

      if (uri == NULL)
        pursuit_show_error (copy->widget, _("Could not open the version"), error);
      else
        pursuit_open_uri (copy->widget, uri);
    }
  else
    {
      g_autofree char *path = g_file_get_path (copy->target);

      if (path == NULL)
        {
          g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Choose a folder on this computer"));
          pursuit_show_error (copy->widget, _("Could not export the version"), error);
        }
      else if (!pursuit_document_write_private (bytes, path, FALSE, &error))
        pursuit_show_error (copy->widget, _("Could not export the version"), error);
      else
        {
          g_autofree char *name = g_file_get_basename (copy->target);

          /* Translators: a toast, as in “Saved a copy as Support resume v2.pdf” */
          pursuit_show_toast (copy->widget, adw_toast_new_format (_("Saved a copy as %s"), name));
        }
    }

  copy_free (copy);
}

static void
copy_version (GtkWidget              *widget,
              PursuitContext         *context,
              PursuitDocumentVersion *version,
              GFile                  *target)
{
  Copy *copy = g_new0 (Copy, 1);

  g_set_weak_pointer (&copy->widget, widget);
  copy->target = target != NULL ? g_object_ref (target) : NULL;
  copy->file_name = pursuit_document_version_suggest_file_name (version);
  pursuit_store_read_version_file_async (pursuit_context_get_store (context), version->id, FALSE, NULL,
                                         on_file_bytes, copy);
}

/**
 * pursuit_document_open_version:
 *
 * Opens a read-only copy of the version's file with the application the
 * desktop gives its kind of file.
 */
void
pursuit_document_open_version (GtkWidget              *widget,
                               PursuitContext         *context,
                               PursuitDocumentVersion *version)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PURSUIT_IS_DOCUMENT_VERSION (version));

  copy_version (widget, context, version, NULL);
}

typedef struct
{
  GtkWidget *widget;
  PursuitContext *context;
  PursuitDocumentVersion *version;
} Export;

static void
export_free (Export *export)
{
  g_clear_weak_pointer (&export->widget);
  g_object_unref (export->context);
  g_object_unref (export->version);
  g_free (export);
}

static void
on_export_chosen (GtkNativeDialog *chooser,
                  int              response,
                  Export          *export)
{
  if (response == GTK_RESPONSE_ACCEPT && export->widget != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      copy_version (export->widget, export->context, export->version, file);
    }
  export_free (export);
  g_object_unref (chooser);
}

/**
 * pursuit_document_export_version:
 * @file: (nullable): where to save the copy; %NULL asks the user
 *
 * Saves a copy of the version's file, readable by the user alone.
 */
void
pursuit_document_export_version (GtkWidget              *widget,
                                 PursuitContext         *context,
                                 PursuitDocumentVersion *version,
                                 GFile                  *file)
{
  GtkRoot *root;
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  Export *export;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PURSUIT_IS_DOCUMENT_VERSION (version));

  if (file != NULL)
    {
      copy_version (widget, context, version, file);
      return;
    }

  root = gtk_widget_get_root (widget);
  chooser = gtk_file_chooser_native_new (_("Export a Copy"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = pursuit_document_version_suggest_file_name (version);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  export = g_new0 (Export, 1);
  g_set_weak_pointer (&export->widget, widget);
  export->context = g_object_ref (context);
  export->version = g_object_ref (version);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chosen), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
