/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-import.h"
#include "pursuit-import-private.h"

/* How the import reads the values of cells that are not free text: dates,
 * stage names, workplaces, employment types and pay periods, in the words
 * trackers and people use for them in English. The job-posting import
 * reads schema.org's values (FULL_TIME, CONTRACTOR, YEAR) with the same
 * functions. */

/* Column names are compared in this form: "appliedDate", "Applied date"
 * and "APPLIED_DATE" all read "applied date". */
char *
pursuit_import_normalize_name (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 4);
  gboolean space = FALSE;
  gunichar previous = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c))
        {
          space = TRUE;
          previous = 0;
          continue;
        }

      /* camelCase: a capital after a small letter starts a word. */
      if (g_unichar_isupper (c) && previous != 0 && g_unichar_islower (previous))
        space = TRUE;

      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, g_unichar_tolower (c));
      previous = c;
    }

  return g_string_free (out, FALSE);
}

/* Whether @phrase is in @normalized as whole words. */
gboolean
pursuit_import_has_words (const char *normalized,
                          const char *phrase)
{
  gsize length = strlen (phrase);

  for (const char *p = strstr (normalized, phrase); p != NULL; p = strstr (p + 1, phrase))
    {
      if ((p == normalized || p[-1] == ' ') && (p[length] == '\0' || p[length] == ' '))
        return TRUE;
    }
  return FALSE;
}

/* Dates */

static const char * const month_names[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

/* 1 to 12 for an English month's name or its abbreviation ("Sept."), 0
 * for anything else. */
static guint
month_from_name (const char *word)
{
  gsize length = strlen (word);
  g_autofree char *lower = g_ascii_strdown (word, -1);
  static const char * const full[] = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
  };

  if (length < 3)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (full); i++)
    {
      if (g_str_equal (lower, full[i]) || (length == 3 && g_str_equal (lower, month_names[i])) ||
          (i == 8 && g_str_equal (lower, "sept")))
        return i + 1;
    }
  return 0;
}

static gboolean
is_weekday (const char *word)
{
  static const char * const days[] = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  };
  g_autofree char *lower = g_ascii_strdown (word, -1);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      if (g_str_equal (lower, days[i]))
        return TRUE;
    }
  return FALSE;
}

static guint
full_year (guint year,
           gsize digits)
{
  /* "26" is 2026, "98" is 1998. */
  if (digits <= 2)
    return year < 70 ? 2000 + year : 1900 + year;
  return year;
}

static gboolean
make_date (guint   year,
           guint   month,
           guint   day,
           char  **iso_date)
{
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  /* "%04u-%02u-%02u" by hand: printf was four fifths of reading a date,
   * for each of an import's 100,000 rows. The year has four digits here. */
  if (iso_date != NULL)
    {
      char *iso = g_malloc (11);

      iso[0] = '0' + year / 1000;
      iso[1] = '0' + year / 100 % 10;
      iso[2] = '0' + year / 10 % 10;
      iso[3] = '0' + year % 10;
      iso[4] = '-';
      iso[5] = '0' + month / 10;
      iso[6] = '0' + month % 10;
      iso[7] = '-';
      iso[8] = '0' + day / 10;
      iso[9] = '0' + day % 10;
      iso[10] = '\0';
      *iso_date = iso;
    }
  return TRUE;
}

/* Reads up to @max digits; returns how many it read. */
static gsize
read_number (const char  *p,
             gsize        max,
             guint       *value)
{
  gsize n = 0;

  *value = 0;
  while (n < max && g_ascii_isdigit (p[n]))
    {
      *value = *value * 10 + (guint) (p[n] - '0');
      n++;
    }
  return n;
}

/* What may follow a date: nothing, or a time ("2022-02-26 19:17:05",
 * "2026-03-05T10:00:00Z"). */
static gboolean
is_date_end (const char *p)
{
  return *p == '\0' || *p == ' ' || *p == 'T' || *p == 't';
}

typedef enum
{
  NUMERIC_NONE,
  NUMERIC_YEAR_FIRST,  /* 2026-03-05, 2026/03/05 */
  NUMERIC_DOTS,        /* 05.03.2026 */
  NUMERIC_SLASHES,     /* 03/05/2026, 3-5-26 */
} NumericForm;

