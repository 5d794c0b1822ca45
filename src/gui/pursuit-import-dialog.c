/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-attention.h"
#include "pursuit-import-dialog.h"
#include "pursuit-import.h"
#include "pursuit-pay.h"
#include "pursuit-store-duplicates.h"
#include "pursuit-toasts.h"

/* Importing another tracker's CSV file: which tracker it comes from, what
 * each column holds, which stage the names Pursuit does not know stand
 * for, how to read dates that read both ways, and the jobs that will be
 * added, with what is wrong with each line. Nothing is written until
 * Import is pressed; then every job goes in one transaction, and the toast
 * that says so can take them all back. */

/* Lines shown in the preview and the problems; the rest are counted. */
#define MAX_SHOWN_ROWS 200

struct _PursuitImportDialog
{
  AdwWindow parent_instance;

  PursuitContext *context;
  char *file_name;
  PursuitCsvTable *table;
  PursuitImportMapping *mapping;
  PursuitImportOptions *options;
  PursuitImportResult *result;
  GHashTable *stage_choices;   /* folded stage name → gint64 *stage id */
  GPtrArray *asked_stages;     /* PursuitImportUnknownStage copies, the names shown */
  GHashTable *saved_keys;      /* identity key → saved PursuitJob */
  guint n_to_add;
  guint n_duplicates;
  gboolean importing;
  gboolean building;

  GtkLabel *summary_label;
  AdwComboRow *preset_row;
  AdwComboRow *date_order_row;
  GtkWidget *duplicates_row;
  GtkSwitch *skip_duplicates_switch;
  GtkWidget *problems_group;
  GtkListBox *problems_list;
  GtkWidget *stages_group;
  GtkListBox *stages_list;
  GtkListBox *columns_list;
  GtkListBox *preview_list;
};

G_DEFINE_FINAL_TYPE (PursuitImportDialog, pursuit_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  IMPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void remap (PursuitImportDialog *self);

static char *
fold_stage_name (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));

  return g_utf8_casefold (stripped, -1);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Rows show the file's text as it is, never as markup. */
static GtkWidget *
text_row (const char *title,
          const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  return row;
}

static PursuitStage *
find_stage (PursuitImportDialog *self,
            gint64               id)
{
  GListModel *stages = pursuit_store_get_stages (pursuit_context_get_store (self->context));

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);

      if (pursuit_stage_get_id (stage) == id)
        return stage;
    }
  return NULL;
}

/* The stage a row goes to: the user's choice for its name, else the first
 * of its kind (as the store picks it). */
static PursuitStage *
row_stage (PursuitImportDialog *self,
           PursuitImportRow    *row)
{
  GListModel *stages = pursuit_store_get_stages (pursuit_context_get_store (self->context));

  if (row->stage_name[0] != '\0')
    {
      g_autofree char *folded = fold_stage_name (row->stage_name);
      gint64 *id = g_hash_table_lookup (self->stage_choices, folded);
      PursuitStage *chosen = id != NULL ? find_stage (self, *id) : NULL;

      if (chosen != NULL)
        return chosen;
    }

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);

      if (pursuit_stage_get_kind (stage) == row->stage_kind && !pursuit_stage_get_hidden (stage))
        return stage;
    }
  return NULL;
}

static gboolean
row_is_duplicate (PursuitImportDialog *self,
                  PursuitImportRow    *row)
{
  g_autofree char *key = pursuit_job_identity_key (pursuit_job_get_company (row->job),
                                                   pursuit_job_get_title (row->job));

  return g_hash_table_contains (self->saved_keys, key);
}

static gboolean
dates_unsettled (PursuitImportDialog *self)
{
  return self->result->dates_ambiguous &&
         pursuit_import_options_get_date_order (self->options) == PURSUIT_DATE_ORDER_UNKNOWN;
}

