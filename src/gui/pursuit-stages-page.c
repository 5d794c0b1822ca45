/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-stages-page.h"
#include "pursuit-toasts.h"
#include "pursuit-store-stages.h"

/* Preferences ▸ Pipeline: the user's stages (rename, show or hide, reorder,
 * add) and when a quiet application needs attention. Rows are kept and
 * updated in place when the stages change, so the focus stays on the button
 * a keyboard user just pressed. */

/* Stage row */

#define PURSUIT_TYPE_STAGE_ROW (pursuit_stage_row_get_type ())

G_DECLARE_FINAL_TYPE (PursuitStageRow, pursuit_stage_row, PURSUIT, STAGE_ROW, AdwEntryRow)

struct _PursuitStageRow
{
  AdwEntryRow parent_instance;

  PursuitStage *stage;
  guint index;
  char *shown_name;   /* what the row was last given, to tell it from typing */
  gboolean updating;

  GtkSwitch *shown_switch;
  GtkWidget *up_button;
  GtkWidget *down_button;
};

G_DEFINE_FINAL_TYPE (PursuitStageRow, pursuit_stage_row, ADW_TYPE_ENTRY_ROW)

struct _PursuitStagesPage
{
  AdwPreferencesPage parent_instance;

  PursuitContext *context;

  GtkListBox *stage_list;
  GHashTable *rows;           /* gint64 stage id -> PursuitStageRow */
  AdwComboRow *kind_row;
  AdwEntryRow *name_row;
  GtkAdjustment *attention_days;
};

G_DEFINE_FINAL_TYPE (PursuitStagesPage, pursuit_stages_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static PursuitStore *
get_store (PursuitStagesPage *self)
{
  return pursuit_context_get_store (self->context);
}

static PursuitStagesPage *
get_page (PursuitStageRow *row)
{
  return PURSUIT_STAGES_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (row), PURSUIT_TYPE_STAGES_PAGE));
}

/* Replies to the row's edits; the row may be gone by then. */
typedef struct
{
  GWeakRef row;
  gboolean hidden;
} RowReply;

static RowReply *
row_reply_new (PursuitStageRow *row)
{
  RowReply *reply = g_new0 (RowReply, 1);

  g_weak_ref_init (&reply->row, row);
  return reply;
}

static void
row_reply_free (RowReply *reply)
{
  g_weak_ref_clear (&reply->row);
  g_free (reply);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RowReply, row_reply_free)

static void
on_renamed (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RowReply) reply = user_data;
  g_autoptr(PursuitStageRow) row = g_weak_ref_get (&reply->row);
  g_autoptr(GError) error = NULL;

  if (pursuit_store_rename_stage_finish (PURSUIT_STORE (source), result, &error))
    return;

  if (row != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      pursuit_show_error (GTK_WIDGET (row), _("Could not rename the stage"), error);
    }
}

static void
on_apply (PursuitStageRow *row)
{
  PursuitStagesPage *page = get_page (row);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (page == NULL || row->stage == NULL || row->updating ||
      g_strcmp0 (text, pursuit_stage_get_name (row->stage)) == 0)
    return;

  /* What was typed counts as shown now: the stage's next name replaces it,
   * even the kind's own name after the text was cleared. */
  g_free (row->shown_name);
  row->shown_name = g_strdup (text);

  pursuit_store_rename_stage_async (get_store (page), row->stage, text, NULL,
                                    on_renamed, row_reply_new (row));
}

static void
on_text_changed (PursuitStageRow *row)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

static void
on_hidden_set (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(RowReply) reply = user_data;
  g_autoptr(PursuitStageRow) row = g_weak_ref_get (&reply->row);
  g_autoptr(GError) error = NULL;

  if (pursuit_store_set_stage_hidden_finish (PURSUIT_STORE (source), result, &error))
    return;

  if (row != NULL)
    {
      /* Back to what is saved. */
      row->updating = TRUE;
      gtk_switch_set_active (row->shown_switch, !pursuit_stage_get_hidden (row->stage));
      row->updating = FALSE;
      pursuit_show_error (GTK_WIDGET (row), reply->hidden ? _("Could not hide the stage")
                                                    : _("Could not show the stage"), error);
    }
}

static void
on_shown_toggled (PursuitStageRow *row)
{
  PursuitStagesPage *page = get_page (row);
  RowReply *reply;

  if (row->updating || page == NULL || row->stage == NULL)
    return;

  reply = row_reply_new (row);
  reply->hidden = !gtk_switch_get_active (row->shown_switch);
  pursuit_store_set_stage_hidden_async (get_store (page), row->stage, reply->hidden, NULL,
                                        on_hidden_set, reply);
}

static void
on_moved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(RowReply) reply = user_data;
  g_autoptr(PursuitStageRow) row = g_weak_ref_get (&reply->row);
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_move_stage_finish (PURSUIT_STORE (source), result, &error) && row != NULL)
    pursuit_show_error (GTK_WIDGET (row), _("Could not move the stage"), error);
}

