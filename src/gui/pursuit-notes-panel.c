/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-note-editor.h"
#include "pursuit-notes-panel.h"
#include "pursuit-toasts.h"

/* How long typing may pause before a note is saved. */
#define SAVE_DELAY_MS 800

/* Prep notes in Markdown: a job's, or the general ones (no job). For a job
 * the first note is the job's own Notes field, as it always was (kept in
 * the job, so pursuit-cli and CSV see it); the others are prep notes, some
 * about one of its interviews. Everything typed is saved after a pause and
 * on every way out (pursuit_notes_panel_flush(): another job, the window
 * closing, the session ending): nothing typed is lost. */
struct _PursuitNotesPanel
{
  AdwBin parent_instance;

  PursuitContext *context;
  PursuitJob *job;                 /* NULL: the general notes */
  PursuitJobList *notes;           /* PursuitPrepNote */
  PursuitJobList *interviews;      /* the job's, for debriefs */
  gint64 current_id;               /* the note shown; 0 with a job: its Notes field */
  gboolean has_current;
  gboolean dirty;                  /* typed since last saved */
  gboolean loading;                /* filling the widgets */
  guint save_timeout;

  AdwPreferencesGroup *group;
  GtkMenuButton *new_button;
  GMenu *new_menu;
  AdwComboRow *choose_row;
  AdwEntryRow *title_row;
  GtkWidget *title_list;
  PursuitNoteEditor *editor;
  GtkWidget *delete_button;
  GtkLabel *status;
  GtkWidget *empty;
};

G_DEFINE_FINAL_TYPE (PursuitNotesPanel, pursuit_notes_panel, ADW_TYPE_BIN)

static PursuitStore *
get_store (PursuitNotesPanel *self)
{
  return pursuit_context_get_store (self->context);
}

static guint
n_notes (PursuitNotesPanel *self)
{
  return self->notes != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->notes)) : 0;
}

/* Positions in the chooser: with a job, 0 is its Notes field. */
static guint
offset (PursuitNotesPanel *self)
{
  return self->job != NULL ? 1 : 0;
}

static PursuitPrepNote *
find_note (PursuitNotesPanel *self,
           gint64             id,
           guint             *position)
{
  for (guint i = 0; i < n_notes (self); i++)
    {
      g_autoptr(PursuitPrepNote) note = g_list_model_get_item (G_LIST_MODEL (self->notes), i);

      if (note->id == id)
        {
          if (position != NULL)
            *position = i;
          return note;
        }
    }
  return NULL;
}

static void
set_status (PursuitNotesPanel *self,
            const char        *text)
{
  gtk_label_set_text (self->status, text);
}

/* Saving */

typedef struct
{
  PursuitNotesPanel *self;
  char *body;
  gboolean job_note;  /* the job's own Notes field */
} Saving;

static void
saving_free (Saving *saving)
{
  g_object_unref (saving->self);
  g_free (saving->body);
  g_free (saving);
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Saving *saving = user_data;
  PursuitNotesPanel *self = saving->self;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (saving->job_note)
    ok = pursuit_store_save_job_finish (PURSUIT_STORE (source), result, &error);
  else
    ok = pursuit_store_save_note_finish (PURSUIT_STORE (source), result, &error);

  if (!ok)
    {
      /* Kept in the editor, marked unsaved, and tried again with the next
       * change or way out. */
      self->dirty = TRUE;
      set_status (self, _("Not saved"));
      pursuit_show_error (GTK_WIDGET (self), _("Could not save the note"), error);
    }
  else if (!self->dirty)
    set_status (self, _("Saved"));

  saving_free (saving);
}

