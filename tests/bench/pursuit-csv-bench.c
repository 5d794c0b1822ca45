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
#include "pursuit-test-utils.h"

/* How long a large CSV file takes to read, map and write:
 *
 *   pursuit-csv-bench [--rows N] [--seed S] [--runs N] [--import-only]
 *
 * Generates a spreadsheet-style file of N jobs (100,000 by default) in
 * memory, with quoted fields, commas, doubled quotes and line breaks in
 * the notes, then times pursuit_csv_table_parse(), pursuit_import_map()
 * and pursuit_csv_write_jobs() on it and prints the figures. Then the
 * whole import as pursuit-cli import does it (read, map with the pay
 * parser, write every job in one transaction into a new database) against
 * the sqlite3 shell's ".import" of the same file into a plain table (the
 * target: at most 3 times as long), --runs times (3), each part in wall
 * clock and CPU time, with their medians and the load average: on a shared
 * machine the CPU times are the figures that hold. Each run also times the
 * SQL alone in the same shell: the rows Pursuit wrote copied into a new
 * database of the same schema with INSERT … SELECT, then the statements a
 * batch runs after its rows, then the commit, each part on its own, what
 * no import into this schema can go below. --import-only skips the rest,
 * for a profiler. Not a timed test: the figures depend on the machine. */

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

/* A time on both clocks: wall and this process's CPU. */
typedef struct {
  gint64 wall_start;
  double cpu_start;
} Stopwatch;

static void
stopwatch_start (Stopwatch *watch)
{
  watch->wall_start = g_get_monotonic_time ();
  watch->cpu_start = cpu_ms (RUSAGE_SELF);
}

/* Stores the wall-clock and CPU milliseconds since the start. */
static void
stopwatch_read (Stopwatch *watch,
                double    *wall_ms,
                double    *cpu_ms_out)
{
  *wall_ms = milliseconds_since (watch->wall_start);
  *cpu_ms_out = cpu_ms (RUSAGE_SELF) - watch->cpu_start;
}

/* The parts of one run of the whole import, wall clock and CPU time, in
 * milliseconds, and the shell's import of the same file beside it. */
enum { PART_PARSE, PART_MAP, PART_OPEN, PART_WRITE, PART_WHOLE, PART_SHELL, N_PARTS };

static const char * const part_names[N_PARTS] = {
  "parse the CSV", "map to draft jobs", "open the new database", "write the jobs (one transaction)",
  "Pursuit's whole import", "sqlite3 .import",
};

/* The SQL alone, each part timed by the shell's .timer: how many
 * statements each takes, in order. */
enum { SQL_JOBS, SQL_TEXTS, SQL_TIMELINES, SQL_INDEX, SQL_MOVES, SQL_COMMIT, N_SQL_PARTS };

static const char * const sql_part_names[N_SQL_PARTS] = {
  "jobs rows (UUID index, foreign key, CHECKs)", "job_texts rows", "first timeline entries",
  "search index (FTS5, 2 prefix indexes)", "job_moves from its view", "commit (WAL, checkpoint)",
};
static const guint sql_part_statements[N_SQL_PARTS] = { 1, 1, 1, 3, 1, 1 };

typedef struct {
  double wall[N_PARTS];
  double cpu[N_PARTS];
  double sql_cpu[N_SQL_PARTS];
} ImportRun;

/* The import as pursuit-cli does it, from the file's text to the commit:
 * pursuit_import_map_csv()'s steps one by one, so that each is timed. */
