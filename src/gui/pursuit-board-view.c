/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-attention.h"
#include "pursuit-board-view.h"
#include "pursuit-job-summary.h"
#include "pursuit-store-stages.h"
#include "pursuit-toasts.h"

/* The pipeline at a glance: one column per shown stage, a card per job the
 * filter lets through (by default, every job not archived). Columns are
 * list views over filters of one jobs model, so only the cards on screen
 * exist as widgets, however many jobs there are. A job moves by drag and
 * drop, by its "Move to" menu (Menu or Shift+F10 on a card), or with
 * Ctrl+Left / Ctrl+Right on its focused card. */

#define COLUMN_WIDTH 280

/* How long the keys may rest before a keyboard move is saved: a card
 * walked across three columns is one move in its timeline, not three. */
#define DEFAULT_MOVE_DELAY_MS 600

/* Card */

#define PURSUIT_TYPE_BOARD_CARD (pursuit_board_card_get_type ())

G_DECLARE_FINAL_TYPE (PursuitBoardCard, pursuit_board_card, PURSUIT, BOARD_CARD, GtkWidget)

struct _PursuitBoardCard
{
  GtkWidget parent_instance;

  PursuitBoardView *board;   /* unowned: the board outlives its cards */
  PursuitJob *job;

  GtkWidget *box;
  GtkLabel *title_label;
  GtkImage *attention_icon;
  GtkLabel *company_label;
  GtkLabel *next_label;
  GtkLabel *interview_label;
  GtkMenuButton *move_button;
};

G_DEFINE_FINAL_TYPE (PursuitBoardCard, pursuit_board_card, GTK_TYPE_WIDGET)

/* Column */

#define PURSUIT_TYPE_BOARD_COLUMN (pursuit_board_column_get_type ())

G_DECLARE_FINAL_TYPE (PursuitBoardColumn, pursuit_board_column, PURSUIT, BOARD_COLUMN, GtkWidget)

struct _PursuitBoardColumn
{
  GtkWidget parent_instance;

  PursuitBoardView *board;   /* unowned: the board owns its columns */
  PursuitStage *stage;
  GtkFilter *stage_filter;
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
  GListModel *jobs;          /* what the columns show, in this order */
  GtkFilter *filter;         /* which of them */
  int attention_days;

  GtkWidget *columns_box;
  GPtrArray *columns;        /* PursuitBoardColumn, in stage order */

  /* After a move made from the menu, focus follows the card. */
  gint64 focus_job_id;

  /* Every move shows at once. A keyboard move waits in @pending_job and
   * @pending_stage until the keys rest or the focus leaves the card; then,
   * as a move from the menu or a drop does at once, it waits in @saving
   * (job -> stage) while the store saves it. */
  PursuitJob *pending_job;
  PursuitStage *pending_stage;
  guint pending_timeout;
  GHashTable *saving;
  guint move_delay;
  gboolean following_card;   /* focus is on its way to the moved card */
  GtkRoot *watched_root;
};

