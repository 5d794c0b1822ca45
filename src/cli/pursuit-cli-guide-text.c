/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-cli-guide-text.h"
#include "pursuit-cli-output.h"

/* A role guide as text for a terminal: headings underlined, paragraphs and
 * lists wrapped at 80 columns, tables fitted to them, each figure with its
 * source. */

static void
print_heading (const char *title,
               const char *underline)
{
  g_autoptr(GString) rule = g_string_new (NULL);

  for (guint i = 0; i < pursuit_cli_text_width (title); i++)
    g_string_append (rule, underline);
  g_print ("%s\n%s\n\n", title, rule->str);
}

/* Guide text */

static void print_blocks (PursuitContent     *content,
                          PursuitGuide       *guide,
                          PursuitContentNode *parent,
                          const char         *indent);

static void
print_sources (PursuitContent *content,
               const char     *indent,
               const char     *source_ids)
{
  g_autofree char *citations = pursuit_content_format_sources (content, source_ids);
  g_autofree char *line = NULL;
  g_autofree char *prefix = NULL;

  if (citations == NULL)
    return;

  /* Translators: under a paragraph, list or table: "(Source: BLS, May 2023)" */
  line = g_strdup_printf (_("(Source: %s)"), citations);
  prefix = g_strconcat (indent, "  ", NULL);
  pursuit_cli_print_wrapped (line, prefix, prefix);
}

/* Adds the ids of @source_ids that @ids does not hold yet. */
static void
collect_sources (GPtrArray  *ids,
                 const char *source_ids)
{
  g_auto(GStrv) parts = g_strsplit (source_ids != NULL ? source_ids : "", " ", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] != '\0' && !g_ptr_array_find_with_equal_func (ids, parts[i], g_str_equal, NULL))
        g_ptr_array_add (ids, g_strdup (parts[i]));
    }
}

static void
print_paragraph (PursuitContent     *content,
                 PursuitContentNode *node,
                 const char         *indent)
{
  pursuit_cli_print_wrapped (pursuit_content_node_get_text (node), indent, indent);
  print_sources (content, indent, pursuit_content_node_get_attribute (node, "source"));
  g_print ("\n");
}

static void
print_list (PursuitContent     *content,
            PursuitContentNode *node,
            const char         *indent)
{
  gboolean ordered = g_strcmp0 (pursuit_content_node_get_attribute (node, "ordered"), "yes") == 0;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *source_ids = NULL;
  guint number = 0;

  collect_sources (sources, pursuit_content_node_get_attribute (node, "source"));
  for (PursuitContentNode *item = pursuit_content_node_get_first_child (node); item != NULL;
       item = pursuit_content_node_get_next_sibling (item))
    {
      g_autofree char *marker = ordered ? g_strdup_printf ("%u. ", ++number) : g_strdup ("• ");
      g_autofree char *first = g_strconcat (indent, marker, NULL);
      g_autofree char *rest = g_strdup_printf ("%s%*s", indent, (int) pursuit_cli_text_width (marker), "");

      pursuit_cli_print_wrapped (pursuit_content_node_get_text (item), first, rest);
      collect_sources (sources, pursuit_content_node_get_attribute (item, "source"));
    }

  source_ids = pursuit_cli_join (sources, " ");
  print_sources (content, indent, source_ids);
  g_print ("\n");
}

static char **
cells_of (PursuitContentNode *row)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (PursuitContentNode *cell = pursuit_content_node_get_first_child (row); cell != NULL;
       cell = pursuit_content_node_get_next_sibling (cell))
    {
      const char *text = pursuit_content_node_get_text (cell);

      g_strv_builder_add (builder, text != NULL ? text : "");
    }
  return g_strv_builder_end (builder);
}

