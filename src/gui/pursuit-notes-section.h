/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "pursuit-job-section.h"
#include "pursuit-notes-panel.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_NOTES_SECTION (pursuit_notes_section_get_type ())

/* The job's prep notes on its page; see PursuitNotesPanel. */
G_DECLARE_FINAL_TYPE (PursuitNotesSection, pursuit_notes_section, PURSUIT, NOTES_SECTION, PursuitJobSection)

PursuitNotesPanel *pursuit_notes_section_get_panel (PursuitNotesSection *self);

G_END_DECLS
