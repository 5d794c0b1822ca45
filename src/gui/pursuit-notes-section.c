/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-notes-section.h"

/* The job page's Prep Notes: the job's Notes field first, then its prep
 * notes, in a PursuitNotesPanel.
 *
 * The panel (its Markdown editor above all, two megabytes with the
 * highlighting's rules) sits at the foot of the page: it is made when the
 * section is reached (PursuitJobSectionClass.make), not when the first job
 * is shown. */
struct _PursuitNotesSection
{
  PursuitJobSection parent_instance;

  AdwBin *panel_bin;
  PursuitNotesPanel *panel;
};

G_DEFINE_FINAL_TYPE (PursuitNotesSection, pursuit_notes_section, PURSUIT_TYPE_JOB_SECTION)

static void
pursuit_notes_section_make (PursuitJobSection *section)
{
  PursuitNotesSection *self = PURSUIT_NOTES_SECTION (section);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->panel = pursuit_notes_panel_new (pursuit_job_section_get_context (section));
  adw_bin_set_child (self->panel_bin, GTK_WIDGET (self->panel));
}

static void
pursuit_notes_section_job_changed (PursuitJobSection *section)
{
  PursuitNotesSection *self = PURSUIT_NOTES_SECTION (section);
  PursuitJob *job = pursuit_job_section_get_job (section);

  gtk_widget_set_visible (GTK_WIDGET (self), job != NULL);
  if (job != NULL)
    pursuit_notes_panel_set_job (self->panel, job);
  else
    pursuit_notes_panel_flush (self->panel);
}

static void
pursuit_notes_section_flush (PursuitJobSection *section)
{
  pursuit_notes_panel_flush (PURSUIT_NOTES_SECTION (section)->panel);
}

static void
pursuit_notes_section_class_init (PursuitNotesSectionClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  section_class->make = pursuit_notes_section_make;
  /* The heading, the note chooser and the editor. */
  section_class->reserved_height = 386;
  section_class->job_changed = pursuit_notes_section_job_changed;
  section_class->flush = pursuit_notes_section_flush;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-notes-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitNotesSection, panel_bin);
}

static void
pursuit_notes_section_init (PursuitNotesSection *self)
{
}

/**
 * pursuit_notes_section_get_panel:
 *
 * Returns: (transfer none) (nullable): the notes, once the section is made
 */
PursuitNotesPanel *
pursuit_notes_section_get_panel (PursuitNotesSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTES_SECTION (self), NULL);

  return self->panel;
}
