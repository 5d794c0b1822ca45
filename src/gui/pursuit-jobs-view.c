/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-add-job-dialog.h"
#include "pursuit-attention.h"
#include "pursuit-attention-counter.h"
#include "pursuit-board-view.h"
#include "pursuit-error.h"
#include "pursuit-deletion-queue.h"
#include "pursuit-data-actions.h"
#include "pursuit-import-dialog.h"
#include "pursuit-job-page.h"
#include "pursuit-array-model.h"
#include "pursuit-job-row.h"
#include "pursuit-jobs-view.h"
#include "pursuit-prefetch.h"
#include "pursuit-posting.h"
#include "pursuit-slot-model.h"
#include "pursuit-toasts.h"
#include "pursuit-view.h"

/* The Jobs view: a searchable list beside the selected job's page, or an
 * invitation to add the first job when there is none. */
struct _PursuitJobsView
{
  AdwBin parent_instance;

  PursuitContext *context;
  PursuitDeletionQueue *deletions;
  PursuitAttentionCounter *attention;
  gboolean selected_once;
  guint reselect_position;       /* where the job deleted or archived was */

  /* What the list shows, and in which order. */
  char *sort_mode;
  char *stage_filter;
  char *workplace_filter;
  gboolean show_archived;
  gboolean below_benchmark;
  GCancellable *search_cancellable;
  gboolean searching;            /* a search has not answered yet */
  char *search_query;            /* the search shown or asked for; NULL: none */
  guint research_timeout;        /* the store changed under a search */
  int sort_order;                /* a SortOrder, from sort_mode */
  int stage_mode;                /* STAGE_FILTER_… */
  PursuitStageKind stage_kind;   /* STAGE_FILTER_KIND's */
  int workplace;                 /* a PursuitWorkplace, ANY_WORKPLACE, NO_WORKPLACE */

  PursuitArrayModel *all;        /* the store's jobs */
  /* Every job, sorted by compare_jobs() (any of them in constant time: a
   * refilter passes over them all), and a byte each (guint8): whether
   * the filters let it through. Sorted here, as the store's jobs change
   * (see follow_store()): GTK 4.8's sort model would keep 16 bytes a job
   * beside it. The attention counter counts these jobs: its answers are
   * theirs. */
  PursuitArrayModel *sorted;
  GArray *passes;
  /* The jobs of sorted that pass, in its order. */
  PursuitArrayModel *listed;
  /* What the list and the board show: listed, or the jobs of listed the
   * search found. One model for good, changed in one splice (see
   * show_listed()): a keystroke neither swaps models nor sorts or filters
   * the jobs found again. With no search it follows listed (see
   * pursuit_array_model_follow()): the same jobs, in no array of its
   * own. */
  PursuitArrayModel *shown;
  /* shown as the list view takes it: through slots, so a search's answer
   * or a filter switched rebinds the rows the list has rather than make
   * them again (see pursuit-slot-model.c). */
  PursuitSlotModel *rows;
  GArray *hits;                  /* the ids the search shown found; NULL: no search */
  guint8 *hit_bits;              /* the same, a bit each from hit_base (see set_hits()) */
  gint64 hit_base;
  guint64 hit_span;
  /* Rows GTK 4.8's list let go, for its next ones (see setup_row()). */
  GPtrArray *spare_rows;
  gboolean swapping;             /* the selection is let go around a change */
  gboolean refiltering;          /* listed follows a filter changed */
  gboolean search_again;         /* the search asked for runs again after a change */

  GtkStack *view_stack;
  AdwLeaflet *leaflet;
  GtkWidget *sidebar;
  GtkWidget *content;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkStack *list_stack;
  GtkListView *list_view;
  GtkSingleSelection *selection;
  GtkStack *content_stack;
  AdwViewSwitcherTitle *content_title;
  AdwViewSwitcherTitle *empty_switcher_title;
  AdwViewSwitcherTitle *board_switcher_title;
  GtkBox *board_box;
  GtkWidget *board_list_button;
  GtkMenuButton *empty_primary_button;
  GtkMenuButton *board_primary_button;
  GtkMenuButton *board_view_button;
  GtkMenuButton *primary_button;
  GtkMenuButton *view_button;
  GMenuModel *primary_menu;
  GMenuModel *view_menu;
  guint select_first_tick;
  PursuitBoardView *board;
  gboolean show_board;
  gboolean narrow;
  GtkToggleButton *attention_button;
  GtkLabel *attention_count;
  GtkToggleButton *board_attention_button;
  GtkSearchBar *board_search_bar;
  GtkSearchEntry *board_search_entry;
  GtkRevealer *list_hidden_revealer;
  GtkLabel *list_hidden_label;
  GtkRevealer *board_hidden_revealer;
  GtkLabel *board_hidden_label;
  GtkRevealer *list_hint_revealer;
  GtkRevealer *board_hint_revealer;
  guint count_hidden_idle;
  PursuitJobPage *job_page;
  PursuitJob *titled_job;        /* whose title and company the header shows */
};

static void pursuit_jobs_view_view_init (PursuitViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitJobsView, pursuit_jobs_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (PURSUIT_TYPE_VIEW, pursuit_jobs_view_view_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_NARROW,
  PROP_SELECTED_JOB,
  PROP_SHOW_BOARD,
  PROP_SORT_MODE,
  PROP_STAGE_FILTER,
  PROP_WORKPLACE_FILTER,
  PROP_SHOW_ARCHIVED,
  PROP_BELOW_BENCHMARK,
  PROP_SEARCHING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static PursuitJob *get_selected (PursuitJobsView *self);
static void set_show_board (PursuitJobsView *self,
                            gboolean         show_board);
static void settle (PursuitJobsView *self);
static void start_search (PursuitJobsView *self,
                          const char      *text);
static void set_archived (PursuitJobsView *self,
                          PursuitJob      *job,
                          gboolean         archived);
static void add_activated     (GtkWidget *widget, const char *action_name, GVariant *parameter);
static void search_activated  (GtkWidget *widget, const char *action_name, GVariant *parameter);
static void delete_activated  (GtkWidget *widget, const char *action_name, GVariant *parameter);
static void switch_pane_activated (GtkWidget *widget, const char *action_name, GVariant *parameter);
static void undo_activated    (GtkWidget *widget, const char *action_name, GVariant *parameter);
static void archive_activated (GtkWidget *widget, const char *action_name, GVariant *parameter);
static void show_all_activated (GtkWidget *widget, const char *action_name, GVariant *parameter);
static void schedule_count_hidden (PursuitJobsView *self);
static void count_hidden_now (PursuitJobsView *self);
static gboolean is_hit (PursuitJobsView *self,
                        PursuitJob      *job);
static void show_listed (PursuitJobsView *self,
                         gboolean         from_top);
static void sort_again (PursuitJobsView *self,
                        gpointer        *gone,
                        guint            n_gone,
                        gpointer        *came,
                        guint            n_came);

static void
update_title (PursuitJobsView *self)
{
  PursuitJob *job = get_selected (self);

  adw_view_switcher_title_set_title (self->content_title, job != NULL ? pursuit_job_get_title (job) : _("Jobs"));
  adw_view_switcher_title_set_subtitle (self->content_title, job != NULL ? pursuit_job_get_company (job) : "");
}

/* Narrow: the view switcher does not fit in the header, so the window shows
 * it at the bottom instead. */
static void
update_narrow (PursuitJobsView *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->view_stack);
  gboolean empty = g_strcmp0 (page, "empty") == 0;
  gboolean board = g_strcmp0 (page, "board") == 0;
  /* The board's title learns its width when the board is laid out: until
   * then, the list's width says. */
  gboolean board_laid_out = gtk_widget_get_width (GTK_WIDGET (self->board_box)) ==
                            gtk_widget_get_width (GTK_WIDGET (self));
  gboolean on_list = adw_leaflet_get_folded (self->leaflet) &&
                     adw_leaflet_get_visible_child (self->leaflet) == self->sidebar;
  gboolean narrow = empty ? adw_view_switcher_title_get_title_visible (self->empty_switcher_title)
                  : board ? (board_laid_out ? adw_view_switcher_title_get_title_visible (self->board_switcher_title)
                                            : self->narrow)
                          : (on_list || adw_view_switcher_title_get_title_visible (self->content_title));

  /* A narrow window has no room for it beside the board's title: the Sort
   * and Filter menu has it. Set from the list's width too, so the board
   * shows at the list's width rather than a frame wider. */
  gtk_widget_set_visible (self->board_list_button, !narrow);
  if (narrow == self->narrow)
    return;

  self->narrow = narrow;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}

/* Typing anywhere in the window starts a search in the search bar on
 * screen: the list's or the board's. */
static void
update_key_capture (PursuitJobsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *window = GTK_IS_WINDOW (root) ? GTK_WIDGET (root) : NULL;

  gtk_search_bar_set_key_capture_widget (self->search_bar, self->show_board ? NULL : window);
  gtk_search_bar_set_key_capture_widget (self->board_search_bar, self->show_board ? window : NULL);
}

/* A row removed while it held the keyboard focus keeps it in GTK 4.8,
 * out of the window: the window's keys (Ctrl+Z to undo the deletion) would
 * never reach it. The window takes the focus back. */
static void
drop_lost_focus (PursuitJobsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_get_root (focus) != root)
    gtk_root_set_focus (root, NULL);
}

static void
update_stacks (PursuitJobsView *self)
{
  GListModel *jobs = pursuit_store_get_jobs (pursuit_context_get_store (self->context));
  gboolean has_jobs = g_list_model_get_n_items (jobs) > 0;
  gboolean has_results = g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0;

  drop_lost_focus (self);

  gtk_stack_set_visible_child_name (self->view_stack,
                                    !has_jobs ? "empty" : (self->show_board ? "board" : "jobs"));
  update_key_capture (self);
  gtk_stack_set_visible_child_name (self->list_stack, has_results ? "list" : "no-results");
  update_narrow (self);
}

static void on_job_title_changed (PursuitJobsView *self);

