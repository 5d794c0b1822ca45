/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "pursuit-context.h"
#include "pursuit-insights-report.h"

/* The services a view needs, handed to it at construction so nothing reaches
 * for a global: the store, the content, the settings and the keyring. */
struct _PursuitContext
{
  GObject parent_instance;

  PursuitStore *store;
  PursuitContent *content;
  GSettings *settings;

  PursuitSalaryEngine *salary;     /* made when first asked for */
  PursuitSalaryPreferences salary_preferences;
  char *home_country;              /* what salary_preferences points to */
  const char *locale_country;      /* the locale's, read once: interned */
  PursuitPracticeState *practice;   /* made when first asked for */
  PursuitCredentials *credentials;
  PursuitInsightsTagger *insights_tagger; /* made when first asked for */
  GCancellable *tagging;           /* the store's first tagging, in turns */
  guint tagging_source;
  gboolean tagging_running;        /* a turn is on its way */
  gboolean tagging_again;          /* asked for while it was */
};

G_DEFINE_FINAL_TYPE (PursuitContext, pursuit_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTENT,
  PROP_SETTINGS,
  PROP_CREDENTIALS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SALARY_PREFERENCES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pursuit_context_dispose (GObject *object)
{
  PursuitContext *self = PURSUIT_CONTEXT (object);

  g_clear_handle_id (&self->tagging_source, g_source_remove);
  g_cancellable_cancel (self->tagging);
  g_clear_object (&self->tagging);
  g_clear_pointer (&self->insights_tagger, pursuit_insights_tagger_unref);
  g_clear_object (&self->practice);
  g_clear_object (&self->store);
  g_clear_object (&self->content);
  g_clear_object (&self->settings);
  g_clear_object (&self->salary);
  g_clear_object (&self->credentials);

  G_OBJECT_CLASS (pursuit_context_parent_class)->dispose (object);
}

static void
pursuit_context_finalize (GObject *object)
{
  PursuitContext *self = PURSUIT_CONTEXT (object);

  g_free (self->home_country);

  G_OBJECT_CLASS (pursuit_context_parent_class)->finalize (object);
}

static void
read_salary_preferences (PursuitContext *self)
{
  g_free (self->home_country);
  self->home_country = g_settings_get_string (self->settings, "home-country");
  pursuit_salary_preferences_init (&self->salary_preferences);
  /* The locale's country is worked out here once, not by each job's
   * query: setlocale() for every row of a long list costs. */
  if (self->locale_country == NULL)
    self->locale_country = pursuit_salary_default_home_country (setlocale (LC_MESSAGES, NULL));
  self->salary_preferences.home_country = self->home_country[0] != '\0' ? self->home_country : self->locale_country;
  self->salary_preferences.assumptions.hours_per_week = g_settings_get_double (self->settings, "hours-per-week");
}

/* The Insights tags the database keeps (schema 10): jobs whose tags are
 * to be worked out (all of them in a file from before, or when the
 * preferences or the content changed) are tagged on the store's worker
 * once the store is open, in turns of this many jobs so that the user's
 * own operations never wait long; Insights then only counts. A job changed
 * later is tagged when Insights next asks. */
#define TAGGING_TURN 5000

static void tag_in_turns (PursuitContext *self);

static void
on_tagged (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PursuitContext) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean more = FALSE;

  self->tagging_running = FALSE;
  if (!pursuit_store_update_insights_tags_finish (PURSUIT_STORE (source), result, &more, &error))
    {
      /* Insights tags what is left when it next asks. */
      g_debug ("Could not tag the jobs for Insights: %s", error->message);
      return;
    }
  /* One chain of turns at a time, each with the tagger of the moment: two
   * with different preferences would undo each other's work. */
  if ((more || self->tagging_again) && !g_cancellable_is_cancelled (self->tagging) &&
      pursuit_store_is_open (self->store))
    tag_in_turns (self);
}

static void
tag_in_turns (PursuitContext *self)
{
  if (self->tagging == NULL)
    self->tagging = g_cancellable_new ();
  self->tagging_running = TRUE;
  self->tagging_again = FALSE;
  pursuit_store_update_insights_tags_async (self->store, pursuit_context_get_insights_tagger (self), TAGGING_TURN,
                                            self->tagging, on_tagged, g_object_ref (self));
}

