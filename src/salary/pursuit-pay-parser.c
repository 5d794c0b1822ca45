/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-pay.h"
#include "pursuit-salary-private.h"

/* Reads pay as postings write it: "$19 - $22 an hour", "£24k–£27k per
 * annum", "INR 3,00,000 - 6,00,000 p.a.", "2.500,50 €", "60k+". The text
 * is cut into tokens (numbers with their multipliers, currencies, dashes,
 * words), then the first figure or range of figures is read together with
 * the currency and period written anywhere around it. */

/* The largest figure taken seriously: a year's pay in the currencies with
 * the most digits stays below it. */
#define LARGEST_FIGURE 1e9

typedef enum
{
  TOKEN_NUMBER,
  TOKEN_CURRENCY,
  TOKEN_DASH,
  TOKEN_SLASH,
  TOKEN_PLUS,
  TOKEN_WORD,
} TokenType;

typedef struct
{
  TokenType type;
  double value;              /* numbers */
  double multiplier;         /* numbers: 1, or what "k", "lakh" stood for */
  gboolean attached_plus;    /* numbers: "60k+" */
  const char *currency;      /* currencies; "$" is NULL until resolved */
  PursuitPayPeriod period;   /* words that name a period, and "LPA" */
  char *word;                /* words, lower case ASCII */
} Token;

static void
token_clear (gpointer data)
{
  Token *token = data;

  g_free (token->word);
}

/* Signs that name a currency. "$" alone is left for the caller's default
 * to decide: a posting in Canada means Canadian dollars by it. */
static const struct
{
  const char *sign;
  const char *code;
} currency_signs[] = {
  { "CAD$", "CAD" }, { "AUD$", "AUD" }, { "USD$", "USD" },
  { "CA$", "CAD" }, { "AU$", "AUD" }, { "NZ$", "NZD" }, { "MX$", "MXN" }, { "US$", "USD" },
  { "SG$", "SGD" }, { "HK$", "HKD" }, { "C$", "CAD" }, { "A$", "AUD" }, { "S$", "SGD" },
  { "R$", "BRL" }, { "$", NULL }, { "€", "EUR" }, { "£", "GBP" }, { "¥", "JPY" }, { "₹", "INR" },
  { "₱", "PHP" }, { "₩", "KRW" }, { "₺", "TRY" }, { "₦", "NGN" }, { "zł", "PLN" },
};

/* Currency codes read when written as a word ("19 usd", "INR 3,00,000"),
 * and words that name a currency. */
static const char * const currency_codes[] = {
  "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "INR", "MXN", "BRL", "PLN", "JPY", "CNY", "CHF", "SEK",
  "NOK", "DKK", "CZK", "HUF", "RON", "BGN", "ZAR", "KES", "NGN", "PHP", "SGD", "MYR", "HKD", "IDR",
  "THB", "VND", "KRW", "TRY", "AED", "SAR", "ILS", "EGP", "COP", "CLP", "PEN", "ARS", "UAH", "PKR",
  "BDT", "LKR",
};

static const struct
{
  const char *word;
  const char *code;
} currency_words[] = {
  { "dollar", NULL }, { "dollars", NULL }, { "euro", "EUR" }, { "euros", "EUR" }, { "pound", "GBP" },
  { "pounds", "GBP" }, { "rupee", "INR" }, { "rupees", "INR" }, { "rs", "INR" }, { "zl", "PLN" },
  { "zloty", "PLN" }, { "zlotych", "PLN" }, { "yen", "JPY" },
};

