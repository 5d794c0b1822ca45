/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "pursuit-content.h"
#include "pursuit-salary.h"
#include "pursuit-practice-state.h"
#include "pursuit-credentials.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CONTEXT (pursuit_context_get_type ())

G_DECLARE_FINAL_TYPE (PursuitContext, pursuit_context, PURSUIT, CONTEXT, GObject)

PursuitContext *pursuit_context_new          (PursuitStore   *store,
                                              PursuitContent *content,
                                              GSettings      *settings);
PursuitStore   *pursuit_context_get_store    (PursuitContext *self);
PursuitContent *pursuit_context_get_content  (PursuitContext *self);
GSettings      *pursuit_context_get_settings (PursuitContext *self);
PursuitPracticeState *pursuit_context_get_practice (PursuitContext *self);

PursuitSalaryEngine            *pursuit_context_get_salary_engine      (PursuitContext *self);
const PursuitSalaryPreferences *pursuit_context_get_salary_preferences (PursuitContext *self);
PursuitCredentials *pursuit_context_get_credentials (PursuitContext *self);
PursuitInsightsTagger *pursuit_context_get_insights_tagger (PursuitContext *self);

void            pursuit_context_forget_unused_logins_async  (PursuitContext      *self,
                                                             GCancellable        *cancellable,
                                                             GAsyncReadyCallback  callback,
                                                             gpointer             user_data);
int             pursuit_context_forget_unused_logins_finish (PursuitContext      *self,
                                                             GAsyncResult        *result,
                                                             GError             **error);

G_END_DECLS
