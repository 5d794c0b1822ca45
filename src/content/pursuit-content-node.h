/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PursuitContentNode:
 *
 * One element of a content file: its name, attributes, and either its text
 * (white space collapsed, translated unless the element is listed as not
 * translatable) or its child elements, never both.
 */
typedef struct _PursuitContentNode PursuitContentNode;

struct _PursuitContentNode
{
  char *name;
  GHashTable *attributes;   /* name -> value */
  char *text;               /* NULL for an element with children */
  char *untranslated;       /* the English text, for search and checks */
  GPtrArray *children;      /* PursuitContentNode, owned */
  PursuitContentNode *parent;
  char *file;
  int line;
};

PursuitContentNode *pursuit_content_node_parse             (const char          *file,
                                                            const char          *data,
                                                            gssize               length,
                                                            GError             **error);
PursuitContentNode *pursuit_content_node_new               (const char          *name,
                                                            const char          *text);
void                pursuit_content_node_set_attribute     (PursuitContentNode  *node,
                                                            const char          *name,
                                                            const char          *value);
PursuitContentNode *pursuit_content_node_append            (PursuitContentNode  *node,
                                                            PursuitContentNode  *child);
void                pursuit_content_node_free              (PursuitContentNode  *node);
const char         *pursuit_content_node_get_attribute     (PursuitContentNode  *node,
                                                            const char          *name);
PursuitContentNode *pursuit_content_node_get_child         (PursuitContentNode  *node,
                                                            const char          *name);
const char         *pursuit_content_node_get_child_text    (PursuitContentNode  *node,
                                                            const char          *name);
GPtrArray          *pursuit_content_node_get_children_named (PursuitContentNode *node,
                                                            const char          *name);
gboolean            pursuit_content_node_is_translatable   (PursuitContentNode  *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitContentNode, pursuit_content_node_free)

G_END_DECLS
