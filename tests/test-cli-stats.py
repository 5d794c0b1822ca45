#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pursuit-cli stats, end to end. Prints TAP.

usage: test-cli-stats.py PURSUIT_CLI

The jobs are added and moved with pursuit-cli; their dates are then set
with sqlite3, so the delays and the weeks are known exactly.
"""
import datetime
import json
import sqlite3
import sys

from pursuit_cli_testing import add_job, case, check, check_equal, finish, new_database, run, start

start(sys.argv[1])


def noon(day):
    return int(datetime.datetime.fromisoformat(day + "T12:00:00+00:00").timestamp())


def set_dates(database, job, source, applied_on, *moves):
    """Gives @job its source, its date applied and its timeline entries, in
    order, these days."""
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE jobs SET source = ?, applied_on = ? WHERE id = ?", (source, applied_on, job))
        ids = [row[0] for row in connection.execute(
            "SELECT id FROM stage_history WHERE job_id = ? ORDER BY id", (job,))]
        check_equal(len(ids), len(moves), f"moves of job {job}")
        for entry, day in zip(ids, moves):
            connection.execute("UPDATE stage_history SET entered_at = ? WHERE id = ?", (noon(day), entry))


def search():
    """Four jobs: answered in 4 days, ghosted, a skipped stage, a wishlist."""
    database = new_database()
    answered = add_job(database, "-c", "Acme", "-t", "Support Agent", "--stage", "applied")
    run("move", str(answered), "screening", database=database)
    ghosted = add_job(database, "-c", "Beta", "-t", "Support Agent", "--stage", "applied")
    skipped = add_job(database, "-c", "Gamma", "-t", "Support Agent", "--stage", "wishlist")
    run("move", str(skipped), "interviewing", database=database)
    add_job(database, "-c", "Delta", "-t", "Support Agent", "--stage", "wishlist")
    set_dates(database, answered, "LinkedIn", "2026-01-05", "2026-01-05", "2026-01-09")
    set_dates(database, ghosted, "Indeed", "2026-01-07", "2026-01-07")
    return database


@case("stats --json: the funnel, rates and delays")
def json_figures():
    database = search()
    output = run("stats", "--json", database=database).stdout
    # Shares are printed as written, not with the noise of "%.17g".
    check('"response_rate" : 0.6667,' in output, "response rate printed 0.6667")
    stats = json.loads(output)
    total = stats["total"]
    check_equal([total[step] for step in ("jobs", "applied", "screening", "interviewing", "offer", "accepted")],
                [4, 3, 2, 1, 0, 0], "funnel")
    check_equal(total["responded"], 2, "responded")
    check_equal(total["response_rate"], 0.6667, "response rate")
    check_equal(total["ghosted"], 1, "ghosted")
    # The skipped stage's delay is not known: one answer, 4 days.
    check_equal((total["timed_responses"], total["median_days"]), (1, 4), "time to first answer")
    check_equal(stats["weeks"][0], {"monday": "2026-01-05", "applied": 2}, "first week")
    sources = {row["group"]: row for row in stats["by_source"]}
    check_equal((sources["LinkedIn"]["applied"], sources["LinkedIn"]["responded"]), (1, 1), "LinkedIn")
    check_equal((sources["Indeed"]["applied"], sources["Indeed"]["ghosted"]), (1, 1), "Indeed")
    check_equal(sources[None]["jobs"], 2, "no source")
    check_equal([row["group"] for row in stats["by_pay"]], ["none"], "pay groups")


@case("stats --since keeps the jobs applied from that day")
def since():
    database = search()
    total = json.loads(run("stats", "--json", "--since", "2026-01-06", database=database).stdout)["total"]
    check_equal((total["jobs"], total["applied"], total["ghosted"]), (3, 2, 1), "since")


@case("stats with nothing applied divides by nothing")
def nothing():
    database = new_database()
    add_job(database, "-c", "Acme", "-t", "Support Agent", "--stage", "wishlist")
    total = json.loads(run("stats", "--json", database=database).stdout)["total"]
    check_equal((total["applied"], total["response_rate"], total["median_days"]), (0, None, None), "empty")
    out = run("stats", database=database).stdout
    check("Response rate" in out and "—" in out, out)


@case("stats text names the figures")
def text():
    out = run("stats", database=search()).stdout
    for words in ("Jobs tracked     4", "Response rate    67%", "median 4 days", "By Source", "LinkedIn"):
        check(words in out, words, out)


@case("stats refuses a day that does not exist and an unknown role")
def refused():
    database = search()
    error = run("stats", "--since", "2026-02-30", database=database, status=1).stderr
    check("--since" in error and "YYYY-MM-DD" in error, error)
    error = run("stats", "--role", "astronaut", database=database, status=1).stderr
    check("customer-service-specialist" in error, error)
    run("stats", "extra", database=database, status=2)


@case("stats follows a job's pay and title changed between two runs")
def tags_kept_current():
    database = new_database()
    job = add_job(database, "-c", "Acme", "-t", "Customer Service Representative", "--stage", "applied",
                  "--location", "Chicago, IL", "--pay", "$10 an hour")

    def pay_groups(*options):
        stats = json.loads(run("stats", "--json", *options, database=database).stdout)
        return {row["group"]: row["jobs"] for row in stats["by_pay"]}

    check_equal(pay_groups(), {"below": 1}, "below the benchmark")
    with sqlite3.connect(database) as connection:
        tagged = connection.execute("SELECT insights_pay IS NOT NULL FROM jobs WHERE id = ?", (job,)).fetchone()
    check_equal(tagged, (1,), "the tags are kept")
    run("update", str(job), "--pay", "$90 an hour", database=database)
    check_equal(pay_groups(), {"above": 1}, "above once the pay changed")
    role = "customer-service-specialist"
    check_equal(pay_groups("--role", role), {"above": 1}, "the role")
    run("update", str(job), "-t", "Registered Nurse", database=database)
    check_equal(pay_groups("--role", role), {}, "no longer the role once the title changed")


finish()