static void
save_now (PursuitNotesPanel *self)
{
  g_autofree char *body = NULL;
  Saving *saving;

  g_clear_handle_id (&self->save_timeout, g_source_remove);
  if (!self->dirty || !self->has_current || self->context == NULL)
    return;

  body = pursuit_note_editor_get_text (self->editor);
  saving = g_new0 (Saving, 1);
  saving->self = g_object_ref (self);
  saving->body = g_strdup (body);
  self->dirty = FALSE;
  set_status (self, _("Saving…"));

  if (self->job != NULL && self->current_id == 0)
    {
      g_autoptr(PursuitJob) draft = pursuit_job_copy (self->job);

      pursuit_job_set_notes (draft, body);
      saving->job_note = TRUE;
      pursuit_store_save_job_async (get_store (self), draft, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_NOTES),
                                    NULL, on_saved, saving);
      return;
    }

  {
    PursuitPrepNote *note = find_note (self, self->current_id, NULL);
    g_autoptr(PursuitPrepNote) draft = note != NULL ? pursuit_prep_note_copy (note)
                                                    : pursuit_prep_note_new (0, NULL, NULL);

    draft->id = self->current_id;
    pursuit_document_set_text (&draft->title, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
    pursuit_document_set_text (&draft->body, body);
    pursuit_store_save_note_async (get_store (self), draft, NULL, on_saved, saving);
  }
}

static gboolean
on_save_timeout (gpointer user_data)
{
  PursuitNotesPanel *self = user_data;

  self->save_timeout = 0;
  save_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_edited (PursuitNotesPanel *self)
{
  if (self->loading || !self->has_current)
    return;

  self->dirty = TRUE;
  set_status (self, _("Editing…"));
  g_clear_handle_id (&self->save_timeout, g_source_remove);
  self->save_timeout = g_timeout_add (SAVE_DELAY_MS, on_save_timeout, self);
}

/**
 * pursuit_notes_panel_flush:
 *
 * Saves at once what waits for the typing pause.
 */
void
pursuit_notes_panel_flush (PursuitNotesPanel *self)
{
  g_return_if_fail (PURSUIT_IS_NOTES_PANEL (self));

  save_now (self);
}

/* Showing */

static void
show_current (PursuitNotesPanel *self)
{
  gboolean job_note = self->job != NULL && self->current_id == 0;
  PursuitPrepNote *note = job_note ? NULL : find_note (self, self->current_id, NULL);

  self->loading = TRUE;
  if (job_note)
    {
      gboolean loaded = pursuit_job_get_details_loaded (self->job);

      pursuit_note_editor_set_text (self->editor, pursuit_job_get_notes (self->job));
      /* A job from the list has no notes yet: not until they are read. */
      pursuit_note_editor_set_editable (self->editor, loaded);
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
    }
  else if (note != NULL)
    {
      pursuit_note_editor_set_text (self->editor, note->body);
      pursuit_note_editor_set_editable (self->editor, TRUE);
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), note->title);
    }
  self->loading = FALSE;

  gtk_widget_set_visible (self->title_list, !job_note && self->has_current);
  gtk_widget_set_visible (self->delete_button, !job_note && self->has_current);
  gtk_widget_set_visible (GTK_WIDGET (self->editor), self->has_current);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_row), self->has_current);
  gtk_widget_set_visible (self->empty, !self->has_current);
}

static void
choose (PursuitNotesPanel *self,
        gboolean           has,
        gint64             id)
{
  if (self->has_current == has && self->current_id == id)
    return;

  save_now (self);
  self->has_current = has;
  self->current_id = id;
  self->dirty = FALSE;
  set_status (self, "");
  show_current (self);
}

static char *
describe_note (PursuitNotesPanel *self,
               PursuitPrepNote   *note)
{
  if (note->title[0] != '\0')
    return g_strdup (note->title);
  return g_strdup (_("Untitled note"));
}

