/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-enums.h"
#include "pursuit-error.h"
#include "pursuit-job.h"
#include "pursuit-job-fields.h"
#include "pursuit-strings.h"
#include "pursuit-test-utils.h"
#include "pursuit-validation.h"

/* PursuitJob: its defaults, notifications, copies and checks. */

/* Every "notify" emission is logged by property name, so a test can tell both
 * how many notifications there were and which properties they were for. */
static void
record_notify (GObject    *object,
               GParamSpec *pspec,
               gpointer    user_data)
{
  GPtrArray *log = user_data;

  g_ptr_array_add (log, (gpointer) g_param_spec_get_name (pspec));
}

static void
watch_notify (gpointer   object,
              GPtrArray *log)
{
  g_signal_connect (object, "notify", G_CALLBACK (record_notify), log);
}

static guint
count_notify (GPtrArray  *log,
              const char *property)
{
  guint count = 0;

  for (guint i = 0; i < log->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (log, i), property))
        count++;
    }
  return count;
}

static PursuitJob *
make_full_job (PursuitStage *stage)
{
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_id (job, 42);
  pursuit_job_set_uuid (job, "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  pursuit_job_set_company (job, "Acme Corporation");
  pursuit_job_set_title (job, "Senior Widget Engineer");
  pursuit_job_set_location (job, "Zürich (remote)");
  pursuit_job_set_url (job, "https://example.com/jobs/42");
  pursuit_job_set_notes (job, "Referred by Ada.\nSalary band: 100–120k");
  pursuit_job_set_stage (job, stage);
  pursuit_job_set_created_at (job, 1700000000);
  pursuit_job_set_updated_at (job, 1700000500);
  return job;
}

static void
assert_jobs_equal (PursuitJob *a,
                   PursuitJob *b)
{
  char uuid_a[PURSUIT_JOB_UUID_SIZE], uuid_b[PURSUIT_JOB_UUID_SIZE];

  g_assert_cmpint (pursuit_job_get_id (a), ==, pursuit_job_get_id (b));
  g_assert_cmpstr (pursuit_job_get_uuid (a, uuid_a), ==, pursuit_job_get_uuid (b, uuid_b));
  g_assert_cmpstr (pursuit_job_get_company (a), ==, pursuit_job_get_company (b));
  g_assert_cmpstr (pursuit_job_get_title (a), ==, pursuit_job_get_title (b));
  g_assert_cmpstr (pursuit_job_get_location (a), ==, pursuit_job_get_location (b));
  g_assert_cmpstr (pursuit_job_get_url (a), ==, pursuit_job_get_url (b));
  g_assert_cmpstr (pursuit_job_get_notes (a), ==, pursuit_job_get_notes (b));
  g_assert_true (pursuit_job_get_stage (a) == pursuit_job_get_stage (b));
  g_assert_cmpint (pursuit_job_get_created_at (a), ==, pursuit_job_get_created_at (b));
  g_assert_cmpint (pursuit_job_get_updated_at (a), ==, pursuit_job_get_updated_at (b));
}

static void
test_job_defaults (void)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  const char *properties[] = { "uuid", "company", "title", "location", "url", "notes" };
  char uuid[PURSUIT_JOB_UUID_SIZE];

  g_assert_cmpint (pursuit_job_get_id (job), ==, 0);
  g_assert_cmpstr (pursuit_job_get_uuid (job, uuid), ==, "");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "");
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "");
  g_assert_cmpstr (pursuit_job_get_notes (job), ==, "");
  g_assert_null (pursuit_job_get_stage (job));
  g_assert_cmpint (pursuit_job_get_created_at (job), ==, 0);
  g_assert_cmpint (pursuit_job_get_updated_at (job), ==, 0);

  /* Bindings and views read through GObject properties: "" there too. */
  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (job, properties[i], &value, NULL);
      g_assert_nonnull (value);
      g_assert_cmpstr (value, ==, "");
    }

  /* NULL stands for "" so a string is never NULL, even after a set. */
  pursuit_job_set_company (job, "Acme");
  pursuit_job_set_company (job, NULL);
  g_assert_nonnull (pursuit_job_get_company (job));
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "");

  g_object_set (job, "notes", NULL, NULL);
  g_assert_cmpstr (pursuit_job_get_notes (job), ==, "");
}

/* The uuid as the other text fields are read, for the table below. */
static const char *
get_uuid (PursuitJob *job)
{
  static char buffer[PURSUIT_JOB_UUID_SIZE];

  return pursuit_job_get_uuid (job, buffer);
}

static void
test_job_notify_string (void)
{
  static const struct
  {
    const char *property;
    void (*set) (PursuitJob *, const char *);
    const char *(*get) (PursuitJob *);
  } setters[] = {
    { "uuid", pursuit_job_set_uuid, get_uuid },
    { "company", pursuit_job_set_company, pursuit_job_get_company },
    { "title", pursuit_job_set_title, pursuit_job_get_title },
    { "location", pursuit_job_set_location, pursuit_job_get_location },
    { "url", pursuit_job_set_url, pursuit_job_get_url },
    { "notes", pursuit_job_set_notes, pursuit_job_get_notes },
  };

  for (guint i = 0; i < G_N_ELEMENTS (setters); i++)
    {
      g_autoptr(GPtrArray) log = g_ptr_array_new ();
      g_autoptr(PursuitJob) job = pursuit_job_new ();
      char value[] = "Some value";

      watch_notify (job, log);

      /* "" is the default, and NULL means "". */
      setters[i].set (job, "");
      setters[i].set (job, NULL);
      g_assert_cmpuint (log->len, ==, 0);

      setters[i].set (job, value);
      g_assert_cmpuint (log->len, ==, 1);
      g_assert_cmpuint (count_notify (log, setters[i].property), ==, 1);
      g_assert_cmpstr (setters[i].get (job), ==, "Some value");

      /* The job keeps its own copy: equal text from another buffer is no change. */
      g_assert_true (setters[i].get (job) != value);
      setters[i].set (job, "Some value");
      g_assert_cmpuint (log->len, ==, 1);

      g_object_set (job, setters[i].property, "Some value", NULL);
      g_assert_cmpuint (log->len, ==, 1);

      g_object_set (job, setters[i].property, "Another value", NULL);
      g_assert_cmpuint (log->len, ==, 2);
      g_assert_cmpstr (setters[i].get (job), ==, "Another value");

      setters[i].set (job, NULL);
      g_assert_cmpuint (log->len, ==, 3);
      g_assert_cmpstr (setters[i].get (job), ==, "");

      setters[i].set (job, "");
      g_assert_cmpuint (log->len, ==, 3);
      g_assert_cmpuint (count_notify (log, setters[i].property), ==, 3);
    }
}

