/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pursuit-capacity.h"
#include "pursuit-database.h"
#include "pursuit-error.h"
#include "pursuit-job-columns.h"
#include "pursuit-job-fields.h"
#include "pursuit-migrations.h"
#include "pursuit-repository.h"
#include "pursuit-repository-private.h"
#include "pursuit-uuid.h"

/* The synchronous face of the database: every query and write of jobs and
 * stages lives here. The app calls it from PursuitStore's worker thread,
 * pursuit-cli calls it directly. */
struct _PursuitRepository
{
  GObject parent_instance;

  PursuitDatabase *database;
  GPtrArray *stages; /* PursuitStage, by position */
  int data_version;  /* as last seen, to tell other programs' writes */
};

G_DEFINE_FINAL_TYPE (PursuitRepository, pursuit_repository, G_TYPE_OBJECT)

static void
pursuit_repository_finalize (GObject *object)
{
  PursuitRepository *self = PURSUIT_REPOSITORY (object);

  g_clear_pointer (&self->stages, g_ptr_array_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (pursuit_repository_parent_class)->finalize (object);
}

static void
pursuit_repository_class_init (PursuitRepositoryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_repository_finalize;
}

static void
pursuit_repository_init (PursuitRepository *self)
{
}

char *
pursuit_repository_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "pursuit", "pursuit.db", NULL);
}

