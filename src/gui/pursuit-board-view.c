/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "pursuit-board-view.h"
#include "pursuit-store-stages.h"
#include "pursuit-toasts.h"

/* The pipeline at a glance: one column per shown stage, a card per job that
 * is not archived. Columns are list views over filters of the store's jobs
 * model, so only the cards on screen exist as widgets, however many jobs
 * there are. A job moves by drag and drop, by its "Move to" menu, or with
 * Ctrl+Left / Ctrl+Right on its focused card. */

#define COLUMN_WIDTH 280

/* Card */

#define PURSUIT_TYPE_BOARD_CARD (pursuit_board_card_get_type ())

G_DECLARE_FINAL_TYPE (PursuitBoardCard, pursuit_board_card, PURSUIT, BOARD_CARD, GtkWidget)

struct _PursuitBoardCard
{
  GtkWidget parent_instance;

  PursuitJob *job;

  GtkWidget *box;
  GtkLabel *title_label;
  GtkLabel *company_label;
  GtkLabel *next_label;
  GtkMenuButton *move_button;
};

G_DEFINE_FINAL_TYPE (PursuitBoardCard, pursuit_board_card, GTK_TYPE_WIDGET)

/* Column */

#define PURSUIT_TYPE_BOARD_COLUMN (pursuit_board_column_get_type ())

G_DECLARE_FINAL_TYPE (PursuitBoardColumn, pursuit_board_column, PURSUIT, BOARD_COLUMN, GtkWidget)

struct _PursuitBoardColumn
{
  GtkWidget parent_instance;

  PursuitStage *stage;
  GtkCustomFilter *filter;
  GtkFilterListModel *jobs;

  GtkWidget *box;
  GtkLabel *count_label;
  GtkWidget *placeholder;
  GtkWidget *scrolled;
  GtkListView *list;
};

G_DEFINE_FINAL_TYPE (PursuitBoardColumn, pursuit_board_column, GTK_TYPE_WIDGET)

/* Board */

struct _PursuitBoardView
{
  AdwBin parent_instance;

  PursuitContext *context;

  GtkWidget *columns_box;
  GPtrArray *columns;        /* PursuitBoardColumn, in stage order */

  /* Filters do not watch their items: while the board is on screen, each
   * job's stage and archived flag are watched, and the columns refiltered
   * once per batch of changes. */

  /* After a move made from the keyboard, focus follows the card. */
  gint64 focus_job_id;
};

