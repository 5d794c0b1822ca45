/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "pursuit-content.h"

/* Loading */

static void
assert_no_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("content problem: %s", (const char *) g_ptr_array_index (problems, i));
  g_assert_cmpuint (problems->len, ==, 0);
}

static PursuitContent *
load_resource (void)
{
  g_autoptr(GError) error = NULL;
  PursuitContent *content = pursuit_content_new_from_resource (NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (content);
  return content;
}

/* Sizes that hold for the shipped content, wherever it was loaded from. */
static void
assert_shipped_content (PursuitContent *content)
{
  GListModel *guides = pursuit_content_get_guides (content);
  g_autoptr(GPtrArray) problems = pursuit_content_validate (content);
  guint n_full = 0;

  assert_no_problems (problems);

  g_assert_cmpuint (g_list_model_get_n_items (guides), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (guides); i++)
    {
      g_autoptr(PursuitGuide) guide = g_list_model_get_item (guides, i);

      if (pursuit_guide_is_full (guide))
        {
          /* Full guides come first. */
          g_assert_cmpuint (i, ==, n_full);
          n_full++;
        }
      g_assert_nonnull (pursuit_guide_get_title (guide));
      g_assert_nonnull (pursuit_guide_get_summary (guide));
    }
  g_assert_cmpuint (n_full, ==, 2);

  g_assert_cmpuint (g_list_model_get_n_items (pursuit_content_get_questions (content)), >=, 80);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_content_get_self_checks (content)), ==, 4);
  g_assert_cmpuint (pursuit_content_get_salary_records (content)->len, >=, 80);
  g_assert_cmpuint (pursuit_content_get_sources (content)->len, ==, 10);
  g_assert_cmpuint (pursuit_content_get_categories (content)->len, ==, 7);
}

static void
test_resource_loads_and_validates (void)
{
  g_autoptr(PursuitContent) content = load_resource ();

  assert_shipped_content (content);
}

static void
test_directory_validates (void)
{
  const char *path = g_getenv ("PURSUIT_CONTENT_DIR");
  g_autoptr(PursuitContent) content = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    {
      g_test_skip ("PURSUIT_CONTENT_DIR is not set");
      return;
    }

  content = pursuit_content_new_from_directory (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (content);
  assert_shipped_content (content);
}

/* Small content sets on disk */

typedef struct
{
  char *path;
} TempDir;

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_assert_no_errno (g_remove (path));
}

static TempDir *
temp_dir_new (void)
{
  g_autoptr(GError) error = NULL;
  TempDir *self = g_new0 (TempDir, 1);

  self->path = g_dir_make_tmp ("pursuit-content-XXXXXX", &error);
  g_assert_no_error (error);
  return self;
}

static void
temp_dir_free (TempDir *self)
{
  remove_tree (self->path);
  g_free (self->path);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TempDir, temp_dir_free)

static char *
temp_dir_write (TempDir    *self,
                const char *name,
                const char *text,
                gssize      length)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (self->path, name, NULL);
  g_autofree char *folder = g_path_get_dirname (path);

  g_assert_no_errno (g_mkdir_with_parents (folder, 0700));
  g_file_set_contents (path, text, length, &error);
  g_assert_no_error (error);
  return path;
}

#define XML_HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

typedef struct
{
  const char *name;
  const char *text;
} ContentFile;

/* The smallest content that passes every check: one short guide, one source,
 * one salary figure, one question and one self-check. */
static const ContentFile valid_files[] = {
  { "sources.xml",
    XML_HEAD
    "<sources>\n"
    "  <source id=\"test-source\" year=\"2025\">\n"
    "    <name>Test source</name>\n"
    "    <citation>Test, 2025</citation>\n"
    "    <description>A source for tests.</description>\n"
    "  </source>\n"
    "</sources>\n" },
  { "guides/test-role.xml",
    XML_HEAD
    "<guide id=\"test-role\" depth=\"short\">\n"
    "  <title>Test Role</title>\n"
    "  <summary>A role that exists for tests.</summary>\n"
    "  <aliases><alias level=\"test-junior\">Junior Tester</alias><alias>Tester</alias></aliases>\n"
    "  <section id=\"test-overview\"><title>Overview</title><p source=\"test-source\">What it is.</p></section>\n"
    "  <section id=\"test-responsibilities\"><title>Responsibilities</title><list ordered=\"no\"><item>Testing.</item></list></section>\n"
    "  <section id=\"test-skills\"><title>Skills</title><p>Care.</p></section>\n"
    "  <section id=\"test-career-path\"><title>Career path</title><ladder-ref/></section>\n"
    "  <section id=\"test-salary\"><title>Salary</title><salary-table role=\"test-role\" by=\"level\"/></section>\n"
    "  <ladder>\n"
    "    <level id=\"test-junior\" years-min=\"0\" years-max=\"2\"><title>Junior Tester</title><scope>Tests things.</scope><focus><item>Learn.</item></focus></level>\n"
    "  </ladder>\n"
    "</guide>\n" },
  { "salaries.xml",
    XML_HEAD
    "<salaries>\n"
    "  <area id=\"test-area\"><name>Test area</name></area>\n"
    "  <record id=\"test-junior-median\" role=\"test-role\" level=\"test-junior\" country=\"US\" currency=\"USD\" period=\"year\" statistic=\"median\" value=\"30000\" source=\"test-source\" year=\"2025\"/>\n"
    "</salaries>\n" },
  { "questions.xml",
    XML_HEAD
    "<questions>\n"
    "  <category id=\"behavioural\"><name>Behavioural</name><description>Stories.</description></category>\n"
    "  <competency id=\"test-empathy\"><name>Empathy</name></competency>\n"
    "  <question id=\"q-test-story\" roles=\"test-role\" category=\"behavioural\" competencies=\"test-empathy\" difficulty=\"2\">\n"
    "    <text>Tell me about a time you tested something.</text><why>Because.</why>\n"
    "    <covers><point>A point.</point></covers>\n"
    "    <outline><step label=\"situation\">S.</step><step label=\"task\">T.</step><step label=\"action\">A.</step><step label=\"result\">R.</step></outline>\n"
    "    <followup>And then?</followup>\n"
    "  </question>\n"
    "</questions>\n" },
  { "selfchecks.xml",
    XML_HEAD
    "<selfchecks>\n"
    "  <selfcheck id=\"test-check\" kind=\"burnout\" roles=\"test-role\" answer=\"yes-no\">\n"
    "    <title>Check</title><intro>Answer honestly.</intro>\n"
    "    <item id=\"test-check-tired\" polarity=\"negative\"><text>Tired?</text><advice>Rest.</advice></item>\n"
    "    <band id=\"test-check-low\" max-percent=\"50\"><title>Fine</title><p>Good.</p></band>\n"
    "    <band id=\"test-check-high\" max-percent=\"100\"><title>Not fine</title><p>Rest.</p></band>\n"
    "  </selfcheck>\n"
    "</selfchecks>\n" },
};