static gboolean
start_tagging (gpointer user_data)
{
  PursuitContext *self = user_data;

  self->tagging_source = 0;
  if (pursuit_store_is_open (self->store))
    tag_in_turns (self);
  return G_SOURCE_REMOVE;
}

/* After the first frame: the engine is made on the main thread. */
static void
queue_tagging (PursuitContext *self)
{
  if (self->tagging_running)
    {
      self->tagging_again = TRUE;
      return;
    }
  if (self->store == NULL || !pursuit_store_is_open (self->store) || self->tagging_source != 0)
    return;
  self->tagging_source = g_idle_add_full (G_PRIORITY_LOW, start_tagging, self, NULL);
}

static void
on_salary_setting_changed (PursuitContext *self)
{
  read_salary_preferences (self);
  g_clear_pointer (&self->insights_tagger, pursuit_insights_tagger_unref);
  g_signal_emit (self, signals[SALARY_PREFERENCES_CHANGED], 0);
  queue_tagging (self);
}

static void
pursuit_context_constructed (GObject *object)
{
  PursuitContext *self = PURSUIT_CONTEXT (object);

  G_OBJECT_CLASS (pursuit_context_parent_class)->constructed (object);

  if (self->credentials == NULL)
    self->credentials = pursuit_credentials_new ();
  read_salary_preferences (self);
  g_signal_connect_object (self->settings, "changed::home-country",
                           G_CALLBACK (on_salary_setting_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::hours-per-week",
                           G_CALLBACK (on_salary_setting_changed), self, G_CONNECT_SWAPPED);
  if (self->store != NULL)
    g_signal_connect_object (self->store, "notify::open", G_CALLBACK (queue_tagging), self, G_CONNECT_SWAPPED);
  queue_tagging (self);
}

static void
pursuit_context_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PursuitContext *self = PURSUIT_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CONTENT:
      g_value_set_object (value, pursuit_context_get_content (self));
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_CREDENTIALS:
      g_value_set_object (value, self->credentials);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_context_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PursuitContext *self = PURSUIT_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CONTENT:
      self->content = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_CREDENTIALS:
      self->credentials = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_context_class_init (PursuitContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = pursuit_context_constructed;
  object_class->dispose = pursuit_context_dispose;
  object_class->finalize = pursuit_context_finalize;
  object_class->get_property = pursuit_context_get_property;
  object_class->set_property = pursuit_context_set_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE, flags);
  properties[PROP_CONTENT] = g_param_spec_object ("content", NULL, NULL, PURSUIT_TYPE_CONTENT, flags);
  properties[PROP_SETTINGS] = g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS, flags);
  /* The system keyring unless another is given (tests). */
  properties[PROP_CREDENTIALS] = g_param_spec_object ("credentials", NULL, NULL, PURSUIT_TYPE_CREDENTIALS, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitContext::salary-preferences-changed:
   *
   * The home country or the hours in a week changed in Preferences: every
   * benchmark shown must be made again.
   */
  signals[SALARY_PREFERENCES_CHANGED] =
    g_signal_new ("salary-preferences-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pursuit_context_init (PursuitContext *self)
{
}

/**
 * pursuit_context_new:
 * @content: (nullable): the content, or %NULL for the built-in one, read
 *   when first asked for
 */
PursuitContext *
pursuit_context_new (PursuitStore   *store,
                     PursuitContent *content,
                     GSettings      *settings)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (content == NULL || PURSUIT_IS_CONTENT (content), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (PURSUIT_TYPE_CONTEXT,
                       "store", store,
                       "content", content,
                       "settings", settings,
                       NULL);
}

/**
 * pursuit_context_get_content:
 *
 * Returns: (transfer none): the guides, questions and salaries; the
 *   built-in ones are read when first asked for (not for the first frame
 *   of an empty list)
 */
PursuitContent *
pursuit_context_get_content (PursuitContext *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (self), NULL);

  if (self->content == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->content = pursuit_content_new_from_resource (NULL, &error);
      /* The content is built into the program: failing to read it is a
       * bug in the build, caught by the content test, not something a
       * user can fix. */
      if (self->content == NULL)
        g_error ("The built-in guides could not be read: %s", error->message);
    }
  return self->content;
}

PursuitStore *
pursuit_context_get_store (PursuitContext *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (self), NULL);

  return self->store;
}

