/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-job.h"
#include "pursuit-job-fields.h"
#include "pursuit-validation.h"

/* One job the user pursues: the posting and their application to it.
 *
 * The store owns the canonical object for each saved job and keeps it up to
 * date; views bind to it. To change a job, take a copy, edit the copy and
 * hand it to the store, which then assigns the saved values back.
 *
 * The edited fields are described by the table of pursuit-job-fields.c,
 * which also makes their properties. The instance holds the values of the
 * fields every list reads (their small numbers packed apart, a byte
 * each: read_number()); the fields the table marks "apart" (offers, notes,
 * benchmarks...), empty for most jobs, are in a block allocated when one of
 * them is set, so 100,000 jobs do not each carry them. slot() and
 * read_number() find a value; nothing else tells the places apart. */
typedef union
{
  char *text;           /* a GRefString, never NULL */
  double amount;        /* negative: not given */
  int number;
  PursuitStage *stage;
  gint64 time;          /* one of the job's times that four bytes do not hold: read_time() */
} FieldValue;

/* The fields every list reads that hold a small number (the choices, the
 * excitement, the archived switch) are packed in the instance, a byte
 * each, not in a FieldValue of eight: see the size below. */
#define N_KEPT_NUMBERS 5

/* The times a job keeps, in seconds since 1970 (0: none), four bytes each:
 * see read_time(). The last two are read from the database with the job
 * (from its timeline and its interviews) and never written back. */
typedef enum
{
  TIME_CREATED,
  TIME_UPDATED,
  TIME_STAGE_ENTERED,
  TIME_NEXT_INTERVIEW,
  N_TIMES
} JobTime;

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

  gint64 id;
  guint32 times[N_TIMES];

  FieldValue values[PURSUIT_JOB_N_FIELDS - PURSUIT_JOB_N_APART_FIELDS - N_KEPT_NUMBERS];
  /* PURSUIT_JOB_N_APART_FIELDS values, then N_TIMES times, or NULL while
   * all are empty */
  FieldValue *apart;

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

/* GSlice, which allocates GObjects, puts 23 chunks of 176 bytes in a 4 KiB
 * page, 18 of the 224 a job took before and 14 of 280: 100,000 jobs take
 * 17.8 MB, not 22.8 or 29.3. To fit, the uuid is kept as its 16 bytes, not
 * 37 characters (store_uuid()), the times in four bytes (read_time()), the
 * kept numbers in one byte and the count of documents in two. No byte is
 * left: anything more here makes every job 16 bytes bigger, 1.6 MB at
 * 100,000 jobs. */
G_STATIC_ASSERT (sizeof (struct _PursuitJob) <= 176);

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

/* The text fields hold reference-counted strings (GRefString), never NULL.
 * A list may hold 100,000 jobs: they all share one empty string, and the
 * short fields that repeat from job to job (companies, titles, places,
 * currencies, dates) are interned, so each distinct value is kept once. */
static char *empty_string;

/* Which fields hold text, looked up by every accessor: filled by
 * class_init from the table of fields. */
static gboolean text_fields[PURSUIT_JOB_N_FIELDS];

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

/* Where each field's value is: its index in the instance's values, or in
 * the block apart; and the values of an empty block, which a job without
 * one reads. */
static guint8 slot_index[PURSUIT_JOB_N_FIELDS];
static FieldValue empty_apart[PURSUIT_JOB_N_APART_FIELDS + N_TIMES];

/* The values of a new job in the instance, and which slots of either
 * array hold text: made, filled apart and freed through these lists, not
 * by looking up every field in the table, for each of 100,000 jobs. */
static FieldValue empty_kept[PURSUIT_JOB_N_FIELDS - PURSUIT_JOB_N_APART_FIELDS - N_KEPT_NUMBERS];
static gint8 empty_numbers[N_KEPT_NUMBERS];
static guint8 kept_texts[PURSUIT_JOB_N_FIELDS];
static guint n_kept_texts;
static guint8 apart_texts[PURSUIT_JOB_N_APART_FIELDS];
static guint n_apart_texts;

static inline gboolean
is_apart (PursuitJobField field)
{
  return pursuit_job_field_get_info (field)->apart;
}