static void
update_import_action (PursuitImportDialog *self)
{
  gboolean can = !self->importing && self->n_to_add > 0 && self->result->problems[0] == NULL &&
                 !dates_unsettled (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", can);
}

/* Problems */

static void
show_problems (PursuitImportDialog *self)
{
  guint n_shown = 0;
  guint n_more = 0;

  clear_list (self->problems_list);

  for (guint i = 0; self->result->problems[i] != NULL; i++)
    gtk_list_box_append (self->problems_list, text_row (self->result->problems[i], NULL));

  if (dates_unsettled (self))
    gtk_list_box_append (self->problems_list,
                         text_row (_("Some dates read both ways, as 3 May or March 5: say which above."), NULL));

  for (guint i = 0; i < self->result->rows->len; i++)
    {
      PursuitImportRow *row = g_ptr_array_index (self->result->rows, i);

      for (guint j = 0; row->problems[j] != NULL; j++)
        {
          if (n_shown < MAX_SHOWN_ROWS)
            {
              gtk_list_box_append (self->problems_list,
                                   text_row (row->problems[j], row->complete ? NULL : _("This line is left out")));
              n_shown++;
            }
          else
            n_more++;
        }
    }

  if (n_more > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("And %u more problem", "And %u more problems", n_more),
                                               n_more);

      gtk_list_box_append (self->problems_list, text_row (text, NULL));
    }

  gtk_widget_set_visible (self->problems_group,
                          gtk_widget_get_first_child (GTK_WIDGET (self->problems_list)) != NULL);
}

/* Stages */

static void
on_stage_selected (AdwComboRow         *row,
                   GParamSpec          *pspec,
                   PursuitImportDialog *self)
{
  g_autoptr(PursuitStage) stage = adw_combo_row_get_selected_item (row) != NULL
                                    ? g_object_ref (adw_combo_row_get_selected_item (row)) : NULL;
  const char *name = g_object_get_data (G_OBJECT (row), "stage-name");

  if (self->building || stage == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "import.set-stage", "(sx)", name,
                              pursuit_stage_get_id (stage));
}

static GListModel *
visible_stages (PursuitImportDialog *self)
{
  GtkBoolFilter *shown = gtk_bool_filter_new (gtk_property_expression_new (PURSUIT_TYPE_STAGE, NULL, "hidden"));
  GListModel *stages = pursuit_store_get_stages (pursuit_context_get_store (self->context));

  /* Hidden stages keep their jobs but take no new ones. */
  gtk_bool_filter_set_invert (shown, TRUE);
  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (stages), GTK_FILTER (shown)));
}

static PursuitStageKind
default_kind (PursuitImportDialog *self,
              const char          *folded)
{
  for (guint i = 0; i < self->result->rows->len; i++)
    {
      PursuitImportRow *row = g_ptr_array_index (self->result->rows, i);
      g_autofree char *name = fold_stage_name (row->stage_name);

      if (g_str_equal (name, folded))
        return row->stage_kind;
    }
  return PURSUIT_STAGE_KIND_WISHLIST;
}

static void
show_stages (PursuitImportDialog *self)
{
  g_autoptr(GListModel) stages = visible_stages (self);
  g_autoptr(GtkExpression) name = gtk_property_expression_new (PURSUIT_TYPE_STAGE, NULL, "name");

  clear_list (self->stages_list);
  self->building = TRUE;

  for (guint i = 0; i < self->asked_stages->len; i++)
    {
      PursuitImportUnknownStage *unknown = g_ptr_array_index (self->asked_stages, i);
      g_autofree char *folded = fold_stage_name (unknown->name);
      gint64 *chosen = g_hash_table_lookup (self->stage_choices, folded);
      GtkWidget *row = adw_combo_row_new ();
      g_autofree char *subtitle = g_strdup_printf (ngettext ("%u job, first on line %u", "%u jobs, first on line %u",
                                                             unknown->n_rows),
                                                   unknown->n_rows, unknown->first_line);
      guint selected = GTK_INVALID_LIST_POSITION;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), unknown->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_combo_row_set_expression (ADW_COMBO_ROW (row), name);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), stages);

      /* Not chosen yet: the stage its jobs go to meanwhile, as the preview shows. */
      PursuitStageKind kind = default_kind (self, folded);

      for (guint j = 0; j < g_list_model_get_n_items (stages); j++)
        {
          g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, j);

          if (chosen != NULL ? pursuit_stage_get_id (stage) == *chosen
                             : selected == GTK_INVALID_LIST_POSITION && pursuit_stage_get_kind (stage) == kind)
            selected = j;
        }
      if (selected != GTK_INVALID_LIST_POSITION)
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);

      g_object_set_data_full (G_OBJECT (row), "stage-name", g_strdup (unknown->name), g_free);
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_stage_selected), self, 0);
      gtk_list_box_append (self->stages_list, row);
    }

  self->building = FALSE;
  gtk_widget_set_visible (self->stages_group, self->asked_stages->len > 0);
}

