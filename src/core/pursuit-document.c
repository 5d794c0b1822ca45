/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-document.h"
#include "pursuit-enum-types.h"

/* Documents the user keeps (resumes, cover letters…), their versions and
 * the jobs each version went to: plain records the store fills in. */

G_DEFINE_QUARK (pursuit-document-error-quark, pursuit_document_error)

static const struct
{
  const char *nick;
  const char *label;
} kinds[] = {
  [PURSUIT_DOCUMENT_KIND_RESUME] = { "resume", N_("Resume") },
  [PURSUIT_DOCUMENT_KIND_COVER_LETTER] = { "cover-letter", N_("Cover letter") },
  [PURSUIT_DOCUMENT_KIND_PORTFOLIO] = { "portfolio", N_("Portfolio") },
  [PURSUIT_DOCUMENT_KIND_REFERENCES] = { "references", N_("References") },
  [PURSUIT_DOCUMENT_KIND_TRANSCRIPT] = { "transcript", N_("Transcript") },
  [PURSUIT_DOCUMENT_KIND_OTHER] = { "other", N_("Other") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == PURSUIT_DOCUMENT_KIND_LAST + 1);

static const struct
{
  const char *label;
  const char *extension;
  const char *mime_type;
} formats[] = {
  [PURSUIT_DOCUMENT_FORMAT_TEXT] = { N_("Text"), "txt", "text/plain" },
  [PURSUIT_DOCUMENT_FORMAT_MARKDOWN] = { N_("Markdown"), "md", "text/markdown" },
  [PURSUIT_DOCUMENT_FORMAT_PDF] = { N_("PDF"), "pdf", "application/pdf" },
  [PURSUIT_DOCUMENT_FORMAT_DOCX] = { N_("Word document"), "docx",
                                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  [PURSUIT_DOCUMENT_FORMAT_ODT] = { N_("OpenDocument text"), "odt", "application/vnd.oasis.opendocument.text" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (formats) == PURSUIT_DOCUMENT_FORMAT_LAST + 1);

const char *
pursuit_document_kind_get_label (PursuitDocumentKind kind)
{
  g_return_val_if_fail (kind <= PURSUIT_DOCUMENT_KIND_LAST, "");

  return g_dgettext (GETTEXT_PACKAGE, kinds[kind].label);
}

/* "resume", "cover-letter": what pursuit-cli and JSON use. */
const char *
pursuit_document_kind_get_nick (PursuitDocumentKind kind)
{
  g_return_val_if_fail (kind <= PURSUIT_DOCUMENT_KIND_LAST, "");

  return kinds[kind].nick;
}

gboolean
pursuit_document_kind_from_nick (const char          *nick,
                                 PursuitDocumentKind *kind)
{
  g_return_val_if_fail (nick != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_ascii_strcasecmp (nick, kinds[i].nick) == 0)
        {
          if (kind != NULL)
            *kind = (PursuitDocumentKind) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
pursuit_document_format_get_label (PursuitDocumentFormat format)
{
  g_return_val_if_fail (format <= PURSUIT_DOCUMENT_FORMAT_LAST, "");

  return g_dgettext (GETTEXT_PACKAGE, formats[format].label);
}

/* Without the dot: "pdf". */
const char *
pursuit_document_format_get_extension (PursuitDocumentFormat format)
{
  g_return_val_if_fail (format <= PURSUIT_DOCUMENT_FORMAT_LAST, "");

  return formats[format].extension;
}

const char *
pursuit_document_format_get_mime_type (PursuitDocumentFormat format)
{
  g_return_val_if_fail (format <= PURSUIT_DOCUMENT_FORMAT_LAST, "");

  return formats[format].mime_type;
}

/* Whether a job in a stage of @kind heard back from the employer: a
 * screening, an interview, an offer or a refusal are all answers. */
gboolean
pursuit_stage_kind_has_reply (PursuitStageKind kind)
{
  switch (kind)
    {
    case PURSUIT_STAGE_KIND_SCREENING:
    case PURSUIT_STAGE_KIND_INTERVIEWING:
    case PURSUIT_STAGE_KIND_OFFER:
    case PURSUIT_STAGE_KIND_ACCEPTED:
    case PURSUIT_STAGE_KIND_REJECTED:
      return TRUE;
    case PURSUIT_STAGE_KIND_WISHLIST:
    case PURSUIT_STAGE_KIND_APPLIED:
    case PURSUIT_STAGE_KIND_WITHDRAWN:
    case PURSUIT_STAGE_KIND_GHOSTED:
    default:
      return FALSE;
    }
}

/* Strings are never NULL, so views and SQL need no special case. */
void
pursuit_document_set_text (char       **field,
                           const char  *value)
{
  char *old = *field;

  *field = g_strdup (value != NULL ? value : "");
  g_free (old);
}

/* Documents */

G_DEFINE_FINAL_TYPE (PursuitDocument, pursuit_document, G_TYPE_OBJECT)

static void
pursuit_document_finalize (GObject *object)
{
  PursuitDocument *self = PURSUIT_DOCUMENT (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->tags);
  g_free (self->notes);
  g_free (self->latest_date);

  G_OBJECT_CLASS (pursuit_document_parent_class)->finalize (object);
}

static void
pursuit_document_class_init (PursuitDocumentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_document_finalize;
}

static void
pursuit_document_init (PursuitDocument *self)
{
  self->uuid = g_strdup ("");
  self->name = g_strdup ("");
  self->tags = g_strdup ("");
  self->notes = g_strdup ("");
  self->latest_date = g_strdup ("");
}

PursuitDocument *
pursuit_document_new (PursuitDocumentKind  kind,
                      const char          *name)
{
  PursuitDocument *self = g_object_new (PURSUIT_TYPE_DOCUMENT, NULL);

  self->kind = kind;
  pursuit_document_set_text (&self->name, name);
  return self;
}

PursuitDocument *
pursuit_document_copy (PursuitDocument *self)
{
  PursuitDocument *copy;

  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (self), NULL);

  copy = pursuit_document_new (self->kind, self->name);
  copy->id = self->id;
  pursuit_document_set_text (&copy->uuid, self->uuid);
  pursuit_document_set_text (&copy->tags, self->tags);
  pursuit_document_set_text (&copy->notes, self->notes);
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;
  copy->n_versions = self->n_versions;
  copy->latest_number = self->latest_number;
  pursuit_document_set_text (&copy->latest_date, self->latest_date);
  copy->n_jobs = self->n_jobs;
  copy->latest_version_id = self->latest_version_id;
  return copy;
}

/* A name is needed to tell versions apart in lists; text is UTF-8. */
gboolean
pursuit_document_validate (PursuitDocument  *self,
                           GError          **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (self), FALSE);

  if (!g_utf8_validate (self->name, -1, NULL) || !g_utf8_validate (self->tags, -1, NULL) ||
      !g_utf8_validate (self->notes, -1, NULL))
    {
      g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_INVALID,
                           _("The text is not valid UTF-8"));
      return FALSE;
    }

  name = g_strstrip (g_strdup (self->name));
  if (name[0] == '\0')
    {
      g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_INVALID,
                           _("A document needs a name, such as “Support resume”"));
      return FALSE;
    }

  if (self->kind > PURSUIT_DOCUMENT_KIND_LAST)
    {
      g_set_error_literal (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_INVALID,
                           _("Unknown kind of document"));
      return FALSE;
    }

  return TRUE;
}

/* Versions */

G_DEFINE_FINAL_TYPE (PursuitDocumentVersion, pursuit_document_version, G_TYPE_OBJECT)

static void
pursuit_document_version_finalize (GObject *object)
{
  PursuitDocumentVersion *self = PURSUIT_DOCUMENT_VERSION (object);

  g_free (self->date);
  g_free (self->note);
  g_free (self->file_name);
  g_free (self->sha256);
  g_free (self->text);
  g_free (self->document_name);

  G_OBJECT_CLASS (pursuit_document_version_parent_class)->finalize (object);
}

static void
pursuit_document_version_class_init (PursuitDocumentVersionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_document_version_finalize;
}

static void
pursuit_document_version_init (PursuitDocumentVersion *self)
{
  self->date = g_strdup ("");
  self->note = g_strdup ("");
  self->file_name = g_strdup ("");
  self->sha256 = g_strdup ("");
  self->document_name = g_strdup ("");
}

PursuitDocumentVersion *
pursuit_document_version_new (PursuitDocumentFormat format)
{
  PursuitDocumentVersion *self = g_object_new (PURSUIT_TYPE_DOCUMENT_VERSION, NULL);

  self->format = format;
  return self;
}

PursuitDocumentVersion *
pursuit_document_version_copy (PursuitDocumentVersion *self)
{
  PursuitDocumentVersion *copy;

  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_VERSION (self), NULL);

  copy = pursuit_document_version_new (self->format);
  copy->id = self->id;
  copy->document_id = self->document_id;
  copy->number = self->number;
  pursuit_document_set_text (&copy->date, self->date);
  pursuit_document_set_text (&copy->note, self->note);
  pursuit_document_set_text (&copy->file_name, self->file_name);
  copy->size = self->size;
  pursuit_document_set_text (&copy->sha256, self->sha256);
  copy->text = g_strdup (self->text);
  copy->text_edited = self->text_edited;
  copy->has_thumbnail = self->has_thumbnail;
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;
  pursuit_document_set_text (&copy->document_name, self->document_name);
  copy->document_kind = self->document_kind;
  copy->n_jobs = self->n_jobs;
  copy->n_replied = self->n_replied;
  return copy;
}