/* Splits an all-numeric date into its three numbers. */
static NumericForm
split_numeric_date (const char *text,
                    guint      *first,
                    guint      *second,
                    guint      *third,
                    gsize      *third_digits)
{
  const char *p = text;
  gsize n;
  char separator;

  n = read_number (p, 4, first);
  if (n == 0)
    return NUMERIC_NONE;
  p += n;
  separator = *p;
  if (separator != '-' && separator != '/' && separator != '.')
    return NUMERIC_NONE;

  if (n == 4)
    {
      if (read_number (p + 1, 2, second) == 0)
        return NUMERIC_NONE;
      p += 1 + (g_ascii_isdigit (p[2]) ? 2 : 1);
      if (*p != separator || read_number (p + 1, 2, third) == 0)
        return NUMERIC_NONE;
      p += 1 + (g_ascii_isdigit (p[2]) ? 2 : 1);
      *third_digits = 4;
      return is_date_end (p) ? NUMERIC_YEAR_FIRST : NUMERIC_NONE;
    }

  if (n > 2)
    return NUMERIC_NONE;
  n = read_number (p + 1, 2, second);
  if (n == 0)
    return NUMERIC_NONE;
  p += 1 + n;
  if (*p != separator)
    return NUMERIC_NONE;
  n = read_number (p + 1, 4, third);
  if (n != 2 && n != 4)
    return NUMERIC_NONE;
  p += 1 + n;
  if (!is_date_end (p))
    return NUMERIC_NONE;

  *third_digits = n;
  return separator == '.' ? NUMERIC_DOTS : NUMERIC_SLASHES;
}

/* "March 5, 2026", "5 Mar 2026", "Thu, 5 March 2026", "5-Mar-26". */
static gboolean
parse_named_month (const char  *text,
                   char       **iso_date)
{
  g_auto(GStrv) words = g_strsplit_set (text, " ,-/.", -1);
  guint month = 0, day = 0, year = 0;
  gsize year_digits = 0;
  guint numbers = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      guint value;
      gsize n;

      if (word[0] == '\0' || is_weekday (word) || strchr (word, ':') != NULL)
        continue;

      n = read_number (word, 4, &value);
      if (n > 0)
        {
          /* "5th" */
          if (word[n] != '\0' && g_ascii_strcasecmp (word + n, "st") != 0 &&
              g_ascii_strcasecmp (word + n, "nd") != 0 && g_ascii_strcasecmp (word + n, "rd") != 0 &&
              g_ascii_strcasecmp (word + n, "th") != 0)
            return FALSE;
          if (n <= 2 && day == 0)
            day = value;
          else if (year == 0 && (n == 2 || n == 4))
            {
              year = value;
              year_digits = n;
            }
          else
            return FALSE;
          numbers++;
          continue;
        }

      if (month != 0 || (month = month_from_name (word)) == 0)
        {
          /* A time zone or am/pm after the time goes too. */
          if (numbers >= 2 && month != 0)
            break;
          return FALSE;
        }
    }

  if (month == 0 || day == 0 || year == 0 || (year_digits != 2 && year_digits != 4))
    return FALSE;
  return make_date (full_year (year, year_digits), month, day, iso_date);
}

/**
 * pursuit_import_parse_date:
 * @text: a date as a spreadsheet or a tracker writes it
 * @order: how to read slash dates whose first two numbers are both 12
 *   or less
 * @iso_date: (out) (optional) (transfer full): the date as YYYY-MM-DD
 * @ambiguous: (out) (optional): set to %TRUE when @text is a slash date
 *   that reads both ways and @order does not say which
 *
 * Reads ISO dates (2026-03-05, with or without a time after), US dates
 * (03/05/2026, 3/5/26), European dates (05.03.2026 always, 05/03/2026
 * when @order or the numbers say so), and dates with an English month's
 * name (March 5, 2026; 5 Mar 2026). Two-digit years are 1970 to 2069.
 *
 * Returns: whether @text is a date that exists
 */
gboolean
pursuit_import_parse_date (const char        *text,
                           PursuitDateOrder   order,
                           char             **iso_date,
                           gboolean          *ambiguous)
{
  g_autofree char *trimmed = NULL;
  guint first, second, third;
  gsize third_digits;

  g_return_val_if_fail (text != NULL, FALSE);

  if (iso_date != NULL)
    *iso_date = NULL;
  if (ambiguous != NULL)
    *ambiguous = FALSE;

  trimmed = g_strstrip (g_strdup (text));
  switch (split_numeric_date (trimmed, &first, &second, &third, &third_digits))
    {
    case NUMERIC_YEAR_FIRST:
      return make_date (first, second, third, iso_date);

    case NUMERIC_DOTS:
      return make_date (full_year (third, third_digits), second, first, iso_date);

    case NUMERIC_SLASHES:
      if (order == PURSUIT_DATE_ORDER_UNKNOWN)
        {
          if (first > 12)
            order = PURSUIT_DATE_ORDER_DAY_FIRST;
          else if (second > 12 || first == second)
            order = PURSUIT_DATE_ORDER_MONTH_FIRST;
          else
            {
              /* Ambiguous only when both readings are dates: 03/05/6026
               * is no date either way, and no reason to ask the user. */
              if (ambiguous != NULL)
                *ambiguous = make_date (full_year (third, third_digits), first, second, NULL) &&
                             make_date (full_year (third, third_digits), second, first, NULL);
              return FALSE;
            }
        }
      if (order == PURSUIT_DATE_ORDER_MONTH_FIRST)
        return make_date (full_year (third, third_digits), first, second, iso_date);
      return make_date (full_year (third, third_digits), second, first, iso_date);

    case NUMERIC_NONE:
    default:
      return parse_named_month (trimmed, iso_date);
    }
}

