#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pursuit-cli in Spanish (es_ES.UTF-8) and German number formats
(de_DE.UTF-8): translated text from the build directory's .mo files
(PURSUIT_LOCALEDIR), figures with the locale's separators and the currency
sign where the locale writes it, while what is stored and exported stays in
the C locale. Prints TAP; skips, saying why, when a locale is missing.

usage: test-cli-locale.py PURSUIT_CLI LOCALEDIR
"""
import csv
import json
import locale
import os
import sqlite3
import sys

from pursuit_cli_testing import case, check, check_equal, finish, new_database, new_folder, run, start

start(sys.argv[1])
localedir = os.path.abspath(sys.argv[2])


def have_locale(name):
    try:
        locale.setlocale(locale.LC_ALL, name)
        return True
    except locale.Error:
        return False
    finally:
        locale.setlocale(locale.LC_ALL, "C")


if not have_locale("es_ES.UTF-8"):
    print("1..0 # SKIP the es_ES.UTF-8 locale is not installed (build-aux/install-deps generates it)")
    sys.exit(0)
if not os.path.exists(os.path.join(localedir, "es", "LC_MESSAGES", "pursuit.mo")):
    print(f"1..0 # SKIP no Spanish translation built in {localedir}")
    sys.exit(0)

SPANISH = {"LC_ALL": "es_ES.UTF-8", "LANG": "es_ES.UTF-8", "LANGUAGE": "es", "PURSUIT_LOCALEDIR": localedir}
GERMAN = {"LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8", "LANGUAGE": "de", "PURSUIT_LOCALEDIR": localedir}
ENGLISH = {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "LANGUAGE": ""}


def database_with_job(pay="$38,500-$41,250.50 a year"):
    """A job added in the C locale, so the figures are stored as typed."""
    database = new_database()
    out = run("add", "-c", "Acme", "-t", "Customer Service Representative", "-l", "Austin, TX",
              "--pay", pay, database=database, env=ENGLISH).stdout
    check(out.startswith("Added job 1 "), out)
    return database


def output_with_job(*args, env):
    """What pursuit-cli @args writes, on a database holding the job."""
    return run(*args, database=database_with_job(), env=env).stdout


@case("--help is in Spanish")
def _():
    out = run("--help", env=SPANISH).stdout
    check("Órdenes para tus empleos:" in out, out)
    check("Añadir un empleo" in out, out)
    check("Commands for your jobs" not in out, out)


@case("a command's options are in Spanish")
def _():
    out = run("add", "--help", env=SPANISH).stdout
    check("La empresa (obligatorio)" in out, out)


# What a command writes about the job, and the texts it must hold.
OUTPUTS = [
    ("list: Spanish headings and stage", ("list",), SPANISH, ["Etapa", "Empresa", "Lista de deseos"]),
    ("show: pay with Spanish separators and the sign after the amount", ("show", "1"), SPANISH,
     ["38.500 $–41.250,50 $ al año", "Ubicación"]),
    ("the C locale still writes $38,500", ("show", "1"), ENGLISH, ["$38,500–$41,250.50 a year"]),
    # The guide's US median, $39,120 a year.
    ("salary: Spanish text and figures", ("salary", "1"), SPANISH,
     ["Referencias", "Salario publicado", "39.120 $ al año"]),
]


def check_output(args, env, texts):
    out = output_with_job(*args, env=env)
    for text in texts:
        check(text in out, f"no “{text}” in", out)


for name, args, env, texts in OUTPUTS:
    case(name)(lambda args=args, env=env, texts=texts: check_output(args, env, texts))


@case("stored and exported figures stay in the C locale")
def _():
    database = database_with_job()
    update = run("update", "1", "--offer", "$45,000.75 a year", database=database, env=SPANISH)
    check("Empleo 1 actualizado" in update.stdout, update.stdout)
    shown = json.loads(run("show", "1", "--json", database=database, env=SPANISH).stdout)
    check_equal(shown["pay_max"], 41250.5, "pay_max in JSON")
    with sqlite3.connect(database) as connection:
        row = connection.execute("SELECT pay_min, pay_max, offer_min FROM jobs").fetchone()
    check_equal(row, (38500.0, 41250.5, 45000.75), "stored figures")
    path = os.path.join(new_folder(), "jobs.csv")
    run("export", "--csv", path, database=database, env=SPANISH)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    values = set(rows[0].values())
    check("41250.5" in values and "38500" in values, rows[0])


@case("de_DE: 1.234,50 €")
def _():
    if not have_locale("de_DE.UTF-8"):
        print("# de_DE.UTF-8 is not installed: the German case only checks it is skipped")
        return
    database = database_with_job("€1,234.50 a month")
    out = run("show", "1", database=database, env=GERMAN).stdout
    check("1.234,50 €" in out, out)


finish()
