/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PURSUIT_STORE_ERROR (pursuit_store_error_quark ())

/**
 * PursuitStoreError:
 * @PURSUIT_STORE_ERROR_FAILED: any other failure of the database
 * @PURSUIT_STORE_ERROR_NEWER_VERSION: the file was written by a newer Pursuit
 * @PURSUIT_STORE_ERROR_NOT_A_DATABASE: the file is not a Pursuit database, or is damaged
 * @PURSUIT_STORE_ERROR_DISK_FULL: the disk is full; nothing was changed
 * @PURSUIT_STORE_ERROR_READ_ONLY: the file or folder cannot be written
 * @PURSUIT_STORE_ERROR_NOT_FOUND: no such job or stage
 * @PURSUIT_STORE_ERROR_INVALID: the values given cannot be saved
 * @PURSUIT_STORE_ERROR_BUSY: another program holds the database
 * @PURSUIT_STORE_ERROR_CLOSED: the store was closed (the app is quitting):
 *   nothing was done, and there is nothing to tell the user
 */
typedef enum
{
  PURSUIT_STORE_ERROR_FAILED,
  PURSUIT_STORE_ERROR_NEWER_VERSION,
  PURSUIT_STORE_ERROR_NOT_A_DATABASE,
  PURSUIT_STORE_ERROR_DISK_FULL,
  PURSUIT_STORE_ERROR_READ_ONLY,
  PURSUIT_STORE_ERROR_NOT_FOUND,
  PURSUIT_STORE_ERROR_INVALID,
  PURSUIT_STORE_ERROR_BUSY,
  PURSUIT_STORE_ERROR_CLOSED,
} PursuitStoreError;

GQuark pursuit_store_error_quark (void);

G_END_DECLS
