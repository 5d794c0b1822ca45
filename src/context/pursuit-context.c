/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-context.h"

/* The services a view needs, handed to it at construction so nothing reaches
 * for a global. Later: credentials, content, engines. */
struct _PursuitContext
{
  GObject parent_instance;

  PursuitStore *store;
  PursuitContent *content;
  GSettings *settings;
  PursuitPracticeState *practice;   /* made when first asked for */
};

G_DEFINE_FINAL_TYPE (PursuitContext, pursuit_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CONTENT,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pursuit_context_dispose (GObject *object)
{
  PursuitContext *self = PURSUIT_CONTEXT (object);

  g_clear_object (&self->practice);
  g_clear_object (&self->store);
  g_clear_object (&self->content);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pursuit_context_parent_class)->dispose (object);
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
      g_value_set_object (value, self->content);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_context_class_init (PursuitContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = pursuit_context_dispose;
  object_class->get_property = pursuit_context_get_property;
  object_class->set_property = pursuit_context_set_property;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE, flags);
  properties[PROP_CONTENT] = g_param_spec_object ("content", NULL, NULL, PURSUIT_TYPE_CONTENT, flags);
  properties[PROP_SETTINGS] = g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_context_init (PursuitContext *self)
{
}

PursuitContext *
pursuit_context_new (PursuitStore   *store,
                     PursuitContent *content,
                     GSettings      *settings)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (PURSUIT_IS_CONTENT (content), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (PURSUIT_TYPE_CONTEXT,
                       "store", store,
                       "content", content,
                       "settings", settings,
                       NULL);
}

PursuitContent *
pursuit_context_get_content (PursuitContext *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (self), NULL);

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
 * pursuit_context_get_practice:
 *
 * Returns: (transfer none): interview practice as every view shares it
 */
PursuitPracticeState *
pursuit_context_get_practice (PursuitContext *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTEXT (self), NULL);

  if (self->practice == NULL)
    self->practice = pursuit_practice_state_new (self->store, self->content, self->settings);
  return self->practice;
}
