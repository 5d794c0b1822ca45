/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-attention.h"
#include "pursuit-job-row.h"
#include "pursuit-job-summary.h"

/* One job in the list: title, company, stage, the pay as posted and how
 * it compares with its benchmark, and what comes next — the next action
 * with its due date and the next interview. Built in code because its
 * lines come and go with the job's values.
 *
 * GTK 4.8's list view keeps up to 200 rows alive, binds new ones at every
 * change of its model (a typed letter) and measures every one of them.
 * So the row's labels hold what it shows (their text, visibility and
 * style classes, for CSS and the tests) but are never measured, allocated
 * or drawn: they are not child-visible. The row's height comes from the
 * fonts' metrics (see line_height(), cached per font and resolution), so
 * measuring a row lays out no text; the row draws its labels' texts itself,
 * in their fonts and colours, and only when it is on screen or near it.
 *
 * Of those 200 rows, a dozen are on screen: the labels (13 widgets, each
 * with its accessible object when the accessibility bus is on) are made
 * when the row first comes near the screen (ensure_labels()), and kept
 * for the jobs it shows next. Until then the row holds only its job, the
 * stage's pill, and the attention icon if it needs one; what it measures
 * and what it tells assistive technologies come from the job itself.
 *
 * A search's answer gives the 200 rows other jobs at each letter: a row
 * more than a row's height off screen takes its new job's name at once
 * (what assistive technologies read) and the rest (lines, pill, pay,
 * attention) when it comes near the screen (see show_when_near()). */
struct _PursuitJobRow
{
  GtkWidget parent_instance;

  PursuitContext *context;
  PursuitJob *job;

  GtkWidget *box;
  GtkLabel *title_label;
  GtkLabel *company_label;
  GtkLabel *stage_label;
  GtkWidget *badge;            /* the stage's pill, drawn by GTK from its CSS */
  GtkWidget *pay_box;
  GtkLabel *pay_label;
  GtkLabel *standing_label;
  GtkLabel *next_label;
  GtkLabel *interview_label;
  GtkLabel *documents_label;
  GtkImage *attention_icon;    /* made when a job first needs attention */

  guint lines;                 /* Line: what shows under the company */
  gboolean stale;              /* shows another job's lines until near the screen */
  gboolean described;          /* its pay is its accessible description */

  /* The frame clock's "layout" handler of a row not drawn (or not
   * updated) because it was off screen: it draws the row when it comes
   * into view. */
  GdkFrameClock *clock;
  gulong layout_handler;
};

G_DEFINE_FINAL_TYPE (PursuitJobRow, pursuit_job_row, GTK_TYPE_WIDGET)

/* The lines under the company, in the order shown. */
typedef enum
{
  LINE_PAY = 1 << 0,
  LINE_NEXT = 1 << 1,
  LINE_INTERVIEW = 1 << 2,
  LINE_DOCUMENTS = 1 << 3,
} Line;

static GdkRectangle badge_area     (PursuitJobRow *self,
                                    int            width);
static void         ensure_labels  (PursuitJobRow *self);
static gboolean     near_view      (PursuitJobRow *self,
                                    double         margin);
static void         set_attention  (PursuitJobRow *self,
                                    const char    *explanation);
static void         wait_for_view  (PursuitJobRow *self);
static void         on_clock_layout (PursuitJobRow *self);

static const char *
stage_style (PursuitStageKind kind)
{
  switch (kind)
    {
    case PURSUIT_STAGE_KIND_OFFER:
    case PURSUIT_STAGE_KIND_ACCEPTED:
      return "stage-success";
    case PURSUIT_STAGE_KIND_REJECTED:
    case PURSUIT_STAGE_KIND_WITHDRAWN:
    case PURSUIT_STAGE_KIND_GHOSTED:
      return "stage-closed";
    case PURSUIT_STAGE_KIND_WISHLIST:
      return "stage-idea";
    case PURSUIT_STAGE_KIND_APPLIED:
    case PURSUIT_STAGE_KIND_SCREENING:
    case PURSUIT_STAGE_KIND_INTERVIEWING:
    default:
      return "stage-active";
    }
}

static void
show_line (PursuitJobRow *self,
           Line           line,
           gboolean       shown)
{
  if (shown)
    self->lines |= line;
  else
    self->lines &= ~line;
}

/* The engine's rating, worked out again at each bind and change: its
 * caches make it a few lookups, and the list makes rows for the jobs on
 * screen only. */