static const struct
{
  const char *word;
  PursuitPayPeriod period;
} period_words[] = {
  { "hour", PURSUIT_PAY_PERIOD_HOUR }, { "hours", PURSUIT_PAY_PERIOD_HOUR }, { "hr", PURSUIT_PAY_PERIOD_HOUR },
  { "hrs", PURSUIT_PAY_PERIOD_HOUR }, { "h", PURSUIT_PAY_PERIOD_HOUR }, { "hourly", PURSUIT_PAY_PERIOD_HOUR },
  { "ph", PURSUIT_PAY_PERIOD_HOUR }, { "hora", PURSUIT_PAY_PERIOD_HOUR }, { "stunde", PURSUIT_PAY_PERIOD_HOUR },
  { "heure", PURSUIT_PAY_PERIOD_HOUR },
  { "day", PURSUIT_PAY_PERIOD_DAY }, { "days", PURSUIT_PAY_PERIOD_DAY }, { "daily", PURSUIT_PAY_PERIOD_DAY },
  { "pd", PURSUIT_PAY_PERIOD_DAY }, { "tag", PURSUIT_PAY_PERIOD_DAY }, { "jour", PURSUIT_PAY_PERIOD_DAY },
  { "week", PURSUIT_PAY_PERIOD_WEEK }, { "weeks", PURSUIT_PAY_PERIOD_WEEK }, { "wk", PURSUIT_PAY_PERIOD_WEEK },
  { "weekly", PURSUIT_PAY_PERIOD_WEEK }, { "pw", PURSUIT_PAY_PERIOD_WEEK }, { "woche", PURSUIT_PAY_PERIOD_WEEK },
  { "semana", PURSUIT_PAY_PERIOD_WEEK },
  { "month", PURSUIT_PAY_PERIOD_MONTH }, { "months", PURSUIT_PAY_PERIOD_MONTH }, { "mo", PURSUIT_PAY_PERIOD_MONTH },
  { "mth", PURSUIT_PAY_PERIOD_MONTH }, { "monthly", PURSUIT_PAY_PERIOD_MONTH }, { "pcm", PURSUIT_PAY_PERIOD_MONTH },
  { "mes", PURSUIT_PAY_PERIOD_MONTH }, { "mensual", PURSUIT_PAY_PERIOD_MONTH }, { "mensuales", PURSUIT_PAY_PERIOD_MONTH },
  { "monat", PURSUIT_PAY_PERIOD_MONTH }, { "monatlich", PURSUIT_PAY_PERIOD_MONTH }, { "mies", PURSUIT_PAY_PERIOD_MONTH },
  { "miesiecznie", PURSUIT_PAY_PERIOD_MONTH }, { "mois", PURSUIT_PAY_PERIOD_MONTH }, { "mensuel", PURSUIT_PAY_PERIOD_MONTH },
  { "year", PURSUIT_PAY_PERIOD_YEAR }, { "years", PURSUIT_PAY_PERIOD_YEAR }, { "yr", PURSUIT_PAY_PERIOD_YEAR },
  { "yrs", PURSUIT_PAY_PERIOD_YEAR }, { "yearly", PURSUIT_PAY_PERIOD_YEAR }, { "annum", PURSUIT_PAY_PERIOD_YEAR },
  { "annual", PURSUIT_PAY_PERIOD_YEAR }, { "annually", PURSUIT_PAY_PERIOD_YEAR }, { "pa", PURSUIT_PAY_PERIOD_YEAR },
  { "ano", PURSUIT_PAY_PERIOD_YEAR }, { "anual", PURSUIT_PAY_PERIOD_YEAR }, { "jahr", PURSUIT_PAY_PERIOD_YEAR },
  { "jahrlich", PURSUIT_PAY_PERIOD_YEAR }, { "rok", PURSUIT_PAY_PERIOD_YEAR }, { "rocznie", PURSUIT_PAY_PERIOD_YEAR },
  { "ctc", PURSUIT_PAY_PERIOD_YEAR },
};

/* Words that say there is no figure on purpose. */
static const char * const unstated_words[] = {
  "competitive", "doe", "negotiable", "commensurate", "tbd", "tba", "undisclosed", "unspecified",
  "depending", "depends", "market", "confidential",
};