/* Writes the valid set with @replacement in place of (or beside) the file of
 * the same name. */
static TempDir *
write_content (const ContentFile *replacement)
{
  TempDir *dir = temp_dir_new ();

  for (guint i = 0; i < G_N_ELEMENTS (valid_files); i++)
    {
      const ContentFile *file = &valid_files[i];

      if (replacement != NULL && g_str_equal (replacement->name, file->name))
        file = replacement;
      g_free (temp_dir_write (dir, file->name, file->text, -1));
    }

  if (replacement != NULL)
    {
      g_autofree char *path = g_build_filename (dir->path, replacement->name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        g_free (temp_dir_write (dir, replacement->name, replacement->text, -1));
    }

  return dir;
}

static GPtrArray *
validate_directory (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitContent) content = pursuit_content_new_from_directory (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (content);
  return pursuit_content_validate (content);
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *part)
{
  for (guint i = 0; i < problems->len; i++)
    {
      if (strstr (g_ptr_array_index (problems, i), part) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
assert_problem (GPtrArray  *problems,
                const char *part)
{
  if (has_problem (problems, part))
    return;

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("reported: %s", (const char *) g_ptr_array_index (problems, i));
  g_test_message ("not reported: %s", part);
  g_test_fail ();
}

typedef struct
{
  ContentFile file;
  const char *expected[3];
} BadContent;

static const BadContent bad_content[] = {
  { { "vocabulary.xml",
      XML_HEAD
      "<vocabulary>\n"
      "  <word id=\"vocabulary-test-a\" kind=\"gadget\" section=\"nowhere\"><spelling>Thing</spelling></word>\n"
      "  <word id=\"vocabulary-test-b\" kind=\"tool\" section=\"test-overview\"><spelling>Zendesk</spelling></word>\n"
      "  <word id=\"vocabulary-test-c\" kind=\"skill\" section=\"test-overview\"><spelling>what it</spelling></word>\n"
      "</vocabulary>\n" },
    { "vocabulary.xml:3: <word> is neither a skill nor a tool", "vocabulary.xml:3: <word> refers to no guide section",
      "vocabulary.xml:4: <word> is in none of the spellings of its guide section" } },
  { { "guides/test-role.xml",
      XML_HEAD
      "<guide id=\"test-role\" depth=\"short\">\n"
      "  <title>Test Role</title>\n"
      "  <summary>A role that exists for tests.</summary>\n"
      "  <section id=\"test-overview\"><title>Overview</title><p>What it is.</p></section>\n"
      "  <section id=\"test-responsibilities\"><title>Responsibilities</title><p>Testing.</p></section>\n"
      "  <section id=\"test-skills\"><title>Skills</title><p>Care.</p>\n"
      "    <subsection id=\"test-overview\"><title>Again</title><p>Same id.</p></subsection>\n"
      "  </section>\n"
      "  <section id=\"test-career-path\"><title>Career path</title><ladder-ref/></section>\n"
      "  <section id=\"test-salary\"><title>Salary</title><salary-table role=\"test-role\" by=\"level\"/></section>\n"
      "  <ladder><level id=\"test-junior\" years-min=\"0\"><title>Junior Tester</title><scope>Tests.</scope></level></ladder>\n"
      "</guide>\n" },
    { "test-role.xml:8: id “test-overview” is already used at", "test-role.xml:5", NULL } },
  { { "salaries.xml",
      XML_HEAD
      "<salaries>\n"
      "  <record id=\"test-junior-median\" role=\"test-role\" level=\"test-junior\" currency=\"usd\" period=\"year\" statistic=\"median\" value=\"30000\" source=\"nowhere\" year=\"2025\"/>\n"
      "</salaries>\n" },
    { "salaries.xml:3: <record> needs a known source", "<record> needs an ISO 4217 currency",
      "source “nowhere” is not a known source" } },
  { { "questions.xml",
      XML_HEAD
      "<questions>\n"
      "  <category id=\"behavioural\"><name>Behavioural</name><description>Stories.</description></category>\n"
      "  <competency id=\"test-empathy\"><name>Empathy</name></competency>\n"
      "  <question id=\"q-test-story\" roles=\"test-role\" category=\"behavioural\" competencies=\"test-empathy\" difficulty=\"2\">\n"
      "    <text>Tell me about a time you tested something.</text><why>Because.</why>\n"
      "    <covers><point>A point.</point></covers>\n"
      "    <outline><step label=\"point\">First this.</step><step label=\"point\">Then that.</step></outline>\n"
      "    <followup>And then?</followup>\n"
      "  </question>\n"
      "  <question id=\"q-test-odd\" roles=\"test-role\" category=\"nonsense\" competencies=\"test-empathy\" difficulty=\"1\">\n"
      "    <text>What would you do?</text><why>Because.</why>\n"
      "    <covers><point>A point.</point></covers>\n"
      "    <outline><step label=\"point\">This.</step></outline>\n"
      "    <followup>Why?</followup>\n"
      "  </question>\n"
      "</questions>\n" },
    { "is behavioural but its outline is not situation, task, action, result",
      "<question> category “nonsense” is not a known category", NULL } },
  { { "guides/test-extra.xml",
      XML_HEAD
      "<guide id=\"test-extra\" depth=\"short\">\n"
      "  <title>Extra</title>\n"
      "  <summary>Another role.</summary>\n"
      "  <section id=\"extra-overview\"><title>Overview</title><p>What it is.</p></section>\n"
      "  <section id=\"extra-responsibilities\"><title>Responsibilities</title></section>\n"
      "  <section id=\"extra-skills\"><title>Skills</title><p>Care.</p></section>\n"
      "  <section id=\"extra-career-path\"><title>Career path</title><ladder-ref/></section>\n"
      "  <section id=\"extra-salary\"><title>Salary</title><p>Not known.</p></section>\n"
      "  <ladder><level id=\"extra-junior\" years-min=\"0\"><title>Junior</title><scope>Tests.</scope></level></ladder>\n"
      "</guide>\n" },
    { "test-extra.xml:6: <section> has nothing in it but its title", NULL } },
  { { "guides/test-role.xml",
      XML_HEAD
      "<guide id=\"test-role\" depth=\"short\">\n"
      "  <title>Test Role</title>\n"
      "  <summary>A role that exists for tests.</summary>\n"
      "  <aliases><alias level=\"test-nowhere\">Nowhere Tester</alias></aliases>\n"
      "  <section id=\"test-overview\"><title>Overview</title><p>What it is.</p></section>\n"
      "  <section id=\"test-responsibilities\"><title>Responsibilities</title><p>Testing.</p></section>\n"
      "  <section id=\"test-skills\"><title>Skills</title><p>Care.</p></section>\n"
      "  <section id=\"test-career-path\"><title>Career path</title><ladder-ref/></section>\n"
      "  <section id=\"test-salary\"><title>Salary</title><salary-table role=\"test-role\" by=\"level\"/></section>\n"
      "  <ladder><level id=\"test-junior\" years-min=\"0\"><title>Junior Tester</title><scope>Tests.</scope></level></ladder>\n"
      "</guide>\n" },
    { "<alias> level “test-nowhere” is not a known level", NULL } },
  { { "selfchecks.xml",
      XML_HEAD
      "<selfchecks>\n"
      "  <selfcheck id=\"test-check\" kind=\"burnout\" roles=\"test-role\" answer=\"yes-no\">\n"
      "    <title>Check</title><intro>Answer honestly.</intro>\n"
      "    <item id=\"test-check-tired\" polarity=\"negative\"><text>Tired?</text><advice>Rest.</advice></item>\n"
      "    <band id=\"test-check-low\" max-percent=\"50\"><title>Fine</title><p>Good.</p></band>\n"
      "    <band id=\"test-check-high\" max-percent=\"90\"><title>Not fine</title><p>Rest.</p></band>\n"
      "  </selfcheck>\n"
      "</selfchecks>\n" },
    { "<selfcheck> needs a last band at 100", NULL } },
};

static void
test_validate_catches (void)
{
  /* The checker passes good input... */
  {
    g_autoptr(TempDir) dir = write_content (NULL);
    g_autoptr(GPtrArray) problems = validate_directory (dir->path);

    assert_no_problems (problems);
  }

  /* ...and fails each kind of bad input. */
  for (guint i = 0; i < G_N_ELEMENTS (bad_content); i++)
    {
      g_autoptr(TempDir) dir = write_content (&bad_content[i].file);
      g_autoptr(GPtrArray) problems = validate_directory (dir->path);

      g_assert_cmpuint (problems->len, >, 0);
      for (guint j = 0; j < G_N_ELEMENTS (bad_content[i].expected) && bad_content[i].expected[j] != NULL; j++)
        assert_problem (problems, bad_content[i].expected[j]);
    }

  /* Mixed content is refused while loading, naming the file and line. */
  {
    const ContentFile mixed = {
      "guides/test-role.xml",
      XML_HEAD
      "<guide id=\"test-role\" depth=\"short\">\n"
      "  <title>Test Role</title>\n"
      "  <section id=\"test-overview\"><title>Overview</title><p>Some <b>bold</b> text.</p></section>\n"
      "</guide>\n"
    };
    g_autoptr(TempDir) dir = write_content (&mixed);
    g_autoptr(GError) error = NULL;
    g_autoptr(PursuitContent) content = pursuit_content_new_from_directory (dir->path, &error);

    g_assert_null (content);
    g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT);
    g_assert_nonnull (strstr (error->message, "test-role.xml:4: <p> mixes text and elements"));
  }
}

/* Parse errors */

static void
assert_parse_error (const char *data,
                    gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitContentNode) root = pursuit_content_node_parse ("broken.xml", data, length, &error);

  g_assert_null (root);
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_MARKUP_ERROR);
}

static void
test_parse_errors (void)
{
  const char *path = g_getenv ("PURSUIT_CONTENT_DIR");
  static const char bad_utf8[] = "<sources><source id=\"x\"><name>\xff\xfe</name></source></sources>";

  assert_parse_error (bad_utf8, -1);
  assert_parse_error (bad_utf8, sizeof bad_utf8 - 1);
  assert_parse_error ("<sources><source id=\"x\"><name>Trunc", -1);
  assert_parse_error ("<sources><source id=\"x\">", -1);
  assert_parse_error ("<sources/><questions/>", -1);
  assert_parse_error ("<sources></sources>\n<sources></sources>", -1);
  assert_parse_error ("<p>Some <b>bold</b> text.</p>", -1);
  assert_parse_error ("<p><b>bold</b> and a tail</p>", -1);
  assert_parse_error ("", -1);
  assert_parse_error ("   \n", -1);
  assert_parse_error ("<a><b></a></b>", -1);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PursuitContentNode) root = pursuit_content_node_parse ("bad.xml", bad_utf8, -1, &error);

    g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_BAD_UTF8);
  }

  /* Every cut of a real file is an error, never a crash. */
  if (path != NULL)
    {
      g_autofree char *sources = g_build_filename (path, "sources.xml", NULL);
      g_autofree char *data = NULL;
      gsize length = 0;
      g_autoptr(GError) error = NULL;

      g_file_get_contents (sources, &data, &length, &error);
      g_assert_no_error (error);
      for (gsize cut = 0; cut < length - 12; cut += 97)
        assert_parse_error (data, cut);
    }

  /* A broken file stops the whole load with its error. */
  {
    const ContentFile broken = { "broken.xml", "<sources><source id=\"x\">\xc3\x28</source></sources>" };
    g_autoptr(TempDir) dir = write_content (&broken);
    g_autoptr(GError) error = NULL;
    g_autoptr(PursuitContent) content = pursuit_content_new_from_directory (dir->path, &error);

    g_assert_null (content);
    g_assert_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_BAD_UTF8);
  }
}