static void
move_row (PursuitStageRow *row,
          int              step)
{
  PursuitStagesPage *page = get_page (row);

  if (page == NULL || row->stage == NULL || (step < 0 && row->index == 0))
    return;

  pursuit_store_move_stage_async (get_store (page), row->stage, row->index + step, NULL,
                                  on_moved, row_reply_new (row));
}

static void
on_up_clicked (PursuitStageRow *row)
{
  move_row (row, -1);
}

static void
on_down_clicked (PursuitStageRow *row)
{
  move_row (row, 1);
}

static void
pursuit_stage_row_set_stage (PursuitStageRow *self,
                             PursuitStage    *stage,
                             guint            index,
                             guint            n_stages)
{
  const char *name = pursuit_stage_get_name (stage);
  g_autofree char *kind = NULL;
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;
  g_autofree char *shown = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));

  g_set_object (&self->stage, stage);
  self->index = index;

  /* Never wipe a name the user is still typing. */
  if (self->shown_name == NULL || g_str_equal (text, self->shown_name))
    {
      self->updating = TRUE;
      /* A text set from here is no edit to apply: keep the apply button away. */
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), FALSE);
      gtk_editable_set_text (GTK_EDITABLE (self), name);
      gtk_editable_set_position (GTK_EDITABLE (self), -1);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), TRUE);
      self->updating = FALSE;
      g_free (self->shown_name);
      self->shown_name = g_strdup (name);
    }

  /* Translators: above a stage's name in Preferences: "Kind: Interviewing" */
  kind = g_strdup_printf (_("Kind: %s"), pursuit_stage_kind_get_default_name (pursuit_stage_get_kind (stage)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), kind);

  self->updating = TRUE;
  gtk_switch_set_active (self->shown_switch, !pursuit_stage_get_hidden (stage));
  self->updating = FALSE;

  gtk_widget_set_sensitive (self->up_button, index > 0);
  gtk_widget_set_sensitive (self->down_button, index + 1 < n_stages);

  /* Translators: a button's name for screen readers: "Move Interviews up" */
  up = g_strdup_printf (_("Move %s up"), name);
  /* Translators: a button's name for screen readers: "Move Interviews down" */
  down = g_strdup_printf (_("Move %s down"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->up_button), GTK_ACCESSIBLE_PROPERTY_LABEL, up, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->down_button), GTK_ACCESSIBLE_PROPERTY_LABEL, down, -1);
  /* Translators: a stage's switch for screen readers: "Show Interviewing" */
  shown = g_strdup_printf (_("Show %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->shown_switch), GTK_ACCESSIBLE_PROPERTY_LABEL, shown, -1);
}

static void
pursuit_stage_row_finalize (GObject *object)
{
  PursuitStageRow *self = PURSUIT_STAGE_ROW (object);

  g_clear_object (&self->stage);
  g_clear_pointer (&self->shown_name, g_free);

  G_OBJECT_CLASS (pursuit_stage_row_parent_class)->finalize (object);
}

static void
pursuit_stage_row_class_init (PursuitStageRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_stage_row_finalize;
}

static GtkWidget *
make_icon_button (const char *icon_name,
                  const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
pursuit_stage_row_init (PursuitStageRow *self)
{
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), TRUE);
  /* Enter applies as well as the apply button. */
  g_signal_connect (self, "apply", G_CALLBACK (on_apply), NULL);
  g_signal_connect (self, "entry-activated", G_CALLBACK (on_apply), NULL);
  g_signal_connect (self, "changed", G_CALLBACK (on_text_changed), NULL);

  self->shown_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->shown_switch), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->shown_switch), _("Shown on the board and for new jobs"));
  g_signal_connect_swapped (self->shown_switch, "notify::active", G_CALLBACK (on_shown_toggled), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->shown_switch));

  self->up_button = make_icon_button ("go-up-symbolic", _("Move Up"));
  g_signal_connect_swapped (self->up_button, "clicked", G_CALLBACK (on_up_clicked), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), self->up_button);

  self->down_button = make_icon_button ("go-down-symbolic", _("Move Down"));
  g_signal_connect_swapped (self->down_button, "clicked", G_CALLBACK (on_down_clicked), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), self->down_button);
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));
}

/* Page */

static int
compare_rows (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       user_data)
{
  guint index_a = PURSUIT_STAGE_ROW (a)->index;
  guint index_b = PURSUIT_STAGE_ROW (b)->index;

  return index_a < index_b ? -1 : index_a > index_b;
}

static void
update_rows (PursuitStagesPage *self)
{
  GListModel *stages = pursuit_store_get_stages (get_store (self));
  guint n = g_list_model_get_n_items (stages);

  /* Stages are never deleted, so rows are only ever added. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);
      gint64 id = pursuit_stage_get_id (stage);
      PursuitStageRow *row = g_hash_table_lookup (self->rows, &id);

      if (row == NULL)
        {
          gint64 *key = g_new (gint64, 1);

          *key = id;
          row = g_object_new (PURSUIT_TYPE_STAGE_ROW, NULL);
          g_hash_table_insert (self->rows, key, row);
          gtk_list_box_append (self->stage_list, GTK_WIDGET (row));
        }

      pursuit_stage_row_set_stage (row, stage, i, n);
    }

  gtk_list_box_invalidate_sort (self->stage_list);
}

static void
on_stage_added (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PursuitStagesPage) self = user_data;
  g_autoptr(PursuitStage) stage = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  stage = pursuit_store_add_stage_finish (PURSUIT_STORE (source), result, &error);
  if (stage == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      pursuit_show_error (GTK_WIDGET (self), _("Could not add the stage"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  /* Translators: a notice after adding a stage: "Added “Final Round”" */
  title = g_strdup_printf (_("Added “%s”"), pursuit_stage_get_name (stage));
  pursuit_show_toast (GTK_WIDGET (self), adw_toast_new (title));
}

