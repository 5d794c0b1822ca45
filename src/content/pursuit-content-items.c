/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-content-items.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

/* Each item is a GObject with two read-only properties, "id" and "title", so
 * list views can bind to them; the title is whatever names the item. */
#define DEFINE_CONTENT_ITEM(TypeName, type_name, title_getter)                               \
  struct _##TypeName                                                                         \
  {                                                                                          \
    GObject parent_instance;                                                                 \
    PursuitContentNode *node;                                                                \
    PursuitContentNode *owned_node;  /* the user's own content, freed with the item */     \
  };                                                                                         \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, G_TYPE_OBJECT)                                   \
  static void                                                                                \
  type_name##_finalize (GObject *object)                                                     \
  {                                                                                          \
    g_clear_pointer (&((TypeName *) object)->owned_node, pursuit_content_node_free);         \
    G_OBJECT_CLASS (type_name##_parent_class)->finalize (object);                            \
  }                                                                                          \
  static void                                                                                \
  type_name##_get_property (GObject    *object,                                              \
                            guint       prop_id,                                             \
                            GValue     *value,                                               \
                            GParamSpec *pspec)                                               \
  {                                                                                          \
    TypeName *self = (TypeName *) object;                                                    \
    switch (prop_id)                                                                         \
      {                                                                                      \
      case PROP_ID:                                                                          \
        g_value_set_string (value, pursuit_content_node_get_attribute (self->node, "id"));   \
        break;                                                                               \
      case PROP_TITLE:                                                                       \
        g_value_set_string (value, title_getter (self));                                     \
        break;                                                                               \
      default:                                                                               \
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);                          \
      }                                                                                      \
  }                                                                                          \
  static void                                                                                \
  type_name##_class_init (TypeName##Class *klass)                                            \
  {                                                                                          \
    GObjectClass *object_class = G_OBJECT_CLASS (klass);                                     \
    object_class->finalize = type_name##_finalize;                                           \
    object_class->get_property = type_name##_get_property;                                   \
    g_object_class_install_property (object_class, PROP_ID,                                  \
      g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)); \
    g_object_class_install_property (object_class, PROP_TITLE,                               \
      g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)); \
  }                                                                                          \
  static void                                                                                \
  type_name##_init (TypeName *self)                                                          \
  {                                                                                          \
  }                                                                                          \
  TypeName *                                                                                 \
  type_name##_new (PursuitContentNode *node)                                                 \
  {                                                                                          \
    TypeName *self = g_object_new (type_name##_get_type (), NULL);                           \
    self->node = node;                                                                       \
    return self;                                                                             \
  }                                                                                          \
  PursuitContentNode *                                                                       \
  type_name##_get_node (TypeName *self)                                                      \
  {                                                                                          \
    return self->node;                                                                       \
  }                                                                                          \
  const char *                                                                               \
  type_name##_get_id (TypeName *self)                                                        \
  {                                                                                          \
    return pursuit_content_node_get_attribute (self->node, "id");                            \
  }

/* Guides */

DEFINE_CONTENT_ITEM (PursuitGuide, pursuit_guide, pursuit_guide_get_title)

const char *
pursuit_guide_get_title (PursuitGuide *self)
{
  return pursuit_content_node_get_child_text (self->node, "title");
}

const char *
pursuit_guide_get_summary (PursuitGuide *self)
{
  return pursuit_content_node_get_child_text (self->node, "summary");
}

gboolean
pursuit_guide_is_full (PursuitGuide *self)
{
  return g_strcmp0 (pursuit_content_node_get_attribute (self->node, "depth"), "full") == 0;
}

/**
 * pursuit_guide_get_sections:
 *
 * Returns: (transfer container): the <section> elements, in order
 */
GPtrArray *
pursuit_guide_get_sections (PursuitGuide *self)
{
  return pursuit_content_node_get_children_named (self->node, "section");
}

static GPtrArray *
grandchildren (PursuitContentNode *node,
               const char         *parent,
               const char         *child)
{
  PursuitContentNode *container = pursuit_content_node_get_child (node, parent);

  return container != NULL ? pursuit_content_node_get_children_named (container, child)
                           : g_ptr_array_new ();
}

GPtrArray *
pursuit_guide_get_levels (PursuitGuide *self)
{
  return grandchildren (self->node, "ladder", "level");
}

GPtrArray *
pursuit_guide_get_faq (PursuitGuide *self)
{
  return grandchildren (self->node, "faq", "entry");
}

GPtrArray *
pursuit_guide_get_facts (PursuitGuide *self)
{
  return grandchildren (self->node, "facts", "fact");
}

GPtrArray *
pursuit_guide_get_aliases (PursuitGuide *self)
{
  return grandchildren (self->node, "aliases", "alias");
}

/* Questions */

DEFINE_CONTENT_ITEM (PursuitQuestion, pursuit_question, pursuit_question_get_text)

/**
 * pursuit_question_new_owning:
 * @node: (transfer full): a <question> element made with
 *   pursuit_content_node_new(), such as one of the user's own questions
 *
 * Returns: (transfer full): a question that frees @node when it goes
 */
PursuitQuestion *
pursuit_question_new_owning (PursuitContentNode *node)
{
  PursuitQuestion *self;

  g_return_val_if_fail (node != NULL, NULL);

  self = pursuit_question_new (node);
  self->owned_node = node;
  return self;
}

const char *
pursuit_question_get_text (PursuitQuestion *self)
{
  return pursuit_content_node_get_child_text (self->node, "text");
}

const char *
pursuit_question_get_category (PursuitQuestion *self)
{
  return pursuit_content_node_get_attribute (self->node, "category");
}

const char *
pursuit_question_get_why (PursuitQuestion *self)
{
  return pursuit_content_node_get_child_text (self->node, "why");
}

int
pursuit_question_get_difficulty (PursuitQuestion *self)
{
  const char *difficulty = pursuit_content_node_get_attribute (self->node, "difficulty");

  return difficulty != NULL ? (int) g_ascii_strtoll (difficulty, NULL, 10) : 0;
}

static GStrv
split_attribute (PursuitContentNode *node,
                 const char         *name)
{
  const char *value = pursuit_content_node_get_attribute (node, name);
  g_auto(GStrv) parts = g_strsplit_set (value != NULL ? value : "", " \t\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

/**
 * pursuit_question_get_roles:
 *
 * Returns: (transfer full): the role ids the question is for
 */
GStrv
pursuit_question_get_roles (PursuitQuestion *self)
{
  return split_attribute (self->node, "roles");
}

GStrv
pursuit_question_get_competencies (PursuitQuestion *self)
{
  return split_attribute (self->node, "competencies");
}

gboolean
pursuit_question_has_role (PursuitQuestion *self,
                           const char      *role)
{
  g_auto(GStrv) roles = pursuit_question_get_roles (self);

  return g_strv_contains ((const char * const *) roles, role);
}

GPtrArray *
pursuit_question_get_covers (PursuitQuestion *self)
{
  return grandchildren (self->node, "covers", "point");
}

GPtrArray *
pursuit_question_get_outline (PursuitQuestion *self)
{
  return grandchildren (self->node, "outline", "step");
}

GPtrArray *
pursuit_question_get_followups (PursuitQuestion *self)
{
  return pursuit_content_node_get_children_named (self->node, "followup");
}

/* Self-checks */

DEFINE_CONTENT_ITEM (PursuitSelfCheck, pursuit_self_check, pursuit_self_check_get_title)

const char *
pursuit_self_check_get_kind (PursuitSelfCheck *self)
{
  return pursuit_content_node_get_attribute (self->node, "kind");
}

const char *
pursuit_self_check_get_title (PursuitSelfCheck *self)
{
  return pursuit_content_node_get_child_text (self->node, "title");
}

const char *
pursuit_self_check_get_intro (PursuitSelfCheck *self)
{
  return pursuit_content_node_get_child_text (self->node, "intro");
}

PursuitSelfCheckAnswer
pursuit_self_check_get_answer (PursuitSelfCheck *self)
{
  return g_strcmp0 (pursuit_content_node_get_attribute (self->node, "answer"), "rating") == 0
         ? PURSUIT_SELF_CHECK_ANSWER_RATING : PURSUIT_SELF_CHECK_ANSWER_YES_NO;
}

GPtrArray *
pursuit_self_check_get_choices (PursuitSelfCheck *self)
{
  return grandchildren (self->node, "scale", "choice");
}

/* The best rating, or 1 for yes/no checks (yes = 1, no = 0). */
int
pursuit_self_check_get_top (PursuitSelfCheck *self)
{
  g_autoptr(GPtrArray) choices = NULL;
  int top = 0;

  if (pursuit_self_check_get_answer (self) == PURSUIT_SELF_CHECK_ANSWER_YES_NO)
    return 1;

  choices = pursuit_self_check_get_choices (self);
  for (guint i = 0; i < choices->len; i++)
    {
      const char *value = pursuit_content_node_get_attribute (g_ptr_array_index (choices, i), "value");

      top = MAX (top, value != NULL ? (int) g_ascii_strtoll (value, NULL, 10) : 0);
    }
  return MAX (top, 1);
}

GPtrArray *
pursuit_self_check_get_items (PursuitSelfCheck *self)
{
  return pursuit_content_node_get_children_named (self->node, "item");
}

GPtrArray *
pursuit_self_check_get_bands (PursuitSelfCheck *self)
{
  return pursuit_content_node_get_children_named (self->node, "band");
}

/* How much an answer to @item should worry the user, from 0 to 1: for a
 * rating, the distance from the best rating; for yes/no, 1 when the answer
 * points the wrong way for the item's polarity. */
double
pursuit_self_check_item_concern (PursuitSelfCheck   *self,
                                 PursuitContentNode *item,
                                 int                 answer)
{
  gboolean negative = g_strcmp0 (pursuit_content_node_get_attribute (item, "polarity"), "negative") == 0;
  int top = pursuit_self_check_get_top (self);

  if (pursuit_self_check_get_answer (self) == PURSUIT_SELF_CHECK_ANSWER_RATING)
    {
      double concern = (double) (top - CLAMP (answer, 0, top)) / top;

      return negative ? 1.0 - concern : concern;
    }

  return negative ? (answer != 0 ? 1.0 : 0.0) : (answer != 0 ? 0.0 : 1.0);
}

/**
 * pursuit_self_check_score:
 * @answers: one answer per item, in item order
 * @percent: (out) (optional): the concern total as a percentage of the items
 *
 * Returns: (transfer none): the first band whose max-percent reaches the score
 */
PursuitContentNode *
pursuit_self_check_score (PursuitSelfCheck *self,
                          const int        *answers,
                          guint             n_answers,
                          double           *percent)
{
  g_autoptr(GPtrArray) items = pursuit_self_check_get_items (self);
  g_autoptr(GPtrArray) bands = pursuit_self_check_get_bands (self);
  double concern = 0;
  double score;

  g_return_val_if_fail (n_answers == items->len, NULL);
  g_return_val_if_fail (bands->len > 0, NULL);

  for (guint i = 0; i < items->len; i++)
    concern += pursuit_self_check_item_concern (self, g_ptr_array_index (items, i), answers[i]);

  score = items->len > 0 ? 100.0 * concern / items->len : 0;
  if (percent != NULL)
    *percent = score;

  for (guint i = 0; i < bands->len; i++)
    {
      PursuitContentNode *band = g_ptr_array_index (bands, i);
      const char *max = pursuit_content_node_get_attribute (band, "max-percent");

      if (max != NULL && score <= g_ascii_strtod (max, NULL))
        return band;
    }

  return g_ptr_array_index (bands, bands->len - 1);
}
