/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pursuit-salary-places.h"
#include "pursuit-salary-private.h"

/* Summaries from −100% to +1000% of the median are kept once made. */
#define MEDIAN_TEXTS 1101

/* The engine is made once from the content and kept: it holds the title
 * matcher's tables and caches what it has read, since real jobs repeat
 * their titles, places and industries. Each of the three texts is cached
 * on its own, as written, so a new combination of known texts costs three
 * lookups; the benchmarks that apply are cached per combination of role,
 * level, country, area and industry. The caches are behind a lock, so the
 * engine may serve a worker thread; what they hold is never changed once
 * made, and lives as long as the engine. */

struct _PursuitSalaryEngine
{
  GObject parent_instance;

  PursuitContent *content;
  PursuitTitleMatcher *titles;
  GHashTable *same_levels;     /* level id -> GPtrArray of level ids with its title */

  GMutex lock;
  GHashTable *title_cache;     /* title -> PursuitTitlePart */
  GHashTable *place_cache;     /* location -> PursuitPlacePart */
  GHashTable *industry_cache;  /* industry -> PursuitIndustryPart */
  GHashTable *benchmark_cache; /* BenchmarkKey -> PursuitSalarySet */
  const char *median_texts[MEDIAN_TEXTS];  /* "+6% vs median" from -100% up, interned */
};

G_DEFINE_FINAL_TYPE (PursuitSalaryEngine, pursuit_salary_engine, G_TYPE_OBJECT)

static void
salary_set_free (gpointer data)
{
  PursuitSalarySet *set = data;

  g_array_unref (set->slots);
  g_array_unref (set->choices);
  g_free (set);
}

typedef struct
{
  const char *role;
  const char *level;
  const char *country;
  const char *area;
  const char *industry;
} BenchmarkKey;

/* Every field is interned or static, so pointers compare. */
static guint
benchmark_key_hash (gconstpointer data)
{
  const BenchmarkKey *key = data;

  return g_direct_hash (key->role) ^ (g_direct_hash (key->level) * 31) ^ (g_direct_hash (key->country) * 131) ^
         (g_direct_hash (key->area) * 521) ^ (g_direct_hash (key->industry) * 1031);
}

static gboolean
benchmark_key_equal (gconstpointer a,
                     gconstpointer b)
{
  const BenchmarkKey *x = a;
  const BenchmarkKey *y = b;

  return x->role == y->role && x->level == y->level && x->country == y->country && x->area == y->area &&
         x->industry == y->industry;
}

static void
pursuit_salary_engine_finalize (GObject *object)
{
  PursuitSalaryEngine *self = PURSUIT_SALARY_ENGINE (object);

  g_clear_pointer (&self->title_cache, g_hash_table_unref);
  g_clear_pointer (&self->place_cache, g_hash_table_unref);
  g_clear_pointer (&self->industry_cache, g_hash_table_unref);
  g_clear_pointer (&self->benchmark_cache, g_hash_table_unref);
  g_clear_pointer (&self->same_levels, g_hash_table_unref);
  g_clear_pointer (&self->titles, pursuit_title_matcher_free);
  g_clear_object (&self->content);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (pursuit_salary_engine_parent_class)->finalize (object);
}

static void
pursuit_salary_engine_class_init (PursuitSalaryEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_salary_engine_finalize;
}

static void
pursuit_salary_engine_init (PursuitSalaryEngine *self)
{
  g_mutex_init (&self->lock);
  self->title_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) pursuit_title_part_free);
  self->place_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) pursuit_place_part_free);
  self->industry_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                (GDestroyNotify) pursuit_industry_part_free);
  self->benchmark_cache = g_hash_table_new_full (benchmark_key_hash, benchmark_key_equal, g_free, salary_set_free);
  self->same_levels = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
}

/* Levels with the same title on different ladders are the same job
 * ("Customer Service Manager" heads the manager guide and is a step on
 * the specialist's ladder), so the pay figures of one serve the other. */
