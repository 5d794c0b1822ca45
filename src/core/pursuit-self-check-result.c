/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-self-check-result.h"

G_DEFINE_BOXED_TYPE (PursuitSelfCheckResult, pursuit_self_check_result,
                     pursuit_self_check_result_copy, pursuit_self_check_result_free)

PursuitSelfCheckResult *
pursuit_self_check_result_new (const char *check_id,
                               gint64      taken_at,
                               double      score,
                               const char *band_id)
{
  PursuitSelfCheckResult *self = g_new0 (PursuitSelfCheckResult, 1);

  self->check_id = g_strdup (check_id);
  self->taken_at = taken_at;
  self->score = score;
  self->band_id = g_strdup (band_id);
  self->item_ids = g_ptr_array_new_with_free_func (g_free);
  self->values = g_array_new (FALSE, FALSE, sizeof (int));
  return self;
}

void
pursuit_self_check_result_add_answer (PursuitSelfCheckResult *self,
                                      const char             *item_id,
                                      int                     value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (item_id != NULL);

  g_ptr_array_add (self->item_ids, g_strdup (item_id));
  g_array_append_val (self->values, value);
}

int
pursuit_self_check_result_get_answer (const PursuitSelfCheckResult *self,
                                      const char                   *item_id,
                                      int                           fallback)
{
  g_return_val_if_fail (self != NULL, fallback);

  for (guint i = 0; i < self->item_ids->len; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (self->item_ids, i), item_id) == 0)
        return g_array_index (self->values, int, i);
    }
  return fallback;
}

PursuitSelfCheckResult *
pursuit_self_check_result_copy (const PursuitSelfCheckResult *self)
{
  PursuitSelfCheckResult *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = pursuit_self_check_result_new (self->check_id, self->taken_at, self->score, self->band_id);
  copy->id = self->id;
  for (guint i = 0; i < self->item_ids->len; i++)
    pursuit_self_check_result_add_answer (copy, g_ptr_array_index (self->item_ids, i),
                                          g_array_index (self->values, int, i));
  return copy;
}

void
pursuit_self_check_result_free (PursuitSelfCheckResult *self)
{
  if (self == NULL)
    return;

  g_free (self->check_id);
  g_free (self->band_id);
  g_ptr_array_unref (self->item_ids);
  g_array_unref (self->values);
  g_free (self);
}
