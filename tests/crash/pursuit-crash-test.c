/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "pursuit-crash-check.h"

/* pursuit-crash-test --cli PURSUIT-CLI --generator PURSUIT-GENERATE
 *                    [--kills N] [--seed S] [--keep]
 *
 * Starts writers on a database and kills each with SIGKILL at a random
 * moment, N times, then checks what the kill left:
 * - pursuit-cli adds, updates (company, title, location, notes and a
 *   posting of up to 300 kB), moves and deletes jobs, one command after
 *   another; each prints its line only after its transaction is committed;
 * - pursuit-generate imports 20 to 200 jobs in one transaction and
 *   says so when it is done.
 * After each kill the database must pass PRAGMA integrity_check, the
 * strict search-index check and PRAGMA foreign_key_check, and hold exactly
 * the writes that were reported, each whole: the write that was cut off
 * may be there or not, but not in part. The seed makes the writes and the
 * moments of the kills the same from run to run; where in a write a kill
 * lands still depends on the machine. */

typedef enum
{
  OPERATION_ADD,
  OPERATION_UPDATE,
  OPERATION_MOVE,
  OPERATION_DELETE,
} OperationKind;

typedef struct
{
  OperationKind kind;
  GPtrArray *arguments;
  /* What the command prints once its write is committed. */
  char *report;
  /* The job as it will be (its id unknown for an addition), or the job
   * deleted. */
  PursuitCrashJob *job;
} Operation;

typedef struct
{
  int status;
  GString *output;
  GString *errors;
  double seconds;
} Run;

typedef struct
{
  char *cli;
  char *generator;
  GStrv environment;
  GRand *random;
  char *folder;
  char *cli_database;
  char *bulk_database;
  char *posting_path;
  GHashTable *jobs;
  guint next_company;

  /* How long a writer runs when it is not killed, to aim the kills. */
  double cli_seconds;
  guint cli_runs;
  double bulk_seconds;
  guint bulk_runs;

  guint cli_kills;
  guint bulk_kills;
  guint writes_reported;
  guint imports_reported;
  guint kills_after_report;
  guint kills_after_commit;
  guint kills_before_commit;
} Crash;

static void
operation_free (Operation *operation)
{
  g_ptr_array_unref (operation->arguments);
  g_free (operation->report);
  pursuit_crash_job_free (operation->job);
  g_free (operation);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Operation, operation_free)

static void
run_clear (Run *run)
{
  if (run->output != NULL)
    g_string_free (run->output, TRUE);
  if (run->errors != NULL)
    g_string_free (run->errors, TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static gboolean
was_killed (const Run *run)
{
  return WIFSIGNALED (run->status) && WTERMSIG (run->status) == SIGKILL;
}

static gboolean
fail (GError     **error,
      const char  *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError     **error,
      const char  *format,
      ...)
{
  va_list arguments;

  va_start (arguments, format);
  g_propagate_error (error, g_error_new_valist (PURSUIT_CRASH_ERROR, PURSUIT_CRASH_ERROR_DAMAGED,
                                                format, arguments));
  va_end (arguments);
  return FALSE;
}

/* Starts @arguments and reads what it prints until it ends or @deadline
 * (monotonic time) passes, when it is killed with SIGKILL; what it printed
 * before the kill landed is read all the same. */
static gboolean
run_until (Crash       *self,
           GPtrArray   *arguments,
           gint64       deadline,
           Run         *run,
           GError     **error)
{
  gint64 start = g_get_monotonic_time ();
  struct pollfd pipes[2];
  GString *buffers[2];
  gboolean kill_sent = FALSE;
  guint open_pipes = 2;
  GPid pid;
  int output_fd, errors_fd;

  if (!g_spawn_async_with_pipes (NULL, (char **) arguments->pdata, self->environment,
                                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDIN_FROM_DEV_NULL,
                                 NULL, NULL, &pid, NULL, &output_fd, &errors_fd, error))
    return FALSE;

  run->output = g_string_new (NULL);
  run->errors = g_string_new (NULL);
  pipes[0] = (struct pollfd) { .fd = output_fd, .events = POLLIN };
  pipes[1] = (struct pollfd) { .fd = errors_fd, .events = POLLIN };
  buffers[0] = run->output;
  buffers[1] = run->errors;

  while (open_pipes > 0)
    {
      gint64 left = deadline - g_get_monotonic_time ();
      struct timespec timeout = { left / G_USEC_PER_SEC, (left % G_USEC_PER_SEC) * 1000 };
      int ready;

      if (left < 0)
        timeout = (struct timespec) { 0, 0 };

      ready = ppoll (pipes, G_N_ELEMENTS (pipes), kill_sent ? NULL : &timeout, NULL);
      if (ready < 0 && errno == EINTR)
        continue;
      if (ready < 0)
        return fail (error, "poll: %s", g_strerror (errno));

      if (ready == 0)
        {
          kill (pid, SIGKILL);
          kill_sent = TRUE;
          continue;
        }

      for (guint i = 0; i < G_N_ELEMENTS (pipes); i++)
        {
          char chunk[65536];
          gssize length;

          if (pipes[i].fd < 0 || pipes[i].revents == 0)
            continue;

          length = read (pipes[i].fd, chunk, sizeof chunk);
          if (length > 0)
            g_string_append_len (buffers[i], chunk, length);
          else if (length == 0 || errno != EINTR)
            {
              close (pipes[i].fd);
              pipes[i].fd = -1;
              open_pipes--;
            }
        }
    }

  while (waitpid (pid, &run->status, 0) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (pid);
  run->seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  return TRUE;
}

/* Whether @output has the whole line a committed write prints. */
static gboolean
find_report (GString    *output,
             const char *report,
             gint64     *id)
{
  g_auto(GStrv) lines = g_strsplit (output->str, "\n", -1);

  /* The last piece has no line end: it may be cut off. */
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], report))
        {
          if (id != NULL)
            *id = g_ascii_strtoll (lines[i] + strlen (report), NULL, 10);
          return TRUE;
        }
    }
  return FALSE;
}