static gboolean
ensure_parent_folder (const char  *path,
                      GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, PURSUIT_STORE_ERROR,
                   saved_errno == ENOSPC ? PURSUIT_STORE_ERROR_DISK_FULL
                                         : PURSUIT_STORE_ERROR_READ_ONLY,
                   _("Could not create the folder %s for your data: %s. "
                     "Check that it can be written."),
                   folder, g_strerror (saved_errno));
      return FALSE;
    }

  if (g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_A_DATABASE,
                   _("%s is not a file. Move it away so Pursuit can keep its data there."),
                   path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_stages (PursuitRepository  *self,
             GError            **error)
{
  g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *statement;
  int step;

  statement = pursuit_database_prepare (self->database,
                                        "SELECT id, kind, custom_name, position, hidden "
                                        "FROM stages ORDER BY position, id",
                                        error);
  if (statement == NULL)
    return FALSE;

  while ((step = pursuit_database_step (self->database, statement, error)) == SQLITE_ROW)
    {
      int kind = sqlite3_column_int (statement, 1);

      if (kind < 0 || kind > PURSUIT_STAGE_KIND_LAST)
        kind = PURSUIT_STAGE_KIND_WISHLIST;

      g_ptr_array_add (stages,
                       pursuit_stage_new (sqlite3_column_int64 (statement, 0),
                                          (PursuitStageKind) kind,
                                          (const char *) sqlite3_column_text (statement, 2),
                                          sqlite3_column_int (statement, 3),
                                          sqlite3_column_int (statement, 4) != 0));
    }

  if (step == 0)
    return FALSE;

  sqlite3_reset (statement);
  g_clear_pointer (&self->stages, g_ptr_array_unref);
  self->stages = g_steal_pointer (&stages);
  return TRUE;
}

/**
 * pursuit_repository_open:
 *
 * Opens or creates the database at @path, upgrading it (after a backup next
 * to it) when it is older than this version. A file that is newer, damaged or
 * not Pursuit's is refused and left untouched.
 */
static PursuitRepository *
open_at (const char  *path,
         gboolean     alone,
         GError     **error)
{
  g_autoptr(PursuitRepository) self = NULL;
  g_autofree char *backup_path = NULL;
  const PursuitMigration *migrations;
  guint n_migrations;
  int version = 0;

  self = g_object_new (PURSUIT_TYPE_REPOSITORY, NULL);
  self->database = pursuit_database_open_full (path, alone, error);
  if (self->database == NULL)
    return NULL;

  if (!pursuit_database_get_pragma_int (self->database, "user_version", &version, error))
    return NULL;

  migrations = pursuit_migrations_get_all (&n_migrations);
  backup_path = g_strdup_printf ("%s.v%d.backup", path, version);

  /* WAL changes the file header: switch only once the file is known to be
   * a readable Pursuit database. */
  if (!pursuit_database_exec (self->database, "PRAGMA foreign_keys = ON", error) ||
      !pursuit_migrations_apply (self->database, migrations, n_migrations,
                                 pursuit_migrations_get_latest (), backup_path, error) ||
      !load_stages (self, error) ||
      !pursuit_database_exec (self->database, "PRAGMA journal_mode = WAL", error))
    return NULL;

  /* What is read from here on is the starting point for other programs'
   * changes. */
  {
    gboolean changed;

    if (!pursuit_repository_changed_elsewhere (self, &changed, error))
      return NULL;
  }

  return g_steal_pointer (&self);
}

/**
 * pursuit_repository_open:
 *
 * Opens or creates the database at @path, upgrading it (after a backup next
 * to it) when it is older than this version. A file that is newer, damaged or
 * not Pursuit's is refused and left untouched. On a full disk the jobs can
 * still be read (the file is then kept to this program alone); saving tells
 * that the disk is full.
 */
PursuitRepository *
pursuit_repository_open (const char  *path,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PursuitRepository *self;

  g_return_val_if_fail (path != NULL, NULL);

  if (!ensure_parent_folder (path, error))
    return NULL;

  self = open_at (path, FALSE, &local_error);
  if (self == NULL && g_error_matches (local_error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_DISK_FULL))
    {
      g_autoptr(GError) alone_error = NULL;

      self = open_at (path, TRUE, &alone_error);
      if (self != NULL)
        g_message ("The disk is full: %s is open for reading; changes cannot be saved until there is room", path);
    }

  if (self == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return self;
}

const char *
pursuit_repository_get_path (PursuitRepository *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  return pursuit_database_get_path (self->database);
}

static gpointer
copy_object (gconstpointer object,
             gpointer      user_data)
{
  return g_object_ref ((gpointer) object);
}

GPtrArray *
pursuit_repository_list_stages (PursuitRepository *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  return g_ptr_array_copy (self->stages, copy_object, NULL);
}

static PursuitStage *
stage_by_id (PursuitRepository *self,
             gint64             id)
{
  for (guint i = 0; i < self->stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (self->stages, i);

      if (pursuit_stage_get_id (stage) == id)
        return stage;
    }
  return NULL;
}

/* A read of jobs: the columns of pursuit-job-columns.c and @where. */
static sqlite3_stmt *
prepare_job_read (PursuitRepository  *self,
                  gboolean            with_long_texts,
                  const char         *where,
                  GError            **error)
{
  g_autofree char *sql = g_strconcat (pursuit_job_columns_select (with_long_texts), where, NULL);

  return pursuit_database_prepare (self->database, sql, error);
}

/**
 * pursuit_repository_find_stage:
 * @id_kind_or_name: a stage id, a kind nick ("applied") or a stage's shown name
 *
 * Returns: (transfer none) (nullable): the stage
 */
PursuitStage *
pursuit_repository_find_stage (PursuitRepository *self,
                               const char        *id_kind_or_name)
{
  guint64 id;
  PursuitStageKind kind;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (id_kind_or_name != NULL, NULL);

  if (g_ascii_string_to_unsigned (id_kind_or_name, 10, 1, G_MAXINT64, &id, NULL))
    return stage_by_id (self, (gint64) id);

  for (guint i = 0; i < self->stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (self->stages, i);
      g_autofree char *name = g_utf8_casefold (pursuit_stage_get_name (stage), -1);
      g_autofree char *wanted = g_utf8_casefold (id_kind_or_name, -1);

      if (g_strcmp0 (name, wanted) == 0)
        return stage;
    }

  if (pursuit_stage_kind_from_nick (id_kind_or_name, &kind))
    {
      for (guint i = 0; i < self->stages->len; i++)
        {
          PursuitStage *stage = g_ptr_array_index (self->stages, i);

          if (pursuit_stage_get_kind (stage) == kind)
            return stage;
        }
    }

  return NULL;
}

typedef struct
{
  gint64 updated_at;
  gint64 id;
  PursuitJob *job;
} SortKey;

static int
compare_recently_updated (gconstpointer a,
                          gconstpointer b)
{
  const SortKey *x = a, *y = b;

  if (x->updated_at != y->updated_at)
    return x->updated_at < y->updated_at ? 1 : -1;
  return x->id < y->id ? 1 : x->id > y->id ? -1 : 0;
}

/* Most recently updated first, then the newest. The keys are read once:
 * through the getters, the comparisons took longer than the sort. */
static void
sort_recently_updated (GPtrArray *jobs)
{
  g_autofree SortKey *keys = NULL;

  if (jobs->len < 2)
    return;

  keys = g_new (SortKey, jobs->len);
  for (guint i = 0; i < jobs->len; i++)
    {
      keys[i].job = g_ptr_array_index (jobs, i);
      keys[i].updated_at = pursuit_job_get_updated_at (keys[i].job);
      keys[i].id = pursuit_job_get_id (keys[i].job);
    }

  qsort (keys, jobs->len, sizeof (SortKey), compare_recently_updated);
  for (guint i = 0; i < jobs->len; i++)
    jobs->pdata[i] = keys[i].job;
}

/* Reads the jobs of @statement, whose first parameter is the current time. */
static GPtrArray *
read_listed_jobs (PursuitRepository  *self,
                  sqlite3_stmt       *statement,
                  GError            **error)
{
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  int step;

  sqlite3_bind_int64 (statement, 1, g_get_real_time () / G_USEC_PER_SEC);

  while ((step = pursuit_database_step (self->database, statement, error)) == SQLITE_ROW)
    g_ptr_array_add (jobs, pursuit_job_columns_read (statement, FALSE, self->stages));

  if (step == 0)
    return NULL;

  sqlite3_reset (statement);
  return g_steal_pointer (&jobs);
}

/* A read of every job passes each page of the jobs table once: through
 * SQLite's page cache of 2 MB, which it filled while the first read's
 * objects were being made (the load's peak) and left full (the sync's
 * stamps). A smaller cache while it runs, enough for the other tables'
 * lookups each job makes in order of id, keeps it out of that peak; later
 * reads of other kinds (Insights' tagging) may fill it again. */
#define SCAN_CACHE_KIB 256

/* Returns the cache size to give end_scan(). */
static int
begin_scan (PursuitRepository *self)
{
  int cache_size = 0;

  if (!pursuit_database_get_pragma_int (self->database, "cache_size", &cache_size, NULL) ||
      !pursuit_database_set_pragma_int (self->database, "cache_size", -SCAN_CACHE_KIB, NULL))
    return 0;
  return cache_size;
}

/* The pages cached stay as few as the scan left them. */
static void
end_scan (PursuitRepository *self,
          int                cache_size)
{
  if (cache_size != 0)
    pursuit_database_set_pragma_int (self->database, "cache_size", cache_size, NULL);
}

/* Jobs not in the trash, most recently updated first. */
GPtrArray *
pursuit_repository_list_jobs (PursuitRepository  *self,
                              GError            **error)
{
  g_autoptr(GPtrArray) jobs = NULL;
  sqlite3_stmt *statement;
  int cache_size;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  statement = prepare_job_read (self, FALSE, " WHERE trashed_at IS NULL", error);
  if (statement == NULL)
    return NULL;

  cache_size = begin_scan (self);
  jobs = read_listed_jobs (self, statement, error);
  end_scan (self, cache_size);
  if (jobs == NULL)
    return NULL;

  /* Sorted here, not by SQL: ORDER BY walks the jobs_updated index and
   * fetches each row out of order, reading the large rows (with their
   * posting text) page by page at random; a scan in table order and a
   * sort of the objects is four times faster at 100,000 jobs. */
  sort_recently_updated (jobs);
  return g_steal_pointer (&jobs);
}

static gint64
stamp_column (sqlite3_stmt *statement,
              int           column)
{
  return sqlite3_column_type (statement, column) == SQLITE_NULL ? G_MININT64 : sqlite3_column_int64 (statement, column);
}

/* One step of splitmix64's finaliser: a bijection of 64 bits that spreads
 * every bit of its input over its output. */
static guint64
mix64 (guint64 value)
{
  value = (value ^ (value >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  value = (value ^ (value >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return value ^ (value >> 31);
}

/**
 * pursuit_job_stamp_digest:
 *
 * Returns: the digest of a job's stamp (see #PursuitJobStamps), its lowest bit
 *   (PURSUIT_JOB_STAMP_UNSURE) clear
 */
guint64
pursuit_job_stamp_digest (gint64 updated_at,
                          gint64 stage_entered_at,
                          gint64 next_interview_at,
                          gint64 n_documents)
{
  guint64 digest = G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);

  digest = mix64 (digest ^ (guint64) updated_at);
  digest = mix64 (digest ^ (guint64) stage_entered_at);
  digest = mix64 (digest ^ (guint64) next_interview_at);
  digest = mix64 (digest ^ (guint64) n_documents);
  return digest & ~PURSUIT_JOB_STAMP_UNSURE;
}

/* @stamps (or new ones, when NULL) with room for @n_stamps. */
static PursuitJobStamps *
grow_stamps (PursuitJobStamps *stamps,
             guint             n_stamps)
{
  gboolean made = stamps == NULL;

  stamps = g_realloc (stamps, sizeof (PursuitJobStamps) + (gsize) n_stamps * sizeof (guint64));
  if (made)
    {
      g_atomic_ref_count_init (&stamps->ref);
      stamps->len = 0;
      stamps->n_runs = 0;
      stamps->runs = NULL;
      stamps->ids = NULL;
    }
  return stamps;
}

PursuitJobStamps *
pursuit_job_stamps_ref (PursuitJobStamps *stamps)
{
  g_atomic_ref_count_inc (&stamps->ref);
  return stamps;
}

void
pursuit_job_stamps_unref (PursuitJobStamps *stamps)
{
  if (g_atomic_ref_count_dec (&stamps->ref))
    {
      g_free (stamps->runs);
      g_free (stamps->ids);
      g_free (stamps);
    }
}

/**
 * pursuit_repository_list_job_stamps:
 * @unsure_from: the stamp of a job updated at this second or later is
 *   marked PURSUIT_JOB_STAMP_UNSURE: updated_at counts seconds, and a
 *   change made in the second of the read, by this program and then by
 *   another, could leave the same stamp
 *
 * For pursuit-store-sync.c: what tells, for each job not in the trash,
 * that it changed, without reading the jobs.
 *
 * Returns: (transfer full): each job's stamp, sorted by id (for
 *   pursuit_job_stamps_find()): 8 bytes a job in one block, and the runs of
 *   their ids; or %NULL with @error set
 */
PursuitJobStamps *
pursuit_repository_list_job_stamps (PursuitRepository  *self,
                                    gint64              unsure_from,
                                    GError            **error)
{
  g_autoptr(PursuitJobStamps) stamps = NULL;
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (PursuitJobStampRun));
  guint n_allocated = 0;
  gint64 last_id = 0;
  sqlite3_stmt *statement;
  int cache_size;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  statement = pursuit_database_prepare (self->database, pursuit_job_columns_stamps_select (), error);
  if (statement == NULL)
    return NULL;

  cache_size = begin_scan (self);
  sqlite3_bind_int64 (statement, 1, g_get_real_time () / G_USEC_PER_SEC);
  while ((step = pursuit_database_step (self->database, statement, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);
      gint64 updated_at = sqlite3_column_int64 (statement, 1);
      guint64 digest = pursuit_job_stamp_digest (updated_at, stamp_column (statement, 2),
                                                 stamp_column (statement, 3), sqlite3_column_int64 (statement, 4));

      if (updated_at >= unsure_from)
        digest |= PURSUIT_JOB_STAMP_UNSURE;
      if (stamps == NULL || stamps->len == n_allocated)
        stamps = grow_stamps (stamps, n_allocated = pursuit_capacity_for (n_allocated, n_allocated + 1));
      /* In order of id: one more of the run, or a new run. */
      if (stamps->len == 0 || last_id == G_MAXINT64 || id != last_id + 1)
        {
          PursuitJobStampRun run = { id, stamps->len };

          g_array_append_val (runs, run);
        }
      last_id = id;
      stamps->digests[stamps->len++] = digest;
    }
  sqlite3_reset (statement);
  end_scan (self, cache_size);

  if (step == 0)
    return NULL;
  /* Kept until the next look: the room to spare goes back. */
  stamps = grow_stamps (stamps, stamps != NULL ? stamps->len : 0);
  if (runs->len * sizeof (PursuitJobStampRun) <= stamps->len * sizeof (gint64))
    {
      stamps->n_runs = runs->len;
      stamps->runs = g_memdup2 (runs->data, runs->len * sizeof (PursuitJobStampRun));
    }
  else
    {
      stamps->ids = g_new (gint64, stamps->len);
      for (guint r = 0; r < runs->len; r++)
        {
          PursuitJobStampRun *run = &g_array_index (runs, PursuitJobStampRun, r);
          guint end = r + 1 < runs->len ? g_array_index (runs, PursuitJobStampRun, r + 1).first : stamps->len;

          for (guint i = run->first; i < end; i++)
            stamps->ids[i] = run->first_id + (i - run->first);
        }
    }
  return g_steal_pointer (&stamps);
}

/* The place where the run @run ends. */
static guint
run_end (PursuitJobStamps *stamps,
         guint             run)
{
  return run + 1 < stamps->n_runs ? stamps->runs[run + 1].first : stamps->len;
}

/**
 * pursuit_job_stamps_get_id:
 * @index: the place of a stamp, below @stamps' len
 *
 * Returns: the id of the job whose digest is at @index
 */
gint64
pursuit_job_stamps_get_id (PursuitJobStamps *stamps,
                           guint             index)
{
  guint low = 0;
  guint high;

  g_return_val_if_fail (index < stamps->len, 0);

  if (stamps->ids != NULL)
    return stamps->ids[index];
  /* The last run that starts at or before @index. */
  high = stamps->n_runs;
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (stamps->runs[middle].first <= index)
        low = middle;
      else
        high = middle;
    }
  return stamps->runs[low].first_id + (index - stamps->runs[low].first);
}

/**
 * pursuit_job_stamps_find:
 * @stamps: as pursuit_repository_list_job_stamps() gives them
 *
 * Returns: (nullable): the digest of the job @id's stamp, if listed
 */
const guint64 *
pursuit_job_stamps_find (PursuitJobStamps *stamps,
                         gint64            id)
{
  guint low = 0;
  guint high;
  guint64 offset;

  if (stamps->ids != NULL)
    {
      high = stamps->len;
      while (low < high)
        {
          guint middle = low + (high - low) / 2;

          if (stamps->ids[middle] == id)
            return &stamps->digests[middle];
          if (stamps->ids[middle] < id)
            low = middle + 1;
          else
            high = middle;
        }
      return NULL;
    }

  /* The last run that starts at or below @id, and whether it reaches it. */
  high = stamps->n_runs;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (stamps->runs[middle].first_id <= id)
        low = middle + 1;
      else
        high = middle;
    }
  if (low == 0)
    return NULL;
  low--;
  offset = (guint64) id - (guint64) stamps->runs[low].first_id;
  if (offset >= run_end (stamps, low) - stamps->runs[low].first)
    return NULL;
  return &stamps->digests[stamps->runs[low].first + (guint) offset];
}

/**
 * pursuit_repository_list_jobs_by_id:
 * @ids: (element-type gint64): the jobs to read
 *
 * The jobs of @ids that are not in the trash, read as
 * pursuit_repository_list_jobs() reads them, in no order.
 *
 * Returns: (transfer full): the jobs, or %NULL with @error set
 */
GPtrArray *
pursuit_repository_list_jobs_by_id (PursuitRepository  *self,
                                    GArray             *ids,
                                    GError            **error)
{
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  statement = prepare_job_read (self, FALSE, " WHERE trashed_at IS NULL AND jobs.id = ?2", error);
  if (statement == NULL)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GPtrArray) one = NULL;

      sqlite3_bind_int64 (statement, 2, g_array_index (ids, gint64, i));
      one = read_listed_jobs (self, statement, error);
      if (one == NULL)
        return NULL;
      g_ptr_array_extend_and_steal (jobs, g_steal_pointer (&one));
    }
  return g_steal_pointer (&jobs);
}

/**
 * pursuit_repository_list_jobs_in_two:
 * @first_size: how many jobs the first part holds
 * @first_part: (scope call): called with the @first_size most recently
 *   updated jobs, first of all, when there are more jobs than that
 *
 * pursuit_repository_list_jobs() for a list that shows its first screen
 * before every job is read: the most recently updated jobs come first,
 * through the index, then the others. Both parts are read from the same
 * state of the database, even if another program writes to it meanwhile.
 *
 * Returns: (transfer full): the jobs not given to @first_part, most recently
 *   updated first; all of them when @first_part was not called
 */
GPtrArray *
pursuit_repository_list_jobs_in_two (PursuitRepository          *self,
                                     guint                       first_size,
                                     PursuitRepositoryJobsFunc   first_part,
                                     gpointer                    user_data,
                                     GError                    **error)
{
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) all = NULL;
  sqlite3_stmt *statement;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (first_size > 0, NULL);
  g_return_val_if_fail (first_part != NULL, NULL);

  /* A read transaction: one snapshot for both queries. */
  if (!pursuit_database_exec (self->database, "BEGIN DEFERRED", error))
    return NULL;

  statement = prepare_job_read (self, FALSE,
                               " WHERE trashed_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT ?2",
                               error);
  if (statement == NULL)
    goto failed;

  /* One more than the first part tells whether there are more. */
  sqlite3_bind_int64 (statement, 2, (gint64) first_size + 1);
  first = read_listed_jobs (self, statement, error);
  if (first == NULL)
    goto failed;

  if (first->len <= first_size)
    {
      /* That was every job. */
      pursuit_database_rollback (self->database);
      return g_steal_pointer (&first);
    }

  g_ptr_array_set_size (first, first_size);

  first_part (first, user_data);

  all = pursuit_repository_list_jobs (self, error);
  if (all == NULL)
    goto failed;

  pursuit_database_rollback (self->database);

  /* The same snapshot sorted in the same order (updated_at, then id, both
   * descending): the first part is the head of the whole list. */
  g_ptr_array_remove_range (all, 0, first_size);
  return g_steal_pointer (&all);

failed:
  pursuit_database_rollback (self->database);
  return NULL;
}