static const struct
{
  const char *word;
  double multiplier;
  PursuitPayPeriod period;
} multiplier_words[] = {
  { "k", 1e3, PURSUIT_PAY_PERIOD_UNKNOWN },
  /* "1.2M", as the short form of pursuit_pay_format_short() writes it. */
  { "m", 1e6, PURSUIT_PAY_PERIOD_UNKNOWN }, { "mn", 1e6, PURSUIT_PAY_PERIOD_UNKNOWN },
  { "million", 1e6, PURSUIT_PAY_PERIOD_UNKNOWN }, { "millions", 1e6, PURSUIT_PAY_PERIOD_UNKNOWN },
  { "lakh", 1e5, PURSUIT_PAY_PERIOD_UNKNOWN }, { "lakhs", 1e5, PURSUIT_PAY_PERIOD_UNKNOWN },
  { "lac", 1e5, PURSUIT_PAY_PERIOD_UNKNOWN }, { "lacs", 1e5, PURSUIT_PAY_PERIOD_UNKNOWN },
  { "l", 1e5, PURSUIT_PAY_PERIOD_UNKNOWN }, { "lpa", 1e5, PURSUIT_PAY_PERIOD_YEAR },
  { "cr", 1e7, PURSUIT_PAY_PERIOD_UNKNOWN }, { "crore", 1e7, PURSUIT_PAY_PERIOD_UNKNOWN },
  { "crores", 1e7, PURSUIT_PAY_PERIOD_UNKNOWN },
};

/* What a word can mean in pay text, from the tables above. */
typedef struct
{
  gboolean is_currency;
  const char *currency;       /* NULL with is_currency: "dollars" */
  PursuitPayPeriod period;
  double multiplier;          /* 0 when it is none */
  PursuitPayPeriod multiplier_period;
  gboolean unstated;
} WordMeaning;

typedef struct
{
  GHashTable *words;          /* lower-case word -> WordMeaning */
  gboolean sign_starts[256];  /* the first bytes of currency_signs */
} Index;

static WordMeaning *
meaning_for (GHashTable *words,
             const char *word)
{
  WordMeaning *meaning = g_hash_table_lookup (words, word);

  if (meaning == NULL)
    {
      meaning = g_new0 (WordMeaning, 1);
      g_hash_table_insert (words, g_strdup (word), meaning);
    }
  return meaning;
}

static Index *
build_index (void)
{
  Index *index = g_new0 (Index, 1);

  index->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (currency_codes); i++)
    {
      g_autofree char *lower = g_ascii_strdown (currency_codes[i], -1);
      WordMeaning *meaning = meaning_for (index->words, lower);

      meaning->is_currency = TRUE;
      meaning->currency = currency_codes[i];
    }
  for (guint i = 0; i < G_N_ELEMENTS (currency_words); i++)
    {
      WordMeaning *meaning = meaning_for (index->words, currency_words[i].word);

      meaning->is_currency = TRUE;
      meaning->currency = currency_words[i].code;
    }
  for (guint i = 0; i < G_N_ELEMENTS (period_words); i++)
    meaning_for (index->words, period_words[i].word)->period = period_words[i].period;
  for (guint i = 0; i < G_N_ELEMENTS (multiplier_words); i++)
    {
      WordMeaning *meaning = meaning_for (index->words, multiplier_words[i].word);

      meaning->multiplier = multiplier_words[i].multiplier;
      meaning->multiplier_period = multiplier_words[i].period;
    }
  for (guint i = 0; i < G_N_ELEMENTS (unstated_words); i++)
    meaning_for (index->words, unstated_words[i])->unstated = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (currency_signs); i++)
    index->sign_starts[(guchar) currency_signs[i].sign[0]] = TRUE;
  return index;
}

/* Built once and kept for the life of the process. */
static const Index *
get_index (void)
{
  static gsize initialized = 0;
  static Index *index = NULL;

  if (g_once_init_enter (&initialized))
    {
      index = build_index ();
      g_once_init_leave (&initialized, 1);
    }
  return index;
}

static const WordMeaning *
find_meaning (const char *word)
{
  static const WordMeaning nothing = { 0 };
  const WordMeaning *meaning = g_hash_table_lookup (get_index ()->words, word);

  return meaning != NULL ? meaning : &nothing;
}

