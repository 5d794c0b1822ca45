/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pursuit-html-text.h"
#include "pursuit-import.h"
#include "pursuit-posting.h"
#include "pursuit-validation.h"

/* A job posting from a saved web page or from the clipboard, read from the
 * schema.org JobPosting data (JSON-LD) that job sites put in their pages
 * for search engines: <script type="application/ld+json"> blocks, one or
 * several, each an object, an array or an @graph, the posting possibly
 * inside another object (a WebPage's mainEntity). Text copied from such a
 * block, without the page around it, is read too.
 *
 * Pages are written by many hands, so every field may be missing, a
 * string where an object belongs or an array where a string does; what
 * cannot be read is left empty rather than refused. What is refused: text
 * over the size limit, text that is not UTF-8, JSON nested deeper than any
 * posting needs (the JSON parser would recurse without end), and a text
 * with no JobPosting at all, with a message that says which. */

G_DEFINE_QUARK (pursuit-posting-error-quark, pursuit_posting_error)

/* Deeper than any real posting, shallow enough for the parser's stack. */
#define MAX_JSON_DEPTH 64
/* The limits pursuit_job_validate() sets, so a draft saves as it is. */
#define MAX_SHORT_FIELD 1000
#define MAX_POSTING_TEXT (1024 * 1024)

void
pursuit_posting_free (PursuitPosting *posting)
{
  if (posting == NULL)
    return;

  g_clear_object (&posting->job);
  g_free (posting->date_posted);
  g_free (posting);
}

/* Cuts @text to at most @max bytes, at a character boundary. */
static char *
clip (char  *text,
      gsize  max)
{
  gsize length = strlen (text);

  if (length > max)
    {
      const char *end = g_utf8_find_prev_char (text, text + max + 1);

      text[end != NULL ? (gsize) (end - text) : 0] = '\0';
    }
  return text;
}

static gboolean
starts_with_ignoring_case (const char *p,
                           const char *end,
                           const char *prefix)
{
  gsize length = strlen (prefix);

  return (gsize) (end - p) >= length && g_ascii_strncasecmp (p, prefix, length) == 0;
}

static const char *
find_ignoring_case (const char *p,
                    const char *end,
                    const char *needle)
{
  for (; p < end; p++)
    {
      if (g_ascii_tolower (*p) == needle[0] && starts_with_ignoring_case (p, end, needle))
        return p;
    }
  return NULL;
}

/* A script's text without what pages wrap JSON in for old browsers. */
static char *
unwrap_script (const char *start,
               const char *end)
{
  static const char * const openers[] = { "<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA[" };
  static const char * const closers[] = { "-->", "//]]>", "/*]]>*/", "]]>" };
  g_autofree char *text = g_strstrip (g_strndup (start, end - start));
  char *inner = text;

  for (guint i = 0; i < G_N_ELEMENTS (openers); i++)
    {
      if (g_str_has_prefix (inner, openers[i]))
        {
          inner += strlen (openers[i]);
          break;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (closers); i++)
    {
      if (g_str_has_suffix (inner, closers[i]))
        {
          inner[strlen (inner) - strlen (closers[i])] = '\0';
          break;
        }
    }
  return g_strstrip (g_strdup (inner));
}

/* The text of every <script type="application/ld+json"> of a page. */
static GPtrArray *
find_json_ld (const char *text,
              gsize       length)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (g_free);
  const char *end = text + length;
  const char *p = text;

  while ((p = find_ignoring_case (p, end, "<script")) != NULL)
    {
      const char *tag_end = pursuit_html_find_tag_end (p + 7, end);
      const char *close;

      if (tag_end == NULL)
        break;

      close = find_ignoring_case (tag_end + 1, end, "</script");
      if (close == NULL)
        close = end;

      {
        g_autofree char *attributes = g_ascii_strdown (p + 7, tag_end - p - 7);

        if (strstr (attributes, "ld+json") != NULL)
          g_ptr_array_add (blocks, unwrap_script (tag_end + 1, close));
      }
      p = close;
    }

  /* Text copied from inside a block, without the page. */
  if (blocks->len == 0)
    {
      g_autofree char *trimmed = g_strstrip (g_strndup (text, length));

      if (trimmed[0] == '{' || trimmed[0] == '[')
        g_ptr_array_add (blocks, g_steal_pointer (&trimmed));
    }

  return blocks;
}

