/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pursuit-content-node.h"

/* Content files are small and read once at start-up, so a tiny tree built
 * with GMarkup is all the structure they need. The whole content stays
 * loaded for the life of the app (every list row with a job shows its pay
 * against the salary figures), about 3,500 elements: each is one block of
 * 64 bytes, its attributes one more and its text one more, with nothing
 * kept for what it lacks. */

struct _PursuitContentNode
{
  const char *name;             /* interned: the files use a few dozen */
  GRefString *file;             /* one for all the elements of a file; NULL outside one */
  char **attributes;            /* NULL, or see attributes_new() */
  PursuitContentNode *parent;
  PursuitContentNode *next;     /* the next sibling */
  union
  {
    char *text;                 /* a leaf's; NULL for none or for "" (see empty_text) */
    PursuitContentNode *first_child;    /* when has_children */
  };
  int line;
  guint has_children : 1;
  guint empty_text : 1;         /* text NULL stands for "" */
  guint translated : 1;         /* the English text follows text's end in its block */
};

/* A block of 64 bytes with malloc's header, on 64-bit systems. */
G_STATIC_ASSERT (sizeof (PursuitContentNode) <= 6 * sizeof (gpointer) + 8);

typedef struct
{
  GRefString *file;
  GMarkupParseContext *context;
  PursuitContentNode *root;
  PursuitContentNode *current;
  GString *text;
} ParseState;

/* The attributes in one block: the names, interned, and the values in turn,
 * a NULL, then the values' characters. An element has at most a dozen, most
 * none or one, so a look-up reads them in turn. */
static char **
attributes_new (const char * const *names,
                const char * const *values,
                guint               n)
{
  gsize size = 0;
  char **block;
  char *characters;

  if (n == 0)
    return NULL;

  for (guint i = 0; i < n; i++)
    size += strlen (values[i]) + 1;
  block = g_malloc ((2 * n + 1) * sizeof (char *) + size);
  characters = (char *) (block + 2 * n + 1);
  for (guint i = 0; i < n; i++)
    {
      block[2 * i] = (char *) g_intern_string (names[i]);
      block[2 * i + 1] = characters;
      characters = g_stpcpy (characters, values[i]) + 1;
    }
  block[2 * n] = NULL;
  return block;
}

static PursuitContentNode *
node_new (const char  *name,
          GRefString  *file,
          int          line)
{
  PursuitContentNode *node = g_new0 (PursuitContentNode, 1);

  node->name = g_intern_string (name);
  node->file = file != NULL ? g_ref_string_acquire (file) : NULL;
  node->line = line;
  return node;
}

