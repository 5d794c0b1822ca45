/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-app.h"
#include "pursuit-contact-dialog.h"
#include "pursuit-contacts-section.h"
#include "pursuit-custom-question-dialog.h"
#include "pursuit-document-dialog.h"
#include "pursuit-add-job-dialog.h"
#include "pursuit-history-dialog.h"
#include "pursuit-interview-dialog.h"
#include "pursuit-interviews-section.h"
#include "pursuit-session-page.h"
#include "pursuit-story-dialog.h"
#include "pursuit-test-widgets.h"

/* Help as a user finds it. The Keyboard Shortcuts window tells the truth: every key the app gives
 * an action of its own (the application's accelerators, the views' and
 * the dialogs' shortcuts) is listed in it, and it lists no key that does
 * nothing. The app is started as its launcher does, every view and dialog
 * opened, and the keys read from the widgets' shortcut controllers. The
 * About window names the documents the guides' facts come from. */

#define OVERLAY "/io/github/pursuit/Pursuit/pursuit-shortcuts-window.ui"

typedef struct
{
  GHashTable *keys;      /* accelerator name → the action it runs */
  GHashTable *prefixes;  /* the action groups Pursuit's widgets install */
  GtkApplication *app;
} Keys;

static char *
normalize (guint           keyval,
           GdkModifierType modifiers)
{
  /* The keypad's digits rate a session's answer like the row above the
   * letters: one line in the window stands for both. */
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    keyval = GDK_KEY_0 + (keyval - GDK_KEY_KP_0);
  return gtk_accelerator_name (keyval, modifiers);
}

static void
add_key (Keys       *keys,
         char       *accelerator,
         const char *action)
{
  g_hash_table_replace (keys->keys, accelerator, g_strdup (action));
}

static gboolean
is_ours (Keys       *keys,
         const char *action)
{
  g_autofree char *prefix = NULL;
  const char *dot = strchr (action, '.');

  if (dot == NULL)
    return FALSE;
  prefix = g_strndup (action, dot - action);
  return g_hash_table_contains (keys->prefixes, prefix) || g_str_equal (action, "window.close");
}

static void
add_trigger (Keys               *keys,
             GtkShortcutTrigger *trigger,
             const char         *action)
{
  if (GTK_IS_KEYVAL_TRIGGER (trigger))
    add_key (keys, normalize (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))),
             action);
  else if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      add_trigger (keys, gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), action);
      add_trigger (keys, gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), action);
    }
}

/* The prefixes of the actions Pursuit's own widget classes install, and of
 * the application's and window's action groups. */
static void
add_prefixes (Keys      *keys,
              GtkWidget *widget)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_GET_CLASS (widget);
  GType owner;
  const char *name;
  const GVariantType *parameter_type;
  const char *property_name;

  /* (GTK 4.8 writes every out argument.) */
  for (guint i = 0;
       gtk_widget_class_query_action (widget_class, i, &owner, &name, &parameter_type, &property_name);
       i++)
    if (g_str_has_prefix (g_type_name (owner), "Pursuit") && strchr (name, '.') != NULL)
      g_hash_table_add (keys->prefixes, g_strndup (name, strchr (name, '.') - name));
}

static void
collect_widget (Keys      *keys,
                GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  add_prefixes (keys, widget);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          /* An action of Pursuit's, or code of a Pursuit widget's (a key
           * that acts only outside text, say). */
          if (GTK_IS_NAMED_ACTION (action) &&
              is_ours (keys, gtk_named_action_get_action_name (GTK_NAMED_ACTION (action))))
            add_trigger (keys, gtk_shortcut_get_trigger (shortcut),
                         gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
          else if (GTK_IS_CALLBACK_ACTION (action) && g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Pursuit"))
            add_trigger (keys, gtk_shortcut_get_trigger (shortcut), G_OBJECT_TYPE_NAME (widget));
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widget (keys, child);
}

/* Twice: a shortcut met before its class's prefix is known is kept the
 * second time. */
static void
collect_toplevels (Keys *keys)
{
  for (int pass = 0; pass < 2; pass++)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();  /* (transfer none) */

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

          if (!GTK_IS_SHORTCUTS_WINDOW (toplevel))
            collect_widget (keys, toplevel);
        }
    }
}

