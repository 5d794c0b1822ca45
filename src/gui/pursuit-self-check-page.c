/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-content-render.h"
#include "pursuit-guide-page.h"
#include "pursuit-self-check-page.h"
#include "pursuit-toasts.h"

/* A self-check: the questions, the result that explains itself with what to
 * work on, and the earlier results, kept in the database. */
struct _PursuitSelfCheckPage
{
  AdwBin parent_instance;

  PursuitContext *context;
  PursuitSelfCheck *check;
  GPtrArray *items;          /* PursuitContentNode */
  GPtrArray *answer_widgets; /* AdwComboRow (ratings) or GtkSwitch (yes/no) */
  GPtrArray *results;        /* PursuitSelfCheckResult, latest first */
  GCancellable *cancellable;

  GtkScrolledWindow *scroller;
  GtkBox *box;
  GtkWidget *submit_button;
  GtkBox *result_box;
  GtkWidget *history_group;
};

G_DEFINE_FINAL_TYPE (PursuitSelfCheckPage, pursuit_self_check_page, ADW_TYPE_BIN)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void load_results (PursuitSelfCheckPage *self);

static gboolean
is_rating (PursuitSelfCheckPage *self)
{
  return pursuit_self_check_get_answer (self->check) == PURSUIT_SELF_CHECK_ANSWER_RATING;
}

/* -1 while a rating is still to be chosen. */
static int
get_answer (PursuitSelfCheckPage *self,
            guint                 index)
{
  GtkWidget *widget = g_ptr_array_index (self->answer_widgets, index);

  if (is_rating (self))
    {
      guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (widget));

      return selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
    }

  return gtk_switch_get_active (GTK_SWITCH (widget)) ? 1 : 0;
}

static gboolean
all_answered (PursuitSelfCheckPage *self)
{
  for (guint i = 0; i < self->answer_widgets->len; i++)
    {
      if (get_answer (self, i) < 0)
        return FALSE;
    }
  return self->answer_widgets->len > 0;
}

static void
update_submit (PursuitSelfCheckPage *self)
{
  gtk_widget_set_sensitive (self->submit_button, all_answered (self));
}

static char *
format_date (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_time);

  /* Translators: the date a self-check was taken */
  return g_date_time_format (time, _("%-d %B %Y, %H:%M"));
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
show_result (PursuitSelfCheckPage         *self,
             const PursuitSelfCheckResult *result)
{
  PursuitContent *content = pursuit_context_get_content (self->context);
  PursuitContentNode *band = pursuit_content_find_node (content, result->band_id);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget *advice_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  g_autofree char *date = format_date (result->taken_at);
  g_autofree char *score = NULL;
  guint n_advice = 0;

  clear_box (self->result_box);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "result-card");

  gtk_box_append (GTK_BOX (card), pursuit_render_heading (_("Your Result"), "dim-label"));
  if (band != NULL)
    {
      PursuitRenderContext render = { content, NULL, NULL };

      gtk_box_append (GTK_BOX (card), pursuit_render_heading (pursuit_content_node_get_child_text (band, "title"),
                                                              "title-2"));
      pursuit_render_blocks (&render, GTK_BOX (card), band);
    }

  /* Translators: %.0f is a number from 0 to 100, %s a date */
  score = g_strdup_printf (_("%.0f out of 100 on the concern scale (lower is better), taken %s"),
                           result->score, date);
  {
    GtkWidget *label = pursuit_render_text (score);

    gtk_widget_add_css_class (label, "dim-label");
    gtk_box_append (GTK_BOX (card), label);
  }
  gtk_box_append (self->result_box, card);

  /* What to do next: the advice of every answer that raised a concern. */
  for (guint i = 0; i < self->items->len; i++)
    {
      PursuitContentNode *item = g_ptr_array_index (self->items, i);
      const char *item_id = pursuit_content_node_get_attribute (item, "id");
      int answer = pursuit_self_check_result_get_answer (result, item_id, -1);
      GtkWidget *entry;

      if (answer < 0 || pursuit_self_check_item_concern (self->check, item, answer) < 0.5)
        continue;

      entry = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      gtk_box_append (GTK_BOX (entry), pursuit_render_heading (pursuit_content_node_get_child_text (item, "text"),
                                                               "heading"));
      gtk_box_append (GTK_BOX (entry), pursuit_render_text (pursuit_content_node_get_child_text (item, "advice")));
      gtk_box_append (GTK_BOX (advice_box), entry);
      n_advice++;
    }

  if (n_advice > 0)
    {
      gtk_box_append (self->result_box, pursuit_render_heading (_("What to Work On"), "title-3"));
      gtk_box_append (self->result_box, advice_box);
    }
  else
    {
      /* Never parented, so still floating. */
      g_object_ref_sink (advice_box);
      g_object_unref (advice_box);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->result_box), TRUE);
}