static void
print_content_table (PursuitContent     *content,
                     PursuitContentNode *node,
                     const char         *indent)
{
  PursuitContentNode *header = pursuit_content_node_get_child (node, "header");
  const char *caption = pursuit_content_node_get_child_text (node, "caption");
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_auto(GStrv) header_cells = header != NULL ? cells_of (header) : NULL;

  if (caption != NULL)
    {
      pursuit_cli_print_wrapped (caption, indent, indent);
      g_print ("\n");
    }

  for (PursuitContentNode *row = pursuit_content_node_get_first_child (node); row != NULL;
       row = pursuit_content_node_get_next_sibling (row))
    {
      if (g_str_equal (pursuit_content_node_get_name (row), "row"))
        g_ptr_array_add (rows, cells_of (row));
    }

  pursuit_cli_print_table (indent, header_cells, rows, PURSUIT_CLI_TEXT_WIDTH);
  print_sources (content, indent, pursuit_content_node_get_attribute (node, "source"));
  g_print ("\n");
}

/* An empty cell when the source gives no USD equivalent. */
char *
pursuit_cli_format_usd (PursuitSalaryRecord *record)
{
  char *usd = pursuit_content_format_pay_in_usd (record);

  return usd != NULL ? usd : g_strdup ("");
}

static void
print_salary_table (PursuitContent     *content,
                    PursuitContentNode *node,
                    const char         *indent)
{
  g_autoptr(GPtrArray) records = pursuit_content_find_salaries (content,
                                                                pursuit_content_node_get_attribute (node, "role"),
                                                                pursuit_content_node_get_attribute (node, "by"));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();
  g_auto(GStrv) header_cells = NULL;
  gboolean any_usd = FALSE;
  gboolean any_note = FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      PursuitSalaryRecord *record = g_ptr_array_index (records, i);

      any_usd |= record->usd >= 0;
      any_note |= record->note != NULL;
      collect_sources (sources, record->source);
    }

  /* One source for the whole table goes under it; several get a column. */
  g_strv_builder_add_many (header, _("For"), _("Figure"), _("Pay"), NULL);
  if (any_usd)
    g_strv_builder_add (header, _("In US dollars"));
  if (sources->len > 1)
    g_strv_builder_add (header, _("Source"));
  if (any_note)
    g_strv_builder_add (header, _("Note"));
  header_cells = g_strv_builder_end (header);

  for (guint i = 0; i < records->len; i++)
    {
      PursuitSalaryRecord *record = g_ptr_array_index (records, i);
      g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
      g_autofree char *scope = pursuit_content_describe_salary_place (content, record);
      g_autofree char *pay = pursuit_content_format_pay (record);

      g_strv_builder_add_many (row, scope, pursuit_salary_statistic_get_name (record->statistic), pay, NULL);
      if (any_usd)
        {
          g_autofree char *usd = pursuit_cli_format_usd (record);

          g_strv_builder_add (row, usd);
        }
      if (sources->len > 1)
        {
          g_autofree char *citation = pursuit_content_format_sources (content, record->source);

          g_strv_builder_add (row, citation != NULL ? citation : "");
        }
      if (any_note)
        g_strv_builder_add (row, record->note != NULL ? record->note : "");
      g_ptr_array_add (rows, g_strv_builder_end (row));
    }

  pursuit_cli_print_table (indent, header_cells, rows, PURSUIT_CLI_TEXT_WIDTH);
  if (sources->len == 1)
    print_sources (content, indent, g_ptr_array_index (sources, 0));
  g_print ("\n");
}

static char *
describe_years (PursuitContentNode *level)
{
  const char *min = pursuit_content_node_get_attribute (level, "years-min");
  const char *max = pursuit_content_node_get_attribute (level, "years-max");

  if (min == NULL)
    return NULL;
  if (max == NULL)
    /* Translators: years of experience for an open-ended career level */
    return g_strdup_printf (_("%s+ years"), min);
  /* Translators: years of experience for a career level: "3–5 years" */
  return g_strdup_printf (_("%s–%s years"), min, max);
}

static void
print_ladder (PursuitContent *content,
              PursuitGuide   *guide,
              const char     *indent)
{
  g_autoptr(GPtrArray) levels = pursuit_guide_get_levels (guide);
  g_autofree char *inner = g_strconcat (indent, "   ", NULL);

  for (guint i = 0; i < levels->len; i++)
    {
      PursuitContentNode *level = g_ptr_array_index (levels, i);
      PursuitContentNode *focus = pursuit_content_node_get_child (level, "focus");
      const char *scope = pursuit_content_node_get_child_text (level, "scope");
      g_autofree char *years = describe_years (level);
      g_autofree char *number = g_strdup_printf ("%s%u. ", indent, i + 1);
      g_autofree char *heading = years != NULL
        ? g_strdup_printf ("%s (%s)", pursuit_content_node_get_child_text (level, "title"), years)
        : g_strdup (pursuit_content_node_get_child_text (level, "title"));

      pursuit_cli_print_wrapped (heading, number, inner);
      if (scope != NULL)
        pursuit_cli_print_wrapped (scope, inner, inner);
      if (focus != NULL && pursuit_content_node_get_first_child (focus) != NULL)
        print_list (content, focus, inner);
      else
        g_print ("\n");
    }
}