static const char *const titles[] = {
  "Customer Service Specialist", "Contact Center Agent", "Support Team Lead", "Kundenservice-Mitarbeiter",
  "Chargé de clientèle", "カスタマーサポート", "Help Desk Technician",
};

static const char *const words[] = {
  "call", "back", "recruiter", "Monday", "interview", "société", "naïve", "Ärger", "日本語", "🎧",
  "salary", "38,500", "\"quoted\"", "it's", "AND", "NEAR", "*", "line\nbreak", "tab\there",
};

/* Text of about @size bytes, of words a search can find. */
static char *
random_text (GRand *random,
             gsize  size)
{
  GString *text = g_string_sized_new (size + 32);

  while (text->len < size)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[g_rand_int_range (random, 0, G_N_ELEMENTS (words))]);
    }
  return g_string_free (text, FALSE);
}

/* Mostly short, sometimes empty, sometimes long. */
static gsize
random_size (GRand *random,
             gsize  longest)
{
  double pick = g_rand_double (random);

  if (pick < 0.2)
    return 0;
  if (pick < 0.8)
    return g_rand_int_range (random, 1, 200);
  return g_rand_int_range (random, 200, (gint32) longest);
}

static char *
new_company (Crash *self)
{
  /* Unique, so an addition that was cut off can be found by it. */
  return g_strdup_printf ("Crash Test Co %u", self->next_company++);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 left = *(const gint64 *) a;
  gint64 right = *(const gint64 *) b;

  return left < right ? -1 : left > right;
}

static const PursuitCrashJob *
pick_job (Crash *self)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer key;
  gint64 id;

  g_hash_table_iter_init (&iter, self->jobs);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);
  /* Sorted, so the same seed picks the same job. */
  g_array_sort (ids, compare_ids);
  id = g_array_index (ids, gint64, g_rand_int_range (self->random, 0, ids->len));
  return g_hash_table_lookup (self->jobs, &id);
}

static Operation *
operation_new (Crash         *self,
               OperationKind  kind,
               const char    *command)
{
  Operation *operation = g_new0 (Operation, 1);

  operation->kind = kind;
  operation->arguments = g_ptr_array_new_null_terminated (16, g_free, TRUE);
  g_ptr_array_add (operation->arguments, g_strdup (self->cli));
  g_ptr_array_add (operation->arguments, g_strdup ("--database"));
  g_ptr_array_add (operation->arguments, g_strdup (self->cli_database));
  g_ptr_array_add (operation->arguments, g_strdup (command));
  return operation;
}

static void
add_option (Operation  *operation,
            const char *option,
            const char *value)
{
  g_ptr_array_add (operation->arguments, g_strdup (option));
  g_ptr_array_add (operation->arguments, g_strdup (value));
}

