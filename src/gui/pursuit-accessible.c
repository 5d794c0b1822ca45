/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-accessible.h"

/* GTK 4.8 names a control with a mnemonic label twice over AT-SPI: first
 * its label property, which GtkButton sets to the label as written
 * ("_Add Job"), then the label it is labelled by, which GtkLabel adds for
 * its mnemonic widget ("Add Job"). Orca says "underscore Add Job Add Job".
 * The control is named once, after the label as read, and no longer
 * labelled by it. */

static void
name_after_label (GtkWidget *control,
                  GtkLabel  *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (label), -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* Whether @label names a control it is part of: a button's own label. */
static GtkWidget *
get_labelled_control (GtkLabel *label)
{
  GtkWidget *control = gtk_label_get_mnemonic_widget (label);

  if (control == NULL || !gtk_label_get_use_underline (label) ||
      !gtk_widget_is_ancestor (GTK_WIDGET (label), control))
    return NULL;
  return control;
}

static gboolean
watch_once (GObject    *object,
            const char *what)
{
  if (g_object_get_data (object, what) != NULL)
    return FALSE;
  g_object_set_data (object, what, GINT_TO_POINTER (TRUE));
  return TRUE;
}

/* A new label text, or a control found later (a button's AdwButtonContent
 * gives its label to the button when it is added to the window). GtkButton
 * sets its label property again after its label's text, so the control is
 * watched too. */
static void
on_label_changed (GObject    *object,
                  GParamSpec *pspec,
                  GtkLabel   *label)
{
  GtkWidget *control = get_labelled_control (label);

  if (control == NULL)
    return;
  name_after_label (control, label);
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (control), "label") != NULL &&
      watch_once (G_OBJECT (control), "pursuit-accessible-control"))
    g_signal_connect_object (control, "notify::label", G_CALLBACK (on_label_changed), label, G_CONNECT_AFTER);
}

static void
name_mnemonic_label (GtkLabel *label)
{
  if (!gtk_label_get_use_underline (label) || !watch_once (G_OBJECT (label), "pursuit-accessible-label"))
    return;

  g_signal_connect_object (label, "notify::label", G_CALLBACK (on_label_changed), label, G_CONNECT_AFTER);
  g_signal_connect_object (label, "notify::mnemonic-widget", G_CALLBACK (on_label_changed), label, G_CONNECT_AFTER);
  on_label_changed (G_OBJECT (label), NULL, label);
}

/* libadwaita 1.2 labels a row's activatable widget (a switch, a spin
 * button) by the row's title; with the label property the .ui gives it,
 * it is named twice, "Archived Archived". It is named after the title,
 * once. */
/**
 * pursuit_accessible_name_row_control:
 * @row: a row with its activatable widget and title set
 *
 * Names the row's activatable widget once, after the row's title.
 */
void
pursuit_accessible_name_row_control (AdwActionRow *row)
{
  GtkWidget *control = adw_action_row_get_activatable_widget (row);
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

  if (control == NULL || title == NULL || title[0] == '\0' ||
      adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (row)))
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* libadwaita 1.2's expander row holds the row a user focuses in a list
 * row of its own, without a name. */
static void
on_expander_title (AdwPreferencesRow *row)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (row), -1);
}

static void
name_expander_row (AdwExpanderRow *row)
{
  if (!watch_once (G_OBJECT (row), "pursuit-accessible-expander"))
    return;
  on_expander_title (ADW_PREFERENCES_ROW (row));
  g_signal_connect (row, "notify::title", G_CALLBACK (on_expander_title), NULL);
}

/* libadwaita 1.2's entry row gives the focus to a GtkText inside it,
 * which GTK 4.8 leaves without a role (none): AT-SPI does not show it, and
 * GTK reports a change of focus only for the widget that has it (its
 * has-focus, not the row's focus-within), so Orca hears of nothing when
 * the user Tabs into the row: the row is the text box, never focused
 * itself. Before the text is shown to AT-SPI (its role cannot change
 * after), it is made a text box named after the row's title. GTK 4.8 gives
 * it EditableText but not Text (only an editable that delegates to a
 * GtkText gets that): what the field holds is still read from the row. */
static void
on_entry_row_title (AdwPreferencesRow *row)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (row), -1);
}

static void
name_entry_row_text (AdwEntryRow *row)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (text == NULL || !watch_once (G_OBJECT (row), "pursuit-accessible-entry"))
    return;
  g_object_set (text, "accessible-role", GTK_ACCESSIBLE_ROLE_TEXT_BOX, NULL);
  on_entry_row_title (ADW_PREFERENCES_ROW (row));
  g_signal_connect (row, "notify::title", G_CALLBACK (on_entry_row_title), NULL);
}

