#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pursuit-cli's documents, send, match and login commands, end to end.
Prints TAP.

usage: test-cli-documents.py PURSUIT_CLI SAMPLES_DIR

The same harness as test-cli.py: each case works on a database of its own;
checks are calls that raise, not assert statements. Hashes are worked out
here with hashlib, apart from the program. The login cases need a keyring
(build-aux/test starts one) and are skipped without one.
"""
import hashlib
import json
import os
import stat
import subprocess
import sys
import tempfile
import time

cli = os.path.abspath(sys.argv[1])
samples = os.path.abspath(sys.argv[2])
results = []
workdir = tempfile.mkdtemp(prefix="pursuit-cli-documents-")


class CheckFailed(Exception):
    pass


class Skipped(Exception):
    pass


def check(condition, *detail):
    if not condition:
        raise CheckFailed(" | ".join(str(part) for part in detail) or "check failed")


def check_equal(actual, expected, what="value"):
    if actual != expected:
        raise CheckFailed(f"{what}: got {actual!r}, expected {expected!r}")


def case(name):
    def wrap(function):
        try:
            function()
            results.append(("ok", name, ""))
        except Skipped as reason:
            results.append(("skip", name, str(reason)))
        except Exception as error:  # a failed case must not stop the others
            results.append(("not ok", name, repr(error)))
        return function
    return wrap


def new_folder():
    return tempfile.mkdtemp(dir=workdir)


def new_database():
    return os.path.join(new_folder(), "jobs.db")


class Result:
    def __init__(self, command, returncode, stdout, stderr):
        self.command, self.returncode = command, returncode
        self.stdout = stdout.decode("utf-8")
        self.stderr = stderr.decode("utf-8")

    def __repr__(self):
        return f"{self.command} exited {self.returncode}: {self.stderr.strip()}"


def run(*args, database=None, status=0, input=None):
    command = [cli]
    if database is not None:
        command += ["--database", database]
    command += list(args)
    process = subprocess.run(command, capture_output=True, input=input, timeout=60)
    result = Result(command[1:], process.returncode, process.stdout, process.stderr)
    if status is not None:
        check_equal(result.returncode, status, f"exit status of {result}")
    return result


def sample(name):
    return os.path.join(samples, name)


def sha256_of(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def add_job(database, *args):
    out = run("add", *args, database=database).stdout
    check(out.startswith("Added job "), out)
    return str(int(out.split()[2]))


def add_version(database, path, kind, name, *args):
    """Adds a file; returns its version number (the VERSION column)."""
    out = run("document", "add", path, "--kind", kind, "--name", name, *args, database=database).stdout
    check(" as version " in out, out)
    return out.split(" as version ")[1].split()[0]


def documents(database):
    return json.loads(run("documents", "--json", database=database).stdout)


def today():
    return time.strftime("%Y-%m-%d")


@case("documents lists nothing at first, as a table and as JSON")
def _():
    db = new_database()
    add_job(db, "-c", "Acme", "-t", "Agent")
    check("No documents" in run("documents", database=db).stdout)
    check_equal(documents(db), [], "documents")


@case("document add reads PDF, DOCX and ODT; the same name makes a new version; hashes are the files'")
def _():
    db = new_database()
    add_job(db, "-c", "Acme", "-t", "Agent")
    first = add_version(db, sample("resume.docx"), "resume", "Support resume", "--note", "Bilingual")
    second = add_version(db, sample("resume.pdf"), "resume", "  support RESUME ")
    letter = add_version(db, sample("letter.odt"), "cover-letter", "Support resume")
    check_equal(len({first, second, letter}), 3, "version numbers")

    listed = documents(db)
    check_equal([(d["kind"], d["name"]) for d in listed],
                [("resume", "Support resume"), ("cover-letter", "Support resume")], "documents")
    versions = listed[0]["versions"]
    check_equal([v["number"] for v in versions], [2, 1], "newest first")
    check_equal(versions[1]["note"], "Bilingual", "note")
    check_equal(versions[1]["format"], "docx", "format")
    check_equal(versions[0]["format"], "pdf", "format")
    check_equal(versions[1]["sha256"], sha256_of(sample("resume.docx")), "hash of the DOCX")
    check_equal(versions[0]["sha256"], sha256_of(sample("resume.pdf")), "hash of the PDF")
    check_equal(versions[0]["size"], os.path.getsize(sample("resume.pdf")), "size")
    check_equal(versions[0]["date"], today(), "date")

    table = run("documents", database=db).stdout
    check("Support resume" in table and "Cover letter" in table, table)


@case("a damaged, encrypted or oversized file is refused and nothing is added")
def _():
    db = new_database()
    add_job(db, "-c", "Acme", "-t", "Agent")
    folder = new_folder()

    refused = run("document", "add", sample("encrypted.pdf"), "--kind", "resume", "--name", "R", database=db,
                  status=1)
    check("protected by a password" in refused.stderr, refused.stderr)

    half = os.path.join(folder, "half.docx")
    with open(sample("resume.docx"), "rb") as source, open(half, "wb") as target:
        data = source.read()
        target.write(data[: len(data) // 2])
    refused = run("document", "add", half, "--kind", "resume", "--name", "R", database=db, status=1)
    check("damaged" in refused.stderr, refused.stderr)

    huge = os.path.join(folder, "huge.pdf")
    with open(huge, "wb") as handle:
        handle.truncate(20 * 1000 * 1000 + 1)
    refused = run("document", "add", huge, "--kind", "resume", "--name", "R", database=db, status=1)
    check("up to 20.0\u00a0MB" in refused.stderr, refused.stderr)

    check_equal(documents(db), [], "documents after the refusals")


@case("document add is refused when typed wrong")
def _():
    db = new_database()
    add_job(db, "-c", "Acme", "-t", "Agent")
    run("document", "add", sample("resume.pdf"), "--name", "R", database=db, status=2)
    wrong = run("document", "add", sample("resume.pdf"), "--kind", "cv", "--name", "R", database=db, status=2)
    check("--kind" in wrong.stderr, wrong.stderr)
    run("document", "frobnicate", database=db, status=2)
    check("document add" in run("document", "--help", database=db).stdout)


@case("document export writes the file byte for byte, private, to a path or a folder")
def _():
    db = new_database()
    add_job(db, "-c", "Acme", "-t", "Agent")
    version = add_version(db, sample("resume.pdf"), "resume", "Support resume")
    folder = new_folder()

    path = os.path.join(folder, "copy.pdf")
    run("document", "export", version, path, database=db)
    check_equal(sha256_of(path), sha256_of(sample("resume.pdf")), "exported bytes")
    check_equal(stat.S_IMODE(os.stat(path).st_mode), 0o600, "mode")

    run("document", "export", version, folder, database=db)
    named = os.path.join(folder, "Support resume v1.pdf")
    check(os.path.exists(named), os.listdir(folder))
    check_equal(stat.S_IMODE(os.stat(named).st_mode), 0o600, "mode")

    run("document", "export", "abc", path, database=db, status=2)
    missing = run("document", "export", "99", path, database=db, status=1)
    check("There is no document version 99" in missing.stderr, missing.stderr)


@case("send records the exact version with its hash and date; applying sends what a job uses")
def _():
    db = new_database()
    job = add_job(db, "-c", "Acme", "-t", "Agent", "--stage", "applied")
    later = add_job(db, "-c", "Initech", "-t", "Agent")
    v1 = add_version(db, sample("resume.docx"), "resume", "Support resume")
    v2 = add_version(db, sample("resume.pdf"), "resume", "Support resume")

    out = run("send", v1, job, "--date", "2026-02-01", database=db).stdout
    check("Sent v1 of “Support resume” to Acme on 2026-02-01" in out, out)
    run("send", v1, job, "--date", "01/02/2026", database=db, status=1)

    # A version a job uses is sent when the job moves past applying.
    run("document", "add", sample("letter.odt"), "--kind", "cover-letter", "--name", "Letter", "--job", later,
        database=db)
    run("move", later, "applied", database=db)

    listed = documents(db)
    resume = next(d for d in listed if d["kind"] == "resume")
    sent = next(v for v in resume["versions"] if str(v["id"]) == v1)
    check_equal(sent["jobs_sent"], 1, "jobs sent")
    check_equal(sent["jobs"][0]["sent_on"], "2026-02-01", "date sent")
    check_equal(sent["jobs"][0]["sha256"], sha256_of(sample("resume.docx")), "hash sent")
    unsent = next(v for v in resume["versions"] if str(v["id"]) == v2)
    check_equal(unsent["jobs"], [], "v2 went nowhere")

    letter = next(d for d in listed if d["kind"] == "cover-letter")
    check_equal(letter["versions"][0]["jobs"][0]["sent_on"], today(), "sent on applying")
    check_equal(letter["versions"][0]["jobs"][0]["company"], "Initech", "company")

    # An answer counts as a reply.
    run("move", job, "interviewing", database=db)
    resume = next(d for d in documents(db) if d["kind"] == "resume")
    check_equal(next(v for v in resume["versions"] if str(v["id"]) == v1)["jobs_replied"], 1, "replied")


@case("match gives present and missing terms and a coverage, worked out locally")
def _():
    db = new_database()
    job = add_job(db, "-c", "Acme", "-t", "Agent")
    folder = new_folder()
    posting = os.path.join(folder, "posting.txt")
    with open(posting, "w") as handle:
        handle.write("We use Zendesk and a CRM. Answer tickets by phone and chat. Tickets arrive all day; "
                     "a ticket needs care. Customers call; customers write.")
    run("update", job, "--posting-file", posting, database=db)
    resume = os.path.join(folder, "resume.md")
    with open(resume, "w") as handle:
        handle.write("# Jo\n\nHandled Zendesk tickets for customers of a bank.\n")
    version = add_version(db, resume, "resume", "Resume")

    result = json.loads(run("match", job, version, "--json", database=db).stdout)
    # By hand: Zendesk and CRM are the vocabulary's; ticket (3) and customer
    # (2) are the posting's frequent words. The resume lacks only CRM.
    check_equal([k["term"] for k in result["present"]], ["Zendesk", "ticket", "customer"], "present")
    check_equal([k["term"] for k in result["missing"]], ["CRM"], "missing")
    check_equal(result["present"][0]["source"], "vocabulary", "source")
    check_equal(result["coverage"], 75, "coverage")

    text = run("match", job, version, database=db).stdout
    check("Coverage: 75% (3 of 4 terms)" in text, text)
    check("no network" in text, text)

    bare = add_job(db, "-c", "Initech", "-t", "Agent")
    refused = run("match", bare, version, database=db, status=1)
    check("no posting text" in refused.stderr, refused.stderr)
    run("match", job, "v1", database=db, status=2)


@case("login keeps the address and user name; the password only in the keyring, shown only when asked")
def _():
    db = new_database()
    job = add_job(db, "-c", "Acme", "-t", "Agent")
    check("No portal login" in run("login", job, database=db).stdout)

    shown = run("login", job, "--url", "careers.acme.example/login", "--user", "jo@example.com", database=db).stdout
    check("https://careers.acme.example/login" in shown and "jo@example.com" in shown, shown)
    run("login", job, "--url", "ftp://x", database=db, status=2)

    password = "Tr0ub4dor&3-pursuit-cli"
    stored = run("login", job, "--password-stdin", database=db, input=(password + "\n").encode(), status=None)
    check(password not in stored.stdout + stored.stderr, "the password was printed")
    if stored.returncode != 0:
        check("No keyring is available" in stored.stderr, stored.stderr)
        raise Skipped("no keyring in this session")

    hidden = run("login", job, database=db)
    check(password not in hidden.stdout + hidden.stderr, "printed without --show-password")
    check("--show-password" in hidden.stdout, hidden.stdout)
    as_json = json.loads(run("login", job, "--json", database=db).stdout)
    check("password" not in as_json, as_json)
    check_equal(as_json["user"], "jo@example.com", "user")

    check(password in run("login", job, "--show-password", database=db).stdout, "shown when asked")
    check_equal(json.loads(run("login", job, "--json", "--show-password", database=db).stdout)["password"],
                password, "password in JSON when asked")

    with open(db, "rb") as handle:
        check(password.encode() not in handle.read(), "the password is in the database")


print(f"1..{len(results)}")
for number, (outcome, name, detail) in enumerate(results, 1):
    if outcome == "skip":
        print(f"ok {number} - {name} # SKIP {detail}")
        continue
    print(f"{outcome} {number} - {name}")
    if outcome != "ok":
        for line in detail.splitlines() or [""]:
            print(f"# {line}")
sys.exit(0 if all(outcome != "not ok" for outcome, _, _ in results) else 1)