static void
find_same_levels (PursuitSalaryEngine *self)
{
  GPtrArray *roles = pursuit_title_matcher_get_roles (self->titles);

  for (guint i = 0; i < roles->len; i++)
    {
      const PursuitSalaryRole *role = g_ptr_array_index (roles, i);

      for (guint j = 0; j < role->levels->len; j++)
        {
          const PursuitSalaryLevel *level = g_ptr_array_index (role->levels, j);
          GPtrArray *same = g_ptr_array_new ();

          g_ptr_array_add (same, (gpointer) level->id);
          for (guint k = 0; k < roles->len; k++)
            {
              const PursuitSalaryRole *other = g_ptr_array_index (roles, k);

              for (guint m = 0; k != i && m < other->levels->len; m++)
                {
                  const PursuitSalaryLevel *candidate = g_ptr_array_index (other->levels, m);

                  if (g_ascii_strcasecmp (candidate->english_title, level->english_title) == 0)
                    g_ptr_array_add (same, (gpointer) candidate->id);
                }
            }
          g_hash_table_insert (self->same_levels, (gpointer) level->id, same);
        }
    }
}

/**
 * pursuit_salary_engine_new:
 *
 * Reads the guides' aliases and ladders and the salary records of
 * @content once. Keep the engine for the life of the app: it caches what
 * it reads of each title, location and industry text, as written (so a
 * reason quotes the text the user sees), and the benchmarks of each
 * combination. It may be used from several threads at once.
 */
PursuitSalaryEngine *
pursuit_salary_engine_new (PursuitContent *content)
{
  PursuitSalaryEngine *self;

  g_return_val_if_fail (PURSUIT_IS_CONTENT (content), NULL);

  self = g_object_new (PURSUIT_TYPE_SALARY_ENGINE, NULL);
  self->content = g_object_ref (content);
  self->titles = pursuit_title_matcher_new (content);
  find_same_levels (self);
  return self;
}

PursuitContent *
pursuit_salary_engine_get_content (PursuitSalaryEngine *self)
{
  return self->content;
}

PursuitTitleMatcher *
pursuit_salary_engine_get_titles (PursuitSalaryEngine *self)
{
  return self->titles;
}

/**
 * pursuit_salary_engine_list_roles:
 *
 * Returns: (transfer container) (element-type PursuitSalaryOption): the
 *   roles a job can be benchmarked as (the guides), for a choice by hand
 */
GPtrArray *
pursuit_salary_engine_list_roles (PursuitSalaryEngine *self)
{
  GPtrArray *roles;
  GPtrArray *options;

  g_return_val_if_fail (PURSUIT_IS_SALARY_ENGINE (self), NULL);

  roles = pursuit_title_matcher_get_roles (self->titles);
  options = g_ptr_array_new_full (roles->len, g_free);
  for (guint i = 0; i < roles->len; i++)
    {
      const PursuitSalaryRole *role = g_ptr_array_index (roles, i);
      PursuitSalaryOption *option = g_new (PursuitSalaryOption, 1);

      *option = (PursuitSalaryOption) { role->id, role->title };
      g_ptr_array_add (options, option);
    }
  return options;
}

/**
 * pursuit_salary_engine_list_levels:
 * @role: a role id
 *
 * Returns: (transfer container) (element-type PursuitSalaryOption): the
 *   ladder levels of @role from the lowest; empty for an unknown role
 */
GPtrArray *
pursuit_salary_engine_list_levels (PursuitSalaryEngine *self,
                                   const char          *role)
{
  const PursuitSalaryRole *found;
  GPtrArray *options = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PURSUIT_IS_SALARY_ENGINE (self), options);

  found = pursuit_title_matcher_find_role (self->titles, role);
  for (guint i = 0; found != NULL && i < found->levels->len; i++)
    {
      const PursuitSalaryLevel *level = g_ptr_array_index (found->levels, i);
      PursuitSalaryOption *option = g_new (PursuitSalaryOption, 1);

      *option = (PursuitSalaryOption) { level->id, level->title };
      g_ptr_array_add (options, option);
    }
  return options;
}

typedef gpointer (*MakePart) (PursuitSalaryEngine *self,
                              const char          *text);

/* Looks @text up in @cache, reading it with @make when it is new. Called
 * with the lock held. */
static gpointer
cached (PursuitSalaryEngine *self,
        GHashTable          *cache,
        const char          *text,
        MakePart             make)
{
  const char *key = text != NULL ? text : "";
  gpointer part = g_hash_table_lookup (cache, key);

  if (part == NULL)
    {
      part = make (self, key);
      g_hash_table_insert (cache, g_strdup (key), part);
    }
  return part;
}

