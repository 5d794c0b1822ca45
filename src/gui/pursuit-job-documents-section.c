/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-date-picker.h"
#include "pursuit-document-dialog.h"
#include "pursuit-job-documents-section.h"
#include "pursuit-keyword-match.h"
#include "pursuit-toasts.h"
#include "pursuit-validation.h"

/* What the job sent: the resume and cover letter it uses and, once it
 * applied (or the user says so), the exact versions that went, with their
 * hash and date; their text as it was sent, whatever came after. A job
 * that applied with nothing recorded says so. Below, the keyword match of
 * its resume against its posting, worked out here. */
struct _PursuitJobDocumentsSection
{
  PursuitJobSection parent_instance;

  PursuitJobList *links;        /* PursuitDocumentLink */
  GHashTable *versions;         /* version id -> PursuitDocumentVersion, with text */
  PursuitJob *watched_job;
  GCancellable *cancellable;
  gint64 match_version_id;      /* the resume matched, 0: none */

  AdwPreferencesGroup *group;
  GtkMenuButton *add_button;
  GMenu *add_menu;
  GtkWidget *flag_row;
  GtkWidget *empty_label;
  GtkListBox *list;
  AdwExpanderRow *match_row;
  GtkFlowBox *present_box;
  GtkFlowBox *missing_box;
  GtkWidget *present_title;
  GtkWidget *missing_title;
};

G_DEFINE_FINAL_TYPE (PursuitJobDocumentsSection, pursuit_job_documents_section, PURSUIT_TYPE_JOB_SECTION)

static PursuitJob *
get_job (PursuitJobDocumentsSection *self)
{
  return pursuit_job_section_get_job (PURSUIT_JOB_SECTION (self));
}

static PursuitContext *
get_context (PursuitJobDocumentsSection *self)
{
  return pursuit_job_section_get_context (PURSUIT_JOB_SECTION (self));
}

static PursuitStore *
get_store (PursuitJobDocumentsSection *self)
{
  return pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
}

static PursuitDocumentLink *
find_link (PursuitJobDocumentsSection *self,
           gint64                      version_id)
{
  guint n = self->links != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->links)) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitDocumentLink) link = g_list_model_get_item (G_LIST_MODEL (self->links), i);

      if (link->version_id == version_id)
        return link;
    }
  return NULL;
}

/* "3 Mar 2026" for "2026-03-03". */
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

/* The keyword match */

static void
fill_terms (GtkFlowBox *box,
            GPtrArray  *keywords,
            const char *style)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_flow_box_remove (box, child);

  for (guint i = 0; i < keywords->len; i++)
    {
      PursuitKeyword *keyword = g_ptr_array_index (keywords, i);
      GtkWidget *label = gtk_label_new (keyword->term);

      gtk_widget_add_css_class (label, "term");
      gtk_widget_add_css_class (label, style);
      if (keyword->known)
        gtk_widget_add_css_class (label, "known-term");
      gtk_widget_set_tooltip_text (label, keyword->known ? _("A skill or tool from the guides")
                                                         : _("A word the posting uses often"));
      gtk_flow_box_append (box, label);
    }
}

static void
update_match (PursuitJobDocumentsSection *self)
{
  PursuitJob *job = get_job (self);
  PursuitDocumentVersion *version = self->match_version_id != 0
                                    ? g_hash_table_lookup (self->versions, &self->match_version_id) : NULL;
  g_autoptr(PursuitKeywordMatch) match = NULL;
  g_auto(GStrv) vocabulary = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  guint total;

  if (job == NULL || !pursuit_job_get_details_loaded (job) || pursuit_job_get_posting_text (job)[0] == '\0' ||
      version == NULL || version->text == NULL)
    {
      adw_expander_row_set_subtitle (self->match_row,
                                     job != NULL && pursuit_job_get_posting_text (job)[0] == '\0'
                                     ? _("Add the posting’s text to the job to compare your resume with it")
                                     : _("Use a resume for this job to compare it with the posting"));
      adw_expander_row_set_enable_expansion (self->match_row, FALSE);
      return;
    }

  vocabulary = pursuit_content_dup_vocabulary (pursuit_context_get_content (get_context (self)));
  match = pursuit_keyword_match_new (pursuit_job_get_posting_text (job), version->text,
                                     (const char * const *) vocabulary, PURSUIT_KEYWORD_FREQUENT_TERMS);
  total = match->present->len + match->missing->len;
  title = pursuit_document_version_describe (version);
  /* Translators: "Support resume v2 has 14 of 20 terms (70%)" */
  subtitle = total > 0 ? g_strdup_printf (_("%s has %u of %u terms (%u%%)"), title, match->present->len, total,
                                          match->coverage)
                       : g_strdup (_("The posting has no terms to look for"));
  adw_expander_row_set_subtitle (self->match_row, subtitle);
  adw_expander_row_set_enable_expansion (self->match_row, total > 0);
  fill_terms (self->present_box, match->present, "success");
  fill_terms (self->missing_box, match->missing, "warning");
  gtk_widget_set_visible (self->present_title, match->present->len > 0);
  gtk_widget_set_visible (self->missing_title, match->missing->len > 0);
}

