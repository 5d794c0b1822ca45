/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-document-dialog.h"
#include "pursuit-document-page.h"
#include "pursuit-note-editor.h"
#include "pursuit-toasts.h"

/* One document: its name, kind, tags and notes, then its versions, newest
 * first, each with the jobs it went to and what came of them ("v2 went to
 * 6 jobs, 2 replied"). A version a job was sent stays as it was sent: it
 * can be opened and exported, and a new version started from it, but not
 * changed or deleted. */
struct _PursuitDocumentPage
{
  AdwBin parent_instance;

  PursuitContext *context;
  PursuitDocument *document;
  PursuitJobList *versions;
  PursuitJobList *links;
  GHashTable *pictures;        /* version id -> GdkTexture, or a NULL value while read */
  gboolean loading;

  GtkLabel *title;
  GtkLabel *subtitle;
  AdwEntryRow *name_row;
  AdwComboRow *kind_row;
  AdwEntryRow *tags_row;
  AdwEntryRow *notes_row;
  GtkListBox *versions_list;
  GtkWidget *delete_button;
};

G_DEFINE_FINAL_TYPE (PursuitDocumentPage, pursuit_document_page, ADW_TYPE_BIN)

static PursuitStore *
get_store (PursuitDocumentPage *self)
{
  return pursuit_context_get_store (self->context);
}

static PursuitDocumentVersion *
find_version (PursuitDocumentPage *self,
              gint64               id)
{
  guint n = self->versions != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->versions)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitDocumentVersion) version = g_list_model_get_item (G_LIST_MODEL (self->versions), i);

      if (version->id == id)
        return version;
    }
  return NULL;
}

static char *
format_date (const char *iso)
{
  int year, month, day;
  g_autoptr(GDateTime) date = NULL;

  if (sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3 ||
      (date = g_date_time_new_local (year, month, day, 0, 0, 0)) == NULL)
    return g_strdup (iso);
  /* Translators: a date: "3 Mar 2026" */
  return g_date_time_format (date, _("%-d %b %Y"));
}

static const char *
stage_name (PursuitDocumentPage *self,
            gint64               stage_id)
{
  GListModel *stages = pursuit_store_get_stages (get_store (self));

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);

      if (pursuit_stage_get_id (stage) == stage_id)
        return pursuit_stage_get_name (stage);
    }
  return "";
}

/* Pictures of first pages */

typedef struct
{
  PursuitDocumentPage *self;
  gint64 version_id;
} Picture;

static void rebuild (PursuitDocumentPage *self);

static void
on_picture_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Picture *picture = user_data;
  PursuitDocumentPage *self = picture->self;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  png = pursuit_store_read_version_file_finish (PURSUIT_STORE (source), result, &error);
  if (png != NULL && g_bytes_get_size (png) > 0)
    texture = gdk_texture_new_from_bytes (png, &error);

  if (texture != NULL && self->pictures != NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = picture->version_id;
      g_hash_table_replace (self->pictures, key, g_steal_pointer (&texture));
      rebuild (self);
    }

  g_object_unref (picture->self);
  g_free (picture);
}

static GtkWidget *
version_prefix (PursuitDocumentPage    *self,
                PursuitDocumentVersion *version)
{
  GdkTexture *texture = g_hash_table_lookup (self->pictures, &version->id);

  if (texture != NULL)
    {
      GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));

      gtk_widget_set_size_request (picture, 42, 56);
      gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
      gtk_widget_add_css_class (picture, "card");
      gtk_widget_set_valign (picture, GTK_ALIGN_CENTER);
      gtk_widget_set_margin_top (picture, 6);
      gtk_widget_set_margin_bottom (picture, 6);
      return picture;
    }

  if (version->has_thumbnail && !g_hash_table_contains (self->pictures, &version->id))
    {
      Picture *picture = g_new0 (Picture, 1);
      gint64 *key = g_new (gint64, 1);

      *key = version->id;
      g_hash_table_insert (self->pictures, key, NULL);
      picture->self = g_object_ref (self);
      picture->version_id = version->id;
      pursuit_store_read_version_file_async (get_store (self), version->id, TRUE, NULL, on_picture_read, picture);
    }

  return gtk_image_new_from_icon_name ("x-office-document-symbolic");
}