static gboolean
import_into (const char  *text,
             gsize        length,
             const char  *path,
             guint       *n_added,
             ImportRun   *run,
             GError     **error)
{
  g_autoptr(PursuitImportOptions) options = pursuit_import_options_new ();
  g_autoptr(PursuitCsvTable) table = NULL;
  g_autoptr(PursuitImportMapping) mapping = NULL;
  g_autoptr(PursuitImportResult) result = NULL;
  g_autoptr(PursuitRepository) repository = NULL;
  g_autoptr(GPtrArray) drafts = g_ptr_array_new ();
  g_autoptr(GArray) kinds = g_array_new (FALSE, FALSE, sizeof (PursuitStageKind));
  g_autoptr(GPtrArray) added = NULL;
  const char * const *header;
  Stopwatch watch;

  stopwatch_start (&watch);
  table = pursuit_csv_table_parse (text, length, error);
  if (table == NULL)
    return FALSE;
  stopwatch_read (&watch, &run->wall[PART_PARSE], &run->cpu[PART_PARSE]);

  stopwatch_start (&watch);
  pursuit_import_options_set_date_order (options, PURSUIT_DATE_ORDER_MONTH_FIRST);
  pursuit_import_options_set_pay_parser (options, pursuit_pay_parse_figures, NULL);
  header = (const char * const *) table->header->fields;
  mapping = pursuit_import_mapping_new (header, table->header->n_fields,
                                        pursuit_import_detect_preset (header, table->header->n_fields));
  result = pursuit_import_map (table, mapping, options);
  for (guint i = 0; i < result->rows->len; i++)
    {
      PursuitImportRow *row = g_ptr_array_index (result->rows, i);

      g_ptr_array_add (drafts, row->job);
      g_array_append_val (kinds, row->stage_kind);
    }
  stopwatch_read (&watch, &run->wall[PART_MAP], &run->cpu[PART_MAP]);

  stopwatch_start (&watch);
  repository = pursuit_repository_open (path, error);
  if (repository == NULL)
    return FALSE;
  stopwatch_read (&watch, &run->wall[PART_OPEN], &run->cpu[PART_OPEN]);

  stopwatch_start (&watch);
  added = pursuit_repository_import_drafts (repository, drafts, kinds, TRUE, NULL, g_get_real_time () / G_USEC_PER_SEC,
                                            error);
  if (added == NULL)
    return FALSE;
  /* Closing the file checkpoints its WAL: part of the import's cost. */
  g_clear_object (&repository);
  stopwatch_read (&watch, &run->wall[PART_WRITE], &run->cpu[PART_WRITE]);
  *n_added = added->len;
  return TRUE;
}

/* @sql with its parameter ?1 written in: the shell binds no numbered
 * parameters from its command line. */
static char *
with_parameter (const char *sql,
                gint64      value)
{
  g_auto(GStrv) pieces = g_strsplit (sql, "?1", -1);
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  return g_strjoinv (text, pieces);
}

/* The SQL of the import alone, in the shell: a new database of Pursuit's
 * schema (made by pursuit_repository_open()), its batch triggers set
 * aside as a batch does, the rows Pursuit wrote to @written copied with
 * INSERT … SELECT (no binding, no step per row), then the statements of
 * pursuit-repository-bulk.c and the commit, each timed by .timer. */
static gboolean
time_sql_alone (const char  *dir,
                const char  *written,
                guint        index,
                ImportRun   *run,
                GError     **error)
{
  static const char * const triggers[] = { PURSUIT_BULK_TRIGGERS };
  /* The statements pursuit_repository_import_jobs() runs after the rows, in its order. */
  const struct {
    const char *sql;
    gint64 parameter;
  } after_rows[] = {
    { PURSUIT_BULK_START_NEW_TIMELINES_SQL, 1 },
    { PURSUIT_BULK_SET_FTS_HASH_SIZE_SQL, PURSUIT_BULK_FTS_HASH_BYTES },
    { PURSUIT_BULK_INDEX_NEW_JOBS_SQL, 1 },
    { PURSUIT_BULK_SET_FTS_HASH_SIZE_SQL, PURSUIT_BULK_DEFAULT_FTS_HASH_BYTES },
    { PURSUIT_BULK_SUM_UP_NEW_MOVES_SQL, 1 },
  };
  g_autofree char *name = g_strdup_printf ("sql-%u.db", index);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *script_path = g_build_filename (dir, "sql.txt", NULL);
  g_autoptr(GString) script = g_string_new (NULL);
  g_autofree char *columns = NULL;
  g_autofree char *shell_output = NULL;
  g_autofree char *shell_error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PursuitRepository) repository = NULL;
  g_auto(GStrv) lines = NULL;
  const char *sqlite3 = g_getenv ("SQLITE3") != NULL ? g_getenv ("SQLITE3") : "sqlite3";
  guint part = 0, in_part = 0;
  int status = 0;

  repository = pursuit_repository_open (path, error);
  if (repository == NULL)
    return FALSE;
  g_clear_object (&repository);
  /* The columns of jobs the import fills. */
  columns = pursuit_test_sql_text (written, "SELECT group_concat (name, ', ') FROM pragma_table_info ('jobs')"
                                            " WHERE name != 'id'");

  /* A script read by .read: the shell's .timer times what it reads, not
   * its command-line arguments. What pursuit_repository_open() and a
   * batch set come first. */
  g_string_append (script, "PRAGMA foreign_keys = ON;\nPRAGMA secure_delete = ON;\nPRAGMA cache_size = -65536;\n");
  g_string_append_printf (script, "ATTACH '%s' AS written;\nBEGIN;\n", written);
  for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
    g_string_append_printf (script, "DROP TRIGGER %s;\n", triggers[i]);
  g_string_append (script, ".timer on\n");
  g_string_append_printf (script, "INSERT INTO jobs (%s) SELECT %s FROM written.jobs ORDER BY id;\n", columns, columns);
  g_string_append (script, "INSERT INTO job_texts SELECT * FROM written.job_texts ORDER BY job_id;\n");
  for (guint i = 0; i < G_N_ELEMENTS (after_rows); i++)
    {
      g_autofree char *sql = with_parameter (after_rows[i].sql, after_rows[i].parameter);

      g_string_append_printf (script, "%s;\n", sql);
    }
  g_string_append (script, "COMMIT;\n");
  if (!g_file_set_contents (script_path, script->str, script->len, error))
    return FALSE;

  g_ptr_array_add (argv, g_strdup (sqlite3));
  g_ptr_array_add (argv, g_strdup (path));
  g_ptr_array_add (argv, g_strdup_printf (".read '%s'", script_path));
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &shell_output, &shell_error, &status, error) ||
      !g_spawn_check_wait_status (status, error))
    {
      g_prefix_error (error, "sqlite3 (the SQL alone): %s ", shell_error != NULL ? shell_error : "");
      return FALSE;
    }

  /* "Run Time: real 0.898 user 0.471288 sys 0.037822", a line a statement. */
  lines = g_strsplit (shell_output, "\n", -1);
  for (guint i = 0; lines[i] != NULL && part < N_SQL_PARTS; i++)
    {
      double real, user, sys;

      if (sscanf (lines[i], "Run Time: real %lf user %lf sys %lf", &real, &user, &sys) != 3)
        continue;
      run->sql_cpu[part] += (user + sys) * 1000.0;
      if (++in_part == sql_part_statements[part])
        {
          part++;
          in_part = 0;
        }
    }
  g_unlink (path);
  g_unlink (script_path);
  if (part < N_SQL_PARTS)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "sqlite3 timed %u parts of %u: %s", part,
                   N_SQL_PARTS, shell_output);
      return FALSE;
    }
  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  g_autofree double *sorted = g_memdup2 (values, n * sizeof (double));

  qsort (sorted, n, sizeof (double), compare_doubles);
  return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