/**
 * pursuit_repository_find_job:
 * @id_or_uuid: the job's number or its UUID
 *
 * Returns: (transfer full): the job, or %NULL with %PURSUIT_STORE_ERROR_NOT_FOUND
 */
PursuitJob *
pursuit_repository_find_job (PursuitRepository  *self,
                             const char         *id_or_uuid,
                             GError            **error)
{
  sqlite3_stmt *statement;
  PursuitJob *job = NULL;
  guint64 id;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (id_or_uuid != NULL, NULL);

  if (g_ascii_string_to_unsigned (id_or_uuid, 10, 1, G_MAXINT64, &id, NULL))
    {
      statement = prepare_job_read (self, TRUE, " WHERE jobs.id = ?2 AND trashed_at IS NULL", error);
      if (statement == NULL)
        return NULL;
      sqlite3_bind_int64 (statement, 2, (gint64) id);
    }
  else
    {
      statement = prepare_job_read (self, TRUE, " WHERE uuid = ?2 AND trashed_at IS NULL", error);
      if (statement == NULL)
        return NULL;
      sqlite3_bind_text (statement, 2, id_or_uuid, -1, SQLITE_TRANSIENT);
    }

  sqlite3_bind_int64 (statement, 1, g_get_real_time () / G_USEC_PER_SEC);

  step = pursuit_database_step (self->database, statement, error);
  if (step == 0)
    return NULL;

  if (step == SQLITE_ROW)
    job = pursuit_job_columns_read (statement, TRUE, self->stages);
  sqlite3_reset (statement);

  if (job == NULL)
    g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                 _("There is no job %s"), id_or_uuid);

  return job;
}

