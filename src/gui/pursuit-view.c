/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-view.h"

G_DEFINE_INTERFACE (PursuitView, pursuit_view, GTK_TYPE_WIDGET)

static void
pursuit_view_default_init (PursuitViewInterface *iface)
{
  g_object_interface_install_property (iface,
                                       g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT,
                                                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                            G_PARAM_STATIC_STRINGS));
  g_object_interface_install_property (iface,
                                       g_param_spec_boolean ("narrow", NULL, NULL, FALSE,
                                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
}

void
pursuit_view_start_search (PursuitView *self)
{
  g_return_if_fail (PURSUIT_IS_VIEW (self));

  if (PURSUIT_VIEW_GET_IFACE (self)->start_search != NULL)
    PURSUIT_VIEW_GET_IFACE (self)->start_search (self);
}

void
pursuit_view_settle (PursuitView *self)
{
  g_return_if_fail (PURSUIT_IS_VIEW (self));

  if (PURSUIT_VIEW_GET_IFACE (self)->settle != NULL)
    PURSUIT_VIEW_GET_IFACE (self)->settle (self);
}

gboolean
pursuit_view_get_narrow (PursuitView *self)
{
  gboolean narrow = FALSE;

  g_return_val_if_fail (PURSUIT_IS_VIEW (self), FALSE);

  g_object_get (self, "narrow", &narrow, NULL);
  return narrow;
}

/**
 * pursuit_view_add_shortcuts:
 *
 * Gives the view's actions their keys. They work wherever the focus is in
 * the window while the view is shown, and not while another view is.
 */
void
pursuit_view_add_shortcuts (PursuitView               *self,
                            const PursuitViewShortcut *shortcuts,
                            guint                      n_shortcuts)
{
  GtkEventController *controller;

  g_return_if_fail (PURSUIT_IS_VIEW (self));

  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  for (guint i = 0; i < n_shortcuts; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;
      GtkShortcut *shortcut;

      if (!g_action_parse_detailed_name (shortcuts[i].action, &name, &target, &error))
        g_error ("%s: %s", shortcuts[i].action, error->message);

      shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (shortcuts[i].accelerator),
                                   gtk_named_action_new (name));
      gtk_shortcut_set_arguments (shortcut, target);
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * pursuit_view_get_stack:
 *
 * Returns: (transfer none) (nullable): the window's stack of views the view
 *   is in, for its view switcher titles
 */
AdwViewStack *
pursuit_view_get_stack (PursuitView *self)
{
  g_return_val_if_fail (PURSUIT_IS_VIEW (self), NULL);

  return ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_VIEW_STACK));
}