static void
update_pay (PursuitJobRow *self)
{
  PursuitSalaryRating rating;
  g_autofree char *pay = pursuit_job_summary_pay (self->context, self->job, &rating);
  g_autofree char *description = NULL;
  GtkWidget *item = gtk_widget_get_parent (GTK_WIDGET (self));

  show_line (self, LINE_PAY, pay != NULL);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  if (self->box != NULL)
    gtk_widget_set_visible (self->pay_box, pay != NULL);
  if (pay != NULL)
    {
      if (self->box != NULL)
        {
          gtk_label_set_text (self->pay_label, pay);
          pursuit_job_summary_show_standing (self->standing_label, &rating);
        }
      /* Translators: a job's pay and how it compares, as a screen reader describes a row: "$19–22 an hour, +6% vs median" */
      description = rating.words[0] != '\0' ? g_strdup_printf (_("%s, %s"), pay, rating.words) : g_strdup (pay);
    }

  /* The row is named after the job (pursuit_job_summary_name_item()); the
   * pay is its description. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "", -1);
  self->described = description != NULL;
  if (item != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    description != NULL ? description : "", -1);
}

/* Whether the row shows another job's lines than its own (see
 * show_when_near()): its labels, if made, are hidden from assistive
 * technologies meanwhile. */
static void
set_stale (PursuitJobRow *self,
           gboolean       stale)
{
  if (self->stale == stale)
    return;
  self->stale = stale;
  if (self->box != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (self->box), GTK_ACCESSIBLE_STATE_HIDDEN, stale, -1);
}

static void
update (PursuitJobRow *self)
{
  PursuitJob *job = self->job;
  PursuitStage *stage;
  const char *stage_text;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *next = NULL;
  g_autofree char *interview = NULL;
  g_autofree char *why = NULL;
  PursuitAttentionReason reasons;
  gboolean overdue;
  static const char * const styles[] = { "stage-success", "stage-closed", "stage-idea", "stage-active" };

  set_stale (self, FALSE);
  if (job == NULL)
    return;

  stage = pursuit_job_get_stage (job);
  stage_text = stage != NULL ? pursuit_stage_get_name (stage) : "";
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      gtk_widget_remove_css_class (self->badge, styles[i]);
      if (self->box != NULL)
        gtk_widget_remove_css_class (GTK_WIDGET (self->stage_label), styles[i]);
    }
  if (stage != NULL)
    gtk_widget_add_css_class (self->badge, stage_style (pursuit_stage_get_kind (stage)));
  gtk_widget_set_child_visible (self->badge, stage_text[0] != '\0');

  update_pay (self);

  now = g_date_time_new_now_local ();
  reasons = pursuit_job_get_attention (job, now, g_settings_get_int (pursuit_context_get_settings (self->context),
                                                                       "attention-days"));
  why = reasons != PURSUIT_ATTENTION_NONE ? pursuit_attention_explain (job, reasons, now) : NULL;
  set_attention (self, why);
  next = pursuit_job_summary_next_action (job, now, &overdue);
  interview = pursuit_job_summary_next_interview (job);
  show_line (self, LINE_NEXT, next != NULL);
  show_line (self, LINE_INTERVIEW, interview != NULL);
  /* What was sent can no longer be told: say so where the job is listed. */
  show_line (self, LINE_DOCUMENTS, pursuit_job_needs_documents (job));

  if (self->box != NULL)
    {
      gtk_label_set_text (self->title_label, pursuit_job_get_title (job));
      gtk_label_set_text (self->company_label, pursuit_job_get_company (job));
      gtk_label_set_text (self->stage_label, stage_text);
      if (stage != NULL)
        gtk_widget_add_css_class (GTK_WIDGET (self->stage_label), stage_style (pursuit_stage_get_kind (stage)));
      pursuit_job_summary_show (self->next_label, next);
      if (overdue)
        gtk_widget_add_css_class (GTK_WIDGET (self->next_label), PURSUIT_STYLE_OVERDUE);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->next_label), PURSUIT_STYLE_OVERDUE);
      pursuit_job_summary_show (self->interview_label, interview);
      gtk_widget_set_visible (GTK_WIDGET (self->documents_label), (self->lines & LINE_DOCUMENTS) != 0);
    }

  pursuit_job_summary_name_item (GTK_WIDGET (self), job);
  gtk_widget_set_opacity (GTK_WIDGET (self), pursuit_job_get_archived (job) ? 0.6 : 1.0);
  /* Which lines show may have changed; their heights are known. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static GtkLabel *
add_label (GtkWidget  *box,
           const char *style,
           gboolean    expand)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, expand);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

/* The height of a line of @label's text in its font: GtkLabel gives a
 * one-line label the height of its layout's logical extents, which is the
 * font's (the text aside). */