static void
show_history (PursuitSelfCheckPage *self)
{
  PursuitContent *content = pursuit_context_get_content (self->context);
  GtkWidget *parent = gtk_widget_get_parent (self->history_group);

  /* Rebuilt whole: a preferences group cannot be emptied in libadwaita 1.2. */
  if (parent != NULL)
    gtk_box_remove (GTK_BOX (parent), self->history_group);
  self->history_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->history_group), _("Earlier Results"));
  gtk_box_append (self->box, self->history_group);

  for (guint i = 0; i < self->results->len; i++)
    {
      PursuitSelfCheckResult *result = g_ptr_array_index (self->results, i);
      PursuitContentNode *band = pursuit_content_find_node (content, result->band_id);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *date = format_date (result->taken_at);
      g_autofree char *subtitle = g_strdup_printf (_("%s · %.0f out of 100"), date, result->score);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     band != NULL ? pursuit_content_node_get_child_text (band, "title") : result->band_id);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->history_group), row);
    }

  gtk_widget_set_visible (self->history_group, self->results->len > 0);
}

static void
fill_answers (PursuitSelfCheckPage         *self,
              const PursuitSelfCheckResult *result)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      const char *item_id = pursuit_content_node_get_attribute (g_ptr_array_index (self->items, i), "id");
      int answer = pursuit_self_check_result_get_answer (result, item_id, -1);
      GtkWidget *widget = g_ptr_array_index (self->answer_widgets, i);

      if (answer < 0)
        continue;
      if (is_rating (self))
        adw_combo_row_set_selected (ADW_COMBO_ROW (widget), answer + 1);
      else
        gtk_switch_set_active (GTK_SWITCH (widget), answer != 0);
    }
}

static void
on_results_loaded (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PursuitSelfCheckPage *self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *results = pursuit_store_list_self_check_results_finish (PURSUIT_STORE (source), result, &error);

  if (results == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_message ("Could not read earlier self-check results: %s", error->message);
      return;
    }

  g_clear_pointer (&self->results, g_ptr_array_unref);
  self->results = results;
  show_history (self);

  /* Retaking starts from the last answers, so only what changed needs a look. */
  if (results->len > 0)
    {
      fill_answers (self, g_ptr_array_index (results, 0));
      show_result (self, g_ptr_array_index (results, 0));
    }
  update_submit (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
load_results (PursuitSelfCheckPage *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  pursuit_store_list_self_check_results_async (pursuit_context_get_store (self->context),
                                               pursuit_self_check_get_id (self->check),
                                               self->cancellable, on_results_loaded, self);
}

static void
on_result_saved (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PursuitSelfCheckPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_save_self_check_result_finish (PURSUIT_STORE (source), result, &error))
    {
      update_submit (self);
      pursuit_show_error (GTK_WIDGET (self), _("Could not save the result"), error);
      return;
    }

  if (self->check != NULL)
    load_results (self);
}

static gboolean
submit (PursuitSelfCheckPage *self)
{
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(PursuitSelfCheckResult) result = NULL;
  PursuitContentNode *band;
  double score = 0;

  g_return_val_if_fail (PURSUIT_IS_SELF_CHECK_PAGE (self), FALSE);

  if (self->check == NULL || !all_answered (self))
    return FALSE;

  for (guint i = 0; i < self->items->len; i++)
    {
      int answer = get_answer (self, i);

      g_array_append_val (answers, answer);
    }

  band = pursuit_self_check_score (self->check, (int *) answers->data, answers->len, &score);
  result = pursuit_self_check_result_new (pursuit_self_check_get_id (self->check),
                                          g_get_real_time () / G_USEC_PER_SEC, score,
                                          pursuit_content_node_get_attribute (band, "id"));
  for (guint i = 0; i < self->items->len; i++)
    pursuit_self_check_result_add_answer (result,
                                          pursuit_content_node_get_attribute (g_ptr_array_index (self->items, i), "id"),
                                          g_array_index (answers, int, i));

  show_result (self, result);
  /* One result per click: wait for this one to be saved. */
  gtk_widget_set_sensitive (self->submit_button, FALSE);
  pursuit_store_save_self_check_result_async (pursuit_context_get_store (self->context), result, NULL,
                                              on_result_saved, g_object_ref (self));
  pursuit_scroll_to_widget (self->scroller, GTK_WIDGET (self->result_box));
  return TRUE;
}

static void
on_submit_clicked (PursuitSelfCheckPage *self)
{
  submit (self);
}

static GtkWidget *
answer_row (PursuitSelfCheckPage *self,
            PursuitContentNode   *item,
            GtkStringList        *scale)
{
  const char *text = pursuit_content_node_get_child_text (item, "text");
  GtkWidget *row;

  if (scale != NULL)
    {
      row = adw_combo_row_new ();
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (scale));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (update_submit), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->answer_widgets, row);
    }
  else
    {
      GtkWidget *toggle = gtk_switch_new ();

      row = adw_action_row_new ();
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      /* Named by the label property alone: the title is set later. */
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      g_ptr_array_add (self->answer_widgets, toggle);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  return row;
}

