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


# update, move, search and list --attention work on a database of their own.
jobs_db = os.path.join(workdir, "tracking", "jobs.db")


def job_json(job, database=jobs_db):
    return json.loads(run("show", str(job), "--json", database=database).stdout)


@case("update sets every field; show and --json display them")
def _():
    run("add", "-c", "Acme Ltd", "-t", "Customer Service Specialist", "--stage", "applied",
        database=jobs_db)
    posting = os.path.join(workdir, "posting.txt")
    with open(posting, "w") as handle:
        handle.write("We need a bilingual agent fluent in Portuguese and Zendesk.\n")
    out = run("update", "1", "--workplace", "hybrid", "--type", "full-time",
              "--pay-min", "38500", "--pay-max", "48500", "--currency", "usd", "--period", "year",
              "--excitement", "4", "--applied", "2026-03-01", "--deadline", "2026-03-20",
              "--next-action", "Email the recruiter", "--due", "2026-03-05",
              "--source", "Referral", "--industry", "Retail", "--location", "Leeds",
              "--url", "https://example.com/jobs/1", "--posting-file", posting,
              database=jobs_db).stdout
    assert out.startswith("Updated job 1 (Customer Service Specialist at Acme Ltd)"), out
    job = job_json(1)
    expected = {"workplace": "hybrid", "employment_type": "full-time", "pay_min": 38500,
                "pay_max": 48500, "pay_currency": "USD", "pay_period": "year",
                "pay": "$38,500–$48,500 a year", "excitement": 4, "applied_on": "2026-03-01",
                "deadline": "2026-03-20", "next_action": "Email the recruiter",
                "next_action_due": "2026-03-05", "source": "Referral", "industry": "Retail",
                "location": "Leeds", "archived": False, "stage_kind": "applied"}
    for key, value in expected.items():
        assert job[key] == value, (key, job[key])
    assert "Portuguese" in job["posting_text"], job
    shown = run("show", "1", database=jobs_db).stdout
    for text in ("Hybrid", "Full-time", "$38,500–$48,500 a year", "4 of 5", "2026-03-01",
                 "Email the recruiter (due 2026-03-05)", "Portuguese"):
        assert text in shown, (text, shown)
    # The posting's own examples, stored as written.
    run("update", "1", "--pay-min", "19", "--pay-max", "19", "--period", "hour", database=jobs_db)
    assert job_json(1)["pay"] == "$19 an hour"
    run("update", "1", "--pay-min", "2500", "--pay-max", "2500", "--currency", "EUR",
        "--period", "month", database=jobs_db)
    assert "€2,500 a month" in run("show", "1", database=jobs_db).stdout
    # An empty value clears a field.
    run("update", "1", "--deadline", "", "--industry", "", database=jobs_db)
    job = job_json(1)
    assert job["deadline"] is None and job["industry"] is None, job


@case("update refuses invalid values plainly and saves nothing")
def _():
    before = job_json(1)
    for args, message in (
            (["--url", "ftp://example.com/job"], "http:// or https://"),
            (["--pay-min", "60000", "--pay-max", "50000"], "below the minimum"),
            (["--pay-min", "-5"], "cannot be negative"),
            (["--pay-max", "lots"], "needs a figure"),
            (["--deadline", "2026-02-30"], "must exist in the calendar"),
            (["--due", "tomorrow"], "YYYY-MM-DD"),
            (["--excitement", "7"], "0 to 5"),
            (["--currency", "dollars"], "three-letter currency code"),
            (["--title", "  ", "--location", "Paris"], "Job Title cannot be empty")):
        out = run("update", "1", *args, database=jobs_db, check=False)
        assert out.returncode == 1, (args, out.returncode, out.stderr)
        assert message in out.stderr and "Traceback" not in out.stderr, (args, out.stderr)
        assert out.stdout == "", (args, out.stdout)
    assert job_json(1) == before, "an invalid update changed the job"
    usage = run("update", "1", "--workplace", "moon", database=jobs_db, check=False)
    assert usage.returncode == 2 and "on-site, hybrid, remote" in usage.stderr, usage.stderr
    assert run("update", "1", database=jobs_db, check=False).returncode == 2
    missing = run("update", "99", "--title", "X", database=jobs_db, check=False)
    assert missing.returncode == 1 and "no job 99" in missing.stderr, missing.stderr


