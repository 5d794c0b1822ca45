/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-error.h"
#include "pursuit-test-utils.h"

/* Contacts and interviews through the store: each change reaches the
 * job's live lists and the job in the jobs model. */

#define DAY (24 * 60 * 60)

typedef PursuitTestFixture Fixture;

static void
test_store_interview_refreshes_job (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(PursuitJob) saved = pursuit_test_insert_job (fixture->repository, "Acme Ltd", "Customer Service Specialist",
                                                          pursuit_test_now () - 1000);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitInterview) draft = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PursuitJobList) list = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;
  gint64 starts_at = pursuit_test_now () + DAY;

  g_clear_object (&fixture->repository);
  store = pursuit_test_open_store (fixture->path);
  job = pursuit_store_find_job (store, pursuit_job_get_id (saved));
  g_assert_nonnull (job);
  g_assert_cmpint (pursuit_job_get_next_interview_at (job), ==, 0);
  list = pursuit_store_get_job_interviews (store, pursuit_job_get_id (job));
  pursuit_test_wait_for_list (list, 0, "the interviews to be read");

  draft = pursuit_test_make_interview (pursuit_job_get_id (job), starts_at);
  pursuit_store_add_interview_async (store, draft, NULL, pursuit_test_keep_result, &result);
  interview = pursuit_store_save_interview_finish (store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_interview_get_id (interview), >, 0);
  /* The draft is the caller's and is left alone. */
  g_assert_cmpint (pursuit_interview_get_id (draft), ==, 0);
  /* The job in the jobs model now knows its next interview. */
  g_assert_cmpint (pursuit_job_get_next_interview_at (job), ==, starts_at);
  g_clear_object (&result);

  /* The job's live list of interviews follows. */
  pursuit_test_wait_for_list (list, 1, "the interview to be listed");

  pursuit_store_delete_interview_async (store, interview, NULL, pursuit_test_keep_result, &result);
  g_assert_true (pursuit_store_delete_interview_finish (store, pursuit_test_wait_result (&result), &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_job_get_next_interview_at (job), ==, 0);
  g_clear_object (&result);
  pursuit_test_wait_for_list (list, 0, "the interview to go");

  /* A failure comes back as an error and changes nothing. */
  pursuit_interview_set_duration_minutes (draft, 0);
  pursuit_store_add_interview_async (store, draft, NULL, pursuit_test_keep_result, &result);
  g_assert_null (pursuit_store_save_interview_finish (store, pursuit_test_wait_result (&result), &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
}

static void
test_store_contacts (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PursuitJob) saved = pursuit_test_insert_job (fixture->repository, "Acme Ltd", "Customer Service Specialist",
                                                          pursuit_test_now () - 1000);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitContact) draft = pursuit_contact_new ();
  g_autoptr(PursuitContact) contact = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(PursuitJobList) job_contacts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id = pursuit_job_get_id (saved);

  g_clear_object (&fixture->repository);
  store = pursuit_test_open_store (fixture->path);
  job_contacts = pursuit_store_get_job_contacts (store, job_id);

  pursuit_contact_set_name (draft, "Jane Doe");
  pursuit_contact_set_company (draft, "Acme Ltd");
  pursuit_store_add_contact_async (store, draft, job_id, NULL, pursuit_test_keep_result, &result);
  contact = pursuit_store_add_contact_finish (store, pursuit_test_wait_result (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_contact_get_id (contact), >, 0);
  g_clear_object (&result);

  pursuit_test_wait_for_list (job_contacts, 1, "the contact to be listed");

  pursuit_store_link_contact_async (store, job_id, pursuit_contact_get_id (contact), FALSE, NULL, pursuit_test_keep_result, &result);
  g_assert_true (pursuit_store_link_contact_finish (store, pursuit_test_wait_result (&result), &error));
  g_clear_object (&result);

  pursuit_store_list_company_contacts_async (store, "acme ltd", NULL, pursuit_test_keep_result, &result);
  list = pursuit_store_list_company_contacts_finish (store, pursuit_test_wait_result (&result), &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  g_clear_object (&result);

  pursuit_test_wait_for_list (job_contacts, 0, "the contact to leave the job");

  pursuit_store_delete_contact_async (store, contact, NULL, pursuit_test_keep_result, &result);
  g_assert_true (pursuit_store_delete_contact_finish (store, pursuit_test_wait_result (&result), &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  PURSUIT_TEST_ADD ("/store/interviews/refresh-job", test_store_interview_refreshes_job);
  PURSUIT_TEST_ADD ("/store/contacts", test_store_contacts);

  return g_test_run ();
}