static void
build (PursuitSelfCheckPage *self)
{
  g_autoptr(GtkStringList) scale = NULL;
  g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *answers = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  clear_box (self->box);
  g_ptr_array_set_size (self->answer_widgets, 0);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  self->results = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_self_check_result_free);

  if (self->check == NULL)
    return;

  self->items = pursuit_self_check_get_items (self->check);
  gtk_box_append (GTK_BOX (header), pursuit_render_heading (pursuit_self_check_get_title (self->check), "title-1"));
  gtk_box_append (GTK_BOX (header), pursuit_render_text (pursuit_self_check_get_intro (self->check)));
  gtk_box_append (self->box, header);

  if (is_rating (self))
    {
      g_autoptr(GPtrArray) choices = pursuit_self_check_get_choices (self->check);

      scale = gtk_string_list_new (NULL);
      gtk_string_list_append (scale, _("Choose…"));
      for (guint i = 0; i < choices->len; i++)
        gtk_string_list_append (scale, pursuit_content_node_get_text (g_ptr_array_index (choices, i)));
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      PursuitContentNode *item = g_ptr_array_index (self->items, i);
      const char *group_id = pursuit_content_node_get_attribute (item, "group");
      GtkWidget *group = g_hash_table_lookup (groups, group_id != NULL ? group_id : "");

      if (group == NULL)
        {
          group = adw_preferences_group_new ();
          if (g_strcmp0 (group_id, "technical") == 0)
            adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Technical Skills"));
          else if (g_strcmp0 (group_id, "soft") == 0)
            adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Soft Skills"));
          else
            adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                             is_rating (self) ? _("Rate Yourself") : _("Does This Apply to You?"));
          g_hash_table_insert (groups, (gpointer) (group_id != NULL ? group_id : ""), group);
          gtk_box_append (GTK_BOX (answers), group);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), answer_row (self, item, scale));
    }
  gtk_box_append (self->box, answers);

  self->submit_button = pursuit_mnemonic_button_new (_("_See Result"));
  gtk_widget_add_css_class (self->submit_button, "pill");
  gtk_widget_add_css_class (self->submit_button, "suggested-action");
  gtk_widget_set_halign (self->submit_button, GTK_ALIGN_CENTER);
  g_signal_connect_object (self->submit_button, "clicked", G_CALLBACK (on_submit_clicked), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->box, self->submit_button);

  self->result_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  gtk_widget_set_visible (GTK_WIDGET (self->result_box), FALSE);
  gtk_box_append (self->box, GTK_WIDGET (self->result_box));

  self->history_group = adw_preferences_group_new ();
  gtk_widget_set_visible (self->history_group, FALSE);
  gtk_box_append (self->box, self->history_group);

  update_submit (self);
  load_results (self);
}

static void
pursuit_self_check_page_dispose (GObject *object)
{
  PursuitSelfCheckPage *self = PURSUIT_SELF_CHECK_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->check);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_self_check_page_parent_class)->dispose (object);
}

static void
pursuit_self_check_page_finalize (GObject *object)
{
  PursuitSelfCheckPage *self = PURSUIT_SELF_CHECK_PAGE (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->answer_widgets, g_ptr_array_unref);
  g_clear_pointer (&self->results, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_self_check_page_parent_class)->finalize (object);
}

static void
pursuit_self_check_page_class_init (PursuitSelfCheckPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_self_check_page_dispose;
  object_class->finalize = pursuit_self_check_page_finalize;

  /**
   * PursuitSelfCheckPage::changed:
   *
   * The earlier results were loaded or a new one was saved.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pursuit_self_check_page_init (PursuitSelfCheckPage *self)
{
  GtkWidget *clamp = adw_clamp_new ();

  self->answer_widgets = g_ptr_array_new ();
  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_margin_top (GTK_WIDGET (self->box), 24);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->box), 36);
  gtk_widget_set_margin_start (GTK_WIDGET (self->box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->box), 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->box));
  gtk_scrolled_window_set_child (self->scroller, clamp);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->scroller));
}

PursuitSelfCheckPage *
pursuit_self_check_page_new (PursuitContext *context)
{
  PursuitSelfCheckPage *self = g_object_new (PURSUIT_TYPE_SELF_CHECK_PAGE, NULL);

  self->context = g_object_ref (context);
  return self;
}

void
pursuit_self_check_page_set_check (PursuitSelfCheckPage *self,
                                   PursuitSelfCheck     *check)
{
  g_return_if_fail (PURSUIT_IS_SELF_CHECK_PAGE (self));

  if (self->check == check)
    return;

  g_set_object (&self->check, check);
  build (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

PursuitSelfCheck *
pursuit_self_check_page_get_check (PursuitSelfCheckPage *self)
{
  g_return_val_if_fail (PURSUIT_IS_SELF_CHECK_PAGE (self), NULL);

  return self->check;
}

/* For tests and keyboard-free use: answers item @item with @value. */
