/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-salary-private.h"

/* Job title -> role guide and ladder level.
 *
 * A title is cut into segments at commas, brackets, slashes and spaced
 * dashes ("Customer Service Rep - Remote (Spanish)"), and each segment into
 * words, folded to lower-case ASCII. Words are then rewritten (abbreviations
 * and spellings: "Sr." -> senior, "Rep" -> representative, "centre" ->
 * center) and sorted: seniority ("senior", "II", "head of"), noise
 * ("remote", "bilingual", "part-time"), filler ("of", "operations") and the
 * core that names the job. The guides' aliases, ladder level titles and
 * guide titles go through the same steps once, when the matcher is made,
 * into tables keyed on core and seniority; a title is looked up in them,
 * first as written, then with synonyms ("support" and "care" after
 * "customer" read as "service", "client" as "customer"). Only when that
 * fails is a guess made from the words that name the work ("customer
 * service", "call center", "contact center") and a front-line job word
 * ("advisor"). The word "service" or "customer" alone is never enough. */

typedef struct
{
  const PursuitSalaryRole *role;
  const PursuitSalaryLevel *level;
} Target;

struct _PursuitTitleMatcher
{
  GPtrArray *roles;           /* PursuitSalaryRole */
  GHashTable *exact;          /* normalized title -> Target */
  GHashTable *plain;          /* "core|seniority" -> Target, words as written */
  GHashTable *canonical;      /* "core|seniority" -> Target, with synonyms */
  GHashTable *levels;         /* level id -> PursuitSalaryLevel */
  GHashTable *level_roles;    /* level id -> PursuitSalaryRole */
};

typedef enum
{
  WORD_CORE,
  WORD_SENIORITY,
  WORD_NOISE,
  WORD_FILLER,
} WordClass;

typedef struct
{
  char *plain;                /* lower-case ASCII, abbreviations expanded */
  char *canonical;            /* with synonyms */
  char *original;             /* as written, for reasons */
  char *rewritten_from;       /* the abbreviation or spelling it came from */
  WordClass word_class;
  PursuitSeniority seniority;
  guint segment;
} Word;

typedef struct
{
  GArray *words;              /* Word */
  guint n_segments;
} Analysis;

/* Abbreviations and spellings, read without a note when @silent (plurals). */
static const struct
{
  const char *from;
  const char *to;
  gboolean silent;
} rewrites[] = {
  { "sr", "senior", FALSE }, { "snr", "senior", FALSE }, { "jr", "junior", FALSE },
  { "rep", "representative", FALSE }, { "reps", "representative", FALSE }, { "repr", "representative", FALSE },
  { "csr", "customer service representative", FALSE }, { "cs", "customer service", FALSE },
  { "cx", "customer experience", FALSE }, { "cust", "customer", FALSE }, { "svc", "service", FALSE },
  { "svcs", "service", FALSE }, { "serv", "service", FALSE }, { "ctr", "center", FALSE }, { "cntr", "center", FALSE },
  { "centre", "center", FALSE }, { "centres", "center", FALSE }, { "callcenter", "call center", FALSE },
  { "callcentre", "call center", FALSE }, { "mgr", "manager", FALSE }, { "mngr", "manager", FALSE },
  { "assoc", "associate", FALSE }, { "asst", "assistant", FALSE }, { "coord", "coordinator", FALSE },
  { "spec", "specialist", FALSE }, { "exec", "executive", FALSE }, { "adviser", "advisor", FALSE },
  { "supv", "supervisor", FALSE }, { "supvr", "supervisor", FALSE }, { "dir", "director", FALSE },
  { "ops", "operations", FALSE },
  { "services", "service", TRUE }, { "centers", "center", TRUE }, { "representatives", "representative", TRUE },
  { "agents", "agent", TRUE }, { "specialists", "specialist", TRUE }, { "associates", "associate", TRUE },
  { "advisors", "advisor", TRUE }, { "managers", "manager", TRUE },
};

static const struct
{
  const char *word;
  PursuitSeniority seniority;
} seniority_words[] = {
  { "senior", PURSUIT_SENIORITY_SENIOR }, { "principal", PURSUIT_SENIORITY_SENIOR },
  { "experienced", PURSUIT_SENIORITY_SENIOR }, { "junior", PURSUIT_SENIORITY_JUNIOR },
  { "trainee", PURSUIT_SENIORITY_JUNIOR }, { "apprentice", PURSUIT_SENIORITY_JUNIOR },
  { "graduate", PURSUIT_SENIORITY_JUNIOR }, { "intern", PURSUIT_SENIORITY_JUNIOR },
  { "lead", PURSUIT_SENIORITY_TEAM_LEAD }, { "leader", PURSUIT_SENIORITY_TEAM_LEAD },
  { "supervisor", PURSUIT_SENIORITY_SUPERVISOR }, { "manager", PURSUIT_SENIORITY_MANAGER },
  { "head", PURSUIT_SENIORITY_HEAD }, { "director", PURSUIT_SENIORITY_DIRECTOR },
  { "vp", PURSUIT_SENIORITY_VP }, { "svp", PURSUIT_SENIORITY_VP }, { "evp", PURSUIT_SENIORITY_VP },
};

/* Two words read as one seniority. */
static const struct
{
  const char *first;
  const char *second;
  PursuitSeniority seniority;
} seniority_phrases[] = {
  { "entry", "level", PURSUIT_SENIORITY_JUNIOR },
  { "team", "lead", PURSUIT_SENIORITY_TEAM_LEAD },
  { "team", "leader", PURSUIT_SENIORITY_TEAM_LEAD },
  { "vice", "president", PURSUIT_SENIORITY_VP },
  { "head", "of", PURSUIT_SENIORITY_HEAD },
  { "assistant", "manager", PURSUIT_SENIORITY_SUPERVISOR },
};

