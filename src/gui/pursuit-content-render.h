/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-content.h"
#include "pursuit-context.h"

G_BEGIN_DECLS

/* Builds widgets for content elements: paragraphs, lists, tables, terms,
 * salary tables and career ladders, each with its sources shown. Anchors
 * (elements with an id) are recorded so a page can scroll to them. */

typedef struct
{
  PursuitContent *content;
  PursuitGuide *guide;
  GHashTable *anchors;   /* id -> GtkWidget, not owned */
  PursuitContext *services;  /* nullable: the tracked jobs, for salary tables */
  gboolean compare_added;    /* a salary table has its "Compare With My Jobs" */
} PursuitRenderContext;

GtkWidget *pursuit_render_heading     (const char           *text,
                                       const char           *style_class);
GtkWidget *pursuit_render_text        (const char           *text);
GtkWidget *pursuit_render_citation    (PursuitContent       *content,
                                       const char           *source_ids);
void       pursuit_render_blocks      (PursuitRenderContext *context,
                                       GtkBox               *box,
                                       PursuitContentNode   *container);
GtkWidget *pursuit_render_salary_table (PursuitContent      *content,
                                        const char          *role,
                                        const char          *by);
GtkWidget *pursuit_render_ladder      (PursuitRenderContext *context);
GtkWidget *pursuit_render_facts       (PursuitRenderContext *context);
GtkWidget *pursuit_render_faq         (PursuitRenderContext *context);
GtkWidget *pursuit_render_question    (PursuitContent       *content,
                                       PursuitQuestion      *question);
const char *pursuit_render_step_label (const char           *label);

G_END_DECLS
