/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-database.h"
#include "pursuit-job-columns.h"
#include "pursuit-job-fields.h"

/* Before the fields, every read gives the job's id, UUID, times, and three
 * values derived from its timeline (when it entered its stage: the date of
 * its last move), interviews and documents. */
#define DERIVED_COLUMNS \
  "(SELECT entered_at FROM stage_history WHERE stage_history.job_id = jobs.id ORDER BY id DESC LIMIT 1), " \
  "(SELECT min (starts_at) FROM interviews WHERE interviews.job_id = jobs.id AND starts_at >= ?1), " \
  "(SELECT count (*) FROM job_documents WHERE job_documents.job_id = jobs.id)"
#define FIXED_COLUMNS "jobs.id, uuid, created_at, updated_at, " DERIVED_COLUMNS
#define N_FIXED_COLUMNS 7

/* The column of @field in its table. */
char *
pursuit_job_columns_dup_name (PursuitJobField field)
{
  const PursuitJobFieldInfo *info = pursuit_job_field_get_info (field);

  if (info->column != NULL)
    return g_strdup (info->column);
  return g_strdelimit (g_strdup (info->name), "-", '_');
}

static PursuitJobTable
table_of (PursuitJobField field)
{
  return pursuit_job_field_is_long_text (field) ? PURSUIT_JOB_TABLE_TEXTS : PURSUIT_JOB_TABLE_JOBS;
}

static char *
build_select (gboolean with_long_texts)
{
  GString *sql = g_string_new ("SELECT " FIXED_COLUMNS);

  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      g_autofree char *column = pursuit_job_columns_dup_name (field);

      if (table_of (field) == PURSUIT_JOB_TABLE_TEXTS)
        {
          if (with_long_texts)
            g_string_append_printf (sql, ", coalesce (job_texts.%s, '')", column);
        }
      else if (with_long_texts || !pursuit_job_field_is_detail (field))
        g_string_append_printf (sql, ", jobs.%s", column);
    }

  /* Lists read the jobs table alone: the long texts' pages stay unread. */
  g_string_append (sql, with_long_texts
                          ? " FROM jobs LEFT JOIN job_texts ON job_texts.job_id = jobs.id"
                          : " FROM jobs");
  return g_string_free (sql, FALSE);
}

/**
 * pursuit_job_columns_select:
 *
 * Returns: the read of jobs, made on first use and kept
 */
const char *
pursuit_job_columns_select (gboolean with_long_texts)
{
  static char *sql[2];

  if (g_once_init_enter (&sql[with_long_texts != FALSE]))
    g_once_init_leave (&sql[with_long_texts != FALSE], build_select (with_long_texts));

  return sql[with_long_texts != FALSE];
}

/**
 * pursuit_job_columns_stamps_select:
 *
 * Returns: the read of what tells that a listed job changed: its id, its
 *   updated_at and the values derived from other tables (as the read of
 *   jobs gives them, with the current time as parameter 1), without the job,
 *   by id
 */
const char *
pursuit_job_columns_stamps_select (void)
{
  return "SELECT jobs.id, updated_at, " DERIVED_COLUMNS " FROM jobs WHERE trashed_at IS NULL ORDER BY jobs.id";
}

/* The fields of @table, then @extra columns (as many as @n_extra). */
static char *
build_insert (PursuitJobTable  table,
              const char      *extra,
              guint            n_extra)
{
  GString *sql = g_string_new (table == PURSUIT_JOB_TABLE_JOBS ? "INSERT INTO jobs (" : "INSERT INTO job_texts (");
  guint n = 0;

  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      g_autofree char *column = NULL;

      if (table_of (field) != table)
        continue;
      column = pursuit_job_columns_dup_name (field);
      g_string_append_printf (sql, "%s, ", column);
      n++;
    }

  g_string_append_printf (sql, "%s) VALUES (", extra);
  for (guint i = 0; i < n + n_extra; i++)
    g_string_append (sql, i == 0 ? "?" : ", ?");
  g_string_append_c (sql, ')');
  return g_string_free (sql, FALSE);
}

