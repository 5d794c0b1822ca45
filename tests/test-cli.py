#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pursuit-cli end to end. Prints TAP.

usage: test-cli.py PURSUIT_CLI FIELD_INPUTS_TSV

Each case works on a database of its own, made in the case, so none depends
on another. Checks are calls that raise (check, check_equal), not assert
statements, which python -O would strip.
"""
import json
import os
import sqlite3
import subprocess
import sys
import time

from pursuit_cli_testing import (CheckFailed, add_job, case, check, check_equal, finish, job_json, new_database,
                                 new_folder, run, start)

cli = start(sys.argv[1])
field_inputs = sys.argv[2]


def acme(database):
    """A database with one job, Acme Ltd's, applied for, with a posting."""
    job = add_job(database, "-c", "Acme Ltd", "-t", "Customer Service Specialist", "--stage", "applied")
    posting = os.path.join(os.path.dirname(database), "posting.txt")
    with open(posting, "w") as handle:
        handle.write("We need a bilingual agent fluent in Portuguese and Zendesk.\n")
    run("update", str(job), "--posting-file", posting, database=database)
    return job


# Jobs

@case("add creates the database and prints the new id")
def _():
    db = os.path.join(new_folder(), "nested", "jobs.db")
    out = run("add", "--company", "Acme Ltd", "--title", "Customer Service Specialist",
              "--stage", "applied", "--location", "Leeds", database=db).stdout
    check(out.startswith("Added job 1 ("), out)
    check(os.path.exists(db), "no database at", db)


@case("list shows a table with the jobs, most recently updated first")
def _():
    db = new_database()
    add_job(db, "-c", "Acme Ltd", "-t", "Customer Service Specialist", "--stage", "applied")
    add_job(db, "-c", "Globex", "-t", "Contact Center Specialist")
    lines = run("list", database=db).stdout.strip().splitlines()
    check_equal(lines[0].split()[:2], ["ID", "Stage"], "header")
    check("Globex" in lines[1] and "Acme Ltd" in lines[2], lines)
    check("Applied" in lines[2] and "Wishlist" in lines[1], lines)


@case("list --json is valid JSON with every field")
def _():
    db = new_database()
    add_job(db, "-c", "Acme Ltd", "-t", "Customer Service Specialist", "--stage", "applied", "-l", "Leeds")
    add_job(db, "-c", "Globex", "-t", "Contact Center Specialist")
    jobs = json.loads(run("list", "--json", database=db).stdout)
    check_equal([job["company"] for job in jobs], ["Globex", "Acme Ltd"], "companies")
    acme_job = jobs[1]
    check_equal(acme_job["stage_kind"], "applied", "stage kind")
    check_equal(acme_job["location"], "Leeds", "location")
    check(len(acme_job["uuid"]) == 36 and acme_job["created_at"].endswith("Z"), acme_job)


@case("show by id and by uuid, with the timeline")
def _():
    db = new_database()
    add_job(db, "-c", "Acme Ltd", "-t", "Customer Service Specialist", "--stage", "applied")
    add_job(db, "-c", "Globex", "-t", "Contact Center Specialist")
    jobs = json.loads(run("list", "--json", database=db).stdout)
    by_id = run("show", "1", database=db).stdout
    check("Acme Ltd" in by_id and "Timeline" in by_id and "Applied" in by_id, by_id)
    by_uuid = json.loads(run("show", jobs[0]["uuid"], "--json", database=db).stdout)
    check_equal(by_uuid["company"], "Globex", "company")


@case("delete removes the job")
def _():
    db = new_database()
    add_job(db, "-c", "Acme Ltd", "-t", "Customer Service Specialist")
    add_job(db, "-c", "Globex", "-t", "Contact Center Specialist")
    out = run("delete", "2", database=db).stdout
    check_equal(out.strip(), "Deleted job 2 (Contact Center Specialist at Globex)", "output")
    check_equal([job["id"] for job in json.loads(run("list", "--json", database=db).stdout)], [1], "ids")


@case("unknown job, unknown stage and missing options fail clearly")
def _():
    db = new_database()
    add_job(db, "-c", "Acme Ltd", "-t", "Customer Service Specialist")
    missing = run("show", "99", database=db, status=1)
    check("no job 99" in missing.stderr, missing)
    stage = run("add", "-c", "X", "-t", "Y", "--stage", "nowhere", database=db, status=2)
    check("stage" in stage.stderr, stage)
    options = run("add", "-c", "X", database=db, status=2)
    check("--title" in options.stderr, options)
    unknown = run("add", "-c", "X", "-t", "Y", "--salary", "3", database=db, status=2)
    check("--salary" in unknown.stderr, unknown)


@case("a file that is not a database is refused and left alone")
def _():
    bad = os.path.join(new_folder(), "notes.db")
    with open(bad, "w") as handle:
        handle.write("my notes, not a database\n" * 100)
    with open(bad, "rb") as handle:
        before = handle.read()
    out = run("list", database=bad, status=1)
    check("not a Pursuit database" in out.stderr, out)
    with open(bad, "rb") as handle:
        check(handle.read() == before, "the file changed")