/* A combo row's list of choices: GTK 4.8 names no list item, so each
 * choice is named after the text the row shows for it. */
static void
on_choice_setup (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_margin_start (check, 6);
  gtk_accessible_update_state (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
}

/* The mark beside the choice made, as libadwaita's own list shows it. */
static void
update_check (AdwComboRow *row,
              GParamSpec  *pspec,
              GtkListItem *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  gtk_widget_set_opacity (gtk_widget_get_last_child (box),
                          gtk_list_item_get_position (item) == adw_combo_row_get_selected (row) ? 1 : 0);
}

static void
on_choice_bind (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                AdwComboRow              *row)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkExpression *expression = adw_combo_row_get_expression (row);
  GObject *choice = gtk_list_item_get_item (item);
  g_auto(GValue) value = G_VALUE_INIT;
  const char *text = NULL;

  if (expression != NULL && gtk_expression_evaluate (expression, choice, &value))
    text = g_value_get_string (&value);
  else if (GTK_IS_STRING_OBJECT (choice))
    text = gtk_string_object_get_string (GTK_STRING_OBJECT (choice));
  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  /* The list item around the box is what takes the focus. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  if (gtk_widget_get_parent (box) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (box)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    text, -1);
  update_check (row, NULL, item);
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (update_check), item, 0);
}

static void
on_choice_unbind (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  AdwComboRow              *row)
{
  g_signal_handlers_disconnect_by_func (row, update_check, item);
}

/* A combo row's list of choices is made when its popover first opens.
 * GTK 4.8 makes a row of widgets per item (up to 200) as soon as a list
 * view is given its model, shown or not: libadwaita 1.2 gives the
 * popover's list the row's model at once, and most rows are never opened
 * (the job page shows four with the first job at start, 0.3 MB of heap
 * with their accessible objects; the salary's role and country lists, a
 * few hundred choices each, most of a megabyte). Until then the list keeps
 * no model (the row still shows and selects its choice through a selection
 * of its own) and makes empty items for the moment it is given one. */

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? child : find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* What the row gives its list while it is folded is kept aside. */
static void
on_choices_model (GtkListView *list)
{
  GtkSelectionModel *model = gtk_list_view_get_model (list);

  if (model == NULL)
    return;
  g_object_set_data_full (G_OBJECT (list), "pursuit-choices-model", g_object_ref (model), g_object_unref);
  gtk_list_view_set_model (list, NULL);
}

static void
on_choices_shown (GtkPopover  *popover,
                  AdwComboRow *row)
{
  GtkListView *list = GTK_LIST_VIEW (find_descendant (GTK_WIDGET (popover), GTK_TYPE_LIST_VIEW));
  GtkListItemFactory *factory = g_object_get_data (G_OBJECT (row), "pursuit-choices-factory");
  GtkSelectionModel *model = g_object_get_data (G_OBJECT (list), "pursuit-choices-model");

  g_signal_handlers_disconnect_by_func (popover, on_choices_shown, row);
  g_signal_handlers_disconnect_by_func (list, on_choices_model, NULL);
  adw_combo_row_set_list_factory (row, factory);
  g_object_set_data (G_OBJECT (row), "pursuit-choices-factory", NULL);
  gtk_list_view_set_model (list, model);
  g_object_set_data (G_OBJECT (list), "pursuit-choices-model", NULL);
  /* The popover gave the focus to its list before it had items: on to
   * the first choice now, where it goes in a list opened with them. */
  gtk_widget_child_focus (GTK_WIDGET (list), GTK_DIR_TAB_FORWARD);
}

static void
make_choices_when_opened (AdwComboRow        *row,
                          GtkListItemFactory *factory)
{
  static GtkListItemFactory *empty;
  GtkWidget *popover = find_descendant (GTK_WIDGET (row), GTK_TYPE_POPOVER);
  GtkWidget *list = popover != NULL ? find_descendant (popover, GTK_TYPE_LIST_VIEW) : NULL;

  /* Another libadwaita: its list as it comes. */
  if (list == NULL)
    {
      adw_combo_row_set_list_factory (row, factory);
      return;
    }

  /* One for every row: it makes nothing. */
  if (empty == NULL)
    empty = gtk_signal_list_item_factory_new ();
  g_object_set_data_full (G_OBJECT (row), "pursuit-choices-factory", g_object_ref (factory), g_object_unref);
  adw_combo_row_set_list_factory (row, empty);
  on_choices_model (GTK_LIST_VIEW (list));
  g_signal_connect (list, "notify::model", G_CALLBACK (on_choices_model), NULL);
  g_signal_connect_object (popover, "show", G_CALLBACK (on_choices_shown), row, 0);
}

static void
name_combo_choices (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  /* A row given a list factory names its choices itself; the others show
   * libadwaita's, text from the row's expression or string list. */
  if (adw_combo_row_get_list_factory (row) != NULL || !watch_once (G_OBJECT (row), "pursuit-accessible-combo"))
    return;
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_choice_setup), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_choice_bind), row, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_choice_unbind), row, 0);
  make_choices_when_opened (row, factory);
}