G_DEFINE_FINAL_TYPE (PursuitBoardView, pursuit_board_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  JOB_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GListModel *
get_stages (PursuitBoardView *self)
{
  return pursuit_store_get_stages (pursuit_context_get_store (self->context));
}

/* Card */

static char *
format_due (const char *iso_date,
            gboolean   *overdue)
{
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  int year, month, day;

  *overdue = FALSE;
  if (sscanf (iso_date, "%d-%d-%d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return g_strdup (iso_date);

  date = g_date_time_new_local (year, month, day, 0, 0, 0);
  if (date == NULL)
    return g_strdup (iso_date);

  now = g_date_time_new_now_local ();
  *overdue = g_date_time_get_year (date) * 1000 + g_date_time_get_day_of_year (date) <
             g_date_time_get_year (now) * 1000 + g_date_time_get_day_of_year (now);

  if (g_date_time_get_year (date) == g_date_time_get_year (now))
    /* Translators: a short due date on a board card: "24 Nov" */
    text = g_date_time_format (date, _("%-d %b"));
  else
    /* Translators: a short due date in another year on a board card: "24 Nov 2027" */
    text = g_date_time_format (date, _("%-d %b %Y"));

  /* A date is read as one: never break it across lines. */
  parts = g_strsplit (text, " ", -1);
  return g_strjoinv ("\u00a0", parts);
}

static void
pursuit_board_card_update (PursuitBoardCard *self)
{
  const char *next_action;
  const char *due;
  g_autofree char *accessible = NULL;

  if (self->job == NULL)
    return;

  gtk_label_set_text (self->title_label, pursuit_job_get_title (self->job));
  gtk_label_set_text (self->company_label, pursuit_job_get_company (self->job));

  next_action = pursuit_job_get_next_action (self->job);
  due = pursuit_job_get_next_action_due (self->job);
  gtk_widget_remove_css_class (GTK_WIDGET (self->next_label), "error");

  if (next_action != NULL && next_action[0] != '\0')
    {
      g_autofree char *text = NULL;

      if (due != NULL && due[0] != '\0')
        {
          gboolean overdue;
          g_autofree char *due_text = format_due (due, &overdue);

          /* Translators: a next action and its due date: "Call the recruiter · due 24 Nov" */
          text = g_strdup_printf (_("%s · due %s"), next_action, due_text);
          if (overdue)
            gtk_widget_add_css_class (GTK_WIDGET (self->next_label), "error");
        }
      else
        text = g_strdup (next_action);

      gtk_label_set_text (self->next_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->next_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->next_label), FALSE);

  /* Translators: how a screen reader names a board card: "Analyst at Initech" */
  accessible = g_strdup_printf (_("%s at %s"), pursuit_job_get_title (self->job),
                                pursuit_job_get_company (self->job));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
pursuit_board_card_set_job (PursuitBoardCard *self,
                            PursuitJob       *job)
{
  if (self->job == job)
    return;

  if (self->job != NULL)
    g_signal_handlers_disconnect_by_func (self->job, pursuit_board_card_update, self);

  g_set_object (&self->job, job);

  if (self->job != NULL)
    {
      g_signal_connect_object (self->job, "notify", G_CALLBACK (pursuit_board_card_update),
                               self, G_CONNECT_SWAPPED);
      pursuit_board_card_update (self);
    }
}

/* The menu is built when it opens: it names the stages as they are now. */
static void
build_move_menu (GtkMenuButton *button,
                 gpointer       user_data)
{
  PursuitBoardCard *self = user_data;
  PursuitBoardView *board;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  GListModel *stages;
  gint64 current;

  board = PURSUIT_BOARD_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (self), PURSUIT_TYPE_BOARD_VIEW));
  if (board == NULL || self->job == NULL)
    return;

  stages = get_stages (board);
  current = pursuit_stage_get_id (pursuit_job_get_stage (self->job));
  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *stage_id = NULL;

      /* The card's own column is not a destination. */
      if (pursuit_stage_get_hidden (stage) || pursuit_stage_get_id (stage) == current)
        continue;

      stage_id = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_stage_get_id (stage));
      item = g_menu_item_new (pursuit_stage_get_name (stage), NULL);
      g_menu_item_set_action_and_target_value (item, "board.move-job",
                                               g_variant_new ("(xs)", pursuit_job_get_id (self->job), stage_id));
      g_menu_append_item (section, item);
    }

  g_menu_append_section (menu, _("Move To"), G_MENU_MODEL (section));
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource    *source,
                 double            x,
                 double            y,
                 PursuitBoardCard *self)
{
  if (self->job == NULL)
    return NULL;

  return gdk_content_provider_new_typed (PURSUIT_TYPE_JOB, self->job);
}

static void
on_drag_begin (GtkDragSource    *source,
               GdkDrag          *drag,
               PursuitBoardCard *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, gtk_widget_get_width (GTK_WIDGET (self)) / 2, 12);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragged");
}

static void
on_drag_end (GtkDragSource    *source,
             GdkDrag          *drag,
             gboolean          delete_data,
             PursuitBoardCard *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragged");
}

static void
pursuit_board_card_dispose (GObject *object)
{
  PursuitBoardCard *self = PURSUIT_BOARD_CARD (object);

  pursuit_board_card_set_job (self, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (pursuit_board_card_parent_class)->dispose (object);
}

static void
pursuit_board_card_class_init (PursuitBoardCardClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pursuit_board_card_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "boardcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkLabel *
add_label (GtkWidget  *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

static void
pursuit_board_card_init (PursuitBoardCard *self)
{
  GtkDragSource *drag_source;
  GtkWidget *texts;

  gtk_widget_add_css_class (GTK_WIDGET (self), "card");

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (self->box), texts);

  self->title_label = add_label (texts, "heading");
  self->company_label = add_label (texts, "dim-label");
  gtk_label_set_lines (self->company_label, 1);
  self->next_label = add_label (texts, "caption");
  gtk_widget_set_margin_top (GTK_WIDGET (self->next_label), 3);

  self->move_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->move_button, "view-more-symbolic");
  gtk_widget_set_valign (GTK_WIDGET (self->move_button), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self->move_button), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self->move_button), "circular");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->move_button), _("Move To…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->move_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Move to Another Stage"), -1);
  gtk_menu_button_set_create_popup_func (self->move_button, build_move_menu, self, NULL);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->move_button));

  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect (drag_source, "prepare", G_CALLBACK (on_drag_prepare), self);
  g_signal_connect (drag_source, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag_source, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag_source));
}

/* Column */

