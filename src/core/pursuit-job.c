/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-job.h"
#include "pursuit-job-fields.h"
#include "pursuit-strings.h"
#include "pursuit-validation.h"

/* One job the user pursues: the posting and their application to it.
 *
 * The store owns the canonical object for each saved job and keeps it up to
 * date; views bind to it. To change a job, take a copy, edit the copy and
 * hand it to the store, which then assigns the saved values back.
 *
 * The edited fields are described by the table of pursuit-job-fields.c,
 * which also makes their properties. The instance holds the values of the
 * fields every list reads, each in as few bytes as it needs (see the size
 * below): their texts as strings of pursuit-strings.c, their amounts
 * (read_amount()) and small numbers (read_number()) packed; the fields the
 * table marks "apart" (offers, notes, benchmarks...), empty for most jobs,
 * are in a block allocated when one of them is set, so 100,000 jobs do not
 * each carry them. The read_ and write_ functions of each kind find a
 * value; nothing else tells the places apart. */
typedef union
{
  char *text;           /* a text not shared (a GRefString), never NULL */
  PursuitString string; /* a shared text */
  double amount;        /* negative: not given */
  int number;
  gint64 wide;          /* an id or time that four bytes do not hold: read_wide() */
} FieldValue;

/* The fields every list reads that hold a small number (the choices, the
 * excitement, the archived switch) are packed in the instance, a byte
 * each; their texts (all shared: company, title, location...) are four
 * bytes each, and their amounts (the posted pay) four. */
#define N_KEPT_NUMBERS 5
#define N_KEPT_TEXTS 9
#define N_KEPT_AMOUNTS 2

/* The job's id and its times, in seconds since 1970 (0: none), four bytes
 * each: see read_wide(). The last two times are read from the database
 * with the job (from its timeline and its interviews) and never written
 * back. */
typedef enum
{
  WIDE_ID,
  WIDE_CREATED,
  WIDE_UPDATED,
  WIDE_STAGE_ENTERED,
  WIDE_NEXT_INTERVIEW,
  N_WIDE
} JobWide;

/* The block apart: the values of the fields apart, then the wide values
 * and the kept amounts that four bytes do not hold. */
#define APART_WIDE PURSUIT_JOB_N_APART_FIELDS
#define APART_AMOUNTS (APART_WIDE + N_WIDE)
#define N_APART_VALUES (APART_AMOUNTS + N_KEPT_AMOUNTS)

/* How the job's uuid is kept: see store_uuid(). */
typedef enum
{
  UUID_NONE,
  UUID_PACKED,
  UUID_ALLOCATED
} UuidForm;

struct _PursuitJob
{
  GObject parent_instance;

  /* N_APART_VALUES, or NULL while all are empty */
  FieldValue *apart;
  PursuitStage *stage;

  guint32 wide[N_WIDE];
  PursuitString texts[N_KEPT_TEXTS];
  gint32 amounts[N_KEPT_AMOUNTS];

  /* Versions of documents it uses or was sent; read with the job. */
  guint16 n_documents;
  gint8 numbers[N_KEPT_NUMBERS];

  /* Lists load jobs without their details (posting text, notes, the
   * posting's address: pursuit_job_field_is_detail()) to stay small with
   * many jobs; the page loads them when it opens the job. */
  guint8 details_loaded : 1;

  /* Every field but the stage passed pursuit_job_validate() and none has
   * changed since: an import's drafts are checked when mapped, for the
   * preview, and need not be checked again when saved. Cleared by every
   * setter of a value. */
  guint8 values_checked : 1;

  /* A UuidForm: the uuid is its 16 bytes, or the pointer to its text. */
  guint8 uuid_form : 2;
  guint8 uuid[16];
};

/* GSlice, which allocates GObjects, puts 32 chunks of 128 bytes in a 4 KiB
 * page, 23 of the 176 a job took before and 18 of 224: 100,000 jobs take
 * 12.8 MB, not 17.8 or 22.8. To fit, the uuid is kept as its 16 bytes, not
 * 37 characters (store_uuid()), the id and times in four bytes
 * (read_wide()), the texts as four-byte strings (pursuit-strings.c), the
 * amounts in four (read_amount()), the kept numbers in one byte and the
 * count of documents in two. No byte is left: anything more here makes
 * every job 16 bytes bigger, 1.6 MB at 100,000 jobs. */
G_STATIC_ASSERT (sizeof (struct _PursuitJob) <= 128);

G_DEFINE_FINAL_TYPE (PursuitJob, pursuit_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_STAGE_ENTERED_AT,
  PROP_NEXT_INTERVIEW_AT,
  PROP_DETAILS_LOADED,
  PROP_N_DOCUMENTS,
  PROP_FIRST_FIELD,
  N_PROPS = PROP_FIRST_FIELD + PURSUIT_JOB_N_FIELDS
};

static GParamSpec *properties[N_PROPS];

#define FIELD_PROPERTY(field) (properties[PROP_FIRST_FIELD + (field)])

/* The texts not shared (long texts, addresses: all apart) are
 * reference-counted strings (GRefString), never NULL; the jobs without one
 * share one empty string. The shared ones (companies, titles, places,
 * currencies, dates: every text a list reads) are strings of
 * pursuit-strings.c, each distinct value kept once. */
static char *empty_string;

/* Which fields hold text, which are shared texts and which are apart,
 * looked up by every accessor: filled by class_init from the table of
 * fields. */
static gboolean text_fields[PURSUIT_JOB_N_FIELDS];
static gboolean shared_fields[PURSUIT_JOB_N_FIELDS];
static gboolean apart_fields[PURSUIT_JOB_N_FIELDS];