/* Elements */

static void
assert_children (PursuitContentNode *node,
                 const char * const *texts)
{
  PursuitContentNode *child = pursuit_content_node_get_first_child (node);
  guint n = 0;

  for (; texts[n] != NULL; n++)
    {
      g_assert_nonnull (child);
      g_assert_cmpstr (pursuit_content_node_get_text (child), ==, texts[n]);
      g_assert_true (pursuit_content_node_get_parent (child) == node);
      child = pursuit_content_node_get_next_sibling (child);
    }
  g_assert_null (child);
  g_assert_cmpuint (pursuit_content_node_get_n_children (node), ==, n);
}

/* What an element keeps in its compact form, read back: a dozen
 * attributes and one it lacks, children in file order, a leaf's (no)
 * children, text collapsed, blank text, and attributes set afterwards. */
static void
test_node_parts (void)
{
  static const char data[] =
    "<salaries>\n"
    "  <record id=\"r\" role=\"agent\" level=\"lead\" experience=\"entry\" country=\"US\" area=\"na\"\n"
    "          industry=\"retail\" currency=\"USD\" period=\"year\" statistic=\"median\" value=\"1\"\n"
    "          usd=\"\"/>\n"
    "  <list ordered=\"yes\">\n"
    "    <item>One</item>\n"
    "    <item>  Two\n   lines  &amp; more </item>\n"
    "    <item>   \n  </item>\n"
    "    <item/>\n"
    "  </list>\n"
    "</salaries>\n";
  static const char * const names[] = {
    "id", "role", "level", "experience", "country", "area", "industry", "currency", "period", "statistic",
    "value", "usd", NULL
  };
  static const char * const values[] = {
    "r", "agent", "lead", "entry", "US", "na", "retail", "USD", "year", "median", "1", "", NULL
  };
  static const char * const items[] = { "One", "Two lines & more", "", "", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitContentNode) root = pursuit_content_node_parse ("parts.xml", data, -1, &error);
  PursuitContentNode *record;
  PursuitContentNode *list;
  g_autoptr(GPtrArray) none = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_content_node_get_name (root), ==, "salaries");
  g_assert_null (pursuit_content_node_get_text (root));
  g_assert_null (pursuit_content_node_get_untranslated (root));
  g_assert_null (pursuit_content_node_get_parent (root));
  g_assert_cmpstr (pursuit_content_node_get_file (root), ==, "parts.xml");
  g_assert_cmpint (pursuit_content_node_get_line (root), ==, 1);
  g_assert_cmpuint (pursuit_content_node_get_n_children (root), ==, 2);

  record = pursuit_content_node_get_first_child (root);
  g_assert_cmpstr (pursuit_content_node_get_name (record), ==, "record");
  /* GMarkup tells where the start tag ends. */
  g_assert_cmpint (pursuit_content_node_get_line (record), ==, 4);
  g_assert_cmpstr (pursuit_content_node_get_file (record), ==, "parts.xml");
  for (guint i = 0; names[i] != NULL; i++)
    g_assert_cmpstr (pursuit_content_node_get_attribute (record, names[i]), ==, values[i]);
  g_assert_null (pursuit_content_node_get_attribute (record, "source"));
  g_assert_null (pursuit_content_node_get_attribute (record, "ID"));
  /* A leaf: "" for its text, and no children however asked. */
  g_assert_cmpstr (pursuit_content_node_get_text (record), ==, "");
  g_assert_cmpstr (pursuit_content_node_get_untranslated (record), ==, "");
  g_assert_null (pursuit_content_node_get_first_child (record));
  g_assert_cmpuint (pursuit_content_node_get_n_children (record), ==, 0);
  g_assert_null (pursuit_content_node_get_child (record, "note"));
  g_assert_null (pursuit_content_node_get_child_text (record, "note"));
  none = pursuit_content_node_get_children_named (record, "note");
  g_assert_cmpuint (none->len, ==, 0);

  list = pursuit_content_node_get_next_sibling (record);
  g_assert_null (pursuit_content_node_get_next_sibling (list));
  g_assert_cmpstr (pursuit_content_node_get_attribute (list, "ordered"), ==, "yes");
  g_assert_null (pursuit_content_node_get_attribute (list, "id"));
  g_assert_null (pursuit_content_node_get_text (list));
  assert_children (list, items);
  g_assert_cmpstr (pursuit_content_node_get_child_text (list, "item"), ==, "One");
  g_assert_cmpint (pursuit_content_node_get_line (pursuit_content_node_get_child (list, "item")), ==, 6);

  /* Set afterwards: one changed, one gone, one added, one given the
   * value of another of the same element; the others as they were. */
  pursuit_content_node_set_attribute (record, "level", "senior");
  pursuit_content_node_set_attribute (record, "area", NULL);
  pursuit_content_node_set_attribute (record, "source", "bls");
  pursuit_content_node_set_attribute (record, "usd", pursuit_content_node_get_attribute (record, "currency"));
  pursuit_content_node_set_attribute (record, "missing", NULL);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *wanted = values[i];

      if (g_str_equal (names[i], "level"))
        wanted = "senior";
      else if (g_str_equal (names[i], "area"))
        wanted = NULL;
      else if (g_str_equal (names[i], "usd"))
        wanted = "USD";
      g_assert_cmpstr (pursuit_content_node_get_attribute (record, names[i]), ==, wanted);
    }
  g_assert_cmpstr (pursuit_content_node_get_attribute (record, "source"), ==, "bls");
  g_assert_null (pursuit_content_node_get_attribute (record, "missing"));
}

