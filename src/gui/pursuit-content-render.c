/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-content-render.h"
#include "pursuit-salary-compare.h"

GtkWidget *
pursuit_render_heading (const char *text,
                        const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, style_class);
  return label;
}

GtkWidget *
pursuit_render_text (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  /* Selectable labels take focus; reading with the keyboard should not stop
   * at every paragraph. */
  gtk_widget_set_focusable (label, FALSE);
  return label;
}

/**
 * pursuit_render_citation:
 *
 * Returns: (nullable): a small "Source: …" line, or %NULL without sources
 */
GtkWidget *
pursuit_render_citation (PursuitContent *content,
                         const char     *source_ids)
{
  g_autofree char *citations = pursuit_content_format_sources (content, source_ids);
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (citations == NULL)
    return NULL;

  /* Translators: shown under a fact, with where it comes from */
  text = g_strdup_printf (_("Source: %s"), citations);
  label = pursuit_render_text (text);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "citation");
  return label;
}

static GtkWidget *
sourced (PursuitContent     *content,
         GtkWidget          *widget,
         PursuitContentNode *node)
{
  GtkWidget *citation = pursuit_render_citation (content, pursuit_content_node_get_attribute (node, "source"));
  GtkWidget *box;

  if (citation == NULL)
    return widget;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_box_append (GTK_BOX (box), widget);
  gtk_box_append (GTK_BOX (box), citation);
  return box;
}

static void
remember_anchor (PursuitRenderContext *context,
                 PursuitContentNode   *node,
                 GtkWidget            *widget)
{
  const char *id = pursuit_content_node_get_attribute (node, "id");

  if (id != NULL && context->anchors != NULL)
    g_hash_table_insert (context->anchors, (gpointer) id, widget);
}

static GtkWidget *
render_list (PursuitRenderContext *context,
             PursuitContentNode   *list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gboolean ordered = g_strcmp0 (pursuit_content_node_get_attribute (list, "ordered"), "yes") == 0;
  guint number = 0;

  gtk_widget_add_css_class (box, "content-list");
  for (PursuitContentNode *item = pursuit_content_node_get_first_child (list); item != NULL;
       item = pursuit_content_node_get_next_sibling (item))
    {
      const char *text = pursuit_content_node_get_text (item);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      g_autofree char *marker = ordered ? g_strdup_printf ("%u.", ++number) : g_strdup ("•");
      GtkWidget *bullet = gtk_label_new (marker);

      gtk_label_set_yalign (GTK_LABEL (bullet), 0);
      gtk_widget_set_size_request (bullet, 20, -1);
      gtk_label_set_xalign (GTK_LABEL (bullet), 1);
      gtk_widget_add_css_class (bullet, "dim-label");
      gtk_box_append (GTK_BOX (row), bullet);
      gtk_box_append (GTK_BOX (row), sourced (context->content,
                                              pursuit_render_text (text != NULL ? text : ""),
                                              item));
      gtk_widget_set_hexpand (gtk_widget_get_last_child (row), TRUE);
      gtk_box_append (GTK_BOX (box), row);
    }

  return box;
}

/* How wide the longest word of @text is in @label's font (bold, as a
 * heading may be, so that it is never short). */
static int
longest_word_width (GtkWidget  *label,
                    const char *text)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", text != NULL ? text : "", 0, 0);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (label, NULL);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  int widest = 0;

  pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attributes);
  for (guint i = 0; words[i] != NULL; i++)
    {
      int width;

      pango_layout_set_text (layout, words[i], -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      widest = MAX (widest, width);
    }
  return widest;
}