@case("a database from a newer version is refused and left alone")
def _():
    newer = new_database()
    add_job(newer, "-c", "Initech", "-t", "Support Agent")
    connection = sqlite3.connect(newer)
    connection.execute("PRAGMA user_version = 999")
    connection.close()
    with open(newer, "rb") as handle:
        before = handle.read()
    out = run("list", database=newer, status=1)
    check("newer version of Pursuit" in out.stderr, out)
    with open(newer, "rb") as handle:
        check(handle.read() == before, "the file changed")


@case("read-only commands never create a database")
def _():
    missing = os.path.join(new_folder(), "typo", "nowhere.db")
    out = run("list", database=missing, status=1)
    check("no database" in out.stderr, out)
    check(not os.path.exists(os.path.dirname(missing)), "a folder was made")


@case("update sets every field; show and --json display them")
def _():
    db = new_database()
    job = acme(db)
    out = run("update", str(job), "--workplace", "hybrid", "--type", "full-time",
              "--pay-min", "38500", "--pay-max", "48500", "--currency", "usd", "--period", "year",
              "--excitement", "4", "--applied", "2026-03-01", "--deadline", "2026-03-20",
              "--next-action", "Email the recruiter", "--due", "2026-03-05",
              "--source", "Referral", "--industry", "Retail", "--location", "Leeds",
              "--url", "https://example.com/jobs/1", database=db).stdout
    check(out.startswith("Updated job 1 (Customer Service Specialist at Acme Ltd)"), out)
    shown = job_json(job, db)
    expected = {"workplace": "hybrid", "employment_type": "full-time", "pay_min": 38500,
                "pay_max": 48500, "pay_currency": "USD", "pay_period": "year",
                "pay": "$38,500–$48,500 a year", "excitement": 4, "applied_on": "2026-03-01",
                "deadline": "2026-03-20", "next_action": "Email the recruiter",
                "next_action_due": "2026-03-05", "source": "Referral", "industry": "Retail",
                "location": "Leeds", "archived": False, "stage_kind": "applied"}
    for key, value in expected.items():
        check_equal(shown[key], value, key)
    check("Portuguese" in shown["posting_text"], shown)
    text = run("show", str(job), database=db).stdout
    for part in ("Hybrid", "Full-time", "$38,500–$48,500 a year", "4 of 5", "2026-03-01",
                 "Email the recruiter (due 2026-03-05)", "Portuguese"):
        check(part in text, part, text)
    # The posting's own examples, stored as written.
    run("update", str(job), "--pay-min", "19", "--pay-max", "19", "--period", "hour", database=db)
    check_equal(job_json(job, db)["pay"], "$19 an hour", "pay")
    run("update", str(job), "--pay-min", "2500", "--pay-max", "2500", "--currency", "EUR",
        "--period", "month", database=db)
    check("€2,500 a month" in run("show", str(job), database=db).stdout, "€2,500 a month")
    # An empty value clears a field, a choice included.
    run("update", str(job), "--deadline", "", "--industry", "", "--workplace", "", database=db)
    shown = job_json(job, db)
    check_equal(shown["deadline"], None, "deadline")
    check_equal(shown["industry"], None, "industry")
    check_equal(shown["workplace"], None, "workplace")


@case("update refuses invalid values, names the option and saves nothing")
def _():
    db = new_database()
    job = acme(db)
    run("update", str(job), "--currency", "USD", "--pay-min", "30000", database=db)
    before = job_json(job, db)
    for args, option, message in (
            (["--url", "ftp://example.com/job"], "--url", "http:// or https://"),
            (["--pay-min", "60000", "--pay-max", "50000"], "--pay-max", "below the minimum"),
            (["--pay-min=-5"], "--pay-min", "zero or more"),
            (["--pay-max", "lots"], "--pay-max", "Write a figure of zero or more"),
            (["--deadline", "2026-02-30"], "--deadline", "must exist in the calendar"),
            (["--due", "tomorrow"], "--due", "YYYY-MM-DD"),
            (["--excitement", "7"], "--excitement", "from 0 to 5"),
            (["--currency", "dollars"], "--currency", "three-letter currency code"),
            (["--currency", ""], "--currency", "Pay needs a currency"),
            (["--title", "  ", "--location", "Paris"], "--title", "Job Title cannot be empty")):
        out = run("update", str(job), *args, database=db, status=1)
        check(f"pursuit-cli: {option}: " in out.stderr and message in out.stderr, args, out)
        check("Traceback" not in out.stderr, out)
        check_equal(out.stdout, "", f"output of {args}")
    check_equal(job_json(job, db), before, "the job after invalid updates")
    usage = run("update", str(job), "--workplace", "moon", database=db, status=2)
    check("--workplace" in usage.stderr and "on-site, hybrid, remote" in usage.stderr, usage)
    run("update", str(job), database=db, status=2)
    run("update", str(job), "--archive", "--unarchive", database=db, status=2)
    missing = run("update", "99", "--title", "X", database=db, status=1)
    check("no job 99" in missing.stderr, missing)


