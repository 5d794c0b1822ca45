/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gmodule.h>

#include "pursuit-document-libs.h"
#include "pursuit-document-sonames.h"
#include "pursuit-document.h"

/* Loaded with GModule by the names the build found
 * (pursuit-document-sonames.h): a program
 * that reads no document never maps them. */

typedef struct
{
  const char *name;
  gsize offset;
} Symbol;

typedef struct
{
  gsize once;
  gboolean loaded;
  char *failure;   /* why not, said again at every use */
} Loading;

/* Opens @sonames (the first has the symbols' owners in order) and fills
 * @table from them; each symbol is looked for in every library. */
static void
load (Loading            *loading,
      const char * const *sonames,
      const Symbol       *symbols,
      guint               n_symbols,
      gpointer            table)
{
  GModule *modules[4] = { NULL };
  guint n_modules = 0;

  for (guint i = 0; sonames[i] != NULL && i < G_N_ELEMENTS (modules); i++)
    {
      g_autoptr(GError) error = NULL;

      /* Never closed: their functions are used until the program ends. */
      modules[i] = g_module_open_full (sonames[i], G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL, &error);
      if (modules[i] == NULL)
        {
          loading->failure = g_strdup (error->message);
          return;
        }
      n_modules++;
    }

  for (guint s = 0; s < n_symbols; s++)
    {
      gpointer address = NULL;

      for (guint m = 0; m < n_modules && address == NULL; m++)
        g_module_symbol (modules[m], symbols[s].name, &address);
      if (address == NULL)
        {
          loading->failure = g_strdup_printf ("%s: no %s", sonames[0], symbols[s].name);
          return;
        }
      G_STRUCT_MEMBER (gpointer, table, symbols[s].offset) = address;
    }

  loading->loaded = TRUE;
}

/* @table, loaded on first use; %NULL with @error naming @kind if it
 * cannot be. */
static gpointer
get_lib (Loading            *loading,
         const char * const *sonames,
         const Symbol       *symbols,
         guint               n_symbols,
         gpointer            table,
         const char         *kind,
         GError            **error)
{
  if (g_once_init_enter (&loading->once))
    {
      load (loading, sonames, symbols, n_symbols, table);
      g_once_init_leave (&loading->once, 1);
    }

  if (loading->loaded)
    return table;

  g_set_error (error, PURSUIT_DOCUMENT_ERROR, PURSUIT_DOCUMENT_ERROR_UNSUPPORTED,
               /* Translators: %s is a kind of file, such as “PDF”; the second %s says what is missing */
               _("This computer cannot read %s files (%s)"), kind, loading->failure);
  return NULL;
}

#define SYMBOL(type, prefix, field) { #prefix #field, G_STRUCT_OFFSET (type, field) }

/**
 * pursuit_archive_lib_get:
 *
 * Returns: (nullable): libarchive's functions, loaded on first use
 */
const PursuitArchiveLib *
pursuit_archive_lib_get (GError **error)
{
  static PursuitArchiveLib lib;
  static Loading loading;
  static const char * const sonames[] = { LIBARCHIVE_SONAME, NULL };
  static const Symbol symbols[] = {
    SYMBOL (PursuitArchiveLib, archive_, read_new),
    SYMBOL (PursuitArchiveLib, archive_, read_free),
    SYMBOL (PursuitArchiveLib, archive_, read_support_format_zip),
    SYMBOL (PursuitArchiveLib, archive_, read_open_memory),
    SYMBOL (PursuitArchiveLib, archive_, read_next_header),
    SYMBOL (PursuitArchiveLib, archive_, read_data),
    SYMBOL (PursuitArchiveLib, archive_, entry_pathname),
    SYMBOL (PursuitArchiveLib, archive_, entry_is_encrypted),
  };

  return get_lib (&loading, sonames, symbols, G_N_ELEMENTS (symbols), &lib, _("DOCX or ODT"), error);
}

/**
 * pursuit_pdf_lib_get:
 *
 * Returns: (nullable): poppler's and cairo's functions, loaded on first use
 */
const PursuitPdfLib *
pursuit_pdf_lib_get (GError **error)
{
  static PursuitPdfLib lib;
  static Loading loading;
  static const char * const sonames[] = { POPPLER_GLIB_SONAME, CAIRO_SONAME, NULL };
  static const Symbol symbols[] = {
    SYMBOL (PursuitPdfLib, poppler_, error_quark),
    SYMBOL (PursuitPdfLib, poppler_, document_new_from_bytes),
    SYMBOL (PursuitPdfLib, poppler_, document_get_n_pages),
    SYMBOL (PursuitPdfLib, poppler_, document_get_page),
    SYMBOL (PursuitPdfLib, poppler_, page_get_size),
    SYMBOL (PursuitPdfLib, poppler_, page_get_text),
    SYMBOL (PursuitPdfLib, poppler_, page_render),
    SYMBOL (PursuitPdfLib, cairo_, image_surface_create),
    SYMBOL (PursuitPdfLib, cairo_, create),
    SYMBOL (PursuitPdfLib, cairo_, set_source_rgb),
    SYMBOL (PursuitPdfLib, cairo_, paint),
    SYMBOL (PursuitPdfLib, cairo_, scale),
    SYMBOL (PursuitPdfLib, cairo_, destroy),
    SYMBOL (PursuitPdfLib, cairo_, surface_write_to_png_stream),
    SYMBOL (PursuitPdfLib, cairo_, surface_destroy),
  };

  return get_lib (&loading, sonames, symbols, G_N_ELEMENTS (symbols), &lib, _("PDF"), error);
}
