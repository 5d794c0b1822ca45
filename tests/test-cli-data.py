#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pursuit-cli export, import, backup and restore, end to end. Prints TAP.

usage: test-cli-data.py PURSUIT_CLI
"""
import csv
import json
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pursuit_cli_testing import add_job, case, check, check_equal, finish, new_database, new_folder, run, start

start(sys.argv[1])


def filled_database():
    database = new_database()
    job = add_job(database, "--company", "Acme, Inc.", "--title", 'The "Support" Agent', "--stage", "applied",
                  "--notes", "line one\nline two", "--pay", "$19.50-24 an hour")
    add_job(database, "--company", "Birch", "--title", "Lead")
    run("interviews", "add", "--job", str(job), "--at", "2099-03-05 14:30", database=database)
    run("move", str(job), "interviewing", "--note", "Phone screen", database=database)
    return database


def read(path):
    with open(path, "rb") as file:
        return file.read()


@case("export --json, import into an empty database, export again: the same bytes")
def _():
    database = filled_database()
    folder = new_folder()
    first, second = os.path.join(folder, "first.json"), os.path.join(folder, "second.json")
    run("export", "--json", first, database=database)
    data = json.loads(read(first))
    check_equal(data["format"], "pursuit-export", "format")
    check_equal(data["version"], 1, "version")
    check_equal(len(data["tables"]["jobs"]), 2, "jobs")
    check_equal(os.stat(first).st_mode & 0o077, 0, "the export is private")

    empty = new_database()
    out = run("import", first, database=empty).stdout
    check("Added 2 jobs" in out, out)
    run("export", "--json", second, database=empty)
    check(read(first) == read(second), "the second export differs")

    # Again: nothing is added.
    out = run("import", first, database=empty).stdout
    check("Added 0 jobs and 0 rows" in out, out)


@case("import --dry-run writes nothing")
def _():
    database = filled_database()
    path = os.path.join(new_folder(), "all.json")
    run("export", "--json", path, database=database)
    empty = new_database()
    run("import", path, database=empty)  # makes the database
    run("delete", "1", database=empty)
    before = read(empty)
    out = run("import", "--dry-run", path, database=empty).stdout
    check("Would add" in out, out)
    check(read(empty) == before, "the database changed")


@case("a newer export is refused, the data untouched")
def _():
    database = filled_database()
    path = os.path.join(new_folder(), "newer.json")
    run("export", "--json", path, database=database)
    data = json.loads(read(path))
    data["version"] = 2
    with open(path, "w", encoding="utf-8") as file:
        json.dump(data, file)
    target = filled_database()
    count = sqlite3.connect(target).execute("SELECT count(*) FROM jobs").fetchone()[0]
    result = run("import", path, database=target, status=1)
    check("newer Pursuit" in result.stderr, result.stderr)
    check_equal(sqlite3.connect(target).execute("SELECT count(*) FROM jobs").fetchone()[0], count, "jobs")


@case("import refuses a file that is not an export, and a CSV (another command's)")
def _():
    database = filled_database()
    folder = new_folder()
    bad = os.path.join(folder, "bad.json")
    with open(bad, "w") as file:
        file.write("{\"format\": \"pursuit-export\", \"version\": 1, \"tables\": {\"jobs\": [{\"uuid\": 1}]}}")
    result = run("import", bad, database=database, status=1)
    check("jobs" in result.stderr, result.stderr)
    run("import", os.path.join(folder, "missing.json"), database=database, status=1)


@case("export --csv: a header and every job, quoted as RFC 4180 says")
def _():
    database = filled_database()
    path = os.path.join(new_folder(), "jobs.csv")
    run("export", "--csv", path, database=database)
    text = read(path).decode("utf-8-sig")
    rows = list(csv.reader(text.splitlines(True)))
    check_equal(len(rows), 3, "rows")
    header = rows[0]
    acme = next(row for row in rows[1:] if row[header.index("Company")] == "Acme, Inc.")
    check_equal(acme[header.index("Title")], 'The "Support" Agent', "title")
    check("line one\nline two" in acme, acme)
    check('"The ""Support"" Agent"' in text, "doubled quotes")


@case("export --ics: the interviews coming up, or one")
def _():
    database = filled_database()
    folder = new_folder()
    path = os.path.join(folder, "interviews.ics")
    run("export", "--ics", path, database=database)
    text = read(path).decode("utf-8")
    check(text.startswith("BEGIN:VCALENDAR\r\n"), text[:40])
    check_equal(text.count("BEGIN:VEVENT"), 1, "events")
    one = os.path.join(folder, "one.ics")
    run("export", "--ics", one, "--interview", "1", database=database)
    check_equal(read(one).decode("utf-8").count("BEGIN:VEVENT"), 1, "events")
    run("export", "--ics", one, "--interview", "99", database=database, status=1)
    empty = new_database()
    add_job(empty, "--company", "X", "--title", "Y")
    result = run("export", "--ics", one, database=empty, status=1)
    check("No interviews" in result.stderr, result.stderr)
    try:
        import icalendar
    except ImportError:
        return
    calendar = icalendar.Calendar.from_ical(text)
    events = [part for part in calendar.walk() if part.name == "VEVENT"]
    check_equal(len(events), 1, "events read back")
    check("Support" in str(events[0]["SUMMARY"]), events[0]["SUMMARY"])


@case("export takes exactly one format")
def _():
    database = filled_database()
    run("export", database=database, status=2)
    run("export", "--json", "a.json", "--csv", "b.csv", database=database, status=2)


@case("backup then restore brings the data back; the replaced data is kept")
def _():
    database = filled_database()
    backup = os.path.join(new_folder(), "backup.db")
    run("backup", backup, database=database)
    add_job(database, "--company", "Cedar", "--title", "New")
    out = run("restore", backup, database=database).stdout
    check("kept in" in out, out)
    check_equal(sqlite3.connect(database).execute("SELECT count(*) FROM jobs").fetchone()[0], 2, "jobs")
    kept = database + ".before-restore"
    check_equal(sqlite3.connect(kept).execute("SELECT count(*) FROM jobs").fetchone()[0], 3, "kept jobs")
    # Restoring on a new machine: no database yet.
    fresh = new_database()
    run("restore", backup, database=fresh)
    check_equal(len(json.loads(run("list", "--json", database=fresh).stdout)), 2, "jobs restored")


@case("a corrupt or newer backup is refused with the data untouched")
def _():
    database = filled_database()
    folder = new_folder()
    garbage = os.path.join(folder, "garbage.db")
    with open(garbage, "wb") as file:
        file.write(b"SQLite format 3\0" + b"\x07" * 5000)
    before = run("list", "--json", database=database).stdout
    result = run("restore", garbage, database=database, status=1)
    check("Nothing was changed" in result.stderr or "damaged" in result.stderr, result.stderr)
    newer = os.path.join(folder, "newer.db")
    run("backup", newer, database=database)
    connection = sqlite3.connect(newer)
    connection.execute("PRAGMA user_version = 999")
    connection.commit()
    connection.close()
    result = run("restore", newer, database=database, status=1)
    check("made by a newer Pursuit" in result.stderr, result.stderr)
    check_equal(run("list", "--json", database=database).stdout, before, "jobs")


finish()
