/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <time.h>

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "pursuit-bench-generator.h"
#include "pursuit-insights-report.h"
#include "pursuit-repository.h"
#include "pursuit-repository-private.h"
#include "pursuit-jobs-view.h"
#include "pursuit-slot-model.h"
#include "pursuit-guides-view.h"
#include "pursuit-view.h"
#include "pursuit-window.h"

/* pursuit-bench --jobs N [--seed S] [--keep PATH]
 *
 * Measures what a user with N jobs feels, with the real window and store:
 * opening the database up to the first painted list, full-text search per
 * keystroke, moving a job until the list shows it, and peak memory. It
 * prints figures only, never a verdict: machines differ, and a timed test
 * that fails on a busy machine teaches nothing. Needs a display (Xvfb). */

#define TIMEOUT_SECONDS 300
#define SEARCH_LIMIT_SECONDS 10

typedef struct
{
  int jobs;
  int seed;
  int n_queries;
  int n_moves;
  int n_keystrokes;
  char *keep;
} Options;

/* Time in milliseconds, from the monotonic clock. */
static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static gboolean
read_status_kb (const char *field,
                double     *kb)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return FALSE;

  line = strstr (status, field);
  if (line == NULL)
    return FALSE;

  *kb = g_ascii_strtod (line + strlen (field), NULL);
  return TRUE;
}

static double
peak_memory_mb (void)
{
  double kb = 0;

  read_status_kb ("VmHWM:", &kb);
  return kb / 1024.0;
}

static double
resident_memory_mb (void)
{
  double kb = 0;

  read_status_kb ("VmRSS:", &kb);
  return kb / 1024.0;
}

typedef gboolean (*Condition) (gpointer data);