/* Ids go to SQLite in batches of this many bound parameters: one statement
 * for every batch, the last one filled up by repeating an id. */
#define FIND_BATCH 500

static char *
build_find_batch_where (void)
{
  GString *where = g_string_new (" WHERE trashed_at IS NULL AND jobs.id IN (");

  /* ?1 is the current time: the ids are ?2 on. */
  for (guint i = 0; i < FIND_BATCH; i++)
    g_string_append_printf (where, i == 0 ? "?%u" : ", ?%u", i + 2);
  g_string_append_c (where, ')');
  return g_string_free (where, FALSE);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/**
 * pursuit_repository_find_jobs:
 * @ids: (element-type gint64): job numbers, such as
 *   pursuit_repository_search_jobs() gives; repeats and unknown ones are
 *   allowed
 *
 * Reads only the jobs of @ids, as lists read them (without their long
 * texts): what a search needs to show its hits without reading every job.
 *
 * Returns: (transfer full) (element-type PursuitJob): those of the jobs
 *   that exist and are not in the trash, each once, most recently updated
 *   first
 */
GPtrArray *
pursuit_repository_find_jobs (PursuitRepository  *self,
                              GArray             *ids,
                              GError            **error)
{
  static char *where;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GArray) sorted = NULL;
  sqlite3_stmt *statement;
  guint n = 0;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (ids != NULL && g_array_get_element_size (ids) == sizeof (gint64), NULL);

  jobs = g_ptr_array_new_with_free_func (g_object_unref);
  if (ids->len == 0)
    return g_steal_pointer (&jobs);

  sorted = g_array_copy (ids);
  g_array_sort (sorted, compare_ids);
  for (guint i = 0; i < sorted->len; i++)
    {
      if (n == 0 || g_array_index (sorted, gint64, i) != g_array_index (sorted, gint64, n - 1))
        g_array_index (sorted, gint64, n++) = g_array_index (sorted, gint64, i);
    }
  g_array_set_size (sorted, n);

  if (g_once_init_enter (&where))
    g_once_init_leave (&where, build_find_batch_where ());

  statement = prepare_job_read (self, FALSE, where, error);
  if (statement == NULL)
    return NULL;

  for (guint start = 0; start < sorted->len; start += FIND_BATCH)
    {
      g_autoptr(GPtrArray) batch = NULL;

      for (guint i = 0; i < FIND_BATCH; i++)
        {
          guint index = MIN (start + i, sorted->len - 1);

          sqlite3_bind_int64 (statement, i + 2, g_array_index (sorted, gint64, index));
        }

      batch = read_listed_jobs (self, statement, error);
      if (batch == NULL)
        return NULL;
      g_ptr_array_extend_and_steal (jobs, g_steal_pointer (&batch));
    }

  sort_recently_updated (jobs);
  return g_steal_pointer (&jobs);
}

/* The columns a table of jobs prints (pursuit-cli list and search), of
 * the jobs not in the trash that @where (after an AND) keeps, with @json
 * as ?1; most recently updated first. Every other field keeps its
 * default. */
static GPtrArray *
read_brief_jobs (PursuitRepository  *self,
                 const char         *where,
                 const char         *json,
                 GError            **error)
{
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = g_strconcat ("SELECT id, stage_id, company, title, updated_at, archived FROM jobs "
                                      "WHERE trashed_at IS NULL", where, NULL);
  sqlite3_stmt *statement = pursuit_database_prepare (self->database, sql, error);
  int step;

  if (statement == NULL)
    return NULL;
  if (json != NULL)
    sqlite3_bind_text (statement, 1, json, -1, SQLITE_STATIC);

  while ((step = pursuit_database_step (self->database, statement, error)) == SQLITE_ROW)
    {
      PursuitJob *job = pursuit_job_new ();
      PursuitStage *stage = stage_by_id (self, sqlite3_column_int64 (statement, 1));

      pursuit_job_set_id (job, sqlite3_column_int64 (statement, 0));
      if (stage != NULL)
        pursuit_job_set_stage (job, stage);
      pursuit_job_set_company (job, pursuit_database_column_text (statement, 2));
      pursuit_job_set_title (job, pursuit_database_column_text (statement, 3));
      pursuit_job_set_updated_at (job, sqlite3_column_int64 (statement, 4));
      pursuit_job_set_archived (job, sqlite3_column_int (statement, 5) != 0);
      pursuit_job_set_details_loaded (job, FALSE);
      g_ptr_array_add (jobs, job);
    }
  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
  if (step == 0)
    return NULL;

  sort_recently_updated (jobs);
  return g_steal_pointer (&jobs);
}

/**
 * pursuit_repository_list_jobs_brief:
 *
 * pursuit_repository_list_jobs() for a table of jobs (pursuit-cli list):
 * of each job only the id, stage, company, title, when it was last
 * updated and whether it is archived; every other field keeps its
 * default.
 *
 * Returns: (transfer full) (element-type PursuitJob): the jobs not in the
 *   trash, most recently updated first
 */
GPtrArray *
pursuit_repository_list_jobs_brief (PursuitRepository  *self,
                                    GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  return read_brief_jobs (self, "", NULL, error);
}

/**
 * pursuit_repository_find_jobs_brief:
 * @ids: (element-type gint64): job numbers, as for
 *   pursuit_repository_find_jobs()
 *
 * pursuit_repository_find_jobs() for a table of jobs (pursuit-cli search),
 * reading what pursuit_repository_list_jobs_brief() does. At 100,000 jobs
 * a rare word's 1,237 hits took three times as long read whole.
 *
 * Returns: (transfer full) (element-type PursuitJob): those of the jobs
 *   that exist and are not in the trash, each once, most recently updated
 *   first
 */