static gboolean
is_space_char (gunichar c)
{
  /* Includes the no-break and narrow no-break spaces used between
   * thousands. */
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

static gboolean
is_dash_char (gunichar c)
{
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212 || c == '~';
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalpha (c) || g_unichar_ismark (c);
}

/* The digits at @p; @length is set to how many. */
static const char *
read_digits (const char *p,
             gsize      *length)
{
  const char *start = p;

  while (g_ascii_isdigit (*p))
    p++;
  *length = p - start;
  return p;
}

static gboolean
is_indian_grouping (GPtrArray *groups)
{
  guint n = groups->len;

  /* 3,00,000 and 12,34,56,789: the last group has three digits, the ones
   * before it two, the first one or two. */
  if (n < 3 || strlen (g_ptr_array_index (groups, n - 1)) != 3)
    return FALSE;
  for (guint i = 1; i + 1 < n; i++)
    if (strlen (g_ptr_array_index (groups, i)) != 2)
      return FALSE;
  return strlen (g_ptr_array_index (groups, 0)) <= 2;
}

static gboolean
groups_of_three (GPtrArray *groups,
                 guint      first,
                 guint      end)
{
  if (first >= end)
    return TRUE;   /* no thousands at all: "12345,50" */
  for (guint i = first; i < end; i++)
    if (strlen (g_ptr_array_index (groups, i)) != 3)
      return FALSE;
  return strlen (g_ptr_array_index (groups, 0)) <= 3;
}

static gboolean
set_bad_number (GError    **error,
                const char *start,
                gsize       length)
{
  g_autofree char *number = g_strndup (start, length);

  g_set_error (error, PURSUIT_SALARY_ERROR, PURSUIT_SALARY_ERROR_BAD_NUMBER,
               /* Translators: %s is a number as written, "1,23,4" */
               _("“%s” can be read as more than one number"), number);
  return FALSE;
}

/* Reads a number written with thousands separators (",", ".", "'", spaces)
 * and a decimal mark ("." or ","). A mark is taken as decimal only where
 * it clearly is one: the last of two kinds of mark, or a single mark
 * followed by one or two digits. A single mark before exactly three digits
 * groups thousands ("2.500 €", "38,500"). */
static gboolean
read_number (const char  *start,
             const char **end,
             double      *value,
             GError     **error)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new (NULL);   /* the mark before each group after the first */
  const char *p = start;
  gsize length;
  int decimal = 0;   /* the decimal mark, 0 for none, -1 when there is no reading */
  gboolean spaced = FALSE;

  p = read_digits (p, &length);
  g_ptr_array_add (groups, g_strndup (start, length));

  for (;;)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);
      const char *after;

      if ((c == ',' || c == '.' || c == '\'' || c == 0x2019) && g_ascii_isdigit (*next))
        {
          after = read_digits (next, &length);
          g_string_append_c (marks, c == 0x2019 ? '\'' : (char) c);
          g_ptr_array_add (groups, g_strndup (next, length));
          p = after;
          continue;
        }
      /* A space groups only before exactly three digits: "2 500". */
      if (is_space_char (c) && g_ascii_isdigit (*next))
        {
          after = read_digits (next, &length);
          if (length == 3 && strlen (g_ptr_array_index (groups, groups->len - 1)) <= 3)
            {
              g_string_append_c (marks, ' ');
              g_ptr_array_add (groups, g_strndup (next, length));
              spaced = TRUE;
              p = after;
              continue;
            }
        }
      break;
    }
  *end = p;

  if (groups->len > 1)
    {
      gboolean has_comma = strchr (marks->str, ',') != NULL;
      gboolean has_point = strchr (marks->str, '.') != NULL;
      char last = marks->str[marks->len - 1];
      gsize last_length = strlen (g_ptr_array_index (groups, groups->len - 1));
      guint n_last = 0;
      gboolean indian;

      for (gsize i = 0; i < marks->len; i++)
        n_last += marks->str[i] == last;
      indian = !spaced && !has_point && is_indian_grouping (groups);

      if (last == ',' || last == '.')
        {
          /* "2.500,50" and "1,234.56": with both marks the last one, used
           * once, is decimal; with one mark, a single one before one or
           * two digits is ("19.50", "2,5", "2 500,50"). */
          if (has_comma && has_point)
            decimal = n_last == 1 && last_length <= 2 ? last : -1;
          else if (n_last == 1 && last_length <= 2)
            decimal = last;
          else if (n_last == 1 && last_length > 3)
            decimal = -1;
        }

      if (decimal < 0 ||
          (!indian && !groups_of_three (groups, 1, decimal != 0 ? groups->len - 1 : groups->len)))
        return set_bad_number (error, start, p - start);
    }

  for (guint i = 0; i < groups->len; i++)
    {
      if (decimal != 0 && i == groups->len - 1)
        g_string_append_c (digits, '.');
      g_string_append (digits, g_ptr_array_index (groups, i));
    }

  *value = g_ascii_strtod (digits->str, NULL);
  return TRUE;
}