/* The header follows the shown job's title and company as they are saved. */
static void
follow_title (PursuitJobsView *self,
              PursuitJob      *job)
{
  if (self->titled_job == job)
    return;

  if (self->titled_job != NULL)
    g_signal_handlers_disconnect_by_func (self->titled_job, on_job_title_changed, self);
  g_set_object (&self->titled_job, job);
  if (job != NULL)
    {
      g_signal_connect_object (job, "notify::title", G_CALLBACK (on_job_title_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (job, "notify::company", G_CALLBACK (on_job_title_changed), self, G_CONNECT_SWAPPED);
    }
}

/* Saves the edits of the job page, once it was built. */
static void
flush_job_page (PursuitJobsView *self)
{
  if (self->job_page != NULL)
    pursuit_job_page_flush (self->job_page);
}

static void
on_selected_item_changed (PursuitJobsView *self)
{
  PursuitJob *job = get_selected (self);

  if (self->swapping)
    return;

  follow_title (self, job);

  /* The page is built when a job is first shown: none is at start-up, and
   * its sections (the notes' editor above all) cost a tenth of a second. */
  if (job != NULL && self->job_page == NULL)
    {
      self->job_page = pursuit_job_page_new (self->context);
      gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->job_page), "job");
    }
  if (self->job_page != NULL)
    pursuit_job_page_set_job (self->job_page, job);
  gtk_stack_set_visible_child_name (self->content_stack, job != NULL ? "job" : "none");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "jobs.delete", job != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "jobs.archive", job != NULL);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_JOB]);

  if (job != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* A job deleted or archived leaves the list: the next one is shown and the
 * focus stays in the list, so the keyboard can go on. */
static void
on_list_changed (PursuitJobsView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint position = self->reselect_position;

  if (position == GTK_INVALID_LIST_POSITION ||
      gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    return;

  self->reselect_position = GTK_INVALID_LIST_POSITION;
  if (n == 0)
    return;

  gtk_single_selection_set_selected (self->selection, MIN (position, n - 1));
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
on_job_title_changed (PursuitJobsView *self)
{
  update_title (self);
}

static void select_first_if_wide (PursuitJobsView *self);

static gboolean
select_first_when_laid_out (GtkWidget     *leaflet,
                            GdkFrameClock *clock,
                            gpointer       user_data)
{
  PursuitJobsView *self = user_data;

  if (gtk_widget_get_width (leaflet) == 0)
    return G_SOURCE_CONTINUE;
  self->select_first_tick = 0;
  select_first_if_wide (self);
  return G_SOURCE_REMOVE;
}

/* On a wide window the first job is shown right away; on a narrow one the
 * list comes first. The leaflet knows whether it is folded once it is laid
 * out: the jobs read at start wait for that, or a phone would open on the
 * first job's page. */
static void
select_first_if_wide (PursuitJobsView *self)
{
  if (self->selected_once || self->select_first_tick != 0)
    return;
  if (gtk_widget_get_width (GTK_WIDGET (self->leaflet)) == 0)
    {
      self->select_first_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->leaflet),
                                                              select_first_when_laid_out, self, NULL);
      return;
    }
  if (adw_leaflet_get_folded (self->leaflet))
    {
      /* The keyboard starts in the list, as on a wide window. */
      if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0 &&
          gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
        {
          self->selected_once = TRUE;
          /* Into the first row, so that Return opens it. */
          gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
        }
      return;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    {
      self->selected_once = TRUE;
      gtk_single_selection_set_selected (self->selection, 0);
      /* Arrow keys then walk the list straight away. */
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
    }
}

static void
on_jobs_changed (PursuitJobsView *self)
{
  update_stacks (self);
  schedule_count_hidden (self);
  select_first_if_wide (self);
}

static void
on_leaflet_folded_changed (PursuitJobsView *self)
{
  update_narrow (self);

  /* Folding onto the list must not leave a stale selection that a tap
   * cannot re-select. */
  if (adw_leaflet_get_folded (self->leaflet) &&
      adw_leaflet_get_visible_child (self->leaflet) == self->sidebar)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/* Return on a row opens it, as a click does: on a narrow window the keyboard
 * walks the list without selecting. */
static void
on_list_activate (PursuitJobsView *self,
                  guint            position)
{
  if (gtk_single_selection_get_selected (self->selection) == position)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
  else
    gtk_single_selection_set_selected (self->selection, position);
}

static void
on_back_clicked (PursuitJobsView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
on_search_changed (PursuitJobsView *self)
{
  start_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_stop_search (PursuitJobsView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_search_bar_set_search_mode (self->board_search_bar, FALSE);
}

static void
on_job_added (PursuitAddJobDialog *dialog,
              PursuitJob          *job,
              PursuitJobsView     *self)
{
  /* A filter could hide the new job; clear it so the user sees what they added. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  pursuit_jobs_view_select_job (self, job);
}

/* A job whose deletion was undone is shown again. */
static void
on_logins_forgotten (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* A keyring away now is cleaned at the next start. */
  if (pursuit_context_forget_unused_logins_finish (PURSUIT_CONTEXT (source), result, &error) < 0 &&
      !g_error_matches (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_CLOSED))
    g_message ("Could not clear the passwords of deleted logins yet: %s", error->message);
}

/* Once a deletion can no longer be undone, the password of a portal login
 * only that job used goes from the keyring. */
static void
on_job_deleted (PursuitJobsView *self)
{
  pursuit_context_forget_unused_logins_async (self->context, NULL, on_logins_forgotten, NULL);
}

static void
on_job_restored (PursuitJobsView *self,
                 PursuitJob      *job)
{
  pursuit_jobs_view_select_job (self, job);
}

enum {
  STAGE_FILTER_ALL,
  STAGE_FILTER_OPEN,
  STAGE_FILTER_CLOSED,
  STAGE_FILTER_KIND,
  STAGE_FILTER_NONE,             /* a stage kind not known */
};

#define ANY_WORKPLACE -1
#define NO_WORKPLACE  -2         /* a workplace not known */

/* The filters' names are read once, not once per job. */
static void
parse_filters (PursuitJobsView *self)
{
  const char *stage = self->stage_filter != NULL ? self->stage_filter : "all";

  if (g_str_equal (stage, "all"))
    self->stage_mode = STAGE_FILTER_ALL;
  else if (g_str_equal (stage, "open"))
    self->stage_mode = STAGE_FILTER_OPEN;
  else if (g_str_equal (stage, "closed"))
    self->stage_mode = STAGE_FILTER_CLOSED;
  else if (pursuit_stage_kind_from_nick (stage, &self->stage_kind))
    self->stage_mode = STAGE_FILTER_KIND;
  else
    self->stage_mode = STAGE_FILTER_NONE;

  if (self->workplace_filter == NULL || g_str_equal (self->workplace_filter, "all"))
    self->workplace = ANY_WORKPLACE;
  else if (!pursuit_enum_from_nick (PURSUIT_TYPE_WORKPLACE, self->workplace_filter, &self->workplace))
    self->workplace = NO_WORKPLACE;
}

static gboolean
stage_matches (PursuitJobsView *self,
               PursuitJob      *job)
{
  PursuitStage *stage = pursuit_job_get_stage (job);
  PursuitStageKind kind;

  if (self->stage_mode == STAGE_FILTER_ALL || stage == NULL)
    return TRUE;

  kind = pursuit_stage_get_kind (stage);
  switch (self->stage_mode)
    {
    case STAGE_FILTER_OPEN:
      return !pursuit_stage_kind_is_closed (kind);
    case STAGE_FILTER_CLOSED:
      return pursuit_stage_kind_is_closed (kind);
    case STAGE_FILTER_KIND:
      return kind == self->stage_kind;
    default:
      return FALSE;
    }
}

/* The filters a user sets and may forget. */
typedef enum {
  FILTER_ARCHIVED  = 1 << 0,
  FILTER_STAGE     = 1 << 1,
  FILTER_WORKPLACE = 1 << 2,
  FILTER_BELOW     = 1 << 3,
  FILTER_ATTENTION = 1 << 4,
  FILTER_ALL       = (1 << 5) - 1,
} Filters;

/* Whether @job passes those of @which that are on. @needs_attention: the
 * attention counter's answer for it (see pursuit_attention_counter_peek()),
 * so the list holds the jobs the count counts, and a filter switched does
 * not run the rules over every job again. */
static gboolean
passes_filters (PursuitJobsView *self,
                PursuitJob      *job,
                gboolean         needs_attention,
                Filters          which)
{
  if ((which & FILTER_ARCHIVED) != 0 && !self->show_archived && pursuit_job_get_archived (job))
    return FALSE;
  if ((which & FILTER_STAGE) != 0 && !stage_matches (self, job))
    return FALSE;
  if ((which & FILTER_WORKPLACE) != 0 && self->workplace != ANY_WORKPLACE &&
      (int) pursuit_job_get_workplace (job) != self->workplace)
    return FALSE;
  /* The engine's own standing, not its words: "below" is under 95% of the
   * median or under the range, as the row's percentage shows. */
  if ((which & FILTER_BELOW) != 0 && self->below_benchmark &&
      pursuit_salary_engine_rate_job (pursuit_context_get_salary_engine (self->context), job,
                                      pursuit_context_get_salary_preferences (self->context),
                                      NULL) != PURSUIT_SALARY_POSITION_BELOW)
    return FALSE;
  if ((which & FILTER_ATTENTION) != 0 && gtk_toggle_button_get_active (self->attention_button) &&
      !needs_attention)
    return FALSE;
  return TRUE;
}

/* The counter's answers, one per job of sorted, when the attention filter
 * reads them; NULL when it is off. */
static const guint8 *
peek_needs (PursuitJobsView *self)
{
  const guint8 *needs;
  guint n, n_sorted;

  if (!gtk_toggle_button_get_active (self->attention_button))
    return NULL;
  needs = pursuit_attention_counter_peek (self->attention, &n);
  pursuit_array_model_peek (self->sorted, &n_sorted);
  g_assert (n == n_sorted);
  return needs;
}

/* Whether the filters let @job through: its byte, found the long way. */
static gboolean
job_passes (PursuitJobsView *self,
            PursuitJob      *job)
{
  guint position;

  return pursuit_array_model_find (self->sorted, job, &position) &&
         g_array_index (self->passes, guint8, position) != 0;
}

/* Says how many jobs the filters hide, search aside: a filter set weeks
 * ago must not pass for jobs gone missing. */
static gboolean
count_hidden (gpointer user_data)
{
  PursuitJobsView *self = user_data;
  guint hidden = 0;
  g_autofree char *text = NULL;

  if (self->hits == NULL)
    {
      PursuitStore *store = pursuit_context_get_store (self->context);
      guint n_jobs = g_list_model_get_n_items (pursuit_store_get_jobs (store));

      hidden = n_jobs - MIN (n_jobs, g_list_model_get_n_items (G_LIST_MODEL (self->shown)));
    }
  else
    {
      /* The jobs found that the filters hide: only those the filters
       * hide are read (the search finds jobs in the trash too, which are
       * not the store's). */
      guint n;
      gpointer *jobs = pursuit_array_model_peek (self->sorted, &n);
      const guint8 *passes = (const guint8 *) self->passes->data;

      for (guint i = 0; i < n; i++)
        {
          if (i + PURSUIT_PREFETCH_AHEAD < n && !passes[i + PURSUIT_PREFETCH_AHEAD])
            pursuit_prefetch (jobs[i + PURSUIT_PREFETCH_AHEAD]);
          if (!passes[i] && is_hit (self, jobs[i]))
            hidden++;
        }
    }

  self->count_hidden_idle = 0;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u job hidden by filters", "%u jobs hidden by filters",
                                       hidden),
                          hidden);
  gtk_label_set_text (self->list_hidden_label, text);
  gtk_label_set_text (self->board_hidden_label, text);
  gtk_revealer_set_reveal_child (self->list_hidden_revealer, hidden > 0);
  gtk_revealer_set_reveal_child (self->board_hidden_revealer, hidden > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "jobs.show-all", hidden > 0);
  return G_SOURCE_REMOVE;
}

/* Once per batch of the store's changes. */
static void
schedule_count_hidden (PursuitJobsView *self)
{
  if (self->count_hidden_idle == 0 && self->list_hidden_label != NULL)
    self->count_hidden_idle = g_idle_add_full (G_PRIORITY_LOW, count_hidden, self, NULL);
}

/* At once, for a search answered or a filter switched: the count is drawn
 * in the frame that shows the list it counts. (In an idle after GTK's
 * redraw, a letter that kept the first screen of jobs as it was showed
 * its one change, the count, a frame later: 17 ms.) */
static void
count_hidden_now (PursuitJobsView *self)
{
  g_clear_handle_id (&self->count_hidden_idle, g_source_remove);
  if (self->list_hidden_label != NULL)
    count_hidden (self);
}

static int
compare_strings (const char *a,
                 const char *b,
                 gboolean    empty_last)
{
  if (empty_last && (a[0] == '\0') != (b[0] == '\0'))
    return a[0] == '\0' ? 1 : -1;
  return g_utf8_collate (a, b);
}

/* The orders of the Sort menu ("jobs-sort"), read once rather than at each
 * of the million comparisons a sort of 100,000 jobs makes. */
typedef enum {
  SORT_UPDATED,
  SORT_APPLIED,
  SORT_COMPANY,
  SORT_EXCITEMENT,
  SORT_DUE,
  SORT_PAY,
} SortOrder;

static SortOrder
parse_sort_order (const char *mode)
{
  static const char * const names[] = {
    [SORT_UPDATED] = "updated",
    [SORT_APPLIED] = "applied",
    [SORT_COMPANY] = "company",
    [SORT_EXCITEMENT] = "excitement",
    [SORT_DUE] = "due",
    [SORT_PAY] = "pay",
  };

  for (guint i = 0; mode != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (mode, names[i]))
      return (SortOrder) i;
  /* An order not known: the latest update first, as the tie-break does. */
  return SORT_UPDATED;
}

/* Negative when @job_a comes before @job_b in the list, 0 for the same job. */
static int
compare_jobs (PursuitJobsView *self,
              PursuitJob      *job_a,
              PursuitJob      *job_b)
{
  int result = 0;
  gint64 id_a, id_b;

  switch ((SortOrder) self->sort_order)
    {
    case SORT_APPLIED:
      /* Latest application first; jobs not applied to yet at the end. */
      result = -compare_strings (pursuit_job_get_applied_on (job_a), pursuit_job_get_applied_on (job_b), FALSE);
      break;
    case SORT_COMPANY:
      result = compare_strings (pursuit_job_get_company (job_a), pursuit_job_get_company (job_b), TRUE);
      break;
    case SORT_EXCITEMENT:
      result = pursuit_job_get_excitement (job_b) - pursuit_job_get_excitement (job_a);
      break;
    case SORT_DUE:
      result = compare_strings (pursuit_job_get_next_action_due (job_a), pursuit_job_get_next_action_due (job_b), TRUE);
      break;
    case SORT_PAY:
      {
        /* Highest yearly pay first, the jobs with none last. Figures are
         * their own currency's: no exchange rate is made up. */
        const PursuitSalaryPreferences *preferences = pursuit_context_get_salary_preferences (self->context);
        double pay_a = pursuit_salary_job_get_annual_pay (job_a, preferences);
        double pay_b = pursuit_salary_job_get_annual_pay (job_b, preferences);

        result = pay_a != pay_b ? (pay_a < pay_b ? 1 : -1) : 0;
      }
      break;
    case SORT_UPDATED:
      break;
    }

  if (result == 0)
    {
      gint64 updated_a = pursuit_job_get_updated_at (job_a);
      gint64 updated_b = pursuit_job_get_updated_at (job_b);

      result = updated_a != updated_b ? (updated_a < updated_b ? 1 : -1) : 0;
    }
  if (result == 0)
    {
      /* The newest id first: no two jobs are equal. */
      id_a = pursuit_job_get_id (job_a);
      id_b = pursuit_job_get_id (job_b);
      result = id_a != id_b ? (id_a < id_b ? 1 : -1) : 0;
    }
  return result;
}

/* Where @job goes among @jobs, sorted by compare_jobs(): before the first
 * job that comes after it, found by halves (the full list may hold
 * 100,000 jobs). */
static guint
place_of (PursuitJobsView *self,
          gpointer        *jobs,
          guint            n,
          PursuitJob      *job)
{
  guint low = 0, high = n;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (compare_jobs (self, jobs[middle], job) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/* Where @job is in @model, sorted by compare_jobs(), if it was sorted
 * with its fields as they are. */
static guint
find_sorted (PursuitJobsView   *self,
             PursuitArrayModel *model,
             PursuitJob        *job)
{
  guint n;
  gpointer *jobs = pursuit_array_model_peek (model, &n);
  guint position = place_of (self, jobs, n, job);

  return position < n && jobs[position] == job ? position : GTK_INVALID_LIST_POSITION;
}

/* GtkSingleSelection looks for its selected item, one by one, among all
 * the items a change brings (a filter or a model swapped: up to 100,000).
 * Around such a change, the selection is let go and found again by
 * halves. */
static PursuitJob *
hold_selection (PursuitJobsView *self)
{
  PursuitJob *job = get_selected (self);

  if (job != NULL)
    g_object_ref (job);
  self->swapping = TRUE;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  return job;
}

static void
restore_selection (PursuitJobsView *self,
                   PursuitJob      *job)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (job != NULL)
    {
      position = find_sorted (self, self->shown, job);
      /* Changed and not sorted again yet: looked for the long way, unless
       * the filters hide it. */
      if (position == GTK_INVALID_LIST_POSITION && job_passes (self, job) && is_hit (self, job) &&
          !pursuit_array_model_find (self->shown, job, &position))
        position = GTK_INVALID_LIST_POSITION;
    }
  gtk_single_selection_set_selected (self->selection, position);
  self->swapping = FALSE;
  if (get_selected (self) != job)
    on_selected_item_changed (self);
  g_clear_object (&job);
}


/* listed takes the jobs of sorted that pass, in one splice of what lies
 * between the runs both share at their start and at their end: shown,
 * following listed, hands the list that difference (see replace_shown()). */
static void
relist (PursuitJobsView *self)
{
  const guint8 *passes = (const guint8 *) self->passes->data;
  guint n, n_listed, i = 0, j = 0, k, l;
  gpointer *jobs = pursuit_array_model_peek (self->sorted, &n);
  gpointer *listed = pursuit_array_model_peek (self->listed, &n_listed);

  /* sorted from i and listed from j differ at their start... */
  for (;; i++, j++)
    {
      while (i < n && !passes[i])
        i++;
      if (i == n || j == n_listed || jobs[i] != listed[j])
        break;
    }
  /* ...and up to k and l at their end. */
  for (k = n, l = n_listed; ; k--, l--)
    {
      while (k > i && !passes[k - 1])
        k--;
      if (k == i || l == j || jobs[k - 1] != listed[l - 1])
        break;
    }
  pursuit_array_model_splice_picked (self->listed, j, l - j, jobs + i, passes + i, k - i);
}

/* The filters a job whose byte is @passed is checked against again when
 * those of @changed change by @change (none: it keeps its byte). Only the
 * attention filter reads no field of the job (the counter's byte). */
static Filters
checked_against (guint8          passed,
                 GtkFilterChange change,
                 Filters         changed)
{
  if (passed)
    return change != GTK_FILTER_CHANGE_LESS_STRICT ? changed : 0;
  return change != GTK_FILTER_CHANGE_MORE_STRICT ? FILTER_ALL : 0;
}

/* The filters of @changed changed: each job's byte is worked out again
 * in one pass over sorted, and listed takes the jobs that pass in one
 * splice. @change says which jobs may change their mind: a filter turned
 * on only hides (the jobs that passed are checked again, against @changed
 * alone: the others let them through already), one turned off only shows
 * (the jobs that failed are checked against every filter). The list keeps
 * its place: shown from its first job, as a search's answer is, a filter
 * switched came to the screen about 0.2 s later in section 8 of
 * tests/bench/run-benchmarks.sh. */
static void
refilter_with (PursuitJobsView *self,
               GtkFilterChange  change,
               Filters          changed)
{
  PursuitJob *selected;
  const guint8 *needs;
  guint8 *passes;
  gpointer *jobs;
  guint n;

  parse_filters (self);
  needs = peek_needs (self);
  jobs = pursuit_array_model_peek (self->sorted, &n);
  passes = (guint8 *) self->passes->data;
  for (guint i = 0; i < n; i++)
    {
      guint ahead = i + PURSUIT_PREFETCH_AHEAD;
      Filters which = checked_against (passes[i], change, changed);

      if (ahead < n && (checked_against (passes[ahead], change, changed) & ~FILTER_ATTENTION) != 0)
        pursuit_prefetch (jobs[ahead]);
      if (which != 0)
        passes[i] = passes_filters (self, jobs[i], needs != NULL && needs[i], which);
    }

  selected = hold_selection (self);
  if (self->hits == NULL)
    {
      /* shown follows listed: the list hears of listed's change, the rows
       * it keeps showing their place's new job. */
      pursuit_slot_model_set_in_place (self->rows, TRUE);
      relist (self);
      pursuit_slot_model_set_in_place (self->rows, FALSE);
      count_hidden_now (self);
    }
  else
    {
      /* The list hears of it once, after: the jobs found that pass. */
      self->refiltering = TRUE;
      relist (self);
      self->refiltering = FALSE;
      show_listed (self, FALSE);
      count_hidden_now (self);
    }
  restore_selection (self, selected);
}

static void
refilter (PursuitJobsView *self)
{
  refilter_with (self, GTK_FILTER_CHANGE_DIFFERENT, FILTER_ALL);
}

/* The filter @which set to @on (or to "all" for !@on) from @was_on. */
static void
refilter_switched (PursuitJobsView *self,
                   Filters          which,
                   gboolean         was_on,
                   gboolean         on)
{
  /* Construct properties are set before there is a list. */
  if (self->sorted == NULL || (!was_on && !on))
    return;
  refilter_with (self,
                 was_on == on ? GTK_FILTER_CHANGE_DIFFERENT
                              : (on ? GTK_FILTER_CHANGE_MORE_STRICT : GTK_FILTER_CHANGE_LESS_STRICT),
                 which);
}

static void
on_attention_counted (PursuitJobsView *self)
{
  guint count = pursuit_attention_counter_get_count (self->attention);
  g_autofree char *text = g_strdup_printf ("%u", count);
  g_autofree char *label = NULL;

  gtk_label_set_text (self->attention_count, text);
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Needs attention: %u job", "Needs attention: %u jobs", count),
                           count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->attention_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->board_attention_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->attention_button), label);
  gtk_widget_set_sensitive (GTK_WIDGET (self->attention_button),
                            count > 0 || gtk_toggle_button_get_active (self->attention_button));
}

/* Time passes: a job may come to need attention, or stop. */
static void
on_attention_tick (PursuitJobsView *self)
{
  if (gtk_toggle_button_get_active (self->attention_button))
    refilter_with (self, GTK_FILTER_CHANGE_DIFFERENT, FILTER_ATTENTION);
}

static void
on_filters_changed (PursuitJobsView *self)
{
  gboolean on = gtk_toggle_button_get_active (self->attention_button);

  refilter_switched (self, FILTER_ATTENTION, !on, on);
}

/* The home country and the hours in a week move benchmarks and yearly
 * pay: the filter and the pay order are worked out again. */
static void
on_salary_preferences_changed (PursuitJobsView *self)
{
  if (self->below_benchmark)
    refilter_with (self, GTK_FILTER_CHANGE_DIFFERENT, FILTER_BELOW);
  if (self->sort_order == SORT_PAY)
    sort_again (self, NULL, 0, NULL, 0);
}

static void
set_searching (PursuitJobsView *self,
               gboolean         searching)
{
  if (self->searching == searching)
    return;
  self->searching = searching;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
}

/* A job the store changed, added or removed under a search: the search
 * runs again once the changes settle. */
#define RESEARCH_DELAY_MS 100

static void run_search (PursuitJobsView *self,
                        gboolean         again);

static gboolean
on_research_timeout (gpointer user_data)
{
  PursuitJobsView *self = user_data;

  self->research_timeout = 0;
  if (self->search_query != NULL)
    run_search (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* Whether the list shows @job of listed: one the search found, if any. */
static gboolean
is_hit (PursuitJobsView *self,
        PursuitJob      *job)
{
  guint64 bit;

  if (self->hits == NULL)
    return TRUE;
  if (self->hit_bits == NULL)
    return pursuit_job_ids_contain (self->hits, pursuit_job_get_id (job));
  bit = (guint64) (pursuit_job_get_id (job) - self->hit_base);
  return bit < self->hit_span && (self->hit_bits[bit / 8] & (1 << (bit % 8))) != 0;
}

/* Takes @ids (ascending, or NULL for no search) as the search's answer.
 * Each job listed is looked for among them at each keystroke: as a bit
 * (ids are rowids, mostly close together), that is one read instead of a
 * search by halves among up to 100,000 ids. Ids far apart keep the
 * search by halves rather than a large, mostly empty bitmap. */
static void
set_hits (PursuitJobsView *self,
          GArray          *ids)
{
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_pointer (&self->hit_bits, g_free);
  self->hits = ids;
  if (ids == NULL || ids->len == 0)
    return;

  self->hit_base = g_array_index (ids, gint64, 0);
  self->hit_span = (guint64) (g_array_index (ids, gint64, ids->len - 1) - self->hit_base) + 1;
  if (self->hit_span / 64 > (guint64) ids->len + 1024)
    return;
  self->hit_bits = g_malloc0 (self->hit_span / 8 + 1);
  for (guint i = 0; i < ids->len; i++)
    {
      guint64 bit = (guint64) (g_array_index (ids, gint64, i) - self->hit_base);

      self->hit_bits[bit / 8] |= 1 << (bit % 8);
    }
}

/* Makes shown hold @wanted (@n_wanted jobs of listed, in its order) in one
 * change, or with @follow follow listed (@wanted being its jobs): only what
 * lies between the runs both share at their start and at their end is
 * replaced, so the rows there stay bound, and the selection is let go (and
 * found again by halves) only if it lies within. @from_top: the list then
 * shows its first job, if the change reaches it (a new search's answer).
 * GTK 4.8's list would keep its place by an estimate of the rows' heights
 * instead, a few rows down, and show its scroll bar for two seconds at
 * each letter. */
static void
replace_shown (PursuitJobsView *self,
               gpointer        *wanted,
               guint            n_wanted,
               gboolean         follow,
               gboolean         from_top)
{
  guint n;
  gpointer *shown = pursuit_array_model_peek (self->shown, &n);
  guint start = 0, end = n, wanted_end = n_wanted;
  guint selected = gtk_single_selection_get_selected (self->selection);
  gboolean hold;
  PursuitJob *held;

  while (start < n && start < n_wanted && shown[start] == wanted[start])
    start++;
  while (end > start && wanted_end > start && shown[end - 1] == wanted[wanted_end - 1])
    {
      end--;
      wanted_end--;
    }
  if (start == end && start == wanted_end)
    {
      /* The same jobs: shown follows listed with no search, and holds the
       * jobs found (every job listed) as its own under one, or a job
       * added that the search does not find would show through it. */
      if (follow)
        pursuit_array_model_follow (self->shown, self->listed);
      else
        pursuit_array_model_unfollow (self->shown);
      return;
    }

  /* The rows from start on show their place's new job: the selection
   * among them is let go and found again. */
  pursuit_slot_model_set_in_place (self->rows, TRUE);
  hold = selected != GTK_INVALID_LIST_POSITION && selected >= start;
  held = hold ? hold_selection (self) : NULL;
  if (follow)
    pursuit_array_model_follow (self->shown, self->listed);
  else
    pursuit_array_model_splice (self->shown, start, end - start, wanted + start, wanted_end - start);
  if (hold)
    restore_selection (self, held);
  pursuit_slot_model_set_in_place (self->rows, FALSE);
  if (from_top && start == 0 && n_wanted > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
}

/* Shows the jobs of listed the search found, or all of them: one pass in
 * the list's order. The jobs found are neither sorted nor filtered again
 * (two letters find 80,000 of 100,000 jobs): listed is sorted and
 * filtered already, and kept so as jobs change. With no search, shown
 * follows listed. @from_top: see replace_shown(). */
static void
show_listed (PursuitJobsView *self,
             gboolean         from_top)
{
  guint n;
  gpointer *listed = pursuit_array_model_peek (self->listed, &n);

  if (self->hits == NULL)
    replace_shown (self, listed, n, TRUE, from_top);
  else
    {
      g_autoptr(GPtrArray) wanted = g_ptr_array_sized_new (MIN (n, self->hits->len));

      for (guint i = 0; i < n; i++)
        {
          pursuit_prefetch_ahead (listed, i, n);
          if (is_hit (self, listed[i]))
            g_ptr_array_add (wanted, listed[i]);
        }
      replace_shown (self, wanted->pdata, wanted->len, FALSE, from_top);
    }
  schedule_count_hidden (self);
}

/* Sorts @jobs by compare_jobs() in runs: a run in order (or in reverse)
 * costs a comparison a job, so the store's first read, which comes
 * latest update first, the list's own order, is sorted in one pass; other
 * runs are merged by pairs, n log n comparisons at most. */
static void
sort_jobs (PursuitJobsView *self,
           gpointer        *jobs,
           guint            n)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gpointer *spare = NULL;
  gpointer *from = jobs;
  guint i = 0;

  /* Where each run starts, then the end. */
  while (i < n)
    {
      guint start = i++;

      if (i < n && compare_jobs (self, jobs[i - 1], jobs[i]) > 0)
        {
          while (i < n && compare_jobs (self, jobs[i - 1], jobs[i]) > 0)
            i++;
          for (guint low = start, high = i - 1; low < high; low++, high--)
            {
              gpointer job = jobs[low];

              jobs[low] = jobs[high];
              jobs[high] = job;
            }
        }
      else
        while (i < n && compare_jobs (self, jobs[i - 1], jobs[i]) < 0)
          i++;
      g_array_append_val (runs, start);
    }
  g_array_append_val (runs, n);
  if (runs->len <= 2)
    return;

  /* Each pass merges the runs two by two, from one array into the other. */
  spare = g_new (gpointer, n);
  while (runs->len > 2)
    {
      guint *starts = (guint *) runs->data;
      gpointer *to = from == jobs ? spare : jobs;
      guint n_merged = 0;

      for (guint r = 0; r + 1 < runs->len; r += 2)
        {
          guint a = starts[r], a_end = starts[r + 1];
          guint b = a_end, b_end = r + 2 < runs->len ? starts[r + 2] : a_end;
          guint k = a;

          while (a < a_end && b < b_end)
            to[k++] = compare_jobs (self, from[a], from[b]) < 0 ? from[a++] : from[b++];
          memcpy (to + k, from + a, (a_end - a) * sizeof (gpointer));
          k += a_end - a;
          memcpy (to + k, from + b, (b_end - b) * sizeof (gpointer));
          starts[n_merged++] = starts[r];
        }
      starts[n_merged++] = n;
      g_array_set_size (runs, n_merged);
      from = to;
    }
  if (from != jobs)
    memcpy (jobs, from, n * sizeof (gpointer));
}

/* Puts @jobs in sorted for @n_old at @position, with their bytes. The
 * attention counter counts them as it hears of them, in the splice. */
static void
splice_sorted (PursuitJobsView *self,
               guint            position,
               guint            n_old,
               gpointer        *jobs,
               guint            n_jobs)
{
  const guint8 *needs;
  guint8 *passes;
  guint n_after = self->passes->len - position - n_old;

  pursuit_array_model_splice (self->sorted, position, n_old, jobs, n_jobs);
  needs = peek_needs (self);
  /* The bytes after move to make room, and the new ones are written in
   * place: no array of them is made for the 100,000 jobs of the first
   * read, to be freed and leave its room unused in the heap. */
  if (n_jobs > n_old)
    g_array_set_size (self->passes, self->passes->len - n_old + n_jobs);
  passes = (guint8 *) self->passes->data;
  memmove (passes + position + n_jobs, passes + position + n_old, n_after);
  if (n_jobs < n_old)
    g_array_set_size (self->passes, self->passes->len - n_old + n_jobs);
  for (guint i = 0; i < n_jobs; i++)
    passes[position + i] = passes_filters (self, jobs[i], needs != NULL && needs[position + i], FILTER_ALL);
}

/* sorted changed from @first on, but for its last @n_after jobs: listed
 * takes the same change among the jobs that pass, in one splice (the
 * list's selection is found again among the jobs of a change, not
 * across two). The jobs before @first that pass say where. */
static void
follow_in_listed (PursuitJobsView *self,
                  guint            first,
                  guint            n_after)
{
  const guint8 *passes = (const guint8 *) self->passes->data;
  guint n, n_listed, listed_position = 0, listed_after = 0;
  gpointer *jobs = pursuit_array_model_peek (self->sorted, &n);

  pursuit_array_model_peek (self->listed, &n_listed);
  for (guint i = 0; i < first; i++)
    listed_position += passes[i];
  for (guint i = n - n_after; i < n; i++)
    listed_after += passes[i];
  pursuit_array_model_splice_picked (self->listed, listed_position, n_listed - listed_after - listed_position,
                                     jobs + first, passes + first, n - n_after - first);
}

/* Every job sorted again, without @gone (jobs the store took out, or
 * changed in place) and with @came (jobs it added, or changed): what
 * differs is put in sorted in one splice, its jobs filtered again, and
 * in listed in another. */
static void
sort_again (PursuitJobsView *self,
            gpointer        *gone,
            guint            n_gone,
            gpointer        *came,
            guint            n_came)
{
  g_autoptr(GHashTable) leaving = NULL;
  g_autofree gpointer *jobs = NULL;
  gpointer *old;
  guint n_old, n = 0, first = 0, n_after = 0, first_gone = G_MAXUINT, n_after_gone = G_MAXUINT;
  gboolean in_order = n_came > 0;

  old = pursuit_array_model_peek (self->sorted, &n_old);
  /* Jobs in order that all go in one place (the store's first read in
   * two parts, latest update first) go there as they are: no copy of
   * every job is made, to be freed and leave its room unused. */
  for (guint i = 1; in_order && i < n_came; i++)
    in_order = compare_jobs (self, came[i - 1], came[i]) < 0;
  if (in_order && n_gone == 0)
    {
      first = place_of (self, old, n_old, came[0]);
      if (first == place_of (self, old, n_old, came[n_came - 1]))
        {
          splice_sorted (self, first, 0, came, n_came);
          follow_in_listed (self, first, n_old - first);
          return;
        }
      first = 0;
    }

  jobs = g_new (gpointer, MAX (n_old + n_came, 1));
  if (n_gone > 0)
    {
      leaving = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < n_gone; i++)
        g_hash_table_add (leaving, gone[i]);
    }
  for (guint i = 0; i < n_old; i++)
    {
      if (leaving != NULL && g_hash_table_contains (leaving, old[i]))
        {
          /* A job changed in place may stay where it was: from here on,
           * its byte and the counter's answer are worked out again. */
          first_gone = MIN (first_gone, i);
          n_after_gone = n_old - i - 1;
          continue;
        }
      jobs[n++] = old[i];
    }
  memcpy (jobs + n, came, n_came * sizeof (gpointer));
  n += n_came;
  sort_jobs (self, jobs, n);

  while (first < MIN (n, n_old) && first < first_gone && jobs[first] == old[first])
    first++;
  while (n_after < MIN (n, n_old) - first && n_after < n_after_gone &&
         jobs[n - n_after - 1] == old[n_old - n_after - 1])
    n_after++;
  if (first == n && first == n_old)
    return;

  splice_sorted (self, first, n_old - n_after - first, jobs + first, n - n_after - first);
  follow_in_listed (self, first, n_after);
}

/* A few jobs the store changed, added or removed: sorted takes each out
 * and puts it at its place, found by halves, so the jobs between (up to
 * 100,000 for a job edited, which the default order brings to the top)
 * keep their bytes and the counter's answers, and neither runs a rule
 * for them. Past these, every job is sorted again. */
#define FEW_JOBS 64

/* sorted follows the store's jobs, and listed sorted: a job added,
 * changed or removed is taken out and put in its place; many are sorted
 * again with every job (the store's first read, an import). */
static void
follow_store (PursuitJobsView *self,
              guint            position,
              guint            removed,
              guint            added,
              GListModel      *model)
{
  guint n_all, n_gone, first = G_MAXUINT, n_after = G_MAXUINT;
  gpointer *all = pursuit_array_model_peek (self->all, &n_all);
  gpointer *came = all != NULL ? all + position : NULL;
  gpointer *gone = pursuit_array_model_peek_removed (self->all, &n_gone);
  g_autofree gpointer *placed = NULL;

  /* Every change of the store's jobs says the jobs it took out: a splice's,
   * or the same jobs for a change in place (their fields). */
  g_return_if_fail (gone != NULL && n_gone == removed);
  if (removed + added > FEW_JOBS)
    {
      sort_again (self, gone, n_gone, came, added);
      return;
    }

  for (guint i = 0; i < n_gone; i++)
    {
      guint n;
      guint at = find_sorted (self, self->sorted, gone[i]);

      /* Changed in place: not where its fields say. */
      if (at == GTK_INVALID_LIST_POSITION && !pursuit_array_model_find (self->sorted, gone[i], &at))
        continue;
      pursuit_array_model_peek (self->sorted, &n);
      first = MIN (first, at);
      n_after = MIN (n_after, n - at - 1);
      splice_sorted (self, at, 1, NULL, 0);
    }
  /* In their order, each one's place is its place in the end. */
  placed = g_memdup2 (came, added * sizeof (gpointer));
  sort_jobs (self, placed, added);
  for (guint i = 0; i < added; i++)
    {
      guint n;
      gpointer *jobs = pursuit_array_model_peek (self->sorted, &n);
      guint at = place_of (self, jobs, n, placed[i]);

      first = MIN (first, at);
      n_after = MIN (n_after, n - at);
      splice_sorted (self, at, 0, &placed[i], 1);
    }
  if (first != G_MAXUINT)
    follow_in_listed (self, first, n_after);
}

/* A job listed changed, came or went (the store's doing, or another order):
 * with no search, the list shows the same change; under a search, the
 * jobs found are picked again. A filter changed is shown once, after it
 * (see refilter_with()). */
static void
on_listed_changed (PursuitJobsView *self,
                   guint            position,
                   guint            removed,
                   guint            added,
                   GListModel      *listed)
{
  /* With no search, shown follows listed: the list hears of the change
   * from it. */
  if (self->refiltering || self->hits == NULL)
    return;
  show_listed (self, FALSE);
}

/* Back to every job. */
static void
end_search (PursuitJobsView *self)
{
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_handle_id (&self->research_timeout, g_source_remove);
  g_clear_pointer (&self->search_query, g_free);
  if (self->hits != NULL)
    {
      set_hits (self, NULL);
      show_listed (self, TRUE);
      count_hidden_now (self);
    }
  set_searching (self, FALSE);
}

static void
on_search_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PursuitJobsView *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = pursuit_store_search_jobs_finish (PURSUIT_STORE (source), result, &error);

  /* A search superseded by another one (or by the end of the search) was
   * cancelled: its answer is stale, and self may be gone. */
  if (ids == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_message ("Search failed: %s", error->message);
          set_searching (self, FALSE);
        }
      return;
    }

  set_hits (self, g_steal_pointer (&ids));
  show_listed (self, !self->search_again);
  count_hidden_now (self);
  set_searching (self, FALSE);
}

/* @again: the same search, run again after the store changed. */
static void
run_search (PursuitJobsView *self,
            gboolean         again)
{
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_handle_id (&self->research_timeout, g_source_remove);

  if (!again)
    set_searching (self, TRUE);
  self->search_again = again;
  self->search_cancellable = g_cancellable_new ();
  pursuit_store_search_jobs_async (pursuit_context_get_store (self->context), self->search_query,
                                   self->search_cancellable, on_search_done, self);
}

static void
start_search (PursuitJobsView *self,
              const char      *text)
{
  g_autofree char *query = g_strstrip (g_strdup (text));
  g_auto(GStrv) words = g_strsplit_set (query, " \t", -1);
  gboolean searchable = FALSE;

  /* The search starts at the second letter of a word, as the store does;
   * before it, the list shows every job and says why. */
  for (guint i = 0; words[i] != NULL; i++)
    searchable |= g_utf8_strlen (words[i], -1) >= 2;
  gtk_revealer_set_reveal_child (self->list_hint_revealer, !searchable && query[0] != '\0');
  gtk_revealer_set_reveal_child (self->board_hint_revealer, !searchable && query[0] != '\0');

  if (!searchable)
    {
      end_search (self);
      return;
    }

  g_free (self->search_query);
  self->search_query = g_steal_pointer (&query);
  run_search (self, FALSE);
}

/* The store's jobs changed: what it changed reaches the list through
 * listed at once; then the search runs again, for the jobs that came to
 * match or stopped. */
static void
on_store_jobs_changed (PursuitJobsView *self)
{
  if (self->search_query != NULL && self->research_timeout == 0)
    self->research_timeout = g_timeout_add (RESEARCH_DELAY_MS, on_research_timeout, self);
}

/* GTK 4.8's list view builds a row for each item it shows and destroys
 * it when the item goes, even when another item comes at once. A search's
 * answer keeps its rows (see the slots), but a job added or moved still
 * brings list items of its own: so a row, with the labels it made near
 * the screen, is taken from its list item when unbound and waits here (up
 * to as many as the list keeps alive) for the next item bound. */
#define SPARE_ROWS_MAX 250

/* A slot bound to a row took another job (a search's answer, a filter
 * switched): the row shows it. */
static void
on_slot_item_changed (PursuitSlot *slot,
                      GParamSpec  *pspec,
                      GtkListItem *item)
{
  PursuitJobsView *self = g_object_get_data (G_OBJECT (item), "pursuit-jobs-view");
  GtkWidget *row = gtk_list_item_get_child (item);

  if (self != NULL && row != NULL)
    pursuit_job_row_set_job (PURSUIT_JOB_ROW (row), pursuit_slot_get_item (slot));
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          PursuitJobsView          *self)
{
  PursuitSlot *slot = gtk_list_item_get_item (item);
  PursuitJobRow *row = PURSUIT_JOB_ROW (gtk_list_item_get_child (item));

  if (row == NULL)
    {
      if (self->spare_rows != NULL && self->spare_rows->len > 0)
        row = g_ptr_array_steal_index_fast (self->spare_rows, self->spare_rows->len - 1);
      else
        row = g_object_ref_sink (pursuit_job_row_new (self->context));
      gtk_list_item_set_child (item, GTK_WIDGET (row));
      g_object_unref (row);
    }
  g_object_set_data (G_OBJECT (item), "pursuit-jobs-view", self);
  g_signal_connect (slot, "notify::item", G_CALLBACK (on_slot_item_changed), item);
  pursuit_job_row_set_job (row, pursuit_slot_get_item (slot));
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            PursuitJobsView          *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  gpointer slot = gtk_list_item_get_item (item);

  if (slot != NULL)
    g_signal_handlers_disconnect_by_func (slot, on_slot_item_changed, item);
  if (row == NULL)
    return;
  pursuit_job_row_set_job (PURSUIT_JOB_ROW (row), NULL);
  if (self->spare_rows != NULL && self->spare_rows->len < SPARE_ROWS_MAX)
    {
      g_ptr_array_add (self->spare_rows, g_object_ref (row));
      gtk_list_item_set_child (item, NULL);
    }
}

static void
set_string (char       **field,
            const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* A card opened from the board shows the job in the list layout. */
static void
on_board_job_activated (PursuitJobsView *self,
                        PursuitJob      *job)
{
  set_show_board (self, FALSE);
  pursuit_jobs_view_select_job (self, job);
}

static void
pursuit_jobs_view_constructed (GObject *object)
{
  PursuitJobsView *self = PURSUIT_JOBS_VIEW (object);
  GListModel *jobs = pursuit_store_get_jobs (pursuit_context_get_store (self->context));

  G_OBJECT_CLASS (pursuit_jobs_view_parent_class)->constructed (object);

  self->deletions = pursuit_deletion_queue_new (pursuit_context_get_store (self->context));
  g_signal_connect_object (self->deletions, "restored", G_CALLBACK (on_job_restored), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->deletions, "deleted", G_CALLBACK (on_job_deleted), self, G_CONNECT_SWAPPED);
  parse_filters (self);
  /* Sorted before filtered: the sort reads every job straight from the
   * store (an array: see pursuit-array-model.c), and the filters read
   * sorted, an array too, in one pass. */
  self->all = g_object_ref (PURSUIT_ARRAY_MODEL (jobs));
  /* Every job stays sorted and filtered while a search shows some of
   * them: a keystroke picks the jobs found out of listed, and the search's
   * end shows listed again, sorting and filtering nothing. */
  self->sorted = pursuit_array_model_new (PURSUIT_TYPE_JOB);
  self->passes = g_array_new (FALSE, FALSE, sizeof (guint8));
  self->listed = pursuit_array_model_new (PURSUIT_TYPE_JOB);
  {
    guint n;
    gpointer *all = pursuit_array_model_peek (self->all, &n);

    sort_again (self, NULL, 0, all, n);
  }
  /* Connected first: the view's other handlers find sorted and listed
   * changed already. */
  g_signal_connect_object (jobs, "items-changed", G_CALLBACK (follow_store), self, G_CONNECT_SWAPPED);
  /* It counts the jobs of sorted, in its order: the attention filter
   * reads its answers. Made once sorted holds the jobs, so they are
   * counted now rather than when idle. */
  self->attention = pursuit_attention_counter_new (G_LIST_MODEL (self->sorted),
                                                   pursuit_context_get_settings (self->context));
  g_signal_connect_object (self->attention, "notify::count", G_CALLBACK (on_attention_counted),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->attention, "tick", G_CALLBACK (on_attention_tick), self, G_CONNECT_SWAPPED);
  on_attention_counted (self);
  self->shown = pursuit_array_model_new (PURSUIT_TYPE_JOB);
  self->rows = pursuit_slot_model_new (G_LIST_MODEL (self->shown));
  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);
  show_listed (self, FALSE);
  g_signal_connect_object (self->listed, "items-changed", G_CALLBACK (on_listed_changed),
                           self, G_CONNECT_SWAPPED);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->rows));

  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

    g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row), self, 0);
    g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row), self, 0);
    gtk_list_view_set_factory (self->list_view, factory);
    g_object_unref (factory);
  }

  g_signal_connect_object (jobs, "items-changed", G_CALLBACK (on_jobs_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (jobs, "items-changed", G_CALLBACK (on_store_jobs_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "salary-preferences-changed",
                           G_CALLBACK (on_salary_preferences_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_stacks),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selected_item_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (on_list_changed), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->content_title, "notify::title-visible",
                           G_CALLBACK (update_narrow), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (update_narrow), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->empty_switcher_title, "notify::title-visible",
                           G_CALLBACK (update_narrow), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->board_switcher_title, "notify::title-visible",
                           G_CALLBACK (update_narrow), self, G_CONNECT_SWAPPED);

  /* How the user likes to see the jobs is kept between runs; filters are
   * not: one left on by a past run would hide jobs without a word. */
  g_settings_bind (pursuit_context_get_settings (self->context), "jobs-sort",
                   self, "sort-mode", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (pursuit_context_get_settings (self->context), "jobs-board",
                   self, "show-board", G_SETTINGS_BIND_DEFAULT);

  update_stacks (self);
  on_selected_item_changed (self);
  schedule_count_hidden (self);
}

static void
pursuit_jobs_view_root (GtkWidget *widget)
{
  PursuitJobsView *self = PURSUIT_JOBS_VIEW (widget);
  AdwViewStack *stack;

  GTK_WIDGET_CLASS (pursuit_jobs_view_parent_class)->root (widget);

  update_key_capture (self);

  stack = pursuit_view_get_stack (PURSUIT_VIEW (self));
  adw_view_switcher_title_set_stack (self->content_title, stack);
  adw_view_switcher_title_set_stack (self->empty_switcher_title, stack);
  adw_view_switcher_title_set_stack (self->board_switcher_title, stack);
}

static void
pursuit_jobs_view_dispose (GObject *object)
{
  PursuitJobsView *self = PURSUIT_JOBS_VIEW (object);

  if (self->deletions != NULL)
    settle (self);
  g_clear_handle_id (&self->count_hidden_idle, g_source_remove);
  follow_title (self, NULL);
  g_clear_object (&self->deletions);
  g_clear_object (&self->attention);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_handle_id (&self->research_timeout, g_source_remove);
  /* Connected for the view's life, which may outlast its widgets: the
   * store's changes have nothing left to sort. */
  if (self->all != NULL)
    g_signal_handlers_disconnect_by_func (self->all, follow_store, self);
  if (self->list_view != NULL)
    gtk_list_view_set_factory (self->list_view, NULL);
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);
  /* AdwBin holds its child itself: release it before the template's
   * children are cleared, or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_JOBS_VIEW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_jobs_view_parent_class)->dispose (object);
}

static void
pursuit_jobs_view_finalize (GObject *object)
{
  PursuitJobsView *self = PURSUIT_JOBS_VIEW (object);

  g_clear_pointer (&self->search_query, g_free);
  set_hits (self, NULL);
  g_clear_object (&self->rows);
  g_clear_object (&self->shown);
  g_clear_object (&self->listed);
  g_clear_pointer (&self->passes, g_array_unref);
  g_clear_object (&self->sorted);
  g_clear_object (&self->all);
  g_clear_pointer (&self->sort_mode, g_free);
  g_clear_pointer (&self->stage_filter, g_free);
  g_clear_pointer (&self->workplace_filter, g_free);

  G_OBJECT_CLASS (pursuit_jobs_view_parent_class)->finalize (object);
}

static void
pursuit_jobs_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PursuitJobsView *self = PURSUIT_JOBS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;
    case PROP_SELECTED_JOB:
      g_value_set_object (value, get_selected (self));
      break;
    case PROP_SHOW_BOARD:
      g_value_set_boolean (value, self->show_board);
      break;
    case PROP_SORT_MODE:
      g_value_set_string (value, self->sort_mode);
      break;
    case PROP_STAGE_FILTER:
      g_value_set_string (value, self->stage_filter);
      break;
    case PROP_WORKPLACE_FILTER:
      g_value_set_string (value, self->workplace_filter);
      break;
    case PROP_SHOW_ARCHIVED:
      g_value_set_boolean (value, self->show_archived);
      break;
    case PROP_BELOW_BENCHMARK:
      g_value_set_boolean (value, self->below_benchmark);
      break;
    case PROP_SEARCHING:
      g_value_set_boolean (value, self->searching);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_jobs_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PursuitJobsView *self = PURSUIT_JOBS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_SHOW_BOARD:
      set_show_board (self, g_value_get_boolean (value));
      break;
    case PROP_SORT_MODE:
      set_string (&self->sort_mode, g_value_get_string (value));
      self->sort_order = parse_sort_order (self->sort_mode);
      /* Construct properties are set before there is a list, and a view
       * disposed has none left. */
      if (self->sorted != NULL && self->context != NULL)
        sort_again (self, NULL, 0, NULL, 0);
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_STAGE_FILTER:
      {
        gboolean was_on = g_strcmp0 (self->stage_filter, "all") != 0;

        if (g_strcmp0 (self->stage_filter, g_value_get_string (value)) == 0)
          break;
        set_string (&self->stage_filter, g_value_get_string (value));
        refilter_switched (self, FILTER_STAGE, was_on, g_strcmp0 (self->stage_filter, "all") != 0);
        g_object_notify_by_pspec (object, pspec);
      }
      break;
    case PROP_WORKPLACE_FILTER:
      {
        gboolean was_on = g_strcmp0 (self->workplace_filter, "all") != 0;

        if (g_strcmp0 (self->workplace_filter, g_value_get_string (value)) == 0)
          break;
        set_string (&self->workplace_filter, g_value_get_string (value));
        refilter_switched (self, FILTER_WORKPLACE, was_on, g_strcmp0 (self->workplace_filter, "all") != 0);
        g_object_notify_by_pspec (object, pspec);
      }
      break;
    case PROP_SHOW_ARCHIVED:
      if (self->show_archived == g_value_get_boolean (value))
        break;
      self->show_archived = g_value_get_boolean (value);
      /* Hiding archived jobs is the filter here. */
      refilter_switched (self, FILTER_ARCHIVED, self->show_archived, !self->show_archived);
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_BELOW_BENCHMARK:
      if (self->below_benchmark == g_value_get_boolean (value))
        break;
      self->below_benchmark = g_value_get_boolean (value);
      refilter_switched (self, FILTER_BELOW, !self->below_benchmark, self->below_benchmark);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Importing: CSV files open the Import dialog; a saved job page, or a
 * posting pasted, opens the add-job dialog filled from it, so the user sees
 * the job (and the duplicate warning) before it is added. */

static void
on_imported (PursuitImportDialog *dialog,
             PursuitJob          *first,
             AdwToast            *toast,
             PursuitJobsView     *self)
{
  pursuit_show_toast (GTK_WIDGET (self), toast);
  if (first != NULL)
    on_job_added (NULL, first, self);
}

static void
open_posting (PursuitJobsView *self,
              const char      *text,
              gsize            length,
              gboolean         plain_text_allowed)
{
  g_autoptr(GPtrArray) postings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) draft = NULL;
  PursuitAddJobDialog *dialog;

  postings = pursuit_posting_parse (text, length, &error);
  if (postings != NULL && postings->len > 0)
    draft = g_object_ref (((PursuitPosting *) g_ptr_array_index (postings, 0))->job);
  else if (plain_text_allowed && g_error_matches (error, PURSUIT_POSTING_ERROR, PURSUIT_POSTING_ERROR_NOT_FOUND))
    {
      /* Text without structured data is the posting's text: the user fills the rest. */
      draft = pursuit_job_new ();
      pursuit_job_set_posting_text (draft, text);
    }
  else
    {
      pursuit_show_error (GTK_WIDGET (self), _("Could not read the job posting"), error);
      return;
    }

  dialog = pursuit_add_job_dialog_new (self->context);
  pursuit_add_job_dialog_fill (dialog, draft);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (dialog, "job-added", G_CALLBACK (on_job_added), self, 0);
  g_signal_connect_object (dialog, "open-existing", G_CALLBACK (on_job_added), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
is_page (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);

  return g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm");
}

static gboolean
is_export (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);

  return g_str_has_suffix (lower, ".json");
}

/**
 * pursuit_jobs_view_import_data:
 * @name: the file's name: a name ending in .html or .htm is a saved job
 *   page, one ending in .json an export of Pursuit's (the app's Export or
 *   pursuit-cli export --json), anything else is read as CSV
 * @data: (array length=length): the file's contents
 *
 * Shows what the file would add, in the Import dialog or, for a job page,
 * the add-job dialog. Nothing is written until the user confirms.
 */
void
pursuit_jobs_view_import_data (PursuitJobsView *self,
                               const char      *name,
                               const char      *data,
                               gsize            length)
{
  PursuitImportDialog *dialog;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PURSUIT_IS_JOBS_VIEW (self));

  if (is_page (name))
    {
      open_posting (self, data, length, FALSE);
      return;
    }

  if (is_export (name))
    {
      g_autoptr(GBytes) contents = g_bytes_new (data, length);

      pursuit_data_import_file (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->context, name, contents);
      return;
    }

  dialog = pursuit_import_dialog_new (self->context, name, data, length, &error);
  if (dialog == NULL)
    {
      pursuit_show_error (GTK_WIDGET (self), _("Could not read the file"), error);
      return;
    }
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_file_loaded (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PursuitJobsView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      pursuit_show_error (GTK_WIDGET (self), _("Could not read the file"), error);
      return;
    }
  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;

  name = g_file_get_basename (G_FILE (source));
  pursuit_jobs_view_import_data (self, name, contents, length);
}

static void
import_file (PursuitJobsView *self,
             GFile           *file)
{
  g_file_load_contents_async (file, NULL, on_file_loaded, g_object_ref (self));
}

static void
on_import_chosen (GtkNativeDialog *chooser,
                  int              response,
                  PursuitJobsView *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        import_file (self, file);
    }
  g_object_unref (chooser);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitJobsView *self = PURSUIT_JOBS_VIEW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) both = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) page = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) export = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Jobs"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (both, _("Job lists, saved job pages and Pursuit exports"));
  gtk_file_filter_add_pattern (both, "*.[cC][sS][vV]");
  gtk_file_filter_add_pattern (both, "*.[hH][tT][mM][lL]");
  gtk_file_filter_add_pattern (both, "*.[hH][tT][mM]");
  gtk_file_filter_add_mime_type (both, "text/csv");
  gtk_file_filter_add_mime_type (both, "text/html");
  gtk_file_filter_add_pattern (both, "*.[jJ][sS][oO][nN]");
  gtk_file_filter_set_name (csv, _("CSV files (other trackers, spreadsheets)"));
  gtk_file_filter_add_pattern (csv, "*.[cC][sS][vV]");
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_set_name (page, _("Saved job pages"));
  gtk_file_filter_add_pattern (page, "*.[hH][tT][mM][lL]");
  gtk_file_filter_add_pattern (page, "*.[hH][tT][mM]");
  gtk_file_filter_add_mime_type (page, "text/html");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), both);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), page);
  gtk_file_filter_set_name (export, _("Pursuit exports (JSON)"));
  gtk_file_filter_add_pattern (export, "*.[jJ][sS][oO][nN]");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), export);

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_clipboard_text (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PursuitJobsView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL || g_strstrip (text)[0] == '\0' || gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  open_posting (self, text, strlen (text), TRUE);
}

