/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pursuit-content.h"
#include "pursuit-money.h"
#include "pursuit-validation.h"
#include "pursuit-content-data.h"

/* The knowledge Pursuit ships: guides, FAQ, interview questions, salary
 * figures, self-checks and their sources, read from data/content/ (compiled
 * into the resource bundle) at start-up. */

typedef struct
{
  PursuitSearchHitKind kind;
  const char *guide_id;
  const char *anchor_id;
  char *title;
  char *folded;               /* everything searchable, casefolded */
  char *folded_title;
  GPtrArray *leaves;          /* PursuitContentNode with text, for snippets */
} SearchUnit;

struct _PursuitContent
{
  GObject parent_instance;

  GPtrArray *roots;           /* PursuitContentNode, owned */
  GHashTable *by_id;          /* id -> PursuitContentNode */
  GPtrArray *duplicate_ids;   /* problems found while indexing */
  GListStore *guides;
  GListStore *questions;
  GListStore *self_checks;
  GPtrArray *salary_records;  /* PursuitSalaryRecord */
  GPtrArray *salary_nodes;    /* the <record> of each, same order */
  GPtrArray *sources;         /* PursuitContentNode <source> */
  GPtrArray *categories;      /* PursuitContentNode <category> */
  GPtrArray *competencies;    /* PursuitContentNode <competency> */
  GPtrArray *vocabulary;      /* PursuitContentNode <word> */
  GPtrArray *search_units;    /* SearchUnit, made by the first search */
  GHashTable *titles;         /* normalized alias or title -> TitleMatch */
  GPtrArray *files;           /* GBytes of every file read, for the digest */
  char *digest;               /* worked out when first asked for */
};

/* What a job title names: the first guide, in the guides' order, with an
 * alias or a title that reads the same, and the level of that alias. */
typedef struct
{
  PursuitGuide *guide;        /* the guides store keeps it */
  const char *level_id;       /* the alias's, or NULL */
} TitleMatch;

G_DEFINE_FINAL_TYPE (PursuitContent, pursuit_content, G_TYPE_OBJECT)

static void
search_unit_free (SearchUnit *unit)
{
  g_free (unit->title);
  g_free (unit->folded);
  g_free (unit->folded_title);
  g_ptr_array_unref (unit->leaves);
  g_free (unit);
}

void
pursuit_search_hit_free (PursuitSearchHit *hit)
{
  if (hit == NULL)
    return;

  g_free (hit->guide_id);
  g_free (hit->anchor_id);
  g_free (hit->title);
  g_free (hit->snippet);
  g_free (hit);
}

static void
pursuit_content_finalize (GObject *object)
{
  PursuitContent *self = PURSUIT_CONTENT (object);

  g_clear_pointer (&self->search_units, g_ptr_array_unref);
  g_clear_pointer (&self->titles, g_hash_table_unref);
  g_clear_object (&self->guides);
  g_clear_object (&self->questions);
  g_clear_object (&self->self_checks);
  g_clear_pointer (&self->salary_records, g_ptr_array_unref);
  g_clear_pointer (&self->salary_nodes, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->competencies, g_ptr_array_unref);
  g_clear_pointer (&self->vocabulary, g_ptr_array_unref);
  g_clear_pointer (&self->duplicate_ids, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->roots, g_ptr_array_unref);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_free (self->digest);

  G_OBJECT_CLASS (pursuit_content_parent_class)->finalize (object);
}

static void
pursuit_content_class_init (PursuitContentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_content_finalize;
}

static void
pursuit_content_init (PursuitContent *self)
{
  self->roots = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_content_node_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->duplicate_ids = g_ptr_array_new_with_free_func (g_free);
  self->guides = g_list_store_new (PURSUIT_TYPE_GUIDE);
  self->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->questions = g_list_store_new (PURSUIT_TYPE_QUESTION);
  self->self_checks = g_list_store_new (PURSUIT_TYPE_SELF_CHECK);
  self->salary_records = g_ptr_array_new_with_free_func (g_free);
  self->salary_nodes = g_ptr_array_new ();
  self->sources = g_ptr_array_new ();
  self->categories = g_ptr_array_new ();
  self->competencies = g_ptr_array_new ();
  self->vocabulary = g_ptr_array_new ();
  self->files = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
}

static void
index_ids (PursuitContent     *self,
           PursuitContentNode *node)
{
  const char *id = pursuit_content_node_get_attribute (node, "id");

  if (id != NULL)
    {
      PursuitContentNode *other = g_hash_table_lookup (self->by_id, id);

      if (other != NULL)
        g_ptr_array_add (self->duplicate_ids,
                         g_strdup_printf ("%s:%d: id “%s” is already used at %s:%d",
                                          pursuit_content_node_get_file (node), pursuit_content_node_get_line (node), id,
                                          pursuit_content_node_get_file (other), pursuit_content_node_get_line (other)));
      else
        g_hash_table_insert (self->by_id, (gpointer) id, node);
    }

  for (PursuitContentNode *child = pursuit_content_node_get_first_child (node); child != NULL;
       child = pursuit_content_node_get_next_sibling (child))
    index_ids (self, child);
}

static double
parse_number (const char *text,
              double      fallback)
{
  char *end = NULL;
  double value;

  if (text == NULL || text[0] == '\0')
    return fallback;

  value = g_ascii_strtod (text, &end);
  return end != NULL && *end == '\0' ? value : fallback;
}

static void
add_salary_record (PursuitContent     *self,
                   PursuitContentNode *node)
{
  PursuitSalaryRecord *record = g_new0 (PursuitSalaryRecord, 1);

#define ATTRIBUTE(name) pursuit_content_node_get_attribute (node, name)
  record->id = ATTRIBUTE ("id");
  record->role = ATTRIBUTE ("role");
  record->level = ATTRIBUTE ("level");
  record->experience = ATTRIBUTE ("experience");
  record->country = ATTRIBUTE ("country");
  record->area = ATTRIBUTE ("area");
  record->industry = ATTRIBUTE ("industry");
  record->currency = ATTRIBUTE ("currency");
  record->period = ATTRIBUTE ("period");
  record->statistic = ATTRIBUTE ("statistic");
  record->value = parse_number (ATTRIBUTE ("value"), -1);
  record->usd = parse_number (ATTRIBUTE ("usd"), -1);
  record->source = ATTRIBUTE ("source");
  record->year = (int) parse_number (ATTRIBUTE ("year"), 0);
#undef ATTRIBUTE
  record->note = pursuit_content_node_get_child_text (node, "note");
  g_ptr_array_add (self->salary_records, record);
  g_ptr_array_add (self->salary_nodes, node);
}

