/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-capacity.h"
#include "pursuit-practice-deck.h"

/* Every question the user can practise, with its schedule, and what they
 * practise it for: the roles they chose, their jobs (each job's title
 * matched to a role guide) with the next interview, the questions pinned to
 * a job and their own questions. From these it makes the sets, plans and
 * queues of the engine, so the app and pursuit-cli agree on them. Pure, as
 * the rest of src/practice: the caller reads the store and the clock.
 *
 * A job's practice set, in the order its new questions are started: the
 * job's own questions, the questions pinned to it, then its role's
 * questions (built-in by difficulty, warm-up first, then in the bank's
 * order, and the user's questions for that role). */

/* A deck holds every job, 100,000 at the benchmark's size, in the order of
 * the jobs model: 6 bytes each, in two arrays sized to the jobs
 * (pursuit_capacity_for()), with nothing allocated for a job. Its id takes
 * 32 bits while every id fits (SQLite counts them up from 1; see
 * widen_ids()), and its mark says the rest: its role, as a place in the
 * deck's few matched roles, whether it is archived, and whether it has an
 * interview ahead. The few jobs with one keep its time apart, as the jobs
 * with pins keep their pins, by the job's id. */
#define MARK_ROLE      0x3fff  /* 1 + its place in job_roles, or 0 for none */
#define MARK_INTERVIEW 0x4000  /* its next interview is in interviews */
#define MARK_ARCHIVED  0x8000  /* kept in its place, but practised for nothing */

typedef struct
{
  PursuitQuestion *question;
  char *role;             /* for the user's questions: the role, or NULL */
  gint64 job_id;          /* for the user's questions: the job, or 0 */
  guint order;            /* the bank's order, for sorting */
} DeckQuestion;

struct _PursuitPracticeDeck
{
  GObject parent_instance;

  PursuitContent *content;
  GListStore *questions;      /* PursuitQuestion: the bank's, then the user's */
  GPtrArray *entries;         /* DeckQuestion, same order */
  GHashTable *by_id;          /* question id -> DeckQuestion */
  GHashTable *memories;       /* question id -> PursuitMemory, answered questions only */
  GPtrArray *roles;           /* chosen role ids */
  gpointer ids;               /* the jobs' ids, in the order of the jobs model: guint32, or gint64 if wide_ids */
  gboolean wide_ids;
  guint16 *marks;             /* MARK_*, same order */
  guint n_jobs;
  guint n_allocated;          /* room in ids and marks */
  GHashTable *interviews;     /* gint64[2]: a job's id and next interview, for the jobs marked MARK_INTERVIEW */
  GPtrArray *job_roles;       /* the ids of the guides the jobs match (interned) */
  GHashTable *pins;           /* gint64* job id -> GPtrArray of question ids, in pinning order */
  GHashTable *own_questions;  /* &DeckQuestion.job_id of the user's questions for a job */
  GHashTable *titles;         /* each job title -> the role it matches (interned), or "" */
};

G_DEFINE_FINAL_TYPE (PursuitPracticeDeck, pursuit_practice_deck, G_TYPE_OBJECT)

static void
deck_question_free (DeckQuestion *entry)
{
  g_object_unref (entry->question);
  g_free (entry->role);
  g_free (entry);
}

static void
pursuit_practice_deck_finalize (GObject *object)
{
  PursuitPracticeDeck *self = PURSUIT_PRACTICE_DECK (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->memories, g_hash_table_unref);
  g_clear_pointer (&self->roles, g_ptr_array_unref);
  g_clear_pointer (&self->pins, g_hash_table_unref);
  g_clear_pointer (&self->own_questions, g_hash_table_unref);
  g_clear_pointer (&self->titles, g_hash_table_unref);
  g_clear_pointer (&self->ids, g_free);
  g_clear_pointer (&self->marks, g_free);
  g_clear_pointer (&self->interviews, g_hash_table_unref);
  g_clear_pointer (&self->job_roles, g_ptr_array_unref);
  g_clear_object (&self->questions);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (pursuit_practice_deck_parent_class)->finalize (object);
}

static void
pursuit_practice_deck_class_init (PursuitPracticeDeckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_practice_deck_finalize;
}

static void
pursuit_practice_deck_init (PursuitPracticeDeck *self)
{
  self->questions = g_list_store_new (PURSUIT_TYPE_QUESTION);
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) deck_question_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->memories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->roles = g_ptr_array_new_with_free_func (g_free);
  self->job_roles = g_ptr_array_new ();
  self->pins = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->own_questions = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->interviews = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