static void
paste_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);

  gdk_clipboard_read_text_async (clipboard, NULL, on_clipboard_text, g_object_ref (widget));
}

static gboolean
on_drop (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         PursuitJobsView *self)
{
  gboolean taken = FALSE;
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  /* Other files (a resume dropped beside the job's documents) are not jobs. */
  files = g_value_get_boxed (value);
  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);
      g_autofree char *lower = g_utf8_strdown (name, -1);

      if (is_page (name) || g_str_has_suffix (lower, ".csv"))
        {
          import_file (self, l->data);
          taken = TRUE;
        }
    }
  return taken;
}

static void
pursuit_jobs_view_class_init (PursuitJobsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pursuit_jobs_view_constructed;
  object_class->dispose = pursuit_jobs_view_dispose;
  object_class->finalize = pursuit_jobs_view_finalize;
  object_class->get_property = pursuit_jobs_view_get_property;
  object_class->set_property = pursuit_jobs_view_set_property;
  widget_class->root = pursuit_jobs_view_root;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  g_object_class_override_property (object_class, PROP_NARROW, "narrow");
  properties[PROP_CONTEXT] = g_object_class_find_property (object_class, "context");
  properties[PROP_NARROW] = g_object_class_find_property (object_class, "narrow");
  properties[PROP_SELECTED_JOB] = g_param_spec_object ("selected-job", NULL, NULL, PURSUIT_TYPE_JOB,
                                                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                       G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_BOARD] = g_param_spec_boolean ("show-board", NULL, NULL, FALSE,
                                                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                      G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT_MODE] = g_param_spec_string ("sort-mode", NULL, NULL, "updated",
                                                    G_PARAM_READWRITE | G_PARAM_CONSTRUCT |
                                                    G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STAGE_FILTER] = g_param_spec_string ("stage-filter", NULL, NULL, "all",
                                                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT |
                                                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKPLACE_FILTER] = g_param_spec_string ("workplace-filter", NULL, NULL, "all",
                                                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT |
                                                           G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_ARCHIVED] = g_param_spec_boolean ("show-archived", NULL, NULL, FALSE,
                                                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                         G_PARAM_STATIC_STRINGS);
  properties[PROP_BELOW_BENCHMARK] = g_param_spec_boolean ("below-benchmark", NULL, NULL, FALSE,
                                                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                           G_PARAM_STATIC_STRINGS);
  /**
   * PursuitJobsView:searching:
   *
   * Whether the search typed has not answered yet: the list still shows
   * what it showed before.
   */
  properties[PROP_SEARCHING] = g_param_spec_boolean ("searching", NULL, NULL, FALSE,
                                                     G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                     G_PARAM_STATIC_STRINGS);
  for (guint i = PROP_SELECTED_JOB; i < N_PROPS; i++)
    g_object_class_install_property (object_class, i, properties[i]);

  gtk_widget_class_install_action (widget_class, "jobs.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "jobs.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "jobs.paste", NULL, paste_activated);
  gtk_widget_class_install_action (widget_class, "jobs.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "jobs.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "jobs.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "jobs.archive", NULL, archive_activated);
  gtk_widget_class_install_action (widget_class, "jobs.show-all", NULL, show_all_activated);
  gtk_widget_class_install_action (widget_class, "jobs.switch-pane", NULL, switch_pane_activated);
  gtk_widget_class_install_property_action (widget_class, "jobs.toggle-board", "show-board");
  gtk_widget_class_install_property_action (widget_class, "jobs.sort", "sort-mode");
  gtk_widget_class_install_property_action (widget_class, "jobs.stage-kind", "stage-filter");
  gtk_widget_class_install_property_action (widget_class, "jobs.workplace", "workplace-filter");
  gtk_widget_class_install_property_action (widget_class, "jobs.show-archived", "show-archived");
  gtk_widget_class_install_property_action (widget_class, "jobs.below-benchmark", "below-benchmark");

  /* The templates name these types in expressions. */
  g_type_ensure (PURSUIT_TYPE_JOB);
  g_type_ensure (PURSUIT_TYPE_STAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-jobs-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, content);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, selection);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, content_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, empty_switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, board_switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, board_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, board_list_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, empty_primary_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, board_primary_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, board_view_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, primary_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, view_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, view_menu);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, attention_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, attention_count);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, board_attention_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, board_search_bar);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, board_search_entry);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, list_hidden_revealer);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, list_hidden_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, board_hidden_revealer);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, board_hidden_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, list_hint_revealer);
  gtk_widget_class_bind_template_child (widget_class, PursuitJobsView, board_hint_revealer);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_filters_changed);
}

