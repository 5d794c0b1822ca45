/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_SLOT (pursuit_slot_get_type ())

G_DECLARE_FINAL_TYPE (PursuitSlot, pursuit_slot, PURSUIT, SLOT, GObject)

gpointer          pursuit_slot_get_item          (PursuitSlot      *self);

#define PURSUIT_TYPE_SLOT_MODEL (pursuit_slot_model_get_type ())

G_DECLARE_FINAL_TYPE (PursuitSlotModel, pursuit_slot_model, PURSUIT, SLOT_MODEL, GObject)

PursuitSlotModel *pursuit_slot_model_new          (GListModel       *source);
GListModel       *pursuit_slot_model_get_source   (PursuitSlotModel *self);
void              pursuit_slot_model_set_in_place (PursuitSlotModel *self,
                                                   gboolean          in_place);
gpointer          pursuit_slot_model_unwrap       (gpointer          item);

G_END_DECLS
