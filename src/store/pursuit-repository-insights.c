/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <sqlite3.h>
#include <glib/gi18n-lib.h>

#include "pursuit-enums.h"
#include "pursuit-error.h"
#include "pursuit-repository-insights.h"
#include "pursuit-repository-private.h"

/* How the search is going. One statement reads what each job went
 * through (its row of job_moves, which triggers keep from its stage
 * history; its date applied; the resume it sent; its tags, pay against
 * its benchmark and role, kept in the jobs row since schema 10) as one
 * narrow row a job, and the whole, each breakdown and the weeks are
 * counted from that stream in one pass: at 100,000 jobs a temporary table
 * of tags, another of jobs and a GROUP BY for each breakdown took twice as
 * long as the statement itself. Tags the caller gives instead (worked out
 * by the salary engine for this query) are looked up by job. */

/* What each job went through, as stored: the rules are applied in C
 * (work_out_job()), where each day is worked out once; in SQL, with the
 * subqueries flattened, a job's day applied was worked out again for every
 * expression that read it. The jobs' columns come from the covering index
 * jobs_insights (schema 11), in the order of ids, so each job's moves are
 * the next row of job_moves; the source as stored, trimmed in C
 * (source_key()), as trim() made a copy of every job's. */
static const char select_sql[] =
  "SELECT jobs.id, jobs.source, jobs.stage_id,"
  "       moves.furthest, moves.last_at, moves.had_applied, moves.responded_at, moves.first_progress,"
  "       jobs.applied_on, jobs.created_at, jobs.insights_pay, jobs.insights_role "
  "FROM jobs INDEXED BY jobs_insights "
  "LEFT JOIN job_moves AS moves ON moves.job_id = jobs.id "
  "WHERE jobs.trashed_at IS NULL "
  "ORDER BY jobs.id";

const char *
pursuit_repository_insights_statement (void)
{
  return select_sql;
}

/* The resume each job sent: the latest version, when it sent several.
 * Apart from select_sql, where the join probed an automatic index for
 * every job, also when no job sent one. */
static const char resumes_sql[] =
  "SELECT sent.job_id, max (versions.id)"
  " FROM job_documents AS sent"
  " JOIN document_versions AS versions ON versions.id = sent.version_id"
  " JOIN documents ON documents.id = versions.document_id"
  " WHERE sent.sent_on IS NOT NULL AND documents.kind = 0"
  " GROUP BY sent.job_id ORDER BY sent.job_id";

G_STATIC_ASSERT (PURSUIT_INSIGHTS_PAY_UNKNOWN == 0);

enum {
  COLUMN_ID,
  COLUMN_SOURCE,
  COLUMN_STAGE,
  COLUMN_FURTHEST,
  COLUMN_LAST_AT,
  COLUMN_HAD_APPLIED,
  COLUMN_RESPONDED_AT,
  COLUMN_FIRST_PROGRESS,
  COLUMN_APPLIED_ON,
  COLUMN_CREATED_AT,
  COLUMN_PAY_TAG,
  COLUMN_ROLE_TAG,
};

/* Days are counted from 1970-01-01 (day 0); NO_DAY is none. */
#define NO_DAY G_MININT
#define DAY_SECONDS 86400
/* GDate's Julian day of 1970-01-01. */
#define UNIX_EPOCH_JULIAN 719163

static gboolean
read_digits (const char *text,
             int         n,
             int        *value)
{
  *value = 0;
  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }
  return TRUE;
}

/* "2026-03-05" as a day; NO_DAY for a text that is no date. Read for
 * every job, so by hand: the days before the year's, its months' and its
 * own (the civil calendar's arithmetic, with March as the first month). */
static int
parse_day (const char *text)
{
  int year, month, dom, era, year_of_era, day_of_year;

  /* In this order, no character past a shorter text's end is read. */
  if (text == NULL || !read_digits (text, 4, &year) || text[4] != '-' || !read_digits (text + 5, 2, &month) ||
      text[7] != '-' || !read_digits (text + 8, 2, &dom) || text[10] != '\0' ||
      !g_date_valid_dmy ((GDateDay) dom, (GDateMonth) month, (GDateYear) year))
    return NO_DAY;

  year -= month <= 2;
  era = year / 400;
  year_of_era = year - era * 400;
  day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + dom - 1;
  return era * 146097 + year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year - 719468;
}