static void
attach_cell (GtkGrid    *grid,
             const char *text,
             int         column,
             int         row,
             gboolean    header)
{
  GtkWidget *label = pursuit_render_text (text != NULL ? text : "");

  /* Words stay whole: a table too narrow for its longest words is shown as
   * a list instead (table_card()). */
  gtk_widget_set_size_request (label, MAX (48, longest_word_width (label, text)), -1);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  if (header)
    gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

/* The table as a list, one block per row under the row's first cell, each
 * other cell below its column's heading: what a phone's width shows. */
static GtkWidget *
reflow_table (GtkGrid *grid)
{
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  int n_rows = 0, n_columns = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (grid)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int column, row;

      gtk_grid_query_child (grid, child, &column, &row, NULL, NULL);
      n_columns = MAX (n_columns, column + 1);
      n_rows = MAX (n_rows, row + 1);
    }

  for (int row = 1; row < n_rows; row++)
    {
      GtkWidget *block = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      if (row > 1)
        gtk_box_append (GTK_BOX (list), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
      for (int column = 0; column < n_columns; column++)
        {
          GtkWidget *heading = gtk_grid_get_child_at (grid, column, 0);
          GtkWidget *cell = gtk_grid_get_child_at (grid, column, row);
          GtkWidget *label;

          if (cell == NULL)
            continue;
          if (column > 0 && heading != NULL)
            {
              label = pursuit_render_text (gtk_label_get_text (GTK_LABEL (heading)));
              gtk_widget_add_css_class (label, "caption-heading");
              gtk_widget_add_css_class (label, "dim-label");
              gtk_widget_set_margin_top (label, 4);
              gtk_box_append (GTK_BOX (block), label);
            }
          label = pursuit_render_text (gtk_label_get_text (GTK_LABEL (cell)));
          if (column == 0)
            gtk_widget_add_css_class (label, "heading");
          gtk_box_append (GTK_BOX (block), label);
        }
      gtk_box_append (GTK_BOX (list), block);
    }
  return list;
}

/* Tables live in a card. On a window too narrow for the grid with its
 * words whole, the rows are shown as a list instead. (A sideways scroller would be taller than
 * its table: GTK 4.8 measures its height at the narrowest width.) */
static GtkWidget *
table_card (GtkWidget  *grid,
            const char *caption,
            GtkWidget  *citation)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *squeezer = adw_squeezer_new ();
  GtkWidget *list = reflow_table (GTK_GRID (grid));

  if (caption != NULL)
    gtk_box_append (GTK_BOX (box), pursuit_render_heading (caption, "heading"));

  adw_squeezer_set_homogeneous (ADW_SQUEEZER (squeezer), FALSE);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), grid);
  adw_squeezer_add (ADW_SQUEEZER (squeezer), list);
  gtk_widget_set_margin_top (squeezer, 12);
  gtk_widget_set_margin_bottom (squeezer, 12);
  gtk_widget_set_margin_start (squeezer, 12);
  gtk_widget_set_margin_end (squeezer, 12);
  gtk_frame_set_child (GTK_FRAME (frame), squeezer);
  gtk_widget_add_css_class (frame, "content-card");
  gtk_box_append (GTK_BOX (box), frame);

  if (citation != NULL)
    gtk_box_append (GTK_BOX (box), citation);
  return box;
}

static GtkWidget *
new_table_grid (void)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_widget_add_css_class (grid, "content-table");
  return grid;
}

static GtkWidget *
render_table (PursuitRenderContext *context,
              PursuitContentNode   *table)
{
  GtkWidget *grid = new_table_grid ();
  int row = 0;

  for (PursuitContentNode *line = pursuit_content_node_get_first_child (table); line != NULL;
       line = pursuit_content_node_get_next_sibling (line))
    {
      gboolean header = g_str_equal (pursuit_content_node_get_name (line), "header");
      int column = 0;

      if (!header && !g_str_equal (pursuit_content_node_get_name (line), "row"))
        continue;

      for (PursuitContentNode *cell = pursuit_content_node_get_first_child (line); cell != NULL;
           cell = pursuit_content_node_get_next_sibling (cell))
        attach_cell (GTK_GRID (grid), pursuit_content_node_get_text (cell), column++, row, header);
      row++;
    }

  return table_card (grid, pursuit_content_node_get_child_text (table, "caption"),
                     pursuit_render_citation (context->content,
                                              pursuit_content_node_get_attribute (table, "source")));
}

static char *
format_cell (PursuitSalaryRecord *record)
{
  g_autofree char *pay = pursuit_content_format_pay (record);
  g_autofree char *usd = NULL;

  if (g_strcmp0 (record->currency, "USD") == 0 || (usd = pursuit_content_format_pay_in_usd (record)) == NULL)
    return g_steal_pointer (&pay);

  /* Translators: a local figure and the US dollar equivalent its source gives */
  return g_strdup_printf (_("%s\n(%s)"), pay, usd);
}

