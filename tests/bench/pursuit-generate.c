/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "pursuit-bench-generator.h"

/* pursuit-generate --database PATH --jobs N [--seed S]
 *
 * Fills a Pursuit database with N realistic jobs for the benchmark (or to
 * try the app with a full pipeline). The same seed gives the same jobs. */

int
main (int   argc,
      char *argv[])
{
  g_autofree char *database = NULL;
  int jobs = -1;
  int seed = 1;
  gboolean quiet = FALSE;
  const GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, "The database file to fill (created if missing)", "PATH" },
    { "jobs", 0, 0, G_OPTION_ARG_INT, &jobs, "How many jobs to add", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the random data (default 1)", "S" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print nothing but errors", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- make a Pursuit database for the benchmark");
  g_autoptr(GError) error = NULL;
  GStatBuf info;
  gint64 start;
  double seconds;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (database == NULL || jobs < 0)
    {
      g_printerr ("Usage: %s --database PATH --jobs N [--seed S]\n", g_get_prgname ());
      return 2;
    }

  start = g_get_monotonic_time ();
  if (!pursuit_bench_generate (database, jobs, seed, pursuit_bench_today (), !quiet, &error))
    {
      g_printerr ("Could not generate the jobs: %s\n", error->message);
      return 1;
    }
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  if (!quiet)
    {
      g_print ("%d jobs (seed %d) written to %s in %.1f s (%.0f jobs/s)", jobs, seed, database,
               seconds, seconds > 0 ? jobs / seconds : 0);
      if (g_stat (database, &info) == 0)
        g_print (", %.1f MB", info.st_size / 1e6);
      g_print ("\n");
    }

  return 0;
}