/* What says where, when or how the job is done, not what it is. */
static const char * const noise_words[] = {
  "remote", "hybrid", "onsite", "on", "site", "office", "home", "based", "work", "from", "wfh", "virtual",
  "telecommute", "bilingual", "multilingual", "trilingual", "speaking", "english", "spanish", "french",
  "german", "italian", "portuguese", "dutch", "polish", "mandarin", "cantonese", "chinese", "japanese",
  "korean", "vietnamese", "tagalog", "filipino", "arabic", "hindi", "russian", "ukrainian", "romanian",
  "greek", "swedish", "danish", "norwegian", "finnish", "turkish", "hebrew", "thai", "czech", "hungarian",
  "part", "full", "time", "ft", "pt", "temporary", "temp", "seasonal", "contract", "contractor",
  "permanent", "perm", "fixed", "term", "night", "nights", "day", "days", "evening", "evenings", "weekend",
  "weekends", "overnight", "overnights", "shift", "shifts", "graveyard", "swing", "flexible", "flex",
  "hours", "hour", "hr", "hourly", "urgent", "urgently", "immediate", "immediately", "start", "hiring",
  "now", "needed", "wanted", "new", "position", "job", "opening", "opportunity", "inbound", "outbound",
  "voice", "non", "nonvoice", "sign", "bonus", "paid", "per", "usd", "weekly", "m", "w", "d", "f", "x",
};

static const char * const filler_words[] = {
  "of", "the", "and", "for", "a", "an", "to", "with", "at", "in", "operations", "department", "dept", "team",
};

/* Job words of front-line work: with a word for the work before them they
 * make a customer service, call or contact center job. */
static const char * const frontline_nouns[] = {
  "specialist", "representative", "agent", "associate", "advisor", "executive", "officer", "consultant",
  "coordinator", "assistant", "operator", "clerk", "ambassador", "professional", "member",
};

/* Pairs of words that name the work. */
typedef enum
{
  FUNCTION_NONE,
  FUNCTION_CUSTOMER_SERVICE,
  FUNCTION_CUSTOMER_EXPERIENCE,
  FUNCTION_CALL_CENTER,
  FUNCTION_CONTACT_CENTER,
} Function;

static const struct
{
  const char *first;
  const char *second;
  Function function;
  const char *core;   /* the words the tables know the work by */
} function_pairs[] = {
  { "customer", "service", FUNCTION_CUSTOMER_SERVICE, "customer service" },
  { "customer", "contact", FUNCTION_CUSTOMER_SERVICE, "customer service" },
  { "customer", "experience", FUNCTION_CUSTOMER_EXPERIENCE, "customer experience" },
  { "call", "center", FUNCTION_CALL_CENTER, "call center" },
  { "contact", "center", FUNCTION_CONTACT_CENTER, "contact center" },
};

static gboolean
in_list (const char * const *list,
         gsize               n,
         const char         *word)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (list[i], word))
      return TRUE;
  return FALSE;
}

#define IN_LIST(list, word) in_list (list, G_N_ELEMENTS (list), word)

static gboolean
is_frontline_noun (const char *word)
{
  return IN_LIST (frontline_nouns, word);
}

static PursuitSeniority
find_seniority_word (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (seniority_words); i++)
    if (g_str_equal (seniority_words[i].word, word))
      return seniority_words[i].seniority;
  return PURSUIT_SENIORITY_NONE;
}

/* "I", "II", "3": a grade. I is junior, II the level without a seniority
 * word, III and up senior. */
static PursuitSeniority
read_grade (const char *word)
{
  static const char * const romans[] = { "i", "ii", "iii", "iv", "v" };

  for (guint i = 0; i < G_N_ELEMENTS (romans); i++)
    {
      char digit[2] = { (char) ('1' + i), '\0' };

      if (g_str_equal (word, romans[i]) || g_str_equal (word, digit))
        return i == 0 ? PURSUIT_SENIORITY_JUNIOR : i == 1 ? PURSUIT_SENIORITY_MID : PURSUIT_SENIORITY_SENIOR;
    }
  return PURSUIT_SENIORITY_NONE;
}

PursuitSeniority
pursuit_seniority_of_ladder (PursuitSeniority seniority)
{
  switch (seniority)
    {
    case PURSUIT_SENIORITY_MID:
      return PURSUIT_SENIORITY_NONE;
    case PURSUIT_SENIORITY_SUPERVISOR:
      return PURSUIT_SENIORITY_TEAM_LEAD;
    case PURSUIT_SENIORITY_HEAD:
      return PURSUIT_SENIORITY_DIRECTOR;
    case PURSUIT_SENIORITY_NONE:
    case PURSUIT_SENIORITY_JUNIOR:
    case PURSUIT_SENIORITY_SENIOR:
    case PURSUIT_SENIORITY_TEAM_LEAD:
    case PURSUIT_SENIORITY_MANAGER:
    case PURSUIT_SENIORITY_DIRECTOR:
    case PURSUIT_SENIORITY_VP:
    default:
      return seniority;
    }
}

static void
word_clear (gpointer data)
{
  Word *word = data;

  g_free (word->plain);
  g_free (word->canonical);
  g_free (word->original);
  g_free (word->rewritten_from);
}

static void
analysis_clear (Analysis *analysis)
{
  g_clear_pointer (&analysis->words, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Analysis, analysis_clear)

static Word *
word_at (Analysis *analysis,
         guint     i)
{
  return i < analysis->words->len ? &g_array_index (analysis->words, Word, i) : NULL;
}

static gboolean
is_segment_break (gunichar    c,
                  const char *previous,
                  const char *next)
{
  if (strchr (",()[]{}|;:/\\", (int) c) != NULL && c < 0x80)
    return TRUE;
  if (c == 0x2013 || c == 0x2014 || c == 0x2015)
    return TRUE;
  /* A dash with a space beside it: "Rep - Remote", not "Part-time". */
  return c == '-' && ((previous != NULL && g_unichar_isspace (g_utf8_get_char (previous))) ||
                      g_unichar_isspace (g_utf8_get_char (next)));
}

static void
add_word (Analysis   *analysis,
          const char *original,
          guint       segment)
{
  g_autofree char *lower = pursuit_salary_fold (original);

  for (guint i = 0; i < G_N_ELEMENTS (rewrites); i++)
    {
      if (g_str_equal (rewrites[i].from, lower))
        {
          g_auto(GStrv) parts = g_strsplit (rewrites[i].to, " ", -1);

          for (guint j = 0; parts[j] != NULL; j++)
            {
              Word word = { 0 };

              word.plain = g_strdup (parts[j]);
              word.original = g_strdup (original);
              word.rewritten_from = rewrites[i].silent || j > 0 ? NULL : g_strdup (original);
              word.segment = segment;
              g_array_append_val (analysis->words, word);
            }
          return;
        }
    }

  {
    Word word = { 0 };

    word.plain = g_steal_pointer (&lower);
    word.original = g_strdup (original);
    word.segment = segment;
    g_array_append_val (analysis->words, word);
  }
}

/* Cuts @text into words and segments; an apostrophe stays inside a word. */
static void
split_words (Analysis   *analysis,
             const char *text)
{
  g_autoptr(GString) current = g_string_new (NULL);
  const char *previous = NULL;
  guint segment = 0;
  gboolean segment_has_words = FALSE;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '\0' && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (current, c);
          previous = p;
          continue;
        }
      if ((c == '\'' || c == 0x2019) && current->len > 0)
        {
          previous = p;
          continue;
        }

      if (current->len > 0)
        {
          add_word (analysis, current->str, segment);
          g_string_truncate (current, 0);
          segment_has_words = TRUE;
        }
      if (c == '\0')
        break;
      if (is_segment_break (c, previous, g_utf8_next_char (p)) && segment_has_words)
        {
          segment++;
          segment_has_words = FALSE;
        }
      previous = p;
    }

  analysis->n_segments = segment + 1;
}