/* Elements made outside a file, as the user's own questions are. */
static void
test_node_made (void)
{
  static const char * const points[] = { "First", "", "Third", NULL };
  g_autoptr(PursuitContentNode) question = pursuit_content_node_new ("question", NULL);
  PursuitContentNode *covers = pursuit_content_node_new ("covers", NULL);
  g_autoptr(PursuitContentNode) blank = pursuit_content_node_new ("why", "");

  g_assert_null (pursuit_content_node_get_text (question));
  g_assert_null (pursuit_content_node_get_first_child (question));
  g_assert_null (pursuit_content_node_get_attribute (question, "id"));
  g_assert_cmpstr (pursuit_content_node_get_file (question), ==, "");
  g_assert_cmpint (pursuit_content_node_get_line (question), ==, 0);
  g_assert_cmpstr (pursuit_content_node_get_text (blank), ==, "");

  pursuit_content_node_set_attribute (question, "id", "custom-1");
  g_assert_cmpstr (pursuit_content_node_get_attribute (question, "id"), ==, "custom-1");
  pursuit_content_node_set_attribute (question, "id", NULL);
  g_assert_null (pursuit_content_node_get_attribute (question, "id"));

  g_assert_true (pursuit_content_node_append (question, covers) == covers);
  for (guint i = 0; points[i] != NULL; i++)
    pursuit_content_node_append (covers, pursuit_content_node_new ("point", points[i]));
  assert_children (covers, points);
  g_assert_cmpstr (pursuit_content_node_get_untranslated (pursuit_content_node_get_child (covers, "point")), ==, "First");
  g_assert_true (pursuit_content_node_get_child (question, "covers") == covers);
  g_assert_null (pursuit_content_node_get_text (question));
}

/* Under a language with a catalogue: the translation for the user, the
 * English kept beside it only when it differs, and text that must stay as
 * written (an alias) or that the catalogue lacks read the same both ways.
 * Needs es_ES.UTF-8 and the build's Spanish catalogue (PURSUIT_LOCALEDIR). */