static void bind (PursuitJobDocumentsSection *self);

/* Versions, read with their text */

typedef struct
{
  PursuitJobDocumentsSection *self;
  gint64 job_id;
} Load;

static void
on_version_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Load *load = user_data;
  PursuitJobDocumentsSection *self = load->self;
  g_autoptr(PursuitDocumentVersion) version = NULL;
  g_autoptr(GError) error = NULL;

  version = pursuit_store_load_version_finish (PURSUIT_STORE (source), result, &error);
  if (version != NULL && get_job (self) != NULL && pursuit_job_get_id (get_job (self)) == load->job_id)
    {
      gint64 *key = g_new (gint64, 1);

      *key = version->id;
      g_hash_table_replace (self->versions, key, g_object_ref (version));
      /* The rows show the text: make them again. */
      bind (self);
    }
  else if (version == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("Could not read a version: %s", error->message);

  g_object_unref (load->self);
  g_free (load);
}

static void
load_version (PursuitJobDocumentsSection *self,
              gint64                      version_id)
{
  Load *load = g_new0 (Load, 1);

  load->self = g_object_ref (self);
  load->job_id = pursuit_job_get_id (get_job (self));
  pursuit_store_load_version_async (get_store (self), version_id, self->cancellable, on_version_loaded, load);
}

/* Rows */

static GtkWidget *
text_row (const char *title,
          const char *text,
          gboolean    monospace)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (text);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_hexpand (label, TRUE);
  if (monospace)
    gtk_widget_add_css_class (label, "monospace");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PursuitJobDocumentsSection *self = user_data;
  PursuitDocumentLink *link = item;
  PursuitDocumentVersion *version = g_hash_table_lookup (self->versions, &link->version_id);
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *title = pursuit_document_link_describe (link);
  g_autofree char *subtitle = NULL;
  g_autofree char *open_label = NULL;
  GtkWidget *open;
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *actions = adw_action_row_new ();

  if (pursuit_document_link_is_sent (link))
    {
      g_autofree char *date = format_date (link->sent_on);
      g_autofree char *hash = g_strndup (link->sha256, 12);

      /* Translators: "Sent 3 Mar 2026 · SHA-256 3f2a9c1e0b7d…" */
      subtitle = g_strdup_printf (_("Sent %s · SHA-256 %s…"), date, hash);
    }
  else
    subtitle = g_strdup (_("To send: recorded as sent when the job moves to Applied"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (row), pursuit_document_link_is_sent (link)
                                                            ? "mail-send-symbolic" : "document-edit-symbolic");

  /* Translators: a button's name, as in “Open Support resume v2” */
  open_label = g_strdup_printf (_("Open %s"), title);
  open = gtk_button_new_from_icon_name ("document-open-symbolic");
  gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (open, "flat");
  gtk_widget_set_tooltip_text (open, open_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (open), GTK_ACCESSIBLE_PROPERTY_LABEL, open_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "job-documents.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "x", link->version_id);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), open);

  if (version != NULL && version->text != NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                              text_row (pursuit_document_link_is_sent (link) ? _("Text as sent") : _("Text"),
                                        version->text[0] != '\0' ? version->text : _("(no text)"), FALSE));
  if (pursuit_document_link_is_sent (link))
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text_row (_("SHA-256"), link->sha256, TRUE));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (actions), "");
  if (!pursuit_document_link_is_sent (link))
    {
      GtkWidget *send = pursuit_mnemonic_button_new (_("Mark as _Sent…"));
      GtkWidget *remove = pursuit_mnemonic_button_new (_("_Remove"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (send), "job-documents.mark-sent");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (send), "x", link->version_id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "job-documents.remove");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", link->version_id);
      gtk_box_append (GTK_BOX (buttons), send);
      gtk_box_append (GTK_BOX (buttons), remove);
    }
  else
    {
      GtkWidget *export = pursuit_mnemonic_button_new (_("_Export a Copy…"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "job-documents.export");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (export), "x", link->version_id);
      gtk_box_append (GTK_BOX (buttons), export);
    }
  gtk_widget_set_margin_top (buttons, 6);
  gtk_widget_set_margin_bottom (buttons, 6);
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), buttons);
  gtk_widget_set_focusable (actions, FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), actions);

  if (version == NULL)
    load_version (self, link->version_id);
  return row;
}