static Operation *
make_addition (Crash *self)
{
  Operation *operation = operation_new (self, OPERATION_ADD, "add");
  PursuitCrashJob *job = pursuit_crash_job_new ();
  g_autofree char *stage = NULL;

  g_free (job->company);
  job->company = new_company (self);
  g_free (job->title);
  job->title = g_strdup (titles[g_rand_int_range (self->random, 0, G_N_ELEMENTS (titles))]);
  g_free (job->notes);
  job->notes = random_text (self->random, random_size (self->random, 20000));
  /* Stages 1 to 9 are the ones a new database has. */
  job->stage_id = g_rand_int_range (self->random, 1, 10);
  job->n_changes = 1;
  stage = g_strdup_printf ("%" G_GINT64_FORMAT, job->stage_id);

  add_option (operation, "--company", job->company);
  add_option (operation, "--title", job->title);
  add_option (operation, "--notes", job->notes);
  add_option (operation, "--stage", stage);
  operation->report = g_strdup ("Added job ");
  operation->job = job;
  return operation;
}

static Operation *
make_update (Crash *self)
{
  Operation *operation = operation_new (self, OPERATION_UPDATE, "update");
  PursuitCrashJob *job = pursuit_crash_job_copy (pick_job (self));
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, job->id);
  gboolean changed = FALSE;

  g_ptr_array_add (operation->arguments, g_strdup (id));
  if (g_rand_boolean (self->random))
    {
      g_free (job->company);
      job->company = new_company (self);
      add_option (operation, "--company", job->company);
      changed = TRUE;
    }
  if (g_rand_double (self->random) < 0.3)
    {
      g_free (job->title);
      job->title = g_strdup (titles[g_rand_int_range (self->random, 0, G_N_ELEMENTS (titles))]);
      add_option (operation, "--title", job->title);
    }
  if (g_rand_boolean (self->random))
    {
      g_free (job->location);
      job->location = g_strdup_printf ("Town %d", g_rand_int_range (self->random, 0, 1000));
      add_option (operation, "--location", job->location);
    }
  if (g_rand_boolean (self->random) || !changed)
    {
      g_free (job->notes);
      job->notes = random_text (self->random, random_size (self->random, 20000));
      add_option (operation, "--notes", job->notes);
    }
  /* A long posting makes a write of many pages, where a kill can land in
   * the middle. */
  if (g_rand_boolean (self->random))
    {
      g_autoptr(GError) error = NULL;

      g_free (job->posting_text);
      job->posting_text = random_text (self->random, random_size (self->random, 300000));
      if (!g_file_set_contents (self->posting_path, job->posting_text, -1, &error))
        g_error ("%s", error->message);
      add_option (operation, "--posting-file", self->posting_path);
    }

  operation->report = g_strdup_printf ("Updated job %s (", id);
  operation->job = job;
  return operation;
}

static Operation *
make_move (Crash *self)
{
  Operation *operation = operation_new (self, OPERATION_MOVE, "move");
  PursuitCrashJob *job = pursuit_crash_job_copy (pick_job (self));
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, job->id);
  g_autofree char *stage = NULL;
  g_autofree char *note = random_text (self->random, random_size (self->random, 2000));
  gint64 stage_id;

  do
    stage_id = g_rand_int_range (self->random, 1, 10);
  while (stage_id == job->stage_id);
  job->stage_id = stage_id;
  job->n_changes++;
  stage = g_strdup_printf ("%" G_GINT64_FORMAT, stage_id);

  g_ptr_array_add (operation->arguments, g_strdup (id));
  g_ptr_array_add (operation->arguments, g_strdup (stage));
  add_option (operation, "--note", note);
  operation->report = g_strdup_printf ("Moved job %s (", id);
  operation->job = job;
  return operation;
}

static Operation *
make_deletion (Crash *self)
{
  Operation *operation = operation_new (self, OPERATION_DELETE, "delete");
  PursuitCrashJob *job = pursuit_crash_job_copy (pick_job (self));
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, job->id);

  g_ptr_array_add (operation->arguments, g_strdup (id));
  operation->report = g_strdup_printf ("Deleted job %s (", id);
  operation->job = job;
  return operation;
}

static Operation *
choose_operation (Crash *self)
{
  guint n_jobs = g_hash_table_size (self->jobs);
  double pick = g_rand_double (self->random);

  /* Between a handful and a few dozen jobs. */
  if (n_jobs < 4 || (pick < 0.3 && n_jobs < 40))
    return make_addition (self);
  if (pick < 0.3)
    return make_deletion (self);
  if (pick < 0.6)
    return make_update (self);
  if (pick < 0.85)
    return make_move (self);
  return make_deletion (self);
}