static gboolean
column_accepts (gpointer item,
                gpointer user_data)
{
  PursuitBoardColumn *self = user_data;
  PursuitJob *job = item;
  PursuitStage *stage = pursuit_job_get_stage (job);

  return stage != NULL &&
         pursuit_stage_get_id (stage) == pursuit_stage_get_id (self->stage) &&
         !pursuit_job_get_archived (job);
}

static void
update_count (PursuitBoardColumn *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->jobs));
  g_autofree char *count = g_strdup_printf ("%u", n);

  gtk_label_set_text (self->count_label, count);
  gtk_widget_set_visible (self->placeholder, n == 0);
  gtk_widget_set_visible (self->scrolled, n > 0);
}

static void
on_setup_card (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  gtk_list_item_set_child (item, g_object_new (PURSUIT_TYPE_BOARD_CARD, NULL));
}

static void
on_bind_card (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  pursuit_board_card_set_job (PURSUIT_BOARD_CARD (gtk_list_item_get_child (item)),
                              gtk_list_item_get_item (item));
}

static void
on_unbind_card (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  pursuit_board_card_set_job (PURSUIT_BOARD_CARD (gtk_list_item_get_child (item)), NULL);
}

static void
on_card_activated (GtkListView        *list,
                   guint               position,
                   PursuitBoardColumn *self)
{
  g_autoptr(PursuitJob) job = g_list_model_get_item (G_LIST_MODEL (self->jobs), position);
  GtkWidget *board = gtk_widget_get_ancestor (GTK_WIDGET (self), PURSUIT_TYPE_BOARD_VIEW);

  if (job != NULL && board != NULL)
    g_signal_emit (board, signals[JOB_ACTIVATED], 0, job);
}

static void move_job (PursuitBoardView *self,
                      PursuitJob       *job,
                      PursuitStage     *stage,
                      gboolean          follow_focus);

static gboolean
on_drop (GtkDropTarget      *target,
         const GValue       *value,
         double              x,
         double              y,
         PursuitBoardColumn *self)
{
  PursuitJob *job = g_value_get_object (value);
  GtkWidget *board = gtk_widget_get_ancestor (GTK_WIDGET (self), PURSUIT_TYPE_BOARD_VIEW);

  if (job == NULL || board == NULL)
    return FALSE;

  move_job (PURSUIT_BOARD_VIEW (board), job, self->stage, FALSE);
  return TRUE;
}

static void
pursuit_board_column_dispose (GObject *object)
{
  PursuitBoardColumn *self = PURSUIT_BOARD_COLUMN (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->jobs);
  g_clear_object (&self->filter);
  g_clear_object (&self->stage);

  G_OBJECT_CLASS (pursuit_board_column_parent_class)->dispose (object);
}

static void
pursuit_board_column_class_init (PursuitBoardColumnClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = pursuit_board_column_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "boardcolumn");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pursuit_board_column_init (PursuitBoardColumn *self)
{
}

static PursuitBoardColumn *
pursuit_board_column_new (PursuitStage *stage,
                          GListModel   *jobs)
{
  PursuitBoardColumn *self = g_object_new (PURSUIT_TYPE_BOARD_COLUMN, NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkDropTarget *drop_target;
  GtkWidget *header;
  GtkWidget *name_label;

  self->stage = g_object_ref (stage);
  self->filter = gtk_custom_filter_new (column_accepts, self, NULL);
  self->jobs = gtk_filter_list_model_new (g_object_ref (jobs), GTK_FILTER (g_object_ref (self->filter)));

  gtk_widget_set_size_request (GTK_WIDGET (self), COLUMN_WIDTH, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pursuit_stage_get_name (stage), -1);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (header, "header");
  name_label = gtk_label_new (pursuit_stage_get_name (stage));
  gtk_label_set_xalign (GTK_LABEL (name_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name_label, TRUE);
  gtk_widget_add_css_class (name_label, "heading");
  gtk_box_append (GTK_BOX (header), name_label);
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "count");
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "numeric");
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (self->box), header);

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_card), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_card), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind_card), NULL);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->jobs)))),
                                                 g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "board-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  pursuit_stage_get_name (stage), -1);
  g_signal_connect_object (self->list, "activate", G_CALLBACK (on_card_activated), self, 0);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->list));
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  gtk_box_append (GTK_BOX (self->box), self->scrolled);

  self->placeholder = gtk_label_new (_("No jobs"));
  gtk_widget_set_valign (self->placeholder, GTK_ALIGN_START);
  gtk_widget_set_vexpand (self->placeholder, TRUE);
  gtk_widget_add_css_class (self->placeholder, "dim-label");
  gtk_widget_add_css_class (self->placeholder, "placeholder");
  gtk_box_append (GTK_BOX (self->box), self->placeholder);

  g_signal_connect_object (self->jobs, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  update_count (self);

  drop_target = gtk_drop_target_new (PURSUIT_TYPE_JOB, GDK_ACTION_MOVE);
  g_signal_connect (drop_target, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  return self;
}

/* Focuses the card of the job with @job_id, if the column shows it. */
static gboolean
pursuit_board_column_focus_job (PursuitBoardColumn *self,
                                gint64              job_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->jobs));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (G_LIST_MODEL (self->jobs), i);

      if (pursuit_job_get_id (job) != job_id)
        continue;

      gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", i);
      for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
           row != NULL;
           row = gtk_widget_get_next_sibling (row))
        {
          GtkWidget *card = gtk_widget_get_first_child (row);

          if (PURSUIT_IS_BOARD_CARD (card) && PURSUIT_BOARD_CARD (card)->job == job)
            return gtk_widget_grab_focus (row);
        }
      return FALSE;
    }

  return FALSE;
}