static const PursuitViewShortcut shortcuts[] = {
  { "F6", "jobs.switch-pane" },
  { "<Shift>F6", "jobs.switch-pane" },
  { "<Control>n", "jobs.add" },
  { "<Control>e", "jobs.archive" },
  { "<Control>b", "jobs.toggle-board" },
  { "<Control>i", "jobs.import" },
};

/* Ctrl+Z undoes the latest deletion wherever the focus is (on the list, on
 * the empty page after the last job went, nowhere), except in a text field,
 * where it undoes typing: the field's own undo runs first, and one with
 * nothing to undo must not undo a deletion instead. Ctrl+V pastes a posting
 * on the same terms. */
static gboolean
on_key_outside_text (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (!gtk_widget_get_mapped (widget) ||
      (focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus) ||
                         gtk_widget_get_ancestor (focus, GTK_TYPE_TEXT_VIEW) != NULL)))
    return FALSE;
  /* The action named by the shortcut: jobs.undo, jobs.paste. */
  return gtk_widget_activate_action (widget, user_data, NULL);
}

static void
add_undo_key (PursuitJobsView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>z"),
                                                          gtk_callback_action_new (on_key_outside_text, (gpointer) "jobs.undo", NULL)));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>v"),
                                                          gtk_callback_action_new (on_key_outside_text, (gpointer) "jobs.paste", NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
pursuit_jobs_view_init (PursuitJobsView *self)
{
  self->reselect_position = GTK_INVALID_LIST_POSITION;

  /* The menus in the template read these through their property actions
   * before the construct properties are set. */
  self->sort_mode = g_strdup ("updated");
  self->stage_filter = g_strdup ("all");
  self->workplace_filter = g_strdup ("all");

  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));
  pursuit_menu_button_set_menu_model (self->empty_primary_button, self->primary_menu);
  pursuit_menu_button_set_menu_model (self->board_primary_button, self->primary_menu);
  pursuit_menu_button_set_menu_model (self->primary_button, self->primary_menu);
  pursuit_menu_button_set_menu_model (self->board_view_button, self->view_menu);
  pursuit_menu_button_set_menu_model (self->view_button, self->view_menu);
  pursuit_view_add_shortcuts (PURSUIT_VIEW (self), shortcuts, G_N_ELEMENTS (shortcuts));
  add_undo_key (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "jobs.delete", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "jobs.archive", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "jobs.show-all", FALSE);
}