/* "Support resume v2", or "v2" when the document's name is not known. */
char *
pursuit_document_version_describe (PursuitDocumentVersion *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_VERSION (self), NULL);

  if (self->document_name[0] == '\0')
    /* Translators: a version of a document: "v2" */
    return g_strdup_printf (_("v%d"), self->number);

  /* Translators: a document and its version: "Support resume v2" */
  return g_strdup_printf (_("%s v%d"), self->document_name, self->number);
}

/* "v2 went to 6 jobs, 2 replied" */
char *
pursuit_document_version_describe_sent (PursuitDocumentVersion *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_VERSION (self), NULL);

  if (self->n_jobs == 0)
    /* Translators: a version of a document not sent anywhere: "v3 not sent yet" */
    return g_strdup_printf (_("v%d not sent yet"), self->number);

  /* Translators: "v2 went to 6 jobs, 2 replied"; the first part counts jobs */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "v%d went to %u job, %u replied",
                                       "v%d went to %u jobs, %u replied", self->n_jobs),
                          self->number, self->n_jobs, self->n_replied);
}

/* A file name for a copy of the version: its document's name, its number
 * and the extension of its format, with nothing a file system refuses. */
char *
pursuit_document_version_suggest_file_name (PursuitDocumentVersion *self)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_VERSION (self), NULL);

  base = g_strdup_printf ("%s v%d", self->document_name[0] != '\0' ? self->document_name : "document",
                          self->number);
  g_strdelimit (base, "/\\:*?\"<>|", '-');
  return g_strdup_printf ("%s.%s", base, pursuit_document_format_get_extension (self->format));
}