@case("move records the stage and its note in the timeline")
def _():
    out = run("move", "1", "interviewing", "--note", "Phone screen went well",
              database=jobs_db).stdout
    assert out.strip() == "Moved job 1 (Customer Service Specialist at Acme Ltd) to Interviewing", out
    assert job_json(1)["stage_kind"] == "interviewing"
    timeline = run("show", "1", database=jobs_db).stdout.split("Timeline")[1].strip().splitlines()
    assert len(timeline) == 2, timeline
    assert timeline[0].endswith("Applied"), timeline
    assert timeline[1].endswith("Interviewing — Phone screen went well"), timeline
    again = run("move", "1", "Interviewing", database=jobs_db).stdout
    assert "already in Interviewing" in again, again
    assert len(run("show", "1", database=jobs_db).stdout.split("Timeline")[1].strip().splitlines()) == 2
    stage = run("move", "1", "nowhere", database=jobs_db, check=False)
    assert stage.returncode == 2 and "stages" in stage.stderr, stage.stderr


@case("search finds words of the posting, by prefix, and not deleted jobs")
def _():
    run("add", "-c", "Globex", "-t", "Support Agent", "-l", "Porto", database=jobs_db)
    run("add", "-c", "Initech", "-t", "Billing Clerk", database=jobs_db)
    ids = lambda *words: [job["id"] for job in json.loads(
        run("search", *words, "--json", database=jobs_db).stdout)]
    assert ids("zendesk") == [1], ids("zendesk")
    assert sorted(ids("portu")) == [1], ids("portu")     # a word of the posting, typed halfway
    assert sorted(ids("port")) == [1, 2], ids("port")    # Portuguese and Porto
    assert ids("cust", "serv") == [1], ids("cust", "serv")
    assert ids("Support Agent") == [2]
    assert ids("nothing-like-this") == []
    table = run("search", "clerk", database=jobs_db).stdout
    assert table.splitlines()[0].split()[:2] == ["ID", "Stage"] and "Initech" in table, table
    assert "No job matches" in run("search", "xyzzy", database=jobs_db).stdout
    run("delete", "3", database=jobs_db)
    assert ids("clerk") == [], ids("clerk")
    run("update", "2", "--archive", database=jobs_db)
    assert ids("porto") == [] and ids("porto", "--archived") == [2]
    run("update", "2", "--unarchive", database=jobs_db)
    assert run("search", database=jobs_db, check=False).returncode == 2


@case("list --attention shows only jobs that need it, with the reason")
def _():
    run("update", "1", "--due", "2020-01-02", database=jobs_db)
    out = run("list", "--attention", database=jobs_db).stdout.strip().splitlines()
    assert out[0].split()[:2] == ["ID", "Stage"] and out[0].endswith("Needs attention"), out
    assert len(out) == 2 and out[1].startswith("1 ") and "Follow-up overdue by" in out[1], out
    jobs = json.loads(run("list", "--attention", "--json", database=jobs_db).stdout)
    assert [job["id"] for job in jobs] == [1] and jobs[0]["attention"] == ["follow-up-overdue"], jobs
    # Archived jobs and ended pursuits need nothing.
    run("update", "1", "--archive", database=jobs_db)
    assert "No job needs attention." in run("list", "--attention", database=jobs_db).stdout
    assert [j["id"] for j in json.loads(run("list", "--json", database=jobs_db).stdout)] == [2]
    listed = run("list", "--archived", database=jobs_db).stdout
    assert "(archived)" in listed and "Acme Ltd" in listed, listed
    run("update", "1", "--unarchive", database=jobs_db)
    run("move", "1", "rejected", database=jobs_db)
    assert json.loads(run("list", "--attention", "--json", database=jobs_db).stdout) == []
    assert run("list", "--days", "3", database=jobs_db, check=False).returncode == 2