static void
take_root (PursuitContent     *self,
           PursuitContentNode *root)
{
  g_ptr_array_add (self->roots, root);
  index_ids (self, root);

  if (g_str_equal (pursuit_content_node_get_name (root), "guide"))
    {
      g_autoptr(PursuitGuide) guide = pursuit_guide_new (root);

      g_list_store_append (self->guides, guide);
      return;
    }

  for (PursuitContentNode *child = pursuit_content_node_get_first_child (root); child != NULL;
       child = pursuit_content_node_get_next_sibling (child))
    {
      const char *name = pursuit_content_node_get_name (child);

      if (g_str_equal (name, "question"))
        {
          g_autoptr(PursuitQuestion) question = pursuit_question_new (child);

          g_list_store_append (self->questions, question);
        }
      else if (g_str_equal (name, "selfcheck"))
        {
          g_autoptr(PursuitSelfCheck) check = pursuit_self_check_new (child);

          g_list_store_append (self->self_checks, check);
        }
      else if (g_str_equal (name, "record"))
        add_salary_record (self, child);
      else if (g_str_equal (name, "source"))
        g_ptr_array_add (self->sources, child);
      else if (g_str_equal (name, "category"))
        g_ptr_array_add (self->categories, child);
      else if (g_str_equal (name, "competency"))
        g_ptr_array_add (self->competencies, child);
      else if (g_str_equal (name, "word"))
        g_ptr_array_add (self->vocabulary, child);
    }
}

static double
guide_order (PursuitGuide *guide)
{
  return parse_number (pursuit_content_node_get_attribute (pursuit_guide_get_node (guide), "order"), G_MAXINT);
}

/* By the guides' own order, then full guides first, then by title. */
static int
compare_guides (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  PursuitGuide *guide_a = (PursuitGuide *) a;
  PursuitGuide *guide_b = (PursuitGuide *) b;

  if (guide_order (guide_a) != guide_order (guide_b))
    return guide_order (guide_a) < guide_order (guide_b) ? -1 : 1;

  if (pursuit_guide_is_full (guide_a) != pursuit_guide_is_full (guide_b))
    return pursuit_guide_is_full (guide_a) ? -1 : 1;

  return g_utf8_collate (pursuit_guide_get_title (guide_a), pursuit_guide_get_title (guide_b));
}

static void
collect_leaves (PursuitContentNode *node,
                GPtrArray          *leaves,
                GString            *text)
{
  const char *node_text = pursuit_content_node_get_text (node);

  if (node_text != NULL && node_text[0] != '\0')
    {
      g_ptr_array_add (leaves, node);
      g_string_append (text, node_text);
      g_string_append_c (text, '\n');
    }

  for (PursuitContentNode *child = pursuit_content_node_get_first_child (node); child != NULL;
       child = pursuit_content_node_get_next_sibling (child))
    collect_leaves (child, leaves, text);
}

static void
add_search_unit (GPtrArray            *units,
                 PursuitSearchHitKind  kind,
                 const char           *guide_id,
                 const char           *anchor_id,
                 char                 *title,
                 PursuitContentNode   *node)
{
  SearchUnit *unit = g_new0 (SearchUnit, 1);
  g_autoptr(GString) text = g_string_new (NULL);

  unit->kind = kind;
  unit->guide_id = guide_id;
  unit->anchor_id = anchor_id;
  unit->title = title;
  unit->folded_title = g_utf8_casefold (title, -1);
  unit->leaves = g_ptr_array_new ();
  collect_leaves (node, unit->leaves, text);
  unit->folded = g_utf8_casefold (text->str, -1);
  g_ptr_array_add (units, unit);
}

/* A copy of all the text, casefolded: made when the user first searches
 * the guides, not at every start (the content is loaded for the jobs
 * list's pay, and most runs never search it). */
static GPtrArray *
build_search_index (PursuitContent *self)
{
  GPtrArray *units = g_ptr_array_new_with_free_func ((GDestroyNotify) search_unit_free);
  guint n_guides = g_list_model_get_n_items (G_LIST_MODEL (self->guides));
  guint n_questions = g_list_model_get_n_items (G_LIST_MODEL (self->questions));

  for (guint i = 0; i < n_guides; i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (G_LIST_MODEL (self->guides), i);
      g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
      g_autoptr(GPtrArray) faq = pursuit_guide_get_faq (guide);
      const char *guide_id = pursuit_guide_get_id (guide);
      const char *guide_title = pursuit_guide_get_title (guide);
      PursuitContentNode *summary = pursuit_content_node_get_child (pursuit_guide_get_node (guide), "summary");

      if (summary != NULL)
        add_search_unit (units, PURSUIT_SEARCH_HIT_GUIDE, guide_id, guide_id,
                         g_strdup (guide_title), summary);

      for (guint j = 0; j < sections->len; j++)
        {
          PursuitContentNode *section = g_ptr_array_index (sections, j);

          add_search_unit (units, PURSUIT_SEARCH_HIT_SECTION, guide_id,
                           pursuit_content_node_get_attribute (section, "id"),
                           /* Translators: where a search result is: guide › section */
                           g_strdup_printf (_("%s › %s"), guide_title,
                                            pursuit_content_node_get_child_text (section, "title")),
                           section);
        }

      for (guint j = 0; j < faq->len; j++)
        {
          PursuitContentNode *entry = g_ptr_array_index (faq, j);

          add_search_unit (units, PURSUIT_SEARCH_HIT_FAQ, guide_id,
                           pursuit_content_node_get_attribute (entry, "id"),
                           g_strdup_printf (_("%s › %s"), guide_title,
                                            pursuit_content_node_get_child_text (entry, "question")),
                           entry);
        }
    }

  for (guint i = 0; i < n_questions; i++)
    {
      g_autoptr(PursuitQuestion) question = g_list_model_get_item (G_LIST_MODEL (self->questions), i);

      add_search_unit (units, PURSUIT_SEARCH_HIT_QUESTION, NULL, pursuit_question_get_id (question),
                       g_strdup_printf (_("Interview question › %s"), pursuit_question_get_text (question)),
                       pursuit_question_get_node (question));
    }

  return units;
}

