/* SPDX-License-Identifier: GPL-3.0-or-later */

/* pursuit-xprobe: measures a GTK program from outside, as a user meets it,
 * in an X display (the benchmark runs it in Xvfb). It sees only what the X
 * server sees: the program's window and its pixels, and /proc.
 *
 *   pursuit-xprobe paint [--settle MS] -- COMMAND [ARG...]
 *     Starts COMMAND and prints, in one line, the milliseconds from the
 *     start to its first painted frame (the first time its window shows
 *     more than two colours), to the last change that touched more than
 *     0.1% of the window before the settle time, and the peak memory of the
 *     process (VmHWM) read once the settle time (default 6000 ms from the
 *     start) has passed; then ends the program.
 *
 *   pursuit-xprobe keys [--words W,W,...] [--filter-click X,Y] -- COMMAND [ARG...]
 *     Starts COMMAND (the app with its jobs), waits until it is idle, opens
 *     the search with Ctrl+F, then for each word types it a letter at a
 *     time, clears the search (Ctrl+A, BackSpace) and, with --filter-click,
 *     clicks the filter toggle at X,Y (window coordinates) twice. Keys and
 *     clicks go through XTest, as from a keyboard. After each one it grabs
 *     the list area (below the search entry, left of the line between the
 *     panes, found from the blinking caret) every 2 ms and
 *     records the time to the first changed frame and to the last change
 *     before it is still for 300 ms; a key with no change within the
 *     timeout (2000 ms) is counted apart, as changed later (it looks on
 *     for 5 s) or not at all (the rows on screen stayed the same). Prints
 *     p50/p95 per kind (and each key's times with --log).
 *
 * Grabs use MIT-SHM (the server writes into memory both share), so one
 * costs about what copying the pixels costs; the cost is printed. */

#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#define POLL_MS 2.0
#define LATE_MS 5000.0

typedef struct
{
  Display *display;
  Window window;
  pid_t pid;
  int width;
  int height;
  double start_ms;
} Target;

typedef struct
{
  XImage *image;
  XShmSegmentInfo shm;
  int x, y, width, height;
} Grab;

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static void
sleep_ms (double ms)
{
  struct timespec ts;

  if (ms <= 0)
    return;
  ts.tv_sec = (time_t) (ms / 1000);
  ts.tv_nsec = (long) ((ms - ts.tv_sec * 1000.0) * 1e6);
  while (nanosleep (&ts, &ts) != 0 && errno == EINTR)
    ;
}

static void
die (const char *message)
{
  fprintf (stderr, "pursuit-xprobe: %s\n", message);
  exit (1);
}

/* A window that goes away while it is grabbed (the program ended) must not
 * end the probe; the grab reports the failure. */
static int
on_x_error (Display     *display,
            XErrorEvent *event)
{
  char text[128];

  XGetErrorText (display, event->error_code, text, sizeof text);
  fprintf (stderr, "pursuit-xprobe: X error: %s\n", text);
  return 0;
}

static pid_t
window_pid (Display *display,
            Window   window)
{
  Atom type;
  int format;
  unsigned long count, after;
  unsigned char *data = NULL;
  pid_t pid = 0;

  if (XGetWindowProperty (display, window, XInternAtom (display, "_NET_WM_PID", False), 0, 1, False,
                          XA_CARDINAL, &type, &format, &count, &after, &data) == Success &&
      data != NULL && format == 32 && count == 1)
    pid = (pid_t) *(unsigned long *) data;
  if (data != NULL)
    XFree (data);
  return pid;
}

/* Starts the command and waits (up to 60 s) for its first top-level window
 * of at least 200 × 200 pixels to be mapped. */
