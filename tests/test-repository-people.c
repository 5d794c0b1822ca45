/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-error.h"
#include "pursuit-repository-people.h"
#include "pursuit-test-utils.h"

/* Contacts and interviews in the repository, on a database of the test's
 * own, counted through a connection of the test's own. */

#define DAY (24 * 60 * 60)

typedef PursuitTestFixture Fixture;

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
  g_assert_true (pursuit_repository_insert_contact (fixture->repository, contact, job_id, pursuit_test_now (), &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_contact_get_id (contact), >, 0);
  return contact;
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
    g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM contacts"), ==, 1);
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
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (fixture->repository, "Acme Ltd", "Customer Service Specialist",
                                                       pursuit_test_now () - 1000);
  g_autoptr(PursuitJob) other = pursuit_test_insert_job (fixture->repository, "Acme Ltd", "Team Lead",
                                                         pursuit_test_now () - 1000);
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
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM contacts"), ==, 2);

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
    g_assert_false (pursuit_repository_insert_contact (fixture->repository, lost, 999, pursuit_test_now (), &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM contacts"), ==, 2);
  }

  /* A job in the trash takes no new links. */
  g_assert_true (pursuit_repository_trash_job (fixture->repository, pursuit_job_get_id (other), pursuit_test_now (), &error));
  g_assert_false (pursuit_repository_link_contact (fixture->repository, pursuit_job_get_id (other),
                                                   pursuit_contact_get_id (jane), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_interviews_crud (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (fixture->repository, "Acme Ltd", "Customer Service Specialist",
                                                       pursuit_test_now () - 1000);
  g_autoptr(PursuitJob) other = pursuit_test_insert_job (fixture->repository, "Globex", "Support Agent",
                                                         pursuit_test_now () - 1000);
  g_autoptr(PursuitContact) jane = add_contact (fixture, "Jane Doe", "Acme Ltd", 0);
  g_autoptr(PursuitContact) bob = add_contact (fixture, "Bob Smith", "Acme Ltd", 0);
  g_autoptr(PursuitInterview) second = pursuit_test_make_interview (pursuit_job_get_id (job), 1800000000);
  g_autoptr(PursuitInterview) first = pursuit_test_make_interview (pursuit_job_get_id (job), 1790000000);
  g_autoptr(PursuitInterview) elsewhere = pursuit_test_make_interview (pursuit_job_get_id (other), 1795000000);
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
  g_assert_true (pursuit_repository_trash_job (fixture->repository, pursuit_job_get_id (other), pursuit_test_now (), &error));
  list = pursuit_repository_list_interviews_between (fixture->repository, G_MININT64, G_MAXINT64, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Deleting an interview keeps its interviewers as contacts. */
  g_assert_true (pursuit_repository_delete_interview (fixture->repository, pursuit_interview_get_id (second),
                                                      8000, &error));
  g_assert_no_error (error);
  list = pursuit_repository_list_interviews (fixture->repository, pursuit_job_get_id (job), &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM interview_contacts"), ==, 0);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM contacts"), ==, 2);

  g_assert_false (pursuit_repository_delete_interview (fixture->repository, 999, 8000, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An interview for a job that is not there is refused. */
  {
    g_autoptr(PursuitInterview) orphan = pursuit_test_make_interview (999, 1800000000);

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
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (fixture->repository, "Acme Ltd", "Customer Service Specialist",
                                                       pursuit_test_now () - 1000);
  g_autoptr(PursuitContact) jane = add_contact (fixture, "Jane Doe", "Acme Ltd", 0);
  g_autoptr(PursuitInterview) interview = pursuit_test_make_interview (pursuit_job_get_id (job), pursuit_test_now () + DAY);
  g_autoptr(PursuitInterview) found = NULL;
  g_autoptr(PursuitJob) before = NULL;
  g_autoptr(PursuitJob) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { pursuit_contact_get_id (jane), 4242 };

  before = find_job (fixture, pursuit_job_get_id (job));
  pursuit_interview_set_interviewer_ids (interview, ids, G_N_ELEMENTS (ids));
  g_assert_false (pursuit_repository_insert_interview (fixture->repository, interview, pursuit_test_now (), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "4242"));
  g_clear_error (&error);

  g_assert_cmpint (pursuit_interview_get_id (interview), ==, 0);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM interviews"), ==, 0);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM interview_contacts"), ==, 0);
  after = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_updated_at (after), ==, pursuit_job_get_updated_at (before));
  g_assert_cmpint (pursuit_job_get_next_interview_at (after), ==, 0);
  g_clear_object (&after);

  /* Now a good one, then an edit that fails. */
  pursuit_interview_set_interviewer_ids (interview, ids, 1);
  g_assert_true (pursuit_repository_insert_interview (fixture->repository, interview, pursuit_test_now (), &error));
  g_assert_no_error (error);

  found = pursuit_interview_copy (interview);
  pursuit_interview_set_interviewer_ids (found, ids, G_N_ELEMENTS (ids));
  pursuit_interview_set_location (found, "Changed");
  g_assert_false (pursuit_repository_update_interview (fixture->repository, found, pursuit_test_now (), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_object (&found);

  found = pursuit_repository_find_interview (fixture->repository, pursuit_interview_get_id (interview), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_interview_get_location (found), ==, "");
  g_assert_cmpstrv (pursuit_interview_get_interviewer_names (found), ((const char *[]) { "Jane Doe", NULL }));
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM interview_contacts"), ==, 1);
}

/* Deleting a job removes its interviews and links, never a contact, even
 * one that only that job used. */
static void
test_delete_job_keeps_contacts (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (fixture->repository, "Acme Ltd", "Customer Service Specialist",
                                                       pursuit_test_now () - 1000);
  g_autoptr(PursuitJob) other = pursuit_test_insert_job (fixture->repository, "Acme Ltd", "Team Lead",
                                                         pursuit_test_now () - 1000);
  g_autoptr(PursuitContact) shared = add_contact (fixture, "Jane Doe", "Acme Ltd", pursuit_job_get_id (job));
  g_autoptr(PursuitContact) own = add_contact (fixture, "Bob Smith", "Acme Ltd", pursuit_job_get_id (job));
  g_autoptr(PursuitInterview) interview = pursuit_test_make_interview (pursuit_job_get_id (job), pursuit_test_now () + DAY);
  g_autoptr(PursuitInterview) kept = pursuit_test_make_interview (pursuit_job_get_id (other), pursuit_test_now () + 2 * DAY);
  g_autoptr(GPtrArray) linked = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { pursuit_contact_get_id (shared), pursuit_contact_get_id (own) };

  g_assert_true (pursuit_repository_link_contact (fixture->repository, pursuit_job_get_id (other),
                                                  pursuit_contact_get_id (shared), &error));
  pursuit_interview_set_interviewer_ids (interview, ids, G_N_ELEMENTS (ids));
  pursuit_interview_set_interviewer_ids (kept, ids, 1);
  g_assert_true (pursuit_repository_insert_interview (fixture->repository, interview, pursuit_test_now (), &error));
  g_assert_true (pursuit_repository_insert_interview (fixture->repository, kept, pursuit_test_now (), &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM interview_contacts"), ==, 3);

  g_assert_true (pursuit_repository_delete_job (fixture->repository, pursuit_job_get_id (job), &error));
  g_assert_no_error (error);

  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM interviews"), ==, 1);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM interview_contacts"), ==, 1);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM job_contacts"), ==, 1);

  all = pursuit_repository_list_contacts (fixture->repository, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 2);

  linked = pursuit_repository_list_job_contacts (fixture->repository, pursuit_job_get_id (other), &error);
  g_assert_cmpuint (linked->len, ==, 1);
  g_assert_cmpstr (pursuit_contact_get_name (g_ptr_array_index (linked, 0)), ==, "Jane Doe");

  /* Purging the trash is the same. */
  g_assert_true (pursuit_repository_trash_job (fixture->repository, pursuit_job_get_id (other), pursuit_test_now (), &error));
  g_assert_true (pursuit_repository_purge_trash (fixture->repository, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM interviews"), ==, 0);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM job_contacts"), ==, 0);
  g_assert_cmpint (pursuit_test_sql_int (fixture->path, "SELECT count(*) FROM contacts"), ==, 2);
}

static void
test_next_interview_at (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitJob) job = pursuit_test_insert_job (fixture->repository, "Acme Ltd", "Customer Service Specialist",
                                                       pursuit_test_now () - 1000);
  g_autoptr(PursuitInterview) later = pursuit_test_make_interview (pursuit_job_get_id (job), pursuit_test_now () + 3 * DAY);
  g_autoptr(PursuitInterview) past = pursuit_test_make_interview (pursuit_job_get_id (job), pursuit_test_now () - 2 * DAY);
  g_autoptr(PursuitInterview) sooner = pursuit_test_make_interview (pursuit_job_get_id (job), pursuit_test_now () + DAY);
  g_autoptr(PursuitJob) read = NULL;
  g_autoptr(GError) error = NULL;

  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, 0);
  g_clear_object (&read);

  g_assert_true (pursuit_repository_insert_interview (fixture->repository, later, pursuit_test_now (), &error));
  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, pursuit_interview_get_starts_at (later));
  /* An interview is news about the job. */
  g_assert_cmpint (pursuit_job_get_updated_at (read), >, pursuit_job_get_updated_at (job));
  g_clear_object (&read);

  /* One that is over is not next. */
  g_assert_true (pursuit_repository_insert_interview (fixture->repository, past, pursuit_test_now (), &error));
  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, pursuit_interview_get_starts_at (later));
  g_clear_object (&read);

  g_assert_true (pursuit_repository_insert_interview (fixture->repository, sooner, pursuit_test_now (), &error));
  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, pursuit_interview_get_starts_at (sooner));
  g_clear_object (&read);

  /* Moved to after the other one. */
  pursuit_interview_set_starts_at (sooner, pursuit_test_now () + 5 * DAY);
  g_assert_true (pursuit_repository_update_interview (fixture->repository, sooner, pursuit_test_now (), &error));
  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, pursuit_interview_get_starts_at (later));
  g_clear_object (&read);

  g_assert_true (pursuit_repository_delete_interview (fixture->repository, pursuit_interview_get_id (later),
                                                      pursuit_test_now (), &error));
  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, pursuit_interview_get_starts_at (sooner));
  g_clear_object (&read);

  g_assert_true (pursuit_repository_delete_interview (fixture->repository, pursuit_interview_get_id (sooner),
                                                      pursuit_test_now (), &error));
  g_assert_no_error (error);
  read = find_job (fixture, pursuit_job_get_id (job));
  g_assert_cmpint (pursuit_job_get_next_interview_at (read), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  PURSUIT_TEST_ADD ("/repository/contacts/crud", test_contacts_crud);
  PURSUIT_TEST_ADD ("/repository/contacts/link", test_contacts_link);
  PURSUIT_TEST_ADD ("/repository/interviews/crud", test_interviews_crud);
  PURSUIT_TEST_ADD ("/repository/interviews/transaction", test_interviews_transaction);
  PURSUIT_TEST_ADD ("/repository/jobs/delete-keeps-contacts", test_delete_job_keeps_contacts);
  PURSUIT_TEST_ADD ("/repository/jobs/next-interview-at", test_next_interview_at);

  return g_test_run ();
}
