/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-strings.h"

/* The texts that recur from job to job (companies, titles, places,
 * currencies, dates), each kept once for the whole process and named by a
 * 32-bit number, so a job holds four bytes for each, not a pointer of
 * eight: 100,000 jobs of nine such texts save 3.6 MB.
 *
 * A string's entry counts the values that hold it; the last to let go
 * frees its text and the number is given to the next new text. Entries
 * are in chunks that never move once made (chunk k holds 256 << k of them,
 * made when the first of its numbers is given), so pursuit_string_get()
 * finds a text from the number alone, without a lock, on any thread: an
 * entry does not change while a value holds it, and whoever hands a job to
 * another thread makes what it wrote visible there. Making and freeing
 * entries, and the index of texts that finds a text's entry when a value
 * is set, take the lock.
 *
 * An entry is 16 bytes and the text is allocated apart, 16 bytes less
 * than a GRefString's; the index gives four bytes to every slot, and is at
 * most three quarters full. The entries of the texts in use are close
 * together (the numbers freed are given first), so reading a text costs
 * about what a pointer to it did. */

/* String 0, "", is never freed, and read before any text is interned:
 * a new job's texts need no lock. */
static PursuitStringEntry first_chunk[1 << PURSUIT_STRING_FIRST_CHUNK_BITS] = {
  [0] = { "", 1, 0 },
};

PursuitStringEntry *pursuit_string_chunks[PURSUIT_STRING_N_CHUNKS] = { first_chunk };

G_LOCK_DEFINE_STATIC (strings);

/* Guarded by the lock. */
static PursuitString next_new = 1;      /* never given yet */
static PursuitString first_free;        /* freed; 0 for none */
static guint n_live;
static gsize n_text_bytes;
/* Open addressing with linear probes: each slot a string, or 0. */
static PursuitString *index_slots;
static guint index_size;                /* a power of two */

static inline guint
index_of_hash (guint32 hash)
{
  /* The multiply spreads g_str_hash()'s low bits over the high ones. */
  return (guint) ((hash * 0x9E3779B1u) >> (32 - g_bit_storage (index_size - 1))) & (index_size - 1);
}

static void
index_grow (void)
{
  PursuitString *old = index_slots;
  guint old_size = index_size;

  index_size = old_size != 0 ? old_size * 2 : 1024;
  index_slots = g_new0 (PursuitString, index_size);
  for (guint i = 0; i < old_size; i++)
    {
      guint at;

      if (old[i] == 0)
        continue;
      for (at = index_of_hash (pursuit_string_entry (old[i])->hash); index_slots[at] != 0;
           at = (at + 1) & (index_size - 1))
        ;
      index_slots[at] = old[i];
    }
  g_free (old);
}

/* Takes @string out of the index; the slots after it that probed past it
 * move back, so no search stops short of them. */
static void
index_remove (PursuitString string)
{
  guint mask = index_size - 1;
  guint hole = index_of_hash (pursuit_string_entry (string)->hash);

  while (index_slots[hole] != string)
    hole = (hole + 1) & mask;
  for (guint at = (hole + 1) & mask; index_slots[at] != 0; at = (at + 1) & mask)
    {
      guint home = index_of_hash (pursuit_string_entry (index_slots[at])->hash);

      /* Whether home is cyclically outside (hole, at]: then it may fill the hole. */
      if (((at - home) & mask) >= ((at - hole) & mask))
        {
          index_slots[hole] = index_slots[at];
          hole = at;
        }
    }
  index_slots[hole] = 0;
}

static PursuitString
new_string (const char *text,
            gsize       length,
            guint32     hash)
{
  PursuitString string;
  PursuitStringEntry *entry;

  if (first_free != 0)
    {
      string = first_free;
      first_free = pursuit_string_entry (string)->hash;
    }
  else
    {
      guint32 n;
      guint chunk;

      /* Four billion texts would not fit in memory first. */
      g_assert (next_new < G_MAXUINT32 - (1u << PURSUIT_STRING_FIRST_CHUNK_BITS));
      string = next_new++;
      n = string + (1u << PURSUIT_STRING_FIRST_CHUNK_BITS);
      chunk = g_bit_storage (n) - 1 - PURSUIT_STRING_FIRST_CHUNK_BITS;
      if (pursuit_string_chunks[chunk] == NULL)
        pursuit_string_chunks[chunk] = g_new0 (PursuitStringEntry, (gsize) 1 << (chunk + PURSUIT_STRING_FIRST_CHUNK_BITS));
    }

  entry = pursuit_string_entry (string);
  entry->text = g_memdup2 (text, length + 1);
  n_text_bytes += length + 1;
  entry->users = 1;
  entry->hash = hash;
  n_live++;
  return string;
}

