/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>

#include "pursuit-enums.h"
#include "pursuit-repository-insights.h"
#include "pursuit-repository-private.h"

/* How the search is going, in SQL aggregates. One statement works out what
 * each job went through (from its row of job_moves, which triggers keep
 * from its stage history, its date applied and the resume it sent) into a
 * temporary table; small GROUP BYs over that table
 * give the whole, each breakdown and the weeks. The temporary tables live
 * on this connection only, so the store's worker and pursuit-cli never see
 * each other's. */

static const char prepare_sql[] =
  "CREATE TEMP TABLE IF NOT EXISTS insight_tags ("
  "  job_id INTEGER PRIMARY KEY, pay INTEGER NOT NULL, role TEXT);"
  "CREATE TEMP TABLE IF NOT EXISTS insight_jobs ("
  "  id INTEGER PRIMARY KEY, source TEXT, applied_day TEXT, reached INTEGER NOT NULL,"
  "  ghosted INTEGER NOT NULL, delay REAL, resume_id INTEGER, pay INTEGER NOT NULL);"
  "DELETE FROM insight_tags;"
  "DELETE FROM insight_jobs;";

/* ?1 since, ?2 until, ?3 role, ?4 ghost days, ?5 now, ?6 the local time's
 * offset from UTC now, in seconds (faster than 'localtime' for each row;
 * a move within an hour of midnight on a day the clocks changed may land
 * on the next or previous day). Stage kinds: 1
 * Applied … 5 Accepted, 8 Ghosted. A step is reached when the history, the
 * current stage or a date applied says so; the furthest step counts, so a
 * job that skipped a step passed it. A response's delay is known when the
 * job was at Applied before it, or applied on an earlier day. */
static const char fill_sql[] =
  "INSERT INTO insight_jobs (id, source, applied_day, reached, ghosted, delay, resume_id, pay) "
  "SELECT id, source, applied_day, reached,"
  "  applied_day IS NOT NULL AND reached < 2"
  "    AND (kind = 8 OR (kind = 1 AND ?5 - coalesce (last_at, unixepoch (applied_day)) >= ?4 * 86400)),"
  "  CASE WHEN reached >= 2 AND response_day IS NOT NULL AND applied_day IS NOT NULL"
  "        AND (had_applied OR applied_day < response_day)"
  "       THEN max (0, julianday (response_day) - julianday (applied_day)) END,"
  "  resume_id, pay "
  "FROM (SELECT *, max (furthest, CASE WHEN kind BETWEEN 1 AND 5 THEN kind ELSE 0 END,"
  "                     applied_day IS NOT NULL) AS reached"
  "      FROM (SELECT jobs.id AS id, nullif (trim (jobs.source), '') AS source, stages.kind AS kind,"
  "                   coalesce (moves.furthest, 0) AS furthest, moves.last_at AS last_at,"
  "                   coalesce (moves.had_applied, 0) AS had_applied,"
  "                   date (moves.responded_at + ?6, 'unixepoch') AS response_day,"
  "                   coalesce (nullif (jobs.applied_on, ''),"
  "                             date (moves.first_progress + ?6, 'unixepoch')) AS applied_day,"
  "                   date (jobs.created_at + ?6, 'unixepoch') AS created_day,"
  "                   resumes.version_id AS resume_id,"
  "                   coalesce (tags.pay, 0) AS pay, tags.role AS role"
  "            FROM jobs"
  "            JOIN stages ON stages.id = jobs.stage_id"
  "            LEFT JOIN job_moves AS moves ON moves.job_id = jobs.id"
  /* The resume a job sent: the latest version, when it sent several. */
  "            LEFT JOIN (SELECT sent.job_id AS job_id, max (versions.id) AS version_id"
  "                       FROM job_documents AS sent"
  "                       JOIN document_versions AS versions ON versions.id = sent.version_id"
  "                       JOIN documents ON documents.id = versions.document_id"
  "                       WHERE sent.sent_on IS NOT NULL AND documents.kind = 0"
  "                       GROUP BY sent.job_id) AS resumes ON resumes.job_id = jobs.id"
  "            LEFT JOIN temp.insight_tags AS tags ON tags.job_id = jobs.id"
  "            WHERE jobs.trashed_at IS NULL)) "
  "WHERE (?1 IS NULL OR coalesce (applied_day, created_day) >= ?1)"
  "  AND (?2 IS NULL OR coalesce (applied_day, created_day) <= ?2)"
  "  AND (?3 IS NULL OR role = ?3)";

#define AGGREGATES \
  "count (*), sum (reached >= 1), sum (reached >= 2), sum (reached >= 3), sum (reached >= 4)," \
  " sum (reached >= 5), sum (ghosted)"
#define N_AGGREGATES 7