static void
start_search_in_view (PursuitView *view)
{
  PursuitJobsView *self = PURSUIT_JOBS_VIEW (view);

  if (self->show_board)
    {
      gtk_search_bar_set_search_mode (self->board_search_bar, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->board_search_entry));
      return;
    }

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
pursuit_jobs_view_view_init (PursuitViewInterface *iface)
{
  iface->start_search = start_search_in_view;
  iface->settle = (void (*) (PursuitView *)) settle;
}

static PursuitJob *
get_selected (PursuitJobsView *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOBS_VIEW (self), NULL);

  return pursuit_slot_model_unwrap (gtk_single_selection_get_selected_item (self->selection));
}

static gboolean
try_select_job (PursuitJobsView *self,
                PursuitJob      *job)
{
  GListModel *model = G_LIST_MODEL (self->shown);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) item = g_list_model_get_item (model, i);

      if (item == job)
        {
          self->selected_once = TRUE;
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }
  return FALSE;
}

/* Shows @job, clearing the search and filters first if they hide it. */
void
pursuit_jobs_view_select_job (PursuitJobsView *self,
                              PursuitJob      *job)
{
  g_return_if_fail (PURSUIT_IS_JOBS_VIEW (self));

  if (job == NULL || try_select_job (self, job))
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  start_search (self, "");
  gtk_toggle_button_set_active (self->attention_button, FALSE);
  g_object_set (self, "stage-filter", "all", "workplace-filter", "all", "below-benchmark", FALSE, NULL);
  if (pursuit_job_get_archived (job))
    g_object_set (self, "show-archived", TRUE, NULL);
  try_select_job (self, job);
}

