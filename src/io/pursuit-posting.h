/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "pursuit-job.h"

G_BEGIN_DECLS

#define PURSUIT_POSTING_ERROR (pursuit_posting_error_quark ())

/**
 * PursuitPostingError:
 * @PURSUIT_POSTING_ERROR_TOO_LARGE: the text is over %PURSUIT_POSTING_MAX_BYTES
 * @PURSUIT_POSTING_ERROR_INVALID_UTF8: the text is not UTF-8
 * @PURSUIT_POSTING_ERROR_NOT_FOUND: the text holds no schema.org
 *   JobPosting; the message says whether it held structured data at all,
 *   or data that could not be read
 *
 * Each message is a sentence for the user.
 */
typedef enum
{
  PURSUIT_POSTING_ERROR_TOO_LARGE,
  PURSUIT_POSTING_ERROR_INVALID_UTF8,
  PURSUIT_POSTING_ERROR_NOT_FOUND,
} PursuitPostingError;

/* A saved job page is rarely over 3 MB; 16 leaves room and bounds the work. */
#define PURSUIT_POSTING_MAX_BYTES (16 * 1024 * 1024)

/**
 * PursuitPosting:
 * @job: a draft job with what the posting says: title, company, location,
 *   workplace, employment type, industry, pay, deadline, URL and the
 *   posting's text; no id and no stage
 * @date_posted: when the posting was published, as YYYY-MM-DD, or ""
 *
 * One schema.org JobPosting read from a page.
 */
typedef struct
{
  PursuitJob *job;
  char *date_posted;
} PursuitPosting;

GQuark     pursuit_posting_error_quark (void);
GPtrArray *pursuit_posting_parse       (const char      *data,
                                        gsize            length,
                                        GError         **error);
void       pursuit_posting_free        (PursuitPosting  *posting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitPosting, pursuit_posting_free)

G_END_DECLS