const char *
pursuit_job_columns_insert_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, build_insert (PURSUIT_JOB_TABLE_JOBS, "uuid, created_at, updated_at", 3));

  return sql;
}

/* A job's texts row made with its texts, parameters in the order of
 * pursuit_job_columns_update_sql()'s for the texts table (the fields,
 * then the job's id), so the same binding serves both. */
const char *
pursuit_job_columns_insert_texts_sql (void)
{
  static char *sql;

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, build_insert (PURSUIT_JOB_TABLE_TEXTS, "job_id", 1));

  return sql;
}

/* How many parameters the fields take in the INSERT, before uuid. */
int
pursuit_job_columns_n_insert_fields (void)
{
  int n = 0;

  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    n += table_of (field) == PURSUIT_JOB_TABLE_JOBS;
  return n;
}

PursuitJobFields
pursuit_job_columns_in_table (PursuitJobFields fields,
                              PursuitJobTable  table)
{
  PursuitJobFields in_table = 0;

  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      if ((fields & PURSUIT_JOB_FIELD_BIT (field)) != 0 && table_of (field) == table)
        in_table |= PURSUIT_JOB_FIELD_BIT (field);
    }
  return in_table;
}

/* Only column names from the table of fields go into the text, never a
 * value; the statement cache keeps one statement for each set of fields
 * that is saved, and there are few. */
char *
pursuit_job_columns_update_sql (PursuitJobFields fields,
                                PursuitJobTable  table)
{
  g_autoptr(GString) sql = NULL;

  fields = pursuit_job_columns_in_table (fields, table);
  if (fields == 0)
    return NULL;

  sql = g_string_new (table == PURSUIT_JOB_TABLE_JOBS ? "UPDATE jobs SET " : "UPDATE job_texts SET ");
  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      g_autofree char *column = NULL;

      if ((fields & PURSUIT_JOB_FIELD_BIT (field)) == 0)
        continue;
      column = pursuit_job_columns_dup_name (field);
      g_string_append_printf (sql, "%s = ?, ", column);
    }

  if (table == PURSUIT_JOB_TABLE_JOBS)
    g_string_append (sql, "updated_at = ? WHERE id = ?");
  else
    {
      g_string_truncate (sql, sql->len - 2);
      g_string_append (sql, " WHERE job_id = ?");
    }
  return g_string_free (g_steal_pointer (&sql), FALSE);
}

/* The fields of each table in order, with their kinds: a bind looks the
 * table of fields up once, not for every field of 100,000 jobs. */
typedef struct
{
  PursuitJobField field;
  PursuitFieldKind kind;
} Column;

typedef struct
{
  guint n_columns;
  Column columns[PURSUIT_JOB_N_FIELDS];
} TableColumns;

static const TableColumns *
columns_of (PursuitJobTable table)
{
  static TableColumns *tables;

  if (g_once_init_enter (&tables))
    {
      TableColumns *made = g_new0 (TableColumns, PURSUIT_JOB_TABLE_TEXTS + 1);

      for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
        {
          TableColumns *of_table = &made[table_of (field)];

          of_table->columns[of_table->n_columns].field = field;
          of_table->columns[of_table->n_columns].kind = pursuit_job_field_get_info (field)->kind;
          of_table->n_columns++;
        }
      g_once_init_leave (&tables, made);
    }
  return &tables[table];
}

