/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-uuid.h"

/* The UUIDs the store gives what it saves (jobs, contacts, documents,
 * notes, logins) are time-ordered: version 7 of RFC 9562, the Unix time in
 * milliseconds first, then 74 random bits. Each table keeps its UUIDs in a
 * unique index; random (version 4) UUIDs landed all over it, so an import
 * of 100,000 jobs touched a different page of the index for every job
 * (~0.15 s of its write), where time-ordered ones are appended. Nothing
 * reads a meaning into a UUID: it names a row across exports, imports and
 * the keyring, and any valid UUID given (an older file's version 4 ones)
 * is kept as it is.
 *
 * Within a process every UUID is above the one before (RFC 9562's
 * "monotonic random", method 2): in the same millisecond, or when the clock
 * goes back, the random part of the last one plus one. The first of each
 * millisecond starts the 74 bits at random with the top one clear, which
 * leaves 2^73 more before the counter could run over; two programs writing
 * the same file meet only if their random parts collide. */

G_LOCK_DEFINE_STATIC (last);
static gint64 last_ms = -1;
static guint32 last_rand_a;   /* 12 bits */
static guint64 last_rand_b;   /* 62 bits */

#define RAND_B_MASK ((G_GUINT64_CONSTANT (1) << 62) - 1)

static void
seed (void)
{
  last_rand_a = g_random_int () & 0x7ff;
  last_rand_b = (((guint64) g_random_int () << 32) | g_random_int ()) & RAND_B_MASK;
}

/**
 * pursuit_uuid_write_at:
 * @unix_ms: the time, in milliseconds since 1970 (the clock's, or a
 *   test's)
 * @out: where to write the UUID, lowercase, with its NUL
 *
 * Writes a time-ordered UUID, above every one this process wrote before.
 */
void
pursuit_uuid_write_at (gint64 unix_ms,
                       char   out[PURSUIT_UUID_SIZE])
{
  static const char digits[] = "0123456789abcdef";
  guint8 bytes[16];
  guint64 ms;
  guint32 rand_a;
  guint64 rand_b;
  guint n = 0;

  G_LOCK (last);
  if (unix_ms > last_ms)
    {
      last_ms = unix_ms;
      seed ();
    }
  else if (++last_rand_b > RAND_B_MASK)
    {
      last_rand_b = 0;
      if (++last_rand_a > 0xfff)
        {
          last_ms++;
          seed ();
        }
    }
  ms = (guint64) last_ms;
  rand_a = last_rand_a;
  rand_b = last_rand_b;
  G_UNLOCK (last);

  for (guint i = 0; i < 6; i++)
    bytes[i] = (ms >> (40 - 8 * i)) & 0xff;
  bytes[6] = 0x70 | (rand_a >> 8);        /* version 7 */
  bytes[7] = rand_a & 0xff;
  bytes[8] = 0x80 | (rand_b >> 56);       /* the RFC's variant */
  for (guint i = 9; i < 16; i++)
    bytes[i] = (rand_b >> (8 * (15 - i))) & 0xff;

  /* Lowercase hex with the dashes at fixed places: the text sorts as the
   * numbers do, so the index's order is the time's. */
  for (guint i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        out[n++] = '-';
      out[n++] = digits[bytes[i] >> 4];
      out[n++] = digits[bytes[i] & 0x0f];
    }
  out[n] = '\0';
}

/**
 * pursuit_uuid_write:
 *
 * Writes a time-ordered UUID for now in place: an import makes 100,000,
 * and an allocation for each showed in its time.
 */
void
pursuit_uuid_write (char out[PURSUIT_UUID_SIZE])
{
  pursuit_uuid_write_at (g_get_real_time () / 1000, out);
}

/**
 * pursuit_uuid_new:
 *
 * Returns: (transfer full): a new time-ordered UUID
 */
char *
pursuit_uuid_new (void)
{
  char *uuid = g_malloc (PURSUIT_UUID_SIZE);

  pursuit_uuid_write (uuid);
  return uuid;
}
