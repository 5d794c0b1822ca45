/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-keyword-match.h"

/* Which of a posting's important terms a resume has, worked out here and
 * explained: no network, no model. The terms are the skills and tools of
 * the guides' vocabulary that the posting names, and the words it uses
 * most, without the words every text uses. Both texts are compared as
 * words: without case or accents, and a plural is its singular
 * ("tickets" is "ticket"). */

/* Words too common in any text, or in any job posting, to tell one job
 * from another. */
static const char * const stop_words[] = {
  "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an", "and",
  "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
  "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "etc", "every",
  "few", "for", "from", "further", "get", "had", "has", "have", "having", "he", "her", "here", "hers",
  "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "may", "me", "might",
  "more", "most", "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only",
  "or", "other", "our", "ours", "out", "over", "own", "per", "plus", "same", "shall", "she", "should",
  "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these",
  "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "via",
  "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
  "within", "without", "would", "you", "your", "yours",
  /* What every posting says. */
  "ability", "able", "apply", "candidate", "company", "day", "experience", "ideal", "including",
  "job", "join", "looking", "new", "opportunity", "position", "preferred", "required", "requirement",
  "responsibility", "role", "seeking", "strong", "using", "well", "work", "working", "year",
};

gboolean
pursuit_keyword_is_stop_word (const char *word)
{
  g_return_val_if_fail (word != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
    {
      if (g_str_equal (stop_words[i], word))
        return TRUE;
    }
  return FALSE;
}

/**
 * pursuit_keyword_singular:
 * @word: a word as pursuit_keyword_tokenize() gives it
 *
 * Returns: (transfer full): its singular by the usual English endings:
 *   "tickets" is "ticket", "queries" "query", "processes" "process"; words
 *   that only look plural ("status", "analysis", "business") stay
 */
char *
pursuit_keyword_singular (const char *word)
{
  gsize length;

  g_return_val_if_fail (word != NULL, NULL);

  length = strlen (word);
  if (length <= 3)
    return g_strdup (word);

  if (g_str_has_suffix (word, "ies") && length > 4)
    {
      g_autofree char *stem = g_strndup (word, length - 3);

      return g_strconcat (stem, "y", NULL);
    }
  if (g_str_has_suffix (word, "sses") || g_str_has_suffix (word, "ches") ||
      g_str_has_suffix (word, "shes") || g_str_has_suffix (word, "xes"))
    return g_strndup (word, length - 2);
  if (g_str_has_suffix (word, "ss") || g_str_has_suffix (word, "us") || g_str_has_suffix (word, "is"))
    return g_strdup (word);
  if (word[length - 1] == 's')
    return g_strndup (word, length - 1);
  return g_strdup (word);
}

/**
 * pursuit_keyword_tokenize:
 *
 * Returns: (transfer full) (element-type utf8): the words of @text, folded
 *   (no case, no accents) and in the singular, in order
 */
GPtrArray *
pursuit_keyword_tokenize (const char *text)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *valid = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) word = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  folded = g_utf8_casefold (valid, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);

  for (const char *p = decomposed; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* The accents NFKD took apart are dropped: "café" is "cafe". */
      if (c != 0 && g_unichar_ismark (c))
        continue;

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        {
          g_ptr_array_add (words, pursuit_keyword_singular (word->str));
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }

  return g_steal_pointer (&words);
}

static gboolean
contains_sequence (GPtrArray *haystack,
                   GPtrArray *needle)
{
  if (needle->len == 0 || needle->len > haystack->len)
    return FALSE;

  for (guint i = 0; i + needle->len <= haystack->len; i++)
    {
      guint j = 0;

      while (j < needle->len &&
             g_str_equal (g_ptr_array_index (haystack, i + j), g_ptr_array_index (needle, j)))
        j++;
      if (j == needle->len)
        return TRUE;
    }
  return FALSE;
}

static guint
count_sequence (GPtrArray *haystack,
                GPtrArray *needle)
{
  guint count = 0;

  if (needle->len == 0)
    return 0;

  for (guint i = 0; i + needle->len <= haystack->len; i++)
    {
      guint j = 0;

      while (j < needle->len &&
             g_str_equal (g_ptr_array_index (haystack, i + j), g_ptr_array_index (needle, j)))
        j++;
      if (j == needle->len)
        count++;
    }
  return count;
}

static PursuitKeyword *
keyword_new (const char *term,
             gboolean    known,
             guint       count)
{
  PursuitKeyword *keyword = g_new0 (PursuitKeyword, 1);

  keyword->term = g_strdup (term);
  keyword->known = known;
  keyword->count = count;
  return keyword;
}

static void
keyword_free (PursuitKeyword *keyword)
{
  g_free (keyword->term);
  g_free (keyword);
}