static gpointer
make_title_part (PursuitSalaryEngine *self,
                 const char          *title)
{
  return pursuit_title_matcher_match (self->titles, title);
}

static gpointer
make_place_part (PursuitSalaryEngine *self,
                 const char          *location)
{
  return pursuit_place_part_new (location);
}

static gpointer
make_industry_part (PursuitSalaryEngine *self,
                    const char          *industry)
{
  return pursuit_industry_part_new (industry);
}

static gboolean
is_country_code (const char *code)
{
  return code != NULL && strlen (code) == 2 && g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]);
}

/* The role the user chose, and a level for it: the chosen one when it
 * belongs to the role, else the level of the same seniority on the
 * role's ladder as the one the title gave. */
static void
apply_role_choice (PursuitSalaryEngine      *self,
                   const PursuitSalaryQuery *query,
                   PursuitSalaryResolved    *resolved)
{
  const PursuitSalaryRole *chosen_role = pursuit_title_matcher_find_role (self->titles, query->role);
  const PursuitSalaryRole *level_role = NULL;
  const PursuitSalaryLevel *chosen_level = pursuit_title_matcher_find_level (self->titles, query->level, &level_role);

  if (chosen_level != NULL && (chosen_role == NULL || chosen_role == level_role))
    {
      resolved->role = level_role;
      resolved->level = chosen_level;
      resolved->role_chosen = TRUE;
      return;
    }

  if (chosen_role != NULL && chosen_role != resolved->role)
    {
      const PursuitSalaryLevel *matched = resolved->level;

      resolved->role = chosen_role;
      resolved->level = matched != NULL ? pursuit_salary_find_ladder_level (chosen_role, matched->seniority) : NULL;
      resolved->role_chosen = TRUE;
    }
  else if (chosen_role != NULL)
    resolved->role_chosen = TRUE;
}

/**
 * pursuit_salary_engine_resolve:
 *
 * Reads the three texts of @query (from the caches when seen before) and
 * lets the user's choices win over them.
 */
void
pursuit_salary_engine_resolve (PursuitSalaryEngine      *self,
                               const PursuitSalaryQuery *query,
                               PursuitSalaryResolved    *resolved)
{
  memset (resolved, 0, sizeof *resolved);

  g_mutex_lock (&self->lock);
  resolved->title = cached (self, self->title_cache, query->title, make_title_part);
  resolved->place = cached (self, self->place_cache, query->location, make_place_part);
  resolved->industry_part = cached (self, self->industry_cache, query->industry, make_industry_part);
  g_mutex_unlock (&self->lock);

  resolved->role = resolved->title->role;
  resolved->level = resolved->title->level;
  resolved->role_confidence = resolved->title->confidence;
  apply_role_choice (self, query, resolved);
  if (resolved->role_chosen)
    resolved->role_confidence = PURSUIT_SALARY_CONFIDENCE_CHOSEN;

  if (is_country_code (query->country))
    {
      resolved->country = g_intern_string (query->country);
      resolved->area = pursuit_salary_country_get_area (query->country);
      resolved->place_confidence = PURSUIT_SALARY_CONFIDENCE_CHOSEN;
      resolved->country_chosen = TRUE;
    }
  else
    pursuit_place_part_resolve (resolved->place, query->home_country, &resolved->country, &resolved->area,
                                &resolved->place_confidence);

  resolved->industry = resolved->industry_part->industry;
  resolved->industry_confidence = resolved->industry_part->confidence;
}

static gboolean
level_applies (PursuitSalaryEngine         *self,
               const PursuitSalaryResolved *resolved,
               const char                  *level)
{
  GPtrArray *same;

  if (resolved->level == NULL)
    return FALSE;
  same = g_hash_table_lookup (self->same_levels, resolved->level->id);
  for (guint i = 0; same != NULL && i < same->len; i++)
    if (g_str_equal (g_ptr_array_index (same, i), level))
      return TRUE;
  return FALSE;
}

/* A record applies to a job when it is for the job's role (or its level,
 * on any ladder), for the job's country (a record with a country) or area
 * (a record with only an area), and for the job's industry when it names
 * one. */
