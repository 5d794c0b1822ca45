/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"
#include "pursuit-jobs-view.h"
#include "pursuit-view.h"
#include "pursuit-window.h"
#include "pursuit-test-utils.h"

G_BEGIN_DECLS

/* What the widget tests share: a display, a context on a throw-away
 * database, and widgets found as a user finds them, by walking the tree
 * for a type, a title, a label or an accessible name, never through
 * functions made for tests. */

typedef gboolean (*PursuitTestWidgetMatch) (GtkWidget *widget,
                                            gpointer   data);

gboolean        pursuit_test_init_gui         (int                    *argc,
                                               char                 ***argv);
PursuitContent *pursuit_test_get_content      (void);
PursuitContext *pursuit_test_new_context      (PursuitStore           *store);
PursuitContext *pursuit_test_open_context     (const char             *database_path);
void            pursuit_test_wait_for_frame   (GtkWidget              *widget);
void            pursuit_test_scroll_to        (GtkWidget              *widget);
GtkWidget      *pursuit_test_reach_section    (GtkWidget              *root,
                                               GType                   type);
GtkWidget      *pursuit_test_reach            (GtkWidget              *root,
                                               PursuitTestWidgetMatch  match,
                                               gpointer                data);
gboolean        pursuit_test_popover_shown    (gpointer                menu_button);
gboolean        pursuit_test_popover_hidden   (gpointer                menu_button);
GMenuModel     *pursuit_test_open_menu        (GtkWidget              *menu_button);
void            pursuit_test_wait_for_whole_guide (GtkWidget          *root);

/* A main window on a database of the test's own, shown. */

typedef struct
{
  PursuitTestDir *dir;
  char *path;
  PursuitContext *context;
  PursuitStore *store;       /* the context's */
  PursuitWindow *window;
} PursuitTestWindowFixture;

void            pursuit_test_window_set_up    (PursuitTestWindowFixture *fixture,
                                               gconstpointer           data);
void            pursuit_test_window_tear_down (PursuitTestWindowFixture *fixture,
                                               gconstpointer           data);

#define PURSUIT_TEST_ADD_WINDOW(path, func) \
  g_test_add (path, PursuitTestWindowFixture, NULL, pursuit_test_window_set_up, func, \
              pursuit_test_window_tear_down)

GtkWidget      *pursuit_test_show_view        (GtkWidget              *window,
                                               const char             *name);
void            pursuit_test_wait_for_view    (GtkWidget              *window,
                                               const char             *name,
                                               const char             *what);
GtkWidget      *pursuit_test_start_practice   (GtkWidget              *window,
                                               PursuitContext         *context);
PursuitJobsView *pursuit_test_get_jobs_view   (PursuitTestWindowFixture *fixture);
gboolean        pursuit_test_activate_jobs_action (PursuitTestWindowFixture *fixture,
                                                   const char             *action,
                                                   GVariant               *parameter);
GtkWidget      *pursuit_test_find_jobs_list   (PursuitTestWindowFixture *fixture);
void            pursuit_test_wait_for_jobs_list (PursuitTestWindowFixture *fixture,
                                                 const char             *companies);
PursuitJob     *pursuit_test_get_selected_job (PursuitTestWindowFixture *fixture);
void            pursuit_test_wait_for_selected (PursuitTestWindowFixture *fixture,
                                                PursuitJob             *job);
PursuitJob     *pursuit_test_show_new_job     (PursuitTestWindowFixture *fixture,
                                               const char             *company,
                                               const char             *title);
PursuitJob     *pursuit_test_add_job_through_ui (PursuitTestWindowFixture *fixture,
                                                 const char             *title,
                                                 const char             *company);

/* The main window showing a job ("Support Agent" at "Acme Ltd") on its
 * page, with the store's live lists of its contacts and interviews, as
 * the page's sections show them, read. */

typedef struct
{
  PursuitTestWindowFixture window;
  PursuitJob *job;
  PursuitJobList *contacts;
  PursuitJobList *interviews;
} PursuitTestJobFixture;

void            pursuit_test_job_set_up       (PursuitTestJobFixture  *fixture,
                                               gconstpointer           data);
void            pursuit_test_job_tear_down    (PursuitTestJobFixture  *fixture,
                                               gconstpointer           data);