static gboolean
kind_is_text (PursuitFieldKind kind)
{
  switch (kind)
    {
    case PURSUIT_FIELD_TEXT:
    case PURSUIT_FIELD_LONG_TEXT:
    case PURSUIT_FIELD_DATE:
    case PURSUIT_FIELD_WEB_ADDRESS:
    case PURSUIT_FIELD_CURRENCY:
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_text_field (PursuitJobField field)
{
  return text_fields[field];
}

static gboolean
is_number_field (PursuitJobField field)
{
  PursuitFieldKind kind = pursuit_job_field_get_info (field)->kind;

  return kind == PURSUIT_FIELD_CHOICE || kind == PURSUIT_FIELD_FLAGS || kind == PURSUIT_FIELD_NUMBER ||
         kind == PURSUIT_FIELD_SWITCH;
}

static inline gboolean
is_apart (PursuitJobField field)
{
  return apart_fields[field];
}

/* Where each field's value is: its index in the instance's array of its
 * kind (texts, amounts, numbers), or in the block apart; and the values of
 * an empty block, which a job without one reads. */
static guint8 slot_index[PURSUIT_JOB_N_FIELDS];
static FieldValue empty_apart[N_APART_VALUES];

/* The numbers of a new job, and which values of the block apart are texts
 * not shared or shared: made, filled apart and freed through these lists,
 * not by looking up every field in the table, for each of 100,000 jobs. */
static gint8 empty_numbers[N_KEPT_NUMBERS];
static guint8 apart_texts[PURSUIT_JOB_N_APART_FIELDS];
static guint n_apart_texts;
static guint8 apart_strings[PURSUIT_JOB_N_APART_FIELDS];
static guint n_apart_strings;

/* The block apart, to read. */
static inline const FieldValue *
peek_apart (PursuitJob *self)
{
  return self->apart != NULL ? self->apart : empty_apart;
}

/* The block apart, made when first written to. */
static FieldValue *
apart_of (PursuitJob *self)
{
  if (self->apart == NULL)
    {
      self->apart = g_memdup2 (empty_apart, sizeof empty_apart);
      for (guint i = 0; i < n_apart_texts; i++)
        g_ref_string_acquire (self->apart[apart_texts[i]].text);
    }
  return self->apart;
}

/* Read for every job a list shows, filters or sorts by its texts. */
static inline const char *
read_text (PursuitJob      *self,
           PursuitJobField  field)
{
  const FieldValue *value;

  if (!is_apart (field))
    return pursuit_string_get (self->texts[slot_index[field]]);
  value = &peek_apart (self)[slot_index[field]];
  return shared_fields[field] ? pursuit_string_get (value->string) : value->text;
}

/* Where the shared text of @field is, to write. */
static PursuitString *
string_slot (PursuitJob      *self,
             PursuitJobField  field)
{
  if (!is_apart (field))
    return &self->texts[slot_index[field]];
  return &apart_of (self)[slot_index[field]].string;
}

static PursuitString
peek_string (PursuitJob      *self,
             PursuitJobField  field)
{
  if (!is_apart (field))
    return self->texts[slot_index[field]];
  return peek_apart (self)[slot_index[field]].string;
}

static gboolean
text_equal (PursuitJob      *a,
            PursuitJob      *b,
            PursuitJobField  field)
{
  /* One string for each distinct shared text. */
  if (shared_fields[field])
    return peek_string (a, field) == peek_string (b, field);
  return strcmp (read_text (a, field), read_text (b, field)) == 0;
}

/* Puts in place a text already held for @self, @string for a shared
 * field, @text (a GRefString) for another, and lets the old one go. */
static void
put_text (PursuitJob      *self,
          PursuitJobField  field,
          PursuitString    string,
          char            *text)
{
  if (shared_fields[field])
    {
      PursuitString *at = string_slot (self, field);
      PursuitString old = *at;

      *at = string;
      pursuit_string_release (old);
    }
  else
    {
      char **at = &apart_of (self)[slot_index[field]].text;
      char *old = *at;

      *at = text;
      g_ref_string_release (old);
    }
}

/* Sets @value (NULL for ""), which may point into the old text. */
static void
write_text (PursuitJob      *self,
            PursuitJobField  field,
            const char      *value)
{
  if (shared_fields[field])
    put_text (self, field, pursuit_string_intern (value), NULL);
  else if (value == NULL || value[0] == '\0')
    put_text (self, field, PURSUIT_STRING_EMPTY, g_ref_string_acquire (empty_string));
  else
    put_text (self, field, PURSUIT_STRING_EMPTY, g_ref_string_new (value));
}

/* Gives @self the text @other has, without copying it. */
static void
take_text (PursuitJob      *self,
           PursuitJob      *other,
           PursuitJobField  field)
{
  if (shared_fields[field])
    put_text (self, field, pursuit_string_acquire (peek_string (other, field)), NULL);
  else
    put_text (self, field, PURSUIT_STRING_EMPTY, g_ref_string_acquire (peek_apart (other)[slot_index[field]].text));
}

/* A kept amount is nearly always a whole number of hundredths below
 * 21,474,836.48, held so in four bytes. Any other (a third, 1e12: never
 * typed here, but a file or another program may give it) is kept whole in
 * the block apart, and this stands in its place. */
#define AMOUNT_NONE (-1)
#define AMOUNT_APART G_MININT32

/* Read for every job when a list sorts by pay: one test. */
static inline double
read_amount (PursuitJob      *self,
             PursuitJobField  field)
{
  gint32 held;

  if (is_apart (field))
    return peek_apart (self)[slot_index[field]].amount;
  held = self->amounts[slot_index[field]];
  if (G_LIKELY (held >= 0))
    return held / 100.0;
  if (held == AMOUNT_NONE)
    return -1;
  return self->apart[APART_AMOUNTS + slot_index[field]].amount;
}

/* @value is -1 for "not given", or not negative. */
static void
write_amount (PursuitJob      *self,
              PursuitJobField  field,
              double           value)
{
  guint i = slot_index[field];

  if (is_apart (field))
    {
      apart_of (self)[i].amount = value;
      return;
    }
  if (value < 0)
    {
      self->amounts[i] = AMOUNT_NONE;
      return;
    }
  /* The range keeps NaN out, and the sign -0; read_amount() divides as
   * this does, so what is held is exactly @value. */
  if (value * 100 + 0.5 < G_MAXINT32 && !signbit (value))
    {
      gint32 hundredths = (gint32) (value * 100 + 0.5);

      if (hundredths / 100.0 == value)
        {
          self->amounts[i] = hundredths;
          return;
        }
    }
  self->amounts[i] = AMOUNT_APART;
  apart_of (self)[APART_AMOUNTS + i].amount = value;
}

/* An id or time four bytes do not hold (from 2^32 - 1 on; a time before
 * 1970 or from 2106: never made here, but the database may hold them) is
 * kept whole in the block apart, and this stands in its place. */
#define WIDE_APART G_MAXUINT32

/* Read for every job when a list sorts by the last change: one test. */
static inline gint64
read_wide (PursuitJob *self,
           JobWide     which)
{
  guint32 held = self->wide[which];

  if (G_LIKELY (held != WIDE_APART))
    return held;
  return self->apart[APART_WIDE + which].wide;
}

static void
write_wide (PursuitJob *self,
            JobWide     which,
            gint64      value)
{
  if (value >= 0 && value < WIDE_APART)
    self->wide[which] = (guint32) value;
  else
    {
      self->wide[which] = WIDE_APART;
      apart_of (self)[APART_WIDE + which].wide = value;
    }
}

/* A job's uuid, made here or by another program, is nearly always the
 * canonical text of 16 bytes (lower-case hex digits, 8-4-4-4-12): the job
 * keeps those bytes, not the 37 characters, and writes the text again when
 * asked for it. Any other text (upper case, longer, shorter: never made
 * here, but a file may hold it) is kept as it came, allocated, with the
 * pointer to it in place of the bytes. */

/* Where each of the 16 bytes is in the text; a dash comes before the 5th,
 * 7th, 9th and 11th. Read for every job a list loads: no test per
 * character of which it is. */
static const guint8 uuid_byte_at[16] = { 0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34 };

static inline gboolean
uuid_dash_before (guint byte)
{
  return byte == 4 || byte == 6 || byte == 8 || byte == 10;
}

/* A lower-case hex digit's value plus one; 0 for any other character. */
static const guint8 hex_digits[256] = {
  ['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6, ['6'] = 7, ['7'] = 8,
  ['8'] = 9, ['9'] = 10, ['a'] = 11, ['b'] = 12, ['c'] = 13, ['d'] = 14, ['e'] = 15, ['f'] = 16,
};

/* Whether @text is a canonical uuid, whose bytes it writes to @bytes. */
static gboolean
pack_uuid (const char *text,
           guint8      bytes[16])
{
  /* In the order of the text: a NUL is neither a digit nor a dash, so
   * nothing past the end is read. */
  for (guint i = 0; i < 16; i++)
    {
      const guchar *at = (const guchar *) text + uuid_byte_at[i];
      guint high, low;

      if (uuid_dash_before (i) && at[-1] != '-')
        return FALSE;
      high = hex_digits[at[0]];
      if (high == 0)
        return FALSE;
      low = hex_digits[at[1]];
      if (low == 0)
        return FALSE;
      bytes[i] = (guint8) ((high - 1) << 4 | (low - 1));
    }
  return text[PURSUIT_JOB_UUID_SIZE - 1] == '\0';
}

static void
unpack_uuid (const guint8  bytes[16],
             char          text[PURSUIT_JOB_UUID_SIZE])
{
  static const char digits[] = "0123456789abcdef";

  for (guint i = 0; i < 16; i++)
    {
      char *at = text + uuid_byte_at[i];

      if (uuid_dash_before (i))
        at[-1] = '-';
      at[0] = digits[bytes[i] >> 4];
      at[1] = digits[bytes[i] & 0xf];
    }
  text[PURSUIT_JOB_UUID_SIZE - 1] = '\0';
}

static char *
allocated_uuid (PursuitJob *self)
{
  char *allocated;

  g_assert (self->uuid_form == UUID_ALLOCATED);
  memcpy (&allocated, self->uuid, sizeof allocated);
  return allocated;
}

/* The job's uuid as text: in @buffer, or the allocated one. */
static const char *
uuid_text (PursuitJob *self,
           char        buffer[PURSUIT_JOB_UUID_SIZE])
{
  switch (self->uuid_form)
    {
    case UUID_PACKED:
      unpack_uuid (self->uuid, buffer);
      return buffer;
    case UUID_ALLOCATED:
      return allocated_uuid (self);
    default:
      buffer[0] = '\0';
      return buffer;
    }
}

static gboolean
uuid_is (PursuitJob *self,
         const char *uuid)
{
  guint8 bytes[sizeof self->uuid];

  /* A job read from the database has none yet: no text to read. */
  if (uuid[0] == '\0' || self->uuid_form == UUID_NONE)
    return uuid[0] == '\0' && self->uuid_form == UUID_NONE;
  if (pack_uuid (uuid, bytes))
    return self->uuid_form == UUID_PACKED && memcmp (self->uuid, bytes, sizeof bytes) == 0;
  return self->uuid_form == UUID_ALLOCATED && strcmp (allocated_uuid (self), uuid) == 0;
}

static void
store_uuid (PursuitJob *self,
            const char *uuid)
{
  /* Freed after: @uuid may point into the old one. */
  char *old = self->uuid_form == UUID_ALLOCATED ? allocated_uuid (self) : NULL;
  guint8 bytes[sizeof self->uuid];

  if (uuid[0] == '\0')
    self->uuid_form = UUID_NONE;
  else if (pack_uuid (uuid, bytes))
    {
      memcpy (self->uuid, bytes, sizeof bytes);
      self->uuid_form = UUID_PACKED;
    }
  else
    {
      char *allocated = g_strdup (uuid);

      G_STATIC_ASSERT (sizeof allocated <= sizeof self->uuid);
      memcpy (self->uuid, &allocated, sizeof allocated);
      self->uuid_form = UUID_ALLOCATED;
    }
  g_free (old);
}

/* Takes @other's uuid: whether it changed. */
static gboolean
take_uuid (PursuitJob *self,
           PursuitJob *other)
{
  char buffer[PURSUIT_JOB_UUID_SIZE];
  const char *text;

  /* The usual case (a list's job, its copy), without the text. */
  if (other->uuid_form != UUID_ALLOCATED && self->uuid_form != UUID_ALLOCATED)
    {
      if (self->uuid_form == other->uuid_form &&
          (self->uuid_form == UUID_NONE || memcmp (self->uuid, other->uuid, sizeof self->uuid) == 0))
        return FALSE;
      memcpy (self->uuid, other->uuid, sizeof self->uuid);
      self->uuid_form = other->uuid_form;
      return TRUE;
    }
  text = uuid_text (other, buffer);
  if (uuid_is (self, text))
    return FALSE;
  store_uuid (self, text);
  return TRUE;
}

/* Fields every list reads that hold a small number are in self->numbers. */
static guint8 kept_numbers[PURSUIT_JOB_N_FIELDS];

static inline gboolean
is_kept_number (PursuitJobField field)
{
  return kept_numbers[field];
}

static int
read_number (PursuitJob      *self,
             PursuitJobField  field)
{
  if (is_kept_number (field))
    return self->numbers[slot_index[field]];
  return peek_apart (self)[slot_index[field]].number;
}

/* Outside the byte a kept number has, a value is held at the nearest end:
 * no such value is valid for these fields, nor is the one held. */
static void
write_number (PursuitJob      *self,
              PursuitJobField  field,
              int              value)
{
  if (is_kept_number (field))
    self->numbers[slot_index[field]] = (gint8) CLAMP (value, G_MININT8, G_MAXINT8);
  else
    apart_of (self)[slot_index[field]].number = value;
}

static void
pursuit_job_finalize (GObject *object)
{
  PursuitJob *self = PURSUIT_JOB (object);

  if (self->uuid_form == UUID_ALLOCATED)
    g_free (allocated_uuid (self));
  for (guint i = 0; i < N_KEPT_TEXTS; i++)
    pursuit_string_release (self->texts[i]);
  if (self->apart != NULL)
    {
      for (guint i = 0; i < n_apart_texts; i++)
        g_ref_string_release (self->apart[apart_texts[i]].text);
      for (guint i = 0; i < n_apart_strings; i++)
        pursuit_string_release (self->apart[apart_strings[i]].string);
      g_free (self->apart);
    }
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
      g_value_set_int64 (value, read_wide (self, WIDE_ID));
      break;
    case PROP_UUID:
      {
        char buffer[PURSUIT_JOB_UUID_SIZE];

        g_value_set_string (value, uuid_text (self, buffer));
      }
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, read_wide (self, WIDE_CREATED));
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, read_wide (self, WIDE_UPDATED));
      break;
    case PROP_STAGE_ENTERED_AT:
      g_value_set_int64 (value, read_wide (self, WIDE_STAGE_ENTERED));
      break;
    case PROP_NEXT_INTERVIEW_AT:
      g_value_set_int64 (value, read_wide (self, WIDE_NEXT_INTERVIEW));
      break;
    case PROP_DETAILS_LOADED:
      g_value_set_boolean (value, self->details_loaded);
      break;
    case PROP_N_DOCUMENTS:
      g_value_set_int64 (value, self->n_documents);
      break;
    default:
      if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
        {
          PursuitJobField field = prop_id - PROP_FIRST_FIELD;

          switch (pursuit_job_field_get_info (field)->kind)
            {
            case PURSUIT_FIELD_AMOUNT:
              g_value_set_double (value, read_amount (self, field));
              break;
            case PURSUIT_FIELD_CHOICE:
              g_value_set_enum (value, read_number (self, field));
              break;
            case PURSUIT_FIELD_FLAGS:
              g_value_set_flags (value, (guint) read_number (self, field));
              break;
            case PURSUIT_FIELD_NUMBER:
              g_value_set_int (value, read_number (self, field));
              break;
            case PURSUIT_FIELD_SWITCH:
              g_value_set_boolean (value, read_number (self, field) != 0);
              break;
            case PURSUIT_FIELD_STAGE:
              g_value_set_object (value, self->stage);
              break;
            default:
              g_value_set_string (value, read_text (self, field));
            }
          break;
        }
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
    case PROP_CREATED_AT:
      pursuit_job_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      pursuit_job_set_updated_at (self, g_value_get_int64 (value));
      break;
    case PROP_STAGE_ENTERED_AT:
      pursuit_job_set_stage_entered_at (self, g_value_get_int64 (value));
      break;
    case PROP_NEXT_INTERVIEW_AT:
      pursuit_job_set_next_interview_at (self, g_value_get_int64 (value));
      break;
    case PROP_DETAILS_LOADED:
      pursuit_job_set_details_loaded (self, g_value_get_boolean (value));
      break;
    case PROP_N_DOCUMENTS:
      pursuit_job_set_n_documents (self, g_value_get_int64 (value));
      break;
    default:
      if (prop_id >= PROP_FIRST_FIELD && prop_id < N_PROPS)
        {
          PursuitJobField field = prop_id - PROP_FIRST_FIELD;

          switch (pursuit_job_field_get_info (field)->kind)
            {
            case PURSUIT_FIELD_AMOUNT:
              pursuit_job_set_amount (self, field, g_value_get_double (value));
              break;
            case PURSUIT_FIELD_CHOICE:
              pursuit_job_set_number (self, field, g_value_get_enum (value));
              break;
            case PURSUIT_FIELD_FLAGS:
              pursuit_job_set_number (self, field, (int) g_value_get_flags (value));
              break;
            case PURSUIT_FIELD_NUMBER:
              pursuit_job_set_number (self, field, g_value_get_int (value));
              break;
            case PURSUIT_FIELD_SWITCH:
              pursuit_job_set_number (self, field, g_value_get_boolean (value));
              break;
            case PURSUIT_FIELD_STAGE:
              pursuit_job_set_stage (self, g_value_get_object (value));
              break;
            default:
              pursuit_job_set_text (self, field, g_value_get_string (value));
            }
          break;
        }
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
make_field_property (const PursuitJobFieldInfo *info)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (info->kind)
    {
    case PURSUIT_FIELD_AMOUNT:
      return g_param_spec_double (info->name, NULL, NULL, -1, G_MAXDOUBLE, -1, flags);
    case PURSUIT_FIELD_CHOICE:
      return g_param_spec_enum (info->name, NULL, NULL, info->choices (), 0, flags);
    case PURSUIT_FIELD_FLAGS:
      return g_param_spec_flags (info->name, NULL, NULL, info->choices (), 0, flags);
    case PURSUIT_FIELD_NUMBER:
      return g_param_spec_int (info->name, NULL, NULL, info->minimum, info->maximum, info->minimum, flags);
    case PURSUIT_FIELD_SWITCH:
      return g_param_spec_boolean (info->name, NULL, NULL, FALSE, flags);
    case PURSUIT_FIELD_STAGE:
      return g_param_spec_object (info->name, NULL, NULL, PURSUIT_TYPE_STAGE, flags);
    default:
      return g_param_spec_string (info->name, NULL, NULL, "", flags);
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
  properties[PROP_CREATED_AT] = g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UPDATED_AT] = g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_STAGE_ENTERED_AT] = g_param_spec_int64 ("stage-entered-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NEXT_INTERVIEW_AT] = g_param_spec_int64 ("next-interview-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_DETAILS_LOADED] = g_param_spec_boolean ("details-loaded", NULL, NULL, TRUE, flags);
  properties[PROP_N_DOCUMENTS] = g_param_spec_int64 ("n-documents", NULL, NULL, 0, G_MAXINT64, 0, flags);

  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      FIELD_PROPERTY (field) = make_field_property (pursuit_job_field_get_info (field));
      text_fields[field] = kind_is_text (pursuit_job_field_get_info (field)->kind);
    }

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Held for the life of the program, like the class. */
  empty_string = g_ref_string_new ("");

  {
    guint n_texts = 0;
    guint n_amounts = 0;
    guint n_apart = 0;
    guint n_numbers = 0;

    for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
      {
        const PursuitJobFieldInfo *info = pursuit_job_field_get_info (field);
        PursuitFieldKind kind = info->kind;
        FieldValue empty = { 0 };

        apart_fields[field] = info->apart;
        shared_fields[field] = is_text_field (field) && info->shared;
        if (is_text_field (field) && !shared_fields[field])
          empty.text = empty_string;
        else if (shared_fields[field])
          empty.string = PURSUIT_STRING_EMPTY;
        else if (kind == PURSUIT_FIELD_AMOUNT)
          empty.amount = -1;
        else if (kind == PURSUIT_FIELD_NUMBER)
          empty.number = info->minimum;

        if (is_apart (field))
          {
            g_assert (n_apart < PURSUIT_JOB_N_APART_FIELDS && kind != PURSUIT_FIELD_STAGE);
            if (shared_fields[field])
              apart_strings[n_apart_strings++] = n_apart;
            else if (is_text_field (field))
              apart_texts[n_apart_texts++] = n_apart;
            slot_index[field] = n_apart;
            empty_apart[n_apart++] = empty;
          }
        else if (is_number_field (field))
          {
            /* A byte holds every valid value (see write_number()). */
            g_assert (kind != PURSUIT_FIELD_FLAGS && n_numbers < N_KEPT_NUMBERS);
            g_assert (kind != PURSUIT_FIELD_NUMBER ||
                      (info->minimum >= G_MININT8 && info->maximum <= G_MAXINT8));
            if (kind == PURSUIT_FIELD_CHOICE)
              {
                GEnumClass *choices = g_type_class_ref (info->choices ());

                g_assert (choices->minimum >= G_MININT8 && choices->maximum <= G_MAXINT8);
                g_type_class_unref (choices);
              }
            kept_numbers[field] = TRUE;
            slot_index[field] = n_numbers;
            empty_numbers[n_numbers++] = (gint8) empty.number;
          }
        else if (kind == PURSUIT_FIELD_AMOUNT)
          {
            g_assert (n_amounts < N_KEPT_AMOUNTS);
            slot_index[field] = n_amounts++;
          }
        else if (kind != PURSUIT_FIELD_STAGE)
          {
            /* Every text kept in the instance is shared: four bytes. */
            g_assert (shared_fields[field] && n_texts < N_KEPT_TEXTS);
            slot_index[field] = n_texts++;
          }
      }
    g_assert (n_apart == PURSUIT_JOB_N_APART_FIELDS);
    g_assert (n_numbers == N_KEPT_NUMBERS);
    g_assert (n_texts == N_KEPT_TEXTS);
    g_assert (n_amounts == N_KEPT_AMOUNTS);
    for (JobWide which = 0; which < N_WIDE; which++)
      empty_apart[APART_WIDE + which].wide = 0;
    for (guint i = 0; i < N_KEPT_AMOUNTS; i++)
      empty_apart[APART_AMOUNTS + i].amount = -1;
  }
}