static void
test_node_translated (void)
{
  static const char data[] =
    "<guide>\n"
    "  <title>Call Center Specialist</title>\n"
    "  <aliases><alias>Call Center Specialist</alias></aliases>\n"
    "  <list><item>Out &amp; Equal Workplace Advocates: inclusive\n"
    "    workplaces for LGBTQ+ people.</item></list>\n"
    "  <p>A sentence no catalogue has.</p>\n"
    "</guide>\n";
  const char *localedir = g_getenv ("PURSUIT_LOCALEDIR");
  g_autofree char *catalogue = NULL;
  g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitContentNode) root = NULL;
  PursuitContentNode *title;
  PursuitContentNode *alias;
  PursuitContentNode *item;
  PursuitContentNode *p;

  if (localedir == NULL)
    {
      g_test_skip ("PURSUIT_LOCALEDIR is not set");
      return;
    }
  catalogue = g_build_filename (localedir, "es", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (catalogue, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no Spanish catalogue built");
      return;
    }
  g_setenv ("LANGUAGE", "es", TRUE);
  if (setlocale (LC_ALL, "es_ES.UTF-8") == NULL)
    {
      g_unsetenv ("LANGUAGE");
      g_test_skip ("the es_ES.UTF-8 locale is not installed");
      return;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  root = pursuit_content_node_parse ("guide.xml", data, -1, &error);
  setlocale (LC_ALL, old_locale);
  g_unsetenv ("LANGUAGE");
  g_assert_no_error (error);

  title = pursuit_content_node_get_child (root, "title");
  g_assert_cmpstr (pursuit_content_node_get_text (title), ==, "Especialista de call center");
  g_assert_cmpstr (pursuit_content_node_get_untranslated (title), ==, "Call Center Specialist");

  alias = pursuit_content_node_get_child (pursuit_content_node_get_child (root, "aliases"), "alias");
  g_assert_cmpstr (pursuit_content_node_get_text (alias), ==, "Call Center Specialist");
  g_assert_cmpstr (pursuit_content_node_get_untranslated (alias), ==, "Call Center Specialist");

  /* Looked up escaped, as xgettext wrote the msgid, and given back plain. */
  item = pursuit_content_node_get_child (pursuit_content_node_get_child (root, "list"), "item");
  g_assert_cmpstr (pursuit_content_node_get_text (item), ==,
                   "Out & Equal Workplace Advocates: lugares de trabajo inclusivos para personas LGBTQ+.");
  g_assert_cmpstr (pursuit_content_node_get_untranslated (item), ==,
                   "Out & Equal Workplace Advocates: inclusive workplaces for LGBTQ+ people.");

  p = pursuit_content_node_get_child (root, "p");
  g_assert_cmpstr (pursuit_content_node_get_text (p), ==, "A sentence no catalogue has.");
  g_assert_cmpstr (pursuit_content_node_get_untranslated (p), ==, "A sentence no catalogue has.");
  g_assert_null (pursuit_content_node_get_untranslated (pursuit_content_node_get_child (root, "list")));
}

/* Salaries */

static PursuitSalaryRecord *
find_record (PursuitContent *content,
             const char     *role,
             const char     *statistic,
             double          value,
             const char     *period,
             const char     *source)
{
  GPtrArray *records = pursuit_content_get_salary_records (content);

  for (guint i = 0; i < records->len; i++)
    {
      PursuitSalaryRecord *record = g_ptr_array_index (records, i);

      if (g_strcmp0 (record->role, role) == 0 && g_strcmp0 (record->statistic, statistic) == 0 &&
          record->value == value && g_strcmp0 (record->period, period) == 0 &&
          (source == NULL || g_strcmp0 (record->source, source) == 0))
        return record;
    }

  return NULL;
}

static void
assert_record (PursuitContent *content,
               const char     *role,
               const char     *statistic,
               double          value,
               const char     *period,
               const char     *source,
               int             year)
{
  PursuitSalaryRecord *record = find_record (content, role, statistic, value, period, source);

  if (record == NULL)
    {
      g_test_message ("no %s %s of %g a %s from %s", role, statistic, value, period, source ? source : "any source");
      g_test_fail ();
      return;
    }
  g_assert_cmpstr (record->currency, ==, "USD");
  g_assert_cmpstr (record->country, ==, "US");
  if (year != 0)
    g_assert_cmpint (record->year, ==, year);
}

static void
test_salaries (void)
{
  g_autoptr(PursuitContent) content = load_resource ();
  GPtrArray *records = pursuit_content_get_salary_records (content);
  static const char * const periods[] = { "hour", "month", "year", NULL };
  static const char * const css_levels[] = {
    "css-junior", "css-specialist", "css-senior", "css-team-lead", "css-manager", "css-director", "css-vp"
  };
  g_autoptr(GPtrArray) by_level = NULL;

  for (guint i = 0; i < records->len; i++)
    {
      PursuitSalaryRecord *record = g_ptr_array_index (records, i);
      PursuitContentNode *source = pursuit_content_find_node (content, record->source);

      g_assert_nonnull (record->id);
      g_assert_nonnull (pursuit_content_find_guide (content, record->role));
      g_assert_nonnull (record->currency);
      g_assert_cmpuint (strlen (record->currency), ==, 3);
      for (guint j = 0; j < 3; j++)
        g_assert_true (g_ascii_isupper (record->currency[j]));
      g_assert_true (g_strv_contains (periods, record->period));
      g_assert_cmpfloat (record->value, >, 0);
      g_assert_nonnull (source);
      g_assert_cmpstr (pursuit_content_node_get_name (source), ==, "source");
      g_assert_cmpint (record->year, >=, 2020);
      g_assert_cmpint (record->year, <=, 2030);
      if (record->level != NULL)
        g_assert_cmpstr (pursuit_content_node_get_name (pursuit_content_find_node (content, record->level)), ==, "level");
    }

  assert_record (content, "customer-service-specialist", "median", 39120, "year", NULL, 0);
  assert_record (content, "customer-service-specialist", "median", 19.08, "hour", "bls-oews-2023", 2023);
  assert_record (content, "contact-center-specialist", "median", 37020, "year", NULL, 0);
  assert_record (content, "customer-service-specialist", "starting-low", 38500, "year", "robert-half-2026", 2026);
  assert_record (content, "customer-service-specialist", "starting-high", 48500, "year", "robert-half-2026", 2026);
  assert_record (content, "call-center-specialist", "starting-low", 34750, "year", "robert-half-2026", 2026);
  assert_record (content, "call-center-specialist", "starting-high", 47000, "year", "robert-half-2026", 2026);
  assert_record (content, "customer-service-manager", "starting-low", 57000, "year", "robert-half-2026", 2026);
  assert_record (content, "customer-service-manager", "starting-high", 81250, "year", "robert-half-2026", 2026);

  by_level = pursuit_content_find_salaries (content, "customer-service-specialist", "level");
  for (guint i = 0; i < G_N_ELEMENTS (css_levels); i++)
    {
      gboolean median = FALSE;
      gboolean average = FALSE;

      for (guint j = 0; j < by_level->len; j++)
        {
          PursuitSalaryRecord *record = g_ptr_array_index (by_level, j);

          if (g_strcmp0 (record->level, css_levels[i]) != 0)
            continue;
          median |= g_strcmp0 (record->statistic, "median") == 0;
          average |= g_strcmp0 (record->statistic, "average") == 0;
        }
      g_test_message ("level %s", css_levels[i]);
      g_assert_true (median);
      g_assert_true (average);
    }
  for (guint j = 0; j < by_level->len; j++)
    {
      PursuitSalaryRecord *record = g_ptr_array_index (by_level, j);

      g_assert_cmpstr (record->role, ==, "customer-service-specialist");
      g_assert_nonnull (record->level);
    }

  {
    g_autoptr(GPtrArray) none = pursuit_content_find_salaries (content, "astronaut", "all");

    g_assert_cmpuint (none->len, ==, 0);
  }
}

/* Formatting */

static void
assert_pay (double      value,
            const char *currency,
            const char *period,
            const char *expected)
{
  PursuitSalaryRecord record = { 0 };
  g_autofree char *text = NULL;

  record.value = value;
  record.currency = currency;
  record.period = period;
  record.usd = -1;
  text = pursuit_content_format_pay (&record);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_format_pay (void)
{
  assert_pay (39120, "USD", "year", "$39,120 a year");
  assert_pay (19.08, "USD", "hour", "$19.08 an hour");
  assert_pay (2500, "EUR", "month", "€2,500 a month");
  assert_pay (35000, "PLN", "year", "35,000 zł a year");
  assert_pay (1234567, "XYZ", "year", "XYZ 1,234,567 a year");
  assert_pay (999, "GBP", "year", "£999 a year");
  assert_pay (1000, "USD", "year", "$1,000 a year");
  assert_pay (100000, "USD", "year", "$100,000 a year");
  /* Hourly figures keep their cents so a column lines up. */
  assert_pay (30, "USD", "hour", "$30.00 an hour");
  assert_pay (-1234, "USD", "year", "$-1,234 a year");
}

static void
test_search_snippets (void)
{
  g_autoptr(PursuitContent) content = load_resource ();
  const char *queries[] = { "specialist", "contact", "customer service", "salary" };

  /* A word that matches only a guide's name still gives a snippet to read. */
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GPtrArray) hits = pursuit_content_search (content, queries[q], 0);

      g_assert_cmpuint (hits->len, >, 0);
      for (guint i = 0; i < hits->len; i++)
        {
          PursuitSearchHit *hit = g_ptr_array_index (hits, i);

          g_assert_cmpstr (hit->snippet, !=, "");
        }
    }
}

