/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-document-dialog.h"
#include "pursuit-document-page.h"
#include "pursuit-documents-view.h"
#include "pursuit-notes-panel.h"
#include "pursuit-toasts.h"
#include "pursuit-view.h"
#include "pursuit-window.h"

/* The Documents view: resumes, cover letters and the rest, each in
 * versions, beside the document shown; and the general prep notes, those
 * of no one job. A file dropped anywhere on it is added. Search reads the
 * documents' names, tags, notes and every version's text. */
struct _PursuitDocumentsView
{
  AdwBin parent_instance;

  PursuitContext *context;
  gboolean narrow;
  gint64 shown_id;              /* the document shown; 0 */
  gboolean notes_shown;         /* the general notes are shown */
  GArray *search_ids;           /* ascending; NULL: no search */
  GCancellable *search_cancellable;

  AdwLeaflet *leaflet;
  GtkWidget *sidebar;
  GtkWidget *content;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkListBox *list;
  GtkWidget *no_results;
  GtkStack *content_stack;
  AdwViewSwitcherTitle *switcher_title;
  GtkMenuButton *add_button;
  GMenuModel *add_menu;
  GtkMenuButton *primary_button;
  GMenuModel *primary_menu;
  PursuitDocumentPage *page;
  PursuitNotesPanel *notes;
};

static void pursuit_documents_view_view_init (PursuitViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitDocumentsView, pursuit_documents_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (PURSUIT_TYPE_VIEW, pursuit_documents_view_view_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
get_documents (PursuitDocumentsView *self)
{
  return pursuit_store_get_documents (pursuit_context_get_store (self->context));
}

static void
update_narrow (PursuitDocumentsView *self)
{
  gboolean on_list = adw_leaflet_get_folded (self->leaflet) &&
                     adw_leaflet_get_visible_child (self->leaflet) == self->sidebar;
  gboolean narrow = on_list || adw_view_switcher_title_get_title_visible (self->switcher_title);

  if (narrow == self->narrow)
    return;

  self->narrow = narrow;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}

static PursuitDocument *
find_document (PursuitDocumentsView *self,
               gint64                id)
{
  GListModel *documents = get_documents (self);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(PursuitDocument) document = g_list_model_get_item (documents, i);

      if (document->id == id)
        return document;
    }
  return NULL;
}

/* Showing */

static void
update_content (PursuitDocumentsView *self)
{
  PursuitDocument *document = self->shown_id != 0 ? find_document (self, self->shown_id) : NULL;

  if (self->notes_shown)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "notes");
      adw_view_switcher_title_set_subtitle (self->switcher_title, _("General Notes"));
      return;
    }

  pursuit_document_page_set_document (self->page, document);
  gtk_stack_set_visible_child_name (self->content_stack, document != NULL ? "document" : "empty");
  adw_view_switcher_title_set_subtitle (self->switcher_title, document != NULL ? document->name : "");
}

static void
select_row_of (PursuitDocumentsView *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "pursuit-document-id"));
      gboolean notes = g_object_get_data (G_OBJECT (row), "pursuit-notes") != NULL;

      if ((notes && self->notes_shown) || (!notes && !self->notes_shown && id == self->shown_id && id != 0))
        {
          gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (row));
          return;
        }
    }
  gtk_list_box_unselect_all (self->list);
}

static gboolean
matches_search (PursuitDocumentsView *self,
                gint64                id)
{
  if (self->search_ids == NULL)
    return TRUE;

  for (guint i = 0; i < self->search_ids->len; i++)
    {
      if (g_array_index (self->search_ids, gint64, i) == id)
        return TRUE;
    }
  return FALSE;
}

static GtkWidget *
make_row (const char *title,
          const char *subtitle,
          const char *icon_name)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *subtitle_label = gtk_label_new (subtitle);

  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle_label, "caption");
  gtk_widget_add_css_class (subtitle_label, "dim-label");
  gtk_box_append (GTK_BOX (labels), title_label);
  gtk_box_append (GTK_BOX (labels), subtitle_label);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  gtk_box_append (GTK_BOX (box), labels);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static const char *
kind_icon (PursuitDocumentKind kind)
{
  switch (kind)
    {
    case PURSUIT_DOCUMENT_KIND_RESUME:
      return "x-office-document-symbolic";
    case PURSUIT_DOCUMENT_KIND_COVER_LETTER:
      return "mail-unread-symbolic";
    case PURSUIT_DOCUMENT_KIND_PORTFOLIO:
    case PURSUIT_DOCUMENT_KIND_REFERENCES:
    case PURSUIT_DOCUMENT_KIND_TRANSCRIPT:
    case PURSUIT_DOCUMENT_KIND_OTHER:
    default:
      return "folder-documents-symbolic";
    }
}

