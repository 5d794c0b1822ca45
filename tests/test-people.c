/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pursuit-contact.h"
#include "pursuit-content-line.h"
#include "pursuit-error.h"
#include "pursuit-interview.h"
#include "pursuit-job.h"
#include "pursuit-repository.h"
#include "pursuit-repository-people.h"
#include "pursuit-store.h"
#include "pursuit-store-people.h"
#include "pursuit-vcard.h"

/* Contacts, interviews and vCards: the repository on a throw-away database,
 * the store's asynchronous face, and the vCard writer checked by reading
 * its output back. */

#define DAY (24 * 60 * 60)

typedef struct
{
  char *dir;
  char *path;
  PursuitRepository *repository;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("pursuit-people-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  fixture->repository = pursuit_repository_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->repository);
  remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gint64
now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static PursuitJob *
add_job (Fixture    *fixture,
         const char *company,
         const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stages = pursuit_repository_list_stages (fixture->repository);
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_company (job, company);
  pursuit_job_set_title (job, title);
  pursuit_job_set_stage (job, g_ptr_array_index (stages, 0));
  g_assert_true (pursuit_repository_insert_job (fixture->repository, job, now () - 1000, &error));
  g_assert_no_error (error);
  return job;
}

static PursuitContact *
add_contact (Fixture    *fixture,
             const char *name,
             const char *company,
             gint64      job_id)
{
  g_autoptr(GError) error = NULL;
  PursuitContact *contact = pursuit_contact_new ();

  pursuit_contact_set_name (contact, name);
  pursuit_contact_set_company (contact, company);
  g_assert_true (pursuit_repository_insert_contact (fixture->repository, contact, job_id, now (), &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_contact_get_id (contact), >, 0);
  return contact;
}

static PursuitInterview *
make_interview (gint64 job_id,
                gint64 starts_at)
{
  PursuitInterview *interview = pursuit_interview_new ();

  pursuit_interview_set_job_id (interview, job_id);
  pursuit_interview_set_starts_at (interview, starts_at);
  pursuit_interview_set_time_zone (interview, "Europe/London");
  pursuit_interview_set_duration_minutes (interview, 45);
  pursuit_interview_set_kind (interview, PURSUIT_INTERVIEW_KIND_VIDEO);
  return interview;
}

static PursuitJob *
find_job (Fixture *fixture,
          gint64   id)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  g_autoptr(GError) error = NULL;
  PursuitJob *job = pursuit_repository_find_job (fixture->repository, text, &error);

  g_assert_no_error (error);
  return job;
}

/* Counts rows with a connection of its own, as another program would. */
static int
count_rows (Fixture    *fixture,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  int count;

  g_assert_cmpint (sqlite3_open_v2 (fixture->path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (statement), ==, SQLITE_ROW);
  count = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return count;
}

/* Validation */

static void
test_contact_validate (void)
{
  g_autoptr(PursuitContact) contact = pursuit_contact_new ();
  g_autoptr(GError) error = NULL;
  const char *good_emails[] = {
    "", "a@b.co", "jane.doe+jobs@mail.example.com", "ana@exämple.de", "x_y-z@sub-domain.example.org",
  };
  const char *bad_emails[] = {
    "jane", "jane@", "@example.com", "jane@example", "jane doe@example.com", "jane@example..com",
    "jane@-example.com", "jane@@example.com", "jane@example.com.", "jane@exa_mple.com", "ja\tne@example.com",
  };
  const char *good_urls[] = { "", "https://www.linkedin.com/in/jane-doe", "http://example.com/~jane" };
  const char *bad_urls[] = { "ftp://example.com/jane", "www.example.com", "https://", "javascript:alert(1)",
                             "https://exa mple.com" };

  g_assert_false (pursuit_contact_validate (contact, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "name"));
  g_clear_error (&error);

  pursuit_contact_set_name (contact, "   ");
  g_assert_false (pursuit_contact_validate (contact, NULL));

  pursuit_contact_set_name (contact, "Jane Doe");
  g_assert_true (pursuit_contact_validate (contact, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (good_emails); i++)
    {
      g_test_message ("good email: %s", good_emails[i]);
      g_assert_true (pursuit_contact_is_valid_email (good_emails[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_emails); i++)
    {
      g_test_message ("bad email: %s", bad_emails[i]);
      g_assert_false (pursuit_contact_is_valid_email (bad_emails[i]));
    }

  pursuit_contact_set_email (contact, "jane.example.com");
  g_assert_false (pursuit_contact_validate (contact, &error));
  g_assert_nonnull (strstr (error->message, "email"));
  g_clear_error (&error);
  pursuit_contact_set_email (contact, "jane@example.com");

  for (guint i = 0; i < G_N_ELEMENTS (good_urls); i++)
    g_assert_true (pursuit_contact_is_valid_profile_url (good_urls[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad_urls); i++)
    {
      g_test_message ("bad url: %s", bad_urls[i]);
      g_assert_false (pursuit_contact_is_valid_profile_url (bad_urls[i]));
    }

  pursuit_contact_set_profile_url (contact, "ftp://example.com/jane");
  g_assert_false (pursuit_contact_validate (contact, &error));
  g_assert_nonnull (strstr (error->message, "http"));
  g_clear_error (&error);

  pursuit_contact_set_profile_url (contact, "https://example.com/jane");
  g_assert_true (pursuit_contact_validate (contact, NULL));
}

static void
test_interview_validate (void)
{
  g_autoptr(PursuitInterview) interview = make_interview (1, 0);
  g_autoptr(GError) error = NULL;

  /* No start yet. */
  g_assert_false (pursuit_interview_validate (interview, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "start"));
  g_clear_error (&error);

  pursuit_interview_set_starts_at (interview, 1796310000);
  g_assert_true (pursuit_interview_validate (interview, &error));
  g_assert_no_error (error);

  pursuit_interview_set_duration_minutes (interview, 0);
  g_assert_false (pursuit_interview_validate (interview, &error));
  g_assert_nonnull (strstr (error->message, "duration"));
  g_clear_error (&error);
  pursuit_interview_set_duration_minutes (interview, -30);
  g_assert_false (pursuit_interview_validate (interview, NULL));
  pursuit_interview_set_duration_minutes (interview, 25 * 60);
  g_assert_false (pursuit_interview_validate (interview, NULL));
  pursuit_interview_set_duration_minutes (interview, 30);

  pursuit_interview_set_kind (interview, (PursuitInterviewKind) 99);
  g_assert_false (pursuit_interview_validate (interview, &error));
  g_assert_nonnull (strstr (error->message, "kind"));
  g_clear_error (&error);
  pursuit_interview_set_kind (interview, PURSUIT_INTERVIEW_KIND_ASSESSMENT);

  pursuit_interview_set_time_zone (interview, "Mars/Olympus_Mons");
  g_assert_false (pursuit_interview_validate (interview, &error));
  g_assert_nonnull (strstr (error->message, "Mars/Olympus_Mons"));
  g_clear_error (&error);
  pursuit_interview_set_time_zone (interview, "/etc/passwd");
  g_assert_false (pursuit_interview_validate (interview, NULL));
  pursuit_interview_set_time_zone (interview, "");
  g_assert_true (pursuit_interview_validate (interview, NULL));

  pursuit_interview_set_job_id (interview, 0);
  g_assert_false (pursuit_interview_validate (interview, NULL));
}

static void
test_interview_parse_start (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) london = g_time_zone_new_identifier ("Europe/London");
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(GDateTime) expected = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(PursuitInterview) interview = make_interview (1, 0);
  gint64 starts_at = 0;
  const char *bad_dates[] = { "2026-02-30", "2026-2-3", "03/12/2026", "", "2026-12-03x", "+026-12-03", "2026-+1-03" };
  const char *bad_times[] = { "24:00", "14.30", "14:60", "", "2pm", "14:3", ":30", "+1:30" };

  g_assert_nonnull (london);
  g_assert_nonnull (new_york);

  /* In summer time: 14:30 in London is 13:30 UTC. */
  g_assert_true (pursuit_interview_parse_start ("2026-07-03", "14:30", "Europe/London", &starts_at, &error));
  g_assert_no_error (error);
  expected = g_date_time_new (london, 2026, 7, 3, 14, 30, 0);
  g_assert_cmpint (starts_at, ==, g_date_time_to_unix (expected));
  g_clear_pointer (&expected, g_date_time_unref);
  expected = g_date_time_new_utc (2026, 7, 3, 13, 30, 0);
  g_assert_cmpint (starts_at, ==, g_date_time_to_unix (expected));

  /* Shown back in its own zone, it reads as written. */
  pursuit_interview_set_starts_at (interview, starts_at);
  start = pursuit_interview_dup_start (interview);
  g_assert_cmpint (g_date_time_get_hour (start), ==, 14);
  g_assert_cmpint (g_date_time_get_minute (start), ==, 30);
  g_assert_cmpint (g_date_time_get_day_of_month (start), ==, 3);

  g_assert_true (pursuit_interview_parse_start ("2026-12-03", "9:05", "America/New_York", &starts_at, NULL));
  g_clear_pointer (&expected, g_date_time_unref);
  expected = g_date_time_new (new_york, 2026, 12, 3, 9, 5, 0);
  g_assert_cmpint (starts_at, ==, g_date_time_to_unix (expected));

  /* No zone: the local one (UTC in the tests). */
  g_assert_true (pursuit_interview_parse_start ("2026-12-03", "09:05", "", &starts_at, NULL));
  g_clear_pointer (&expected, g_date_time_unref);
  expected = g_date_time_new_local (2026, 12, 3, 9, 5, 0);
  g_assert_cmpint (starts_at, ==, g_date_time_to_unix (expected));

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_test_message ("bad date: %s", bad_dates[i]);
      g_assert_false (pursuit_interview_parse_start (bad_dates[i], "10:00", "", &starts_at, &error));
      g_assert_nonnull (strstr (error->message, "YYYY-MM-DD"));
      g_clear_error (&error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_times); i++)
    {
      g_test_message ("bad time: %s", bad_times[i]);
      g_assert_false (pursuit_interview_parse_start ("2026-12-03", bad_times[i], "", &starts_at, &error));
      g_assert_nonnull (strstr (error->message, "HH:MM"));
      g_clear_error (&error);
    }
  g_assert_false (pursuit_interview_parse_start ("2026-12-03", "10:00", "Nowhere/Town", &starts_at, &error));
  g_assert_nonnull (strstr (error->message, "Nowhere/Town"));
}

/* Contacts */

static void
test_contacts_crud (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PursuitContact) jane = pursuit_contact_new ();
  g_autoptr(PursuitContact) found = NULL;
  g_autoptr(PursuitContact) bob = NULL;
  g_autoptr(PursuitContact) zoe = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) acme = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_contact_set_name (jane, "Jane Doe");
  pursuit_contact_set_company (jane, "Acme Ltd");
  pursuit_contact_set_role (jane, "Recruiter");
  pursuit_contact_set_email (jane, "jane@acme.example");
  pursuit_contact_set_phone (jane, "+44 20 7946 0000");
  pursuit_contact_set_profile_url (jane, "https://www.linkedin.com/in/jane");
  pursuit_contact_set_notes (jane, "Met at the fair.");
  g_assert_true (pursuit_repository_insert_contact (fixture->repository, jane, 0, 1000, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_contact_get_id (jane), >, 0);
  g_assert_true (g_uuid_string_is_valid (pursuit_contact_get_uuid (jane)));
  g_assert_cmpint (pursuit_contact_get_created_at (jane), ==, 1000);

  found = pursuit_repository_find_contact (fixture->repository, pursuit_contact_get_uuid (jane), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_contact_get_id (found), ==, pursuit_contact_get_id (jane));
  g_assert_cmpstr (pursuit_contact_get_name (found), ==, "Jane Doe");
  g_assert_cmpstr (pursuit_contact_get_company (found), ==, "Acme Ltd");
  g_assert_cmpstr (pursuit_contact_get_role (found), ==, "Recruiter");
  g_assert_cmpstr (pursuit_contact_get_email (found), ==, "jane@acme.example");
  g_assert_cmpstr (pursuit_contact_get_phone (found), ==, "+44 20 7946 0000");
  g_assert_cmpstr (pursuit_contact_get_profile_url (found), ==, "https://www.linkedin.com/in/jane");
  g_assert_cmpstr (pursuit_contact_get_notes (found), ==, "Met at the fair.");

  /* Invalid contacts are refused, with nothing written. */
  {
    g_autoptr(PursuitContact) nameless = pursuit_contact_new ();

    pursuit_contact_set_company (nameless, "Acme Ltd");
    g_assert_false (pursuit_repository_insert_contact (fixture->repository, nameless, 0, 1000, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM contacts"), ==, 1);
  }

  pursuit_contact_set_role (found, "Senior Recruiter");
  pursuit_contact_set_email (found, "jane.doe@acme.example");
  g_assert_true (pursuit_repository_update_contact (fixture->repository, found, 2000, &error));
  g_assert_no_error (error);
  g_clear_object (&found);
  found = pursuit_repository_find_contact (fixture->repository, "1", &error);
  g_assert_cmpstr (pursuit_contact_get_role (found), ==, "Senior Recruiter");
  g_assert_cmpstr (pursuit_contact_get_email (found), ==, "jane.doe@acme.example");
  g_assert_cmpint (pursuit_contact_get_updated_at (found), ==, 2000);
  g_assert_cmpint (pursuit_contact_get_created_at (found), ==, 1000);

  pursuit_contact_set_email (found, "not an address");
  g_assert_false (pursuit_repository_update_contact (fixture->repository, found, 3000, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  bob = add_contact (fixture, "bob Smith", "ACME LTD ", 0);
  zoe = add_contact (fixture, "Zoë Adams", "Globex", 0);

  all = pursuit_repository_list_contacts (fixture->repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 3);
  /* By name, without regard to case. */
  g_assert_cmpstr (pursuit_contact_get_name (g_ptr_array_index (all, 0)), ==, "bob Smith");
  g_assert_cmpstr (pursuit_contact_get_name (g_ptr_array_index (all, 1)), ==, "Jane Doe");
  g_assert_cmpstr (pursuit_contact_get_name (g_ptr_array_index (all, 2)), ==, "Zoë Adams");

  /* The same company whatever the case and spacing. */
  acme = pursuit_repository_list_company_contacts (fixture->repository, "  acme ltd", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (acme->len, ==, 2);

  g_assert_true (pursuit_repository_delete_contact (fixture->repository, pursuit_contact_get_id (bob), &error));
  g_assert_no_error (error);
  g_clear_object (&found);
  found = pursuit_repository_find_contact (fixture->repository, "2", &error);
  g_assert_null (found);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (pursuit_repository_delete_contact (fixture->repository, 99, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_contacts_link (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PursuitJob) job = add_job (fixture, "Acme Ltd", "Customer Service Specialist");
  g_autoptr(PursuitJob) other = add_job (fixture, "Acme Ltd", "Team Lead");
  g_autoptr(PursuitContact) jane = add_contact (fixture, "Jane Doe", "Acme Ltd", pursuit_job_get_id (job));
  g_autoptr(PursuitContact) bob = add_contact (fixture, "Bob Smith", "Acme Ltd", 0);
  g_autoptr(GPtrArray) linked = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id = pursuit_job_get_id (job);

  linked = pursuit_repository_list_job_contacts (fixture->repository, job_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (linked->len, ==, 1);
  g_assert_cmpstr (pursuit_contact_get_name (g_ptr_array_index (linked, 0)), ==, "Jane Doe");
  g_clear_pointer (&linked, g_ptr_array_unref);

  g_assert_true (pursuit_repository_link_contact (fixture->repository, job_id, pursuit_contact_get_id (bob), &error));
  g_assert_no_error (error);
  /* Twice is the same as once. */
  g_assert_true (pursuit_repository_link_contact (fixture->repository, job_id, pursuit_contact_get_id (bob), &error));
  g_assert_true (pursuit_repository_link_contact (fixture->repository, pursuit_job_get_id (other),
                                                  pursuit_contact_get_id (bob), &error));
  linked = pursuit_repository_list_job_contacts (fixture->repository, job_id, &error);
  g_assert_cmpuint (linked->len, ==, 2);
  g_assert_cmpstr (pursuit_contact_get_name (g_ptr_array_index (linked, 0)), ==, "Bob Smith");
  g_clear_pointer (&linked, g_ptr_array_unref);

  /* Unlinking keeps the contact, and its other links. */
  g_assert_true (pursuit_repository_unlink_contact (fixture->repository, job_id, pursuit_contact_get_id (bob), &error));
  g_assert_no_error (error);
  linked = pursuit_repository_list_job_contacts (fixture->repository, job_id, &error);
  g_assert_cmpuint (linked->len, ==, 1);
  g_clear_pointer (&linked, g_ptr_array_unref);
  linked = pursuit_repository_list_job_contacts (fixture->repository, pursuit_job_get_id (other), &error);
  g_assert_cmpuint (linked->len, ==, 1);
  g_clear_pointer (&linked, g_ptr_array_unref);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM contacts"), ==, 2);

  g_assert_false (pursuit_repository_link_contact (fixture->repository, 999, pursuit_contact_get_id (bob), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pursuit_repository_link_contact (fixture->repository, job_id, 999, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A new contact for a job that is not there is not saved at all. */
  {
    g_autoptr(PursuitContact) lost = pursuit_contact_new ();

    pursuit_contact_set_name (lost, "Lost Person");
    g_assert_false (pursuit_repository_insert_contact (fixture->repository, lost, 999, now (), &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM contacts"), ==, 2);
  }

  /* A job in the trash takes no new links. */
  g_assert_true (pursuit_repository_trash_job (fixture->repository, pursuit_job_get_id (other), now (), &error));
  g_assert_false (pursuit_repository_link_contact (fixture->repository, pursuit_job_get_id (other),
                                                   pursuit_contact_get_id (jane), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

/* Interviews */

static void
test_interviews_crud (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PursuitJob) job = add_job (fixture, "Acme Ltd", "Customer Service Specialist");
  g_autoptr(PursuitJob) other = add_job (fixture, "Globex", "Support Agent");
  g_autoptr(PursuitContact) jane = add_contact (fixture, "Jane Doe", "Acme Ltd", 0);
  g_autoptr(PursuitContact) bob = add_contact (fixture, "Bob Smith", "Acme Ltd", 0);
  g_autoptr(PursuitInterview) second = make_interview (pursuit_job_get_id (job), 1800000000);
  g_autoptr(PursuitInterview) first = make_interview (pursuit_job_get_id (job), 1790000000);
  g_autoptr(PursuitInterview) elsewhere = make_interview (pursuit_job_get_id (other), 1795000000);
  g_autoptr(PursuitInterview) found = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { pursuit_contact_get_id (jane), pursuit_contact_get_id (bob) };
  guint n_ids;
  const gint64 *read_ids;
  const char * const *names;

  pursuit_interview_set_interviewer_ids (second, ids, G_N_ELEMENTS (ids));
  pursuit_interview_set_location (second, "https://meet.example.com/abc-defg");
  pursuit_interview_set_notes (second, "Ask about the team.");
  g_assert_true (pursuit_repository_insert_interview (fixture->repository, second, 5000, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_interview_get_id (second), >, 0);
  /* The names come back with the saved interview, by name. */
  names = pursuit_interview_get_interviewer_names (second);
  g_assert_cmpstr (names[0], ==, "Bob Smith");
  g_assert_cmpstr (names[1], ==, "Jane Doe");
  g_assert_null (names[2]);

  g_assert_true (pursuit_repository_insert_interview (fixture->repository, first, 5000, &error));
  g_assert_true (pursuit_repository_insert_interview (fixture->repository, elsewhere, 5000, &error));
  g_assert_no_error (error);

  list = pursuit_repository_list_interviews (fixture->repository, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  /* Earliest first. */
  g_assert_cmpint (pursuit_interview_get_id (g_ptr_array_index (list, 0)), ==, pursuit_interview_get_id (first));
  found = g_object_ref (g_ptr_array_index (list, 1));
  g_clear_pointer (&list, g_ptr_array_unref);
  g_assert_cmpint (pursuit_interview_get_starts_at (found), ==, 1800000000);
  g_assert_cmpstr (pursuit_interview_get_time_zone (found), ==, "Europe/London");
  g_assert_cmpint (pursuit_interview_get_duration_minutes (found), ==, 45);
  g_assert_cmpint (pursuit_interview_get_kind (found), ==, PURSUIT_INTERVIEW_KIND_VIDEO);
  g_assert_cmpstr (pursuit_interview_get_location (found), ==, "https://meet.example.com/abc-defg");
  g_assert_cmpstr (pursuit_interview_get_notes (found), ==, "Ask about the team.");
  read_ids = pursuit_interview_get_interviewer_ids (found, &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_true (pursuit_interview_has_interviewer (found, pursuit_contact_get_id (jane)));
  g_assert_true (pursuit_interview_has_interviewer (found, pursuit_contact_get_id (bob)));
  g_assert_cmpint (read_ids[0], ==, pursuit_contact_get_id (bob));

  /* Edit: other fields and one interviewer fewer. */
  pursuit_interview_set_interviewer_ids (found, ids, 1);
  pursuit_interview_set_kind (found, PURSUIT_INTERVIEW_KIND_ON_SITE);
  pursuit_interview_set_location (found, "1 Main Street, Leeds");
  pursuit_interview_set_outcome (found, "Went well; second round next week.");
  pursuit_interview_set_duration_minutes (found, 90);
  g_assert_true (pursuit_repository_update_interview (fixture->repository, found, 6000, &error));
  g_assert_no_error (error);
  g_clear_object (&found);
  found = pursuit_repository_find_interview (fixture->repository, pursuit_interview_get_id (second), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_interview_get_kind (found), ==, PURSUIT_INTERVIEW_KIND_ON_SITE);
  g_assert_cmpstr (pursuit_interview_get_location (found), ==, "1 Main Street, Leeds");
  g_assert_cmpstr (pursuit_interview_get_outcome (found), ==, "Went well; second round next week.");
  g_assert_cmpint (pursuit_interview_get_duration_minutes (found), ==, 90);
  g_assert_cmpint (pursuit_interview_get_updated_at (found), ==, 6000);
  g_assert_cmpint (pursuit_interview_get_created_at (found), ==, 5000);
  g_assert_cmpstrv (pursuit_interview_get_interviewer_names (found), ((const char *[]) { "Jane Doe", NULL }));

  /* An interview stays with its job. */
  pursuit_interview_set_job_id (found, pursuit_job_get_id (other));
  g_assert_false (pursuit_repository_update_interview (fixture->repository, found, 7000, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Across jobs, for reminders: [from, until). */
  list = pursuit_repository_list_interviews_between (fixture->repository, 1790000000, 1800000000, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (pursuit_interview_get_job_id (g_ptr_array_index (list, 0)), ==, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_interview_get_job_id (g_ptr_array_index (list, 1)), ==, pursuit_job_get_id (other));
  g_clear_pointer (&list, g_ptr_array_unref);

  /* A job in the trash sends no reminders. */
  g_assert_true (pursuit_repository_trash_job (fixture->repository, pursuit_job_get_id (other), now (), &error));
  list = pursuit_repository_list_interviews_between (fixture->repository, G_MININT64, G_MAXINT64, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Deleting an interview keeps its interviewers as contacts. */
  g_assert_true (pursuit_repository_delete_interview (fixture->repository, pursuit_interview_get_id (second),
                                                      8000, &error));
  g_assert_no_error (error);
  list = pursuit_repository_list_interviews (fixture->repository, pursuit_job_get_id (job), &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM interview_contacts"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM contacts"), ==, 2);

  g_assert_false (pursuit_repository_delete_interview (fixture->repository, 999, 8000, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An interview for a job that is not there is refused. */
  {
    g_autoptr(PursuitInterview) orphan = make_interview (999, 1800000000);

    g_assert_false (pursuit_repository_insert_interview (fixture->repository, orphan, 8000, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  }
}

/* The interview and its interviewer links are one write: an unknown contact
 * (the foreign key refuses it) leaves nothing behind, and an edit that fails
 * the same way leaves the interview as it was. */
static void
test_interviews_transaction (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(PursuitJob) job = add_job (fixture, "Acme Ltd", "Customer Service Specialist");
  g_autoptr(PursuitContact) jane = add_contact (fixture, "Jane Doe", "Acme Ltd", 0);
  g_autoptr(PursuitInterview) interview = make_interview (pursuit_job_get_id (job), now () + DAY);
  g_autoptr(PursuitInterview) found = NULL;
  g_autoptr(PursuitJob) before = NULL;
  g_autoptr(PursuitJob) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { pursuit_contact_get_id (jane), 4242 };

  before = find_job (fixture, pursuit_job_get_id (job));
  pursuit_interview_set_interviewer_ids (interview, ids, G_N_ELEMENTS (ids));
  g_assert_false (pursuit_repository_insert_interview (fixture->repository, interview, now (), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "4242"));
  g_clear_error (&error);

  g_assert_cmpint (pursuit_interview_get_id (interview), ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM interviews"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM interview_contacts"), ==, 0);
  after = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_updated_at (after), ==, pursuit_job_get_updated_at (before));
  g_assert_cmpint (pursuit_job_get_next_interview_at (after), ==, 0);
  g_clear_object (&after);

  /* Now a good one, then an edit that fails. */
  pursuit_interview_set_interviewer_ids (interview, ids, 1);
  g_assert_true (pursuit_repository_insert_interview (fixture->repository, interview, now (), &error));
  g_assert_no_error (error);

  found = pursuit_interview_copy (interview);
  pursuit_interview_set_interviewer_ids (found, ids, G_N_ELEMENTS (ids));
  pursuit_interview_set_location (found, "Changed");
  g_assert_false (pursuit_repository_update_interview (fixture->repository, found, now (), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_object (&found);

  found = pursuit_repository_find_interview (fixture->repository, pursuit_interview_get_id (interview), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_interview_get_location (found), ==, "");
  g_assert_cmpstrv (pursuit_interview_get_interviewer_names (found), ((const char *[]) { "Jane Doe", NULL }));
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM interview_contacts"), ==, 1);
}

/* Deleting a job removes its interviews and links, never a contact, even
 * one that only that job used. */
static void
test_delete_job_keeps_contacts (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(PursuitJob) job = add_job (fixture, "Acme Ltd", "Customer Service Specialist");
  g_autoptr(PursuitJob) other = add_job (fixture, "Acme Ltd", "Team Lead");
  g_autoptr(PursuitContact) shared = add_contact (fixture, "Jane Doe", "Acme Ltd", pursuit_job_get_id (job));
  g_autoptr(PursuitContact) own = add_contact (fixture, "Bob Smith", "Acme Ltd", pursuit_job_get_id (job));
  g_autoptr(PursuitInterview) interview = make_interview (pursuit_job_get_id (job), now () + DAY);
  g_autoptr(PursuitInterview) kept = make_interview (pursuit_job_get_id (other), now () + 2 * DAY);
  g_autoptr(GPtrArray) linked = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { pursuit_contact_get_id (shared), pursuit_contact_get_id (own) };

  g_assert_true (pursuit_repository_link_contact (fixture->repository, pursuit_job_get_id (other),
                                                  pursuit_contact_get_id (shared), &error));
  pursuit_interview_set_interviewer_ids (interview, ids, G_N_ELEMENTS (ids));
  pursuit_interview_set_interviewer_ids (kept, ids, 1);
  g_assert_true (pursuit_repository_insert_interview (fixture->repository, interview, now (), &error));
  g_assert_true (pursuit_repository_insert_interview (fixture->repository, kept, now (), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM interview_contacts"), ==, 3);

  g_assert_true (pursuit_repository_delete_job (fixture->repository, pursuit_job_get_id (job), &error));
  g_assert_no_error (error);

  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM interviews"), ==, 1);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM interview_contacts"), ==, 1);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM job_contacts"), ==, 1);

  all = pursuit_repository_list_contacts (fixture->repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);

  linked = pursuit_repository_list_job_contacts (fixture->repository, pursuit_job_get_id (other), &error);
  g_assert_cmpuint (linked->len, ==, 1);
  g_assert_cmpstr (pursuit_contact_get_name (g_ptr_array_index (linked, 0)), ==, "Jane Doe");

  /* Purging the trash is the same. */
  g_assert_true (pursuit_repository_trash_job (fixture->repository, pursuit_job_get_id (other), now (), &error));
  g_assert_true (pursuit_repository_purge_trash (fixture->repository, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM interviews"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM job_contacts"), ==, 0);
  g_assert_cmpint (count_rows (fixture, "SELECT count(*) FROM contacts"), ==, 2);
}

static void
test_next_interview_at (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitJob) job = add_job (fixture, "Acme Ltd", "Customer Service Specialist");
  g_autoptr(PursuitInterview) later = make_interview (pursuit_job_get_id (job), now () + 3 * DAY);
  g_autoptr(PursuitInterview) past = make_interview (pursuit_job_get_id (job), now () - 2 * DAY);
  g_autoptr(PursuitInterview) sooner = make_interview (pursuit_job_get_id (job), now () + DAY);
  g_autoptr(PursuitJob) read = NULL;
  g_autoptr(GError) error = NULL;

  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, 0);
  g_clear_object (&read);

  g_assert_true (pursuit_repository_insert_interview (fixture->repository, later, now (), &error));
  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, pursuit_interview_get_starts_at (later));
  /* An interview is news about the job. */
  g_assert_cmpint (pursuit_job_get_updated_at (read), >, pursuit_job_get_updated_at (job));
  g_clear_object (&read);

  /* One that is over is not next. */
  g_assert_true (pursuit_repository_insert_interview (fixture->repository, past, now (), &error));
  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, pursuit_interview_get_starts_at (later));
  g_clear_object (&read);

  g_assert_true (pursuit_repository_insert_interview (fixture->repository, sooner, now (), &error));
  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, pursuit_interview_get_starts_at (sooner));
  g_clear_object (&read);

  /* Moved to after the other one. */
  pursuit_interview_set_starts_at (sooner, now () + 5 * DAY);
  g_assert_true (pursuit_repository_update_interview (fixture->repository, sooner, now (), &error));
  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, pursuit_interview_get_starts_at (later));
  g_clear_object (&read);

  g_assert_true (pursuit_repository_delete_interview (fixture->repository, pursuit_interview_get_id (later),
                                                      now (), &error));
  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, pursuit_interview_get_starts_at (sooner));
  g_clear_object (&read);

  g_assert_true (pursuit_repository_delete_interview (fixture->repository, pursuit_interview_get_id (sooner),
                                                      now (), &error));
  g_assert_no_error (error);
  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, 0);
}

/* The store */

static gboolean
store_is_open (gpointer data)
{
  return pursuit_store_is_open (data);
}

static void
wait_until (GSourceFunc condition,
            gpointer    data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
on_opened (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_store_open_finish (PURSUIT_STORE (source), result, &error));
  g_assert_no_error (error);
}

static void
on_result (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
has_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

typedef struct
{
  PursuitJobList *list;
  guint n;
} ListWait;

/* The list is read and holds @n items. */
static gboolean
list_has (gpointer data)
{
  ListWait *wait = data;

  return !pursuit_job_list_get_loading (wait->list) &&
         g_list_model_get_n_items (G_LIST_MODEL (wait->list)) == wait->n;
}

static void
test_store_interview_refreshes_job (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(PursuitJob) saved = add_job (fixture, "Acme Ltd", "Customer Service Specialist");
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitInterview) draft = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PursuitJobList) list = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;
  ListWait wait;
  gint64 starts_at = now () + DAY;

  g_clear_object (&fixture->repository);
  store = pursuit_store_new (fixture->path);
  pursuit_store_open_async (store, NULL, on_opened, NULL);
  wait_until (store_is_open, store);
  job = pursuit_store_find_job (store, pursuit_job_get_id (saved));
  g_assert_nonnull (job);
  g_assert_cmpint (pursuit_job_get_next_interview_at (job), ==, 0);
  list = pursuit_store_get_job_interviews (store, pursuit_job_get_id (job));
  wait = (ListWait) { list, 0 };
  wait_until (list_has, &wait);

  draft = make_interview (pursuit_job_get_id (job), starts_at);
  pursuit_store_add_interview_async (store, draft, NULL, on_result, &result);
  wait_until (has_result, &result);
  interview = pursuit_store_save_interview_finish (store, result, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_interview_get_id (interview), >, 0);
  /* The draft is the caller's and is left alone. */
  g_assert_cmpint (pursuit_interview_get_id (draft), ==, 0);
  /* The job in the jobs model now knows its next interview. */
  g_assert_cmpint (pursuit_job_get_next_interview_at (job), ==, starts_at);
  g_clear_object (&result);

  /* The job's live list of interviews follows. */
  wait.n = 1;
  wait_until (list_has, &wait);

  pursuit_store_delete_interview_async (store, interview, NULL, on_result, &result);
  wait_until (has_result, &result);
  g_assert_true (pursuit_store_delete_interview_finish (store, result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_job_get_next_interview_at (job), ==, 0);
  g_clear_object (&result);
  wait.n = 0;
  wait_until (list_has, &wait);

  /* A failure comes back as an error and changes nothing. */
  pursuit_interview_set_duration_minutes (draft, 0);
  pursuit_store_add_interview_async (store, draft, NULL, on_result, &result);
  wait_until (has_result, &result);
  g_assert_null (pursuit_store_save_interview_finish (store, result, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
}

static void
test_store_contacts (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PursuitJob) saved = add_job (fixture, "Acme Ltd", "Customer Service Specialist");
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitContact) draft = pursuit_contact_new ();
  g_autoptr(PursuitContact) contact = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(PursuitJobList) job_contacts = NULL;
  g_autoptr(GError) error = NULL;
  ListWait wait;
  gint64 job_id = pursuit_job_get_id (saved);

  g_clear_object (&fixture->repository);
  store = pursuit_store_new (fixture->path);
  pursuit_store_open_async (store, NULL, on_opened, NULL);
  wait_until (store_is_open, store);
  job_contacts = pursuit_store_get_job_contacts (store, job_id);

  pursuit_contact_set_name (draft, "Jane Doe");
  pursuit_contact_set_company (draft, "Acme Ltd");
  pursuit_store_add_contact_async (store, draft, job_id, NULL, on_result, &result);
  wait_until (has_result, &result);
  contact = pursuit_store_add_contact_finish (store, result, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_contact_get_id (contact), >, 0);
  g_clear_object (&result);

  wait = (ListWait) { job_contacts, 1 };
  wait_until (list_has, &wait);

  pursuit_store_link_contact_async (store, job_id, pursuit_contact_get_id (contact), FALSE, NULL, on_result, &result);
  wait_until (has_result, &result);
  g_assert_true (pursuit_store_link_contact_finish (store, result, &error));
  g_clear_object (&result);

  pursuit_store_list_company_contacts_async (store, "acme ltd", NULL, on_result, &result);
  wait_until (has_result, &result);
  list = pursuit_store_list_company_contacts_finish (store, result, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  g_clear_object (&result);

  wait.n = 0;
  wait_until (list_has, &wait);

  pursuit_store_delete_contact_async (store, contact, NULL, on_result, &result);
  wait_until (has_result, &result);
  g_assert_true (pursuit_store_delete_contact_finish (store, result, &error));
  g_assert_no_error (error);
}

/* vCard */

static void
test_vcard_escape (void)
{
  g_autofree char *escaped = pursuit_content_line_escape_text ("a\\b,c;d\ne\r\nf\rg\x01h");

  g_assert_cmpstr (escaped, ==, "a\\\\b\\,c\\;d\\ne\\nf\\ng" "h");
}

/* Every physical line: at most 75 octets, whole UTF-8 characters only, and
 * (but the first) starting with a space. */
static void
check_folded (const char *folded,
              gboolean    in_card)
{
  g_auto(GStrv) lines = g_strsplit (folded, "\r\n", -1);
  guint n = g_strv_length (lines);

  if (in_card)
    {
      g_assert_true (g_str_has_suffix (folded, "\r\n"));
      g_assert_cmpstr (lines[n - 1], ==, "");
      n--;
    }

  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_cmpuint (strlen (lines[i]), >, 0);
      g_assert_true (g_utf8_validate (lines[i], -1, NULL));
      g_assert_null (strchr (lines[i], '\n'));
      g_assert_null (strchr (lines[i], '\r'));
    }
}

static void
test_vcard_fold (void)
{
  const char *characters[] = { "a", "é", "€", "日", "😀" };

  /* Every alignment of every character width against the fold. */
  for (guint c = 0; c < G_N_ELEMENTS (characters); c++)
    for (guint prefix = 0; prefix < 6; prefix++)
      {
        g_autoptr(GString) line = g_string_new ("NOTE:");
        g_autofree char *folded = NULL;
        g_autoptr(GString) unfolded = g_string_new (NULL);
        g_auto(GStrv) parts = NULL;

        for (guint i = 0; i < prefix; i++)
          g_string_append_c (line, 'x');
        for (guint i = 0; i < 200; i++)
          g_string_append (line, characters[c]);

        folded = pursuit_content_line_fold (line->str);
        check_folded (folded, FALSE);

        parts = g_strsplit (folded, "\r\n", -1);
        for (guint i = 0; parts[i] != NULL; i++)
          {
            if (i > 0)
              g_assert_cmpint (parts[i][0], ==, ' ');
            g_string_append (unfolded, i > 0 ? parts[i] + 1 : parts[i]);
          }
        g_assert_cmpstr (unfolded->str, ==, line->str);
      }

  {
    g_autofree char *short_line = pursuit_content_line_fold ("FN:Jane Doe");

    g_assert_cmpstr (short_line, ==, "FN:Jane Doe");
  }
}

static void
test_vcard_round_trip (void)
{
  g_autoptr(PursuitContact) contact = pursuit_contact_new ();
  g_autoptr(GPtrArray) properties = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) notes = g_string_new ("Line one; with a semicolon, a comma and a back\\slash.\n"
                                           "Line two\r\nLine three — ");
  g_autofree char *card = NULL;
  const PursuitVCardProperty *property;

  for (guint i = 0; i < 40; i++)
    g_string_append (notes, "Grüße aus Köln, 日本語のメモ 😀; ");

  pursuit_contact_set_uuid (contact, "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  pursuit_contact_set_name (contact, "María José de la Cruz-Núñez");
  pursuit_contact_set_company (contact, "Smith, Jones; Partners \\ Co");
  pursuit_contact_set_role (contact, "Head of Talent, EMEA; Interim");
  pursuit_contact_set_email (contact, "maria.jose@smith-jones.example");
  pursuit_contact_set_phone (contact, "+34 912 345 678; ext. 12");
  pursuit_contact_set_profile_url (contact, "https://www.linkedin.com/in/maria-jose?ref=a,b;c");
  pursuit_contact_set_notes (contact, notes->str);
  pursuit_contact_set_updated_at (contact, 1796310000);

  card = pursuit_vcard_write_contact (contact);
  g_test_message ("%s", card);
  check_folded (card, TRUE);
  g_assert_true (g_str_has_prefix (card, "BEGIN:VCARD\r\nVERSION:4.0\r\n"));
  g_assert_true (g_str_has_suffix (card, "\r\nEND:VCARD\r\n"));
  /* Long notes were folded. */
  g_assert_nonnull (strstr (card, "\r\n "));

  properties = pursuit_vcard_parse (card, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (pursuit_vcard_find (properties, "VERSION")->value, ==, "4.0");
  g_assert_cmpstr (pursuit_vcard_find (properties, "FN")->value, ==, "María José de la Cruz-Núñez");

  property = pursuit_vcard_find (properties, "N");
  g_assert_cmpuint (g_strv_length (property->components), ==, 5);
  g_assert_cmpstr (property->components[0], ==, "Cruz-Núñez");
  g_assert_cmpstr (property->components[1], ==, "María");
  g_assert_cmpstr (property->components[2], ==, "José,de,la");

  property = pursuit_vcard_find (properties, "ORG");
  g_assert_cmpuint (g_strv_length (property->components), ==, 1);
  g_assert_cmpstr (property->components[0], ==, "Smith, Jones; Partners \\ Co");

  g_assert_cmpstr (pursuit_vcard_find (properties, "TITLE")->value, ==, "Head of Talent, EMEA; Interim");
  g_assert_cmpstr (pursuit_vcard_find (properties, "EMAIL")->value, ==, "maria.jose@smith-jones.example");
  g_assert_cmpstr (pursuit_vcard_find (properties, "EMAIL")->parameters, ==, "TYPE=work");
  g_assert_cmpstr (pursuit_vcard_find (properties, "TEL")->value, ==, "+34 912 345 678; ext. 12");
  g_assert_cmpstr (pursuit_vcard_find (properties, "URL")->value, ==,
                   "https://www.linkedin.com/in/maria-jose?ref=a,b;c");
  g_assert_cmpstr (pursuit_vcard_find (properties, "UID")->value, ==,
                   "urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  g_assert_cmpstr (pursuit_vcard_find (properties, "REV")->value, ==, "20261203T150000Z");

  /* Line breaks of any kind come back as \n. */
  {
    g_autoptr(GString) expected = g_string_new (notes->str);

    g_string_replace (expected, "\r\n", "\n", 0);
    g_assert_cmpstr (pursuit_vcard_find (properties, "NOTE")->value, ==, expected->str);
  }
}

static void
test_vcard_minimal (void)
{
  g_autoptr(PursuitContact) contact = pursuit_contact_new ();
  g_autoptr(GPtrArray) properties = NULL;
  g_autofree char *card = NULL;
  g_autofree char *file_name = NULL;
  const PursuitVCardProperty *n;

  pursuit_contact_set_name (contact, "Cher");
  card = pursuit_vcard_write_contact (contact);
  /* Empty fields are left out. */
  g_assert_null (strstr (card, "EMAIL"));
  g_assert_null (strstr (card, "ORG"));
  g_assert_null (strstr (card, "UID"));

  properties = pursuit_vcard_parse (card, NULL);
  n = pursuit_vcard_find (properties, "N");
  g_assert_cmpstr (n->components[0], ==, "");
  g_assert_cmpstr (n->components[1], ==, "Cher");

  file_name = pursuit_vcard_suggest_filename (contact);
  g_assert_cmpstr (file_name, ==, "Cher.vcf");
  g_clear_pointer (&file_name, g_free);

  pursuit_contact_set_name (contact, "../Doe, Jane: HR/Ops");
  file_name = pursuit_vcard_suggest_filename (contact);
  g_assert_null (strchr (file_name, '/'));
  g_assert_false (g_str_has_prefix (file_name, "."));
  g_clear_pointer (&card, g_free);
  g_clear_pointer (&properties, g_ptr_array_unref);

  /* "Family, Given" is read as such. */
  pursuit_contact_set_name (contact, "Doe, Jane");
  card = pursuit_vcard_write_contact (contact);
  properties = pursuit_vcard_parse (card, NULL);
  n = pursuit_vcard_find (properties, "N");
  g_assert_cmpstr (n->components[0], ==, "Doe");
  g_assert_cmpstr (n->components[1], ==, "Jane");
  g_assert_cmpstr (pursuit_vcard_find (properties, "FN")->value, ==, "Doe, Jane");
}

static void
test_vcard_parse_errors (void)
{
  g_autoptr(GPtrArray) properties = NULL;
  g_autoptr(GError) error = NULL;
  const char *bad[] = {
    "",
    "FN:Jane\r\n",
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jane\r\n",
    "BEGIN:VCARD\r\nVERSION:4.0\r\nthis line has no colon\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\r\nFN:Jane\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:\xff\r\nEND:VCARD\r\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      properties = pursuit_vcard_parse (bad[i], &error);
      g_assert_null (properties);
      g_assert_error (error, PURSUIT_VCARD_ERROR, PURSUIT_VCARD_ERROR_INVALID);
      g_clear_error (&error);
    }

  /* LF line ends, groups, quoted parameters and tab folds are read too. */
  properties = pursuit_vcard_parse ("BEGIN:VCARD\nVERSION:4.0\nitem1.EMAIL;PREF=1;LABEL=\"a:b\":jane@\n\texample.com\n"
                                    "END:VCARD\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_vcard_find (properties, "email")->value, ==, "jane@example.com");
  g_assert_cmpstr (pursuit_vcard_find (properties, "EMAIL")->parameters, ==, "PREF=1;LABEL=\"a:b\"");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/people/contact/validate", test_contact_validate);
  g_test_add_func ("/people/interview/validate", test_interview_validate);
  g_test_add_func ("/people/interview/parse-start", test_interview_parse_start);
  g_test_add ("/people/contacts/crud", Fixture, NULL, fixture_set_up, test_contacts_crud, fixture_tear_down);
  g_test_add ("/people/contacts/link", Fixture, NULL, fixture_set_up, test_contacts_link, fixture_tear_down);
  g_test_add ("/people/interviews/crud", Fixture, NULL, fixture_set_up, test_interviews_crud, fixture_tear_down);
  g_test_add ("/people/interviews/transaction", Fixture, NULL, fixture_set_up, test_interviews_transaction,
              fixture_tear_down);
  g_test_add ("/people/jobs/delete-keeps-contacts", Fixture, NULL, fixture_set_up, test_delete_job_keeps_contacts,
              fixture_tear_down);
  g_test_add ("/people/jobs/next-interview-at", Fixture, NULL, fixture_set_up, test_next_interview_at,
              fixture_tear_down);
  g_test_add ("/people/store/interview-refreshes-job", Fixture, NULL, fixture_set_up,
              test_store_interview_refreshes_job, fixture_tear_down);
  g_test_add ("/people/store/contacts", Fixture, NULL, fixture_set_up, test_store_contacts, fixture_tear_down);
  g_test_add_func ("/people/vcard/escape", test_vcard_escape);
  g_test_add_func ("/people/vcard/fold", test_vcard_fold);
  g_test_add_func ("/people/vcard/round-trip", test_vcard_round_trip);
  g_test_add_func ("/people/vcard/minimal", test_vcard_minimal);
  g_test_add_func ("/people/vcard/parse-errors", test_vcard_parse_errors);

  return g_test_run ();
}