static void
test_format_sources (void)
{
  g_autoptr(PursuitContent) content = load_resource ();
  const char *bls = pursuit_content_node_get_child_text (pursuit_content_find_node (content, "bls-oews-2023"), "citation");
  const char *himalayas = pursuit_content_node_get_child_text (pursuit_content_find_node (content, "himalayas-css-2025"), "citation");
  g_autofree char *expected = g_strdup_printf ("%s; %s", bls, himalayas);
  g_autofree char *both = pursuit_content_format_sources (content, "bls-oews-2023 himalayas-css-2025");
  g_autofree char *skipped = pursuit_content_format_sources (content, "nowhere bls-oews-2023");
  g_autofree char *spaced = pursuit_content_format_sources (content, "bls-oews-2023  himalayas-css-2025 ");
  g_autofree char *unknown = pursuit_content_format_sources (content, "nowhere");

  g_assert_cmpstr (bls, ==, "BLS, May 2023");
  g_assert_cmpstr (both, ==, expected);
  g_assert_cmpstr (skipped, ==, bls);
  g_assert_cmpstr (spaced, ==, expected);
  g_assert_null (unknown);
  g_assert_null (pursuit_content_format_sources (content, NULL));
  g_assert_null (pursuit_content_format_sources (content, ""));
}

/* Search */

static gboolean
contains_folded (const char *text,
                 const char *word)
{
  g_autofree char *folded_text = g_utf8_casefold (text, -1);
  g_autofree char *folded_word = g_utf8_casefold (word, -1);

  return strstr (folded_text, folded_word) != NULL;
}

static void
assert_hits_well_formed (GPtrArray  *hits,
                         const char *first_word)
{
  for (guint i = 0; i < hits->len; i++)
    {
      PursuitSearchHit *hit = g_ptr_array_index (hits, i);

      g_assert_nonnull (hit->title);
      g_assert_cmpstr (hit->title, !=, "");
      g_assert_nonnull (hit->anchor_id);
      g_assert_nonnull (hit->snippet);
      if (!contains_folded (hit->snippet, first_word))
        {
          g_test_message ("hit %s (%s) has snippet “%s” without “%s”",
                          hit->anchor_id, hit->title, hit->snippet, first_word);
          g_test_fail ();
        }
      if (hit->kind == PURSUIT_SEARCH_HIT_QUESTION)
        g_assert_null (hit->guide_id);
      else
        g_assert_nonnull (hit->guide_id);
      if (i > 0)
        g_assert_cmpint (((PursuitSearchHit *) g_ptr_array_index (hits, i - 1))->rank, >=, hit->rank);
    }
}

static gboolean
has_hit (GPtrArray            *hits,
         PursuitSearchHitKind  kind,
         const char           *anchor_id)
{
  for (guint i = 0; i < hits->len; i++)
    {
      PursuitSearchHit *hit = g_ptr_array_index (hits, i);

      if (hit->kind == kind && (anchor_id == NULL || g_strcmp0 (hit->anchor_id, anchor_id) == 0))
        return TRUE;
    }
  return FALSE;
}