static gboolean
next_word_is (Analysis   *analysis,
              guint       i,
              const char *plain)
{
  Word *next = word_at (analysis, i + 1);

  return next != NULL && next->segment == word_at (analysis, i)->segment && g_str_equal (next->plain, plain);
}

/* Whether a word before @i in its segment names the work. */
static gboolean
work_named_before (Analysis *analysis,
                   guint     i)
{
  for (guint j = 0; j < i; j++)
    {
      Word *word = word_at (analysis, j);

      if (word->segment == word_at (analysis, i)->segment && word->word_class == WORD_CORE &&
          (g_str_equal (word->plain, "customer") || g_str_equal (word->plain, "client") ||
           g_str_equal (word->plain, "call") || g_str_equal (word->plain, "contact")))
        return TRUE;
    }
  return FALSE;
}

static void
mark (Word            *word,
      WordClass        word_class,
      PursuitSeniority seniority)
{
  word->word_class = word_class;
  word->seniority = seniority;
}

static Word *
later_manager (Analysis *analysis,
               guint     i)
{
  for (guint j = i + 1; j < analysis->words->len && word_at (analysis, j)->segment == word_at (analysis, i)->segment; j++)
    if (g_str_equal (word_at (analysis, j)->plain, "manager"))
      return word_at (analysis, j);
  return NULL;
}

/* A grade counts at the end of a segment after a job word ("Rep II"), or
 * after "level", "tier" or "grade" ("Tier 2"). */
static gboolean
grade_allowed (Analysis *analysis,
               guint     i)
{
  Word *word = word_at (analysis, i);
  Word *previous = i > 0 ? word_at (analysis, i - 1) : NULL;
  Word *next = word_at (analysis, i + 1);

  return previous != NULL && previous->segment == word->segment &&
         (next == NULL || next->segment != word->segment) &&
         (previous->word_class == WORD_CORE || previous->word_class == WORD_SENIORITY);
}

static void
classify_words (Analysis *analysis)
{
  for (guint i = 0; i < analysis->words->len; i++)
    {
      Word *word = word_at (analysis, i);
      PursuitSeniority seniority;
      gboolean phrase = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (seniority_phrases) && !phrase; j++)
        {
          if (g_str_equal (word->plain, seniority_phrases[j].first) &&
              next_word_is (analysis, i, seniority_phrases[j].second))
            {
              Word *next = word_at (analysis, i + 1);
              g_autofree char *original = g_strdup_printf ("%s %s", word->original, next->original);

              mark (word, WORD_SENIORITY, seniority_phrases[j].seniority);
              g_free (word->original);
              word->original = g_steal_pointer (&original);
              mark (next, WORD_FILLER, PURSUIT_SENIORITY_NONE);
              phrase = TRUE;
              i++;
            }
        }
      if (phrase)
        continue;

      if ((g_str_equal (word->plain, "level") || g_str_equal (word->plain, "tier") ||
           g_str_equal (word->plain, "grade")) && word_at (analysis, i + 1) != NULL &&
          word_at (analysis, i + 1)->segment == word->segment &&
          (seniority = read_grade (word_at (analysis, i + 1)->plain)) != PURSUIT_SENIORITY_NONE)
        {
          Word *next = word_at (analysis, i + 1);
          g_autofree char *original = g_strdup_printf ("%s %s", word->original, next->original);

          mark (word, WORD_SENIORITY, seniority);
          g_free (word->original);
          word->original = g_steal_pointer (&original);
          mark (next, WORD_FILLER, PURSUIT_SENIORITY_NONE);
          i++;
          continue;
        }

      if (g_str_equal (word->plain, "assistant") && later_manager (analysis, i) != NULL)
        {
          /* "Assistant Customer Service Manager": one step below a manager. */
          Word *manager = later_manager (analysis, i);
          g_autofree char *original = g_strdup_printf ("%s %s", word->original, manager->original);

          mark (word, WORD_SENIORITY, PURSUIT_SENIORITY_SUPERVISOR);
          g_free (word->original);
          word->original = g_steal_pointer (&original);
          mark (manager, WORD_FILLER, PURSUIT_SENIORITY_NONE);
        }
      else if (word->word_class == WORD_FILLER)
        continue;
      else if ((seniority = find_seniority_word (word->plain)) != PURSUIT_SENIORITY_NONE)
        mark (word, WORD_SENIORITY, seniority);
      else if (g_str_equal (word->plain, "entry"))
        mark (word, WORD_SENIORITY, PURSUIT_SENIORITY_JUNIOR);
      else if (g_str_equal (word->plain, "associate") && !work_named_before (analysis, i) &&
               word_at (analysis, i + 1) != NULL && word_at (analysis, i + 1)->segment == word->segment)
        /* "Associate Customer Service Representative": a junior one. */
        mark (word, WORD_SENIORITY, PURSUIT_SENIORITY_JUNIOR);
      else if ((seniority = read_grade (word->plain)) != PURSUIT_SENIORITY_NONE && grade_allowed (analysis, i))
        mark (word, WORD_SENIORITY, seniority);
      else if (IN_LIST (noise_words, word->plain) || g_ascii_isdigit (word->plain[0]) ||
               (strlen (word->plain) == 1 && !g_str_equal (word->plain, "i")))
        mark (word, WORD_NOISE, PURSUIT_SENIORITY_NONE);
      else if (IN_LIST (filler_words, word->plain))
        mark (word, WORD_FILLER, PURSUIT_SENIORITY_NONE);
      else
        mark (word, WORD_CORE, PURSUIT_SENIORITY_NONE);
    }
}