static gboolean
record_applies (PursuitSalaryEngine         *self,
                const PursuitSalaryResolved *resolved,
                const PursuitSalaryRecord   *record)
{
  if (record->level != NULL ? !level_applies (self, resolved, record->level)
                            : g_strcmp0 (record->role, resolved->role->id) != 0)
    return FALSE;
  if (record->industry != NULL && g_strcmp0 (record->industry, resolved->industry) != 0)
    return FALSE;
  if (record->country != NULL)
    return g_strcmp0 (record->country, resolved->country) == 0;
  if (record->area != NULL)
    return g_strcmp0 (record->area, resolved->area) == 0;
  return TRUE;
}

static PursuitSalaryScope
scope_of (const PursuitSalaryRecord *record)
{
  if (record->level != NULL)
    return PURSUIT_SALARY_SCOPE_LEVEL;
  if (record->industry != NULL)
    return PURSUIT_SALARY_SCOPE_INDUSTRY;
  if (g_str_has_prefix (record->statistic, "starting-"))
    return PURSUIT_SALARY_SCOPE_STARTING;
  if (record->country != NULL)
    return PURSUIT_SALARY_SCOPE_COUNTRY;
  return PURSUIT_SALARY_SCOPE_AREA;
}

/* The other end of a range: the same figure in every respect but its
 * statistic. */
static gboolean
is_partner (const PursuitSalaryRecord *low,
            const PursuitSalaryRecord *high,
            const char                *high_statistic)
{
  return g_strcmp0 (high->statistic, high_statistic) == 0 && g_strcmp0 (low->role, high->role) == 0 &&
         g_strcmp0 (low->level, high->level) == 0 && g_strcmp0 (low->experience, high->experience) == 0 &&
         g_strcmp0 (low->country, high->country) == 0 && g_strcmp0 (low->area, high->area) == 0 &&
         g_strcmp0 (low->industry, high->industry) == 0 && g_strcmp0 (low->currency, high->currency) == 0 &&
         g_strcmp0 (low->period, high->period) == 0 && g_strcmp0 (low->source, high->source) == 0 &&
         low->year == high->year;
}

static const char *
high_statistic_of (const char *statistic)
{
  if (g_strcmp0 (statistic, "range-low") == 0)
    return "range-high";
  if (g_strcmp0 (statistic, "starting-low") == 0)
    return "starting-high";
  return NULL;
}

static GArray *
select_benchmarks (PursuitSalaryEngine         *self,
                   const PursuitSalaryResolved *resolved)
{
  GPtrArray *records = pursuit_content_get_salary_records (self->content);
  GArray *slots = g_array_new (FALSE, TRUE, sizeof (PursuitSalarySlot));
  g_autoptr(GHashTable) paired = g_hash_table_new (NULL, NULL);

  if (resolved->role == NULL)
    return slots;

  for (guint i = 0; i < records->len; i++)
    {
      const PursuitSalaryRecord *record = g_ptr_array_index (records, i);
      const char *high_statistic = high_statistic_of (record->statistic);
      PursuitSalarySlot slot = { 0 };

      if (g_hash_table_contains (paired, record) || !record_applies (self, resolved, record))
        continue;

      slot.scope = scope_of (record);
      slot.record = record;
      for (guint j = 0; high_statistic != NULL && j < records->len && slot.record_high == NULL; j++)
        {
          const PursuitSalaryRecord *other = g_ptr_array_index (records, j);

          if (is_partner (record, other, high_statistic))
            {
              slot.record_high = other;
              g_hash_table_add (paired, (gpointer) other);
            }
        }
      g_array_append_val (slots, slot);
    }

  return slots;
}

/* The choices of the list row, made once per currency the slots are in:
 * the row compares pay only in its own currency. */