static GPtrArray *
get_search_units (PursuitContent *self)
{
  if (g_once_init_enter (&self->search_units))
    g_once_init_leave (&self->search_units, build_search_index (self));
  return self->search_units;
}

static gboolean
load_one (PursuitContent  *self,
          const char      *name,
          GBytes          *bytes,
          GError         **error)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  PursuitContentNode *root = pursuit_content_node_parse (name, data, length, error);

  if (root == NULL)
    return FALSE;

  take_root (self, root);
  /* A resource's bytes are the bundle's own: keeping them costs nothing. */
  g_ptr_array_add (self->files, g_bytes_ref (bytes));
  return TRUE;
}

static char *normalize_title (const char *title);

static void
add_title (PursuitContent *self,
           const char     *text,
           PursuitGuide   *guide,
           const char     *level_id)
{
  g_autofree char *normalized = normalize_title (text);
  TitleMatch *match;

  /* The first to read so wins, as when the guides are tried in turn. */
  if (g_hash_table_contains (self->titles, normalized))
    return;
  match = g_new (TitleMatch, 1);
  match->guide = guide;
  match->level_id = level_id;
  g_hash_table_insert (self->titles, g_steal_pointer (&normalized), match);
}

/* Matching a job's title is one look-up: the practice deck matches every
 * job's, 100,000 of them at the benchmark's size. */
static void
build_title_index (PursuitContent *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->guides));

  g_hash_table_remove_all (self->titles);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (G_LIST_MODEL (self->guides), i);
      g_autoptr(GPtrArray) aliases = pursuit_guide_get_aliases (guide);

      /* A guide's aliases come before its title: an alias gives a level. */
      for (guint j = 0; j < aliases->len; j++)
        {
          PursuitContentNode *alias = g_ptr_array_index (aliases, j);

          add_title (self, pursuit_content_node_get_text (alias), guide, pursuit_content_node_get_attribute (alias, "level"));
        }
      add_title (self, pursuit_guide_get_title (guide), guide, NULL);
    }
}

static void
finish_loading (PursuitContent *self)
{
  g_list_store_sort (self->guides, compare_guides, NULL);
  build_title_index (self);
}

static gboolean
load_resource_folder (PursuitContent  *self,
                      const char      *path,
                      GError         **error)
{
  g_auto(GStrv) children = g_resources_enumerate_children (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (children == NULL)
    return FALSE;

  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *child = g_build_path ("/", path, children[i], NULL);
      g_autoptr(GBytes) bytes = NULL;

      if (g_str_has_suffix (children[i], "/"))
        {
          if (!load_resource_folder (self, child, error))
            return FALSE;
          continue;
        }

      if (!g_str_has_suffix (children[i], ".xml"))
        continue;

      bytes = g_resources_lookup_data (child, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL || !load_one (self, child, bytes, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * pursuit_content_new_from_resource:
 * @resource_path: (nullable): the folder in the resource bundle, or %NULL for
 *   %PURSUIT_CONTENT_RESOURCE_PATH
 */
PursuitContent *
pursuit_content_new_from_resource (const char  *resource_path,
                                   GError     **error)
{
  g_autoptr(PursuitContent) self = g_object_new (PURSUIT_TYPE_CONTENT, NULL);
  static gsize registered = 0;

  /* The bundle lives in a static library: registering it by hand is what
   * makes the linker keep it. */
  if (g_once_init_enter (&registered))
    {
      pursuit_content_data_register_resource ();
      g_once_init_leave (&registered, 1);
    }

  if (!load_resource_folder (self, resource_path != NULL ? resource_path : PURSUIT_CONTENT_RESOURCE_PATH, error))
    return NULL;

  finish_loading (self);
  return g_steal_pointer (&self);
}

static gboolean
load_directory (PursuitContent  *self,
                const char      *path,
                GError         **error)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  /* A stable order gives stable error messages. */
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (path, g_ptr_array_index (names, i), NULL);
      g_autofree char *data = NULL;
      gsize length = 0;
      g_autoptr(GBytes) bytes = NULL;

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          if (!load_directory (self, child, error))
            return FALSE;
          continue;
        }

      if (!g_str_has_suffix (child, ".xml") || !g_file_get_contents (child, &data, &length, error))
        {
          if (error != NULL && *error != NULL)
            return FALSE;
          continue;
        }

      bytes = g_bytes_new_take (g_steal_pointer (&data), length);
      if (!load_one (self, child, bytes, error))
        return FALSE;
    }

  return TRUE;
}

/* For tests and tools that read data/content/ straight from a checkout. */
PursuitContent *
pursuit_content_new_from_directory (const char  *path,
                                    GError     **error)
{
  g_autoptr(PursuitContent) self = g_object_new (PURSUIT_TYPE_CONTENT, NULL);

  if (!load_directory (self, path, error))
    return NULL;

  finish_loading (self);
  return g_steal_pointer (&self);
}

static int
compare_texts (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * pursuit_content_get_digest:
 *
 * A SHA-256 of every file the content was read from, whatever the order
 * they were read in: what was worked out from the content (the Insights
 * tags the database keeps) is worked out again when it changes.
 *
 * Returns: (transfer none): the digest, in hex
 */
const char *
pursuit_content_get_digest (PursuitContent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  if (self->digest == NULL)
    {
      g_autoptr(GPtrArray) each = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GChecksum) all = g_checksum_new (G_CHECKSUM_SHA256);

      for (guint i = 0; i < self->files->len; i++)
        g_ptr_array_add (each, g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, g_ptr_array_index (self->files, i)));
      g_ptr_array_sort (each, compare_texts);
      for (guint i = 0; i < each->len; i++)
        g_checksum_update (all, g_ptr_array_index (each, i), -1);
      self->digest = g_strdup (g_checksum_get_string (all));
    }
  return self->digest;
}

GListModel *
pursuit_content_get_guides (PursuitContent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  return G_LIST_MODEL (self->guides);
}

GListModel *
pursuit_content_get_questions (PursuitContent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  return G_LIST_MODEL (self->questions);
}

