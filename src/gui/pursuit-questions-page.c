/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-content-render.h"
#include "pursuit-guide-page.h"
#include "pursuit-questions-page.h"

/* The interview question bank, filtered by role and category, each question
 * opening onto why it is asked and what a strong answer covers. */
struct _PursuitQuestionsPage
{
  AdwBin parent_instance;

  PursuitContent *content;
  GPtrArray *role_ids;       /* NULL first: all roles */
  GPtrArray *category_ids;   /* NULL first: all categories */
  GHashTable *rows;          /* question id -> AdwExpanderRow */
  GPtrArray *shown_ids;      /* the ids listed, in order, to practise them */
  guint n_shown;
  gboolean built;

  GtkScrolledWindow *scroller;
  AdwComboRow *role_row;
  AdwComboRow *category_row;
  GtkLabel *count_label;
  GtkWidget *practise_button;
  GtkBox *list_box;
};

G_DEFINE_FINAL_TYPE (PursuitQuestionsPage, pursuit_questions_page, ADW_TYPE_BIN)

static const char *
difficulty_name (int difficulty)
{
  switch (difficulty)
    {
    case 1:
      return _("Warm-up");
    case 2:
      return _("Standard");
    default:
      return _("Hard");
    }
}

/* A question opened in the list can be practised at once, and its earlier
 * answers looked at (the window's actions: the Practice view runs it).
 * The buttons go one under the other when a narrow window has no room for
 * both side by side; the keyboard goes to them, not to their places. */
static GtkWidget *
practice_buttons (const char *question_id)
{
  GtkWidget *box = gtk_flow_box_new ();
  GtkWidget *practise = pursuit_mnemonic_button_new (_("_Practise This Question"));
  GtkWidget *history = pursuit_mnemonic_button_new (_("_Your Answers"));
  const char *ids[] = { question_id, NULL };

  /* The target first: the row may be in the window already, where an
   * action without its target is an error. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (practise), g_variant_new ("(s^as)", "", ids));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (practise), "win.practise-questions");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (history), g_variant_new_string (question_id));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (history), "win.question-history");
  gtk_widget_add_css_class (practise, "pill");
  gtk_widget_add_css_class (history, "flat");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (box), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 6);
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_flow_box_append (GTK_FLOW_BOX (box), practise);
  gtk_flow_box_append (GTK_FLOW_BOX (box), history);
  gtk_widget_set_focusable (gtk_widget_get_parent (practise), FALSE);
  gtk_widget_set_focusable (gtk_widget_get_parent (history), FALSE);
  return box;
}

static void
update_practise_button (PursuitQuestionsPage *self)
{
  const char *role = g_ptr_array_index (self->role_ids, adw_combo_row_get_selected (self->role_row));
  const char *category = g_ptr_array_index (self->category_ids, adw_combo_row_get_selected (self->category_row));
  g_autofree char *title = NULL;

  g_ptr_array_add (self->shown_ids, NULL);
  if (role != NULL && category != NULL)
    /* Translators: a session's title: "Behavioral questions, Call Center Specialist" */
    title = g_strdup_printf (_("%s questions, %s"), pursuit_content_get_name (self->content, category),
                             pursuit_content_get_name (self->content, role));
  else if (role != NULL || category != NULL)
    /* Translators: a session's title: "Call Center Specialist questions" */
    title = g_strdup_printf (_("%s questions"), pursuit_content_get_name (self->content, role != NULL ? role : category));
  else
    title = g_strdup (_("Interview questions"));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->practise_button),
                                          g_variant_new ("(s^as)", title, (char **) self->shown_ids->pdata));
  g_ptr_array_set_size (self->shown_ids, self->shown_ids->len - 1);
  gtk_widget_set_sensitive (self->practise_button, self->n_shown > 0);
}

/* What a row holds is made when it is first opened: the whole bank at once
 * would be thousands of widgets to style, measure and announce to the
 * accessibility bus before the page could show. */
static void
fill_row (AdwExpanderRow *row)
{
  PursuitQuestion *question = g_object_get_data (G_OBJECT (row), "question");
  PursuitContent *content = g_object_get_data (G_OBJECT (row), "content");

  if (question == NULL || !adw_expander_row_get_expanded (row))
    return;

  adw_expander_row_add_row (row, pursuit_render_question (content, question));
  adw_expander_row_add_row (row, practice_buttons (pursuit_question_get_id (question)));
  g_signal_handlers_disconnect_by_func (row, fill_row, NULL);
  g_object_set_data (G_OBJECT (row), "question", NULL);
}

