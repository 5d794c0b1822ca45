/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-stage.h"

/* A step of the user's pipeline. Stages are few and change rarely, so the
 * store hands out immutable objects and replaces them when they change. */
struct _PursuitStage
{
  GObject parent_instance;

  gint64 id;
  PursuitStageKind kind;
  char *custom_name;
  int position;
  gboolean hidden;
};

G_DEFINE_FINAL_TYPE (PursuitStage, pursuit_stage, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_NAME,
  PROP_CUSTOM_NAME,
  PROP_POSITION,
  PROP_HIDDEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pursuit_stage_finalize (GObject *object)
{
  PursuitStage *self = PURSUIT_STAGE (object);

  g_clear_pointer (&self->custom_name, g_free);

  G_OBJECT_CLASS (pursuit_stage_parent_class)->finalize (object);
}

static void
pursuit_stage_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PursuitStage *self = PURSUIT_STAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_NAME:
      g_value_set_string (value, pursuit_stage_get_name (self));
      break;
    case PROP_CUSTOM_NAME:
      g_value_set_string (value, self->custom_name);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_HIDDEN:
      g_value_set_boolean (value, self->hidden);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_stage_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PursuitStage *self = PURSUIT_STAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_CUSTOM_NAME:
      self->custom_name = g_value_dup_string (value);
      break;
    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;
    case PROP_HIDDEN:
      self->hidden = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_stage_class_init (PursuitStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_stage_finalize;
  object_class->get_property = pursuit_stage_get_property;
  object_class->set_property = pursuit_stage_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, construct);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL,
                                             PURSUIT_TYPE_STAGE_KIND,
                                             PURSUIT_STAGE_KIND_WISHLIST,
                                             construct);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOM_NAME] = g_param_spec_string ("custom-name", NULL, NULL, NULL, construct);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, construct);
  properties[PROP_HIDDEN] = g_param_spec_boolean ("hidden", NULL, NULL, FALSE, construct);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_stage_init (PursuitStage *self)
{
}

PursuitStage *
pursuit_stage_new (gint64            id,
                   PursuitStageKind  kind,
                   const char       *custom_name,
                   int               position,
                   gboolean          hidden)
{
  return g_object_new (PURSUIT_TYPE_STAGE,
                       "id", id,
                       "kind", kind,
                       "custom-name", custom_name,
                       "position", position,
                       "hidden", hidden,
                       NULL);
}

gint64
pursuit_stage_get_id (PursuitStage *self)
{
  g_return_val_if_fail (PURSUIT_IS_STAGE (self), 0);

  return self->id;
}

PursuitStageKind
pursuit_stage_get_kind (PursuitStage *self)
{
  g_return_val_if_fail (PURSUIT_IS_STAGE (self), PURSUIT_STAGE_KIND_WISHLIST);

  return self->kind;
}

/* The name to show: the user's own, or the translated default for its kind. */
const char *
pursuit_stage_get_name (PursuitStage *self)
{
  g_return_val_if_fail (PURSUIT_IS_STAGE (self), NULL);

  if (self->custom_name != NULL && self->custom_name[0] != '\0')
    return self->custom_name;

  return pursuit_stage_kind_get_default_name (self->kind);
}

const char *
pursuit_stage_get_custom_name (PursuitStage *self)
{
  g_return_val_if_fail (PURSUIT_IS_STAGE (self), NULL);

  return self->custom_name;
}

int
pursuit_stage_get_position (PursuitStage *self)
{
  g_return_val_if_fail (PURSUIT_IS_STAGE (self), 0);

  return self->position;
}

gboolean
pursuit_stage_get_hidden (PursuitStage *self)
{
  g_return_val_if_fail (PURSUIT_IS_STAGE (self), FALSE);

  return self->hidden;
}
