/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-fuzz.h"
#include "pursuit-job-fields.h"
#include "pursuit-validation.h"

/* pursuit_job_field_parse() for every field a person types into (all but
 * the stage, which needs a database), on any text. The rules the job page
 * and pursuit-cli rely on:
 * - a value that is read can be saved (pursuit_job_field_check agrees);
 * - formatted, it reads back to the same value (the page shows the
 *   formatted text and reads it again when the field is left);
 * - a refusal leaves the job as it was and names the field. */

static void
assert_same_value (PursuitJob      *job,
                   PursuitJob      *other,
                   PursuitJobField  field)
{
  const PursuitJobFieldInfo *info = pursuit_job_field_get_info (field);

  switch (info->kind)
    {
    case PURSUIT_FIELD_AMOUNT:
      g_assert_cmpfloat (pursuit_job_get_amount (other, field), ==, pursuit_job_get_amount (job, field));
      break;
    case PURSUIT_FIELD_CHOICE:
    case PURSUIT_FIELD_FLAGS:
    case PURSUIT_FIELD_NUMBER:
    case PURSUIT_FIELD_SWITCH:
      g_assert_cmpint (pursuit_job_get_number (other, field), ==, pursuit_job_get_number (job, field));
      break;
    case PURSUIT_FIELD_TEXT:
    case PURSUIT_FIELD_LONG_TEXT:
    case PURSUIT_FIELD_DATE:
    case PURSUIT_FIELD_WEB_ADDRESS:
    case PURSUIT_FIELD_CURRENCY:
      g_assert_cmpstr (pursuit_job_get_text (other, field), ==, pursuit_job_get_text (job, field));
      break;
    case PURSUIT_FIELD_STAGE:
    default:
      g_assert_not_reached ();
    }
}

static void
check_field (PursuitJobField  field,
             const char      *text)
{
  const PursuitJobFieldInfo *info = pursuit_job_field_get_info (field);
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(PursuitJob) before = NULL;
  g_autoptr(PursuitJob) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *formatted = NULL;

  /* A job with values in every field, so "left as it was" means something. */
  pursuit_job_set_company (job, "Acme Ltd");
  pursuit_job_set_title (job, "Support Agent");
  pursuit_job_set_url (job, "https://example.com/jobs/1");
  pursuit_job_set_pay_min (job, 38500);
  pursuit_job_set_pay_currency (job, "USD");
  pursuit_job_set_excitement (job, 3);
  pursuit_job_set_deadline (job, "2026-12-01");
  pursuit_job_set_notes (job, "Call back on Monday");
  pursuit_job_set_details_loaded (job, TRUE);
  before = pursuit_job_copy (job);

  if (!pursuit_job_field_parse (job, field, text, &error))
    {
      pursuit_fuzz_assert_error_readable (error, PURSUIT_VALIDATION_ERROR);
      g_assert_cmpstr (pursuit_validation_error_get_field (error), ==, info->name);
      g_assert_cmpuint (pursuit_job_diff (job, before), ==, 0);
      return;
    }

  g_assert_no_error (error);
  /* Only the field itself changed. */
  g_assert_cmpuint (pursuit_job_diff (job, before) & ~PURSUIT_JOB_FIELD_BIT (field), ==, 0);

  if (!pursuit_job_field_check (job, field, &error))
    pursuit_fuzz_fail ("%s: read “%s” but will not save it: %s", info->name, text, error->message);

  formatted = pursuit_job_field_format (job, field);
  g_assert_nonnull (formatted);
  again = pursuit_job_new ();
  pursuit_job_set_details_loaded (again, TRUE);
  if (!pursuit_job_field_parse (again, field, formatted, &error))
    pursuit_fuzz_fail ("%s: cannot read back “%s” (from “%s”): %s", info->name, formatted, text, error->message);
  assert_same_value (job, again, field);

  {
    g_autofree char *formatted_again = pursuit_job_field_format (again, field);

    g_assert_cmpstr (formatted_again, ==, formatted);
  }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = pursuit_fuzz_text (data, size);

  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      if (pursuit_job_field_get_info (field)->kind != PURSUIT_FIELD_STAGE)
        check_field (field, text);
    }

  {
    const PursuitJobFieldInfo *found = pursuit_job_field_find (text);

    if (found != NULL)
      g_assert_true (pursuit_job_field_get_info (found->field) == found);
  }
  return 0;
}