/* @jobs with @operation done, its new job given @id. */
static void
apply (GHashTable      *jobs,
       const Operation *operation,
       gint64           id)
{
  PursuitCrashJob *job;

  if (operation->kind == OPERATION_DELETE)
    {
      g_hash_table_remove (jobs, &operation->job->id);
      return;
    }

  job = pursuit_crash_job_copy (operation->job);
  if (operation->kind == OPERATION_ADD)
    job->id = id;
  g_hash_table_replace (jobs, &job->id, job);
}

/* The id of the job called @company in @jobs, or 0. */
static gint64
find_company (GHashTable *jobs,
              const char *company)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, jobs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const PursuitCrashJob *job = value;

      if (g_str_equal (job->company, company))
        return job->id;
    }
  return 0;
}

/* After a kill of pursuit-cli: the database is sound and holds every
 * reported write; @cut_off, when the kill came before its report, is
 * there whole or not at all. */
static gboolean
check_cli_database (Crash            *self,
                    const Operation  *cut_off,
                    GError          **error)
{
  g_autoptr(GHashTable) found = NULL;
  g_autofree char *difference = NULL;

  if (!pursuit_crash_check_database (self->cli_database, error))
    return FALSE;

  found = pursuit_crash_read_jobs (self->cli_database, error);
  if (found == NULL)
    return FALSE;

  if (cut_off != NULL)
    {
      g_autoptr(GHashTable) done = pursuit_crash_jobs_copy (self->jobs);
      g_autofree char *difference_if_done = NULL;
      gint64 id = 0;

      if (cut_off->kind == OPERATION_ADD)
        id = find_company (found, cut_off->job->company);
      if (cut_off->kind != OPERATION_ADD || id != 0)
        {
          apply (done, cut_off, id);
          difference_if_done = pursuit_crash_compare_jobs (done, found);
          if (difference_if_done == NULL)
            {
              g_hash_table_unref (self->jobs);
              self->jobs = g_steal_pointer (&done);
              self->kills_after_commit++;
              return TRUE;
            }
        }

      difference = pursuit_crash_compare_jobs (self->jobs, found);
      if (difference != NULL)
        return fail (error, "The write cut off by the kill is there in part (%s; had it been done: %s)",
                     difference, difference_if_done != NULL ? difference_if_done : "not found");
      self->kills_before_commit++;
      return TRUE;
    }

  difference = pursuit_crash_compare_jobs (self->jobs, found);
  if (difference != NULL)
    return fail (error, "A reported write is lost or changed: %s", difference);
  return TRUE;
}

static gint64
deadline_after (Crash  *self,
                double  mean_seconds,
                double  spread)
{
  return g_get_monotonic_time () +
         (gint64) (g_rand_double (self->random) * spread * mean_seconds * G_USEC_PER_SEC);
}

static char *
describe_failure (GPtrArray *arguments,
                  const Run *run)
{
  return g_strdup_printf ("%s %s ended with status %d: %s%s", (char *) arguments->pdata[3],
                          arguments->len > 4 ? (char *) arguments->pdata[4] : "",
                          run->status, run->errors->str, run->output->str);
}

/* pursuit-cli commands one after another until the kill lands. */
static gboolean
kill_cli (Crash   *self,
          GError **error)
{
  gint64 deadline = 0;

  for (;;)
    {
      g_autoptr(Operation) operation = NULL;
      g_auto(Run) run = { 0 };
      gint64 id = 0;
      gboolean reported;

      /* The first command of the run is timed, not killed; then the kill
       * comes after about one and a half commands on average. */
      if (deadline == 0 && self->cli_runs > 0)
        deadline = deadline_after (self, self->cli_seconds / self->cli_runs, 3.0);

      operation = choose_operation (self);
      if (!run_until (self, operation->arguments, deadline != 0 ? deadline : G_MAXINT64, &run, error))
        return FALSE;

      reported = find_report (run.output, operation->report, &id);
      if (!was_killed (&run))
        {
          if (run.status != 0 || !reported)
            {
              g_autofree char *failure = describe_failure (operation->arguments, &run);

              return fail (error, "%s", failure);
            }
          self->cli_seconds += run.seconds;
          self->cli_runs++;
          self->writes_reported++;
          apply (self->jobs, operation, id);
          continue;
        }

      self->cli_kills++;
      if (reported)
        {
          self->writes_reported++;
          self->kills_after_report++;
          apply (self->jobs, operation, id);
          return check_cli_database (self, NULL, error);
        }
      return check_cli_database (self, operation, error);
    }
}