static void
collect_app (Keys *keys)
{
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (keys->app);

  g_hash_table_add (keys->prefixes, g_strdup ("app"));
  g_hash_table_add (keys->prefixes, g_strdup ("win"));
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (keys->app, actions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval;
          GdkModifierType modifiers;

          g_assert_true (gtk_accelerator_parse (accels[j], &keyval, &modifiers));
          add_key (keys, normalize (keyval, modifiers), actions[i]);
        }
    }
}

/* Opens a dialog or page through its action, and reads its keys. */
static void
open_and_collect (Keys       *keys,
                  GtkWidget  *widget,
                  const char *action,
                  GVariant   *parameter,
                  GType       toplevel)
{
  g_assert_true (gtk_widget_activate_action_variant (widget, action, parameter));
  if (toplevel != G_TYPE_NONE)
    pursuit_test_wait_for_toplevel (toplevel);
  collect_toplevels (keys);
  if (toplevel != G_TYPE_NONE)
    {
      gtk_window_destroy (pursuit_test_find_toplevel (toplevel));
      pursuit_test_wait_for_no_toplevel (toplevel);
    }
}




/* Every view, the board, a job's page, a practice session and the
 * dialogs with keys of their own. */
static void
collect_everything (Keys          *keys,
                    PursuitWindow *window)
{
  GtkWidget *root = GTK_WIDGET (window);
  PursuitContext *context = NULL;
  const PursuitViewInfo *views;
  GtkWidget *view;
  PursuitJob *job;
  guint n_views;

  g_object_get (window, "context", &context, NULL);
  g_object_unref (context);  /* the window keeps it */
  pursuit_test_wait_for_open (pursuit_context_get_store (context));
  job = pursuit_test_add_job (pursuit_context_get_store (context), "Northwind", "Support Agent");

  views = pursuit_views_get_all (&n_views);
  for (guint i = 0; i < n_views; i++)
    pursuit_test_show_view (root, views[i].name);
  collect_toplevels (keys);

  view = pursuit_test_show_view (root, "jobs");
  open_and_collect (keys, view, "jobs.toggle-board", NULL, G_TYPE_NONE);
  open_and_collect (keys, view, "jobs.toggle-board", NULL, G_TYPE_NONE);
  open_and_collect (keys, view, "jobs.add", NULL, PURSUIT_TYPE_ADD_JOB_DIALOG);
  pursuit_jobs_view_select_job (PURSUIT_JOBS_VIEW (view), job);
  pursuit_test_wait_for_frame (root);
  open_and_collect (keys, pursuit_test_reach_section (root, PURSUIT_TYPE_INTERVIEWS_SECTION), "interviews.add", NULL,
                    PURSUIT_TYPE_INTERVIEW_DIALOG);
  open_and_collect (keys, pursuit_test_reach_section (root, PURSUIT_TYPE_CONTACTS_SECTION), "contacts.new", NULL,
                    PURSUIT_TYPE_CONTACT_DIALOG);

  view = pursuit_test_show_view (root, "documents");
  open_and_collect (keys, view, "documents.write", NULL, PURSUIT_TYPE_DOCUMENT_DIALOG);

  view = pursuit_test_show_view (root, "practice");
  pursuit_test_wait_until ((PursuitTestCondition) pursuit_practice_state_get_loaded,
                           pursuit_context_get_practice (context), "practice to load");
  open_and_collect (keys, view, "practice.add-story", NULL, PURSUIT_TYPE_STORY_DIALOG);
  open_and_collect (keys, view, "practice.add-question", NULL, PURSUIT_TYPE_CUSTOM_QUESTION_DIALOG);
  open_and_collect (keys, root, "win.question-history", g_variant_new_string ("q-angry-customer-refund"),
                    PURSUIT_TYPE_HISTORY_DIALOG);
  pursuit_test_start_practice (root, context);
  collect_toplevels (keys);
}

/* The keys the window lists: its accelerators, and an action's keys where
 * it names the action instead. */
