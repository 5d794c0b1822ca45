/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_VIEW (pursuit_view_get_type ())

G_DECLARE_INTERFACE (PursuitView, pursuit_view, PURSUIT, VIEW, GtkWidget)

/**
 * PursuitViewInterface:
 * @start_search: puts the focus in the view's search
 * @settle: saves what waits to be saved and makes final what could still be
 *   undone: the window is closing
 *
 * What the window needs of each top-level view (Jobs, Guides, …). A view
 * also has a construct-only "context" property and a readable "narrow"
 * property: TRUE when its header has no room for the view switcher, so
 * the window shows the switcher at the bottom. Its own actions are
 * installed on its class ("jobs.add") with their keys from
 * pursuit_view_add_shortcuts().
 */
struct _PursuitViewInterface
{
  GTypeInterface parent_iface;

  void (*start_search) (PursuitView *self);
  void (*settle)       (PursuitView *self);
};

/**
 * PursuitViewShortcut:
 * @accelerator: as gtk_accelerator_parse() reads it
 * @action: a detailed action name the view installed
 */
typedef struct
{
  const char *accelerator;
  const char *action;
} PursuitViewShortcut;

void          pursuit_view_start_search  (PursuitView               *self);
void          pursuit_view_settle        (PursuitView               *self);
gboolean      pursuit_view_get_narrow    (PursuitView               *self);
void          pursuit_view_add_shortcuts (PursuitView               *self,
                                          const PursuitViewShortcut *shortcuts,
                                          guint                      n_shortcuts);
AdwViewStack *pursuit_view_get_stack     (PursuitView               *self);

/**
 * PursuitViewInfo:
 *
 * A top-level view as the window shows it, from the list in
 * pursuit-views.c: adding a view is a row there.
 */
typedef struct
{
  const char *name;
  const char *title;        /* untranslated; the window translates it */
  const char *icon_name;
  GType (*get_type) (void);
  gboolean built_at_start;  /* FALSE: built the first time it is shown */
} PursuitViewInfo;

const PursuitViewInfo *pursuit_views_get_all (guint *n_views);

G_END_DECLS