static const char *
match_currency_sign (const char  *p,
                     const char  *text,
                     gsize       *length,
                     gboolean    *found)
{
  *found = FALSE;
  if (!get_index ()->sign_starts[(guchar) *p])
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (currency_signs); i++)
    {
      gsize sign_length = strlen (currency_signs[i].sign);

      if (strncmp (p, currency_signs[i].sign, sign_length) != 0)
        continue;
      /* "CA$" and "zł" start a word, not the end of one. */
      if (g_ascii_isalpha (currency_signs[i].sign[0]) && p > text &&
          is_word_char (g_utf8_get_char (g_utf8_prev_char (p))))
        continue;
      *length = sign_length;
      *found = TRUE;
      return currency_signs[i].code;
    }
  return NULL;
}

/* A word as lower case ASCII; "p.a." and "p.h." are read as one word. */
static char *
read_word (const char  *p,
           const char **end)
{
  g_autoptr(GString) word = g_string_new (NULL);

  for (;;)
    {
      gunichar c = g_utf8_get_char (p);

      if (is_word_char (c))
        {
          g_string_append_unichar (word, c);
          p = g_utf8_next_char (p);
        }
      else if (c == '.' && g_utf8_strlen (word->str, -1) == 1 && g_ascii_isalpha (p[1]))
        p++;
      else
        break;
    }
  /* The period of an abbreviation such as "p.a." belongs to it. */
  if (*p == '.' && word->len > 0 && word->len <= 2)
    p++;
  *end = p;

  return pursuit_salary_fold (word->str);
}

/* Reads what follows a number: "k", "lakh", "LPA", a "+" right after it. */
static const char *
read_number_suffix (const char *p,
                    Token      *token)
{
  const char *q = p;
  const char *word_end;
  g_autofree char *word = NULL;
  const WordMeaning *meaning;

  while (is_space_char (g_utf8_get_char (q)))
    q = g_utf8_next_char (q);

  if (is_word_char (g_utf8_get_char (q)))
    {
      word = read_word (q, &word_end);
      meaning = find_meaning (word);
      if (meaning->multiplier > 0)
        {
          token->multiplier = meaning->multiplier;
          token->period = meaning->multiplier_period;
          p = word_end;
        }
    }

  if (*p == '+')
    {
      token->attached_plus = TRUE;
      p++;
    }
  return p;
}

static GArray *
tokenize (const char  *text,
          GError     **error)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, TRUE, sizeof (Token));
  const char *p = text;

  g_array_set_clear_func (tokens, token_clear);

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      Token token = { 0 };
      gsize length;
      gboolean found;
      const char *code;

      if (g_ascii_isdigit (*p))
        {
          token.type = TOKEN_NUMBER;
          token.multiplier = 1;
          if (!read_number (p, &p, &token.value, error))
            return NULL;
          p = read_number_suffix (p, &token);
          g_array_append_val (tokens, token);
          continue;
        }

      code = match_currency_sign (p, text, &length, &found);
      if (found)
        {
          token.type = TOKEN_CURRENCY;
          token.currency = code;
          g_array_append_val (tokens, token);
          p += length;
          continue;
        }

      if (is_word_char (c))
        {
          const WordMeaning *meaning;

          token.type = TOKEN_WORD;
          token.word = read_word (p, &p);
          meaning = find_meaning (token.word);
          if (meaning->is_currency)
            {
              token.type = TOKEN_CURRENCY;
              token.currency = meaning->currency;
            }
          else
            token.period = meaning->period;
          g_array_append_val (tokens, token);
          continue;
        }

      if (is_dash_char (c))
        token.type = TOKEN_DASH;
      else if (c == '/')
        token.type = TOKEN_SLASH;
      else if (c == '+')
        token.type = TOKEN_PLUS;
      else
        {
          p = g_utf8_next_char (p);
          continue;
        }
      g_array_append_val (tokens, token);
      p = g_utf8_next_char (p);
    }

  return g_steal_pointer (&tokens);
}

