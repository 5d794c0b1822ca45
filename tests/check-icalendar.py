#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads the calendar "test-icalendar --write-sample" writes with
python3-icalendar, another implementation of RFC 5545, and checks it
against the interviews the sample describes."""
import subprocess
import sys
import unittest
from datetime import datetime, timezone

try:
    import icalendar
except ImportError:
    print("python3-icalendar is not installed: skipped")
    sys.exit(77)

DATA = subprocess.run([sys.argv.pop(1), "--write-sample"], capture_output=True, check=True).stdout


def utc(*fields):
    return datetime(*fields, tzinfo=timezone.utc)


class Calendar(unittest.TestCase):
    def setUp(self):
        self.calendar = icalendar.Calendar.from_ical(DATA)
        self.events = list(self.calendar.walk("VEVENT"))

    def test_lines(self):
        """Every line ends in CRLF, is at most 75 octets and whole UTF-8."""
        self.assertTrue(DATA.endswith(b"\r\n"))
        lines = DATA.split(b"\r\n")[:-1]
        for line in lines:
            self.assertNotIn(b"\n", line)
            self.assertNotIn(b"\r", line)
            self.assertLessEqual(len(line), 75, line)
            line.decode("utf-8")
        self.assertTrue(any(line.startswith(b" ") for line in lines), "nothing was folded")

    def test_calendar(self):
        self.assertEqual(self.calendar.name, "VCALENDAR")
        self.assertEqual(str(self.calendar["VERSION"]), "2.0")
        self.assertTrue(str(self.calendar["PRODID"]).startswith("-//Pursuit//Pursuit "))
        self.assertEqual(str(self.calendar["METHOD"]), "PUBLISH")
        self.assertEqual(len(self.events), 3)

    def test_uids(self):
        self.assertEqual([str(event["UID"]) for event in self.events], [
            "interview-12-6f1c1a52-3c1e-4d8e-9a0b-2f6c5d4e3b2a@pursuit.io.github",
            "interview-13-6f1c1a52-3c1e-4d8e-9a0b-2f6c5d4e3b2a@pursuit.io.github",
            "interview-14@pursuit.io.github",
        ])

    def test_times(self):
        """New York in winter, London in summer, India, all in UTC."""
        expected = [
            (utc(2026, 3, 5, 19, 0), utc(2026, 3, 5, 20, 30)),   # 14:00 EST, 90 minutes
            (utc(2026, 7, 1, 8, 30), utc(2026, 7, 1, 9, 15)),    # 09:30 BST, 45 minutes
            (utc(2026, 1, 15, 4, 30), utc(2026, 1, 15, 5, 30)),  # 10:00 IST, an hour
        ]
        for event, (start, end) in zip(self.events, expected):
            self.assertEqual(event.decoded("DTSTART"), start)
            self.assertEqual(event.decoded("DTEND"), end)
            self.assertEqual(event.decoded("DTSTART").utcoffset().total_seconds(), 0)
            self.assertEqual(event.decoded("DTSTAMP"), utc(2026, 11, 20, 10, 0))

    def test_summaries(self):
        self.assertEqual([str(event["SUMMARY"]) for event in self.events], [
            "Interview: Support Specialist, Tier 2 at Acme; Sons",
            "Interview: Support Specialist, Tier 2 at Acme; Sons",
            "Interview",
        ])

    def test_locations_and_links(self):
        video, on_site, phone = self.events
        self.assertEqual(str(video["LOCATION"]), "Zoom: https://zoom.example/j/123?pwd=x1, passcode 4711")
        self.assertEqual(str(video["URL"]), "https://zoom.example/j/123?pwd=x1")
        self.assertEqual(str(on_site["LOCATION"]), "1 Market Street, Leeds; 2nd floor")
        self.assertNotIn("URL", on_site)
        self.assertEqual(str(phone["LOCATION"]), "https://meet.example.com/abc-defg-hij")
        self.assertEqual(str(phone["URL"]), "https://meet.example.com/abc-defg-hij")

    def test_descriptions(self):
        notes = "Ask about the team; bring C:\\docs\\cv.pdf\nThen: " + "Zürich €5 日本 😀 " * 20
        video, on_site, phone = self.events
        self.assertEqual(str(video["DESCRIPTION"]),
                         "Kind: Video\n"
                         "Interviewers: Jane Doe, Sam O'Neil, PhD\n"
                         "Time as arranged: 14:00, America/New_York\n"
                         "\n" + notes)
        self.assertEqual(str(on_site["DESCRIPTION"]), "Kind: On-site\nTime as arranged: 09:30, Europe/London")
        self.assertEqual(str(phone["DESCRIPTION"]), "Kind: Phone\nTime as arranged: 10:00, Asia/Kolkata")


if __name__ == "__main__":
    unittest.main(verbosity=2)