static void
start_target (Target *target,
              char  **command)
{
  Window root = DefaultRootWindow (target->display);
  double deadline;

  XSelectInput (target->display, root, SubstructureNotifyMask);
  XSync (target->display, False);

  target->start_ms = now_ms ();
  target->pid = fork ();
  if (target->pid < 0)
    die ("fork failed");
  if (target->pid == 0)
    {
      execvp (command[0], command);
      fprintf (stderr, "pursuit-xprobe: cannot run %s: %s\n", command[0], strerror (errno));
      _exit (127);
    }

  deadline = target->start_ms + 60000;
  while (now_ms () < deadline)
    {
      struct pollfd fd = { ConnectionNumber (target->display), POLLIN, 0 };
      XEvent event;
      XWindowAttributes attributes;
      int status;

      if (waitpid (target->pid, &status, WNOHANG) == target->pid)
        die ("the program ended before it showed a window");
      if (XPending (target->display) == 0)
        {
          poll (&fd, 1, 5);
          continue;
        }
      XNextEvent (target->display, &event);
      if (event.type != MapNotify || event.xmap.override_redirect ||
          window_pid (target->display, event.xmap.window) != target->pid ||
          !XGetWindowAttributes (target->display, event.xmap.window, &attributes) ||
          attributes.width < 200 || attributes.height < 200)
        continue;

      target->window = event.xmap.window;
      target->width = attributes.width;
      target->height = attributes.height;
      XSelectInput (target->display, root, NoEventMask);
      return;
    }
  die ("no window within 60 s");
}

static long
peak_memory_kb (pid_t pid)
{
  char path[64], line[256];
  long kb = -1;
  FILE *file;

  snprintf (path, sizeof path, "/proc/%d/status", (int) pid);
  if ((file = fopen (path, "r")) == NULL)
    return -1;
  while (fgets (line, sizeof line, file) != NULL)
    if (strncmp (line, "VmHWM:", 6) == 0)
      kb = strtol (line + 6, NULL, 10);
  fclose (file);
  return kb;
}

