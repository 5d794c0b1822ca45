#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The figures of README.md's "Performance" section (how and history: docs/performance.md):
#
#   tests/bench/run-benchmarks.sh [BUILD-DIR]        (default: _build)
#
# Generates databases of 10,000 and 100,000 jobs into a temporary folder,
# runs pursuit-bench on each and pursuit-salary-bench on the larger one
# (every job's pay rated against its benchmark), then times the real app from process start to
# its first painted frame, and to every job loaded, with 0, 10,000 and
# 100,000 jobs (five runs each).
# Then, measured from outside with pursuit-xprobe (X11 and XTest, as a user
# meets the app): the app beside GNOME Text Editor started empty, first
# paint and peak memory, interleaved, with the accessibility bus on and off
# and both GSK renderers (section 7); and keystroke to repainted list at
# 100,000 jobs (section 8). gnome-text-editor is installed if missing.
# Last, pursuit-cli search against the sqlite3 shell printing the same rows
# (section 9).
# Everything runs in a private X server (xvfb-run) and D-Bus session, with
# in-memory settings, so the user's own session and settings are neither
# used nor touched. Sections 1 to 6 use the cairo renderer and no
# accessibility bus. Needs xvfb-run, xauth, dbus-run-session and
# at-spi2-core; takes about 30 minutes.
#
# PURSUIT_BENCH_PARTS picks sections (default "store app reference keys cli":
# store is 1 to 5, app is 6, cli is 9); PURSUIT_BENCH_ROUNDS sets the rounds of
# section 7 (default 5); PURSUIT_BENCH_DATABASES=DIR takes 10000.db and
# 100000.db from DIR (made by pursuit-generate --seed 1) instead of
# generating them (copies: the app writes to them);
# PURSUIT_BENCH_KEYS_LOG=1 prints each key's times in section 8.
set -eu

# The reference run's programs, started empty: "te" is GNOME Text Editor,
# a number is Pursuit with that many jobs. Prints "first-paint-ms ...".
probe_paint () {
  if [ "$1" = te ]; then
    rm -rf "$work/te"
    mkdir -p "$work/te/data" "$work/te/state"
    XDG_DATA_HOME="$work/te/data" XDG_STATE_HOME="$work/te/state" \
      "$build/tests/bench/pursuit-xprobe" paint --settle "$settle" -- gnome-text-editor
  else
    XDG_DATA_HOME="$work/$1/data" "$build/tests/bench/pursuit-xprobe" paint --settle "$settle" -- "$build/src/pursuit"
  fi
}

# with_setting A11Y RENDERER COMMAND...: the accessibility bus used or not
# (on: GTK registers with it, as on a GNOME desktop); the GSK renderer
# (GTK 4.8 has cairo and gl; gl is its default on X11 and runs on Mesa's
# software rasteriser under Xvfb).
with_setting () {
  (
    if [ "$1" = on ]; then
      unset GTK_A11Y NO_AT_BRIDGE
    else
      export GTK_A11Y=none NO_AT_BRIDGE=1
    fi
    # GSK_RENDERER alone, as a user would set it: GDK still sets up GL,
    # which sections 1 to 6 turn off (GDK_DEBUG=gl-disable).
    unset GDK_DEBUG
    export GSK_RENDERER="$2"
    shift 2
    "$@"
  )
}

