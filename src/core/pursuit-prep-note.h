/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_PREP_NOTE (pursuit_prep_note_get_type ())

G_DECLARE_FINAL_TYPE (PursuitPrepNote, pursuit_prep_note, PURSUIT, PREP_NOTE, GObject)

/**
 * PursuitPrepNote:
 * @job_id: the job it prepares for, or 0 for a general note
 * @interview_id: the interview it is about, or 0; an interview's note
 *   also carries the interview's job
 * @body: Markdown
 *
 * A note written to prepare: company research, questions to ask, how an
 * interview went. The job's own Notes field is its first note, kept in the
 * job (see pursuit-notes-section.c); these are the others. Same rule as a
 * stage change: the values never change once listed; copy to edit.
 */
struct _PursuitPrepNote
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  gint64 job_id;
  gint64 interview_id;
  char *title;
  char *body;
  gint64 created_at;
  gint64 updated_at;
};

/**
 * PursuitPrepNoteTemplate:
 * @id: "company-research", "questions-to-ask", "interview-debrief"
 * @title: the new note's title, translated
 * @body: the Markdown it starts with, translated
 */
typedef struct
{
  const char *id;
  const char *title;
  const char *body;
} PursuitPrepNoteTemplate;

PursuitPrepNote               *pursuit_prep_note_new            (gint64           job_id,
                                                                  const char      *title,
                                                                  const char      *body);
PursuitPrepNote               *pursuit_prep_note_copy           (PursuitPrepNote *self);
gboolean                       pursuit_prep_note_validate       (PursuitPrepNote *self,
                                                                  GError         **error);
const PursuitPrepNoteTemplate *pursuit_prep_note_get_templates  (guint           *n_templates);
PursuitPrepNoteTemplate        pursuit_prep_note_find_template  (const char      *id);

G_END_DECLS
