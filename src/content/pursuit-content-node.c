/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-content-node.h"

/* Content files are small and read once at start-up, so a tiny tree built
 * with GMarkup is all the structure they need. */

typedef struct
{
  const char *file;
  GMarkupParseContext *context;
  PursuitContentNode *root;
  PursuitContentNode *current;
  GString *text;
} ParseState;

static PursuitContentNode *
node_new (const char  *name,
          const char  *file,
          int          line,
          const char **attribute_names,
          const char **attribute_values)
{
  PursuitContentNode *node = g_new0 (PursuitContentNode, 1);

  node->name = g_strdup (name);
  node->file = g_strdup (file);
  node->line = line;
  node->attributes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  node->children = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_content_node_free);
  for (guint i = 0; attribute_names[i] != NULL; i++)
    g_hash_table_insert (node->attributes, g_strdup (attribute_names[i]), g_strdup (attribute_values[i]));
  return node;
}

void
pursuit_content_node_free (PursuitContentNode *node)
{
  if (node == NULL)
    return;

  g_free (node->name);
  g_free (node->file);
  g_free (node->text);
  g_free (node->untranslated);
  g_hash_table_unref (node->attributes);
  g_ptr_array_unref (node->children);
  g_free (node);
}

/* Text that must reach the user as written in the file. */
gboolean
pursuit_content_node_is_translatable (PursuitContentNode *node)
{
  if (g_str_equal (node->name, "alias"))
    return FALSE;

  if (node->parent != NULL && g_str_equal (node->parent->name, "source") &&
      g_str_equal (node->name, "name"))
    return FALSE;

  return TRUE;
}

/* Collapses white space the way xgettext does for ITS, so the msgid found
 * at run time is the one in the catalogue. */
static char *
collapse_spaces (const char *text)
{
  GString *result = g_string_new (NULL);
  gboolean pending_space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          pending_space = result->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (result, ' ');
      pending_space = FALSE;
      g_string_append_c (result, *p);
    }

  return g_string_free (result, FALSE);
}

static char *
replace_all (const char *text,
             const char *from,
             const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  return g_strjoinv (to, parts);
}

/* xgettext keeps &, < and > escaped in the msgids it takes from XML, so the
 * lookup has to use that form, and a translation comes back in it. */
static char *
translate (const char *text)
{
  g_autofree char *ampersands = replace_all (text, "&", "&amp;");
  g_autofree char *less = replace_all (ampersands, "<", "&lt;");
  g_autofree char *msgid = replace_all (less, ">", "&gt;");
  const char *translated = g_dgettext (GETTEXT_PACKAGE, msgid);
  g_autofree char *greater = NULL;
  g_autofree char *lesser = NULL;

  if (translated == msgid)
    return g_strdup (text);

  greater = replace_all (translated, "&gt;", ">");
  lesser = replace_all (greater, "&lt;", "<");
  return replace_all (lesser, "&amp;", "&");
}

static void
on_start_element (GMarkupParseContext  *context,
                  const char           *element_name,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  ParseState *state = user_data;
  int line = 0;
  int column = 0;
  PursuitContentNode *node;

  g_markup_parse_context_get_position (context, &line, &column);
  /* At the end of a line GMarkup has already stepped onto the next one. */
  if (column == 1 && line > 1)
    line--;

  if (state->current != NULL && state->text->len > 0)
    {
      g_autofree char *stray = collapse_spaces (state->text->str);

      if (stray[0] != '\0')
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("%s:%d: <%s> mixes text and elements"),
                       state->file, line, state->current->name);
          return;
        }
    }
  g_string_truncate (state->text, 0);

  node = node_new (element_name, state->file, line, attribute_names, attribute_values);
  node->parent = state->current;

  if (state->current == NULL)
    {
      if (state->root != NULL)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("%s:%d: more than one root element"), state->file, line);
          pursuit_content_node_free (node);
          return;
        }
      state->root = node;
    }
  else
    g_ptr_array_add (state->current->children, node);

  state->current = node;
}

static void
on_end_element (GMarkupParseContext  *context,
                const char           *element_name,
                gpointer              user_data,
                GError              **error)
{
  ParseState *state = user_data;
  PursuitContentNode *node = state->current;
  g_autofree char *text = collapse_spaces (state->text->str);

  g_string_truncate (state->text, 0);

  if (node->children->len == 0)
    {
      node->untranslated = g_strdup (text);
      if (text[0] != '\0' && pursuit_content_node_is_translatable (node))
        node->text = translate (text);
      else
        node->text = g_steal_pointer (&text);
    }
  else if (text[0] != '\0')
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   _("%s:%d: <%s> mixes text and elements"),
                   state->file, node->line, node->name);
      return;
    }

  state->current = node->parent;
}

