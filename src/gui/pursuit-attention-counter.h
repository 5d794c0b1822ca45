/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_ATTENTION_COUNTER (pursuit_attention_counter_get_type ())

G_DECLARE_FINAL_TYPE (PursuitAttentionCounter, pursuit_attention_counter, PURSUIT, ATTENTION_COUNTER, GObject)

PursuitAttentionCounter *pursuit_attention_counter_new         (GListModel              *jobs,
                                                                GSettings               *settings);
guint                    pursuit_attention_counter_get_count   (PursuitAttentionCounter *self);
int                      pursuit_attention_counter_get_days    (PursuitAttentionCounter *self);
const guint8            *pursuit_attention_counter_peek        (PursuitAttentionCounter *self,
                                                                guint                   *n_items);

G_END_DECLS
