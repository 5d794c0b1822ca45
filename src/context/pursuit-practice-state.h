/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-content.h"
#include "pursuit-practice.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_PRACTICE_STATE (pursuit_practice_state_get_type ())

G_DECLARE_FINAL_TYPE (PursuitPracticeState, pursuit_practice_state, PURSUIT, PRACTICE_STATE, GObject)

PursuitPracticeState   *pursuit_practice_state_new           (PursuitStore          *store,
                                                              PursuitContent        *content,
                                                              GSettings             *settings);
gboolean                pursuit_practice_state_get_loaded    (PursuitPracticeState  *self);
PursuitPracticeDeck    *pursuit_practice_state_get_deck      (PursuitPracticeState  *self);
PursuitPracticeRecords *pursuit_practice_state_get_records   (PursuitPracticeState  *self);
GTimeZone              *pursuit_practice_state_get_zone      (PursuitPracticeState  *self);
void                    pursuit_practice_state_get_scheduler (PursuitPracticeState  *self,
                                                              PursuitScheduler      *scheduler);
void                    pursuit_practice_state_get_limits    (PursuitPracticeState  *self,
                                                              gint64                 now,
                                                              PursuitPracticeLimits *limits);
void                    pursuit_practice_state_reload        (PursuitPracticeState  *self);

G_END_DECLS