static void
pursuit_job_init (PursuitJob *self)
{
  /* The instance comes zeroed: its texts are "", its times and id 0. */
  memcpy (self->numbers, empty_numbers, sizeof empty_numbers);
  for (guint i = 0; i < N_KEPT_AMOUNTS; i++)
    self->amounts[i] = AMOUNT_NONE;
  self->details_loaded = TRUE;
}

PursuitJob *
pursuit_job_new (void)
{
  return g_object_new (PURSUIT_TYPE_JOB, NULL);
}

/* What pursuit_job_assign() does to a new job, without its notifications
 * (a new object has no one to tell): an import copies 100,000 drafts. */
PursuitJob *
pursuit_job_copy (PursuitJob *self)
{
  PursuitJob *copy;

  g_return_val_if_fail (PURSUIT_IS_JOB (self), NULL);

  copy = pursuit_job_new ();
  take_uuid (copy, self);
  for (JobWide which = 0; which < N_WIDE; which++)
    write_wide (copy, which, read_wide (self, which));
  g_set_object (&copy->stage, self->stage);
  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      /* A list copy carries no details, as pursuit_job_assign_fields() takes none from it. */
      if (pursuit_job_field_is_detail (field) && !self->details_loaded)
        continue;
      /* The copy's values apart are empty too. */
      if (is_apart (field) && self->apart == NULL)
        continue;

      if (is_text_field (field))
        take_text (copy, self, field);
      else if (is_number_field (field))
        write_number (copy, field, read_number (self, field));
      else if (field != PURSUIT_JOB_FIELD_STAGE)
        write_amount (copy, field, read_amount (self, field));
    }
  copy->n_documents = self->n_documents;
  copy->details_loaded = self->details_loaded;
  /* Checked values stay checked; with the long texts left out, they are
   * checked again. */
  copy->values_checked = self->values_checked && self->details_loaded;
  return copy;
}

