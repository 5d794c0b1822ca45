/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <inttypes.h>

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "pursuit-data-json.h"

/* The JSON form of everything the user owns (README, "Export and backup"):
 *
 *   {
 *     "format": "pursuit-export",
 *     "version": 1,
 *     "tables": {
 *       "stages": [
 *         {"id": 1, "kind": 0, "custom_name": null, "position": 0, "hidden": 0},
 *         …
 *       ],
 *       …
 *     }
 *   }
 *
 * One row a line. Strings, integers, numbers (always with a point or an
 * exponent, so they read back as numbers) and null stand for themselves;
 * bytes (files, recordings) are {"base64": "…"}. The writer gives the same
 * text for the same data, byte for byte: that is what makes an export of an
 * imported export identical. Which tables and columns there are is the
 * store's business; this file only reads and writes the shape. */

G_DEFINE_QUARK (pursuit-data-json-error-quark, pursuit_data_json_error)

static void
write_string (GString    *out,
              const char *text)
{
  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

/* The shortest text that reads back (g_ascii_strtod) to exactly @value:
 * "0.3333", not the "0.33329999999999999" of "%.17g". */
const char *
pursuit_data_json_format_double (char   *buffer,
                                gsize   size,
                                double  value)
{
  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, size, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return buffer;
}

static void
write_double (GString *out,
              double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }

  pursuit_data_json_format_double (buffer, sizeof buffer, value);
  g_string_append (out, buffer);
  if (strpbrk (buffer, ".e") == NULL)
    g_string_append (out, ".0");
}

static void
write_value (GString  *out,
             GVariant *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    write_string (out, g_variant_get_string (value, NULL));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    g_string_append_printf (out, "%" G_GINT64_FORMAT, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    write_double (out, g_variant_get_double (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_BYTESTRING))
    {
      gsize size = 0;
      const guchar *bytes = g_variant_get_fixed_array (value, &size, 1);
      g_autofree char *encoded = g_base64_encode (bytes, size);

      g_string_append (out, "{\"base64\": ");
      write_string (out, encoded);
      g_string_append_c (out, '}');
    }
  else
    g_string_append (out, "null");
}

/**
 * pursuit_data_json_write:
 * @data: tables of rows (%PURSUIT_DATA_JSON_TYPE)
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the export as UTF-8 JSON, ending in a newline
 */
char *
pursuit_data_json_write (GVariant *data,
                         gsize    *length)
{
  GString *out;
  GVariantIter tables;
  const char *name;
  GVariant *rows;
  gboolean first_table = TRUE;

  g_return_val_if_fail (g_variant_is_of_type (data, PURSUIT_DATA_JSON_TYPE), NULL);

  out = g_string_new ("{\n  \"format\": ");
  write_string (out, PURSUIT_DATA_JSON_FORMAT);
  g_string_append_printf (out, ",\n  \"version\": %d,\n  \"tables\": {", PURSUIT_DATA_JSON_VERSION);

  g_variant_iter_init (&tables, data);
  while (g_variant_iter_next (&tables, "(&s@aa{sv})", &name, &rows))
    {
      gsize n_rows = g_variant_n_children (rows);

      g_string_append (out, first_table ? "\n    " : ",\n    ");
      first_table = FALSE;
      write_string (out, name);
      g_string_append (out, ": [");

      for (gsize r = 0; r < n_rows; r++)
        {
          g_autoptr(GVariant) row = g_variant_get_child_value (rows, r);
          GVariantIter columns;
          const char *column;
          GVariant *value;
          gboolean first_column = TRUE;

          g_string_append (out, r == 0 ? "\n      {" : ",\n      {");
          g_variant_iter_init (&columns, row);
          while (g_variant_iter_next (&columns, "{&sv}", &column, &value))
            {
              if (!first_column)
                g_string_append (out, ", ");
              first_column = FALSE;
              write_string (out, column);
              g_string_append (out, ": ");
              write_value (out, value);
              g_variant_unref (value);
            }
          g_string_append_c (out, '}');
        }

      g_string_append (out, n_rows > 0 ? "\n    ]" : "]");
      g_variant_unref (rows);
    }

  g_string_append (out, first_table ? "}\n}\n" : "\n  }\n}\n");

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/* Reading */

static void
set_invalid (GError    **error,
             const char *where)
{
  g_set_error (error, PURSUIT_DATA_JSON_ERROR, PURSUIT_DATA_JSON_ERROR_INVALID,
               _("The file is not a valid Pursuit export: %s. Nothing was imported."), where);
}

static gboolean
is_base64 (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '+' && *p != '/' && *p != '=')
      return FALSE;
  return strlen (text) % 4 == 0;
}

static GVariant *
read_value (JsonNode   *node,
            const char *table,
            guint       row,
            const char *column,
            GError    **error)
{
  g_autofree char *where = NULL;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_NULL:
      return g_variant_new_tuple (NULL, 0);

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          return g_variant_new_int64 (json_node_get_int (node));
        case G_TYPE_DOUBLE:
          return g_variant_new_double (json_node_get_double (node));
        case G_TYPE_STRING:
          return g_variant_new_string (json_node_get_string (node));
        default:
          break;
        }
      break;

    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonNode *encoded = json_object_get_member (object, "base64");

        if (json_object_get_size (object) == 1 && encoded != NULL && JSON_NODE_HOLDS_VALUE (encoded) &&
            json_node_get_value_type (encoded) == G_TYPE_STRING &&
            is_base64 (json_node_get_string (encoded)))
          {
            gsize size = 0;
            guchar *bytes = g_base64_decode (json_node_get_string (encoded), &size);

            return g_variant_new_from_data (G_VARIANT_TYPE_BYTESTRING, bytes, size, TRUE, g_free, bytes);
          }
      }
      break;

    default:
      break;
    }

  /* Translators: "row 3 of “jobs”, “company”" */
  where = g_strdup_printf (_("row %u of “%s”, “%s”, holds a value of a kind no column has"),
                           row + 1, table, column);
  set_invalid (error, where);
  return NULL;
}