/* Rebuilds the chooser's titles; keeps the note shown if it is still there. */
static void
rebuild_choices (PursuitNotesPanel *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;
  guint position = 0;

  if (self->job != NULL)
    gtk_string_list_append (titles, _("Job notes"));
  for (guint i = 0; i < n_notes (self); i++)
    {
      g_autoptr(PursuitPrepNote) note = g_list_model_get_item (G_LIST_MODEL (self->notes), i);
      g_autofree char *title = describe_note (self, note);

      gtk_string_list_append (titles, title);
    }

  if (self->has_current && self->job != NULL && self->current_id == 0)
    selected = 0;
  else if (self->has_current && find_note (self, self->current_id, &position) != NULL)
    selected = position + offset (self);

  self->loading = TRUE;
  adw_combo_row_set_model (self->choose_row, G_LIST_MODEL (titles));
  if (selected != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->choose_row, selected);
  self->loading = FALSE;

  if (selected == GTK_INVALID_LIST_POSITION)
    {
      /* The note shown went (deleted here or elsewhere): show the first. */
      if (self->job != NULL)
        choose (self, TRUE, 0);
      else if (n_notes (self) > 0)
        {
          g_autoptr(PursuitPrepNote) first = g_list_model_get_item (G_LIST_MODEL (self->notes), 0);

          choose (self, TRUE, first->id);
          adw_combo_row_set_selected (self->choose_row, 0);
        }
      else
        choose (self, FALSE, 0);
    }
  else if (!self->dirty)
    show_current (self);
}

static void
on_chosen (PursuitNotesPanel *self)
{
  guint selected = adw_combo_row_get_selected (self->choose_row);

  if (self->loading || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (self->job != NULL && selected == 0)
    choose (self, TRUE, 0);
  else if (selected - offset (self) < n_notes (self))
    {
      g_autoptr(PursuitPrepNote) note = g_list_model_get_item (G_LIST_MODEL (self->notes), selected - offset (self));

      choose (self, TRUE, note->id);
    }
}

static void
on_job_notes_changed (PursuitNotesPanel *self)
{
  /* Another program, or a save, changed the job's notes: show them,
   * unless the user is typing there. */
  if (self->current_id == 0 && self->has_current && !self->dirty)
    show_current (self);
}

/* The "New Note" menu: the templates, and a debrief per interview. */
static void
rebuild_new_menu (PursuitNotesPanel *self)
{
  g_autoptr(GMenu) templates = g_menu_new ();
  g_autoptr(GMenu) debriefs = g_menu_new ();
  const PursuitPrepNoteTemplate *list;
  guint n_templates;
  guint n_interviews = self->interviews != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->interviews)) : 0;

  g_menu_remove_all (self->new_menu);
  g_menu_append (templates, _("_Blank Note"), "notes.new::");
  list = pursuit_prep_note_get_templates (&n_templates);
  for (guint i = 0; i < n_templates; i++)
    {
      g_autofree char *action = g_strdup_printf ("notes.new::%s", list[i].id);
      g_autofree char *label = NULL;

      /* A debrief belongs to an interview, when the job has one. */
      if (g_str_equal (list[i].id, "interview-debrief") && n_interviews > 0)
        continue;
      label = g_strdup (g_dgettext (GETTEXT_PACKAGE, list[i].title));
      g_menu_append (templates, label, action);
    }
  g_menu_append_section (self->new_menu, NULL, G_MENU_MODEL (templates));

  for (guint i = 0; i < n_interviews; i++)
    {
      g_autoptr(PursuitInterview) interview = g_list_model_get_item (G_LIST_MODEL (self->interviews), i);
      g_autoptr(GDateTime) start = pursuit_interview_dup_start (interview);
      /* Translators: a menu item: the debrief of the interview of that day, "Debrief of Tue 3 Mar" */
      g_autofree char *when = start != NULL ? g_date_time_format (start, _("%a %-d %b")) : g_strdup ("");
      g_autofree char *label = g_strdup_printf (_("Debrief of %s"), when);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "notes.debrief",
                                               g_variant_new_int64 (pursuit_interview_get_id (interview)));
      g_menu_append_item (debriefs, item);
    }
  if (n_interviews > 0)
    g_menu_append_section (self->new_menu, _("Interview Debrief"), G_MENU_MODEL (debriefs));
}