GListModel *
pursuit_content_get_self_checks (PursuitContent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  return G_LIST_MODEL (self->self_checks);
}

/**
 * pursuit_content_dup_vocabulary:
 *
 * The skills and tools the guides name, for the keyword match: each entry
 * is its spellings joined by "|", the one to show first ("CRM|customer
 * relationship management").
 *
 * Returns: (transfer full): a %NULL-terminated array
 */
GStrv
pursuit_content_dup_vocabulary (PursuitContent *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  for (guint i = 0; i < self->vocabulary->len; i++)
    {
      g_autoptr(GPtrArray) spellings = pursuit_content_node_get_children_named (g_ptr_array_index (self->vocabulary, i),
                                                                                "spelling");
      g_autoptr(GString) entry = g_string_new (NULL);

      for (guint j = 0; j < spellings->len; j++)
        {
          const char *spelling = pursuit_content_node_get_text (g_ptr_array_index (spellings, j));

          if (spelling == NULL || spelling[0] == '\0')
            continue;
          if (entry->len > 0)
            g_string_append_c (entry, '|');
          g_string_append (entry, spelling);
        }
      if (entry->len > 0)
        g_strv_builder_add (builder, entry->str);
    }

  return g_strv_builder_end (builder);
}

/**
 * pursuit_content_get_salary_records:
 *
 * Returns: (transfer none) (element-type PursuitSalaryRecord): every pay figure
 */
GPtrArray *
pursuit_content_get_salary_records (PursuitContent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  return self->salary_records;
}

GPtrArray *
pursuit_content_get_sources (PursuitContent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  return self->sources;
}

GPtrArray *
pursuit_content_get_categories (PursuitContent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  return self->categories;
}

/**
 * pursuit_content_get_competencies:
 *
 * Returns: (transfer none) (element-type PursuitContentNode): the
 *   <competency> elements of the question bank, in its order
 */
GPtrArray *
pursuit_content_get_competencies (PursuitContent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  return self->competencies;
}

PursuitContentNode *
pursuit_content_find_node (PursuitContent *self,
                           const char     *id)
{
  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

static gpointer
find_in_store (GListStore *store,
               const char *id,
               const char *(*get_id) (gpointer))
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_strcmp0 (get_id (item), id) == 0)
        return item;  /* the store keeps it alive */
    }
  return NULL;
}

/**
 * pursuit_content_find_guide:
 *
 * Returns: (transfer none) (nullable): the guide with @id
 */
PursuitGuide *
pursuit_content_find_guide (PursuitContent *self,
                            const char     *id)
{
  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  return find_in_store (self->guides, id, (const char *(*) (gpointer)) pursuit_guide_get_id);
}

PursuitSelfCheck *
pursuit_content_find_self_check (PursuitContent *self,
                                 const char     *id)
{
  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  return find_in_store (self->self_checks, id, (const char *(*) (gpointer)) pursuit_self_check_get_id);
}

static const struct
{
  const char *code;
  const char *name;
} countries[] = {
  { "AU", N_("Australia") },
  { "CA", N_("Canada") },
  { "DE", N_("Germany") },
  { "GB", N_("United Kingdom") },
  { "IN", N_("India") },
  { "MX", N_("Mexico") },
  { "PL", N_("Poland") },
  { "US", N_("United States") },
};

/**
 * pursuit_content_get_name:
 * @id: an area, industry, category, competency, level or role id, or a
 *   country code
 *
 * Returns: the translated name to show, or @id itself when it has none
 */
const char *
pursuit_content_get_name (PursuitContent *self,
                          const char     *id)
{
  PursuitContentNode *node;

  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  if (id == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    {
      if (g_str_equal (countries[i].code, id))
        return g_dgettext (GETTEXT_PACKAGE, countries[i].name);
    }

  node = pursuit_content_find_node (self, id);
  if (node == NULL)
    return id;

  if (pursuit_content_node_get_child (node, "name") != NULL)
    return pursuit_content_node_get_child_text (node, "name");
  if (pursuit_content_node_get_child (node, "title") != NULL)
    return pursuit_content_node_get_child_text (node, "title");
  return id;
}

/**
 * pursuit_content_format_sources:
 * @source_ids: a source attribute: ids separated by spaces
 *
 * Returns: (transfer full) (nullable): the citations, as "BLS, May 2023; Himalayas, 2025"
 */
char *
pursuit_content_format_sources (PursuitContent *self,
                                const char     *source_ids)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  if (source_ids == NULL || source_ids[0] == '\0')
    return NULL;

  ids = g_strsplit (source_ids, " ", -1);
  text = g_string_new (NULL);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      PursuitContentNode *source = pursuit_content_find_node (self, ids[i]);
      const char *citation;

      if (ids[i][0] == '\0' || source == NULL)
        continue;

      citation = pursuit_content_node_get_child_text (source, "citation");
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, citation != NULL ? citation : ids[i]);
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/**
 * pursuit_content_find_salaries:
 * @role: a role id
 * @by: "level", "area", "country", "industry" or "all"
 *
 * Returns: (transfer container) (element-type PursuitSalaryRecord): the records
 *   of @role that have the dimension @by, in file order
 */
GPtrArray *
pursuit_content_find_salaries (PursuitContent *self,
                               const char     *role,
                               const char     *by)
{
  GPtrArray *found = g_ptr_array_new ();

  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), found);

  for (guint i = 0; i < self->salary_records->len; i++)
    {
      PursuitSalaryRecord *record = g_ptr_array_index (self->salary_records, i);
      gboolean wanted;

      if (g_strcmp0 (record->role, role) != 0)
        continue;

      if (g_strcmp0 (by, "level") == 0)
        wanted = record->level != NULL;
      else if (g_strcmp0 (by, "area") == 0)
        wanted = record->area != NULL && record->level == NULL;
      else if (g_strcmp0 (by, "country") == 0)
        wanted = record->country != NULL && record->level == NULL && record->industry == NULL;
      else if (g_strcmp0 (by, "industry") == 0)
        wanted = record->industry != NULL;
      else
        wanted = TRUE;

      if (wanted)
        g_ptr_array_add (found, record);
    }

  return found;
}

static char *
group_thousands (double   value,
                 gboolean cents)
{
  gboolean whole = value == (double) (gint64) value && !cents;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *digits = whole ? g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value)
                                  : g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));

  return pursuit_group_thousands (digits);
}