static gboolean
on_timeout (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
run_until (Condition   condition,
           gpointer    data,
           const char *what)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (TIMEOUT_SECONDS, on_timeout, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (timed_out)
    {
      g_printerr ("Timed out after %d s waiting for %s\n", TIMEOUT_SECONDS, what);
      exit (1);
    }
  g_source_remove (timeout);
}

static gboolean
run_until_or_timeout (Condition  condition,
                      gpointer   data,
                      int        seconds)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (seconds, on_timeout, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (timeout);
  return !timed_out;
}

/* Percentiles the simple way: the value at rank ceil(p * n). */
static double
percentile (GArray *sorted,
            double  p)
{
  guint rank;

  if (sorted->len == 0)
    return NAN;

  rank = (guint) ceil (p * sorted->len);
  return g_array_index (sorted, double, CLAMP (rank, 1, sorted->len) - 1);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
print_timings (const char *label,
               GArray     *timings)
{
  g_array_sort (timings, compare_doubles);
  g_print ("  %-44s %8.2f %8.2f %8.2f   (n=%u)\n", label,
           percentile (timings, 0.5), percentile (timings, 0.95),
           timings->len > 0 ? g_array_index (timings, double, timings->len - 1) : NAN,
           timings->len);
}

/* Insights */

#define INSIGHTS_RUNS 10

/* The CPU time the calling thread has used: on a machine shared with
 * other work, the part of a wall-clock figure that is this program's. */
static double
thread_cpu_ms (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
}

typedef struct
{
  PursuitInsights *insights;
  gboolean done;
} InsightsState;

static void
on_insights (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  InsightsState *state = user_data;
  g_autoptr(GError) error = NULL;

  state->insights = pursuit_store_compute_insights_finish (PURSUIT_STORE (source), result, &error);
  if (state->insights == NULL)
    g_error ("%s", error->message);
  state->done = TRUE;
}

static gboolean
insights_done (gpointer data)
{
  return ((InsightsState *) data)->done;
}

static void
on_tagged (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  InsightsState *state = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_update_insights_tags_finish (PURSUIT_STORE (source), result, NULL, &error))
    g_error ("%s", error->message);
  state->done = TRUE;
}

/* Widgets */

static guint
count_widgets (GtkWidget *widget)
{
  guint count = 1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count += count_widgets (child);
  return count;
}

/* The jobs list: by its name if the view still gives it one, else the first
 * list view on screen. */
static GtkListView *
find_jobs_list (GtkWidget *widget)
{
  GtkListView *fallback = NULL;
  GPtrArray *queue = g_ptr_array_new ();

  g_ptr_array_add (queue, widget);
  for (guint i = 0; i < queue->len; i++)
    {
      GtkWidget *current = g_ptr_array_index (queue, i);

      if (GTK_IS_LIST_VIEW (current) && gtk_widget_get_mapped (current))
        {
          if (g_strcmp0 (gtk_widget_get_name (current), "jobs-list") == 0)
            {
              g_ptr_array_unref (queue);
              return GTK_LIST_VIEW (current);
            }
          if (fallback == NULL)
            fallback = GTK_LIST_VIEW (current);
        }

      for (GtkWidget *child = gtk_widget_get_first_child (current); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (queue, child);
    }

  g_ptr_array_unref (queue);
  return fallback;
}

/* The row widgets a GtkListView made are its children. */
static guint
count_rows (GtkListView *list)
{
  guint count = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count++;
  return count;
}

/* Rows whose widget lies, at least partly, in the list's visible area. */
static guint
count_rows_on_screen (GtkListView *list)
{
  GtkWidget *viewport = gtk_widget_get_parent (GTK_WIDGET (list));
  int height = gtk_widget_get_height (viewport);
  guint count = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (gtk_widget_get_visible (child) && gtk_widget_get_child_visible (child) &&
          gtk_widget_compute_bounds (child, viewport, &bounds) &&
          bounds.origin.y + bounds.size.height > 0 && bounds.origin.y < height)
        count++;
    }
  return count;
}

/* Every list view in the window, shown or not, and the rows they made. */
static void
count_all_rows (GtkWidget *widget,
                guint     *lists,
                guint     *rows)
{
  if (GTK_IS_LIST_VIEW (widget))
    {
      *lists += 1;
      *rows += count_rows (GTK_LIST_VIEW (widget));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_all_rows (child, lists, rows);
}

/* 1. Open and first screen */

typedef struct
{
  PursuitStore *store;
  GtkWidget *window;
  double start;
  double model_loaded;
  double first_frame;
  double all_loaded;
  double all_loaded_frame;
  guint frames;
  GtkListView *list;
} FirstScreen;

static void
on_jobs_loaded (GListModel  *model,
                guint        position,
                guint        removed,
                guint        added,
                FirstScreen *state)
{
  if (state->model_loaded == 0)
    state->model_loaded = now_ms ();
}

static void
on_first_screen_painted (GdkFrameClock *clock,
                         FirstScreen   *state)
{
  GtkListView *list;

  state->frames++;
  if (state->all_loaded > 0 && state->all_loaded_frame == 0)
    state->all_loaded_frame = now_ms ();
  if (state->first_frame > 0)
    return;

  /* The frame just painted shows the list only if the list was mapped and
   * had rows when it was laid out. */
  list = find_jobs_list (state->window);
  if (list == NULL || count_rows (list) == 0)
    return;

  state->first_frame = now_ms ();
  state->list = list;
}

static void
on_store_open (PursuitStore *store,
               GParamSpec   *pspec,
               FirstScreen  *state)
{
  if (pursuit_store_is_open (store) && state->all_loaded == 0)
    {
      state->all_loaded = now_ms ();
      /* Whether or not the loaded jobs change what is on screen. */
      gtk_widget_queue_draw (state->window);
    }
}

/* With many jobs, the first screen shows before every job is loaded;
 * the benchmark goes on once both are done and painted. */
static gboolean
first_screen_shown (gpointer data)
{
  FirstScreen *state = data;

  return state->first_frame > 0 && state->all_loaded_frame > 0;
}

/* 2. Search */

typedef struct
{
  GArray *ids;
  gboolean done;
} SearchState;

static void
on_searched (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  SearchState *state = user_data;
  g_autoptr(GError) error = NULL;

  state->ids = pursuit_store_search_jobs_finish (PURSUIT_STORE (source), result, &error);
  if (state->ids == NULL)
    g_error ("Search failed: %s", error->message);
  state->done = TRUE;
}

static gboolean
search_done (gpointer data)
{
  return ((SearchState *) data)->done;
}

/* How many characters of its last word a query has: what makes a prefix
 * query cheap or dear. */
static guint
last_word_length (const char *query)
{
  const char *space = strrchr (query, ' ');

  return g_utf8_strlen (space != NULL ? space + 1 : query, -1);
}

/* 3. Move */

typedef struct
{
  double start;
  double notified;
  double painted;
  gboolean failed;
} MoveState;

static void
on_stage_notify (PursuitJob *job,
                 GParamSpec *pspec,
                 MoveState  *state)
{
  if (state->notified == 0)
    state->notified = now_ms ();
}

static void
on_move_painted (GdkFrameClock *clock,
                 MoveState     *state)
{
  if (state->notified > 0 && state->painted == 0)
    state->painted = now_ms ();
}

static void
on_moved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  MoveState *state = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_move_job_finish (PURSUIT_STORE (source), result, &error))
    {
      g_printerr ("Move failed: %s\n", error->message);
      state->failed = TRUE;
    }
}

static gboolean
move_shown (gpointer data)
{
  MoveState *state = data;

  return state->failed || state->painted > 0;
}

static PursuitStage *
other_stage (GListModel *stages,
             PursuitJob *job,
             GRand      *rng)
{
  guint n = g_list_model_get_n_items (stages);
  gint64 current = pursuit_stage_get_id (pursuit_job_get_stage (job));

  for (;;)
    {
      g_autoptr(PursuitStage) stage = g_list_model_get_item (stages, g_rand_int_range (rng, 0, n));

      if (pursuit_stage_get_id (stage) != current && !pursuit_stage_get_hidden (stage))
        return stage;
    }
}

