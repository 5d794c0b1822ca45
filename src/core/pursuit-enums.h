/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PursuitStageKind:
 *
 * What a stage means, whatever the user calls it, so statistics stay meaningful.
 * The values are stored in the database: append only, never renumber.
 */
typedef enum
{
  PURSUIT_STAGE_KIND_WISHLIST = 0,
  PURSUIT_STAGE_KIND_APPLIED = 1,
  PURSUIT_STAGE_KIND_SCREENING = 2,
  PURSUIT_STAGE_KIND_INTERVIEWING = 3,
  PURSUIT_STAGE_KIND_OFFER = 4,
  PURSUIT_STAGE_KIND_ACCEPTED = 5,
  PURSUIT_STAGE_KIND_REJECTED = 6,
  PURSUIT_STAGE_KIND_WITHDRAWN = 7,
  PURSUIT_STAGE_KIND_GHOSTED = 8,
} PursuitStageKind;

#define PURSUIT_STAGE_KIND_LAST PURSUIT_STAGE_KIND_GHOSTED
#define PURSUIT_TYPE_STAGE_KIND (pursuit_stage_kind_get_type ())

GType       pursuit_stage_kind_get_type        (void) G_GNUC_CONST;

const char *pursuit_stage_kind_to_nick         (PursuitStageKind  kind);
gboolean    pursuit_stage_kind_from_nick       (const char       *nick,
                                                PursuitStageKind *kind);
const char *pursuit_stage_kind_get_default_name (PursuitStageKind  kind);
gboolean    pursuit_stage_kind_is_closed       (PursuitStageKind  kind);

G_END_DECLS