/* The value of @field, to read. */
static inline const FieldValue *
peek_slot (PursuitJob      *self,
           PursuitJobField  field)
{
  if (!is_apart (field))
    return &self->values[slot_index[field]];
  return &(self->apart != NULL ? self->apart : empty_apart)[slot_index[field]];
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

/* The value of @field, to write: the block apart is made for it. */
static FieldValue *
slot (PursuitJob      *self,
      PursuitJobField  field)
{
  if (!is_apart (field))
    return &self->values[slot_index[field]];
  return &apart_of (self)[slot_index[field]];
}

/* A time four bytes do not hold (before 1970, or from 2106 on: never made
 * here, but the database may hold it) is kept whole in the block apart,
 * after the fields' values, and this stands in its place. */
#define TIME_APART G_MAXUINT32

/* Read for every job when a list sorts by the last change: one test. */
static inline gint64
read_time (PursuitJob *self,
           JobTime     which)
{
  guint32 held = self->times[which];

  if (G_LIKELY (held != TIME_APART))
    return held;
  return self->apart[PURSUIT_JOB_N_APART_FIELDS + which].time;
}

static void
write_time (PursuitJob *self,
            JobTime     which,
            gint64      value)
{
  if (value >= 0 && value < TIME_APART)
    self->times[which] = (guint32) value;
  else
    {
      self->times[which] = TIME_APART;
      apart_of (self)[PURSUIT_JOB_N_APART_FIELDS + which].time = value;
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
  return peek_slot (self, field)->number;
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
    slot (self, field)->number = value;
}

static gboolean
replace_string (char       **slot,
                const char  *value,
                gboolean     intern)
{
  char *old = *slot;

  if (value == NULL)
    value = "";

  if (strcmp (old, value) == 0)
    return FALSE;

  if (value[0] == '\0')
    *slot = g_ref_string_acquire (empty_string);
  else if (intern)
    *slot = g_ref_string_new_intern (value);
  else
    *slot = g_ref_string_new (value);

  /* After: @value may point into the old string. */
  g_ref_string_release (old);
  return TRUE;
}

static void
pursuit_job_finalize (GObject *object)
{
  PursuitJob *self = PURSUIT_JOB (object);

  if (self->uuid_form == UUID_ALLOCATED)
    g_free (allocated_uuid (self));
  for (guint i = 0; i < n_kept_texts; i++)
    g_ref_string_release (self->values[kept_texts[i]].text);
  for (guint i = 0; self->apart != NULL && i < n_apart_texts; i++)
    g_ref_string_release (self->apart[apart_texts[i]].text);
  g_clear_object (&slot (self, PURSUIT_JOB_FIELD_STAGE)->stage);
  g_free (self->apart);

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
      {
        char buffer[PURSUIT_JOB_UUID_SIZE];

        g_value_set_string (value, uuid_text (self, buffer));
      }
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, read_time (self, TIME_CREATED));
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, read_time (self, TIME_UPDATED));
      break;
    case PROP_STAGE_ENTERED_AT:
      g_value_set_int64 (value, read_time (self, TIME_STAGE_ENTERED));
      break;
    case PROP_NEXT_INTERVIEW_AT:
      g_value_set_int64 (value, read_time (self, TIME_NEXT_INTERVIEW));
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
              g_value_set_double (value, peek_slot (self, field)->amount);
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
              g_value_set_object (value, peek_slot (self, field)->stage);
              break;
            default:
              g_value_set_string (value, peek_slot (self, field)->text);
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
  empty_string = g_ref_string_new_intern ("");

  {
    guint n_kept = 0;
    guint n_apart = 0;
    guint n_numbers = 0;

    for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
      {
        PursuitFieldKind kind = pursuit_job_field_get_info (field)->kind;
        FieldValue empty = { 0 };

        if (is_text_field (field))
          empty.text = empty_string;
        else if (kind == PURSUIT_FIELD_AMOUNT)
          empty.amount = -1;
        else if (kind == PURSUIT_FIELD_NUMBER)
          empty.number = pursuit_job_field_get_info (field)->minimum;
        g_assert (kind != PURSUIT_FIELD_STAGE || !is_apart (field));

        if (is_apart (field))
          {
            g_assert (n_apart < PURSUIT_JOB_N_APART_FIELDS);
            if (is_text_field (field))
              apart_texts[n_apart_texts++] = n_apart;
            slot_index[field] = n_apart;
            empty_apart[n_apart++] = empty;
          }
        else if (is_number_field (field))
          {
            /* A byte holds every valid value (see write_number()). */
            g_assert (kind != PURSUIT_FIELD_FLAGS && n_numbers < N_KEPT_NUMBERS);
            g_assert (kind != PURSUIT_FIELD_NUMBER ||
                      (pursuit_job_field_get_info (field)->minimum >= G_MININT8 &&
                       pursuit_job_field_get_info (field)->maximum <= G_MAXINT8));
            if (kind == PURSUIT_FIELD_CHOICE)
              {
                GEnumClass *choices = g_type_class_ref (pursuit_job_field_get_info (field)->choices ());

                g_assert (choices->minimum >= G_MININT8 && choices->maximum <= G_MAXINT8);
                g_type_class_unref (choices);
              }
            kept_numbers[field] = TRUE;
            slot_index[field] = n_numbers;
            empty_numbers[n_numbers++] = (gint8) empty.number;
          }
        else
          {
            if (is_text_field (field))
              kept_texts[n_kept_texts++] = n_kept;
            slot_index[field] = n_kept;
            empty_kept[n_kept++] = empty;
          }
      }
    g_assert (n_apart == PURSUIT_JOB_N_APART_FIELDS);
    g_assert (n_numbers == N_KEPT_NUMBERS);
  }
}

