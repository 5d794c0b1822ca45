/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-content-render.h"
#include "pursuit-guide-page.h"
#include "pursuit-guides-view.h"
#include "pursuit-questions-page.h"
#include "pursuit-self-check-page.h"
#include "pursuit-view.h"

/* The Guides view: role guides, the question bank, self-checks and the
 * sources, listed on the left; search across all of them. */
struct _PursuitGuidesView
{
  AdwBin parent_instance;

  PursuitContext *context;
  GPtrArray *hits;           /* PursuitSearchHit of the last search */
  gboolean narrow;

  AdwLeaflet *leaflet;
  GtkWidget *sidebar;
  GtkWidget *content;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkStack *sidebar_stack;
  GtkListBox *browse_list;
  GtkListBox *results_list;
  AdwViewSwitcherTitle *switcher_title;
  GtkMenuButton *sections_button;
  GtkMenuButton *primary_button;
  GMenuModel *primary_menu;
  GtkStack *content_stack;

  PursuitGuidePage *guide_page;
  PursuitQuestionsPage *questions_page;
  PursuitSelfCheckPage *self_check_page;
};

static void pursuit_guides_view_view_init (PursuitViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitGuidesView, pursuit_guides_view, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (PURSUIT_TYPE_VIEW, pursuit_guides_view_view_init))

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_NARROW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static PursuitContent *
get_content (PursuitGuidesView *self)
{
  return pursuit_context_get_content (self->context);
}

static void
update_narrow (PursuitGuidesView *self)
{
  /* The bar is needed where no switcher is in sight: on the folded list, or
   * when the header has room only for the title. */
  gboolean on_list = adw_leaflet_get_folded (self->leaflet) &&
                     adw_leaflet_get_visible_child (self->leaflet) == self->sidebar;
  gboolean narrow = on_list || adw_view_switcher_title_get_title_visible (self->switcher_title);

  if (narrow == self->narrow)
    return;

  self->narrow = narrow;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}

static GtkWidget *
sidebar_row (const char *title,
             const char *subtitle,
             const char *kind,
             const char *id,
             const char *section)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title_label = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_box_append (GTK_BOX (box), title_label);
  if (subtitle != NULL)
    {
      GtkWidget *subtitle_label = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (subtitle_label), 0);
      gtk_label_set_wrap (GTK_LABEL (subtitle_label), TRUE);
      gtk_label_set_lines (GTK_LABEL (subtitle_label), 3);
      gtk_label_set_ellipsize (GTK_LABEL (subtitle_label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (subtitle_label, "dim-label");
      gtk_widget_add_css_class (subtitle_label, "caption");
      gtk_box_append (GTK_BOX (box), subtitle_label);
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* GTK 4.8 does not name a row after what it holds. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  if (subtitle != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);

  g_object_set_data_full (G_OBJECT (row), "kind", g_strdup (kind), g_free);
  g_object_set_data_full (G_OBJECT (row), "id", g_strdup (id), g_free);
  g_object_set_data_full (G_OBJECT (row), "section", g_strdup (section), g_free);
  return row;
}

static void
section_header (GtkListBoxRow *row,
                GtkListBoxRow *before,
                gpointer       user_data)
{
  const char *section = g_object_get_data (G_OBJECT (row), "section");
  GtkWidget *header;

  if (before != NULL && g_strcmp0 (section, g_object_get_data (G_OBJECT (before), "section")) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (section);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_widget_set_margin_top (header, before != NULL ? 18 : 6);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_widget_set_margin_start (header, 12);
  gtk_list_box_row_set_header (row, header);
}

static void
fill_browse_list (PursuitGuidesView *self)
{
  PursuitContent *content = get_content (self);
  GListModel *guides = pursuit_content_get_guides (content);
  GListModel *checks = pursuit_content_get_self_checks (content);
  guint n_questions = g_list_model_get_n_items (pursuit_content_get_questions (content));
  g_autofree char *questions_subtitle = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (guides); i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);

      gtk_list_box_append (self->browse_list,
                           sidebar_row (pursuit_guide_get_title (guide),
                                        pursuit_guide_is_full (guide) ? _("Full guide") : _("Short guide"),
                                        "guide", pursuit_guide_get_id (guide), _("Role Guides")));
    }

  questions_subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question with answer guidance",
                                                     "%u questions with answer guidance", n_questions),
                                        n_questions);
  gtk_list_box_append (self->browse_list,
                       sidebar_row (_("Interview Questions"), questions_subtitle, "questions", NULL,
                                    _("Interview Preparation")));

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(PursuitSelfCheck) check = g_list_model_get_item (checks, i);

      gtk_list_box_append (self->browse_list,
                           sidebar_row (pursuit_self_check_get_title (check), NULL, "self-check",
                                        pursuit_self_check_get_id (check), _("Self-Checks")));
    }

  gtk_list_box_append (self->browse_list,
                       sidebar_row (_("About the Content"), _("Where the facts and figures come from"),
                                    "sources", NULL, _("Sources")));
}