/* Synonyms: "client" is a customer; after "customer", support and care are
 * service; a phone is a telephone. */
static void
apply_synonyms (Analysis *analysis)
{
  const char *previous = NULL;
  guint previous_segment = G_MAXUINT;

  for (guint i = 0; i < analysis->words->len; i++)
    {
      Word *word = word_at (analysis, i);
      const char *canonical = word->plain;

      if (word->word_class != WORD_CORE)
        continue;
      if (previous_segment != word->segment)
        previous = NULL;

      if (g_str_equal (word->plain, "client"))
        canonical = "customer";
      else if (previous != NULL && g_str_equal (previous, "customer") &&
               (g_str_equal (word->plain, "support") || g_str_equal (word->plain, "care")))
        canonical = "service";
      else if (g_str_equal (word->plain, "phone"))
        canonical = "telephone";

      word->canonical = g_strdup (canonical);
      previous = canonical;
      previous_segment = word->segment;
    }
}

static void
analyze (Analysis   *analysis,
         const char *text)
{
  analysis->words = g_array_new (FALSE, TRUE, sizeof (Word));
  g_array_set_clear_func (analysis->words, word_clear);
  split_words (analysis, text);
  classify_words (analysis);
  apply_synonyms (analysis);
}

/* Lower-case ASCII words joined by single spaces, as content's own title
 * matching reads a title. */
static char *
normalize (const char *text)
{
  g_autofree char *ascii = pursuit_salary_fold (text);
  g_autoptr(GString) result = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (space && result->len > 0)
            g_string_append_c (result, ' ');
          g_string_append_c (result, *p);
          space = FALSE;
        }
      else if (*p != '\'')
        space = TRUE;
    }

  return g_string_free (g_steal_pointer (&result), FALSE);
}

typedef struct
{
  guint segment;
  GPtrArray *core;            /* Word *, the core words of the segment */
  PursuitSeniority seniority;
  GPtrArray *seniority_words; /* Word *, the ones that gave it */
  GPtrArray *left_aside;      /* Word *, noise and lower seniority */
} Reading;

static void
reading_clear (Reading *reading)
{
  g_clear_pointer (&reading->core, g_ptr_array_unref);
  g_clear_pointer (&reading->seniority_words, g_ptr_array_unref);
  g_clear_pointer (&reading->left_aside, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reading, reading_clear)

static char *
join_core (GPtrArray *core,
           gboolean   canonical,
           guint      from)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = from; i < core->len; i++)
    {
      Word *word = g_ptr_array_index (core, i);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, canonical ? word->canonical : word->plain);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static Function
find_function (GPtrArray *core,
               guint     *at)
{
  for (guint i = 0; i + 1 < core->len; i++)
    {
      Word *first = g_ptr_array_index (core, i);
      Word *second = g_ptr_array_index (core, i + 1);

      for (guint j = 0; j < G_N_ELEMENTS (function_pairs); j++)
        {
          if (g_str_equal (first->canonical, function_pairs[j].first) &&
              g_str_equal (second->canonical, function_pairs[j].second))
            {
              if (at != NULL)
                *at = i;
              return function_pairs[j].function;
            }
        }
    }
  return FUNCTION_NONE;
}

static GPtrArray *
segment_core (Analysis *analysis,
              guint     segment)
{
  GPtrArray *core = g_ptr_array_new ();

  for (guint i = 0; i < analysis->words->len; i++)
    {
      Word *word = word_at (analysis, i);

      if (word->segment == segment && word->word_class == WORD_CORE)
        g_ptr_array_add (core, word);
    }
  return core;
}

static gboolean
segment_has_frontline_end (GPtrArray *core)
{
  return core->len > 0 && is_frontline_noun (((Word *) g_ptr_array_index (core, core->len - 1))->canonical);
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  const Word *x = *(Word * const *) a;
  const Word *y = *(Word * const *) b;

  return x < y ? -1 : x > y;
}

/* Which segment names the job: the first that names the work with a job
 * word or a leader's title, else the first that names the work, else the
 * first with any words. Other segments give their seniority when that is
 * all they hold ("- Senior", "(Level II)"), or their one job word when the
 * title is turned around ("Specialist, Customer Service"). */