/* Drops the trailing commas some pages leave ("[1, 2,]"), which the JSON
 * parser refuses, and anything after the first value; checks the nesting
 * is not deeper than MAX_JSON_DEPTH, which it would not survive. Returns
 * NULL when too deep. */
static char *
prepare_json (const char *json)
{
  GString *out = g_string_sized_new (strlen (json));
  gboolean in_string = FALSE;
  guint depth = 0;

  for (const char *p = json; *p != '\0'; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            {
              g_string_append_c (out, *p++);
            }
          else if (*p == '"')
            in_string = FALSE;
          g_string_append_c (out, *p);
          continue;
        }

      switch (*p)
        {
        case '"':
          in_string = TRUE;
          break;
        case '{':
        case '[':
          if (++depth > MAX_JSON_DEPTH)
            {
              g_string_free (out, TRUE);
              return NULL;
            }
          break;
        case '}':
        case ']':
          if (depth > 0)
            depth--;
          /* The block's first value ends here: what follows ("};", a
           * second value) is not read. JSON-GLib 1.6 refuses a second
           * value, and keeps the first one's memory when it does. */
          if (depth == 0)
            {
              g_string_append_c (out, *p);
              return g_string_free (out, FALSE);
            }
          break;
        case ',':
          {
            const char *next = p + 1;

            while (g_ascii_isspace (*next))
              next++;
            if (*next == '}' || *next == ']')
              continue;
          }
          break;
        default:
          break;
        }
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* Text */

static char *node_text (JsonNode *node);

/* A JSON string as a field wants it: entities decoded, spaces collapsed. */
static char *
clean_text (const char *text)
{
  g_autofree char *decoded = pursuit_html_decode_entities (text, -1);

  return pursuit_html_collapse_spaces (decoded);
}

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL ? json_object_get_member (object, name) : NULL;
}

/* What a node says as text: a string, a number, an object's name (or
 * @value), the first of an array that says something. Never NULL. */
static char *
node_text (JsonNode *node)
{
  if (node == NULL)
    return g_strdup ("");

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_VALUE:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          return clean_text (json_node_get_string (node));
        if (type == G_TYPE_INT64)
          return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
        if (type == G_TYPE_DOUBLE)
          {
            char buffer[G_ASCII_DTOSTR_BUF_SIZE];

            return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
          }
        return g_strdup ("");
      }

    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonNode *name = member (object, "name");

        if (name == NULL)
          name = member (object, "@value");
        if (name != NULL && json_node_get_node_type (name) != JSON_NODE_OBJECT)
          return node_text (name);
        return g_strdup ("");
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *element = json_array_get_element (array, i);
            g_autofree char *text = NULL;

            if (json_node_get_node_type (element) == JSON_NODE_ARRAY)
              continue;
            text = node_text (element);
            if (text[0] != '\0')
              return g_steal_pointer (&text);
          }
        return g_strdup ("");
      }

    case JSON_NODE_NULL:
    default:
      return g_strdup ("");
    }
}

/* Every text of a node that may be one value or an array of them. */
static GPtrArray *
node_texts (JsonNode *node)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          char *text = JSON_NODE_HOLDS_ARRAY (element) ? g_strdup ("") : node_text (element);

          if (text[0] != '\0')
            g_ptr_array_add (texts, text);
          else
            g_free (text);
        }
    }
  else
    {
      char *text = node_text (node);

      if (text[0] != '\0')
        g_ptr_array_add (texts, text);
      else
        g_free (text);
    }

  return texts;
}

