/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "pursuit-csv.h"
#include "pursuit-import.h"
#include "pursuit-pay.h"
#include "pursuit-repository-bulk.h"

/* How long a large CSV file takes to read, map and write:
 *
 *   pursuit-csv-bench [--rows N] [--seed S]
 *
 * Generates a spreadsheet-style file of N jobs (100,000 by default) in
 * memory, with quoted fields, commas, doubled quotes and line breaks in
 * the notes, then times pursuit_csv_table_parse(), pursuit_import_map()
 * and pursuit_csv_write_jobs() on it and prints the figures. Then the
 * whole import as pursuit-cli import does it (read, map with the pay
 * parser, write every job in one transaction into a new database) against
 * the sqlite3 shell's ".import" of the same file into a plain table (the
 * target: at most 3 times as long). Not a timed test: the figures depend
 * on the machine. */

static const char * const companies[] = {
  "Northwind", "Contoso", "Fabrikam", "Adatum", "Litware", "Proseware", "Tailspin Toys",
  "Woodgrove Bank", "Alpine Ski House", "Coho Winery", "Relecloud", "Fourth Coffee",
};
static const char * const titles[] = {
  "Customer Service Specialist", "Contact Center Agent", "Support Engineer, Tier 2",
  "Help Desk Analyst", "Customer Success Manager", "Call Center Team Lead",
};
static const char * const stages[] = {
  "Wishlist", "Applied", "Phone screen", "Interview", "Offer received", "Rejected", "No response",
};
static const char * const places[] = {
  "Leeds, UK", "Austin, TX", "Toronto", "Remote", "Berlin", "Dublin",
};

static GString *
generate (guint   rows,
          GRand  *rand)
{
  GString *out = g_string_sized_new (rows * 200);

  g_string_append (out, "Company,Position,Status,Date Applied,Salary,Link,Location,Notes\r\n");
  for (guint i = 0; i < rows; i++)
    {
      guint day = g_rand_int_range (rand, 1, 29);
      guint month = g_rand_int_range (rand, 1, 13);

      g_string_append_printf (out, "%s,\"%s\",%s,%u/%u/2026,\"$%u,000\",https://jobs.example.com/%u,\"%s\",",
                              companies[g_rand_int_range (rand, 0, G_N_ELEMENTS (companies))],
                              titles[g_rand_int_range (rand, 0, G_N_ELEMENTS (titles))],
                              stages[g_rand_int_range (rand, 0, G_N_ELEMENTS (stages))],
                              month, day, g_rand_int_range (rand, 30, 90), i,
                              places[g_rand_int_range (rand, 0, G_N_ELEMENTS (places))]);
      switch (g_rand_int_range (rand, 0, 3))
        {
        case 0:
          g_string_append (out, "\"Spoke to the recruiter, who said \"\"next week\"\".\r\nFollow up Friday.\"\r\n");
          break;
        case 1:
          g_string_append (out, "Referral from a friend\r\n");
          break;
        default:
          g_string_append (out, "\r\n");
          break;
        }
    }
  return out;
}

static double
milliseconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* CPU time (user and system) of this process, or of its finished
 * children: on a machine shared with other work, the part of a
 * wall-clock figure that is the program's own. */
static double
cpu_ms (int who)
{
  struct rusage usage;

  getrusage (who, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

/* The import as pursuit-cli does it, from the file's text to the commit. */
/* The parts of the whole import, in milliseconds. */
typedef struct {
  double map_ms;
  double open_ms;
  double write_ms;
} ImportParts;

static gboolean
import_into (const char  *text,
             gsize        length,
             const char  *path,
             guint       *n_added,
             ImportParts *parts,
             GError     **error)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(PursuitImportOptions) options = pursuit_import_options_new ();
  g_autoptr(PursuitImportResult) result = NULL;
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GPtrArray) drafts = g_ptr_array_new ();
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (PursuitStageKind));
  g_autoptr(GPtrArray) added = NULL;

  pursuit_import_options_set_date_order (options, PURSUIT_DATE_ORDER_MONTH_FIRST);
  pursuit_import_options_set_pay_parser (options, pursuit_pay_parse_figures, NULL);
  result = pursuit_import_map_csv (text, length, PURSUIT_IMPORT_PRESET_GUESS, options, error);
  if (result == NULL)
    return FALSE;
  for (guint i = 0; i < result->rows->len; i++)
    {
      PursuitImportRow *row = g_ptr_array_index (result->rows, i);

      g_ptr_array_add (drafts, row->job);
      g_array_append_val (kinds, row->stage_kind);
    }
  parts->map_ms = milliseconds_since (start);

  start = g_get_monotonic_time ();
  repository = pursuit_repository_open (path, error);
  if (repository == NULL)
    return FALSE;
  parts->open_ms = milliseconds_since (start);

  start = g_get_monotonic_time ();
  added = pursuit_repository_import_drafts (repository, drafts, kinds, TRUE, NULL, g_get_real_time () / G_USEC_PER_SEC,
                                            error);
  if (added == NULL)
    return FALSE;
  parts->write_ms = milliseconds_since (start);
  *n_added = added->len;
  return TRUE;
}

