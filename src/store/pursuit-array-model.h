/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_ARRAY_MODEL (pursuit_array_model_get_type ())

G_DECLARE_FINAL_TYPE (PursuitArrayModel, pursuit_array_model, PURSUIT, ARRAY_MODEL, GObject)

PursuitArrayModel *pursuit_array_model_new        (GType              item_type);
void               pursuit_array_model_splice     (PursuitArrayModel *self,
                                                   guint              position,
                                                   guint              n_removals,
                                                   gpointer          *additions,
                                                   guint              n_additions);
void               pursuit_array_model_splice_picked (PursuitArrayModel *self,
                                                      guint              position,
                                                      guint              n_removals,
                                                      gpointer          *items,
                                                      const guint8      *picked,
                                                      guint              n_items);
void               pursuit_array_model_follow     (PursuitArrayModel *self,
                                                   PursuitArrayModel *source);
void               pursuit_array_model_unfollow   (PursuitArrayModel *self);
gboolean           pursuit_array_model_find       (PursuitArrayModel *self,
                                                   gpointer           item,
                                                   guint             *position);
gpointer          *pursuit_array_model_peek       (PursuitArrayModel *self,
                                                   guint             *n_items);
void               pursuit_array_model_items_changed (PursuitArrayModel *self,
                                                      guint              position,
                                                      guint              n_items);
gpointer          *pursuit_array_model_peek_removed (PursuitArrayModel *self,
                                                     guint             *n_removed);

G_END_DECLS