static GVariant *
read_rows (JsonNode   *node,
           const char *table,
           GError    **error)
{
  GVariantBuilder rows;
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *where = g_strdup_printf (_("“%s” is not a list of rows"), table);

      set_invalid (error, where);
      return NULL;
    }

  array = json_node_get_array (node);
  g_variant_builder_init (&rows, G_VARIANT_TYPE ("aa{sv}"));
  for (guint r = 0; r < json_array_get_length (array); r++)
    {
      JsonNode *element = json_array_get_element (array, r);
      GVariantBuilder row;
      GList *columns;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          g_autofree char *where = g_strdup_printf (_("row %u of “%s” is not an object"), r + 1, table);

          set_invalid (error, where);
          g_variant_builder_clear (&rows);
          return NULL;
        }

      g_variant_builder_init (&row, G_VARIANT_TYPE_VARDICT);
      /* In the file's order, so that the data written again is the same
       * text (a JsonObjectIter walks a hash table). */
      columns = json_object_get_members (json_node_get_object (element));
      for (GList *l = columns; l != NULL; l = l->next)
        {
          const char *column = l->data;
          JsonNode *value = json_object_get_member (json_node_get_object (element), column);
          GVariant *read = read_value (value, table, r, column, error);

          if (read == NULL)
            {
              g_list_free (columns);
              g_variant_builder_clear (&row);
              g_variant_builder_clear (&rows);
              return NULL;
            }
          g_variant_builder_add (&row, "{sv}", column, read);
        }
      g_list_free (columns);
      g_variant_builder_add_value (&rows, g_variant_builder_end (&row));
    }

  return g_variant_builder_end (&rows);
}

/**
 * pursuit_data_json_read:
 * @length: the length of @text, or -1 if it ends in a nul
 *
 * Reads an export back, refusing what is not one (with where it goes
 * wrong) and one made by a newer Pursuit. The tables and columns are not
 * checked here: the store knows them.
 *
 * Returns: (transfer full): the data as %PURSUIT_DATA_JSON_TYPE, or %NULL
 *   with @error set
 */
GVariant *
pursuit_data_json_read (const char  *text,
                        gssize       length,
                        GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  GVariantBuilder tables;
  JsonObject *root;
  JsonNode *format;
  JsonNode *version;
  JsonNode *members;
  GList *names;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);

  if (!g_utf8_validate (text, length, NULL))
    {
      set_invalid (error, _("it is not UTF-8 text"));
      return NULL;
    }

  if (!json_parser_load_from_data (parser, text, length, &local_error))
    {
      set_invalid (error, local_error->message);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, PURSUIT_DATA_JSON_ERROR, PURSUIT_DATA_JSON_ERROR_NOT_PURSUIT,
                   _("The file is JSON but not a Pursuit export. Nothing was imported."));
      return NULL;
    }

  root = json_node_get_object (json_parser_get_root (parser));
  format = json_object_get_member (root, "format");
  version = json_object_get_member (root, "version");

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) || json_node_get_value_type (format) != G_TYPE_STRING ||
      !g_str_equal (json_node_get_string (format), PURSUIT_DATA_JSON_FORMAT))
    {
      g_set_error (error, PURSUIT_DATA_JSON_ERROR, PURSUIT_DATA_JSON_ERROR_NOT_PURSUIT,
                   _("The file is JSON but not a Pursuit export (its “format” is not “%s”). "
                     "Nothing was imported."), PURSUIT_DATA_JSON_FORMAT);
      return NULL;
    }

  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64 ||
      json_node_get_int (version) < 1)
    {
      set_invalid (error, _("its “version” is missing or not a whole number"));
      return NULL;
    }

  if (json_node_get_int (version) > PURSUIT_DATA_JSON_VERSION)
    {
      g_set_error (error, PURSUIT_DATA_JSON_ERROR, PURSUIT_DATA_JSON_ERROR_NEWER_VERSION,
                   _("The file was made by a newer Pursuit (export version %" PRId64
                     "; this one reads up to %d). Update Pursuit to import it. Nothing was imported."),
                   json_node_get_int (version), PURSUIT_DATA_JSON_VERSION);
      return NULL;
    }

  members = json_object_get_member (root, "tables");
  if (members == NULL || !JSON_NODE_HOLDS_OBJECT (members))
    {
      set_invalid (error, _("it has no “tables”"));
      return NULL;
    }

  g_variant_builder_init (&tables, PURSUIT_DATA_JSON_TYPE);
  names = json_object_get_members (json_node_get_object (members));
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      GVariant *read = read_rows (json_object_get_member (json_node_get_object (members), name), name, error);

      if (read == NULL)
        {
          g_list_free (names);
          g_variant_builder_clear (&tables);
          return NULL;
        }
      g_variant_builder_add (&tables, "(s@aa{sv})", name, read);
    }
  g_list_free (names);

  return g_variant_ref_sink (g_variant_builder_end (&tables));
}
