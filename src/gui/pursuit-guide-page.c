/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-content-render.h"
#include "pursuit-guide-page.h"

/* One role guide, all of it on one scrolling page: key facts, sections,
 * career ladder, FAQ and links to the questions and related roles. */
struct _PursuitGuidePage
{
  AdwBin parent_instance;

  PursuitContext *context;
  PursuitContent *content;
  PursuitGuide *guide;
  GHashTable *anchors;

  GtkScrolledWindow *scroller;
  GtkBox *box;
  guint reveal_tick;         /* shows the parts still hidden, one a frame */
};

G_DEFINE_FINAL_TYPE (PursuitGuidePage, pursuit_guide_page, ADW_TYPE_BIN)

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
link_button (const char *label,
             const char *action,
             GVariant   *target)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  return button;
}

static guint
count_questions (PursuitContent *content,
                 const char     *role)
{
  GListModel *questions = pursuit_content_get_questions (content);
  guint n = g_list_model_get_n_items (questions);
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitQuestion) question = g_list_model_get_item (questions, i);

      count += pursuit_question_has_role (question, role);
    }
  return count;
}

static void
render_guide (PursuitGuidePage *self)
{
  PursuitRenderContext context = { self->content, self->guide, self->anchors, self->context, FALSE };
  PursuitContentNode *node = pursuit_guide_get_node (self->guide);
  PursuitContentNode *related = pursuit_content_node_get_child (node, "related");
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (self->guide);
  g_autoptr(GPtrArray) faq = pursuit_guide_get_faq (self->guide);
  const char *role = pursuit_guide_get_id (self->guide);
  guint n_questions = count_questions (self->content, role);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  gtk_box_append (GTK_BOX (header), pursuit_render_heading (pursuit_guide_get_title (self->guide), "title-1"));
  gtk_box_append (GTK_BOX (header), pursuit_render_text (pursuit_guide_get_summary (self->guide)));
  if (n_questions > 0)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Practice %u Interview Question",
                                                             "Practice %u Interview Questions",
                                                             n_questions),
                                                n_questions);

      gtk_box_append (GTK_BOX (header), link_button (label, "guides.show-questions", g_variant_new_string (role)));
    }
  gtk_box_append (self->box, header);
  g_hash_table_insert (self->anchors, (gpointer) role, header);

  gtk_box_append (self->box, pursuit_render_facts (&context));

  for (guint i = 0; i < sections->len; i++)
    {
      PursuitContentNode *section = g_ptr_array_index (sections, i);
      GtkWidget *section_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

      gtk_widget_add_css_class (section_box, "content-section");
      gtk_box_append (GTK_BOX (section_box),
                      pursuit_render_heading (pursuit_content_node_get_child_text (section, "title"), "title-2"));
      pursuit_render_blocks (&context, GTK_BOX (section_box), section);
      gtk_box_append (self->box, section_box);
      g_hash_table_insert (self->anchors, (gpointer) pursuit_content_node_get_attribute (section, "id"), section_box);
    }

  if (faq->len > 0)
    {
      GtkWidget *group = pursuit_render_faq (&context);

      gtk_box_append (self->box, group);
      g_hash_table_insert (self->anchors, (gpointer) "faq", group);
    }

  if (related != NULL && pursuit_content_node_get_first_child (related) != NULL)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
      GtkWidget *links = gtk_flow_box_new ();

      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (links), GTK_SELECTION_NONE);
      gtk_box_append (GTK_BOX (box), pursuit_render_heading (_("Related Roles"), "title-2"));
      for (PursuitContentNode *link = pursuit_content_node_get_first_child (related); link != NULL;
           link = pursuit_content_node_get_next_sibling (link))
        {
          const char *ref = pursuit_content_node_get_attribute (link, "ref");
          PursuitGuide *other = pursuit_content_find_guide (self->content, ref);

          if (other != NULL)
            gtk_flow_box_append (GTK_FLOW_BOX (links),
                                 link_button (pursuit_guide_get_title (other), "guides.open-guide",
                                              g_variant_new_string (ref)));
        }
      gtk_box_append (GTK_BOX (box), links);
      gtk_box_append (self->box, box);
    }
}