static void
pursuit_job_init (PursuitJob *self)
{
  memcpy (self->values, empty_kept, sizeof empty_kept);
  memcpy (self->numbers, empty_numbers, sizeof empty_numbers);
  for (guint i = 0; i < n_kept_texts; i++)
    g_ref_string_acquire (self->values[kept_texts[i]].text);
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
  copy->id = self->id;
  take_uuid (copy, self);
  for (JobTime which = 0; which < N_TIMES; which++)
    write_time (copy, which, read_time (self, which));
  memcpy (copy->numbers, self->numbers, sizeof copy->numbers);
  for (PursuitJobField field = 0; field < PURSUIT_JOB_N_FIELDS; field++)
    {
      const FieldValue *from;
      FieldValue *to;

      if (is_kept_number (field))
        continue;
      from = peek_slot (self, field);

      /* A list copy carries no details, as pursuit_job_assign_fields() takes none from it. */
      if (pursuit_job_field_is_detail (field) && !self->details_loaded)
        continue;
      /* The copy's values apart are empty too. */
      if (is_apart (field) && self->apart == NULL)
        continue;

      to = slot (copy, field);
      if (is_text_field (field))
        {
          g_ref_string_release (to->text);
          to->text = g_ref_string_acquire (from->text);
        }
      else if (field == PURSUIT_JOB_FIELD_STAGE)
        g_set_object (&to->stage, from->stage);
      else
        *to = *from;
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
    pursuit_job_set_text (self, field, peek_slot (other, field)->text);
  else if (field == PURSUIT_JOB_FIELD_STAGE)
    pursuit_job_set_stage (self, peek_slot (other, field)->stage);
  else
    pursuit_job_set_amount (self, field, peek_slot (other, field)->amount);
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
  pursuit_job_set_id (self, other->id);
  if (take_uuid (self, other))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UUID]);
  pursuit_job_set_created_at (self, read_time (other, TIME_CREATED));
  pursuit_job_set_updated_at (self, read_time (other, TIME_UPDATED));
  pursuit_job_assign_fields (self, other, PURSUIT_JOB_ALL_FIELDS);
  if (other->details_loaded)
    pursuit_job_set_details_loaded (self, TRUE);
  pursuit_job_set_stage_entered_at (self, read_time (other, TIME_STAGE_ENTERED));
  pursuit_job_set_next_interview_at (self, read_time (other, TIME_NEXT_INTERVIEW));
  pursuit_job_set_n_documents (self, other->n_documents);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
