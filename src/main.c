/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#if HAVE_M_ARENA_MAX || HAVE_M_MMAP_THRESHOLD
#include <malloc.h>
#endif

#include "pursuit-app.h"
#include "pursuit-locale.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PursuitApp) app = NULL;

#if HAVE_M_ARENA_MAX
  /* glibc gives each new thread an arena of its own, up to eight per
   * processor: the store's worker made its 100,000 jobs in one, among its
   * read's temporaries, and GTK's and GDBus's threads took others. Two
   * arenas (the main thread's and one the others share) take 6 MB less at
   * the peak with 100,000 jobs, and 6 to 12 MB less after (README,
   * "Memory per job"). Set before any thread starts. */
  mallopt (M_ARENA_MAX, 2);
#endif
#if HAVE_M_MMAP_THRESHOLD
  /* glibc maps a block of 128 KiB or more apart, and gives it back when
   * freed; but the first such block freed raises that threshold to its
   * size, for good. The load's temporaries (its array of 100,000 jobs, the
   * sort's keys) did that, and the arrays made after them (the store's,
   * the jobs list's, the sync's stamps, most of a megabyte each) then went
   * into the heap among the temporaries' holes: in half the starts with
   * 100,000 jobs, 4 MB more stayed resident. Setting the threshold keeps
   * it where it is. */
  mallopt (M_MMAP_THRESHOLD, 128 * 1024);
#endif

  pursuit_locale_init ();

  g_set_application_name (_("Pursuit"));

  app = pursuit_app_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