/* A guide is thousands of widgets: laying them all out (and announcing
 * them to the accessibility bus) before the first frame took seconds. The
 * parts below the first section are built hidden and shown one a frame
 * (a section's heading first, then its blocks one by one), so the top of
 * the guide shows at once and input is read in between. */
#define PARTS_SHOWN_AT_ONCE 3

static gboolean
is_section (GtkWidget *part)
{
  return gtk_widget_has_css_class (part, "content-section");
}

static void
stop_revealing (PursuitGuidePage *self)
{
  if (self->reveal_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->box), self->reveal_tick);
      self->reveal_tick = 0;
    }
}

/* Returns FALSE when every part is shown. */
static gboolean
reveal_next_part (PursuitGuidePage *self)
{
  for (GtkWidget *part = gtk_widget_get_first_child (GTK_WIDGET (self->box)); part != NULL;
       part = gtk_widget_get_next_sibling (part))
    {
      if (!gtk_widget_get_visible (part))
        {
          gtk_widget_set_visible (part, TRUE);
          return TRUE;
        }
      if (!is_section (part))
        continue;
      for (GtkWidget *block = gtk_widget_get_first_child (part); block != NULL;
           block = gtk_widget_get_next_sibling (block))
        {
          if (!gtk_widget_get_visible (block))
            {
              gtk_widget_set_visible (block, TRUE);
              return TRUE;
            }
        }
    }
  return FALSE;
}

static gboolean
reveal_on_tick (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  PursuitGuidePage *self = data;

  if (reveal_next_part (self))
    return G_SOURCE_CONTINUE;

  self->reveal_tick = 0;
  return G_SOURCE_REMOVE;
}

/**
 * pursuit_guide_page_is_whole:
 *
 * Returns: %TRUE once every part of the guide is shown (see above)
 */
gboolean
pursuit_guide_page_is_whole (PursuitGuidePage *self)
{
  g_return_val_if_fail (PURSUIT_IS_GUIDE_PAGE (self), FALSE);

  return self->reveal_tick == 0;
}

/* Everything at once: before scrolling to a part, which may be hidden. */
static void
reveal_all_parts (PursuitGuidePage *self)
{
  stop_revealing (self);
  while (reveal_next_part (self))
    ;
}

static void
hide_later_parts (PursuitGuidePage *self)
{
  guint index = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (index++ < PARTS_SHOWN_AT_ONCE)
        continue;
      gtk_widget_set_visible (child, FALSE);
      /* The heading stays, shown with the section. */
      if (is_section (child) && gtk_widget_get_first_child (child) != NULL)
        for (GtkWidget *block = gtk_widget_get_next_sibling (gtk_widget_get_first_child (child));
             block != NULL; block = gtk_widget_get_next_sibling (block))
          gtk_widget_set_visible (block, FALSE);
    }
  if (index > PARTS_SHOWN_AT_ONCE)
    self->reveal_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->box), reveal_on_tick, self, NULL);
}

static void
pursuit_guide_page_dispose (GObject *object)
{
  PursuitGuidePage *self = PURSUIT_GUIDE_PAGE (object);

  stop_revealing (self);
  adw_bin_set_child (ADW_BIN (self), NULL);
  g_clear_object (&self->guide);
  g_clear_object (&self->content);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_guide_page_parent_class)->dispose (object);
}

static void
pursuit_guide_page_finalize (GObject *object)
{
  PursuitGuidePage *self = PURSUIT_GUIDE_PAGE (object);

  g_clear_pointer (&self->anchors, g_hash_table_unref);

  G_OBJECT_CLASS (pursuit_guide_page_parent_class)->finalize (object);
}

static void
pursuit_guide_page_class_init (PursuitGuidePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_guide_page_dispose;
  object_class->finalize = pursuit_guide_page_finalize;
}