/**
 * pursuit_content_format_pay:
 *
 * Returns: (transfer full): the figure as a person reads it: "$39,120 a year",
 *   "€2,500 a month", "$19.08 an hour"
 */
char *
pursuit_content_format_pay (const PursuitSalaryRecord *record)
{
  /* Hourly pay reads in cents ($30.00 beside $28.90); yearly pay does not. */
  g_autofree char *amount = group_thousands (record->value, g_strcmp0 (record->period, "hour") == 0);
  g_autofree char *money = pursuit_format_money_text (amount, record->currency);
  const char *period;

  if (g_strcmp0 (record->period, "hour") == 0)
    period = _("an hour");
  else if (g_strcmp0 (record->period, "month") == 0)
    period = _("a month");
  else if (g_strcmp0 (record->period, "day") == 0)
    period = _("a day");
  else if (g_strcmp0 (record->period, "week") == 0)
    period = _("a week");
  else
    period = _("a year");

  /* Translators: an amount of money and how often it is paid: "$19.08 an hour" */
  return g_strdup_printf (_("%s %s"), money, period);
}

static char *
make_snippet (const char *text,
              const char *folded_term)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  const char *found = strstr (folded, folded_term);
  glong length = g_utf8_strlen (text, -1);
  glong at = found != NULL ? g_utf8_pointer_to_offset (folded, found) : 0;
  glong start;
  glong end;
  g_autoptr(GString) snippet = g_string_new (NULL);

  /* Casefolding rarely changes the length; clamp in case it did. */
  at = MIN (at, length);
  start = MAX (0, at - 60);
  end = MIN (length, start + 160);

  if (start > 0)
    g_string_append (snippet, "…");
  g_string_append_len (snippet, g_utf8_offset_to_pointer (text, start),
                       g_utf8_offset_to_pointer (text, end) - g_utf8_offset_to_pointer (text, start));
  if (end < length)
    g_string_append (snippet, "…");

  return g_string_free (g_steal_pointer (&snippet), FALSE);
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const PursuitSearchHit *hit_a = *(PursuitSearchHit **) a;
  const PursuitSearchHit *hit_b = *(PursuitSearchHit **) b;

  return hit_b->rank - hit_a->rank;
}

/**
 * pursuit_content_search:
 * @query: words to find; every word must appear in the same section, FAQ
 *   entry or question
 *
 * Returns: (transfer full) (element-type PursuitSearchHit): the best hits first
 */
GPtrArray *
pursuit_content_search (PursuitContent *self,
                        const char     *query,
                        guint           max_hits)
{
  GPtrArray *hits = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_search_hit_free);
  g_autofree char *folded_query = NULL;
  g_auto(GStrv) terms = NULL;
  guint n_terms = 0;
  GPtrArray *search_units;

  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), hits);

  if (query == NULL)
    return hits;

  folded_query = g_utf8_casefold (query, -1);
  terms = g_strsplit_set (g_strstrip (folded_query), " \t\n", -1);
  for (guint i = 0; terms[i] != NULL; i++)
    n_terms += terms[i][0] != '\0';
  if (n_terms == 0)
    return hits;

  search_units = get_search_units (self);
  for (guint i = 0; i < search_units->len; i++)
    {
      SearchUnit *unit = g_ptr_array_index (search_units, i);
      const char *first_term = NULL;
      gboolean all = TRUE;
      int rank = 0;

      for (guint t = 0; terms[t] != NULL && all; t++)
        {
          if (terms[t][0] == '\0')
            continue;
          if (first_term == NULL)
            first_term = terms[t];
          if (strstr (unit->folded_title, terms[t]) != NULL)
            rank += 10;
          else if (strstr (unit->folded, terms[t]) == NULL)
            all = FALSE;
          else
            rank += 1;
        }

      if (!all)
        continue;

      {
        PursuitSearchHit *hit = g_new0 (PursuitSearchHit, 1);
        const char *snippet_source = NULL;

        const char *snippet_term = first_term;

        /* The snippet shows the first word found in the text itself; a word
         * that only matched the title (the guide's name) shows the start. */
        for (guint t = 0; terms[t] != NULL && snippet_source == NULL; t++)
          {
            if (terms[t][0] == '\0')
              continue;

            for (guint l = 0; l < unit->leaves->len && snippet_source == NULL; l++)
              {
                const char *leaf = pursuit_content_node_get_text (g_ptr_array_index (unit->leaves, l));
                g_autofree char *folded_leaf = g_utf8_casefold (leaf, -1);

                if (strstr (folded_leaf, terms[t]) != NULL)
                  {
                    snippet_source = leaf;
                    snippet_term = terms[t];
                  }
              }
          }
        if (snippet_source == NULL && unit->leaves->len > 0)
          snippet_source = pursuit_content_node_get_text (g_ptr_array_index (unit->leaves, 0));

        hit->kind = unit->kind;
        hit->guide_id = g_strdup (unit->guide_id);
        hit->anchor_id = g_strdup (unit->anchor_id);
        hit->title = g_strdup (unit->title);
        hit->snippet = snippet_source != NULL ? make_snippet (snippet_source, snippet_term) : g_strdup ("");
        hit->rank = rank;
        g_ptr_array_add (hits, hit);
      }
    }

  g_ptr_array_sort (hits, compare_hits);
  if (max_hits > 0 && hits->len > max_hits)
    g_ptr_array_set_size (hits, max_hits);

  return hits;
}

static char *
normalize_title (const char *title)
{
  g_autofree char *folded = g_utf8_casefold (title, -1);
  GString *result = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (space && result->len > 0)
            g_string_append_c (result, ' ');
          g_string_append_unichar (result, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }

  return g_string_free (result, FALSE);
}

/**
 * pursuit_content_match_title:
 * @level_id: (out) (optional) (transfer none): the ladder level the title names, if any
 *
 * Finds the guide for a job title by its aliases, ignoring case, spacing and
 * punctuation.
 *
 * Returns: (transfer none) (nullable): the guide
 */