void
pursuit_content_node_free (PursuitContentNode *node)
{
  if (node == NULL)
    return;

  if (node->has_children)
    {
      PursuitContentNode *child = node->first_child;

      while (child != NULL)
        {
          PursuitContentNode *next = child->next;

          pursuit_content_node_free (child);
          child = next;
        }
    }
  else
    g_free (node->text);
  g_free (node->attributes);
  if (node->file != NULL)
    g_ref_string_release (node->file);
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
 * at run time is the one in the catalogue. In place: the result is never
 * longer. */
static void
collapse_spaces (GString *text)
{
  gboolean pending_space = FALSE;
  gsize length = 0;

  for (gsize i = 0; i < text->len; i++)
    {
      char c = text->str[i];

      if (g_ascii_isspace (c))
        {
          pending_space = length > 0;
          continue;
        }
      if (pending_space)
        text->str[length++] = ' ';
      pending_space = FALSE;
      text->str[length++] = c;
    }

  g_string_truncate (text, length);
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
 * lookup has to use that form, and a translation comes back in it.
 *
 * Returns: (transfer full) (nullable): the translation of @text, or %NULL
 *   when the catalogue has none or it reads the same */
static char *
translate (const char *text)
{
  g_autofree char *escaped = NULL;
  const char *msgid = text;
  const char *translated;
  g_autofree char *greater = NULL;
  g_autofree char *lesser = NULL;
  char *unescaped;

  if (strpbrk (text, "&<>") != NULL)
    {
      g_autofree char *ampersands = replace_all (text, "&", "&amp;");
      g_autofree char *less = replace_all (ampersands, "<", "&lt;");

      msgid = escaped = replace_all (less, ">", "&gt;");
    }

  translated = g_dgettext (GETTEXT_PACKAGE, msgid);
  if (translated == msgid || g_str_equal (translated, msgid))
    return NULL;

  greater = replace_all (translated, "&gt;", ">");
  lesser = replace_all (greater, "&lt;", "<");
  unescaped = replace_all (lesser, "&amp;", "&");
  if (g_str_equal (unescaped, text))
    g_clear_pointer (&unescaped, g_free);
  return unescaped;
}

/* Gives a leaf its text: none kept for "", and the English kept after the
 * translation, in the same block, only when they differ. */
static void
set_text (PursuitContentNode *node,
          const char         *text,
          gboolean            translatable)
{
  g_autofree char *translation = NULL;

  g_assert (!node->has_children && node->text == NULL);

  if (text == NULL)
    return;

  if (text[0] == '\0')
    {
      node->empty_text = TRUE;
      return;
    }

  if (translatable)
    translation = translate (text);
  if (translation == NULL)
    {
      node->text = g_strdup (text);
      return;
    }

  {
    gsize translation_size = strlen (translation) + 1;
    gsize text_size = strlen (text) + 1;

    node->text = g_malloc (translation_size + text_size);
    memcpy (node->text, translation, translation_size);
    memcpy (node->text + translation_size, text, text_size);
    node->translated = TRUE;
  }
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
      collapse_spaces (state->text);
      if (state->text->len > 0)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("%s:%d: <%s> mixes text and elements"),
                       state->file, line, state->current->name);
          return;
        }
    }
  g_string_truncate (state->text, 0);

  if (state->current == NULL && state->root != NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   _("%s:%d: more than one root element"), state->file, line);
      return;
    }

  node = node_new (element_name, state->file, line);
  node->attributes = attributes_new (attribute_names, attribute_values, g_strv_length ((char **) attribute_names));
  if (state->current == NULL)
    state->root = node;
  else
    {
      /* Put first, and the children put back in order at the parent's
       * end: the last one is never looked for. */
      state->current->has_children = TRUE;
      node->next = state->current->first_child;
      node->parent = state->current;
      state->current->first_child = node;
    }

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

  collapse_spaces (state->text);

  if (!node->has_children)
    set_text (node, state->text->str, pursuit_content_node_is_translatable (node));
  else
    {
      PursuitContentNode *reversed = NULL;

      while (node->first_child != NULL)
        {
          PursuitContentNode *child = node->first_child;

          node->first_child = child->next;
          child->next = reversed;
          reversed = child;
        }
      node->first_child = reversed;

      if (state->text->len > 0)
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("%s:%d: <%s> mixes text and elements"),
                       state->file, node->line, node->name);
          return;
        }
    }
  g_string_truncate (state->text, 0);

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
  ParseState state = { NULL, NULL, NULL, NULL, NULL };
  GMarkupParseContext *context;
  gboolean ok;

  g_return_val_if_fail (data != NULL, NULL);

  if (!g_utf8_validate (data, length, NULL))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_BAD_UTF8,
                   _("%s is not valid UTF-8"), file);
      return NULL;
    }

  state.file = g_ref_string_new_intern (file);
  state.text = g_string_new (NULL);
  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &state, NULL);
  ok = g_markup_parse_context_parse (context, data, length, error) &&
       g_markup_parse_context_end_parse (context, error);
  g_markup_parse_context_free (context);
  g_string_free (state.text, TRUE);
  g_ref_string_release (state.file);

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
  PursuitContentNode *node;

  g_return_val_if_fail (name != NULL, NULL);

  node = node_new (name, NULL, 0);
  set_text (node, text, FALSE);
  return node;
}

void
pursuit_content_node_set_attribute (PursuitContentNode *node,
                                    const char         *name,
                                    const char         *value)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  gboolean replaced = FALSE;
  char **old;

  g_return_if_fail (node != NULL);
  g_return_if_fail (name != NULL);

  /* Rare (the user's own questions, a handful each): the block is made
   * anew, keeping the others in their order. */
  for (char **p = node->attributes; p != NULL && *p != NULL; p += 2)
    {
      if (g_str_equal (p[0], name))
        {
          replaced = TRUE;
          if (value == NULL)
            continue;
          g_ptr_array_add (names, p[0]);
          g_ptr_array_add (values, (gpointer) value);
        }
      else
        {
          g_ptr_array_add (names, p[0]);
          g_ptr_array_add (values, p[1]);
        }
    }
  if (!replaced && value != NULL)
    {
      g_ptr_array_add (names, (gpointer) name);
      g_ptr_array_add (values, (gpointer) value);
    }

  /* @value may be one of the old block's. */
  old = node->attributes;
  node->attributes = attributes_new ((const char * const *) names->pdata,
                                     (const char * const *) values->pdata, names->len);
  g_free (old);
}

