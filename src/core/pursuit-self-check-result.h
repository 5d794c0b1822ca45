/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_SELF_CHECK_RESULT (pursuit_self_check_result_get_type ())

/**
 * PursuitSelfCheckResult:
 * @check_id: the self-check's content id
 * @taken_at: when it was taken (Unix time, seconds)
 * @score: the concern score, 0 to 100
 * @band_id: the result band's content id
 * @item_ids: the items answered, in order
 * @values: the answer to each item, same order
 *
 * One self-check as the user took it.
 */
typedef struct
{
  gint64 id;
  char *check_id;
  gint64 taken_at;
  double score;
  char *band_id;
  GPtrArray *item_ids;
  GArray *values;
} PursuitSelfCheckResult;

GType                   pursuit_self_check_result_get_type   (void) G_GNUC_CONST;
PursuitSelfCheckResult *pursuit_self_check_result_new        (const char                   *check_id,
                                                              gint64                        taken_at,
                                                              double                        score,
                                                              const char                   *band_id);
void                    pursuit_self_check_result_add_answer (PursuitSelfCheckResult       *self,
                                                              const char                   *item_id,
                                                              int                           value);
int                     pursuit_self_check_result_get_answer (const PursuitSelfCheckResult *self,
                                                              const char                   *item_id,
                                                              int                           fallback);
PursuitSelfCheckResult *pursuit_self_check_result_copy       (const PursuitSelfCheckResult *self);
void                    pursuit_self_check_result_free       (PursuitSelfCheckResult       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitSelfCheckResult, pursuit_self_check_result_free)

G_END_DECLS
