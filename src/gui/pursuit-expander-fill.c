/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-expander-fill.h"

/* An expander row's rows are made the first time it opens. Folded, they
 * are not shown, yet each is a widget tree with an accessible object for
 * every part: the job page shown with the first job at start folds three
 * (the shifts, the offer, the salary's benchmark choice), a quarter of its
 * heap (1.2 MB at 100 jobs, heaptrack, accessibility bus on), and most
 * jobs never open them. Code that reads those rows finds them NULL until
 * then; the fill function loads them with what they show. */

typedef struct
{
  PursuitExpanderFill fill;
  GtkWidget *owner;
} Filling;

static void
on_expanded (AdwExpanderRow *row,
             GParamSpec     *pspec,
             Filling        *filling)
{
  /* Disconnecting frees @filling: take what it holds first. */
  PursuitExpanderFill fill = filling->fill;
  GtkWidget *owner = filling->owner;

  if (!adw_expander_row_get_expanded (row))
    return;

  g_signal_handlers_disconnect_by_func (row, on_expanded, filling);
  fill (owner);
}

static void
filling_free (gpointer  data,
              GClosure *closure)
{
  g_free (data);
}

/**
 * pursuit_expander_row_fill_when_expanded:
 * @row: a folded expander row, in @owner
 * @owner: the widget that holds @row and its rows
 * @fill: makes @row's rows, once
 *
 * Calls @fill the first time @row is expanded, before the other handlers
 * of its expansion connected after this; at once if it is expanded now.
 */
void
pursuit_expander_row_fill_when_expanded (AdwExpanderRow      *row,
                                         GtkWidget           *owner,
                                         PursuitExpanderFill  fill)
{
  Filling *filling;

  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));
  g_return_if_fail (GTK_IS_WIDGET (owner));

  if (adw_expander_row_get_expanded (row))
    {
      fill (owner);
      return;
    }

  filling = g_new (Filling, 1);
  filling->fill = fill;
  /* The row lives in its owner: the owner outlives the handler. */
  filling->owner = owner;
  g_signal_connect_data (row, "notify::expanded", G_CALLBACK (on_expanded), filling, filling_free, 0);
}
