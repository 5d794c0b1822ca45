/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-documents-view.h"
#include "pursuit-guides-view.h"
#include "pursuit-insights-view.h"
#include "pursuit-jobs-view.h"
#include "pursuit-practice-view.h"
#include "pursuit-view.h"

/* The window's top-level views, in the order of the view switcher; the
 * n-th is also shown with Alt+n. A new view is a row here. */
static const PursuitViewInfo views[] = {
  { "jobs", N_("Jobs"), "io.github.pursuit.Pursuit-symbolic", pursuit_jobs_view_get_type, TRUE },
  /* Practice reads its log when first shown; a job page asking for a
   * session builds it then. */
  { "practice", N_("Practice"), "audio-input-microphone-symbolic", pursuit_practice_view_get_type, FALSE },
  { "documents", N_("Documents"), "folder-documents-symbolic", pursuit_documents_view_get_type, FALSE },
  /* The guides are laid out when first shown: measuring all their text
   * would hold up the first frame. */
  { "guides", N_("Guides"), "accessories-dictionary-symbolic", pursuit_guides_view_get_type, FALSE },
  /* The figures are worked out when first shown, and again while shown. */
  { "insights", N_("Insights"), "x-office-presentation-symbolic", pursuit_insights_view_get_type, FALSE },
};

const PursuitViewInfo *
pursuit_views_get_all (guint *n_views)
{
  *n_views = G_N_ELEMENTS (views);
  return views;
}
