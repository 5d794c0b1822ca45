/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-data-json.h"
#include "pursuit-fuzz.h"

/* The reader of Pursuit's JSON export (pursuit-cli import, the data it
 * restores), on any bytes: the file may come from anywhere.
 *
 * - A file refused says why in readable text, in the export's error domain.
 * - A file read gives the data in the shape the store takes; that data
 *   written out reads back, to the same tables, and written again gives
 *   the same bytes (the writer's text is a fixed point: an export read and
 *   written again is the same file). Members may come in another order
 *   than the file had them, so the data itself is not compared. */

static void
check (const char *text,
       gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) data = pursuit_data_json_read (text, length, &error);
  g_autoptr(GVariant) again = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  gsize written_length = 0;
  gsize rewritten_length = 0;

  if (data == NULL)
    {
      pursuit_fuzz_assert_error_readable (error, PURSUIT_DATA_JSON_ERROR);
      return;
    }
  if (!g_variant_is_of_type (data, PURSUIT_DATA_JSON_TYPE))
    pursuit_fuzz_fail ("The export read as %s", g_variant_get_type_string (data));

  written = pursuit_data_json_write (data, &written_length);
  if (!g_utf8_validate (written, written_length, NULL))
    pursuit_fuzz_fail ("The export written is not UTF-8");
  again = pursuit_data_json_read (written, written_length, &error);
  if (again == NULL)
    pursuit_fuzz_fail ("The export written does not read back: %s", error->message);
  if (g_variant_n_children (data) != g_variant_n_children (again))
    pursuit_fuzz_fail ("The export written reads back to other tables");
  rewritten = pursuit_data_json_write (again, &rewritten_length);
  if (rewritten_length != written_length || memcmp (written, rewritten, written_length) != 0)
    pursuit_fuzz_fail ("The export written twice differs");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = pursuit_fuzz_text (data, size);

  /* As read from a file (NULs and all), and as a C string. */
  check ((const char *) data, size);
  check (text, -1);
  return 0;
}
