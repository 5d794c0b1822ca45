/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include "pursuit-error.h"
#include "pursuit-fuzz.h"
#include "pursuit-repository.h"

/* The job search (pursuit_repository_search_jobs) on any text a person can
 * type into the search entry or give pursuit-cli search, against a small
 * database in a temporary folder. FTS5 has a query language of its own;
 * the search must take every input literally, so no query may fail. The
 * answers are checked against each other: the order of the words does not
 * matter, letter case does not matter, and more words never find more. */

static const char *const jobs[][4] = {
  /* company, title, location, notes */
  { "Acme Ltd", "Customer Service Specialist", "Leeds", "Call back Monday" },
  { "Café Société", "Responsable du service client", "Lyon", "naïve résumé, entretien à 10 h" },
  { "O'Brien & Sons", "Call Center Agent", "Cork", "\"Best\" team; AND OR NOT NEAR" },
  { "株式会社サポート", "カスタマーサポート", "東京", "日本語で面接" },
  { "Kundenservice GmbH", "Kundenservice-Mitarbeiter (m/w/d)", "München", "Straße, Ärger, Übung" },
  { "C++ Support Co", "Tier 2 support: C++/Qt", "Remote", "col:value title:agent \"* ^ NEAR(a b)" },
  { "Zoë's Helpdesk", "Help-desk agent", "Zürich", "emoji 🎧 and tabs\tand\nlines" },
  { "Acme Ltd", "Team Lead, Support", "Leeds", "" },
};

static char *folder;
static char *path;
static PursuitRepository *repository;
static GArray *job_ids;

static void
remove_folder (void)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);

  g_clear_object (&repository);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (lock);
  g_rmdir (folder);
}

static void
set_up (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stages = NULL;

  folder = g_dir_make_tmp ("pursuit-fuzz-search-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (folder, "pursuit.db", NULL);
  repository = pursuit_repository_open (path, &error);
  g_assert_no_error (error);
  atexit (remove_folder);

  stages = pursuit_repository_list_stages (repository);
  job_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      g_autoptr(PursuitJob) job = pursuit_job_new ();
      gint64 id;

      pursuit_job_set_company (job, jobs[i][0]);
      pursuit_job_set_title (job, jobs[i][1]);
      pursuit_job_set_location (job, jobs[i][2]);
      pursuit_job_set_notes (job, jobs[i][3]);
      pursuit_job_set_stage (job, g_ptr_array_index (stages, i % stages->len));
      pursuit_repository_insert_job (repository, job, 1764547200 + i, &error);
      g_assert_no_error (error);
      id = pursuit_job_get_id (job);
      g_array_append_val (job_ids, id);
    }
}

static GArray *
search (const char *query)
{
  g_autoptr(GError) error = NULL;
  GArray *ids = pursuit_repository_search_jobs (repository, query, &error);

  /* Text that is not UTF-8 is refused with a clear error, and only it. */
  if (!g_utf8_validate (query, -1, NULL))
    {
      g_assert_null (ids);
      g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
      return NULL;
    }
  if (ids == NULL)
    pursuit_fuzz_fail ("The search for “%s” failed: %s", query, error->message);
  g_assert_no_error (error);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      /* Ascending, as pursuit_job_ids_contain() needs, and real jobs. */
      if (i > 0)
        g_assert_cmpint (g_array_index (ids, gint64, i - 1), <, id);
      g_assert_true (pursuit_job_ids_contain (job_ids, id));
      g_assert_true (pursuit_job_ids_contain (ids, id));
    }
  return ids;
}

/* Whether @word is searched as one word by itself: a single letter is
 * not searched, and a word of signs alone has nothing to look for, so FTS5
 * finds nothing with it alone but ignores it beside other words. */
static gboolean
is_plain_word (const char *word)
{
  if (!g_utf8_validate (word, -1, NULL) || g_utf8_strlen (word, -1) < 2)
    return FALSE;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isalnum (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

static void
assert_same_ids (GArray     *ids,
                 GArray     *other,
                 const char *what)
{
  if (ids->len != other->len)
    pursuit_fuzz_fail ("%s: %u jobs found, then %u", what, ids->len, other->len);
  for (guint i = 0; i < ids->len; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, g_array_index (other, gint64, i));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *query = pursuit_fuzz_text (data, size);
  g_autofree char *upper = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) upper_ids = NULL;
  g_auto(GStrv) words = NULL;
  guint n_words;

  if (repository == NULL)
    set_up ();

  ids = search (query);
  if (ids == NULL)
    return 0;

  /* Letter case does not matter (FTS5 folds it; ASCII at least). */
  upper = g_ascii_strup (query, -1);
  upper_ids = search (upper);
  assert_same_ids (ids, upper_ids, "in capitals");

  /* The same words the other way round find the same jobs, and the first
   * word alone finds at least those. The words are split as a person sees
   * them, at spaces and line breaks. */
  words = g_strsplit_set (query, " \t\n\r", -1);
  n_words = g_strv_length (words);
  if (n_words > 1)
    {
      g_autoptr(GPtrArray) reversed = g_ptr_array_new_null_terminated (n_words, NULL, TRUE);
      g_autofree char *reversed_query = NULL;
      g_autoptr(GArray) reversed_ids = NULL;
      g_autoptr(GArray) first_ids = NULL;

      for (guint i = n_words; i > 0; i--)
        g_ptr_array_add (reversed, words[i - 1]);
      reversed_query = g_strjoinv (" ", (char **) reversed->pdata);
      reversed_ids = search (reversed_query);
      assert_same_ids (ids, reversed_ids, "with the words reversed");

      first_ids = search (words[0]);
      if (is_plain_word (words[0]))
        {
          for (guint i = 0; i < ids->len; i++)
            g_assert_true (pursuit_job_ids_contain (first_ids, g_array_index (ids, gint64, i)));
        }
    }

  return 0;
}