GPtrArray *
pursuit_repository_find_jobs_brief (PursuitRepository  *self,
                                    GArray             *ids,
                                    GError            **error)
{
  g_autoptr(GString) list = g_string_new ("[");

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (ids != NULL && g_array_get_element_size (ids) == sizeof (gint64), NULL);

  if (ids->len == 0)
    return g_ptr_array_new_with_free_func (g_object_unref);

  /* The ids as one JSON array: one statement, however many. */
  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (list, i == 0 ? "%" G_GINT64_FORMAT : ",%" G_GINT64_FORMAT,
                            g_array_index (ids, gint64, i));
  g_string_append_c (list, ']');

  return read_brief_jobs (self, " AND id IN (SELECT value FROM json_each (?1))", list->str, error);
}

static gboolean run_on_job (PursuitRepository *self, const char *sql, gint64 job_id,
                            gboolean bind_now, gint64 now, GError **error);

static gboolean
check_stage (PursuitRepository  *self,
             PursuitJob         *job,
             GError            **error)
{
  PursuitStage *stage = pursuit_job_get_stage (job);

  if (stage_by_id (self, pursuit_stage_get_id (stage)) == NULL)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                           _("The job’s stage no longer exists"));
      return FALSE;
    }
  return TRUE;
}

/* Whether being in a stage of @kind means the user has applied. */
static gboolean
kind_is_past_applying (PursuitStageKind kind)
{
  return kind != PURSUIT_STAGE_KIND_WISHLIST && kind != PURSUIT_STAGE_KIND_WITHDRAWN;
}

/* Records a move in the job's timeline; a move past applying also gives
 * the job its date applied when it has none, the same day as the entry, so
 * the field and the timeline agree. Within the caller's transaction. */
static gboolean
record_stage_change (PursuitRepository  *self,
                     gint64              job_id,
                     gint64              stage_id,
                     const char         *note,
                     gint64              now,
                     GError            **error)
{
  PursuitStage *stage = stage_by_id (self, stage_id);
  sqlite3_stmt *statement;

  statement = pursuit_database_prepare (self->database,
                                        "INSERT INTO stage_history (job_id, stage_id, entered_at, note) "
                                        "VALUES (?, ?, ?, ?)",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, job_id);
  sqlite3_bind_int64 (statement, 2, stage_id);
  sqlite3_bind_int64 (statement, 3, now);
  sqlite3_bind_text (statement, 4, note != NULL ? note : "", -1, SQLITE_TRANSIENT);
  if (!pursuit_database_run (self->database, statement, error))
    return FALSE;

  if (stage != NULL && kind_is_past_applying (pursuit_stage_get_kind (stage)))
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (now);
      g_autofree char *date = g_date_time_format (when, "%Y-%m-%d");

      statement = pursuit_database_prepare (self->database,
                                            "UPDATE jobs SET applied_on = ? "
                                            "WHERE id = ? AND (applied_on IS NULL OR applied_on = '')",
                                            error);
      if (statement == NULL)
        return FALSE;

      sqlite3_bind_text (statement, 1, date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (statement, 2, job_id);
      if (!pursuit_database_run (self->database, statement, error))
        return FALSE;

      /* Having applied, the job sent the documents it uses: record which
       * versions, exactly, on the date applied. */
      if (!pursuit_repository_send_linked_documents (self->database, job_id, now, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * pursuit_repository_prepare_new_job:
 * @make_texts_row: whether the caller has set the trigger that makes a
 *   job's texts row aside (a batch), so the row is inserted here
 * @statements: (out caller-allocates): the statements, cached by @database
 *
 * Prepares what pursuit_repository_write_new_job_with() runs, once for a
 * batch of any size.
 */
gboolean
pursuit_repository_prepare_new_job (PursuitDatabase          *database,
                                    gboolean                  make_texts_row,
                                    PursuitNewJobStatements  *statements,
                                    GError                  **error)
{
  g_autofree char *texts_sql = NULL;

  statements->job = pursuit_database_prepare (database, pursuit_job_columns_insert_sql (), error);
  if (statements->job == NULL)
    return FALSE;

  if (!make_texts_row)
    texts_sql = pursuit_job_columns_update_sql (PURSUIT_JOB_ALL_FIELDS, PURSUIT_JOB_TABLE_TEXTS);
  statements->texts = pursuit_database_prepare (database,
                                                make_texts_row ? pursuit_job_columns_insert_texts_sql () : texts_sql,
                                                error);
  return statements->texts != NULL;
}

/**
 * pursuit_repository_write_new_job_with:
 * @statements: from pursuit_repository_prepare_new_job()
 * @uuid: a valid UUID
 *
 * Writes a new job's row and its long texts (the texts row is made with it
 * by a trigger unless @statements insert it), within the caller's
 * transaction; its timeline is the caller's to write. The one way both a
 * single job and an import are written.
 */
gboolean
pursuit_repository_write_new_job_with (PursuitDatabase          *database,
                                       PursuitNewJobStatements  *statements,
                                       PursuitJob               *job,
                                       const char               *uuid,
                                       gint64                    created_at,
                                       gint64                    updated_at,
                                       gint64                   *id,
                                       GError                  **error)
{
  int parameter;

  /* The job and @uuid keep their strings while the statements run. */
  parameter = pursuit_job_columns_bind (statements->job, 1, job, PURSUIT_JOB_ALL_FIELDS, PURSUIT_JOB_TABLE_JOBS);
  sqlite3_bind_text (statements->job, parameter++, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (statements->job, parameter++, created_at);
  sqlite3_bind_int64 (statements->job, parameter, updated_at);
  if (!pursuit_database_run (database, statements->job, error))
    return FALSE;

  *id = pursuit_database_last_insert_id (database);

  parameter = pursuit_job_columns_bind (statements->texts, 1, job, PURSUIT_JOB_ALL_FIELDS, PURSUIT_JOB_TABLE_TEXTS);
  sqlite3_bind_int64 (statements->texts, parameter, *id);
  return pursuit_database_run (database, statements->texts, error);
}

/**
 * pursuit_repository_write_new_job:
 *
 * Prepares and writes one new job: pursuit_repository_prepare_new_job()
 * and pursuit_repository_write_new_job_with() in one.
 */
gboolean
pursuit_repository_write_new_job (PursuitDatabase  *database,
                                  PursuitJob       *job,
                                  const char       *uuid,
                                  gint64            created_at,
                                  gint64            updated_at,
                                  gboolean          make_texts_row,
                                  gint64           *id,
                                  GError          **error)
{
  PursuitNewJobStatements statements;

  return pursuit_repository_prepare_new_job (database, make_texts_row, &statements, error) &&
         pursuit_repository_write_new_job_with (database, &statements, job, uuid, created_at, updated_at, id, error);
}

/**
 * pursuit_repository_insert_job:
 *
 * Saves a new job and its first timeline entry together. On success @job
 * carries its id, UUID (made here unless it had one) and times.
 */
gboolean
pursuit_repository_insert_job (PursuitRepository  *self,
                               PursuitJob         *job,
                               gint64              now,
                               GError            **error)
{
  g_autofree char *uuid = NULL;
  char buffer[PURSUIT_JOB_UUID_SIZE];
  gint64 id;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_JOB (job), FALSE);

  if (!pursuit_job_validate (job, error) || !check_stage (self, job, error))
    return FALSE;

  uuid = g_strdup (pursuit_job_get_uuid (job, buffer));
  if (uuid[0] == '\0')
    {
      g_free (uuid);
      uuid = pursuit_uuid_new ();
    }
  else if (!g_uuid_string_is_valid (uuid))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("“%s” is not a valid UUID"), uuid);
      return FALSE;
    }

  if (!pursuit_database_begin (self->database, error))
    return FALSE;

  if (!pursuit_repository_write_new_job (self->database, job, uuid, now, now, FALSE, &id, error) ||
      !record_stage_change (self, id,
                            pursuit_stage_get_id (pursuit_job_get_stage (job)),
                            NULL, now, error) ||
      !pursuit_database_commit (self->database, error))
    goto failed;

  pursuit_job_set_id (job, id);
  pursuit_job_set_uuid (job, uuid);
  pursuit_job_set_created_at (job, now);
  pursuit_job_set_updated_at (job, now);
  pursuit_job_set_stage_entered_at (job, now);
  if (pursuit_job_get_applied_on (job)[0] == '\0' &&
      kind_is_past_applying (pursuit_stage_get_kind (pursuit_job_get_stage (job))))
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (now);
      g_autofree char *date = g_date_time_format (when, "%Y-%m-%d");

      pursuit_job_set_applied_on (job, date);
    }
  return TRUE;

failed:
  pursuit_database_rollback (self->database);
  return FALSE;
}

static gboolean
read_stage_id (PursuitRepository  *self,
               gint64              job_id,
               gint64             *stage_id,
               GError            **error)
{
  sqlite3_stmt *statement;
  int step;

  statement = pursuit_database_prepare (self->database,
                                        "SELECT stage_id FROM jobs WHERE id = ? AND trashed_at IS NULL",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, job_id);
  step = pursuit_database_step (self->database, statement, error);
  if (step == 0)
    return FALSE;

  if (step == SQLITE_DONE)
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, job_id);

      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is a job's number */
                   _("There is no job %s"), id_text);
      return FALSE;
    }

  *stage_id = sqlite3_column_int64 (statement, 0);
  sqlite3_reset (statement);
  return TRUE;
}

