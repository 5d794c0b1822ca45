/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Opening what a job points at: a web page, an e-mail address, a phone
 * number, with the user's own applications. */
void       pursuit_open_uri           (GtkWidget  *widget,
                                       const char *uri);
char      *pursuit_uri_for_email      (const char *address);
char      *pursuit_uri_for_phone      (const char *number);
GtkWidget *pursuit_open_button_new    (const char *icon_name,
                                       const char *accessible_label);

G_END_DECLS