/* Clears every filter (not the search): the list and the board show all
 * the jobs again, archived ones too. */
void
pursuit_jobs_view_show_all (PursuitJobsView *self)
{
  g_return_if_fail (PURSUIT_IS_JOBS_VIEW (self));

  gtk_toggle_button_set_active (self->attention_button, FALSE);
  g_object_set (self, "stage-filter", "all", "workplace-filter", "all", "show-archived", TRUE,
                "below-benchmark", FALSE, NULL);
}

/* The list with @text in its search bar, as if typed there: the Shell's
 * search handed over. */
void
pursuit_jobs_view_search (PursuitJobsView *self,
                          const char      *text)
{
  g_return_if_fail (PURSUIT_IS_JOBS_VIEW (self));
  g_return_if_fail (text != NULL);

  start_search_in_view (PURSUIT_VIEW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
}

/* Only the jobs that need attention, whatever else was filtered: what a
 * notification of several follow-ups at once opens. */
void
pursuit_jobs_view_show_attention (PursuitJobsView *self)
{
  g_return_if_fail (PURSUIT_IS_JOBS_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_object_set (self, "stage-filter", "all", "workplace-filter", "all", "below-benchmark", FALSE, NULL);
  gtk_toggle_button_set_active (self->attention_button, TRUE);
  refilter (self);
}

static void
show_all_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  pursuit_jobs_view_show_all (PURSUIT_JOBS_VIEW (widget));
}

/* Makes every deletion still waiting for its undo toast final, and saves
 * edits not yet written: called when the window closes. */
static void
settle (PursuitJobsView *self)
{
  g_return_if_fail (PURSUIT_IS_JOBS_VIEW (self));

  flush_job_page (self);
  if (self->board != NULL)
    pursuit_board_view_settle (self->board);
  if (self->deletions != NULL)
    pursuit_deletion_queue_settle (self->deletions);
}



static void
on_unarchive_clicked (AdwToast        *toast,
                      PursuitJobsView *self)
{
  PursuitJob *job = g_object_get_data (G_OBJECT (toast), "pursuit-job");

  set_archived (self, job, FALSE);
}

typedef struct
{
  PursuitJobsView *self;
  PursuitJob *job;
} ArchiveCall;

static void
on_archive_saved (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ArchiveCall *call = user_data;
  g_autoptr(PursuitJobsView) self = call->self;
  g_autoptr(PursuitJob) job = call->job;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_free (call);

  if (!pursuit_store_save_job_finish (PURSUIT_STORE (source), result, &error))
    {
      pursuit_show_error (GTK_WIDGET (self), _("Could not archive the job"), error);
      return;
    }

  if (!pursuit_job_get_archived (job))
    return;

  title = g_markup_printf_escaped (_("“%s” at %s archived"),
                                   pursuit_job_get_title (job), pursuit_job_get_company (job));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "pursuit-job", g_object_ref (job), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_unarchive_clicked), self, 0);
  pursuit_show_toast (GTK_WIDGET (self), toast);
}