static GHashTable *
read_overlay (GtkApplication *app)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (OVERLAY);
  GHashTable *listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *action = NULL;
      g_autofree char *title = NULL;
      g_auto(GStrv) accels = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, "action-name", &action, "title", &title, NULL);
      if (action != NULL)
        {
          accels = gtk_application_get_accels_for_action (app, action);
          if (accels[0] == NULL)
            g_error ("The shortcuts window lists “%s” by its action %s, which has no keys", title, action);
        }
      else
        accels = g_strsplit (accelerator, " ", -1);

      for (guint i = 0; accels[i] != NULL; i++)
        {
          guint keyval;
          GdkModifierType modifiers;

          if (accels[i][0] == '\0')
            continue;
          if (!gtk_accelerator_parse (accels[i], &keyval, &modifiers))
            g_error ("The shortcuts window lists “%s” for “%s”, which is not a key", accels[i], title);
          g_hash_table_replace (listed, normalize (keyval, modifiers), g_strdup (title));
        }
    }
  return listed;
}

static void
compare (Keys *keys)
{
  g_autoptr(GHashTable) listed = read_overlay (keys->app);
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) extra = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (g_hash_table_size (keys->keys), >, 20);

  g_hash_table_iter_init (&iter, keys->keys);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (listed, key))
      g_string_append_printf (missing, " %s (%s)", (char *) key, (char *) value);

  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (keys->keys, key))
      g_string_append_printf (extra, " %s (“%s”)", (char *) key, (char *) value);

  if (missing->len > 0 || extra->len > 0)
    g_error ("The shortcuts window and the app's keys differ.\n"
             "Not in the window:%s\nIn the window, but no key does it:%s", missing->str, extra->str);
}

static gboolean
is_preferences_group_titled (GtkWidget *widget,
                             gpointer   data)
{
  return ADW_IS_PREFERENCES_GROUP (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), data) == 0;
}

static void
check_about (GtkApplication *app)
{
  GtkWidget *about;
  GtkWidget *group;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = GTK_WIDGET (pursuit_test_wait_for_toplevel (ADW_TYPE_ABOUT_WINDOW));
  group = pursuit_test_find_widget (about, is_preferences_group_titled, (gpointer) "Content Sources");
  g_assert_nonnull (group);
  /* Each source of sources.xml, named with its year. */
  g_assert_nonnull (pursuit_test_find_row (group, "Robert Half, 2026 Salary Guide (2026)"));
  g_assert_nonnull (pursuit_test_find_row (group, "U.S. Bureau of Labor Statistics, Occupational Employment and Wage "
                                                  "Statistics (2023)"));
  g_assert_cmpuint (pursuit_test_count_type (group, ADW_TYPE_ACTION_ROW), ==,
                    pursuit_content_get_sources (pursuit_test_get_content ())->len);
  gtk_window_destroy (GTK_WINDOW (about));
}

typedef struct
{
  Keys keys;
  gboolean done;
} Run;

static void
live (gpointer data)
{
  Run *run = data;
  PursuitWindow *window = PURSUIT_WINDOW (gtk_application_get_active_window (run->keys.app));

  g_assert_nonnull (window);
  pursuit_test_wait_for_frame (GTK_WIDGET (window));
  collect_app (&run->keys);
  collect_everything (&run->keys, window);
  compare (&run->keys);
  check_about (run->keys.app);
  run->done = TRUE;

  pursuit_test_destroy_toplevels ();
}

static void
on_activate (GApplication *app,
             Run          *run)
{
  g_idle_add_once (live, run);
}

static void
test_help (void)
{
  g_autoptr(PursuitTestDir) tmp = pursuit_test_dir_new_on_disk ();
  g_autofree char *path = pursuit_test_dir_file (tmp, "pursuit.db");
  g_autoptr(PursuitApp) app = pursuit_app_new ();
  Run run = { { NULL } };

  g_setenv ("PURSUIT_DATABASE", path, TRUE);
  run.keys.app = GTK_APPLICATION (app);
  run.keys.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  run.keys.prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_true (run.done);
  g_hash_table_unref (run.keys.keys);
  g_hash_table_unref (run.keys.prefixes);
  g_unsetenv ("PURSUIT_DATABASE");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  /* One run of the app: starting it once costs more than the checks. */
  g_test_add_func ("/help/shortcuts-and-about", test_help);

  return g_test_run ();
}
