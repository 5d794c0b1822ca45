/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_SECTION (pursuit_job_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (PursuitJobSection, pursuit_job_section, PURSUIT, JOB_SECTION, AdwBin)

/**
 * PursuitJobSectionClass:
 * @make: (nullable): makes the section's content (its template and what
 *   comes with it) when the section is reached, for a section below the
 *   page's first screen; %NULL: the content is made in init
 * @job_changed: the section shows another job, or its context arrived;
 *   either may be %NULL. Called only once the content is made, first
 *   right after @make, with the job shown then
 * @flush: saves at once what waits to be saved; called only once the
 *   content is made
 * @reserved_height: with @make, the height the section keeps until it is
 *   made: about its usual height, so that the page's length changes little
 *   when it is
 *
 * A part of the job page (timeline, interviews, contacts, …): a templated
 * widget with "context" and "job" properties, declared in
 * pursuit-job-page.ui with both bound to the page's. HACKING.md, "Add a
 * job-page section", walks through one.
 *
 * A section with @make is empty, with room kept for it, until it comes within
 * a screen of the visible part of the page's scrolled window, or the
 * keyboard moves into it (Tab); one outside a scrolled window is made
 * when it is rooted. Its content then needs the context: it is made once
 * both are there.
 */
struct _PursuitJobSectionClass
{
  AdwBinClass parent_class;

  void (*make)        (PursuitJobSection *self);
  void (*job_changed) (PursuitJobSection *self);
  void (*flush)       (PursuitJobSection *self);

  int reserved_height;
};

PursuitContext *pursuit_job_section_get_context (PursuitJobSection *self);
PursuitStore   *pursuit_job_section_get_store   (PursuitJobSection *self);
PursuitJob     *pursuit_job_section_get_job     (PursuitJobSection *self);
void            pursuit_job_section_set_job     (PursuitJobSection *self,
                                                 PursuitJob        *job);
void            pursuit_job_section_flush       (PursuitJobSection *self);

G_END_DECLS
