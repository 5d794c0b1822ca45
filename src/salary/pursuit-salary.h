/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The salary engine: job title, location and industry -> role guide,
 * level, country and industry; pay text -> figures; pay -> yearly pay and
 * where it stands against the benchmarks of data/content/salaries.xml.
 * See src/salary/README.md. */

#include "pursuit-pay.h"
#include "pursuit-salary-engine.h"
#include "pursuit-salary-error.h"
#include "pursuit-salary-job.h"
#include "pursuit-salary-places.h"
