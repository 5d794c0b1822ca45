#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs pursuit-xprobe briefly on the app with 250 jobs, so it cannot rot:
# the first paint and peak memory, then a two-letter word, the clearing
# and a click that changes nothing (the probe must count it, not hang).
# Usage: xprobe-smoke.sh PURSUIT-XPROBE PURSUIT-GENERATE PURSUIT
set -eu

xprobe=$1
generate=$2
app=$3

if [ -z "${DISPLAY:-}" ]; then
  echo "no X display: skipped (run under xvfb-run)"
  exit 77
fi

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/data/pursuit"
"$generate" --database "$dir/data/pursuit/pursuit.db" --jobs 250 --seed 7 --quiet

out=$(XDG_DATA_HOME="$dir/data" "$xprobe" paint --settle 1500 -- "$app")
echo "$out"
echo "$out" | grep -Eq '^first-paint-ms [0-9.]+ last-change-ms [0-9.]+ peak-kb [1-9][0-9]* window [0-9]+x[0-9]+ '

# The click lands on the list's title, "Jobs": nothing in the list changes.
out=$(XDG_DATA_HOME="$dir/data" "$xprobe" keys --words ag --filter-click 204,27 --log -- "$app")
echo "$out"
echo "$out" | grep -Eq '^list area: x 0 to [1-9][0-9]*, y [1-9][0-9]* to '
echo "$out" | grep -Eq '^first letter of a word +[01] '
echo "$out" | grep -Eq '^clear the search '
echo "$out" | grep -Eq '^toggle the filter +0 .*\+2 with no change in 5000 ms'