G_DEFINE_FINAL_TYPE (PursuitBoardView, pursuit_board_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_JOBS,
  PROP_FILTER,
  PROP_MOVE_DELAY,
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

/* Where the job is once the moves asked for are saved. */
static gint64
saved_stage_id (PursuitBoardView *self,
                PursuitJob       *job)
{
  PursuitStage *stage = g_hash_table_lookup (self->saving, job);

  if (stage == NULL)
    stage = pursuit_job_get_stage (job);
  return stage != NULL ? pursuit_stage_get_id (stage) : -1;
}

/* The column a job is drawn in: where a keyboard move not yet saved put
 * it, or where it is being moved, or else its stage. */
static gint64
shown_stage_id (PursuitBoardView *self,
                PursuitJob       *job)
{
  if (job == self->pending_job)
    return pursuit_stage_get_id (self->pending_stage);
  return saved_stage_id (self, job);
}

/* Card */

static void
pursuit_board_card_update (PursuitBoardCard *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *next = NULL;
  g_autofree char *interview = NULL;
  g_autofree char *name = NULL;
  g_autofree char *move_label = NULL;
  g_autofree char *why = NULL;
  PursuitAttentionReason reasons;
  gboolean overdue;

  if (self->job == NULL)
    return;

  gtk_label_set_text (self->title_label, pursuit_job_get_title (self->job));
  gtk_label_set_text (self->company_label, pursuit_job_get_company (self->job));

  now = g_date_time_new_now_local ();
  next = pursuit_job_summary_next_action (self->job, now, &overdue);
  pursuit_job_summary_show (self->next_label, next);
  if (overdue)
    gtk_widget_add_css_class (GTK_WIDGET (self->next_label), PURSUIT_STYLE_OVERDUE);
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->next_label), PURSUIT_STYLE_OVERDUE);

  interview = pursuit_job_summary_next_interview (self->job);
  pursuit_job_summary_show (self->interview_label, interview);

  reasons = pursuit_job_get_attention (self->job, now,
                                       self->board != NULL ? self->board->attention_days
                                                           : PURSUIT_ATTENTION_DEFAULT_STALE_DAYS);
  why = reasons != PURSUIT_ATTENTION_NONE ? pursuit_attention_explain (self->job, reasons, now) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->attention_icon), why != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->attention_icon), why);
  if (why != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->attention_icon),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, why, -1);

  pursuit_job_summary_name_item (GTK_WIDGET (self), self->job);
  name = pursuit_job_summary_name (self->job);
  /* Translators: the accessible name of a board card's menu button: "Move Support Agent at Acme Ltd" */
  move_label = g_strdup_printf (_("Move %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->move_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, move_label, -1);
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
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  GListModel *stages;
  gint64 current;

  if (self->board == NULL || self->job == NULL)
    return;

  stages = get_stages (self->board);
  current = shown_stage_id (self->board, self->job);
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
  GtkWidget *top;

  gtk_widget_add_css_class (GTK_WIDGET (self), "card");

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (self->box), texts);

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (texts), top);
  self->title_label = add_label (top, "heading");
  gtk_widget_set_hexpand (GTK_WIDGET (self->title_label), TRUE);
  /* The same sign, with the same reason, as in the list. */
  self->attention_icon = GTK_IMAGE (gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_widget_add_css_class (GTK_WIDGET (self->attention_icon), "warning");
  gtk_widget_set_valign (GTK_WIDGET (self->attention_icon), GTK_ALIGN_START);
  gtk_widget_set_margin_top (GTK_WIDGET (self->attention_icon), 2);
  gtk_widget_set_visible (GTK_WIDGET (self->attention_icon), FALSE);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->attention_icon));

  self->company_label = add_label (texts, "dim-label");
  gtk_label_set_lines (self->company_label, 1);
  self->next_label = add_label (texts, "caption");
  gtk_widget_set_margin_top (GTK_WIDGET (self->next_label), 3);
  self->interview_label = add_label (texts, "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->interview_label), "accent");

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

  return shown_stage_id (self->board, item) == pursuit_stage_get_id (self->stage);
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
               PursuitBoardView         *board)
{
  PursuitBoardCard *card = g_object_new (PURSUIT_TYPE_BOARD_CARD, NULL);

  card->board = board;
  gtk_list_item_set_child (item, GTK_WIDGET (card));
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

  if (job != NULL)
    g_signal_emit (self->board, signals[JOB_ACTIVATED], 0, job);
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

  if (job == NULL)
    return FALSE;

  pursuit_board_view_move_job (self->board, job, self->stage);
  return TRUE;
}