static void
test_search (void)
{
  g_autoptr(PursuitContent) content = load_resource ();

  {
    g_autoptr(GPtrArray) hits = pursuit_content_search (content, "first contact resolution", 0);

    g_assert_true (has_hit (hits, PURSUIT_SEARCH_HIT_QUESTION, NULL));
    g_assert_true (has_hit (hits, PURSUIT_SEARCH_HIT_SECTION, NULL));
    assert_hits_well_formed (hits, "first");
  }

  {
    g_autoptr(GPtrArray) hits = pursuit_content_search (content, "  SALARY  ", 0);

    g_assert_cmpuint (hits->len, >, 0);
    assert_hits_well_formed (hits, "salary");
  }

  {
    g_autoptr(GPtrArray) nothing = pursuit_content_search (content, "zzzqqq", 0);
    g_autoptr(GPtrArray) empty = pursuit_content_search (content, "", 0);
    g_autoptr(GPtrArray) blank = pursuit_content_search (content, " \t ", 0);
    g_autoptr(GPtrArray) null = pursuit_content_search (content, NULL, 0);
    g_autoptr(GPtrArray) one_missing = pursuit_content_search (content, "customer zzzqqq", 0);

    g_assert_cmpuint (nothing->len, ==, 0);
    g_assert_cmpuint (empty->len, ==, 0);
    g_assert_cmpuint (blank->len, ==, 0);
    g_assert_cmpuint (null->len, ==, 0);
    g_assert_cmpuint (one_missing->len, ==, 0);
  }

  /* An FAQ entry is found by words of its question. */
  {
    g_autoptr(PursuitGuide) guide = g_list_model_get_item (pursuit_content_get_guides (content), 0);
    g_autoptr(GPtrArray) faq = pursuit_guide_get_faq (guide);
    PursuitContentNode *entry = NULL;
    const char *question;
    g_autofree char *stripped = NULL;
    g_auto(GStrv) words = NULL;
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) chosen = NULL;
    g_autofree char *query = NULL;
    g_autoptr(GPtrArray) hits = NULL;

    g_assert_cmpuint (faq->len, >, 0);
    entry = g_ptr_array_index (faq, 0);
    question = pursuit_content_node_get_child_text (entry, "question");
    stripped = g_strdup (question);
    g_strdelimit (stripped, "?,.!:;", ' ');
    words = g_strsplit (stripped, " ", -1);
    for (guint i = 0, n = 0; words[i] != NULL && n < 3; i++)
      {
        if (strlen (words[i]) >= 4)
          {
            g_strv_builder_add (builder, words[i]);
            n++;
          }
      }
    chosen = g_strv_builder_end (builder);
    g_assert_cmpuint (g_strv_length (chosen), ==, 3);
    query = g_strjoinv (" ", chosen);
    g_test_message ("searching for “%s”", query);

    hits = pursuit_content_search (content, query, 0);
    g_assert_true (has_hit (hits, PURSUIT_SEARCH_HIT_FAQ, pursuit_content_node_get_attribute (entry, "id")));
    assert_hits_well_formed (hits, chosen[0]);
    for (guint i = 0; i < hits->len; i++)
      {
        PursuitSearchHit *hit = g_ptr_array_index (hits, i);

        if (g_strcmp0 (hit->anchor_id, pursuit_content_node_get_attribute (entry, "id")) == 0)
          g_assert_cmpstr (hit->guide_id, ==, pursuit_guide_get_id (guide));
      }
  }

  /* max_hits caps the list; 0 means no cap. */
  {
    g_autoptr(GPtrArray) all = pursuit_content_search (content, "customer", 0);
    g_autoptr(GPtrArray) three = pursuit_content_search (content, "customer", 3);
    g_autoptr(GPtrArray) one = pursuit_content_search (content, "customer", 1);

    g_assert_cmpuint (all->len, >, 3);
    g_assert_cmpuint (three->len, ==, 3);
    g_assert_cmpuint (one->len, ==, 1);
    g_assert_cmpstr (((PursuitSearchHit *) g_ptr_array_index (one, 0))->anchor_id, ==,
                     ((PursuitSearchHit *) g_ptr_array_index (all, 0))->anchor_id);
  }
}

/* Job titles */

static void
test_match_title (void)
{
  g_autoptr(PursuitContent) content = load_resource ();
  PursuitGuide *guide;
  const char *level = NULL;

  guide = pursuit_content_match_title (content, "Senior Customer Service Specialist", &level);
  g_assert_nonnull (guide);
  g_assert_cmpstr (pursuit_guide_get_id (guide), ==, "customer-service-specialist");
  g_assert_cmpstr (level, ==, "css-senior");

  guide = pursuit_content_match_title (content, "  customer-service   REPRESENTATIVE ", &level);
  g_assert_nonnull (guide);
  g_assert_cmpstr (pursuit_guide_get_id (guide), ==, "customer-service-specialist");
  g_assert_null (level);

  guide = pursuit_content_match_title (content, "Contact Center Agent", NULL);
  g_assert_nonnull (guide);
  g_assert_cmpstr (pursuit_guide_get_id (guide), ==, "contact-center-specialist");

  /* Every alias leads back to its own guide. */
  for (guint i = 0; i < g_list_model_get_n_items (pursuit_content_get_guides (content)); i++)
    {
      g_autoptr(PursuitGuide) own = g_list_model_get_item (pursuit_content_get_guides (content), i);
      g_autoptr(GPtrArray) aliases = pursuit_guide_get_aliases (own);

      for (guint j = 0; j < aliases->len; j++)
        {
          PursuitContentNode *alias = g_ptr_array_index (aliases, j);

          guide = pursuit_content_match_title (content, pursuit_content_node_get_text (alias), &level);
          g_assert_true (guide == own);
          g_assert_cmpstr (level, ==, pursuit_content_node_get_attribute (alias, "level"));
        }
    }

  level = "untouched";
  g_assert_null (pursuit_content_match_title (content, "Astronaut", &level));
  g_assert_null (level);
  g_assert_null (pursuit_content_match_title (content, "", NULL));
  g_assert_null (pursuit_content_match_title (content, NULL, NULL));
}

/* Self-checks */

static int
best_answer (PursuitSelfCheck   *check,
             PursuitContentNode *item)
{
  gboolean negative = g_strcmp0 (pursuit_content_node_get_attribute (item, "polarity"), "negative") == 0;

  return negative ? 0 : pursuit_self_check_get_top (check);
}

static int
worst_answer (PursuitSelfCheck   *check,
              PursuitContentNode *item)
{
  gboolean negative = g_strcmp0 (pursuit_content_node_get_attribute (item, "polarity"), "negative") == 0;

  return negative ? pursuit_self_check_get_top (check) : 0;
}

