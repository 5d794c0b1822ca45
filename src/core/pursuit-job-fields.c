/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-job-fields.h"
#include "pursuit-validation.h"

/* Generous limits: a whole posting fits; a runaway paste does not. */
#define SHORT_TEXT 1000
#define LONG_TEXT (1024 * 1024)

#define TEXT(id, name, label, limit, required, shared) \
  [id] = { id, name, PURSUIT_FIELD_TEXT, label, limit, required, shared, NULL, 0, 0 }
#define OF_KIND(id, name, kind, label, limit) \
  [id] = { id, name, kind, label, limit, FALSE, TRUE, NULL, 0, 0 }
/* The same, kept apart (see PursuitJobFieldInfo). */
#define TEXT_APART(id, name, label, limit, required, shared) \
  [id] = { id, name, PURSUIT_FIELD_TEXT, label, limit, required, shared, NULL, 0, 0, NULL, TRUE }
#define OF_KIND_APART(id, name, kind, label, limit) \
  [id] = { id, name, kind, label, limit, FALSE, TRUE, NULL, 0, 0, NULL, TRUE }

/* Every field of a job the user edits and the database keeps. The order of
 * the table is the order of PursuitJobField. */
static const PursuitJobFieldInfo fields[] = {
  TEXT (PURSUIT_JOB_FIELD_COMPANY, "company", N_("Company"), SHORT_TEXT, TRUE, TRUE),
  TEXT (PURSUIT_JOB_FIELD_TITLE, "title", N_("Job Title"), SHORT_TEXT, TRUE, TRUE),
  TEXT (PURSUIT_JOB_FIELD_LOCATION, "location", N_("Location"), SHORT_TEXT, FALSE, TRUE),
  [PURSUIT_JOB_FIELD_URL] = { PURSUIT_JOB_FIELD_URL, "url", PURSUIT_FIELD_WEB_ADDRESS,
                              N_("Posting URL"), 8000, FALSE, FALSE, NULL, 0, 0, NULL, TRUE },
  [PURSUIT_JOB_FIELD_STAGE] = { PURSUIT_JOB_FIELD_STAGE, "stage", PURSUIT_FIELD_STAGE,
                                N_("Stage"), 0, TRUE, FALSE, NULL, 0, 0, "stage_id" },
  [PURSUIT_JOB_FIELD_WORKPLACE] = { PURSUIT_JOB_FIELD_WORKPLACE, "workplace", PURSUIT_FIELD_CHOICE,
                                    N_("Workplace"), 0, FALSE, FALSE, pursuit_workplace_get_type, 0, 0 },
  [PURSUIT_JOB_FIELD_EMPLOYMENT_TYPE] = { PURSUIT_JOB_FIELD_EMPLOYMENT_TYPE, "employment-type",
                                          PURSUIT_FIELD_CHOICE, N_("Employment Type"), 0, FALSE, FALSE,
                                          pursuit_employment_type_get_type, 0, 0 },
  TEXT (PURSUIT_JOB_FIELD_SOURCE, "source", N_("Source"), SHORT_TEXT, FALSE, TRUE),
  TEXT (PURSUIT_JOB_FIELD_INDUSTRY, "industry", N_("Industry"), SHORT_TEXT, FALSE, TRUE),
  OF_KIND (PURSUIT_JOB_FIELD_PAY_MIN, "pay-min", PURSUIT_FIELD_AMOUNT, N_("Minimum Pay"), 0),
  OF_KIND (PURSUIT_JOB_FIELD_PAY_MAX, "pay-max", PURSUIT_FIELD_AMOUNT, N_("Maximum Pay"), 0),
  OF_KIND (PURSUIT_JOB_FIELD_PAY_CURRENCY, "pay-currency", PURSUIT_FIELD_CURRENCY, N_("Currency"), 0),
  [PURSUIT_JOB_FIELD_PAY_PERIOD] = { PURSUIT_JOB_FIELD_PAY_PERIOD, "pay-period", PURSUIT_FIELD_CHOICE,
                                     N_("Pay Period"), 0, FALSE, FALSE, pursuit_pay_period_get_type, 0, 0 },
  [PURSUIT_JOB_FIELD_EXCITEMENT] = { PURSUIT_JOB_FIELD_EXCITEMENT, "excitement", PURSUIT_FIELD_NUMBER,
                                     N_("Excitement"), 0, FALSE, FALSE, NULL, 0, 5 },
  OF_KIND (PURSUIT_JOB_FIELD_APPLIED_ON, "applied-on", PURSUIT_FIELD_DATE, N_("Date Applied"), 0),
  OF_KIND_APART (PURSUIT_JOB_FIELD_DEADLINE, "deadline", PURSUIT_FIELD_DATE, N_("Deadline"), 0),
  TEXT (PURSUIT_JOB_FIELD_NEXT_ACTION, "next-action", N_("Next Action"), 4000, FALSE, TRUE),
  OF_KIND (PURSUIT_JOB_FIELD_NEXT_ACTION_DUE, "next-action-due", PURSUIT_FIELD_DATE, N_("Next Action Due"), 0),
  [PURSUIT_JOB_FIELD_ARCHIVED] = { PURSUIT_JOB_FIELD_ARCHIVED, "archived", PURSUIT_FIELD_SWITCH,
                                   N_("Archived"), 0, FALSE, FALSE, NULL, 0, 1 },
  [PURSUIT_JOB_FIELD_POSTING_TEXT] = { PURSUIT_JOB_FIELD_POSTING_TEXT, "posting-text", PURSUIT_FIELD_LONG_TEXT,
                                       N_("Posting Text"), LONG_TEXT, FALSE, FALSE, NULL, 0, 0, NULL, TRUE },
  [PURSUIT_JOB_FIELD_NOTES] = { PURSUIT_JOB_FIELD_NOTES, "notes", PURSUIT_FIELD_LONG_TEXT,
                                N_("Notes"), LONG_TEXT, FALSE, FALSE, NULL, 0, 0, NULL, TRUE },
  [PURSUIT_JOB_FIELD_SCHEDULE] = { PURSUIT_JOB_FIELD_SCHEDULE, "schedule", PURSUIT_FIELD_FLAGS,
                                   N_("Shifts and Schedule"), 0, FALSE, FALSE, pursuit_schedule_get_type, 0, 0,
                                   NULL, TRUE },
  TEXT_APART (PURSUIT_JOB_FIELD_LANGUAGES, "languages", N_("Languages Required"), SHORT_TEXT, FALSE, TRUE),
  TEXT_APART (PURSUIT_JOB_FIELD_PAY_EXTRAS, "pay-extras", N_("Pay Extras"), SHORT_TEXT, FALSE, TRUE),
  /* The user's choice of benchmark, winning over what the salary engine
   * reads from the title and location: a guide id, a ladder level id, an
   * ISO 3166-1 country code; empty for "as matched". */
  TEXT_APART (PURSUIT_JOB_FIELD_SALARY_ROLE, "salary-role", N_("Benchmark Role"), 100, FALSE, TRUE),
  TEXT_APART (PURSUIT_JOB_FIELD_SALARY_LEVEL, "salary-level", N_("Benchmark Level"), 100, FALSE, TRUE),
  TEXT_APART (PURSUIT_JOB_FIELD_SALARY_COUNTRY, "salary-country", N_("Benchmark Country"), 2, FALSE, TRUE),
  /* The offer as made: its base pay like the posted pay, and what comes
   * with it in the same currency. */
  OF_KIND_APART (PURSUIT_JOB_FIELD_OFFER_MIN, "offer-min", PURSUIT_FIELD_AMOUNT, N_("Offered Pay"), 0),
  OF_KIND_APART (PURSUIT_JOB_FIELD_OFFER_MAX, "offer-max", PURSUIT_FIELD_AMOUNT, N_("Offered Pay, Highest"), 0),
  OF_KIND_APART (PURSUIT_JOB_FIELD_OFFER_CURRENCY, "offer-currency", PURSUIT_FIELD_CURRENCY, N_("Offer Currency"), 0),
  [PURSUIT_JOB_FIELD_OFFER_PERIOD] = { PURSUIT_JOB_FIELD_OFFER_PERIOD, "offer-period", PURSUIT_FIELD_CHOICE,
                                       N_("Offer Pay Period"), 0, FALSE, FALSE, pursuit_pay_period_get_type, 0, 0,
                                       NULL, TRUE },
  OF_KIND_APART (PURSUIT_JOB_FIELD_OFFER_SIGN_ON, "offer-sign-on", PURSUIT_FIELD_AMOUNT, N_("Sign-On Bonus"), 0),
  OF_KIND_APART (PURSUIT_JOB_FIELD_OFFER_BONUS, "offer-bonus", PURSUIT_FIELD_AMOUNT, N_("Annual Bonus"), 0),
  TEXT_APART (PURSUIT_JOB_FIELD_OFFER_NOTE, "offer-note", N_("Offer Note"), 4000, FALSE, FALSE),
};