def wait_for_stdin_read(process, timeout=20):
    """Waits until @process blocks reading its standard input: Linux tells
    the system call a process waits in, "0 0x0 …" for read (0) on fd 0."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with open(f"/proc/{process.pid}/syscall") as handle:
            if handle.read().startswith("0 0x0 "):
                return
        time.sleep(0.01)
    raise CheckFailed("pursuit-cli never read its standard input")


@case("update writes only the fields it is given")
def _():
    db = new_database()
    job = acme(db)
    # The app changes the notes while pursuit-cli waits for the posting on
    # standard input, after it read the job: the notes must stay the app's.
    process = subprocess.Popen([cli, "--database", db, "update", str(job), "--posting-file", "-"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for_stdin_read(process)
    connection = sqlite3.connect(db, timeout=10)
    connection.execute("UPDATE job_texts SET notes = 'Written by the app' WHERE job_id = ?", (job,))
    connection.execute("UPDATE jobs SET location = 'Porto' WHERE id = ?", (job,))
    connection.commit()
    connection.close()
    out, err = process.communicate(b"A new posting\n", timeout=30)
    check_equal(process.returncode, 0, f"exit status ({err!r})")
    shown = job_json(job, db)
    check_equal(shown["posting_text"], "A new posting\n", "posting")
    check_equal(shown["notes"], "Written by the app", "notes")
    check_equal(shown["location"], "Porto", "location")


@case("move records the stage and its note in the timeline")
def _():
    db = new_database()
    job = acme(db)
    out = run("move", str(job), "interviewing", "--note", "Phone screen went well", database=db).stdout
    check_equal(out.strip(), "Moved job 1 (Customer Service Specialist at Acme Ltd) to Interviewing", "output")
    check_equal(job_json(job, db)["stage_kind"], "interviewing", "stage")
    timeline = run("show", str(job), database=db).stdout.split("Timeline")[1].strip().splitlines()
    check_equal(len(timeline), 2, "timeline entries")
    check(timeline[0].endswith("Applied"), timeline)
    check(timeline[1].endswith("Interviewing — Phone screen went well"), timeline)
    again = run("move", str(job), "Interviewing", database=db).stdout
    check("already in Interviewing" in again, again)
    check_equal(len(run("show", str(job), database=db).stdout.split("Timeline")[1].strip().splitlines()), 2,
                "timeline entries after a move to the same stage")
    stage = run("move", str(job), "nowhere", database=db, status=2)
    check("stages" in stage.stderr, stage)


@case("search finds words of the posting, by prefix, and not deleted jobs")
def _():
    db = new_database()
    acme(db)
    add_job(db, "-c", "Globex", "-t", "Support Agent", "-l", "Porto")
    add_job(db, "-c", "Initech", "-t", "Billing Clerk")

    def ids(*words):
        return sorted(job["id"] for job in json.loads(run("search", *words, "--json", database=db).stdout))

    check_equal(ids("zendesk"), [1], "zendesk")
    check_equal(ids("portu"), [1], "portu")         # a word of the posting, typed halfway
    check_equal(ids("port"), [1, 2], "port")        # Portuguese and Porto
    check_equal(ids("cust", "serv"), [1], "cust serv")
    check_equal(ids("Support Agent"), [2], "Support Agent")
    check_equal(ids("nothing-like-this"), [], "nothing")
    table = run("search", "clerk", database=db).stdout
    check(table.splitlines()[0].split()[:2] == ["ID", "Stage"] and "Initech" in table, table)
    check("No job matches" in run("search", "xyzzy", database=db).stdout, "xyzzy")
    run("delete", "3", database=db)
    check_equal(ids("clerk"), [], "clerk after delete")
    run("update", "2", "--archive", database=db)
    check_equal(ids("porto"), [], "porto archived")
    check_equal(ids("porto", "--archived"), [2], "porto --archived")
    run("search", database=db, status=2)


@case("a search loads no library for reading documents, and its table shows stage and archive")
def _():
    db = new_database()
    add_job(db, "-c", "Globex", "-t", "Support Agent", "-s", "applied")
    archived = add_job(db, "-c", "Globex", "-t", "Team Lead", "-s", "interviewing")
    run("update", str(archived), "--archive", database=db)
    # glibc names each library it loads (LD_DEBUG=files): PDF, DOCX and ODT
    # readers are loaded by the first document read, never at start.
    result = run("search", "globex", "--archived", database=db, env={"LD_DEBUG": "files"})
    for library in ("libpoppler", "libarchive", "libcairo"):
        check(f"file={library}" not in result.stderr, f"{library} loaded")
    check("file=libglib" in result.stderr or "libglib" in result.stderr, "LD_DEBUG had no effect")
    rows = result.stdout.splitlines()
    check_equal(len(rows), 3, result.stdout)
    check(rows[1].split()[1] == "Interviewing" and "(archived)" in rows[1], rows[1])
    check(rows[2].split()[1] == "Applied" and "Support Agent" in rows[2], rows[2])


@case("search lists the hits most recently updated first, as list does")
def _():
    db = new_database()
    for company in ("Alpha", "Beta", "Gamma"):
        add_job(db, "-c", company, "-t", "Support Agent")
    run("update", "2", "--notes", "touched", database=db)
    listed = [job["id"] for job in json.loads(run("list", "--json", database=db).stdout)]
    searched = [job["id"] for job in json.loads(run("search", "support", "--json", database=db).stdout)]
    check_equal(searched, listed, "order")
    table = [line.split()[0] for line in run("search", "support", database=db).stdout.splitlines()[1:]]
    check_equal(table, [str(job) for job in listed], "table order")


@case("list --attention shows only jobs that need it, with the reason")
def _():
    db = new_database()
    job = acme(db)
    add_job(db, "-c", "Globex", "-t", "Support Agent")
    run("update", str(job), "--due", "2020-01-02", database=db)
    out = run("list", "--attention", database=db).stdout.strip().splitlines()
    check(out[0].split()[:2] == ["ID", "Stage"] and out[0].endswith("Needs attention"), out)
    check(len(out) == 2 and out[1].startswith("1 ") and "Follow-up overdue by" in out[1], out)
    jobs = json.loads(run("list", "--attention", "--json", database=db).stdout)
    check_equal([(j["id"], j["attention"]) for j in jobs], [(1, ["follow-up-overdue"])], "attention")
    # Archived jobs and ended pursuits need nothing.
    run("update", str(job), "--archive", database=db)
    check("No job needs attention." in run("list", "--attention", database=db).stdout, "archived")
    check_equal([j["id"] for j in json.loads(run("list", "--json", database=db).stdout)], [2], "listed")
    listed = run("list", "--archived", database=db).stdout
    check("(archived)" in listed and "Acme Ltd" in listed, listed)
    run("update", str(job), "--unarchive", database=db)
    run("move", str(job), "rejected", database=db)
    check_equal(json.loads(run("list", "--attention", "--json", database=db).stdout), [], "after rejection")
    run("list", "--days", "3", database=db, status=2)


# The table of field inputs, shared with tests/test-validation.c

FIELD_OPTIONS = {
    "company": "--company", "title": "--title", "location": "--location", "url": "--url",
    "notes": "--notes", "workplace": "--workplace", "employment-type": "--type", "source": "--source",
    "industry": "--industry", "pay-min": "--pay-min", "pay-max": "--pay-max",
    "pay-currency": "--currency", "pay-period": "--period", "excitement": "--excitement",
    "applied-on": "--applied", "deadline": "--deadline", "next-action": "--next-action",
    "next-action-due": "--due", "posting-text": "--posting-file", "schedule": "--schedule",
    "languages": "--languages", "pay-extras": "--pay-extras", "offer-min": "--offer-min",
    "offer-max": "--offer-max", "offer-currency": "--offer-currency", "offer-period": "--offer-period",
    "offer-sign-on": "--sign-on", "offer-bonus": "--bonus", "offer-note": "--offer-note",
}
CHOICES = {"workplace", "employment-type", "pay-period", "offer-period"}
AMOUNTS = {"pay-min", "pay-max", "offer-min", "offer-max", "offer-sign-on", "offer-bonus"}


def decode(cell):
    """Undoes the escapes that tests/data/field-inputs.tsv describes."""
    if cell == '""':
        return b""
    text = bytearray()
    last_start = 0
    i = 0
    while i < len(cell):
        char = cell[i]
        if char != "\\":
            encoded = char.encode("utf-8")
            last_start = len(text)
            text += encoded
            i += 1
            continue
        kind = cell[i + 1]
        if kind in "tnr\\":
            byte = {"t": 9, "n": 10, "r": 13, "\\": 92}[kind]
            i += 2
        elif kind == "x":
            byte = int(cell[i + 2:i + 4], 16)
            i += 4
        elif kind == "*":
            end = i + 2
            while end < len(cell) and cell[end].isdigit():
                end += 1
            character = bytes(text[last_start:])
            text += character * (int(cell[i + 2:end]) - 1)
            i = end
            continue
        else:
            raise CheckFailed(f"unknown escape in {cell!r}")
        if byte & 0xC0 != 0x80:
            last_start = len(text)
        text.append(byte)
    return bytes(text)


def read_field_inputs():
    rows = []
    with open(field_inputs, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            field, text, expected = line.split("\t")
            check(field in FIELD_OPTIONS, "no option for", field)
            rows.append((number, field, decode(text), None if expected == "refused" else decode(expected)))
    return rows


def as_formatted(field, value):
    """A value of show --json written as pursuit_job_field_format() does."""
    if value is None:
        return b"unknown" if field in CHOICES else b""
    if field in AMOUNTS and value != int(value):
        return b"%.2f" % value
    if isinstance(value, (int, float)):
        return str(int(value)).encode()
    return value.encode("utf-8")


# Strict input

@case("an empty --database is refused, not a database that vanishes")
def _():
    folder = new_folder()
    add = ["add", "-c", "Acme", "-t", "Agent"]
    for args in (["--database", "", *add], ["--database=", *add], [*add, "--database", ""], [*add, "--database"]):
        process = subprocess.run([cli, *args], capture_output=True, text=True, cwd=folder)
        check_equal(process.returncode, 2, f"exit status of {args} ({process.stderr!r})")
        check("--database" in process.stderr and "Added" not in process.stdout, args, process.stderr)
    check_equal(os.listdir(folder), [], "files made")


@case("text that is not UTF-8 is refused with the option or argument named")
def _():
    db = new_database()
    acme(db)
    bad = run(b"add", b"-c", b"Bad \xff company", b"-t", b"Title", database=db, status=1)
    check("--company: " in bad.stderr and "UTF-8" in bad.stderr, bad)
    search = run(b"search", b"ab\xf0", database=db, status=1)
    check("UTF-8" in search.stderr, search)
    show = run(b"show", b"1\xff", database=db, status=1)
    check("UTF-8" in show.stderr, show)
    note = run(b"move", b"1", b"offer", b"--note", b"\xc3", database=db, status=1)
    check("--note: " in note.stderr, note)
    contact = run(b"contacts", b"add", b"--name", b"J\xe9r\xf4me", database=db, status=1)
    check("--name: " in contact.stderr, contact)
    companies = [job["company"] for job in json.loads(run("list", "--json", database=db).stdout)]
    check_equal(companies, ["Acme Ltd"], "companies")
    check_equal(json.loads(run("contacts", "--json", database=db).stdout), [], "contacts")


@case("dates the calendar does not write are refused")
def _():
    db = new_database()
    job = acme(db)
    for date in ("2026-01-+5", "2026- 1-05", "2026-01-\n5", "2026-1-5", "26-01-05"):
        out = run("update", str(job), "--deadline", date, database=db, status=1)
        check("--deadline: " in out.stderr and "YYYY-MM-DD" in out.stderr, date, out)
    check_equal(job_json(job, db)["deadline"], None, "deadline")


@case("sums in hexadecimal, exponents or with a sign are refused")
def _():
    db = new_database()
    job = acme(db)
    run("update", str(job), "--currency", "USD", database=db)
    for value in ("0x10", "1e-320", "-0", "1e3", "+5", "Infinity"):
        out = run("update", str(job), f"--pay-min={value}", database=db, status=1)
        check("--pay-min: " in out.stderr, value, out)
    check_equal(job_json(job, db)["pay_min"], None, "pay_min")


@case("a posting that is not text, or has no end, is refused naming the file")
def _():
    db = new_database()
    job = acme(db)
    before = job_json(job, db)["posting_text"]
    folder = new_folder()
    files = {"nul.txt": b"We need an agent\x00 who types", "latin1.txt": "Caf\u00e9".encode("latin-1"),
             "large.txt": b"a" * (1024 * 1024 + 1)}
    for name, content in files.items():
        path = os.path.join(folder, name)
        with open(path, "wb") as handle:
            handle.write(content)
        out = run("update", str(job), "--posting-file", path, database=db, status=1)
        check(out.stderr.startswith("pursuit-cli: --posting-file: "), name, out)
        check(name in out.stderr or "characters" in out.stderr, name, out)
    zero = run("update", str(job), "--posting-file", "/dev/zero", database=db, status=1, timeout=30)
    check("/dev/zero" in zero.stderr, zero)
    endless = subprocess.Popen(["yes", "a posting without end"], stdout=subprocess.PIPE)
    try:
        piped = run("update", str(job), "--posting-file", "-", database=db, status=1, stdin=endless.stdout,
                    timeout=30)
    finally:
        endless.kill()
        endless.wait()
    check("standard input" in piped.stderr and "larger than" in piped.stderr, piped)
    check_equal(job_json(job, db)["posting_text"], before, "posting")


@case("text beyond ASCII is taken under LC_ALL=C, as UTF-8")
def _():
    db = new_database()
    c_locale = {"LC_ALL": "C"}
    job = add_job(db, "-c", "Café Noir", "-t", "Barista")
    run("update", str(job), "--location", "Zürich", "--next-action", "Écrire à Zoé", database=db, env=c_locale)
    run("move", str(job), "applied", "--note", "Envoyé ✓", database=db, env=c_locale)
    run("contacts", "add", "--name", "José Müller", "--job", str(job), database=db, env=c_locale)
    shown = job_json(job, db)
    check_equal((shown["company"], shown["location"], shown["next_action"]),
                ("Café Noir", "Zürich", "Écrire à Zoé"), "fields")
    check("Envoyé ✓" in run("show", str(job), database=db).stdout, "note")
    check_equal([c["name"] for c in json.loads(run("contacts", "--json", database=db).stdout)],
                ["José Müller"], "contacts")
    found = json.loads(run("search", "zürich", "--json", database=db, env=c_locale).stdout)
    check_equal([j["id"] for j in found], [job], "search")
    bad = run(b"update", str(job).encode(), b"--location", b"Z\xfcrich", database=db, env=c_locale, status=1)
    check("--location: " in bad.stderr, bad)


@case("every field input of the table is taken or refused as the job page does")
def _():
    db = new_database()
    folder = new_folder()
    rows = read_field_inputs()
    check(len(rows) >= 60, "rows", len(rows))
    jobs = [add_job(db, "-c", "Acme Ltd", "-t", "Agent") for _ in rows]
    # Pay and an offer need a currency: each job has one, set the way the app would.
    connection = sqlite3.connect(db)
    connection.execute("UPDATE jobs SET pay_currency = 'USD', offer_currency = 'USD'")
    connection.commit()
    connection.close()
    before = {job["id"]: job for job in json.loads(run("list", "--json", database=db).stdout)}
    failures = []
    for job, (line, field, text, expected) in zip(jobs, rows):
        option = FIELD_OPTIONS[field]
        if option == "--posting-file":
            path = os.path.join(folder, f"line-{line}.txt")
            with open(path, "wb") as handle:
                handle.write(text)
            args = [option, path]
        else:
            args = [option.encode() + b"=" + text]
        out = run("update", str(job), *args, database=db, status=None)
        if expected is None:
            status = 2 if field in CHOICES else 1
            if out.returncode != status or f"{option}: " not in out.stderr:
                failures.append(f"line {line}: {field} {text!r} not refused as expected: {out}")
        elif out.returncode != 0:
            failures.append(f"line {line}: {field} {text!r} refused: {out}")
    after = {job["id"]: job for job in json.loads(run("list", "--json", database=db).stdout)}
    for job, (line, field, text, expected) in zip(jobs, rows):
        value = as_formatted(field, after[job][field.replace("-", "_")])
        wanted = as_formatted(field, before[job][field.replace("-", "_")]) if expected is None else expected
        if value != wanted:
            failures.append(f"line {line}: {field} {text!r} gave {value!r}, expected {wanted!r}")
    check(not failures, *failures)


# Guides, questions and salaries

@case("guides lists the four role guides without touching the database")
def _():
    untouched = os.path.join(new_folder(), "never", "jobs.db")
    out = run("guides", database=untouched).stdout
    lines = out.strip().splitlines()
    check_equal(lines[0].split()[:2], ["ID", "Depth"], "header")
    check_equal([line.split()[0] for line in lines[2:]],
                ["customer-service-specialist", "contact-center-specialist", "call-center-specialist",
                 "customer-service-manager"], "guides")
    check(not os.path.exists(os.path.dirname(untouched)), "a folder was made")
    guides = json.loads(run("guides", "--json").stdout)
    check_equal([guide["depth"] for guide in guides], ["full", "full", "short", "short"], "depths")


@case("guide shows an overview and a section with its sources")
def _():
    overview = run("guide", "customer-service-specialist").stdout
    check(overview.startswith("Customer Service Specialist\n"), overview[:200])
    check("css-salary" in overview and "faq" in overview, overview)
    salary = run("guide", "customer-service-specialist", "salary").stdout
    check("$39,120" in salary and "Source:" in salary, salary)
    check(all(len(line) <= 80 for line in salary.splitlines()), "a line over 80 characters", salary)
    ladder = run("guide", "contact-center-specialist", "ladder").stdout
    check("years)" in ladder, ladder)
    run("guide", "call-center-specialist", "faq")


@case("guide with an unknown guide or section fails and lists what exists")
def _():
    missing = run("guide", "astronaut", status=1)
    check("customer-service-specialist" in missing.stderr, missing)
    section = run("guide", "customer-service-specialist", "nowhere", status=1)
    check("css-salary" in section.stderr, section)


@case("questions --json gives every field, and filters by category")
def _():
    questions = json.loads(run("questions", "--json").stdout)
    check(len(questions) >= 80, len(questions))
    for question in questions:
        check(question["covers"] and question["outline"], question)
        check({"id", "roles", "category", "competencies", "difficulty", "text", "why",
               "followups"} <= set(question), question)
        check(all(set(step) == {"label", "text"} for step in question["outline"]), question)
    behavioural = json.loads(run("questions", "--category", "behavioural", "--json").stdout)
    check(behavioural and all(q["category"] == "behavioural" for q in behavioural), behavioural)
    check(len(behavioural) < len(questions), "not filtered")
    table = run("questions", "--role", "customer-service-manager").stdout.splitlines()
    check(table[0].split()[:2] == ["ID", "Category"] and len(table) > 2, table)


@case("questions with an unknown role or category exits 2 and names the known ones")
def _():
    role = run("questions", "--role", "nobody", status=2)
    check("contact-center-specialist" in role.stderr, role)
    category = run("questions", "--category", "nothing", status=2)
    check("behavioural" in category.stderr, category)


@case("salaries lists every figure with its source")
def _():
    records = json.loads(run("salaries", "--role", "contact-center-specialist", "--json").stdout)
    check(records and all(r["role"] == "contact-center-specialist" for r in records), records)
    check(any(r["value"] == 37020 and r["statistic"] == "median" for r in records), records)
    check(all(r["usd"] is None or r["usd"] > 0 for r in records), records)
    out = run("salaries").stdout
    check("Robert Half" in out and "$39,120 a year" in out, out)
    run("salaries", "--role", "nobody", status=2)


# Contacts and interviews

def people(database):
    """Initech's job, with Jane Doe (linked to it), Bob Smith and Zed Other."""
    job = add_job(database, "-c", "Initech", "-t", "Support Lead")
    out = run("contacts", "add", "--name", "Jane Doe", "--role", "Recruiter", "--email", "jane@initech.example",
              "--phone", "+44 20 7946 0000", "--url", "https://www.linkedin.com/in/jane", "--job", str(job),
              database=database).stdout
    check(out.startswith("Added contact 1 ("), out)
    run("contacts", "add", "--name", "Bob Smith", "--company", "Initech", database=database)
    run("contacts", "add", "--name", "Zed Other", "--company", "Globex", database=database)
    return job