static gboolean
time_whole_import (GString *text,
                   guint    rows)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pursuit-csv-bench-XXXXXX", &error);
  g_autofree char *csv = NULL;
  g_autofree char *ours = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *import_command = NULL;
  g_autofree char *shell_error = NULL;
  const char *sqlite3 = g_getenv ("SQLITE3") != NULL ? g_getenv ("SQLITE3") : "sqlite3";
  guint n_added = 0;
  ImportParts parts = { 0 };
  int status = 0;
  gint64 start;
  double pursuit_ms, shell_ms, cpu_start, pursuit_cpu_ms, shell_cpu_ms;

  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  csv = g_build_filename (dir, "jobs.csv", NULL);
  ours = g_build_filename (dir, "pursuit.db", NULL);
  theirs = g_build_filename (dir, "plain.db", NULL);
  if (!g_file_set_contents (csv, text->str, text->len, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  start = g_get_monotonic_time ();
  cpu_start = cpu_ms (RUSAGE_SELF);
  if (!import_into (text->str, text->len, ours, &n_added, &parts, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  pursuit_ms = milliseconds_since (start);
  pursuit_cpu_ms = cpu_ms (RUSAGE_SELF) - cpu_start;

  /* The shell makes the table from the header and imports every line in
   * one transaction of its own. */
  import_command = g_strdup_printf (".import --csv '%s' jobs", csv);
  start = g_get_monotonic_time ();
  cpu_start = cpu_ms (RUSAGE_CHILDREN);
  if (!g_spawn_sync (NULL, (char *[]) { (char *) sqlite3, theirs, import_command, NULL }, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &shell_error,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("sqlite3 .import: %s %s\n", error->message, shell_error != NULL ? shell_error : "");
      return FALSE;
    }
  shell_ms = milliseconds_since (start);
  shell_cpu_ms = cpu_ms (RUSAGE_CHILDREN) - cpu_start;

  g_print ("Whole import (read, map, pay parser, one transaction into a new database): %.0f ms, %u jobs\n",
           pursuit_ms, n_added);
  g_print ("  read and map %.0f ms, open the new database %.0f ms, write the jobs %.0f ms\n",
           parts.map_ms, parts.open_ms, parts.write_ms);
  g_print ("sqlite3 shell .import --csv of the same %u-row file into a plain table: %.0f ms\n", rows, shell_ms);
  g_print ("Ratio: %.2f (target: at most 3)\n", pursuit_ms / shell_ms);
  g_print ("CPU time: Pursuit %.0f ms, the shell %.0f ms, ratio %.2f\n", pursuit_cpu_ms, shell_cpu_ms,
           pursuit_cpu_ms / shell_cpu_ms);

  g_unlink (csv);
  g_unlink (ours);
  g_unlink (theirs);
  g_rmdir (dir);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  int rows = 100000;
  int seed = 1;
  GOptionEntry entries[] = {
    { "rows", 0, 0, G_OPTION_ARG_INT, &rows, "Rows to generate (100000)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Random seed (1)", "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time CSV import and export");
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(PursuitCsvTable) table = NULL;
  g_autoptr(PursuitImportMapping) mapping = NULL;
  g_autoptr(PursuitImportOptions) options = NULL;
  g_autoptr(PursuitImportResult) result = NULL;
  g_autoptr(GListStore) jobs = NULL;
  g_autofree char *written = NULL;
  gint64 start;
  double parse_ms, map_ms, write_ms;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || rows < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--rows must be at least 1");
      return EXIT_FAILURE;
    }

  rand = g_rand_new_with_seed ((guint32) seed);
  text = generate ((guint) rows, rand);
  g_print ("Generated %d rows: %.1f MB\n", rows, text->len / (1024.0 * 1024.0));

  start = g_get_monotonic_time ();
  table = pursuit_csv_table_parse (text->str, text->len, &error);
  parse_ms = milliseconds_since (start);
  if (table == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_assert (table->records->len == (guint) rows);

  options = pursuit_import_options_new ();
  pursuit_import_options_set_date_order (options, PURSUIT_DATE_ORDER_MONTH_FIRST);
  start = g_get_monotonic_time ();
  mapping = pursuit_import_mapping_new ((const char * const *) table->header->fields, table->header->n_fields,
                                        PURSUIT_IMPORT_PRESET_GUESS);
  result = pursuit_import_map (table, mapping, options);
  map_ms = milliseconds_since (start);
  g_assert (result->rows->len == (guint) rows);

  jobs = g_list_store_new (PURSUIT_TYPE_JOB);
  for (guint i = 0; i < result->rows->len; i++)
    g_list_store_append (jobs, ((PursuitImportRow *) g_ptr_array_index (result->rows, i))->job);
  start = g_get_monotonic_time ();
  written = pursuit_csv_write_jobs (G_LIST_MODEL (jobs), PURSUIT_CSV_WRITE_DEFAULT);
  write_ms = milliseconds_since (start);

  if (!time_whole_import (text, (guint) rows))
    return EXIT_FAILURE;

  g_print ("Parse (pursuit_csv_table_parse): %.0f ms\n", parse_ms);
  g_print ("Map to draft jobs (pursuit_import_map): %.0f ms, %u rows with problems\n",
           map_ms, result->n_problem_rows);
  g_print ("Write the jobs back (pursuit_csv_write_jobs): %.0f ms, %.1f MB\n",
           write_ms, strlen (written) / (1024.0 * 1024.0));
  return EXIT_SUCCESS;
}
