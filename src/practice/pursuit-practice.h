/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The interview-practice engine: FSRS-6 scheduling, interview plans, today's
 * queue, statistics and sessions. Pure: time comes in as arguments. */

#include "pursuit-scheduler.h"
#include "pursuit-interview-plan.h"
#include "pursuit-practice-queue.h"
#include "pursuit-practice-stats.h"
#include "pursuit-practice-session.h"
#include "pursuit-practice-deck.h"
#include "pursuit-practice-format.h"