static void
copy_field (PursuitJob      *self,
            PursuitJob      *other,
            PursuitJobField  field)
{
  if (is_number_field (field))
    pursuit_job_set_number (self, field, read_number (other, field));
  else if (is_text_field (field))
    {
      /* The same text, held once more: not looked up again. */
      if (strcmp (read_text (self, field), read_text (other, field)) == 0)
        return;
      take_text (self, other, field);
      self->values_checked = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), FIELD_PROPERTY (field));
    }
  else if (field == PURSUIT_JOB_FIELD_STAGE)
    pursuit_job_set_stage (self, other->stage);
  else
    pursuit_job_set_amount (self, field, read_amount (other, field));
}

/**
 * pursuit_job_assign_fields:
 * @fields: which fields to take from @other
 *
 * Takes the values of @fields from @other, notifying only what really
 * changed. Long texts come only from a job that has them loaded.
 */
void
pursuit_job_assign_fields (PursuitJob       *self,
                           PursuitJob       *other,
                           PursuitJobFields  fields)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  g_return_if_fail (PURSUIT_IS_JOB (other));

  g_object_freeze_notify (G_OBJECT (self));
  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      if ((fields & PURSUIT_JOB_FIELD_BIT (field)) == 0)
        continue;

      /* A list copy must not wipe what the page loaded. */
      if (pursuit_job_field_is_detail (field) && !other->details_loaded)
        continue;

      copy_field (self, other, field);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* Takes every value of @other, notifying only what really changed. */