static int
line_height (GtkLabel *label)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (gtk_widget_get_pango_context (GTK_WIDGET (label)));
  PangoRectangle logical;

  pango_layout_set_text (layout, "Ag", -1);
  pango_layout_get_extents (layout, NULL, &logical);
  return PANGO_PIXELS_CEIL (logical.height);
}

#define ROW_MARGIN 6
#define LINE_SPACING 2
#define ITEM_SPACING 6
#define DIM_OPACITY 0.55   /* libadwaita's .dim-label */

static gboolean
shows (GtkLabel *label)
{
  return gtk_widget_get_visible (GTK_WIDGET (label));
}

/* The pill's padding (ui/style.css's .stage-badge): what the empty pill
 * measures, shared evenly between its sides. */
static GtkBorder
read_badge_padding (PursuitJobRow *self)
{
  int width, height;

  gtk_widget_measure (self->badge, GTK_ORIENTATION_HORIZONTAL, -1, &width, NULL, NULL, NULL);
  gtk_widget_measure (self->badge, GTK_ORIENTATION_VERTICAL, -1, &height, NULL, NULL, NULL);
  return (GtkBorder) { width / 2, width - width / 2, height / 2, height - height / 2 };
}

/* @widget's CSS colour: GTK 4.10 reads it from the widget itself; GTK
 * 4.8 has only the style context (deprecated from 4.10). */
static void
widget_color (GtkWidget *widget,
              GdkRGBA   *color)
{
#if GTK_CHECK_VERSION (4, 10, 0) && GDK_VERSION_MAX_ALLOWED >= GDK_VERSION_4_10
  gtk_widget_get_color (widget, color);
#else
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
  G_GNUC_END_IGNORE_DEPRECATIONS
#endif
}

/* The heights of the row's lines, worked out once for every row while the
 * settings that change fonts (font, text scale, theme) stay: measuring a
 * row then reads them, and lays out no text. */
typedef struct
{
  char *font_name;
  char *theme_name;
  int dpi;
  int heading;   /* the title */
  int normal;    /* the company */
  int caption;   /* the stage, the pay and what comes next */
  GtkBorder badge;
  GHashTable *stage_widths;  /* a stage's name → its width in the pill */
} Metrics;

static Metrics *
metrics (PursuitJobRow *self)
{
  static Metrics cached;
  g_autofree char *font_name = NULL;
  g_autofree char *theme_name = NULL;
  int dpi = 0;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-font-name", &font_name,
                "gtk-theme-name", &theme_name, "gtk-xft-dpi", &dpi, NULL);
  if (cached.heading > 0 && cached.dpi == dpi && g_strcmp0 (cached.font_name, font_name) == 0 &&
      g_strcmp0 (cached.theme_name, theme_name) == 0)
    return &cached;

  /* The fonts are read from the labels: this row makes its own. */
  ensure_labels (self);
  g_free (cached.font_name);
  g_free (cached.theme_name);
  cached.font_name = g_steal_pointer (&font_name);
  cached.theme_name = g_steal_pointer (&theme_name);
  cached.dpi = dpi;
  cached.heading = line_height (self->title_label);
  cached.normal = line_height (self->company_label);
  cached.caption = line_height (self->stage_label);
  cached.badge = read_badge_padding (self);
  g_clear_pointer (&cached.stage_widths, g_hash_table_unref);
  cached.stage_widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return &cached;
}

static int
icon_size (PursuitJobRow *self)
{
  int size = 0;

  if (self->attention_icon != NULL && gtk_widget_get_visible (GTK_WIDGET (self->attention_icon)))
    gtk_widget_measure (GTK_WIDGET (self->attention_icon), GTK_ORIENTATION_VERTICAL, -1, NULL, &size, NULL, NULL);
  return size;
}

static int
title_line_height (PursuitJobRow *self)
{
  return MAX (metrics (self)->heading, icon_size (self));
}

static int
company_line_height (PursuitJobRow *self)
{
  const Metrics *m = metrics (self);

  return MAX (m->normal, m->caption + m->badge.top + m->badge.bottom);
}