/* Remembers the names Pursuit did not know, so their rows stay once the
 * user has picked a stage for them (which makes them known). */
static void
note_asked_stages (PursuitImportDialog *self)
{
  for (guint i = 0; i < self->result->unknown_stages->len; i++)
    {
      PursuitImportUnknownStage *unknown = g_ptr_array_index (self->result->unknown_stages, i);
      g_autofree char *folded = fold_stage_name (unknown->name);
      gboolean known = FALSE;
      PursuitImportUnknownStage *copy;

      for (guint j = 0; j < self->asked_stages->len && !known; j++)
        {
          g_autofree char *other = fold_stage_name (((PursuitImportUnknownStage *) g_ptr_array_index (self->asked_stages, j))->name);

          known = g_str_equal (folded, other);
        }
      if (known)
        continue;

      copy = g_new0 (PursuitImportUnknownStage, 1);
      copy->name = g_strdup (unknown->name);
      copy->n_rows = unknown->n_rows;
      copy->first_line = unknown->first_line;
      g_ptr_array_add (self->asked_stages, copy);
    }
}

static void
unknown_stage_free (PursuitImportUnknownStage *unknown)
{
  g_free (unknown->name);
  g_free (unknown);
}

/* Columns */

static void
on_field_selected (AdwComboRow         *row,
                   GParamSpec          *pspec,
                   PursuitImportDialog *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "column"));

  if (self->building)
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "import.set-field", "(uu)", column,
                              adw_combo_row_get_selected (row));
}

static const char *
first_value (PursuitImportDialog *self,
             guint                column)
{
  for (guint i = 0; i < self->table->records->len; i++)
    {
      PursuitCsvRecord *record = g_ptr_array_index (self->table->records, i);

      if (column < record->n_fields && record->fields[column][0] != '\0')
        return record->fields[column];
    }
  return NULL;
}

static void
show_columns (PursuitImportDialog *self)
{
  g_autoptr(GtkStringList) fields = gtk_string_list_new (NULL);
  guint n_columns = pursuit_import_mapping_get_n_columns (self->mapping);

  for (guint i = 0; i <= PURSUIT_IMPORT_FIELD_LAST; i++)
    gtk_string_list_append (fields, pursuit_import_field_get_label (i));

  clear_list (self->columns_list);
  self->building = TRUE;

  for (guint i = 0; i < n_columns; i++)
    {
      GtkWidget *row = adw_combo_row_new ();
      const char *sample = first_value (self, i);
      g_autofree char *shown = NULL;

      if (sample != NULL)
        {
          /* One line of it is enough to recognise the column. */
          g_auto(GStrv) lines = g_strsplit (sample, "\n", 2);

          shown = g_utf8_strlen (lines[0], -1) > 60 ? g_strconcat (g_utf8_substring (lines[0], 0, 60), "…", NULL)
                                                    : g_strdup (lines[0]);
        }

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_import_mapping_get_header (self->mapping, i));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), shown != NULL ? shown : _("Empty"));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (fields));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), pursuit_import_mapping_get_field (self->mapping, i));
      g_object_set_data (G_OBJECT (row), "column", GUINT_TO_POINTER (i));
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_field_selected), self, 0);
      gtk_list_box_append (self->columns_list, row);
    }

  self->building = FALSE;
}

/* Preview */

