#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that every translatable string in Pursuit reaches the translators.

usage: check-potfiles.py SOURCE_ROOT

Fails (exit 1, one line per problem) when
  - a C file under src/ calls gettext (_(), N_(), C_(), NC_(), ngettext(),
    g_dngettext() ...) but is not listed in po/POTFILES.in;
  - a .ui file under ui/ or src/ has a string marked translatable but is not
    listed in po/POTFILES.in;
  - a .ui file shows the user a string that is not marked translatable="yes":
    a text property (label, title, tooltip-text, ...), an accessible label or
    description, a menu's <attribute name="label">, an <item> of <items> or a
    <response> of <responses>. Text without a letter (empty, a number, "0:00",
    a dash) is not prose and passes; translatable="no" marks a deliberate
    exception;
  - a file listed in po/POTFILES.in or po/POTFILES.skip does not exist.

Files listed in po/POTFILES.skip are exempt from the first three checks.
Exit 0 when all is well, 2 on a usage error.
"""

import os
import re
import sys
import xml.parsers.expat

C_SUFFIXES = (".c", ".h")
GETTEXT_CALL = re.compile(
    r"(?<![A-Za-z0-9_])"
    r"(?:_|N_|C_|NC_|Q_|gettext|ngettext|pgettext|dgettext|dngettext|"
    r"g_dgettext|g_dngettext|g_dpgettext|g_dpgettext2|g_dcgettext)"
    r"\s*\("
)
DEFINE_LINE = re.compile(r"^\s*#\s*define\b.*$", re.MULTILINE)

# Properties whose value a person reads. Accelerators, icon names, ids and
# URLs are not in the list: they are not text to translate.
VISIBLE_PROPERTIES = {
    "label", "title", "subtitle", "description", "tooltip-text", "tooltip-markup",
    "placeholder-text", "text", "secondary-text", "body", "heading", "comments",
    "copyright", "website-label", "button-label", "accept-label", "cancel-label",
    "dropdown-tooltip", "primary-icon-tooltip-text", "primary-icon-tooltip-markup",
    "secondary-icon-tooltip-text", "secondary-icon-tooltip-markup",
    "developer-name", "translator-credits", "release-notes",
}
# Accessible properties (inside <accessibility>) that are read aloud.
ACCESSIBLE_PROPERTIES = {"label", "description", "placeholder", "role-description", "value-text"}
YES = "yes"
OTHER_TRUE = {"true", "1", "y", "t"}
FALSE = {"no", "false", "0", "n", "f"}
LETTER = re.compile(r"[^\W\d_]")


def read_list(path):
    """Paths listed in a POTFILES-style file, relative to the source root."""
    entries = []
    with open(path, encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            line = line.strip()
            # intltool-style "[encoding: UTF-8]" lines and "[type: ...]path" prefixes
            while line.startswith("["):
                end = line.find("]")
                if end < 0:
                    break
                line = line[end + 1 :].strip()
            if not line or line.startswith("#"):
                continue
            entries.append((os.path.normpath(line).replace(os.sep, "/"), number))
    return entries


def walk(root, top, suffixes):
    """Files under root/top ending in one of suffixes, as relative paths."""
    found = []
    start = os.path.join(root, top)
    for directory, subdirectories, files in os.walk(start):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(suffixes):
                relative = os.path.relpath(os.path.join(directory, name), root)
                found.append(relative.replace(os.sep, "/"))
    return found


def strip_c(source):
    """C source with comments and string and character literals blanked out."""
    out = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if source.startswith("/*", i):
            end = source.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append("\n" * source.count("\n", i, end))
            i = end
        elif source.startswith("//", i):
            end = source.find("\n", i)
            i = n if end < 0 else end
        elif c in "\"'":
            j = i + 1
            while j < n and source[j] != c and source[j] != "\n":
                j += 2 if source[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def calls_gettext(path):
    with open(path, encoding="utf-8", errors="replace") as stream:
        code = DEFINE_LINE.sub("", strip_c(stream.read()))
    return GETTEXT_CALL.search(code) is not None


class UiChecker:
    """Reads one .ui file; collects untranslated visible strings."""

    def __init__(self, relative):
        self.relative = relative
        self.stack = []
        self.problems = []
        self.has_translatable = False

    def run(self, path):
        parser = xml.parsers.expat.ParserCreate()
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text
        self.parser = parser
        try:
            with open(path, "rb") as stream:
                parser.ParseFile(stream)
        except xml.parsers.expat.ExpatError as error:
            self.problems.append(f"{self.relative}:{error.lineno}: not well-formed XML: "
                                 f"{xml.parsers.expat.ErrorString(error.code)}")

    def start(self, name, attributes):
        if self.stack:
            self.stack[-1]["children"] = True
        self.stack.append({
            "name": name,
            "attributes": attributes,
            "line": self.parser.CurrentLineNumber,
            "text": [],
            "children": False,
        })

    def text(self, data):
        if self.stack:
            self.stack[-1]["text"].append(data)

    def end(self, name):
        element = self.stack.pop()
        parent = self.stack[-1]["name"] if self.stack else None
        attributes = element["attributes"]
        text = "".join(element["text"]).strip()
        where = f"{self.relative}:{element['line']}"

        translatable = attributes.get("translatable")
        marked = False
        opted_out = False
        if translatable is not None:
            value = translatable.strip().lower()
            if translatable == YES:
                marked = True
            elif value in OTHER_TRUE or value == YES:
                marked = True
                self.problems.append(f'{where}: translatable="{translatable}": xgettext only '
                                     'extracts translatable="yes" everywhere; write that')
            elif value in FALSE:
                opted_out = True
            else:
                self.problems.append(f'{where}: translatable="{translatable}" is not a boolean')
        if marked and text:
            self.has_translatable = True

        what = self.visible(name, attributes, parent)
        if what is None or element["children"] or not LETTER.search(text):
            return
        if not marked and not opted_out:
            shown = text if len(text) <= 60 else text[:57] + "..."
            self.problems.append(f'{where}: {what} "{shown}" is not marked translatable="yes"')

    def visible(self, name, attributes, parent):
        """How to name the element if a person sees its text, else None."""
        key = attributes.get("name", "").replace("_", "-")
        if name == "property":
            inside_accessibility = len(self.stack) > 0 and self.stack[-1]["name"] == "accessibility"
            names = ACCESSIBLE_PROPERTIES if inside_accessibility else VISIBLE_PROPERTIES
            if key in names:
                prefix = "accessible " if inside_accessibility else ""
                return f'{prefix}<property name="{attributes.get("name")}">'
        elif name == "attribute" and key == "label":
            return '<attribute name="label">'
        elif name == "item" and parent == "items":
            return "<item>"
        elif name == "response" and parent == "responses":
            return f'<response id="{attributes.get("id", "")}">'
        return None


def main(argv):
    if len(argv) != 2:
        print("usage: check-potfiles.py SOURCE_ROOT", file=sys.stderr)
        return 2
    root = argv[1]
    problems = []

    potfiles_in = os.path.join(root, "po", "POTFILES.in")
    potfiles_skip = os.path.join(root, "po", "POTFILES.skip")
    if not os.path.isfile(potfiles_in):
        print(f"{potfiles_in}: missing")
        return 1
    listed = read_list(potfiles_in)
    skipped = read_list(potfiles_skip) if os.path.isfile(potfiles_skip) else []

    for list_name, entries in (("po/POTFILES.in", listed), ("po/POTFILES.skip", skipped)):
        for path, number in entries:
            if not os.path.isfile(os.path.join(root, path)):
                problems.append(f"{list_name}:{number}: lists {path}, which does not exist")

    in_potfiles = {path for path, _ in listed}
    exempt = {path for path, _ in skipped}

    for path in walk(root, "src", C_SUFFIXES):
        if path in exempt:
            continue
        if calls_gettext(os.path.join(root, path)) and path not in in_potfiles:
            problems.append(f"{path}: calls gettext but is not listed in po/POTFILES.in")

    for top in ("ui", "src"):
        for path in walk(root, top, (".ui",)):
            if path in exempt:
                continue
            checker = UiChecker(path)
            checker.run(os.path.join(root, path))
            problems.extend(checker.problems)
            if checker.has_translatable and path not in in_potfiles:
                problems.append(f"{path}: has translatable strings but is not listed "
                                "in po/POTFILES.in")

    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s); see tests/check-potfiles.py for the rules")
        return 1
    print("po/POTFILES.in lists every file with translatable strings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