add_entry (PursuitPracticeDeck *self,
           PursuitQuestion     *question,
           const char          *role,
           gint64               job_id)
{
  DeckQuestion *entry = g_new0 (DeckQuestion, 1);

  entry->question = g_object_ref (question);
  entry->role = role != NULL && role[0] != '\0' ? g_strdup (role) : NULL;
  entry->job_id = job_id;
  entry->order = self->entries->len;
  g_ptr_array_add (self->entries, entry);
  g_hash_table_insert (self->by_id, (gpointer) pursuit_question_get_id (question), entry);
  if (job_id != 0)
    g_hash_table_add (self->own_questions, &entry->job_id);
  g_list_store_append (self->questions, question);
}

/**
 * pursuit_practice_deck_new:
 * @content: the question bank
 *
 * Returns: (transfer full): a deck with every built-in question, none
 *   answered, and nothing chosen to practise yet
 */
PursuitPracticeDeck *
pursuit_practice_deck_new (PursuitContent *content)
{
  PursuitPracticeDeck *self;
  GListModel *questions;

  g_return_val_if_fail (PURSUIT_IS_CONTENT (content), NULL);

  self = g_object_new (PURSUIT_TYPE_PRACTICE_DECK, NULL);
  self->content = g_object_ref (content);
  questions = pursuit_content_get_questions (content);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(PursuitQuestion) question = g_list_model_get_item (questions, i);

      add_entry (self, question, NULL, 0);
    }
  return self;
}

static const char * const star_labels[] = { "situation", "task", "action", "result" };

static void
append_texts (PursuitContentNode *parent,
              const char         *name,
              const char * const *texts,
              gboolean            star)
{
  for (guint i = 0; texts[i] != NULL; i++)
    {
      PursuitContentNode *child = pursuit_content_node_append (parent, pursuit_content_node_new (name, texts[i]));

      if (g_str_equal (name, "step"))
        pursuit_content_node_set_attribute (child, "label",
                                            star && i < G_N_ELEMENTS (star_labels) ? star_labels[i] : "point");
    }
}

/* The user's question as the bank would hold it, so the session, the
 * checklist and the guidance treat both alike. */
static PursuitQuestion *
question_from_custom (PursuitCustomQuestion *custom)
{
  PursuitContentNode *node = pursuit_content_node_new ("question", NULL);
  g_autofree char *id = pursuit_custom_question_dup_question_id (custom);
  g_autofree char *competencies = g_strjoinv (" ", (char **) pursuit_custom_question_get_competencies (custom));
  const char *category = pursuit_custom_question_get_category (custom);
  gboolean star = g_str_equal (category, "behavioural");

  pursuit_content_node_set_attribute (node, "id", id);
  pursuit_content_node_set_attribute (node, "category", category);
  pursuit_content_node_set_attribute (node, "competencies", competencies);
  pursuit_content_node_set_attribute (node, "roles", pursuit_custom_question_get_role (custom));
  pursuit_content_node_append (node, pursuit_content_node_new ("text", pursuit_custom_question_get_text (custom)));
  pursuit_content_node_append (node, pursuit_content_node_new ("why", pursuit_custom_question_get_why (custom)));
  append_texts (pursuit_content_node_append (node, pursuit_content_node_new ("covers", NULL)), "point",
                pursuit_custom_question_get_covers (custom), FALSE);
  append_texts (pursuit_content_node_append (node, pursuit_content_node_new ("outline", NULL)), "step",
                pursuit_custom_question_get_outline (custom), star);
  append_texts (node, "followup", pursuit_custom_question_get_followups (custom), FALSE);
  return pursuit_question_new_owning (node);
}

/**
 * pursuit_practice_deck_add_custom_question:
 * @custom: one of the user's own questions, as saved
 *
 * Adds it under its id "custom-N"; it is practised with its role's
 * questions, its job's, or, with neither, always.
 */
void
pursuit_practice_deck_add_custom_question (PursuitPracticeDeck   *self,
                                           PursuitCustomQuestion *custom)
{
  g_autoptr(PursuitQuestion) question = NULL;

  g_return_if_fail (PURSUIT_IS_PRACTICE_DECK (self));
  g_return_if_fail (PURSUIT_IS_CUSTOM_QUESTION (custom));

  question = question_from_custom (custom);
  g_return_if_fail (!g_hash_table_contains (self->by_id, pursuit_question_get_id (question)));
  add_entry (self, question, pursuit_custom_question_get_role (custom),
             pursuit_custom_question_get_job_id (custom));
}

/**
 * pursuit_practice_deck_set_memory:
 * @memory: the question's schedule, as the store keeps it
 */