static void
test_job_notify_int64 (void)
{
  static const struct
  {
    const char *property;
    void (*set) (PursuitJob *, gint64);
    gint64 (*get) (PursuitJob *);
  } setters[] = {
    { "id", pursuit_job_set_id, pursuit_job_get_id },
    { "created-at", pursuit_job_set_created_at, pursuit_job_get_created_at },
    { "updated-at", pursuit_job_set_updated_at, pursuit_job_get_updated_at },
  };

  for (guint i = 0; i < G_N_ELEMENTS (setters); i++)
    {
      g_autoptr(GPtrArray) log = g_ptr_array_new ();
      g_autoptr(PursuitJob) job = pursuit_job_new ();

      watch_notify (job, log);

      setters[i].set (job, 0);
      g_assert_cmpuint (log->len, ==, 0);

      setters[i].set (job, G_GINT64_CONSTANT (1700000000123));
      g_assert_cmpuint (log->len, ==, 1);
      g_assert_cmpuint (count_notify (log, setters[i].property), ==, 1);
      g_assert_cmpint (setters[i].get (job), ==, G_GINT64_CONSTANT (1700000000123));

      setters[i].set (job, G_GINT64_CONSTANT (1700000000123));
      g_object_set (job, setters[i].property, G_GINT64_CONSTANT (1700000000123), NULL);
      g_assert_cmpuint (log->len, ==, 1);

      g_object_set (job, setters[i].property, (gint64) 7, NULL);
      g_assert_cmpuint (log->len, ==, 2);
      g_assert_cmpint (setters[i].get (job), ==, 7);
    }
}

static void
test_job_notify_stage (void)
{
  g_autoptr(GPtrArray) log = g_ptr_array_new ();
  g_autoptr(PursuitStage) wishlist = pursuit_stage_new (1, PURSUIT_STAGE_KIND_WISHLIST, NULL, 0, FALSE);
  g_autoptr(PursuitStage) applied = pursuit_stage_new (2, PURSUIT_STAGE_KIND_APPLIED, NULL, 1, FALSE);
  g_autoptr(PursuitJob) job = pursuit_job_new ();

  watch_notify (job, log);

  pursuit_job_set_stage (job, NULL);
  g_assert_cmpuint (log->len, ==, 0);

  pursuit_job_set_stage (job, wishlist);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_true (pursuit_job_get_stage (job) == wishlist);

  pursuit_job_set_stage (job, wishlist);
  g_object_set (job, "stage", wishlist, NULL);
  g_assert_cmpuint (log->len, ==, 1);

  pursuit_job_set_stage (job, applied);
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_true (pursuit_job_get_stage (job) == applied);

  pursuit_job_set_stage (job, NULL);
  g_assert_cmpuint (log->len, ==, 3);
  g_assert_null (pursuit_job_get_stage (job));
  g_assert_cmpuint (count_notify (log, "stage"), ==, 3);

  /* The job holds a reference on its stage. */
  pursuit_job_set_stage (job, applied);
  g_clear_object (&applied);
  g_assert_true (PURSUIT_IS_STAGE (pursuit_job_get_stage (job)));
  g_assert_cmpint (pursuit_stage_get_id (pursuit_job_get_stage (job)), ==, 2);
}

static void
test_job_copy (void)
{
  g_autoptr(PursuitStage) stage = pursuit_stage_new (4, PURSUIT_STAGE_KIND_INTERVIEWING, NULL, 3, FALSE);
  g_autoptr(PursuitJob) job = make_full_job (stage);
  g_autoptr(PursuitJob) copy = pursuit_job_copy (job);

  g_assert_true (PURSUIT_IS_JOB (copy));
  g_assert_true (copy != job);
  assert_jobs_equal (copy, job);

  /* Editing the copy leaves the original alone (the two may share their
   * strings, which are reference counted and never changed in place). */
  pursuit_job_set_notes (copy, "Changed in the copy");
  g_assert_cmpstr (pursuit_job_get_notes (job), ==, "Referred by Ada.\nSalary band: 100–120k");
  pursuit_job_set_title (copy, "Principal Widget Engineer");
  pursuit_job_set_stage (copy, NULL);
  pursuit_job_set_updated_at (copy, 1);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Senior Widget Engineer");
  g_assert_true (pursuit_job_get_stage (job) == stage);
  g_assert_cmpint (pursuit_job_get_updated_at (job), ==, 1700000500);

  /* A copy of a fresh job is a fresh job. */
  {
    g_autoptr(PursuitJob) blank = pursuit_job_new ();
    g_autoptr(PursuitJob) blank_copy = pursuit_job_copy (blank);

    assert_jobs_equal (blank_copy, blank);
    g_assert_cmpstr (pursuit_job_get_company (blank_copy), ==, "");
  }
}

static void
test_job_assign (void)
{
  g_autoptr(GPtrArray) log = g_ptr_array_new ();
  g_autoptr(PursuitStage) interviewing = pursuit_stage_new (4, PURSUIT_STAGE_KIND_INTERVIEWING, NULL, 3, FALSE);
  g_autoptr(PursuitStage) offer = pursuit_stage_new (5, PURSUIT_STAGE_KIND_OFFER, NULL, 4, FALSE);
  g_autoptr(PursuitJob) source = make_full_job (interviewing);
  g_autoptr(PursuitJob) target = make_full_job (interviewing);

  watch_notify (target, log);

  /* Identical values: nothing to tell anyone. */
  pursuit_job_assign (target, source);
  g_assert_cmpuint (log->len, ==, 0);

  pursuit_job_set_title (source, "Staff Widget Engineer");
  pursuit_job_set_notes (source, "");
  pursuit_job_set_stage (source, offer);
  pursuit_job_set_updated_at (source, 1700009999);

  pursuit_job_assign (target, source);
  assert_jobs_equal (target, source);
  g_assert_cmpuint (log->len, ==, 4);
  g_assert_cmpuint (count_notify (log, "title"), ==, 1);
  g_assert_cmpuint (count_notify (log, "notes"), ==, 1);
  g_assert_cmpuint (count_notify (log, "stage"), ==, 1);
  g_assert_cmpuint (count_notify (log, "updated-at"), ==, 1);

  pursuit_job_assign (target, source);
  g_assert_cmpuint (log->len, ==, 4);

  /* Assigning a blank job changes, and so notifies, every field once. */
  g_ptr_array_set_size (log, 0);
  {
    g_autoptr(PursuitJob) blank = pursuit_job_new ();
    const char *every[] = { "id", "uuid", "company", "title", "location", "url",
                            "notes", "stage", "created-at", "updated-at" };

    /* notes is already "" so it is the one field left unnotified. */
    pursuit_job_assign (target, blank);
    assert_jobs_equal (target, blank);
    g_assert_cmpuint (log->len, ==, G_N_ELEMENTS (every) - 1);
    for (guint i = 0; i < G_N_ELEMENTS (every); i++)
      g_assert_cmpuint (count_notify (log, every[i]), ==, g_str_equal (every[i], "notes") ? 0 : 1);
  }
}

