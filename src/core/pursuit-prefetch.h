/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A pass over 100,000 jobs in a list's order (not their order in memory)
 * that reads a field of each, or takes a reference to each, waits on
 * memory at every job: 40 to 50 ns each on these machines, which the
 * processor's own prefetching does not foresee. Asking for the job
 * PURSUIT_PREFETCH_AHEAD places ahead lets those waits overlap.
 * @items: the pass's array; @i: the place being read; @n: its length. */
#define PURSUIT_PREFETCH_AHEAD 12

/* Asks for the memory at @p, to be written (a reference taken) or read. */
static inline void
pursuit_prefetch (gconstpointer p)
{
#if defined(__GNUC__)
  __builtin_prefetch (p, 1);
#endif
}

static inline void
pursuit_prefetch_ahead (gpointer const *items,
                        guint           i,
                        guint           n)
{
  if (i + PURSUIT_PREFETCH_AHEAD < n)
    pursuit_prefetch (items[i + PURSUIT_PREFETCH_AHEAD]);
}

G_END_DECLS
