/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "pursuit-interview-dialog.h"
#include "pursuit-job-fields.h"
#include "pursuit-locale.h"
#include "pursuit-test-widgets.h"

/* The main window under es_ES.UTF-8, as a Spanish-speaking user starts it
 * (tests/meson.build sets the locale and PURSUIT_LOCALEDIR, the build
 * directory's translations): Spanish text from the .ui templates and the
 * code, and pay with the locale's separators. */

typedef PursuitTestWindowFixture Fixture;

static void
test_spanish_text (Fixture       *fixture,
                   gconstpointer  data)
{
  pursuit_test_wait_for_label (GTK_WIDGET (fixture->window), "Aún no hay empleos");
  g_assert_null (pursuit_test_find_label (GTK_WIDGET (fixture->window), "No Jobs Yet"));
}

static void
test_spanish_pay (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PursuitJob) draft = pursuit_test_make_draft (fixture->store, "Acme", "Customer Service Representative");
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_job_field_parse (draft, PURSUIT_JOB_FIELD_PAY_MIN, "38500", &error));
  g_assert_true (pursuit_job_field_parse (draft, PURSUIT_JOB_FIELD_PAY_MAX, "41500", &error));
  g_assert_true (pursuit_job_field_parse (draft, PURSUIT_JOB_FIELD_PAY_CURRENCY, "USD", &error));
  g_assert_true (pursuit_job_field_parse (draft, PURSUIT_JOB_FIELD_PAY_PERIOD, "year", &error));
  g_assert_no_error (error);
  job = pursuit_test_store_add (fixture->store, draft, &error);
  g_assert_no_error (error);

  /* The jobs list's row, in thousands: the Spanish decimal comma, the
   * sign after the amount, the period in Spanish. */
  pursuit_test_wait_for_label (GTK_WIDGET (fixture->window), "38,5k–41,5k $ al año");
  g_assert_null (pursuit_test_find_label_containing (GTK_WIDGET (fixture->window), "$38.5k"));
  /* Stored as it was typed, whatever the locale. */
  g_assert_cmpfloat (pursuit_job_get_pay_min (job), ==, 38500);
}

/* A figure the user edits is written as they type it back, in the C
 * locale: a score of 62.5 reads "62.5", which pursuit_parse_amount() takes
 * as 62.5, not "62,5", which it does not. */
static void
test_editable_score (PursuitTestWidgetFixture *fixture,
                     gconstpointer             data)
{
  PursuitJob *job = pursuit_test_add_job (fixture->store, "Acme", "Support Agent");
  g_autoptr(PursuitInterview) interview = pursuit_test_make_interview (pursuit_job_get_id (job), 1798761600);
  PursuitInterviewDialog *dialog;
  GtkWidget *row;

  pursuit_interview_set_kind (interview, PURSUIT_INTERVIEW_KIND_ASSESSMENT);
  pursuit_interview_set_assessment (interview, PURSUIT_ASSESSMENT_TYPING);
  pursuit_interview_set_score (interview, 62.5);
  dialog = pursuit_interview_dialog_new (fixture->context, job, interview);
  gtk_window_present (GTK_WINDOW (dialog));

  row = pursuit_test_find_row (GTK_WIDGET (dialog), "Puntuación (palabras por minuto, un porcentaje…)");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "62.5");

  /* The company's contacts, read by the store, before the dialog goes. */
  pursuit_test_wait_for_label (GTK_WIDGET (dialog),
                               "Aún no hay contactos en Acme. Añádelos en Contactos, en la página del empleo, para elegirlos aquí.");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  const char *messages;

  /* As main() does, before GTK: the locale must exist, or the case is
   * skipped rather than failing on a machine without it. */
  pursuit_locale_init ();
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || !g_str_has_prefix (messages, "es_ES"))
    {
      g_print ("1..0 # SKIP the es_ES.UTF-8 locale is not installed (build-aux/install-deps generates it)\n");
      return 0;
    }

  if (!pursuit_test_init_gui (&argc, &argv))
    return 0;

  PURSUIT_TEST_ADD_WINDOW ("/locale/spanish-text", test_spanish_text);
  PURSUIT_TEST_ADD_WINDOW ("/locale/spanish-pay", test_spanish_pay);
  PURSUIT_TEST_ADD_WIDGET ("/locale/editable-score", test_editable_score);

  return g_test_run ();
}
