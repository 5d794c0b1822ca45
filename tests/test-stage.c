/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-enums.h"
#include "pursuit-stage.h"
#include "pursuit-stage-change.h"
#include "pursuit-test-utils.h"

/* PursuitStage and PursuitStageChange: kinds, names and copies. */

static const struct
{
  PursuitStageKind kind;
  const char *nick;
  const char *name;
  gboolean closed;
} all_kinds[] = {
  { PURSUIT_STAGE_KIND_WISHLIST, "wishlist", "Wishlist", FALSE },
  { PURSUIT_STAGE_KIND_APPLIED, "applied", "Applied", FALSE },
  { PURSUIT_STAGE_KIND_SCREENING, "screening", "Screening", FALSE },
  { PURSUIT_STAGE_KIND_INTERVIEWING, "interviewing", "Interviewing", FALSE },
  { PURSUIT_STAGE_KIND_OFFER, "offer", "Offer", FALSE },
  { PURSUIT_STAGE_KIND_ACCEPTED, "accepted", "Accepted", TRUE },
  { PURSUIT_STAGE_KIND_REJECTED, "rejected", "Rejected", TRUE },
  { PURSUIT_STAGE_KIND_WITHDRAWN, "withdrawn", "Withdrawn", TRUE },
  { PURSUIT_STAGE_KIND_GHOSTED, "ghosted", "Ghosted", TRUE },
};

static void
test_stage_kind_nicks (void)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (PURSUIT_TYPE_STAGE_KIND);

  g_assert_cmpuint (G_N_ELEMENTS (all_kinds), ==, PURSUIT_STAGE_KIND_LAST + 1);
  g_assert_cmpuint (enum_class->n_values, ==, G_N_ELEMENTS (all_kinds));

  for (guint i = 0; i < G_N_ELEMENTS (all_kinds); i++)
    {
      PursuitStageKind kind = PURSUIT_STAGE_KIND_LAST;
      g_autofree char *upper = g_ascii_strup (all_kinds[i].nick, -1);
      GEnumValue *value;

      /* The numbers are stored in the database: they never move. */
      g_assert_cmpint (all_kinds[i].kind, ==, i);

      g_assert_cmpstr (pursuit_stage_kind_to_nick (all_kinds[i].kind), ==, all_kinds[i].nick);
      g_assert_true (pursuit_stage_kind_from_nick (all_kinds[i].nick, &kind));
      g_assert_cmpint (kind, ==, all_kinds[i].kind);

      kind = PURSUIT_STAGE_KIND_WISHLIST;
      g_assert_true (pursuit_stage_kind_from_nick (upper, &kind));
      g_assert_cmpint (kind, ==, all_kinds[i].kind);
      g_assert_true (pursuit_stage_kind_from_nick (all_kinds[i].nick, NULL));

      /* GType nicks agree with ours, so GSettings and bindings see the same words. */
      value = g_enum_get_value (enum_class, all_kinds[i].kind);
      g_assert_nonnull (value);
      g_assert_cmpstr (value->value_nick, ==, all_kinds[i].nick);
    }

  {
    PursuitStageKind kind = PURSUIT_STAGE_KIND_OFFER;

    g_assert_false (pursuit_stage_kind_from_nick ("", &kind));
    g_assert_false (pursuit_stage_kind_from_nick ("hired", &kind));
    g_assert_false (pursuit_stage_kind_from_nick ("applied ", &kind));
    g_assert_cmpint (kind, ==, PURSUIT_STAGE_KIND_OFFER);
  }
}

static void
test_stage_kind_is_closed (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (all_kinds); i++)
    g_assert_cmpint (pursuit_stage_kind_is_closed (all_kinds[i].kind), ==, all_kinds[i].closed);
}

static void
test_stage_name (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (all_kinds); i++)
    {
      g_autoptr(PursuitStage) no_name = pursuit_stage_new (i + 1, all_kinds[i].kind, NULL, i, FALSE);
      g_autoptr(PursuitStage) empty_name = pursuit_stage_new (i + 1, all_kinds[i].kind, "", i, FALSE);
      g_autoptr(PursuitStage) custom = pursuit_stage_new (i + 1, all_kinds[i].kind, "My step", i, FALSE);
      g_autofree char *property_name = NULL;

      g_assert_cmpstr (pursuit_stage_kind_get_default_name (all_kinds[i].kind), ==, all_kinds[i].name);

      g_assert_null (pursuit_stage_get_custom_name (no_name));
      g_assert_cmpstr (pursuit_stage_get_name (no_name), ==, all_kinds[i].name);

      g_assert_cmpstr (pursuit_stage_get_custom_name (empty_name), ==, "");
      g_assert_cmpstr (pursuit_stage_get_name (empty_name), ==, all_kinds[i].name);

      g_assert_cmpstr (pursuit_stage_get_custom_name (custom), ==, "My step");
      g_assert_cmpstr (pursuit_stage_get_name (custom), ==, "My step");

      g_object_get (empty_name, "name", &property_name, NULL);
      g_assert_cmpstr (property_name, ==, all_kinds[i].name);
    }
}

static void
test_stage_properties (void)
{
  g_autoptr(PursuitStage) stage = pursuit_stage_new (7, PURSUIT_STAGE_KIND_REJECTED, "Nope", 6, TRUE);
  PursuitStageKind kind = PURSUIT_STAGE_KIND_WISHLIST;
  gint64 id = 0;
  int position = 0;
  gboolean hidden = FALSE;

  g_assert_cmpint (pursuit_stage_get_id (stage), ==, 7);
  g_assert_cmpint (pursuit_stage_get_kind (stage), ==, PURSUIT_STAGE_KIND_REJECTED);
  g_assert_cmpint (pursuit_stage_get_position (stage), ==, 6);
  g_assert_true (pursuit_stage_get_hidden (stage));

  g_object_get (stage, "id", &id, "kind", &kind, "position", &position, "hidden", &hidden, NULL);
  g_assert_cmpint (id, ==, 7);
  g_assert_cmpint (kind, ==, PURSUIT_STAGE_KIND_REJECTED);
  g_assert_cmpint (position, ==, 6);
  g_assert_true (hidden);
}

static void
test_stage_change_copy (void)
{
  g_autoptr(PursuitStageChange) change = pursuit_stage_change_new (3, 42, 2, 1700000000, NULL);
  g_autoptr(PursuitStageChange) copy = NULL;

  g_assert_cmpstr (change->note, ==, "");

  g_free (change->note);
  change->note = g_strdup ("Recruiter called");

  copy = pursuit_stage_change_copy (change);
  g_assert_true (copy != change);
  g_assert_true (copy->note != change->note);
  g_assert_cmpint (copy->id, ==, 3);
  g_assert_cmpint (copy->job_id, ==, 42);
  g_assert_cmpint (copy->stage_id, ==, 2);
  g_assert_cmpint (copy->entered_at, ==, 1700000000);
  g_assert_cmpstr (copy->note, ==, "Recruiter called");

  /* An object, so a job's timeline can be a list model. */
  g_assert_true (PURSUIT_IS_STAGE_CHANGE (copy));
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_init (&argc, &argv);

  g_test_add_func ("/stage/kind/nicks", test_stage_kind_nicks);
  g_test_add_func ("/stage/kind/is-closed", test_stage_kind_is_closed);
  g_test_add_func ("/stage/name", test_stage_name);
  g_test_add_func ("/stage/properties", test_stage_properties);
  g_test_add_func ("/stage-change/copy", test_stage_change_copy);

  return g_test_run ();
}