/* Versions */

static GtkWidget *
button (const char *label,
        const char *action,
        gint64      version_id)
{
  GtkWidget *widget = pursuit_mnemonic_button_new (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (widget), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (widget), "x", version_id);
  gtk_widget_add_css_class (widget, "flat");
  return widget;
}

static GtkWidget *
create_version_row (gpointer item,
                    gpointer user_data)
{
  PursuitDocumentPage *self = user_data;
  PursuitDocumentVersion *version = item;
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *date = format_date (version->date);
  g_autofree char *title = NULL;
  g_autofree char *sent = pursuit_document_version_describe_sent (version);
  g_autofree char *subtitle = NULL;
  GtkWidget *actions = gtk_list_box_row_new ();
  GtkWidget *actions_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_flow_box_new ();
  GtkWidget *edit;
  GtkWidget *delete;
  guint n_links = self->links != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->links)) : 0;
  gboolean frozen = version->n_jobs > 0;

  /* Translators: a version and its date: "v2 · 3 Mar 2026" */
  title = g_strdup_printf (_("v%d · %s"), version->number, date);
  subtitle = version->note[0] != '\0' ? g_strdup_printf ("%s · %s", sent, version->note) : g_strdup (sent);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), version_prefix (self, version));

  for (guint i = 0; i < n_links; i++)
    {
      g_autoptr(PursuitDocumentLink) link = g_list_model_get_item (G_LIST_MODEL (self->links), i);
      GtkWidget *job_row;
      g_autofree char *job_title = NULL;
      g_autofree char *job_subtitle = NULL;

      if (link->version_id != version->id)
        continue;

      job_row = adw_action_row_new ();
      /* Translators: a job a version went to: "Acme — Support Specialist" */
      job_title = g_strdup_printf (_("%s — %s"), link->job_company, link->job_title);
      if (pursuit_document_link_is_sent (link))
        {
          g_autofree char *on = format_date (link->sent_on);

          /* Translators: when a version was sent and where the job is now: "Sent 3 Mar 2026 · Interviewing" */
          job_subtitle = g_strdup_printf (_("Sent %s · %s"), on, stage_name (self, link->stage_id));
        }
      else
        /* Translators: a job that means to use the version: "To send · Wishlist" */
        job_subtitle = g_strdup_printf (_("To send · %s"), stage_name (self, link->stage_id));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (job_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (job_row), job_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (job_row), job_subtitle);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (job_row), pursuit_stage_kind_has_reply (link->stage_kind)
                                                              ? "mail-reply-sender-symbolic" : "mail-send-symbolic");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (job_row), "documents.show-job");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (job_row), "x", link->job_id);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (job_row), TRUE);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), job_row);
    }

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (buttons), GTK_SELECTION_NONE);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (buttons), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (buttons), 6);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (buttons), 5);
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), button (_("_Open"), "document.open", version->id));
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), button (_("E_xport…"), "document.export", version->id));
  gtk_flow_box_append (GTK_FLOW_BOX (buttons), button (_("_New Version from This…"), "document.derive",
                                                       version->id));
  if (frozen)
    {
      GtkWidget *why = gtk_label_new (_("Sent to a job, so it stays as it was sent. Start a new version "
                                        "from it to change it."));

      gtk_label_set_wrap (GTK_LABEL (why), TRUE);
      gtk_label_set_xalign (GTK_LABEL (why), 0);
      gtk_widget_add_css_class (why, "dim-label");
      gtk_widget_add_css_class (why, "caption");
      gtk_box_append (GTK_BOX (actions_box), why);
    }
  else
    {
      edit = button (_("_Edit Text…"), "document.edit-text", version->id);
      delete = button (_("_Delete"), "document.delete-version", version->id);
      gtk_widget_add_css_class (delete, "destructive-action");
      gtk_flow_box_append (GTK_FLOW_BOX (buttons), edit);
      gtk_flow_box_append (GTK_FLOW_BOX (buttons), delete);
    }
  gtk_widget_set_margin_top (buttons, 6);
  gtk_widget_set_margin_bottom (buttons, 6);
  gtk_widget_set_hexpand (buttons, TRUE);
  gtk_box_append (GTK_BOX (actions_box), buttons);
  gtk_widget_set_margin_start (actions_box, 12);
  gtk_widget_set_margin_end (actions_box, 12);
  gtk_widget_set_margin_top (actions_box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (actions), actions_box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (actions), FALSE);
  gtk_widget_set_focusable (actions, FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions);
  return row;
}