/* The Add menu: import, write, or a version kept already. */
static void
rebuild_add_menu (PursuitJobDocumentsSection *self)
{
  GListModel *documents = pursuit_store_get_documents (get_store (self));
  g_autoptr(GMenu) first = g_menu_new ();
  g_autoptr(GMenu) kept = g_menu_new ();

  g_menu_remove_all (self->add_menu);
  g_menu_append (first, _("_Import a File…"), "job-documents.import");
  g_menu_append (first, _("_Write a Document…"), "job-documents.write");
  g_menu_append_section (self->add_menu, NULL, G_MENU_MODEL (first));

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(PursuitDocument) document = g_list_model_get_item (documents, i);
      g_autoptr(GMenuItem) item = NULL;
      g_autoptr(GString) label = NULL;

      if (document->n_versions == 0)
        continue;
      /* Translators: a version offered for the job: "Support resume v3 (Resume)" */
      label = g_string_new (NULL);
      g_string_printf (label, _("%s v%d (%s)"), document->name, document->latest_number,
                       pursuit_document_kind_get_label (document->kind));
      g_string_replace (label, "_", "__", 0);
      item = g_menu_item_new (label->str, NULL);
      g_menu_item_set_action_and_target_value (item, "job-documents.use-latest",
                                               g_variant_new_int64 (document->id));
      g_menu_append_item (kept, item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (kept)) > 0)
    g_menu_append_section (self->add_menu, _("Use the Latest Version"), G_MENU_MODEL (kept));
}

static void
on_links_changed (PursuitJobDocumentsSection *self)
{
  PursuitJob *job = get_job (self);
  guint n = self->links != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->links)) : 0;
  gboolean loading = self->links == NULL || pursuit_job_list_get_loading (self->links);

  gtk_widget_set_visible (self->empty_label, !loading && n == 0 && (job == NULL || !pursuit_job_needs_documents (job)));
  gtk_widget_set_visible (GTK_WIDGET (self->list), n > 0);
  gtk_widget_set_visible (self->flag_row, job != NULL && pursuit_job_needs_documents (job));

  /* The resume to match: the one sent, or the one the job uses. */
  self->match_version_id = 0;
  for (guint i = 0; i < n && self->match_version_id == 0; i++)
    {
      g_autoptr(PursuitDocumentLink) link = g_list_model_get_item (G_LIST_MODEL (self->links), i);

      if (link->document_kind == PURSUIT_DOCUMENT_KIND_RESUME)
        self->match_version_id = link->version_id;
    }
  update_match (self);
}

static void
bind (PursuitJobDocumentsSection *self)
{
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->links), self->links != NULL ? create_row : NULL,
                           self, NULL);
  on_links_changed (self);
}

static gint64
drop_job (GtkWidget *widget)
{
  PursuitJob *job = pursuit_job_section_get_job (PURSUIT_JOB_SECTION (widget));

  return job != NULL ? pursuit_job_get_id (job) : 0;
}

static void
add_drop_target (PursuitJobDocumentsSection *self)
{
  PursuitContext *context = get_context (self);

  /* Files dropped on the section are versions for this job. */
  if (context != NULL && g_object_get_data (G_OBJECT (self), "pursuit-drop") == NULL)
    {
      GtkDropTarget *target = pursuit_document_drop_target_new (context, drop_job);

      g_object_set_data (G_OBJECT (self), "pursuit-drop", target);
      gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
    }
}

