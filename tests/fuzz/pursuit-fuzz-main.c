/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdlib.h>

#include "pursuit-fuzz.h"

/* A harness without libFuzzer: each argument is a file, or a folder whose
 * files are all read, and each file goes through the harness once. This is
 * how the suite replays the committed corpus with gcc, under ASan and under
 * valgrind; a broken rule or a memory error fails the test. */

static guint
run_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }

  /* Announced first, so the input that breaks a rule is named above the
   * message. */
  g_print ("%s\n", path);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
  return 1;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static guint
run_folder (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint count = 0;

  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      exit (1);
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  /* The same order every time, so a failure repeats. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (path, g_ptr_array_index (names, i), NULL);

      if (g_file_test (child, G_FILE_TEST_IS_REGULAR))
        count += run_file (child);
    }
  return count;
}

int
main (int   argc,
      char *argv[])
{
  guint count = 0;

  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE-OR-FOLDER…\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        count += run_folder (argv[i]);
      else
        count += run_file (argv[i]);
    }

  /* An empty corpus would pass without checking anything. */
  if (count == 0)
    {
      g_printerr ("No input was found in the files given\n");
      return 1;
    }

  g_print ("%u inputs, every rule held\n", count);
  return 0;
}