static void
pursuit_guide_page_init (PursuitGuidePage *self)
{
  GtkWidget *clamp = adw_clamp_new ();

  self->anchors = g_hash_table_new (g_str_hash, g_str_equal);
  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  self->box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 30));

  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 600);
  gtk_widget_set_margin_top (GTK_WIDGET (self->box), 24);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->box), 36);
  gtk_widget_set_margin_start (GTK_WIDGET (self->box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->box), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self->box), "content-page");
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->box));
  gtk_scrolled_window_set_child (self->scroller, clamp);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->scroller));
}

/**
 * pursuit_guide_page_new:
 * @context: gives the content, and the tracked jobs a salary table
 *   compares with
 */
PursuitGuidePage *
pursuit_guide_page_new (PursuitContext *context)
{
  PursuitGuidePage *self = g_object_new (PURSUIT_TYPE_GUIDE_PAGE, NULL);

  self->context = g_object_ref (context);
  self->content = g_object_ref (pursuit_context_get_content (context));
  return self;
}

PursuitGuide *
pursuit_guide_page_get_guide (PursuitGuidePage *self)
{
  g_return_val_if_fail (PURSUIT_IS_GUIDE_PAGE (self), NULL);

  return self->guide;
}

void
pursuit_guide_page_set_guide (PursuitGuidePage *self,
                              PursuitGuide     *guide)
{
  g_return_if_fail (PURSUIT_IS_GUIDE_PAGE (self));

  if (self->guide == guide)
    return;

  g_set_object (&self->guide, guide);
  g_hash_table_remove_all (self->anchors);
  stop_revealing (self);
  clear_box (self->box);
  if (guide != NULL)
    {
      render_guide (self);
      hide_later_parts (self);
    }
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

typedef struct
{
  GtkScrolledWindow *scroller;
  GtkWidget *target;
  guint attempts;
} ScrollRequest;

static void
scroll_request_free (gpointer data)
{
  ScrollRequest *request = data;

  g_object_unref (request->scroller);
  g_object_unref (request->target);
  g_free (request);
}

static gboolean
scroll_when_laid_out (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       data)
{
  ScrollRequest *request = data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (request->scroller);
  GtkWidget *child = gtk_scrolled_window_get_child (request->scroller);
  graphene_point_t point;

  /* Wait for a real allocation: freshly built widgets have none yet. */
  if (gtk_widget_get_height (request->target) == 0 && request->attempts++ < 30)
    return G_SOURCE_CONTINUE;

  /* The child (the viewport) is the part on screen: the point is where the
   * target shows now, so the scroll already made is added to it. */
  if (child != NULL &&
      gtk_widget_compute_point (request->target, child, &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (adjustment, MAX (0, gtk_adjustment_get_value (adjustment) + point.y - 12));

  return G_SOURCE_REMOVE;
}

void
pursuit_scroll_to_widget (GtkScrolledWindow *scroller,
                          GtkWidget         *target)
{
  ScrollRequest *request = g_new0 (ScrollRequest, 1);

  if (ADW_IS_EXPANDER_ROW (target))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (target), TRUE);

  request->scroller = g_object_ref (scroller);
  request->target = g_object_ref (target);
  gtk_widget_add_tick_callback (GTK_WIDGET (scroller), scroll_when_laid_out, request, scroll_request_free);
}

/* Returns FALSE when the guide has no such section, level or FAQ entry. */
gboolean
pursuit_guide_page_scroll_to (PursuitGuidePage *self,
                              const char       *anchor_id)
{
  GtkWidget *target;

  g_return_val_if_fail (PURSUIT_IS_GUIDE_PAGE (self), FALSE);

  target = anchor_id != NULL ? g_hash_table_lookup (self->anchors, anchor_id) : NULL;
  if (target == NULL)
    return FALSE;

  reveal_all_parts (self);
  pursuit_scroll_to_widget (self->scroller, target);
  return TRUE;
}
