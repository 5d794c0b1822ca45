#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pursuit-cli import, end to end. Prints TAP.

usage: test-cli-import.py PURSUIT_CLI

The files are written by each case; the jobs are checked in the database
with SQLite itself, not through the program under test.
"""
import os
import sqlite3
import sys

from pursuit_cli_testing import case, check, check_equal, finish, new_folder, run, start

start(sys.argv[1])


def write(folder, name, text):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def jobs(database):
    if not os.path.exists(database):
        return []
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT company, title, applied_on FROM jobs ORDER BY id").fetchall()


GOOD = ("Company,Job Title,Status,Date Applied,Salary\n"
        "Acme Ltd,Support Agent,Applied,2026-03-05,$19 an hour\n"
        "\"Globex, Inc\",Helpdesk Analyst,Interview,2026-03-06,\n")


@case("import adds every line of a CSV file in one go")
def _():
    folder = new_folder()
    db = os.path.join(folder, "jobs.db")
    path = write(folder, "jobs.csv", GOOD)
    out = run("import", path, database=db).stdout
    check("Imported 2 jobs" in out, out)
    check_equal(jobs(db), [("Acme Ltd", "Support Agent", "2026-03-05"),
                           ("Globex, Inc", "Helpdesk Analyst", "2026-03-06")])


@case("import --dry-run lists the jobs and writes nothing, not even a database")
def _():
    folder = new_folder()
    db = os.path.join(folder, "jobs.db")
    path = write(folder, "jobs.csv", GOOD)
    out = run("import", path, "--dry-run", database=db).stdout
    check("Would add: Support Agent at Acme Ltd" in out, out)
    check("2 jobs would be added" in out, out)
    check(not os.path.exists(db), "a database was made")


@case("import --dry-run on a database with jobs leaves it as it was")
def _():
    folder = new_folder()
    db = os.path.join(folder, "jobs.db")
    path = write(folder, "jobs.csv", GOOD)
    run("import", path, database=db)
    other = write(folder, "more.csv", "Company,Title\nInitech,Agent\nAcme Ltd,Support Agent\n")
    out = run("import", other, "--dry-run", database=db).stdout
    check("Already saved: Support Agent at Acme Ltd" in out, out)
    check("1 job would be added" in out, out)
    check_equal(len(jobs(db)), 2)


@case("a malformed line is reported with its number and nothing is written")
def _():
    folder = new_folder()
    db = os.path.join(folder, "jobs.db")
    path = write(folder, "jobs.csv", GOOD + "Initech,Agent,Applied,2026-13-45,\n")
    result = run("import", path, database=db, status=1)
    check("Line 4:" in result.stderr and "2026-13-45" in result.stderr, result.stderr)
    check("nothing was written" in result.stderr, result.stderr)
    check_equal(jobs(db), [])


@case("a line with an unclosed quote is reported by its line")
def _():
    folder = new_folder()
    db = os.path.join(folder, "jobs.db")
    path = write(folder, "jobs.csv", GOOD + "\"Initech,Agent,Applied\n")
    result = run("import", path, database=db, status=1)
    check("Line 4" in result.stderr, result.stderr)
    check_equal(jobs(db), [])


@case("--skip-problems imports the lines that can be read")
def _():
    folder = new_folder()
    db = os.path.join(folder, "jobs.db")
    path = write(folder, "jobs.csv", GOOD + ",No Company Here,Applied,,\n")
    out = run("import", path, "--skip-problems", database=db).stdout
    check("Imported 2 jobs" in out, out)
    check_equal(len(jobs(db)), 2)


@case("importing the same file again leaves out the jobs already saved")
def _():
    folder = new_folder()
    db = os.path.join(folder, "jobs.db")
    path = write(folder, "jobs.csv", GOOD)
    run("import", path, database=db)
    out = run("import", path, database=db).stdout
    check("Imported 0 jobs; left out 2 already saved" in out, out)
    check_equal(len(jobs(db)), 2)
    out = run("import", path, "--keep-duplicates", database=db).stdout
    check("Imported 2 jobs" in out, out)


@case("dates that read both ways are asked for, then read as told")
def _():
    folder = new_folder()
    db = os.path.join(folder, "jobs.db")
    path = write(folder, "jobs.csv", "Company,Title,Date Applied\nAcme,Agent,03/05/2026\n")
    result = run("import", path, database=db, status=2)
    check("--dates" in result.stderr, result.stderr)
    run("import", path, "--dates", "day-first", database=db)
    check_equal(jobs(db), [("Acme", "Agent", "2026-05-03")])


@case("a Huntr export is read with its preset")
def _():
    folder = new_folder()
    db = os.path.join(folder, "jobs.db")
    header = ("id,createdAt,title,salary,location,url,rootDomain,htmlDescription,deadline,color,lastMovedAt,"
              "boardId,boardName,listId,listName,companyId,companyName,companyDomain,creatorUserId,"
              "creatorUserFirstName,creatorUserLastName,creatorUserEmail\n")
    line = ("1,2026-02-26 19:17:05,Support Lead,-,Leeds,-,-,-,-,-,-,b,Search,l,applied,c,Acme Ltd,acme.example,"
            "u,A,B,a@example.com\n")
    path = write(folder, "huntr.csv", header + line)
    run("import", path, "--preset", "huntr", database=db)
    with sqlite3.connect(db) as connection:
        check_equal(connection.execute("SELECT company, title, location FROM jobs").fetchall(),
                    [("Acme Ltd", "Support Lead", "Leeds")])
    run("import", path, "--preset", "nonsense", database=db, status=2)


@case("a saved job page adds its posting")
def _():
    folder = new_folder()
    db = os.path.join(folder, "jobs.db")
    page = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org", '
            '"@type": "JobPosting", "title": "Contact Centre Agent", '
            '"hiringOrganization": {"name": "Initech"}, "description": "<p>Answer calls.</p>"}'
            '</script></head><body></body></html>')
    path = write(folder, "posting.html", page)
    out = run("import", path, database=db).stdout
    check("Imported 1 job" in out, out)
    check_equal([row[:2] for row in jobs(db)], [("Initech", "Contact Centre Agent")])


@case("a .json file is read as Pursuit's own export, and one that is not is refused")
def _():
    folder = new_folder()
    path = write(folder, "export.json", "{}")
    result = run("import", path, database=os.path.join(folder, "jobs.db"), status=1)
    check("Could not import the file" in result.stderr, result.stderr)


finish()