people_db = os.path.join(workdir, "people.db")


def parse_vcard(text):
    """Unfolds and unescapes a vCard: {NAME: value}, the first of each name."""
    assert text.endswith("\r\n"), repr(text[-10:])
    lines = text.split("\r\n")[:-1]
    for line in lines:
        assert len(line.encode("utf-8")) <= 75, line
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
    run("add", "-c", "Initech", "-t", "Support Lead", database=people_db)
    out = run("contacts", "add", "--name", "Jane Doe", "--role", "Recruiter", "--email", "jane@initech.example",
              "--phone", "+44 20 7946 0000", "--url", "https://www.linkedin.com/in/jane", "--job", "1",
              database=people_db).stdout
    assert out.startswith("Added contact 1 ("), out
    run("contacts", "add", "--name", "Bob Smith", "--company", "Initech", database=people_db)
    run("contacts", "add", "--name", "Zed Other", "--company", "Globex", database=people_db)
    table = run("contacts", database=people_db).stdout.splitlines()
    assert table[0].split()[:3] == ["ID", "Name", "Company"], table[0]
    assert [line.split()[0] for line in table[1:]] == ["2", "1", "3"], table
    linked = json.loads(run("contacts", "--job", "1", "--json", database=people_db).stdout)
    assert [c["name"] for c in linked] == ["Jane Doe"], linked
    jane = linked[0]
    assert jane["company"] == "Initech" and jane["role"] == "Recruiter", jane
    assert jane["email"] == "jane@initech.example" and jane["profile_url"].startswith("https://"), jane
    company = json.loads(run("contacts", "--company", "INITECH", "--json", database=people_db).stdout)
    assert sorted(c["name"] for c in company) == ["Bob Smith", "Jane Doe"], company


@case("contacts add refuses a missing name, a bad email or URL, and an unknown job")
def _():
    missing = run("contacts", "add", "--company", "X", database=people_db, check=False)
    assert missing.returncode == 2 and "--name" in missing.stderr, missing.stderr
    email = run("contacts", "add", "--name", "A", "--email", "not-an-address", database=people_db, check=False)
    assert email.returncode == 1 and "email" in email.stderr, email.stderr
    url = run("contacts", "add", "--name", "A", "--url", "ftp://x.example", database=people_db, check=False)
    assert url.returncode == 1 and "http" in url.stderr, url.stderr
    job = run("contacts", "add", "--name", "A", "--job", "99", database=people_db, check=False)
    assert job.returncode == 1 and "no job 99" in job.stderr, job.stderr
    names = [c["name"] for c in json.loads(run("contacts", "--json", database=people_db).stdout)]
    assert "A" not in names, names


@case("contacts vcard prints a vCard 4.0 with CRLF lines, and writes one with --output")
def _():
    notes = "Met at the fair; likes long emails, really.\nSecond line — " + "Grüße 日本 😀 " * 20
    run("contacts", "add", "--name", "Ana, María", "--company", "Smith; Jones, Co", "--notes", notes,
        database=people_db)
    contacts = json.loads(run("contacts", "--json", database=people_db).stdout)
    ana = next(c for c in contacts if c["name"] == "Ana, María")
    process = subprocess.run([cli, "--database", people_db, "contacts", "vcard", str(ana["id"])],
                             capture_output=True)
    assert process.returncode == 0, process.stderr
    card = process.stdout.decode("utf-8")
    assert card.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n"), card[:40]
    fields = parse_vcard(card)
    assert fields["FN"] == "Ana, María", fields
    assert fields["ORG"] == "Smith; Jones, Co", fields
    assert fields["NOTE"] == notes, fields["NOTE"]
    assert fields["UID"] == "urn:uuid:" + ana["uuid"], fields
    output = os.path.join(workdir, "ana.vcf")
    run("contacts", "vcard", str(ana["uuid"]), "--output", output, database=people_db)
    with open(output, "rb") as handle:
        assert handle.read() == process.stdout
    missing = run("contacts", "vcard", "99", database=people_db, check=False)
    assert missing.returncode == 1 and "no contact 99" in missing.stderr, missing.stderr


