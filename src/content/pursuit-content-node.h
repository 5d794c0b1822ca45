/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PursuitContentNode:
 *
 * One element of a content file: its name, attributes, and either its text
 * (white space collapsed, translated unless the element is listed as not
 * translatable) or its child elements, never both. Read it through the
 * functions below: the tree is kept small (the whole content stays loaded
 * for the life of the app), so its layout is its own.
 */
typedef struct _PursuitContentNode PursuitContentNode;

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
const char         *pursuit_content_node_get_name          (PursuitContentNode  *node);
const char         *pursuit_content_node_get_text          (PursuitContentNode  *node);
const char         *pursuit_content_node_get_untranslated  (PursuitContentNode  *node);
const char         *pursuit_content_node_get_file          (PursuitContentNode  *node);
int                 pursuit_content_node_get_line          (PursuitContentNode  *node);
const char         *pursuit_content_node_get_attribute     (PursuitContentNode  *node,
                                                            const char          *name);
PursuitContentNode *pursuit_content_node_get_parent        (PursuitContentNode  *node);
PursuitContentNode *pursuit_content_node_get_first_child   (PursuitContentNode  *node);
PursuitContentNode *pursuit_content_node_get_next_sibling  (PursuitContentNode  *node);
guint               pursuit_content_node_get_n_children    (PursuitContentNode  *node);
PursuitContentNode *pursuit_content_node_get_child         (PursuitContentNode  *node,
                                                            const char          *name);
const char         *pursuit_content_node_get_child_text    (PursuitContentNode  *node,
                                                            const char          *name);
GPtrArray          *pursuit_content_node_get_children_named (PursuitContentNode *node,
                                                            const char          *name);
gboolean            pursuit_content_node_is_translatable   (PursuitContentNode  *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitContentNode, pursuit_content_node_free)

G_END_DECLS