static char *
describe_row (PursuitImportDialog *self,
              PursuitImportRow    *row,
              PursuitStage        *stage)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *applied = pursuit_job_get_applied_on (row->job);
  const char *location = pursuit_job_get_location (row->job);

  if (stage != NULL)
    g_ptr_array_add (parts, g_strdup (pursuit_stage_get_name (stage)));
  if (applied[0] != '\0')
    /* Translators: %s is a date, 2026-03-05 */
    g_ptr_array_add (parts, g_strdup_printf (_("applied %s"), applied));
  if (location[0] != '\0')
    g_ptr_array_add (parts, g_strdup (location));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

static void
show_preview (PursuitImportDialog *self)
{
  gboolean skip = gtk_switch_get_active (self->skip_duplicates_switch);
  guint n_shown = 0;
  guint n_rows = self->result->rows->len;

  clear_list (self->preview_list);
  self->n_to_add = 0;
  self->n_duplicates = 0;

  for (guint i = 0; i < n_rows; i++)
    {
      PursuitImportRow *row = g_ptr_array_index (self->result->rows, i);
      gboolean duplicate = row->complete && row_is_duplicate (self, row);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *widget;

      if (duplicate)
        self->n_duplicates++;
      if (row->complete && !(duplicate && skip))
        self->n_to_add++;
      if (!row->complete || n_shown >= MAX_SHOWN_ROWS)
        continue;

      /* Translators: a job title, then a company */
      title = g_strdup_printf (_("%s at %s"), pursuit_job_get_title (row->job), pursuit_job_get_company (row->job));
      subtitle = describe_row (self, row, row_stage (self, row));
      if (duplicate)
        {
          char *marked = g_strdup_printf (skip ? _("Already saved: left out · %s") : _("Already saved: added again · %s"),
                                          subtitle);

          g_free (subtitle);
          subtitle = marked;
        }

      widget = text_row (title, subtitle);
      if (duplicate && skip)
        gtk_widget_add_css_class (widget, "dim-label");
      gtk_list_box_append (self->preview_list, widget);
      n_shown++;
    }

  if (n_shown < self->n_to_add + (skip ? self->n_duplicates : 0) && n_shown >= MAX_SHOWN_ROWS)
    {
      guint n_more = self->n_to_add + (skip ? self->n_duplicates : 0) - n_shown;
      g_autofree char *text = g_strdup_printf (ngettext ("And %u more job", "And %u more jobs", n_more), n_more);

      gtk_list_box_append (self->preview_list, text_row (text, NULL));
    }

  if (self->n_duplicates > 0)
    {
      g_autofree char *subtitle = g_strdup_printf (ngettext ("%u job of the file is already in Pursuit",
                                                             "%u jobs of the file are already in Pursuit",
                                                             self->n_duplicates),
                                                   self->n_duplicates);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->duplicates_row), subtitle);
    }
  gtk_widget_set_visible (self->duplicates_row, self->n_duplicates > 0);
}

static void
show_summary (PursuitImportDialog *self)
{
  g_autofree char *text = NULL;

  if (self->n_to_add == 0)
    /* Translators: %s is a file name */
    text = g_strdup_printf (_("No job of %s can be added yet"), self->file_name);
  else
    /* Translators: %u is a number of jobs, %s a file name */
    text = g_strdup_printf (ngettext ("%u job from %s", "%u jobs from %s", self->n_to_add),
                            self->n_to_add, self->file_name);
  gtk_label_set_text (self->summary_label, text);
}

static void
remap (PursuitImportDialog *self)
{
  g_clear_pointer (&self->result, pursuit_import_result_free);
  self->result = pursuit_import_map (self->table, self->mapping, self->options);
  note_asked_stages (self);

  if (self->result->dates_ambiguous)
    gtk_widget_set_visible (GTK_WIDGET (self->date_order_row), TRUE);

  show_problems (self);
  show_stages (self);
  show_preview (self);
  show_summary (self);
  update_import_action (self);
}

/* The user's choices */