static void
test_self_check_score (void)
{
  g_autoptr(PursuitContent) content = load_resource ();
  GListModel *checks = pursuit_content_get_self_checks (content);

  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(PursuitSelfCheck) check = g_list_model_get_item (checks, i);
      g_autoptr(GPtrArray) items = pursuit_self_check_get_items (check);
      g_autoptr(GPtrArray) bands = pursuit_self_check_get_bands (check);
      g_autofree int *answers = g_new0 (int, items->len);
      double percent = -1;

      g_test_message ("self-check %s", pursuit_self_check_get_id (check));
      g_assert_cmpuint (items->len, >, 0);
      g_assert_cmpuint (bands->len, >=, 2);

      for (guint j = 0; j < items->len; j++)
        answers[j] = best_answer (check, g_ptr_array_index (items, j));
      g_assert_true (pursuit_self_check_score (check, answers, items->len, &percent) == g_ptr_array_index (bands, 0));
      g_assert_cmpfloat_with_epsilon (percent, 0, 1e-9);

      for (guint j = 0; j < items->len; j++)
        answers[j] = worst_answer (check, g_ptr_array_index (items, j));
      g_assert_true (pursuit_self_check_score (check, answers, items->len, &percent) ==
                     g_ptr_array_index (bands, bands->len - 1));
      g_assert_cmpfloat_with_epsilon (percent, 100, 1e-9);
    }

  /* Yes to half the burnout warning signs. */
  {
    PursuitSelfCheck *burnout = pursuit_content_find_self_check (content, "burnout");
    g_autoptr(GPtrArray) items = NULL;
    g_autoptr(GPtrArray) bands = NULL;
    g_autofree int *answers = NULL;
    PursuitContentNode *expected = NULL;
    double percent = -1;

    g_assert_nonnull (burnout);
    g_assert_cmpint (pursuit_self_check_get_answer (burnout), ==, PURSUIT_SELF_CHECK_ANSWER_YES_NO);
    items = pursuit_self_check_get_items (burnout);
    bands = pursuit_self_check_get_bands (burnout);
    g_assert_cmpuint (items->len % 2, ==, 0);
    answers = g_new0 (int, items->len);
    for (guint j = 0; j < items->len; j++)
      {
        g_assert_cmpstr (pursuit_content_node_get_attribute (g_ptr_array_index (items, j), "polarity"), ==, "negative");
        answers[j] = j % 2;
      }

    for (guint j = 0; j < bands->len && expected == NULL; j++)
      {
        PursuitContentNode *band = g_ptr_array_index (bands, j);

        if (g_ascii_strtod (pursuit_content_node_get_attribute (band, "max-percent"), NULL) >= 50)
          expected = band;
      }

    g_assert_true (pursuit_self_check_score (burnout, answers, items->len, &percent) == expected);
    g_assert_cmpfloat_with_epsilon (percent, 50, 1e-9);
    g_assert_cmpstr (pursuit_content_node_get_attribute (expected, "id"), ==, "burnout-some");

    /* Negative yes/no items: yes is the concern. */
    g_assert_cmpfloat (pursuit_self_check_item_concern (burnout, g_ptr_array_index (items, 0), 1), ==, 1.0);
    g_assert_cmpfloat (pursuit_self_check_item_concern (burnout, g_ptr_array_index (items, 0), 0), ==, 0.0);
  }

  /* A positive rating item: the further from the top, the more concern. */
  {
    PursuitSelfCheck *skills = pursuit_content_find_self_check (content, "css-skills-check");
    PursuitContentNode *item = pursuit_content_find_node (content, "css-skills-crm");
    int top;

    g_assert_nonnull (skills);
    g_assert_nonnull (item);
    g_assert_cmpint (pursuit_self_check_get_answer (skills), ==, PURSUIT_SELF_CHECK_ANSWER_RATING);
    top = pursuit_self_check_get_top (skills);
    g_assert_cmpint (top, ==, 4);
    g_assert_cmpfloat_with_epsilon (pursuit_self_check_item_concern (skills, item, top), 0.0, 1e-9);
    g_assert_cmpfloat_with_epsilon (pursuit_self_check_item_concern (skills, item, top / 2), 0.5, 1e-9);
    g_assert_cmpfloat_with_epsilon (pursuit_self_check_item_concern (skills, item, 0), 1.0, 1e-9);
  }

  /* A positive yes/no item: no is the concern. */
  {
    PursuitSelfCheck *fit = pursuit_content_find_self_check (content, "fit");
    PursuitContentNode *item = pursuit_content_find_node (content, "fit-energized-by-helping");

    g_assert_nonnull (fit);
    g_assert_nonnull (item);
    g_assert_cmpfloat (pursuit_self_check_item_concern (fit, item, 1), ==, 0.0);
    g_assert_cmpfloat (pursuit_self_check_item_concern (fit, item, 0), ==, 1.0);
  }
}

/* Translation */

static void
test_translatable (void)
{
  g_autoptr(PursuitContent) content = load_resource ();
  PursuitContentNode *source = pursuit_content_find_node (content, "bls-oews-2023");
  PursuitContentNode *section = pursuit_content_find_node (content, "css-overview");
  PursuitContentNode *category = pursuit_content_find_node (content, "behavioural");
  PursuitGuide *guide = pursuit_content_find_guide (content, "customer-service-specialist");
  g_autoptr(GPtrArray) aliases = pursuit_guide_get_aliases (guide);

  g_assert_cmpuint (aliases->len, >, 0);
  g_assert_false (pursuit_content_node_is_translatable (g_ptr_array_index (aliases, 0)));
  g_assert_false (pursuit_content_node_is_translatable (pursuit_content_node_get_child (source, "name")));
  g_assert_true (pursuit_content_node_is_translatable (pursuit_content_node_get_child (source, "citation")));
  g_assert_true (pursuit_content_node_is_translatable (pursuit_content_node_get_child (section, "p")));
  g_assert_true (pursuit_content_node_is_translatable (pursuit_content_node_get_child (section, "title")));
  /* Only a source's name keeps its words: other names are translated. */
  g_assert_true (pursuit_content_node_is_translatable (pursuit_content_node_get_child (category, "name")));
}

/* The keyword match's skills and tools, spellings joined. */
static void
test_vocabulary (void)
{
  g_autoptr(PursuitContent) content = load_resource ();
  g_auto(GStrv) vocabulary = pursuit_content_dup_vocabulary (content);

  g_assert_true (g_strv_contains ((const char * const *) vocabulary, "CRM|customer relationship management"));
  g_assert_true (g_strv_contains ((const char * const *) vocabulary, "Zendesk"));
  g_assert_true (g_strv_contains ((const char * const *) vocabulary, "active listening"));
  g_assert_cmpuint (g_strv_length (vocabulary), >=, 50);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/content/resource/loads-and-validates", test_resource_loads_and_validates);
  g_test_add_func ("/content/directory/validates", test_directory_validates);
  g_test_add_func ("/content/validate/catches", test_validate_catches);
  g_test_add_func ("/content/parse/errors", test_parse_errors);
  g_test_add_func ("/content/node/parts", test_node_parts);
  g_test_add_func ("/content/node/made", test_node_made);
  g_test_add_func ("/content/node/translated", test_node_translated);
  g_test_add_func ("/content/salaries", test_salaries);
  g_test_add_func ("/content/format-pay", test_format_pay);
  g_test_add_func ("/content/format-sources", test_format_sources);
  g_test_add_func ("/content/search", test_search);
  g_test_add_func ("/content/search/snippets", test_search_snippets);
  g_test_add_func ("/content/match-title", test_match_title);
  g_test_add_func ("/content/vocabulary", test_vocabulary);
  g_test_add_func ("/content/self-check/score", test_self_check_score);
  g_test_add_func ("/content/translatable", test_translatable);

  return g_test_run ();
}
