#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the calendar icalendar-sample writes with python3-icalendar and
checks it against the interviews the sample describes. Prints TAP."""
import subprocess
import sys
from datetime import datetime, timezone

try:
    import icalendar
except ImportError:
    print("1..0 # SKIP python3-icalendar is not installed")
    sys.exit(0)

sample = sys.argv[1]
data = subprocess.run([sample], capture_output=True, check=True).stdout
results = []


def case(name):
    def wrap(function):
        try:
            function()
            results.append((True, name, ""))
        except Exception as error:  # a failed case must not stop the others
            results.append((False, name, repr(error)))
        return function
    return wrap


def utc(*fields):
    return datetime(*fields, tzinfo=timezone.utc)


@case("every line ends in CRLF and is at most 75 octets, whole UTF-8")
def _():
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    for line in lines:
        assert b"\n" not in line and b"\r" not in line, line
        assert len(line) <= 75, (len(line), line)
        line.decode("utf-8")
    assert any(line.startswith(b" ") for line in lines), "nothing was folded"


calendar = icalendar.Calendar.from_ical(data)
events = list(calendar.walk("VEVENT"))


@case("one VCALENDAR 2.0, published, with three events")
def _():
    assert calendar.name == "VCALENDAR"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//Pursuit//Pursuit ")
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert len(events) == 3, len(events)


@case("UIDs are the interview ids with the job's UUID, and unique")
def _():
    uids = [str(event["UID"]) for event in events]
    assert uids == [
        "interview-12-6f1c1a52-3c1e-4d8e-9a0b-2f6c5d4e3b2a@pursuit.io.github",
        "interview-13-6f1c1a52-3c1e-4d8e-9a0b-2f6c5d4e3b2a@pursuit.io.github",
        "interview-14@pursuit.io.github",
    ], uids


@case("times are in UTC: New York in winter, London in summer, India")
def _():
    expected = [
        (utc(2026, 3, 5, 19, 0), utc(2026, 3, 5, 20, 30)),   # 14:00 EST, 90 minutes
        (utc(2026, 7, 1, 8, 30), utc(2026, 7, 1, 9, 15)),    # 09:30 BST, 45 minutes
        (utc(2026, 1, 15, 4, 30), utc(2026, 1, 15, 5, 30)),  # 10:00 IST, an hour
    ]
    for event, (start, end) in zip(events, expected):
        assert event.decoded("DTSTART") == start, event.decoded("DTSTART")
        assert event.decoded("DTEND") == end, event.decoded("DTEND")
        assert event.decoded("DTSTART").utcoffset().total_seconds() == 0
        assert event.decoded("DTSTAMP") == utc(2026, 11, 20, 10, 0)


@case("summaries name the title and the company, unescaped")
def _():
    assert str(events[0]["SUMMARY"]) == "Interview: Support Specialist, Tier 2 at Acme; Sons"
    assert str(events[1]["SUMMARY"]) == "Interview: Support Specialist, Tier 2 at Acme; Sons"
    assert str(events[2]["SUMMARY"]) == "Interview"


@case("locations and meeting links")
def _():
    assert str(events[0]["LOCATION"]) == "Zoom: https://zoom.example/j/123?pwd=x1, passcode 4711"
    assert str(events[0]["URL"]) == "https://zoom.example/j/123?pwd=x1"
    assert str(events[1]["LOCATION"]) == "1 Market Street, Leeds; 2nd floor"
    assert "URL" not in events[1]
    assert str(events[2]["LOCATION"]) == "https://meet.example.com/abc-defg-hij"
    assert str(events[2]["URL"]) == "https://meet.example.com/abc-defg-hij"


@case("descriptions hold the kind, interviewers, arranged time and notes")
def _():
    notes = "Ask about the team; bring C:\\docs\\cv.pdf\nThen: " + "Zürich €5 日本 😀 " * 20
    assert str(events[0]["DESCRIPTION"]) == (
        "Kind: Video\n"
        "Interviewers: Jane Doe, Sam O'Neil, PhD\n"
        "Time as arranged: 14:00, America/New_York\n"
        "\n" + notes), str(events[0]["DESCRIPTION"])
    assert str(events[1]["DESCRIPTION"]) == "Kind: On-site\nTime as arranged: 09:30, Europe/London"
    assert str(events[2]["DESCRIPTION"]) == "Kind: Phone\nTime as arranged: 10:00, Asia/Kolkata"


print(f"1..{len(results)}")
for number, (passed, name, detail) in enumerate(results, start=1):
    print(f"{'ok' if passed else 'not ok'} {number} - {name}")
    if not passed:
        print(f"# {detail}")
sys.exit(0 if all(passed for passed, _, _ in results) else 1)
