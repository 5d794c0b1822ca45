#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs ../shared/tools/check-seed-overlap over the shipped text.

usage: run-seed-overlap.py CHECKER SOURCE_ROOT
Skips (exit 77) when shared/ is not beside the checkout, as in a Flatpak
build; build-aux/test and CI always have it and fail on any overlap.
"""
import os
import subprocess
import sys

checker, root = sys.argv[1], sys.argv[2]
if not os.path.exists(checker):
    print(f"check-seed-overlap not found at {checker}: shared/ is not beside the checkout")
    sys.exit(1 if os.environ.get("PURSUIT_REQUIRE_SEED_CHECK") else 77)

paths = [p for p in ("data", "src", "ui", "po", "docs", "README.md", "HACKING.md") if os.path.exists(os.path.join(root, p))]
result = subprocess.run([sys.executable, checker, *paths], cwd=root)
sys.exit(result.returncode)