/* Archives or brings back a job; archiving offers to undo in a toast. */
static void
set_archived (PursuitJobsView *self,
              PursuitJob      *job,
              gboolean         archived)
{
  g_autoptr(PursuitJob) draft = NULL;
  ArchiveCall *call;

  if (job == NULL || pursuit_job_get_archived (job) == archived)
    return;

  flush_job_page (self);
  draft = pursuit_job_copy (job);
  pursuit_job_set_archived (draft, archived);
  call = g_new0 (ArchiveCall, 1);
  call->self = g_object_ref (self);
  call->job = g_object_ref (job);
  pursuit_store_save_job_async (pursuit_context_get_store (self->context), draft,
                                PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_ARCHIVED),
                                NULL, on_archive_saved, call);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitJobsView *self = PURSUIT_JOBS_VIEW (widget);
  PursuitAddJobDialog *dialog = pursuit_add_job_dialog_new (self->context);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "job-added", G_CALLBACK (on_job_added), self, 0);
  g_signal_connect_object (dialog, "open-existing", G_CALLBACK (on_job_added), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  pursuit_view_start_search (PURSUIT_VIEW (widget));
}

/* F6 (or Shift+F6, with two panes the same): the focus goes from the list
 * to the job shown, or back, as GtkPaned's F6 does between its panes. GTK
 * 4.8's list takes Tab from row to row, so Tab alone would cross every job
 * on the way to the page. */