static void
on_text (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  ParseState *state = user_data;

  if (state->current != NULL)
    g_string_append_len (state->text, text, length);
}

/**
 * pursuit_content_node_parse:
 * @file: the name used in error messages
 *
 * Returns: (transfer full): the root element, or %NULL with @error set
 */
PursuitContentNode *
pursuit_content_node_parse (const char  *file,
                            const char  *data,
                            gssize       length,
                            GError     **error)
{
  static const GMarkupParser parser = {
    on_start_element, on_end_element, on_text, NULL, NULL
  };
  ParseState state = { file, NULL, NULL, NULL, NULL };
  GMarkupParseContext *context;
  gboolean ok;

  g_return_val_if_fail (data != NULL, NULL);

  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_BAD_UTF8,
                   _("%s is not valid UTF-8"), file);
      return NULL;
    }

  state.text = g_string_new (NULL);
  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &state, NULL);
  ok = g_markup_parse_context_parse (context, data, length, error) &&
       g_markup_parse_context_end_parse (context, error);
  g_markup_parse_context_free (context);
  g_string_free (state.text, TRUE);

  if (!ok)
    {
      pursuit_content_node_free (state.root);
      return NULL;
    }

  if (state.root == NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_EMPTY, _("%s is empty"), file);
      return NULL;
    }

  return state.root;
}

/**
 * pursuit_content_node_new:
 * @text: (nullable): the element's text, kept as given; %NULL for an element
 *   that will hold children
 *
 * Makes an element outside any file, for content the user wrote (their own
 * interview questions), so the same readers serve both.
 *
 * Returns: (transfer full): the element
 */
PursuitContentNode *
pursuit_content_node_new (const char *name,
                          const char *text)
{
  const char *no_attributes[] = { NULL };
  PursuitContentNode *node;

  g_return_val_if_fail (name != NULL, NULL);

  node = node_new (name, "", 0, no_attributes, no_attributes);
  node->text = g_strdup (text);
  node->untranslated = g_strdup (text);
  return node;
}

void
pursuit_content_node_set_attribute (PursuitContentNode *node,
                                    const char         *name,
                                    const char         *value)
{
  g_return_if_fail (node != NULL);
  g_return_if_fail (name != NULL);

  if (value == NULL)
    g_hash_table_remove (node->attributes, name);
  else
    g_hash_table_insert (node->attributes, g_strdup (name), g_strdup (value));
}

/**
 * pursuit_content_node_append:
 * @child: (transfer full): an element without a parent
 *
 * Returns: (transfer none): @child, now owned by @node
 */
PursuitContentNode *
pursuit_content_node_append (PursuitContentNode *node,
                             PursuitContentNode *child)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (child != NULL && child->parent == NULL, NULL);

  child->parent = node;
  g_ptr_array_add (node->children, child);
  return child;
}

const char *
pursuit_content_node_get_attribute (PursuitContentNode *node,
                                    const char         *name)
{
  g_return_val_if_fail (node != NULL, NULL);

  return g_hash_table_lookup (node->attributes, name);
}

/**
 * pursuit_content_node_get_child:
 *
 * Returns: (transfer none) (nullable): the first child element called @name
 */
PursuitContentNode *
pursuit_content_node_get_child (PursuitContentNode *node,
                                const char         *name)
{
  g_return_val_if_fail (node != NULL, NULL);

  for (guint i = 0; i < node->children->len; i++)
    {
      PursuitContentNode *child = g_ptr_array_index (node->children, i);

      if (g_str_equal (child->name, name))
        return child;
    }
  return NULL;
}

const char *
pursuit_content_node_get_child_text (PursuitContentNode *node,
                                     const char         *name)
{
  PursuitContentNode *child = pursuit_content_node_get_child (node, name);

  return child != NULL ? child->text : NULL;
}

/**
 * pursuit_content_node_get_children_named:
 *
 * Returns: (transfer container): the child elements called @name, in order
 */
GPtrArray *
pursuit_content_node_get_children_named (PursuitContentNode *node,
                                         const char         *name)
{
  GPtrArray *found = g_ptr_array_new ();

  g_return_val_if_fail (node != NULL, found);

  for (guint i = 0; i < node->children->len; i++)
    {
      PursuitContentNode *child = g_ptr_array_index (node->children, i);

      if (g_str_equal (child->name, name))
        g_ptr_array_add (found, child);
    }
  return found;
}