static void
pursuit_board_column_dispose (GObject *object)
{
  PursuitBoardColumn *self = PURSUIT_BOARD_COLUMN (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->jobs);
  g_clear_object (&self->stage_filter);
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
pursuit_board_column_new (PursuitBoardView *board,
                          PursuitStage     *stage)
{
  PursuitBoardColumn *self = g_object_new (PURSUIT_TYPE_BOARD_COLUMN, NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkMultiFilter *filter = GTK_MULTI_FILTER (gtk_every_filter_new ());
  GtkDropTarget *drop_target;
  GtkWidget *header;
  GtkWidget *name_label;

  self->board = board;
  self->stage = g_object_ref (stage);
  /* The stage first: it is cheap and turns most jobs away. */
  self->stage_filter = GTK_FILTER (gtk_custom_filter_new (column_accepts, self, NULL));
  gtk_multi_filter_append (filter, g_object_ref (self->stage_filter));
  gtk_multi_filter_append (filter, g_object_ref (board->filter));
  self->jobs = gtk_filter_list_model_new (g_object_ref (board->jobs), GTK_FILTER (filter));

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

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_card), board);
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

static GtkWidget *
find_card_row (PursuitBoardColumn *self,
               PursuitJob         *job)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *card = gtk_widget_get_first_child (row);

      if (PURSUIT_IS_BOARD_CARD (card) && PURSUIT_BOARD_CARD (card)->job == job)
        return row;
    }
  return NULL;
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
      GtkWidget *row;

      if (pursuit_job_get_id (job) != job_id)
        continue;

      gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", i);
      row = find_card_row (self, job);
      return row != NULL && gtk_widget_grab_focus (row);
    }

  return FALSE;
}

/* Board */

static void              commit_pending_move (PursuitBoardView *self);
static PursuitBoardCard *find_focused_card   (PursuitBoardView *self);

static void
rebuild_columns (PursuitBoardView *self)
{
  GListModel *stages = get_stages (self);
  guint n = g_list_model_get_n_items (stages);

  commit_pending_move (self);

  for (guint i = 0; i < self->columns->len; i++)
    gtk_box_remove (GTK_BOX (self->columns_box), g_ptr_array_index (self->columns, i));
  g_ptr_array_set_size (self->columns, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, i);
      PursuitBoardColumn *column;

      if (pursuit_stage_get_hidden (stage))
        continue;

      column = pursuit_board_column_new (self, stage);
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
  PursuitJob *job;
  PursuitStage *stage;
  gboolean follow_focus;
} MoveData;

static void
move_data_free (MoveData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->job);
  g_object_unref (data->stage);
  g_free (data);
}

/* Redraws the columns a card leaves and enters. */
static void
refilter_columns (PursuitBoardView *self,
                  gint64            from_stage_id,
                  gint64            to_stage_id)
{
  PursuitBoardColumn *from = find_column (self, from_stage_id, NULL);
  PursuitBoardColumn *to = find_column (self, to_stage_id, NULL);

  if (from != NULL)
    gtk_filter_changed (from->stage_filter, GTK_FILTER_CHANGE_MORE_STRICT);
  if (to != NULL)
    gtk_filter_changed (to->stage_filter, GTK_FILTER_CHANGE_LESS_STRICT);
}

static void
clear_pending_move (PursuitBoardView *self)
{
  g_clear_handle_id (&self->pending_timeout, g_source_remove);
  g_clear_object (&self->pending_job);
  g_clear_object (&self->pending_stage);
}

static void
on_job_moved (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  MoveData *data = user_data;
  PursuitBoardView *self = data->self;
  g_autoptr(GError) error = NULL;
  gboolean moved = pursuit_store_move_job_finish (PURSUIT_STORE (source), result, &error);

  /* The card stood in its new column while the move was saved; now the
   * job's own stage keeps it there, or, on failure, takes it back. A
   * newer move of the same job keeps its own place. */
  if (self->saving != NULL && g_hash_table_lookup (self->saving, data->job) == data->stage)
    {
      g_hash_table_remove (self->saving, data->job);
      if (!moved)
        refilter_columns (self, pursuit_stage_get_id (data->stage), shown_stage_id (self, data->job));
    }

  if (!moved)
    pursuit_show_error (GTK_WIDGET (self), _("Could not move the job"), error);
  else if (data->follow_focus && self->focus_job_id == pursuit_job_get_id (data->job))
    {
      PursuitBoardColumn *column;

      /* Saving redraws the card: the focus goes back to it. */
      column = find_column (self, pursuit_stage_get_id (data->stage), NULL);
      if (column != NULL)
        pursuit_board_column_focus_job (column, pursuit_job_get_id (data->job));
      self->focus_job_id = 0;
    }

  move_data_free (data);
}

