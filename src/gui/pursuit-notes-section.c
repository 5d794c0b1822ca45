/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-notes-section.h"

/* The job page's Prep Notes: the job's Notes field first, then its prep
 * notes, in a PursuitNotesPanel.
 *
 * The panel (its Markdown editor above all, two megabytes with the
 * highlighting's rules) sits at the foot of the page: it is made when the
 * section comes within a screen of the page's visible part, or when the
 * keyboard moves into it, not when the first job is shown. */
struct _PursuitNotesSection
{
  PursuitJobSection parent_instance;

  AdwBin *panel_bin;
  PursuitNotesPanel *panel;
  GtkAdjustment *scrolled;   /* the page's, watched until the panel is made */
  guint make_idle;
};

G_DEFINE_FINAL_TYPE (PursuitNotesSection, pursuit_notes_section, PURSUIT_TYPE_JOB_SECTION)

static void
stop_watching (PursuitNotesSection *self)
{
  if (self->scrolled != NULL)
    g_signal_handlers_disconnect_by_data (self->scrolled, self);
  g_clear_object (&self->scrolled);
  g_clear_handle_id (&self->make_idle, g_source_remove);
}

/* Makes the panel, showing the section's job. */
static void
make_panel (PursuitNotesSection *self)
{
  PursuitContext *context = pursuit_job_section_get_context (PURSUIT_JOB_SECTION (self));
  PursuitJob *job = pursuit_job_section_get_job (PURSUIT_JOB_SECTION (self));

  if (self->panel != NULL || context == NULL)
    return;

  stop_watching (self);
  self->panel = pursuit_notes_panel_new (context);
  adw_bin_set_child (self->panel_bin, GTK_WIDGET (self->panel));
  if (job != NULL)
    pursuit_notes_panel_set_job (self->panel, job);
}

static gboolean
make_panel_at_idle (gpointer data)
{
  PursuitNotesSection *self = data;

  self->make_idle = 0;
  make_panel (self);
  return G_SOURCE_REMOVE;
}

/* Whether the section is within a screen of the page's visible part: its
 * place in the page's content, against the place scrolled to (the content
 * is placed anew only at the next layout). */
static void
check_near (PursuitNotesSection *self)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  GtkAdjustment *adjustment;
  graphene_point_t top;

  if (window == NULL || !gtk_widget_get_visible (GTK_WIDGET (self)))
    return;
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (window));
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (window));
  if (content == NULL || gtk_adjustment_get_page_size (adjustment) <= 0 ||
      !gtk_widget_compute_point (GTK_WIDGET (self), content, &GRAPHENE_POINT_INIT (0, 0), &top))
    return;
  /* Made after the layout under way (a child added while its parent is
   * placed is drawn unplaced), before the next frame. */
  if (top.y < gtk_adjustment_get_value (adjustment) + 2 * gtk_adjustment_get_page_size (adjustment) &&
      self->make_idle == 0)
    self->make_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, make_panel_at_idle, self, NULL);
}

static void
pursuit_notes_section_root (GtkWidget *widget)
{
  PursuitNotesSection *self = PURSUIT_NOTES_SECTION (widget);
  GtkWidget *window;

  GTK_WIDGET_CLASS (pursuit_notes_section_parent_class)->root (widget);

  if (self->panel != NULL)
    return;
  window = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  if (window == NULL)
    {
      make_panel (self);
      return;
    }
  /* Scrolled ("value-changed"), or laid out anew ("changed"). */
  stop_watching (self);
  self->scrolled = g_object_ref (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (window)));
  g_signal_connect_object (self->scrolled, "value-changed", G_CALLBACK (check_near), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scrolled, "changed", G_CALLBACK (check_near), self, G_CONNECT_SWAPPED);
}

static void
pursuit_notes_section_unroot (GtkWidget *widget)
{
  stop_watching (PURSUIT_NOTES_SECTION (widget));
  GTK_WIDGET_CLASS (pursuit_notes_section_parent_class)->unroot (widget);
}

/* Tab into the section: the panel is made to take the focus. */
static gboolean
pursuit_notes_section_focus (GtkWidget        *widget,
                             GtkDirectionType  direction)
{
  make_panel (PURSUIT_NOTES_SECTION (widget));
  return GTK_WIDGET_CLASS (pursuit_notes_section_parent_class)->focus (widget, direction);
}

static void
pursuit_notes_section_job_changed (PursuitJobSection *section)
{
  PursuitNotesSection *self = PURSUIT_NOTES_SECTION (section);
  PursuitJob *job = pursuit_job_section_get_job (section);

  gtk_widget_set_visible (GTK_WIDGET (self), job != NULL);
  if (self->panel != NULL)
    {
      if (job != NULL)
        pursuit_notes_panel_set_job (self->panel, job);
      else
        pursuit_notes_panel_flush (self->panel);
    }
  else if (gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    check_near (self);
}

static void
pursuit_notes_section_dispose (GObject *object)
{
  stop_watching (PURSUIT_NOTES_SECTION (object));
  G_OBJECT_CLASS (pursuit_notes_section_parent_class)->dispose (object);
}

static void
pursuit_notes_section_flush (PursuitJobSection *section)
{
  PursuitNotesSection *self = PURSUIT_NOTES_SECTION (section);

  if (self->panel != NULL)
    pursuit_notes_panel_flush (self->panel);
}

static void
pursuit_notes_section_class_init (PursuitNotesSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  object_class->dispose = pursuit_notes_section_dispose;
  widget_class->root = pursuit_notes_section_root;
  widget_class->unroot = pursuit_notes_section_unroot;
  widget_class->focus = pursuit_notes_section_focus;

  section_class->job_changed = pursuit_notes_section_job_changed;
  section_class->flush = pursuit_notes_section_flush;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-notes-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitNotesSection, panel_bin);
}

static void
pursuit_notes_section_init (PursuitNotesSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pursuit_notes_section_get_panel:
 *
 * Returns: (transfer none) (nullable): the notes, once they were near the
 *   screen or the keyboard moved into them
 */
PursuitNotesPanel *
pursuit_notes_section_get_panel (PursuitNotesSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTES_SECTION (self), NULL);

  return self->panel;
}