/* The lines under the company, as shown: their labels, in order. */
static guint
lower_lines (PursuitJobRow *self,
             GtkLabel      *lines[4])
{
  guint n = 0;

  if (gtk_widget_get_visible (self->pay_box))
    lines[n++] = self->pay_label;
  if (shows (self->next_label))
    lines[n++] = self->next_label;
  if (shows (self->interview_label))
    lines[n++] = self->interview_label;
  if (shows (self->documents_label))
    lines[n++] = self->documents_label;
  return n;
}

static void
pursuit_job_row_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  PursuitJobRow *self = PURSUIT_JOB_ROW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Every text is ellipsized: room for the margins and a few letters. */
      *minimum = *natural = 2 * ROW_MARGIN + 4 * metrics (self)->heading;
    }
  else
    {
      int height = 2 * ROW_MARGIN + title_line_height (self) + LINE_SPACING + company_line_height (self);

      /* From the job's values: the labels may not be made yet. */
      for (guint lines = self->lines; lines != 0; lines &= lines - 1)
        height += LINE_SPACING + metrics (self)->caption;
      *minimum = *natural = height;
    }
}

static void
pursuit_job_row_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  PursuitJobRow *self = PURSUIT_JOB_ROW (widget);
  int size = icon_size (self);

  /* Drawn soon: see the top. */
  if ((self->box == NULL || self->stale) && near_view (self, height))
    {
      ensure_labels (self);
      if (self->stale)
        update (self);
    }
  if (size > 0)
    gtk_widget_size_allocate (GTK_WIDGET (self->attention_icon),
                              &(GtkAllocation) { width - ROW_MARGIN - size,
                                                 ROW_MARGIN + (title_line_height (self) - size) / 2, size, size }, -1);
  if (gtk_widget_get_child_visible (self->badge))
    {
      GdkRectangle area = badge_area (self, width);

      /* GTK wants a widget measured before it is placed. */
      gtk_widget_measure (self->badge, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_size_allocate (self->badge, &area, -1);
    }
  /* What is drawn depends on the width. */
  gtk_widget_queue_draw (widget);
}

/* Draws @text in @label's font and colour from @x, centred in a line of
 * @height at @y, ellipsized at @max_width; returns the width drawn. */
static int
draw_text (GtkSnapshot *snapshot,
           GtkLabel    *label,
           const char  *text,
           int          x,
           int          y,
           int          max_width,
           int          height)
{
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA color;
  int text_width, text_height;

  if (text == NULL || text[0] == '\0' || max_width <= 0)
    return 0;

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (label), text);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (layout, max_width * PANGO_SCALE);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  widget_color (GTK_WIDGET (label), &color);
  if (gtk_widget_has_css_class (GTK_WIDGET (label), "dim-label"))
    color.alpha *= DIM_OPACITY;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y + (height - text_height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
  return text_width;
}

static const char *
stage_name (PursuitJobRow *self)
{
  PursuitStage *stage = self->job != NULL ? pursuit_job_get_stage (self->job) : NULL;

  return stage != NULL ? pursuit_stage_get_name (stage) : "";
}

/* The width of the stage's name in the pill: a few stages, laid out once
 * each while the fonts stay, so that placing the pill lays out no text.
 * The pill has the stage label's font (.stage-badge.caption), so a row
 * whose labels are not made yet lays it out in the pill's. */
static int
stage_width (PursuitJobRow *self)
{
  Metrics *m = metrics (self);
  const char *name = stage_name (self);
  gpointer width;

  if (!g_hash_table_lookup_extended (m->stage_widths, name, NULL, &width))
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (self->badge, name);
      int text_width;

      pango_layout_get_pixel_size (layout, &text_width, NULL);
      width = GINT_TO_POINTER (text_width);
      g_hash_table_insert (m->stage_widths, g_strdup (name), width);
    }
  return GPOINTER_TO_INT (width);
}

/* Where the stage's pill goes in a row @width wide: at the end of the
 * company's line, centred on it. */
static GdkRectangle
badge_area (PursuitJobRow *self,
            int            width)
{
  const Metrics *m = metrics (self);
  int badge_width = stage_width (self) + m->badge.left + m->badge.right;
  int badge_height = m->caption + m->badge.top + m->badge.bottom;
  int line_y = ROW_MARGIN + title_line_height (self) + LINE_SPACING;

  return (GdkRectangle) { width - ROW_MARGIN - badge_width, line_y + (company_line_height (self) - badge_height) / 2,
                          badge_width, badge_height };
}