/* The local day of a Unix time, @offset seconds from UTC. */
static int
day_of (gint64 time,
        gint64 offset)
{
  gint64 local = time + offset;

  return (int) (local >= 0 ? local / DAY_SECONDS : -((-local + DAY_SECONDS - 1) / DAY_SECONDS));
}

/* One job's figures, worked out from its row of select_sql. */
typedef struct
{
  int applied_day;     /* NO_DAY when it never applied */
  int reached;         /* the furthest step: 1 Applied … 5 Accepted, 0 none */
  gboolean ghosted;
  double delay;        /* days to the first response, < 0 unknown */
} JobFigures;

/* Stage kinds: 1 Applied … 5 Accepted, 8 Ghosted. A step is reached when
 * the history, the current stage or a date applied says so; the furthest
 * step counts, so a job that skipped a step passed it. The day applied is
 * the date applied, or else the day of the first move to a step. A
 * response's delay is known when the job was at Applied before it, or
 * applied on an earlier day. A job still at Applied with no move for
 * @ghost_days, or marked Ghosted, and never answered, is ghosted. Days are
 * local days (@offset: the local time's offset from UTC now, faster than
 * working out each time's own; a move within an hour of midnight on a day
 * the clocks changed may land on the next or previous day). A column is
 * read only when a rule needs it: at 100,000 jobs each call to SQLite
 * for a value counts. */
static void
work_out_job (sqlite3_stmt *statement,
              int           kind,
              int           ghost_days,
              gint64        now,
              gint64        offset,
              JobFigures   *job)
{
  int furthest = sqlite3_column_int (statement, COLUMN_FURTHEST);

  job->applied_day = parse_day ((const char *) sqlite3_column_text (statement, COLUMN_APPLIED_ON));
  if (job->applied_day == NO_DAY && sqlite3_column_type (statement, COLUMN_FIRST_PROGRESS) != SQLITE_NULL)
    job->applied_day = day_of (sqlite3_column_int64 (statement, COLUMN_FIRST_PROGRESS), offset);

  job->reached = MAX (furthest, kind >= 1 && kind <= 5 ? kind : 0);
  job->reached = MAX (job->reached, job->applied_day != NO_DAY ? 1 : 0);

  job->ghosted = FALSE;
  if (job->applied_day != NO_DAY && job->reached < 2)
    {
      gboolean moved = sqlite3_column_type (statement, COLUMN_LAST_AT) != SQLITE_NULL;
      gint64 last = moved ? sqlite3_column_int64 (statement, COLUMN_LAST_AT)
                          : (gint64) job->applied_day * DAY_SECONDS;

      job->ghosted = kind == 8 || (kind == 1 && now - last >= (gint64) ghost_days * DAY_SECONDS);
    }

  job->delay = -1;
  if (job->reached >= 2 && job->applied_day != NO_DAY &&
      sqlite3_column_type (statement, COLUMN_RESPONDED_AT) != SQLITE_NULL)
    {
      int response_day = day_of (sqlite3_column_int64 (statement, COLUMN_RESPONDED_AT), offset);

      if (sqlite3_column_int (statement, COLUMN_HAD_APPLIED) != 0 || job->applied_day < response_day)
        job->delay = MAX (0, response_day - job->applied_day);
    }
}

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

/* Delays are whole days: up to this many are counted by day, which makes
 * their quantiles a walk over the counts; the longer ones (a date applied
 * years back) are kept and sorted. Sorting every group's delays took a
 * tenth of the time at 100,000 jobs. */
#define COUNTED_DAYS 1024

/* A group of a breakdown while it is counted: its figures, and the
 * delays of its responses, summed up when the stream ends. */
typedef struct
{
  PursuitInsightsRow *row;
  guint *days;         /* COUNTED_DAYS counts, made at the first delay */
  GArray *long_delays; /* double, the rest */
  guint n_delays;
  gint64 resume_id;
  char *document;      /* the resume's name, for the order of the breakdown */
  int number;
} Group;

static Group *
group_new (char *label)
{
  Group *group = g_new0 (Group, 1);

  group->row = g_new0 (PursuitInsightsRow, 1);
  group->row->label = label;
  group->long_delays = g_array_new (FALSE, FALSE, sizeof (double));
  return group;
}

static void
group_free (Group *group)
{
  if (group->row != NULL)
    row_free (group->row);
  g_free (group->days);
  g_array_unref (group->long_delays);
  g_free (group->document);
  g_free (group);
}