int
pursuit_job_columns_bind (sqlite3_stmt     *statement,
                          int               first,
                          PursuitJob       *job,
                          PursuitJobFields  fields,
                          PursuitJobTable   table)
{
  const TableColumns *columns = columns_of (table);
  int parameter = first;

  for (guint i = 0; i < columns->n_columns; i++)
    {
      PursuitJobField field = columns->columns[i].field;

      if ((fields & PURSUIT_JOB_FIELD_BIT (field)) == 0)
        continue;

      switch (columns->columns[i].kind)
        {
        case PURSUIT_FIELD_DATE:
          {
            const char *date = pursuit_job_get_text (job, field);

            /* An empty date is no date. The job keeps its strings while
             * the statement runs, as below. */
            if (date[0] == '\0')
              sqlite3_bind_null (statement, parameter);
            else
              sqlite3_bind_text (statement, parameter, date, -1, SQLITE_STATIC);
          }
          break;

        case PURSUIT_FIELD_AMOUNT:
          if (pursuit_job_get_amount (job, field) < 0)
            sqlite3_bind_null (statement, parameter);
          else
            sqlite3_bind_double (statement, parameter, pursuit_job_get_amount (job, field));
          break;

        case PURSUIT_FIELD_CHOICE:
        case PURSUIT_FIELD_FLAGS:
        case PURSUIT_FIELD_NUMBER:
        case PURSUIT_FIELD_SWITCH:
          sqlite3_bind_int (statement, parameter, pursuit_job_get_number (job, field));
          break;

        case PURSUIT_FIELD_STAGE:
          sqlite3_bind_int64 (statement, parameter, pursuit_stage_get_id (pursuit_job_get_stage (job)));
          break;

        case PURSUIT_FIELD_TEXT:
        case PURSUIT_FIELD_LONG_TEXT:
        case PURSUIT_FIELD_WEB_ADDRESS:
        case PURSUIT_FIELD_CURRENCY:
        default:
          /* The job keeps its strings while the statement runs. */
          sqlite3_bind_text (statement, parameter, pursuit_job_get_text (job, field), -1, SQLITE_STATIC);
          break;
        }
      parameter++;
    }

  return parameter;
}

static PursuitStage *
stage_by_id (GPtrArray *stages,
             gint64     id)
{
  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);

      if (pursuit_stage_get_id (stage) == id)
        return stage;
    }
  return NULL;
}

/**
 * pursuit_job_columns_read:
 * @statement: on a row of pursuit_job_columns_select (@with_long_texts)
 * @stages: (element-type PursuitStage): the stages, to point the job at
 *
 * Returns: (transfer full): the job of the row
 */
PursuitJob *
pursuit_job_columns_read (sqlite3_stmt *statement,
                          gboolean      with_long_texts,
                          GPtrArray    *stages)
{
  PursuitJob *job = pursuit_job_new ();
  int column = N_FIXED_COLUMNS;

  pursuit_job_set_id (job, sqlite3_column_int64 (statement, 0));
  pursuit_job_set_uuid (job, pursuit_database_column_text (statement, 1));
  pursuit_job_set_created_at (job, sqlite3_column_int64 (statement, 2));
  pursuit_job_set_updated_at (job, sqlite3_column_int64 (statement, 3));
  pursuit_job_set_stage_entered_at (job, sqlite3_column_int64 (statement, 4));
  pursuit_job_set_next_interview_at (job, sqlite3_column_int64 (statement, 5));
  pursuit_job_set_n_documents (job, sqlite3_column_int64 (statement, 6));

  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      const PursuitJobFieldInfo *info = pursuit_job_field_get_info (field);

      if (!with_long_texts && pursuit_job_field_is_detail (field))
        continue;

      switch (info->kind)
        {
        case PURSUIT_FIELD_AMOUNT:
          pursuit_job_set_amount (job, field,
                                  sqlite3_column_type (statement, column) == SQLITE_NULL
                                    ? -1 : sqlite3_column_double (statement, column));
          break;

        case PURSUIT_FIELD_CHOICE:
        case PURSUIT_FIELD_FLAGS:
        case PURSUIT_FIELD_NUMBER:
        case PURSUIT_FIELD_SWITCH:
          pursuit_job_set_number (job, field, sqlite3_column_int (statement, column));
          break;

        case PURSUIT_FIELD_STAGE:
          pursuit_job_set_stage (job, stage_by_id (stages, sqlite3_column_int64 (statement, column)));
          break;

        default:
          pursuit_job_set_text (job, field, pursuit_database_column_text (statement, column));
          break;
        }
      column++;
    }

  pursuit_job_set_details_loaded (job, with_long_texts);
  return job;
}