/* The stage as a pill at the end of the company's line: GTK draws the
 * pill from ui/style.css's .stage-badge rules (background, corners), the
 * row draws the stage's name over it in the label's colour. Returns the
 * pill's width. */
static int
draw_badge (PursuitJobRow *self,
            GtkSnapshot   *snapshot)
{
  const Metrics *m = metrics (self);
  GdkRectangle area;

  if (!gtk_widget_get_child_visible (self->badge))
    return 0;

  area = badge_area (self, gtk_widget_get_width (GTK_WIDGET (self)));
  gtk_widget_snapshot_child (GTK_WIDGET (self), self->badge, snapshot);
  draw_text (snapshot, self->stage_label, gtk_label_get_text (self->stage_label), area.x + m->badge.left,
             area.y + m->badge.top, area.width, m->caption);
  return area.width;
}

/* Whether the row is within @margin pixels of its list's visible part.
 * GTK 4.8's list hides the rows it keeps away from there (its list items
 * not child-visible), and leaves them where they last were. */
static gboolean
near_view (PursuitJobRow *self,
           double         margin)
{
  GtkWidget *list = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_LIST_VIEW);
  graphene_rect_t bounds;

  if (list == NULL)
    return TRUE;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return FALSE;
  if (!gtk_widget_compute_bounds (GTK_WIDGET (self), list, &bounds))
    return TRUE;
  return bounds.origin.y + bounds.size.height >= -margin && bounds.origin.y <= gtk_widget_get_height (list) + margin;
}

static void
stop_waiting_for_view (PursuitJobRow *self)
{
  if (self->layout_handler != 0)
    g_signal_handler_disconnect (self->clock, self->layout_handler);
  self->layout_handler = 0;
  g_clear_object (&self->clock);
}

/* Until the row comes near the screen, it looks at each layout of the
 * window whether it did (on_clock_layout()). */
