/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "pursuit-scroll-chain.h"

/* A scrolled box inside a scrolling page takes every wheel turn over it,
 * even when it has nothing to scroll: the page then seems stuck under the
 * pointer. This hands such turns to the page. */

static GtkScrolledWindow *
find_outer (GtkWidget *inner)
{
  GtkWidget *parent = gtk_widget_get_parent (inner);

  return parent != NULL ? GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (parent, GTK_TYPE_SCROLLED_WINDOW)) : NULL;
}

static gboolean
can_scroll (GtkAdjustment *adjustment,
            double         delta)
{
  double value = gtk_adjustment_get_value (adjustment);
  double end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  if (end - gtk_adjustment_get_lower (adjustment) < 1)
    return FALSE;
  return delta < 0 ? value > gtk_adjustment_get_lower (adjustment) : value < end;
}

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    delta_x,
           double                    delta_y,
           GtkScrolledWindow        *inner)
{
  GtkScrolledWindow *outer;
  GtkAdjustment *adjustment;
  double step;

  if (delta_y == 0 || can_scroll (gtk_scrolled_window_get_vadjustment (inner), delta_y))
    return GDK_EVENT_PROPAGATE;

  outer = find_outer (GTK_WIDGET (inner));
  if (outer == NULL)
    return GDK_EVENT_PROPAGATE;

  /* As far as GTK scrolls for the same turn: a wheel notch moves by the
   * page size to the power 2/3, a touchpad by its pixels. */
  adjustment = gtk_scrolled_window_get_vadjustment (outer);
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    step = delta_y * pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  else
    step = delta_y;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + step);
  return GDK_EVENT_STOP;
}

/**
 * pursuit_scroll_chain:
 * @scrolled_window: a scrolled window inside another
 *
 * Wheel turns over @scrolled_window that it cannot use (it has nothing to
 * scroll, or is at its end in that direction) scroll the scrolled window
 * around it instead.
 */
void
pursuit_scroll_chain (GtkScrolledWindow *scrolled_window)
{
  GtkEventController *controller;

  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (scrolled_window));

  /* Capture: before the scrolled window's own controller, which keeps
   * every turn. */
  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "scroll", G_CALLBACK (on_scroll), scrolled_window, 0);
  gtk_widget_add_controller (GTK_WIDGET (scrolled_window), controller);
}