PursuitGuide *
pursuit_content_match_title (PursuitContent  *self,
                             const char      *job_title,
                             const char     **level_id)
{
  g_autofree char *wanted = NULL;
  TitleMatch *match;

  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  if (level_id != NULL)
    *level_id = NULL;
  if (job_title == NULL)
    return NULL;

  wanted = normalize_title (job_title);
  match = g_hash_table_lookup (self->titles, wanted);
  if (match == NULL)
    return NULL;
  if (level_id != NULL)
    *level_id = match->level_id;
  return match->guide;
}

typedef struct
{
  PursuitContent *self;
  GPtrArray *problems;
} Checker;

G_GNUC_PRINTF (3, 4)
static void
problem (Checker            *checker,
         PursuitContentNode *node,
         const char         *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (checker->problems, g_strdup_printf ("%s:%d: <%s> %s", pursuit_content_node_get_file (node),
                                                        pursuit_content_node_get_line (node),
                                                        pursuit_content_node_get_name (node), message));
}

static gboolean
is_element (PursuitContentNode *node,
            const char         *name)
{
  return node != NULL && g_str_equal (pursuit_content_node_get_name (node), name);
}

static gboolean
refers_to (Checker    *checker,
           const char *id,
           const char *element)
{
  return is_element (pursuit_content_find_node (checker->self, id), element);
}

static gboolean
is_role (Checker    *checker,
         const char *id)
{
  return pursuit_content_find_guide (checker->self, id) != NULL;
}

static void
check_id_list (Checker            *checker,
               PursuitContentNode *node,
               const char         *attribute,
               const char         *element,
               gboolean            required)
{
  const char *value = pursuit_content_node_get_attribute (node, attribute);
  g_auto(GStrv) ids = NULL;
  guint count = 0;

  if (value == NULL)
    {
      if (required)
        problem (checker, node, "has no %s", attribute);
      return;
    }

  ids = g_strsplit (value, " ", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      gboolean ok;

      if (ids[i][0] == '\0')
        continue;

      count++;
      ok = g_str_equal (element, "role") ? is_role (checker, ids[i]) : refers_to (checker, ids[i], element);
      if (!ok)
        problem (checker, node, "%s “%s” is not a known %s", attribute, ids[i], element);
    }

  if (required && count == 0)
    problem (checker, node, "has an empty %s", attribute);
}

static gboolean
text_is_blank (const char *text)
{
  return text == NULL || text[0] == '\0';
}

/* Sources, blank text and stray references, anywhere in the tree. */
static void
check_tree (Checker            *checker,
            PursuitContentNode *node)
{
  static const char * const text_elements[] = {
    "title", "summary", "p", "item", "label", "value", "name", "caption", "scope",
    "question", "text", "why", "point", "step", "followup", "advice", "choice",
    "citation", "description", "intro", "alias", "spelling", NULL
  };
  guint n_children = pursuit_content_node_get_n_children (node);

  if (pursuit_content_node_get_attribute (node, "source") != NULL)
    check_id_list (checker, node, "source", "source", TRUE);

  if (g_strv_contains (text_elements, pursuit_content_node_get_name (node)) && n_children == 0 &&
      text_is_blank (pursuit_content_node_get_text (node)))
    problem (checker, node, "is empty");

  if (is_element (node, "section") || is_element (node, "subsection") || is_element (node, "term"))
    {
      if (n_children < 2)
        problem (checker, node, "has nothing in it but its title");
    }

  if (is_element (node, "list") || is_element (node, "table") || is_element (node, "focus"))
    {
      if (n_children == 0)
        problem (checker, node, "is empty");
    }

  if (is_element (node, "alias") && pursuit_content_node_get_attribute (node, "level") != NULL)
    check_id_list (checker, node, "level", "level", TRUE);

  if (is_element (node, "role") && !is_role (checker, pursuit_content_node_get_attribute (node, "ref")))
    problem (checker, node, "refers to an unknown role");

  if (is_element (node, "salary-table"))
    {
      static const char * const dimensions[] = { "level", "area", "country", "industry", "all", NULL };
      const char *by = pursuit_content_node_get_attribute (node, "by");
      const char *role = pursuit_content_node_get_attribute (node, "role");
      g_autoptr(GPtrArray) records = NULL;

      if (!is_role (checker, role))
        problem (checker, node, "refers to an unknown role");
      if (by == NULL || !g_strv_contains (dimensions, by))
        problem (checker, node, "has no valid “by”");
      records = pursuit_content_find_salaries (checker->self, role, by);
      if (records->len == 0)
        problem (checker, node, "would show no salary figures");
    }

  for (PursuitContentNode *child = pursuit_content_node_get_first_child (node); child != NULL;
       child = pursuit_content_node_get_next_sibling (child))
    check_tree (checker, child);
}

static void
check_guide (Checker      *checker,
             PursuitGuide *guide)
{
  static const char * const full_sections[] = {
    "overview", "responsibilities", "environment", "tools", "skills", "education",
    "getting-in", "career-path", "salary", "outlook", "specializations", "global",
    "pros-cons", NULL
  };
  static const char * const short_sections[] = {
    "overview", "responsibilities", "skills", "career-path", "salary", NULL
  };
  PursuitContentNode *node = pursuit_guide_get_node (guide);
  g_autoptr(GPtrArray) sections = pursuit_guide_get_sections (guide);
  const char * const *wanted = pursuit_guide_is_full (guide) ? full_sections : short_sections;
  g_autoptr(GPtrArray) levels = pursuit_guide_get_levels (guide);

  if (text_is_blank (pursuit_guide_get_title (guide)) || text_is_blank (pursuit_guide_get_summary (guide)))
    problem (checker, node, "needs a title and a summary");

  for (guint i = 0; wanted[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < sections->len && !found; j++)
        {
          const char *id = pursuit_content_node_get_attribute (g_ptr_array_index (sections, j), "id");

          found = id != NULL && g_str_has_suffix (id, wanted[i]) &&
                  (strlen (id) == strlen (wanted[i]) || id[strlen (id) - strlen (wanted[i]) - 1] == '-');
        }
      if (!found)
        problem (checker, node, "has no “%s” section", wanted[i]);
    }

  if (levels->len == 0)
    problem (checker, node, "has no career ladder");

  if (pursuit_guide_is_full (guide))
    {
      g_autoptr(GPtrArray) faq = pursuit_guide_get_faq (guide);

      if (faq->len == 0)
        problem (checker, node, "is a full guide without FAQ");
    }
}