static void
read_title (Analysis *analysis,
            Reading  *reading)
{
  guint chosen = G_MAXUINT;
  guint first_with_work = G_MAXUINT;
  guint first_with_words = G_MAXUINT;

  for (guint s = 0; s < analysis->n_segments; s++)
    {
      g_autoptr(GPtrArray) core = segment_core (analysis, s);
      gboolean leader = FALSE;

      for (guint i = 0; i < analysis->words->len; i++)
        {
          Word *word = word_at (analysis, i);

          if (word->segment == s && word->seniority >= PURSUIT_SENIORITY_TEAM_LEAD)
            leader = TRUE;
        }

      if (core->len > 0 && first_with_words == G_MAXUINT)
        first_with_words = s;
      if (find_function (core, NULL) == FUNCTION_NONE)
        continue;
      if (first_with_work == G_MAXUINT)
        first_with_work = s;
      if (chosen == G_MAXUINT && (segment_has_frontline_end (core) || leader))
        chosen = s;
    }

  if (chosen == G_MAXUINT)
    chosen = first_with_work != G_MAXUINT ? first_with_work : first_with_words != G_MAXUINT ? first_with_words : 0;

  reading->segment = chosen;
  reading->core = segment_core (analysis, chosen);
  reading->seniority_words = g_ptr_array_new ();
  reading->left_aside = g_ptr_array_new ();

  for (guint s = 0; s < analysis->n_segments; s++)
    {
      g_autoptr(GPtrArray) core = segment_core (analysis, s);

      if (s == chosen)
        continue;
      /* "Specialist, Customer Service" */
      if (core->len == 1 && is_frontline_noun (((Word *) g_ptr_array_index (core, 0))->canonical) &&
          !segment_has_frontline_end (reading->core) && find_function (reading->core, NULL) != FUNCTION_NONE)
        g_ptr_array_add (reading->core, g_ptr_array_index (core, 0));
      else
        g_ptr_array_extend (reading->left_aside, core, NULL, NULL);
    }

  for (guint i = 0; i < analysis->words->len; i++)
    {
      Word *word = word_at (analysis, i);
      g_autoptr(GPtrArray) core = segment_core (analysis, word->segment);
      gboolean counts = word->segment == chosen || core->len == 0;

      if (word->word_class == WORD_SENIORITY && counts)
        {
          if (word->seniority > reading->seniority)
            {
              g_ptr_array_extend_and_steal (reading->left_aside, g_steal_pointer (&reading->seniority_words));
              reading->seniority_words = g_ptr_array_new ();
              reading->seniority = word->seniority;
            }
          if (word->seniority == reading->seniority)
            g_ptr_array_add (reading->seniority_words, word);
          else
            g_ptr_array_add (reading->left_aside, word);
        }
      else if (word->word_class == WORD_NOISE || (word->word_class == WORD_SENIORITY && !counts))
        g_ptr_array_add (reading->left_aside, word);
    }

  /* In the order of the title, so words side by side read as one. */
  g_ptr_array_sort (reading->left_aside, compare_positions);
}

static char *
make_key (const char       *core,
          PursuitSeniority  seniority)
{
  return g_strdup_printf ("%s|%d", core, (int) seniority);
}

/* The level of @role's ladder a seniority stands for, or %NULL for none
 * or one the ladder does not have. */
const PursuitSalaryLevel *
pursuit_salary_find_ladder_level (const PursuitSalaryRole *role,
                                  PursuitSeniority         seniority)
{
  PursuitSeniority wanted = pursuit_seniority_of_ladder (seniority);

  if (seniority == PURSUIT_SENIORITY_NONE)
    return NULL;

  for (guint i = 0; i < role->levels->len; i++)
    {
      const PursuitSalaryLevel *level = g_ptr_array_index (role->levels, i);

      if (level->seniority == wanted)
        return level;
    }
  return NULL;
}

static void
add_target (GHashTable              *table,
            char                    *key,
            const PursuitSalaryRole *role,
            const PursuitSalaryLevel *level)
{
  Target *existing = g_hash_table_lookup (table, key);
  Target *target;

  /* The first guide to claim a title keeps it; a later claim by the same
   * guide only adds the level the first did not give. */
  if (existing != NULL)
    {
      if (existing->role == role && existing->level == NULL)
        existing->level = level;
      g_free (key);
      return;
    }

  target = g_new0 (Target, 1);
  target->role = role;
  target->level = level;
  g_hash_table_insert (table, key, target);
}

/* Files one title a guide claims (an alias, a level's title, the guide's
 * title) under its exact form and its core with seniority. */
static void
add_title (PursuitTitleMatcher      *self,
           const char               *title,
           const PursuitSalaryRole  *role,
           const PursuitSalaryLevel *level)
{
  g_auto(Analysis) analysis = { 0 };
  g_auto(Reading) reading = { 0 };
  g_autofree char *plain = NULL;
  g_autofree char *canonical = NULL;

  analyze (&analysis, title);
  read_title (&analysis, &reading);

  /* "Customer Support Manager" names no level, but its words do. */
  if (level == NULL)
    level = pursuit_salary_find_ladder_level (role, reading.seniority);

  plain = join_core (reading.core, FALSE, 0);
  canonical = join_core (reading.core, TRUE, 0);
  add_target (self->exact, normalize (title), role, level);
  add_target (self->plain, make_key (plain, reading.seniority), role, level);
  add_target (self->canonical, make_key (canonical, reading.seniority), role, level);
}

static PursuitSeniority
seniority_of_title (const char *title)
{
  g_auto(Analysis) analysis = { 0 };
  g_auto(Reading) reading = { 0 };

  analyze (&analysis, title);
  read_title (&analysis, &reading);
  return pursuit_seniority_of_ladder (reading.seniority);
}

static void
level_free (gpointer data)
{
  PursuitSalaryLevel *level = data;

  g_free (level->english_title);
  g_free (level);
}

static void
role_free (gpointer data)
{
  PursuitSalaryRole *role = data;

  g_ptr_array_unref (role->levels);
  g_free (role);
}

static const char *
english_text (PursuitContentNode *node,
              const char         *child)
{
  PursuitContentNode *found = pursuit_content_node_get_child (node, child);

  return found != NULL ? pursuit_content_node_get_untranslated (found) : NULL;
}