/* Saves the move of @job to @stage, the card shown there from now on;
 * @shown_at: the column the card is drawn in now. */
static void
save_move (PursuitBoardView *self,
           PursuitJob       *job,
           PursuitStage     *stage,
           gint64            shown_at,
           gboolean          follow_focus)
{
  gint64 target = pursuit_stage_get_id (stage);
  MoveData *data;

  if (saved_stage_id (self, job) == target)
    {
      /* Back where it started: nothing to record. */
      if (shown_at != target)
        refilter_columns (self, shown_at, target);
      return;
    }

  g_hash_table_replace (self->saving, g_object_ref (job), g_object_ref (stage));
  if (shown_at != target)
    refilter_columns (self, shown_at, target);

  data = g_new0 (MoveData, 1);
  data->self = g_object_ref (self);
  data->job = g_object_ref (job);
  data->stage = g_object_ref (stage);
  data->follow_focus = follow_focus;
  if (follow_focus)
    self->focus_job_id = pursuit_job_get_id (job);

  pursuit_store_move_job_async (pursuit_context_get_store (self->context), job, stage, NULL,
                                NULL, on_job_moved, data);
}

/* Saves the keyboard move the user settled on. */
static void
commit_pending_move (PursuitBoardView *self)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitStage) stage = NULL;
  PursuitBoardCard *focused;

  if (self->pending_job == NULL)
    return;

  focused = find_focused_card (self);
  g_clear_handle_id (&self->pending_timeout, g_source_remove);
  job = g_steal_pointer (&self->pending_job);
  stage = g_steal_pointer (&self->pending_stage);
  save_move (self, job, stage, pursuit_stage_get_id (stage), focused != NULL && focused->job == job);
}

/* A move from the menu or a drop: shown and saved at once. */
static void
move_job (PursuitBoardView *self,
          PursuitJob       *job,
          PursuitStage     *stage,
          gboolean          follow_focus)
{
  gint64 shown_at = shown_stage_id (self, job);

  /* A keyboard move of this card gives way to the choice; one of another
   * card is settled. */
  if (self->pending_job == job)
    clear_pending_move (self);
  else
    commit_pending_move (self);

  save_move (self, job, stage, shown_at, follow_focus);
}

