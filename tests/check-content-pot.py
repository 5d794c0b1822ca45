#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the content's user-visible text reaches the translation template.

usage: check-content-pot.py SOURCE_ROOT

Runs xgettext over the content files the way `ninja pursuit-pot` does (with the
ITS rules in data/content/its/) and fails when a content file is missing from
po/POTFILES.in, when a text element is missing from the template, or when text
that must stay as written (job-title aliases, source names, the vocabulary's
spellings) was extracted.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

root = sys.argv[1]
content = os.path.join(root, "data", "content")
problems = []


def collapse(text):
    return re.sub(r"\s+", " ", text or "").strip()


listed = set()
with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as handle:
    for line in handle:
        line = line.strip()
        if line and not line.startswith("#"):
            listed.add(line)

files = []
for folder, _, names in os.walk(content):
    for name in sorted(names):
        if name.endswith(".xml") and not name.endswith(".gresource.xml"):
            relative = os.path.relpath(os.path.join(folder, name), root)
            files.append(relative)
            if relative not in listed:
                problems.append(f"{relative} is not listed in po/POTFILES.in")

with tempfile.TemporaryDirectory() as scratch:
    pot = os.path.join(scratch, "content.pot")
    environment = dict(os.environ, GETTEXTDATADIRS=content)
    subprocess.run(["xgettext", "--from-code=UTF-8", "--output", pot, *files],
                   cwd=root, env=environment, check=True)
    with open(pot, encoding="utf-8") as handle:
        template = handle.read()

# msgids as xgettext wrote them, joined back into single strings.
msgids = set()
for match in re.finditer(r'^msgid ((?:"(?:[^"\\]|\\.)*"\n?)+)', template, re.M):
    parts = re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1))
    msgids.add("".join(parts).replace('\\"', '"').replace("\\\\", "\\"))


def kept_as_written(element, parent):
    return element.tag in ("alias", "spelling") or (
        element.tag == "name" and parent is not None and parent.tag == "source")


# Text some translatable element of any file also has may be in the template
# for that element ("Outlook" is a guide's section title and a tool).
trees = {relative: ElementTree.parse(os.path.join(root, relative)) for relative in files}
translatable = set()
for tree in trees.values():
    parents = {child: parent for parent in tree.iter() for child in parent}
    for element in tree.iter():
        if len(element) == 0 and not kept_as_written(element, parents.get(element)):
            translatable.add(collapse(element.text))

checked = 0
for relative in files:
    tree = trees[relative]
    parents = {child: parent for parent in tree.iter() for child in parent}
    for element in tree.iter():
        text = collapse(element.text)
        if len(element) > 0 or not text:
            continue
        parent = parents.get(element)
        if kept_as_written(element, parent):
            if text.replace("&", "&amp;") in msgids and text not in translatable:
                problems.append(f"{relative}: “{text}” must not be translated but is in the template")
        elif text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") not in msgids:
            problems.append(f"{relative}: <{element.tag}> “{text[:60]}” is missing from the template")
        checked += 1

for line in problems:
    print(line)
print(f"{checked} content strings checked, {len(problems)} problem(s)")
sys.exit(1 if problems or checked == 0 else 0)