/* Generation happens in a child process, so its memory does not count in
 * the figures of this one. */
/* 6. Typing in the search box, and the filters */

#define TYPING_PAUSE_MS 120   /* between keystrokes, as a quick typist leaves */

typedef struct
{
  GtkWidget *view;
  gboolean changed;           /* the entry said its search changed */
  double settled;             /* the view had its answer */
  double painted;             /* a frame was painted after that */
  double painted_cpu;         /* the main thread's time by then */
} Keystroke;

/* The view's answer: at once for a search it need not run (cleared, one
 * letter), or when the search it ran has answered. Stamped in the handlers,
 * not after a main loop iteration that may paint a frame first. */
static void
settle_if_answered (Keystroke *state)
{
  gboolean searching = FALSE;

  g_object_get (state->view, "searching", &searching, NULL);
  if (state->changed && !searching && state->settled == 0)
    {
      state->settled = now_ms ();
      /* A frame comes even if the answer changes nothing on screen. */
      gtk_widget_queue_draw (state->view);
    }
}

static void
on_bench_search_changed (Keystroke *state)
{
  state->changed = TRUE;
  settle_if_answered (state);
}

static void
on_keystroke_painted (GdkFrameClock *clock,
                      Keystroke     *state)
{
  if (state->settled > 0 && state->painted == 0)
    {
      state->painted = now_ms ();
      state->painted_cpu = thread_cpu_ms ();
    }
}

static gboolean
keystroke_shown (gpointer data)
{
  Keystroke *state = data;

  return state->settled > 0 && state->painted > 0;
}

static gboolean
pause_over (gpointer data)
{
  return *(gboolean *) data;
}

static void
pause_ms (guint ms)
{
  gboolean over = FALSE;

  g_timeout_add (ms, on_timeout, &over);
  run_until (pause_over, &over, "a pause");
}

static GtkWidget *
find_shown (GtkWidget *widget,
            GType      type,
            const char *icon_name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    {
      if (icon_name == NULL)
        return widget;
      for (GtkWidget *image = gtk_widget_get_first_child (widget); image != NULL;
           image = gtk_widget_get_first_child (image))
        for (GtkWidget *child = image; child != NULL; child = gtk_widget_get_next_sibling (child))
          if (GTK_IS_IMAGE (child) && g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (child)), icon_name) == 0)
            return widget;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown (child, type, icon_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The Guides view, first shown: from the action that shows it (Alt+4)
 * to the first frame painted with it on screen. */
typedef struct
{
  GtkWidget *window;
  double shown;
  double last_frame;
  double longest_gap;        /* between frames once shown */
} GuidesShow;

static void
on_guides_painted (GdkFrameClock *clock,
                   GuidesShow    *state)
{
  double now = now_ms ();

  if (state->shown == 0 && find_shown (state->window, PURSUIT_TYPE_GUIDES_VIEW, NULL) != NULL)
    state->shown = now;
  else if (state->shown > 0)
    state->longest_gap = MAX (state->longest_gap, now - state->last_frame);
  state->last_frame = now;
}

static gboolean
guides_shown (gpointer data)
{
  return ((GuidesShow *) data)->shown > 0;
}

/* Returns the time to the first frame; @longest_gap is the longest time
 * between frames in the 3 s after it, while the rest of the guide is
 * laid out. */
static double
time_guides_first_show (GtkWidget *window,
                        double    *longest_gap)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  GuidesShow state = { window, 0, 0, 0 };
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_guides_painted), &state);
  double start = now_ms ();

  gtk_widget_activate_action (window, "win.show-view", "s", "guides");
  run_until (guides_shown, &state, "the Guides view to show");
  pause_ms (3000);
  g_signal_handler_disconnect (clock, handler);
  *longest_gap = state.longest_gap;
  return state.shown - start;
}

/* Times one change, from the call to the first frame painted once the view
 * has its answer. */
typedef void (*Change) (gpointer data);

static void
time_change (GtkWidget *view,
             GtkWidget *entry,
             Change     change,
             gpointer   data,
             gboolean   waits_for_entry,
             GArray    *settled,
             GArray    *painted,
             GArray    *cpu)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (view);
  Keystroke state = { view, !waits_for_entry, 0, 0, 0 };
  gulong changed_handler, searching_handler, paint_handler;
  double start, start_cpu, elapsed;

  changed_handler = g_signal_connect_data (entry, "search-changed", G_CALLBACK (on_bench_search_changed), &state,
                                           NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  searching_handler = g_signal_connect_swapped (view, "notify::searching", G_CALLBACK (settle_if_answered), &state);
  paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_keystroke_painted), &state);
  start = now_ms ();
  start_cpu = thread_cpu_ms ();
  change (data);
  if (!waits_for_entry)
    {
      state.settled = now_ms ();
      gtk_widget_queue_draw (view);
    }
  run_until (keystroke_shown, &state, "a keystroke to show");
  g_signal_handler_disconnect (entry, changed_handler);
  g_signal_handler_disconnect (view, searching_handler);
  g_signal_handler_disconnect (clock, paint_handler);

  elapsed = state.settled - start;
  g_array_append_val (settled, elapsed);
  elapsed = state.painted - start;
  g_array_append_val (painted, elapsed);
  elapsed = state.painted_cpu - start_cpu;
  g_array_append_val (cpu, elapsed);
  pause_ms (TYPING_PAUSE_MS);
}

