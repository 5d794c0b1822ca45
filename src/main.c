/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-app.h"
#include "pursuit-locale.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PursuitApp) app = NULL;

  pursuit_locale_init ();

  g_set_application_name (_("Pursuit"));

  app = pursuit_app_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