def parse_vcard(text):
    """Unfolds and unescapes a vCard: {NAME: value}, the first of each name."""
    check(text.endswith("\r\n"), repr(text[-10:]))
    lines = text.split("\r\n")[:-1]
    for line in lines:
        check(len(line.encode("utf-8")) <= 75, "line over 75 octets", line)
    logical = []
    for line in lines:
        if line.startswith((" ", "\t")):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    fields = {}
    for line in logical:
        head, _, value = line.partition(":")
        name = head.split(";")[0].upper()
        plain, escaped = [], False
        for char in value:
            if escaped:
                plain.append("\n" if char in "nN" else char)
                escaped = False
            elif char == "\\":
                escaped = True
            else:
                plain.append(char)
        fields.setdefault(name, "".join(plain))
    return fields


@case("contacts add links to a job and takes its company; contacts lists them")
def _():
    db = new_database()
    job = people(db)
    table = run("contacts", database=db).stdout.splitlines()
    check_equal(table[0].split()[:3], ["ID", "Name", "Company"], "header")
    check_equal([line.split()[0] for line in table[1:]], ["2", "1", "3"], "order")
    linked = json.loads(run("contacts", "--job", str(job), "--json", database=db).stdout)
    check_equal([c["name"] for c in linked], ["Jane Doe"], "linked")
    jane = linked[0]
    check(jane["company"] == "Initech" and jane["role"] == "Recruiter", jane)
    check(jane["email"] == "jane@initech.example" and jane["profile_url"].startswith("https://"), jane)
    company = json.loads(run("contacts", "--company", "INITECH", "--json", database=db).stdout)
    check_equal(sorted(c["name"] for c in company), ["Bob Smith", "Jane Doe"], "by company")