static void
choose_stage (PursuitImportDialog *self,
              const char          *name,
              PursuitStage        *stage)
{
  gint64 *id = g_new (gint64, 1);

  *id = pursuit_stage_get_id (stage);
  g_hash_table_insert (self->stage_choices, fold_stage_name (name), id);
  /* The mapper then sees the name as known, of the stage's kind. */
  pursuit_import_options_set_stage_kind (self->options, name, pursuit_stage_get_kind (stage));
}

static void
set_stage_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitImportDialog *self = PURSUIT_IMPORT_DIALOG (widget);
  const char *name;
  gint64 id;
  PursuitStage *stage;

  g_variant_get (parameter, "(&sx)", &name, &id);
  stage = find_stage (self, id);
  if (stage == NULL)
    return;

  choose_stage (self, name, stage);
  remap (self);
}

static void
set_field_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitImportDialog *self = PURSUIT_IMPORT_DIALOG (widget);
  guint column, field;

  g_variant_get (parameter, "(uu)", &column, &field);
  if (column >= pursuit_import_mapping_get_n_columns (self->mapping) || field > PURSUIT_IMPORT_FIELD_LAST)
    return;

  pursuit_import_mapping_set_field (self->mapping, column, field);
  /* Setting a single field elsewhere may have moved another column. */
  show_columns (self);
  remap (self);
}

static void
on_preset_selected (PursuitImportDialog *self)
{
  PursuitImportPreset preset = adw_combo_row_get_selected (self->preset_row);
  const char * const *header = (const char * const *) self->table->header->fields;

  if (self->building || preset > PURSUIT_IMPORT_PRESET_LAST)
    return;

  g_clear_pointer (&self->mapping, pursuit_import_mapping_free);
  self->mapping = pursuit_import_mapping_new (header, self->table->header->n_fields, preset);
  show_columns (self);
  remap (self);
}

static const PursuitDateOrder date_orders[] = {
  PURSUIT_DATE_ORDER_UNKNOWN,
  PURSUIT_DATE_ORDER_DAY_FIRST,
  PURSUIT_DATE_ORDER_MONTH_FIRST,
};

static void
on_date_order_selected (PursuitImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->date_order_row);

  if (self->building || selected >= G_N_ELEMENTS (date_orders))
    return;
  pursuit_import_options_set_date_order (self->options, date_orders[selected]);
  remap (self);
}

static void
on_skip_duplicates_changed (PursuitImportDialog *self)
{
  show_preview (self);
  show_summary (self);
  update_import_action (self);
}

/* Importing */

typedef struct
{
  PursuitStore *store;
  GPtrArray *jobs;
} UndoImport;

static void
undo_import_free (gpointer data,
                  GClosure *closure)
{
  UndoImport *undo = data;

  g_object_unref (undo->store);
  g_ptr_array_unref (undo->jobs);
  g_free (undo);
}

static void
on_undone (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_delete_jobs_finish (PURSUIT_STORE (source), result, &error))
    g_warning ("Could not take the imported jobs back: %s", error->message);
}

static void
on_undo_clicked (AdwToast   *toast,
                 UndoImport *undo)
{
  pursuit_store_delete_jobs_async (undo->store, undo->jobs, NULL, on_undone, NULL);
}