#define PURSUIT_TEST_ADD_JOB(path, func) \
  g_test_add (path, PursuitTestJobFixture, NULL, pursuit_test_job_set_up, func, \
              pursuit_test_job_tear_down)

/* A plain window on a database of the test's own, with a box for the
 * widgets under test side by side. */

typedef struct
{
  PursuitTestDir *dir;
  char *path;
  PursuitContext *context;
  PursuitStore *store;       /* the context's */
  GtkWindow *window;
  GtkBox *box;
} PursuitTestWidgetFixture;

void            pursuit_test_widget_set_up    (PursuitTestWidgetFixture *fixture,
                                               gconstpointer           data);
void            pursuit_test_widget_tear_down (PursuitTestWidgetFixture *fixture,
                                               gconstpointer           data);
GtkWidget      *pursuit_test_show_widget      (PursuitTestWidgetFixture *fixture,
                                               GtkWidget              *widget);

#define PURSUIT_TEST_ADD_WIDGET(path, func) \
  g_test_add (path, PursuitTestWidgetFixture, NULL, pursuit_test_widget_set_up, func, \
              pursuit_test_widget_tear_down)

/* The board, as it shows: "Wishlist Applied …", and a column's cards. */
char           *pursuit_test_board_columns    (GtkWidget              *board);
int             pursuit_test_board_count_cards (GtkWidget             *board,
                                                const char            *column);
void            pursuit_test_wait_for_cards   (GtkWidget              *board,
                                               const char             *column,
                                               int                     count);

/* Finding: the first match in a depth-first walk from @root, or %NULL. */
GtkWidget      *pursuit_test_find_widget      (GtkWidget              *root,
                                               PursuitTestWidgetMatch  match,
                                               gpointer                data);
GtkWidget      *pursuit_test_find_shown_by_type (GtkWidget             *root,
                                                GType                  type);
GtkWidget      *pursuit_test_find_by_type     (GtkWidget              *root,
                                               GType                   type);
GtkWidget      *pursuit_test_get_by_type      (GtkWidget              *root,
                                               GType                   type);
GtkWidget      *pursuit_test_find_by_name     (GtkWidget              *root,
                                               GType                   type,
                                               const char             *accessible_label);
GtkWidget      *pursuit_test_find_row         (GtkWidget              *root,
                                               const char             *title);
GtkWidget      *pursuit_test_reach_row        (GtkWidget              *root,
                                               const char             *title);
GtkWidget      *pursuit_test_find_label       (GtkWidget              *root,
                                               const char             *text);
GtkWidget      *pursuit_test_find_label_containing (GtkWidget         *root,
                                                    const char        *text);
GtkWidget      *pursuit_test_find_button      (GtkWidget              *root,
                                               const char             *label);
GtkWidget      *pursuit_test_find_by_tooltip  (GtkWidget              *root,
                                               const char             *tooltip);
GtkWindow      *pursuit_test_find_toplevel    (GType                   type);
guint           pursuit_test_count_type       (GtkWidget              *root,
                                               GType                   type);

/* Waiting for what a user would see. */
void            pursuit_test_wait_for_label   (GtkWidget              *root,
                                               const char             *text);
void            pursuit_test_wait_for_no_label (GtkWidget             *root,
                                                const char            *text);
GtkWindow      *pursuit_test_wait_for_toplevel (GType                  type);
void            pursuit_test_wait_for_no_toplevel (GType               type);
void            pursuit_test_click_undo       (GtkWidget              *window);

/* Doing what a user does. */
GtkWidget      *pursuit_test_set_row_text     (GtkWidget              *root,
                                               const char             *title,
                                               const char             *text);
void            pursuit_test_type             (GtkWidget              *editable,
                                               const char             *text);
void            pursuit_test_clear            (GtkWidget              *editable);
gboolean        pursuit_test_send_input       (GtkWidget              *widget,
                                               const char * const     *args);
gboolean        pursuit_test_send_keys        (GtkWidget              *widget,
                                               const char             *keys);

/* Checking */
guint           pursuit_test_check_icon_buttons (GtkWidget            *root);
void            pursuit_test_destroy_toplevels (void);

G_END_DECLS