void
pursuit_practice_deck_set_memory (PursuitPracticeDeck *self,
                                  const char          *question_id,
                                  const PursuitMemory *memory)
{
  g_return_if_fail (PURSUIT_IS_PRACTICE_DECK (self));
  g_return_if_fail (question_id != NULL);
  g_return_if_fail (memory != NULL);

  if (memory->state == PURSUIT_CARD_STATE_NEW)
    g_hash_table_remove (self->memories, question_id);
  else
    g_hash_table_insert (self->memories, g_strdup (question_id), g_memdup2 (memory, sizeof *memory));
}

static gboolean
has_string (GPtrArray  *strings,
            const char *string)
{
  return g_ptr_array_find_with_equal_func (strings, string, g_str_equal, NULL);
}

/* A role the user chose to practise, such as a guide picked on the Practice
 * view; adding one twice counts once. */
void
pursuit_practice_deck_add_role (PursuitPracticeDeck *self,
                                const char          *role)
{
  g_return_if_fail (PURSUIT_IS_PRACTICE_DECK (self));
  g_return_if_fail (role != NULL);

  if (!has_string (self->roles, role))
    g_ptr_array_add (self->roles, g_strdup (role));
}

static gint64
job_id_at (PursuitPracticeDeck *self,
           guint                position)
{
  return self->wide_ids ? ((gint64 *) self->ids)[position] : ((guint32 *) self->ids)[position];
}

static gboolean
id_is_narrow (gint64 job_id)
{
  return job_id >= 0 && job_id <= G_MAXUINT32;
}

/* An id past 32 bits (written into the file by hand) widens every id for
 * good: the deck stays right, at 8 bytes an id. */
static void
widen_ids (PursuitPracticeDeck *self)
{
  gint64 *wide = g_new (gint64, MAX (self->n_allocated, 1));

  for (guint i = 0; i < self->n_jobs; i++)
    wide[i] = ((guint32 *) self->ids)[i];
  g_free (self->ids);
  self->ids = wide;
  self->wide_ids = TRUE;
}

static gsize
id_size (PursuitPracticeDeck *self)
{
  return self->wide_ids ? sizeof (gint64) : sizeof (guint32);
}

/* A scan: ids are looked up one at a time (a job's page, a pin), never for
 * every job, so an index would cost more memory than it saves time. */