/* One job: @reached is its furthest step (1 Applied … 5 Accepted, 0 none). */
static void
count_job (Group  *group,
           int     reached,
           int     ghosted,
           double  delay)
{
  PursuitInsightsRow *row = group->row;

  row->jobs++;
  for (int i = 0; i < PURSUIT_INSIGHTS_N_STEPS; i++)
    row->reached[i] += reached >= i + 1;
  row->responded = row->reached[1];
  row->ghosted += ghosted != 0;
  if (delay < 0)
    return;
  group->n_delays++;
  if (delay < COUNTED_DAYS && delay == (int) delay)
    {
      if (group->days == NULL)
        group->days = g_new0 (guint, COUNTED_DAYS);
      group->days[(int) delay]++;
    }
  else
    g_array_append_val (group->long_delays, delay);
}

/* The delay of rank @rank (from 0) in ascending order: the counted days
 * come first, as every long delay is longer. */
static double
delay_at (const Group *group,
          guint        rank)
{
  guint seen = 0;

  for (int day = 0; group->days != NULL && day < COUNTED_DAYS; day++)
    {
      seen += group->days[day];
      if (rank < seen)
        return day;
    }
  return g_array_index (group->long_delays, double, rank - seen);
}

/* Linear between the closest ranks, as spreadsheets' QUARTILE does. */
static double
quantile (const Group *group,
          double       p)
{
  double position = p * (group->n_delays - 1);
  guint below = (guint) position;
  double low = delay_at (group, below);

  if (below + 1 >= group->n_delays)
    return low;
  return low + (position - below) * (delay_at (group, below + 1) - low);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The group's row, its delays summed up; the group gives it up. */
static PursuitInsightsRow *
finish_group (Group *group)
{
  PursuitInsightsRow *row = group->row;

  if (group->n_delays > 0)
    {
      g_array_sort (group->long_delays, compare_doubles);
      row->timed = group->n_delays;
      row->lower_quartile_days = quantile (group, 0.25);
      row->median_days = quantile (group, 0.5);
      row->upper_quartile_days = quantile (group, 0.75);
    }
  return g_steal_pointer (&group->row);
}

/* Sources: the most applications first, the jobs without a source last,
 * then by name. */
static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  const Group *x = *(Group * const *) a;
  const Group *y = *(Group * const *) b;

  if (x->row->reached[0] != y->row->reached[0])
    return x->row->reached[0] > y->row->reached[0] ? -1 : 1;
  if ((x->row->label == NULL) != (y->row->label == NULL))
    return x->row->label == NULL ? 1 : -1;
  return g_strcmp0 (x->row->label, y->row->label);
}

/* Resumes: the most applications first, the jobs that sent none last,
 * then by document and version. */
static int
compare_resumes (gconstpointer a,
                 gconstpointer b)
{
  const Group *x = *(Group * const *) a;
  const Group *y = *(Group * const *) b;
  int by_name;

  if (x->row->jobs != y->row->jobs)
    return x->row->jobs > y->row->jobs ? -1 : 1;
  if ((x->resume_id == 0) != (y->resume_id == 0))
    return x->resume_id == 0 ? 1 : -1;
  by_name = g_strcmp0 (x->document, y->document);
  if (by_name != 0)
    return by_name;
  return (x->number > y->number) - (x->number < y->number);
}

/* The Monday of the week of @day (weeks run Monday to Sunday; day 0,
 * 1970-01-01, was a Thursday). */
static int
monday_of (int day)
{
  int weekday = ((day + 3) % 7 + 7) % 7;   /* 0 Monday … 6 Sunday */

  return day - weekday;
}

static int
compare_weeks (gconstpointer a,
               gconstpointer b)
{
  return strcmp (((const PursuitInsightsWeek *) a)->monday, ((const PursuitInsightsWeek *) b)->monday);
}

/* The applications of a week, while they are counted. */
typedef struct
{
  int monday;          /* its Monday's day */
  guint applied;
} AppliedWeek;

/* Every week from the first to the last, the range's edges included when
 * it has them, so a quiet week shows as a gap. @applied: AppliedWeek, in
 * no order. */