/**
 * pursuit_accessible_name_mnemonic_controls:
 * @root: a widget, with its children
 *
 * Names every control under @root whose own label has a mnemonic after
 * that label as read, once ("Add Job"), and keeps the name current when
 * the label changes; names the switch or spin button of an action row
 * once after the row's title, an expander row after its title and each
 * choice of a combo row's list. Call it when the controls are built.
 */
void
pursuit_accessible_name_mnemonic_controls (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_LABEL (root))
    name_mnemonic_label (GTK_LABEL (root));
  else if (ADW_IS_COMBO_ROW (root))
    name_combo_choices (ADW_COMBO_ROW (root));
  else if (ADW_IS_ACTION_ROW (root))
    pursuit_accessible_name_row_control (ADW_ACTION_ROW (root));
  else if (ADW_IS_EXPANDER_ROW (root))
    name_expander_row (ADW_EXPANDER_ROW (root));
  else if (ADW_IS_ENTRY_ROW (root))
    name_entry_row_text (ADW_ENTRY_ROW (root));

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pursuit_accessible_name_mnemonic_controls (child);
}

/**
 * pursuit_mnemonic_button_new:
 * @label: with an underscore before its mnemonic: "_Add Stage"
 *
 * Returns: (transfer floating): a button whose accessible name is its
 *   label as read, said once: "Add Stage"
 */
GtkWidget *
pursuit_mnemonic_button_new (const char *label)
{
  GtkWidget *button;

  g_return_val_if_fail (label != NULL, NULL);

  button = gtk_button_new_with_mnemonic (label);
  pursuit_accessible_name_mnemonic_controls (button);
  return button;
}

/**
 * pursuit_entry_row_new:
 * @title: the row's title, which names its text field
 *
 * Returns: (transfer floating): an entry row whose text field a screen
 *   reader hears of when it takes the focus, named @title
 */
GtkWidget *
pursuit_entry_row_new (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  name_entry_row_text (ADW_ENTRY_ROW (row));
  return row;
}

/* GTK 4.8 builds a menu button's whole popover when it is given its model
 * (a widget and an accessible for each item), though most menus are never
 * opened: 1.2 MB at start for the jobs view's four. The model waits on the
 * button and is given on the first popup, by click, key or F10 alike: they
 * all toggle the button, which calls the create func first. The model is
 * kept as data rather than as the func's user data: GTK's dispose calls
 * the func's destroy notify without forgetting it, twice if it runs twice. */

#define MENU_MODEL_KEY "pursuit-menu-model"

static void
give_menu_model (GtkMenuButton *button,
                 gpointer       user_data)
{
  GMenuModel *model = g_object_get_data (G_OBJECT (button), MENU_MODEL_KEY);

  /* GTK calls this at every popup; a popover made follows its model. */
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, model);
}

/**
 * pursuit_menu_button_set_menu_model:
 * @button: a menu button
 * @model: the menu it opens
 *
 * Gives @button the menu @model, whose popover is made when the button
 * first opens: gtk_menu_button_set_menu_model() makes it at once. A model
 * given before is let go, with its popover. Read the model a button shows
 * with gtk_menu_button_get_menu_model() once it has opened.
 */
void
pursuit_menu_button_set_menu_model (GtkMenuButton *button,
                                    GMenuModel    *model)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (model));

  if (g_object_get_data (G_OBJECT (button), MENU_MODEL_KEY) == model)
    return;
  g_object_set_data_full (G_OBJECT (button), MENU_MODEL_KEY, g_object_ref (model), g_object_unref);
  if (gtk_menu_button_get_popover (button) != NULL)
    gtk_menu_button_set_popover (button, NULL);
  gtk_menu_button_set_create_popup_func (button, give_menu_model, NULL, NULL);
}
