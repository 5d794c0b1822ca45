/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-accessors-private.h"
#include "pursuit-custom-question.h"
#include "pursuit-validation.h"

/* An interview question the user wrote, with the same parts as the built-in
 * ones of data/content/questions.xml: text, category, competencies, why it
 * is asked, the points a strong answer covers, an outline (for a
 * behavioural question its four lines are situation, task, action and
 * result, as in the bank) and follow-ups. It belongs to a role (a guide id),
 * to one job, or to neither (general). It is practised under the id
 * "custom-N", N its row in the store. */
struct _PursuitCustomQuestion
{
  GObject parent_instance;

  gint64 id;
  char *text;
  char *category;
  GStrv competencies;
  char *why;
  GStrv covers;
  GStrv outline;
  GStrv followups;
  char *role;
  gint64 job_id;
  gint64 created_at;
  gint64 updated_at;
};

G_DEFINE_FINAL_TYPE (PursuitCustomQuestion, pursuit_custom_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The checklist of an answer is a 64-bit set (PURSUIT_PRACTICE_MAX_POINTS). */
#define MAX_POINTS 64

static void
pursuit_custom_question_finalize (GObject *object)
{
  PursuitCustomQuestion *self = PURSUIT_CUSTOM_QUESTION (object);

  g_free (self->text);
  g_free (self->category);
  g_strfreev (self->competencies);
  g_free (self->why);
  g_strfreev (self->covers);
  g_strfreev (self->outline);
  g_strfreev (self->followups);
  g_free (self->role);

  G_OBJECT_CLASS (pursuit_custom_question_parent_class)->finalize (object);
}

static void
pursuit_custom_question_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PursuitCustomQuestion *self = PURSUIT_CUSTOM_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_custom_question_class_init (PursuitCustomQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_custom_question_finalize;
  object_class->get_property = pursuit_custom_question_get_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_custom_question_init (PursuitCustomQuestion *self)
{
  self->text = g_strdup ("");
  self->category = g_strdup ("");
  self->competencies = g_new0 (char *, 1);
  self->why = g_strdup ("");
  self->covers = g_new0 (char *, 1);
  self->outline = g_new0 (char *, 1);
  self->followups = g_new0 (char *, 1);
  self->role = g_strdup ("");
}

PursuitCustomQuestion *
pursuit_custom_question_new (void)
{
  return g_object_new (PURSUIT_TYPE_CUSTOM_QUESTION, NULL);
}

PursuitCustomQuestion *
pursuit_custom_question_copy (PursuitCustomQuestion *self)
{
  PursuitCustomQuestion *copy;

  g_return_val_if_fail (PURSUIT_IS_CUSTOM_QUESTION (self), NULL);

  copy = pursuit_custom_question_new ();
  copy->id = self->id;
  pursuit_custom_question_set_text (copy, self->text);
  pursuit_custom_question_set_category (copy, self->category);
  pursuit_custom_question_set_competencies (copy, (const char * const *) self->competencies);
  pursuit_custom_question_set_why (copy, self->why);
  pursuit_custom_question_set_covers (copy, (const char * const *) self->covers);
  pursuit_custom_question_set_outline (copy, (const char * const *) self->outline);
  pursuit_custom_question_set_followups (copy, (const char * const *) self->followups);
  pursuit_custom_question_set_role (copy, self->role);
  copy->job_id = self->job_id;
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;
  return copy;
}

static gboolean
check_lines (const char * const  *lines,
             const char          *field,
             GError             **error)
{
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (!pursuit_check_text (lines[i], 10 * 1000, FALSE, error))
        {
          if (error != NULL)
            pursuit_validation_error_set_field (*error, field);
          return FALSE;
        }
    }
  return TRUE;
}

/* A question needs its text and a category; it is for a role or a job, not
 * both; its checklist fits the 64 points an answer can tick. */
gboolean
pursuit_custom_question_validate (PursuitCustomQuestion  *self,
                                  GError                **error)
{
  g_return_val_if_fail (PURSUIT_IS_CUSTOM_QUESTION (self), FALSE);

  if (!pursuit_check_text (self->text, 2000, TRUE, error))
    {
      if (error != NULL)
        pursuit_validation_error_set_field (*error, "text");
      return FALSE;
    }
  if (pursuit_is_blank (self->text))
    {
      pursuit_set_validation_error (error, "text", PURSUIT_VALIDATION_ERROR_EMPTY,
                                    _("A question needs its text"));
      return FALSE;
    }
  if (pursuit_is_blank (self->category))
    {
      pursuit_set_validation_error (error, "category", PURSUIT_VALIDATION_ERROR_EMPTY,
                                    _("A question needs a category"));
      return FALSE;
    }
  if (self->role[0] != '\0' && self->job_id != 0)
    {
      pursuit_set_validation_error (error, "job", PURSUIT_VALIDATION_ERROR_RANGE,
                                    _("A question is for a role or for a job, not both"));
      return FALSE;
    }
  if (g_strv_length (self->covers) > MAX_POINTS)
    {
      pursuit_set_validation_error (error, "covers", PURSUIT_VALIDATION_ERROR_TOO_LONG,
                                    _("At most %d points a strong answer covers"), MAX_POINTS);
      return FALSE;
    }
  if (!pursuit_check_text (self->why, 100 * 1000, TRUE, error))
    {
      if (error != NULL)
        pursuit_validation_error_set_field (*error, "why");
      return FALSE;
    }

  return check_lines ((const char * const *) self->covers, "covers", error) &&
         check_lines ((const char * const *) self->outline, "outline", error) &&
         check_lines ((const char * const *) self->followups, "followups", error);
}

/**
 * pursuit_custom_question_dup_question_id:
 *
 * Returns: (transfer full): the id it is practised under, "custom-12"
 */
char *
pursuit_custom_question_dup_question_id (PursuitCustomQuestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_CUSTOM_QUESTION (self), NULL);

  return g_strdup_printf (PURSUIT_CUSTOM_QUESTION_PREFIX "%" G_GINT64_FORMAT, self->id);
}