static GtkWidget *
build_sources_page (PursuitGuidesView *self)
{
  GPtrArray *sources = pursuit_content_get_sources (get_content (self));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *group = adw_preferences_group_new ();

  gtk_box_append (GTK_BOX (box), pursuit_render_heading (_("About the Content"), "title-1"));
  gtk_box_append (GTK_BOX (box),
                  pursuit_render_text (_("The guides, answers and questions in Pursuit are written in our own "
                                         "words. Their facts and figures come from the documents below and are "
                                         "kept exactly as those give them, with the source and year shown next "
                                         "to each. Where two sources disagree, both figures are shown.")));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Sources"));
  for (guint i = 0; i < sources->len; i++)
    {
      PursuitContentNode *source = g_ptr_array_index (sources, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = g_strdup_printf ("%s\n%s",
                                                   pursuit_content_node_get_child_text (source, "name"),
                                                   pursuit_content_node_get_child_text (source, "description"));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_content_node_get_child_text (source, "citation"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (GTK_BOX (box), group);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 820);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  return scroller;
}

static void
update_sections_menu (PursuitGuidesView *self)
{
  PursuitGuide *guide = pursuit_guide_page_get_guide (self->guide_page);
  gboolean on_guide = g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "guide") == 0;
  g_autoptr(GMenu) menu = g_menu_new ();

  gtk_widget_set_visible (GTK_WIDGET (self->sections_button), on_guide && guide != NULL);
  if (guide == NULL)
    return;

  {
    g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
    g_autoptr(GPtrArray) faq = pursuit_guide_get_faq (guide);

    for (guint i = 0; i < sections->len; i++)
      {
        PursuitContentNode *section = g_ptr_array_index (sections, i);
        g_autoptr(GMenuItem) item = g_menu_item_new (pursuit_content_node_get_child_text (section, "title"), NULL);

        g_menu_item_set_action_and_target_value (item, "guides.jump-to",
                                                 g_variant_new_string (pursuit_content_node_get_attribute (section, "id")));
        g_menu_append_item (menu, item);
      }
    if (faq->len > 0)
      {
        g_autoptr(GMenuItem) item = g_menu_item_new (_("Frequently Asked Questions"), NULL);

        g_menu_item_set_action_and_target_value (item, "guides.jump-to", g_variant_new_string ("faq"));
        g_menu_append_item (menu, item);
      }
  }
  pursuit_menu_button_set_menu_model (self->sections_button, G_MENU_MODEL (menu));
}

static void
show_page (PursuitGuidesView *self,
           const char        *name,
           const char        *title)
{
  gtk_stack_set_visible_child_name (self->content_stack, name);
  adw_view_switcher_title_set_subtitle (self->switcher_title, title);
  update_sections_menu (self);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
select_browse_row (PursuitGuidesView *self,
                   const char        *kind,
                   const char        *id)
{
  for (GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->browse_list, 0);
       row != NULL;
       row = gtk_list_box_get_row_at_index (self->browse_list, gtk_list_box_row_get_index (row) + 1))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "kind"), kind) == 0 &&
          g_strcmp0 (g_object_get_data (G_OBJECT (row), "id"), id) == 0)
        {
          gtk_list_box_select_row (self->browse_list, row);
          return;
        }
    }
}

static gboolean
open_guide (PursuitGuidesView *self,
                                const char        *guide_id,
                                const char        *anchor_id)
{
  PursuitGuide *guide;

  g_return_val_if_fail (PURSUIT_IS_GUIDES_VIEW (self), FALSE);

  guide = pursuit_content_find_guide (get_content (self), guide_id);
  if (guide == NULL)
    return FALSE;

  pursuit_guide_page_set_guide (self->guide_page, guide);
  show_page (self, "guide", pursuit_guide_get_title (guide));
  select_browse_row (self, "guide", guide_id);
  if (anchor_id != NULL)
    pursuit_guide_page_scroll_to (self->guide_page, anchor_id);
  return TRUE;
}