median () {
  sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

if [ "${1:-}" = "--inner" ]; then
  build=$2
  work=$3
  parts=$4
  rounds=$5

  case " $parts " in *" store "*)
  for n in 10000 100000; do
    echo
    "$build/tests/bench/pursuit-bench" --jobs "$n" --keep "$work/$n/data/pursuit/pursuit.db"
  done

  echo
  echo "5. Salary in the jobs list (pursuit-salary-bench --database)"
  "$build/tests/bench/pursuit-salary-bench" --database "$work/100000/data/pursuit/pursuit.db"
  ;; esac

  case " $parts " in *" app "*)
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
  ;; esac

  # The accessibility bus as GNOME starts it (at-spi-bus-launcher, with
  # the registry at once), before any program asks for it.
  case " $parts " in *" reference "*|*" keys "*)
  /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
  bus_launcher=$!
  gdbus wait --session --timeout 10 org.a11y.Bus ||
    { echo "The accessibility bus (org.a11y.Bus) did not start: is at-spi2-core installed?"; exit 1; }
  ;; esac

  case " $parts " in *" reference "*)
  settle=6000
  echo
  echo "7. Beside GNOME Text Editor $(dpkg-query -W -f='${Version}' gnome-text-editor 2>/dev/null) started empty," \
       "measured from outside (pursuit-xprobe paint): start to first painted frame, start to the last" \
       "change larger than a caret, and peak memory (VmHWM) $((settle / 1000)) s after the start;" \
       "$rounds rounds, each starting Text Editor and Pursuit with 0, 10,000 and 100,000 jobs in turn" \
       "under each setting (medians); load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
  # Not counted: the first start of each fills the font, icon and shader
  # caches.
  for renderer in cairo gl; do
    with_setting on "$renderer" probe_paint te >/dev/null 2>&1
    with_setting on "$renderer" probe_paint 0 >/dev/null 2>&1
  done
  mkdir -p "$work/reference"
  for round in $(seq "$rounds"); do
    for a11y in on off; do
      for renderer in cairo gl; do
        for program in te 0 10000 100000; do
          with_setting "$a11y" "$renderer" probe_paint "$program" 2>/dev/null |
            grep '^first-paint-ms' >> "$work/reference/$a11y-$renderer-$program" ||
            echo "  round $round, $a11y $renderer $program: no figures"
        done
      done
    done
  done
  for a11y in on off; do
    for renderer in cairo gl; do
      echo "  accessibility bus $a11y, GSK_RENDERER=$renderer:"
      printf '  %-22s %12s %16s %10s %14s %15s %12s\n' "" "first paint" "last big change" "peak" \
        "× first paint" "× last change" "× peak"
      for program in te 0 10000 100000; do
        file="$work/reference/$a11y-$renderer-$program"
        paint=$(awk '{ print $2 }' "$file" | median)
        settled=$(awk '{ print $4 }' "$file" | median)
        peak=$(awk '{ printf "%.1f\n", $6 / 1024 }' "$file" | median)
        if [ "$program" = te ]; then
          name="Text Editor (empty)" te_paint=$paint te_settled=$settled te_peak=$peak
          printf '  %-22s %9s ms %13s ms %7s MB\n' "$name" "$paint" "$settled" "$peak"
        else
          name="Pursuit, $program jobs"
          printf '  %-22s %9s ms %13s ms %7s MB %14s %15s %12s\n' "$name" "$paint" "$settled" "$peak" \
            "$(awk "BEGIN { printf \"%.2f\", $paint / $te_paint }")" \
            "$(awk "BEGIN { printf \"%.2f\", $settled / $te_settled }")" \
            "$(awk "BEGIN { printf \"%.2f\", $peak / $te_peak }")"
        fi
      done
      printf '  %-22s window %s\n' "" "$(awk '{ print $8 }' "$work/reference/$a11y-$renderer-te" | head -n 1) (Text Editor), $(awk '{ print $8 }' "$work/reference/$a11y-$renderer-0" | head -n 1) (Pursuit)"
    done
  done
  echo "  load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
  ;; esac

  case " $parts " in *" keys "*)
  echo
  echo "8. Keystroke to repainted list at 100,000 jobs, from outside (pursuit-xprobe keys): XTest keys," \
       "the list area grabbed every 2 ms; words typed a letter at a time, the search cleared" \
       "(Ctrl+A, BackSpace), the Needs attention toggle clicked on and off after each word;" \
       "load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
  for a11y in on off; do
    echo "  accessibility bus $a11y, GSK_RENDERER=cairo:"
    # The toggle's place in the list pane's header bar at the window's
    # default size; a click that misses shows as "no change".
    XDG_DATA_HOME="$work/100000/data" with_setting "$a11y" cairo \
      "$build/tests/bench/pursuit-xprobe" keys --words "$keys_words" --filter-click 93,27 \
      ${PURSUIT_BENCH_KEYS_LOG:+--log} -- "$build/src/pursuit" 2>/dev/null |
      sed 's/^/    /'
  done
  ;; esac

  case " $parts " in *" cli "*)
  echo
  echo "9. pursuit-cli search zephyr at 100,000 jobs against the sqlite3 shell printing the same rows" \
       "(cli-search-bench.py)"
  python3 "$(dirname "$0")/cli-search-bench.py" "$build/src/cli/pursuit-cli" \
    "$work/100000/data/pursuit/pursuit.db" zephyr 15
  ;; esac

  [ -z "${bus_launcher:-}" ] || kill "$bus_launcher" 2>/dev/null || true
  exit 0
fi

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$source_dir/_build}" && pwd)

parts=${PURSUIT_BENCH_PARTS:-store app reference keys cli}
rounds=${PURSUIT_BENCH_ROUNDS:-5}
# Words of the generated jobs: common, a place, a rare company name, and
# twelve more. The p95 is the nearest rank: of 19 later letters (the first
# eight words) it was their slowest; of about 40, the slowest but two.
export keys_words="support,agent,london,zephyr,chat,hotel,retail,billing,insurance,kestrel,workforce,travel,quality,escalations,meridian,pharma"

ninja -C "$build" >/dev/null

case " $parts " in *" reference "*|*" keys "*)
  if [ ! -x "$build/tests/bench/pursuit-xprobe" ]; then
    echo "pursuit-xprobe was not built: install libxtst-dev (build-aux/install-deps) and run meson setup again" >&2
    exit 1
  fi
  ;; esac
case " $parts " in *" reference "*)
  # The reference run's program, installed as build-aux/install-deps does.
  if ! command -v gnome-text-editor >/dev/null 2>&1; then
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd=sudo
    echo "Installing gnome-text-editor for the reference run"
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gnome-text-editor
  fi
  ;; esac

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
  if [ "$n" -gt 0 ] && [ -n "${PURSUIT_BENCH_DATABASES:-}" ]; then
    cp "$PURSUIT_BENCH_DATABASES/$n.db" "$work/$n/data/pursuit/pursuit.db"
    echo "Copied $n jobs from $PURSUIT_BENCH_DATABASES/$n.db"
  elif [ "$n" -gt 0 ]; then
    "$build/tests/bench/pursuit-generate" --database "$work/$n/data/pursuit/pursuit.db" --jobs "$n" --seed 1 --quiet
    echo "Generated $n jobs: $(du -m "$work/$n/data/pursuit/pursuit.db" | cut -f 1) MB"
  fi
  # Insights' tags, which the app works out in the background on its first
  # start with a file and keeps: every later start (what sections 7 and 8
  # measure, round after round) finds them made.
  if [ "$n" -gt 0 ]; then
    "$build/src/cli/pursuit-cli" --database "$work/$n/data/pursuit/pursuit.db" stats >/dev/null
  fi
done
# The copies on disk now, not written back by the kernel during a run.
sync

xvfb-run -a -s '-screen 0 1280x1024x24 -noreset' \
  dbus-run-session -- sh "$0" --inner "$build" "$work" "$parts" "$rounds" 2>&1 | grep -v -e '^dbus-daemon' -e 'Failed to set fd limit'