/* The list: the general notes, then every document matching the search. */
static void
rebuild_list (PursuitDocumentsView *self)
{
  GListModel *documents = get_documents (self);
  guint n = g_list_model_get_n_items (documents);
  guint shown = 0;
  GtkWidget *child;
  GtkWidget *notes_row;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  notes_row = make_row (_("General Notes"), _("Stories, answers, research of no one job"), "accessories-text-editor-symbolic");
  g_object_set_data (G_OBJECT (notes_row), "pursuit-notes", GINT_TO_POINTER (TRUE));
  gtk_list_box_append (self->list, notes_row);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitDocument) document = g_list_model_get_item (documents, i);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (!matches_search (self, document->id))
        continue;

      if (document->n_jobs > 0)
        /* Translators: a document in the list: "Resume · v3 · sent to 4 jobs" */
        subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · v%d · sent to %u job",
                                                 "%s · v%d · sent to %u jobs", document->n_jobs),
                                    pursuit_document_kind_get_label (document->kind), document->latest_number,
                                    document->n_jobs);
      else
        /* Translators: a document in the list: "Cover letter · v1" */
        subtitle = g_strdup_printf (_("%s · v%d"), pursuit_document_kind_get_label (document->kind),
                                    document->latest_number);
      row = make_row (document->name, subtitle, kind_icon (document->kind));
      g_object_set_data (G_OBJECT (row), "pursuit-document-id", GSIZE_TO_POINTER ((gsize) document->id));
      gtk_list_box_append (self->list, row);
      shown++;
    }

  gtk_widget_set_visible (self->no_results, self->search_ids != NULL && shown == 0);

  /* The first document, when nothing else is shown. */
  if (!self->notes_shown && find_document (self, self->shown_id) == NULL)
    {
      g_autoptr(PursuitDocument) first = n > 0 ? g_list_model_get_item (documents, 0) : NULL;

      self->shown_id = first != NULL ? first->id : 0;
    }

  select_row_of (self);
  update_content (self);
}

static void
on_row_activated (PursuitDocumentsView *self,
                  GtkListBoxRow        *row)
{
  self->notes_shown = g_object_get_data (G_OBJECT (row), "pursuit-notes") != NULL;
  if (!self->notes_shown)
    self->shown_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "pursuit-document-id"));
  else
    pursuit_notes_panel_flush (self->notes);
  update_content (self);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_back_clicked (PursuitDocumentsView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Search */

static void
on_searched (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PursuitDocumentsView) self = user_data;
  g_autoptr(GError) error = NULL;
  GArray *ids = pursuit_store_search_documents_finish (PURSUIT_STORE (source), result, &error);

  if (ids == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        pursuit_show_error (GTK_WIDGET (self), _("Could not search"), error);
      return;
    }

  g_clear_pointer (&self->search_ids, g_array_unref);
  self->search_ids = ids;
  rebuild_list (self);
}

static void
on_search_changed (PursuitDocumentsView *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);

  if (text[0] == '\0')
    {
      g_clear_pointer (&self->search_ids, g_array_unref);
      rebuild_list (self);
      return;
    }

  self->search_cancellable = g_cancellable_new ();
  pursuit_store_search_documents_async (pursuit_context_get_store (self->context), text, self->search_cancellable,
                                        on_searched, g_object_ref (self));
}

static void
on_stop_search (PursuitDocumentsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* Actions */

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitDocumentsView *self = PURSUIT_DOCUMENTS_VIEW (widget);

  pursuit_document_choose_and_import (widget, self->context, 0, 0);
}

static void
write_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PursuitDocumentsView *self = PURSUIT_DOCUMENTS_VIEW (widget);
  PursuitDocumentDialog *dialog = pursuit_document_dialog_new (self->context, NULL, 0, 0);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_job_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (PURSUIT_IS_WINDOW (root))
    pursuit_window_show_job (PURSUIT_WINDOW (root), g_variant_get_int64 (parameter));
}

static void
show_notes_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PursuitDocumentsView *self = PURSUIT_DOCUMENTS_VIEW (widget);

  self->notes_shown = TRUE;
  select_row_of (self);
  update_content (self);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* PursuitView */

