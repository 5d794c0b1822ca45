#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The built desktop file and metainfo carry every language of po/LINGUAS:
GenericName[xx], Comment[xx] and Keywords[xx] in the desktop file, a summary and
description paragraphs with xml:lang="xx" in the metainfo. Prints TAP.

usage: check-translated-data.py LINGUAS DESKTOP_FILE METAINFO_FILE"""

import sys
import xml.etree.ElementTree as ElementTree

LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def main():
    linguas, desktop_path, metainfo_path = sys.argv[1:4]
    with open(linguas, encoding="utf-8") as f:
        languages = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    if not languages:
        print("1..0 # SKIP no language in LINGUAS")
        return 0
    with open(desktop_path, encoding="utf-8") as f:
        desktop = f.read().splitlines()
    metainfo = ElementTree.parse(metainfo_path).getroot()
    print("1..%d" % (2 * len(languages)))
    failed = 0
    number = 0
    for language in languages:
        number += 1
        missing = [key for key in ("GenericName", "Comment", "Keywords")
                   if not any(line.startswith("%s[%s]=" % (key, language)) for line in desktop)]
        if missing:
            failed += 1
            print("not ok %d - desktop file in %s # missing %s (is po/%s.po translated? rebuild)"
                  % (number, language, ", ".join(missing), language))
        else:
            print("ok %d - desktop file in %s" % (number, language))
        number += 1
        summaries = [e for e in metainfo.iter("summary") if e.get(LANG) == language]
        paragraphs = [e for e in metainfo.iter("p") if e.get(LANG) == language]
        if not summaries or not paragraphs:
            failed += 1
            print("not ok %d - metainfo in %s # %d summaries, %d paragraphs" % (number, language, len(summaries), len(paragraphs)))
        else:
            print("ok %d - metainfo in %s" % (number, language))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