static gboolean
on_pending_timeout (gpointer user_data)
{
  PursuitBoardView *self = user_data;

  self->pending_timeout = 0;
  commit_pending_move (self);
  return G_SOURCE_REMOVE;
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

/* Focus leaving the card of a keyboard move settles it. */
static void
on_focus_changed (PursuitBoardView *self)
{
  PursuitBoardCard *card;

  if (self->pending_job == NULL || self->following_card)
    return;

  card = find_focused_card (self);
  if (card == NULL || card->job != self->pending_job)
    commit_pending_move (self);
}

static void
watch_focus (PursuitBoardView *self,
             GtkRoot          *root)
{
  if (self->watched_root == root)
    return;

  if (self->watched_root != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_root, on_focus_changed, self);
  g_set_weak_pointer (&self->watched_root, root);
  if (root != NULL)
    g_signal_connect_object (root, "notify::focus-widget", G_CALLBACK (on_focus_changed),
                             self, G_CONNECT_SWAPPED);
}

static void
move_card_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (widget);
  PursuitBoardCard *card = find_focused_card (self);
  int step = g_variant_get_int32 (parameter);
  PursuitBoardColumn *target;
  g_autoptr(PursuitJob) job = NULL;
  gint64 from;
  guint index;

  if (card == NULL || card->job == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  job = g_object_ref (card->job);
  if (self->pending_job != NULL && self->pending_job != job)
    commit_pending_move (self);

  from = shown_stage_id (self, job);
  if (find_column (self, from, &index) == NULL ||
      (step < 0 && index == 0) || (step > 0 && index + 1 >= self->columns->len))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  /* The card moves now; the store hears of it once the keys rest. */
  target = g_ptr_array_index (self->columns, index + step);
  g_clear_handle_id (&self->pending_timeout, g_source_remove);
  g_set_object (&self->pending_job, job);
  g_set_object (&self->pending_stage, target->stage);
  self->pending_timeout = g_timeout_add (self->move_delay, on_pending_timeout, self);

  self->following_card = TRUE;
  refilter_columns (self, from, pursuit_stage_get_id (target->stage));
  if (!pursuit_board_column_focus_job (target, pursuit_job_get_id (job)))
    gtk_widget_grab_focus (GTK_WIDGET (target->list));
  self->following_card = FALSE;
}

static void
open_menu_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitBoardCard *card = find_focused_card (PURSUIT_BOARD_VIEW (widget));

  if (card == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  gtk_menu_button_popup (card->move_button);
}

static void
update_attention_days (PursuitBoardView *self)
{
  self->attention_days = g_settings_get_int (pursuit_context_get_settings (self->context), "attention-days");
}

static gboolean
is_not_archived (gpointer item,
                 gpointer user_data)
{
  return !pursuit_job_get_archived (item);
}

static void
pursuit_board_view_constructed (GObject *object)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (object);
  PursuitStore *store;

  G_OBJECT_CLASS (pursuit_board_view_parent_class)->constructed (object);

  g_return_if_fail (PURSUIT_IS_CONTEXT (self->context));

  store = pursuit_context_get_store (self->context);
  if (self->jobs == NULL)
    self->jobs = g_object_ref (pursuit_store_get_jobs (store));
  if (self->filter == NULL)
    self->filter = GTK_FILTER (gtk_custom_filter_new (is_not_archived, NULL, NULL));

  g_signal_connect_object (pursuit_context_get_settings (self->context), "changed::attention-days",
                           G_CALLBACK (update_attention_days), self, G_CONNECT_SWAPPED);
  update_attention_days (self);

  g_signal_connect_object (pursuit_store_get_stages (store), "items-changed",
                           G_CALLBACK (rebuild_columns), self, G_CONNECT_SWAPPED);
  rebuild_columns (self);
}

static void
pursuit_board_view_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (pursuit_board_view_parent_class)->root (widget);

  watch_focus (PURSUIT_BOARD_VIEW (widget), gtk_widget_get_root (widget));
}

static void
pursuit_board_view_unroot (GtkWidget *widget)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (widget);

  commit_pending_move (self);
  watch_focus (self, NULL);

  GTK_WIDGET_CLASS (pursuit_board_view_parent_class)->unroot (widget);
}

static void
pursuit_board_view_unmap (GtkWidget *widget)
{
  /* Hidden (the list is shown instead): what the user settled on is saved. */
  commit_pending_move (PURSUIT_BOARD_VIEW (widget));

  GTK_WIDGET_CLASS (pursuit_board_view_parent_class)->unmap (widget);
}

static void
pursuit_board_view_dispose (GObject *object)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (object);

  if (self->context != NULL)
    commit_pending_move (self);
  watch_focus (self, NULL);
  if (self->columns != NULL)
    g_ptr_array_set_size (self->columns, 0);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->context);
  g_clear_object (&self->jobs);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (pursuit_board_view_parent_class)->dispose (object);
}

