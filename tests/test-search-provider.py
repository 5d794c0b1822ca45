#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""GNOME Shell's search, as the Shell does it: on a private session bus
whose service folder holds the app's D-Bus service file, `gdbus call`
starts Pursuit (D-Bus activation, no window) and asks its
org.gnome.Shell.SearchProvider2 for jobs of a test database written by
pursuit-cli. Prints TAP.

usage: test-search-provider.py PURSUIT PURSUIT_CLI SEARCH_PROVIDER_INI
"""
import ast
import atexit
import configparser
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

from pursuit_cli_testing import add_job, case, check, check_equal, finish, new_database, run, start

pursuit = os.path.abspath(sys.argv[1])
start(sys.argv[2])
ini = configparser.ConfigParser()
ini.read(sys.argv[3])
provider = ini["Shell Search Provider"]
BUS_NAME = provider["BusName"]
OBJECT_PATH = provider["ObjectPath"]
INTERFACE = "org.gnome.Shell.SearchProvider2"

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    print("1..0 # SKIP no display for the app (run under xvfb-run)")
    sys.exit(0)
if shutil.which("dbus-daemon") is None or shutil.which("gdbus") is None:
    print("1..0 # SKIP dbus-daemon or gdbus is not installed")
    sys.exit(0)

# The jobs: two at Acme (one archived, one in the trash), one elsewhere.
database = new_database()
support = add_job(database, "-c", "Acme Ltd", "-t", "Support Agent", "-s", "applied")
globex = add_job(database, "-c", "Globex", "-t", "Help Desk Analyst")
archived = add_job(database, "-c", "Acme Ltd", "-t", "Team Lead", "-s", "interviewing")
run("update", str(archived), "--archive", database=database)
trashed = add_job(database, "-c", "Acme Ltd", "-t", "Night Shift Agent")
with sqlite3.connect(database) as connection:
    connection.execute("UPDATE jobs SET trashed_at = 1700000000 WHERE id = ?", (trashed,))

# A session bus of the test's own, which starts the app from the build
# directory when its name is called, with the test's environment.
folder = tempfile.mkdtemp(prefix="pursuit-search-")
services = os.path.join(folder, "services")
os.mkdir(services)
with open(os.path.join(services, BUS_NAME + ".service"), "w") as service:
    service.write(f"[D-BUS Service]\nName={BUS_NAME}\nExec={pursuit} --gapplication-service\n")
config = os.path.join(folder, "session.conf")
with open(config, "w") as conf:
    conf.write(f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
""")

app_env = dict(os.environ, PURSUIT_DATABASE=database)
daemon = subprocess.Popen(["dbus-daemon", "--config-file", config, "--nofork", "--print-address=1"],
                          stdout=subprocess.PIPE, env=app_env, text=True)
address = daemon.stdout.readline().strip()
bus_env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address)


@atexit.register
def stop_bus():
    """Whatever happens: the app, whose bus it is, quits with it (and
    would otherwise hold the test's output open)."""
    if daemon.poll() is None:
        daemon.terminate()
        daemon.wait(timeout=10)
    shutil.rmtree(folder, ignore_errors=True)


def gdbus(method, *args, path=OBJECT_PATH, interface=INTERFACE, status=0):
    command = ["gdbus", "call", "--session", "--dest", BUS_NAME, "--object-path", path,
               "--method", f"{interface}.{method}", "--timeout", "60", *args]
    process = subprocess.run(command, capture_output=True, text=True, env=bus_env, timeout=90)
    if status is not None:
        check_equal(process.returncode, status, f"exit status of {method}: {process.stderr.strip()}")
    return process