static void
wait_for_view (PursuitJobRow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->layout_handler != 0 || clock == NULL)
    return;
  self->clock = g_object_ref (clock);
  self->layout_handler = g_signal_connect_object (self->clock, "layout", G_CALLBACK (on_clock_layout), self,
                                                  G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

/* After each layout of the window while the row waits: drawn (and shows
 * its job's lines) once it is scrolled or moved into view. */
static void
on_clock_layout (PursuitJobRow *self)
{
  if (near_view (self, gtk_widget_get_height (GTK_WIDGET (self))))
    {
      ensure_labels (self);
      if (self->stale)
        update (self);
      stop_waiting_for_view (self);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
pursuit_job_row_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  PursuitJobRow *self = PURSUIT_JOB_ROW (widget);
  int width = gtk_widget_get_width (widget) - 2 * ROW_MARGIN;
  int x = ROW_MARGIN, y = ROW_MARGIN;
  int height, badge, icon;
  GtkLabel *lines[4];
  guint n;

  /* GTK 4.8 draws all the rows it keeps, 200 for 15 on screen. A row
   * with no labels yet is made ready in the layout before it is drawn. */
  if (self->box == NULL || self->stale || !near_view (self, gtk_widget_get_height (widget)))
    {
      wait_for_view (self);
      /* On screen but not ready: made so in the next layout, which no
       * other change may ask for. */
      if (near_view (self, gtk_widget_get_height (widget)))
        gdk_frame_clock_request_phase (gtk_widget_get_frame_clock (widget), GDK_FRAME_CLOCK_PHASE_LAYOUT);
      return;
    }
  stop_waiting_for_view (self);

  height = title_line_height (self);
  icon = icon_size (self);
  draw_text (snapshot, self->title_label, gtk_label_get_text (self->title_label), x, y,
             width - (icon > 0 ? icon + ITEM_SPACING : 0), height);
  if (icon > 0)
    gtk_widget_snapshot_child (widget, GTK_WIDGET (self->attention_icon), snapshot);
  y += height + LINE_SPACING;

  height = company_line_height (self);
  badge = draw_badge (self, snapshot);
  draw_text (snapshot, self->company_label, gtk_label_get_text (self->company_label), x, y,
             width - (badge > 0 ? badge + ITEM_SPACING : 0), height);
  y += height + LINE_SPACING;

  n = lower_lines (self, lines);
  for (guint i = 0; i < n; i++)
    {
      height = metrics (self)->caption;
      if (lines[i] == self->pay_label)
        {
          /* "$19–22 an hour · +6% vs median": the pay, then its standing. */
          int pay_x = x;

          for (GtkWidget *part = gtk_widget_get_first_child (self->pay_box); part != NULL;
               part = gtk_widget_get_next_sibling (part))
            if (gtk_widget_get_visible (part))
              pay_x += draw_text (snapshot, GTK_LABEL (part), gtk_label_get_text (GTK_LABEL (part)), pay_x, y,
                                  x + width - pay_x, height);
        }
      else
        draw_text (snapshot, lines[i], gtk_label_get_text (lines[i]), x, y, width, height);
      y += height + LINE_SPACING;
    }
}

/* A new font, text scale or theme: other line heights and colours. */
static void
pursuit_job_row_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (pursuit_job_row_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

static void
pursuit_job_row_system_setting_changed (GtkWidget        *widget,
                                        GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (pursuit_job_row_parent_class)->system_setting_changed (widget, setting);
  gtk_widget_queue_resize (widget);
}

/* Shown again (GTK 4.8's list makes a row it keeps child-visible when
 * it nears the visible part, and may only move it there, without a new
 * size): a row not ready looks at the next layout. */
static void
pursuit_job_row_map (GtkWidget *widget)
{
  PursuitJobRow *self = PURSUIT_JOB_ROW (widget);

  GTK_WIDGET_CLASS (pursuit_job_row_parent_class)->map (widget);
  if (self->stale || self->box == NULL)
    {
      wait_for_view (self);
      if (self->clock != NULL)
        gdk_frame_clock_request_phase (self->clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
    }
}

static void
pursuit_job_row_unrealize (GtkWidget *widget)
{
  stop_waiting_for_view (PURSUIT_JOB_ROW (widget));
  GTK_WIDGET_CLASS (pursuit_job_row_parent_class)->unrealize (widget);
}

static void
pursuit_job_row_dispose (GObject *object)
{
  PursuitJobRow *self = PURSUIT_JOB_ROW (object);

  pursuit_job_row_set_job (self, NULL);
  stop_waiting_for_view (self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->badge, gtk_widget_unparent);
  if (self->attention_icon != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->attention_icon));
  self->attention_icon = NULL;
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_job_row_parent_class)->dispose (object);
}

static void
pursuit_job_row_class_init (PursuitJobRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_job_row_dispose;
  widget_class->measure = pursuit_job_row_measure;
  widget_class->size_allocate = pursuit_job_row_size_allocate;
  widget_class->snapshot = pursuit_job_row_snapshot;
  widget_class->css_changed = pursuit_job_row_css_changed;
  widget_class->system_setting_changed = pursuit_job_row_system_setting_changed;
  widget_class->map = pursuit_job_row_map;
  widget_class->unrealize = pursuit_job_row_unrealize;
  gtk_widget_class_set_css_name (widget_class, "jobrow");
}

/* The labels the row's texts are read from and drawn in the fonts and
 * colours of (see the top), made when the row is first about to be drawn
 * (or measured, for the fonts) and filled from its job. */
static void
ensure_labels (PursuitJobRow *self)
{
  GtkWidget *top, *middle;
  GtkLabel *separator;

  if (self->box != NULL)
    return;

  /* The labels are styled and read, not laid out: see the top. */
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_child_visible (self->box, FALSE);
  /* First, as assistive technologies read the row: the texts, then why
   * the job needs attention. */
  gtk_widget_insert_after (self->box, GTK_WIDGET (self), NULL);

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->title_label = add_label (top, "heading", TRUE);
  gtk_box_append (GTK_BOX (self->box), top);

  middle = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->company_label = add_label (middle, "dim-label", TRUE);
  self->stage_label = add_label (middle, "stage-badge", FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->stage_label), "caption");
  gtk_widget_set_valign (GTK_WIDGET (self->stage_label), GTK_ALIGN_CENTER);
  gtk_label_set_ellipsize (self->stage_label, PANGO_ELLIPSIZE_NONE);
  gtk_box_append (GTK_BOX (self->box), middle);

  self->pay_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  self->pay_label = add_label (self->pay_box, "caption", FALSE);
  separator = add_label (self->pay_box, "caption", FALSE);
  /* Translators: between a job's pay and how it compares, in the jobs list: “$19–22 an hour · +6% vs median” */
  gtk_label_set_text (separator, _(" · "));
  gtk_label_set_ellipsize (separator, PANGO_ELLIPSIZE_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (separator), "dim-label");
  self->standing_label = add_label (self->pay_box, "caption", FALSE);
  gtk_label_set_ellipsize (self->standing_label, PANGO_ELLIPSIZE_NONE);
  g_object_bind_property (self->standing_label, "visible", separator, "visible", G_BINDING_SYNC_CREATE);
  gtk_widget_set_visible (self->pay_box, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->pay_box);

  self->next_label = add_label (self->box, "caption", FALSE);
  self->interview_label = add_label (self->box, "caption", FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->interview_label), "accent");
  self->documents_label = add_label (self->box, "caption", FALSE);
  gtk_label_set_text (self->documents_label, _("Applied with no document recorded"));
  gtk_widget_add_css_class (GTK_WIDGET (self->documents_label), "warning");
  gtk_widget_set_visible (GTK_WIDGET (self->documents_label), FALSE);

  update (self);
}