static void
add_unique (GPtrArray *texts,
            char      *text)
{
  if (text[0] == '\0' || g_ptr_array_find_with_equal_func (texts, text, g_str_equal, NULL))
    g_free (text);
  else
    g_ptr_array_add (texts, text);
}

static char *
join_texts (GPtrArray  *texts,
            const char *separator)
{
  g_ptr_array_add (texts, NULL);
  return g_strjoinv (separator, (char **) texts->pdata);
}

/* Fields */

/* "Leeds, West Yorkshire, GB" from a PostalAddress; the text of an
 * address written as text. */
static char *
address_text (JsonNode *address)
{
  static const char * const parts[] = { "addressLocality", "addressRegion", "addressCountry" };
  g_autoptr(GPtrArray) texts = NULL;
  JsonObject *object;

  if (address == NULL || !JSON_NODE_HOLDS_OBJECT (address))
    return node_text (address);

  object = json_node_get_object (address);
  texts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    add_unique (texts, node_text (member (object, parts[i])));

  if (texts->len == 0)
    add_unique (texts, node_text (member (object, "streetAddress")));
  return join_texts (texts, ", ");
}

/* A Place: its address, else its name; or a place written as text. */
static char *
place_text (JsonNode *place)
{
  JsonObject *object;
  JsonNode *address;
  char *text;

  if (place == NULL || JSON_NODE_HOLDS_ARRAY (place))
    return g_strdup ("");
  if (!JSON_NODE_HOLDS_OBJECT (place))
    return node_text (place);

  object = json_node_get_object (place);
  address = member (object, "address");
  if (address != NULL && JSON_NODE_HOLDS_ARRAY (address))
    address = json_array_get_length (json_node_get_array (address)) > 0
              ? json_array_get_element (json_node_get_array (address), 0) : NULL;

  /* A PostalAddress where the Place should be. */
  if (address == NULL && member (object, "addressLocality") != NULL)
    address = place;

  text = address_text (address);
  if (text[0] == '\0')
    {
      g_free (text);
      text = node_text (member (object, "name"));
    }
  return text;
}

static char *
read_location (JsonObject *posting)
{
  g_autoptr(GPtrArray) places = g_ptr_array_new_with_free_func (g_free);
  JsonNode *location = member (posting, "jobLocation");

  if (location != NULL && JSON_NODE_HOLDS_ARRAY (location))
    {
      JsonArray *array = json_node_get_array (location);

      for (guint i = 0; i < json_array_get_length (array); i++)
        add_unique (places, place_text (json_array_get_element (array, i)));
    }
  else if (location != NULL)
    add_unique (places, place_text (location));

  /* A remote job names where its applicants may live instead. */
  if (places->len == 0)
    {
      g_autoptr(GPtrArray) areas = node_texts (member (posting, "applicantLocationRequirements"));

      for (guint i = 0; i < areas->len; i++)
        add_unique (places, g_strdup (g_ptr_array_index (areas, i)));
    }

  return join_texts (places, "; ");
}

static gboolean
is_remote (JsonObject *posting)
{
  g_autoptr(GPtrArray) types = node_texts (member (posting, "jobLocationType"));

  for (guint i = 0; i < types->len; i++)
    {
      if (g_ascii_strcasecmp (g_ptr_array_index (types, i), "TELECOMMUTE") == 0)
        return TRUE;
    }
  return FALSE;
}

static PursuitEmploymentType
read_employment_type (JsonObject *posting)
{
  g_autoptr(GPtrArray) types = node_texts (member (posting, "employmentType"));

  for (guint i = 0; i < types->len; i++)
    {
      PursuitEmploymentType type;

      if (pursuit_import_parse_employment_type (g_ptr_array_index (types, i), &type))
        return type;
    }
  return PURSUIT_EMPLOYMENT_UNKNOWN;
}