static void
append_unique (GPtrArray  *list,
               const char *text)
{
  for (guint i = 0; i < list->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (list, i), text) == 0)
        return;
    }
  g_ptr_array_add (list, g_strdup (text));
}

/* Every figure, straight from salaries.xml: one row per level or place and
 * source, one column per statistic the sources give; qualifiers follow the
 * table as notes. */
GtkWidget *
pursuit_render_salary_table (PursuitContent *content,
                             const char     *role,
                             const char     *by)
{
  g_autoptr(GPtrArray) records = pursuit_content_find_salaries (content, role, by);
  g_autoptr(GPtrArray) row_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) statistics = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) notes = g_string_new (NULL);
  GtkWidget *grid = new_table_grid ();
  GtkWidget *card;
  const char *caption;

  for (guint i = 0; i < records->len; i++)
    {
      PursuitSalaryRecord *record = g_ptr_array_index (records, i);
      g_autofree char *where = pursuit_content_describe_salary_place (content, record);
      g_autofree char *key = g_strdup_printf ("%s\x1f%s", where, record->source);

      append_unique (row_keys, key);
      append_unique (statistics, record->statistic);
    }

  attach_cell (GTK_GRID (grid), g_strcmp0 (by, "level") == 0 ? _("Level") : _("Where"), 0, 0, TRUE);
  for (guint c = 0; c < statistics->len; c++)
    attach_cell (GTK_GRID (grid), pursuit_salary_statistic_get_name (g_ptr_array_index (statistics, c)), c + 1, 0, TRUE);
  attach_cell (GTK_GRID (grid), _("Source"), statistics->len + 1, 0, TRUE);

  for (guint r = 0; r < row_keys->len; r++)
    {
      g_auto(GStrv) key = g_strsplit (g_ptr_array_index (row_keys, r), "\x1f", 2);
      g_autofree char *citation = pursuit_content_format_sources (content, key[1]);

      attach_cell (GTK_GRID (grid), key[0][0] != '\0' ? key[0] : _("All"), 0, r + 1, FALSE);
      attach_cell (GTK_GRID (grid), citation, statistics->len + 1, r + 1, FALSE);

      for (guint c = 0; c < statistics->len; c++)
        {
          g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
          g_autofree char *cell = NULL;

          for (guint i = 0; i < records->len; i++)
            {
              PursuitSalaryRecord *record = g_ptr_array_index (records, i);
              g_autofree char *where = pursuit_content_describe_salary_place (content, record);

              if (g_strcmp0 (where, key[0]) != 0 || g_strcmp0 (record->source, key[1]) != 0 ||
                  g_strcmp0 (record->statistic, g_ptr_array_index (statistics, c)) != 0)
                continue;

              g_ptr_array_add (cells, format_cell (record));
              if (record->note != NULL)
                g_string_append_printf (notes, "%s%s, %s: %s (%s)", notes->len > 0 ? "\n" : "",
                                        key[0][0] != '\0' ? key[0] : _("All"),
                                        pursuit_salary_statistic_get_name (record->statistic),
                                        record->note, citation);
            }

          g_ptr_array_add (cells, NULL);
          cell = g_strjoinv ("\n", (char **) cells->pdata);
          attach_cell (GTK_GRID (grid), cell[0] != '\0' ? cell : "—", c + 1, r + 1, FALSE);
        }
    }

  if (g_strcmp0 (by, "level") == 0)
    caption = _("Pay by experience level");
  else if (g_strcmp0 (by, "area") == 0)
    caption = _("Pay by region");
  else if (g_strcmp0 (by, "country") == 0)
    caption = _("Pay by country");
  else if (g_strcmp0 (by, "industry") == 0)
    caption = _("Pay by industry");
  else
    caption = _("Pay figures");

  card = table_card (grid, caption, NULL);
  if (notes->len > 0)
    {
      GtkWidget *label = pursuit_render_text (notes->str);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (card), label);
    }
  return card;
}