static void
pursuit_job_row_init (PursuitJobRow *self)
{
  /* Seen, not read: the stage label says the stage. */
  self->badge = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  gtk_widget_add_css_class (self->badge, "stage-badge");
  gtk_widget_add_css_class (self->badge, "caption");
  gtk_widget_set_child_visible (self->badge, FALSE);
  gtk_widget_set_parent (self->badge, GTK_WIDGET (self));
}

static void
on_salary_preferences_changed (PursuitJobRow *self)
{
  if (self->job != NULL)
    update_pay (self);
}

/* The row's job changed, or another job came: shown now if the row is
 * near the screen (or not placed yet); else named at once, for assistive
 * technologies, with no description (its pay) to be read for the wrong
 * job, and shown when it comes near (see the top). */
static void
show_when_near (PursuitJobRow *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  GtkWidget *item = gtk_widget_get_parent (GTK_WIDGET (self));

  if (height == 0 || near_view (self, height))
    {
      update (self);
      return;
    }

  set_stale (self, TRUE);
  pursuit_job_summary_name_item (GTK_WIDGET (self), self->job);
  /* Nothing of the job it showed is read for it: not its attention (nor
   * its labels' texts, hidden while stale). */
  set_attention (self, NULL);
  if (self->described)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      if (item != NULL)
        gtk_accessible_reset_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      self->described = FALSE;
    }
  wait_for_view (self);
}

/**
 * pursuit_job_row_new:
 * @context: gives the salary engine and the preferences the pay line
 *   compares with
 */
PursuitJobRow *
pursuit_job_row_new (PursuitContext *context)
{
  PursuitJobRow *self;

  g_return_val_if_fail (PURSUIT_IS_CONTEXT (context), NULL);

  self = g_object_new (PURSUIT_TYPE_JOB_ROW, NULL);
  self->context = g_object_ref (context);
  g_signal_connect_object (context, "salary-preferences-changed",
                           G_CALLBACK (on_salary_preferences_changed), self, G_CONNECT_SWAPPED);
  return self;
}

void
pursuit_job_row_set_job (PursuitJobRow *self,
                         PursuitJob    *job)
{
  g_return_if_fail (PURSUIT_IS_JOB_ROW (self));

  if (self->job == job)
    return;

  if (self->job != NULL)
    g_signal_handlers_disconnect_by_func (self->job, show_when_near, self);

  g_set_object (&self->job, job);

  if (job != NULL)
    {
      g_signal_connect_object (job, "notify", G_CALLBACK (show_when_near), self, G_CONNECT_SWAPPED);
      show_when_near (self);
    }
  else
    set_stale (self, FALSE);
}

/* @explanation: why the job needs attention, or %NULL: the icon on the
 * title's line, with it as its tooltip and accessible label. */
static void
set_attention (PursuitJobRow *self,
               const char    *explanation)
{
  if (self->attention_icon == NULL)
    {
      if (explanation == NULL)
        return;
      self->attention_icon = GTK_IMAGE (gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_widget_add_css_class (GTK_WIDGET (self->attention_icon), "warning");
      gtk_widget_insert_before (GTK_WIDGET (self->attention_icon), GTK_WIDGET (self), self->badge);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->attention_icon), explanation != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->attention_icon), explanation);
  if (explanation != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->attention_icon),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, explanation, -1);
}