/* A number in JSON, or in a string ("50,000.00", "50000"). @value is
 * only set when there is one. */
static gboolean
node_number (JsonNode *node,
             double   *value)
{
  double number;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
    case G_TYPE_DOUBLE:
      number = json_node_get_double (node);
      break;
    case G_TYPE_STRING:
      {
        g_autoptr(GString) digits = g_string_new (NULL);
        char *end;

        for (const char *p = json_node_get_string (node); *p != '\0'; p++)
          {
            if (*p != ',' && *p != ' ')
              g_string_append_c (digits, *p);
          }
        if (digits->len == 0)
          return FALSE;
        number = g_ascii_strtod (digits->str, &end);
        if (*end != '\0')
          return FALSE;
      }
      break;
    default:
      return FALSE;
    }

  if (!(number >= 0 && number < 1e12))
    return FALSE;
  *value = number;
  return TRUE;
}

static JsonNode *
first_of (JsonNode *node)
{
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      return json_array_get_length (array) > 0 ? json_array_get_element (array, 0) : NULL;
    }
  return node;
}

/* Pay from baseSalary (or estimatedSalary): a MonetaryAmount whose value
 * is a QuantitativeValue (value, or minValue and maxValue, and unitText),
 * or a number, or a MonetaryAmount with the figures on itself. */
static void
read_pay (JsonObject *posting,
          PursuitJob *job)
{
  JsonNode *salary = first_of (member (posting, "baseSalary"));
  g_autofree char *currency = node_text (member (posting, "salaryCurrency"));
  g_autofree char *unit = NULL;
  double min = -1, max = -1, single = -1;

  if (salary == NULL)
    salary = first_of (member (posting, "estimatedSalary"));
  if (salary == NULL)
    return;

  if (JSON_NODE_HOLDS_OBJECT (salary))
    {
      JsonObject *amount = json_node_get_object (salary);
      JsonNode *value = first_of (member (amount, "value"));
      JsonObject *quantity = value != NULL && JSON_NODE_HOLDS_OBJECT (value) ? json_node_get_object (value) : NULL;
      g_autofree char *amount_currency = node_text (member (amount, "currency"));

      if (amount_currency[0] != '\0')
        {
          g_free (currency);
          currency = g_steal_pointer (&amount_currency);
        }

      if (quantity != NULL)
        {
          node_number (member (quantity, "minValue"), &min);
          node_number (member (quantity, "maxValue"), &max);
          node_number (member (quantity, "value"), &single);
          unit = node_text (member (quantity, "unitText"));
        }
      else
        node_number (value, &single);

      /* Some pages put the figures on the MonetaryAmount itself. */
      if (min < 0 && max < 0 && single < 0)
        {
          node_number (member (amount, "minValue"), &min);
          node_number (member (amount, "maxValue"), &max);
        }
      if (unit == NULL || unit[0] == '\0')
        {
          g_free (unit);
          unit = node_text (member (amount, "unitText"));
        }
    }
  else
    node_number (salary, &single);

  if (min < 0 && max < 0 && single >= 0)
    min = max = single;
  if (min < 0 && max < 0)
    return;
  if (min >= 0 && max >= 0 && min > max)
    {
      double swap = min;

      min = max;
      max = swap;
    }

  pursuit_job_set_pay_min (job, min);
  pursuit_job_set_pay_max (job, max);

  {
    g_autofree char *code = g_ascii_strup (currency, -1);
    PursuitPayPeriod period;

    if (pursuit_is_currency_code (code))
      pursuit_job_set_pay_currency (job, code);
    if (unit != NULL && pursuit_import_parse_pay_period (unit, &period))
      pursuit_job_set_pay_period (job, period);
  }
}

static char *
read_date (JsonObject *posting,
           const char *name)
{
  g_autofree char *text = node_text (member (posting, name));
  char *iso = NULL;

  if (!pursuit_import_parse_date (text, PURSUIT_DATE_ORDER_UNKNOWN, &iso, NULL))
    return g_strdup ("");
  return iso;
}