static PursuitJob *
make_valid_job (PursuitStage *stage)
{
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_company (job, "Acme");
  pursuit_job_set_title (job, "Engineer");
  pursuit_job_set_stage (job, stage);
  return job;
}

static void
test_job_validate_valid (void)
{
  g_autoptr(PursuitStage) stage = pursuit_stage_new (1, PURSUIT_STAGE_KIND_WISHLIST, NULL, 0, FALSE);
  g_autoptr(PursuitJob) job = make_valid_job (stage);
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_job_validate (job, &error));
  g_assert_no_error (error);

  /* Only company, title and stage are required; non-ASCII text is fine. */
  pursuit_job_set_company (job, " Ünïcode GmbH ");
  pursuit_job_set_title (job, "エンジニア");
  pursuit_job_set_notes (job, "✓ 📎");
  g_assert_true (pursuit_job_validate (job, &error));
  g_assert_no_error (error);

  /* A NULL error is allowed. */
  g_assert_true (pursuit_job_validate (job, NULL));
  pursuit_job_set_company (job, "");
  g_assert_false (pursuit_job_validate (job, NULL));
}

static const char * const blank_texts[] = {
  "",
  " ",
  "   \t\n\r ",
  "\xc2\xa0",          /* U+00A0 NO-BREAK SPACE */
  "\xe3\x80\x80 \t",   /* U+3000 IDEOGRAPHIC SPACE */
};

static void
test_job_validate_blank_company (void)
{
  g_autoptr(PursuitStage) stage = pursuit_stage_new (1, PURSUIT_STAGE_KIND_WISHLIST, NULL, 0, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (blank_texts); i++)
    {
      g_autoptr(PursuitJob) job = make_valid_job (stage);
      g_autoptr(GError) error = NULL;

      pursuit_job_set_company (job, blank_texts[i]);
      g_assert_false (pursuit_job_validate (job, &error));
      g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
    }
}

static void
test_job_validate_blank_title (void)
{
  g_autoptr(PursuitStage) stage = pursuit_stage_new (1, PURSUIT_STAGE_KIND_WISHLIST, NULL, 0, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (blank_texts); i++)
    {
      g_autoptr(PursuitJob) job = make_valid_job (stage);
      g_autoptr(GError) error = NULL;

      pursuit_job_set_title (job, blank_texts[i]);
      g_assert_false (pursuit_job_validate (job, &error));
      g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
    }
}

