#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pursuit-cli salary, parse-pay, and the pay, offer and benchmark options
of add and update, end to end. Prints TAP.

usage: test-cli-salary.py PURSUIT_CLI

The expected figures are worked out by hand from data/content/salaries.xml
and the rules of src/salary/README.md (an hour is 1/2,080 of a year at 40
hours a week; a figure is "around" within 5%), never taken from the
program's own output.
"""
import json
import os
import sqlite3
import sys

from pursuit_cli_testing import add_job, case, check, check_equal, finish, job_json, new_database, new_folder, run, start

start(sys.argv[1])


def salary_json(*args, database=None, env=None):
    return json.loads(run("salary", *args, "--json", database=database, env=env).stdout)


def parse_pay(*args, status=0):
    return json.loads(run("parse-pay", *args, "--json", status=status).stdout)


def issue_example(database):
    """The example of the issue, saved: a senior title, a US city, hourly pay."""
    return add_job(database, "-c", "Acme Ltd", "-t", "Sr. Customer Support Rep", "-l", "Denver, CO",
                   "--pay", "$21-24/hr")


# The records of salaries.xml that apply to a senior customer service
# specialist in the United States with no industry: the level's own figures
# (css-senior-*), the role's US figures (typical range, starting ranges of
# two sources, the median and the BLS hourly median) and the North America
# range; a range is named by its low end.
SENIOR_US_BENCHMARKS = {
    "css-senior-median", "css-senior-average", "css-us-median", "css-us-low", "css-us-start-low",
    "css-rh-start-low", "css-bls-hourly-median", "css-na-low",
}


def check_issue_example(report):
    match = report["match"]
    check_equal(match["role"], "customer-service-specialist", "role")
    check_equal(match["level"], "css-senior", "level")
    check_equal(match["country"], "US", "country")
    check_equal(match["area"], "north-america", "area")
    # "Sr." and "Rep" are read, "Support" is a synonym: close, not exact.
    check_equal(match["confidence"], "close", "confidence")
    pay = report["pay"]
    check_equal((pay["min"], pay["max"], pay["currency"], pay["period"]), (21, 24, "USD", "hour"), "pay")
    # 21 × 40 × 52 and 24 × 40 × 52
    check_equal((pay["annual_min"], pay["annual_max"]), (43680, 49920), "annual pay")
    check_equal({b["id"] for b in report["benchmarks"]}, SENIOR_US_BENCHMARKS, "benchmarks")
    by_id = {b["id"]: b for b in report["benchmarks"]}
    # The band 43,680–49,920 reaches into 52,000 ± 5% (49,400–54,600).
    check_equal(by_id["css-senior-median"]["position"], "around", "against the level's median")
    check_equal(by_id["css-us-low"]["position"], "inside", "against 30,000–60,000")
    check_equal((by_id["css-us-low"]["value"], by_id["css-us-low"]["value_high"]), (30000, 60000), "range")
    # 19.08 an hour is 39,686.40 a year; the whole band is above 1.05 × that.
    check_equal(by_id["css-bls-hourly-median"]["position"], "above", "against the BLS median")
    check(abs(by_id["css-bls-hourly-median"]["annual"] - 39686.4) < 0.01, by_id["css-bls-hourly-median"])
    check_equal(by_id["css-bls-hourly-median"]["year"], 2023, "BLS year")
    # The verdict names the level's median, its source and the source's year.
    verdict = report["verdict"]
    check("Senior Customer Service Specialist median" in verdict and "$52,000 a year" in verdict, verdict)
    check("Himalayas, 2025" in verdict, verdict)
    check_equal(report["offer"], None, "offer")


@case("the issue's example: a senior title in Denver, saved and tried without saving")
def _():
    db = new_database()
    job = issue_example(db)
    check_issue_example(salary_json(str(job), database=db))
    check_issue_example(salary_json("--title", "Sr. Customer Support Rep", "--location", "Denver, CO",
                                    "--pay", "$21-24/hr"))


@case("salary as text: the match, the pay, each benchmark with its source, and the verdict")
def _():
    db = new_database()
    job = issue_example(db)
    out = run("salary", str(job), database=db).stdout
    for wanted in ("Sr. Customer Support Rep at Acme Ltd", "Customer Service Specialist",
                   "Senior Customer Service Specialist", "United States (North America)", "Close match:",
                   "“CO” is a US state", "$21–$24 an hour", "= about $43,680–49,920 a year at 40 h/week",
                   "Median · Senior Customer Service Specialist", "$52,000 a year · Himalayas, 2025",
                   "$19.08 an hour (about $39,686 a year) · BLS, May 2023",
                   "Robert Half 2026 Salary Guide", "Verdict"):
        check(wanted in out, wanted, out)
    check(all(len(line) <= 80 for line in out.splitlines()), "a line over 80 columns", out)


@case("a title no guide covers: no role, no benchmark, and the verdict says why")
def _():
    report = salary_json("--title", "Field Service Engineer", "--location", "Leeds", "--pay", "£30,000 a year")
    check_equal(report["match"]["role"], None, "role")
    check_equal(report["match"]["level"], None, "level")
    check_equal(report["match"]["confidence"], "none", "confidence")
    check_equal(report["match"]["country"], "GB", "country")
    check_equal(report["benchmarks"], [], "benchmarks")
    check("no guide covers “Field Service Engineer”" in report["verdict"], report["verdict"])
    out = run("salary", "--title", "Field Service Engineer").stdout
    check("No match" in out and "No salary benchmark" in out, out)


@case("salary --json has exactly its keys, at every level")
def _():
    db = new_database()
    job = issue_example(db)
    run("update", str(job), "--offer", "$50,000 a year", "--sign-on", "1000", database=db)
    report = salary_json(str(job), database=db)
    check_equal(set(report), {"match", "pay", "offer", "benchmarks", "verdict", "offer_verdict"}, "top level")
    check_equal(set(report["match"]), {"role", "level", "country", "area", "confidence", "reason",
                                       "place_confidence", "place_reason", "industry",
                                       "industry_confidence", "industry_reason"}, "match")
    pay_keys = {"min", "max", "currency", "period", "annual_min", "annual_max"}
    check_equal(set(report["pay"]), pay_keys, "pay")
    check_equal(set(report["offer"]), pay_keys | {"sign_on", "annual_bonus", "note"}, "offer")
    check(len(report["benchmarks"]) > 0, report)
    for benchmark in report["benchmarks"]:
        check_equal(set(benchmark), {"id", "statistic", "value", "value_high", "currency", "period", "annual",
                                     "annual_high", "source", "year", "citation", "label", "scope", "position",
                                     "offer_position"}, "benchmark")
    check(isinstance(report["verdict"], str) and isinstance(report["offer_verdict"], str), report)


# parse-pay: (text, lowest, highest, currency, period, period guessed)
PAY_TEXTS = [
    ("$19/hr", 19, 19, "USD", "hour", False),
    ("$19 - $22 an hour", 19, 22, "USD", "hour", False),
    ("£24k–£27k per annum", 24000, 27000, "GBP", "year", False),
    ("45K-55K USD", 45000, 55000, "USD", "year", True),
    ("Up to $52,000/year", None, 52000, "USD", "year", False),
    ("From $20/hour", 20, None, "USD", "hour", False),
    ("CA$48,000", 48000, 48000, "CAD", "year", True),
    ("INR 3,00,000 - 6,00,000 p.a.", 300000, 600000, "INR", "year", False),
    ("€2,500 per month", 2500, 2500, "EUR", "month", False),
    ("₹4.5 LPA", 450000, 450000, "INR", "year", False),
    ("60k+", 60000, None, None, "year", True),
    ("19 to 22 an hour", 19, 22, None, "hour", False),
    ("500", 500, 500, None, None, False),
    ("2.500,50 € a month", 2500.5, 2500.5, "EUR", "month", False),
]


@case("parse-pay reads figures, currency and period, and says what it guessed")
def _():
    failures = []
    for text, low, high, currency, period, guessed in PAY_TEXTS:
        read = parse_pay(text)
        got = (read["stated"], read["min"], read["max"], read["currency"], read["period"], read["period_guessed"])
        if got != (True, low, high, currency, period, guessed):
            failures.append(f"{text!r}: {got}")
    check(not failures, *failures)
    out = run("parse-pay", "45K-55K USD").stdout
    check("45,000" in out and "55,000" in out and "USD" in out and "guessed" in out, out)


@case("parse-pay: no pay stated, a default currency, and garbage refused with exit 1")
def _():
    for text in ("Competitive, DOE", "Negotiable", ""):
        read = parse_pay(text)
        check_equal((read["stated"], read["min"], read["max"]), (False, None, None), text)
    check_equal(run("parse-pay", "Competitive, DOE").stdout, "No pay stated.\n", "text")
    read = parse_pay("19.50 an hour", "--currency", "eur")
    check_equal((read["min"], read["currency"], read["currency_from_default"]), (19.5, "EUR", True), "default")
    for text, message in (("banana", "No pay figure"), ("$30 - $20 an hour", "lower figure is above"),
                          ("$19 or €20", "")):
        bad = run("parse-pay", text, status=1)
        check(bad.stdout == "" and message in bad.stderr, text, bad)
    run("parse-pay", "$19", "--currency", "dollars", status=1)
    run("parse-pay", status=2)


@case("--pay on add and update is saved to the pay fields, as show --json says")
def _():
    db = new_database()
    job = add_job(db, "-c", "Acme Ltd", "-t", "Agent", "--pay", "$19 - $22 an hour")
    shown = job_json(job, db)
    check_equal((shown["pay_min"], shown["pay_max"], shown["pay_currency"], shown["pay_period"]),
                (19, 22, "USD", "hour"), "added")
    run("update", str(job), "--pay", "£24k–£27k per annum", database=db)
    shown = job_json(job, db)
    check_equal((shown["pay_min"], shown["pay_max"], shown["pay_currency"], shown["pay_period"]),
                (24000, 27000, "GBP", "year"), "updated")
    # A figure without a currency takes the job's.
    run("update", str(job), "--pay", "From 12 an hour", database=db)
    shown = job_json(job, db)
    check_equal((shown["pay_min"], shown["pay_max"], shown["pay_currency"], shown["pay_period"]),
                (12, None, "GBP", "hour"), "from the job's currency")
    check_equal(shown["pay"], "From £12 an hour", "pay text")
    # No pay stated clears the figures.
    run("update", str(job), "--pay", "Competitive", database=db)
    shown = job_json(job, db)
    check_equal((shown["pay_min"], shown["pay_max"], shown["pay_period"]), (None, None, None), "cleared")


@case("--pay is refused with the pay options, without a currency, or unreadable; nothing is written")
def _():
    db = new_database()
    job = add_job(db, "-c", "Acme Ltd", "-t", "Agent")
    before = job_json(job, db)
    bad = run("update", str(job), "--pay", "$19/hr", "--pay-min", "20", database=db, status=2)
    check("--pay-min" in bad.stderr, bad)
    run("update", str(job), "--pay", "$19/hr", "--currency", "USD", database=db, status=2)
    bad = run("update", str(job), "--pay", "19 an hour", database=db, status=1)
    check("--pay: " in bad.stderr and "USD" in bad.stderr, bad)
    bad = run("update", str(job), "--pay", "lots", database=db, status=1)
    check("--pay: No pay figure" in bad.stderr, bad)
    check_equal(job_json(job, db), before, "job")
    bad = run("add", "-c", "Acme Ltd", "-t", "Agent", "--pay", "19 an hour", database=db, status=1)
    check("--pay '19 USD an hour'" in bad.stderr, bad)
    check_equal(len(json.loads(run("list", "--json", database=db).stdout)), 1, "jobs")


@case("the benchmark choice wins over the matcher and is kept in the database")
def _():
    db = new_database()
    job = issue_example(db)
    run("update", str(job), "--benchmark-role", "contact-center-specialist", "--benchmark-level", "ccs-junior",
        "--benchmark-country", "de", database=db)
    connection = sqlite3.connect(db)
    row = connection.execute("SELECT salary_role, salary_level, salary_country FROM jobs WHERE id = ?",
                             (job,)).fetchone()
    connection.close()
    check_equal(row, ("contact-center-specialist", "ccs-junior", "DE"), "columns")
    report = salary_json(str(job), database=db)
    match = report["match"]
    check_equal((match["role"], match["level"], match["country"], match["area"]),
                ("contact-center-specialist", "ccs-junior", "DE", "europe"), "match")
    check_equal((match["confidence"], match["place_confidence"]), ("chosen", "chosen"), "confidence")
    # ccs-junior's own figures are for the US: only the German range applies.
    check_equal([b["id"] for b in report["benchmarks"]], ["ccs-de-low"], "benchmarks")
    shown = job_json(job, db)
    check_equal((shown["salary_role"], shown["salary_level"], shown["salary_country"]),
                ("contact-center-specialist", "ccs-junior", "DE"), "show --json")
    check("Junior Contact Center Specialist · Germany" in run("show", str(job), database=db).stdout, "show")
    # "" clears each choice: the matcher's reading is back.
    run("update", str(job), "--benchmark-role", "", "--benchmark-level", "", "--benchmark-country", "",
        database=db)
    match = salary_json(str(job), database=db)["match"]
    check_equal((match["role"], match["level"], match["country"], match["confidence"]),
                ("customer-service-specialist", "css-senior", "US", "close"), "cleared")


@case("an unknown or mismatched benchmark choice is refused with exit 1, the valid ids, and nothing written")
def _():
    db = new_database()
    job = issue_example(db)
    run("update", str(job), "--benchmark-role", "customer-service-specialist", "--benchmark-level", "css-senior",
        database=db)
    before = job_json(job, db)
    refusals = [
        (["--benchmark-role", "astronaut"], "--benchmark-role", "contact-center-specialist"),
        (["--benchmark-level", "ccs-junior"], "--benchmark-level", "css-senior"),
        (["--benchmark-level", "nope"], "--benchmark-level", "css-junior"),
        (["--benchmark-country", "XX"], "--benchmark-country", "DE"),
        (["--benchmark-country", "Germany"], "--benchmark-country", "GB"),
    ]
    for arguments, option, listed in refusals:
        bad = run("update", str(job), *arguments, "--notes", "changed", database=db, status=1)
        check(f"{option}: " in bad.stderr and listed in bad.stderr, arguments, bad)
    # A role given alone must have on its ladder the level already chosen.
    bad = run("update", str(job), "--benchmark-role", "contact-center-specialist", database=db, status=1)
    check("--benchmark-level" in bad.stderr and "ccs-senior" in bad.stderr, bad)
    check_equal(job_json(job, db), before, "job")


@case("an offer is saved, shown, and compared with the benchmarks")
def _():
    db = new_database()
    job = add_job(db, "-c", "Acme Ltd", "-t", "Customer Service Specialist", "-l", "Denver, CO")
    run("update", str(job), "--offer", "$45,000 a year", "--sign-on", "2000", "--bonus", "1500",
        "--offer-note", "Start in May", database=db)
    shown = job_json(job, db)
    check_equal((shown["offer_min"], shown["offer_max"], shown["offer_currency"], shown["offer_period"],
                 shown["offer_sign_on"], shown["offer_bonus"], shown["offer_note"], shown["offer"]),
                (45000, 45000, "USD", "year", 2000, 1500, "Start in May", "$45,000 a year"), "show --json")
    text = run("show", str(job), database=db).stdout
    check("Offer            $45,000 a year" in text and "Sign-on bonus    $2,000" in text, text)
    report = salary_json(str(job), database=db)
    check_equal(report["pay"], None, "no posted pay")
    offer = report["offer"]
    check_equal((offer["min"], offer["annual_min"], offer["sign_on"], offer["annual_bonus"], offer["note"]),
                (45000, 45000, 2000, 1500, "Start in May"), "offer")
    # The level's median is 42,000: 45,000 is 7% above it (over 1.05 ×
    # 42,000 = 44,100). The newest starting range for an early-career level
    # is Robert Half's 2026 one, 38,500–48,500. Bonuses: 3,500; the first
    # year 48,500.
    verdict = report["offer_verdict"]
    for wanted in ("7% above", "Customer Service Specialist median", "$42,000 a year", "inside",
                   "38,500–48,500", "Robert Half 2026", "$3,500 in bonuses", "$48.5k"):
        check(wanted in verdict, wanted, verdict)
    by_id = {b["id"]: b for b in report["benchmarks"]}
    check_equal(by_id["css-specialist-median"]["offer_position"], "above", "offer against the median")
    check_equal(by_id["css-rh-start-low"]["offer_position"], "inside", "offer against the starting range")
    bad = run("update", str(job), "--offer", "$50,000 a year", "--offer-min", "50000", database=db, status=2)
    check("--offer-min" in bad.stderr, bad)


def keyfile_env(folder, hours=None, home=None):
    """Settings as the app would have written them, in a keyfile backend."""
    lines = ["[io/github/pursuit/Pursuit]"]
    if hours is not None:
        lines.append(f"hours-per-week={hours}")
    if home is not None:
        lines.append(f"home-country='{home}'")
    path = os.path.join(folder, "glib-2.0", "settings")
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "keyfile"), "w") as handle:
        handle.write("\n".join(lines) + "\n")
    return {"GSETTINGS_BACKEND": "keyfile", "XDG_CONFIG_HOME": folder}


@case("hours per week: 40 by default, from the settings, or --hours-per-week, in the annual figure")
def _():
    trial = ("--title", "Customer Service Specialist", "--location", "Denver, CO", "--pay", "$20/hour")

    def annual(*extra, env=None):
        pay = salary_json(*trial, *extra, env=env)["pay"]
        check_equal(pay["annual_min"], pay["annual_max"], "one figure")
        return pay["annual_min"]

    check_equal(annual(), 41600, "20 × 40 × 52")
    check_equal(annual("--hours-per-week", "30"), 31200, "20 × 30 × 52")
    settings = keyfile_env(new_folder(), hours="35.0")
    check_equal(annual(env=settings), 36400, "20 × 35 × 52, from the settings")
    check_equal(annual("--hours-per-week", "30", env=settings), 31200, "the option wins over the settings")
    # Without the app's schema the settings are not read.
    empty = new_folder()
    check_equal(annual(env=dict(settings, GSETTINGS_SCHEMA_DIR=empty, XDG_DATA_DIRS=empty)), 41600, "no schema")
    out = run("salary", *trial, "--hours-per-week", "30").stdout
    check("$20 an hour = about $31,200 a year at 30 h/week" in out, out)
    db = new_database()
    job = add_job(db, "-c", "Acme Ltd", "-t", "Agent", "--pay", "$20/hour")
    check_equal(salary_json(str(job), "--hours-per-week", "30", database=db)["pay"]["annual_min"], 31200, "job")
    for hours in ("0", "81", "lots", "nan"):
        bad = run("salary", *trial, "--hours-per-week", hours, status=1)
        check("--hours-per-week" in bad.stderr, hours, bad)


@case("home country: a job that names none takes it from the settings or --home-country")
def _():
    trial = ("--title", "Customer Service Specialist", "--location", "Remote")
    settings = keyfile_env(new_folder(), home="GB")
    check_equal(salary_json(*trial, env=settings)["match"]["country"], "GB", "from the settings")
    check_equal(salary_json(*trial, "--home-country", "de", env=settings)["match"]["country"], "DE", "option")
    # A location that names a country wins over the home country.
    check_equal(salary_json("--title", "Agent", "--location", "Paris, France", "--home-country", "DE")
                ["match"]["country"], "FR", "named")
    bad = run("salary", *trial, "--home-country", "Narnia", status=1)
    check("--home-country" in bad.stderr and "GB" in bad.stderr, bad)


@case("salary is typed wrong without a job or with a job and --title; a missing database is not made")
def _():
    run("salary", status=2)
    db = new_database()
    job = issue_example(db)
    run("salary", str(job), "--title", "Agent", database=db, status=2)
    run("salary", "1", "2", database=db, status=2)
    run("salary", "99", database=db, status=1)
    missing = os.path.join(new_folder(), "none.db")
    run("salary", "1", database=missing, status=1)
    check(not os.path.exists(missing), "a database was made")
    # A trial needs no database at all.
    run("salary", "--title", "Agent", database=missing)
    check(not os.path.exists(missing), "a database was made for a trial")
    listing = run("--help").stdout
    check("salary" in listing and "parse-pay" in listing, listing)


finish()