/* The posted pay and the offer are each checked as a whole. */
static const PursuitPayFields pay_groups[] = {
  { PURSUIT_JOB_FIELD_PAY_MIN, PURSUIT_JOB_FIELD_PAY_MAX, PURSUIT_JOB_FIELD_PAY_CURRENCY,
    PURSUIT_JOB_FIELD_PAY_PERIOD, { PURSUIT_JOB_N_FIELDS, PURSUIT_JOB_N_FIELDS } },
  { PURSUIT_JOB_FIELD_OFFER_MIN, PURSUIT_JOB_FIELD_OFFER_MAX, PURSUIT_JOB_FIELD_OFFER_CURRENCY,
    PURSUIT_JOB_FIELD_OFFER_PERIOD, { PURSUIT_JOB_FIELD_OFFER_SIGN_ON, PURSUIT_JOB_FIELD_OFFER_BONUS } },
};

G_STATIC_ASSERT (G_N_ELEMENTS (fields) == PURSUIT_JOB_N_FIELDS);
G_STATIC_ASSERT (PURSUIT_JOB_N_FIELDS <= 64);

/**
 * pursuit_job_get_pay_groups:
 *
 * Returns: (array length=n_groups): the fields that together say what a job
 *   pays: the posted pay, then the offer
 */
