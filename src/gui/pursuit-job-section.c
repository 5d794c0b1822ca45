/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-job-section.h"

typedef struct
{
  PursuitContext *context;
  PursuitJob *job;
} PursuitJobSectionPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (PursuitJobSection, pursuit_job_section, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_JOB,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
job_changed (PursuitJobSection *self)
{
  PursuitJobSectionClass *klass = PURSUIT_JOB_SECTION_GET_CLASS (self);

  if (klass->job_changed != NULL)
    klass->job_changed (self);
}

static void
pursuit_job_section_dispose (GObject *object)
{
  PursuitJobSection *self = PURSUIT_JOB_SECTION (object);
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  if (priv->job != NULL)
    {
      pursuit_job_section_flush (self);
      g_clear_object (&priv->job);
      job_changed (self);
    }
  /* AdwBin holds its child itself: release it before the template's
   * children are cleared, or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (pursuit_job_section_parent_class)->dispose (object);
}

static void
pursuit_job_section_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PursuitJobSection *self = PURSUIT_JOB_SECTION (object);
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    case PROP_JOB:
      g_value_set_object (value, priv->job);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_section_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PursuitJobSection *self = PURSUIT_JOB_SECTION (object);
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      /* Set once, from the page's template binding. */
      g_return_if_fail (priv->context == NULL || priv->context == g_value_get_object (value));
      if (g_set_object (&priv->context, g_value_get_object (value)))
        job_changed (self);
      break;
    case PROP_JOB:
      pursuit_job_section_set_job (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_section_class_init (PursuitJobSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_job_section_dispose;
  object_class->get_property = pursuit_job_section_get_property;
  object_class->set_property = pursuit_job_section_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  properties[PROP_JOB] = g_param_spec_object ("job", NULL, NULL, PURSUIT_TYPE_JOB,
                                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                              G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_job_section_init (PursuitJobSection *self)
{
}

PursuitContext *
pursuit_job_section_get_context (PursuitJobSection *self)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_return_val_if_fail (PURSUIT_IS_JOB_SECTION (self), NULL);

  return priv->context;
}

PursuitStore *
pursuit_job_section_get_store (PursuitJobSection *self)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_return_val_if_fail (PURSUIT_IS_JOB_SECTION (self), NULL);

  return priv->context != NULL ? pursuit_context_get_store (priv->context) : NULL;
}

PursuitJob *
pursuit_job_section_get_job (PursuitJobSection *self)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_return_val_if_fail (PURSUIT_IS_JOB_SECTION (self), NULL);

  return priv->job;
}

void
pursuit_job_section_set_job (PursuitJobSection *self,
                             PursuitJob        *job)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  g_return_if_fail (PURSUIT_IS_JOB_SECTION (self));
  g_return_if_fail (job == NULL || PURSUIT_IS_JOB (job));

  if (priv->job == job)
    return;

  /* What was typed for the job being left is saved before another shows. */
  pursuit_job_section_flush (self);
  g_set_object (&priv->job, job);
  job_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB]);
}

void
pursuit_job_section_flush (PursuitJobSection *self)
{
  PursuitJobSectionClass *klass;

  g_return_if_fail (PURSUIT_IS_JOB_SECTION (self));

  klass = PURSUIT_JOB_SECTION_GET_CLASS (self);
  if (klass->flush != NULL)
    klass->flush (self);
}
