/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_BOARD_VIEW (pursuit_board_view_get_type ())

G_DECLARE_FINAL_TYPE (PursuitBoardView, pursuit_board_view, PURSUIT, BOARD_VIEW, AdwBin)

PursuitBoardView *pursuit_board_view_new              (PursuitContext   *context);
void              pursuit_board_view_move_job         (PursuitBoardView *self,
                                                       PursuitJob       *job,
                                                       PursuitStage     *stage);
void              pursuit_board_view_settle           (PursuitBoardView *self);

G_END_DECLS