field_equal (PursuitJob      *a,
             PursuitJob      *b,
             PursuitJobField  field)
{
  const FieldValue *value_a, *value_b;

  if (is_number_field (field))
    return read_number (a, field) == read_number (b, field);
  value_a = peek_slot (a, field);
  value_b = peek_slot (b, field);
  if (is_text_field (field))
    return strcmp (value_a->text, value_b->text) == 0;
  if (field == PURSUIT_JOB_FIELD_STAGE)
    {
      PursuitStage *x = value_a->stage, *y = value_b->stage;

      return x == y || (x != NULL && y != NULL && pursuit_stage_get_id (x) == pursuit_stage_get_id (y));
    }
  return value_a->amount == value_b->amount;
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

  return peek_slot (self, field)->text;
}

void
pursuit_job_set_text (PursuitJob      *self,
                      PursuitJobField  field,
                      const char      *value)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  g_return_if_fail (field < PURSUIT_JOB_N_FIELDS && is_text_field (field));

  /* An empty value leaves a job without its block apart as it is. */
  if (strcmp (peek_slot (self, field)->text, value != NULL ? value : "") == 0)
    return;
  if (replace_string (&slot (self, field)->text, value, pursuit_job_field_get_info (field)->shared))
    {
      self->values_checked = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), FIELD_PROPERTY (field));
    }
}

double
pursuit_job_get_amount (PursuitJob      *self,
                        PursuitJobField  field)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), -1);
  g_return_val_if_fail (field < PURSUIT_JOB_N_FIELDS &&
                        pursuit_job_field_get_info (field)->kind == PURSUIT_FIELD_AMOUNT, -1);

  return peek_slot (self, field)->amount;
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
  if (peek_slot (self, field)->amount == value)
    return;

  slot (self, field)->amount = value;
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

  return peek_slot (self, PURSUIT_JOB_FIELD_STAGE)->stage;
}

void
pursuit_job_set_stage (PursuitJob   *self,
                       PursuitStage *stage)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  g_return_if_fail (stage == NULL || PURSUIT_IS_STAGE (stage));

  if (g_set_object (&slot (self, PURSUIT_JOB_FIELD_STAGE)->stage, stage))
    g_object_notify_by_pspec (G_OBJECT (self), FIELD_PROPERTY (PURSUIT_JOB_FIELD_STAGE));
}

/* What the database gives */

#define DEFINE_INT64_ACCESSORS(member, PROP)                                   \
  gint64                                                                       \
  pursuit_job_get_##member (PursuitJob *self)                                  \
  {                                                                            \
    g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);                           \
    return self->member;                                                       \
  }                                                                            \
  void                                                                         \
  pursuit_job_set_##member (PursuitJob *self,                                  \
                            gint64      value)                                 \
  {                                                                            \
    g_return_if_fail (PURSUIT_IS_JOB (self));                                  \
    if (self->member == value)                                                 \
      return;                                                                  \
    self->member = value;                                                      \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);              \
  }

DEFINE_INT64_ACCESSORS (id, PROP_ID)

#define DEFINE_TIME_ACCESSORS(name, TIME, PROP)                                \
  gint64                                                                       \
  pursuit_job_get_##name (PursuitJob *self)                                    \
  {                                                                            \
    g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);                           \
    return read_time (self, TIME);                                             \
  }                                                                            \
  void                                                                         \
  pursuit_job_set_##name (PursuitJob *self,                                    \
                          gint64      value)                                   \
  {                                                                            \
    g_return_if_fail (PURSUIT_IS_JOB (self));                                  \
    if (read_time (self, TIME) == value)                                       \
      return;                                                                  \
    write_time (self, TIME, value);                                            \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);              \
  }

DEFINE_TIME_ACCESSORS (created_at, TIME_CREATED, PROP_CREATED_AT)
DEFINE_TIME_ACCESSORS (updated_at, TIME_UPDATED, PROP_UPDATED_AT)
DEFINE_TIME_ACCESSORS (stage_entered_at, TIME_STAGE_ENTERED, PROP_STAGE_ENTERED_AT)
DEFINE_TIME_ACCESSORS (next_interview_at, TIME_NEXT_INTERVIEW, PROP_NEXT_INTERVIEW_AT)

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
