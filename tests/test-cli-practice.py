#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pursuit-cli practice and stories, end to end. Prints TAP.

usage: test-cli-practice.py PURSUIT_CLI

Each case works on a database of its own. Expected values come from the
question bank as "pursuit-cli questions" lists it, from dates worked out
here, and from the FSRS-6 reference (a first Good comes back in 3 days).
"""
import datetime
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

cli = os.path.abspath(sys.argv[1])
results = []
workdir = tempfile.mkdtemp(prefix="pursuit-cli-practice-")
ROLE = "customer-service-specialist"


class CheckFailed(Exception):
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
            results.append((True, name, ""))
        except Exception as error:  # a failed case must not stop the others
            results.append((False, name, repr(error)))
        return function
    return wrap


def new_database():
    return os.path.join(tempfile.mkdtemp(dir=workdir), "jobs.db")


def run(*args, database=None, status=0):
    command = [cli]
    if database is not None:
        command += ["--database", database]
    command += list(args)
    process = subprocess.run(command, capture_output=True, timeout=60)
    stdout, stderr = process.stdout.decode("utf-8"), process.stderr.decode("utf-8")
    if status is not None:
        check_equal(process.returncode, status, f"exit status of {args} ({stderr.strip()})")
    return stdout, stderr


def run_json(*args, database=None):
    return json.loads(run(*args, "--json", database=database)[0])


def today():
    # The tests run with TZ=UTC, as pursuit-cli counts days in local time.
    return datetime.datetime.now(datetime.timezone.utc).date()


def role_questions():
    return [q["id"] for q in run_json("questions", "--role", ROLE)]


def add_job(database, title="Customer Service Specialist"):
    out, _ = run("add", "-c", "Acme Ltd", "-t", title, "--stage", "applied", database=database)
    return out.split()[2]


def add_interview(database, job, days_ahead):
    day = today() + datetime.timedelta(days=days_ahead)
    run("interviews", "add", "--job", job, "--at", f"{day.isoformat()} 14:00", database=database)
    return day


@case("review logs an answer; a first Good comes back in 3 days")
def _():
    db = new_database()
    add_job(db)
    out, _ = run("practice", "review", "q-angry-customer-refund", "good", "--time", "95", database=db)
    check(out.startswith("Good: “Tell me about a time a customer was angry"), out)
    check("(in 3 days)" in out, out)
    stats = run_json("practice", "stats", database=db)
    check_equal(stats["answers"], 1, "answers")
    check_equal(stats["seconds"], 95, "seconds")
    check_equal(stats["ratings"], {"again": 0, "hard": 0, "good": 1, "easy": 0}, "ratings")
    due_on = (today() + datetime.timedelta(days=3)).isoformat()
    check_equal(stats["next_due"], {"date": due_on, "count": 1}, "next due")
    with sqlite3.connect(db) as connection:
        row = connection.execute("SELECT question_id, rating, seconds_taken, state_before, state_after, "
                                 "stability_after FROM practice_reviews").fetchall()
    check_equal(len(row), 1, "log lines")
    check_equal(row[0][:5], ("q-angry-customer-refund", 3, 95, 0, 1), "log line")
    check(abs(row[0][5] - 2.3065) < 1e-9, "stability after a first Good is w2", row[0][5])


@case("a rating is again, hard, good or easy in any case, or 1 to 4")
def _():
    db = new_database()
    add_job(db)
    for rating in ("1", "HARD", "Good", "4"):
        run("practice", "review", "q-own-mistake", rating, database=db)
    ratings = run_json("practice", "stats", database=db)["ratings"]
    check_equal(ratings, {"again": 1, "hard": 1, "good": 1, "easy": 1}, "ratings")
    _, err = run("practice", "review", "q-own-mistake", "5", database=db, status=2)
    check("unknown rating" in err, err)
    run("practice", "review", "q-own-mistake", database=db, status=2)
    _, err = run("practice", "review", "q-own-mistake", "good", "--time", "-1", database=db, status=1)
    check("--time" in err, err)
    _, err = run("practice", "review", "q-no-such-thing", "good", database=db, status=1)
    check("no question" in err, err)
    run("practice", "shuffle", database=db, status=2)
    check_equal(run_json("practice", "stats", database=db)["answers"], 4, "answers after refusals")


@case("due --job plans the questions of the job's role before its interview")
def _():
    db = new_database()
    job = add_job(db)
    day = add_interview(db, job, 3)
    questions = role_questions()
    due = run_json("practice", "due", "--job", job, database=db)
    check_equal(due["interview"]["questions"], len(questions), "questions in the set")
    check_equal(due["interview"]["reviewed"], 0, "reviewed")
    weekday = day.strftime("%A")
    check_equal(due["interview"]["readiness"],
                f"0 of {len(questions)} questions reviewed, nothing due before {weekday}", "readiness")
    items = due["items"]
    # Three days before the interview (today, tomorrow, the eve): too many
    # for 10 new a day, so they are shared out, the first day taking one more.
    check_equal(len(items), -(-len(questions) // 3), "today's share")
    check(all(item["reason"] == "interview" and item["job_id"] == int(job) for item in items), items[:2])
    check(set(item["question_id"] for item in items) <= set(questions), "only the role's questions")
    out, _ = run("practice", "due", "--job", job, database=db)
    check(out.startswith(f"0 of {len(questions)} questions reviewed"), out)
    _, err = run("practice", "due", "--job", "99", database=db, status=1)
    check("job" in err.lower(), err)


@case("due with nothing to practise says so")
def _():
    db = new_database()
    add_job(db, "Barista")
    due = run_json("practice", "due", database=db)
    check_equal((due["due"], due["new_available"], due["items"]), (0, 0, []), "empty queue")
    out, _ = run("practice", "due", database=db)
    check("Nothing to practise today." in out, out)


@case("a job without an interview still practises its role, ten new a day")
def _():
    db = new_database()
    add_job(db)
    due = run_json("practice", "due", database=db)
    check_equal(due["new_available"], len(role_questions()), "new available")
    check_equal(len(due["items"]), 10, "new questions today")
    check(all(item["reason"] == "new" for item in due["items"]), due["items"][:2])
    # Answered today: the new limit is used up by those answers.
    for item in due["items"][:4]:
        run("practice", "review", item["question_id"], "easy", database=db)
    check_equal(len(run_json("practice", "due", database=db)["items"]), 6, "left today")


@case("stats counts reviews per day over four weeks, today last, and the streak")
def _():
    db = new_database()
    add_job(db)
    run("practice", "review", "q-own-mistake", "hard", database=db)
    run("practice", "review", "q-explain-technical", "again", database=db)
    stats = run_json("practice", "stats", database=db)
    per_day = stats["reviews_per_day"]
    check_equal(len(per_day), 28, "days")
    check_equal(per_day[-1], {"date": today().isoformat(), "count": 2}, "today")
    check_equal(per_day[0]["date"], (today() - datetime.timedelta(days=27)).isoformat(), "first day")
    check_equal(sum(day["count"] for day in per_day), 2, "total")
    check_equal(stats["streak"], 1, "streak")
    behavioural = [entry for entry in stats["mastery"] if entry["category"] == "behavioural"]
    expected = len(run_json("questions", "--role", ROLE, "--category", "behavioural"))
    check_equal(behavioural, [{"category": "behavioural", "questions": expected, "mastered": 0}], "mastery")
    out, _ = run("practice", "stats", database=db)
    check("Streak           1 day" in out, out)


@case("stories lists the story bank with its links")
def _():
    db = new_database()
    add_job(db)
    check_equal(run_json("stories", database=db), [], "no stories")
    out, _ = run("stories", database=db)
    check("No stories yet" in out, out)
    with sqlite3.connect(db) as connection:
        connection.execute("INSERT INTO stories (title, situation, task, action, result, competencies, "
                           "created_at, updated_at) VALUES ('The double charge', 'Charged twice', "
                           "'Fix it', 'Called billing', 'Refunded', 'empathy de-escalation', 1, 1)")
        connection.execute("INSERT INTO story_questions (story_id, question_id) "
                           "VALUES (1, 'q-angry-customer-refund')")
    stories = run_json("stories", database=db)
    check_equal(len(stories), 1, "stories")
    check_equal((stories[0]["title"], stories[0]["result"], stories[0]["competencies"], stories[0]["questions"]),
                ("The double charge", "Refunded", ["empathy", "de-escalation"], ["q-angry-customer-refund"]),
                "story")
    out, _ = run("stories", database=db)
    check("The double charge" in out and "empathy, de-escalation" in out, out)


@case("the user's own questions are practised under custom-N")
def _():
    db = new_database()
    job = add_job(db, "Barista")
    with sqlite3.connect(db) as connection:
        connection.execute("INSERT INTO custom_questions (text, category, covers, job_id, created_at, updated_at) "
                           "VALUES ('Why our cafe?', 'motivation', 'The beans\nThe people', ?, 1, 1)", (job,))
    due = run_json("practice", "due", "--job", job, database=db)
    check_equal([item["question_id"] for item in due["items"]], ["custom-1"], "the job's set")
    check_equal(due["items"][0]["text"], "Why our cafe?", "text")
    out, _ = run("practice", "review", "custom-1", "good", database=db)
    check("Why our cafe?" in out, out)
    run("practice", "review", "custom-2", "good", database=db, status=1)


print(f"1..{len(results)}")
for number, (ok, name, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {number} - {name}")
    if not ok:
        for line in detail.splitlines() or [""]:
            print(f"# {line}")
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