static void
print_load_average (const char *when)
{
  g_autofree char *load = NULL;

  if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
    g_print ("Load average %s: %s", when, load);
}

/* One run: Pursuit's whole import into a new database, then the shell's
 * .import of the same file into a new plain table. */
static gboolean
run_once (const char *dir,
          const char *csv,
          GString    *text,
          guint       index,
          ImportRun  *run)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("pursuit-%u.db", index);
  g_autofree char *plain_name = g_strdup_printf ("plain-%u.db", index);
  g_autofree char *ours = g_build_filename (dir, name, NULL);
  g_autofree char *theirs = g_build_filename (dir, plain_name, NULL);
  g_autofree char *import_command = NULL;
  g_autofree char *shell_error = NULL;
  const char *sqlite3 = g_getenv ("SQLITE3") != NULL ? g_getenv ("SQLITE3") : "sqlite3";
  guint n_added = 0;
  int status = 0;
  Stopwatch watch;
  double child_cpu_start;

  stopwatch_start (&watch);
  if (!import_into (text->str, text->len, ours, &n_added, run, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  stopwatch_read (&watch, &run->wall[PART_WHOLE], &run->cpu[PART_WHOLE]);

  /* The shell makes the table from the header and imports every line in
   * one transaction of its own. */
  import_command = g_strdup_printf (".import --csv '%s' jobs", csv);
  stopwatch_start (&watch);
  child_cpu_start = cpu_ms (RUSAGE_CHILDREN);
  if (!g_spawn_sync (NULL, (char *[]) { (char *) sqlite3, theirs, import_command, NULL }, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &shell_error,
                     &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("sqlite3 .import: %s %s\n", error->message, shell_error != NULL ? shell_error : "");
      return FALSE;
    }
  run->wall[PART_SHELL] = milliseconds_since (watch.wall_start);
  run->cpu[PART_SHELL] = cpu_ms (RUSAGE_CHILDREN) - child_cpu_start;

  g_print ("Run %u: Pursuit %.0f ms (CPU %.0f ms), %u jobs; the shell %.0f ms (CPU %.0f ms); ratio %.2f (CPU %.2f)\n",
           index + 1, run->wall[PART_WHOLE], run->cpu[PART_WHOLE], n_added, run->wall[PART_SHELL],
           run->cpu[PART_SHELL], run->wall[PART_WHOLE] / run->wall[PART_SHELL],
           run->cpu[PART_WHOLE] / run->cpu[PART_SHELL]);

  if (!time_sql_alone (dir, ours, index, run, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  g_unlink (ours);
  g_unlink (theirs);
  return TRUE;
}

static gboolean
time_whole_import (GString *text,
                   guint    rows,
                   guint    n_runs)
{
  g_autoptr(GError) error = NULL;
  /* Removed whole at the end: the databases' lock files with them. */
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new_on_disk ();
  const char *dir = tmp->path;
  g_autofree char *csv = NULL;
  g_autofree ImportRun *runs = g_new0 (ImportRun, n_runs);
  g_autofree double *wall = g_new0 (double, n_runs);
  g_autofree double *cpu = g_new0 (double, n_runs);
  g_autofree double *wall_ratio = g_new0 (double, n_runs);
  g_autofree double *cpu_ratio = g_new0 (double, n_runs);
  gboolean ok = TRUE;

  csv = g_build_filename (dir, "jobs.csv", NULL);
  if (!g_file_set_contents (csv, text->str, text->len, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  g_print ("Whole import (read, map, pay parser, one transaction into a new database, closed) against the "
           "sqlite3 shell's .import --csv of the same %u-row file into a plain table, %u runs:\n", rows, n_runs);
  print_load_average ("before");
  for (guint i = 0; i < n_runs && ok; i++)
    ok = run_once (dir, csv, text, i, &runs[i]);
  print_load_average ("after");

  if (ok)
    {
      g_print ("Medians of %u runs, wall clock / CPU time:\n", n_runs);
      for (guint part = 0; part < N_PARTS; part++)
        {
          for (guint i = 0; i < n_runs; i++)
            {
              wall[i] = runs[i].wall[part];
              cpu[i] = runs[i].cpu[part];
            }
          g_print ("  %-34s %6.0f ms / %6.0f ms\n", part_names[part], median (wall, n_runs), median (cpu, n_runs));
        }
      for (guint i = 0; i < n_runs; i++)
        {
          wall_ratio[i] = runs[i].wall[PART_WHOLE] / runs[i].wall[PART_SHELL];
          cpu_ratio[i] = runs[i].cpu[PART_WHOLE] / runs[i].cpu[PART_SHELL];
        }
      g_print ("Ratio, median: %.2f wall clock, %.2f CPU time (target: at most 3)\n",
               median (wall_ratio, n_runs), median (cpu_ratio, n_runs));

      g_print ("The SQL alone in the sqlite3 shell (the rows Pursuit wrote, INSERT ... SELECT into a new database\n"
               "of its schema, then the batch's statements), medians of CPU time:\n");
      for (guint part = 0; part < N_SQL_PARTS; part++)
        {
          for (guint i = 0; i < n_runs; i++)
            cpu[i] = runs[i].sql_cpu[part];
          g_print ("  %-42s %6.0f ms\n", sql_part_names[part], median (cpu, n_runs));
        }
      for (guint i = 0; i < n_runs; i++)
        {
          cpu[i] = 0;
          for (guint part = 0; part < N_SQL_PARTS; part++)
            cpu[i] += runs[i].sql_cpu[part];
          cpu_ratio[i] = cpu[i] / runs[i].cpu[PART_SHELL];
        }
      g_print ("  %-42s %6.0f ms: %.2f times the shell's .import (median of the runs' ratios)\n", "all of it",
               median (cpu, n_runs), median (cpu_ratio, n_runs));
    }

  return ok;
}

int
main (int   argc,
      char *argv[])
{
  int rows = 100000;
  int seed = 1;
  int runs = 3;
  gboolean import_only = FALSE;
  GOptionEntry entries[] = {
    { "rows", 0, 0, G_OPTION_ARG_INT, &rows, "Rows to generate (100000)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Random seed (1)", "S" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of the whole import, for medians (3)", "N" },
    { "import-only", 0, 0, G_OPTION_ARG_NONE, &import_only, "Time only the whole import (for a profiler)", NULL },
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
  if (!g_option_context_parse (context, &argc, &argv, &error) || rows < 1 || runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--rows and --runs must be at least 1");
      return EXIT_FAILURE;
    }

  rand = g_rand_new_with_seed ((guint32) seed);
  text = generate ((guint) rows, rand);
  g_print ("Generated %d rows: %.1f MB\n", rows, text->len / (1024.0 * 1024.0));
  if (import_only)
    return time_whole_import (text, (guint) rows, (guint) runs) ? EXIT_SUCCESS : EXIT_FAILURE;

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

  if (!time_whole_import (text, (guint) rows, (guint) runs))
    return EXIT_FAILURE;

  g_print ("Parse (pursuit_csv_table_parse): %.0f ms\n", parse_ms);
  g_print ("Map to draft jobs (pursuit_import_map): %.0f ms, %u rows with problems\n",
           map_ms, result->n_problem_rows);
  g_print ("Write the jobs back (pursuit_csv_write_jobs): %.0f ms, %.1f MB\n",
           write_ms, strlen (written) / (1024.0 * 1024.0));
  return EXIT_SUCCESS;
}
