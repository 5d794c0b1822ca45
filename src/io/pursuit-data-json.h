/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PURSUIT_DATA_JSON_ERROR (pursuit_data_json_error_quark ())

/**
 * PursuitDataJsonError:
 * @PURSUIT_DATA_JSON_ERROR_INVALID: the text is not JSON, or not shaped as
 *   an export (the message says where)
 * @PURSUIT_DATA_JSON_ERROR_NOT_PURSUIT: the JSON is not a Pursuit export
 * @PURSUIT_DATA_JSON_ERROR_NEWER_VERSION: the export was made by a newer
 *   Pursuit, in a version of the format this one does not know
 */
typedef enum
{
  PURSUIT_DATA_JSON_ERROR_INVALID,
  PURSUIT_DATA_JSON_ERROR_NOT_PURSUIT,
  PURSUIT_DATA_JSON_ERROR_NEWER_VERSION,
} PursuitDataJsonError;

/* The "format" and "version" members of every export. */
#define PURSUIT_DATA_JSON_FORMAT "pursuit-export"
#define PURSUIT_DATA_JSON_VERSION 1

/* The data, as the store gives and takes it (PURSUIT_DATA_TYPE in
 * pursuit-repository-data.h): tables of rows of named values. */
#define PURSUIT_DATA_JSON_TYPE ((const GVariantType *) "a(saa{sv})")

GQuark    pursuit_data_json_error_quark (void);
const char *pursuit_data_json_format_double (char   *buffer,
                                             gsize   size,
                                             double  value);
char     *pursuit_data_json_write       (GVariant    *data,
                                         gsize       *length);
GVariant *pursuit_data_json_read        (const char  *text,
                                         gssize       length,
                                         GError     **error);

G_END_DECLS