static char *
format_years (PursuitContentNode *level)
{
  const char *min = pursuit_content_node_get_attribute (level, "years-min");
  const char *max = pursuit_content_node_get_attribute (level, "years-max");

  if (min != NULL && max != NULL)
    /* Translators: years of experience, "2–5 years" */
    return g_strdup_printf (_("%s–%s years"), min, max);
  if (min != NULL)
    return g_strdup_printf (_("%s+ years"), min);
  return g_strdup ("");
}

GtkWidget *
pursuit_render_ladder (PursuitRenderContext *context)
{
  g_autoptr(GPtrArray) levels = pursuit_guide_get_levels (context->guide);
  GtkWidget *group = adw_preferences_group_new ();

  for (guint i = 0; i < levels->len; i++)
    {
      PursuitContentNode *level = g_ptr_array_index (levels, i);
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
      g_autofree char *years = format_years (level);
      PursuitContentNode *focus = pursuit_content_node_get_child (level, "focus");
      const char *scope = pursuit_content_node_get_child_text (level, "scope");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_content_node_get_child_text (level, "title"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), years);
      gtk_widget_set_margin_top (box, 12);
      gtk_widget_set_margin_bottom (box, 12);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      if (scope != NULL)
        gtk_box_append (GTK_BOX (box), pursuit_render_text (scope));
      if (focus != NULL)
        {
          gtk_box_append (GTK_BOX (box), pursuit_render_heading (_("Focus areas"), "heading"));
          gtk_box_append (GTK_BOX (box), render_list (context, focus));
        }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), box);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      remember_anchor (context, level, row);
    }

  return group;
}

GtkWidget *
pursuit_render_facts (PursuitRenderContext *context)
{
  g_autoptr(GPtrArray) facts = pursuit_guide_get_facts (context->guide);
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);

  for (guint i = 0; i < facts->len; i++)
    {
      PursuitContentNode *fact = g_ptr_array_index (facts, i);
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *label = pursuit_render_text (pursuit_content_node_get_child_text (fact, "label"));
      GtkWidget *value = pursuit_render_text (pursuit_content_node_get_child_text (fact, "value"));
      GtkWidget *citation = pursuit_render_citation (context->content,
                                                     pursuit_content_node_get_attribute (fact, "source"));

      /* A short natural width lets two or three facts share a line. */
      gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
      gtk_label_set_max_width_chars (GTK_LABEL (value), 20);
      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "fact-card");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_widget_add_css_class (value, "heading");
      gtk_box_append (GTK_BOX (card), label);
      gtk_box_append (GTK_BOX (card), value);
      if (citation != NULL)
        gtk_box_append (GTK_BOX (card), citation);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), card);
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }

  return flow;
}

GtkWidget *
pursuit_render_faq (PursuitRenderContext *context)
{
  g_autoptr(GPtrArray) entries = pursuit_guide_get_faq (context->guide);
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Frequently Asked Questions"));
  for (guint i = 0; i < entries->len; i++)
    {
      PursuitContentNode *entry = g_ptr_array_index (entries, i);
      PursuitContentNode *answer = pursuit_content_node_get_child (entry, "answer");
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_content_node_get_child_text (entry, "question"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_margin_top (box, 12);
      gtk_widget_set_margin_bottom (box, 12);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      if (answer != NULL)
        pursuit_render_blocks (context, GTK_BOX (box), answer);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), box);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      remember_anchor (context, entry, row);
    }

  return group;
}

/**
 * pursuit_render_blocks:
 *
 * Appends a widget to @box for each block child of @container (titles and
 * names are the caller's business).
 */
