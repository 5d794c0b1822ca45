/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How many items an array that holds room for @allocated should hold room
 * for when it must take @needed: exactly @needed when many come at once
 * (the first read of 100,000 jobs), an eighth more when one or a few do,
 * so adding jobs one at a time copies the array a bounded number of
 * times. GArray and GPtrArray round up to a power of two instead: 131,072
 * places for 100,000 jobs, 31% more than needed, in arrays held for good. */
static inline guint
pursuit_capacity_for (guint allocated,
                      guint needed)
{
  guint grown;

  if (needed <= allocated)
    return allocated;
  grown = allocated + allocated / 8 + 8;
  return grown > needed && grown > allocated ? grown : needed;
}

G_END_DECLS