static Token *
token_at (GArray *tokens,
          guint   i)
{
  return i < tokens->len ? &g_array_index (tokens, Token, i) : NULL;
}

static gboolean
word_is (Token      *token,
         const char *word)
{
  return token != NULL && token->type == TOKEN_WORD && g_str_equal (token->word, word);
}

static gboolean
is_dollar_currency (const char *code)
{
  static const char * const dollars[] = { "USD", "CAD", "AUD", "NZD", "MXN", "SGD", "HKD" };

  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (dollars); i++)
    if (g_str_equal (code, dollars[i]))
      return TRUE;
  return FALSE;
}

/* Every currency the text names must be the same one. A bare "$" or
 * "dollars" takes the caller's default when that is a dollar (or peso),
 * else US dollars. */
static gboolean
find_currency (GArray      *tokens,
               const char  *default_currency,
               const char **currency,
               GError     **error)
{
  const char *found = NULL;

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *token = token_at (tokens, i);
      const char *code;

      if (token->type != TOKEN_CURRENCY)
        continue;
      code = token->currency != NULL ? token->currency
           : is_dollar_currency (default_currency) ? default_currency : "USD";
      if (found != NULL && !g_str_equal (found, code))
        {
          g_set_error (error, PURSUIT_SALARY_ERROR, PURSUIT_SALARY_ERROR_MIXED_CURRENCIES,
                       /* Translators: two ISO currency codes, "USD", "EUR" */
                       _("The pay names two currencies, %s and %s"), found, code);
          return FALSE;
        }
      found = code;
    }

  *currency = found;
  return TRUE;
}

/* The first period the text names after the figures, else before them. A
 * period right after another number ("40 hours a week") is a quantity,
 * not the pay's. */
static PursuitPayPeriod
find_period (GArray *tokens,
             guint   first_number,
             guint   last_number)
{
  for (guint pass = 0; pass < 2; pass++)
    {
      guint start = pass == 0 ? last_number : 0;
      guint end = pass == 0 ? tokens->len : first_number;

      for (guint i = start; i < end; i++)
        {
          Token *token = token_at (tokens, i);
          Token *previous = i > 0 ? token_at (tokens, i - 1) : NULL;

          if (token->period == PURSUIT_PAY_PERIOD_UNKNOWN)
            continue;
          if (token->type == TOKEN_WORD && previous != NULL && previous->type == TOKEN_NUMBER &&
              i - 1 != first_number && i - 1 != last_number)
            continue;
          return token->period;
        }
    }
  return PURSUIT_PAY_PERIOD_UNKNOWN;
}

/* "Up to", "max" before the figure: it is the higher one. "From",
 * "starting at", "min", "at least": the lower one, open-ended. */
static void
find_bound_words (GArray   *tokens,
                  guint     first_number,
                  gboolean *upper_only,
                  gboolean *lower_only)
{
  for (guint i = 0; i < first_number; i++)
    {
      Token *token = token_at (tokens, i);

      if ((word_is (token, "up") && word_is (token_at (tokens, i + 1), "to")) || word_is (token, "upto") ||
          word_is (token, "max") || word_is (token, "maximum") || word_is (token, "under"))
        *upper_only = TRUE;
      else if (word_is (token, "from") || word_is (token, "starting") || word_is (token, "min") ||
               word_is (token, "minimum") || (word_is (token, "at") && word_is (token_at (tokens, i + 1), "least")) ||
               word_is (token, "over"))
        *lower_only = TRUE;
    }
}

static gboolean
has_unstated_word (GArray *tokens)
{
  for (guint i = 0; i < tokens->len; i++)
    {
      Token *token = token_at (tokens, i);

      if (token->type == TOKEN_WORD && find_meaning (token->word)->unstated)
        return TRUE;
    }
  return FALSE;
}

/* Where the text writes no period: under 200 is pay per hour, 1,000 to
 * 10,000 per month, over 10,000 per year; from 200 to 1,000 could be a
 * day or a week, so no guess is made. */