const PursuitPayFields *
pursuit_job_get_pay_groups (guint *n_groups)
{
  *n_groups = G_N_ELEMENTS (pay_groups);
  return pay_groups;
}

/**
 * pursuit_pay_fields_get_bits:
 *
 * Returns: all the fields of @group
 */
PursuitJobFields
pursuit_pay_fields_get_bits (const PursuitPayFields *group)
{
  PursuitJobFields bits = PURSUIT_JOB_FIELD_BIT (group->min) | PURSUIT_JOB_FIELD_BIT (group->max) |
                          PURSUIT_JOB_FIELD_BIT (group->currency) | PURSUIT_JOB_FIELD_BIT (group->period);

  for (guint i = 0; i < G_N_ELEMENTS (group->extras); i++)
    {
      if (group->extras[i] < PURSUIT_JOB_N_FIELDS)
        bits |= PURSUIT_JOB_FIELD_BIT (group->extras[i]);
    }
  return bits;
}

const PursuitJobFieldInfo *
pursuit_job_field_get_info (PursuitJobField field)
{
  g_return_val_if_fail (field < PURSUIT_JOB_N_FIELDS, NULL);

  return &fields[field];
}

/**
 * pursuit_job_field_find:
 * @name: a property name ("pay-min") or column name ("pay_min")
 *
 * Returns: (nullable): the field
 */
const PursuitJobFieldInfo *
pursuit_job_field_find (const char *name)
{
  g_autofree char *dashed = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  dashed = g_strdelimit (g_strdup (name), "_", '-');
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (g_str_equal (fields[i].name, dashed))
        return &fields[i];
    }
  return NULL;
}

/* The translated name of the field. */
const char *
pursuit_job_field_get_label (PursuitJobField field)
{
  g_return_val_if_fail (field < PURSUIT_JOB_N_FIELDS, NULL);

  return g_dgettext (GETTEXT_PACKAGE, fields[field].label);
}

gboolean
pursuit_job_field_is_long_text (PursuitJobField field)
{
  g_return_val_if_fail (field < PURSUIT_JOB_N_FIELDS, FALSE);

  return fields[field].kind == PURSUIT_FIELD_LONG_TEXT;
}

/* Read with the job's details (pursuit_job_get_details_loaded()), never
 * by a list: the long texts, and the posting's address, which no list
 * shows and which, different for every job, costs 9 MB at 100,000 jobs. */
gboolean
pursuit_job_field_is_detail (PursuitJobField field)
{
  g_return_val_if_fail (field < PURSUIT_JOB_N_FIELDS, FALSE);

  return fields[field].kind == PURSUIT_FIELD_LONG_TEXT || fields[field].kind == PURSUIT_FIELD_WEB_ADDRESS;
}

