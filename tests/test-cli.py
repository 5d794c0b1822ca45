#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pursuit-cli end to end, against a throw-away database. Prints TAP."""
import json
import os
import subprocess
import sys
import tempfile

cli = sys.argv[1]
results = []


def run(*args, database=None, check=True):
    command = [cli]
    if database is not None:
        command += ["--database", database]
    command += list(args)
    process = subprocess.run(command, capture_output=True, text=True)
    if check and process.returncode != 0:
        raise AssertionError(f"{command} exited {process.returncode}: {process.stderr}")
    return process


def case(name):
    def wrap(function):
        try:
            function()
            results.append((True, name, ""))
        except Exception as error:  # a failed case must not stop the others
            results.append((False, name, repr(error)))
        return function
    return wrap


workdir = tempfile.mkdtemp(prefix="pursuit-cli-")
db = os.path.join(workdir, "nested", "jobs.db")


@case("add creates the database and prints the new id")
def _():
    out = run("add", "--company", "Acme Ltd", "--title", "Customer Service Specialist",
              "--stage", "applied", "--location", "Leeds", database=db).stdout
    assert out.startswith("Added job 1 ("), out
    assert os.path.exists(db)


@case("list shows a table with the job")
def _():
    run("add", "-c", "Globex", "-t", "Contact Center Specialist", database=db)
    out = run("list", database=db).stdout
    lines = out.strip().splitlines()
    assert lines[0].split()[:2] == ["ID", "Stage"], lines[0]
    assert "Globex" in lines[1] and "Acme Ltd" in lines[2], out
    assert "Applied" in lines[2] and "Wishlist" in lines[1], out


@case("list --json is valid JSON with every field")
def _():
    jobs = json.loads(run("list", "--json", database=db).stdout)
    assert [job["company"] for job in jobs] == ["Globex", "Acme Ltd"], jobs
    acme = jobs[1]
    assert acme["stage_kind"] == "applied" and acme["location"] == "Leeds", acme
    assert len(acme["uuid"]) == 36 and acme["created_at"].endswith("Z"), acme


@case("show by id and by uuid, with the timeline")
def _():
    jobs = json.loads(run("list", "--json", database=db).stdout)
    by_id = run("show", "1", database=db).stdout
    assert "Acme Ltd" in by_id and "Timeline" in by_id and "Applied" in by_id, by_id
    by_uuid = json.loads(run("show", jobs[0]["uuid"], "--json", database=db).stdout)
    assert by_uuid["company"] == "Globex", by_uuid


@case("delete removes the job")
def _():
    out = run("delete", "2", database=db).stdout
    assert "Deleted job 2" in out, out
    jobs = json.loads(run("list", "--json", database=db).stdout)
    assert [job["id"] for job in jobs] == [1], jobs


@case("unknown job, unknown stage and missing options fail clearly")
def _():
    missing = run("show", "99", database=db, check=False)
    assert missing.returncode == 1 and "no job 99" in missing.stderr, missing.stderr
    stage = run("add", "-c", "X", "-t", "Y", "--stage", "nowhere", database=db, check=False)
    assert stage.returncode == 2 and "stage" in stage.stderr, stage.stderr
    options = run("add", "-c", "X", database=db, check=False)
    assert options.returncode == 2 and "--title" in options.stderr, options.stderr


@case("a file that is not a database is refused and left alone")
def _():
    bad = os.path.join(workdir, "notes.db")
    with open(bad, "w") as handle:
        handle.write("my notes, not a database\n" * 100)
    before = open(bad, "rb").read()
    out = run("list", database=bad, check=False)
    assert out.returncode == 1 and "not a Pursuit database" in out.stderr, out.stderr
    assert open(bad, "rb").read() == before


@case("a database from a newer version is refused and left alone")
def _():
    import sqlite3
    newer = os.path.join(workdir, "newer.db")
    run("add", "-c", "Initech", "-t", "Support Agent", database=newer)
    connection = sqlite3.connect(newer)
    connection.execute("PRAGMA user_version = 999")
    connection.close()
    before = open(newer, "rb").read()
    out = run("list", database=newer, check=False)
    assert out.returncode == 1 and "newer version of Pursuit" in out.stderr, out.stderr
    assert open(newer, "rb").read() == before