void
pursuit_job_assign (PursuitJob *self,
                    PursuitJob *other)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  g_return_if_fail (PURSUIT_IS_JOB (other));

  g_object_freeze_notify (G_OBJECT (self));
  pursuit_job_set_id (self, read_wide (other, WIDE_ID));
  if (take_uuid (self, other))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
  pursuit_job_set_created_at (self, read_wide (other, WIDE_CREATED));
  pursuit_job_set_updated_at (self, read_wide (other, WIDE_UPDATED));
  pursuit_job_assign_fields (self, other, PURSUIT_JOB_ALL_FIELDS);
  if (other->details_loaded)
    pursuit_job_set_details_loaded (self, TRUE);
  pursuit_job_set_stage_entered_at (self, read_wide (other, WIDE_STAGE_ENTERED));
  pursuit_job_set_next_interview_at (self, read_wide (other, WIDE_NEXT_INTERVIEW));
  pursuit_job_set_n_documents (self, other->n_documents);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
field_equal (PursuitJob      *a,
             PursuitJob      *b,
             PursuitJobField  field)
{
  if (is_number_field (field))
    return read_number (a, field) == read_number (b, field);
  if (is_text_field (field))
    return text_equal (a, b, field);
  if (field == PURSUIT_JOB_FIELD_STAGE)
    {
      PursuitStage *x = a->stage, *y = b->stage;

      return x == y || (x != NULL && y != NULL && pursuit_stage_get_id (x) == pursuit_stage_get_id (y));
    }
  return read_amount (a, field) == read_amount (b, field);
}