static void
test_job_validate_missing_stage (void)
{
  g_autoptr(PursuitJob) job = make_valid_job (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (pursuit_job_get_stage (job));
  g_assert_false (pursuit_job_validate (job, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
}

static void
test_job_validate_invalid_utf8 (void)
{
  static const char * const invalid_texts[] = {
    "\xff\xfe",
    "Acme \xc3",         /* truncated two-byte sequence */
    "caf\xc3\xa9\x80",   /* stray continuation byte */
    "\xed\xa0\x80",      /* UTF-16 surrogate */
  };
  void (*setters[]) (PursuitJob *, const char *) = {
    pursuit_job_set_company,
    pursuit_job_set_title,
    pursuit_job_set_location,
    pursuit_job_set_url,
    pursuit_job_set_notes,
  };
  g_autoptr(PursuitStage) stage = pursuit_stage_new (1, PURSUIT_STAGE_KIND_WISHLIST, NULL, 0, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (setters); i++)
    {
      for (guint j = 0; j < G_N_ELEMENTS (invalid_texts); j++)
        {
          g_autoptr(PursuitJob) job = make_valid_job (stage);
          g_autoptr(GError) error = NULL;

          setters[i] (job, invalid_texts[j]);
          g_assert_false (pursuit_job_validate (job, &error));
          g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_BAD_TEXT);
        }
    }
}

static void
spoil_company (PursuitJob *job)
{
  pursuit_job_set_company (job, "Acme\x01");
}

static void
spoil_url (PursuitJob *job)
{
  pursuit_job_set_url (job, "https://exa mple.com/");
}

static void
spoil_excitement (PursuitJob *job)
{
  pursuit_job_set_excitement (job, 9);
}

static void
spoil_pay (PursuitJob *job)
{
  /* Pay with no currency. */
  pursuit_job_set_pay_min (job, 40000);
}

static void
spoil_notes (PursuitJob *job)
{
  pursuit_job_set_notes (job, "bell\x07");
}

/* A job remembers that its values passed, so an import's drafts are not
 * checked twice; any change to a value makes it check them again, and the
 * stage is checked every time. */
static void
test_job_validate_after_change (void)
{
  g_autoptr(PursuitStage) stage = pursuit_stage_new (1, PURSUIT_STAGE_KIND_WISHLIST, NULL, 0, FALSE);
  void (*spoil[]) (PursuitJob *) = {
    spoil_company, spoil_url, spoil_excitement, spoil_pay, spoil_notes,
  };

  for (guint i = 0; i < G_N_ELEMENTS (spoil); i++)
    {
      g_autoptr(PursuitJob) job = make_valid_job (stage);
      g_autoptr(PursuitJob) copy = NULL;
      g_autoptr(PursuitJob) spoiled_copy = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (pursuit_job_validate (job, NULL));
      copy = pursuit_job_copy (job);
      spoiled_copy = pursuit_job_copy (job);

      /* The copy of a checked job is as good, until its stage goes. */
      g_assert_true (pursuit_job_validate (copy, NULL));
      pursuit_job_set_stage (copy, NULL);
      g_assert_false (pursuit_job_validate (copy, &error));
      g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_EMPTY);
      g_clear_error (&error);

      spoil[i] (job);
      g_assert_false (pursuit_job_validate (job, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);

      spoil[i] (spoiled_copy);
      g_assert_false (pursuit_job_validate (spoiled_copy, NULL));
    }
}

/* Repeated short values are kept once however many jobs hold them; each
 * job still changes its own. */
static void
test_job_shared_strings (void)
{
  g_autoptr(PursuitJob) a = pursuit_job_new ();
  g_autoptr(PursuitJob) b = pursuit_job_new ();
  g_autoptr(PursuitJob) copy = NULL;
  g_autofree char *company = g_strdup ("Acme Support");

  g_assert_true (pursuit_job_get_location (a) == pursuit_job_get_location (b));
  g_assert_cmpstr (pursuit_job_get_location (a), ==, "");

  pursuit_job_set_company (a, company);
  pursuit_job_set_company (b, "Acme Support");
  g_assert_true (pursuit_job_get_company (a) == pursuit_job_get_company (b));
  g_assert_true (pursuit_job_get_company (a) != company);

  pursuit_job_set_location (a, "Leeds");
  pursuit_job_set_location (b, "Leeds");
  g_assert_true (pursuit_job_get_location (a) == pursuit_job_get_location (b));

  copy = pursuit_job_copy (a);
  g_assert_true (pursuit_job_get_company (copy) == pursuit_job_get_company (a));

  /* Changing one leaves the others as they were. */
  pursuit_job_set_company (b, "Initech");
  g_assert_cmpstr (pursuit_job_get_company (a), ==, "Acme Support");
  g_assert_cmpstr (pursuit_job_get_company (copy), ==, "Acme Support");
  g_assert_cmpstr (pursuit_job_get_company (b), ==, "Initech");

  /* Setting a field from its own value, or emptying it, is safe. */
  pursuit_job_set_location (a, pursuit_job_get_location (a));
  g_assert_cmpstr (pursuit_job_get_location (a), ==, "Leeds");
  pursuit_job_set_location (a, pursuit_job_get_location (a) + 2);
  g_assert_cmpstr (pursuit_job_get_location (a), ==, "eds");
  pursuit_job_set_location (a, NULL);
  g_assert_cmpstr (pursuit_job_get_location (a), ==, "");
  g_assert_cmpstr (pursuit_job_get_location (b), ==, "Leeds");

  pursuit_job_set_posting_text (a, "Handle billing questions by phone.");
  g_assert_cmpstr (pursuit_job_get_posting_text (a), ==, "Handle billing questions by phone.");
  g_clear_object (&copy);
  copy = pursuit_job_copy (a);
  g_assert_cmpstr (pursuit_job_get_posting_text (copy), ==, "Handle billing questions by phone.");
}

/* The uuid is kept in the job; a longer one than a uuid still comes back
 * whole, and one set from the job's own text or a part of it is kept. */
static void
test_job_uuid (void)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autofree char *long_uuid = g_strnfill (100, 'a');
  g_autofree char *copy = NULL;
  char uuid[PURSUIT_JOB_UUID_SIZE];

  pursuit_job_set_uuid (job, "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  g_assert_cmpstr (pursuit_job_get_uuid (job, uuid), ==, "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  pursuit_job_set_uuid (job, pursuit_job_get_uuid (job, uuid) + 9);
  g_assert_cmpstr (pursuit_job_get_uuid (job, uuid), ==, "9dad-11d1-80b4-00c04fd430c8");

  pursuit_job_set_uuid (job, long_uuid);
  g_assert_cmpstr (pursuit_job_get_uuid (job, uuid), ==, long_uuid);
  pursuit_job_set_uuid (job, pursuit_job_get_uuid (job, uuid) + 60);
  g_assert_cmpuint (strlen (pursuit_job_get_uuid (job, uuid)), ==, 40);
  pursuit_job_set_uuid (job, pursuit_job_get_uuid (job, uuid) + 10);
  g_assert_cmpuint (strlen (pursuit_job_get_uuid (job, uuid)), ==, 30);

  copy = g_strdup (pursuit_job_get_uuid (job, uuid));
  g_clear_object (&job);
  job = pursuit_job_new ();
  pursuit_job_set_uuid (job, long_uuid);
  pursuit_job_set_uuid (job, NULL);
  g_assert_cmpstr (pursuit_job_get_uuid (job, uuid), ==, "");
  g_assert_cmpuint (strlen (copy), ==, 30);
}

/* A canonical uuid is kept as its 16 bytes and written again as it came;
 * any other text (upper case, a brace, a letter past f, one character too
 * many or too few, a dash out of place) comes back exactly as set, through
 * a copy, an assignment and a property; and equal texts are no change. */
static void
test_job_uuid_forms (void)
{
  static const char *const uuids[] = {
    "0190d2a4-7b1c-7e3f-9a2b-3c4d5e6f7a8b",
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
    "6BA7B810-9DAD-11D1-80B4-00C04FD430C8",
    "6ba7b810-9dad-11d1-80b4-00c04fd430C8",
    "{6ba7b810-9dad-11d1-80b4-00c04fd430c8}",
    "6ba7b810-9dad-11d1-80b4-00c04fd430c8a",
    "6ba7b810-9dad-11d1-80b4-00c04fd430c",
    "6ba7b810-9dad-11d1-80b4-00c04fd430cg",
    "6ba7b8109-dad-11d1-80b4-00c04fd430c8",
    "6ba7b81009dad011d1080b4000c04fd430c8",
    "not a uuid",
  };

  for (guint i = 0; i < G_N_ELEMENTS (uuids); i++)
    {
      g_autoptr(PursuitJob) job = pursuit_job_new ();
      g_autoptr(PursuitJob) copy = NULL;
      g_autoptr(PursuitJob) assigned = pursuit_job_new ();
      g_autoptr(GPtrArray) log = g_ptr_array_new ();
      g_autofree char *property = NULL;
      g_autofree char *upper = g_ascii_strup (uuids[i], -1);
      char uuid[PURSUIT_JOB_UUID_SIZE];
      char other[PURSUIT_JOB_UUID_SIZE];

      pursuit_job_set_uuid (job, uuids[i]);
      g_assert_cmpstr (pursuit_job_get_uuid (job, uuid), ==, uuids[i]);
      g_object_get (job, "uuid", &property, NULL);
      g_assert_cmpstr (property, ==, uuids[i]);

      copy = pursuit_job_copy (job);
      g_assert_cmpstr (pursuit_job_get_uuid (copy, uuid), ==, uuids[i]);
      pursuit_job_assign (assigned, job);
      g_assert_cmpstr (pursuit_job_get_uuid (assigned, uuid), ==, uuids[i]);

      watch_notify (job, log);
      pursuit_job_set_uuid (job, pursuit_job_get_uuid (copy, other));
      g_assert_cmpuint (count_notify (log, "uuid"), ==, 0);

      /* Another case of the same digits is another text. */
      if (strcmp (upper, uuids[i]) != 0)
        {
          pursuit_job_set_uuid (job, upper);
          g_assert_cmpuint (count_notify (log, "uuid"), ==, 1);
          g_assert_cmpstr (pursuit_job_get_uuid (job, uuid), ==, upper);
          g_assert_cmpstr (pursuit_job_get_uuid (copy, other), ==, uuids[i]);
        }

      pursuit_job_set_uuid (job, "");
      g_assert_cmpstr (pursuit_job_get_uuid (job, uuid), ==, "");
    }
}

/* The times a job keeps are exact whatever they are: those four bytes hold
 * (1970 to 2106) and the others, kept apart, through set, get, a property,
 * a copy and an assignment; setting the same time again is no change. */
static void
test_job_packed_times (void)
{
  static const gint64 times[] = {
    0, 1, 1700000000, G_MAXUINT32 - 1, G_MAXUINT32, (gint64) G_MAXUINT32 + 1,
    4102444800 /* 2100 */, 32503680000 /* 3000 */, -1, -86400 * 365, G_MAXINT64, G_MININT64,
  };
  /* The id is kept as the times are. */
  static const char *const properties[] = { "id", "created-at", "updated-at", "stage-entered-at", "next-interview-at" };
  gint64 (*const getters[]) (PursuitJob *) = {
    pursuit_job_get_id, pursuit_job_get_created_at, pursuit_job_get_updated_at,
    pursuit_job_get_stage_entered_at, pursuit_job_get_next_interview_at,
  };
  void (*const setters[]) (PursuitJob *, gint64) = {
    pursuit_job_set_id, pursuit_job_set_created_at, pursuit_job_set_updated_at,
    pursuit_job_set_stage_entered_at, pursuit_job_set_next_interview_at,
  };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    for (guint which = 0; which < G_N_ELEMENTS (getters); which++)
      {
        g_autoptr(PursuitJob) job = pursuit_job_new ();
        g_autoptr(PursuitJob) copy = NULL;
        g_autoptr(PursuitJob) assigned = pursuit_job_new ();
        g_autoptr(GPtrArray) log = g_ptr_array_new ();
        /* The one after: the times apart sit side by side. */
        guint next = (which + 1) % G_N_ELEMENTS (getters);
        gint64 property;

        /* A job whose fields apart are set too, and one whose are not. */
        if (i % 2 == 1)
          pursuit_job_set_languages (job, "French");
        setters[which] (job, times[i]);
        setters[next] (job, 1700000000);
        g_assert_cmpint (getters[which] (job), ==, times[i]);
        g_assert_cmpint (getters[next] (job), ==, 1700000000);
        if (times[i] >= 0)
          {
            g_object_get (job, properties[which], &property, NULL);
            g_assert_cmpint (property, ==, times[i]);
          }

        copy = pursuit_job_copy (job);
        g_assert_cmpint (getters[which] (copy), ==, times[i]);
        g_assert_cmpint (getters[next] (copy), ==, 1700000000);
        g_assert_cmpuint (pursuit_job_diff (copy, job), ==, 0);
        pursuit_job_assign (assigned, job);
        g_assert_cmpint (getters[which] (assigned), ==, times[i]);

        watch_notify (job, log);
        setters[which] (job, times[i]);
        g_assert_cmpuint (log->len, ==, 0);
        /* 2**32 - 1 + 2**32 * k are four bytes apart: never taken for one another. */
        setters[which] (job, times[i] == G_MAXINT64 ? 0 : times[i] + 1);
        g_assert_cmpuint (count_notify (log, properties[which]), ==, 1);
        g_assert_cmpint (getters[which] (job), ==, times[i] == G_MAXINT64 ? 0 : times[i] + 1);
        g_assert_cmpint (getters[which] (copy), ==, times[i]);
        g_assert_cmpint (getters[next] (job), ==, 1700000000);
        setters[which] (job, 1700000000);
        g_assert_cmpint (getters[which] (job), ==, 1700000000);
      }
}

/* The fields kept apart read, copy, compare and notify as the others do,
 * whether the job holds any of them or not. */
static void
test_job_apart_fields (void)
{
  g_autoptr(PursuitJob) empty = pursuit_job_new ();
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(PursuitJob) copy = NULL;
  g_autoptr(GPtrArray) log = g_ptr_array_new ();
  guint n_apart = 0;

  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    n_apart += pursuit_job_field_get_info (field)->apart;
  g_assert_cmpuint (n_apart, ==, PURSUIT_JOB_N_APART_FIELDS);
  g_assert_true (pursuit_job_field_get_info (PURSUIT_JOB_FIELD_OFFER_NOTE)->apart);
  g_assert_false (pursuit_job_field_get_info (PURSUIT_JOB_FIELD_TITLE)->apart);

  g_assert_cmpstr (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_OFFER_NOTE), ==, "");
  g_assert_cmpfloat (pursuit_job_get_amount (job, PURSUIT_JOB_FIELD_OFFER_MIN), ==, -1);
  g_assert_cmpint (pursuit_job_get_number (job, PURSUIT_JOB_FIELD_SCHEDULE), ==, 0);
  g_assert_cmpuint (pursuit_job_diff (job, empty), ==, 0);

  watch_notify (job, log);
  pursuit_job_set_text (job, PURSUIT_JOB_FIELD_OFFER_NOTE, "");
  pursuit_job_set_amount (job, PURSUIT_JOB_FIELD_OFFER_MIN, -5);
  g_assert_cmpuint (log->len, ==, 0);

  pursuit_job_set_amount (job, PURSUIT_JOB_FIELD_OFFER_MIN, 52000);
  g_assert_cmpuint (count_notify (log, "offer-min"), ==, 1);
  g_assert_cmpfloat (pursuit_job_get_amount (job, PURSUIT_JOB_FIELD_OFFER_MIN), ==, 52000);
  /* The other fields apart are still empty. */
  g_assert_cmpstr (pursuit_job_get_text (job, PURSUIT_JOB_FIELD_OFFER_NOTE), ==, "");
  g_assert_cmpfloat (pursuit_job_get_amount (job, PURSUIT_JOB_FIELD_OFFER_MAX), ==, -1);
  g_assert_cmpuint (pursuit_job_diff (job, empty), ==, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_OFFER_MIN));

  pursuit_job_set_text (job, PURSUIT_JOB_FIELD_OFFER_NOTE, "Start in May");
  copy = pursuit_job_copy (job);
  g_assert_cmpstr (pursuit_job_get_text (copy, PURSUIT_JOB_FIELD_OFFER_NOTE), ==, "Start in May");
  g_assert_cmpuint (pursuit_job_diff (copy, job), ==, 0);

  /* Emptied again, it equals a job that never held one. */
  pursuit_job_set_amount (job, PURSUIT_JOB_FIELD_OFFER_MIN, -1);
  pursuit_job_set_text (job, PURSUIT_JOB_FIELD_OFFER_NOTE, NULL);
  g_assert_cmpuint (pursuit_job_diff (job, empty), ==, 0);
  pursuit_job_assign (copy, empty);
  g_assert_cmpuint (pursuit_job_diff (copy, empty), ==, 0);
  g_assert_cmpstr (pursuit_job_get_text (copy, PURSUIT_JOB_FIELD_OFFER_NOTE), ==, "");
}