void
pursuit_render_blocks (PursuitRenderContext *context,
                       GtkBox               *box,
                       PursuitContentNode   *container)
{
  for (PursuitContentNode *node = pursuit_content_node_get_first_child (container); node != NULL;
       node = pursuit_content_node_get_next_sibling (node))
    {
      const char *name = pursuit_content_node_get_name (node);
      GtkWidget *widget = NULL;

      if (g_str_equal (name, "p"))
        widget = sourced (context->content, pursuit_render_text (pursuit_content_node_get_text (node)), node);
      else if (g_str_equal (name, "list"))
        widget = render_list (context, node);
      else if (g_str_equal (name, "table"))
        widget = render_table (context, node);
      else if (g_str_equal (name, "salary-table"))
        {
          const char *role = pursuit_content_node_get_attribute (node, "role");

          widget = pursuit_render_salary_table (context->content, role, pursuit_content_node_get_attribute (node, "by"));
          /* Once a guide: its tables are all of one role. */
          if (context->services != NULL && role != NULL && !context->compare_added)
            {
              gtk_box_append (GTK_BOX (widget), pursuit_salary_compare_button_new (context->services, role));
              context->compare_added = TRUE;
            }
        }
      else if (g_str_equal (name, "ladder-ref"))
        widget = pursuit_render_ladder (context);
      else if (g_str_equal (name, "term") || g_str_equal (name, "subsection"))
        {
          gboolean term = g_str_equal (name, "term");
          const char *title = pursuit_content_node_get_child_text (node, term ? "name" : "title");

          widget = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
          gtk_widget_add_css_class (widget, term ? "content-term" : "content-subsection");
          gtk_box_append (GTK_BOX (widget), pursuit_render_heading (title, term ? "heading" : "title-4"));
          pursuit_render_blocks (context, GTK_BOX (widget), node);
        }

      if (widget != NULL)
        {
          gtk_box_append (box, widget);
          remember_anchor (context, node, widget);
        }
    }
}

static void
append_labelled (GtkBox     *box,
                 const char *heading,
                 GtkWidget  *content)
{
  gtk_box_append (box, pursuit_render_heading (heading, "heading"));
  gtk_box_append (box, content);
}

/**
 * pursuit_render_step_label:
 * @label: an outline step's label attribute
 *
 * Returns: (nullable): "Situation", "Task", "Action" or "Result", translated;
 *   %NULL for a plain point
 */
const char *
pursuit_render_step_label (const char *label)
{
  if (g_strcmp0 (label, "situation") == 0)
    return _("Situation");
  if (g_strcmp0 (label, "task") == 0)
    return _("Task");
  if (g_strcmp0 (label, "action") == 0)
    return _("Action");
  if (g_strcmp0 (label, "result") == 0)
    return _("Result");
  return NULL;
}

/* What a question teaches: why it is asked, what to cover, an outline and
 * the follow-ups, as the inside of an expander row. */
GtkWidget *
pursuit_render_question (PursuitContent  *content,
                         PursuitQuestion *question)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  g_autoptr(GPtrArray) covers = pursuit_question_get_covers (question);
  g_autoptr(GPtrArray) outline = pursuit_question_get_outline (question);
  g_autoptr(GPtrArray) followups = pursuit_question_get_followups (question);
  PursuitContentNode *node = pursuit_question_get_node (question);
  PursuitRenderContext context = { content, NULL, NULL };
  GtkWidget *steps = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *more = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  append_labelled (GTK_BOX (box), _("Why interviewers ask it"),
                   pursuit_render_text (pursuit_question_get_why (question)));
  append_labelled (GTK_BOX (box), _("A strong answer covers"),
                   render_list (&context, pursuit_content_node_get_child (node, "covers")));

  for (guint i = 0; i < outline->len; i++)
    {
      PursuitContentNode *step = g_ptr_array_index (outline, i);
      const char *label = pursuit_render_step_label (pursuit_content_node_get_attribute (step, "label"));
      /* Translators: a step of an answer outline: "Situation: Choose a real but modest error…" */
      const char *step_text = pursuit_content_node_get_text (step);
      g_autofree char *text = label != NULL ? g_strdup_printf (_("%s: %s"), label, step_text)
                                            : g_strdup (step_text);

      gtk_box_append (GTK_BOX (steps), sourced (content, pursuit_render_text (text), step));
    }
  append_labelled (GTK_BOX (box), _("Answer outline"), steps);

  for (guint i = 0; i < followups->len; i++)
    gtk_box_append (GTK_BOX (more),
                    pursuit_render_text (pursuit_content_node_get_text (g_ptr_array_index (followups, i))));
  append_labelled (GTK_BOX (box),
                   g_dngettext (GETTEXT_PACKAGE, "Likely follow-up", "Likely follow-ups", followups->len),
                   more);

  return box;
}
