#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the generator and the benchmark on 250 jobs (more than the store loads ahead
# of the rest at start-up), so they cannot rot.
# Usage: smoke.sh PURSUIT-GENERATE PURSUIT-BENCH [PURSUIT-SALARY-BENCH]
set -eu

generate=$1
bench=$2
salary_bench=${3:-}

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "no display: skipped (run under xvfb-run)"
  exit 77
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

"$generate" --database "$dir/pursuit.db" --jobs 250 --seed 7
"$bench" --jobs 250 --seed 7 --keep "$dir/pursuit.db" --queries 20 --moves 5 --keystrokes 6
if [ -n "$salary_bench" ]; then
  "$salary_bench" --database "$dir/pursuit.db"
fi