static void
rebuild (PursuitQuestionsPage *self)
{
  GListModel *questions = pursuit_content_get_questions (self->content);
  guint n = g_list_model_get_n_items (questions);
  const char *role = g_ptr_array_index (self->role_ids, adw_combo_row_get_selected (self->role_row));
  const char *category = g_ptr_array_index (self->category_ids, adw_combo_row_get_selected (self->category_row));
  GPtrArray *categories = pursuit_content_get_categories (self->content);
  GtkWidget *child;
  g_autofree char *count = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_box_remove (self->list_box, child);
  g_hash_table_remove_all (self->rows);
  g_ptr_array_set_size (self->shown_ids, 0);
  self->n_shown = 0;

  /* One group per category, in the order the bank defines them. */
  for (guint c = 0; c < categories->len; c++)
    {
      PursuitContentNode *category_node = g_ptr_array_index (categories, c);
      const char *category_id = pursuit_content_node_get_attribute (category_node, "id");
      GtkWidget *group = NULL;

      if (category != NULL && g_strcmp0 (category, category_id) != 0)
        continue;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PursuitQuestion) question = g_list_model_get_item (questions, i);
          g_autofree char *subtitle = NULL;
          GtkWidget *row;

          if (g_strcmp0 (pursuit_question_get_category (question), category_id) != 0 ||
              (role != NULL && !pursuit_question_has_role (question, role)))
            continue;

          if (group == NULL)
            {
              g_autofree char *name = g_markup_escape_text (pursuit_content_node_get_child_text (category_node, "name"), -1);
              g_autofree char *description = g_markup_escape_text (pursuit_content_node_get_child_text (category_node, "description"), -1);

              /* Group titles are markup. */
              group = adw_preferences_group_new ();
              adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), name);
              adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
              gtk_box_append (self->list_box, group);
            }

          row = adw_expander_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_question_get_text (question));
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          subtitle = g_strdup (difficulty_name (pursuit_question_get_difficulty (question)));
          adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
          g_object_set_data_full (G_OBJECT (row), "question", g_object_ref (question), g_object_unref);
          g_object_set_data (G_OBJECT (row), "content", self->content);
          g_signal_connect (row, "notify::expanded", G_CALLBACK (fill_row), NULL);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
          g_hash_table_insert (self->rows, (gpointer) pursuit_question_get_id (question), row);
          g_ptr_array_add (self->shown_ids, (gpointer) pursuit_question_get_id (question));
          self->n_shown++;
        }
    }

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question", "%u questions", self->n_shown),
                           self->n_shown);
  gtk_label_set_text (self->count_label, count);
  update_practise_button (self);
}

static AdwComboRow *
filter_row (const char *title,
            GPtrArray  *ids,
            const char *all_label,
            GPtrArray  *names)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  GtkStringList *model = gtk_string_list_new (NULL);

  gtk_string_list_append (model, all_label);
  for (guint i = 0; i < names->len; i++)
    gtk_string_list_append (model, g_ptr_array_index (names, i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* The choice shows under the title, where it wraps: beside it, a role
   * such as "Customer Service Specialist" would be cut on a phone. */
  adw_combo_row_set_use_subtitle (row, TRUE);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  g_object_unref (model);
  g_assert (ids->len == names->len + 1);
  return row;
}

static void
build (PursuitQuestionsPage *self)
{
  GListModel *guides = pursuit_content_get_guides (self->content);
  GPtrArray *categories = pursuit_content_get_categories (self->content);
  g_autoptr(GPtrArray) role_names = g_ptr_array_new ();
  g_autoptr(GPtrArray) category_names = g_ptr_array_new ();
  GtkWidget *filters = adw_preferences_group_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);

  g_ptr_array_add (self->role_ids, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (guides); i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);

      g_ptr_array_add (self->role_ids, (gpointer) pursuit_guide_get_id (guide));
      g_ptr_array_add (role_names, (gpointer) pursuit_guide_get_title (guide));
    }

  g_ptr_array_add (self->category_ids, NULL);
  for (guint i = 0; i < categories->len; i++)
    {
      PursuitContentNode *category = g_ptr_array_index (categories, i);

      g_ptr_array_add (self->category_ids, (gpointer) pursuit_content_node_get_attribute (category, "id"));
      g_ptr_array_add (category_names, (gpointer) pursuit_content_node_get_child_text (category, "name"));
    }

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (filters), _("Interview Questions"));
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  self->practise_button = pursuit_mnemonic_button_new (_("P_ractise These"));
  gtk_widget_set_valign (self->practise_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->practise_button, "suggested-action");
  /* Without it, GTK 4.8 reads the label out with its underscore. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->practise_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Practise These"), -1);
  {
    GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

    gtk_box_append (GTK_BOX (suffix), GTK_WIDGET (self->count_label));
    gtk_box_append (GTK_BOX (suffix), self->practise_button);
    adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (filters), suffix);
  }
  self->role_row = filter_row (_("Role"), self->role_ids, _("All roles"), role_names);
  self->category_row = filter_row (_("Category"), self->category_ids, _("All categories"), category_names);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (filters), GTK_WIDGET (self->role_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (filters), GTK_WIDGET (self->category_row));
  g_signal_connect_object (self->role_row, "notify::selected", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->category_row, "notify::selected", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);

  self->list_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_box_append (GTK_BOX (box), filters);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list_box));
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (self->scroller, clamp);

  rebuild (self);
  /* After rebuild() gave it its target: the page may be in the window. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->practise_button), "win.practise-questions");
}

/* The page is laid out when first shown or asked for a question. */
static void
ensure_built (PursuitQuestionsPage *self)
{
  if (self->built)
    return;

  self->built = TRUE;
  build (self);
}