@case("invalid UTF-8 in an argument is refused")
def _():
    process = subprocess.run([os.fsencode(cli), b"--database", os.fsencode(db), b"add",
                              b"-c", b"Bad \xff company", b"-t", b"Title"], capture_output=True)
    assert process.returncode != 0, process
    jobs = json.loads(run("list", "--json", database=db).stdout)
    assert all("Bad" not in job["company"] for job in jobs), jobs


@case("guides lists the four role guides without touching the database")
def _():
    untouched = os.path.join(workdir, "never", "jobs.db")
    out = run("guides", database=untouched).stdout
    lines = out.strip().splitlines()
    assert lines[0].split()[:2] == ["ID", "Depth"], lines[0]
    rows = [line.split()[0] for line in lines[2:]]
    assert rows == ["customer-service-specialist", "contact-center-specialist",
                    "call-center-specialist", "customer-service-manager"], out
    assert not os.path.exists(os.path.dirname(untouched))
    guides = json.loads(run("guides", "--json").stdout)
    assert len(guides) == 4, guides
    assert [guide["depth"] for guide in guides] == ["full", "full", "short", "short"], guides


@case("guide shows an overview and a section with its sources")
def _():
    overview = run("guide", "customer-service-specialist").stdout
    assert overview.startswith("Customer Service Specialist\n"), overview[:200]
    assert "css-salary" in overview and "faq" in overview, overview
    salary = run("guide", "customer-service-specialist", "salary").stdout
    assert "$39,120" in salary and "Source:" in salary, salary
    assert all(len(line) <= 80 for line in salary.splitlines()), salary
    ladder = run("guide", "contact-center-specialist", "ladder").stdout
    assert "years)" in ladder, ladder
    faq = run("guide", "call-center-specialist", "faq", check=False)
    assert faq.returncode == 0, faq.stderr


@case("guide with an unknown guide or section fails and lists what exists")
def _():
    missing = run("guide", "astronaut", check=False)
    assert missing.returncode == 1, missing
    assert "customer-service-specialist" in missing.stderr, missing.stderr
    section = run("guide", "customer-service-specialist", "nowhere", check=False)
    assert section.returncode == 1 and "css-salary" in section.stderr, section.stderr


@case("questions --json gives every field, and filters by category")
def _():
    questions = json.loads(run("questions", "--json").stdout)
    assert len(questions) >= 80, len(questions)
    for question in questions:
        assert question["covers"] and question["outline"], question
        assert {"id", "roles", "category", "competencies", "difficulty", "text", "why",
                "followups"} <= set(question), question
        assert all(set(step) == {"label", "text"} for step in question["outline"]), question
    behavioural = json.loads(run("questions", "--category", "behavioural", "--json").stdout)
    assert behavioural and all(q["category"] == "behavioural" for q in behavioural), behavioural
    assert len(behavioural) < len(questions)
    table = run("questions", "--role", "customer-service-manager").stdout.splitlines()
    assert table[0].split()[:2] == ["ID", "Category"], table[0]
    assert len(table) > 2, table


@case("questions with an unknown role or category exits 2 and names the known ones")
def _():
    role = run("questions", "--role", "nobody", check=False)
    assert role.returncode == 2 and "contact-center-specialist" in role.stderr, role.stderr
    category = run("questions", "--category", "nothing", check=False)
    assert category.returncode == 2 and "behavioural" in category.stderr, category.stderr


@case("salaries lists every figure with its source")
def _():
    records = json.loads(run("salaries", "--role", "contact-center-specialist", "--json").stdout)
    assert records and all(r["role"] == "contact-center-specialist" for r in records), records
    assert any(r["value"] == 37020 and r["statistic"] == "median" for r in records), records
    assert all(r["usd"] is None or r["usd"] > 0 for r in records), records
    out = run("salaries").stdout
    assert "Robert Half" in out and "$39,120 a year" in out, out
    missing = run("salaries", "--role", "nobody", check=False)
    assert missing.returncode == 2, missing


@case("read-only commands never create a database")
def _():
    missing = os.path.join(workdir, "typo", "nowhere.db")
    out = run("list", database=missing, check=False)
    assert out.returncode == 1 and "no database" in out.stderr, out.stderr
    assert not os.path.exists(os.path.dirname(missing))


print(f"1..{len(results)}")
for number, (ok, name, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {number} - {name}")
    if not ok:
        print(f"# {detail}")
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