static void
switch_pane_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PursuitJobsView *self = PURSUIT_JOBS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->content_stack)))
    {
      adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
    }
  else if (self->job_page != NULL && get_selected (self) != NULL)
    {
      adw_leaflet_set_visible_child (self->leaflet, self->content);
      gtk_widget_child_focus (GTK_WIDGET (self->job_page), GTK_DIR_TAB_FORWARD);
    }
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitJobsView *self = PURSUIT_JOBS_VIEW (widget);
  PursuitJob *job = get_selected (self);

  if (job == NULL)
    return;

  flush_job_page (self);
  self->reselect_position = gtk_single_selection_get_selected (self->selection);
  pursuit_deletion_queue_delete (self->deletions, job, widget);
}

/* Undoes the latest deletion still undoable. */
static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  pursuit_deletion_queue_undo_last (PURSUIT_JOBS_VIEW (widget)->deletions);
}

static void
archive_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PursuitJobsView *self = PURSUIT_JOBS_VIEW (widget);

  self->reselect_position = gtk_single_selection_get_selected (self->selection);
  set_archived (self, get_selected (self), TRUE);
}

/* The board or the list and job page. */
static void
set_show_board (PursuitJobsView *self,
                                  gboolean         show_board)
{
  g_return_if_fail (PURSUIT_IS_JOBS_VIEW (self));

  if (self->show_board == show_board)
    return;

  if (show_board)
    flush_job_page (self);

  /* Built when first wanted: its columns cost time and memory at start-up. */
  if (show_board && self->board == NULL)
    {
      /* The list's jobs, in its order: a search or a filter shows the same
       * jobs in both, filtered already. */
      g_autoptr(GtkFilter) every = GTK_FILTER (gtk_custom_filter_new (NULL, NULL, NULL));

      self->board = g_object_new (PURSUIT_TYPE_BOARD_VIEW,
                                  "context", self->context,
                                  "jobs", self->shown,
                                  "filter", every,
                                  NULL);
      gtk_widget_set_vexpand (GTK_WIDGET (self->board), TRUE);
      gtk_box_append (self->board_box, GTK_WIDGET (self->board));
      g_signal_connect_object (self->board, "job-activated", G_CALLBACK (on_board_job_activated),
                               self, G_CONNECT_SWAPPED);
    }
  self->show_board = show_board;
  update_stacks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_BOARD]);
}