static void
rebuild (PursuitDocumentPage *self)
{
  gboolean any_sent = FALSE;
  guint n = self->versions != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->versions)) : 0;

  gtk_list_box_bind_model (self->versions_list, G_LIST_MODEL (self->versions),
                           self->versions != NULL ? create_version_row : NULL, self, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitDocumentVersion) version = g_list_model_get_item (G_LIST_MODEL (self->versions), i);

      any_sent = any_sent || version->n_jobs > 0;
    }
  gtk_widget_set_sensitive (self->delete_button, self->document != NULL && !any_sent);
  gtk_widget_set_tooltip_text (self->delete_button, any_sent ? _("A version was sent to a job: the document stays")
                                                             : NULL);
}

static void
show_document (PursuitDocumentPage *self)
{
  g_autofree char *subtitle = NULL;

  if (self->document == NULL)
    return;

  gtk_label_set_text (self->title, self->document->name);
  subtitle = self->document->tags[0] != '\0'
             ? g_strdup_printf ("%s · %s", pursuit_document_kind_get_label (self->document->kind), self->document->tags)
             : g_strdup (pursuit_document_kind_get_label (self->document->kind));
  gtk_label_set_text (self->subtitle, subtitle);

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), self->document->name);
  adw_combo_row_set_selected (self->kind_row, self->document->kind);
  gtk_editable_set_text (GTK_EDITABLE (self->tags_row), self->document->tags);
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), self->document->notes);
  self->loading = FALSE;
}

/**
 * pursuit_document_page_set_document:
 * @document: (nullable): a document from the store's model
 */
void
pursuit_document_page_set_document (PursuitDocumentPage *self,
                                    PursuitDocument     *document)
{
  gboolean same;

  g_return_if_fail (PURSUIT_IS_DOCUMENT_PAGE (self));

  same = self->document != NULL && document != NULL && self->document->id == document->id;
  g_set_object (&self->document, document);
  show_document (self);
  if (same)
    return;

  if (self->versions != NULL)
    g_signal_handlers_disconnect_by_data (self->versions, self);
  if (self->links != NULL)
    g_signal_handlers_disconnect_by_data (self->links, self);
  g_clear_object (&self->versions);
  g_clear_object (&self->links);
  g_hash_table_remove_all (self->pictures);

  if (document != NULL)
    {
      self->versions = pursuit_store_get_document_versions (get_store (self), document->id);
      self->links = pursuit_store_get_document_links (get_store (self), document->id);
      g_signal_connect_object (self->versions, "items-changed", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->links, "items-changed", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
    }
  rebuild (self);
}

/* Details */

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PursuitDocumentPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_save_document_finish (PURSUIT_STORE (source), result, &error))
    pursuit_show_error (GTK_WIDGET (self), _("Could not save the document"), error);
}

static void
on_details_applied (PursuitDocumentPage *self)
{
  g_autoptr(PursuitDocument) draft = NULL;

  if (self->loading || self->document == NULL)
    return;

  draft = pursuit_document_copy (self->document);
  pursuit_document_set_text (&draft->name, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  pursuit_document_set_text (&draft->tags, gtk_editable_get_text (GTK_EDITABLE (self->tags_row)));
  pursuit_document_set_text (&draft->notes, gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));
  draft->kind = adw_combo_row_get_selected (self->kind_row);
  pursuit_store_save_document_async (get_store (self), draft, NULL, on_saved, g_object_ref (self));
}