static void
remember_stage_choices (PursuitImportDialog *self)
{
  GSettings *settings = pursuit_context_get_settings (self->context);
  g_autoptr(GVariant) old = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  GHashTableIter choices;
  const char *name;
  gint64 id;
  gpointer key, value;

  if (settings == NULL || g_hash_table_size (self->stage_choices) == 0)
    return;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sx}"));
  old = g_settings_get_value (settings, "import-stage-names");
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&sx}", &name, &id))
    {
      if (!g_hash_table_contains (self->stage_choices, name))
        g_variant_builder_add (&builder, "{sx}", name, id);
    }
  g_hash_table_iter_init (&choices, self->stage_choices);
  while (g_hash_table_iter_next (&choices, &key, &value))
    g_variant_builder_add (&builder, "{sx}", (const char *) key, *(gint64 *) value);
  g_settings_set_value (settings, "import-stage-names", g_variant_builder_end (&builder));
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PursuitImportDialog) self = user_data;
  g_autoptr(PursuitStoreImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  UndoImport *undo;

  import = pursuit_store_import_jobs_finish (PURSUIT_STORE (source), result, &error);
  self->importing = FALSE;
  if (import == NULL)
    {
      pursuit_show_error (GTK_WIDGET (self), _("Could not import the jobs; nothing was added"), error);
      update_import_action (self);
      return;
    }

  remember_stage_choices (self);

  title = g_strdup_printf (ngettext ("%u job imported", "%u jobs imported", import->jobs->len), import->jobs->len);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  undo = g_new0 (UndoImport, 1);
  undo->store = g_object_ref (PURSUIT_STORE (source));
  undo->jobs = g_ptr_array_ref (import->jobs);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_clicked), undo, undo_import_free, 0);

  g_signal_emit (self, signals[IMPORTED], 0, import->jobs->len > 0 ? g_ptr_array_index (import->jobs, 0) : NULL,
                 toast);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitImportDialog *self = PURSUIT_IMPORT_DIALOG (widget);
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (PursuitStageKind));

  if (self->importing || self->n_to_add == 0)
    return;

  for (guint i = 0; i < self->result->rows->len; i++)
    {
      PursuitImportRow *row = g_ptr_array_index (self->result->rows, i);
      PursuitJob *draft;
      g_autofree char *folded = NULL;

      if (!row->complete)
        continue;

      draft = pursuit_job_copy (row->job);
      /* A name the user mapped goes to the very stage they picked. */
      folded = fold_stage_name (row->stage_name);
      if (row->stage_name[0] != '\0' && g_hash_table_contains (self->stage_choices, folded))
        pursuit_job_set_stage (draft, row_stage (self, row));
      g_ptr_array_add (drafts, draft);
      g_array_append_val (kinds, row->stage_kind);
    }

  self->importing = TRUE;
  update_import_action (self);
  pursuit_store_import_jobs_async (pursuit_context_get_store (self->context), drafts, kinds,
                                   gtk_switch_get_active (self->skip_duplicates_switch),
                                   NULL, on_imported, g_object_ref (self));
}

/* Construction */

static void
apply_remembered_stages (PursuitImportDialog *self)
{
  GSettings *settings = pursuit_context_get_settings (self->context);
  g_autoptr(GVariant) remembered = NULL;
  GVariantIter iter;
  const char *name;
  gint64 id;

  if (settings == NULL)
    return;

  remembered = g_settings_get_value (settings, "import-stage-names");
  g_variant_iter_init (&iter, remembered);
  while (g_variant_iter_next (&iter, "{&sx}", &name, &id))
    {
      PursuitStage *stage = find_stage (self, id);

      /* A stage deleted since is asked again. */
      if (stage != NULL)
        choose_stage (self, name, stage);
    }
}

static void
pursuit_import_dialog_dispose (GObject *object)
{
  PursuitImportDialog *self = PURSUIT_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_import_dialog_parent_class)->dispose (object);
}

static void
pursuit_import_dialog_finalize (GObject *object)
{
  PursuitImportDialog *self = PURSUIT_IMPORT_DIALOG (object);

  g_free (self->file_name);
  g_clear_pointer (&self->table, pursuit_csv_table_free);
  g_clear_pointer (&self->mapping, pursuit_import_mapping_free);
  g_clear_pointer (&self->options, pursuit_import_options_free);
  g_clear_pointer (&self->result, pursuit_import_result_free);
  g_clear_pointer (&self->stage_choices, g_hash_table_unref);
  g_clear_pointer (&self->asked_stages, g_ptr_array_unref);
  g_clear_pointer (&self->saved_keys, g_hash_table_unref);

  G_OBJECT_CLASS (pursuit_import_dialog_parent_class)->finalize (object);
}