static void
add_stage (PursuitStagesPage *self)
{
  guint kind = adw_combo_row_get_selected (self->kind_row);

  if (kind > PURSUIT_STAGE_KIND_LAST)
    return;

  pursuit_store_add_stage_async (get_store (self), (PursuitStageKind) kind,
                                 gtk_editable_get_text (GTK_EDITABLE (self->name_row)), NULL,
                                 on_stage_added, g_object_ref (self));
}

static void
on_name_changed (PursuitStagesPage *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
}

static void
build_stages_group (PursuitStagesPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Stages"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Rename, reorder or hide the steps of your job search. "
                                           "A hidden stage leaves the board and the choices for new "
                                           "jobs; the jobs in it stay there."));

  self->stage_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->stage_list, GTK_SELECTION_NONE);
  gtk_list_box_set_sort_func (self->stage_list, compare_rows, NULL, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->stage_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->stage_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Stages"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->stage_list));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));
}

static void
build_add_group (PursuitStagesPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *add_button;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("New Stage"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Its kind keeps statistics meaningful whatever you call it."));

  for (int kind = 0; kind <= PURSUIT_STAGE_KIND_LAST; kind++)
    gtk_string_list_append (kinds, pursuit_stage_kind_get_default_name ((PursuitStageKind) kind));

  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Kind"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, PURSUIT_STAGE_KIND_INTERVIEWING);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->kind_row));

  self->name_row = ADW_ENTRY_ROW (pursuit_entry_row_new (_("Name")));
  g_signal_connect_swapped (self->name_row, "entry-activated", G_CALLBACK (add_stage), self);
  g_signal_connect_swapped (self->name_row, "changed", G_CALLBACK (on_name_changed), self);

  add_button = pursuit_mnemonic_button_new (_("_Add Stage"));
  gtk_widget_set_valign (add_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add_button, "suggested-action");
  g_signal_connect_swapped (add_button, "clicked", G_CALLBACK (add_stage), self);
  adw_entry_row_add_suffix (self->name_row, add_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->name_row));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));
}

static void
build_attention_group (PursuitStagesPage *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Needs Attention"));

  self->attention_days = gtk_adjustment_new (14, 1, 365, 1, 7, 0);
  spin = gtk_spin_button_new (self->attention_days, 1, 0);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Days Without News"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("A job applied to this many days ago, with no stage change "
                                 "since, needs attention"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  pursuit_accessible_name_row_control (ADW_ACTION_ROW (row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), ADW_PREFERENCES_GROUP (group));
}

static void
pursuit_stages_page_constructed (GObject *object)
{
  PursuitStagesPage *self = PURSUIT_STAGES_PAGE (object);

  G_OBJECT_CLASS (pursuit_stages_page_parent_class)->constructed (object);

  g_return_if_fail (PURSUIT_IS_CONTEXT (self->context));

  g_signal_connect_object (pursuit_store_get_stages (get_store (self)), "items-changed",
                           G_CALLBACK (update_rows), self, G_CONNECT_SWAPPED);
  update_rows (self);

  g_settings_bind (pursuit_context_get_settings (self->context), "attention-days",
                   self->attention_days, "value", G_SETTINGS_BIND_DEFAULT);
}

static void
pursuit_stages_page_dispose (GObject *object)
{
  PursuitStagesPage *self = PURSUIT_STAGES_PAGE (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_stages_page_parent_class)->dispose (object);
}

static void
pursuit_stages_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PursuitStagesPage *self = PURSUIT_STAGES_PAGE (object);

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
pursuit_stages_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PursuitStagesPage *self = PURSUIT_STAGES_PAGE (object);

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
pursuit_stages_page_class_init (PursuitStagesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pursuit_stages_page_constructed;
  object_class->dispose = pursuit_stages_page_dispose;
  object_class->get_property = pursuit_stages_page_get_property;
  object_class->set_property = pursuit_stages_page_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT,
                                                  G_PARAM_READWRITE |
                                                  G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_stages_page_init (PursuitStagesPage *self)
{
  /* Rows belong to the list box; this only finds them. */
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Pipeline"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "view-list-symbolic");
  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (self), "pipeline");

  build_stages_group (self);
  build_add_group (self);
  build_attention_group (self);
}

PursuitStagesPage *
pursuit_stages_page_new (PursuitContext *context)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);

  return g_object_new (PURSUIT_TYPE_STAGES_PAGE, "context", context, NULL);
}