static void
show_questions (PursuitGuidesView *self,
                                    const char        *role,
                                    const char        *question_id)
{
  g_return_if_fail (PURSUIT_IS_GUIDES_VIEW (self));

  pursuit_questions_page_set_role (self->questions_page, role);
  show_page (self, "questions", _("Interview Questions"));
  select_browse_row (self, "questions", NULL);
  if (question_id != NULL)
    pursuit_questions_page_show_question (self->questions_page, question_id);
}

static gboolean
open_self_check (PursuitGuidesView *self,
                                     const char        *check_id)
{
  PursuitSelfCheck *check;

  g_return_val_if_fail (PURSUIT_IS_GUIDES_VIEW (self), FALSE);

  check = pursuit_content_find_self_check (get_content (self), check_id);
  if (check == NULL)
    return FALSE;

  pursuit_self_check_page_set_check (self->self_check_page, check);
  show_page (self, "self-check", pursuit_self_check_get_title (check));
  select_browse_row (self, "self-check", check_id);
  return TRUE;
}

static void
on_browse_row_activated (PursuitGuidesView *self,
                         GtkListBoxRow     *row)
{
  const char *kind = g_object_get_data (G_OBJECT (row), "kind");
  const char *id = g_object_get_data (G_OBJECT (row), "id");

  if (g_strcmp0 (kind, "guide") == 0)
    open_guide (self, id, NULL);
  else if (g_strcmp0 (kind, "questions") == 0)
    show_questions (self, NULL, NULL);
  else if (g_strcmp0 (kind, "self-check") == 0)
    open_self_check (self, id);
  else if (g_strcmp0 (kind, "sources") == 0)
    show_page (self, "sources", _("About the Content"));
}

static void
open_hit (PursuitGuidesView *self,
          PursuitSearchHit  *hit)
{
  if (hit->kind == PURSUIT_SEARCH_HIT_QUESTION)
    show_questions (self, NULL, hit->anchor_id);
  else
    open_guide (self, hit->guide_id,
                                    hit->kind == PURSUIT_SEARCH_HIT_GUIDE ? NULL : hit->anchor_id);
}

static gboolean
activate_result (PursuitGuidesView *self,
                                     guint              index)
{
  g_return_val_if_fail (PURSUIT_IS_GUIDES_VIEW (self), FALSE);

  if (self->hits == NULL || index >= self->hits->len)
    return FALSE;

  open_hit (self, g_ptr_array_index (self->hits, index));
  return TRUE;
}

static void
on_result_row_activated (PursuitGuidesView *self,
                         GtkListBoxRow     *row)
{
  activate_result (self, gtk_list_box_row_get_index (row));
}

static guint
search (PursuitGuidesView *self,
                            const char        *text)
{
  g_autofree char *query = g_strstrip (g_strdup (text != NULL ? text : ""));
  GtkWidget *child;

  g_return_val_if_fail (PURSUIT_IS_GUIDES_VIEW (self), 0);

  g_clear_pointer (&self->hits, g_ptr_array_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_list))) != NULL)
    gtk_list_box_remove (self->results_list, child);

  if (query[0] == '\0')
    {
      gtk_stack_set_visible_child_name (self->sidebar_stack, "browse");
      return 0;
    }

  self->hits = pursuit_content_search (get_content (self), query, 60);
  for (guint i = 0; i < self->hits->len; i++)
    {
      PursuitSearchHit *hit = g_ptr_array_index (self->hits, i);

      gtk_list_box_append (self->results_list,
                           sidebar_row (hit->title, hit->snippet, "hit", hit->anchor_id, NULL));
    }

  gtk_stack_set_visible_child_name (self->sidebar_stack, self->hits->len > 0 ? "results" : "no-results");
  return self->hits->len;
}