static void
print_term (PursuitContent     *content,
            PursuitGuide       *guide,
            PursuitContentNode *term,
            const char         *indent)
{
  g_autofree char *first = g_strconcat (indent, "▸ ", NULL);
  g_autofree char *inner = g_strconcat (indent, "  ", NULL);

  pursuit_cli_print_wrapped (pursuit_content_node_get_child_text (term, "name"), first, inner);
  print_blocks (content, guide, term, inner);
}

static void
print_blocks (PursuitContent     *content,
              PursuitGuide       *guide,
              PursuitContentNode *parent,
              const char         *indent)
{
  for (PursuitContentNode *block = pursuit_content_node_get_first_child (parent); block != NULL;
       block = pursuit_content_node_get_next_sibling (block))
    {
      const char *name = pursuit_content_node_get_name (block);
      const char *text = pursuit_content_node_get_text (block);

      if (g_str_equal (name, "title") || g_str_equal (name, "name"))
        continue;
      else if (g_str_equal (name, "list"))
        print_list (content, block, indent);
      else if (g_str_equal (name, "table"))
        print_content_table (content, block, indent);
      else if (g_str_equal (name, "term"))
        print_term (content, guide, block, indent);
      else if (g_str_equal (name, "salary-table"))
        print_salary_table (content, block, indent);
      else if (g_str_equal (name, "ladder-ref"))
        print_ladder (content, guide, indent);
      else if (g_str_equal (name, "subsection"))
        {
          print_heading (pursuit_content_node_get_child_text (block, "title"), "-");
          print_blocks (content, guide, block, indent);
        }
      else if (text != NULL && text[0] != '\0')
        print_paragraph (content, block, indent);
    }
}

static void
print_faq (PursuitContent *content,
           PursuitGuide   *guide)
{
  g_autoptr(GPtrArray) entries = pursuit_guide_get_faq (guide);

  print_heading (_("Frequently asked questions"), "=");
  for (guint i = 0; i < entries->len; i++)
    {
      PursuitContentNode *entry = g_ptr_array_index (entries, i);
      PursuitContentNode *answer = pursuit_content_node_get_child (entry, "answer");

      pursuit_cli_print_wrapped (pursuit_content_node_get_child_text (entry, "question"), "▸ ", "  ");
      if (answer != NULL)
        print_blocks (content, guide, answer, "  ");
    }
}

/* Sections, then subsections: by id, or by the end of the id ("salary"). */
static PursuitContentNode *
find_section (PursuitGuide *guide,
              const char   *wanted)
{
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autofree char *suffix = g_strconcat ("-", wanted, NULL);

  g_ptr_array_extend (candidates, sections, NULL, NULL);
  for (guint i = 0; i < sections->len; i++)
    {
      g_autoptr(GPtrArray) subsections = pursuit_content_node_get_children_named (g_ptr_array_index (sections, i),
                                                                                  "subsection");

      g_ptr_array_extend (candidates, subsections, NULL, NULL);
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      if (g_strcmp0 (pursuit_content_node_get_attribute (g_ptr_array_index (candidates, i), "id"), wanted) == 0)
        return g_ptr_array_index (candidates, i);
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      const char *id = pursuit_content_node_get_attribute (g_ptr_array_index (candidates, i), "id");

      if (id != NULL && g_str_has_suffix (id, suffix))
        return g_ptr_array_index (candidates, i);
    }
  return NULL;
}

char *
pursuit_cli_list_section_ids (PursuitGuide *guide)
{
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < sections->len; i++)
    g_ptr_array_add (ids, (gpointer) pursuit_content_node_get_attribute (g_ptr_array_index (sections, i), "id"));
  g_ptr_array_add (ids, "faq");
  g_ptr_array_add (ids, "ladder");
  return pursuit_cli_join (ids, ", ");
}