PursuitTitleMatcher *
pursuit_title_matcher_new (PursuitContent *content)
{
  PursuitTitleMatcher *self = g_new0 (PursuitTitleMatcher, 1);
  GListModel *guides = pursuit_content_get_guides (content);
  guint n_guides = g_list_model_get_n_items (guides);

  self->roles = g_ptr_array_new_with_free_func (role_free);
  self->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->plain = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->canonical = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->levels = g_hash_table_new (g_str_hash, g_str_equal);
  self->level_roles = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_guides; i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);
      g_autoptr(GPtrArray) levels = pursuit_guide_get_levels (guide);
      PursuitSalaryRole *role = g_new0 (PursuitSalaryRole, 1);

      role->id = g_intern_string (pursuit_guide_get_id (guide));
      role->title = pursuit_guide_get_title (guide);
      role->levels = g_ptr_array_new_with_free_func (level_free);

      for (guint j = 0; j < levels->len; j++)
        {
          PursuitContentNode *node = g_ptr_array_index (levels, j);
          PursuitSalaryLevel *level = g_new0 (PursuitSalaryLevel, 1);
          const char *years = pursuit_content_node_get_attribute (node, "years-min");

          level->id = g_intern_string (pursuit_content_node_get_attribute (node, "id"));
          level->title = pursuit_content_node_get_child_text (node, "title");
          level->english_title = g_strdup (english_text (node, "title"));
          level->seniority = seniority_of_title (level->english_title);
          level->years_min = years != NULL ? atoi (years) : -1;
          g_ptr_array_add (role->levels, level);
          g_hash_table_insert (self->levels, (gpointer) level->id, level);
          g_hash_table_insert (self->level_roles, (gpointer) level->id, role);
        }
      g_ptr_array_add (self->roles, role);
    }

  /* Aliases first, in guide order: they are the titles each guide claims.
   * Then level titles and guide titles, which a listed alias overrides
   * ("Customer Service Manager" is a level of one guide, an alias of
   * another). */
  for (guint pass = 0; pass < 3; pass++)
    {
      for (guint i = 0; i < n_guides; i++)
        {
          g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);
          PursuitSalaryRole *role = g_ptr_array_index (self->roles, i);

          if (pass == 0)
            {
              g_autoptr(GPtrArray) aliases = pursuit_guide_get_aliases (guide);

              for (guint j = 0; j < aliases->len; j++)
                {
                  PursuitContentNode *alias = g_ptr_array_index (aliases, j);
                  const char *level_id = pursuit_content_node_get_attribute (alias, "level");

                  add_title (self, pursuit_content_node_get_untranslated (alias), role,
                             level_id != NULL ? g_hash_table_lookup (self->levels, level_id) : NULL);
                }
            }
          else if (pass == 1)
            {
              for (guint j = 0; j < role->levels->len; j++)
                {
                  PursuitSalaryLevel *level = g_ptr_array_index (role->levels, j);

                  add_title (self, level->english_title, role, level);
                }
            }
          else
            add_title (self, english_text (pursuit_guide_get_node (guide), "title"), role, NULL);
        }
    }

  return self;
}

void
pursuit_title_matcher_free (PursuitTitleMatcher *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->exact);
  g_hash_table_unref (self->plain);
  g_hash_table_unref (self->canonical);
  g_hash_table_unref (self->levels);
  g_hash_table_unref (self->level_roles);
  g_ptr_array_unref (self->roles);
  g_free (self);
}

GPtrArray *
pursuit_title_matcher_get_roles (PursuitTitleMatcher *self)
{
  return self->roles;
}

const PursuitSalaryRole *
pursuit_title_matcher_find_role (PursuitTitleMatcher *self,
                                 const char          *role_id)
{
  for (guint i = 0; role_id != NULL && i < self->roles->len; i++)
    {
      const PursuitSalaryRole *role = g_ptr_array_index (self->roles, i);

      if (g_str_equal (role->id, role_id))
        return role;
    }
  return NULL;
}

const PursuitSalaryLevel *
pursuit_title_matcher_find_level (PursuitTitleMatcher      *self,
                                  const char               *level_id,
                                  const PursuitSalaryRole **role)
{
  if (role != NULL)
    *role = level_id != NULL ? g_hash_table_lookup (self->level_roles, level_id) : NULL;
  return level_id != NULL ? g_hash_table_lookup (self->levels, level_id) : NULL;
}

void
pursuit_title_part_free (PursuitTitlePart *part)
{
  if (part == NULL)
    return;
  g_free (part->reason);
  g_free (part);
}

/* What was read and how, turned into the reason's notes. */
typedef struct
{
  GPtrArray *notes;           /* char *, translated */
  gboolean synonyms;          /* the synonym table was used */
  gboolean seniority_used;    /* the seniority chose the level */
  gboolean level_missing;     /* the guide has no level for it */
} Explanation;

static void
note (Explanation *explanation,
      char        *text)
{
  g_ptr_array_add (explanation->notes, text);
}

static void
note_left_aside (Explanation *explanation,
                 GPtrArray   *words,
                 gboolean     unknown)
{
  g_autoptr(GPtrArray) phrases = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  Word *previous = NULL;

  for (guint i = 0; i < words->len; i++)
    {
      Word *word = g_ptr_array_index (words, i);

      /* A rewritten word ("CSR") appears once however many words it gave;
       * words side by side make one phrase ("Night Shift"). */
      if (previous != NULL && g_str_equal (previous->original, word->original) && word == previous + 1)
        ;
      else if (previous != NULL && word == previous + 1 && word->segment == previous->segment)
        {
          char *joined = g_strdup_printf ("%s %s", (char *) g_ptr_array_index (phrases, phrases->len - 1),
                                          word->original);

          g_free (g_ptr_array_steal_index (phrases, phrases->len - 1));
          g_ptr_array_add (phrases, joined);
        }
      else
        g_ptr_array_add (phrases, g_strdup (word->original));
      previous = word;
    }
  if (phrases->len == 0)
    return;

  list = pursuit_salary_quote_list (phrases);
  note (explanation, unknown
        /* Translators: %s is one or more quoted words of a job title */
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s is not a known word and is left aside",
                                        "%s are not known words and are left aside", phrases->len), list)
        /* Translators: %s is one or more quoted words of a job title, “Remote”, “Spanish” */
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s is left aside", "%s are left aside", phrases->len), list));
}

static void
note_rewrites (Explanation *explanation,
               Reading     *reading,
               gboolean     synonyms)
{
  /* Seniority words are told of once, as giving the level. */
  GPtrArray *words = reading->core;

  for (guint i = 0; i < words->len; i++)
    {
      Word *word = g_ptr_array_index (words, i);

      if (word->rewritten_from != NULL)
        {
          g_autoptr(GPtrArray) expanded = g_ptr_array_new ();
          g_autofree char *joined = NULL;

          /* "CSR" gave three words: say them together. */
          for (guint j = i; j < words->len && g_str_equal (((Word *) g_ptr_array_index (words, j))->original, word->original); j++)
            g_ptr_array_add (expanded, ((Word *) g_ptr_array_index (words, j))->plain);
          g_ptr_array_add (expanded, NULL);
          joined = g_strjoinv (" ", (char **) expanded->pdata);
          /* Translators: an abbreviation or spelling in a job title and how it is read, “Rep” is read as “representative” */
          note (explanation, g_strdup_printf (_("“%s” is read as “%s”"), word->rewritten_from, joined));
        }
      if (synonyms && word->canonical != NULL && !g_str_equal (word->canonical, word->plain))
        note (explanation, g_strdup_printf (_("“%s” is read as “%s”"), word->original, word->canonical));
    }
}

