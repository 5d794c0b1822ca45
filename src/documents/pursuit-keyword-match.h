/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PursuitKeyword:
 * @term: as shown: the vocabulary's name ("active listening", "Zendesk"),
 *   or a frequent word of the posting in its singular ("ticket")
 * @known: a skill or tool of the guides' vocabulary
 * @count: how many times the posting uses it
 */
typedef struct
{
  char *term;
  gboolean known;
  guint count;
} PursuitKeyword;

/**
 * PursuitKeywordMatch:
 * @present: (element-type PursuitKeyword): the posting's important terms
 *   the resume has, the vocabulary's first, then by count
 * @missing: (element-type PursuitKeyword): those it lacks, in that order
 * @coverage: the share of the terms the resume has, in percent, rounded
 */
typedef struct
{
  GPtrArray *present;
  GPtrArray *missing;
  guint coverage;
} PursuitKeywordMatch;

/* How many frequent words of a posting count besides the vocabulary's. */
#define PURSUIT_KEYWORD_FREQUENT_TERMS 12

PursuitKeywordMatch *pursuit_keyword_match_new   (const char          *posting,
                                                  const char          *resume,
                                                  const char * const  *vocabulary,
                                                  guint                max_frequent);
void                 pursuit_keyword_match_free  (PursuitKeywordMatch *self);
GPtrArray           *pursuit_keyword_tokenize    (const char          *text);
char                *pursuit_keyword_singular    (const char          *word);
gboolean             pursuit_keyword_is_stop_word (const char         *word);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitKeywordMatch, pursuit_keyword_match_free)

G_END_DECLS