void
pursuit_keyword_match_free (PursuitKeywordMatch *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->present);
  g_ptr_array_unref (self->missing);
  g_free (self);
}

static int
compare_keywords (gconstpointer a,
                  gconstpointer b)
{
  const PursuitKeyword *x = *(PursuitKeyword * const *) a;
  const PursuitKeyword *y = *(PursuitKeyword * const *) b;

  if (x->known != y->known)
    return x->known ? -1 : 1;
  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_utf8_collate (x->term, y->term);
}

typedef struct
{
  const char *word;
  guint count;
} WordCount;

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const WordCount *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return strcmp (x->word, y->word);
}

static gboolean
is_number (const char *word)
{
  for (const char *p = word; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
    }
  return TRUE;
}

/**
 * pursuit_keyword_match_new:
 * @vocabulary: (array zero-terminated=1): the skills and tools to look
 *   for, each as its spellings separated by "|", the first shown:
 *   "CRM|customer relationship management"
 * @max_frequent: how many of the posting's most frequent words count
 *   (used at least twice, not stop words, not numbers, not part of a
 *   vocabulary term the posting names)
 *
 * Returns: (transfer full): which terms of @posting @resume has
 */
PursuitKeywordMatch *
pursuit_keyword_match_new (const char         *posting,
                           const char         *resume,
                           const char * const *vocabulary,
                           guint               max_frequent)
{
  g_autoptr(PursuitKeywordMatch) self = g_new0 (PursuitKeywordMatch, 1);
  g_autoptr(GPtrArray) posting_words = NULL;
  g_autoptr(GPtrArray) resume_words = NULL;
  g_autoptr(GHashTable) claimed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) frequent = g_array_new (FALSE, FALSE, sizeof (WordCount));
  g_autoptr(GHashTable) resume_set = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;
  guint total;

  g_return_val_if_fail (posting != NULL, NULL);
  g_return_val_if_fail (resume != NULL, NULL);

  self->present = g_ptr_array_new_with_free_func ((GDestroyNotify) keyword_free);
  self->missing = g_ptr_array_new_with_free_func ((GDestroyNotify) keyword_free);
  posting_words = pursuit_keyword_tokenize (posting);
  resume_words = pursuit_keyword_tokenize (resume);

  for (guint i = 0; vocabulary != NULL && vocabulary[i] != NULL; i++)
    {
      g_auto(GStrv) spellings = g_strsplit (vocabulary[i], "|", -1);
      guint in_posting = 0;
      gboolean in_resume = FALSE;

      for (guint j = 0; spellings[j] != NULL; j++)
        {
          g_autoptr(GPtrArray) words = pursuit_keyword_tokenize (spellings[j]);
          guint count = count_sequence (posting_words, words);

          in_posting += count;
          in_resume = in_resume || contains_sequence (resume_words, words);
          /* Its words are this term's, not frequent words of their own. */
          for (guint k = 0; count > 0 && k < words->len; k++)
            {
              for (guint m = 0; m < posting_words->len; m++)
                {
                  if (g_str_equal (g_ptr_array_index (posting_words, m), g_ptr_array_index (words, k)))
                    g_hash_table_add (claimed, g_ptr_array_index (posting_words, m));
                }
            }
        }

      if (in_posting > 0)
        g_ptr_array_add (in_resume ? self->present : self->missing,
                         keyword_new (g_strstrip (spellings[0]), TRUE, in_posting));
    }

  for (guint i = 0; i < posting_words->len; i++)
    {
      const char *word = g_ptr_array_index (posting_words, i);

      if (g_utf8_strlen (word, -1) < 3 || is_number (word) || pursuit_keyword_is_stop_word (word) ||
          g_hash_table_contains (claimed, word))
        continue;
      g_hash_table_insert (counts, (gpointer) word,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, word)) + 1));
    }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      WordCount entry = { key, GPOINTER_TO_UINT (value) };

      if (entry.count >= 2)
        g_array_append_val (frequent, entry);
    }
  g_array_sort (frequent, compare_counts);

  for (guint i = 0; i < resume_words->len; i++)
    g_hash_table_add (resume_set, g_ptr_array_index (resume_words, i));

  for (guint i = 0; i < frequent->len && i < max_frequent; i++)
    {
      WordCount *entry = &g_array_index (frequent, WordCount, i);

      g_ptr_array_add (g_hash_table_contains (resume_set, entry->word) ? self->present : self->missing,
                       keyword_new (entry->word, FALSE, entry->count));
    }

  g_ptr_array_sort (self->present, compare_keywords);
  g_ptr_array_sort (self->missing, compare_keywords);

  total = self->present->len + self->missing->len;
  self->coverage = total > 0 ? (self->present->len * 100 + total / 2) / total : 0;
  return g_steal_pointer (&self);
}