static gint64
count_jobs (Crash   *self,
            GError **error)
{
  return pursuit_crash_count_rows (self->bulk_database, "SELECT count(*) FROM jobs", error);
}

/* After a kill of the bulk import: the database is sound, and the import
 * cut off is there whole or not at all; every job came with its texts and
 * its timeline. */
static gboolean
check_bulk_database (Crash    *self,
                     gint64    before,
                     guint     n_jobs,
                     gboolean  reported,
                     GError  **error)
{
  gint64 after, texts, without_timeline;

  if (!pursuit_crash_check_database (self->bulk_database, error))
    return FALSE;

  after = count_jobs (self, error);
  texts = pursuit_crash_count_rows (self->bulk_database, "SELECT count(*) FROM job_texts", error);
  without_timeline = pursuit_crash_count_rows (self->bulk_database,
                                               "SELECT count(*) FROM jobs WHERE NOT EXISTS"
                                               " (SELECT 1 FROM stage_history WHERE job_id = jobs.id)",
                                               error);
  if (after < 0 || texts < 0 || without_timeline < 0)
    return FALSE;

  if (reported && after != before + n_jobs)
    return fail (error, "The import of %u jobs was reported but %" G_GINT64_FORMAT " of them are there",
                 n_jobs, after - before);
  if (after != before && after != before + n_jobs)
    return fail (error, "%" G_GINT64_FORMAT " jobs of an import of %u are there: a part of one transaction",
                 after - before, n_jobs);
  if (texts != after)
    return fail (error, "%" G_GINT64_FORMAT " jobs but %" G_GINT64_FORMAT " rows of their texts", after, texts);
  if (without_timeline != 0)
    return fail (error, "%" G_GINT64_FORMAT " jobs have no timeline", without_timeline);

  if (reported)
    self->kills_after_report++;
  else if (after == before)
    self->kills_before_commit++;
  else
    self->kills_after_commit++;
  return TRUE;
}

/* Imports of 20 to 200 jobs, one transaction each, until the kill. */
static gboolean
kill_bulk_import (Crash   *self,
                  GError **error)
{
  gint64 deadline = 0;
  gint64 before = count_jobs (self, error);

  if (before < 0)
    return FALSE;

  /* Kept small, so each check stays quick. */
  if (before > 2000)
    {
      pursuit_crash_remove_database (self->bulk_database);
      before = 0;
    }

  for (;;)
    {
      g_autoptr(GPtrArray) arguments = g_ptr_array_new_null_terminated (8, g_free, TRUE);
      g_auto(Run) run = { 0 };
      guint n_jobs = g_rand_int_range (self->random, 20, 201);
      g_autofree char *report = g_strdup_printf ("%u jobs (seed ", n_jobs);
      gboolean reported;

      /* The first import of the run is timed, not killed. */
      if (deadline == 0 && self->bulk_runs > 0)
        deadline = deadline_after (self, self->bulk_seconds / self->bulk_runs, 1.5);

      g_ptr_array_add (arguments, g_strdup (self->generator));
      g_ptr_array_add (arguments, g_strdup ("--database"));
      g_ptr_array_add (arguments, g_strdup (self->bulk_database));
      g_ptr_array_add (arguments, g_strdup ("--jobs"));
      g_ptr_array_add (arguments, g_strdup_printf ("%u", n_jobs));
      g_ptr_array_add (arguments, g_strdup ("--seed"));
      g_ptr_array_add (arguments, g_strdup_printf ("%u", g_rand_int_range (self->random, 1, G_MAXINT32)));

      if (!run_until (self, arguments, deadline != 0 ? deadline : G_MAXINT64, &run, error))
        return FALSE;

      reported = find_report (run.output, report, NULL);
      if (!was_killed (&run))
        {
          if (run.status != 0 || !reported)
            return fail (error, "pursuit-generate ended with status %d: %s", run.status, run.errors->str);
          self->bulk_seconds += run.seconds;
          self->bulk_runs++;
          self->imports_reported++;
          before += n_jobs;
          continue;
        }

      self->bulk_kills++;
      if (reported)
        self->imports_reported++;
      return check_bulk_database (self, before, n_jobs, reported, error);
    }
}