static gboolean
update_table (PursuitRepository  *self,
              PursuitJob         *job,
              PursuitJobFields    fields,
              PursuitJobTable     table,
              gint64              now,
              GError            **error)
{
  g_autofree char *sql = pursuit_job_columns_update_sql (fields, table);
  sqlite3_stmt *statement;
  int parameter;

  if (sql == NULL)
    return TRUE;

  statement = pursuit_database_prepare (self->database, sql, error);
  if (statement == NULL)
    return FALSE;

  parameter = pursuit_job_columns_bind (statement, 1, job, fields, table);
  if (table == PURSUIT_JOB_TABLE_JOBS)
    sqlite3_bind_int64 (statement, parameter++, now);
  sqlite3_bind_int64 (statement, parameter, pursuit_job_get_id (job));
  return pursuit_database_run (self->database, statement, error);
}

/**
 * pursuit_repository_update_job:
 * @fields: which of @job's fields to save; the others keep what the
 *   database holds, whatever @job says of them
 *
 * Saves @fields of @job; a new stage is added to its timeline in the same
 * transaction. On success @job carries the new update time. Long texts are
 * saved only from a job that has them loaded.
 */
gboolean
pursuit_repository_update_job (PursuitRepository  *self,
                               PursuitJob         *job,
                               PursuitJobFields    fields,
                               gint64              now,
                               GError            **error)
{
  gint64 old_stage_id = 0;
  gint64 new_stage_id;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_JOB (job), FALSE);

  if (!pursuit_job_validate (job, error) || !check_stage (self, job, error))
    return FALSE;

  /* A job read for a list has no details (long texts, the posting's
   * address): those are kept as they are. */
  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS && !pursuit_job_get_details_loaded (job); field++)
    if (pursuit_job_field_is_detail (field))
      fields &= ~PURSUIT_JOB_FIELD_BIT (field);

  if (!pursuit_database_begin (self->database, error))
    return FALSE;

  if (!read_stage_id (self, pursuit_job_get_id (job), &old_stage_id, error))
    goto failed;

  /* The row's update time changes whatever was saved. */
  if (!update_table (self, job, fields, PURSUIT_JOB_TABLE_JOBS, now, error) ||
      (pursuit_job_columns_in_table (fields, PURSUIT_JOB_TABLE_JOBS) == 0 &&
       !run_on_job (self, "UPDATE jobs SET updated_at = ? WHERE id = ?", pursuit_job_get_id (job),
                    TRUE, now, error)) ||
      !update_table (self, job, fields, PURSUIT_JOB_TABLE_TEXTS, now, error))
    goto failed;

  new_stage_id = pursuit_stage_get_id (pursuit_job_get_stage (job));
  if ((fields & PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_STAGE)) != 0 &&
      new_stage_id != old_stage_id &&
      !record_stage_change (self, pursuit_job_get_id (job), new_stage_id, NULL, now, error))
    goto failed;

  if (!pursuit_database_commit (self->database, error))
    goto failed;

  pursuit_job_set_updated_at (job, now);
  if ((fields & PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_STAGE)) != 0 && new_stage_id != old_stage_id)
    pursuit_job_set_stage_entered_at (job, now);
  return TRUE;

failed:
  pursuit_database_rollback (self->database);
  return FALSE;
}

static gboolean
run_on_job (PursuitRepository  *self,
            const char         *sql,
            gint64              job_id,
            gboolean            bind_now,
            gint64              now,
            GError            **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (self->database, sql, error);

  if (statement == NULL)
    return FALSE;

  if (bind_now)
    {
      sqlite3_bind_int64 (statement, 1, now);
      sqlite3_bind_int64 (statement, 2, job_id);
    }
  else
    sqlite3_bind_int64 (statement, 1, job_id);

  if (!pursuit_database_run (self->database, statement, error))
    return FALSE;

  if (pursuit_database_changes (self->database) == 0)
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, job_id);

      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   /* Translators: %s is a job's number */
                   _("There is no job %s"), id_text);
      return FALSE;
    }

  return TRUE;
}

/* Hides the job while its deletion can still be undone. */
gboolean
pursuit_repository_trash_job (PursuitRepository  *self,
                              gint64              job_id,
                              gint64              now,
                              GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  return run_on_job (self, "UPDATE jobs SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL",
                     job_id, TRUE, now, error);
}

gboolean
pursuit_repository_restore_job (PursuitRepository  *self,
                                gint64              job_id,
                                GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  return run_on_job (self, "UPDATE jobs SET trashed_at = NULL WHERE id = ? AND trashed_at IS NOT NULL",
                     job_id, FALSE, 0, error);
}

/* Deletes the job for good; its timeline goes with it (ON DELETE CASCADE). */
gboolean
pursuit_repository_delete_job (PursuitRepository  *self,
                               gint64              job_id,
                               GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  if (!pursuit_database_begin (self->database, error))
    return FALSE;

  if (!run_on_job (self, "DELETE FROM jobs WHERE id = ?", job_id, FALSE, 0, error) ||
      !pursuit_database_commit (self->database, error))
    {
      pursuit_database_rollback (self->database);
      return FALSE;
    }

  return TRUE;
}

gboolean
pursuit_repository_purge_trash (PursuitRepository  *self,
                                GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  if (!pursuit_database_begin (self->database, error))
    return FALSE;

  if (!pursuit_database_exec (self->database, "DELETE FROM jobs WHERE trashed_at IS NOT NULL", error) ||
      !pursuit_database_commit (self->database, error))
    {
      pursuit_database_rollback (self->database);
      return FALSE;
    }

  return TRUE;
}

