/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pursuit-context.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_STORY_DIALOG (pursuit_story_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PursuitStoryDialog, pursuit_story_dialog, PURSUIT, STORY_DIALOG, AdwWindow)

PursuitStoryDialog *pursuit_story_dialog_new  (PursuitContext     *context,
                                               PursuitStory       *story);
void                pursuit_story_dialog_save (PursuitStoryDialog *self);

G_END_DECLS