/**
 * pursuit_job_diff:
 *
 * Returns: the fields whose values differ between the two jobs (a stage is
 *   the same stage when its id is); long texts count only when both jobs
 *   have them loaded
 */
PursuitJobFields
pursuit_job_diff (PursuitJob *self,
                  PursuitJob *other)
{
  PursuitJobFields differing = 0;

  g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);
  g_return_val_if_fail (PURSUIT_IS_JOB (other), 0);

  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      if (pursuit_job_field_is_detail (field) && (!self->details_loaded || !other->details_loaded))
        continue;
      if (!field_equal (self, other, field))
        differing |= PURSUIT_JOB_FIELD_BIT (field);
    }
  return differing;
}

/**
 * pursuit_job_validate:
 *
 * What every saved job must satisfy; the store checks it before writing.
 * The error is in %PURSUIT_VALIDATION_ERROR and names the field.
 */
gboolean
pursuit_job_validate (PursuitJob  *self,
                      GError     **error)
{
  const PursuitPayFields *groups;
  guint n_groups;

  g_return_val_if_fail (PURSUIT_IS_JOB (self), FALSE);

  if (self->values_checked)
    return pursuit_job_field_check (self, PURSUIT_JOB_FIELD_STAGE, error);

  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      if (!pursuit_job_field_check (self, field, error))
        return FALSE;
    }

  groups = pursuit_job_get_pay_groups (&n_groups);
  for (guint i = 0; i < n_groups; i++)
    {
      const PursuitPayFields *group = &groups[i];
      double low = pursuit_job_get_amount (self, group->min);
      double high = pursuit_job_get_amount (self, group->max);
      gboolean any = low >= 0 || high >= 0;

      if (low >= 0 && high >= 0 && low > high)
        {
          pursuit_set_validation_error (error, pursuit_job_field_get_info (group->max)->name,
                                        PURSUIT_VALIDATION_ERROR_RANGE,
                                        _("The maximum pay is below the minimum"));
          return FALSE;
        }
      for (guint j = 0; j < G_N_ELEMENTS (group->extras); j++)
        {
          if (group->extras[j] < PURSUIT_JOB_N_FIELDS && pursuit_job_get_amount (self, group->extras[j]) >= 0)
            any = TRUE;
        }
      if (any && pursuit_job_get_text (self, group->currency)[0] == '\0')
        {
          pursuit_set_validation_error (error, pursuit_job_field_get_info (group->currency)->name,
                                        PURSUIT_VALIDATION_ERROR_EMPTY,
                                        _("Pay needs a currency, such as USD or EUR"));
          return FALSE;
        }
    }

  self->values_checked = TRUE;
  return TRUE;
}