/* The job's timeline, oldest first. */
GPtrArray *
pursuit_repository_list_stage_changes (PursuitRepository  *self,
                                       gint64              job_id,
                                       GError            **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  sqlite3_stmt *statement;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_stage_change_free);
  statement = pursuit_database_prepare (self->database,
                                        "SELECT id, job_id, stage_id, entered_at, note "
                                        "FROM stage_history WHERE job_id = ? "
                                        "ORDER BY entered_at, id",
                                        error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_int64 (statement, 1, job_id);
  while ((step = pursuit_database_step (self->database, statement, error)) == SQLITE_ROW)
    g_ptr_array_add (changes,
                     pursuit_stage_change_new (sqlite3_column_int64 (statement, 0),
                                               sqlite3_column_int64 (statement, 1),
                                               sqlite3_column_int64 (statement, 2),
                                               sqlite3_column_int64 (statement, 3),
                                               pursuit_database_column_text (statement, 4)));
  if (step == 0)
    return NULL;

  sqlite3_reset (statement);
  return g_steal_pointer (&changes);
}

/**
 * pursuit_repository_insert_self_check_result:
 *
 * Saves a taken self-check with all its answers in one transaction; on
 * success @result carries its id.
 */
gboolean
pursuit_repository_insert_self_check_result (PursuitRepository       *self,
                                             PursuitSelfCheckResult  *result,
                                             GError                 **error)
{
  sqlite3_stmt *statement;
  gint64 id;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  if (result->check_id == NULL || result->band_id == NULL || result->score < 0 || result->score > 100)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The self-check result is incomplete"));
      return FALSE;
    }

  if (!pursuit_database_begin (self->database, error))
    return FALSE;

  statement = pursuit_database_prepare (self->database,
                                        "INSERT INTO self_check_results (check_id, taken_at, score, band_id) "
                                        "VALUES (?, ?, ?, ?)",
                                        error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_text (statement, 1, result->check_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, result->taken_at);
  sqlite3_bind_double (statement, 3, result->score);
  sqlite3_bind_text (statement, 4, result->band_id, -1, SQLITE_TRANSIENT);
  if (!pursuit_database_run (self->database, statement, error))
    goto failed;

  id = pursuit_database_last_insert_id (self->database);

  for (guint i = 0; i < result->item_ids->len; i++)
    {
      statement = pursuit_database_prepare (self->database,
                                            "INSERT INTO self_check_answers (result_id, item_id, value) "
                                            "VALUES (?, ?, ?)",
                                            error);
      if (statement == NULL)
        goto failed;

      sqlite3_bind_int64 (statement, 1, id);
      sqlite3_bind_text (statement, 2, g_ptr_array_index (result->item_ids, i), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (statement, 3, g_array_index (result->values, int, i));
      if (!pursuit_database_run (self->database, statement, error))
        goto failed;
    }

  if (!pursuit_database_commit (self->database, error))
    goto failed;

  result->id = id;
  return TRUE;

failed:
  pursuit_database_rollback (self->database);
  return FALSE;
}

static gboolean
load_answers (PursuitRepository       *self,
              PursuitSelfCheckResult  *result,
              GError                 **error)
{
  sqlite3_stmt *statement;
  int step;

  statement = pursuit_database_prepare (self->database,
                                        "SELECT item_id, value FROM self_check_answers "
                                        "WHERE result_id = ? ORDER BY rowid",
                                        error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, result->id);
  while ((step = pursuit_database_step (self->database, statement, error)) == SQLITE_ROW)
    pursuit_self_check_result_add_answer (result, pursuit_database_column_text (statement, 0),
                                          sqlite3_column_int (statement, 1));
  if (step == 0)
    return FALSE;

  sqlite3_reset (statement);
  return TRUE;
}

/**
 * pursuit_repository_list_self_check_results:
 *
 * Returns: (transfer full) (element-type PursuitSelfCheckResult): every time
 *   @check_id was taken, the latest first, with the answers
 */
GPtrArray *
pursuit_repository_list_self_check_results (PursuitRepository  *self,
                                            const char         *check_id,
                                            GError            **error)
{
  g_autoptr(GPtrArray) results = NULL;
  sqlite3_stmt *statement;
  int step;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (check_id != NULL, NULL);

  results = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_self_check_result_free);
  statement = pursuit_database_prepare (self->database,
                                        "SELECT id, taken_at, score, band_id FROM self_check_results "
                                        "WHERE check_id = ? ORDER BY taken_at DESC, id DESC",
                                        error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_text (statement, 1, check_id, -1, SQLITE_TRANSIENT);
  while ((step = pursuit_database_step (self->database, statement, error)) == SQLITE_ROW)
    {
      PursuitSelfCheckResult *result =
        pursuit_self_check_result_new (check_id, sqlite3_column_int64 (statement, 1),
                                       sqlite3_column_double (statement, 2),
                                       pursuit_database_column_text (statement, 3));

      result->id = sqlite3_column_int64 (statement, 0);
      g_ptr_array_add (results, result);
    }
  if (step == 0)
    return NULL;
  sqlite3_reset (statement);

  /* The answers come in a second pass: the statement above must be done
   * before another one runs on the connection's cache. */
  for (guint i = 0; i < results->len; i++)
    {
      if (!load_answers (self, g_ptr_array_index (results, i), error))
        return NULL;
    }

  return g_steal_pointer (&results);
}

/* Turns what a user types into an FTS5 query: every word must appear, each
 * as the start of a word, with FTS syntax in the input taken literally. A
 * single letter narrows nothing useful and matches most jobs, so words are
 * searched from their second character on. */
char *
pursuit_repository_build_fts_query (const char *query)
{
  /* The caller refused text that is not UTF-8: counting the characters
   * of such a word would read past its end. */
  g_auto(GStrv) words = g_strsplit_set (query, " \t\n\r", -1);
  g_autoptr(GString) fts = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) quoted = NULL;
      g_autofree char *escaped = NULL;

      if (g_utf8_strlen (words[i], -1) < 2)
        continue;

      quoted = g_strsplit (words[i], "\"", -1);
      escaped = g_strjoinv ("\"\"", quoted);
      if (fts->len > 0)
        g_string_append_c (fts, ' ');
      g_string_append_printf (fts, "\"%s\"*", escaped);
    }

  return g_string_free (g_steal_pointer (&fts), FALSE);
}

/* The ids of the jobs whose words match the FTS5 query ?1, and those of
 * the jobs one of whose prep notes' words do; together, the jobs found. */
#define JOB_WORDS_MATCH_SQL \
  "SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH ?1"
#define NOTE_WORDS_MATCH_SQL \
  "SELECT job_id FROM prep_notes WHERE job_id IS NOT NULL AND id IN " \
  "(SELECT rowid FROM prep_notes_fts WHERE prep_notes_fts MATCH ?1)"
#define JOB_MATCHES_SQL JOB_WORDS_MATCH_SQL " UNION " NOTE_WORDS_MATCH_SQL

/* The ids of both ascending arrays, ascending, each once. */
static GArray *
merge_ids (GArray *a,
           GArray *b)
{
  GArray *merged = g_array_sized_new (FALSE, FALSE, sizeof (gint64), a->len + b->len);
  guint i = 0, j = 0;

  while (i < a->len || j < b->len)
    {
      gint64 x = i < a->len ? g_array_index (a, gint64, i) : G_MAXINT64;
      gint64 y = j < b->len ? g_array_index (b, gint64, j) : G_MAXINT64;
      gint64 next = MIN (x, y);

      g_array_append_val (merged, next);
      i += x == next;
      j += y == next;
    }
  return merged;
}

