/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PursuitValidationError:
 * @PURSUIT_VALIDATION_ERROR_EMPTY: a value that is needed is missing
 * @PURSUIT_VALIDATION_ERROR_TOO_LONG: a text is over its limit
 * @PURSUIT_VALIDATION_ERROR_BAD_TEXT: not valid UTF-8, or control characters
 * @PURSUIT_VALIDATION_ERROR_FORMAT: not a date, a figure, an address, a code…
 * @PURSUIT_VALIDATION_ERROR_RANGE: a figure out of range, or a minimum above
 *   its maximum
 *
 * What is wrong with a value a user typed or a file gave. The error also
 * carries the name of the field it is about (pursuit_validation_error_get_field()),
 * so a page can put the message under that field and the command line can
 * name the option.
 */
typedef enum
{
  PURSUIT_VALIDATION_ERROR_EMPTY,
  PURSUIT_VALIDATION_ERROR_TOO_LONG,
  PURSUIT_VALIDATION_ERROR_BAD_TEXT,
  PURSUIT_VALIDATION_ERROR_FORMAT,
  PURSUIT_VALIDATION_ERROR_RANGE,
} PursuitValidationError;

#define PURSUIT_VALIDATION_ERROR (pursuit_validation_error_quark ())
GQuark      pursuit_validation_error_quark     (void);

void        pursuit_set_validation_error       (GError      **error,
                                                const char   *field,
                                                PursuitValidationError code,
                                                const char   *format,
                                                ...) G_GNUC_PRINTF (4, 5);
const char *pursuit_validation_error_get_field (const GError *error);
void        pursuit_validation_error_set_field (GError       *error,
                                                const char   *field);

/* Checks shared by every object that stores a link, money or a date. */
gboolean    pursuit_is_web_address   (const char  *text);
gboolean    pursuit_is_currency_code (const char  *text);
gboolean    pursuit_is_valid_date    (const char  *iso_date);
gboolean    pursuit_is_blank         (const char  *text);

/* Parsers of what people type; each is strict about what it accepts and
 * lenient only where people are (spaces around, "38,500", a missing
 * "https://"). The errors carry no field: the callers that know it add it. */
gboolean    pursuit_check_text       (const char  *text,
                                      gsize        max_length,
                                      gboolean     multi_line,
                                      GError     **error);
gboolean    pursuit_parse_date       (const char  *text,
                                      char       **iso_date,
                                      GError     **error);
gboolean    pursuit_parse_amount     (const char  *text,
                                      double      *amount,
                                      GError     **error);
gboolean    pursuit_parse_web_address (const char *text,
                                      char       **address,
                                      GError     **error);
gboolean    pursuit_parse_currency   (const char  *text,
                                      char       **code,
                                      GError     **error);
gboolean    pursuit_parse_whole_number (const char *text,
                                      gint64       minimum,
                                      gint64       maximum,
                                      gint64      *number,
                                      GError     **error);

G_END_DECLS