static void
remove_folder (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *cli = NULL;
  g_autofree char *generator = NULL;
  int kills = 30;
  gint64 seed = -1;
  gboolean keep = FALSE;
  const GOptionEntry entries[] = {
    { "cli", 0, 0, G_OPTION_ARG_FILENAME, &cli, "pursuit-cli", "PATH" },
    { "generator", 0, 0, G_OPTION_ARG_FILENAME, &generator, "pursuit-generate (tests/bench)", "PATH" },
    { "kills", 0, 0, G_OPTION_ARG_INT, &kills, "How many writers to kill (default 30)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Repeat the run of this seed", "S" },
    { "keep", 0, 0, G_OPTION_ARG_NONE, &keep, "Keep the databases", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- kill writers of a Pursuit database and check it");
  g_autoptr(GError) error = NULL;
  Crash self = { 0 };
  gint64 start;
  double seconds;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (cli == NULL || generator == NULL || kills < 1)
    {
      g_printerr ("Usage: %s --cli PURSUIT-CLI --generator PURSUIT-GENERATE [--kills N] [--seed S]\n",
                  g_get_prgname ());
      return 2;
    }

  if (seed < 0)
    seed = g_random_int_range (1, G_MAXINT32);
  g_print ("Seed %" G_GINT64_FORMAT " (run the same again with --seed %" G_GINT64_FORMAT ")\n", seed, seed);
  /* First in the log, whatever comes on standard error after it. */
  fflush (stdout);

  self.cli = g_steal_pointer (&cli);
  self.generator = g_steal_pointer (&generator);
  self.random = g_rand_new_with_seed ((guint32) seed);
  /* The writers' lines are read in English. */
  self.environment = g_environ_setenv (g_get_environ (), "LC_ALL", "C.UTF-8", TRUE);
  self.environment = g_environ_unsetenv (self.environment, "LANGUAGE");
  /* Under ASan, the writers still report memory errors and leaks, but with
   * the quick unwinder for the stacks of allocations: the slow one that
   * build-aux/test asks for makes an import three times longer. */
  if (g_environ_getenv (self.environment, "ASAN_OPTIONS") != NULL)
    {
      g_autofree char *options = g_strconcat (g_environ_getenv (self.environment, "ASAN_OPTIONS"),
                                              ":fast_unwind_on_malloc=1", NULL);

      self.environment = g_environ_setenv (self.environment, "ASAN_OPTIONS", options, TRUE);
    }
  self.folder = g_dir_make_tmp ("pursuit-crash-XXXXXX", &error);
  g_assert_no_error (error);
  self.cli_database = g_build_filename (self.folder, "cli.db", NULL);
  self.bulk_database = g_build_filename (self.folder, "bulk.db", NULL);
  self.posting_path = g_build_filename (self.folder, "posting.txt", NULL);
  self.jobs = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) pursuit_crash_job_free);

  start = g_get_monotonic_time ();
  for (int kill_number = 1; kill_number <= kills; kill_number++)
    {
      gboolean bulk = g_rand_int_range (self.random, 0, 3) == 0;

      if (!(bulk ? kill_bulk_import (&self, &error) : kill_cli (&self, &error)))
        {
          g_printerr ("Kill %d of %d (%s): %s\n", kill_number, kills,
                      bulk ? "bulk import" : "pursuit-cli", error->message);
          g_printerr ("The databases are kept in %s\n", self.folder);
          return 1;
        }
      if (kill_number % 100 == 0)
        g_print ("%d kills\n", kill_number);
    }
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  g_print ("%d kills (%u of pursuit-cli, %u of the bulk import) in %.1f s: "
           "0 corrupt databases, 0 committed writes lost\n",
           kills, self.cli_kills, self.bulk_kills, seconds);
  g_print ("Writes reported: %u by pursuit-cli, %u imports; kills after the report: %u, "
           "after the commit but before the report: %u, before the commit: %u\n",
           self.writes_reported, self.imports_reported, self.kills_after_report,
           self.kills_after_commit, self.kills_before_commit);

  if (keep)
    g_print ("The databases are kept in %s\n", self.folder);
  else
    remove_folder (self.folder);

  g_strfreev (self.environment);
  g_rand_free (self.random);
  g_hash_table_unref (self.jobs);
  g_free (self.cli);
  g_free (self.generator);
  g_free (self.folder);
  g_free (self.cli_database);
  g_free (self.bulk_database);
  g_free (self.posting_path);
  return 0;
}