static const char total_sql[] = "SELECT " AGGREGATES " FROM temp.insight_jobs";
static const char by_source_sql[] =
  "SELECT source, " AGGREGATES " FROM temp.insight_jobs GROUP BY source "
  "ORDER BY sum (reached >= 1) DESC, source IS NULL, source";
static const char by_resume_sql[] =
  "SELECT resume_id, documents.name, versions.number, " AGGREGATES " FROM temp.insight_jobs AS i "
  "LEFT JOIN document_versions AS versions ON versions.id = i.resume_id "
  "LEFT JOIN documents ON documents.id = versions.document_id "
  "WHERE reached >= 1 GROUP BY resume_id "
  "ORDER BY count (*) DESC, resume_id IS NULL, documents.name, versions.number";
static const char by_pay_sql[] =
  "SELECT pay, " AGGREGATES " FROM temp.insight_jobs GROUP BY pay ORDER BY pay";
static const char delays_sql[] =
  "SELECT coalesce (source, ''), source IS NULL, coalesce (resume_id, 0), pay, delay "
  "FROM temp.insight_jobs WHERE delay IS NOT NULL ORDER BY delay";
static const char weeks_sql[] =
  "SELECT date (applied_day, 'weekday 0', '-6 days') AS monday, sum (n) "
  "FROM (SELECT applied_day, count (*) AS n FROM temp.insight_jobs WHERE applied_day IS NOT NULL"
  "      GROUP BY applied_day) "
  "GROUP BY monday ORDER BY monday";

static void
row_free (PursuitInsightsRow *row)
{
  g_free (row->label);
  g_free (row);
}

void
pursuit_insights_free (PursuitInsights *insights)
{
  if (insights == NULL)
    return;

  g_free (insights->total.label);
  g_clear_pointer (&insights->weeks, g_array_unref);
  g_clear_pointer (&insights->by_source, g_ptr_array_unref);
  g_clear_pointer (&insights->by_resume, g_ptr_array_unref);
  g_clear_pointer (&insights->by_pay, g_ptr_array_unref);
  g_free (insights);
}

/**
 * pursuit_insights_row_get_rate:
 * @count: a count of @row (its responded, ghosted, or a step reached)
 *
 * Returns: @count as a share of @row's applied jobs, 0 to 1; 0 when none
 *   applied
 */
double
pursuit_insights_row_get_rate (const PursuitInsightsRow *row,
                               guint                     count)
{
  g_return_val_if_fail (row != NULL, 0);

  return row->reached[0] > 0 ? (double) count / row->reached[0] : 0;
}

static void
read_aggregates (sqlite3_stmt       *statement,
                 int                 first,
                 PursuitInsightsRow *row)
{
  row->jobs = sqlite3_column_int (statement, first);
  for (guint i = 0; i < PURSUIT_INSIGHTS_N_STEPS; i++)
    row->reached[i] = sqlite3_column_int (statement, first + 1 + (int) i);
  row->responded = row->reached[1];
  row->ghosted = sqlite3_column_int (statement, first + 6);
}

/* Linear between the closest ranks, as spreadsheets' QUARTILE does. */
static double
quantile (GArray *sorted,
          double  p)
{
  double position = p * (sorted->len - 1);
  guint below = (guint) position;
  double low = g_array_index (sorted, double, below);

  if (below + 1 >= sorted->len)
    return low;
  return low + (position - below) * (g_array_index (sorted, double, below + 1) - low);
}

static void
set_delays (PursuitInsightsRow *row,
            GArray             *sorted)
{
  if (sorted == NULL || sorted->len == 0)
    return;

  row->timed = sorted->len;
  row->lower_quartile_days = quantile (sorted, 0.25);
  row->median_days = quantile (sorted, 0.5);
  row->upper_quartile_days = quantile (sorted, 0.75);
}

static void
append_delay (GHashTable *table,
              gpointer    key,
              double      delay)
{
  GArray *delays = g_hash_table_lookup (table, key);

  /* The table owns @key either way: inserting under a key it holds
   * frees the key given (and the reference the insert replaces). */
  delays = delays != NULL ? g_array_ref (delays) : g_array_new (FALSE, FALSE, sizeof (double));
  g_hash_table_insert (table, key, delays);
  g_array_append_val (delays, delay);
}

/* What the breakdowns' delays are filed under: a source ("" none) marked
 * apart from a source that is really empty text, a resume version id, a pay
 * group. */
static char *
source_key (const char *source)
{
  return source != NULL ? g_strconcat ("s", source, NULL) : g_strdup ("-");
}

static gboolean
run_statement (PursuitDatabase  *database,
               const char       *sql,
               GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database, sql, error);

  return statement != NULL && pursuit_database_run (database, statement, error);
}