/**
 * pursuit_repository_search_jobs:
 *
 * Full-text search over company, title, location, posting text and notes,
 * and over the job's prep notes.
 * Jobs in the trash may be among the ids. A @query that is not valid UTF-8
 * is refused with %PURSUIT_STORE_ERROR_INVALID.
 *
 * Returns: (transfer full) (element-type gint64): the ids of the matching
 *   jobs in ascending order, for pursuit_job_ids_contain()
 */
GArray *
pursuit_repository_search_jobs (PursuitRepository  *self,
                                const char         *query,
                                GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  /* Jobs in the trash may match: the views show only jobs of the model and
   * the CLI looks each one up, and both leave trashed jobs out. Filtering
   * here would make SQLite run the full-text query once per job. A job is
   * found by its own words or by those of one of its prep notes (their
   * index joined here): every word of the query in the job, or every word
   * in one note. */
  g_autoptr(GArray) by_job = NULL;
  g_autoptr(GArray) by_note = NULL;

  /* Two ordered reads merged here, not SQL's UNION: for a prefix found in
   * nearly every job (a word's first two letters), the UNION's sorting out
   * of repeats took twice as long as the search (14 against 7 ms for
   * 98,000 of 100,000 jobs). FTS5 gives its rows in rowid order. */
  by_job = pursuit_repository_search_ids (self, JOB_WORDS_MATCH_SQL " ORDER BY rowid", query, error);
  if (by_job == NULL)
    return NULL;
  by_note = pursuit_repository_search_ids (self, "SELECT DISTINCT job_id FROM (" NOTE_WORDS_MATCH_SQL ") ORDER BY 1",
                                           query, error);
  if (by_note == NULL)
    return NULL;
  if (by_note->len == 0)
    return g_steal_pointer (&by_job);
  return merge_ids (by_job, by_note);
}

/**
 * pursuit_repository_search_jobs_ranked:
 * @limit: the most ids wanted, 1 or more
 *
 * The same search as pursuit_repository_search_jobs(), for a list that
 * shows only the first few hits (GNOME Shell's search): jobs in the
 * trash are left out, and the others come in play first, archived ones
 * after, each most recently updated first.
 *
 * Returns: (transfer full) (element-type gint64): at most @limit ids, in
 *   that order
 */
GArray *
pursuit_repository_search_jobs_ranked (PursuitRepository  *self,
                                       const char         *query,
                                       guint               limit,
                                       GError            **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (limit > 0, NULL);

  /* The ranking reads two columns of the matches only: with thousands of
   * them, reading the jobs to sort them took a hundred times longer. */
  sql = g_strdup_printf ("SELECT id FROM jobs WHERE trashed_at IS NULL AND id IN (" JOB_MATCHES_SQL ") "
                         "ORDER BY archived, updated_at DESC, id DESC LIMIT %u", limit);
  return pursuit_repository_search_ids (self, sql, query, error);
}

/**
 * pursuit_repository_search_ids:
 * @sql: a query of ids, ascending, whose parameter ?1 is an FTS5 query
 *
 * Runs a full-text search as the user typed it (see
 * pursuit_repository_build_fts_query()). A @query that is not valid UTF-8
 * is refused with %PURSUIT_STORE_ERROR_INVALID.
 *
 * Returns: (transfer full) (element-type gint64): the ids found
 */
GArray *
pursuit_repository_search_ids (PursuitRepository  *self,
                               const char         *sql,
                               const char         *query,
                               GError            **error)
{
  /* An array, not a hash table: a short prefix may match most jobs, and
   * hashing 75,000 ids took twice as long as finding them. */
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *fts = NULL;
  sqlite3_stmt *statement;
  int step;

  /* The words are measured character by character: a cut-off sequence at
   * the end would be read past. */
  if (!g_utf8_validate (query, -1, NULL))
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The search text is not valid UTF-8"));
      return NULL;
    }

  fts = pursuit_repository_build_fts_query (query);
  if (fts[0] == '\0')
    return g_steal_pointer (&ids);

  statement = pursuit_database_prepare (self->database, sql, error);
  if (statement == NULL)
    return NULL;

  sqlite3_bind_text (statement, 1, fts, -1, SQLITE_TRANSIENT);
  while ((step = pursuit_database_step (self->database, statement, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (statement, 0);

      g_array_append_val (ids, id);
    }
  if (step == 0)
    return NULL;

  sqlite3_reset (statement);
  return g_steal_pointer (&ids);
}

/**
 * pursuit_job_ids_contain:
 * @ids: (element-type gint64): job ids in ascending order, as
 *   pursuit_repository_search_jobs() gives them
 */
gboolean
pursuit_job_ids_contain (GArray *ids,
                         gint64  id)
{
  guint low = 0, high;

  g_return_val_if_fail (ids != NULL, FALSE);

  high = ids->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      gint64 value = g_array_index (ids, gint64, middle);

      if (value == id)
        return TRUE;
      if (value < id)
        low = middle + 1;
      else
        high = middle;
    }

  return FALSE;
}

/**
 * pursuit_repository_move_job:
 * @note: (nullable): why, or what happened; kept in the timeline
 *
 * Moves a job to another stage and records it in its timeline, together.
 */
gboolean
pursuit_repository_move_job (PursuitRepository  *self,
                             gint64              job_id,
                             gint64              stage_id,
                             const char         *note,
                             gint64              now,
                             GError            **error)
{
  sqlite3_stmt *statement;
  gint64 old_stage_id = 0;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  if (stage_by_id (self, stage_id) == NULL)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                           _("There is no such stage"));
      return FALSE;
    }

  if (note != NULL && !g_utf8_validate (note, -1, NULL))
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The text is not valid UTF-8"));
      return FALSE;
    }

  if (!pursuit_database_begin (self->database, error))
    return FALSE;

  if (!read_stage_id (self, job_id, &old_stage_id, error))
    goto failed;

  if (old_stage_id == stage_id)
    {
      pursuit_database_rollback (self->database);
      return TRUE;
    }

  statement = pursuit_database_prepare (self->database,
                                        "UPDATE jobs SET stage_id = ?, updated_at = ? WHERE id = ?",
                                        error);
  if (statement == NULL)
    goto failed;

  sqlite3_bind_int64 (statement, 1, stage_id);
  sqlite3_bind_int64 (statement, 2, now);
  sqlite3_bind_int64 (statement, 3, job_id);
  if (!pursuit_database_run (self->database, statement, error))
    goto failed;

  if (!record_stage_change (self, job_id, stage_id, note, now, error) ||
      !pursuit_database_commit (self->database, error))
    goto failed;

  return TRUE;

failed:
  pursuit_database_rollback (self->database);
  return FALSE;
}

PursuitDatabase *
pursuit_repository_get_database (PursuitRepository *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);

  return self->database;
}

gboolean
pursuit_repository_reload_stages (PursuitRepository  *self,
                                  GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  return load_stages (self, error);
}

/**
 * pursuit_repository_changed_elsewhere:
 * @changed: (out): whether another connection (another program) committed
 *   a change since the last call; FALSE on the first
 *
 * Cheap enough to ask every few seconds: SQLite keeps the count.
 */
gboolean
pursuit_repository_changed_elsewhere (PursuitRepository  *self,
                                      gboolean           *changed,
                                      GError            **error)
{
  int version = 0;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);

  if (!pursuit_database_get_pragma_int (self->database, "data_version", &version, error))
    return FALSE;

  *changed = self->data_version != 0 && version != self->data_version;
  self->data_version = version;
  return TRUE;
}