/* Board */

static void
rebuild_columns (PursuitBoardView *self)
{
  GListModel *stages = get_stages (self);
  GListModel *jobs = pursuit_store_get_jobs (pursuit_context_get_store (self->context));
  guint n = g_list_model_get_n_items (stages);

  for (guint i = 0; i < self->columns->len; i++)
    gtk_box_remove (GTK_BOX (self->columns_box), g_ptr_array_index (self->columns, i));
  g_ptr_array_set_size (self->columns, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);
      PursuitBoardColumn *column;

      if (pursuit_stage_get_hidden (stage))
        continue;

      column = pursuit_board_column_new (stage, jobs);
      gtk_box_append (GTK_BOX (self->columns_box), GTK_WIDGET (column));
      g_ptr_array_add (self->columns, column);
    }
}

static PursuitBoardColumn *
find_column (PursuitBoardView *self,
             gint64            stage_id,
             guint            *index)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      PursuitBoardColumn *column = g_ptr_array_index (self->columns, i);

      if (pursuit_stage_get_id (column->stage) == stage_id)
        {
          if (index != NULL)
            *index = i;
          return column;
        }
    }
  return NULL;
}

typedef struct
{
  PursuitBoardView *self;
  gint64 job_id;
  gint64 stage_id;
  gboolean follow_focus;
} MoveData;

static void
on_job_moved (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  MoveData *data = user_data;
  PursuitBoardView *self = data->self;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_move_job_finish (PURSUIT_STORE (source), result, &error))
    pursuit_show_error (GTK_WIDGET (self), _("Could not move the job"), error);
  else if (data->follow_focus && self->focus_job_id == data->job_id)
    {
      PursuitBoardColumn *column;

      /* The store told the columns of the move before this: the card is
       * in its new column. */
      column = find_column (self, data->stage_id, NULL);
      if (column != NULL)
        pursuit_board_column_focus_job (column, data->job_id);
      self->focus_job_id = 0;
    }

  g_object_unref (data->self);
  g_free (data);
}

static void
move_job (PursuitBoardView *self,
          PursuitJob       *job,
          PursuitStage     *stage,
          gboolean          follow_focus)
{
  MoveData *data;

  if (pursuit_stage_get_id (pursuit_job_get_stage (job)) == pursuit_stage_get_id (stage))
    return;

  data = g_new0 (MoveData, 1);
  data->self = g_object_ref (self);
  data->job_id = pursuit_job_get_id (job);
  data->stage_id = pursuit_stage_get_id (stage);
  data->follow_focus = follow_focus;
  if (follow_focus)
    self->focus_job_id = data->job_id;

  pursuit_store_move_job_async (pursuit_context_get_store (self->context), job, stage, NULL,
                                NULL, on_job_moved, data);
}

static PursuitStage *
lookup_stage (PursuitBoardView *self,
              const char       *id_or_name)
{
  GListModel *stages = get_stages (self);
  guint n = g_list_model_get_n_items (stages);
  guint64 id = 0;
  gboolean is_id = g_ascii_string_to_unsigned (id_or_name, 10, 1, G_MAXINT64, &id, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);

      if (is_id ? pursuit_stage_get_id (stage) == (gint64) id
                : g_utf8_collate (pursuit_stage_get_name (stage), id_or_name) == 0)
        return stage;  /* the model keeps it */
    }

  return NULL;
}