/* Links */

G_DEFINE_FINAL_TYPE (PursuitDocumentLink, pursuit_document_link, G_TYPE_OBJECT)

static void
pursuit_document_link_finalize (GObject *object)
{
  PursuitDocumentLink *self = PURSUIT_DOCUMENT_LINK (object);

  g_free (self->document_name);
  g_free (self->version_date);
  g_free (self->sent_on);
  g_free (self->sha256);
  g_free (self->job_title);
  g_free (self->job_company);

  G_OBJECT_CLASS (pursuit_document_link_parent_class)->finalize (object);
}

static void
pursuit_document_link_class_init (PursuitDocumentLinkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_document_link_finalize;
}

static void
pursuit_document_link_init (PursuitDocumentLink *self)
{
  self->document_name = g_strdup ("");
  self->version_date = g_strdup ("");
  self->sent_on = g_strdup ("");
  self->sha256 = g_strdup ("");
  self->job_title = g_strdup ("");
  self->job_company = g_strdup ("");
}

PursuitDocumentLink *
pursuit_document_link_new (void)
{
  return g_object_new (PURSUIT_TYPE_DOCUMENT_LINK, NULL);
}

gboolean
pursuit_document_link_is_sent (PursuitDocumentLink *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_LINK (self), FALSE);

  return self->sent_on[0] != '\0';
}

/* "Support resume v2" */
char *
pursuit_document_link_describe (PursuitDocumentLink *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_LINK (self), NULL);

  return g_strdup_printf (_("%s v%d"), self->document_name, self->version_number);
}