static gboolean
find_any_job (PursuitPracticeDeck *self,
              gint64               job_id,
              guint               *position)
{
  for (guint i = 0; i < self->n_jobs; i++)
    {
      if (job_id_at (self, i) == job_id)
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* A job practised for: archived ones are not. */
static gboolean
find_job (PursuitPracticeDeck *self,
          gint64               job_id,
          guint               *position)
{
  return find_any_job (self, job_id, position) && (self->marks[*position] & MARK_ARCHIVED) == 0;
}

/* The role a title matches, as in MARK_ROLE. Jobs share titles: each is
 * matched once. */
static guint16
match_title (PursuitPracticeDeck *self,
             const char          *title)
{
  gpointer value;

  if (title == NULL)
    title = "";
  if (!g_hash_table_lookup_extended (self->titles, title, NULL, &value))
    {
      PursuitGuide *guide = pursuit_content_match_title (self->content, title, NULL);
      guint place = 0;

      if (guide != NULL)
        {
          const char *role = g_intern_string (pursuit_guide_get_id (guide));

          if (!g_ptr_array_find (self->job_roles, role, &place))
            {
              place = self->job_roles->len;
              g_ptr_array_add (self->job_roles, (gpointer) role);
            }
          place++;
          /* The bank has a handful of guides. */
          g_assert (place <= MARK_ROLE);
        }
      value = GUINT_TO_POINTER (place);
      g_hash_table_insert (self->titles, g_strdup (title), value);
    }
  return GPOINTER_TO_UINT (value);
}

/* The id of the guide the job's title matches (interned), or NULL. */
static const char *
job_role (PursuitPracticeDeck *self,
          guint                position)
{
  guint16 role = self->marks[position] & MARK_ROLE;

  return role > 0 ? g_ptr_array_index (self->job_roles, role - 1) : NULL;
}

/* The start of the job's next interview, or 0. */
static gint64
job_interview_at (PursuitPracticeDeck *self,
                  guint                position)
{
  gint64 job_id;
  const gint64 *interview;

  if ((self->marks[position] & MARK_INTERVIEW) == 0)
    return 0;
  job_id = job_id_at (self, position);
  interview = g_hash_table_lookup (self->interviews, &job_id);
  g_assert (interview != NULL);
  return interview[1];
}

static gboolean
job_is_archived (PursuitPracticeDeck *self,
                 guint                position)
{
  return (self->marks[position] & MARK_ARCHIVED) != 0;
}

/* What the job at @position leaves behind when it goes. */
static void
forget_job (PursuitPracticeDeck *self,
            guint                position)
{
  if ((self->marks[position] & MARK_INTERVIEW) != 0)
    {
      gint64 job_id = job_id_at (self, position);

      g_hash_table_remove (self->interviews, &job_id);
    }
}

static void
set_job (PursuitPracticeDeck          *self,
         guint                         position,
         const PursuitPracticeDeckJob *from)
{
  guint16 mark = match_title (self, from->title);

  if (self->wide_ids)
    ((gint64 *) self->ids)[position] = from->job_id;
  else
    ((guint32 *) self->ids)[position] = (guint32) from->job_id;
  if (from->archived)
    mark |= MARK_ARCHIVED;
  if (from->interview_at > 0)
    {
      gint64 *interview = g_new (gint64, 2);

      interview[0] = from->job_id;
      interview[1] = from->interview_at;
      g_hash_table_add (self->interviews, interview);
      mark |= MARK_INTERVIEW;
    }
  self->marks[position] = mark;
}

/* Moves @n jobs from @from to @to, as memmove(). */
static void
move_jobs (PursuitPracticeDeck *self,
           guint                to,
           guint                from,
           guint                n)
{
  gsize size = id_size (self);

  memmove ((char *) self->ids + to * size, (char *) self->ids + from * size, n * size);
  memmove (&self->marks[to], &self->marks[from], n * sizeof (guint16));
}

static GPtrArray *
get_pins (PursuitPracticeDeck *self,
          gint64               job_id)
{
  return g_hash_table_lookup (self->pins, &job_id);
}

/**
 * pursuit_practice_deck_splice_jobs:
 * @position: the place of the first job removed or added, as in the jobs
 *   model
 * @n_removed: how many jobs leave from @position
 * @added: (array length=n_added): the jobs that take their place, none of
 *   them in the deck outside the jobs removed
 *
 * What a change of the jobs model changes, without reading the others
 * again. A job removed and added back (a job saved) keeps its pins; pins
 * of a job that left stay until the deck is made again, but count for
 * nothing while it is not in the deck.
 */
void
pursuit_practice_deck_splice_jobs (PursuitPracticeDeck          *self,
                                   guint                         position,
                                   guint                         n_removed,
                                   const PursuitPracticeDeckJob *added,
                                   guint                         n_added)
{
  guint n_kept;
  guint after;

  g_return_if_fail (PURSUIT_IS_PRACTICE_DECK (self));
  g_return_if_fail (position <= self->n_jobs && n_removed <= self->n_jobs - position);
  g_return_if_fail (added != NULL || n_added == 0);
  g_return_if_fail (n_added <= G_MAXUINT - self->n_jobs);

  /* Those leaving first: one coming back (a job saved) takes what it
   * brings. */
  for (guint i = 0; i < n_removed; i++)
    forget_job (self, position + i);
  for (guint i = 0; i < n_added && !self->wide_ids; i++)
    {
      if (!id_is_narrow (added[i].job_id))
        widen_ids (self);
    }

  /* The usual change, a job saved in its place, moves nothing. */
  n_kept = MIN (n_removed, n_added);
  for (guint i = 0; i < n_kept; i++)
    set_job (self, position + i, &added[i]);
  after = self->n_jobs - position - n_removed;
  if (n_removed > n_kept)
    {
      if (after > 0)
        move_jobs (self, position + n_kept, position + n_removed, after);
      self->n_jobs -= n_removed - n_kept;
    }
  else if (n_added > n_kept)
    {
      guint n_more = n_added - n_kept;

      if (self->n_jobs + n_more > self->n_allocated)
        {
          self->n_allocated = pursuit_capacity_for (self->n_allocated, self->n_jobs + n_more);
          self->ids = g_realloc_n (self->ids, self->n_allocated, id_size (self));
          self->marks = g_renew (guint16, self->marks, self->n_allocated);
        }
      /* The new jobs are written in place: no copy of them first. */
      if (after > 0)
        move_jobs (self, position + n_added, position + n_removed, after);
      for (guint i = n_kept; i < n_added; i++)
        set_job (self, position + i, &added[i]);
      self->n_jobs += n_more;
    }
}

/**
 * pursuit_practice_deck_insert_job:
 * @position: its place among the jobs, as in the jobs model; -1 for the end
 * @title: the job's title, matched to a role guide
 * @interview_at: the start of its next interview (Unix time), or 0
 * @archived: whether it is archived: it keeps its place (so the deck's places
 *   stay those of the jobs model) and its pins, but nothing is practised
 *   for it
 *
 * Adds a job not yet in the deck.
 */
void
pursuit_practice_deck_insert_job (PursuitPracticeDeck *self,
                                  int                  position,
                                  gint64               job_id,
                                  const char          *title,
                                  gint64               interview_at,
                                  gboolean             archived)
{
  PursuitPracticeDeckJob job = { job_id, title, interview_at, archived };

  g_return_if_fail (PURSUIT_IS_PRACTICE_DECK (self));
  g_return_if_fail (job_id > 0);
  g_return_if_fail (position <= (int) self->n_jobs);

  pursuit_practice_deck_splice_jobs (self, position < 0 ? self->n_jobs : (guint) position, 0, &job, 1);
}

/**
 * pursuit_practice_deck_remove_jobs:
 * @position: the place of the first, as in the jobs model
 * @n_jobs: how many go
 *
 * Takes jobs out of the deck.
 */
void
pursuit_practice_deck_remove_jobs (PursuitPracticeDeck *self,
                                   guint                position,
                                   guint                n_jobs)
{
  pursuit_practice_deck_splice_jobs (self, position, n_jobs, NULL, 0);
}

/* The id of the job at @position, as in the jobs model. */
gint64
pursuit_practice_deck_get_job_id (PursuitPracticeDeck *self,
                                  guint                position)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), 0);
  g_return_val_if_fail (position < self->n_jobs, 0);

  return job_id_at (self, position);
}