/* Actions */

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitDocumentPage *self = PURSUIT_DOCUMENT_PAGE (widget);
  PursuitDocumentVersion *version = find_version (self, g_variant_get_int64 (parameter));

  if (version != NULL)
    pursuit_document_open_version (widget, self->context, version);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitDocumentPage *self = PURSUIT_DOCUMENT_PAGE (widget);
  PursuitDocumentVersion *version = find_version (self, g_variant_get_int64 (parameter));

  if (version != NULL)
    pursuit_document_export_version (widget, self->context, version, NULL);
}

static void
present_dialog (PursuitDocumentPage *self,
                GtkWindow           *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  gtk_window_present (dialog);
}

/* A new version starting from the text of this one: edited in the app, as
 * a resume grows from v3 into v4. */
static void
on_derive_loaded (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PursuitDocumentPage) self = user_data;
  g_autoptr(PursuitDocumentVersion) version = NULL;
  g_autoptr(GError) error = NULL;
  PursuitDocumentDialog *dialog;

  version = pursuit_store_load_version_finish (PURSUIT_STORE (source), result, &error);
  if (version == NULL)
    {
      pursuit_show_error (GTK_WIDGET (self), _("Could not read the version"), error);
      return;
    }

  dialog = pursuit_document_dialog_new (self->context, NULL, version->document_id, 0);
  pursuit_document_dialog_set_text (dialog, version->text);
  present_dialog (self, GTK_WINDOW (dialog));
}

static void
derive_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitDocumentPage *self = PURSUIT_DOCUMENT_PAGE (widget);

  pursuit_store_load_version_async (get_store (self), g_variant_get_int64 (parameter), NULL, on_derive_loaded,
                                    g_object_ref (self));
}

/* Editing a version's text, where the file's text came out poorly. */

static void
on_text_saved (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GtkWindow *window = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_save_version_finish (PURSUIT_STORE (source), result, &error))
    {
      GtkWidget *label = g_object_get_data (G_OBJECT (window), "pursuit-error");

      gtk_label_set_text (GTK_LABEL (label), error->message);
      gtk_widget_set_visible (label, TRUE);
      g_object_unref (window);
      return;
    }

  gtk_window_destroy (window);
  g_object_unref (window);
}

static void
on_text_save_clicked (GtkWindow *window)
{
  PursuitDocumentPage *self = g_object_get_data (G_OBJECT (window), "pursuit-page");
  PursuitDocumentVersion *version = g_object_get_data (G_OBJECT (window), "pursuit-version");
  PursuitNoteEditor *editor = g_object_get_data (G_OBJECT (window), "pursuit-editor");
  g_autoptr(PursuitDocumentVersion) draft = pursuit_document_version_copy (version);

  g_free (draft->text);
  draft->text = pursuit_note_editor_get_text (editor);
  pursuit_store_save_version_async (get_store (self), draft, NULL, on_text_saved, g_object_ref (window));
}

static void
on_edit_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PursuitDocumentPage) self = user_data;
  g_autoptr(PursuitDocumentVersion) version = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkWidget *window;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *save = pursuit_mnemonic_button_new (_("_Save"));
  GtkWidget *hint = gtk_label_new (_("The text is what search and the keyword match read. Correct it where "
                                     "the file’s text came out wrong; the file itself stays as it is."));
  GtkWidget *error_label = gtk_label_new (NULL);
  GtkWidget *editor = pursuit_note_editor_new ();

  version = pursuit_store_load_version_finish (PURSUIT_STORE (source), result, &error);
  if (version == NULL)
    {
      pursuit_show_error (GTK_WIDGET (self), _("Could not read the version"), error);
      return;
    }

  window = adw_window_new ();
  title = pursuit_document_version_describe (version);
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 600);
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error_label), 0);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_set_visible (error_label, FALSE);
  pursuit_note_editor_set_text (PURSUIT_NOTE_EDITOR (editor), version->text);
  gtk_box_append (GTK_BOX (content), hint);
  gtk_box_append (GTK_BOX (content), editor);
  gtk_box_append (GTK_BOX (content), error_label);
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (window), box);

  g_object_set_data_full (G_OBJECT (window), "pursuit-page", g_object_ref (self), g_object_unref);
  g_object_set_data_full (G_OBJECT (window), "pursuit-version", g_object_ref (version), g_object_unref);
  g_object_set_data (G_OBJECT (window), "pursuit-editor", editor);
  g_object_set_data (G_OBJECT (window), "pursuit-error", error_label);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (on_text_save_clicked), window);
  present_dialog (self, GTK_WINDOW (window));
}