static gboolean
is_text_kind (PursuitFieldKind kind)
{
  return kind == PURSUIT_FIELD_TEXT || kind == PURSUIT_FIELD_LONG_TEXT || kind == PURSUIT_FIELD_DATE ||
         kind == PURSUIT_FIELD_WEB_ADDRESS || kind == PURSUIT_FIELD_CURRENCY;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
fail_for (const PursuitJobFieldInfo  *info,
          GError                    **error,
          GError                     *cause)
{
  pursuit_validation_error_set_field (cause, info->name);
  g_propagate_error (error, cause);
  return FALSE;
}

/**
 * pursuit_job_field_parse:
 * @text: the value as the user typed it, or as a file or an option gave it
 *
 * Reads @text into @job's @field when it is right for that field, so the
 * job page and pursuit-cli accept and refuse the same things with the same
 * words. Otherwise @job is left as it was, and the error (in
 * %PURSUIT_VALIDATION_ERROR) names the field. A stage cannot be read here:
 * that needs the stages of a database.
 */
gboolean
pursuit_job_field_parse (PursuitJob       *job,
                         PursuitJobField   field,
                         const char       *text,
                         GError          **error)
{
  const PursuitJobFieldInfo *info;
  g_autoptr(GError) cause = NULL;
  g_autofree char *value = NULL;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), FALSE);
  g_return_val_if_fail (field < PURSUIT_JOB_N_FIELDS, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  info = &fields[field];

  /* What is typed or given is held to one line where a line of text
   * belongs (dates, sums and the like say themselves what is wrong); what
   * is already saved is only checked for what cannot be kept. */
  if (!pursuit_check_text (text, 0, info->kind != PURSUIT_FIELD_TEXT, &cause))
    return fail_for (info, error, g_steal_pointer (&cause));

  switch (info->kind)
    {
    case PURSUIT_FIELD_TEXT:
      value = g_strstrip (g_strdup (text));
      break;

    case PURSUIT_FIELD_LONG_TEXT:
      value = g_strdup (text);
      break;

    case PURSUIT_FIELD_DATE:
      if (!pursuit_parse_date (text, &value, &cause))
        return fail_for (info, error, g_steal_pointer (&cause));
      break;

    case PURSUIT_FIELD_WEB_ADDRESS:
      if (!pursuit_parse_web_address (text, &value, &cause))
        return fail_for (info, error, g_steal_pointer (&cause));
      break;

    case PURSUIT_FIELD_CURRENCY:
      if (!pursuit_parse_currency (text, &value, &cause))
        return fail_for (info, error, g_steal_pointer (&cause));
      break;

    case PURSUIT_FIELD_AMOUNT:
      {
        double amount;

        if (!pursuit_parse_amount (text, &amount, &cause))
          return fail_for (info, error, g_steal_pointer (&cause));
        pursuit_job_set_amount (job, field, amount);
        return TRUE;
      }

    case PURSUIT_FIELD_NUMBER:
      {
        gint64 number;

        if (!pursuit_parse_whole_number (text, info->minimum, info->maximum, &number, &cause))
          return fail_for (info, error, g_steal_pointer (&cause));
        pursuit_job_set_number (job, field, (int) number);
        return TRUE;
      }

    case PURSUIT_FIELD_SWITCH:
      {
        g_autofree char *stripped = g_strstrip (g_strdup (text));
        g_autofree char *word = g_ascii_strdown (stripped, -1);
        gboolean yes = g_str_equal (word, "yes") || g_str_equal (word, "true") || g_str_equal (word, "1");
        gboolean no = g_str_equal (word, "no") || g_str_equal (word, "false") || g_str_equal (word, "0");

        if (!yes && !no)
          {
            pursuit_set_validation_error (error, info->name, PURSUIT_VALIDATION_ERROR_FORMAT,
                                          _("Write yes or no"));
            return FALSE;
          }
        pursuit_job_set_number (job, field, yes);
        return TRUE;
      }

    case PURSUIT_FIELD_CHOICE:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (info->choices ());
        g_autofree char *stripped = g_strstrip (g_strdup (text));
        g_autofree char *nick = g_ascii_strdown (stripped, -1);
        GEnumValue *found = g_enum_get_value_by_nick (klass, nick);

        /* Nothing is the value that means "not set". */
        if (nick[0] == '\0')
          found = g_enum_get_value (klass, 0);

        if (found == NULL)
          {
            g_autoptr(GString) nicks = g_string_new (NULL);

            for (guint i = 0; i < klass->n_values; i++)
              g_string_append_printf (nicks, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);
            pursuit_set_validation_error (error, info->name, PURSUIT_VALIDATION_ERROR_FORMAT,
                                          /* Translators: %s lists the words allowed */
                                          _("Write one of %s"), nicks->str);
            return FALSE;
          }
        pursuit_job_set_number (job, field, found->value);
        return TRUE;
      }

    case PURSUIT_FIELD_FLAGS:
      {
        g_autoptr(GFlagsClass) klass = g_type_class_ref (info->choices ());
        g_auto(GStrv) words = g_strsplit_set (text, ", ", -1);
        guint flags = 0;

        for (guint i = 0; words[i] != NULL; i++)
          {
            g_autofree char *nick = g_ascii_strdown (words[i], -1);
            GFlagsValue *found;

            if (nick[0] == '\0')
              continue;

            found = g_flags_get_value_by_nick (klass, nick);
            if (found == NULL)
              {
                g_autoptr(GString) nicks = g_string_new (NULL);

                for (guint j = 0; j < klass->n_values; j++)
                  g_string_append_printf (nicks, "%s%s", j > 0 ? ", " : "", klass->values[j].value_nick);
                pursuit_set_validation_error (error, info->name, PURSUIT_VALIDATION_ERROR_FORMAT,
                                              _("Write some of %s, separated by commas"), nicks->str);
                return FALSE;
              }
            flags |= found->value;
          }
        pursuit_job_set_number (job, field, (int) flags);
        return TRUE;
      }

    case PURSUIT_FIELD_STAGE:
    default:
      g_return_val_if_reached (FALSE);
    }

  if (info->required && is_blank (value))
    {
      pursuit_set_validation_error (error, info->name, PURSUIT_VALIDATION_ERROR_EMPTY,
                                    /* Translators: %s is a field, such as “Company” */
                                    _("%s cannot be empty"), pursuit_job_field_get_label (field));
      return FALSE;
    }

  if (!pursuit_check_text (value, info->max_length, TRUE, &cause))
    return fail_for (info, error, g_steal_pointer (&cause));

  pursuit_job_set_text (job, field, value);
  return TRUE;
}