static GArray *
make_choices (GArray                      *slots,
              const PursuitSalaryResolved *resolved)
{
  GArray *choices = g_array_new (FALSE, FALSE, sizeof (PursuitSalaryChoice));

  for (guint i = 0; i < slots->len; i++)
    {
      const char *currency = g_array_index (slots, PursuitSalarySlot, i).record->currency;
      PursuitSalaryChoice choice = { currency, -1, -1 };
      gboolean known = FALSE;

      for (guint j = 0; j < choices->len && !known; j++)
        known = g_strcmp0 (g_array_index (choices, PursuitSalaryChoice, j).currency, currency) == 0;
      if (known || currency == NULL)
        continue;
      choice.point = pursuit_salary_choose_slot (slots, FALSE, resolved->level, currency, FALSE);
      choice.range = pursuit_salary_choose_slot (slots, TRUE, resolved->level, currency, FALSE);
      g_array_append_val (choices, choice);
    }
  return choices;
}

/**
 * pursuit_salary_engine_get_set:
 *
 * Returns: (transfer none): the benchmarks that apply to @resolved, in the
 *   order of salaries.xml, a range as one slot, with the list row's choices
 */
const PursuitSalarySet *
pursuit_salary_engine_get_set (PursuitSalaryEngine         *self,
                               const PursuitSalaryResolved *resolved)
{
  BenchmarkKey key = {
    resolved->role != NULL ? resolved->role->id : NULL,
    resolved->level != NULL ? resolved->level->id : NULL,
    resolved->country,
    resolved->area,
    resolved->industry,
  };
  PursuitSalarySet *set;

  g_mutex_lock (&self->lock);
  set = g_hash_table_lookup (self->benchmark_cache, &key);
  if (set == NULL)
    {
      set = g_new0 (PursuitSalarySet, 1);
      set->slots = select_benchmarks (self, resolved);
      set->choices = make_choices (set->slots, resolved);
      g_hash_table_insert (self->benchmark_cache, g_memdup2 (&key, sizeof key), set);
    }
  g_mutex_unlock (&self->lock);

  return set;
}

/**
 * pursuit_salary_engine_median_text:
 * @percent: pay against a median, in percent
 *
 * Returns: (transfer none): "+6% vs median", "−12% vs median", "at median"
 *   when it rounds to 0; interned
 */
const char *
pursuit_salary_engine_median_text (PursuitSalaryEngine *self,
                                   double               percent)
{
  int whole = (int) round (percent);
  int index = whole + 100;
  const char *text;
  char buffer[128];

  if (index >= 0 && index < MEDIAN_TEXTS && (text = g_atomic_pointer_get (&self->median_texts[index])) != NULL)
    return text;

  if (whole == 0)
    /* Translators: a job's pay against the median, in the jobs list */
    text = g_intern_static_string (_("at median"));
  else
    {
      /* Translators: a job's pay against the median, in the jobs list: “+6% vs median”, “−12% vs median” */
      g_snprintf (buffer, sizeof buffer, whole > 0 ? _("+%d%% vs median") : _("−%d%% vs median"), ABS (whole));
      text = g_intern_string (buffer);
    }

  if (index >= 0 && index < MEDIAN_TEXTS)
    g_atomic_pointer_set (&self->median_texts[index], text);
  return text;
}

/* Match */

G_DEFINE_BOXED_TYPE (PursuitSalaryMatch, pursuit_salary_match, pursuit_salary_match_ref, pursuit_salary_match_unref)

PursuitSalaryMatch *
pursuit_salary_match_ref (PursuitSalaryMatch *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
pursuit_salary_match_unref (PursuitSalaryMatch *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->role_reason);
  g_free (self->place_reason);
  g_free (self->industry_reason);
  g_free (self);
}

/**
 * pursuit_salary_confidence_get_label:
 *
 * Returns: the word shown for a confidence: "Exact", "Close", "Guessed",
 *   "No match", "Chosen by you"
 */
const char *
pursuit_salary_confidence_get_label (PursuitSalaryConfidence confidence)
{
  switch (confidence)
    {
    case PURSUIT_SALARY_CONFIDENCE_GUESSED:
      /* Translators: how sure a salary match is */
      return _("Guessed match");
    case PURSUIT_SALARY_CONFIDENCE_CLOSE:
      /* Translators: how sure a salary match is */
      return _("Close match");
    case PURSUIT_SALARY_CONFIDENCE_EXACT:
      /* Translators: how sure a salary match is */
      return _("Exact match");
    case PURSUIT_SALARY_CONFIDENCE_CHOSEN:
      /* Translators: how sure a salary match is: the user chose it */
      return _("Chosen by you");
    case PURSUIT_SALARY_CONFIDENCE_NONE:
    default:
      /* Translators: how sure a salary match is: nothing matched */
      return _("No match");
    }
}