/**
 * pursuit_content_node_append:
 * @node: an element without text
 * @child: (transfer full): an element without a parent
 *
 * Returns: (transfer none): @child, now owned by @node
 */
PursuitContentNode *
pursuit_content_node_append (PursuitContentNode *node,
                             PursuitContentNode *child)
{
  PursuitContentNode **last;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (node->has_children || (node->text == NULL && !node->empty_text), NULL);
  g_return_val_if_fail (child != NULL && child->parent == NULL, NULL);

  /* Walked to the end: the user's questions have a handful of children. */
  node->has_children = TRUE;
  last = &node->first_child;
  while (*last != NULL)
    last = &(*last)->next;
  *last = child;
  child->parent = node;
  return child;
}

const char *
pursuit_content_node_get_name (PursuitContentNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  return node->name;
}

/**
 * pursuit_content_node_get_text:
 *
 * Returns: (nullable): the element's text, translated, "" for an element
 *   read from a file with neither text nor children; %NULL for an element
 *   with children
 */
const char *
pursuit_content_node_get_text (PursuitContentNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  if (node->has_children)
    return NULL;
  if (node->text != NULL)
    return node->text;
  return node->empty_text ? "" : NULL;
}

/**
 * pursuit_content_node_get_untranslated:
 *
 * Returns: (nullable): the element's text as the file gives it, for
 *   matching English words; %NULL as pursuit_content_node_get_text()
 */
const char *
pursuit_content_node_get_untranslated (PursuitContentNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  if (node->translated)
    return node->text + strlen (node->text) + 1;
  return pursuit_content_node_get_text (node);
}

/**
 * pursuit_content_node_get_file:
 *
 * Returns: the name of the file the element was read from, "" for one
 *   made by pursuit_content_node_new()
 */
const char *
pursuit_content_node_get_file (PursuitContentNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  return node->file != NULL ? node->file : "";
}

int
pursuit_content_node_get_line (PursuitContentNode *node)
{
  g_return_val_if_fail (node != NULL, 0);

  return node->line;
}

const char *
pursuit_content_node_get_attribute (PursuitContentNode *node,
                                    const char         *name)
{
  g_return_val_if_fail (node != NULL, NULL);

  for (char **p = node->attributes; p != NULL && *p != NULL; p += 2)
    {
      if (g_str_equal (p[0], name))
        return p[1];
    }
  return NULL;
}

/**
 * pursuit_content_node_get_parent:
 *
 * Returns: (transfer none) (nullable): the element @node is in
 */
PursuitContentNode *
pursuit_content_node_get_parent (PursuitContentNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  return node->parent;
}

/**
 * pursuit_content_node_get_first_child:
 *
 * The children are read in turn: `for (child = …_get_first_child (node);
 * child != NULL; child = …_get_next_sibling (child))`.
 *
 * Returns: (transfer none) (nullable): the first child element
 */
PursuitContentNode *
pursuit_content_node_get_first_child (PursuitContentNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  return node->has_children ? node->first_child : NULL;
}

/**
 * pursuit_content_node_get_next_sibling:
 *
 * Returns: (transfer none) (nullable): the element after @node in its parent
 */
PursuitContentNode *
pursuit_content_node_get_next_sibling (PursuitContentNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  return node->next;
}

guint
pursuit_content_node_get_n_children (PursuitContentNode *node)
{
  guint n = 0;

  g_return_val_if_fail (node != NULL, 0);

  for (PursuitContentNode *child = pursuit_content_node_get_first_child (node); child != NULL; child = child->next)
    n++;
  return n;
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

  for (PursuitContentNode *child = pursuit_content_node_get_first_child (node); child != NULL; child = child->next)
    {
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

  return child != NULL ? pursuit_content_node_get_text (child) : NULL;
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

  for (PursuitContentNode *child = pursuit_content_node_get_first_child (node); child != NULL; child = child->next)
    {
      if (g_str_equal (child->name, name))
        g_ptr_array_add (found, child);
    }
  return found;
}
