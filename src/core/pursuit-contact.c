/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-contact.h"
#include "pursuit-validation.h"
#include "pursuit-error.h"

/* A person met along the way: a recruiter, a hiring manager, an interviewer.
 * A contact belongs to a company and may be linked to several jobs and
 * interviews; the links live in the store, not here. As with jobs, edit a
 * copy and hand it to the store. */
struct _PursuitContact
{
  GObject parent_instance;

  gint64 id;
  char *uuid;
  char *company;
  char *name;
  char *role;
  char *email;
  char *phone;
  char *profile_url;
  char *notes;
  gint64 created_at;
  gint64 updated_at;
};

G_DEFINE_FINAL_TYPE (PursuitContact, pursuit_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_COMPANY,
  PROP_NAME,
  PROP_ROLE,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_PROFILE_URL,
  PROP_NOTES,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Strings are never NULL, so views and SQL need no special case. */
static void
set_string (PursuitContact  *self,
            char           **field,
            const char      *value,
            guint            prop_id)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_int64 (PursuitContact *self,
           gint64         *field,
           gint64          value,
           guint           prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
pursuit_contact_finalize (GObject *object)
{
  PursuitContact *self = PURSUIT_CONTACT (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->company, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->profile_url, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (pursuit_contact_parent_class)->finalize (object);
}

static void
pursuit_contact_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PursuitContact *self = PURSUIT_CONTACT (object);

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
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_PROFILE_URL:
      g_value_set_string (value, self->profile_url);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
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
pursuit_contact_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PursuitContact *self = PURSUIT_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_contact_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_UUID:
      pursuit_contact_set_uuid (self, g_value_get_string (value));
      break;
    case PROP_COMPANY:
      pursuit_contact_set_company (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      pursuit_contact_set_name (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      pursuit_contact_set_role (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      pursuit_contact_set_email (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      pursuit_contact_set_phone (self, g_value_get_string (value));
      break;
    case PROP_PROFILE_URL:
      pursuit_contact_set_profile_url (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      pursuit_contact_set_notes (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      pursuit_contact_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      pursuit_contact_set_updated_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_contact_class_init (PursuitContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_contact_finalize;
  object_class->get_property = pursuit_contact_get_property;
  object_class->set_property = pursuit_contact_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, "", flags);
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, "", flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, "", flags);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, "", flags);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, "", flags);
  properties[PROP_PROFILE_URL] = g_param_spec_string ("profile-url", NULL, NULL, "", flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_CREATED_AT] = g_param_spec_int64 ("created-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties[PROP_UPDATED_AT] = g_param_spec_int64 ("updated-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_contact_init (PursuitContact *self)
{
  self->uuid = g_strdup ("");
  self->company = g_strdup ("");
  self->name = g_strdup ("");
  self->role = g_strdup ("");
  self->email = g_strdup ("");
  self->phone = g_strdup ("");
  self->profile_url = g_strdup ("");
  self->notes = g_strdup ("");
}

PursuitContact *
pursuit_contact_new (void)
{
  return g_object_new (PURSUIT_TYPE_CONTACT, NULL);
}

PursuitContact *
pursuit_contact_copy (PursuitContact *self)
{
  PursuitContact *copy;

  g_return_val_if_fail (PURSUIT_IS_CONTACT (self), NULL);

  copy = pursuit_contact_new ();
  pursuit_contact_assign (copy, self);
  return copy;
}

/* Takes every value of @other, notifying only what really changed. */
void
pursuit_contact_assign (PursuitContact *self,
                        PursuitContact *other)
{
  g_return_if_fail (PURSUIT_IS_CONTACT (self));
  g_return_if_fail (PURSUIT_IS_CONTACT (other));

  g_object_freeze_notify (G_OBJECT (self));
  pursuit_contact_set_id (self, other->id);
  pursuit_contact_set_uuid (self, other->uuid);
  pursuit_contact_set_company (self, other->company);
  pursuit_contact_set_name (self, other->name);
  pursuit_contact_set_role (self, other->role);
  pursuit_contact_set_email (self, other->email);
  pursuit_contact_set_phone (self, other->phone);
  pursuit_contact_set_profile_url (self, other->profile_url);
  pursuit_contact_set_notes (self, other->notes);
  pursuit_contact_set_created_at (self, other->created_at);
  pursuit_contact_set_updated_at (self, other->updated_at);
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

static gboolean
has_space_or_control (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        return TRUE;
    }
  return FALSE;
}

/**
 * pursuit_contact_is_valid_email:
 *
 * Whether @email has the shape of an address: something, one “@”, and a
 * domain with a dot in it. It does not try to be RFC 5322 (that accepts
 * things no mail program sends to), only to catch typing slips such as a
 * missing “@”, a space or a trailing dot. The empty string is valid: the
 * address is optional.
 */
gboolean
pursuit_contact_is_valid_email (const char *email)
{
  const char *at;
  const char *domain;
  g_auto(GStrv) labels = NULL;

  if (email == NULL || email[0] == '\0')
    return TRUE;

  if (!g_utf8_validate (email, -1, NULL) || strlen (email) > 254 || has_space_or_control (email))
    return FALSE;

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL || at - email > 64)
    return FALSE;

  domain = at + 1;
  if (strchr (domain, '.') == NULL)
    return FALSE;

  labels = g_strsplit (domain, ".", -1);
  for (guint i = 0; labels[i] != NULL; i++)
    {
      const char *label = labels[i];
      gsize length = strlen (label);

      if (length == 0 || label[0] == '-' || label[length - 1] == '-')
        return FALSE;

      /* Letters of any script (internationalised domains), digits and hyphens. */
      for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (c < 0x80 && !g_ascii_isalnum ((char) c) && c != '-')
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * pursuit_contact_is_valid_profile_url:
 *
 * Whether @url is empty or a web address (http or https) with a host.
 */
gboolean
pursuit_contact_is_valid_profile_url (const char *url)
{
  return url == NULL || url[0] == '\0' || pursuit_is_web_address (url);
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* What every saved contact must satisfy; the store checks it before writing
 * and the contact dialog shows the same messages while typing. */
gboolean
pursuit_contact_validate (PursuitContact  *self,
                          GError         **error)
{
  const char *fields[8];

  g_return_val_if_fail (PURSUIT_IS_CONTACT (self), FALSE);

  fields[0] = self->company;
  fields[1] = self->name;
  fields[2] = self->role;
  fields[3] = self->email;
  fields[4] = self->phone;
  fields[5] = self->profile_url;
  fields[6] = self->notes;
  fields[7] = self->uuid;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (!g_utf8_validate (fields[i], -1, NULL))
        return invalid (error, _("The text is not valid UTF-8"));
    }

  /* Generous limits: real names and notes fit, a runaway paste does not. */
  if (strlen (self->notes) > 1024 * 1024)
    return invalid (error, _("The notes are longer than 1 MB"));
  if (strlen (self->company) > 1000 || strlen (self->name) > 1000 || strlen (self->role) > 1000 ||
      strlen (self->phone) > 1000 || strlen (self->profile_url) > 8000)
    return invalid (error, _("A field is too long"));

  if (is_blank (self->name))
    return invalid (error, _("A contact needs a name"));
  if (!pursuit_contact_is_valid_email (self->email))
    return invalid (error, _("The email address does not look right: it needs a name, one @ and a domain, "
                             "as in name@example.com"));
  if (!pursuit_contact_is_valid_profile_url (self->profile_url))
    return invalid (error, _("The profile URL must be a web address starting with http:// or https://"));

  return TRUE;
}

#define DEFINE_STRING_ACCESSORS(field, PROP)                                   \
  const char *                                                                 \
  pursuit_contact_get_##field (PursuitContact *self)                           \
  {                                                                            \
    g_return_val_if_fail (PURSUIT_IS_CONTACT (self), NULL);                    \
    return self->field;                                                        \
  }                                                                            \
  void                                                                         \
  pursuit_contact_set_##field (PursuitContact *self,                           \
                               const char     *value)                          \
  {                                                                            \
    g_return_if_fail (PURSUIT_IS_CONTACT (self));                              \
    set_string (self, &self->field, value, PROP);                              \
  }

#define DEFINE_INT64_ACCESSORS(field, PROP)                                    \
  gint64                                                                       \
  pursuit_contact_get_##field (PursuitContact *self)                           \
  {                                                                            \
    g_return_val_if_fail (PURSUIT_IS_CONTACT (self), 0);                       \
    return self->field;                                                        \
  }                                                                            \
  void                                                                         \
  pursuit_contact_set_##field (PursuitContact *self,                           \
                               gint64          value)                          \
  {                                                                            \
    g_return_if_fail (PURSUIT_IS_CONTACT (self));                              \
    set_int64 (self, &self->field, value, PROP);                               \
  }

DEFINE_INT64_ACCESSORS (id, PROP_ID)
DEFINE_STRING_ACCESSORS (uuid, PROP_UUID)
DEFINE_STRING_ACCESSORS (company, PROP_COMPANY)
DEFINE_STRING_ACCESSORS (name, PROP_NAME)
DEFINE_STRING_ACCESSORS (role, PROP_ROLE)
DEFINE_STRING_ACCESSORS (email, PROP_EMAIL)
DEFINE_STRING_ACCESSORS (phone, PROP_PHONE)
DEFINE_STRING_ACCESSORS (profile_url, PROP_PROFILE_URL)
DEFINE_STRING_ACCESSORS (notes, PROP_NOTES)
DEFINE_INT64_ACCESSORS (created_at, PROP_CREATED_AT)
DEFINE_INT64_ACCESSORS (updated_at, PROP_UPDATED_AT)