static void
move_job_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (widget);
  PursuitStore *store = pursuit_context_get_store (self->context);
  const char *stage_id;
  PursuitStage *stage;
  PursuitJob *job;
  gint64 job_id;

  g_variant_get (parameter, "(x&s)", &job_id, &stage_id);
  job = pursuit_store_find_job (store, job_id);
  stage = lookup_stage (self, stage_id);
  if (job == NULL || stage == NULL)
    {
      g_message ("No job %" G_GINT64_FORMAT " or stage %s to move it to", job_id, stage_id);
      return;
    }

  /* The menu closes and takes the focus with it: give it to the card. */
  move_job (self, job, stage, TRUE);
}

static PursuitBoardCard *
find_focused_card (PursuitBoardView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *widget = focus;
       widget != NULL && widget != GTK_WIDGET (self);
       widget = gtk_widget_get_parent (widget))
    {
      GtkWidget *child = gtk_widget_get_first_child (widget);

      if (PURSUIT_IS_BOARD_CARD (widget))
        return PURSUIT_BOARD_CARD (widget);

      /* The list row around the card holds the focus. */
      if (PURSUIT_IS_BOARD_CARD (child))
        return PURSUIT_BOARD_CARD (child);
    }

  return NULL;
}

static gboolean
move_focused_card (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (widget);
  PursuitBoardCard *card = find_focused_card (self);
  int step = GPOINTER_TO_INT (user_data);
  guint index;

  if (card == NULL || card->job == NULL ||
      find_column (self, pursuit_stage_get_id (pursuit_job_get_stage (card->job)), &index) == NULL)
    return FALSE;

  if ((step < 0 && index == 0) || (step > 0 && index + 1 >= self->columns->len))
    {
      gtk_widget_error_bell (widget);
      return TRUE;
    }

  move_job (self, card->job, PURSUIT_BOARD_COLUMN (g_ptr_array_index (self->columns, index + step))->stage, TRUE);
  return TRUE;
}

static void
pursuit_board_view_constructed (GObject *object)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (object);
  PursuitStore *store;

  G_OBJECT_CLASS (pursuit_board_view_parent_class)->constructed (object);

  g_return_if_fail (PURSUIT_IS_CONTEXT (self->context));

  store = pursuit_context_get_store (self->context);
  g_signal_connect_object (pursuit_store_get_stages (store), "items-changed",
                           G_CALLBACK (rebuild_columns), self, G_CONNECT_SWAPPED);
  rebuild_columns (self);
}

static void
pursuit_board_view_dispose (GObject *object)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (object);

  if (self->columns != NULL)
    g_ptr_array_set_size (self->columns, 0);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_board_view_parent_class)->dispose (object);
}

static void
pursuit_board_view_finalize (GObject *object)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (object);

  g_clear_pointer (&self->columns, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_board_view_parent_class)->finalize (object);
}

static void
pursuit_board_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (object);

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
pursuit_board_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (object);

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
pursuit_board_view_class_init (PursuitBoardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pursuit_board_view_constructed;
  object_class->dispose = pursuit_board_view_dispose;
  object_class->finalize = pursuit_board_view_finalize;
  object_class->get_property = pursuit_board_view_get_property;
  object_class->set_property = pursuit_board_view_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT,
                                                  G_PARAM_READWRITE |
                                                  G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitBoardView::job-activated:
   * @job: the job whose card was clicked or activated
   */
  signals[JOB_ACTIVATED] = g_signal_new ("job-activated", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, PURSUIT_TYPE_JOB);

  /* (job id, stage id) */
  gtk_widget_class_install_action (widget_class, "board.move-job", "(xs)", move_job_action);

  gtk_widget_class_set_css_name (widget_class, "board");
}

static void
pursuit_board_view_init (PursuitBoardView *self)
{
  GtkEventController *shortcuts;
  GtkWidget *scrolled;

  self->columns = g_ptr_array_new ();

  self->columns_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->columns_box, "columns");

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->columns_box);
  adw_bin_set_child (ADW_BIN (self), scrolled);

  /* Capture: the list views would otherwise take Ctrl+arrows to move the
   * focus between rows. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Left"),
                                                          gtk_callback_action_new (move_focused_card,
                                                                                   GINT_TO_POINTER (-1), NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Right"),
                                                          gtk_callback_action_new (move_focused_card,
                                                                                   GINT_TO_POINTER (1), NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

PursuitBoardView *
pursuit_board_view_new (PursuitContext *context)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);

  return g_object_new (PURSUIT_TYPE_BOARD_VIEW, "context", context, NULL);
}