/* CPU time the process has used, in clock ticks. */
static long
cpu_ticks (pid_t pid)
{
  char path[64], text[1024];
  const char *after_name;
  long utime = 0, stime = 0;
  FILE *file;
  size_t n;

  snprintf (path, sizeof path, "/proc/%d/stat", (int) pid);
  if ((file = fopen (path, "r")) == NULL)
    return -1;
  n = fread (text, 1, sizeof text - 1, file);
  fclose (file);
  text[n] = '\0';
  if ((after_name = strrchr (text, ')')) == NULL ||
      sscanf (after_name + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %ld %ld", &utime, &stime) != 2)
    return -1;
  return utime + stime;
}

static void
stop_target (Target *target)
{
  int status;

  kill (target->pid, SIGTERM);
  for (int i = 0; i < 300; i++)
    {
      if (waitpid (target->pid, &status, WNOHANG) == target->pid)
        return;
      sleep_ms (10);
    }
  kill (target->pid, SIGKILL);
  waitpid (target->pid, &status, 0);
}

static void
grab_init (Grab    *grab,
           Display *display,
           int x, int y, int width, int height)
{
  int screen = DefaultScreen (display);

  grab->x = x;
  grab->y = y;
  grab->width = width;
  grab->height = height;
  grab->image = XShmCreateImage (display, DefaultVisual (display, screen), DefaultDepth (display, screen),
                                 ZPixmap, NULL, &grab->shm, width, height);
  if (grab->image == NULL)
    die ("cannot make a shared-memory image (MIT-SHM)");
  grab->shm.shmid = shmget (IPC_PRIVATE, grab->image->bytes_per_line * height, IPC_CREAT | 0600);
  if (grab->shm.shmid < 0)
    die ("shmget failed");
  grab->shm.shmaddr = grab->image->data = shmat (grab->shm.shmid, NULL, 0);
  grab->shm.readOnly = False;
  if (!XShmAttach (display, &grab->shm))
    die ("XShmAttach failed");
  XSync (display, False);
  /* Gone once both sides detach, even if this program is killed. */
  shmctl (grab->shm.shmid, IPC_RMID, NULL);
}

static void
grab_clear (Grab    *grab,
            Display *display)
{
  XShmDetach (display, &grab->shm);
  XSync (display, False);
  shmdt (grab->shm.shmaddr);
  grab->image->data = NULL;
  XDestroyImage (grab->image);
}

static size_t
grab_size (const Grab *grab)
{
  return (size_t) grab->image->bytes_per_line * grab->height;
}

static int
grab_take (Grab    *grab,
           Display *display,
           Window   window)
{
  return XShmGetImage (display, window, grab->image, grab->x, grab->y, AllPlanes);
}

/* How many 32-bit pixels differ between two grabs of the same size. */
static long
pixels_changed (const Grab          *grab,
                const unsigned char *before)
{
  const uint32_t *a = (const uint32_t *) before;
  const uint32_t *b = (const uint32_t *) grab->image->data;
  size_t n = grab_size (grab) / 4;
  long changed = 0;

  if (memcmp (before, grab->image->data, grab_size (grab)) == 0)
    return 0;
  for (size_t i = 0; i < n; i++)
    changed += (a[i] & 0xffffff) != (b[i] & 0xffffff);
  return changed;
}

/* More than two colours: not a blank or patterned background. */
static int
looks_painted (const Grab *grab)
{
  const uint32_t *p = (const uint32_t *) grab->image->data;
  size_t n = grab_size (grab) / 4;
  uint32_t first = p[0] & 0xffffff, second = first;

  for (size_t i = 1; i < n; i++)
    {
      uint32_t v = p[i] & 0xffffff;

      if (v == first || v == second)
        continue;
      if (second == first)
        second = v;
      else
        return 1;
    }
  return 0;
}

/* With PURSUIT_XPROBE_DUMP=PREFIX, a grab is also saved as PREFIX-NAME.ppm,
 * to look at what was measured. */
static void
dump_grab (const Grab *grab,
           const char *name)
{
  const char *prefix = getenv ("PURSUIT_XPROBE_DUMP");
  char path[4096];
  FILE *file;

  if (prefix == NULL || *prefix == '\0')
    return;
  snprintf (path, sizeof path, "%s-%s.ppm", prefix, name);
  if ((file = fopen (path, "wb")) == NULL)
    return;
  fprintf (file, "P6\n%d %d\n255\n", grab->width, grab->height);
  for (int y = 0; y < grab->height; y++)
    for (int x = 0; x < grab->width; x++)
      {
        unsigned long pixel = XGetPixel (grab->image, x, y);
        unsigned char rgb[3] = { (pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff };

        fwrite (rgb, 1, 3, file);
      }
  fclose (file);
}

/* paint */

static int
run_paint (Display *display,
           double   settle_ms,
           char   **command)
{
  Target target = { display };
  Grab band, whole;
  unsigned char *previous;
  double first_paint = -1, last_change = -1, cost = 0;
  long grabs = 0, peak;

  start_target (&target, command);

  /* The top band of the window (the header bar) is enough to see the first
   * frame, and costs little to grab every 2 ms while the program starts. */
  grab_init (&band, display, 0, 0, target.width, target.height < 64 ? target.height : 64);
  while (now_ms () - target.start_ms < 30000)
    {
      double t = now_ms ();

      if (grab_take (&band, display, target.window) && looks_painted (&band))
        {
          first_paint = t - target.start_ms;
          break;
        }
      sleep_ms (POLL_MS - (now_ms () - t));
    }
  grab_clear (&band, display);
  if (first_paint < 0)
    {
      stop_target (&target);
      die ("the window was not painted within 30 s");
    }

  /* Then the whole window every 10 ms until the settle time: the last
   * change larger than a blinking caret is when it looked complete. */
  last_change = first_paint;
  grab_init (&whole, display, 0, 0, target.width, target.height);
  previous = malloc (grab_size (&whole));
  grab_take (&whole, display, target.window);
  dump_grab (&whole, "first-paint");
  memcpy (previous, whole.image->data, grab_size (&whole));
  while (now_ms () - target.start_ms < settle_ms)
    {
      double t = now_ms ();
      long changed;

      if (!grab_take (&whole, display, target.window))
        break;
      cost += now_ms () - t;
      grabs++;
      changed = pixels_changed (&whole, previous);
      if (changed > (long) target.width * target.height / 1000)
        last_change = t - target.start_ms;
      if (changed > 0)
        memcpy (previous, whole.image->data, grab_size (&whole));
      sleep_ms (10 - (now_ms () - t));
    }
  free (previous);
  dump_grab (&whole, "settled");
  grab_clear (&whole, display);

  peak = peak_memory_kb (target.pid);
  stop_target (&target);
  printf ("first-paint-ms %.1f last-change-ms %.1f peak-kb %ld window %dx%d grab-ms %.2f\n",
          first_paint, last_change, peak, target.width, target.height, grabs ? cost / grabs : 0);
  return 0;
}

/* keys */

typedef enum
{
  KIND_FIRST_LETTER,
  KIND_LETTER,
  KIND_CLEAR,
  KIND_FILTER,
  N_KINDS
} Kind;

static const char * const kind_names[N_KINDS] = {
  "first letter of a word", "later letters", "clear the search", "toggle the filter",
};

typedef struct
{
  double *first, *last;
  int n;
  int late;         /* changed, but after the timeout */
  double latest;
  int unchanged;    /* no change within LATE_MS */
} Samples;

static Samples samples[N_KINDS];
static int log_events;

static void
send_key (Display    *display,
          const char *modifier,
          KeySym      keysym)
{
  KeyCode code = XKeysymToKeycode (display, keysym);
  KeyCode mod = modifier != NULL ? XKeysymToKeycode (display, XStringToKeysym (modifier)) : 0;

  if (code == 0)
    die ("a key has no key code in this keyboard map");
  if (mod != 0)
    XTestFakeKeyEvent (display, mod, True, CurrentTime);
  XTestFakeKeyEvent (display, code, True, CurrentTime);
  XTestFakeKeyEvent (display, code, False, CurrentTime);
  if (mod != 0)
    XTestFakeKeyEvent (display, mod, False, CurrentTime);
  XSync (display, False);
}

/* Past the window's bottom-right corner, or at the screen's. */
static void
park_pointer (Target *target)
{
  Screen *screen = DefaultScreenOfDisplay (target->display);
  int x = target->width + 10 < WidthOfScreen (screen) ? target->width + 10 : WidthOfScreen (screen) - 1;
  int y = target->height + 10 < HeightOfScreen (screen) ? target->height + 10 : HeightOfScreen (screen) - 1;

  XTestFakeMotionEvent (target->display, DefaultScreen (target->display), x, y, CurrentTime);
  XSync (target->display, False);
}

/* Points at X,Y, waits for the hover to show, clicks; returns the time of
 * the press. */
static double
send_click (Target *target,
            int x, int y)
{
  double pressed;

  XTestFakeMotionEvent (target->display, DefaultScreen (target->display), x, y, CurrentTime);
  XSync (target->display, False);
  sleep_ms (100);
  pressed = now_ms ();
  XTestFakeButtonEvent (target->display, 1, True, CurrentTime);
  XTestFakeButtonEvent (target->display, 1, False, CurrentTime);
  park_pointer (target);
  return pressed;
}

/* Dumps (see dump_grab()) a key's grab as KIND-N-WHEN, N counting the
 * keys of that kind. */
static void
dump_key_grab (const Grab *grab,
               Kind        kind,
               const char *when)
{
  char name[128];

  snprintf (name, sizeof name, "%s-%d-%s", kind_names[kind], samples[kind].n, when);
  for (char *c = name; *c != '\0'; c++)
    if (*c == ' ')
      *c = '-';
  dump_grab (grab, name);
}

/* Grabs the region until it differs from @before (first change) and then
 * until it has been still for 300 ms (last change); times from @sent. */
static void
watch (Target              *target,
       Grab                *grab,
       unsigned char       *before,
       double               sent,
       double               timeout_ms,
       Kind                 kind)
{
  Samples *s = &samples[kind];
  double first = -1, last = -1;

  /* Past the timeout, looks on (every 10 ms) up to LATE_MS, to tell a
   * key that changed nothing from one whose change came late. */
  while (now_ms () - sent < LATE_MS)
    {
      double t = now_ms ();

      grab_take (grab, target->display, target->window);
      if (memcmp (before, grab->image->data, grab_size (grab)) != 0)
        {
          first = last = t - sent;
          memcpy (before, grab->image->data, grab_size (grab));
          dump_key_grab (grab, kind, "first");
          break;
        }
      sleep_ms ((t - sent < timeout_ms ? POLL_MS : 10) - (now_ms () - t));
    }
  if (first < 0 || first >= timeout_ms)
    {
      if (first < 0)
        s->unchanged++;
      else
        {
          s->late++;
          s->latest = first > s->latest ? first : s->latest;
        }
      if (log_events && first < 0)
        printf ("  %s: no change in %.0f ms\n", kind_names[kind], LATE_MS);
      else if (log_events)
        printf ("  %s: first change only after %.0f ms\n", kind_names[kind], first);
      return;
    }
  for (double still_since = now_ms (); now_ms () - still_since < 300 && now_ms () - sent < 10000;)
    {
      double t = now_ms ();

      grab_take (grab, target->display, target->window);
      if (memcmp (before, grab->image->data, grab_size (grab)) != 0)
        {
          last = t - sent;
          still_since = t;
          memcpy (before, grab->image->data, grab_size (grab));
          if (getenv ("PURSUIT_XPROBE_DUMP_ALL") != NULL)
            {
              char when[32];

              snprintf (when, sizeof when, "at-%.0f", last);
              dump_key_grab (grab, kind, when);
            }
        }
      sleep_ms (POLL_MS - (now_ms () - t));
    }
  dump_key_grab (grab, kind, "settled");
  s->first = realloc (s->first, (s->n + 1) * sizeof *s->first);
  s->last = realloc (s->last, (s->n + 1) * sizeof *s->last);
  s->first[s->n] = first;
  s->last[s->n] = last;
  s->n++;
  if (log_events)
    printf ("  %s: first change %.0f ms, settled %.0f ms\n", kind_names[kind], first, last);
}

/* Waits until the grab has not changed for @still_ms (or @max_ms passed),
 * so the next key starts from a quiet screen; keeps it in @before. */
static void
wait_still (Target        *target,
            Grab          *grab,
            unsigned char *before,
            double         still_ms,
            double         max_ms)
{
  double start = now_ms (), still_since = start;

  grab_take (grab, target->display, target->window);
  memcpy (before, grab->image->data, grab_size (grab));
  while (now_ms () - still_since < still_ms && now_ms () - start < max_ms)
    {
      sleep_ms (10);
      grab_take (grab, target->display, target->window);
      if (memcmp (before, grab->image->data, grab_size (grab)) != 0)
        {
          memcpy (before, grab->image->data, grab_size (grab));
          still_since = now_ms ();
        }
    }
}

/* The app is loaded when it has used under 2% of a CPU for a second. */
static void
wait_idle (Target *target,
           double  max_ms)
{
  long hz = sysconf (_SC_CLK_TCK);
  double start = now_ms ();
  long before = cpu_ticks (target->pid);

  while (now_ms () - start < max_ms)
    {
      long after;

      sleep_ms (1000);
      after = cpu_ticks (target->pid);
      if (after >= 0 && before >= 0 && (after - before) * 1000.0 / hz < 20)
        return;
      before = after;
    }
  fprintf (stderr, "pursuit-xprobe: the app was still busy after %.0f s; going on\n", max_ms / 1000);
}

/* The search entry's caret blinks: the rows that change while nothing is
 * typed are the entry's, and the caret's column is inside the list pane.
 * Sets *caret_x and returns the lowest row that changed, or -1. */
static int
find_caret (Target *target,
            int    *caret_x)
{
  Grab whole;
  unsigned char *first;
  int bottom = -1;
  int stride;

  grab_init (&whole, target->display, 0, 0, target->width, target->height);
  stride = whole.image->bytes_per_line;
  first = malloc (grab_size (&whole));
  grab_take (&whole, target->display, target->window);
  memcpy (first, whole.image->data, grab_size (&whole));
  for (double start = now_ms (); now_ms () - start < 2500 && bottom < 0;)
    {
      sleep_ms (20);
      grab_take (&whole, target->display, target->window);
      for (int y = target->height - 1; y >= 0 && bottom < 0; y--)
        for (int x = 0; x < target->width; x++)
          if (((uint32_t *) (first + (size_t) y * stride))[x] !=
              ((uint32_t *) (whole.image->data + (size_t) y * stride))[x])
            {
              bottom = y;
              *caret_x = x;
              break;
            }
    }
  free (first);
  grab_clear (&whole, target->display);
  return bottom;
}

/* Whether column @x is one colour over the grab's rows, bar the last 16
 * (the window's border and corners); its colour goes to @colour. */
static int
column_is_uniform (const Grab *grab,
                   int         x,
                   uint32_t   *colour)
{
  *colour = XGetPixel (grab->image, x, 0) & 0xffffff;
  for (int y = 1; y < grab->height - 16; y++)
    if ((XGetPixel (grab->image, x, y) & 0xffffff) != *colour)
      return 0;
  return 1;
}

/* The list pane ends at the first line between panes right of the caret:
 * a column one pixel wide of one colour from top to bottom, with columns of
 * something else on both sides. Returns the width of the list pane, or the
 * grab's width when there is one pane. */
static int
find_pane_width (const Grab *grab,
                 int         caret_x)
{
  for (int x = caret_x + 1; x + 1 < grab->width; x++)
    {
      uint32_t colour, side;

      if (column_is_uniform (grab, x, &colour) &&
          !(column_is_uniform (grab, x - 1, &side) && side == colour) &&
          !(column_is_uniform (grab, x + 1, &side) && side == colour))
        return x;
    }
  return grab->width;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The nearest-rank percentile. */
static double
percentile (double *values,
            int     n,
            double  p)
{
  int rank;

  qsort (values, n, sizeof *values, compare_doubles);
  rank = (int) (p / 100.0 * n + 0.999999);
  return values[rank < 1 ? 0 : rank - 1];
}

static int
run_keys (Display    *display,
          char       *words,
          const char *filter_click,
          double      timeout_ms,
          char      **command)
{
  Target target = { display };
  Grab list;
  unsigned char *before;
  int entry_bottom, top, width, caret_x = 0, filter_x = -1, filter_y = -1;
  double cost, started;
  char *word, *save = NULL;

  if (filter_click != NULL && sscanf (filter_click, "%d,%d", &filter_x, &filter_y) != 2)
    die ("--filter-click takes X,Y");
  start_target (&target, command);
  started = now_ms ();
  wait_idle (&target, 120000);
  printf ("window %dx%d, idle %.1f s after it was mapped\n", target.width, target.height,
          (now_ms () - started) / 1000);

  /* The pointer stays off the window: no hover, no tooltip over the list. */
  park_pointer (&target);
  XRaiseWindow (display, target.window);
  XSetInputFocus (display, target.window, RevertToParent, CurrentTime);
  XSync (display, False);
  sleep_ms (300);
  send_key (display, "Control_L", XK_f);
  sleep_ms (1000);
  entry_bottom = find_caret (&target, &caret_x);
  if (entry_bottom < 0)
    die ("no caret blinked: the search entry did not take the focus");
  /* Below the entry's focus ring. */
  top = entry_bottom + 16;
  if (top >= target.height - 16)
    die ("the search entry is at the bottom of the window: no list area below it");
  grab_init (&list, display, 0, top, target.width, target.height - top);
  grab_take (&list, display, target.window);
  width = find_pane_width (&list, caret_x);
  grab_clear (&list, display);
  grab_init (&list, display, 0, top, width, target.height - top);
  before = malloc (grab_size (&list));
  printf ("list area: x 0 to %d, y %d to %d (the caret blinked at x %d, down to y %d)\n",
          width, top, target.height, caret_x, entry_bottom);
  grab_take (&list, display, target.window);
  dump_grab (&list, "list-area");

  cost = now_ms ();
  for (int i = 0; i < 20; i++)
    grab_take (&list, display, target.window);
  cost = (now_ms () - cost) / 20;
  printf ("one grab of the list area: %.2f ms (%d × %d pixels), every %.0f ms\n",
          cost, list.width, list.height, POLL_MS);

  for (word = strtok_r (words, ",", &save); word != NULL; word = strtok_r (NULL, ",", &save))
    {
      /* A click on the filter took the focus from the entry. */
      send_key (display, "Control_L", XK_f);
      for (const char *c = word; *c != '\0'; c++)
        {
          char name[2] = { *c, '\0' };
          double sent;

          wait_still (&target, &list, before, 300, 5000);
          if (log_events)
            printf (" typed \"%.*s\"\n", (int) (c - word + 1), word);
          sent = now_ms ();
          send_key (display, NULL, *c == ' ' ? XK_space : XStringToKeysym (name));
          watch (&target, &list, before, sent, timeout_ms, c == word ? KIND_FIRST_LETTER : KIND_LETTER);
        }
      wait_still (&target, &list, before, 300, 5000);
      send_key (display, "Control_L", XK_a);
      sleep_ms (100);
      wait_still (&target, &list, before, 300, 5000);
      {
        double sent = now_ms ();

        send_key (display, NULL, XK_BackSpace);
        watch (&target, &list, before, sent, timeout_ms, KIND_CLEAR);
      }
      if (filter_x >= 0)
        for (int i = 0; i < 2; i++)
          {
            double sent;

            wait_still (&target, &list, before, 300, 5000);
            sent = send_click (&target, filter_x, filter_y);
            watch (&target, &list, before, sent, timeout_ms, KIND_FILTER);
          }
    }

  printf ("%-24s %6s %9s %9s %11s %11s\n", "", "n", "first p50", "first p95", "settled p50", "settled p95");
  for (int k = 0; k < N_KINDS; k++)
    {
      Samples *s = &samples[k];

      if (s->n == 0 && s->late == 0 && s->unchanged == 0)
        continue;
      if (s->n == 0)
        printf ("%-24s %6d %9s %9s %11s %11s", kind_names[k], 0, "-", "-", "-", "-");
      else
        printf ("%-24s %6d %7.0f ms %6.0f ms %8.0f ms %8.0f ms", kind_names[k], s->n,
                percentile (s->first, s->n, 50), percentile (s->first, s->n, 95),
                percentile (s->last, s->n, 50), percentile (s->last, s->n, 95));
      if (s->late > 0)
        printf ("  +%d changed only after %.0f ms (the latest after %.0f ms)", s->late, timeout_ms, s->latest);
      if (s->unchanged > 0)
        printf ("  +%d with no change in %.0f ms", s->unchanged, LATE_MS);
      printf ("\n");
    }

  free (before);
  grab_clear (&list, display);
  stop_target (&target);
  return 0;
}

static void
usage (void)
{
  fprintf (stderr,
           "Usage: pursuit-xprobe paint [--settle MS] -- COMMAND [ARG...]\n"
           "       pursuit-xprobe keys [--words W,W,...] [--filter-click X,Y] [--timeout MS] [--log] -- COMMAND [ARG...]\n");
  exit (2);
}

int
main (int   argc,
      char *argv[])
{
  static const struct option options[] = {
    { "settle", required_argument, NULL, 's' },
    { "words", required_argument, NULL, 'w' },
    { "filter-click", required_argument, NULL, 'f' },
    { "timeout", required_argument, NULL, 't' },
    { "log", no_argument, NULL, 'l' },
    { NULL, 0, NULL, 0 },
  };
  const char *mode;
  char *words = NULL;
  const char *filter_click = NULL;
  double settle_ms = 6000, timeout_ms = 2000;
  Display *display;
  int major, minor, event_base, error_base, option;
  Bool pixmaps;

  if (argc < 2)
    usage ();
  mode = argv[1];
  optind = 2;
  while ((option = getopt_long (argc, argv, "", options, NULL)) != -1)
    switch (option)
      {
      case 's': settle_ms = atof (optarg); break;
      case 'w': words = optarg; break;
      case 'f': filter_click = optarg; break;
      case 't': timeout_ms = atof (optarg); break;
      case 'l': log_events = 1; break;
      default: usage ();
      }
  if (optind >= argc || settle_ms <= 0 || timeout_ms <= 0)
    usage ();

  if ((display = XOpenDisplay (NULL)) == NULL)
    die ("cannot open the display (set DISPLAY; the benchmark runs this under xvfb-run)");
  XSetErrorHandler (on_x_error);
  if (!XShmQueryVersion (display, &major, &minor, &pixmaps))
    die ("the X server has no MIT-SHM extension");

  if (strcmp (mode, "paint") == 0)
    return run_paint (display, settle_ms, argv + optind);
  if (strcmp (mode, "keys") == 0)
    {
      if (!XTestQueryExtension (display, &event_base, &error_base, &major, &minor))
        die ("the X server has no XTEST extension");
      return run_keys (display, words != NULL ? words : strdup ("support,billing,zephyr"), filter_click,
                       timeout_ms, argv + optind);
    }
  usage ();
  return 2;
}