/**
 * pursuit_string_intern:
 * @text: (nullable): %NULL for ""
 *
 * Returns: the string of @text, held once more: give it back with
 *   pursuit_string_release()
 */
PursuitString
pursuit_string_intern (const char *text)
{
  PursuitString string;
  gsize length;
  guint32 hash;
  guint at;

  if (text == NULL || text[0] == '\0')
    return PURSUIT_STRING_EMPTY;

  length = strlen (text);
  hash = g_str_hash (text);

  G_LOCK (strings);
  if (index_size == 0)
    index_grow ();
  for (at = index_of_hash (hash); index_slots[at] != 0; at = (at + 1) & (index_size - 1))
    {
      PursuitStringEntry *entry = pursuit_string_entry (index_slots[at]);

      if (entry->hash == hash && strcmp (entry->text, text) == 0)
        {
          g_atomic_int_inc (&entry->users);
          string = index_slots[at];
          G_UNLOCK (strings);
          return string;
        }
    }

  if ((n_live + 1) * 4 > index_size * 3)
    {
      index_grow ();
      for (at = index_of_hash (hash); index_slots[at] != 0; at = (at + 1) & (index_size - 1))
        ;
    }
  string = new_string (text, length, hash);
  index_slots[at] = string;
  G_UNLOCK (strings);
  return string;
}

/**
 * pursuit_string_acquire:
 * @string: one the caller holds
 *
 * Returns: @string, held once more (a copy of a job takes its texts so)
 */
PursuitString
pursuit_string_acquire (PursuitString string)
{
  /* Without the lock: @string has a user (the caller) who keeps it from
   * being freed meanwhile. */
  if (string != PURSUIT_STRING_EMPTY)
    g_atomic_int_inc (&pursuit_string_entry (string)->users);
  return string;
}

void
pursuit_string_release (PursuitString string)
{
  PursuitStringEntry *entry;

  if (string == PURSUIT_STRING_EMPTY)
    return;

  /* Not the last user: without the lock, as a GRefString. */
  entry = pursuit_string_entry (string);
  for (int users = g_atomic_int_get (&entry->users); users > 1; users = g_atomic_int_get (&entry->users))
    {
      if (g_atomic_int_compare_and_exchange (&entry->users, users, users - 1))
        return;
    }

  /* The last, unless pursuit_string_intern() found it meanwhile: freed
   * under the lock, so no intern finds it half gone. */
  G_LOCK (strings);
  if (g_atomic_int_dec_and_test (&entry->users))
    {
      index_remove (string);
      n_text_bytes -= strlen (entry->text) + 1;
      g_free ((char *) entry->text);
      entry->text = NULL;
      entry->hash = first_free;
      first_free = string;
      n_live--;
    }
  G_UNLOCK (strings);
}

/**
 * pursuit_string_table_stats:
 * @n_live: (out): how many texts are held, "" aside
 * @n_bytes: (out): the memory the table takes: its chunks, its index and
 *   its texts
 *
 * For tests and measures.
 */
void
pursuit_string_table_stats (guint *n_live_out,
                            gsize *n_bytes)
{
  gsize bytes;

  G_LOCK (strings);
  bytes = index_size * sizeof *index_slots + n_text_bytes;
  for (guint chunk = 0; chunk < PURSUIT_STRING_N_CHUNKS && pursuit_string_chunks[chunk] != NULL; chunk++)
    bytes += ((gsize) sizeof (PursuitStringEntry)) << (chunk + PURSUIT_STRING_FIRST_CHUNK_BITS);
  *n_live_out = n_live;
  *n_bytes = bytes;
  G_UNLOCK (strings);
}
