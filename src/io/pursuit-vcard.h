/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pursuit-contact.h"

G_BEGIN_DECLS

#define PURSUIT_VCARD_ERROR (pursuit_vcard_error_quark ())

typedef enum
{
  PURSUIT_VCARD_ERROR_INVALID,
} PursuitVCardError;

/**
 * PursuitVCardProperty:
 * @name: the property name in upper case, without a group ("EMAIL")
 * @parameters: what stood between the name and the colon, without the
 *   leading semicolon ("TYPE=work"), or ""
 * @value: the value, unescaped (a URI, as of URL or UID, is kept as it
 *   is); for structured properties (N, ORG, ADR) the components are still
 *   joined by ";"
 * @components: (array zero-terminated=1): the value split at unescaped
 *   semicolons, each unescaped; one component for unstructured properties
 *
 * One content line of a vCard, unfolded.
 */
typedef struct
{
  char *name;
  char *parameters;
  char *value;
  GStrv components;
} PursuitVCardProperty;

GQuark                pursuit_vcard_error_quark    (void);

char                 *pursuit_vcard_write_contact  (PursuitContact             *contact);
char                 *pursuit_vcard_suggest_filename (PursuitContact           *contact);

GPtrArray            *pursuit_vcard_parse          (const char                 *text,
                                                    GError                    **error);
const PursuitVCardProperty *pursuit_vcard_find     (GPtrArray                  *properties,
                                                    const char                 *name);
void                  pursuit_vcard_property_free  (PursuitVCardProperty       *property);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitVCardProperty, pursuit_vcard_property_free)

G_END_DECLS