typedef struct
{
  GtkWidget *entry;
  const char *text;
} TextChange;

static void
set_entry_text (gpointer data)
{
  TextChange *change = data;

  gtk_editable_set_text (GTK_EDITABLE (change->entry), change->text);
}

static void
toggle_button (gpointer data)
{
  GtkToggleButton *button = data;

  gtk_toggle_button_set_active (button, !gtk_toggle_button_get_active (button));
}

static void
toggle_open_filter (gpointer data)
{
  g_autofree char *filter = NULL;

  g_object_get (data, "stage-filter", &filter, NULL);
  g_object_set (data, "stage-filter", g_strcmp0 (filter, "open") == 0 ? "all" : "open", NULL);
}

static void
measure_typing (GtkWidget   *window,
                GtkListView *list,
                guint32      seed,
                guint      n_keystrokes)
{
  GtkWidget *view = find_shown (window, PURSUIT_TYPE_JOBS_VIEW, NULL);
  g_autoptr(GPtrArray) queries = pursuit_bench_make_queries (seed + 1, n_keystrokes);
  GArray *timings[12];
  GtkWidget *entry, *attention;
  GtkRoot *root = GTK_ROOT (window);
  guint n_shown = 0;

  for (guint i = 0; i < G_N_ELEMENTS (timings); i++)
    timings[i] = g_array_new (FALSE, FALSE, sizeof (double));

  pursuit_view_start_search (PURSUIT_VIEW (view));
  entry = gtk_widget_get_ancestor (gtk_root_get_focus (root), GTK_TYPE_SEARCH_ENTRY);
  g_assert (entry != NULL);

  for (guint i = 0; i < queries->len; i++)
    {
      const char *query = g_ptr_array_index (queries, i);
      TextChange change = { entry, query };
      gboolean one_letter = last_word_length (query) == 1;

      if (i > 0 && g_utf8_strlen (query, -1) == 1)
        {
          TextChange clear = { entry, "" };

          time_change (view, entry, set_entry_text, &clear, TRUE, timings[2], timings[3], timings[10]);
        }
      time_change (view, entry, set_entry_text, &change, TRUE,
                   timings[one_letter ? 6 : 0], timings[one_letter ? 7 : 1], timings[one_letter ? 9 : 8]);
      if (!one_letter)
        n_shown += g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list)));
    }
  {
    TextChange clear = { entry, "" };

    time_change (view, entry, set_entry_text, &clear, TRUE, timings[2], timings[3], timings[10]);
  }
  pursuit_view_start_search (PURSUIT_VIEW (view));
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (gtk_widget_get_ancestor (entry, GTK_TYPE_SEARCH_BAR)), FALSE);

  attention = find_shown (view, GTK_TYPE_TOGGLE_BUTTON, "dialog-warning-symbolic");
  g_assert (attention != NULL);
  for (guint i = 0; i < MAX (2, n_keystrokes / 3); i++)
    {
      time_change (view, entry, toggle_open_filter, view, FALSE, timings[4], timings[5], timings[11]);
      if (gtk_widget_get_sensitive (attention))
        time_change (view, entry, toggle_button, attention, FALSE, timings[4], timings[5], timings[11]);
    }

  g_print ("6. The list: keystroke or filter to a painted frame  p50 ms   p95 ms   max ms\n");
  g_print ("  (set in the entry, %d ms between keys; mean %.0f jobs listed per search)\n", TYPING_PAUSE_MS,
           timings[0]->len > 0 ? (double) n_shown / timings[0]->len : 0);
  print_timings ("typing, 2+ letters: to the view's answer", timings[0]);
  print_timings ("  to the next painted frame", timings[1]);
  print_timings ("  main thread's CPU time until then", timings[8]);
  print_timings ("typing, a word's first letter: answer", timings[6]);
  print_timings ("  to the next painted frame", timings[7]);
  print_timings ("  main thread's CPU time until then", timings[9]);
  print_timings ("clearing the search: to the answer", timings[2]);
  print_timings ("  to the next painted frame", timings[3]);
  print_timings ("  main thread's CPU time until then", timings[10]);
  print_timings ("stage filter or Needs attention: filtered", timings[4]);
  print_timings ("  to the next painted frame", timings[5]);
  print_timings ("  main thread's CPU time until then", timings[11]);
  g_print ("\n");
  for (guint i = 0; i < G_N_ELEMENTS (timings); i++)
    g_array_unref (timings[i]);
}

