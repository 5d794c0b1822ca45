/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-job-section.h"

/* A section below the page's first screen makes its content only when it
 * is reached (see PursuitJobSectionClass): the first job's page is part of
 * the first screen every start pays for, and the sections at its foot are
 * a good part of it (at 100 jobs, accessibility bus on, 1.2 MB of peak
 * heap, with their accessible objects and what they read for the job). */
typedef struct
{
  PursuitContext *context;
  PursuitJob *job;
  gboolean made;             /* the content; from the start without make() */
  GtkAdjustment *scrolled;   /* the page's, watched until the content is made */
  guint check_idle;
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
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);
  PursuitJobSectionClass *klass = PURSUIT_JOB_SECTION_GET_CLASS (self);

  if (priv->made && klass->job_changed != NULL)
    klass->job_changed (self);
}

static void
stop_watching (PursuitJobSection *self)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  if (priv->scrolled != NULL)
    g_signal_handlers_disconnect_by_data (priv->scrolled, self);
  g_clear_object (&priv->scrolled);
  g_clear_handle_id (&priv->check_idle, g_source_remove);
}

/* A section not made yet has no controls, and its actions, which reach
 * into its content, are off; make() and job_changed() then set those that
 * depend on the job. */
static void
set_actions_enabled (PursuitJobSection *self,
                     gboolean           enabled)
{
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (self);
  const GVariantType *parameter_type;
  const char *name;
  const char *property;
  GType owner;

  /* GTK 4.8 writes every out argument. */
  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property); i++)
    {
      if (g_type_is_a (owner, PURSUIT_TYPE_JOB_SECTION))
        gtk_widget_action_set_enabled (GTK_WIDGET (self), name, enabled);
    }
}

/* Makes the content, showing the job of the moment. */
static void
make_content (PursuitJobSection *self)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  if (priv->made || priv->context == NULL)
    return;

  stop_watching (self);
  priv->made = TRUE;
  set_actions_enabled (self, TRUE);
  g_object_set (self, "height-request", -1, NULL);
  PURSUIT_JOB_SECTION_GET_CLASS (self)->make (self);
  job_changed (self);
}

/* Whether the section is within a screen of the page's visible part: its
 * place in the page's content, against the place scrolled to (the content
 * is placed anew only at the next layout). Run at an idle after the
 * layout that moved the adjustment: the places are those of that layout
 * (during it the page's children are not placed yet), and a child added
 * then would be drawn unplaced; it comes before the next frame. */
static gboolean
check_near (gpointer data)
{
  PursuitJobSection *self = data;
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  graphene_point_t top;

  priv->check_idle = 0;
  if (window == NULL)
    return G_SOURCE_REMOVE;
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (window));
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (content == NULL || gtk_adjustment_get_page_size (priv->scrolled) <= 0 ||
      !gtk_widget_compute_point (GTK_WIDGET (self), content, &GRAPHENE_POINT_INIT (0, 0), &top))
    return G_SOURCE_REMOVE;
  if (top.y < gtk_adjustment_get_value (priv->scrolled) + 2 * gtk_adjustment_get_page_size (priv->scrolled))
    make_content (self);
  return G_SOURCE_REMOVE;
}

static void
queue_check (PursuitJobSection *self)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  if (priv->scrolled != NULL && priv->check_idle == 0)
    priv->check_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, check_near, self, NULL);
}

static void
pursuit_job_section_root (GtkWidget *widget)
{
  PursuitJobSection *self = PURSUIT_JOB_SECTION (widget);
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);
  GtkWidget *window;

  GTK_WIDGET_CLASS (pursuit_job_section_parent_class)->root (widget);

  if (priv->made)
    return;
  window = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  if (window == NULL)
    {
      make_content (self);
      return;
    }
  /* Scrolled ("value-changed"), or laid out anew ("changed"); not checked
   * now, before the page has its places. */
  stop_watching (self);
  priv->scrolled = g_object_ref (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (window)));
  g_signal_connect_object (priv->scrolled, "value-changed", G_CALLBACK (queue_check), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (priv->scrolled, "changed", G_CALLBACK (queue_check), self, G_CONNECT_SWAPPED);
}

static void
pursuit_job_section_unroot (GtkWidget *widget)
{
  stop_watching (PURSUIT_JOB_SECTION (widget));
  GTK_WIDGET_CLASS (pursuit_job_section_parent_class)->unroot (widget);
}

/* Tab into the section: the content is made to take the focus. */
static gboolean
pursuit_job_section_focus (GtkWidget        *widget,
                           GtkDirectionType  direction)
{
  make_content (PURSUIT_JOB_SECTION (widget));
  return GTK_WIDGET_CLASS (pursuit_job_section_parent_class)->focus (widget, direction);
}

static void
pursuit_job_section_dispose (GObject *object)
{
  PursuitJobSection *self = PURSUIT_JOB_SECTION (object);
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  stop_watching (self);
  if (priv->job != NULL)
    {
      pursuit_job_section_flush (self);
      g_clear_object (&priv->job);
      job_changed (self);
    }
  /* AdwBin holds its child itself: release it before the template's
   * children are cleared, or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  if (priv->made)
    gtk_widget_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));
  g_clear_object (&priv->context);

  G_OBJECT_CLASS (pursuit_job_section_parent_class)->dispose (object);
}

/* Not in init: there the instance's class is still this one, not the
 * subclass's. */
static void
pursuit_job_section_constructed (GObject *object)
{
  PursuitJobSection *self = PURSUIT_JOB_SECTION (object);
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);

  G_OBJECT_CLASS (pursuit_job_section_parent_class)->constructed (object);

  priv->made = PURSUIT_JOB_SECTION_GET_CLASS (self)->make == NULL;
  if (!priv->made)
    {
      set_actions_enabled (self, FALSE);
      /* The page as long as it will be, near enough: its scroll bar does
       * not jump when the section is made, and a drag to its end ends
       * there. */
      g_object_set (self, "height-request", PURSUIT_JOB_SECTION_GET_CLASS (self)->reserved_height, NULL);
    }
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
        {
          job_changed (self);
          /* Reached before, it waited for the context. */
          if (!priv->made && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
            {
              if (priv->scrolled != NULL)
                queue_check (self);
              else
                make_content (self);
            }
        }
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
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pursuit_job_section_constructed;
  object_class->dispose = pursuit_job_section_dispose;
  widget_class->root = pursuit_job_section_root;
  widget_class->unroot = pursuit_job_section_unroot;
  widget_class->focus = pursuit_job_section_focus;
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
  /* The page may have moved under it. */
  if (!priv->made)
    queue_check (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOB]);
}

void
pursuit_job_section_flush (PursuitJobSection *self)
{
  PursuitJobSectionPrivate *priv = pursuit_job_section_get_instance_private (self);
  PursuitJobSectionClass *klass;

  g_return_if_fail (PURSUIT_IS_JOB_SECTION (self));

  /* Not made yet: nothing was typed. */
  klass = PURSUIT_JOB_SECTION_GET_CLASS (self);
  if (priv->made && klass->flush != NULL)
    klass->flush (self);
}