static PursuitPayPeriod
guess_period (double figure)
{
  if (figure < 200)
    return PURSUIT_PAY_PERIOD_HOUR;
  if (figure >= 1000 && figure <= 10000)
    return PURSUIT_PAY_PERIOD_MONTH;
  if (figure > 10000)
    return PURSUIT_PAY_PERIOD_YEAR;
  return PURSUIT_PAY_PERIOD_UNKNOWN;
}

static gboolean
check_figure (double   value,
              GError **error)
{
  if (value > 0 && value <= LARGEST_FIGURE)
    return TRUE;

  g_set_error (error, PURSUIT_SALARY_ERROR, PURSUIT_SALARY_ERROR_ABSURD,
               value <= 0 ? _("A pay figure must be more than zero")
                          : _("A pay figure is far too large to be real"));
  return FALSE;
}

/* The number after the first one, when a dash, "to" or "and" joins them:
 * "$19 - $22", "19 to 22", "between 40,000 and 50,000". */
static guint
find_second_number (GArray *tokens,
                    guint   first)
{
  guint i = first + 1;
  gboolean joined = FALSE;

  while (i < tokens->len)
    {
      Token *token = token_at (tokens, i);

      if (token->type == TOKEN_CURRENCY)
        i++;
      else if (!joined && (token->type == TOKEN_DASH || word_is (token, "to") || word_is (token, "and") ||
                           word_is (token, "bis") || word_is (token, "a") || word_is (token, "do")))
        {
          joined = TRUE;
          i++;
        }
      else
        break;
    }

  return joined && i < tokens->len && token_at (tokens, i)->type == TOKEN_NUMBER ? i : G_MAXUINT;
}

/**
 * pursuit_pay_parse:
 * @text: pay as a posting writes it
 * @default_currency: (nullable): the ISO 4217 code to take when the text
 *   names no currency (and the dollar a bare "$" means, when it is one)
 * @result: (out caller-allocates): what was read
 *
 * Reads "$19/hr", "$19 - $22 an hour", "£24k–£27k per annum", "45K-55K USD",
 * "Up to $52,000/year", "From $20/hour", "CA$48,000", "INR 3,00,000 -
 * 6,00,000 p.a.", "₹4.5 LPA", "¥6M", "2.500,50 €", "60k+" (open-ended: no
 * higher figure). "Competitive", "DOE", "Negotiable" and empty text give
 * %PURSUIT_PAY_TEXT_UNSTATED. A single figure sets both @min and @max.
 *
 * When no period is written it is guessed from the higher figure: under
 * 200 an hour, 1,000 to 10,000 a month, over 10,000 a year, and
 * @period_guessed is set; from 200 to 1,000 it stays unknown.
 *
 * Returns: %FALSE with @error set when the text is not UTF-8, holds no
 *   figure, a figure is zero or absurd, the lower figure is above the
 *   higher, or two currencies are named
 */