static char *
read_description (JsonObject *posting)
{
  JsonNode *node = member (posting, "description");
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return clip (pursuit_html_to_text (json_node_get_string (node), -1), MAX_POSTING_TEXT);

  /* Rarely an array of paragraphs. */
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
            g_ptr_array_add (parts, pursuit_html_to_text (json_node_get_string (element), -1));
        }
    }
  return clip (join_texts (parts, "\n\n"), MAX_POSTING_TEXT);
}

static PursuitPosting *
read_posting (JsonObject *object)
{
  PursuitPosting *posting = g_new0 (PursuitPosting, 1);
  PursuitJob *job = pursuit_job_new ();
  g_autofree char *title = node_text (member (object, "title"));
  g_autofree char *company = NULL;
  g_autofree char *location = read_location (object);
  g_autofree char *url = node_text (member (object, "url"));
  g_autofree char *deadline = read_date (object, "validThrough");
  g_autofree char *description = read_description (object);
  g_autoptr(GPtrArray) industries = node_texts (member (object, "industry"));
  g_autofree char *industry = join_texts (industries, ", ");

  if (title[0] == '\0')
    {
      g_free (title);
      title = node_text (member (object, "name"));
    }
  company = node_text (first_of (member (object, "hiringOrganization")));

  pursuit_job_set_title (job, clip (title, MAX_SHORT_FIELD));
  pursuit_job_set_company (job, clip (company, MAX_SHORT_FIELD));
  pursuit_job_set_location (job, clip (location, MAX_SHORT_FIELD));
  pursuit_job_set_industry (job, clip (industry, MAX_SHORT_FIELD));
  if (pursuit_is_web_address (url) && strlen (url) <= 8000)
    pursuit_job_set_url (job, url);
  if (is_remote (object))
    pursuit_job_set_workplace (job, PURSUIT_WORKPLACE_REMOTE);
  pursuit_job_set_employment_type (job, read_employment_type (object));
  read_pay (object, job);
  pursuit_job_set_deadline (job, deadline);
  pursuit_job_set_posting_text (job, description);

  posting->job = job;
  posting->date_posted = read_date (object, "datePosted");
  return posting;
}

/* Finding postings */

static gboolean
is_job_posting_type (const char *type)
{
  const char *name = type;
  const char *separator = strrchr (type, '/');

  /* "JobPosting", "schema:JobPosting", "https://schema.org/JobPosting". */
  if (separator == NULL)
    separator = strrchr (type, ':');
  if (separator != NULL)
    name = separator + 1;
  return g_ascii_strcasecmp (name, "JobPosting") == 0;
}

static gboolean
is_job_posting (JsonObject *object)
{
  JsonNode *type = member (object, "@type");

  if (type == NULL)
    return FALSE;

  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING &&
              is_job_posting_type (json_node_get_string (element)))
            return TRUE;
        }
      return FALSE;
    }

  return JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING &&
         is_job_posting_type (json_node_get_string (type));
}

/* Every JobPosting in @node, at any depth: in @graph, in arrays, as the
 * mainEntity of a page. */
static void
collect_postings (JsonNode  *node,
                  GPtrArray *found,
                  guint      depth)
{
  if (node == NULL || depth > MAX_JSON_DEPTH)
    return;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonObjectIter iter;
      JsonNode *value;

      if (is_job_posting (object))
        {
          g_ptr_array_add (found, read_posting (object));
          return;
        }

      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, NULL, &value))
        collect_postings (value, found, depth + 1);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_postings (json_array_get_element (array, i), found, depth + 1);
    }
}

/* What makes two postings the same, for a page that has one twice (once
 * alone, once in a @graph). A listing page may hold thousands: a key in
 * a set, not a comparison with each. */