/* Which order a slash date's numbers show: day first when the first is
 * above 12, month first when the second is. */
PursuitDateOrder
pursuit_import_date_order_shown_by (const char *text,
                                    gboolean   *two_ways)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  guint first, second, third;
  gsize third_digits;

  *two_ways = FALSE;
  if (split_numeric_date (trimmed, &first, &second, &third, &third_digits) != NUMERIC_SLASHES)
    return PURSUIT_DATE_ORDER_UNKNOWN;
  if (first > 12 && second <= 12)
    return PURSUIT_DATE_ORDER_DAY_FIRST;
  if (second > 12 && first <= 12)
    return PURSUIT_DATE_ORDER_MONTH_FIRST;
  *two_ways = first != second && make_date (full_year (third, third_digits), first, second, NULL) &&
              make_date (full_year (third, third_digits), second, first, NULL);
  return PURSUIT_DATE_ORDER_UNKNOWN;
}

/* Stages */

/* A value named by any of its words. Tables of choices are checked in
 * order, the first choice with a word in the text winning; words are
 * matched as whole words of the text as pursuit_import_normalize_name()
 * writes it. */
typedef struct
{
  int value;
  const char * const words[24];
} WordChoice;

static gboolean
choose_by_words (const char       *normalized,
                 const WordChoice *choices,
                 guint             n_choices,
                 int              *value)
{
  for (guint i = 0; i < n_choices; i++)
    {
      for (guint j = 0; choices[i].words[j] != NULL; j++)
        {
          if (pursuit_import_has_words (normalized, choices[i].words[j]))
            {
              *value = choices[i].value;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* An enumeration's nick ("on-site", "full-time"), else its words. */
static gboolean
enum_from_text (GType             type,
                const char       *text,
                const WordChoice *choices,
                guint             n_choices,
                int              *value)
{
  g_autofree char *normalized = NULL;

  if (pursuit_enum_from_nick (type, text, value) && *value != 0)
    return TRUE;

  normalized = pursuit_import_normalize_name (text);
  return choose_by_words (normalized, choices, n_choices, value);
}

/* Stage names, checked in this order so the outcome of a stage wins over
 * the step it happened at ("Rejected after interview"), and a negation
 * over what it negates ("Not interested", "No offer"). */
static const WordChoice stage_words[] = {
  { PURSUIT_STAGE_KIND_WISHLIST,
    { "not applied", "not yet applied", "to apply", "applying", NULL } },
  { PURSUIT_STAGE_KIND_GHOSTED,
    { "no response", "no reply", "no answer", "ghosted", "never heard back", "not heard back",
      "no news", "unresponsive", NULL } },
  { PURSUIT_STAGE_KIND_WITHDRAWN,
    { "withdrawn", "withdrew", "withdraw", "offer declined", "declined offer", "declined the offer",
      "offer rejected", "rejected offer", "turned down offer", "not interested", "no longer interested",
      "retracted", "dropped out", NULL } },
  { PURSUIT_STAGE_KIND_REJECTED,
    { "rejected", "rejection", "declined", "not selected", "unsuccessful", "not moving forward",
      "not progressed", "turned down", "no offer", "denied", "refused", "not hired", NULL } },
  { PURSUIT_STAGE_KIND_ACCEPTED,
    { "accepted", "hired", "signed", "got the job", "joined", NULL } },
  { PURSUIT_STAGE_KIND_OFFER,
    { "offer", "offers", "offered", "negotiating", "negotiation", "negotiations", NULL } },
  { PURSUIT_STAGE_KIND_INTERVIEWING,
    { "interview", "interviews", "interviewing", "interviewed", "on site", "onsite", "final round",
      "second round", "third round", "technical", "assessment", "case study", "panel", "take home",
      NULL } },
  { PURSUIT_STAGE_KIND_SCREENING,
    { "screen", "screening", "screened", "phone call", "recruiter call", "hr call", "intro call",
      "introductory call", "initial call", "phone", NULL } },
  { PURSUIT_STAGE_KIND_APPLIED,
    { "applied", "application sent", "application submitted", "submitted", "sent", "in review",
      "under review", "pending", "awaiting response", "waiting", NULL } },
  { PURSUIT_STAGE_KIND_WISHLIST,
    { "wishlist", "wish list", "saved", "bookmarked", "bookmark", "interested", "draft", "new",
      "planned", "considering", "watching", "prospect", "lead", "researching", "idea", NULL } },
};

/**
 * pursuit_import_guess_stage_kind:
 * @name: a stage name as a tracker or a person wrote it
 * @kind: (out) (optional): its kind
 *
 * Finds the kind of a stage from common words, in English: "Applied",
 * "Phone screen", "Interview", "Offer received", "Rejected", "No
 * response", and the stage names of Huntr, JobSync, Reactive Resume and
 * Teal. Pursuit's own nicks ("screening") count too.
 *
 * Returns: %FALSE when no word says
 */
gboolean
pursuit_import_guess_stage_kind (const char       *name,
                                 PursuitStageKind *kind)
{
  g_autofree char *normalized = NULL;
  int value;

  g_return_val_if_fail (name != NULL, FALSE);

  normalized = pursuit_import_normalize_name (name);
  if (normalized[0] == '\0')
    return FALSE;

  if (pursuit_stage_kind_from_nick (normalized, kind))
    return TRUE;

  if (!choose_by_words (normalized, stage_words, G_N_ELEMENTS (stage_words), &value))
    return FALSE;
  if (kind != NULL)
    *kind = (PursuitStageKind) value;
  return TRUE;
}

/**
 * pursuit_import_parse_workplace:
 * @text: "Remote", "hybrid", "On-site", "in office", "WFH"…
 * @workplace: (out): what it says
 *
 * Returns: %FALSE when @text says none of on-site, hybrid and remote
 */
gboolean
pursuit_import_parse_workplace (const char       *text,
                                PursuitWorkplace *workplace)
{
  static const WordChoice choices[] = {
    { PURSUIT_WORKPLACE_HYBRID, { "hybrid", NULL } },
    { PURSUIT_WORKPLACE_REMOTE, { "remote", "telecommute", "work from home", "wfh", "home office", NULL } },
    { PURSUIT_WORKPLACE_ON_SITE, { "on site", "onsite", "in office", "office", "in person", NULL } },
  };
  int value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (workplace != NULL, FALSE);

  if (!enum_from_text (PURSUIT_TYPE_WORKPLACE, text, choices, G_N_ELEMENTS (choices), &value))
    return FALSE;
  *workplace = (PursuitWorkplace) value;
  return TRUE;
}

/**
 * pursuit_import_parse_employment_type:
 * @text: "Full-time", "FULL_TIME", "Part Time", "Contractor", "Temp",
 *   "Intern"…
 * @type: (out): what it says
 *
 * Returns: %FALSE when @text names no employment type Pursuit knows
 */
gboolean
pursuit_import_parse_employment_type (const char            *text,
                                      PursuitEmploymentType *type)
{
  static const WordChoice choices[] = {
    { PURSUIT_EMPLOYMENT_INTERNSHIP, { "intern", "internship", "trainee", "apprenticeship", NULL } },
    { PURSUIT_EMPLOYMENT_PART_TIME, { "part time", "parttime", "pt", NULL } },
    { PURSUIT_EMPLOYMENT_FULL_TIME, { "full time", "fulltime", "permanent", "ft", NULL } },
    { PURSUIT_EMPLOYMENT_CONTRACT, { "contract", "contractor", "freelance", "freelancer", NULL } },
    { PURSUIT_EMPLOYMENT_TEMPORARY, { "temporary", "temp", "seasonal", "fixed term", NULL } },
  };
  int value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (type != NULL, FALSE);

  if (!enum_from_text (PURSUIT_TYPE_EMPLOYMENT_TYPE, text, choices, G_N_ELEMENTS (choices), &value))
    return FALSE;
  *type = (PursuitEmploymentType) value;
  return TRUE;
}

/**
 * pursuit_import_parse_pay_period:
 * @text: "hour", "Hourly", "per year", "annual", "MONTH"…
 * @period: (out): the period it names
 *
 * Returns: %FALSE when @text names no period
 */
gboolean
pursuit_import_parse_pay_period (const char       *text,
                                 PursuitPayPeriod *period)
{
  static const WordChoice choices[] = {
    { PURSUIT_PAY_PERIOD_HOUR, { "hour", "hourly", "hr", NULL } },
    { PURSUIT_PAY_PERIOD_DAY, { "day", "daily", NULL } },
    { PURSUIT_PAY_PERIOD_WEEK, { "week", "weekly", NULL } },
    { PURSUIT_PAY_PERIOD_MONTH, { "month", "monthly", NULL } },
    { PURSUIT_PAY_PERIOD_YEAR, { "year", "yearly", "annual", "annually", "yr", NULL } },
  };
  int value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  if (!enum_from_text (PURSUIT_TYPE_PAY_PERIOD, text, choices, G_N_ELEMENTS (choices), &value))
    return FALSE;
  *period = (PursuitPayPeriod) value;
  return TRUE;
}