@case("interviews add and list, in the interview's time zone, with interviewers")
def _():
    out = run("interviews", "add", "--job", "1", "--at", "2031-07-01 14:30", "--time-zone", "Europe/London",
              "--duration", "45", "--kind", "on-site", "--location", "1 Main Street", "--with", "1",
              "--with", "2", database=people_db).stdout
    assert out.startswith("Added interview 1 for job 1"), out
    assert "2031-07-01 14:30 Europe/London" in out, out
    run("interviews", "add", "--job", "1", "--at", "2001-01-01 09:00", database=people_db)
    interviews = json.loads(run("interviews", "--json", database=people_db).stdout)
    assert [i["id"] for i in interviews] == [2, 1], interviews
    first = interviews[1]
    # 14:30 in London in summer is 13:30 UTC.
    assert first["starts_at"] == "2031-07-01T13:30:00Z", first
    assert first["starts_at_local"].startswith("2031-07-01T14:30:00+01"), first
    assert first["kind"] == "on-site" and first["duration_minutes"] == 45, first
    assert [p["name"] for p in first["interviewers"]] == ["Bob Smith", "Jane Doe"], first
    upcoming = json.loads(run("interviews", "--upcoming", "--json", database=people_db).stdout)
    assert [i["id"] for i in upcoming] == [1], upcoming
    by_job = json.loads(run("interviews", "--job", "1", "--upcoming", "--json", database=people_db).stdout)
    assert [i["id"] for i in by_job] == [1], by_job
    table = run("interviews", database=people_db).stdout.splitlines()
    assert table[0].split()[:2] == ["ID", "When"], table[0]
    assert "Initech" in table[2] and "Jane Doe" in table[2], table
    # The job now shows its next interview.
    job = json.loads(run("show", "1", "--json", database=people_db).stdout)
    assert job["next_interview_at"] == "2031-07-01T13:30:00Z", job


@case("interviews add refuses a bad time, zone, kind, duration or interviewer, writing nothing")
def _():
    cases = [
        (["--at", "2031-02-30 10:00"], 2, "YYYY-MM-DD"),
        (["--at", "2031-03-01 25:00"], 2, "HH:MM"),
        (["--at", "2031-03-01 10:00", "--time-zone", "Mars/Base"], 2, "Mars/Base"),
        (["--at", "2031-03-01 10:00", "--kind", "dinner"], 2, "dinner"),
        (["--at", "2031-03-01 10:00", "--duration", "0"], 1, "duration"),
        (["--at", "2031-03-01 10:00", "--with", "1", "--with", "99"], 1, "no contact 99"),
        (["--at", "2031-03-01 10:00", "--with", "x"], 2, "contact"),
    ]
    for arguments, code, message in cases:
        process = run("interviews", "add", "--job", "1", *arguments, database=people_db, check=False)
        assert process.returncode == code and message in process.stderr, (arguments, process.returncode,
                                                                         process.stderr)
    missing = run("interviews", "add", "--at", "2031-03-01 10:00", database=people_db, check=False)
    assert missing.returncode == 2 and "--job" in missing.stderr, missing.stderr
    interviews = json.loads(run("interviews", "--json", database=people_db).stdout)
    assert len(interviews) == 2, interviews


@case("deleting a job removes its interviews but keeps its contacts")
def _():
    run("delete", "1", database=people_db)
    assert json.loads(run("interviews", "--json", database=people_db).stdout) == []
    names = sorted(c["name"] for c in json.loads(run("contacts", "--json", database=people_db).stdout))
    assert names == ["Ana, María", "Bob Smith", "Jane Doe", "Zed Other"], names


print(f"1..{len(results)}")
for number, (ok, name, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {number} - {name}")
    if not ok:
        print(f"# {detail}")
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
