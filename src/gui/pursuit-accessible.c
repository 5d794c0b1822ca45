/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-accessible.h"

/* "_Add Stage" as a screen reader should say it: GTK 4.8 names a button
 * after its label with the underscore, "_Add Stage Add Stage". */
static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      /* "__" is a written underscore. */
      if (*p == '_' && p[1] == '_')
        g_string_append_c (text, *++p);
      else if (*p != '_')
        g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

/**
 * pursuit_mnemonic_button_new:
 * @label: with an underscore before its mnemonic: "_Add Stage"
 *
 * Returns: (transfer floating): a button whose accessible name is its
 *   label as read: "Add Stage"
 */
GtkWidget *
pursuit_mnemonic_button_new (const char *label)
{
  GtkWidget *button;
  g_autofree char *name = NULL;

  g_return_val_if_fail (label != NULL, NULL);

  button = gtk_button_new_with_mnemonic (label);
  name = strip_mnemonic (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return button;
}