static void
note_seniority (Explanation *explanation,
                Reading     *reading)
{
  g_autoptr(GPtrArray) originals = g_ptr_array_new ();
  g_autofree char *list = NULL;

  for (guint i = 0; i < reading->seniority_words->len; i++)
    g_ptr_array_add (originals, ((Word *) g_ptr_array_index (reading->seniority_words, i))->original);
  if (originals->len == 0)
    return;

  list = pursuit_salary_quote_list (originals);
  if (explanation->level_missing)
    /* Translators: %s is a quoted seniority word of a job title, “Director” */
    note (explanation, g_strdup_printf (_("the guide has no level for %s"), list));
  else if (explanation->seniority_used)
    /* Translators: %s is a quoted seniority word of a job title, “Sr” */
    note (explanation, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s gives the level", "%s give the level",
                                                     originals->len), list));
}

typedef struct
{
  const PursuitSalaryRole *role;
  const PursuitSalaryLevel *level;
} Found;

static gboolean
resolve_target (Target           *target,
                PursuitSeniority  seniority,
                gboolean          direct,
                Found            *found,
                Explanation      *explanation)
{
  found->role = target->role;
  if (direct && target->level != NULL)
    {
      found->level = target->level;
      explanation->seniority_used = seniority != PURSUIT_SENIORITY_NONE;
    }
  else
    {
      found->level = pursuit_salary_find_ladder_level (target->role, seniority);
      explanation->seniority_used = found->level != NULL;
      explanation->level_missing = found->level == NULL && seniority != PURSUIT_SENIORITY_NONE;
    }
  return TRUE;
}

/* Looks @core up with the seniority as read, then as a ladder reads it
 * (a supervisor is a team lead), then without it, taking the level from
 * the guide's ladder. */
static gboolean
look_up (GHashTable       *table,
         const char       *core,
         PursuitSeniority  seniority,
         Found            *found,
         Explanation      *explanation)
{
  g_autofree char *key = make_key (core, seniority);
  PursuitSeniority ladder = pursuit_seniority_of_ladder (seniority);
  Target *target;

  if ((target = g_hash_table_lookup (table, key)) != NULL)
    return resolve_target (target, seniority, TRUE, found, explanation);

  if (ladder != seniority)
    {
      g_autofree char *ladder_key = make_key (core, ladder);

      if ((target = g_hash_table_lookup (table, ladder_key)) != NULL)
        {
          explanation->seniority_used = TRUE;
          return resolve_target (target, seniority, ladder != PURSUIT_SENIORITY_NONE, found, explanation);
        }
    }

  if (seniority != PURSUIT_SENIORITY_NONE)
    {
      g_autofree char *plain_key = make_key (core, PURSUIT_SENIORITY_NONE);

      if ((target = g_hash_table_lookup (table, plain_key)) != NULL)
        return resolve_target (target, seniority, FALSE, found, explanation);
    }

  return FALSE;
}

static const char *
function_core (Function function)
{
  for (guint i = 0; i < G_N_ELEMENTS (function_pairs); i++)
    if (function_pairs[i].function == function)
      return function_pairs[i].core;
  return NULL;
}

/* The guide of front-line work of a kind: the one that claims "customer
 * service specialist", "call center agent" and the like. */
static const PursuitSalaryRole *
find_frontline_role (PursuitTitleMatcher *self,
                     Function             function)
{
  static const char * const nouns[] = { "specialist", "representative", "agent", "associate" };
  const char *core = function_core (function);

  for (guint i = 0; core != NULL && i < G_N_ELEMENTS (nouns); i++)
    {
      g_autofree char *key = g_strdup_printf ("%s %s|%d", core, nouns[i], PURSUIT_SENIORITY_NONE);
      Target *target = g_hash_table_lookup (self->canonical, key);

      if (target != NULL)
        return target->role;
    }
  return NULL;
}

/* Call and contact centers are neighbours, as are customer service and
 * customer experience: a leader's title missing from one is looked for in
 * the other. */
static Function
neighbour_function (Function function)
{
  switch (function)
    {
    case FUNCTION_CUSTOMER_SERVICE:
      return FUNCTION_CUSTOMER_EXPERIENCE;
    case FUNCTION_CUSTOMER_EXPERIENCE:
      return FUNCTION_CUSTOMER_SERVICE;
    case FUNCTION_CALL_CENTER:
      return FUNCTION_CONTACT_CENTER;
    case FUNCTION_CONTACT_CENTER:
      return FUNCTION_CALL_CENTER;
    case FUNCTION_NONE:
    default:
      return FUNCTION_NONE;
    }
}

static gboolean
guess_leader (PursuitTitleMatcher *self,
              Function             function,
              PursuitSeniority     seniority,
              Found               *found,
              Explanation         *explanation)
{
  Function functions[2] = { function, neighbour_function (function) };

  for (guint i = 0; i < G_N_ELEMENTS (functions); i++)
    {
      const PursuitSalaryRole *frontline = find_frontline_role (self, functions[i]);
      Explanation attempt = { explanation->notes, FALSE, FALSE, FALSE };

      if (look_up (self->canonical, function_core (functions[i]), seniority, found, &attempt) ||
          (frontline != NULL && (found->level = pursuit_salary_find_ladder_level (frontline, seniority)) != NULL &&
           (found->role = frontline) != NULL))
        {
          explanation->seniority_used = TRUE;
          if (i > 0)
            /* Translators: the words for the work in a job title and how they are read, “call center” is read as “contact center” */
            note (explanation, g_strdup_printf (_("“%s” is read as “%s”"), function_core (function),
                                                function_core (functions[i])));
          return TRUE;
        }
    }
  return FALSE;
}

/* The last resort: the words that name the work, with a front-line job
 * word right after them and last ("Customer Care Advisor"), or alone in
 * the first segment ("Customer Service - Part Time"), or with a leader's
 * title ("Head of Customer Experience"). */