def value(text):
    """gdbus's text for a GVariant of strings, dictionaries and variants
    as a Python value: <'x'> is a variant holding 'x', @as [] an empty
    list of strings."""
    text = re.sub(r"@[a-z{}()]+ ", "", text.strip())
    return ast.literal_eval(re.sub(r"<('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")>", r"\1", text))


@case("an initial search finds the jobs of a company, archived ones last, none in the trash")
def initial_search():
    started = time.monotonic()
    results, = value(gdbus("GetInitialResultSet", "['acme']").stdout)
    # The first call starts the app: it still answers well within the
    # Shell's patience.
    check(time.monotonic() - started < 20, "the first answer took", time.monotonic() - started)
    check_equal(results, [str(support), str(archived)], "results")


@case("a search by title, in any case, and by two words")
def search_by_title():
    results, = value(gdbus("GetInitialResultSet", "['HELP']").stdout)
    check_equal(results, [str(globex)], "results for HELP")
    results, = value(gdbus("GetInitialResultSet", "['support', 'acme']").stdout)
    check_equal(results, [str(support)], "results for support acme")
    results, = value(gdbus("GetInitialResultSet", "['nowhere']").stdout)
    check_equal(results, [], "results for nowhere")
    # A single letter narrows nothing: no results rather than every job.
    results, = value(gdbus("GetInitialResultSet", "['a']").stdout)
    check_equal(results, [], "results for a")


@case("a subsearch keeps only the earlier results that still match")
def subsearch():
    results, = value(gdbus("GetSubsearchResultSet", f"['{support}', '{archived}']", "['acme', 'lead']").stdout)
    check_equal(results, [str(archived)], "results")
    results, = value(gdbus("GetSubsearchResultSet", f"['{globex}']", "['acme']").stdout)
    check_equal(results, [], "results outside the earlier ones")


@case("metas name the job and its company, and say its stage")
def metas():
    found, = value(gdbus("GetResultMetas", f"['{archived}', '{support}', '999', 'not-a-job']").stdout)
    check_equal([meta["id"] for meta in found], [str(archived), str(support)], "ids, in the order asked")
    check_equal(found[1]["name"], "Support Agent — Acme Ltd", "name")
    check_equal(found[1]["description"], "Applied", "description")
    check_equal(found[0]["name"], "Team Lead — Acme Ltd", "name of the archived job")
    check_equal(found[0]["description"], "Interviewing, archived", "description of the archived job")
    check(found[0]["gicon"] != "", "an icon")


@case("a job added while the app runs is found at the next search")
def fresh_data():
    added = add_job(database, "-c", "Initech", "-t", "Support Agent")
    results, = value(gdbus("GetInitialResultSet", "['initech']").stdout)
    check_equal(results, [str(added)], "results")


@case("a restored database is what the next search reads")
def restored():
    backup = os.path.join(folder, "backup.db")
    run("backup", backup, database=database)
    added = add_job(database, "-c", "Umbrella", "-t", "Support Agent")
    results, = value(gdbus("GetInitialResultSet", "['umbrella']").stdout)
    check_equal(results, [str(added)], "results before the restore")
    run("restore", backup, database=database)
    results, = value(gdbus("GetInitialResultSet", "['umbrella']").stdout)
    check_equal(results, [], "results after the restore")


@case("a result that is not a job's id is refused")
def bad_activation():
    process = gdbus("ActivateResult", "'x1'", "['acme']", "0", status=None)
    check(process.returncode != 0, "ActivateResult of x1 succeeded")
    check("InvalidArgs" in process.stderr, process.stderr)


@case("activating a result opens the window")
def activate():
    gdbus("ActivateResult", f"'{support}'", "['acme']", "0")
    # GtkApplication puts each window's actions on the bus: the window is
    # there once its object answers.
    window_path = "/" + BUS_NAME.replace(".", "/") + "/window/1"
    for _ in range(100):
        process = gdbus("List", path=window_path, interface="org.gtk.Actions", status=None)
        if process.returncode == 0:
            break
        time.sleep(0.1)
    check_equal(process.returncode, 0, f"the window's actions: {process.stderr.strip()}")


@case("LaunchSearch is taken without an error")
def launch_search():
    gdbus("LaunchSearch", "['acme']", "0")


# app.quit, then the bus goes.
gdbus("Activate", "'quit'", "[]", "{}", path="/" + BUS_NAME.replace(".", "/"),
      interface="org.gtk.Actions", status=None)
time.sleep(0.5)

finish()