static char *
format_amount (double value)
{
  if (value < 0)
    return g_strdup ("");
  if (value == (double) (gint64) value)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);

  /* Cents as people write them ("19.50"), but as many decimals as were
   * read (up to four, "19.0825"), so the text reads back to the same sum. */
  {
    static const char *const formats[] = { "%.2f", "%.3f", "%.4f" };
    char buffer[G_ASCII_DTOSTR_BUF_SIZE];

    for (guint i = 0; i < G_N_ELEMENTS (formats) - 1; i++)
      {
        g_ascii_formatd (buffer, sizeof buffer, formats[i], value);
        if (g_ascii_strtod (buffer, NULL) == value)
          return g_strdup (buffer);
      }
    return g_strdup (g_ascii_formatd (buffer, sizeof buffer, formats[G_N_ELEMENTS (formats) - 1], value));
  }
}

/**
 * pursuit_job_field_format:
 *
 * Returns: (transfer full): @job's @field as text that
 *   pursuit_job_field_parse() reads back to the same value
 */
char *
pursuit_job_field_format (PursuitJob      *job,
                          PursuitJobField  field)
{
  const PursuitJobFieldInfo *info;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);
  g_return_val_if_fail (field < PURSUIT_JOB_N_FIELDS, NULL);

  info = &fields[field];
  if (is_text_kind (info->kind))
    return g_strdup (pursuit_job_get_text (job, field));

  switch (info->kind)
    {
    case PURSUIT_FIELD_AMOUNT:
      return format_amount (pursuit_job_get_amount (job, field));
    case PURSUIT_FIELD_NUMBER:
      return g_strdup_printf ("%d", pursuit_job_get_number (job, field));
    case PURSUIT_FIELD_SWITCH:
      return g_strdup (pursuit_job_get_number (job, field) ? "yes" : "no");
    case PURSUIT_FIELD_CHOICE:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (info->choices ());
        GEnumValue *found = g_enum_get_value (klass, pursuit_job_get_number (job, field));

        return g_strdup (found != NULL ? found->value_nick : "");
      }
    case PURSUIT_FIELD_FLAGS:
      {
        g_autoptr(GFlagsClass) klass = g_type_class_ref (info->choices ());
        guint flags = (guint) pursuit_job_get_number (job, field);
        g_autoptr(GString) text = g_string_new (NULL);

        for (guint i = 0; i < klass->n_values; i++)
          {
            if ((flags & klass->values[i].value) != 0)
              g_string_append_printf (text, "%s%s", text->len > 0 ? "," : "", klass->values[i].value_nick);
          }
        return g_string_free (g_steal_pointer (&text), FALSE);
      }
    case PURSUIT_FIELD_STAGE:
      {
        PursuitStage *stage = pursuit_job_get_stage (job);

        return g_strdup (stage != NULL ? pursuit_stage_get_name (stage) : "");
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * pursuit_job_field_check:
 *
 * Whether the value @job holds in @field may be saved; the same rules as
 * pursuit_job_field_parse() for a value already in the object.
 */
gboolean
pursuit_job_field_check (PursuitJob       *job,
                         PursuitJobField   field,
                         GError          **error)
{
  const PursuitJobFieldInfo *info;
  g_autoptr(GError) cause = NULL;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), FALSE);
  g_return_val_if_fail (field < PURSUIT_JOB_N_FIELDS, FALSE);

  info = &fields[field];

  if (is_text_kind (info->kind))
    {
      const char *text = pursuit_job_get_text (job, field);

      /* Most fields of most jobs are empty, which every kind of text
       * takes unless the field is required: an import checks 100,000. */
      if (text[0] == '\0' && !info->required)
        return TRUE;

      if (!pursuit_check_text (text, info->max_length, TRUE, &cause))
        return fail_for (info, error, g_steal_pointer (&cause));

      if (info->required && is_blank (text))
        {
          pursuit_set_validation_error (error, info->name, PURSUIT_VALIDATION_ERROR_EMPTY,
                                        _("%s cannot be empty"), pursuit_job_field_get_label (field));
          return FALSE;
        }

      if (info->kind == PURSUIT_FIELD_DATE || info->kind == PURSUIT_FIELD_WEB_ADDRESS ||
          info->kind == PURSUIT_FIELD_CURRENCY)
        {
          g_autofree char *normal = NULL;
          gboolean read;

          /* A saved value is one the parser gives back unchanged. */
          if (info->kind == PURSUIT_FIELD_DATE)
            read = pursuit_parse_date (text, &normal, &cause);
          else if (info->kind == PURSUIT_FIELD_WEB_ADDRESS)
            read = pursuit_parse_web_address (text, &normal, &cause);
          else
            read = pursuit_parse_currency (text, &normal, &cause);

          if (!read)
            return fail_for (info, error, g_steal_pointer (&cause));
          if (!g_str_equal (normal, text))
            {
              pursuit_set_validation_error (error, info->name, PURSUIT_VALIDATION_ERROR_FORMAT,
                                            /* Translators: %s is a field, such as “Deadline” */
                                            _("%s is not written the way it is saved"),
                                            pursuit_job_field_get_label (field));
              return FALSE;
            }
        }
      return TRUE;
    }

  switch (info->kind)
    {
    case PURSUIT_FIELD_NUMBER:
      {
        int number = pursuit_job_get_number (job, field);

        if (number < info->minimum || number > info->maximum)
          {
            pursuit_set_validation_error (error, info->name, PURSUIT_VALIDATION_ERROR_RANGE,
                                          _("Write a number from %d to %d"), info->minimum, info->maximum);
            return FALSE;
          }
        return TRUE;
      }

    case PURSUIT_FIELD_CHOICE:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (info->choices ());

        if (g_enum_get_value (klass, pursuit_job_get_number (job, field)) == NULL)
          {
            pursuit_set_validation_error (error, info->name, PURSUIT_VALIDATION_ERROR_RANGE,
                                          _("%s has a value Pursuit does not know"),
                                          pursuit_job_field_get_label (field));
            return FALSE;
          }
        return TRUE;
      }

    case PURSUIT_FIELD_FLAGS:
      {
        g_autoptr(GFlagsClass) klass = g_type_class_ref (info->choices ());

        if (((guint) pursuit_job_get_number (job, field) & ~klass->mask) != 0)
          {
            pursuit_set_validation_error (error, info->name, PURSUIT_VALIDATION_ERROR_RANGE,
                                          _("%s has a value Pursuit does not know"),
                                          pursuit_job_field_get_label (field));
            return FALSE;
          }
        return TRUE;
      }

    case PURSUIT_FIELD_STAGE:
      if (pursuit_job_get_stage (job) == NULL)
        {
          pursuit_set_validation_error (error, info->name, PURSUIT_VALIDATION_ERROR_EMPTY,
                                        _("A job needs a stage"));
          return FALSE;
        }
      return TRUE;

    case PURSUIT_FIELD_AMOUNT:
    case PURSUIT_FIELD_SWITCH:
    default:
      return TRUE;
    }
}
