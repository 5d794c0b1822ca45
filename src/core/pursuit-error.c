/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pursuit-error.h"

G_DEFINE_QUARK (pursuit-store-error-quark, pursuit_store_error)