static char *
chosen_reason (const char *text,
               const char *target)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (trimmed[0] == '\0')
    /* Translators: %s is a role, level or country the user chose, “Germany” */
    return g_strdup_printf (_("%s: chosen by you"), target);
  /* Translators: a job's title or location, and what the user chose instead: “Team Lead → Contact Center Team Lead: chosen by you” */
  return g_strdup_printf (_("%s → %s: chosen by you"), trimmed, target);
}

static char *
explain_industry (PursuitSalaryEngine         *self,
                  const PursuitSalaryResolved *resolved,
                  const char                  *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));
  const PursuitIndustryPart *part = resolved->industry_part;
  const char *name;
  g_autofree char *why = NULL;

  if (part->industry == NULL)
    return trimmed[0] == '\0' ? g_strdup (_("No industry given"))
      /* Translators: %s is a job's industry as the user wrote it */
      : g_strdup_printf (_("No industry figures for “%s”"), trimmed);

  name = pursuit_content_get_name (self->content, part->industry);
  if (part->confidence == PURSUIT_SALARY_CONFIDENCE_EXACT)
    why = g_strdup (_("the industry by name"));
  else if (part->confidence == PURSUIT_SALARY_CONFIDENCE_CLOSE)
    /* Translators: %s is a word of a job's industry, “banking” */
    why = g_strdup_printf (_("“%s” is read as this industry"), part->word);
  else
    /* Translators: %s is a word of a job's industry, “insurance” */
    why = g_strdup_printf (_("“%s” is counted with this industry"), part->word);

  /* Translators: why a job's industry matched one of the salary data: “Banking → Financial services: “banking” is read as this industry” */
  return g_strdup_printf (_("%s → %s: %s"), trimmed, name, why);
}

static const char *
role_target (const PursuitSalaryResolved *resolved)
{
  return resolved->level != NULL ? resolved->level->title : resolved->role->title;
}

PursuitSalaryMatch *
pursuit_salary_engine_make_match (PursuitSalaryEngine         *self,
                                  const PursuitSalaryQuery    *query,
                                  const PursuitSalaryResolved *resolved)
{
  PursuitSalaryMatch *match = g_new0 (PursuitSalaryMatch, 1);

  g_atomic_ref_count_init (&match->ref_count);

  match->role = resolved->role != NULL ? resolved->role->id : NULL;
  match->level = resolved->level != NULL ? resolved->level->id : NULL;
  match->role_confidence = resolved->role_confidence;
  match->role_reason = resolved->role_chosen ? chosen_reason (query->title, role_target (resolved))
                                             : g_strdup (resolved->title->reason);

  match->country = resolved->country;
  match->area = resolved->area;
  match->place_confidence = resolved->place_confidence;
  if (resolved->country_chosen)
    {
      const char *name = pursuit_salary_country_get_name (resolved->country);

      match->place_reason = chosen_reason (query->location, name != NULL ? name : resolved->country);
    }
  else
    match->place_reason = pursuit_place_part_explain (resolved->place, self->content, query->location,
                                                      query->home_country);

  match->industry = resolved->industry;
  match->industry_confidence = resolved->industry_confidence;
  match->industry_reason = explain_industry (self, resolved, query->industry);

  return match;
}

/**
 * pursuit_salary_engine_match:
 * @query: the job's title, location and industry, the home country, and
 *   the user's choices
 *
 * Reads what the job is: role and level from the title, country and area
 * from the location (or the home country), industry from its text, each
 * with a confidence and a reason. The user's choices win.
 *
 * Returns: (transfer full): the match
 */
PursuitSalaryMatch *
pursuit_salary_engine_match (PursuitSalaryEngine      *self,
                             const PursuitSalaryQuery *query)
{
  PursuitSalaryResolved resolved;

  g_return_val_if_fail (PURSUIT_IS_SALARY_ENGINE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  pursuit_salary_engine_resolve (self, query, &resolved);
  return pursuit_salary_engine_make_match (self, query, &resolved);
}