static char *
posting_key (PursuitPosting *posting)
{
  PursuitJob *job = posting->job;

  return g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s", pursuit_job_get_title (job), pursuit_job_get_company (job),
                          pursuit_job_get_url (job), pursuit_job_get_posting_text (job));
}

/**
 * pursuit_posting_parse:
 * @data: a saved web page (HTML), or text copied from a page's JSON-LD
 * @length: its length in bytes
 *
 * Reads every schema.org JobPosting in @data into a draft job: title (or
 * name), company (hiringOrganization), location (jobLocation's addresses,
 * several joined by "; ", or applicantLocationRequirements), remote work
 * (jobLocationType TELECOMMUTE), employment type, industry, pay (baseSalary
 * or estimatedSalary: a MonetaryAmount or a number; the currency may be
 * missing), deadline (validThrough), URL, and the description as plain
 * text. HTML entities in the JSON's strings are decoded.
 *
 * Returns: (transfer full) (element-type PursuitPosting) (nullable): the
 *   postings in the order of the page, at least one; %NULL with @error
 *   set when there is none or the text cannot be read
 */
GPtrArray *
pursuit_posting_parse (const char  *data,
                       gsize        length,
                       GError     **error)
{
  g_autoptr(GPtrArray) blocks = NULL;
  g_autoptr(GPtrArray) postings = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *first_failure = NULL;
  guint n_read = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > PURSUIT_POSTING_MAX_BYTES)
    {
      g_set_error (error, PURSUIT_POSTING_ERROR, PURSUIT_POSTING_ERROR_TOO_LARGE,
                   _("The page is larger than %u MB, too large for a job posting."),
                   (guint) (PURSUIT_POSTING_MAX_BYTES / (1024 * 1024)));
      return NULL;
    }
  if (length > 0 && !g_utf8_validate_len (data, length, NULL))
    {
      g_set_error_literal (error, PURSUIT_POSTING_ERROR, PURSUIT_POSTING_ERROR_INVALID_UTF8,
                           _("The page is not UTF-8 text. Open it in a web browser and copy the posting’s text instead."));
      return NULL;
    }

  blocks = find_json_ld (data, length);
  postings = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_posting_free);

  for (guint i = 0; i < blocks->len; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(GError) parse_error = NULL;
      g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) pursuit_posting_free);
      g_autofree char *json = prepare_json (g_ptr_array_index (blocks, i));

      if (json == NULL)
        {
          if (first_failure == NULL)
            first_failure = g_strdup (_("it is nested too deeply"));
          continue;
        }
      if (!json_parser_load_from_data (parser, json, -1, &parse_error))
        {
          if (first_failure == NULL)
            /* JSON-GLib quotes the token at fault, which it may cut
             * inside a character. */
            first_failure = g_utf8_make_valid (parse_error->message, -1);
          continue;
        }
      n_read++;

      collect_postings (json_parser_get_root (parser), found, 0);
      for (guint j = 0; j < found->len; j++)
        {
          char *key = posting_key (g_ptr_array_index (found, j));

          if (g_hash_table_add (seen, key))
            g_ptr_array_add (postings, g_ptr_array_steal_index (found, j--));
        }
    }

  if (postings->len > 0)
    return g_steal_pointer (&postings);

  if (blocks->len == 0)
    g_set_error_literal (error, PURSUIT_POSTING_ERROR, PURSUIT_POSTING_ERROR_NOT_FOUND,
                         _("This page has no job posting data. Pursuit reads the schema.org JobPosting that job sites put in their pages; this one has none, so copy the posting’s text instead."));
  else if (n_read == 0)
    g_set_error (error, PURSUIT_POSTING_ERROR, PURSUIT_POSTING_ERROR_NOT_FOUND,
                 _("The page’s job data cannot be read: %s"), first_failure);
  else
    g_set_error_literal (error, PURSUIT_POSTING_ERROR, PURSUIT_POSTING_ERROR_NOT_FOUND,
                         _("This page has structured data, but no job posting in it."));
  return NULL;
}