guint
pursuit_practice_deck_get_n_jobs (PursuitPracticeDeck *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), 0);

  return self->n_jobs;
}

/**
 * pursuit_practice_deck_add_job:
 * @title: the job's title, matched to a role guide
 * @interview_at: the start of its next interview (Unix time), or 0
 */
void
pursuit_practice_deck_add_job (PursuitPracticeDeck *self,
                               gint64               job_id,
                               const char          *title,
                               gint64               interview_at)
{
  g_return_if_fail (PURSUIT_IS_PRACTICE_DECK (self));
  g_return_if_fail (job_id > 0);
  g_return_if_fail (!find_any_job (self, job_id, NULL));

  pursuit_practice_deck_insert_job (self, -1, job_id, title, interview_at, FALSE);
}

/**
 * pursuit_practice_deck_copy_jobs:
 * @source: a deck with the jobs wanted
 *
 * Takes the jobs of @source, in its order, with their matched roles and
 * interviews but without their pins, into a deck that has none yet: the
 * practice records read again do not match every title again.
 */
void
pursuit_practice_deck_copy_jobs (PursuitPracticeDeck *self,
                                 PursuitPracticeDeck *source)
{
  GHashTableIter iter;
  gpointer title;
  gpointer role;
  gpointer interview;

  g_return_if_fail (PURSUIT_IS_PRACTICE_DECK (self));
  g_return_if_fail (PURSUIT_IS_PRACTICE_DECK (source));
  g_return_if_fail (self->n_jobs == 0);
  g_return_if_fail (self->job_roles->len == 0);

  /* The roles keep their places, so the jobs' roles read the same. */
  for (guint i = 0; i < source->job_roles->len; i++)
    g_ptr_array_add (self->job_roles, g_ptr_array_index (source->job_roles, i));
  g_free (self->ids);
  g_free (self->marks);
  self->ids = g_memdup2 (source->ids, source->n_jobs * id_size (source));
  self->wide_ids = source->wide_ids;
  self->marks = g_memdup2 (source->marks, source->n_jobs * sizeof (guint16));
  self->n_jobs = self->n_allocated = source->n_jobs;
  g_hash_table_iter_init (&iter, source->interviews);
  while (g_hash_table_iter_next (&iter, &interview, NULL))
    g_hash_table_add (self->interviews, g_memdup2 (interview, 2 * sizeof (gint64)));
  g_hash_table_iter_init (&iter, source->titles);
  while (g_hash_table_iter_next (&iter, &title, &role))
    g_hash_table_insert (self->titles, g_strdup (title), role);
}

/* Pins a question to a job added before, so it joins the job's set; a pin
 * to a job not added is left out, and one to an archived job waits for it
 * to come back. */
void
pursuit_practice_deck_pin (PursuitPracticeDeck *self,
                           gint64               job_id,
                           const char          *question_id)
{
  GPtrArray *pinned;

  g_return_if_fail (PURSUIT_IS_PRACTICE_DECK (self));
  g_return_if_fail (question_id != NULL);

  if (!find_any_job (self, job_id, NULL))
    return;
  pinned = get_pins (self, job_id);
  if (pinned == NULL)
    {
      pinned = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (self->pins, g_memdup2 (&job_id, sizeof job_id), pinned);
    }
  if (!has_string (pinned, question_id))
    g_ptr_array_add (pinned, g_strdup (question_id));
}

/**
 * pursuit_practice_deck_get_questions:
 *
 * Returns: (transfer none) (element-type PursuitQuestion): every known
 *   question, the bank's and then the user's, for sessions' checklists
 */
GListModel *
pursuit_practice_deck_get_questions (PursuitPracticeDeck *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), NULL);

  return G_LIST_MODEL (self->questions);
}

