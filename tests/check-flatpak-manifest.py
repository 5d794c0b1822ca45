#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check a Pursuit Flatpak manifest without flatpak-builder.

The GNOME runtime cannot be downloaded on every machine that builds Pursuit,
so this script checks what a real build would trip over: the id, the command,
the sandbox permissions, the runtime, the module that builds the checkout, and
the modules before it (libraries the runtime lacks, such as poppler): each
built from a pinned source (an https archive with its sha256, or a git commit),
poppler with the options of a GLib-only build.

usage: check-flatpak-manifest.py MANIFEST METAINFO

MANIFEST is flatpak/<id>.json. METAINFO is the built metainfo or its .in
template; placeholders such as @PROFILE_SUFFIX@ in the template's <id> are
ignored. The stable manifest's id must equal the metainfo id; the development
manifest's id is that id plus ".Devel". Exits 0 when the manifest is fine,
1 when it is not (listing every problem), 2 on a usage error.
"""

import json
import os
import re
import sys
import xml.etree.ElementTree as ElementTree

DEVEL_SUFFIX = ".Devel"
COMMAND = "pursuit"
RUNTIME = "org.gnome.Platform"
SDK = "org.gnome.Sdk"
OLDEST_RUNTIME = 47
# --socket=pulseaudio: the microphone, to record spoken answers in practice.
FINISH_ARGS = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri", "--socket=pulseaudio"]
DEVEL_OPTION = "-Dprofile=development"
PLACEHOLDER = re.compile(r"@[A-Za-z0-9_]+@")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
# Libraries Pursuit needs that the GNOME runtime does not ship, with the
# options each must be built with: poppler's GLib binding alone, without
# Qt, its C++ binding, tools, tests or documentation.
REQUIRED_MODULES = {
    "poppler": [
        "-DENABLE_GLIB=ON", "-DENABLE_QT5=OFF", "-DENABLE_QT6=OFF", "-DENABLE_CPP=OFF",
        "-DENABLE_UTILS=OFF", "-DENABLE_GTK_DOC=OFF", "-DBUILD_GTK_TESTS=OFF",
        "-DBUILD_QT5_TESTS=OFF", "-DBUILD_QT6_TESTS=OFF", "-DBUILD_CPP_TESTS=OFF",
        "-DBUILD_MANUAL_TESTS=OFF",
    ],
}


def metainfo_base_id(path, problems):
    """The metainfo's component id without placeholders or a .Devel suffix."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as error:
        problems.append(f"{path}: cannot read the metainfo: {error}")
        return None
    node = root.find("id")
    if node is None or not (node.text or "").strip():
        problems.append(f"{path}: the metainfo has no <id>")
        return None
    raw = node.text.strip()
    base = PLACEHOLDER.sub("", raw)
    if not base:
        problems.append(f"{path}: the metainfo <id> is only a placeholder ({raw}); "
                        "pass the built metainfo instead")
        return None
    if base.endswith(DEVEL_SUFFIX):
        base = base[: -len(DEVEL_SUFFIX)]
    return base


def check_id(manifest, manifest_path, metainfo_path, problems):
    app_id = manifest.get("id", manifest.get("app-id"))
    if not isinstance(app_id, str) or not app_id:
        problems.append('"id" is missing or not a string')
        return None
    file_id = os.path.basename(manifest_path)
    if file_id.endswith(".json"):
        file_id = file_id[: -len(".json")]
    if app_id != file_id:
        problems.append(f'"id" is {app_id!r} but the file is named for {file_id!r}')

    base = metainfo_base_id(metainfo_path, problems)
    if base is not None:
        expected = base + DEVEL_SUFFIX if app_id.endswith(DEVEL_SUFFIX) else base
        if app_id != expected:
            problems.append(f'"id" is {app_id!r} but the metainfo says this manifest '
                            f"should be {expected!r}")
    return app_id


def check_runtime(manifest, problems):
    if manifest.get("runtime") != RUNTIME:
        problems.append(f'"runtime" is {manifest.get("runtime")!r}, expected {RUNTIME!r}')
    if manifest.get("sdk") != SDK:
        problems.append(f'"sdk" is {manifest.get("sdk")!r}, expected {SDK!r}')
    version = manifest.get("runtime-version")
    if not isinstance(version, str) or not version.isdigit():
        problems.append(f'"runtime-version" is {version!r}, expected a number in a string, '
                        f'such as "{OLDEST_RUNTIME}"')
    elif int(version) < OLDEST_RUNTIME:
        problems.append(f'"runtime-version" is {version}, older than {OLDEST_RUNTIME}')


