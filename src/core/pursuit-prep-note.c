/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-document.h"
#include "pursuit-prep-note.h"

G_DEFINE_FINAL_TYPE (PursuitPrepNote, pursuit_prep_note, G_TYPE_OBJECT)

static void
pursuit_prep_note_finalize (GObject *object)
{
  PursuitPrepNote *self = PURSUIT_PREP_NOTE (object);

  g_free (self->uuid);
  g_free (self->title);
  g_free (self->body);

  G_OBJECT_CLASS (pursuit_prep_note_parent_class)->finalize (object);
}

static void
pursuit_prep_note_class_init (PursuitPrepNoteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_prep_note_finalize;
}

static void
pursuit_prep_note_init (PursuitPrepNote *self)
{
  self->uuid = g_strdup ("");
  self->title = g_strdup ("");
  self->body = g_strdup ("");
}

/**
 * pursuit_prep_note_new:
 * @job_id: the job, or 0 for a general note
 */
PursuitPrepNote *
pursuit_prep_note_new (gint64      job_id,
                       const char *title,
                       const char *body)
{
  PursuitPrepNote *self = g_object_new (PURSUIT_TYPE_PREP_NOTE, NULL);

  self->job_id = job_id;
  pursuit_document_set_text (&self->title, title);
  pursuit_document_set_text (&self->body, body);
  return self;
}

PursuitPrepNote *
pursuit_prep_note_copy (PursuitPrepNote *self)
{
  PursuitPrepNote *copy;

  g_return_val_if_fail (PURSUIT_IS_PREP_NOTE (self), NULL);

  copy = pursuit_prep_note_new (self->job_id, self->title, self->body);
  copy->id = self->id;
  pursuit_document_set_text (&copy->uuid, self->uuid);
  copy->interview_id = self->interview_id;
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;
  return copy;
}

gboolean
pursuit_prep_note_validate (PursuitPrepNote  *self,
                            GError          **error)
{
  g_return_val_if_fail (PURSUIT_IS_PREP_NOTE (self), FALSE);

  if (!g_utf8_validate (self->title, -1, NULL) || !g_utf8_validate (self->body, -1, NULL))
    {
      g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_INVALID,
                           _("The text is not valid UTF-8"));
      return FALSE;
    }
  return TRUE;
}

/* Where a note can start: a few headings and prompts, in Markdown. */
static const PursuitPrepNoteTemplate templates[] = {
  { "company-research", N_("Company research"),
    N_("# Company research\n\n"
       "## What they do\n\n"
       "- Products or services:\n"
       "- Customers they serve:\n\n"
       "## Recent news\n\n"
       "- \n\n"
       "## How they talk about service\n\n"
       "- Values on their site:\n"
       "- Reviews from customers and staff:\n\n"
       "## Why I want to work there\n\n") },
  { "questions-to-ask", N_("Questions to ask"),
    N_("# Questions to ask\n\n"
       "## About the work\n\n"
       "- What does a usual shift look like?\n"
       "- Which tools will I use every day?\n\n"
       "## About the team\n\n"
       "- How is the team measured, and how often?\n"
       "- How are new people trained and supported?\n\n"
       "## About what comes next\n\n"
       "- What are the next steps, and when will I hear back?\n") },
  { "interview-debrief", N_("Interview debrief"),
    N_("# Interview debrief\n\n"
       "- Date and people I met:\n\n"
       "## What they asked\n\n"
       "- \n\n"
       "## What went well\n\n"
       "- \n\n"
       "## What I would answer differently\n\n"
       "- \n\n"
       "## Follow-up\n\n"
       "- [ ] Thank-you message sent\n") },
};

const PursuitPrepNoteTemplate *
pursuit_prep_note_get_templates (guint *n_templates)
{
  *n_templates = G_N_ELEMENTS (templates);
  return templates;
}

/**
 * pursuit_prep_note_find_template:
 * @id: (nullable): a template's id; %NULL or unknown gives an empty note
 *
 * Returns: the template with its title and body translated
 */
PursuitPrepNoteTemplate
pursuit_prep_note_find_template (const char *id)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (templates); i++)
    {
      if (g_str_equal (templates[i].id, id))
        return (PursuitPrepNoteTemplate) { templates[i].id,
                                           g_dgettext (GETTEXT_PACKAGE, templates[i].title),
                                           g_dgettext (GETTEXT_PACKAGE, templates[i].body) };
    }

  return (PursuitPrepNoteTemplate) { "blank", _("Note"), "" };
}
