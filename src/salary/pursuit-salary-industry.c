/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-salary-private.h"

/* A job's free-text industry -> the industry ids of salaries.xml. The
 * words of the text are folded to lower-case ASCII and the longest phrase
 * below that they contain, first from the left, decides. A phrase naming
 * the industry as salaries.xml does is exact; a plain synonym ("Banking",
 * "SaaS", "Hospital") is close; a neighbouring trade counted with it
 * ("Insurance" with financial services, "Energy" with utilities) is a
 * guess. A phrase with no industry ("Health and fitness") stops "health"
 * from being read as healthcare. */

static const struct
{
  const char *phrase;
  const char *industry;       /* NULL: the phrase names none of ours */
  PursuitSalaryConfidence confidence;
} phrases[] = {
  { "financial services", "financial-services", PURSUIT_SALARY_CONFIDENCE_EXACT },
  { "technology", "technology", PURSUIT_SALARY_CONFIDENCE_EXACT },
  { "healthcare", "healthcare", PURSUIT_SALARY_CONFIDENCE_EXACT },
  { "retail and e commerce", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_EXACT },
  { "telecom and utilities", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_EXACT },

  { "finance", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "financial", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "banking", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "bank", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "banks", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "fintech", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "credit union", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "credit cards", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "lending", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "mortgage", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "mortgages", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "payments", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "investment", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "investments", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "wealth management", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "asset management", "financial-services", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "insurance", "financial-services", PURSUIT_SALARY_CONFIDENCE_GUESSED },
  { "insurtech", "financial-services", PURSUIT_SALARY_CONFIDENCE_GUESSED },

  { "tech", "technology", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "software", "technology", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "saas", "technology", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "it", "technology", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "information technology", "technology", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "it services", "technology", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "internet", "technology", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "cloud", "technology", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "computer software", "technology", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "computers", "technology", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "consumer electronics", "technology", PURSUIT_SALARY_CONFIDENCE_GUESSED },
  { "electronics", "technology", PURSUIT_SALARY_CONFIDENCE_GUESSED },
  { "video games", "technology", PURSUIT_SALARY_CONFIDENCE_GUESSED },
  { "gaming", "technology", PURSUIT_SALARY_CONFIDENCE_GUESSED },

  { "health care", "healthcare", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "health", "healthcare", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "hospital", "healthcare", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "hospitals", "healthcare", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "medical", "healthcare", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "clinic", "healthcare", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "clinics", "healthcare", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "dental", "healthcare", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "pharmacy", "healthcare", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "home health", "healthcare", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "health insurance", "healthcare", PURSUIT_SALARY_CONFIDENCE_GUESSED },
  { "pharmaceuticals", "healthcare", PURSUIT_SALARY_CONFIDENCE_GUESSED },
  { "pharmaceutical", "healthcare", PURSUIT_SALARY_CONFIDENCE_GUESSED },
  { "pharma", "healthcare", PURSUIT_SALARY_CONFIDENCE_GUESSED },
  { "biotech", "healthcare", PURSUIT_SALARY_CONFIDENCE_GUESSED },
  { "health and fitness", NULL, PURSUIT_SALARY_CONFIDENCE_NONE },
  { "fitness", NULL, PURSUIT_SALARY_CONFIDENCE_NONE },

  { "retail", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "retailer", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "e commerce", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "ecommerce", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "online retail", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "online shopping", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "marketplace", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "grocery", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "supermarket", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "supermarkets", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "fashion", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_GUESSED },
  { "apparel", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_GUESSED },
  { "consumer goods", "retail-ecommerce", PURSUIT_SALARY_CONFIDENCE_GUESSED },

  { "telecommunications", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "telecommunication", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "telecom", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "telecoms", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "telco", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "utilities", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "utility", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "wireless", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "mobile network", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "broadband", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "cable", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "internet service provider", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "electricity", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_CLOSE },
  { "water", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_GUESSED },
  { "energy", "telecom-utilities", PURSUIT_SALARY_CONFIDENCE_GUESSED },
};

static GPtrArray *
split_folded_words (const char *text)
{
  g_autofree char *lower = pursuit_salary_fold (text);
  g_auto(GStrv) parts = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  /* "E-commerce" and "e commerce" read the same. */
  for (char *p = lower; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      *p = ' ';
  parts = g_strsplit (lower, " ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));
  return words;
}

static int
find_phrase (const char *phrase)
{
  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    if (g_str_equal (phrases[i].phrase, phrase))
      return (int) i;
  return -1;
}

PursuitIndustryPart *
pursuit_industry_part_new (const char *industry)
{
  PursuitIndustryPart *part = g_new0 (PursuitIndustryPart, 1);
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GString) phrase = g_string_new (NULL);

  if (industry == NULL)
    return part;

  words = split_folded_words (industry);
  for (guint i = 0; i < words->len; i++)
    {
      for (guint n = MIN (4, words->len - i); n >= 1; n--)
        {
          int found;

          g_string_truncate (phrase, 0);
          for (guint k = 0; k < n; k++)
            g_string_append_printf (phrase, "%s%s", k > 0 ? " " : "", (char *) g_ptr_array_index (words, i + k));

          found = find_phrase (phrase->str);
          if (found < 0)
            continue;

          part->industry = phrases[found].industry;
          part->word = g_strdup (phrase->str);
          part->confidence = phrases[found].confidence;
          return part;
        }
    }

  return part;
}

void
pursuit_industry_part_free (PursuitIndustryPart *part)
{
  if (part == NULL)
    return;
  g_free (part->word);
  g_free (part);
}