def check_finish_args(manifest, problems):
    args = manifest.get("finish-args")
    if not isinstance(args, list) or not all(isinstance(arg, str) for arg in args):
        problems.append('"finish-args" is missing or not a list of strings')
        return
    missing = [arg for arg in FINISH_ARGS if arg not in args]
    extra = [arg for arg in args if arg not in FINISH_ARGS]
    repeated = sorted({arg for arg in args if args.count(arg) > 1})
    if missing:
        problems.append('"finish-args" lacks ' + " ".join(missing))
    if extra:
        problems.append('"finish-args" has permissions Pursuit must not ask for: ' + " ".join(extra))
    if repeated:
        problems.append('"finish-args" repeats ' + " ".join(repeated))


def check_module(manifest, app_id, problems):
    modules = manifest.get("modules")
    if not isinstance(modules, list) or not modules:
        problems.append('"modules" is missing or empty')
        return
    module = modules[-1]
    if not isinstance(module, dict):
        problems.append("the last module must be written inline, not included from a file")
        return
    name = module.get("name", "?")
    if module.get("buildsystem") != "meson":
        problems.append(f'the last module ({name}) has "buildsystem" '
                        f'{module.get("buildsystem")!r}, expected "meson"')
    sources = module.get("sources")
    if not isinstance(sources, list) or not any(
        isinstance(source, dict) and source.get("type") == "dir" and source.get("path") == ".."
        for source in sources
    ):
        problems.append(f'the last module ({name}) does not build the checkout: '
                        'its "sources" need {"type": "dir", "path": ".."}')

    options = module.get("config-opts", [])
    if not isinstance(options, list):
        problems.append(f'the last module ({name}) has a "config-opts" that is not a list')
        return
    devel = app_id is not None and app_id.endswith(DEVEL_SUFFIX)
    if devel and DEVEL_OPTION not in options:
        problems.append(f'the development manifest must pass {DEVEL_OPTION} in "config-opts"')
    if not devel and DEVEL_OPTION in options:
        problems.append(f'the stable manifest must not pass {DEVEL_OPTION}')


def check_dependencies(manifest, problems):
    """The modules before the app's: pinned sources, and the required ones."""
    modules = manifest.get("modules")
    if not isinstance(modules, list):
        return
    found = {}
    for module in modules[:-1]:
        if not isinstance(module, dict):
            problems.append("a dependency module must be written inline, not included from a file")
            continue
        name = module.get("name")
        if not isinstance(name, str) or not name:
            problems.append('a dependency module has no "name"')
            continue
        found[name] = module
        sources = module.get("sources")
        if not isinstance(sources, list) or not sources:
            problems.append(f'the module {name} has no "sources"')
            continue
        for source in sources:
            if not isinstance(source, dict):
                problems.append(f"the module {name} has a source that is not an object")
            elif source.get("type") == "archive":
                url = source.get("url", "")
                if not isinstance(url, str) or not url.startswith("https://"):
                    problems.append(f"the module {name} downloads {url!r}, not over https")
                if not SHA256.match(str(source.get("sha256", ""))):
                    problems.append(f'the module {name} has no sha256 (64 hexadecimal digits) for {url}')
            elif source.get("type") == "git":
                if not source.get("commit"):
                    problems.append(f"the module {name} takes git without a pinned commit")
            else:
                problems.append(f'the module {name} has a source of type {source.get("type")!r}; '
                                "use an archive with its sha256 or a git commit")

    for name, options in REQUIRED_MODULES.items():
        module = found.get(name)
        if module is None:
            problems.append(f"the module {name} is missing: the GNOME runtime does not ship it")
            continue
        given = module.get("config-opts", [])
        missing = [option for option in options if option not in given]
        if missing:
            problems.append(f"the module {name} lacks " + " ".join(missing))


def main(argv):
    if len(argv) != 3:
        print("usage: check-flatpak-manifest.py MANIFEST METAINFO", file=sys.stderr)
        return 2
    manifest_path, metainfo_path = argv[1], argv[2]

    try:
        with open(manifest_path, encoding="utf-8") as stream:
            manifest = json.load(stream)
    except OSError as error:
        print(f"{manifest_path}: cannot read: {error}")
        return 1
    except json.JSONDecodeError as error:
        print(f"{manifest_path}: not valid JSON: {error}")
        return 1
    if not isinstance(manifest, dict):
        print(f"{manifest_path}: the top level is not a JSON object")
        return 1

    problems = []
    app_id = check_id(manifest, manifest_path, metainfo_path, problems)
    if manifest.get("command") != COMMAND:
        problems.append(f'"command" is {manifest.get("command")!r}, expected {COMMAND!r}')
    check_runtime(manifest, problems)
    check_finish_args(manifest, problems)
    check_module(manifest, app_id, problems)
    check_dependencies(manifest, problems)

    for problem in problems:
        print(f"{manifest_path}: {problem}")
    if problems:
        return 1
    print(f"{manifest_path}: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
