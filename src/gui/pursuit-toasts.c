/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pursuit-toasts.h"

/* How long an error stays: long enough to read twice. */
#define ERROR_TIMEOUT_S 10

/* A window's own overlay, inside it. */
static GtkWidget *
find_overlay_within (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *overlay = find_overlay_within (child);

      if (overlay != NULL)
        return overlay;
    }
  return NULL;
}

/* The overlay above @widget, or above the window a dialog belongs to. */
static AdwToastOverlay *
find_overlay (GtkWidget *widget)
{
  for (int hops = 0; widget != NULL && hops < 4; hops++)
    {
      /* A window (a dialog's parent) holds its overlay: it is below it. */
      GtkWidget *overlay = GTK_IS_WINDOW (widget) ? find_overlay_within (widget)
                                                  : gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
      GtkRoot *root;

      if (overlay != NULL)
        return ADW_TOAST_OVERLAY (overlay);

      root = gtk_widget_get_root (widget);
      widget = GTK_IS_WINDOW (root) ? GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (root))) : NULL;
    }
  return NULL;
}

/**
 * pursuit_show_toast:
 * @toast: (transfer full): the toast
 */
void
pursuit_show_toast (GtkWidget *widget,
                    AdwToast  *toast)
{
  AdwToastOverlay *overlay;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = find_overlay (widget);
  if (overlay == NULL)
    {
      /* Not in a window (a test): the log keeps it. */
      g_message ("%s", adw_toast_get_title (toast));
      g_object_unref (g_object_ref_sink (toast));
      return;
    }

  adw_toast_overlay_add_toast (overlay, toast);
}

/**
 * pursuit_show_error:
 * @what: what failed, as a phrase: "Could not save the job"
 *
 * Write errors are rare (a full disk, a file made read-only) and pass, so
 * they are told in a toast rather than a dialog, and logged.
 *
 * Returns: (transfer none): the toast, to withdraw with
 *   adw_toast_dismiss() once the same thing succeeds
 */
AdwToast *
pursuit_show_error (GtkWidget    *widget,
                    const char   *what,
                    const GError *error)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (what != NULL && error != NULL, NULL);

  g_message ("%s: %s", what, error->message);

  /* Translators: what failed, then why: "Could not save the job: The disk is full…" */
  title = g_markup_printf_escaped (_("%s: %s"), what, error->message);
  toast = adw_toast_new (title);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, ERROR_TIMEOUT_S);
  pursuit_show_toast (widget, toast);
  return toast;
}