static void
on_search_changed (PursuitGuidesView *self)
{
  search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_search_activate (PursuitGuidesView *self)
{
  activate_result (self, 0);
}

static void
on_stop_search (PursuitGuidesView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_back_clicked (PursuitGuidesView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
jump_to_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PursuitGuidesView *self = PURSUIT_GUIDES_VIEW (widget);

  pursuit_guide_page_scroll_to (self->guide_page, g_variant_get_string (parameter, NULL));
}

static void
open_guide_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  open_guide (PURSUIT_GUIDES_VIEW (widget), g_variant_get_string (parameter, NULL), NULL);
}

static void
show_questions_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  show_questions (PURSUIT_GUIDES_VIEW (widget), g_variant_get_string (parameter, NULL), NULL);
}

static void
pursuit_guides_view_constructed (GObject *object)
{
  PursuitGuidesView *self = PURSUIT_GUIDES_VIEW (object);
  PursuitContent *content = get_content (self);
  g_autoptr(PursuitGuide) first = NULL;

  G_OBJECT_CLASS (pursuit_guides_view_parent_class)->constructed (object);

  self->guide_page = pursuit_guide_page_new (self->context);
  self->questions_page = pursuit_questions_page_new (content);
  self->self_check_page = pursuit_self_check_page_new (self->context);
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->guide_page), "guide");
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->questions_page), "questions");
  gtk_stack_add_named (self->content_stack, GTK_WIDGET (self->self_check_page), "self-check");
  gtk_stack_add_named (self->content_stack, build_sources_page (self), "sources");

  gtk_list_box_set_header_func (self->browse_list, section_header, NULL, NULL);
  fill_browse_list (self);

  first = g_list_model_get_item (pursuit_content_get_guides (content), 0);
  if (first != NULL)
    open_guide (self, pursuit_guide_get_id (first), NULL);
  /* Start on the list when folded, on the first guide when wide. */
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);

  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (update_narrow), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child", G_CALLBACK (update_narrow), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->switcher_title, "notify::title-visible", G_CALLBACK (update_narrow), self, G_CONNECT_SWAPPED);
}

static void
pursuit_guides_view_dispose (GObject *object)
{
  PursuitGuidesView *self = PURSUIT_GUIDES_VIEW (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_GUIDES_VIEW);
  g_clear_pointer (&self->hits, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (pursuit_guides_view_parent_class)->dispose (object);
}

static void
pursuit_guides_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PursuitGuidesView *self = PURSUIT_GUIDES_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_guides_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PursuitGuidesView *self = PURSUIT_GUIDES_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_guides_view_root (GtkWidget *widget)
{
  PursuitGuidesView *self = PURSUIT_GUIDES_VIEW (widget);

  GTK_WIDGET_CLASS (pursuit_guides_view_parent_class)->root (widget);
  adw_view_switcher_title_set_stack (self->switcher_title, pursuit_view_get_stack (PURSUIT_VIEW (self)));
}

static void
start_search_in_view (PursuitView *view)
{
  PursuitGuidesView *self = PURSUIT_GUIDES_VIEW (view);

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
pursuit_guides_view_view_init (PursuitViewInterface *iface)
{
  iface->start_search = start_search_in_view;
}

static void
pursuit_guides_view_class_init (PursuitGuidesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pursuit_guides_view_constructed;
  object_class->dispose = pursuit_guides_view_dispose;
  object_class->get_property = pursuit_guides_view_get_property;
  object_class->set_property = pursuit_guides_view_set_property;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  g_object_class_override_property (object_class, PROP_NARROW, "narrow");
  properties[PROP_NARROW] = g_object_class_find_property (object_class, "narrow");
  widget_class->root = pursuit_guides_view_root;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-guides-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitGuidesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PursuitGuidesView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PursuitGuidesView, content);
  gtk_widget_class_bind_template_child (widget_class, PursuitGuidesView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PursuitGuidesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PursuitGuidesView, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitGuidesView, browse_list);
  gtk_widget_class_bind_template_child (widget_class, PursuitGuidesView, results_list);
  gtk_widget_class_bind_template_child (widget_class, PursuitGuidesView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PursuitGuidesView, sections_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitGuidesView, primary_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitGuidesView, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PursuitGuidesView, content_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_browse_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_result_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);

  gtk_widget_class_install_action (widget_class, "guides.jump-to", "s", jump_to_activated);
  gtk_widget_class_install_action (widget_class, "guides.open-guide", "s", open_guide_activated);
  gtk_widget_class_install_action (widget_class, "guides.show-questions", "s", show_questions_activated);
}

static void
pursuit_guides_view_init (PursuitGuidesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_menu_button_set_menu_model (self->primary_button, self->primary_menu);
}

