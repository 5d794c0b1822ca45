#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The figures of README.md's "Performance" section:
#
#   tests/bench/run-benchmarks.sh [BUILD-DIR]        (default: _build)
#
# Generates databases of 10,000 and 100,000 jobs into a temporary folder,
# runs pursuit-bench on each and pursuit-salary-bench on the larger one
# (every job's pay rated against its benchmark), then times the real app from process start to
# its first painted frame, and to every job loaded, with 0, 10,000 and
# 100,000 jobs (five runs each).
# Everything runs in a private X server (xvfb-run) and D-Bus session, with
# the cairo renderer, in-memory settings and no accessibility bus, so the
# user's own session and settings are neither used nor touched. Needs
# xvfb-run, xauth and dbus-run-session; takes a few minutes.
set -eu

if [ "${1:-}" = "--inner" ]; then
  build=$2
  work=$3

  for n in 10000 100000; do
    echo
    "$build/tests/bench/pursuit-bench" --jobs "$n" --keep "$work/$n/data/pursuit/pursuit.db"
  done

  echo
  echo "5. Salary in the jobs list (pursuit-salary-bench --database)"
  "$build/tests/bench/pursuit-salary-bench" --database "$work/100000/data/pursuit/pursuit.db"

  echo
  echo "6. The app (src/pursuit), from process start, PURSUIT_REPORT_FIRST_FRAME=1, 5 runs each"
  for n in 0 10000 100000; do
    times=""
    loaded=""
    peaks=""
    for run in 1 2 3 4 5; do
      out=$(XDG_DATA_HOME="$work/$n/data" PURSUIT_REPORT_FIRST_FRAME=1 "$build/src/pursuit" 2>/dev/null)
      times="$times $(echo "$out" | sed -n 's/^first frame after \([0-9.]*\) ms$/\1/p')"
      loaded="$loaded $(echo "$out" | sed -n 's/^all jobs loaded after \([0-9.]*\) ms$/\1/p')"
      peaks="$peaks $(echo "$out" | sed -n 's/^peak memory \([0-9.]*\) MB$/\1/p')"
    done
    printf '  %7s jobs: first frame after %s ms (median; runs:%s)\n' \
      "$n" "$(printf '%s\n' $times | sort -n | sed -n 3p)" "$times"
    printf '  %7s       every job loaded after %s ms (median; runs:%s)\n' \
      "" "$(printf '%s\n' $loaded | sort -n | sed -n 3p)" "$loaded"
    printf '  %7s       peak memory %s MB (highest of the runs:%s)\n' \
      "" "$(printf '%s\n' $peaks | sort -n | tail -n 1)" "$peaks"
  done
  exit 0
fi

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$source_dir/_build}" && pwd)

ninja -C "$build" >/dev/null

work=$(mktemp -d "${TMPDIR:-/tmp}/pursuit-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

export HOME="$work/home"
export XDG_CONFIG_HOME="$HOME/config" XDG_CACHE_HOME="$HOME/cache" XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data"
export GSK_RENDERER=cairo GDK_DEBUG=gl-disable GTK_A11Y=none NO_AT_BRIDGE=1
export LC_ALL=C.UTF-8 TZ=UTC

echo "Machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)," \
     "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; $(uname -sr);" \
     "load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
for n in 0 10000 100000; do
  mkdir -p "$work/$n/data/pursuit"
  if [ "$n" -gt 0 ]; then
    "$build/tests/bench/pursuit-generate" --database "$work/$n/data/pursuit/pursuit.db" --jobs "$n" --seed 1 --quiet
    echo "Generated $n jobs: $(du -m "$work/$n/data/pursuit/pursuit.db" | cut -f 1) MB"
  fi
done

xvfb-run -a -s '-screen 0 1280x1024x24 -noreset' \
  dbus-run-session -- sh "$0" --inner "$build" "$work" 2>&1 | grep -v -e '^dbus-daemon' -e 'Failed to set fd limit'