/* The small numbers every list reads are packed in the job: each reads,
 * copies, compares and notifies as before, a value too large for them
 * stays invalid, and a copy keeps them, with a long uuid. */
/* How many strings the table holds: what a test's jobs leave behind. */
static guint
live_strings (void)
{
  guint n_live;
  gsize n_bytes;

  pursuit_string_table_stats (&n_live, &n_bytes);
  return n_live;
}

static void
test_job_strings (void)
{
  guint before = live_strings ();
  PursuitJob *a = pursuit_job_new ();
  PursuitJob *b = pursuit_job_new ();
  PursuitJob *copy;
  PursuitJobFields differing;

  /* One string for each distinct text, whichever job and field hold it
   * (kept or apart). */
  pursuit_job_set_company (a, "Strings Testing Limited");
  pursuit_job_set_location (a, "Leeds");
  pursuit_job_set_company (b, "Strings Testing Limited");
  pursuit_job_set_languages (b, "Leeds");
  g_assert_cmpuint (live_strings (), ==, before + 2);
  g_assert_true (pursuit_job_get_company (a) == pursuit_job_get_company (b));
  g_assert_true (pursuit_job_get_location (a) == pursuit_job_get_languages (b));
  g_assert_cmpstr (pursuit_job_get_company (b), ==, "Strings Testing Limited");
  g_assert_cmpstr (pursuit_job_get_languages (b), ==, "Leeds");

  /* Compared. */
  differing = pursuit_job_diff (a, b);
  g_assert_cmpuint (differing, ==, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_LOCATION) |
                                   PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_LANGUAGES));

  /* Copied: no new string. */
  copy = pursuit_job_copy (b);
  g_assert_cmpuint (live_strings (), ==, before + 2);
  g_assert_cmpuint (pursuit_job_diff (copy, b), ==, 0);

  /* Replaced: the old text lasts while a job holds it. */
  pursuit_job_set_company (a, "Other Co");
  g_assert_cmpuint (live_strings (), ==, before + 3);
  pursuit_job_set_company (b, "Other Co");
  g_assert_cmpstr (pursuit_job_get_company (copy), ==, "Strings Testing Limited");
  g_assert_cmpuint (live_strings (), ==, before + 3);
  g_clear_object (&copy);
  g_assert_cmpuint (live_strings (), ==, before + 2);

  /* Cleared. */
  pursuit_job_set_location (a, NULL);
  g_assert_cmpstr (pursuit_job_get_languages (b), ==, "Leeds");
  g_assert_cmpuint (live_strings (), ==, before + 2);
  pursuit_job_set_languages (b, "");
  g_assert_cmpuint (live_strings (), ==, before + 1);

  /* A freed string's number serves a new text, read right. */
  pursuit_job_set_title (a, "Numbers Given Again Analyst");
  pursuit_job_set_next_action_due (b, "2026-12-07");
  g_assert_cmpstr (pursuit_job_get_title (a), ==, "Numbers Given Again Analyst");
  g_assert_cmpstr (pursuit_job_get_next_action_due (b), ==, "2026-12-07");
  g_assert_cmpstr (pursuit_job_get_company (a), ==, "Other Co");
  g_assert_cmpuint (live_strings (), ==, before + 3);

  /* Freed with the jobs. */
  g_object_unref (a);
  g_assert_cmpstr (pursuit_job_get_company (b), ==, "Other Co");
  g_object_unref (b);
  g_assert_cmpuint (live_strings (), ==, before);
}