gboolean
pursuit_pay_parse (const char        *text,
                   const char        *default_currency,
                   PursuitParsedPay  *result,
                   GError           **error)
{
  g_autoptr(GArray) tokens = NULL;
  Token *first;
  Token *second = NULL;
  guint first_index = G_MAXUINT;
  guint second_index;
  gboolean upper_only = FALSE;
  gboolean lower_only = FALSE;
  const char *currency = NULL;
  double low;
  double high;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (result, 0, sizeof *result);
  result->min = -1;
  result->max = -1;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, PURSUIT_SALARY_ERROR, PURSUIT_SALARY_ERROR_INVALID_TEXT,
                   _("The pay text is not valid UTF-8"));
      return FALSE;
    }

  tokens = tokenize (text, error);
  if (tokens == NULL)
    return FALSE;

  for (guint i = 0; i < tokens->len && first_index == G_MAXUINT; i++)
    if (token_at (tokens, i)->type == TOKEN_NUMBER)
      first_index = i;

  if (first_index == G_MAXUINT)
    {
      if (tokens->len == 0 || has_unstated_word (tokens))
        {
          result->kind = PURSUIT_PAY_TEXT_UNSTATED;
          return TRUE;
        }
      g_set_error (error, PURSUIT_SALARY_ERROR, PURSUIT_SALARY_ERROR_NO_FIGURE,
                   _("No pay figure was found"));
      return FALSE;
    }

  /* A minus sign right before the first figure is not a range. */
  if (first_index > 0 && token_at (tokens, first_index - 1)->type == TOKEN_DASH &&
      (first_index == 1 || token_at (tokens, first_index - 2)->type != TOKEN_NUMBER))
    return check_figure (-1, error);

  first = token_at (tokens, first_index);
  second_index = find_second_number (tokens, first_index);
  if (second_index != G_MAXUINT)
    second = token_at (tokens, second_index);

  /* "45-55K" and "45k-55": one multiplier serves both when that keeps the
   * range in order. */
  if (second != NULL && first->multiplier != second->multiplier)
    {
      if (first->multiplier == 1 && first->value * second->multiplier <= second->value * second->multiplier)
        first->multiplier = second->multiplier;
      else if (second->multiplier == 1 && first->value <= second->value * first->multiplier)
        second->multiplier = first->multiplier;
    }

  low = first->value * first->multiplier;
  high = second != NULL ? second->value * second->multiplier : low;
  if (!check_figure (low, error) || !check_figure (high, error))
    return FALSE;
  if (low > high)
    {
      g_set_error (error, PURSUIT_SALARY_ERROR, PURSUIT_SALARY_ERROR_MIN_ABOVE_MAX,
                   _("The lower figure is above the higher one"));
      return FALSE;
    }

  find_bound_words (tokens, first_index, &upper_only, &lower_only);
  if (second == NULL && (first->attached_plus || lower_only))
    high = -1;
  else if (second == NULL && upper_only)
    low = -1;

  if (!find_currency (tokens, default_currency, &currency, error))
    return FALSE;
  /* Lakhs per annum ("4.5 LPA", "3-6 LPA") are an Indian way of writing pay. */
  if (currency == NULL && first->multiplier == 1e5 &&
      (first->period == PURSUIT_PAY_PERIOD_YEAR || (second != NULL && second->period == PURSUIT_PAY_PERIOD_YEAR)))
    currency = "INR";
  if (currency == NULL && default_currency != NULL && default_currency[0] != '\0')
    {
      currency = default_currency;
      result->currency_from_default = TRUE;
    }
  if (currency != NULL)
    g_strlcpy (result->currency, currency, sizeof result->currency);

  result->kind = PURSUIT_PAY_TEXT_FIGURES;
  result->min = low;
  result->max = high;
  result->period = first->period != PURSUIT_PAY_PERIOD_UNKNOWN ? first->period
                 : second != NULL && second->period != PURSUIT_PAY_PERIOD_UNKNOWN ? second->period
                 : find_period (tokens, first_index, second != NULL ? second_index : first_index);
  if (result->period == PURSUIT_PAY_PERIOD_UNKNOWN)
    {
      result->period = guess_period (high >= 0 ? high : low);
      result->period_guessed = result->period != PURSUIT_PAY_PERIOD_UNKNOWN;
    }

  return TRUE;
}

/**
 * pursuit_pay_parse_figures:
 * @text: pay as a cell of another tracker's file writes it
 * @min: (out): the lowest figure, or -1
 * @max: (out): the highest figure, or -1
 * @currency: (out) (transfer full): the ISO 4217 code
 * @period: (out): the period, %PURSUIT_PAY_PERIOD_UNKNOWN when not known
 * @user_data: (nullable): the default currency's code, or %NULL
 *
 * pursuit_pay_parse() in the shape an import's pay parser has
 * (#PursuitImportParsePay of src/io): only text with figures and a currency
 * is taken; anything else is left for the caller to keep as written.
 */
gboolean
pursuit_pay_parse_figures (const char        *text,
                           double            *min,
                           double            *max,
                           char             **currency,
                           PursuitPayPeriod  *period,
                           gpointer           user_data)
{
  PursuitParsedPay parsed;

  g_return_val_if_fail (min != NULL && max != NULL && currency != NULL && period != NULL, FALSE);

  if (text == NULL || !pursuit_pay_parse (text, user_data, &parsed, NULL) ||
      parsed.kind != PURSUIT_PAY_TEXT_FIGURES || parsed.currency[0] == '\0')
    return FALSE;

  *min = parsed.min;
  *max = parsed.max;
  *currency = g_strdup (parsed.currency);
  *period = parsed.period;
  return TRUE;
}