/**
 * pursuit_custom_question_parse_question_id:
 *
 * Returns: the store id in a question id such as "custom-12", or 0 when it
 *   names a built-in question
 */
gint64
pursuit_custom_question_parse_question_id (const char *question_id)
{
  guint64 id = 0;

  if (question_id == NULL || !g_str_has_prefix (question_id, PURSUIT_CUSTOM_QUESTION_PREFIX))
    return 0;
  if (!g_ascii_string_to_unsigned (question_id + strlen (PURSUIT_CUSTOM_QUESTION_PREFIX), 10, 1,
                                   G_MAXINT64, &id, NULL))
    return 0;
  return (gint64) id;
}

/**
 * pursuit_custom_question_split_lines:
 *
 * The points, steps or follow-ups typed one per line, without blank lines
 * and the spaces around each.
 *
 * Returns: (transfer full): the lines
 */
GStrv
pursuit_custom_question_split_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }
  return g_strv_builder_end (builder);
}

gint64
pursuit_custom_question_get_id (PursuitCustomQuestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_CUSTOM_QUESTION (self), 0);
  return self->id;
}

void
pursuit_custom_question_set_id (PursuitCustomQuestion *self,
                                gint64                 id)
{
  g_return_if_fail (PURSUIT_IS_CUSTOM_QUESTION (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
pursuit_custom_question_get_text (PursuitCustomQuestion *self)
{
  g_return_val_if_fail (PURSUIT_IS_CUSTOM_QUESTION (self), NULL);
  return self->text;
}

void
pursuit_custom_question_set_text (PursuitCustomQuestion *self,
                                  const char            *text)
{
  g_return_if_fail (PURSUIT_IS_CUSTOM_QUESTION (self));
  pursuit_accessors_set_text (G_OBJECT (self), &self->text, text, properties[PROP_TEXT]);
}

#define TEXT(field) \
  PURSUIT_DEFINE_TEXT_ACCESSORS (PursuitCustomQuestion, pursuit_custom_question, PURSUIT_IS_CUSTOM_QUESTION, field)
#define LIST(field) \
  PURSUIT_DEFINE_LIST_ACCESSORS (PursuitCustomQuestion, pursuit_custom_question, PURSUIT_IS_CUSTOM_QUESTION, field)
#define INT64(field) \
  PURSUIT_DEFINE_INT64_ACCESSORS (PursuitCustomQuestion, pursuit_custom_question, PURSUIT_IS_CUSTOM_QUESTION, field)

TEXT (category)
LIST (competencies)
TEXT (why)
LIST (covers)
LIST (outline)
LIST (followups)
TEXT (role)
INT64 (job_id)
INT64 (created_at)
INT64 (updated_at)