static gboolean
fill (PursuitDatabase             *database,
      const PursuitInsightsQuery  *query,
      GError                     **error)
{
  sqlite3_stmt *statement;

  if (!pursuit_database_exec (database, prepare_sql, error))
    return FALSE;

  if (query->tags != NULL)
    {
      statement = pursuit_database_prepare (database,
                                            "INSERT OR REPLACE INTO temp.insight_tags (job_id, pay, role) "
                                            "VALUES (?, ?, ?)",
                                            error);
      if (statement == NULL)
        return FALSE;
      for (guint i = 0; i < query->tags->len; i++)
        {
          const PursuitInsightsTag *tag = &g_array_index (query->tags, PursuitInsightsTag, i);

          sqlite3_bind_int64 (statement, 1, tag->job_id);
          sqlite3_bind_int (statement, 2, tag->pay);
          if (tag->role != NULL)
            sqlite3_bind_text (statement, 3, tag->role, -1, SQLITE_STATIC);
          else
            sqlite3_bind_null (statement, 3);
          if (!pursuit_database_run (database, statement, error))
            return FALSE;
        }
    }

  statement = pursuit_database_prepare (database, fill_sql, error);
  if (statement == NULL)
    return FALSE;
  if (query->since != NULL)
    sqlite3_bind_text (statement, 1, query->since, -1, SQLITE_STATIC);
  if (query->until != NULL)
    sqlite3_bind_text (statement, 2, query->until, -1, SQLITE_STATIC);
  if (query->role != NULL)
    sqlite3_bind_text (statement, 3, query->role, -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 4, MAX (query->ghost_days, 0));
  sqlite3_bind_int64 (statement, 5, query->now);
  {
    g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (query->now);

    sqlite3_bind_int64 (statement, 6, g_date_time_get_utc_offset (now) / G_USEC_PER_SEC);
  }
  return pursuit_database_run (database, statement, error);
}

static gboolean
read_weeks (PursuitDatabase             *database,
            const PursuitInsightsQuery  *query,
            GArray                      *weeks,
            GError                     **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database, weeks_sql, error);
  g_autoptr(GArray) counted = g_array_new (FALSE, TRUE, sizeof (PursuitInsightsWeek));
  GDate first, last, day;
  int result;

  if (statement == NULL)
    return FALSE;
  while ((result = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    {
      PursuitInsightsWeek week = { { 0 }, 0 };

      g_strlcpy (week.monday, pursuit_database_column_text (statement, 0), sizeof week.monday);
      week.applied = sqlite3_column_int (statement, 1);
      g_array_append_val (counted, week);
    }
  sqlite3_reset (statement);
  if (result == 0)
    return FALSE;

  /* Every week from the first to the last, the range's edges included
   * when it has them, so a quiet week shows as a gap. */
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  if (query->since != NULL)
    g_date_set_parse (&first, query->since);
  else if (counted->len > 0)
    g_date_set_parse (&first, g_array_index (counted, PursuitInsightsWeek, 0).monday);
  if (query->until != NULL)
    g_date_set_parse (&last, query->until);
  else if (counted->len > 0)
    g_date_set_parse (&last, g_array_index (counted, PursuitInsightsWeek, counted->len - 1).monday);
  if (!g_date_valid (&first) || !g_date_valid (&last) || g_date_compare (&first, &last) > 0)
    return TRUE;

  g_date_subtract_days (&first, g_date_get_weekday (&first) - G_DATE_MONDAY);
  day = first;
  for (guint i = 0; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 7))
    {
      PursuitInsightsWeek week = { { 0 }, 0 };

      g_date_strftime (week.monday, sizeof week.monday, "%Y-%m-%d", &day);
      while (i < counted->len && strcmp (g_array_index (counted, PursuitInsightsWeek, i).monday, week.monday) < 0)
        i++;
      if (i < counted->len && strcmp (g_array_index (counted, PursuitInsightsWeek, i).monday, week.monday) == 0)
        week.applied = g_array_index (counted, PursuitInsightsWeek, i).applied;
      g_array_append_val (weeks, week);
    }
  return TRUE;
}

/**
 * pursuit_repository_compute_insights:
 *
 * The funnel, response rate, time to first response, ghosted share and
 * applications per week of the jobs @query selects (trashed jobs never),
 * with the same figures by source, by resume version sent and by how the
 * posted pay compared with its benchmark (from @query's tags).
 *
 * Returns: (transfer full): the figures, or %NULL with @error set
 */
