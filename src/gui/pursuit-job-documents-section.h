/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-job-section.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_DOCUMENTS_SECTION (pursuit_job_documents_section_get_type ())

/* Actions: job-documents.import, job-documents.write, and on a document or
 * version (x: its id) job-documents.use-latest, .remove, .open, .export,
 * .mark-sent. */
G_DECLARE_FINAL_TYPE (PursuitJobDocumentsSection, pursuit_job_documents_section, PURSUIT, JOB_DOCUMENTS_SECTION,
                      PursuitJobSection)

const char *pursuit_job_documents_section_get_match_subtitle (PursuitJobDocumentsSection *self);

G_END_DECLS