static void
test_job_strings_many (void)
{
  guint before = live_strings ();
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_live;
  gsize n_bytes;

  /* A text many jobs hold is one string until the last lets it go. */
  for (guint i = 0; i < 1000; i++)
    {
      PursuitJob *job = pursuit_job_new ();

      pursuit_job_set_company (job, "Everyone's Employer");
      g_ptr_array_add (jobs, job);
    }
  g_assert_cmpuint (live_strings (), ==, before + 1);
  g_ptr_array_remove_range (jobs, 0, 999);
  g_assert_cmpuint (live_strings (), ==, before + 1);
  g_assert_cmpstr (pursuit_job_get_company (g_ptr_array_index (jobs, 0)), ==, "Everyone's Employer");
  g_ptr_array_set_size (jobs, 0);
  g_assert_cmpuint (live_strings (), ==, before);

  /* Texts in many chunks (the first holds 256), made, freed and made
   * again in the numbers freed. */
  for (guint round = 0; round < 2; round++)
    {
      for (guint i = 0; i < 20000; i++)
        {
          PursuitJob *job = pursuit_job_new ();
          g_autofree char *title = g_strdup_printf ("Title %u", i);
          g_autofree char *company = g_strdup_printf ("A company of many, number %u", i);

          pursuit_job_set_title (job, title);
          pursuit_job_set_company (job, company);
          g_ptr_array_add (jobs, job);
        }
      g_assert_cmpuint (live_strings (), ==, before + 40000);
      for (guint i = 0; i < jobs->len; i++)
        {
          g_autofree char *title = g_strdup_printf ("Title %u", i);
          g_autofree char *company = g_strdup_printf ("A company of many, number %u", i);

          g_assert_cmpstr (pursuit_job_get_title (g_ptr_array_index (jobs, i)), ==, title);
          g_assert_cmpstr (pursuit_job_get_company (g_ptr_array_index (jobs, i)), ==, company);
        }
      pursuit_string_table_stats (&n_live, &n_bytes);
      g_test_message ("%u strings in %" G_GSIZE_FORMAT " bytes", n_live, n_bytes);
      /* Every other one freed, then the rest. */
      for (guint i = jobs->len; i > 0; i -= 2)
        g_ptr_array_remove_index_fast (jobs, i - 1);
      g_assert_cmpuint (live_strings (), ==, before + 20000);
      /* The texts left are found, not made again. */
      for (guint i = 0; i < jobs->len; i++)
        {
          g_autoptr(PursuitJob) probe = pursuit_job_new ();

          pursuit_job_set_title (probe, pursuit_job_get_title (g_ptr_array_index (jobs, i)));
          pursuit_job_set_company (probe, pursuit_job_get_company (g_ptr_array_index (jobs, i)));
          g_assert_cmpuint (live_strings (), ==, before + 20000);
        }
      g_ptr_array_set_size (jobs, 0);
      g_assert_cmpuint (live_strings (), ==, before);
    }
}