static void
edit_text_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitDocumentPage *self = PURSUIT_DOCUMENT_PAGE (widget);

  pursuit_store_load_version_async (get_store (self), g_variant_get_int64 (parameter), NULL, on_edit_loaded,
                                    g_object_ref (self));
}

/* Deleting, after asking: a file gone is gone. */

static void
on_deleted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(PursuitDocumentPage) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_async_result_is_tagged (result, pursuit_store_delete_version_async))
    ok = pursuit_store_delete_version_finish (PURSUIT_STORE (source), result, &error);
  else
    ok = pursuit_store_delete_document_finish (PURSUIT_STORE (source), result, &error);

  if (!ok)
    pursuit_show_error (GTK_WIDGET (self), _("Could not delete"), error);
}

static void
on_delete_response (AdwMessageDialog    *dialog,
                    const char          *response,
                    PursuitDocumentPage *self)
{
  gint64 version_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "pursuit-version-id"));
  PursuitDocumentVersion *version = find_version (self, version_id);

  if (!g_str_equal (response, "delete"))
    return;

  if (version != NULL)
    pursuit_store_delete_version_async (get_store (self), version, NULL, on_deleted, g_object_ref (self));
  else if (version_id == 0 && self->document != NULL)
    pursuit_store_delete_document_async (get_store (self), self->document, NULL, on_deleted, g_object_ref (self));
}

static void
ask_delete (PursuitDocumentPage *self,
            gint64               version_id,
            const char          *heading,
            const char          *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                                              : NULL,
                                                                         heading, body));

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "pursuit-version-id", GSIZE_TO_POINTER ((gsize) version_id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_version_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PursuitDocumentPage *self = PURSUIT_DOCUMENT_PAGE (widget);
  PursuitDocumentVersion *version = find_version (self, g_variant_get_int64 (parameter));
  g_autofree char *heading = NULL;

  if (version == NULL)
    return;

  /* Translators: a question: "Delete v2?" */
  heading = g_strdup_printf (_("Delete v%d?"), version->number);
  ask_delete (self, version->id, heading, _("Its file and text will be gone from Pursuit."));
}

static void
delete_document_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  PursuitDocumentPage *self = PURSUIT_DOCUMENT_PAGE (widget);
  g_autofree char *heading = NULL;

  if (self->document == NULL)
    return;

  /* Translators: a question: "Delete “Support resume”?" */
  heading = g_strdup_printf (_("Delete “%s”?"), self->document->name);
  ask_delete (self, 0, heading, _("All its versions will be gone from Pursuit."));
}

static void
add_version_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PursuitDocumentPage *self = PURSUIT_DOCUMENT_PAGE (widget);

  if (self->document != NULL)
    pursuit_document_choose_and_import (widget, self->context, self->document->id, 0);
}

/* Set up */

static void
pursuit_document_page_dispose (GObject *object)
{
  PursuitDocumentPage *self = PURSUIT_DOCUMENT_PAGE (object);

  if (self->versions != NULL)
    g_signal_handlers_disconnect_by_data (self->versions, self);
  if (self->links != NULL)
    g_signal_handlers_disconnect_by_data (self->links, self);
  g_clear_object (&self->versions);
  g_clear_object (&self->links);
  g_clear_object (&self->document);
  g_clear_object (&self->context);
  g_clear_pointer (&self->pictures, g_hash_table_unref);

  G_OBJECT_CLASS (pursuit_document_page_parent_class)->dispose (object);
}