static void
count_weeks (const PursuitInsightsQuery *query,
             GArray                     *applied,
             GArray                     *weeks)
{
  g_autoptr(GArray) counted = g_array_new (FALSE, TRUE, sizeof (PursuitInsightsWeek));
  GDate first, last, day;

  for (guint i = 0; i < applied->len; i++)
    {
      const AppliedWeek *applied_week = &g_array_index (applied, AppliedWeek, i);
      PursuitInsightsWeek week = { { 0 }, applied_week->applied };

      g_date_clear (&day, 1);
      g_date_set_julian (&day, (guint32) (applied_week->monday + UNIX_EPOCH_JULIAN));
      g_date_strftime (week.monday, sizeof week.monday, "%Y-%m-%d", &day);
      g_array_append_val (counted, week);
    }
  g_array_sort (counted, compare_weeks);

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
    return;

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
}

/* The names of the resume versions that were sent, for the breakdown's
 * labels and order. */
static gboolean
name_resumes (PursuitDatabase  *database,
              GPtrArray        *groups,
              GError          **error)
{
  sqlite3_stmt *statement =
    pursuit_database_prepare (database,
                              "SELECT documents.name, versions.number FROM document_versions AS versions "
                              "JOIN documents ON documents.id = versions.document_id WHERE versions.id = ?",
                              error);

  if (statement == NULL)
    return FALSE;
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = g_ptr_array_index (groups, i);
      int step;

      if (group->resume_id == 0)
        continue;
      sqlite3_bind_int64 (statement, 1, group->resume_id);
      step = pursuit_database_step (database, statement, error);
      if (step == 0)
        return FALSE;
      if (step == SQLITE_ROW)
        {
          group->document = g_strdup (pursuit_database_column_text (statement, 0));
          group->number = sqlite3_column_int (statement, 1);
          group->row->label = g_strdup_printf ("%s v%d", group->document, group->number);
        }
      sqlite3_reset (statement);
    }
  return TRUE;
}

/* A job's source as the breakdown groups it: without the spaces at either
 * end (as SQLite's trim(), no other white space), NULL for none. A copy
 * only for a source that has such spaces, in @copy. */
static const char *
source_key (const char  *source,
            char       **copy)
{
  size_t length;

  if (source == NULL)
    return NULL;
  while (*source == ' ')
    source++;
  length = strlen (source);
  while (length > 0 && source[length - 1] == ' ')
    length--;
  if (length == 0)
    return NULL;
  if (source[length] == '\0')
    return source;
  g_free (*copy);
  *copy = g_strndup (source, length);
  return *copy;
}

typedef struct
{
  gint64 job_id;
  gint64 version_id;
} SentResume;

/* The resume each job sent (resumes_sql), by job in ascending order, as
 * select_sql gives the jobs: read beside them as a merge. */
