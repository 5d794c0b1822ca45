/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>

#include "pursuit-job-columns.h"
#include "pursuit-job-fields.h"
#include "pursuit-repository-insights.h"
#include "pursuit-repository-private.h"

/* The tags Insights groups by (schema 10): how each job's posted pay
 * compares with its benchmark and the role it reads as, kept in the jobs'
 * insights_pay and insights_role. The store cannot see the salary engine,
 * so whoever can hands in a PursuitInsightsTagger: its function, and a
 * fingerprint of everything besides the job that its answers depend on
 * (the salary content, the preferences). Jobs whose tags are to be worked
 * out have insights_pay NULL: new jobs, jobs whose inputs changed (a
 * trigger, whoever wrote) and every job when the fingerprint kept in
 * insights_tags_basis is not the tagger's. */

struct _PursuitInsightsTagger
{
  gatomicrefcount ref_count;
  char *fingerprint;
  PursuitInsightsTagFunc func;
  gpointer user_data;
  GDestroyNotify destroy;
};

/**
 * pursuit_insights_tagger_new:
 * @fingerprint: changes whenever @func may answer differently for the
 *   same job
 * @func: works out a job's tags; called on the thread that updates them
 *
 * Returns: (transfer full): the tagger
 */
PursuitInsightsTagger *
pursuit_insights_tagger_new (const char             *fingerprint,
                             PursuitInsightsTagFunc  func,
                             gpointer                user_data,
                             GDestroyNotify          destroy)
{
  PursuitInsightsTagger *self;

  g_return_val_if_fail (fingerprint != NULL, NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_new0 (PursuitInsightsTagger, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->fingerprint = g_strdup (fingerprint);
  self->func = func;
  self->user_data = user_data;
  self->destroy = destroy;
  return self;
}

PursuitInsightsTagger *
pursuit_insights_tagger_ref (PursuitInsightsTagger *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pursuit_insights_tagger_unref (PursuitInsightsTagger *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  if (self->destroy != NULL)
    self->destroy (self->user_data);
  g_free (self->fingerprint);
  g_free (self);
}

const char *
pursuit_insights_tagger_get_fingerprint (PursuitInsightsTagger *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->fingerprint;
}

/* The fields a tag is worked out from: the columns of schema 10's trigger. */
static const PursuitJobField inputs[] = {
  PURSUIT_JOB_FIELD_TITLE,
  PURSUIT_JOB_FIELD_LOCATION,
  PURSUIT_JOB_FIELD_INDUSTRY,
  PURSUIT_JOB_FIELD_SALARY_ROLE,
  PURSUIT_JOB_FIELD_SALARY_LEVEL,
  PURSUIT_JOB_FIELD_SALARY_COUNTRY,
  PURSUIT_JOB_FIELD_PAY_MIN,
  PURSUIT_JOB_FIELD_PAY_MAX,
  PURSUIT_JOB_FIELD_PAY_CURRENCY,
  PURSUIT_JOB_FIELD_PAY_PERIOD,
};

static char *
select_untagged_sql (void)
{
  GString *sql = g_string_new ("SELECT id");

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *column = pursuit_job_columns_dup_name (inputs[i]);

      g_string_append_printf (sql, ", %s", column);
    }
  g_string_append (sql, " FROM jobs WHERE insights_pay IS NULL ORDER BY id LIMIT ?");
  return g_string_free (sql, FALSE);
}

/* Column i + 1 of select_untagged_sql() into @job's field inputs[i]. */
static void
read_inputs (sqlite3_stmt *statement,
             PursuitJob   *job)
{
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      int column = (int) i + 1;

      switch (pursuit_job_field_get_info (inputs[i])->kind)
        {
        case PURSUIT_FIELD_AMOUNT:
          pursuit_job_set_amount (job, inputs[i],
                                  sqlite3_column_type (statement, column) == SQLITE_NULL
                                    ? -1 : sqlite3_column_double (statement, column));
          break;
        case PURSUIT_FIELD_CHOICE:
          pursuit_job_set_number (job, inputs[i], sqlite3_column_int (statement, column));
          break;
        default:
          pursuit_job_set_text (job, inputs[i], pursuit_database_column_text (statement, column));
          break;
        }
    }
}

typedef struct
{
  gint64 id;
  PursuitInsightsPay pay;
  const char *role;
} Tag;

/* Inside the caller's transaction: when @fingerprint is not the one the
 * tags were worked out with, every tag is to be worked out again. */
static gboolean
check_basis (PursuitDatabase  *database,
             const char       *fingerprint,
             GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database,
                                                      "SELECT fingerprint FROM insights_tags_basis WHERE id = 1",
                                                      error);
  gboolean same;
  int step;

  if (statement == NULL)
    return FALSE;
  step = pursuit_database_step (database, statement, error);
  if (step == 0)
    return FALSE;
  same = step == SQLITE_ROW && g_strcmp0 (pursuit_database_column_text (statement, 0), fingerprint) == 0;
  sqlite3_reset (statement);
  if (same)
    return TRUE;

  if (!pursuit_database_exec (database,
                              "UPDATE jobs SET insights_pay = NULL, insights_role = NULL "
                              "WHERE insights_pay IS NOT NULL",
                              error))
    return FALSE;
  statement = pursuit_database_prepare (database,
                                        "INSERT OR REPLACE INTO insights_tags_basis (id, fingerprint) VALUES (1, ?)",
                                        error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_text (statement, 1, fingerprint, -1, SQLITE_TRANSIENT);
  return pursuit_database_run (database, statement, error);
}

/* The jobs to tag, up to @limit, tagged: read whole before any is written,
 * as the rows leave the index the statement walks. */
static gboolean
tag_untagged (PursuitDatabase        *database,
              PursuitInsightsTagger  *tagger,
              guint                   limit,
              GArray                 *tags,
              GError                **error)
{
  g_autofree char *sql = select_untagged_sql ();
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  sqlite3_stmt *statement;
  int step;

  statement = pursuit_database_prepare (database, sql, error);
  if (statement == NULL)
    return FALSE;
  sqlite3_bind_int64 (statement, 1, limit > 0 ? (gint64) limit : -1);
  while ((step = pursuit_database_step (database, statement, error)) == SQLITE_ROW)
    {
      Tag tag = { sqlite3_column_int64 (statement, 0), PURSUIT_INSIGHTS_PAY_UNKNOWN, NULL };

      read_inputs (statement, job);
      tag.pay = tagger->func (job, &tag.role, tagger->user_data);
      g_array_append_val (tags, tag);
    }
  sqlite3_reset (statement);
  return step != 0;
}

static gboolean
write_tags (PursuitDatabase  *database,
            GArray           *tags,
            GError          **error)
{
  sqlite3_stmt *statement = pursuit_database_prepare (database,
                                                      "UPDATE jobs SET insights_pay = ?, insights_role = ? WHERE id = ?",
                                                      error);

  if (statement == NULL)
    return FALSE;
  for (guint i = 0; i < tags->len; i++)
    {
      const Tag *tag = &g_array_index (tags, Tag, i);

      sqlite3_bind_int (statement, 1, CLAMP ((int) tag->pay, 0, PURSUIT_INSIGHTS_PAY_LAST));
      if (tag->role != NULL)
        sqlite3_bind_text (statement, 2, tag->role, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (statement, 2);
      sqlite3_bind_int64 (statement, 3, tag->id);
      if (!pursuit_database_run (database, statement, error))
        return FALSE;
    }
  sqlite3_clear_bindings (statement);
  return TRUE;
}

/**
 * pursuit_repository_update_insights_tags:
 * @tagger: works the tags out
 * @limit: the most jobs to tag at once (a long first tagging shares the
 *   store's thread in turns); 0 for every one
 * @n_tagged: (out) (optional): how many jobs were tagged
 * @more: (out) (optional): whether jobs may be left to tag
 *
 * Works out the tags of the jobs that need it (all of them when @tagger's
 * fingerprint is not the one the tags were worked out with), in one
 * transaction: a job changed meanwhile by another program waits for it,
 * so its tags cannot be those of its old fields.
 *
 * Returns: whether it succeeded; on failure nothing is written
 */
gboolean
pursuit_repository_update_insights_tags (PursuitRepository      *self,
                                         PursuitInsightsTagger  *tagger,
                                         guint                   limit,
                                         guint                  *n_tagged,
                                         gboolean               *more,
                                         GError                **error)
{
  PursuitDatabase *database;
  g_autoptr(GArray) tags = g_array_new (FALSE, FALSE, sizeof (Tag));

  g_return_val_if_fail (PURSUIT_IS_REPOSITORY (self), FALSE);
  g_return_val_if_fail (tagger != NULL, FALSE);

  database = pursuit_repository_get_database (self);
  if (!pursuit_database_begin (database, error))
    return FALSE;
  if (!check_basis (database, tagger->fingerprint, error) ||
      !tag_untagged (database, tagger, limit, tags, error) ||
      (tags->len > 0 && !write_tags (database, tags, error)) ||
      !pursuit_database_commit (database, error))
    {
      pursuit_database_rollback (database);
      return FALSE;
    }

  if (n_tagged != NULL)
    *n_tagged = tags->len;
  if (more != NULL)
    *more = limit > 0 && tags->len >= limit;
  return TRUE;
}