/* Making and deleting */

static void
on_added (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PursuitNotesPanel) self = user_data;
  g_autoptr(PursuitPrepNote) note = NULL;
  g_autoptr(GError) error = NULL;

  note = pursuit_store_add_note_finish (PURSUIT_STORE (source), result, &error);
  if (note == NULL)
    {
      pursuit_show_error (GTK_WIDGET (self), _("Could not add the note"), error);
      return;
    }

  /* The list is read again after the note was added: show it then. */
  choose (self, TRUE, note->id);
  gtk_widget_grab_focus (pursuit_note_editor_get_view (self->editor));
}

static void
add_note (PursuitNotesPanel *self,
          const char        *template_id,
          gint64             interview_id)
{
  PursuitPrepNoteTemplate template = pursuit_prep_note_find_template (template_id);
  g_autoptr(PursuitPrepNote) draft = NULL;

  save_now (self);
  draft = pursuit_prep_note_new (self->job != NULL ? pursuit_job_get_id (self->job) : 0, template.title,
                                 template.body);
  draft->interview_id = interview_id;
  pursuit_store_add_note_async (get_store (self), draft, NULL, on_added, g_object_ref (self));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const char *id = g_variant_get_string (parameter, NULL);

  add_note (PURSUIT_NOTES_PANEL (widget), id[0] != '\0' ? id : NULL, 0);
}

static void
debrief_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  add_note (PURSUIT_NOTES_PANEL (widget), "interview-debrief", g_variant_get_int64 (parameter));
}

static void
on_undo_delete (AdwToast        *toast,
                PursuitPrepNote *note)
{
  PursuitNotesPanel *self = g_object_get_data (G_OBJECT (toast), "pursuit-panel");

  if (self != NULL)
    pursuit_store_add_note_async (get_store (self), note, NULL, on_added, g_object_ref (self));
}

