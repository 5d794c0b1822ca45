/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-side-by-side.h"

/* Two children side by side when there is room for both at their natural
 * widths (the end one keeps its natural width, up to END_WIDTH, the start
 * one takes the rest), else one above the other at the full width: the session's notes
 * and the stories offered beside them, on a wide window and on a phone. A
 * hidden end child leaves the start one alone. GTK 4.8 has no breakpoints,
 * so the choice is made here, in measuring and allocating. */
struct _PursuitSideBySide
{
  GtkWidget parent_instance;

  GtkWidget *start;
  GtkWidget *end;
};

G_DEFINE_FINAL_TYPE (PursuitSideBySide, pursuit_side_by_side, GTK_TYPE_WIDGET)

#define SPACING 18
/* The end child's widest: wrapped text would take a whole line otherwise. */
#define END_WIDTH 340

static gboolean
end_shown (PursuitSideBySide *self)
{
  return self->end != NULL && gtk_widget_get_visible (self->end);
}

/* The width from which both fit in a row. */
static int
row_width (PursuitSideBySide *self,
           int               *end_width)
{
  int start_natural = 0;
  int end_minimum = 0;
  int end_natural = 0;

  gtk_widget_measure (self->start, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &start_natural, NULL, NULL);
  gtk_widget_measure (self->end, GTK_ORIENTATION_HORIZONTAL, -1, &end_minimum, &end_natural, NULL, NULL);
  end_natural = MAX (end_minimum, MIN (end_natural, END_WIDTH));
  if (end_width != NULL)
    *end_width = end_natural;
  return start_natural + SPACING + end_natural;
}

static void
pursuit_side_by_side_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  PursuitSideBySide *self = PURSUIT_SIDE_BY_SIDE (widget);
  int start_minimum = 0, start_natural = 0, end_minimum = 0, end_natural = 0;
  int end_width = 0;

  if (self->start == NULL)
    return;
  if (!end_shown (self))
    {
      gtk_widget_measure (self->start, orientation, for_size, minimum, natural, NULL, NULL);
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Stacked is the narrowest; in a row is the natural. */
      gtk_widget_measure (self->start, orientation, -1, &start_minimum, &start_natural, NULL, NULL);
      gtk_widget_measure (self->end, orientation, -1, &end_minimum, &end_natural, NULL, NULL);
      *minimum = MAX (start_minimum, end_minimum);
      *natural = start_natural + SPACING + MAX (end_minimum, MIN (end_natural, END_WIDTH));
      return;
    }

  if (for_size >= 0 && for_size >= row_width (self, &end_width))
    {
      gtk_widget_measure (self->start, orientation, for_size - SPACING - end_width, &start_minimum,
                          &start_natural, NULL, NULL);
      gtk_widget_measure (self->end, orientation, end_width, &end_minimum, &end_natural, NULL, NULL);
      *minimum = MAX (start_minimum, end_minimum);
      *natural = MAX (start_natural, end_natural);
      return;
    }

  gtk_widget_measure (self->start, orientation, for_size, &start_minimum, &start_natural, NULL, NULL);
  gtk_widget_measure (self->end, orientation, for_size, &end_minimum, &end_natural, NULL, NULL);
  *minimum = start_minimum + SPACING + end_minimum;
  *natural = start_natural + SPACING + end_natural;
}

static void
pursuit_side_by_side_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  PursuitSideBySide *self = PURSUIT_SIDE_BY_SIDE (widget);
  int end_width = 0;
  int start_height = 0;

  if (self->start == NULL)
    return;
  if (!end_shown (self))
    {
      gtk_widget_allocate (self->start, width, height, -1, NULL);
      return;
    }

  if (width >= row_width (self, &end_width))
    {
      GskTransform *transform = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (width - end_width, 0));

      gtk_widget_allocate (self->start, width - SPACING - end_width, height, -1, NULL);
      gtk_widget_allocate (self->end, end_width, height, -1, transform);
      return;
    }

  gtk_widget_measure (self->start, GTK_ORIENTATION_VERTICAL, width, NULL, &start_height, NULL, NULL);
  gtk_widget_allocate (self->start, width, start_height, -1, NULL);
  gtk_widget_allocate (self->end, width, MAX (0, height - start_height - SPACING), -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, start_height + SPACING)));
}

static GtkSizeRequestMode
pursuit_side_by_side_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
pursuit_side_by_side_dispose (GObject *object)
{
  PursuitSideBySide *self = PURSUIT_SIDE_BY_SIDE (object);

  g_clear_pointer (&self->start, gtk_widget_unparent);
  g_clear_pointer (&self->end, gtk_widget_unparent);

  G_OBJECT_CLASS (pursuit_side_by_side_parent_class)->dispose (object);
}

static void
pursuit_side_by_side_class_init (PursuitSideBySideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_side_by_side_dispose;
  widget_class->measure = pursuit_side_by_side_measure;
  widget_class->size_allocate = pursuit_side_by_side_size_allocate;
  widget_class->get_request_mode = pursuit_side_by_side_get_request_mode;
}

static void
pursuit_side_by_side_init (PursuitSideBySide *self)
{
}

GtkWidget *
pursuit_side_by_side_new (void)
{
  return g_object_new (PURSUIT_TYPE_SIDE_BY_SIDE, NULL);
}

static void
set_child (PursuitSideBySide  *self,
           GtkWidget         **slot,
           GtkWidget          *child)
{
  g_clear_pointer (slot, gtk_widget_unparent);
  if (child == NULL)
    return;
  *slot = child;
  /* The start child comes first for the focus, in reading order. */
  if (slot == &self->start)
    gtk_widget_insert_after (child, GTK_WIDGET (self), NULL);
  else
    gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
pursuit_side_by_side_set_start (PursuitSideBySide *self,
                                GtkWidget         *child)
{
  g_return_if_fail (PURSUIT_IS_SIDE_BY_SIDE (self));

  set_child (self, &self->start, child);
}

void
pursuit_side_by_side_set_end (PursuitSideBySide *self,
                              GtkWidget         *child)
{
  g_return_if_fail (PURSUIT_IS_SIDE_BY_SIDE (self));

  set_child (self, &self->end, child);
}
