/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-interview.h"
#include "pursuit-repository.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* What every test program shares, without GTK: throw-away folders and
 * databases, a second look at a database through plain SQLite, the
 * repository and the store opened and waited for. The widget tests add
 * pursuit-test-widgets.h. */

/* How long any wait may take before the test fails: long enough for a
 * loaded machine under AddressSanitizer; a wait ends as soon as its
 * condition holds. */
#define PURSUIT_TEST_TIMEOUT_SECONDS 30

void            pursuit_test_init             (int                  *argc,
                                               char               ***argv);

gint64          pursuit_test_now              (void);

/* Folders */

typedef struct
{
  char *path;
} PursuitTestDir;

PursuitTestDir *pursuit_test_dir_new          (void);
PursuitTestDir *pursuit_test_dir_new_on_disk  (void);
void            pursuit_test_dir_free         (PursuitTestDir        *self);
char           *pursuit_test_dir_file         (PursuitTestDir        *self,
                                               const char            *name);
guint           pursuit_test_dir_count_suffix (PursuitTestDir        *self,
                                               const char            *suffix);
void            pursuit_test_remove_tree      (const char            *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitTestDir, pursuit_test_dir_free)

/* Files */

GBytes         *pursuit_test_read_file              (const char *path);
void            pursuit_test_write_file             (const char *path,
                                                     const char *text,
                                                     gssize      length);
void            pursuit_test_assert_file_unchanged  (const char *path,
                                                     GBytes     *before);

/* Plain SQLite: what the file holds, read through a connection of its own,
 * so a test does not trust the code it tests to read back what it wrote. */

void            pursuit_test_sql_exec         (const char            *path,
                                               const char            *sql);
char           *pursuit_test_sql_text         (const char            *path,
                                               const char            *sql);
gint64          pursuit_test_sql_int          (const char            *path,
                                               const char            *sql);
gint64          pursuit_test_sql_int_for_id   (const char            *path,
                                               const char            *sql,
                                               gint64                 id);
gboolean        pursuit_test_sql_has_table    (const char            *path,
                                               const char            *table);
gint64          pursuit_test_count_rows       (const char            *path,
                                               const char            *table);

/* Waiting: each iterates the thread-default main context until the
 * condition holds, and fails the test, saying what it waited for, after
 * PURSUIT_TEST_TIMEOUT_SECONDS. */

typedef gboolean (*PursuitTestCondition) (gpointer data);
typedef char    *(*PursuitTestText)      (gpointer data);

void            pursuit_test_wait_until       (PursuitTestCondition   condition,
                                               gpointer               data,
                                               const char            *what);
void            pursuit_test_keep_result      (GObject               *source,
                                               GAsyncResult          *result,
                                               gpointer               slot);
GAsyncResult   *pursuit_test_wait_result      (GAsyncResult         **slot);
void            pursuit_test_wait_for_count   (GListModel            *model,
                                               guint                  count,
                                               const char            *what);
void            pursuit_test_wait_for_text    (PursuitTestText        text,
                                               gpointer               data,
                                               const char            *expected);
void            pursuit_test_count_notify     (GObject               *object,
                                               GParamSpec            *pspec,
                                               gpointer               count);

/* A model's last items-changed, and how many it sent: connect
 * pursuit_test_record_change with a PursuitTestChange. */
typedef struct
{
  guint position, removed, added, count;
} PursuitTestChange;

void            pursuit_test_record_change    (GListModel            *model,
                                               guint                  position,
                                               guint                  removed,
                                               guint                  added,
                                               PursuitTestChange     *change);
GMainContext   *pursuit_test_push_context     (void);
void            pursuit_test_pop_context      (GMainContext          *context);

/* The repository */

PursuitRepository *pursuit_test_open_repository (const char         *path);
void            pursuit_test_create_database  (const char            *path);
void            pursuit_test_fill_jobs        (const char            *path,
                                               guint                  n);
void            pursuit_test_assert_refused   (const char            *path,
                                               int                    code);
GListModel     *pursuit_test_list_stages      (PursuitRepository     *repository);
PursuitJob     *pursuit_test_make_job         (PursuitRepository     *repository,
                                               const char            *company,
                                               const char            *title,
                                               const char            *stage);
PursuitJob     *pursuit_test_insert_job       (PursuitRepository     *repository,
                                               const char            *company,
                                               const char            *title,
                                               gint64                 now);
PursuitJob     *pursuit_test_find_job         (PursuitRepository     *repository,
                                               gint64                 id,
                                               GError               **error);
PursuitJob     *pursuit_test_read_job         (PursuitRepository     *repository,
                                               gint64                 id);
GPtrArray      *pursuit_test_list_changes     (PursuitRepository     *repository,
                                               gint64                 job_id);
PursuitStageChange *pursuit_test_change_at    (GPtrArray             *changes,
                                               guint                  index);
gboolean        pursuit_test_search_finds     (PursuitRepository     *repository,
                                               const char            *query,
                                               gint64                 id);
void            pursuit_test_assert_default_stages (GListModel       *stages);

/* A test on a database of its own, with the repository open on it. */

typedef struct
{
  PursuitTestDir *dir;
  char *path;
  PursuitRepository *repository;
} PursuitTestFixture;

void            pursuit_test_fixture_set_up    (PursuitTestFixture   *fixture,
                                                gconstpointer         data);
void            pursuit_test_fixture_tear_down (PursuitTestFixture   *fixture,
                                                gconstpointer         data);

#define PURSUIT_TEST_ADD(path, func) \
  g_test_add (path, PursuitTestFixture, NULL, pursuit_test_fixture_set_up, func, \
              pursuit_test_fixture_tear_down)

/* For a test file with a Fixture of its own, made and undone by its
 * fixture_set_up() and fixture_tear_down(). */
#define PURSUIT_TEST_ADD_OWN(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

PursuitInterview *pursuit_test_make_interview (gint64                 job_id,
                                               gint64                 starts_at);

/* The store */

gboolean        pursuit_test_store_open       (PursuitStore          *store,
                                               GError               **error);
PursuitStore   *pursuit_test_open_store       (const char            *path);
void            pursuit_test_wait_for_open    (PursuitStore          *store);
PursuitJob     *pursuit_test_make_draft       (PursuitStore          *store,
                                               const char            *company,
                                               const char            *title);
PursuitJob     *pursuit_test_store_add        (PursuitStore          *store,
                                               PursuitJob            *draft,
                                               GError               **error);
PursuitJob     *pursuit_test_add_job          (PursuitStore          *store,
                                               const char            *company,
                                               const char            *title);
gboolean        pursuit_test_store_save       (PursuitStore          *store,
                                               PursuitJob            *draft,
                                               PursuitJobFields       fields,
                                               GError               **error);
void            pursuit_test_set_next_action_due (PursuitStore      *store,
                                                  PursuitJob        *job,
                                                  const char        *due);
gboolean        pursuit_test_store_load_details (PursuitStore        *store,
                                                 PursuitJob          *job,
                                                 GError             **error);
PursuitStage   *pursuit_test_stage_at         (PursuitStore          *store,
                                               guint                  position);
PursuitStage   *pursuit_test_stage_by_id      (PursuitStore          *store,
                                               gint64                 id);
void            pursuit_test_wait_for_list    (PursuitJobList        *list,
                                               guint                  count,
                                               const char            *what);
void            pursuit_test_wait_for_stage   (PursuitJob            *job,
                                               gint64                 stage_id);

G_END_DECLS