static void
on_deleted (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(PursuitPrepNote) note = user_data;
  PursuitNotesPanel *self = g_object_get_data (G_OBJECT (note), "pursuit-panel");
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!pursuit_store_delete_note_finish (PURSUIT_STORE (source), result, &error))
    {
      if (self != NULL)
        pursuit_show_error (GTK_WIDGET (self), _("Could not delete the note"), error);
      return;
    }
  if (self == NULL)
    return;

  /* Translators: a toast, as in “Company research deleted” */
  toast = adw_toast_new_format (_("“%s” deleted"), note->title[0] != '\0' ? note->title : _("Untitled note"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "pursuit-panel", g_object_ref (self), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete), g_object_ref (note),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  pursuit_show_toast (GTK_WIDGET (self), toast);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitNotesPanel *self = PURSUIT_NOTES_PANEL (widget);
  PursuitPrepNote *note = find_note (self, self->current_id, NULL);
  PursuitPrepNote *copy;

  if (note == NULL)
    return;

  /* What was typed last goes with it, so Undo brings it all back. */
  copy = pursuit_prep_note_copy (note);
  pursuit_document_set_text (&copy->title, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  g_free (copy->body);
  copy->body = pursuit_note_editor_get_text (self->editor);
  g_object_set_data_full (G_OBJECT (copy), "pursuit-panel", g_object_ref (self), g_object_unref);
  g_clear_handle_id (&self->save_timeout, g_source_remove);
  self->dirty = FALSE;
  self->has_current = FALSE;
  pursuit_store_delete_note_async (get_store (self), copy, NULL, on_deleted, copy);
}

/* The lists */

static void
on_notes_changed (PursuitNotesPanel *self)
{
  if (self->notes != NULL && pursuit_job_list_get_loading (self->notes) && n_notes (self) == 0)
    return;
  rebuild_choices (self);
}

static void
unwatch (PursuitNotesPanel *self)
{
  if (self->notes != NULL)
    g_signal_handlers_disconnect_by_data (self->notes, self);
  if (self->interviews != NULL)
    g_signal_handlers_disconnect_by_data (self->interviews, self);
  if (self->job != NULL)
    g_signal_handlers_disconnect_by_data (self->job, self);
  g_clear_object (&self->notes);
  g_clear_object (&self->interviews);
  g_clear_object (&self->job);
}

/**
 * pursuit_notes_panel_set_job:
 * @job: (nullable): a job from the store, or %NULL for the general notes
 *
 * Saves what was typed for the notes shown, then shows @job's.
 */
void
pursuit_notes_panel_set_job (PursuitNotesPanel *self,
                             PursuitJob        *job)
{
  g_return_if_fail (PURSUIT_IS_NOTES_PANEL (self));

  save_now (self);
  unwatch (self);
  self->job = job != NULL ? g_object_ref (job) : NULL;
  self->has_current = FALSE;
  self->current_id = 0;
  self->dirty = FALSE;
  set_status (self, "");

  adw_preferences_group_set_title (self->group, job != NULL ? _("Prep Notes") : _("General Notes"));
  self->notes = pursuit_store_get_notes (get_store (self), job != NULL ? pursuit_job_get_id (job) : 0);
  g_signal_connect_object (self->notes, "items-changed", G_CALLBACK (on_notes_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->notes, "notify::loading", G_CALLBACK (on_notes_changed), self,
                           G_CONNECT_SWAPPED);
  if (job != NULL)
    {
      self->interviews = pursuit_store_get_job_interviews (get_store (self), pursuit_job_get_id (job));
      g_signal_connect_object (self->interviews, "items-changed", G_CALLBACK (rebuild_new_menu), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (job, "notify::notes", G_CALLBACK (on_job_notes_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (job, "notify::details-loaded", G_CALLBACK (on_job_notes_changed), self,
                               G_CONNECT_SWAPPED);
    }

  rebuild_new_menu (self);
  rebuild_choices (self);
}

/* Set up */

static void
pursuit_notes_panel_dispose (GObject *object)
{
  PursuitNotesPanel *self = PURSUIT_NOTES_PANEL (object);

  if (self->context != NULL)
    save_now (self);
  g_clear_handle_id (&self->save_timeout, g_source_remove);
  unwatch (self);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_notes_panel_parent_class)->dispose (object);
}

static void
pursuit_notes_panel_class_init (PursuitNotesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_notes_panel_dispose;

  gtk_widget_class_install_action (widget_class, "notes.new", "s", new_activated);
  gtk_widget_class_install_action (widget_class, "notes.debrief", "x", debrief_activated);
  gtk_widget_class_install_action (widget_class, "notes.delete", NULL, delete_activated);
}

static GtkWidget *
make_list (GtkWidget *row)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return list;
}

static void
pursuit_notes_panel_init (PursuitNotesPanel *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *new_content = adw_button_content_new ();
  GtkWidget *empty_button = gtk_menu_button_new ();

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_description (self->group, _("Markdown, saved as you type"));

  self->new_menu = g_menu_new ();
  self->new_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (new_content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (new_content), _("New _Note"));
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (new_content), TRUE);
  gtk_menu_button_set_child (self->new_button, new_content);
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self->new_button));
  pursuit_menu_button_set_menu_model (self->new_button, G_MENU_MODEL (self->new_menu));
  gtk_widget_set_valign (GTK_WIDGET (self->new_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->new_button), "flat");
  /* GTK 4.8 names a menu button after neither its child nor its label. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->new_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New Note"), -1);
  adw_preferences_group_set_header_suffix (self->group, GTK_WIDGET (self->new_button));

  self->choose_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->choose_row), _("Note"));
  g_signal_connect_object (self->choose_row, "notify::selected", G_CALLBACK (on_chosen), self,
                           G_CONNECT_SWAPPED);
  self->title_row = ADW_ENTRY_ROW (pursuit_entry_row_new (_("Title")));
  g_signal_connect_object (self->title_row, "changed", G_CALLBACK (on_edited), self, G_CONNECT_SWAPPED);

  self->editor = PURSUIT_NOTE_EDITOR (pursuit_note_editor_new ());
  g_signal_connect_object (self->editor, "changed", G_CALLBACK (on_edited), self, G_CONNECT_SWAPPED);

  self->empty = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  {
    GtkWidget *label = gtk_label_new (_("No notes yet: start one from a template or blank."));

    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_widget_set_hexpand (label, TRUE);
    gtk_widget_add_css_class (label, "dim-label");
    gtk_menu_button_set_label (GTK_MENU_BUTTON (empty_button), _("Start a Note"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (empty_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Start a Note"), -1);
    pursuit_menu_button_set_menu_model (GTK_MENU_BUTTON (empty_button), G_MENU_MODEL (self->new_menu));
    gtk_widget_add_css_class (empty_button, "pill");
    gtk_widget_set_valign (empty_button, GTK_ALIGN_CENTER);
    gtk_box_append (GTK_BOX (self->empty), label);
    gtk_box_append (GTK_BOX (self->empty), empty_button);
  }

  self->status = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->status, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->status), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->status), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->status), "caption");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Save status"), -1);
  self->delete_button = pursuit_mnemonic_button_new (_("_Delete Note"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->delete_button), "notes.delete");
  gtk_widget_add_css_class (self->delete_button, "flat");
  gtk_widget_add_css_class (self->delete_button, "destructive-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete Note"), -1);
  gtk_box_append (GTK_BOX (footer), GTK_WIDGET (self->status));
  gtk_box_append (GTK_BOX (footer), self->delete_button);

  adw_preferences_group_add (self->group, make_list (GTK_WIDGET (self->choose_row)));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->group));
  gtk_box_append (GTK_BOX (box), self->empty);
  self->title_list = make_list (GTK_WIDGET (self->title_row));
  gtk_box_append (GTK_BOX (box), self->title_list);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->editor));
  gtk_box_append (GTK_BOX (box), footer);
  adw_bin_set_child (ADW_BIN (self), box);

  gtk_widget_set_visible (GTK_WIDGET (self->choose_row), FALSE);
  gtk_widget_set_visible (self->title_list, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->editor), FALSE);
  gtk_widget_set_visible (self->delete_button, FALSE);
}

PursuitNotesPanel *
pursuit_notes_panel_new (PursuitContext *context)
{
  PursuitNotesPanel *self = g_object_new (PURSUIT_TYPE_NOTES_PANEL, NULL);

  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);

  self->context = g_object_ref (context);
  return self;
}

/**
 * pursuit_notes_panel_select:
 * @position: in the chooser: with a job, 0 is its Notes field
 *
 * Returns: whether there was such a note
 */
gboolean
pursuit_notes_panel_select (PursuitNotesPanel *self,
                            guint              position)
{
  g_return_val_if_fail (PURSUIT_IS_NOTES_PANEL (self), FALSE);

  if (position >= n_notes (self) + offset (self))
    return FALSE;

  adw_combo_row_set_selected (self->choose_row, position);
  on_chosen (self);
  return TRUE;
}

/* How many prep notes (not counting a job's Notes field). */
guint
pursuit_notes_panel_get_n_notes (PursuitNotesPanel *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTES_PANEL (self), 0);

  return n_notes (self);
}

/**
 * pursuit_notes_panel_get_editor:
 *
 * Returns: (transfer none): the PursuitNoteEditor
 */
GtkWidget *
pursuit_notes_panel_get_editor (PursuitNotesPanel *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTES_PANEL (self), NULL);

  return GTK_WIDGET (self->editor);
}