GSettings *
pursuit_context_get_settings (PursuitContext *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * pursuit_context_get_salary_engine:
 *
 * Returns: (transfer none): the salary engine over the content, made at
 *   the first call
 */
PursuitSalaryEngine *
pursuit_context_get_salary_engine (PursuitContext *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (self), NULL);

  if (self->salary == NULL)
    self->salary = pursuit_salary_engine_new (pursuit_context_get_content (self));
  return self->salary;
}

/**
 * pursuit_context_get_insights_tagger:
 *
 * Returns: (transfer none): what works out the Insights tags the database
 *   keeps, with the salary engine and the preferences as they are now;
 *   valid until #PursuitContext::salary-preferences-changed
 */
PursuitInsightsTagger *
pursuit_context_get_insights_tagger (PursuitContext *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (self), NULL);

  if (self->insights_tagger == NULL)
    self->insights_tagger = pursuit_insights_tagger_new_for_engine (pursuit_context_get_salary_engine (self),
                                                                     &self->salary_preferences);
  return self->insights_tagger;
}

/**
 * pursuit_context_get_salary_preferences:
 *
 * Returns: (transfer none): the home country and hours per week of
 *   Preferences, valid until #PursuitContext::salary-preferences-changed;
 *   the home country is never %NULL (the locale's when none is set)
 */
const PursuitSalaryPreferences *
pursuit_context_get_salary_preferences (PursuitContext *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (self), NULL);

  return &self->salary_preferences;
}

/**
 * pursuit_context_get_practice:
 *
 * Returns: (transfer none): interview practice as every view shares it
 */
PursuitPracticeState *
pursuit_context_get_practice (PursuitContext *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (self), NULL);

  if (self->practice == NULL)
    self->practice = pursuit_practice_state_new (self->store, pursuit_context_get_content (self), self->settings);
  return self->practice;
}

/**
 * pursuit_context_get_credentials:
 *
 * Returns: (transfer none): the keyring, where portal passwords are kept
 */
PursuitCredentials *
pursuit_context_get_credentials (PursuitContext *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (self), NULL);

  return self->credentials;
}

/* Forgetting the passwords of logins that are gone: the store lists the
 * logins that exist, the keyring clears the others. */

static void
on_forgotten (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  int cleared = pursuit_credentials_forget_others_finish (PURSUIT_CREDENTIALS (source), result, &error);

  if (cleared < 0)
    g_task_return_error (task, error);
  else
    g_task_return_int (task, cleared);
}

static void
on_login_uuids (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitContext *self = g_task_get_source_object (task);
  g_autoptr(GPtrArray) uuids = NULL;
  GError *error = NULL;

  uuids = pursuit_store_list_login_uuids_finish (PURSUIT_STORE (source), result, &error);
  if (uuids == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_ptr_array_add (uuids, NULL);
  pursuit_credentials_forget_others_async (self->credentials, (const char * const *) uuids->pdata,
                                           g_task_get_cancellable (task), on_forgotten,
                                           g_object_ref (task));
}

/**
 * pursuit_context_forget_unused_logins_async:
 *
 * Clears from the keyring the passwords of logins no job uses any more:
 * at start (a job deleted while the keyring was away) and once a job's
 * deletion can no longer be undone.
 */
void
pursuit_context_forget_unused_logins_async (PursuitContext      *self,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (PURSUIT_IS_CONTEXT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_context_forget_unused_logins_async);
  pursuit_store_list_login_uuids_async (self->store, cancellable, on_login_uuids, task);
}

/* Returns: how many passwords were cleared, or -1 with @error set */
int
pursuit_context_forget_unused_logins_finish (PursuitContext  *self,
                                             GAsyncResult    *result,
                                             GError         **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), -1);

  return (int) g_task_propagate_int (G_TASK (result), error);
}