/**
 * pursuit_practice_deck_find_question:
 *
 * Returns: (transfer none) (nullable): the question, built in or the user's
 */
PursuitQuestion *
pursuit_practice_deck_find_question (PursuitPracticeDeck *self,
                                     const char          *question_id)
{
  DeckQuestion *entry;

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), NULL);

  entry = question_id != NULL ? g_hash_table_lookup (self->by_id, question_id) : NULL;
  return entry != NULL ? entry->question : NULL;
}

/**
 * pursuit_practice_deck_get_job_role:
 *
 * Returns: (nullable): the id of the role guide the job's title matches
 */
const char *
pursuit_practice_deck_get_job_role (PursuitPracticeDeck *self,
                                    gint64               job_id)
{
  guint position;

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), NULL);

  return find_job (self, job_id, &position) ? job_role (self, position) : NULL;
}

/* Whether a job practised for (not archived) matches @role. */
gboolean
pursuit_practice_deck_has_job_role (PursuitPracticeDeck *self,
                                    const char          *role)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), FALSE);
  g_return_val_if_fail (role != NULL, FALSE);

  for (guint i = 0; i < self->n_jobs; i++)
    {
      if (!job_is_archived (self, i) && g_strcmp0 (job_role (self, i), role) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
pursuit_practice_deck_is_pinned (PursuitPracticeDeck *self,
                                 gint64               job_id,
                                 const char          *question_id)
{
  guint position;

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), FALSE);

  return find_job (self, job_id, &position) && question_id != NULL && get_pins (self, job_id) != NULL &&
         has_string (get_pins (self, job_id), question_id);
}

/**
 * pursuit_practice_deck_dup_card:
 *
 * Returns: (transfer full) (nullable): the question and its schedule (new
 *   when never answered), or %NULL when the question is unknown and was
 *   never answered
 */
PursuitCard *
pursuit_practice_deck_dup_card (PursuitPracticeDeck *self,
                                const char          *question_id)
{
  DeckQuestion *entry;
  PursuitMemory *memory;

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  entry = g_hash_table_lookup (self->by_id, question_id);
  memory = g_hash_table_lookup (self->memories, question_id);
  if (entry == NULL && memory == NULL)
    return NULL;
  return pursuit_card_new (question_id, entry != NULL ? pursuit_question_get_category (entry->question) : NULL,
                           memory);
}

/* Collects cards once each, in the order they come. */
typedef struct
{
  PursuitPracticeDeck *deck;
  GPtrArray *cards;
  GHashTable *seen;
  GHashTable *roles_seen;     /* roles whose questions (any category) are all in */
} Collector;

static void
collect (Collector  *collector,
         const char *question_id)
{
  PursuitCard *card;

  if (g_hash_table_contains (collector->seen, question_id))
    return;
  card = pursuit_practice_deck_dup_card (collector->deck, question_id);
  if (card == NULL)
    return;
  g_hash_table_add (collector->seen, card->question_id);
  g_ptr_array_add (collector->cards, card);
}

static void
collector_init (Collector           *collector,
                PursuitPracticeDeck *deck)
{
  collector->deck = deck;
  collector->cards = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_card_free);
  collector->seen = g_hash_table_new (g_str_hash, g_str_equal);
  collector->roles_seen = g_hash_table_new (g_str_hash, g_str_equal);
}

static GPtrArray *
collector_finish (Collector *collector)
{
  g_hash_table_unref (collector->seen);
  g_hash_table_unref (collector->roles_seen);
  return collector->cards;
}

static int
compare_for_starting (gconstpointer a,
                      gconstpointer b)
{
  const DeckQuestion *entry_a = *(DeckQuestion * const *) a;
  const DeckQuestion *entry_b = *(DeckQuestion * const *) b;
  int difficulty_a = pursuit_question_get_difficulty (entry_a->question);
  int difficulty_b = pursuit_question_get_difficulty (entry_b->question);

  /* The user's questions have no difficulty: they come after the bank's. */
  if (difficulty_a == 0)
    difficulty_a = G_MAXINT;
  if (difficulty_b == 0)
    difficulty_b = G_MAXINT;
  if (difficulty_a != difficulty_b)
    return difficulty_a < difficulty_b ? -1 : 1;
  return (entry_a->order > entry_b->order) - (entry_a->order < entry_b->order);
}

static gboolean
entry_matches (DeckQuestion *entry,
               const char   *role,
               const char   *category)
{
  if (category != NULL && g_strcmp0 (pursuit_question_get_category (entry->question), category) != 0)
    return FALSE;
  if (role == NULL)
    return entry->job_id == 0;
  if (entry->role != NULL || entry->job_id != 0)
    return g_strcmp0 (entry->role, role) == 0;
  return pursuit_question_has_role (entry->question, role);
}