#define THREAD_JOBS 20000
#define THREAD_TEXTS 300

static gpointer
make_jobs (gpointer data)
{
  GAsyncQueue *queue = data;

  for (guint i = 0; i < THREAD_JOBS; i++)
    {
      PursuitJob *job = pursuit_job_new ();
      g_autofree char *company = g_strdup_printf ("Company number %u of the threads", i % THREAD_TEXTS);
      g_autofree char *title = g_strdup_printf ("Title %u", i);

      pursuit_job_set_id (job, i);
      pursuit_job_set_company (job, company);
      pursuit_job_set_title (job, title);
      g_async_queue_push (queue, job);
    }
  return NULL;
}

/* Jobs are made on the store's worker and read on the main thread, which
 * sets and frees texts meanwhile. */
static void
test_job_strings_threads (void)
{
  guint before = live_strings ();
  g_autoptr(GAsyncQueue) queue = g_async_queue_new ();
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  GThread *thread = g_thread_new ("make-jobs", make_jobs, queue);

  for (guint n = 0; n < THREAD_JOBS; n++)
    {
      PursuitJob *job = g_async_queue_pop (queue);
      guint i = (guint) pursuit_job_get_id (job);
      g_autofree char *company = g_strdup_printf ("Company number %u of the threads", i % THREAD_TEXTS);
      g_autofree char *title = g_strdup_printf ("Title %u", i);

      g_assert_cmpstr (pursuit_job_get_company (job), ==, company);
      g_assert_cmpstr (pursuit_job_get_title (job), ==, title);
      /* A text the other thread interns too, and one of its own. */
      pursuit_job_set_location (job, company);
      pursuit_job_set_company (job, "Company of the main thread");
      g_assert_cmpstr (pursuit_job_get_location (job), ==, company);
      if (n % 3 == 0)
        g_ptr_array_add (kept, job);
      else
        g_object_unref (job);
    }
  g_thread_join (thread);

  for (guint n = 0; n < kept->len; n++)
    {
      PursuitJob *job = g_ptr_array_index (kept, n);
      g_autofree char *title = g_strdup_printf ("Title %u", (guint) pursuit_job_get_id (job));

      g_assert_cmpstr (pursuit_job_get_title (job), ==, title);
      g_assert_cmpstr (pursuit_job_get_company (job), ==, "Company of the main thread");
    }
  g_ptr_array_set_size (kept, 0);
  g_assert_cmpuint (live_strings (), ==, before);
}

static void
test_job_packed_amounts (void)
{
  static const double amounts[] = {
    0, 0.01, 0.1, 7.15, 52000, 123456.78, 21474836.47, 21474836.48, 1e12, 1.0 / 3, 0.001, -0.0, G_MAXDOUBLE,
  };
  static const char *const properties[] = { "pay-min", "pay-max" };
  static const PursuitJobField fields[] = { PURSUIT_JOB_FIELD_PAY_MIN, PURSUIT_JOB_FIELD_PAY_MAX };

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    for (guint which = 0; which < G_N_ELEMENTS (fields); which++)
      {
        g_autoptr(PursuitJob) job = pursuit_job_new ();
        g_autoptr(PursuitJob) copy = NULL;
        g_autoptr(PursuitJob) assigned = pursuit_job_new ();
        g_autoptr(GPtrArray) log = g_ptr_array_new ();
        PursuitJobField field = fields[which], other = fields[1 - which];
        /* Another value, whatever the first. */
        double changed = amounts[i] > 1 ? amounts[i] / 2 : amounts[i] + 1;
        double property;

        /* A job whose fields apart are set too, and one whose are not. */
        if (i % 2 == 1)
          pursuit_job_set_languages (job, "French");
        pursuit_job_set_amount (job, field, amounts[i]);
        pursuit_job_set_amount (job, other, 52000);
        /* Exactly: the same bits, -0 and all. */
        property = pursuit_job_get_amount (job, field);
        g_assert_cmpmem (&property, sizeof property, &amounts[i], sizeof amounts[i]);
        g_assert_cmpfloat (pursuit_job_get_amount (job, other), ==, 52000);
        g_object_get (job, properties[which], &property, NULL);
        g_assert_cmpfloat (property, ==, amounts[i]);

        copy = pursuit_job_copy (job);
        g_assert_cmpfloat (pursuit_job_get_amount (copy, field), ==, amounts[i]);
        g_assert_cmpuint (pursuit_job_diff (copy, job), ==, 0);
        pursuit_job_assign (assigned, job);
        g_assert_cmpfloat (pursuit_job_get_amount (assigned, field), ==, amounts[i]);

        watch_notify (job, log);
        pursuit_job_set_amount (job, field, amounts[i]);
        g_assert_cmpuint (log->len, ==, 0);
        pursuit_job_set_amount (job, field, changed);
        g_assert_cmpuint (count_notify (log, properties[which]), ==, 1);
        g_assert_cmpfloat (pursuit_job_get_amount (job, field), ==, changed);
        g_assert_cmpfloat (pursuit_job_get_amount (copy, field), ==, amounts[i]);

        /* Any negative figure is "not given". */
        pursuit_job_set_amount (job, field, -5);
        g_assert_cmpfloat (pursuit_job_get_amount (job, field), ==, -1);
        pursuit_job_set_amount (job, field, -1);
        g_assert_cmpuint (count_notify (log, properties[which]), ==, 2);
        g_assert_cmpfloat (pursuit_job_get_amount (job, other), ==, 52000);
      }
}

