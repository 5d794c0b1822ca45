/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "pursuit-launch.h"

/**
 * pursuit_open_uri:
 *
 * Opens @uri with the application the desktop gives it (through the
 * OpenURI portal inside a sandbox).
 */
void
pursuit_open_uri (GtkWidget  *widget,
                  const char *uri)
{
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (uri == NULL || uri[0] == '\0')
    return;

  root = gtk_widget_get_root (widget);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* "mailto:" and the address, escaped; %NULL when there is none. */
char *
pursuit_uri_for_email (const char *address)
{
  g_autofree char *trimmed = NULL;

  if (address == NULL)
    return NULL;

  trimmed = g_strstrip (g_strdup (address));
  if (trimmed[0] == '\0' || strchr (trimmed, '@') == NULL)
    return NULL;

  {
    g_autofree char *escaped = g_uri_escape_string (trimmed, "@+.-_", FALSE);

    return g_strconcat ("mailto:", escaped, NULL);
  }
}

/* "tel:" and the number as dialled: digits and a leading +. */
char *
pursuit_uri_for_phone (const char *number)
{
  g_autoptr(GString) dialled = g_string_new ("tel:");

  if (number == NULL)
    return NULL;

  for (const char *p = number; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) || (*p == '+' && dialled->len == 4))
        g_string_append_c (dialled, *p);
    }

  if (dialled->len <= 4)
    return NULL;
  return g_string_free (g_steal_pointer (&dialled), FALSE);
}

/* A flat icon button for a row, named for screen readers. */
GtkWidget *
pursuit_open_button_new (const char *icon_name,
                         const char *accessible_label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, accessible_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return button;
}