static gboolean
read_sent_resumes (PursuitDatabase  *database,
                   GArray           *sent,
                   GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database, resumes_sql, error);
  int step;

  if (statement == NULL)
    return FALSE;
  while ((step = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    {
      SentResume resume = { sqlite3_column_int64 (statement, 0), sqlite3_column_int64 (statement, 1) };

      g_array_append_val (sent, resume);
    }
  sqlite3_reset (statement);
  return step != 0;
}

/* Each stage's kind, by the stage's id, as kind + 1 (0 is no stage). */
static gboolean
read_stage_kinds (PursuitDatabase  *database,
                  GHashTable       *kinds,
                  GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database, "SELECT id, kind FROM stages", error);
  int step;

  if (statement == NULL)
    return FALSE;
  while ((step = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    g_hash_table_insert (kinds, GINT_TO_POINTER (sqlite3_column_int (statement, 0)),
                         GINT_TO_POINTER (sqlite3_column_int (statement, 1) + 1));
  sqlite3_reset (statement);
  return step != 0;
}

static void
take_rows (GPtrArray        *groups,
           GCompareFunc      compare,
           GPtrArray        *rows)
{
  if (compare != NULL)
    g_ptr_array_sort (groups, compare);
  for (guint i = 0; i < groups->len; i++)
    g_ptr_array_add (rows, finish_group (g_ptr_array_index (groups, i)));
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
  g_autoptr(GHashTable) sources = NULL;
  g_autoptr(GHashTable) resumes = NULL;
  g_autoptr(GHashTable) mondays = NULL;
  g_autoptr(GArray) applied_weeks = g_array_new (FALSE, FALSE, sizeof (AppliedWeek));
  g_autoptr(GHashTable) tags = NULL;
  g_autoptr(GHashTable) kinds = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) sent = g_array_new (FALSE, FALSE, sizeof (SentResume));
  g_autofree char *trimmed = NULL;
  guint next_sent = 0;
  Group *last_resume = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) source_groups = NULL;
  g_autoptr(GPtrArray) resume_groups = NULL;
  g_autoptr(GPtrArray) pay_groups = NULL;
  Group *total = NULL;
  Group *pays[PURSUIT_INSIGHTS_PAY_LAST + 1] = { NULL };
  sqlite3_stmt *statement;
  gboolean ok = FALSE;
  int since = NO_DAY, until = NO_DAY;
  gint64 offset;
  int result;
  gboolean stored_tags;

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Tags given win; else the database's, once brought up to date. */
  stored_tags = query->tags == NULL && query->tagger != NULL;
  if (stored_tags && !pursuit_repository_update_insights_tags (self, query->tagger, 0, NULL, NULL, error))
    return NULL;

  /* The range is days, as everything else this counts. */
  if ((query->since != NULL && (since = parse_day (query->since)) == NO_DAY) ||
      (query->until != NULL && (until = parse_day (query->until)) == NO_DAY))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("“%s” is not a day written YYYY-MM-DD"),
                   query->since != NULL && since == NO_DAY ? query->since : query->until);
      return NULL;
    }
  now = g_date_time_new_from_unix_local (query->now);
  offset = g_date_time_get_utc_offset (now) / G_USEC_PER_SEC;

  database = pursuit_repository_get_database (self);
  insights = g_new0 (PursuitInsights, 1);
  insights->weeks = g_array_new (FALSE, TRUE, sizeof (PursuitInsightsWeek));
  insights->by_source = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  insights->by_resume = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  insights->by_pay = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  /* Keyed by the source, "" for none (a source is never empty text). */
  sources = g_hash_table_new (g_str_hash, g_str_equal);
  resumes = g_hash_table_new (g_int64_hash, g_int64_equal);
  mondays = g_hash_table_new (NULL, NULL);
  source_groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  resume_groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  pay_groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  total = group_new (NULL);
  /* The last tag of a job counts. */
  if (query->tags != NULL)
    {
      tags = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < query->tags->len; i++)
        {
          PursuitInsightsTag *tag = &g_array_index (query->tags, PursuitInsightsTag, i);

          g_hash_table_insert (tags, &tag->job_id, tag);
        }
    }

  /* One read transaction: every figure comes from the same moment. */
  if (!pursuit_database_exec (database, "BEGIN DEFERRED", error))
    {
      group_free (total);
      return NULL;
    }
  if (!read_stage_kinds (database, kinds, error) ||
      !read_sent_resumes (database, sent, error) ||
      (statement = pursuit_database_prepare (database, select_sql, error)) == NULL)
    goto out;

  while ((result = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    {
      const char *source = source_key ((const char *) sqlite3_column_text (statement, COLUMN_SOURCE), &trimmed);
      gint64 job_id = tags != NULL || sent->len > 0 ? sqlite3_column_int64 (statement, COLUMN_ID) : 0;
      gint64 resume_id = 0;
      const PursuitInsightsTag *tag = tags != NULL ? g_hash_table_lookup (tags, &job_id) : NULL;
      int pay = tag != NULL ? CLAMP ((int) tag->pay, 0, PURSUIT_INSIGHTS_PAY_LAST) : PURSUIT_INSIGHTS_PAY_UNKNOWN;
      gboolean tagged = tag != NULL;
      JobFigures job;
      gpointer kind;
      int reached, ghosted;
      double delay;
      int counted_day;
      Group *group;

      /* A job's stage kind: a look-up here rather than a join, which
       * stepped through the stages' table for every job. */
      kind = g_hash_table_lookup (kinds, GINT_TO_POINTER (sqlite3_column_int (statement, COLUMN_STAGE)));
      if (kind == NULL)
        continue;
      work_out_job (statement, GPOINTER_TO_INT (kind) - 1, MAX (query->ghost_days, 0), query->now, offset, &job);
      reached = job.reached;
      ghosted = job.ghosted;
      delay = job.delay;

      /* The range: by the day applied, or added for a job not applied to. */
      if (since != NO_DAY || until != NO_DAY)
        {
          counted_day = job.applied_day != NO_DAY ? job.applied_day
                                                  : day_of (sqlite3_column_int64 (statement, COLUMN_CREATED_AT), offset);
          if ((since != NO_DAY && counted_day < since) || (until != NO_DAY && counted_day > until))
            continue;
        }

      /* The tags kept in the database, when no others were given. A job
       * not tagged (NULL, read as 0) counts as PURSUIT_INSIGHTS_PAY_UNKNOWN;
       * whether it is tagged matters only for a role. */
      if (stored_tags)
        {
          pay = CLAMP (sqlite3_column_int (statement, COLUMN_PAY_TAG), 0, PURSUIT_INSIGHTS_PAY_LAST);
          tagged = query->role != NULL && sqlite3_column_type (statement, COLUMN_PAY_TAG) != SQLITE_NULL;
        }

      /* A role asked for: only the jobs tagged with it (none without tags). */
      if (query->role != NULL &&
          (!tagged ||
           g_strcmp0 (stored_tags ? (const char *) sqlite3_column_text (statement, COLUMN_ROLE_TAG) : tag->role,
                      query->role) != 0))
        continue;

      count_job (total, reached, ghosted, delay);

      group = g_hash_table_lookup (sources, source != NULL ? source : "");
      if (group == NULL)
        {
          group = group_new (g_strdup (source));
          g_ptr_array_add (source_groups, group);
          g_hash_table_insert (sources, group->row->label != NULL ? group->row->label : "", group);
        }
      count_job (group, reached, ghosted, delay);

      /* By resume: the applications only. Both streams go by job. */
      while (next_sent < sent->len && g_array_index (sent, SentResume, next_sent).job_id < job_id)
        next_sent++;
      if (next_sent < sent->len && g_array_index (sent, SentResume, next_sent).job_id == job_id)
        resume_id = g_array_index (sent, SentResume, next_sent).version_id;
      if (reached >= 1)
        {
          /* Most jobs sent the same resume as the job before, or none. */
          group = last_resume != NULL && last_resume->resume_id == resume_id
                  ? last_resume : g_hash_table_lookup (resumes, &resume_id);
          if (group == NULL)
            {
              group = group_new (NULL);
              group->resume_id = resume_id;
              g_ptr_array_add (resume_groups, group);
              g_hash_table_insert (resumes, &group->resume_id, group);
            }
          count_job (group, reached, ghosted, delay);
          last_resume = group;
        }

      if (query->tags != NULL || stored_tags)
        {
          if (pays[pay] == NULL)
            {
              pays[pay] = group_new (NULL);
              pays[pay]->row->pay = pay;
            }
          count_job (pays[pay], reached, ghosted, delay);
        }

      if (job.applied_day != NO_DAY)
        {
          /* One look-up a job: the week's place in applied_weeks, + 1. */
          int monday = monday_of (job.applied_day);
          guint place = GPOINTER_TO_UINT (g_hash_table_lookup (mondays, GINT_TO_POINTER (monday)));

          if (place == 0)
            {
              AppliedWeek week = { monday, 0 };

              g_array_append_val (applied_weeks, week);
              place = applied_weeks->len;
              g_hash_table_insert (mondays, GINT_TO_POINTER (monday), GUINT_TO_POINTER (place));
            }
          g_array_index (applied_weeks, AppliedWeek, place - 1).applied++;
        }
    }
  sqlite3_reset (statement);
  if (result == 0 || !name_resumes (database, resume_groups, error))
    goto out;

  {
    PursuitInsightsRow *whole = finish_group (total);

    insights->total = *whole;
    g_free (whole);
  }
  for (guint i = 0; i <= PURSUIT_INSIGHTS_PAY_LAST; i++)
    {
      if (pays[i] != NULL)
        g_ptr_array_add (pay_groups, g_steal_pointer (&pays[i]));
    }
  take_rows (source_groups, compare_sources, insights->by_source);
  take_rows (resume_groups, compare_resumes, insights->by_resume);
  take_rows (pay_groups, NULL, insights->by_pay);
  count_weeks (query, applied_weeks, insights->weeks);
  ok = TRUE;

out:
  for (guint i = 0; i <= PURSUIT_INSIGHTS_PAY_LAST; i++)
    g_clear_pointer (&pays[i], group_free);
  g_clear_pointer (&total, group_free);
  /* Nothing was written: ending the read cannot lose anything. */
  if (!ok)
    pursuit_database_exec (database, "ROLLBACK", NULL);
  else if (!pursuit_database_exec (database, "COMMIT", error))
    return NULL;
  return ok ? g_steal_pointer (&insights) : NULL;
}