static gboolean
generate_in_child (const char *path,
                   int         jobs,
                   int         seed)
{
  pid_t pid = fork ();
  int status = 0;

  if (pid < 0)
    return FALSE;

  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!pursuit_bench_generate (path, jobs, seed, pursuit_bench_today (), TRUE, &error))
        {
          g_printerr ("Could not generate the jobs: %s\n", error->message);
          _exit (1);
        }
      _exit (0);
    }

  return waitpid (pid, &status, 0) == pid && WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
set_default_environment (void)
{
  /* The user's settings must neither change the figures nor be changed. */
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  g_setenv ("GSETTINGS_SCHEMA_DIR", BENCH_SCHEMA_DIR, FALSE);
  /* No assistive technology listens in a benchmark session. */
  g_setenv ("GTK_A11Y", "none", FALSE);
}

int
main (int   argc,
      char *argv[])
{
  Options options = { -1, 1, 200, 50, 60, NULL };
  const GOptionEntry entries[] = {
    { "jobs", 0, 0, G_OPTION_ARG_INT, &options.jobs, "How many jobs", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &options.seed, "Seed of the random data (default 1)", "S" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &options.keep,
      "Keep the database at PATH (reused if it exists) instead of a temporary one", "PATH" },
    { "queries", 0, 0, G_OPTION_ARG_INT, &options.n_queries, "Search queries (default 200)", "N" },
    { "moves", 0, 0, G_OPTION_ARG_INT, &options.n_moves, "Moves (default 50)", "N" },
    { "keystrokes", 0, 0, G_OPTION_ARG_INT, &options.n_keystrokes,
      "Keystrokes typed into the search box (default 60)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) option_context = g_option_context_new ("- measure Pursuit with many jobs");
  g_autoptr(GError) error = NULL;
  g_autofree char *temp_dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(PursuitContent) content = NULL;
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(PursuitContext) context = NULL;
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GPtrArray) queries = NULL;
  g_autoptr(GRand) rng = NULL;
  g_autoptr(GArray) repository_search = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) store_search = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *insights_timings[8];
  double first_tagging[2] = { 0, 0 };
  guint n_first_tagged = 0;
  guint insights_applied = 0;
  GArray *by_length[3];
  g_autoptr(GArray) move_notified = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) move_painted = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) repository_moves = g_array_new (FALSE, FALSE, sizeof (double));
  FirstScreen first = { 0 };
  GListModel *jobs_model;
  GListModel *shown;
  GdkFrameClock *clock;
  GStatBuf info;
  double generated = -1, started, content_ms, peak_after_paint, rss_after_paint;
  double list_ms, open_ms;
  guint rows, rows_on_screen, widgets, n_jobs, matches = 0;
  guint all_lists = 0, all_rows = 0;
  gulong handler;
  const char *search_stopped = NULL;
  double present_ms;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (option_context, entries, NULL);
  if (!g_option_context_parse (option_context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (options.jobs < 0)
    {
      g_printerr ("Usage: %s --jobs N [--seed S] [--keep PATH]\n", g_get_prgname ());
      return 2;
    }
  set_default_environment ();

  if (options.keep != NULL)
    path = g_strdup (options.keep);
  else
    {
      temp_dir = g_dir_make_tmp ("pursuit-bench-XXXXXX", &error);
      if (temp_dir == NULL)
        g_error ("%s", error->message);
      path = g_build_filename (temp_dir, "pursuit.db", NULL);
    }

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      double start = now_ms ();

      g_printerr ("Generating %d jobs (seed %d) in %s\n", options.jobs, options.seed, path);
      if (!generate_in_child (path, options.jobs, options.seed))
        return 1;
      generated = now_ms () - start;
    }

  /* Everything above ran without threads, as fork() needs. */
  gtk_init ();
  adw_init ();

  started = now_ms ();
  content = pursuit_content_new_from_resource (NULL, &error);
  if (content == NULL)
    g_error ("%s", error->message);
  content_ms = now_ms () - started;

  /* 1. Open and first screen, as the app does it: the window opens the
   * store, which reads the jobs on its worker thread. */
  first.start = now_ms ();
  store = pursuit_store_new (path);
  settings = g_settings_new ("io.github.pursuit.Pursuit");
  context = pursuit_context_new (store, content, settings);
  jobs_model = pursuit_store_get_jobs (store);
  handler = g_signal_connect (jobs_model, "items-changed", G_CALLBACK (on_jobs_loaded), &first);
  first.store = store;
  first.window = GTK_WIDGET (pursuit_window_new (NULL, context));
  started = now_ms ();
  gtk_window_present (GTK_WINDOW (first.window));
  present_ms = now_ms () - started;
  clock = gtk_widget_get_frame_clock (first.window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_screen_painted), &first);
  g_signal_connect (store, "notify::open", G_CALLBACK (on_store_open), &first);
  run_until (first_screen_shown, &first, "the first frame with the jobs list");
  g_signal_handlers_disconnect_by_func (clock, on_first_screen_painted, &first);
  g_signal_handlers_disconnect_by_func (store, on_store_open, &first);
  g_signal_handler_disconnect (jobs_model, handler);

  peak_after_paint = peak_memory_mb ();
  rss_after_paint = resident_memory_mb ();
  n_jobs = g_list_model_get_n_items (jobs_model);
  rows = count_rows (first.list);
  rows_on_screen = count_rows_on_screen (first.list);
  widgets = count_widgets (first.window);
  count_all_rows (first.window, &all_lists, &all_rows);
  shown = G_LIST_MODEL (gtk_list_view_get_model (first.list));

  /* 3. Moves of jobs on screen, so each one has a row to repaint. Before
   * the searches, which may not finish (see below). */
  g_printerr ("Moving jobs\n");
  rng = g_rand_new_with_seed (options.seed);
  for (int i = 0; i < options.n_moves; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (shown, i % MAX (1, MIN (rows_on_screen, 8)));
      PursuitJob *job = pursuit_slot_model_unwrap (row);
      PursuitStage *stage = other_stage (pursuit_store_get_stages (store), job, rng);
      MoveState state = { 0 };
      gulong notify_handler, paint_handler;
      double elapsed;

      notify_handler = g_signal_connect (job, "notify::stage", G_CALLBACK (on_stage_notify), &state);
      paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_move_painted), &state);

      state.start = now_ms ();
      /* As the board does. */
      pursuit_store_move_job_async (store, job, stage, NULL, NULL, on_moved, &state);
      run_until (move_shown, &state, "a moved job to show");

      g_signal_handler_disconnect (job, notify_handler);
      g_signal_handler_disconnect (clock, paint_handler);
      if (state.failed)
        return 1;

      elapsed = state.notified - state.start;
      g_array_append_val (move_notified, elapsed);
      elapsed = state.painted - state.start;
      g_array_append_val (move_painted, elapsed);
    }

  repository = pursuit_repository_open (path, &error);
  if (repository == NULL)
    g_error ("%s", error->message);

  /* The same move without the store, for comparison: jobs far from the
   * screen, so the window's model does not matter. */
  for (int i = 0; i < options.n_moves && n_jobs > 0; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (jobs_model, n_jobs - 1 - (i % n_jobs));
      PursuitStage *stage = other_stage (pursuit_store_get_stages (store), job, rng);
      double start = now_ms (), elapsed;

      if (!pursuit_repository_move_job (repository, pursuit_job_get_id (job), pursuit_stage_get_id (stage),
                                        NULL, g_get_real_time () / G_USEC_PER_SEC, &error))
        g_error ("%s", error->message);
      elapsed = now_ms () - start;
      g_array_append_val (repository_moves, elapsed);
    }

  /* 2. Search, per keystroke: first through the store as the app would,
   * then straight on a connection of our own. A query that takes longer
   * than SEARCH_LIMIT_SECONDS stops the searches: it cannot be cancelled,
   * so the figures are printed and the process leaves without waiting. */
  g_printerr ("Searching\n");
  queries = pursuit_bench_make_queries (options.seed, options.n_queries);
  for (guint i = 0; i < queries->len && !search_stopped; i++)
    {
      SearchState state = { NULL, FALSE };
      double start = now_ms (), elapsed;

      pursuit_store_search_jobs_async (store, g_ptr_array_index (queries, i), NULL, on_searched, &state);
      if (!run_until_or_timeout (search_done, &state, SEARCH_LIMIT_SECONDS))
        {
          search_stopped = g_ptr_array_index (queries, i);
          break;
        }
      elapsed = now_ms () - start;
      g_array_append_val (store_search, elapsed);
      g_array_unref (state.ids);
    }

  for (guint i = 0; i < G_N_ELEMENTS (by_length); i++)
    by_length[i] = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < queries->len && search_stopped == NULL; i++)
    {
      const char *query = g_ptr_array_index (queries, i);
      double start = now_ms (), elapsed;
      g_autoptr(GArray) ids = pursuit_repository_search_jobs (repository, query, &error);

      elapsed = now_ms () - start;
      if (ids == NULL)
        g_error ("%s", error->message);
      matches += ids->len;
      g_array_append_val (repository_search, elapsed);
      g_array_append_val (by_length[CLAMP (last_word_length (query), 1, 3) - 1], elapsed);
    }

  /* Insights: for each run the salary
   * engine's tags of every job as the view worked them out before, the
   * aggregates alone, with the kept tags (brought up to date first, here
   * nothing to do) and with the engine's tags given, and the round trip
   * through the store the view makes; then the first tagging of every
   * job (schema 10: after an upgrade, or when the content or preferences
   * change; the app does it on the store's worker in turns). */
  for (guint i = 0; i < G_N_ELEMENTS (insights_timings); i++)
    insights_timings[i] = g_array_new (FALSE, FALSE, sizeof (double));
  {
    /* A file from before schema 10: its jobs tagged first, as the app
     * does after opening. */
    InsightsState state = { NULL, FALSE };

    pursuit_store_update_insights_tags_async (store, pursuit_context_get_insights_tagger (context), 0, NULL,
                                              on_tagged, &state);
    run_until (insights_done, &state, "the tags");
  }
  for (guint run = 0; run < INSIGHTS_RUNS; run++)
    {
      PursuitInsightsQuery query = { NULL, NULL, NULL, NULL, 14, g_get_real_time () / G_USEC_PER_SEC, NULL };
      g_autoptr(GArray) tags = NULL;
      g_autoptr(PursuitInsights) plain = NULL;
      g_autoptr(PursuitInsights) kept = NULL;
      g_autoptr(PursuitInsights) given = NULL;
      InsightsState state = { NULL, FALSE };
      double start = now_ms (), elapsed, cpu_start, cpu;

      tags = pursuit_insights_tag_jobs (pursuit_context_get_salary_engine (context),
                                        pursuit_context_get_salary_preferences (context),
                                        pursuit_store_get_jobs (store));
      elapsed = now_ms () - start;
      g_array_append_val (insights_timings[0], elapsed);

      start = now_ms ();
      cpu_start = thread_cpu_ms ();
      plain = pursuit_repository_compute_insights (repository, &query, &error);
      elapsed = now_ms () - start;
      cpu = thread_cpu_ms () - cpu_start;
      if (plain == NULL)
        g_error ("%s", error->message);
      g_array_append_val (insights_timings[1], elapsed);
      g_array_append_val (insights_timings[4], cpu);

      query.tagger = pursuit_context_get_insights_tagger (context);
      start = now_ms ();
      cpu_start = thread_cpu_ms ();
      kept = pursuit_repository_compute_insights (repository, &query, &error);
      elapsed = now_ms () - start;
      cpu = thread_cpu_ms () - cpu_start;
      if (kept == NULL)
        g_error ("%s", error->message);
      g_array_append_val (insights_timings[2], elapsed);
      g_array_append_val (insights_timings[5], cpu);

      query.tags = tags;
      cpu_start = thread_cpu_ms ();
      given = pursuit_repository_compute_insights (repository, &query, &error);
      cpu = thread_cpu_ms () - cpu_start;
      if (given == NULL)
        g_error ("%s", error->message);
      g_array_append_val (insights_timings[6], cpu);
      query.tags = NULL;

      /* As the view asks: the kept tags. */
      start = now_ms ();
      pursuit_store_compute_insights_async (store, &query, NULL, on_insights, &state);
      run_until (insights_done, &state, "the insights");
      elapsed = now_ms () - start;
      g_array_append_val (insights_timings[3], elapsed);
      insights_applied = state.insights->total.reached[0];
      pursuit_insights_free (state.insights);
    }

  /* After the runs: this session's writes make the store read its
   * pages and stamps again, which the runs would wait for. */
  {
    PursuitInsightsTagger *tagger = pursuit_context_get_insights_tagger (context);
    double start, cpu_start;

    if (!pursuit_repository_update_insights_tags (repository, tagger, 0, NULL, NULL, &error) ||
        !pursuit_database_exec (pursuit_repository_get_database (repository),
                                "UPDATE jobs SET insights_pay = NULL, insights_role = NULL", &error))
      g_error ("%s", error->message);
    start = now_ms ();
    cpu_start = thread_cpu_ms ();
    if (!pursuit_repository_update_insights_tags (repository, tagger, 0, &n_first_tagged, NULL, &error))
      g_error ("%s", error->message);
    first_tagging[0] = now_ms () - start;
    first_tagging[1] = thread_cpu_ms () - cpu_start;
  }

  /* Where the opening time goes: the same steps again on a new connection,
   * in a process that is now large and warm, so only a rough guide. */
  {
    g_autoptr(PursuitRepository) fresh = NULL;
    g_autoptr(GPtrArray) listed = NULL;
    double start = now_ms ();

    fresh = pursuit_repository_open (path, &error);
    if (fresh == NULL)
      g_error ("%s", error->message);
    open_ms = now_ms () - start;
    start = now_ms ();
    listed = pursuit_repository_list_jobs (fresh, &error);
    if (listed == NULL)
      g_error ("%s", error->message);
    list_ms = now_ms () - start;
  }

  /* The figures. */
  g_print ("\nPursuit benchmark: %u jobs (seed %d), %u CPUs, GSK_RENDERER=%s\n", n_jobs, options.seed,
           g_get_num_processors (), g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "(default)");
  g_print ("Database: %s", path);
  if (g_stat (path, &info) == 0)
    g_print (", %.1f MB", info.st_size / 1e6);
  if (generated >= 0)
    g_print (", generated in %.1f s", generated / 1000);
  g_print ("\n\n");

  g_print ("1. Open the database and show the first screen of the list\n");
  g_print ("  %-44s %8.1f ms\n", "built-in content read (before the window)", content_ms);
  g_print ("  %-44s %8.1f ms\n", "gtk_window_present() (sizes every page)", present_ms);
  g_print ("  %-44s %8.1f ms\n", "first jobs in the model", first.model_loaded - first.start);
  g_print ("  %-44s %8.1f ms\n", "every job in the model (store open)", first.all_loaded - first.start);
  g_print ("  %-44s %8.1f ms\n", "first frame after that", first.all_loaded_frame - first.start);
  g_print ("  %-44s %8.1f ms  (%u frames)\n", "first frame showing the list", first.first_frame - first.start,
           first.frames);
  g_print ("  %-44s %8.1f ms\n", "repository open again, at the end", open_ms);
  g_print ("  %-44s %8.1f ms\n", "list_jobs again, at the end", list_ms);
  g_print ("  %-44s %8u of %u jobs (%u on screen)\n", "row widgets in the jobs list", rows, n_jobs, rows_on_screen);
  g_print ("  %-44s %8u in %u list views (shown or not)\n", "row widgets in all list views", all_rows, all_lists);
  g_print ("  %-44s %8u\n", "widgets in the whole window", widgets);
  g_print ("\n");

  g_print ("2. Full-text search, %u keystroke-like queries     p50 ms   p95 ms   max ms\n", queries->len);
  if (search_stopped != NULL)
    g_print ("  STOPPED: the query \"%s\" took over %d s through the store (%u queries done)\n",
             search_stopped, SEARCH_LIMIT_SECONDS, store_search->len);
  print_timings ("store round trip (search async)", store_search);
  print_timings ("pursuit_repository_search_jobs", repository_search);
  print_timings ("  last word typed so far: 1 letter", by_length[0]);
  print_timings ("  last word typed so far: 2 letters", by_length[1]);
  print_timings ("  last word typed so far: 3+ letters", by_length[2]);
  g_print ("  %-44s %8.0f\n", "mean matches per query", queries->len > 0 ? (double) matches / queries->len : 0);
  g_print ("\n");

  g_print ("3. Move a job to another stage, %d moves          p50 ms   p95 ms   max ms\n", options.n_moves);
  print_timings ("store: call -> \"stage\" notify on the job", move_notified);
  print_timings ("store: call -> next painted frame", move_painted);
  print_timings ("pursuit_repository_move_job alone", repository_moves);
  g_print ("\n");

  g_print ("4. Insights, %d runs (%u applied jobs)                p50 ms   p95 ms   max ms\n", INSIGHTS_RUNS,
           insights_applied);
  g_print ("  %-44s %8.0f %8.0f  (wall, CPU; %u jobs, once)\n", "first tagging of every job, kept in the file",
           first_tagging[0], first_tagging[1], n_first_tagged);
  print_timings ("engine's tags of every job (before: each run)", insights_timings[0]);
  print_timings ("pursuit_repository_compute_insights, no tags", insights_timings[1]);
  print_timings ("  the same with the kept tags (by pay)", insights_timings[2]);
  print_timings ("  CPU time of this thread, no tags", insights_timings[4]);
  print_timings ("  CPU time of this thread, kept tags", insights_timings[5]);
  print_timings ("  CPU time of this thread, engine's tags given", insights_timings[6]);
  print_timings ("store round trip (compute async, kept tags)", insights_timings[3]);
  for (guint i = 0; i < G_N_ELEMENTS (insights_timings); i++)
    g_array_unref (insights_timings[i]);
  g_print ("\n");

  g_print ("5. Memory\n");
  g_print ("  %-44s %8.1f MB\n", "peak (VmHWM) after the first frame", peak_after_paint);
  g_print ("  %-44s %8.1f MB\n", "resident (VmRSS) after the first frame", rss_after_paint);
  g_print ("  %-44s %8.1f MB\n", "peak (VmHWM) at the end", peak_memory_mb ());
  g_print ("\n");

  if (search_stopped == NULL && options.n_keystrokes > 0)
    measure_typing (first.window, first.list, options.seed, options.n_keystrokes);

  /* Last: it leaves the Guides view on screen. */
  if (search_stopped == NULL)
    {
      double longest_gap;
      double guides_ms = time_guides_first_show (first.window, &longest_gap);

      g_print ("The Guides view, first shown (its content read before the window)\n");
      g_print ("  %-44s %8.1f ms\n", "Alt+4 to the first frame showing it", guides_ms);
      g_print ("  %-44s %8.1f ms\n", "longest time between frames, 3 s after", longest_gap);
      g_print ("  %-44s %8u\n", "widgets in the whole window then", count_widgets (first.window));
      g_print ("\n");
    }

  /* The worker still runs the query that took too long. */
  if (search_stopped != NULL)
    {
      fflush (stdout);
      _exit (0);
    }

  gtk_window_destroy (GTK_WINDOW (first.window));
  g_clear_object (&repository);
  g_clear_object (&context);
  g_clear_object (&store);
  if (temp_dir != NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      g_rmdir (temp_dir);
    }
  for (guint i = 0; i < G_N_ELEMENTS (by_length); i++)
    g_array_unref (by_length[i]);
  g_free (options.keep);
  return 0;
}
