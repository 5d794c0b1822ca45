/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-job-list.h"

/* One job's contacts, interviews or timeline, as a list model the store
 * keeps current for as long as a view holds it. While the store reads it,
 * "loading" is TRUE, so a view can tell "nothing yet" from "none". */
struct _PursuitJobList
{
  GObject parent_instance;

  GListStore *items;
  gint64 job_id;
  gboolean loading;
};

static void pursuit_job_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitJobList, pursuit_job_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, pursuit_job_list_model_init))

enum {
  PROP_0,
  PROP_JOB_ID,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
get_item_type (GListModel *model)
{
  return g_list_model_get_item_type (G_LIST_MODEL (PURSUIT_JOB_LIST (model)->items));
}

static guint
get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (PURSUIT_JOB_LIST (model)->items));
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (PURSUIT_JOB_LIST (model)->items), position);
}

static void
pursuit_job_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
on_items_changed (PursuitJobList *self,
                  guint           position,
                  guint           removed,
                  guint           added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
pursuit_job_list_dispose (GObject *object)
{
  PursuitJobList *self = PURSUIT_JOB_LIST (object);

  if (self->items != NULL)
    g_signal_handlers_disconnect_by_func (self->items, on_items_changed, self);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (pursuit_job_list_parent_class)->dispose (object);
}

static void
pursuit_job_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PursuitJobList *self = PURSUIT_JOB_LIST (object);

  switch (prop_id)
    {
    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_list_class_init (PursuitJobListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_job_list_dispose;
  object_class->get_property = pursuit_job_list_get_property;

  properties[PROP_JOB_ID] = g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_job_list_init (PursuitJobList *self)
{
}

PursuitJobList *
pursuit_job_list_new (GType  item_type,
                      gint64 job_id)
{
  PursuitJobList *self = g_object_new (PURSUIT_TYPE_JOB_LIST, NULL);

  self->items = g_list_store_new (item_type);
  self->job_id = job_id;
  g_signal_connect_swapped (self->items, "items-changed", G_CALLBACK (on_items_changed), self);
  return self;
}

gint64
pursuit_job_list_get_job_id (PursuitJobList *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_LIST (self), 0);

  return self->job_id;
}

gboolean
pursuit_job_list_get_loading (PursuitJobList *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_LIST (self), FALSE);

  return self->loading;
}

void
pursuit_job_list_set_loading (PursuitJobList *self,
                              gboolean        loading)
{
  g_return_if_fail (PURSUIT_IS_JOB_LIST (self));

  loading = loading != FALSE;
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* Takes @items (as just read) in place of what the list held, in one
 * change, and ends the loading. */
void
pursuit_job_list_replace (PursuitJobList *self,
                          GPtrArray      *items)
{
  g_return_if_fail (PURSUIT_IS_JOB_LIST (self));

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  pursuit_job_list_set_loading (self, FALSE);
}