static void
test_job_packed_numbers (void)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(PursuitJob) copy = NULL;
  g_autoptr(GPtrArray) log = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *long_uuid = g_strnfill (50, 'b');
  g_autoptr(PursuitStage) applied = pursuit_stage_new (2, PURSUIT_STAGE_KIND_APPLIED, NULL, 1, FALSE);
  char uuid[PURSUIT_JOB_UUID_SIZE];

  pursuit_job_set_company (job, "Acme");
  pursuit_job_set_title (job, "Agent");
  pursuit_job_set_stage (job, applied);
  pursuit_job_set_uuid (job, long_uuid);
  watch_notify (job, log);
  pursuit_job_set_excitement (job, 4);
  pursuit_job_set_archived (job, TRUE);
  pursuit_job_set_pay_period (job, PURSUIT_PAY_PERIOD_HOUR);
  pursuit_job_set_schedule (job, PURSUIT_SCHEDULE_NIGHTS | PURSUIT_SCHEDULE_WEEKENDS);
  g_assert_cmpuint (count_notify (log, "excitement"), ==, 1);
  g_assert_cmpuint (count_notify (log, "archived"), ==, 1);
  pursuit_job_set_excitement (job, 4);
  g_assert_cmpuint (count_notify (log, "excitement"), ==, 1);
  g_assert_cmpint (pursuit_job_get_excitement (job), ==, 4);
  g_assert_true (pursuit_job_get_archived (job));
  g_assert_cmpint (pursuit_job_get_pay_period (job), ==, PURSUIT_PAY_PERIOD_HOUR);
  g_assert_true (pursuit_job_validate (job, NULL));

  copy = pursuit_job_copy (job);
  g_assert_cmpuint (pursuit_job_diff (copy, job), ==, 0);
  g_assert_cmpstr (pursuit_job_get_uuid (copy, uuid), ==, long_uuid);
  g_assert_cmpint (pursuit_job_get_excitement (copy), ==, 4);
  g_assert_cmpint (pursuit_job_get_schedule (copy), ==, PURSUIT_SCHEDULE_NIGHTS | PURSUIT_SCHEDULE_WEEKENDS);
  pursuit_job_set_excitement (copy, 2);
  g_assert_cmpuint (pursuit_job_diff (copy, job), ==, PURSUIT_JOB_FIELD_BIT (PURSUIT_JOB_FIELD_EXCITEMENT));

  /* Far outside what the field takes: still refused, not wrapped round to
   * a valid value (260 and 65540 would be 4 in a byte). */
  pursuit_job_set_excitement (job, 260);
  g_assert_false (pursuit_job_validate (job, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_RANGE);
  g_clear_error (&error);
  pursuit_job_set_excitement (job, 65540);
  g_assert_false (pursuit_job_validate (job, &error));
  g_assert_error (error, PURSUIT_VALIDATION_ERROR, PURSUIT_VALIDATION_ERROR_RANGE);
  g_clear_error (&error);
  pursuit_job_set_excitement (job, -252);
  g_assert_false (pursuit_job_validate (job, &error));
  g_clear_error (&error);
  g_object_set (job, "excitement", 5, NULL);
  g_assert_true (pursuit_job_validate (job, NULL));

  /* The count of documents, in two bytes, is held at their end. */
  pursuit_job_set_n_documents (job, 65535);
  g_assert_cmpint (pursuit_job_get_n_documents (job), ==, 65535);
  pursuit_job_set_n_documents (job, 65536 + 3);
  g_assert_cmpint (pursuit_job_get_n_documents (job), ==, 65535);
  pursuit_job_set_n_documents (job, 3);
  g_clear_object (&copy);
  copy = pursuit_job_copy (job);
  g_assert_cmpint (pursuit_job_get_n_documents (copy), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/job/defaults", test_job_defaults);
  g_test_add_func ("/job/notify/strings", test_job_notify_string);
  g_test_add_func ("/job/notify/numbers", test_job_notify_int64);
  g_test_add_func ("/job/notify/stage", test_job_notify_stage);
  g_test_add_func ("/job/copy", test_job_copy);
  g_test_add_func ("/job/assign", test_job_assign);
  g_test_add_func ("/job/validate/valid", test_job_validate_valid);
  g_test_add_func ("/job/validate/blank-company", test_job_validate_blank_company);
  g_test_add_func ("/job/validate/blank-title", test_job_validate_blank_title);
  g_test_add_func ("/job/validate/missing-stage", test_job_validate_missing_stage);
  g_test_add_func ("/job/validate/invalid-utf8", test_job_validate_invalid_utf8);
  g_test_add_func ("/job/validate/after-change", test_job_validate_after_change);
  g_test_add_func ("/job/shared-strings", test_job_shared_strings);
  g_test_add_func ("/job/uuid", test_job_uuid);
  g_test_add_func ("/job/uuid-forms", test_job_uuid_forms);
  g_test_add_func ("/job/packed-times", test_job_packed_times);
  g_test_add_func ("/job/apart-fields", test_job_apart_fields);
  g_test_add_func ("/job/packed-numbers", test_job_packed_numbers);
  g_test_add_func ("/job/packed-amounts", test_job_packed_amounts);
  g_test_add_func ("/job/strings", test_job_strings);
  g_test_add_func ("/job/strings/many", test_job_strings_many);
  g_test_add_func ("/job/strings/threads", test_job_strings_threads);

  return g_test_run ();
}