PursuitInsights *
pursuit_repository_compute_insights (PursuitRepository           *self,
                                     const PursuitInsightsQuery  *query,
                                     GError                     **error)
{
  PursuitDatabase *database;
  g_autoptr(PursuitInsights) insights = NULL;
  g_autoptr(GHashTable) source_delays = NULL;
  g_autoptr(GHashTable) resume_delays = NULL;
  g_autoptr(GHashTable) pay_delays = NULL;
  g_autoptr(GArray) total_delays = NULL;
  sqlite3_stmt *statement;
  gboolean ok = FALSE;
  int result;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  database = pursuit_repository_get_database (self);
  insights = g_new0 (PursuitInsights, 1);
  insights->weeks = g_array_new (FALSE, TRUE, sizeof (PursuitInsightsWeek));
  insights->by_source = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  insights->by_resume = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  insights->by_pay = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  source_delays = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  resume_delays = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_array_unref);
  pay_delays = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  total_delays = g_array_new (FALSE, FALSE, sizeof (double));

  /* The temporary tables in memory, never in a file; then one read
   * transaction: every figure comes from the same moment, and the
   * temporary tables are written without the database's write lock. */
  if (!pursuit_database_exec (database, "PRAGMA temp_store = MEMORY", error) ||
      !pursuit_database_exec (database, "BEGIN DEFERRED", error))
    return NULL;
  if (!fill (database, query, error))
    goto out;

  /* The whole */
  if ((statement = pursuit_database_prepare (database, total_sql, error)) == NULL ||
      (result = pursuit_database_step (database, statement, error)) == 0)
    goto out;
  read_aggregates (statement, 0, &insights->total);
  sqlite3_reset (statement);

  /* Delays, sorted, for every group at once */
  if ((statement = pursuit_database_prepare (database, delays_sql, error)) == NULL)
    goto out;
  while ((result = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    {
      const char *source = sqlite3_column_int (statement, 1) ? NULL : pursuit_database_column_text (statement, 0);
      double delay = sqlite3_column_double (statement, 4);

      g_array_append_val (total_delays, delay);
      append_delay (source_delays, source_key (source), delay);
      append_delay (resume_delays, g_memdup2 (&(gint64) { sqlite3_column_int64 (statement, 2) }, sizeof (gint64)),
                    delay);
      append_delay (pay_delays, GINT_TO_POINTER (sqlite3_column_int (statement, 3)), delay);
    }
  sqlite3_reset (statement);
  if (result == 0)
    goto out;
  set_delays (&insights->total, total_delays);

  /* By source */
  if ((statement = pursuit_database_prepare (database, by_source_sql, error)) == NULL)
    goto out;
  while ((result = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    {
      PursuitInsightsRow *row = g_new0 (PursuitInsightsRow, 1);
      g_autofree char *key = NULL;

      if (sqlite3_column_type (statement, 0) != SQLITE_NULL)
        row->label = g_strdup (pursuit_database_column_text (statement, 0));
      read_aggregates (statement, 1, row);
      key = source_key (row->label);
      set_delays (row, g_hash_table_lookup (source_delays, key));
      g_ptr_array_add (insights->by_source, row);
    }
  sqlite3_reset (statement);
  if (result == 0)
    goto out;

  /* By resume version sent */
  if ((statement = pursuit_database_prepare (database, by_resume_sql, error)) == NULL)
    goto out;
  while ((result = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    {
      PursuitInsightsRow *row = g_new0 (PursuitInsightsRow, 1);
      gint64 resume_id = sqlite3_column_int64 (statement, 0);

      if (sqlite3_column_type (statement, 0) != SQLITE_NULL)
        row->label = g_strdup_printf ("%s v%d", pursuit_database_column_text (statement, 1),
                                      sqlite3_column_int (statement, 2));
      read_aggregates (statement, 3, row);
      set_delays (row, g_hash_table_lookup (resume_delays, &resume_id));
      g_ptr_array_add (insights->by_resume, row);
    }
  sqlite3_reset (statement);
  if (result == 0)
    goto out;

  /* By pay against its benchmark, when someone could tell */
  if (query->tags != NULL)
    {
      if ((statement = pursuit_database_prepare (database, by_pay_sql, error)) == NULL)
        goto out;
      while ((result = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
        {
          PursuitInsightsRow *row = g_new0 (PursuitInsightsRow, 1);

          row->pay = CLAMP (sqlite3_column_int (statement, 0), 0, PURSUIT_INSIGHTS_PAY_LAST);
          read_aggregates (statement, 1, row);
          set_delays (row, g_hash_table_lookup (pay_delays, GINT_TO_POINTER (row->pay)));
          g_ptr_array_add (insights->by_pay, row);
        }
      sqlite3_reset (statement);
      if (result == 0)
        goto out;
    }

  if (!read_weeks (database, query, insights->weeks, error))
    goto out;

  ok = TRUE;

out:
  /* Nothing was written to the database itself: ending the read cannot
   * lose anything, and the temporary rows stay until the next query. */
  if (!ok)
    pursuit_database_exec (database, "ROLLBACK", NULL);
  else if (!run_statement (database, "COMMIT", error))
    return NULL;
  return ok ? g_steal_pointer (&insights) : NULL;
}
