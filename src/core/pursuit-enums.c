/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib-object.h>
#include <glib/gi18n-lib.h>

#include "pursuit-enums.h"

static const struct
{
  const char *nick;
  const char *name;
} stage_kinds[] = {
  [PURSUIT_STAGE_KIND_WISHLIST] = { "wishlist", N_("Wishlist") },
  [PURSUIT_STAGE_KIND_APPLIED] = { "applied", N_("Applied") },
  [PURSUIT_STAGE_KIND_SCREENING] = { "screening", N_("Screening") },
  [PURSUIT_STAGE_KIND_INTERVIEWING] = { "interviewing", N_("Interviewing") },
  [PURSUIT_STAGE_KIND_OFFER] = { "offer", N_("Offer") },
  [PURSUIT_STAGE_KIND_ACCEPTED] = { "accepted", N_("Accepted") },
  [PURSUIT_STAGE_KIND_REJECTED] = { "rejected", N_("Rejected") },
  [PURSUIT_STAGE_KIND_WITHDRAWN] = { "withdrawn", N_("Withdrawn") },
  [PURSUIT_STAGE_KIND_GHOSTED] = { "ghosted", N_("Ghosted") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (stage_kinds) == PURSUIT_STAGE_KIND_LAST + 1);

G_DEFINE_ENUM_TYPE (PursuitStageKind, pursuit_stage_kind,
  G_DEFINE_ENUM_VALUE (PURSUIT_STAGE_KIND_WISHLIST, "wishlist"),
  G_DEFINE_ENUM_VALUE (PURSUIT_STAGE_KIND_APPLIED, "applied"),
  G_DEFINE_ENUM_VALUE (PURSUIT_STAGE_KIND_SCREENING, "screening"),
  G_DEFINE_ENUM_VALUE (PURSUIT_STAGE_KIND_INTERVIEWING, "interviewing"),
  G_DEFINE_ENUM_VALUE (PURSUIT_STAGE_KIND_OFFER, "offer"),
  G_DEFINE_ENUM_VALUE (PURSUIT_STAGE_KIND_ACCEPTED, "accepted"),
  G_DEFINE_ENUM_VALUE (PURSUIT_STAGE_KIND_REJECTED, "rejected"),
  G_DEFINE_ENUM_VALUE (PURSUIT_STAGE_KIND_WITHDRAWN, "withdrawn"),
  G_DEFINE_ENUM_VALUE (PURSUIT_STAGE_KIND_GHOSTED, "ghosted"))

const char *
pursuit_stage_kind_to_nick (PursuitStageKind kind)
{
  g_return_val_if_fail (kind <= PURSUIT_STAGE_KIND_LAST, NULL);

  return stage_kinds[kind].nick;
}

gboolean
pursuit_stage_kind_from_nick (const char       *nick,
                              PursuitStageKind *kind)
{
  g_return_val_if_fail (nick != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (stage_kinds); i++)
    {
      if (g_ascii_strcasecmp (nick, stage_kinds[i].nick) == 0)
        {
          if (kind != NULL)
            *kind = (PursuitStageKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The translated name a stage of this kind carries until the user renames it. */
const char *
pursuit_stage_kind_get_default_name (PursuitStageKind kind)
{
  g_return_val_if_fail (kind <= PURSUIT_STAGE_KIND_LAST, NULL);

  return g_dgettext (GETTEXT_PACKAGE, stage_kinds[kind].name);
}

/* A closed stage ends the pursuit: nothing more is expected to happen. */
gboolean
pursuit_stage_kind_is_closed (PursuitStageKind kind)
{
  return kind == PURSUIT_STAGE_KIND_ACCEPTED ||
         kind == PURSUIT_STAGE_KIND_REJECTED ||
         kind == PURSUIT_STAGE_KIND_WITHDRAWN ||
         kind == PURSUIT_STAGE_KIND_GHOSTED;
}
