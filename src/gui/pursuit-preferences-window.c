/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "pursuit-accessible.h"
#include "pursuit-background.h"
#include "pursuit-data-actions.h"
#include "pursuit-preferences-window.h"
#include "pursuit-stages-page.h"

struct _PursuitPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  PursuitContext *context;

  AdwComboRow *style_row;
  AdwComboRow *country_row;
  GtkSpinButton *hours_spin;
  GStrv country_codes;     /* the country row's items after the first, "" */
  GtkSpinButton *retention_spin;
  GtkSpinButton *new_spin;
  GtkSpinButton *reviews_spin;
  GtkSpinButton *target_spin;
  AdwActionRow *background_row;
  GtkSwitch *background_switch;
  AdwActionRow *login_row;
  GtkSwitch *login_switch;
  AdwActionRow *backup_row;
  GtkSwitch *backup_switch;
  GtkSpinButton *kept_spin;
};

G_DEFINE_FINAL_TYPE (PursuitPreferencesWindow, pursuit_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The order of the style row's items. */
static const char * const color_schemes[] = { "default", "light", "dark" };

static gboolean
scheme_to_position (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    {
      if (g_str_equal (scheme, color_schemes[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
position_to_scheme (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (color_schemes))
    position = 0;

  return g_variant_new_string (color_schemes[position]);
}

/* The home country: the first item follows the system's language settings
 * (the setting is then empty), the others are the countries the salary
 * engine knows, by name. */
static int
compare_country_names (gconstpointer a,
                       gconstpointer b)
{
  return g_utf8_collate (pursuit_salary_country_get_name (*(const char * const *) a),
                         pursuit_salary_country_get_name (*(const char * const *) b));
}

static void
fill_countries (PursuitPreferencesWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *system = pursuit_salary_default_home_country (setlocale (LC_MESSAGES, NULL));
  g_autofree char *first = NULL;
  guint n;

  self->country_codes = pursuit_salary_list_countries ();
  n = g_strv_length (self->country_codes);
  qsort (self->country_codes, n, sizeof (char *), compare_country_names);

  /* Translators: the first choice of home country, with the one the system's settings give */
  first = g_strdup_printf (_("As the System Says (%s)"), pursuit_salary_country_get_name (system));
  gtk_string_list_append (names, first);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (names, pursuit_salary_country_get_name (self->country_codes[i]));
  adw_combo_row_set_model (self->country_row, G_LIST_MODEL (names));
}

static gboolean
country_to_position (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  PursuitPreferencesWindow *self = user_data;
  const char *code = g_variant_get_string (variant, NULL);

  if (self->country_codes == NULL)
    return FALSE;
  g_value_set_uint (value, 0);
  for (guint i = 0; self->country_codes[i] != NULL; i++)
    {
      if (g_str_equal (self->country_codes[i], code))
        g_value_set_uint (value, i + 1);
    }
  return TRUE;
}

static GVariant *
position_to_country (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  PursuitPreferencesWindow *self = user_data;
  guint position = g_value_get_uint (value);

  if (self->country_codes == NULL || position == 0 || position > g_strv_length (self->country_codes))
    return g_variant_new_string ("");
  return g_variant_new_string (self->country_codes[position - 1]);
}

/* The desired retention is kept as a probability and shown in percent; the
 * answer target is kept in seconds and shown in minutes. The mappings'
 * user data is the factor. */
static gboolean
setting_to_scaled (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  double factor = *(const double *) user_data;
  double stored = g_variant_is_of_type (variant, G_VARIANT_TYPE_DOUBLE) ? g_variant_get_double (variant)
                                                                        : g_variant_get_int32 (variant);

  g_value_set_double (value, stored * factor);
  return TRUE;
}

static GVariant *
scaled_to_setting (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  double factor = *(const double *) user_data;
  double stored = g_value_get_double (value) / factor;

  if (g_variant_type_equal (expected_type, G_VARIANT_TYPE_DOUBLE))
    return g_variant_new_double (stored);
  return g_variant_new_int32 ((gint32) (stored + 0.5));
}

static const double percent = 100.0;
static const double per_minute = 1.0 / 60.0;

static void
pursuit_preferences_window_constructed (GObject *object)
{
  PursuitPreferencesWindow *self = PURSUIT_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (pursuit_preferences_window_parent_class)->constructed (object);

  g_settings_bind_with_mapping (pursuit_context_get_settings (self->context), "color-scheme",
                                self->style_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                scheme_to_position, position_to_scheme, NULL, NULL);
  fill_countries (self);
  g_settings_bind_with_mapping (pursuit_context_get_settings (self->context), "home-country",
                                self->country_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                country_to_position, position_to_country, self, NULL);
  g_settings_bind (pursuit_context_get_settings (self->context), "hours-per-week",
                   self->hours_spin, "value", G_SETTINGS_BIND_DEFAULT);

  g_settings_bind_with_mapping (pursuit_context_get_settings (self->context), "practice-desired-retention",
                                gtk_spin_button_get_adjustment (self->retention_spin), "value",
                                G_SETTINGS_BIND_DEFAULT, setting_to_scaled, scaled_to_setting,
                                (gpointer) &percent, NULL);
  g_settings_bind (pursuit_context_get_settings (self->context), "practice-new-per-day",
                   gtk_spin_button_get_adjustment (self->new_spin), "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (pursuit_context_get_settings (self->context), "practice-reviews-per-day",
                   gtk_spin_button_get_adjustment (self->reviews_spin), "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (pursuit_context_get_settings (self->context), "practice-target-seconds",
                                gtk_spin_button_get_adjustment (self->target_spin), "value",
                                G_SETTINGS_BIND_DEFAULT, setting_to_scaled, scaled_to_setting,
                                (gpointer) &per_minute, NULL);

  g_settings_bind (pursuit_context_get_settings (self->context), "run-in-background",
                   self->background_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (pursuit_context_get_settings (self->context), "start-at-login",
                   self->login_switch, "active", G_SETTINGS_BIND_DEFAULT);
  /* Outside a Flatpak no portal decides, and nothing starts Pursuit at
   * login: the subtitle says what running in the background means. */
  if (pursuit_background_portal_expected ())
    adw_action_row_set_subtitle (self->background_row,
                                 _("After its window is closed, Pursuit keeps running while follow-ups or "
                                   "interviews are to come; the system may ask you to allow it"));
  else
    {
      adw_action_row_set_subtitle (self->background_row,
                                   _("Reminders arrive only while Pursuit runs: after its window is closed, "
                                     "it keeps running while follow-ups or interviews are to come"));
      gtk_widget_set_visible (GTK_WIDGET (self->login_row), FALSE);
    }

  g_settings_bind (pursuit_context_get_settings (self->context), "backup-on-quit",
                   self->backup_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (pursuit_context_get_settings (self->context), "backups-kept",
                   gtk_spin_button_get_adjustment (self->kept_spin), "value", G_SETTINGS_BIND_DEFAULT);
  {
    g_autofree char *folder = pursuit_data_backups_folder (self->context);
    /* Translators: %s is a folder */
    g_autofree char *where = g_strdup_printf (_("A dated copy of your data goes in %s"), folder);

    adw_action_row_set_subtitle (self->backup_row, where);
  }

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (pursuit_stages_page_new (self->context)));
}

static void
pursuit_preferences_window_dispose (GObject *object)
{
  PursuitPreferencesWindow *self = PURSUIT_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->context);
  g_clear_pointer (&self->country_codes, g_strfreev);

  G_OBJECT_CLASS (pursuit_preferences_window_parent_class)->dispose (object);
}

static void
pursuit_preferences_window_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  PursuitPreferencesWindow *self = PURSUIT_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_preferences_window_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  PursuitPreferencesWindow *self = PURSUIT_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_preferences_window_class_init (PursuitPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pursuit_preferences_window_constructed;
  object_class->dispose = pursuit_preferences_window_dispose;
  object_class->get_property = pursuit_preferences_window_get_property;
  object_class->set_property = pursuit_preferences_window_set_property;

  properties[PROP_CONTEXT] = g_param_spec_object ("context", NULL, NULL, PURSUIT_TYPE_CONTEXT,
                                                  G_PARAM_READWRITE |
                                                  G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/pursuit-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, country_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, retention_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, new_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, reviews_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, target_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, background_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, background_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, login_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, login_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, backup_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, backup_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, kept_spin);
}

static void
pursuit_preferences_window_init (PursuitPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_mnemonic_controls (GTK_WIDGET (self));
}

PursuitPreferencesWindow *
pursuit_preferences_window_new (PursuitContext *context)
{
  return g_object_new (PURSUIT_TYPE_PREFERENCES_WINDOW, "context", context, NULL);
}