static void
check_question (Checker         *checker,
                PursuitQuestion *question)
{
  PursuitContentNode *node = pursuit_question_get_node (question);
  g_autoptr(GPtrArray) covers = pursuit_question_get_covers (question);
  g_autoptr(GPtrArray) outline = pursuit_question_get_outline (question);
  g_autoptr(GPtrArray) followups = pursuit_question_get_followups (question);
  int difficulty = pursuit_question_get_difficulty (question);

  check_id_list (checker, node, "roles", "role", TRUE);
  check_id_list (checker, node, "category", "category", TRUE);
  check_id_list (checker, node, "competencies", "competency", TRUE);

  if (difficulty < 1 || difficulty > 3)
    problem (checker, node, "has a difficulty outside 1 to 3");
  if (text_is_blank (pursuit_question_get_text (question)) || text_is_blank (pursuit_question_get_why (question)))
    problem (checker, node, "needs its text and why it is asked");
  if (covers->len == 0 || outline->len == 0 || followups->len == 0)
    problem (checker, node, "needs points to cover, an outline and a follow-up");

  if (g_strcmp0 (pursuit_question_get_category (question), "behavioural") == 0)
    {
      static const char * const star[] = { "situation", "task", "action", "result" };
      gboolean ok = outline->len == G_N_ELEMENTS (star);

      for (guint i = 0; ok && i < outline->len; i++)
        ok = g_strcmp0 (pursuit_content_node_get_attribute (g_ptr_array_index (outline, i), "label"), star[i]) == 0;
      if (!ok)
        problem (checker, node, "is behavioural but its outline is not situation, task, action, result");
    }
}

static void
check_self_check (Checker          *checker,
                  PursuitSelfCheck *check)
{
  PursuitContentNode *node = pursuit_self_check_get_node (check);
  g_autoptr(GPtrArray) items = pursuit_self_check_get_items (check);
  g_autoptr(GPtrArray) bands = pursuit_self_check_get_bands (check);
  const char *answer = pursuit_content_node_get_attribute (node, "answer");
  double previous = -1;

  check_id_list (checker, node, "roles", "role", TRUE);

  if (g_strcmp0 (answer, "rating") != 0 && g_strcmp0 (answer, "yes-no") != 0)
    problem (checker, node, "has an unknown answer type");
  if (g_strcmp0 (answer, "rating") == 0)
    {
      g_autoptr(GPtrArray) choices = pursuit_self_check_get_choices (check);

      if (choices->len < 2)
        problem (checker, node, "rates without a scale");
    }
  if (items->len == 0)
    problem (checker, node, "has no items");

  for (guint i = 0; i < items->len; i++)
    {
      PursuitContentNode *item = g_ptr_array_index (items, i);
      const char *polarity = pursuit_content_node_get_attribute (item, "polarity");

      if (g_strcmp0 (polarity, "positive") != 0 && g_strcmp0 (polarity, "negative") != 0)
        problem (checker, item, "has no polarity");
      if (pursuit_content_node_get_child (item, "advice") == NULL)
        problem (checker, item, "has no advice");
    }

  for (guint i = 0; i < bands->len; i++)
    {
      PursuitContentNode *band = g_ptr_array_index (bands, i);
      double max = parse_number (pursuit_content_node_get_attribute (band, "max-percent"), -1);

      if (max <= previous || max > 100)
        problem (checker, band, "max-percent must grow up to 100");
      previous = max;
    }
  if (previous != 100)
    problem (checker, node, "needs a last band at 100");
}

static void
check_salary_record (Checker             *checker,
                     PursuitSalaryRecord *record,
                     PursuitContentNode  *node)
{
  static const char * const periods[] = { "hour", "day", "week", "month", "year", NULL };
  static const char * const statistics[] = {
    "median", "average", "range-low", "range-high", "starting-low", "starting-high", "high", NULL
  };
  if (record->id == NULL)
    problem (checker, node, "has no id");
  if (!is_role (checker, record->role))
    problem (checker, node, "has an unknown role");
  if (record->level != NULL && !refers_to (checker, record->level, "level"))
    problem (checker, node, "has an unknown level");
  if (record->area != NULL && !refers_to (checker, record->area, "area"))
    problem (checker, node, "has an unknown area");
  if (record->industry != NULL && !refers_to (checker, record->industry, "industry"))
    problem (checker, node, "has an unknown industry");
  if (!pursuit_is_currency_code (record->currency))
    problem (checker, node, "needs an ISO 4217 currency");
  if (record->period == NULL || !g_strv_contains (periods, record->period))
    problem (checker, node, "needs a period");
  if (record->statistic == NULL || !g_strv_contains (statistics, record->statistic))
    problem (checker, node, "needs a statistic");
  if (record->value <= 0)
    problem (checker, node, "needs a positive value");
  if (record->source == NULL || !refers_to (checker, record->source, "source"))
    problem (checker, node, "needs a known source");
  if (record->year < 1990 || record->year > 2100)
    problem (checker, node, "needs the year the figure is for");
  if (pursuit_content_node_get_attribute (node, "usd") != NULL && record->usd <= 0)
    problem (checker, node, "has a USD equivalent that is not a number");
}

static void
collect_salary_tables (PursuitContentNode *node,
                       GPtrArray          *tables)
{
  if (is_element (node, "salary-table"))
    g_ptr_array_add (tables, node);

  for (PursuitContentNode *child = pursuit_content_node_get_first_child (node); child != NULL;
       child = pursuit_content_node_get_next_sibling (child))
    collect_salary_tables (child, tables);
}

/* Every figure must reach the user: each record shows in some guide's
 * salary table. */
static void
check_salary_tables_cover_records (Checker *checker)
{
  PursuitContent *self = checker->self;
  g_autoptr(GPtrArray) tables = g_ptr_array_new ();
  g_autoptr(GHashTable) shown = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < self->roots->len; i++)
    collect_salary_tables (g_ptr_array_index (self->roots, i), tables);

  for (guint i = 0; i < tables->len; i++)
    {
      PursuitContentNode *table = g_ptr_array_index (tables, i);
      g_autoptr(GPtrArray) records = pursuit_content_find_salaries (self,
                                                                    pursuit_content_node_get_attribute (table, "role"),
                                                                    pursuit_content_node_get_attribute (table, "by"));

      for (guint j = 0; j < records->len; j++)
        g_hash_table_add (shown, g_ptr_array_index (records, j));
    }

  for (guint i = 0; i < self->salary_records->len; i++)
    {
      if (!g_hash_table_contains (shown, g_ptr_array_index (self->salary_records, i)))
        problem (checker, g_ptr_array_index (self->salary_nodes, i), "is shown in no guide's salary table");
    }
}