@case("contacts add refuses a missing name, a bad email or URL, and an unknown job")
def _():
    db = new_database()
    people(db)
    missing = run("contacts", "add", "--company", "X", database=db, status=2)
    check("--name" in missing.stderr, missing)
    email = run("contacts", "add", "--name", "A", "--email", "not-an-address", database=db, status=1)
    check("email" in email.stderr, email)
    url = run("contacts", "add", "--name", "A", "--url", "ftp://x.example", database=db, status=1)
    check("http" in url.stderr, url)
    job = run("contacts", "add", "--name", "A", "--job", "99", database=db, status=1)
    check("no job 99" in job.stderr, job)
    names = [c["name"] for c in json.loads(run("contacts", "--json", database=db).stdout)]
    check("A" not in names, names)


@case("contacts vcard prints a vCard 4.0 with CRLF lines, and writes one with --output")
def _():
    db = new_database()
    people(db)
    notes = "Met at the fair; likes long emails, really.\nSecond line — " + "Grüße 日本 😀 " * 20
    run("contacts", "add", "--name", "Ana, María", "--company", "Smith; Jones, Co", "--notes", notes, database=db)
    contacts = json.loads(run("contacts", "--json", database=db).stdout)
    ana = next(c for c in contacts if c["name"] == "Ana, María")
    process = subprocess.run([cli, "--database", db, "contacts", "vcard", str(ana["id"])], capture_output=True)
    check_equal(process.returncode, 0, f"exit status ({process.stderr!r})")
    card = process.stdout.decode("utf-8")
    check(card.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n"), card[:40])
    fields = parse_vcard(card)
    check_equal(fields["FN"], "Ana, María", "FN")
    check_equal(fields["ORG"], "Smith; Jones, Co", "ORG")
    check_equal(fields["NOTE"], notes, "NOTE")
    check_equal(fields["UID"], "urn:uuid:" + ana["uuid"], "UID")
    output = os.path.join(new_folder(), "ana.vcf")
    run("contacts", "vcard", str(ana["uuid"]), "--output", output, database=db)
    with open(output, "rb") as handle:
        check(handle.read() == process.stdout, "the file differs from the printed card")
    missing = run("contacts", "vcard", "99", database=db, status=1)
    check("no contact 99" in missing.stderr, missing)


@case("a contact whose stored name is broken UTF-8 is exported and listed, repaired")
def _():
    db = new_database()
    people(db)
    # Another program wrote bytes that are not UTF-8, long enough to fold.
    connection = sqlite3.connect(db)
    connection.execute("UPDATE contacts SET name = CAST(? AS TEXT), notes = CAST(? AS TEXT) WHERE id = 1",
                       (b"Jos\xe9 " + b"\xa9" * 100, b"ab\xf0"))
    connection.commit()
    connection.close()
    card = run("contacts", "vcard", "1", database=db).stdout
    fields = parse_vcard(card)
    check(fields["FN"].startswith("Jos\ufffd \ufffd"), fields["FN"][:20])
    check(fields["NOTE"].startswith("ab\ufffd"), fields["NOTE"])
    check_equal(fields["EMAIL"], "jane@initech.example", "EMAIL")
    listed = json.loads(run("contacts", "--json", database=db).stdout)
    check(any(c["name"].startswith("Jos\ufffd") for c in listed), listed)
    table = run("contacts", database=db).stdout
    check("Jos\ufffd" in table, table)


@case("interviews add and list, in the interview's time zone, with interviewers")
def _():
    db = new_database()
    job = people(db)
    out = run("interviews", "add", "--job", str(job), "--at", "2031-07-01 14:30", "--time-zone", "Europe/London",
              "--duration", "45", "--kind", "on-site", "--location", "1 Main Street", "--with", "1",
              "--with", "2", database=db).stdout
    check(out.startswith("Added interview 1 for job 1"), out)
    check("2031-07-01 14:30 Europe/London" in out, out)
    run("interviews", "add", "--job", str(job), "--at", "2001-01-01 09:00", database=db)
    interviews = json.loads(run("interviews", "--json", database=db).stdout)
    check_equal([i["id"] for i in interviews], [2, 1], "order")
    first = interviews[1]
    # 14:30 in London in summer is 13:30 UTC.
    check_equal(first["starts_at"], "2031-07-01T13:30:00Z", "starts_at")
    check(first["starts_at_local"].startswith("2031-07-01T14:30:00+01"), first)
    check(first["kind"] == "on-site" and first["duration_minutes"] == 45, first)
    check_equal([p["name"] for p in first["interviewers"]], ["Bob Smith", "Jane Doe"], "interviewers")
    upcoming = json.loads(run("interviews", "--upcoming", "--json", database=db).stdout)
    check_equal([i["id"] for i in upcoming], [1], "upcoming")
    by_job = json.loads(run("interviews", "--job", str(job), "--upcoming", "--json", database=db).stdout)
    check_equal([i["id"] for i in by_job], [1], "by job")
    table = run("interviews", database=db).stdout.splitlines()
    check_equal(table[0].split()[:2], ["ID", "When"], "header")
    check("1: Initech · Support Lead" in table[2] and "Jane Doe" in table[2], table)
    # The job now shows its next interview.
    check_equal(job_json(job, db)["next_interview_at"], "2031-07-01T13:30:00Z", "next interview")


@case("interviews add refuses a bad time, zone, kind, duration or interviewer, writing nothing")
def _():
    db = new_database()
    job = str(people(db))
    cases = [
        (["--at", "2031-02-30 10:00"], 2, "YYYY-MM-DD"),
        (["--at", "2031-03-01 25:00"], 2, "HH:MM"),
        (["--at", "2031-03-01 10:00", "--time-zone", "Mars/Base"], 2, "Mars/Base"),
        (["--at", "2031-03-01 10:00", "--kind", "dinner"], 2, "dinner"),
        (["--at", "2031-03-01 10:00", "--duration", "0"], 1, "duration"),
        (["--at", "2031-03-01 10:00", "--with", "1", "--with", "99"], 1, "no contact 99"),
        (["--at", "2031-03-01 10:00", "--with", "x"], 2, "contact"),
    ]
    for arguments, status, message in cases:
        process = run("interviews", "add", "--job", job, *arguments, database=db, status=status)
        check(message in process.stderr, arguments, process)
    missing = run("interviews", "add", "--at", "2031-03-01 10:00", database=db, status=2)
    check("--job" in missing.stderr, missing)
    check_equal(json.loads(run("interviews", "--json", database=db).stdout), [], "interviews")


@case("deleting a job removes its interviews but keeps its contacts")
def _():
    db = new_database()
    job = str(people(db))
    run("interviews", "add", "--job", job, "--at", "2031-07-01 14:30", "--with", "1", database=db)
    run("delete", job, database=db)
    check_equal(json.loads(run("interviews", "--json", database=db).stdout), [], "interviews")
    names = sorted(c["name"] for c in json.loads(run("contacts", "--json", database=db).stdout))
    check_equal(names, ["Bob Smith", "Jane Doe", "Zed Other"], "contacts")


finish()