static void
pursuit_import_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PursuitImportDialog *self = PURSUIT_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_import_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PursuitImportDialog *self = PURSUIT_IMPORT_DIALOG (object);

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
pursuit_import_dialog_class_init (PursuitImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_import_dialog_dispose;
  object_class->finalize = pursuit_import_dialog_finalize;
  object_class->get_property = pursuit_import_dialog_get_property;
  object_class->set_property = pursuit_import_dialog_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT,
                                                  G_PARAM_READWRITE |
                                                  G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitImportDialog::imported:
   * @job: (nullable): the first job added, as it stands in the store's model
   * @toast: the toast that says so, with its Undo, for the caller to show
   */
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 2, PURSUIT_TYPE_JOB, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitImportDialog, preset_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitImportDialog, date_order_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitImportDialog, duplicates_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitImportDialog, skip_duplicates_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, PursuitImportDialog, stages_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitImportDialog, stages_list);
  gtk_widget_class_bind_template_child (widget_class, PursuitImportDialog, columns_list);
  gtk_widget_class_bind_template_child (widget_class, PursuitImportDialog, preview_list);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "import.set-field", "(uu)", set_field_activated);
  gtk_widget_class_install_action (widget_class, "import.set-stage", "(sx)", set_stage_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_import_dialog_init (PursuitImportDialog *self)
{
  g_autoptr(GtkStringList) presets = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) orders = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));

  for (guint i = 0; i <= PURSUIT_IMPORT_PRESET_LAST; i++)
    gtk_string_list_append (presets, pursuit_import_preset_get_name (i));
  adw_combo_row_set_model (self->preset_row, G_LIST_MODEL (presets));

  gtk_string_list_append (orders, _("Not chosen"));
  gtk_string_list_append (orders, _("Day first: 3 May 2026"));
  gtk_string_list_append (orders, _("Month first: March 5, 2026"));
  adw_combo_row_set_model (self->date_order_row, G_LIST_MODEL (orders));

  self->stage_choices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->asked_stages = g_ptr_array_new_with_free_func ((GDestroyNotify) unknown_stage_free);
  self->options = pursuit_import_options_new ();
  pursuit_import_options_set_pay_parser (self->options, pursuit_pay_parse_figures, NULL);

  g_signal_connect_object (self->preset_row, "notify::selected", G_CALLBACK (on_preset_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date_order_row, "notify::selected", G_CALLBACK (on_date_order_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->skip_duplicates_switch, "notify::active", G_CALLBACK (on_skip_duplicates_changed),
                           self, G_CONNECT_SWAPPED);
}

/**
 * pursuit_import_dialog_new:
 * @file_name: the file's name, for the user
 * @data: (array length=length): the file's contents
 *
 * Reads the file as CSV and shows what it would add, with the preset its
 * columns give away.
 *
 * Returns: (transfer floating) (nullable): the dialog, or %NULL with @error
 *   set when the file is not CSV Pursuit can read
 */
PursuitImportDialog *
pursuit_import_dialog_new (PursuitContext  *context,
                           const char      *file_name,
                           const char      *data,
                           gsize            length,
                           GError         **error)
{
  g_autoptr(PursuitCsvTable) table = NULL;
  PursuitImportDialog *self;
  PursuitImportPreset preset;
  const char * const *header;

  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  table = pursuit_csv_table_parse (data, length, error);
  if (table == NULL)
    return NULL;

  self = g_object_new (PURSUIT_TYPE_IMPORT_DIALOG, "context", context, NULL);
  self->file_name = g_strdup (file_name);
  self->table = g_steal_pointer (&table);
  self->saved_keys = pursuit_store_get_identity_keys (pursuit_context_get_store (context));

  header = (const char * const *) self->table->header->fields;
  preset = pursuit_import_detect_preset (header, self->table->header->n_fields);
  self->mapping = pursuit_import_mapping_new (header, self->table->header->n_fields, preset);

  self->building = TRUE;
  adw_combo_row_set_selected (self->preset_row, preset);
  self->building = FALSE;

  /* The names Pursuit does not know are found before the remembered
   * choices make them known, so the user sees, and may change, those too. */
  self->result = pursuit_import_map (self->table, self->mapping, self->options);
  note_asked_stages (self);
  apply_remembered_stages (self);

  show_columns (self);
  remap (self);
  return self;
}