static void
start_search_in_view (PursuitView *view)
{
  PursuitDocumentsView *self = PURSUIT_DOCUMENTS_VIEW (view);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
settle_in_view (PursuitView *view)
{
  PursuitDocumentsView *self = PURSUIT_DOCUMENTS_VIEW (view);

  if (self->notes != NULL)
    pursuit_notes_panel_flush (self->notes);
}

static void
pursuit_documents_view_view_init (PursuitViewInterface *iface)
{
  iface->start_search = start_search_in_view;
  iface->settle = settle_in_view;
}

/* GObject */

static void
pursuit_documents_view_constructed (GObject *object)
{
  PursuitDocumentsView *self = PURSUIT_DOCUMENTS_VIEW (object);
  static const PursuitViewShortcut shortcuts[] = {
    { "<Control>o", "documents.import" },
    { "<Control>n", "documents.write" },
  };

  G_OBJECT_CLASS (pursuit_documents_view_parent_class)->constructed (object);

  self->page = pursuit_document_page_new (self->context);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->page), "document");

  self->notes = pursuit_notes_panel_new (self->context);
  {
    GtkWidget *scrolled = gtk_scrolled_window_new ();
    GtkWidget *clamp = adw_clamp_new ();

    gtk_widget_set_margin_top (GTK_WIDGET (self->notes), 24);
    gtk_widget_set_margin_bottom (GTK_WIDGET (self->notes), 24);
    gtk_widget_set_margin_start (GTK_WIDGET (self->notes), 12);
    gtk_widget_set_margin_end (GTK_WIDGET (self->notes), 12);
    adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
    adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->notes));
    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
    gtk_stack_add_named (self->content_stack, scrolled, "notes");
  }
  pursuit_notes_panel_set_job (self->notes, NULL);

  g_signal_connect_object (get_documents (self), "items-changed", G_CALLBACK (rebuild_list), self,
                           G_CONNECT_SWAPPED);
  rebuild_list (self);

  /* Files dropped anywhere on the view are added. */
  gtk_widget_add_controller (GTK_WIDGET (self),
                             GTK_EVENT_CONTROLLER (pursuit_document_drop_target_new (self->context, NULL)));
  pursuit_view_add_shortcuts (PURSUIT_VIEW (self), shortcuts, G_N_ELEMENTS (shortcuts));

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (update_narrow), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child", G_CALLBACK (update_narrow), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->switcher_title, "notify::title-visible", G_CALLBACK (update_narrow), self,
                           G_CONNECT_SWAPPED);
}

static void
pursuit_documents_view_root (GtkWidget *widget)
{
  PursuitDocumentsView *self = PURSUIT_DOCUMENTS_VIEW (widget);

  GTK_WIDGET_CLASS (pursuit_documents_view_parent_class)->root (widget);
  adw_view_switcher_title_set_stack (self->switcher_title, pursuit_view_get_stack (PURSUIT_VIEW (self)));
}

static void
pursuit_documents_view_dispose (GObject *object)
{
  PursuitDocumentsView *self = PURSUIT_DOCUMENTS_VIEW (object);

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  if (self->notes != NULL)
    pursuit_notes_panel_flush (self->notes);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_DOCUMENTS_VIEW);
  g_clear_pointer (&self->search_ids, g_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_documents_view_parent_class)->dispose (object);
}

static void
pursuit_documents_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PursuitDocumentsView *self = PURSUIT_DOCUMENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_documents_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PursuitDocumentsView *self = PURSUIT_DOCUMENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_documents_view_class_init (PursuitDocumentsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pursuit_documents_view_constructed;
  object_class->dispose = pursuit_documents_view_dispose;
  object_class->get_property = pursuit_documents_view_get_property;
  object_class->set_property = pursuit_documents_view_set_property;
  widget_class->root = pursuit_documents_view_root;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  g_object_class_override_property (object_class, PROP_NARROW, "narrow");
  properties[PROP_NARROW] = g_object_class_find_property (object_class, "narrow");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-documents-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentsView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentsView, content);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentsView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentsView, list);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentsView, no_results);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentsView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentsView, add_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentsView, add_menu);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentsView, primary_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitDocumentsView, primary_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);

  gtk_widget_class_install_action (widget_class, "documents.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "documents.write", NULL, write_activated);
  gtk_widget_class_install_action (widget_class, "documents.show-job", "x", show_job_activated);
  gtk_widget_class_install_action (widget_class, "documents.show-notes", NULL, show_notes_activated);
}

static void
pursuit_documents_view_init (PursuitDocumentsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));
  pursuit_menu_button_set_menu_model (self->add_button, self->add_menu);
  pursuit_menu_button_set_menu_model (self->primary_button, self->primary_menu);
}

/**
 * pursuit_documents_view_show_document:
 *
 * Shows the document with @id, as when its row is chosen.
 *
 * Returns: whether there is such a document
 */
gboolean
pursuit_documents_view_show_document (PursuitDocumentsView *self,
                                      gint64                id)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENTS_VIEW (self), FALSE);

  if (find_document (self, id) == NULL)
    return FALSE;

  self->notes_shown = FALSE;
  self->shown_id = id;
  select_row_of (self);
  update_content (self);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
  return TRUE;
}

/**
 * pursuit_documents_view_get_page:
 *
 * Returns: (transfer none): the page of the document shown
 */
PursuitDocumentPage *
pursuit_documents_view_get_page (PursuitDocumentsView *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENTS_VIEW (self), NULL);

  return self->page;
}

/**
 * pursuit_documents_view_get_notes:
 *
 * Returns: (transfer none): the general notes
 */
PursuitNotesPanel *
pursuit_documents_view_get_notes (PursuitDocumentsView *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENTS_VIEW (self), NULL);

  return self->notes;
}
