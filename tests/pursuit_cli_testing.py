# SPDX-License-Identifier: GPL-3.0-or-later
"""What the end-to-end tests of pursuit-cli share (test-cli.py,
test-cli-salary.py): cases reported as TAP, checks that raise, a folder
and database per case, and running pursuit-cli.

Checks are calls that raise (check, check_equal), not assert statements,
which python -O would strip.
"""
import json
import os
import subprocess
import sys
import tempfile

cli = None
results = []
workdir = tempfile.mkdtemp(prefix="pursuit-cli-")


def start(path):
    """Names the pursuit-cli the cases run; returns its absolute path."""
    global cli
    cli = os.path.abspath(path)
    return cli


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


def new_folder():
    return tempfile.mkdtemp(dir=workdir)


def new_database():
    """A path for a database no other case uses; add creates it."""
    return os.path.join(new_folder(), "jobs.db")


class Result:
    def __init__(self, command, returncode, stdout, stderr):
        self.command, self.returncode = command, returncode
        # Whatever the input, pursuit-cli writes UTF-8: decoding checks it.
        self.stdout = stdout.decode("utf-8")
        self.stderr = stderr.decode("utf-8")

    def __repr__(self):
        return f"{self.command} exited {self.returncode}: {self.stderr.strip()}"


def run(*args, database=None, status=0, env=None, input=None, stdin=None, timeout=60):
    """Runs pursuit-cli with @args (str or bytes); checks the exit status
    unless @status is None."""
    command = [os.fsencode(cli)]
    if database is not None:
        command += [b"--database", os.fsencode(database)]
    command += [arg if isinstance(arg, bytes) else arg.encode("utf-8") for arg in args]
    full_env = dict(os.environ, **(env or {}))
    process = subprocess.run(command, capture_output=True, env=full_env, input=input, stdin=stdin,
                             timeout=timeout)
    result = Result([os.fsdecode(part) for part in command[1:]], process.returncode, process.stdout,
                    process.stderr)
    if status is not None:
        check_equal(result.returncode, status, f"exit status of {result}")
    return result


def add_job(database, *args):
    """Adds a job and returns its number."""
    out = run("add", *args, database=database).stdout
    check(out.startswith("Added job "), out)
    return int(out.split()[2])


def job_json(job, database):
    return json.loads(run("show", str(job), "--json", database=database).stdout)


def finish():
    """Prints the results as TAP and exits, 1 if a case failed."""
    print(f"1..{len(results)}")
    for number, (ok, name, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {number} - {name}")
        if not ok:
            for line in detail.splitlines() or [""]:
                print(f"# {line}")
    sys.exit(0 if all(ok for ok, _, _ in results) else 1)