static void
pursuit_job_documents_section_job_changed (PursuitJobSection *section)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (section);
  PursuitJob *job = pursuit_job_section_get_job (section);
  PursuitStore *store = pursuit_job_section_get_store (section);

  add_drop_target (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->links != NULL)
    g_signal_handlers_disconnect_by_data (self->links, self);
  g_clear_object (&self->links);
  if (self->watched_job != NULL)
    g_signal_handlers_disconnect_by_data (self->watched_job, self);
  g_set_object (&self->watched_job, job);
  g_hash_table_remove_all (self->versions);

  if (job != NULL && store != NULL)
    {
      self->cancellable = g_cancellable_new ();
      self->links = pursuit_store_get_job_documents (store, pursuit_job_get_id (job));
      g_signal_connect_object (self->links, "items-changed", G_CALLBACK (bind), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->links, "notify::loading", G_CALLBACK (on_links_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (job, "notify::stage", G_CALLBACK (on_links_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (job, "notify::n-documents", G_CALLBACK (on_links_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (job, "notify::posting-text", G_CALLBACK (on_links_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (job, "notify::details-loaded", G_CALLBACK (on_links_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (pursuit_store_get_documents (store), "items-changed",
                               G_CALLBACK (rebuild_add_menu), self, G_CONNECT_SWAPPED);
      rebuild_add_menu (self);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), self->links != NULL);
  bind (self);
}

/* Actions */

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (widget);

  if (get_job (self) != NULL)
    pursuit_document_choose_and_import (widget, get_context (self), 0, pursuit_job_get_id (get_job (self)));
}

static void
write_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (widget);
  PursuitDocumentDialog *dialog;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (get_job (self) == NULL)
    return;

  dialog = pursuit_document_dialog_new (get_context (self), NULL, 0, pursuit_job_get_id (get_job (self)));
  pursuit_document_dialog_set_kind (dialog, PURSUIT_DOCUMENT_KIND_COVER_LETTER);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  PursuitJobDocumentsSection *self;
  const char *failure;
} Change;

static void
on_changed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Change *change = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_async_result_is_tagged (result, pursuit_store_send_version_async))
    ok = pursuit_store_send_version_finish (PURSUIT_STORE (source), result, &error);
  else
    ok = pursuit_store_link_version_finish (PURSUIT_STORE (source), result, &error);

  if (!ok)
    pursuit_show_error (GTK_WIDGET (change->self), change->failure, error);
  g_object_unref (change->self);
  g_free (change);
}

static Change *
change_new (PursuitJobDocumentsSection *self,
            const char                 *failure)
{
  Change *change = g_new0 (Change, 1);

  change->self = g_object_ref (self);
  change->failure = failure;
  return change;
}

static void
use_latest_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (widget);
  GListModel *documents = pursuit_store_get_documents (get_store (self));
  gint64 document_id = g_variant_get_int64 (parameter);

  if (get_job (self) == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(PursuitDocument) document = g_list_model_get_item (documents, i);

      if (document->id == document_id && document->latest_version_id != 0)
        pursuit_store_link_version_async (get_store (self), pursuit_job_get_id (get_job (self)),
                                          document->latest_version_id, TRUE, NULL, on_changed,
                                          change_new (self, _("Could not use the document")));
    }
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (widget);

  if (get_job (self) != NULL)
    pursuit_store_link_version_async (get_store (self), pursuit_job_get_id (get_job (self)),
                                      g_variant_get_int64 (parameter), FALSE, NULL, on_changed,
                                      change_new (self, _("Could not remove the document")));
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (widget);
  gint64 id = g_variant_get_int64 (parameter);
  PursuitDocumentVersion *version = g_hash_table_lookup (self->versions, &id);

  if (version != NULL)
    pursuit_document_open_version (widget, get_context (self), version);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (widget);
  gint64 id = g_variant_get_int64 (parameter);
  PursuitDocumentVersion *version = g_hash_table_lookup (self->versions, &id);

  if (version != NULL)
    pursuit_document_export_version (widget, get_context (self), version, NULL);
}

/* Marking as sent: when, the date applied unless the user says. */

static void
on_send_response (AdwMessageDialog           *dialog,
                  const char                 *response,
                  PursuitJobDocumentsSection *self)
{
  AdwEntryRow *date_row = g_object_get_data (G_OBJECT (dialog), "pursuit-date-row");
  gint64 version_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "pursuit-version-id"));
  g_autofree char *date = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "send") || get_job (self) == NULL)
    return;

  if (!pursuit_parse_date (gtk_editable_get_text (GTK_EDITABLE (date_row)), &date, &error))
    {
      pursuit_show_error (GTK_WIDGET (self), _("Could not record what was sent"), error);
      return;
    }

  pursuit_store_send_version_async (get_store (self), pursuit_job_get_id (get_job (self)), version_id, date,
                                    NULL, on_changed, change_new (self, _("Could not record what was sent")));
}