static void
pursuit_board_view_finalize (GObject *object)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (object);

  clear_pending_move (self);
  g_clear_pointer (&self->saving, g_hash_table_unref);
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
    case PROP_JOBS:
      g_value_set_object (value, self->jobs);
      break;
    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;
    case PROP_MOVE_DELAY:
      g_value_set_uint (value, self->move_delay);
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
    case PROP_JOBS:
      self->jobs = g_value_dup_object (value);
      break;
    case PROP_FILTER:
      self->filter = g_value_dup_object (value);
      break;
    case PROP_MOVE_DELAY:
      self->move_delay = g_value_get_uint (value);
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
  widget_class->root = pursuit_board_view_root;
  widget_class->unroot = pursuit_board_view_unroot;
  widget_class->unmap = pursuit_board_view_unmap;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT,
                                                  G_PARAM_READWRITE |
                                                  G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  /**
   * PursuitBoardView:jobs:
   *
   * The jobs the columns show, in the order they show them; the store's
   * jobs when not given.
   */
  properties[PROP_JOBS] = g_param_spec_object ("jobs", NULL, NULL, G_TYPE_LIST_MODEL,
                                               G_PARAM_READWRITE |
                                               G_PARAM_CONSTRUCT_ONLY |
                                               G_PARAM_STATIC_STRINGS);
  /**
   * PursuitBoardView:filter:
   *
   * Which jobs have a card: the same filter as the list beside it, so a
   * search or a filter shows the same jobs in both. Every job not archived
   * when not given.
   */
  properties[PROP_FILTER] = g_param_spec_object ("filter", NULL, NULL, GTK_TYPE_FILTER,
                                                 G_PARAM_READWRITE |
                                                 G_PARAM_CONSTRUCT_ONLY |
                                                 G_PARAM_STATIC_STRINGS);
  /**
   * PursuitBoardView:move-delay:
   *
   * How long, in milliseconds, a card moved with the keyboard waits for
   * the next key before the move is saved.
   */
  properties[PROP_MOVE_DELAY] = g_param_spec_uint ("move-delay", NULL, NULL, 0, G_MAXUINT,
                                                   DEFAULT_MOVE_DELAY_MS,
                                                   G_PARAM_READWRITE |
                                                   G_PARAM_CONSTRUCT |
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
  /* -1: one column to the left; 1: to the right */
  gtk_widget_class_install_action (widget_class, "board.move-card", "i", move_card_activated);
  gtk_widget_class_install_action (widget_class, "board.open-menu", NULL, open_menu_activated);

  gtk_widget_class_set_css_name (widget_class, "board");
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action,
              GVariant              *arguments)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                            gtk_named_action_new (action));

  if (arguments != NULL)
    gtk_shortcut_set_arguments (shortcut, arguments);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

static void
pursuit_board_view_init (PursuitBoardView *self)
{
  GtkEventController *shortcuts;
  GtkWidget *scrolled;

  self->columns = g_ptr_array_new ();
  self->saving = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);

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
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>Left", "board.move-card", g_variant_new_int32 (-1));
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>Right", "board.move-card", g_variant_new_int32 (1));
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Menu", "board.open-menu", NULL);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Shift>F10", "board.open-menu", NULL);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

PursuitBoardView *
pursuit_board_view_new (PursuitContext *context)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);

  return g_object_new (PURSUIT_TYPE_BOARD_VIEW, "context", context, NULL);
}

/**
 * pursuit_board_view_move_job:
 *
 * Moves @job to @stage, as dropping its card on the stage's column does.
 * The card moves at once, while the store saves the move; a failure takes
 * it back and shows in the window.
 */
void
pursuit_board_view_move_job (PursuitBoardView *self,
                             PursuitJob       *job,
                             PursuitStage     *stage)
{
  g_return_if_fail (PURSUIT_IS_BOARD_VIEW (self));
  g_return_if_fail (PURSUIT_IS_JOB (job));
  g_return_if_fail (PURSUIT_IS_STAGE (stage));

  move_job (self, job, stage, FALSE);
}

/**
 * pursuit_board_view_settle:
 *
 * Saves at once a keyboard move still waiting for the keys to rest: the
 * window is closing.
 */
void
pursuit_board_view_settle (PursuitBoardView *self)
{
  g_return_if_fail (PURSUIT_IS_BOARD_VIEW (self));

  commit_pending_move (self);
}