static gboolean
guess (PursuitTitleMatcher *self,
       Reading             *reading,
       Found               *found,
       Explanation         *explanation)
{
  guint at = 0;
  Function function = find_function (reading->core, &at);
  gboolean work_only = function != FUNCTION_NONE && at == 0 && reading->core->len == 2;
  g_autofree char *work = NULL;
  const PursuitSalaryRole *role;

  if (function == FUNCTION_NONE)
    return FALSE;

  if (at + 3 == reading->core->len && segment_has_frontline_end (reading->core))
    {
      Word *noun = g_ptr_array_index (reading->core, at + 2);

      if ((role = find_frontline_role (self, function)) == NULL)
        return FALSE;
      found->role = role;
      found->level = pursuit_salary_find_ladder_level (role, reading->seniority);
      explanation->seniority_used = found->level != NULL;
      explanation->level_missing = found->level == NULL && reading->seniority != PURSUIT_SENIORITY_NONE;
      /* Translators: %s is a job word of a title, “Advisor” */
      note (explanation, g_strdup_printf (_("“%s” is taken as a front-line job"), noun->original));
      return TRUE;
    }

  if (!work_only)
    return FALSE;

  if (reading->seniority >= PURSUIT_SENIORITY_TEAM_LEAD)
    return guess_leader (self, function, reading->seniority, found, explanation);

  if (reading->segment != 0 || (role = find_frontline_role (self, function)) == NULL)
    return FALSE;
  found->role = role;
  found->level = pursuit_salary_find_ladder_level (role, reading->seniority);
  explanation->seniority_used = found->level != NULL;
  work = join_core (reading->core, FALSE, 0);
  /* Translators: %s is the words for the work in a job title, “customer service” */
  note (explanation, g_strdup_printf (_("no job word: %s is taken as the front-line job"), work));
  return TRUE;
}

static char *
make_reason (const char       *title,
             const Found      *found,
             Explanation      *explanation)
{
  g_autofree char *notes = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (title));
  const char *target;

  if (found->role == NULL)
    /* Translators: %s is a job title as the user wrote it */
    return g_strdup_printf (_("No guide covers “%s”"), trimmed);

  if (explanation->notes->len == 0)
    note (explanation, g_strdup (_("the same words as a title the guide lists, in another order")));
  if (found->level == NULL && !explanation->level_missing)
    note (explanation, g_strdup (_("the title names no level")));

  target = found->level != NULL ? found->level->title : found->role->title;
  g_ptr_array_add (explanation->notes, NULL);
  /* Translators: the separator between the notes of a match's reason */
  notes = g_strjoinv (_(", "), (char **) explanation->notes->pdata);
  /* Translators: why a job title matched a guide: “Sr. Customer Service Rep → Senior Customer Service Specialist: “Rep” is read as “representative”, “Sr” gives the level” */
  return g_strdup_printf (_("%s → %s: %s"), trimmed, target, notes);
}

static gboolean
strip_unknown_start (Reading *reading,
                     guint   *from)
{
  guint at;

  /* "Pharmacy Customer Service Representative": words before the work. */
  if (find_function (reading->core, &at) == FUNCTION_NONE || at == 0 || !segment_has_frontline_end (reading->core))
    return FALSE;
  *from = at;
  return TRUE;
}

PursuitTitlePart *
pursuit_title_matcher_match (PursuitTitleMatcher *self,
                             const char          *title)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  PursuitTitlePart *part = g_new0 (PursuitTitlePart, 1);
  g_auto(Analysis) analysis = { 0 };
  g_auto(Reading) reading = { 0 };
  g_autofree char *exact_key = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *canonical = NULL;
  Explanation explanation = { notes, FALSE, FALSE, FALSE };
  Found found = { NULL, NULL };
  Target *target;
  guint from;

  if (title == NULL || title[0] == '\0')
    {
      part->confidence = PURSUIT_SALARY_CONFIDENCE_NONE;
      part->reason = g_strdup (_("No job title"));
      return part;
    }

  exact_key = normalize (title);
  if ((target = g_hash_table_lookup (self->exact, exact_key)) != NULL)
    {
      found.role = target->role;
      found.level = target->level;
      part->confidence = PURSUIT_SALARY_CONFIDENCE_EXACT;
      note (&explanation, g_strdup (_("a title the guide lists")));
      goto done;
    }

  analyze (&analysis, title);
  read_title (&analysis, &reading);
  plain = join_core (reading.core, FALSE, 0);
  canonical = join_core (reading.core, TRUE, 0);

  if (!look_up (self->plain, plain, reading.seniority, &found, &explanation) &&
      look_up (self->canonical, canonical, reading.seniority, &found, &explanation))
    explanation.synonyms = TRUE;
  if (found.role != NULL)
    {
      part->confidence = PURSUIT_SALARY_CONFIDENCE_CLOSE;
      note_rewrites (&explanation, &reading, explanation.synonyms);
      note_seniority (&explanation, &reading);
      note_left_aside (&explanation, reading.left_aside, FALSE);
      goto done;
    }

  if (strip_unknown_start (&reading, &from))
    {
      g_autofree char *rest = join_core (reading.core, TRUE, from);

      if (look_up (self->canonical, rest, reading.seniority, &found, &explanation))
        {
          g_autoptr(GPtrArray) unknown = g_ptr_array_new ();

          for (guint i = 0; i < from; i++)
            g_ptr_array_add (unknown, g_ptr_array_index (reading.core, i));
          g_ptr_array_remove_range (reading.core, 0, from);
          part->confidence = PURSUIT_SALARY_CONFIDENCE_GUESSED;
          note_rewrites (&explanation, &reading, TRUE);
          note_seniority (&explanation, &reading);
          note_left_aside (&explanation, unknown, TRUE);
          note_left_aside (&explanation, reading.left_aside, FALSE);
          goto done;
        }
    }

  if (guess (self, &reading, &found, &explanation))
    {
      part->confidence = PURSUIT_SALARY_CONFIDENCE_GUESSED;
      note_rewrites (&explanation, &reading, TRUE);
      note_seniority (&explanation, &reading);
      note_left_aside (&explanation, reading.left_aside, FALSE);
      goto done;
    }

  found.role = NULL;
  found.level = NULL;
  part->confidence = PURSUIT_SALARY_CONFIDENCE_NONE;

done:
  part->role = found.role;
  part->level = found.level;
  part->reason = make_reason (title, &found, &explanation);
  return part;
}