/* Fields by id */

const char *
pursuit_job_get_text (PursuitJob      *self,
                      PursuitJobField  field)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), NULL);
  g_return_val_if_fail (field < PURSUIT_JOB_N_FIELDS && is_text_field (field), NULL);

  return read_text (self, field);
}

void
pursuit_job_set_text (PursuitJob      *self,
                      PursuitJobField  field,
                      const char      *value)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  g_return_if_fail (field < PURSUIT_JOB_N_FIELDS && is_text_field (field));

  /* An empty value leaves a job without its block apart as it is. */
  if (strcmp (read_text (self, field), value != NULL ? value : "") == 0)
    return;
  write_text (self, field, value);
  self->values_checked = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), FIELD_PROPERTY (field));
}

double
pursuit_job_get_amount (PursuitJob      *self,
                        PursuitJobField  field)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), -1);
  g_return_val_if_fail (field < PURSUIT_JOB_N_FIELDS &&
                        pursuit_job_field_get_info (field)->kind == PURSUIT_FIELD_AMOUNT, -1);

  return read_amount (self, field);
}

/* Any negative figure means "not given"; they all compare equal. */
void
pursuit_job_set_amount (PursuitJob      *self,
                        PursuitJobField  field,
                        double           value)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  g_return_if_fail (field < PURSUIT_JOB_N_FIELDS &&
                    pursuit_job_field_get_info (field)->kind == PURSUIT_FIELD_AMOUNT);

  if (value < 0)
    value = -1;
  if (read_amount (self, field) == value)
    return;

  write_amount (self, field, value);
  self->values_checked = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), FIELD_PROPERTY (field));
}

int
pursuit_job_get_number (PursuitJob      *self,
                        PursuitJobField  field)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);
  g_return_val_if_fail (field < PURSUIT_JOB_N_FIELDS && is_number_field (field), 0);

  return read_number (self, field);
}

void
pursuit_job_set_number (PursuitJob      *self,
                        PursuitJobField  field,
                        int              value)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  g_return_if_fail (field < PURSUIT_JOB_N_FIELDS && is_number_field (field));

  if (pursuit_job_field_get_info (field)->kind == PURSUIT_FIELD_SWITCH)
    value = value != 0;
  if (read_number (self, field) == value)
    return;

  write_number (self, field, value);
  self->values_checked = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), FIELD_PROPERTY (field));
}

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
    g_object_notify_by_pspec (G_OBJECT (self), FIELD_PROPERTY (PURSUIT_JOB_FIELD_STAGE));
}

/* What the database gives */

#define DEFINE_WIDE_ACCESSORS(name, WIDE, PROP)                                \
  gint64                                                                       \
  pursuit_job_get_##name (PursuitJob *self)                                    \
  {                                                                            \
    g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);                           \
    return read_wide (self, WIDE);                                             \
  }                                                                            \
  void                                                                         \
  pursuit_job_set_##name (PursuitJob *self,                                    \
                          gint64      value)                                   \
  {                                                                            \
    g_return_if_fail (PURSUIT_IS_JOB (self));                                  \
    if (read_wide (self, WIDE) == value)                                       \
      return;                                                                  \
    write_wide (self, WIDE, value);                                            \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);              \
  }

DEFINE_WIDE_ACCESSORS (id, WIDE_ID, PROP_ID)
DEFINE_WIDE_ACCESSORS (created_at, WIDE_CREATED, PROP_CREATED_AT)
DEFINE_WIDE_ACCESSORS (updated_at, WIDE_UPDATED, PROP_UPDATED_AT)
DEFINE_WIDE_ACCESSORS (stage_entered_at, WIDE_STAGE_ENTERED, PROP_STAGE_ENTERED_AT)
DEFINE_WIDE_ACCESSORS (next_interview_at, WIDE_NEXT_INTERVIEW, PROP_NEXT_INTERVIEW_AT)

gint64
pursuit_job_get_n_documents (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);

  return self->n_documents;
}

