/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A text of the process's table of shared texts (see pursuit-strings.c):
 * four bytes where a pointer takes eight. 0 is the empty text. */
typedef guint32 PursuitString;

#define PURSUIT_STRING_EMPTY ((PursuitString) 0)

PursuitString pursuit_string_intern  (const char    *text);
PursuitString pursuit_string_acquire (PursuitString  string);
void          pursuit_string_release (PursuitString  string);

void          pursuit_string_table_stats (guint *n_live,
                                          gsize *n_bytes);

/* What pursuit_string_get() reads; nothing else looks inside. */
typedef struct
{
  const char *text;     /* NULL while free */
  int users;
  guint32 hash;         /* while free: the next free string */
} PursuitStringEntry;

#define PURSUIT_STRING_FIRST_CHUNK_BITS 8
#define PURSUIT_STRING_N_CHUNKS (32 - PURSUIT_STRING_FIRST_CHUNK_BITS)

extern PursuitStringEntry *pursuit_string_chunks[PURSUIT_STRING_N_CHUNKS];

static inline PursuitStringEntry *
pursuit_string_entry (PursuitString string)
{
  /* Chunk k holds 256 << k entries: with the first chunk's size added, a
   * string's highest bit says its chunk and the bits below its place. */
  guint32 n = string + (1u << PURSUIT_STRING_FIRST_CHUNK_BITS);
  guint bits = g_bit_storage (n);

  return &pursuit_string_chunks[bits - 1 - PURSUIT_STRING_FIRST_CHUNK_BITS][n - (1u << (bits - 1))];
}

/**
 * pursuit_string_get:
 *
 * Returns: the text, valid while @string is held; read without a lock
 */
static inline const char *
pursuit_string_get (PursuitString string)
{
  return pursuit_string_entry (string)->text;
}

G_END_DECLS