static void
print_guide_overview (PursuitContent *content,
                      PursuitGuide   *guide)
{
  g_autoptr(GPtrArray) facts = pursuit_guide_get_facts (guide);
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
  g_autoptr(GPtrArray) faq = pursuit_guide_get_faq (guide);
  g_autoptr(GPtrArray) levels = pursuit_guide_get_levels (guide);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *hint = NULL;

  print_heading (pursuit_guide_get_title (guide), "=");
  pursuit_cli_print_wrapped (pursuit_guide_get_summary (guide), "", "");
  g_print ("\n");

  if (facts->len > 0)
    {
      print_heading (_("Key facts"), "-");
      for (guint i = 0; i < facts->len; i++)
        {
          PursuitContentNode *fact = g_ptr_array_index (facts, i);
          /* Translators: a key fact of a role guide: "Median pay: $39,120 a year" */
          g_autofree char *line = g_strdup_printf (_("%s: %s"),
                                                   pursuit_content_node_get_child_text (fact, "label"),
                                                   pursuit_content_node_get_child_text (fact, "value"));

          pursuit_cli_print_wrapped (line, "• ", "  ");
          print_sources (content, "", pursuit_content_node_get_attribute (fact, "source"));
        }
      g_print ("\n");
    }

  for (guint i = 0; i < sections->len; i++)
    {
      PursuitContentNode *section = g_ptr_array_index (sections, i);
      g_autoptr(GPtrArray) subsections = pursuit_content_node_get_children_named (section, "subsection");
      const char *row[] = {
        pursuit_content_node_get_attribute (section, "id"),
        pursuit_content_node_get_child_text (section, "title"),
        NULL
      };

      g_ptr_array_add (rows, g_strdupv ((char **) row));
      for (guint j = 0; j < subsections->len; j++)
        {
          PursuitContentNode *subsection = g_ptr_array_index (subsections, j);
          g_autofree char *id = g_strconcat ("  ", pursuit_content_node_get_attribute (subsection, "id"), NULL);
          const char *subrow[] = { id, pursuit_content_node_get_child_text (subsection, "title"), NULL };

          g_ptr_array_add (rows, g_strdupv ((char **) subrow));
        }
    }
  if (faq->len > 0)
    {
      const char *row[] = { "faq", _("Frequently asked questions"), NULL };

      g_ptr_array_add (rows, g_strdupv ((char **) row));
    }
  if (levels->len > 0)
    {
      const char *row[] = { "ladder", _("Career ladder"), NULL };

      g_ptr_array_add (rows, g_strdupv ((char **) row));
    }

  print_heading (_("Sections"), "-");
  pursuit_cli_print_table ("", NULL, rows, PURSUIT_CLI_TEXT_WIDTH);
  g_print ("\n");

  hint = g_strdup_printf (_("Show a section with “pursuit-cli guide %s SECTION”. SECTION is an id from the list or its last part, such as “salary”."),
                          pursuit_guide_get_id (guide));
  pursuit_cli_print_wrapped (hint, "", "");
}

/**
 * pursuit_cli_print_guide:
 * @part: (nullable): a section id or its last part ("salary"), "faq" or
 *   "ladder"; %NULL for the overview
 *
 * Returns: %FALSE, having printed nothing, when @guide has no such part
 */
gboolean
pursuit_cli_print_guide (PursuitContent *content,
                         PursuitGuide   *guide,
                         const char     *part)
{
  PursuitContentNode *section;

  if (part == NULL)
    print_guide_overview (content, guide);
  else if (g_str_equal (part, "faq"))
    print_faq (content, guide);
  else if (g_str_equal (part, "ladder"))
    {
      print_heading (_("Career ladder"), "=");
      print_ladder (content, guide, "");
    }
  else
    {
      section = find_section (guide, part);
      if (section == NULL)
        return FALSE;

      print_heading (pursuit_content_node_get_child_text (section, "title"),
                     g_str_equal (pursuit_content_node_get_name (section), "section") ? "=" : "-");
      print_blocks (content, guide, section, "");
    }
  return TRUE;
}
