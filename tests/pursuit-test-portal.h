/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A fake org.freedesktop.portal.Desktop with the Background portal, on the
 * test's session bus, answering as the real one does: the Response signal
 * on the request's path. It remembers what it was asked. */
typedef struct
{
  guint32 response;              /* what the user answers: 0 yes, 1 no */
  gboolean refuse_autostart;     /* yes, but not at login */
  char *reason;
  gboolean autostart;
  char **commandline;
  guint n_requests;

  /*< private >*/
  GDBusConnection *connection;
  guint registration;
  guint owner;
  gboolean owned;
} PursuitTestPortal;

GDBusConnection *pursuit_test_new_session_connection (void);
void             pursuit_test_portal_start           (PursuitTestPortal *portal,
                                                      guint32            response);
void             pursuit_test_portal_stop            (PursuitTestPortal *portal);

G_END_DECLS