/* The questions of @role (or, for NULL, every question but those of a job)
 * and @category (NULL: any), in the order to start them. */
static void
collect_matching (Collector  *collector,
                  const char *role,
                  const char *category)
{
  g_autoptr(GPtrArray) matching = NULL;

  /* Every job of a role would collect the same questions again: with
   * thousands of jobs, once is enough, and the cards are the same. */
  if (role != NULL && category == NULL)
    {
      if (g_hash_table_contains (collector->roles_seen, role))
        return;
      g_hash_table_add (collector->roles_seen, (gpointer) role);
    }
  matching = g_ptr_array_new ();
  for (guint i = 0; i < collector->deck->entries->len; i++)
    {
      DeckQuestion *entry = g_ptr_array_index (collector->deck->entries, i);

      if (entry_matches (entry, role, category))
        g_ptr_array_add (matching, entry);
    }
  g_ptr_array_sort (matching, compare_for_starting);
  for (guint i = 0; i < matching->len; i++)
    collect (collector, pursuit_question_get_id (((DeckQuestion *) g_ptr_array_index (matching, i))->question));
}

static void
collect_job_set (Collector *collector,
                 guint      position)
{
  gint64 job_id = job_id_at (collector->deck, position);
  GPtrArray *pinned = get_pins (collector->deck, job_id);
  const char *role = job_role (collector->deck, position);

  for (guint i = 0; g_hash_table_contains (collector->deck->own_questions, &job_id) &&
                    i < collector->deck->entries->len; i++)
    {
      DeckQuestion *entry = g_ptr_array_index (collector->deck->entries, i);

      if (entry->job_id == job_id)
        collect (collector, pursuit_question_get_id (entry->question));
    }
  for (guint i = 0; pinned != NULL && i < pinned->len; i++)
    collect (collector, g_ptr_array_index (pinned, i));
  if (role != NULL)
    collect_matching (collector, role, NULL);
}

/**
 * pursuit_practice_deck_dup_job_set:
 *
 * Returns: (transfer full) (element-type PursuitCard): the job's practice
 *   set (its own questions, those pinned to it, its role's), empty for a
 *   job never added
 */
GPtrArray *
pursuit_practice_deck_dup_job_set (PursuitPracticeDeck *self,
                                   gint64               job_id)
{
  Collector collector;
  guint position;

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), NULL);

  collector_init (&collector, self);
  if (find_job (self, job_id, &position))
    collect_job_set (&collector, position);
  return collector_finish (&collector);
}

/* Two places of jobs with an interview: the sooner one first, and for the
 * same time, the model's order. */
static int
compare_jobs_by_interview (gconstpointer a,
                           gconstpointer b,
                           gpointer      user_data)
{
  PursuitPracticeDeck *self = user_data;
  guint position_a = *(const guint *) a;
  guint position_b = *(const guint *) b;
  gint64 at_a = job_interview_at (self, position_a);
  gint64 at_b = job_interview_at (self, position_b);

  if (at_a != at_b)
    return at_a < at_b ? -1 : 1;
  return (position_a > position_b) - (position_a < position_b);
}

/**
 * pursuit_practice_deck_dup_cards:
 *
 * Everything the user practises: the sets of their jobs (the soonest
 * interview first), the questions of the roles they chose, their general
 * questions, and any question ever answered, so that it comes back when due.
 *
 * Returns: (transfer full) (element-type PursuitCard): the cards, each
 *   once, new ones in the order to start them
 */
GPtrArray *
pursuit_practice_deck_dup_cards (PursuitPracticeDeck *self)
{
  g_autoptr(GArray) soonest = g_array_new (FALSE, FALSE, sizeof (guint));
  Collector collector;

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), NULL);

  collector_init (&collector, self);
  /* The jobs with an interview, the soonest first, then the others in the
   * model's order. */
  for (guint i = 0; i < self->n_jobs; i++)
    {
      if (!job_is_archived (self, i) && (self->marks[i] & MARK_INTERVIEW) != 0)
        g_array_append_val (soonest, i);
    }
  g_array_sort_with_data (soonest, compare_jobs_by_interview, self);
  for (guint i = 0; i < soonest->len; i++)
    collect_job_set (&collector, g_array_index (soonest, guint, i));
  for (guint i = 0; i < self->n_jobs; i++)
    {
      if (!job_is_archived (self, i) && (self->marks[i] & MARK_INTERVIEW) == 0)
        collect_job_set (&collector, i);
    }
  for (guint i = 0; i < self->roles->len; i++)
    collect_matching (&collector, g_ptr_array_index (self->roles, i), NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      DeckQuestion *entry = g_ptr_array_index (self->entries, i);

      if (entry->job_id == 0 && entry->role == NULL && g_str_has_prefix (pursuit_question_get_id (entry->question),
                                                                          PURSUIT_CUSTOM_QUESTION_PREFIX))
        collect (&collector, pursuit_question_get_id (entry->question));
    }

  /* Answered questions outside every set still come back. One no longer
   * known (the user deleted their question) has nothing to ask. */
  for (guint i = 0; i < self->entries->len; i++)
    {
      const char *id = pursuit_question_get_id (((DeckQuestion *) g_ptr_array_index (self->entries, i))->question);

      if (g_hash_table_contains (self->memories, id))
        collect (&collector, id);
    }
  return collector_finish (&collector);
}