/* Held in 16 bits: the documents a job uses or was sent are a handful, and
 * 65,535 versions of them would be far beyond any job's. */
void
pursuit_job_set_n_documents (PursuitJob *self,
                             gint64      value)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));

  value = CLAMP (value, 0, G_MAXUINT16);
  if (self->n_documents == value)
    return;
  self->n_documents = (guint16) value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DOCUMENTS]);
}

/**
 * pursuit_job_get_uuid:
 * @buffer: where the text is written, which the job does not keep
 *
 * Returns: the job's uuid, "" for none: in @buffer, or where the job keeps
 *   a text that is not a canonical uuid (see store_uuid()); valid while
 *   @buffer lasts and the job's uuid does not change
 */
const char *
pursuit_job_get_uuid (PursuitJob *self,
                      char        buffer[PURSUIT_JOB_UUID_SIZE])
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), NULL);
  g_return_val_if_fail (buffer != NULL, NULL);

  return uuid_text (self, buffer);
}

void
pursuit_job_set_uuid (PursuitJob *self,
                      const char *uuid)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));

  if (uuid == NULL)
    uuid = "";
  if (uuid_is (self, uuid))
    return;

  store_uuid (self, uuid);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
}

/* Whether the job reached a stage past applying with no document recorded:
 * what was sent can no longer be told, and the app says so. */
gboolean
pursuit_job_needs_documents (PursuitJob *self)
{
  PursuitStage *stage;
  PursuitStageKind kind;

  g_return_val_if_fail (PURSUIT_IS_JOB (self), FALSE);

  stage = pursuit_job_get_stage (self);
  if (stage == NULL || self->n_documents > 0)
    return FALSE;

  kind = pursuit_stage_get_kind (stage);
  return kind != PURSUIT_STAGE_KIND_WISHLIST && kind != PURSUIT_STAGE_KIND_WITHDRAWN;
}

gboolean
pursuit_job_get_details_loaded (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), FALSE);

  return self->details_loaded;
}

void
pursuit_job_set_details_loaded (PursuitJob *self,
                                gboolean    loaded)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));

  loaded = loaded != FALSE;
  if (self->details_loaded == loaded)
    return;

  self->details_loaded = loaded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS_LOADED]);
}

/* The fields by name */

#define DEFINE_TEXT_FIELD(name, FIELD)                                         \
  const char *                                                                 \
  pursuit_job_get_##name (PursuitJob *self)                                    \
  {                                                                            \
    return pursuit_job_get_text (self, PURSUIT_JOB_FIELD_##FIELD);             \
  }                                                                            \
  void                                                                         \
  pursuit_job_set_##name (PursuitJob *self,                                    \
                          const char *value)                                   \
  {                                                                            \
    pursuit_job_set_text (self, PURSUIT_JOB_FIELD_##FIELD, value);             \
  }

#define DEFINE_NUMBER_FIELD(name, Type, FIELD)                                 \
  Type                                                                         \
  pursuit_job_get_##name (PursuitJob *self)                                    \
  {                                                                            \
    return (Type) pursuit_job_get_number (self, PURSUIT_JOB_FIELD_##FIELD);    \
  }                                                                            \
  void                                                                         \
  pursuit_job_set_##name (PursuitJob *self,                                    \
                          Type        value)                                   \
  {                                                                            \
    pursuit_job_set_number (self, PURSUIT_JOB_FIELD_##FIELD, (int) value);     \
  }

#define DEFINE_AMOUNT_FIELD(name, FIELD)                                       \
  double                                                                       \
  pursuit_job_get_##name (PursuitJob *self)                                    \
  {                                                                            \
    return pursuit_job_get_amount (self, PURSUIT_JOB_FIELD_##FIELD);           \
  }                                                                            \
  void                                                                         \
  pursuit_job_set_##name (PursuitJob *self,                                    \
                          double      value)                                   \
  {                                                                            \
    pursuit_job_set_amount (self, PURSUIT_JOB_FIELD_##FIELD, value);           \
  }

DEFINE_TEXT_FIELD (company, COMPANY)
DEFINE_TEXT_FIELD (title, TITLE)
DEFINE_TEXT_FIELD (location, LOCATION)
DEFINE_TEXT_FIELD (url, URL)
DEFINE_TEXT_FIELD (notes, NOTES)
DEFINE_TEXT_FIELD (source, SOURCE)
DEFINE_TEXT_FIELD (industry, INDUSTRY)
DEFINE_TEXT_FIELD (posting_text, POSTING_TEXT)
DEFINE_TEXT_FIELD (pay_currency, PAY_CURRENCY)
DEFINE_TEXT_FIELD (applied_on, APPLIED_ON)
DEFINE_TEXT_FIELD (deadline, DEADLINE)
DEFINE_TEXT_FIELD (next_action, NEXT_ACTION)
DEFINE_TEXT_FIELD (next_action_due, NEXT_ACTION_DUE)
DEFINE_TEXT_FIELD (languages, LANGUAGES)
DEFINE_TEXT_FIELD (pay_extras, PAY_EXTRAS)
DEFINE_AMOUNT_FIELD (pay_min, PAY_MIN)
DEFINE_AMOUNT_FIELD (pay_max, PAY_MAX)
DEFINE_NUMBER_FIELD (workplace, PursuitWorkplace, WORKPLACE)
DEFINE_NUMBER_FIELD (employment_type, PursuitEmploymentType, EMPLOYMENT_TYPE)
DEFINE_NUMBER_FIELD (pay_period, PursuitPayPeriod, PAY_PERIOD)
DEFINE_NUMBER_FIELD (excitement, int, EXCITEMENT)
DEFINE_NUMBER_FIELD (archived, gboolean, ARCHIVED)
DEFINE_NUMBER_FIELD (schedule, PursuitSchedule, SCHEDULE)
