/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-error.h"
#include "pursuit-job.h"

/* One job the user pursues: the posting and their application to it.
 *
 * The store owns the canonical object for each saved job and keeps it up to
 * date; views bind to it. To change a job, take a copy, edit the copy and
 * hand it to the store, which then assigns the saved values back. */
struct _PursuitJob
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  char *company;
  char *title;
  char *location;
  char *url;
  char *notes;
  PursuitStage *stage;
  gint64 created_at;
  gint64 updated_at;
};

G_DEFINE_FINAL_TYPE (PursuitJob, pursuit_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_COMPANY,
  PROP_TITLE,
  PROP_LOCATION,
  PROP_URL,
  PROP_NOTES,
  PROP_STAGE,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Strings are never NULL so views and SQL need no special case. */
static gboolean
replace_string (char       **field,
                const char  *value)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
set_string_property (PursuitJob  *self,
                     char       **field,
                     const char  *value,
                     guint        prop_id)
{
  if (replace_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_int64_property (PursuitJob *self,
                    gint64     *field,
                    gint64      value,
                    guint       prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
pursuit_job_finalize (GObject *object)
{
  PursuitJob *self = PURSUIT_JOB (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->company, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_object (&self->stage);

  G_OBJECT_CLASS (pursuit_job_parent_class)->finalize (object);
}

static void
pursuit_job_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PursuitJob *self = PURSUIT_JOB (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_COMPANY:
      g_value_set_string (value, self->company);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_STAGE:
      g_value_set_object (value, self->stage);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PursuitJob *self = PURSUIT_JOB (object);

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_job_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      pursuit_job_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_COMPANY:
      pursuit_job_set_company (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      pursuit_job_set_title (self, g_value_get_string (value));
      break;
    case PROP_LOCATION:
      pursuit_job_set_location (self, g_value_get_string (value));
      break;
    case PROP_URL:
      pursuit_job_set_url (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      pursuit_job_set_notes (self, g_value_get_string (value));
      break;
    case PROP_STAGE:
      pursuit_job_set_stage (self, g_value_get_object (value));
      break;
    case PROP_CREATED_AT:
      pursuit_job_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      pursuit_job_set_updated_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_class_init (PursuitJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_job_finalize;
  object_class->get_property = pursuit_job_get_property;
  object_class->set_property = pursuit_job_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, "", flags);
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, "", flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, "", flags);
  properties[PROP_URL] = g_param_spec_string ("url", NULL, NULL, "", flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_STAGE] = g_param_spec_object ("stage", NULL, NULL, PURSUIT_TYPE_STAGE, flags);
  properties[PROP_CREATED_AT] = g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UPDATED_AT] = g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_job_init (PursuitJob *self)
{
  self->uuid = g_strdup ("");
  self->company = g_strdup ("");
  self->title = g_strdup ("");
  self->location = g_strdup ("");
  self->url = g_strdup ("");
  self->notes = g_strdup ("");
}

PursuitJob *
pursuit_job_new (void)
{
  return g_object_new (PURSUIT_TYPE_JOB, NULL);
}

PursuitJob *
pursuit_job_copy (PursuitJob *self)
{
  PursuitJob *copy;

  g_return_val_if_fail (PURSUIT_IS_JOB (self), NULL);

  copy = pursuit_job_new ();
  pursuit_job_assign (copy, self);
  return copy;
}

/* Takes every value of @other, notifying only what really changed. */
void
pursuit_job_assign (PursuitJob *self,
                    PursuitJob *other)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  g_return_if_fail (PURSUIT_IS_JOB (other));

  g_object_freeze_notify (G_OBJECT (self));
  pursuit_job_set_id (self, other->id);
  pursuit_job_set_uuid (self, other->uuid);
  pursuit_job_set_company (self, other->company);
  pursuit_job_set_title (self, other->title);
  pursuit_job_set_location (self, other->location);
  pursuit_job_set_url (self, other->url);
  pursuit_job_set_notes (self, other->notes);
  pursuit_job_set_stage (self, other->stage);
  pursuit_job_set_created_at (self, other->created_at);
  pursuit_job_set_updated_at (self, other->updated_at);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }
  return TRUE;
}

/* What every saved job must satisfy; the store checks it before writing. */
gboolean
pursuit_job_validate (PursuitJob  *self,
                      GError     **error)
{
  const char *fields[5];

  g_return_val_if_fail (PURSUIT_IS_JOB (self), FALSE);

  fields[0] = self->company;
  fields[1] = self->title;
  fields[2] = self->location;
  fields[3] = self->url;
  fields[4] = self->notes;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (!g_utf8_validate (fields[i], -1, NULL))
        {
          g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                               _("The text is not valid UTF-8"));
          return FALSE;
        }
    }

  if (is_blank (self->company))
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("A job needs a company"));
      return FALSE;
    }

  if (is_blank (self->title))
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("A job needs a job title"));
      return FALSE;
    }

  if (self->stage == NULL)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("A job needs a stage"));
      return FALSE;
    }

  return TRUE;
}

#define DEFINE_STRING_ACCESSORS(field, PROP)                                   \
  const char *                                                                 \
  pursuit_job_get_##field (PursuitJob *self)                                   \
  {                                                                            \
    g_return_val_if_fail (PURSUIT_IS_JOB (self), NULL);                        \
    return self->field;                                                        \
  }                                                                            \
  void                                                                         \
  pursuit_job_set_##field (PursuitJob *self,                                   \
                           const char *value)                                  \
  {                                                                            \
    g_return_if_fail (PURSUIT_IS_JOB (self));                                  \
    set_string_property (self, &self->field, value, PROP);                     \
  }

#define DEFINE_INT64_ACCESSORS(field, PROP)                                    \
  gint64                                                                       \
  pursuit_job_get_##field (PursuitJob *self)                                   \
  {                                                                            \
    g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);                           \
    return self->field;                                                        \
  }                                                                            \
  void                                                                         \
  pursuit_job_set_##field (PursuitJob *self,                                   \
                           gint64      value)                                  \
  {                                                                            \
    g_return_if_fail (PURSUIT_IS_JOB (self));                                  \
    set_int64_property (self, &self->field, value, PROP);                      \
  }

DEFINE_INT64_ACCESSORS (id, PROP_ID)
DEFINE_STRING_ACCESSORS (uuid, PROP_UUID)
DEFINE_STRING_ACCESSORS (company, PROP_COMPANY)
DEFINE_STRING_ACCESSORS (title, PROP_TITLE)
DEFINE_STRING_ACCESSORS (location, PROP_LOCATION)
DEFINE_STRING_ACCESSORS (url, PROP_URL)
DEFINE_STRING_ACCESSORS (notes, PROP_NOTES)
DEFINE_INT64_ACCESSORS (created_at, PROP_CREATED_AT)
DEFINE_INT64_ACCESSORS (updated_at, PROP_UPDATED_AT)

PursuitStage *
pursuit_job_get_stage (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), NULL);

  return self->stage;
}

void
pursuit_job_set_stage (PursuitJob   *self,
                       PursuitStage *stage)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  g_return_if_fail (stage == NULL || PURSUIT_IS_STAGE (stage));

  if (g_set_object (&self->stage, stage))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}