static void
pursuit_questions_page_map (GtkWidget *widget)
{
  ensure_built (PURSUIT_QUESTIONS_PAGE (widget));
  GTK_WIDGET_CLASS (pursuit_questions_page_parent_class)->map (widget);
}

static void
pursuit_questions_page_dispose (GObject *object)
{
  PursuitQuestionsPage *self = PURSUIT_QUESTIONS_PAGE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (pursuit_questions_page_parent_class)->dispose (object);
}

static void
pursuit_questions_page_finalize (GObject *object)
{
  PursuitQuestionsPage *self = PURSUIT_QUESTIONS_PAGE (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->shown_ids, g_ptr_array_unref);
  g_clear_pointer (&self->role_ids, g_ptr_array_unref);
  g_clear_pointer (&self->category_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_questions_page_parent_class)->finalize (object);
}

static void
pursuit_questions_page_class_init (PursuitQuestionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_questions_page_dispose;
  object_class->finalize = pursuit_questions_page_finalize;
  widget_class->map = pursuit_questions_page_map;
}

static void
pursuit_questions_page_init (PursuitQuestionsPage *self)
{
  self->rows = g_hash_table_new (g_str_hash, g_str_equal);
  self->shown_ids = g_ptr_array_new ();
  self->role_ids = g_ptr_array_new ();
  self->category_ids = g_ptr_array_new ();
  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->scroller));
}

PursuitQuestionsPage *
pursuit_questions_page_new (PursuitContent *content)
{
  PursuitQuestionsPage *self = g_object_new (PURSUIT_TYPE_QUESTIONS_PAGE, NULL);

  self->content = g_object_ref (content);
  return self;
}

static void
select_id (AdwComboRow *row,
           GPtrArray   *ids,
           const char  *id)
{
  for (guint i = 0; i < ids->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (ids, i), id) == 0)
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
  adw_combo_row_set_selected (row, 0);
}

/* @role: (nullable): a role id, or %NULL for every role */
void
pursuit_questions_page_set_role (PursuitQuestionsPage *self,
                                 const char           *role)
{
  g_return_if_fail (PURSUIT_IS_QUESTIONS_PAGE (self));

  ensure_built (self);
  select_id (self->role_row, self->role_ids, role);
}

/* Clears filters that would hide the question, opens it and scrolls to it. */
gboolean
pursuit_questions_page_show_question (PursuitQuestionsPage *self,
                                      const char           *question_id)
{
  GtkWidget *row;

  g_return_val_if_fail (PURSUIT_IS_QUESTIONS_PAGE (self), FALSE);

  ensure_built (self);
  if (!g_hash_table_contains (self->rows, question_id))
    {
      adw_combo_row_set_selected (self->role_row, 0);
      adw_combo_row_set_selected (self->category_row, 0);
    }

  row = g_hash_table_lookup (self->rows, question_id);
  if (row == NULL)
    return FALSE;

  pursuit_scroll_to_widget (self->scroller, row);
  return TRUE;
}
