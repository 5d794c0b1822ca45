#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks every translation in po/ (TAP): msgfmt --check passes, and each
translated message keeps the original's placeholders (printf conversions in
the same order, or the same positions; {names}), markup tags and mnemonic
underscores. A translation that drops a %s crashes or garbles the app at
run time; one that drops a tag breaks the markup; one that drops the "_"
loses the keyboard access.

Usage: check-po.py PO_DIR"""

import os
import re
import subprocess
import sys

PRINTF = re.compile(r"%(?:(\d+)\$)?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
                    r"(?:hh|h|ll|l|L|q|j|z|Z|t)?([diouxXeEfFgGaAcspnCS%])")
# Any %-directive, strftime's included ("%-d", "%B"), and a lone "%" that a
# format macro cut short ("%" G_GINT64_FORMAT).
ANY_DIRECTIVE = re.compile(r"%(?:\d+\$)?[-+ #0'_^]*(?:\d+|\*)?(?:\.\d+)?(?:hh|h|ll|l|L|j|z|t)?[A-Za-z%]|%$")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*?/?>")
BRACES = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
MNEMONIC = re.compile(r"(?<!_)_(?!_)")


def unquote(text):
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}.get(n, "\\" + n))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def read_po(path):
    """Yields (line, flags, msgid, msgid_plural, {index: msgstr})."""
    entry = None
    last = None
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                if entry:
                    yield entry
                entry = None
                continue
            if line.startswith("#~"):
                continue
            if entry is None:
                entry = {"line": number, "flags": set(), "refs": [], "msgid": None, "msgid_plural": None, "msgstr": {}}
            if line.startswith("#:"):
                entry["refs"].extend(ref.rsplit(":", 1)[0] for ref in line[2:].split())
            elif line.startswith("#,"):
                entry["flags"].update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#"):
                continue
            else:
                match = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$', line)
                if match:
                    key, index, value = match.group(1), match.group(2), unquote(match.group(3))
                    if key.startswith("msgstr"):
                        last = ("msgstr", int(index or 0))
                        entry["msgstr"][last[1]] = value
                    else:
                        last = (key, None)
                        entry[key] = value
                elif line.startswith('"') and last is not None:
                    value = unquote(line[1:-1])
                    if last[0] == "msgstr":
                        entry["msgstr"][last[1]] += value
                    else:
                        entry[last[0]] = (entry[last[0]] or "") + value
    if entry:
        yield entry


def printf_conversions(text):
    """The conversions by the argument they take: "%2$s" takes the second,
    an unnumbered one the next. Sorted, so numbered ones may move."""
    found = []
    following = 0
    for match in PRINTF.finditer(text):
        if match.group(2) == "%":
            continue
        following += 1
        position = int(match.group(1)) if match.group(1) else following
        found.append((position, re.sub(r"^%\d+\$", "%", match.group(0))))
    return sorted(found)


def problems_of(original, translation, c_format, literal=False):
    """literal: the entry is marked no-c-format (prose such as "52% of
    customers", where a "%" is a percent sign that a translation may move)."""
    problems = []
    if literal:
        pass
    elif c_format:
        a, b = printf_conversions(original), printf_conversions(translation)
        if a != b:
            problems.append("printf conversions %s, the original has %s" % (b, a))
    else:
        a = sorted(m.group(0) for m in ANY_DIRECTIVE.finditer(original))
        b = sorted(m.group(0) for m in ANY_DIRECTIVE.finditer(translation))
        if a != b:
            problems.append("%%-directives %s, the original has %s" % (b, a))
    a, b = sorted(m.group(0).split()[0].rstrip(">") for m in TAG.finditer(original)), \
        sorted(m.group(0).split()[0].rstrip(">") for m in TAG.finditer(translation))
    if a != b:
        problems.append("markup tags %s, the original has %s" % (b, a))
    a, b = sorted(BRACES.findall(original)), sorted(BRACES.findall(translation))
    if a != b:
        problems.append("placeholders %s, the original has %s" % (b, a))
    a, b = len(MNEMONIC.findall(original)), len(MNEMONIC.findall(translation))
    if a != b:
        problems.append("%d mnemonic underscore(s), the original has %d" % (b, a))
    return problems


def check_placeholders(path):
    failures = []
    for entry in read_po(path):
        if not entry["msgid"] or "fuzzy" in entry["flags"]:
            continue
        c_format = "c-format" in entry["flags"]
        # The content's prose (guides, FAQ, questions) is never a format
        # string, whether or not xgettext guessed no-c-format for it.
        literal = "no-c-format" in entry["flags"] or (
            entry["refs"] and all(ref.startswith("data/content/") for ref in entry["refs"]))
        for index, translation in sorted(entry["msgstr"].items()):
            if not translation:
                continue
            original = entry["msgid"] if index == 0 or entry["msgid_plural"] is None else entry["msgid_plural"]
            for problem in problems_of(original, translation, c_format, literal):
                failures.append("%s:%d: %r: %s" % (os.path.basename(path), entry["line"], original[:60], problem))
    return failures


def main():
    po_dir = sys.argv[1]
    files = sorted(os.path.join(po_dir, name) for name in os.listdir(po_dir) if name.endswith(".po"))
    if not files:
        print("1..0 # SKIP no translations in %s" % po_dir)
        return 0
    print("1..%d" % (2 * len(files)))
    failed = 0
    number = 0
    for path in files:
        name = os.path.basename(path)
        number += 1
        result = subprocess.run(["msgfmt", "--check", "-o", os.devnull, path],
                                capture_output=True, text=True)
        if result.returncode == 0:
            print("ok %d - msgfmt --check %s" % (number, name))
        else:
            failed += 1
            print("not ok %d - msgfmt --check %s" % (number, name))
            for line in result.stderr.splitlines():
                print("# " + line)
        number += 1
        failures = check_placeholders(path)
        if failures:
            failed += 1
            print("not ok %d - placeholders, markup and mnemonics of %s" % (number, name))
            for line in failures:
                print("# " + line)
        else:
            print("ok %d - placeholders, markup and mnemonics of %s" % (number, name))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
