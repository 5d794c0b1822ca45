/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-fuzz.h"
#include "pursuit-html-text.h"
#include "pursuit-job.h"
#include "pursuit-job-fields.h"
#include "pursuit-posting.h"
#include "pursuit-stage.h"

/* The reader of schema.org JobPosting data in a saved page, and the HTML
 * helpers it turns descriptions into text with, on any bytes (a page is
 * read whole, NULs too).
 *
 * - A posting read is a draft the store saves as it is once given a stage,
 *   and a company, a title and pay's currency when the page had none (every
 *   other field passes pursuit_job_field_check()), with valid UTF-8
 *   everywhere, pay in order, and a real date posted or none.
 * - A refusal is a readable PURSUIT_POSTING_ERROR.
 * - The HTML helpers keep valid UTF-8 valid; collapsed spaces have no run
 *   of spaces, none at the ends, and collapsing again changes nothing; a
 *   tag's end lies within the text. */

static void
check_posting (const PursuitPosting *posting,
               PursuitStage         *stage)
{
  PursuitJob *job = posting->job;
  g_autoptr(GError) error = NULL;
  const char *texts[] = {
    pursuit_job_get_title (job), pursuit_job_get_company (job), pursuit_job_get_location (job),
    pursuit_job_get_industry (job), pursuit_job_get_url (job), pursuit_job_get_posting_text (job),
    pursuit_job_get_notes (job), pursuit_job_get_pay_currency (job),
  };

  g_assert_nonnull (job);
  g_assert_null (pursuit_job_get_stage (job));
  g_assert_cmpint (pursuit_job_get_id (job), ==, 0);
  /* Company, title and the currency of pay may be missing from the page:
   * the user adds them. Everything else saves as it was read. */
  gboolean needs_currency = pursuit_job_get_pay_currency (job)[0] == '\0' &&
                            (pursuit_job_get_pay_min (job) >= 0 || pursuit_job_get_pay_max (job) >= 0);

  if (pursuit_job_get_company (job)[0] != '\0' && pursuit_job_get_title (job)[0] != '\0' && !needs_currency)
    {
      pursuit_job_set_stage (job, stage);
      if (!pursuit_job_validate (job, &error))
        pursuit_fuzz_fail ("A posting read does not save: %s", error->message);
      pursuit_job_set_stage (job, NULL);
    }
  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      g_autoptr(GError) field_error = NULL;

      if (field == PURSUIT_JOB_FIELD_STAGE || field == PURSUIT_JOB_FIELD_COMPANY || field == PURSUIT_JOB_FIELD_TITLE ||
          (field == PURSUIT_JOB_FIELD_PAY_CURRENCY && needs_currency))
        continue;
      if (!pursuit_job_field_check (job, field, &field_error))
        pursuit_fuzz_fail ("A posting read does not save: %s", field_error->message);
    }

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_assert_nonnull (texts[i]);
      g_assert_true (g_utf8_validate (texts[i], -1, NULL));
    }
  if (pursuit_job_get_pay_min (job) >= 0 && pursuit_job_get_pay_max (job) >= 0)
    g_assert_cmpfloat (pursuit_job_get_pay_min (job), <=, pursuit_job_get_pay_max (job));
  pursuit_fuzz_assert_date (posting->date_posted);
  pursuit_fuzz_assert_date (pursuit_job_get_deadline (job));
}

static void
check_collapsed (const char *collapsed)
{
  g_autofree char *again = pursuit_html_collapse_spaces (collapsed);

  g_assert_true (g_utf8_validate (collapsed, -1, NULL));
  g_assert_false (g_ascii_isspace (collapsed[0]));
  if (collapsed[0] != '\0')
    g_assert_false (g_ascii_isspace (collapsed[strlen (collapsed) - 1]));
  for (const char *p = collapsed; *p != '\0'; p++)
    g_assert_false (g_ascii_isspace (p[0]) && g_ascii_isspace (p[1]));
  g_assert_cmpstr (again, ==, collapsed);
}

static void
check_html (const char *text)
{
  gsize length = strlen (text);
  g_autofree char *decoded = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *collapsed = NULL;
  const char *end = text + length;

  /* The helpers take UTF-8; the posting reader refuses anything else
   * before they see it. */
  if (!g_utf8_validate (text, -1, NULL))
    return;

  decoded = pursuit_html_decode_entities (text, -1);
  g_assert_true (g_utf8_validate (decoded, -1, NULL));
  plain = pursuit_html_to_text (text, -1);
  g_assert_true (g_utf8_validate (plain, -1, NULL));
  collapsed = pursuit_html_collapse_spaces (plain);
  check_collapsed (collapsed);

  /* With a length, only that much is read. */
  if (length > 0)
    {
      const char *half = g_utf8_find_prev_char (text, text + length / 2 + 1);
      gssize half_length = half != NULL ? half - text : 0;
      g_autofree char *part = pursuit_html_to_text (text, half_length);
      g_autofree char *copy = g_strndup (text, (gsize) half_length);
      g_autofree char *part_of_copy = pursuit_html_to_text (copy, -1);

      g_assert_cmpstr (part, ==, part_of_copy);
    }

  for (const char *p = text; p < end; p++)
    {
      if (*p == '<')
        {
          const char *tag_end = pursuit_html_find_tag_end (p + 1, end);

          if (tag_end != NULL)
            {
              g_assert_true (tag_end > p && tag_end < end);
              g_assert_cmpint (*tag_end, ==, '>');
            }
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) postings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = pursuit_fuzz_text (data, size);

  postings = pursuit_posting_parse ((const char *) data, size, &error);
  if (postings == NULL)
    pursuit_fuzz_assert_error_readable (error, PURSUIT_POSTING_ERROR);
  else
    {
      g_autoptr(PursuitStage) stage = pursuit_stage_new (1, PURSUIT_STAGE_KIND_WISHLIST, NULL, 0, FALSE);

      g_assert_no_error (error);
      g_assert_cmpuint (postings->len, >, 0);
      for (guint i = 0; i < postings->len; i++)
        check_posting (g_ptr_array_index (postings, i), stage);
    }

  check_html (text);
  return 0;
}
