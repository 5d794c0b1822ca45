/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-accessors-private.h"
#include "pursuit-story.h"
#include "pursuit-validation.h"

/* A STAR story from the user's working life: the situation, the task, what
 * they did and how it ended, tagged with the competencies it shows (the ids
 * the question bank uses) and linked to the questions it answers. The links
 * live in the store; the story carries the ids it was read with. As with
 * jobs, edit a copy and hand it to the store. */
struct _PursuitStory
{
  GObject parent_instance;

  gint64 id;
  char *title;
  char *situation;
  char *task;
  char *action;
  char *result;
  GStrv competencies;
  GStrv question_ids;
  gint64 created_at;
  gint64 updated_at;
};

G_DEFINE_FINAL_TYPE (PursuitStory, pursuit_story, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pursuit_story_finalize (GObject *object)
{
  PursuitStory *self = PURSUIT_STORY (object);

  g_free (self->title);
  g_free (self->situation);
  g_free (self->task);
  g_free (self->action);
  g_free (self->result);
  g_strfreev (self->competencies);
  g_strfreev (self->question_ids);

  G_OBJECT_CLASS (pursuit_story_parent_class)->finalize (object);
}

static void
pursuit_story_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PursuitStory *self = PURSUIT_STORY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_story_class_init (PursuitStoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_story_finalize;
  object_class->get_property = pursuit_story_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_story_init (PursuitStory *self)
{
  self->title = g_strdup ("");
  self->situation = g_strdup ("");
  self->task = g_strdup ("");
  self->action = g_strdup ("");
  self->result = g_strdup ("");
  self->competencies = g_new0 (char *, 1);
  self->question_ids = g_new0 (char *, 1);
}

PursuitStory *
pursuit_story_new (void)
{
  return g_object_new (PURSUIT_TYPE_STORY, NULL);
}

PursuitStory *
pursuit_story_copy (PursuitStory *self)
{
  PursuitStory *copy;

  g_return_val_if_fail (PURSUIT_IS_STORY (self), NULL);

  copy = pursuit_story_new ();
  copy->id = self->id;
  pursuit_story_set_title (copy, self->title);
  pursuit_story_set_situation (copy, self->situation);
  pursuit_story_set_task (copy, self->task);
  pursuit_story_set_action (copy, self->action);
  pursuit_story_set_result (copy, self->result);
  pursuit_story_set_competencies (copy, (const char * const *) self->competencies);
  pursuit_story_set_question_ids (copy, (const char * const *) self->question_ids);
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;
  return copy;
}

/* A story needs a title to be told apart; the rest may come later. */
gboolean
pursuit_story_validate (PursuitStory  *self,
                        GError       **error)
{
  const char *texts[] = { self->situation, self->task, self->action, self->result };

  g_return_val_if_fail (PURSUIT_IS_STORY (self), FALSE);

  if (!pursuit_check_text (self->title, 1000, FALSE, error))
    {
      if (error != NULL)
        pursuit_validation_error_set_field (*error, "title");
      return FALSE;
    }
  if (pursuit_is_blank (self->title))
    {
      pursuit_set_validation_error (error, "title", PURSUIT_VALIDATION_ERROR_EMPTY,
                                    _("A story needs a title"));
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (!pursuit_check_text (texts[i], 100 * 1000, TRUE, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
pursuit_story_has_competency (PursuitStory *self,
                              const char   *competency)
{
  g_return_val_if_fail (PURSUIT_IS_STORY (self), FALSE);

  return competency != NULL && g_strv_contains ((const char * const *) self->competencies, competency);
}

/* Whether the story is linked to @question_id. */
gboolean
pursuit_story_answers (PursuitStory *self,
                       const char   *question_id)
{
  g_return_val_if_fail (PURSUIT_IS_STORY (self), FALSE);

  return question_id != NULL && g_strv_contains ((const char * const *) self->question_ids, question_id);
}

gint64
pursuit_story_get_id (PursuitStory *self)
{
  g_return_val_if_fail (PURSUIT_IS_STORY (self), 0);
  return self->id;
}

void
pursuit_story_set_id (PursuitStory *self,
                      gint64        id)
{
  g_return_if_fail (PURSUIT_IS_STORY (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
pursuit_story_get_title (PursuitStory *self)
{
  g_return_val_if_fail (PURSUIT_IS_STORY (self), NULL);
  return self->title;
}

void
pursuit_story_set_title (PursuitStory *self,
                         const char   *title)
{
  g_return_if_fail (PURSUIT_IS_STORY (self));
  pursuit_accessors_set_text (G_OBJECT (self), &self->title, title, properties[PROP_TITLE]);
}

#define TEXT(field) PURSUIT_DEFINE_TEXT_ACCESSORS (PursuitStory, pursuit_story, PURSUIT_IS_STORY, field)
#define LIST(field) PURSUIT_DEFINE_LIST_ACCESSORS (PursuitStory, pursuit_story, PURSUIT_IS_STORY, field)
#define TIME(field) PURSUIT_DEFINE_INT64_ACCESSORS (PursuitStory, pursuit_story, PURSUIT_IS_STORY, field)

TEXT (situation)
TEXT (task)
TEXT (action)
TEXT (result)
LIST (competencies)
LIST (question_ids)
TIME (created_at)
TIME (updated_at)
