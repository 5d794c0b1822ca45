/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Accessors of the plain value objects (stories, custom questions): text
 * is never NULL and lists are never NULL, so views and SQL need no special
 * case. A field with a property passes its GParamSpec to be notified. */

static inline void
pursuit_accessors_set_text (GObject     *object,
                            char       **field,
                            const char  *value,
                            GParamSpec  *pspec)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  if (pspec != NULL)
    g_object_notify_by_pspec (object, pspec);
}

static inline void
pursuit_accessors_set_list (GStrv              *field,
                            const char * const *value)
{
  g_strfreev (*field);
  *field = value != NULL ? g_strdupv ((char **) value) : g_new0 (char *, 1);
}

#define PURSUIT_DEFINE_TEXT_ACCESSORS(Type, prefix, CHECK, field)              \
  const char *                                                                 \
  prefix##_get_##field (Type *self)                                            \
  {                                                                            \
    g_return_val_if_fail (CHECK (self), NULL);                                 \
    return self->field;                                                        \
  }                                                                            \
  void                                                                         \
  prefix##_set_##field (Type       *self,                                      \
                        const char *value)                                     \
  {                                                                            \
    g_return_if_fail (CHECK (self));                                           \
    pursuit_accessors_set_text (G_OBJECT (self), &self->field, value, NULL);   \
  }

#define PURSUIT_DEFINE_LIST_ACCESSORS(Type, prefix, CHECK, field)              \
  const char * const *                                                         \
  prefix##_get_##field (Type *self)                                            \
  {                                                                            \
    g_return_val_if_fail (CHECK (self), NULL);                                 \
    return (const char * const *) self->field;                                 \
  }                                                                            \
  void                                                                         \
  prefix##_set_##field (Type               *self,                              \
                        const char * const *value)                             \
  {                                                                            \
    g_return_if_fail (CHECK (self));                                           \
    pursuit_accessors_set_list (&self->field, value);                          \
  }

#define PURSUIT_DEFINE_INT64_ACCESSORS(Type, prefix, CHECK, field)             \
  gint64                                                                       \
  prefix##_get_##field (Type *self)                                            \
  {                                                                            \
    g_return_val_if_fail (CHECK (self), 0);                                    \
    return self->field;                                                        \
  }                                                                            \
  void                                                                         \
  prefix##_set_##field (Type   *self,                                          \
                        gint64  value)                                         \
  {                                                                            \
    g_return_if_fail (CHECK (self));                                           \
    self->field = value;                                                       \
  }

G_END_DECLS