static void
mark_sent_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (widget);
  PursuitDocumentLink *link = find_link (self, g_variant_get_int64 (parameter));
  PursuitJob *job = get_job (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *title = NULL;
  g_autofree char *today = NULL;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *date_row;
  AdwMessageDialog *dialog;

  if (link == NULL || job == NULL)
    return;

  title = pursuit_document_link_describe (link);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Mark as Sent?"), NULL));
  /* Translators: a question's detail; the first is a version, "Support resume v2" */
  adw_message_dialog_format_body (dialog, _("%s will be kept exactly as it is now, with its hash, as what %s "
                                            "was sent. It can no longer be changed, only followed by a new "
                                            "version."),
                                  title, pursuit_job_get_company (job));
  date_row = pursuit_entry_row_new (_("Sent On"));
  if (pursuit_job_get_applied_on (job)[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (date_row), pursuit_job_get_applied_on (job));
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      today = g_date_time_format (now, "%Y-%m-%d");
      gtk_editable_set_text (GTK_EDITABLE (date_row), today);
    }
  pursuit_date_picker_attach (ADW_ENTRY_ROW (date_row));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), date_row);
  adw_message_dialog_set_extra_child (dialog, list);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "send", _("_Mark as Sent"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "send", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "send");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "pursuit-date-row", date_row);
  g_object_set_data (G_OBJECT (dialog), "pursuit-version-id", GSIZE_TO_POINTER ((gsize) link->version_id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_send_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
pursuit_job_documents_section_make (PursuitJobSection *section)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (section);

  gtk_widget_init_template (GTK_WIDGET (section));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (section));
  pursuit_menu_button_set_menu_model (self->add_button, G_MENU_MODEL (self->add_menu));
}

static void
pursuit_job_documents_section_dispose (GObject *object)
{
  PursuitJobDocumentsSection *self = PURSUIT_JOB_DOCUMENTS_SECTION (object);

  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (pursuit_job_documents_section_parent_class)->dispose (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->links);
  g_clear_object (&self->watched_job);
  g_clear_pointer (&self->versions, g_hash_table_unref);
}

static void
pursuit_job_documents_section_class_init (PursuitJobDocumentsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  object_class->dispose = pursuit_job_documents_section_dispose;
  section_class->make = pursuit_job_documents_section_make;
  /* The heading, the flag or the empty line, and the keyword match. */
  section_class->reserved_height = 160;
  section_class->job_changed = pursuit_job_documents_section_job_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-job-documents-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, group);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, add_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, add_menu);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, flag_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, empty_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, list);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, match_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, present_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, missing_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, present_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobDocumentsSection, missing_title);

  gtk_widget_class_install_action (widget_class, "job-documents.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "job-documents.write", NULL, write_activated);
  gtk_widget_class_install_action (widget_class, "job-documents.use-latest", "x", use_latest_activated);
  gtk_widget_class_install_action (widget_class, "job-documents.remove", "x", remove_activated);
  gtk_widget_class_install_action (widget_class, "job-documents.open", "x", open_activated);
  gtk_widget_class_install_action (widget_class, "job-documents.export", "x", export_activated);
  gtk_widget_class_install_action (widget_class, "job-documents.mark-sent", "x", mark_sent_activated);
}

static void
pursuit_job_documents_section_init (PursuitJobDocumentsSection *self)
{
  self->versions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

/**
 * pursuit_job_documents_section_get_match_subtitle:
 *
 * Returns: (nullable): what the keyword match says in its row (for
 *   tests); %NULL before the section is made
 */
const char *
pursuit_job_documents_section_get_match_subtitle (PursuitJobDocumentsSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_DOCUMENTS_SECTION (self), NULL);

  return self->match_row != NULL ? adw_expander_row_get_subtitle (self->match_row) : NULL;
}
