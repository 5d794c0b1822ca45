/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "pursuit-locale.h"

/**
 * pursuit_locale_init:
 *
 * Takes the user's locale (messages, dates, number and money formats) and
 * binds the translations, for the app, pursuit-cli and the widget tests.
 * PURSUIT_LOCALEDIR, set by the tests only, points at the build
 * directory's translations (_build/po) instead of the installed ones.
 */
void
pursuit_locale_init (void)
{
  const char *localedir = g_getenv ("PURSUIT_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
