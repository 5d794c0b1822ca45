/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "pursuit-date-picker.h"
#include "pursuit-validation.h"

/* A calendar beside a date field: the field stays the truth (typed as
 * YYYY-MM-DD), the calendar opens on its date and writes the day chosen. */

static void
on_day_selected (GtkCalendar *calendar,
                 AdwEntryRow *row)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

/* Opening, the calendar shows the field's date, or today. */
static void
on_popover_shown (GtkPopover  *popover,
                  AdwEntryRow *row)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GDateTime) date = NULL;

  if (text[0] != '\0' && pursuit_is_valid_date (text))
    {
      int year = 0, month = 0, day = 0;

      sscanf (text, "%d-%d-%d", &year, &month, &day);
      date = g_date_time_new_local (year, month, day, 0, 0, 0);
    }
  if (date == NULL)
    date = g_date_time_new_now_local ();

  g_signal_handlers_block_by_func (calendar, on_day_selected, row);
  gtk_calendar_select_day (calendar, date);
  g_signal_handlers_unblock_by_func (calendar, on_day_selected, row);
}

/* The calendar is made the first time it opens: a GtkCalendar is some
 * sixty widgets, and the job page alone has three date fields, shown with
 * the first job at start (0.75 MB of heap, heaptrack), most of them never
 * opened. */
static void
create_popup (GtkMenuButton *button,
              gpointer       user_data)
{
  AdwEntryRow *row = user_data;
  GtkWidget *popover;
  GtkWidget *calendar;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  popover = gtk_popover_new ();
  calendar = gtk_calendar_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (on_day_selected), row, 0);
  g_signal_connect_object (popover, "show", G_CALLBACK (on_popover_shown), row, 0);
  gtk_menu_button_set_popover (button, popover);
}

/**
 * pursuit_date_picker_attach:
 *
 * Adds a button to @row that opens a calendar.
 */
void
pursuit_date_picker_attach (AdwEntryRow *row)
{
  GtkWidget *button = gtk_menu_button_new ();
  /* Translators: a button's name, as in “Choose Deadline” */
  g_autofree char *label = g_strdup_printf (_("Choose %s"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));

  g_return_if_fail (ADW_IS_ENTRY_ROW (row));

  /* The button lives in the row: it needs no reference on it. */
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_popup, row, NULL);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose a Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  adw_entry_row_add_suffix (row, button);
}
