#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`pursuit-cli search WORD` against the sqlite3 shell printing the same
rows (id, stage, company, title, when last updated; not archived, not in
the trash, most recently updated first) from the same file: processor
time (user + system, the child's own, from getrusage) and wall-clock
time, medians of RUNS runs of each, interleaved, after one run of each
not counted. Checks that both print the same jobs.

usage: cli-search-bench.py PURSUIT_CLI DATABASE [WORD] [RUNS]

With PURSUIT_GENERATE set to pursuit-generate and no DATABASE, makes one
of PURSUIT_GENERATE_JOBS jobs (default 2,000) first: the smoke test's way.
"""
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

cli, database = sys.argv[1], sys.argv[2]
word = sys.argv[3] if len(sys.argv) > 3 else "zephyr"
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 15
sqlite3 = os.environ.get("SQLITE3", "sqlite3")

if shutil.which(sqlite3) is None:
    print(f"  {sqlite3} is not installed: no comparison")
    sys.exit(0)
if not os.path.exists(database) and os.environ.get("PURSUIT_GENERATE"):
    subprocess.run([os.environ["PURSUIT_GENERATE"], "--database", database, "--seed", "1", "--quiet",
                    "--jobs", os.environ.get("PURSUIT_GENERATE_JOBS", "2000")], check=True)

# The word as Pursuit searches it: the start of a word, in any column of
# the index (the job's prep notes are not part of this comparison).
query = (
    "SELECT jobs.id, COALESCE(stages.custom_name, stages.kind), company, title, "
    "strftime('%Y-%m-%d %H:%M', updated_at, 'unixepoch', 'localtime') "
    "FROM jobs JOIN stages ON stages.id = jobs.stage_id "
    "WHERE trashed_at IS NULL AND archived = 0 AND jobs.id IN "
    f"(SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH '\"{word}\"*') "
    "ORDER BY updated_at DESC, jobs.id DESC"
)
commands = {
    "pursuit-cli": [cli, "--database", database, "search", word],
    "sqlite3": [sqlite3, database, query],
}


def run(command):
    """Processor and wall-clock milliseconds of one run, and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu * 1000, wall * 1000, output


ids = {}
for name, command in commands.items():
    output = run(command)[2]
    lines = output.splitlines()
    if name == "pursuit-cli":
        lines = lines[1:]  # the header
        ids[name] = [line.split()[0] for line in lines]
    else:
        ids[name] = [line.split("|")[0] for line in lines]
if ids["pursuit-cli"] != ids["sqlite3"]:
    print(f"  the two printed different jobs: {len(ids['pursuit-cli'])} and {len(ids['sqlite3'])}")
    sys.exit(1)

times = {name: ([], []) for name in commands}
for _ in range(runs):
    for name, command in commands.items():
        cpu, wall, _ = run(command)
        times[name][0].append(cpu)
        times[name][1].append(wall)

cpu = {name: statistics.median(t[0]) for name, t in times.items()}
wall = {name: statistics.median(t[1]) for name, t in times.items()}
print(f"  {len(ids['sqlite3'])} jobs printed by each; medians of {runs} runs; "
      f"load average {' '.join(open('/proc/loadavg').read().split()[:3])}")
for name in commands:
    print(f"  {name:12} {cpu[name]:6.1f} ms processor time, {wall[name]:6.1f} ms wall-clock")
print(f"  ratio        {cpu['pursuit-cli'] / cpu['sqlite3']:6.2f} in processor time, "
      f"{wall['pursuit-cli'] / wall['sqlite3']:6.2f} wall-clock (target: at most 3)")