static void
pursuit_document_page_class_init (PursuitDocumentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_document_page_dispose;

  gtk_widget_class_install_action (widget_class, "document.open", "x", open_activated);
  gtk_widget_class_install_action (widget_class, "document.export", "x", export_activated);
  gtk_widget_class_install_action (widget_class, "document.derive", "x", derive_activated);
  gtk_widget_class_install_action (widget_class, "document.edit-text", "x", edit_text_activated);
  gtk_widget_class_install_action (widget_class, "document.delete-version", "x", delete_version_activated);
  gtk_widget_class_install_action (widget_class, "document.delete", NULL, delete_document_activated);
  gtk_widget_class_install_action (widget_class, "document.add-version", NULL, add_version_activated);
}

static GtkWidget *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static void
unref_texture (gpointer texture)
{
  if (texture != NULL)
    g_object_unref (texture);
}

static void
pursuit_document_page_init (PursuitDocumentPage *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *details = adw_preferences_group_new ();
  GtkWidget *versions = adw_preferences_group_new ();
  GtkWidget *add = gtk_button_new ();
  GtkWidget *add_content = adw_button_content_new ();
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  /* A NULL value: the picture is being read. */
  self->pictures = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, unref_texture);

  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title, 0);
  gtk_label_set_wrap (self->title, TRUE);
  gtk_label_set_selectable (self->title, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "title-1");
  self->subtitle = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->subtitle, 0);
  gtk_label_set_wrap (self->subtitle, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle), "title-4");
  gtk_widget_add_css_class (GTK_WIDGET (self->subtitle), "dim-label");
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (self->subtitle));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (details), _("Details"));
  self->name_row = ADW_ENTRY_ROW (pursuit_entry_row_new (_("Name")));
  self->tags_row = ADW_ENTRY_ROW (pursuit_entry_row_new (_("Tags, separated by commas")));
  self->notes_row = ADW_ENTRY_ROW (pursuit_entry_row_new (_("Notes")));
  for (AdwEntryRow **row = (AdwEntryRow *[]) { self->name_row, self->tags_row, self->notes_row, NULL }; *row; row++)
    {
      adw_entry_row_set_show_apply_button (*row, TRUE);
      g_signal_connect_object (*row, "apply", G_CALLBACK (on_details_applied), self, G_CONNECT_SWAPPED);
    }
  for (PursuitDocumentKind kind = 0; kind <= PURSUIT_DOCUMENT_KIND_LAST; kind++)
    gtk_string_list_append (kinds, pursuit_document_kind_get_label (kind));
  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Kind"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (on_details_applied), self,
                           G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (details), GTK_WIDGET (self->name_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (details), GTK_WIDGET (self->kind_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (details), GTK_WIDGET (self->tags_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (details), GTK_WIDGET (self->notes_row));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (versions), _("Versions"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (versions),
                                         _("A version sent to a job is kept exactly as it went"));
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (add_content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (add_content), _("Add _Version"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (add_content), TRUE);
  gtk_button_set_child (GTK_BUTTON (add), add_content);
  pursuit_accessible_name_mnemonic_controls (add);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "document.add-version");
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (versions), add);
  self->versions_list = GTK_LIST_BOX (boxed_list ());
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (versions), GTK_WIDGET (self->versions_list));

  self->delete_button = pursuit_mnemonic_button_new (_("_Delete Document…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "document.delete");
  gtk_widget_add_css_class (self->delete_button, "destructive-action");
  gtk_widget_set_halign (self->delete_button, GTK_ALIGN_END);

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), versions);
  gtk_box_append (GTK_BOX (box), details);
  gtk_box_append (GTK_BOX (box), self->delete_button);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 480);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  adw_bin_set_child (ADW_BIN (self), scrolled);
}

PursuitDocumentPage *
pursuit_document_page_new (PursuitContext *context)
{
  PursuitDocumentPage *self = g_object_new (PURSUIT_TYPE_DOCUMENT_PAGE, NULL);

  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);

  self->context = g_object_ref (context);
  return self;
}

/**
 * pursuit_document_page_get_document:
 *
 * Returns: (transfer none) (nullable): the document shown
 */
PursuitDocument *
pursuit_document_page_get_document (PursuitDocumentPage *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_PAGE (self), NULL);

  return self->document;
}
