/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_SECTION (pursuit_job_section_get_type ())

G_DECLARE_DERIVABLE_TYPE (PursuitJobSection, pursuit_job_section, PURSUIT, JOB_SECTION, AdwBin)

/**
 * PursuitJobSectionClass:
 * @job_changed: the section shows another job, or its context arrived;
 *   either may be %NULL
 * @flush: saves at once what waits to be saved
 *
 * A part of the job page (timeline, interviews, contacts, …): a templated
 * widget with "context" and "job" properties, declared in
 * pursuit-job-page.ui with both bound to the page's. HACKING.md, "Add a
 * job-page section", walks through one.
 */
struct _PursuitJobSectionClass
{
  AdwBinClass parent_class;

  void (*job_changed) (PursuitJobSection *self);
  void (*flush)       (PursuitJobSection *self);
};

PursuitContext *pursuit_job_section_get_context (PursuitJobSection *self);
PursuitStore   *pursuit_job_section_get_store   (PursuitJobSection *self);
PursuitJob     *pursuit_job_section_get_job     (PursuitJobSection *self);
void            pursuit_job_section_set_job     (PursuitJobSection *self,
                                                 PursuitJob        *job);
void            pursuit_job_section_flush       (PursuitJobSection *self);

G_END_DECLS