/**
 * pursuit_practice_deck_dup_matching:
 * @role: (nullable): a role guide's id, or %NULL for every role
 * @category: (nullable): a category id, or %NULL for every category
 *
 * The questions the Guides view lists for a role and a category, to
 * practise them there.
 *
 * Returns: (transfer full) (element-type PursuitCard): the cards, warm-up
 *   questions first
 */
GPtrArray *
pursuit_practice_deck_dup_matching (PursuitPracticeDeck *self,
                                    const char          *role,
                                    const char          *category)
{
  Collector collector;

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), NULL);

  collector_init (&collector, self);
  collect_matching (&collector, role, category);
  return collector_finish (&collector);
}

static PursuitInterviewPlan *
make_job_plan (PursuitPracticeDeck         *self,
               guint                        position,
               const PursuitPracticeLimits *limits,
               gint64                       now,
               GTimeZone                   *zone)
{
  Collector collector;
  g_autoptr(GPtrArray) set = NULL;
  gint64 interview_at = job_interview_at (self, position);

  if (interview_at <= 0)
    return NULL;
  collector_init (&collector, self);
  collect_job_set (&collector, position);
  set = collector_finish (&collector);
  return pursuit_interview_plan_new (job_id_at (self, position), interview_at, set, limits, now, zone);
}

/**
 * pursuit_practice_deck_make_job_plan:
 *
 * Returns: (transfer full) (nullable): the plan for the job's next
 *   interview, or %NULL when it has none
 */
PursuitInterviewPlan *
pursuit_practice_deck_make_job_plan (PursuitPracticeDeck         *self,
                                     gint64                       job_id,
                                     const PursuitPracticeLimits *limits,
                                     gint64                       now,
                                     GTimeZone                   *zone)
{
  guint position;

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), NULL);
  g_return_val_if_fail (limits != NULL, NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  return find_job (self, job_id, &position) ? make_job_plan (self, position, limits, now, zone) : NULL;
}

/**
 * pursuit_practice_deck_make_plans:
 *
 * Returns: (transfer full) (element-type PursuitInterviewPlan): a plan for
 *   each job with an interview still ahead
 */
GPtrArray *
pursuit_practice_deck_make_plans (PursuitPracticeDeck         *self,
                                  const PursuitPracticeLimits *limits,
                                  gint64                       now,
                                  GTimeZone                   *zone)
{
  GPtrArray *plans;

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), NULL);

  plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_interview_plan_free);
  for (guint i = 0; i < self->n_jobs; i++)
    {
      if (!job_is_archived (self, i) && job_interview_at (self, i) > now)
        g_ptr_array_add (plans, make_job_plan (self, i, limits, now, zone));
    }
  return plans;
}

/**
 * pursuit_practice_deck_make_queue:
 * @job_id: a job, to practise its set only; 0 for everything
 * @limits: the daily limits and what today used of them
 *
 * Returns: (transfer full): today's queue
 */
PursuitPracticeQueue *
pursuit_practice_deck_make_queue (PursuitPracticeDeck         *self,
                                  gint64                       job_id,
                                  const PursuitPracticeLimits *limits,
                                  gint64                       now,
                                  GTimeZone                   *zone)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GPtrArray) plans = NULL;

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_DECK (self), NULL);
  g_return_val_if_fail (limits != NULL, NULL);
  g_return_val_if_fail (zone != NULL, NULL);

  if (job_id == 0)
    {
      cards = pursuit_practice_deck_dup_cards (self);
      plans = pursuit_practice_deck_make_plans (self, limits, now, zone);
    }
  else
    {
      PursuitInterviewPlan *plan = pursuit_practice_deck_make_job_plan (self, job_id, limits, now, zone);

      cards = pursuit_practice_deck_dup_job_set (self, job_id);
      plans = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_interview_plan_free);
      if (plan != NULL)
        g_ptr_array_add (plans, plan);
    }
  return pursuit_practice_queue_new (cards, plans, limits, pursuit_practice_day_from_unix (now, zone));
}