/* A word of the vocabulary is a skill or a tool, and the guide section it
 * names uses one of its spellings. */
static void
check_word (Checker            *checker,
            PursuitContentNode *word)
{
  static const char * const kinds[] = { "skill", "tool", NULL };
  const char *kind = pursuit_content_node_get_attribute (word, "kind");
  PursuitContentNode *section = pursuit_content_find_node (checker->self,
                                                           pursuit_content_node_get_attribute (word, "section"));
  g_autoptr(GPtrArray) spellings = pursuit_content_node_get_children_named (word, "spelling");
  g_autoptr(GPtrArray) leaves = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *folded = NULL;
  gboolean used = FALSE;

  if (kind == NULL || !g_strv_contains (kinds, kind))
    problem (checker, word, "is neither a skill nor a tool");
  if (spellings->len == 0)
    problem (checker, word, "has no spelling");
  if (section == NULL || !(is_element (section, "section") || is_element (section, "subsection")))
    {
      problem (checker, word, "refers to no guide section");
      return;
    }

  collect_leaves (section, leaves, text);
  folded = g_utf8_casefold (text->str, -1);
  for (guint i = 0; i < spellings->len && !used; i++)
    {
      const char *spelling = pursuit_content_node_get_text (g_ptr_array_index (spellings, i));
      g_autofree char *wanted = g_utf8_casefold (spelling != NULL ? spelling : "", -1);

      used = wanted[0] != '\0' && strstr (folded, wanted) != NULL;
    }
  if (!used)
    problem (checker, word, "is in none of the spellings of its guide section");
}

/**
 * pursuit_content_validate:
 *
 * Checks what the format promises: unique ids, references that resolve,
 * complete salary records, no empty section.
 *
 * Returns: (transfer full) (element-type utf8): the problems, empty when there are none
 */
GPtrArray *
pursuit_content_validate (PursuitContent *self)
{
  Checker checker = { self, g_ptr_array_new_with_free_func (g_free) };
  guint n;

  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), checker.problems);

  for (guint i = 0; i < self->duplicate_ids->len; i++)
    g_ptr_array_add (checker.problems, g_strdup (g_ptr_array_index (self->duplicate_ids, i)));

  for (guint i = 0; i < self->roots->len; i++)
    check_tree (&checker, g_ptr_array_index (self->roots, i));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->guides));
  if (n == 0)
    g_ptr_array_add (checker.problems, g_strdup ("there are no guides"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (G_LIST_MODEL (self->guides), i);

      check_guide (&checker, guide);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->questions));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitQuestion) question = g_list_model_get_item (G_LIST_MODEL (self->questions), i);

      check_question (&checker, question);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->self_checks));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitSelfCheck) check = g_list_model_get_item (G_LIST_MODEL (self->self_checks), i);

      check_self_check (&checker, check);
    }

  for (guint i = 0; i < self->salary_records->len; i++)
    check_salary_record (&checker, g_ptr_array_index (self->salary_records, i),
                         g_ptr_array_index (self->salary_nodes, i));

  check_salary_tables_cover_records (&checker);

  for (guint i = 0; i < self->vocabulary->len; i++)
    check_word (&checker, g_ptr_array_index (self->vocabulary, i));

  return checker.problems;
}

/**
 * pursuit_salary_statistic_get_name:
 *
 * Returns: what a statistic id means, in words: "Median", "Starting, low"
 */
const char *
pursuit_salary_statistic_get_name (const char *statistic)
{
  static const struct
  {
    const char *id;
    const char *name;
  } names[] = {
    { "median", N_("Median") },
    { "average", N_("Average") },
    { "range-low", N_("Typical low") },
    { "range-high", N_("Typical high") },
    { "starting-low", N_("Starting, low") },
    { "starting-high", N_("Starting, high") },
    { "high", N_("High range") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (names[i].id, statistic) == 0)
        return g_dgettext (GETTEXT_PACKAGE, names[i].name);
    }
  return statistic != NULL ? statistic : "";
}

/**
 * pursuit_content_describe_salary_place:
 *
 * Returns: (transfer full): whom and where a figure is for, as "Senior
 *   Customer Service Specialist", "Germany" or "Europe, experienced"; empty
 *   for a figure that covers the whole role
 */
char *
pursuit_content_describe_salary_place (PursuitContent            *self,
                                       const PursuitSalaryRecord *record)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  g_return_val_if_fail (PURSUIT_IS_CONTENT (self), NULL);

  if (record->level != NULL)
    g_ptr_array_add (parts, (gpointer) pursuit_content_get_name (self, record->level));
  if (record->industry != NULL)
    g_ptr_array_add (parts, (gpointer) pursuit_content_get_name (self, record->industry));
  /* Level and industry figures are national ones: the place adds nothing. */
  if (record->level == NULL && record->industry == NULL)
    {
      if (record->country != NULL)
        g_ptr_array_add (parts, (gpointer) pursuit_content_get_name (self, record->country));
      else if (record->area != NULL)
        g_ptr_array_add (parts, (gpointer) pursuit_content_get_name (self, record->area));
    }
  if (g_strcmp0 (record->experience, "entry") == 0)
    g_ptr_array_add (parts, (gpointer) _("entry level"));
  else if (g_strcmp0 (record->experience, "experienced") == 0)
    g_ptr_array_add (parts, (gpointer) _("experienced"));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

/**
 * pursuit_content_format_pay_in_usd:
 *
 * Returns: (transfer full) (nullable): the US dollar equivalent the source
 *   gives, formatted, or %NULL when it gives none
 */
char *
pursuit_content_format_pay_in_usd (const PursuitSalaryRecord *record)
{
  PursuitSalaryRecord in_dollars;

  if (record->usd <= 0)
    return NULL;

  in_dollars = *record;
  in_dollars.currency = "USD";
  in_dollars.value = record->usd;
  return pursuit_content_format_pay (&in_dollars);
}
